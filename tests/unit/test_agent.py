"""The agent: `agent send`, the interpreter FreeCAD designates, and what FreeCAD's GUI thread
imports (agent.py, agent_launch.py). Real processes, the real posthog SDK, the strict
capture server on 127.0.0.1."""

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from capture_server import CaptureServer
from session_driver import run_for_json

from freecad_telemetry import agent, agent_launch
from freecad_telemetry.agent_launch import agent_environment, python_for_agent
from freecad_telemetry.consent.decision import grant, save_consent
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import new_event
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.rights.forget import forget
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import AGENT_LOG, OUTBOX_FILE, state_dir

ROOT = Path(__file__).resolve().parents[2]
ALL = ["usage", "system", "preferences", "addons"]


@pytest.fixture
def server():
    with CaptureServer() as running:
        yield running


def granted_profile(base: Path) -> MemoryHost:
    host = MemoryHost(user_data_dir=base / "FreeCAD")
    save_consent(Settings(host), grant(ALL))
    return host


def store(folder: Path, count: int) -> list:
    events = [new_event("freecad_startup", "0b8f4d3e-1c1a-4a4e-9d55-1e0c5c1a2b3c", {})
              for _ in range(count)]  # fmt: skip
    outbox = Outbox(folder / OUTBOX_FILE)
    outbox.add(events)
    outbox.close()
    return [e.uuid for e in events]


def run_agent(folder: Path, url: str, *extra: str) -> int:
    arguments = ["send", "--state", str(folder), "--host", url, "--key", "phc_test", *extra]
    command = [sys.executable, "-m", "freecad_telemetry", "agent", *arguments]
    env = agent_environment(sys.path)
    return subprocess.run(command, cwd=str(folder.parent), env=env, timeout=60).returncode


# --- the agent process -------------------------------------------------------------------------


def test_the_agent_process_sends_each_stored_event_once_and_marks_it_delivered(tmp_path, server):
    folder = state_dir(granted_profile(tmp_path).user_data_dir())
    uuids = store(folder, 3)
    assert run_agent(folder, server.url) == agent.SENT
    assert sorted(e["uuid"] for e in server.events) == sorted(uuids)
    assert run_agent(folder, server.url) == agent.SENT  # a second agent finds nothing due
    assert len(server.events) == 3
    assert Outbox(folder / OUTBOX_FILE).stats().pending == 0


def test_an_agent_sends_nothing_after_forget_and_does_not_recreate_the_folder(tmp_path, server):
    host = granted_profile(tmp_path)
    folder = state_dir(host.user_data_dir())
    store(folder, 2)
    forget(host)
    assert run_agent(folder, server.url) == agent.SENT
    assert server.requests == []
    assert not folder.exists()


def test_an_agent_sends_nothing_once_the_decision_is_gone_mid_way(tmp_path, server):
    folder = state_dir(granted_profile(tmp_path).user_data_dir())
    store(folder, 2)
    (folder / "consent.json").unlink()  # uninstall/forget in another process
    assert run_agent(folder, server.url) == agent.SENT
    assert server.requests == []
    assert Outbox(folder / OUTBOX_FILE).stats().pending == 2  # kept: no decision, no drop


def test_with_before_the_agent_keeps_this_sessions_events(tmp_path, server):
    folder = state_dir(granted_profile(tmp_path).user_data_dir())
    store(folder, 2)
    assert run_agent(folder, server.url, "--before", "2000-01-01T00:00:00+00:00") == agent.SENT
    assert server.requests == []
    assert Outbox(folder / OUTBOX_FILE).stats().pending == 2


def test_an_agent_without_posthog_says_so_and_keeps_the_events(tmp_path, server):
    folder = state_dir(granted_profile(tmp_path).user_data_dir())
    store(folder, 1)
    blocker = tmp_path / "blocker"
    (blocker / "posthog").mkdir(parents=True)
    (blocker / "posthog" / "__init__.py").write_text("raise ImportError('no posthog here')\n")
    code = (
        f"import sys; sys.path.insert(0, {str(blocker)!r});"
        "from freecad_telemetry import agent;"
        f"sys.exit(agent.main(['send', '--state', {str(folder)!r}, '--host', {server.url!r},"
        " '--key', 'k']))"
    )
    env = agent_environment([], {})
    done = subprocess.run([sys.executable, "-c", code], env=env, timeout=60)
    assert done.returncode == agent.NO_POSTHOG
    assert Outbox(folder / OUTBOX_FILE).stats().pending == 1
    assert "posthog is not installed" in (folder / AGENT_LOG).read_text()


# --- the interpreter -----------------------------------------------------------------------------


class Runs:
    def __init__(self, answers):
        self.answers, self.calls = answers, []

    def __call__(self, command, **options):
        self.calls.append(command[0])
        return SimpleNamespace(returncode=0, stdout=self.answers[command[0]].encode())


def test_an_interpreter_of_another_python_version_is_refused_and_the_check_is_cached(tmp_path):
    old, right = tmp_path / "python3.9", tmp_path / "python3"
    old.write_text("x")
    right.write_text("y")
    runs = Runs({str(old): "3.9\n", str(right): "3.11\n"})
    candidates = [str(tmp_path / "missing"), str(old), str(right)]
    assert python_for_agent(candidates, tmp_path, (3, 11), runs) == str(right)
    assert python_for_agent(candidates, tmp_path, (3, 11), runs) == str(right)
    assert runs.calls == [str(old), str(right)]  # each checked once
    right.write_text("a new python")  # replaced by an upgrade: checked again
    runs.answers[str(right)] = "3.12\n"
    assert python_for_agent(candidates, tmp_path, (3, 11), runs) is None


def test_checking_an_interpreter_after_forget_does_not_bring_the_state_folder_back(tmp_path):
    python = tmp_path / "python3"
    python.write_text("x")
    gone = tmp_path / "FreeCAD" / "telemetry"
    runs = Runs({str(python): "3.11\n"})
    assert python_for_agent([str(python)], gone, (3, 11), runs) == str(python)
    assert not gone.exists()


def test_the_agent_environment_puts_the_addon_first_and_only_existing_folders(tmp_path):
    env = agent_environment([str(tmp_path), str(tmp_path / "gone"), ""], {"PYTHONHOME": "/x"})
    assert env["PYTHONPATH"].split(agent_launch.os.pathsep) == [str(ROOT), str(tmp_path)]
    assert "PYTHONHOME" not in env


WINDOW_UP_SCRIPT = """
import json, sys, threading, time
from pathlib import Path

class Recorder:
    seen = []
    def find_spec(self, name, path=None, target=None):
        Recorder.seen.append((name, threading.current_thread() is threading.main_thread()))
        return None

sys.meta_path.insert(0, Recorder())
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.settings import GROUP
host = MemoryHost(user_data_dir=Path(sys.argv[1]))
for key, value in (("ConsentState", "granted"), ("ConsentCategories", "usage,system")):
    host.set_param(GROUP, key, "string", value)
host.set_param(GROUP, "PostHogHost", "string", "http://127.0.0.1:9")
from freecad_telemetry.startup import launch_agent
session = Session(host, env={}, launch=launch_agent)
session.gui_ready()
deadline = time.monotonic() + 30  # the launch thread has handed over: the sentinel is there
while not list(Path(sys.argv[1], "telemetry", "sessions").glob("session-*.json")):
    assert time.monotonic() < deadline
    time.sleep(0.01)
print(json.dumps(sorted({name for name, main in Recorder.seen if main})))
"""
HEAVY = {
    "sqlite3",
    "posthog",
    "requests",
    "http.client",
    "ssl",
    "freecad_telemetry.delivery.outbox",
    "freecad_telemetry.delivery.sender",
    "freecad_telemetry.collect.drafts",
    "freecad_telemetry.network",
    "freecad_telemetry.consent.gate",
    "freecad_telemetry.collect.addon_scan",
}


def test_at_window_up_the_gui_thread_imports_neither_the_outbox_nor_collectors_nor_network(
    tmp_path,
):
    on_gui_thread = set(run_for_json(WINDOW_UP_SCRIPT, str(tmp_path / "FreeCAD")))
    assert "freecad_telemetry.lifecycle" in on_gui_thread  # the recorder works
    assert on_gui_thread & HEAVY == set()


QUIT_SCRIPT = WINDOW_UP_SCRIPT.replace(
    "print(json.dumps(",
    "Recorder.seen.clear()\nsession.quit()\nprint(json.dumps(",
).replace("session = Session(", "host.pythons = [sys.executable]\nsession = Session(")


def test_at_quit_the_gui_thread_imports_nothing(tmp_path):
    assert run_for_json(QUIT_SCRIPT, str(tmp_path / "FreeCAD")) == []

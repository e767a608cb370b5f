"""Forgetting (uninstall, `forget` command): what goes, what stays, and uninstall.py run the
way FreeCAD 0.20.2's and the current Addon Manager run it."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest
from fakes import RecordingTransport
from removal_server import RemovalServer
from session_driver import finish, grant, wait_until

from freecad_telemetry import reporting, startup
from freecad_telemetry.cli import main as cli
from freecad_telemetry.consent.decision import load_consent
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.host.profile_host import ProfileHost
from freecad_telemetry.host.profile_paths import ProfilePaths
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.rights import forget as forget
from freecad_telemetry.rights.removal import (
    QUEUED,
    REMOVAL_QUEUE_FILE,
    pending_removals,
    request_removal,
)
from freecad_telemetry.settings import GROUP, Settings
from freecad_telemetry.state.folder import ID_FILE, OUTBOX_FILE, SESSIONS_FOLDER, state_dir
from freecad_telemetry.state.install_id import create_install_id, read_install_id

REPO = Path(__file__).resolve().parents[2]
UNINSTALL = REPO / "uninstall.py"
OTHER_GROUP = "BaseApp/Preferences/Mod/OtherAddon"


# --- a profile with everything the add-on leaves behind ------------------------------------


def fill_state(data_dir: Path) -> Path:
    """The state folder as a session that sent something leaves it."""
    folder = state_dir(data_dir)
    create_install_id(folder)
    outbox = Outbox(folder / OUTBOX_FILE)
    outbox.stats()  # creates the database
    outbox.close()
    (folder / SESSIONS_FOLDER).mkdir()
    (folder / SESSIONS_FOLDER / "session-1.json").write_text("{}")
    return folder


def fill_settings(host) -> None:
    host.set_param(GROUP, "ConsentState", "string", "granted")
    host.set_param(GROUP, "AnonymousId", "string", "2f4c0b5e-43d4-4c8a-9a57-0a8e2f6f3b11")
    host.set_param(OTHER_GROUP, "Keep", "bool", True)


def queue_removal(folder: Path, person_id: str) -> int:
    """Queue a removal request as if asked for offline; returns the port it is queued for."""
    with RemovalServer("refused") as offline:
        outcome = request_removal(folder, person_id, offline.url(), timeout=2)
    assert outcome.kind == QUEUED
    return offline.port


@pytest.fixture
def memory(tmp_path) -> MemoryHost:
    data = tmp_path / "FreeCAD"
    (data / "Mod" / "OtherAddon").mkdir(parents=True)
    return MemoryHost(user_data_dir=data, mod_roots=[data / "Mod"])


@pytest.fixture(autouse=True)
def _fresh_startup_state(monkeypatch):
    monkeypatch.setattr(startup, "runtime", startup.Runtime())


# --- forget() ------------------------------------------------------------------------------


def test_forget_removes_the_state_folder_and_the_settings_and_saves_user_cfg(memory):
    fill_settings(memory)
    folder = fill_state(memory.user_data_dir())
    report = forget.forget(memory)
    assert not folder.exists()
    assert memory.param_keys(GROUP) == []
    assert memory.saves == 1
    assert report.complete and report.had_state and report.had_settings


def test_forget_leaves_other_add_ons_settings_and_folders_alone(memory):
    fill_settings(memory)
    fill_state(memory.user_data_dir())
    forget.forget(memory)
    assert memory.get_param(OTHER_GROUP, "Keep", "bool", False) is True
    assert (memory.user_data_dir() / "Mod" / "OtherAddon").is_dir()


def test_with_nothing_to_forget_user_cfg_is_not_written(tmp_path):
    paths = ProfilePaths(tmp_path / "user.cfg", tmp_path / "data")
    report = forget.forget(ProfileHost.open(paths))
    assert not paths.user_cfg.exists()  # a fresh profile keeps having none
    assert report.complete and not report.had_state and not report.had_settings


def test_forget_on_a_profile_on_disk_rewrites_user_cfg_without_the_group(tmp_path):
    paths = ProfilePaths(tmp_path / "user.cfg", tmp_path / "data")
    host = ProfileHost.open(paths)
    fill_settings(host)
    host.save_params()
    forget.forget(ProfileHost.open(paths))
    saved = ParameterTree.load(paths.user_cfg)
    assert saved.keys(GROUP) == []
    assert saved.get(OTHER_GROUP, "Keep", "bool", False) is True


def test_a_symlinked_state_folder_is_unlinked_and_its_target_kept(memory, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("mine")
    state_dir(memory.user_data_dir()).symlink_to(elsewhere, target_is_directory=True)
    report = forget.forget(memory)
    assert not state_dir(memory.user_data_dir()).exists()
    assert (elsewhere / "precious.txt").read_text() == "mine"
    assert report.complete


def test_a_file_where_the_folder_should_be_is_not_ours_and_is_reported(memory):
    blocker = state_dir(memory.user_data_dir())
    blocker.write_text("not ours")
    report = forget.forget(memory)
    assert blocker.read_text() == "not ours"
    assert not report.complete and "left alone" in report.left_behind[0]


def test_a_queued_removal_request_survives_forget_alone(memory):
    folder = fill_state(memory.user_data_dir())
    queue_removal(folder, read_install_id(folder))
    report = forget.forget(memory)
    assert sorted(p.name for p in folder.iterdir()) == [REMOVAL_QUEUE_FILE]
    assert [r["person_id"] for r in report.kept_removals] == [
        r["person_id"] for r in pending_removals(folder)
    ]


def test_a_kept_removal_request_that_goes_through_takes_the_folder_with_it(memory):
    folder = fill_state(memory.user_data_dir())
    person_id = read_install_id(folder)
    port = queue_removal(folder, person_id)
    report = forget.forget(memory)
    with RemovalServer(200, port=port) as server:  # back online
        forget.send_kept_removals(report.state_folder, timeout=2)
    assert server.person_ids() == [person_id]
    assert not folder.exists()


def test_a_kept_removal_request_that_still_fails_stays_for_a_later_start(memory):
    folder = fill_state(memory.user_data_dir())
    queue_port = queue_removal(folder, read_install_id(folder))
    forget.forget(memory)
    with RemovalServer(503, port=queue_port):
        forget.send_kept_removals(folder, timeout=2)
    assert [r["attempts"] for r in pending_removals(folder)] == [2]


# --- the running add-on --------------------------------------------------------------------


def running_session(host, transport) -> Session:
    grant(host)
    session = Session(host, env={}, make_transport=lambda: transport)
    startup.runtime.session = session
    session.gui_ready()
    return session


def test_after_stop_and_forget_nothing_more_leaves_even_at_quit(memory):
    transport = RecordingTransport()
    session = running_session(memory, transport)
    assert wait_until(lambda: len(transport.sent) == 5)
    startup.stop_this_process()
    forget.forget(memory)
    finish(session)  # returns once the sender thread has ended
    assert len(transport.sent) == 5
    assert not state_dir(memory.user_data_dir()).exists()  # nothing wrote it back


def test_uninstalling_while_the_start_up_thread_still_writes_leaves_nothing_behind(
    memory, monkeypatch
):
    reached, gate = threading.Event(), threading.Event()

    def held_start_up(folder):  # the start-up thread: outbox open, marker not yet written
        reached.set()
        gate.wait(5)
        return 0

    monkeypatch.setattr(reporting, "install_age_days", held_start_up)
    session = running_session(memory, RecordingTransport())
    assert reached.wait(5)
    uninstall = threading.Thread(
        target=lambda: (startup.stop_this_process(), forget.forget(memory))
    )
    uninstall.start()
    # The uninstall is under way (it now waits for the start-up thread) while that is held.
    assert wait_until(lambda: startup.runtime.is_shut_down)
    gate.set()
    uninstall.join(5)
    assert session.started.wait(5)
    session.sender.join(10)  # the start-up thread ends once its sender (stopped) returns
    assert not state_dir(memory.user_data_dir()).exists()


def test_a_reinstall_starts_undecided_with_a_new_id(memory):
    transport = RecordingTransport()
    first = running_session(memory, transport)
    assert wait_until(lambda: len(transport.sent) == 5)
    old_id = first.reporting.install_id
    startup.stop_this_process()
    forget.forget(memory)
    startup.runtime = startup.Runtime()  # FreeCAD restarted
    assert load_consent(Settings(memory)).status == "undecided"
    again = RecordingTransport()
    running_session(memory, again)  # the user says yes again
    assert wait_until(lambda: len(again.sent) == 5)
    assert {e.distinct_id for e in again.sent} != {old_id}
    assert read_install_id(state_dir(memory.user_data_dir())) != old_id


# --- uninstall.py, run as both Addon Managers run it ---------------------------------------

# Small stand-in for FreeCAD's module: parameter groups with 0.20.2's RemGroup quirk (a group
# not fetched this session is not removed), the user data folder, saveParameter.
FAKE_FREECAD = """
import copy
GuiUp = False
saved = []
logged = []
_user_data = ""

class _Group:
    def __init__(self):
        self.values, self.groups, self.fetched = {}, {}, False
    def _get(kind):
        return lambda self, key, default=None: self.values.get((kind, key), default)
    def _set(kind):
        def setter(self, key, value):
            self.values[(kind, key)] = value
        return setter
    GetBool, SetBool = _get("Bool"), _set("Bool")
    GetInt, SetInt = _get("Int"), _set("Int")
    GetUnsigned, SetUnsigned = _get("Unsigned"), _set("Unsigned")
    GetFloat, SetFloat = _get("Float"), _set("Float")
    GetString, SetString = _get("String"), _set("String")
    def GetContents(self):
        return [(kind, key, value) for (kind, key), value in self.values.items()]
    def GetGroup(self, name):
        group = self.groups.setdefault(name, _Group())
        group.fetched = True
        return group
    def RemGroup(self, name):
        if name in self.groups and self.groups[name].fetched:
            del self.groups[name]

root = _Group()

def ParamGet(path):
    group = root
    for part in path[len("User parameter:"):].split("/"):
        group = group.GetGroup(part)
    return group

def seed(path, kind, key, value):
    group = root
    for part in path.split("/"):
        group = group.groups.setdefault(part, _Group())
    group.values[(kind, key)] = value

def dump(group=None):
    group = group or root
    out = {name: dump(sub) for name, sub in group.groups.items()}
    out.update({key: value for (_kind, key), value in group.values.items()})
    return out

def saveParameter():
    saved.append(dump())

def getUserAppDataDir():
    return _user_data

def Version():
    return ["0", "20", "2", ""]

class Console:
    @staticmethod
    def PrintLog(text):
        logged.append(text)
"""

AM_0_20_2 = """
import os
FAILED = []
class CommandAddonManager:
    def remove(self, repo):
        basedir = FreeCAD.getUserAppDataDir()
        moddir = basedir + os.sep + "Mod"
        clonedir = moddir + os.sep + repo.name
        uninstall_script = os.path.join(clonedir, "uninstall.py")
        if os.path.exists(uninstall_script):
            try:
                with open(uninstall_script, "r") as f:
                    exec(f.read())
            except Exception as exc:
                FAILED.append(exc)
"""

AM_CURRENT = """
import os
FAILED = []
class AddonUninstaller:
    @staticmethod
    def run_uninstall_script(path_to_remove):
        uninstall_script = os.path.join(path_to_remove, "uninstall.py")
        if os.path.exists(uninstall_script):
            try:
                with open(uninstall_script, encoding="utf-8") as f:
                    exec(f.read())
            except Exception as exc:
                FAILED.append(exc)
"""


def module(name: str, source: str, file: str, **names) -> types.ModuleType:
    made = types.ModuleType(name)
    made.__file__ = file
    made.__dict__.update(names)
    exec(compile(source, file, "exec"), made.__dict__)
    return made


@pytest.fixture
def freecad(tmp_path, monkeypatch) -> types.ModuleType:
    """The fake FreeCAD, its profile holding our settings and state, the add-on in Mod/."""
    fake = module("FreeCAD", FAKE_FREECAD, "<fake FreeCAD>")
    data = tmp_path / "FreeCAD"
    fake._user_data = str(data) + "/"  # FreeCAD's ends with a slash
    fake.seed(GROUP, "String", "ConsentState", "granted")
    fake.seed(GROUP, "String", "AnonymousId", "2f4c0b5e-43d4-4c8a-9a57-0a8e2f6f3b11")
    fake.seed(OTHER_GROUP, "Bool", "Keep", True)
    fill_state(data)
    addon = data / "Mod" / "Telemetry"
    addon.mkdir(parents=True)
    shutil.copy2(UNINSTALL, addon / "uninstall.py")
    monkeypatch.setitem(sys.modules, "FreeCAD", fake)
    # freecad_host binds FreeCAD at import: import it afresh against the fake, drop it after.
    monkeypatch.delitem(sys.modules, "freecad_telemetry.host.freecad_host", raising=False)
    yield fake
    sys.modules.pop("freecad_telemetry.host.freecad_host", None)


def assert_forgotten(fake) -> None:
    data = Path(fake._user_data)
    assert not state_dir(data).exists()
    assert "Telemetry" not in fake.saved[-1]["BaseApp"]["Preferences"]["Mod"]
    assert fake.saved[-1]["BaseApp"]["Preferences"]["Mod"]["OtherAddon"] == {"Keep": True}
    assert startup.runtime.is_shut_down is True


class Repo:
    name = "Telemetry"


def test_uninstall_py_as_0_20_2_runs_it_on_the_gui_thread(freecad):
    manager = module(
        "AddonManager", AM_0_20_2, "/usr/share/freecad/Mod/AddonManager/AddonManager.py",
        FreeCAD=freecad,
    )  # fmt: skip
    manager.CommandAddonManager().remove(Repo())
    assert manager.FAILED == []
    assert_forgotten(freecad)
    assert any("uninstalled" in line for line in freecad.logged)


def test_uninstall_py_as_the_current_addon_manager_runs_it_on_a_worker_thread(freecad):
    manager = module("addonmanager_uninstaller", AM_CURRENT, "/x/addonmanager_uninstaller.py")
    addon = str(Path(freecad._user_data) / "Mod" / "Telemetry")
    worker = threading.Thread(target=manager.AddonUninstaller.run_uninstall_script, args=(addon,))
    worker.start()
    worker.join(10)
    assert manager.FAILED == []
    assert_forgotten(freecad)


def test_on_a_worker_thread_a_kept_removal_is_tried_before_the_folder_goes(freecad):
    folder = state_dir(Path(freecad._user_data))
    person_id = read_install_id(folder)
    port = queue_removal(folder, person_id)
    manager = module("addonmanager_uninstaller", AM_CURRENT, "/x/addonmanager_uninstaller.py")
    addon = str(Path(freecad._user_data) / "Mod" / "Telemetry")
    with RemovalServer(200, port=port) as server:
        worker = threading.Thread(
            target=manager.AddonUninstaller.run_uninstall_script, args=(addon,)
        )
        worker.start()
        worker.join(10)
        assert server.person_ids() == [person_id]  # done when the uninstaller returns
    assert not folder.exists()


def test_uninstall_py_never_raises_into_the_addon_manager(freecad, monkeypatch):
    def broken(host):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(forget, "forget", broken)
    manager = module("AddonManager", AM_0_20_2, "/x/AddonManager.py", FreeCAD=freecad)
    manager.CommandAddonManager().remove(Repo())
    assert manager.FAILED == []
    assert startup.runtime.is_shut_down is True  # stopping came first and still happened


def test_uninstall_py_of_an_add_on_installed_but_never_loaded_imports_it_from_its_folder(
    tmp_path,
):
    """A fresh interpreter without the add-on on sys.path: the Addon Manager just installed
    it and the user removes it before restarting FreeCAD."""
    data = tmp_path / "FreeCAD"
    addon = data / "Mod" / "Telemetry"
    shutil.copytree(REPO / "freecad_telemetry", addon / "freecad_telemetry",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    shutil.copy2(UNINSTALL, addon / "uninstall.py")
    fill_state(data)
    fake_dir = tmp_path / "fake"
    fake_dir.mkdir()
    (fake_dir / "FreeCAD.py").write_text(FAKE_FREECAD)
    (tmp_path / "am").mkdir()
    (tmp_path / "am" / "AddonManager.py").write_text(AM_0_20_2)
    script = f"""
import json, sys
import FreeCAD
FreeCAD._user_data = {str(data) + "/"!r}
FreeCAD.seed({GROUP!r}, "String", "ConsentState", "granted")
path_before = list(sys.path)
FreeCAD.GuiUp = False
import AddonManager
AddonManager.FreeCAD = FreeCAD
class Repo:
    name = "Telemetry"
AddonManager.CommandAddonManager().remove(Repo())
import freecad_telemetry
print(json.dumps({{
    "failed": [repr(e) for e in AddonManager.FAILED],
    "loaded_from": freecad_telemetry.__file__,
    "qt": sorted(m for m in sys.modules if m.startswith(("PySide", "shiboken"))),
    "path_restored": sys.path == path_before,
    "saved": FreeCAD.saved[-1] if FreeCAD.saved else None,
}}))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = os.pathsep.join([str(fake_dir), str(tmp_path / "am")])
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=str(tmp_path), env=env,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["failed"] == []
    assert addon in Path(result["loaded_from"]).parents
    assert result["qt"] == []  # no widget, not even Qt: fine on any thread
    assert result["path_restored"]
    assert "Telemetry" not in result["saved"]["BaseApp"]["Preferences"]["Mod"]
    assert not state_dir(data).exists()


# --- python -m freecad_telemetry forget ----------------------------------------------------


class DiskProfile:
    def __init__(self, base: Path) -> None:
        self.user_cfg = base / "user.cfg"
        self.data = base / "data"
        self.paths = ProfilePaths(self.user_cfg, self.data)

    def fill(self) -> Path:
        host = ProfileHost.open(self.paths)
        fill_settings(host)
        host.save_params()
        return fill_state(self.data)

    def main(self, *argv: str, stdin: str = "") -> tuple:
        out = io.StringIO()
        old_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            if self.user_cfg.exists():
                where = ["--user-cfg", str(self.user_cfg), "--user-data", str(self.data)]
                code = cli.main([*where, *argv], stdout=out)
            else:  # --user-cfg must name an existing file; a fresh profile has none
                code = cli.main(
                    list(argv), stdout=out, host_factory=lambda *_: ProfileHost.open(self.paths)
                )
        finally:
            sys.stdin = old_stdin
        return code, out.getvalue()

    def group(self):
        return ParameterTree.load(self.user_cfg).keys(GROUP)


@pytest.fixture
def disk(tmp_path) -> DiskProfile:
    return DiskProfile(tmp_path)


def test_forget_yes_removes_everything_and_warns_about_a_running_freecad(disk, capsys):
    folder = disk.fill()
    code, _out = disk.main("forget", "--yes")
    assert code == 0
    assert disk.group() == []
    assert not folder.exists()
    assert "sends nothing more" in capsys.readouterr().err
    assert ParameterTree.load(disk.user_cfg).get(OTHER_GROUP, "Keep", "bool", False) is True


def test_forget_asks_first_and_no_keeps_everything(disk):
    folder = disk.fill()
    install_id = read_install_id(folder)
    code, out = disk.main("forget", stdin="n\n")
    assert code == 0
    assert install_id in out  # the user can note it before it is gone
    assert "Nothing was removed" in out
    assert disk.group() != [] and (folder / ID_FILE).exists()


def test_forget_asks_first_and_yes_removes(disk):
    folder = disk.fill()
    code, _out = disk.main("forget", stdin="y\n")
    assert code == 0 and disk.group() == [] and not folder.exists()


def test_forget_on_a_profile_without_telemetry_changes_nothing(disk):
    code, out = disk.main("forget", "--yes")
    assert code == 0
    assert "Nothing to remove" in out
    assert not disk.user_cfg.exists()


def test_forget_says_when_the_add_on_is_still_installed(disk):
    disk.fill()
    (disk.data / "Mod" / "Telemetry" / "freecad_telemetry").mkdir(parents=True)
    _code, out = disk.main("forget", "--yes")
    assert "still installed" in out and str(disk.data / "Mod" / "Telemetry") in out


def test_forget_with_a_removal_that_still_cannot_be_sent_says_how_to_finish_it(disk):
    folder = disk.fill()
    person_id = read_install_id(folder)
    queue_removal(folder, person_id)
    code, out = disk.main("forget", "--yes", "--timeout", "1")
    assert code == 1
    assert person_id in out and "telemetry@freecad.org" in out
    assert pending_removals(folder)
    assert disk.group() == []


def test_a_file_a_running_freecad_writes_during_forget_does_not_keep_the_folder(
    tmp_path, monkeypatch
):
    """A FreeCAD still running writes once more (SQLite's journal, a snapshot) before it
    sees the decision gone: `forget` tries again and the folder goes all the same."""
    from freecad_telemetry.rights import forget as forgetting

    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD")
    folder = tmp_path / "FreeCAD" / "telemetry"
    folder.mkdir(parents=True)
    (folder / "outbox.sqlite3").write_bytes(b"x")
    monkeypatch.setattr(forgetting, "REMOVE_PAUSE", 0.01)
    unlink, late = forgetting._unlink, []

    def unlink_while_freecad_writes(path):
        if not late:  # FreeCAD's write lands while the folder is being emptied
            late.append(folder / "outbox.sqlite3-wal")
            late[0].write_bytes(b"y")
        return unlink(path)

    monkeypatch.setattr(forgetting, "_unlink", unlink_while_freecad_writes)
    report = forgetting.forget(host)
    assert not folder.exists() and late and report.complete


def test_what_cannot_be_deleted_is_reported_at_once_without_waiting(tmp_path, monkeypatch):
    """A file that stays (here: a folder's entry that refuses deletion) is not waited for:
    on FreeCAD 0.20.2 the uninstall runs `forget` on the GUI thread."""
    from freecad_telemetry.rights import forget as forgetting

    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD")
    folder = tmp_path / "FreeCAD" / "telemetry"
    folder.mkdir(parents=True)
    (folder / "outbox.sqlite3").write_bytes(b"x")
    pauses = []
    monkeypatch.setattr(forgetting.time, "sleep", pauses.append)
    monkeypatch.setattr(forgetting, "_unlink", lambda path: [f"{path} (refused)"])
    report = forgetting.forget(host)
    assert report.left_behind and pauses == []

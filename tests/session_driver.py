"""Drive a lifecycle.Session against an in-memory FreeCAD, as FreeCAD's event loop would."""

from __future__ import annotations

import platform
import time
from pathlib import Path

from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.settings import GROUP

START_EVENTS = [
    "freecad_startup",
    "freecad_version",
    "freecad_system_info",
    "freecad_preferences",
    "freecad_addon_list",
]


def run_for_json(script: str, *args: str):
    """Run `script` in a fresh Python with the add-on first on its path (as FreeCAD starts
    the agent); its last stdout line, read as JSON. Fails the test on a non-zero exit."""
    import json
    import subprocess
    import sys

    from freecad_telemetry.agent_launch import agent_environment

    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=agent_environment([], None),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def wait_until(condition, timeout=5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return False


def grant(host: MemoryHost, categories="usage,system,preferences,addons") -> None:
    host.set_param(GROUP, "ConsentState", "string", "granted")
    host.set_param(GROUP, "ConsentCategories", "string", categories)
    host.set_param(GROUP, "SendDelay", "int", 0)  # see each event leave at once


def start(host, transport, env=None) -> Session:
    """`transport` None: the add-on's own (the posthog SDK, to the profile's PostHogHost)."""
    if transport is None:
        session = Session.with_posthog(host, env=env or {})
    else:
        session = Session(host, env=env or {}, make_transport=lambda: transport)
    session.gui_ready()
    return session


FINISH_WAIT = 60.0  # seconds; a bound for a hung test, not a wait: join returns once it ended


def finish(session: Session) -> None:
    """Quit, then wait for the sender thread to end (it sends within the quit budget): on a
    busy machine the first send of a test process, which imports posthog, takes seconds."""
    session.quit()
    if session.sender is not None:
        session.sender.join(FINISH_WAIT)


def freecad_on_profile(user_cfg: Path, user_data: Path) -> MemoryHost:
    """The FreeCAD whose profile is on disk, as its next start sees it: user.cfg's parameters
    (read now), its Mod folder, and what only a running FreeCAD knows (its version, Python,
    Qt, screen). Its Python is this interpreter's, as inside FreeCAD the posthog SDK reports
    the interpreter it runs in."""
    params = ParameterTree.load(user_cfg) if user_cfg.exists() else ParameterTree()
    return MemoryHost(
        params=params,
        user_data_dir=user_data,
        mod_roots=[user_data / "Mod"],
        python_version=platform.python_version(),
    )

"""Drive a lifecycle.Session against an in-memory FreeCAD, as FreeCAD's event loop would."""

from __future__ import annotations

import time

from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.settings import GROUP

START_EVENTS = [
    "freecad_startup",
    "freecad_version",
    "freecad_system_info",
    "freecad_preferences",
    "freecad_addon_list",
]


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
    session = Session(host, env=env or {}, make_transport=lambda: transport)
    session.gui_ready()
    return session


def finish(session: Session) -> None:
    session.quit()
    if session.sender is not None:
        session.sender.join(2.0)

"""What uninstall.py runs when the Addon Manager removes the add-on: stop the add-on loaded in
this process, forget (rights/forget.py), and try a kept data-removal request once more.

FreeCAD 0.20.2's Addon Manager runs it on the GUI thread, the current one on a worker thread;
no widget is touched. It never raises: the Addon Manager would report a failure and delete
the folder all the same.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Optional

from freecad_telemetry import startup
from freecad_telemetry.host import running_freecad
from freecad_telemetry.host.interface import Host
from freecad_telemetry.rights.forget import (
    KEPT_REMOVAL_TIMEOUT,
    ForgetReport,
    forget,
    send_kept_removals,
    summary,
)


def on_uninstall(
    host_factory: Optional[Callable[[], Host]] = None,
    removal_timeout: float = KEPT_REMOVAL_TIMEOUT,
) -> Optional[ForgetReport]:
    """Everything uninstall.py does; never raises. On FreeCAD's GUI thread (0.20.2) the last
    try of a kept removal request goes to a background thread; on the current Addon Manager's
    worker thread it runs here, so it is done before the folder disappears."""
    try:
        startup.stop_this_process()
        host = (host_factory or running_freecad)()
        report = forget(host)
        if report.kept_removals:
            if threading.current_thread() is threading.main_thread():
                threading.Thread(
                    target=_send_kept_removals,
                    args=(report.state_folder, removal_timeout),
                    name="freecad-telemetry-uninstall",
                    daemon=True,
                ).start()
            else:
                _send_kept_removals(report.state_folder, removal_timeout)
        host.log(summary(report))
        return report
    except BaseException:  # the Addon Manager must carry on deleting the folder
        return None


def _send_kept_removals(folder: Path, timeout: float) -> None:
    try:
        send_kept_removals(folder, timeout)
    except BaseException:  # a thread's top; the request stays queued, nothing to report to
        pass

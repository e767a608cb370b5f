"""Command line: ``forget`` removes this FreeCAD profile's telemetry settings and local data,
exactly what uninstalling with the Addon Manager removes.

For an add-on folder deleted by hand (no uninstall hook ran), or to start afresh. Runs in a
terminal outside FreeCAD (the profile on disk; user.cfg is written at once through the host)
or in FreeCAD's Python console (the live FreeCAD; the loaded add-on is stopped as well).
main.py adds it with `register`, which names its handler. English only.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import List, Optional, TextIO

from freecad_telemetry import startup
from freecad_telemetry.cli.console import NOT_DONE, OK, Console
from freecad_telemetry.host.interface import Host
from freecad_telemetry.rights.forget import (
    KEPT_REMOVAL_TIMEOUT,
    ForgetReport,
    forget,
    send_kept_removals,
)
from freecad_telemetry.rights.removal import (
    DONE,
    FALLBACK_ADDRESS,
    REMOVAL_QUEUE_FILE,
    Urlopen,
    pending_removals,
)
from freecad_telemetry.settings import GROUP, Settings
from freecad_telemetry.state.folder import state_dir
from freecad_telemetry.state.install_id import read_install_id

RUNNING_FREECAD_WARNING = (
    "note: a FreeCAD running now with the add-on sends nothing more (your consent is gone), "
    "but writes its settings back to user.cfg when it quits; run this again after closing "
    "it, or uninstall the add-on with FreeCAD's Addon Manager, which does this for the "
    "running FreeCAD too"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `forget` to main.py's sub-command parsers."""
    command = subparsers.add_parser(
        "forget",
        help="remove the telemetry settings and local data (what uninstalling removes)",
    )
    command.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    command.add_argument(
        "--timeout", type=float, default=KEPT_REMOVAL_TIMEOUT, help=argparse.SUPPRESS
    )
    command.set_defaults(run=_forget)


def _forget(args: argparse.Namespace, host: Host, console: Console) -> int:
    """Not done (1) when something stayed: a file that could not be deleted, a queued request."""
    out = console.stdout
    folder = state_dir(host.user_data_dir())
    if not host.param_keys(GROUP) and not (folder.exists() or folder.is_symlink()):
        out.write("Nothing to remove: this FreeCAD profile has no telemetry settings or data.\n")
        _mention_installed_addon(host, out)
        return OK
    settings = Settings(host)
    install_id = read_install_id(folder) or ""
    address = str(settings.get("DataRequestAddress")) or FALLBACK_ADDRESS
    if not args.yes and not _confirmed(folder, install_id, out, console.stdin):
        out.write("Nothing was removed.\n")
        return OK
    startup.stop_this_process()  # inside FreeCAD: the loaded add-on must not write it back
    report = forget(host)
    console.note(RUNNING_FREECAD_WARNING)
    still_queued = _send_kept(report, args.timeout, console.urlopen, address, out)
    _describe(report, out)
    _mention_installed_addon(host, out)
    return OK if report.complete and not still_queued else NOT_DONE


def _confirmed(folder: Path, install_id: str, stdout: TextIO, stdin: TextIO) -> bool:
    stdout.write(
        "This removes FreeCAD's telemetry settings (consent, anonymous id, addresses) from\n"
        f"user.cfg and the folder {folder}\n"
        "(unsent events, the record of what was sent, the anonymous id).\n"
        "It does not delete data already sent: for that, run "
        "`python -m freecad_telemetry request-removal` first.\n"
    )
    if install_id:
        stdout.write(f"Your anonymous id is {install_id} (note it to ask for removal later).\n")
    stdout.write("Remove? [y/N] ")
    stdout.flush()
    return stdin.readline().strip().lower() in ("y", "yes")


def _send_kept(
    report: ForgetReport,
    timeout: float,
    urlopen: Optional[Urlopen],
    address: str,
    stdout: TextIO,
) -> bool:
    """A removal request the user made earlier gets one more try; True if it still waits."""
    if not report.kept_removals:
        return False
    outcomes = send_kept_removals(report.state_folder, timeout, urlopen)
    waiting = pending_removals(report.state_folder)
    for outcome in outcomes:
        if outcome.kind == DONE:
            stdout.write(f"Your earlier request to delete the data of {outcome.person_id} ")
            stdout.write("went through.\n")
    for request in waiting:
        person_id = request.get("person_id")
        stdout.write(
            f"Your earlier request to delete the data of {person_id} still cannot be sent "
            f"({request.get('last_error') or 'no answer'}).\nIt is kept in "
            f"{report.state_folder / REMOVAL_QUEUE_FILE} and sent when the add-on runs "
            f"again; or e-mail {address} naming the id {person_id}.\n"
        )
    return bool(waiting)


def _describe(report: ForgetReport, stdout: TextIO) -> None:
    if report.had_settings:
        stdout.write("Removed the telemetry settings from user.cfg.\n")
    if report.had_state and not report.left_behind:
        stdout.write(f"Removed {report.state_folder}.\n")
    if report.settings_problem:
        stdout.write(f"Not done: {report.settings_problem}.\n")
    for path in report.left_behind:
        stdout.write(f"Could not remove {path}; delete it by hand.\n")


def _mention_installed_addon(host: Host, stdout: TextIO) -> None:
    found: List[Path] = []
    for root in host.mod_roots():
        try:
            found += [p for p in Path(root).iterdir() if (p / "freecad_telemetry").is_dir()]
        except OSError:
            continue
    for folder in found:
        stdout.write(
            f"The add-on is still installed in {folder}: FreeCAD asks again at its next start.\n"
            "Remove it with the Addon Manager (or delete that folder) if you do not want that.\n"
        )

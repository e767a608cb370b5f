"""Forgetting: remove everything the add-on keeps on this computer.

Runs when the add-on is uninstalled (uninstalling.py, after the loaded add-on was stopped)
and for ``python -m freecad_telemetry forget`` (a terminal, or FreeCAD's Python console).
Pure Python through the host: no Qt, no widget, so any thread will do.

What goes: the state folder (<FreeCAD user data>/telemetry: the consent decision, unsent
events, the record of sent events, session markers, the anonymous id) and the add-on's
parameter group in user.cfg (the consent's display copy, addresses). A reinstall therefore
starts undecided, with a new id. Deleting the decision is what stops every process at once:
their senders find no decision at their next batch and send nothing (consent/gate.py), and a
FreeCAD that writes its old user.cfg back at quit cannot bring it back (its copy is marked
as a mirror, never migrated again).

One exception, on purpose: a data-removal request the user made that could not be sent yet
(removal.py's queue) is not thrown away silently. Its file alone stays in the state folder;
`send_kept_removals` tries it once more right away and removes the folder when the request
went through (or the server refused it for good). If it stays, a reinstalled add-on sends it
at its next start; the command line says how to ask by e-mail instead.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Set, Tuple

from freecad_telemetry.host.interface import Host
from freecad_telemetry.rights.removal import (
    REMOVAL_QUEUE_FILE,
    RemovalOutcome,
    Urlopen,
    pending_removals,
    retry_pending_removal,
)
from freecad_telemetry.settings import GROUP
from freecad_telemetry.state.folder import state_dir

PARENT_GROUP, GROUP_NAME = GROUP.rsplit("/", 1)
KEPT_REMOVAL_TIMEOUT = 5.0  # seconds, in all, for the one last try of the queued removals


@dataclass(frozen=True)
class ForgetReport:
    """What `forget` did. `left_behind`: paths it could not delete (with the reason)."""

    state_folder: Path
    had_state: bool  # the state folder existed
    had_settings: bool  # user.cfg had keys in the add-on's group
    left_behind: Tuple[str, ...] = ()
    kept_removals: Tuple[Dict[str, Any], ...] = ()  # queued removal requests, kept on purpose
    settings_problem: str = ""

    @property
    def complete(self) -> bool:
        """Everything is gone but the removal requests kept on purpose."""
        return not self.left_behind and not self.settings_problem


def forget(host: Host) -> ForgetReport:
    """Delete the state folder (except queued removal requests) and the add-on's settings,
    and save user.cfg. Never raises for file or parameter trouble: the report says."""
    folder = state_dir(host.user_data_dir())
    had_state = folder.is_dir() or folder.is_symlink()
    kept = tuple(pending_removals(folder)) if folder.is_dir() else ()
    left = _remove_folder(folder, keep=REMOVAL_QUEUE_FILE if kept else None)
    had_settings, problem = _remove_settings(host)
    return ForgetReport(folder, had_state, had_settings, tuple(left), kept, problem)


def send_kept_removals(
    folder: Path, timeout: float = KEPT_REMOVAL_TIMEOUT, urlopen: Optional[Urlopen] = None
) -> List[RemovalOutcome]:
    """Try the kept removal requests once (blocks up to `timeout` seconds in all: a worker
    thread or the command line). Removes the state folder when none is left."""
    outcomes = retry_pending_removal(folder, timeout, urlopen)
    if not pending_removals(folder):
        _remove_folder(folder, keep=None)
    return outcomes


def summary(report: ForgetReport) -> str:
    """One line for FreeCAD's log (English, like every log line)."""
    parts = ["uninstalled: nothing more is sent from this FreeCAD"]
    if report.had_settings:
        parts.append("its settings were removed from user.cfg")
    if report.had_state:
        parts.append(f"its folder {report.state_folder} was removed")
    if report.kept_removals:
        parts.append("a queued data-removal request is sent once more and kept until it goes")
    if report.left_behind:
        parts.append("could not remove: " + "; ".join(report.left_behind))
    if report.settings_problem:
        parts.append(report.settings_problem)
    return ", ".join(parts)


# --- helpers --------------------------------------------------------------------------------


def _remove_settings(host: Host) -> Tuple[bool, str]:
    """Remove the add-on's parameter group; save user.cfg only if it held something (a fresh
    profile without user.cfg keeps having none)."""
    try:
        had = bool(host.param_keys(GROUP))
        host.remove_param_group(PARENT_GROUP, GROUP_NAME)
        if had:
            host.save_params()
        return had, ""
    except Exception as exc:  # FreeCAD's parameter calls raise any type; the folder goes anyway
        return False, f"the settings could not be removed ({type(exc).__name__}: {exc})"


REMOVE_ATTEMPTS = 4  # a session running elsewhere stops writing within its half-second look
REMOVE_PAUSE = 0.25  # seconds between attempts


def _remove_folder(folder: Path, keep: Optional[str]) -> List[str]:
    """Delete `folder` and everything in it except the entry named `keep`; returns what
    could not be deleted. Symlinks are removed, never followed; a file of that name is not
    ours to delete and is left alone. A FreeCAD running meanwhile may write a file into it
    before it sees the decision gone (SQLite's journal, a snapshot): then it is tried again.
    What merely cannot be deleted is not waited for (an uninstall on FreeCAD 0.20.2 runs on
    its GUI thread)."""
    seen = _entries(folder)
    left = _remove_folder_once(folder, keep)
    for _attempt in range(REMOVE_ATTEMPTS - 1):
        now = _entries(folder) if left else set()
        if not now - seen:  # all gone, or only what was there before: trying again cannot help
            break
        seen |= now
        time.sleep(REMOVE_PAUSE)
        left = _remove_folder_once(folder, keep)
    return left


def _entries(folder: Path) -> Set[str]:
    """Every path under `folder` (without following symlinks), relative to it."""
    found: Set[str] = set()
    for here, folders, files in os.walk(str(folder)):
        found.update(os.path.relpath(os.path.join(here, n), str(folder)) for n in folders + files)
    return found


def _remove_folder_once(folder: Path, keep: Optional[str]) -> List[str]:
    if folder.is_symlink():
        return _unlink(folder)
    if not folder.is_dir():
        return [f"{folder} (not a folder, left alone)"] if folder.exists() else []
    left: List[str] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        return [_failure(folder, exc)]
    for entry in entries:
        if entry.name == keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            left.extend(_remove_tree(entry))
        else:
            left.extend(_unlink(entry))
    if keep is None or not (folder / keep).exists():
        left.extend(_rmdir(folder, quiet=bool(left)))
    return left


def _remove_tree(root: Path) -> List[str]:
    left: List[str] = []
    for here, folders, files in os.walk(str(root), topdown=False):  # never follows symlinks
        for name in files:
            left.extend(_unlink(Path(here) / name))
        for name in folders:
            path = Path(here) / name
            left.extend(_unlink(path) if path.is_symlink() else _rmdir(path, quiet=bool(left)))
    left.extend(_rmdir(root, quiet=bool(left)))
    return left


def _rmdir(path: Path, quiet: bool) -> List[str]:
    """`quiet`: something inside already failed, which is the reason worth reporting."""
    try:
        path.rmdir()
    except FileNotFoundError:
        pass
    except OSError as exc:
        return [] if quiet else [_failure(path, exc)]
    return []


def _unlink(path: Path) -> List[str]:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        try:  # Windows refuses to delete a read-only file
            os.chmod(str(path), stat.S_IWRITE)
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            return [_failure(path, exc)]
    return []


def _failure(path: Path, exc: OSError) -> str:
    return f"{path} ({exc.strerror or exc})"

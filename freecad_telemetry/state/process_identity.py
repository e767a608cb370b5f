"""Is a process still the one it was? A process is (pid, start token): the token tells a
reused pid from the original. Any thread, any process; plain Python and the OS.

In doubt (no permission, an unexpected error) a process counts as alive: a running FreeCAD
must never be reported as crashed.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from typing import List, Optional, Tuple

_STILL_ACTIVE = 259  # Windows exit code of a process that has not exited
_ERROR_INVALID_PARAMETER = 87  # OpenProcess: no process with that pid


@dataclass(frozen=True)
class ProcessIdentity:
    """A process as (pid, start token); the token tells a reused pid from the original."""

    pid: int
    started: Optional[str]  # opaque; None where it is not cheaply available (macOS)


def identify(pid: int) -> ProcessIdentity:
    """The identity of the running process `pid` (token None when it cannot be read)."""
    try:
        token = _windows_probe(pid)[1] if sys.platform == "win32" else _posix_probe(pid)[1]
    except Exception:  # a missing token only weakens pid-reuse detection; never fail start-up
        token = None
    return ProcessIdentity(pid, token)


def current_process() -> ProcessIdentity:
    return identify(os.getpid())


def is_alive(identity: ProcessIdentity) -> bool:
    """True while that process runs: same pid AND, when both tokens are known, same start token.
    In doubt (no permission, unexpected error) True."""
    if identity.pid <= 0:
        return False
    try:
        state, token = (_windows_probe if sys.platform == "win32" else _posix_probe)(identity.pid)
    except Exception:  # fails safe: a check that fails must not report a live FreeCAD as crashed
        return True
    if state == "dead":
        return False
    if state == "alive" and identity.started is not None and token is not None:
        return identity.started == token
    return True


def _posix_probe(pid: int) -> Tuple[str, Optional[str]]:
    """("alive" | "dead" | "unknown", start token)."""
    try:
        os.kill(pid, 0)  # signal 0 only checks existence; NEVER on Windows (it terminates there)
    except ProcessLookupError:
        return "dead", None
    except PermissionError:
        pass  # exists, but belongs to another user
    except OverflowError:
        return "dead", None  # larger than any pid the system can have
    if not sys.platform.startswith("linux"):
        return "alive", None
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            raw = stream.read()
        # The command name (field 2) may contain spaces and parentheses: split after the last ')'.
        fields = raw[raw.rindex(b")") + 2 :].split()
        state, start = fields[0], fields[19].decode("ascii")  # fields 3 and 22
    except (OSError, ValueError, IndexError):
        return "unknown", None  # e.g. /proc mounted with hidepid
    if state in (b"Z", b"X"):
        return "dead", None  # exited, not yet reaped by its parent
    boot = _linux_boot_id()
    return "alive", f"{boot}.{start}" if boot else start


_boot_id: List[str] = []


def _linux_boot_id() -> str:
    if not _boot_id:
        try:
            with open("/proc/sys/kernel/random/boot_id") as stream:
                _boot_id.append(stream.read().strip().replace("-", ""))
        except OSError:
            _boot_id.append("")
    return _boot_id[0]


def _windows_probe(pid: int) -> Tuple[str, Optional[str]]:
    if sys.platform != "win32":  # (tells type checkers which ctypes this is)
        return "unknown", None
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        gone = ctypes.get_last_error() == _ERROR_INVALID_PARAMETER
        return ("dead" if gone else "unknown"), None
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(wintypes.HANDLE(handle), ctypes.byref(code)):
            return "unknown", None
        if code.value != _STILL_ACTIVE:
            return "dead", None
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(wintypes.HANDLE(handle), *map(ctypes.byref, times)):
            return "alive", None
        return "alive", f"win.{(times[0].dwHighDateTime << 32) | times[0].dwLowDateTime}"
    finally:
        kernel32.CloseHandle(wintypes.HANDLE(handle))


def lease_owner_alive(owner: str) -> bool:
    """Whether the process behind an outbox lease ("pid<pid>-...") still runs."""
    match = re.match(r"pid(\d+)-", owner)
    if match is None or int(match.group(1)) == os.getpid():
        return True
    return is_alive(ProcessIdentity(int(match.group(1)), None))

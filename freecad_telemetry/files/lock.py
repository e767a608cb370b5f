"""Advisory file locks that die with their process: flock on POSIX, msvcrt on Windows.

Standard library only, with nothing else of the add-on: FreeCAD's GUI thread takes its
session's lock through this module (handover.py), and state/sessions.py and state/folder.py build
on it in every process.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Optional

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# Lock held by another open file: EWOULDBLOCK from flock, EACCES from msvcrt (lock violation).
LOCK_HELD = {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK}


def try_lock(fd: int) -> Optional[bool]:
    """True: locked now; False: another open file holds the lock; None: locking failed."""
    try:
        if sys.platform == "win32":
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            # flock, not lockf: it also conflicts within one process, and closing another
            # descriptor of the same file does not drop it.
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        return False if exc.errno in LOCK_HELD else None


def unlock(fd: int) -> None:
    """Let go of a lock taken with try_lock (Windows only needs it; closing suffices on POSIX)."""
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def lock_held(path: Path) -> bool:
    """True when some live process holds the lock file at `path`."""
    try:
        fd = os.open(str(path), os.O_RDWR)
    except OSError:
        return False  # no lock file: no evidence either way, the probe decided
    try:
        acquired = try_lock(fd)
        if acquired:
            unlock(fd)
        return acquired is False
    finally:
        os.close(fd)


def is_file_at(fd: int, path: Path) -> bool:
    """Whether `fd` is still the file at `path` (not replaced or deleted meanwhile)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(str(path)))
    except OSError:
        return False

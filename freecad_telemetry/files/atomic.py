"""Small files that are either wholly old or wholly new, never torn: write a temp file in the
same folder, fsync it, then `os.replace` it over the target.

Runs on whatever thread the caller is on: at GUI start-up (main thread, splash screen up) for
the install id and the session sentinel, later from heartbeats and settings changes. One write
costs well under a millisecond on a local disk. The folder itself is not fsynced (that would
double the cost): after a power cut the file may be the previous version, never a torn one.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any, Dict, Optional, Union

PathLike = Union[str, "os.PathLike[str]"]

# Readers of the add-on's own small files never need more; a huge file is not ours.
MAX_JSON_BYTES = 1_000_000
# The add-on's own folders and files are the user's alone (POSIX modes).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def temp_name(target_name: str) -> str:
    """A fresh hidden temp name for `target_name`; the writer's pid tells whose a leftover is."""
    return f".{target_name}.{os.getpid()}-{os.urandom(4).hex()}.tmp"


def write_atomic(path: PathLike, data: Union[bytes, str]) -> None:
    """Replace `path` with `data` (str is written as UTF-8), creating parent folders.

    Raises OSError when it cannot; the temp file is removed and `path` keeps its old content.
    A new file is private to the user (0600); a replaced file keeps its permission bits.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(temp_name(target.name))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(str(temp), flags, _mode_to_keep(target))
    try:
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            # Without fsync a crash of the machine right after the rename can leave an empty file.
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(str(temp), str(target))
    except BaseException:  # clean-up only, re-raised at once (Ctrl+C too)
        remove_quietly(temp)
        raise


def write_json_atomic(path: PathLike, obj: Any) -> None:
    """`write_atomic` of `obj` as compact UTF-8 JSON; raises OSError like it."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    write_atomic(path, text + "\n")


def read_json(path: PathLike, max_bytes: int = MAX_JSON_BYTES) -> Optional[Dict[str, Any]]:
    """The JSON object stored at `path`, or None when it is missing, unreadable, larger than
    `max_bytes`, not UTF-8 JSON, or not an object (or not a regular file). Never raises."""
    try:
        raw = read_regular(path, max_bytes + 1)
    except (OSError, ValueError):
        return None
    if raw is None or len(raw) > max_bytes:
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def ensure_private_dir(path: PathLike) -> None:
    """Create the folder (and its parents) if needed and make it private to the user (0700 on
    POSIX, whatever the umask). Raises OSError when it cannot be created."""
    folder = Path(path)
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    make_private(folder)


def make_private(path: PathLike) -> None:
    """Make an existing folder 0700 or file 0600 on POSIX (a folder or file made by an older
    version, or under a lax umask, may be readable by others). Symbolic links and what is not
    ours to change are left alone; never raises: a file left readable must not stop FreeCAD."""
    if os.name != "posix":
        return  # the per-user profile folder's ACLs are what protects it on Windows
    try:
        status = os.lstat(str(path))
        if stat.S_ISDIR(status.st_mode):
            wanted = PRIVATE_DIR_MODE
        elif stat.S_ISREG(status.st_mode):
            wanted = PRIVATE_FILE_MODE
        else:
            return
        if stat.S_IMODE(status.st_mode) != wanted:
            os.chmod(str(path), wanted)
    except OSError:
        pass


def read_regular(path: PathLike, limit: int) -> Optional[bytes]:
    """Up to `limit` bytes of `path`; None when it is not a regular file. O_NONBLOCK: a FIFO
    put in the state folder must not block the thread that reads it (FreeCAD's included)."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(os.fspath(path), flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        chunks = []
        while limit > 0:
            chunk = os.read(descriptor, min(limit, 64 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            limit -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _mode_to_keep(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except (OSError, ValueError):
        return PRIVATE_FILE_MODE


def remove_quietly(path: PathLike) -> None:
    """Delete `path` if it is there; any failure is left for a later attempt."""
    try:
        os.remove(str(path))
    except OSError:
        pass

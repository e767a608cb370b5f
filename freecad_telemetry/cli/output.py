"""The files the command line writes when asked (`preview --out`, `export --out`).

Runs in the command-line process only. The target is a new regular file, or an existing one
replaced with `--force`; never a folder, a pipe, a device or a symbolic link. A FIFO is never
opened (opening one for writing blocks until a reader comes), and a symbolic link is not
followed (`--out link-to-/dev/stdout` would write somewhere other than the file named; to
print to the screen, leave out `--out`). Problems raise OutputRefused with a one-line reason.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Optional

from freecad_telemetry.files.atomic import remove_quietly, write_atomic


class OutputRefused(Exception):
    """The file cannot or may not be written; the message is one line, for the user."""


def write_output(path: Path, text: str, force: bool) -> None:
    """Write `text` (UTF-8) to `path`: created new, or replaced when `force` is given."""
    existing = _existing(path)
    if existing is not None:
        _check_replaceable(path, existing, force)
    folder = path.parent
    if not folder.is_dir():
        raise OutputRefused(f"cannot write {path}: the folder {folder} does not exist")
    data = text.encode("utf-8")
    try:
        if existing is None:
            _create_new(path, data)
        else:
            # a new file renamed over the old one: the old one is never opened, so a pipe
            # swapped in since the check cannot block us; a reader sees old or new, never half
            write_atomic(path, data)
    except FileExistsError:
        raise OutputRefused(f"{path} appeared while writing; add --force to replace it") from None
    except OSError as exc:
        raise OutputRefused(f"cannot write {path}: {exc.strerror or exc}") from None


def _existing(path: Path) -> Optional[os.stat_result]:
    try:
        return os.lstat(str(path))  # lstat: a symbolic link is judged as a link
    except FileNotFoundError:
        return None
    except OSError as exc:  # e.g. a file where a folder is expected on the way
        raise OutputRefused(f"cannot write {path}: {exc.strerror or exc}") from None


def _check_replaceable(path: Path, status: os.stat_result, force: bool) -> None:
    mode = status.st_mode
    if stat.S_ISLNK(mode):
        raise OutputRefused(
            f"{path} is a symbolic link; name a file itself (or leave out --out for the screen)"
        )
    if stat.S_ISDIR(mode):
        raise OutputRefused(f"{path} is a folder; name a file in it")
    if not stat.S_ISREG(mode):
        raise OutputRefused(f"{path} is not a regular file (a pipe, socket or device)")
    if not force:
        raise OutputRefused(f"{path} already exists; add --force to replace it")


def _create_new(path: Path, data: bytes) -> None:
    # O_EXCL: fails if anything (a link, a pipe) appeared at `path` since the check, so
    # nothing but a new regular file is ever opened.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(str(path), flags, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
        finally:
            os.close(descriptor)
    except BaseException:  # clean-up only, re-raised at once (Ctrl+C too)
        remove_quietly(path)  # no half-written file left behind
        raise


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters escaped: a path may hold them,
    and a message on the command line is one line."""
    return "".join(
        character if character.isprintable() or character == " " else repr(character)[1:-1]
        for character in text
    )

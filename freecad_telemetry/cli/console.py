"""What every command talks to, and the one table of exit codes.

Runs in the command-line process, or in FreeCAD's Python console when `cli.main.main` is
called there. A command handler is ``handler(args, host, console) -> exit code``; main.py
finds it on the parsed arguments (``set_defaults(run=handler)``, set by each module's
``register``). Messages are English only: the command line is not translated.
"""

from __future__ import annotations

import sys
import webbrowser
from dataclasses import dataclass, field
from typing import Callable, Optional, TextIO

from freecad_telemetry.cli.output import one_line
from freecad_telemetry.rights.removal import Urlopen

OK = 0
NOT_DONE = 1
FAILED = 2
EXIT_CODES = (  # shown by --help; every command returns one of these
    (OK, "done"),
    (NOT_DONE, "not done: the server declined a request or it waits to be sent again, a file "
     "could not be deleted, events are kept for later"),
    (FAILED, "failed: bad arguments, an unreadable user.cfg or state folder, an output file "
     "that may not be written, a server that cannot be reached (one line on stderr)"),
)  # fmt: skip


@dataclass
class Console:
    """The streams of one command-line run, and its ways out to the network and the desktop
    (given by tests: a fake server's opener, a recording `open_url`)."""

    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    urlopen: Optional[Urlopen] = None  # urllib's, unless a test gives its own
    open_url: Callable[[str], bool] = webbrowser.open

    def fail(self, message: str) -> int:
        """A failure: one line on stderr, never a traceback; the exit code for it."""
        print(f"freecad-telemetry: {one_line(message)}", file=self.stderr)
        return FAILED

    def note(self, message: str) -> None:
        """A remark beside the result (stderr, so that stdout stays the result alone)."""
        print(message, file=self.stderr)


def exit_codes_help() -> str:
    """The exit-code table as --help prints it."""
    return "exit codes:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES)

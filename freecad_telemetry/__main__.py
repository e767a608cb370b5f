"""``python -m freecad_telemetry``: see cli.py. Runs in its own process, never in FreeCAD."""

import os
import sys

from freecad_telemetry.cli import main

EXIT_INTERRUPTED = 130  # what shells report for Ctrl+C


def _run() -> int:
    try:
        code = main()
        sys.stdout.flush()  # a closed pipe shows here, not in Python's own flush at exit
        return code
    except BrokenPipeError:
        # The reader went away (`... | head`): nothing to report. Point stdout at devnull so
        # that Python's flush at exit does not print an error of its own.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:  # Ctrl+C, e.g. at a confirmation question
        print(file=sys.stderr)
        return EXIT_INTERRUPTED


sys.exit(_run())

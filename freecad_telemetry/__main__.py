"""``python -m freecad_telemetry``: see cli/main.py (and agent.py for ``agent``, the sending agent
FreeCAD starts). Runs in its own process, never in FreeCAD."""

import os
import sys

EXIT_INTERRUPTED = 130  # what shells report for Ctrl+C


def _run() -> int:
    if sys.argv[1:2] == ["agent"]:  # FreeCAD's sending agent: none of the CLI's imports
        from freecad_telemetry.agent import main as agent_main

        return agent_main(sys.argv[2:])
    from freecad_telemetry.cli.main import main

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

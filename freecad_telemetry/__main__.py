"""``python -m freecad_telemetry``: see cli.py."""

import sys

from freecad_telemetry.cli import main

sys.exit(main())

"""Shared test set-up: helpers in tests/ are importable by bare name (capture_server, fakes).

tests/ has no __init__.py on purpose: inside FreeCAD the add-on root is on sys.path, and a
namespace folder can never shadow another add-on's real `tests` package.
"""

import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

# Qt tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _no_opt_out_environment(monkeypatch):
    """Tests not about environment opt-outs must not depend on CI=true (CI sets it) or on a
    developer's DO_NOT_TRACK: clear them; tests about them set them explicitly."""
    from freecad_telemetry.consent.environment import CI_VARIABLES

    for name in (*CI_VARIABLES, "DO_NOT_TRACK", "FREECAD_TELEMETRY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _a_new_freecad_process():
    """Each test starts as a new FreeCAD process would: with a Runtime that was not shut down
    (uninstalled or forgotten) by an earlier test."""
    from freecad_telemetry import startup

    startup.runtime = startup.Runtime()

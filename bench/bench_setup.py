"""What every benchmark here starts from: FreeCAD, posthog for its Python, a virtual screen.

Imported by the bench scripts (run as `python3 bench/<script>.py`); uses the tests' harness.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Tuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import freecad_runner  # noqa: E402
from freecad_hosts import FreeCADInstall, Unavailable, find_install  # noqa: E402
from granted import GROUP, granted_params  # noqa: E402

HOST_VARIABLE = "FCT_BENCH_HOST"  # "0.20" (default) or "1.1", as in tests/freecad_hosts.py
DEPS_CACHE = Path.home() / ".cache" / "freecad-telemetry-tests"


def freecad_deps_and_screen() -> Tuple[FreeCADInstall, Path, freecad_runner.Xvfb]:
    """FreeCAD (or exit with how to get it), posthog for its Python, a started Xvfb."""
    launchers = Path(tempfile.mkdtemp(prefix="fct-bench-launchers-"))
    try:
        install = find_install(os.environ.get(HOST_VARIABLE, "0.20"), launchers, [DEPS_CACHE])
    except Unavailable as reason:
        sys.exit(str(reason))
    deps = freecad_runner.python_deps(DEPS_CACHE, python_version=install.python_version)
    return install, deps, freecad_runner.Xvfb()


def granted_profile(root: Path, install, deps: Path, url: str) -> freecad_runner.Profile:
    """A profile with the add-on installed, consent granted, pointed at `url`."""
    profile = freecad_runner.Profile(root, install)
    profile.python_path([deps])
    profile.install_addon(REPO)
    # The default SendDelay: the benchmarks measure what users get.
    profile.seed_params({GROUP: granted_params(url, send_delay=300)})
    return profile

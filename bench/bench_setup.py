"""What every benchmark here starts from: FreeCAD, posthog for its Python, a virtual screen.

Imported by the bench scripts (run as `python3 bench/<script>.py`); uses the tests' harness.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Tuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import freecad_runner  # noqa: E402
from granted import GROUP, granted_params  # noqa: E402


def freecad_deps_and_screen() -> Tuple[freecad_runner.FreeCADInstall, Path, freecad_runner.Xvfb]:
    """FreeCAD (or exit with how to install it), posthog for its Python, a started Xvfb."""
    install = freecad_runner.find_freecad()
    if install is None:
        sys.exit("FreeCAD is not installed (apt-get install freecad xvfb xauth)")
    deps = freecad_runner.python_deps(
        Path.home() / ".cache" / "freecad-telemetry-tests", python_version=install.python_version
    )
    return install, deps, freecad_runner.Xvfb()


def granted_profile(root: Path, install, deps: Path, url: str) -> freecad_runner.Profile:
    """A profile with the add-on installed, consent granted, pointed at `url`."""
    profile = freecad_runner.Profile(root, install.python_version)
    profile.python_path([deps])
    profile.install_addon(REPO)
    # The default SendDelay: the benchmarks measure what users get.
    profile.seed_params({GROUP: granted_params(url, send_delay=300)})
    return profile

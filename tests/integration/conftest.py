# SPDX-License-Identifier: LGPL-2.1-or-later
"""Fixtures that run the real FreeCAD GUI under Xvfb (tests/freecad_runner.py does the work).

Every test here runs once per FreeCAD host (tests/freecad_hosts.py: 0.20.2 and 1.1.3), the
same test code, parametrised through the session fixture ``freecad_install``; the pytest id
says which (``test_x[1.1]``). WHEN this runs: at pytest collection and fixture set-up/teardown,
in the pytest process. A host that is not there is skipped with the reason and how to get it,
unless FREECAD_TELEMETRY_REQUIRE_FREECAD=1 (CI sets it), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, NoReturn, Optional

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import freecad_runner
from freecad_hosts import HOSTS, FreeCADInstall, Unavailable, find_install
from freecad_runner import FreeCADSession, Profile, Xvfb

REPO_ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
REQUIRE_VARIABLE = "FREECAD_TELEMETRY_REQUIRE_FREECAD"
DEPS_CACHE_VARIABLE = "FREECAD_TELEMETRY_DEPS_CACHE"


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    """Mark every test in this folder as `freecad` (so `-m "not freecad"` skips them)."""
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.freecad)


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(f"{reason} but {REQUIRE_VARIABLE}=1 requires it", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session", params=HOSTS)
def freecad_install(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> FreeCADInstall:
    """One real FreeCAD per parameter; its test caches are bound into the 1.1 root."""
    launchers = tmp_path_factory.mktemp(f"freecad-{request.param}-launchers")
    try:
        return find_install(request.param, launchers, binds=[_deps_cache_root()])
    except Unavailable as reason:
        _unavailable(str(reason))


@pytest.fixture(scope="session")
def xvfb() -> Iterator[Xvfb]:
    if shutil.which("Xvfb") is None:
        _unavailable("Xvfb is not installed (apt-get install xvfb xauth)")
    server = Xvfb()
    yield server
    server.stop()


def _deps_cache_root() -> Path:
    if os.environ.get(DEPS_CACHE_VARIABLE):
        return Path(os.environ[DEPS_CACHE_VARIABLE])
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "freecad-telemetry-tests"


@pytest.fixture(scope="session")
def freecad_deps(freecad_install: FreeCADInstall) -> Path:
    """posthog and its dependencies for FreeCAD's Python, installed once and cached."""
    try:
        return freecad_runner.python_deps(
            _deps_cache_root(), with_posthog=True, python_version=freecad_install.python_version
        )
    except freecad_runner.HarnessError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
def bare_profile(tmp_path: Path, freecad_install: FreeCADInstall, freecad_deps: Path) -> Profile:
    """A fresh profile without our add-on, posthog importable."""
    profile = Profile(tmp_path / "profile", freecad_install)
    profile.python_path([freecad_deps])
    return profile


@pytest.fixture
def profile(bare_profile: Profile) -> Profile:
    """A fresh profile with our add-on installed as Mod/Telemetry, posthog importable."""
    bare_profile.install_addon(REPO_ROOT)
    return bare_profile


StartFreeCAD = Callable[..., FreeCADSession]


@pytest.fixture
def start_freecad(
    freecad_install: FreeCADInstall, xvfb: Xvfb, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[StartFreeCAD]:
    """Factory: start_freecad(profile=None, env=None, wait=True, **session options).

    Uses the `profile` fixture when no profile is given. With wait=True it returns once the
    control macro answers (spawn → ready seconds in `session.wait_ready()`). Every session is
    killed at teardown if it is still running.
    """
    sessions: List[FreeCADSession] = []

    def start(
        profile: Optional[Profile] = None,
        env: Optional[Dict[str, str]] = None,
        wait: bool = True,
        **options: Any,
    ) -> FreeCADSession:
        chosen = profile if profile is not None else request.getfixturevalue("profile")
        run_dir = tmp_path / f"run-{len(sessions) + 1}"
        session = FreeCADSession(freecad_install, chosen, xvfb.display, run_dir, env, **options)
        sessions.append(session)
        if wait:
            session.wait_ready()
        return session

    yield start
    for session in sessions:
        session.kill()

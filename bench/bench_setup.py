"""What every benchmark here starts from: FreeCAD, posthog for its Python, a virtual screen,
profiles with and without the add-on, the in-FreeCAD probe (bench/fc_probe.py), summaries.

Imported by the bench scripts (run as `python3 bench/<script>.py [--runs N] [--host 0.20|1.1]`);
uses the tests' harness. Everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, Iterable, Optional, Tuple

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]  # the add-on and the tests' harness

import freecad_runner  # noqa: E402
from freecad_hosts import HOSTS, FreeCADInstall, Unavailable, find_install  # noqa: E402
from granted import GROUP, granted_params  # noqa: E402

HOST_VARIABLE = "FCT_BENCH_HOST"  # "0.20" (default) or "1.1", as in tests/freecad_hosts.py
DEPS_CACHE = Path.home() / ".cache" / "freecad-telemetry-tests"
PROBE = Path(__file__).resolve().with_name("fc_probe.py")
PROBE_MOD = "FctBenchProbe"  # a Mod folder whose InitGui.py starts the stall timer
ADDON_FOLDER = "Telemetry"
SCRATCH_PREFIX = "fct-bench-run-"
AGENT_WAIT = 60.0  # seconds; an agent sends for at most 30 s after its FreeCAD ended


def parse_args(doc: str, **extra: Tuple[type, Any]) -> argparse.Namespace:
    """--runs N, --host 0.20|1.1 (default: $FCT_BENCH_HOST or 0.20), and `extra` options."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--host", choices=HOSTS, default=os.environ.get(HOST_VARIABLE, "0.20"))
    for name, (kind, default) in extra.items():
        parser.add_argument("--" + name.replace("_", "-"), type=kind, default=default)
    args = parser.parse_args()
    os.environ[HOST_VARIABLE] = args.host
    return args


def freecad_deps_and_screen() -> Tuple[FreeCADInstall, Path, freecad_runner.Xvfb]:
    """FreeCAD (or exit with how to get it), posthog for its Python, a started Xvfb."""
    launchers = Path(tempfile.mkdtemp(prefix="fct-bench-launchers-"))
    try:
        install = find_install(os.environ.get(HOST_VARIABLE, "0.20"), launchers, [DEPS_CACHE])
    except Unavailable as reason:
        sys.exit(str(reason))
    deps = freecad_runner.python_deps(DEPS_CACHE, python_version=install.python_version)
    return install, deps, freecad_runner.Xvfb()


def bare_profile(root: Path, install, deps: Path, stall: bool = False) -> freecad_runner.Profile:
    """A profile without the add-on (the baseline), with the probe installed."""
    profile = freecad_runner.Profile(root, install)
    profile.python_path([deps])
    install_probe(profile, stall)
    return profile


def addon_profile(
    root: Path,
    install,
    deps: Path,
    url: str,
    send_delay: int = 300,
    granted: bool = True,
    stall: bool = False,
    params: Optional[Dict[str, Dict[str, Tuple[str, Any]]]] = None,
) -> freecad_runner.Profile:
    """A profile with the add-on installed, pointed at `url`; consent granted (all four
    categories) or undecided (the first-start question). The default SendDelay is what
    users get; `params` are merged into user.cfg last."""
    profile = bare_profile(root, install, deps, stall)
    profile.install_addon(REPO, ADDON_FOLDER)
    if granted:
        profile.seed_params({GROUP: granted_params(url, send_delay=send_delay)})
    else:
        profile.seed_params(
            {GROUP: {"PostHogHost": ("Text", url), "SendDelay": ("Int", send_delay)}}
        )
    if params:
        profile.seed_params(params)
    return profile


def granted_profile(root: Path, install, deps: Path, url: str) -> freecad_runner.Profile:
    """A profile with the add-on installed, consent granted, pointed at `url`."""
    return addon_profile(root, install, deps, url)


def addon_dir(profile: freecad_runner.Profile) -> Path:
    return profile.mod_dir / ADDON_FOLDER


def install_probe(profile: freecad_runner.Profile, stall: bool = False) -> None:
    """fc_probe.py as the profile's usercustomize; with `stall`, a Mod folder starting the
    5 ms timer from its InitGui.py (it waits for the shown window before measuring)."""
    profile.site_packages.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROBE, profile.site_packages / "usercustomize.py")
    if stall:
        code = "import usercustomize\nusercustomize.start_stall_timer()\n"
        profile.add_mod_folder(PROBE_MOD, {"InitGui.py": code})


def copy_bytecode(source: freecad_runner.Profile, target: freecad_runner.Profile) -> None:
    """A returning user's warm byte-code cache: the __pycache__ folders FreeCAD wrote for
    the add-on in `source` (same sources, same mtimes: valid in `target` too; Python fixes
    co_filename to the file actually loaded)."""
    for cache in addon_dir(source).rglob("__pycache__"):
        destination = addon_dir(target) / cache.relative_to(addon_dir(source))
        shutil.copytree(cache, destination, dirs_exist_ok=True)


def start(
    install, profile, display: str, run_dir: Path, out: Path, timed: bool, spawns: bool = False
):
    """FreeCAD on `profile`, once the agents of the bench's earlier sessions have ended; the
    probe writes to `out` at exit and, with `timed`, profiles the add-on's frames on the
    main thread; with `spawns`, records when the add-on starts its agent."""
    wait_for_agents()
    env = {"FCT_PROBE_OUT": str(out)}
    if timed:
        env["FCT_PROBE_ROOT"] = str(addon_dir(profile))
    if spawns:
        env["FCT_PROBE_SPAWNS"] = "1"
    return freecad_runner.FreeCADSession(install, profile, display, run_dir, env)


def quit_marked(session) -> float:
    """Close the main window like a user, marking the probe's quit phase just before."""
    return session.quit(before="import usercustomize\nusercustomize.mark('quit')")


def scratch() -> tempfile.TemporaryDirectory[str]:
    """The run's folder for profiles; its name marks the session agents started from them.
    (The agents may still write into it while it is removed: their own files.)"""
    return tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, ignore_cleanup_errors=True)


def wait_for_agents(timeout: float = AGENT_WAIT) -> None:
    """Until no session agent of a bench profile runs any more (it outlives FreeCAD to send
    the session's end): each session then starts on an idle machine, as a person's next
    start does, not sharing the cores with the sending of the session just measured."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(_is_bench_agent(pid) for pid in os.listdir("/proc") if pid.isdigit()):
            return
        time.sleep(0.1)


def _is_bench_agent(pid: str) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as stream:
            words = stream.read().split(b"\0")
    except OSError:  # ended meanwhile
        return False
    marker = SCRATCH_PREFIX.encode()
    return b"freecad_telemetry" in words and b"agent" in words and any(marker in w for w in words)


def read_probe(out: Path) -> Dict[str, Any]:
    if not out.exists():
        raise RuntimeError(f"the probe wrote nothing to {out} (did FreeCAD run atexit?)")
    return json.loads(out.read_text(encoding="utf-8"))


def version_label(install) -> str:
    return f"FreeCAD {install.version_text} (Python {'.'.join(map(str, install.python_version))})"


def summary(values: Iterable[float], scale: float = 1000.0, unit: str = "ms", digits=1) -> str:
    """'median (min–max), n' of `values` multiplied by `scale`."""
    values = [v * scale for v in values]
    if not values:
        return "n/a"
    return (
        f"{statistics.median(values):.{digits}f} {unit} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f}, n={len(values)})"
    )

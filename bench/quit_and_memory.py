"""Quit → exit and peak RSS of FreeCAD's process, with and without the add-on, in real FreeCAD.

For each server state (up, black hole, refused; the capture server on 127.0.0.1) it runs
FreeCAD without the add-on (A) and with it (B) as pairs, the states and the pairs interleaved
in one run (round i: up, black hole, refused; A B in even rounds, B A in odd ones, so that
neither side always goes first), after one discarded warm-up round: each profile is reused
from session to session (a returning user: consent granted, default SendDelay, so the
session's events leave at quit; warm byte-code). Δ is printed twice: the difference of the
medians, and the median of the pairs' own differences (less sensitive to the machine's
drift over the run).
Each session quits 2 s after the window is up, like a user closing the main window.
  quit → exit: from the main window's close to the process's exit (as the harness sees it);
  peak RSS:    VmHWM of FreeCAD's process, read by the probe (bench/fc_probe.py) just
               before the close and again in its atexit handler, which runs last (the
               larger of the two: the whole session including quit).
Targets (issue #11): quit within +0.02 s and peak RSS within +2 MB of no add-on.
Run: python3 bench/quit_and_memory.py [--runs 5] [--host 0.20|1.1]
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Dict, List, Tuple

import bench_setup as bs
from capture_server import CaptureServer

MODES = (("ok", "server up"), ("blackhole", "black hole"), ("refused", "refused"))
SESSION_SECONDS = 2.0


def one_run(install, xvfb, profile, work: Path) -> Tuple[float, float]:
    """(quit → exit seconds, peak RSS in MB). The kernel updates VmHWM lazily (a later reading
    can be a little lower), so the peak is the larger of the two readings."""
    out = work / "probe.json"
    session = bs.start(install, profile, xvfb.display, work, out, timed=False)
    try:
        session.wait_ready()
        time.sleep(SESSION_SECONDS)
        seconds = bs.quit_marked(session)
    finally:
        session.kill()
    probe = bs.read_probe(out)
    return seconds, max(probe["hwm_kb_quit"], probe["hwm_kb_exit"]) / 1024


def line(label: str, base: List[float], ours: List[float], unit: str, digits: int) -> str:
    delta = statistics.median(ours) - statistics.median(base)
    pairs = [b - a for a, b in zip(base, ours)]
    return (
        f"  {label:21} without {bs.summary(base, 1, unit, digits)}\n"
        f"  {'':21} with    {bs.summary(ours, 1, unit, digits)}   "
        f"Δ median {delta:+.{digits}f} {unit}\n"
        f"  {'':21} pairs' Δ {bs.summary(pairs, 1, unit, digits)}"
    )


def main() -> None:
    args = bs.parse_args(__doc__)
    install, deps, xvfb = bs.freecad_deps_and_screen()
    rows: Dict[str, Dict[bool, List[Tuple[float, float]]]] = {}
    try:
        with CaptureServer() as server, bs.scratch() as tmp:
            profiles = {}
            for mode, _ in MODES:
                root = Path(tmp) / mode
                profiles[mode] = {
                    False: bs.bare_profile(root / "bare", install, deps),
                    True: bs.addon_profile(root / "addon", install, deps, server.url),
                }
                rows[mode] = {False: [], True: []}
            for i in range(args.runs + 1):  # round 0 is a warm-up: discarded
                for mode, _ in MODES:
                    server.set_mode(mode)
                    for with_addon in (False, True) if i % 2 == 0 else (True, False):
                        work = Path(tmp) / mode / f"run{i}-{with_addon}"
                        result = one_run(install, xvfb, profiles[mode][with_addon], work)
                        if i:
                            rows[mode][with_addon].append(result)
    finally:
        xvfb.stop()
    print(
        f"{bs.version_label(install)} under Xvfb, {args.runs} pairs per server state "
        "(states and pairs interleaved, warm-up round discarded); median (min–max)"
    )
    for mode, label in MODES:
        base, ours = rows[mode][False], rows[mode][True]
        print(f"{label}:")
        print(line("quit → exit", [r[0] for r in base], [r[0] for r in ours], "s", 3))
        print(line("peak RSS (VmHWM)", [r[1] for r in base], [r[1] for r in ours], "MB", 1))


if __name__ == "__main__":
    main()

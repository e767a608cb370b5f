"""The add-on's total time on FreeCAD's GUI thread over whole sessions, in real FreeCAD.

A profile hook on FreeCAD's main thread (bench/fc_probe.py, installed as usercustomize, so it
runs before FreeCAD loads any add-on) times every outermost frame whose code lies under the
installed add-on folder, including everything it calls (imports, Qt, sqlite), whoever
triggered it (FreeCAD's loader, timers, signals, aboutToQuit, atexit); the hook's own cost
(events counted inside those frames x the per-event cost calibrated in the same process) is
subtracted. Threads the add-on starts are not profiled.

Two kinds of session, interleaved, after one discarded warm-up round (warm byte-code cache):
  granted: a returning user, consent granted, no dialog (one profile, reused);
  dialog:  the add-on's first start (fresh profile, consent undecided, byte-code copied from
           the granted profile): the question opens 1 s after the window is shown and is
           answered "Share" by the harness as soon as it is seen; the "answer" phase is the
           add-on's work once Share is clicked, and time the dialog sits open is not counted
           (it is not modal: no add-on frame runs while it waits).
Wall time is what FreeCAD waits; on a busy machine it includes time the GUI thread was
runnable but not running, so the main thread's CPU time in the same frames is printed too.
Phases: splash (FreeCAD's loader until the window is shown), window (after it, until quit or
the answer), answer, quit (the close, aboutToQuit, atexit). Each session lasts ~2 s after the
window is shown. --dialog 0 runs the granted sessions only (more runs in the same time).
Run: python3 bench/gui_thread_time.py [--runs 5] [--host 0.20|1.1] [--dialog 1]
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, List

import bench_setup as bs
from capture_server import CaptureServer
from consent_clicks import SHARE, wait_for_dialog

PHASES = ("splash", "window", "answer", "quit")
SESSION_SECONDS = 2.0


def phases(probe: Dict[str, Any]) -> Dict[str, Any]:
    """Seconds per phase (hook cost subtracted), the hook events, the largest blocks."""
    marks = probe["marks"]
    bounds = sorted((marks[p], p) for p in ("window", "answer", "quit") if p in marks)
    cost = float(probe.get("event_cost_s", 0.0))
    totals: Dict[str, float] = dict.fromkeys(PHASES, 0.0)
    labels: Dict[str, float] = defaultdict(float)
    events, cpu = 0, 0.0
    for start, seconds, count, label, cpu_seconds in probe["blocks"]:
        phase = "splash"
        for moment, name in bounds:
            if start >= moment:
                phase = name
        net = max(0.0, seconds - count * cost)
        totals[phase] += net
        labels[f"{phase:6} {label}"] += net
        events += count
        cpu += max(0.0, cpu_seconds - count * cost)
    totals["total"] = sum(totals[p] for p in PHASES)
    totals["cpu"] = cpu
    top = sorted(labels.items(), key=lambda item: -item[1])[:6]
    return {"totals": totals, "events": events, "cost": cost, "top": top}


def granted_run(install, xvfb, profile, work: Path) -> Dict[str, Any]:
    out = work / "probe.json"
    session = bs.start(install, profile, xvfb.display, work, out, timed=True)
    try:
        session.wait_ready()
        time.sleep(SESSION_SECONDS)
        bs.quit_marked(session)
    finally:
        session.kill()
    return phases(bs.read_probe(out))


def dialog_run(install, xvfb, deps, warm, url: str, work: Path) -> Dict[str, Any]:
    profile = bs.addon_profile(work / "profile", install, deps, url, granted=False)
    bs.copy_bytecode(warm, profile)
    out = work / "probe.json"
    session = bs.start(install, profile, xvfb.display, work / "run", out, timed=True)
    try:
        session.wait_ready()
        wait_for_dialog(session)
        session.run(f"import usercustomize\nusercustomize.mark('answer')\n{SHARE}")
        time.sleep(SESSION_SECONDS)
        bs.quit_marked(session)
    finally:
        session.kill()
    return phases(bs.read_probe(out))


def report(kind: str, results: List[Dict[str, Any]]) -> None:
    print(f"{kind}:")
    for name in (*PHASES, "total", "cpu"):
        values = [r["totals"][name] for r in results]
        if name == "answer" and not any(values):
            continue
        label = "total, main thread's CPU time" if name == "cpu" else name
        print(f"  {label:7} {bs.summary(values, digits=2)}")
    events = [r["events"] for r in results]
    cost = statistics.median(r["cost"] for r in results)
    print(
        f"  hook: {statistics.median(events):.0f} events inside the add-on's frames per session "
        f"x {cost * 1e6:.3f} µs subtracted ({statistics.median(events) * cost * 1000:.2f} ms)"
    )
    median_run = sorted(results, key=lambda r: r["totals"]["total"])[len(results) // 2]
    print("  largest blocks of the median session (phase, outermost add-on frame, ms):")
    for label, seconds in median_run["top"]:
        print(f"    {seconds * 1000:8.2f}  {label}")


def main() -> None:
    args = bs.parse_args(__doc__, dialog=(int, 1))
    install, deps, xvfb = bs.freecad_deps_and_screen()
    granted: List[Dict[str, Any]] = []
    dialog: List[Dict[str, Any]] = []
    try:
        with CaptureServer() as server, bs.scratch() as tmp:
            root = Path(tmp)
            warm = bs.addon_profile(root / "granted", install, deps, server.url)
            for i in range(args.runs + 1):  # round 0 warms the byte-code cache: discarded
                g = granted_run(install, xvfb, warm, root / f"g{i}")
                if args.dialog:
                    d = dialog_run(install, xvfb, deps, warm, server.url, root / f"d{i}")
                if i:
                    granted.append(g)
                    dialog += [d] if args.dialog else []
    finally:
        xvfb.stop()
    print(
        f"add-on's GUI-thread time per session, {bs.version_label(install)} under Xvfb, "
        f"{args.runs} sessions each (interleaved, warm-up discarded); median (min–max)"
    )
    report("consent granted, no dialog", granted)
    if dialog:
        report("first start, question answered Share at once (answer = after the click)", dialog)


if __name__ == "__main__":
    main()

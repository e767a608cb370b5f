"""Start-up cost of the add-on in real FreeCAD: GUI-thread time and spawn -> ready.

Starts FreeCAD (GUI, Xvfb) N times without the add-on and N times with it (interleaved,
after one discarded warm-up each), and prints medians and ranges of:
  * the GUI-thread time of our InitGui.py (the splash-screen phase; target <= 5 ms),
  * the GUI-thread time of the ready callback (main window shown; consent granted, so it
    does its full work: settings, consent, id, snapshot, thread start),
  * spawn -> ready (noisy: compare medians taken back to back).
Timing code is added around a copy of the add-on's entry file; the add-on itself is not
changed. Run: python3 bench/startup_cost.py [--runs 5]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import freecad_runner  # noqa: E402
from bench_setup import freecad_deps_and_screen, granted_profile  # noqa: E402
from capture_server import CaptureServer  # noqa: E402

TIMED_ENTRY = """
import time as _t
_t0 = _t.perf_counter()
{original}
_t1 = _t.perf_counter()
import json as _json, os as _os
import freecad_telemetry.lifecycle as _lifecycle
_out = _os.environ["FCT_BENCH_OUT"]
_json.dump({{"entry_s": _t1 - _t0}}, open(_out + ".entry", "w"))
_orig_ready = _lifecycle.Session.gui_ready
def _timed_ready(self, _orig=_orig_ready, _out=_out, _t=_t, _json=_json):
    a = _t.perf_counter()
    _orig(self)
    _json.dump({{"ready_s": _t.perf_counter() - a}}, open(_out + ".ready", "w"))
_lifecycle.Session.gui_ready = _timed_ready
"""


def run_once(
    install, display, work: Path, with_addon: bool, deps: Path, url: str, warm: bool = True
) -> dict:
    out = work / "timing"
    env = {"FCT_BENCH_OUT": str(out)}
    if with_addon:
        profile = granted_profile(work / "profile", install, deps, url)
        entry = profile.mod_dir / "Telemetry" / "InitGui.py"
        entry.write_text(TIMED_ENTRY.format(original=entry.read_text()))
        if warm:  # a returning user: FreeCAD compiled the add-on at an earlier start
            compileall.compile_dir(str(entry.parent / "freecad_telemetry"), quiet=1)
    else:
        profile = freecad_runner.Profile(work / "profile", install)
        profile.python_path([deps])
    session = freecad_runner.FreeCADSession(install, profile, display, work / "run", env)
    try:
        ready = session.wait_ready()
        session.run("import time; time.sleep(0.5); result = 1")  # let the ready callback finish
        result = {"ready": ready}
        for suffix in ("entry", "ready"):
            path = Path(f"{out}.{suffix}")
            if path.exists():
                import json

                result.update(json.loads(path.read_text()))
        session.quit()
        return result
    finally:
        session.kill()


def summary(values) -> str:
    if not values:
        return "n/a"
    return (
        f"median {statistics.median(values) * 1000:8.2f} ms  "
        f"range {min(values) * 1000:.2f}-{max(values) * 1000:.2f} ms  n={len(values)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    install, deps, xvfb = freecad_deps_and_screen()
    results = {False: [], True: []}
    try:
        with CaptureServer() as server, tempfile.TemporaryDirectory() as tmp:
            for i in range(args.runs + 1):
                for with_addon in (False, True):
                    r = run_once(
                        install,
                        xvfb.display,
                        Path(tmp) / f"{i}-{with_addon}",
                        with_addon,
                        deps,
                        server.url,
                    )
                    if i > 0:  # the first of each is a warm-up
                        results[with_addon].append(r)
    finally:
        xvfb.stop()
    base, ours = results[False], results[True]
    print(
        f"FreeCAD {'.'.join(map(str, install.version))} GUI under Xvfb, {args.runs} runs each "
        "(interleaved, warm-up discarded)"
    )
    print("add-on InitGui.py, GUI thread : " + summary([r["entry_s"] for r in ours]))
    print(
        "ready callback, GUI thread    : " + summary([r["ready_s"] for r in ours if "ready_s" in r])
    )
    print("spawn -> ready, without add-on: " + summary([r["ready"] for r in base]))
    print("spawn -> ready, with add-on   : " + summary([r["ready"] for r in ours]))
    print("(reference add-on, same harness: InitGui.py 400 ms; spawn->ready 4.13 s -> 4.58 s)")


if __name__ == "__main__":
    main()

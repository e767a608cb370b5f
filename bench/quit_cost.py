"""Quit -> process exit in real FreeCAD, and bytes on the wire per session.

For each server state (up, black hole, refused) it runs FreeCAD N times with the add-on
(consent granted, pointed at a capture server on 127.0.0.1) interleaved with N runs
without it, quitting 2 s after ready; it prints medians and ranges of quit -> exit (target
<= 0.25 s in all three; baseline without the add-on 0.18 s; the reference add-on measured
6.3 s up, 68.4 s black hole, 13.3 s refused) and, with the server up, the bytes received
per session. Run: python3 bench/quit_cost.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import freecad_runner  # noqa: E402
from bench_setup import freecad_deps_and_screen, granted_profile  # noqa: E402
from capture_server import CaptureServer  # noqa: E402


def one_run(install, display, work: Path, deps: Path, url, keep_profile=None):
    profile = keep_profile
    if profile is None and url is not None:
        profile = granted_profile(work / "profile", install, deps, url)
    elif profile is None:  # the baseline: FreeCAD without the add-on
        profile = freecad_runner.Profile(work / "profile", install)
        profile.python_path([deps])
    session = freecad_runner.FreeCADSession(install, profile, display, work / f"run{time.time()}")
    try:
        session.wait_ready()
        time.sleep(2.0)
        return session.quit(), profile
    finally:
        session.kill()


def fmt(values):
    return (
        f"median {statistics.median(values):.3f} s  range {min(values):.3f}-"
        f"{max(values):.3f} s  n={len(values)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    install, deps, xvfb = freecad_deps_and_screen()
    rows = {}
    try:
        with CaptureServer() as server, tempfile.TemporaryDirectory() as tmp:
            for mode in ("ok", "blackhole", "refused"):
                server.set_mode(mode)
                base, ours = [], []
                for i in range(args.runs + 1):  # run 0 of each is a warm-up
                    b, _ = one_run(install, xvfb.display, Path(tmp) / f"{mode}b{i}", deps, None)
                    o, _ = one_run(
                        install, xvfb.display, Path(tmp) / f"{mode}o{i}", deps, server.url
                    )
                    if i:
                        base.append(b)
                        ours.append(o)
                rows[mode] = (base, ours)
            # Bytes per session: a returning user's session (profile reused, server up).
            server.set_mode("ok")
            _, kept = one_run(install, xvfb.display, Path(tmp) / "bytes0", deps, server.url)
            server.clear()
            one_run(install, xvfb.display, Path(tmp) / "bytes1", deps, server.url, kept)
            time.sleep(0.5)
            wire, requests, events = server.wire_bytes(), len(server.requests), len(server.events)
    finally:
        xvfb.stop()
    print(f"quit -> exit, FreeCAD 0.20.2 GUI under Xvfb, {args.runs} runs each, interleaved")
    for mode, label in (
        ("ok", "server up "),
        ("blackhole", "black hole"),
        ("refused", "refused   "),
    ):
        base, ours = rows[mode]
        print(f"  {label}  without add-on: {fmt(base)}")
        print(f"  {label}  with add-on   : {fmt(ours)}")
    print(
        f"bytes on the wire for one session (start + quit, server up): {wire} bytes in "
        f"{requests} requests, {events} events (reference add-on: 3766 bytes, 6 events)"
    )


if __name__ == "__main__":
    main()

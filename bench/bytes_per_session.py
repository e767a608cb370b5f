"""Bytes on the wire per FreeCAD session, in real FreeCAD against the capture server.

One first session (which sends the snapshots), then N restarts with nothing changed; prints
the bytes each session put on the wire (its start events and, at quit, its end), the events
it sent, and how many snapshot events were repeated (target: none, and <= 1 KB per unchanged
session; the reference add-on: 3.8 KB in 6 events at every start).
Run: python3 bench/bytes_per_session.py [--restarts 10] [--host 0.20|1.1]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import freecad_runner  # noqa: E402
from bench_setup import (  # noqa: E402
    freecad_deps_and_screen,
    granted_profile,
    parse_args,
    scratch,
    version_label,
)
from capture_server import CaptureServer  # noqa: E402

SNAPSHOTS = {"freecad_version", "freecad_system_info", "freecad_preferences", "freecad_addon_list"}


def main() -> None:
    args = parse_args(__doc__, restarts=(int, 10))
    install, deps, xvfb = freecad_deps_and_screen()
    rows = []
    try:
        with CaptureServer() as server, scratch() as tmp:
            profile = granted_profile(Path(tmp) / "profile", install, deps, server.url)
            for run in range(args.restarts + 1):
                bytes_before, events_before = server.wire_bytes(), len(server.events)
                session = freecad_runner.FreeCADSession(
                    install, profile, xvfb.display, Path(tmp) / f"run{run}"
                )
                try:
                    session.wait_ready()
                    time.sleep(1.5)
                    session.quit()
                finally:
                    session.kill()
                time.sleep(0.3)
                events = [e["event"] for e in server.events[events_before:]]
                rows.append((server.wire_bytes() - bytes_before, events))
    finally:
        xvfb.stop()
    first, later = rows[0], rows[1:]
    print(f"{version_label(install)} under Xvfb, against the capture server on 127.0.0.1")
    print(f"first session: {first[0]} bytes, {len(first[1])} events ({', '.join(first[1])})")
    sizes = [size for size, _ in later]
    repeated = sum(1 for _, events in later for e in events if e in SNAPSHOTS)
    print(
        f"{len(later)} unchanged sessions: median {statistics.median(sizes):.0f} bytes "
        f"(range {min(sizes)}-{max(sizes)}), events per session "
        f"{statistics.median(len(e) for _, e in later):.0f}, repeated snapshots: {repeated}"
    )
    print("(bytes = HTTP request line + headers + gzip body as received on 127.0.0.1)")


if __name__ == "__main__":
    main()

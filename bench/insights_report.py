"""The offline insights report on a million events: wall time and peak memory.

Writes about 1,000,000 events of about 100,000 installs as JSON Lines shaped exactly like the
capture server's records, from insights/simulate_population.py's installs and schedules
(versions, systems, languages, preferences, add-ons, crashes, second windows, test rigs,
re-sent events), directly rather than through HTTP and the add-on (that path, simulate(), makes
about 1,000 events a second; the tests use it). The record shape is taken from a few
installs simulated through the add-on into the capture server, and checked. Then it runs
the report as `python -m freecad_telemetry insights` does offline: compute() with
DuckDBEngine, then write_report(). Target: under 60 s and under 2 GB on 2 cores.
Run: python3 bench/insights_report.py [--installs 115000] [--activity 0.12] [--k 10] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Dict, Iterator, List, Sequence, Set, Tuple

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]  # the add-on and the tests' capture server

from freecad_telemetry import __version__  # noqa: E402
from freecad_telemetry.fields import SCHEMA_VERSION, SNAPSHOT_DAYS  # noqa: E402
from freecad_telemetry.insights import simulate, simulate_population  # noqa: E402
from freecad_telemetry.insights.simulate_population import Install, Session  # noqa: E402

START, END = date(2026, 1, 5), date(2026, 2, 2)  # four weeks, Monday to Monday
SCRATCH_PREFIX = "fct-bench-run-"  # as bench_setup.py names its scratch folders
WRITERS = 2
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def _line(record: Dict[str, Any]) -> str:
    return _ENCODER.encode(record) + "\n"


Shape = Dict[str, Any]  # per event name: its record's keys, its property keys, the SDK's values


def record_shape(scratch: Path) -> Shape:
    """What the capture server records for each event of a few installs simulated through
    the add-on: top-level keys, property keys, and the posthog library's own properties."""
    from capture_server import CaptureServer

    path = scratch / "shape.jsonl"
    with CaptureServer(record_path=path) as server:
        installs = simulate_population.population(3, START, END)
        simulate.simulate(installs, START, END, server.url, scratch / "sim", 1)
    shape: Shape = {}
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            props = record["properties"]
            shape[record["event"]] = {
                "keys": sorted(record),
                "properties": sorted(props),
                "sdk": {k: v for k, v in props.items() if k.startswith("$")},
                "token": record["token"],
            }
    return shape


class _Writer:
    """One install's events in the order its session agent stores them: earlier unclean
    shutdowns and the start at a start (snapshots when changed or a week old), the end at
    a quit."""

    def __init__(self, install: Install, shape: Shape, rng: random.Random) -> None:
        self.install, self.shape, self.rng = install, shape, rng
        self.state = simulate_population.snapshot_properties(install)
        self.sequence = install.earlier_sessions
        self.snapshot_at: Dict[str, datetime] = {}
        self.dead: List[Tuple[Session, int]] = []  # crashed sessions not reported yet
        self.running: Dict[int, Tuple[int, int]] = {}  # session -> (sequence, age)

    def records(self, sessions: Sequence[Session]) -> Iterator[Dict[str, Any]]:
        steps = sorted([(s.start, 1, n) for n, s in enumerate(sessions)]
                       + [(s.end, 0, n) for n, s in enumerate(sessions)])  # fmt: skip
        for _moment, begins, n in steps:
            yield from (self.begin if begins else self.end)(n, sessions[n])

    def begin(self, n: int, session: Session) -> Iterator[Dict[str, Any]]:
        self.sequence += 1
        now = session.start
        facts = self.running[n] = (self.sequence, self.install.age(now.date()))
        for dead, sequence in self.dead:
            yield self.record("freecad_unclean_shutdown", dead.end, facts, {
                "session_seconds": int((dead.end - dead.start).total_seconds()),
                "previous_freecad_version": self.install.release.text,
                "previous_addon_version": __version__,
                "previous_session_sequence": sequence,
            })  # fmt: skip
        self.dead = []
        yield self.record("freecad_startup", now, facts, {})
        for name, props in self.state.items():
            last = self.snapshot_at.get(name)
            if last is None or now - last >= timedelta(days=SNAPSHOT_DAYS):
                self.snapshot_at[name] = now
                yield self.record(name, now, facts, props)

    def end(self, n: int, session: Session) -> Iterator[Dict[str, Any]]:
        facts = self.running.pop(n)
        if session.crashed:
            self.dead.append((session, facts[0]))
            return
        seconds = int((session.end - session.start).total_seconds())
        yield self.record("freecad_shutdown", session.end, facts, {"session_seconds": seconds})

    def record(
        self, name: str, moment: datetime, facts: Tuple[int, int], own: Dict[str, Any]
    ) -> Dict[str, Any]:
        properties = {
            "addon_version": __version__, "schema_version": SCHEMA_VERSION,
            "session_sequence": facts[0], "install_age_days": facts[1],
            "release_channel": self.install.release.channel, **own, **self.shape[name]["sdk"],
        }  # fmt: skip
        return {
            "properties": properties,
            "timestamp": moment.isoformat(),
            "distinct_id": self.install.install_id,
            "event": name,
            "uuid": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
            "token": self.shape[name]["token"],
        }


def write_part(
    path: Path, indices: range, installs: int, activity: float, shape: Shape
) -> Tuple[int, int, Dict[str, Dict[str, Set[str]]]]:
    """Write the installs `indices` of the population (in a writer process); the records
    written (1 % twice, as re-sent events), the ids written, and the keys seen per event."""
    rng = random.Random(f"bench:{indices.start}")
    written, ids, keys = 0, 0, {}
    with path.open("w", encoding="utf-8") as stream:
        for index in indices:
            install = simulate_population.drawn(index, installs, START, END, activity=activity)
            sessions = simulate_population.schedule(install, START, END)
            ids += bool(sessions)
            for record in _Writer(install, shape, rng).records(sessions):
                copies = 2 if rng.random() < simulate.DUPLICATE_SHARE else 1
                stream.write(_line(record) * copies)
                written += copies
                seen = keys.setdefault(record["event"], {"keys": set(), "properties": set()})
                seen["keys"].update(record)
                seen["properties"].update(record["properties"])
    return written, ids, keys


def write_events(
    folder: Path, installs: int, activity: float, shape: Shape
) -> Tuple[List[Path], int]:
    total = installs + simulate_population.rigs(installs)
    step = -(-total // WRITERS)
    parts = [folder / f"events-{n}.jsonl" for n in range(WRITERS)]
    ranges = [range(n * step, min(total, (n + 1) * step)) for n in range(WRITERS)]
    with ProcessPoolExecutor(WRITERS, multiprocessing.get_context("spawn")) as pool:
        done = list(pool.map(write_part, parts, ranges, [installs] * WRITERS,
                             [activity] * WRITERS, [shape] * WRITERS))  # fmt: skip
    for _written, _ids, keys in done:
        for name, seen in keys.items():
            expected = (set(shape[name]["keys"]), set(shape[name]["properties"]))
            if (seen["keys"], seen["properties"]) != expected:
                sys.exit(f"{name}: the bench's records are not shaped like the capture server's")
    return parts, sum(part[0] for part in done), sum(part[1] for part in done)


def run_report(parts: List[Path], k: int, out: Path) -> Dict[str, Any]:
    from freecad_telemetry.insights.compute import compute
    from freecad_telemetry.insights.dialects import Period
    from freecad_telemetry.insights.engine_duckdb import DuckDBEngine
    from freecad_telemetry.insights.report import write_report

    with DuckDBEngine(parts) as engine:
        results = compute(engine, Period(START, END), k)
    write_report(results, out)
    return results


def _megabytes(kilobytes: int) -> str:
    return f"{kilobytes / 1024:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installs", type=int, default=115_000, help="people's installs drawn")
    parser.add_argument("--activity", type=float, default=0.12, help="days with FreeCAD, scaled")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--keep", type=Path, help="write the report folder here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX) as tmp:
        scratch = Path(tmp)
        shape = record_shape(scratch)
        began = time.perf_counter()
        parts, records, ids = write_events(scratch, args.installs, args.activity, shape)
        written = time.perf_counter() - began
        size = sum(p.stat().st_size for p in parts)
        began = time.perf_counter()
        results = run_report(parts, args.k, args.keep or scratch / "report")
        reported = time.perf_counter() - began
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    quality = next(q for q in results["questions"] if q["name"] == "data_quality")
    active = next((r[3] for r in quality["rows"] if r[:2] == ["ids kept", "active installs"]), 0)
    started = next((r[2] for r in quality["rows"] if r[:2] == ["events", "received"]), 0)
    print(f"insights report, DuckDB engine, k = {args.k}, period {START} to {END} (4 weeks)")
    print(f"input: {records:,} records ({size / 1e6:,.0f} MB of JSON Lines) of {ids:,} installs; "
          f"{started:,} of them seen in the period, {active:,} active")  # fmt: skip
    print("| step | wall | peak RSS |")
    print("|---|---|---|")
    print(f"| write the JSON Lines ({WRITERS} processes; not the target) | {written:.1f} s "
          f"| {_megabytes(child_peak)} (largest writer) |")  # fmt: skip
    print(f"| report: load, {len(results['questions'])} questions, write_report (target < 60 s, "
          f"< 2 GB) | {reported:.1f} s | {_megabytes(self_peak)} (this process) |")  # fmt: skip


if __name__ == "__main__":
    main()

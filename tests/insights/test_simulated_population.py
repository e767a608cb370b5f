"""The report on a simulated population made by the real add-on (insights/simulate.py): its
collectors, session sentinels and posthog transport, into the capture server. Every figure
the report publishes must equal what the population is known to hold, exactly; no published
cell may rest on fewer than k installs; test rigs and re-sent events must not count.

WHEN this runs: once per test run the population is played (two worker processes, sending
to one capture server on 127.0.0.1 in this process; about a minute on 2 cores) and its JSON
Lines kept in the run's tmp folder; then DuckDB computes the report from them.
"""

from __future__ import annotations

import fcntl
import json
import os
import pickle
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Sequence, Tuple

import pytest
from capture_server import CaptureServer

from freecad_telemetry.insights.simulate import simulate
from freecad_telemetry.insights.simulate_population import (
    PREFERENCES,
    population,
    schedule,
    snapshot_properties,
)
from freecad_telemetry.insights.simulate_truth import InstallTruth, Truth

INSTALLS = 2500  # people's installs; the rigs come on top
START, END = date(2026, 1, 5), date(2026, 2, 2)  # four weeks, Monday to Monday
K = 10
FAST_DISK = Path("/dev/shm")  # every sentinel write is fsynced: tmpfs where there is one

Cells = Dict[Tuple[str, ...], Tuple[int, ...]]  # dimensions -> measures


@pytest.fixture(scope="session")
def simulated(tmp_path_factory) -> Tuple[Path, Truth]:
    """The population's events as the capture server recorded them, and its truth: played
    once per test run, also when pytest-xdist's workers all ask for it (the first one plays
    it under a lock in the run's tmp folder, the others wait and read it)."""
    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = folder.parent  # this run's folder, shared by its workers
    folder = folder / "simulated-population"
    folder.mkdir(exist_ok=True)
    records, kept = folder / "events.jsonl", folder / "truth.pickle"
    with (folder / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not kept.is_file():
            records.unlink(missing_ok=True)  # a run interrupted half-way: play it again
            kept.write_bytes(pickle.dumps(_play(records)))
    return records, pickle.loads(kept.read_bytes())


def _play(records: Path) -> Truth:
    scratch = str(FAST_DISK) if FAST_DISK.is_dir() and os.access(FAST_DISK, os.W_OK) else None
    with tempfile.TemporaryDirectory(dir=scratch, prefix="fct-simulated-") as root:
        with CaptureServer(record_path=records) as server:
            return simulate(population(INSTALLS, START, END), START, END, server.url, Path(root))


@pytest.fixture(scope="session")
def records(simulated) -> List[Dict[str, Any]]:
    """The capture server's records, re-sent copies included."""
    with simulated[0].open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def _report(paths: Sequence[Path]) -> Dict[str, Any]:
    from freecad_telemetry.insights.compute import compute
    from freecad_telemetry.insights.dialects import Period
    from freecad_telemetry.insights.engine_duckdb import DuckDBEngine

    with DuckDBEngine(paths) as engine:
        return compute(engine, Period(START, END), K)


@pytest.fixture(scope="session")
def report(simulated) -> Dict[str, Any]:
    """Results, as `insights` computes them offline from the capture server's records."""
    return _report([simulated[0]])


# --- the truth in the shape of each question -------------------------------------------------


def _release(t: InstallTruth) -> str:
    release = t.install.release
    return ".".join(release.version[:2]) + {"rc": " rc", "dev": " dev"}.get(release.channel, "")


def _cells(
    installs: Sequence[InstallTruth],
    keys: Callable[[InstallTruth], Iterable[Tuple[str, ...]]],
    measures: Callable[[List[InstallTruth]], Tuple[int, ...]] = lambda ts: (len(ts),),
) -> Cells:
    grouped: Dict[Tuple[str, ...], List[InstallTruth]] = defaultdict(list)
    for t in installs:
        for key in set(keys(t)):
            grouped[key].append(t)
    return {key: measures(members) for key, members in grouped.items()}


def _usage(ts: List[InstallTruth]) -> Tuple[int, ...]:
    return len(ts), sum(t.starts for t in ts), sum(t.unclean for t in ts)


def _preference_text(value: Any) -> str:
    """A preference as the engines give a JSON member as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _preference_cells(truth: Truth) -> Cells:
    from freecad_telemetry.insights.question_sql import CHANGED, default_label
    from freecad_telemetry.insights.questions import tracked_preferences

    def label(prop: str, value: Any) -> str:
        if prop == "language":
            return str(value)
        default = _preference_text(PREFERENCES[prop][0])
        text = _preference_text(value)
        if text == default:
            return default_label(text)
        return CHANGED if isinstance(value, list) else text

    tracked = tracked_preferences()
    return _cells(
        truth.active(),
        lambda t: [(p, label(p, t.install.preferences[p])) for p in tracked],
    )


def _quality_cells(truth: Truth) -> Cells:
    from freecad_telemetry import __version__
    from freecad_telemetry.fields import SCHEMA_VERSION

    seen = list(truth.installs.values())
    burst = [t for t in seen if t.install.rig == "burst"]
    rigs = truth.scripted()
    active = truth.active()
    others = [t for t in seen if not t.install.rig and not t.active]

    def row(ids: Sequence[InstallTruth]) -> Tuple[int, ...]:
        return len(seen), len(ids), sum(t.events for t in ids)

    copies = [t for t in seen if t.copies]
    scripted = "ids dropped as scripted"
    return {
        ("events", "received"): (len(seen), len(seen), sum(t.events + t.copies for t in seen)),
        ("events", "duplicates collapsed (same uuid)"): (
            len(seen),
            len(copies),
            sum(t.copies for t in seen),
        ),
        (scripted, "more than 50 startups in a UTC day"): row(burst),
        (scripted, "install_age_days 0 while session_sequence >= 5"): row(rigs),
        (scripted, "either rule"): row(rigs),
        ("ids kept", "active installs"): row(active),
        ("ids kept", "not active (startups on < 2 UTC days or session_sequence < 2)"): row(others),
        ("schema_version", str(SCHEMA_VERSION)): (
            len(seen),
            len(seen),
            sum(t.events for t in seen),
        ),
        ("addon_version", __version__): (len(seen), len(seen), sum(t.events for t in seen)),
    }


def _unclean_by_addon(truth: Truth) -> Cells:
    cells = _cells(truth.active(), lambda t: [(a,) for a in t.install.addons], _usage)
    cells[("(all active installs)",)] = _usage(truth.active())
    return cells


EXPECTED: Dict[str, Callable[[Truth], Cells]] = {
    "installs_by_channel": lambda truth: _cells(
        truth.active(),
        lambda t: [(t.install.release.channel,)],
        lambda ts: (len(ts), sum(t.starts for t in ts)),
    ),
    "installs_by_version": lambda truth: _cells(
        truth.active(),
        lambda t: [(t.install.release.text, t.install.release.channel)],
        lambda ts: (len(ts), sum(t.starts for t in ts)),
    ),
    "release_share_by_week": lambda truth: _cells(
        truth.active(), lambda t: [(week.isoformat(), _release(t)) for week in t.weeks]
    ),
    "operating_systems": lambda truth: _cells(truth.active(), lambda t: [t.install.system[:2]]),
    "architectures": lambda truth: _cells(truth.active(), lambda t: [(t.install.system[2],)]),
    "python_versions": lambda truth: _cells(truth.active(), lambda t: [(t.install.runtime[0],)]),
    "qt_versions": lambda truth: _cells(truth.active(), lambda t: [(t.install.runtime[1],)]),
    "screen_classes": lambda truth: _cells(truth.active(), lambda t: [(t.install.screen[3],)]),
    "languages": lambda truth: _cells(truth.active(), lambda t: [(t.install.language,)]),
    "unclean_shutdowns_by_version": lambda truth: _cells(
        truth.active(), lambda t: [(t.install.release.text,)], _usage
    ),
    "unclean_shutdowns_by_addon": _unclean_by_addon,
    "addon_popularity": lambda truth: _cells(
        truth.active(), lambda t: [(a,) for a in t.install.addons]
    ),
    "addons_by_release": lambda truth: _cells(
        truth.active(), lambda t: [(a, _release(t)) for a in t.install.addons]
    ),
    "preferences": _preference_cells,
    "data_quality": _quality_cells,
}


# --- the simulation itself ---------------------------------------------------------------------


def test_the_addon_sent_each_install_as_drawn(simulated, records):
    """The add-on's own collectors, fed each simulated FreeCAD, sent what the population holds:
    the truth the report is held to is what went out, not a second opinion of it."""
    _path, truth = simulated
    latest: Dict[Tuple[str, str], Dict[str, Any]] = {}
    for record in records:
        if record["event"] != "freecad_startup":
            latest[(record["distinct_id"], record["event"])] = record["properties"]
    for t in truth.installs.values():
        for name, expected in snapshot_properties(t.install).items():
            sent = latest[(t.install.install_id, name)]
            assert {key: sent.get(key) for key in expected} == expected, name


def test_an_unclean_shutdown_is_reported_once_per_crash_and_never_for_a_second_window(records):
    """Every session that ended without a quit and was followed by a start is reported, once;
    a FreeCAD opened while another ran (the sentinels tell it is alive) never is."""
    reported = Counter(r["uuid"] for r in records if r["event"] == "freecad_unclean_shutdown")
    crashes = second_windows = 0
    for install in population(INSTALLS, START, END):
        sessions = schedule(install, START, END)
        last_start = sessions[-1].start if sessions else None
        crashes += sum(1 for s in sessions if s.crashed and last_start and last_start > s.end)
        second_windows += sum(1 for s in sessions if s.second_window)
    assert second_windows > 200
    assert len(reported) == crashes


def test_the_population_holds_what_the_rules_are_about(simulated, records):
    """Rigs of both kinds, re-sent events, installs that are not active, every release
    channel, preferences at and away from their defaults: else the figures prove little."""
    _path, truth = simulated
    assert len(records) == truth.records
    assert len({r["uuid"] for r in records}) < len(records)  # re-sent events arrived twice
    rigs = truth.scripted()
    assert Counter(t.install.rig for t in rigs) == Counter(
        {"burst": len(rigs) - len(rigs) // 2, "steady": len(rigs) // 2}
    )
    assert all(t.busiest_day > 50 for t in rigs if t.install.rig == "burst")
    assert all(t.max_age == 0 and t.max_sequence >= 5 for t in rigs)
    people = [t for t in truth.installs.values() if not t.install.rig]
    assert max(t.busiest_day for t in people) <= 50
    assert 0.5 < len(truth.active()) / len(people) < 0.95
    assert set(truth.count(lambda t: t.install.release.channel)) == {"release", "rc", "dev"}
    for prop, (unset, _share, _choices) in PREFERENCES.items():
        values = truth.count(lambda t, p=prop: json.dumps(t.install.preferences[p]))
        assert json.dumps(unset) in values and len(values) > 1, prop


# --- the report against the truth ------------------------------------------------------------


def _published_truth(name: str, truth: Truth) -> List[List[Any]]:
    """The rows the report must publish: the truth's cells through the k-anonymity rule
    (anonymity.publishable: folding is exact, as each install is in one cell), with the
    ratios the question adds."""
    from freecad_telemetry.insights.anonymity import publishable
    from freecad_telemetry.insights.compute import RATIO_DIGITS
    from freecad_telemetry.insights.questions import question

    q = question(name)
    assert q is not None
    rows, _notes = publishable(q, [k + v for k, v in EXPECTED[name](truth).items()], K)
    published = []
    for row in rows:
        values = dict(zip(q.dimensions + q.measures, row))
        ratios = [round(values[a] / values[b], RATIO_DIGITS) for _r, a, b in q.ratios]
        published.append([*row, *ratios])
    return published


def _named(question: Dict[str, Any]) -> Dict[Tuple[str, ...], Tuple[int, ...]]:
    """The published cells not folded into "(other)": dimensions -> measures."""
    from freecad_telemetry.insights.anonymity import OTHER
    from freecad_telemetry.insights.questions import question as spec

    q = spec(question["name"])
    assert q is not None
    n, m = len(q.dimensions), len(q.measures)
    return {
        tuple(row[:n]): tuple(row[n : n + m]) for row in question["rows"] if OTHER not in row[:n]
    }


def test_every_published_figure_equals_the_truth(report, simulated):
    """Each question's rows are the population's truth: named cells exactly as counted from
    the schedules, "(other)" cells the exact sums of the cells folded into them."""
    _path, truth = simulated
    assert {q["name"] for q in report["questions"]} == set(EXPECTED)
    for question in report["questions"]:
        cells = EXPECTED[question["name"]](truth)
        for dims, measures in _named(question).items():
            assert measures == cells.get(dims), (question["name"], dims)
        assert question["rows"] == _published_truth(question["name"], truth), question["name"]


def test_no_published_cell_rests_on_fewer_than_k_installs(report, simulated):
    """Counted in the population itself: each named cell's installs, and for "(other)" the
    installs of its group that no named cell holds; no add-on named below k; no id."""
    _path, truth = simulated
    for question in report["questions"]:
        cells = EXPECTED[question["name"]](truth)
        named = _named(question)
        for dims in named:
            assert cells[dims][0] >= K, (question["name"], dims)
        n = len(next(iter(cells)))
        for row in question["rows"]:
            assert row[n] >= K, (question["name"], row)
            if "(other)" in row[:n]:
                group = [
                    c
                    for key, c in cells.items()
                    if key not in named
                    and all(a == b for a, b in zip(key, row[:n]) if b != "(other)")
                ]
                assert sum(c[0] for c in group) >= row[n] >= K, (question["name"], row)
    popular = truth.count(lambda t: t.install.addons)
    for name in ("addon_popularity", "addons_by_release", "unclean_shutdowns_by_addon"):
        for row in next(q for q in report["questions"] if q["name"] == name)["rows"]:
            assert row[0] == "(all active installs)" or popular[row[0]] >= K, (name, row)
    text = json.dumps(report)
    assert not any(install_id in text for install_id in truth.installs)


def test_test_rigs_and_resent_events_do_not_count(report, simulated, records, tmp_path):
    """Without the rigs' records and the re-sent copies the report is the same but for the
    data-quality counts of what was dropped; every active install and session is a person's."""
    _path, truth = simulated
    rigs = {t.install.install_id for t in truth.scripted()}
    kept, seen = [], set()
    for record in records:
        if record["distinct_id"] not in rigs and record["uuid"] not in seen:
            kept.append(json.dumps(record))
        seen.add(record["uuid"])
    assert len(kept) < len(records) - len(rigs) * 100  # rigs start FreeCAD 100s of times
    cleaned = tmp_path / "people-once.jsonl"
    cleaned.write_text("\n".join(kept) + "\n", encoding="utf-8")
    again = {q["name"]: q for q in _report([cleaned])["questions"]}
    for question in report["questions"]:
        if question["name"] != "data_quality":
            assert question == again[question["name"]], question["name"]
    channels = next(q for q in report["questions"] if q["name"] == "installs_by_channel")
    assert sum(row[1] for row in channels["rows"]) == len(truth.active())
    assert sum(row[2] for row in channels["rows"]) == sum(t.starts for t in truth.active())
    quality = _named(next(q for q in report["questions"] if q["name"] == "data_quality"))
    assert quality[("ids dropped as scripted", "either rule")][1] == len(rigs)
    copies = sum(t.copies for t in truth.installs.values())
    assert quality[("events", "duplicates collapsed (same uuid)")][2] == copies > 0

"""Every question's published figures on the hand-made export (conftest.py), as a maintainer
reads them in the report, and every question's HogQL text as PostHog would get it.

WHEN this runs: in the pytest process; DuckDB reads a small JSON Lines file in a temporary
folder. No network.
"""

from __future__ import annotations

import gc
import gzip
import json
import re
import shutil
import tempfile
from typing import Any, Dict, List

import pytest

from freecad_telemetry.collect import preferences as preferences_collector
from freecad_telemetry.fields import TABLE
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.insights import preference_sql
from freecad_telemetry.insights.anonymity import OTHER
from freecad_telemetry.insights.compute import compute, rules
from freecad_telemetry.insights.dialects import DUCKDB, HOGQL, Period
from freecad_telemetry.insights.engine_duckdb import DuckDBEngine, ExportUnreadable
from freecad_telemetry.insights.questions import QUESTIONS, tracked_preferences

sqlglot = pytest.importorskip("sqlglot")
duckdb = pytest.importorskip("duckdb")

K = 10
ACTIVE = 40  # A 14, B 12, C 6, D 5, E 3
SESSIONS = 92  # A 28, B 36, C 12, D 10, E 6


@pytest.fixture(scope="module")
def period(handmade: Any) -> Period:
    return Period(handmade.start, handmade.end)


@pytest.fixture(scope="module")
def results(handmade: Any, period: Period) -> Dict[str, Any]:
    lines: List[str] = []
    with DuckDBEngine([handmade.path]) as engine:
        answer = compute(engine, period, K, progress=lines.append)
    assert len(lines) == len(QUESTIONS)
    return answer


def rows(results: Dict[str, Any], name: str) -> List[List[Any]]:
    return next(q["rows"] for q in results["questions"] if q["name"] == name)


def notes(results: Dict[str, Any], name: str) -> Dict[str, int]:
    return next(q["notes"] for q in results["questions"] if q["name"] == name)


def test_active_installs_and_sessions_by_channel_fold_rc_and_dev_together(results):
    # rc (6) and dev (5) are each under k; together they make an "(other)" of 11.
    assert rows(results, "installs_by_channel") == [["release", 29, 70], [OTHER, 11, 22]]
    assert notes(results, "installs_by_channel") == {"folded_cells": 2, "suppressed_cells": 0}


def test_installs_count_under_their_latest_version_with_all_their_sessions(results):
    # B0 upgraded from 1.0.2 to 1.1.0 during the period: it counts once, under 1.1.0. A's
    # version was sent only before the period; its sessions after the period do not count.
    assert rows(results, "installs_by_version") == [
        ["1.0.2", "release", 17, 34],
        ["1.1.0", "release", 12, 36],
        [OTHER, OTHER, 11, 22],
    ]
    total = sum(r[2] for r in rows(results, "installs_by_version"))
    assert total == ACTIVE


def test_weekly_release_share_follows_the_install_that_upgraded(results):
    assert rows(results, "release_share_by_week") == [
        ["2026-03-02", "1.0", 18],
        ["2026-03-02", "1.1", 11],
        ["2026-03-02", OTHER, 11],
        ["2026-03-09", "1.0", 17],
        ["2026-03-09", "1.1", 12],
        ["2026-03-09", OTHER, 11],
    ]


@pytest.mark.parametrize(
    "name, expected",
    [
        # fedora (6) and ubuntu (5) fold into Linux's "(other)" (11); the installs that sent
        # no system (3) are too few even as "(other)", so the smallest cell joins them.
        (
            "operating_systems",
            [["Linux", "debian 12", 14], ["Windows", "Windows 11", 12], [OTHER, OTHER, 14]],
        ),
        ("architectures", [["x86_64", 25], [OTHER, 15]]),
        ("python_versions", [["3.11.2", 14], ["3.11.9", 12], [OTHER, 14]]),
        ("qt_versions", [["6.8.1", 23], [OTHER, 17]]),
        ("screen_classes", [["1920-2559", 20], [OTHER, 20]]),
        ("languages", [["English", 20], [OTHER, 20]]),
    ],
)
def test_system_and_language_cells_fold_and_still_add_up_to_every_active_install(
    results, name, expected
):
    assert rows(results, name) == expected
    assert sum(r[-1] for r in expected) == ACTIVE


def test_unclean_shutdown_rate_per_version_counts_each_session_under_its_own_version(results):
    # 1.0.2: A's 28 sessions, E's 6 and B0's two before its upgrade; A0 and B0 crashed on it.
    # 1.1.0: B's other 34 sessions and C's 12 (rc). 1.2.0 rests on 5 installs: left out.
    assert rows(results, "unclean_shutdowns_by_version") == [
        ["1.0.2", 18, 36, 2, round(2 / 36, 4)],
        ["1.1.0", 18, 46, 2, round(2 / 46, 4)],
    ]
    assert notes(results, "unclean_shutdowns_by_version")["suppressed_cells"] == 1


def test_unclean_shutdown_rate_per_addon_compares_with_every_active_install(results):
    assert rows(results, "unclean_shutdowns_by_addon") == [
        ["(all active installs)", ACTIVE, SESSIONS, 5, round(5 / SESSIONS, 4)],
        ["Gears", 37, 86, 5, round(5 / 86, 4)],
        ["Fasteners", 14, 28, 1, round(1 / 28, 4)],
        ["Assembly4", 12, 36, 3, round(3 / 36, 4)],
    ]


def test_an_addon_used_by_fewer_than_k_installs_is_never_named(results):
    assert rows(results, "addon_popularity") == [
        ["Gears", 37],
        ["Fasteners", 14],
        ["Assembly4", 12],
    ]
    assert "Rare" not in json.dumps(results)
    assert notes(results, "addon_popularity") == {"folded_cells": 0, "suppressed_cells": 1}


def test_addons_by_release_leaves_out_small_cells_without_folding(results):
    assert rows(results, "addons_by_release") == [
        ["Assembly4", "1.1", 12],
        ["Fasteners", "1.0", 14],
        ["Gears", "1.0", 14],
        ["Gears", "1.1", 12],
    ]
    assert notes(results, "addons_by_release") == {"folded_cells": 0, "suppressed_cells": 3}


def test_each_tracked_preference_is_shown_against_its_default(results):
    table = rows(results, "preferences")
    by_pref: Dict[str, List[List[Any]]] = {}
    for pref, value, installs in table:
        by_pref.setdefault(pref, []).append([value, installs])
    assert list(by_pref) == sorted(tracked_preferences())
    # 37 installs sent preferences (E did not share them): every preference adds up to them.
    assert {pref: sum(n for _, n in cells) for pref, cells in by_pref.items()} == {
        pref: 37 for pref in tracked_preferences()
    }
    assert by_pref["theme"] == [["FreeCAD Dark", 14], ["unset (default)", 12], ["Custom", 11]]
    assert by_pref["ui_toolbar_icon_size"] == [["24 (default)", 25], ["32", 12]]
    assert by_pref["workbench_enabled_list"] == [["[] (default)", 23], ["(changed)", 14]]
    assert by_pref["workbench_default"] == [["(empty) (default)", 37]]
    assert by_pref["ui_task_view_enabled"] == [["false (default)", 37]]
    assert by_pref["navigation_orbit_style"] == [["1 (default)", 37]]
    # The language follows the system: no default; French (5) folds, German joins it.
    assert by_pref["language"] == [["English", 20], [OTHER, 17]]


def test_the_default_is_what_the_add_ons_collector_sends_for_an_untouched_profile(handmade):
    # The real collector on a FreeCAD whose parameters were never changed (no user.cfg).
    sent = preferences_collector.collect(MemoryHost(locale="English"))
    assert sent is not None
    for f in preference_sql.preference_fields(TABLE):
        default = preference_sql.sent_default(f)
        if f.prop == "language":
            assert default is None  # the system's locale: no fixed value
            continue
        as_text = sent[f.prop] if isinstance(sent[f.prop], str) else json.dumps(sent[f.prop])
        assert default == as_text.replace(", ", ","), f.prop
        assert sent[f.prop] == handmade.default_preferences[f.prop], f.prop  # the data's too


def test_tracked_preferences_are_the_field_tables_preferences_with_a_default():
    expected = [f.prop for f in TABLE.fields_of("freecad_preferences") if f.default is not None]
    assert list(tracked_preferences()) == expected
    assert "ui_task_view_overlay" not in expected and "language" in expected
    for f in preference_sql.preference_fields(TABLE):
        preference_sql.sent_default(f)  # every transform is understood


def test_data_quality_reports_what_cleaning_did(results, handmade):
    seen = 48  # 40 active, 4 one-day, 2 throw-away, 2 rigs (not "before" nor "after")
    active = handmade.events_of("A", "B", "C", "D", "E")
    inactive = handmade.events_of("one-day", "throw-away")
    every = active + inactive + 61 + 6
    assert handmade.events_of("busy rig") == 61 and handmade.events_of("young rig") == 6
    assert rows(results, "data_quality") == [
        ["addon_version", "0.1.0", 36, 36, every - handmade.events_of("B")],
        ["addon_version", "0.2.0", 12, 12, handmade.events_of("B")],
        ["events", "duplicates collapsed (same uuid)", seen, 5, 5],
        ["events", "received", seen, seen, every + handmade.duplicates],
        ["ids dropped as scripted", "either rule", seen, 2, 67],
        ["ids dropped as scripted", "install_age_days 0 while session_sequence >= 5", seen, 1, 6],
        ["ids dropped as scripted", "more than 50 startups in a UTC day", seen, 1, 61],
        ["ids kept", "active installs", seen, ACTIVE, active],
        ["ids kept", "not active (startups on < 2 UTC days or session_sequence < 2)", seen, 6,
         inactive],
        ["schema_version", "1", seen, seen, every],
    ]  # fmt: skip
    assert handmade.duplicates == 5


def test_results_hold_no_id_and_no_cell_under_k(results, handmade):
    text = json.dumps(results)
    assert not [i for i in handmade.groups if i in text]
    assert "distinct_id" not in text
    for q in results["questions"]:
        assert all(row[q["columns"].index("installs")] >= K for row in q["rows"]), q["name"]


def test_results_state_the_period_k_engine_and_rules(results):
    assert results["period"] == {"start": "2026-03-02", "end": "2026-03-16"}
    assert (results["k"], results["engine"]) == (K, "duckdb")
    assert results["rules"] == rules(K) and any("k = 10" in r for r in results["rules"])
    assert [q["name"] for q in results["questions"]] == [q.name for q in QUESTIONS]
    for entry, q in zip(results["questions"], QUESTIONS):
        assert entry["columns"] == list(q.columns)
        assert all(len(row) == len(q.columns) for row in entry["rows"])
        assert entry["plot"] in entry["columns"]


def test_a_higher_k_folds_more(handmade, period):
    with DuckDBEngine([handmade.path]) as engine:
        answer = compute(engine, period, 13)
    # 1.1.0 release (12) is now under k: with the rest (11) it makes 23.
    assert rows(answer, "installs_by_version") == [
        ["1.0.2", "release", 17, 34],
        [OTHER, OTHER, 23, 58],
    ]


def test_k_under_ten_is_refused_before_anything_is_read(period):
    class Unused:
        dialect = DUCKDB

        def rows(self, sql: str) -> List[Any]:
            raise AssertionError("the engine must not be asked")

    with pytest.raises(ValueError):
        compute(Unused(), period, 9)


def test_a_gzipped_export_gives_the_same_figures(handmade, period, tmp_path):
    gz = tmp_path / "events.jsonl.gz"
    with handmade.path.open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    q = next(q for q in QUESTIONS if q.name == "installs_by_version")
    sql = DUCKDB.render(q.template, period)
    with DuckDBEngine([gz]) as packed, DuckDBEngine([handmade.path]) as plain:
        assert sorted(packed.rows(sql)) == sorted(plain.rows(sql))


def test_an_event_without_uuid_counts_once_and_one_without_a_time_is_not_kept(tmp_path):
    base = {"event": "freecad_startup", "distinct_id": "x", "properties": {}}
    records = [
        {**base, "timestamp": "2026-03-03T10:00:00+00:00"},  # no uuid
        {**base, "uuid": "", "timestamp": "2026-03-03T11:00:00Z"},  # an empty one
        {**base, "uuid": "not-a-uuid", "timestamp": "yesterday"},
    ]
    path = tmp_path / "odd.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with DuckDBEngine([path]) as engine:
        assert engine.rows("SELECT count(), count(DISTINCT uuid) FROM events") == [(2, 2)]


def test_the_engine_leaves_no_temporary_folder(handmade, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    closed = DuckDBEngine([handmade.path])
    closed.rows("SELECT count() FROM events")
    assert list(tmp_path.iterdir())  # its database, while it is open
    closed.close()
    forgotten = DuckDBEngine([handmade.path])
    forgotten.rows("SELECT count() FROM events")
    del forgotten
    gc.collect()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("this is not JSON\n", encoding="utf-8")
    with pytest.raises(ExportUnreadable):  # what the command line reports in one line
        DuckDBEngine([broken]).rows("SELECT count() FROM events")
    gc.collect()
    assert [p.name for p in tmp_path.iterdir()] == ["broken.jsonl"]


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.name)
def test_every_hogql_query_parses_as_clickhouse_sql(q, period):
    text = HOGQL.render(q.template, period)
    assert "{" not in text and "}" not in text  # HogQL reads braces as placeholders
    for duckdb_only in ("any_value", "struct_extract", "TIMESTAMP '", "unnest", "->>"):
        assert duckdb_only not in text
    sqlglot.parse_one(text, read="clickhouse")
    assert text.rstrip().endswith("LIMIT 50000")  # HogQL answers 100 rows unless told


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.name)
def test_templates_read_only_properties_of_the_field_table(q):
    known = {f.prop for f in TABLE.fields}
    used = set(re.findall(r"\{(?:text|int|json):\w+,'(\w+)'\}", q.template))
    assert used and used <= known, used - known

"""k-anonymity (insights/anonymity.py): no published cell rests on fewer than k installs,
small cells fold into "(other)" where each install is in one cell, and are left out where
an install can be in several.

WHEN this runs: in the pytest process, pure functions over generated rows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, List, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freecad_telemetry.insights.anonymity import MIN_K, OTHER, publishable
from freecad_telemetry.insights.questions import QUESTIONS, Question

OS = Question(
    "os", "t", "a", "", ("system", "release"), ("installs", "sessions"), "bar",
    exclusive=True, fold=("release", "system"),
)  # fmt: skip
WEEKLY = Question(
    "weekly", "t", "a", "", ("week", "release"), ("installs",), "share",
    exclusive=True, fold=("release",),
)  # fmt: skip
ADDONS = Question("addons", "t", "a", "", ("addon",), ("installs",), "bar")

cells = st.integers(min_value=1, max_value=40)
os_rows = st.dictionaries(
    st.tuples(st.sampled_from(["Linux", "Windows", "Darwin"]), st.sampled_from("abcdefgh")),
    st.tuples(cells, st.integers(min_value=0, max_value=500)),
    max_size=24,
).map(lambda d: [(*key, *m) for key, m in d.items()])
weekly_rows = st.dictionaries(
    st.tuples(st.integers(min_value=20000, max_value=20004), st.sampled_from("pqrstu")),
    cells,
    max_size=24,
).map(lambda d: [(*key, n) for key, n in d.items()])
addon_rows = st.dictionaries(st.text(min_size=1, max_size=6), cells, max_size=30).map(
    lambda d: [(name, n) for name, n in d.items()]
)
ks = st.integers(min_value=MIN_K, max_value=60)


@settings(max_examples=300, deadline=None)
@given(os_rows, ks)
def test_exclusive_cells_fold_exactly_and_never_publish_under_k(rows, k):
    published, notes = publishable(OS, rows, k)
    assert all(r[2] >= k for r in published)
    total = sum(r[2] for r in rows)
    # Folding loses nobody: everything is published, or the whole lot is under k.
    if total >= k:
        assert sum(r[2] for r in published) == total
        assert sum(r[3] for r in published) == sum(r[3] for r in rows)
        assert notes["suppressed_cells"] == 0
    else:
        assert published == [] and notes["suppressed_cells"] == len(rows)
    # A named cell is an engine cell, unchanged; "(other)" only where folding may put it.
    for row in published:
        if OTHER not in row[:2]:
            assert row in rows
        assert not (row[0] == OTHER and row[1] != OTHER)
    named = sum(1 for r in published if OTHER not in r[:2])
    assert named + notes["folded_cells"] + notes["suppressed_cells"] == len(rows)


@settings(max_examples=300, deadline=None)
@given(weekly_rows, ks)
def test_weeks_are_never_folded_into_each_other(rows, k):
    published, _ = publishable(WEEKLY, rows, k)
    assert all(r[2] >= k for r in published)
    by_week_in: Counter = Counter()
    for week, _, n in rows:
        by_week_in[week] += n
    by_week_out: Counter = Counter()
    for week, _, n in published:
        by_week_out[week] += n
    for week, total in by_week_in.items():
        assert by_week_out[week] == (total if total >= k else 0)


@settings(max_examples=300, deadline=None)
@given(addon_rows, ks)
def test_overlapping_cells_under_k_are_left_out_never_folded(rows, k):
    published, notes = publishable(ADDONS, rows, k)
    assert sorted(published) == sorted(r for r in rows if r[1] >= k)
    assert all(OTHER not in r for r in published)
    assert notes == {"folded_cells": 0, "suppressed_cells": sum(1 for r in rows if r[1] < k)}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_no_question_ever_publishes_a_cell_under_k(data):
    # Any rows an engine might return for any of the real questions.
    q = data.draw(st.sampled_from(QUESTIONS))
    k = data.draw(ks)
    width = len(q.dimensions)
    labels = st.sampled_from(["x", "y", "z", "w", "(not sent)"])
    dims = st.integers(20000, 20003) if q.day_dimensions else labels
    key = st.tuples(*(dims if d in q.day_dimensions else labels for d in q.dimensions))
    measures = st.tuples(*([cells] + [st.integers(0, 99)] * (len(q.measures) - 1)))
    table = data.draw(st.dictionaries(key, measures, max_size=20))
    rows: List[Tuple[Any, ...]] = [(*key_, *m) for key_, m in table.items()]
    published, _ = publishable(q, rows, k)
    assert all(r[width] >= k for r in published)
    if not q.exclusive:
        assert all(OTHER not in r for r in published)


def test_small_cells_fold_into_other_where_each_install_is_in_one_cell():
    rows = [("Linux", "debian", 30, 90), ("Linux", "fedora", 6, 12), ("Linux", "arch", 5, 9)]
    published, notes = publishable(OS, rows, 10)
    assert published == [("Linux", "debian", 30, 90), ("Linux", OTHER, 11, 21)]
    assert notes == {"folded_cells": 2, "suppressed_cells": 0}


def test_an_other_still_under_k_takes_in_the_smallest_cells_of_its_group():
    rows = [("Linux", "debian", 30, 1), ("Windows", "11", 12, 1), ("Darwin", "14", 4, 1)]
    published, notes = publishable(OS, rows, 10)
    assert published == [("Linux", "debian", 30, 1), (OTHER, OTHER, 16, 2)]
    assert notes == {"folded_cells": 2, "suppressed_cells": 0}


def test_a_group_under_k_as_a_whole_is_left_out():
    published, notes = publishable(WEEKLY, [(20000, "1.0", 4), (20000, "1.1", 5)], 10)
    assert published == [] and notes == {"folded_cells": 0, "suppressed_cells": 2}


def test_overlapping_cells_are_suppressed_not_folded():
    rows = [("Gears", 40), ("Rare", 9), ("Private", 1)]
    published, notes = publishable(ADDONS, rows, 10)
    assert published == [("Gears", 40)]
    assert notes == {"folded_cells": 0, "suppressed_cells": 2}


@pytest.mark.parametrize("k", [9, 0, -10, True, 10.5, "10"])
def test_k_below_ten_or_not_a_whole_number_is_refused(k):
    with pytest.raises(ValueError):
        publishable(ADDONS, [("Gears", 40)], k)


def test_k_may_be_raised():
    assert publishable(ADDONS, [("Gears", 40), ("Fasteners", 20)], 25)[0] == [("Gears", 40)]

"""k-anonymity of published cells: no published row rests on fewer than k distinct installs.

A question whose cells are exclusive per install (each install in exactly one cell, for each
value of the dimensions it does not fold) folds its small cells into OTHER, level by level:
first its first fold dimension becomes OTHER (within the other dimensions' values), then the
next one as well, and so on; where the last OTHER cell is still under k, the smallest cells
of its group join it until it reaches k, and only a group whose total is under k is left
out. Sums stay exact, because no install is in two cells. A question whose cells overlap (an
install has many add-ons) cannot fold: its cells under k are left out (never named).
Pure functions, any thread.
"""

from __future__ import annotations

from typing import Any, Dict, List, Sequence, Tuple

from freecad_telemetry.insights.questions import Question

OTHER = "(other)"
MIN_K = 10  # the default, and the floor: k may only be raised

Row = Tuple[Any, ...]
Key = Tuple[Any, ...]


def check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < MIN_K:
        raise ValueError(f"k must be a whole number of at least {MIN_K}, not {k!r}")
    return k


def publishable(
    question: Question, rows: Sequence[Sequence[Any]], k: int
) -> Tuple[List[Row], Dict[str, int]]:
    """The rows to publish (dimensions then measures, the first measure being installs) and
    notes {"folded_cells": n, "suppressed_cells": m}, counted in the engine's cells."""
    check_k(k)
    n = len(question.dimensions)
    width = n + len(question.measures)
    if any(len(row) != width for row in rows):
        raise ValueError(f"{question.name}: rows must have {width} columns")
    if not question.exclusive:
        kept = [tuple(row) for row in rows if row[n] >= k]
        notes = {"folded_cells": 0, "suppressed_cells": len(rows) - len(kept)}
        return _ordered(question, kept), notes
    return _fold(question, rows, k)


class _Cell:
    """Measures summed over the engine's cells folded into one published cell."""

    def __init__(self, measures: Sequence[Any], merged: int = 1) -> None:
        self.measures = list(measures)
        self.merged = merged

    @property
    def installs(self) -> int:
        return int(self.measures[0])

    def add(self, other: _Cell) -> None:
        self.measures = [a + b for a, b in zip(self.measures, other.measures)]
        self.merged += other.merged


def _fold(question: Question, rows: Sequence[Sequence[Any]], k: int) -> Tuple[List[Row], Dict]:
    n = len(question.dimensions)
    positions = [question.dimensions.index(d) for d in question.fold]
    cells: Dict[Key, _Cell] = {}
    for row in rows:
        _put(cells, tuple(row[:n]), _Cell(row[n:]))
    for level in range(1, len(positions) + 1):
        cells = _fold_small(cells, set(positions[:level]), k)
    suppressed = _complete_others(cells, set(positions), k)
    folded = sum(c.merged for key, c in cells.items() if _is_other(key, positions))
    published = [key + tuple(c.measures) for key, c in cells.items()]
    notes = {"folded_cells": folded, "suppressed_cells": suppressed}
    return _ordered(question, published), notes


def _put(cells: Dict[Key, _Cell], key: Key, cell: _Cell) -> None:
    if key in cells:
        cells[key].add(cell)
    else:
        cells[key] = cell


def _fold_small(cells: Dict[Key, _Cell], hidden: set, k: int) -> Dict[Key, _Cell]:
    """Every cell under k with the `hidden` dimensions made OTHER, merged with its peers."""
    out: Dict[Key, _Cell] = {}
    for key, cell in cells.items():
        if cell.installs < k:
            key = tuple(OTHER if i in hidden else v for i, v in enumerate(key))
        _put(out, key, cell)
    return out


def _complete_others(cells: Dict[Key, _Cell], hidden: set, k: int) -> int:
    """Bring each group's last OTHER cell up to k with the group's smallest cells, or drop
    it when the whole group is under k. Returns the number of engine cells dropped."""
    dropped = 0
    for key in [key for key, cell in cells.items() if cell.installs < k]:
        group = [
            other
            for other in cells
            if other != key and all(other[i] == key[i] for i in range(len(key)) if i not in hidden)
        ]
        group.sort(key=lambda other: (cells[other].installs, _sort_text(other)))
        while cells[key].installs < k and group:
            cells[key].add(cells.pop(group.pop(0)))
        if cells[key].installs < k:
            dropped += cells.pop(key).merged
    return dropped


def _is_other(key: Key, positions: Sequence[int]) -> bool:
    return any(key[i] == OTHER for i in positions)


def _sort_text(values: Sequence[Any]) -> Tuple[Tuple[int, Any], ...]:
    # Mixed types never share a column, but None might: order it first, never compare it.
    return tuple((0, "") if v is None else (1, v) for v in values)


def _ordered(question: Question, rows: List[Row]) -> List[Row]:
    """Groups (the dimensions never folded, then sort_by) in order; within a group the
    largest cells first and OTHER last."""
    dims = question.dimensions
    positions = [dims.index(d) for d in question.fold]
    leading = [i for i in range(len(dims)) if i not in positions] if question.exclusive else []
    leading += [dims.index(d) for d in question.sort_by if dims.index(d) not in leading]
    n = len(dims)

    def key(row: Row) -> Any:
        return (
            _sort_text([row[i] for i in leading]),
            _is_other(row, positions),
            -row[n],
            _sort_text([str(v) for v in row[:n]]),
        )

    return sorted(rows, key=key)

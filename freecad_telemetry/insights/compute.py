"""Every question through one engine for a period: the Results the report is written from.

Results are JSON-ready and hold only published cells (anonymity.publishable): no id, no
per-install row, no cell under k installs. Runs on the caller's thread; the engine does the
aggregation, this module only renders, labels and anonymises the few rows it returns.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Sequence, Tuple

from freecad_telemetry.insights import question_sql as sql
from freecad_telemetry.insights.anonymity import OTHER, check_k, publishable
from freecad_telemetry.insights.dialects import STATE_LOOKBACK_DAYS, Engine, Period, date_of
from freecad_telemetry.insights.questions import NOT_SENT, QUESTIONS, Question

RATIO_DIGITS = 4


def rules(k: int) -> List[str]:
    """The counting rules, in words, as the report page states them."""
    return [
        "Days and weeks are UTC; a week starts on Monday. The period's end day is not included.",
        f"An event re-sent with the same uuid counts once. Events from up to "
        f"{STATE_LOOKBACK_DAYS} days before the period are read for state only (version, "
        f"system, preferences, add-ons: the add-on re-sends each at least weekly).",
        f"Scripted traffic is dropped: an id with more than {sql.SCRIPTED_SESSIONS_PER_DAY} "
        f"freecad_startup events in one UTC day of the period, or whose install_age_days "
        f"stays 0 while its session_sequence reaches {sql.SCRIPTED_SEQUENCE} or more.",
        "An active install is an id with freecad_startup events on at least 2 different UTC "
        "days of the period and a session_sequence of at least 2. Every figure except data "
        "quality counts active installs only; a session is one freecad_startup event.",
        "An install's FreeCAD version, release channel, system, language, preferences and "
        "add-ons are those of its latest event of that kind (by session_sequence, then time) "
        f"up to the period's end; {NOT_SENT} where it sent none (a category not shared).",
        "Unclean-shutdown rate: freecad_unclean_shutdown events over freecad_startup events "
        "in the period. Per version, an unclean shutdown counts under the version of the "
        "session that ended (previous_freecad_version) and a session under the version of "
        "the install's latest freecad_version event at or before its session_sequence; per "
        "add-on, over the installs whose latest add-on list names it.",
        f"Every published figure rests on at least k = {k} distinct installs. Where each "
        f"install is in exactly one cell, smaller cells are folded into {OTHER}; where an "
        "install can be in several (add-ons, unclean shutdowns, data quality), they are left "
        "out, so an add-on used by fewer than k installs is never named. No id and no "
        "per-install row is published.",
    ]


def compute(
    engine: Engine,
    period: Period,
    k: int = 10,
    progress: Callable[[str], None] = lambda line: None,
) -> Dict[str, Any]:
    """Results: {"period", "k", "engine", "rules", "questions": [...]}. Raises ValueError
    for k under anonymity.MIN_K, and whatever the engine raises."""
    check_k(k)
    answers = []
    for number, question in enumerate(QUESTIONS, 1):
        progress(f"[{number}/{len(QUESTIONS)}] {question.title}")
        answers.append(answer(question, engine, period, k))
    return {
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "k": k,
        "engine": engine.dialect.name,
        "rules": rules(k),
        "questions": answers,
    }


def answer(question: Question, engine: Engine, period: Period, k: int) -> Dict[str, Any]:
    """One question's entry of Results."""
    raw = engine.rows(engine.dialect.render(question.template, period))
    rows, notes = publishable(question, [_typed(question, row) for row in raw], k)
    return {
        "name": question.name,
        "title": question.title,
        "about": question.about,
        "chart": question.chart,
        "plot": question.plot,
        "columns": list(question.columns),
        "rows": [_published(question, row) for row in rows],
        "notes": notes,
    }


def _typed(question: Question, row: Sequence[Any]) -> Tuple[Any, ...]:
    """An engine row with labels as text (day numbers as ints) and measures as ints."""
    n = len(question.dimensions)
    if len(row) != n + len(question.measures):
        raise ValueError(f"{question.name}: the engine returned {len(row)} columns")
    dims = [
        int(v) if d in question.day_dimensions else (NOT_SENT if v is None else str(v))
        for d, v in zip(question.dimensions, row[:n])
    ]
    return (*dims, *(int(v or 0) for v in row[n:]))


def _published(question: Question, row: Tuple[Any, ...]) -> List[Any]:
    """A published row: day numbers as ISO dates, then the ratios."""
    names = question.dimensions + question.measures
    values = dict(zip(names, row))
    out: List[Any] = [
        date_of(values[d]).isoformat() if d in question.day_dimensions else values[d]
        for d in question.dimensions
    ]
    out += [values[m] for m in question.measures]
    for _, numerator, denominator in question.ratios:
        den = values[denominator]
        out.append(round(values[numerator] / den, RATIO_DIGITS) if den else None)
    return out

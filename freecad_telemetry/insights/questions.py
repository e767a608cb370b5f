"""The questions the report answers, each one SQL template (dialects.py renders it for DuckDB
and for HogQL; question_sql.py writes it) behind one shared cleaning prefix.

The prefix (``question_sql.cleaned``) reads the events from STATE_LOOKBACK_DAYS before the
period to its end and, as WITH clauses:

* ``deduped``: one row per uuid (a re-sent event keeps its uuid), with the columns the
  question needs;
* ``busy_ids`` and ``young_ids``: scripted traffic (README): ids with more than 50
  freecad_startup events in one UTC day of the period, and ids whose install_age_days stays
  0 in the period while their session_sequence reaches 5;
* ``active``: the other ids with freecad_startup on >= 2 distinct UTC days of the period and
  a session_sequence >= 2 (README's active install);
* ``clean``: the active installs' events (the lookback days included: state only).

An install's state (FreeCAD version, system, language, preferences, add-ons) is its latest
event of that kind (by session_sequence, then time) up to the period's end: every install
then falls in exactly one cell of such a question, which is what lets anonymity.py fold
small cells into "(other)" exactly. Built at import; plain data, any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

from freecad_telemetry.fields import TABLE
from freecad_telemetry.insights import preference_sql
from freecad_telemetry.insights import question_sql as sql
from freecad_telemetry.insights.question_sql import NOT_SENT as NOT_SENT


@dataclass(frozen=True)
class Question:
    name: str  # data/<name>.json, charts/<name>.svg
    title: str  # the section heading
    about: str  # what it answers and its counting rule
    template: str  # rendered by a Dialect; returns dimensions then measures
    dimensions: Tuple[str, ...]
    measures: Tuple[str, ...]  # the first is "installs": what k applies to
    chart: str  # "bar", "share" (1st dimension = week) or "table"
    # Each install falls in exactly one cell (per value of the dimensions not in `fold`):
    # small cells fold into "(other)". Otherwise (an install has many add-ons) they are left out.
    exclusive: bool = False
    fold: Tuple[str, ...] = ()  # dimensions that may become "(other)", the first one first
    ratios: Tuple[Tuple[str, str, str], ...] = ()  # (column, numerator, denominator), added
    day_dimensions: Tuple[str, ...] = ()  # UTC day numbers, published as ISO dates
    sort_by: Tuple[str, ...] = ()  # dimensions ordering the rows before installs (descending)
    plot: str = "installs"  # the column a chart draws

    def __post_init__(self) -> None:
        if not self.measures or self.measures[0] != "installs":
            raise ValueError(f"{self.name}: the first measure must be installs")
        if self.exclusive != bool(self.fold) or not set(self.fold) <= set(self.dimensions):
            raise ValueError(f"{self.name}: exclusive questions name their fold dimensions")

    @property
    def columns(self) -> Tuple[str, ...]:
        return self.dimensions + self.measures + tuple(r[0] for r in self.ratios)


def tracked_preferences() -> Tuple[str, ...]:
    """The freecad_preferences fields that have a default (fields.TABLE), in table order."""
    return tuple(f.prop for f in preference_sql.preference_fields(TABLE))


_CRASH_RATE = (("unclean_rate", "unclean_shutdowns", "startups"),)


def _state(
    name: str, title: str, about: str, event: str, props: Sequence[str], dims: Sequence[str]
) -> Question:
    """A question of the installs' latest state: one cell per install."""
    return Question(
        name,
        title,
        about + " An install counts once, with the latest value it sent up to the period's end.",
        sql.latest_state(event, props),
        tuple(dims),
        ("installs",),
        "bar",
        exclusive=True,
        fold=tuple(reversed(dims)),
    )


QUESTIONS: Tuple[Question, ...] = (
    Question(
        "installs_by_channel",
        "Active installs and sessions by release channel",
        "Active installs and their sessions (freecad_startup events in the period), each "
        "install under the release channel of its last session.",
        sql.INSTALLS_BY_CHANNEL,
        ("channel",),
        ("installs", "sessions"),
        "bar",
        exclusive=True,
        fold=("channel",),
    ),
    Question(
        "installs_by_version",
        "Active installs and sessions by FreeCAD version",
        "Active installs and their sessions, each install (with all its sessions in the "
        "period) under the FreeCAD version and release channel it last ran.",
        sql.INSTALLS_BY_VERSION,
        ("version", "channel"),
        ("installs", "sessions"),
        "bar",
        exclusive=True,
        fold=("version", "channel"),
    ),
    Question(
        "release_share_by_week",
        "Share of active installs on each release, by week",
        "For each week (Monday to Sunday, UTC), the active installs that started FreeCAD in "
        "it, each under the release (major.minor, with rc or dev) of its last session that "
        "week: how long a release stays in use.",
        sql.RELEASE_SHARE_BY_WEEK,
        ("week", "release"),
        ("installs",),
        "share",
        exclusive=True,
        fold=("release",),
        day_dimensions=("week",),
    ),
    _state(
        "operating_systems",
        "Operating systems",
        "Active installs by operating system family and release.",
        "freecad_system_info",
        ("system", "system_release"),
        ("system", "system_release"),
    ),
    _state(
        "architectures",
        "Processor architectures",
        "Active installs by processor architecture.",
        "freecad_system_info",
        ("machine",),
        ("architecture",),
    ),
    _state(
        "python_versions",
        "Python versions",
        "Active installs by the version of FreeCAD's Python.",
        "freecad_system_info",
        ("python_version",),
        ("python_version",),
    ),
    _state(
        "qt_versions",
        "Qt versions",
        "Active installs by the version of FreeCAD's Qt.",
        "freecad_system_info",
        ("qt_version",),
        ("qt_version",),
    ),
    _state(
        "screen_classes",
        "Screen width classes",
        "Active installs by screen width class (logical pixels).",
        "freecad_system_info",
        ("screen_class",),
        ("screen_class",),
    ),
    _state(
        "languages",
        "FreeCAD languages",
        "Active installs by FreeCAD's interface language (the system's when not set).",
        "freecad_preferences",
        ("language",),
        ("language",),
    ),
    Question(
        "unclean_shutdowns_by_version",
        "Unclean shutdowns by FreeCAD version",
        "freecad_unclean_shutdown events in the period over freecad_startup events, per "
        "FreeCAD version: an unclean shutdown counts under the version of the session that "
        "ended (previous_freecad_version), a session under the version of the install's "
        "latest freecad_version event at or before its session_sequence. Installs: those with "
        "a session or an unclean shutdown on that version.",
        sql.UNCLEAN_BY_VERSION,
        ("version",),
        ("installs", "startups", "unclean_shutdowns"),
        "bar",
        ratios=_CRASH_RATE,
        plot="unclean_rate",
    ),
    Question(
        "unclean_shutdowns_by_addon",
        "Unclean shutdowns by add-on",
        "freecad_unclean_shutdown over freecad_startup events in the period, of the active "
        "installs whose latest add-on list names the add-on; the first row is every active "
        "install, for comparison.",
        sql.UNCLEAN_BY_ADDON,
        ("addon",),
        ("installs", "startups", "unclean_shutdowns"),
        "bar",
        ratios=_CRASH_RATE,
        plot="unclean_rate",
    ),
    Question(
        "addon_popularity",
        "Add-ons",
        "Active installs whose latest add-on list names the add-on (published repositories "
        "only). An install has many add-ons: an add-on used by fewer than k installs is left "
        "out, never named.",
        sql.ADDON_POPULARITY,
        ("addon",),
        ("installs",),
        "bar",
    ),
    Question(
        "addons_by_release",
        "Add-ons by FreeCAD release",
        "Active installs with the add-on, by the FreeCAD release (major.minor) they last ran: "
        "who an API change in a release reaches. Cells under k installs are left out.",
        sql.ADDONS_BY_RELEASE,
        ("addon", "release"),
        ("installs",),
        "table",
        sort_by=("addon",),
    ),
    Question(
        "preferences",
        "Preferences against their defaults",
        "For each tracked preference, the active installs that sent preferences, by the value "
        "of their latest freecad_preferences event; the default value is marked "
        '"(default)". Workbench lists show only whether they differ from the default. The '
        "language has no fixed default (it follows the system).",
        preference_sql.preferences(TABLE),
        ("preference", "value"),
        ("installs",),
        "table",
        exclusive=True,
        fold=("value",),
    ),
    Question(
        "data_quality",
        "Data quality",
        "What cleaning did, over every id seen in the period (installs: the ids a figure "
        "rests on; for the totals, all ids seen): events received and duplicates collapsed, "
        "ids dropped as scripted by each rule, active installs, and the schema_version and "
        "addon_version values seen (ids and events carrying each).",
        sql.DATA_QUALITY,
        ("item", "value"),
        ("installs", "ids", "events"),
        "table",
        sort_by=("item",),
    ),
)


def question(name: str) -> Optional[Question]:
    """The question of that name, if any."""
    return next((q for q in QUESTIONS if q.name == name), None)

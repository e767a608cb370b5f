"""The period and the two SQL dialects a question's template is rendered in.

A template is SQL over a table ``events`` (uuid, event, distinct_id, timestamp, properties)
with a few macros in braces, the only places where DuckDB and PostHog's HogQL (ClickHouse
SQL) differ for these questions. Everything else in a template is written in the SQL both
accept (CASE, ``||``, ``argMax(x, (a, b))``, ``count()``, ``count(DISTINCT x)``, ``nullIf``,
``coalesce``, UNION ALL, CTEs).

Macros (arguments are separated by commas and hold no commas themselves):

* ``{start}``, ``{end}``, ``{lookback_start}``: the period's bounds as timestamps (UTC), and
  the start less STATE_LOOKBACK_DAYS (how far back state events are read).
* ``{day:ts}``: the UTC day of a timestamp, as days since 1970-01-01 (an integer, so that the
  result does not depend on a server's or project's time zone).
* ``{any}``: the aggregate "any value of the group" (every copy of a duplicate is the same).
* ``{unnest}``: one row per item of an array expression.
* ``{text:obj,key}``: a member of the properties (``obj`` is ``properties`` or a value taken
  from it) as text: a string unquoted, any other value as its JSON text (``true``, ``24``,
  ``["a","b"]``); NULL when missing or null. ``key`` is a quoted constant, a property of
  fields.TABLE (the only ones engine_duckdb keeps).
* ``{int:obj,key}``: the same as an integer, NULL when missing or not one.
* ``{json:obj,key}``: the same as JSON, NULL when missing.
* ``{strings:expr}``: one row per string of the JSON array held in ``expr``.

Rendering is pure string work: no database is touched; any thread.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Protocol, Sequence, Tuple

# State events (version, system, preferences, add-ons) are re-sent at least once every
# fields.SNAPSHOT_DAYS (7); a day more covers clock jitter. So an install active in the
# period has its state within this many days before the period's start.
STATE_LOOKBACK_DAYS = 8

_EPOCH = datetime.date(1970, 1, 1)
_MACRO = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC days."""

    start: datetime.date
    end: datetime.date

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError(f"the period's start {self.start} is not before its end {self.end}")

    @property
    def lookback_start(self) -> datetime.date:
        return self.start - datetime.timedelta(days=STATE_LOOKBACK_DAYS)


def day_number(day: datetime.date) -> int:
    """Days since 1970-01-01: the form `{day:ts}` gives a day in."""
    return (day - _EPOCH).days


def date_of(day: int) -> datetime.date:
    """The date of a day number from `{day:ts}`."""
    return _EPOCH + datetime.timedelta(days=int(day))


class Dialect(Protocol):
    name: str  # "duckdb" | "hogql"

    def render(self, template: str, period: Period) -> str: ...


class Engine(Protocol):
    """Runs rendered SQL and returns aggregated rows only (engine_duckdb, engine_hogql)."""

    dialect: Dialect

    def rows(self, sql: str) -> List[Tuple[Any, ...]]: ...


Macro = Callable[[Sequence[str]], str]


@dataclass
class _Dialect:
    name: str
    timestamp: Callable[[datetime.date], str]
    macros: Dict[str, Macro] = field(default_factory=dict)

    def render(self, template: str, period: Period) -> str:
        bounds = {
            "start": period.start,
            "end": period.end,
            "lookback_start": period.lookback_start,
        }

        def one(match: re.Match) -> str:
            key, arg = match.group(1), match.group(2)
            args = [a.strip() for a in arg.split(",")] if arg is not None else []
            if key in bounds and not args:
                return self.timestamp(bounds[key])
            if key not in self.macros:
                raise ValueError(f"unknown macro {match.group(0)!r} in a template")
            return self.macros[key](args)

        return _MACRO.sub(one, template)


def _arity(n: int, build: Callable[..., str]) -> Macro:
    def macro(args: Sequence[str]) -> str:
        if len(args) != n:
            raise ValueError(f"a macro takes {n} argument(s), got {list(args)}")
        return build(*args)

    return macro


def _member(obj: str, key: str) -> str:
    # engine_duckdb keeps properties as a STRUCT of JSON values, one per field of the table.
    return f"struct_extract({obj}, {key})"


DUCKDB: Dialect = _Dialect(
    "duckdb",
    # engine_duckdb stores `timestamp` as a plain TIMESTAMP in UTC.
    lambda day: f"TIMESTAMP '{day.isoformat()} 00:00:00'",
    {
        "day": _arity(1, lambda ts: f"CAST(floor(epoch({ts}) / 86400) AS BIGINT)"),
        "any": _arity(0, lambda: "any_value"),
        "unnest": _arity(0, lambda: "unnest"),
        "text": _arity(2, lambda obj, key: f"({_member(obj, key)} ->> '$')"),
        "int": _arity(2, lambda obj, key: f"TRY_CAST({_member(obj, key)} ->> '$' AS BIGINT)"),
        "json": _arity(2, _member),
        "strings": _arity(
            1, lambda expr: f"unnest(CAST(json_extract_string({expr}, '$[*]') AS VARCHAR[]))"
        ),
    },
)


def _hogql_text(obj: str, key: str) -> str:
    # HogQL's own `properties.x` strips quotes with a regex; JSONExtractString also decodes
    # escapes, and works on any JSON string (such as a column of a CTE), not only `properties`.
    return (
        f"if(JSONType({obj}, {key}) = 'String', JSONExtractString({obj}, {key}), "
        f"nullIf(nullIf(JSONExtractRaw({obj}, {key}), ''), 'null'))"
    )


HOGQL: Dialect = _Dialect(
    "hogql",
    # An instant, whatever the project's time zone (a date string would be read in it).
    lambda day: f"fromUnixTimestamp({day_number(day) * 86400})",
    {
        "day": _arity(1, lambda ts: f"intDiv(toUnixTimestamp({ts}), 86400)"),
        "any": _arity(0, lambda: "any"),
        "unnest": _arity(0, lambda: "arrayJoin"),
        "text": _arity(2, _hogql_text),
        "int": _arity(2, lambda obj, key: f"toInt(JSONExtractRaw({obj}, {key}))"),
        "json": _arity(2, lambda obj, key: f"nullIf(JSONExtractRaw({obj}, {key}), '')"),
        "strings": _arity(1, lambda expr: f"arrayJoin(JSONExtract({expr}, 'Array(String)'))"),
    },
)

DIALECTS: Tuple[Dialect, ...] = (DUCKDB, HOGQL)

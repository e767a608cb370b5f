"""The preferences question's SQL: each tracked preference (a freecad_preferences field of
the table with a default) against the value the add-on sends for that default.

Only the latest preferences event of each install is read back with its properties:
carrying every event's properties through the cleaning's `deduped` would cost far more.
Built at import; plain strings, any thread.
"""

from __future__ import annotations

import json
from typing import List, Optional, Sequence, Tuple

from freecad_telemetry.field_table import Field, FieldTable
from freecad_telemetry.insights.question_sql import (
    CHANGED,
    EMPTY,
    NOT_SENT,
    default_label,
    query,
    quote,
)

_LISTS = ("csv_list", "workbench_list")


def preference_fields(table: FieldTable) -> List[Field]:
    """The tracked preferences: freecad_preferences fields with a default, in table order."""
    return [f for f in table.fields_of("freecad_preferences") if f.default is not None]


def sent_default(field: Field) -> Optional[str]:
    """The text (as `{text:...}` gives it) of what the add-on sends for the field's default;
    None where no fixed value is sent (the language follows the system's locale). Mirrors
    collect/preferences.py's transforms, which this package may not import."""
    if field.transform == "or_locale":
        return None
    if field.transform in _LISTS:
        items = [i.strip() for i in str(field.default).split(",") if i.strip()]
        return json.dumps(items, separators=(",", ":"))
    value = field.default
    if field.transform == "text":
        value = str(value)
    elif field.transform == "file_name":
        value = str(value).replace("\\", "/").rsplit("/", 1)[-1]
    elif field.transform == "workbench":
        value = str(value).strip()
    elif field.transform != "none":
        raise ValueError(f"{field.prop}: unknown transform {field.transform!r}")
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value) if isinstance(value, (int, float)) else str(value)


def _value_case(fields: Sequence[Field]) -> str:
    whens: List[Tuple[str, str]] = [("raw_value IS NULL", quote(NOT_SENT))]
    for f in fields:
        default = sent_default(f)
        if default is None:
            continue
        is_default = f"preference = {quote(f.prop)} AND raw_value = {quote(default)}"
        whens.append((is_default, quote(default_label(default))))
        if f.transform in _LISTS:
            whens.append((f"preference = {quote(f.prop)}", quote(CHANGED)))
    whens.append(("raw_value = ''", quote(EMPTY)))
    cases = "\n      ".join(f"WHEN {cond} THEN {then}" for cond, then in whens)
    return f"CASE\n      {cases}\n      ELSE raw_value END"


def _pick(fields: Sequence[Field]) -> str:
    """The value of the row's preference: a key must be a constant for DuckDB's STRUCT."""
    cases = "\n      ".join(
        f"WHEN {quote(f.prop)} THEN {{text:last_prefs,{quote(f.prop)}}}" for f in fields
    )
    return f"CASE preference\n      {cases}\n    END"


def preferences(table: FieldTable) -> str:
    fields = preference_fields(table)
    names = ", ".join(quote(f.prop) for f in fields)
    return query(
        [],
        f""",
latest AS (
  SELECT did AS ldid, argMax(eid, (seq, ts)) AS last_eid FROM clean
  WHERE name = 'freecad_preferences' GROUP BY did),
snapshots AS (
  SELECT uuid AS snapshot_eid, {{any}}(properties) AS last_prefs FROM events
  WHERE timestamp >= {{lookback_start}} AND timestamp < {{end}}
    AND uuid IN (SELECT last_eid FROM latest)
  GROUP BY uuid),
picked AS (SELECT last_prefs, {{unnest}}([{names}]) AS preference FROM snapshots),
valued AS (SELECT preference, {_pick(fields)} AS raw_value FROM picked),
labelled AS (SELECT preference, {_value_case(fields)} AS pref_value FROM valued)
SELECT preference, pref_value, count() AS installs FROM labelled
GROUP BY preference, pref_value""",
    )

"""The SQL of the questions (questions.py names and describes them): the shared cleaning
prefix and each question's body, as templates with dialects.py's macros.

Written in the SQL DuckDB and ClickHouse (HogQL) share. Two ClickHouse habits shape it: an
alias is visible in the whole SELECT, so no alias repeats a column name that the same SELECT
reads; and a LEFT JOIN's missing side may come back as '' rather than NULL, so every label
goes through ``nullIf(x, '')``. ``argMax`` skips rows whose value is NULL in both engines:
``argMax(CASE WHEN event = 'x' THEN v END, (seq, ts))`` is v of the latest x event.
Built at import; plain strings, any thread.
"""

from __future__ import annotations

from typing import Sequence

from freecad_telemetry.fields import EVENT_NAMES

# Labels of the published cells besides the values sent (anonymity.OTHER is the folded one).
NOT_SENT = "(not sent)"  # an install that sent no value (category not granted, or no event)
EMPTY = "(empty)"  # an empty text sent
CHANGED = "(changed)"  # a workbench list that differs from the default


def default_label(text: str) -> str:
    """The label of a preference's default value."""
    return f"{text or EMPTY} (default)"


ROW_LIMIT = "LIMIT 50000"  # HogQL answers 100 rows unless told; no question comes near this
SCRIPTED_SESSIONS_PER_DAY = 50
SCRIPTED_SEQUENCE = 5

_EVENTS = ", ".join(f"'{name}'" for name in EVENT_NAMES)


def quote(text: str) -> str:
    # A backslash escapes in ClickHouse but not in DuckDB: no constant of ours holds one.
    if "\\" in text:
        raise ValueError(f"a SQL constant with a backslash: {text!r}")
    return "'" + text.replace("'", "''") + "'"


def _prop(kind: str, key: str) -> str:
    return "{" + f"{kind}:properties,{quote(key)}" + "}"


def _on(event: str, expr: str) -> str:
    """expr on `event`'s rows only, NULL elsewhere."""
    return f"CASE WHEN event = {quote(event)} THEN {expr} END"


def _label(expr: str) -> str:
    return f"coalesce(nullIf({expr}, ''), {quote(NOT_SENT)})"


def _version(*parts: str) -> str:
    return " || '.' || ".join(_prop("text", f"version_{p}") for p in parts)


# The columns a question may ask `deduped` for: alias -> expression over an `events` row.
_CHANNEL_SUFFIX = (
    f"CASE WHEN {_prop('text', 'release_channel')} IN ('rc', 'dev') "
    f"THEN ' ' || {_prop('text', 'release_channel')} ELSE '' END"
)
COLUMNS = {
    "channel": _prop("text", "release_channel"),
    "fc_version": _on("freecad_version", _version("major", "minor", "patch")),
    "fc_channel": _on("freecad_version", _prop("text", "release_channel")),
    "fc_release": _on("freecad_version", f"{_version('major', 'minor')} || {_CHANNEL_SUFFIX}"),
    "prev_version": _on("freecad_unclean_shutdown", _prop("text", "previous_freecad_version")),
    "mods": _on("freecad_addon_list", _prop("json", "mods")),
    "schema_v": _prop("text", "schema_version"),
    "addon_v": _prop("text", "addon_version"),
}


def cleaned(columns: Sequence[str]) -> str:
    """The shared cleaning (module docstring of questions.py) as WITH clauses, `deduped`
    carrying `columns` (keys of COLUMNS, or "<event>.<property>" for a property's text)."""
    extra = "".join(f",\n    {{any}}({_column(c)}) AS {_alias(c)}" for c in columns)
    return f"""WITH deduped AS (
  SELECT uuid AS eid,
    {{any}}(event) AS name,
    {{any}}(distinct_id) AS did,
    {{any}}(timestamp) AS ts,
    {{any}}({_prop("int", "session_sequence")}) AS seq,
    {{any}}({_prop("int", "install_age_days")}) AS age{extra}
  FROM events
  WHERE timestamp >= {{lookback_start}} AND timestamp < {{end}} AND event IN ({_EVENTS})
  GROUP BY uuid
),
busy_ids AS (
  SELECT did FROM deduped WHERE name = 'freecad_startup' AND ts >= {{start}}
  GROUP BY did, {{day:ts}} HAVING count() > {SCRIPTED_SESSIONS_PER_DAY}
),
young_ids AS (
  SELECT did FROM deduped WHERE ts >= {{start}}
  GROUP BY did HAVING max(age) = 0 AND max(seq) >= {SCRIPTED_SEQUENCE}
),
active AS (
  SELECT did FROM deduped
  WHERE name = 'freecad_startup' AND ts >= {{start}}
    AND did NOT IN (SELECT did FROM busy_ids) AND did NOT IN (SELECT did FROM young_ids)
  GROUP BY did HAVING count(DISTINCT {{day:ts}}) >= 2 AND max(seq) >= 2
),
clean AS (SELECT * FROM deduped WHERE did IN (SELECT did FROM active))"""


def _column(name: str) -> str:
    if name in COLUMNS:
        return COLUMNS[name]
    event, _, prop = name.partition(".")
    return _on(event, _prop("text", prop))


def _alias(name: str) -> str:
    return name if name in COLUMNS else "state_" + name.partition(".")[2]


def query(columns: Sequence[str], body: str) -> str:
    return f"{cleaned(columns)}{body}\n{ROW_LIMIT}"


def latest_state(event: str, props: Sequence[str]) -> str:
    """Active installs by the latest values of `props` of `event` (one cell per install)."""
    columns = [f"{event}.{p}" for p in props]
    lasts = ",\n    ".join(
        f"{_label(f'argMax({_alias(c)}, (seq, ts))')} AS last_{i}" for i, c in enumerate(columns)
    )
    keys = ", ".join(f"last_{i}" for i in range(len(columns)))
    return query(
        columns,
        f""",
per_install AS (SELECT did,
    {lasts}
  FROM clean GROUP BY did)
SELECT {keys}, count() AS installs FROM per_install GROUP BY {keys}""",
    )


INSTALLS_BY_CHANNEL = query(
    ["channel"],
    f""",
per_install AS (
  SELECT did, {_label("argMax(channel, (seq, ts))")} AS last_channel, count() AS sessions_n
  FROM clean WHERE name = 'freecad_startup' AND ts >= {{start}} GROUP BY did)
SELECT last_channel, count() AS installs, sum(sessions_n) AS session_count
FROM per_install GROUP BY last_channel""",
)

INSTALLS_BY_VERSION = query(
    ["fc_version", "fc_channel"],
    f""",
per_install AS (
  SELECT did,
    {_label("argMax(fc_version, (seq, ts))")} AS last_version,
    {_label("argMax(fc_channel, (seq, ts))")} AS last_channel,
    sum(CASE WHEN name = 'freecad_startup' AND ts >= {{start}} THEN 1 ELSE 0 END) AS sessions_n
  FROM clean GROUP BY did)
SELECT last_version, last_channel, count() AS installs, sum(sessions_n) AS session_count
FROM per_install GROUP BY last_version, last_channel""",
)

# Each session of the period with the version of the install's latest freecad_version event
# at or before its session_sequence (the add-on sends the version at a start where it
# changed, in that start's session: hence version events before startups of the same
# sequence). A running argMax over the install's timeline, so that the cost grows with the
# events, not with sessions times versions.
_TIMELINE_ORDER = (
    "PARTITION BY tdid ORDER BY tseq, tstart, tts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
)
_SESSIONS = f""",
timeline AS (
  SELECT eid AS teid, did AS tdid, seq AS tseq, ts AS tts, fc_version AS tversion,
    fc_release AS trelease, CASE WHEN name = 'freecad_startup' THEN 1 ELSE 0 END AS tstart
  FROM clean WHERE name IN ('freecad_startup', 'freecad_version')),
session_versions AS (
  SELECT teid AS sid, tdid AS sdid, tseq AS sseq, tts AS sts, sversion, srelease FROM (
    SELECT teid, tdid, tseq, tts, tstart,
      argMax(tversion, (tseq, tstart, tts)) OVER ({_TIMELINE_ORDER}) AS sversion,
      argMax(trelease, (tseq, tstart, tts)) OVER ({_TIMELINE_ORDER}) AS srelease
    FROM timeline) AS ordered
  WHERE tstart = 1 AND tts >= {{start}})"""

RELEASE_SHARE_BY_WEEK = query(
    ["fc_version", "fc_release"],
    _SESSIONS
    + f""",
weekly AS (
  SELECT sdid, {{day:sts}} - ({{day:sts}} + 3) % 7 AS week_day,
    {_label("argMax(srelease, (sseq, sts))")} AS week_release
  FROM session_versions GROUP BY sdid, week_day)
SELECT week_day, week_release, count() AS installs FROM weekly GROUP BY week_day, week_release""",
)

UNCLEAN_BY_VERSION = query(
    ["fc_version", "fc_release", "prev_version"],
    _SESSIONS
    + """,
crash_cells AS (
  SELECT sdid AS inst, sversion AS cell_version, 1 AS is_start, 0 AS is_unclean
  FROM session_versions
  UNION ALL
  SELECT did, prev_version, 0, 1 FROM clean
  WHERE name = 'freecad_unclean_shutdown' AND ts >= {start})
SELECT cell_version, count(DISTINCT inst) AS installs, sum(is_start) AS startups,
  sum(is_unclean) AS unclean_shutdowns
FROM crash_cells WHERE nullIf(cell_version, '') IS NOT NULL GROUP BY cell_version""",
)

# The installs' latest add-on lists, one row per (install, add-on).
_HAS_ADDON = """,
lists AS (SELECT did AS adid, argMax(mods, (seq, ts)) AS last_mods FROM clean GROUP BY did),
has_addon AS (
  SELECT DISTINCT adid, addon FROM (
    SELECT adid, {strings:last_mods} AS addon FROM lists WHERE last_mods IS NOT NULL
  ) AS listed)"""

ADDON_POPULARITY = query(
    ["mods"], _HAS_ADDON + "\nSELECT addon, count() AS installs FROM has_addon GROUP BY addon"
)

ADDONS_BY_RELEASE = query(
    ["mods", "fc_release"],
    _HAS_ADDON
    + f""",
releases AS (
  SELECT did AS rdid, {_label("argMax(fc_release, (seq, ts))")} AS last_release
  FROM clean GROUP BY did)
SELECT addon, last_release, count() AS installs
FROM has_addon JOIN releases ON adid = rdid GROUP BY addon, last_release""",
)

UNCLEAN_BY_ADDON = query(
    ["mods"],
    _HAS_ADDON
    + """,
usage AS (
  SELECT did AS udid,
    sum(CASE WHEN name = 'freecad_startup' THEN 1 ELSE 0 END) AS startups_n,
    sum(CASE WHEN name = 'freecad_unclean_shutdown' THEN 1 ELSE 0 END) AS unclean_n
  FROM clean WHERE ts >= {start} GROUP BY did)
SELECT * FROM (
  SELECT addon, count() AS installs, sum(startups_n) AS startups,
    sum(unclean_n) AS unclean_shutdowns
  FROM has_addon JOIN usage ON adid = udid GROUP BY addon
  UNION ALL
  SELECT '(all active installs)', count(), sum(startups_n), sum(unclean_n) FROM usage
) AS addon_cells""",
)


# --- data quality ----------------------------------------------------------------------------

_RAW = f"FROM events WHERE timestamp >= {{start}} AND timestamp < {{end}} AND event IN ({_EVENTS})"


_SCRIPTED = "ids dropped as scripted"
_QUALITY_FLAGS = (  # item, value, the flag column of `flags`
    (_SCRIPTED, f"more than {SCRIPTED_SESSIONS_PER_DAY} startups in a UTC day", "is_busy"),
    (_SCRIPTED, f"install_age_days 0 while session_sequence >= {SCRIPTED_SEQUENCE}", "is_young"),
    (_SCRIPTED, "either rule", "is_scripted"),
    ("ids kept", "active installs", "is_active"),
    ("ids kept", "not active (startups on < 2 UTC days or session_sequence < 2)", "is_inactive"),
)
# Totals over every id seen: installs is that count (what the figure rests on).
_FLAG_ROWS = "".join(
    f"""
  UNION ALL
  SELECT {quote(item)}, {quote(value)}, count(), sum({flag}), sum({flag} * events_n) FROM flags"""
    for item, value, flag in _QUALITY_FLAGS
)
_COPIES = "(SELECT coalesce(sum(extra_n), 0) FROM copies)"

DATA_QUALITY = query(
    ["schema_v", "addon_v"],
    f""",
id_events AS (
  SELECT did AS qdid, count() AS events_n FROM deduped WHERE ts >= {{start}} GROUP BY did),
flags AS (
  SELECT qdid, events_n, is_busy, is_young, is_active,
    CASE WHEN is_busy + is_young > 0 THEN 1 ELSE 0 END AS is_scripted,
    CASE WHEN is_busy + is_young + is_active = 0 THEN 1 ELSE 0 END AS is_inactive
  FROM (
    SELECT qdid, events_n,
      CASE WHEN qdid IN (SELECT did FROM busy_ids) THEN 1 ELSE 0 END AS is_busy,
      CASE WHEN qdid IN (SELECT did FROM young_ids) THEN 1 ELSE 0 END AS is_young,
      CASE WHEN qdid IN (SELECT did FROM active) THEN 1 ELSE 0 END AS is_active
    FROM id_events) AS classed),
copies AS (
  SELECT {{any}}(distinct_id) AS copy_did, count() - 1 AS extra_n {_RAW}
  GROUP BY uuid HAVING count() > 1),
seen AS (
  SELECT 'schema_version' AS seen_item, schema_v AS seen_value, did AS seen_did FROM deduped
  WHERE ts >= {{start}}
  UNION ALL
  SELECT 'addon_version', addon_v, did FROM deduped WHERE ts >= {{start}})
SELECT * FROM (
  SELECT 'events' AS item, 'received' AS value, count() AS installs, count() AS id_count,
    sum(events_n) + {_COPIES} AS event_count FROM flags
  UNION ALL
  SELECT 'events', 'duplicates collapsed (same uuid)', count(),
    (SELECT count(DISTINCT copy_did) FROM copies), {_COPIES} FROM flags{_FLAG_ROWS}
  UNION ALL
  SELECT seen_item, {_label("seen_value")}, count(DISTINCT seen_did), count(DISTINCT seen_did),
    count()
  FROM seen GROUP BY seen_item, seen_value
) AS quality""",
)

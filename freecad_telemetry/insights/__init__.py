"""Answers for FreeCAD's maintainers: `python -m freecad_telemetry insights`, a k-anonymous
public report of what the telemetry shows, computed by PostHog (HogQL) or, offline, by
DuckDB over an export of events. Never imported by the add-on inside FreeCAD; its
dependencies (duckdb, sqlglot) are the optional extra ``insights``.

Modules (one reason to change each). They import fields.py and field_table.py of the
add-on; engine_hogql.py also network.py's address rule; the simulation (simulate*.py) drives
the add-on's own collectors, sessions and transport, so it imports those; cli/insights.py
sits on top.

* ``questions.py`` (their SQL in ``question_sql.py`` and ``preference_sql.py``): the
  questions, each defined once as a query template over an ``events`` table (uuid, event,
  distinct_id, timestamp, properties) with dialect macros; the shared cleaning (duplicates
  collapsed by uuid, scripted-traffic ids dropped, the period) and the README's counting
  rules (active install: ``freecad_startup`` on >= 2 distinct days and ``session_sequence``
  >= 2).
* ``dialects.py``: the macros rendered for DuckDB and for HogQL.
* ``engine_duckdb.py``: runs a rendered query on JSON Lines files (PostHog's batch-export
  records and the capture server's records); ``engine_hogql.py`` (its answers read by
  ``hogql_answers.py``): sends it to PostHog's query API (``POST /api/projects/<id>/query/``
  with a HogQLQuery; the personal API key comes from the environment) and returns the
  aggregated rows.
* ``anonymity.py``: k-anonymity of every published cell (default k = 10 distinct installs,
  configurable upward only): small cells folded into "(other)", suppressed when still below k.
* ``compute.py``: runs every question through one engine for a period and returns Results
  (JSON-ready: period, k, rules, and per question its columns and rows), with progress.
* ``report.py`` and ``svg.py``: the static report folder (index.html, data/<question>.json,
  charts/<question>.svg), readable without JavaScript or network.
* ``simulate_population.py``, ``simulate.py``, ``simulate_truth.py``: a simulated population
  (its distributions), run through the add-on's own collectors and transport into a capture
  server, and its known truth (tests and the benchmark).
"""

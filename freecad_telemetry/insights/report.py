"""The published report: a static folder readable without JavaScript or network.

``write_report`` runs once in the command-line process, at the end of ``python -m
freecad_telemetry insights``, over the Results of ``compute`` (JSON-ready). It writes
index.html (one self-contained page, CSS inline), data/<question>.json and
charts/<question>.svg. Every text on the page may come from the data, so all of it is escaped.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from freecad_telemetry.insights import svg
from freecad_telemetry.insights.svg import escape, label

TITLE = "FreeCAD telemetry: what the data shows"
MIN_K = 10
INSTALLS = "installs"
ENGINES = {
    "duckdb": "DuckDB, over exported events",
    "hogql": "PostHog's query engine (HogQL)",
}
# Columns that would identify an install: a report holding one publishes per-install rows.
PER_INSTALL_COLUMNS = frozenset({"distinct_id", "person_id", "uuid", "$device_id"})
_NAME = re.compile(r"[a-z0-9_]{1,80}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

CSS = """
body{margin:0;background:#fff;color:#1a1a1a;
 font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
main{max-width:76rem;margin:0 auto;padding:1rem 1.5rem 3rem}
p,li,dd{max-width:72ch}
h1{font-size:1.8rem;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
section{border-top:1px solid #ccc;margin-top:2rem}
.figure{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.figure img{flex:1 1 30rem;max-width:100%;height:auto}
.numbers{flex:1 1 20rem;overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem}
th,td{padding:.15rem .6rem;border-bottom:1px solid #e2e2e2;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #888}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.notes{color:#333}
a{color:#1f4e8c}
@media print{main{max-width:none;padding:0}a{color:inherit}.figure img{max-width:34rem}
 section{break-inside:auto}h2{break-after:avoid}}
"""


def write_report(results: Dict[str, Any], folder: Path) -> Path:
    """Write the report folder and return its index.html. Refuses (ValueError, nothing
    written) Results with a cell below k or a per-install column: the page is the publication,
    so it is the last place to stop a figure that must not be published."""
    _refuse_unpublishable(results)
    questions = [_json_ready(q) for q in results["questions"]]
    for sub in ("data", "charts"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    sections = [_publish(q, results, folder) for q in questions]
    _remove_stale(folder, questions)
    index = folder / "index.html"
    index.write_text(_page(results, questions, sections), encoding="utf-8")
    return index


def _refuse_unpublishable(results: Dict[str, Any]) -> None:
    k = results["k"]
    if not isinstance(k, int) or k < MIN_K:
        raise ValueError(f"k = {k!r}: the report needs k of {MIN_K} or more")
    names = [q["name"] for q in results["questions"]]
    if len(set(names)) != len(names):
        raise ValueError(f"question names repeat: {names}")
    for q in results["questions"]:
        columns = q["columns"]
        if not _NAME.fullmatch(q["name"]):
            raise ValueError(f"question name {q['name']!r}: lower-case letters, digits, _")
        if PER_INSTALL_COLUMNS & set(columns) or INSTALLS not in columns:
            raise ValueError(f"{q['name']}: columns {columns} (per-install, or no installs)")
        for row in q["rows"]:
            _refuse_row(q["name"], columns, row, k)


def _refuse_row(name: str, columns: List[str], row: Sequence[Any], k: int) -> None:
    n = row[columns.index(INSTALLS)] if len(row) == len(columns) else None
    if isinstance(n, bool) or not isinstance(n, (int, float)) or not n >= k:
        raise ValueError(f"{name}: row {row!r} has fewer than k = {k} installs")
    # NaN or infinity is neither JSON nor a figure anyone can read.
    if any(isinstance(v, float) and not math.isfinite(v) for v in row):
        raise ValueError(f"{name}: row {row!r} holds a number that is not finite")


def _json_ready(value: Any) -> Any:
    """The value with lone surrogates (unencodable as UTF-8) in its strings replaced."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_json_ready(key): _json_ready(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(item) for item in value]
    return value


def _publish(q: Dict[str, Any], results: Dict[str, Any], folder: Path) -> str:
    """Write the question's data file and chart; return its section of the page."""
    data = {**q, "period": results["period"], "k": results["k"], "engine": results["engine"]}
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    # Markup characters only ever occur inside JSON strings: as \u escapes the file stays
    # inert even where it is embedded in, or mis-served as, HTML.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    (folder / "data" / f"{q['name']}.json").write_text(text + "\n", encoding="utf-8")
    chart = _chart(q)
    if chart is not None:
        (folder / "charts" / f"{q['name']}.svg").write_text(chart[0], encoding="utf-8")
    return _section(q, results["k"], chart[1] if chart else None)


def _remove_stale(folder: Path, questions: List[Dict[str, Any]]) -> None:
    """A report written over an older one keeps no data or chart it does not show."""
    keep = {f"{q['name']}.json" for q in questions}
    keep |= {f"{q['name']}.svg" for q in questions if _draws(q)}
    for path in [*(folder / "data").glob("*.json"), *(folder / "charts").glob("*.svg")]:
        if path.name not in keep:
            path.unlink()


def _draws(q: Dict[str, Any]) -> bool:
    """Whether the question has a chart: a bar or share question with rows."""
    return bool(q["rows"]) and q["chart"] in ("bar", "share")


def _dimensions(q: Dict[str, Any]) -> int:
    """How many leading columns are dimensions: the measures start with installs."""
    return int(q["columns"].index(INSTALLS))


def _chart(q: Dict[str, Any]) -> Optional[Tuple[str, str]]:
    """The question's SVG and the <img> alt text, or None (a table question, or no rows)."""
    rows, dims = q["rows"], _dimensions(q)
    if not _draws(q):
        return None
    what = " and ".join(q["columns"][:dims])
    if q["chart"] == "bar":
        names = [" / ".join(label(v) for v in row[:dims]) for row in rows]
        values = [row[dims] for row in rows]
        top = max(range(len(rows)), key=lambda i: values[i])
        alt = (
            f"Bar chart of {INSTALLS} by {what}, {len(rows)} bars; the largest is "
            f"{names[top]} with {svg.number(values[top])}. The table lists every figure."
        )
        return svg.bar_chart(q["title"], names, values), alt
    weeks, series, shares, _ = _shares(q)
    alt = (
        f"Stacked 100% chart: each week's share of {INSTALLS} by "
        f"{' and '.join(q['columns'][1:dims])}, {len(weeks)} weeks from {weeks[0]} to "
        f"{weeks[-1]}, {len(series)} series. The table lists every figure."
    )
    return svg.share_chart(q["title"], weeks, series, shares), alt


def _shares(q: Dict[str, Any]) -> Tuple[List[str], List[str], List[List[float]], List[float]]:
    """Weeks (sorted), series (largest first, "other" last), each week's fractions per
    series, and each row's fraction of its week (of the installs published for that week)."""
    dims = _dimensions(q)
    keyed = [(label(r[0]), " / ".join(label(v) for v in r[1:dims]), r[dims]) for r in q["rows"]]
    weeks = sorted({week for week, _, _ in keyed})
    totals: Dict[str, float] = {}
    by_series: Dict[str, float] = {}
    for week, name, n in keyed:
        totals[week] = totals.get(week, 0) + n
        by_series[name] = by_series.get(name, 0) + n
    series = sorted(by_series, key=lambda s: (s == svg.OTHER, -by_series[s], s))
    cell = {(week, name): n / totals[week] for week, name, n in keyed if totals[week]}
    shares = [[cell.get((week, name), 0.0) for name in series] for week in weeks]
    return weeks, series, shares, [cell.get((week, name), 0.0) for week, name, _ in keyed]


def _section(q: Dict[str, Any], k: int, alt: Optional[str]) -> str:
    name = q["name"]
    parts = [
        f'<section id="{name}">',
        f"<h2>{escape(q['title'])}</h2>",
        f"<p>{escape(q['about'])}</p>",
        '<div class="figure">',
    ]
    if alt is not None:
        parts.append(f'<img src="charts/{name}.svg" alt="{escape(alt)}">')
    parts.append(f'<div class="numbers">{_table(q)}</div>')
    parts.append("</div>")
    if not q["rows"]:
        parts.append(f"<p>No cell reached k = {k} installs in this period.</p>")
    notes = _notes(q.get("notes") or {}, k)
    if notes:
        parts.append('<ul class="notes">' + "".join(f"<li>{n}</li>" for n in notes) + "</ul>")
    parts.append(f'<p>Data: <a href="data/{name}.json">data/{name}.json</a></p>')
    parts.append("</section>")
    return "\n".join(parts)


def _table(q: Dict[str, Any]) -> str:
    """Every row of the question, every column; a share question adds each row's share of
    its week, the figure its chart draws."""
    columns: List[str] = list(q["columns"])
    dims = _dimensions(q)
    rows: List[Sequence[Any]] = q["rows"]
    if q["chart"] == "share" and rows:
        columns.append("share of week")
        rows = [[*row, f"{100 * part:.1f}%"] for row, part in zip(rows, _shares(q)[3])]
    head = "".join(
        f'<th scope="col"{"" if i < dims else " class=num"}>{escape(c.replace("_", " "))}</th>'
        for i, c in enumerate(columns)
    )
    body = "\n".join(
        "<tr>"
        + "".join(
            f"<td{'' if i < dims else ' class=num'}>{escape(value)}</td>"
            for i, value in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _notes(notes: Dict[str, Any], k: int) -> List[str]:
    """The anonymity notes in words (already escaped), then any other note as name: value."""
    folded, hidden = notes.get("folded_cells", 0), notes.get("suppressed_cells", 0)
    words = []
    if folded:
        words.append(f"{label(folded)} small {_cells(folded)} folded into “other”")
    if hidden:
        words.append(f"{label(hidden)} {_cells(hidden)} below k = {k} not shown")
    if not folded and not hidden and ("folded_cells" in notes or "suppressed_cells" in notes):
        words.append(f"Every cell reached k = {k} installs: nothing folded or hidden")
    for key, value in notes.items():
        if key not in ("folded_cells", "suppressed_cells"):
            words.append(f"{escape(str(key).replace('_', ' '))}: {escape(value)}")
    return words


def _cells(n: Any) -> str:
    return "cell" if n == 1 else "cells"


def _period(period: Dict[str, str]) -> str:
    """[start, end) as the days it covers, both named: the page reader should not have to
    know the end is excluded."""
    try:
        start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
    except (TypeError, ValueError):
        return f"{escape(period['start'])} to {escape(period['end'])} (end excluded)"
    last, days = end - timedelta(days=1), (end - start).days
    return f"{start} to {last}, UTC days, both included ({days} {'day' if days == 1 else 'days'})"


def _page(results: Dict[str, Any], questions: List[Dict[str, Any]], sections: List[str]) -> str:
    k, engine = results["k"], results["engine"]
    rules = "".join(f"<li>{escape(rule)}</li>" for rule in results["rules"])
    contents = "".join(
        f'<li><a href="#{q["name"]}">{escape(q["title"])}</a></li>' for q in questions
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            '<head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(TITLE)}</title>",
            f"<style>{CSS}</style></head>",
            "<body><main>",
            f"<h1>{escape(TITLE)}</h1>",
            '<dl class="facts">',
            f"<dt>Period</dt><dd>{_period(results['period'])}</dd>",
            f"<dt>k</dt><dd>k = {k}: every figure counts at least {k} distinct installs; "
            "smaller cells are folded into “other” or not shown.</dd>",
            f"<dt>Engine</dt><dd>{escape(ENGINES.get(engine, engine))}</dd>",
            "</dl>",
            f"<h2>How the figures are counted</h2>\n<ul>{rules}</ul>",
            f"<h2>Questions</h2>\n<ol>{contents}</ol>",
            *sections,
            "</main></body></html>",
            "",
        ]
    )

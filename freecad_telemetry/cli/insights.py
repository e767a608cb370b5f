"""``python -m freecad_telemetry insights``: the public report for FreeCAD's maintainers.

Runs in the command-line process only (never in FreeCAD, which never imports insights/). The
figures come from PostHog's query engine (``--posthog``, the personal API key in the
environment, never on the command line) or from exported events (``--export``, computed by
DuckDB); the report is written to a folder. Progress goes to stderr, one line a question.
Needs the optional extra ``insights`` (duckdb; sqlglot for the tests).
"""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

from freecad_telemetry.cli.console import FAILED, OK, Console

API_KEY_VARIABLE = "POSTHOG_PERSONAL_API_KEY"
MIN_K = 10
_PERIOD = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")


def register(commands: Any) -> None:
    report = commands.add_parser(
        "insights",
        help="compute the public, k-anonymous report of what the telemetry shows (maintainers)",
    )
    source = report.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--export",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="events as JSON Lines (PostHog batch exports, capture-server records; .gz too)",
    )
    source.add_argument(
        "--posthog",
        metavar="URL",
        help="PostHog's address (e.g. https://eu.posthog.com); needs --project and "
        f"{API_KEY_VARIABLE}",
    )
    report.add_argument("--project", metavar="ID", help="PostHog project id (with --posthog)")
    report.add_argument(
        "--period", required=True, metavar="START..END", help="UTC days, END excluded"
    )
    report.add_argument(
        "--k",
        type=int,
        default=MIN_K,
        help=f"fewest distinct installs behind a published figure ({MIN_K} or more)",
    )
    report.add_argument("--out", type=Path, required=True, metavar="DIR", help="report folder")
    report.add_argument("--force", action="store_true", help="replace a report already in DIR")
    report.set_defaults(run=_insights, needs_profile=False)


def _insights(args: argparse.Namespace, host: None, console: Console) -> int:
    period = _period(args.period)
    if period is None:
        return console.fail(f"--period {args.period!r}: give START..END as YYYY-MM-DD..YYYY-MM-DD")
    if args.k < MIN_K:
        return console.fail(f"--k {args.k}: k is {MIN_K} or more (it can only be raised)")
    if (args.out / "index.html").exists() and not args.force:
        return console.fail(f"{args.out} already holds a report; add --force to replace it")
    try:
        from freecad_telemetry.insights.compute import compute
        from freecad_telemetry.insights.dialects import Period
        from freecad_telemetry.insights.report import write_report

        engine = _engine(args, console)
        if engine is None:
            return FAILED
        results = compute(engine, Period(*period), args.k, progress=console.note)
        index = write_report(results, args.out)
    except ImportError as exc:
        return console.fail(
            f"{exc.name or 'a module'} is missing: pip install 'freecad-telemetry[insights]'"
        )
    except (OSError, ValueError, RuntimeError) as exc:
        return console.fail(str(exc))
    console.stdout.write(f"{index}\n")
    return OK


def _engine(args: argparse.Namespace, console: Console) -> Any:
    if args.export:
        from freecad_telemetry.insights.engine_duckdb import DuckDBEngine

        missing = [str(p) for p in args.export if not p.is_file()]
        if missing:
            console.fail(f"no such export: {', '.join(missing)}")
            return None
        return DuckDBEngine(args.export)
    from freecad_telemetry.insights.engine_hogql import HogQLEngine

    key = os.environ.get(API_KEY_VARIABLE, "")
    if not args.project or not key:
        console.fail(f"--posthog needs --project and a personal API key in {API_KEY_VARIABLE}")
        return None
    return HogQLEngine(args.posthog, args.project, key)


def _period(text: str) -> Any:
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        return None
    try:
        start, end = (date.fromisoformat(day) for day in match.groups())
    except ValueError:
        return None
    return (start, end) if start < end else None

"""docs/fields.md, written from the field table: what is collected, by category and event.

Run `python -m freecad_telemetry fields > docs/fields.md` after changing fields.py; a test
fails while the file and the table differ.
"""

from __future__ import annotations

import json
from typing import Any, List

from freecad_telemetry.fields import CATEGORIES, COMMON, EVENTS, SNAPSHOT_DAYS, fields_of
from freecad_telemetry.privacy.send_filter import SDK_KEPT, SDK_SYSTEM


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _example(value: object) -> str:
    return "`" + _cell(json.dumps(value, ensure_ascii=False)) + "`"


_PROPERTY_HEADER = ["| property | meaning | example | since |", "|---|---|---|---|"]


def _property_rows(prop_fields: List[Any]) -> List[str]:
    return [
        f"| `{f.prop}` | {_cell(f.meaning)} | {_example(f.example)} | {f.since} |"
        for f in prop_fields
    ]


def render() -> str:
    """docs/fields.md: the categories, the properties on every event, then each event."""
    lines: List[str] = [
        "# What freecad-telemetry collects",
        "",
        "Generated from `freecad_telemetry/fields.py` by `python -m freecad_telemetry fields`;"
        " do not edit by hand. Nothing is sent before you choose *Share*, and only the"
        " categories you tick. This table is also the allow-list the add-on enforces when"
        " sending: a property that is not listed here never leaves your computer.",
        "",
        "## Categories",
        "",
        "| category | what | since |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{c.name}` ({_cell(c.title)}) | {_cell(c.description)} | {c.since} |"
        for c in CATEGORIES
    ]
    lines += ["", "## On every event", "", *_PROPERTY_HEADER, *_property_rows(fields_of(COMMON))]
    lines += ["", _library_properties(), "", "## Events"]
    for spec in EVENTS:
        lines += [
            "",
            f"### `{spec.name}`",
            "",
            f"Category `{spec.category}`; sent at {spec.when}; since {spec.since}.",
        ]
        own = fields_of(spec.name)
        if own:
            lines += ["", *_PROPERTY_HEADER, *_property_rows(own)]
    lines += [
        "",
        f"Snapshot events are sent again when their content changes, or after "
        f"{SNAPSHOT_DAYS} days.",
        "",
    ]
    return "\n".join(lines)


def _library_properties() -> str:
    return (
        "Also on every event, added by the posthog library: "
        + ", ".join(f"`{k}`" for k in sorted(SDK_KEPT))
        + " (which library sent it; GeoIP lookup off; keep the event's own time). Only with"
        " the `system` category: "
        + ", ".join(f"`{k}`" for k in sorted(SDK_SYSTEM))
        + " (operating system and Python, major versions only). The event name, a random"
        " event id, its time and your anonymous id (a random UUID, shown in the preferences"
        " page) complete each event."
    )

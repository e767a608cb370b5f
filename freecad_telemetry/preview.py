"""The preview: exactly what the next start of FreeCAD would send from this profile.

Built with report.start_drafts, the sender's own code path. Runs wherever it is asked
for (command line, preferences page), never at start-up.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

from freecad_telemetry import snapshots
from freecad_telemetry.collectors.freecad_version import channel_of
from freecad_telemetry.consent import DECLINED, GRANTED, load_consent, sendable
from freecad_telemetry.environment import opt_out_reason
from freecad_telemetry.fields import CATEGORY_NAMES, SCHEMA_VERSION, allowed_properties
from freecad_telemetry.host.base import Host
from freecad_telemetry.local_state import install_age_days, read_install_id, state_dir
from freecad_telemetry.report import START_COLLECTORS, Draft, Grant, SessionFacts, start_drafts
from freecad_telemetry.settings import Settings

NO_ID_YET = "(a random id, created at the first start after you choose Share)"


def build_preview(host: Host) -> Dict[str, Any]:
    settings = Settings(host)
    consent = load_consent(settings)
    blocked = opt_out_reason()
    max_since = SCHEMA_VERSION
    if consent.status == GRANTED:
        granted, max_since = sendable(consent)
        categories = sorted(granted)
        note = "what the next start sends (the categories you granted)"
    elif consent.status == DECLINED:
        categories = []
        note = "you declined: nothing is sent"
    else:
        categories = list(CATEGORY_NAMES)
        note = (
            "nothing is sent until you choose Share; this is what sharing every category would send"
        )
    if blocked:
        note = f"nothing is sent: {blocked}; " + note
    folder = state_dir(host.user_data_dir())
    facts = SessionFacts(
        install_age_days=install_age_days(folder), release_channel=channel_of(host)
    )
    collected = start_drafts(host, Grant(frozenset(categories), max_since), facts)
    drafts = collected
    if consent.status == GRANTED:  # what the next start really sends: changed snapshots only
        drafts = snapshots.due(collected, folder)
    events = [{"event": d.name, "properties": d.properties} for d in drafts]
    return {
        "note": note,
        "consent": consent.status,
        "categories": categories,
        "destination": settings.get("PostHogHost"),
        "distinct_id": read_install_id(folder) or NO_ID_YET,
        "events": events,
        "unchanged_since_last_sent": [d.name for d in collected if d not in drafts],
        "known_only_inside_freecad": _missing(collected, categories),
    }


def _missing(collected: List[Draft], categories: List[str]) -> List[str]:
    """Table properties the preview could not fill (e.g. FreeCAD's version, outside FreeCAD)."""
    present = {d.name: set(d.properties) for d in collected}
    missing = []
    for name, _collect in START_COLLECTORS:
        for prop in sorted(allowed_properties(name, categories)):
            if prop not in present.get(name, set()):
                missing.append(f"{name}.{prop}")
    return missing


def render_text(preview: Dict[str, Any]) -> str:
    lines = [
        f"Telemetry preview: {preview['note']}.",
        f"Destination: {preview['destination']}",
        f"Anonymous id: {preview['distinct_id']}",
        "",
    ]
    for event in preview["events"]:
        lines.append(event["event"])
        for key, value in event["properties"].items():
            lines.append(f"  {key}: {json.dumps(value, ensure_ascii=False)}")
    if preview["unchanged_since_last_sent"]:
        lines += [
            "",
            "Not sent again (unchanged since last sent, resent weekly):",
            "  " + ", ".join(preview["unchanged_since_last_sent"]),
        ]
    if preview["known_only_inside_freecad"]:
        lines += [
            "",
            "Filled in by FreeCAD itself at start-up (unknown here):",
            "  " + ", ".join(preview["known_only_inside_freecad"]),
        ]
    return "\n".join(lines) + "\n"

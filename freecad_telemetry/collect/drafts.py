"""Drafts: what a start of FreeCAD sends, collected and filtered through the field table,
before each is stamped as an event (its uuid and time).

The same functions serve the sender (the session agent, on a background thread over a
frozen copy of the host) and the preview (command line or preferences page), so what the
user previews is what goes out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from freecad_telemetry import __version__
from freecad_telemetry.collect import addons, freecad_version, preferences, system_info
from freecad_telemetry.events import Event, new_event
from freecad_telemetry.field_table import FieldTable, Grant
from freecad_telemetry.fields import TABLE
from freecad_telemetry.host.interface import Host

Collector = Callable[[Host], Optional[Dict[str, Any]]]

# Start-up events in the order they are sent; each collector feeds one event.
START_COLLECTORS: Tuple[Tuple[str, Optional[Collector]], ...] = (
    ("freecad_startup", None),
    ("freecad_version", freecad_version.collect),
    ("freecad_system_info", system_info.collect),
    ("freecad_preferences", preferences.collect),
    ("freecad_addon_list", addons.collect),
)


@dataclass(frozen=True)
class Draft:
    """An event's name and properties before it gets its uuid and timestamp. An event that
    may be reported twice (an unclean shutdown found again after a crash) brings its own
    stable uuid and timestamp, so PostHog collapses the copies."""

    name: str
    properties: Dict[str, Any]
    uuid: Optional[str] = None
    timestamp: Optional[str] = None


@dataclass(frozen=True)
class SessionFacts:
    """What every event of a session carries, so maintainers can tell real use from scripted
    or test traffic (see the README's counting rule)."""

    sequence: int = 1
    install_age_days: int = 0
    release_channel: str = ""
    table: FieldTable = TABLE  # what may be collected and sent (a test gives a newer one)


def common_properties(facts: SessionFacts) -> Dict[str, Any]:
    return {
        "addon_version": __version__,
        "schema_version": facts.table.version,
        "session_sequence": facts.sequence,
        "install_age_days": facts.install_age_days,
        "release_channel": facts.release_channel,
    }


def draft(
    name: str,
    properties: Dict[str, Any],
    grant: Grant,
    facts: SessionFacts,
    log: Optional[Callable[[str], None]] = None,
) -> Optional[Draft]:
    """The event as the table allows it for `grant`, or None when it may not be sent.
    Keys the table does not know are dropped (and logged: that is a programming error)."""
    if not facts.table.event_allowed(name, grant.categories, grant.max_since):
        return None
    kept, refused = facts.table.keep_allowed(
        name, {**common_properties(facts), **properties}, grant.categories, grant.max_since
    )
    if refused and log is not None:
        log(f"not sending unlisted properties of {name}: {', '.join(refused)}")
    return Draft(name, kept)


def start_drafts(
    host: Host,
    grant: Grant,
    facts: SessionFacts,
    log: Optional[Callable[[str], None]] = None,
) -> List[Draft]:
    """Run the collectors of the granted categories only (nothing else is even read)."""
    drafts: List[Draft] = []
    for name, collect in START_COLLECTORS:
        if not facts.table.event_allowed(name, grant.categories, grant.max_since):
            continue
        try:
            properties = collect(host) if collect is not None else {}
        except Exception as exc:  # a collector bug must not cost the other events
            if log is not None:
                log(f"could not collect {name}: {type(exc).__name__}")
            continue
        if properties is None:
            continue
        made = draft(name, properties, grant, facts, log)
        if made is not None:
            drafts.append(made)
    return drafts


def stamp(drafts: Iterable[Draft], distinct_id: str) -> List[Event]:
    """Give each draft its permanent uuid and timestamp (this is when it happened)."""
    events = []
    for d in drafts:
        event = new_event(d.name, distinct_id, d.properties)
        if d.uuid is not None or d.timestamp is not None:
            event = Event(
                d.name,
                distinct_id,
                d.properties,
                d.uuid or event.uuid,
                d.timestamp or event.timestamp,
            )
        events.append(event)
    return events

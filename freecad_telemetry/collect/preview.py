"""The preview: exactly what the next start of FreeCAD would send from this profile.

Built with the sender's own code: drafts.start_drafts and snapshots.due as the start runs
them, numbered as the next session, then on_the_wire (the posthog SDK and the send filter,
as the sender builds its requests). Runs wherever it is asked for (command line,
preferences page), never at start-up.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar

from freecad_telemetry.collect import snapshots
from freecad_telemetry.collect.drafts import (
    START_COLLECTORS,
    Draft,
    SessionFacts,
    draft,
    start_drafts,
)
from freecad_telemetry.collect.earlier_sessions import unclean_drafts
from freecad_telemetry.collect.freecad_version import channel_of
from freecad_telemetry.collect.host_copy import frozen_copy
from freecad_telemetry.collect.on_the_wire import on_the_wire
from freecad_telemetry.consent.decision import DECLINED, GRANTED, Consent, load_consent, sendable
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.delivery.outbox import Outbox, OutboxUnavailable
from freecad_telemetry.fields import (
    CATEGORY_NAMES,
    COMMON,
    SCHEMA_VERSION,
    Grant,
    allowed_properties,
    fields_of,
)
from freecad_telemetry.host.interface import Host
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import OUTBOX_FILE, SESSIONS_FOLDER, state_dir
from freecad_telemetry.state.install_id import install_age_days, read_install_id
from freecad_telemetry.state.sessions import SessionTracker
from freecad_telemetry.translatable import QT_TRANSLATE_NOOP

NO_ID_YET = "(a random id, created at the first start after you choose Share)"
T = TypeVar("T")


def build_preview(host: Host, tr: Callable[[str], str] = str) -> Dict[str, Any]:
    """The preview of `host`'s profile: what its next start sends, as it goes on the wire;
    its note in English, or translated by `tr` (the GUI's: the rest is shown as sent)."""
    settings = Settings(host)
    consent = load_consent(settings)
    categories, max_since, scope = _scope(consent)
    folder = state_dir(host.user_data_dir())
    outside = host.freecad_version() is None  # the command line, reading a profile on disk
    # Outside FreeCAD, what only FreeCAD knows comes from what its last start stored.
    remembered = snapshots.last_stored(folder) if outside else {}
    start = next_start(host, Grant(frozenset(categories), max_since), remembered)
    distinct_id = read_install_id(folder) or NO_ID_YET
    python = remembered.get("freecad_system_info", {}).get("python_version")
    wire = on_the_wire(start.drafts, settings, start.grant, distinct_id, python)
    if outside and any("$python_version" in e["properties"] for e in wire.events):
        (start.filled if python else start.unknown).append("$python_version")  # FreeCAD's
    return {
        "note": note(scope, opt_out_reason(), wire.problem, tr),
        "consent": consent.status,
        "categories": categories,
        "destination": settings.get("PostHogHost"),
        "project_key": settings.get("PostHogProjectKey"),  # sent with every request
        "distinct_id": distinct_id,
        "events": wire.events,
        "refused_events": wire.dropped,
        "waiting_in_the_outbox": waiting_events(folder),
        "unchanged_since_last_sent": start.unchanged,
        "sent_if_changed_cannot_tell_here": start.undecided,
        "from_freecads_last_start": start.filled,
        "known_only_inside_freecad": start.unknown,
    }


@dataclass
class NextStart:
    """What the next start of the profile's FreeCAD stores for sending, and what the preview
    knows about it: `drafts` in the start's order; the snapshot names `unchanged` (not sent)
    and `undecided` (cannot be told here); the "event.property" names `filled` from FreeCAD's
    last start and `unknown` here."""

    grant: Grant
    drafts: List[Draft] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)
    undecided: List[str] = field(default_factory=list)
    filled: List[str] = field(default_factory=list)
    unknown: List[str] = field(default_factory=list)


def next_start(host: Host, grant: Grant, remembered: Dict[str, Dict[str, Any]]) -> NextStart:
    """The drafts as the start makes them (lifecycle.Session._record_start): the unclean
    shutdowns it reports, its own events, only the snapshots that changed; numbered as the
    next session. Reads the state folder, changes nothing."""
    folder = state_dir(host.user_data_dir())
    channel = channel_of(host) or _remembered_channel(remembered)
    facts = SessionFacts(next_session_number(folder), install_age_days(folder), channel)
    unknown_locale = not host.locale()
    collected, filled = with_last_start(
        start_drafts(host, grant, facts), grant, facts, remembered, unknown_locale
    )
    if channel and not channel_of(host):
        filled.insert(0, "release_channel")
    due = snapshots.due(collected, folder)  # as the start: changed snapshots only
    unknown = _missing(collected, sorted(grant.categories), unknown_locale)
    outside = host.freecad_version() is None
    due, undecided = _cannot_tell(due, unknown, folder) if outside else (due, [])
    crashed = SessionTracker(folder / SESSIONS_FOLDER).unclean_now()  # nothing claimed
    return NextStart(
        grant,
        unclean_drafts(crashed, grant, facts, folder / SESSIONS_FOLDER) + due,
        [d.name for d in collected if d not in due and d.name not in undecided],
        undecided,
        filled,
        unknown,
    )


def prepare_preview(host: Host, tr: Callable[[str], str] = str) -> Callable[[], Dict[str, Any]]:
    """For a live FreeCAD: copy now, on the GUI thread, what the preview reads from `host`
    (host_copy.frozen_copy: a few dozen parameter reads); the returned function builds the preview
    from that copy on any thread (it imports posthog: keep it off the GUI thread)."""
    frozen = frozen_copy(host)
    return lambda: build_preview(frozen, tr)


def _scope(consent: Consent) -> Tuple[List[str], int, str]:
    """The categories previewed, the table version they are granted against, and what they
    are (a text marked for translation)."""
    max_since = SCHEMA_VERSION
    if consent.status == GRANTED:
        granted = sendable(consent)
        categories, max_since = sorted(granted.categories), granted.max_since
        scope = QT_TRANSLATE_NOOP(
            "Telemetry", "what the next start sends (the categories you granted)"
        )
    elif consent.status == DECLINED:
        categories = []
        scope = QT_TRANSLATE_NOOP("Telemetry", "you declined: nothing is sent")
    else:
        categories = list(CATEGORY_NAMES)
        scope = QT_TRANSLATE_NOOP(
            "Telemetry",
            "nothing is sent until you choose Share; this is what sharing every category "
            "would send",
        )
    return categories, max_since, scope


def note(
    scope: str, opted_out: Optional[str], problem: Optional[str], tr: Callable[[str], str] = str
) -> str:
    """The preview's first line: what it shows (`scope`), after why nothing is sent from here
    (`opted_out`, the environment's reason), and what kept it from being exact (`problem`)."""
    text = tr(scope)
    if opted_out:
        text = (
            tr(QT_TRANSLATE_NOOP("Telemetry", "nothing is sent: {reason}")).format(
                reason=tr(opted_out)
            )
            + "; "
            + text
        )
    return f"{text}; {problem}" if problem else text


def next_session_number(folder: Path) -> int:
    """The number the next start gives its session (the outbox's counter + 1), read without
    taking it; 1 before the first session."""
    return _read_outbox(folder, lambda outbox: outbox.counter("session") + 1, 1)


def waiting_events(folder: Path) -> Dict[str, int]:
    """Events of earlier sessions stored and not yet sent, by name: they go with the next
    start (or sooner, from a FreeCAD running now)."""

    def count(outbox: Outbox) -> Dict[str, int]:
        return dict(Counter(event.name for event in outbox.pending()))

    return _read_outbox(folder, count, {})


def _read_outbox(folder: Path, read: Callable[[Outbox], T], otherwise: T) -> T:
    path = folder / OUTBOX_FILE
    if not path.is_file():
        return otherwise
    outbox = Outbox(path)
    try:
        return read(outbox)
    except OutboxUnavailable:
        return otherwise  # the start can neither count nor send from it either
    finally:
        outbox.close()


def with_last_start(
    drafts: List[Draft],
    grant: Grant,
    facts: SessionFacts,
    remembered: Dict[str, Dict[str, Any]],
    unknown_locale: bool = False,
) -> Tuple[List[Draft], List[str]]:
    """The drafts completed with what FreeCAD's last start stored of each snapshot (its
    version, Python, Qt, screen, and the language when that is FreeCAD's locale: unknown
    outside FreeCAD), and the "event.property" names so taken. A value known here wins."""
    current = {d.name: d for d in drafts}
    common = {f.prop for f in fields_of(COMMON)}
    completed: List[Draft] = []
    filled: List[str] = []
    for name, _collect in START_COLLECTORS:
        here = current.get(name)
        last = {k: v for k, v in remembered.get(name, {}).items() if k not in common}
        known = dict(here.properties) if here is not None else {}
        missing = {
            k: v
            for k, v in last.items()
            if k not in known or (unknown_locale and _from_locale(name, k) and not known[k])
        }
        made = draft(name, {**known, **missing}, grant, facts) if missing else here
        if made is not None:
            completed.append(made)
            filled += [f"{name}.{k}" for k in sorted(missing) if k in made.properties]
    return completed, filled


def _from_locale(event: str, prop: str) -> bool:
    """The property falls back to FreeCAD's locale (which only FreeCAD knows)."""
    return any(f.prop == prop and f.transform == "or_locale" for f in fields_of(event))


def _cannot_tell(
    drafts: List[Draft], unknown: List[str], folder: Path
) -> Tuple[List[Draft], List[str]]:
    """Outside FreeCAD: the snapshots whose record (by an earlier version) kept only a hash
    while part of their content is known only inside FreeCAD. Whether the next start sends
    them cannot be told here; they are named apart, not shown as sent."""
    old = snapshots.hash_only(folder)
    partial = {item.split(".", 1)[0] for item in unknown}
    undecided = [d.name for d in drafts if d.name in old and d.name in partial]
    return [d for d in drafts if d.name not in undecided], undecided


def _remembered_channel(remembered: Dict[str, Dict[str, Any]]) -> str:
    channels = [p.get("release_channel") for p in remembered.values()]
    return next((c for c in channels if isinstance(c, str) and c), "")


def _missing(collected: List[Draft], categories: List[str], unknown_locale: bool) -> List[str]:
    """Table properties the preview could not fill (e.g. FreeCAD's version, outside FreeCAD)."""
    present = {d.name: d.properties for d in collected}
    missing = []
    for name, _collect in START_COLLECTORS:
        for prop in sorted(allowed_properties(name, categories)):
            props = present.get(name, {})
            if prop not in props or (
                unknown_locale and _from_locale(name, prop) and not props[prop]
            ):
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
        for key, why in event["refused"].items():
            lines.append(f"  {key}: (refused, not sent: {why})")
    for dropped in preview["refused_events"]:
        lines.append(f"{dropped['event']}: (refused, not sent: {dropped['why']})")
    if preview["waiting_in_the_outbox"]:
        waiting = [f"{name} x{n}" for name, n in sorted(preview["waiting_in_the_outbox"].items())]
        lines += ["", "Also waiting to be sent, from earlier sessions:", "  " + ", ".join(waiting)]
    for title, key in (
        ("Not sent again (unchanged since last sent, resent weekly):", "unchanged_since_last_sent"),
        (
            "Sent at the next start if changed (cannot be told outside FreeCAD):",
            "sent_if_changed_cannot_tell_here",
        ),
        (
            "As FreeCAD's last start sent them (only FreeCAD knows them):",
            "from_freecads_last_start",
        ),
        ("Filled in by FreeCAD itself at start-up (unknown here):", "known_only_inside_freecad"),
    ):
        if preview[key]:
            lines += ["", title, "  " + ", ".join(preview[key])]
    return "\n".join(lines) + "\n"

"""The preview's events as the sender would put them on the wire.

The drafts are stamped like the start stamps them, then built by the sender's own transport
(delivery.posthog_transport: the posthog SDK with ``send=False``, so nothing leaves) with the
send filter (privacy.SendFilter) as its ``before_send``, as reporting.make_posthog_transport
builds them for the sender. So the preview shows the SDK's own properties (``$lib``, ``$os``,
``$geoip_disable``, ...) as the filter leaves them, and names what the filter refuses instead
of silently leaving it out. tests/unit/test_preview_on_the_wire.py holds this against what
the capture server receives from a real start.

Runs on the caller's thread when a preview is asked for (command line, preferences page);
imports posthog (about 100 ms) unless the sender already did.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from freecad_telemetry.collect.drafts import Draft, stamp
from freecad_telemetry.events import Event
from freecad_telemetry.fields import Grant
from freecad_telemetry.privacy.send_filter import SendFilter
from freecad_telemetry.rights.removal import endpoint_problem
from freecad_telemetry.settings import Settings

NO_SDK = (
    "posthog is not installed here, so the properties it adds itself ($lib, $lib_version, "
    "$os, ...) are not shown; nothing is sent until it is installed"
)
REFUSED = "refused by the send filter"
NOT_BUILT = "the posthog library built no message for it (is the project key empty?)"


@dataclass
class Wire:
    """`events`: {"event", "properties" as sent, "refused": {property: why}}; `dropped`:
    events the filter refuses whole; `problem`: why the sender could not send at all."""

    events: List[Dict[str, Any]] = field(default_factory=list)
    dropped: List[Dict[str, str]] = field(default_factory=list)
    problem: str = ""


def on_the_wire(
    drafts: Sequence[Draft],
    settings: Settings,
    grant: Grant,
    distinct_id: str,
    freecad_python: Optional[str] = None,
) -> Wire:
    """What a send of `drafts` under `grant` puts on the wire. `freecad_python`: FreeCAD's
    Python version when this is not FreeCAD's interpreter (the SDK reports the interpreter
    it runs in; FreeCAD's is what FreeCAD sends)."""
    events = stamp(drafts, distinct_id)
    filter_said: List[str] = []  # the filter's log lines: "not sent: event.property: why"
    messages, problem = _build(events, settings, grant, filter_said.append)
    built = {str(m.get("uuid")): m for m in messages}
    wire = Wire(problem=problem)
    for event in events:
        message = built.get(event.uuid)
        if message is None:
            why = _why(filter_said, event.name, NOT_BUILT)
            wire.dropped.append({"event": event.name, "why": why})
            continue
        properties = dict(message.get("properties") or {})
        if freecad_python and "$python_version" in properties:
            properties["$python_version"] = _as_precise(freecad_python, properties)
        refused = {
            key: _why(filter_said, f"{event.name}.{key}", REFUSED)
            for key in event.properties
            if key not in properties
        }
        wire.events.append({"event": event.name, "properties": properties, "refused": refused})
    return wire


def _build(
    events: List[Event], settings: Settings, grant: Grant, log: Callable[[str], None]
) -> Tuple[List[Dict[str, Any]], str]:
    """The messages the sender's transport builds, and why it could not send them, if so."""
    keep = SendFilter(grant, log)
    host, key = str(settings.get("PostHogHost")), str(settings.get("PostHogProjectKey"))
    problem = endpoint_problem(host)  # the sender refuses such an address: it sends nothing
    if problem is None:
        try:
            from freecad_telemetry.delivery.posthog_transport import PostHogTransport
        except ImportError:
            problem = NO_SDK
        else:  # as reporting.make_posthog_transport builds it; send=False: nothing leaves
            return PostHogTransport(host, key, message_filter=keep).build(events), ""
    else:
        problem = f"nothing is sent: the PostHog address cannot be used: {problem}"
    # Without a transport: the same filter over the add-on's own properties.
    messages = [
        keep({"event": e.name, "distinct_id": e.distinct_id, "uuid": e.uuid,
              "properties": dict(e.properties)})
        for e in events
    ]  # fmt: skip
    return [m for m in messages if m is not None], problem


def _why(filter_said: List[str], what: str, otherwise: str) -> str:
    """The filter's reason for refusing `what` ("event" or "event.property")."""
    prefix = f"{what}: "
    for line in filter_said:
        _, found, why = line.partition(prefix)
        if found:
            return why
    return otherwise


def _as_precise(version: str, properties: Dict[str, Any]) -> str:
    """`version` cut to as many parts as the filter left of this interpreter's version."""
    parts = len(str(properties["$python_version"]).split("."))
    return ".".join(version.split(".")[:parts])

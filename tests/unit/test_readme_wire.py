"""README's "What PostHog receives besides the events" against the wire: every header, every
envelope field and every SDK property that reaches the strict capture server through the real
posthog SDK is named there, so the documentation cannot silently fall behind the SDK."""

import gzip
import json
import re
from pathlib import Path

import pytest
from capture_server import CaptureServer

from freecad_telemetry.events import new_event
from freecad_telemetry.fields import CATEGORIES, SCHEMA_VERSION, Grant
from freecad_telemetry.privacy.send_filter import SendFilter

pytest.importorskip("posthog")
from freecad_telemetry.delivery.posthog_transport import PostHogTransport

README = Path(__file__).resolve().parents[2] / "README.md"
HEADING = "## What PostHog receives besides the events\n"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    assert HEADING in text, "README lost its section on what PostHog receives"
    return text.split(HEADING, 1)[1].split("\n## ", 1)[0]


@pytest.fixture(scope="module")
def wire():
    """One batch as the add-on sends it with every category granted."""
    with CaptureServer(expected_token="phc_test") as server:
        every = Grant(frozenset(category.name for category in CATEGORIES))
        transport = PostHogTransport(
            server.url, "phc_test", message_filter=SendFilter(every, print)
        )
        event = new_event(
            "freecad_startup",
            "0b6b7f0e-1d2c-4e5f-8a9b-0c1d2e3f4a5b",
            {"addon_version": "0.1.0", "schema_version": SCHEMA_VERSION},
        )
        assert transport.send([event]).delivered
        (request,) = server.requests
    batch = json.loads(gzip.decompress(request.body))
    return request.headers, batch


def test_every_header_sent_is_named(wire):
    headers, _batch = wire
    section = _section().lower()
    missing = [name for name in headers if f"`{name.lower()}" not in section]
    assert not missing, f"README does not name these headers: {missing}"
    agent = re.match(r"posthog-python/", headers["user-agent"])
    assert agent and "`user-agent: posthog-python/" in section


def test_every_envelope_field_and_sdk_property_is_named(wire):
    _headers, batch = wire
    section = _section()
    (event,) = batch["batch"]
    named = [*batch, *event, *(key for key in event["properties"] if key.startswith("$"))]
    containers = ("batch", "properties")  # what they hold is what is checked
    missing = [key for key in named if key not in containers and f"`{key}`" not in section]
    assert not missing, f"README does not name these: {missing}"
    assert "$os" in event["properties"]  # the system category's SDK keys were on the wire


def test_the_ip_address_is_stated_with_what_removes_it():
    section = _section()
    assert "IP address" in section and "`$geoip_disable: true`" in section
    assert "*Discard client IP data*" in section

"""Only the field table leaves the machine: the send filter, alone and end to end through the
real posthog SDK to the strict capture server."""

import string
from datetime import datetime, timezone

import pytest
from capture_server import CaptureServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from freecad_telemetry import fields
from freecad_telemetry.collect.drafts import SessionFacts, draft, stamp
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.delivery.posthog_transport import PostHogTransport
from freecad_telemetry.delivery.sender import Sender
from freecad_telemetry.fields import Grant
from freecad_telemetry.privacy.send_filter import SDK_KEPT, SDK_SYSTEM, SendFilter, looks_personal

TOKENS = frozenset({"alice", "alice-laptop"})


def message(event, **properties):
    return {"event": event, "distinct_id": "d", "uuid": "u", "properties": properties}


def test_unknown_keys_and_the_sdks_system_keys_are_stripped_without_the_system_category():
    keep = SendFilter(Grant(frozenset({"usage"})), print, TOKENS)
    out = keep(
        message(
            "freecad_startup",
            addon_version="0.1.0",
            hostname="box",
            **{
                "$os": "Linux",
                "$os_version": "12.5",
                "$os_distro": "Debian",
                "$python_version": "3.11.2",
                "$lib": "posthog-python",
                "$lib_version": "7.91.1",
                "$is_server": True,
            },
        )
    )
    assert out["properties"] == {
        "addon_version": "0.1.0",
        "$lib": "posthog-python",
        "$lib_version": "7.91.1",
        "$geoip_disable": True,
    }


def test_with_the_system_category_the_sdks_system_keys_stay_coarse():
    keep = SendFilter(Grant(frozenset({"usage", "system"})), print, TOKENS)
    out = keep(
        message(
            "freecad_startup",
            **{
                "$os": "Mac OS X",
                "$os_version": "14.5.1",
                "$python_version": "3.11.9",
                "$os_distro": "x",
            },
        )
    )
    assert out["properties"]["$os_version"] == "14"
    assert out["properties"]["$python_version"] == "3.11"
    assert "$os_distro" not in out["properties"]


def test_an_event_of_a_category_not_granted_is_dropped_whole():
    refused = []
    keep = SendFilter(Grant(frozenset({"usage"})), refused.append, TOKENS)
    assert keep(message("freecad_preferences", theme="x")) is None
    assert refused == ["not sent: freecad_preferences: not a granted event"]


@pytest.mark.parametrize(
    "value",
    [
        "/home/alice/.FreeCAD/Mod/x.qss",
        "C:\\Users\\Alice\\style.qss",
        "~/styles/x.qss",
        "\\\\server\\share\\x",
        "alice@example.org",
        "build-box.local",
        "alice",
        "Alice-Laptop",
        ["Gears", "alice"],
    ],
)
def test_values_that_look_personal_are_refused_and_logged_without_the_value(value):
    logged = []
    keep = SendFilter(Grant(frozenset({"preferences"})), logged.append, TOKENS)
    out = keep(
        message("freecad_preferences", theme=value, navigation_style="Gui::CADNavigationStyle")
    )
    assert "theme" not in out["properties"]
    assert out["properties"]["navigation_style"] == "Gui::CADNavigationStyle"
    assert len(logged) == 1 and str(value) not in logged[0]


@pytest.mark.parametrize(
    "value",
    [
        "FreeCAD Dark.qss",
        "Gui::BlenderNavigationStyle",
        "debian 12",
        "1366-1919",
        "0.20.2",
        "freecad.gears",
        "PartDesignWorkbench",
        "2.0 Beta",
        "x86_64",
    ],
)
def test_ordinary_values_pass(value):
    assert looks_personal(value, TOKENS | {"debian"} - {"debian"}) is None


# --- end to end: whatever collectors return, only the table leaves --------------------------

KEY = st.one_of(
    st.sampled_from(sorted({f.prop for f in fields.FIELDS})),
    st.sampled_from(["hostname", "user", "home", "$os_distro", "$ip", "path", "token"]),
    st.text(string.ascii_letters + "_$", min_size=1, max_size=12),
)
VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
    ),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=5,
)


@pytest.fixture(scope="module")
def server():
    with CaptureServer() as srv:
        yield srv


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    granted=st.sets(st.sampled_from(fields.CATEGORY_NAMES), min_size=1),
    outputs=st.dictionaries(
        st.sampled_from(fields.EVENT_NAMES), st.dictionaries(KEY, VALUE, max_size=8), min_size=1
    ),
)
def test_no_payload_reaching_posthog_holds_a_key_outside_the_table_or_an_ungranted_category(
    tmp_path_factory, server, granted, outputs
):
    server.clear()
    outbox = Outbox(tmp_path_factory.mktemp("outbox") / "outbox.sqlite3")
    # Drafts as the collectors would make them, plus raw events straight into the outbox, as
    # if an older version or a bug had stored them: the send boundary must hold either way.
    everything = Grant(frozenset(fields.CATEGORY_NAMES))
    drafts = [draft(name, props, everything, SessionFacts()) for name, props in outputs.items()]
    events = stamp([d for d in drafts if d is not None], "id-1")
    events += [e.with_properties(dict(outputs[e.name])) for e in stamp(drafts, "id-1")]
    outbox.add(events)
    transport = PostHogTransport(
        server.url,
        "phc_test",
        message_filter=SendFilter(Grant(frozenset(granted)), lambda line: None, frozenset()),
    )
    Sender(outbox, lambda: transport, print).send_pending()
    for sent in server.events:
        spec = fields.event_spec(sent["event"])
        assert spec is not None and spec.category in granted
        allowed = fields.allowed_properties(sent["event"], granted) | SDK_KEPT
        if "system" in granted:
            allowed |= set(SDK_SYSTEM)
        assert set(sent["properties"]) <= allowed, sent["event"]
    assert outbox.stats().pending == 0  # all delivered or set aside, none stuck


def test_the_ledger_shows_exactly_what_went_on_the_wire(tmp_path, server):
    server.clear()
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    event = stamp(
        [draft("freecad_startup", {}, Grant(frozenset({"usage"})), SessionFacts())], "id-1"
    )[0]
    outbox.add([event.with_properties({**event.properties, "secret": "x"})])
    transport = PostHogTransport(
        server.url,
        "phc_test",
        message_filter=SendFilter(Grant(frozenset({"usage"})), print, frozenset()),
    )
    Sender(outbox, lambda: transport, print).send_pending()
    [entry] = outbox.ledger()
    assert entry.event.properties == server.events[0]["properties"]
    assert "secret" not in entry.event.properties
    assert entry.event.properties["$lib"] == "posthog-python"
    assert datetime.now(timezone.utc) >= entry.delivered_at


def test_a_workbench_name_outside_freecads_own_is_refused_at_send_time():
    # Whatever a collector did: the table's list of values is enforced when sending.
    refused = []
    send = SendFilter(Grant(frozenset({"preferences"}), 1), refused.append, tokens=[])
    message = {
        "event": "freecad_preferences",
        "properties": {
            "workbench_enabled_list": ["PartWorkbench", "AcmeInHouseWorkbench"],
            "workbench_disabled_list": ["TestWorkbench", "other"],
            "workbench_default": "AcmeInHouseWorkbench",
        },
    }
    kept = send(message)["properties"]
    assert kept["workbench_disabled_list"] == ["TestWorkbench", "other"]
    assert "workbench_enabled_list" not in kept and "workbench_default" not in kept
    assert len(refused) == 2 and all("outside the field's list" in line for line in refused)

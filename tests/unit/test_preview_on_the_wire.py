"""The preview is exactly what is sent (issue 9, item 12): for the same profile, the JSON of
`python -m freecad_telemetry preview --json` and what the strict capture server received
when the profile's next FreeCAD start sent through the real posthog SDK are compared
property by property; the send filter's refusals are shown, not silently left out."""

import json
import sys
from datetime import timedelta

import pytest
from capture_server import CaptureServer
from session_driver import finish, freecad_on_profile, start, wait_until

from freecad_telemetry.cli.main import main
from freecad_telemetry.collect import snapshots
from freecad_telemetry.collect.drafts import Draft
from freecad_telemetry.events import iso_utc, utc_now
from freecad_telemetry.files.atomic import read_json, write_json_atomic
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.settings import GROUP
from freecad_telemetry.state.folder import SNAPSHOTS_FILE, state_dir

ALL = "usage,system,preferences,addons"
THEME = ("BaseApp/Preferences/MainWindow", "Theme", "string")
PATH_THEME = "/home/alice/themes/Dark"  # a file path: the send filter refuses it
GEARS = (
    '<package format="1" xmlns="https://wiki.freecad.org/Package_Metadata"><name>Gears</name>'
    '<url type="repository">https://github.com/looooo/freecad.gears</url></package>'
)


@pytest.fixture(scope="module")
def server():
    with CaptureServer(expected_token="phc_test") as srv:
        yield srv


def make_profile(tmp_path, monkeypatch, url, categories=ALL, theme="FreeCAD Dark"):
    """A profile on disk in a fresh HOME (FreeCAD's XDG layout on Linux), granted, pointed at
    the capture server, with one public add-on."""
    home = tmp_path / "home"
    cfg = home / ".config" / "FreeCAD" / "user.cfg"
    data = home / ".local" / "share" / "FreeCAD"
    (data / "Mod" / "Gears").mkdir(parents=True)
    (data / "Mod" / "Gears" / "package.xml").write_text(GEARS)
    cfg.parent.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "FREECAD_USER_HOME"):
        monkeypatch.delenv(name, raising=False)
    tree = ParameterTree()
    for key, value in {
        "ConsentState": "granted",
        "ConsentCategories": categories,
        "PostHogHost": url,
        "PostHogProjectKey": "phc_test",
    }.items():
        tree.set(GROUP, key, "string", value)
    tree.set(GROUP, "SendDelay", "int", 0)
    tree.set(*THEME, theme)
    tree.save(cfg)
    return cfg, data


def freecad_start(profile, server, count):
    """One start and quit of the profile's FreeCAD, sending through the real posthog SDK;
    the start-up events the server received (the session-end event comes at quit, and is
    not part of what a start sends)."""
    server.clear()
    session = start(freecad_on_profile(*profile), transport=None)

    def started():  # an earlier session's end may arrive now too: not counted
        return [e for e in server.events if e["event"] != "freecad_shutdown"]

    try:
        assert wait_until(lambda: len(started()) >= count, timeout=10)
    finally:
        finish(session)
    return started()


def snapshots_a_week_old(data):
    path = state_dir(data) / SNAPSHOTS_FILE
    week_ago = iso_utc(utc_now() - timedelta(days=8))
    write_json_atomic(path, {k: {**v, "stored_at": week_ago} for k, v in read_json(path).items()})


def preview(capsys, *args):
    assert main(["preview", *args]) == 0
    out = capsys.readouterr().out
    return json.loads(out) if "--json" in args else out


@pytest.mark.parametrize("categories", [ALL, "usage,preferences"])
def test_the_preview_json_is_what_the_capture_server_receives(
    tmp_path, monkeypatch, capsys, server, categories
):
    profile = make_profile(tmp_path, monkeypatch, server.url, categories, theme=PATH_THEME)
    expected = 1 + len(categories.split(","))  # startup, version and one per other category
    freecad_start(profile, server, expected)  # FreeCAD's first start, remembered
    snapshots_a_week_old(profile[1])  # so the next start sends every snapshot again
    previewed = preview(capsys, "--json")
    received = freecad_start(profile, server, expected)

    assert [e["event"] for e in previewed["events"]] == [e["event"] for e in received]
    for shown, sent in zip(previewed["events"], received):
        # Every property, the SDK's own ones included ($lib, $lib_version, $os, $os_version,
        # $python_runtime, $python_version, $geoip_disable, $ignore_sent_at): none ignored.
        # What must differ (the event's uuid and timestamp) is outside "properties", and the
        # preview does not show it. The same SDK builds both, so $lib_version is the same.
        assert shown["properties"] == sent["properties"], sent["event"]
        assert sent["distinct_id"] == previewed["distinct_id"]
        assert sent["token"] == previewed["project_key"]
        assert not set(shown["refused"]) & set(sent["properties"])
    prefs = next(e for e in previewed["events"] if e["event"] == "freecad_preferences")
    assert prefs["refused"] == {"theme": "looks like a file path"}
    assert "$lib" in prefs["properties"] and "$geoip_disable" in prefs["properties"]
    assert ("$os" in prefs["properties"]) == ("system" in categories)


def test_a_refused_value_is_shown_as_refused_in_the_text_preview(tmp_path, monkeypatch, capsys):
    make_profile(tmp_path, monkeypatch, "https://eu.i.posthog.com", theme=PATH_THEME)
    text = preview(capsys)
    assert "  theme: (refused, not sent: looks like a file path)" in text
    assert PATH_THEME not in text
    assert '  $lib: "posthog-python"' in text


def test_outside_freecad_the_sdk_reports_freecads_python_not_the_shells(
    tmp_path, monkeypatch, capsys
):
    profile = make_profile(tmp_path, monkeypatch, "https://eu.i.posthog.com")
    folder = state_dir(profile[1])
    folder.mkdir()
    # FreeCAD's last start, in a FreeCAD whose Python is not the one running this preview.
    snapshots.remember([Draft("freecad_system_info", {"python_version": "2.7.18"})], folder)
    previewed = preview(capsys, "--json")
    assert {e["properties"]["$python_version"] for e in previewed["events"]} == {"2.7"}
    assert "$python_version" in previewed["from_freecads_last_start"]


def test_without_posthog_the_filter_still_runs_and_the_preview_says_what_is_missing(
    tmp_path, monkeypatch, capsys
):
    make_profile(tmp_path, monkeypatch, "https://eu.i.posthog.com", theme=PATH_THEME)
    monkeypatch.setitem(sys.modules, "posthog", None)  # import posthog raises ImportError
    monkeypatch.setitem(sys.modules, "freecad_telemetry.delivery.posthog_transport", None)
    previewed = preview(capsys, "--json")
    assert "posthog is not installed here" in previewed["note"]
    prefs = next(e for e in previewed["events"] if e["event"] == "freecad_preferences")
    assert prefs["refused"] == {"theme": "looks like a file path"}
    assert "$lib" not in prefs["properties"]


def test_an_address_the_sender_refuses_is_named(tmp_path, monkeypatch, capsys):
    make_profile(tmp_path, monkeypatch, "http://telemetry.example.org")
    note = preview(capsys, "--json")["note"]
    assert "nothing is sent: the PostHog address cannot be used" in note


def test_an_event_the_filter_refuses_whole_is_named_with_the_reason(tmp_path):
    from freecad_telemetry.collect.on_the_wire import on_the_wire
    from freecad_telemetry.fields import Grant
    from freecad_telemetry.host.memory_host import MemoryHost
    from freecad_telemetry.settings import Settings

    drafts = [Draft("freecad_startup", {}), Draft("freecad_preferences", {"theme": "x"})]
    settings = Settings(MemoryHost(user_data_dir=tmp_path))
    wire = on_the_wire(drafts, settings, Grant(frozenset({"usage"})), "id-1")
    assert [e["event"] for e in wire.events] == ["freecad_startup"]
    assert wire.dropped == [{"event": "freecad_preferences", "why": "not a granted event"}]


def test_events_the_sdk_does_not_build_are_named_not_blamed_on_the_filter(
    tmp_path, monkeypatch, capsys
):
    profile = make_profile(tmp_path, monkeypatch, "https://eu.i.posthog.com")
    tree = ParameterTree.load(profile[0])
    tree.set(GROUP, "PostHogProjectKey", "string", " ")  # the SDK disables itself
    tree.save(profile[0])
    previewed = preview(capsys, "--json")
    assert previewed["events"] == []
    assert {d["why"] for d in previewed["refused_events"]} == {
        "the posthog library built no message for it (is the project key empty?)"
    }


def test_the_copy_the_qt_preview_builds_from_previews_what_the_live_freecad_would(tmp_path):
    from freecad_telemetry.collect.preview import build_preview, prepare_preview
    from freecad_telemetry.host.memory_host import MemoryHost

    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD", mod_roots=[tmp_path / "FreeCAD" / "Mod"])
    (tmp_path / "FreeCAD" / "Mod" / "Gears").mkdir(parents=True)
    (tmp_path / "FreeCAD" / "Mod" / "Gears" / "package.xml").write_text(GEARS)
    host.set_param(*THEME, PATH_THEME)
    host.set_param("BaseApp/Preferences/General", "Language", "string", "Czech")
    host.set_param("BaseApp/MainWindow/DockWindows/OverlayRight", "Widgets", "string", "Tasks")
    host.set_param(GROUP, "ConsentState", "string", "granted")
    host.set_param(GROUP, "ConsentCategories", "string", "usage,preferences,addons")
    build = prepare_preview(host)

    def shown(preview):
        return [(e["event"], e["properties"], e["refused"]) for e in preview["events"]]

    assert shown(build()) == shown(build_preview(host))
    assert build()["categories"] == ["addons", "preferences", "usage"]

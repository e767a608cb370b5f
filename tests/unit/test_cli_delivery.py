"""status / flush / log / export from a shell, on a profile on disk, against the strict
capture server through the real posthog SDK."""

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from capture_server import CaptureServer

from freecad_telemetry.cli.main import main
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.delivery.outbox_age import REFUSED, WITHDRAWN
from freecad_telemetry.events import new_event, utc_now
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.state.folder import OUTBOX_FILE, state_dir
from freecad_telemetry.state.install_id import create_install_id

GROUP = "BaseApp/Preferences/Mod/Telemetry"


@pytest.fixture
def server():
    with CaptureServer(expected_token="phc_test") as srv:
        yield srv


@pytest.fixture
def profile(tmp_path, monkeypatch, server):
    """A granted profile whose outbox holds three events of a session that never sent."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "FREECAD_USER_HOME"):
        monkeypatch.delenv(name, raising=False)
    data = home / ".local" / "share" / "FreeCAD"
    tree = ParameterTree()
    for key, value in {
        "ConsentState": "granted",
        "ConsentCategories": "usage",
        "PostHogHost": server.url,
        "PostHogProjectKey": "phc_test",
    }.items():
        tree.set(GROUP, key, "string", value)
    tree.save(home / ".config" / "FreeCAD" / "user.cfg")
    install_id = create_install_id(state_dir(data))
    events = [
        new_event(name, install_id, {"addon_version": "0.1.0", "schema_version": 1})
        for name in ("freecad_startup", "freecad_version", "freecad_shutdown")
    ]
    Outbox(state_dir(data) / OUTBOX_FILE).add(events)
    return {"data": data, "id": install_id, "events": events}


def run(args):
    out = io.StringIO()
    code = main(args, stdout=out)
    return code, out.getvalue()


def test_status_shows_consent_id_and_pending(profile):
    code, out = run(["status", "--json"])
    report = json.loads(out)
    assert code == 0
    assert report["state"] == "sending (granted: usage)"
    assert report["anonymous_id"] == profile["id"]
    assert report["pending"] == 3 and report["delivered"] == 0
    oldest = datetime.fromisoformat(report["oldest_pending"])
    assert abs(oldest - utc_now()) < timedelta(minutes=5)  # the profile's events, just stored
    text = run(["status"])[1]
    assert f"Pending: 3 (the oldest from {oldest:%Y-%m-%d %H:%M} UTC)" in text


def test_status_names_the_rule_that_stops_sending(profile, monkeypatch):
    monkeypatch.setenv("DO_NOT_TRACK", "true")
    code, out = run(["status"])
    assert code == 0
    assert "not sending: DO_NOT_TRACK is set" in out


def test_status_says_how_many_unsent_events_were_dropped_and_why(profile):
    def an_hour_later():
        return utc_now() + timedelta(hours=1)

    path = state_dir(profile["data"]) / OUTBOX_FILE
    outbox = Outbox(path, clock=an_hour_later, max_age=timedelta(minutes=30), max_events=2)
    outbox.prune()  # the profile's three events waited an hour here
    fresh = [new_event("freecad_preferences", profile["id"]) for _ in range(5)]
    outbox.add(fresh)  # the first three stored go over the cap of two
    outbox.drop({fresh[3].uuid: WITHDRAWN, fresh[4].uuid: REFUSED})
    outbox.close()

    code, out = run(["status", "--json"])
    report = json.loads(out)
    assert code == 0 and report["pending"] == 0
    assert report["dropped"] == {
        "expired": 3,
        "overflow": 3,
        "withdrawn": 1,
        "refused": 1,
        "removed_id": 0,
    }
    code, out = run(["status"])
    assert (
        "Dropped, never sent: 3 expired (waited too long), 3 over the cap,"
        " 1 of a withdrawn category, 1 with a refused field,"
        " 0 under an id whose data removal was asked for\n"
    ) in out


def test_flush_delivers_each_event_once_through_posthog(profile, server):
    code, out = run(["flush"])
    assert code == 0, out
    assert out.splitlines()[-1] == "Delivered 3, quarantined 0."
    accepted = server.wait_for_events(3)
    assert sorted(e["uuid"] for e in accepted) == sorted(e.uuid for e in profile["events"])
    assert {e["distinct_id"] for e in accepted} == {profile["id"]}
    request = server.requests[-1]
    assert request.path == "/batch/" and request.headers.get("content-encoding") == "gzip"
    assert accepted[0]["properties"]["$ignore_sent_at"] is True
    assert run(["flush"])[1] == "Nothing to send.\n"
    assert len(server.events) == 3


def test_flush_against_a_failing_server_keeps_everything(profile, server):
    server.set_mode("status", code=503)
    code, out = run(["flush"])
    assert code == 1 and "3 kept for later (HTTP 503)" in out
    server.set_mode("ok")
    assert run(["flush"])[0] == 0  # a flush retries at once: it is a retry point
    assert len(server.wait_for_events(3)) == 3


def test_refused_is_kept_too(profile, server):
    server.set_mode("refused")
    code, out = run(["flush"])
    assert code == 1 and "kept for later (connection refused)" in out


def test_log_and_export_show_what_was_sent(profile, tmp_path):
    run(["flush"])
    code, out = run(["log"])
    assert code == 0
    assert [line.split()[1] for line in out.splitlines()] == [
        "freecad_startup",
        "freecad_version",
        "freecad_shutdown",
    ]
    target = tmp_path / "sent.csv"
    assert run(["export", "--format", "csv", "--out", str(target)])[0] == 0
    rows = list(csv.DictReader(target.open()))
    assert [r["uuid"] for r in rows] == [e.uuid for e in profile["events"]]
    code, out = run(["export", "--format", "json"])
    assert [e["uuid"] for e in json.loads(out)] == [e.uuid for e in profile["events"]]


def test_undecided_profile_flushes_nothing(tmp_path, monkeypatch, server):
    monkeypatch.setenv("HOME", str(tmp_path))
    code, out = run(["flush"])
    assert code == 0 and out == "Nothing sent: consent is undecided.\n"
    assert server.requests == []


def test_fresh_machine_has_an_empty_log(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run(["log"]) == (0, "Nothing has been sent from this computer.\n")
    assert not (Path(tmp_path) / ".local").exists()  # looking created nothing

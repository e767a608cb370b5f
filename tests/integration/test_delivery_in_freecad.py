"""Delivery in a real FreeCAD (0.20.2 and 1.1) against the strict capture server on 127.0.0.1:
every event arrives exactly once (or again only under the same uuid), kills and crashes are
reported at the next start, and nothing waits on the network at quit."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest
from capture_server import CaptureServer
from freecad_runner import Profile, error_lines
from granted import granted_params

from freecad_telemetry.delivery.outbox import Outbox

REPO = Path(__file__).resolve().parents[2]
GROUP = "BaseApp/Preferences/Mod/Telemetry"
START = [
    "freecad_startup",
    "freecad_version",
    "freecad_system_info",
    "freecad_preferences",
    "freecad_addon_list",
]


@pytest.fixture
def server():
    with CaptureServer() as srv:
        yield srv


def grant(profile: Profile, url: str) -> Profile:
    profile.seed_params({GROUP: granted_params(url)})
    return profile


def names(events):
    return [e["event"] for e in events]


def by_session(events):
    sessions = {}
    for e in events:
        sessions.setdefault(e["properties"]["session_sequence"], []).append(e["event"])
    return sessions


def test_with_the_server_up_every_event_of_a_session_arrives_exactly_once(
    start_freecad, profile, server, freecad_install
):
    grant(profile, server.url)
    session = start_freecad(profile)
    server.wait_for_events(5, timeout=20)
    report = session.report_view()
    quit_seconds = session.quit()
    events = server.wait_for_events(6, timeout=5)
    assert sorted(names(events)) == sorted([*START, "freecad_shutdown"])
    assert len({e["uuid"] for e in events}) == 6
    assert {r.status for r in server.requests} == {200}
    assert len({e["distinct_id"] for e in events}) == 1
    assert error_lines(report) == []
    assert quit_seconds < freecad_install.quit_bound


def test_by_default_a_session_goes_out_as_one_request_at_quit(start_freecad, profile, server):
    grant(profile, server.url)
    profile.seed_params({GROUP: {"SendDelay": ("Int", 300)}})  # the default
    session = start_freecad(profile)
    time.sleep(2.0)
    assert server.requests == []  # this session's events gather
    session.quit()
    events = server.wait_for_events(6, timeout=5)
    assert len(server.requests) == 1
    assert sorted(names(events)) == sorted([*START, "freecad_shutdown"])


def test_a_killed_first_session_is_reported_at_the_next_start_under_the_same_id(
    start_freecad, profile, server, freecad_install
):
    grant(profile, server.url)
    first = start_freecad(profile)
    time.sleep(1.0)
    first.kill()
    second = start_freecad(profile)
    events = server.wait_for_events(7, timeout=30)
    second.quit()
    sessions = by_session(events)
    assert sorted(sessions[1]) == sorted(START)  # the killed session's own events
    # Nothing changed since: the snapshots are not sent again, only the session events.
    assert sorted(sessions[2]) == ["freecad_startup", "freecad_unclean_shutdown"]
    unclean = [e for e in events if e["event"] == "freecad_unclean_shutdown"]
    assert len(unclean) == 1
    props = unclean[0]["properties"]
    assert props["previous_session_sequence"] == 1
    assert props["previous_freecad_version"] == freecad_install.version_text
    assert props["session_seconds"] >= 0
    assert len({e["distinct_id"] for e in events}) == 1  # the id survived the kill


def wait_for(condition, timeout=30.0):
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def test_two_instances_one_killed_one_quit_give_exactly_one_unclean_shutdown(
    start_freecad, profile, server
):
    grant(profile, server.url)
    a = start_freecad(profile)
    b = start_freecad(profile)
    wait_for(lambda: len(server.events_named("freecad_startup")) == 2)
    starts = {e["properties"]["session_sequence"] for e in server.events_named("freecad_startup")}
    pid_b = b.run("import os\nresult = os.getpid()")
    sessions = profile.user_data / "telemetry" / "sessions"
    (marker,) = sessions.glob(f"session-{pid_b}-*.json")  # written by b's agent
    seq_b = json.loads(marker.read_text())["sequence"]
    assert starts == {1, 2} and seq_b in starts
    b.kill()
    a.quit()
    c = start_freecad(profile)
    wait_for(lambda: server.events_named("freecad_unclean_shutdown"))
    time.sleep(0.5)  # a second report would come in the same batch
    c.quit()
    unclean = server.events_named("freecad_unclean_shutdown")
    assert len(unclean) == 1
    assert unclean[0]["properties"]["previous_session_sequence"] == seq_b


@pytest.mark.parametrize("faults", [("blackhole", "refused", "status:503")])
def test_sessions_against_a_broken_server_lose_nothing_once_it_is_back(
    start_freecad, profile, server, faults, freecad_install
):
    grant(profile, server.url)
    for fault in faults:
        server.set_mode(fault)
        session = start_freecad(profile)
        time.sleep(1.5)  # the sender tries, and fails
        assert session.quit() < freecad_install.quit_bound  # never waits on the network
    server.set_mode("ok")
    final = start_freecad(profile)
    server.wait_for_events(6 + 2 * 2 + 1, timeout=30)
    final.quit()
    # Session 1 sent its start events and its end; sessions 2-4 changed nothing: start, end.
    events = server.wait_for_events(6 + 2 * 3, timeout=10)
    assert len(Counter(e["uuid"] for e in events)) == 12  # none lost; a repeat is the same uuid
    sessions = by_session(events)
    assert sorted(set(sessions[1])) == sorted([*START, "freecad_shutdown"])
    for seq in (2, 3, 4):
        assert sorted(set(sessions[seq])) == ["freecad_shutdown", "freecad_startup"], seq


def test_without_posthog_freecad_starts_and_events_wait_until_it_is_installed(
    start_freecad, tmp_path, freecad_install, freecad_deps, server
):
    profile = Profile(tmp_path / "no-posthog", freecad_install)
    profile.install_addon(REPO)
    grant(profile, server.url)
    # The sending agent runs on the python3 FreeCAD designates, found on PATH on Debian: the
    # system's, without posthog (not this machine's development Python, which has it).
    system_path = {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin"}  # sbin: the 1.1 launcher's chroot
    first = start_freecad(profile, env=system_path)
    state = profile.user_data / "telemetry"
    # The session agent (a process of its own) finds out, and says so in its log.
    wait_for(lambda: "posthog is not installed" in _text(state / "agent.log"))
    pending = _pending(state / "outbox.sqlite3")
    report = first.report_view()
    first.quit()
    assert pending == 5
    assert error_lines(report) == []
    assert server.requests == []
    profile.python_path([freecad_deps])  # the user installs the dependency
    second = start_freecad(profile, env=system_path)
    events = server.wait_for_events(7, timeout=30)
    second.quit()
    assert sorted(by_session(events)[1]) == sorted([*START, "freecad_shutdown"])
    assert by_session(events)[2] == ["freecad_startup"]


def test_a_corrupt_outbox_is_set_aside_and_freecad_starts_and_sends(start_freecad, profile, server):
    grant(profile, server.url)
    state = profile.user_data / "telemetry"
    state.mkdir(parents=True)
    (state / "outbox.sqlite3").write_bytes(b"this is not a database" * 100)
    session = start_freecad(profile)
    server.wait_for_events(5, timeout=20)
    report = session.report_view()
    session.quit()
    assert error_lines(report) == []
    assert list(state.glob("outbox.sqlite3.corrupt-*"))


def test_an_unwritable_state_folder_costs_telemetry_not_freecad(start_freecad, profile, server):
    grant(profile, server.url)
    profile.user_data.mkdir(parents=True, exist_ok=True)
    (profile.user_data / "telemetry").write_text("a file where the folder should be")
    session = start_freecad(profile)
    time.sleep(1.0)
    report = session.report_view()
    session.quit()
    assert error_lines(report) == []
    assert session.exit_code == 0
    assert server.requests == []


@pytest.mark.parametrize("code", [307, 301])
def test_a_redirect_is_neither_followed_nor_counted_as_delivered(
    start_freecad, profile, server, code
):
    with CaptureServer() as elsewhere:  # would accept: a followed redirect would land here
        server.set_mode(f"redirect:{code}:{elsewhere.url}/batch/")
        grant(profile, server.url)
        first = start_freecad(profile)
        server.wait_for_requests(1, timeout=20)
        first.quit()
        redirected = len(server.requests)
        server.set_mode("ok")
        again = start_freecad(profile)  # a new session retries what is still waiting
        events = server.wait_for_events(6 + 1, timeout=30)  # session 1 and this start
        again.quit()
        assert elsewhere.requests == []
    assert redirected >= 1 and {r.status for r in server.requests[:redirected]} == {code}
    assert sorted(by_session(events)[1]) == sorted([*START, "freecad_shutdown"])
    assert len(Counter(e["uuid"] for e in server.events)) == len(server.events)


NOT_IMPORTED = "import sys\nresult = sorted(m for m in ('posthog', 'requests') if m in sys.modules)"


def test_freecads_process_never_imports_posthog_or_requests_even_while_events_are_sent(
    start_freecad, profile, server
):
    grant(profile, server.url)
    session = start_freecad(profile)
    at_start = session.run(NOT_IMPORTED)
    server.wait_for_events(5, timeout=20)  # sent during the session (SendDelay 0)
    after_sending = session.run(NOT_IMPORTED)
    session.quit()
    assert at_start == [] and after_sending == []
    assert len(server.wait_for_events(6, timeout=10)) == 6  # the agent sent the quit's too


def test_freecad_killed_while_the_agent_sends_loses_and_repeats_nothing(
    start_freecad, profile, server
):
    grant(profile, server.url)
    server.set_mode("drip:0.01")  # each answer takes a second or two: the agent is on the wire
    first = start_freecad(profile)
    wait_for(lambda: len(server.requests) >= 1)
    first.kill()  # FreeCAD's whole process group; the agent runs in its own session
    # The server keeps dripping (a mode change would cut the answer short).
    second = start_freecad(profile)
    events = server.wait_for_events(7, timeout=30)
    time.sleep(1.0)  # a repeat would arrive with the next start's events
    second.quit()
    events = server.wait_for_events(8, timeout=10)
    assert [u for u, n in Counter(e["uuid"] for e in events).items() if n > 1] == []
    sessions = by_session(events)
    assert sorted(sessions[1]) == sorted(START)  # nothing lost
    assert sorted(sessions[2]) == [
        "freecad_shutdown",
        "freecad_startup",
        "freecad_unclean_shutdown",
    ]


def _text(path):
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _pending(path) -> int:
    outbox = Outbox(path)
    try:
        return outbox.stats().pending
    finally:
        outbox.close()

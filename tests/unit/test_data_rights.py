"""Data rights without a GUI: removal against a loopback stand-in of freecad.org's endpoint
(every answer the network can give), the offline queue, and the data-copy request."""

import csv
import io
import json
import time
import urllib.parse
from pathlib import Path
from typing import List

import pytest
from removal_server import RemovalServer

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import Event
from freecad_telemetry.rights.copy import (
    CopyRequest,
    mailto_url,
    post_copy_request,
    save_ledger_copy,
    valid_email,
)
from freecad_telemetry.rights.removal import (
    DONE,
    QUEUED,
    REJECTED,
    REMOVAL_QUEUE_FILE,
    endpoint_problem,
    pending_removals,
    removal_pending,
    removal_url,
    request_removal,
    retry_pending_removal,
)
from freecad_telemetry.state.folder import OUTBOX_FILE
from freecad_telemetry.state.install_id import create_install_id, read_install_id

TIMEOUT = 0.5
OTHER_ID = "00000000-0000-4000-8000-000000000001"


class Profile:
    """A state folder with an id, two delivered events and unsent events of two ids."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.person_id = create_install_id(folder)
        outbox = Outbox(folder / OUTBOX_FILE)
        delivered = [Event("freecad_startup", self.person_id) for _ in range(2)]
        outbox.add(delivered)
        outbox.mark_delivered([e.uuid for e in outbox.claim(limit=10)])
        outbox.add([Event("freecad_version", self.person_id), Event("freecad_version", OTHER_ID)])
        outbox.close()

    def _outbox(self) -> Outbox:
        return Outbox(self.folder / OUTBOX_FILE)

    def ledger_size(self) -> int:
        return len(self._outbox().ledger())

    def unsent_ids(self) -> List[str]:
        return sorted(e.distinct_id for e in self._outbox().pending())


@pytest.fixture
def profile(tmp_path) -> Profile:
    return Profile(tmp_path / "telemetry")


@pytest.fixture
def server():
    with RemovalServer(200) as running:
        yield running


# --- one request, every answer ------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 202, 204])
def test_confirmed_removal_rotates_the_id_and_clears_local_traces(profile, server, status):
    server.mode = status
    outcome = request_removal(profile.folder, profile.person_id, server.url(), TIMEOUT)
    assert outcome.kind == DONE and outcome.status == status
    assert outcome.new_id and outcome.new_id != profile.person_id
    assert read_install_id(profile.folder) == outcome.new_id
    assert profile.ledger_size() == 0
    assert profile.unsent_ids() == [OTHER_ID]  # only the removed id's events are dropped
    assert outcome.dropped_events == 1
    assert server.person_ids() == [profile.person_id]
    assert server.requests[0].method == "DELETE"
    assert not (profile.folder / REMOVAL_QUEUE_FILE).exists()


@pytest.mark.parametrize("status", [400, 403, 404, 410])
def test_refused_removal_changes_nothing_and_is_not_queued(profile, server, status):
    server.mode = status
    outcome = request_removal(profile.folder, profile.person_id, server.url(), TIMEOUT)
    assert outcome.kind == REJECTED and outcome.status == status
    assert str(status) in outcome.detail
    assert read_install_id(profile.folder) == profile.person_id
    assert profile.ledger_size() == 2
    assert profile.unsent_ids() == sorted([profile.person_id, OTHER_ID])
    assert pending_removals(profile.folder) == []


@pytest.mark.parametrize("mode", [500, 503, 429, "refused", "black_hole"])
def test_unanswered_removal_is_queued_and_unsent_events_dropped(profile, server, mode):
    server.mode = mode
    started = time.monotonic()
    outcome = request_removal(profile.folder, profile.person_id, server.url(), TIMEOUT)
    assert time.monotonic() - started < 3 * TIMEOUT + 1
    assert outcome.kind == QUEUED
    assert read_install_id(profile.folder) == profile.person_id  # rotates only when confirmed
    assert profile.ledger_size() == 2
    assert profile.unsent_ids() == [OTHER_ID]
    queued = pending_removals(profile.folder)
    assert [r["person_id"] for r in queued] == [profile.person_id]
    assert queued[0]["endpoint"] == server.url() and queued[0]["attempts"] == 1
    assert removal_pending(profile.folder, profile.person_id)


@pytest.mark.parametrize(
    "mode, words", [("refused", "refused"), ("black_hole", "in time"), (500, "500")]
)
def test_queued_outcome_says_why(profile, server, mode, words):
    server.mode = mode
    outcome = request_removal(profile.folder, profile.person_id, server.url(), TIMEOUT)
    assert words in outcome.detail


def test_plain_http_to_another_computer_is_refused_without_a_request(profile):
    outcome = request_removal(profile.folder, profile.person_id, "http://example.org/x", TIMEOUT)
    assert outcome.kind == REJECTED and "https" in outcome.detail


def test_a_profile_that_never_shared_gets_no_outbox_file(tmp_path, server):
    folder = tmp_path / "telemetry"
    person_id = create_install_id(folder)
    outcome = request_removal(folder, person_id, server.url(), TIMEOUT)
    assert outcome.kind == DONE
    assert not (folder / OUTBOX_FILE).exists()


# --- the queue, retried at a later start ---------------------------------------------------------


def test_retry_after_coming_back_online_completes_the_removal(profile):
    offline = RemovalServer("refused")
    request_removal(profile.folder, profile.person_id, offline.url(), TIMEOUT)
    with RemovalServer(200, port=offline.port) as online:
        outcomes = retry_pending_removal(profile.folder, TIMEOUT)
        assert online.person_ids() == [profile.person_id]
    assert [o.kind for o in outcomes] == [DONE]
    assert outcomes[0].new_id == read_install_id(profile.folder) != profile.person_id
    assert profile.ledger_size() == 0
    assert pending_removals(profile.folder) == []
    assert not removal_pending(profile.folder, profile.person_id)


def test_retry_still_offline_keeps_the_request_and_counts_attempts(profile, server):
    server.mode = 500
    request_removal(profile.folder, profile.person_id, server.url(), TIMEOUT)
    outcomes = retry_pending_removal(profile.folder, TIMEOUT)
    assert [o.kind for o in outcomes] == [QUEUED]
    assert pending_removals(profile.folder)[0]["attempts"] == 2


def test_retry_refused_drops_the_request(profile, server):
    server.mode = 503
    request_removal(profile.folder, profile.person_id, server.url(), TIMEOUT)
    server.mode = 404
    assert [o.kind for o in retry_pending_removal(profile.folder, TIMEOUT)] == [REJECTED]
    assert pending_removals(profile.folder) == []
    assert read_install_id(profile.folder) == profile.person_id


def test_retry_of_an_id_that_was_reset_meanwhile_keeps_the_new_id(profile, server):
    server.mode = 500
    request_removal(profile.folder, profile.person_id, server.url(), TIMEOUT)
    reset_id = create_install_id(profile.folder)
    server.mode = 200
    outcomes = retry_pending_removal(profile.folder, TIMEOUT)
    assert outcomes[0].kind == DONE and outcomes[0].new_id is None
    assert read_install_id(profile.folder) == reset_id


@pytest.mark.parametrize("content", ["", "not json", '{"requests": 5}', '{"requests": [1, {}]}'])
def test_retry_with_a_damaged_queue_file_does_nothing(tmp_path, content):
    (tmp_path / REMOVAL_QUEUE_FILE).write_text(content)
    assert retry_pending_removal(tmp_path, TIMEOUT) == []


def test_retry_with_nothing_queued_makes_no_request(profile, server):
    assert retry_pending_removal(profile.folder, TIMEOUT) == []
    assert server.requests == []


# --- addresses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://www.freecad.org/deletetelemetry.php", True),
        ("http://127.0.0.1:8080/x", True),
        ("http://localhost/x", True),
        ("http://[::1]:9/x", True),
        ("http://www.freecad.org/deletetelemetry.php", False),
        ("ftp://www.freecad.org/x", False),
        ("https://", False),
        ("", False),
        ("www.freecad.org", False),
    ],
)
def test_only_https_or_loopback_addresses_are_used(url, allowed):
    assert (endpoint_problem(url) is None) == allowed


def test_removal_url_appends_the_id_as_a_query():
    assert removal_url("https://h/d.php", "abc") == "https://h/d.php?person_id=abc"
    assert removal_url("https://h/d.php?x=1", "abc") == "https://h/d.php?x=1&person_id=abc"


# --- data copy ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, valid",
    [
        ("ada@example.org", True),
        ("  ada.lovelace+fc@mail.example.co.uk ", True),
        ("ada@example", False),
        ("ada@@example.org", False),
        ("ada example@example.org", False),
        ("@example.org", False),
        ("ada@", False),
        ("", False),
        ("a" * 250 + "@example.org", False),
    ],
)
def test_email_validation(text, valid):
    assert valid_email(text) == valid


def test_mailto_carries_the_id_format_address_and_note():
    request = CopyRequest(
        "3f8e2a4c-9b1d-4e6f-a2c7-5d0b8e9f1a23", "xlsx", "ada@example.org", "hi & bye"
    )
    url = mailto_url("telemetry@freecad.org", request)
    parts = urllib.parse.urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "telemetry@freecad.org"
    assert "+" not in parts.query  # mail programs read "+" literally: spaces are %20
    query = urllib.parse.parse_qs(parts.query)
    assert request.person_id in query["subject"][0]
    body = query["body"][0]
    for text in (request.person_id, "XLSX", "ada@example.org", "hi & bye"):
        assert text in body


def test_copy_request_posted_as_json(server):
    request = CopyRequest("abc", "json", "ada@example.org", "")
    answer = post_copy_request(server.url("/request"), request, TIMEOUT)
    assert answer.ok
    recorded = server.requests[0]
    assert recorded.method == "POST"
    assert json.loads(recorded.body) == {
        "person_id": "abc",
        "format": "json",
        "email": "ada@example.org",
        "note": "",
    }


@pytest.mark.parametrize("mode", [500, "refused", "black_hole"])
def test_copy_request_failure_is_an_answer_not_an_exception(server, mode):
    server.mode = mode
    answer = post_copy_request(server.url("/request"), CopyRequest("a", "csv", "a@b.org"), TIMEOUT)
    assert not answer.ok


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_saving_the_ledger_writes_every_sent_event(profile, tmp_path, fmt):
    target = tmp_path / f"sent.{fmt}"
    assert save_ledger_copy(profile.folder, fmt, target) == 2
    text = target.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    else:
        rows = json.loads(text)
    assert [r["event"] for r in rows] == ["freecad_startup", "freecad_startup"]
    assert {r["distinct_id"] for r in rows} == {profile.person_id}


def test_saving_an_empty_ledger_without_an_outbox(tmp_path):
    target = tmp_path / "sent.json"
    assert save_ledger_copy(tmp_path / "none", "json", target) == 0
    assert json.loads(target.read_text()) == []
    assert not (tmp_path / "none" / OUTBOX_FILE).exists()


def test_saving_the_ledger_as_xlsx_is_refused(profile, tmp_path):
    with pytest.raises(ValueError):
        save_ledger_copy(profile.folder, "xlsx", tmp_path / "sent.xlsx")

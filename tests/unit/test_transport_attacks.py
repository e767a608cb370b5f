"""Servers that try to fool or hold the add-on's network calls (issue #9, items 6 and 7).

A 3xx answer is never followed and never counts as delivered or done; only PostHog's own
acceptance (200 with {"status": "Ok"} or the older {"status": 1}) marks events as sent; plain
http never leaves this computer; and a server dripping its answer one byte every half second
holds no call (capture batch, removal, data copy, the queued removals of start-up and
`forget`) longer than its deadline, nor leaves a thread behind."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator, List, Tuple

import pytest
from capture_server import CaptureServer
from removal_server import RemovalServer

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.delivery.posthog_transport import PostHogTransport
from freecad_telemetry.delivery.sender import Sender
from freecad_telemetry.events import Event, new_event
from freecad_telemetry.rights.copy import CopyRequest, post_copy_request
from freecad_telemetry.rights.forget import send_kept_removals
from freecad_telemetry.rights.removal import (
    DONE,
    QUEUED,
    REMOVAL_QUEUE_FILE,
    pending_removals,
    request_removal,
    retry_pending_removal,
)
from freecad_telemetry.state.folder import OUTBOX_FILE
from freecad_telemetry.state.install_id import create_install_id, read_install_id

DEADLINE = 1.0  # seconds given to each call under test
MARGIN = 0.5  # scheduling slack on a loaded 2-core machine
REDIRECTS = [301, 302, 303, 307, 308]
PROPERTIES = {"addon_version": "0.1.0", "schema_version": 1}


def within(limit: float, call: Callable[[], Any]) -> Tuple[Any, float]:
    """Run `call` on a daemon thread; fail unless it returned within `limit` seconds (a call
    that hangs must fail the test, not hang it)."""
    box: List[Any] = []
    started = time.monotonic()
    worker = threading.Thread(target=lambda: box.append(call()), daemon=True)
    worker.start()
    worker.join(limit)
    elapsed = time.monotonic() - started
    assert not worker.is_alive(), f"still blocked after {elapsed:.2f} s (limit {limit} s)"
    assert box, "the call raised"
    return box[0], elapsed


def assert_no_request_thread_left() -> None:
    """The call returned: its request thread (if it used one) ends soon, not with the server."""
    for thread in threading.enumerate():
        if thread.name.startswith("freecad-telemetry-http"):
            thread.join(MARGIN)
            assert not thread.is_alive(), f"{thread.name} still runs"


@pytest.fixture
def target() -> Iterator[CaptureServer]:
    """A capture server that would accept anything sent to it: the redirect's destination."""
    with CaptureServer() as server:
        yield server


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite3")


def stored(outbox: Outbox, count: int = 3) -> List[str]:
    events = [new_event("freecad_startup", "id-1", PROPERTIES) for _ in range(count)]
    outbox.add(events)
    return sorted(e.uuid for e in events)


def send_all(outbox: Outbox, url: str, timeout: float = DEADLINE):
    transport = PostHogTransport(url, "phc_test", timeout=timeout)
    return Sender(outbox, lambda: transport, lambda line: None).send_pending()


# --- capture: redirects and answers that are not PostHog's acceptance --------------------------


@pytest.mark.parametrize("code", REDIRECTS)
def test_a_redirected_batch_is_not_followed_and_its_events_stay_unsent(
    outbox: Outbox, target: CaptureServer, code: int
) -> None:
    uuids = stored(outbox)
    with CaptureServer(mode="redirect", code=code, location=target.url + "/batch/") as srv:
        result = send_all(outbox, srv.url)
        assert [r.status for r in srv.requests] == [code]

    assert target.requests == []  # nothing followed the redirect
    assert result.delivered == 0 and str(code) in result.last_error
    assert sorted(e.uuid for e in outbox.pending()) == uuids  # still to send, not set aside
    assert outbox.ledger() == []


@pytest.mark.parametrize(
    "status, body",
    [
        (200, b"{}"),
        (200, b'{"status":"Error"}'),
        (200, b'{"status":true}'),
        (200, b"<html>Sign in to the hotel network</html>"),
        (200, b""),
        (204, b""),  # only a beacon request (never sent by the add-on) is answered with 204
        (201, b'{"status":"Ok"}'),
    ],
)
def test_an_answer_that_is_not_posthogs_acceptance_delivers_nothing(
    outbox: Outbox, status: int, body: bytes
) -> None:
    uuids = stored(outbox)
    with RemovalServer(status) as srv:  # answers any path with `status` and `body`
        srv.payload = body
        result = send_all(outbox, srv.url(""))
        assert len(srv.requests) == 1

    assert result.delivered == 0
    assert sorted(e.uuid for e in outbox.pending()) == uuids
    assert outbox.ledger() == []


@pytest.mark.parametrize("body", [b'{"status":"Ok"}', b'{"status": 1}', b'{"status":"Ok","x":2}'])
def test_posthogs_documented_acceptance_delivers(outbox: Outbox, body: bytes) -> None:
    uuids = stored(outbox)
    with RemovalServer(200) as srv:
        srv.payload = body
        result = send_all(outbox, srv.url(""))

    assert result.delivered == 3
    assert outbox.pending() == []
    assert sorted(entry.event.uuid for entry in outbox.ledger()) == uuids


@pytest.mark.parametrize("url", ["http://www.freecad.org", "ftp://127.0.0.1:9", "127.0.0.1:9"])
def test_plain_http_to_another_computer_never_opens_a_socket(
    outbox: Outbox, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    lookups: List[Any] = []

    def recording_getaddrinfo(*args: Any, **kwargs: Any) -> Any:
        lookups.append(args)
        raise OSError("tests talk to 127.0.0.1 only")

    monkeypatch.setattr(socket, "getaddrinfo", recording_getaddrinfo)
    uuids = stored(outbox)

    result = send_all(outbox, url)

    assert lookups == []  # not even a name lookup
    assert result.delivered == 0 and result.last_error.startswith("not sent")
    assert sorted(e.uuid for e in outbox.pending()) == uuids


# --- capture: a total deadline -----------------------------------------------------------------


def test_a_dripping_capture_server_holds_a_batch_no_longer_than_the_deadline(
    outbox: Outbox,
) -> None:
    uuids = stored(outbox)
    with CaptureServer(mode="drip") as srv:  # accepts, then answers one byte per 0.5 s
        result, _ = within(DEADLINE + MARGIN, lambda: send_all(outbox, srv.url))
        assert len(srv.requests) == 1
        assert_no_request_thread_left()

    assert result.delivered == 0 and "in time" in result.last_error
    assert sorted(e.uuid for e in outbox.pending()) == uuids  # re-sent later, same uuids
    assert outbox.ledger() == []


@pytest.fixture
def hanging_lookups(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Name lookups hang (an offline machine's resolver) until the test releases them."""
    release = threading.Event()

    def hanging(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        raise socket.gaierror("the name lookup failed")

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    yield release
    release.set()


def test_a_hanging_name_lookup_holds_a_batch_no_longer_than_the_deadline(
    outbox: Outbox, hanging_lookups: threading.Event
) -> None:
    uuids = stored(outbox)
    url = "https://eu.i.posthog.com"  # never reached: the lookup does not return in time

    result, _ = within(DEADLINE + MARGIN, lambda: send_all(outbox, url))

    hanging_lookups.set()  # the resolver gives up at last: the abandoned thread ends too
    assert_no_request_thread_left()
    assert result.delivered == 0 and "in time" in result.last_error
    assert sorted(e.uuid for e in outbox.pending()) == uuids


def test_the_deadline_covers_a_black_hole_too(outbox: Outbox) -> None:
    stored(outbox)
    with CaptureServer(mode="blackhole") as srv:
        result, _ = within(DEADLINE + MARGIN, lambda: send_all(outbox, srv.url))
        assert_no_request_thread_left()
    assert result.delivered == 0


# --- removal and data copy ---------------------------------------------------------------------


class Profile:
    """A state folder with an id, one delivered event and one unsent event of that id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.person_id = create_install_id(folder)
        box = Outbox(folder / OUTBOX_FILE)
        box.add([Event("freecad_startup", self.person_id)])
        box.mark_delivered([e.uuid for e in box.claim(limit=10)])
        box.close()

    def ledger_size(self) -> int:
        return len(Outbox(self.folder / OUTBOX_FILE).ledger())


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile(tmp_path / "telemetry")


@pytest.fixture
def elsewhere() -> Iterator[RemovalServer]:
    """A removal endpoint that would confirm anything: the redirect's destination."""
    with RemovalServer(200) as server:
        yield server


@pytest.mark.parametrize("code", REDIRECTS)
def test_a_redirected_removal_is_not_followed_and_not_done(
    profile: Profile, elsewhere: RemovalServer, code: int
) -> None:
    with RemovalServer(code, location=elsewhere.url()) as srv:
        outcome = request_removal(profile.folder, profile.person_id, srv.url(), DEADLINE)
        assert len(srv.requests) == 1

    assert elsewhere.requests == []
    # Not confirmed: the id stays, the ledger stays, and the request is kept to be sent again.
    assert outcome.kind == QUEUED and str(code) in outcome.detail
    assert read_install_id(profile.folder) == profile.person_id
    assert profile.ledger_size() == 1
    assert [r["person_id"] for r in pending_removals(profile.folder)] == [profile.person_id]


@pytest.mark.parametrize("code", REDIRECTS)
def test_a_redirected_data_copy_request_is_not_followed(
    elsewhere: RemovalServer, code: int
) -> None:
    request = CopyRequest("id-1", "json", "me@example.org")
    with RemovalServer(code, location=elsewhere.url("/copy")) as srv:
        answer = post_copy_request(srv.url("/copy"), request, DEADLINE)
        assert len(srv.requests) == 1

    assert elsewhere.requests == []
    assert not answer.ok and answer.status == code


def test_a_dripping_removal_endpoint_holds_the_request_no_longer_than_the_deadline(
    profile: Profile,
) -> None:
    with RemovalServer("drip") as srv:
        outcome, _ = within(
            DEADLINE + MARGIN,
            lambda: request_removal(profile.folder, profile.person_id, srv.url(), DEADLINE),
        )
        assert len(srv.requests) == 1
        assert_no_request_thread_left()

    assert outcome.kind == QUEUED and "in time" in outcome.detail
    assert read_install_id(profile.folder) == profile.person_id


def test_a_dripping_data_copy_endpoint_holds_the_request_no_longer_than_the_deadline() -> None:
    request = CopyRequest("id-1", "csv", "me@example.org")
    with RemovalServer("drip") as srv:
        answer, _ = within(
            DEADLINE + MARGIN, lambda: post_copy_request(srv.url("/copy"), request, DEADLINE)
        )
        assert_no_request_thread_left()

    assert answer.status is None and "in time" in answer.detail


def test_a_hanging_name_lookup_holds_a_removal_no_longer_than_the_deadline(
    profile: Profile, hanging_lookups: threading.Event
) -> None:
    url = "https://www.freecad.org/deletetelemetry.php"

    outcome, _ = within(
        DEADLINE + MARGIN,
        lambda: request_removal(profile.folder, profile.person_id, url, DEADLINE),
    )

    hanging_lookups.set()
    assert_no_request_thread_left()
    assert outcome.kind == QUEUED and "in time" in outcome.detail


def queue_two_removals(folder: Path, url: str) -> None:
    """Two ids waiting for removal (the id was reset once while offline)."""
    with RemovalServer(503) as offline:
        for _ in range(2):
            request_removal(folder, read_install_id(folder) or "", offline.url(), DEADLINE)
            create_install_id(folder)
    requests = pending_removals(folder)
    for record in requests:
        record["endpoint"] = url
    (folder / REMOVAL_QUEUE_FILE).write_text(json.dumps({"requests": requests}))


def test_start_up_retries_of_queued_removals_share_one_deadline(profile: Profile) -> None:
    with RemovalServer("drip") as srv:
        queue_two_removals(profile.folder, srv.url())
        outcomes, _ = within(
            DEADLINE + MARGIN, lambda: retry_pending_removal(profile.folder, DEADLINE)
        )
        assert_no_request_thread_left()

    assert [o.kind for o in outcomes] == [QUEUED, QUEUED]
    assert len(pending_removals(profile.folder)) == 2


def test_forget_holds_no_longer_than_the_deadline(profile: Profile) -> None:
    with RemovalServer("drip") as srv:
        queue_two_removals(profile.folder, srv.url())
        outcomes, _ = within(
            DEADLINE + MARGIN, lambda: send_kept_removals(profile.folder, DEADLINE)
        )
        assert_no_request_thread_left()

    assert all(o.kind != DONE for o in outcomes)

"""One retry rule for every request the add-on makes (network.HttpAnswer): whatever a server
answers, a capture batch and a data-removal request are either both tried again later or
both given up for good, over real HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from capture_server import CaptureServer
from removal_server import RemovalServer

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.delivery.posthog_transport import PostHogTransport
from freecad_telemetry.delivery.sender import Sender
from freecad_telemetry.events import new_event
from freecad_telemetry.rights.removal import QUEUED, REJECTED, request_removal
from freecad_telemetry.state.install_id import create_install_id

TIMEOUT = 5.0
RETRIED = (301, 408, 429, 500, 503)
REFUSED = (400, 401, 403, 404, 410, 413)


def capture(tmp_path: Path, status: int) -> tuple:
    """Three events sent to a capture server answering `status`: (pending, quarantined,
    requests made)."""
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.add([new_event(f"e{i}", "id-1", {"i": i}) for i in range(3)])
    logged: list = []
    mode = f"redirect:{status}:https://example.org/batch/" if status < 400 else f"status:{status}"
    with CaptureServer(mode=mode) as server:
        transport = PostHogTransport(server.url, "phc_test", timeout=TIMEOUT)
        Sender(outbox, lambda: transport, logged.append).send_pending()
        requests = len(server.requests)
    stats = outbox.stats()
    return stats.pending, stats.quarantined, requests


def removal(tmp_path: Path, status: int) -> str:
    folder = tmp_path / "state"
    folder.mkdir()
    person_id = create_install_id(folder)
    with RemovalServer(status) as server:
        return request_removal(folder, person_id, server.url(), TIMEOUT).kind


@pytest.mark.parametrize("status", RETRIED)
def test_an_answer_worth_retrying_keeps_both_requests_for_later(tmp_path, status):
    assert capture(tmp_path, status)[:2] == (3, 0)
    assert removal(tmp_path, status) == QUEUED


@pytest.mark.parametrize("status", REFUSED)
def test_a_refusal_gives_both_requests_up(tmp_path, status):
    pending, quarantined, _requests = capture(tmp_path, status)
    assert (pending, quarantined) == (0, 3)  # kept aside to be seen, never sent again
    assert removal(tmp_path, status) == REJECTED


@pytest.mark.parametrize("status, requests", [(400, 5), (413, 5), (401, 1), (404, 1)])
def test_only_a_refusal_that_may_be_one_events_splits_the_batch(tmp_path, status, requests):
    """A 400 or 413 may be one bad event's: halves are tried (3 events: 1 + 2 + 2 requests);
    an unknown route or key refuses the request itself: one request, not one per event."""
    assert capture(tmp_path, status)[2] == requests

"""The sender moves events from the outbox to the transport: delivered, retried or set aside."""

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from fakes import Outcome, RecordingTransport

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.delivery.sender import Sender
from freecad_telemetry.events import new_event


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def outbox(tmp_path, clock):
    return Outbox(tmp_path / "outbox.sqlite3", clock=clock)


def add(outbox, clock, n):
    events = [new_event(f"e{i}", "id-1", {"i": i}, when=clock.now) for i in range(n)]
    outbox.add(events)
    return events


def test_delivered_events_leave_the_outbox_and_enter_the_ledger(outbox, clock):
    events = add(outbox, clock, 3)
    transport = RecordingTransport()
    result = Sender(outbox, lambda: transport, print).send_pending()
    assert result.delivered == 3
    assert [e.uuid for e in transport.sent] == [e.uuid for e in events]
    assert outbox.stats().pending == 0
    assert [entry.event.uuid for entry in outbox.ledger()] == [e.uuid for e in events]


def test_a_retryable_failure_keeps_events_for_later_with_backoff(outbox, clock):
    events = add(outbox, clock, 2)
    transport = RecordingTransport([Outcome(False, reason="HTTP 503")])
    sender = Sender(outbox, lambda: transport, print)
    result = sender.send_pending()
    assert result.failed == 2 and result.last_error == "HTTP 503"
    assert outbox.stats().pending == 2
    assert sender.send_pending().delivered == 0  # not due yet: no hammering
    clock.now += timedelta(minutes=5)
    assert sender.send_pending().delivered == 2
    # Both attempts carried the same uuids: PostHog collapses a re-send.
    assert [e.uuid for e in transport.batches[0]] == [e.uuid for e in transport.batches[1]]
    assert [e.uuid for e in transport.batches[1]] == [e.uuid for e in events]


def test_retry_after_is_honoured(outbox, clock):
    add(outbox, clock, 1)
    transport = RecordingTransport([Outcome(False, reason="HTTP 429", retry_after=600)])
    sender = Sender(outbox, lambda: transport, print)
    sender.send_pending()
    clock.now += timedelta(minutes=5)
    assert sender.send_pending().delivered == 0
    clock.now += timedelta(minutes=6)
    assert sender.send_pending().delivered == 1


def test_one_rejected_event_is_quarantined_and_the_others_delivered(outbox, clock):
    events = add(outbox, clock, 4)
    bad = events[2].uuid

    class RejectsOne(RecordingTransport):
        def send(self, batch):
            self.batches.append(list(batch))
            if any(e.uuid == bad for e in batch):
                return Outcome(False, permanent=True, per_event=True, reason="HTTP 400")
            return Outcome(True)

    transport = RejectsOne()
    logged = []
    result = Sender(outbox, lambda: transport, logged.append).send_pending()
    assert result.delivered == 3 and result.quarantined == 1
    assert [(e.uuid, reason) for e, reason in outbox.quarantined()] == [(bad, "HTTP 400")]
    assert outbox.stats().pending == 0
    assert len(logged) == 1 and "HTTP 400" in logged[0]


def test_a_retryable_failure_inside_a_split_stops_the_round(outbox, clock):
    add(outbox, clock, 4)
    transport = RecordingTransport(
        [
            Outcome(False, permanent=True, per_event=True, reason="HTTP 413"),
            Outcome(False, reason="ConnectionError"),
        ]
    )
    result = Sender(outbox, lambda: transport, print).send_pending()
    assert len(transport.batches) == 2  # the second half was not sent after the failure
    assert result.failed == 2 and outbox.stats().pending == 4


def test_finish_stops_at_the_deadline_and_leaves_the_rest_for_next_time(outbox, clock):
    add(outbox, clock, 6)
    started = threading.Event()

    class Slow(RecordingTransport):
        def send(self, batch):
            started.set()
            time.sleep(0.2)
            return super().send(batch)

    transport = Slow()
    sender = Sender(outbox, lambda: transport, print, batch_size=1)
    sender.start()
    assert started.wait(2)
    t0 = time.monotonic()
    sender.finish(0.05)
    sender.join(2)
    assert time.monotonic() - t0 < 0.5
    assert 1 <= len(transport.sent) < 6
    assert outbox.stats().pending == 6 - len(transport.sent)


def test_stop_sends_nothing_more(outbox, clock):
    transport = RecordingTransport()
    sender = Sender(outbox, lambda: transport, print)
    sender.start()
    sender.stop()
    sender.join(10)
    add(outbox, clock, 2)
    sender.wake()  # nobody is left to hear it: the thread has ended
    assert not sender._thread.is_alive()
    assert transport.batches == [] and outbox.stats().pending == 2


def test_a_quit_during_the_holding_pass_still_sends_the_held_events(outbox, clock):
    """FreeCAD quits just while the sender looks for earlier sessions' events (this
    session's are held): the quit's send must still happen, not end the thread."""
    add(outbox, clock, 3)  # this session's: held
    transport = RecordingTransport()
    began = clock.now - timedelta(minutes=1)
    sender = Sender(outbox, lambda: transport, print, hold=300.0, session_start=began)
    claim = outbox.claim

    def claim_then_quit(*args, before=None, **kwargs):
        found = claim(*args, before=before, **kwargs)
        if before is not None:  # the holding pass: FreeCAD quits now
            sender.finish(10.0)
        return found

    outbox.claim = claim_then_quit
    sender.start()
    sender.join(10)
    assert len(transport.sent) == 3 and outbox.stats().pending == 0


# --- the consent authority's word on every batch -----------------------------------------------


def test_the_permit_is_asked_for_every_batch_and_its_drops_never_leave(outbox, clock):
    from freecad_telemetry.delivery.sender import Permit

    events = add(outbox, clock, 6)
    asked = []

    def permit(batch):  # consent narrowed after the first batch went out
        asked.append([e.uuid for e in batch])
        if len(asked) == 1:
            return Permit()
        return Permit(drop={e.uuid: "withdrawn" for e in batch if int(e.name[1:]) % 2})

    transport = RecordingTransport()
    result = Sender(outbox, lambda: transport, print, batch_size=2, permit=permit).send_pending()
    assert len(asked) == 3
    assert [e.name for e in transport.sent] == ["e0", "e1", "e2", "e4"]
    assert result.delivered == 4 and result.dropped == 2
    assert outbox.stats().pending == 0 and outbox.drop_counts() == {"withdrawn": 2}
    assert {e.event.uuid for e in outbox.ledger()} == {events[i].uuid for i in (0, 1, 2, 4)}


def test_a_paused_permit_sends_nothing_and_keeps_every_event_unleased(outbox, clock):
    from freecad_telemetry.delivery.sender import Permit

    add(outbox, clock, 3)
    transport = RecordingTransport()
    sender = Sender(outbox, lambda: transport, print, permit=lambda b: Permit(paused="DNT"))
    result = sender.send_pending()
    assert transport.batches == [] and result.paused == "DNT"
    assert len(outbox.claim(limit=10)) == 3  # released at once, not held for a lease


def test_a_drop_leaves_an_event_another_sender_has_on_the_wire(outbox, clock):
    events = add(outbox, clock, 2)
    outbox.claim(limit=1, owner="pid1-elsewhere")
    assert outbox.drop({e.uuid: "withdrawn" for e in events}) == 1
    assert [e.uuid for e in outbox.pending()] == [events[0].uuid]


def test_a_quit_while_the_start_up_thread_still_works_waits_for_its_send(outbox, clock):
    """The session's start-up thread runs the sender once its own work is done; a quit in
    between must wait for that send (join), not return because the loop has not begun."""
    add(outbox, clock, 2)
    transport = RecordingTransport()
    sender = Sender(outbox, lambda: transport, print)
    claimed, work_done = threading.Event(), threading.Event()

    def start_up_thread():
        sender.runs_here()
        claimed.set()
        work_done.wait(10)  # storing the start-up events, say
        sender.run()

    threading.Thread(target=start_up_thread, daemon=True).start()
    assert claimed.wait(10)
    sender.finish(10.0)
    threading.Timer(0.1, work_done.set).start()  # the start-up work ends while join waits
    sender.join(10)
    assert len(transport.sent) == 2

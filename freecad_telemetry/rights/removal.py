"""The right to erasure: ask the FreeCAD project to remove this install's data (HTTP DELETE),
queue the request while offline and retry it at later starts.

Nothing here touches Qt or FreeCAD, and nothing reads settings: the caller passes the state
folder, the id and the addresses, read on the GUI thread beforehand. The network calls go
through `network.exchange`: at most `timeout` seconds in all (wall clock), no redirect
followed. They are meant for a worker thread (the preferences page), the command line, or
the start-up's background thread (`retry_pending_removal`). None of the functions raises for
network or file trouble; they return what happened.
"""

from __future__ import annotations

import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from freecad_telemetry.events import iso_utc, utc_now
from freecad_telemetry.files.atomic import read_json, write_json_atomic
from freecad_telemetry.network import (  # HttpAnswer, endpoint_problem: also used via here
    HttpAnswer,
    HttpRequest,
    describe,
    endpoint_problem,
    exchange,
)
from freecad_telemetry.state.folder import OUTBOX_FILE, REMOVAL_QUEUE_FILE
from freecad_telemetry.state.install_id import create_install_id, read_install_id

REMOVAL_TIMEOUT = 10.0  # seconds in all; the reference add-on had none and could hang FreeCAD
FALLBACK_ADDRESS = "telemetry@freecad.org"

# Outcomes of a removal request.
DONE = "done"  # the server confirmed: the id was rotated, the local traces cleared
QUEUED = "queued"  # no answer, a server error or a redirect: kept, retried at later starts
REJECTED = "rejected"  # the server refused (4xx): retrying would not help; e-mail instead

# The network call, `network.exchange(request, deadline)`, or a stand-in with its signature.
# (The name is historical: callers pass it through as `urlopen`.)
Urlopen = Callable[[HttpRequest, float], HttpAnswer]

_PENDING_LOCK = threading.Lock()  # the GUI's request and the start-up's retry share a file


@dataclass(frozen=True)
class RemovalOutcome:
    kind: str  # DONE, QUEUED or REJECTED
    person_id: str
    status: Optional[int] = None
    detail: str = ""
    new_id: Optional[str] = None  # set when the install id was rotated
    dropped_events: int = 0  # unsent events of the removed id that were forgotten


def removal_url(endpoint: str, person_id: str) -> str:
    separator = "&" if "?" in endpoint else "?"
    return endpoint + separator + urllib.parse.urlencode({"person_id": person_id})


def send_removal(
    endpoint: str,
    person_id: str,
    timeout: float = REMOVAL_TIMEOUT,
    urlopen: Optional[Urlopen] = None,
) -> HttpAnswer:
    problem = endpoint_problem(endpoint)
    if problem is not None:
        return HttpAnswer(400, f"the removal address cannot be used: {problem}")
    request = HttpRequest("DELETE", removal_url(endpoint, person_id))
    return (urlopen or exchange)(request, timeout)  # a redirect is retryable, not done


# --- removal --------------------------------------------------------------------------------


def request_removal(
    folder: Path,
    person_id: str,
    endpoint: str,
    timeout: float = REMOVAL_TIMEOUT,
    urlopen: Optional[Urlopen] = None,
) -> RemovalOutcome:
    """Ask for removal of `person_id`'s data now; queue the request when there is no answer.

    Worker thread or command line. Done: the id rotates, the ledger is cleared and unsent
    events of the id are dropped. Queued: unsent events are dropped already (the user wants
    them gone) and the request waits in the state folder. Rejected: nothing changes."""
    answer = send_removal(endpoint, person_id, timeout, urlopen)
    if answer.ok:
        return _complete(folder, person_id, answer)
    if answer.retryable:
        dropped = _drop_unsent(folder, person_id)
        _update_pending(folder, person_id, endpoint, answer)
        return RemovalOutcome(QUEUED, person_id, answer.status, answer.detail, None, dropped)
    _forget_pending(folder, person_id)
    return RemovalOutcome(REJECTED, person_id, answer.status, answer.detail)


def retry_pending_removal(
    folder: Path, timeout: float = REMOVAL_TIMEOUT, urlopen: Optional[Urlopen] = None
) -> List[RemovalOutcome]:
    """Send the queued removal requests again (one per id), all within `timeout` seconds.
    Meant for the start-up's background thread, before anything is sent; never raises. A
    DONE outcome carries the new id when the current install id was rotated."""
    outcomes = []
    end = time.monotonic() + timeout  # one deadline for all of them, not one each
    for record in pending_removals(folder):
        person_id = str(record.get("person_id", ""))
        endpoint = str(record.get("endpoint", ""))
        left = end - time.monotonic()
        if left <= 0:
            outcomes.append(RemovalOutcome(QUEUED, person_id, None, "no time left to send it"))
            continue
        try:
            answer = send_removal(endpoint, person_id, left, urlopen)
            if answer.ok:
                outcomes.append(_complete(folder, person_id, answer))
            elif answer.retryable:
                _update_pending(folder, person_id, endpoint, answer)
                outcomes.append(RemovalOutcome(QUEUED, person_id, answer.status, answer.detail))
            else:
                _forget_pending(folder, person_id)
                outcomes.append(RemovalOutcome(REJECTED, person_id, answer.status, answer.detail))
        except Exception as exc:  # a broken record must not stop the others
            outcomes.append(RemovalOutcome(QUEUED, person_id, None, describe(exc)))
    return outcomes


def pending_removals(folder: Path) -> List[Dict[str, Any]]:
    """The queued requests: person_id, endpoint, queued_at, attempts, last_error."""
    data = read_json(Path(folder) / REMOVAL_QUEUE_FILE) or {}
    requests = data.get("requests")
    if not isinstance(requests, list):
        return []
    return [r for r in requests if isinstance(r, dict) and r.get("person_id")]


def removal_pending(folder: Path, person_id: str) -> bool:
    """True while a removal of `person_id` waits: events of that id should not be sent
    (they would be deleted, or outlive the deletion under an id PostHog cannot reuse)."""
    return any(r.get("person_id") == person_id for r in pending_removals(folder))


def _complete(folder: Path, person_id: str, answer: HttpAnswer) -> RemovalOutcome:
    from freecad_telemetry.delivery.outbox import OutboxUnavailable

    detail = ""  # stays empty unless a local clean-up step failed
    dropped = _drop_unsent(folder, person_id)
    try:
        _clear_ledger(folder)
    except (OutboxUnavailable, OSError) as exc:
        detail = f"the local record of sent events could not be cleared: {describe(exc)}"
    new_id = None
    try:
        if read_install_id(folder) == person_id:
            # Never adopt: PostHog cannot reuse a deleted id, and the reference add-on's
            # PostHogUUID may be this very id.
            new_id = create_install_id(folder, removed=person_id)
    except OSError as exc:
        detail = f"a new anonymous id could not be stored: {describe(exc)}"
    _forget_pending(folder, person_id)
    return RemovalOutcome(DONE, person_id, answer.status, detail, new_id, dropped)


def open_outbox(folder: Path):
    """The outbox, only when one exists: a user who never shared has none to create."""
    path = Path(folder) / OUTBOX_FILE
    if not path.exists():
        return None
    from freecad_telemetry.delivery.outbox import Outbox

    return Outbox(path)


def _drop_unsent(folder: Path, person_id: str) -> int:
    from freecad_telemetry.delivery.outbox import OutboxUnavailable

    try:
        outbox = open_outbox(folder)
        if outbox is None:
            return 0
        try:
            return int(outbox.drop_distinct_id(person_id))
        finally:
            outbox.close()
    except (OutboxUnavailable, OSError):  # the request matters more; the next start prunes by age
        return 0


def _clear_ledger(folder: Path) -> None:
    outbox = open_outbox(folder)
    if outbox is not None:
        try:
            outbox.clear_ledger()
        finally:
            outbox.close()


def _update_pending(folder: Path, person_id: str, endpoint: str, answer: HttpAnswer) -> None:
    now = iso_utc(utc_now())
    with _PENDING_LOCK:
        requests = pending_removals(folder)
        record = next((r for r in requests if r.get("person_id") == person_id), None)
        if record is None:
            record = {"person_id": person_id, "queued_at": now, "attempts": 0}
            requests.append(record)
        record.update(
            endpoint=endpoint,
            attempts=int(record.get("attempts", 0)) + 1,
            last_attempt=now,
            last_error=answer.detail,
        )
        try:
            write_json_atomic(Path(folder) / REMOVAL_QUEUE_FILE, {"requests": requests})
        except OSError:
            pass  # not writable: the caller still says "queued"; the e-mail fallback remains


def _forget_pending(folder: Path, person_id: str) -> None:
    with _PENDING_LOCK:
        requests = pending_removals(folder)
        kept = [r for r in requests if r.get("person_id") != person_id]
        if len(kept) == len(requests):
            return
        path = Path(folder) / REMOVAL_QUEUE_FILE
        try:
            if kept:
                write_json_atomic(path, {"requests": kept})
            else:
                path.unlink()
        except OSError:
            pass  # retried once more at the next start, and answered the same way

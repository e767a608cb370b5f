"""The right of access: ask the FreeCAD project for a copy of this install's data (a filled-in
e-mail, or a JSON request to a configured endpoint), and save what this computer sent (the
local ledger) to a file.

No Qt, no FreeCAD, no settings: the caller passes the id and addresses. `post_copy_request`
blocks for at most its timeout in all (a worker thread or the command line); the rest is
quick.
"""

from __future__ import annotations

import io
import json
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional

from freecad_telemetry.files.atomic import write_atomic
from freecad_telemetry.network import HttpAnswer, HttpRequest, endpoint_problem, exchange
from freecad_telemetry.rights.removal import REMOVAL_TIMEOUT, Urlopen, open_outbox

REQUEST_TIMEOUT = REMOVAL_TIMEOUT
COPY_FORMATS = ("csv", "xlsx", "json")  # what the project can export on request
LEDGER_FORMATS = ("csv", "json")  # what the local record can be saved as
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")


@dataclass(frozen=True)
class CopyRequest:
    person_id: str
    fmt: str  # one of COPY_FORMATS
    email: str
    note: str = ""


def valid_email(text: str) -> bool:
    text = text.strip()
    return len(text) <= 254 and bool(_EMAIL.match(text))


# --- requests ------------------------------------------------------------------------------


def mailto_url(address: str, request: CopyRequest) -> str:
    """A mailto: link that opens the user's mail program with the request filled in.

    Subject and body stay in English whatever the interface language: they are read by
    the FreeCAD project's volunteers, and the subject lets them sort requests."""
    subject = f"FreeCAD telemetry: data copy request {request.person_id}"
    lines = [
        "Hello,",
        "",
        "please send me a copy of the telemetry data stored for this FreeCAD install.",
        "",
        f"Anonymous id: {request.person_id}",
        f"Format: {request.fmt.upper()}",
        f"Reply to: {request.email.strip()}",
    ]
    if request.note.strip():
        lines += ["", "Note:", request.note.strip()]
    query = urllib.parse.urlencode(
        {"subject": subject, "body": "\r\n".join(lines)}, quote_via=urllib.parse.quote
    )
    return f"mailto:{urllib.parse.quote(address.strip(), safe='@')}?{query}"


def copy_request_payload(request: CopyRequest) -> Dict[str, str]:
    return {
        "person_id": request.person_id,
        "format": request.fmt,
        "email": request.email.strip(),
        "note": request.note.strip(),
    }


def post_copy_request(
    endpoint: str,
    request: CopyRequest,
    timeout: float = REQUEST_TIMEOUT,
    urlopen: Optional[Urlopen] = None,
) -> HttpAnswer:
    """POST the request as JSON to a configured endpoint (worker thread or command line):
    at most `timeout` seconds in all; a redirect is not followed and is not success."""
    problem = endpoint_problem(endpoint)
    if problem is not None:
        return HttpAnswer(400, f"the request address cannot be used: {problem}")
    body = json.dumps(copy_request_payload(request)).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    return (urlopen or exchange)(HttpRequest("POST", endpoint, body, headers), timeout)


def save_ledger_copy(folder: Path, fmt: str, target: Path) -> int:
    """Write what this computer sent (the ledger) to `target` as CSV or JSON and return the
    number of events. Raises ValueError for another format, OSError when it cannot write,
    outbox.OutboxUnavailable when the ledger cannot be read."""
    from freecad_telemetry.delivery.ledger import export_ledger

    if fmt not in LEDGER_FORMATS:
        raise ValueError(f"the local record can be saved as {' or '.join(LEDGER_FORMATS)}")
    entries = []
    outbox = open_outbox(folder)
    if outbox is not None:
        try:
            entries = outbox.ledger()
        finally:
            outbox.close()
    buffer = io.StringIO()
    export_ledger(entries, fmt, buffer)
    write_atomic(target, buffer.getvalue())
    return len(entries)

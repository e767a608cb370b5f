"""Command-line views of delivery: `status`, `flush`, `log`, `export`.

Run by the user from a shell (outside FreeCAD, the profile read from disk) at any time, also
while FreeCAD runs: the outbox is safe to share with a running FreeCAD.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any, Dict, List, Optional

from freecad_telemetry.cli.console import NOT_DONE, OK, Console
from freecad_telemetry.cli.output import one_line, write_output
from freecad_telemetry.consent.decision import load_consent, migrate_consent
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.delivery.ledger import export_ledger
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.delivery.outbox_age import (
    EXPIRED,
    OVERFLOW,
    REFUSED,
    REMOVED_ID,
    WITHDRAWN,
)
from freecad_telemetry.host.interface import Host
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import OUTBOX_FILE, SESSIONS_FOLDER, state_dir
from freecad_telemetry.state.install_id import read_install_id

# Why unsent events were dropped, as `status` says it.
DROP_LABELS = {
    EXPIRED: "expired (waited too long)",
    OVERFLOW: "over the cap",
    WITHDRAWN: "of a withdrawn category",
    REFUSED: "with a refused field",
    REMOVED_ID: "under an id whose data removal was asked for",
}


def register(commands: Any) -> None:
    """Add this module's commands to main.py's sub-command parsers. Each reads the outbox:
    main.py checks the state folder first."""
    parser = commands.add_parser("status", help="consent, id, pending and delivered events")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(run=status, uses_state=True)
    parser = commands.add_parser("flush", help="send pending events now")
    parser.set_defaults(run=flush, uses_state=True)
    parser = commands.add_parser("log", help="what this computer sent, oldest first")
    parser.add_argument("--verbose", "-v", action="store_true", help="with every property")
    parser.set_defaults(run=show_log, uses_state=True)
    parser = commands.add_parser("export", help="a copy of what this computer sent")
    parser.add_argument("--format", choices=("csv", "json"), default="json")
    parser.add_argument("--out", metavar="FILE", help="write to FILE instead of the screen")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.set_defaults(run=export, uses_state=True)


def sending_state(host: Host) -> str:
    """One phrase: is this profile sending, and if not, which rule says so."""
    blocked = opt_out_reason()
    consent = load_consent(Settings(host))
    if blocked:
        return f"not sending: {blocked}"
    if consent.sending:
        return "sending (granted: " + ", ".join(sorted(consent.categories)) + ")"
    return f"not sending: consent is {consent.status}"


def _outbox(host: Host) -> Optional[Outbox]:
    path = state_dir(host.user_data_dir()) / OUTBOX_FILE
    return Outbox(path) if path.exists() else None


def status(args: argparse.Namespace, host: Host, console: Console) -> int:
    out = console.stdout
    folder = state_dir(host.user_data_dir())
    outbox = _outbox(host)
    stats = outbox.stats() if outbox is not None else None
    dropped = dict.fromkeys(DROP_LABELS, 0)
    dropped.update(outbox.drop_counts() if outbox is not None else {})
    report: Dict[str, Any] = {
        "state": sending_state(host),
        "anonymous_id": read_install_id(folder),
        "destination": Settings(host).get("PostHogHost"),
        "pending": stats.pending if stats else 0,
        "quarantined": stats.quarantined if stats else 0,
        "delivered": stats.delivered if stats else 0,
        "last_delivery": stats.last_delivery.isoformat() if stats and stats.last_delivery else None,
        "oldest_pending": (
            stats.oldest_pending.isoformat() if stats and stats.oldest_pending else None
        ),
        "open_sessions": len(list((folder / SESSIONS_FOLDER).glob("session-*.json"))),
        "dropped": dropped,
    }
    if args.json:
        out.write(json.dumps(report, indent=2) + "\n")
        return OK
    out.write(
        f"Telemetry: {report['state']}\n"
        f"Anonymous id: {report['anonymous_id'] or '(none yet)'}\n"
        f"Destination: {report['destination']}\n"
        f"Pending: {report['pending']}{_oldest(report['oldest_pending'])}   "
        f"Quarantined: {report['quarantined']}   "
        f"Delivered: {report['delivered']}\n"
        f"Last delivery: {report['last_delivery'] or 'never'}\n"
        f"Dropped, never sent: {_dropped_line(dropped)}\n"
        f"Open sessions: {report['open_sessions']} (FreeCAD running now, or ended uncleanly "
        "and reported at its next start)\n"
    )
    return OK


def _oldest(moment: Optional[str]) -> str:
    """When the oldest event still waiting to be sent happened (minutes, UTC)."""
    return f" (the oldest from {moment[:16].replace('T', ' ')} UTC)" if moment else ""


def _dropped_line(dropped: Dict[str, int]) -> str:
    """'2 expired, 1 over the cap, ...': every known reason, then any other recorded."""
    reasons = list(DROP_LABELS) + sorted(set(dropped) - set(DROP_LABELS))
    return ", ".join(f"{dropped.get(r, 0)} {DROP_LABELS.get(r, r)}" for r in reasons)


def flush(args: argparse.Namespace, host: Host, console: Console) -> int:
    from freecad_telemetry.consent.gate import consent_permit, grant_now
    from freecad_telemetry.delivery.sender import Sender
    from freecad_telemetry.reporting import make_posthog_transport
    from freecad_telemetry.state.process_identity import lease_owner_alive

    out = console.stdout
    state = sending_state(host)
    outbox = _outbox(host)
    if not state.startswith("sending"):
        out.write(f"Nothing sent: {state[len('not sending: ') :]}.\n")
        return OK
    if outbox is None or outbox.stats().pending == 0:
        out.write("Nothing to send.\n")
        return OK
    settings = Settings(host)
    migrate_consent(settings)  # a choice an earlier version left in user.cfg decides once more
    outbox.begin_session(lease_owner_alive)  # a flush is a retry point, like a new session
    out.write(
        f"Sending {outbox.stats().pending} pending events to {settings.get('PostHogHost')}...\n"
    )
    out.flush()
    errors: List[str] = []
    try:
        folder = state_dir(host.user_data_dir())
        transport = make_posthog_transport(settings, lambda: grant_now(folder), errors.append)
        sender = Sender(outbox, transport, errors.append, permit=consent_permit(folder))
        result = sender.send_pending()
    except ImportError:
        out.write("Not sent: posthog is not installed for this Python (pip install posthog).\n")
        return NOT_DONE
    except ValueError as exc:  # PostHogHost cannot be used (user.cfg is editable by hand)
        return console.fail(f"nothing sent: {exc}")
    line = f"Delivered {result.delivered}, quarantined {result.quarantined}"
    if result.failed:
        line += f", {result.failed} kept for later ({result.last_error})"
    out.write(line + ".\n")
    return OK if not result.failed else NOT_DONE


def show_log(args: argparse.Namespace, host: Host, console: Console) -> int:
    out, outbox = console.stdout, _outbox(host)
    entries = outbox.ledger() if outbox is not None else []
    if not entries:
        out.write("Nothing has been sent from this computer.\n")
    for entry in entries:
        out.write(f"{entry.delivered_at.isoformat()}  {entry.event.name}  {entry.event.uuid}\n")
        if args.verbose:
            for key, value in entry.event.properties.items():
                out.write(f"    {key}: {json.dumps(value, ensure_ascii=False)}\n")
    return OK


def export(args: argparse.Namespace, host: Host, console: Console) -> int:
    """Raises output.OutputRefused when --out may not be written."""
    fmt, path = args.format, args.out
    outbox = _outbox(host)
    entries = outbox.ledger() if outbox is not None else []
    if path is None:
        export_ledger(entries, fmt, console.stdout)
        return OK
    text = io.StringIO(newline="")  # csv writes its own line ends
    export_ledger(entries, fmt, text)
    write_output(Path(path), text.getvalue(), args.force)
    console.note(f"Wrote {len(entries)} events to {one_line(path)}")
    return OK

"""Command-line consent and data rights: ``on``, ``off``, ``request-copy``, ``request-removal``.

main.py adds these to its parser with `register`; each parser names its handler.
Runs in a terminal outside FreeCAD (the host is the profile on disk; writes go through
Settings and are saved to user.cfg at once) or inside FreeCAD's Python console.
Messages are English only: the command line is not translated.
"""

from __future__ import annotations

import argparse

from freecad_telemetry.cli.console import NOT_DONE, OK, Console
from freecad_telemetry.consent.decision import Consent, decline, grant, save_consent, sendable
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.consent.gate import purge
from freecad_telemetry.fields import CATEGORIES
from freecad_telemetry.host.interface import Host
from freecad_telemetry.rights.copy import (
    COPY_FORMATS,
    CopyRequest,
    mailto_url,
    post_copy_request,
    valid_email,
)
from freecad_telemetry.rights.removal import (
    DONE,
    FALLBACK_ADDRESS,
    QUEUED,
    REMOVAL_TIMEOUT,
    request_removal,
)
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import state_dir
from freecad_telemetry.state.install_id import read_install_id

RUNNING_FREECAD_WARNING = (
    "note: a FreeCAD that is running now follows this from its next send; user.cfg shows "
    "the new choice from FreeCAD's next start"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's commands to main.py's sub-command parsers."""
    names = ",".join(c.name for c in CATEGORIES)
    on = subparsers.add_parser("on", help="share anonymous usage data (you choose what)")
    on.add_argument(
        "--categories",
        metavar="LIST",
        help=f"comma-separated, from: {names} (default: all of them)",
    )
    on.set_defaults(run=_on)
    subparsers.add_parser("off", help="stop sharing; nothing more is sent").set_defaults(run=_off)
    copy = subparsers.add_parser("request-copy", help="ask the FreeCAD project for your data")
    copy.add_argument("--email", required=True, help="where the copy should be sent")
    copy.add_argument("--format", choices=COPY_FORMATS, default="csv", dest="fmt")
    copy.add_argument("--note", default="", help="anything the project should know")
    copy.add_argument("--open", action="store_true", help="open your mail program with it")
    removal = subparsers.add_parser(
        "request-removal", help="ask the FreeCAD project to delete your data"
    )
    removal.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for parser, handler in ((copy, _request_copy), (removal, _request_removal)):
        parser.add_argument(
            "--timeout", type=float, default=REMOVAL_TIMEOUT, help=argparse.SUPPRESS
        )
        parser.set_defaults(run=handler, uses_state=True)


def _on(args: argparse.Namespace, host: Host, console: Console) -> int:
    known = [c.name for c in CATEGORIES]
    wanted = known if not args.categories else [c.strip() for c in args.categories.split(",")]
    unknown = [c for c in wanted if c not in known]
    if unknown or not wanted:
        return console.fail(f"unknown categories {', '.join(unknown)}; use {', '.join(known)}")
    consent = grant(wanted)
    code = _record(consent, Settings(host), console)
    if code != OK:
        return code
    console.stdout.write("Telemetry is on. Shared from the next start of FreeCAD:\n")
    shared = sendable(consent).categories
    for category in CATEGORIES:
        if category.name in shared:
            console.stdout.write(f"  {category.title}: {category.description}\n")
    reason = opt_out_reason()
    if reason:
        console.stdout.write(f"Nothing is sent from this environment all the same: {reason}.\n")
    console.note(RUNNING_FREECAD_WARNING)
    return OK


def _off(args: argparse.Namespace, host: Host, console: Console) -> int:
    code = _record(decline(), Settings(host), console)
    if code == OK:
        console.stdout.write("Telemetry is off: nothing more is sent from this FreeCAD profile.\n")
        console.note(RUNNING_FREECAD_WARNING)
    return code


def _record(consent: Consent, settings: Settings, console: Console) -> int:
    """Store the decision; what was collected and is no longer allowed never goes."""
    try:
        save_consent(settings, consent)
        purge(settings.state_folder())
    except OSError as exc:  # the state folder, or user.cfg's folder, is not writable
        where = f"cannot use {exc.filename}: " if exc.filename else ""
        return console.fail(f"cannot record the choice: {where}{exc.strerror or exc}")
    return OK


def _person_id(host: Host, console: Console) -> str:
    """The anonymous id a request names; "" (and a word why) when this profile has none."""
    person_id = read_install_id(state_dir(host.user_data_dir())) or ""
    if not person_id:
        console.stdout.write("This FreeCAD profile has no anonymous id: it never sent anything.\n")
    return person_id


def _request_copy(args: argparse.Namespace, host: Host, console: Console) -> int:
    person_id = _person_id(host, console)
    if not person_id:
        return OK
    if not valid_email(args.email):
        return console.fail(f"{args.email!r} is not an e-mail address")
    settings, out = Settings(host), console.stdout
    request = CopyRequest(person_id, args.fmt, args.email.strip(), args.note)
    address = str(settings.get("DataRequestAddress")) or FALLBACK_ADDRESS
    endpoint = str(settings.get("DataRequestEndpoint")).strip()
    if not endpoint:
        url = mailto_url(address, request)
        if args.open and console.open_url(url):
            out.write("Your mail program should open with the request; send it from there.\n")
        else:
            out.write("Open this link (or copy its contents into an e-mail) to send the request:\n")
        out.write(url + "\n")
        return OK
    answer = post_copy_request(endpoint, request, args.timeout, console.urlopen)
    if answer.ok:
        out.write(f"Request sent. The copy will be e-mailed to {request.email}.\n")
        return OK
    if answer.status is None:  # nobody answered: a failure, not a server's decision
        out.write(mailto_url(address, request) + "\n")
        return console.fail(
            f"the request could not be sent to {endpoint} ({answer.detail}); e-mail "
            f"{address} instead with the link above, naming your anonymous id {person_id}"
        )
    out.write(
        f"The request could not be sent ({answer.detail}).\n"
        f"Please e-mail {address} instead, naming your anonymous id {person_id}:\n"
    )
    out.write(mailto_url(address, request) + "\n")
    return NOT_DONE


def _request_removal(args: argparse.Namespace, host: Host, console: Console) -> int:
    person_id = _person_id(host, console)
    if not person_id:
        return OK
    out = console.stdout
    if not args.yes:
        out.write(
            f"Ask the FreeCAD project to delete every event sent with the anonymous id\n"
            f"{person_id}? This cannot be undone. [y/N] "
        )
        out.flush()
        if console.stdin.readline().strip().lower() not in ("y", "yes"):
            out.write("Nothing was requested.\n")
            return OK
    settings = Settings(host)
    folder = state_dir(host.user_data_dir())
    endpoint = str(settings.get("RemovalEndpoint"))
    outcome = request_removal(folder, person_id, endpoint, args.timeout, console.urlopen)
    address = str(settings.get("DataRequestAddress")) or FALLBACK_ADDRESS
    if outcome.kind == DONE:
        out.write(
            "Removal requested: the FreeCAD project deletes the data within a few days.\n"
            f"This profile now has a new anonymous id: {outcome.new_id or '(none)'}.\n"
        )
        if outcome.detail:
            out.write(f"Note: {outcome.detail}\n")
        return OK
    if outcome.kind == QUEUED and outcome.status is None:  # nobody answered
        return console.fail(
            f"the removal request could not be sent to {endpoint} ({outcome.detail}); it is "
            f"kept and sent again at FreeCAD's next starts, or e-mail {address} naming the id "
            f"{person_id}"
        )
    if outcome.kind == QUEUED:
        out.write(
            f"The request could not be sent now ({outcome.detail}); FreeCAD sends it again at\n"
            f"its next starts. You can also e-mail {address} naming the id {person_id}.\n"
        )
        return NOT_DONE
    out.write(
        f"The server refused the request ({outcome.detail}).\n"
        f"Please e-mail {address} asking for removal, naming the id {person_id}.\n"
    )
    return NOT_DONE

"""Command-line consent and data rights: ``on``, ``off``, ``request-copy``, ``request-removal``.

main.py adds these to its parser with `register` and hands the parsed arguments to `run`.
Runs in a terminal outside FreeCAD (the host is the profile on disk; writes go through
Settings and are saved to user.cfg at once) or inside FreeCAD's Python console.
Messages are English only: the command line is not translated.
"""

from __future__ import annotations

import argparse
import sys
import webbrowser
from typing import Callable, Optional, TextIO

from freecad_telemetry.cli.output import one_line
from freecad_telemetry.consent.decision import decline, grant, save_consent, sendable
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.consent.gate import purge
from freecad_telemetry.fields import CATEGORIES
from freecad_telemetry.host.interface import Host
from freecad_telemetry.local_state import read_install_id, state_dir
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
    Urlopen,
    request_removal,
)
from freecad_telemetry.settings import Settings

COMMANDS = ("on", "off", "request-copy", "request-removal")
EXIT_OK = 0
EXIT_NOT_DONE = 1  # the server answered, but did not do it (declined, or failed: queued)
EXIT_BAD_INPUT = 2  # bad input, or no answer at all (refused, timed out): one line on stderr

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
    subparsers.add_parser("off", help="stop sharing; nothing more is sent")
    copy = subparsers.add_parser("request-copy", help="ask the FreeCAD project for your data")
    copy.add_argument("--email", required=True, help="where the copy should be sent")
    copy.add_argument("--format", choices=COPY_FORMATS, default="csv", dest="fmt")
    copy.add_argument("--note", default="", help="anything the project should know")
    copy.add_argument("--open", action="store_true", help="open your mail program with it")
    removal = subparsers.add_parser(
        "request-removal", help="ask the FreeCAD project to delete your data"
    )
    removal.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for parser in (copy, removal):
        parser.add_argument(
            "--timeout", type=float, default=REMOVAL_TIMEOUT, help=argparse.SUPPRESS
        )


def run(
    args: argparse.Namespace,
    host: Host,
    stdout: TextIO,
    *,
    stdin: Optional[TextIO] = None,
    stderr: Optional[TextIO] = None,
    urlopen: Optional[Urlopen] = None,
    open_url: Callable[[str], bool] = webbrowser.open,
) -> Optional[int]:
    """The exit code of one of COMMANDS, or None when `args.command` is not one of them."""
    command = getattr(args, "command", None)
    if command not in COMMANDS:
        return None
    stderr = stderr or sys.stderr
    settings = Settings(host)
    if command in ("on", "off"):
        try:
            if command == "on":
                return _on(args, settings, stdout, stderr)
            return _off(settings, stdout, stderr)
        except OSError as exc:  # the state folder, or user.cfg's folder, is not writable
            where = f"cannot use {exc.filename}: " if exc.filename else ""
            reason = one_line(f"{where}{exc.strerror or exc}")
            print(f"freecad-telemetry: cannot record the choice: {reason}", file=stderr)
            return EXIT_BAD_INPUT
    person_id = read_install_id(state_dir(host.user_data_dir()))
    if not person_id:
        stdout.write("This FreeCAD profile has no anonymous id: it never sent anything.\n")
        return EXIT_OK
    if command == "request-copy":
        return _request_copy(args, settings, person_id, stdout, stderr, urlopen, open_url)
    return _request_removal(
        args, host, settings, person_id, stdout, stdin or sys.stdin, stderr, urlopen
    )


def _off(settings: Settings, stdout: TextIO, stderr: TextIO) -> int:
    save_consent(settings, decline())
    purge(settings.state_folder())  # what was collected and not sent never goes
    stdout.write("Telemetry is off: nothing more is sent from this FreeCAD profile.\n")
    print(RUNNING_FREECAD_WARNING, file=stderr)
    return EXIT_OK


def _on(args: argparse.Namespace, settings: Settings, stdout: TextIO, stderr: TextIO) -> int:
    known = [c.name for c in CATEGORIES]
    wanted = known if not args.categories else [c.strip() for c in args.categories.split(",")]
    unknown = [c for c in wanted if c not in known]
    if unknown or not wanted:
        print(
            f"freecad-telemetry: unknown categories {', '.join(unknown)}; use {', '.join(known)}",
            file=stderr,
        )
        return EXIT_BAD_INPUT
    consent = grant(wanted)
    save_consent(settings, consent)
    purge(settings.state_folder())  # categories left out: their unsent events never go
    stdout.write("Telemetry is on. Shared from the next start of FreeCAD:\n")
    shared = sendable(consent).categories
    for category in CATEGORIES:
        if category.name in shared:
            stdout.write(f"  {category.title}: {category.description}\n")
    reason = opt_out_reason()
    if reason:
        stdout.write(f"Nothing is sent from this environment all the same: {reason}.\n")
    print(RUNNING_FREECAD_WARNING, file=stderr)
    return EXIT_OK


def _request_copy(
    args: argparse.Namespace,
    settings: Settings,
    person_id: str,
    stdout: TextIO,
    stderr: TextIO,
    urlopen: Optional[Urlopen],
    open_url: Callable[[str], bool],
) -> int:
    if not valid_email(args.email):
        print(f"freecad-telemetry: {args.email!r} is not an e-mail address", file=stderr)
        return EXIT_BAD_INPUT
    request = CopyRequest(person_id, args.fmt, args.email.strip(), args.note)
    endpoint = str(settings.get("DataRequestEndpoint")).strip()
    if endpoint:
        answer = post_copy_request(endpoint, request, args.timeout, urlopen)
        if answer.ok:
            stdout.write(f"Request sent. The copy will be e-mailed to {request.email}.\n")
            return EXIT_OK
        address = str(settings.get("DataRequestAddress")) or FALLBACK_ADDRESS
        if answer.status is None:  # nobody answered: a failure, not a server's decision
            stdout.write(mailto_url(address, request) + "\n")
            message = (
                f"the request could not be sent to {endpoint} ({answer.detail}); e-mail "
                f"{address} instead with the link above, naming your anonymous id {person_id}"
            )
            print(f"freecad-telemetry: {one_line(message)}", file=stderr)
            return EXIT_BAD_INPUT
        stdout.write(
            f"The request could not be sent ({answer.detail}).\n"
            f"Please e-mail {address} instead, naming your anonymous id {person_id}:\n"
        )
        stdout.write(mailto_url(address, request) + "\n")
        return EXIT_NOT_DONE
    url = mailto_url(str(settings.get("DataRequestAddress")) or FALLBACK_ADDRESS, request)
    if args.open and open_url(url):
        stdout.write("Your mail program should open with the request; send it from there.\n")
    else:
        stdout.write("Open this link (or copy its contents into an e-mail) to send the request:\n")
    stdout.write(url + "\n")
    return EXIT_OK


def _request_removal(
    args: argparse.Namespace,
    host: Host,
    settings: Settings,
    person_id: str,
    stdout: TextIO,
    stdin: TextIO,
    stderr: TextIO,
    urlopen: Optional[Urlopen],
) -> int:
    if not args.yes:
        stdout.write(
            f"Ask the FreeCAD project to delete every event sent with the anonymous id\n"
            f"{person_id}? This cannot be undone. [y/N] "
        )
        stdout.flush()
        if stdin.readline().strip().lower() not in ("y", "yes"):
            stdout.write("Nothing was requested.\n")
            return EXIT_OK
    folder = state_dir(host.user_data_dir())
    endpoint = str(settings.get("RemovalEndpoint"))
    outcome = request_removal(folder, person_id, endpoint, args.timeout, urlopen)
    address = str(settings.get("DataRequestAddress")) or FALLBACK_ADDRESS
    if outcome.kind == DONE:
        stdout.write(
            "Removal requested: the FreeCAD project deletes the data within a few days.\n"
            f"This profile now has a new anonymous id: {outcome.new_id or '(none)'}.\n"
        )
        if outcome.detail:
            stdout.write(f"Note: {outcome.detail}\n")
        return EXIT_OK
    if outcome.kind == QUEUED and outcome.status is None:  # nobody answered
        message = (
            f"the removal request could not be sent to {endpoint} ({outcome.detail}); it is "
            f"kept and sent again at FreeCAD's next starts, or e-mail {address} naming the id "
            f"{person_id}"
        )
        print(f"freecad-telemetry: {one_line(message)}", file=stderr)
        return EXIT_BAD_INPUT
    if outcome.kind == QUEUED:
        stdout.write(
            f"The request could not be sent now ({outcome.detail}); FreeCAD sends it again at\n"
            f"its next starts. You can also e-mail {address} naming the id {person_id}.\n"
        )
        return EXIT_NOT_DONE
    stdout.write(
        f"The server refused the request ({outcome.detail}).\n"
        f"Please e-mail {address} asking for removal, naming the id {person_id}.\n"
    )
    return EXIT_NOT_DONE

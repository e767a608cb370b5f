"""``python -m freecad_telemetry``: the add-on's command line.

Runs outside FreeCAD (reading the profile from disk) or inside it (a macro or the Python
console calling ``main``), where it uses the live FreeCAD. One parser: each command's
module registers its sub-parser and names the handler to run (console.py says what a
handler is and holds the exit codes). A failure is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Callable, List, Optional, TextIO

from freecad_telemetry.cli import delivery as cli_delivery
from freecad_telemetry.cli import forget as cli_forget
from freecad_telemetry.cli import insights as cli_insights
from freecad_telemetry.cli import rights as cli_rights
from freecad_telemetry.cli.console import FAILED, OK, Console, exit_codes_help
from freecad_telemetry.cli.output import OutputRefused, write_output
from freecad_telemetry.collect.preview import build_preview, render_text
from freecad_telemetry.delivery.outbox import OutboxUnavailable
from freecad_telemetry.host import running_freecad
from freecad_telemetry.host.interface import Host
from freecad_telemetry.host.profile_host import ProfileHost
from freecad_telemetry.host.profile_paths import ProfilePaths, locate_profile
from freecad_telemetry.host.user_cfg import UserCfgError
from freecad_telemetry.state.folder import state_dir


class CliError(Exception):
    """A problem with the user's input: printed as one line, exit code FAILED."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m freecad_telemetry",
        description="FreeCAD telemetry: see what is sent, and control it. "
        "The command line speaks English only.",
        epilog=exit_codes_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Commands that read the state folder's id or outbox say so (uses_state); `forget` copes
    # with a damaged one itself, and consent (`on`, `off`) is the consent store's business.
    parser.set_defaults(uses_state=False, needs_profile=True)
    parser.add_argument(
        "--user-cfg",
        type=Path,
        metavar="FILE",
        help="FreeCAD's user.cfg to read (default: found as FreeCAD finds it)",
    )
    parser.add_argument(
        "--user-data",
        type=Path,
        metavar="DIR",
        help="FreeCAD's user data folder, which holds Mod/ (default: likewise)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    preview = commands.add_parser("preview", help="show exactly what the next start would send")
    preview.add_argument("--json", action="store_true", help="print JSON instead of text")
    preview.add_argument(
        "--out", type=Path, metavar="FILE", help="also write the JSON to FILE (e.g. telemetry.json)"
    )
    preview.add_argument("--force", action="store_true", help="replace FILE if it exists")
    preview.set_defaults(run=_preview)
    fields = commands.add_parser("fields", help="print the list of collected data (Markdown)")
    fields.set_defaults(run=_fields, needs_profile=False)
    cli_delivery.register(commands)
    cli_rights.register(commands)
    cli_forget.register(commands)
    cli_insights.register(commands)
    return parser


def open_host(user_cfg: Optional[Path] = None, user_data: Optional[Path] = None) -> Host:
    """The live FreeCAD when running inside it, else the profile on disk."""
    if "FreeCAD" in sys.modules:
        return running_freecad()
    if user_cfg is not None and not user_cfg.exists():
        raise CliError(f"no user.cfg at {user_cfg}")
    if user_cfg is not None and user_data is not None:
        paths = ProfilePaths(user_cfg, user_data)
    else:
        located = locate_profile()
        paths = ProfilePaths(user_cfg or located.user_cfg, user_data or located.user_data_dir)
    try:
        return ProfileHost.open(paths)
    except UserCfgError as exc:
        raise CliError(f"{paths.user_cfg}: {exc}") from None


def check_state_folder(folder: Path) -> None:
    """CliError when the add-on's state folder exists but is not a folder (a file, a pipe):
    then FreeCAD's add-on cannot keep an id or an outbox either, and `status` would
    describe a profile that cannot work. A missing folder is a profile that never shared."""
    try:
        mode = os.stat(str(folder)).st_mode  # follows a link: a link to a folder is fine
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CliError(f"the add-on's folder {folder} cannot be read ({exc.strerror})") from None
    if not stat.S_ISDIR(mode):
        raise CliError(
            f"{folder} should be the telemetry add-on's folder but is not a folder; "
            "move it away (FreeCAD's add-on cannot keep its data there either)"
        )


def main(
    argv: Optional[List[str]] = None,
    *,
    host_factory: Optional[Callable[..., Host]] = None,
    stdout: Optional[TextIO] = None,
    console: Optional[Console] = None,
) -> int:
    """One command-line run: the exit code (console.EXIT_CODES). `console` (or just `stdout`)
    replaces the process's streams, network and browser (tests, FreeCAD's console)."""
    console = console or Console(stdout=stdout or sys.stdout)
    try:  # argparse prints help and usage errors to sys.stdout and sys.stderr itself
        with redirect_stdout(console.stdout), redirect_stderr(console.stderr):
            args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits; inside FreeCAD that would end FreeCAD
        return OK if exc.code in (0, None) else FAILED
    try:
        if not args.needs_profile:
            return int(args.run(args, None, console))
        host = (host_factory or open_host)(args.user_cfg, args.user_data)
        if args.uses_state:
            check_state_folder(state_dir(host.user_data_dir()))
        return int(args.run(args, host, console))
    except (CliError, OutputRefused, OutboxUnavailable) as exc:
        return console.fail(str(exc))
    except BrokenPipeError:
        raise  # the reader of stdout went away (`| head`): __main__ ends quietly
    except OSError as exc:  # the profile on disk is not as FreeCAD leaves it
        where = f"cannot use {exc.filename}: " if exc.filename else ""
        return console.fail(f"{where}{exc.strerror or exc}")


def _fields(args: argparse.Namespace, host: None, console: Console) -> int:
    from freecad_telemetry.fields_doc import render

    console.stdout.write(render())
    return OK


def _preview(args: argparse.Namespace, host: Host, console: Console) -> int:
    preview = build_preview(host)
    as_json = json.dumps(preview, indent=2, ensure_ascii=False) + "\n"
    if args.out is not None:
        write_output(args.out, as_json, args.force)
    console.stdout.write(as_json if args.json else render_text(preview))
    return OK

"""The sending agent: ``python -m freecad_telemetry agent send ...``, a short-lived process.

FreeCAD's process never imports posthog (nor requests): it stores events in the outbox and
starts this agent, detached (agent_launch.py), to send them, as golang/telemetry does. The
agent runs in its own process and session, so a FreeCAD that quits or is killed while it
sends does not stop it: what PostHog accepted is marked delivered by the agent itself, so
nothing is lost or sent twice. It sends once (every due event, or with ``--before`` only
those that happened before that moment: SendDelay keeps this session's events for later),
asking the consent authority before every batch (consent_gate), then exits. After an
uninstall or ``forget`` the decision is gone: a running agent sends nothing more.

Also runs in FreeCAD's process, on a background thread, where no interpreter was found
(agent_launch's fallback): then ``send`` is called directly.

Exit codes tell FreeCAD's side (agent_launch.AgentSender) what to do next.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Callable, List, Mapping, Optional

from freecad_telemetry.local_state import OUTBOX_FILE

SENT = 0  # nothing due is left
RETRY = 3  # something failed and waits in the outbox (retried later)
NO_POSTHOG = 4  # posthog is not importable for this interpreter
UNAVAILABLE = 5  # cannot send at all (bad address, outbox unusable)
BAD_INPUT = 2

LOG_FILE = "agent.log"
LOG_LIMIT = 64 * 1024  # bytes; the log starts afresh past this


def send(
    folder: Path,
    host: str,
    key: str,
    log: Callable[[str], None],
    before: Optional[str] = None,
    env: Optional[Mapping[str, str]] = None,
) -> int:
    """Send the due events of the profile whose state folder is `folder` once; never raises.
    Runs on the agent's main thread (or a FreeCAD background thread in the fallback)."""
    from freecad_telemetry.consent_gate import consent_permit, grant_now
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.delivery.sender import Sender
    from freecad_telemetry.events import parse_utc
    from freecad_telemetry.host.memory_host import MemoryHost
    from freecad_telemetry.lifecycle import make_posthog_transport
    from freecad_telemetry.settings import GROUP, Settings

    if not (folder / OUTBOX_FILE).is_file():
        return SENT  # uninstalled or forgotten meanwhile: nothing to send, nothing to create
    profile = MemoryHost(user_data_dir=folder.parent)
    profile.set_param(GROUP, "PostHogHost", "string", host)
    profile.set_param(GROUP, "PostHogProjectKey", "string", key)
    make = make_posthog_transport(Settings(profile), lambda: grant_now(folder, env), log)
    outbox = Outbox(folder / OUTBOX_FILE, on_reset=log)
    sender = Sender(outbox, make, log, permit=consent_permit(folder, env))
    try:
        try:
            sender.transport = make()
        except ImportError:
            log("posthog is not installed: events wait in the outbox until it is")
            return NO_POSTHOG
        except Exception as exc:
            log(f"cannot start sending ({exc}); events wait in the outbox")
            return UNAVAILABLE
        moment = parse_utc(before) if before else None
        result = sender.send_pending(before=moment)
        return RETRY if result.failed else SENT
    except Exception as exc:  # the outbox went away (uninstall), a full disk...
        log(f"sending paused: {type(exc).__name__}")
        return UNAVAILABLE
    finally:
        outbox.close()


def file_log(folder: Path) -> Callable[[str], None]:
    """One line per message in the state folder's agent.log (kept short), never raising."""

    def log(message: str) -> None:
        path = folder / LOG_FILE
        try:
            if path.exists() and path.stat().st_size > LOG_LIMIT:
                os.remove(str(path))
            if folder.is_dir():
                with open(str(path), "a", encoding="utf-8") as stream:
                    stream.write(f"{os.getpid()}: {message.rstrip()}\n")
        except OSError:
            pass

    return log


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m freecad_telemetry agent", add_help=False)
    parser.add_argument("action", choices=["send"])
    parser.add_argument("--state", type=Path, required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--before", default=None)
    return parser


def main(argv: List[str]) -> int:
    """Entry of ``python -m freecad_telemetry agent`` (its own process, started by FreeCAD)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit:
        return BAD_INPUT
    folder = Path(args.state)
    return send(folder, args.host, args.key, file_log(folder), args.before)

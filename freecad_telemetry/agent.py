"""The session agent: ``python -m freecad_telemetry agent session ...``, one per FreeCAD session.

FreeCAD's process only reads what only it can read and hands it over (handover.py); this
process, started detached by FreeCAD's launch thread (agent_launch.py), does the rest of
the session, as golang/telemetry does: the sentinel bookkeeping, earlier unclean shutdowns,
the start-up events, the outbox and sending to PostHog (lifecycle.Session with the facts
FreeCAD handed over). It lives as long as that FreeCAD: every POLL_SECONDS it looks for
FreeCAD's end file (a clean quit: the session-end event is stored and sent, and the sentinel
removed), for FreeCAD's process being gone without one (a crash: the sentinel stays for the
next start to report), for a changed consent decision (applied at once: narrowed, widened,
off) and for the state folder being gone (uninstall, ``forget``). It runs in its own
process session, so a FreeCAD that quits or is killed while it sends does not stop it: what
PostHog accepted is marked delivered here, so nothing is lost or sent twice.

Where no interpreter fits, `run_session` runs on a thread in FreeCAD's process instead.
``agent send`` sends what is due once and exits (the command line's use, and tests').
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from pathlib import Path
from typing import Any, Callable, List, Mapping, Optional

from freecad_telemetry.files.atomic import read_json, remove_quietly
from freecad_telemetry.state.folder import AGENT_LOG, OUTBOX_FILE, SESSIONS_FOLDER, sentinel_file

SENT = 0  # nothing due is left
RETRY = 3  # something failed and waits in the outbox (retried later)
NO_POSTHOG = 4  # posthog is not importable for this interpreter
UNAVAILABLE = 5  # cannot send at all (bad address, outbox unusable)
BAD_INPUT = 2

LOG_LIMIT = 64 * 1024  # bytes; the log starts afresh past this
POLL_SECONDS = 0.5  # how soon the agent notices FreeCAD's quit, a crash, a new decision
END_BUDGET = 30.0  # seconds the agent may still send after FreeCAD ended
EXIT_WAIT = 15.0  # seconds the agent lets a quitting FreeCAD finish exiting before its work
_ENDS = -1  # (a poll's outcome: the session ends once its sender has finished)


def run_session(
    folder: Path,
    session_id: str,
    pid: int,
    *,
    log: Callable[[str], None],
    wakeup: Optional[threading.Event] = None,
    poll: float = POLL_SECONDS,
    env: Optional[Mapping[str, str]] = None,
    budget: Optional[float] = None,
) -> int:
    """The session FreeCAD `pid` handed over as `session_id`, from start to end; never
    raises. The agent's main thread, or FreeCAD's launch thread (then `wakeup` is set at
    quit, and the budget is the in-process one)."""
    from freecad_telemetry.handover import facts_file, session_files

    sessions = folder / SESSIONS_FOLDER
    facts = read_json(facts_file(sessions, session_id))
    if facts is None:
        log("the session's facts are missing; nothing is reported for it")
        return BAD_INPUT
    try:
        watch = _SessionWatch(folder, session_id, pid, facts, log, env, budget)
        return watch.run(wakeup, poll)
    except Exception as exc:  # never a traceback, in FreeCAD's process above all
        log(f"the session's reporting stopped: {type(exc).__name__}: {exc}")
        return UNAVAILABLE
    finally:
        for path in session_files(sessions, session_id):
            remove_quietly(path)


class _SessionWatch:
    """One handed-over session (run_session's thread): lifecycle.Session on FreeCAD's facts,
    and what the agent looks at every poll."""

    def __init__(
        self,
        folder: Path,
        session_id: str,
        pid: int,
        facts: Mapping[str, Any],
        log: Callable[[str], None],
        env: Optional[Mapping[str, str]],
        budget: Optional[float],
    ) -> None:
        from freecad_telemetry.collect.host_copy import from_facts
        from freecad_telemetry.consent.decision import consent_now
        from freecad_telemetry.handover import ended_file, facts_file, stopped_file
        from freecad_telemetry.lifecycle import Session
        from freecad_telemetry.state.process_identity import current_process, identify

        sessions = folder / SESSIONS_FOLDER
        self.folder, self.budget = folder, budget
        self.inside = pid == os.getpid()  # run on FreeCAD's launch thread
        self.owner = current_process() if self.inside else identify(pid)
        self.facts = facts_file(sessions, session_id)
        self.ended = ended_file(sessions, session_id)
        self.stopped = stopped_file(sessions, session_id)
        self.consent = consent_now(folder)
        # FreeCAD's launch thread's provisional sentinel (agent_launch.py), until the session's
        # own start-up completes it.
        self.sentinel = sentinel_file(sessions, pid, session_id)
        self.session = Session.with_posthog(
            from_facts(facts, log=log),
            env=env,
            owner=self.owner,
            session_id=session_id,
            quit_budget=(None if self.inside else END_BUDGET) if budget is None else budget,
        )

    def run(self, wakeup: Optional[threading.Event], poll: float) -> int:
        self.session.begin(self.consent)
        if self.session.sender is None:  # nothing to report (switched off meanwhile, an
            # opt-out): no sentinel either, or a later start would count a crash
            for path in (self.sentinel, self.sentinel.with_suffix(".lock")):
                remove_quietly(path)
        while self.session.sender is not None:
            if wakeup is not None:
                wakeup.wait(poll)
                wakeup.clear()
            else:
                time.sleep(poll)
            if self.session.started.is_set():
                remove_quietly(self.facts)  # in memory now; tells FreeCAD
            outcome = self._look()
            if outcome == _ENDS:
                break
            if outcome is not None:
                return outcome
        if self.session.sender is not None:
            self.session.sender.join(END_BUDGET if self.budget is None else self.budget)
        return SENT

    def _look(self) -> Optional[int]:
        """What this poll found: None (go on), _ENDS (wait for the sender), or the result."""
        from freecad_telemetry.consent.decision import consent_now
        from freecad_telemetry.consent.store import read_record
        from freecad_telemetry.state.process_identity import is_alive

        session = self.session
        if self.ended.exists():
            if not self.inside:  # FreeCAD's exit first: its last moments are not shared
                _wait_for_exit(lambda: is_alive(self.owner), EXIT_WAIT)
            session.quit()  # stores the session's end; the sender finishes in budget
            return _ENDS
        if read_record(self.folder) is None or self.stopped.exists():
            # Uninstalled, `forget` (the decision is gone), or switched off in FreeCAD:
            # nothing more, no sentinel (and no purge: it would bring an outbox back).
            session.shut_down()
            return SENT
        now = consent_now(self.folder)
        if now != self.consent:
            self.consent = now
            session.apply_consent(now)  # drops what the new decision withdrew, at once
            if not now.sending:
                return SENT
        if not self.inside and not is_alive(self.owner):
            session.sender.finish(END_BUDGET)  # FreeCAD died: its sentinel stays
            return _ENDS
        return None


def _wait_for_exit(alive: Callable[[], bool], limit: float) -> None:
    deadline = time.monotonic() + limit
    while alive() and time.monotonic() < deadline:
        time.sleep(0.05)


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
    from freecad_telemetry.consent.gate import consent_permit, grant_now
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.delivery.sender import Sender
    from freecad_telemetry.events import parse_utc
    from freecad_telemetry.host.memory_host import MemoryHost
    from freecad_telemetry.reporting import make_posthog_transport
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
        except ValueError as exc:  # the PostHog address cannot be used
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
        path = folder / AGENT_LOG
        try:
            if path.exists() and path.stat().st_size > LOG_LIMIT:
                os.remove(str(path))
            if folder.is_dir():
                with open(str(path), "a", encoding="utf-8") as stream:
                    stream.write(f"{os.getpid()}: {message.rstrip()}\n")
        except OSError:
            pass

    return log


def _yield_to_freecad() -> None:
    """Run below FreeCAD's priority (POSIX; Windows starts it so): its work can always
    wait, FreeCAD's start and quit cannot."""
    nice = getattr(os, "nice", None)
    if nice is not None:
        try:
            nice(10)
        except OSError:
            pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m freecad_telemetry agent", add_help=False)
    parser.add_argument("action", choices=["send", "session"])
    parser.add_argument("--state", type=Path, required=True)
    parser.add_argument("--host", default="")
    parser.add_argument("--key", default="")
    parser.add_argument("--before", default=None)
    parser.add_argument("--session", default="")
    parser.add_argument("--pid", type=int, default=0)
    return parser


def main(argv: List[str]) -> int:
    """Entry of ``python -m freecad_telemetry agent`` (its own process, started by FreeCAD)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit:
        return BAD_INPUT
    folder = Path(args.state)
    if args.action == "session":
        if not (args.session.isalnum() and args.pid > 0):
            return BAD_INPUT
        _yield_to_freecad()
        return run_session(folder, args.session, args.pid, log=file_log(folder))
    if not (args.host and args.key):
        return BAD_INPUT
    return send(folder, args.host, args.key, file_log(folder), args.before)

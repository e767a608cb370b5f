"""Starting the session agent (agent.py): which Python runs it, when, and how it is started.

Runs in FreeCAD's process on the launch thread handover.py starts once the window is up
(never on the GUI thread): takes the session's lock and writes a provisional sentinel at
once, then waits until FreeCAD's process is quiet (its own start-up, or the click that
answered the question, is over: a Python interpreter starting beside it lengthened FreeCAD's
longest start-up stall by about 40 ms, niced or not), then writes the facts and starts
``python -m freecad_telemetry agent session`` in a process of its own (a new session on
POSIX, no console window on Windows), which does the rest of the session and outlives
FreeCAD's exit or a kill of it. A quit or a switch-off ends the wait at once.

The interpreter is the one FreeCAD designates for such work (host.python_candidates:
``freecad.utils.get_python_exe()`` on FreeCAD >= 1.0, the Addon Manager's fallback order
before), accepted only when its major.minor is FreeCAD's own (checked once per interpreter
file and cached in the state folder). Where none fits, this thread runs the agent's loop
itself, in FreeCAD's process (agent.run_session).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from freecad_telemetry import __version__
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.files.atomic import read_json, remove_quietly, write_json_atomic
from freecad_telemetry.state.folder import AGENT_PYTHON_CACHE, sentinel_file

# subprocess and typing are imported only once FreeCAD is quiet (subprocess is not loaded in
# FreeCAD 0.20.2 before: its import holds the GIL for milliseconds), or by type checkers.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

    Run = Callable[..., Any]  # subprocess.run
    Spawn = Callable[[str, List[str], Path], Any]  # (python, agent arguments, folder) -> Popen
    Wait = Callable[[Any], None]  # waits for a quiet FreeCAD, given the hand-over's wakeup

# Seconds the launch thread first yields to the GUI thread: a new thread keeps the GIL for up
# to Python's switch interval (5 ms) while the GUI thread waits to return from its start.
LAUNCH_PAUSE = 0.05
# FreeCAD counts as quiet once its process used under QUIET_SHARE of one core over a
# QUIET_STEP (idle, it uses next to none; starting, all of one), but not before QUIET_MINIMUM
# and at the latest after QUIET_MAXIMUM (a FreeCAD busy for longer, recomputing a file given
# on its command line, is not kept waiting for its report). Seconds.
QUIET_SHARE = 0.3
QUIET_STEP = 0.1
QUIET_MINIMUM = 0.3
QUIET_MAXIMUM = 10.0
VERSION_CHECK_TIMEOUT = 20.0  # seconds, on the sender thread, once per interpreter file
ADDON_ROOT = str(Path(__file__).resolve().parents[1])
# CREATE_NO_WINDOW | CREATE_NEW_PROCESS_GROUP | BELOW_NORMAL_PRIORITY_CLASS
_WINDOWS_FLAGS = 0x08000000 | 0x00000200 | 0x00004000


def wait_for_quiet(
    wakeup: Any,
    *,
    cpu: Callable[[], float] = time.process_time,
    clock: Callable[[], float] = time.monotonic,
    minimum: Optional[float] = None,
    maximum: Optional[float] = None,
) -> None:
    """Launch thread: return once FreeCAD's process has been quiet for one QUIET_STEP, after
    at least QUIET_MINIMUM s and at most QUIET_MAXIMUM s, or at once when `wakeup` (a
    threading.Event: quit, switch-off, uninstall) is set."""
    minimum = QUIET_MINIMUM if minimum is None else minimum
    maximum = QUIET_MAXIMUM if maximum is None else maximum
    began = at = clock()
    used = cpu()
    while not wakeup.wait(QUIET_STEP):
        now, spent = clock(), cpu()
        quiet = spent - used < QUIET_SHARE * (now - at)
        used, at = spent, now
        if (quiet and now - began >= minimum) or now - began >= maximum:
            return


def provisional_sentinel(handover: Any) -> Dict[str, Any]:
    """The session's sentinel as FreeCAD's process can write it before its agent runs, in
    state/session_record.py's format (a test keeps them equal) without what only the agent
    knows: the session's number (0) and the process's start token (None: the lock FreeCAD
    holds tells a live FreeCAD). A FreeCAD that dies before its agent starts is then still
    counted as an unclean shutdown; the agent overwrites it with the full record."""
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    version = [str(part) for part in handover.facts.get("version") or []]
    return {
        "format": 1,
        "session_id": handover.session_id,
        "pid": handover.pid,
        "start_token": None,
        "freecad_version": ".".join([*version, "", "", ""][:3]),
        "addon_version": __version__,
        "started_at": now,
        "heartbeat_at": now,
        "sequence": 0,
    }


def python_for_agent(
    candidates: Sequence[str],
    folder: Path,
    version: Sequence[int] = tuple(sys.version_info[:2]),
    run: Optional[Run] = None,
) -> Optional[str]:
    """The first candidate whose major.minor is `version`, or None. Runs each unknown
    candidate once (sender thread); the answer is cached per path, size and mtime."""
    cache: Dict[str, Any] = read_json(folder / AGENT_PYTHON_CACHE) or {}
    wanted = f"{version[0]}.{version[1]}"
    for path in candidates:
        try:
            info = os.stat(path)
        except (OSError, TypeError, ValueError):
            continue
        stamp = f"{info.st_size}:{info.st_mtime_ns}"
        known = cache.get(path)
        if not (isinstance(known, dict) and known.get("stamp") == stamp):
            known = {"stamp": stamp, "version": _version_of(path, run)}
            cache[path] = known
            try:
                if folder.is_dir():  # never recreate a folder `forget` just deleted
                    write_json_atomic(folder / AGENT_PYTHON_CACHE, cache)
            except OSError:
                pass  # checked again next time
        if known.get("version") == wanted:
            return path
    return None


def _version_of(python: str, run: Optional[Run]) -> str:
    import subprocess

    run = subprocess.run if run is None else run
    code = "import sys; print('%d.%d' % sys.version_info[:2])"
    try:
        done = run(
            [python, "-I", "-c", code],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            timeout=VERSION_CHECK_TIMEOUT,
            **_detached(),
        )
        return done.stdout.decode("ascii", "replace").strip() if done.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError, ValueError):
        return ""


def agent_environment(
    search_path: Sequence[str], environ: Optional[Mapping[str, str]] = None
) -> Dict[str, str]:
    """The agent's environment: this one, with PYTHONPATH = the add-on root, then FreeCAD's
    own sys.path entries that exist (so posthog in AdditionalPythonPackages or the user's
    site-packages is found as FreeCAD finds it)."""
    env = dict(os.environ if environ is None else environ)
    entries: List[str] = []
    for entry in [ADDON_ROOT, *search_path]:
        if isinstance(entry, str) and entry and entry not in entries and os.path.isdir(entry):
            entries.append(entry)
    env["PYTHONPATH"] = os.pathsep.join(entries)
    env.pop("PYTHONHOME", None)  # FreeCAD's own (e.g. a bundle's) would misguide another Python
    return env


def _detached() -> Dict[str, Any]:
    if os.name == "nt":
        return {"creationflags": _WINDOWS_FLAGS}
    return {"start_new_session": True}  # a kill of FreeCAD's process group spares it


_environments: Dict[Tuple[str, ...], Dict[str, str]] = {}


def spawn_agent(python: str, arguments: List[str], folder: Path) -> Any:
    """Start the agent detached, its output to nowhere (it logs to agent.log). Its working
    folder is the state folder: `-m` puts the working folder first on its sys.path."""
    import subprocess

    key = tuple(p for p in sys.path if isinstance(p, str))
    if key not in _environments:
        _environments.clear()
        _environments[key] = agent_environment(key)
    return subprocess.Popen(
        [python, "-m", "freecad_telemetry", "agent", *arguments],
        cwd=str(folder),
        env=_environments[key],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **_detached(),
    )


def launch(
    handover: Any,
    *,
    spawn: Optional[Spawn] = None,
    find: Callable[[Sequence[str], Path], Optional[str]] = python_for_agent,
    pause: float = LAUNCH_PAUSE,
    quiet: Optional[Wait] = None,
) -> None:
    """The launch thread's work (handover.Handover): its trouble goes to FreeCAD's log, and
    what is left (a log that fails) to handover.LaunchThread, which ends quietly. An
    environment that opts out (DO_NOT_TRACK, FREECAD_TELEMETRY=0, CI) ends the hand-over here,
    before anything is written or started; `status` says why."""
    from freecad_telemetry.handover import facts_file, session_files

    time.sleep(pause)
    if handover.stopped:  # switched off or uninstalled already
        return
    if opt_out_reason(handover.env) is not None:
        handover.stop(record=False)  # nothing started: nothing to tell at quit either
        return
    folder = handover.sessions.parent
    sentinel = sentinel_file(handover.sessions, handover.pid, handover.session_id)
    try:
        handover.take_lock()  # first: no other instance may take the sentinel for a dead one
        write_json_atomic(sentinel, provisional_sentinel(handover))
    except OSError as exc:  # a full disk, a file where the folder should be
        _log(handover, f"telemetry is paused: its folder is not usable ({exc.strerror})")
        return
    (wait_for_quiet if quiet is None else quiet)(handover.wakeup)
    if handover.stopped:  # no agent ran: nothing of this session may stay behind
        handover.release_lock()
        for path in [sentinel, *session_files(handover.sessions, handover.session_id)]:
            remove_quietly(path)
        return
    import subprocess

    try:
        write_json_atomic(facts_file(handover.sessions, handover.session_id), handover.facts)
        python = find(_candidates(handover.host), folder)
    except OSError as exc:
        _log(handover, f"telemetry is paused: its folder is not usable ({exc.strerror})")
        return
    except Exception as exc:  # an odd FreeCAD: no report this session
        _log(handover, f"telemetry could not start ({type(exc).__name__})")
        return
    if python is not None:
        arguments = ["session", "--state", str(folder), "--session", handover.session_id]
        arguments += ["--pid", str(handover.pid)]
        try:
            handover.agent = (spawn_agent if spawn is None else spawn)(python, arguments, folder)
            return
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            _log(handover, f"could not start the agent ({type(exc).__name__}); sending from here")
    if handover.ended:  # FreeCAD is exiting: its end file and the sentinel tell the next start
        return
    _run_inside(handover)


def _run_inside(handover: Any) -> None:
    """No interpreter fits: the agent's loop on this thread, in FreeCAD's process."""
    from freecad_telemetry import agent

    handover.inside = True
    agent.run_session(
        handover.sessions.parent,
        handover.session_id,
        handover.pid,
        log=handover.host.log,
        wakeup=handover.wakeup,
        poll=agent.POLL_SECONDS,
    )


def _candidates(host: Any) -> List[str]:
    """FreeCAD's designated interpreters (asked from this thread: parameter reads and a
    path search, as the Addon Manager's own worker threads do)."""
    candidates = getattr(host, "python_candidates", None)
    try:
        return list(candidates()) if candidates is not None else []
    except Exception:  # an odd FreeCAD: the agent runs in this process instead
        return []


def _log(handover: Any, message: str) -> None:
    handover.host.log(message)

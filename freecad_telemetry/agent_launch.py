"""FreeCAD's side of the sending agent (agent.py): which Python runs it, and when it starts.

FreeCAD's process stores events in the outbox and never imports posthog or requests; an
``AgentSender`` (the same interface as delivery.sender.Sender) starts
``python -m freecad_telemetry agent send`` in a process of its own (a new session on POSIX,
no console window on Windows) whenever there is something to send: at start-up, when the
SendDelay is over, to retry, and at quit, where starting it is all FreeCAD waits for.

The interpreter is the one FreeCAD designates for such work (host.python_candidates:
``freecad.utils.get_python_exe()`` on FreeCAD >= 1.0, the Addon Manager's fallback order
before), accepted only when its major.minor is FreeCAD's own (checked once per interpreter
file and cached in the state folder, on the sender thread). Where none fits, the agent's code
runs in FreeCAD's process on the sender thread instead (the in-process Sender).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from freecad_telemetry.atomic_file import read_json, write_json_atomic
from freecad_telemetry.events import iso_utc, utc_now

CACHE_FILE = "agent_python.json"
VERSION_CHECK_TIMEOUT = 20.0  # seconds, on the sender thread, once per interpreter file
ADDON_ROOT = str(Path(__file__).resolve().parents[1])
# agent.py's exit codes
SENT, RETRY, NO_POSTHOG, UNAVAILABLE = 0, 3, 4, 5
_WINDOWS_FLAGS = 0x08000000 | 0x00000200  # CREATE_NO_WINDOW | CREATE_NEW_PROCESS_GROUP

Run = Callable[..., Any]  # subprocess.run
Spawn = Callable[[str, List[str], Path], Any]  # (python, agent arguments, state folder) -> Popen


def python_for_agent(
    candidates: Sequence[str],
    folder: Path,
    version: Sequence[int] = tuple(sys.version_info[:2]),
    run: Run = subprocess.run,
) -> Optional[str]:
    """The first candidate whose major.minor is `version`, or None. Runs each unknown
    candidate once (sender thread); the answer is cached per path, size and mtime."""
    cache: Dict[str, Any] = read_json(folder / CACHE_FILE) or {}
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
                    write_json_atomic(folder / CACHE_FILE, cache)
            except OSError:
                pass  # checked again next time
        if known.get("version") == wanted:
            return path
    return None


def _version_of(python: str, run: Run) -> str:
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
    folder is the state folder: `-m` puts the working folder first on its sys.path. The
    environment is built once per sys.path (the first agent starts on the sender thread, so
    the quit's, on the GUI thread, finds it ready)."""
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


class AgentSender:
    """Sender's interface, sending through agent processes. `run` is the sender thread's
    loop (FreeCAD background thread); `wake`, `finish` and `stop` run on the GUI thread and
    return at once (`finish` starts the last agent and does not wait for it)."""

    def __init__(
        self,
        folder: Path,
        endpoint: Sequence[str],  # (PostHog host, project key)
        log: Callable[[str], None],
        *,
        candidates: Sequence[str],
        fallback: Callable[[], Any],
        hold: float = 0.0,
        heartbeat: Optional[Callable[[], None]] = None,
        heartbeat_every: float = 300.0,
        idle_wait: float = 60.0,
        spawn: Spawn = spawn_agent,
        find: Callable[[Sequence[str], Path], Optional[str]] = python_for_agent,
    ) -> None:
        self._folder = Path(folder)
        self._endpoint = list(endpoint)
        self._log = log
        self._candidates = list(candidates)
        self._fallback = fallback
        self._hold_until = time.monotonic() + hold
        self._heartbeat = heartbeat
        self._heartbeat_every = heartbeat_every
        self._idle_wait = idle_wait
        self._spawn = spawn
        self._find = find
        self._session_start = iso_utc(utc_now())
        self._lock = threading.Lock()
        self._wakeup = threading.Event()
        self._stopped = threading.Event()
        self._deadline: Optional[float] = None
        self._python: Optional[str] = None
        self._inner: Any = None  # the in-process Sender, when no interpreter fits
        self._resolved = threading.Event()  # the interpreter, or the in-process Sender, known
        self._due = True  # earlier sessions' events go at once
        self._failed = False  # the last agent left failed events behind
        self.agents: List[Any] = []  # the processes started, newest last
        self.transport: Any = None
        self.unavailable = ""

    # --- GUI thread --------------------------------------------------------------------------
    def wake(self) -> None:
        self._due = True
        self._wakeup.set()
        if self._inner is not None:
            self._inner.wake()

    def finish(self, budget: float) -> None:
        """FreeCAD quits: start an agent for everything due, and return."""
        with self._lock:
            self._deadline = time.monotonic() + budget
            inner, python = self._inner, self._python
        self._wakeup.set()
        if inner is not None:
            inner.finish(budget)
        elif python is not None and not self._stopped.is_set() and not self.unavailable:
            self._start(python, before=None)

    def stop(self) -> None:
        """Start no agent any more (switched off, uninstalled). Running ones ask the consent
        authority before each batch, so they send nothing the user no longer allows."""
        with self._lock:
            self._stopped.set()
            self._deadline = time.monotonic()
            inner = self._inner
        self._wakeup.set()
        if inner is not None:
            inner.stop()

    @property
    def busy(self) -> bool:
        return bool(self._inner is not None and self._inner.busy)

    def join(self, timeout: float) -> None:
        """Waits for the in-process Sender only (an agent process is never waited for)."""
        deadline = time.monotonic() + max(0.0, timeout)
        self._resolved.wait(max(0.0, timeout))
        if self._inner is not None:
            self._inner.join(deadline - time.monotonic())

    # --- sender thread -----------------------------------------------------------------------
    def run(self) -> None:
        python = self._find(self._candidates, self._folder)
        if python is None:
            self._run_inside()
            return
        with self._lock:
            self._python = python
            quitting = self._deadline is not None
        self._resolved.set()
        if quitting:  # the quit came first: its agent starts now
            if not self._stopped.is_set():
                self._start(python, before=None)
            return
        last_beat = time.monotonic()
        while not self._stopped.is_set() and self._deadline is None:
            holding = time.monotonic() < self._hold_until
            if self._due:
                self._due = False
                self._send_once(python, self._session_start if holding else None)
                if self.unavailable:
                    return
            beat_due = time.monotonic() - last_beat >= self._heartbeat_every
            if self._heartbeat is not None and beat_due:
                last_beat = time.monotonic()
                self._heartbeat()
            wait = min(self._idle_wait, self._heartbeat_every)
            if holding:
                wait = min(wait, max(0.0, self._hold_until - time.monotonic()))
                self._due = self._due or wait == 0.0
            self._wakeup.wait(wait)
            self._wakeup.clear()
            self._due = self._due or self._failed
            if holding and time.monotonic() >= self._hold_until:
                self._due = True  # the SendDelay is over: this session's events go now

    def _send_once(self, python: str, before: Optional[str]) -> None:
        """Start one agent and wait for it (this thread only), noting what it says."""
        process = self._start(python, before)
        if process is None:
            return
        while process.poll() is None and not self._stopped.is_set() and self._deadline is None:
            time.sleep(0.05)
        code = process.poll()
        if code == NO_POSTHOG:
            self.unavailable = "posthog is not installed"
            self._log(
                "posthog is not installed: events wait in the outbox until it is "
                "(Addon Manager: install the add-on's dependencies, or pip install "
                "posthog for FreeCAD's Python)"
            )
        elif code == UNAVAILABLE:
            self.unavailable = "cannot send"
            self._log("cannot send now (see agent.log in the state folder); events wait")
        self._failed = code == RETRY  # the outbox keeps them; retried after the idle wait

    def _start(self, python: str, before: Optional[str]) -> Any:
        arguments = ["send", "--state", str(self._folder)]
        arguments += ["--host", self._endpoint[0], "--key", self._endpoint[1]]
        if before is not None:
            arguments += ["--before", before]
        try:
            process = self._spawn(python, arguments, self._folder)
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            self._log(f"could not start the sending agent ({type(exc).__name__})")
            return None
        self.agents.append(process)
        return process

    def _run_inside(self) -> None:
        """No interpreter fits: the in-process Sender, on this thread (posthog is imported
        here, off the GUI thread)."""
        inner = self._fallback()
        with self._lock:
            self._inner = inner
            stopped, deadline = self._stopped.is_set(), self._deadline
        self._resolved.set()
        if stopped:
            inner.stop()
        elif deadline is not None:
            inner.finish(max(0.0, deadline - time.monotonic()))
        inner.run()
        self.transport, self.unavailable = inner.transport, inner.unavailable

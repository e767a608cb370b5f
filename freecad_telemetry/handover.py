"""FreeCAD's side of a reporting session: read what only FreeCAD can tell, hand it over.

Runs in FreeCAD's process. On the GUI thread, once the main window is up and consent is in
force: `Handover.start` reads the facts (the version, the parameters listed in
``Resources/handover_params.json``, the screen, Qt and Python versions: tens of
microseconds each) and starts one short-lived thread (agent_launch.py), which takes this
session's lock and writes a provisional sentinel, waits until FreeCAD is quiet, writes the
facts into the state folder and starts the session agent detached
(``python -m freecad_telemetry agent session``, agent.py), as golang/telemetry does. At
quit, `end` writes one small file and returns (a launch thread still waiting starts the
agent at once). Everything else (the outbox, the sentinel
bookkeeping, the collectors, posthog, the network) happens in the agent. Where no
interpreter fits, the launch thread runs the agent's loop itself, in FreeCAD's process.

Imports only modules FreeCAD 0.20.2 and 1.1 have loaded before any add-on (os, json,
threading, atexit, time, pathlib): loading this module costs FreeCAD next to nothing. The
environment's opt-outs (consent/environment.py) are applied by the launch thread, before anything
is written or started. The field table is not imported here: the parameter list is generated from it
(host_copy.handover_params, kept equal by a test).
"""

from __future__ import annotations

import _thread
import json
import os
import threading
from pathlib import Path

# Names for type checkers only: on FreeCAD's GUI thread each import statement costs (PySide
# hooks __import__), and these modules run there when the window comes up.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Mapping, Optional

PARAMS_FILE = Path(os.path.dirname(os.path.abspath(__file__)), "Resources", "handover_params.json")
# The state folder's names, as state/folder.py declares them (not
# imported: a test keeps them equal).
STATE_FOLDER = "telemetry"  # state.folder.FOLDER_NAME, in FreeCAD's user data folder
SESSIONS_FOLDER = "sessions"  # state.folder.SESSIONS_FOLDER
CONSENT_FILE = "consent.json"  # state.folder.CONSENT_FILE
REMOVAL_FILE = "pending_removal.json"  # state.folder.REMOVAL_QUEUE_FILE
QUIT_BUDGET = 0.05  # seconds Python's exit waits for an in-process agent to send
# Seconds Python's exit waits, at most, for a launch thread that was still waiting for a quiet
# FreeCAD at quit (a session of a second or less) to start the agent: usually done by then.
LAUNCH_BUDGET = 1.0
_CREATE = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)

TELEMETRY_GROUP = "BaseApp/Preferences/Mod/Telemetry"  # settings.GROUP
_MIRROR = (  # user.cfg's copy of the decision (consent.mirror) against the record's keys
    ("ConsentState", "string", "status"),
    ("ConsentCategories", "string", "categories"),
    ("ConsentSchemaVersion", "int", "schema_version"),
    ("ConsentDate", "string", "date"),
    ("ConsentFieldsVersion", "int", "fields_version"),
)

_manifest: Dict[str, Any] = {}  # Resources/handover_params.json, read once per process


def facts_file(sessions: Path, session_id: str) -> Path:
    return sessions / f"handover-{session_id}.json"


def ended_file(sessions: Path, session_id: str) -> Path:
    return sessions / f"ended-{session_id}.mark"  # empty: its existence says it


def stopped_file(sessions: Path, session_id: str) -> Path:
    return sessions / f"stopped-{session_id}.mark"


def session_files(sessions: Path, session_id: str) -> List[Path]:
    """What a session's hand-over leaves in the sessions folder, removed when it is done."""
    return [facts_file(sessions, session_id), ended_file(sessions, session_id),
            stopped_file(sessions, session_id)]  # fmt: skip


def lock_file(sessions: Path, pid: int, session_id: str) -> Path:
    """sessions.SessionTracker's lock name: a live lock means a live FreeCAD."""
    return sessions / f"session-{pid}-{session_id}.lock"


def _read_manifest() -> Dict[str, Any]:
    if not _manifest:
        _manifest.update(json.loads(PARAMS_FILE.read_text(encoding="utf-8")))
    return _manifest


def handover_params() -> List[List[Any]]:
    """[group, key, kind, default] of every parameter the agent may need (GUI thread)."""
    return list(_read_manifest()["params"])


def settled_consent(host: Any) -> Optional[str]:
    """At window-up, on the GUI thread: "granted" or "quiet" when this start has nothing to
    ask, migrate or retry (a returning user's every start), so that FreeCAD's process
    imports no more of the add-on; None when the full start-up must decide (lifecycle.py):
    no decision yet, a newer field table than the one answered, user.cfg's copy of the
    decision out of date, an earlier version's keys, a data removal to retry. "quiet" is
    a decline: nothing is sent, only the page is offered. (An environment opt-out is the
    launch thread's to apply: agent_launch.launch.)"""

    def get(key: str, kind: str, default: Any) -> Any:
        return host.get_param(TELEMETRY_GROUP, key, kind, default)

    if not (get("ReferenceMigrated", "bool", False) and get("ConsentMirror", "bool", False)):
        return None
    if get("AnonymousId", "string", ""):
        return None  # an earlier version's id mirror, to delete (migrations.py)
    folder = Path(host.user_data_dir()) / STATE_FOLDER
    try:
        with open(str(folder / CONSENT_FILE), encoding="utf-8") as stream:
            record = json.load(stream)
        if (folder / REMOVAL_FILE).exists():
            return None
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    shown = dict(record, categories=",".join(map(str, record.get("categories") or [])))
    if any(get(key, kind, "" if kind == "string" else 0) != shown.get(name)
           for key, kind, name in _MIRROR):  # fmt: skip
        return None
    if record.get("status") == "declined":
        return "quiet"
    answered = max(_int(record.get("schema_version")), _int(record.get("fields_version")))
    if record.get("status") != "granted" or answered < _read_manifest()["table_version"]:
        return None
    return "granted" if record.get("categories") else None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def facts_of(host: Any, params: List[List[Any]]) -> Dict[str, Any]:
    """What the collectors read of a host, as plain JSON values (host_copy.from_facts makes
    a MemoryHost of it again). GUI thread: parameters and the screen are only safe there."""
    screen = host.screen()
    return {
        "version": list(host.freecad_version() or []) or None,
        "config": {"BuildVersionSuffix": host.config("BuildVersionSuffix")},
        "locale": host.locale(),
        "qt_version": host.qt_version(),
        "python_version": host.python_version(),
        "screen": list(screen) if screen is not None else None,
        "user_data_dir": str(host.user_data_dir()),
        "mod_roots": [str(root) for root in host.mod_roots()],
        "params": [[g, k, kind, host.get_param(g, k, kind, dflt)] for g, k, kind, dflt in params],
    }


class Handover:
    """One reporting session of this FreeCAD process, seen from FreeCAD: `start` once, then
    `end` (quit) or `stop` (switched off, uninstalled). All calls return at once; none
    raises past a log line."""

    def __init__(
        self,
        host: Any,
        *,
        launch: Callable[[Handover], None],
        pid: Optional[int] = None,
        env: Optional[Mapping[str, str]] = None,
    ) -> None:
        self.host = host
        self.env = os.environ if env is None else env  # its opt-outs stop the launch
        self.pid = os.getpid() if pid is None else pid
        self.session_id = os.urandom(16).hex()
        self.sessions = Path(host.user_data_dir()) / STATE_FOLDER / SESSIONS_FOLDER
        self.facts: Dict[str, Any] = {}
        self.wakeup = threading.Event()  # ends an in-process agent's wait at once
        self.thread: Optional[LaunchThread] = None
        self.inside = False  # no interpreter fitted: the agent's loop runs on self.thread
        self.agent: Any = None  # the agent's Popen, once started
        self.ended = False
        self.stopped = False
        self._lock_fd: Optional[int] = None
        self._launch = launch  # the launch thread's work (agent_launch.launch, given from above)

    # --- GUI thread ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Read the facts, take the session's lock and hand over to the launch thread."""
        try:
            self.facts = facts_of(self.host, handover_params())
        except Exception as exc:  # an odd FreeCAD answer: no report this session
            self.host.log(f"telemetry is paused: {type(exc).__name__} reading FreeCAD's facts")
            return False
        self.thread = LaunchThread(self._launch, self)
        return True

    def end(self) -> None:
        """FreeCAD quits (aboutToQuit): one small file tells the agent; nothing waits here
        but Python's exit: for QUIT_BUDGET where the agent runs in this process, for
        LAUNCH_BUDGET where the launch thread is still starting it."""
        if self.ended or self.stopped:
            return
        self.ended = True
        try:  # empty: the agent's clock says when (within its half-second poll)
            os.close(os.open(str(ended_file(self.sessions, self.session_id)), _CREATE, 0o600))
        except OSError as exc:
            self.host.log(f"could not record the session's end ({exc.strerror})")
        self.wakeup.set()
        thread = self.thread
        if thread is not None and (self.inside or self.agent is None):
            # The agent runs in this process, or is still being started.
            # Python's exit runs after FreeCAD saved user.cfg: the last moment to let the
            # session-end event leave; what does not leave by then goes next session.
            import atexit

            atexit.register(thread.join, QUIT_BUDGET if self.inside else LAUNCH_BUDGET)

    def stop(self, record: bool = True) -> None:
        """Switched off or uninstalled (any thread): this session's agent ends, leaving no
        sentinel, even if the decision is switched on again before it looked (then a new
        hand-over starts a new session). `record` False: no agent was started (the launch
        thread found an opt-out), so there is nobody to tell."""
        if record and not self.stopped and not self.ended:
            try:
                os.close(os.open(str(stopped_file(self.sessions, self.session_id)), _CREATE))
            except OSError:  # uninstalled: the folder is gone, and the agent sees that
                pass
        self.stopped = True
        self.wakeup.set()

    def started(self) -> bool:
        """The agent has stored this session's start (it removes the facts then)."""
        launched = self.agent is not None or self.inside
        return launched and not facts_file(self.sessions, self.session_id).exists()

    def join(self, timeout: float) -> None:
        """Uninstall, after `stop` and before its files are deleted (rights/forget.py): the agent
        ends now, so that nothing it writes races the deletion. An agent process is
        terminated (nothing of this profile may be sent any more) and waited for; one
        running in this process is waited for; a launch thread still waiting for a quiet
        FreeCAD (woken by `stop`) first."""
        import subprocess
        import time

        deadline = time.monotonic() + timeout
        thread = self.thread
        if self.agent is None and thread is not None and not self.inside:
            thread.join(timeout)  # woken by `stop`: it ends, or has just started an agent
        agent, timeout = self.agent, deadline - time.monotonic()
        try:
            if agent is not None and agent.poll() is None:
                agent.terminate()
                agent.wait(max(0.0, timeout))
            elif thread is not None and self.inside and timeout > 0:
                thread.join(timeout)
        except (OSError, subprocess.TimeoutExpired) as exc:  # it ends once it sees the folder gone
            self.host.log(f"the agent did not end at once ({type(exc).__name__})")

    def wake(self) -> None:
        """Something changed (a new id): the agent reads the state folder before each send."""
        self.wakeup.set()

    # --- the launch thread ------------------------------------------------------------------
    def take_lock(self) -> None:
        """Before the agent starts: the session's lock, held by this process until it ends,
        however it ends (proof that FreeCAD still runs, even across pid namespaces: two
        Flatpak FreeCADs may both be pid 2). Raises OSError when the folder is unusable."""
        from freecad_telemetry.files.lock import try_lock

        os.makedirs(str(self.sessions), mode=0o700, exist_ok=True)
        path = lock_file(self.sessions, self.pid, self.session_id)
        fd = os.open(str(path), os.O_RDWR | os.O_CREAT, 0o600)
        if try_lock(fd):
            self._lock_fd = fd
        else:
            os.close(fd)  # no working locks here: the agent's process probe must do

    def release_lock(self) -> None:
        """The launch thread, when no agent was started after all (switched off meanwhile)."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases it; Windows cannot delete it open
            self._lock_fd = None
        try:
            os.remove(str(lock_file(self.sessions, self.pid, self.session_id)))
        except OSError:  # gone with the folder (uninstall)
            pass


class LaunchThread:
    """A bare thread (``_thread``: threading.Thread's bookkeeping costs the GUI thread half a
    millisecond) that runs `work(handover)` once, swallowing whatever it raises; `join`
    waits for it. Like a daemon thread, it does not keep FreeCAD alive at exit."""

    def __init__(self, work: Callable[[Handover], None], handover: Handover) -> None:
        self._done = _thread.allocate_lock()
        self._done.acquire()
        _thread.start_new_thread(self._run, (work, handover))

    def _run(self, work: Callable[[Handover], None], handover: Handover) -> None:
        try:
            work(handover)
        except BaseException:  # the work logs its own trouble; never a traceback
            pass
        finally:
            self._done.release()

    def join(self, timeout: Optional[float] = None) -> None:
        if self._done.acquire(timeout=-1 if timeout is None else max(0.0, timeout)):
            self._done.release()

    def is_alive(self) -> bool:
        return self._done.locked()

"""A simulated population (simulate_population.py) played through the add-on's own
collectors, session sentinels and posthog transport into a capture server.

For the insights tests and the benchmark (never imported by the add-on inside FreeCAD); runs
in the caller's process and in the worker processes simulate() spawns. `simulate()` plays
every session as the session agent does (reporting.py: the sentinel tracker, the start-up
drafts, the unclean-shutdown reports, the change-only snapshots, the session end) against
an in-memory FreeCAD on a simulated clock, sends the events with the add-on's posthog
transport, and returns the truth (simulate_truth.py) from the population, its schedules and
the sender's own count of what it sent, never from the events.

The simulated clock reaches the events through the add-on's own seams: a draft's
`timestamp` (an unclean-shutdown report carries its own already), the tracker's `clock`
and the snapshots' `now`. The one fact a collector reads from the running machine rather
than from FreeCAD, the platform (OS family, release, architecture), is set on the
system-info draft; the posthog library's own `$os`, `$os_version` and `$python_version`
stay this machine's.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import random
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Set, Tuple

from freecad_telemetry import __version__
from freecad_telemetry.collect import snapshots
from freecad_telemetry.collect.drafts import Draft, SessionFacts, draft, stamp, start_drafts
from freecad_telemetry.collect.earlier_sessions import unclean_drafts
from freecad_telemetry.collect.freecad_version import channel_of
from freecad_telemetry.events import Event, iso_utc
from freecad_telemetry.fields import CATEGORY_NAMES, Grant
from freecad_telemetry.host import Screen
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.insights.simulate_population import ADDONS, Install, Session, schedule
from freecad_telemetry.insights.simulate_truth import Sent, Truth, truth
from freecad_telemetry.reporting import make_posthog_transport
from freecad_telemetry.settings import GROUP, Settings
from freecad_telemetry.state.folder import SESSIONS_FOLDER, state_dir
from freecad_telemetry.state.process_identity import ProcessIdentity
from freecad_telemetry.state.sessions import SessionTracker

GRANT = Grant(frozenset(CATEGORY_NAMES), 1)  # every install said yes to everything
BATCH = 400  # events per request, as a session agent's sender batches them
DUPLICATE_SHARE = 0.01  # events sent again (an answer lost on the way back)


class _Clock:
    """The simulated time, read by the sentinel tracker."""

    def __init__(self) -> None:
        self.now = datetime(2000, 1, 1, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def _library(folder: Path) -> Path:
    """One folder per add-on (public, private, legacy, broken); installs link to them."""
    xml = '<package><name>{}</name><url type="repository">https://{}</url></package>'
    files = {name: xml.format(name, "github.com/FreeCAD/" + name) for name, _w, _c in ADDONS}
    files.update(
        {f"Private{n}": xml.format(f"Tool{n}", "git.example.com/cad/tool") for n in range(2)}
    )
    files.update({"Broken0": "<package><name>Broken"})
    for name, text in files.items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        (folder / name / "package.xml").write_text(text, encoding="utf-8")
    (folder / "Legacy0").mkdir(exist_ok=True)
    (folder / "Legacy0" / "InitGui.py").write_text("", encoding="utf-8")
    return folder


def _host(install: Install, root: Path, library: Path) -> MemoryHost:
    """The install's FreeCAD: its version, parameters, locale, screen and Mod folder."""
    mods = root / "Mod"
    mods.mkdir(parents=True, exist_ok=True)
    linked = [
        *install.addons,
        *(f"Private{n}" for n in range(install.private_addons)),
        *["Legacy0"][: install.legacy_addons],
        *["Broken0"][: install.broken_addons],
    ]
    for name in linked:
        (mods / name).symlink_to(library / name, target_is_directory=True)
    python, qt = install.runtime
    host = MemoryHost(
        version=install.release.version, config={"BuildVersionSuffix": install.release.suffix},
        locale="English" if install.language_set else install.language, qt_version=qt,
        python_version=python, screen=Screen(*install.screen[:3]), user_data_dir=root,
        mod_roots=[mods],
    )  # fmt: skip
    for group, key, kind, value in install.params:
        host.set_param(group, key, kind, value)
    return host


class _Player:
    """One install's sessions, each begun and ended as its session agent does it."""

    def __init__(self, install: Install, host: MemoryHost, pids: Callable[[], int]) -> None:
        self.install, self.host, self._pids = install, host, pids
        self.folder = state_dir(host.user_data_dir())
        self.sessions = self.folder / SESSIONS_FOLDER
        self.clock = _Clock()
        self.alive: Set[ProcessIdentity] = set()
        self.sequence = install.earlier_sessions
        self.running: Dict[int, Tuple[SessionTracker, ProcessIdentity, SessionFacts]] = {}
        self.events: List[Event] = []

    def play(self, sessions: Sequence[Session]) -> List[Event]:
        steps = [(s.start, 1, n) for n, s in enumerate(sessions)]
        steps += [(s.end, 0, n) for n, s in enumerate(sessions)]
        for moment, begins, n in sorted(steps):
            self.clock.now = moment
            (self.begin if begins else self.end)(n, sessions[n])
        return self.events

    def begin(self, n: int, session: Session) -> None:
        """reporting.Reporting._record_start on the simulated clock."""
        now = self.clock.now
        self.sequence += 1
        pid = self._pids()
        me = ProcessIdentity(pid, f"sim{pid}")
        self.alive.add(me)
        tracker = SessionTracker(self.sessions, clock=self.clock, probe=self.alive.__contains__,
                                 me=me)  # fmt: skip
        facts = SessionFacts(self.sequence, self.install.age(now.date()), channel_of(self.host))
        tracker.begin(self.install.release.text, __version__, sequence=self.sequence)
        claimed = tracker.claim_unclean()
        drafts = [self._platform(d, facts) for d in start_drafts(self.host, GRANT, facts, _fail)]
        reports = unclean_drafts(claimed, GRANT, facts, self.sessions)
        due = snapshots.due(drafts, self.folder, now)
        snapshots.remember(due, self.folder, now)
        tracker.settle(claimed)
        self.events += stamp(reports + [_at(d, now) for d in due], self.install.install_id)
        self.running[n] = (tracker, me, facts)

    def end(self, n: int, session: Session) -> None:
        """A crash leaves the sentinel (its last heartbeat now); a quit stores the end."""
        tracker, me, facts = self.running.pop(n)
        if session.crashed:
            tracker.heartbeat()
        else:
            record = tracker.end()
            assert record is not None
            seconds = {"session_seconds": int(record.length_seconds())}
            made = draft("freecad_shutdown", seconds, GRANT, facts, _fail)
            assert made is not None
            self.events += stamp([_at(made, self.clock.now)], self.install.install_id)
        self.alive.discard(me)

    def _platform(self, made: Draft, facts: SessionFacts) -> Draft:
        """The simulated platform in place of this machine's (platform.* in the collector)."""
        if made.name != "freecad_system_info":
            return made
        family, release, machine = self.install.system
        platform = {"system": family, "system_release": release, "machine": machine}
        redone = draft(made.name, {**made.properties, **platform}, GRANT, facts, _fail)
        assert redone is not None
        return redone


def _at(made: Draft, moment: datetime) -> Draft:
    return dataclasses.replace(made, timestamp=iso_utc(moment))


def _fail(line: str) -> None:
    raise RuntimeError(f"the add-on refused a simulated value: {line}")


class _Outlet:
    """The add-on's posthog transport to the capture server, in batches; about one event in
    a hundred is sent once more in the next batch, with its uuid and time, as after an answer
    lost on the way back."""

    def __init__(self, capture_url: str, rng: random.Random, period: Tuple[str, str]) -> None:
        settings = MemoryHost()
        settings.set_param(GROUP, "PostHogHost", "string", capture_url)
        self.refusals: List[str] = []
        self._transport = make_posthog_transport(
            Settings(settings), lambda: GRANT, self.refusals.append
        )()
        self._rng = rng
        self._period = period  # ISO days: an event's timestamp starts with its UTC day
        self._batch: List[Event] = []
        self._seen: Set[str] = set()
        self.sent = Sent()

    def add(self, events: Sequence[Event]) -> None:
        self._batch.extend(events)
        while len(self._batch) >= BATCH:
            self._send(self._batch[:BATCH])
            self._batch = self._batch[BATCH:]

    def close(self) -> Sent:
        if self._batch:
            self._send(self._batch)
        self._batch = []
        if self.refusals:
            raise RuntimeError(f"the send filter refused simulated values: {self.refusals[:5]}")
        return self.sent

    def _send(self, batch: List[Event]) -> None:
        result = self._transport.send(batch)
        if not result.delivered or result.refused:
            raise RuntimeError(f"the capture server did not take a batch: {result.reason}")
        for event in batch:
            self.sent.count(event, event.uuid in self._seen, self._period)
            self._seen.add(event.uuid)
        self._batch[:0] = [e for e in batch if self._rng.random() < DUPLICATE_SHARE]


CHUNK = 200  # installs per task of a worker process


def simulate(
    installs: Sequence[Install],
    start: date,
    end: date,
    capture_url: str,
    state_root: Path,
    workers: int = 2,
    progress: Callable[[str], None] = lambda line: None,
) -> Truth:
    """Play every install's schedule through the add-on into the capture server at
    `capture_url`, in `workers` processes (1: in this one), with the profiles and state
    folders under `state_root` (a fast local disk preferably: every sentinel write is
    fsynced), and return the truth. Blocks until all was sent."""
    chunks = [list(installs[i : i + CHUNK]) for i in range(0, len(installs), CHUNK)]
    jobs = [
        (chunk, start, end, capture_url, state_root / f"part-{n}") for n, chunk in enumerate(chunks)
    ]
    sent = Sent()
    # Spawned, not forked: the caller may run threads (the capture server's). No process
    # starts before the first submit, so workers=1 plays in this process.
    with ProcessPoolExecutor(max(1, workers), multiprocessing.get_context("spawn")) as pool:
        done = pool.map(play, *zip(*jobs)) if workers > 1 else map(play, *zip(*jobs))
        for n, part in enumerate(done, 1):
            sent += part
            progress(f"{min(n * CHUNK, len(installs))} of {len(installs)} installs sent")
    return truth(installs, start, end, sent)


def play(installs: Sequence[Install], start: date, end: date, capture_url: str, root: Path) -> Sent:
    """Play these installs' schedules and send their events (in a worker process)."""
    library = _library(root / "library")
    rng = random.Random(f"{installs[0].seed}:duplicates")
    outlet = _Outlet(capture_url, rng, (start.isoformat(), end.isoformat()))
    pids = iter(range(10_000_000, 2_000_000_000))
    for install in installs:
        host = _host(install, root / f"profile-{install.index}", library)
        outlet.add(_Player(install, host, pids.__next__).play(schedule(install, start, end)))
    return outlet.close()

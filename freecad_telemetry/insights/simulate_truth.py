"""The known truth of a simulation: what the insights report must find for a period,
computed from the population and its schedules (simulate_population.py) and the sender's
own count of what it sent (`Sent`), never from the events.

For the insights tests (never imported by the add-on inside FreeCAD). `Sent` is counted
while simulate.py sends, in its worker processes, and added up in the caller; `truth()`
runs in the caller once everything was sent, and the tests compare the report with it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Dict, FrozenSet, List, Optional, Sequence, Tuple

from freecad_telemetry.events import Event
from freecad_telemetry.insights.simulate_population import Install, Session, schedule


@dataclass
class Sent:
    """What a simulation sent (the sender's own count, not the server's): records in all,
    and per install its events in the period and their re-sent copies."""

    records: int = 0
    events: Counter = dataclasses.field(default_factory=Counter)  # distinct_id -> events
    copies: Counter = dataclasses.field(default_factory=Counter)  # distinct_id -> copies

    def count(self, event: Event, again: bool, period: Tuple[str, str]) -> None:
        self.records += 1
        if period[0] <= event.timestamp[:10] < period[1]:
            (self.copies if again else self.events)[event.distinct_id] += 1

    def __iadd__(self, other: Sent) -> Sent:
        self.records += other.records
        self.events.update(other.events)
        self.copies.update(other.copies)
        return self


@dataclass(frozen=True)
class InstallTruth:
    """One install in the period [start, end), from its schedule (and the sender's count)."""

    install: Install
    days: FrozenSet[date]  # UTC days with a FreeCAD start
    starts: int  # FreeCAD starts (sessions begun)
    unclean: int  # sessions that ended without a quit and that a later start reported
    max_sequence: int  # highest session number begun
    busiest_day: int  # most starts in one UTC day
    max_age: int  # highest install_age_days its starts carried
    weeks: FrozenSet[date]  # the Mondays of the weeks with a start
    events: int = 0  # events it sent with a time in the period (each once)
    copies: int = 0  # of those, copies sent again

    @property
    def active(self) -> bool:
        """The README's rule: a person's install (rigs are dropped first) with starts on at
        least 2 days, and session_sequence >= 2."""
        return not self.install.rig and len(self.days) >= 2 and self.max_sequence >= 2


@dataclass(frozen=True)
class Truth:
    """What the report must find for the period [start, end)."""

    start: date
    end: date
    installs: Dict[str, InstallTruth]  # every install with a start in the period
    records: int  # events the capture server received, re-sends included, in all

    def active(self) -> List[InstallTruth]:
        return [t for t in self.installs.values() if t.active]

    def scripted(self) -> List[InstallTruth]:
        """The rigs: each bursts past 50 starts a day ("burst"), or keeps install_age_days
        0 while its session_sequence climbs past 5 ("steady", and the bursts too)."""
        return [t for t in self.installs.values() if t.install.rig]

    def count(self, key: Callable[[InstallTruth], Any]) -> Counter:
        """Active installs per value of key(install) (each of its values, for a tuple)."""
        tally: Counter = Counter()
        for t in self.active():
            value = key(t)
            for item in value if isinstance(value, (tuple, list, set, frozenset)) else [value]:
                tally[item] += 1
        return tally


def truth(installs: Sequence[Install], start: date, end: date, sent: Sent) -> Truth:
    """The truth of a simulation: its installs, their schedules, and what it sent."""
    found = {}
    for install in installs:
        seen = _install_truth(install, schedule(install, start, end), start, end)
        if seen is not None:
            found[install.install_id] = dataclasses.replace(
                seen, events=sent.events[install.install_id], copies=sent.copies[install.install_id]
            )
    return Truth(start, end, found, sent.records)


def _install_truth(
    install: Install, sessions: Sequence[Session], start: date, end: date
) -> Optional[InstallTruth]:
    inside = [n for n, s in enumerate(sessions) if start <= s.start.date() < end]
    if not inside:
        return None
    starts = [sessions[n].start.date() for n in inside]
    last_start = sessions[-1].start
    unclean = sum(
        1 for s in sessions if s.crashed and start <= s.end.date() < end and last_start > s.end
    )
    return InstallTruth(
        install,
        frozenset(starts),
        len(inside),
        unclean,
        install.earlier_sessions + inside[-1] + 1,
        max(Counter(starts).values()),
        max(install.age(day) for day in starts),
        frozenset(day - timedelta(days=day.weekday()) for day in starts),
    )

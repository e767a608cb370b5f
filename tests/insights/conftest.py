"""A small hand-made export whose answers are known by construction (tests/insights).

`handmade` writes it once per session as JSON Lines, in the capture server's record shape.
The period is the two weeks from Monday 2026-03-02 to 2026-03-16 (exclusive); state events
from up to 8 days before count as state. Who is in it:

* A, 14 installs: FreeCAD 1.0.2 (release), Linux "debian 12", x86_64, Python 3.11.2, Qt
  5.15.8, screen 1920-2559, English, add-ons Gears + Fasteners, theme "FreeCAD Dark",
  an enabled-workbench list. Their state was sent on 02-25 (lookback only); sessions on
  03-03 and 03-10 (and 02-25 before, 03-16 after the period). A0 reports one unclean
  shutdown of 1.0.2; A0-A4's 03-03 startups arrive twice (same uuid).
* B, 12 installs: FreeCAD 1.1.0 (release), Windows 11, AMD64, Python 3.11.9, Qt 6.8.1,
  screen 2560-3839, German, Gears + Assembly4, icon size 32, add-on version 0.2.0; sessions
  03-04, 03-05, 03-11. B0 ran 1.0.2 until it upgraded at its 03-11 session and reports an
  unclean shutdown of 1.0.2; B1 and B2 one of 1.1.0 each.
* C, 6 installs: 1.1.0 rc, Linux "fedora 41", Python 3.13.1, Qt 6.8.1, 1920-2559, English,
  Gears + Rare, theme "Custom"; sessions 03-06 and 03-12.
* D, 5 installs: 1.2.0 dev, Linux "ubuntu 24", Python 3.12.3, Qt 6.8.1, 1366-1919, French,
  Gears, theme "Custom"; sessions 03-07 and 03-13; D0 reports an unclean shutdown of 1.2.0.
* E, 3 installs: 1.0.2 release, usage only (no system, preferences or add-on events);
  sessions 03-08 and 03-09.
* Not counted: 4 one-day installs and 2 throw-away profiles (session_sequence stays 1); a
  rig with 60 startups on 03-05 (and more on 03-06); a rig whose install_age_days stays 0
  while its session_sequence climbs to 6; an install seen only before the period, and one
  only after it.

Expected figures are spelled out in the tests (EXPECTED here holds the tallies of what was
written, for data quality).
"""

from __future__ import annotations

import datetime
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

START = datetime.date(2026, 3, 2)
END = datetime.date(2026, 3, 16)

# Every tracked preference at its default, as the add-on sends it (written out by hand).
DEFAULT_PREFERENCES: Dict[str, Any] = {
    "theme": "unset",
    "stylesheet": "unset",
    "overlay_stylesheet": "unset",
    "default_unit_schema": "0",
    "sketcher_dimension_single_tool": True,
    "sketcher_dimension_separate_tools": False,
    "sketcher_constraint_unified_coincident": True,
    "sketcher_constraint_auto_hor_ver": True,
    "sketcher_on_view_parameters": "1",
    "workbench_enabled_list": [],
    "workbench_disabled_list": [],
    "workbench_default": "",
    "ui_workbench_selector": "0",
    "navigation_style": "Gui::CADNavigationStyle",
    "navigation_orbit_style": 1,
    "navigation_rotation_style": 1,
    "ui_toolbar_icon_size": 24,
    "ui_task_view_enabled": False,
    "ui_tree_view_enabled": True,
    "ui_property_view_enabled": True,
    "ui_python_console_enabled": False,
    "ui_report_view_enabled": False,
    "ui_task_view_overlay": "none",
    "ui_task_view_transparent": False,
}


@dataclass
class Install:
    group: str
    version: str = "1.0.2"
    channel: str = "release"
    system: Optional[Dict[str, Any]] = None
    preferences: Optional[Dict[str, Any]] = None
    mods: Optional[List[str]] = None
    addon_version: str = "0.1.0"
    age: int = 30
    distinct_id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class Export:
    path: Path
    start: datetime.date
    end: datetime.date
    groups: Dict[str, str]  # distinct_id -> group ("A", ..., "busy rig", ...)
    in_period: Dict[str, int]  # distinct events per id with a timestamp in the period
    duplicates: int
    default_preferences: Dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_PREFERENCES))

    def events_of(self, *groups: str) -> int:
        """Distinct in-period events of the ids in `groups`."""
        return sum(n for i, n in self.in_period.items() if self.groups[i] in groups)

    def ids_of(self, *groups: str) -> int:
        """Ids in `groups` with an event in the period."""
        return sum(1 for i in self.in_period if self.groups[i] in groups)


class _Writer:
    def __init__(self) -> None:
        self.records: List[Dict[str, Any]] = []
        self.in_period: Dict[str, int] = {}
        self.groups: Dict[str, str] = {}

    def event(
        self, who: Install, name: str, day: str, seq: int, copies: int = 1, **props: Any
    ) -> None:
        when = datetime.datetime.fromisoformat(f"2026-{day}T09:00:00+00:00")
        when += datetime.timedelta(minutes=seq % 600, seconds=len(self.records) % 60)
        properties = {
            "$lib": "posthog-python",
            "$geoip_disable": True,
            "schema_version": 1,
            "addon_version": who.addon_version,
            "session_sequence": seq,
            "install_age_days": who.age,
            "release_channel": who.channel,
            **props,
        }
        record = {
            "uuid": str(uuid.uuid4()),
            "event": name,
            "distinct_id": who.distinct_id,
            "timestamp": when.isoformat(),
            "properties": properties,
            "token": "phc_handmade",
        }
        self.records.extend(dict(record) for _ in range(copies))
        self.groups[who.distinct_id] = who.group
        if START <= when.date() < END:
            self.in_period[who.distinct_id] = self.in_period.get(who.distinct_id, 0) + 1

    def start(self, who: Install, day: str, seq: int, state: bool = False, copies: int = 1) -> None:
        """A session: its startup and, when `state`, the state events the add-on sends."""
        self.event(who, "freecad_startup", day, seq, copies)
        if not state:
            return
        major, minor, patch = who.version.split(".")
        self.event(
            who,
            "freecad_version",
            day,
            seq,
            version_major=major,
            version_minor=minor,
            version_patch=patch,
            version_build="",
            version_suffix="" if who.channel == "release" else who.channel,
        )
        if who.system is not None:
            self.event(who, "freecad_system_info", day, seq, **who.system)
        if who.preferences is not None:
            self.event(who, "freecad_preferences", day, seq, **who.preferences)
        if who.mods is not None:
            self.event(who, "freecad_addon_list", day, seq, mods=who.mods, total_mods=len(who.mods))

    def unclean(self, who: Install, day: str, seq: int, previous: str) -> None:
        self.event(
            who,
            "freecad_unclean_shutdown",
            day,
            seq,
            session_seconds=600,
            previous_freecad_version=previous,
            previous_addon_version=who.addon_version,
            previous_session_sequence=seq - 1,
        )


def _system(name: str, release: str, machine: str, python: str, qt: str, screen: str) -> Dict:
    return {
        "system": name,
        "system_release": release,
        "machine": machine,
        "python_version": python,
        "qt_version": qt,
        "screen_class": screen,
        "screen_dpi": 1.0,
    }


def _preferences(language: str, **changed: Any) -> Dict[str, Any]:
    return {"language": language, **DEFAULT_PREFERENCES, **changed}


def _active_groups(w: _Writer) -> None:
    a_system = _system("Linux", "debian 12", "x86_64", "3.11.2", "5.15.8", "1920-2559")
    a_prefs = _preferences(
        "English", theme="FreeCAD Dark", workbench_enabled_list=["PartDesignWorkbench", "other"]
    )
    for i in range(14):
        a = Install("A", system=a_system, preferences=a_prefs, mods=["Gears", "Fasteners"])
        w.start(a, "02-25", 9, state=True)  # lookback: state only
        w.start(a, "03-03", 10, copies=2 if i < 5 else 1)
        w.start(a, "03-10", 11)
        if i == 0:
            w.unclean(a, "03-10", 11, "1.0.2")
        w.start(a, "03-16", 12, state=True)  # after the period
    b_system = _system("Windows", "Windows 11", "AMD64", "3.11.9", "6.8.1", "2560-3839")
    b_prefs = _preferences("German", ui_toolbar_icon_size=32)
    for i in range(12):
        b = Install("B", "1.1.0", system=b_system, preferences=b_prefs, addon_version="0.2.0")
        b.mods = ["Gears", "Assembly4"]
        if i == 0:  # ran 1.0.2 until its third session
            b.version = "1.0.2"
        w.start(b, "03-04", 2, state=True)
        w.start(b, "03-05", 3)
        if i == 0:
            w.unclean(b, "03-05", 3, "1.0.2")
            b.version = "1.1.0"
        w.start(b, "03-11", 4, state=i == 0)
        if i in (1, 2):
            w.unclean(b, "03-11", 4, "1.1.0")
    c_system = _system("Linux", "fedora 41", "x86_64", "3.13.1", "6.8.1", "1920-2559")
    for _ in range(6):
        c = Install("C", "1.1.0", "rc", c_system, _preferences("English", theme="Custom"))
        c.mods = ["Gears", "Rare"]
        w.start(c, "03-06", 5, state=True)
        w.start(c, "03-12", 6)
    d_system = _system("Linux", "ubuntu 24", "x86_64", "3.12.3", "6.8.1", "1366-1919")
    for i in range(5):
        d = Install("D", "1.2.0", "dev", d_system, _preferences("French", theme="Custom"))
        d.mods = ["Gears"]
        w.start(d, "03-07", 2, state=True)
        w.start(d, "03-13", 3)
        if i == 0:
            w.unclean(d, "03-13", 3, "1.2.0")
    for _ in range(3):
        e = Install("E")
        w.start(e, "03-08", 2, state=True)
        w.start(e, "03-09", 3)


def _not_counted(w: _Writer) -> None:
    for _ in range(4):  # one day only
        one_day = Install("one-day")
        w.start(one_day, "03-04", 1, state=True)
        w.start(one_day, "03-04", 2)
    for _ in range(2):  # a fresh profile each time
        throwaway = Install("throw-away", age=0)
        w.start(throwaway, "03-04", 1, state=True)
        w.start(throwaway, "03-05", 1, state=True)
    busy = Install("busy rig", age=40)
    for seq in range(100, 160):
        w.start(busy, "03-05", seq)
    w.start(busy, "03-06", 160)
    young = Install("young rig", age=0)
    for seq in range(1, 7):
        w.start(young, "03-05" if seq <= 3 else "03-06", seq)
    before = Install("before")
    w.start(before, "02-23", 4, state=True)
    w.start(before, "02-24", 5)
    after = Install("after")
    w.start(after, "03-16", 4, state=True)
    w.start(after, "03-17", 5)


@pytest.fixture(scope="session")
def handmade(tmp_path_factory: pytest.TempPathFactory) -> Export:
    w = _Writer()
    _active_groups(w)
    _not_counted(w)
    path = tmp_path_factory.mktemp("handmade") / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in w.records), encoding="utf-8")
    duplicates = len(w.records) - len({r["uuid"] for r in w.records})
    return Export(path, START, END, w.groups, w.in_period, duplicates)

"""The simulated population of FreeCAD installs for the insights tests and the benchmark:
its known distributions (releases, systems, screens, languages, preferences, add-ons, crash
rates, habits, second windows, scripted test rigs), the installs drawn from them, each
one's sessions, and what its state events must carry.

Never imported by the add-on inside FreeCAD; runs in the caller's process (the tests' truth,
the benchmark writing its events directly) and in the worker processes simulate() spawns.
`population()` draws the installs (`drawn()` one of them alone) and `schedule()` each one's
sessions, both from a seed, so every process draws the same; `snapshot_properties()` says
what an install's state events must carry. Playing them through the add-on is simulate.py's;
what the report must find, simulate_truth.py's.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Dict, List, Sequence, Tuple

from freecad_telemetry.fields import fields_of

LEAD_DAYS = 8  # sessions played before the period: snapshots sent then are not repeated in it
_GIT = "https://github.com/FreeCAD/FreeCAD.git"


@dataclass(frozen=True)
class Release:
    """A FreeCAD build as FreeCAD.Version() returns it, its BuildVersionSuffix, how common it
    is among installs older than the simulation and among new ones, its chance of a crash per
    session, and its (Python, Qt) builds."""

    version: Tuple[str, ...]
    suffix: str
    channel: str
    weight_old: float
    weight_new: float
    crash: float
    runtimes: Tuple[Tuple[str, str], ...]

    @property
    def text(self) -> str:  # as the sentinel (and freecad_unclean_shutdown) names it
        return ".".join(self.version[:3])


def _build(major: str, minor: str, patch: str, build: str, branch: str) -> Tuple[str, ...]:
    return (major, minor, patch, f"{build} (Git)", _GIT, "2025/01/01 00:00:00", branch)


RELEASES: Tuple[Release, ...] = (
    Release(_build("0", "20", "2", "29603", "releases/FreeCAD-0-20"), "", "release", 1.2, 0, 0.05,
            (("3.11.2", "5.15.8"),)),
    Release(_build("0", "21", "2", "33771", "releases/FreeCAD-0-21"), "", "release", 30, 3, 0.04,
            (("3.8.10", "5.15.2"), ("3.11.2", "5.15.8"), ("3.10.12", "5.15.3"))),
    Release(_build("1", "0", "0", "39109", "releases/FreeCAD-1-0"), "", "release", 15, 4, 0.03,
            (("3.11.10", "5.15.15"), ("3.11.10", "6.8.0"))),
    Release(_build("1", "0", "2", "39319", "releases/FreeCAD-1-0"), "", "release", 35, 25, 0.02,
            (("3.11.10", "5.15.15"), ("3.11.9", "6.8.3"), ("3.12.3", "5.15.13"))),
    Release(_build("1", "1", "0", "42213", "releases/FreeCAD-1-1"), "RC2", "rc", 3, 6, 0.06,
            (("3.11.13", "6.8.3"),)),
    Release(_build("1", "1", "3", "43560", "releases/FreeCAD-1-1"), "", "release", 10, 55, 0.015,
            (("3.11.13", "6.8.3"), ("3.13.5", "6.9.1"))),
    Release(_build("1", "2", "0", "44190", "main"), "dev", "dev", 4, 7, 0.08,
            (("3.12.11", "6.9.1"),)),
)  # fmt: skip

SYSTEMS: Tuple[Tuple[Tuple[str, str, str], float], ...] = (  # (family, release, architecture)
    (("Windows", "11", "AMD64"), 30), (("Windows", "10", "AMD64"), 22),
    (("Linux", "ubuntu 24", "x86_64"), 9), (("Linux", "ubuntu 22", "x86_64"), 7),
    (("Linux", "debian 12", "x86_64"), 5), (("Linux", "fedora 41", "x86_64"), 3),
    (("Linux", "arch", "x86_64"), 3), (("Linux", "linuxmint 22", "x86_64"), 3),
    (("Linux", "ubuntu 24", "aarch64"), 0.6), (("Darwin", "15", "arm64"), 8),
    (("Darwin", "14", "arm64"), 5), (("Darwin", "13", "x86_64"), 2),
    (("FreeBSD", "14", "amd64"), 0.2),
)  # fmt: skip

SCREENS: Tuple[Tuple[Tuple[int, int, float, str], float], ...] = (
    # logical pixels, pixel ratio, and the width class the add-on must send for them
    ((1366, 768, 1.0, "1366-1919"), 8), ((1280, 800, 1.0, "<1366"), 2),
    ((1536, 864, 1.25, "1366-1919"), 9), ((1920, 1080, 1.0, "1920-2559"), 38),
    ((1920, 1200, 1.0, "1920-2559"), 5), ((1512, 982, 2.0, "1366-1919"), 7),
    ((2560, 1440, 1.0, "2560-3839"), 14), ((1707, 960, 1.5, "1366-1919"), 4),
    ((3840, 2160, 1.0, ">=3840"), 3), ((2560, 1600, 1.5, "2560-3839"), 2),
    ((5120, 1440, 1.0, ">=3840"), 0.3),
)  # fmt: skip

LANGUAGES: Tuple[Tuple[str, float], ...] = (
    ("English", 45), ("German", 12), ("French", 7), ("Spanish", 6), ("Italian", 4),
    ("Russian", 4), ("Polish", 3), ("Japanese", 3), ("Chinese Simplified", 3),
    ("Portuguese, Brazilian", 2.5), ("Czech", 1.5), ("Dutch", 1.5), ("Turkish", 1.2),
    ("Ukrainian", 1.2), ("Korean", 0.8), ("Swedish", 0.5), ("Basque", 0.08),
    ("Kabyle", 0.04),
)  # fmt: skip
LANGUAGE_SET_SHARE = 0.5  # chose a language in FreeCAD (else the system locale is sent)

ADDONS: Tuple[Tuple[str, float, float], ...] = (  # name, popularity, extra crash chance
    ("Fasteners", 300, 0), ("Assembly4", 220, 0), ("sheetmetal", 200, 0), ("A2plus", 150, 0.01),
    ("Curves", 120, 0), ("FCGear", 110, 0), ("Assembly3", 90, 0.06), ("KicadStepUp", 90, 0),
    ("Render", 80, 0.02), ("Lattice2", 50, 0.03), ("Manipulator", 50, 0), ("CfdOF", 40, 0.04),
    ("Defeaturing", 35, 0), ("OpenTheme", 30, 0), ("3D_Printing_Tools", 25, 0),
    ("Help", 25, 0), ("DynamicData", 15, 0), ("Silk", 15, 0), ("Optics", 12, 0),
    ("MeshRemodel", 12, 0), ("Rocket", 10, 0.05), ("Woodworking", 8, 0), ("Ship", 6, 0),
    ("Plot", 6, 0), ("dodo", 5, 0), ("Pyramids-and-Polyhedrons", 5, 0), ("Lithophane", 4, 0),
    ("ExplodedAssembly", 4, 0), ("Cycloidal", 3, 0), ("GDML", 3, 0), ("Timber", 1, 0),
)  # fmt: skip
ADDON_CRASH = {name: extra for name, _weight, extra in ADDONS}

# Preference (as fields.py names it) -> (value sent when unset, share that changed it,
# choices as (value set in user.cfg, value sent, weight)).
Choice = Tuple[Any, Any, float]
_PANEL_DEFAULTS = (("task_view", False, 0.3), ("tree_view", True, 0.05),
                   ("property_view", True, 0.05), ("python_console", False, 0.3),
                   ("report_view", False, 0.45))  # fmt: skip
PREFERENCES: Dict[str, Tuple[Any, float, Tuple[Choice, ...]]] = {
    "theme": ("unset", 0.3, (("FreeCAD Dark", "FreeCAD Dark", 5),
                             ("FreeCAD Light", "FreeCAD Light", 3), ("OpenDark", "OpenDark", 1))),
    "stylesheet": ("unset", 0.25, (
        ("FreeCAD Dark.qss", "FreeCAD Dark.qss", 5),
        ("/usr/share/freecad/Gui/Stylesheets/ProDark.qss", "ProDark.qss", 2),
        ("C:\\Program Files\\FreeCAD 1.0\\data\\Gui\\Stylesheets\\Dark-blue.qss",
         "Dark-blue.qss", 2))),
    "overlay_stylesheet": ("unset", 0.08, (("overlay.qss", "overlay.qss", 3),
                                           ("Light Translucent.qss", "Light Translucent.qss", 2))),
    "default_unit_schema": ("0", 0.28, tuple((n, str(n), w) for n, w in
                                             ((1, 4), (2, 1), (3, 1), (4, 1), (5, 1), (6, 2),
                                              (7, 0.5)))),
    "sketcher_dimension_single_tool": (True, 0.12, ((False, False, 1),)),
    "sketcher_dimension_separate_tools": (False, 0.15, ((True, True, 1),)),
    "sketcher_constraint_unified_coincident": (True, 0.05, ((False, False, 1),)),
    "sketcher_constraint_auto_hor_ver": (True, 0.1, ((False, False, 1),)),
    "sketcher_on_view_parameters": ("1", 0.2, ((0, "0", 2), (2, "2", 3), (3, "3", 1))),
    "workbench_enabled_list": ([], 0.12, (
        ("PartDesignWorkbench,SketcherWorkbench,PartWorkbench",
         ["PartDesignWorkbench", "SketcherWorkbench", "PartWorkbench"], 3),
        ("PartDesignWorkbench,Assembly4Workbench,TechDrawWorkbench",
         ["PartDesignWorkbench", "other", "TechDrawWorkbench"], 2))),
    "workbench_disabled_list": ([], 0.1, (
        ("TestWorkbench,RobotWorkbench", ["TestWorkbench", "RobotWorkbench"], 3),
        ("InspectionWorkbench", ["InspectionWorkbench"], 1),
        ("MyCompanyWorkbench", ["other"], 1))),
    "workbench_default": ("", 0.4, (
        ("PartDesignWorkbench", "PartDesignWorkbench", 5), ("StartWorkbench", "StartWorkbench", 2),
        ("SketcherWorkbench", "SketcherWorkbench", 1), ("DraftWorkbench", "DraftWorkbench", 1),
        ("BIMWorkbench", "BIMWorkbench", 1), ("Assembly4Workbench", "other", 1))),
    "ui_workbench_selector": ("0", 0.1, ((1, "1", 2), (2, "2", 1))),
    "navigation_style": ("Gui::CADNavigationStyle", 0.35, tuple((f"Gui::{n}NavigationStyle",
                         f"Gui::{n}NavigationStyle", w) for n, w in (
        ("Blender", 4), ("Touchpad", 2), ("Revit", 2), ("OpenInventor", 1), ("SolidWorks", 2),
        ("MayaGesture", 0.2)))),
    "navigation_orbit_style": (1, 0.15, ((0, 0, 2), (2, 2, 1))),
    "navigation_rotation_style": (1, 0.1, ((0, 0, 1), (2, 2, 1))),
    "ui_toolbar_icon_size": (24, 0.25, ((16, 16, 3), (32, 32, 2), (48, 48, 1))),
    **{f"ui_{panel}_enabled": (shown, changed, ((not shown, not shown, 1),))
       for panel, shown, changed in _PANEL_DEFAULTS},
}  # fmt: skip
_PANELS = (("task_view", "Tasks"), ("tree_view", "Tree view"), ("property_view", "Property view"),
           ("python_console", "Python console"), ("report_view", "Report view"))  # fmt: skip
OVERLAYS: Tuple[Tuple[Dict[str, Tuple[str, bool]], float], ...] = (  # FreeCAD 1.x only
    ({}, 90), ({"Left": ("Tree view,Property view", True)}, 4), ({"Right": ("Tasks", False)}, 3),
    ({"Bottom": ("Report view,Python console", False), "Left": ("Tree view", False)}, 3),
)  # fmt: skip

HABITS: Tuple[Tuple[str, float, float], ...] = (  # name, weight, chance of a day with FreeCAD
    ("trial", 20, 0.0),
    ("occasional", 30, 0.1),
    ("regular", 32, 0.25),
    ("daily", 18, 0.6),
)
SESSIONS_A_DAY = ((1, 75), (2, 19), (3, 5), (4, 1))
OLDER_SHARE = 0.6  # installs that existed before the simulated days
CHURN_SHARE = 0.1  # stop using FreeCAD at some day
MULTI_WINDOW_SHARE = 0.06  # sometimes open a second FreeCAD while one runs
SECOND_WINDOW_CHANCE = 0.4  # on such an install's day
RIGS_PER_INSTALLS = 150  # one scripted test rig per this many installs (at least 3)


@dataclass(frozen=True)
class Install:
    """One simulated FreeCAD profile: what its FreeCAD is and how it is used (ground truth)."""

    index: int
    install_id: str
    seed: str
    release: Release
    system: Tuple[str, str, str]  # family, release, architecture
    runtime: Tuple[str, str]  # Python, Qt
    screen: Tuple[int, int, float, str]  # width, height, pixel ratio, width class
    language: str  # as sent (FreeCAD's setting, or the system locale when unset)
    language_set: bool
    params: Tuple[Tuple[str, str, str, Any], ...]  # (group, key, kind, value) in user.cfg
    preferences: Dict[str, Any]  # every tracked preference as sent
    addons: Tuple[str, ...]  # public add-ons (sorted as the scanner names them)
    private_addons: int  # package.xml naming a private repository
    legacy_addons: int  # no package.xml
    broken_addons: int  # unreadable package.xml
    habit: str  # a HABITS name, or "rig"
    day_chance: float  # of starting FreeCAD on a given day
    created: date
    earlier_sessions: int  # sessions before the simulated days
    rig: str = ""  # "" (a person), "burst" (> 50 sessions a day) or "steady" (age stays 0)
    multi_window: bool = False

    @property
    def crash(self) -> float:
        if self.rig:
            return 0.03
        return self.release.crash + sum(ADDON_CRASH[name] for name in self.addons)

    def age(self, day: date) -> int:
        return 0 if self.rig else (day - self.created).days


@dataclass(frozen=True)
class Session:
    start: datetime
    end: datetime
    crashed: bool
    second_window: bool = False  # begins while another FreeCAD of this install runs


def _pick(rng: random.Random, options: Sequence[Tuple[Any, float]]) -> Any:
    return rng.choices([o for o, _ in options], [w for _, w in options])[0]


def _preferences(rng: random.Random, release: Release) -> Tuple[list, Dict[str, Any]]:
    """The user.cfg values set and every tracked preference as sent."""
    params, sent = [], {}
    for f in fields_of("freecad_preferences"):
        if f.prop not in PREFERENCES:
            continue
        unset, share, choices = PREFERENCES[f.prop]
        sent[f.prop] = unset
        if rng.random() < share:
            raw, sent[f.prop], _w = _pick(rng, [(c, c[2]) for c in choices])
            group, _, key = f.source[len("param:") :].rpartition("/")
            params.append((group, key, f.kind, raw))
    layout = _pick(rng, OVERLAYS) if release.version[0] != "0" else {}
    for side, (widgets, transparent) in layout.items():
        group = "BaseApp/MainWindow/DockWindows/Overlay" + side
        params += [
            (group, "Widgets", "string", widgets),
            (group, "Transparent", "bool", transparent),
        ]
    for panel, name in _PANELS:
        side = next((s for s, (w, _t) in layout.items() if name in w.split(",")), None)
        sent[f"ui_{panel}_overlay"] = side.lower() if side else "none"
        sent[f"ui_{panel}_transparent"] = bool(side and layout[side][1])
    return params, sent


def _addons(rng: random.Random) -> Tuple[Tuple[str, ...], int, int, int]:
    count = 0 if rng.random() < 0.45 else min(1 + int(rng.expovariate(0.45)), 12)
    pool = {name: weight for name, weight, _extra in ADDONS}
    chosen: List[str] = []
    while len(chosen) < count:
        name = _pick(rng, list(pool.items()))
        chosen.append(name)
        del pool[name]
    private = rng.choices((0, 1, 2), (88, 9, 3))[0]
    legacy = 1 if rng.random() < 0.05 else 0
    broken = 1 if rng.random() < 0.01 else 0
    return tuple(sorted(chosen, key=lambda n: (n.casefold(), n))), private, legacy, broken


def _install(index: int, seed: int, first: date, last: date, rig: str, activity: float) -> Install:
    """One install, drawn from its own random stream (seed, index)."""
    rng = random.Random(f"{seed}:{index}")
    habit: Tuple[str, float] = ("rig", 0.0)
    if not rig:
        habit = _pick(rng, [((name, chance), w) for name, w, chance in HABITS])
    older = not rig and rng.random() < OLDER_SHARE
    weights = [(r, r.weight_old if older else r.weight_new) for r in RELEASES]
    release = RELEASES[-1] if rig == "burst" else _pick(rng, weights)
    params, sent = _preferences(rng, release) if not rig else ([], _defaults(release))
    language = _pick(rng, LANGUAGES) if not rig else "English"
    language_set = rng.random() < LANGUAGE_SET_SHARE
    sent["language"] = language
    if language_set:
        params.append(("BaseApp/Preferences/General", "Language", "string", language))
    addons = _addons(rng) if not rig else ((), 0, 0, 0)
    span = (last - first).days
    created = first - timedelta(days=rng.randint(30, 900)) if older else (
        first + timedelta(days=rng.randint(0, span - 1)))  # fmt: skip
    return Install(
        index, str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"{seed}:{index}", release,
        _pick(rng, SYSTEMS), rng.choice(release.runtimes), _pick(rng, SCREENS), language,
        language_set, tuple(params), sent, *addons,
        habit=habit[0], day_chance=habit[1] * activity, created=created,
        earlier_sessions=rng.randint(5, 400) if older else 0, rig=rig,
        multi_window=not rig and rng.random() < MULTI_WINDOW_SHARE,
    )  # fmt: skip


def _defaults(release: Release) -> Dict[str, Any]:
    sent = {prop: unset for prop, (unset, _share, _choices) in PREFERENCES.items()}
    for panel, _name in _PANELS:
        sent[f"ui_{panel}_overlay"], sent[f"ui_{panel}_transparent"] = "none", False
    return sent


def population(
    installs: int, start: date, end: date, seed: int = 14, activity: float = 1.0
) -> List[Install]:
    """`installs` people's installs, first seen up to LEAD_DAYS before `start`, plus
    rigs(installs) scripted test rigs. `activity` scales how often people start FreeCAD."""
    total = installs + rigs(installs)
    return [drawn(i, installs, start, end, seed, activity) for i in range(total)]


def rigs(installs: int) -> int:
    """How many test rigs come with `installs` people's installs (half of them bursts)."""
    return max(3, installs // RIGS_PER_INSTALLS)


def drawn(
    index: int, installs: int, start: date, end: date, seed: int = 14, activity: float = 1.0
) -> Install:
    """The index-th install of population(installs, start, end, seed, activity), alone."""
    if index < installs:
        return _install(index, seed, start - timedelta(days=LEAD_DAYS), end, "", activity)
    rig = "burst" if (index - installs) % 2 == 0 else "steady"
    return _install(index, seed, start, end, rig, activity)


def schedule(install: Install, start: date, end: date) -> List[Session]:
    """The install's sessions from LEAD_DAYS before `start` (test rigs: from `start`) to
    `end`, in order of their start, each within one UTC day."""
    rng = random.Random(install.seed + ":sessions")
    if install.rig:
        return _rig_sessions(install, rng, start, end)
    first = max(install.created, start - timedelta(days=LEAD_DAYS))
    last = end
    if rng.random() < CHURN_SHARE:
        last = first + timedelta(days=rng.randint(1, max(1, (end - first).days)))
    sessions: List[Session] = []
    for offset in range((last - first).days):
        day = first + timedelta(days=offset)
        if day == install.created:  # a new profile's first day: one session
            sessions += _day(install, rng, day, 1, second_window=False)
        elif rng.random() < install.day_chance:
            count = _pick(rng, SESSIONS_A_DAY)
            second = install.multi_window and rng.random() < SECOND_WINDOW_CHANCE
            sessions += _day(install, rng, day, count, second)
    if not sessions and install.habit == "trial":  # an older profile opened once
        day = first + timedelta(days=rng.randrange(max(1, (last - first).days)))
        sessions = _day(install, rng, day, 1, second_window=False)
    return sessions


def _day(
    install: Install, rng: random.Random, day: date, count: int, second_window: bool
) -> List[Session]:
    """`count` sessions one after the other from the morning on (and, with `second_window`,
    another FreeCAD opened while the first runs)."""
    moment = datetime.combine(day, time(7), timezone.utc) + timedelta(minutes=rng.randint(0, 780))
    closing = datetime.combine(day, time(23, 30), timezone.utc)
    sessions: List[Session] = []
    for _ in range(count):
        length = timedelta(minutes=min(300, 10 + int(rng.lognormvariate(3.3, 1.0))))
        if moment + length > closing:
            break
        sessions.append(Session(moment, moment + length, rng.random() < install.crash))
        moment += length + timedelta(minutes=rng.randint(5, 240))
    if second_window and sessions:
        host = sessions[0]
        begin = host.start + (host.end - host.start) / 4
        extra = Session(begin, begin + (host.end - host.start) / 2, rng.random() < install.crash,
                        second_window=True)  # fmt: skip
        sessions.insert(1, extra)
    return sessions


def _rig_sessions(install: Install, rng: random.Random, start: date, end: date) -> List[Session]:
    """A scripted rig: bursts of 60-150 short sessions a day on 1-3 days, or 12-30 a day on
    3-6 days, every one with install_age_days 0."""
    days = rng.randint(1, 3) if install.rig == "burst" else rng.randint(3, 6)
    per_day = (60, 150) if install.rig == "burst" else (12, 30)
    first = start + timedelta(days=rng.randint(0, (end - start).days - days))
    sessions: List[Session] = []
    for offset in range(days):
        moment = datetime.combine(first + timedelta(days=offset), time(1), timezone.utc)
        for _ in range(rng.randint(*per_day)):
            length = timedelta(seconds=rng.randint(20, 90))
            sessions.append(Session(moment, moment + length, rng.random() < install.crash))
            moment += length + timedelta(seconds=rng.randint(5, 30))
    return sessions


def snapshot_properties(install: Install) -> Dict[str, Dict[str, Any]]:
    """The snapshot events' own properties as the add-on must send them for this install."""
    major, minor, patch, build = install.release.version[:4]
    family, release, machine = install.system
    _width, _height, ratio, width_class = install.screen
    unlisted = install.private_addons + install.legacy_addons
    return {
        "freecad_version": {
            "version_major": major, "version_minor": minor, "version_patch": patch,
            "version_build": build.split(" ")[0], "version_suffix": install.release.suffix,
        },
        "freecad_system_info": {
            "system": family, "system_release": release, "machine": machine,
            "python_version": install.runtime[0], "qt_version": install.runtime[1],
            "screen_class": width_class, "screen_dpi": round(ratio * 4) / 4,
        },
        "freecad_preferences": dict(install.preferences),
        "freecad_addon_list": {
            "mods": list(install.addons),
            "total_mods": len(install.addons) + unlisted + install.broken_addons,
            "unlisted_mods": unlisted, "unreadable_mods": install.broken_addons,
        },
    }  # fmt: skip

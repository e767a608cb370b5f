"""The add-on inside a real FreeCAD (0.20.2 and 1.1): it loads cleanly, hides its modules, and
what its preview reports from the live FreeCAD is what the field table promises."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from freecad_runner import error_lines

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "data" / "addons"

PREVIEW = """
import io, json
from freecad_telemetry.cli.main import main
buffer = io.StringIO()
code = main(["preview", "--json"], stdout=buffer)
result = {"code": code, "preview": json.loads(buffer.getvalue())}
"""

# A distinctive, realistic value for every tracked preference, and what the preview must say.
# (group, key, user.cfg type, value, property, expected)
DOCK_WINDOWS = "BaseApp/MainWindow/DockWindows"
SEEDS = [
    ("BaseApp/Preferences/General", "Language", "Text", "Czech", "language", "Czech"),
    ("BaseApp/Preferences/MainWindow", "Theme", "Text", "seed-theme", "theme", "seed-theme"),
    (
        "BaseApp/Preferences/MainWindow",
        "StyleSheet",
        "Text",
        "/home/canary-user/styles/seed-style.qss",
        "stylesheet",
        "seed-style.qss",
    ),
    (
        "BaseApp/Preferences/MainWindow",
        "OverlayActiveStyleSheet",
        "Text",
        "seed-overlay.qss",
        "overlay_stylesheet",
        "seed-overlay.qss",
    ),
    ("BaseApp/Preferences/Units", "UserSchema", "Int", 3, "default_unit_schema", "3"),
    (
        "BaseApp/Preferences/Mod/Sketcher/dimensioning",
        "SingleDimensioningTool",
        "Bool",
        False,
        "sketcher_dimension_single_tool",
        False,
    ),
    (
        "BaseApp/Preferences/Mod/Sketcher/dimensioning",
        "SeparatedDimensioningTools",
        "Bool",
        True,
        "sketcher_dimension_separate_tools",
        True,
    ),
    (
        "BaseApp/Preferences/Mod/Sketcher/Constraints",
        "UnifiedCoincident",
        "Bool",
        False,
        "sketcher_constraint_unified_coincident",
        False,
    ),
    (
        "BaseApp/Preferences/Mod/Sketcher/Constraints",
        "AutoHorVer",
        "Bool",
        False,
        "sketcher_constraint_auto_hor_ver",
        False,
    ),
    (
        "BaseApp/Preferences/Mod/Sketcher/Tools",
        "OnViewParameterVisibility",
        "Int",
        3,
        "sketcher_on_view_parameters",
        "3",
    ),
    (
        "BaseApp/Preferences/Workbenches",
        "Ordered",
        "Text",
        "SketcherWorkbench,PartWorkbench",
        "workbench_enabled_list",
        ["SketcherWorkbench", "PartWorkbench"],
    ),
    (
        "BaseApp/Preferences/Workbenches",
        "Disabled",
        "Text",
        "TestWorkbench,InspectionWorkbench",
        "workbench_disabled_list",
        ["TestWorkbench", "InspectionWorkbench"],
    ),
    (
        "BaseApp/Preferences/General",
        "AutoloadModule",
        "Text",
        "PartWorkbench",  # FreeCAD 1.1 has no StartWorkbench and replaces it at start
        "workbench_default",
        "PartWorkbench",
    ),
    (
        "BaseApp/Preferences/Workbenches",
        "WorkbenchSelectorType",
        "Int",
        1,
        "ui_workbench_selector",
        "1",
    ),
    (
        "BaseApp/Preferences/View",
        "NavigationStyle",
        "Text",
        "Gui::BlenderNavigationStyle",
        "navigation_style",
        "Gui::BlenderNavigationStyle",
    ),
    ("BaseApp/Preferences/View", "OrbitStyle", "Int", 0, "navigation_orbit_style", 0),
    ("BaseApp/Preferences/View", "RotationStyle", "Int", 2, "navigation_rotation_style", 2),
    ("BaseApp/Preferences/General", "ToolbarIconSize", "Int", 32, "ui_toolbar_icon_size", 32),
    ("BaseApp/MainWindow/DockWindows", "Std_TaskView", "Bool", True, "ui_task_view_enabled", True),
    (
        "BaseApp/MainWindow/DockWindows",
        "Std_TreeView",
        "Bool",
        False,
        "ui_tree_view_enabled",
        False,
    ),
    (
        "BaseApp/MainWindow/DockWindows",
        "Std_PropertyView",
        "Bool",
        False,
        "ui_property_view_enabled",
        False,
    ),
    (
        "BaseApp/MainWindow/DockWindows",
        "Std_PythonView",
        "Bool",
        True,
        "ui_python_console_enabled",
        True,
    ),
    (
        "BaseApp/MainWindow/DockWindows",
        "Std_ReportView",
        "Bool",
        True,
        "ui_report_view_enabled",
        True,
    ),
    (
        "BaseApp/MainWindow/DockWindows/OverlayRight",
        "Widgets",
        "Text",
        "Tasks,Report view",
        "ui_task_view_overlay",
        "right",
    ),
    (
        "BaseApp/MainWindow/DockWindows/OverlayRight",
        "Transparent",
        "Bool",
        True,
        "ui_report_view_transparent",
        True,
    ),
]


def seed(profile) -> None:
    groups: dict = {}
    for group, key, kind, value, _prop, _expected in SEEDS:
        groups.setdefault(group, {})[key] = (kind, value)
    profile.seed_params(groups)


def events_by_name(preview):
    return {e["event"]: e["properties"] for e in preview["events"]}


def our_module_names() -> list:
    package = REPO / "freecad_telemetry"
    names = {p.stem for p in package.rglob("*.py") if p.stem not in ("__init__", "__main__")}
    names |= {p.name for p in package.rglob("*") if p.is_dir() and p.name != "__pycache__"}
    return sorted(names)


def test_addon_loads_without_a_report_view_line_and_exposes_only_its_package(
    start_freecad, profile
):
    session = start_freecad(profile)
    found = session.run(
        "import importlib.util, json\n"
        f"names = {our_module_names()!r}\n"
        "specs = {n: importlib.util.find_spec(n) for n in names}\n"
        "import freecad_telemetry\n"
        "result = {'package': freecad_telemetry.__file__,\n"
        "          'leaks': {n: s.origin for n, s in specs.items() if s is not None\n"
        "                    and 'Telemetry' in str(s.origin or s.submodule_search_locations)}}\n"
    )
    # FreeCAD puts both Mod/Telemetry and Mod/Telemetry/. (the <subdirectory>) on sys.path.
    assert "/Mod/Telemetry/freecad_telemetry/" in os.path.normpath(found["package"]) + "/"
    assert found["leaks"] == {}  # no bare `outbox`, `fields`, `ui`... for the whole process
    assert error_lines(session.report_view()) == []
    assert error_lines(session.stderr_text()) == []
    session.quit()
    assert session.exit_code == 0


WORKER_LOG = """
import threading
import FreeCAD
from freecad_telemetry.host.freecad_host import FreeCADHost
host = FreeCAD.fct_telemetry_host = FreeCADHost()  # kept, as startup.py keeps its host
worker = threading.Thread(target=host.log, args=("a line from a worker thread",))
worker.start()
worker.join()
result = True
"""


def test_a_line_logged_from_a_worker_thread_reaches_freecads_log(start_freecad, profile):
    """The launch thread's one line (e.g. an unusable state folder) is printed by the GUI
    thread, where FreeCAD's console observers expect it, without a crash."""
    profile.seed_params({"BaseApp/Preferences/OutputWindow": {"checkLogging": ("Bool", True)}})
    session = start_freecad(profile)
    session.run(WORKER_LOG)
    deadline = time.monotonic() + 10
    while "a line from a worker thread" not in session.report_view():
        assert time.monotonic() < deadline, session.report_view()[-500:]
        time.sleep(0.1)
    session.quit()
    assert session.exit_code == 0


def test_preview_in_freecad_reports_every_seeded_preference_as_the_table_promises(
    start_freecad, profile, freecad_install
):
    seed(profile)
    session = start_freecad(profile)
    outcome = session.run(PREVIEW)
    # FreeCAD shows or hides some panels at start and writes their DockWindows flags itself
    # (0.20.2: Std_ReportView; 1.1 also Std_TaskView): the preview must report what FreeCAD
    # holds, not what user.cfg held before.
    docks = [key for group, key, *_ in SEEDS if group == DOCK_WINDOWS]
    live_docks = session.run(
        "import FreeCAD\n"
        f"group = FreeCAD.ParamGet('User parameter:{DOCK_WINDOWS}')\n"
        f"result = {{key: group.GetBool(key) for key in {docks!r}}}"
    )
    session.quit()
    assert outcome["code"] == 0
    events = events_by_name(outcome["preview"])
    prefs = events["freecad_preferences"]
    for group, key, _kind, _value, prop, expected in SEEDS:
        if group == DOCK_WINDOWS:
            expected = live_docks[key]
        assert prefs[prop] == expected, prop
    version = events["freecad_version"]
    release = (version["version_major"], version["version_minor"], version["version_patch"])
    assert release == tuple(str(n) for n in freecad_install.version)
    assert version["release_channel"] == "release"
    system = events["freecad_system_info"]
    qt6 = freecad_install.version >= (1, 1)
    assert system["qt_version"].startswith("6." if qt6 else "5.15")
    assert system["python_version"].startswith("3.")
    # Xvfb's 1920x1080 at 96 dpi: Qt 5 reports a pixel ratio of 1.041, i.e. 1844 logical
    # pixels; Qt 6 a ratio of 1, i.e. 1920.
    assert system["screen_class"] == ("1920-2559" if qt6 else "1366-1919")
    assert system["screen_dpi"] == 1.0
    assert outcome["preview"]["known_only_inside_freecad"] == []
    assert "canary-user" not in json.dumps(outcome["preview"])


def test_a_malformed_neighbouring_package_xml_changes_nothing_but_a_counter(start_freecad, profile):
    # FreeCAD 0.20.2 itself refuses to start with a malformed package.xml in Mod/, so the
    # broken neighbour arrives while FreeCAD runs (as when an add-on updates to a bad commit).
    profile.add_mod_folder(
        "Gears",
        {
            "package.xml": (
                '<package format="1" xmlns="https://wiki.freecad.org/Package_Metadata">'
                '<name>Gears</name><url type="repository">https://github.com/looooo/freecad.gears</url>'
                "</package>"
            )
        },
    )
    session = start_freecad(profile)
    before = events_by_name(session.run(PREVIEW)["preview"])
    broken = profile.mod_dir / "Broken"
    broken.mkdir()
    (broken / "package.xml").write_text("<<<<<<< HEAD\n<package><name>Broken</name>\n")
    (profile.mod_dir.joinpath(b"caf\xe9-latin1".decode("utf-8", "surrogateescape"))).mkdir()
    after = events_by_name(session.run(PREVIEW)["preview"])
    report = session.report_view()
    session.quit()
    assert (
        after["freecad_addon_list"]["unreadable_mods"]
        == before["freecad_addon_list"]["unreadable_mods"] + 1
    )
    assert (
        after["freecad_addon_list"]["total_mods"] == before["freecad_addon_list"]["total_mods"] + 2
    )
    assert after["freecad_addon_list"]["mods"] == before["freecad_addon_list"]["mods"]
    assert "Gears" in after["freecad_addon_list"]["mods"]
    for name in before:
        if name != "freecad_addon_list":
            assert after[name] == before[name], name
    assert error_lines(report) == []


def test_odd_but_well_formed_real_package_files_do_not_disturb_start_up(start_freecad, profile):
    # The corpus files FreeCAD 0.20.2 still starts with: no <name>, a 10 KB name, a
    # macro-only add-on with a non-standard content type.
    picks = [
        "historical/DeepSOIC__Lattice2__bcc49fc",
        "historical/spanner888__CamScripts__23e3cdc",
        "synthetic/huge-name-10kb",
    ]
    sources = [CORPUS / pick / "package.xml" for pick in picks]
    if not all(source.is_file() for source in sources):
        pytest.skip(f"add-on corpus not found at {CORPUS} (shared/ must sit beside the repository)")
    for pick, source in zip(picks, sources):
        profile.add_mod_folder(pick.split("/")[-1], {"package.xml": source.read_bytes()})
    session = start_freecad(profile)
    addons = events_by_name(session.run(PREVIEW)["preview"])["freecad_addon_list"]
    report = session.report_view()
    session.quit()
    assert addons["total_mods"] >= 2
    assert all(len(name) <= 64 for name in addons["mods"])
    assert error_lines(report) == []
    assert session.exit_code == 0


def test_freecads_own_parser_reads_our_package_xml(start_freecad, profile):
    session = start_freecad(profile)
    meta = session.run(
        "import FreeCAD\n"
        f"m = FreeCAD.Metadata({str(profile.mod_dir / 'Telemetry' / 'package.xml')!r})\n"
        "wb = m.Content['workbench'][0]\n"
        "result = {'name': m.Name, 'version': m.Version, 'supported': m.supportsCurrentFreeCAD(),\n"
        "          'subdirectory': wb.Subdirectory, 'classname': wb.Classname,\n"
        "          'depends': [d['package'] for d in m.Depend], 'icon': m.Icon}"
    )
    session.quit()
    from freecad_telemetry import __version__

    assert meta == {
        "name": "Telemetry",
        "version": __version__,
        "supported": True,
        "subdirectory": "./",
        "classname": "",
        "depends": ["posthog"],
        "icon": "freecad_telemetry/Resources/icons/telemetry.svg",
    }

"""What may leave the machine: every event, every property, its category and where it comes from.

This table is at once the allow-list enforced when sending, the preview's labels, the
README's list of collected data and the tests' source of truth. A property that is not
here is never sent. Event and property names follow the reference add-on (FreeCAD's
PostHog queries use them) wherever the meaning is the same.

``source`` says where a value comes from:
  ``param:<group>/<key>``  a FreeCAD parameter (read with ``kind`` and ``default``)
  ``overlay:<panel>``      derived from the overlay parameter groups (FreeCAD 1.x)
  ``fact``                 computed by the event's collector (see collect/)
Pure data; importing it is cheap.
"""

from __future__ import annotations

from typing import Any, FrozenSet, Tuple

from freecad_telemetry.field_table import COMMON as COMMON
from freecad_telemetry.field_table import NOTHING as NOTHING
from freecad_telemetry.field_table import Category, EventSpec, Field, FieldTable
from freecad_telemetry.field_table import Grant as Grant
from freecad_telemetry.translatable import QT_TRANSLATE_NOOP

# Bump when a field or category is added: users who granted an older table are asked
# about the difference (re-consent), and only what they granted is sent meanwhile.
SCHEMA_VERSION = 1

CATEGORIES: Tuple[Category, ...] = (
    Category(
        "usage",
        QT_TRANSLATE_NOOP("Telemetry", "Basic usage"),
        QT_TRANSLATE_NOOP(
            "Telemetry",
            "that FreeCAD started and stopped (and whether it stopped cleanly), how long a "
            "session lasted, the versions of FreeCAD and of this add-on",
        ),
    ),
    Category(
        "system",
        QT_TRANSLATE_NOOP("Telemetry", "System information"),
        QT_TRANSLATE_NOOP(
            "Telemetry",
            "operating system family and major release, processor architecture, Python and Qt "
            "versions, screen size class and pixel ratio",
        ),
    ),
    Category(
        "preferences",
        QT_TRANSLATE_NOOP("Telemetry", "Preferences"),
        QT_TRANSLATE_NOOP(
            "Telemetry",
            "a fixed list of FreeCAD settings: language, theme, units, navigation style, "
            "workbench choices, panel layout and a few Sketcher options",
        ),
    ),
    Category(
        "addons",
        QT_TRANSLATE_NOOP("Telemetry", "Installed add-ons"),
        QT_TRANSLATE_NOOP(
            "Telemetry",
            "the names of installed add-ons published in a public repository, and counts of "
            "the others",
        ),
    ),
)
CATEGORY_NAMES: Tuple[str, ...] = tuple(c.name for c in CATEGORIES)


SNAPSHOT_DAYS = 7
_SNAPSHOT_WHEN = QT_TRANSLATE_NOOP(
    "Telemetry", "a start when it changed since it was last sent, or a week has passed"
)

EVENTS: Tuple[EventSpec, ...] = (
    EventSpec(
        "freecad_startup", "usage", QT_TRANSLATE_NOOP("Telemetry", "each start of the FreeCAD GUI")
    ),
    EventSpec("freecad_version", "usage", _SNAPSHOT_WHEN, snapshot=True),
    EventSpec("freecad_system_info", "system", _SNAPSHOT_WHEN, snapshot=True),
    EventSpec("freecad_preferences", "preferences", _SNAPSHOT_WHEN, snapshot=True),
    EventSpec("freecad_addon_list", "addons", _SNAPSHOT_WHEN, snapshot=True),
    EventSpec("freecad_shutdown", "usage", QT_TRANSLATE_NOOP("Telemetry", "a clean quit")),
    EventSpec(
        "freecad_unclean_shutdown",
        "usage",
        QT_TRANSLATE_NOOP(
            "Telemetry",
            "the start after a session that ended without a clean quit (crash, kill, power loss)",
        ),
    ),
)
EVENT_NAMES: Tuple[str, ...] = tuple(e.name for e in EVENTS)


# FreeCAD's own workbenches, as FreeCADGui.listWorkbenches() names them in 0.20.2 and 1.1.3:
# the only workbench names sent. An add-on's workbench goes out as OTHER_WORKBENCH, so that a
# private add-on is never named through the workbench preferences.
BUILTIN_WORKBENCHES = frozenset(
    {
        "ArchWorkbench", "AssemblyWorkbench", "BIMWorkbench", "CAMWorkbench", "DraftWorkbench",
        "DrawingWorkbench", "FemWorkbench", "ImageWorkbench", "InspectionWorkbench",
        "MaterialWorkbench", "MeshWorkbench", "NoneWorkbench", "OpenSCADWorkbench",
        "PartDesignWorkbench", "PartWorkbench", "PathWorkbench", "PointsWorkbench",
        "RaytracingWorkbench", "ReverseEngineeringWorkbench", "RobotWorkbench",
        "SketcherWorkbench", "SpreadsheetWorkbench", "StartWorkbench", "SurfaceWorkbench",
        "TechDrawWorkbench", "TestWorkbench", "WebWorkbench",
    }
)  # fmt: skip
OTHER_WORKBENCH = "other"
WORKBENCH_VALUES = BUILTIN_WORKBENCHES | {OTHER_WORKBENCH, ""}


def _pref(
    prop: str,
    path: str,
    kind: str,
    default: Any,
    meaning: str,
    example: Any,
    transform: str = "none",
    values: FrozenSet[str] = frozenset(),
) -> Field:
    return Field(
        "freecad_preferences",
        prop,
        "param:" + path,
        meaning,
        example,
        kind,
        default,
        transform,
        values=values,
    )


_DOCK = "BaseApp/MainWindow/DockWindows/"
_PANELS = (  # property prefix, dock widget name (DockWindows key), overlay name (reference's)
    ("ui_task_view", "Std_TaskView", "Tasks"),
    ("ui_tree_view", "Std_TreeView", "Tree view"),
    ("ui_property_view", "Std_PropertyView", "Property view"),
    ("ui_python_console", "Std_PythonView", "Python console"),
    ("ui_report_view", "Std_ReportView", "Report view"),
)

FIELDS: Tuple[Field, ...] = (
    Field(COMMON, "addon_version", "fact", "version of this add-on", "0.1.0"),
    Field(COMMON, "schema_version", "fact", "version of this field table", 1, "int"),
    Field(
        COMMON,
        "session_sequence",
        "fact",
        "this install's session number (1, 2, 3...): tells real use from scripted restarts",
        12,
        "int",
    ),
    Field(
        COMMON, "install_age_days", "fact", "days since this install first sent anything", 30, "int"
    ),
    Field(
        COMMON,
        "release_channel",
        "fact",
        "FreeCAD release channel: release, rc or dev, from the full version",
        "release",
    ),
    Field("freecad_version", "version_major", "fact", "FreeCAD major version", "1"),
    Field("freecad_version", "version_minor", "fact", "FreeCAD minor version", "0"),
    Field("freecad_version", "version_patch", "fact", "FreeCAD patch version", "2"),
    Field(
        "freecad_version",
        "version_build",
        "fact",
        "build (revision) number where the build records one, else empty",
        "38495",
    ),
    Field(
        "freecad_version",
        "version_suffix",
        "fact",
        "version suffix such as dev or RC1 where FreeCAD exposes it, else empty",
        "",
    ),
    Field("freecad_system_info", "system", "fact", "operating system family", "Linux"),
    Field(
        "freecad_system_info",
        "system_release",
        "fact",
        "operating system major release (Windows 11, macOS 14, Linux distribution and its "
        "major version); never the kernel build string",
        "debian 12",
    ),
    Field("freecad_system_info", "machine", "fact", "processor architecture", "x86_64"),
    Field("freecad_system_info", "python_version", "fact", "FreeCAD's Python version", "3.11.2"),
    Field("freecad_system_info", "qt_version", "fact", "FreeCAD's Qt version", "5.15.8"),
    Field(
        "freecad_system_info",
        "screen_class",
        "fact",
        "screen width class: <1366, 1366-1919, 1920-2559, 2560-3839 or >=3840 (logical pixels)",
        "1920-2559",
    ),
    Field(
        "freecad_system_info",
        "screen_dpi",
        "fact",
        "device pixel ratio, rounded to a quarter",
        1.0,
        "float",
    ),
    _pref(
        "language",
        "BaseApp/Preferences/General/Language",
        "string",
        "",
        "interface language (the system locale when not set)",
        "English",
        "or_locale",
    ),
    _pref(
        "theme",
        "BaseApp/Preferences/MainWindow/Theme",
        "string",
        "unset",
        "theme name",
        "FreeCAD Dark",
    ),
    _pref(
        "stylesheet",
        "BaseApp/Preferences/MainWindow/StyleSheet",
        "string",
        "unset",
        "style sheet file name (never its folder)",
        "FreeCAD Dark.qss",
        "file_name",
    ),
    _pref(
        "overlay_stylesheet",
        "BaseApp/Preferences/MainWindow/OverlayActiveStyleSheet",
        "string",
        "unset",
        "overlay style sheet file name (never its folder)",
        "overlay.qss",
        "file_name",
    ),
    _pref(
        "default_unit_schema",
        "BaseApp/Preferences/Units/UserSchema",
        "int",
        0,
        "unit system number",
        "0",
        "text",
    ),
    _pref(
        "sketcher_dimension_single_tool",
        "BaseApp/Preferences/Mod/Sketcher/dimensioning/SingleDimensioningTool",
        "bool",
        True,
        "Sketcher offers the single dimensioning tool",
        True,
    ),
    _pref(
        "sketcher_dimension_separate_tools",
        "BaseApp/Preferences/Mod/Sketcher/dimensioning/SeparatedDimensioningTools",
        "bool",
        False,
        "Sketcher offers the separate dimensioning tools",
        False,
    ),
    _pref(
        "sketcher_constraint_unified_coincident",
        "BaseApp/Preferences/Mod/Sketcher/Constraints/UnifiedCoincident",
        "bool",
        True,
        "Sketcher unified coincident/point-on-object constraint",
        True,
    ),
    _pref(
        "sketcher_constraint_auto_hor_ver",
        "BaseApp/Preferences/Mod/Sketcher/Constraints/AutoHorVer",
        "bool",
        True,
        "Sketcher automatic horizontal/vertical constraint",
        True,
    ),
    _pref(
        "sketcher_on_view_parameters",
        "BaseApp/Preferences/Mod/Sketcher/Tools/OnViewParameterVisibility",
        "int",
        1,
        "Sketcher on-view parameter visibility mode",
        "1",
        "text",
    ),
    _pref(
        "workbench_enabled_list",
        "BaseApp/Preferences/Workbenches/Ordered",
        "string",
        "",
        "enabled workbenches, in the user's order (an add-on's as \"other\")",
        ["PartDesignWorkbench", "other"],
        "workbench_list",
        WORKBENCH_VALUES,
    ),
    _pref(
        "workbench_disabled_list",
        "BaseApp/Preferences/Workbenches/Disabled",
        "string",
        "",
        'disabled workbenches (an add-on\'s as "other")',
        ["TestWorkbench"],
        "workbench_list",
        WORKBENCH_VALUES,
    ),
    _pref(
        "workbench_default",
        "BaseApp/Preferences/General/AutoloadModule",
        "string",
        "",
        'workbench loaded at start (an add-on\'s as "other")',
        "PartDesignWorkbench",
        "workbench",
        WORKBENCH_VALUES,
    ),
    _pref(
        "ui_workbench_selector",
        "BaseApp/Preferences/Workbenches/WorkbenchSelectorType",
        "int",
        0,
        "workbench selector style",
        "0",
        "text",
    ),
    _pref(
        "navigation_style",
        "BaseApp/Preferences/View/NavigationStyle",
        "string",
        "Gui::CADNavigationStyle",
        "3D navigation style",
        "Gui::CADNavigationStyle",
    ),
    _pref(
        "navigation_orbit_style",
        "BaseApp/Preferences/View/OrbitStyle",
        "int",
        1,
        "orbit style number",
        1,
    ),
    _pref(
        "navigation_rotation_style",
        "BaseApp/Preferences/View/RotationStyle",
        "int",
        1,
        "rotation mode number",
        1,
    ),
    _pref(
        "ui_toolbar_icon_size",
        "BaseApp/Preferences/General/ToolbarIconSize",
        "int",
        24,
        "toolbar icon size in pixels",
        24,
    ),
    *(
        _pref(
            f"{prefix}_enabled",
            _DOCK + dock,
            "bool",
            dock in ("Std_TreeView", "Std_PropertyView"),
            f"{overlay} panel shown",
            True,
        )
        for prefix, dock, overlay in _PANELS
    ),
    *(
        Field(
            "freecad_preferences",
            f"{prefix}_overlay",
            "overlay:" + overlay,
            f"{overlay} panel overlay side (left, right, top, bottom) or none",
            "none",
        )
        for prefix, _dock, overlay in _PANELS
    ),
    *(
        Field(
            "freecad_preferences",
            f"{prefix}_transparent",
            "overlay:" + overlay,
            f"{overlay} overlay is transparent (false when not an overlay)",
            False,
            "bool",
        )
        for prefix, _dock, overlay in _PANELS
    ),
    Field(
        "freecad_shutdown",
        "session_seconds",
        "fact",
        "length of the session in seconds",
        3600,
        "int",
    ),
    Field(
        "freecad_unclean_shutdown",
        "session_seconds",
        "fact",
        "length of the unclean session up to its last sign of life, in seconds",
        1800,
        "int",
    ),
    Field(
        "freecad_unclean_shutdown",
        "previous_freecad_version",
        "fact",
        "FreeCAD version of the session that ended uncleanly",
        "1.0.2",
    ),
    Field(
        "freecad_unclean_shutdown",
        "previous_addon_version",
        "fact",
        "add-on version in the session that ended uncleanly",
        "0.1.0",
    ),
    Field(
        "freecad_unclean_shutdown",
        "previous_session_sequence",
        "fact",
        "session number of the session that ended uncleanly",
        11,
        "int",
    ),
    Field(
        "freecad_addon_list",
        "mods",
        "fact",
        "names of installed add-ons whose package.xml names a public repository",
        ["Gears", "Fasteners"],
        "list",
    ),
    Field("freecad_addon_list", "total_mods", "fact", "number of installed add-ons", 5, "int"),
    Field(
        "freecad_addon_list",
        "unlisted_mods",
        "fact",
        "add-ons not named: no public repository (private or local) or no package.xml",
        2,
        "int",
    ),
    Field(
        "freecad_addon_list",
        "unreadable_mods",
        "fact",
        "add-ons whose package.xml could not be read",
        0,
        "int",
    ),
)

# The table as one value, passed to what decides what may be sent (consent, drafts, the send
# filter); a test builds a newer one with TABLE.updated(...) instead of patching this module.
TABLE = FieldTable(SCHEMA_VERSION, CATEGORIES, EVENTS, FIELDS)
fields_of = TABLE.fields_of
event_spec = TABLE.event_spec
allowed_values = TABLE.allowed_values
allowed_properties = TABLE.allowed_properties
event_allowed = TABLE.event_allowed
keep_allowed = TABLE.keep_allowed

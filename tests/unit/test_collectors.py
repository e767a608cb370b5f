"""Collectors turn host facts into properties exactly as the field table promises."""

from pathlib import Path

import pytest

from freecad_telemetry.collect import freecad_version, preferences, system_info
from freecad_telemetry.fields import fields_of
from freecad_telemetry.host import Screen
from freecad_telemetry.host.memory_host import MemoryHost

DOCK = "BaseApp/MainWindow/DockWindows"


@pytest.mark.parametrize(
    ("version", "suffix", "expected"),
    [
        (["0", "20", "2", "", "https://x", "2022/10/01"], "", ("0", "20", "2", "", "release")),
        (
            ["1", "0", "2", "39319 (Git)", "u", "d", "releases/FreeCAD-1-0", "abc"],
            "",
            ("1", "0", "2", "39319", "release"),
        ),
        (
            ["1", "1", "0", "41000 (Git)", "u", "d", "main", "abc"],
            "",
            ("1", "1", "0", "41000", "dev"),
        ),
        (["1", "1", "0", "41000", "u", "d"], "RC2", ("1", "1", "0", "41000", "rc")),
        (["1", "1", "0", "", "u", "d"], "dev", ("1", "1", "0", "", "dev")),
        (["1", "2"], "", ("1", "2", "", "", "release")),  # short tuples must not break
    ],
)
def test_version_and_release_channel(version, suffix, expected):
    host = MemoryHost(version=version, config={"BuildVersionSuffix": suffix})
    props = freecad_version.collect(host)
    assert (
        props["version_major"],
        props["version_minor"],
        props["version_patch"],
        props["version_build"],
        freecad_version.channel_of(host),
    ) == expected


def test_version_is_unknown_outside_freecad():
    assert freecad_version.collect(MemoryHost(version=None)) is None


@pytest.mark.parametrize(
    ("width", "cls"),
    [
        (1024, "<1366"),
        (1366, "1366-1919"),
        (1920, "1920-2559"),
        (2560, "2560-3839"),
        (3840, ">=3840"),
        (7680, ">=3840"),
    ],
)
def test_screen_sizes_are_coarse_classes(width, cls):
    props = system_info.collect(MemoryHost(screen=Screen(width, 900, 1.0416)))
    assert props["screen_class"] == cls
    assert props["screen_dpi"] == 1.0


def test_linux_release_is_distribution_and_major_version_only(tmp_path: Path):
    os_release = tmp_path / "os-release"
    os_release.write_text('NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="24.04"\nPRETTY_NAME="x"\n')
    assert system_info.os_release("Linux", os_release) == "ubuntu 24"
    assert system_info.os_release("Linux", tmp_path / "missing") == "unknown"


def test_system_info_never_sends_the_kernel_build_string():
    import platform

    props = system_info.collect(MemoryHost())
    assert platform.version() not in [str(v) for v in props.values()]


def _seeded_host() -> MemoryHost:
    host = MemoryHost(locale="Klingon")
    for field in preferences.param_sources():
        group, key = preferences.split_param_source(field.source)
        value = {
            "bool": not field.default,
            "int": 4242,
            "unsigned": 4242,
            "float": 4.5,
            "string": f"seed-{field.prop}",
        }[field.kind]
        host.set_param(group, key, field.kind, value)
    return host


WORKBENCHES = "BaseApp/Preferences/Workbenches"


def test_every_tracked_preference_reads_its_own_key():
    host = _seeded_host()
    props = preferences.collect(host)
    for field in preferences.param_sources():
        if field.kind == "bool":
            assert props[field.prop] is (not field.default), field.prop
        elif field.kind == "int":
            assert props[field.prop] in (4242, "4242"), field.prop
        elif field.transform == "csv_list":
            assert props[field.prop] == [f"seed-{field.prop}"]
        elif field.transform == "workbench_list":  # not one of FreeCAD's own: an add-on's
            assert props[field.prop] == ["other"], field.prop
        elif field.transform == "workbench":
            assert props[field.prop] == "other", field.prop
        else:
            assert props[field.prop] == f"seed-{field.prop}", field.prop


def test_an_addons_workbench_is_sent_as_other_freecads_own_by_name():
    # A private add-on's workbench class name would name the add-on (issue: private add-ons).
    host = MemoryHost()
    host.set_param(WORKBENCHES, "Ordered", "string", "PartWorkbench, AcmeInHouseWorkbench,Sketcher")
    host.set_param(WORKBENCHES, "Disabled", "string", "TestWorkbench,JürgensToolsWorkbench")
    host.set_param(
        "BaseApp/Preferences/General", "AutoloadModule", "string", "AcmeInHouseWorkbench"
    )
    props = preferences.collect(host)
    assert props["workbench_enabled_list"] == ["PartWorkbench", "other", "other"]
    assert props["workbench_disabled_list"] == ["TestWorkbench", "other"]
    assert props["workbench_default"] == "other"


def test_the_five_panel_flags_are_independent():
    # The reference read one group key for all five, so they always agreed.
    host = MemoryHost()
    host.set_param(DOCK, "Std_ReportView", "bool", True)
    host.set_param(DOCK, "Std_TreeView", "bool", False)
    props = preferences.collect(host)
    assert props["ui_report_view_enabled"] is True
    assert props["ui_tree_view_enabled"] is False
    assert props["ui_task_view_enabled"] is False


def test_overlay_side_and_transparency_come_from_the_overlay_groups():
    host = MemoryHost()
    host.set_param(DOCK + "/OverlayRight", "Widgets", "string", "Tasks,Report view")
    host.set_param(DOCK + "/OverlayRight", "Transparent", "bool", True)
    props = preferences.collect(host)
    assert props["ui_task_view_overlay"] == "right"
    assert props["ui_task_view_transparent"] is True
    assert props["ui_tree_view_overlay"] == "none"


def test_style_sheets_are_sent_without_their_folder():
    host = MemoryHost()
    host.set_param(
        "BaseApp/Preferences/MainWindow",
        "StyleSheet",
        "string",
        "/home/alice/.local/share/FreeCAD/Gui/Stylesheets/Mine.qss",
    )
    host.set_param(
        "BaseApp/Preferences/MainWindow",
        "OverlayActiveStyleSheet",
        "string",
        "C:\\Users\\alice\\overlay.qss",
    )
    props = preferences.collect(host)
    assert props["stylesheet"] == "Mine.qss"
    assert props["overlay_stylesheet"] == "overlay.qss"


def test_language_falls_back_to_freecads_locale_and_workbench_lists_drop_blanks():
    props = preferences.collect(MemoryHost(locale="Deutsch"))
    assert props["language"] == "Deutsch"
    assert props["workbench_enabled_list"] == []  # the reference sent [""]


def test_preferences_collector_covers_every_preference_field():
    assert set(preferences.collect(MemoryHost())) == {
        f.prop for f in fields_of("freecad_preferences")
    }

"""`python -m freecad_telemetry preview`: what a user runs to see what would be sent."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from freecad_telemetry.cli.main import main
from freecad_telemetry.host.user_cfg import ParameterTree

REPO = Path(__file__).resolve().parents[2]
GROUP = "BaseApp/Preferences/Mod/Telemetry"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh HOME in which FreeCAD's XDG layout lives (what Linux users of 0.20+ have)."""
    home = tmp_path / "home"
    (home / ".config" / "FreeCAD").mkdir(parents=True)
    (home / ".local" / "share" / "FreeCAD" / "Mod").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "FREECAD_USER_HOME"):
        monkeypatch.delenv(name, raising=False)
    return home


def _write_cfg(home: Path, values) -> Path:
    tree = ParameterTree()
    for (group, key, kind), value in values.items():
        tree.set(group, key, kind, value)
    path = home / ".config" / "FreeCAD" / "user.cfg"
    tree.save(path)
    return path


def _run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_undecided_profile_previews_every_category_and_says_nothing_is_sent(home, capsys):
    _write_cfg(
        home,
        {("BaseApp/Preferences/View", "NavigationStyle", "string"): "Gui::BlenderNavigationStyle"},
    )
    code, out, _ = _run(["preview", "--json"], capsys)
    preview = json.loads(out)
    assert code == 0
    assert "nothing is sent until you choose Share" in preview["note"]
    names = [e["event"] for e in preview["events"]]
    assert names == [
        "freecad_startup",
        "freecad_system_info",
        "freecad_preferences",
        "freecad_addon_list",
    ]
    prefs = next(e for e in preview["events"] if e["event"] == "freecad_preferences")
    assert prefs["properties"]["navigation_style"] == "Gui::BlenderNavigationStyle"
    assert "freecad_version.version_major" in preview["known_only_inside_freecad"]


def test_granted_categories_limit_the_preview(home, capsys):
    _write_cfg(
        home,
        {
            (GROUP, "ConsentState", "string"): "granted",
            (GROUP, "ConsentCategories", "string"): "usage,addons",
        },
    )
    _code, out, _ = _run(["preview", "--json"], capsys)
    names = [e["event"] for e in json.loads(out)["events"]]
    assert names == ["freecad_startup", "freecad_addon_list"]


def test_declined_profile_previews_nothing(home, capsys):
    _write_cfg(home, {(GROUP, "ConsentState", "string"): "declined"})
    _code, out, _ = _run(["preview", "--json"], capsys)
    assert json.loads(out)["events"] == []


def test_out_writes_the_same_json_it_prints(home, tmp_path, capsys):
    out_file = tmp_path / "telemetry.json"
    code, out, _ = _run(["preview", "--json", "--out", str(out_file)], capsys)
    assert code == 0
    assert json.loads(out_file.read_text()) == json.loads(out)


def test_text_preview_lists_events_and_values(home, capsys):
    code, out, _ = _run(["preview"], capsys)
    assert code == 0
    assert "freecad_preferences\n" in out and "  navigation_style: " in out


def test_missing_user_cfg_means_a_fresh_profile_with_defaults(home, capsys):
    code, out, _ = _run(["preview", "--json"], capsys)
    assert code == 0
    prefs = next(e for e in json.loads(out)["events"] if e["event"] == "freecad_preferences")
    assert prefs["properties"]["ui_toolbar_icon_size"] == 24


@pytest.mark.parametrize(
    "content",
    [b"", b"<FCParameters><FCParamGroup", b"\xff\xfe\x00garbage", b"<?xml version='1.0'?><html/>"],
)
def test_corrupt_user_cfg_is_a_clear_error_with_exit_code_2(home, capsys, content):
    (home / ".config" / "FreeCAD" / "user.cfg").write_bytes(content)
    code, out, err = _run(["preview"], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("freecad-telemetry: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_an_explicit_user_cfg_that_does_not_exist_is_an_error(home, capsys, tmp_path):
    code, _, err = _run(["--user-cfg", str(tmp_path / "nope.cfg"), "preview"], capsys)
    assert code == 2 and "no user.cfg" in err


def test_unknown_command_exits_2_without_raising(capsys):
    assert main(["frobnicate"]) == 2


def test_do_not_track_is_stated_in_the_preview(home, capsys, monkeypatch):
    monkeypatch.setenv("DO_NOT_TRACK", "1")
    _, out, _ = _run(["preview", "--json"], capsys)
    assert json.loads(out)["note"].startswith("nothing is sent: DO_NOT_TRACK is set")


def test_installed_addons_are_named_or_counted(home, capsys):
    mod = home / ".local" / "share" / "FreeCAD" / "Mod"
    (mod / "Gears").mkdir()
    (mod / "Gears" / "package.xml").write_text(
        '<package format="1" xmlns="https://wiki.freecad.org/Package_Metadata"><name>Gears</name>'
        '<url type="repository">https://github.com/looooo/freecad.gears</url></package>'
    )
    (mod / "SecretClientTool").mkdir()
    (mod / "Broken").mkdir()
    (mod / "Broken" / "package.xml").write_text("<package><name>oops</package>")
    _, out, _ = _run(["preview", "--json"], capsys)
    addons = next(e for e in json.loads(out)["events"] if e["event"] == "freecad_addon_list")
    assert addons["properties"]["mods"] == ["Gears"]
    assert addons["properties"]["total_mods"] == 3
    assert addons["properties"]["unreadable_mods"] == 1
    assert "SecretClientTool" not in out


def test_module_entry_point_runs_as_a_real_process(home):
    proc = subprocess.run(
        [sys.executable, "-m", "freecad_telemetry", "preview", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["events"]


def test_unchanged_snapshots_are_named_not_mislabelled(home, capsys):
    from freecad_telemetry.collect import snapshots
    from freecad_telemetry.collect.drafts import Draft
    from freecad_telemetry.state.folder import state_dir

    _write_cfg(
        home,
        {
            (GROUP, "ConsentState", "string"): "granted",
            (GROUP, "ConsentCategories", "string"): "usage,addons",
        },
    )
    _code, out, _ = _run(["preview", "--json"], capsys)
    addons = next(e for e in json.loads(out)["events"] if e["event"] == "freecad_addon_list")
    folder = state_dir(home / ".local" / "share" / "FreeCAD")
    own = {k: v for k, v in addons["properties"].items() if not k.startswith("$")}  # not SDK's
    snapshots.remember([Draft("freecad_addon_list", own)], folder)
    _code, out, _ = _run(["preview", "--json"], capsys)
    preview = json.loads(out)
    assert [e["event"] for e in preview["events"]] == ["freecad_startup"]
    assert preview["unchanged_since_last_sent"] == ["freecad_addon_list"]
    assert not any(m.startswith("freecad_addon_list") for m in preview["known_only_inside_freecad"])

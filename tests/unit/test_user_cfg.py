"""user.cfg read without FreeCAD: FreeCAD's layout, its oddities, and the limits that keep
a hostile file from costing recursion or time."""

import time

import pytest

from freecad_telemetry.host.user_cfg import MAX_USER_CFG_DEPTH, ParameterTree, UserCfgError

FREECAD_LAYOUT = """<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FCParameters>
  <FCParamGroup Name="Root">
    <FCParamGroup Name="BaseApp">
      <FCParamGroup Name="Preferences">
        <FCText Name="Theme">Dark  theme </FCText>
        <FCBool Name="On" Value="1"/>
        <FCInt Name="Size" Value="-24"/>
        <FCUInt Name="Colour" Value="4294967295"/>
        <FCFloat Name="Scale" Value="1.5"/>
        <FCInt Name="Garbled" Value="twelve"/>
        <FCText>no name: skipped</FCText>
        <Unknown Name="U"><FCText Name="Hidden">inside an unknown element</FCText></Unknown>
      </FCParamGroup>
      <FCParamGroup Name="Preferences">
        <FCText Name="Second">groups of one name merge</FCText>
      </FCParamGroup>
    </FCParamGroup>
  </FCParamGroup>
  <FCParamGroup Name="NotRoot"><FCText Name="Theme">ignored</FCText></FCParamGroup>
</FCParameters>
"""
PREFS = "BaseApp/Preferences"


def test_freecad_layout_is_read_as_freecad_reads_it(tmp_path):
    path = tmp_path / "user.cfg"
    path.write_text(FREECAD_LAYOUT, encoding="utf-8")
    tree = ParameterTree.load(path)
    assert tree.get(PREFS, "Theme", "string", None) == "Dark  theme "
    assert tree.get(PREFS, "On", "bool", None) is True
    assert tree.get(PREFS, "Size", "int", None) == -24
    assert tree.get(PREFS, "Colour", "unsigned", None) == 4294967295
    assert tree.get(PREFS, "Scale", "float", None) == 1.5
    assert tree.get(PREFS, "Second", "string", None) == "groups of one name merge"
    assert tree.keys(PREFS) == ["Colour", "On", "Scale", "Second", "Size", "Theme"]
    assert tree.keys("NotRoot") == [] and tree.keys(PREFS + "/U") == []


def test_a_tree_saved_and_loaded_is_unchanged_as_deep_as_allowed(tmp_path):
    path = tmp_path / "user.cfg"
    deep = "/".join(f"g{i}" for i in range(MAX_USER_CFG_DEPTH - 3))  # + FCParameters, Root, value
    tree = ParameterTree()
    tree.set(deep, "Leaf", "string", "<&> ünïcode")
    tree.save(path)
    assert ParameterTree.load(path).get(deep, "Leaf", "string", None) == "<&> ünïcode"


def test_one_level_deeper_is_refused_at_once_however_deep_the_file(tmp_path):
    path = tmp_path / "user.cfg"
    levels = 1_000_000
    path.write_text(
        "<FCParameters>"
        + "<FCParamGroup Name='a'>" * levels
        + "</FCParamGroup>" * levels
        + "</FCParameters>"
    )
    started = time.perf_counter()
    with pytest.raises(UserCfgError, match="levels deep"):
        ParameterTree.load(path)
    assert time.perf_counter() - started < 1.0  # parsing stops at the limit, not at the end

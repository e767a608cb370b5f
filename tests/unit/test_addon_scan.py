"""Tests for the installed add-ons scanner: the real package.xml corpus, then built trees."""

from __future__ import annotations

import json
import os
import shutil
import string
import sys
import threading
import time
from pathlib import Path
from typing import Dict, List, Optional
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freecad_telemetry.collect import addons
from freecad_telemetry.collect.addon_scan import (
    MAX_PACKAGE_XML_BYTES,
    AddonScan,
    PackageInfo,
    is_public_forge_url,
    read_package_info,
    sanitise_addon_name,
    scan_addons,
)
from freecad_telemetry.host.memory_host import MemoryHost

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "addons"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason=f"add-on corpus not found at {CORPUS} (shared/ must sit beside the repository)",
)

# <name> of each of the 50 HEAD files, as FreeCAD 0.20.2's own parser reports it (corpus
# README, last column). Every one has a github.com repository URL, so all are reported.
# No add-on name in the corpus is non-ASCII (only maintainers and comments are); non-ASCII
# names are built in the tests further down.
HEAD_NAMES: Dict[str, str] = {
    "APEbbers__FreeCAD-Ribbon": "FreeCAD Ribbon",
    "Chrismettal__FreeCAD-Behave-Dark-Preference-Pack": "Behave-Dark Colors",
    "DanMiel__QuickMeasure": "Quick Measure",
    "DeepSOIC__Lattice2": "Lattice2 Workbench",
    "FreeCAD__Addon-Template": "Minimal",
    "FreeCAD__AddonManager": "Addon Manager",
    "FreeCAD__FreeCAD-Telemetry": "Telemetry",
    "FreeCAD__FreeCAD-render": "Render",
    "FreeCAD__FreeCAD-themes": "FreeCAD-themes",
    "FreeCAD__Ondsel-Lens-Addon": "Ondsel Lens Addon",
    "FreeCAD__freecad.ship": "Ship Workbench",
    "Giraut__freecad_streamdeck_addon": "Stream Deck Addon",
    "Grubuntu__PieMenu": "PieMenu",
    "HarryvL__fcVM-workbench": "fcVM-workbench",
    "KeithSloan__GDML": "GDML workbench",
    "MisterMakerNL__Freecad-Built-in-themes-beta": "Built-In Preference Packs beta",
    "Serince__FEMbyGEN": "FEMbyGEN",
    "Simturb__Beltrami": "Beltrami",
    "Stu142__FreeCAD-Gridfinity-Workbench": "Gridfinity Workbench",
    "URJCMakerGroup__MakerWorkbench": "Maker Workbench",
    "Zolko-123__FreeCAD_Assembly4": "Assembly4",
    "altangarts__FreeCAD-Themes-ColorPalette": "ColorPalette Theme",
    "boltsparts__boltsfc": "boltsfc",
    "chbergmann__CurvedShapesWorkbench": "Curved Shapes",
    "davesrocketshop__Rocket": "Rocket",
    "davesrocketshop__Woods": "Woods",
    "dprojects__Woodworking": "Woodworking",
    "dracula__freecad": "Dracula",
    "easyw__Defeaturing_WB": "Defeaturing Workbench",
    "easyw__kicadStepUpMod": "KicadStepUp Workbench",
    "galou__freecad.cross": "CROSS",
    "jaheyns__CfdOF": "CfdOF",
    "jmplonka__InventorLoader": "InventorLoader",
    "kbwbe__A2plus": "A2plus",
    "knipknap__better-tool-library": "Better Tool Library",
    "looooo__freecad.gears": "freecad.gears workbench",
    "lukh__frameforge": "FrameForge",
    "mnesarco__Channels": "Channels",
    "mnesarco__FreeCAD_Utils": "Mnesarco Utils",
    "mnesarco__MarzWorkbench": "Marz Workbench",
    "mwganson__MeshRemodel": "Mesh Remodel",
    "obelisk79__OpenTheme": "OpenTheme",
    "oddtopus__dodo": "Dodo",
    "realthunder__FreeCAD_assembly3": "Assembly3",
    "shaise__FreeCAD_FastenersWB": "Fasteners Workbench",
    "shaise__FreeCAD_SheetMetal": "SheetMetal Workbench",
    "spanner888__CamScripts": "CamScripts",
    "tomate44__CurvesWB": "Curves workbench",
    "turn211__ProDarkThemePreferencePack": "ProDarkThemePack",
    "zaphB__freecad.optics_design_workbench": "Optics Design Workbench",
}

UNREADABLE = "unreadable"
UNLISTED = "unlisted"

# Outcome per historical file. The README lists 12 as not well-formed (FreeCAD rejects them
# too) and 3 as well-formed but odd; for those three FreeCAD's parser succeeds, so does ours:
HISTORICAL_OUTCOMES: Dict[str, str] = {
    "APEbbers__FreeCAD-Ribbon__af5fdc3": UNREADABLE,  # stray </xml> after the root
    "APEbbers__FreeCAD-Ribbon__de2ff50": UNREADABLE,  # git merge-conflict markers
    "APEbbers__SearchBar__0b133ce": UNREADABLE,  # mismatched tag
    # well-formed; <tag> under <content> does not matter for the name -> reported
    "DeepSOIC__Lattice2__bcc49fc": "Lattice2 Workbench",
    "MariwanJ__Design456__c0bebeb": UNREADABLE,  # version="0.001" in the declaration
    "MisterMakerNL__Freecad-Built-in-themes-beta__4aeca45": UNREADABLE,  # broken quoting
    "URJCMakerGroup__MakerWorkbench__7eab249": UNREADABLE,  # U+00A0 inside the declaration
    "Zolko-123__FreeCAD_Assembly4__e13a2fb": UNREADABLE,  # unterminated end tag
    "altangarts__FreeCAD-Themes-ColorPalette__6a8eb6c": UNREADABLE,  # "// ..." before decl
    "obelisk79__OpenTheme__edd2cc7": UNREADABLE,  # declaration lost its "<"
    "shaise__FreeCAD_FastenersWB__91313a2": UNREADABLE,  # <version>0.4.645/version>
    # well-formed but no <name> (FreeCAD: Name == '') -> present, not nameable -> unlisted
    "spanner888__CamScripts__23e3cdc": UNLISTED,
    # well-formed macro-only add-on with content type "library" -> still has a name
    "spanner888__CamScripts__4bbfbe6": "CamScripts",
    "spanner888__CamScripts__ac28d99": UNREADABLE,  # unescaped "&"
    "turn211__ProDarkThemePreferencePack__e623254": UNREADABLE,  # </decription>
}

SYNTHETIC_OUTCOMES: Dict[str, str] = {
    "empty-file": UNREADABLE,
    "invalid-utf8": UNREADABLE,
    "truncated-xml": UNREADABLE,
    "wrong-root-element": UNREADABLE,  # well-formed, root <addon>: FreeCAD rejects it too
    # well-formed; the 10240-character name is refused (not cut), and there is no repository
    # URL either, so it is an add-on that is present but not named
    "huge-name-10kb": UNLISTED,
}


def outcome_of(folder: Path, tmp_path: Path) -> str:
    """What scanning a Mod folder that holds only a copy of this add-on folder made of it."""
    shutil.copytree(str(folder), str(tmp_path / "Mod" / folder.name))
    result = scan_addons([tmp_path / "Mod"])
    assert result.total == 1
    if result.unreadable:
        return UNREADABLE
    if result.unlisted:
        return UNLISTED
    return result.named[0]


def package_xml(
    name: str = "Sample Workbench",
    url: Optional[str] = "https://github.com/example/sample",
    *,
    root: str = '<package format="1" xmlns="https://wiki.freecad.org/Package_Metadata">',
    end: str = "</package>",
    declaration: str = '<?xml version="1.0" encoding="UTF-8"?>\n',
    extra: str = "",
) -> str:
    url_element = f'  <url type="repository" branch="main">{escape(url)}</url>\n' if url else ""
    return (
        f"{declaration}{root}\n  <name>{escape(name)}</name>\n  <version>1.0.0</version>\n"
        f"{url_element}{extra}{end}\n"
    )


def make_addon(root: Path, folder: str, text: Optional[str] = None, **kwargs: str) -> Path:
    addon = root / folder
    addon.mkdir(parents=True)
    (addon / "package.xml").write_bytes((text or package_xml(**kwargs)).encode("utf-8"))
    return addon


# ---------------------------------------------------------------------------- the corpus


@needs_corpus
def test_corpus_as_a_mod_folder_counts_each_addon_folder_once() -> None:
    result = scan_addons([CORPUS])

    # 50 add-ons with a public repository, plus historical/ and synthetic/, which look
    # like legacy add-ons (a folder without package.xml); README.md and SOURCES.md are files
    assert result.named == tuple(sorted(HEAD_NAMES.values(), key=str.casefold))
    assert (result.unlisted, result.unreadable, result.total) == (2, 0, 52)


@needs_corpus
def test_corpus_names_come_out_sorted_case_insensitively() -> None:
    named = scan_addons([CORPUS]).named

    assert named[:3] == ("A2plus", "Addon Manager", "Assembly3")
    # lower-case names sit among the capitalised ones, not after "Z..."
    assert named.index("fcVM-workbench") < named.index("FEMbyGEN") < named.index("FrameForge")
    assert {"Telemetry", "freecad.gears workbench", "Fasteners Workbench"} <= set(named)


@needs_corpus
@pytest.mark.parametrize("folder", sorted(HEAD_NAMES))
def test_every_real_head_file_parses_to_its_freecad_name(folder: str) -> None:
    # covers BOM, CRLF, no namespace, no declaration, multi-line single-quoted declarations
    info = read_package_info(CORPUS / folder / "package.xml")

    assert info is not None
    assert info.name == HEAD_NAMES[folder]
    assert is_public_forge_url(info.repository_url)


@needs_corpus
def test_corpus_repository_url_is_the_first_one_when_there_are_two() -> None:
    # frameforge lists two <url type="repository">; the first one is taken
    info = read_package_info(CORPUS / "lukh__frameforge" / "package.xml")

    assert info == PackageInfo("FrameForge", "https://github.com/lukh/frameforge")


@needs_corpus
@pytest.mark.parametrize("folder,expected", sorted(HISTORICAL_OUTCOMES.items()))
def test_historical_file_outcome(folder: str, expected: str, tmp_path: Path) -> None:
    assert outcome_of(CORPUS / "historical" / folder, tmp_path) == expected


@needs_corpus
@pytest.mark.parametrize("folder,expected", sorted(SYNTHETIC_OUTCOMES.items()))
def test_synthetic_file_outcome(folder: str, expected: str, tmp_path: Path) -> None:
    assert outcome_of(CORPUS / "synthetic" / folder, tmp_path) == expected


@needs_corpus
def test_historical_as_a_mod_folder() -> None:
    result = scan_addons([CORPUS / "historical"])

    assert result == AddonScan(("CamScripts", "Lattice2 Workbench"), unlisted=1, unreadable=12)


@needs_corpus
def test_synthetic_as_a_mod_folder() -> None:
    assert scan_addons([CORPUS / "synthetic"]) == AddonScan((), unlisted=1, unreadable=4)


@needs_corpus
def test_whole_corpus_scans_well_under_100_ms() -> None:
    roots = [CORPUS, CORPUS / "historical", CORPUS / "synthetic"]
    scan_addons(roots)  # warm the OS file cache; a user's Mod folder is read once per start
    best = min(_timed(lambda: scan_addons(roots)) for _ in range(3))

    assert best < 0.1


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# ------------------------------------------------------------------- folders and roots


def test_same_folder_name_in_a_later_root_is_counted_once(tmp_path: Path) -> None:
    user_mod, macro_mod = tmp_path / "user" / "Mod", tmp_path / "macro" / "Mod"
    make_addon(user_mod, "Gears", name="Gears From User Mod")
    make_addon(macro_mod, "gEARS", name="Gears From Macro Mod")
    make_addon(macro_mod, "Other", name="Other")

    result = scan_addons([user_mod, macro_mod])

    # FreeCAD loads the user Mod copy and ignores the later one
    assert result == AddonScan(("Gears From User Mod", "Other"), 0, 0)


def test_the_same_root_given_twice_counts_each_addon_once(tmp_path: Path) -> None:
    make_addon(tmp_path, "Gears", name="Gears")

    assert scan_addons([tmp_path, tmp_path]).total == 1


def test_missing_root_and_file_root_are_skipped(tmp_path: Path) -> None:
    make_addon(tmp_path / "Mod", "Gears", name="Gears")
    file_root = tmp_path / "not-a-folder"
    file_root.write_text("x")

    result = scan_addons([tmp_path / "missing", file_root, tmp_path / "Mod"])

    assert result == AddonScan(("Gears",), 0, 0)


def test_roots_that_are_not_paths_do_not_raise(tmp_path: Path) -> None:
    make_addon(tmp_path, "Gears", name="Gears")
    weird: List[object] = [None, 42, "", b"/no/such/dir", str(tmp_path)]

    assert scan_addons(weird) == AddonScan(("Gears",), 0, 0)  # type: ignore[arg-type]


def test_files_in_a_mod_folder_are_not_addons(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "package.xml").write_text(package_xml())

    assert scan_addons([tmp_path]).total == 0


@pytest.mark.parametrize(
    "folder", [".git", ".hidden", "__pycache__", "CVS", "Foo.backup1234", "Gears.backup"]
)
def test_ignored_folders_are_not_counted(tmp_path: Path, folder: str) -> None:
    make_addon(tmp_path, folder, name="Would Be Named")

    assert scan_addons([tmp_path]).total == 0


def test_folder_without_package_xml_is_a_legacy_addon(tmp_path: Path) -> None:
    (tmp_path / "3D_Printing_Tools").mkdir()

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=1, unreadable=0)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows folder names are always Unicode")
def test_non_utf8_folder_name_is_counted_and_never_reported(tmp_path: Path) -> None:
    raw_folder = os.fsencode(str(tmp_path)) + b"/Caf\xe9Secret"
    try:
        os.mkdir(raw_folder)
    except (OSError, ValueError):
        pytest.skip("this file system refuses folder names that are not valid UTF-8")
    with open(raw_folder + b"/package.xml", "wb") as handle:
        handle.write(package_xml(name="Latin1 Folder Tools").encode("utf-8"))
    os.mkdir(os.fsencode(str(tmp_path)) + b"/Legacy\xffSecret")

    result = scan_addons([tmp_path])

    assert result == AddonScan(("Latin1 Folder Tools",), unlisted=1, unreadable=0)
    assert "Secret" not in repr(result)


def test_symlinks_to_folders_count_and_broken_or_looping_ones_are_skipped(
    tmp_path: Path,
) -> None:
    mod = tmp_path / "Mod"
    elsewhere = make_addon(tmp_path / "dev", "Checkout", name="Linked Dev Checkout")
    mod.mkdir()
    try:
        (mod / "Linked").symlink_to(elsewhere, target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("cannot create symlinks here")
    (mod / "Broken").symlink_to(tmp_path / "gone", target_is_directory=True)
    (mod / "Loop").symlink_to(mod / "Loop")  # resolving it fails with ELOOP
    (mod / "Parent").symlink_to(mod, target_is_directory=True)  # a cycle, not followed deeper

    result = scan_addons([mod])

    # Linked -> named; Parent -> a folder without package.xml; Broken and Loop skipped
    assert result == AddonScan(("Linked Dev Checkout",), unlisted=1, unreadable=0)


# --------------------------------------------------------------- package.xml contents


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "file:///home/alice/src/MyAddon",
        "/home/alice/src/MyAddon",
        "https://git.example-corp.internal/cad/MyAddon",
        "git@github.com:alice/MyAddon.git",
        "https://alice:ghp_secret@github.com/alice/MyAddon",
        "http://github.com/alice/MyAddon",
        "https://github.com/alice/MyAddon?private_token=x",
        "https://192.168.1.10/alice/MyAddon",
    ],
)
def test_addon_without_a_public_repository_is_unlisted(tmp_path: Path, url: Optional[str]) -> None:
    make_addon(tmp_path, "Private", name="Private Tool", url=url)

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=1, unreadable=0)


def test_only_a_top_level_repository_url_and_name_count(tmp_path: Path) -> None:
    nested = (
        '  <url type="website">https://github.com/alice/site</url>\n'
        "  <content><workbench><name>Inner Name</name>\n"
        '    <url type="repository">https://github.com/alice/inner</url>\n'
        "  </workbench></content>\n"
    )
    make_addon(tmp_path, "A", name="Outer Name", url=None, extra=nested)

    assert read_package_info(tmp_path / "A" / "package.xml") == PackageInfo("Outer Name", "")
    assert scan_addons([tmp_path]).unlisted == 1


@pytest.mark.parametrize(
    "name_elements,expected",
    [
        # comments are not text; nested elements' text is (FreeCAD uses getTextContent())
        ("<name>Gear<!-- not this -->s</name>", "Gears"),
        ("<name>Gear<b>s</b> WB</name>", "Gears WB"),
        ("<name><![CDATA[A & B]]></name>", "A & B"),
        # FreeCAD overwrites the name for every <name> child, so the last one shows
        ("<name>First</name><name>Second</name>", "Second"),
    ],
)
def test_name_text_follows_freecad(tmp_path: Path, name_elements: str, expected: str) -> None:
    text = package_xml(name="PLACEHOLDER").replace("<name>PLACEHOLDER</name>", name_elements)
    make_addon(tmp_path, "A", text)

    assert scan_addons([tmp_path]).named == (expected,)


def test_first_repository_url_decides(tmp_path: Path) -> None:
    second = '  <url type="repository">https://github.com/alice/public</url>\n'
    make_addon(tmp_path, "A", name="A", url="file:///home/alice/A", extra=second)

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=1, unreadable=0)


@pytest.mark.parametrize(
    "root,end",
    [
        ("<package>", "</package>"),
        ('<package xmlns="urn:some-other-namespace">', "</package>"),
        ('<fc:package xmlns:fc="https://wiki.freecad.org/Package_Metadata">', "</fc:package>"),
    ],
)
def test_package_root_in_any_namespace_is_accepted(tmp_path: Path, root: str, end: str) -> None:
    text = package_xml(name="Spaced", root=root, end=end)
    if root.startswith("<fc:"):
        text = text.replace("<name>", "<fc:name>").replace("</name>", "</fc:name>")
        text = text.replace("<url ", "<fc:url ").replace("</url>", "</fc:url>")
    make_addon(tmp_path, "A", text)

    assert scan_addons([tmp_path]).named == ("Spaced",)


def test_wrong_root_element_is_unreadable(tmp_path: Path) -> None:
    make_addon(tmp_path, "A", package_xml(root="<packages>", end="</packages>"))

    assert scan_addons([tmp_path]).unreadable == 1


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_and_matching_declaration_parses(tmp_path: Path, codec: str) -> None:
    text = package_xml(
        name="Écorchard Werkbank", declaration='<?xml version="1.0" encoding="UTF-16"?>\n'
    )
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "A").mkdir()
    (tmp_path / "A" / "package.xml").write_bytes(data)

    assert scan_addons([tmp_path]).named == ("Écorchard Werkbank",)


def test_declared_latin1_encoding_is_honoured(tmp_path: Path) -> None:
    text = package_xml(
        name="Cercós Muñoz Tools", declaration='<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    )
    (tmp_path / "A").mkdir()
    (tmp_path / "A" / "package.xml").write_bytes(text.encode("latin-1"))

    assert scan_addons([tmp_path]).named == ("Cercós Muñoz Tools",)


def test_name_with_control_characters_is_cleaned(tmp_path: Path) -> None:
    # tab, CR (as a reference), C1 controls and a right-to-left override inside <name>
    raw = "\t Gear\u009b&#13;\n  Box \u202eTools\u0085 "
    text = package_xml(name="PLACEHOLDER").replace("PLACEHOLDER", raw)
    make_addon(tmp_path, "A", text)

    assert scan_addons([tmp_path]).named == ("Gear Box Tools",)


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("  Fasteners   Workbench ", "Fasteners Workbench"),
        ("Line\r\nBreak", "Line Break"),
        ("Bell\x07Char", "BellChar"),
        ("Zero\u200bWidth", "ZeroWidth"),
        ("Écorchard", "Écorchard"),
        ("x" * 64, "x" * 64),
        ("x" * 65, None),
        ("   ", None),
        ("", None),
    ],
)
def test_sanitise_addon_name(raw: str, expected: Optional[str]) -> None:
    assert sanitise_addon_name(raw) == expected


@pytest.mark.parametrize("name", ["", "   ", "n" * 65, "\u202e"])
def test_empty_or_overlong_name_is_unlisted(tmp_path: Path, name: str) -> None:
    make_addon(tmp_path, "A", name=name)

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=1, unreadable=0)


def test_two_folders_with_the_same_name_are_still_two_addons(tmp_path: Path) -> None:
    make_addon(tmp_path, "Gears", name="Gears")
    make_addon(tmp_path, "Gears-old-copy", name="Gears")

    result = scan_addons([tmp_path])

    assert result == AddonScan(("Gears",), unlisted=1, unreadable=0)
    assert result.total == 2


def test_names_are_sorted_case_insensitively(tmp_path: Path) -> None:
    for name in ["gamma", "Delta", "beta", "Alpha"]:
        make_addon(tmp_path, name, name=name)

    assert scan_addons([tmp_path]).named == ("Alpha", "beta", "Delta", "gamma")


@pytest.mark.parametrize(
    "url,public",
    [
        ("https://github.com/shaise/FreeCAD_FastenersWB", True),
        ("https://www.github.com/a/b", True),
        ("https://GitHub.COM/a/b.git", True),
        ("HTTPS://github.com/a/b/", True),
        ("https://gitlab.com/group/subgroup/project", True),
        ("  https://codeberg.org/a/b  ", True),
        ("https://framagit.org/a/b", True),
        ("https://salsa.debian.org/a/b", True),
        ("https://bitbucket.org/a/b", True),
        ("https://sourceforge.net/projects/b", True),
        ("https://git.sr.ht/~a/b", True),
        ("https://gitee.com/a/b", True),
        ("file:///home/alice/b", False),
        ("ssh://git@github.com/a/b", False),
        ("git@github.com:a/b.git", False),
        ("github.com/a/b", False),
        ("https://github.com.evil.example/a/b", False),
        ("https://gist.github.com/a", False),
        ("https://mygithub.com/a/b", False),
        ("https://192.168.1.10/a/b", False),
        ("https://[::1/a", False),  # malformed: must not raise
        ("", False),
        # not clearly public: credentials, another scheme or port, a query or fragment
        ("https://user:token@github.com:443/a/b", False),
        ("https://user:ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/a/b", False),
        ("https://oauth2:glpat-x@gitlab.com/a/b", False),
        ("https://token@github.com/a/b", False),
        ("https://@github.com/a/b", False),
        ("http://gitlab.com/a/b", False),
        ("git://github.com/a/b", False),
        ("https://github.com:443/a/b", False),
        ("https://github.com:8443/a/b", False),
        ("https://github.com/a/b?access_token=x", False),
        ("https://github.com/a/b/?ref=main", False),
        ("https://github.com/a/b#readme", False),
        ("https://github.com/a/b?", False),
        # hosts that are not a public forge
        ("https://10.0.0.5/a/b", False),
        ("https://[2001:db8::1]/a/b", False),
        ("https://localhost/a/b", False),
        ("https://git.local/a/b", False),
        ("https://gitlab.lan/a/b", False),
        ("https://git.internal/a/b", False),
        ("https://gitlab.acme.corp/a/b", False),
        ("https://github.com.local/a/b", False),
        ("https://github.com./a/b", False),
        ("https://gіthub.com/a/b", False),  # Cyrillic і
        ("https://github.com\\@evil.example/a", False),
        ("https://git\thub.com/a/b", False),  # urlsplit would drop the tab
        # paths that name no repository, or hide something
        ("https://github.com", False),
        ("https://github.com/", False),
        ("https://github.com/a/%62", False),
        ("https://github.com/../b", False),
        ("https://github.com/a/b c", False),
        ("https://github.com/" + "a/" * 20 + "b", False),
        ("https://github.com/" + "a" * 600, False),
    ],
)
def test_public_forge_urls(url: str, public: bool) -> None:
    assert is_public_forge_url(url) is public


PUBLIC_URLS = [
    "https://github.com/shaise/FreeCAD_FastenersWB",
    "https://gitlab.com/a/b",
    "https://codeberg.org/a/b.git",
    "https://git.sr.ht/~a/b",
]
URL_WORD = st.text(string.ascii_letters + string.digits + "-._~", min_size=1, max_size=20)
PRIVATE_SUFFIXES = ["local", "lan", "internal", "corp", "home", "localdomain", "intranet"]


@st.composite
def tainted_urls(draw) -> str:
    """A public repository's address with one sign that it is not public after all."""
    url = draw(st.sampled_from(PUBLIC_URLS))
    host, _, path = url[len("https://") :].partition("/")
    word = draw(URL_WORD)
    return draw(
        st.sampled_from(
            [
                f"https://{word}:{draw(URL_WORD)}@{host}/{path}",
                f"https://{word}@{host}/{path}",
                f"https://{host}:{draw(st.integers(0, 65535))}/{path}",
                f"{url}?{word}={draw(URL_WORD)}",
                f"{url}#{word}",
                f"{draw(st.sampled_from(['http', 'ssh', 'git', 'ftp', 'file']))}://{host}/{path}",
                "https://{}.{}.{}.{}/{}".format(
                    *draw(st.lists(st.integers(0, 255), min_size=4, max_size=4)), path
                ),
                f"https://{host}.{draw(st.sampled_from(PRIVATE_SUFFIXES))}/{path}",
                f"https://{word}.{draw(st.sampled_from(PRIVATE_SUFFIXES))}/{path}",
            ]
        )
    )


@given(tainted_urls())
def test_a_public_address_with_any_sign_of_privacy_is_not_public(url: str) -> None:
    assert not is_public_forge_url(url)
    assert not is_public_forge_url(f"  {url}\n")


def test_an_addon_whose_address_carries_a_token_is_counted_and_its_name_never_sent(
    tmp_path: Path,
) -> None:
    mod = tmp_path / "Mod"
    token = "ghp_ZqCanaryToken1234567890"
    make_addon(mod, "Public", name="Public Tool", url="https://github.com/a/public-tool")
    make_addon(mod, "Mine", name="ZqCanary Tool", url=f"https://alice:{token}@github.com/a/b")
    make_addon(mod, "Work", name="ZqCanary Work", url="https://gitlab.acme.corp/cad/tool")

    collected = addons.collect(MemoryHost(mod_roots=[mod]))

    assert collected == {
        "mods": ["Public Tool"],
        "total_mods": 3,
        "unlisted_mods": 2,
        "unreadable_mods": 0,
    }
    assert "ZqCanary" not in json.dumps(collected) and token not in json.dumps(collected)


# ------------------------------------------------------------ files that cannot be read


def test_package_xml_that_is_a_directory_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "A" / "package.xml").mkdir(parents=True)

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=0, unreadable=1)


def test_dangling_package_xml_symlink_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "A").mkdir()
    try:
        (tmp_path / "A" / "package.xml").symlink_to(tmp_path / "gone.xml")
    except (OSError, NotImplementedError):
        pytest.skip("cannot create symlinks here")

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=0, unreadable=1)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads files whatever their mode; the directory case covers root",
)
def test_package_xml_without_read_permission_is_unreadable(tmp_path: Path) -> None:
    addon = make_addon(tmp_path, "A", name="Hidden")
    (addon / "package.xml").chmod(0)
    try:
        assert scan_addons([tmp_path]) == AddonScan((), unlisted=0, unreadable=1)
    finally:
        (addon / "package.xml").chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_package_xml_is_unreadable_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "A").mkdir()
    os.mkfifo(str(tmp_path / "A" / "package.xml"))
    results: List[AddonScan] = []
    worker = threading.Thread(target=lambda: results.append(scan_addons([tmp_path])))
    worker.daemon = True
    worker.start()
    worker.join(timeout=5)

    assert not worker.is_alive(), "scan blocked on a FIFO"
    assert results == [AddonScan((), unlisted=0, unreadable=1)]


def test_size_cap_is_exact(tmp_path: Path) -> None:
    base = package_xml(name="Padded")
    filler = MAX_PACKAGE_XML_BYTES - len(base.encode("utf-8")) - len("<!---->\n")
    at_cap = base + "<!--" + "p" * filler + "-->\n"
    assert len(at_cap.encode("utf-8")) == MAX_PACKAGE_XML_BYTES
    make_addon(tmp_path / "cap", "A", at_cap)
    make_addon(tmp_path / "over", "A", at_cap + " ")

    assert scan_addons([tmp_path / "cap"]).named == ("Padded",)
    assert scan_addons([tmp_path / "over"]) == AddonScan((), unlisted=0, unreadable=1)


def test_huge_package_xml_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "A").mkdir()
    with open(tmp_path / "A" / "package.xml", "wb") as handle:
        handle.truncate(4 * 1024**3)  # sparse: costs no disk space
    bytes_read: List[int] = []
    real_read = os.read

    def recording_read(descriptor: int, size: int) -> bytes:
        chunk = real_read(descriptor, size)
        bytes_read.append(len(chunk))
        return chunk

    monkeypatch.setattr(os, "read", recording_read)

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=0, unreadable=1)
    assert sum(bytes_read) <= MAX_PACKAGE_XML_BYTES + 1


def test_file_growing_past_the_cap_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The size is checked first, then the file is read; a file that grows in between
    # (an add-on being updated) must still not be read beyond the cap.
    # trailing whitespace keeps any prefix well-formed, so only the cap can refuse it
    grown = package_xml(name="Grown") + " " * MAX_PACKAGE_XML_BYTES
    make_addon(tmp_path, "A", grown)
    real_fstat = os.fstat
    bytes_read: List[int] = []
    real_read = os.read

    def fstat_from_before_it_grew(descriptor: int) -> os.stat_result:
        fields = list(real_fstat(descriptor))
        fields[6] = 1000  # st_size
        return os.stat_result(fields)

    def recording_read(descriptor: int, size: int) -> bytes:
        chunk = real_read(descriptor, size)
        bytes_read.append(len(chunk))
        return chunk

    monkeypatch.setattr(os, "fstat", fstat_from_before_it_grew)
    monkeypatch.setattr(os, "read", recording_read)

    assert scan_addons([tmp_path]) == AddonScan((), unlisted=0, unreadable=1)
    assert sum(bytes_read) == MAX_PACKAGE_XML_BYTES + 1


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE package [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n<package><name>&lol9;</name>"
    '<url type="repository">https://github.com/a/b</url></package>\n'
)

EXTERNAL_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE package [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n'
    '<package><name>&secret;</name><url type="repository">https://github.com/a/b</url></package>\n'
)

PLAIN_DOCTYPE = (
    '<?xml version="1.0"?>\n<!DOCTYPE package>\n'
    '<package><name>Doc</name><url type="repository">https://github.com/a/b</url></package>\n'
)


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY, PLAIN_DOCTYPE])
def test_doctype_declarations_are_refused(tmp_path: Path, text: str) -> None:
    make_addon(tmp_path, "A", text)
    start = time.perf_counter()

    result = scan_addons([tmp_path])

    assert result == AddonScan((), unlisted=0, unreadable=1)
    assert time.perf_counter() - start < 1.0


def test_deeply_nested_xml_is_handled(tmp_path: Path) -> None:
    depth = 20000
    extra = "<a>" * depth + "</a>" * depth + "\n"
    make_addon(tmp_path, "A", package_xml(name="Deep", extra=extra))

    assert scan_addons([tmp_path]).named == ("Deep",)


# --------------------------------------------------------------------------- privacy


def test_no_path_folder_name_or_error_text_in_the_result(tmp_path: Path) -> None:
    home = tmp_path / "home" / "alice-secret-home" / "Mod"
    make_addon(home, "bob-private-folder", name="Public Name")
    make_addon(home, "carol-broken", "<package><name>x</nam></package>")
    make_addon(home, "dave-local", name="Dave Internal", url="file:///home/dave/x")
    (home / "erin-legacy").mkdir()

    result = scan_addons([home])
    shown = repr(result) + str(result.named)

    assert result == AddonScan(("Public Name",), unlisted=2, unreadable=1)
    for secret in ["alice", "bob", "carol", "dave", "Dave", "erin", str(tmp_path), "line"]:
        assert secret not in shown


def test_read_package_info_returns_none_for_a_missing_file(tmp_path: Path) -> None:
    assert read_package_info(tmp_path / "nope" / "package.xml") is None


# ------------------------------------------------ the repository's own corpus (never skipped)

OWN_CORPUS = Path(__file__).resolve().parents[1] / "data" / "addons"
OWN_OUTCOMES: Dict[str, str] = {
    "plain": "Plain Workbench",
    "bom-crlf": "Bom Crlf",
    "no-namespace": "No Namespace",
    "no-declaration": "No Declaration",
    "multi-line-declaration": "Multi Line",
    "two-repositories": "Two Repositories",  # the first one, on github.com, counts
    "non-ascii-name": "Łódź Tools – Ñandú",
    "private-host": UNLISTED,  # not a public forge: its name is not reported
    "no-name": UNLISTED,
    "no-package-xml": UNLISTED,  # a legacy add-on
    "merge-markers": UNREADABLE,
    "unescaped-ampersand": UNREADABLE,
    "truncated": UNREADABLE,
    "empty-file": UNREADABLE,
    "invalid-utf8": UNREADABLE,
    "wrong-root": UNREADABLE,
}


def test_the_own_corpus_has_exactly_the_folders_described() -> None:
    assert {p.name for p in OWN_CORPUS.iterdir() if p.is_dir()} == set(OWN_OUTCOMES)


@pytest.mark.parametrize("folder,expected", sorted(OWN_OUTCOMES.items()))
def test_own_corpus_outcome(folder: str, expected: str, tmp_path: Path) -> None:
    assert outcome_of(OWN_CORPUS / folder, tmp_path) == expected


def test_own_corpus_as_a_mod_folder() -> None:
    named = tuple(sorted((n for n in OWN_OUTCOMES.values() if n not in (UNLISTED, UNREADABLE)),
                         key=str.casefold))  # fmt: skip
    assert scan_addons([OWN_CORPUS]) == AddonScan(named, unlisted=3, unreadable=6)

"""The add-on through FreeCAD's own Addon Manager (0.20.2's, and 1.1's bundled 2026.2.19):
installed by its installer from a local git repository, removed by its uninstall path (which
runs our uninstall.py), installed again; and an add-on folder deleted by hand.

The Addon Manager's window is never opened: its list worker needs GitHub (docs/freecad-host.md §8).
Its code is called the way the window calls it, inside FreeCAD (tests/addon_manager_code.py
holds each generation's calls)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import List

import pytest
from addon_manager_code import ADDON_MANAGERS, AddonManagerCode
from addon_repo import AddonRepoError, clone, file_url, gitpython_deps, make_addon_repo
from capture_server import CaptureServer
from consent_clicks import SHARE, wait_for_dialog
from freecad_runner import Profile, error_lines
from granted import granted_params

REPO = Path(__file__).resolve().parents[2]
GROUP = "BaseApp/Preferences/Mod/Telemetry"
START = {
    "freecad_startup",
    "freecad_version",
    "freecad_system_info",
    "freecad_preferences",
    "freecad_addon_list",
}

LOADED = "import sys\nresult = 'freecad_telemetry' in sys.modules"


@pytest.fixture
def server():
    with CaptureServer() as srv:
        yield srv


@pytest.fixture
def addon_manager(freecad_install) -> AddonManagerCode:
    return ADDON_MANAGERS[freecad_install.name]


@pytest.fixture
def gitpython(freecad_install, freecad_deps) -> List[Path]:
    """GitPython for FreeCAD 0.20.2's Python, cached beside posthog (its Addon Manager clones
    with it; without it, it would download a zip from GitHub). 1.1 copies a file:// URL."""
    if freecad_install.name != "0.20":
        return []
    try:
        return [gitpython_deps(freecad_deps.parent, freecad_install.python_version)]
    except AddonRepoError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
def addon_git(tmp_path) -> Path:
    """The add-on's repository as users get it, to install from with a file:// URL."""
    return make_addon_repo(REPO, tmp_path / "repos" / "freecad-telemetry")


@pytest.fixture
def user(bare_profile, gitpython, freecad_deps) -> Profile:
    """A profile without the add-on; posthog and GitPython importable in FreeCAD."""
    bare_profile.python_path([freecad_deps, *gitpython])
    return bare_profile


def installed_and_sharing(profile: Profile, addon_git: Path, url: str) -> Profile:
    """The add-on cloned into Mod/ as the install worker does, the user has said yes."""
    clone(addon_git, profile.mod_dir / "Telemetry")
    profile.seed_params({GROUP: granted_params(url)})
    return profile


def our_params(profile: Profile):
    """The add-on's parameter group in user.cfg as saved, or None."""
    node = profile.read_params()
    for part in GROUP.split("/"):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def test_installed_by_the_addon_manager_it_asks_after_a_restart_then_reports(
    start_freecad, bare_profile, gitpython, freecad_deps, addon_git, server, addon_manager
):
    profile = bare_profile
    profile.python_path(gitpython)  # posthog is not installed yet
    first = start_freecad(profile)
    said = first.run(addon_manager.install.format(url=file_url(addon_git)))
    dependencies = first.run(addon_manager.dependencies)
    first.quit()
    assert said == ["installed"]
    assert (profile.mod_dir / "Telemetry" / ".git").is_dir()  # a git clone, or a copy of one
    assert (profile.mod_dir / "Telemetry" / "uninstall.py").is_file()
    assert dependencies == {"declared": ["posthog"], "missing": ["posthog"]}
    # The user installs posthog for FreeCAD's Python, and FreeCAD restarts.
    profile.python_path([freecad_deps, *gitpython])
    profile.seed_params({GROUP: {"PostHogHost": ("Text", server.url), "SendDelay": ("Int", 0)}})
    second = start_freecad(profile)
    wait_for_dialog(second)
    assert server.requests == []  # nothing leaves before the answer
    second.run(SHARE)
    events = server.wait_for_events(5, timeout=20)
    report = second.report_view()
    second.quit()
    assert {e["event"] for e in events} >= START
    assert error_lines(report) == []


def test_uninstalled_by_the_addon_manager_nothing_more_leaves_and_nothing_stays(
    start_freecad, user, addon_git, server, addon_manager
):
    profile = installed_and_sharing(user, addon_git, server.url)
    state = profile.user_data / "telemetry"
    session = start_freecad(profile)
    server.wait_for_events(5, timeout=20)
    had_state = state.is_dir()
    sent_before = len(server.requests)
    removed = session.run(addon_manager.remove)
    time.sleep(1.0)  # a sender still running would send now, or at the quit below
    report = session.report_view()
    session.quit()
    after = start_freecad(profile)
    time.sleep(2.0)
    loaded = after.run(LOADED)
    after.quit()
    assert len(removed["asked"]) == 1 and "uninstall" in removed["asked"][0], removed
    assert not removed["folder_left"]
    assert had_state
    assert len(server.requests) == sent_before  # not after removal, not at quit, not later
    assert our_params(profile) is None  # user.cfg as FreeCAD saved it at its last quit
    assert not state.exists()
    assert not loaded
    assert "uninstall.py script failed" not in report  # the Addon Manager's own message
    assert error_lines(report) == []


def test_installed_again_it_asks_again_and_uses_a_new_id(
    start_freecad, user, addon_git, server, addon_manager
):
    profile = installed_and_sharing(user, addon_git, server.url)
    first = start_freecad(profile)
    old_ids = {e["distinct_id"] for e in server.wait_for_events(5, timeout=20)}
    first.run(addon_manager.remove)
    said = first.run(addon_manager.install.format(url=file_url(addon_git)))  # no restart
    first.quit()
    assert said == ["installed"]
    profile.seed_params(
        {GROUP: {"PostHogHost": ("Text", server.url), "SendDelay": ("Int", 0)}}
    )  # the test server
    sent_before = len(server.requests)
    second = start_freecad(profile)
    wait_for_dialog(second)  # undecided again
    assert len(server.requests) == sent_before
    second.run(SHARE)
    events = server.wait_for_events(10, timeout=20)[5:]
    second.quit()
    new_ids = {e["distinct_id"] for e in events}
    assert {e["event"] for e in events} >= START
    assert len(old_ids) == 1 and len(new_ids) == 1 and new_ids != old_ids


def test_a_folder_deleted_by_hand_leaves_inert_state_that_forget_removes(
    start_freecad, user, addon_git, server
):
    profile = installed_and_sharing(user, addon_git, server.url)
    first = start_freecad(profile)
    server.wait_for_events(5, timeout=20)
    first.quit()
    server.wait_for_events(6, timeout=20)  # the session's end, sent by its agent after the quit
    shutil.rmtree(profile.mod_dir / "Telemetry")  # no uninstall hook runs
    sent_before = len(server.requests)
    second = start_freecad(profile)
    time.sleep(2.0)
    loaded = second.run(LOADED)
    second.quit()
    assert not loaded and len(server.requests) == sent_before  # left behind, but inert
    assert our_params(profile) and (profile.user_data / "telemetry").is_dir()
    other_groups = set(profile.read_params()["BaseApp"]["Preferences"]) - {"Mod"}
    forgot = subprocess.run(
        [sys.executable, "-m", "freecad_telemetry", "forget", "--yes"],
        cwd=str(REPO),
        env=profile.env(),  # HOME is the profile's: the command finds user.cfg as FreeCAD does
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert forgot.returncode == 0, forgot.stderr
    assert "writes its settings back to user.cfg when it quits" in forgot.stderr
    assert our_params(profile) is None
    assert not (profile.user_data / "telemetry").exists()
    assert set(profile.read_params()["BaseApp"]["Preferences"]) - {"Mod"} == other_groups


README_URL = """
import addonmanager_utilities
from Addon import Addon
result = addonmanager_utilities.get_readme_url(Addon("Telemetry", {url!r}, Addon.Status.UNCHECKED, {branch!r}))
"""


def test_the_readme_url_is_where_the_addon_manager_reads_the_raw_markdown(start_freecad, profile):
    """The Addon Manager (1.1: its readme controller) warns about a package.xml readme URL that
    is not the raw Markdown it builds from the repository URL and branch."""
    import xml.etree.ElementTree as ElementTree

    namespace = {"p": "https://wiki.freecad.org/Package_Metadata"}
    root = ElementTree.parse(str(REPO / "package.xml")).getroot()
    repository = root.find("p:url[@type='repository']", namespace)
    readme = root.find("p:url[@type='readme']", namespace)
    session = start_freecad(profile)
    expected = session.run(README_URL.format(url=repository.text, branch=repository.get("branch")))
    session.quit()
    assert readme.text == expected

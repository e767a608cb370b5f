"""The add-on through FreeCAD 0.20.2's own Addon Manager (/usr/share/freecad/Mod/AddonManager):
installed by its install worker from a local git repository, removed by its remove path (which
runs our uninstall.py), installed again; and an add-on folder deleted by hand.

The Addon Manager's window is never opened: its list worker needs GitHub (freecad-host.md §8).
Its code is called the way the window calls it, inside FreeCAD, on the GUI thread."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
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

# InstallWorkbenchWorker.run() is what the window's Install button starts (in a QThread).
INSTALL = """
from Addon import Addon
from addonmanager_workers import InstallWorkbenchWorker
worker = InstallWorkbenchWorker(Addon("Telemetry", {url!r}, Addon.Status.NOT_INSTALLED, "main"))
worker.update_timer.stop()
said = []
worker.success.connect(lambda addon, message: said.append(message))
worker.failure.connect(lambda addon, message: said.append("FAILED: " + message))
worker.run()
import FreeCADGui
FreeCADGui.fct_installed = worker.repo  # what the Addon Manager knows of it after installing
result = said
"""

# What resolve_dependencies() computes before installing: the add-on's dependency tree, then
# what of it cannot be imported in this FreeCAD.
DEPENDENCIES = """
import FreeCADGui
from Addon import Addon
from AddonManager import CommandAddonManager
repo = FreeCADGui.fct_installed
tree = Addon.Dependencies()
repo.walk_dependency_tree({}, tree)
missing = CommandAddonManager.MissingDependencies(repo, [])
result = {"declared": sorted(tree.python_required), "missing": missing.python_required}
"""

# CommandAddonManager.remove() as the window's Uninstall button runs it, its confirmation box
# answered "Yes". No window: remove() only updates its list and details pane, stubbed here.
REMOVE = """
import os
import FreeCAD
from PySide2 import QtWidgets
from Addon import Addon
from AddonManager import CommandAddonManager

class Pane:
    def update_item_status(self, *args):
        pass
    def show_repo(self, *args):
        pass

manager = CommandAddonManager.__new__(CommandAddonManager)
manager.dialog = None
manager.item_model = manager.packageDetails = Pane()
folder = os.path.join(FreeCAD.getUserAppDataDir(), "Mod", "Telemetry")
repo = Addon("Telemetry", "", Addon.Status.NO_UPDATE_AVAILABLE, "main")
repo.load_metadata_file(os.path.join(folder, "package.xml"))
asked = []
question = QtWidgets.QMessageBox.__dict__["question"]
def yes(*args):
    asked.append(args[2])
    return QtWidgets.QMessageBox.Yes
QtWidgets.QMessageBox.question = yes
try:
    manager.remove(repo)
finally:
    QtWidgets.QMessageBox.question = question
result = {"asked": asked, "folder_left": os.path.exists(folder),
          "restart_required": manager.restart_required}
"""


LOADED = "import sys\nresult = 'freecad_telemetry' in sys.modules"


@pytest.fixture
def server():
    with CaptureServer() as srv:
        yield srv


@pytest.fixture
def gitpython(freecad_install, freecad_deps) -> Path:
    """GitPython for FreeCAD's Python, cached beside posthog (the 0.20.2 Addon Manager clones
    with it; without it, it would download a zip from GitHub)."""
    try:
        return gitpython_deps(freecad_deps.parent, freecad_install.python_version)
    except AddonRepoError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
def addon_git(tmp_path) -> Path:
    """The add-on's repository as users get it, to install from with a file:// URL."""
    return make_addon_repo(REPO, tmp_path / "repos" / "freecad-telemetry")


@pytest.fixture
def user(bare_profile, gitpython, freecad_deps) -> Profile:
    """A profile without the add-on; posthog and GitPython importable in FreeCAD."""
    bare_profile.python_path([freecad_deps, gitpython])
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
    start_freecad, bare_profile, gitpython, freecad_deps, addon_git, server
):
    profile = bare_profile
    profile.python_path([gitpython])  # posthog is not installed yet
    first = start_freecad(profile)
    said = first.run(INSTALL.format(url=file_url(addon_git)))
    dependencies = first.run(DEPENDENCIES)
    first.quit()
    assert len(said) == 1 and "successfully installed" in said[0], said
    assert (profile.mod_dir / "Telemetry" / ".git").is_dir()  # a git clone
    assert (profile.mod_dir / "Telemetry" / "uninstall.py").is_file()
    assert dependencies == {"declared": ["posthog"], "missing": ["posthog"]}
    # The user installs posthog for FreeCAD's Python, and FreeCAD restarts.
    profile.python_path([freecad_deps, gitpython])
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
    start_freecad, user, addon_git, server
):
    profile = installed_and_sharing(user, addon_git, server.url)
    state = profile.user_data / "telemetry"
    session = start_freecad(profile)
    server.wait_for_events(5, timeout=20)
    had_state = state.is_dir()
    sent_before = len(server.requests)
    removed = session.run(REMOVE)
    time.sleep(1.0)  # a sender still running would send now, or at the quit below
    report = session.report_view()
    session.quit()
    after = start_freecad(profile)
    time.sleep(2.0)
    loaded = after.run(LOADED)
    after.quit()
    assert removed == {
        "asked": ["Are you sure you want to uninstall this Addon?"],
        "folder_left": False,
        "restart_required": True,
    }
    assert had_state
    assert len(server.requests) == sent_before  # not after removal, not at quit, not later
    assert our_params(profile) is None  # user.cfg as FreeCAD saved it at its last quit
    assert not state.exists()
    assert not loaded
    assert "uninstall.py script failed" not in report  # the Addon Manager's own message
    assert error_lines(report) == []


def test_installed_again_it_asks_again_and_uses_a_new_id(start_freecad, user, addon_git, server):
    profile = installed_and_sharing(user, addon_git, server.url)
    first = start_freecad(profile)
    old_ids = {e["distinct_id"] for e in server.wait_for_events(5, timeout=20)}
    first.run(REMOVE)
    said = first.run(INSTALL.format(url=file_url(addon_git)))  # right away, no restart
    first.quit()
    assert "successfully installed" in said[0], said
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
    assert "rewrites user.cfg when it quits" in forgot.stderr
    assert our_params(profile) is None
    assert not (profile.user_data / "telemetry").exists()
    assert set(profile.read_params()["BaseApp"]["Preferences"]) - {"Mod"} == other_groups

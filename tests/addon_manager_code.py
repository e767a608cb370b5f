# SPDX-License-Identifier: LGPL-2.1-or-later
"""FreeCAD's own Addon Manager, called the way its window calls it: code for
FreeCADSession.run(), one set per Addon Manager generation.

* 0.20.2 (Mod/AddonManager of Debian 12's FreeCAD): ``InstallWorkbenchWorker`` clones with
  GitPython; ``CommandAddonManager.remove()`` asks, runs uninstall.py, deletes the folder.
* 2026.2.19 (bundled with FreeCAD 1.1): ``AddonInstaller`` copies a ``file://`` repository;
  ``AddonUninstallerGUI`` asks, then runs uninstall.py on a worker thread and deletes the folder.

The Addon Manager's window is never opened (its list worker needs GitHub), and nothing here
lets it reach the network: 1.1's installer is given its own bundled list of allowed Python
packages instead of fetching the remote one. Each snippet leaves the same ``result`` shape:

* install: a list of what the installer said, "installed" or "FAILED: <message>";
* dependencies: ``{"declared": [...], "missing": [...]}`` Python packages;
* remove: ``{"asked": [confirmation texts], "folder_left": bool}``.

WHEN this runs: the strings are built in the pytest process and executed inside FreeCAD, on
its GUI thread, by tests/freecad_control.py.
"""

from __future__ import annotations

from typing import NamedTuple


class AddonManagerCode(NamedTuple):
    install: str  # format with url=...
    dependencies: str
    remove: str


_INSTALL_0_20 = """
from Addon import Addon
from addonmanager_workers import InstallWorkbenchWorker
worker = InstallWorkbenchWorker(Addon("Telemetry", {url!r}, Addon.Status.NOT_INSTALLED, "main"))
worker.update_timer.stop()
said = []
worker.success.connect(lambda addon, message: said.append("installed"))
worker.failure.connect(lambda addon, message: said.append("FAILED: " + message))
worker.run()
import FreeCADGui
FreeCADGui.fct_installed = worker.repo  # what the Addon Manager knows of it after installing
result = said
"""

# What resolve_dependencies() computes before installing: the add-on's dependency tree, then
# what of it cannot be imported in this FreeCAD.
_DEPENDENCIES_0_20 = """
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
_REMOVE_0_20 = """
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
result = {"asked": asked, "folder_left": os.path.exists(folder)}
"""

# AddonInstaller.run() as the installer GUI runs it (in a worker thread there); the allow-list
# is the bundled ALLOWED_PYTHON_PACKAGES.txt, which lists posthog.
_INSTALL_1_1 = """
from Addon import Addon
from addonmanager_installer import AddonInstaller
AddonInstaller._load_local_allowed_packages_list()
addon = Addon("Telemetry", {url!r}, Addon.Status.NOT_INSTALLED, "main")
installer = AddonInstaller(addon, allow_list=sorted(AddonInstaller.allowed_packages))
said = []
installer.success.connect(lambda addon: said.append("installed"))
installer.failure.connect(lambda addon, message: said.append("FAILED: " + message))
installer.run()
import FreeCADGui
FreeCADGui.fct_installed = addon
result = said
"""

# What the installer GUI's dependency check computes: the tree, then what is not importable;
# posthog must also be on the list of packages it may install.
_DEPENDENCIES_1_1 = """
import FreeCADGui
from Addon import Addon, MissingDependencies
from addonmanager_installer import AddonInstaller
repo = FreeCADGui.fct_installed
tree = Addon.Dependencies()
repo.walk_dependency_tree({}, tree)
missing = MissingDependencies()
missing.import_from_addon(repo, [])
allowed = AddonInstaller.allowed_packages
result = {"declared": sorted(tree.python_requires),
          "missing": [p for p in missing.python_requires if p.lower() in allowed]}
"""

# AddonUninstallerGUI.run() as the Uninstall button starts it: a modal confirmation (answered
# "Yes" here), then uninstall.py and the deletion on its worker thread, then an information
# box (answered "OK"); this waits for its finished signal.
_REMOVE_1_1 = """
import os, time
import FreeCAD
from PySide import QtWidgets
from Addon import Addon
import addonmanager_uninstaller_gui as gui
folder = os.path.join(FreeCAD.getUserAppDataDir(), "Mod", "Telemetry")
repo = Addon("Telemetry", "", Addon.Status.NO_UPDATE_AVAILABLE, "main")
repo.load_metadata_file(os.path.join(folder, "package.xml"))
asked, done = [], []
show_modal = gui.MessageDialog.show_modal
def answer(kind, name, title, text, buttons, *args, **kwargs):
    if kind == gui.MessageDialog.DialogType.QUESTION:
        asked.append(text)
        return QtWidgets.QMessageBox.Yes
    return QtWidgets.QMessageBox.Ok
gui.MessageDialog.show_modal = answer
try:
    remover = gui.AddonUninstallerGUI(repo)
    remover.finished.connect(lambda: done.append(True))
    remover.run()
    end = time.monotonic() + 20
    while not done and time.monotonic() < end:
        QtWidgets.QApplication.processEvents()
        time.sleep(0.01)
finally:
    gui.MessageDialog.show_modal = show_modal
result = {"asked": asked, "folder_left": os.path.exists(folder)}
"""

ADDON_MANAGERS = {
    "0.20": AddonManagerCode(_INSTALL_0_20, _DEPENDENCIES_0_20, _REMOVE_0_20),
    "1.1": AddonManagerCode(_INSTALL_1_1, _DEPENDENCIES_1_1, _REMOVE_1_1),
}

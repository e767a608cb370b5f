# SPDX-License-Identifier: LGPL-2.1-or-later
# FreeCAD's Addon Manager runs this file with exec() right before it deletes the add-on folder:
# 0.20.2 on the GUI thread, inside CommandAddonManager.remove (its locals hold `clonedir`);
# the current Addon Manager on a worker thread, inside AddonUninstaller.run_uninstall_script
# (locals hold `path_to_remove`). Globals are the Addon Manager module's, and a function
# defined here cannot see this file's top-level names: so one function that imports what it
# needs, called with every name in sight. It touches no widget. It must never raise: the
# Addon Manager would report a failure and delete the folder all the same.
# The work itself is freecad_telemetry/uninstalling.py: stop the loaded add-on (nothing more leaves,
# not even at quit), delete its folder of state and its user.cfg settings, save user.cfg.


def _telemetry_uninstall(scope):
    import os
    import sys

    def addon_folder():
        for name in ("clonedir", "path_to_remove"):
            folder = scope.get(name)
            if isinstance(folder, str) and os.path.isdir(os.path.join(folder, "freecad_telemetry")):
                return folder
        freecad = sys.modules.get("FreeCAD")  # always loaded where the Addon Manager runs
        if freecad is None:
            return None
        mod = os.path.join(freecad.getUserAppDataDir(), "Mod")
        names = ["Telemetry", *sorted(os.listdir(mod))] if os.path.isdir(mod) else []
        for name in names:
            if os.path.isfile(os.path.join(mod, name, "freecad_telemetry", "forget.py")):
                return os.path.join(mod, name)
        return None

    added = None
    if "freecad_telemetry" not in sys.modules:  # installed in this session, never loaded
        added = addon_folder()
        if added is not None:
            sys.path.insert(0, added)
    try:
        import freecad_telemetry.uninstalling

        freecad_telemetry.uninstalling.on_uninstall()
    finally:
        if added is not None and added in sys.path:
            sys.path.remove(added)  # the folder is about to go; modules stay loaded


try:
    _telemetry_uninstall(dict(globals(), **locals()))
except BaseException:  # see above: never raise into the Addon Manager
    pass

"""The real FreeCAD behind the host interface: the only module that imports FreeCAD.

Created on the GUI thread once the main window is shown (never during the splash screen,
where each Log-level line costs 51 ms, docs/freecad-host.md §2), or by the command line run
inside FreeCAD. Log lines reach FreeCAD's console on the GUI thread, wherever they come from.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import FreeCAD

from freecad_telemetry import loaded_qt
from freecad_telemetry.host import Screen

# Names for type checkers only: on FreeCAD's GUI thread each import statement costs (PySide
# hooks __import__), and these modules run there when the window comes up.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, List, Optional, Sequence, Tuple

    from freecad_telemetry.host import ParamKind

_GETTERS = {
    "bool": "GetBool",
    "int": "GetInt",
    "unsigned": "GetUnsigned",
    "float": "GetFloat",
    "string": "GetString",
}
_SETTERS = {
    "bool": "SetBool",
    "int": "SetInt",
    "unsigned": "SetUnsigned",
    "float": "SetFloat",
    "string": "SetString",
}
_PREFIX = "User parameter:"
LOG_PREFIX = "Telemetry: "


class FreeCADHost:
    """Implements interface.GuiHost inside a running FreeCAD (GUI or console)."""

    def __init__(self) -> None:
        self._relay: Any = None  # carries log lines from worker threads to the GUI thread
        self._lines: List[str] = []  # appended by workers, printed by the GUI thread
        if FreeCAD.GuiUp and threading.current_thread() is threading.main_thread():
            self._make_relay()

    # --- parameters ---------------------------------------------------------------------
    def get_param(self, group: str, key: str, kind: ParamKind, default: Any) -> Any:
        return getattr(FreeCAD.ParamGet(_PREFIX + group), _GETTERS[kind])(key, default)

    def set_param(self, group: str, key: str, kind: ParamKind, value: Any) -> None:
        getattr(FreeCAD.ParamGet(_PREFIX + group), _SETTERS[kind])(key, value)

    def param_keys(self, group: str) -> Sequence[str]:
        contents = FreeCAD.ParamGet(_PREFIX + group).GetContents() or []
        return sorted({entry[1] for entry in contents})

    def remove_param(self, group: str, key: str, kind: ParamKind) -> None:
        getattr(FreeCAD.ParamGet(_PREFIX + group), _SETTERS[kind].replace("Set", "Rem"))(key)

    def remove_param_group(self, parent: str, name: str) -> None:
        handle = FreeCAD.ParamGet(_PREFIX + parent)
        # 0.20.2 ignores RemGroup for a sub-group not fetched in this session
        # (docs/freecad-host.md §3).
        handle.GetGroup(name)
        handle.RemGroup(name)

    def save_params(self) -> None:
        save = getattr(FreeCAD, "saveParameter", None)
        if save is not None:
            save()

    # --- facts ------------------------------------------------------------------------------
    def freecad_version(self) -> Optional[Sequence[str]]:
        return [str(part) for part in FreeCAD.Version()]

    def config(self, key: str) -> str:
        try:
            return str(FreeCAD.ConfigGet(key) or "")
        except UnicodeDecodeError:  # a value not UTF-8: ConfigGet's only failure for our keys
            return ""

    def locale(self) -> str:
        gui = _gui()
        return str(gui.getLocale()) if gui is not None else ""

    def qt_version(self) -> Optional[str]:
        qt = loaded_qt()
        return str(qt[0].qVersion()) if qt is not None else None

    def python_version(self) -> Optional[str]:
        import platform

        return platform.python_version()

    def screen(self) -> Optional[Screen]:
        """Call on the GUI thread (Qt widgets are not thread-safe)."""
        gui = _gui()
        window = gui.getMainWindow() if gui is not None else None
        if window is None:
            return None
        screen = window.screen()
        size = screen.size()
        return Screen(size.width(), size.height(), float(screen.devicePixelRatio()))

    def user_data_dir(self) -> Path:
        return Path(FreeCAD.getUserAppDataDir())

    def mod_roots(self) -> Sequence[Path]:
        roots = [self.user_data_dir() / "Mod"]
        macro_dir = getattr(FreeCAD, "getUserMacroDir", None)
        if macro_dir is not None:
            roots.append(Path(macro_dir(True)) / "Mod")
        return roots

    def python_candidates(self) -> List[str]:
        """Interpreters FreeCAD designates for work in a separate process, best first:
        freecad.utils.get_python_exe() (FreeCAD >= 1.0), then the Addon Manager's order for
        older ones (docs/freecad-host.md §7). Only existing files; their version is checked
        later."""
        found: List[str] = []
        try:
            from freecad.utils import get_python_exe

            found.append(str(get_python_exe() or ""))
        except ImportError:  # FreeCAD < 1.0
            pass
        console = FreeCAD.ParamGet(_PREFIX + "BaseApp/Preferences/PythonConsole")
        found.append(console.GetString("ExternalPythonExecutable", ""))
        suffix = ".exe" if os.name == "nt" else ""
        home = str(FreeCAD.getHomePath())
        found += [os.path.join(home, "bin", name + suffix) for name in ("python3", "python")]
        import shutil

        found.append(shutil.which("python3") or "")
        unique: List[str] = []
        for path in found:
            if path and path not in unique and os.path.isfile(path):
                unique.append(path)
        return unique

    # --- reporting ----------------------------------------------------------------------------
    def log(self, message: str) -> None:
        """One Log-level line (never the Report view's message level), from any thread."""
        line = LOG_PREFIX + message.rstrip("\n") + "\n"
        if self._relay is None or threading.current_thread() is threading.main_thread():
            FreeCAD.Console.PrintLog(line)
        else:
            core = self._qt()[0]
            self._lines.append(line)
            core.QMetaObject.invokeMethod(self._relay, "start", core.Qt.QueuedConnection)

    # --- lifecycle (GUI only) ----------------------------------------------------------------
    def on_quit(self, callback: Callable[[], None]) -> None:
        self._qt()[1].QApplication.instance().aboutToQuit.connect(callback)

    def call_later(self, seconds: float, callback: Callable[[], None]) -> None:
        self._qt()[0].QTimer.singleShot(int(seconds * 1000), callback)

    def main_window(self) -> Any:
        gui = _gui()
        return gui.getMainWindow() if gui is not None else None

    def register_preferences_page(self, page: type) -> None:
        """Edit > Preferences > Telemetry: FreeCAD instantiates `page` when the dialog opens
        (a class: FreeCAD 0.20 accepts nothing else)."""
        gui = _gui()
        if gui is not None:
            # FreeCAD looks up the group's icon as "preferences-telemetry" on its icon path.
            package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
            gui.addIconPath(os.path.join(package, "Resources", "icons"))
            gui.addPreferencePage(page, "Telemetry")

    def use_language_path(self, folder: str) -> bool:
        """Register `folder` as FreeCAD's own add-ons do, so FreeCAD loads the
        ``*_<code>.qm`` there for its language, now (updateLocale installs only files not
        yet loaded) and whenever the user switches language. GUI thread; False without a
        GUI."""
        gui = _gui()
        if gui is None:
            return False
        gui.addLanguagePath(folder)
        gui.updateLocale()
        return True

    def _make_relay(self) -> None:
        """On the GUI thread: a single-shot timer living there. Worker threads queue their
        lines and start it through a queued call; it prints them on the GUI thread, where
        FreeCAD's console observers expect them. (A QObject subclass with a signal would
        cost the GUI thread most of a millisecond to define.)"""
        self._relay = self._qt()[0].QTimer()
        self._relay.setSingleShot(True)
        self._relay.setInterval(0)
        self._relay.timeout.connect(self._print_queued)

    def _qt(self) -> Tuple[Any, Any]:
        """FreeCAD's Qt modules; only called where its GUI runs (GuiUp), which loaded them."""
        qt = loaded_qt()
        if qt is None:
            raise RuntimeError("FreeCAD's GUI is not running")
        return qt

    def _print_queued(self) -> None:
        while self._lines:
            FreeCAD.Console.PrintLog(self._lines.pop(0))


def _gui():
    if not FreeCAD.GuiUp:
        return None
    import FreeCADGui

    return FreeCADGui

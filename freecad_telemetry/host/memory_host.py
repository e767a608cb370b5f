"""An in-memory host: a fake FreeCAD for tests, and a frozen copy of the real one.

Tests build one with the parameters and facts they need; the start-up code copies what the
collectors need from FreeCAD into one (on the GUI thread, cheaply) so that collecting can
then run on a background thread without touching FreeCAD.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, List, Optional, Sequence, Tuple

from freecad_telemetry.host import Screen
from freecad_telemetry.host.user_cfg import ParameterTree, TreeParams

FULL_HD = Screen(1920, 1080, 1.0)


class MemoryHost(TreeParams):
    """Implements interface.GuiHost; records log lines and the quit callbacks."""

    def __init__(
        self,
        *,
        params: Optional[ParameterTree] = None,
        version: Optional[Sequence[str]] = ("1", "0", "2", "39319 (Git)"),
        config: Optional[dict] = None,
        locale: str = "English",
        qt_version: Optional[str] = "6.8.3",
        python_version: Optional[str] = "3.11.9",
        screen: Optional[Screen] = FULL_HD,
        user_data_dir: Path = Path("/nonexistent/FreeCAD"),
        mod_roots: Sequence[Path] = (),
        log: Optional[Callable[[str], None]] = None,
    ) -> None:
        self._log = log  # where log lines go (the agent's log file); None: kept in `logged`
        self.params = params if params is not None else ParameterTree()
        self.version = list(version) if version is not None else None
        self.config_values = dict(config or {})
        self.locale_name = locale
        self.qt = qt_version
        self.python = python_version
        self.screen_info = screen
        self.data_dir = Path(user_data_dir)
        self.mods = list(mod_roots)
        self.logged: List[str] = []
        self.saves = 0
        self.quit_callbacks: List[Callable[[], None]] = []
        self.later: List[Tuple[float, Callable[[], None]]] = []
        self.preference_pages = 0
        self.page_class: Optional[type] = None  # what FreeCAD would instantiate for the page
        self.language_paths: List[str] = []  # use_language_path calls
        self.pythons: List[str] = []  # interpreters for the sending agent (none: in-process)

    def save_params(self) -> None:
        self.saves += 1

    def freecad_version(self) -> Optional[Sequence[str]]:
        return self.version

    def config(self, key: str) -> str:
        return str(self.config_values.get(key, ""))

    def locale(self) -> str:
        return self.locale_name

    def qt_version(self) -> Optional[str]:
        return self.qt

    def python_version(self) -> Optional[str]:
        return self.python

    def screen(self) -> Optional[Screen]:
        return self.screen_info

    def user_data_dir(self) -> Path:
        return self.data_dir

    def mod_roots(self) -> Sequence[Path]:
        return list(self.mods)

    def python_candidates(self) -> List[str]:
        return list(self.pythons)

    def log(self, message: str) -> None:
        if self._log is not None:
            self._log(message)
        else:
            self.logged.append(message)

    def on_quit(self, callback: Callable[[], None]) -> None:
        self.quit_callbacks.append(callback)

    def call_later(self, seconds: float, callback: Callable[[], None]) -> None:
        self.later.append((seconds, callback))

    def main_window(self) -> Any:
        return None

    def register_preferences_page(self, page: type) -> None:
        self.preference_pages += 1
        self.page_class = page

    def use_language_path(self, folder: str) -> bool:
        """Records the folder; False: no FreeCAD here to load from it."""
        self.language_paths.append(folder)
        return False

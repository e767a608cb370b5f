"""The host boundary: everything the add-on needs from FreeCAD, as one small interface.

Three implementations: ``freecad_host.FreeCADHost`` (inside FreeCAD, the only module that
imports FreeCAD), ``profile_host.ProfileHost`` (reads a FreeCAD profile from disk, for the
command line) and ``memory_host.MemoryHost`` (in memory, for tests). Nothing here runs code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal, Optional, Protocol, Sequence, Tuple

ParamKind = Literal["bool", "int", "unsigned", "float", "string"]
PARAM_KINDS: Tuple[str, ...] = ("bool", "int", "unsigned", "float", "string")


@dataclass(frozen=True)
class Screen:
    """The primary screen in device-independent pixels, as Qt reports it."""

    width: int
    height: int
    pixel_ratio: float


class Host(Protocol):
    """What the collectors, settings and start-up code may ask of FreeCAD."""

    # Parameters (user.cfg). `group` is a path below "User parameter:", e.g. "BaseApp/Preferences".
    def get_param(self, group: str, key: str, kind: ParamKind, default: Any) -> Any: ...
    def set_param(self, group: str, key: str, kind: ParamKind, value: Any) -> None: ...
    def param_keys(self, group: str) -> Sequence[str]: ...
    def remove_param_group(self, parent: str, name: str) -> None: ...
    def save_params(self) -> None: ...

    # Facts about this FreeCAD.
    def freecad_version(self) -> Optional[Sequence[str]]: ...
    def config(self, key: str) -> str: ...
    def locale(self) -> str: ...
    def qt_version(self) -> Optional[str]: ...
    def python_version(self) -> Optional[str]: ...
    def screen(self) -> Optional[Screen]: ...
    def user_data_dir(self) -> Path: ...
    def mod_roots(self) -> Sequence[Path]: ...

    # Reporting: one line at log level (never the Report view's message level).
    def log(self, message: str) -> None: ...


class GuiHost(Host, Protocol):
    """A host with a running GUI: the quit hook the session registers."""

    def on_quit(self, callback: Callable[[], None]) -> None: ...

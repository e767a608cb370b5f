"""The FreeCAD boundary: one interface (interface.Host), three implementations, and the
values that cross it (parameter kinds and the screen), kept here rather than in a module
of their own: freecad_host.py, loaded on FreeCAD's GUI
thread when its window comes up, then needs no second module (each costs that thread a few
tenths of a millisecond).
"""

from __future__ import annotations

TYPE_CHECKING = False  # (FreeCAD's GUI thread reads this module: no typing import)
if TYPE_CHECKING:
    from typing import Any, Iterator, Literal, Tuple

    ParamKind = Literal["bool", "int", "unsigned", "float", "string"]
else:
    ParamKind = str  # a parameter's kind: one of PARAM_KINDS
PARAM_KINDS: Tuple[str, ...] = ("bool", "int", "unsigned", "float", "string")


class Screen:
    """The primary screen in device-independent pixels, as Qt reports it. A plain class: a
    NamedTuple or a dataclass costs FreeCAD's GUI thread half a millisecond to define."""

    __slots__ = ("height", "pixel_ratio", "width")

    def __init__(self, width: int, height: int, pixel_ratio: float) -> None:
        self.width, self.height, self.pixel_ratio = width, height, pixel_ratio

    def __iter__(self) -> Iterator[float]:
        return iter((self.width, self.height, self.pixel_ratio))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Screen) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Screen({self.width}, {self.height}, {self.pixel_ratio})"


def running_freecad() -> Any:
    """The FreeCAD this process runs in, behind the host interface (interface.GuiHost): for
    the entry point once the window is up (GUI thread), the preferences page, uninstall and
    the command line run inside FreeCAD. Only now is freecad_host.py, the one module that
    imports FreeCAD, loaded."""
    from freecad_telemetry.host.freecad_host import FreeCADHost

    return FreeCADHost()

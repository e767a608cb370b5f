"""freecad_preferences: the tracked FreeCAD settings, read as fields.FIELDS declares them."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple, cast

from freecad_telemetry.fields import BUILTIN_WORKBENCHES, OTHER_WORKBENCH, Field, fields_of
from freecad_telemetry.host import ParamKind
from freecad_telemetry.host.interface import Host

EVENT = "freecad_preferences"
OVERLAY_SIDES = ("Left", "Right", "Top", "Bottom")
OVERLAY_GROUP = "BaseApp/MainWindow/DockWindows/Overlay"


def _file_name(value: Any, _host: Host) -> Any:
    # Style sheets may be stored with their folder, which can hold the user's name.
    text = str(value)
    return text.replace("\\", "/").rsplit("/", 1)[-1]


def _csv_list(value: Any, _host: Host) -> Any:
    return [item.strip() for item in str(value).split(",") if item.strip()]


def _workbench(value: Any, _host: Host) -> Any:
    # An add-on's workbench may be private (its class name is the add-on's choice).
    name = str(value).strip()
    return name if not name or name in BUILTIN_WORKBENCHES else OTHER_WORKBENCH


def _workbench_list(value: Any, host: Host) -> Any:
    return [_workbench(item, host) for item in _csv_list(value, host)]


TRANSFORMS: Dict[str, Callable[[Any, Host], Any]] = {
    "none": lambda value, _host: value,
    "text": lambda value, _host: str(value),
    "csv_list": _csv_list,
    "workbench": _workbench,
    "workbench_list": _workbench_list,
    "file_name": _file_name,
    "or_locale": lambda value, host: value or host.locale(),
}


def split_param_source(source: str) -> Tuple[str, str]:
    """'param:BaseApp/Preferences/General/Language' -> group path and key."""
    group, _, key = source[len("param:") :].rpartition("/")
    return group, key


def param_sources() -> List[Field]:
    """Fields read straight from a parameter (also what a GUI-thread snapshot must copy)."""
    return [f for f in fields_of(EVENT) if f.source.startswith("param:")]


def _overlays(host: Host) -> Dict[str, Tuple[str, bool]]:
    """Overlay panel name -> (side, transparent), from FreeCAD 1.x's overlay groups."""
    found: Dict[str, Tuple[str, bool]] = {}
    for side in OVERLAY_SIDES:
        group = OVERLAY_GROUP + side
        widgets = str(host.get_param(group, "Widgets", "string", ""))
        transparent = bool(host.get_param(group, "Transparent", "bool", False))
        for name in (w.strip() for w in widgets.split(",")):
            if name and name not in found:
                found[name] = (side.lower(), transparent)
    return found


def collect(host: Host) -> Optional[Dict[str, Any]]:
    props: Dict[str, Any] = {}
    overlays = _overlays(host)
    for field in fields_of(EVENT):
        if field.source.startswith("param:"):
            group, key = split_param_source(field.source)
            kind = cast(ParamKind, field.kind)  # a "param:" field's kind is one (test_fields)
            raw = host.get_param(group, key, kind, field.default)
            props[field.prop] = TRANSFORMS[field.transform](raw, host)
        elif field.source.startswith("overlay:"):
            side, transparent = overlays.get(field.source[len("overlay:") :], ("none", False))
            props[field.prop] = transparent if field.kind == "bool" else side
    return props

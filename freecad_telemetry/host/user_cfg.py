"""FreeCAD's parameter tree and its user.cfg file format, without FreeCAD.

Used by the command line (which reads a profile from disk while FreeCAD may not even be
installed) and by the in-memory test host. Values are typed like FreeCAD's own getters:
bool, int, unsigned, float, string.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from freecad_telemetry.atomic_file import write_atomic

_TAG_OF_KIND = {
    "bool": "FCBool",
    "int": "FCInt",
    "unsigned": "FCUInt",
    "float": "FCFloat",
    "string": "FCText",
}
_KIND_OF_TAG = {tag: kind for kind, tag in _TAG_OF_KIND.items()}
MAX_USER_CFG_BYTES = 32 * 1024 * 1024  # real ones are tens of KB; refuse absurd files


class UserCfgError(Exception):
    """user.cfg exists but cannot be read as FreeCAD's parameter file."""


class ParamGroup:
    def __init__(self) -> None:
        self.groups: Dict[str, ParamGroup] = {}
        self.values: Dict[Tuple[str, str], Any] = {}  # (kind, key) -> value, as FreeCAD keys them


class ParameterTree:
    """A FreeCAD parameter tree; group paths are like "BaseApp/Preferences/General"."""

    def __init__(self) -> None:
        self.root = ParamGroup()

    def _group(self, path: str, create: bool) -> Optional[ParamGroup]:
        group = self.root
        for part in [p for p in path.split("/") if p]:
            child = group.groups.get(part)
            if child is None:
                if not create:
                    return None
                child = group.groups[part] = ParamGroup()
            group = child
        return group

    def get(self, path: str, key: str, kind: str, default: Any) -> Any:
        group = self._group(path, create=False)
        if group is None:
            return default
        return group.values.get((kind, key), default)

    def set(self, path: str, key: str, kind: str, value: Any) -> None:
        if kind not in _TAG_OF_KIND:
            raise ValueError(f"unknown parameter kind {kind!r}")
        group = self._group(path, create=True)
        assert group is not None
        group.values[(kind, key)] = _coerce(kind, value)

    def keys(self, path: str) -> List[str]:
        group = self._group(path, create=False)
        return [] if group is None else sorted({key for _kind, key in group.values})

    def remove(self, path: str, key: str, kind: str) -> None:
        group = self._group(path, create=False)
        if group is not None:
            group.values.pop((kind, key), None)

    def remove_group(self, parent: str, name: str) -> None:
        group = self._group(parent, create=False)
        if group is not None:
            group.groups.pop(name, None)

    @classmethod
    def load(cls, path: Path) -> ParameterTree:
        """Parse a user.cfg; raises UserCfgError with a one-line reason when it is not one."""
        try:
            if path.stat().st_size > MAX_USER_CFG_BYTES:
                raise UserCfgError("user.cfg is larger than any real one; not reading it")
            root = ET.parse(str(path)).getroot()
        except ET.ParseError as exc:
            raise UserCfgError(f"user.cfg is not well-formed XML ({exc})") from None
        except OSError as exc:
            raise UserCfgError(f"user.cfg cannot be read ({exc.strerror or exc})") from None
        if root.tag != "FCParameters":
            raise UserCfgError("user.cfg has no FCParameters root element")
        tree = cls()
        top = root.find("FCParamGroup")
        if top is not None:
            _read_group(top, tree.root)
        return tree

    def save(self, path: Path) -> None:
        root = ET.Element("FCParameters")
        _write_group(self.root, ET.SubElement(root, "FCParamGroup", Name="Root"))
        if hasattr(ET, "indent"):  # Python 3.9+; FreeCAD reads either layout
            ET.indent(root)
        body = ET.tostring(root, encoding="unicode")
        write_atomic(path, '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n")


class TreeParams:
    """The host interface's parameter calls, answered from a ParameterTree in `params`."""

    params: ParameterTree

    def get_param(self, group: str, key: str, kind: str, default: Any) -> Any:
        return self.params.get(group, key, kind, default)

    def set_param(self, group: str, key: str, kind: str, value: Any) -> None:
        self.params.set(group, key, kind, value)

    def param_keys(self, group: str) -> Sequence[str]:
        return self.params.keys(group)

    def remove_param(self, group: str, key: str, kind: str) -> None:
        self.params.remove(group, key, kind)

    def remove_param_group(self, parent: str, name: str) -> None:
        self.params.remove_group(parent, name)


def _coerce(kind: str, value: Any) -> Any:
    if kind == "bool":
        return bool(value)
    if kind in ("int", "unsigned"):
        return int(value)
    if kind == "float":
        return float(value)
    return str(value)


def _parse_value(kind: str, element: ET.Element) -> Any:
    if kind == "string":
        return element.text or ""
    raw = element.get("Value", "")
    if kind == "bool":
        return raw.strip() == "1"
    if kind in ("int", "unsigned"):
        return int(raw)
    return float(raw)


def _read_group(element: ET.Element, group: ParamGroup) -> None:
    for child in element:
        name = child.get("Name")
        if name is None:
            continue
        if child.tag == "FCParamGroup":
            _read_group(child, group.groups.setdefault(name, ParamGroup()))
            continue
        kind = _KIND_OF_TAG.get(child.tag)
        if kind is None:
            continue
        try:
            group.values[(kind, name)] = _parse_value(kind, child)
        except ValueError:
            continue  # FreeCAD itself falls back to the default for a garbled number


def _write_group(group: ParamGroup, element: ET.Element) -> None:
    for name, child in group.groups.items():
        _write_group(child, ET.SubElement(element, "FCParamGroup", Name=name))
    for (kind, key), value in group.values.items():
        tag = _TAG_OF_KIND[kind]
        if kind == "string":
            ET.SubElement(element, tag, Name=key).text = value
        elif kind == "bool":
            ET.SubElement(element, tag, Name=key, Value="1" if value else "0")
        else:
            ET.SubElement(
                element, tag, Name=key, Value=repr(value) if kind == "float" else str(value)
            )

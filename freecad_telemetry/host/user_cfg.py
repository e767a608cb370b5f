"""FreeCAD's parameter tree and its user.cfg file format, without FreeCAD.

Used by the command line (which reads a profile from disk while FreeCAD may not even be
installed) and by the in-memory test host. Values are typed like FreeCAD's own getters:
bool, int, unsigned, float, string.
"""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union
from xml.parsers import expat

from freecad_telemetry.files.atomic import write_atomic
from freecad_telemetry.files.safe_xml import XmlRefused, refusing_parser

_TAG_OF_KIND = {
    "bool": "FCBool",
    "int": "FCInt",
    "unsigned": "FCUInt",
    "float": "FCFloat",
    "string": "FCText",
}
_KIND_OF_TAG = {tag: kind for kind, tag in _TAG_OF_KIND.items()}
MAX_USER_CFG_BYTES = 32 * 1024 * 1024  # real ones are tens of KB; refuse absurd files
# Real ones nest about ten levels (FCParameters/Root/BaseApp/Preferences/Mod/...). A deeper
# file is refused, not cut: the command line may save user.cfg back, and must lose nothing.
MAX_USER_CFG_DEPTH = 100


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
        """Parse a user.cfg; raises UserCfgError with a one-line reason when it is not one.

        Reads only a regular file (a FIFO would block for ever), at most MAX_USER_CFG_BYTES,
        and streams it: no element tree is built, so nesting costs no recursion."""
        tree = cls()
        builder = _TreeBuilder(tree.root)
        parser = refusing_parser()
        parser.StartElementHandler = builder.start
        parser.EndElementHandler = builder.end
        parser.CharacterDataHandler = builder.text
        try:
            _feed(path, parser)
        except expat.ExpatError as exc:
            raise UserCfgError(f"user.cfg is not well-formed XML ({exc})") from None
        except XmlRefused as exc:
            raise UserCfgError(f"user.cfg is refused: {exc}") from None
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


def _parse_value(kind: str, raw: str) -> Any:
    if kind == "bool":
        return raw.strip() == "1"
    if kind in ("int", "unsigned"):
        return int(raw)
    return float(raw)


class _Value:
    """A value element being read: its text counts until its first child element."""

    def __init__(self, group: ParamGroup, kind: str, name: str, raw: str) -> None:
        self.group, self.kind, self.name, self.raw = group, kind, name, raw
        self.parts: List[str] = []
        self.closed = False

    def store(self) -> None:
        try:
            if self.kind == "string":
                value: Any = "".join(self.parts)
            else:
                value = _parse_value(self.kind, self.raw)
        except ValueError:
            return  # FreeCAD itself falls back to the default for a garbled number
        self.group.values[(self.kind, self.name)] = value


_Open = Union[ParamGroup, _Value, None]  # what an open element fills; None: ignored


class _TreeBuilder:
    """expat callbacks filling a ParameterTree: FCParameters > the first FCParamGroup (the
    root) > named groups and values; unnamed or unknown elements are skipped with all they
    contain, as FreeCAD skips them."""

    def __init__(self, root: ParamGroup) -> None:
        self.root = root
        self.open: List[_Open] = []
        self.found_root = False

    def start(self, tag: str, attributes: Dict[str, str]) -> None:
        if len(self.open) >= MAX_USER_CFG_DEPTH:
            raise UserCfgError(
                f"user.cfg nests more than {MAX_USER_CFG_DEPTH} levels deep; not reading it"
            )
        if not self.open:
            if tag != "FCParameters":
                raise UserCfgError("user.cfg has no FCParameters root element")
            self.open.append(None)
            return
        self.open.append(self._child(tag, attributes))

    def _child(self, tag: str, attributes: Dict[str, str]) -> _Open:
        parent = self.open[-1]
        if len(self.open) == 1:  # a child of FCParameters: the first group is the root
            if tag == "FCParamGroup" and not self.found_root:
                self.found_root = True
                return self.root
            return None
        if isinstance(parent, _Value):
            parent.closed = True
        name = attributes.get("Name")
        if not isinstance(parent, ParamGroup) or name is None:
            return None
        if tag == "FCParamGroup":
            return parent.groups.setdefault(name, ParamGroup())
        kind = _KIND_OF_TAG.get(tag)
        return None if kind is None else _Value(parent, kind, name, attributes.get("Value", ""))

    def end(self, _tag: str) -> None:
        closing = self.open.pop()
        if isinstance(closing, _Value):
            closing.store()

    def text(self, data: str) -> None:
        current = self.open[-1] if self.open else None
        if isinstance(current, _Value) and not current.closed:
            current.parts.append(data)


def _feed(path: Path, parser: Any) -> None:
    """Feed `path` to `parser` in chunks, so a refusal stops reading; UserCfgError when it is
    not a regular file, larger than MAX_USER_CFG_BYTES or unreadable."""
    try:
        # O_NONBLOCK: a FIFO (or one swapped in) must not block; fstat then tells what it is.
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        descriptor = os.open(str(path), flags)
        try:
            mode = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(mode):
                raise UserCfgError("user.cfg is a folder, not a file")
            if not stat.S_ISREG(mode):
                raise UserCfgError("user.cfg is not a regular file (a pipe or a device?)")
            total = 0
            while True:
                chunk = os.read(descriptor, 256 * 1024)
                total += len(chunk)
                if total > MAX_USER_CFG_BYTES:
                    raise UserCfgError("user.cfg is larger than any real one; not reading it")
                parser.Parse(chunk, not chunk)  # an empty chunk: the end of the file
                if not chunk:
                    return
        finally:
            os.close(descriptor)
    except OSError as exc:
        raise UserCfgError(f"user.cfg cannot be read ({exc.strerror or exc})") from None


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

"""Counts the add-ons installed in FreeCAD's Mod folders and names the public ones.

Runs in the collectors' background thread inside FreeCAD (never on the GUI thread), and in
the command-line tool outside FreeCAD. Standard library only: it reads package.xml itself
because FreeCAD.Metadata raises on a broken file with the user's absolute path in the
message, and that text must never leave the machine.

Never raises: whatever is on disk, a file that cannot be read is only counted.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, List, NamedTuple, Optional, Sequence, Set, Tuple, Union

from freecad_telemetry.files.atomic import read_regular
from freecad_telemetry.files.safe_xml import XmlRefused as _Refused
from freecad_telemetry.files.safe_xml import refusing_parser

PathArg = Union[str, "os.PathLike[str]"]

MAX_PACKAGE_XML_BYTES = 256 * 1024
MAX_NAME_CHARS = 64
PUBLIC_FORGE_HOSTS = frozenset(
    {
        "github.com",
        "gitlab.com",
        "codeberg.org",
        "framagit.org",
        "salsa.debian.org",
        "bitbucket.org",
        "sourceforge.net",
        "git.sr.ht",
        "gitee.com",
    }
)
MAX_URL_CHARS = 512
# The whole of a public repository's address: anything more (user:token@, :port, ?query,
# #fragment, %-escapes, non-ASCII) or other (ssh, http, git@) fails to match. Each part
# stops at a character the next cannot start with, so matching is linear.
_PUBLIC_REPOSITORY_URL = re.compile(
    r"(?i:https)://(?P<host>[A-Za-z0-9.-]{1,253})(?P<path>(?:/[A-Za-z0-9._~-]{1,100}){1,8})/?"
)
# FreeCAD's loader ignores these folders; ".backup" ones are the Addon Manager's copies.
_IGNORED_FOLDER_NAMES = frozenset({"__pycache__", "CVS"})
_BACKUP_MARKER = ".backup"
# expat joins a namespace URI and a local name with this; "}" cannot occur in a local name.
_NAMESPACE_SEPARATOR = "}"


class PackageInfo(NamedTuple):
    """What this scanner takes from one package.xml: raw, stripped, not yet sanitised."""

    name: str
    repository_url: str


@dataclass(frozen=True)
class AddonScan:
    """How many add-ons are installed, and the names of those published on a public forge.

    Holds no paths, folder names or error texts: it is sent as telemetry.
    """

    named: Tuple[str, ...]
    unlisted: int
    unreadable: int

    @property
    def total(self) -> int:
        return len(self.named) + self.unlisted + self.unreadable


class _PackageXmlReader:
    """expat callbacks that keep the root's <name> and first <url type="repository">."""

    def __init__(self) -> None:
        self.depth = 0
        self.name_parts: Optional[List[str]] = None
        self.url_parts: Optional[List[str]] = None
        self._capturing: Optional[List[str]] = None

    def start(self, tag: str, attributes: Dict[str, str]) -> None:
        self.depth += 1
        local_name = tag.rpartition(_NAMESPACE_SEPARATOR)[2]
        if self.depth == 1:
            if local_name != "package":
                raise _Refused()
        elif self.depth == 2:
            if local_name == "name":
                # FreeCAD keeps the last <name> it meets, so this does too
                self.name_parts = []
                self._capturing = self.name_parts
            elif (
                local_name == "url"
                and self.url_parts is None
                and attributes.get("type") == "repository"
            ):
                self.url_parts = []
                self._capturing = self.url_parts

    def end(self, tag: str) -> None:
        if self.depth == 2:
            self._capturing = None
        self.depth -= 1

    def text(self, data: str) -> None:
        # Text of nested children counts too, as in FreeCAD's getTextContent(); comments
        # do not reach this handler at all.
        if self._capturing is not None:
            self._capturing.append(data)


def _parse_package_xml(data: bytes) -> PackageInfo:
    reader = _PackageXmlReader()
    parser = refusing_parser(_NAMESPACE_SEPARATOR)  # no DOCTYPE, no entities
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    # Bytes, not str: expat then honours the BOM and the declared encoding itself.
    parser.Parse(data, True)
    name = "".join(reader.name_parts or ()).strip()
    url = "".join(reader.url_parts or ()).strip()
    return PackageInfo(name=name, repository_url=url)


def _read_bounded(path: str) -> Optional[bytes]:
    """The file's bytes, or None when it is not a regular file or exceeds the size cap."""
    # One byte over the cap: a file growing while read still hits it.
    data = read_regular(path, MAX_PACKAGE_XML_BYTES + 1)
    return None if data is None or len(data) > MAX_PACKAGE_XML_BYTES else data


def read_package_info(package_xml: PathArg) -> Optional[PackageInfo]:
    """The (name, repository URL) of one package.xml; None when it cannot be read or parsed.

    Never raises. Root element must be <package> in any (or no) namespace.
    """
    try:
        data = _read_bounded(os.fsdecode(os.fspath(package_xml)))
        if data is None:
            return None
        return _parse_package_xml(data)
    except Exception:  # one add-on's file, whatever it holds: it is only counted
        # OSError, ExpatError, XmlRefused, UnicodeError, LookupError (an unknown encoding),
        # RecursionError, MemoryError, ...: the file is counted as unreadable and the
        # message (with its path) is dropped.
        return None


def is_public_forge_url(url: str) -> bool:
    """True only when the URL is clearly a public repository: https, no credentials, port,
    query or fragment, a host in PUBLIC_FORGE_HOSTS (optionally with "www."), and a plain
    path (ASCII letters, digits and ._~- between slashes). Anything else, a token in the
    URL (https://user:token@github.com/...), http, an IP address, a company or home host, is
    not named: its add-on is only counted."""
    if not isinstance(url, str):
        return False
    text = url.strip()
    match = _PUBLIC_REPOSITORY_URL.fullmatch(text) if len(text) <= MAX_URL_CHARS else None
    if match is None:
        return False
    host = match.group("host").lower()
    if host.startswith("www."):
        host = host[len("www.") :]
    segments = match.group("path").split("/")[1:]
    return host in PUBLIC_FORGE_HOSTS and not any(s in (".", "..") for s in segments)


def sanitise_addon_name(raw: str) -> Optional[str]:
    """The name as it may be reported, or None when it is empty or longer than MAX_NAME_CHARS.

    Control and format characters go (they could hide text or break a dashboard); runs of
    whitespace become one space. Too long is refused, not cut: that is not a name.
    """
    kept = "".join(
        character
        for character in raw
        if character.isspace() or unicodedata.category(character) not in ("Cc", "Cf")
    )
    collapsed = " ".join(kept.split())
    if not collapsed or len(collapsed) > MAX_NAME_CHARS:
        return None
    return collapsed


def _is_ignored_folder_name(name: str) -> bool:
    return name.startswith(".") or name in _IGNORED_FOLDER_NAMES or _BACKUP_MARKER in name


def _addon_folders(root: Union[str, os.PathLike]) -> List[Tuple[str, str]]:
    """(lower-cased folder name, folder path) for each add-on folder in one Mod root.

    Sorted by name so the result does not depend on os.listdir order. Never raises: a
    root that is missing or unlistable yields nothing, an entry that cannot be checked
    is skipped.
    """
    try:
        root_path = os.fsdecode(os.fspath(root))
        folders: List[Tuple[str, str]] = []
        with os.scandir(root_path) as entries:
            for entry in entries:
                if _is_ignored_folder_name(entry.name):
                    continue
                try:
                    # follows symlinks; a broken link or a link loop is not a folder
                    if entry.is_dir():
                        folders.append((entry.name.lower(), entry.path))
                except OSError:
                    continue
        folders.sort()
        return folders
    except (OSError, TypeError, ValueError):  # not a path, a NUL in it, missing, unlistable
        return []


class _Tally:
    def __init__(self) -> None:
        self.names: Set[str] = set()
        self.unlisted = 0
        self.unreadable = 0

    def count_folder(self, folder: str) -> None:
        package_xml = os.path.join(folder, "package.xml")
        if not os.path.lexists(package_xml):
            self.unlisted += 1  # legacy add-on without metadata
            return
        info = read_package_info(package_xml)
        if info is None:
            self.unreadable += 1
            return
        name = sanitise_addon_name(info.name)
        # A second folder with an already reported name is still an add-on: counting it
        # as unlisted keeps `total` equal to the number of add-on folders.
        if name is None or name in self.names or not is_public_forge_url(info.repository_url):
            self.unlisted += 1
            return
        self.names.add(name)

    def result(self) -> AddonScan:
        named = tuple(sorted(self.names, key=lambda name: (name.casefold(), name)))
        return AddonScan(named=named, unlisted=self.unlisted, unreadable=self.unreadable)


def scan_addons(mod_roots: Sequence[PathArg]) -> AddonScan:
    """Scan FreeCAD's Mod folders, given in FreeCAD's precedence order (user Mod first).

    Like FreeCAD's loader, a folder name already seen in an earlier root (compared
    case-insensitively) is the same add-on and is counted once. Never raises: an add-on
    whose package.xml cannot be read is only counted (as unreadable).
    """
    tally = _Tally()
    seen_folder_names: Set[str] = set()
    for root in mod_roots:
        for folder_key, folder in _addon_folders(root):
            if folder_key in seen_folder_names:
                continue
            seen_folder_names.add(folder_key)
            tally.count_folder(folder)
    return tally.result()

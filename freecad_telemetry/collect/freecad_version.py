"""freecad_version: FreeCAD's version and release channel, from FreeCAD.Version()."""

from __future__ import annotations

import re
from typing import Any, Dict, Optional, Sequence

from freecad_telemetry.host.interface import Host


def release_channel(version: Sequence[str], suffix: str) -> str:
    """release, rc or dev. The suffix (FreeCAD >= 1.1 exposes BuildVersionSuffix) decides when
    present; else a build from the main branch is a development (weekly) build."""
    lowered = suffix.lower()
    if "rc" in lowered:
        return "rc"
    if lowered:
        return "dev"
    branch = version[6].lower() if len(version) > 6 else ""
    if branch in ("main", "master") or "dev" in branch:
        return "dev"
    return "release"


def channel_of(host: Host) -> str:
    """The release channel of the running FreeCAD ("" outside FreeCAD)."""
    version = host.freecad_version()
    if not version:
        return ""
    return release_channel([str(p) for p in version], host.config("BuildVersionSuffix").strip())


def collect(host: Host) -> Optional[Dict[str, Any]]:
    """None outside FreeCAD (the command line cannot know which FreeCAD will start)."""
    version = host.freecad_version()
    if not version:
        return None
    parts = [str(p) for p in version] + [""] * 4
    build = re.match(r"\d+", parts[3].strip())
    suffix = host.config("BuildVersionSuffix").strip()
    return {
        "version_major": parts[0],
        "version_minor": parts[1],
        "version_patch": parts[2],
        "version_build": build.group(0) if build else "",
        "version_suffix": suffix,
    }

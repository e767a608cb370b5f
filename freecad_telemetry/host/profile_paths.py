"""Where FreeCAD keeps a user's profile, found the way FreeCAD finds it, without FreeCAD.

Runs in the command line tool only. Rules (FreeCAD 0.20+, verified on 0.20.2 for Linux;
the macOS and Windows folders are read from FreeCAD's documentation):
``FREECAD_USER_HOME`` wins when that folder exists (user.cfg and Mod/ directly inside);
otherwise the per-OS config and data folders, located with platformdirs. Newer FreeCAD
releases may keep a versioned sub-folder (``v1-1``) in both; the newest one with a user.cfg
is taken.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

_VERSIONED = re.compile(r"^v(\d+)-(\d+)$")


@dataclass(frozen=True)
class ProfilePaths:
    user_cfg: Path
    user_data_dir: Path


def locate_profile(
    env: Optional[Mapping[str, str]] = None, platform: Optional[str] = None
) -> ProfilePaths:
    """The user.cfg and user data folder FreeCAD would use for this environment."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    custom = env.get("FREECAD_USER_HOME")
    if custom and Path(custom).is_dir():
        return ProfilePaths(Path(custom) / "user.cfg", Path(custom))
    config_dir, data_dir = _standard_dirs(env, platform)
    config_dir = _newest_versioned(config_dir, "user.cfg")
    data_dir = _newest_versioned(data_dir, "Mod")
    return ProfilePaths(config_dir / "user.cfg", data_dir)


def _standard_dirs(env: Mapping[str, str], platform: str):
    home = Path(env.get("HOME") or Path.home())
    if platform.startswith("win"):
        import platformdirs

        appdata = Path(platformdirs.user_data_dir("FreeCAD", appauthor=False, roaming=True))
        return appdata, appdata
    if platform == "darwin":
        return (
            home / "Library" / "Preferences" / "FreeCAD",
            home / "Library" / "Application Support" / "FreeCAD",
        )
    # XDG: resolved from `env` (not platformdirs' process-wide view) so callers and tests can
    # describe another environment, e.g. the one FreeCAD is started with.
    config = env.get("XDG_CONFIG_HOME") or str(home / ".config")
    data = env.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    return Path(config) / "FreeCAD", Path(data) / "FreeCAD"


def _newest_versioned(base: Path, marker: str) -> Path:
    try:
        candidates = [
            (tuple(int(g) for g in m.groups()), child)
            for child in base.iterdir()
            if (m := _VERSIONED.match(child.name)) and (child / marker).exists()
        ]
    except OSError:
        return base
    return max(candidates)[1] if candidates else base

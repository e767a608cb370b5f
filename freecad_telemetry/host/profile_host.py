"""A host that reads a FreeCAD profile from disk: the command line's view of FreeCAD.

Used by ``python -m freecad_telemetry`` outside FreeCAD. It knows what is on disk (user.cfg,
the Mod folders) and what is true of this machine; it does not know what only a running
FreeCAD knows (its version, its Python and Qt, the screen), so those answer None and the
preview says so.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional, Sequence

from freecad_telemetry.host import Screen
from freecad_telemetry.host.profile_paths import ProfilePaths
from freecad_telemetry.host.user_cfg import ParameterTree, TreeParams


class ProfileHost(TreeParams):
    """Implements interface.Host over a profile on disk; writes stay in memory until
    `save_params`."""

    def __init__(self, paths: ProfilePaths, params: ParameterTree) -> None:
        self.paths = paths
        self.params = params

    @classmethod
    def open(cls, paths: ProfilePaths) -> ProfileHost:
        """Load the profile; a missing user.cfg is a fresh profile (FreeCAD writes it at its
        first clean quit). Raises user_cfg.UserCfgError for one that cannot be read."""
        if not paths.user_cfg.exists():
            return cls(paths, ParameterTree())
        return cls(paths, ParameterTree.load(paths.user_cfg))

    def save_params(self) -> None:
        self.params.save(self.paths.user_cfg)

    def freecad_version(self) -> Optional[Sequence[str]]:
        return None

    def config(self, key: str) -> str:
        return ""

    def locale(self) -> str:
        return ""

    def qt_version(self) -> Optional[str]:
        return None

    def python_version(self) -> Optional[str]:
        return None

    def screen(self) -> Optional[Screen]:
        return None

    def user_data_dir(self) -> Path:
        return self.paths.user_data_dir

    def mod_roots(self) -> Sequence[Path]:
        roots = [self.paths.user_data_dir / "Mod"]
        macro_dir = self.get_param("BaseApp/Preferences/Macro", "MacroPath", "string", "")
        if macro_dir:
            roots.append(Path(macro_dir) / "Mod")
        return roots

    def log(self, message: str) -> None:
        print(message, file=sys.stderr)

"""freecad_addon_list: which add-ons are installed (public ones by name, others counted)."""

from __future__ import annotations

from typing import Any, Dict, Optional

from freecad_telemetry.collect.addon_scan import scan_addons
from freecad_telemetry.host.interface import Host


def collect(host: Host) -> Optional[Dict[str, Any]]:
    """Reads every package.xml under the Mod folders: call it off the GUI thread."""
    scan = scan_addons(list(host.mod_roots()))
    return {
        "mods": list(scan.named),
        "total_mods": scan.total,
        "unlisted_mods": scan.unlisted,
        "unreadable_mods": scan.unreadable,
    }

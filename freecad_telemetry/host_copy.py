"""A frozen copy of the live FreeCAD: what the collectors read, copied into memory.

Runs on FreeCAD's GUI thread (parameters and the screen are only safe there), when reporting
begins: about forty parameter look-ups and one screen query. Kept apart from report.py so
that the GUI thread imports the field table and the parameter list only, not the collectors.
"""

from __future__ import annotations

from freecad_telemetry.collectors import preferences
from freecad_telemetry.collectors.preferences import OVERLAY_GROUP, OVERLAY_SIDES
from freecad_telemetry.host.base import Host
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.settings import GROUP as SETTINGS_GROUP
from freecad_telemetry.settings import SETTINGS


def snapshot(host: Host) -> MemoryHost:
    """Copy what the collectors read from `host` into memory.

    Runs on FreeCAD's GUI thread (parameters and the screen are only safe there) and only
    reads: about forty parameter look-ups and one screen query.
    """
    copy = MemoryHost(
        version=host.freecad_version(),
        config={"BuildVersionSuffix": host.config("BuildVersionSuffix")},
        locale=host.locale(),
        qt_version=host.qt_version(),
        python_version=host.python_version(),
        screen=host.screen(),
        user_data_dir=host.user_data_dir(),
        mod_roots=host.mod_roots(),
    )
    for field in preferences.param_sources():
        group, key = preferences.split_param_source(field.source)
        copy.set_param(
            group,
            key,
            field.kind,  # type: ignore[arg-type]
            host.get_param(group, key, field.kind, field.default),
        )  # type: ignore[arg-type]
    for side in OVERLAY_SIDES:
        group = OVERLAY_GROUP + side
        copy.set_param(group, "Widgets", "string", host.get_param(group, "Widgets", "string", ""))
        copy.set_param(
            group, "Transparent", "bool", host.get_param(group, "Transparent", "bool", False)
        )
    for s in SETTINGS:
        copy.set_param(
            SETTINGS_GROUP, s.key, s.kind, host.get_param(SETTINGS_GROUP, s.key, s.kind, s.default)
        )
    return copy

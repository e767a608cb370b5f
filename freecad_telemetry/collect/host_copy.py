"""A frozen copy of the live FreeCAD: what the collectors read, copied into memory.

`handover_params` lists, from the field and settings tables, every parameter the collectors
and the session agent read; ``Resources/handover_params.json`` is that list, with the
table's version, written out for FreeCAD's GUI thread, which reads it without importing the
tables (handover.py; a test keeps the two equal, ``python -m freecad_telemetry.collect.host_copy``
rewrites the file). `from_facts`
turns what handover.facts_of read back into a host, in the agent's process or on a thread.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, List, Mapping, Optional

from freecad_telemetry import fields
from freecad_telemetry.collect import preferences
from freecad_telemetry.collect.preferences import OVERLAY_GROUP, OVERLAY_SIDES
from freecad_telemetry.handover import PARAMS_FILE, facts_of
from freecad_telemetry.host import Screen
from freecad_telemetry.host.interface import Host
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.migrations import REFERENCE_ID_KEY
from freecad_telemetry.settings import GROUP as SETTINGS_GROUP
from freecad_telemetry.settings import SETTINGS


def handover_params() -> List[List[Any]]:
    """[group, key, kind, default] for every parameter read from FreeCAD, from the tables."""
    found: List[List[Any]] = []
    for field in preferences.param_sources():
        group, key = preferences.split_param_source(field.source)
        found.append([group, key, field.kind, field.default])
    for side in OVERLAY_SIDES:
        found.append([OVERLAY_GROUP + side, "Widgets", "string", ""])
        found.append([OVERLAY_GROUP + side, "Transparent", "bool", False])
    found += [[SETTINGS_GROUP, s.key, s.kind, s.default] for s in SETTINGS]
    found.append([SETTINGS_GROUP, REFERENCE_ID_KEY, "string", ""])  # adopted as the id
    return found


def from_facts(facts: Mapping[str, Any], log: Optional[Callable[[str], None]] = None) -> MemoryHost:
    """A host that answers as the FreeCAD whose facts these are (any thread, any process);
    its log lines go to `log`."""
    screen = facts.get("screen")
    copy = MemoryHost(
        version=facts.get("version"),
        config=dict(facts.get("config") or {}),
        locale=str(facts.get("locale") or ""),
        qt_version=facts.get("qt_version"),
        python_version=facts.get("python_version"),
        screen=Screen(int(screen[0]), int(screen[1]), float(screen[2])) if screen else None,
        user_data_dir=Path(str(facts.get("user_data_dir"))),
        mod_roots=[Path(str(root)) for root in facts.get("mod_roots") or []],
        log=log,
    )
    for group, key, kind, value in facts.get("params") or []:
        copy.set_param(group, key, kind, value)
    return copy


def frozen_copy(host: Host) -> MemoryHost:
    """Copy what the collectors read from `host` into memory. Runs on FreeCAD's GUI thread
    when given FreeCAD itself (parameters and the screen are only safe there)."""
    return from_facts(facts_of(host, handover_params()))


def handover_file() -> str:
    """Resources/handover_params.json's text: the table version and the parameter list."""
    params = ",\n".join(json.dumps(p) for p in handover_params())
    return f'{{"table_version": {fields.SCHEMA_VERSION},\n"params": [\n{params}\n]}}\n'


def main() -> int:
    """Rewrite Resources/handover_params.json from the tables (a developer's command)."""
    text = handover_file()
    Path(PARAMS_FILE).write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {len(handover_params())} parameters to {PARAMS_FILE.name}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

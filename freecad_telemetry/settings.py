"""The add-on's own settings: one table, read and written through the host's parameters.

Every key the add-on keeps in FreeCAD's user.cfg (group ``BaseApp/Preferences/Mod/Telemetry``)
is declared once in ``SETTINGS``; the preferences page, the CLI, the migration and the
uninstaller all go through it. An unknown key is a programming error and raises.
The consent keys here only mirror the decision kept in the state folder (consent/store.py), and
the anonymous id is not kept here at all: people paste user.cfg into bug reports.
Reading is cheap (in-memory parameters) and may happen on any thread FreeCAD allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Tuple

from freecad_telemetry.host import ParamKind
from freecad_telemetry.host.interface import Host
from freecad_telemetry.state.folder import state_dir

GROUP = "BaseApp/Preferences/Mod/Telemetry"

# The FreeCAD project's public capture key and EU host, as the reference add-on publishes them.
DEFAULT_HOST = "https://eu.i.posthog.com"
DEFAULT_PROJECT_KEY = "phc_Q9zaBGzSRys31DO8dSp8YepSICY1CJh2xRBUmrbt3Jl"


@dataclass(frozen=True)
class Setting:
    key: str
    kind: ParamKind
    default: Any
    meaning: str


SETTINGS: Tuple[Setting, ...] = (
    Setting(
        "ConsentState",
        "string",
        "undecided",
        "undecided, granted or declined; only granted sends anything",
    ),
    Setting(
        "ConsentCategories",
        "string",
        "",
        "comma-separated categories the user granted (see fields.CATEGORIES)",
    ),
    Setting(
        "ConsentSchemaVersion",
        "int",
        0,
        "field-table version the user last answered; a newer table asks again",
    ),
    Setting("ConsentDate", "string", "", "when the user last answered (ISO 8601, UTC)"),
    Setting("PostHogHost", "string", DEFAULT_HOST, "where events are sent (https only)"),
    Setting("PostHogProjectKey", "string", DEFAULT_PROJECT_KEY, "PostHog project key"),
    Setting(
        "RemovalEndpoint",
        "string",
        "https://www.freecad.org/deletetelemetry.php",
        "HTTP DELETE ?person_id=<id> asks the FreeCAD project to remove this id's data",
    ),
    Setting(
        "DataRequestAddress",
        "string",
        "telemetry@freecad.org",
        "where data-copy requests are e-mailed",
    ),
    Setting("ReferenceMigrated", "bool", False, "the reference add-on's keys were imported once"),
    Setting(
        "SendDelay",
        "int",
        300,
        "seconds a session's events gather before they are sent (they always go at quit), so "
        "that a session usually goes out as one request; 0 sends at once",
    ),
    Setting(
        "ConsentFieldsVersion",
        "int",
        0,
        "fields added up to this table version are granted (0: same as ConsentSchemaVersion)",
    ),
    Setting(
        "ConsentAskedDate",
        "string",
        "",
        "when the consent question was last closed without an answer (ISO 8601, UTC)",
    ),
    Setting(
        "ConsentMirror",
        "bool",
        False,
        "the Consent* keys only show <user data>/telemetry/consent.json, which decides; "
        "editing them here changes nothing",
    ),
    Setting(
        "DataRequestEndpoint",
        "string",
        "",
        "optional https address that takes data-copy requests as JSON (else they are e-mailed)",
    ),
)

_BY_KEY: Dict[str, Setting] = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The declaration of `key`; raises KeyError naming the table for an unknown key."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"{key!r} is not in settings.SETTINGS; declare it there") from None


class Settings:
    """Typed access to the table above through a host's parameter store."""

    def __init__(self, host: Host) -> None:
        self._host = host

    def get(self, key: str) -> Any:
        s = setting(key)
        return self._host.get_param(GROUP, s.key, s.kind, s.default)

    def set(self, key: str, value: Any) -> None:
        s = setting(key)
        self._host.set_param(GROUP, s.key, s.kind, value)

    def state_folder(self) -> Path:
        """The add-on's state folder of this profile (state.folder.state_dir)."""
        return state_dir(self._host.user_data_dir())

    def save(self) -> None:
        """Write user.cfg now: FreeCAD itself only saves at a clean exit (lost on a crash)."""
        self._host.save_params()

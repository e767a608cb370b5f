"""The user's consent: undecided, granted (which categories, against which table version,
when) or declined. Only "granted" sends, and only the granted categories.

The decision lives in the state folder (store.py: one file every process reads when
it sends); user.cfg gets a copy for display. An unreadable or unknown state reads as
undecided (send nothing).

Re-consent (Syncthing's lesson): every category, event and field of the table carries the
table version that added it (``since``). A user who granted an older table is asked only
about what was added since, and until they agree only what they granted is sent
(``sendable``). Declined users are never asked again (question.py asks). The functions
below are pure over a ``Consent``, but for load/save/mirror/migrate, which read and write
the settings and the state folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, FrozenSet, Iterable, List, Mapping

from freecad_telemetry import fields
from freecad_telemetry.consent import store as consent_store
from freecad_telemetry.events import iso_utc, utc_now
from freecad_telemetry.field_table import NOTHING, FieldTable, Grant
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import state_lock

UNDECIDED = "undecided"
GRANTED = "granted"
DECLINED = "declined"
_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")  # what a stored category name may be


@dataclass(frozen=True)
class Consent:
    status: str = UNDECIDED
    categories: FrozenSet[str] = field(default_factory=frozenset)
    schema_version: int = 0  # table version the user last answered
    date: str = ""
    fields_version: int = 0  # fields added up to this version are granted (0: schema_version)

    @property
    def sending(self) -> bool:
        return self.status == GRANTED and bool(self.categories)


def load_consent(settings: Settings) -> Consent:
    """The decision in force now: the state folder's record. Only a user.cfg never marked as
    a mirror (written by an earlier version) still speaks, until migrate_consent moves it."""
    record = consent_store.read_record(settings.state_folder())
    if record is not None:
        return consent_from_record(record)
    if settings.get("ConsentMirror"):
        return Consent()  # the record is gone (forget) or was never made: undecided
    return _from_user_cfg(settings)


def consent_now(folder: Path) -> Consent:
    """The decision in force now, from the state folder alone (any thread, any process)."""
    record = consent_store.read_record(folder)
    return Consent() if record is None else consent_from_record(record)


def consent_from_record(record: Mapping[str, object]) -> Consent:
    status = str(record.get("status"))
    if status not in (GRANTED, DECLINED):
        return Consent()
    listed = record.get("categories")
    categories = frozenset(c for c in listed if _a_name(c)) if isinstance(listed, list) else ()
    return Consent(
        status,
        frozenset(categories),
        _int(record.get("schema_version")),
        str(record.get("date") or ""),
        _int(record.get("fields_version")),
    )


def save_consent(settings: Settings, consent: Consent, persist_mirror: bool = True) -> None:
    """Record `consent` as the decision for every process (raises OSError when the state
    folder is not writable), then mirror it into user.cfg and save that (unless not
    `persist_mirror`: then FreeCAD saves it at quit, and a start after a crash refreshes it
    from the state folder)."""
    record = {
        "status": consent.status,
        "categories": in_table_order(consent.categories),
        "schema_version": consent.schema_version,
        "date": consent.date,
        "fields_version": consent.fields_version,
    }
    consent_store.write_record(settings.state_folder(), record)
    mirror(settings, consent, persist=persist_mirror)


def mirror(settings: Settings, consent: Consent, persist: bool = True) -> None:
    """Show `consent` in user.cfg (Parameter editor) and, when `persist`, save it if that
    changed anything; never read back as the decision."""
    shown = {
        "ConsentState": consent.status,
        "ConsentCategories": ",".join(in_table_order(consent.categories)),
        "ConsentSchemaVersion": consent.schema_version,
        "ConsentDate": consent.date,
        "ConsentFieldsVersion": consent.fields_version,
        "ConsentMirror": True,
    }
    changed = [key for key, value in shown.items() if settings.get(key) != value]
    for key in changed:
        settings.set(key, shown[key])
    if changed and persist:
        settings.save()


def migrate_consent(settings: Settings) -> Consent:
    """Once per profile (GUI start-up, `on`/`off`): move a decision an earlier version kept
    in user.cfg into the state folder; refresh the mirror of a recorded one. Creates nothing
    for an undecided profile. Raises OSError when the state folder is not writable."""
    folder = settings.state_folder()
    record = consent_store.read_record(folder)
    if record is None:
        legacy = Consent() if settings.get("ConsentMirror") else _from_user_cfg(settings)
        if legacy.status == UNDECIDED:
            return legacy
        with state_lock(folder):  # another process may be migrating the same user.cfg
            record = consent_store.read_record(folder)
            if record is None:
                save_consent(settings, legacy)
                return legacy
    consent = consent_from_record(record)
    mirror(settings, consent)
    return consent


def _from_user_cfg(settings: Settings) -> Consent:
    status = str(settings.get("ConsentState"))
    if status not in (GRANTED, DECLINED):
        return Consent()
    return consent_from_record(
        {
            "status": status,
            "categories": str(settings.get("ConsentCategories")).split(","),
            "schema_version": settings.get("ConsentSchemaVersion"),
            "date": settings.get("ConsentDate"),
            "fields_version": settings.get("ConsentFieldsVersion"),
        }
    )


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def grant(categories: Iterable[str], table: FieldTable = fields.TABLE) -> Consent:
    """Consent to these of `table`'s categories, against its version."""
    chosen = frozenset(c for c in categories if c in table.category_names)
    return Consent(GRANTED, chosen, table.version, iso_utc(utc_now()), table.version)


def decline(table: FieldTable = fields.TABLE) -> Consent:
    return Consent(DECLINED, frozenset(), table.version, iso_utc(utc_now()))


# --- what may be sent -----------------------------------------------------------------------


def granted_version(consent: Consent) -> int:
    """The newest table version whose additions the user agreed to. A grant recorded without
    a version predates versioning: it covers the first table."""
    return max(consent.fields_version or consent.schema_version, 1)


def sendable(consent: Consent, table: FieldTable = fields.TABLE) -> Grant:
    """What this consent lets out now under `table`; nothing for an undecided or declined
    user."""
    if not consent.sending:
        return NOTHING
    version = granted_version(consent)
    known = {c.name for c in table.categories if c.since <= version}
    return Grant(frozenset(consent.categories & known), version)


def event_sendable(event: str, consent: Consent, table: FieldTable = fields.TABLE) -> bool:
    grant = sendable(consent, table)
    return table.event_allowed(event, grant.categories, grant.max_since)


def sendable_properties(
    event: str, consent: Consent, table: FieldTable = fields.TABLE
) -> FrozenSet[str]:
    """The properties of `event` this consent lets through (common ones included)."""
    grant = sendable(consent, table)
    return table.allowed_properties(event, grant.categories, grant.max_since)


def in_table_order(categories: Iterable[str]) -> List[str]:
    """Category names as stored: the add-on's table order, then any it does not know (kept:
    a newer version of the add-on may have granted them; only `sendable` decides)."""
    names = fields.TABLE.category_names
    return [c for c in names if c in categories] + sorted(set(categories) - set(names))


def _a_name(value: object) -> bool:
    return isinstance(value, str) and bool(_NAME.fullmatch(value))

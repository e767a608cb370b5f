"""The user's consent: undecided, granted (which categories, against which table version,
when) or declined. Only "granted" sends, and only the granted categories.

Read and written through settings; an unreadable or unknown state reads as undecided
(send nothing). Changes are saved to user.cfg at once so a crash cannot undo them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import FrozenSet, Iterable

from freecad_telemetry.events import iso_utc, utc_now
from freecad_telemetry.fields import CATEGORY_NAMES, SCHEMA_VERSION
from freecad_telemetry.settings import Settings

UNDECIDED = "undecided"
GRANTED = "granted"
DECLINED = "declined"


@dataclass(frozen=True)
class Consent:
    status: str = UNDECIDED
    categories: FrozenSet[str] = field(default_factory=frozenset)
    schema_version: int = 0
    date: str = ""

    @property
    def sending(self) -> bool:
        return self.status == GRANTED and bool(self.categories)


def load_consent(settings: Settings) -> Consent:
    status = str(settings.get("ConsentState"))
    if status not in (GRANTED, DECLINED):
        return Consent()
    categories = frozenset(
        c for c in str(settings.get("ConsentCategories")).split(",") if c in CATEGORY_NAMES
    )
    return Consent(
        status,
        categories,
        int(settings.get("ConsentSchemaVersion")),
        str(settings.get("ConsentDate")),
    )


def save_consent(settings: Settings, consent: Consent) -> None:
    settings.set("ConsentState", consent.status)
    settings.set(
        "ConsentCategories", ",".join(c for c in CATEGORY_NAMES if c in consent.categories)
    )
    settings.set("ConsentSchemaVersion", consent.schema_version)
    settings.set("ConsentDate", consent.date)
    settings.save()


def grant(categories: Iterable[str]) -> Consent:
    chosen = frozenset(c for c in categories if c in CATEGORY_NAMES)
    return Consent(GRANTED, chosen, SCHEMA_VERSION, iso_utc(utc_now()))


def decline() -> Consent:
    return Consent(DECLINED, frozenset(), SCHEMA_VERSION, iso_utc(utc_now()))

"""Asking for consent: what to ask at a start (every category, or only what the field table
gained since the user answered), the user's answer, and how an answer changes the decision.

Pure over a ``decision.Consent`` but for ``last_asked`` and ``record_answer``, which read and
write the settings (GUI thread, after the dialog). The dialog itself is ui/consent_dialog.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import FrozenSet, Iterable, Mapping, Optional, Tuple

from freecad_telemetry import fields
from freecad_telemetry.consent.decision import (
    DECLINED,
    GRANTED,
    Consent,
    decline,
    grant,
    granted_version,
    load_consent,
    save_consent,
)
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.events import iso_utc, parse_utc, utc_now
from freecad_telemetry.field_table import COMMON, FieldTable
from freecad_telemetry.settings import Settings

# Kinds of question and of answer.
FIRST = "first"  # nothing decided yet: every category is offered
NEW_ITEMS = "new"  # granted an older table: only what was added since is offered
SHARE = "share"
DECLINE = "decline"
NOT_NOW = "not_now"  # the dialog was closed: nothing changes, asked again later

# After "not now", starts within this time do not ask again: a user who restarts FreeCAD a
# few times in an hour should not meet the question each time.
ASK_AGAIN_AFTER = timedelta(hours=20)


@dataclass(frozen=True)
class ConsentChoice:
    """What the user answered in the consent dialog (or on the command line)."""

    kind: str
    categories: FrozenSet[str] = frozenset()

    @classmethod
    def share(cls, categories: Iterable[str]) -> ConsentChoice:
        return cls(SHARE, frozenset(categories))

    @classmethod
    def decline(cls) -> ConsentChoice:
        return cls(DECLINE)

    @classmethod
    def not_now(cls) -> ConsentChoice:
        return cls(NOT_NOW)


@dataclass(frozen=True)
class Question:
    """What to ask: every category (FIRST), or only what the table gained since the user
    last answered (NEW_ITEMS): new categories to tick, new events and fields in the
    categories they already share."""

    kind: str
    categories: Tuple[fields.Category, ...] = ()
    new_events: Tuple[fields.EventSpec, ...] = ()
    new_fields: Tuple[fields.Field, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.categories or self.new_events or self.new_fields)


def whats_new(consent: Consent, table: FieldTable = fields.TABLE) -> Question:
    """For a granted user: categories `table` added since they last answered, and events and
    fields added to their categories since the version they agreed to (a field refused
    earlier is offered again, because agreeing now would send it)."""
    version = granted_version(consent)
    answered = max(consent.schema_version, version)
    new_categories = tuple(
        c for c in table.categories if c.since > answered and c.name not in consent.categories
    )
    shared = consent.categories
    new_events = tuple(e for e in table.events if e.since > version and e.category in shared)
    new_fields = tuple(
        f
        for f in table.fields
        if f.since > version
        and (f.event == COMMON or table.event_allowed(f.event, shared, f.since))
    )
    return Question(NEW_ITEMS, new_categories, new_events, new_fields)


def pending_question(
    consent: Consent,
    env: Optional[Mapping[str, str]] = None,
    last_asked: Optional[datetime] = None,
    now: Optional[datetime] = None,
    table: FieldTable = fields.TABLE,
) -> Optional[Question]:
    """What to ask at this start, or None: never in an opt-out environment (DO_NOT_TRACK,
    FREECAD_TELEMETRY=0, CI), never after a decline, not again soon after "not now"."""
    if opt_out_reason(env) is not None or consent.status == DECLINED:
        return None
    if last_asked is not None and (now or utc_now()) - last_asked < ASK_AGAIN_AFTER:
        return None
    if consent.status != GRANTED:
        return Question(FIRST, table.categories)
    if table.version <= max(consent.schema_version, granted_version(consent)):
        return None
    question = whats_new(consent, table)
    return None if question.empty else question


def apply_choice(
    consent: Consent, choice: ConsentChoice, table: FieldTable = fields.TABLE
) -> Consent:
    """The consent after `choice`. For a granted user (re-consent), SHARE adds the ticked new
    categories and agrees to every new field; DECLINE keeps the earlier grant and records
    that this table was answered. Raises ValueError for SHARE with no category from a user
    who shares nothing yet (the dialog does not allow it)."""
    if choice.kind == NOT_NOW:
        return consent
    if consent.status == GRANTED:
        version = table.version
        if choice.kind == SHARE:
            categories = consent.categories | (choice.categories & set(table.category_names))
            return Consent(GRANTED, categories, version, iso_utc(utc_now()), version)
        if choice.kind == DECLINE:
            return replace(
                consent,
                schema_version=version,
                fields_version=granted_version(consent),
                date=iso_utc(utc_now()),
            )
    elif choice.kind == SHARE:
        granted = grant(choice.categories, table)
        if not granted.categories:
            raise ValueError("sharing needs at least one known category")
        return granted
    elif choice.kind == DECLINE:
        return decline(table)
    raise ValueError(f"unknown consent choice {choice.kind!r}")


def last_asked(settings: Settings) -> Optional[datetime]:
    """When the question was last closed without an answer, or None."""
    return parse_utc(str(settings.get("ConsentAskedDate")))


def record_answer(
    settings: Settings, choice: ConsentChoice, table: FieldTable = fields.TABLE
) -> Consent:
    """Store the answer to the consent question and return the new consent. "Not now"
    only records when it was asked. Runs on the GUI thread; writes the decision at once."""
    before = load_consent(settings)
    if choice.kind == NOT_NOW:
        settings.set("ConsentAskedDate", iso_utc(utc_now()))
        settings.save()
        return before
    after = apply_choice(before, choice, table)
    settings.set("ConsentAskedDate", "")
    # The decision is on disk at once (the state folder); writing all of user.cfg for its
    # display copy would cost the click several milliseconds of FreeCAD's GUI thread.
    save_consent(settings, after, persist_mirror=False)
    return after

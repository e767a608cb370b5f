"""The shape of the field table and the questions asked of it: what a category, an event and
a field are, what a consent lets out (Grant), and FieldTable, the whole table as one value
with its lookups. fields.py holds the add-on's table (fields.TABLE); consent, the drafts and
the send filter take a FieldTable, so that a test can build a newer table (`updated`) rather
than patch module globals. Plain data, any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple

COMMON = "*"  # properties every event carries


@dataclass(frozen=True)
class Grant:
    """What a consent lets out: these categories, and of them the events and fields whose
    ``since`` is at most max_since (newer ones wait for the answer to the what's-new
    question). The one form of it: consent, collection, the send-time filter and the preview
    all take this."""

    categories: FrozenSet[str]
    max_since: int = 1


NOTHING = Grant(frozenset(), 0)  # undecided, declined, or an environment opt-out


@dataclass(frozen=True)
class Category:
    name: str
    title: str
    description: str
    since: int = 1


@dataclass(frozen=True)
class EventSpec:
    name: str
    category: str
    when: str
    since: int = 1
    snapshot: bool = False  # sent when its content changed, or once every SNAPSHOT_DAYS


@dataclass(frozen=True)
class Field:
    event: str
    prop: str
    source: str
    meaning: str
    example: Any
    kind: str = "string"  # a parameter kind (host.PARAM_KINDS) for "param:" sources
    default: Any = None
    transform: str = "none"
    since: int = 1
    values: FrozenSet[str] = frozenset()  # when set: the only values (or list items) sent


@dataclass(frozen=True)
class FieldTable:
    """A version of the table: bump `version` when a field, event or category is added
    (users who granted an older one are asked about the difference)."""

    version: int
    categories: Tuple[Category, ...]
    events: Tuple[EventSpec, ...]
    fields: Tuple[Field, ...]

    @property
    def category_names(self) -> Tuple[str, ...]:
        return tuple(c.name for c in self.categories)

    def updated(
        self,
        categories: Iterable[Category] = (),
        events: Iterable[EventSpec] = (),
        fields: Iterable[Field] = (),
    ) -> FieldTable:
        """The next version of this table, with these added (their `since` set to it)."""
        v = self.version + 1
        return FieldTable(
            v,
            self.categories + tuple(replace(c, since=v) for c in categories),
            self.events + tuple(replace(e, since=v) for e in events),
            self.fields + tuple(replace(f, since=v) for f in fields),
        )

    def fields_of(self, event: str) -> List[Field]:
        """The event's own fields (not the common ones), in table order."""
        return [f for f in self.fields if f.event == event]

    def event_spec(self, event: str) -> Optional[EventSpec]:
        return next((e for e in self.events if e.name == event), None)

    def allowed_values(self, event: str, prop: str) -> FrozenSet[str]:
        """The only values (or list items) `event.prop` may carry; empty when any may (then
        the personal-data checks alone apply)."""
        for field in self.fields_of(event) + self.fields_of(COMMON):
            if field.prop == prop:
                return field.values
        return frozenset()

    def allowed_properties(
        self, event: str, categories: Iterable[str], max_since: Optional[int] = None
    ) -> FrozenSet[str]:
        """Properties of `event` that may be sent when `categories` are granted against
        table version `max_since` (this table's when None; fields added later wait for the
        user's answer); empty if none."""
        since = self.version if max_since is None else max_since
        if not self.event_allowed(event, categories, since):
            return frozenset()
        return frozenset(
            f.prop for f in self.fields if f.event in (COMMON, event) and f.since <= since
        )

    def event_allowed(
        self, event: str, categories: Iterable[str], max_since: Optional[int] = None
    ) -> bool:
        spec = self.event_spec(event)
        since = self.version if max_since is None else max_since
        return spec is not None and spec.category in set(categories) and spec.since <= since

    def keep_allowed(
        self,
        event: str,
        properties: Mapping[str, Any],
        categories: Iterable[str],
        max_since: Optional[int] = None,
    ) -> Tuple[Dict[str, Any], List[str]]:
        """Split `properties` into what the table allows for `event` and the refused keys."""
        allowed = self.allowed_properties(event, categories, max_since)
        kept = {k: v for k, v in properties.items() if k in allowed}
        refused = sorted(k for k in properties if k not in allowed)
        return kept, refused

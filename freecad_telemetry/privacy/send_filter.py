"""The last check before anything leaves the machine: the field table as an allow-list.

Runs on the sender thread on every message the posthog SDK built (its ``before_send``), so
it also sees what the SDK adds by itself. Whatever a collector, the outbox or the SDK put
there, only these leave: the table's properties of a granted event; the SDK's identity and
privacy keys; and, only when "system" is granted, coarse versions of the SDK's OS and Python
keys. A value that looks like a file path, an e-mail address, this machine's host name or
the user's name, in any script, is refused and logged without the value (personal_data.py).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Optional, Union

from freecad_telemetry.fields import Grant, allowed_properties, allowed_values, event_allowed
from freecad_telemetry.privacy.personal_data import NameMatcher, problem, property_problem
from freecad_telemetry.privacy.personal_names import PersonalNames

# The SDK's keys that always stay: which library sent it, and "no GeoIP, keep my timestamp".
SDK_KEPT = frozenset({"$lib", "$lib_version", "$geoip_disable", "$ignore_sent_at"})


def _major(value: Any) -> str:
    return str(value).split(".")[0]


def _major_minor(value: Any) -> str:
    return ".".join(str(value).split(".")[:2])


# The SDK's automatic system keys, coarsened, kept only when "system" is granted.
SDK_SYSTEM: Dict[str, Callable[[Any], str]] = {
    "$os": str,
    "$os_version": _major,
    "$python_runtime": str,
    "$python_version": _major_minor,
}


def personal_tokens() -> PersonalNames:
    """This machine's names for SendFilter, to share between filters. Cheap on any thread:
    nothing is looked up until a filter first needs them, on the thread that sends."""
    return PersonalNames()


def looks_personal(value: str, names: Union[NameMatcher, Iterable[str]]) -> Optional[str]:
    """Why the string `value` must not leave ("a file path", ...), or None."""
    matcher = names if isinstance(names, NameMatcher) else NameMatcher(names)
    return problem(value, matcher)


def _outside(value: Any, values: FrozenSet[str]) -> Optional[str]:
    """Why `value` (or an item of it) is not one the table lists for its field, or None."""
    if not values:
        return None
    items = value if isinstance(value, list) else [value]
    if all(isinstance(item, str) and item in values for item in items):
        return None
    return "a value outside the field's list"


class SendFilter:
    """`before_send` for the SDK: returns the message as it may leave, or None to drop it."""

    def __init__(
        self,
        grant: Grant,
        log: Callable[[str], None],
        tokens: Union[PersonalNames, Iterable[str], None] = None,
    ) -> None:
        """Cheap, on any thread: this machine's names (`personal_tokens()`, or fixed names in
        tests) are gathered when the first message is filtered, on the thread that sends."""
        self.categories = grant.categories
        self.max_since = grant.max_since
        self._log = log
        if tokens is None:
            tokens = PersonalNames()
        elif not isinstance(tokens, PersonalNames):
            fixed = frozenset(tokens)
            tokens = PersonalNames(lambda: fixed)
        self._names = tokens
        self.refused: List[str] = []  # "event.property: why", for tests and `status`

    def __call__(self, message: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        event = str(message.get("event", ""))
        if not event_allowed(event, self.categories, self.max_since):
            self._refuse(f"{event}: not a granted event")
            return None
        allowed = allowed_properties(event, self.categories, self.max_since)
        kept: Dict[str, Any] = {}
        for key, value in (message.get("properties") or {}).items():
            if key in SDK_KEPT:
                kept[key] = value
            elif key in SDK_SYSTEM:
                if "system" in self.categories:
                    kept[key] = SDK_SYSTEM[key](value)
            elif key in allowed:
                try:
                    why = _outside(value, allowed_values(event, key)) or property_problem(
                        value, self._names.matcher()
                    )
                except Exception as exc:  # a check that fails must not let the value out
                    why = f"a value that could not be checked ({type(exc).__name__})"
                if why is None:
                    kept[key] = value
                else:
                    self._refuse(f"{event}.{key}: looks like {why}")
        kept["$geoip_disable"] = True
        return {**message, "properties": kept}

    def _refuse(self, what: str) -> None:
        self.refused.append(what)
        self._log(f"not sent: {what}")

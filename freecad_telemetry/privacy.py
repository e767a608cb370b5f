"""The last check before anything leaves the machine: the field table as an allow-list.

Runs on the sender thread on every message the posthog SDK built (its ``before_send``), so
it also sees what the SDK adds by itself. Whatever a collector, the outbox or the SDK put
there, only these leave: the table's properties of a granted event; the SDK's identity and
privacy keys; and, only when "system" is granted, coarse versions of the SDK's OS and Python
keys. A value that looks like a file path, an e-mail address, this machine's host name or
the user's name is refused and logged (without the value).
"""

from __future__ import annotations

import getpass
import os
import re
import socket
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Optional

from freecad_telemetry.fields import allowed_properties, event_allowed

# The SDK's keys that always stay: which library sent it, and "no GeoIP, keep my timestamp".
SDK_KEPT = frozenset({"$lib", "$lib_version", "$geoip_disable", "$ignore_sent_at"})


def _major(value: Any) -> str:
    return str(value).split(".")[0]


def _major_minor(value: Any) -> str:
    return ".".join(str(value).split(".")[:2])


# The SDK's automatic system keys, coarsened, kept only when "system" is granted.
SDK_SYSTEM = {
    "$os": str,
    "$os_version": _major,
    "$python_runtime": str,
    "$python_version": _major_minor,
}

_EMAIL = re.compile(r"[^@\s/]+@[^@\s/]+\.[A-Za-z]{2,}")
_PATH = re.compile(r"(^(/|~|\\\\)|^[A-Za-z]:[\\/]|[\\/](home|Users|usr|tmp|var|opt)[\\/])")
_PRIVATE_HOST = re.compile(r"\.(local|lan|home|internal|localdomain|corp|intranet)$", re.I)
_TOKEN = re.compile(r"[A-Za-z0-9_]+")
# Default user and host names that identify nobody but appear in ordinary values
# ("debian 12"); refusing them would only lose data.
GENERIC_NAMES = frozenset(
    {
        "root",
        "user",
        "admin",
        "administrator",
        "localhost",
        "linux",
        "debian",
        "ubuntu",
        "fedora",
        "arch",
        "manjaro",
        "mint",
        "opensuse",
        "centos",
        "rocky",
        "alma",
        "windows",
        "darwin",
        "macos",
        "freecad",
        "computer",
        "desktop",
        "laptop",
        "pc",
    }
)


def personal_tokens() -> FrozenSet[str]:
    """Names that identify this person or machine, lower-cased (3+ characters, so that short
    names do not refuse ordinary words)."""
    names = set()
    for get in (
        getpass.getuser,
        lambda: Path.home().name,
        socket.gethostname,
        lambda: os.environ.get("USERNAME", ""),
        lambda: os.environ.get("COMPUTERNAME", ""),
    ):
        try:
            value = str(get() or "")
        except Exception:
            continue
        names.add(value.lower())
        names.add(value.split(".")[0].lower())  # a host's short name
    return frozenset(n for n in names if len(n) >= 3 and n not in GENERIC_NAMES)


def looks_personal(value: str, tokens: FrozenSet[str]) -> Optional[str]:
    """Why `value` must not leave ("a file path", ...), or None."""
    if _PATH.search(value):
        return "a file path"
    if _EMAIL.search(value):
        return "an e-mail address"
    if _PRIVATE_HOST.search(value.strip()):
        return "a host name"
    lowered = value.lower()
    if lowered in tokens or any(t.lower() in tokens for t in _TOKEN.findall(value)):
        return "a user or host name"
    return None


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)


class SendFilter:
    """`before_send` for the SDK: returns the message as it may leave, or None to drop it."""

    def __init__(
        self,
        categories: Iterable[str],
        max_since: int,
        log: Callable[[str], None],
        tokens: Optional[FrozenSet[str]] = None,
    ) -> None:
        self.categories = frozenset(categories)
        self.max_since = max_since
        self._log = log
        self._tokens = personal_tokens() if tokens is None else tokens
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
                why = next(
                    (w for w in (looks_personal(s, self._tokens) for s in _strings(value)) if w),
                    None,
                )
                if why is None:
                    kept[key] = value
                else:
                    self._refuse(f"{event}.{key}: looks like {why}")
        kept["$geoip_disable"] = True
        return {**message, "properties": kept}

    def _refuse(self, what: str) -> None:
        self.refused.append(what)
        self._log(f"not sent: {what}")

"""One-time imports from user.cfg: the reference add-on's (FreeCAD-Telemetry) keys, which share
our group, and our own earlier versions' consent keys and id mirror.

Runs once on the GUI thread after the main window is up, guarded by ReferenceMigrated.
Carried over: the id (PostHogUUID), so FreeCAD's history of this install continues; a
custom endpoint or key; and a "no" (Enable=false). Not carried over: a "yes". The reference
dialog had every box pre-ticked and took closing it as agreement, so it recorded no explicit
consent; those users are asked once, like everyone else.
"""

from __future__ import annotations

from typing import Optional

from freecad_telemetry.consent.decision import (
    DECLINED,
    Consent,
    decline,
    load_consent,
    migrate_consent,
    save_consent,
)
from freecad_telemetry.host.interface import Host
from freecad_telemetry.settings import DEFAULT_HOST, DEFAULT_PROJECT_KEY, GROUP, Settings

# Earlier versions mirrored the anonymous id here; people paste user.cfg into bug reports.
ID_MIRROR_KEY = "AnonymousId"
REFERENCE_ID_KEY = "PostHogUUID"  # the reference add-on's id


def reference_id(host: Host) -> Optional[str]:
    """The reference add-on's id, to adopt when our own id is first created."""
    value = str(host.get_param(GROUP, REFERENCE_ID_KEY, "string", "")).strip()
    return value if value and value != "unset" else None


def migrate_reference(host: Host, settings: Settings) -> None:
    """Import the reference keys once (the id is adopted later, see reference_id)."""
    if settings.get("ReferenceMigrated"):
        return
    keys = set(host.param_keys(GROUP))
    url = str(host.get_param(GROUP, "PostHogURL", "string", "")).strip()
    if url and url != DEFAULT_HOST:
        settings.set("PostHogHost", url)
    key = str(host.get_param(GROUP, "PostHogAPIKey", "string", "")).strip()
    if key and key != DEFAULT_PROJECT_KEY:
        settings.set("PostHogProjectKey", key)
    if "Enable" in keys and not host.get_param(GROUP, "Enable", "bool", True):
        if load_consent(settings).status != DECLINED:
            save_consent(settings, decline())
    settings.set("ReferenceMigrated", True)
    settings.save()


def migrate_local_state(host: Host, settings: Settings) -> Consent:
    """Every GUI start (after migrate_reference): a consent decision still kept in user.cfg
    moves to the state folder (consent.migrate_consent), and the id mirror an earlier
    version kept in user.cfg is deleted (the id lives in the state folder only). Returns the
    decision in force. Raises OSError when the state folder is not writable."""
    if ID_MIRROR_KEY in host.param_keys(GROUP):
        host.remove_param(GROUP, ID_MIRROR_KEY, "string")
        settings.save()
    return migrate_consent(settings)

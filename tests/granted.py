"""The user.cfg of someone who said yes to everything, pointed at a test capture server.

Written as an earlier version of the add-on kept the decision (in user.cfg): the first
start moves it to the state folder, later starts are a returning user's.

SendDelay 0: each event leaves at once, so tests and benchmarks can watch it arrive (the
default, one request per session, has its own test).
"""

from __future__ import annotations

from typing import Any, Dict, Tuple

from freecad_telemetry.fields import SCHEMA_VERSION

GROUP = "BaseApp/Preferences/Mod/Telemetry"


def granted_params(url: str, send_delay: int = 0) -> Dict[str, Tuple[str, Any]]:
    """The add-on's user.cfg group, in freecad_runner.Profile.seed_params' format."""
    return {
        "ConsentState": ("Text", "granted"),
        "ConsentCategories": ("Text", "usage,system,preferences,addons"),
        "ConsentSchemaVersion": ("Int", SCHEMA_VERSION),  # answered the current table
        "PostHogHost": ("Text", url),
        "SendDelay": ("Int", send_delay),
    }

"""The user.cfg of someone who said yes to everything, pointed at a test capture server.

SendDelay 0: each event leaves at once, so tests and benchmarks can watch it arrive (the
default, one request per session, has its own test).
"""

from __future__ import annotations

from typing import Any, Dict, Tuple

GROUP = "BaseApp/Preferences/Mod/Telemetry"


def granted_params(url: str, send_delay: int = 0) -> Dict[str, Tuple[str, Any]]:
    """The add-on's user.cfg group, in freecad_runner.Profile.seed_params' format."""
    return {
        "ConsentState": ("Text", "granted"),
        "ConsentCategories": ("Text", "usage,system,preferences,addons"),
        "PostHogHost": ("Text", url),
        "SendDelay": ("Int", send_delay),
    }

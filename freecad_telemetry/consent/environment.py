"""Environment rules that mean "send nothing and ask nothing", whatever the user chose.

Evaluated at start-up (cheap: a few dictionary lookups) and by ``status``, which prints
the rule that applied. "DO_NOT_TRACK=0" is not an opt-out (consoledonottrack.com).
"""

from __future__ import annotations

import os

from freecad_telemetry.translatable import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # (FreeCAD's GUI thread reads this module: no typing import)
if TYPE_CHECKING:
    from typing import Callable, Mapping, Optional

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")

# Variables CI services set (the .NET SDK and OctoPrint keep similar lists).
CI_VARIABLES = (
    "CI",
    "CONTINUOUS_INTEGRATION",
    "GITHUB_ACTIONS",
    "GITLAB_CI",
    "TF_BUILD",
    "JENKINS_URL",
    "TEAMCITY_VERSION",
    "BUILDKITE",
    "CIRCLECI",
    "TRAVIS",
    "APPVEYOR",
    "BITBUCKET_BUILD_NUMBER",
    "CODEBUILD_BUILD_ID",
    "DRONE",
    "CIRRUS_CI",
    "SEMAPHORE",
    "WOODPECKER",
    "BUILDKITE_BUILD_ID",
    "HEROKU_TEST_RUN_ID",
)


def opt_out_reason(
    env: Optional[Mapping[str, str]] = None, tr: Callable[[str], str] = str
) -> Optional[str]:
    """Why this environment must not send (a short phrase for `status` and the preferences
    page, which passes its translation as `tr`), or None."""
    env = os.environ if env is None else env
    if env.get("DO_NOT_TRACK", "").strip().lower() in _TRUE:
        return tr(QT_TRANSLATE_NOOP("Telemetry", "DO_NOT_TRACK is set"))
    if env.get("FREECAD_TELEMETRY", "").strip().lower() in _FALSE:
        return tr(QT_TRANSLATE_NOOP("Telemetry", "FREECAD_TELEMETRY=0 is set"))
    for name in CI_VARIABLES:
        value = env.get(name, "").strip().lower()
        if value and value not in _FALSE:
            return tr(
                QT_TRANSLATE_NOOP("Telemetry", "a CI environment was detected ({name})")
            ).format(name=name)
    return None

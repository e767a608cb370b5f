"""freecad_system_info: coarse facts about the machine; never the kernel build string."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any, Dict, Optional

from freecad_telemetry.host.interface import Host

# (lower bound of the width in logical pixels, class name)
SCREEN_CLASSES = (
    (3840, ">=3840"),
    (2560, "2560-3839"),
    (1920, "1920-2559"),
    (1366, "1366-1919"),
    (0, "<1366"),
)


def screen_class(width: int) -> str:
    return next(name for bound, name in SCREEN_CLASSES if width >= bound)


def os_release(system: str, os_release_file: Path = Path("/etc/os-release")) -> str:
    """The OS major release: "11" (Windows), "14" (macOS), "debian 12" (Linux distribution)."""
    if system == "Windows":
        build = platform.version().split(".")
        major = platform.release()
        # Windows 11 reports itself as release 10; its builds start at 22000.
        if major == "10" and len(build) >= 3 and build[2].isdigit() and int(build[2]) >= 22000:
            return "11"
        return major
    if system == "Darwin":
        return platform.mac_ver()[0].split(".")[0]
    if system == "Linux":
        return _linux_distribution(os_release_file)
    return platform.release().split(".")[0].split("-")[0]


def _linux_distribution(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "unknown"
    fields = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip('"').strip("'")
    distro = fields.get("ID", "unknown").lower()[:32]
    major = fields.get("VERSION_ID", "").split(".")[0][:16]
    return f"{distro} {major}".strip()


def collect(host: Host) -> Optional[Dict[str, Any]]:
    system = platform.system()
    props: Dict[str, Any] = {
        "system": system,
        "system_release": os_release(system),
        "machine": platform.machine(),
    }
    python = host.python_version()
    if python:
        props["python_version"] = python
    qt = host.qt_version()
    if qt:
        props["qt_version"] = qt
    screen = host.screen()
    if screen is not None:
        props["screen_class"] = screen_class(screen.width)
        props["screen_dpi"] = round(screen.pixel_ratio * 4) / 4
    return props

# SPDX-License-Identifier: LGPL-2.1-or-later
"""The real FreeCADs the integration tests run, and what differs between them.

* ``0.20``: FreeCAD 0.20.2 (Qt 5, Python 3.11), Debian 12's ``freecad`` on this machine.
* ``1.1``: FreeCAD 1.1.3 (Qt 6, PySide6, Python 3.14), Debian forky's ``freecad`` inside a root
  built by ``.ci/freecad-1.1-root`` (outside the work tree). Each run gets its own mount
  namespace in which /proc, /sys, /dev, /tmp and the test caches are bound into the root, then
  ``chroot``; the network namespace is the machine's, so the capture server on 127.0.0.1 is
  reachable, and the X server's socket in /tmp is shared.

Per-version differences live here (profile folders, the interpreter, the Addon Manager's
code, see ``addon_manager_code``), never in the tests. WHEN this runs: in the pytest process
and the benchmarks, never inside FreeCAD.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple, Optional, Sequence, Tuple

HOSTS = ("0.20", "1.1")
ROOT_VARIABLE = "FREECAD_TELEMETRY_FREECAD11_ROOT"
DEFAULT_ROOT = Path("/var/lib/freecad-telemetry/freecad-1.1-root")
ROOT_STAMP = ".freecad-telemetry-root"
BUILD_HINT = "bash .ci/freecad-1.1-root (as root; Debian packages only, about 2 minutes)"
# Printed by the probe: the interpreter and FreeCAD's own version tuple.
_PROBE = (
    "import sys, FreeCAD\n"
    "print('FCT_PY=%d.%d' % sys.version_info[:2])\n"
    "print('FCT_VERSION=' + '.'.join(FreeCAD.Version()[:3]))\n"
)
_PROBE_PATTERN = re.compile(r"FCT_PY=(\d+)\.(\d+)\s+FCT_VERSION=(\d+)\.(\d+)\.(\d+)")


class FreeCADInstall(NamedTuple):
    """One FreeCAD the tests can start: its binaries (or launchers) and its facts."""

    name: str  # "0.20" or "1.1": the pytest id
    freecad: Path
    freecadcmd: Path
    python_version: Tuple[int, int]
    version: Tuple[int, int, int]

    @property
    def version_text(self) -> str:
        return ".".join(str(n) for n in self.version)

    @property
    def quit_bound(self) -> float:
        """Seconds within which a quit must end, network or not. FreeCAD 1.1 alone takes
        0.4-1.4 s from close to exit here (0.20.2: ~0.2 s); the SDK's request timeout is 3 s."""
        return 2.5 if self.version[:2] >= (1, 1) else 1.0

    @property
    def profile_folder(self) -> str:
        """FreeCAD >= 1.1 keeps config and data in a versioned sub-folder (``v1-1``)."""
        major, minor = self.version[:2]
        return f"v{major}-{minor}" if (major, minor) >= (1, 1) else ""


class Unavailable(Exception):
    """This host cannot run here; the message says why and how to get it."""


def find_install(name: str, launch_dir: Path, binds: Sequence[Path] = ()) -> FreeCADInstall:
    """The FreeCAD named ``name`` (see HOSTS), probed; raises Unavailable with the reason.

    ``launch_dir`` receives the 1.1 launchers; ``binds`` are host folders (caches) that FreeCAD
    1.1 must see at the same path, besides /tmp.
    """
    if name == "0.20":
        gui, console = shutil.which("freecad"), shutil.which("freecadcmd")
        if gui is None or console is None:
            raise Unavailable(
                "FreeCAD 0.20.2 is not installed (apt-get install freecad xvfb xauth)"
            )
        return _probe(name, Path(gui), Path(console))
    if name == "1.1":
        root = Path(os.environ.get(ROOT_VARIABLE) or DEFAULT_ROOT)
        if not (root / ROOT_STAMP).is_file():
            raise Unavailable(f"no FreeCAD 1.1 root at {root}: build it with {BUILD_HINT}")
        if os.geteuid() != 0 or shutil.which("unshare") is None:
            raise Unavailable("FreeCAD 1.1 runs in a chroot here, which needs root and unshare")
        gui = _launcher(launch_dir / "freecad", root, "/usr/bin/freecad", binds)
        console = _launcher(launch_dir / "freecadcmd", root, "/usr/bin/freecadcmd", binds)
        return _probe(name, gui, console)
    raise ValueError(f"unknown FreeCAD host {name!r}; known: {', '.join(HOSTS)}")


def _launcher(path: Path, root: Path, binary: str, binds: Sequence[Path]) -> Path:
    """A script that runs ``binary`` of the root with the caller's arguments, environment and
    working folder. Every step execs, so its PID is FreeCAD's: killing the process group the
    harness started kills FreeCAD, and the mounts vanish with the namespace."""
    folders = ["/proc", "/sys", "/dev", "/tmp", *(str(Path(b).resolve()) for b in binds)]
    for folder in binds:
        Path(folder).mkdir(parents=True, exist_ok=True)
    mounts = "".join(
        f'mkdir -p "$root{f}" && mount --rbind "{f}" "$root{f}" || exit 97\n' for f in folders
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "#!/bin/sh\n"
        "# FreeCAD 1.1 from its Debian forky root (tests only): see tests/freecad_hosts.py\n"
        f"root='{root}'\n"
        'if [ -z "$FCT_MOUNT_NAMESPACE" ]; then\n'
        '    FCT_MOUNT_NAMESPACE=1 exec unshare --mount --propagation private "$0" "$@"\n'
        "fi\n"
        "unset FCT_MOUNT_NAMESPACE\n"
        f"{mounts}"
        f'exec chroot "$root" /usr/bin/env --chdir="$PWD" {binary} "$@"\n',
        encoding="utf-8",
    )
    path.chmod(0o755)
    return path


def _probe(name: str, gui: Path, console: Path) -> FreeCADInstall:
    """Ask the console binary for its Python and FreeCAD versions, in a throw-away profile
    (even this probe would otherwise write the developer's user.cfg)."""
    with tempfile.TemporaryDirectory(prefix="fct-probe-") as scratch:
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "FREECAD_"))
        }
        env.update(HOME=scratch, TMPDIR=scratch)
        try:  # only -c / -P survive 0.20.2's option parsing (docs/freecad-host.md §2)
            completed = subprocess.run(
                [str(console), "-c", _PROBE],
                env=env,
                cwd=scratch,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise Unavailable(f"FreeCAD {name} did not answer a probe: {error}") from None
    match = _PROBE_PATTERN.search(completed.stdout)
    if match is None:
        output = (completed.stdout + completed.stderr)[-800:]
        raise Unavailable(f"FreeCAD {name}'s probe failed (exit {completed.returncode}): {output}")
    numbers = [int(g) for g in match.groups()]
    return FreeCADInstall(
        name, gui, console, (numbers[0], numbers[1]), (numbers[2], numbers[3], numbers[4])
    )


def find_any(launch_dir: Path, binds: Sequence[Path] = ()) -> Optional[FreeCADInstall]:
    """The first host that runs here (benchmarks: 0.20.2 first), or None."""
    for name in HOSTS:
        try:
            return find_install(name, launch_dir, binds)
        except Unavailable:
            continue
    return None

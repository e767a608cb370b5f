# SPDX-License-Identifier: LGPL-2.1-or-later
"""Run the real FreeCAD (0.20.2 and later) from tests: isolated profiles, Xvfb, remote control.

WHEN this runs: in the pytest process only (never inside FreeCAD). FreeCAD itself runs as a
child process in its own process group; tests/freecad_control.py is the macro it runs.
Facts this relies on are in docs/freecad-host.md (§1 profile layout, §2 broken command-line
options, §7 the GUI binary ignoring PYTHONPATH, §11 temporary folders).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from freecad_hosts import FreeCADInstall

CONTROL_MACRO = Path(__file__).resolve().with_name("freecad_control.py")
ADDON_FILES = ("package.xml", "Init.py", "InitGui.py", "uninstall.py", "LICENSE")
ADDON_PACKAGE = "freecad_telemetry"
POSTHOG_REQUIREMENTS = ("posthog",)
XVFB_ARGUMENTS = ("-screen", "0", "1920x1080x24", "-nolisten", "tcp")
# Removed from FreeCAD's environment: the profile must come from HOME alone, and Python
# variables (user site switches, PYTHONPATH, byte-code policy) must not leak in from the caller.
_ISOLATION_PREFIXES = ("XDG_", "PYTHON", "FREECAD_")
# What FreeCAD 1.1 has written into a profile once its first start is over. Its Start page
# shows the first-run Welcome panel until FirstStart2024 is false (without
# Migration2024Complete it migrates Mod/Start and drops that key), and it applies the default
# theme pack during a start whose Theme is empty, after the add-on read the preferences.
RETURNING_USER_1_1 = {
    "BaseApp/Preferences/Mod/Start": {
        "FirstStart2024": ("Bool", False),
        "Migration2024Complete": ("Bool", True),
    },
    "BaseApp/Preferences/MainWindow": {
        "Theme": ("Text", "FreeCAD Light"),
        "StyleSheet": ("Text", "FreeCAD.qss"),
        "OverlayActiveStyleSheet": ("Text", "Freecad Overlay.qss"),
    },
}
_ISOLATION_NAMES = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "SESSION_MANAGER")


class HarnessError(RuntimeError):
    """FreeCAD did not do what the harness asked in time (did not start, hung, crashed)."""


class FreeCADError(RuntimeError):
    """Code sent with FreeCADSession.run() raised inside FreeCAD; holds its traceback."""

    def __init__(self, traceback_text: str) -> None:
        super().__init__("code raised inside FreeCAD:\n" + traceback_text)
        self.traceback_text = traceback_text


class Profile:
    """An isolated profile (HOME, user.cfg, Mod/, temp) inside ``root`` for ``install``: the
    folders are those that FreeCAD version uses with HOME set and no XDG_* variables."""

    def __init__(self, root: Path, install: FreeCADInstall, first_start: bool = False) -> None:
        """``first_start``: FreeCAD >= 1.1 shows its Welcome panel (and applies its defaults)
        at a profile's first start; by default the profile is a returning user's, who has
        pressed *Done* (see RETURNING_USER_1_1)."""
        self.root = Path(root)
        self.home = self.root / "home"
        self.tmp = self.root / "tmp"
        versioned = install.profile_folder
        self.user_cfg = self.home / ".config" / "FreeCAD" / versioned / "user.cfg"
        self.user_data = self.home / ".local" / "share" / "FreeCAD" / versioned
        self.mod_dir = self.user_data / "Mod"
        python_dir = "python{}.{}".format(*install.python_version)
        self.site_packages = self.home / ".local" / "lib" / python_dir / "site-packages"
        for folder in (self.home, self.tmp, self.mod_dir):
            folder.mkdir(parents=True, exist_ok=True)
        if install.version[:2] >= (1, 1) and not first_start:
            self.seed_params(RETURNING_USER_1_1)

    def env(self, extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
        """Environment for a FreeCAD process using this profile (no DISPLAY set)."""
        environment = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(_ISOLATION_PREFIXES) and name not in _ISOLATION_NAMES
        }
        environment.update(HOME=str(self.home), TMPDIR=str(self.tmp))
        # QtWebEngine (FreeCAD's Start page) exits FreeCAD with code 1 when run as root with
        # its sandbox on, as in containers; the sandbox is irrelevant to these tests.
        environment["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        environment.update(extra or {})
        return environment

    def install_addon(self, src_repo: Path, folder_name: str = "Telemetry") -> Path:
        """Copy what a git clone gives a user (minus dev files) into Mod/<folder_name>."""
        target = self.mod_dir / folder_name
        target.mkdir(parents=True)
        for name in ADDON_FILES:
            if (Path(src_repo) / name).is_file():
                shutil.copy2(Path(src_repo) / name, target / name)
        shutil.copytree(
            Path(src_repo) / ADDON_PACKAGE,
            target / ADDON_PACKAGE,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
        return target

    def add_mod_folder(self, name: str, files: Dict[str, Any]) -> Path:
        """Create Mod/<name> with ``files`` ({relative path: str or bytes})."""
        target = self.mod_dir / name
        for relative, content in files.items():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        target.mkdir(parents=True, exist_ok=True)
        return target

    def python_path(self, dirs: Iterable[Path]) -> Path:
        """Make ``dirs`` importable in FreeCAD's Python (GUI and console) via a .pth file."""
        self.site_packages.mkdir(parents=True, exist_ok=True)
        pth = self.site_packages / "fct-test-paths.pth"
        pth.write_text("".join(str(Path(d).resolve()) + "\n" for d in dirs), encoding="utf-8")
        return pth

    def seed_params(self, groups: Dict[str, Dict[str, Tuple[str, Any]]]) -> None:
        """Merge {"A/B/C": {"Key": ("Bool"|"Int"|"UInt"|"Float"|"Text", value)}} into user.cfg."""
        tree = self.read_params()
        for group_path, values in groups.items():
            node = tree
            for part in group_path.strip("/").split("/"):
                node = node.setdefault(part, {})
            for key, (kind, value) in values.items():
                if kind not in _PARAM_KINDS:
                    raise ValueError(f"unknown parameter type {kind!r} for {key}")
                node[key] = (kind, value)
        self.user_cfg.parent.mkdir(parents=True, exist_ok=True)
        self.user_cfg.write_text(_params_to_xml(tree), encoding="utf-8")

    def read_params(self) -> Dict[str, Any]:
        """user.cfg as nested dicts: groups map to dicts, values to (type, value) tuples."""
        if not self.user_cfg.exists():
            return {}
        root = ElementTree.parse(str(self.user_cfg)).getroot().find("FCParamGroup")
        return {} if root is None else _xml_group_to_dict(root)

    def param(self, group_path: str, key: str) -> Optional[Tuple[str, Any]]:
        """One value from user.cfg, e.g. param("BaseApp/Preferences/Mod/X", "Enabled")."""
        node: Any = self.read_params()
        for part in group_path.strip("/").split("/"):
            node = node.get(part) if isinstance(node, dict) else None
        return node.get(key) if isinstance(node, dict) else None


_PARAM_KINDS = ("Bool", "Int", "UInt", "Float", "Text")


def _format_param(kind: str, value: Any) -> str:
    if kind == "Bool":
        return "1" if value else "0"
    if kind == "Float":
        return repr(float(value))  # FreeCAD writes %.12f but reads any strtod() form
    return str(int(value))


def _params_to_xml(tree: Dict[str, Any]) -> str:
    """Serialise in FreeCAD's own layout (2-space indent, blank lines around Root)."""
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="no" ?>', "<FCParameters>", ""]

    def emit(name: str, group: Dict[str, Any], depth: int) -> None:
        pad = "  " * depth
        if not group:
            lines.append(f'{pad}<FCParamGroup Name="{_attr(name)}"/>')
            return
        lines.append(f'{pad}<FCParamGroup Name="{_attr(name)}">')
        for key, item in group.items():
            if isinstance(item, dict):
                emit(key, item, depth + 1)
            elif item[0] == "Text":
                text = _text(str(item[1]))
                lines.append(f'{pad}  <FCText Name="{_attr(key)}">{text}</FCText>')
            else:
                value = _format_param(item[0], item[1])
                lines.append(f'{pad}  <FC{item[0]} Name="{_attr(key)}" Value="{value}"/>')
        lines.append(f"{pad}</FCParamGroup>")

    emit("Root", tree, 1)
    lines.extend(["", "</FCParameters>", ""])
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    return _text(value).replace('"', "&quot;")


def _xml_group_to_dict(element: ElementTree.Element) -> Dict[str, Any]:
    result: Dict[str, Any] = {}
    for child in element:
        name = child.get("Name", "")
        if child.tag == "FCParamGroup":
            result[name] = _xml_group_to_dict(child)
        elif child.tag == "FCText":
            result[name] = ("Text", child.text or "")
        elif child.tag in ("FCBool", "FCInt", "FCUInt", "FCFloat"):
            raw = child.get("Value", "0")
            kind = child.tag[2:]
            value: Any = float(raw) if kind == "Float" else int(raw)
            result[name] = (kind, bool(value) if kind == "Bool" else value)
    return result


def python_deps(
    cache_root: Path,
    with_posthog: bool = True,
    python_version: Optional[Tuple[int, int]] = None,
    requirements: Optional[Sequence[str]] = None,
) -> Path:
    """A folder holding posthog and its dependencies (or `requirements`) for FreeCAD's Python
    (pip --target). Installed once per requirement list and Python version, then reused
    (works offline)."""
    if requirements is None:
        requirements = list(POSTHOG_REQUIREMENTS) if with_posthog else []
    requirements = list(requirements)
    version = python_version or sys.version_info[:2]
    key = hashlib.sha256(json.dumps([requirements, list(version)]).encode()).hexdigest()[:12]
    target = Path(cache_root) / f"py{version[0]}{version[1]}-{key}"
    if (target / ".complete").exists():
        return target
    Path(cache_root).mkdir(parents=True, exist_ok=True)
    staging = Path(cache_root) / f"{target.name}.staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    if requirements:
        command = [sys.executable, "-m", "pip", "install", "--target", str(staging), "--quiet"]
        command += ["--disable-pip-version-check", "--no-input"]
        if tuple(version) != tuple(sys.version_info[:2]):
            command += ["--python-version", "{}.{}".format(*version), "--only-binary=:all:"]
        completed = subprocess.run(
            command + requirements, capture_output=True, text=True, timeout=600, check=False
        )
        if completed.returncode != 0:
            shutil.rmtree(staging, ignore_errors=True)
            raise HarnessError(
                "pip could not install {} for FreeCAD's Python {}.{} (exit {}):\n{}{}".format(
                    " ".join(requirements),
                    *version,
                    completed.returncode,
                    completed.stdout,
                    completed.stderr,
                )
            )
    (staging / ".complete").write_text(" ".join(requirements), encoding="utf-8")
    try:
        staging.rename(target)
    except OSError:  # a parallel session finished first: use its copy
        shutil.rmtree(staging, ignore_errors=True)
    return target


class Xvfb:
    """A private X server; the display number is chosen by Xvfb itself (-displayfd)."""

    def __init__(self, timeout: float = 20.0) -> None:
        self._log = tempfile.TemporaryFile()
        read_end, write_end = os.pipe()
        try:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), *XVFB_ARGUMENTS],
                pass_fds=(write_end,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                start_new_session=True,
            )
        finally:
            os.close(write_end)
        try:
            self.display = ":" + _read_line(read_end, timeout).strip()
        except HarnessError as error:
            self._end_process()
            self._log.seek(0)
            log = self._log.read().decode(errors="replace")
            self._log.close()
            raise HarnessError(f"{error}\n{log}") from None
        finally:
            os.close(read_end)

    def stop(self) -> None:
        self._end_process()
        self._log.close()

    def _end_process(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _read_line(fd: int, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise HarnessError(f"Xvfb did not report its display within {timeout} s")
        chunk = os.read(fd, 64)
        if not chunk:
            raise HarnessError("Xvfb exited before reporting its display")
        data += chunk
    return data.decode()


class FreeCADSession:
    """One real FreeCAD GUI process, remote-controlled through tests/freecad_control.py."""

    def __init__(
        self,
        install: FreeCADInstall,
        profile: Profile,
        display: str,
        run_dir: Path,
        env: Optional[Dict[str, str]] = None,
        dont_write_bytecode: bool = False,
    ) -> None:
        self.run_dir = Path(run_dir)
        self.control_dir = self.run_dir / "control"
        self._commands = self.control_dir / "commands"
        self._responses = self.control_dir / "responses"
        for folder in (self._commands, self._responses):
            folder.mkdir(parents=True, exist_ok=True)
        # FreeCAD imports a .py argument as a module and puts its folder on sys.path:
        # a folder of its own keeps anything else in tests/ out of FreeCAD's imports.
        macro_dir = self.run_dir / "macro"
        macro_dir.mkdir(exist_ok=True)
        macro = Path(shutil.copy2(CONTROL_MACRO, macro_dir / "fct_control.py"))
        environment = profile.env(env)
        environment.update(DISPLAY=display, FCT_CONTROL_DIR=str(self.control_dir))
        if dont_write_bytecode:
            environment["PYTHONDONTWRITEBYTECODE"] = "1"
        self._stdout_path = self.run_dir / "stdout.txt"
        self._stderr_path = self.run_dir / "stderr.txt"
        self._command_ids = itertools.count(1)  # next() is atomic: run() may be threaded
        self._ready_seconds: Optional[float] = None
        self.exited_at: Optional[float] = None
        self._exited = threading.Event()
        with open(self._stdout_path, "wb") as stdout, open(self._stderr_path, "wb") as stderr:
            self.spawned_at = time.monotonic()
            self.process = subprocess.Popen(
                [str(install.freecad), str(macro)],
                cwd=str(self.run_dir),
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,
            )
        self.pid = self.process.pid
        threading.Thread(target=self._wait_for_exit, daemon=True).start()

    def _wait_for_exit(self) -> None:
        self.process.wait()
        self.exited_at = time.monotonic()
        self._exited.set()

    @property
    def exit_code(self) -> Optional[int]:
        return self.process.returncode if self._exited.is_set() else None

    def alive(self) -> bool:
        return not self._exited.is_set()

    def stdout_text(self) -> str:
        return self._stdout_path.read_text(encoding="utf-8", errors="replace")

    def stderr_text(self) -> str:
        return self._stderr_path.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Wait for the macro's first timer tick; returns spawn → ready seconds."""
        if self._ready_seconds is None:
            ready = self._wait_for_file(self.control_dir / "ready.json", timeout, "to get ready")
            self._ready_seconds = float(ready["monotonic"]) - self.spawned_at
        return self._ready_seconds

    def run(self, code: str, timeout: float = 30.0) -> Any:
        """Exec ``code`` on FreeCAD's GUI thread; returns what it assigned to ``result``."""
        response = self._command({"code": code}, timeout)
        if not response.get("ok"):
            raise FreeCADError(str(response.get("error")))
        return response.get("result")

    def report_view(self) -> str:
        """The current text of FreeCAD's Report view."""
        return str(self.run("result = FreeCADGui.fct_report_view_text()"))

    def quit(self, timeout: float = 30.0, before: str = "") -> float:
        """Close the main window like a user; returns quit → process-exit seconds. ``before``
        is code run on FreeCAD's GUI thread just before the close (FreeCADError if it raises)."""
        response = self._command({"quit": True, "before": before}, timeout)
        if not response.get("ok"):
            raise FreeCADError(str(response.get("error")))
        if not self._exited.wait(timeout):
            self.kill()
            raise HarnessError(
                f"FreeCAD did not exit within {timeout} s of closing\n{self._diagnostics()}"
            )
        stamp = json.loads((self.control_dir / "quit.json").read_text(encoding="utf-8"))
        assert self.exited_at is not None
        return self.exited_at - float(stamp["monotonic"])

    def kill(self) -> None:
        """SIGKILL FreeCAD (and the helpers in its process group, e.g. QtWebEngine)."""
        if self.alive():
            try:  # the group id is FreeCAD's PID: start_new_session made it a leader
                os.killpg(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._exited.wait(30)

    def __enter__(self) -> FreeCADSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.kill()

    def _command(self, payload: Dict[str, Any], timeout: float) -> Dict[str, Any]:
        self.wait_ready()
        command_id = f"{next(self._command_ids):06d}"
        payload = dict(payload, id=command_id)
        temporary = self._commands / (command_id + ".tmp")
        temporary.write_text(json.dumps(payload), encoding="utf-8")
        os.replace(temporary, self._commands / (command_id + ".json"))
        label = f"to answer command {command_id}"
        return self._wait_for_file(self._responses / (command_id + ".json"), timeout, label)

    def _wait_for_file(self, path: Path, timeout: float, label: str) -> Dict[str, Any]:
        deadline = time.monotonic() + timeout
        while not path.exists():
            if not self.alive() and not path.exists():
                raise HarnessError(
                    f"FreeCAD exited (code {self.exit_code}) before {label}\n{self._diagnostics()}"
                )
            if time.monotonic() > deadline:
                raise HarnessError(
                    f"FreeCAD took more than {timeout} s {label}\n{self._diagnostics()}"
                )
            time.sleep(0.01)
        return json.loads(path.read_text(encoding="utf-8"))

    def _diagnostics(self) -> str:
        control_error = self.control_dir / "control-error.txt"
        parts = ["--- stderr (last 3000 chars) ---", self.stderr_text()[-3000:]]
        if control_error.exists():
            parts += ["--- control macro error ---", control_error.read_text(encoding="utf-8")]
        return "\n".join(parts)


def run_console(
    install: FreeCADInstall,
    profile: Profile,
    code: str,
    timeout: float = 60.0,
    env: Optional[Dict[str, str]] = None,
) -> Tuple[int, str, str]:
    """Run ``freecadcmd -c code`` with the profile's environment: (exit code, stdout, stderr)."""
    completed = subprocess.run(
        [str(install.freecadcmd), "-c", code],
        env=profile.env(env),
        cwd=str(profile.root),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return completed.returncode, completed.stdout, completed.stderr


# Calibrated on FreeCAD 0.20.2: a clean start has an empty Report view and stderr; an add-on
# whose InitGui.py raises gives 'During initialization the error "…" occurred in …/InitGui.py'
# in both. Chromium's own log lines (QtWebEngine behind the Start page, e.g.
# "[pid:tid:date:ERROR:command_buffer_proxy_impl.cc(141)] …") come and go under Xvfb and
# say nothing about add-ons.
_ERROR_PATTERN = re.compile(r"Traceback|Exception|error", re.IGNORECASE)
_BENIGN_PATTERNS: Sequence[re.Pattern] = (
    re.compile(r"^\[\d+:\d+:\d+/\d+\.\d+:(ERROR|WARNING|INFO|VERBOSE\d*):"),
)


def error_lines(text: str) -> List[str]:
    """Lines of Report view or stderr text that report an error or a Python traceback."""
    return [
        line
        for line in text.splitlines()
        if _ERROR_PATTERN.search(line) and not any(p.search(line) for p in _BENIGN_PATTERNS)
    ]

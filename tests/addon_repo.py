# SPDX-License-Identifier: LGPL-2.1-or-later
"""The add-on as FreeCAD's Addon Manager gets it: a git repository of the files a user gets,
and GitPython for FreeCAD's Python (the 0.20.2 Addon Manager clones with it).

WHEN this runs: in the pytest process only (never inside FreeCAD). Needs the `git` command.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

USER_FILES = ("package.xml", "InitGui.py", "uninstall.py", "LICENSE")
PACKAGE = "freecad_telemetry"
BRANCH = "main"
GITPYTHON_REQUIREMENTS = ("GitPython",)


class AddonRepoError(RuntimeError):
    """git or pip failed; holds their output."""


def _git_env() -> Dict[str, str]:
    # A caller's GIT_DIR / GIT_WORK_TREE (e.g. pytest run from a git hook) must not leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        GIT_AUTHOR_NAME="test",
        GIT_AUTHOR_EMAIL="test@example.invalid",
        GIT_COMMITTER_NAME="test",
        GIT_COMMITTER_EMAIL="test@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return env


def git(args: Sequence[str], cwd: Optional[Path] = None) -> str:
    completed = subprocess.run(
        ["git", *args],
        cwd=str(cwd) if cwd else None,
        env=_git_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if completed.returncode != 0:
        raise AddonRepoError(f"git {' '.join(args)} failed:\n{completed.stdout}{completed.stderr}")
    return completed.stdout


def make_addon_repo(source: Path, target: Path) -> Path:
    """A git repository at `target` (branch main, one commit) holding what a user gets from
    the add-on's repository: USER_FILES and the package, without byte-code caches."""
    target.mkdir(parents=True)
    for name in USER_FILES:
        shutil.copy2(Path(source) / name, target / name)
    shutil.copytree(
        Path(source) / PACKAGE,
        target / PACKAGE,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    git(["init", "--quiet", "--initial-branch", BRANCH], target)
    git(["add", "--all"], target)
    git(["commit", "--quiet", "--message", "freecad-telemetry"], target)
    return target


def file_url(repo: Path) -> str:
    return Path(repo).resolve().as_uri()


def clone(repo: Path, target: Path) -> Path:
    """What the 0.20.2 Addon Manager's install worker does with GitPython: a clone, .git kept."""
    git(["clone", "--quiet", "--branch", BRANCH, file_url(repo), str(target)])
    return target


def gitpython_deps(cache_root: Path, python_version: Tuple[int, int]) -> Path:
    """A folder holding GitPython (and gitdb, smmap) for FreeCAD's Python, installed with
    `pip install --target` once per Python version and then reused."""
    requirements: List[str] = list(GITPYTHON_REQUIREMENTS)
    key = hashlib.sha256(json.dumps([requirements, list(python_version)]).encode()).hexdigest()
    target = Path(cache_root) / "py{}{}-gitpython-{}".format(*python_version, key[:12])
    if (target / ".complete").exists():
        return target
    staging = Path(cache_root) / f"{target.name}.staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    command = [sys.executable, "-m", "pip", "install", "--target", str(staging), "--quiet"]
    command += ["--disable-pip-version-check", "--no-input"]
    if tuple(python_version) != tuple(sys.version_info[:2]):
        command += ["--python-version", "{}.{}".format(*python_version), "--only-binary=:all:"]
    completed = subprocess.run(
        command + requirements, capture_output=True, text=True, timeout=600, check=False
    )
    if completed.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise AddonRepoError(
            f"pip could not install GitPython:\n{completed.stdout}{completed.stderr}"
        )
    (staging / ".complete").write_text(" ".join(requirements), encoding="utf-8")
    try:
        staging.rename(target)
    except OSError:  # a parallel session finished first: use its copy
        shutil.rmtree(staging, ignore_errors=True)
    return target

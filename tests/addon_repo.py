# SPDX-License-Identifier: LGPL-2.1-or-later
"""The add-on as FreeCAD's Addon Manager gets it: a git repository of the files a user gets,
and GitPython for FreeCAD's Python (the 0.20.2 Addon Manager clones with it).

WHEN this runs: in the pytest process only (never inside FreeCAD). Needs the `git` command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, Optional, Sequence, Tuple

from freecad_runner import HarnessError, python_deps

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
    try:
        return python_deps(
            cache_root, python_version=python_version, requirements=GITPYTHON_REQUIREMENTS
        )
    except HarnessError as error:
        raise AddonRepoError(str(error)) from None

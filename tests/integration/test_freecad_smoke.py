# SPDX-License-Identifier: LGPL-2.1-or-later
"""Smoke tests against the real FreeCAD: it starts, loads our add-on cleanly and quits.

WHEN this runs: pytest process; each test starts FreeCAD (GUI under Xvfb, or freecadcmd).
Timings are printed (run with -s to see them), never asserted: they are machine-dependent.
"""

from __future__ import annotations

import ast
import json
import time
from pathlib import Path
from typing import Callable

from freecad_hosts import FreeCADInstall
from freecad_runner import FreeCADSession, Profile, error_lines, run_console

REPO_ROOT = Path(__file__).resolve().parents[2]
StartFreeCAD = Callable[..., FreeCADSession]


def _our_version() -> str:
    """__version__ as written in the source (read, not imported: this runs outside FreeCAD)."""
    tree = ast.parse((REPO_ROOT / "freecad_telemetry" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__":
            return str(ast.literal_eval(node.value))
    raise AssertionError("freecad_telemetry/__init__.py defines no __version__")


def _errors_in(session: FreeCADSession) -> str:
    """Report view and stderr error lines, formatted for an assertion message ('' if none)."""
    report, stderr = session.report_view(), session.stderr_text()
    found = [f"report view: {line}" for line in error_lines(report)]
    found += [f"stderr: {line}" for line in error_lines(stderr)]
    if not found:
        return ""
    return "\n".join(found) + f"\n--- full report view ---\n{report}\n--- stderr ---\n{stderr}"


def _print_cycle(label: str, spawned_at: float, ready: float, quit_to_exit: float) -> None:
    cycle = time.monotonic() - spawned_at
    print(f"\n[{label}] spawn→ready {ready:.2f} s, quit→exit {quit_to_exit:.2f} s", end="")
    print(f", whole cycle {cycle:.2f} s")


def test_freecad_without_addon_starts_cleanly_and_quits(
    start_freecad: StartFreeCAD, bare_profile: Profile
) -> None:
    session = start_freecad(bare_profile)
    ready = session.wait_ready()

    errors = _errors_in(session)
    quit_to_exit = session.quit()

    assert not errors, f"baseline FreeCAD reports errors; recalibrate error_lines():\n{errors}"
    assert session.exit_code == 0, session.stderr_text()
    _print_cycle("no add-on", session.spawned_at, ready, quit_to_exit)


def test_error_detector_sees_an_addon_whose_initgui_raises(
    start_freecad: StartFreeCAD, bare_profile: Profile
) -> None:
    bare_profile.add_mod_folder("Broken", {"InitGui.py": "raise RuntimeError('fct-broken')\n"})
    session = start_freecad(bare_profile)

    report_errors = error_lines(session.report_view())
    session.quit()

    assert any("fct-broken" in line for line in report_errors), report_errors
    assert any("fct-broken" in line for line in error_lines(session.stderr_text()))
    assert session.exit_code == 0, "one broken add-on must not stop FreeCAD"


def test_freecad_loads_our_addon_without_errors_and_quits(
    start_freecad: StartFreeCAD, profile: Profile, freecad_deps: Path
) -> None:
    session = start_freecad(profile)
    ready = session.wait_ready()

    version = session.run("import freecad_telemetry; result = freecad_telemetry.__version__")
    posthog_file = session.run("import posthog; result = posthog.__file__")
    errors = _errors_in(session)
    quit_to_exit = session.quit()

    assert version == _our_version()
    assert str(freecad_deps.resolve()) in posthog_file, "posthog not from deps"
    assert not errors, f"FreeCAD reported errors with our add-on installed:\n{errors}"
    assert session.exit_code == 0, session.stderr_text()
    _print_cycle("with add-on", session.spawned_at, ready, quit_to_exit)


def test_console_mode_runs_and_our_addon_stays_silent(
    freecad_install: FreeCADInstall, profile: Profile, tmp_path: Path
) -> None:
    code = (
        "import importlib.util, json, sys; print('FCT-PROBE ' + json.dumps({"
        "'python': sys.version.split()[0],"
        "'findable': importlib.util.find_spec('freecad_telemetry') is not None,"
        "'imported': sorted(m for m in sys.modules if m.startswith('freecad_telemetry'))}))"
    )
    baseline = Profile(tmp_path / "baseline", freecad_install)

    exit_code, stdout, stderr = run_console(freecad_install, profile, code)
    _, baseline_stdout, baseline_stderr = run_console(freecad_install, baseline, code)

    assert exit_code == 0, stderr
    probe = json.loads(stdout.split("FCT-PROBE ", 1)[1].splitlines()[0])
    assert probe["python"].startswith("3.")
    assert probe["findable"], "console mode does not see the installed add-on; test is vacuous"
    assert probe["imported"] == [], "our package was imported in console mode"
    assert _without_probe(stdout) == _without_probe(baseline_stdout), "add-on printed to stdout"
    assert stderr == baseline_stderr, "our add-on wrote to stderr in console mode"


def _without_probe(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("FCT-PROBE "))


def test_seeded_parameters_reach_freecad_and_its_saves_read_back(
    freecad_install: FreeCADInstall, bare_profile: Profile
) -> None:
    group = "BaseApp/Preferences/Mod/FctProbe"
    bare_profile.seed_params(
        {
            group: {
                "Flag": ("Bool", True),
                "Count": ("Int", -7),
                "Big": ("UInt", 4000000000),
                "Ratio": ("Float", 0.25),
                "Name": ("Text", 'a&b <c> "d" é'),
            }
        }
    )
    code = (
        "import json, FreeCAD\n"
        f"g = FreeCAD.ParamGet('User parameter:{group}')\n"
        "print('FCT-PROBE ' + json.dumps([g.GetBool('Flag'), g.GetInt('Count'),"
        " g.GetUnsigned('Big'), g.GetFloat('Ratio'), g.GetString('Name')]))\n"
        "g.SetString('Written', 'by FreeCAD')\n"
        "FreeCAD.saveParameter()\n"
    )

    exit_code, stdout, stderr = run_console(freecad_install, bare_profile, code)

    assert exit_code == 0, stderr
    seen = json.loads(stdout.split("FCT-PROBE ", 1)[1].splitlines()[0])
    assert seen == [True, -7, 4000000000, 0.25, 'a&b <c> "d" é']
    assert bare_profile.param(group, "Written") == ("Text", "by FreeCAD")
    assert bare_profile.param(group, "Flag") == ("Bool", True)

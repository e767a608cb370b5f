"""What FreeCAD sees of the add-on: its entry file, package.xml, and the names it exposes.

FreeCAD puts the add-on root (and a workbench's <subdirectory>) at the front of sys.path for
the whole process (docs/freecad-host.md §2): every module there shadows stdlib and other add-ons.
"""

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fakes import fire_quit

import freecad_telemetry
from freecad_telemetry import __version__, startup
from freecad_telemetry.host.memory_host import MemoryHost

REPO = Path(__file__).resolve().parents[2]
NS = {"p": "https://wiki.freecad.org/Package_Metadata"}
ALLOWED_BARE_NAMES = {"freecad_telemetry", "InitGui", "uninstall"}


def importable_names(folder: Path):
    """Names `import X` finds in `folder`: (regular modules/packages, namespace-only dirs)."""
    regular, namespace = set(), set()
    for entry in folder.iterdir():
        stem = entry.name.split(".")[0]
        if entry.is_file() and entry.suffix in (".py", ".pyc", ".so", ".pyd"):
            regular.add(stem)
        elif entry.is_dir() and entry.name.isidentifier():
            (regular if (entry / "__init__.py").exists() else namespace).add(entry.name)
    return regular, namespace


def test_only_the_package_and_the_entry_files_are_importable_from_the_addon_root():
    regular, namespace = importable_names(REPO)
    assert regular <= ALLOWED_BARE_NAMES
    # Folders without __init__.py (tests, bench, docs) are namespace portions, which lose to
    # any real package of that name anywhere on sys.path: they shadow nothing.
    assert not any((REPO / name / "__init__.py").exists() for name in namespace)


def test_a_namespace_folder_in_the_addon_root_never_shadows_a_real_package(tmp_path):
    real = tmp_path / "site"
    (real / "tests").mkdir(parents=True)
    (real / "tests" / "__init__.py").write_text("REAL = True\n")
    # The add-on root first, as FreeCAD puts it; a clean interpreter, as FreeCAD's is.
    code = f"import sys; sys.path[:0] = [{str(REPO)!r}, {str(real)!r}]; import tests; print(tests.REAL)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "True", proc.stderr


def test_package_xml_runs_the_root_entry_file_and_declares_what_the_addon_manager_needs():
    root = ET.parse(REPO / "package.xml").getroot()
    assert root.find("p:name", NS).text == "Telemetry"
    assert root.find("p:version", NS).text == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", root.find("p:date", NS).text)
    assert root.find("p:license", NS).text == "LGPL-2.1-or-later"
    assert root.find("p:url[@type='repository']", NS) is not None
    assert (REPO / root.find("p:icon", NS).text).is_file()
    assert [d.text for d in root.iter(f"{{{NS['p']}}}depend")] == ["posthog"]
    workbenches = root.findall("p:content/p:workbench", NS)
    assert len(workbenches) == 1
    assert workbenches[0].find("p:subdirectory", NS).text == "./"
    assert workbenches[0].find("p:classname", NS) is None  # none is registered


def test_the_entry_file_is_one_import_and_one_call():
    tree = ast.parse((REPO / "InitGui.py").read_text())
    kinds = [type(node).__name__ for node in tree.body]
    assert kinds == ["Import", "Expr"]


class ExplodingHost(MemoryHost):
    def on_quit(self, callback):
        raise SystemExit(3)


def _fail(exc):
    def factory():
        raise exc

    return factory


class Timers:
    """Records what start_gui schedules, as QTimer.singleShot would run it."""

    def __init__(self):
        self.pending = []

    def __call__(self, ms, callback):
        self.pending.append((ms, callback))

    def fire(self):
        ms, callback = self.pending.pop(0)
        callback()
        return ms


@pytest.mark.parametrize(
    "factory",
    [
        _fail(RuntimeError("no FreeCAD")),
        _fail(SystemExit(3)),
        _fail(KeyboardInterrupt()),
        ExplodingHost,
    ],
)
def test_nothing_escapes_into_freecads_loader_or_a_qt_slot(factory, tmp_path):
    timers = Timers()
    # must simply return
    freecad_telemetry.start_gui(factory, schedule=timers, window_up=lambda: True)
    timers.fire()  # the main window is shown: must simply return too
    assert startup.runtime.current_session() is None


def test_a_broken_scheduler_does_not_stop_freecad():
    def schedule(ms, callback):
        raise SystemExit(1)

    freecad_telemetry.start_gui(lambda: MemoryHost(), schedule=schedule, window_up=lambda: True)
    assert startup.runtime.current_session() is None


def test_nothing_starts_while_the_splash_shows_it_waits_for_the_main_window(tmp_path):
    created, window = [], {"up": False}
    timers = Timers()
    freecad_telemetry.start_gui(
        lambda: created.append(1) or MemoryHost(user_data_dir=tmp_path),
        schedule=timers,
        window_up=lambda: window["up"],
    )
    assert timers.fire() == 0 and timers.fire() == freecad_telemetry.POLL_MS  # re-armed, twice
    assert created == [] and startup.runtime.current_session() is None  # no host, no file, no log
    window["up"] = True
    timers.fire()
    assert created == [1] and startup.runtime.current_session() is not None
    assert timers.pending == []


def test_uninstalled_before_the_window_was_shown_nothing_starts(tmp_path):
    created, timers = [], Timers()
    freecad_telemetry.start_gui(
        lambda: created.append(1) or MemoryHost(user_data_dir=tmp_path),
        schedule=timers,
        window_up=lambda: True,
    )
    startup.stop_this_process()  # uninstall.py, or `forget` run inside FreeCAD
    timers.fire()
    assert created == [] and startup.runtime.current_session() is None
    assert not any(tmp_path.iterdir())


def test_an_error_after_the_window_is_shown_is_logged_not_raised(tmp_path):
    host = MemoryHost(user_data_dir=tmp_path)
    host.params.set = None  # a broken parameter store: the session's first step raises
    timers = Timers()
    freecad_telemetry.start_gui(lambda: host, schedule=timers, window_up=lambda: True)
    timers.fire()
    fire_quit(host)
    assert any(line.startswith("unexpected ") for line in host.logged)


def test_the_preferences_page_is_offered_on_a_first_start_too(tmp_path):
    host = MemoryHost(user_data_dir=tmp_path)
    timers = Timers()
    freecad_telemetry.start_gui(lambda: host, schedule=timers, window_up=lambda: True)
    timers.fire()
    assert startup.runtime.current_session() is not None  # the full start: the question is due
    assert host.preference_pages == 1 and host.page_class is startup.TelemetryPreferences

"""Render the add-on's dialogs offscreen into docs/screenshots/*.png.

Run from the repository root:  python3 docs/screenshots/make_screenshots.py [OUT_DIR]
It builds each dialog over a throw-away profile (a fake FreeCAD host, a temporary state
folder with a few sent events, a loopback stand-in for the removal server) and grabs it.
Needs PySide6; uses the offscreen Qt platform, so no display is required.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from removal_server import RemovalServer  # noqa: E402

from freecad_telemetry import fields  # noqa: E402
from freecad_telemetry.consent.question import NEW_ITEMS, Question  # noqa: E402
from freecad_telemetry.delivery.outbox import Outbox  # noqa: E402
from freecad_telemetry.events import Event, iso_utc, utc_now  # noqa: E402
from freecad_telemetry.host.memory_host import MemoryHost  # noqa: E402
from freecad_telemetry.settings import GROUP  # noqa: E402
from freecad_telemetry.state.folder import OUTBOX_FILE, state_dir  # noqa: E402
from freecad_telemetry.state.install_id import create_install_id  # noqa: E402
from freecad_telemetry.ui.qt import QtWidgets  # noqa: E402

SAMPLE_ID = "3f8e2a4c-9b1d-4e6f-a2c7-5d0b8e9f1a23"


def sample_host(base: Path) -> MemoryHost:
    """A profile that shares usage and system information and has sent a few events."""
    host = MemoryHost(user_data_dir=base / "FreeCAD", mod_roots=[base / "FreeCAD" / "Mod"])
    host.set_param(GROUP, "ConsentState", "string", "granted")
    host.set_param(GROUP, "ConsentCategories", "string", "usage,system")
    host.set_param(GROUP, "ConsentSchemaVersion", "int", fields.SCHEMA_VERSION)
    folder = state_dir(host.user_data_dir())
    person_id = create_install_id(folder, adopt=SAMPLE_ID)
    host.set_param(GROUP, "AnonymousId", "string", person_id)
    outbox = Outbox(folder / OUTBOX_FILE)
    names = ("freecad_startup", "freecad_version", "freecad_system_info")
    events = [
        Event(name, person_id, {"addon_version": "0.1.0"}, timestamp=iso_utc(moment))
        for days in (3, 2, 1)
        for n, name in enumerate(names)
        for moment in [utc_now() - timedelta(days=days, seconds=-n)]
    ]
    outbox.add(events)
    outbox.mark_delivered([e.uuid for e in outbox.claim(limit=100)])
    outbox.close()
    return host


def grab(widget: QtWidgets.QWidget, path: Path) -> Path:
    widget.show()
    QtWidgets.QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def render_all(out: Path) -> List[Path]:
    """Write every screenshot into `out`; returns the files written."""
    from freecad_telemetry.ui.consent_dialog import ConsentDialog, host_preview
    from freecad_telemetry.ui.data_copy_form import DataCopyForm
    from freecad_telemetry.ui.preferences_page import TelemetryPreferencesPage
    from freecad_telemetry.ui.removal import RemovalDialog
    from freecad_telemetry.ui.text_view import preview_dialog

    _app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    written: List[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        host = sample_host(Path(scratch))
        folder = state_dir(host.user_data_dir())
        preview = host_preview(host)

        written.append(grab(ConsentDialog(preview=preview), out / "consent_dialog.png"))
        new_field = replace(
            fields.FIELDS[-1], event="freecad_system_info", prop="gpu_vendor", since=2
        )
        new_field = replace(new_field, meaning="graphics card vendor (e.g. NVIDIA, AMD, Intel)")
        new_category = fields.Category(
            "workbenches", "Workbench use", "which workbenches are opened", 2
        )
        question = Question(NEW_ITEMS, (new_category,), (), (new_field,))
        reconsent = ConsentDialog(question, preview, shared=("usage", "system"))
        written.append(grab(reconsent, out / "consent_dialog_new_items.png"))
        window = preview_dialog(preview)
        if window.building is not None:  # the text is built off the GUI thread
            window.building.wait(10)
        for _ in range(20):
            QtWidgets.QApplication.processEvents()
        written.append(grab(window, out / "preview.png"))

        page = TelemetryPreferencesPage(host=host, env={}, preview=preview)
        page.loadSettings()
        page.form.resize(640, 760)
        page.transparency.load_ledger()
        call = page.transparency.ledger_call
        if call is not None:
            call.wait(5)
        for _ in range(20):
            QtWidgets.QApplication.processEvents()
        written.append(grab(page.form, out / "preferences_page.png"))

        form = DataCopyForm(folder, SAMPLE_ID, open_url=lambda url: True)
        form.email_edit.setText("ada@example.org")
        form.note_edit.setPlainText("The installs on my laptop and my desktop, please.")
        written.append(grab(form, out / "data_copy_form.png"))

        shots: Dict[str, object] = {"removal_done.png": 204, "removal_queued.png": 500}
        shots["removal_rejected.png"] = 404
        written.append(
            grab(RemovalDialog(folder, SAMPLE_ID, "https://invalid"), out / "removal_confirm.png")
        )
        for name, mode in shots.items():
            with RemovalServer(mode) as server:
                person_id = create_install_id(folder, adopt=SAMPLE_ID)
                dialog = RemovalDialog(folder, person_id, server.url(), timeout=2.0)
                _finish(dialog)
                written.append(grab(dialog, out / name))
    return written


def _finish(dialog) -> None:
    """Confirm the removal and let the event loop run until its outcome is shown."""
    import time

    dialog.confirm()
    end = time.monotonic() + 5
    while dialog.outcome is None and time.monotonic() < end:
        QtWidgets.QApplication.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=Path(__file__).resolve().parent)
    for path in render_all(parser.parse_args().out_dir):
        print(path)

"""docs/screenshots/make_screenshots.py keeps working: every dialog renders offscreen."""

import importlib.util
from pathlib import Path

from freecad_telemetry.ui.qt import QtGui

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "make_screenshots.py"
EXPECTED = {
    "consent_dialog.png",
    "consent_dialog_new_items.png",
    "preview.png",
    "preferences_page.png",
    "data_copy_form.png",
    "removal_confirm.png",
    "removal_done.png",
    "removal_queued.png",
    "removal_rejected.png",
}


def test_every_screenshot_renders(qtbot, tmp_path):
    spec = importlib.util.spec_from_file_location("make_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.render_all(tmp_path)
    assert {p.name for p in written} == EXPECTED
    for path in written:
        image = QtGui.QImage(str(path))
        assert image.width() >= 400 and image.height() >= 150, path.name

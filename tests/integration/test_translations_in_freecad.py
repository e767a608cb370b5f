"""The add-on in FreeCAD's language, in a real FreeCAD (0.20.2 and 1.1): with FreeCAD set to
German (user.cfg BaseApp/Preferences/General/Language), or to Japanese, the first-start
question and Edit > Preferences > Telemetry come up in that language from the first start;
set back to English, the next start shows English (nothing is cached across starts)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from capture_server import CaptureServer
from consent_clicks import DONT_SHARE, PAGE, PAGE_SHOWN, until, wait_for_dialog
from freecad_runner import error_lines

from freecad_telemetry.ui import translation_files as tf

GROUP = "BaseApp/Preferences/Mod/Telemetry"
GENERAL = "BaseApp/Preferences/General"
SCREENSHOT_DIR_VARIABLE = "FCT_SCREENSHOT_DIR"  # docs/screenshots, to refresh the pictures

QUESTION_TEXTS = """
from freecad_telemetry.ui.qt import QtWidgets
dialog = [w for w in QtWidgets.QApplication.topLevelWidgets()
          if w.objectName() == "ConsentDialog" and w.isVisible()][0]
result = {
    "heading": dialog.findChild(QtWidgets.QLabel, "headingLabel").text(),
    "share": dialog.findChild(QtWidgets.QPushButton, "shareButton").text(),
    "decline": dialog.findChild(QtWidgets.QPushButton, "declineButton").text(),
    "boxes": sorted(b.text() for b in dialog.findChildren(QtWidgets.QCheckBox)),
}
"""
PAGE_TEXTS = (
    PAGE
    + """
page = pages[0]
result = {"share": page.share_radio.text(), "decline": page.decline_radio.text(),
          "boxes": sorted(b.text() for b in page.boxes.values())}
"""
)
# Edit > Preferences opened at the Telemetry group (modal: from a timer, so this returns).
OPEN_TELEMETRY_PAGE = """
import FreeCADGui
from freecad_telemetry.ui.qt import QtCore
QtCore.QTimer.singleShot(0, lambda: FreeCADGui.showPreferences("Telemetry", 0))
result = True
"""
CLOSE_PREFERENCES = """
from freecad_telemetry.ui.qt import QtWidgets
QtWidgets.QApplication.activeModalWidget().reject()
result = True
"""
SCREENSHOT = """
from freecad_telemetry.ui.qt import QtGui
QtGui.QGuiApplication.primaryScreen().grabWindow(0).save({path!r})
result = True
"""
CATEGORY_TITLES = ["Basic usage", "Installed add-ons", "Preferences", "System information"]


@pytest.fixture
def server():
    with CaptureServer() as srv:
        yield srv


def expected(code: str) -> dict:
    """The question's and the page's texts as the shipped Telemetry_<code>.ts translates them
    (English: the sources)."""
    text = {(m.context, m.source): m.translations[0] for m in tf.read_messages(tf.ts_file(code))}

    def t(context: str, source: str) -> str:
        return source if code == "en" else text[(context, source)]

    boxes = sorted(t("Telemetry", title) for title in CATEGORY_TITLES)
    return {
        "question": {
            "heading": t("ConsentForm", "Help improve FreeCAD?"),
            "share": t("ConsentForm", "Share"),
            "decline": t("ConsentForm", "Don't share"),
            "boxes": boxes,
        },
        "page": {
            "share": t(
                "TelemetryPreferences", "Share anonymous usage data with the FreeCAD project:"
            ),
            "decline": t("TelemetryPreferences", "Don't share anything"),
            "boxes": boxes,
        },
    }


def in_language(profile, url: str, language: str):
    profile.seed_params(
        {
            GROUP: {"PostHogHost": ("Text", url), "SendDelay": ("Int", 0)},
            GENERAL: {"Language": ("Text", language)},
        }
    )
    return profile


def page_texts(session) -> dict:
    session.run(OPEN_TELEMETRY_PAGE)
    until(session, PAGE_SHOWN)
    return session.run(PAGE_TEXTS)


def screenshot(session, tmp_path: Path, name: str, freecad_install) -> None:
    version = ".".join(map(str, freecad_install.version[:2]))
    picture = tmp_path / f"{name}-freecad-{version}.png"
    session.run(SCREENSHOT.format(path=str(picture)))
    assert picture.stat().st_size > 10_000
    if os.environ.get(SCREENSHOT_DIR_VARIABLE):
        shutil.copy(picture, Path(os.environ[SCREENSHOT_DIR_VARIABLE]) / picture.name)


@pytest.mark.parametrize("language, code", [("German", "de"), ("Japanese", "ja")])
def test_the_question_and_the_page_speak_freecads_language_from_the_first_start(
    start_freecad, profile, server, tmp_path, freecad_install, language, code
):
    want = expected(code)
    session = start_freecad(in_language(profile, server.url, language))
    wait_for_dialog(session)
    assert session.run(QUESTION_TEXTS) == want["question"]
    screenshot(session, tmp_path, f"question-{code}", freecad_install)
    session.run(DONT_SHARE)
    assert page_texts(session) == want["page"]
    screenshot(session, tmp_path, f"preferences-{code}", freecad_install)
    session.run(CLOSE_PREFERENCES)
    report = session.report_view()
    session.quit()
    assert error_lines(report) == []
    assert server.requests == []


def test_set_back_to_english_the_next_start_shows_english(start_freecad, profile, server):
    session = start_freecad(in_language(profile, server.url, "German"))
    wait_for_dialog(session)
    session.run(DONT_SHARE)
    assert page_texts(session) == expected("de")["page"]
    session.run(CLOSE_PREFERENCES)
    session.quit()
    profile.seed_params({GENERAL: {"Language": ("Text", "English")}})
    again = start_freecad(profile)
    assert page_texts(again) == expected("en")["page"]
    again.run(CLOSE_PREFERENCES)
    again.quit()

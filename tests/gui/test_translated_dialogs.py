"""The dialogs in the user's language: every text of the question, the page and the forms
comes from the shipped translation, plural forms follow the count, and going back to
English shows English."""

from __future__ import annotations

import json

import pytest

from freecad_telemetry import fields
from freecad_telemetry.ui import translation_files as tf
from freecad_telemetry.ui.consent_dialog import ConsentDialog, host_preview
from freecad_telemetry.ui.preferences_page import TelemetryPreferencesPage
from freecad_telemetry.ui.qt import QtWidgets
from freecad_telemetry.ui.translation import install_language, translate


def translations(code):
    """{(context, source): first form} of the shipped Telemetry_<code>.ts."""
    return {(m.context, m.source): m.translations[0] for m in tf.read_messages(tf.ts_file(code))}


@pytest.fixture
def language(qapp):
    def switch(code):
        assert install_language(code) == code
        return translations(code)

    yield switch
    install_language("en")


@pytest.mark.parametrize("code", ["de", "ja"])
def test_the_question_is_asked_in_the_users_language(qtbot, language, code):
    text = language(code)
    dialog = ConsentDialog(preview=lambda: "{}")
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QtWidgets.QLabel, "headingLabel").text()
    share = dialog.findChild(QtWidgets.QPushButton, "shareButton").text()
    assert heading == text[("ConsentForm", "Help improve FreeCAD?")] != "Help improve FreeCAD?"
    assert share == text[("ConsentForm", "Share")] != "Share"
    boxes = dialog.category_boxes()
    for category in fields.CATEGORIES:
        assert boxes[category.name].text() == text[("Telemetry", category.title)]
        label = dialog.findChild(QtWidgets.QLabel, f"categoryDescription_{category.name}")
        assert text[("Telemetry", category.description)][1:] in label.text()  # capitalised


def test_the_preferences_page_is_in_the_users_language(qtbot, profile, language):
    text = language("de")
    page = TelemetryPreferencesPage(
        host=profile.host, env={"DO_NOT_TRACK": "1"}, preview=lambda: "{}"
    )
    qtbot.addWidget(page.form)
    page.loadSettings()
    share = "Share anonymous usage data with the FreeCAD project:"
    assert page.share_radio.text() == text[("TelemetryPreferences", share)] != share
    status = page.status_label.text()
    assert text[("Telemetry", "Nothing is sent from this computer whatever you choose:")] in status
    assert text[("Telemetry", "DO_NOT_TRACK is set")] in status


@pytest.mark.parametrize(
    "code, counts",
    [
        ("en", {1: "1 event sent", 3: "3 events sent"}),
        ("pl", {1: "1 ", 3: "3 ", 5: "5 "}),
    ],
)
def test_a_count_takes_the_languages_plural_form(language, code, counts):
    language(code)
    source = "%n event(s) sent from this computer, newest first."
    shown = {n: translate("Telemetry", source, None, n) for n in counts}
    for n, start in counts.items():
        assert shown[n].startswith(start) and "%n" not in shown[n] and "(s)" not in shown[n]
    if code == "pl":  # one, few, many: three different words
        assert len({s.split(" ")[1] for s in shown.values()}) == 3


def test_back_to_english_shows_english(qtbot, language):
    language("de")
    install_language("en")
    dialog = ConsentDialog(preview=lambda: "{}")
    qtbot.addWidget(dialog)
    assert dialog.findChild(QtWidgets.QLabel, "headingLabel").text() == "Help improve FreeCAD?"


def test_the_previews_note_is_in_the_users_language(profile, language):
    text = language("de")
    scope = "nothing is sent until you choose Share; this is what sharing every category would send"
    build = host_preview(profile.host)()  # as the preview window asks for it
    preview = json.loads(build())
    assert text[("Telemetry", scope)] in preview["note"]
    assert {e["event"] for e in preview["events"]} >= {"freecad_startup"}  # the rest as sent

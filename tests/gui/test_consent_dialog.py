"""The first-start dialog and its re-consent variant, driven like a user would, and the
start-up caller that shows it (tested by replacing `ask`)."""

from dataclasses import replace

import pytest

from freecad_telemetry import fields
from freecad_telemetry.consent.decision import (
    GRANTED,
    UNDECIDED,
    decline,
    grant,
    load_consent,
    save_consent,
)
from freecad_telemetry.consent.question import (
    DECLINE,
    FIRST,
    NEW_ITEMS,
    NOT_NOW,
    ConsentChoice,
    Question,
)
from freecad_telemetry.ui.consent_dialog import ConsentDialog, ask_if_needed
from freecad_telemetry.ui.qt import QtCore, QtWidgets

GPU = fields.Field(
    "freecad_system_info", "gpu_vendor", "fact", "graphics card vendor", "AMD", since=2
)
WORKBENCHES = fields.Category("workbenches", "Workbench use", "which workbenches are opened", 2)


@pytest.fixture
def dialog(qtbot):
    shown = ConsentDialog(preview=lambda: '{"events": ["freecad_startup"]}')
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def reconsent_dialog(qtbot, question):
    shown = ConsentDialog(question, lambda: "{}", shared=("usage", "system"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_every_category_is_offered_and_none_is_ticked(dialog):
    boxes = dialog.category_boxes()
    assert list(boxes) == list(fields.CATEGORY_NAMES)
    assert not any(box.isChecked() for box in boxes.values())
    for category in fields.CATEGORIES:
        label = dialog.findChild(QtWidgets.QLabel, f"categoryDescription_{category.name}")
        assert category.description[:30].lower() in label.text().lower()
        assert boxes[category.name].text() == category.title


def test_share_and_decline_have_equal_weight(dialog):
    share, decline_button = dialog.share_button, dialog.decline_button
    assert share.size() == decline_button.size()
    assert share.minimumSize() == decline_button.minimumSize()
    for button in (share, decline_button):
        assert not button.isDefault() and not button.autoDefault() and not button.isFlat()
        assert button.styleSheet() == "" and button.icon().isNull()
    assert share.font() == decline_button.font()


def test_share_is_possible_only_with_a_category_ticked(dialog):
    assert not dialog.share_button.isEnabled()
    dialog.category_boxes()["usage"].setChecked(True)
    assert dialog.share_button.isEnabled()
    dialog.category_boxes()["usage"].setChecked(False)
    assert not dialog.share_button.isEnabled()
    dialog.share_button.click()  # disabled: nothing happens
    assert dialog.isVisible() and dialog.choice.kind == NOT_NOW


def test_share_returns_the_ticked_categories(dialog):
    dialog.category_boxes()["usage"].setChecked(True)
    dialog.category_boxes()["addons"].setChecked(True)
    dialog.share_button.click()
    assert dialog.choice == ConsentChoice.share({"usage", "addons"})
    assert dialog.result() == QtWidgets.QDialog.Accepted and not dialog.isVisible()


def test_decline_returns_decline_whatever_is_ticked(dialog):
    dialog.category_boxes()["system"].setChecked(True)
    dialog.decline_button.click()
    assert dialog.choice.kind == DECLINE and not dialog.isVisible()


def test_escape_is_not_now(dialog, qtbot):
    dialog.category_boxes()["usage"].setChecked(True)
    qtbot.keyClick(dialog, QtCore.Qt.Key_Escape)
    assert dialog.choice.kind == NOT_NOW and not dialog.isVisible()


def test_closing_the_window_is_not_now(dialog):
    dialog.category_boxes()["usage"].setChecked(True)
    assert dialog.close()
    assert dialog.choice.kind == NOT_NOW


def test_enter_answers_nothing(dialog, qtbot):
    dialog.category_boxes()["usage"].setChecked(True)
    qtbot.keyClick(dialog, QtCore.Qt.Key_Return)
    assert dialog.isVisible() and dialog.choice.kind == NOT_NOW


def test_preview_shows_the_text_read_only(dialog):
    dialog.preview_button.click()
    window = dialog.preview_window
    assert window is not None and window.isVisible()
    assert window.text() == '{"events": ["freecad_startup"]}'
    assert window.text_view.isReadOnly()


def test_a_failing_preview_is_shown_not_raised(qtbot):
    def broken():
        raise OSError("disk gone")

    shown = ConsentDialog(preview=broken)
    qtbot.addWidget(shown)
    shown.show_preview()
    assert "disk gone" in shown.preview_window.text()


def test_re_consent_offers_only_the_new_items(qtbot):
    question = Question(NEW_ITEMS, (WORKBENCHES,), (), (GPU,))
    shown = reconsent_dialog(qtbot, question)
    assert list(shown.category_boxes()) == ["workbenches"]
    assert not shown.category_boxes()["workbenches"].isChecked()
    assert "freecad_system_info.gpu_vendor" in shown.new_items_view.toPlainText()
    assert shown.new_items_view.isReadOnly()
    assert shown.share_button.isEnabled()  # agreeing to the new fields needs no tick
    assert shown.share_button.size() == shown.decline_button.size()
    shown.category_boxes()["workbenches"].setChecked(True)
    shown.share_button.click()
    assert shown.choice == ConsentChoice.share({"workbenches"})


def test_re_consent_with_only_a_new_category_needs_it_ticked_to_share(qtbot):
    shown = reconsent_dialog(qtbot, Question(NEW_ITEMS, (WORKBENCHES,)))
    assert not shown.share_button.isEnabled()
    assert not shown.new_items_view.isVisible()
    shown.decline_button.click()
    assert shown.choice.kind == DECLINE


def test_ask_returns_the_answer(qtbot, monkeypatch):
    def exec_and_decline(self):
        self.decline_button.click()
        return 1

    monkeypatch.setattr(ConsentDialog, "exec", exec_and_decline)
    assert ConsentDialog.ask(None).kind == DECLINE


def test_ask_that_fails_is_not_now(qtbot, monkeypatch):
    def broken(self):
        raise RuntimeError("no display")

    monkeypatch.setattr(ConsentDialog, "exec", broken)
    assert ConsentDialog.ask(None).kind == NOT_NOW


# --- the caller at start-up -----------------------------------------------------------------------


class FakeAsk:
    """Stands in for ConsentDialog.ask: records the question, gives a fixed answer."""

    def __init__(self, answer: ConsentChoice) -> None:
        self.answer = answer
        self.questions = []

    def __call__(self, parent, question=None, preview=None, shared=()):
        self.questions.append((question, frozenset(shared), preview))
        return self.answer


@pytest.mark.parametrize(
    "answer, status, categories",
    [
        (ConsentChoice.share({"usage"}), GRANTED, {"usage"}),
        (ConsentChoice.decline(), "declined", set()),
        (ConsentChoice.not_now(), UNDECIDED, set()),
    ],
)
def test_first_start_asks_and_stores_the_answer(profile, answer, status, categories):
    ask = FakeAsk(answer)
    after = ask_if_needed(profile.host, env={}, ask=ask)
    assert [q.kind for q, _shared, _preview in ask.questions] == [FIRST]
    assert load_consent(profile.settings).status == status == after.status
    assert load_consent(profile.settings).categories == categories


def test_not_now_is_not_asked_again_at_once(profile):
    ask = FakeAsk(ConsentChoice.not_now())
    ask_if_needed(profile.host, env={}, ask=ask)
    ask_if_needed(profile.host, env={}, ask=ask)
    assert len(ask.questions) == 1


@pytest.mark.parametrize("env", [{"DO_NOT_TRACK": "1"}, {"FREECAD_TELEMETRY": "0"}, {"CI": "true"}])
def test_opt_out_environments_show_no_dialog(profile, env):
    ask = FakeAsk(ConsentChoice.share({"usage"}))
    assert ask_if_needed(profile.host, env=env, ask=ask) is None
    assert ask.questions == []
    assert load_consent(profile.settings).status == UNDECIDED


@pytest.mark.parametrize("consent", [decline(), grant({"usage"})])
def test_decided_users_are_not_asked(profile, consent):
    save_consent(profile.settings, consent)
    ask = FakeAsk(ConsentChoice.share({"usage"}))
    assert ask_if_needed(profile.host, env={}, ask=ask) is None
    assert ask.questions == []


def test_an_update_asks_granted_users_about_the_difference(profile):
    save_consent(profile.settings, grant({"usage", "system"}))
    table = fields.TABLE.updated(fields=[GPU])
    ask = FakeAsk(ConsentChoice.decline())
    after = ask_if_needed(profile.host, env={}, ask=ask, table=table)
    question, shared, _preview = ask.questions[0]
    assert question.kind == NEW_ITEMS and [f.prop for f in question.new_fields] == ["gpu_vendor"]
    assert shared == {"usage", "system"}
    assert after.status == GRANTED and after.categories == {"usage", "system"}
    assert ask_if_needed(profile.host, env={}, ask=ask, table=table) is None  # refused: not again


def test_a_failing_dialog_leaves_the_user_undecided(profile):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    assert ask_if_needed(profile.host, env={}, ask=broken) is None
    assert load_consent(profile.settings).status == UNDECIDED
    assert any("boom" in line for line in profile.host.logged)


def test_dialog_drives_the_whole_first_start(profile, qtbot, monkeypatch):
    def exec_and_share(self):
        self.category_boxes()["system"].setChecked(True)
        self.share_button.click()
        return 1

    monkeypatch.setattr(ConsentDialog, "exec", exec_and_share)
    after = ask_if_needed(profile.host, env={})
    assert after.status == GRANTED and after.categories == {"system"}
    assert replace(after, date="") == replace(load_consent(profile.settings), date="")


def test_a_broken_slot_closes_as_not_now(dialog, monkeypatch):
    dialog.category_boxes()["usage"].setChecked(True)
    monkeypatch.setattr(ConsentChoice, "share", None)  # calling it raises TypeError
    dialog.share_button.click()
    assert dialog.choice.kind == NOT_NOW and not dialog.isVisible()
    assert "TypeError" in dialog.error

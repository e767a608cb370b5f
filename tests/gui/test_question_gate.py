"""When the consent question may open (ui/question_gate.py) and how it opens in FreeCAD
(consent_dialog.open_if_needed): never over FreeCAD 1.1's Welcome panel or another modal
dialog, never once the main window's close began, and never with a nested event loop."""

import pytest

from freecad_telemetry.consent.decision import GRANTED, UNDECIDED, load_consent
from freecad_telemetry.ui.consent_dialog import ConsentDialog, open_if_needed
from freecad_telemetry.ui.qt import QtWidgets
from freecad_telemetry.ui.question_gate import CLOSING, MODAL, WELCOME, QuestionGate


@pytest.fixture
def window(qtbot):
    main = QtWidgets.QMainWindow()
    qtbot.addWidget(main)
    main.setCentralWidget(QtWidgets.QWidget())
    main.show()
    qtbot.waitExposed(main)
    return main


def welcome_panel(window) -> QtWidgets.QWidget:
    """What FreeCAD 1.1's Start page shows at a first start, by its object name."""
    panel = QtWidgets.QGroupBox(window.centralWidget())
    panel.setObjectName("FirstStartWidget")
    panel.show()
    return panel


class Calls:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def test_with_nothing_in_the_way_the_question_comes_at_once(window):
    gate, calls = QuestionGate(window), Calls()
    gate.when_clear(calls)
    assert calls.count == 1 and gate.blocked_by() is None


def test_the_question_waits_until_freecads_welcome_panel_is_done(window, qtbot):
    panel = welcome_panel(window)
    gate, calls = QuestionGate(window), Calls()
    gate.when_clear(calls)
    assert calls.count == 0 and gate.blocked_by() == WELCOME
    panel.hide()  # the user pressed Done
    qtbot.waitUntil(lambda: calls.count == 1, timeout=3000)


def test_the_question_waits_for_another_modal_dialog(window, qtbot):
    other = QtWidgets.QDialog(window)
    other.setModal(True)
    other.show()
    gate, calls = QuestionGate(window), Calls()
    gate.when_clear(calls)
    assert calls.count == 0 and gate.blocked_by() == MODAL
    other.accept()
    qtbot.waitUntil(lambda: calls.count == 1, timeout=3000)


def test_once_the_main_window_starts_closing_the_question_never_comes(window):
    welcome_panel(window)
    gate, calls = QuestionGate(window), Calls()
    gate.when_clear(calls)
    window.close()
    assert gate.blocked_by() == CLOSING
    gate.when_clear(calls)  # a timer that fires during the close, as in FreeCAD 1.1
    assert calls.count == 0
    assert not gate._timer.isActive()  # nothing left that could open it later


def test_open_if_needed_returns_with_the_question_open_and_stores_the_answer(
    profile, window, qtbot
):
    answers = []
    dialog = open_if_needed(profile.host, window, {}, answers.append)
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()  # no nested event loop
    assert answers == [] and load_consent(profile.settings).status == UNDECIDED
    dialog.category_boxes()["system"].setChecked(True)
    gone = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.share_button.click()
    assert not dialog.isVisible()  # closed at once; stored in the event loop's next turn
    qtbot.waitUntil(lambda: answers != [] and gone == [True], timeout=3000)
    assert [a.status for a in answers] == [GRANTED]
    assert load_consent(profile.settings).categories == {"system"}


def test_a_question_open_when_freecad_closes_goes_with_it_as_not_now(profile, qtbot):
    main = QtWidgets.QMainWindow()  # not qtbot's: destroyed here, as FreeCAD's is at exit
    main.show()
    answers, gone = [], []
    dialog = open_if_needed(profile.host, main, {}, answers.append)
    dialog.destroyed.connect(lambda *_: gone.append(True))
    main.close()
    main.deleteLater()
    qtbot.waitUntil(lambda: gone == [True], timeout=3000)
    assert answers == []
    assert load_consent(profile.settings).status == UNDECIDED  # asked again next start


@pytest.mark.parametrize("env", [{"DO_NOT_TRACK": "1"}, {"CI": "true"}])
def test_open_if_needed_opens_nothing_under_an_opt_out(profile, window, env):
    assert open_if_needed(profile.host, window, env, lambda consent: None) is None

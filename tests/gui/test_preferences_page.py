"""The Telemetry preferences page over a fake FreeCAD profile: the choice (and that OK without
a change changes nothing), the id, the preview, the ledger, the data-rights buttons and the
advanced addresses. Callers of the dialogs are tested by replacing their `ask`."""

import time

import pytest

import freecad_telemetry
from freecad_telemetry import fields
from freecad_telemetry.consent.decision import (
    DECLINED,
    GRANTED,
    UNDECIDED,
    grant,
    load_consent,
    save_consent,
)
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import Event
from freecad_telemetry.rights.removal import DONE, RemovalOutcome
from freecad_telemetry.settings import GROUP
from freecad_telemetry.state.folder import OUTBOX_FILE
from freecad_telemetry.state.install_id import create_install_id, read_install_id
from freecad_telemetry.ui.data_copy_form import DataCopyForm
from freecad_telemetry.ui.preferences_page import TelemetryPreferencesPage
from freecad_telemetry.ui.qt import QtWidgets
from freecad_telemetry.ui.removal import RemovalDialog


class Recorder:
    def __init__(self, result=None):
        self.calls = []
        self.result = result

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.result


@pytest.fixture
def make_page(qtbot, profile):
    def make(env=None, confirm=True, table=fields.TABLE):
        changes, ids = Recorder(), Recorder()
        page = TelemetryPreferencesPage(
            host=profile.host,
            env=env or {},
            preview=lambda: '{"preview": true}',
            confirm=lambda parent, title, text: confirm,
            on_consent_changed=changes,
            on_id_changed=ids,
            table=table,
        )
        qtbot.addWidget(page.form)
        page.loadSettings()
        page.form.show()
        page.consent_changes, page.id_changes = changes, ids
        return page

    return make


# --- the choice -------------------------------------------------------------------------------


def test_undecided_shows_no_choice_and_ok_changes_nothing(make_page, profile):
    page = make_page()
    assert not page.share_radio.isChecked() and not page.decline_radio.isChecked()
    assert not any(box.isChecked() for box in page.boxes.values())
    assert not page.category_list.isEnabled()
    assert "Not decided yet" in page.status_label.text()
    page.saveSettings()
    assert load_consent(profile.settings).status == UNDECIDED
    assert page.consent_changes.calls == []


def test_choosing_to_share_categories_takes_effect_at_once(make_page, profile):
    page = make_page()
    page.share_radio.click()
    assert page.category_list.isEnabled()
    page.boxes["usage"].click()
    page.boxes["addons"].click()
    saves = profile.host.saves
    page.saveSettings()
    consent = load_consent(profile.settings)
    assert consent.status == GRANTED and consent.categories == {"usage", "addons"}
    assert profile.host.saves > saves  # user.cfg written now, not at FreeCAD's quit
    assert [args[0] for args, _ in page.consent_changes.calls] == [consent]


def test_disabling_mid_session(make_page, profile):
    save_consent(profile.settings, grant({"usage", "system"}))
    page = make_page()
    assert page.share_radio.isChecked()
    assert {n for n, b in page.boxes.items() if b.isChecked()} == {"usage", "system"}
    page.decline_radio.click()
    page.saveSettings()
    assert load_consent(profile.settings).status == DECLINED
    assert page.consent_changes.calls[0][0][0].status == DECLINED


def test_unchanged_grant_keeps_its_date(make_page, profile):
    save_consent(profile.settings, grant({"usage"}))
    date = load_consent(profile.settings).date
    time.sleep(0.002)
    page = make_page()
    page.saveSettings()
    assert load_consent(profile.settings).date == date
    assert page.consent_changes.calls == []


def test_share_with_nothing_ticked_says_so_and_saves_as_declined(make_page, profile):
    page = make_page()
    page.share_radio.click()
    assert "Tick at least one category" in page.status_label.text()
    page.saveSettings()
    assert load_consent(profile.settings).status == DECLINED


def test_the_page_says_when_the_environment_blocks_sending(make_page):
    page = make_page(env={"DO_NOT_TRACK": "1"})
    assert "DO_NOT_TRACK" in page.status_label.text()


def test_the_page_lists_what_an_update_added(make_page, profile):
    save_consent(profile.settings, grant({"system"}))
    gpu = fields.Field("freecad_system_info", "gpu_vendor", "fact", "gpu", "AMD")
    page = make_page(table=fields.TABLE.updated(fields=[gpu]))
    assert "freecad_system_info.gpu_vendor" in page.status_label.text()


# --- the id -------------------------------------------------------------------------------------


def test_no_id_yet_disables_what_needs_one(make_page):
    page = make_page()
    controls = page.transparency
    assert controls.id_field.text() == ""
    for button in (
        controls.copy_id_button,
        controls.reset_id_button,
        controls.copy_button,
        controls.removal_button,
    ):
        assert not button.isEnabled()


def test_id_is_shown_read_only_and_copied(make_page, profile):
    profile.with_id()
    controls = make_page().transparency
    assert controls.id_field.text() == profile.person_id and controls.id_field.isReadOnly()
    controls.copy_id_button.click()
    assert QtWidgets.QApplication.clipboard().text() == profile.person_id


@pytest.mark.parametrize("confirmed", [True, False])
def test_reset_id(make_page, profile, confirmed):
    profile.with_id()
    page = make_page(confirm=confirmed)
    page.transparency.reset_id_button.click()
    current = read_install_id(profile.folder)
    assert (current != profile.person_id) == confirmed
    assert "AnonymousId" not in profile.host.param_keys(GROUP)  # never in user.cfg
    assert page.transparency.id_field.text() == current
    assert [a[0][0] for a in page.id_changes.calls] == ([current] if confirmed else [])


# --- what is and was sent ----------------------------------------------------------------------


def test_preview_window(make_page):
    controls = make_page().transparency
    controls.preview_button.click()
    assert controls.preview_window.text() == '{"preview": true}'


def test_ledger_is_read_on_demand_off_the_gui_thread(qtbot, make_page, profile):
    profile.with_id()
    controls = make_page().transparency
    assert not controls.ledger_table.isVisible()
    with qtbot.waitSignal(controls.ledger_loaded, timeout=5000) as loaded:
        controls.ledger_button.click()
    rows = loaded.args[0]
    model = controls.ledger_table.model()
    assert model.rowCount() == len(rows) == 3
    assert {model.row(i)[2] for i in range(3)} == {e.event.uuid for e in profile.outbox().ledger()}
    assert "3 events" in controls.ledger_status.text() and controls.ledger_table.isVisible()


def test_a_full_ledger_of_20000_events(qtbot, make_page, profile):
    person_id = create_install_id(profile.folder)
    outbox = Outbox(profile.folder / OUTBOX_FILE, max_events=25000)
    events = [Event("freecad_startup", person_id) for _ in range(20000)]
    outbox.add(events)
    outbox.mark_delivered([e.uuid for e in events])
    outbox.close()
    controls = make_page().transparency
    started = time.monotonic()
    controls.load_ledger()
    assert time.monotonic() - started < 0.1  # the click returns at once
    with qtbot.waitSignal(controls.ledger_loaded, timeout=10000):
        pass
    assert controls.ledger_table.model().rowCount() == 20000


def test_an_empty_ledger_says_nothing_was_sent(qtbot, make_page):
    controls = make_page().transparency
    with qtbot.waitSignal(controls.ledger_loaded, timeout=5000):
        controls.load_ledger()
    assert "Nothing has been sent" in controls.ledger_status.text()


# --- the data-rights buttons ----------------------------------------------------------------------


def test_request_copy_opens_the_form_with_the_id(make_page, profile, monkeypatch):
    profile.with_id()
    ask = Recorder()
    monkeypatch.setattr(DataCopyForm, "ask", ask)
    make_page().transparency.copy_button.click()
    ((_args, kwargs),) = ask.calls
    assert kwargs["person_id"] == profile.person_id
    assert kwargs["address"] == "telemetry@freecad.org"


def test_a_confirmed_removal_refreshes_the_page(qtbot, make_page, profile, monkeypatch):
    profile.with_id()
    page = make_page()
    with qtbot.waitSignal(page.transparency.ledger_loaded, timeout=5000):
        page.transparency.load_ledger()
    new_id = "11111111-1111-4111-8111-111111111111"

    def fake_ask(parent, **kwargs):
        create_install_id(kwargs["folder"], adopt=new_id)
        fake_ask.kwargs = kwargs
        return RemovalOutcome(DONE, kwargs["person_id"], 200, "", new_id)

    monkeypatch.setattr(RemovalDialog, "ask", fake_ask)
    page.transparency.removal_button.click()
    assert fake_ask.kwargs["endpoint"] == "https://www.freecad.org/deletetelemetry.php"
    assert page.transparency.id_field.text() == new_id
    assert not page.transparency.ledger_table.isVisible()
    assert [a[0][0] for a in page.id_changes.calls] == [new_id]


def test_a_queued_removal_is_shown_on_the_page(qtbot, make_page, profile, server):
    profile.with_id()
    server.mode = "refused"
    profile.settings.set("RemovalEndpoint", server.url())
    from freecad_telemetry.rights.removal import request_removal

    request_removal(profile.folder, profile.person_id, server.url(), 0.5)
    page = make_page()
    assert profile.person_id in page.transparency.removal_status.text()
    assert page.transparency.removal_status.isVisible()


# --- advanced -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host, saved",
    [
        ("https://posthog.example.org", "https://posthog.example.org"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://posthog.example.org", "https://eu.i.posthog.com"),
        ("nonsense", "https://eu.i.posthog.com"),
    ],
)
def test_only_https_hosts_are_saved(make_page, profile, host, saved):
    page = make_page()
    page.host_edit.setText(host)
    assert page.host_problem.isVisible() == (saved != host)
    page.saveSettings()
    assert profile.settings.get("PostHogHost") == saved


def test_project_key_is_saved_and_an_empty_one_ignored(make_page, profile):
    page = make_page()
    page.key_edit.setText(" phc_test ")
    page.saveSettings()
    assert profile.settings.get("PostHogProjectKey") == "phc_test"
    page.key_edit.setText("")
    page.saveSettings()
    assert profile.settings.get("PostHogProjectKey") == "phc_test"


# --- inside FreeCAD ------------------------------------------------------------------------------


def test_freecad_can_build_the_page_with_no_argument_even_when_it_fails(qtbot):
    page = TelemetryPreferencesPage()  # outside FreeCAD: no FreeCAD module to talk to
    qtbot.addWidget(page.form)
    assert isinstance(page.form, QtWidgets.QWidget) and page.form.windowTitle() == "Telemetry"
    page.loadSettings()
    page.saveSettings()


def test_the_form_title_names_the_page(make_page):
    assert make_page().form.windowTitle() == "Telemetry"


# --- live consent: the page and the running session ---------------------------------------------


@pytest.mark.parametrize(
    "env", [{"DO_NOT_TRACK": "1"}, {"FREECAD_TELEMETRY": "0"}, {"GITHUB_ACTIONS": "true"}]
)
def test_share_on_the_page_under_an_environment_opt_out_sends_nothing(
    qtbot, profile, monkeypatch, env
):
    from capture_server import CaptureServer
    from session_driver import finish

    from freecad_telemetry import lifecycle, startup

    with CaptureServer() as server:
        profile.settings.set("PostHogHost", server.url)
        # A quit that would send, sends all (10 s, not FreeCAD's 50 ms).
        session = lifecycle.Session.with_posthog(profile.host, env=env, quit_budget=10.0)
        session.gui_ready()
        monkeypatch.setattr(startup.runtime, "session", session)  # the page tells it
        page = TelemetryPreferencesPage(host=profile.host, env=env, preview=lambda: "{}")
        qtbot.addWidget(page.form)
        page.loadSettings()
        assert "Nothing is sent from this computer whatever you choose" in page.status_label.text()
        page.share_radio.click()
        for box in page.boxes.values():
            box.click()
        page.saveSettings()
        assert load_consent(profile.settings).status == GRANTED  # the choice is kept
        assert session.sender is None  # but no reporting begins
        finish(session)
        assert server.requests == []


def test_unticking_two_categories_on_the_page_withdraws_their_held_events(
    qtbot, profile, monkeypatch
):
    from capture_server import CaptureServer
    from session_driver import finish

    from freecad_telemetry import lifecycle, startup

    profile.grant("usage,system,preferences,addons")  # SendDelay default: events are held
    with CaptureServer() as server:
        profile.settings.set("PostHogHost", server.url)
        session = lifecycle.Session.with_posthog(profile.host, env={}, quit_budget=10.0)
        session.gui_ready()
        assert session.started.wait(10)
        monkeypatch.setattr(startup.runtime, "session", session)
        page = TelemetryPreferencesPage(host=profile.host, env={}, preview=lambda: "{}")
        qtbot.addWidget(page.form)
        page.loadSettings()
        page.boxes["preferences"].click()
        page.boxes["addons"].click()
        page.saveSettings()
        finish(session)
        arrived = {e["event"] for e in server.events}
        assert {"freecad_startup", "freecad_system_info", "freecad_shutdown"} <= arrived
        assert not arrived & {"freecad_preferences", "freecad_addon_list"}


def test_the_page_tells_the_running_session_and_nothing_once_uninstalled(
    qapp, tmp_path, monkeypatch
):
    """FreeCAD builds the page through startup.TelemetryPreferences, with no argument."""
    from freecad_telemetry import startup
    from freecad_telemetry.host.memory_host import MemoryHost
    from freecad_telemetry.ui import preferences_page

    timers, built = [], []
    monkeypatch.setattr(
        preferences_page, "TelemetryPreferencesPage", lambda *a, **kw: built.append(kw) or "page"
    )
    host = MemoryHost(user_data_dir=tmp_path)
    freecad_telemetry.start_gui(
        lambda: host, schedule=lambda ms, f: timers.append(f), window_up=lambda: True
    )
    timers.pop()()
    session, told = startup.runtime.current_session(), []
    session.apply_consent = told.append
    assert startup.TelemetryPreferences() == "page"
    built[0]["on_consent_changed"]("a decision")
    assert built[0]["host"] is host and told == ["a decision"]
    startup.runtime.shut_down()
    assert isinstance(startup.TelemetryPreferences(), preferences_page.UninstalledPage)

"""The data-copy request form: id, format, e-mail validation, the filled-in e-mail, the JSON
request to a configured endpoint, and saving what this computer sent."""

import csv
import io
import json
import time
import urllib.parse

import pytest
from removal_server import RemovalServer

from freecad_telemetry.ui.data_copy_form import DataCopyForm


class Opener:
    """Stands in for the desktop's link opener (the user's mail program)."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.urls = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        return self.works


@pytest.fixture
def make_form(qtbot, profile):
    profile.with_id()

    def make(**kwargs):
        kwargs.setdefault("open_url", Opener())
        form = DataCopyForm(profile.folder, profile.person_id, timeout=0.5, **kwargs)
        qtbot.addWidget(form)
        form.show()
        return form

    return make


def test_id_is_filled_in_and_read_only(make_form, profile):
    form = make_form()
    assert form.id_field.text() == profile.person_id and form.id_field.isReadOnly()
    formats = [form.format_combo.itemData(i) for i in range(form.format_combo.count())]
    assert formats == ["csv", "xlsx", "json"]


@pytest.mark.parametrize(
    "email, enabled",
    [
        ("", False),
        ("ada", False),
        ("ada@example", False),
        ("ada@example.org", True),
        (" ada@example.org ", True),
        ("a b@example.org", False),
    ],
)
def test_submit_waits_for_a_valid_address(make_form, email, enabled):
    form = make_form()
    form.email_edit.setText(email)
    assert form.submit_button.isEnabled() == enabled


def test_submit_opens_a_filled_in_e_mail(make_form, profile):
    opener = Opener()
    form = make_form(open_url=opener, address="privacy@example.org")
    form.format_combo.setCurrentIndex(1)
    form.email_edit.setText("ada@example.org")
    form.note_edit.setPlainText("both laptops")
    form.submit_button.click()
    (url,) = opener.urls
    parts = urllib.parse.urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "privacy@example.org"
    query = urllib.parse.parse_qs(parts.query)
    assert profile.person_id in query["subject"][0]
    for text in (profile.person_id, "XLSX", "ada@example.org", "both laptops"):
        assert text in query["body"][0]
    assert "mail program" in form.status_text() and form.status.isVisible()
    assert form.submitted.email == "ada@example.org"


def test_without_a_mail_program_the_address_and_id_are_shown(make_form, profile):
    form = make_form(open_url=Opener(works=False))
    form.email_edit.setText("ada@example.org")
    form.submit_button.click()
    assert "telemetry@freecad.org" in form.status_text()
    assert profile.person_id in form.status_text()


def test_a_configured_endpoint_gets_json(qtbot, make_form, server):
    opener = Opener()
    form = make_form(endpoint=server.url("/request"), open_url=opener)
    form.email_edit.setText("ada@example.org")
    with qtbot.waitSignal(form.work_finished, timeout=5000):
        form.submit_button.click()
        assert not form.submit_button.isEnabled()  # no second request while one runs
    assert opener.urls == []
    assert json.loads(server.requests[0].body)["email"] == "ada@example.org"
    assert "Request sent" in form.status_text()
    assert form.submit_button.isEnabled()


@pytest.mark.parametrize("mode", [500, "refused"])
def test_a_failed_post_falls_back_to_the_e_mail_address(qtbot, make_form, server, profile, mode):
    server.mode = mode
    form = make_form(endpoint=server.url("/request"))
    form.email_edit.setText("ada@example.org")
    with qtbot.waitSignal(form.work_finished, timeout=5000):
        form.submit_button.click()
    assert "telemetry@freecad.org" in form.status_text()
    assert profile.person_id in form.status_text()
    assert form.submitted is None


def test_a_dripping_endpoint_holds_the_form_no_longer_than_the_deadline(
    qtbot, make_form, server, profile
):
    server.mode = "drip"
    server.drip_interval = 0.25  # a byte before every per-read timeout (0.5 s) would fire
    form = make_form(endpoint=server.url("/request"))  # a deadline of 0.5 s
    form.email_edit.setText("ada@example.org")
    started = time.monotonic()
    with qtbot.waitSignal(form.work_finished, timeout=1000):
        form.submit_button.click()
    assert time.monotonic() - started < 1.0
    assert "telemetry@freecad.org" in form.status_text() and form.submitted is None


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirected_request_is_not_followed(qtbot, make_form, server, profile, code):
    with RemovalServer(200) as elsewhere:
        server.mode, server.location = code, elsewhere.url("/request")
        form = make_form(endpoint=server.url("/request"))
        form.email_edit.setText("ada@example.org")
        with qtbot.waitSignal(form.work_finished, timeout=5000):
            form.submit_button.click()
        assert elsewhere.requests == []
    assert "telemetry@freecad.org" in form.status_text() and form.submitted is None


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_saving_what_was_sent(qtbot, make_form, profile, tmp_path, suffix):
    target = tmp_path / f"mine.{suffix}"
    form = make_form(choose_save_path=lambda parent: str(target))
    with qtbot.waitSignal(form.work_finished, timeout=5000):
        form.save_ledger_button.click()
    text = target.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text))) if suffix == "csv" else json.loads(text)
    assert len(rows) == 3 and {r["distinct_id"] for r in rows} == {profile.person_id}
    assert "Saved 3 events" in form.status_text() and str(target) in form.status_text()


def test_cancelling_the_file_choice_saves_nothing(make_form, tmp_path):
    form = make_form(choose_save_path=lambda parent: None)
    form.save_ledger_button.click()
    assert form.call is None and not form.status.isVisible()


def test_an_unwritable_target_is_reported(qtbot, make_form, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    form = make_form(choose_save_path=lambda parent: str(blocker / "sub" / "mine.csv"))
    with qtbot.waitSignal(form.work_finished, timeout=5000):
        form.save_ledger_button.click()
    assert "did not work" in form.status_text()


def test_ask_returns_the_submitted_request(qtbot, monkeypatch, profile):
    profile.with_id()

    def exec_and_submit(self):
        self.email_edit.setText("ada@example.org")
        self.submit_button.click()
        return 1

    monkeypatch.setattr(DataCopyForm, "exec", exec_and_submit)
    request = DataCopyForm.ask(
        None, folder=profile.folder, person_id=profile.person_id, open_url=Opener()
    )
    assert request.person_id == profile.person_id and request.fmt == "csv"

"""`on`, `off`, `request-copy`, `request-removal` on the command line, over a profile on disk."""

import io
import urllib.parse
from pathlib import Path

import pytest
from removal_server import RemovalServer

from freecad_telemetry.cli.console import EXIT_CODES, Console
from freecad_telemetry.cli.main import main
from freecad_telemetry.consent.decision import consent_now
from freecad_telemetry.host.profile_host import ProfileHost
from freecad_telemetry.host.profile_paths import ProfilePaths
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.rights.removal import pending_removals
from freecad_telemetry.settings import GROUP
from freecad_telemetry.state.folder import state_dir
from freecad_telemetry.state.install_id import create_install_id, read_install_id


class Profile:
    def __init__(self, base: Path) -> None:
        self.paths = ProfilePaths(base / "user.cfg", base / "data")
        self.folder = state_dir(self.paths.user_data_dir)

    def host(self) -> ProfileHost:
        return ProfileHost.open(self.paths)

    def saved(self, key: str, kind: str = "string", default=""):
        """What user.cfg on disk holds (what FreeCAD reads at its next start)."""
        return ParameterTree.load(self.paths.user_cfg).get(GROUP, key, kind, default)

    def set(self, key: str, value: str) -> None:
        host = self.host()
        host.set_param(GROUP, key, "string", value)
        host.save_params()


@pytest.fixture
def profile(tmp_path) -> Profile:
    return Profile(tmp_path)


def run(profile, argv, stdin="", opened=None):
    """The command through the command line's one parser, on `profile`: (code, out, err)."""
    out, err = io.StringIO(), io.StringIO()
    console = Console(
        stdout=out,
        stderr=err,
        stdin=io.StringIO(stdin),
        open_url=(opened.append if opened is not None else lambda url: False),
    )
    code = main(list(argv), host_factory=lambda *_: profile.host(), console=console)
    return code, out.getvalue(), err.getvalue()


def test_help_names_every_exit_code_and_says_the_command_line_is_english(profile):
    code, out, _err = run(profile, ["--help"])
    assert code == 0
    for number, meaning in EXIT_CODES:
        assert f"  {number}  {meaning.split(':')[0]}" in out
    assert "English only" in out


def test_on_with_categories_is_saved_to_user_cfg(profile):
    code, out, err = run(profile, ["on", "--categories", "usage,addons"])
    assert code == 0
    assert profile.saved("ConsentState") == "granted"
    assert profile.saved("ConsentCategories") == "usage,addons"
    assert "Basic usage" in out and "System information" not in out
    assert consent_now(profile.folder).categories == {"usage", "addons"}  # the decision
    assert "running now follows this" in err


def test_on_without_categories_shares_all(profile):
    run(profile, ["on"])
    assert profile.saved("ConsentCategories") == "usage,system,preferences,addons"


def test_on_with_an_unknown_category_changes_nothing(profile):
    code, _out, err = run(profile, ["on", "--categories", "usage,gps"])
    assert code == 2 and "gps" in err
    assert not profile.paths.user_cfg.exists()


def test_on_in_an_opt_out_environment_says_nothing_is_sent(profile, monkeypatch):
    monkeypatch.setenv("DO_NOT_TRACK", "1")
    _code, out, _err = run(profile, ["on"])
    assert "DO_NOT_TRACK" in out


def test_off_after_on(profile):
    run(profile, ["on"])
    code, out, _err = run(profile, ["off"])
    assert code == 0 and "off" in out
    assert profile.saved("ConsentState") == "declined"
    assert profile.saved("ConsentCategories") == ""


def test_requests_need_an_id(profile):
    code, out, _err = run(profile, ["request-removal", "--yes"])
    assert code == 0 and "never sent" in out


def test_request_copy_prints_a_filled_mailto(profile):
    person_id = create_install_id(profile.folder)
    code, out, _err = run(
        profile, ["request-copy", "--email", "ada@example.org", "--format", "json", "--note", "x"]
    )
    assert code == 0
    url = next(line for line in out.splitlines() if line.startswith("mailto:"))
    parts = urllib.parse.urlsplit(url)
    assert parts.path == "telemetry@freecad.org"
    body = urllib.parse.parse_qs(parts.query)["body"][0]
    assert person_id in body and "JSON" in body and "ada@example.org" in body


def test_request_copy_open_launches_the_mail_program(profile):
    create_install_id(profile.folder)
    opened = []
    run(profile, ["request-copy", "--email", "ada@example.org", "--open"], opened=opened)
    assert len(opened) == 1 and opened[0].startswith("mailto:telemetry@freecad.org?")


def test_request_copy_with_a_bad_address(profile):
    create_install_id(profile.folder)
    code, _out, err = run(profile, ["request-copy", "--email", "ada"])
    assert code == 2 and "not an e-mail" in err


def test_request_copy_posts_to_a_configured_endpoint(profile):
    create_install_id(profile.folder)
    with RemovalServer(200) as server:
        profile.set("DataRequestEndpoint", server.url("/request"))
        code, out, _err = run(profile, ["request-copy", "--email", "ada@example.org"])
        assert code == 0 and "sent" in out
        assert server.requests[0].method == "POST"


def test_removal_asks_first_and_no_means_nothing(profile):
    person_id = create_install_id(profile.folder)
    with RemovalServer(200) as server:
        profile.set("RemovalEndpoint", server.url())
        code, out, _err = run(profile, ["request-removal"], stdin="n\n")
        assert code == 0 and "Nothing was requested" in out
        assert server.requests == []
    assert read_install_id(profile.folder) == person_id


@pytest.mark.parametrize("answer", ["y\n", "yes\n"])
def test_removal_confirmed_rotates_the_id_and_keeps_it_out_of_user_cfg(profile, answer):
    person_id = create_install_id(profile.folder)
    with RemovalServer(204) as server:
        profile.set("RemovalEndpoint", server.url())
        code, out, _err = run(profile, ["request-removal"], stdin=answer)
        assert server.person_ids() == [person_id]
    new_id = read_install_id(profile.folder)
    assert code == 0 and new_id != person_id and new_id in out
    assert "AnonymousId" not in profile.host().param_keys(GROUP)
    assert (
        person_id not in profile.paths.user_cfg.read_text()
        if profile.paths.user_cfg.exists()
        else True
    )


@pytest.mark.parametrize(
    "mode, code, words, queued",
    [
        (404, 1, "refused", False),
        (500, 1, "next starts", True),
        ("refused", 2, "next starts", True),
        ("black_hole", 2, "next starts", True),
    ],
)
def test_removal_failures_explain_and_offer_the_e_mail(profile, mode, code, words, queued):
    """A server's answer is explained on stdout (exit 1); no answer at all is a failure:
    one line on stderr (exit 2), the request queued all the same."""
    person_id = create_install_id(profile.folder)
    with RemovalServer(mode) as server:
        profile.set("RemovalEndpoint", server.url())
        result, out, err = run(profile, ["request-removal", "--yes", "--timeout", "0.5"])
    told = out if code == 1 else err
    assert result == code and words in told
    assert "telemetry@freecad.org" in told and person_id in told
    if code == 2:
        assert out == "" and err.count("\n") == 1
    assert read_install_id(profile.folder) == person_id
    assert bool(pending_removals(profile.folder)) == queued


def test_an_endpoint_with_a_line_break_still_fails_in_one_line(profile):
    """user.cfg is editable: a value may hold a line break, the message must not."""
    create_install_id(profile.folder)
    with RemovalServer("refused") as server:
        profile.set("RemovalEndpoint", server.url() + "\nsecond line")
        code, out, err = run(profile, ["request-removal", "--yes", "--timeout", "0.5"])
    assert code == 2 and out == "" and err.count("\n") == 1 and "\\n" in err


# --- data rights are not tracking (consent/gate.py's docstring) --------------------------------


@pytest.mark.parametrize("env", [{"DO_NOT_TRACK": "1"}, {"FREECAD_TELEMETRY": "0"}, {"CI": "1"}])
def test_a_removal_asked_for_under_an_opt_out_after_off_still_goes(profile, monkeypatch, env):
    person_id = create_install_id(profile.folder)
    run(profile, ["off"])
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with RemovalServer(200) as server:
        profile.set("RemovalEndpoint", server.url())
        code, _out, _err = run(profile, ["request-removal", "--yes"])
        assert server.person_ids() == [person_id]
    assert code == 0 and read_install_id(profile.folder) != person_id


def test_off_drops_what_was_collected_and_not_sent(profile):
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.events import Event
    from freecad_telemetry.state.folder import OUTBOX_FILE

    person_id = create_install_id(profile.folder)
    run(profile, ["on"])
    outbox = Outbox(profile.folder / OUTBOX_FILE)
    outbox.add([Event("freecad_startup", person_id), Event("freecad_preferences", person_id)])
    run(profile, ["on", "--categories", "usage"])
    assert [e.name for e in outbox.pending()] == ["freecad_startup"]
    run(profile, ["off"])
    assert outbox.pending() == [] and outbox.drop_counts() == {"withdrawn": 2}


@pytest.mark.parametrize("command", [["off"], ["on"]])
def test_a_choice_that_cannot_be_recorded_fails_clearly(profile, command):
    profile.folder.parent.mkdir(parents=True, exist_ok=True)
    profile.folder.write_text("not a folder")  # where the decision would be kept
    code, out, err = run(profile, command)
    assert code == 2 and out == ""
    assert err.startswith("freecad-telemetry: cannot record the choice") and err.count("\n") == 1

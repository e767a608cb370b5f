"""`python -m freecad_telemetry` run as a user runs it, given hostile input: it must fail with
one line on stderr and exit code 2, never a traceback, never a hang.

Each case runs the real module in a child process with HOME pointing at a temporary profile;
the subprocess timeout is the hang detector.
"""

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict

import pytest

from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.state.folder import state_dir
from freecad_telemetry.state.install_id import create_install_id

REPO = Path(__file__).resolve().parents[2]
GROUP = "BaseApp/Preferences/Mod/Telemetry"
TIME_LIMIT = 20.0  # seconds; a healthy run takes about one (Python's start included)
POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks as on POSIX")
EXPORTERS = [["preview", "--json"], ["export"]]


class Profile:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.cfg = home / ".config" / "FreeCAD" / "user.cfg"
        self.data = home / ".local" / "share" / "FreeCAD"
        self.cfg.parent.mkdir(parents=True)
        self.elapsed = 0.0  # of the last run
        (self.data / "Mod").mkdir(parents=True)

    def granted(self, **extra: str) -> str:
        """Consent to everything, the given settings, and an id; returns the id."""
        tree = ParameterTree()
        settings = {"ConsentState": "granted", "ConsentCategories": "usage", **extra}
        for key, value in settings.items():
            tree.set(GROUP, key, "string", value)
        tree.save(self.cfg)
        return create_install_id(state_dir(self.data))

    def env(self) -> Dict[str, str]:
        """This process's environment (opt-outs cleared by conftest), the profile as HOME."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "FREECAD_"))}
        env.update(HOME=str(self.home), PYTHONDONTWRITEBYTECODE="1")
        return env

    def run(self, *args: str) -> "subprocess.CompletedProcess[str]":
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "freecad_telemetry", *args],
            cwd=REPO,
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,  # raises TimeoutExpired: a hang fails the test
        )
        self.elapsed = time.monotonic() - started
        return proc


def assert_fails_clearly(proc, *words: str) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and proc.stderr.endswith("\n"), proc.stderr
    assert lines[0].startswith("freecad-telemetry: ")
    for word in words:
        assert word in lines[0]


@pytest.fixture
def profile(tmp_path) -> Profile:
    return Profile(tmp_path / "home")


# --- --out ----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", EXPORTERS)
@pytest.mark.parametrize("where", ["missing/x.json", "a-file/x.json", "new\nline/x.json"])
def test_out_into_a_missing_folder(profile, tmp_path, command, where):
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / where
    assert_fails_clearly(profile.run(*command, "--out", str(target)))
    assert not target.exists()


@pytest.mark.parametrize("command", EXPORTERS)
def test_out_onto_a_folder(profile, tmp_path, command):
    assert_fails_clearly(profile.run(*command, "--out", str(tmp_path), "--force"), "folder")


@POSIX
@pytest.mark.parametrize("command", EXPORTERS)
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_out_onto_a_fifo_never_blocks(profile, tmp_path, command, force):
    fifo = tmp_path / "fifo"
    os.mkfifo(str(fifo))
    assert_fails_clearly(profile.run(*command, "--out", str(fifo), *force), "regular file")
    assert stat.S_ISFIFO(os.lstat(str(fifo)).st_mode)


@pytest.mark.parametrize("command", EXPORTERS)
def test_out_onto_an_existing_file_needs_force(profile, tmp_path, command):
    target = tmp_path / "kept.json"
    target.write_text("mine")
    assert_fails_clearly(profile.run(*command, "--out", str(target)), "--force")
    assert target.read_text() == "mine"
    proc = profile.run(*command, "--out", str(target), "--force")
    assert proc.returncode == 0, proc.stderr
    assert target.read_text().startswith(("{", "["))


@POSIX
@pytest.mark.parametrize("command", EXPORTERS)
@pytest.mark.parametrize("points_to", ["/dev/stdout", "regular"])
def test_out_onto_a_symlink_is_refused_even_with_force(profile, tmp_path, command, points_to):
    """A link is not followed: `--out` names the file written, nothing else."""
    regular = tmp_path / "regular"
    regular.write_text("mine")
    link = tmp_path / "link"
    link.symlink_to(regular if points_to == "regular" else points_to)
    proc = profile.run(*command, "--out", str(link), "--force")
    assert_fails_clearly(proc, "symbolic link")
    assert regular.read_text() == "mine" and link.is_symlink()


@POSIX
@pytest.mark.parametrize("command", EXPORTERS)
def test_out_into_a_folder_nobody_may_write(profile, command):
    """/proc/self refuses new files whoever asks (root too, who ignores folder modes)."""
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux's /proc")
    assert_fails_clearly(profile.run(*command, "--out", "/proc/self/telemetry.json"))


@POSIX
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
@pytest.mark.parametrize("command", EXPORTERS)
def test_out_into_a_read_only_folder(profile, tmp_path, command):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert_fails_clearly(profile.run(*command, "--out", str(folder / "x.json")))
    finally:
        folder.chmod(0o700)


# --- user.cfg -------------------------------------------------------------------------------

DEPTH = 100_000
DEEP = (
    '<?xml version="1.0"?><FCParameters><FCParamGroup Name="Root">'
    + '<FCParamGroup Name="a">' * DEPTH
    + "</FCParamGroup>" * DEPTH
    + "</FCParamGroup></FCParameters>"
)
ROOT = '<FCParameters><FCParamGroup Name="Root"><FCText Name="x">&e;</FCText></FCParamGroup>'
ROOT += "</FCParameters>"
LAUGHS = '<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {name} "{("&" + previous + ";") * 10}">'
    for previous, name in zip("abcdefgh", "bcdefghi")
)
HOSTILE = {
    "deep": DEEP,
    "entity": '<?xml version="1.0"?><!DOCTYPE FCParameters [<!ENTITY e "y">]>' + ROOT,
    "external": '<!DOCTYPE FCParameters [<!ENTITY e SYSTEM "file:///etc/hostname">]>' + ROOT,
    "laughs": f"<!DOCTYPE FCParameters [{LAUGHS}]>" + ROOT.replace("&e;", "&i;"),
    "plain doctype": '<!DOCTYPE FCParameters><FCParameters><FCParamGroup Name="Root"/></FCParameters>',
    "malformed": "<FCParameters><FCParamGroup",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("explicit", [True, False])
def test_a_hostile_user_cfg_is_refused_quickly(profile, tmp_path, name, explicit):
    path = tmp_path / "given.cfg" if explicit else profile.cfg
    path.write_text(HOSTILE[name])
    where = ["--user-cfg", str(path)] if explicit else []
    proc = profile.run(*where, "status")
    assert_fails_clearly(proc, "user.cfg")
    assert profile.elapsed < 10  # seconds, Python's start included; the bound is the point


@pytest.mark.parametrize("name, reason", [("entity", "DOCTYPE"), ("deep", "levels deep")])
def test_the_refusal_names_the_reason(profile, name, reason):
    profile.cfg.write_text(HOSTILE[name])
    assert_fails_clearly(profile.run("preview"), reason)


def test_an_explicit_user_cfg_that_is_missing(profile, tmp_path):
    assert_fails_clearly(profile.run("--user-cfg", str(tmp_path / "none.cfg"), "status"))


@POSIX
@pytest.mark.parametrize("explicit", [True, False])
def test_a_user_cfg_that_is_a_fifo_never_blocks(profile, tmp_path, explicit):
    path = tmp_path / "fifo.cfg" if explicit else profile.cfg
    os.mkfifo(str(path))
    where = ["--user-cfg", str(path)] if explicit else []
    assert_fails_clearly(profile.run(*where, "status"), "regular file")


def test_a_user_cfg_that_is_a_folder(profile):
    profile.cfg.mkdir()
    assert_fails_clearly(profile.run("status"), "folder")


# --- the state folder -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["status"], ["flush"], ["log"], ["export"], ["request-removal", "--yes"]],
)
def test_a_state_folder_that_is_a_file(profile, command):
    profile.granted()
    folder = state_dir(profile.data)
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    folder.write_text("not a folder")
    assert_fails_clearly(profile.run(*command), str(folder))
    assert folder.read_text() == "not a folder"


# --- endpoints ------------------------------------------------------------------------------


def _refused_url(path: str) -> str:
    with socket.socket() as probe:  # bound then closed: nobody listens on this port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


def test_a_removal_endpoint_that_refuses_the_connection(profile):
    person_id = profile.granted(RemovalEndpoint=_refused_url("/deletetelemetry.php"))
    proc = profile.run("request-removal", "--yes")
    assert_fails_clearly(proc, "connection refused", person_id, "next starts")


def test_a_copy_endpoint_that_refuses_the_connection(profile):
    person_id = profile.granted(DataRequestEndpoint=_refused_url("/copy"))
    proc = profile.run("request-copy", "--email", "me@example.org")
    assert_fails_clearly(proc, "connection refused", person_id)
    assert proc.stdout.startswith("mailto:")  # the way round it, ready to open


# --- the rest of the process's surroundings -------------------------------------------------


@pytest.mark.parametrize("command", ["on", "off"])
def test_a_file_where_the_config_folder_belongs(profile, command):
    """user.cfg cannot be saved: one line naming the path, not write_atomic's traceback."""
    profile.cfg.parent.rmdir()
    profile.cfg.parent.write_text("not a folder")
    assert_fails_clearly(profile.run(command), str(profile.cfg.parent))


@pytest.mark.parametrize("command", [["fields"], ["preview", "--json"], ["export"]])
def test_a_reader_that_goes_away_ends_it_quietly(profile, command):
    """`python -m freecad_telemetry fields | head -1`: no broken-pipe traceback."""
    child = subprocess.Popen(
        [sys.executable, "-m", "freecad_telemetry", *command],
        cwd=REPO,
        env=profile.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # the reader is gone before the first write
    try:
        _, err = child.communicate(timeout=TIME_LIMIT)
    finally:
        child.kill()
    assert err == b"" and child.returncode in (0, 1)


@POSIX
def test_ctrl_c_at_the_question_ends_without_a_traceback(profile):
    import signal

    profile.granted()
    child = subprocess.Popen(
        [sys.executable, "-m", "freecad_telemetry", "request-removal"],
        cwd=REPO,
        env=profile.env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        shown = b""
        while b"[y/N]" not in shown:  # the question is flushed before it waits
            chunk = child.stdout.read1(4096)
            assert chunk, shown
            shown += chunk
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=TIME_LIMIT)
    finally:
        child.kill()
    assert b"Traceback" not in err and err.strip() == b""
    assert child.returncode == 130


@POSIX
@pytest.mark.parametrize(
    "name, command",
    [
        ("anonymous_id.json", ["status"]),
        ("anonymous_id.json", ["request-removal", "--yes"]),
        ("pending_removal.json", ["forget", "--yes"]),
    ],
)
def test_a_fifo_in_the_state_folder_never_blocks(profile, name, command):
    """A damaged state folder is read as damaged (the file ignored), not waited on."""
    profile.granted(RemovalEndpoint=_refused_url("/deletetelemetry.php"))
    planted = state_dir(profile.data) / name
    planted.unlink(missing_ok=True)
    os.mkfifo(str(planted))
    proc = profile.run(*command)  # the subprocess timeout fails a hang
    assert "Traceback" not in proc.stderr, proc.stderr


def test_flush_to_an_unusable_posthog_address_is_one_line(profile):
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.events import Event
    from freecad_telemetry.state.folder import OUTBOX_FILE

    person_id = profile.granted(PostHogHost="ftp://posthog.example.org")
    outbox = Outbox(state_dir(profile.data) / OUTBOX_FILE)
    outbox.add([Event("freecad_startup", person_id)])
    outbox.close()
    proc = profile.run("flush")
    assert_fails_clearly(proc, "nothing sent")

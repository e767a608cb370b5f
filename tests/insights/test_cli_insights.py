"""`python -m freecad_telemetry insights` as a maintainer runs it: an export in, a report
folder out, progress on stderr; every mistake one line and exit code 2, never a traceback."""

from __future__ import annotations

import io
import json

import pytest

from freecad_telemetry.cli.console import FAILED, OK, Console
from freecad_telemetry.cli.main import main


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), console=Console(stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def period(export):
    return f"{export.start.isoformat()}..{export.end.isoformat()}"


def test_an_export_becomes_a_report_folder(handmade, tmp_path):
    out = tmp_path / "report"
    code, stdout, stderr = run(
        "insights", "--export", str(handmade.path), "--period", period(handmade), "--out", str(out)
    )
    assert code == OK, stderr
    assert stdout.strip() == str(out / "index.html")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "k = 10" in page or "k=10" in page.replace(" ", "")
    assert len(stderr.splitlines()) >= 10  # one progress line a question
    assert {p.suffix for p in (out / "data").iterdir()} == {".json"}
    for path in (out / "data").iterdir():
        assert "distinct_id" not in path.read_text(encoding="utf-8")
    again = run(
        "insights", "--export", str(handmade.path), "--period", period(handmade), "--out", str(out)
    )
    assert again[0] == FAILED and "--force" in again[2]  # an earlier report is not replaced


@pytest.mark.parametrize(
    "argv, says",
    [
        (["--period", "2026-03-16..2026-03-02"], "--period"),
        (["--period", "March"], "--period"),
        (["--period", "2026-03-02..2026-03-16", "--k", "5"], "k is 10 or more"),
    ],
)
def test_bad_arguments_are_one_line(handmade, tmp_path, argv, says):
    code, _, stderr = run(
        "insights", "--export", str(handmade.path), "--out", str(tmp_path / "r"), *argv
    )
    assert code == FAILED and says in stderr and len(stderr.splitlines()) == 1
    assert not (tmp_path / "r").exists()


def test_a_missing_or_broken_export_is_one_line(tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"uuid": "x", "event": \n', encoding="utf-8")
    for export, says in ((tmp_path / "nothing.jsonl", "no such export"), (broken, "DuckDB")):
        code, _, stderr = run(
            "insights", "--export", str(export), "--period", "2026-03-02..2026-03-16",
            "--out", str(tmp_path / "r"),
        )  # fmt: skip
        assert code == FAILED and says in stderr and "Traceback" not in stderr
        errors = [line for line in stderr.splitlines() if not line.startswith("[")]
        assert len(errors) == 1  # beside the progress lines


def test_posthog_needs_a_project_and_a_key_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("POSTHOG_PERSONAL_API_KEY", raising=False)
    code, _, stderr = run(
        "insights", "--posthog", "https://eu.posthog.com", "--project", "1",
        "--period", "2026-03-02..2026-03-16", "--out", str(tmp_path / "r"),
    )  # fmt: skip
    assert code == FAILED and "POSTHOG_PERSONAL_API_KEY" in stderr


def test_the_report_data_is_what_compute_published(handmade, tmp_path):
    out = tmp_path / "report"
    run("insights", "--export", str(handmade.path), "--period", period(handmade), "--out", str(out))
    data = json.loads((out / "data" / "installs_by_channel.json").read_text(encoding="utf-8"))
    assert data["k"] == 10
    assert all(row[data["columns"].index("installs")] >= 10 for row in data["rows"])

"""files/atomic.py: a file is wholly old or wholly new, and reading never raises."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import List

import pytest

from freecad_telemetry.files.atomic import read_json, write_atomic, write_json_atomic


def _leftovers(folder: Path) -> List[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_creates_missing_parent_folders_and_stores_text_as_utf8(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "id.txt"

    write_atomic(target, "Grüße ✓")

    assert target.read_bytes() == "Grüße ✓".encode()
    assert _leftovers(target.parent) == []


def test_write_replaces_existing_content_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "user.cfg"
    target.write_bytes(b"old and much longer content")
    os.chmod(target, 0o644)

    write_atomic(target, b"new")

    assert target.read_bytes() == b"new"
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o644
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_new_file_is_private_to_the_user(tmp_path: Path) -> None:
    write_atomic(tmp_path / "anonymous_id.json", "{}")

    assert (tmp_path / "anonymous_id.json").stat().st_mode & 0o077 == 0


def test_failed_write_keeps_the_old_content_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "id.json"
    target.write_text('{"anonymous_id": "kept"}')

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_atomic(target, "{}")

    assert read_json(target) == {"anonymous_id": "kept"}
    assert _leftovers(tmp_path) == []


def test_failed_rename_raises_oserror_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "inside").write_text("x")  # a non-empty folder cannot be replaced by a file

    with pytest.raises(OSError):
        write_atomic(target, "data")

    assert _leftovers(tmp_path) == []
    assert (target / "inside").read_text() == "x"


def test_unwritable_location_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    with pytest.raises(OSError):
        write_atomic(blocker / "sub" / "id.json", "{}")


def test_json_round_trip(tmp_path: Path) -> None:
    data = {"anonymous_id": "5d0c", "nested": {"n": [1, 2.5, None, True]}, "text": "é"}

    write_json_atomic(tmp_path / "state" / "x.json", data)

    assert read_json(tmp_path / "state" / "x.json") == data


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b'{"cut": ', b"[1, 2]", b'"text"', b"\xff\xfe{}", b"[" * 100_000],
    ids=["empty", "garbage", "truncated", "list", "string", "not-utf8", "deeply-nested"],
)
def test_read_json_returns_none_for_anything_but_a_json_object(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)

    assert read_json(path) is None


def test_read_json_returns_none_for_missing_file_folder_and_oversized_file(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text('{"pad": "' + "x" * 2000 + '"}')

    assert read_json(tmp_path / "missing.json") is None
    assert read_json(tmp_path) is None
    assert read_json(big, max_bytes=1000) is None
    assert read_json(big) is not None


def test_a_concurrent_reader_never_sees_a_torn_file(tmp_path: Path) -> None:
    target = tmp_path / "sentinel.json"
    write_json_atomic(target, {"n": 0, "pad": ""})
    seen_bad: List[object] = []
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            data = read_json(target)
            if data is None or len(data["pad"]) != data["n"] * 1000:
                seen_bad.append(data)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for n in range(1, 80):
            write_json_atomic(target, {"n": n % 7, "pad": "x" * (n % 7) * 1000})
    finally:
        done.set()
        thread.join()

    assert seen_bad == []
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_read_json_of_a_fifo_returns_none_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "anonymous_id.json"
    os.mkfifo(str(fifo))
    results: List[object] = []
    reader = threading.Thread(target=lambda: results.append(read_json(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=5.0)
    blocked = reader.is_alive()
    if blocked:  # release it: a writer arriving ends the reader's open()
        os.close(os.open(str(fifo), os.O_WRONLY | os.O_NONBLOCK))
        reader.join()
    assert not blocked and results == [None]

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from debtassist.store import atomic
from debtassist.store.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    is_temp_name,
    remove_stale_temps,
    temp_name_for,
)

from .store_helpers import mode, temp_files


def _enospc(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    atomic_write_bytes(target, b"one")
    assert target.read_bytes() == b"one"
    atomic_write_text(target, "二\n\r\n")
    assert target.read_bytes() == "二\n\r\n".encode()  # no newline translation
    assert temp_files(tmp_path) == []


def test_large_write(tmp_path: Path) -> None:
    data = os.urandom(3_000_000)
    atomic_write_bytes(tmp_path / "big", data)
    assert (tmp_path / "big").read_bytes() == data


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("open_umask")
def test_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    atomic_write_bytes(target, b"x")
    assert mode(target) == 0o600
    target.chmod(0o644)  # a file made by hand: the replacement is private again
    atomic_write_bytes(target, b"y")
    assert mode(target) == 0o600


@pytest.mark.parametrize(
    "patched",
    ["write", "fsync", "replace", "close"],
)
def test_failure_leaves_old_content_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, patched: str
) -> None:
    target = tmp_path / "case.json"
    atomic_write_bytes(target, b"old content")
    if patched == "close":
        real_close = os.close

        def close_then_fail(fd: int) -> None:
            real_close(fd)
            _enospc()

        monkeypatch.setattr(os, "close", close_then_fail)
    else:
        monkeypatch.setattr(os, patched, _enospc)
    with pytest.raises(OSError) as info:
        atomic_write_bytes(target, b"new content that does not fit")
    monkeypatch.undo()
    assert info.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old content"
    assert temp_files(tmp_path) == []


def test_short_writes_are_completed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def one_byte_at_a_time(fd: int, data: Any) -> int:
        return real_write(fd, bytes(data[:1]))

    monkeypatch.setattr(os, "write", one_byte_at_a_time)
    atomic_write_bytes(tmp_path / "f", b"abcdef")
    monkeypatch.undo()
    assert (tmp_path / "f").read_bytes() == b"abcdef"


def test_interrupt_removes_the_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(tmp_path / "f", b"x")
    monkeypatch.undo()
    assert os.listdir(tmp_path) == []


def test_directory_fsync_failure_is_not_a_write_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Once the rename happened the new content is in place; some file systems cannot fsync folders.
    monkeypatch.setattr(atomic, "fsync_dir", lambda folder: None)
    atomic_write_bytes(tmp_path / "f", b"x")
    monkeypatch.undo()
    real_open = os.open

    def no_dir_open(path: Any, flags: int, *args: Any) -> int:
        if Path(path) == tmp_path and flags == os.O_RDONLY:
            raise OSError(errno.EINVAL, "no")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", no_dir_open)
    atomic_write_bytes(tmp_path / "f", b"y")
    monkeypatch.undo()
    assert (tmp_path / "f").read_bytes() == b"y"


def test_temp_names() -> None:
    name = temp_name_for(Path("/x/case.json"))
    assert name.startswith(".case.json.") and name.endswith(".tmp")
    assert is_temp_name(name) and is_temp_name(name, "case.json")
    assert not is_temp_name(name, "other.json")
    assert not is_temp_name("case.json") and not is_temp_name(".case.json.xyz.tmp")
    assert temp_name_for(Path("a")) != temp_name_for(Path("a"))


def test_remove_stale_temps_by_age_and_target(tmp_path: Path) -> None:
    old = tmp_path / temp_name_for(tmp_path / "case.json")
    fresh = tmp_path / temp_name_for(tmp_path / "case.json")
    other = tmp_path / temp_name_for(tmp_path / "other.json")
    unrelated = tmp_path / "notes.tmp"
    for path in (old, fresh, other, unrelated):
        path.write_bytes(b"partial")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))

    assert remove_stale_temps(tmp_path, "case.json") == 1  # default: older than a minute
    assert not old.exists() and fresh.exists() and other.exists()
    assert remove_stale_temps(tmp_path, older_than=0) == 2  # a lock holder removes them all
    assert sorted(os.listdir(tmp_path)) == ["notes.tmp"]
    assert remove_stale_temps(tmp_path / "missing") == 0

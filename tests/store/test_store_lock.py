from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from debtassist import __version__
from debtassist.store.errors import CaseLockedError
from debtassist.store.lock import CaseLock, LockOwner, read_owner

from .store_helpers import mode

HOLDER = """
import sys
from pathlib import Path
from debtassist.store.lock import CaseLock
lock = CaseLock(Path(sys.argv[1]), "case1")
lock.acquire()
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    return tmp_path / "locks" / "case1.lock"


@pytest.fixture
def holder(lock_file: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Another process holding the lock."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"locked\n"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def test_two_locks_in_one_process_conflict(lock_file: Path) -> None:
    first, second = CaseLock(lock_file, "case1"), CaseLock(lock_file, "case1")
    first.acquire()
    assert first.held
    with pytest.raises(CaseLockedError) as info:
        second.acquire()
    assert info.value.kind == "locked"
    assert info.value.pid == os.getpid()
    assert not second.held
    first.release()
    second.acquire()  # free again
    with pytest.raises(CaseLockedError):
        first.acquire()
    second.release()


def test_acquire_is_idempotent_and_release_is_safe(lock_file: Path) -> None:
    lock = CaseLock(lock_file, "case1")
    lock.release()  # not held: nothing happens
    with lock:
        lock.acquire()
        assert lock.held
    assert not lock.held
    with CaseLock(lock_file, "case1"):
        pass


def test_another_thread_conflicts_and_may_release(lock_file: Path) -> None:
    lock = CaseLock(lock_file, "case1")
    lock.acquire()
    errors: list[BaseException] = []

    def other_window() -> None:
        try:
            CaseLock(lock_file, "case1").acquire()
        except CaseLockedError as exc:
            errors.append(exc)

    thread = threading.Thread(target=other_window)
    thread.start()
    thread.join()
    assert len(errors) == 1
    # A window may close its case on another thread than the one that opened it.
    thread = threading.Thread(target=lock.release)
    thread.start()
    thread.join()
    with CaseLock(lock_file, "case1"):
        pass


def test_owner_record(lock_file: Path) -> None:
    lock = CaseLock(lock_file, "case1")
    with lock:
        owner = read_owner(lock.owner_file)
        assert owner is not None
        assert owner.pid == os.getpid()
        assert owner.host == socket.gethostname()
        assert owner.app_version == __version__
        assert timedelta(0) <= datetime.now(UTC) - owner.since < timedelta(minutes=1)
        if sys.platform != "win32":
            assert mode(lock.owner_file) == 0o600
            assert mode(lock_file) == 0o600
            assert mode(lock_file.parent) == 0o700
    assert not lock.owner_file.exists()


@pytest.mark.parametrize(
    "content", ["", "{", "[]", '{"pid": "1", "since": "2024-01-01T00:00:00+00:00"}', '{"pid": 1}']
)
def test_malformed_owner_record_is_ignored(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.owner.json"
    path.write_text(content)
    assert read_owner(path) is None
    assert read_owner(tmp_path / "missing.json") is None


def test_locked_message_names_the_holder(lock_file: Path) -> None:
    since = datetime(2024, 3, 1, 4, 5, tzinfo=UTC)
    error = CaseLockedError("case1", 4242, "laptop", since)
    local = since.astimezone().strftime("%Y-%m-%d %H:%M")
    zh, en = error.message("zh-TW"), error.message("en")
    assert "另一個視窗或程式" in zh and "4242" in zh and local in zh and "laptop" in zh
    assert "another window or program" in en and "4242" in en and local in en
    unknown = CaseLockedError("case1", None, None, None)
    assert "另一個視窗" in unknown.message("zh-TW") and "4242" not in unknown.message("en")
    assert str(error) == error.message("en")


def test_lock_held_by_unknown_owner(lock_file: Path) -> None:
    with CaseLock(lock_file, "case1") as lock:
        lock.owner_file.unlink()
        with pytest.raises(CaseLockedError) as info:
            CaseLock(lock_file, "case1").acquire()
    assert info.value.pid is None
    assert info.value.message("en") == CaseLockedError("x", None, None, None).message("en")


def test_lock_held_by_another_process(lock_file: Path, holder: subprocess.Popen[bytes]) -> None:
    with pytest.raises(CaseLockedError) as info:
        CaseLock(lock_file, "case1").acquire()
    assert info.value.pid == holder.pid
    assert str(holder.pid) in info.value.message("zh-TW")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_lock_of_a_killed_process_does_not_block(lock_file: Path, holder: subprocess.Popen[bytes]) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    # The dead process left its lock file and owner record behind...
    owner_file = lock_file.with_name("case1.owner.json")
    assert lock_file.exists()
    stale = read_owner(owner_file)
    assert stale is not None and stale.pid == holder.pid
    # ...and neither blocks: the OS dropped the lock with the process.
    lock = CaseLock(lock_file, "case1")
    lock.acquire()
    fresh = read_owner(owner_file)
    assert fresh is not None and fresh.pid == os.getpid()
    lock.release()


def test_lock_owner_json_round_trip() -> None:
    owner = LockOwner.current()
    record = json.loads(owner.to_json())
    assert record["pid"] == os.getpid()
    assert datetime.fromisoformat(record["since"]) == owner.since

"""Crash-safety proof: a writer process is SIGKILLed at random moments, hundreds of times, while it saves
alternating versions of a large case. After every kill the file must load and be exactly one of the two
versions, and at most the one temp file of the interrupted write may be left over (the next writer removes it).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtassist.model.case import Case
from debtassist.model.codec import case_from_json, case_to_json
from debtassist.store.library import CaseLibrary

from .store_helpers import make_case, temp_files

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL"),
]

WRITER = Path(__file__).with_name("store_crash_writer.py")
RAW_KILLS = 200
LIBRARY_KILLS = 100
MAX_DELAY = 0.03  # seconds between "ready" and the kill: several saves' worth


def _versions(tmp_path: Path) -> tuple[bytes, bytes, Path, Path]:
    a = make_case("version A", creditors=200)
    b = make_case("version B, a little longer", creditors=200, name="陳大文")
    for i, creditor in enumerate(b.creditors):
        creditor.name = f"另一家銀行 {i}"
        creditor.principal = 99_000 + i
    data_a, data_b = case_to_json(a).encode(), case_to_json(b).encode()
    assert len(data_a) > 100_000 and len(data_a) != len(data_b)
    path_a, path_b = tmp_path / "a.json", tmp_path / "b.json"
    path_a.write_bytes(data_a)
    path_b.write_bytes(data_b)
    return data_a, data_b, path_a, path_b


def _kill_writers(args: list[str], kills: int, seed: int) -> Iterator[int]:
    """Start the writer ``kills`` times and SIGKILL it at a random moment of its save loop; yields after each
    kill (with the writer dead) so the caller can inspect the files."""
    rng = random.Random(seed)
    for i in range(kills):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert proc.stdout is not None and proc.stderr is not None
            line = proc.stdout.readline()
            if line != b"ready\n":
                proc.wait()
                pytest.fail(f"writer {i} failed before its first save:\n{proc.stderr.read().decode()}")
            time.sleep(rng.uniform(0, MAX_DELAY))
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait() == -signal.SIGKILL, proc.stderr.read().decode()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        yield i


def test_atomic_write_survives_sigkill(tmp_path: Path) -> None:
    data_a, data_b, path_a, path_b = _versions(tmp_path)
    folder = tmp_path / "target"
    folder.mkdir()
    target = folder / "case.json"
    target.write_bytes(data_a)
    interrupted = 0
    for _ in _kill_writers(["raw", str(target), str(path_a), str(path_b)], RAW_KILLS, seed=20240501):
        data = target.read_bytes()
        assert data in (data_a, data_b)
        case_from_json(data)
        leftovers = temp_files(folder)
        assert len(leftovers) <= 1, leftovers
        interrupted += len(leftovers)
        assert set(os.listdir(folder)) <= {"case.json", *leftovers}
    # Most kills should land in the middle of a write (while the temp file exists); if none did, the test
    # would prove nothing.
    assert interrupted > RAW_KILLS // 10
    print(f"\nraw: {RAW_KILLS} kills, {interrupted} in the middle of a write")


def _content(case: Case) -> dict[str, object]:
    return case.to_document(exclude={"meta", "case_id"})


def test_library_save_survives_sigkill(tmp_path: Path) -> None:
    data_a, data_b, path_a, path_b = _versions(tmp_path)
    expected = [_content(case_from_json(data)[0]) for data in (data_a, data_b)]
    library = CaseLibrary(tmp_path / "data")
    case_id = library.create(case_from_json(data_a)[0])
    case_dir = library.layout.case_dir(case_id)
    interrupted = 0
    args = ["library", str(library.layout.root), case_id, str(path_a), str(path_b)]
    for _ in _kill_writers(args, LIBRARY_KILLS, seed=20240502):
        assert _content(library.load(case_id)) in expected
        backups = library.backups(case_id)
        # Old backups are pruned only after the new one is safely written, so a kill in between leaves one
        # extra until the next save.
        assert 1 <= len(backups) <= 11
        for ref in backups:
            assert _content(case_from_json(ref.path.read_bytes())[0]) in expected
        leftovers = temp_files(case_dir, case_dir / "backups")
        assert len(leftovers) <= 1, leftovers
        interrupted += len(leftovers)
        assert not [name for name in os.listdir(case_dir) if name.startswith("damaged-")]
    # The killed writers' locks are gone with them.
    with library.open(case_id) as handle:
        handle.save(handle.case.replace(notes="after the crashes"))
    assert temp_files(case_dir, case_dir / "backups") == []
    assert len(library.backups(case_id)) == 10
    assert (
        interrupted > 0
    )  # a library save spends most of its time validating; some kills still hit the write
    print(f"\nlibrary: {LIBRARY_KILLS} kills, {interrupted} in the middle of a write")

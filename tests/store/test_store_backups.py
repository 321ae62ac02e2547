from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from debtassist.store.backups import add_backup, backup_ref, list_backups, parse_stamp, stamp

T0 = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)


def test_stamp_round_trip() -> None:
    assert stamp(T0) == "20240506T070809.123456Z"
    assert parse_stamp(stamp(T0)) == T0
    assert parse_stamp("2024-05-06") is None


def test_backup_names(tmp_path: Path) -> None:
    ref = add_backup(tmp_path / "b", b"one", T0)
    assert ref.path.name == "case-20240506T070809.123456Z.json" and ref.taken == T0
    assert backup_ref(ref.path) == ref
    assert backup_ref(tmp_path / "case.json") is None
    assert backup_ref(tmp_path / "case-20241399T000000.000000Z.json") is None  # month 13
    assert list_backups(tmp_path / "missing") == []


def test_rolling_and_order(tmp_path: Path) -> None:
    for i in range(13):
        add_backup(tmp_path, str(i).encode(), T0 + timedelta(seconds=i), keep=10)
    refs = list_backups(tmp_path)
    assert [ref.path.read_bytes() for ref in refs] == [str(i).encode() for i in range(12, 2, -1)]


def test_same_instant_and_clock_going_back(tmp_path: Path) -> None:
    first = add_backup(tmp_path, b"a", T0)
    second = add_backup(tmp_path, b"b", T0)  # same microsecond
    third = add_backup(tmp_path, b"c", T0 - timedelta(hours=1))  # the clock went back
    assert first.taken < second.taken < third.taken
    assert [ref.path.read_bytes() for ref in list_backups(tmp_path)] == [b"c", b"b", b"a"]


def test_identical_to_newest_is_not_repeated(tmp_path: Path) -> None:
    first = add_backup(tmp_path, b"same", T0)
    assert add_backup(tmp_path, b"same", T0 + timedelta(seconds=1)) == first
    assert len(list_backups(tmp_path)) == 1

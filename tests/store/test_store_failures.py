"""Writes that fail (disk full, read-only folder) and texts that cannot be saved: the old case stays intact."""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from debtassist.i18n import Msg, catalog, langs, tr
from debtassist.model.codec import CaseLoadError
from debtassist.resources_path import read_text
from debtassist.store.errors import (
    BackupRef,
    CaseLockedError,
    CaseUnreadableError,
    ImportFailedError,
    StoreError,
    WriteFailedError,
    write_reason,
)
from debtassist.store.library import CaseLibrary

from .store_helpers import make_case, temp_files


def _enospc(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@contextmanager
def read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make ``folder`` read-only. chmod does not stop root (CI runs as root), so there creating files in it
    is refused by a patched ``os.open``/``os.mkdir`` instead, with the error a read-only folder gives."""
    if sys.platform != "win32" and os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    real_open, real_mkdir = os.open, os.mkdir

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    def guarded_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if Path(path).parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        real_mkdir(path, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", guarded_open)
        patch.setattr(os, "mkdir", guarded_mkdir)
        yield


@pytest.mark.parametrize("patched", ["write", "fsync", "replace"])
def test_disk_full_keeps_the_saved_case(
    library: CaseLibrary, monkeypatch: pytest.MonkeyPatch, patched: str
) -> None:
    case_id = library.create(make_case("v0"))
    path = library.layout.case_file(case_id)
    before = path.read_bytes()
    with library.open(case_id) as handle:
        with monkeypatch.context() as patch:
            patch.setattr(os, patched, _enospc)
            with pytest.raises(WriteFailedError) as info:
                handle.save(handle.case.replace(notes="v1"))
        error = info.value
        assert error.kind == "write_failed" and error.errno == errno.ENOSPC
        assert "磁碟空間不足" in error.message("zh-TW") and "disk is full" in error.message("en")
        assert "沒有改變" in error.message("zh-TW") and str(path) in error.message("en")
        assert path.read_bytes() == before and handle.case.notes == "v0"
        case_dir = library.layout.case_dir(case_id)
        assert temp_files(case_dir, case_dir / "backups") == []
        assert library.backups(case_id) == []  # the failed save left no half-made backup either
        # Space again: the same save now works.
        handle.save(handle.case.replace(notes="v1"))
    assert library.load(case_id).notes == "v1"


def test_read_only_case_folder(library: CaseLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = library.create(make_case("v0"))
    path = library.layout.case_file(case_id)
    with library.open(case_id) as handle:
        handle.save(handle.case.replace(notes="v1"))  # backups/ exists from now on
        before = path.read_bytes()
        with (
            read_only(library.layout.case_dir(case_id), monkeypatch),
            pytest.raises(WriteFailedError) as info,
        ):
            handle.save(handle.case.replace(notes="v2"))
        assert info.value.kind == "write_failed"
        assert "唯讀" in info.value.message("zh-TW") and "read-only" in info.value.message("en")
        assert path.read_bytes() == before and handle.case.notes == "v1"
        backups = library.backups(case_id)
        for _ in range(3):  # an autosave that keeps failing does not flood the backups
            with read_only(library.layout.case_dir(case_id), monkeypatch), pytest.raises(WriteFailedError):
                handle.save(handle.case.replace(notes="v2"))
        assert len(library.backups(case_id)) <= len(backups) + 1


def test_read_only_data_folder(library: CaseLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    library.layout.root.mkdir()
    with read_only(library.layout.root, monkeypatch), pytest.raises(WriteFailedError) as info:
        library.create(make_case())
    assert info.value.kind == "write_failed"
    assert library.list_cases() == []


def test_read_only_export_target(
    library: CaseLibrary, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    case_id = library.create(make_case())
    target_dir = tmp_path / "usb"
    target_dir.mkdir()
    (target_dir / "case.json").write_text("previous export")
    with read_only(target_dir, monkeypatch), pytest.raises(WriteFailedError):
        library.export_case(case_id, target_dir / "case.json")
    assert (target_dir / "case.json").read_text() == "previous export"


def test_failed_create_leaves_no_folder(library: CaseLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    library.create(make_case())
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _enospc)
        with pytest.raises(WriteFailedError):
            library.create(make_case())
    assert len(os.listdir(library.layout.cases)) == 1


def test_text_that_cannot_be_stored(library: CaseLibrary) -> None:
    case_id = library.create(make_case("v0"))
    with library.open(case_id) as handle:
        with pytest.raises(StoreError) as info:
            handle.save(handle.case.replace(notes="lone surrogate \ud800"))
        assert info.value.kind == "not_saveable"
        assert handle.case.notes == "v0"
    assert library.load(case_id).notes == "v0"


def test_catalog_keys_are_complete() -> None:
    keys = json.loads(read_text("translations", "zh-TW", "core", "store.json"))
    for key in keys:
        assert key.startswith("store.")
        assert all(catalog(lang)[key] for lang in langs()), key


def test_every_error_has_messages(tmp_path: Path) -> None:
    when = BackupRef(tmp_path / "case-20240101T000000.000000Z.json", datetime.now(UTC))
    errors: list[StoreError] = [
        StoreError("invalid_id", case_id="x"),
        StoreError("not_found", case_id="x"),
        StoreError("read_failed", path="p", reason="r"),
        StoreError("no_backup", case_id="x"),
        StoreError("bad_backup", path="p"),
        StoreError("not_in_trash", name="n"),
        StoreError("not_saveable"),
        WriteFailedError(tmp_path, OSError(errno.EIO, "I/O error")),
        WriteFailedError(tmp_path, PermissionError(errno.EROFS, "read-only")),
        CaseLockedError("x", 1, "h", None),
        CaseUnreadableError("x", tmp_path, CaseLoadError("not_found", {"path": "p"}), None),
        CaseUnreadableError("x", tmp_path, CaseLoadError("invalid", problems=[]), when),
        ImportFailedError(tmp_path, CaseLoadError("not_a_case")),
    ]
    for error in errors:
        for lang in langs():
            assert error.message(lang).strip()
        assert str(error) == error.message("en")
    assert "I/O error" in errors[7].message("en")


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "disk_full"),
        (getattr(errno, "EDQUOT", errno.ENOSPC), "quota" if hasattr(errno, "EDQUOT") else "disk_full"),
        (errno.EACCES, "no_permission"),
        (errno.EPERM, "no_permission"),
        (errno.EROFS, "read_only"),
        (errno.ENAMETOOLONG, "name_too_long"),
    ],
)
def test_a_failed_write_says_why_in_the_users_language(
    tmp_path: Path, code: int, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The system's own text (English: "No space left on device") is not put inside a Chinese message: the
    reasons people meet are the catalog's; the system's text goes to the log."""
    system_text = os.strerror(code)
    with caplog.at_level("WARNING", logger="debtassist"):
        error = WriteFailedError(tmp_path / "case.json", OSError(code, system_text))
    assert write_reason(OSError(code, system_text)) == Msg(f"store.reason.{reason}")
    for lang in langs():
        text = error.message(lang)
        assert tr(f"store.reason.{reason}", lang) in text and system_text not in text, lang
    assert system_text in caplog.text and str(tmp_path) not in caplog.text  # the log holds no path


def test_an_unusual_write_error_is_told_in_the_systems_words(tmp_path: Path) -> None:
    error = WriteFailedError(tmp_path, OSError(errno.EIO, "Input/output error"))
    assert all("Input/output error" in error.message(lang) for lang in langs())

"""The desk index (fresh/stale detection, protected cases kept out) and the whole-desk backup and restore."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from debtassist.model.case import Lifecycle
from debtassist.store import crypto
from debtassist.store.desk_backup import DeskBackupError, archive_cases, restore_archive, write_archive
from debtassist.store.desk_index import INDEX_FILE, IndexStats, desk_rows
from debtassist.store.library import CaseLibrary
from tests.store.store_helpers import make_case


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "ARGON2ID", crypto.Argon2idParams(memory_kib=64, iterations=1, lanes=1))
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10, r=8, p=1))


def test_index_is_built_reused_and_rebuilt_when_a_case_file_changes(library: CaseLibrary) -> None:
    ids = [library.create(make_case(note=f"n{i}", phone=f"0912-000-00{i}")) for i in range(3)]
    stats = IndexStats()
    rows = desk_rows(library, stats)
    assert (stats.rebuilt, stats.reused, stats.written) == (3, 0, True)
    assert {r.case_id for r in rows} == set(ids)
    assert rows[0].id_masked == "A12****789" and "a123456789" in rows[0].search
    again = IndexStats()
    desk_rows(library, again)
    assert (again.rebuilt, again.reused, again.written) == (0, 3, False)
    # A case edited outside the desk (same size, same second): the hash tells.
    path = library.layout.case_file(ids[0])
    stat = path.stat()
    text = path.read_text(encoding="utf-8").replace('"n0"', '"m0"')
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    third = IndexStats()
    rows = desk_rows(library, third)
    assert (third.rebuilt, third.reused) == (1, 2)
    assert "m0" in next(r for r in rows if r.case_id == ids[0]).search


def test_damaged_or_missing_index_is_rebuilt_and_the_cases_stay_the_truth(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    desk_rows(library)
    index = library.layout.root / INDEX_FILE
    index.write_text("{garbage", encoding="utf-8")
    stats = IndexStats()
    assert [r.name for r in desk_rows(library, stats)] == ["王小明"] and stats.rebuilt == 1
    # A lying index entry with a wrong signature is not believed.
    doc = json.loads(index.read_text(encoding="utf-8"))
    doc["entries"][case_id]["row"]["name"] = "假名"
    doc["entries"][case_id]["sig"][2] = "0" * 64
    index.write_text(json.dumps(doc), encoding="utf-8")
    assert desk_rows(library)[0].name == "王小明"
    index.unlink()
    assert desk_rows(library)[0].name == "王小明"
    library.delete(case_id)
    assert desk_rows(library) == []
    assert json.loads(index.read_text(encoding="utf-8"))["entries"] == {}


def test_protected_case_leaves_no_plaintext_in_the_index(library: CaseLibrary) -> None:
    case_id = library.create(make_case(note="祕密筆記", phone="0912-345-678"))
    library.set_passphrase(case_id, "correct horse")
    (row,) = desk_rows(library)
    assert row.protected and row.name == "" and row.search == ""
    raw = (library.layout.root / INDEX_FILE).read_text(encoding="utf-8")
    for secret in ("王小明", "A123456789", "A12****789", "祕密", "0912"):
        assert secret not in raw


def test_label_note_stage_and_next_deadline_in_the_row(library: CaseLibrary) -> None:
    from datetime import date

    from debtassist.model.case import LifecycleEvent, Route, Stage

    case = make_case().replace(
        route=Route.BANK_NEGOTIATION,
        lifecycle=Lifecycle(
            label="林社工",
            desk_note="等聯徵",
            events=[LifecycleEvent(kind=Stage.SENT, date=date(2026, 3, 2), body="台新")],
        ),
    )
    library.create(case)
    (row,) = desk_rows(library)
    assert (row.stage, row.label, row.desk_note, row.next_due, row.next_kind) == (
        "sent",
        "林社工",
        "等聯徵",
        "2026-04-01",
        "art153_start",
    )
    assert "台新" in row.next_title["zh-TW"]


def test_backup_and_restore_never_overwrite_a_newer_case_without_asking(
    library: CaseLibrary, tmp_path: Path
) -> None:
    old_id = library.create(make_case(note="v1"))
    other = library.create(make_case(note="other", name="李大華"))
    backup = tmp_path / "desk.zip"
    assert write_archive(library, backup) == 2
    # After the backup: one case changes, one is deleted.
    with library.open(old_id) as handle:
        handle.save(handle.case.replace(notes="v2 newer"))
    library.wipe(other)
    asked: list[tuple[str, str]] = []

    def ask(case_id: str, name: str) -> bool:
        asked.append((case_id, name))
        return False

    report = restore_archive(library, backup, ask=ask)
    assert report.added == [other] and report.kept == [old_id] and asked == [(old_id, "王小明")]
    assert library.load(old_id).notes == "v2 newer"
    report = restore_archive(library, backup, ask=lambda cid, name: True)
    assert report.replaced == [old_id] and report.same == [other]
    assert library.load(old_id).notes == "v1"
    # The newer version it replaced is kept as a backup of that case.
    assert any(b"v2 newer" in ref.path.read_bytes() for ref in library.backups(old_id))


def test_selected_archive_and_passphrase_backup(library: CaseLibrary, tmp_path: Path) -> None:
    a = library.create(make_case(note="a"))
    library.create(make_case(note="b"))
    part = tmp_path / "part.zip"
    assert write_archive(library, part, [a]) == 1
    assert list(archive_cases(part)) == [a]
    sealed = tmp_path / "sealed.backup"
    write_archive(library, sealed, passphrase="pw 1")
    assert not zipfile.is_zipfile(sealed) and "王小明".encode() not in sealed.read_bytes()
    with pytest.raises(DeskBackupError) as err:
        archive_cases(sealed)
    assert err.value.kind == "passphrase_required"
    with pytest.raises(DeskBackupError) as err:
        archive_cases(sealed, "wrong")
    assert err.value.kind == "wrong_passphrase" and "密碼" in err.value.message("zh-TW")
    assert len(archive_cases(sealed, "pw 1")) == 2


def test_damaged_or_foreign_archive_restores_nothing(library: CaseLibrary, tmp_path: Path) -> None:
    library.create(make_case())
    good = tmp_path / "good.zip"
    write_archive(library, good)
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"hello")
    with pytest.raises(DeskBackupError) as err:
        restore_archive(library, not_zip)
    assert err.value.kind == "not_a_backup"
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("cases/"):
                data = data.replace("王小明".encode(), "王大明".encode())
            dst.writestr(info, data)
    target = CaseLibrary(tmp_path / "other")
    with pytest.raises(DeskBackupError) as err:
        restore_archive(target, tampered)
    assert err.value.kind == "damaged"
    assert target.list_cases() == []

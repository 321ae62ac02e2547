"""Fault injection into the desk index and the whole-desk backup (second round of fuzzing): each case below is
refused with a message, or ignored in favour of the case files, and changes nothing."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from debtassist.store import crypto
from debtassist.store.desk_backup import DeskBackupError, archive_bytes, restore_archive, write_archive
from debtassist.store.desk_index import INDEX_FILE, desk_rows
from debtassist.store.errors import StoreError
from debtassist.store.library import CaseLibrary
from tests.store.store_helpers import make_case


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "ARGON2ID", crypto.Argon2idParams(memory_kib=64, iterations=1, lanes=1))
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10, r=8, p=1))


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# -- the desk index --------------------------------------------------------------------------------------------


def test_a_crafted_index_row_with_wrong_types_is_rebuilt_from_the_case(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    desk_rows(library)
    index = library.layout.root / INDEX_FILE
    doc = json.loads(index.read_text(encoding="utf-8"))
    row = doc["entries"][case_id]["row"]  # the signature still matches: only the row is foreign
    row.update(updated=5, route="spaceship", next_due="someday", stage=["x"], case_id="../evil", name="假名")
    index.write_text(json.dumps(doc), encoding="utf-8")
    rows = desk_rows(library)
    assert [(r.case_id, r.name) for r in rows] == [(case_id, "王小明")]
    assert rows[0].stage_value is not None and rows[0].updated_at is not None and rows[0].due is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_index_or_case_file_that_is_a_named_pipe_does_not_hang_the_desk(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    other = library.create(make_case(note="x"))
    index = library.layout.root / INDEX_FILE
    index.unlink(missing_ok=True)
    os.mkfifo(index)  # reading it would wait for a writer forever
    case = library.layout.case_file(other)
    case.unlink()
    os.mkfifo(case)
    rows = {r.case_id: r for r in desk_rows(library)}
    assert rows[case_id].name == "王小明"
    assert not rows[other].readable


def test_a_symlinked_index_is_not_followed(library: CaseLibrary, tmp_path: Path) -> None:
    library.create(make_case())
    foreign = tmp_path / "elsewhere.json"
    foreign.write_text("not an index", encoding="utf-8")
    index = library.layout.root / INDEX_FILE
    index.unlink(missing_ok=True)
    index.symlink_to(foreign)
    assert [r.name for r in desk_rows(library)] == ["王小明"]
    assert foreign.read_text(encoding="utf-8") == "not an index"  # the link's target is never written


def test_an_index_entry_for_a_deleted_case_is_dropped(library: CaseLibrary) -> None:
    keep = library.create(make_case())
    gone = library.create(make_case(note="gone"))
    desk_rows(library)
    shutil.rmtree(library.layout.case_file(gone).parent)
    assert [r.case_id for r in desk_rows(library)] == [keep]
    entries = json.loads((library.layout.root / INDEX_FILE).read_text(encoding="utf-8"))["entries"]
    assert set(entries) == {keep}


# -- the whole-desk backup -------------------------------------------------------------------------------------


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def members_of(data: bytes) -> list[tuple[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(info.filename, archive.read(info)) for info in archive.infolist()]


def refused(library: CaseLibrary, src: Path, passphrase: str | None = None) -> StoreError:
    before = snapshot(library.layout.root)
    with pytest.raises(StoreError) as caught:
        restore_archive(library, src, passphrase, ask=lambda *_: True)
    assert snapshot(library.layout.root) == before  # nothing changed
    for lang in ("zh-TW", "en"):
        assert caught.value.message(lang).strip()
    return caught.value


@pytest.fixture
def good(library: CaseLibrary) -> bytes:
    library.create(make_case())
    return archive_bytes(library)


def test_a_member_with_a_traversal_name_is_refused(library: CaseLibrary, good: bytes, tmp_path: Path) -> None:
    src = tmp_path / "b.zip"
    src.write_bytes(zip_of([*members_of(good), ("../x", b"{}"), ("cases/../../evil.json", b"{}")]))
    refused(library, src)
    assert not (tmp_path / "x").exists() and not (library.layout.root.parent / "evil.json").exists()


def test_duplicate_members_are_refused(library: CaseLibrary, good: bytes, tmp_path: Path) -> None:
    members = members_of(good)
    case_member = next(m for m in members if m[0].startswith("cases/"))
    src = tmp_path / "b.zip"
    with pytest.warns(UserWarning):  # zipfile warns of the duplicate name it is asked to write
        src.write_bytes(zip_of([*members, (case_member[0], b'{"schema_version": 2}')]))
    refused(library, src)


def test_a_huge_manifest_is_refused_before_it_is_inflated(library: CaseLibrary, tmp_path: Path) -> None:
    src = tmp_path / "b.zip"
    manifest = (
        b'{"format": "debtassist-desk-backup", "cases": {}, "pad": "' + b" " * (80 * 1024 * 1024) + b'"}'
    )
    src.write_bytes(zip_of([("manifest.json", manifest)]))
    error = refused(library, src)
    assert isinstance(error, DeskBackupError)


def test_a_member_whose_compression_is_unknown_is_refused(
    library: CaseLibrary, good: bytes, tmp_path: Path
) -> None:
    data = bytearray(good)
    # The method field of every local and central header: 8 (deflate) -> 99 (AES, which zipfile cannot read).
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset : at + offset + 2] = (99).to_bytes(2, "little")
            at = data.find(signature, at + 4)
    src = tmp_path / "b.zip"
    src.write_bytes(bytes(data))
    refused(library, src)


def test_truncated_and_bit_flipped_archives_are_refused(
    library: CaseLibrary, good: bytes, tmp_path: Path
) -> None:
    src = tmp_path / "b.zip"
    for variant in (
        good[: len(good) // 2],
        good[:-30],
        bytes(b ^ 0x55 if 40 <= i < 120 else b for i, b in enumerate(good)),
    ):
        src.write_bytes(variant)
        refused(library, src)


def test_a_manifest_hash_mismatch_is_refused(library: CaseLibrary, good: bytes, tmp_path: Path) -> None:
    members = members_of(good)
    manifest = json.loads(dict(members)["manifest.json"])
    for entry in manifest["cases"].values():
        entry["sha256"] = "0" * 64
    src = tmp_path / "b.zip"
    src.write_bytes(
        zip_of(
            [m for m in members if m[0] != "manifest.json"]
            + [("manifest.json", json.dumps(manifest).encode())]
        )
    )
    assert refused(library, src).kind == "damaged"


def test_a_protected_backup_with_the_wrong_passphrase_or_crafted_kdf_is_refused(
    library: CaseLibrary, tmp_path: Path
) -> None:
    library.create(make_case())
    src = tmp_path / "b.sealed"
    write_archive(library, src, passphrase="correct horse")
    assert refused(library, src, "wrong horse").kind == "wrong_passphrase"
    assert refused(library, src, None).kind == "passphrase_required"
    envelope = json.loads(src.read_bytes())
    kdf = envelope["kdf"]
    crafted = (
        [{**kdf, "memory_kib": 2**31}, {**kdf, "iterations": 10**9}, {**kdf, "lanes": 0}, {**kdf, "salt": ""}]
        if kdf["name"] == "argon2id"
        else [
            {**kdf, "n": 2**40},
            {**kdf, "n": 3},
            {**kdf, "r": 10**6},
            {**kdf, "p": 0},
            {**kdf, "salt": "!"},
        ]
    ) + [{**kdf, "name": "md5"}, "x", None]
    for bad in crafted:
        src.write_text(json.dumps({**envelope, "kdf": bad}), encoding="utf-8")
        refused(library, src, "correct horse")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_backup_that_is_a_named_pipe_or_a_folder_is_refused_without_waiting(
    library: CaseLibrary, tmp_path: Path
) -> None:
    pipe = tmp_path / "b.zip"
    os.mkfifo(pipe)
    assert refused(library, pipe).kind == "not_a_backup"
    assert refused(library, tmp_path).kind in ("not_a_backup", "read_failed")


def test_a_member_whose_header_understates_its_size_is_refused(
    library: CaseLibrary, good: bytes, tmp_path: Path
) -> None:
    data = bytearray(good)
    # The uncompressed size of the first case member, in its local and central headers: said to be 10 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        data[at + offset : at + offset + 4] = (10).to_bytes(4, "little")
    src = tmp_path / "b.zip"
    src.write_bytes(bytes(data))
    refused(library, src)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_case_file_that_is_a_named_pipe_is_left_out_of_a_backup(
    library: CaseLibrary, tmp_path: Path
) -> None:
    keep = library.create(make_case())
    pipe = library.create(make_case(note="pipe"))
    library.layout.case_file(pipe).unlink()
    os.mkfifo(library.layout.case_file(pipe))
    dest = tmp_path / "b.zip"
    assert write_archive(library, dest, [keep, pipe]) == 1
    assert [n for n, _ in members_of(dest.read_bytes())] == [f"cases/{keep}.json", "manifest.json"]

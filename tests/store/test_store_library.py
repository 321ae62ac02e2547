from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from debtassist import __version__
from debtassist.model.case import SCHEMA_VERSION, CaseStatus, Route
from debtassist.model.codec import case_from_json, case_to_json
from debtassist.store.errors import CaseLockedError, CaseUnreadableError, ImportFailedError, StoreError
from debtassist.store.library import CaseLibrary

from .store_helpers import make_case, mode, temp_files, without_meta

BACKUP_NAME = re.compile(r"case-\d{8}T\d{6}\.\d{6}Z\.json")


def test_create_list_load(library: CaseLibrary) -> None:
    assert library.list_cases() == []
    case = make_case("first")
    case.route = Route.COURT_MEDIATION
    case_id = library.create(case)
    assert case_id == case.case_id
    loaded = library.load(case_id)
    assert without_meta(loaded) == without_meta(case)
    [summary] = library.list_cases()
    assert summary.case_id == case_id
    assert summary.applicant_name == "王小明"
    assert summary.national_id_masked == "A12****789"
    assert summary.route is Route.COURT_MEDIATION
    assert summary.status is CaseStatus.IN_PROGRESS
    assert summary.updated == loaded.meta.updated
    assert summary.readable and summary.error_kind is None


def test_listing_is_newest_first(library: CaseLibrary) -> None:
    ids = [library.create(make_case(str(i))) for i in range(3)]
    with library.open(ids[0]) as handle:
        handle.save(make_case("changed").replace(case_id=ids[0]))
    assert [s.case_id for s in library.list_cases()] == [ids[0], ids[2], ids[1]]


def test_save_sets_meta(library: CaseLibrary) -> None:
    before = datetime.now(UTC)
    case_id = library.create(make_case())
    created = library.load(case_id).meta.created
    assert created is not None and created.tzinfo is not None and created >= before
    with library.open(case_id) as handle:
        stored = handle.save(handle.case.replace(notes="edited"))
    assert stored == handle.case == library.load(case_id)
    meta = stored.meta
    assert meta.updated is not None and meta.updated.utcoffset() == timedelta(0)
    assert meta.updated >= created
    assert meta.created == created  # kept once set
    assert meta.app_version == __version__
    assert '"updated": "' in library.layout.case_file(case_id).read_text(encoding="utf-8")


def test_handle_refuses_misuse(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    handle = library.open(case_id)
    with pytest.raises(ValueError):
        handle.save(make_case())  # another case's id
    handle.close()
    assert handle.closed
    with pytest.raises(RuntimeError):
        handle.save(handle.case)
    handle.close()  # twice is fine


def test_open_conflicts_in_process(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    with library.open(case_id):
        with pytest.raises(CaseLockedError) as info:
            CaseLibrary().open(case_id)  # a second window
        assert info.value.pid == os.getpid()
        for action in (library.delete, library.wipe, library.open):
            with pytest.raises(CaseLockedError):
                action(case_id)
        assert library.load(case_id)  # reading needs no lock
    library.open(case_id).close()


def test_missing_and_invalid_ids(library: CaseLibrary) -> None:
    for action in (library.load, library.open, library.delete, library.wipe, library.duplicate):
        with pytest.raises(StoreError) as info:
            action("nope")
        assert info.value.kind == "not_found"
        with pytest.raises(StoreError) as info:
            action("../x")
        assert info.value.kind == "invalid_id"
    assert not library.exists("../x")


def test_ids_are_kept_when_usable(library: CaseLibrary) -> None:
    case = make_case()
    assert library.create(case) == case.case_id
    again = library.create(case)  # taken: a fresh id
    assert again != case.case_id and library.exists(again)
    odd = make_case().replace(case_id="../../escape")
    odd_id = library.create(odd)
    assert odd_id != odd.case_id and library.load(odd_id).case_id == odd_id
    assert sorted(os.listdir(library.layout.cases)) == sorted([case.case_id, again, odd_id])


# -- backups ------------------------------------------------------------------------------------------------


def _save_versions(library: CaseLibrary, case_id: str, notes: list[str]) -> None:
    with library.open(case_id) as handle:
        for note in notes:
            handle.save(handle.case.replace(notes=note))


def test_backups_roll_to_ten(library: CaseLibrary) -> None:
    case_id = library.create(make_case("v0"))
    assert library.backups(case_id) == []
    _save_versions(library, case_id, [f"v{i}" for i in range(1, 16)])
    backups = library.backups(case_id)
    assert len(backups) == 10
    assert all(BACKUP_NAME.fullmatch(ref.path.name) for ref in backups)
    assert [ref.taken for ref in backups] == sorted((ref.taken for ref in backups), reverse=True)
    notes = [case_from_json(ref.path.read_bytes())[0].notes for ref in backups]
    assert notes == [f"v{i}" for i in range(14, 4, -1)]  # the versions each save replaced, newest first
    assert library.load(case_id).notes == "v15"


def test_unchanged_save_makes_no_backup(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    path = library.layout.case_file(case_id)
    with library.open(case_id) as handle:
        before = path.read_bytes()
        assert handle.save(handle.case) == handle.case
        assert handle.save(library.load(case_id)) == handle.case
        assert library.backups(case_id) == []
        assert path.read_bytes() == before
        handle.save(handle.case.replace(notes="x"))
        assert len(library.backups(case_id)) == 1


def test_saving_an_old_format_file_rewrites_it(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    path = library.layout.case_file(case_id)
    v0 = {"schema_version": 0, "case_id": case_id, "applicant_name": "林小姐"}
    path.write_text(json.dumps(v0, ensure_ascii=False), encoding="utf-8")
    with library.open(case_id) as handle:
        assert handle.case.applicant.name == "林小姐"
        handle.save(handle.case)  # nothing edited, but the file is not in the current format
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    [backup] = library.backups(case_id)
    assert json.loads(backup.path.read_text(encoding="utf-8")) == v0  # the original is kept


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_truncated_file_offers_the_newest_good_backup(library: CaseLibrary) -> None:
    case_id = library.create(make_case("v0"))
    _save_versions(library, case_id, ["v1", "v2"])
    newest = library.backups(case_id)[0]
    _truncate(library.layout.case_file(case_id))
    # The newest backup is damaged too: the offer skips it.
    library.backups(case_id)[0].path.write_bytes(b"\x00\x01")

    with pytest.raises(CaseUnreadableError) as info:
        library.load(case_id)
    error = info.value
    assert error.kind == "unreadable" and error.load_kind == "not_json"
    assert error.backup is not None and error.backup != newest
    assert error.backup == library.backups(case_id)[1]
    when = error.backup.taken.astimezone().strftime("%Y-%m-%d %H:%M")
    assert "備份" in error.message("zh-TW") and when in error.message("zh-TW")
    assert "backup" in error.message("en") and "JSON" in error.message("en")

    with pytest.raises(CaseUnreadableError):
        library.open(case_id)  # and the lock is not kept
    [summary] = library.list_cases()
    assert not summary.readable and summary.error_kind == "not_json"

    case, path = library.recover(case_id)
    assert case.notes == "v0" and path == error.backup.path
    restored = library.restore_backup(case_id, path)
    assert restored.notes == "v0" == library.load(case_id).notes
    # The damaged file was kept aside, not thrown away, and not counted as a backup.
    damaged = [n for n in os.listdir(library.layout.case_dir(case_id)) if n.startswith("damaged-")]
    assert len(damaged) == 1
    library.open(case_id).close()


def test_unreadable_without_backup(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    library.layout.case_file(case_id).write_text('{"schema_version": 1, "creditors": 5}')
    with pytest.raises(CaseUnreadableError) as info:
        library.load(case_id)
    assert info.value.backup is None and info.value.load_kind == "invalid"
    assert "沒有可用的備份" in info.value.message("zh-TW")
    with pytest.raises(StoreError) as no_backup:
        library.recover(case_id)
    assert no_backup.value.kind == "no_backup"


def test_missing_case_file_in_existing_folder(library: CaseLibrary) -> None:
    case_id = library.create(make_case("v0"))
    _save_versions(library, case_id, ["v1"])
    library.layout.case_file(case_id).unlink()
    with pytest.raises(CaseUnreadableError) as info:
        library.load(case_id)
    assert info.value.load_kind == "not_found" and info.value.backup is not None
    library.restore_backup(case_id, info.value.backup.path)
    assert library.load(case_id).notes == "v0"


def test_restore_backup_is_undoable(library: CaseLibrary) -> None:
    case_id = library.create(make_case("v0"))
    _save_versions(library, case_id, ["v1"])
    [ref] = library.backups(case_id)
    library.restore_backup(case_id, ref.path)
    assert library.load(case_id).notes == "v0"
    assert case_from_json(library.backups(case_id)[0].path.read_bytes())[0].notes == "v1"


def test_restore_backup_refuses_other_files(library: CaseLibrary, tmp_path: Path) -> None:
    case_id = library.create(make_case())
    other = library.create(make_case())
    _save_versions(library, other, ["x"])
    foreign = library.backups(other)[0].path
    stray = tmp_path / "case-20240101T000000.000000Z.json"
    stray.write_text(case_to_json(make_case()))
    for path in (foreign, stray, library.layout.case_file(case_id)):
        with pytest.raises(StoreError) as info:
            library.restore_backup(case_id, path)
        assert info.value.kind == "bad_backup"
    _save_versions(library, case_id, ["y"])
    broken = library.backups(case_id)[0].path
    broken.write_text("{")
    with pytest.raises(StoreError) as info:
        library.restore_backup(case_id, broken)
    assert info.value.kind == "bad_backup"


def test_listing_survives_bad_files(library: CaseLibrary) -> None:
    good = library.create(make_case(national_id="B234567890"))
    damaged = {
        "not_json": b"{ not json",
        "not_a_case": b"[1, 2]",
        "invalid": b'{"schema_version": 1, "applicant": {"name": 5}}',
        "newer_schema": b'{"schema_version": 99}',
        "huge_number": b'{"schema_version": 1, "notes": ' + b"9" * 5000 + b"}",
        "binary": os.urandom(200) + b"\xff",
    }
    ids = {}
    for label, data in damaged.items():
        ids[label] = library.create(make_case(label))
        library.layout.case_file(ids[label]).write_bytes(data)
    os.mkdir(library.layout.cases / "empty_folder")
    (library.layout.cases / "stray-file.txt").write_text("x")
    os.mkdir(library.layout.cases / "not a case id")

    summaries = {s.case_id: s for s in library.list_cases()}
    assert summaries[good].readable and summaries[good].national_id_masked == "B23****890"
    assert summaries["empty_folder"].error_kind == "not_found"
    for label in ("not_json", "not_a_case", "invalid", "newer_schema"):
        assert summaries[ids[label]].error_kind == label
    assert not summaries[ids["huge_number"]].readable and not summaries[ids["binary"]].readable
    assert len(summaries) == 1 + len(damaged) + 1
    assert next(iter(summaries)) == good  # unreadable ones (no date) last


# -- import, export, duplicate --------------------------------------------------------------------------


def test_export_import_round_trip(library: CaseLibrary, tmp_path: Path) -> None:
    case = make_case("round trip", creditors=5)
    case.route = Route.REHABILITATION
    case_id = library.create(case)
    original = library.load(case_id)
    out = tmp_path / "export" / "mine.json"
    out.parent.mkdir()
    library.export_case(case_id, out)
    assert out.read_text(encoding="utf-8") == case_to_json(original)
    assert temp_files(out.parent) == []
    if sys.platform != "win32":
        assert mode(out) == 0o600

    other = CaseLibrary(tmp_path / "other")
    assert other.import_case(out) == case_id
    assert other.load(case_id) == original  # everything, meta included

    copy_id = library.import_case(out)  # same library: a copy, never an overwrite
    assert copy_id != case_id
    assert library.load(case_id) == original
    copy = library.load(copy_id)
    assert copy.to_document(exclude={"case_id"}) == original.to_document(exclude={"case_id"})


def test_import_migrates_v0(library: CaseLibrary, tmp_path: Path) -> None:
    v0 = {
        "schema_version": 0,
        "case_id": "proto1",
        "applicant_name": "陳大文",
        "applicant_id": "C123456789",
        "creditors": [{"name": "某銀行", "amount": "120,000"}],
    }
    src = tmp_path / "old.json"
    src.write_text(json.dumps(v0, ensure_ascii=False), encoding="utf-8")
    case_id = library.import_case(src)
    assert case_id == "proto1"
    stored = json.loads(library.layout.case_file(case_id).read_text(encoding="utf-8"))
    assert stored["schema_version"] == SCHEMA_VERSION
    assert "applicant_name" not in stored
    assert stored["meta"]["app_version"] == __version__
    case = library.load(case_id)
    assert case.applicant.name == "陳大文" and case.applicant.national_id == "C123456789"
    assert case.creditors[0].principal == 120_000
    assert src.read_text(encoding="utf-8") == json.dumps(v0, ensure_ascii=False)  # the source is untouched


@pytest.mark.parametrize(
    ("content", "kind"),
    [(b"nope", "not_json"), (b'{"schema_version": 7}', "newer_schema"), (None, "not_found")],
)
def test_import_errors(library: CaseLibrary, tmp_path: Path, content: bytes | None, kind: str) -> None:
    src = tmp_path / "in.json"
    if content is not None:
        src.write_bytes(content)
    with pytest.raises(ImportFailedError) as info:
        library.import_case(src)
    assert info.value.kind == "import_failed" and info.value.load_error.kind == kind
    assert str(src) in info.value.message("zh-TW")
    assert library.list_cases() == []


def test_export_of_unreadable_case_fails(library: CaseLibrary, tmp_path: Path) -> None:
    case_id = library.create(make_case())
    library.layout.case_file(case_id).write_text("{")
    with pytest.raises(CaseUnreadableError):
        library.export_case(case_id, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_duplicate(library: CaseLibrary) -> None:
    case = make_case("original")
    case.meta.status = CaseStatus.SUBMITTED
    case_id = library.create(case)
    copy_id = library.duplicate(case_id)
    assert copy_id != case_id
    original, copy = library.load(case_id), library.load(copy_id)
    assert copy.to_document(exclude={"case_id", "meta"}) == original.to_document(exclude={"case_id", "meta"})
    assert copy.meta.status is CaseStatus.IN_PROGRESS
    assert copy.meta.created is not None and original.meta.created is not None
    assert copy.meta.created >= original.meta.created
    assert original.meta.status is CaseStatus.SUBMITTED


# -- trash ------------------------------------------------------------------------------------------------


def test_delete_and_restore(library: CaseLibrary) -> None:
    case_id = library.create(make_case("v0"))
    _save_versions(library, case_id, ["v1"])
    name = library.delete(case_id)
    assert library.list_cases() == [] and not library.exists(case_id)
    [entry] = library.trashed()
    assert entry.name == name and entry.case_id == case_id
    assert entry.summary.applicant_name == "王小明"
    assert timedelta(0) <= datetime.now(UTC) - entry.deleted < timedelta(minutes=1)
    assert library.restore_from_trash(name) == case_id
    assert library.load(case_id).notes == "v1" and len(library.backups(case_id)) == 1
    assert library.trashed() == []
    with pytest.raises(StoreError) as info:
        library.restore_from_trash(name)
    assert info.value.kind == "not_in_trash"


def test_restore_from_trash_when_the_id_came_back(library: CaseLibrary, tmp_path: Path) -> None:
    case_id = library.create(make_case("trashed"))
    library.export_case(case_id, tmp_path / "x.json")
    name = library.delete(case_id)
    assert library.import_case(tmp_path / "x.json") == case_id  # the id is free again
    restored = library.restore_from_trash(name)
    assert restored != case_id
    assert library.load(restored).case_id == restored  # the folder name is the identity
    assert library.load(restored).notes == "trashed"


def test_wipe_removes_everything(library: CaseLibrary, tmp_path: Path) -> None:
    case_id = library.create(make_case("v0"))
    _save_versions(library, case_id, ["v1"])
    library.export_case(case_id, tmp_path / "x.json")
    library.delete(case_id)
    library.import_case(tmp_path / "x.json")
    library.delete(case_id)
    library.import_case(tmp_path / "x.json")
    other = library.create(make_case("other"))
    assert len(library.trashed()) == 2
    library.wipe(case_id)
    assert not library.exists(case_id) and library.trashed() == []
    assert [s.case_id for s in library.list_cases()] == [other]
    assert not library.layout.lock_file(case_id).exists()
    with pytest.raises(StoreError) as info:
        library.wipe(case_id)
    assert info.value.kind == "not_found"


def test_trash_ignores_strays(library: CaseLibrary) -> None:
    library.layout.trash.mkdir(parents=True)
    (library.layout.trash / "junk").mkdir()
    (library.layout.trash / "abc.20240101T000000.000000Z").write_text("a file, not a folder")
    assert library.trashed() == []


# -- permissions ------------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("open_umask")
def test_everything_is_private(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    _save_versions(library, case_id, ["v1"])
    layout = library.layout
    for folder in (
        layout.root,
        layout.cases,
        layout.case_dir(case_id),
        layout.backups_dir(case_id),
        layout.locks,
    ):
        assert mode(folder) == 0o700, folder
    assert mode(layout.case_file(case_id)) == 0o600
    assert mode(library.backups(case_id)[0].path) == 0o600
    library.delete(case_id)
    assert mode(layout.trash) == 0o700


def test_reading_creates_nothing(library: CaseLibrary) -> None:
    assert library.list_cases() == [] and library.trashed() == []
    assert not library.layout.root.exists()


OTHER_PROGRAM = """
import sys
from pathlib import Path
from debtassist.store.library import CaseLibrary
handle = CaseLibrary(Path(sys.argv[1])).open(sys.argv[2])
print("open", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_case_open_in_another_program(library: CaseLibrary) -> None:
    case_id = library.create(make_case())
    proc = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROGRAM, str(library.layout.root), case_id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline() == b"open\n"
        with pytest.raises(CaseLockedError) as info:
            library.open(case_id)
        assert info.value.pid == proc.pid
        with pytest.raises(CaseLockedError):
            library.delete(case_id)
        assert library.load(case_id).case_id == case_id
        os.kill(proc.pid, signal.SIGKILL)  # the other program crashes
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
    with library.open(case_id) as handle:
        handle.save(handle.case.replace(notes="edited after the crash"))

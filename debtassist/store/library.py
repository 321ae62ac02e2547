"""The case library: every case of the user, in ``<data>/cases`` (see ``debtassist.store.paths``).

Reading (``list_cases``, ``load``, ``export_case``) takes no lock. Everything that writes a case holds its
lock (``CaseLock``), which is also why stale temp files can be removed at once before a save: with the lock
held no other writer of that case exists.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from debtassist import __version__
from debtassist.model.case import Case, CaseStatus, Route
from debtassist.model.codec import CaseLoadError, case_from_json, case_to_json, load_case_file
from debtassist.store.atomic import atomic_write_bytes, remove_stale_temps
from debtassist.store.backups import add_backup, backup_ref, list_backups, parse_stamp, stamp
from debtassist.store.errors import (
    BackupRef,
    CaseUnreadableError,
    ImportFailedError,
    StoreError,
    WriteFailedError,
)
from debtassist.store.lock import CaseLock
from debtassist.store.paths import (
    CASE_FILE,
    DataLayout,
    check_case_id,
    data_dir,
    ensure_dir,
    is_valid_case_id,
    make_private_dir,
)

_TRASH_NAME = re.compile(r"(?P<case_id>[A-Za-z0-9_-]{1,64})\.(?P<stamp>\d{8}T\d{6}\.\d{6}Z)")


def mask_national_id(value: str) -> str:
    """``A123456789`` -> ``A12****789``: enough to tell cases apart in a list, not enough to read the ID."""
    value = value.strip()
    if len(value) >= 7:
        return value[:3] + "*" * (len(value) - 6) + value[-3:]
    return value[:1] + "*" * (len(value) - 1)


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list. When ``readable`` is False, ``error_kind`` is the codec's
    ``CaseLoadError`` kind (not_found, unreadable, not_json, not_a_case, newer_schema, invalid) and the other
    fields are empty."""

    case_id: str
    applicant_name: str = ""
    national_id_masked: str = ""
    route: Route | None = None
    status: CaseStatus | None = None
    updated: datetime | None = None
    readable: bool = True
    error_kind: str | None = None


@dataclass(frozen=True)
class TrashEntry:
    name: str  # folder name in the trash: pass it to restore_from_trash
    case_id: str
    deleted: datetime
    summary: CaseSummary


def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


def _read_case_file(path: Path) -> Case:
    """``load_case_file`` that only ever raises ``CaseLoadError``, whatever the bytes are."""
    try:
        return load_case_file(path)[0]
    except CaseLoadError:
        raise
    except (
        ValueError,
        RecursionError,
    ) as exc:  # e.g. an integer too long for int(): a ValueError, not JSON's
        raise CaseLoadError("not_json", {"line": 1, "column": 1, "reason": str(exc)}) from None


def _with_id(case: Case, case_id: str) -> Case:
    # The folder name is the identity; a file copied by hand into another folder must not claim two places.
    return case if case.case_id == case_id else case.model_copy(update={"case_id": case_id})


def _encode(case: Case) -> tuple[bytes, Case]:
    """The bytes to write and the case read back from them: nothing is written that would not load again."""
    try:
        data = case_to_json(case).encode("utf-8")
        return data, case_from_json(data)[0]
    except (UnicodeEncodeError, CaseLoadError, ValueError) as exc:
        raise StoreError("not_saveable") from exc


def _content(case: Case) -> dict[str, Any]:
    # What a save is about: everything but the bookkeeping that a save itself changes.
    return case.model_dump(mode="json", exclude={"meta": {"updated", "app_version"}})


def _summary(case_id: str, path: Path) -> CaseSummary:
    try:
        case = _read_case_file(path)
    except CaseLoadError as exc:
        return CaseSummary(case_id, readable=False, error_kind=exc.kind)
    except Exception:  # the list must show every other case whatever one file holds
        return CaseSummary(case_id, readable=False, error_kind="unreadable")
    return CaseSummary(
        case_id,
        applicant_name=case.applicant.name,
        national_id_masked=mask_national_id(case.applicant.national_id),
        route=case.route,
        status=case.meta.status,
        updated=case.meta.updated,
    )


def _sort_key(summary: CaseSummary) -> tuple[bool, float, str]:
    updated = summary.updated.timestamp() if summary.updated else 0.0
    return (summary.updated is None, -updated, summary.case_id)


class CaseHandle:
    """A case open for editing: holds its lock until ``close`` (or the end of a ``with`` block)."""

    def __init__(self, library: CaseLibrary, case_id: str, case: Case, lock: CaseLock) -> None:
        self._library = library
        self.case_id = case_id
        self._case = case
        self._lock = lock

    @property
    def case(self) -> Case:
        """The case as last loaded or saved."""
        return self._case

    @property
    def closed(self) -> bool:
        return not self._lock.held

    def save(self, case: Case) -> Case:
        """Save ``case`` (a backup of the previous version is kept) and return it as stored, with its meta
        updated. Raises ``WriteFailedError`` with the previous file intact."""
        if self.closed:
            raise RuntimeError("this case handle is closed")
        if case.case_id != self.case_id:
            raise ValueError(f"case {case.case_id!r} cannot be saved through the handle of {self.case_id!r}")
        self._case = self._library._write(self.case_id, case)
        return self._case

    def close(self) -> None:
        self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class CaseLibrary:
    def __init__(self, root: Path | None = None) -> None:
        self.layout = DataLayout(root if root is not None else data_dir())

    # -- reading ------------------------------------------------------------------------------------------

    def list_cases(self) -> list[CaseSummary]:
        """All cases, most recently updated first. A damaged file gives a row with ``readable=False``."""
        try:
            names = os.listdir(self.layout.cases)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(
                "read_failed", path=str(self.layout.cases), reason=exc.strerror or str(exc)
            ) from exc
        summaries = [
            _summary(name, self.layout.case_file(name))
            for name in names
            if is_valid_case_id(name) and (self.layout.cases / name).is_dir()
        ]
        return sorted(summaries, key=_sort_key)

    def exists(self, case_id: str) -> bool:
        return is_valid_case_id(case_id) and self.layout.case_dir(case_id).is_dir()

    def load(self, case_id: str) -> Case:
        """The case, read-only (no lock). Raises ``CaseUnreadableError`` if its file cannot be read."""
        if not self.exists(check_case_id(case_id)):
            raise StoreError("not_found", case_id=case_id)
        path = self.layout.case_file(case_id)
        try:
            return _with_id(_read_case_file(path), case_id)
        except CaseLoadError as exc:
            raise CaseUnreadableError(case_id, path, exc, self._good_backup(case_id)) from exc

    def open(self, case_id: str) -> CaseHandle:
        """Open for editing. Raises ``CaseLockedError`` if open elsewhere, ``CaseUnreadableError`` if the
        file is damaged."""
        if not self.exists(check_case_id(case_id)):
            raise StoreError("not_found", case_id=case_id)
        lock = CaseLock(self.layout.lock_file(case_id), case_id)
        lock.acquire()
        try:
            case = self.load(case_id)
        except BaseException:
            lock.release()
            raise
        return CaseHandle(self, case_id, case, lock)

    # -- backups ------------------------------------------------------------------------------------------

    def backups(self, case_id: str) -> list[BackupRef]:
        """The case's backups, newest first."""
        return list_backups(self.layout.backups_dir(case_id))

    def _good_backup(self, case_id: str) -> BackupRef | None:
        for ref in self.backups(case_id):
            with contextlib.suppress(CaseLoadError):
                _read_case_file(ref.path)
                return ref
        return None

    def recover(self, case_id: str) -> tuple[Case, Path]:
        """The newest backup that loads, and its path. Raises ``StoreError("no_backup")`` if none does."""
        for ref in self.backups(case_id):
            with contextlib.suppress(CaseLoadError):
                return _with_id(_read_case_file(ref.path), case_id), ref.path
        raise StoreError("no_backup", case_id=case_id)

    def restore_backup(self, case_id: str, backup_path: Path) -> Case:
        """Make a backup the current version (under the lock). The version it replaces is backed up in turn,
        or, if damaged, kept beside as ``damaged-<time>.json``."""
        if not self.exists(check_case_id(case_id)):
            raise StoreError("not_found", case_id=case_id)
        ref = backup_ref(backup_path)
        folder = self.layout.backups_dir(case_id)
        if ref is None or backup_path.parent.resolve() != folder.resolve():
            raise StoreError("bad_backup", path=str(backup_path))
        with CaseLock(self.layout.lock_file(case_id), case_id):
            try:
                case = _read_case_file(backup_path)
            except CaseLoadError as exc:
                raise StoreError("bad_backup", path=str(backup_path)) from exc
            return self._write(case_id, _with_id(case, case_id))

    # -- writing ------------------------------------------------------------------------------------------

    def _write(self, case_id: str, case: Case, *, touch: bool = True) -> Case:
        """Store ``case`` as the case file. The caller holds the case lock. ``touch``: set meta.updated."""
        case_dir = self.layout.case_dir(case_id)
        path = case_dir / CASE_FILE
        now = _now()
        meta: dict[str, Any] = {"app_version": __version__}
        if touch or case.meta.updated is None:
            meta["updated"] = now
        if case.meta.created is None:
            meta["created"] = now
        new = case.model_copy(update={"case_id": case_id, "meta": case.meta.model_copy(update=meta)})
        try:
            old_data: bytes | None = path.read_bytes()
        except FileNotFoundError:
            old_data = None
        except OSError as exc:
            raise StoreError("read_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
        old: Case | None = None
        if old_data is not None:
            with contextlib.suppress(CaseLoadError, ValueError, RecursionError):
                old = case_from_json(old_data)[0]
            # Unchanged: no rewrite, no backup. Unless the file is not in today's canonical form (an older
            # schema version, a hand edit): then it is rewritten, and the original kept as a backup.
            if old is not None and _content(old) == _content(new) and old_data == case_to_json(old).encode():
                return old
        data, stored = _encode(new)
        try:
            backups = self.layout.backups_dir(case_id)
            ensure_dir(backups)
            remove_stale_temps(case_dir, older_than=0)
            remove_stale_temps(backups, older_than=0)
            if old_data is not None and old is not None:
                add_backup(backups, old_data, now)
            elif old_data is not None:
                # Never overwrite the only copy of a damaged file: someone may still rescue it by hand.
                atomic_write_bytes(case_dir / f"damaged-{stamp(now)}.json", old_data)
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise WriteFailedError(path, exc) from exc
        return stored

    def _create(self, case: Case, *, fresh_id: bool, touch: bool) -> str:
        """Add ``case`` as a new case folder; keep its id unless asked not to or already taken."""
        case_id = case.case_id if not fresh_id and is_valid_case_id(case.case_id) else _new_id()
        try:
            ensure_dir(self.layout.cases)
            while True:
                try:
                    make_private_dir(self.layout.case_dir(case_id))  # claims the id, atomically
                    break
                except FileExistsError:
                    case_id = _new_id()
        except OSError as exc:
            raise WriteFailedError(self.layout.cases, exc) from exc
        try:
            with CaseLock(self.layout.lock_file(case_id), case_id):
                self._write(case_id, case.model_copy(update={"case_id": case_id}), touch=touch)
        except BaseException:
            shutil.rmtree(self.layout.case_dir(case_id), ignore_errors=True)
            raise
        return case_id

    def create(self, case: Case) -> str:
        """Add a new case; returns its id (the case's own, unless that is taken or unusable as a name)."""
        return self._create(case, fresh_id=False, touch=True)

    def duplicate(self, case_id: str) -> str:
        """A copy of a case under a new id, as a new draft (created now, status in progress)."""
        case = self.load(case_id)
        meta = case.meta.model_copy(
            update={"created": None, "updated": None, "status": CaseStatus.IN_PROGRESS}
        )
        return self._create(case.model_copy(update={"meta": meta}, deep=True), fresh_id=True, touch=True)

    def import_case(self, src_path: Path) -> str:
        """Add a case from a file (older formats are migrated and stored in the current one); returns its id,
        a fresh one if the library already has the file's id. The file's own meta times are kept."""
        try:
            case = _read_case_file(src_path)
        except CaseLoadError as exc:
            raise ImportFailedError(src_path, exc) from exc
        return self._create(case, fresh_id=False, touch=False)

    def export_case(self, case_id: str, dest_path: Path) -> None:
        """Write the case to ``dest_path`` (atomically, canonical JSON, private file)."""
        data, _ = _encode(self.load(case_id))
        try:
            atomic_write_bytes(dest_path, data)
        except OSError as exc:
            raise WriteFailedError(dest_path, exc) from exc
        remove_stale_temps(dest_path.parent, dest_path.name)  # no lock on a foreign folder: by age only

    # -- trash --------------------------------------------------------------------------------------------

    def delete(self, case_id: str) -> str:
        """Move the case (with its backups) to the trash; returns the trash entry's name."""
        if not self.exists(check_case_id(case_id)):
            raise StoreError("not_found", case_id=case_id)
        name = f"{case_id}.{stamp(_now())}"
        with CaseLock(self.layout.lock_file(case_id), case_id):
            try:
                ensure_dir(self.layout.trash)
                os.rename(self.layout.case_dir(case_id), self.layout.trash / name)
            except OSError as exc:
                raise WriteFailedError(self.layout.case_dir(case_id), exc) from exc
        return name

    def trashed(self) -> list[TrashEntry]:
        """Cases in the trash, most recently deleted first."""
        try:
            names = os.listdir(self.layout.trash)
        except OSError:
            return []
        entries = []
        for name in names:
            match = _TRASH_NAME.fullmatch(name)
            deleted = parse_stamp(match["stamp"]) if match else None
            if match and deleted and (self.layout.trash / name).is_dir():
                summary = _summary(match["case_id"], self.layout.trash / name / CASE_FILE)
                entries.append(TrashEntry(name, match["case_id"], deleted, summary))
        return sorted(entries, key=lambda entry: (entry.deleted, entry.name), reverse=True)

    def _trash_entry(self, name: str) -> TrashEntry:
        for entry in self.trashed():
            if entry.name == name:
                return entry
        raise StoreError("not_in_trash", name=name)

    def restore_from_trash(self, name: str) -> str:
        """Put a trashed case back; returns its id (a fresh one if the id is in use again)."""
        entry = self._trash_entry(name)
        case_id = entry.case_id
        while self.exists(case_id):
            case_id = _new_id()
        try:
            ensure_dir(self.layout.cases)
            os.rename(self.layout.trash / name, self.layout.case_dir(case_id))
        except OSError as exc:
            raise WriteFailedError(self.layout.case_dir(case_id), exc) from exc
        return case_id

    def wipe(self, case_id: str) -> None:
        """Erase a case for good: its folder, backups and every trashed copy."""
        check_case_id(case_id)
        targets = [self.layout.trash / entry.name for entry in self.trashed() if entry.case_id == case_id]
        present = self.exists(case_id)
        if not present and not targets:
            raise StoreError("not_found", case_id=case_id)
        lock = CaseLock(self.layout.lock_file(case_id), case_id)
        with lock:
            try:
                if present:
                    shutil.rmtree(self.layout.case_dir(case_id))
                for target in targets:
                    shutil.rmtree(target)
            except OSError as exc:
                raise WriteFailedError(self.layout.case_dir(case_id), exc) from exc
        with contextlib.suppress(OSError):
            lock.lock_file.unlink()

"""A whole-desk backup (or an archive of selected cases) in one file, and its restore.

The file is a ZIP archive: ``manifest.json`` (format, time, app version, and per case its stored file's SHA-256 and
the time it was last changed) and ``cases/<case_id>.json`` with each case file exactly as stored, so a protected case
stays encrypted with its own passphrase. Only the current version of each case is included (not its rolling
backups, not the trash). With a passphrase the whole archive is sealed in one envelope of
``debtassist.store.crypto`` (AES-256-GCM, Argon2id or scrypt), bound to the name ``desk-backup``.

Restore never overwrites a newer case without asking: for a case the library already has, identical bytes are
skipped; if the library's copy changed later than the archived one, ``ask(case_id, name)`` decides (no → kept);
otherwise the archived version replaces it. Whatever is replaced is first kept as a backup of that case (the
library's rolling backups), under the case lock, so a restore can be undone case by case.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from debtassist import __version__
from debtassist.i18n import Lang, tr
from debtassist.model.codec import CaseLoadError, read_case_bytes
from debtassist.store.atomic import atomic_write_bytes
from debtassist.store.backups import add_backup
from debtassist.store.crypto import Passphrase, is_encrypted, read_envelope
from debtassist.store.errors import (
    CaseLockedError,
    EncryptedDamagedError,
    StoreError,
    WriteFailedError,
    WrongPassphraseError,
)
from debtassist.store.library import CaseLibrary, _parse
from debtassist.store.lock import CaseLock
from debtassist.store.paths import CASE_FILE, ensure_dir, is_valid_case_id, make_private_dir

FORMAT = "debtassist-desk-backup"
FORMAT_VERSION = 1
SEAL_ID = "desk-backup"
MAX_MEMBER = 64 * 1024 * 1024  # a case file larger than this is not one of ours
MAX_MANIFEST = 16 * 1024 * 1024  # a manifest line is about 120 bytes: 16 MiB is over 100,000 cases
MAX_TOTAL = 1024 * 1024 * 1024  # everything inflated; checked from the headers before anything is read
MANIFEST = "manifest.json"
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError, EOFError, RuntimeError,
               NotImplementedError, zlib.error)  # fmt: skip


class DeskBackupError(StoreError):
    """kind: not_a_backup | damaged | passphrase_required | wrong_passphrase | newer_schema (desk.backup.*)."""

    def message(self, lang: Lang) -> str:
        return tr(f"desk.backup.{self.kind}", lang, **self.params)


@dataclass
class RestoreReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    same: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the library's newer copy kept (the user said no)
    locked: list[str] = field(default_factory=list)  # open in a window: left alone


def _changed(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()


def archive_bytes(library: CaseLibrary, case_ids: Iterable[str] | None = None) -> bytes:
    """The ZIP archive of the given cases (all when ``None``)."""
    ids = list(case_ids) if case_ids is not None else [r.case_id for r in library.list_cases()]
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created": datetime.now(UTC).isoformat(),
        "app_version": __version__,
        "cases": {},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for case_id in ids:
            path = library.layout.case_file(case_id)
            try:
                data = read_case_bytes(path)  # a regular file only: a named pipe would block the read
                changed = _changed(path)
            except (CaseLoadError, OSError):
                continue  # a case removed meanwhile, or not a file
            archive.writestr(f"cases/{case_id}.json", data)
            manifest["cases"][case_id] = {"sha256": hashlib.sha256(data).hexdigest(), "changed": changed}
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def write_archive(
    library: CaseLibrary, dest: Path, case_ids: Iterable[str] | None = None, passphrase: str | None = None
) -> int:
    """Write the archive (sealed with ``passphrase`` if given) to ``dest`` atomically; returns the case count."""
    data = archive_bytes(library, case_ids)
    count = len(json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))["cases"])
    if passphrase:
        data = Passphrase(passphrase).new_key().seal(data, SEAL_ID)
    try:
        atomic_write_bytes(dest, data)
    except OSError as exc:
        raise WriteFailedError(dest, exc) from exc
    return count


def _open_archive(data: bytes, passphrase: str | None) -> tuple[zipfile.ZipFile, dict[str, Any]]:
    if is_encrypted(data):
        if not passphrase:
            raise DeskBackupError("passphrase_required")
        try:
            envelope = read_envelope(data)
            data = Passphrase(passphrase).open(envelope, SEAL_ID)
        except WrongPassphraseError:
            raise DeskBackupError("wrong_passphrase") from None
        except EncryptedDamagedError:
            raise DeskBackupError("damaged", reason="envelope") from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _check_members(archive)
        manifest = json.loads(archive.read(MANIFEST))
    except DeskBackupError:
        raise
    except (*_ZIP_ERRORS, RecursionError) as exc:
        raise DeskBackupError("not_a_backup") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DeskBackupError("not_a_backup")
    if not isinstance(manifest.get("cases"), dict):
        raise DeskBackupError("damaged", reason="manifest")
    return archive, manifest


def _check_members(archive: zipfile.ZipFile) -> None:
    """Refuse, from the headers alone, an archive with a member that is not ``manifest.json`` or
    ``cases/<case id>.json`` (a traversal name, a folder), a name twice, or more inflated bytes than bounded."""
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if MANIFEST not in names:
        raise DeskBackupError("not_a_backup")
    if len(set(names)) != len(names):
        raise DeskBackupError("damaged", reason="duplicate")
    for info in infos:
        name = info.filename
        if name == MANIFEST:
            if info.file_size > MAX_MANIFEST:
                raise DeskBackupError("damaged", reason=MANIFEST)
            continue
        case_id = name.removeprefix("cases/").removesuffix(".json")
        if name != f"cases/{case_id}.json" or not is_valid_case_id(case_id) or info.file_size > MAX_MEMBER:
            raise DeskBackupError("damaged", reason=name[:40])
    if sum(info.file_size for info in infos) > MAX_TOTAL:
        raise DeskBackupError("damaged", reason="size")


def _member(archive: zipfile.ZipFile, case_id: str, entry: Any) -> bytes:
    try:
        info = archive.getinfo(f"cases/{case_id}.json")
        if info.file_size > MAX_MEMBER:
            raise DeskBackupError("damaged", reason=case_id)
        data = archive.read(info)
    except _ZIP_ERRORS as exc:
        raise DeskBackupError("damaged", reason=case_id) from exc
    if not isinstance(entry, dict) or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        raise DeskBackupError("damaged", reason=case_id)
    if is_encrypted(data):
        try:
            if read_envelope(data).case_id != case_id:
                raise DeskBackupError("damaged", reason=case_id)
        except EncryptedDamagedError as exc:
            raise DeskBackupError("damaged", reason=case_id) from exc
    else:
        try:
            _parse(data)
        except CaseLoadError as exc:
            if exc.kind == "newer_schema":
                raise DeskBackupError("newer_schema", case_id=case_id) from exc
            raise DeskBackupError("damaged", reason=case_id) from exc
    return data


def _read_archive(src: Path, passphrase: str | None) -> tuple[dict[str, bytes], dict[str, Any]]:
    try:
        info = src.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_TOTAL:  # a named pipe would block the read
            raise DeskBackupError("not_a_backup")
        data = src.read_bytes()
    except OSError as exc:
        raise StoreError("read_failed", path=str(src), reason=exc.strerror or str(exc)) from exc
    archive, manifest = _open_archive(data, passphrase)
    out: dict[str, bytes] = {}
    for case_id, entry in manifest["cases"].items():
        if not isinstance(case_id, str) or not is_valid_case_id(case_id):
            raise DeskBackupError("damaged", reason=str(case_id)[:40])
        out[case_id] = _member(archive, case_id, entry)
    return out, manifest


def archive_cases(src: Path, passphrase: str | None = None) -> dict[str, bytes]:
    """The checked case files of an archive, by id (everything is checked before anything is restored)."""
    return _read_archive(src, passphrase)[0]


def restore_archive(
    library: CaseLibrary,
    src: Path,
    passphrase: str | None = None,
    ask: Callable[[str, str], bool] = lambda case_id, name: False,
) -> RestoreReport:
    """Restore every case of the archive (see the module docstring for what is asked and what is kept)."""
    cases, manifest = _read_archive(src, passphrase)
    report = RestoreReport()
    try:
        ensure_dir(library.layout.cases)
    except OSError as exc:
        raise WriteFailedError(library.layout.cases, exc) from exc
    for case_id, data in cases.items():
        folder = library.layout.case_dir(case_id)
        path = folder / CASE_FILE
        if not folder.is_dir():
            try:
                make_private_dir(folder)
                atomic_write_bytes(path, data)
            except OSError as exc:
                raise WriteFailedError(path, exc) from exc
            report.added.append(case_id)
            continue
        try:
            current: bytes | None = path.read_bytes()
        except OSError:
            current = None
        if current == data:
            report.same.append(case_id)
            continue
        newer_here = current is not None and _changed(path) > str(
            manifest["cases"][case_id].get("changed", "")
        )
        if newer_here and current is not None and not ask(case_id, _name(current)):
            report.kept.append(case_id)
            continue
        try:
            with CaseLock(library.layout.lock_file(case_id), case_id):
                if current is not None:
                    add_backup(library.layout.backups_dir(case_id), current, datetime.now(UTC))
                atomic_write_bytes(path, data)
        except CaseLockedError:
            report.locked.append(case_id)
            continue
        except OSError as exc:
            raise WriteFailedError(path, exc) from exc
        report.replaced.append(case_id)
    return report


def _name(data: bytes) -> str:
    if is_encrypted(data):
        return ""
    try:
        return _parse(data).applicant.name
    except Exception:
        return ""

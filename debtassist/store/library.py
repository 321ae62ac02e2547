"""The case library: every case of the user, in ``<data>/cases`` (see ``debtassist.store.paths``).

Reading (``list_cases``, ``load``, ``export_case``) takes no lock. Everything that writes a case holds its
lock (``CaseLock``), which is also why stale temp files can be removed at once before a save: with the lock
held no other writer of that case exists.

A case can be protected with a passphrase (``set_passphrase``): its ``case.json``, backups and kept-aside damaged
files are then envelopes of ``debtassist.store.crypto``, encrypted in memory before they are written. Methods that
read a protected case take the passphrase (a ``str``, or a ``crypto.Passphrase`` to reuse derived keys) and raise
``PassphraseRequiredError`` without it, ``WrongPassphraseError`` with a wrong one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from debtassist import __version__
from debtassist.model.case import Case, CaseStatus, Route
from debtassist.model.codec import CaseLoadError, case_from_json, case_to_json, read_case_bytes
from debtassist.rules.validators import mask_national_id
from debtassist.store.atomic import atomic_write_bytes, is_temp_name, remove_stale_temps
from debtassist.store.backups import (
    add_backup,
    backup_ref,
    list_backups,
    parse_stamp,
    prune_backups,
    refuse_link,
    stamp,
)
from debtassist.store.crypto import HEAD_BYTES, CaseKey, Passphrase, is_encrypted, read_envelope
from debtassist.store.errors import (
    BackupRef,
    CaseUnreadableError,
    EncryptedDamagedError,
    ImportFailedError,
    PassphraseRequiredError,
    ReadOnlyError,
    StoreError,
    WriteFailedError,
    WrongPassphraseError,
)
from debtassist.store.lock import CaseLock
from debtassist.store.paths import (
    CASE_FILE,
    PACKET_FILE,
    DataLayout,
    check_case_id,
    data_dir,
    ensure_dir,
    is_valid_case_id,
    make_private_dir,
)

_TRASH_NAME = re.compile(r"(?P<case_id>[A-Za-z0-9_-]{1,64})\.(?P<stamp>\d{8}T\d{6}\.\d{6}Z)")
_DAMAGED_NAME = re.compile(r"damaged-\d{8}T\d{6}\.\d{6}Z\.json")

# Why a lock cannot be taken when the data folder is on a read-only disk (or not writable by this user).
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})

# A passphrase as callers give it: text, or a Passphrase that keeps the keys derived from it.
Secret = str | Passphrase


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list. When ``readable`` is False, ``error_kind`` is the codec's
    ``CaseLoadError`` kind (not_found, unreadable, not_regular, not_json, too_deep, not_a_case, newer_schema,
    invalid), or encrypted_damaged / kdf_too_costly / encryption_unsupported for a protected file, and the other
    fields are empty.

    A ``protected`` case is listed without its passphrase: applicant name, ID, route and status are hidden (empty
    or None) and ``updated`` is the time the file was last written."""

    case_id: str
    applicant_name: str = ""
    national_id_masked: str = ""
    route: Route | None = None
    status: CaseStatus | None = None
    updated: datetime | None = None
    readable: bool = True
    error_kind: str | None = None
    protected: bool = False


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


def _secret(passphrase: Secret | None) -> Passphrase | None:
    return passphrase if passphrase is None or isinstance(passphrase, Passphrase) else Passphrase(passphrase)


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes; ``CaseLoadError`` (not_found, not_regular, unreadable) as the codec says it."""
    return read_case_bytes(path)


def _parse(data: bytes) -> Case:
    """``case_from_json`` that only ever raises ``CaseLoadError``, whatever the bytes are."""
    try:
        return case_from_json(data)[0]
    except CaseLoadError:
        raise
    except (
        ValueError,
        RecursionError,
    ) as exc:  # e.g. an integer too long for int(): a ValueError, not JSON's
        raise CaseLoadError("not_json", {"line": 1, "column": 1, "reason": str(exc)}) from None


def _is_plain_file(path: Path) -> bool:
    """A regular file, not a link."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _kept_files(case_dir: Path) -> list[Path]:
    """The files a case keeps besides its case file: damaged copies kept aside and backups (regular files only,
    never through a linked ``backups/``)."""
    files = [case_dir / name for name in os.listdir(case_dir) if _DAMAGED_NAME.fullmatch(name)]
    backups = case_dir / "backups"
    if backups.is_dir() and not backups.is_symlink():
        files += [backups / name for name in os.listdir(backups) if not is_temp_name(name)]
    return [path for path in files if _is_plain_file(path)]


def _read_case_file(path: Path) -> Case:
    return _parse(_read_bytes(path))


def _plaintext(data: bytes, case_id: str, secret: Passphrase | None) -> bytes:
    """Stored bytes as they are, or decrypted if they are an envelope (of ``case_id``)."""
    if not is_encrypted(data):
        return data
    if secret is None:
        raise PassphraseRequiredError(case_id)
    return secret.open(read_envelope(data), case_id)


def _file_is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return is_encrypted(file.read(HEAD_BYTES))
    except OSError:
        return False


def _with_id(case: Case, case_id: str) -> Case:
    # The folder name is the identity; a file copied by hand into another folder must not claim two places.
    return case if case.case_id == case_id else case.replace(case_id=case_id)


def _encode(case: Case) -> tuple[bytes, Case]:
    """The bytes to write and the case read back from them: nothing is written that would not load again."""
    try:
        data = case_to_json(case).encode("utf-8")
        return data, case_from_json(data)[0]
    except (UnicodeEncodeError, CaseLoadError, ValueError) as exc:
        raise StoreError("not_saveable") from exc


def _content(case: Case) -> dict[str, Any]:
    # What a save is about: everything but the bookkeeping that a save itself changes.
    return case.to_document(exclude={"meta": {"updated", "app_version"}})


def _substance(case: Case) -> dict[str, Any]:
    # What the person changed: also without the page the wizard was left on (moving around is no change).
    return case.to_document(exclude={"meta": {"updated", "app_version", "wizard_page"}})


def _protected_summary(case_id: str, path: Path, data: bytes) -> CaseSummary:
    try:
        if read_envelope(data).case_id != case_id:
            raise EncryptedDamagedError()
        updated = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except StoreError as exc:
        return CaseSummary(case_id, readable=False, error_kind=exc.kind, protected=True)
    except OSError:
        return CaseSummary(case_id, readable=False, error_kind="unreadable", protected=True)
    return CaseSummary(case_id, updated=updated, protected=True)


def _summary(case_id: str, path: Path) -> CaseSummary:
    try:
        data = _read_bytes(path)
        if is_encrypted(data):
            return _protected_summary(case_id, path, data)
        case = _parse(data)
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
    """A case open for editing: holds its lock until ``close`` (or the end of a ``with`` block). A protected
    case's handle keeps the key derived from its passphrase in memory, to save encrypted.

    A ``read_only`` handle (``lock`` None) is what ``CaseLibrary.open`` gives when the data folder cannot be
    written (a read-only disk): the case can be read and shown, and every save raises ``ReadOnlyError``."""

    def __init__(
        self,
        library: CaseLibrary,
        case_id: str,
        case: Case,
        lock: CaseLock | None,
        key: CaseKey | None = None,
    ) -> None:
        self._library = library
        self.case_id = case_id
        self._case = case
        self._lock = lock
        self._key = key
        self._closed = False

    @property
    def case(self) -> Case:
        """The case as last loaded or saved."""
        return self._case

    @property
    def closed(self) -> bool:
        return self._closed if self._lock is None else not self._lock.held

    @property
    def read_only(self) -> bool:
        """Whether the case was opened read-only: nothing can be saved (``ReadOnlyError``)."""
        return self._lock is None

    @property
    def protected(self) -> bool:
        """Whether saves are encrypted (the case has a passphrase)."""
        return self._key is not None

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError("this case handle is closed")
        if self.read_only:
            raise ReadOnlyError(self._library.layout.case_dir(self.case_id))

    def save(self, case: Case) -> Case:
        """Save ``case`` (a backup of the previous version is kept) and return it as stored, with its meta
        updated. Raises ``WriteFailedError`` with the previous file intact."""
        self._check_open()
        if case.case_id != self.case_id:
            raise ValueError(f"case {case.case_id!r} cannot be saved through the handle of {self.case_id!r}")
        self._case = self._library._write(self.case_id, case, key=self._key)
        return self._case

    def set_passphrase(self, passphrase: Secret, current: Secret | None = None) -> None:
        """``CaseLibrary.set_passphrase`` for the case open in this handle (it holds the lock)."""
        self._check_open()
        new = _secret(passphrase)
        assert new is not None
        self._key = self._library._rekey(self.case_id, _secret(current), new)

    def remove_passphrase(self, passphrase: Secret) -> None:
        """``CaseLibrary.remove_passphrase`` for the case open in this handle (it holds the lock)."""
        self._check_open()
        self._key = self._library._rekey(self.case_id, _secret(passphrase), None)

    def close(self) -> None:
        if self._lock is None:
            self._closed = True
        else:
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
        """All cases, most recently updated first. A damaged file gives a row with ``readable=False``; a
        protected case a row with ``protected=True`` and its personal data hidden (no passphrase needed)."""
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

    def _check_exists(self, case_id: str) -> None:
        if not self.exists(check_case_id(case_id)):
            raise StoreError("not_found", case_id=case_id)

    def is_protected(self, case_id: str) -> bool:
        """Whether the case has a passphrase (its ``case.json`` is an envelope). Reads only the first bytes."""
        self._check_exists(case_id)
        return _file_is_encrypted(self.layout.case_file(case_id))

    def load(self, case_id: str, passphrase: Secret | None = None) -> Case:
        """The case, read-only (no lock). Raises ``CaseUnreadableError`` if its file cannot be read,
        ``PassphraseRequiredError``/``WrongPassphraseError`` for a protected case without/with a wrong
        passphrase. The passphrase is ignored for a case that is not protected."""
        return self._load(case_id, _secret(passphrase))[0]

    def _load(self, case_id: str, secret: Passphrase | None) -> tuple[Case, CaseKey | None]:
        """The case and, if it is protected, the key it is encrypted with."""
        self._check_exists(case_id)
        path = self.layout.case_file(case_id)
        try:
            data = _read_bytes(path)
            if not is_encrypted(data):
                return _with_id(_parse(data), case_id), None
            if secret is None:
                raise PassphraseRequiredError(case_id)
            envelope = read_envelope(data)
            key = secret.unlock(envelope)
            return _with_id(_parse(key.open(envelope, case_id)), case_id), key
        except (CaseLoadError, EncryptedDamagedError) as exc:
            raise CaseUnreadableError(case_id, path, exc, self._good_backup(case_id, secret)) from exc

    def open(self, case_id: str, passphrase: Secret | None = None) -> CaseHandle:
        """Open for editing. Raises ``CaseLockedError`` if open elsewhere, ``CaseUnreadableError`` if the
        file is damaged, ``PassphraseRequiredError``/``WrongPassphraseError`` as ``load``,
        ``UnsafePathError`` if the case folder or its ``backups/`` is a symbolic link.

        On a read-only disk (the lock cannot be written: EROFS, EACCES, EPERM) the case opens read-only: the
        handle's ``read_only`` is True and its saves raise ``ReadOnlyError``. Otherwise backups beyond the
        bound (left by saves killed between backup and prune) and dead writers' temp files are removed."""
        self._check_exists(case_id)
        self._check_writable_dirs(case_id)
        secret = _secret(passphrase)
        lock = CaseLock(self.layout.lock_file(case_id), case_id)
        try:
            lock.acquire()
        except WriteFailedError as exc:
            if exc.errno not in _READ_ONLY_ERRNOS:
                raise
            case, key = self._load(case_id, secret)
            return CaseHandle(self, case_id, case, None, key)
        try:
            case, key = self._load(case_id, secret)
            backups = self.layout.backups_dir(case_id)
            remove_stale_temps(backups, older_than=0)  # the lock is held: no live writer
            prune_backups(backups)
        except BaseException:
            lock.release()
            raise
        return CaseHandle(self, case_id, case, lock, key)

    def _check_writable_dirs(self, case_id: str) -> None:
        """``UnsafePathError`` if the case folder or its backups folder is a symbolic link."""
        refuse_link(self.layout.case_dir(case_id))
        refuse_link(self.layout.backups_dir(case_id))

    # -- backups ------------------------------------------------------------------------------------------

    def backups(self, case_id: str) -> list[BackupRef]:
        """The case's backups, newest first."""
        return list_backups(self.layout.backups_dir(case_id))

    def _good_backup(self, case_id: str, secret: Passphrase | None) -> BackupRef | None:
        for ref in self.backups(case_id):
            with contextlib.suppress(CaseLoadError, StoreError):
                data = _read_bytes(ref.path)
                if is_encrypted(data) and secret is None:
                    # Its content cannot be checked without the passphrase: offer it if it is well formed.
                    if read_envelope(data).case_id == case_id:
                        return ref
                    continue
                _parse(_plaintext(data, case_id, secret))
                return ref
        return None

    def recover(self, case_id: str, passphrase: Secret | None = None) -> tuple[Case, Path]:
        """The newest backup that loads, and its path. Raises ``StoreError("no_backup")`` if none does;
        ``PassphraseRequiredError`` at the first protected backup if no passphrase is given, and
        ``WrongPassphraseError`` if protected backups exist but the passphrase opens none of them."""
        secret = _secret(passphrase)
        wrong = False
        for ref in self.backups(case_id):
            try:
                data = _read_bytes(ref.path)
                return _with_id(_parse(_plaintext(data, case_id, secret)), case_id), ref.path
            except WrongPassphraseError:
                wrong = (
                    True  # perhaps left under an earlier passphrase by an interrupted change: try the next
                )
            except (CaseLoadError, EncryptedDamagedError):
                continue
        if wrong:
            raise WrongPassphraseError()
        raise StoreError("no_backup", case_id=case_id)

    def restore_backup(self, case_id: str, backup_path: Path, passphrase: Secret | None = None) -> Case:
        """Make a backup the current version (under the lock). The version it replaces is backed up in turn,
        or, if damaged, kept beside as ``damaged-<time>.json``. A protected case stays protected."""
        self._check_exists(case_id)
        self._check_writable_dirs(case_id)
        secret = _secret(passphrase)
        ref = backup_ref(backup_path)
        folder = self.layout.backups_dir(case_id)
        if ref is None or backup_path.parent.resolve() != folder.resolve():
            raise StoreError("bad_backup", path=str(backup_path))
        with CaseLock(self.layout.lock_file(case_id), case_id):
            try:
                data = _read_bytes(backup_path)
                case = _parse(_plaintext(data, case_id, secret))
            except (CaseLoadError, EncryptedDamagedError) as exc:
                raise StoreError("bad_backup", path=str(backup_path)) from exc
            key = self._write_key(case_id, secret, data)
            return self._write(case_id, _with_id(case, case_id), key=key)

    def _write_key(self, case_id: str, secret: Passphrase | None, restored: bytes) -> CaseKey | None:
        """The key to save the case with when no handle gives one, as the ``restored`` file replaces the case
        file: None if the case is not protected; else the key of its envelope (so the case keeps one salt), or
        a new one. The case is protected if its file is an envelope, or if that file is damaged and the
        restored one is an envelope."""
        current = b""
        with contextlib.suppress(CaseLoadError):
            current = _read_bytes(self.layout.case_file(case_id))
        if not is_encrypted(current):
            if not is_encrypted(restored):
                return None
            with contextlib.suppress(CaseLoadError):
                _parse(current)
                return None  # an unprotected case stays so
        if secret is None:
            raise PassphraseRequiredError(case_id)
        for data in (current, restored):
            with contextlib.suppress(EncryptedDamagedError):
                if is_encrypted(data):
                    return secret.unlock(read_envelope(data))
        return secret.new_key()

    # -- passphrase ---------------------------------------------------------------------------------------

    def set_passphrase(self, case_id: str, passphrase: Secret, current: Secret | None = None) -> None:
        """Protect a case with ``passphrase``, or change its passphrase (then ``current`` must be the present
        one). The case file, its backups and kept-aside damaged files are all rewritten encrypted, each
        atomically; temp files of dead writers are removed. Takes the lock: for a case open in a window use
        ``CaseHandle.set_passphrase``. Raises ``PassphraseRequiredError``/``WrongPassphraseError`` about
        ``current`` (nothing changed), ``StoreError("passphrase_empty")``."""
        self._check_exists(case_id)
        new = _secret(passphrase)
        assert new is not None
        if new.empty:
            raise StoreError("passphrase_empty")
        with CaseLock(self.layout.lock_file(case_id), case_id):
            self._rekey(case_id, _secret(current), new)

    def remove_passphrase(self, case_id: str, passphrase: Secret) -> None:
        """Store the case, its backups and damaged files unencrypted again. Nothing to do if it is not
        protected. ``WrongPassphraseError`` (nothing changed) if ``passphrase`` is not its passphrase."""
        self._check_exists(case_id)
        with CaseLock(self.layout.lock_file(case_id), case_id):
            self._rekey(case_id, _secret(passphrase), None)

    def _rekey(
        self, case_id: str, current: Passphrase | None, new: Passphrase | None, *, from_id: str | None = None
    ) -> CaseKey | None:
        """Rewrite every file of the case under ``new`` (None: unencrypted); return the new key. The caller holds
        the lock. ``current`` opens the present files (which are bound to ``from_id``, the case's id so far).

        The case file is checked first (nothing is written if ``current`` does not open it) and rewritten last,
        so until it is, the case is still as it was: an interrupted call is simply repeated. Backups and damaged
        files that neither passphrase opens cannot be rewritten and are removed.

        Protecting (``new`` given) also covers what lies beside and behind the case: the packet built in the
        window (``packet.pdf``, plaintext: removed, the window rebuilds it in memory) and every trashed copy of
        the same case, whose plain files are encrypted too (files there that neither passphrase opens are
        already protected and are left as they are)."""
        from_id = from_id or case_id
        self._check_writable_dirs(case_id)
        case_dir = self.layout.case_dir(case_id)
        path = case_dir / CASE_FILE
        backups = self.layout.backups_dir(case_id)
        try:
            data = _read_bytes(path)
            if is_encrypted(data) and current is None:
                raise PassphraseRequiredError(case_id)
            plain = _plaintext(data, from_id, current)
            _parse(plain)
        except (CaseLoadError, EncryptedDamagedError) as exc:
            raise CaseUnreadableError(case_id, path, exc, self._good_backup(case_id, current)) from exc
        if not is_encrypted(data) and new is None and from_id == case_id:
            return None  # not protected: nothing to remove
        key = new.new_key() if new is not None else None
        openers = [secret for secret in (current, new) if secret is not None]

        def converted(raw: bytes, bound_to: str) -> bytes | None:
            if is_encrypted(raw):
                inner: bytes | None = None
                for secret in openers:
                    with contextlib.suppress(StoreError):
                        inner = secret.open(read_envelope(raw), bound_to)
                        break
                if inner is None:
                    return None
            else:
                inner = raw
            return key.seal(inner, case_id) if key is not None else inner

        try:
            # Any temp file here is a dead writer's (the lock is held) and may hold plaintext.
            remove_stale_temps(case_dir, older_than=0)
            remove_stale_temps(backups, older_than=0)
            for other in _kept_files(case_dir):
                result = converted(other.read_bytes(), from_id)
                if result is None:
                    other.unlink()
                else:
                    atomic_write_bytes(other, result)
            if key is not None:
                (case_dir / PACKET_FILE).unlink(missing_ok=True)
                for entry in self.trashed():
                    if entry.case_id == case_id:
                        self._protect_trashed(self.layout.trash / entry.name, case_id, key, converted)
            atomic_write_bytes(path, key.seal(plain, case_id) if key is not None else plain)
        except OSError as exc:
            raise WriteFailedError(path, exc) from exc
        return key

    @staticmethod
    def _protect_trashed(
        folder: Path, case_id: str, key: CaseKey, converted: Callable[[bytes, str], bytes | None]
    ) -> None:
        """Encrypt the plain files of a trashed copy of ``case_id`` (its case file, backups, damaged copies) with
        ``key`` and remove its packet. Never through a link; files no passphrase at hand opens stay as they are."""
        if folder.is_symlink() or (folder / "backups").is_symlink():
            return
        remove_stale_temps(folder, older_than=0)  # the case's lock is held, and a trashed copy has no writer
        remove_stale_temps(folder / "backups", older_than=0)
        (folder / PACKET_FILE).unlink(missing_ok=True)
        case_file = folder / CASE_FILE
        for path in [*_kept_files(folder), *([case_file] if _is_plain_file(case_file) else [])]:
            result = converted(path.read_bytes(), case_id)
            if result is not None:
                atomic_write_bytes(path, result)

    # -- writing ------------------------------------------------------------------------------------------

    def _write(self, case_id: str, case: Case, *, touch: bool = True, key: CaseKey | None = None) -> Case:
        """Store ``case`` as the case file, encrypted with ``key`` if given. The caller holds the case lock.
        ``touch``: set meta.updated."""
        case_dir = self.layout.case_dir(case_id)
        path = case_dir / CASE_FILE
        now = _now()
        meta: dict[str, Any] = {"app_version": __version__}
        if touch or case.meta.updated is None:
            meta["updated"] = now
        if case.meta.created is None:
            meta["created"] = now
        new = case.replace(case_id=case_id, meta=case.meta.replace(**meta))
        self._check_writable_dirs(case_id)
        self._set_aside_if_not_a_file(path, now)
        try:
            old_data: bytes | None = path.read_bytes()
        except FileNotFoundError:
            old_data = None
        except OSError as exc:
            raise StoreError("read_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
        old: Case | None = None
        keep = False  # whether the old file is a version to back up (else, if there is one, it is damaged)
        if old_data is not None:
            old_encrypted = is_encrypted(old_data)
            if old_encrypted and key is None:
                raise PassphraseRequiredError(case_id)  # never silently replace a protected file by plaintext
            old_plain: bytes | None = old_data
            if old_encrypted and key is not None:
                try:
                    old_plain = key.open(read_envelope(old_data), case_id)
                except WrongPassphraseError:
                    old_plain, keep = None, True  # intact, under another salt: back it up as it is
                except StoreError:
                    old_plain = None
            if old_plain is not None:
                with contextlib.suppress(CaseLoadError, ValueError, RecursionError):
                    old = case_from_json(old_plain)[0]
                    keep = True
            if (
                touch
                and old is not None
                and old.meta.updated is not None
                and _substance(old) == _substance(new)
            ):
                # Only the wizard's page moved: saved, but the "last change" stays the person's last change.
                new = new.replace(meta=new.meta.replace(updated=old.meta.updated))
            # Unchanged: no rewrite, no backup. Unless the file is not in today's canonical form (an older
            # schema version, a hand edit) or not protected as asked: then it is rewritten, and the original kept
            # as a backup.
            if (
                old is not None
                and _content(old) == _content(new)
                and old_plain == case_to_json(old).encode()
                and old_encrypted == (key is not None)
            ):
                return old
            if key is not None and not old_encrypted:
                old_data = key.seal(old_data, case_id)  # what a protected case keeps is encrypted too
        data, stored = _encode(new)
        if key is not None:
            data = key.seal(data, case_id)
        try:
            backups = self.layout.backups_dir(case_id)
            ensure_dir(backups)
            remove_stale_temps(case_dir, older_than=0)
            remove_stale_temps(backups, older_than=0)
            if old_data is not None and keep:
                add_backup(backups, old_data, now)
            elif old_data is not None:
                # Never overwrite the only copy of a damaged file: someone may still rescue it by hand.
                atomic_write_bytes(case_dir / f"damaged-{stamp(now)}.json", old_data)
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise WriteFailedError(path, exc) from exc
        return stored

    @staticmethod
    def _set_aside_if_not_a_file(path: Path, now: datetime) -> None:
        """A case file that is not a file (a folder, a FIFO: put there by hand or by a sync tool) cannot be
        read or replaced: move it aside as ``damaged-<time>`` in the case folder, untouched, so the case can be
        written again and nothing of the user's is deleted. The caller holds the lock."""
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError("read_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
        if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
            return
        try:
            os.rename(path, path.with_name(f"damaged-{stamp(now)}"))
        except OSError as exc:
            raise WriteFailedError(path, exc) from exc

    def _create(self, case: Case, *, fresh_id: bool, touch: bool, secret: Passphrase | None = None) -> str:
        """Add ``case`` as a new case folder, protected with ``secret`` if given; keep its id unless asked not to
        or already taken."""
        key = secret.new_key() if secret is not None else None
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
                self._write(case_id, case.replace(case_id=case_id), touch=touch, key=key)
        except BaseException:
            shutil.rmtree(self.layout.case_dir(case_id), ignore_errors=True)
            raise
        return case_id

    def create(self, case: Case) -> str:
        """Add a new case; returns its id (the case's own, unless that is taken or unusable as a name)."""
        return self._create(case, fresh_id=False, touch=True)

    def duplicate(self, case_id: str, passphrase: Secret | None = None) -> str:
        """A copy of a case under a new id, as a new draft (created now, status in progress). The copy of a
        protected case is protected with the same passphrase."""
        secret = _secret(passphrase)
        case, key = self._load(case_id, secret)
        meta = case.meta.replace(created=None, updated=None, status=CaseStatus.IN_PROGRESS)
        copy = case.replace(meta=meta).clone()
        return self._create(copy, fresh_id=True, touch=True, secret=secret if key is not None else None)

    def import_case(self, src_path: Path, passphrase: Secret | None = None) -> str:
        """Add a case from a file (older formats are migrated and stored in the current one); returns its id,
        a fresh one if the library already has the file's id. The file's own meta times are kept.

        A protected file (an encrypted export) needs its passphrase (``PassphraseRequiredError`` without it,
        ``WrongPassphraseError`` with a wrong one; nothing is imported) and the imported case stays protected
        with it."""
        secret = _secret(passphrase)
        protected = False
        try:
            data = _read_bytes(src_path)
            if is_encrypted(data):
                envelope = read_envelope(data)
                if secret is None:
                    raise PassphraseRequiredError(envelope.case_id)
                data = secret.open(envelope, envelope.case_id)
                protected = True
            case = _parse(data)
        except (CaseLoadError, EncryptedDamagedError) as exc:
            raise ImportFailedError(src_path, exc) from exc
        return self._create(case, fresh_id=False, touch=False, secret=secret if protected else None)

    def export_case(
        self, case_id: str, dest_path: Path, passphrase: Secret | None = None, *, decrypt_export: bool = False
    ) -> None:
        """Write the case to ``dest_path`` (atomically, private file): canonical JSON, or for a protected case
        its envelope exactly as stored (checked with ``passphrase`` if one is given). A protected case is
        exported decrypted only with ``decrypt_export=True`` and its passphrase."""
        self._check_exists(case_id)
        secret = _secret(passphrase)
        path = self.layout.case_file(case_id)
        data = b""
        with contextlib.suppress(CaseLoadError):
            data = _read_bytes(path)  # if it cannot be read, _load below says so
        if is_encrypted(data) and not decrypt_export:
            try:
                envelope = read_envelope(data)
                if envelope.case_id != case_id:
                    raise EncryptedDamagedError()
                if secret is not None:
                    secret.open(envelope, case_id)
            except EncryptedDamagedError as exc:
                raise CaseUnreadableError(case_id, path, exc, self._good_backup(case_id, secret)) from exc
        else:
            data, _ = _encode(self._load(case_id, secret)[0])
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

    def restore_from_trash(self, name: str, passphrase: Secret | None = None) -> str:
        """Put a trashed case back; returns its id (a fresh one if the id is in use again). A protected case
        that has to take a fresh id needs its passphrase, since its files are bound to the id and are
        re-encrypted for the new one (``PassphraseRequiredError``/``WrongPassphraseError``: nothing moved)."""
        entry = self._trash_entry(name)
        source = self.layout.trash / name
        case_id = entry.case_id
        while self.exists(case_id):
            case_id = _new_id()
        secret = _secret(passphrase)
        rebind = case_id != entry.case_id and _file_is_encrypted(source / CASE_FILE)
        if rebind:
            try:
                _plaintext(_read_bytes(source / CASE_FILE), entry.case_id, secret)  # check before moving
            except CaseLoadError as exc:
                raise CaseUnreadableError(entry.case_id, source / CASE_FILE, exc, None) from exc
        try:
            ensure_dir(self.layout.cases)
            os.rename(source, self.layout.case_dir(case_id))
        except OSError as exc:
            raise WriteFailedError(self.layout.case_dir(case_id), exc) from exc
        if rebind:
            try:
                with CaseLock(self.layout.lock_file(case_id), case_id):
                    self._rekey(case_id, secret, secret, from_id=entry.case_id)
            except BaseException:
                # Its case file is still bound to the old id (it is rewritten last): back to the trash with it.
                with contextlib.suppress(OSError):
                    os.rename(self.layout.case_dir(case_id), source)
                raise
        return case_id

    def erase_from_trash(self, name: str) -> None:
        """Erase one trashed copy for good (with the backups it carries), leaving any live case with the same
        id alone."""
        entry = self._trash_entry(name)
        try:
            shutil.rmtree(self.layout.trash / entry.name)
        except OSError as exc:
            raise WriteFailedError(self.layout.trash / entry.name, exc) from exc

    def wipe(self, case_id: str) -> None:
        """Erase a case for good: its folder, backups and every trashed copy."""
        check_case_id(case_id)
        targets = [self.layout.trash / entry.name for entry in self.trashed() if entry.case_id == case_id]
        present = self.exists(case_id)
        if not present and not targets:
            raise StoreError("not_found", case_id=case_id)
        if present:
            refuse_link(self.layout.case_dir(case_id))  # erase the case, not what a link points to
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

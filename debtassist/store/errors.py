"""Errors a user can meet in the storage layer: each has a stable ``kind`` and a localized ``message(lang)``.

The GUI branches on ``kind`` (and on the subclass for the ones that carry extra data, such as the backup a
damaged case can be recovered from); the texts live in ``resources/translations/<lang>/core/store.json``.
"""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from debtassist.i18n import Lang, Msg, tr
from debtassist.logs import log
from debtassist.model.codec import CaseLoadError


def local_time_text(moment: datetime) -> str:
    """A moment as the user reads it: local time, minutes precision."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupRef(NamedTuple):
    """A backup file and the moment it was taken (parsed from its name)."""

    path: Path
    taken: datetime


class StoreError(Exception):
    """Kinds: invalid_id, not_found, write_failed, read_failed, locked, unreadable, no_backup, bad_backup,
    import_failed, not_in_trash, not_saveable, read_only, unsafe_path; for passphrase protection:
    passphrase_required, wrong_passphrase,
    encrypted_damaged, kdf_too_costly, encryption_unsupported, passphrase_empty."""

    def __init__(self, kind: str, **params: Any) -> None:
        super().__init__(kind)
        self.kind = kind
        self.params = params

    def __str__(self) -> str:
        return self.message("en")

    def message(self, lang: Lang) -> str:
        return tr(f"store.{self.kind}", lang, **self.params)


#: Why writing a file failed, for the errors people meet, by errno: ``store.reason.<name>`` in the user's
#: language. Any other errno is told by the system's own text (often English), as the only words there are.
WRITE_REASONS: dict[int, str] = {
    errno.ENOSPC: "disk_full",
    errno.EACCES: "no_permission",
    errno.EPERM: "no_permission",
    errno.EROFS: "read_only",
    errno.ENAMETOOLONG: "name_too_long",
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    WRITE_REASONS[errno.EDQUOT] = "quota"


def write_reason(exc: OSError) -> Msg | str:
    """Why ``exc`` stopped a file from being written, as a message parameter: the catalog's reason for the
    errnos of ``WRITE_REASONS`` (rendered in the message's language), else the system's text. The system's
    text and the errno go to the log either way (no path: paths can hold a name)."""
    log.warning("write failed: errno %s (%s)", exc.errno, exc.strerror or type(exc).__name__)
    name = WRITE_REASONS.get(exc.errno) if exc.errno is not None else None
    if name is not None:
        return Msg(f"store.reason.{name}")
    return exc.strerror or str(exc) or type(exc).__name__


def write_reason_text(exc: OSError, lang: Lang) -> str:
    """:func:`write_reason` as text in ``lang`` (for a message made elsewhere, e.g. the window's)."""
    reason = write_reason(exc)
    return reason.text(lang) if isinstance(reason, Msg) else reason


class WriteFailedError(StoreError):
    """Writing failed (read-only folder, disk full, ...); whatever was saved before is still intact."""

    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__("write_failed", path=str(path))
        self.path = path
        self.errno = exc.errno
        self.reason = write_reason(exc)
        self.__cause__ = exc

    def message(self, lang: Lang) -> str:
        return tr("store.write_failed", lang, path=str(self.path), reason=self.reason)


class ReadOnlyError(StoreError):
    """The case was opened read-only (its folder or the lock folder cannot be written: a read-only disk, say),
    so nothing can be saved there. ``path`` is the case folder."""

    def __init__(self, path: Path) -> None:
        super().__init__("read_only", path=str(path))
        self.path = path

    def message(self, lang: Lang) -> str:
        return tr("robust.store.read_only", lang, path=str(self.path))


class UnsafePathError(StoreError):
    """A folder or file of the library that the library would write or delete in is a symbolic link: it does
    not follow it (pruning backups through a linked ``backups/`` would delete files elsewhere)."""

    def __init__(self, path: Path) -> None:
        super().__init__("unsafe_path", path=str(path))
        self.path = path

    def message(self, lang: Lang) -> str:
        return tr("robust.store.unsafe_path", lang, path=str(self.path))


class CaseLockedError(StoreError):
    """Another window or process has the case open. ``pid``/``host``/``since`` are None when unknown."""

    def __init__(self, case_id: str, pid: int | None, host: str | None, since: datetime | None) -> None:
        super().__init__("locked", case_id=case_id)
        self.case_id = case_id
        self.pid = pid
        self.host = host
        self.since = since

    def message(self, lang: Lang) -> str:
        if self.pid is None or self.since is None:
            return tr("store.locked_unknown", lang)
        return tr(
            "store.locked", lang, since=local_time_text(self.since), pid=self.pid, host=self.host or "?"
        )


class PassphraseRequiredError(StoreError):
    """The case (or the file to import) is protected: ask for its passphrase and call again with it."""

    def __init__(self, case_id: str) -> None:
        super().__init__("passphrase_required", case_id=case_id)
        self.case_id = case_id


class WrongPassphraseError(StoreError):
    """The passphrase does not open this file (or the file's salt or KDF settings were altered)."""

    def __init__(self) -> None:
        super().__init__("wrong_passphrase")


class EncryptedDamagedError(StoreError):
    """A protected file that is not an intact envelope of this case: damaged, altered, cut short, or moved
    from another case. When the passphrase could be checked, it was right."""

    def __init__(self) -> None:
        super().__init__("encrypted_damaged")


class KdfTooCostlyError(EncryptedDamagedError):
    """A protected file whose KDF settings ask for far more memory or time than DebtAssist ever writes: it was
    crafted or altered, and is refused before any key derivation. ``cost`` describes what it asks for."""

    def __init__(self, cost: str) -> None:
        super().__init__()
        self.kind = "kdf_too_costly"
        self.params = {"cost": cost}

    def message(self, lang: Lang) -> str:
        return tr("robust.store.kdf_too_costly", lang, **self.params)


# Why a file cannot be read: the codec's error, or, for a protected file, the envelope's.
LoadProblem = CaseLoadError | EncryptedDamagedError


class CaseUnreadableError(StoreError):
    """The case file cannot be read. ``load_error`` says why (the codec's error, or ``EncryptedDamagedError`` for
    a protected file that is damaged); ``backup`` is the newest backup that does load (for a protected case read
    without its passphrase: the newest well-formed one), so the GUI can offer ``CaseLibrary.restore_backup`` with
    it, or None."""

    def __init__(self, case_id: str, path: Path, load_error: LoadProblem, backup: BackupRef | None) -> None:
        super().__init__("unreadable", case_id=case_id, path=str(path))
        self.case_id = case_id
        self.path = path
        self.load_error = load_error
        self.backup = backup
        self.__cause__ = load_error

    @property
    def load_kind(self) -> str:
        return self.load_error.kind

    def message(self, lang: Lang) -> str:
        lines = [tr("store.unreadable", lang, path=str(self.path)), self.load_error.message(lang)]
        if self.backup is None:
            lines.append(tr("store.unreadable.no_backup", lang))
        else:
            lines.append(
                tr("store.unreadable.backup_available", lang, time=local_time_text(self.backup.taken))
            )
        return "\n".join(lines)


class ImportFailedError(StoreError):
    """A file to import is not a readable case; ``load_error`` is the codec's explanation (or
    ``EncryptedDamagedError`` for a protected file that is damaged)."""

    def __init__(self, path: Path, load_error: LoadProblem) -> None:
        super().__init__("import_failed", path=str(path))
        self.path = path
        self.load_error = load_error
        self.__cause__ = load_error

    def message(self, lang: Lang) -> str:
        return tr("store.import_failed", lang, path=str(self.path)) + "\n" + self.load_error.message(lang)

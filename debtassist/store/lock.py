"""Per-case edit lock: one window, in one process, edits a case at a time.

The lock is an OS file lock (``filelock``: flock on POSIX, msvcrt on Windows) taken without waiting. The OS
drops it when the holding process dies, however it dies, so a lock file left behind by a crash never blocks:
that is the whole stale-lock recovery. Each ``CaseLock`` has its own non-singleton ``FileLock`` (its own file
descriptor), so two windows of one process conflict just like two processes do.

Beside the lock, ``<case_id>.owner.json`` records who holds it (pid, host, since, app version), only so the
"locked" message can say so. It is advisory: a leftover record is overwritten by the next holder.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from debtassist import __version__
from debtassist.store.atomic import FILE_MODE, atomic_write_text
from debtassist.store.errors import CaseLockedError, WriteFailedError
from debtassist.store.paths import chmod_private, ensure_dir

if TYPE_CHECKING:
    from filelock import FileLock


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: datetime
    app_version: str

    @classmethod
    def current(cls) -> LockOwner:
        import socket  # here: only taking a lock needs the host name (socket is 3 ms of the window's start-up)

        return cls(os.getpid(), socket.gethostname(), datetime.now(UTC), __version__)

    def to_json(self) -> str:
        record = {
            "pid": self.pid,
            "host": self.host,
            "since": self.since.isoformat(),
            "app_version": self.app_version,
        }
        return json.dumps(record) + "\n"


def read_owner(path: Path) -> LockOwner | None:
    """The owner record at ``path``, or None when missing or malformed (it is only advisory)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        since = datetime.fromisoformat(record["since"])
        pid = record["pid"]
        if type(pid) is not int or since.tzinfo is None:
            return None
        return LockOwner(pid, str(record.get("host", "")), since, str(record.get("app_version", "")))
    except (OSError, ValueError, TypeError, KeyError):
        return None


class CaseLock:
    """Exclusive edit lock of one case. ``acquire`` raises ``CaseLockedError`` at once if anyone holds it."""

    def __init__(self, lock_file: Path, case_id: str) -> None:
        self.case_id = case_id
        self.lock_file = lock_file
        self.owner_file = lock_file.with_name(f"{case_id}.owner.json")
        self._lock: FileLock | None = None  # made on first use: filelock is 13 ms of the window's start-up
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> None:
        if self._held:
            return
        from filelock import FileLock, Timeout

        if self._lock is None:
            # thread_local=False: a window may close its case from another thread than the one that opened it.
            self._lock = FileLock(
                self.lock_file, timeout=0, mode=FILE_MODE, thread_local=False, is_singleton=False
            )
        try:
            ensure_dir(self.lock_file.parent)
            self._lock.acquire(timeout=0, blocking=False)
        except Timeout:
            owner = read_owner(self.owner_file)
            if owner is None:
                raise CaseLockedError(self.case_id, None, None, None) from None
            raise CaseLockedError(self.case_id, owner.pid, owner.host, owner.since) from None
        except OSError as exc:
            raise WriteFailedError(self.lock_file, exc) from exc
        self._held = True
        with contextlib.suppress(OSError):
            chmod_private(self.lock_file)  # filelock only applies the mode when it creates the file
            atomic_write_text(self.owner_file, LockOwner.current().to_json())

    def release(self) -> None:
        if not self._held:
            return
        with contextlib.suppress(OSError):
            self.owner_file.unlink()
        self._held = False
        assert self._lock is not None  # held: made by acquire
        self._lock.release()

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

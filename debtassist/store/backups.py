"""Rolling backups of a case: ``backups/case-<UTC time, microseconds>.json``, newest ``KEEP`` kept.

Names sort in time order, so the folder listing is the history; the time in the name is when the backup was
taken, i.e. when the version it holds was replaced.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from debtassist.store.atomic import atomic_write_bytes
from debtassist.store.errors import BackupRef, UnsafePathError
from debtassist.store.paths import ensure_dir

KEEP = 10
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(r"case-(\d{8}T\d{6}\.\d{6}Z)\.json")


def stamp(moment: datetime) -> str:
    """A UTC time as used in file names: ``20240131T235959.123456Z``."""
    return moment.astimezone(UTC).strftime(_STAMP_FORMAT)


def parse_stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def backup_ref(path: Path) -> BackupRef | None:
    """The backup at ``path`` if its name is a backup name."""
    match = _NAME.fullmatch(path.name)
    taken = parse_stamp(match[1]) if match else None
    return BackupRef(path, taken) if taken else None


def list_backups(folder: Path) -> list[BackupRef]:
    """Backups in ``folder``, newest first; empty if there is no folder."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    refs = [ref for name in names if (ref := backup_ref(folder / name))]
    return sorted(refs, key=lambda ref: ref.taken, reverse=True)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def refuse_link(path: Path) -> Path:
    """``path``, unless it is a symbolic link (``UnsafePathError``): the store never writes or deletes through
    one, since a linked folder would make it act on files elsewhere."""
    if path.is_symlink():
        raise UnsafePathError(path)
    return path


def prune_backups(folder: Path, keep: int = KEEP) -> int:
    """Delete all but the newest ``keep`` backups in ``folder`` (every file with a backup name counts, leftovers
    of interrupted saves included); return how many were deleted. Only plain files are deleted, never through a
    linked folder (``UnsafePathError``). Deletion failures are ignored (the next prune tries again)."""
    refuse_link(folder)
    removed = 0
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            if not old.path.is_symlink() and old.path.is_file():
                old.path.unlink()
                removed += 1
    return removed


def add_backup(folder: Path, data: bytes, now: datetime, keep: int = KEEP) -> BackupRef:
    """Write ``data`` as the newest backup and drop all but the newest ``keep``. Raises OSError, and
    ``UnsafePathError`` if ``folder`` is a symbolic link."""
    ensure_dir(refuse_link(folder))
    existing = list_backups(folder)
    # Saves that keep failing after the backup step (a read-only case folder, say) must not flood the history
    # with copies of one version and roll the older ones out. Pruned all the same: a save killed between its
    # backup and its prune left one too many.
    if existing and _same_bytes(existing[0].path, data):
        prune_backups(folder, keep)
        return existing[0]
    moment = now
    # Never name it older than the newest one (the clock may have gone back), or pruning would drop it.
    if existing and moment <= existing[0].taken:
        moment = existing[0].taken + timedelta(microseconds=1)
    path = folder / f"case-{stamp(moment)}.json"
    atomic_write_bytes(path, data)
    prune_backups(folder, keep)
    return BackupRef(path, moment)

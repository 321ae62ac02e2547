"""Atomic file replacement: after a crash or power loss a file holds either its old or its new content.

The new content goes to a temp file in the same folder (same file system, so the rename is atomic), is
flushed and fsynced, then renamed over the target with ``os.replace``; on POSIX the folder is fsynced too so
the rename itself is durable. Any failure removes the temp file and leaves the target untouched.

Temp files are named ``.<target name>.<16 hex>.tmp``. A writer killed mid-write leaves one behind; see
``remove_stale_temps``. This module uses the standard library only (the crash test starts it thousands of
times).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from pathlib import Path

FILE_MODE = 0o600
_TEMP = re.compile(r"\.(?P<target>.+)\.[0-9a-f]{16}\.tmp")
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def temp_name_for(target: Path) -> str:
    # os.urandom is what secrets.token_hex reads; secrets itself imports hmac, hashlib and random (2.5 ms of
    # every command that imports the store's paths, a check among them)
    return f".{target.name}.{os.urandom(8).hex()}.tmp"


def is_temp_name(name: str, target_name: str | None = None) -> bool:
    match = _TEMP.fullmatch(name)
    return match is not None and (target_name is None or match["target"] == target_name)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace(source: str, target: str) -> None:
    if sys.platform != "win32":
        os.replace(source, target)
        return
    # Windows refuses to replace a file another program (virus scanner, indexer) holds open for a moment.
    for attempt in range(5):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == 4:
                raise
            time.sleep(0.05 * (attempt + 1))


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Best effort: some file systems cannot fsync a folder."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; the file is private (0o600). Raises OSError on failure, with
    ``path`` as it was."""
    folder = path.parent
    temp = folder / temp_name_for(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, FILE_MODE)
    try:
        try:
            if sys.platform != "win32":
                os.fchmod(fd, FILE_MODE)  # the creation mode is filtered by the umask; this is not
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        _replace(str(temp), str(path))
    except BaseException:
        # BaseException too: a KeyboardInterrupt must not leave a temp file either.
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_dir(folder)


def atomic_write_text(path: Path, text: str) -> None:
    """``atomic_write_bytes`` with UTF-8 text, written as is (no newline translation)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def remove_stale_temps(folder: Path, target_name: str | None = None, older_than: float = 60.0) -> int:
    """Delete temp files this module left in ``folder`` (for ``target_name``, or any target) that are older
    than ``older_than`` seconds; return how many. Never raises.

    A temp file only outlives its write when the writer died mid-write. A caller that holds the lock of the
    files it writes (the case library does) knows no other writer exists and passes ``older_than=0``; anyone
    else uses the default age, which no live write comes near."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not is_temp_name(entry.name, target_name):
            continue
        with contextlib.suppress(OSError):
            if now - entry.stat(follow_symlinks=False).st_mtime >= older_than:
                os.unlink(entry.path)
                removed += 1
    return removed

"""Logging that never records personal data.

Log records name cases by their random id and describe events by kind, counts, sizes and durations — never a
name, national ID, address, phone or amount. As a second line of defence, a filter masks anything that looks
like a national ID or a long number before a record is written. The log lives in the user log folder
(platformdirs) and rotates; ``DEBTASSIST_LOG_LEVEL`` (or ``--log-level``) sets the level (default WARNING).
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
import traceback
from pathlib import Path

from platformdirs import user_log_path

LOG_ENV = "DEBTASSIST_LOG_LEVEL"
LOG_DIR_ENV = "DEBTASSIST_LOG_DIR"
LOG_FILE_MODE = 0o600  # the folder is 0o700; the file is private too, whatever the umask
_ID = re.compile(r"\b[A-Za-z][12689]\d{8}\b")
_NUMBER = re.compile(r"\d[\d,]{4,}")

log = logging.getLogger("debtassist")


class RedactFilter(logging.Filter):
    """Mask national-ID-shaped text and numbers of five or more digits in the formatted message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _NUMBER.sub("#", _ID.sub("[id]", message))
        if masked != message:
            record.msg, record.args = masked, None
        return True


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else user_log_path("debtassist", appauthor=False)


def _private_rotating_handler(path: Path) -> logging.Handler:
    """A rotating log whose every file is created 0o600 (``open`` would apply the umask: 0o644 mostly)."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
            fd = os.open(self.baseFilename, flags, LOG_FILE_MODE)
            if sys.platform != "win32":
                os.fchmod(fd, LOG_FILE_MODE)  # also a file an older version left world-readable
            return open(fd, "a", encoding=self.encoding, errors=self.errors)

        def handleError(self, record: logging.LogRecord) -> None:
            """A record that cannot be written (a full disk): lost, silently, like a log that cannot be opened
            (logging's default prints a traceback of its own on standard error)."""

    return PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


class LogFile(logging.Handler):
    """The log file, opened when the first record reaches it: at the default level most runs log nothing, and
    ``logging.handlers`` is 4 ms of a cold command. ``file`` is the rotating handler once it is open."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            try:
                self.file = _private_rotating_handler(self.path)
            except OSError:  # the folder was writable when the log was set up; off, and silent, as then
                self.file = logging.NullHandler()
            self.file.setFormatter(self.formatter)
        self.file.emit(record)  # under this handler's lock; the rotating handler is used through it only

    def handleError(self, record: logging.LogRecord) -> None:
        """As the file's: a log that cannot be written never shows on standard error."""

    def close(self) -> None:
        try:
            if self.file is not None:
                self.file.close()
        except OSError:  # its last records could not be written either (a full disk): lost, silently
            pass
        super().close()


def log_unexpected(where: str, exc: BaseException) -> None:
    """Record an unexpected error: its type and the stack (files, lines, functions), never its message, which
    may quote what the user typed (``ValueError: invalid literal ... '王小明'``)."""
    # Where, not what: file, line and function of each frame, without the source lines.
    frames = "\n".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(exc.__traceback__)
    )
    causes: list[str] = []
    inner = exc.__cause__ or exc.__context__
    while inner is not None and len(causes) < 5:
        causes.append(type(inner).__qualname__)
        inner = inner.__cause__ or inner.__context__
    chain = f" (caused by {' <- '.join(causes)})" if causes else ""
    log.error(
        "unexpected error in %s: %s%s\nTraceback (most recent call last):\n%s",
        where,
        type(exc).__qualname__,
        chain,
        frames,
    )


def setup_logging(level: str | None = None) -> Path | None:
    """Send the app's log to a rotating file in the user log folder. Returns the file, or None if the folder
    cannot be written (logging is then off: it must never stop the app)."""
    name = (level or os.environ.get(LOG_ENV) or "WARNING").upper()
    log.setLevel(getattr(logging, name, logging.WARNING))
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    folder = log_dir()
    path = folder / "debtassist.log"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
            raise PermissionError(path)
        if sys.platform != "win32" and path.is_file() and path.stat().st_mode & 0o077:
            # A log an older version left world-readable: private before anything is written to it.
            path.chmod(LOG_FILE_MODE)
    except OSError:
        # Off, and silent: without a handler Python's last-resort handler would print warnings on stderr.
        log.addHandler(logging.NullHandler())
        return None
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactFilter())
    log.addHandler(handler)
    log.propagate = False
    return path

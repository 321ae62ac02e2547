"""The log file's handler (:mod:`debtassist.logs`): imported with ``logging`` when the first record is logged."""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path

from debtassist.logs import LOG_FILE_MODE


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

"""Logging that never records personal data.

Log records name cases by their random id and describe events by kind, counts, sizes and durations — never a
name, national ID, address, phone or amount. As a second line of defence, a filter masks anything that looks
like a national ID or a long number before a record is written. The log lives in the user log folder
(platformdirs) and rotates; ``DEBTASSIST_LOG_LEVEL`` (or ``--log-level``) sets the level (default WARNING).

At the default level most command runs log nothing, so :data:`log` imports the ``logging`` module (with
``traceback``, ``threading`` and what they import, ≈ 2.5 ms of a cold ``check``) only when a record at the set
level arrives or the logger is used otherwise (its handlers, say). In a process that has imported ``logging``
already (the window, the tests) the logger is set up at once, as it always was.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

LOG_ENV = "DEBTASSIST_LOG_LEVEL"
LOG_DIR_ENV = "DEBTASSIST_LOG_DIR"
LOG_FILE_MODE = 0o600  # the folder is 0o700; the file is private too, whatever the umask
LOGGER_NAME = "debtassist"
#: ``logging``'s level names and numbers (its ``_nameToLevel``), read without importing it.
LEVELS = {
    "CRITICAL": 50,
    "FATAL": 50,
    "ERROR": 40,
    "WARN": 30,
    "WARNING": 30,
    "INFO": 20,
    "DEBUG": 10,
    "NOTSET": 0,
}
DEBUG, INFO, WARNING, ERROR = LEVELS["DEBUG"], LEVELS["INFO"], LEVELS["WARNING"], LEVELS["ERROR"]
_ID = re.compile(r"\b[A-Za-z][12689]\d{8}\b")
_NUMBER = re.compile(r"\d[\d,]{4,}")


class RedactFilter:
    """Mask national-ID-shaped text and numbers of five or more digits in the formatted message (a filter in
    ``logging``'s sense: an object with a ``filter`` method)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _NUMBER.sub("#", _ID.sub("[id]", message))
        if masked != message:
            record.msg, record.args = masked, None
        return True


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_path  # only without the override: 3 ms with tempfile and shutil

    return user_log_path("debtassist", appauthor=False)


class AppLog:
    """The app's logger (``logging.getLogger("debtassist")``), made when first needed.

    ``debug`` .. ``exception`` below the level :func:`setup_logging` set return at once; anything else (a record
    at the level, ``handlers``, ``removeHandler``, ...) is the real logger's, set up as :func:`setup_logging`
    said then (its handler, its level). The real logger decides what is written, so what reaches the log is
    what a logger made at start-up would write."""

    def __init__(self) -> None:
        self._logger: logging.Logger | None = None
        self._level = WARNING  # logging's default (the root logger's level) until setup_logging sets one
        self._file: Path | None = None  # the log file setup_logging chose ...
        self._configured = False  # ... and whether it did (None there: logging is off)

    def real(self) -> logging.Logger:
        if self._logger is None:
            import logging

            self._logger = logging.getLogger(LOGGER_NAME)
            if self._configured:
                _configure(self._logger, self._level, self._file)
        return self._logger

    def setup(self, level: int, file: Path | None) -> None:
        self._level, self._file, self._configured = level, file, True
        if self._logger is not None or "logging" in sys.modules:  # nothing to save: set up now
            _configure(self.real(), level, file)

    def _log(self, level: int, msg: object, args: tuple[object, ...], kwargs: dict[str, Any]) -> None:
        if self._logger is None and level < self._level:
            return
        self.real().log(level, msg, *args, stacklevel=kwargs.pop("stacklevel", 1) + 2, **kwargs)

    def debug(self, msg: object, *args: object, **kwargs: Any) -> None:
        self._log(DEBUG, msg, args, kwargs)

    def info(self, msg: object, *args: object, **kwargs: Any) -> None:
        self._log(INFO, msg, args, kwargs)

    def warning(self, msg: object, *args: object, **kwargs: Any) -> None:
        self._log(WARNING, msg, args, kwargs)

    def error(self, msg: object, *args: object, **kwargs: Any) -> None:
        self._log(ERROR, msg, args, kwargs)

    def exception(self, msg: object, *args: object, **kwargs: Any) -> None:
        kwargs.setdefault("exc_info", True)
        self._log(ERROR, msg, args, kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


log = AppLog()


def _configure(logger: logging.Logger, level: int, file: Path | None) -> None:
    """The logger's level and its one handler: the log file, or nothing (off, and silent)."""
    import logging

    from debtassist.log_file import LogFile

    logger.setLevel(level)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    if file is None:
        # Off, and silent: without a handler Python's last-resort handler would print warnings on stderr.
        logger.addHandler(logging.NullHandler())
        return
    handler = LogFile(file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactFilter())
    logger.addHandler(handler)
    logger.propagate = False


def log_unexpected(where: str, exc: BaseException) -> None:
    """Record an unexpected error: its type and the stack (files, lines, functions), never its message, which
    may quote what the user typed (``ValueError: invalid literal ... '王小明'``)."""
    import traceback

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
    number = LEVELS.get((level or os.environ.get(LOG_ENV) or "WARNING").upper(), WARNING)
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
        log.setup(number, None)
        return None
    log.setup(number, path)
    return path

"""Logging that never records personal data.

Log records name cases by their random id and describe events by kind, counts, sizes and durations — never a
name, national ID, address, phone or amount. As a second line of defence, a filter masks anything that looks
like a national ID or a long number before a record is written. The log lives in the user log folder
(platformdirs) and rotates; ``DEBTASSIST_LOG_LEVEL`` (or ``--log-level``) sets the level (default WARNING).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from platformdirs import user_log_path

LOG_ENV = "DEBTASSIST_LOG_LEVEL"
LOG_DIR_ENV = "DEBTASSIST_LOG_DIR"
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


def setup_logging(level: str | None = None) -> Path | None:
    """Send the app's log to a rotating file in the user log folder. Returns the file, or None if the folder
    cannot be written (logging is then off: it must never stop the app)."""
    name = (level or os.environ.get(LOG_ENV) or "WARNING").upper()
    log.setLevel(getattr(logging, name, logging.WARNING))
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "debtassist.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactFilter())
    log.addHandler(handler)
    log.propagate = False
    return path

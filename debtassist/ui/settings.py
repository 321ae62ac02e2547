"""The window's own preferences (language, splitter position): Qt's QSettings, an INI file per user.

Nothing of a case is kept here. Tests point :func:`QSettings.setPath` at a temporary folder first.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from debtassist.i18n import Lang, langs

LANGUAGE_KEY = "language"
SPLITTER_KEY = "caseView/splitter"


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "DebtAssist", "DebtAssist")


def saved_lang() -> Lang | None:
    """The language chosen in the Language menu last time, or ``None`` if never chosen."""
    value = app_settings().value(LANGUAGE_KEY)
    for lang in langs():
        if value == lang:
            return lang
    return None


def save_lang(lang: Lang) -> None:
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()

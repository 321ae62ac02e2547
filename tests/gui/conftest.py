"""Interface tests run without a display: Qt's offscreen platform, chosen before any Qt import.

One application serves the whole run (pytest-qt's session ``qapp``), and every test leaves it as it found it:
top-level windows are closed and deleted and deferred deletes are flushed, so widgets do not pile up from one
test to the next (they did: 42 → 9,410 live widgets over one file, and set-up time grew with them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _settings_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The window's preferences (QSettings) go to a temporary folder, never the real user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    os.environ.pop("DEBTASSIST_LANG", None)
    yield


@pytest.fixture(autouse=True)
def _no_widget_outlives_its_test(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale
    from PySide6.QtWidgets import QApplication

    from debtassist.ui.i18n import Translators

    # Nor does a language: translators a test installed are removed, and Qt's default locale is restored.
    installed: list[Translators] = []
    install = Translators.install

    def recording_install(self: Translators, lang: object) -> bool:
        installed.append(self)
        return install(self, lang)  # type: ignore[arg-type]

    monkeypatch.setattr(Translators, "install", recording_install)
    locale = QLocale()
    yield
    for translators in installed:
        translators.remove()
    QLocale.setDefault(locale)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    # deleteLater only runs from an event loop; tests mostly have none, so deliver the deletes now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

"""The Qt adapter: the window's strings come from the window catalogs through a QTranslator subclass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from debtassist.i18n import PSEUDO_LANG, window_catalog
from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.i18n import CatalogTranslator, Translators
from debtassist.ui.main_window import MainWindow
from tests.third_language import added_language


class Listener(QWidget):
    """A widget that counts the LanguageChange events it gets and translates with its own tr(), whose context
    is the class's name (here the main window's, so the catalog has its strings)."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def _window(qtbot, tmp_path: Path, lang: str, translators: Translators) -> MainWindow:
    create_app()
    translators.install(lang)
    win = MainWindow(CaseLibrary(tmp_path / "data"), lang, translators)
    qtbot.addWidget(win)
    win.inform = lambda text: None  # type: ignore[method-assign]
    win.confirm = lambda text: True  # type: ignore[method-assign]
    return win


def _language_menu(win: MainWindow) -> QMenu:
    menu = win.menuBar().actions()[1].menu()
    assert isinstance(menu, QMenu)
    return menu


def _menus(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def test_installing_the_adapter_translates_tr_and_sends_language_change(qtbot) -> None:
    create_app()
    widget = type("MainWindow", (Listener,), {})()
    qtbot.addWidget(widget)
    assert widget.tr("&Quit") == "&Quit"  # nothing installed: the English source
    translators = Translators()
    try:
        assert translators.install("zh-TW")
        QCoreApplication.sendPostedEvents()
        assert widget.changes >= 1
        assert widget.tr("&Quit") == window_catalog("zh-TW")["MainWindow"]["&Quit"] != "&Quit"
        assert QCoreApplication.translate("MainWindow", "no such string") == "no such string"
        translators.install("en")
        QCoreApplication.sendPostedEvents()
        assert widget.tr("&Quit") == "&Quit"
        assert widget.changes >= 2
    finally:
        translators.remove()


def test_an_untranslated_entry_shows_the_source(qtbot) -> None:
    create_app()
    translator = CatalogTranslator("zh-TW")
    assert translator.translate("MainWindow", "&Quit") == window_catalog("zh-TW")["MainWindow"]["&Quit"]
    assert translator.translate("MainWindow", "not in the catalog") == "not in the catalog"
    translator._texts = {"MainWindow": {"&Quit": ""}}  # marked untranslated by update_translations
    assert translator.translate("MainWindow", "&Quit") == "&Quit"


def test_a_translator_left_installed_does_not_show_through_a_newer_language(qtbot) -> None:
    """Two windows' translators in one process (the screenshot script, the tests): the newest language wins,
    also for the strings its catalog leaves to the English source."""
    create_app()
    widget = type("MainWindow", (Listener,), {})()
    qtbot.addWidget(widget)
    older, newer = Translators(), Translators()
    try:
        assert older.install("zh-TW")
        assert widget.tr("&Quit") != "&Quit"
        assert newer.install("en")
        assert widget.tr("&Quit") == "&Quit"
        assert QCoreApplication.translate("QFileDialog", "Open") == "Open"  # not qtbase's older 開啟
    finally:
        newer.remove()
        older.remove()


def test_the_window_retranslates_on_a_language_switch(qtbot, tmp_path: Path) -> None:
    translators = Translators()
    win = _window(qtbot, tmp_path, "zh-TW", translators)
    chinese = _menus(win)
    assert chinese[0] == window_catalog("zh-TW")["MainWindow"]["&File"]
    win.set_language("en")
    assert _menus(win)[0] == "&File"
    win.set_language("zh-TW")
    assert _menus(win) == chinese
    translators.remove()


def test_the_pseudo_locale_lengthens_the_window(qtbot, tmp_path: Path) -> None:
    translators = Translators()
    win = _window(qtbot, tmp_path, PSEUDO_LANG, translators)
    file_menu = _menus(win)[0]
    assert file_menu.startswith("[") and "&" in file_menu and len(file_menu) > len("&File")
    assert PSEUDO_LANG not in [a.text() for a in _language_menu(win).actions()]
    translators.remove()


@pytest.fixture
def third_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from added_language(tmp_path, monkeypatch)


def test_a_language_added_as_files_is_offered_and_used(qtbot, tmp_path: Path, third_language: str) -> None:
    translators = Translators()
    win = _window(qtbot, tmp_path, "en", translators)
    languages = _language_menu(win).actions()
    assert [a.text() for a in languages] == ["繁體中文", "English", "Xx-lang"]
    languages[2].trigger()
    assert win.lang == third_language
    assert _menus(win)[0] == "XX &File"
    assert QApplication.translate("MainWindow", "&Quit") == "XX &Quit"
    translators.remove()

"""Interface language: Qt Linguist catalogs for the window's own text, the core catalogs for findings."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QFileDialog

from debtassist.i18n import Lang, parse_lang
from debtassist.resources_path import resource_file
from debtassist.ui.settings import saved_lang

LANG_ENV = "DEBTASSIST_LANG"


def system_lang() -> Lang:
    """Traditional Chinese where the system locale is Chinese, English elsewhere (also for the C locale)."""
    if os.environ.get(LANG_ENV):
        return parse_lang(os.environ[LANG_ENV])
    if QLocale.system().language() == QLocale.Language.Chinese:
        return "zh-TW"
    return "en"


def start_lang() -> Lang:
    """The language to start in: ``DEBTASSIST_LANG``, else the one chosen last time, else the system's."""
    if os.environ.get(LANG_ENV):
        return parse_lang(os.environ[LANG_ENV])
    return saved_lang() or system_lang()


def qt_locale(lang: Lang) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan)


class Translators:
    """Installs the app's and Qt's own translations for a language, replacing earlier ones."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def remove(self) -> None:
        """Uninstall the translators installed by this object (the window's text goes back to English)."""
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed.clear()

    def install(self, lang: Lang) -> bool:
        app = QCoreApplication.instance()
        if app is None:
            return False
        self.remove()
        ok = True
        app_translator = QTranslator(app)
        name = "debtassist_zh_TW.qm" if lang == "zh-TW" else "debtassist_en.qm"
        with resource_file("translations", name) as path:
            ok = path.is_file() and app_translator.load(str(path))
        if ok:
            app.installTranslator(app_translator)
            self._installed.append(app_translator)
        QLocale.setDefault(
            qt_locale(lang)
        )  # Qt's own dialogs: dates, numbers and page sizes as the app speaks
        if lang == "zh-TW":
            qt_translator = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(qt_locale(lang), "qtbase", "_", folder):
                app.installTranslator(qt_translator)
                self._installed.append(qt_translator)
        return ok


def file_dialog_options(lang: Lang) -> QFileDialog.Option:
    """The desktop's own file dialog speaks the system's language; when the app speaks another one, Qt's
    dialog (translated by the installed qtbase catalog) is used instead, so the dialog matches the window."""
    if lang != system_lang():
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)

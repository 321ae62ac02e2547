"""Interface language: the window's own text comes from the same catalogs as the core's, through a Qt adapter
(:class:`CatalogTranslator`); Qt's own dialogs use Qt's qtbase catalog."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QFileDialog

from debtassist.i18n import DEFAULT_LANG, FALLBACK_LANG, PSEUDO_LANG, Lang, langs, parse_lang, window_catalog
from debtassist.i18n.pseudo import pseudo
from debtassist.ui.settings import saved_lang

LANG_ENV = "DEBTASSIST_LANG"


def system_lang() -> Lang:
    """Traditional Chinese where the system locale is Chinese, English elsewhere (also for the C locale)."""
    if os.environ.get(LANG_ENV):
        return parse_lang(os.environ[LANG_ENV])
    if QLocale.system().language() == QLocale.Language.Chinese:
        return DEFAULT_LANG
    system = QLocale.system().name().replace("_", "-").split("-")[0]
    return next((code for code in langs() if code.split("-")[0] == system), FALLBACK_LANG)


def start_lang() -> Lang:
    """The language to start in: ``DEBTASSIST_LANG``, else the one chosen last time, else the system's."""
    if os.environ.get(LANG_ENV):
        return parse_lang(os.environ[LANG_ENV])
    return saved_lang() or system_lang()


def qt_locale(lang: Lang) -> QLocale:
    """Qt's locale for a language: Taiwan's for zh-TW, the United States' for English and the pseudo-locale,
    Qt's own reading of the code for any other language."""
    if lang == DEFAULT_LANG:
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan
        )
    found = QLocale(lang.replace("-", "_"))
    if lang in ("en", PSEUDO_LANG) or found.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return found


class CatalogTranslator(QTranslator):
    """A Qt translator answering from the window catalog of one language (``<lang>/window.json``), so the
    widgets' ``tr()`` and ``QCoreApplication.translate`` read the same catalogs as the core. A string the catalog
    lacks (or leaves empty) is answered with its English source. The pseudo-locale lengthens every
    source.

    It answers every string it is asked (the catalog's text, else the English source), so a translator of an
    earlier language that was never removed cannot show through: the newest installed one decides. Qt's own
    qtbase catalog is installed after it and so is asked first for Qt's own dialogs."""

    def __init__(self, lang: Lang, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._texts = window_catalog(lang)
        self._pseudo: dict[str, str] = {}

    def language(self) -> str:
        return self.lang

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if self.lang == PSEUDO_LANG:
            if source not in self._pseudo:
                self._pseudo[source] = pseudo(source)
            return self._pseudo[source]
        return self._texts.get(context, {}).get(source) or source


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
        app_translator = CatalogTranslator(lang, app)
        ok = app.installTranslator(app_translator)
        if ok:
            self._installed.append(app_translator)
        QLocale.setDefault(
            qt_locale(lang)
        )  # Qt's own dialogs: dates, numbers and page sizes as the app speaks
        if lang == DEFAULT_LANG:
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

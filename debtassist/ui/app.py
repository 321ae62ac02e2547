"""Start the desktop application."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from debtassist import __version__
from debtassist.logs import log
from debtassist.store.library import CaseLibrary
from debtassist.ui.fonts import register_app_fonts
from debtassist.ui.i18n import Translators, start_lang
from debtassist.ui.main_window import MainWindow
from debtassist.ui.widgets.focus_ring import install_focus_rings

#: Secondary text (the "why" of a page, hints) on a light and on a dark window: at least 4.5:1 against the
#: window colour (WCAG AA; Qt's placeholder colour is lighter than that). Checked by tests/gui/test_access.py.
HINT_ON_LIGHT = "#4f4f4f"
HINT_ON_DARK = "#c4c4c4"
BLOCKED_ON_LIGHT = "#a01010"
SELECTION_ON_LIGHT = "#1f5fa8"
BLOCKED_ON_DARK = "#ff8a80"

STYLE = """
QLabel#pageTitle { font-size: 150%; font-weight: bold; }
QLabel#panelTitle, QLabel#tableTitle { font-weight: bold; }
QLabel#pageWhy, QLabel#hint { color: %HINT%; }
QLabel#blocked { color: %BLOCKED%; }
QAbstractItemView::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListView::item { border: 2px solid transparent; }
QAbstractItemView::item:focus { border: 2px solid palette(highlight); }
QAbstractItemView::item:selected:focus { border: 2px solid palette(window-text); }
QPushButton#link { color: palette(link); text-decoration: underline; border: none; text-align: left; }
"""


def style_sheet(dark: bool) -> str:
    """The application's style sheet for a light or a dark window."""
    return STYLE.replace("%HINT%", HINT_ON_DARK if dark else HINT_ON_LIGHT).replace(
        "%BLOCKED%", BLOCKED_ON_DARK if dark else BLOCKED_ON_LIGHT
    )


def create_app(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) or [sys.argv[0]])
    app.setApplicationName("DebtAssist")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DebtAssist")
    app.setDesktopFileName("tw.debtassist.DebtAssist")  # Wayland matches the window to its menu entry
    register_app_fonts(app)
    palette = app.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        # Fusion's selection blue gives white text only 3.7:1; this one gives 6.4:1 (WCAG AA wants 4.5:1).
        palette.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION_ON_LIGHT))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        app.setPalette(palette)
    app.setStyleSheet(style_sheet(app.palette().color(QPalette.ColorRole.Window).lightness() < 128))
    install_focus_rings(app)  # a visible focus on every input, whatever the style draws
    return app


def run(example: str | None = None) -> int:
    app = create_app()
    lang = start_lang()
    log.info("window start, version %s, language %s", __version__, lang)
    translators = Translators()
    translators.install(lang)
    window = MainWindow(CaseLibrary(), lang, translators)
    window.show()
    if example:
        window.open_example(example)
    if os.environ.get("DEBTASSIST_SMOKE_EXIT_AFTER_SHOW") == "1":  # packaging smoke test: show, then quit
        QTimer.singleShot(0, app.quit)
    return app.exec()

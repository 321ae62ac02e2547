"""Checks every step of the wizard and the case list for a horizontal scrollbar, clipped labels and cut buttons
(also run as a script in a subprocess with ``QT_SCALE_FACTOR`` set, since the scale factor is read when the
application starts). LANG may be ``x-pseudo``, the long-strings pseudo-locale.

``python -m tests.gui.layout_check LANG POINT_SIZE DATA_DIR`` prints one problem per line and exits 1 if any.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QToolButton,
    QWidget,
)

from debtassist.model.case import Route
from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.i18n import Translators
from debtassist.ui.main_window import MainWindow

SIZE = (1366, 768)
ROUTES = (
    ("court-private-amc", Route.REHABILITATION),
    ("court-private-amc", Route.LIQUIDATION),
    ("single-cards", Route.TOWNSHIP_MEDIATION),
)
ROUTE_STEPS = ("route", "eligibility", "applicant", "plan", "review")


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _clipped(label: QLabel) -> bool:
    if not label.text() or not label.isVisible() or label.width() <= 0:
        return False
    if label.wordWrap():
        return label.height() + 1 < label.heightForWidth(label.width())
    return label.width() + 1 < label.sizeHint().width()


def _button_cut(button: QAbstractButton) -> bool:
    """A button whose text is wider than the button (a wrapping button grows in height instead)."""
    if not button.text() or not button.isVisible() or button.width() <= 0 or isinstance(button, QToolButton):
        return False
    if button.hasHeightForWidth():
        return button.height() + 1 < button.heightForWidth(button.width())
    return button.width() + 1 < button.sizeHint().width()


def _cut_texts(root: QWidget, where: str) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        if _clipped(label) and not _inside_item_view(label):
            found.append(f"{where}: clipped label {label.text()[:40]!r}")
    for button in root.findChildren(QAbstractButton):
        if _button_cut(button) and not _inside_item_view(button):
            found.append(f"{where}: cut button {button.text()[:40]!r}")
    for area in root.findChildren(QScrollArea):
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{where}: horizontal scrollbar ({area.horizontalScrollBar().maximum()} px)")
    found += _sideways_tables(root, where)
    return found


#: Also report tables and lists that scroll sideways (the pseudo-locale check; in zh-TW and en some wide
#: tables scroll sideways by design, their cells wrap and their columns can be resized).
TABLES_ENV = "LAYOUT_CHECK_TABLES"


def _sideways_tables(root: QWidget, where: str) -> list[str]:
    """Item views (tables, lists) that scroll sideways, when ``LAYOUT_CHECK_TABLES`` is set."""
    if not os.environ.get(TABLES_ENV):
        return []
    return [
        f"{where}: {view.accessibleName() or type(view).__name__} scrolls sideways"
        for view in root.findChildren(QAbstractItemView)
        if view.isVisible() and view.horizontalScrollBar().maximum() > 0
    ]


def desk_problems(window: MainWindow) -> list[str]:
    """The case list (desk) with the examples on it: cut labels and buttons, sideways scrolling, a window
    wider than the screen."""
    window.show_desk()
    _settle()
    found = _cut_texts(window.desk, "desk")
    if window.width() > SIZE[0]:
        found.append(f"desk: the window needs {window.width()} px")
    return found


def problems_of(window: MainWindow, keys: tuple[str, ...] = ()) -> list[str]:
    """Every step of the open case (or those of ``keys``): a horizontal scrollbar in the page's scroll area,
    or a clipped label."""
    view = window.case_view
    assert view is not None
    found: list[str] = []
    for index, page in enumerate(view.pages):
        if keys and page.key not in keys:
            continue
        view.go_to(index)
        _settle()
        for area in page.findChildren(QScrollArea):
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                found.append(f"{page.key}: horizontal scrollbar ({area.horizontalScrollBar().maximum()} px)")
        for label in [*page.findChildren(QLabel), *view.summary.findChildren(QLabel), view.blocked]:
            if _clipped(label) and not _inside_item_view(label):
                found.append(f"{page.key}: clipped label {label.text()[:40]!r}")
        for button in page.findChildren(QAbstractButton):
            if _button_cut(button) and not _inside_item_view(button):
                found.append(f"{page.key}: cut button {button.text()[:40]!r}")
        found += _sideways_tables(page, page.key)
        if window.width() > SIZE[0] or view.steps.horizontalScrollBar().maximum() > 0:
            found.append(f"{page.key}: the window needs {window.width()} px")
    return found


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def open_window(data: Path, lang: str, point_size: int | None, translators: Translators) -> MainWindow:
    app = create_app()
    if point_size:
        font = QFont(app.font())
        font.setPointSize(point_size)
        app.setFont(font)
    translators.install(lang)
    window = MainWindow(CaseLibrary(data), lang, translators)
    window.inform = lambda text: None  # type: ignore[method-assign]
    window.resize(*SIZE)
    window.show()
    window.open_example("parent-mortgage")
    return window


def main(argv: list[str]) -> int:
    lang, point_size, data = argv[0], int(argv[1]), Path(argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):  # never the real user's settings
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(data / "settings"))
    translators = Translators()
    window = open_window(data, lang, point_size or None, translators)
    found = problems_of(window)
    # The other routes show other panels and boxes (the plan builder, the discharge outlook and the Art. 134
    # questions, the prior step, the bank's offer): each is checked on the steps it changes.
    for example, route in ROUTES:
        window.open_example(example)
        view = window.case_view
        assert view is not None
        view.session.case.route = route
        view.session.touch()
        for page in view.pages:
            page.reload()
        found += [f"{route.value}: {line}" for line in problems_of(window, ROUTE_STEPS)]
    for line in found:
        print(line)
    if len(argv) > 3:  # a folder for a screenshot of every step, to look at
        shots = Path(argv[3])
        shots.mkdir(parents=True, exist_ok=True)
        view = window.case_view
        assert view is not None
        for index, page in enumerate(view.pages):
            view.go_to(index)
            _settle()
            window.grab().save(str(shots / f"{index + 1:02d}-{page.key}.png"))
    desk = desk_problems(window)
    for line in desk:
        print(line)
    if len(argv) > 3:
        window.grab().save(str(Path(argv[3]) / "00-desk.png"))
    window.close_case()
    return 1 if found or desk else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A visible focus for every input, whatever the style draws.

Some Qt styles show no focus at all on a closed drop-down list, a multi-line text or a button (the Windows
style, and Fusion unless the focus came from the keyboard); a person working by keyboard then cannot see
where they are. The ring is a 2 px frame in the selection colour drawn over the focused input's edge, on top
of it, letting the mouse through. Table cells are left alone (the style sheet frames the current cell); radio
buttons and check boxes draw their own (:mod:`debtassist.ui.widgets.wrapping`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

RING = 2  # px, drawn over the input's edge

_FRAMED = (QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QLineEdit, QPushButton, QToolButton)


def framed_input(widget: QWidget | None) -> QWidget | None:
    """The input the ring goes around when ``widget`` has the focus (a combo's or spin box's own line edit
    gives the combo or spin box), or None."""
    if widget is None:
        return None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        widget = parent
    if not isinstance(widget, _FRAMED):
        return None
    ancestor = widget.parentWidget()
    while ancestor is not None:  # a cell editor: the table frames its current cell
        if isinstance(ancestor, QAbstractItemView):
            return None
        ancestor = ancestor.parentWidget()
    return widget


class _Ring(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focusRing")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(RING)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(RING // 2, RING // 2, -RING // 2 - 1, -RING // 2 - 1))


class FocusRings(QObject):
    """Follows the application's focus and keeps one ring around the focused input."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: _Ring | None = None
        self._target: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    def ring(self) -> QWidget | None:
        return self._ring if self._ring is not None and shiboken6.isValid(self._ring) else None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = framed_input(new)
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = target
        ring = self.ring()
        # A splitter or a stack would take a new child for a pane or a page of its own: no ring there.
        if (
            target is None
            or target.parentWidget() is None
            or isinstance(target.parentWidget(), QSplitter | QStackedWidget)
        ):
            if ring is not None:
                ring.hide()
            return
        parent = target.parentWidget()
        assert parent is not None
        if ring is None or ring.parentWidget() is not parent:
            if ring is not None:
                ring.deleteLater()
            ring = self._ring = _Ring(parent)
        target.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        ring, target = self.ring(), self._target
        if ring is None or target is None or not shiboken6.isValid(target):
            return
        if not target.isVisible():
            ring.hide()
            return
        ring.setGeometry(target.geometry())  # over the input's own edge: never clipped by the parent
        ring.show()
        ring.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False


def install_focus_rings(app: QApplication) -> FocusRings:
    """Once per application."""
    found = app.findChild(FocusRings)
    return found if isinstance(found, FocusRings) else FocusRings(app)

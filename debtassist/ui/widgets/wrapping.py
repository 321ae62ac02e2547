"""Radio buttons and check boxes whose text wraps, so that a long answer never widens the page.

The text is drawn by a word-wrapped label beside the indicator; the whole area (indicator and text) toggles
the button, the button keeps its accessible name (its text), and while it has the keyboard focus a clear
frame in the highlight colour is drawn around the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from debtassist.ui.widgets.base import accessible_text

if TYPE_CHECKING:  # the mixin is only ever mixed into a QAbstractButton: type its methods as one
    _ButtonBase = QAbstractButton
else:
    _ButtonBase = object


class _Wrapping(_ButtonBase):
    """Shared by :class:`WrapRadio` and :class:`WrapCheck` (mixed into a QAbstractButton)."""

    _INDICATOR = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth

    def _setup(self, text: str) -> None:
        button = self._button()
        self._label = QLabel(text, button)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        button.setAccessibleName(accessible_text(text))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)

    def _button(self) -> QAbstractButton:
        assert isinstance(self, QAbstractButton)
        return self

    def _indent(self) -> int:  # the indicator and the gap after it
        button = self._button()
        style = button.style()
        return (
            style.pixelMetric(self._INDICATOR, None, button)
            + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
            + 4
        )

    def wrappedText(self) -> str:
        return self._label.text()

    def setWrappedText(self, text: str) -> None:
        self._label.setText(text)
        self._button().setAccessibleName(accessible_text(text))
        self._button().updateGeometry()

    def _height_for(self, width: int) -> int:
        button = self._button()
        indicator = button.style().pixelMetric(self._INDICATOR, None, button)
        return max(indicator + 4, self._label.heightForWidth(max(width - self._indent(), 1)) + 4)

    def _size_hint(self) -> QSize:
        width = self._indent() + min(
            self._label.sizeHint().width(), self._label.fontMetrics().averageCharWidth() * 60
        )
        return QSize(width, self._height_for(width))

    def _minimum(self) -> QSize:
        # As narrow as the longest word (a CJK text breaks anywhere: a few characters).
        metrics = self._label.fontMetrics()
        words = self._label.text().split() or [""]
        longest = max(metrics.horizontalAdvance(word) for word in words)
        width = self._indent() + min(
            max(longest, metrics.horizontalAdvance("0000")), metrics.horizontalAdvance("0") * 16
        )
        return QSize(width, self._height_for(width))

    def _place_label(self) -> None:
        button = self._button()
        self._label.setGeometry(
            self._indent(), 2, max(button.width() - self._indent(), 1), button.height() - 4
        )

    def _paint_focus(self) -> None:
        button = self._button()
        if not button.hasFocus():
            return
        painter = QPainter(button)
        pen = QPen(button.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(self._label.geometry().adjusted(-2, -1, 1, 0))
        painter.end()

    # -- the overrides both buttons share (the mixin stands first in their bases, so Qt calls these) ----

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        return self._size_hint()

    def minimumSizeHint(self) -> QSize:
        return self._minimum()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def text(self) -> str:
        return self.wrappedText()

    def setText(self, text: str) -> None:
        self.setWrappedText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_label()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_focus()


class WrapRadio(_Wrapping, QRadioButton):
    _INDICATOR = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, parent)
        self._setup(text)


class WrapCheck(_Wrapping, QCheckBox):
    _INDICATOR = QStyle.PixelMetric.PM_IndicatorWidth

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, parent)
        self._setup(text)


def titled_box(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    """A group box whose title is a word-wrapped label inside it (a QGroupBox title never wraps), named for
    screen readers by the title."""
    box = QGroupBox()
    box.setAccessibleName(accessible_text(title))
    layout = QVBoxLayout(box)
    heading = QLabel(title)
    heading.setObjectName("tableTitle")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    return box, layout

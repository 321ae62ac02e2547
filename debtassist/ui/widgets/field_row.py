"""A field with its label, an optional hint and its error message underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from debtassist.ui.widgets.base import CheckedLineEdit, accessible_text

# Red with enough contrast on a light window (#b3261e) and on a dark one (#ff8a80).
_RED_ON_LIGHT = QColor("#b3261e")
_RED_ON_DARK = QColor("#ff8a80")


class ErrorLabel(QLabel):
    """Shows a checked field's ``error`` in red, wrapped, and only while there is one; without an error it
    shows the field's ``note`` (what the text was understood as, ``= 38,000 元``) in the normal text colour.

    The message also becomes the field's accessible description, so a screen reader says it with the field;
    without an error the field gets back the description it had. With ``reserve`` the label keeps one line of
    room while it is empty, so the page does not jump when a message appears.
    """

    def __init__(
        self, field: QWidget | None = None, parent: QWidget | None = None, *, reserve: bool = False
    ) -> None:
        super().__init__(parent)
        self._field: QWidget | None = None
        self._description = ""
        self._reserve = reserve
        self._error = ""
        self._note = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._set_shown(reserve)
        if reserve:
            self.setMinimumHeight(self.fontMetrics().lineSpacing())
        if field is not None:
            self.track(field)

    def track(self, field: QWidget) -> None:
        """Follow ``field`` (a :class:`CheckedLineEdit`; other widgets have no error to show)."""
        self._field = field
        self._description = field.accessibleDescription()
        if isinstance(field, CheckedLineEdit):
            field.errorChanged.connect(self.showError)
            field.noteChanged.connect(self.showNote)
            self._note = field.note
            self.showError(field.error or "")

    def setBaseDescription(self, description: str) -> None:
        """The field's accessible description while there is no error (e.g. a hint)."""
        self._description = description
        self.showError(self._error)

    def isError(self) -> bool:
        return bool(self._error)

    def showNote(self, note: str) -> None:
        self._note = note
        self.showError(self._error)

    def showError(self, message: str) -> None:
        self._error = message
        shown = message or self._note
        self.setText(shown)
        self._set_shown(bool(shown) or self._reserve)
        self._apply_colour()
        if self._field is not None:
            described = message or " ".join(part for part in (self._note, self._description) if part)
            self._field.setAccessibleDescription(described)

    def _set_shown(self, shown: bool) -> None:
        # Without a parent, show() would open a window of its own and take the focus from the real one; a
        # label that was never hidden is shown with the parent it gets.
        if shown and self.parentWidget() is None:
            return
        self.setVisible(shown)

    def _apply_colour(self) -> None:
        # Red for a problem, picked for the window it is shown on (light or dark theme); the normal text
        # colour for a note.
        parent = self.parentWidget()
        window = (parent or self).palette().color(QPalette.ColorRole.Window)
        palette = self.palette()
        if self._error:
            colour = _RED_ON_DARK if window.lightness() < 128 else _RED_ON_LIGHT
        else:
            colour = (parent or self).palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_colour()
        super().showEvent(event)


class FieldRow(QWidget):
    """``label`` above ``field``, then ``hint`` (if any) and the field's error.

    The label is the field's buddy (an ``&`` in it gives an Alt shortcut) and, unless the field already has
    one, its accessible name. The hint becomes the field's accessible description while there is no error.
    """

    def __init__(self, label: str, field: QWidget, *, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(label, self)
        self._label.setWordWrap(True)
        self._label.setBuddy(field)
        layout.addWidget(self._label)
        layout.addWidget(field)
        self._hint = QLabel(hint, self)
        self._hint.setWordWrap(True)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setVisible(bool(hint))
        layout.addWidget(self._hint)
        if not field.accessibleName():
            field.setAccessibleName(accessible_text(label))
        if (
            isinstance(field, QComboBox)
            and (edit := field.lineEdit()) is not None
            and not edit.accessibleName()
        ):
            edit.setAccessibleName(accessible_text(label))
        if hint and not field.accessibleDescription():
            field.setAccessibleDescription(hint)
        self._error = ErrorLabel(field, self, reserve=True)
        layout.addWidget(self._error)

    def field(self) -> QWidget:
        return self._field

    def label(self) -> QLabel:
        return self._label

    def hintLabel(self) -> QLabel:
        return self._hint

    def errorLabel(self) -> ErrorLabel:
        return self._error

    def setLabelText(self, label: str) -> None:
        """Change the label (e.g. on a language change) and the accessible name that came from it."""
        if self._field.accessibleName() == accessible_text(self._label.text()):
            self._field.setAccessibleName(accessible_text(label))
        self._label.setText(label)

    def setHintText(self, hint: str) -> None:
        """Change the hint under the field; it is also the field's description while there is no error."""
        self._hint.setText(hint)
        self._hint.setVisible(bool(hint))
        self._error.setBaseDescription(hint)

"""Typing the way a person types, for GUI tests: key clicks for ASCII, input-method commits for Chinese."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def ime(widget: QWidget, text: str) -> None:
    """Commit text the way an input method does (QTest key clicks carry only ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)

"""A spin box for a count (months, instalments, a day or a year) that takes digits as people type them.

A plain QSpinBox ignores full-width digits (``６０`` from a Chinese input method) without a word: the box keeps
its old value. This one reads them as ASCII digits before Qt checks the text.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from debtassist.rules.validators import to_halfwidth


class CountSpin(QSpinBox):
    def validate(self, text: str, pos: int, /) -> tuple[QValidator.State, str, int]:
        half = to_halfwidth(text)
        result: object = super().validate(half, pos)
        state = result[0] if isinstance(result, tuple) else result
        return (QValidator.State(state), half, pos)

    def valueFromText(self, text: str, /) -> int:
        return super().valueFromText(to_halfwidth(text))

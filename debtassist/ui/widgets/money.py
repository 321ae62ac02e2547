"""MoneyEdit: an amount in whole New Taiwan dollars, grouped by thousands as it is typed."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QWidget

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.rules.validators import InputError, format_amount, parse_amount, to_halfwidth
from debtassist.ui.widgets.amount_text import understood_amount
from debtassist.ui.widgets.base import OK, CheckedLineEdit, Verdict, core_problem, str_index

# Text that is only digits and commas: the thousands commas can be put right while it is typed.
_PLAIN = re.compile(r"[0-9,]*[0-9][0-9,]*")


class _Grouping(QValidator):
    """Puts the thousands commas in place while digits are typed, keeping the cursor after the same digit.

    It never refuses text: wrong text is explained by the field's error, not swallowed. Only typed text is
    regrouped; pasted or program-set text keeps its commas until editing finishes, so that a misplaced comma
    in a pasted figure (``1,2345``: a digit too many or too few?) is questioned, not silently moved.
    """

    def __init__(self, edit: MoneyEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def validate(self, text: str, pos: int, /) -> object:
        grouped = self._edit._grouped(text, pos) if self._edit._is_typing else None
        if grouped is None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Acceptable, grouped[0], grouped[1]


class MoneyEdit(CheckedLineEdit):
    """An amount in whole NT dollars: ``12345``, ``12,345``, ``NT$12,345``, ``１２３４５``, ``12,345元``, and in
    Chinese numerals with units (``三萬八``, ``1.5萬``), whose value is shown as :attr:`note` (``= 38,000 元``)
    until editing finishes and the text becomes ``38,000``.

    ``value()`` is the amount (``None`` while empty or wrong); ``valueChanged`` carries the new value (an
    ``int`` or ``None``) whenever it changes. Negative amounts and decimals are refused with the core's
    message. Typed digits are grouped as they come (``12,345``) and every valid amount is shown in that form
    once editing finishes.
    """

    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, label: str = "", lang: Lang = DEFAULT_LANG) -> None:
        super().__init__(parent, label=label, lang=lang)
        self._value: int | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.setValidator(_Grouping(self))
        self._retranslate()

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        """Show ``value`` (``None`` empties the field). A negative or too large value is shown with its error."""
        self.setText("" if value is None else format_amount(value))

    # --- CheckedLineEdit ------------------------------------------------------------------------------

    def _interpret(self, text: str) -> Verdict:
        value: int | None = None
        verdict = OK
        if text.strip():
            try:
                value = parse_amount(text)
            except InputError as error:
                verdict = core_problem(error)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)
        return verdict

    def _canonical_text(self) -> str | None:
        return None if self._value is None else format_amount(self._value)

    def _understood(self) -> str:
        """``= 38,000 元`` while the text is not already the amount written with digits (三萬八, 1.5萬)."""
        if self._value is None or _PLAIN.fullmatch(to_halfwidth(self.text()).strip()):
            return ""
        return understood_amount(self._value, self._lang)

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setToolTip(
            QCoreApplication.translate("Widgets", "Amount in whole New Taiwan dollars, for example 12,345.")
        )

    # --- typing ---------------------------------------------------------------------------------------

    def _grouped(self, text: str, pos: int) -> tuple[str, int] | None:
        """``text`` with its commas put right and the cursor moved along, or ``None`` to leave it alone."""
        plain = to_halfwidth(text)  # one character for one, so positions stay valid
        if not _PLAIN.fullmatch(plain):
            return None
        digits = plain.replace(",", "")
        if len(digits) > 1 and digits.startswith("0"):
            return None  # leading zeros: tidied when editing finishes, not while the cursor counts digits
        try:
            grouped = format_amount(parse_amount(digits))
        except InputError:
            return None  # too large: left as typed, and the error says why
        digits_before = sum(char.isdigit() for char in plain[:pos])
        new_pos = 0
        while digits_before and new_pos < len(grouped):
            if grouped[new_pos] != ",":
                digits_before -= 1
            new_pos += 1
        return grouped, new_pos

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Backspace just after a comma (or Delete just before one) removes the digit beyond it; otherwise
        # the comma would come straight back and the key would seem to do nothing.
        if not self.hasSelectedText() and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            text, pos = self.text(), self.cursorPosition()
            index = str_index(text, pos)
            if event.key() == Qt.Key.Key_Backspace and 1 < index <= len(text) and text[index - 1] == ",":
                self.setCursorPosition(pos - 1)
            elif event.key() == Qt.Key.Key_Delete and 0 <= index < len(text) - 1 and text[index] == ",":
                self.setCursorPosition(pos + 1)
        super().keyPressEvent(event)

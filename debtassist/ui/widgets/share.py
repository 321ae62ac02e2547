"""ShareEdit: the applicant's share of a support duty (扶養義務的分擔比例)."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.rules.validators import InputError, format_share, parse_share
from debtassist.ui.widgets.base import OK, CheckedLineEdit, Verdict, core_problem


class ShareEdit(CheckedLineEdit):
    """A share in (0, 1]: ``1/2``, ``50%``, ``0.5``, ``二分之一``; shown as a fraction (``1/2``) once editing
    finishes.

    ``value()`` is the share as :func:`~debtassist.rules.validators.format_share` writes it (``""`` while
    empty or wrong); ``shareChanged`` carries it and :meth:`fraction` gives the number itself.
    """

    shareChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, label: str = "", lang: Lang = DEFAULT_LANG) -> None:
        super().__init__(parent, label=label, lang=lang)
        self._fraction: Fraction | None = None
        self._retranslate()

    def value(self) -> str:
        return "" if self._fraction is None else format_share(self._fraction)

    def fraction(self) -> Fraction | None:
        return self._fraction

    def setValue(self, value: str | Fraction | None) -> None:
        """Show a share given as text (read like typed text) or as a fraction; ``None`` or ``""`` empties."""
        if isinstance(value, Fraction):
            value = format_share(value)
        self.setText(value or "")

    # --- CheckedLineEdit ------------------------------------------------------------------------------

    def _interpret(self, text: str) -> Verdict:
        share: Fraction | None = None
        verdict = OK
        if text.strip():
            try:
                share = parse_share(text)
            except InputError as error:
                verdict = core_problem(error)
        if share != self._fraction:
            self._fraction = share
            self.shareChanged.emit(self.value())
        return verdict

    def _canonical_text(self) -> str | None:
        return None if self._fraction is None else format_share(self._fraction)

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setToolTip(
            QCoreApplication.translate(
                "Widgets", "A fraction, decimal or percentage, for example 1/2, 0.5 or 50%."
            )
        )

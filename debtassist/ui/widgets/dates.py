"""RocDateEdit: a date typed the Taiwanese way (民國 year) or as an ISO date, shown as ``115/03/02``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.rules.rocdate import ROC_EPOCH, format_roc, parse_date
from debtassist.rules.validators import InputError
from debtassist.ui.widgets.base import OK, CheckedLineEdit, Verdict, core_problem


def _day(value: date) -> date:
    """A plain date: a ``datetime`` (a ``date`` subclass) cannot be compared with a date."""
    return value.date() if isinstance(value, datetime) else value


class RocDateEdit(CheckedLineEdit):
    """A date: ``115/3/2``, ``115.3.2``, ``1150302``, ``民國115年3月2日``, ``2026-03-02`` and the other forms
    :func:`~debtassist.rules.rocdate.parse_date` reads; shown as ``115/03/02`` once editing finishes.

    ``value()`` is a :class:`datetime.date` (``None`` while empty or wrong); ``dateChanged`` carries it.
    ``allow_future=False`` refuses dates after today and ``max_date`` dates after that day; ``today`` is a
    function so that a field stays right past midnight (and tests can fix the day).
    """

    dateChanged = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        label: str = "",
        lang: Lang = DEFAULT_LANG,
        allow_future: bool = True,
        max_date: date | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent, label=label, lang=lang)
        self._value: date | None = None
        self._allow_future = allow_future
        self._max_date = None if max_date is None else _day(max_date)
        self._today = today
        self._retranslate()

    def value(self) -> date | None:
        return self._value

    def setValue(self, value: date | None) -> None:
        """Show ``value`` (``None`` empties the field); a date outside the limits is shown with its error."""
        if value is None:
            self.setText("")
        elif value.year < ROC_EPOCH.year:
            self.setText(value.isoformat())  # cannot be written in ROC years: shown as it is, with the error
        else:
            self.setText(format_roc(value))

    @property
    def allow_future(self) -> bool:
        return self._allow_future

    @allow_future.setter
    def allow_future(self, allow: bool) -> None:
        self._allow_future = allow
        self._recheck()

    @property
    def max_date(self) -> date | None:
        return self._max_date

    @max_date.setter
    def max_date(self, value: date | None) -> None:
        self._max_date = None if value is None else _day(value)
        self._recheck()

    # --- CheckedLineEdit ------------------------------------------------------------------------------

    def _interpret(self, text: str) -> Verdict:
        value: date | None = None
        verdict = OK
        if text.strip():
            try:
                value = parse_date(text)
            except InputError as error:
                verdict = core_problem(error)
            else:
                verdict = self._limit_problem(value)
                if verdict.problem is not None:
                    value = None
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)
        return verdict

    def _limit_problem(self, value: date) -> Verdict:
        max_date = self._max_date
        if max_date is not None and value > max_date:
            limit = format_roc(max_date)
            return Verdict(
                lambda _lang: QCoreApplication.translate(
                    "Widgets", "The date cannot be later than %1. Please check it again."
                ).replace("%1", limit)
            )
        today = _day(self._today())
        if not self._allow_future and value > today:
            shown = format_roc(today)
            return Verdict(
                lambda _lang: QCoreApplication.translate(
                    "Widgets", "The date cannot be in the future (today is %1). Please check it again."
                ).replace("%1", shown)
            )
        return OK

    def _canonical_text(self) -> str | None:
        return None if self._value is None else format_roc(self._value)

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setToolTip(
            QCoreApplication.translate(
                "Widgets", "Date in ROC (Minguo) years, for example 115/3/2; 2026-03-02 is also accepted."
            )
        )

"""Which minimum living expense (最低生活費) applies to a case, and whether it may be used.

Art. 64-2 takes "the most recent" figure announced for the debtor's residence area. The app takes the figure for
the filing year (figures are announced for a calendar year: the figure in force on the filing date) unless the
user chose another year (courts have applied the figure of the year they decide in), and never falls back to
another year silently.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from debtassist.model.case import Case
from debtassist.reference.areas import area_for_county
from debtassist.reference.living_expense import FigureStatus, LivingExpenseFigure


class LivingExpenseSource(Protocol):
    def lookup(self, area: str, year: int) -> LivingExpenseFigure | None: ...


#: Statuses whose figure is used as it is (its status still shown).
USABLE = {"confirmed", FigureStatus.OFFICIAL.value, FigureStatus.COURT.value, FigureStatus.USER.value}


class LivingExpense(NamedTuple):
    area: str | None  # area code (TPE, TWP, ...) or None when the county is not known
    year: int | None  # AD year of the filing date
    monthly: int | None  # the figure used, or None when none may be used
    # confirmed | official | court | user | secondary | unconfirmed | conflict | missing | no_area | no_year
    status: str
    source: str
    reference: LivingExpenseFigure | None  # what the table says, even when not used

    @property
    def usable(self) -> bool:
        return self.monthly is not None


def resolve_living_expense(
    case: Case, table: LivingExpenseSource, year: int | None = None, *, filing_year: bool = False
) -> LivingExpense:
    """The figure for ``year``; by default the year the user chose (``Case.living_expense_year``) or else the
    filing year (the figure in force on the filing date). ``filing_year=True`` ignores the user's choice."""
    area_obj = area_for_county(case.applicant.residence_county) if case.applicant.residence_county else None
    area = area_obj.code if area_obj else None
    if year is None and not filing_year:
        year = case.living_expense_year
    if year is None:
        year = case.filing_date.year if case.filing_date else None
    if area is None:
        return LivingExpense(None, year, None, "no_area", "", None)
    if year is None:
        return LivingExpense(area, None, None, "no_year", "", None)
    reference = table.lookup(area, year)
    confirmed = case.living_expense
    if confirmed and confirmed.area == area and confirmed.year == year and confirmed.monthly:
        return LivingExpense(area, year, confirmed.monthly, "confirmed", confirmed.source, reference)
    if reference is None:
        return LivingExpense(area, year, None, "missing", "", None)
    status = reference.status.value
    if status in USABLE or status == FigureStatus.SECONDARY.value:
        return LivingExpense(area, year, reference.monthly, status, reference.source, reference)
    return LivingExpense(area, year, None, status, reference.source, reference)

"""A stressed debtor walks the merged window: the income periods, the plan step's phases and term, the bank's
offer, and the filing fields from the other slices take what a person types as issue 12 promised (the same
parsers and inline messages as every other field and cell; a value that cannot be kept stays visible with
its message; the value understood is said back).

Chinese is committed as an input method does (:func:`tests.gui.typing.ime`); ASCII is typed with key clicks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from debtassist.model.case import Route
from debtassist.rules.validators import InputError
from debtassist.store.library import CaseLibrary
from debtassist.ui.main_window import MainWindow
from debtassist.ui.widgets import RocDateEdit
from debtassist.ui.wizard.basic_pages import ApplicantPage, EligibilityPage, RoutePage
from debtassist.ui.wizard.field_layout import StackedRow
from debtassist.ui.wizard.final_pages import PlanPage
from debtassist.ui.wizard.table_pages import IncomePage
from tests.gui.test_wizard_input import edit_cell, enter
from tests.gui.typing import ime
from tests.gui.windows import go, make_window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = make_window(qtbot, CaseLibrary(tmp_path / "data"), "zh-TW")
    win.open_example("court-private-amc")
    return win


def typed_into(qtbot, editor, text: str) -> None:
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        ime(editor, text)


# --- income periods (issue 10's two-year table) ------------------------------------------------------------

AMOUNTS = [
    ("三萬八", 38_000),
    ("十八萬", 180_000),
    ("1.5萬", 15_000),
    ("３８０００", 38_000),
    ("NT$38,000元", 38_000),
]


@pytest.mark.parametrize(("text", "amount"), AMOUNTS)
def test_an_income_period_total_reads_and_says_back(
    window: MainWindow, qtbot, text: str, amount: int
) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    income = go(window, IncomePage)
    assert isinstance(income, IncomePage)
    income.records.add()
    row = len(case.income.records) - 1
    editor = edit_cell(income.records, row, "amount")
    typed_into(qtbot, editor, text)
    if text != f"{amount:,}" and not text.isdigit():
        assert income.records.message.text() == f"＝ {amount:,} 元"
    enter(qtbot, editor)
    assert case.income.records[row].amount == amount
    index = income.records.model.index(row, income.records.model.table.column_of("amount") or 0)
    assert index.data() == f"{amount:,}"


@pytest.mark.parametrize(("text", "code"), [("1234.5", "amount.decimal"), ("-500", "amount.negative")])
def test_an_income_period_amount_it_cannot_take_stays_with_its_message(
    window: MainWindow, qtbot, text: str, code: str
) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    income = go(window, IncomePage)
    assert isinstance(income, IncomePage)
    income.records.add()
    row = len(case.income.records) - 1
    editor = edit_cell(income.records, row, "monthly_average")
    typed_into(qtbot, editor, text)
    enter(qtbot, editor)
    index = income.records.model.index(row, income.records.model.table.column_of("monthly_average") or 0)
    assert index.data().replace(",", "") == text
    assert case.income.records[row].monthly_average is None
    message = InputError(code).message("zh-TW")
    assert message in income.records.message.text()
    assert any(message in e for e in income.field_errors())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("113/1", date(2024, 1, 1)),  # the column asks for a year and a month (起（年月）)
        ("民國113年7月", date(2024, 7, 1)),
        ("１１３／７", date(2024, 7, 1)),
        ("113/1/1", date(2024, 1, 1)),
        ("2024-03", date(2024, 3, 1)),
    ],
)
def test_an_income_period_takes_a_roc_month(window: MainWindow, qtbot, text: str, kept: date) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    income = go(window, IncomePage)
    assert isinstance(income, IncomePage)
    income.records.add()
    row = len(case.income.records) - 1
    editor = edit_cell(income.records, row, "period_from")
    assert editor.placeholderText() == "113/1"
    typed_into(qtbot, editor, text)
    enter(qtbot, editor)
    assert case.income.records[row].period_from == kept
    assert income.records.message.text() == "" and income.field_errors() == []
    index = income.records.model.index(row, income.records.model.table.column_of("period_from") or 0)
    assert index.data() == f"{kept.year - 1911}/{kept.month:02d}"  # the month understood, in ROC


def test_an_income_period_month_it_cannot_take_stays_with_its_message(window: MainWindow, qtbot) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    income = go(window, IncomePage)
    assert isinstance(income, IncomePage)
    income.records.add()
    row = len(case.income.records) - 1
    editor = edit_cell(income.records, row, "period_to")
    typed_into(qtbot, editor, "113/13")
    enter(qtbot, editor)
    index = income.records.model.index(row, income.records.model.table.column_of("period_to") or 0)
    assert index.data() == "113/13" and case.income.records[row].period_to is None
    message = InputError("date.bad_month", {"month": 13}).message("zh-TW")
    assert message in income.records.message.text()
    assert any(message in e for e in income.field_errors())


# --- the plan step (issue 10's panels) ------------------------------------------------------------------------


def plan_page(window: MainWindow) -> PlanPage:
    page = go(window, PlanPage)
    assert isinstance(page, PlanPage)
    return page


@pytest.mark.parametrize(("text", "amount"), AMOUNTS)
def test_a_phase_amount_reads_and_says_back(window: MainWindow, qtbot, text: str, amount: int) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    phases = plan_page(window).rehabilitation.phases
    editor = edit_cell(phases, 0, "amount")
    typed_into(qtbot, editor, text)
    if not text.isdigit():
        assert phases.message.text() == f"＝ {amount:,} 元"
    enter(qtbot, editor)
    assert case.plan.phases[0].amount == amount
    assert phases.model.index(0, phases.model.table.column_of("amount") or 0).data() == f"{amount:,}"


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        ("amount", "6900.5", InputError("amount.decimal").message("zh-TW")),
        ("amount", "-500", InputError("amount.negative").message("zh-TW")),
        ("instalments", "七十二", "請用阿拉伯數字填寫整數。"),
    ],
)
def test_a_phase_value_it_cannot_take_stays_with_its_message(
    window: MainWindow, qtbot, column: str, text: str, message: str
) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    page = plan_page(window)
    phases = page.rehabilitation.phases
    before = case.plan.phases[0].replace()
    editor = edit_cell(phases, 0, column)
    typed_into(qtbot, editor, text)
    enter(qtbot, editor)
    assert phases.model.index(0, phases.model.table.column_of(column) or 0).data().replace(",", "") == text
    assert getattr(case.plan.phases[0], column) != getattr(before, column)  # the old value is not kept
    assert message in phases.message.text()
    assert any(message in e for e in page.field_errors())
    assert not window.case_view.try_next()


def test_the_plan_term_takes_full_width_digits(window: MainWindow, qtbot) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    term = plan_page(window).rehabilitation.term
    line = term.lineEdit()
    assert line is not None
    line.selectAll()
    ime(line, "６０")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert term.value() == 60 and case.plan.term_months == 60


@pytest.mark.parametrize(("text", "amount"), AMOUNTS)
def test_the_bank_offer_monthly_amount_says_what_it_understood(
    window: MainWindow, qtbot, text: str, amount: int
) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    case.route = Route.BANK_NEGOTIATION
    window.case_view.session.touch()
    offer = plan_page(window).bank_offer
    assert offer.isVisibleTo(offer.page)
    offer.monthly.setFocus()
    typed_into(qtbot, offer.monthly, text)
    if not text.isdigit():
        assert offer.monthly_message.isVisible() and offer.monthly_message.text() == f"＝ {amount:,} 元"
    qtbot.keyClick(offer.monthly, Qt.Key.Key_Return)
    assert case.bank_offer.monthly == amount and offer.monthly.text() == f"{amount:,}"


@pytest.mark.parametrize(("text", "code"), [("6900.5", "amount.decimal"), ("-500", "amount.negative")])
def test_a_bank_offer_it_cannot_take_stays_with_its_message(
    window: MainWindow, qtbot, text: str, code: str
) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    case.route = Route.BANK_NEGOTIATION
    window.case_view.session.touch()
    page = plan_page(window)
    offer = page.bank_offer
    offer.monthly.setFocus()
    typed_into(qtbot, offer.monthly, text)
    qtbot.keyClick(offer.monthly, Qt.Key.Key_Return)
    message = InputError(code).message("zh-TW")
    assert offer.monthly.text().replace(",", "") == text and case.bank_offer.monthly is None
    assert offer.monthly_message.isVisible() and offer.monthly_message.text() == message
    assert message in page.field_errors()


def test_the_yearly_extra_payment_says_what_it_understood(window: MainWindow, qtbot) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    panel = plan_page(window).rehabilitation
    panel.extra.setFocus()
    typed_into(qtbot, panel.extra, "兩萬")
    assert panel.extra_message.isVisible() and panel.extra_message.text() == "＝ 20,000 元"
    qtbot.keyClick(panel.extra, Qt.Key.Key_Return)
    assert case.plan.yearly_extra == 20_000


# --- the filing fields (issue 11) ---------------------------------------------------------------------------


def test_the_prior_step_day_says_what_is_wrong_and_keeps_a_roc_date(window: MainWindow, qtbot) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    eligibility = go(window, EligibilityPage)
    assert isinstance(eligibility, EligibilityPage)
    box = eligibility.prior_step
    day = eligibility.editor("history.prior_step_date", RocDateEdit)
    row = eligibility.field_rows.rows["history.prior_step_date"]
    assert isinstance(row, StackedRow) and box.isAncestorOf(row)
    day_message = row.message
    assert box.isVisibleTo(eligibility) and day_message is not None
    typed_into(qtbot, day, "115/13/1")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    message = InputError("date.bad_month", {"month": 13}).message("zh-TW")
    assert day.text() == "115/13/1" and day_message.isVisible()
    assert day_message.text() == message and message in eligibility.field_errors()
    typed_into(qtbot, day, "１１４／１２／３")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert case.history.prior_step_date == date(2025, 12, 3) and day.text() == "114/12/03"
    assert eligibility.field_errors() == []


def test_a_long_account_in_own_words_is_kept_whole_and_wraps(window: MainWindow, qtbot) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    eligibility = go(window, EligibilityPage)
    assert isinstance(eligibility, EligibilityPage)
    text = "\n".join(
        f"民國{110 + i}年因為公司裁員失業，之後打零工收入不穩定，母親生病住院需要照顧，信用卡循環利息越滾越多。"
        for i in range(12)
    )
    eligibility.hardship.text.clear()  # the example's own account
    ime(eligibility.hardship.text, text)
    assert case.filing.hardship == text and eligibility.hardship.text.toPlainText() == text
    QApplication.processEvents()
    assert eligibility.scroll_area.horizontalScrollBar().maximum() == 0  # it wraps, the page does not widen
    assert eligibility.hardship.text.horizontalScrollBar().maximum() == 0
    assert eligibility.hardship.text.verticalScrollBar().maximum() > 0  # the rest is a scroll away, not cut


def test_the_venue_is_offered_from_the_address_typed(window: MainWindow, qtbot) -> None:
    assert window.case_view is not None
    case = window.case_view.session.case
    applicant = go(window, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    applicant.editor("applicant.registered_address", QLineEdit).selectAll()
    ime(applicant.editor("applicant.registered_address", QLineEdit), "高雄市苓雅區四維三路2號")
    route = go(window, RoutePage)
    assert isinstance(route, RoutePage)
    options = [route.venue.itemText(i) for i in range(route.venue.count())]
    assert options[0] == "臺灣高雄地方法院", options
    assert "臺灣高雄地方法院" in route.venue_basis.text()
    assert case.route is Route.REHABILITATION

"""What a person types into fields and cells is read, said back, kept or explained: never lost, never old.

Chinese is committed as an input method does (:func:`tests.gui.typing.ime`); ASCII is typed with key clicks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from debtassist.i18n import tr
from debtassist.rules.validators import InputError
from debtassist.store.library import CaseLibrary
from debtassist.ui.main_window import MainWindow
from debtassist.ui.widgets import FieldRow, MoneyEdit
from debtassist.ui.wizard.table_pages import CreditorsPage, HouseholdPage, IncomePage, RecordTable
from tests.gui.typing import ime
from tests.gui.windows import go, make_window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = make_window(qtbot, CaseLibrary(tmp_path / "data"), "zh-TW")
    win.new_case()
    return win


# --- single fields ---------------------------------------------------------------------------------------

UNDERSTOOD = [
    ("三萬八", 38_000),
    ("3萬8千", 38_000),
    ("十八萬", 180_000),
    ("1.5萬", 15_000),
    ("兩千五", 2_500),
    ("壹萬貳仟", 12_000),
    ("ＮＴ＄３萬", 30_000),
]


@pytest.mark.parametrize(("typed", "amount"), UNDERSTOOD)
def test_a_money_field_says_what_it_understood_before_keeping_it(qtbot, typed: str, amount: int) -> None:
    field = MoneyEdit(lang="zh-TW")
    row = FieldRow("月收入", field)
    qtbot.addWidget(row)
    row.show()
    ime(field, typed)
    assert field.value() == amount
    shown = tr("wizard.amount.understood", "zh-TW", amount=f"{amount:,}")
    assert row.errorLabel().text() == shown == f"＝ {amount:,} 元"
    assert row.errorLabel().isVisible() and field.error is None
    qtbot.keyClick(field, Qt.Key.Key_Return)  # kept: the text becomes the amount, the note has done its job
    assert field.text() == f"{amount:,}" and row.errorLabel().text() == ""


@pytest.mark.parametrize(
    ("typed", "code"),
    [("-500", "amount.negative"), ("1234.5", "amount.decimal"), ("三萬八千五百點五", "amount.not_number")],
)
def test_cents_and_negatives_get_a_clear_message(qtbot, typed: str, code: str) -> None:
    field = MoneyEdit(lang="zh-TW")
    row = FieldRow("月收入", field)
    qtbot.addWidget(row)
    row.show()
    if typed.isascii():
        field.setFocus()
        qtbot.keyClicks(field, typed)
    else:
        ime(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() is None
    assert row.errorLabel().text() == InputError(code).message("zh-TW")
    assert field.text().replace(",", "") == typed  # what was typed stays, to be corrected


# --- table cells -------------------------------------------------------------------------------------------


def enter(qtbot, editor: QLineEdit) -> None:
    """Press Enter in a cell editor: the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def edit_cell(table: RecordTable, row: int, key: str) -> QLineEdit:
    """Move to the cell with the keyboard's current-cell and open its editor (as F2 does)."""
    index = table.model.index(row, table.model.table.column_of(key) or 0)
    table.view.setFocus()
    table.view.setCurrentIndex(index)
    QApplication.processEvents()
    table.view.edit(index)
    QApplication.processEvents()
    editors = [w for w in table.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editors[0].setFocus()
    return editors[0]


@pytest.mark.parametrize(("typed", "amount"), UNDERSTOOD)
def test_a_money_cell_reads_and_says_back_like_a_field(
    window: MainWindow, qtbot, typed: str, amount: int
) -> None:
    creditors = go(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    creditors.table.add()
    editor = edit_cell(creditors.table, 0, "principal")
    assert isinstance(editor, MoneyEdit)  # the same widget as a single field
    editor.clear()
    ime(editor, typed)
    assert creditors.table.message.text() == f"＝ {amount:,} 元"
    enter(qtbot, editor)
    assert window.case_view is not None
    assert window.case_view.session.case.creditors[0].principal == amount
    index = creditors.table.model.index(0, creditors.table.model.table.column_of("principal") or 0)
    assert index.data() == f"{amount:,}"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("1234.5", "amount.decimal"), ("-500", "amount.negative"), ("三萬八x", "amount.not_number")],
)
def test_a_value_a_cell_cannot_take_stays_visible_and_blocks_leaving(
    window: MainWindow, qtbot, typed: str, code: str
) -> None:
    assert window.case_view is not None
    view, case = window.case_view, window.case_view.session.case
    creditors = go(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    creditors.table.add()
    editor = edit_cell(creditors.table, 0, "principal")
    ime(editor, "180000")
    enter(qtbot, editor)
    assert case.creditors[0].principal == 180_000
    editor = edit_cell(creditors.table, 0, "principal")
    editor.selectAll()
    if typed.isascii():
        qtbot.keyClicks(editor, typed)
    else:
        ime(editor, typed)
    enter(qtbot, editor)
    message = InputError(code).message("zh-TW")
    index = creditors.table.model.index(0, creditors.table.model.table.column_of("principal") or 0)
    assert index.data().replace(",", "") == typed  # never vanishes (typed digits are grouped as they come)
    assert case.creditors[0].principal is None  # the old 180,000 is not kept silently
    assert creditors.table.message.text() == f"第 1 列「本金」：{message}"
    assert f"第 1 列「本金」：{message}" in creditors.field_errors()  # the page's problem list
    # The page is not left while the text is only on screen: the step list stays, and says why.
    here = view.stack.currentIndex()
    view.steps.setCurrentRow(0)
    assert view.stack.currentIndex() == here and view.steps.currentRow() == here
    assert message in view.blocked.text()
    assert not view.try_next()
    window.show_desk()
    assert window.case_view is view  # not closed either
    # Corrected, it is kept and the way is free.
    editor = edit_cell(creditors.table, 0, "principal")
    assert editor.text().replace(",", "") == typed  # opens on the refused text, to correct rather than retype
    editor.selectAll()
    ime(editor, "十八萬")
    enter(qtbot, editor)
    assert case.creditors[0].principal == 180_000 and creditors.field_errors() == []
    view.steps.setCurrentRow(0)
    assert view.stack.currentIndex() == 0


# --- empty rows and shares ------------------------------------------------------------------------------------


def test_an_added_empty_income_row_is_not_entered(window: MainWindow, qtbot) -> None:
    assert window.case_view is not None
    session = window.case_view.session
    income = go(window, IncomePage)
    assert isinstance(income, IncomePage)
    assert "INCOME_MISSING" in {f.code for f in session.report.findings}
    income.monthly.add()
    assert "INCOME_MISSING" in {f.code for f in session.report.findings}
    editor = edit_cell(income.monthly, 0, "amount")
    ime(editor, "三萬八")
    enter(qtbot, editor)
    assert "INCOME_MISSING" not in {f.code for f in session.report.findings}
    assert session.report.figures.monthly_income == 38_000


@pytest.mark.parametrize("share", [" ", "　", ""])
def test_an_empty_dependent_row_adds_nothing_and_a_blank_share_is_reported(
    window: MainWindow, qtbot, share: str
) -> None:
    assert window.case_view is not None
    session = window.case_view.session
    session.case.applicant.residence_county = "臺北市"
    session.case.filing_date = date(2026, 3, 2)  # so that the standard (and a dependent's share of it) exists
    session.touch()
    household = go(window, HouseholdPage)
    assert isinstance(household, HouseholdPage)
    before = session.report.figures.dependents_expense
    assert before == 0 and session.report.figures.debtor_standard_expense is not None
    household.table.add()
    window.case_view.commit_editors()
    assert session.report.figures.dependents_expense == before  # not doubled by an empty row
    assert not [f for f in session.report.findings if f.path.startswith("dependents")]
    editor = edit_cell(household.table, 0, "name")
    ime(editor, "王小明")
    enter(qtbot, editor)
    editor = edit_cell(household.table, 0, "support_share")
    editor.setText(share)
    enter(qtbot, editor)
    missing = [f for f in session.report.findings if f.code == "SHARE_MISSING"]
    assert [f.path for f in missing] == ["dependents[0].support_share"]
    assert "王小明" in missing[0].message("zh-TW")
    household_page_problems = [f.message("zh-TW") for f in household.blockers(session.report)]
    assert missing[0].message("zh-TW") in household_page_problems  # reported on the page, not dropped
    assert session.report.figures.dependents_expense == before


# --- step 2: only the questions that apply ------------------------------------------------------------------


def test_step_two_hides_what_does_not_apply_and_offers_never_negotiated(window: MainWindow) -> None:
    from debtassist.model.case import PreviousNegotiation
    from debtassist.ui.wizard.basic_pages import EligibilityPage

    assert window.case_view is not None
    case = window.case_view.session.case
    step = go(window, EligibilityPage)
    assert isinstance(step, EligibilityPage)
    assert not step.previous_end_row.isVisible() and not step.difficulty_row.isVisible()
    step.agreement_2006.buttons["never"].click()
    assert case.history.concluded_2006_agreement is False and case.history.negotiated_2006 is False
    never = step.agreement_2006.buttons["never"]
    assert (
        never.accessibleName() == f"{step.agreement_row.label().text()}: {never.text()}"
    )  # says its question
    step.previous.setCurrentIndex(step.previous.findData(PreviousNegotiation.FAILED.value))
    assert step.previous_end_row.isVisible() and not step.difficulty_row.isVisible()
    step.previous.setCurrentIndex(step.previous.findData(PreviousNegotiation.CONCLUDED.value))
    assert step.difficulty_row.isVisible()
    step.previous.setCurrentIndex(step.previous.findData(PreviousNegotiation.NONE.value))
    assert not step.previous_end_row.isVisible() and not step.difficulty_row.isVisible()
    step.reload()  # "never" survives a reload (it is stored, not guessed)
    assert step.agreement_2006.buttons["never"].isChecked()


# --- the living-expense step in one sentence ------------------------------------------------------------------


def test_the_living_expense_step_says_which_figure_and_confirming_can_be_undone(window: MainWindow) -> None:
    from debtassist.ui.wizard.money_pages import ExpensesPage

    assert window.case_view is not None
    session = window.case_view.session
    expenses = go(window, ExpensesPage)
    assert isinstance(expenses, ExpensesPage)
    assert "第 3 步" in expenses.sentence.text()  # no county yet: says what to do first
    session.case.applicant.residence_county = "臺北市"
    session.case.filing_date = date(2026, 3, 2)
    session.touch()
    living = session.report.figures.living
    sentence = expenses.sentence.text()
    assert "臺北市" in sentence and "115 年" in sentence and f"{living.monthly:,}" in sentence
    assert (
        "http" not in expenses.sentence.text() and not expenses.where.isVisible()
    )  # addresses behind a link
    expenses.where_link.click()
    assert expenses.where.isVisible() and "http" in expenses.where.text()
    if living.status == "secondary":
        assert "尚未對照公告確認" in sentence
        assert expenses.confirm.isVisible() and "確認」的意思" in expenses.confirm_means.text()
        expenses.confirm.click()
        assert session.report.figures.living.status == "confirmed"
        assert "您對照公告後確認" in expenses.sentence.text()
    else:  # an official figure: nothing to confirm, and it says so
        assert "不需另行確認" in sentence
        expenses._use_entered_figure()
        expenses.announced.setValue(living.monthly)
        expenses.source.setText("臺北市政府社會局公告")
        expenses._use_entered_figure()
        assert session.report.figures.living.status == "confirmed"
    assert expenses.undo.isVisible()
    expenses.undo.click()  # can be undone
    assert session.case.living_expense is None
    assert session.report.figures.living.status != "confirmed" and not expenses.undo.isVisible()

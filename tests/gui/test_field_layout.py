"""Pages laid out from a list of case paths (``WizardPage.fields``): every path is a single field of the case
with its labels in both languages, every field is on its page and round-trips (typed into its editor -> the
case -> shown again by a new page), and the review shows every one of them."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from debtassist.examples import example_text
from debtassist.i18n import Lang, catalog, langs, tr
from debtassist.model.case import Route
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case
from debtassist.rules.field_text import review_text
from debtassist.rules.fields import Kind, case_leaves, field_spec, get_value, set_value, single_fields
from debtassist.store.library import CaseLibrary
from debtassist.ui.case_view import PAGE_TYPES
from debtassist.ui.models import tables
from debtassist.ui.models.columns import TableSpec
from debtassist.ui.session import CaseSession
from debtassist.ui.widgets import CountyCombo, NationalIdEdit, RocDateEdit
from debtassist.ui.wizard.base import WizardPage
from debtassist.ui.wizard.field_layout import YesNo
from debtassist.ui.wizard.review_page import review_html
from tests.gui.typing import ime

FIELD_PAGES = [page for page in PAGE_TYPES if page.fields]
PATHS = [(page, path) for page in FIELD_PAGES for path in page.fields]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseSession]:
    library = CaseLibrary(tmp_path / "library")
    case_id = library.create(case_from_json(example_text("single-cards"))[0])
    opened = CaseSession(library, library.open(case_id))
    yield opened
    opened.close()


def test_pages_lay_out_fields() -> None:
    assert {page.key for page in FIELD_PAGES} >= {"applicant", "eligibility"}


@pytest.mark.parametrize(("page", "path"), PATHS, ids=[path for _, path in PATHS])
def test_a_page_field_is_a_single_field_of_its_page_with_labels_in_every_language(
    page: type[WizardPage], path: str
) -> None:
    assert path in single_fields()
    assert any(path == p or path.startswith(p + ".") for p in page.paths + page.edits)
    spec = field_spec(path)
    keys = [spec.label_key, spec.name_key, spec.empty_key]
    keys += [spec.hint_key] if spec.hint_key else []
    keys += [spec.choice_key(member) for member in spec.choices()]
    for key in keys:
        assert all(catalog(lang).get(key, "").strip() for lang in langs()), key
    assert spec.kind is not Kind.CHOICE or spec.choices()


def _sample(path: str) -> object:
    """A value the person could enter in the field at ``path``, unlike the example's."""
    spec = field_spec(path)
    if spec.editor == "national_id":
        return "A123456789"
    if spec.editor == "county":
        return "花蓮縣"
    if spec.kind is Kind.DATE:
        return date(2019, 5, 20)
    if spec.kind is Kind.FLAG:
        return True
    if spec.kind is Kind.CHOICE:
        return spec.choices()[-1]
    if spec.kind is Kind.MONEY:
        return 23_400
    if spec.kind is Kind.NUMBER:  # within its range, not its empty value
        low, high = spec.number_range
        return low + (high - low) // 2
    assert spec.kind is Kind.TEXT, path
    if spec.editor == "multiline":  # several lines, kept as typed
        return f"測試 {path}\n第二行 second line"
    return f"測試 {path}"


def _enter(qtbot: QtBot, page: WizardPage, path: str, value: object) -> None:
    """Enter ``value`` as a person would: type it, pick it or click it."""
    widget = page.field_rows.widget(path)
    if isinstance(widget, CountyCombo):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QComboBox):
        assert isinstance(value, Enum)
        widget.setCurrentIndex(widget.findData(value.value))
    elif isinstance(widget, YesNo):
        (widget.yes if value else widget.no).click()
    elif isinstance(widget, QSpinBox):
        widget.selectAll()
        QTest.keyClicks(widget, str(value))
        QTest.keyClick(widget, Qt.Key.Key_Return)
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        first, second = str(value).split("\n")
        ime(widget, first)
        QTest.keyClick(widget, Qt.Key.Key_Return)  # a new line, not the end of the field
        ime(widget, second)
    else:
        assert isinstance(widget, QLineEdit)
        widget.selectAll()
        text = f"{value.year - 1911}/{value.month}/{value.day}" if isinstance(value, date) else str(value)
        ime(widget, text)  # as an input method commits it (QTest key clicks carry only ASCII)
        QTest.keyClick(widget, Qt.Key.Key_Return)


@pytest.mark.parametrize("page_type", FIELD_PAGES, ids=[p.key for p in FIELD_PAGES])
def test_every_field_is_on_its_page_and_round_trips(
    qtbot: QtBot, session: CaseSession, page_type: type[WizardPage]
) -> None:
    page = page_type(session, "en")
    qtbot.addWidget(page)
    edits: list[int] = []
    page.edited.connect(lambda: edits.append(1))
    for path in page_type.fields:
        row = page.field_rows.rows[path]
        assert page.body.isAncestorOf(row), path  # placed on the page
        value = _sample(path)
        assert get_value(session.case, path) != value, path
        _enter(qtbot, page, path, value)
        assert get_value(session.case, path) == value, path
    assert edits
    again = page_type(session, "zh-TW")
    qtbot.addWidget(again)
    for path in page_type.fields:
        assert again.field_rows.editors[path].read() == _sample(path), path
    if page.key == "applicant":  # the ID number and dates are read by the app's own editors and parsers
        assert isinstance(page.field_rows.widget("applicant.national_id"), NationalIdEdit)
        assert isinstance(page.field_rows.widget("applicant.birth_date"), RocDateEdit)


@pytest.mark.parametrize("lang", langs())
def test_the_review_shows_every_field_of_every_page(lang: Lang) -> None:
    """Every page field, entered, is in the review on a route that shows it (the plan page's fields belong to
    one route or another: the rehabilitation plan, the bank's offer; the home-loan question needs a home loan
    at a bank)."""
    case, _ = case_from_json(example_text("single-cards"))
    case.creditors[0].home_loan = True
    for _page, path in PATHS:
        set_value(case, path, _sample(path))
    shown = ""
    for route in Route:
        case.route = route
        shown += review_html(check_case(case, load_living_expense_table(None)), lang)
    for page in FIELD_PAGES:
        for path in page.fields:
            label, value = tr(field_spec(path).label_key, lang), review_text(case, path, lang)
            assert value not in ("", tr("value.not_entered", lang)), path
            shown_value = "<br/>".join(html.escape(line) for line in value.split("\n"))
            row = f'<td style="padding-right:12px">{html.escape(label)}</td><td>{shown_value}</td>'
            assert row in shown, path


@pytest.mark.parametrize("lang", langs())
def test_the_review_leaves_out_a_question_the_route_does_not_ask(lang: Lang) -> None:
    """The home-loan question belongs to bank pre-negotiation: answered there, it is not in the review of a
    court or township route, and it is there again (the answer kept) when the route goes back."""
    case, _ = case_from_json(example_text("parent-mortgage"))
    assert case.route is Route.BANK_NEGOTIATION and case.filing.home_loan_choice is not None
    label = f'<td style="padding-right:12px">{html.escape(tr("label.filing.home_loan_choice", lang))}</td>'
    answer = html.escape(review_text(case, "filing.home_loan_choice", lang))

    def review() -> str:
        return review_html(check_case(case, load_living_expense_table(None)), lang)

    assert f"{label}<td>{answer}</td>" in review()
    for route in Route:
        if route is not Route.BANK_NEGOTIATION:
            case.route = route
            assert label not in review() and answer not in review(), route
    case.route = Route.BANK_NEGOTIATION
    assert f"{label}<td>{answer}</td>" in review()


COLUMN_KINDS = {
    "text": Kind.TEXT,
    "share": Kind.TEXT,
    "money": Kind.MONEY,
    "date": Kind.DATE,
    "enum": Kind.CHOICE,
    "bool": Kind.FLAG,
    "int": Kind.NUMBER,
}
TABLES = [spec for spec in vars(tables).values() if isinstance(spec, TableSpec)]


@pytest.mark.parametrize("table", TABLES, ids=[t.path for t in TABLES])
def test_a_table_column_is_a_case_field_with_its_kind_and_its_label(table: TableSpec[Any]) -> None:
    for column in table.columns:
        path = table.field_path(column)
        assert case_leaves()[path] is COLUMN_KINDS[column.kind], path
        assert column.label_key == f"label.{path}"
        assert all(column.label_key in catalog(lang) for lang in langs()), path
        assert column.header_text("zh-TW") == tr(column.label_key, "zh-TW")
        assert column.header_text("en") == tr(column.label_key, "en") == column.header


def test_a_pasted_line_break_in_a_one_line_field_becomes_a_space(qtbot: QtBot, session: CaseSession) -> None:
    """An address copied from a letter or a web page carries its line breaks into the one-line field; kept,
    they broke the address in two on the printed petition. The field keeps one line: each break (and the
    spaces around it) is one space, the ends are trimmed."""
    from PySide6.QtWidgets import QApplication

    from debtassist.ui.wizard.basic_pages import ApplicantPage

    page = ApplicantPage(session, "zh-TW")
    qtbot.addWidget(page)
    line = page.editor("applicant.mailing_address", QLineEdit)
    clipboard = QApplication.clipboard()
    assert clipboard is not None
    clipboard.setText("新北市板橋區 \r\n中山路一段161號\n")
    line.setFocus()
    line.selectAll()
    line.paste()
    assert session.case.applicant.mailing_address == "新北市板橋區 中山路一段161號"
    line.selectAll()
    ime(line, "新北市板橋區  中山路一段161號")  # spaces typed within a line stay as typed
    assert session.case.applicant.mailing_address == "新北市板橋區  中山路一段161號"


def test_phone_and_email_typed_full_width_are_kept_in_ascii(qtbot: QtBot, session: CaseSession) -> None:
    """The Chinese IME types full-width digits and signs; the phone numbers and the e-mail address are kept
    (and printed) in ASCII. A name or an address keeps its full-width characters as typed."""
    from debtassist.ui.wizard.basic_pages import ApplicantPage

    page = ApplicantPage(session, "zh-TW")
    qtbot.addWidget(page)
    for path, typed in (
        ("applicant.phone", "（０２）２３４５－６７８９"),
        ("applicant.mobile", "０９１２　３４５　６７８"),
        ("applicant.email", "ｍｅｉ＠ｅｘａｍｐｌｅ．ｔｗ"),
        ("applicant.mailing_address", "臺北市中正區重慶南路一段１２２號"),
    ):
        line = page.editor(path, QLineEdit)
        line.selectAll()
        ime(line, typed)
    applicant = session.case.applicant
    assert (applicant.phone, applicant.mobile, applicant.email) == (
        "(02)2345-6789",
        "0912 345 678",
        "mei@example.tw",
    )
    assert applicant.mailing_address == "臺北市中正區重慶南路一段１２２號"

"""Wizard pages 11-14: documents checklist, repayment plan, review and the printed packet."""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem, QTableWidget

from debtassist.examples import example_text
from debtassist.forms.packet import default_copies
from debtassist.i18n import Lang, tr
from debtassist.model.case import AttachmentStatus, CaseStatus, Route
from debtassist.model.codec import case_from_json
from debtassist.resources_path import read_text, resource_file
from debtassist.rules.figures import PlanScenario
from debtassist.store.library import CaseLibrary
from debtassist.ui.session import CaseSession
from debtassist.ui.wizard.attachments_model import ID_ROLE, MISSING_ROLE, VALUE_ROLE, Col
from debtassist.ui.wizard.base import WizardPage
from debtassist.ui.wizard.final_pages import (
    PREVIEW_EAGER,
    PREVIEW_LIMIT,
    AttachmentsPage,
    PacketPage,
    PlanPage,
    ReviewPage,
    chart_payment,
    page_for_path,
    print_pdf,
)
from debtassist.ui.wizard.steps import STEPS

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
# The data-entry steps: the review links back to each of them.
PAGE_KEYS = STEPS[: STEPS.index("attachments") + 1]


def open_session(root: Path, example: str = "single-cards") -> CaseSession:
    library = CaseLibrary(root)
    case_id = library.create(case_from_json(example_text(example))[0])
    return CaseSession(library, library.open(case_id))


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseSession]:
    opened = open_session(tmp_path / "library")
    yield opened
    opened.close()


P = TypeVar("P", bound=WizardPage)


def show_page(qtbot: Any, page_type: type[P], session: CaseSession, lang: Lang = "en") -> P:
    """The page as the case view uses it: the session's new reports go to it."""
    page = page_type(session, lang)
    qtbot.addWidget(page)
    session.reportChanged.connect(page.report_changed)
    return page


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def case_status(session: CaseSession) -> CaseStatus:
    return session.case.meta.status


def pdf_pages(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def pdf_text(data: bytes, index: int) -> str:
    document = pdfium.PdfDocument(data)
    try:
        page = document[index]
        text = page.get_textpage()
        try:
            return str(text.get_text_range())
        finally:
            text.close()
            page.close()
    finally:
        document.close()


# --- 11. Documents -------------------------------------------------------------------------------------------


def row_of(page: AttachmentsPage, attachment_id: str) -> int:
    row = page.model.row_of(attachment_id)
    assert row is not None
    return row


def test_the_documents_step_speaks_of_the_chosen_route_only(qtbot, session: CaseSession) -> None:
    assert session.case.route is Route.BANK_NEGOTIATION
    page = show_page(qtbot, AttachmentsPage, session)
    assert "bank may return" in page.why_label.text() and "court" not in page.why_label.text()
    session.case.route = Route.REHABILITATION
    session.touch()
    assert "court orders" in page.why_label.text() and "bank" not in page.why_label.text()


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_attachments_list_the_routes_documents(qtbot, session: CaseSession, lang: Lang) -> None:
    page = show_page(qtbot, AttachmentsPage, session, lang)
    model = page.model
    checks = session.report.attachments
    assert model.rowCount() == len(checks) == 6
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [c.id for c in checks]
    jcic = row_of(page, "jcic_list")
    title = model.index(jcic, Col.DOCUMENT).data(DISPLAY)
    assert checks[jcic].title(lang) in title
    assert tr("packet.level.required", lang) in title
    assert model.index(jcic, Col.OBTAIN).data(DISPLAY) == checks[jcic].spec.obtain.text(lang)
    assert model.index(jcic, Col.STATUS).data(DISPLAY) == tr("packet.status.have", lang)
    assert model.index(jcic, Col.ISSUE_DATE).data(DISPLAY) == "115/11/18"
    # The requested labour-insurance record is a required document not ready yet: highlighted, with its problem.
    labour = row_of(page, "labour_insurance")
    assert model.index(labour, Col.PROBLEM).data(DISPLAY) == tr("attachment.problem.requested", lang)
    assert model.index(labour, 0).data(MISSING_ROLE) is True
    assert model.index(labour, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(jcic, 0).data(MISSING_ROLE) is False
    assert model.index(jcic, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    editable = [c for c in Col if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable]
    assert editable == [Col.STATUS, Col.ISSUE_DATE, Col.NOTE]


def test_attachment_status_and_issue_date_edits_write_the_case(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, AttachmentsPage, session)
    model = page.model
    edits: list[bool] = []
    page.edited.connect(lambda: edits.append(True))
    labour = row_of(page, "labour_insurance")
    page.view.setCurrentIndex(model.index(labour, Col.STATUS))

    assert model.setData(model.index(labour, Col.STATUS), "have", EDIT)
    assert session.case.attachments["labour_insurance"].status is AttachmentStatus.HAVE
    assert model.index(labour, Col.PROBLEM).data(DISPLAY) == ""
    assert not any(a.problem for a in session.report.attachments if a.required)
    assert page.summary.text() == "Every required document is ready."
    assert page.view.currentIndex().data(ID_ROLE) == "labour_insurance"  # the selection stays

    # An issue date before the one-month window: out of date; a date inside it clears the problem again.
    jcic = row_of(page, "jcic_list")
    assert model.setData(model.index(jcic, Col.ISSUE_DATE), "115/10/1", EDIT)
    assert session.case.attachments["jcic_list"].issue_date == date(2026, 10, 1)
    assert (
        model.index(jcic, Col.PROBLEM).data(DISPLAY) == "Out of date (must be issued on or after 115/11/07)"
    )
    assert model.index(jcic, Col.ISSUE_DATE).data(DISPLAY) == "115/10/01"
    assert "115/11/07" in model.index(jcic, Col.ISSUE_DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(jcic, Col.ISSUE_DATE), "2026-11-25", EDIT)
    assert session.case.attachments["jcic_list"].issue_date == date(2026, 11, 25)
    assert model.index(jcic, Col.PROBLEM).data(DISPLAY) == ""
    assert model.setData(model.index(jcic, Col.NOTE), "  at the\tcounter ", EDIT)
    assert session.case.attachments["jcic_list"].note == "at the counter"
    assert len(edits) == 4
    assert session.dirty


def test_attachment_refuses_an_impossible_date(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, AttachmentsPage, session)
    model = page.model
    jcic = row_of(page, "jcic_list")
    before = session.case.attachments["jcic_list"].issue_date
    assert not model.setData(model.index(jcic, Col.ISSUE_DATE), "115/13/40", EDIT)
    assert session.case.attachments["jcic_list"].issue_date == before
    assert page.refusal.isVisibleTo(page)
    assert page.refusal.text()
    assert not session.dirty
    # Blank text clears the date (and the row then asks for one).
    assert model.setData(model.index(jcic, Col.ISSUE_DATE), "", EDIT)
    assert session.case.attachments["jcic_list"].issue_date is None
    assert model.index(jcic, Col.PROBLEM).data(DISPLAY) == "Enter the issue date"
    assert not page.refusal.isVisibleTo(page)


def test_attachment_state_is_created_on_the_first_edit(qtbot, session: CaseSession) -> None:
    del session.case.attachments["id_card"]
    session.touch()
    page = show_page(qtbot, AttachmentsPage, session)
    model = page.model
    row = row_of(page, "id_card")
    assert model.index(row, Col.STATUS).data(VALUE_ROLE) == "missing"
    assert model.index(row, 0).data(MISSING_ROLE) is True
    assert model.setData(model.index(row, Col.STATUS), "requested", EDIT)
    assert session.case.attachments["id_card"].status is AttachmentStatus.REQUESTED
    assert model.index(row, Col.PROBLEM).data(DISPLAY) == "Requested, not received yet"


def test_status_combo_delegate_commits_the_chosen_status(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, AttachmentsPage, session, "zh-TW")
    model = page.model
    index = model.index(row_of(page, "labour_insurance"), Col.STATUS)
    delegate = page.view.itemDelegateForColumn(Col.STATUS)
    editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        tr(f"packet.status.{s.value}", "zh-TW") for s in AttachmentStatus
    ]
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "requested"
    editor.setCurrentIndex(editor.findData("not_applicable"))
    delegate.setModelData(editor, model, index)
    assert session.case.attachments["labour_insurance"].status is AttachmentStatus.NOT_APPLICABLE
    date_delegate = page.view.itemDelegateForColumn(Col.ISSUE_DATE)
    date_index = model.index(row_of(page, "jcic_list"), Col.ISSUE_DATE)
    line = date_delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), date_index)
    assert isinstance(line, QLineEdit)
    date_delegate.setEditorData(line, date_index)
    assert line.text() == "115/11/18"
    line.setText("民國115年11月21日")
    date_delegate.setModelData(line, model, date_index)
    assert session.case.attachments["jcic_list"].issue_date == date(2026, 11, 21)
    editor.deleteLater()
    line.deleteLater()


def test_attachments_follow_a_route_change(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, AttachmentsPage, session)
    session.case.route = Route.REHABILITATION
    session.touch()
    assert page.model.rowCount() == len(session.report.attachments)
    assert [c.id for c in page.model.checks()] == [c.id for c in session.report.attachments]
    session.case.route = None
    session.touch()
    assert page.model.rowCount() == 0
    assert "procedure" in page.summary.text()


# --- 12. Repayment plan ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_plan_table_shows_every_scenario(qtbot, session: CaseSession, lang: Lang) -> None:
    page = show_page(qtbot, PlanPage, session, lang)
    scenarios = session.report.figures.plan_scenarios
    assert page.table.rowCount() == len(scenarios) == 12
    for row, scenario in enumerate(scenarios):
        cells = [cell(page.table, row, column) for column in range(4)]
        assert cells[0] == str(scenario.months)
        assert cells[1] == f"{float(scenario.annual_rate * 100):g}%"
        assert cells[2] == f"{scenario.monthly_payment:,}"
        assert cells[3] == ("yes" if scenario.affordable else "no")
    assert cell(page.table, 0, 2) == "10,575"
    assert not page.plan.isHidden()
    assert page.no_plan.isHidden()
    trail = page.trail.text()
    for step in session.report.figures.explain("disposable_income", lang):
        assert step in trail


def test_plan_chart_describes_its_numbers(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, PlanPage, session)
    figures = session.report.figures
    assert (figures.monthly_income, figures.debtor_necessary_expense, figures.dependents_expense) == (
        36000,
        21300,
        0,
    )
    smallest = min(s.monthly_payment for s in figures.plan_scenarios if s.affordable)
    description = page.chart.accessibleDescription()
    for number in ("36,000", "21,300", f"{smallest:,}", "180 months"):
        assert number in description
    assert [bar.total for bar in page.chart.bars] == [36000, 21300, smallest]
    page.chart.resize(600, page.chart.minimumHeight())
    assert not page.chart.grab().isNull()  # paints without error


def test_plan_chart_falls_back_to_72_months_when_nothing_is_affordable() -> None:
    scenarios = [
        PlanScenario(36, Fraction(0), 31189, False),
        PlanScenario(72, Fraction(0), 15595, False),
        PlanScenario(72, Fraction(5, 100), 17000, False),
    ]
    chosen = chart_payment(scenarios)
    assert chosen is not None
    assert (chosen.months, chosen.monthly_payment) == (72, 15595)
    assert chart_payment([]) is None


def test_plan_says_liquidation_has_no_plan(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, PlanPage, session)
    session.case.route = Route.LIQUIDATION
    session.touch()
    assert page.plan.isHidden()
    assert not page.no_plan.isHidden()
    assert "Liquidation has no repayment plan" in page.no_plan.text()
    assert not page.discharge.isHidden() and page.rehabilitation.isHidden()
    session.case.route = Route.REHABILITATION
    session.touch()
    assert page.plan.isHidden()  # no whole-debt scenarios: the court's plan builder instead
    assert not page.rehabilitation.isHidden()


# --- 13. Review --------------------------------------------------------------------------------------------------


def anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return found


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_review_shows_every_section_and_finding(qtbot, session: CaseSession, lang: Lang) -> None:
    session.case.applicant.name = ""  # an error
    session.case.creditors[0].name = "<b>Bank & Co</b>"
    session.touch()
    page = show_page(qtbot, ReviewPage, session, lang)
    text = page.browser.toPlainText()
    report = session.report
    assert report.errors
    for finding in report.findings:
        assert finding.message(lang) in text
        assert finding.rule_text(lang) in text
    assert "<b>Bank & Co</b>" in text  # shown as typed, not as markup
    assert "115/12/07" in text  # the filing date in ROC years
    assert f"{report.figures.total_debt:,}" in text
    hrefs = anchors(page.browser.document())
    for key in PAGE_KEYS:
        assert f"page:{key}" in hrefs
    session.case.applicant.name = "王小明"
    session.touch()
    assert "王小明" in page.browser.toPlainText()
    assert report.errors[0].message(lang) not in page.browser.toPlainText()


@pytest.mark.qt_log_ignore("This plugin does not support")  # showing a window offscreen
def test_review_link_click_requests_the_page(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, ReviewPage, session)
    with qtbot.waitSignal(page.editRequested, timeout=1000) as blocker:
        page.browser.anchorClicked.emit(QUrl("page:creditors"))
    assert blocker.args == ["creditors"]
    # A real click on the first "Edit" link (the procedure section's).
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    cursor = page.browser.document().find("Edit")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    point: QPoint = page.browser.cursorRect(cursor).center()
    with qtbot.waitSignal(page.editRequested, timeout=1000) as blocker:
        qtbot.mouseClick(page.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["route"]


@pytest.mark.qt_log_ignore("This plugin does not support")  # showing a window offscreen
def test_review_is_done_once_shown(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, ReviewPage, session)
    assert page.reviewed is False
    page.show()
    qtbot.waitExposed(page)
    assert page.reviewed is True


def test_findings_lead_to_their_page() -> None:
    assert page_for_path("applicant.name") == "applicant"
    assert page_for_path("creditors[2].principal") == "creditors"
    assert page_for_path("largest_creditor") == "creditors"
    assert page_for_path("business.periods[0].turnover") == "business"
    assert page_for_path("business.had_business") == "eligibility"
    assert page_for_path("income.monthly[0].amount") == "income"
    assert page_for_path("living_expense") == "expenses"
    assert page_for_path("attachments") == "attachments"
    assert page_for_path("filing_date") == "route"
    assert page_for_path("filing.agent.phone") == "applicant"  # edited there, though it does not hold Next
    assert page_for_path("filing.home_loan_choice") == "eligibility"
    assert page_for_path("nothing") is None


# --- 14. Packet --------------------------------------------------------------------------------------------------


class PacketPageForTest(PacketPage):
    """The packet page with its dialogs replaced."""

    save_to: Path | None = None
    printer: QPrinter | None = None
    opened: list[QUrl]

    def ask_save_path(self) -> Path | None:
        return self.save_to

    def ask_printer(self) -> QPrinter | None:
        return self.printer

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


def packet_page(qtbot, session: CaseSession, lang: Lang = "en", reviewed: bool = True) -> PacketPageForTest:
    page = show_page(qtbot, PacketPageForTest, session, lang)
    page.opened = []
    if reviewed:
        page.review_done = lambda: True
    return page


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)  # keeps the test quick; real printers render at up to 300 dpi
    return printer


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_the_packet_step_uses_the_agencys_forms_and_names_a_broken_one(
    qtbot, session: CaseSession, lang: Lang
) -> None:
    forms = session.library.layout.root / "forms"
    forms.mkdir()
    definition = json.loads(read_text("forms", "defs", "debtor-list.json"))
    definition["title"] = "債務人清冊（本行格式）"
    (forms / "debtor-list.json").write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    with resource_file("forms", "debtor-list.pdf") as blank:
        (forms / "debtor-list.pdf").write_bytes(blank.read_bytes())
    page = packet_page(qtbot, session, lang)
    assert page.make_packet()
    assert page.packet is not None and page.pdf is not None
    pdf = page.pdf
    assert "債務人清冊（本行格式）" in "".join(pdf_text(pdf, i) for i in range(page.packet.pages_per_set))
    (forms / "debtor-list.json").write_text("{", encoding="utf-8")
    assert not page.make_packet()
    shown = page.problem.text()
    assert str(forms / "debtor-list.json") in shown
    assert ("表單定義無法使用" if lang == "zh-TW" else "form definition cannot be used") in shown


def test_the_packet_fingerprint_takes_text_no_file_could_hold(qtbot, session: CaseSession) -> None:
    # A hand-edited file may hold a lone surrogate ("\\ud800"): it loads, and the packet step still tells whether
    # the packet is up to date instead of failing on the text.
    page = packet_page(qtbot, session)
    before = page._state()
    session.case.notes = "lone surrogate \ud800"
    assert page._state() != before


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_packet_build_writes_the_case_folder_and_previews(qtbot, session: CaseSession, lang: Lang) -> None:
    page = packet_page(qtbot, session, lang)
    assert not page.print_button.isEnabled()
    assert not page.draft.isEnabled()  # the example has no errors
    assert page.make_packet()
    path = session.library.layout.case_dir(session.case_id) / "packet.pdf"
    assert page.packet_path == path
    data = path.read_bytes()
    assert data[:5] == b"%PDF-"
    assert data == page.pdf
    pages = pdf_pages(data)
    assert page.packet is not None
    assert page.packet.copies == default_copies(session.case, session.report) == 5
    cover = sum(1 for job in page.packet.jobs if job.kind == "cover")
    assert pages == page.packet.pages_per_set + 4 * (page.packet.pages_per_set - cover)  # copies: no cover
    assert page.preview.page_count == pages
    assert len(page.preview.page_labels) == min(pages, PREVIEW_LIMIT)
    assert page.preview.rendered() >= PREVIEW_EAGER
    assert not page.preview.page_labels[0].pixmap().isNull()
    assert page.print_button.isEnabled() and page.save_button.isEnabled() and page.open_button.isEnabled()
    assert str(pages) in page.status.text()
    assert not page.problem.text()
    assert tr("packet.cover.title", lang) in pdf_text(data, 0)  # the cover is in the interface language


@pytest.mark.qt_log_ignore("This plugin does not support")  # showing a window offscreen
def test_packet_preview_renders_pages_as_they_scroll_into_view(qtbot, session: CaseSession) -> None:
    page = packet_page(qtbot, session)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    assert page.make_packet()
    labels = page.preview.page_labels
    qtbot.wait(50)
    assert PREVIEW_EAGER <= page.preview.rendered() < len(labels)
    last = len(labels) - 1
    assert not page.preview.is_rendered(last)
    bar = page.preview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)  # the layout has run (slow on a busy machine)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page.preview.is_rendered(last), timeout=10_000)
    assert not labels[last].pixmap().isNull()
    assert page.preview.rendered() < len(labels)


def test_packet_preview_shows_the_first_pages_of_a_long_packet(qtbot, session: CaseSession) -> None:
    first = session.case.creditors[0]
    for number in range(12):
        session.case.creditors.append(first.replace(id=f"extra{number}", name=f"債權人{number}"))
    session.touch()
    page = packet_page(qtbot, session)
    assert page.make_packet()
    assert page.preview.page_count > PREVIEW_LIMIT
    assert len(page.preview.page_labels) == PREVIEW_LIMIT
    assert f"first {PREVIEW_LIMIT} pages" in page.status.text()


def test_packet_options_one_set_duplex(qtbot, session: CaseSession) -> None:
    page = packet_page(qtbot, session)
    page.copies.setChecked(False)
    page.duplex.setChecked(True)
    assert page.options().copies == 1 and page.options().duplex
    assert page.make_packet()
    assert page.packet is not None and page.packet.copies == 1
    assert pdf_pages(page.packet_path.read_bytes()) % 2 == 0  # duplex: every document ends on a back side


def test_packet_is_not_built_before_the_review(qtbot, session: CaseSession) -> None:
    page = packet_page(qtbot, session, reviewed=False)
    assert not page.make_packet()
    assert "review" in page.problem.text()
    page.review_done = lambda: False
    assert not page.make_packet()
    assert "review" in page.problem.text()
    assert not page.packet_path.exists()
    assert page.preview.page_labels == []
    page.review_done = lambda: True
    assert page.make_packet()
    assert not page.problem.text()


def test_packet_with_errors_only_as_a_draft(qtbot, session: CaseSession) -> None:
    page = packet_page(qtbot, session)
    session.case.applicant.name = ""
    session.touch()
    error = session.report.errors[0].message("en")
    assert page.draft.isEnabled()
    assert not page.make_packet()
    assert error in page.problem.text()
    assert not page.packet_path.exists()
    page.draft.setChecked(True)
    assert page.make_packet()
    assert "DRAFT" in pdf_text(page.packet_path.read_bytes(), 1)
    assert "draft" in page.status.text()
    # Fixing the errors takes the draft option away.
    session.case.applicant.name = "王小明"
    session.touch()
    assert not page.draft.isEnabled() and not page.draft.isChecked()
    assert not page.options().draft


def test_packet_save_as_writes_the_copy_and_marks_the_case_printed(
    qtbot, session: CaseSession, tmp_path: Path
) -> None:
    page = packet_page(qtbot, session)
    assert not page.save_packet_as()  # nothing built yet
    assert page.make_packet()
    page.save_to = None
    assert not page.save_packet_as()  # the dialog was cancelled
    assert case_status(session) is CaseStatus.IN_PROGRESS
    page.save_to = tmp_path / "out" / "my packet"
    page.save_to.parent.mkdir()
    assert page.save_packet_as()
    saved = tmp_path / "out" / "my packet.pdf"
    assert saved.read_bytes() == page.pdf
    assert case_status(session) is CaseStatus.PRINTED
    assert session.flush()
    assert session.library.load(session.case_id).meta.status is CaseStatus.PRINTED
    assert page.print_button.isEnabled()  # the status change does not make the packet stale
    page.save_to = tmp_path / "missing-folder" / "x.pdf"
    assert not page.save_packet_as()
    assert "x.pdf" in page.problem.text()


def test_packet_save_as_on_a_full_disk_says_so_in_the_users_language(
    qtbot, session: CaseSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import debtassist.ui.wizard.packet_page as packet_module

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    page = packet_page(qtbot, session, "zh-TW")
    assert page.make_packet()
    page.save_to = tmp_path / "packet.pdf"
    monkeypatch.setattr(packet_module, "atomic_write_bytes", full_disk)
    assert not page.save_packet_as()
    assert "磁碟空間不足" in page.problem.text() and os.strerror(errno.ENOSPC) not in page.problem.text()


def test_packet_print_paints_every_page(qtbot, session: CaseSession, tmp_path: Path) -> None:
    page = packet_page(qtbot, session)
    assert page.make_packet()
    page.printer = None
    assert not page.print_packet()  # cancelled
    output = tmp_path / "printed.pdf"
    page.printer = pdf_printer(output)
    assert page.print_packet()
    printed = output.read_bytes()
    assert printed[:5] == b"%PDF-"
    assert pdf_pages(printed) == page.preview.page_count
    assert case_status(session) is CaseStatus.PRINTED


def test_print_pdf_prints_the_chosen_range(qtbot, session: CaseSession, tmp_path: Path) -> None:
    page = packet_page(qtbot, session)
    assert page.make_packet() and page.pdf is not None
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    assert print_pdf(page.pdf, printer, progress) == 2
    assert pdf_pages((tmp_path / "range.pdf").read_bytes()) == 2
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_packet_goes_stale_when_the_case_changes(qtbot, session: CaseSession, tmp_path: Path) -> None:
    page = packet_page(qtbot, session)
    assert page.make_packet()
    session.case.applicant.phone = "02-2222-3333"
    session.touch()
    assert page.is_stale()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert (
        "out of date" in page.status.text()
        and page.build_button.text().replace("&", "") == "Rebuild the packet"
    )
    page.printer = pdf_printer(tmp_path / "stale.pdf")
    assert not page.print_packet()
    assert not (tmp_path / "stale.pdf").exists()
    assert page.make_packet()
    assert not page.is_stale()
    page.duplex.setChecked(True)  # other options: another packet
    assert page.is_stale()


def test_packet_opens_in_the_system_viewer(qtbot, session: CaseSession) -> None:
    page = packet_page(qtbot, session)
    assert not page.open_button.isEnabled()
    assert not page.open_packet()
    assert page.opened == []
    assert page.make_packet()
    assert page.open_packet()
    assert page.opened == [QUrl.fromLocalFile(str(page.packet_path))]


def test_packet_needs_a_route(qtbot, session: CaseSession) -> None:
    page = packet_page(qtbot, session)
    session.case.route = None
    session.touch()
    assert not page.make_packet()
    assert "procedure" in page.problem.text()


def test_empty_index_is_harmless(qtbot, session: CaseSession) -> None:
    page = show_page(qtbot, AttachmentsPage, session)
    assert page.model.data(QModelIndex()) is None
    assert not page.model.setData(QModelIndex(), "have", EDIT)
    assert not page.model.setData(page.model.index(0, Col.PROBLEM), "x", EDIT)


def test_the_built_packet_stays_when_the_case_is_reopened(qtbot, session: CaseSession) -> None:
    page = packet_page(qtbot, session)
    assert page.make_packet()
    built = page.pdf
    assert built is not None
    # The message adds up, and to the PDF's own page count.
    per_set, sets, cover = page._counts or (0, 0, 0)
    total = pdf_pages(built)
    assert per_set + (sets - 1) * (per_set - cover) == total
    numbers = [int(n) for n in re.findall(r"\d+", page.status.text().split("Saved as")[0])]
    assert numbers[:5] == [total, per_set, cover, sets - 1, per_set - cover]
    # Reopened (a new page over the same case folder): the same packet, shown, ready to print.
    again = packet_page(qtbot, session)
    assert again.pdf == built and not again.is_stale()
    assert again.preview.page_count == total
    assert again.print_button.isEnabled() and again.save_button.isEnabled()
    assert "built earlier" in again.status.text() and str(total) in again.status.text()
    # In the other language it is out of date, says so, and one click rebuilds it.
    other = packet_page(qtbot, session, "zh-TW")
    assert other.pdf == built and other.is_stale()
    assert not other.print_button.isEnabled() and not other.save_button.isEnabled()
    other.build_button.click()
    assert not other.is_stale() and other.pdf != built and other.print_button.isEnabled()

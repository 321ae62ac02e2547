"""Wizard step: the review of every entry, figure and finding, written as HTML (``ReviewWriter``)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import (
    QShowEvent,
)
from PySide6.QtWidgets import (
    QTextBrowser,
)

from debtassist.i18n import Lang, tr
from debtassist.model.case import AttachmentStatus, Case, ExpenseMode, Route
from debtassist.model.part import Part
from debtassist.rules.check import CheckReport
from debtassist.rules.explain import Finding
from debtassist.rules.field_text import review_text
from debtassist.rules.fields import BANK_OFFER_FIELDS, PLAN_FIELDS, asked, field_spec, get_value
from debtassist.rules.figure_specs import Face, Kind, face_rows, figure_spec
from debtassist.rules.routes import is_proceeding
from debtassist.ui.models.columns import TableSpec, display_text
from debtassist.ui.models.tables import (
    ASSET_TABLE,
    BUSINESS_PERIOD_TABLE,
    CREDITOR_TABLE,
    DEPENDENT_TABLE,
    EXPENSE_TABLE,
    INCOME_RECORD_TABLE,
    MONTHLY_INCOME_TABLE,
    OWN_DEBTOR_TABLE,
)
from debtassist.ui.wizard.attachments_model import (
    date_text,
    level_text,
    status_text,
)
from debtassist.ui.wizard.attachments_page import AttachmentsPage
from debtassist.ui.wizard.base import WizardPage, covers, t
from debtassist.ui.wizard.basic_pages import ApplicantPage, EligibilityPage, RoutePage, route_text
from debtassist.ui.wizard.final_text import fill, money
from debtassist.ui.wizard.money_pages import ExpensesPage
from debtassist.ui.wizard.plan_page import PlanPage
from debtassist.ui.wizard.steps import numbered
from debtassist.ui.wizard.table_pages import (
    AssetsPage,
    BusinessPage,
    CreditorsPage,
    HouseholdPage,
    IncomePage,
    OwnDebtorsPage,
)

#: The pages a finding can send the user to, in wizard order: the first whose paths (or further edits) cover
#: its path.
EDIT_PAGES: tuple[type[WizardPage], ...] = (
    RoutePage,
    EligibilityPage,
    ApplicantPage,
    HouseholdPage,
    AssetsPage,
    BusinessPage,
    IncomePage,
    ExpensesPage,
    CreditorsPage,
    OwnDebtorsPage,
    AttachmentsPage,
)


def page_for_path(path: str) -> str | None:
    """The key of the page where the case value at ``path`` is edited, or None."""
    for page in EDIT_PAGES:
        if covers(path, page.paths + page.edits):
            return page.key
    return None


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


class ReviewWriter:
    """The review as HTML: every section of the case, the key figures and every finding. Every text put in is
    escaped, whatever its origin."""

    def __init__(self, report: CheckReport, lang: Lang) -> None:
        self.report = report
        self.case: Case = report.case
        self.figures = report.figures
        self.lang: Lang = lang
        self.parts: list[str] = []

    def html(self) -> str:
        self.parts = []
        self.route_section()
        self.eligibility_section()
        self.applicant_section()
        self.records_section(
            "household", t("Household and dependents"), DEPENDENT_TABLE, self.case.dependents
        )
        self.records_section(
            "assets",
            t("What you own"),
            ASSET_TABLE,
            self.case.assets,
            [self.figure_row("total_assets")],
        )
        self.business_section()
        self.income_section()
        self.expenses_section()
        self.creditors_section()
        self.records_section(
            "own_debtors",
            t("People who owe you money"),
            OWN_DEBTOR_TABLE,
            self.case.own_debtors,
            empty=t("Nobody: the form says 無 (none)."),
        )
        self.attachments_section()
        self.plan_section()
        self.figures_section()
        self.findings_section()
        return "\n".join(self.parts)

    # -- building blocks -------------------------------------------------------------------------------------

    def heading(self, title: str, key: str | None = None) -> None:
        link = f' <a href="page:{esc(key)}">{esc(t("Edit"))}</a>' if key else ""
        self.parts.append(f"<h3>{esc(title)}{link}</h3>")

    def fields(self, rows: Sequence[tuple[str, str]]) -> None:
        cells = "".join(  # a several-line value (the account of hardship, the notes) keeps its lines
            f'<tr><td style="padding-right:12px">{esc(label)}</td><td>{_lines(value)}</td></tr>'
            for label, value in rows
        )
        self.parts.append(f"<table>{cells}</table>")

    def paragraph(self, text: str) -> None:
        self.parts.append(f"<p>{esc(text)}</p>")

    def records(self, spec: TableSpec[Any], records: Sequence[Part], empty: str = "") -> None:
        if not records:
            self.paragraph(empty or t("None entered."))
            return
        cells = [
            [self.cell_text(spec, column, record) for column in range(len(spec.columns))]
            for record in records
        ]
        shown = [c for c in range(len(spec.columns)) if any(row[c] for row in cells)]
        header = "".join(f"<th>{esc(spec.columns[c].header_text(self.lang))}</th>" for c in shown)
        body = "".join("<tr>" + "".join(f"<td>{esc(row[c])}</td>" for c in shown) + "</tr>" for row in cells)
        self.parts.append(
            f'<table border="1" cellspacing="0" cellpadding="3"><tr>{header}</tr>{body}</table>'
        )

    def cell_text(self, spec: TableSpec[Any], column: int, record: Part) -> str:
        column_spec = spec.columns[column]
        value = get_value(record, column_spec.key)
        if column_spec.kind == "bool":
            return t("yes") if value else ""
        return display_text(column_spec, value, self.lang)

    def records_section(
        self,
        key: str,
        title: str,
        spec: TableSpec[Any],
        records: Sequence[Part],
        extra: Sequence[tuple[str, str]] = (),
        empty: str = "",
    ) -> None:
        self.heading(title, key)
        self.records(spec, records, empty)
        if extra:
            self.fields(extra)

    # -- sections --------------------------------------------------------------------------------------------

    def route_section(self) -> None:
        case = self.case
        self.heading(t("Procedure"), "route")
        rows = [
            (t("Procedure"), route_text(case.route)[0] if case.route else t("not chosen yet")),
            *self.field_rows(RoutePage.fields[:1]),
        ]
        if case.route is not Route.BANK_NEGOTIATION:  # the review speaks only of the chosen route
            rows.append((t("Court or mediation committee"), case.venue or t("not entered")))
        self.fields([*rows, *self.field_rows(RoutePage.fields[1:])])

    def field_rows(self, paths: Sequence[str]) -> list[tuple[str, str]]:
        """The label and the value of each of a page's single fields (``WizardPage.fields``) that the case asks."""
        rows = []
        for path in paths:
            spec = field_spec(path)
            if not asked(self.case, path) or (
                spec.review_if_set and get_value(self.case, path) in (None, "")
            ):
                continue
            rows.append((tr(spec.label_key, self.lang), review_text(self.case, path, self.lang)))
        return rows

    def eligibility_section(self) -> None:
        history = self.case.history
        if history.concluded_2006_agreement is None:
            answer_2006 = t("not answered")
        elif history.concluded_2006_agreement:
            answer_2006 = t("Yes, an agreement was concluded")
        elif history.negotiated_2006 is False:
            answer_2006 = t("I never negotiated then")
        else:
            answer_2006 = t("I took part; no agreement")
        fields = EligibilityPage.fields
        question_2006 = t(
            "The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?"
        )
        self.heading(t("Before you start"), "eligibility")
        self.fields(
            [*self.field_rows(fields[:1]), (question_2006, answer_2006), *self.field_rows(fields[1:])]
        )

    def applicant_section(self) -> None:
        self.heading(t("About you"), "applicant")
        self.fields(self.field_rows(ApplicantPage.fields))

    def business_section(self) -> None:
        self.heading(t("Business in the last five years"), "business")
        if self.case.business.had_business is False and not self.case.business.periods:
            self.paragraph(t("No business in the last five years."))
        else:
            self.records(BUSINESS_PERIOD_TABLE, self.case.business.periods)
        for line in self.figures.explain("consumer_eligible", self.lang):
            self.paragraph(line)

    def income_section(self) -> None:
        self.heading(t("Income"), "income")
        self.paragraph(t("Income of the last two years"))
        self.records(INCOME_RECORD_TABLE, self.case.income.records)
        self.paragraph(t("Current monthly income"))
        self.records(MONTHLY_INCOME_TABLE, self.case.income.monthly)
        self.fields([self.figure_row("monthly_income")])

    def expenses_section(self) -> None:
        mode = self.case.expenses.mode
        modes = {
            ExpenseMode.STANDARD: t("The Art. 64-2 standard (1.2 × the minimum living expense)"),
            ExpenseMode.ITEMIZED: t("Your real monthly expenses, item by item"),
        }
        self.heading(t("Necessary expenses"), "expenses")
        self.fields([(t("Expenses are counted as"), modes[mode] if mode else t("not chosen yet"))])
        if mode is ExpenseMode.ITEMIZED or self.case.expenses.items:
            self.records(EXPENSE_TABLE, self.case.expenses.items)
        for line in self.figures.explain("minimum_living_expense", self.lang):
            self.paragraph(line)
        self.fields([self.figure_row("debtor_necessary_expense"), self.figure_row("dependents_expense")])

    def creditors_section(self) -> None:
        self.heading(t("Creditors"), "creditors")
        self.records(CREDITOR_TABLE, self.case.creditors)
        largest = self.figures.largest_creditor
        if largest.name is None:
            chosen = t("none yet")
        elif largest.confirmed:
            chosen = fill(t("%1 (confirmed by you)"), largest.name)
        else:
            chosen = fill(t("%1 (the app's suggestion)"), largest.name)
        self.fields(
            [
                self.figure_row("total_debt"),
                (figure_spec("largest_creditor").label(self.lang), chosen),
            ]
        )

    def attachments_section(self) -> None:
        self.heading(t("Documents"), "attachments")
        checks = self.report.attachments
        if not checks:
            self.paragraph(t("The documents depend on the procedure: choose one first."))
            return
        header = "".join(
            f"<th>{esc(h)}</th>" for h in (t("Document"), t("Status"), t("Issue date"), t("Problem"))
        )
        rows = []
        for check in checks:
            state = self.case.attachments.get(check.id)
            issue = date_text(state.issue_date) if state else ""
            status = status_text(state.status if state else AttachmentStatus.MISSING, self.lang)
            title = f"{check.title(self.lang)} ({level_text(check.level, self.lang)})"
            problem = check.problem_text(self.lang)
            strong = check.required and check.problem is not None
            problem_cell = f"<b>{esc(problem)}</b>" if strong else esc(problem)
            rows.append(
                f"<tr><td>{esc(title)}</td><td>{esc(status)}</td><td>{esc(issue)}</td><td>{problem_cell}</td></tr>"
            )
        self.parts.append(
            f'<table border="1" cellspacing="0" cellpadding="3"><tr>{header}</tr>{"".join(rows)}</table>'
        )

    def plan_section(self) -> None:
        """What was entered on the plan page for the chosen route: the rehabilitation plan's settings, or the
        bank's offer (negotiation and mediation)."""
        if self.case.route is Route.REHABILITATION:
            title, rows = t("Your plan (更生方案, Art. 53)"), self.field_rows(PLAN_FIELDS)
        elif not is_proceeding(self.case.route):
            title, rows = t("The bank's offer (if you received one)"), self.field_rows(BANK_OFFER_FIELDS)
        else:
            return
        if rows:
            self.heading(title, PlanPage.key)
            self.fields(rows)

    def figures_section(self) -> None:
        self.heading(t("Key figures"))
        self.fields([self.figure_row(spec.name) for spec in face_rows(Face.REVIEW, self.figures)])

    def figure_row(self, name: str) -> tuple[str, str]:
        """A figure's label and value, as the registry declares it (debtassist.rules.figure_specs)."""
        spec = figure_spec(name)
        value = spec.display(self.figures)
        if spec.display_kind is Kind.MONEY:
            return spec.label(self.lang), money(value)
        if not value:
            return spec.label(self.lang), tr("figure_specs.none_yet", self.lang)
        if spec.detail:  # a name and its amount: "台新銀行 (NT$761,400)"
            return spec.label(self.lang), f"{value} ({money(figure_spec(spec.detail).display(self.figures))})"
        return spec.label(self.lang), str(value)

    def findings_section(self) -> None:
        groups = (
            (t("Errors (to fix before the packet can be printed)"), self.report.errors, t("No errors.")),
            (t("Warnings"), self.report.warnings, t("No warnings.")),
            (t("Notes"), self.report.notes, t("No notes.")),
        )
        for title, findings, none in groups:
            self.heading(title)
            if not findings:
                self.paragraph(none)
                continue
            self.parts.append("<ul>" + "".join(self.finding_item(f) for f in findings) + "</ul>")

    def finding_item(self, finding: Finding) -> str:
        text = esc(finding.message(self.lang))
        rule = finding.rule_text(self.lang)
        if rule:
            text += f"<br/><i>{esc(fill(t('Rule: %1'), rule))}</i>"
        key = page_for_path(finding.path) if finding.path else None
        if key:
            text += f' <a href="page:{esc(key)}">{esc(t("Go to the page"))}</a>'
        return f"<li>{text}</li>"


def _lines(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.split("\n"))


def review_html(report: CheckReport, lang: Lang) -> str:
    return ReviewWriter(report, lang).html()


class ReviewPage(WizardPage):
    key = "review"
    paths = ()
    #: The key of the page to go to, from an "Edit" link.
    editRequested = Signal(str)

    def title(self) -> str:
        return numbered(t("{review}. Review"))

    def why(self) -> str:
        return t(
            "Read everything once more before printing: this is what the forms will say. Use “Edit” to go back "
            "to a section; the errors at the end must be fixed before the packet can be printed."
        )

    def build(self) -> None:
        self.reviewed = False
        self._shown: CheckReport | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(t("Review of the whole case"))
        self.browser.setMinimumHeight(420)
        self.browser.anchorClicked.connect(self._follow)
        self.form.addWidget(self.browser, 10)

    def load(self) -> None:
        self._show(self.session.report)

    def report_changed(self, report: CheckReport) -> None:
        self._show(report)

    def _show(self, report: CheckReport) -> None:
        if report is self._shown:  # one render per change: this report is on screen already
            return
        self._shown = report
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(review_html(report, self.lang))
        bar.setValue(position)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "page" and url.path():
            self.editRequested.emit(url.path())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reviewed = True

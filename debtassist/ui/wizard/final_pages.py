"""Wizard pages 11-14: the documents checklist, the repayment plan, the review, and the printed packet."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFontMetrics,
    QImage,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang, tr
from debtassist.logs import log
from debtassist.model.case import AttachmentStatus, Case, CaseStatus, ExpenseMode, PreviousNegotiation, Route
from debtassist.rules.check import CheckReport
from debtassist.rules.explain import Finding
from debtassist.rules.figures import Figures, PlanScenario
from debtassist.rules.filenames import suggested_name
from debtassist.rules.money import ntd
from debtassist.rules.routes import is_proceeding
from debtassist.store import paths
from debtassist.store.atomic import atomic_write_bytes
from debtassist.ui.i18n import file_dialog_options
from debtassist.ui.models.columns import TableSpec, display_text, get_value

if TYPE_CHECKING:  # the packet code (ReportLab, pypdf) and pypdfium2 load when the packet step needs them
    from debtassist.forms.packet import Packet, PacketOptions
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
from debtassist.ui.widgets import ErrorLabel
from debtassist.ui.widgets.flow import flow_row
from debtassist.ui.widgets.header import WrapHeader
from debtassist.ui.widgets.wrapping import WrapCheck
from debtassist.ui.wizard.attachments_model import (
    ID_ROLE,
    AttachmentsModel,
    Col,
    LineDelegate,
    StatusDelegate,
    date_text,
    level_text,
    status_text,
)
from debtassist.ui.wizard.base import WizardPage, covers, t
from debtassist.ui.wizard.basic_pages import ApplicantPage, EligibilityPage, RoutePage, route_text
from debtassist.ui.wizard.court_plan import (
    BankOfferPanel,
    DischargePanel,
    LivingYearPanel,
    RehabilitationPlanPanel,
)
from debtassist.ui.wizard.money_pages import ExpensesPage
from debtassist.ui.wizard.steps import numbered
from debtassist.ui.wizard.table_pages import (
    AssetsPage,
    BusinessPage,
    CreditorsPage,
    HouseholdPage,
    IncomePage,
    OwnDebtorsPage,
)

PACKET_FILE = paths.PACKET_FILE  # declared by the store, which removes it when the case is protected
PACKET_STATE_FILE = "packet.state"  # JSON: the fingerprint and page counts of packet.pdf
PREVIEW_SCALE = 0.8  # preview pixels per PDF point (A4 is about 476 × 674)
PREVIEW_LIMIT = 60  # pages shown in the preview; the system viewer shows all
PREVIEW_EAGER = 2  # pages rendered at once; the others when they scroll into view
MAX_PRINT_DPI = 300


def fill(text: str, *args: object) -> str:
    """Put ``args`` into the ``%1``, ``%2``... of an already translated text."""
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text


def money(value: int | None) -> str:
    return t("not known yet") if value is None else f"NT${ntd(value)}"


def rate_text(rate: Fraction) -> str:
    return f"{float(rate * 100):g}%"


def yes_no(value: bool | None) -> str:
    return t("not answered") if value is None else (t("Yes") if value else t("No"))


# --- 11. Documents --------------------------------------------------------------------------------------------


class AttachmentsPage(WizardPage):
    key = "attachments"
    paths = ("attachments",)

    def title(self) -> str:
        return numbered(t("{attachments}. Documents"))

    def why(self) -> str:
        # The consequence of a missing document is said for the chosen route only (issue 12: the bank returns
        # the application; a court orders it supplied).
        if self.session.case.route is Route.BANK_NEGOTIATION:
            return t(
                "These documents go with your application. When a required one is missing or out of date, the "
                "bank may return the application or ask for it, and the negotiation waits. The list says where "
                "to get each; mark what you have and the day it was issued, since some must be recent."
            )
        return t(
            "These documents go with your petition. When a required one is missing or out of date, the court "
            "orders you to supply it (補正) and your case waits, or is dismissed if you do not. The list says "
            "where to get each; mark what you have and the day it was issued, since some must be recent."
        )

    def build(self) -> None:
        self.model = AttachmentsModel(self.session.report, self.lang, self)
        self.model.edited.connect(self._edited)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(t("Documents checklist"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(320)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Col.DOCUMENT, 280),
            (Col.OBTAIN, 220),
            (Col.STATUS, 110),
            (Col.ISSUE_DATE, 100),
        ):
            header.resizeSection(column, width)
        # The document's name stays in view while its status and date are edited: they come right after it
        # (where to get it goes last), and the name of the current row is repeated above the table.
        for visual, column in enumerate(
            (Col.DOCUMENT, Col.STATUS, Col.ISSUE_DATE, Col.NOTE, Col.PROBLEM, Col.OBTAIN)
        ):
            header.moveSection(header.visualIndex(column), visual)
        self.view.setItemDelegateForColumn(Col.STATUS, StatusDelegate(self.lang, self.view))
        self.view.setItemDelegateForColumn(Col.ISSUE_DATE, LineDelegate("115/3/2", self.view))
        self.view.setItemDelegateForColumn(Col.NOTE, LineDelegate("", self.view))
        self.current_document = QLabel()
        self.current_document.setObjectName("tableTitle")
        self.current_document.setWordWrap(True)
        self.form.addWidget(self.current_document)
        self.form.addWidget(self.view, 10)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_current(current)
        )
        self.refusal = ErrorLabel()
        self.model.refused.connect(self.refusal.showError)
        self.form.addWidget(self.refusal)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addWidget(self.summary)
        hint = QLabel(
            t(
                "Double-click a cell (or press F2) to change the status, the issue date (ROC, e.g. 115/3/2) "
                "or your note. Rows in red are required documents that are not ready yet."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addWidget(hint)

    def load(self) -> None:
        self._show(self.session.report)

    def report_changed(self, report: CheckReport) -> None:
        self.why_label.setText(self.why())
        self._show(report)

    def _show_current(self, current: QModelIndex) -> None:
        name = self.model.index(current.row(), Col.DOCUMENT).data() if current.isValid() else ""
        self.current_document.setText(fill(t("Document: %1"), name) if name else "")

    def _edited(self) -> None:
        self.refusal.showError("")
        self.changed()

    def _show(self, report: CheckReport) -> None:
        current = self.view.currentIndex()
        selected = current.data(ID_ROLE) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        self.model.set_report(report)
        row = self.model.row_of(selected) if isinstance(selected, str) else None
        if row is not None and self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row, column))
        self.view.resizeRowsToContents()
        if report.case.route is None:
            self.summary.setText(
                numbered(t("Choose a procedure on page {route} first: the documents depend on it."))
            )
            return
        missing = report.missing_attachments
        if missing:
            self.summary.setText(
                fill(
                    t("%1 required document(s) not ready yet: %2"),
                    len(missing),
                    "; ".join(a.title(self.lang) for a in missing),
                )
            )
        else:
            self.summary.setText(t("Every required document is ready."))


# --- 12. Repayment plan -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar of the chart: its label and its parts (amount, colour); no parts when the amount is unknown."""

    label: str
    parts: tuple[tuple[int, QColor], ...]
    text: str  # the amount as shown next to the bar

    @property
    def total(self) -> int:
        return sum(amount for amount, _ in self.parts)


INCOME_COLOR = QColor("#2e7d32")
OWN_EXPENSE_COLOR = QColor("#e65100")
DEPENDENTS_COLOR = QColor("#ffa040")
PAYMENT_COLOR = QColor("#1565c0")


class PlanChart(QWidget):
    """Horizontal bars with their amounts and a legend, painted with QPainter; the same numbers are in the
    accessible description (and the tooltip) as text."""

    GAP = 10
    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.legend: list[tuple[str, QColor]] = []
        self.setAccessibleName(t("Chart of income, necessary expenses and payment"))
        self._update_height()

    def set_bars(
        self, bars: Sequence[Bar], description: str, legend: Sequence[tuple[str, QColor]] = ()
    ) -> None:
        self.bars = list(bars)
        self.legend = list(legend)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self._update_height()
        self.update()

    def row_height(self) -> int:
        return max(22, self.fontMetrics().height() + 8)

    def _update_height(self) -> None:
        rows = max(1, len(self.bars)) + (1 if self.legend else 0)
        self.setMinimumHeight(2 * self.MARGIN + rows * self.row_height() + (rows - 1) * self.GAP)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(520, self.minimumHeight())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            metrics = QFontMetrics(self.font())
            text_color = self.palette().color(QPalette.ColorRole.WindowText)
            height = self.row_height()
            middle = int(Qt.AlignmentFlag.AlignVCenter)
            label_width = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12
            amount_width = max((metrics.horizontalAdvance(b.text) for b in self.bars), default=0) + 12
            left = self.MARGIN + label_width
            span = max(1, self.width() - left - amount_width - self.MARGIN)
            largest = max((b.total for b in self.bars), default=0) or 1
            top = self.MARGIN
            for bar in self.bars:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(self.MARGIN, top, label_width - 8, height),
                    int(Qt.AlignmentFlag.AlignRight) | middle,
                    bar.label,
                )
                x = float(left)
                for amount, color in bar.parts:
                    width = span * amount / largest
                    painter.fillRect(QRectF(x, top + 2, width, height - 4), color)
                    x += width
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(x + 6, top, amount_width + span, height),
                    int(Qt.AlignmentFlag.AlignLeft) | middle,
                    bar.text,
                )
                top += height + self.GAP
            x = float(left)
            for label, color in self.legend:
                swatch = metrics.height() * 0.8
                painter.fillRect(QRectF(x, top + (height - swatch) / 2, swatch, swatch), color)
                x += swatch + 6
                painter.setPen(text_color)
                width = metrics.horizontalAdvance(label) + 4
                painter.drawText(
                    QRectF(x, top, width, height), int(Qt.AlignmentFlag.AlignLeft) | middle, label
                )
                x += width + 18
        finally:
            painter.end()


def chart_payment(scenarios: Sequence[PlanScenario]) -> PlanScenario | None:
    """The smallest affordable payment; when none is affordable (or that is unknown), 72 months at 0%."""
    affordable = [s for s in scenarios if s.affordable]
    if affordable:
        return min(affordable, key=lambda s: (s.monthly_payment, s.months))
    fallback = [s for s in scenarios if s.months == 72 and s.annual_rate == 0]
    return fallback[0] if fallback else (scenarios[0] if scenarios else None)


def chart_bars(figures: Figures) -> tuple[list[Bar], str]:
    """The chart's bars and the same numbers as a sentence (the accessible description)."""
    income = figures.monthly_income
    own, dependents = figures.debtor_necessary_expense, figures.dependents_expense
    expenses = None if own is None or dependents is None else own + dependents
    bars = [
        Bar(t("Monthly income"), () if income is None else ((income, INCOME_COLOR),), money(income)),
        Bar(
            t("Necessary expenses"),
            ()
            if own is None or dependents is None
            else ((own, OWN_EXPENSE_COLOR), (dependents, DEPENDENTS_COLOR)),
            money(expenses),
        ),
    ]
    sentences = [
        fill(t("Monthly income: %1."), money(income)),
        fill(
            t("Necessary expenses: %1 (your own %2, dependents %3)."),
            money(expenses),
            money(own),
            money(dependents),
        ),
    ]
    scenario = chart_payment(figures.plan_scenarios)
    if scenario is not None:
        label = fill(t("Payment (%1 months, %2)"), scenario.months, rate_text(scenario.annual_rate))
        bars.append(Bar(label, ((scenario.monthly_payment, PAYMENT_COLOR),), money(scenario.monthly_payment)))
        if scenario.affordable:
            verdict = t("smallest payment your disposable income covers")
        elif scenario.affordable is None:
            verdict = t("whether you can afford it is not known yet")
        else:
            verdict = t("no scenario is covered by your disposable income")
        sentences.append(
            fill(
                t("Monthly payment over %1 months at %2: %3 (%4)."),
                scenario.months,
                rate_text(scenario.annual_rate),
                money(scenario.monthly_payment),
                verdict,
            )
        )
    return bars, " ".join(sentences)


class PlanPage(WizardPage):
    key = "plan"
    paths = ()
    edits = ("plan", "bank_offer", "discharge_answers", "living_expense_year")

    def title(self) -> str:
        return numbered(t("{plan}. Repayment plan"))

    def why(self) -> str:
        return t(
            "Bank and mediation scenarios are illustrations, not offers. A rehabilitation plan is tested as the "
            "court does: against your surplus, not the whole debt (Art. 53, 64, 64-1). For liquidation, the "
            "discharge outlook is shown (Art. 133, 134). The court decides."
        )

    def build(self) -> None:
        self.no_plan = QLabel()
        self.no_plan.setWordWrap(True)
        self.no_plan.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addWidget(self.no_plan)
        self.plan = QWidget()
        layout = QVBoxLayout(self.plan)
        layout.setContentsMargins(0, 0, 0, 0)
        self.base = QLabel()
        self.base.setWordWrap(True)
        self.base.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.base)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [t("Months"), t("Annual interest"), t("Monthly payment"), t("Affordable")]
        )
        self.table.setAccessibleName(t("Repayment scenarios"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeader(WrapHeader(self.table))  # titles wrap at a large font, never cut
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        chart_title = QLabel(t("Income, necessary expenses and payment each month"))
        chart_title.setObjectName("tableTitle")
        chart_title.setWordWrap(True)
        layout.addWidget(chart_title)
        self.chart = PlanChart()
        layout.addWidget(self.chart)
        self.trail = QLabel()
        self.trail.setWordWrap(True)
        self.trail.setTextFormat(Qt.TextFormat.PlainText)
        self.trail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.trail)
        self.form.addWidget(self.plan)
        # The court routes and the bank's offer (debtassist.ui.wizard.court_plan).
        self.living_year = LivingYearPanel(self)
        self.rehabilitation = RehabilitationPlanPanel(self)
        self.discharge = DischargePanel(self)
        self.bank_offer = BankOfferPanel(self)
        for panel in self.court_panels():
            self.form.addWidget(panel)

    def court_panels(
        self,
    ) -> tuple[LivingYearPanel | RehabilitationPlanPanel | DischargePanel | BankOfferPanel, ...]:
        return (self.living_year, self.rehabilitation, self.discharge, self.bank_offer)

    def load(self) -> None:
        for panel in self.court_panels():
            panel.load()
        self._show(self.session.report)

    def report_changed(self, report: CheckReport) -> None:
        self._show(report)

    def _show(self, report: CheckReport) -> None:
        figures = report.figures
        route = report.case.route
        self.rehabilitation.setVisible(route is Route.REHABILITATION)
        self.discharge.setVisible(route is Route.LIQUIDATION)
        self.bank_offer.setVisible(not is_proceeding(route))
        self.living_year.setVisible(is_proceeding(route))
        for panel in self.court_panels():
            if panel.isVisibleTo(self):
                panel.show_report(report)
        if route is Route.REHABILITATION:
            self.no_plan.setVisible(False)
            self.plan.setVisible(False)
            return
        if report.case.route is Route.LIQUIDATION:
            self.no_plan.setText(
                t(
                    "Liquidation has no repayment plan: your assets are sold for the creditors and the rest of "
                    "the debt may be discharged. Whether discharge is likely is shown below."
                )
            )
            self.no_plan.setVisible(True)
            self.plan.setVisible(False)
            return
        self.no_plan.setVisible(not figures.plan_scenarios)
        self.no_plan.setText(t("There are no scenarios to show yet."))
        self.plan.setVisible(bool(figures.plan_scenarios))
        self.base.setText(
            fill(
                t("Debt a plan must repay: %1. Disposable income: %2 a month."),
                money(figures.plan_base),
                money(figures.disposable_income),
            )
        )
        self._fill_table(figures.plan_scenarios)
        bars, description = chart_bars(figures)
        legend = [
            (t("Income"), INCOME_COLOR),
            (t("Your own expenses"), OWN_EXPENSE_COLOR),
            (t("Dependents"), DEPENDENTS_COLOR),
            (t("Payment"), PAYMENT_COLOR),
        ]
        self.chart.set_bars(bars, description, legend)
        steps: list[str] = []
        for name in (
            "monthly_income",
            "debtor_necessary_expense",
            "dependents_expense",
            "disposable_income",
            "plan_scenarios",
        ):
            steps += figures.explain(name, self.lang)
        if figures.disposable_income is None:
            steps.append(t("Disposable income is not known until your income and expenses are entered."))
        self.trail.setText(t("How this was worked out:") + "\n" + "\n".join(f"• {s}" for s in steps))

    def _fit_table(self) -> None:
        """Tall enough for every scenario (at most 16 rows; beyond that it scrolls)."""
        rows = min(self.table.rowCount(), 16)
        header = self.table.horizontalHeader().sizeHint().height()
        height = (
            header + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth() + 2
        )
        self.table.setMinimumHeight(max(120, height))

    def _fill_table(self, scenarios: Sequence[PlanScenario]) -> None:
        self.table.setRowCount(len(scenarios))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, scenario in enumerate(scenarios):
            affordable = {None: t("unknown"), True: t("yes"), False: t("no")}[scenario.affordable]
            cells = (
                (str(scenario.months), right),
                (rate_text(scenario.annual_rate), right),
                (f"{scenario.monthly_payment:,}", right),
                (affordable, Qt.AlignmentFlag.AlignCenter),
            )
            for column, (text, alignment) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(alignment)
                self.table.setItem(row, column, item)
        self._fit_table()


# --- 13. Review ---------------------------------------------------------------------------------------------------

#: The pages a finding can send the user to, in wizard order: the first whose paths cover its path.
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
        if covers(path, page.paths):
            return page.key
    return None


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def roc(value: date | None) -> str:
    return date_text(value) if value is not None else t("not entered")


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
            [(tr("figure.total_assets", self.lang), money(self.figures.total_assets))],
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
        self.figures_section()
        self.findings_section()
        return "\n".join(self.parts)

    # -- building blocks -------------------------------------------------------------------------------------

    def heading(self, title: str, key: str | None = None) -> None:
        link = f' <a href="page:{esc(key)}">{esc(t("Edit"))}</a>' if key else ""
        self.parts.append(f"<h3>{esc(title)}{link}</h3>")

    def fields(self, rows: Sequence[tuple[str, str]]) -> None:
        cells = "".join(
            f'<tr><td style="padding-right:12px">{esc(label)}</td><td>{esc(value)}</td></tr>'
            for label, value in rows
        )
        self.parts.append(f"<table>{cells}</table>")

    def paragraph(self, text: str) -> None:
        self.parts.append(f"<p>{esc(text)}</p>")

    def records(self, spec: TableSpec[Any], records: Sequence[BaseModel], empty: str = "") -> None:
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

    def cell_text(self, spec: TableSpec[Any], column: int, record: BaseModel) -> str:
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
        records: Sequence[BaseModel],
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
            (t("Filing date"), roc(case.filing_date)),
        ]
        if case.route is not Route.BANK_NEGOTIATION:  # the review speaks only of the chosen route
            rows.append((t("Court or mediation committee"), case.venue or t("not entered")))
        self.fields(rows)

    def eligibility_section(self) -> None:
        history = self.case.history
        previous = {
            PreviousNegotiation.NONE: t("Never applied"),
            PreviousNegotiation.CONCLUDED: t("Applied; an agreement was concluded"),
            PreviousNegotiation.FAILED: t("Applied; it failed"),
            PreviousNegotiation.DEEMED_NOT_REQUESTED: t("Applied; 'deemed not requested'"),
            PreviousNegotiation.RETURNED: t("Applied; returned for missing documents or eligibility"),
        }
        if history.concluded_2006_agreement is None:
            answer_2006 = t("not answered")
        elif history.concluded_2006_agreement:
            answer_2006 = t("Yes, an agreement was concluded")
        elif history.negotiated_2006 is False:
            answer_2006 = t("I never negotiated then")
        else:
            answer_2006 = t("I took part; no agreement")
        rows = [
            (t("Did you run a business in the last five years?"), yes_no(self.case.business.had_business)),
            (
                t(
                    "The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?"
                ),
                answer_2006,
            ),
            (
                t("Earlier pre-negotiation"),
                previous[history.previous_negotiation] if history.previous_negotiation else t("not answered"),
            ),
        ]
        if history.previous_negotiation_end:
            rows.append((t("When it ended"), roc(history.previous_negotiation_end)))
        if history.agreement_difficulty_not_attributable is not None:
            rows.append(
                (
                    t("If an agreement was concluded: did paying become hard for reasons not your fault?"),
                    yes_no(history.agreement_difficulty_not_attributable),
                )
            )
        if history.mediation_failed_date:
            rows.append((t("If a mediation failed: on which day"), roc(history.mediation_failed_date)))
        self.heading(t("Before you start"), "eligibility")
        self.fields(rows)

    def applicant_section(self) -> None:
        a = self.case.applicant
        self.heading(t("About you"), "applicant")
        self.fields(
            [
                (t("Name (as on your ID card)"), a.name or t("not entered")),
                (t("National ID number"), a.national_id or t("not entered")),
                (t("Date of birth"), roc(a.birth_date)),
                (t("Phone"), a.phone),
                (t("Mobile phone"), a.mobile),
                (t("E-mail"), a.email),
                (t("Registered address (戶籍地址)"), a.registered_address or t("not entered")),
                (t("Mailing address"), a.mailing_address or t("same as the registered address")),
                (t("County or city where you live"), a.residence_county or t("not entered")),
                (t("Employer"), a.employer),
                (t("Occupation"), a.occupation),
            ]
        )

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
        self.fields([(tr("figure.monthly_income", self.lang), money(self.figures.monthly_income))])

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
        self.fields(
            [
                (
                    tr("figure.debtor_necessary_expense", self.lang),
                    money(self.figures.debtor_necessary_expense),
                ),
                (tr("figure.dependents_expense", self.lang), money(self.figures.dependents_expense)),
            ]
        )

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
                (tr("figure.total_debt", self.lang), money(self.figures.total_debt)),
                (tr("figure.largest_creditor", self.lang), chosen),
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

    def figures_section(self) -> None:
        f = self.figures
        self.heading(t("Key figures"))
        largest = f.largest_creditor
        rows = [
            (tr("figure.total_debt", self.lang), money(f.total_debt)),
            (tr("figure.unsecured_debt", self.lang), money(f.unsecured_debt)),
            (tr("figure.secured_debt", self.lang), money(f.secured_debt)),
            (tr("figure.financial_institution_debt", self.lang), money(f.financial_institution_debt)),
            (
                tr("figure.largest_creditor", self.lang),
                f"{largest.name} ({money(largest.amount)})" if largest.name else t("none yet"),
            ),
            (tr("figure.total_assets", self.lang), money(f.total_assets)),
            (tr("figure.monthly_income", self.lang), money(f.monthly_income)),
            (tr("figure.minimum_living_expense", self.lang), money(f.living.monthly)),
            (tr("figure.debtor_necessary_expense", self.lang), money(f.debtor_necessary_expense)),
            (tr("figure.dependents_expense", self.lang), money(f.dependents_expense)),
            (tr("figure.disposable_income", self.lang), money(f.disposable_income)),
        ]
        if f.court_fee is not None:
            rows.append((t("Filing fee"), money(f.court_fee)))
        if f.postage_estimate is not None:
            rows.append((t("Postage advance (estimate)"), money(f.postage_estimate)))
        self.fields(rows)

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


# --- 14. Packet ---------------------------------------------------------------------------------------------------


def render_page(page: Any, scale: float, grayscale: bool = False) -> QImage:
    """One PDF page (a pypdfium2 page) as an image owning its pixels."""
    bitmap = page.render(scale=scale, rev_byteorder=True, grayscale=grayscale)
    try:
        formats = {
            1: QImage.Format.Format_Grayscale8,
            3: QImage.Format.Format_RGB888,
            4: QImage.Format.Format_RGBA8888,
        }
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.n_channels])
        return image.copy()
    finally:
        bitmap.close()


class PrintCancelled(Exception):
    pass


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint every page of the PDF ``data`` (or the range chosen in the print dialog) onto ``printer``, each
    rendered at the printer's resolution (at most 300 dpi) and fitted to the paper keeping its proportions.
    Returns the number of pages printed; raises OSError when the printer cannot be opened, PrintCancelled when
    ``progress`` (called with done, total) returns False."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        count = len(document)
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = min(printer.fromPage(), count)
            last = min(printer.toPage() or count, count)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(t("The printer could not be opened."))
        try:
            total = last - first + 1
            for done, number in enumerate(range(first, last + 1)):
                if progress is not None and not progress(done, total):
                    raise PrintCancelled
                if done:
                    printer.newPage()
                page = document[number - 1]
                try:
                    image = render_page(page, dpi / 72, grayscale)
                finally:
                    page.close()
                target = QRectF(painter.viewport())
                size = image.size().toSizeF().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = target.x() + (target.width() - size.width()) / 2
                y = target.y() + (target.height() - size.height()) / 2
                painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
            if progress is not None:
                progress(total, total)
        finally:
            painter.end()
        return total
    finally:
        document.close()


class PacketPreview(QScrollArea):
    """The first pages of a PDF, one label each; pages are rendered when they scroll into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumHeight(480)
        self.setAccessibleName(t("Preview of the packet"))
        self.container = QWidget()
        self.pages_layout = QVBoxLayout(self.container)
        self.pages_layout.setSpacing(12)
        self.setWidget(self.container)
        self.page_labels: list[QLabel] = []
        self.page_count = 0
        self._document: Any = None
        self._rendered: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.render_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())

    def clear(self) -> None:
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self._rendered = set()
        self.page_count = 0
        if self._document is not None:
            self._document.close()
            self._document = None

    def show_pdf(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        self.clear()
        self._document = pdfium.PdfDocument(data)
        self.page_count = len(self._document)
        for index in range(min(self.page_count, PREVIEW_LIMIT)):
            width, height = self._document.get_page_size(index)
            label = QLabel(fill(t("Page %1"), index + 1))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QFrame.Shape.Box)
            label.setFixedSize(round(width * PREVIEW_SCALE), round(height * PREVIEW_SCALE))
            label.setAccessibleName(fill(t("Page %1 of %2"), index + 1, self.page_count))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        for index in range(min(PREVIEW_EAGER, len(self.page_labels))):
            self.render_page(index)
        self._timer.start()

    def rendered(self) -> int:
        return len(self._rendered)

    def is_rendered(self, index: int) -> bool:
        return index in self._rendered

    def render_page(self, index: int) -> None:
        if index in self._rendered or self._document is None:
            return
        label = self.page_labels[index]
        ratio = label.devicePixelRatioF()
        page = self._document[index]
        try:
            image = render_page(page, PREVIEW_SCALE * ratio)
        finally:
            page.close()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        label.setPixmap(pixmap)
        self._rendered.add(index)

    def render_visible(self) -> None:
        """Render the pages within a screen's height of what is shown. Where each page is follows from the
        fixed page sizes, so this does not depend on the layout having run yet."""
        if not self.isVisible() or not self.page_labels:
            return
        height = self.viewport().height()
        top = self.verticalScrollBar().value() - height
        bottom = top + 3 * height
        margins = self.pages_layout.contentsMargins()
        y = margins.top()
        for index, label in enumerate(self.page_labels):
            if y + label.height() >= top and y <= bottom:
                self.render_page(index)
            y += label.height() + self.pages_layout.spacing()
            if y > bottom:
                break

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._timer.start()


class PacketPage(WizardPage):
    """Build the packet into the case folder, preview it, print it, open it elsewhere or save a copy.

    The container sets ``review_done`` (a callable saying whether the review page has been seen); nothing is
    built before it says True. ``ask_save_path``, ``ask_printer`` and ``open_url`` are the dialogs and the
    desktop hand-off, to be replaced in tests."""

    key = "packet"
    paths = ()

    def title(self) -> str:
        return numbered(t("{packet}. Print the packet"))

    def why(self) -> str:
        return t(
            "The packet is one PDF: a cover sheet for you (what to send where, the checklist, fees and "
            "deadlines), the filled forms and the copies. Check the preview, then print it or save it. "
            "Sign and stamp where the forms ask before sending."
        )

    def build(self) -> None:
        self.review_done: Callable[[], bool] | None = None
        self.packet: Packet | None = None
        self.pdf: bytes | None = None
        self._built_state: str | None = None
        self._counts: tuple[int, int, int] | None = None

        options = QVBoxLayout()
        self.duplex = WrapCheck(t("Printing on both sides (duplex): start every document on a front side"))
        self.copies = WrapCheck(t("One copy for each creditor"))
        self.copies.setChecked(True)
        self.draft = WrapCheck(t("Draft: make it although the case still has errors"))
        self.draft_hint = QLabel(
            t(
                "A draft has every page marked “草稿 DRAFT”. Use it to check the forms with a social worker or "
                "Legal Aid; do not file it."
            )
        )
        self.draft_hint.setObjectName("hint")
        self.draft_hint.setWordWrap(True)
        for box in (self.duplex, self.copies, self.draft):
            box.toggled.connect(lambda _on: self._update_state())
            options.addWidget(box)
        options.addWidget(self.draft_hint)
        self.form.addLayout(options)

        self.build_button = QPushButton(t("B&uild the packet"))
        self.print_button = QPushButton(t("&Print…"))
        self.open_button = QPushButton(t("&Open in the system viewer"))
        self.save_button = QPushButton(t("&Save as…"))
        self.build_button.clicked.connect(self.make_packet)
        self.print_button.clicked.connect(self.print_packet)
        self.open_button.clicked.connect(self.open_packet)
        self.save_button.clicked.connect(self.save_packet_as)
        self.form.addWidget(
            flow_row(self.build_button, self.print_button, self.open_button, self.save_button)
        )

        self.problem = ErrorLabel()
        self.form.addWidget(self.problem)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addWidget(self.status)
        self.preview = PacketPreview()
        self.form.addWidget(self.preview, 10)

    # -- state -----------------------------------------------------------------------------------------------

    @property
    def protected(self) -> bool:
        return self.session.handle.protected

    @property
    def packet_path(self) -> Path:
        return self.session.library.layout.case_dir(self.session.case_id) / PACKET_FILE

    def options(self) -> PacketOptions:
        from debtassist.forms.packet import PacketOptions, default_copies

        report = self.session.report
        copies = default_copies(report.case, report) if self.copies.isChecked() else 1
        draft = self.draft.isChecked() and bool(report.errors)
        return PacketOptions(lang=self.lang, draft=draft, duplex=self.duplex.isChecked(), copies=copies)

    def _state(self) -> str:
        """A fingerprint of what the packet is made from: the case without its bookkeeping, and the options."""
        made_from = self.session.case.model_dump_json(exclude={"meta"}) + repr(self.options())
        return hashlib.sha256(made_from.encode("utf-8")).hexdigest()

    @property
    def state_path(self) -> Path:
        """Beside the packet: what it was made from and how it adds up, so that reopening shows it again."""
        return self.packet_path.with_name(PACKET_STATE_FILE)

    def is_stale(self) -> bool:
        return self.pdf is not None and self._built_state != self._state()

    def load(self) -> None:
        self.pdf = None
        self.packet = None
        self._built_state = None
        self._counts = None  # pages a set, sets, cover pages
        self.preview.clear()
        self.problem.showError("")
        self.status.setText("")
        self._reopen_built_packet()
        self.report_changed(self.session.report)

    def _reopen_built_packet(self) -> None:
        """Show the packet built earlier (after reopening the case or switching the language): as it is when
        nothing changed since, else with the word that it is out of date and a one-click rebuild."""
        if self.protected or not self.packet_path.is_file() or not self.state_path.is_file():
            return
        try:
            stored = json.loads(self.state_path.read_text(encoding="utf-8"))
            pdf = self.packet_path.read_bytes()
            counts = (int(stored["pages_per_set"]), int(stored["copies"]), int(stored["cover_pages"]))
            built_state = str(stored["state"])
        except (OSError, ValueError, KeyError, TypeError):
            return  # no usable record: the page offers to build, as for a new case
        self.pdf, self._built_state, self._counts = pdf, built_state, counts
        self.preview.show_pdf(pdf)
        if not self.is_stale():
            self.status.setText(t("This is the packet built earlier.") + "\n" + self._count_text())

    def _count_text(self) -> str:
        """How the pages add up, the same numbers as the PDF: original set + copies for the creditors."""
        if self._counts is None:
            return ""
        per_set, sets, cover = self._counts
        copies = sets - 1
        total = per_set + copies * (per_set - cover)
        return fill(
            t(
                "%1 pages in all: the original (%2 pages, with the %3-page cover sheet for you) and %4 copies "
                "of %5 pages for the creditors."
            ),
            total,
            per_set,
            cover,
            copies,
            per_set - cover,
        )

    def report_changed(self, report: CheckReport) -> None:
        has_errors = bool(report.errors)
        self.draft.setEnabled(has_errors)
        self.draft_hint.setEnabled(has_errors)
        if not has_errors and self.draft.isChecked():
            self.draft.setChecked(False)
        if report.case.route is not None:
            from debtassist.forms.packet import default_copies

            self.copies.setText(
                fill(t("One copy for each creditor (%1 sets in all)"), default_copies(report.case, report))
            )
        self._update_state()

    def _update_state(self) -> None:
        stale = self.is_stale()
        self.print_button.setEnabled(self.pdf is not None and not stale)
        self.save_button.setEnabled(self.pdf is not None and not stale)
        self.open_button.setEnabled(
            self.packet_path.is_file() and not self.protected and not stale and not self.session.read_only
        )
        self.build_button.setText(t("Re&build the packet") if stale else t("B&uild the packet"))
        if stale:
            self.status.setText(
                t(
                    "This packet is out of date: the case, the options or the language changed after it was "
                    "built. Press “Rebuild the packet” to make it again; printing and saving wait until then."
                )
            )

    # -- actions ---------------------------------------------------------------------------------------------

    def refuse(self, message: str) -> bool:
        self.problem.showError(message)
        return False

    def make_packet(self) -> bool:
        """Build the packet, write it to the case folder and show it; False (with the reason shown) if not."""
        self.problem.showError("")
        report = self.session.report
        if self.review_done is None or not self.review_done():
            return self.refuse(t("Please go through the review first (step 13), then build the packet."))
        if report.case.route is None:
            return self.refuse(numbered(t("Choose a procedure on page {route} first.")))
        options = self.options()
        if report.errors and not options.draft:
            lines = [f"• {f.message(self.lang)}" for f in report.errors]
            return self.refuse(
                t(
                    "The case still has errors, so the packet cannot be made. Fix them, or tick “Draft” to make "
                    "a draft marked DRAFT on every page:"
                )
                + "\n"
                + "\n".join(lines)
            )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from debtassist.forms.packet import build_packet

            state = self._state()
            packet = build_packet(report.case, report, options)
            if self.session.read_only:
                pass  # nothing can be written beside the case: it stays in memory, to print or save elsewhere
            elif self.protected:
                # A protected case never leaves its packet in plaintext on disk: it stays in memory until the
                # user prints it or saves it where they choose.
                self.packet_path.unlink(missing_ok=True)
                self.state_path.unlink(missing_ok=True)
            else:
                atomic_write_bytes(self.packet_path, packet.pdf)
        except OSError as error:
            return self.refuse(fill(t("The packet could not be saved in the case folder: %1"), error))
        except Exception as error:  # a form that cannot be filled must not take the window down
            log.exception("case %s: the packet could not be made", self.session.case_id)
            return self.refuse(fill(t("The packet could not be made: %1"), error))
        finally:
            QApplication.restoreOverrideCursor()
        log.info(
            "case %s: packet built, %d pages a set, %d bytes",
            self.session.case_id,
            packet.pages_per_set,
            len(packet.pdf),
        )
        self.packet, self.pdf, self._built_state = packet, packet.pdf, state
        cover = sum(1 for job in packet.jobs if job.kind == "cover")
        self._counts = (packet.pages_per_set, packet.copies, cover)
        if not self.protected:
            record = {"state": state, "pages_per_set": packet.pages_per_set, "copies": packet.copies}
            record["cover_pages"] = cover
            with contextlib.suppress(OSError):  # without it the packet is still there, only not reshown
                atomic_write_bytes(self.state_path, json.dumps(record).encode("utf-8"))
        self.preview.show_pdf(packet.pdf)
        lines = [
            t("The packet is ready.") + " " + self._count_text(),
            fill(t("Saved as %1."), self.packet_path)
            if not self.protected
            else t(
                "This case is protected, so the packet is kept in memory only: print it or save it where you "
                "choose."
            ),
        ]
        if self.preview.page_count > len(self.preview.page_labels):
            lines.append(
                fill(
                    t("The preview shows the first %1 pages; open the PDF to see all of them."),
                    len(self.preview.page_labels),
                )
            )
        if options.draft:
            lines.append(t("This is a draft: every page is marked DRAFT. Do not file it."))
        if packet.glyphs:
            lines.append(
                fill(
                    t(
                        "%1 character(s) are not in the bundled font; the cover sheet lists them. "
                        "Check them on the printout."
                    ),
                    len(packet.glyphs),
                )
            )
        self.status.setText("\n".join(lines))
        self._update_state()
        return True

    def _ready(self) -> bytes | None:
        if self.pdf is None:
            self.refuse(t("Build the packet first."))
            return None
        if self.is_stale():
            self.refuse(t("The case changed after the packet was built: build it again first."))
            return None
        return self.pdf

    def _mark_printed(self) -> None:
        meta = self.session.case.meta
        if meta.status is not CaseStatus.SUBMITTED and meta.status is not CaseStatus.PRINTED:
            meta.status = CaseStatus.PRINTED
            self.changed()

    def print_packet(self) -> bool:
        data = self._ready()
        if data is None:
            return False
        printer = self.ask_printer()
        if printer is None:
            return False
        dialog = QProgressDialog(t("Printing the packet…"), t("Cancel"), 0, 1, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(1500)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            return not dialog.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(data, printer, progress)
        except PrintCancelled:
            self.status.setText(t("Printing was cancelled."))
            return False
        except OSError as error:
            return self.refuse(fill(t("The packet could not be printed: %1"), error))
        finally:
            QApplication.restoreOverrideCursor()
            dialog.reset()
            dialog.deleteLater()
        self.problem.showError("")
        self.status.setText(fill(t("%1 pages were sent to the printer."), pages))
        self._mark_printed()
        return True

    def save_packet_as(self) -> bool:
        data = self._ready()
        if data is None:
            return False
        path = self.ask_save_path()
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(".pdf")
        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            return self.refuse(fill(t("Could not save %1: %2"), path, error.strerror or error))
        self.problem.showError("")
        self.status.setText(fill(t("Saved a copy as %1."), path))
        self._mark_printed()
        return True

    def open_packet(self) -> bool:
        path = self.packet_path
        if not path.is_file():
            return self.refuse(t("Build the packet first."))
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            return self.refuse(fill(t("No program to show PDF files was found. The packet is at %1"), path))
        return True

    # -- dialogs (replaced in tests) -----------------------------------------------------------------------

    def ask_save_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        case = self.session.case
        name = suggested_name(
            case.applicant.name, case.route, tr("wizard.file.packet", self.lang), "pdf", self.lang
        )
        suggested = str(Path(folder or Path.home()) / name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            t("Save the packet as"),
            suggested,
            t("PDF files (*.pdf)"),
            "",
            file_dialog_options(self.lang),
        )
        return Path(chosen) if chosen else None

    def ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(fill(t("DebtAssist packet %1"), self.session.case_id))
        if self.duplex.isChecked():
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(t("Print the packet"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.preview.page_count))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)


__all__ = [
    "AttachmentsPage",
    "Bar",
    "PacketPage",
    "PacketPreview",
    "PlanChart",
    "PlanPage",
    "PrintCancelled",
    "ReviewPage",
    "chart_bars",
    "chart_payment",
    "page_for_path",
    "print_pdf",
    "render_page",
    "review_html",
]

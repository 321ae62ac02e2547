"""Wizard step: the repayment plan, with the income/expense chart and the court-plan panels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debtassist.model.case import Route
from debtassist.rules.check import CheckReport
from debtassist.rules.fields import BANK_OFFER_FIELDS, PLAN_FIELDS
from debtassist.rules.figures import Figures, PlanScenario
from debtassist.rules.routes import is_proceeding
from debtassist.ui.widgets.header import WrapHeader
from debtassist.ui.wizard.base import WizardPage, t
from debtassist.ui.wizard.court_plan import (
    BankOfferPanel,
    DischargePanel,
    LivingYearPanel,
    RehabilitationPlanPanel,
)
from debtassist.ui.wizard.final_text import fill, money, rate_text
from debtassist.ui.wizard.steps import numbered


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
    expenses = figures.need_per_month  # computed once, with the figures
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
    fields = (*PLAN_FIELDS, *BANK_OFFER_FIELDS)

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

"""The plan step's court panels: the rehabilitation plan builder (term, phases, the suggested amount, each
Art. 64 / 64-1 / 53 test as a live bar, the per-creditor table), the liquidation discharge outlook (Art. 133,
134, 141, 142) and the bank's recorded offer on the negotiation and mediation routes.

The figures come from ``debtassist.rules.plan`` through the session's check report; these widgets only show
them and write what the user chooses into the case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang, tr
from debtassist.model.case import DischargeAnswer, PlanPhase
from debtassist.rules.check import CheckReport
from debtassist.rules.fields import BANK_OFFER_FIELDS, PLAN_FIELDS
from debtassist.rules.money import ntd
from debtassist.rules.plan import ART_134_ITEMS, CourtFigures, PlanTest
from debtassist.ui.widgets import MoneyEdit
from debtassist.ui.widgets.base import CheckedLineEdit
from debtassist.ui.widgets.count import CountSpin
from debtassist.ui.widgets.field_row import ErrorLabel
from debtassist.ui.widgets.flow import flow_row
from debtassist.ui.widgets.header import WrapHeader
from debtassist.ui.widgets.wrapping import titled_box
from debtassist.ui.wizard.base import t
from debtassist.ui.wizard.money_pages import STATUS_TEXT
from debtassist.ui.wizard.steps import numbered
from debtassist.ui.wizard.table_pages import RecordTable

if TYPE_CHECKING:
    from debtassist.ui.wizard.base import WizardPage

BINDING = {
    "art_64_1": QT_TRANSLATE_NOOP("Wizard", "set by the deemed-best-effort rule (Art. 64-1)"),
    "art_64_2_3": QT_TRANSLATE_NOOP("Wizard", "set by the liquidation value (Art. 64 II (3))"),
    "art_64_2_4": QT_TRANSLATE_NOOP("Wizard", "set by the two-year surplus (Art. 64 II (4))"),
}
PASS_COLOR, FAIL_COLOR, UNKNOWN_COLOR = "#2e7d32", "#c62828", "#9e9e9e"  # also said in words beside the bar
ANSWERS = (
    (None, QT_TRANSLATE_NOOP("Wizard", "Not answered")),
    (False, QT_TRANSLATE_NOOP("Wizard", "No")),
    (True, QT_TRANSLATE_NOOP("Wizard", "Yes")),
)


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _combo(options: tuple[tuple[object, object], ...], accessible: str) -> QComboBox:
    combo = QComboBox()
    for value, text in options:
        combo.addItem(t(str(text)), value)
    combo.setAccessibleName(accessible)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return


def _table(headers: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setHorizontalHeader(WrapHeader(table))  # titles wrap at a large font, never cut
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.setMinimumHeight(min(320, 34 + 30 * max(1, len(rows))))


def _grid_rows(
    grid: QGridLayout, rows: tuple[tuple[str, QWidget], ...], parent: QWidget
) -> dict[QWidget, ErrorLabel]:
    """Each (label, field) on a row of ``grid``; under an amount, the same inline message as every other
    amount field (what was understood, ``＝ 38,000 元``, or why it cannot be kept). Returns those messages."""
    messages: dict[QWidget, ErrorLabel] = {}
    r = 0
    for text, widget in rows:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(widget)
        grid.addWidget(label, r, 0)
        grid.addWidget(widget, r, 1)
        r += 1
        if isinstance(widget, CheckedLineEdit):
            messages[widget] = ErrorLabel(widget, parent)
            grid.addWidget(messages[widget], r, 1)
            r += 1
    return messages


class TestBar(QWidget):
    """One test: its name and article, a bar of the plan against what the test requires, and the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.name = _label()
        self.name.setObjectName("tableTitle")
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.verdict = _label()
        layout.addWidget(self.name)
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)

    def show_test(self, test: PlanTest, lang: Lang) -> None:
        self.name.setText(f"{tr(f'plan.test.{test.key}', lang)} — {tr(f'rule.{test.rule}', lang)}")
        required, plan = test.required_amount, test.plan_amount
        if test.unit == "months":
            self.bar.setRange(0, max(1, required or 1))
            self.bar.setValue(min(plan or 0, required or 0))
            self.bar.setFormat(
                t("%1 of at most %2 months").replace("%1", str(plan)).replace("%2", str(required))
            )
        else:
            top = max(1, required or 0, plan or 0)
            self.bar.setRange(0, top)
            self.bar.setValue(plan or 0)
            self.bar.setFormat(
                t("Plan %1 / required %2").replace("%1", ntd(plan)).replace("%2", ntd(required))
            )
        if test.passes is None:
            verdict = t("Not known yet: an input is missing.")
        elif test.passes:
            verdict = t("Passes.")
        elif test.shortfall is not None:
            verdict = t("Does not pass: %1 short.").replace("%1", ntd(test.shortfall))
        else:
            verdict = t("Does not pass.")
        self.verdict.setText(verdict + " " + (test.because.text(lang) if test.because else ""))
        color = PASS_COLOR if test.passes else (FAIL_COLOR if test.passes is False else UNKNOWN_COLOR)
        self.bar.setStyleSheet(
            f"QProgressBar {{ text-align: center; }} QProgressBar::chunk {{ background-color: {color}; }}"
        )
        self.bar.setAccessibleName(self.name.text())
        self.bar.setAccessibleDescription(self.bar.format() + " " + verdict)
        self.setProperty("passes", test.passes)


class RehabilitationPlanPanel(QWidget):
    """Term, phases, the suggested amount, the tests as live bars and the per-creditor table."""

    def __init__(self, page: WizardPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = _label()
        layout.addWidget(self.summary)

        settings, settings_layout = titled_box(t("Your plan (更生方案, Art. 53)"))
        grid = QGridLayout()
        settings_layout.addLayout(grid)
        self.term = page.editor("plan.term_months", CountSpin)
        self.interval = page.editor("plan.interval_months", CountSpin)
        self.day = page.editor("plan.payment_day", CountSpin)
        self.exception = page.editor("plan.art53_exception", QComboBox)
        self.payee = page.editor("plan.payee", QComboBox)
        self.extra = page.editor("plan.yearly_extra", MoneyEdit)
        self.extra_month = page.editor("plan.yearly_extra_month", CountSpin)
        self.extra_message = page.field_rows.add_grid(grid, PLAN_FIELDS, settings)["plan.yearly_extra"]
        layout.addWidget(settings)

        suggest_row = QHBoxLayout()
        self.suggested = _label()
        self.use = QPushButton(t("Use this amount"))
        self.use.clicked.connect(self.use_suggestion)
        suggest_row.addWidget(self.suggested, 1)
        suggest_row.addWidget(self.use)
        layout.addLayout(suggest_row)

        self.phases = RecordTable(page, "plan.phases", t("Phases: instalments × amount"))
        layout.addWidget(self.phases)
        self.total = _label()
        layout.addWidget(self.total)

        tests_box, self.tests_layout = titled_box(t("The court's tests"))
        self.bars: list[TestBar] = []
        self.no_tests = _label(
            t("Enter the phases of your plan (or use the suggested amount) to see the tests.")
        )
        self.tests_layout.addWidget(self.no_tests)
        layout.addWidget(tests_box)

        title = QLabel(t("What each creditor receives"))
        title.setObjectName("tableTitle")
        layout.addWidget(title)
        self.creditors = _table(
            [t("Creditor"), t("Unsecured claim"), t("Share"), t("Each instalment"), t("In all")],
            t("What each creditor receives"),
        )
        layout.addWidget(self.creditors)
        self.rounding = _label(
            t(
                "Each instalment is split pro rata to the unsecured non-priority claims, to the dollar, by the "
                "largest-remainder method, so the parts add up to the instalment exactly (Rules Art. 26)."
            )
        )
        layout.addWidget(self.rounding)

    # -- case <-> widgets ----------------------------------------------------------------------------------

    def load(self) -> None:
        """The plan's fields are loaded by the page; the phases by their table."""
        self.phases.reload()

    def use_suggestion(self) -> None:
        court = self.page.session.report.figures.court
        suggested = court.suggested_plan if court else None
        if suggested is None or suggested.monthly is None:
            return
        self.page.session.case.plan.phases = [
            PlanPhase(instalments=suggested.months, amount=suggested.monthly)
        ]
        self.phases.reload()
        self.page.changed()

    # -- figures -------------------------------------------------------------------------------------------

    def show_report(self, report: CheckReport) -> None:
        court = report.figures.court
        if court is None:
            return
        lang = self.page.lang
        self.summary.setText(
            t(
                "Monthly surplus now: %1. Two years before filing (%2): surplus %3. Liquidation value of your "
                "property: %4."
            )
            .replace("%1", ntd(court.surplus_per_month))
            .replace("%2", "–".join(court.window) if court.window else "—")
            .replace("%3", ntd(court.surplus_two_years))
            .replace("%4", ntd(court.liquidation_value))
        )
        suggested = court.suggested_plan
        if suggested is None or suggested.monthly is None:
            self.suggested.setText(t("The smallest plan is not known yet: enter your income and expenses."))
            self.use.setEnabled(False)
        elif suggested.binding is None:
            self.suggested.setText(
                t(
                    "Every test asks for NT$0 (no liquidation value, no surplus): the app proposes no amount. "
                    "The court still weighs whether the plan is your best effort (Art. 64 I)."
                )
            )
            self.use.setEnabled(False)
        else:
            text = (
                t("Smallest amount passing every test over %1 instalments: %2 a month (total %3), %4.")
                .replace("%1", str(suggested.months))
                .replace("%2", ntd(suggested.monthly))
                .replace("%3", ntd(suggested.total))
                .replace("%4", t(str(BINDING[suggested.binding])))
            )
            if suggested.affordable is False:
                text += " " + t("This is more than your monthly surplus.")
            if not suggested.term_allowed:
                text += " " + t("A term over 72 months needs an Art. 53 exception.")
            self.suggested.setText(text)
            self.use.setEnabled(True)
        self._show_plan(court, lang)

    def _show_plan(self, court: CourtFigures, lang: Lang) -> None:
        plan = court.plan
        self.no_tests.setVisible(plan is None)
        tests = plan.tests if plan else []
        while len(self.bars) < len(tests):
            bar = TestBar()
            self.bars.append(bar)
            self.tests_layout.addWidget(bar)
        for index, bar in enumerate(self.bars):
            bar.setVisible(index < len(tests))
            if index < len(tests):
                bar.show_test(tests[index], lang)
        if plan is None:
            self.total.setText("")
            _fill(self.creditors, [], set())
            return
        self.total.setText(
            t(
                "Total %1 over %2 months; share of the unsecured debt repaid (清償成數) %3% "
                "(cut to two decimals; the courts' rounding is unconfirmed)."
            )
            .replace("%1", ntd(plan.total))
            .replace("%2", str(plan.months))
            .replace("%3", plan.percent_repaid or "—")
        )
        rows = [
            [
                share.name,
                ntd(share.claim),
                f"{float(share.share) * 100:.2f}%",
                " / ".join(ntd(a) for a in share.per_instalment),
                ntd(share.total),
            ]
            for share in plan.distribution
        ]
        _fill(self.creditors, rows, {1, 2, 3, 4})


class DischargePanel(QWidget):
    """Liquidation: the Art. 133 comparison, the Art. 134 questions and the later routes of Art. 141/142."""

    def __init__(self, page: WizardPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box, inner = titled_box(t("Discharge after liquidation (Art. 132, 133)"))
        self.art133 = _label()
        self.later = _label()
        inner.addWidget(self.art133)
        inner.addWidget(self.later)
        layout.addWidget(box)
        self.art142 = _table(
            [t("Creditor"), t("Claim"), t("20 %")], t("Art. 142: 20 % of each ordinary claim")
        )
        layout.addWidget(self.art142)
        questions, rows = titled_box(
            t("Art. 134: questions the court asks (answer each; a yes needs an explanation)")
        )
        self.answers: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for item in ART_134_ITEMS:
            # The question, then its answer and the explanation under it: stacked, so that a large font or a
            # long question never widens the page.
            rows.addWidget(_label(f"{item}. {tr(f'plan.art134.{item}', page.lang)}"))
            combo = _combo(ANSWERS, t("Answer to Art. 134 item %1").replace("%1", item))
            explanation = QLineEdit()
            explanation.setPlaceholderText(t("What happened (needed when you answer yes)"))
            explanation.setAccessibleName(t("Explanation for Art. 134 item %1").replace("%1", item))
            answer_row = flow_row(combo)
            rows.addWidget(answer_row)
            rows.addWidget(explanation)
            combo.currentIndexChanged.connect(self.write)
            explanation.editingFinished.connect(self.write)
            self.answers[item] = (combo, explanation)
        layout.addWidget(questions)

    def load(self) -> None:
        answers = self.page.session.case.discharge_answers
        for item, (combo, explanation) in self.answers.items():
            answer = answers.get(item)
            _select(combo, answer.answer if answer else None)
            explanation.setText(answer.explanation if answer else "")

    def write(self) -> None:
        if self.page._loading:
            return
        answers = self.page.session.case.discharge_answers
        for item, (combo, explanation) in self.answers.items():
            value, text = combo.currentData(), explanation.text().strip()
            if value is None and not text:
                answers.pop(item, None)
            else:
                answers[item] = DischargeAnswer(answer=value, explanation=text)
        self.page.changed()

    def show_report(self, report: CheckReport) -> None:
        court = report.figures.court
        outlook = court.discharge_outlook if court else None
        if outlook is None:
            return
        numbers = (
            t(
                "Art. 133: monthly surplus after liquidation opens %1; two-year surplus before filing %2; "
                "estimated distribution to ordinary creditors %3 (liquidation value less priority claims)."
            )
            .replace("%1", ntd(outlook.surplus_per_month))
            .replace("%2", ntd(outlook.surplus_two_years))
            .replace("%3", ntd(outlook.estimated_distribution))
        )
        if outlook.art133_risk:
            verdict = t(
                "With a surplus and a distribution below the two-year surplus, Art. 133 says the court refuses "
                "discharge unless all ordinary creditors consent."
            )
        elif outlook.art133_risk is None:
            verdict = t("Not known yet: an input is missing.")
        else:
            verdict = t("The Art. 133 comparison does not lead to a refusal with these numbers.")
        self.art133.setText(numbers + " " + verdict)
        self.later.setText(
            t(
                "Art. 141: after an Art. 133 refusal, discharge can be sought once ordinary creditors have "
                "received %1 in all (%2 beyond the estimated distribution). Art. 142: after any refusal, once each "
                "ordinary creditor has received 20 % of its claim (%3 in all)."
            )
            .replace("%1", ntd(outlook.art141_amount))
            .replace("%2", ntd(outlook.art141_remaining))
            .replace("%3", ntd(sum(r.twenty_percent for r in outlook.art142)))
        )
        _fill(
            self.art142,
            [[r.name, ntd(r.claim), ntd(r.twenty_percent)] for r in outlook.art142],
            {1, 2},
        )


class BankOfferPanel(QWidget):
    """Negotiation and mediation: the bank's offer and whether the monthly surplus covers it. Its rows are the
    page's fields (``BANK_OFFER_FIELDS``), made, loaded and saved by the page's ``field_rows``."""

    def __init__(self, page: WizardPage) -> None:
        super().__init__()
        self.page = page
        box, box_layout = titled_box(t("The bank's offer (if you received one)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        box_layout.addLayout(grid)
        self.by = page.editor("bank_offer.offered_by", QLineEdit)
        self.months = page.editor("bank_offer.months", CountSpin)
        self.rate = page.editor("bank_offer.annual_rate_percent", QLineEdit)
        self.monthly = page.editor("bank_offer.monthly", MoneyEdit)
        self.monthly_message = page.field_rows.add_grid(grid, BANK_OFFER_FIELDS, box)["bank_offer.monthly"]
        self.verdict = _label()
        grid.addWidget(self.verdict, grid.rowCount(), 0, 1, 2)
        layout.addWidget(box)

    def load(self) -> None:
        """The fields are loaded by the page."""

    def show_report(self, report: CheckReport) -> None:
        court = report.figures.court
        offer = court.bank_offer if court else None
        if offer is None or offer.affordable is None:
            self.verdict.setText(
                t("Enter the offer's monthly payment to compare it with your monthly surplus.")
            )
            return
        if offer.affordable:
            text = t("Your monthly surplus %2 covers the offer of %1 a month.")
        else:
            text = t(
                "The offer of %1 a month is more than your monthly surplus %2 (courts look at this when "
                "negotiation or mediation failed)."
            )
        self.verdict.setText(text.replace("%1", ntd(offer.monthly)).replace("%2", ntd(offer.disposable)))


def _status(status: str) -> str:
    text = STATUS_TEXT.get(status)
    return numbered(t(str(text))) if text is not None else status


class LivingYearPanel(QWidget):
    """Which year's minimum living expense Art. 64-2 uses: the figure in force on the filing date by default;
    courts have applied the figure of the year they decide in, so another year may be chosen. Both are shown
    with their status."""

    def __init__(self, page: WizardPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box, box_layout = titled_box(t("Year of the minimum living expense (Art. 64-2)"))
        inner = QGridLayout()
        box_layout.addLayout(inner)
        self.year = CountSpin()
        self.year.setRange(2019, 2040)
        self.year.setSpecialValueText(t("the filing year"))
        self.year.setAccessibleName(t("Year of the minimum living expense"))
        inner.addWidget(QLabel(t("Use the figure of")), 0, 0)
        inner.addWidget(self.year, 0, 1)
        self.figures = _label()
        inner.addWidget(self.figures, 1, 0, 1, 2)
        layout.addWidget(box)
        self.year.valueChanged.connect(self.write)

    def load(self) -> None:
        chosen = self.page.session.case.living_expense_year
        self.year.setValue(chosen if chosen is not None else self.year.minimum())

    def write(self) -> None:
        if self.page._loading:
            return
        value = self.year.value()
        self.page.session.case.living_expense_year = None if value == self.year.minimum() else value
        self.page.changed()

    def show_report(self, report: CheckReport) -> None:
        living = report.figures.living
        court = report.figures.court
        used = (
            t("Figure used: %1 for %2 (%3).")
            .replace("%1", ntd(living.monthly))
            .replace("%2", str(living.year or "—"))
            .replace("%3", _status(living.status))
        )
        filing = court.living_filing_year if court else None
        if filing is not None:
            used += " " + (
                t("In force on the filing date: %1 for %2 (%3).")
                .replace("%1", ntd(filing.monthly))
                .replace("%2", str(filing.year or "—"))
                .replace("%3", _status(filing.status))
            )
        self.figures.setText(used)

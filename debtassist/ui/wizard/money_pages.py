"""Wizard page 8: necessary expenses, with the Art. 64-2 standard shown live for the area and year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPushButton,
)

from debtassist.i18n import tr
from debtassist.model.case import ExpenseMode, LivingExpenseConfirmation
from debtassist.reference.living_expense import where_to_look
from debtassist.rules.check import CheckReport
from debtassist.ui.widgets import FieldRow, MoneyEdit
from debtassist.ui.widgets.flow import flow_row
from debtassist.ui.widgets.wrapping import WrapRadio, titled_box
from debtassist.ui.wizard.base import WizardPage, t
from debtassist.ui.wizard.living_text import living_sentence, source_line
from debtassist.ui.wizard.steps import numbered
from debtassist.ui.wizard.table_pages import RecordTable

STATUS_TEXT = {
    "confirmed": QT_TRANSLATE_NOOP("Wizard", "confirmed by you"),
    "official": QT_TRANSLATE_NOOP("Wizard", "official announcement"),
    "court": QT_TRANSLATE_NOOP("Wizard", "as applied by a court"),
    "user": QT_TRANSLATE_NOOP("Wizard", "entered in this computer's table"),
    "secondary": QT_TRANSLATE_NOOP("Wizard", "from a secondary source: please check and confirm"),
    "unconfirmed": QT_TRANSLATE_NOOP("Wizard", "unconfirmed: not used until you enter the announced figure"),
    "conflict": QT_TRANSLATE_NOOP(
        "Wizard", "sources disagree: not used until you enter the announced figure"
    ),
    "missing": QT_TRANSLATE_NOOP("Wizard", "not known to the app: please enter the announced figure"),
    "no_area": QT_TRANSLATE_NOOP("Wizard", "choose your county on page {applicant} first"),
    "no_year": QT_TRANSLATE_NOOP("Wizard", "enter the filing date on page {route} first"),
}


class ExpensesPage(WizardPage):
    key = "expenses"
    paths = ("expenses", "living_expense")

    def title(self) -> str:
        return numbered(t("{expenses}. Necessary expenses"))

    def why(self) -> str:
        return t(
            "Courts accept as your necessary living expense 1.2 times the minimum living expense announced for "
            "where you live (Art. 64-2) without receipts. You may instead list your real monthly expenses; "
            "amounts above the standard usually need receipts."
        )

    def build(self) -> None:
        box, layout = titled_box(t("Art. 64-2 standard for you"))
        self.sentence = QLabel()  # which figure, for which area and year, from where, checked or not
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("livingSentence")
        layout.addWidget(self.sentence)
        self.standard = QLabel()  # the because-trail of the figures
        self.standard.setWordWrap(True)
        layout.addWidget(self.standard)
        self.confirm_means = QLabel(tr("wizard.living.confirm_means", self.lang))
        self.confirm_means.setWordWrap(True)
        self.confirm_means.setObjectName("hint")
        layout.addWidget(self.confirm_means)
        self.confirm = QPushButton(t("&Confirm this figure"))
        self.confirm.setAccessibleDescription(self.confirm_means.text())
        self.confirm.clicked.connect(self._confirm_table_figure)
        self.undo = QPushButton(t("&Undo the confirmation"))
        self.undo.clicked.connect(self._undo_confirmation)
        layout.addWidget(flow_row(self.confirm, self.undo))
        self.announced = MoneyEdit(label=t("Announced monthly minimum living expense"), lang=self.lang)
        self.source = QLineEdit()
        self.source.setAccessibleName(t("Where you found it"))
        use = QPushButton(t("Use this figure"))
        use.clicked.connect(self._use_entered_figure)
        layout.addWidget(FieldRow(t("Announced figure (NT$ a month)"), self.announced))
        layout.addWidget(FieldRow(t("Where you found it"), self.source))
        layout.addWidget(use, 0, Qt.AlignmentFlag.AlignLeft)
        # The addresses are behind a "where to check" link: one click shows them (to read or copy).
        self.where_link = QPushButton(t("Where to check ▸"))
        self.where_link.setFlat(True)
        self.where_link.setCheckable(True)
        self.where_link.setObjectName("link")
        self.where_link.toggled.connect(self._toggle_where)
        layout.addWidget(self.where_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setObjectName("hint")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setVisible(False)
        layout.addWidget(self.where)
        self.form.addWidget(box)

        choice, choice_layout = titled_box(t("How do you state your expenses?"))
        self.use_standard = WrapRadio(t("Use the Art. 64-2 standard (no receipts needed)"))
        self.itemized = WrapRadio(t("List my real monthly expenses"))
        self.mode = QButtonGroup(self)
        for button in (self.use_standard, self.itemized):
            self.mode.addButton(button)
            choice_layout.addWidget(button)
            button.toggled.connect(lambda *_: self._set_mode())
        self.form.addWidget(choice)
        self.items = RecordTable(self, "expenses.items", t("Monthly expenses"))
        self.form.addWidget(self.items)
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.form.addWidget(self.comparison)

    def load(self) -> None:
        mode = self.session.case.expenses.mode
        self.mode.setExclusive(False)
        self.use_standard.setChecked(mode is ExpenseMode.STANDARD)
        self.itemized.setChecked(mode is ExpenseMode.ITEMIZED)
        self.mode.setExclusive(True)
        self.items.setVisible(mode is ExpenseMode.ITEMIZED)
        self.items.reload()
        self.report_changed(self.session.report)

    def _set_mode(self) -> None:
        if self._loading:
            return
        mode = (
            ExpenseMode.ITEMIZED
            if self.itemized.isChecked()
            else (ExpenseMode.STANDARD if self.use_standard.isChecked() else None)
        )
        self.session.case.expenses.mode = mode
        self.items.setVisible(mode is ExpenseMode.ITEMIZED)
        self.changed()

    def _confirm_table_figure(self) -> None:
        living = self.session.report.figures.living
        figure = living.reference
        if figure is None or living.area is None or living.year is None:
            return
        self.session.case.living_expense = LivingExpenseConfirmation(
            area=living.area,
            year=living.year,
            monthly=figure.monthly,
            source=figure.source,
            confirmed_on=date.today(),
        )
        self.changed()

    def _undo_confirmation(self) -> None:
        self.session.case.living_expense = None
        self.changed()

    def _toggle_where(self, shown: bool) -> None:
        self.where.setVisible(shown)
        self.where_link.setText(t("Where to check ▾") if shown else t("Where to check ▸"))

    def _use_entered_figure(self) -> None:
        living = self.session.report.figures.living
        amount = self.announced.value()
        if amount is None or amount <= 0 or living.area is None or living.year is None:
            self.announced.validate()
            return
        self.session.case.living_expense = LivingExpenseConfirmation(
            area=living.area,
            year=living.year,
            monthly=amount,
            source=self.source.text().strip(),
            confirmed_on=date.today(),
        )
        self.changed()

    def report_changed(self, report: CheckReport) -> None:
        f = report.figures
        living = f.living
        self.sentence.setText(living_sentence(living, self.lang))
        lines = [t("Status: ") + numbered(t(str(STATUS_TEXT.get(living.status, living.status))))]
        lines += f.explain("minimum_living_expense", self.lang)
        lines += f.explain("debtor_standard_expense", self.lang)
        lines += f.explain("dependents_standard_expense", self.lang)
        self.standard.setText("\n".join(lines))
        reference = living.reference
        can_confirm = living.status == "secondary" and reference is not None
        self.confirm.setVisible(can_confirm)
        self.confirm_means.setVisible(can_confirm or living.status == "confirmed")
        self.undo.setVisible(self.session.case.living_expense is not None)
        where = [where_to_look(living.area, self.lang, living.year)] if living.area else []
        self.where.setText("\n".join([*where, source_line(living, self.lang)]).strip())
        self.where_link.setVisible(bool(self.where.text()))
        comparison = f.explain("debtor_necessary_expense", self.lang) + f.explain(
            "dependents_expense", self.lang
        )
        self.comparison.setText("\n".join(comparison))

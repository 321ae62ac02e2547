"""Wizard pages that edit lists: household, assets, business, income, creditors, the applicant's debtors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import tr
from debtassist.model.case import Asset, AssetKind, LargestCreditorSource
from debtassist.model.part import Part
from debtassist.rules.check import CheckReport
from debtassist.rules.figures import is_financial_institution_debt
from debtassist.ui.models import RecordTableModel, install_delegates, records_at, table_model
from debtassist.ui.models.delegates import RecordDelegate, source_cell
from debtassist.ui.widgets import CheckedLineEdit, ErrorLabel, FieldRow
from debtassist.ui.widgets.flow import flow_row
from debtassist.ui.wizard.base import WizardPage, t
from debtassist.ui.wizard.detail_form import ASSET_FORM, CREDITOR_FORM, RecordDetail
from debtassist.ui.wizard.steps import numbered


class RecordTable(QWidget):
    """A table of one list of the case with Add / Remove / Up / Down."""

    def __init__(
        self, page: WizardPage, path: str, label: str, make: Any = None, columns: tuple[str, ...] = ()
    ) -> None:
        super().__init__()
        self.page = page
        self.model: RecordTableModel[Part] = table_model(page.session.case, path, page.lang, self)
        self.model.changed.connect(page.changed)
        self.make = make
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(label)
        # Cell by cell: the arrow keys move the current cell, which is framed (the style sheet's item:focus).
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the next field; arrows move inside
        self.view.installEventFilter(self)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(160)
        self.view.setWordWrap(True)
        if columns:  # a short list: the other fields are in the detail form beside it
            shown = {self.model.table.column_of(key) for key in columns}
            for column in range(self.model.columnCount()):
                self.view.setColumnHidden(column, column not in shown)
                if column in shown:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for delegate in install_delegates(self.view, self.model):
            if isinstance(delegate, RecordDelegate):
                delegate.editorOpened.connect(self._follow_editor)
        # What the open editor understood (= 38,000 元) or why a cell's text cannot be kept: one line of room
        # is kept for it, so the page does not jump when a message appears.
        self.message = ErrorLabel(None, self, reserve=True)
        self.message.setObjectName("cellMessage")
        self.model.dataChanged.connect(lambda *_: self._show_cell_message())
        self.model.modelReset.connect(self._show_cell_message)
        self.model.rowsRemoved.connect(lambda *_: self._show_cell_message())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_cell_message())
        add = QPushButton(t("Add a row"))
        add.clicked.connect(self.add)
        remove = QPushButton(t("Remove the row"))
        remove.clicked.connect(self.remove)
        up = QPushButton(t("Move up"))
        up.clicked.connect(lambda: self.move_row(-1))
        down = QPushButton(t("Move down"))
        down.clicked.connect(lambda: self.move_row(1))
        buttons = flow_row(add, remove, up, down)  # wraps at a large font instead of widening the page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(label)
        title.setObjectName("tableTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- paste ---------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            self.paste(QApplication.clipboard().text())
            return True
        return super().eventFilter(watched, event)

    def paste(self, text: str) -> int:
        """Paste ``text`` into the current cell; tab- and line-separated text (from a spreadsheet) fills the
        cells to the right and below, adding rows as needed. Every cell is read like typed text (a value it
        cannot take stays visible with its message). Returns the number of cells written."""
        index = self.view.currentIndex()
        if not index.isValid() or not text:
            return 0
        lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
        visible = [c for c in range(self.model.columnCount()) if not self.view.isColumnHidden(c)]
        start = visible.index(index.column()) if index.column() in visible else 0
        written = 0
        for offset, line in enumerate(lines):
            row = index.row() + offset
            while row >= self.model.rowCount():
                self.model.append_record(self.make() if self.make else self.model.table.record_type())
            for step, value in enumerate(line.split("\t")):
                if start + step < len(visible):
                    self.model.setData(self.model.index(row, visible[start + step]), value.strip())
                    written += 1
        self.page.changed()
        return written

    # -- messages of cells -----------------------------------------------------------------------------------

    @property
    def problems(self) -> list[str]:
        """Every cell whose typed text could not be stored, as ``Row 2, Principal: …``."""
        return [self.model.problem_text(*problem) for problem in self.model.cell_problems()]

    def _follow_editor(self, editor: QWidget) -> None:
        if isinstance(editor, CheckedLineEdit):
            editor.noteChanged.connect(lambda note: self._show_cell_message(note))
            editor.errorChanged.connect(lambda error: self._show_cell_message(error_text=error))

    def _show_cell_message(self, note: str = "", error_text: str = "") -> None:
        if note or error_text:
            self.message.showNote(note)
            self.message.showError(error_text)
            return
        index = self.view.currentIndex()
        found = source_cell(index) if index.isValid() else None
        problems = self.model.cell_problems()
        current = None
        if found is not None:
            row, column = found[1].row(), found[1].column()
            current = next((p for p in problems if p[:2] == (row, column)), None)
        shown = current or (problems[0] if problems else None)
        self.message.showNote("")
        self.message.showError(self.model.problem_text(*shown) if shown else "")

    def add(self) -> None:
        record = self.make() if self.make else self.model.table.record_type()
        row = self.model.append_record(record)
        first = next(c for c in range(self.model.columnCount()) if not self.view.isColumnHidden(c))
        self.view.setCurrentIndex(self.model.index(row, first))
        self.view.edit(self.model.index(row, first))
        self.page.changed()

    def remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)
            self.page.changed()

    def move_row(self, step: int) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.move_record(index.row(), index.row() + step):
            self.view.setCurrentIndex(self.model.index(index.row() + step, index.column()))
            self.page.changed()

    def reload(self) -> None:
        """Show the case's list again (after the case was replaced, e.g. restored from a backup)."""
        self.model.set_records(records_at(self.page.session.case, self.model.table.path))


class HouseholdPage(WizardPage):
    key = "household"
    paths = ("dependents",)

    def title(self) -> str:
        return numbered(t("{household}. Household and dependents"))

    def why(self) -> str:
        return t(
            "People you are legally obliged to support (children, parents, a spouse) count in your necessary "
            "expenses: 1.2 × the minimum living expense × your share of the duty (Art. 64-2). Write the share as "
            "1/2 when two parents share it."
        )

    def build(self) -> None:
        self.table = RecordTable(self, "dependents", t("Dependents"))
        self.form.addWidget(self.table)

    def load(self) -> None:
        self.table.reload()


class AssetsPage(WizardPage):
    key = "assets"
    paths = ("assets",)

    def title(self) -> str:
        return numbered(t("{assets}. What you own"))

    def why(self) -> str:
        return t(
            "Every asset goes on the property list with where it is and what it is worth: deposits (balance), "
            "land and buildings (announced value), vehicles, insurance (surrender value), shares and others. "
            "Leaving one out can cost you the procedure."
        )

    def build(self) -> None:
        self.table = RecordTable(
            self, "assets", t("All assets"), columns=("kind", "description", "holder", "value")
        )
        self.form.addWidget(self.table)
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(t("Kind of asset to add"))
        for kind in AssetKind:
            self.new_kind.addItem(tr(f"choice.asset_kind.{kind.value}", self.lang), kind.value)
        add = QPushButton(t("Add an asset of this kind"))
        add.clicked.connect(lambda: self._add(AssetKind(self.new_kind.currentData())))
        self.form.addWidget(flow_row(self.new_kind, add))
        self.detail = RecordDetail(self.table.model, ASSET_FORM, t("Details of the selected asset"))
        self.table.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.detail.show_row(current.row())
        )
        self.form.addWidget(self.detail)

    def _add(self, kind: AssetKind) -> None:
        row = self.table.model.append_record(Asset(kind=kind))
        self.table.view.setCurrentIndex(self.table.model.index(row, 1))
        self.changed()

    def load(self) -> None:
        self.table.reload()
        self.detail.show_row(self.table.view.currentIndex().row())


class BusinessPage(WizardPage):
    key = "business"
    paths = ("business.periods",)

    def title(self) -> str:
        return numbered(t("{business}. Business in the last five years"))

    def why(self) -> str:
        return t(
            "Enter each period you ran a business within the five years before filing, with its turnover in "
            "that time. The average per month must be NT$200,000 or less (Art. 2; Enforcement Rules Art. 4). "
            "Skip this page if you had no business."
        )

    def build(self) -> None:
        self.table = RecordTable(self, "business.periods", t("Business periods"))
        self.form.addWidget(self.table)
        self.average = QLabel()
        self.average.setWordWrap(True)
        self.form.addWidget(self.average)

    def load(self) -> None:
        self.table.reload()

    def report_changed(self, report: CheckReport) -> None:
        self.average.setText("\n".join(report.figures.explain("consumer_eligible", self.lang)))


class IncomePage(WizardPage):
    key = "income"
    paths = ("income",)

    def title(self) -> str:
        return numbered(t("{income}. Income"))

    def why(self) -> str:
        return t(
            "The statement lists your income of the last two years (your tax income lists show it) and what "
            "you earn now each month. Enter 0 if you have no income; mark cash income, which needs an affidavit."
        )

    def build(self) -> None:
        self.window_hint = QLabel()
        self.window_hint.setWordWrap(True)
        self.window_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addWidget(self.window_hint)
        self.records = RecordTable(self, "income.records", t("Income of the last two years"))
        self.monthly = RecordTable(self, "income.monthly", t("Current monthly income"))
        self.form.addWidget(self.records)
        self.form.addWidget(self.monthly)

    def load(self) -> None:
        self.records.reload()
        self.monthly.reload()
        self.report_changed(self.session.report)

    def report_changed(self, report: CheckReport) -> None:
        court = report.figures.court
        if court is None or court.window is None:
            self.window_hint.setText(
                t("Enter the filing date first: the two years are counted back from it.")
            )
            return
        text = (
            t(
                "The two years before filing are %1 to %2 (24 months counted back from the filing date). Enter each "
                "period with its months, kind and total (or monthly average)."
            )
            .replace("%1", court.window[0])
            .replace("%2", court.window[1])
        )
        if court.window_missing_months:
            text += " " + t("Months not covered yet: %1.").replace(
                "%1", str(len(court.window_missing_months))
            )
        self.window_hint.setText(text)


class CreditorsPage(WizardPage):
    key = "creditors"
    paths = ("creditors", "largest_creditor")

    def title(self) -> str:
        return numbered(t("{creditors}. Creditors"))

    def why(self) -> str:
        return t(
            "Every creditor with name and address, each debt's amount, cause and kind, any security, and any "
            "enforcement. The largest creditor bank receives a pre-negotiation request: the app suggests the one "
            "with the largest unsecured claim; confirm it or choose the one the JCIC list names."
        )

    def build(self) -> None:
        self.table = RecordTable(
            self, "creditors", t("Creditors"), columns=("kind", "name", "principal", "interest_fees")
        )
        self.form.addWidget(self.table)
        self.detail = RecordDetail(self.table.model, CREDITOR_FORM, t("Details of the selected creditor"))
        self.table.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.detail.show_row(current.row())
        )
        self.form.addWidget(self.detail)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.form.addWidget(self.suggestion)
        self.collateral = QComboBox()
        self.collateral.setAccessibleName(t("Collateral of the selected creditor"))
        self.collateral.activated.connect(self._choose_collateral)
        self.collateral.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.collateral.setMinimumContentsLength(12)
        self.form.addWidget(
            FieldRow(
                numbered(t("Collateral of the selected creditor (from page {assets}):")), self.collateral
            )
        )
        self.table.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_collateral())
        self.table.model.changed.connect(self._show_collateral)
        self.largest = QComboBox()
        self.largest.setAccessibleName(t("Largest creditor institution"))
        self.largest.activated.connect(self._choose)
        self.largest.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.largest.setMinimumContentsLength(12)
        self.form.addWidget(FieldRow(t("Largest creditor institution:"), self.largest))

    def load(self) -> None:
        self.table.reload()
        self.detail.show_row(self.table.view.currentIndex().row())
        self._fill_choices()
        self._show_collateral()

    def _current_creditor(self) -> Any:
        index = self.table.view.currentIndex()
        return self.table.model.record(index.row()) if index.isValid() else None

    def _show_collateral(self) -> None:
        creditor = self._current_creditor()
        self.collateral.blockSignals(True)
        self.collateral.clear()
        self.collateral.addItem(t("None chosen"), "")
        for asset in self.session.case.assets:
            label = " ".join(part for part in (asset.description, asset.number, asset.location) if part)
            self.collateral.addItem(label or asset.id, asset.id)
        if creditor is not None:
            self.collateral.setCurrentIndex(max(0, self.collateral.findData(creditor.collateral_asset_id)))
        self.collateral.setEnabled(creditor is not None and bool(creditor.secured))
        self.collateral.blockSignals(False)

    def _choose_collateral(self, index: int) -> None:
        creditor = self._current_creditor()
        if creditor is None:
            return
        creditor.collateral_asset_id = self.collateral.itemData(index) or ""
        self.changed()

    def _fill_choices(self) -> None:
        case = self.session.case
        self.largest.blockSignals(True)
        self.largest.clear()
        self.largest.addItem(t("Not confirmed yet (use the suggestion)"), "")
        seen: set[str] = set()
        for creditor in case.creditors:
            if is_financial_institution_debt(creditor) and creditor.name and creditor.name not in seen:
                seen.add(creditor.name)
                self.largest.addItem(creditor.name, creditor.id)
        index = self.largest.findData(case.largest_creditor.creditor_id)
        self.largest.setCurrentIndex(max(index, 0))
        self.largest.blockSignals(False)

    def _choose(self, index: int) -> None:
        choice = self.session.case.largest_creditor
        choice.creditor_id = self.largest.itemData(index) or ""
        choice.source = LargestCreditorSource.JCIC_LIST if choice.creditor_id else None
        self.changed()

    def report_changed(self, report: CheckReport) -> None:
        self.suggestion.setText("\n".join(report.figures.explain("largest_creditor", self.lang)))
        if not self.largest.view().isVisible():
            self._fill_choices()


class OwnDebtorsPage(WizardPage):
    key = "own_debtors"
    paths = ("own_debtors",)

    def title(self) -> str:
        return numbered(t("{own_debtors}. People who owe you money"))

    def why(self) -> str:
        return t(
            "The list of your own debtors is required: a loan to a friend is an asset of yours. "
            "If nobody owes you money, leave the table empty; the form then says 無 (none)."
        )

    def build(self) -> None:
        self.table = RecordTable(self, "own_debtors", t("Your debtors"))
        self.form.addWidget(self.table)

    def load(self) -> None:
        self.table.reload()

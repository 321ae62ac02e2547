"""Wizard step: the documents checklist (應附文件) for the chosen route."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
)

from debtassist.model.case import Route
from debtassist.rules.check import CheckReport
from debtassist.ui.widgets import ErrorLabel
from debtassist.ui.wizard.attachments_model import (
    ID_ROLE,
    AttachmentsModel,
    Col,
    LineDelegate,
    StatusDelegate,
)
from debtassist.ui.wizard.base import WizardPage, t
from debtassist.ui.wizard.final_text import fill
from debtassist.ui.wizard.steps import numbered


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

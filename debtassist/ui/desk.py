"""The case desk: every case in the library with its status, for a social worker handling many clients."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debtassist.examples import EXAMPLES
from debtassist.i18n import Lang
from debtassist.model.case import CaseStatus, Route
from debtassist.rules.attachments import attachment_checklist
from debtassist.rules.rocdate import roc_text
from debtassist.rules.safe_text import file_name_text
from debtassist.store.library import CaseLibrary, CaseSummary

Index = QModelIndex | QPersistentModelIndex


def t(text: str) -> str:
    return QCoreApplication.translate("Desk", text)


def route_label(route: Route | None) -> str:
    labels = {
        Route.BANK_NEGOTIATION: t("Pre-negotiation (bank)"),
        Route.COURT_MEDIATION: t("Court pre-mediation"),
        Route.TOWNSHIP_MEDIATION: t("Township mediation"),
        Route.REHABILITATION: t("Rehabilitation"),
        Route.LIQUIDATION: t("Liquidation"),
    }
    return labels[route] if route else t("Not chosen")


def status_label(status: CaseStatus | None) -> str:
    labels = {
        CaseStatus.IN_PROGRESS: t("In progress"),
        CaseStatus.READY: t("Ready to print"),
        CaseStatus.PRINTED: t("Printed"),
        CaseStatus.SUBMITTED: t("Submitted"),
    }
    return labels[status] if status else "—"


class CaseListModel(QAbstractTableModel):
    COLUMNS = ("name", "id", "route", "status", "missing", "updated")

    def __init__(self, library: CaseLibrary) -> None:
        super().__init__()
        self.library = library
        self.rows: list[CaseSummary] = []
        self.missing: dict[str, int | None] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.library.list_cases()
        self.missing = {row.case_id: self._missing(row) for row in self.rows}
        self.endResetModel()

    def _missing(self, row: CaseSummary) -> int | None:
        if not row.readable:
            return None
        try:
            case = self.library.load(row.case_id)
        except Exception:  # a file damaged since listing: shown as unreadable, never a crash
            return None
        return sum(1 for a in attachment_checklist(case) if a.required and a.problem is not None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [t("Applicant"), t("ID"), t("Route"), t("Status"), t("Missing documents"), t("Last change")][
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role == Qt.ItemDataRole.ToolTipRole and not row.readable:
            return t("This case file cannot be read. Open it to restore the newest good backup.")
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "missing":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole + 1):
            return None
        sort = role == Qt.ItemDataRole.UserRole + 1
        if not row.readable:
            return (t("(unreadable case file)") if key == "name" else "") if not sort else ""
        if key == "name":
            if getattr(row, "protected", False):
                return t("🔒 Protected case (passphrase needed)")
            return row.applicant_name or t("(no name yet)")
        if key == "id":
            return row.national_id_masked
        if key == "route":
            return route_label(row.route)
        if key == "status":
            return status_label(row.status)
        if key == "missing":
            count = self.missing.get(row.case_id)
            return (count if count is not None else -1) if sort else ("—" if count is None else str(count))
        if key == "updated":
            if row.updated is None:
                return ""
            local = row.updated.astimezone()
            return local.isoformat() if sort else f"{roc_text(local.date())} {local:%H:%M}"
        return None

    def case_id(self, row: int) -> str:
        return self.rows[row].case_id


class DeskWidget(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    exampleRequested = Signal(str)
    exportRequested = Signal(str)
    importRequested = Signal()
    duplicateRequested = Signal(str)
    deleteRequested = Signal(str)
    trashRequested = Signal()

    def __init__(self, library: CaseLibrary, lang: Lang) -> None:
        super().__init__()
        self.lang = lang
        self.model = CaseListModel(library)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(t("Search by name, ID, route or status"))
        self.search.setAccessibleName(t("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(t("Cases"))
        self.table.doubleClicked.connect(lambda _: self._emit_selected(self.openRequested))
        self.table.activated.connect(lambda _: self._emit_selected(self.openRequested))

        self.empty = QLabel(
            t("No cases yet. Start a new case, or open an example to see how a finished case looks.")
        )
        self.empty.setWordWrap(True)

        new = QPushButton(t("&New case"))
        new.clicked.connect(self.newRequested)
        example = QToolButton()
        example.setText(t("New from &example"))
        example.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(example)
        for name in EXAMPLES:
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.exampleRequested.emit(n))
        example.setMenu(menu)
        self.open_button = QPushButton(t("&Open"))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.openRequested))
        duplicate = QPushButton(t("&Duplicate"))
        duplicate.clicked.connect(lambda: self._emit_selected(self.duplicateRequested))
        export = QPushButton(t("E&xport…"))
        export.clicked.connect(lambda: self._emit_selected(self.exportRequested))
        import_button = QPushButton(t("&Import…"))
        import_button.clicked.connect(self.importRequested)
        delete = QPushButton(t("Move to &trash"))
        delete.clicked.connect(lambda: self._emit_selected(self.deleteRequested))
        trash = QPushButton(t("T&rash…"))
        trash.clicked.connect(self.trashRequested)

        buttons = QHBoxLayout()
        for widget in (new, example, self.open_button, duplicate, export, import_button, delete, trash):
            buttons.addWidget(widget)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        title = QLabel(t("Cases"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.resizeColumnsToContents()

    def selected_case_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.proxy.data(rows[0], Qt.ItemDataRole.UserRole))

    def select_case(self, case_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == case_id:
                self.table.selectRow(row)
                return

    def _emit_selected(self, signal: Any) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            signal.emit(case_id)


def default_export_name(summary_name: str) -> str:
    safe = file_name_text(summary_name) or "case"
    return f"{safe}.debtassist.json"

"""The case desk: every case in the library with its stage and next deadline, for a social worker with many clients.

Rows come from the desk index (``debtassist.store.desk_index``), so 500 cases open without parsing 500 files.
Search matches the full name, full ID, phone numbers, notes, label and desk note (the real values) while the table
shows the masked ID; filters narrow by stage, route, deadline and missing documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
from debtassist.i18n import FALLBACK_LANG, Lang, tr
from debtassist.model.case import Case, Route, Stage
from debtassist.rules.deadlines import THIS_WEEK_DAYS
from debtassist.rules.lifecycle import STAGE_ORDER, stage_label
from debtassist.rules.rocdate import roc_text
from debtassist.store.desk_index import DeskRow, desk_rows, row_for
from debtassist.store.library import CaseLibrary
from debtassist.ui.widgets.flow import flow_row

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


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


def urgency(row: DeskRow, today: date) -> str | None:
    """overdue | this_week | later, or None without a deadline."""
    due = row.due
    if due is None:
        return None
    if due < today:
        return "overdue"
    if (due - today).days < THIS_WEEK_DAYS:
        return "this_week"
    return "later"


class CaseListModel(QAbstractTableModel):
    COLUMNS = ("name", "label", "id", "route", "stage", "deadline", "missing", "note", "updated")

    def __init__(self, library: CaseLibrary, lang: Lang, today: date | None = None) -> None:
        super().__init__()
        self.library = library
        self.lang = lang
        self.today = today or date.today()
        self.rows: list[DeskRow] = []
        # Opens a protected case whose passphrase was given in this session (None otherwise). Its row is then
        # shown and searched in full, in memory only: the index keeps nothing of it.
        self.unlock: Callable[[str], Case | None] = lambda case_id: None

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [self._unlocked(row) for row in desk_rows(self.library)]
        self.endResetModel()

    def _unlocked(self, row: DeskRow) -> DeskRow:
        if not row.protected:
            return row
        case = self.unlock(row.case_id)
        return row if case is None else replace(row_for(case), unlocked=True, updated=row.updated)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            t("Applicant"),
            t("Label / caseworker"),
            t("ID"),
            t("Route"),
            t("Stage"),
            t("Next deadline"),
            t("Missing documents"),
            t("Note"),
            t("Last change"),
        ][section]

    def deadline_text(self, row: DeskRow) -> str:
        due = row.due
        if due is None:
            return ""
        # The index keeps the title in each language it knew when written; another one falls back to English.
        title = (row.next_title.get(self.lang) or row.next_title.get(FALLBACK_LANG, "")).strip()
        mark = {"overdue": t("overdue"), "this_week": t("this week")}.get(urgency(row, self.today) or "")
        return (
            roc_text(due) + (f"（{mark}）" if mark else "") + f" {title}"
        )  # the mark first: titles get elided

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.readable:
                return t("This case file cannot be read. Open it to restore the newest good backup.")
            if row.unlocked and key == "name":
                return t("Protected with a passphrase; shown because it was opened in this session.")
            if key in ("deadline", "note", "stage", "label"):
                return self.data(index) or None  # the whole text where the column is narrower
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "missing":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "deadline":
            level = urgency(row, self.today)
            if level == "overdue":
                return QBrush(QColor(176, 0, 32))
            if level == "this_week":
                return QBrush(QColor(160, 82, 0))
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        sort = role == SORT_ROLE
        if not row.readable:
            return (t("(unreadable case file)") if key == "name" else "") if not sort else ""
        if row.protected:
            if key == "name":
                return t("🔒 Protected case (passphrase needed)")
            if key == "updated":
                return self._updated(row, sort)
            return ""
        if key == "name":
            return ("🔒 " if row.unlocked else "") + (row.name or t("(no name yet)"))
        if key == "label":
            return row.label
        if key == "id":
            return row.id_masked
        if key == "route":
            return route_label(row.route_value)
        if key == "stage":
            stage = row.stage_value
            if stage is None:
                return ""
            if sort:
                return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else 99
            since = f" {roc_text(date.fromisoformat(row.stage_since))}" if row.stage_since else ""
            return stage_label(stage, self.lang) + since
        if key == "deadline":
            if sort:
                return row.next_due or "9999-99-99"
            return self.deadline_text(row)
        if key == "missing":
            count = row.missing
            return (count if count is not None else -1) if sort else ("—" if count is None else str(count))
        if key == "note":
            return row.desk_note
        if key == "updated":
            return self._updated(row, sort)
        return None

    def _updated(self, row: DeskRow, sort: bool) -> str:
        updated = row.updated_at
        if updated is None:
            return ""
        local = updated.astimezone()
        return local.isoformat() if sort else f"{roc_text(local.date())} {local:%H:%M}"

    def case_id(self, row: int) -> str:
        return self.rows[row].case_id


class DeskFilter(QSortFilterProxyModel):
    """Search on the real values and the shown texts; filters by stage, route, deadline and missing documents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.stage: Stage | None = None
        self.route: Route | None = None
        self.deadline = ""  # "" | overdue | this_week | any
        self.missing_only = False
        self.setSortRole(SORT_ROLE)

    def set(self, **changes: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later (invalidateFilter is deprecated there)
            self.beginFilterChange()
            for name, value in changes.items():
                setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        for name, value in changes.items():
            setattr(self, name, value)
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseListModel)
        row = model.rows[source_row]
        if self.stage is not None and row.stage_value is not self.stage:
            return False
        if self.route is not None and row.route_value is not self.route:
            return False
        if self.missing_only and not row.missing:
            return False
        if self.deadline:
            level = urgency(row, model.today)
            if level is None:
                return False
            if self.deadline == "overdue" and level != "overdue":
                return False
            if self.deadline == "this_week" and level not in ("overdue", "this_week"):
                return False
        if not self.text:
            return True
        needle = self.text.casefold()
        if needle in row.search:
            return True
        shown = " ".join(
            str(model.data(model.index(source_row, column)) or "") for column in range(model.columnCount())
        )
        return needle in shown.casefold()


def example_label(name: str, lang: Lang) -> str:
    return tr(f"desk.example.{name}", lang)


class DeskWidget(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    exampleRequested = Signal(str)
    exportRequested = Signal(str)
    importRequested = Signal()
    duplicateRequested = Signal(str)
    deleteRequested = Signal(str)
    trashRequested = Signal()
    progressRequested = Signal(str)
    handoutRequested = Signal(str)
    archiveRequested = Signal(list)
    deleteManyRequested = Signal(list)
    calendarRequested = Signal()
    backupRequested = Signal()
    restoreRequested = Signal()

    def __init__(
        self,
        library: CaseLibrary,
        lang: Lang,
        today: date | None = None,
        unlock: Callable[[str], Case | None] | None = None,
    ) -> None:
        super().__init__()
        self.lang = lang
        self.model = CaseListModel(library, lang, today)
        if unlock is not None:
            self.model.unlock = unlock
        self.proxy = DeskFilter(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters(lang)
        self._build_table()
        self.empty = QLabel(
            t("No cases yet. Start a new case, or open an example to see how a finished case looks.")
        )
        self.empty.setWordWrap(True)

        buttons = self._build_buttons(lang)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("0") * 24)
        filters = flow_row(
            self.search, self.stage_filter, self.route_filter, self.deadline_filter, self.missing_filter
        )

        layout = QVBoxLayout(self)
        title = QLabel(t("Cases"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(buttons)
        layout.addWidget(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.reload()

    def _build_filters(self, lang: Lang) -> None:
        """The search field and the stage, route, deadline and missing-documents filters."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(t("Search by full name, full ID, phone, notes, label"))
        self.search.setAccessibleName(t("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set(text=text.strip()))

        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(t("Stage"))
        self.stage_filter.addItem(t("All stages"), None)
        for stage in STAGE_ORDER:
            self.stage_filter.addItem(stage_label(stage, lang), stage.value)
        self.stage_filter.currentIndexChanged.connect(self._filters_changed)
        self.route_filter = QComboBox()
        self.route_filter.setAccessibleName(t("Route"))
        self.route_filter.addItem(t("All routes"), None)
        for route in Route:
            self.route_filter.addItem(route_label(route), route.value)
        self.route_filter.currentIndexChanged.connect(self._filters_changed)
        self.deadline_filter = QComboBox()
        self.deadline_filter.setAccessibleName(t("Deadline"))
        for text, value in (
            (t("Any deadline or none"), ""),
            (t("Overdue"), "overdue"),
            (t("Due this week (or overdue)"), "this_week"),
            (t("Has a deadline"), "any"),
        ):
            self.deadline_filter.addItem(text, value)
        self.deadline_filter.currentIndexChanged.connect(self._filters_changed)
        self.missing_filter = QCheckBox(t("Missing documents only"))
        self.missing_filter.toggled.connect(self._filters_changed)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseListModel.COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # One line per case: a long cell is elided with "…" (its tooltip shows it whole) instead of being
        # wrapped into a row too short to show the second line.
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Size columns from the first rows only: measuring all 500 rows' texts took most of the desk's start.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(t("Cases"))
        self.table.doubleClicked.connect(lambda _: self._emit_selected(self.openRequested))
        self.table.activated.connect(lambda _: self._emit_selected(self.openRequested))

    def _build_buttons(self, lang: Lang) -> QWidget:
        """The case actions, the rarer ones in the More menu, in rows that wrap."""
        new = QPushButton(t("&New case"))
        new.clicked.connect(self.newRequested)
        example = QToolButton()
        example.setText(t("New from &example"))
        example.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.example_menu = QMenu(example)
        for name in EXAMPLES:
            action = self.example_menu.addAction(example_label(name, lang))
            action.triggered.connect(lambda _=False, n=name: self.exampleRequested.emit(n))
        example.setMenu(self.example_menu)
        self.open_button = QPushButton(t("&Open"))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.openRequested))
        progress = QPushButton(t("&Progress and deadlines…"))
        progress.clicked.connect(lambda: self._emit_selected(self.progressRequested))
        handout = QPushButton(t("&Handout…"))
        handout.clicked.connect(lambda: self._emit_selected(self.handoutRequested))
        duplicate = QPushButton(t("&Duplicate"))
        duplicate.clicked.connect(lambda: self._emit_selected(self.duplicateRequested))
        delete = QPushButton(t("Move to &trash"))
        delete.clicked.connect(self._delete_selected)
        for button in (new, self.open_button, progress, handout, duplicate, delete):
            button.setAutoDefault(False)

        more = QToolButton()
        more.setText(t("&More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(more)
        for text, handler in (
            (t("E&xport the case file…"), lambda: self._emit_selected(self.exportRequested)),
            (t("Export selected cases to one &archive…"), self._archive_selected),
            (t("&Import a case file…"), self.importRequested.emit),
            (t("Export all &deadlines to a calendar file…"), self.calendarRequested.emit),
            (t("&Back up the whole desk…"), self.backupRequested.emit),
            (t("&Restore from a backup or archive…"), self.restoreRequested.emit),
            (t("T&rash…"), self.trashRequested.emit),
        ):
            action = more_menu.addAction(text)
            action.triggered.connect(lambda _=False, h=handler: h())
        more.setMenu(more_menu)
        # Rows that wrap (FlowLayout): at a 20 pt font the desk's buttons and filters do not fit one row of a
        # 1366 px screen, and the window must not grow wider than the screen.
        return flow_row(new, example, self.open_button, progress, handout, duplicate, delete, more)

    def _filters_changed(self) -> None:
        stage = self.stage_filter.currentData()
        route = self.route_filter.currentData()
        self.proxy.set(
            stage=Stage(stage) if stage else None,
            route=Route(route) if route else None,
            deadline=self.deadline_filter.currentData() or "",
            missing_only=self.missing_filter.isChecked(),
        )

    def reload(self) -> None:
        selected = self.selected_case_ids()
        self.model.reload()
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.resizeColumnsToContents()
        limit = max(200, self.fontMetrics().horizontalAdvance("M") * 28)
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > limit:
                self.table.setColumnWidth(column, limit)  # elided; the tooltip shows it whole
        for case_id in selected:
            self.select_case(case_id, add=True)

    def selected_case_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [str(self.proxy.data(index, Qt.ItemDataRole.UserRole)) for index in rows]

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        ids = self.selected_case_ids()
        if index.isValid():
            current = str(self.proxy.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole))
            if current in ids:
                return current
        return ids[0] if ids else None

    def row(self, case_id: str) -> DeskRow | None:
        return next((r for r in self.model.rows if r.case_id == case_id), None)

    def visible_case_ids(self) -> list[str]:
        return [
            str(self.proxy.data(self.proxy.index(r, 0), Qt.ItemDataRole.UserRole))
            for r in range(self.proxy.rowCount())
        ]

    def select_case(self, case_id: str, add: bool = False) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == case_id:
                if add:
                    flags = self.table.selectionModel().SelectionFlag
                    self.table.selectionModel().select(index, flags.Select | flags.Rows)
                else:
                    self.table.selectRow(row)
                return

    def _emit_selected(self, signal: Any) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            signal.emit(case_id)

    def _delete_selected(self) -> None:
        ids = self.selected_case_ids()
        if len(ids) == 1:
            self.deleteRequested.emit(ids[0])
        elif ids:
            self.deleteManyRequested.emit(ids)

    def _archive_selected(self) -> None:
        ids = self.selected_case_ids()
        if ids:
            self.archiveRequested.emit(ids)


def case_display_name(row: DeskRow | None, case_id: str) -> str:
    """How a confirmation names the case: the applicant (with the masked ID), else the label, else the id."""
    if row is None or row.protected or not row.readable:
        return t("the protected case %1").replace("%1", case_id) if row and row.protected else case_id
    name = row.name or t("(no name yet)")
    parts = [name] + [p for p in (row.id_masked, row.label) if p]
    return parts[0] + (f"（{'，'.join(parts[1:])}）" if len(parts) > 1 else "")

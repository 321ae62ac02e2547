"""A generic Qt table model over a list of records (parts of the case) that belongs to a case.

The model edits the list in place (``case.creditors`` is the list the model holds, not a copy) and emits
:attr:`RecordTableModel.changed` after every edit, so the application can autosave. Typed text is read with the
core parsers; text that cannot be stored is refused (``setData`` returns False): the cell keeps showing what was
typed, in red, and remembers why in either interface language (:meth:`RecordTableModel.cell_error`, the
tooltip); the record's value is cleared to "not entered" (never silently kept), unless the column cannot be
blank. The typed text lives in memory only: the wizard does not leave a page while a cell holds such text
(:meth:`RecordTableModel.cell_problems`), so nothing typed is lost to an autosave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Generic

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from debtassist.i18n import DEFAULT_LANG, Lang, known_lang, langs, tr
from debtassist.rules.fields import get_value, set_value
from debtassist.rules.validators import InputError
from debtassist.ui.models.columns import (
    CellError,
    ColumnSpec,
    Problem,
    R,
    TableSpec,
    display_text,
    edit_text,
    filter_text,
    json_value,
    not_stored,
    parse_input,
    sort_key,
)

AnyIndex = QModelIndex | QPersistentModelIndex

_USER = int(Qt.ItemDataRole.UserRole)
#: Numbers for money, dates, numbers and flags (blank first), the shown text otherwise; the proxy sorts by it.
SORT_ROLE = _USER + 1
#: The shown text plus an amount without commas; the proxy filters on it.
FILTER_ROLE = _USER + 2
#: The stored value as in the case file: enum value, ISO date, int, bool, str or None.
VALUE_ROLE = _USER + 3
#: The message of a refused edit in the model's language, or None.
ERROR_ROLE = _USER + 4

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)

ERROR_COLOR = QColor(0xC6, 0x28, 0x28)  # dark red: readable on white and on a selection highlight
_ERROR_ROLES = [_FOREGROUND, _TOOLTIP, ERROR_ROLE]


@dataclass(frozen=True)
class _Rejected:
    problem: Problem
    text: str  # what was typed, so an editor can open on it again


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are the records of ``records`` (edited in place), columns are ``table.columns``."""

    #: Emitted after every stored edit and every row insertion, removal and move.
    changed = Signal()
    #: (row, column, message) after a refused edit, for a status bar.
    rejected = Signal(int, int, str)

    def __init__(
        self, records: list[R], table: TableSpec[R], lang: Lang = DEFAULT_LANG, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._table = table
        self._lang: Lang = self._checked_lang(lang)
        self._rejected: dict[tuple[int, int], _Rejected] = {}  # (id(record), column)
        self._error_brush = QBrush(ERROR_COLOR)

    # --- The records -------------------------------------------------------------------------------------

    @property
    def table(self) -> TableSpec[R]:
        return self._table

    @property
    def records(self) -> list[R]:
        """The list being edited (the case's own list)."""
        return self._records

    def set_records(self, records: list[R]) -> None:
        """Edit another list (another case was opened); cell errors are forgotten."""
        self.beginResetModel()
        self._records = records
        self._rejected.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Show changes made to the list or its records by someone else than this model."""
        self.beginResetModel()
        alive = {id(record) for record in self._records}
        self._rejected = {key: value for key, value in self._rejected.items() if key[0] in alive}
        self.endResetModel()

    def record(self, row: int) -> R:
        if not 0 <= row < len(self._records):
            raise IndexError(f"no row {row} in a table of {len(self._records)}")
        return self._records[row]

    def column_spec(self, column: int) -> ColumnSpec:
        return self._table.columns[column]

    def append_record(self, record: R) -> int:
        """Add ``record`` at the end; returns its row."""
        return self.insert_record(len(self._records), record)

    def insert_record(self, row: int, record: R) -> int:
        """Insert ``record`` before ``row`` (0..rowCount); returns its row."""
        if not isinstance(record, self._table.record_type):
            raise TypeError(f"expected a {self._table.record_type.__name__}, got {type(record).__name__}")
        if not 0 <= row <= len(self._records):
            raise IndexError(f"cannot insert at row {row} in a table of {len(self._records)}")
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, record)
        self.endInsertRows()
        self.changed.emit()
        return row

    def move_record(self, row: int, to_row: int) -> bool:
        """Move one record so that it ends up at ``to_row``."""
        if not (0 <= row < len(self._records) and 0 <= to_row < len(self._records)) or row == to_row:
            return False
        destination = to_row + 1 if to_row > row else to_row  # moveRows counts before the move
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)

    # --- Language and errors -----------------------------------------------------------------------------

    @property
    def lang(self) -> Lang:
        return self._lang

    @lang.setter
    def lang(self, lang: Lang) -> None:
        self.set_lang(lang)

    def set_lang(self, lang: Lang) -> None:
        """Switch the interface language: headers, enum labels and error messages update in the views.

        Also call it after installing another Qt translator: the headers are translated when they are asked for.
        """
        self._lang = self._checked_lang(lang)
        columns = len(self._table.columns)
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self._records and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, columns - 1), [])

    @staticmethod
    def _checked_lang(lang: str) -> Lang:
        if known_lang(lang):
            return lang
        raise ValueError(f"unsupported language {lang!r}; expected one of {langs()}")

    def cell_error(self, row: int, column: int) -> str | None:
        """Why the last edit of this cell was refused (in the model's language), or None."""
        rejected = self._rejected_at(row, column)
        return rejected.problem.message(self._lang) if rejected is not None else None

    def rejected_text(self, row: int, column: int) -> str | None:
        """The refused text of this cell, for an editor to open on again, or None."""
        rejected = self._rejected_at(row, column)
        return rejected.text if rejected is not None else None

    def has_cell_errors(self) -> bool:
        return bool(self._rejected)

    def clear_cell_error(self, row: int, column: int) -> None:
        if not 0 <= row < len(self._records):
            return
        if self._rejected.pop((id(self._records[row]), column), None) is not None:
            index = self.index(row, column)
            self.dataChanged.emit(index, index, _ERROR_ROLES)

    def _rejected_at(self, row: int, column: int) -> _Rejected | None:
        if not 0 <= row < len(self._records):
            return None
        return self._rejected.get((id(self._records[row]), column))

    # --- Finding paths -------------------------------------------------------------------------------------

    def locate(self, path: str) -> QModelIndex:
        """The cell a case path points to (``creditors[2].principal``, as in findings); invalid if none."""
        match = re.fullmatch(rf"{re.escape(self._table.path)}\[(\d+)\](?:\.(.+))?", path)
        if match is None or not 0 <= (row := int(match[1])) < len(self._records):
            return QModelIndex()
        key = match[2] or ""
        column = self._table.column_of(key)
        if column is None:  # a field without a column (note, id) or a nested object: the row
            prefixed = [c for c, spec in enumerate(self._table.columns) if spec.key.startswith(key + ".")]
            column = prefixed[0] if key and prefixed else 0
        return self.index(row, column)

    # --- QAbstractTableModel -----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._table.columns)

    def _cell(self, index: AnyIndex) -> tuple[R, ColumnSpec] | None:
        if not index.isValid() or index.model() is not self:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= column < len(self._table.columns)):
            return None
        return self._records[row], self._table.columns[column]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        record, spec = cell
        role = int(role)
        if role == _DISPLAY:
            rejected_here = self._rejected.get((id(record), index.column())) if self._rejected else None
            if rejected_here is not None and rejected_here.text:
                return rejected_here.text  # what was typed stays in view, with its message
            return display_text(spec, get_value(record, spec.key), self._lang)
        if role == _EDIT:
            return edit_text(spec, get_value(record, spec.key), self._lang)
        if role == _CHECK:
            if spec.kind != "bool":
                return None
            checked = get_value(record, spec.key) is True
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == _ALIGN:
            return spec.text_alignment().value
        if role in (_TOOLTIP, ERROR_ROLE, _FOREGROUND):
            rejected = self._rejected.get((id(record), index.column()))
            if rejected is None:
                return None
            return self._error_brush if role == _FOREGROUND else rejected.problem.message(self._lang)
        if role == SORT_ROLE:
            return sort_key(spec, get_value(record, spec.key), self._lang)
        if role == FILTER_ROLE:
            return filter_text(spec, get_value(record, spec.key), self._lang)
        if role == VALUE_ROLE:
            return json_value(get_value(record, spec.key))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        """Store ``value`` (typed text, or a value) if it can be read; refuse it otherwise. Never raises."""
        cell = self._cell(index)
        if cell is None:
            return False
        record, spec = cell
        role = int(role)
        if not spec.editable or role not in (_EDIT, _CHECK) or (role == _CHECK and spec.kind != "bool"):
            return False
        key = (id(record), index.column())
        try:
            new = parse_input(spec, value)
            stored = new != get_value(record, spec.key)
            if stored:
                set_value(record, spec.key, new)
        except (InputError, CellError) as error:
            return self._reject(index, error, value)
        except (ValueError, TypeError, ArithmeticError):  # a value the field cannot hold (model.part.checked)
            return self._reject(index, not_stored(), value)
        had_error = self._rejected.pop(key, None) is not None
        if stored or had_error:
            self.dataChanged.emit(index, index, [])
        if stored:
            self.changed.emit()
        return True

    def _reject(self, index: AnyIndex, problem: Problem, value: Any) -> bool:
        record = self._records[index.row()]
        spec = self._table.columns[index.column()]
        text = value if isinstance(value, str) else ""
        self._rejected[(id(record), index.column())] = _Rejected(problem, text)
        cleared = False
        try:  # the old value is not kept behind the typed text: the cell is "not entered" until corrected
            blank = parse_input(spec, "")
            if blank != get_value(record, spec.key):
                set_value(record, spec.key, blank)
                cleared = True
        except (InputError, CellError, ValueError, TypeError):
            pass  # a column that cannot be blank (the asset's kind) keeps its value
        self.dataChanged.emit(index, index, [])
        self.rejected.emit(index.row(), index.column(), problem.message(self._lang))
        if cleared:
            self.changed.emit()
        return False

    def cell_problems(self) -> list[tuple[int, int, str]]:
        """``(row, column, message)`` of every cell holding text that could not be stored, in table order."""
        rows = {id(record): row for row, record in enumerate(self._records)}
        found = [
            (rows[key[0]], key[1], rejected.problem.message(self._lang))
            for key, rejected in self._rejected.items()
            if key[0] in rows
        ]
        return sorted(found)

    def problem_text(self, row: int, column: int, message: str) -> str:
        """``Row 2, Principal: …`` in the model's language."""
        header = self._table.columns[column].header_text(self._lang)
        return tr("wizard.cell_problem", self._lang, row=row + 1, column=header, message=message)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        cell = self._cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        spec = cell[1]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if spec.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if spec.kind == "bool" else Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        role = int(role)
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._table.columns):
                return None
            if role == _DISPLAY:
                return self._table.columns[section].header_text(self._lang)
            return None
        if not 0 <= section < len(self._records):
            return None
        if role == _DISPLAY:
            return str(section + 1)
        if role == _ALIGN:
            return (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
        return None

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Insert ``count`` new records (the record class with its defaults) before ``row``."""
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._records):
            return False
        new = [self._table.record_type() for _ in range(count)]
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._records[row:row] = new
        self.endInsertRows()
        self.changed.emit()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._records):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        gone = {id(record) for record in self._records[row : row + count]}
        del self._records[row : row + count]
        self._rejected = {key: value for key, value in self._rejected.items() if key[0] not in gone}
        self.endRemoveRows()
        self.changed.emit()
        return True

    def moveRows(
        self,
        sourceParent: AnyIndex,
        sourceRow: int,
        count: int,
        destinationParent: AnyIndex,
        destinationChild: int,
    ) -> bool:
        """Move ``count`` records to before ``destinationChild`` (a row number before the move), as Qt does."""
        size = len(self._records)
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if sourceRow < 0 or sourceRow + count > size or not 0 <= destinationChild <= size:
            return False
        if sourceRow <= destinationChild <= sourceRow + count:  # onto itself
            return False
        last = sourceRow + count - 1
        if not self.beginMoveRows(QModelIndex(), sourceRow, last, QModelIndex(), destinationChild):
            return False
        moving = self._records[sourceRow : last + 1]
        del self._records[sourceRow : last + 1]
        at = destinationChild if destinationChild < sourceRow else destinationChild - count
        self._records[at:at] = moving
        self.endMoveRows()
        self.changed.emit()
        return True


def make_proxy(model: RecordTableModel[Any], parent: QObject | None = None) -> QSortFilterProxyModel:
    """A sorting and filtering proxy: numbers sort as numbers, the filter matches any shown text, any case."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    proxy.setFilterRole(FILTER_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy

"""The attachment checklist as a table: what each document is, where to get it, and the user's progress.

Rows are the report's :class:`~debtassist.rules.attachments.AttachmentCheck` list for the case's route. Status,
issue date and note are read from and written to ``case.attachments`` (an entry is created on the first edit);
the problem column comes from the last report, so it follows once the page passes the next report in
:meth:`AttachmentsModel.set_report`.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from debtassist.i18n import Lang, tr
from debtassist.model.case import AttachmentState, AttachmentStatus, Case
from debtassist.rules.attachments import AttachmentCheck
from debtassist.rules.check import CheckReport
from debtassist.rules.fields import set_value
from debtassist.rules.rocdate import parse_date, roc_text
from debtassist.rules.validators import InputError
from debtassist.ui.models.columns import clean_text
from debtassist.ui.wizard.base import t

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_USER = int(Qt.ItemDataRole.UserRole)
#: The stored value: status value ("have"), ISO issue date or None, the note; other columns: None.
VALUE_ROLE = _USER + 1
#: The attachment id of the row (any column).
ID_ROLE = _USER + 2
#: True for a required document that is not ready (missing, requested, undated or out of date).
MISSING_ROLE = _USER + 3

#: Missing required rows: a light red background with dark text, readable in light and dark themes.
MISSING_BACKGROUND = QColor("#fbe3e1")
MISSING_TEXT = QColor("#3d0a06")
PROBLEM_TEXT = QColor("#b3261e")


class Col(IntEnum):
    DOCUMENT = 0
    OBTAIN = 1
    STATUS = 2
    ISSUE_DATE = 3
    NOTE = 4
    PROBLEM = 5


EDITABLE = (Col.STATUS, Col.ISSUE_DATE, Col.NOTE)


def level_text(level: str, lang: Lang) -> str:
    """required / commonly asked for / the court may ask / if applicable (the cover sheet's words)."""
    return tr(f"packet.level.{level}", lang)


def status_text(status: AttachmentStatus, lang: Lang) -> str:
    return tr(f"packet.status.{status.value}", lang)


class AttachmentsModel(QAbstractTableModel):
    """One row per document of the checklist; status, issue date and note are editable."""

    #: After every stored edit (the page saves the case and gets a new report).
    edited = Signal()
    #: The reason a typed value was refused (an impossible date), in the model's language.
    refused = Signal(str)

    def __init__(self, report: CheckReport, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self._case: Case = report.case
        self._checks: list[AttachmentCheck] = list(report.attachments)

    # -- rows ------------------------------------------------------------------------------------------------

    def set_report(self, report: CheckReport) -> None:
        """Show the checklist of a new report; rows stay in place (and selected) when the list is the same."""
        old_ids = [c.id for c in self._checks]
        new_ids = [c.id for c in report.attachments]
        self._case = report.case
        if old_ids == new_ids:
            self._checks = list(report.attachments)
            if self._checks:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._checks) - 1, len(Col) - 1))
            return
        self.beginResetModel()
        self._checks = list(report.attachments)
        self.endResetModel()

    def check(self, row: int) -> AttachmentCheck:
        return self._checks[row]

    def checks(self) -> list[AttachmentCheck]:
        return list(self._checks)

    def row_of(self, attachment_id: str) -> int | None:
        for row, check in enumerate(self._checks):
            if check.id == attachment_id:
                return row
        return None

    def state(self, row: int) -> AttachmentState:
        """The case's state of the row's document (a default one when the user has not touched it yet)."""
        return self._case.attachments.get(self._checks[row].id) or AttachmentState()

    def is_missing_required(self, row: int) -> bool:
        check = self._checks[row]
        return check.required and check.problem is not None

    # -- QAbstractItemModel ----------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < len(Col):
            return None
        return {
            Col.DOCUMENT: t("Document"),
            Col.OBTAIN: t("Where to get it"),
            Col.STATUS: t("Status"),
            Col.ISSUE_DATE: t("Issue date"),
            Col.NOTE: t("Note"),
            Col.PROBLEM: t("Problem"),
        }[Col(section)]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        row, column = index.row(), Col(index.column())
        check = self._checks[row]
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _EDIT:
            return self._edit(row, column)
        if role == VALUE_ROLE:
            return self._value(row, column)
        if role == ID_ROLE:
            return check.id
        if role == MISSING_ROLE:
            return self.is_missing_required(row)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _BACKGROUND and self.is_missing_required(row):
            return MISSING_BACKGROUND
        if role == _FOREGROUND:
            if self.is_missing_required(row):
                return PROBLEM_TEXT if column is Col.PROBLEM else MISSING_TEXT
            if column is Col.PROBLEM and check.problem is not None:
                return PROBLEM_TEXT
        return None

    def _display(self, row: int, column: Col) -> str:
        check, state = self._checks[row], self.state(row)
        if column is Col.DOCUMENT:
            return f"{check.title(self.lang)} ({level_text(check.level, self.lang)})"
        if column is Col.OBTAIN:
            return check.spec.obtain.text(self.lang)
        if column is Col.STATUS:
            return status_text(state.status, self.lang)
        if column is Col.ISSUE_DATE:
            return date_text(state.issue_date)
        if column is Col.NOTE:
            return state.note
        return check.problem_text(self.lang)

    def _edit(self, row: int, column: Col) -> str | None:
        state = self.state(row)
        if column is Col.STATUS:
            return state.status.value
        if column is Col.ISSUE_DATE:
            return self._display(row, column)
        if column is Col.NOTE:
            return state.note
        return None

    def _value(self, row: int, column: Col) -> str | None:
        state = self.state(row)
        if column is Col.STATUS:
            return state.status.value
        if column is Col.ISSUE_DATE:
            return state.issue_date.isoformat() if state.issue_date else None
        if column is Col.NOTE:
            return state.note
        return None

    def _tooltip(self, row: int, column: Col) -> str | None:
        check = self._checks[row]
        if column is Col.DOCUMENT:
            lines = [
                check.title(self.lang),
                t("Where to get it: %1").replace("%1", check.spec.obtain.text(self.lang)),
            ]
            if check.copies > 1:
                lines.append(
                    t("Sets needed: %1 (the original and one copy for each creditor)").replace(
                        "%1", str(check.copies)
                    )
                )
            return "\n".join(lines)
        if column is Col.ISSUE_DATE:
            hint = t("ROC date, for example 115/3/2")
            if check.window_start is not None:
                hint += "\n" + t("Must be issued on or after %1").replace("%1", roc_text(check.window_start))
            return hint
        if column is Col.PROBLEM and check.problem is not None:
            return check.problem_text(self.lang)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or index.column() not in EDITABLE:
            return False
        row, column = index.row(), Col(index.column())
        try:
            field, stored = self._parse(column, value)
        except InputError as error:
            self.refused.emit(error.message(self.lang))
            return False
        except ValueError:
            return False
        attachment_id = self._checks[row].id
        state = self._case.attachments.get(attachment_id)
        if state is not None and getattr(state, field) == stored:
            return True
        if state is None:
            state = AttachmentState()
            self._case.attachments[attachment_id] = state
        set_value(state, field, stored)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))
        self.edited.emit()
        return True

    @staticmethod
    def _parse(column: Col, value: Any) -> tuple[str, Any]:
        """(field of AttachmentState, value to store); InputError or ValueError for what cannot be stored."""
        if column is Col.STATUS:
            return "status", AttachmentStatus(
                value.value if isinstance(value, AttachmentStatus) else str(value)
            )
        if column is Col.ISSUE_DATE:
            if value is None or (isinstance(value, str) and not value.strip()):
                return "issue_date", None
            if isinstance(value, date):
                roc_text(value)  # refuses a date before 1912
                return "issue_date", value
            return "issue_date", parse_date(str(value))
        return "note", clean_text(str(value or ""))


def date_text(value: date | None) -> str:
    """``115/03/02``; a date with no ROC year (a hand-edited file) is shown as it is."""
    if value is None:
        return ""
    try:
        return roc_text(value)
    except InputError:
        return value.isoformat()


class StatusDelegate(QStyledItemDelegate):
    """The status column: a list of the four statuses; choosing one is the edit."""

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for status in AttachmentStatus:
            combo.addItem(status_text(status, self.lang), status.value)
        combo.setAccessibleName(t("Status"))
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        else:
            super().setModelData(editor, model, index)


class LineDelegate(QStyledItemDelegate):
    """A line editor with a placeholder (the issue date and the note)."""

    def __init__(self, placeholder: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.placeholder)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            value = index.data(_EDIT)
            editor.setText(value if isinstance(value, str) else "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _EDIT)
        else:
            super().setModelData(editor, model, index)

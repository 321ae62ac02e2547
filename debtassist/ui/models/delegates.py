"""Item delegates: the editor a table cell opens, by column kind.

Every editor is free text (or a list for enums) and the model decides: a refused value stays refused with its
reason in the cell, and the next edit of that cell opens on the refused text so it can be corrected rather
than typed again. Delegates work through any chain of proxy models over a :class:`RecordTableModel`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from debtassist.ui.models.columns import ColumnSpec, ui_text
from debtassist.ui.models.record_table import VALUE_ROLE, AnyIndex, RecordTableModel
from debtassist.ui.widgets.money import MoneyEdit

_EDIT = int(Qt.ItemDataRole.EditRole)


def source_cell(index: AnyIndex) -> tuple[RecordTableModel[Any], QModelIndex] | None:
    """The record model and its index under ``index``, through any proxies; None for another model."""
    if not index.isValid():
        return None
    model = index.model()
    source = model.index(index.row(), index.column())  # a QModelIndex, also for a persistent index
    while isinstance(model, QAbstractProxyModel):
        source = model.mapToSource(source)
        model = model.sourceModel()
    if isinstance(model, RecordTableModel) and source.isValid():
        return model, source
    return None


class RecordDelegate(QStyledItemDelegate):
    """A line editor that opens on the cell's text, or on the text the model refused last time."""

    #: A new editor was opened (a table shows its ``note`` / ``error`` next to the table).
    editorOpened = Signal(QWidget)

    def new_editor(self, parent: QWidget, model: RecordTableModel[Any]) -> QLineEdit:
        return QLineEdit(parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        found = source_cell(index)
        editor = self.new_editor(parent, found[0]) if found is not None else QLineEdit(parent)
        editor.setFrame(False)
        if found is not None:
            model, cell = found
            self.configure(editor, model.column_spec(cell.column()), model)
            editor.setAccessibleName(model.column_spec(cell.column()).header_text(model.lang))
        self.editorOpened.emit(editor)
        return editor

    def configure(self, editor: QLineEdit, spec: ColumnSpec, model: RecordTableModel[Any]) -> None:
        """Set up a new line editor for a cell of ``spec``."""
        editor.setAlignment(spec.text_alignment())
        if spec.suggestions:
            completer = QCompleter(list(spec.suggestions), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if not isinstance(editor, QLineEdit):
            super().setEditorData(editor, index)
            return
        text: str | None = None
        found = source_cell(index)
        if found is not None:
            model, cell = found
            text = model.rejected_text(cell.row(), cell.column())
        if not text:
            value = index.data(_EDIT)
            text = value if isinstance(value, str) else ""
        editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _EDIT)
        else:
            super().setModelData(editor, model, index)


class TextDelegate(RecordDelegate):
    """Plain text, numbers and shares; offers the column's suggestions as completions."""


class MoneyDelegate(RecordDelegate):
    """Whole NT dollars, right-aligned like the cells, in the same :class:`MoneyEdit` as single fields: the
    same parser, and the same ``= 38,000 元`` note while ``三萬八`` is typed."""

    def new_editor(self, parent: QWidget, model: RecordTableModel[Any]) -> QLineEdit:
        return MoneyEdit(parent, lang=model.lang)

    def configure(self, editor: QLineEdit, spec: ColumnSpec, model: RecordTableModel[Any]) -> None:
        super().configure(editor, spec, model)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText("12,345")


class DateDelegate(RecordDelegate):
    """An ROC date as text (``115/3/2``); AD dates and ``民國115年3月2日`` are read too."""

    def configure(self, editor: QLineEdit, spec: ColumnSpec, model: RecordTableModel[Any]) -> None:
        super().configure(editor, spec, model)
        if spec.month:
            editor.setPlaceholderText("113/1")
            editor.setToolTip(
                ui_text(str(QT_TRANSLATE_NOOP("Tables", "ROC year and month, for example 113/1")), model.lang)
            )
            return
        editor.setPlaceholderText("115/3/2")
        editor.setToolTip(
            ui_text(str(QT_TRANSLATE_NOOP("Tables", "ROC date, for example 115/3/2")), model.lang)
        )


class EnumDelegate(QStyledItemDelegate):
    """A list of the column's choices in the model's language (with a blank entry unless required)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        found = source_cell(index)
        if found is not None:
            model, cell = found
            spec = model.column_spec(cell.column())
            if not spec.required:
                combo.addItem("", "")
            for choice in spec.choices:
                combo.addItem(choice.label(model.lang), str(choice.value.value))
        # Picking an entry is the edit: commit it at once instead of waiting for the focus to leave.
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(VALUE_ROLE)
        position = editor.findData(value if isinstance(value, str) else "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            model.setData(index, data if isinstance(data, str) else "", _EDIT)
        else:
            super().setModelData(editor, model, index)


def delegate_for(spec: ColumnSpec, parent: QObject | None = None) -> QStyledItemDelegate | None:
    """The delegate for a column of ``spec``; None for check boxes (the view's default handles them)."""
    if spec.kind == "bool":
        return None
    if spec.kind == "money":
        return MoneyDelegate(parent)
    if spec.kind == "date":
        return DateDelegate(parent)
    if spec.kind == "enum":
        return EnumDelegate(parent)
    return TextDelegate(parent)


def install_delegates(view: QAbstractItemView, model: RecordTableModel[Any]) -> list[QStyledItemDelegate]:
    """Give each column of ``view`` (showing ``model`` or a proxy that keeps its columns) its delegate.

    The delegates are children of the view; the list is returned for tests and further setup.
    """
    installed: list[QStyledItemDelegate] = []
    for column in range(model.columnCount()):
        delegate = delegate_for(model.column_spec(column), view)
        if delegate is not None:
            view.setItemDelegateForColumn(column, delegate)
            installed.append(delegate)
    return installed

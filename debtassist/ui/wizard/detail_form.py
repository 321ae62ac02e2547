"""A short list plus a form for the selected row, showing only the fields that apply to it.

What a form shows is data: a :class:`FormSpec` lists, per kind of record (an asset kind, a creditor's state),
the fields to show as :class:`Field` entries, each naming a column of the table's
:class:`~debtassist.ui.models.columns.TableSpec` (so a field is parsed, refused and explained exactly like its
cell) and, optionally, a label for that kind and a condition on the record. A new field is one more line here.

Edits go through the table model (:meth:`RecordTableModel.setData`), so the list, the form, the autosave and the
problem list always agree; text the model refuses stays in the field with the model's message under it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from debtassist.model.case import AssetKind, Creditor
from debtassist.model.part import Part
from debtassist.ui.models.columns import ColumnSpec
from debtassist.ui.models.record_table import VALUE_ROLE, RecordTableModel
from debtassist.ui.widgets import ErrorLabel, MoneyEdit
from debtassist.ui.widgets.base import accessible_text
from debtassist.ui.widgets.wrapping import WrapCheck

_EDIT = int(Qt.ItemDataRole.EditRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def t(text: str) -> str:
    return QCoreApplication.translate("DetailForm", text)


@dataclass(frozen=True)
class Field:
    """One field of a form: the column ``key``; ``label`` (English source, context ``DetailForm``) replaces
    the column header for this kind; ``when`` hides the field unless it holds for the record."""

    key: str
    label: str = ""
    when: Callable[[Any], bool] | None = None


@dataclass(frozen=True)
class FormSpec:
    """The fields of a record, by the record's kind (``kind_of(record)``; ``None`` for records of one kind)."""

    fields: Callable[[Any], tuple[Field, ...]]


# --- Creditors: security only for secured debts, enforcement only when pending ----------------------------


def _secured(creditor: Creditor) -> bool:
    return bool(creditor.secured)


CREDITOR_FIELDS: tuple[Field, ...] = (
    Field("kind"),
    Field("name"),
    Field("address"),
    Field("debt_type"),
    Field("cause"),
    Field("principal"),
    Field("interest_fees"),
    Field("secured", QT_TRANSLATE_NOOP("DetailForm", "Secured (a mortgage, a car loan with a lien, …)")),
    Field("security", when=_secured),
    Field("secured_coverage", when=_secured),
    Field("priority"),
    Field("home_loan", when=_secured),
    Field("home_loan_overdue_instalments", when=lambda c: bool(c.secured and c.home_loan)),
    Field("special_clause", when=lambda c: bool(c.secured and c.home_loan)),
    Field("enforcement.pending", QT_TRANSLATE_NOOP("DetailForm", "Enforcement (強制執行) is pending")),
    Field("enforcement.court", when=lambda c: bool(c.enforcement.pending)),
    Field("enforcement.case_number", when=lambda c: bool(c.enforcement.pending)),
)

CREDITOR_FORM = FormSpec(lambda creditor: CREDITOR_FIELDS)

# --- Assets: what each kind asks ----------------------------------------------------------------------------

ASSET_FIELDS: dict[AssetKind, tuple[Field, ...]] = {
    AssetKind.DEPOSIT: (
        Field("holder", QT_TRANSLATE_NOOP("DetailForm", "Bank or post office")),
        Field("location", QT_TRANSLATE_NOOP("DetailForm", "Branch")),
        Field("number", QT_TRANSLATE_NOOP("DetailForm", "Account number")),
        Field("value", QT_TRANSLATE_NOOP("DetailForm", "Balance")),
    ),
    AssetKind.REAL_ESTATE: (
        Field("description", QT_TRANSLATE_NOOP("DetailForm", "Land or building")),
        Field("location", QT_TRANSLATE_NOOP("DetailForm", "Address or section (段)")),
        Field("number", QT_TRANSLATE_NOOP("DetailForm", "Lot or building number (地號／建號)")),
        Field("value", QT_TRANSLATE_NOOP("DetailForm", "Announced value (公告現值)")),
        Field("share", QT_TRANSLATE_NOOP("DetailForm", "Your share (持分), e.g. 1/2")),
    ),
    AssetKind.VEHICLE: (
        Field("description", QT_TRANSLATE_NOOP("DetailForm", "Make and kind")),
        Field("number", QT_TRANSLATE_NOOP("DetailForm", "Plate number")),
        Field("year", QT_TRANSLATE_NOOP("DetailForm", "Year made")),
        Field("value", QT_TRANSLATE_NOOP("DetailForm", "Value")),
    ),
    AssetKind.INSURANCE: (
        Field("holder", QT_TRANSLATE_NOOP("DetailForm", "Insurer")),
        Field("description", QT_TRANSLATE_NOOP("DetailForm", "Kind of policy")),
        Field("number", QT_TRANSLATE_NOOP("DetailForm", "Policy number")),
        Field("value", QT_TRANSLATE_NOOP("DetailForm", "Surrender value (解約金)")),
    ),
    AssetKind.SECURITIES: (
        Field("holder", QT_TRANSLATE_NOOP("DetailForm", "Broker or company")),
        Field("description", QT_TRANSLATE_NOOP("DetailForm", "Name of the shares or fund")),
        Field("quantity"),
        Field("value", QT_TRANSLATE_NOOP("DetailForm", "Market value")),
    ),
    AssetKind.OTHER: (
        Field("description"),
        Field("location"),
        Field("number"),
        Field("value"),
    ),
}

ASSET_FORM = FormSpec(lambda asset: (Field("kind"), *ASSET_FIELDS[asset.kind], Field("note")))


def shown_fields(form: FormSpec, record: Part) -> list[Field]:
    """The fields of ``form`` that apply to ``record`` now."""
    return [f for f in form.fields(record) if f.when is None or f.when(record)]


class RecordDetail(QGroupBox):
    """The form for one row of ``model``: rebuilt when the row, or a field a condition reads, changes."""

    def __init__(self, model: RecordTableModel[Any], form: FormSpec, title: str) -> None:
        super().__init__(title)
        self.model = model
        self.form_spec = form
        self.record: Part | None = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self._shown: list[str] = []
        self._layout = QVBoxLayout(self)
        self._empty = QLabel(t("Select a row in the list, or add one, to fill in its details here."))
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
        self._body: QWidget | None = None
        model.dataChanged.connect(self._model_changed)
        model.modelReset.connect(lambda: self.show_record(self.record))
        model.rowsRemoved.connect(lambda *_: self.show_record(self.record))

    # -- showing -----------------------------------------------------------------------------------------

    def row(self) -> int:
        if self.record is None:
            return -1
        return next((i for i, r in enumerate(self.model.records) if r is self.record), -1)

    def show_row(self, row: int) -> None:
        records = self.model.records
        self.show_record(records[row] if 0 <= row < len(records) else None)

    def show_record(self, record: Part | None) -> None:
        if record is not None and not any(r is record for r in self.model.records):
            record = None
        self.record = record
        keys = [f.key for f in shown_fields(self.form_spec, record)] if record is not None else []
        if keys != self._shown or self._body is None:
            self._build(keys)
        self._fill()

    def _build(self, keys: list[str]) -> None:
        focused = next((k for k, e in self.editors.items() if e.hasFocus()), None)
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
        self._shown = keys
        self.editors.clear()
        self.errors.clear()
        self._body = QWidget()
        layout = QFormLayout(self._body)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = {f.key: f for f in self.form_spec.fields(self.record)} if self.record is not None else {}
        for key in keys:
            column = self.model.table.column_of(key)
            assert column is not None, f"{key} is not a column of {self.model.table.path}"
            spec = self.model.column_spec(column)
            label_text = t(fields[key].label) if fields[key].label else spec.header_text(self.model.lang)
            editor = self._editor(spec, key, label_text)
            holder = QWidget()
            error = ErrorLabel(None, holder, reserve=True)  # one line of room: no jump when a message comes
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(editor)
            box.addWidget(error)
            if isinstance(editor, QCheckBox):
                layout.addRow(holder)
            else:
                label = QLabel(label_text)
                label.setWordWrap(True)
                label.setBuddy(editor)
                layout.addRow(label, holder)
            self.editors[key] = editor
            self.errors[key] = error
        self._empty.setVisible(not keys)
        self._layout.addWidget(self._body)
        self._body.setVisible(bool(keys))
        if focused in self.editors:  # ticking "secured" adds fields: the keyboard stays where it was
            self.editors[focused].setFocus()

    def _editor(self, spec: ColumnSpec, key: str, label: str) -> QWidget:
        editor: QWidget
        if spec.kind == "bool":
            box = WrapCheck(label)
            box.toggled.connect(
                lambda on, k=key: self._commit(
                    k, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, _CHECK
                )
            )
            editor = box
        elif spec.kind == "enum":
            combo = QComboBox()
            if not spec.required:
                combo.addItem("", "")
            for choice in spec.choices:
                combo.addItem(choice.label(self.model.lang), str(choice.value.value))
            combo.activated.connect(lambda _i, k=key, c=combo: self._commit(k, c.currentData() or ""))
            editor = combo
        else:
            line = MoneyEdit(lang=self.model.lang) if spec.kind == "money" else QLineEdit()
            line.editingFinished.connect(lambda k=key, e=line: self._commit(k, e.text()))
            editor = line
        editor.setAccessibleName(accessible_text(label))
        return editor

    def _fill(self) -> None:
        row = self.row()
        for key, editor in self.editors.items():
            column = self.model.table.column_of(key)
            if column is None or row < 0:
                continue
            index = self.model.index(row, column)
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setChecked(index.data(_CHECK) == Qt.CheckState.Checked)
            elif isinstance(editor, QComboBox):
                value = index.data(VALUE_ROLE)
                editor.setCurrentIndex(max(0, editor.findData(value if isinstance(value, str) else "")))
            elif isinstance(editor, QLineEdit):
                refused = self.model.rejected_text(row, column)
                text = refused if refused else index.data(_EDIT)
                shown = text if isinstance(text, str) else ""
                if isinstance(editor, MoneyEdit) and not refused and shown:
                    shown = f"{int(shown):,}" if shown.isdigit() else shown
                if editor.text() != shown:
                    editor.setText(shown)
            editor.blockSignals(False)
            self.errors[key].showError(self.model.cell_error(row, column) or "")

    # -- editing -----------------------------------------------------------------------------------------

    def _commit(self, key: str, value: object, role: int = _EDIT) -> None:
        row, column = self.row(), self.model.table.column_of(key)
        if row < 0 or column is None:
            return
        self.model.setData(self.model.index(row, column), value, role)
        self.show_record(self.record)  # a condition may now hold (secured ticked: the security fields)

    def _model_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        row = self.row()
        if row >= 0 and top_left.row() <= row <= bottom_right.row():
            self.show_record(self.record)

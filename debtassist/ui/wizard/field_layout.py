"""Single-field wizard pages laid out from a list of case paths.

For each path the field's spec (:func:`debtassist.rules.fields.field_spec`) says its kind, its label and hint
keys and any editor option; :class:`FieldLayout` makes the app's editor for it (a line edit for text, the money
editor, the ROC date editor, yes/no buttons for a flag, a list for a choice, the county list and the ID-number
editor where the spec names them), puts it in a :class:`FieldRow` with its label and hint, loads it from the
case by path and saves it back by path. Labels come from the core catalog (``core/field_labels.json``) in the
page's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang, tr
from debtassist.model.case import Case
from debtassist.rules.fields import FieldSpec, Kind, field_spec, get_value, set_value
from debtassist.rules.validators import to_halfwidth
from debtassist.ui.widgets import (
    CheckedLineEdit,
    CountyCombo,
    ErrorLabel,
    FieldRow,
    MoneyEdit,
    NationalIdEdit,
    RocDateEdit,
    accessible_text,
)
from debtassist.ui.widgets.wrapping import WrapRadio


class Choices(QWidget):
    """Radio buttons with no answer chosen until the person chooses one; each says its question to screen
    readers (``question: answer``)."""

    def __init__(self, answers: list[tuple[object, str]], question: str = "") -> None:
        super().__init__()
        # Two short answers side by side; three or more one under another, so long answers never widen the page.
        layout = QHBoxLayout(self) if len(answers) <= 2 else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[object, QRadioButton] = {}
        for value, text in answers:
            button = WrapRadio(text)
            if question:
                button.setAccessibleName(f"{accessible_text(question)}: {accessible_text(text)}")
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        if question:
            self.setAccessibleName(accessible_text(question))

    def value(self) -> object:
        return next((value for value, button in self.buttons.items() if button.isChecked()), None)

    def set_value(self, value: object) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(value is not None and key == value)
        self.group.setExclusive(True)


class YesNo(Choices):
    """Yes or no, unchosen until chosen."""

    def __init__(self, yes: str, no: str, question: str = "") -> None:
        super().__init__([(True, yes), (False, no)], question)
        self.yes, self.no = self.buttons[True], self.buttons[False]

    def value(self) -> bool | None:
        value = super().value()
        return value if isinstance(value, bool) else None


@dataclass
class Editor:
    """An editor of one field: its widget, how to read and show its value, and the signal of a user edit."""

    widget: QWidget
    read: Callable[[], object]
    show: Callable[[object], None]
    edited: SignalInstance


#: A line break (with the spaces around it) in a one-line field: pasted from a letter or a web page.
_BREAK = re.compile(r"[ \t\u3000]*[\r\n\v\f\u2028\u2029]+\s*")


def one_line(text: str) -> str:
    """What a one-line field holds: each pasted line break is one space (an address broken in two on the
    printed petition otherwise), the ends trimmed; spaces typed within a line stay."""
    return _BREAK.sub(" ", text).strip()


def _line(spec: FieldSpec, name: str) -> Editor:
    line = QLineEdit()
    line.setAccessibleName(accessible_text(name))
    fold = to_halfwidth if spec.editor == "halfwidth" else str

    return Editor(
        line, lambda: fold(one_line(line.text())), lambda v: line.setText(str(v or "")), line.textEdited
    )


def _choice_list(spec: FieldSpec, name: str, lang: Lang) -> Editor:
    combo = QComboBox()
    combo.addItem(tr("value.choose", lang), None)
    members: dict[str, Enum] = {}
    for member in spec.choices():
        combo.addItem(tr(spec.choice_key(member), lang), member.value)
        members[str(member.value)] = member
    combo.setAccessibleName(accessible_text(name))

    def show(value: object) -> None:
        data = getattr(value, "value", None)
        combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)

    return Editor(combo, lambda: members.get(str(combo.currentData())), show, combo.currentIndexChanged)


def make_editor(spec: FieldSpec, lang: Lang) -> Editor:
    """The app's editor for ``spec``: by the spec's editor option, else by its kind."""
    name = tr(spec.name_key, lang)
    if spec.editor == "national_id":
        nid = NationalIdEdit(label=name, lang=lang)
        return Editor(nid, nid.value, lambda v: nid.setValue(str(v or "")), nid.idChanged)
    if spec.editor == "county":
        county = CountyCombo(label=name, lang=lang)

        def show_county(value: object) -> None:
            county.setCounty(str(value or ""))

        return Editor(county, county.county, show_county, county.countyChanged)
    if spec.kind is Kind.DATE:
        day = RocDateEdit(label=name, lang=lang, allow_future=not spec.past_only)
        return Editor(day, day.value, day.setValue, day.dateChanged)  # type: ignore[arg-type]
    if spec.kind is Kind.MONEY:
        amount = MoneyEdit(label=name, lang=lang)
        return Editor(amount, amount.value, amount.setValue, amount.valueChanged)  # type: ignore[arg-type]
    if spec.kind is Kind.FLAG:
        yes_no = YesNo(tr("value.yes", lang), tr("value.no", lang), tr(spec.label_key, lang))
        return Editor(yes_no, yes_no.value, yes_no.set_value, yes_no.group.buttonToggled)
    if spec.kind is Kind.CHOICE:
        return _choice_list(spec, name, lang)
    if spec.kind is Kind.TEXT:
        return _line(spec, name)
    raise ValueError(f"no editor for the field {spec.path!r} of kind {spec.kind}")


class StackedRow(QWidget):
    """The compact row of a framed group: ``label`` word-wrapped above ``field`` (its buddy) and, under a
    checked field (a date), its inline message; no hint and no room kept for a message."""

    def __init__(self, label: str, field: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(label)
        self._label.setWordWrap(True)
        self._label.setBuddy(field)
        layout.addWidget(self._label)
        layout.addWidget(field)
        self.message: ErrorLabel | None = None
        if isinstance(field, CheckedLineEdit):
            self.message = ErrorLabel(field)
            layout.addWidget(self.message)


class FieldLayout:
    """The single fields named by ``paths``: their editors are made at once, and each row (label, editor,
    hint, message) when :meth:`add_to` places it; loaded from and saved to the case by path. ``on_edit`` is
    called after the person changes a field (never while loading)."""

    def __init__(self, paths: Iterable[str], lang: Lang, on_edit: Callable[[], None]) -> None:
        self.specs = {path: field_spec(path) for path in paths}
        self.lang: Lang = lang
        self.editors: dict[str, Editor] = {}
        self.rows: dict[str, QWidget] = {}
        self._on_edit = on_edit
        self._loading = False
        for path, spec in self.specs.items():
            editor = make_editor(spec, lang)
            editor.edited.connect(lambda *_: self._edited())
            self.editors[path] = editor
        self.case: Case | None = None

    def widget(self, path: str) -> QWidget:
        return self.editors[path].widget

    def add_to(
        self, layout: QBoxLayout, paths: Iterable[str] | None = None, *, compact: bool = False
    ) -> None:
        """Add the rows of ``paths`` (all, by default) to ``layout``: a :class:`FieldRow` each, or with
        ``compact`` a :class:`StackedRow` (inside a framed group)."""
        for path in self.specs if paths is None else paths:
            spec, widget = self.specs[path], self.editors[path].widget
            label = tr(spec.label_key, self.lang)
            if compact:
                row: QWidget = StackedRow(label, widget)
            else:
                row = FieldRow(label, widget, hint=tr(spec.hint_key, self.lang) if spec.hint_key else "")
            self.rows[path] = row
            layout.addWidget(row)

    def load(self, case: Case) -> None:
        self._loading = True
        try:
            self.case = case
            for path, editor in self.editors.items():
                editor.show(get_value(case, path))
        finally:
            self._loading = False

    def save(self, case: Case) -> None:
        for path, editor in self.editors.items():
            set_value(case, path, editor.read())

    def _edited(self) -> None:
        if self._loading or self.case is None:
            return
        self.save(self.case)
        self._on_edit()

"""Single-field wizard pages laid out from a list of case paths.

For each path the field's spec (:func:`debtassist.rules.fields.field_spec`) says its kind, its label and hint
keys and any editor option; :class:`FieldLayout` makes the app's editor for it (a line edit for text, the money
editor, the ROC date editor, yes/no buttons for a flag, a list for a choice, the county list and the ID-number
editor where the spec names them), puts it in a :class:`FieldRow` with its label and hint, loads it from the
case by path and saves it back by path. Labels come from the core catalog (``core/field_labels.json``) in the
page's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang, tr
from debtassist.model.case import Case
from debtassist.rules.fields import FieldSpec, Kind, field_spec, get_value, set_value
from debtassist.ui.widgets import (
    CountyCombo,
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


def _line(spec: FieldSpec, name: str) -> Editor:
    line = QLineEdit()
    line.setAccessibleName(accessible_text(name))
    return Editor(line, lambda: line.text().strip(), lambda v: line.setText(str(v or "")), line.textEdited)


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


class FieldLayout:
    """The rows of single fields named by ``paths``, in that order: made, loaded from and saved to the case by
    path. ``on_edit`` is called after the person changes a field (never while loading)."""

    def __init__(self, paths: Iterable[str], lang: Lang, on_edit: Callable[[], None]) -> None:
        self.specs = {path: field_spec(path) for path in paths}
        self.editors: dict[str, Editor] = {}
        self.rows: dict[str, FieldRow] = {}
        self._on_edit = on_edit
        self._loading = False
        for path, spec in self.specs.items():
            editor = make_editor(spec, lang)
            hint = tr(spec.hint_key, lang) if spec.hint_key else ""
            self.rows[path] = FieldRow(tr(spec.label_key, lang), editor.widget, hint=hint)
            editor.edited.connect(lambda *_: self._edited())
            self.editors[path] = editor
        self.case: Case | None = None

    def widget(self, path: str) -> QWidget:
        return self.editors[path].widget

    def add_to(self, layout: QBoxLayout, paths: Iterable[str] | None = None) -> None:
        """Add the rows of ``paths`` (all, by default) to ``layout``."""
        for path in self.specs if paths is None else paths:
            layout.addWidget(self.rows[path])

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

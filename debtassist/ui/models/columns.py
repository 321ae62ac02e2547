"""Column specifications: how one field of a record is shown, edited, parsed and sorted in a table.

A table is data (:class:`TableSpec`, a tuple of :class:`ColumnSpec`), not subclass code: the generic
:class:`~debtassist.ui.models.record_table.RecordTableModel` reads the spec and does the rest. The functions here
are the per-kind behaviour; they raise :class:`~debtassist.rules.validators.InputError` (core messages) or
:class:`CellError` (messages of this module) for text that cannot be stored, and never anything else for any
input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, Literal, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt

from debtassist.i18n import FALLBACK_LANG, Lang, langs, tr, window_catalog
from debtassist.model.part import Part
from debtassist.rules.rocdate import ROC_EPOCH, ROC_OFFSET, format_roc, parse_date
from debtassist.rules.validators import (
    MAX_AMOUNT,
    InputError,
    format_amount,
    format_share,
    parse_amount,
    parse_share,
    to_halfwidth,
)

_LAST_ROC_WRITABLE_YEAR = ROC_OFFSET + 999  # ROC 999; ROC 1000 would be read as AD 1000

#: Qt translation context of every header and interface text of the table models.
CONTEXT = "Tables"

ColumnKind = Literal["text", "money", "date", "enum", "bool", "share", "int"]

R = TypeVar("R", bound=Part)


class Problem(Protocol):
    """What a rejected cell remembers: an error that can explain itself in either language."""

    def message(self, lang: Lang) -> str: ...


class CellError(ValueError):
    """A value problem explained by the table layer itself: a catalog key (``table.error.*``) and its parameters;
    a tuple of choices is listed in the message's language."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message(FALLBACK_LANG))

    def message(self, lang: Lang) -> str:
        values = {
            name: tr("table.choice_separator", lang).join(c.label(lang) for c in value)
            if isinstance(value, tuple)
            else value
            for name, value in self.params.items()
        }
        return tr(self.key, lang, **values)


def ui_text(source: str, lang: Lang) -> str:
    """``source`` (English, a ``QT_TRANSLATE_NOOP("Tables", ...)``) through the installed translator, else from
    the window catalog of ``lang`` (a model used without the window, e.g. in a script), else as it is."""
    translated = QCoreApplication.translate(CONTEXT, source)
    if translated != source:
        return translated
    return window_catalog(lang).get(CONTEXT, {}).get(source) or source


@dataclass(frozen=True)
class Choice:
    """One value of an enum column with its label in each interface language."""

    value: Enum
    key: str  # the label's catalog key

    def label(self, lang: Lang) -> str:
        return tr(self.key, lang)

    @property
    def labels(self) -> dict[Lang, str]:
        """The label in every language (each is accepted when typed or pasted)."""
        return {lang: self.label(lang) for lang in langs()}


def vocabulary_choices(members: Iterable[Enum], prefix: str) -> tuple[Choice, ...]:
    """Enum choices whose labels are the catalog's ``<prefix>.<value>`` (``choice.asset_kind.deposit``)."""
    return tuple(Choice(member, f"{prefix}.{member.value}") for member in members)


@dataclass(frozen=True)
class ColumnSpec:
    """One column: ``key`` is the record attribute, dotted for a nested object (``enforcement.court``)."""

    key: str
    #: English source text (the header of a column with no ``label_key``); translated with
    #: QCoreApplication.translate("Tables", header)
    header: str
    kind: ColumnKind = "text"
    choices: tuple[Choice, ...] = ()  # enum columns
    required: bool = False  # enum/money/date/int: blank is refused instead of clearing to None
    alignment: Qt.AlignmentFlag | None = None  # None: right for money and numbers, left otherwise
    #: Called with the parsed, non-blank value; returns the value to store or raises InputError/CellError.
    validator: Callable[[Any], Any] | None = None
    suggestions: tuple[str, ...] = ()  # text columns: completions offered by the editor
    roc_year: bool = False  # int columns: an AD year shown and typed as an ROC year ("113")
    #: date columns of a month ("起（年月）"): "113/1" is read as its first day and shown as "113/01"; a full
    #: date is read too (only the year and month count).
    month: bool = False
    minimum: int = 0  # int columns (not ROC years)
    maximum: int = MAX_AMOUNT
    editable: bool = True
    #: The field's label in the core catalog (``label.<table path>.<key>``), set by the :class:`TableSpec`.
    label_key: str = ""

    def header_text(self, lang: Lang) -> str:
        if self.label_key:
            return tr(self.label_key, lang)
        return ui_text(self.header, lang)

    def text_alignment(self) -> Qt.AlignmentFlag:
        if self.alignment is not None:
            return self.alignment
        horizontal = (
            Qt.AlignmentFlag.AlignRight if self.kind in ("money", "int") else Qt.AlignmentFlag.AlignLeft
        )
        return horizontal | Qt.AlignmentFlag.AlignVCenter

    def choice_for(self, value: object) -> Choice | None:
        for choice in self.choices:
            if choice.value is value:
                return choice
        return None


@dataclass(frozen=True)
class TableSpec(Generic[R]):
    """A list of records in a case: where it is (``path``, e.g. ``income.records``), its class and columns.

    A column is a field of the case (``field_path``: ``creditors.principal``) plus the column's options: its
    header is the field's label (``label.<field path>`` in ``core/field_labels.json``) and its kind agrees with
    the field's kind in :mod:`debtassist.rules.fields` (a test checks it)."""

    path: str
    record_type: type[R]
    columns: tuple[ColumnSpec, ...]

    def __post_init__(self) -> None:
        labelled = tuple(replace(c, label_key=f"label.{self.field_path(c)}") for c in self.columns)
        object.__setattr__(self, "columns", labelled)

    def field_path(self, column: ColumnSpec) -> str:
        return f"{self.path}.{column.key}"

    def column_of(self, key: str) -> int | None:
        for column, spec in enumerate(self.columns):
            if spec.key == key:
                return column
        return None


# --- Reading values -----------------------------------------------------------------------------------


def display_text(spec: ColumnSpec, value: Any, lang: Lang) -> str:
    """What the cell shows (DisplayRole). Bool cells show a check box and no text."""
    if value is None or spec.kind == "bool":
        return ""
    if spec.kind == "money" and _is_int(value):
        return format_amount(value)
    if spec.kind == "enum":
        choice = spec.choice_for(value)
        return choice.label(lang) if choice is not None else _enum_text(value)
    if spec.kind == "date" and spec.month and isinstance(value, date):  # the month is what counts
        return edit_text(spec, value.replace(day=1), lang)
    return edit_text(spec, value, lang)


def edit_text(spec: ColumnSpec, value: Any, lang: Lang) -> str:
    """The text an editor starts from (EditRole); typing it back stores the same value."""
    if value is None:
        return ""
    if spec.kind == "money" and _is_int(value):
        return str(value)
    if spec.kind == "date" and isinstance(value, date):
        if not ROC_EPOCH.year <= value.year <= _LAST_ROC_WRITABLE_YEAR:
            # Before 1912 there is no ROC year; from ROC 1000 on, four digits would read back as an AD year.
            # Only a hand-edited file or a typing mistake holds such a date: show it unambiguously.
            return value.isoformat()
        # A month column opens on "113/01" for the first of the month; a date from a file with another day
        # keeps its day, so that typing the text back stores the same value.
        return format_roc(value).rsplit("/", 1)[0] if spec.month and value.day == 1 else format_roc(value)
    if spec.kind == "enum":
        choice = spec.choice_for(value)
        return choice.label(lang) if choice is not None else _enum_text(value)
    if spec.kind == "bool":
        return "1" if value else "0"
    if spec.kind == "int" and spec.roc_year and _is_int(value):
        return str(value - ROC_OFFSET)
    return str(value)


def json_value(value: Any) -> Any:
    """The stored value as it appears in the case file: enum value, ISO date, int, bool, str or None."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def sort_key(spec: ColumnSpec, value: Any, lang: Lang) -> int | str:
    """Numbers for money, dates, numbers and flags (blank sorts first), the shown text otherwise."""
    if spec.kind in ("money", "int"):
        return value if _is_int(value) else -1
    if spec.kind == "date":
        return value.toordinal() if isinstance(value, date) else -1
    if spec.kind == "bool":
        return 1 if value else 0
    return display_text(spec, value, lang)


def filter_text(spec: ColumnSpec, value: Any, lang: Lang) -> str:
    """The shown text plus the forms people search for (an amount without commas)."""
    shown = display_text(spec, value, lang)
    if spec.kind == "money" and _is_int(value):
        return f"{shown} {value}"
    return shown


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _enum_text(value: object) -> str:
    return str(value.value) if isinstance(value, Enum) else str(value)


# --- Parsing what is typed -------------------------------------------------------------------------------

_TRUE_WORDS = frozenset({"1", "true", "yes", "y", "on", "v", "x", "✓", "✔", "是", "有", "對"})
_FALSE_WORDS = frozenset({"0", "false", "no", "n", "off", "否", "無", "沒有", "不是"})
_ROC_YEAR_SHAPE = re.compile(r"(?P<era>中華民國|民國|西元|公元)?(?P<year>[0-9]{1,4})(?:年度?)?")
_LINE_BREAKS = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]+")
_INT_SHAPE = re.compile(r"[0-9]{1,15}")
_LATEST_ROC_YEAR = 200  # 2111: far beyond any income year in a case
_NOT_STORED = CellError("table.error.not_stored")


def clean_text(text: str) -> str:
    """One line of text: line breaks and tabs (pasted from a spreadsheet) become spaces, other control
    characters are dropped, and the ends are trimmed."""
    spaced = _LINE_BREAKS.sub(" ", text)
    return "".join(c for c in spaced if unicodedata.category(c) != "Cc").strip()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _required_error(kind: ColumnKind) -> InputError | CellError:
    if kind == "money":
        return InputError("amount.empty")
    if kind == "date":
        return InputError("date.empty")
    return CellError("table.error.required")


def parse_input(spec: ColumnSpec, value: Any) -> Any:
    """The value to store for what was typed (or set programmatically) in a cell of this column.

    Raises InputError or CellError when the input cannot be stored. Blank input clears a nullable value
    (money, date, enum, int become None; text and shares become ""), unless the column is ``required``.
    """
    if isinstance(value, QDate):
        value = value.toPython()
    if spec.kind == "bool":
        return _parse_bool(value)
    if _blank(value):
        if spec.required:
            raise _required_error(spec.kind)
        return "" if spec.kind in ("text", "share") else None
    parsed = _parse_present(spec, value)
    return spec.validator(parsed) if spec.validator is not None else parsed


def _parse_present(spec: ColumnSpec, value: Any) -> Any:
    if spec.kind == "text":
        return clean_text(value if isinstance(value, str) else str(value))
    if spec.kind == "money":
        return _parse_money(value)
    if spec.kind == "date":
        return _parse_month(value) if spec.month else _parse_date(value)
    if spec.kind == "enum":
        return _parse_enum(spec, value)
    if spec.kind == "share":
        return format_share(parse_share(value if isinstance(value, str) else str(value)))
    if spec.kind == "int":
        return _parse_roc_year(value) if spec.roc_year else _parse_int(spec, value)
    raise _NOT_STORED


def _parse_money(value: Any) -> int:
    if _is_int(value):
        if value < 0:
            raise InputError("amount.negative")
        if value > MAX_AMOUNT:
            raise InputError("amount.too_large", {"max": format_amount(MAX_AMOUNT)})
        return int(value)
    if isinstance(value, str):
        return parse_amount(value)
    raise InputError("amount.not_number")


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        format_roc(value)  # refuses dates before 1912, which cannot be written as ROC dates
        return value
    if isinstance(value, str):
        return parse_date(value)
    raise InputError("date.format")


_MONTH_SHAPE = re.compile(r"(民國)?(\d{2,4})(?:[/\-.]|年)(\d{1,2})月?")


def _parse_month(value: Any) -> date:
    """A month as people write it (``113/1``, ``民國113年1月``, ``2024-01``) as its first day; a whole date
    as that date (the core's parser reads the year as ROC or AD and gives the message when it cannot)."""
    if isinstance(value, str):
        found = _MONTH_SHAPE.fullmatch("".join(to_halfwidth(value).split()))
        if found is not None:
            era, year, month = found.groups()
            return parse_date(f"{era or ''}{year}年{month}月1日")
    return _parse_date(value)


def _normalized(text: str) -> str:
    return "".join(to_halfwidth(text).split()).casefold()


def _parse_enum(spec: ColumnSpec, value: Any) -> Enum:
    if isinstance(value, Enum):
        if spec.choice_for(value) is not None:
            return value
        value = str(value.value)
    if isinstance(value, str):
        wanted = _normalized(value)
        for choice in spec.choices:
            names = (str(choice.value.value), choice.value.name, *choice.labels.values())
            if any(_normalized(name) == wanted for name in names):
                return choice.value
    raise CellError("table.error.choose", choices=spec.choices)


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, Qt.CheckState):
        value = value.value
    if _is_int(value) and value in (0, 2):  # Qt.Unchecked / Qt.Checked as plain ints
        return bool(value)
    if isinstance(value, str) and (word := _normalized(value)) in _TRUE_WORDS | _FALSE_WORDS:
        return word in _TRUE_WORDS
    raise CellError("table.error.bool")


def _parse_int(spec: ColumnSpec, value: Any) -> int:
    if isinstance(value, str):
        body = "".join(to_halfwidth(value).split())
        if not _INT_SHAPE.fullmatch(body):
            raise CellError("table.error.digits")
        value = int(body)
    if not _is_int(value):
        raise CellError("table.error.digits")
    if not spec.minimum <= value <= spec.maximum:
        raise CellError("table.error.range", minimum=spec.minimum, maximum=spec.maximum)
    return int(value)


def _parse_roc_year(value: Any) -> int:
    """An AD year from ``113``, ``民國113年``, ``113年度`` (ROC) or ``2024`` (AD, four digits)."""
    problem = CellError("table.error.roc_year", latest=_LATEST_ROC_YEAR)
    if _is_int(value):
        value = str(value)
    if isinstance(value, str) and (match := _ROC_YEAR_SHAPE.fullmatch("".join(to_halfwidth(value).split()))):
        digits, era = match["year"], match["era"]
        is_ad = len(digits) == 4
        if era is not None and is_ad != (era in ("西元", "公元")):
            raise problem
        year = int(digits) if is_ad else int(digits) + ROC_OFFSET
    else:
        raise problem
    if not ROC_OFFSET + 1 <= year <= ROC_OFFSET + _LATEST_ROC_YEAR:
        raise problem
    return year


def not_stored() -> CellError:
    """The error for a value the record itself refused (``model.part.checked``)."""
    return _NOT_STORED

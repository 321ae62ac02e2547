"""Form definitions: data that says where each value goes on a blank form.

A definition (``resources/forms/defs/<id>.json``) lists the form's static text (for drawing the blank), its
boxes and its tables, each bound by name to a value of the case (see ``bindings.py``). Positions are millimetres
from the top-left corner of an A4 page. The blank PDF is generated from the definition unless ``blank.external``
names another PDF (for example an official form an agency obtained): then only the boxes and tables are used, and
their rectangles must be measured on that PDF. ``title`` is the title on the (Chinese) paper; ``names`` may name the
form in other languages (``{"en": "..."}``), else the catalog's ``form.<id>.title`` does.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

import msgspec

from debtassist.i18n import DEFAULT_LANG, Lang, tr
from debtassist.resources_path import read_text, resource, resource_file

Align = Literal["left", "center", "right"]
A4_MM = (210.0, 297.0)


class StaticText(msgspec.Struct, frozen=True):
    page: int
    x: float
    y: float
    width: float
    text: str
    size: float = 10.0
    bold: bool = False
    align: Align = "left"


class Box(msgspec.Struct, frozen=True):
    name: str  # unique in the form; also the name of the fillable field in the blank
    page: int  # 1-based
    x: float
    y: float  # top edge
    width: float
    height: float
    bind: str
    label: str = ""  # printed on the blank, left of the box (or above when label_above)
    label_width: float = 0.0  # room reserved left of the box for the label; 0 = label above
    font_size: tuple[float, float] = (7.0, 11.0)  # floor, preferred
    align: Align = "left"
    multiline: bool = False
    frame: Literal["box", "underline", "none"] = "box"


class Column(msgspec.Struct, frozen=True):
    key: str
    title: str
    width: float
    bind: str
    align: Align = "left"
    total: bool = False  # summed on the totals row (whole-dollar amounts)


class Table(msgspec.Struct, frozen=True):
    name: str
    page: int
    x: float
    y: float
    rows: int  # lines printed on the form; more rows continue on continuation tables
    source: str  # the list binding, e.g. "creditors"
    columns: tuple[Column, ...]
    row_height: float = 8.0
    header_height: float = 10.0
    font_size: tuple[float, float] = (6.0, 9.0)
    totals: bool = False
    empty_text: str = "無"  # printed in the first row when the list is empty

    @property
    def width(self) -> float:
        return sum(c.width for c in self.columns)

    @property
    def height(self) -> float:
        return self.header_height + self.row_height * (self.rows + (1 if self.totals else 0))


class FormDef(msgspec.Struct, frozen=True):
    """``origin`` is the folder of a user-supplied definition (its blank is looked up there), or None for a
    bundled one."""

    id: str
    version: str
    title: str  # on the (Chinese) paper; its name in other languages: see name()
    status: Literal["reconstructed", "confirmed"]
    status_note: str
    pages: int
    blank_file: str  # in resources/forms/
    external_blank: bool
    texts: tuple[StaticText, ...]
    boxes: tuple[Box, ...]
    tables: tuple[Table, ...]
    signature: bool = True
    extra: dict[str, Any] = msgspec.field(default_factory=dict)
    origin: Path | None = None
    names: dict[str, str] = msgspec.field(
        default_factory=dict
    )  # by language: an agency's own names of its form

    def name(self, lang: Lang) -> str:
        """What the form is called in ``lang`` (the cover's contents, the places of the terminal's glyph
        report): the definition's own ``names`` where it gives one (an agency-supplied definition may), else
        the catalog's ``form.<id>.title``; in Traditional Chinese, the title on the paper."""
        if lang in self.names:
            return self.names[lang]
        return self.title if lang == DEFAULT_LANG else tr(f"form.{self.id}.title", lang)

    def blank_bytes(self) -> bytes:
        """The blank PDF: next to a user-supplied definition (or at an absolute path), else bundled."""
        if self.origin is not None:
            path = Path(self.blank_file)
            return (path if path.is_absolute() else self.origin / path).read_bytes()
        with resource_file("forms", self.blank_file) as bundled:
            return bundled.read_bytes()

    def boxes_on(self, page: int) -> list[Box]:
        return [b for b in self.boxes if b.page == page]

    def tables_on(self, page: int) -> list[Table]:
        return [t for t in self.tables if t.page == page]


def table_cell_name(table: Table, row: int, column: str) -> str:
    """The field name of a table cell (row counted from 0). PDF field names must not contain periods."""
    return f"{table.name}_{row + 1}_{column}"


def _box(raw: dict[str, Any]) -> Box:
    data = dict(raw)
    if "font_size" in data:
        data["font_size"] = tuple(data["font_size"])
    return Box(**data)


def _table(raw: dict[str, Any]) -> Table:
    data = dict(raw)
    data["columns"] = tuple(Column(**c) for c in data["columns"])
    if "font_size" in data:
        data["font_size"] = tuple(data["font_size"])
    return Table(**data)


def _names(raw: object) -> dict[str, str]:
    """``"names": {"en": "List of debtors"}``: the form's name by language code, each a non-empty text."""
    if not isinstance(raw, dict) or not all(
        isinstance(lang, str) and isinstance(name, str) and name.strip() for lang, name in raw.items()
    ):
        raise ValueError(f"form definition names must map language codes to names, got {raw!r}")
    return {lang: name.strip() for lang, name in raw.items()}


def parse_definition(raw: dict[str, Any], origin: Path | None = None) -> FormDef:
    blank = raw.get("blank", {})
    return FormDef(
        id=raw["id"],
        version=raw["version"],
        title=raw["title"],
        status=raw["status"],
        status_note=raw.get("status_note", ""),
        pages=raw["pages"],
        blank_file=blank.get("file", f"{raw['id']}.pdf"),
        external_blank=bool(blank.get("external", False)),
        texts=tuple(StaticText(**t) for t in raw.get("texts", [])),
        boxes=tuple(_box(b) for b in raw.get("boxes", [])),
        tables=tuple(_table(t) for t in raw.get("tables", [])),
        signature=raw.get("signature", True),
        extra={k: v for k, v in raw.items() if k.startswith("x_")},
        origin=origin,
        names=_names(raw.get("names", {})),
    )


@cache
def bundled_definition(form_id: str) -> FormDef:
    return parse_definition(json.loads(read_text("forms", "defs", f"{form_id}.json")))


class FormDefinitionError(ValueError):
    """An agency-supplied definition (or its blank PDF) that cannot be used: ``path`` names the file, ``reason``
    says why (in English, as the parser or the file system says it)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def form_definition(form_id: str, user_dir: Path | None = None) -> FormDef:
    """The definition of ``form_id``: ``<user_dir>/<form_id>.json`` when an agency supplied one (for example
    bound to an official blank PDF it obtained), else the bundled one. A supplied one that cannot be read,
    parsed or bound, or whose blank cannot be read, is a ``FormDefinitionError`` (never the bundled one in its
    place: the agency meant its own)."""
    if user_dir is not None:
        candidate = user_dir / f"{form_id}.json"
        if candidate.is_file():
            try:
                form = parse_definition(json.loads(candidate.read_text(encoding="utf-8")), origin=user_dir)
                check_bindings(form)
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
                raise FormDefinitionError(candidate, str(error) or type(error).__name__) from None
            try:
                form.blank_bytes()
            except OSError as error:
                raise FormDefinitionError(user_dir / form.blank_file, error.strerror or str(error)) from None
            return form
    return bundled_definition(form_id)


def unknown_bindings(form: FormDef) -> list[str]:
    """The box bindings and table sources ``form`` names that the app does not know (forms/bindings.py); a
    box may also name a single field of the case by its path (printed by its kind)."""
    from debtassist.forms.bindings import (  # the bindings import the rules: only here
        BOX_BINDINGS,
        TABLE_SOURCES,
        printable_field,
    )

    boxes = [box.bind for box in form.boxes if box.bind not in BOX_BINDINGS and not printable_field(box.bind)]
    return boxes + [table.source for table in form.tables if table.source not in TABLE_SOURCES]


def check_bindings(form: FormDef) -> None:
    """An agency-supplied definition is checked when it is loaded: a binding the app does not know would
    print nothing, so it is refused by name."""
    unknown = unknown_bindings(form)
    if unknown:
        raise ValueError(
            f"form definition {form.id!r} ({form.origin}) names unknown bindings: {', '.join(unknown)}"
        )


def form_ids() -> list[str]:
    folder = resource("forms", "defs")
    return sorted(e.name.removesuffix(".json") for e in folder.iterdir() if e.name.endswith(".json"))

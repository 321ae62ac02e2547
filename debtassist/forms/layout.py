"""Page jobs: what will be drawn on each page of the packet, decided before anything is drawn so that page
numbers, the table of contents and the continuation references are known in advance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import msgspec
from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.definition import FormDef

DrawOp = Callable[[Canvas], None]
PageKind = Literal["cover", "pleading", "form", "continuation", "blank"]


class FilledRect(msgspec.Struct, frozen=True):
    """Where a value was drawn (mm from the top-left), and the text drawn — used by the packet checks."""

    name: str
    x: float
    y: float
    width: float
    height: float
    text: str


class PageJob(msgspec.Struct):
    kind: PageKind
    section: str  # the document this page belongs to, for the table of contents
    form: FormDef | None = None
    form_page: int | None = None
    ops: list[DrawOp] = msgspec.field(default_factory=list)
    field_ops: dict[str, DrawOp] = msgspec.field(
        default_factory=dict
    )  # values of the blank's fillable fields
    filled: list[FilledRect] = msgspec.field(default_factory=list)

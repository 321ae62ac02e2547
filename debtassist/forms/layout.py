"""Page jobs: what will be drawn on each page of the packet, decided before anything is drawn so that page
numbers, the table of contents and the continuation references are known in advance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.definition import FormDef

DrawOp = Callable[[Canvas], None]
PageKind = Literal["cover", "pleading", "form", "continuation", "blank"]


@dataclass(frozen=True)
class FilledRect:
    """Where a value was drawn (mm from the top-left), and the text drawn — used by the packet checks."""

    name: str
    x: float
    y: float
    width: float
    height: float
    text: str


@dataclass
class PageJob:
    kind: PageKind
    section: str  # the document this page belongs to, for the table of contents
    form: FormDef | None = None
    form_page: int | None = None
    ops: list[DrawOp] = field(default_factory=list)
    field_ops: dict[str, DrawOp] = field(default_factory=dict)  # values of the blank's fillable fields
    filled: list[FilledRect] = field(default_factory=list)

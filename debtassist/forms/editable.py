"""The editable copy: the blank's fields keep their values, and each field's appearance is drawn by ReportLab
with the same embedded font subset as the print copy, so viewers that draw fields show the values correctly
without ``NeedAppearances``. (QtPdf never draws fields: previews and in-app printing use the print copy.)"""

from __future__ import annotations

from typing import cast

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.draw import PAGE_H
from debtassist.forms.fit import MM
from debtassist.forms.layout import PageJob

WIDGET_INSET = 0.5  # points: the blank's widgets sit 0.5 pt inside their box


def form_name(page_index: int, field: str) -> str:
    return f"F{page_index}_{field}"


def define_appearances(canvas: Canvas, page_index: int, job: PageJob) -> list[str]:
    """Draw each field value of a page into its own form XObject, its bounding box the widget's rectangle in
    page coordinates (so the appearance maps onto the widget without scaling)."""
    names = []
    rects = {r.name: r for r in job.filled}
    for field, op in job.field_ops.items():
        rect = rects[field]
        name = form_name(page_index, field)
        canvas.beginForm(
            name,
            lowerx=rect.x * MM + WIDGET_INSET,  # type: ignore[arg-type]  # the stubs say int
            lowery=PAGE_H - (rect.y + rect.height) * MM + WIDGET_INSET,  # type: ignore[arg-type]
            upperx=(rect.x + rect.width) * MM - WIDGET_INSET,
            uppery=PAGE_H - rect.y * MM - WIDGET_INSET,
        )
        op(canvas)
        canvas.endForm()
        names.append(name)
    return names


def carrier_page(canvas: Canvas, names: list[str]) -> None:
    """A page (never output) that uses every appearance form, so that they can be found in its resources."""
    for name in names:
        canvas.doForm(name)
    canvas.showPage()


def attach_values(
    writer: PdfWriter, page: PageObject, page_index: int, job: PageJob, carrier: PageObject, prefix: str
) -> list[IndirectObject]:
    """Give each widget of ``page`` its value (/V) and appearance (/AP /N), and a name unique in the packet."""
    values = {r.name: r.text for r in job.filled}
    resources = cast(DictionaryObject, carrier["/Resources"])
    xobjects = cast(DictionaryObject, resources["/XObject"])
    fields: list[IndirectObject] = []
    annots = cast(ArrayObject, page.get("/Annots", ArrayObject()))
    for ref in annots:
        widget = ref.get_object()
        if widget.get("/Subtype") != "/Widget":
            continue
        name = str(widget.get("/T", ""))
        widget[NameObject("/T")] = TextStringObject(f"{prefix}__{name}")
        widget[NameObject("/MaxLen")] = NumberObject(4000)
        if name in job.field_ops:
            source = cast(DictionaryObject, xobjects[f"/FormXob.{form_name(page_index, name)}"].get_object())
            appearance = source.clone(writer)
            widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): appearance.indirect_reference})
            widget[NameObject("/V")] = TextStringObject(values[name])
        widget[NameObject("/P")] = page.indirect_reference
        fields.append(ref)
    return fields


def install_acroform(writer: PdfWriter, fields: list[IndirectObject]) -> None:
    helvetica = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    acroform = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(fields),
            NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
            NameObject("/DR"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): writer._add_object(helvetica)})}
            ),
        }
    )
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(acroform)

"""Generate the blank form PDFs in resources/forms/ from their definitions (reproducibly).

``python -m debtassist.forms.blank`` rewrites every generated blank; a test regenerates them in a temporary
folder and compares bytes with the committed files.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.definition import (
    Box,
    FormDef,
    StaticText,
    Table,
    form_definition,
    form_ids,
    table_cell_name,
)
from debtassist.forms.draw import PAD_X, PAD_Y, draw_lines, new_canvas, pt_top, pt_x
from debtassist.forms.fit import FLOOR, MM, fit, prepare, wrap
from debtassist.forms.fonts import BOLD, REGULAR, register_fonts
from debtassist.forms.pdffix import fix_fonts

LABEL_FILL = Color(0.93, 0.93, 0.93)
RULE = Color(0.35, 0.35, 0.35)
FOOTER_Y = 291.0  # mm from the top


def _static_text(canvas: Canvas, t: StaticText) -> None:
    font = BOLD if t.bold else REGULAR
    prepared = prepare(t.text, "blank", font)
    lines = wrap(prepared.units, t.width * MM, t.size)
    canvas.setFillColor(black)
    draw_lines(canvas, lines, pt_x(t.x), pt_top(t.y), t.width * MM, t.size, t.align)


def _label_cell(canvas: Canvas, label: str, left: float, top: float, width: float, height: float) -> None:
    canvas.setFillColor(LABEL_FILL)
    canvas.setStrokeColor(RULE)
    canvas.rect(left, top - height, width, height, stroke=1, fill=1)
    canvas.setFillColor(black)
    fitted = fit(prepare(label, "blank"), width - 2 * PAD_X, height - 2 * PAD_Y, FLOOR, 9, multiline=True)
    draw_lines(
        canvas,
        fitted.lines,
        left + PAD_X,
        top - PAD_Y,
        width - 2 * PAD_X,
        fitted.size,
        "center",
        height - 2 * PAD_Y,
    )


def _field(
    canvas: Canvas, name: str, x: float, y: float, width: float, height: float, multiline: bool
) -> None:
    """A fillable text field for filling the blank by hand in a viewer. Its font can only be one of the
    standard 14 (ReportLab's limit), so the packet never relies on it: values are drawn on an overlay."""
    canvas.acroForm.textfield(
        name=name,
        x=x + 0.5,  # type: ignore[arg-type]  # the stubs say int; ReportLab takes any number
        y=y + 0.5,  # type: ignore[arg-type]
        width=width - 1,  # type: ignore[arg-type]
        height=height - 1,  # type: ignore[arg-type]
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        fontName="Helvetica",
        fontSize=0,
        fieldFlags="multiline" if multiline else "",
        maxlen=4000,
        relative=False,
    )


def _box(canvas: Canvas, box: Box) -> None:
    left, top = pt_x(box.x), pt_top(box.y)
    width, height = box.width * MM, box.height * MM
    if box.label and box.label_width:
        _label_cell(canvas, box.label, left - box.label_width * MM, top, box.label_width * MM, height)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    if box.frame == "box":
        canvas.rect(left, top - height, width, height, stroke=1, fill=0)
    elif box.frame == "underline":
        canvas.line(left, top - height, left + width, top - height)
    _field(canvas, box.name, left, top - height, width, height, box.multiline)


def _table(canvas: Canvas, table: Table) -> None:
    left, top = pt_x(table.x), pt_top(table.y)
    header_h = table.header_height * MM
    row_h = table.row_height * MM
    x = left
    canvas.setLineWidth(0.6)
    for column in table.columns:
        _label_cell(canvas, column.title, x, top, column.width * MM, header_h)
        x += column.width * MM
    canvas.setStrokeColor(RULE)
    body_top = top - header_h
    rows = table.rows + (1 if table.totals else 0)
    for r in range(rows):
        y = body_top - r * row_h
        x = left
        for column in table.columns:
            canvas.rect(x, y - row_h, column.width * MM, row_h, stroke=1, fill=0)
            if not (table.totals and r == table.rows):
                _field(
                    canvas,
                    table_cell_name(table, r, column.key),
                    x,
                    y - row_h,
                    column.width * MM,
                    row_h,
                    True,
                )
            x += column.width * MM
    if table.totals:
        y = body_top - table.rows * row_h
        first_total = next((i for i, c in enumerate(table.columns) if c.total), len(table.columns))
        label_w = sum(c.width for c in table.columns[:first_total]) * MM
        if label_w > 0:
            _label_cell(canvas, "合計", left, y, label_w, row_h)


def footer_text(form: FormDef, page: int) -> str:
    status = "版面依法定應記載事項重建，非官方格式" if form.status == "reconstructed" else "官方格式"
    return f"{form.title}　版本 {form.version}　本表 {page}/{form.pages}　{status}"


def _footer(canvas: Canvas, form: FormDef, page: int) -> None:
    canvas.setFillColor(Color(0.3, 0.3, 0.3))
    canvas.setFont(REGULAR, 7)
    canvas.drawString(pt_x(12), pt_top(FOOTER_Y), footer_text(form, page))


def render_blank(form: FormDef) -> bytes:
    """The blank form: static text, labelled boxes, tables, footer and fillable fields."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer)
    canvas.setTitle(f"{form.title} ({form.id} {form.version})")
    canvas.setAuthor("DebtAssist")
    canvas.setCreator("DebtAssist")
    for page in range(1, form.pages + 1):
        for text in (t for t in form.texts if t.page == page):
            _static_text(canvas, text)
        for box in form.boxes_on(page):
            _box(canvas, box)
        for table in form.tables_on(page):
            _table(canvas, table)
        _footer(canvas, form, page)
        canvas.showPage()
    canvas.save()
    return _tidy(buffer.getvalue())


def _tidy(pdf: bytes) -> bytes:
    """Unique subset tags (Regular and Bold would both be AAAAAA+) and one shared object for identical field
    appearances; the result stays byte-reproducible."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    fix_fonts(writer)
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    writer._ID = None  # no random file identifier: regenerating gives the same bytes
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def forms_folder() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "forms"


def write_blanks(folder: Path) -> list[Path]:
    written = []
    for form_id in form_ids():
        form = form_definition(form_id)
        if form.external_blank:
            continue
        target = folder / form.blank_file
        target.write_bytes(render_blank(form))
        written.append(target)
    return written


def main() -> int:
    for path in write_blanks(forms_folder()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Filling a form: each bound value fitted into its box, table rows into their lines; what does not fit goes
to numbered continuation sheets (附表) with a reference in the box."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.bindings import FillContext, Row, box_value, numeral, table_rows
from debtassist.forms.definition import Align, Box, Column, FormDef, Table, table_cell_name
from debtassist.forms.draw import PAD_X, PAD_Y, draw_in_box, pt_top, pt_x
from debtassist.forms.fit import FLOOR, MM, Fitted, fit, prepare
from debtassist.forms.fonts import GlyphProblem
from debtassist.forms.layout import DrawOp, FilledRect, PageJob


@dataclass
class TextContinuation:
    number: int
    title: str  # e.g. 債權人清冊 第3列「地址」
    text: str


@dataclass
class TableContinuation:
    number: int
    title: str
    form: FormDef
    table: Table
    rows: list[Row]
    carried: dict[str, Total]  # totals of the rows printed on the form, carried forward


@dataclass
class Continuations:
    items: list[TextContinuation | TableContinuation] = field(default_factory=list)

    def _next(self) -> int:
        return len(self.items) + 1

    def add_text(self, title: str, text: str) -> str:
        number = self._next()
        self.items.append(TextContinuation(number, title, text))
        return f"詳附表{numeral(number)}"

    def add_table(self, form: FormDef, table: Table, rows: list[Row], carried: dict[str, Total]) -> str:
        number = self._next()
        self.items.append(TableContinuation(number, table_title(form, table), form, table, rows, carried))
        return f"附表{numeral(number)}"


def table_title(form: FormDef, table: Table) -> str:
    """The form's title, and for a form with several tables the part the table belongs to (the nearest bold
    heading above it), so 「第3列「備註」」 and a sheet's 「接續第7列起」 name the one table they mean."""
    if len(form.tables) < 2:
        return form.title
    above = [
        t for t in form.texts if t.page == table.page and t.bold and t.y < table.y and t.text != form.title
    ]
    if not above:
        return form.title
    heading = max(above, key=lambda t: t.y).text.split("（", 1)[0].strip()
    return f"{form.title} {heading}"


def parse_money(text: str) -> int:
    digits = text.replace(",", "").strip()
    return int(digits) if digits.lstrip("-").isdigit() else 0


Total = tuple[int, ...]  # a column's sum; one part per phase where a cell reads 「2,089／2,100」


def money_parts(text: str) -> Total:
    """「2,089」 -> (2089,); a stepped plan's 「2,089／2,100（年增額 500）」 -> (2089, 2100), summed per phase
    (the part in brackets is a note, not summed)."""
    head = text.split("（", 1)[0]
    return tuple(parse_money(part) for part in head.split("／")) if head.strip() else ()


def add_totals(a: Total, b: Total) -> Total:
    width = max(len(a), len(b))
    return tuple((a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) for i in range(width))


def sum_cells(texts: list[str]) -> Total:
    total: Total = ()
    for text in texts:
        total = add_totals(total, money_parts(text))
    return total


def total_text(total: Total) -> str:
    return "／".join(f"{part:,}" for part in total) if total else "0"


@dataclass
class Filler:
    ctx: FillContext
    continuations: Continuations
    glyphs: list[GlyphProblem]
    #: Continuation-sheet cells fitted in this build, by (text, column width, size): the fitted text and the
    #: glyph problems of its characters (continuation._fit_cell).
    sheet_cells: dict[tuple[str, float, float], tuple[Fitted, list[GlyphProblem]]] = field(
        default_factory=dict
    )

    def fitted(
        self,
        text: str,
        where: str,
        width_mm: float,
        height_mm: float,
        sizes: tuple[float, float],
        multiline: bool,
    ) -> tuple[Fitted, str]:
        """Fit ``text``; when it cannot fit, send it to a continuation sheet and fit the reference instead."""
        width = width_mm * MM - 2 * PAD_X
        height = height_mm * MM - 2 * PAD_Y
        prepared = prepare(text, where)
        sizes = (max(sizes[0], FLOOR), max(sizes[1], FLOOR))
        result = fit(prepared, width, height, sizes[0], sizes[1], multiline)
        if result.fits:
            self.glyphs.extend(prepared.problems)
            return result, text
        reference = self.continuations.add_text(where, text)
        self.glyphs.extend(prepared.problems)  # reported once, where the full text is printed
        ref_prepared = prepare(reference, where)
        return fit(ref_prepared, width, height, FLOOR, sizes[1], True), reference

    def draw_op(
        self,
        result: Fitted,
        x_mm: float,
        y_mm: float,
        w_mm: float,
        h_mm: float,
        align: Align,
        centre: bool = True,
    ) -> DrawOp:
        """Draw fitted text in a box; ``centre`` centres it vertically (cells, one-line boxes), otherwise it
        starts at the top (large free-text boxes)."""

        def op(canvas: Canvas) -> None:
            draw_in_box(canvas, result.lines, result.size, (x_mm, y_mm, w_mm, h_mm), align, centre)

        return op

    def box(self, form: FormDef, box: Box, job: PageJob) -> None:
        text = box_value(box.bind, self.ctx)
        if not text:
            return
        where = f"{form.title}「{box.label or box.name}」"
        result, shown = self.fitted(text, where, box.width, box.height, box.font_size, box.multiline)
        job.field_ops[box.name] = self.draw_op(
            result, box.x, box.y, box.width, box.height, box.align, centre=not box.multiline
        )
        job.filled.append(FilledRect(box.name, box.x, box.y, box.width, box.height, shown))

    def cell(
        self,
        form: FormDef,
        table: Table,
        column: Column,
        row_index: int,
        text: str,
        y: float,
        x: float,
        job: PageJob,
    ) -> None:
        if not text:
            return
        where = f"{table_title(form, table)} 第{row_index}列「{column.title}」"
        result, shown = self.fitted(text, where, column.width, table.row_height, table.font_size, True)
        op = self.draw_op(result, x, y, column.width, table.row_height, column.align)
        name = table_cell_name(table, row_index - 1, column.key)
        if row_index <= table.rows:  # a fillable cell of the blank
            job.field_ops[name] = op
        else:  # the totals row is printed on the blank, not a field
            job.ops.append(op)
        job.filled.append(FilledRect(name, x, y, column.width, table.row_height, shown))

    def table(self, form: FormDef, table: Table, job: PageJob) -> None:
        rows = table_rows(table.source, self.ctx)
        shown, rest = rows[: table.rows], rows[table.rows :]
        body_top = table.y + table.header_height
        for r, row in enumerate(shown):
            y = body_top + r * table.row_height
            x = table.x
            for column in table.columns:
                self.cell(form, table, column, r + 1, row.get(column.bind, ""), y, x, job)
                x += column.width
        if not rows and table.empty_text:
            first = table.columns[1] if len(table.columns) > 1 else table.columns[0]
            x = table.x + sum(c.width for c in table.columns[: table.columns.index(first)])
            self.cell(form, table, first, 1, table.empty_text, body_top, x, job)
        carried = {c.key: sum_cells([row.get(c.bind, "") for row in shown]) for c in table.columns if c.total}
        reference = self.continuations.add_table(form, table, rest, carried) if rest else ""
        if table.totals:
            self._totals(form, table, rows, reference, job)
        elif reference:
            note = f"第{table.rows + 1}筆以後詳{reference}"
            y = table.y + table.height + 0.5
            result, _ = self.fitted(note, f"{form.title} 附註", table.width, 5, (6, 8), False)
            job.ops.append(self.draw_op(result, table.x, y, table.width, 5, "left"))
            job.filled.append(FilledRect(f"{table.name}.continued", table.x, y, table.width, 5, note))

    def _totals(self, form: FormDef, table: Table, rows: list[Row], reference: str, job: PageJob) -> None:
        y = table.y + table.header_height + table.rows * table.row_height
        x = table.x
        first_total = next((i for i, c in enumerate(table.columns) if c.total), len(table.columns))
        label_width = sum(c.width for c in table.columns[:first_total])
        if reference and label_width:
            label = f"合計（含{reference}）"
            result, _ = self.fitted(
                label, f"{form.title} 合計", label_width, table.row_height, (FLOOR, 8), True
            )
            job.ops.append(self.overpaint_label(result, table.x, y, label_width, table.row_height))
        for column in table.columns:
            if column.total:
                total = sum_cells([row.get(column.bind, "") for row in rows])
                self.cell(form, table, column, table.rows + 1, total_text(total), y, x, job)
            x += column.width

    def overpaint_label(self, result: Fitted, x: float, y: float, w: float, h: float) -> DrawOp:
        """Replace the blank's printed 合計 with 合計（含附表N） when rows continue elsewhere."""

        def op(canvas: Canvas) -> None:
            from reportlab.lib.colors import Color, black

            canvas.setFillColor(Color(0.93, 0.93, 0.93))
            canvas.rect(pt_x(x) + 0.4, pt_top(y + h) + 0.4, w * MM - 0.8, h * MM - 0.8, stroke=0, fill=1)
            canvas.setFillColor(black)
            draw_in_box(canvas, result.lines, result.size, (x, y, w, h), "center")

        return op

    def form(self, form: FormDef, section: str) -> list[PageJob]:
        jobs = []
        for page in range(1, form.pages + 1):
            job = PageJob("form", section, form, page)
            for box in form.boxes_on(page):
                self.box(form, box, job)
            for table in form.tables_on(page):
                self.table(form, table, job)
            jobs.append(job)
        return jobs

"""Continuation sheets (附表): text that did not fit its box, and table rows beyond the form's lines, with
the same columns and carried totals. Rows here grow to fit their text, so nothing is cut."""

from __future__ import annotations

import re
from dataclasses import replace

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.bindings import numeral
from debtassist.forms.definition import Column, Table
from debtassist.forms.draw import PAD_X, PAD_Y, draw_in_box, draw_lines, pt_top, pt_x
from debtassist.forms.fill import (
    Continuations,
    Filler,
    TableContinuation,
    TextContinuation,
    Total,
    add_totals,
    money_parts,
    total_text,
)
from debtassist.forms.fit import (
    FLOOR,
    LEADING,
    MM,
    SIZE_STEP,
    Fitted,
    breaks_word,
    fit,
    line_width,
    prepare,
    widest,
    wrap,
)
from debtassist.forms.flow import Flow
from debtassist.forms.fonts import BOLD, GlyphProblem
from debtassist.forms.layout import DrawOp, FilledRect, PageJob
from debtassist.forms.textops import CellLook, cell_frame, set_fill_color
from debtassist.rules.routes import party_word

LEFT, RIGHT, TOP, BOTTOM = 15.0, 195.0, 16.0, 280.0
TEXT_SIZE = 10.0
MAX_ROW_HEIGHT = 120.0  # mm: a continuation row never grows past this (well under a page)
HEADER_FILL = Color(0.93, 0.93, 0.93)
RULE = Color(0.35, 0.35, 0.35)
CELL = CellLook(RULE, 0.6, HEADER_FILL, black)  # ruled 0.6 pt, shaded when a header, black text


def _heading(job: PageJob, text: str, y: float) -> float:
    prepared = prepare(text, "附表標題", BOLD)
    lines = wrap(prepared.units, (RIGHT - LEFT) * MM, 11)

    def op(canvas: Canvas) -> None:
        set_fill_color(canvas, black)
        draw_lines(canvas, lines, pt_x(LEFT), pt_top(y), (RIGHT - LEFT) * MM, 11)

    job.ops.append(op)
    return y + len(lines) * 11 * LEADING / MM + 2


def _cell_op(
    result: Fitted, x: float, y: float, w: float, h: float, column: Column | None, header: bool
) -> DrawOp:
    align = "center" if header or column is None else column.align

    def op(canvas: Canvas) -> None:
        cell_frame(canvas, CELL, pt_x(x), pt_top(y + h), w * MM, h * MM, 1, 1 if header else 0)
        draw_in_box(canvas, result.lines, result.size, (x, y, w, h), align)

    return op


def _fit_cell(text: str, width: float, size: float, where: str, filler: Filler) -> Fitted:
    """Wrap a cell at ``size``; when that would split a number or a word, shrink (not below the floor).
    ``fits`` is False when even the floor splits it: the caller then moves the text to a text sheet."""
    key = (text, width, size)
    known = filler.sheet_cells.get(key)  # a creditor's cells recur in the route's tables
    if known is None:
        prepared = prepare(text, where)
        known = filler.sheet_cells[key] = (_fitted_cell(prepared.units, width, size), prepared.problems)
        filler.glyphs.extend(prepared.problems)
    else:
        filler.glyphs.extend(GlyphProblem(where, p.char, p.fallback) for p in known[1])
    return known[0]


def _fitted_cell(units: list[tuple[str, str]], width: float, size: float) -> Fitted:
    current = size
    while True:
        lines = wrap(units, width * MM - 2 * PAD_X, current)
        if not breaks_word(lines):
            return Fitted(current, lines, True)
        if current - SIZE_STEP < FLOOR - 1e-9:
            return Fitted(current, lines, False)
        current -= SIZE_STEP


def _one_line(text: str, width: float, size: float) -> Fitted:
    """A totals cell: one line, shrunk down to the floor to keep the number whole."""
    prepared = prepare(text, "附表合計")
    current = size
    while (
        current - SIZE_STEP >= FLOOR - 1e-9 and line_width(prepared.units, current) > width * MM - 2 * PAD_X
    ):
        current -= SIZE_STEP
    return Fitted(current, wrap(prepared.units, width * MM - 2 * PAD_X, current), True)


def sheet_header(job: PageJob, who: str, sheet: str, page: int, pages: int) -> None:
    """The line above a continuation sheet: whose filing it belongs to, which sheet, and its page count."""
    text = f"{who}　{sheet}　第{page}頁／共{pages}頁"
    prepared = prepare(text, sheet)
    lines = wrap(prepared.units, (RIGHT - LEFT) * MM, 8)

    def op(canvas: Canvas) -> None:
        set_fill_color(canvas, black)
        draw_lines(canvas, lines, pt_x(LEFT), pt_top(10), (RIGHT - LEFT) * MM, 8)

    job.ops.append(op)
    job.filled.append(FilledRect("sheet_header", LEFT, 10, RIGHT - LEFT, 4, text))


def applicant_line(filler: Filler) -> str:
    a = filler.ctx.case.applicant
    role = party_word(filler.ctx.case.route)
    return f"{role}：{a.name}（身分證統一編號：{a.national_id}）"


def _row_height(cells: list[Fitted], minimum: float) -> float:
    tallest = max((len(c.lines) * c.size * LEADING for c in cells), default=0) / MM + 2 * PAD_Y / MM
    return max(minimum, tallest)


NUMBER = re.compile(r"[0-9０-９,，.%／/()（）-]+")


def _widened(table: Table, rows: list[dict[str, str]]) -> Table:
    """The table's columns for its sheets: a column whose numbers (項次 100, an amount) would not fit on one
    line even at the floor size is widened, the room taken from the widest column that holds text (text
    wraps, a number never splits)."""
    need: dict[str, float] = {}
    for column in table.columns:
        numbers = [row.get(column.bind, "") for row in rows]
        numbers = [n for n in numbers if n and NUMBER.fullmatch(n)]
        if not numbers:
            continue
        width = widest(numbers, FLOOR) / MM + 2 * PAD_X / MM + 0.2
        if width > column.width:
            need[column.key] = width
    if not need:
        return table
    donors = sorted((c for c in table.columns if c.key not in need), key=lambda c: -c.width)
    columns = {c.key: c.width for c in table.columns}
    for key, width in need.items():
        deficit = width - columns[key]
        for donor in donors:
            spare = max(0.0, columns[donor.key] - 12.0)  # a text column keeps at least 12 mm
            take = min(spare, deficit)
            columns[donor.key] -= take
            columns[key] += take
            deficit -= take
            if deficit <= 1e-9:
                break
    return replace(table, columns=tuple(replace(c, width=columns[c.key]) for c in table.columns))


def _table_pages(item: TableContinuation, filler: Filler) -> list[PageJob]:
    table: Table = _widened(item.table, item.rows)
    size = table.font_size[0] + (table.font_size[1] - table.font_size[0]) / 2
    totals = {k: v for k, v in item.carried.items()}
    title = f"附表{numeral(item.number)}　{item.title}"
    jobs: list[PageJob] = []
    rows = item.rows
    next_row = 0  # the first row not placed yet
    first_index = table.rows + 1
    total_binds = {key: next(c.bind for c in table.columns if c.key == key) for key in totals}
    prepared_rows: dict[int, tuple[dict[str, str], list[Fitted]]] = {}
    header = _header_cells(table)  # the same on every page of the table
    one_line: dict[tuple[str, float], Fitted] = {}  # a totals row's cells, by text and width (labels recur)
    while next_row < len(rows) or not jobs:
        job = PageJob("continuation", title)
        y = _heading(job, title + ("（續）" if jobs else f"（接續第{table.rows + 1}列起）"), TOP)
        y = _header_row(job, table, y, header)
        if table.totals:
            y = _totals_row(job, table, "承前頁累計", totals, y, size, one_line)
        placed = 0
        while next_row < len(rows):
            row = rows[next_row]
            if first_index not in prepared_rows:  # fitted once: a row moved to the next page is not re-sent
                texts = {c.key: row.get(c.bind, "") for c in table.columns}
                cells = []
                for c in table.columns:
                    where = f"{title} 第{first_index}列「{c.title}」"
                    cell = _fit_cell(texts[c.key], c.width, size, where, filler)
                    if not cell.fits or _row_height([cell], table.row_height) > MAX_ROW_HEIGHT:
                        # Too long even for a growing row: the text goes whole to a text sheet of its own.
                        texts[c.key] = filler.continuations.add_text(where, texts[c.key])
                        cell = _fit_cell(texts[c.key], c.width, size, where, filler)
                    cells.append(cell)
                prepared_rows[first_index] = (texts, cells)
            texts, cells = prepared_rows[first_index]
            height = _row_height(cells, table.row_height)
            if placed and y + height > BOTTOM - (table.row_height if table.totals else 0):
                break
            x = table.x
            for column, cell in zip(table.columns, cells, strict=True):
                job.ops.append(_cell_op(cell, x, y, column.width, height, column, False))
                text = texts[column.key]
                if text:
                    job.filled.append(
                        FilledRect(
                            f"{table.name}.{first_index}.{column.key}", x, y, column.width, height, text
                        )
                    )
                x += column.width
            for key, bind in total_binds.items():
                totals[key] = add_totals(totals[key], money_parts(row.get(bind, "")))
            y += height
            placed += 1
            next_row += 1
            first_index += 1
        if table.totals:
            label = "總計" if next_row == len(rows) else "累計至本頁"
            y = _totals_row(job, table, label, totals, y, size, one_line)
        jobs.append(job)
    for page, job in enumerate(jobs, 1):
        sheet_header(job, applicant_line(filler), f"附表{numeral(item.number)}", page, len(jobs))
    return jobs


def _header_cells(table: Table) -> list[Fitted]:
    """The column titles fitted into the header row, one per column."""
    return [
        fit(
            prepare(column.title, "附表欄名"),
            column.width * MM - 2 * PAD_X,
            table.header_height * MM - 2 * PAD_Y,
            FLOOR,
            9,
            True,
        )
        for column in table.columns
    ]


def _header_row(job: PageJob, table: Table, y: float, cells: list[Fitted]) -> float:
    x = table.x
    for column, result in zip(table.columns, cells, strict=True):
        job.ops.append(_cell_op(result, x, y, column.width, table.header_height, None, True))
        x += column.width
    return y + table.header_height


def _totals_row(
    job: PageJob,
    table: Table,
    label: str,
    totals: dict[str, Total],
    y: float,
    size: float,
    fitted: dict[tuple[str, float], Fitted],
) -> float:
    """A totals row at ``size``; ``fitted`` keeps its cells by text and width for the table's other pages."""

    def one_line(text: str, width: float) -> Fitted:
        result = fitted.get((text, width))
        if result is None:
            result = fitted[text, width] = _one_line(text, width, size)
        return result

    first_total = next((i for i, c in enumerate(table.columns) if c.total), len(table.columns))
    label_width = sum(c.width for c in table.columns[:first_total])
    h = table.row_height
    if label_width:
        result = one_line(label, label_width)
        job.ops.append(_cell_op(result, table.x, y, label_width, h, None, True))
    x = table.x + label_width
    for column in table.columns[first_total:]:
        text = total_text(totals[column.key]) if column.total else ""
        result = one_line(text, column.width)
        job.ops.append(_cell_op(result, x, y, column.width, h, column, False))
        if text:
            job.filled.append(FilledRect(f"{table.name}.{label}.{column.key}", x, y, column.width, h, text))
        x += column.width
    return y + h


def _text_run(items: list[TextContinuation], filler: Filler) -> list[PageJob]:
    """Consecutive text continuations share pages: each under its own 附表 heading."""
    first, last = numeral(items[0].number), numeral(items[-1].number)
    section = f"附表{first}" if len(items) == 1 else f"附表{first}～附表{last}"
    flow = Flow("continuation", section)
    for item in items:
        flow.heading(f"附表{numeral(item.number)}　{item.title}")
        flow.paragraph(item.text, size=TEXT_SIZE)
    for page, job in enumerate(flow.jobs, 1):
        sheet_header(job, applicant_line(filler), section, page, len(flow.jobs))
    return flow.jobs


def continuation_pages(continuations: Continuations, filler: Filler) -> list[PageJob]:
    jobs: list[PageJob] = []
    run: list[TextContinuation] = []
    for item in continuations.items:
        if isinstance(item, TextContinuation):
            run.append(item)
            continue
        if run:
            jobs.extend(_text_run(run, filler))
            run = []
        jobs.extend(_table_pages(item, filler))
    if run:
        jobs.extend(_text_run(run, filler))
    return jobs

"""Drawing helpers shared by the blank generator, the overlay and the generated pages (cover, continuation)."""

from __future__ import annotations

from operator import itemgetter
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.definition import A4_MM, Align
from debtassist.forms.fit import LEADING, MM, Line
from debtassist.forms.fonts import REGULAR
from debtassist.forms.measure import Widths, widths_at
from debtassist.forms.textops import draw_string_in, show_lines

PAGE_W = A4_MM[0] * MM
PAGE_H = A4_MM[1] * MM
PAD_X = 1.2 * MM
PAD_Y = 0.6 * MM
ASCENT = 0.88  # Noto Sans TC ascent as a share of the font size (baseline below the top of the line box)


def new_canvas(target: BinaryIO) -> Canvas:
    """An A4 canvas that writes byte-identical output for identical input (``invariant``) and starts with the
    bundled font, so no unembedded Helvetica lands in the resources."""
    return Canvas(
        target,
        pagesize=(PAGE_W, PAGE_H),
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # the stubs say float; it is a font name
    )


def pt_x(x_mm: float) -> float:
    return x_mm * MM


def pt_top(y_mm: float) -> float:
    """Top edge in ReportLab coordinates (from the bottom) for a distance in mm from the top of the page."""
    return PAGE_H - y_mm * MM


_TEXT, _FONT = itemgetter(0), itemgetter(1)
Run = tuple[str, float, float, str]  # (font, x, baseline, text): one ``draw_string_in``


def _line_runs(runs: list[Run], line: Line, x: float, baseline: float, widths: Widths) -> None:
    """The runs of a line of several fonts: one per stretch of one font, each where the previous ends."""
    cursor = x
    run_text = ""
    run_font: str | None = None
    run_start = cursor
    for unit in line:
        text, font = unit
        if font != run_font and run_text:
            runs.append((run_font or "", run_start, baseline, run_text))
            run_text = ""
        if not run_text:
            run_start = cursor
            run_font = font
        run_text += text
        cursor += widths[unit]
    if run_text:
        runs.append((run_font or "", run_start, baseline, run_text))


def draw_line_runs(
    canvas: Canvas, line: Line, x: float, baseline: float, size: float, widths: Widths | None = None
) -> None:
    """Draw one line unit by unit, switching fonts where a fallback font draws a character."""
    if not line:
        return
    if len(set(map(_FONT, line))) == 1:  # one font (nearly every line): one run, no widths needed
        draw_string_in(canvas, line[0][1], size, x, baseline, "".join(map(_TEXT, line)))
        return
    runs: list[Run] = []
    _line_runs(runs, line, x, baseline, widths if widths is not None else widths_at(size))
    show_lines(canvas, runs, size)


def draw_lines(
    canvas: Canvas,
    lines: list[Line],
    left: float,
    top: float,
    width: float,
    size: float,
    align: Align = "left",
    valign_height: float | None = None,
) -> None:
    """Draw wrapped lines inside [left, left+width] starting at ``top`` (points). With ``valign_height`` the
    block is centred vertically in that height (form boxes and table cells)."""
    block = len(lines) * size * LEADING - (LEADING - 1) * size
    if valign_height is not None and block < valign_height:
        top = top - (valign_height - block) / 2
    baseline = top - size * ASCENT
    step = size * LEADING
    widths: Widths | None = None
    runs: list[Run] = []
    for line in lines:
        if line:
            one_font = len(set(map(_FONT, line))) == 1
            if align == "left":
                x = left
            else:
                widths = widths or widths_at(size)
                used = sum(map(widths.__getitem__, line))
                x = left + width - used if align == "right" else left + (width - used) / 2
            if one_font:  # nearly every line: one run, no widths needed
                runs.append((line[0][1], x, baseline, "".join(map(_TEXT, line))))
            else:
                widths = widths or widths_at(size)
                _line_runs(runs, line, x, baseline, widths)
        baseline -= step
    show_lines(canvas, runs, size)


def draw_in_box(
    canvas: Canvas,
    lines: list[Line],
    size: float,
    box: tuple[float, float, float, float],
    align: Align = "left",
    centre: bool = True,
) -> None:
    """Draw fitted lines inside a box given in mm from the top-left (x, y, width, height), padded; ``centre``
    centres them vertically (cells, one-line boxes), otherwise they start at the top (free-text boxes)."""
    x, y, w, h = box
    draw_lines(
        canvas,
        lines,
        pt_x(x) + PAD_X,
        pt_top(y) - PAD_Y,
        w * MM - 2 * PAD_X,
        size,
        align,
        h * MM - 2 * PAD_Y if centre else None,
    )

"""The direct text and colour operators equal ReportLab's byte for byte (fonts, sizes, subsets, escapes, alpha)."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.colors import CMYKColor, Color, black
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.draw import new_canvas
from debtassist.forms.fonts import BOLD, REGULAR, register_fonts
from debtassist.forms.textops import (
    CellLook,
    cell_frame,
    draw_centred_string_in,
    draw_right_string_in,
    draw_string,
    draw_string_in,
    number,
    rect,
    set_fill_color,
    set_line_width,
    set_stroke_color,
    show_lines,
)

register_fonts()

#: More than 256 distinct characters (a second and third font subset), PDF escapes, repeats for the memo.
MANY = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 600))
TEXTS = [
    "債務清理 (附表) \\ 100,000元",
    "abc) (def\\",
    MANY[:200],
    MANY[150:450],
    "債務清理 (附表) \\ 100,000元",
    MANY,
    "",
    " ",
    "　臺北市",
]


def draw_all(draw: Callable[[Canvas, float, float, str], None]) -> tuple[list[str], bytes]:
    target = io.BytesIO()
    canvas = new_canvas(target)
    for page in range(2):
        for i, text in enumerate(TEXTS):
            for font, size, leading in ((REGULAR, 9, None), (BOLD, 10.5, None), (REGULAR, 7.25, 9.0)):
                canvas.setFont(font, size, leading)
                draw(canvas, 10.5 + i * 0.3333, 800 - i * 11.1 - page, text)
            canvas.setFont("Helvetica", 8)
            draw(canvas, 20, 300 + i, "plain (Helvetica)")
        code = list(canvas._code)  # type: ignore[attr-defined]
        canvas.showPage()
    canvas.save()
    return code, target.getvalue()


def test_draw_string_writes_what_drawstring_writes() -> None:
    ours = draw_all(draw_string)
    theirs = draw_all(lambda canvas, x, y, text: canvas.drawString(x, y, text))
    assert ours[0] == theirs[0]
    assert ours[1] == theirs[1]
    assert any("/F1+2 " in op for op in theirs[0])  # a third subset of the font was exercised


def paint_all(fill: Callable[[Canvas, Color], None], stroke: Callable[[Canvas, Color], None]) -> bytes:
    """Colours as the packet sets them (opaque, translucent, back to opaque) and some ReportLab alone handles."""
    target = io.BytesIO()
    canvas = new_canvas(target)
    colours = [
        black,
        Color(0.93, 0.93, 0.93),
        Color(0.75, 0.1, 0.1, alpha=0.22),
        Color(0.35, 0.35, 0.35),
        Color(0.1, 0.2, 0.6, alpha=None),  # type: ignore[arg-type]  # ReportLab takes None: no alpha
        CMYKColor(0.1, 0.2, 0.3, 0.4),
        black,
        Color(1 / 3, 2 / 3, 0.123456789),
    ]
    for i, colour in enumerate(colours):
        fill(canvas, colour)
        stroke(canvas, colour)
        canvas.rect(10 + i, 10, 5, 5, stroke=1, fill=1)
        assert canvas._fillColorObj is colour and canvas._strokeColorObj is colour  # type: ignore[attr-defined]
    canvas.showPage()
    canvas.save()
    return target.getvalue()


def test_colour_setters_write_what_reportlab_writes() -> None:
    ours = paint_all(set_fill_color, set_stroke_color)
    theirs = paint_all(lambda c, colour: c.setFillColor(colour), lambda c, colour: c.setStrokeColor(colour))
    assert ours == theirs
    assert b"/gRLs" in ours  # the translucent colour's graphics state was written


#: Coordinates as the sheets compute them (mm to points, thirds, negatives, zero, large and tiny values).
VALUES = [
    0,
    0.0,
    -0.0,
    1,
    0.6,
    2.834645669291339,
    841.8897637795275,
    1 / 3,
    -12.5,
    1e-7,
    123456.789,
    10**6,
    7.25,
]


def test_number_is_fp_str_and_pairs_join_with_a_space() -> None:
    for value in VALUES:
        assert number(value) == fp_str(value)
        assert number(value) == fp_str(value)  # remembered
        for other in VALUES:
            assert f"{number(value)} {number(other)}" == fp_str(value, other)


def box_all(
    width: Callable[[Canvas, float], None],
    box: Callable[[Canvas, float, float, float, float, int, int], None],
) -> tuple[list[str], bytes, float]:
    target = io.BytesIO()
    canvas = new_canvas(target)
    for i, value in enumerate(VALUES):
        width(canvas, abs(value) % 3)
        for stroke in (0, 1):
            for fill in (0, 1):
                box(canvas, value, 800 - i * 3.3, 56.69 + value, 11.1 * i, stroke, fill)
    code = list(canvas._code)  # type: ignore[attr-defined]
    line_width = canvas._lineWidth  # type: ignore[attr-defined]
    canvas.showPage()
    canvas.save()
    return code, target.getvalue(), line_width


def test_rect_and_line_width_write_what_reportlab_writes() -> None:
    ours = box_all(set_line_width, rect)
    theirs = box_all(
        lambda c, w: c.setLineWidth(w),
        lambda c, x, y, w, h, stroke, fill: c.rect(x, y, w, h, stroke=stroke, fill=fill),
    )
    assert ours == theirs
    assert any(" re B" in op for op in theirs[0])  # stroked and filled


def font_and_draw_all(
    draw: Callable[[Canvas, str, float, float, float, str], None],
) -> tuple[list[str], bytes]:
    target = io.BytesIO()
    canvas = new_canvas(target)
    states = []
    for page in range(2):
        for i, text in enumerate(TEXTS):
            for font, size in ((REGULAR, 9), (BOLD, 10.5), (REGULAR, 7.25), ("Helvetica", 8)):
                draw(canvas, font, size, 10.5 + i * 0.3333, 800 - i * 11.1 - page, text)
                states.append((canvas._fontname, canvas._fontsize, canvas._leading))  # type: ignore[attr-defined]
        code = [*canvas._code, repr(states)]  # type: ignore[attr-defined]
        canvas.showPage()
    canvas.save()
    return code, target.getvalue()


def test_draw_string_in_is_setfont_then_drawstring() -> None:
    ours = font_and_draw_all(draw_string_in)

    def reportlab(canvas: Canvas, font: str, size: float, x: float, y: float, text: str) -> None:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)

    theirs = font_and_draw_all(reportlab)
    assert ours == theirs
    assert any("/F1+2 " in op for op in theirs[0])


LOOKS = [
    CellLook(Color(0.35, 0.35, 0.35), 0.6, Color(0.93, 0.93, 0.93), black),
    CellLook(black, 0.5, Color(1 / 3, 2 / 3, 0.123456789), Color(0.1, 0.2, 0.6)),
    CellLook(black, 0.5, Color(0.75, 0.1, 0.1, alpha=0.22), black),  # translucent: ReportLab's path
    CellLook(black, 1, CMYKColor(0.1, 0.2, 0.3, 0.4), black),  # not RGB: ReportLab's path
]


def frame_all(
    frame: Callable[[Canvas, CellLook, float, float, float, float, int, int], None],
) -> tuple[str, bytes, list[object]]:
    """Cells as the sheets paint them, also after a translucent colour (the watermark) and on a new page."""
    target = io.BytesIO()
    canvas = new_canvas(target)
    code: list[str] = []
    states: list[object] = []
    for _page in range(2):
        for i, look in enumerate(LOOKS * 2):
            for stroke, fill in ((1, 0), (1, 1), (0, 1)):
                frame(canvas, look, VALUES[i % len(VALUES)], 800 - i * 3.3, 56.69, 11.1 * i, stroke, fill)
                states.append((canvas._fillColorObj, canvas._strokeColorObj, canvas._lineWidth))  # type: ignore[attr-defined]
            if i == 3:
                canvas.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.22))
        code.append("\n".join(canvas._code))  # type: ignore[attr-defined]  # the canvas joins it so
        canvas.showPage()
    canvas.save()
    return "\n".join(code), target.getvalue(), states


def test_cell_frame_writes_what_its_five_calls_write() -> None:
    def five(
        canvas: Canvas, look: CellLook, x: float, y: float, w: float, h: float, stroke: int, fill: int
    ) -> None:
        canvas.setStrokeColor(look.stroke)
        canvas.setLineWidth(look.width)
        canvas.setFillColor(look.fill)
        canvas.rect(x, y, w, h, stroke=stroke, fill=fill)
        canvas.setFillColor(look.ink)

    ours = frame_all(cell_frame)
    theirs = frame_all(five)
    assert ours == theirs
    assert " re B" in theirs[0] and "/gRLs" in theirs[0]


def test_show_lines_is_draw_string_in_for_each_run() -> None:
    def runs_of(size: float, page: int) -> list[tuple[str, float, float, str]]:
        return [
            (font, 10.5 + i * 0.3333, 800 - i * 11.1 - page, text)
            for i, text in enumerate(TEXTS)
            for font in (REGULAR, BOLD, "Helvetica")
        ]

    def draw(
        show: Callable[[Canvas, list[tuple[str, float, float, str]], float], None],
    ) -> tuple[object, ...]:
        target = io.BytesIO()
        canvas = new_canvas(target)
        code, states = [], []
        for page in range(2):
            for size in (9, 10.5, 7.25):
                show(canvas, runs_of(size, page), size)
                states.append((canvas._fontname, canvas._fontsize, canvas._leading))  # type: ignore[attr-defined]
            show(canvas, [], 8)
            code.append(list(canvas._code))  # type: ignore[attr-defined]
            canvas.showPage()
        canvas.save()
        return code, states, target.getvalue()

    def one_by_one(canvas: Canvas, runs: list[tuple[str, float, float, str]], size: float) -> None:
        for font, x, y, text in runs:
            draw_string_in(canvas, font, size, x, y, text)

    assert draw(show_lines) == draw(one_by_one)


def test_right_and_centred_strings_are_setfont_then_reportlabs() -> None:
    def right(canvas: Canvas, font: str, size: float, x: float, y: float, text: str) -> None:
        canvas.setFont(font, size)
        canvas.drawRightString(x, y, text)

    def centred(canvas: Canvas, font: str, size: float, x: float, y: float, text: str) -> None:
        canvas.setFont(font, size)
        canvas.drawCentredString(x, y, text)

    assert font_and_draw_all(draw_right_string_in) == font_and_draw_all(right)
    assert font_and_draw_all(draw_centred_string_in) == font_and_draw_all(centred)

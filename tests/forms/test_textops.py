"""The direct text operators equal ReportLab's ``drawString`` byte for byte (fonts, sizes, subsets, escapes)."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.draw import new_canvas
from debtassist.forms.fonts import BOLD, REGULAR, register_fonts
from debtassist.forms.textops import draw_string

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

"""The text and colour operators of ``Canvas.drawString`` and ``setFillColor``/``setStrokeColor`` written
directly, for the many short runs and table cells a packet draws.

``drawString`` builds a text object per call (bidi pass, a width nobody reads, colour state, a list of code
pieces); a 1,000-creditor packet makes some 60,000 of them. ``draw_string`` appends exactly the operators
``drawString`` appends for an embedded TrueType font on a bottom-up canvas — ``BT``, the text matrix, the
subset font and leading, the escaped string, ``T*``, ``ET`` — and remembers, per document, the operators that
show a given text at a given size, which stay the same once the font's subsets have codes for its characters.
Anything else (a standard font, a top-down canvas) goes to ``drawString`` itself. Colours likewise: an RGB
``Color`` appends its remembered ``rg``/``RG`` operator and sets the alpha as ``setFillColor`` does; any other
colour goes to ReportLab (and the alpha is left alone when ReportLab would change nothing). The cells' ``rect``
and ``setLineWidth`` likewise (``rect``, ``set_line_width``); a table cell's rule colour, width, fill, rectangle
and text colour go in as one piece of code (``cell_frame``: the canvas joins its code with newlines), and a
block's lines are shown in one call (``show_lines``). ``drawRightString`` and ``drawCentredString`` are
``draw_string`` at the position they compute from ReportLab's width (``draw_right_string_in``,
``draw_centred_string_in``). Coordinates repeat (the same columns and rows on every sheet): ``number``
formats each value once with ReportLab's ``fp_str`` and remembers it (``fp_str(x, y)`` is ``fp_str(x)``, a
space, ``fp_str(y)``).
``tests/forms/test_textops.py`` compares all of them with ReportLab's byte for byte.
"""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import PATH_OPS, Canvas  # type: ignore[attr-defined]  # the stubs omit it

_shown: weakref.WeakKeyDictionary[Any, dict[tuple[object, float, float, str], str]] = (
    weakref.WeakKeyDictionary()
)


_numbers: dict[float, str] = {}  # a coordinate -> fp_str of it
_NUMBERS_KEPT = 100_000  # forgotten all at once beyond this many (a long-running window draws many packets)


def number(value: float) -> str:
    """``fp_str(value)``, remembered."""
    text = _numbers.get(value)
    if text is None:
        if len(_numbers) >= _NUMBERS_KEPT:
            _numbers.clear()
        text = _numbers[value] = fp_str(value)
    return text


def _direct(canvas: Canvas, font_name: str, text: object) -> Any | None:
    """The font when its text is drawn here (an embedded TrueType font, a bottom-up canvas, a plain string);
    None when ReportLab's own call must draw it."""
    font: Any = pdfmetrics.getFont(font_name)
    c: Any = canvas
    if not getattr(font, "_dynamicFont", False) or not c.bottomup or type(text) is not str:
        return None
    return font


def draw_string(canvas: Canvas, x: float, y: float, text: str) -> None:
    """``canvas.drawString(x, y, text)`` in the canvas's current font, size and leading."""
    c: Any = canvas  # ReportLab's private state, read as drawString reads it
    font = _direct(canvas, c._fontname, text)
    if font is None:
        canvas.drawString(x, y, text)
        return
    _show(c, font, x, y, text)


def draw_string_in(canvas: Canvas, font_name: str, size: float, x: float, y: float, text: str) -> None:
    """``canvas.setFont(font_name, size)`` then ``canvas.drawString(x, y, text)`` (one font lookup)."""
    c: Any = canvas
    font = _direct(canvas, font_name, text)
    if font is None:
        canvas.setFont(font_name, size)
        canvas.drawString(x, y, text)
        return
    c._fontname = font_name  # what setFont sets for an embedded font (it writes nothing for one)
    c._fontsize = size
    c._leading = size * 1.2
    _show(c, font, x, y, text)


def draw_right_string_in(canvas: Canvas, font_name: str, size: float, x: float, y: float, text: str) -> None:
    """``canvas.setFont(font_name, size)`` then ``canvas.drawRightString(x, y, text)``."""
    if _direct(canvas, font_name, text) is None:
        canvas.setFont(font_name, size)
        canvas.drawRightString(x, y, text)
        return
    draw_string_in(canvas, font_name, size, x - pdfmetrics.stringWidth(text, font_name, size), y, text)


def draw_centred_string_in(
    canvas: Canvas, font_name: str, size: float, x: float, y: float, text: str
) -> None:
    """``canvas.setFont(font_name, size)`` then ``canvas.drawCentredString(x, y, text)``."""
    if _direct(canvas, font_name, text) is None:
        canvas.setFont(font_name, size)
        canvas.drawCentredString(x, y, text)
        return
    draw_string_in(canvas, font_name, size, x - 0.5 * pdfmetrics.stringWidth(text, font_name, size), y, text)


#: The memo of the document drawn last: (a weak reference to it, its memo) — one look-up per text, not a
#: weak-dictionary call (which makes a new weak reference each time).
_last: tuple[Any, dict[tuple[object, float, float, str], str]] | None = None


def _memo(doc: Any) -> dict[tuple[object, float, float, str], str]:
    global _last
    last = _last
    if last is not None and last[0]() is doc:
        return last[1]
    memo = _shown.get(doc)
    if memo is None:
        memo = _shown[doc] = {}
    _last = (weakref.ref(doc), memo)
    return memo


def _show(c: Any, font: Any, x: float, y: float, text: str) -> None:
    doc = c._doc
    memo = _memo(doc)
    size, leading = c._fontsize, c._leading
    key = (font, size, leading, text)
    shown = memo.get(key)
    if shown is None:
        shown = memo[key] = _operators(c, font, size, leading, text)
    numbers = _numbers
    c._code.append(f"BT 1 0 0 1 {numbers.get(x) or number(x)} {numbers.get(y) or number(y)} Tm {shown} T* ET")


def _operators(c: Any, font: Any, size: float, leading: float, text: str) -> str:
    """The operators between the text matrix and ``T*`` that show ``text`` (subset fonts and escaped pieces)."""
    doc = c._doc
    parts: list[str] = []
    current = -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            name = font.getSubsetInternalName(subset, doc)
            parts.append(f"{name} {fp_str(size)} Tf {fp_str(leading)} TL")
            current = subset
        parts.append(f"({c._escape(chunk)}) Tj")
    return " ".join(parts)


def show_lines(c: Any, runs: list[tuple[str, float, float, str]], size: float) -> None:
    """``draw_string_in(c, font, size, x, y, text)`` for each run ``(font, x, y, text)``, in order."""
    if not runs:
        return
    fonts = pdfmetrics._fonts  # type: ignore[attr-defined]  # what getFont reads first
    leading = size * 1.2
    memo = _memo(c._doc)
    numbers = _numbers
    code = c._code
    if not c.bottomup:
        for run in runs:
            draw_string_in(c, run[0], size, run[1], run[2], run[3])
        return
    for font_name, x, y, text in runs:
        font = fonts.get(font_name) or pdfmetrics.getFont(font_name)
        if not getattr(font, "_dynamicFont", False) or type(text) is not str:
            draw_string_in(c, font_name, size, x, y, text)
            continue
        c._fontname = font_name
        key = (font, size, leading, text)
        shown = memo.get(key)
        if shown is None:
            shown = memo[key] = _operators(c, font, size, leading, text)
        code.append(
            f"BT 1 0 0 1 {numbers.get(x) or number(x)} {numbers.get(y) or number(y)} Tm {shown} T* ET"
        )
    c._fontsize = size
    c._leading = leading


_rgb: dict[tuple[float, float, float], str] = {}  # (red, green, blue) -> the operands of rg / RG


def _operands(color: Color) -> str:
    key = (color.red, color.green, color.blue)
    text = _rgb.get(key)
    if text is None:
        text = _rgb[key] = fp_str(key)
    return text


def _plain(c: Any, color: object) -> bool:
    """True when ReportLab would take the plain RGB path with a valid alpha (or none) for ``color``."""
    if type(color) is not Color or c._enforceColorSpace:
        return False
    alpha = color.alpha
    return alpha is None or (isinstance(alpha, (float, int)) and 0 <= alpha <= 1)


_TRANSPARENCY = pdfdoc.PDF_SUPPORT_VERSION["transparency"]


def _alpha_kept(c: Any, key: str, alpha: object) -> bool:
    """True when ReportLab's ``_setFillAlpha``/``_setStrokeAlpha`` (``key`` "ca"/"CA") would change nothing: the
    graphics state already has this alpha and the document already has the version transparency needs."""
    return bool(alpha == c._extgstate._d.get(key, 1) and c._doc._pdfVersion >= _TRANSPARENCY)


def set_fill_color(canvas: Canvas, color: Color) -> None:
    """``canvas.setFillColor(color)``."""
    c: Any = canvas
    if not _plain(c, color):
        canvas.setFillColor(color)
        return
    c._fillColorObj = color
    _set_color(c, color, "rg", "ca", c._setFillAlpha)


def set_stroke_color(canvas: Canvas, color: Color) -> None:
    """``canvas.setStrokeColor(color)``."""
    c: Any = canvas
    if not _plain(c, color):
        canvas.setStrokeColor(color)
        return
    c._strokeColorObj = color
    _set_color(c, color, "RG", "CA", c._setStrokeAlpha)


def _set_color(c: Any, color: Color, operator: str, alpha_key: str, set_alpha: Any) -> None:
    """The colour operator (``rg`` fill, ``RG`` stroke) and, where ReportLab would change it, the alpha."""
    c._code.append(f"{_operands(color)} {operator}")
    alpha = color.alpha
    if alpha is not None and not _alpha_kept(c, alpha_key, alpha):
        set_alpha(alpha)


class CellLook:
    """How a table cell is painted: its rule colour and width, its fill, and the colour of its text."""

    __slots__ = ("direct", "fill", "head", "ink", "stroke", "tail", "width")

    def __init__(self, stroke: Color, width: float, fill: Color, ink: Color) -> None:
        self.stroke, self.width, self.fill, self.ink = stroke, width, fill, ink
        #: Opaque RGB colours: their operators are written directly while the graphics state is opaque.
        self.direct = all(type(c) is Color and c.alpha in (None, 1) for c in (stroke, fill, ink))
        self.head = f"{_operands(stroke)} RG\n{number(width)} w\n{_operands(fill)} rg" if self.direct else ""
        self.tail = f"{_operands(ink)} rg" if self.direct else ""


def cell_frame(
    canvas: Canvas, look: CellLook, x: float, y: float, width: float, height: float, stroke: int, fill: int
) -> None:
    """``set_stroke_color(look.stroke)``, ``set_line_width(look.width)``, ``set_fill_color(look.fill)``,
    ``rect(x, y, width, height, stroke, fill)``, then ``set_fill_color(look.ink)``: one appended piece of code
    (the canvas joins its code with newlines) while the colours are opaque RGB on an opaque graphics state."""
    c: Any = canvas
    state = c._extgstate._d
    if (
        not look.direct
        or c._enforceColorSpace
        or state.get("ca", 1) != 1
        or state.get("CA", 1) != 1
        or c._doc._pdfVersion < _TRANSPARENCY
    ):
        set_stroke_color(canvas, look.stroke)
        set_line_width(canvas, look.width)
        set_fill_color(canvas, look.fill)
        rect(canvas, x, y, width, height, stroke, fill)
        set_fill_color(canvas, look.ink)
        return
    c._strokeColorObj = look.stroke
    c._lineWidth = look.width
    c._fillColorObj = look.ink
    numbers = _numbers
    c._code.append(
        f"{look.head}\nn {numbers.get(x) or number(x)} {numbers.get(y) or number(y)} "
        f"{numbers.get(width) or number(width)} {numbers.get(height) or number(height)} re "
        f"{PATH_OPS[stroke, fill, c._fillMode]}\n{look.tail}"
    )


def set_line_width(canvas: Canvas, width: float) -> None:
    """``canvas.setLineWidth(width)``."""
    c: Any = canvas
    c._lineWidth = width
    c._code.append(f"{number(width)} w")


def rect(canvas: Canvas, x: float, y: float, width: float, height: float, stroke: int, fill: int) -> None:
    """``canvas.rect(x, y, width, height, stroke, fill)``."""
    c: Any = canvas
    c._code.append(
        f"n {number(x)} {number(y)} {number(width)} {number(height)} re {PATH_OPS[stroke, fill, c._fillMode]}"
    )

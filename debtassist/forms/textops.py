"""The text and colour operators of ``Canvas.drawString`` and ``setFillColor``/``setStrokeColor`` written
directly, for the many short runs and table cells a packet draws.

``drawString`` builds a text object per call (bidi pass, a width nobody reads, colour state, a list of code
pieces); a 1,000-creditor packet makes some 60,000 of them. ``draw_string`` appends exactly the operators
``drawString`` appends for an embedded TrueType font on a bottom-up canvas — ``BT``, the text matrix, the
subset font and leading, the escaped string, ``T*``, ``ET`` — and remembers, per document, the operators that
show a given text at a given size, which stay the same once the font's subsets have codes for its characters.
Anything else (a standard font, a top-down canvas) goes to ``drawString`` itself. Colours likewise: an RGB
``Color`` appends its remembered ``rg``/``RG`` operator and sets the alpha as ``setFillColor`` does; any other
colour goes to ReportLab. The cells' ``rect`` and ``setLineWidth`` likewise (``rect``, ``set_line_width``).
Coordinates repeat (the same columns and rows on every sheet): ``number`` formats each value once with
ReportLab's ``fp_str`` and remembers it (``fp_str(x, y)`` is ``fp_str(x)``, a space, ``fp_str(y)``).
``tests/forms/test_textops.py`` compares all of them with ReportLab's byte for byte.
"""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
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


def draw_string(canvas: Canvas, x: float, y: float, text: str) -> None:
    """``canvas.drawString(x, y, text)`` in the canvas's current font, size and leading."""
    c: Any = canvas  # ReportLab's private state, read as drawString reads it
    font: Any = pdfmetrics.getFont(c._fontname)
    if not getattr(font, "_dynamicFont", False) or not c.bottomup or type(text) is not str:
        canvas.drawString(x, y, text)
        return
    _show(c, font, x, y, text)


def draw_string_in(canvas: Canvas, font_name: str, size: float, x: float, y: float, text: str) -> None:
    """``canvas.setFont(font_name, size)`` then ``canvas.drawString(x, y, text)`` (one font lookup)."""
    c: Any = canvas
    font: Any = pdfmetrics.getFont(font_name)
    if not getattr(font, "_dynamicFont", False) or not c.bottomup or type(text) is not str:
        canvas.setFont(font_name, size)
        canvas.drawString(x, y, text)
        return
    c._fontname = font_name  # what setFont sets for an embedded font (it writes nothing for one)
    c._fontsize = size
    c._leading = size * 1.2
    _show(c, font, x, y, text)


def _show(c: Any, font: Any, x: float, y: float, text: str) -> None:
    doc = c._doc
    memo = _shown.get(doc)
    if memo is None:
        memo = _shown[doc] = {}
    size, leading = c._fontsize, c._leading
    key = (font, size, leading, text)
    shown = memo.get(key)
    if shown is None:
        parts: list[str] = []
        current = -1
        for subset, chunk in font.splitString(text, doc):
            if subset != current:
                name = font.getSubsetInternalName(subset, doc)
                parts.append(f"{name} {fp_str(size)} Tf {fp_str(leading)} TL")
                current = subset
            parts.append(f"({c._escape(chunk)}) Tj")
        shown = memo[key] = " ".join(parts)
    c._code.append(f"BT 1 0 0 1 {number(x)} {number(y)} Tm {shown} T* ET")


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


def set_fill_color(canvas: Canvas, color: Color) -> None:
    """``canvas.setFillColor(color)``."""
    c: Any = canvas
    if not _plain(c, color):
        canvas.setFillColor(color)
        return
    c._fillColorObj = color
    c._code.append(f"{_operands(color)} rg")
    if color.alpha is not None:
        c._setFillAlpha(color.alpha)


def set_stroke_color(canvas: Canvas, color: Color) -> None:
    """``canvas.setStrokeColor(color)``."""
    c: Any = canvas
    if not _plain(c, color):
        canvas.setStrokeColor(color)
        return
    c._strokeColorObj = color
    c._code.append(f"{_operands(color)} RG")
    if color.alpha is not None:
        c._setStrokeAlpha(color.alpha)


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

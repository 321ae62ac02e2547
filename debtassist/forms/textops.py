"""The text operators of ``Canvas.drawString`` written directly, for the many short runs a packet draws.

``drawString`` builds a text object per call (bidi pass, a width nobody reads, colour state, a list of code
pieces); a 1,000-creditor packet makes some 60,000 of them. ``draw_string`` appends exactly the operators
``drawString`` appends for an embedded TrueType font on a bottom-up canvas — ``BT``, the text matrix, the
subset font and leading, the escaped string, ``T*``, ``ET`` — and remembers, per document, the operators that
show a given text at a given size, which stay the same once the font's subsets have codes for its characters.
Anything else (a standard font, a top-down canvas) goes to ``drawString`` itself. ``tests/forms/test_textops.py``
compares the two byte for byte.
"""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

_shown: weakref.WeakKeyDictionary[Any, dict[tuple[object, float, float, str], str]] = (
    weakref.WeakKeyDictionary()
)


def draw_string(canvas: Canvas, x: float, y: float, text: str) -> None:
    """``canvas.drawString(x, y, text)`` in the canvas's current font, size and leading."""
    c: Any = canvas  # ReportLab's private state, read as drawString reads it
    font: Any = pdfmetrics.getFont(c._fontname)
    if not getattr(font, "_dynamicFont", False) or not c.bottomup or type(text) is not str:
        canvas.drawString(x, y, text)
        return
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
    c._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} T* ET")

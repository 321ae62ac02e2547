"""Memoised text measurement: the width of a drawable unit and the font that draws a character.

A 1,000-creditor packet measures the same few thousand characters at a handful of sizes hundreds of thousands of
times while fitting and drawing; ReportLab computes each width anew. The memo gives exactly ReportLab's answer
(it stores what ``stringWidth`` and ``fonts.font_for`` returned) and forgets everything when a font name is
registered again or the fallback fonts change, so it can never answer for another font.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics

from debtassist.forms import fonts

_LIMIT = 200_000  # entries per memo before it starts over (a bound on memory for very varied text)
_widths: dict[str, tuple[object, dict[tuple[str, float], float]]] = {}
_fonts: dict[str, dict[str, str | None]] = {}  # primary font name -> character -> font that draws it
_fonts_state: dict[str, object] = {}  # the primary font objects and the fallback list the memo was made with


def text_width(text: str, font: str, size: float) -> float:
    """``pdfmetrics.stringWidth(text, font, size)``, remembered per registered font object."""
    registered = pdfmetrics.getFont(font)
    entry = _widths.get(font)
    if entry is None or entry[0] is not registered:
        entry = _widths[font] = (registered, {})
    memo = entry[1]
    key = (text, size)
    width = memo.get(key)
    if width is None:
        if len(memo) >= _LIMIT:
            memo.clear()
        width = memo[key] = float(pdfmetrics.stringWidth(text, font, size))
    return width


def font_lookup(primary: str = fonts.REGULAR) -> Callable[[str], str | None]:
    """A function giving ``fonts.font_for(char, primary)`` from the memo; the memo is checked against the
    registered primary font and the fallback list once, here (take a new lookup for each text)."""
    registered = pdfmetrics.getFont(primary)
    fallbacks = fonts.fallback_fonts()
    known = _fonts_state.get(primary)
    if known is not registered or _fonts_state.get("") is not fallbacks:
        if known is not None or ("" in _fonts_state and _fonts_state[""] is not fallbacks):
            _fonts.clear()  # a font registered again under this name, or other fallbacks: start over
            _fonts_state.clear()
        _fonts_state[primary] = registered
        _fonts_state[""] = fallbacks
    memo = _fonts.setdefault(primary, {})
    if len(memo) >= _LIMIT:
        memo.clear()

    def lookup(char: str) -> str | None:
        try:
            return memo[char]
        except KeyError:
            found = memo[char] = fonts.font_for(char, primary)
            return found

    return lookup


def font_for(char: str, primary: str = fonts.REGULAR) -> str | None:
    """``fonts.font_for(char, primary)``, remembered while the primary font and the fallback list stay the same."""
    return font_lookup(primary)(char)

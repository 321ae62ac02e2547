"""Memoised text measurement: the width of a drawable unit and the font that draws a character.

A 1,000-creditor packet measures the same few thousand characters at a handful of sizes hundreds of thousands of
times while fitting and drawing; ReportLab computes each width anew. The memo gives exactly ReportLab's answer
(it stores what ``stringWidth`` and ``fonts.font_for`` returned) and forgets everything when a font name is
registered again or the fallback fonts change, so it can never answer for another font.

Widths are kept in one table per font size, keyed by the unit ``(text, font)`` that ``fit.prepare`` makes: the
line breaker takes the table for its size once (``widths_at``) and then pays one dictionary look-up per
character, not a function call and a font look-up.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics

from debtassist.forms import fonts

_LIMIT = 200_000  # entries per memo before it starts over (a bound on memory for very varied text)
_fonts: dict[str, dict[str, str | None]] = {}  # primary font name -> character -> font that draws it
_fonts_state: dict[str, object] = {}  # the primary font objects and the fallback list the memo was made with


class Widths(dict[tuple[str, str], float]):
    """``pdfmetrics.stringWidth(text, font, size)`` for units ``(text, font)`` at one size; a unit not seen
    yet is measured by ReportLab on first use."""

    __slots__ = ("size",)

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def __missing__(self, unit: tuple[str, str]) -> float:
        text, font = unit
        registered = pdfmetrics.getFont(font)
        if _measured.setdefault(font, registered) is not registered:
            _forget()  # a font registered again under this name: nothing measured before holds
            _measured[font] = registered
            return widths_at(self.size)[unit]
        if len(self) >= _LIMIT:
            self.clear()
        width = self[unit] = float(pdfmetrics.stringWidth(text, font, self.size))
        return width


_tables: dict[float, Widths] = {}
_measured: dict[str, object] = {}  # font name -> the registered font object the tables were measured with


def _forget() -> None:
    _tables.clear()
    _measured.clear()


def widths_at(size: float) -> Widths:
    """The width table for ``size``, checked once here against the fonts it was measured with (take a new
    table for each text or line, not one for the life of the program)."""
    for name, registered in _measured.items():
        if pdfmetrics.getFont(name) is not registered:
            _forget()
            break
    table = _tables.get(size)
    if table is None:
        table = _tables[size] = Widths(size)
    return table


def text_width(text: str, font: str, size: float) -> float:
    """``pdfmetrics.stringWidth(text, font, size)``, remembered per registered font object."""
    return widths_at(size)[(text, font)]


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

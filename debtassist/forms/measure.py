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

    __slots__ = ("size", "wrapped")

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size
        #: ``fit.wrap``'s lines per (units, width) at this size: they depend on these widths only, so they are
        #: forgotten with them.
        self.wrapped: dict[tuple[tuple[tuple[str, str], ...], float], list[list[tuple[str, str]]]] = {}

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


def _checked(primary: str) -> None:
    """Forget the fonts per character (and the texts split with them) when the primary font was registered
    again or the fallback list changed."""
    registered = pdfmetrics.getFont(primary)
    fallbacks = fonts.fallback_fonts()
    known = _fonts_state.get(primary)
    if known is not registered or _fonts_state.get("") is not fallbacks:
        if known is not None or ("" in _fonts_state and _fonts_state[""] is not fallbacks):
            _fonts.clear()  # a font registered again under this name, or other fallbacks: start over
            _fonts_state.clear()
            _split.clear()
            _units.clear()
        _fonts_state[primary] = registered
        _fonts_state[""] = fallbacks


def font_lookup(primary: str = fonts.REGULAR) -> Callable[[str], str | None]:
    """A function giving ``fonts.font_for(char, primary)`` from the memo; the memo is checked against the
    registered primary font and the fallback list once, here (take a new lookup for each text)."""
    _checked(primary)
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


Split = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str | None], ...]]
_split: dict[
    str, dict[str, Split]
] = {}  # primary font -> text -> (units, characters drawn by a fallback or none)


def split_memo(primary: str = fonts.REGULAR) -> dict[str, Split]:
    """Texts already split into drawable units with ``primary`` (``fit.prepare``): the units and the characters
    another font or no font draws, valid while the fonts per character are (checked here)."""
    _checked(primary)
    memo = _split.setdefault(primary, {})
    if len(memo) >= _LIMIT:
        memo.clear()
    return memo


Unit = tuple[str, str]
#: A character's drawable unit (the character with the font that draws it, or its placeholder in the primary
#: font) and the glyph problem it makes (the character with its fallback font or None), or no problem.
CharUnit = tuple[Unit, tuple[str, str | None] | None]
_units: dict[str, dict[str, CharUnit]] = {}  # primary font -> character -> its unit and problem


def char_units(primary: str = fonts.REGULAR) -> dict[str, CharUnit]:
    """Characters already turned into units with ``primary`` (``fit.prepare``), valid while the fonts per
    character are (checked here): one tuple per character, shared by every text that has it."""
    _checked(primary)
    memo = _units.setdefault(primary, {})
    if len(memo) >= _LIMIT:
        memo.clear()
    return memo


def font_for(char: str, primary: str = fonts.REGULAR) -> str | None:
    """``fonts.font_for(char, primary)``, remembered while the primary font and the fallback list stay the same."""
    return font_lookup(primary)(char)


def forget_texts() -> None:
    """Drop the remembered splits and line breaks of texts (the widths of characters stay): what a packet of
    new text costs, for the benchmark."""
    _split.clear()
    for table in _tables.values():
        table.wrapped.clear()

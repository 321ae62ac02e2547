"""Fitting text into a box by real font metrics: shrink to a floor size, then wrap, else report overflow."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from debtassist.forms.fonts import REGULAR, GlyphProblem, missing_placeholder
from debtassist.forms.measure import (
    CharUnit,
    Split,
    Widths,
    char_units,
    font_for,
    split_memo,
    text_width,
    widths_at,
)

MM = 72.0 / 25.4
LEADING = 1.25
SIZE_STEP = 0.5
#: No text in a packet is drawn smaller than this (points); what does not fit at it moves to a sheet.
FLOOR = 7.0
#: Characters that must not start a line (Chinese typesetting): they stay with the previous character.
NO_LINE_START = set("，。、；：？！」』）〕】》〉…％,.;:?!)]}%")
#: Characters that must not end a line (opening brackets and quotes): they go with the next character.
NO_LINE_END = set("「『（〔【《〈([{")
WRAP_LIMIT = 50_000  # wrapped texts remembered per size


@dataclass
class Prepared:
    """Text split into drawable units, each with the font that draws it."""

    units: list[tuple[str, str]]  # (text, font); placeholders stand for characters no font here can draw
    problems: list[GlyphProblem] = field(default_factory=list)


def prepare(text: str, where: str, primary: str = REGULAR) -> Prepared:
    memo = split_memo(primary)  # a text met before (a creditor in several tables) is split once
    known = memo.get(text)
    if known is None:
        known = memo[text] = _split(text, primary)
    units, odd = known
    return Prepared(list(units), [GlyphProblem(where, char, font) for char, font in odd])


def widest(texts: Iterable[str], size: float, primary: str = REGULAR) -> float:
    """``max(line_width(prepare(t, ...).units, size) for t in texts)`` (0.0 for none), each distinct text split
    and measured once, with one look-up of the split memo and of the width table for all of them."""
    memo = split_memo(primary)
    widths = widths_at(size)
    result = 0.0
    for text in set(texts):
        known = memo.get(text)
        if known is None:
            known = memo[text] = _split(text, primary)
        result = max(result, sum(map(widths.__getitem__, known[0])))
    return result


def _split(text: str, primary: str) -> Split:
    units: list[tuple[str, str]] = []
    odd: list[tuple[str, str | None]] = []
    known = char_units(primary)  # a character's unit and glyph problem, worked out once
    for char in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "):
        entry = known.get(char)
        if entry is None:
            entry = known[char] = _char_unit(char, primary)
        units.append(entry[0])
        if entry[1] is not None:
            odd.append(entry[1])
    return tuple(units), tuple(odd)


def _char_unit(char: str, primary: str) -> CharUnit:
    if char == "\n":
        return ("\n", primary), None
    font = font_for(char, primary)
    if font is None:
        return (missing_placeholder(char), primary), (char, None)
    return (char, font), ((char, font) if font != primary else None)


def unit_width(unit: tuple[str, str], size: float) -> float:
    return text_width(unit[0], unit[1], size)


Line = list[tuple[str, str]]


def wrap(units: list[tuple[str, str]], width: float, size: float) -> list[Line]:
    """Break into lines no wider than ``width`` points. Breaks anywhere between CJK characters, at spaces
    inside Latin text when it can, and never puts closing punctuation at the start of a line."""
    widths = widths_at(size)
    key = (tuple(units), width)
    known = widths.wrapped.get(key)  # the same text in a box of the same width (a creditor in several tables)
    if known is None:
        if len(widths.wrapped) >= WRAP_LIMIT:
            widths.wrapped.clear()
        known = widths.wrapped[key] = _wrap(units, width, size, widths)
    return [line.copy() for line in known]


def _wrap(units: list[tuple[str, str]], width: float, size: float, widths: Widths) -> list[Line]:
    lines: list[Line] = []
    line: Line = []
    used = 0.0
    hard_breaks: set[int] = set()  # indexes of lines that end at a newline
    for unit in units:
        if unit[0] == "\n":
            hard_breaks.add(len(lines))
            lines.append(line)
            line, used = [], 0.0
            continue
        w = widths[unit]
        if line and used + w > width:
            # Break at the last place the rules allow (kinsoku: no closing punctuation first, no opening
            # bracket last, never inside a Latin word or a number), provided what moves down still fits.
            # Failing that, an opening bracket may end the line (a lesser fault than closing punctuation
            # starting one); where nothing allows it (a word as wide as the line), break where the line is full.
            at = _break_at(line, unit, width, widths, w, strict=True)
            if at is None:
                at = _break_at(line, unit, width, widths, w, strict=False)
            if at is None:
                at = len(line)
            carry: Line = line[at:]
            del line[at:]
            while line and line[-1][0] == " ":
                line.pop()
            while carry and carry[0][0] == " ":
                carry.pop(0)
            lines.append(line)
            line = carry
            used = sum(map(widths.__getitem__, line))
            if unit[0] == " " and not line:
                continue
        line.append(unit)
        used += w
    lines.append(line)
    return _no_orphans(lines, hard_breaks, width, size)


def _no_orphans(lines: list[Line], hard_breaks: set[int], width: float, size: float) -> list[Line]:
    """A paragraph's last line of one character takes the previous line's last character along (two short
    lines read better than a lone character), unless that would start the line with closing punctuation or
    split a word."""
    for i in range(1, len(lines)):
        last_of_paragraph = i + 1 == len(lines) or i in hard_breaks
        prev, line = lines[i - 1], lines[i]
        if not last_of_paragraph or len(line) != 1 or i - 1 in hard_breaks or len(prev) < 3:
            continue
        moved = 1
        while moved < 3 and prev[-moved][0] in NO_LINE_START:
            moved += 1
        if prev[-moved][0] in NO_LINE_START or (_in_word(prev[-1]) and _in_word(line[0])):
            continue
        if (
            len(prev) <= moved or prev[-moved - 1][0] in NO_LINE_END
        ):  # keep a character; no bracket at the end
            continue
        if not _may_break(prev[-moved - 1], prev[-moved]) or line_width(prev[-moved:] + line, size) > width:
            continue  # it would split a word, or the last line would no longer fit
        lines[i] = prev[-moved:] + line
        del prev[-moved:]
    return lines


def _break_at(
    line: Line, unit: tuple[str, str], width: float, widths: Widths, w: float, strict: bool
) -> int | None:
    """The last index of ``line`` where it may break before ``unit`` joins it, or None."""
    tail = 0.0  # the width of line[k:], summed from the right as k falls (one pass, not one sum per k)
    for k in range(len(line), 0, -1):
        if k < len(line):
            tail += widths[line[k]]
        after = line[k] if k < len(line) else unit
        if _may_break(line[k - 1], after, strict) and _fits_after(line, k, tail, w, width, widths):
            return k
    return None


def _fits_after(line: Line, k: int, tail: float, w: float, width: float, widths: Widths) -> bool:
    """``line_width(line[k:], size) + w <= width``. The running ``tail`` differs from that left-to-right sum only
    by rounding (far below a millionth of a point), so it decides unless the two sides are that close; then the
    exact sum does, and every break falls where it always did."""
    slack = width - (tail + w)
    if abs(slack) > 1e-6 * (1.0 + abs(width)):
        return slack >= 0
    return sum(map(widths.__getitem__, line[k:])) + w <= width


def _may_break(before: tuple[str, str], after: tuple[str, str], strict: bool = True) -> bool:
    if after[0] in NO_LINE_START or (strict and before[0] in NO_LINE_END):
        return False
    return not _joined(before, after)


def _joined(before: tuple[str, str], after: tuple[str, str]) -> bool:
    """Inside one Latin word or number ("a-b", "9,999"): two ASCII marks side by side with a letter or digit."""
    return _in_word(before) and _in_word(after) and (before[0].isalnum() or after[0].isalnum())


def _in_word(unit: tuple[str, str]) -> bool:
    return len(unit[0]) == 1 and unit[0].isascii() and not unit[0].isspace()


def breaks_word(lines: list[Line]) -> bool:
    """True when a Latin word or a number was split across two lines."""
    return any(a and b and _joined(a[-1], b[0]) for a, b in pairwise(lines))


def line_text(line: Line) -> str:
    return "".join(u[0] for u in line)


def line_width(line: Line, size: float) -> float:
    return sum(map(widths_at(size).__getitem__, line))


@dataclass
class Fitted:
    size: float
    lines: list[Line]
    fits: bool


def fit(
    prepared: Prepared, width: float, height: float, min_size: float, max_size: float, multiline: bool
) -> Fitted:
    """Largest size from ``max_size`` down to ``min_size`` at which the text fits the box (width and height in
    points, padding already removed). Single-line boxes may still wrap when the box is tall enough for two
    lines at the floor size."""
    units = prepared.units
    size = min(max_size, height / 1.15)
    if not units:
        return Fitted(max(min_size, size), [], True)
    one_line = [u for u in units if u[0] != "\n"] if not multiline else units
    while size >= min_size - 1e-9:
        single = not multiline and "\n" not in "".join(u[0] for u in units)
        if single and line_width(one_line, size) <= width:
            return Fitted(size, [one_line], True)
        lines = wrap(units, width, size)
        may_wrap = len(lines) == 1 or multiline or height >= 2 * size * LEADING
        tall_enough = len(lines) * size * LEADING - (LEADING - 1) * size <= height + 0.01
        if may_wrap and tall_enough and not breaks_word(lines):
            return Fitted(size, lines, True)
        size -= SIZE_STEP
    # Nothing fits without splitting a number or a word: the caller moves the text to a continuation sheet.
    floor = max(min_size, 1.0)
    return Fitted(floor, wrap(units, width, floor), False)

"""Fitting text into a box by real font metrics: shrink to a floor size, then wrap, else report overflow."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from debtassist.forms.fonts import REGULAR, GlyphProblem, missing_placeholder
from debtassist.forms.measure import font_lookup, text_width

MM = 72.0 / 25.4
LEADING = 1.25
SIZE_STEP = 0.5
#: Characters that must not start a line (Chinese typesetting): they stay with the previous character.
NO_LINE_START = set("，。、；：？！」』）〕】》〉…％,.;:?!)]}%")


@dataclass
class Prepared:
    """Text split into drawable units, each with the font that draws it."""

    units: list[tuple[str, str]]  # (text, font); placeholders stand for characters no font here can draw
    problems: list[GlyphProblem] = field(default_factory=list)


def prepare(text: str, where: str, primary: str = REGULAR) -> Prepared:
    units: list[tuple[str, str]] = []
    problems: list[GlyphProblem] = []
    font_for = font_lookup(primary)  # memoised per character
    for char in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "):
        if char == "\n":
            units.append(("\n", primary))
            continue
        font = font_for(char)
        if font is None:
            problems.append(GlyphProblem(where, char, None))
            units.append((missing_placeholder(char), primary))
        else:
            if font != primary:
                problems.append(GlyphProblem(where, char, font))
            units.append((char, font))
    return Prepared(units, problems)


def unit_width(unit: tuple[str, str], size: float) -> float:
    return text_width(unit[0], unit[1], size)


Line = list[tuple[str, str]]


def wrap(units: list[tuple[str, str]], width: float, size: float) -> list[Line]:
    """Break into lines no wider than ``width`` points. Breaks anywhere between CJK characters, at spaces
    inside Latin text when it can, and never puts closing punctuation at the start of a line."""
    lines: list[Line] = []
    line: Line = []
    used = 0.0
    for unit in units:
        if unit[0] == "\n":
            lines.append(line)
            line, used = [], 0.0
            continue
        w = unit_width(unit, size)
        if line and used + w > width:
            carry: Line = []
            if unit[0] in NO_LINE_START and len(line) > 1 and unit_width(line[-1], size) + w <= width:
                carry = [line.pop()]
            elif _in_word(unit):
                # Keep a Latin word or a number whole: move its start to the next line, unless the word is
                # the whole line (then it must be broken; fit() tries a smaller size first).
                start = len(line)
                while start > 0 and _in_word(line[start - 1]):
                    start -= 1
                if 0 < start < len(line):
                    carry = line[start:]
                    del line[start:]
                    while line and line[-1][0] == " ":
                        line.pop()
            lines.append(line)
            line = carry
            used = sum(unit_width(u, size) for u in line)
            if unit[0] == " " and not line:
                continue
        line.append(unit)
        used += w
    lines.append(line)
    return lines


def _in_word(unit: tuple[str, str]) -> bool:
    return len(unit[0]) == 1 and unit[0].isascii() and not unit[0].isspace()


def breaks_word(lines: list[Line]) -> bool:
    """True when a Latin word or a number was split across two lines."""
    return any(a and b and _in_word(a[-1]) and _in_word(b[0]) for a, b in pairwise(lines))


def line_text(line: Line) -> str:
    return "".join(u[0] for u in line)


def line_width(line: Line, size: float) -> float:
    return sum(unit_width(u, size) for u in line)


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
        if may_wrap and tall_enough and (not breaks_word(lines) or size - SIZE_STEP < min_size - 1e-9):
            return Fitted(size, lines, True)
        size -= SIZE_STEP
    floor = max(min_size, 1.0)
    return Fitted(floor, wrap(units, width, floor), False)

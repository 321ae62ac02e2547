"""Amounts written with Chinese numerals and units, the way people write them: 三萬八, 3萬8千, 十八萬, 1.5萬, 兩千五.

Pure Python, no Qt. :func:`read_numeral_amount` returns the exact value (a :class:`~fractions.Fraction`, so
that ``1.5萬`` is 15,000 and ``1.23456萬`` is seen to have cents) or ``None`` when the text is not such an
amount; the caller (:func:`debtassist.rules.validators.parse_amount`) turns that into a message.

What is read:

- digits: Arabic (also full-width, converted before), with a decimal point before a unit (``1.5萬``);
  Chinese 〇/零 一 二/兩 三 … 九 and the financial forms 壹 貳 參/叁 肆 伍 陸 柒 捌 玖;
- units: 十/拾 百/佰 千/仟 within a group, 萬/万 and 億/亿 between groups; 廿 (20) and 卅 (30);
- the spoken short form: a last single digit after a unit counts in the next lower unit (三萬八 = 38,000,
  兩千五 = 2,500, 3萬8 = 38,000); after 零 it is a plain digit (一萬零八 = 10,008), and a number of several
  Arabic digits is read as written (1萬2500 = 12,500).

Anything else (digits one after another like 一二三, units out of order like 千萬千, two numbers in a row) is
refused rather than guessed.
"""

from __future__ import annotations

import re
from fractions import Fraction

_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "兩": 2, "两": 2, "貳": 2, "贰": 2, "三": 3, "參": 3,
    "叁": 3, "参": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陸": 6, "陆": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS: dict[str, int] = {"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8}
_TENS: dict[str, int] = {"廿": 20, "卅": 30}
_ZEROS = frozenset("〇零")

#: Every character this module reads (besides Arabic digits, ``.`` and ``,``).
NUMERAL_CHARS = frozenset(_DIGITS) | frozenset(_SMALL_UNITS) | frozenset(_BIG_UNITS) | frozenset(_TENS)

_ARABIC = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_MAX_ARABIC_DIGITS = 16  # bounded, so that a pasted wall of digits cannot make Fraction() slow


def has_numerals(text: str) -> bool:
    """True when ``text`` holds a Chinese numeral or unit (so it is meant for :func:`read_numeral_amount`)."""
    return any(char in NUMERAL_CHARS for char in text)


def _tokens(text: str) -> list[tuple[str, Fraction | int, bool]] | None:
    """(kind, value, plain) tokens: kind is "num", "zero", "small", "big" or "tens"; ``plain`` marks an
    Arabic number of several digits (read as written after a unit)."""
    tokens: list[tuple[str, Fraction | int, bool]] = []
    index = 0
    while index < len(text):
        char = text[index]
        if match := _ARABIC.match(text, index):
            raw = match.group().replace(",", "")
            if len(raw.replace(".", "")) > _MAX_ARABIC_DIGITS:
                return None
            digits = raw.split(".")[0]
            tokens.append(("num", Fraction(raw), len(digits.lstrip("0")) > 1 or "." in raw))
            index = match.end()
            continue
        if char in _ZEROS:
            tokens.append(("zero", 0, False))
        elif char in _DIGITS:
            tokens.append(("num", Fraction(_DIGITS[char]), False))
        elif char in _SMALL_UNITS:
            tokens.append(("small", _SMALL_UNITS[char], False))
        elif char in _BIG_UNITS:
            tokens.append(("big", _BIG_UNITS[char], False))
        elif char in _TENS:
            tokens.append(("tens", _TENS[char], False))
        else:
            return None
        index += 1
    return tokens


def read_numeral_amount(text: str) -> Fraction | None:
    """The value of an amount written with Chinese numerals and units (see the module text), or ``None``.

    ``text`` is already half-width, without spaces, currency words or a sign.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    if [kind for kind, _, _ in tokens] == ["zero"]:
        return Fraction(0)  # 零 (元)
    total = Fraction(0)
    group = Fraction(0)  # the part below the current big unit
    pending: Fraction | None = None
    pending_plain = False
    last_small: int | None = None  # the last small unit in this group
    last_big: int | None = None
    after_zero = False
    seen_unit = False
    had_decimal = False  # 1.5萬: a short form after it (1.5萬8) would be a guess
    for kind, value, plain in tokens:
        if kind == "num":
            if pending is not None:
                return None  # two numbers in a row: 一二三, 3五
            pending, pending_plain = Fraction(value), plain
            had_decimal = had_decimal or Fraction(value).denominator != 1
        elif kind == "zero":
            if pending is not None:
                return None  # 二〇: digits one by one are not a way of writing amounts
            after_zero = True
        elif kind in ("small", "tens"):
            unit = int(value) if kind == "small" else 10
            count = pending if pending is not None else Fraction(1)
            if kind == "tens":
                if pending is not None:
                    return None
                count = Fraction(int(value) // 10)
            elif pending is None and unit != 10:
                return None  # 百 or 千 alone: 一百, 一千 are written with their digit
            if last_small is not None and unit >= last_small:
                return None  # 百千, 十十: units must fall
            group += count * unit
            last_small, pending, after_zero, seen_unit = unit, None, False, True
        else:  # big unit
            unit = int(value)
            if last_big is not None and unit >= last_big:
                return None
            if pending is not None:
                group += pending
            if group == 0:
                return None  # 萬 alone, or 零萬
            total += group * unit
            group, pending, last_small, last_big, after_zero, seen_unit = (
                Fraction(0),
                None,
                None,
                unit,
                False,
                True,
            )
    if pending is not None:
        if pending.denominator != 1 and seen_unit:
            return None  # 3萬1.5: a decimal is only read before a unit
        lower = last_small if last_small is not None else last_big
        if seen_unit and not after_zero and not pending_plain and lower is not None and lower >= 100:
            if had_decimal:
                return None
            group += pending * (lower // 10)  # the short form: 三萬八, 兩千五
        else:
            if lower is not None and pending >= lower:
                return None  # 三萬50000: more than the unit before it
            group += pending
    elif after_zero:
        return None  # ends in 零
    return total + group

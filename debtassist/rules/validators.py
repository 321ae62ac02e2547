"""Parsers and validators for what people type: national IDs, phone numbers, NT$ amounts and support shares.

Pure functions, no Qt: the rules engine, the CLI and the widgets share them. A parser returns a clean value
or raises :class:`InputError`, whose ``code`` is stable and whose text lives in
``resources/translations/<lang>/core/input.json`` under ``input.<code>``.

Digits are matched with ``[0-9]`` on purpose: ``\\d`` and ``int()`` also accept Arabic-Indic and other
Unicode digits, which nobody means in a Taiwanese form.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache
from typing import Literal, NamedTuple

from debtassist.i18n import Lang, tr
from debtassist.model import limits
from debtassist.rules.numerals import has_numerals, read_numeral_amount


class InputError(ValueError):
    """Text that cannot be read as the value asked for. ``code`` (e.g. ``"amount.negative"``) is stable."""

    def __init__(self, code: str, params: dict[str, object] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = dict(params or {})

    @property
    def key(self) -> str:
        return f"input.{self.code}"

    def message(self, lang: Lang) -> str:
        return tr(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


# U+FF01..U+FF5E are the full-width forms of ASCII ! .. ~ at a fixed offset; U+3000 is the ideographic space.
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (``１２３``, ``Ａ``, ``，``, ``／``) to its half-width form; other text unchanged."""
    return text.translate(_HALFWIDTH)


def _squeeze(text: str) -> str:
    """Half-width text with every kind of whitespace removed."""
    return "".join(to_halfwidth(text).split())


# --- National ID (身分證統一編號 / 新式居留證統一證號) -------------------------------------------------

IdKind = Literal["citizen", "resident"]
IdProblem = Literal["empty", "format", "gender_digit", "checksum"]

# The letter stands for the place of first registration; the checksum uses these two-digit codes, which
# are not alphabetical for I, O, W..Z (letters added after the original list).
LETTER_CODES: dict[str, int] = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
    "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
    "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip

# Weights of the 11 digits: the letter's two digits, then the 9 digits of the ID.
_ID_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
_ID_SHAPE = re.compile(r"[A-Z][0-9]{9}")
_ID_PREFIX_SHAPE = re.compile(r"[A-Z][0-9]{8}")
# Second character: 1/2 for citizens; 8/9 for the resident certificate number issued since 2021.
_KIND_BY_DIGIT: dict[str, IdKind] = {"1": "citizen", "2": "citizen", "8": "resident", "9": "resident"}


class IdCheck(NamedTuple):
    ok: bool
    kind: IdKind | None = None  # known once the shape and the second character are right
    problem: IdProblem | None = None

    @property
    def message_key(self) -> str | None:
        """The catalog key explaining ``problem`` (``None`` when the ID is valid): the one text of it, shown
        under the editor, in the tables and in the findings."""
        return None if self.problem is None else f"input.id.{self.problem}"

    def message(self, lang: Lang) -> str | None:
        """The explanation of ``problem`` (``None`` when the ID is valid)."""
        return None if self.message_key is None else tr(self.message_key, lang)


def normalize_national_id(text: str) -> str:
    """Remove whitespace, convert full-width letters and digits, uppercase."""
    return _squeeze(text).upper()


def _id_weighted_sum(letter: str, digits: str) -> int:
    code = LETTER_CODES[letter]
    all_digits = [code // 10, code % 10, *(int(c) for c in digits)]
    return sum(w * d for w, d in zip(_ID_WEIGHTS, all_digits, strict=False))


def check_national_id(text: str) -> IdCheck:
    """Check a national ID or a new-style resident certificate number (typed text is normalized first)."""
    value = normalize_national_id(text)
    if not value:
        return IdCheck(ok=False, problem="empty")
    if not _ID_SHAPE.fullmatch(value):
        return IdCheck(ok=False, problem="format")
    kind = _KIND_BY_DIGIT.get(value[1])
    if kind is None:
        return IdCheck(ok=False, problem="gender_digit")
    if _id_weighted_sum(value[0], value[1:]) % 10 != 0:
        return IdCheck(ok=False, kind=kind, problem="checksum")
    return IdCheck(ok=True, kind=kind)


def parse_national_id(text: str) -> str:
    """The normalized ID, or :class:`InputError` with code ``id.<problem>``."""
    result = check_national_id(text)
    if result.problem is not None:
        raise InputError(f"id.{result.problem}")  # the key is IdCheck.message_key
    return normalize_national_id(text)


def national_id_check_digit(first9: str) -> str:
    """The last digit that makes ``first9`` (a letter and 8 digits) a valid ID.

    The last weight is 1, so exactly one digit works. A malformed argument is a programming error
    (``ValueError``), not user input.
    """
    value = normalize_national_id(first9)
    if not _ID_PREFIX_SHAPE.fullmatch(value):
        raise ValueError(f"expected a letter and 8 digits, got {first9!r}")
    return str(-_id_weighted_sum(value[0], value[1:]) % 10)


def mask_national_id(national_id: str) -> str:
    """``A123456789`` -> ``A12****789``: enough to tell IDs apart on screen, not enough to reuse one.

    Text too short to keep 3 + 3 characters and still hide something is masked entirely.
    """
    value = normalize_national_id(national_id)
    if len(value) <= 6:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 6) + value[-3:]


# --- Phone numbers (Taiwan) --------------------------------------------------------------------------

PhoneKind = Literal["mobile", "landline"]

# Written between the digits: hyphens and dashes (the full-width hyphen is a hyphen after to_halfwidth) and
# the parentheses around an area code.
_PHONE_SEPARATORS = str.maketrans("", "", "-()\u2010\u2011\u2012\u2013\u2014\u2212")
# An extension at the end: #123, 分機123, 轉123, ext. 123, x123.
_PHONE_EXTENSION = re.compile(r"(?:#|分機|轉|ext\.?|x):?[0-9]{1,6}$", re.IGNORECASE)
_COUNTRY_CODE = "+886"
_MOBILE = re.compile(r"09[0-9]{8}")  # 09 and 8 digits
_LANDLINE = re.compile(r"0[1-8][0-9]{7,8}")  # 0, the area code and the number: 9 or 10 digits in all


def phone_kind(text: str) -> PhoneKind | None:
    """``"mobile"`` or ``"landline"`` when ``text`` can be a Taiwan phone number, else None (also for "").

    Forgiving, as typed: full-width digits and signs, spaces, hyphens and parentheses are fine
    (``(02) 2345-6789``, ``０９１２－３４５－６７８``); ``+886`` stands for the leading 0 (``+886 912 345 678``,
    ``+886 (0)2 2345 6789``); an extension may follow (``#123``, ``分機123``, ``ext. 123``).
    """
    body = _squeeze(text)
    body = _PHONE_EXTENSION.sub("", body).translate(_PHONE_SEPARATORS)
    if body.startswith(_COUNTRY_CODE):
        body = "0" + body.removeprefix(_COUNTRY_CODE).removeprefix("0")
    if _MOBILE.fullmatch(body):
        return "mobile"
    if _LANDLINE.fullmatch(body):
        return "landline"
    return None


# --- Amounts (新臺幣, whole dollars) -----------------------------------------------------------------

# 1 兆 and above is certainly a typing mistake in a consumer-debt case; the model refuses it in files too.
MAX_AMOUNT = limits.MAX_AMOUNT

_AMOUNT_PREFIXES = ("新臺幣", "新台幣", "臺幣", "台幣", "NTD", "NT$", "NT", "$")
_AMOUNT_SUFFIXES = ("元整", "圓整", "元", "圓", "塊", "整")
_MINUS_SIGNS = ("-", "\u2212")  # hyphen-minus (also full-width after conversion) and the minus sign
_AMOUNT_SHAPE = re.compile(r"(?P<whole>[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?P<frac>[0-9]+))?")
_NUMBERISH = re.compile(r"[0-9.,]+")


def _strip_prefix(text: str) -> str:
    upper = text.upper()
    for prefix in _AMOUNT_PREFIXES:
        if upper.startswith(prefix):
            return text[len(prefix) :].strip()
    return text


def _strip_suffix(text: str) -> str:
    for suffix in _AMOUNT_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)].strip()
    return text


def _strip_minus(text: str) -> tuple[str, bool]:
    if text.startswith(_MINUS_SIGNS):
        return text[1:].strip(), True
    return text, False


def parse_amount(text: str) -> int:
    """Read an NT$ amount in whole dollars: ``12,345``, ``NT$12,345``, ``１２３４５``, ``12,345元``, and with
    Chinese numerals and units: ``三萬八``, ``3萬8千``, ``十八萬``, ``1.5萬``, ``兩千五`` (see
    :mod:`debtassist.rules.numerals`).

    ``.0`` / ``.00`` are accepted (spreadsheets add them); cents and negative amounts are not.
    """
    body = to_halfwidth(text).strip()
    if not body:
        raise InputError("amount.empty")
    body, minus_before = _strip_minus(body)
    body, minus_after = _strip_minus(_strip_prefix(body))
    body = _strip_suffix(body)
    if has_numerals(body):
        return _numeral_amount("".join(body.split()), negative=minus_before or minus_after)
    match = _AMOUNT_SHAPE.fullmatch(body)
    if match is None:
        looks_grouped = "," in body and _NUMBERISH.fullmatch(body) is not None
        raise InputError("amount.separators" if looks_grouped else "amount.not_number")
    if minus_before or minus_after:
        raise InputError("amount.negative")
    frac = match["frac"]
    if frac is not None and not (len(frac) <= 2 and set(frac) == {"0"}):
        raise InputError("amount.decimal")
    digits = match["whole"].replace(",", "").lstrip("0") or "0"
    # Compare lengths before int(): very long digit strings are slow and hit Python's int-size guard.
    if len(digits) > len(str(MAX_AMOUNT)) or int(digits) > MAX_AMOUNT:
        raise InputError("amount.too_large", {"max": format_amount(MAX_AMOUNT)})
    return int(digits)


def _numeral_amount(body: str, *, negative: bool) -> int:
    """An amount with Chinese numerals and units (三萬八, 1.5萬): read by :mod:`debtassist.rules.numerals`."""
    value = read_numeral_amount(body)
    if value is None:
        raise InputError("amount.not_number")
    if negative:
        raise InputError("amount.negative")
    if value.denominator != 1:
        raise InputError("amount.decimal")
    if value > MAX_AMOUNT:
        raise InputError("amount.too_large", {"max": format_amount(MAX_AMOUNT)})
    return int(value)


def format_amount(amount: int) -> str:
    """``12345`` -> ``12,345``."""
    return f"{amount:,}"


def implausible_amount(amount: int, ceiling: int) -> bool:
    """True when an amount is worth a second look: negative or above the ceiling the caller sets for it
    (e.g. a monthly salary above 1,000,000). A hint for a warning, never a reason to refuse input."""
    return amount < 0 or amount > ceiling


# --- Shares (applicant's part of a support duty) -----------------------------------------------------

_NUM = r"[0-9]{1,12}"  # bounded so a pasted wall of digits cannot make int() slow
_CHINESE_DIGITS = "一二三四五六七八九十"


class _SharePatterns(NamedTuple):
    fraction: re.Pattern[str]
    decimal: re.Pattern[str]
    percent: re.Pattern[str]
    chinese: re.Pattern[str]


@cache
def _share_patterns() -> _SharePatterns:
    """Compiled when a share is first read (a case without dependents reads none; the Chinese form's class of
    CJK numerals alone takes 0.4 ms to compile)."""
    decimal = rf"{_NUM}(?:\.[0-9]{{1,12}})?|\.[0-9]{{1,12}}"
    return _SharePatterns(
        fraction=re.compile(rf"(?P<num>{_NUM})/(?P<den>{_NUM})"),
        decimal=re.compile(decimal),
        percent=re.compile(rf"(?P<value>{decimal})%"),
        chinese=re.compile(rf"(?P<den>[{_CHINESE_DIGITS}]|{_NUM})分之(?P<num>[{_CHINESE_DIGITS}]|{_NUM})"),
    )


def _chinese_or_ascii_int(text: str) -> int:
    index = _CHINESE_DIGITS.find(text)
    return index + 1 if index >= 0 else int(text)


def _share_value(text: str) -> Fraction | None:
    """The written value, or None when ``text`` is not a ratio at all (range is checked by the caller)."""
    patterns = _share_patterns()
    if match := patterns.fraction.fullmatch(text):
        num, den = int(match["num"]), int(match["den"])
        return Fraction(num, den) if den else None
    if match := patterns.chinese.fullmatch(text):  # 二分之一 = 1/2: denominator first
        num, den = _chinese_or_ascii_int(match["num"]), _chinese_or_ascii_int(match["den"])
        return Fraction(num, den) if den else None
    if match := patterns.percent.fullmatch(text):
        return Fraction(match["value"]) / 100
    if patterns.decimal.fullmatch(text):
        return Fraction(text)
    return None


def parse_share(text: str) -> Fraction:
    """Read a share in (0, 1]: ``1/2``, ``1``, ``0.5``, ``50%``, ``１/２``, ``二分之一``.

    The Chinese form takes single numerals 一 to 十 (or digits); anything fancier is refused, not guessed.
    """
    body = _squeeze(text)
    if not body:
        raise InputError("share.empty")
    value = _share_value(body)
    if value is None:
        raise InputError("share.format")
    if value <= 0:
        raise InputError("share.not_positive")
    if value > 1:
        raise InputError("share.above_one")
    return value


def format_share(share: Fraction) -> str:
    """``Fraction(1, 2)`` -> ``1/2``; a whole share is ``1``."""
    return str(share.numerator) if share.denominator == 1 else f"{share.numerator}/{share.denominator}"

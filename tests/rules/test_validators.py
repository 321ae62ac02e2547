"""National IDs, NT$ amounts and support shares: examples plus property tests."""

from __future__ import annotations

import json
import string
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from debtassist.i18n import catalog, langs
from debtassist.resources_path import read_text
from debtassist.rules.validators import (
    LETTER_CODES,
    MAX_AMOUNT,
    IdCheck,
    InputError,
    check_national_id,
    format_amount,
    format_share,
    implausible_amount,
    mask_national_id,
    national_id_check_digit,
    normalize_national_id,
    parse_amount,
    parse_national_id,
    parse_share,
    phone_kind,
    to_halfwidth,
)

# --- helpers -----------------------------------------------------------------------------------------

letters = st.sampled_from(sorted(LETTER_CODES))
kind_digits = st.sampled_from("1289")
seven_digits = st.text(alphabet=string.digits, min_size=7, max_size=7)


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    first9 = draw(letters) + draw(kind_digits) + draw(seven_digits)
    return first9 + national_id_check_digit(first9)


def error_code(func: object, text: str) -> str:
    assert callable(func)
    with pytest.raises(InputError) as info:
        func(text)
    # Every error must render in both languages (a missing key or parameter would raise here).
    for lang in langs():
        assert info.value.message(lang)
    return info.value.code


# --- the message catalog -----------------------------------------------------------------------------


def test_input_messages_exist_in_every_language() -> None:
    data = json.loads(read_text("translations", "zh-TW", "core", "input.json"))
    assert data, "input.json is empty"
    for key in data:
        assert key.startswith("input."), key
        assert all(catalog(lang)[key].strip() for lang in langs()), key


@pytest.mark.parametrize("problem", ["empty", "format", "gender_digit", "checksum"])
def test_every_id_problem_has_a_message(problem: str) -> None:
    for lang in langs():
        assert IdCheck(ok=False, problem=problem).message(lang)  # type: ignore[arg-type]


def test_input_error_message_and_str() -> None:
    error = InputError("amount.too_large", {"max": "1"})
    assert error.key == "input.amount.too_large"
    assert "1" in error.message("zh-TW")
    assert str(error) == error.message("en")
    assert isinstance(error, ValueError)


# --- national ID: examples ---------------------------------------------------------------------------

# Computed by hand. Letter code digits get weights 1 and 9, the 9 digits get 8,7,6,5,4,3,2,1,1.
#   A123456789: A=10 -> 1*1 + 0*9 = 1; 1*8+2*7+3*6+4*5+5*4+6*3+7*2+8*1 = 120; +9 -> 130, divisible by 10.
#   B123456780: B=11 -> 1 + 9 = 10; 10 + 120 + 0 = 130.
#   I123456781: I=34 -> 3 + 36 = 39; 39 + 120 + 1 = 160.
#   O123456782: O=35 -> 3 + 45 = 48; 48 + 120 + 2 = 170.
#   W123456789: W=32 -> 3 + 18 = 21; 21 + 120 + 9 = 150.
#   X123456787: X=30 -> 3 + 0 = 3; 3 + 120 + 7 = 130.
#   Y123456788: Y=31 -> 3 + 9 = 12; 12 + 120 + 8 = 140.
#   Z123456780: Z=33 -> 3 + 27 = 30; 30 + 120 + 0 = 150.
#   A800000014 (resident): 1 + 8*8 + 1*1 + 4 = 70.
#   A900000016 (resident): 1 + 9*8 + 1*1 + 6 = 80.
HAND_CHECKED = {
    "A123456789": "citizen",
    "B123456780": "citizen",
    "I123456781": "citizen",
    "O123456782": "citizen",
    "W123456789": "citizen",
    "X123456787": "citizen",
    "Y123456788": "citizen",
    "Z123456780": "citizen",
    "A800000014": "resident",
    "A900000016": "resident",
}


@pytest.mark.parametrize(("national_id", "kind"), sorted(HAND_CHECKED.items()))
def test_hand_checked_ids_are_valid(national_id: str, kind: str) -> None:
    assert check_national_id(national_id) == IdCheck(ok=True, kind=kind)  # type: ignore[arg-type]
    assert national_id_check_digit(national_id[:9]) == national_id[9]


def test_letter_table_is_the_official_one() -> None:
    table = (
        "A10 B11 C12 D13 E14 F15 G16 H17 I34 J18 K19 L20 M21 N22 O35 P23 Q24 R25 S26 T27 U28 V29 W32 X30 "
        "Y31 Z33"
    )
    assert {item[0]: int(item[1:]) for item in table.split()} == LETTER_CODES


@pytest.mark.parametrize(
    "text",
    [
        "a123456789",
        " A123 456 789 ",
        "Ａ１２３４５６７８９",
        "ａ123456789",
        "A123456789\n",
        "A\u3000123456789",
    ],
)
def test_id_normalization(text: str) -> None:
    assert normalize_national_id(text) == "A123456789"
    assert check_national_id(text).ok
    assert parse_national_id(text) == "A123456789"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("A12345678", "format"),  # too short
        ("A1234567890", "format"),  # too long
        ("1123456789", "format"),  # no letter
        ("AB12345678", "format"),  # old-style resident number: two letters
        ("A12345678X", "format"),
        ("A١٢٣٤٥٦٧٨٩", "format"),  # Arabic-Indic digits are digits to Python, not to a form
        ("A323456789", "gender_digit"),
        ("A023456789", "gender_digit"),
        ("A723456789", "gender_digit"),
        ("A123456788", "checksum"),
        ("B123456789", "checksum"),
    ],
)
def test_id_problems(text: str, problem: str) -> None:
    result = check_national_id(text)
    assert not result.ok
    assert result.problem == problem
    assert error_code(parse_national_id, text) == f"id.{problem}"


def test_checksum_problem_still_reports_the_kind() -> None:
    assert check_national_id("A823456789") == IdCheck(ok=False, kind="resident", problem="checksum")


def test_check_digit_rejects_malformed_prefix() -> None:
    for bad in ["", "A1234567", "A123456789", "112345678", "AB2345678"]:
        with pytest.raises(ValueError, match="letter and 8 digits"):
            national_id_check_digit(bad)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("A123456789", "A12****789"),
        ("a123456789", "A12****789"),
        ("A1234567", "A12**567"),
        ("A12345", "******"),
        ("", ""),
    ],
)
def test_mask(text: str, masked: str) -> None:
    assert mask_national_id(text) == masked


# --- national ID: properties -------------------------------------------------------------------------


@given(valid_ids())
def test_every_generated_id_validates(national_id: str) -> None:
    result = check_national_id(national_id)
    assert result.ok
    assert result.kind == ("citizen" if national_id[1] in "12" else "resident")
    assert mask_national_id(national_id) == national_id[:3] + "****" + national_id[-3:]


WEIGHTS_OF_DIGITS = (8, 7, 6, 5, 4, 3, 2, 1, 1)  # of the 9 digits after the letter


@given(valid_ids())
@example("A123456789")
def test_single_digit_changes_are_caught_exactly_when_arithmetic_says(national_id: str) -> None:
    """Every position, every replacement digit.

    The brief assumed any single-digit change breaks the checksum; it does not. A change of d at a
    position of weight w goes unnoticed when w*d is a multiple of 10: a change of 5 at the weight 8, 6, 4
    and 2 positions, an even change at the weight 5 position. This test pins that exact behaviour; the
    next one proves the positions where the check is complete.
    """
    for position, weight in enumerate(WEIGHTS_OF_DIGITS, start=1):
        for digit in string.digits:
            old = int(national_id[position])
            if int(digit) == old:
                continue
            changed = national_id[:position] + digit + national_id[position + 1 :]
            result = check_national_id(changed)
            caught_by_checksum = (weight * (int(digit) - old)) % 10 != 0
            if position == 1 and digit not in "1289":
                assert result.problem == "gender_digit"
            elif caught_by_checksum:
                assert result.problem == "checksum", changed
            else:
                assert result.ok, changed


@given(valid_ids(), st.sampled_from([2, 6, 8, 9]), st.integers(1, 9))
def test_changes_at_weights_coprime_to_ten_are_always_caught(
    national_id: str, position: int, step: int
) -> None:
    # Weights 7, 3, 1, 1: multiplying by them is a bijection mod 10, so no change can cancel out.
    digit = str((int(national_id[position]) + step) % 10)
    changed = national_id[:position] + digit + national_id[position + 1 :]
    assert check_national_id(changed).problem == "checksum"


def test_a_change_of_five_at_an_even_weight_is_not_caught() -> None:
    # A123456789 -> A128456789: the third digit (weight 6) goes 3 -> 8, the sum 130 -> 160.
    assert check_national_id("A128456789").ok


@given(valid_ids(), letters)
def test_letter_changes_follow_the_codes(national_id: str, letter: str) -> None:
    changed = letter + national_id[1:]
    old, new = LETTER_CODES[national_id[0]], LETTER_CODES[letter]
    delta = (new // 10 - old // 10) + 9 * (new % 10 - old % 10)
    assert check_national_id(changed).ok == (delta % 10 == 0)


@given(st.text())
def test_check_national_id_never_raises(text: str) -> None:
    result = check_national_id(text)
    assert result.ok == (result.problem is None)
    mask_national_id(text)


# --- phone numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("0912-345-678", "mobile"),
        ("0912345678", "mobile"),
        ("０９１２－３４５－６７８", "mobile"),  # typed with the IME's full-width digits
        ("+886 912 345 678", "mobile"),
        ("+886-912-345-678 #12", "mobile"),
        ("02-2345-6789", "landline"),
        ("(02) 2345-6789", "landline"),
        ("（０２）２３４５－６７８９＃１２", "landline"),
        ("+886-2-2345-6789", "landline"),
        ("+886 (0)2 2345 6789", "landline"),
        ("04-2358-1234 ext. 45", "landline"),
        ("02 2345 6789 分機 123", "landline"),
        ("02-2345-6789轉5", "landline"),
        ("037-123456", "landline"),  # a 3-digit area code and 6 digits: 9 in all
        ("049-2345678", "landline"),
        ("0800-123-456", "landline"),
    ],
)
def test_taiwan_phone_numbers(text: str, kind: str) -> None:
    assert phone_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2345-6789",  # no area code
        "12345678",
        "0912-345-67",  # a mobile number is 10 digits
        "0912-345-6789",
        "02-2345",
        "02-2345-67890",  # 11 digits
        "+1 415 555 0100",
        "886912345678",  # the country code is written +886
        "0912345678x",  # an extension needs its digits
        "電話 0912345678",
        "abc",
    ],
)
def test_numbers_that_cannot_be_taiwan_phones(text: str) -> None:
    assert phone_kind(text) is None


@given(st.text())
def test_phone_kind_never_raises(text: str) -> None:
    assert phone_kind(text) in (None, "mobile", "landline")


# --- amounts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("12,345", 12345),
        ("12345", 12345),
        (" NT$12,345 ", 12345),
        ("nt$ 12,345", 12345),
        ("NTD 12345", 12345),
        ("$12,345", 12345),
        ("＄１２，３４５", 12345),
        ("１２３４５", 12345),
        ("12,345元", 12345),
        ("12,345 元", 12345),
        ("新臺幣12,345元整", 12345),
        ("新台幣 1,000,000 元", 1_000_000),
        ("12,345.00", 12345),
        ("12345.0", 12345),
        ("0", 0),
        ("007", 7),
        ("999,999,999,999", MAX_AMOUNT),
    ],
)
def test_parse_amount(text: str, amount: int) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "amount.empty"),
        ("  ", "amount.empty"),
        ("abc", "amount.not_number"),
        ("一二三", "amount.not_number"),
        ("萬", "amount.not_number"),
        ("千萬千", "amount.not_number"),
        ("百千", "amount.not_number"),
        ("三萬50000", "amount.not_number"),
        ("二〇", "amount.not_number"),
        ("三萬八元多", "amount.not_number"),
        ("1.23456萬", "amount.decimal"),
        ("3.5千5", "amount.not_number"),
        ("-三萬八", "amount.negative"),
        ("負五百", "amount.not_number"),
        ("10000億", "amount.too_large"),
        ("12 345", "amount.not_number"),
        ("1e5", "amount.not_number"),
        ("+5", "amount.not_number"),
        ("٣٤", "amount.not_number"),
        ("$", "amount.not_number"),
        ("元", "amount.not_number"),
        ("1,23,4", "amount.separators"),
        ("12,34", "amount.separators"),
        ("1234,567", "amount.separators"),
        ("12,,345", "amount.separators"),
        (",123", "amount.separators"),
        ("-12,345", "amount.negative"),
        ("NT$-500", "amount.negative"),
        ("-NT$500", "amount.negative"),
        ("−500", "amount.negative"),
        ("－５００", "amount.negative"),
        ("12.5", "amount.decimal"),
        ("12.05", "amount.decimal"),
        ("12.000", "amount.decimal"),  # European thousands? Either way not whole dollars as written.
        ("12,345.50", "amount.decimal"),
        ("1,000,000,000,000", "amount.too_large"),
        ("9" * 5000, "amount.too_large"),
    ],
)
def test_parse_amount_errors(text: str, code: str) -> None:
    assert error_code(parse_amount, text) == code


def test_too_large_message_names_the_limit() -> None:
    with pytest.raises(InputError) as info:
        parse_amount("10000000000000")
    assert "999,999,999,999" in info.value.message("zh-TW")


def test_format_amount() -> None:
    assert format_amount(0) == "0"
    assert format_amount(999) == "999"
    assert format_amount(12345) == "12,345"
    assert format_amount(1_234_567) == "1,234,567"


def test_implausible_amount() -> None:
    assert not implausible_amount(50_000, 1_000_000)
    assert not implausible_amount(1_000_000, 1_000_000)
    assert implausible_amount(1_000_001, 1_000_000)
    assert implausible_amount(-1, 1_000_000)


@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
@example(0)
@example(MAX_AMOUNT)
def test_amount_round_trip(amount: int) -> None:
    assert parse_amount(format_amount(amount)) == amount
    assert parse_amount(str(amount)) == amount
    assert parse_amount(f"NT${format_amount(amount)}元") == amount


amountish = st.text(alphabet="0123456789,.-−$NT元整萬 ０１，．一二兩三十百千萬億零廿壹拾", max_size=24)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("三萬八", 38_000),
        ("3萬8千", 38_000),
        ("3萬8", 38_000),
        ("十八萬", 180_000),
        ("1.5萬", 15_000),
        ("１．５萬", 15_000),
        ("兩千五", 2_500),
        ("三百五", 350),
        ("一百二", 120),
        ("十八", 18),
        ("廿萬", 200_000),
        ("卅五", 35),
        ("一萬零八", 10_008),
        ("一萬零八百", 10_800),
        ("1萬2500", 12_500),
        ("1,500萬", 15_000_000),
        ("三千萬", 30_000_000),
        ("5億", 500_000_000),
        ("壹萬貳仟參佰肆拾伍元整", 12_345),
        ("NT$三萬八", 38_000),
        ("新臺幣 3萬8千 元", 38_000),
        ("三萬八千塊", 38_000),
        ("零", 0),
        ("〇元", 0),
    ],
)
def test_parse_amount_with_chinese_numerals(text: str, amount: int) -> None:
    assert parse_amount(text) == amount


_CN = "零一二三四五六七八九"


def chinese(number: int) -> str:
    """The written form of 1..99,999,999 with every unit (一千二百萬零三百零四), built independently of the
    parser: groups of four digits below and above 萬, 零 for every gap."""

    def group(value: int) -> str:
        out, gap = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = value // unit % 10
            if digit:
                out += ("零" if gap and out else "") + _CN[digit] + name
                gap = False
            else:
                gap = True
        return out

    high, low = divmod(number, 10_000)
    if not high:
        return group(low)
    text = group(high) + "萬"
    if low:
        text += ("零" if low < 1000 else "") + group(low)
    return text


@given(st.integers(min_value=1, max_value=99_999_999))
def test_written_chinese_numerals_read_back(number: int) -> None:
    assert parse_amount(chinese(number)) == number


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=10, max_value=9_999))
def test_arabic_with_wan_reads_as_written(high: int, low: int) -> None:
    assert parse_amount(f"{high}萬") == high * 10_000
    assert parse_amount(f"{high}萬{low}") == high * 10_000 + low
    assert parse_amount(f"{high}萬{low % 10 or 1}") == high * 10_000 + (low % 10 or 1) * 1_000  # short form


@given(st.one_of(st.text(), amountish))
def test_parse_amount_raises_only_input_error(text: str) -> None:
    try:
        amount = parse_amount(text)
    except InputError as error:
        assert error.message("zh-TW") and error.message("en")
    else:
        assert 0 <= amount <= MAX_AMOUNT


# --- shares ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("1/2", Fraction(1, 2)),
        (" 1 / 3 ", Fraction(1, 3)),
        ("2/4", Fraction(1, 2)),
        ("1", Fraction(1)),
        ("1/1", Fraction(1)),
        ("0.5", Fraction(1, 2)),
        (".25", Fraction(1, 4)),
        ("1.0", Fraction(1)),
        ("50%", Fraction(1, 2)),
        ("33.3%", Fraction(333, 1000)),
        ("100%", Fraction(1)),
        ("５０％", Fraction(1, 2)),
        ("１/２", Fraction(1, 2)),
        ("１／２", Fraction(1, 2)),
        ("二分之一", Fraction(1, 2)),
        ("三分之二", Fraction(2, 3)),
        ("十分之三", Fraction(3, 10)),
        ("4分之1", Fraction(1, 4)),
    ],
)
def test_parse_share(text: str, share: Fraction) -> None:
    assert parse_share(text) == share


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "share.empty"),
        ("half", "share.format"),
        ("1/0", "share.format"),
        ("1/2/3", "share.format"),
        ("-1/2", "share.format"),
        ("十二分之一", "share.format"),  # only single numerals 一 to 十
        ("零分之一", "share.format"),
        ("1" * 40 + "/2", "share.format"),
        ("0", "share.not_positive"),
        ("0/5", "share.not_positive"),
        ("0%", "share.not_positive"),
        ("3/2", "share.above_one"),
        ("150%", "share.above_one"),
        ("1.01", "share.above_one"),
        ("二分之三", "share.above_one"),
    ],
)
def test_parse_share_errors(text: str, code: str) -> None:
    assert error_code(parse_share, text) == code


def test_format_share() -> None:
    assert format_share(Fraction(1, 2)) == "1/2"
    assert format_share(Fraction(2, 6)) == "1/3"
    assert format_share(Fraction(1)) == "1"


shares = st.fractions(min_value=0, max_value=1, max_denominator=10**6).filter(lambda f: f > 0)


@given(shares)
def test_share_round_trip(share: Fraction) -> None:
    assert parse_share(format_share(share)) == share


@given(st.integers(1, 100))
def test_percent_share(percent: int) -> None:
    assert parse_share(f"{percent}%") == Fraction(percent, 100)


shareish = st.text(alphabet="0123456789/.%一二三十分之 ０／", max_size=16)


@given(st.one_of(st.text(), shareish))
def test_parse_share_raises_only_input_error(text: str) -> None:
    try:
        share = parse_share(text)
    except InputError:
        pass
    else:
        assert 0 < share <= 1


def test_to_halfwidth() -> None:
    assert to_halfwidth("ＡＢＣ１２３，．／％＄\u3000中文") == "ABC123,./%$ 中文"

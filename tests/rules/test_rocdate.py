"""ROC (民國) dates: parsing the ways people write them, formatting, round trips."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from debtassist.i18n import langs
from debtassist.rules.rocdate import (
    format_roc,
    format_roc_long,
    format_roc_short_written,
    parse_date,
    to_roc,
)
from debtassist.rules.validators import InputError

MARCH_2 = date(2026, 3, 2)  # 民國115年3月2日


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-02",
        "2026/3/2",
        "2026.03.02",
        "20260302",
        "115/3/2",
        "115/03/02",
        "115-03-02",
        "115.3.2",
        "1150302",
        "民國115年3月2日",
        "中華民國115年3月2日",
        "115年3月2日",
        "115年03月02日",
        "115年3月2",
        "西元2026年3月2日",
        "2026年3月2日",
        " 民國 115 年 3 月 2 日 ",
        "１１５／３／２",
        "１１５年３月２日",
        "１１５０３０２",
        "２０２６－０３－０２",
    ],
)
def test_parse_date_forms(text: str) -> None:
    assert parse_date(text) == MARCH_2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/1/1", date(1912, 1, 1)),  # 民國元年
        ("01/01/01", date(1912, 1, 1)),
        ("民國1年1月1日", date(1912, 1, 1)),
        ("99/12/31", date(2010, 12, 31)),
        ("0991231", date(2010, 12, 31)),
        ("113/2/29", date(2024, 2, 29)),  # leap year
        ("1912-01-01", date(1912, 1, 1)),
        ("889/12/31", date(2800, 12, 31)),
    ],
)
def test_parse_date_edges(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "date.empty"),
        ("   ", "date.empty"),
        ("tomorrow", "date.format"),
        ("115/3", "date.format"),
        ("115/3-2", "date.format"),  # mixed separators
        ("115/3/2/1", "date.format"),
        ("3/2/2026", "date.format"),  # month/day/year is not a Taiwanese form
        ("11503", "date.format"),
        ("115030", "date.format"),
        ("民國2026年3月2日", "date.format"),  # 民國 with an AD year
        ("西元115年3月2日", "date.format"),
        ("١١٥/٣/٢", "date.format"),  # Arabic-Indic digits
        ("一一五年三月二日", "date.format"),
        ("115/2/30", "date.no_such_day"),
        ("114/2/29", "date.no_such_day"),  # 2025 is not a leap year
        ("115/4/31", "date.no_such_day"),
        ("115/3/0", "date.no_such_day"),
        ("115/3/32", "date.no_such_day"),
        ("2026-02-30", "date.no_such_day"),
        ("115/13/1", "date.bad_month"),
        ("115/0/1", "date.bad_month"),
        ("0/1/1", "date.before_roc"),
        ("民國0年1月1日", "date.before_roc"),
        ("0001020", "date.before_roc"),
        ("1911-12-31", "date.before_roc"),
        ("0000-01-01", "date.before_roc"),
    ],
)
def test_parse_date_errors(text: str, code: str) -> None:
    with pytest.raises(InputError) as info:
        parse_date(text)
    assert info.value.code == code
    for lang in langs():
        assert info.value.message(lang)


def test_no_such_day_message_names_the_day() -> None:
    with pytest.raises(InputError) as info:
        parse_date("115/2/30")
    assert info.value.message("zh-TW") == "這一天不存在：115 年 2 月沒有 30 日。請再核對一次。"
    assert "30" in info.value.message("en")


def test_formats() -> None:
    assert to_roc(MARCH_2) == (115, 3, 2)
    assert format_roc(MARCH_2) == "115/03/02"
    assert format_roc_long(MARCH_2) == "中華民國115年3月2日"
    assert format_roc_short_written(MARCH_2) == "115年3月2日"
    assert format_roc(date(1912, 1, 1)) == "1/01/01"
    assert format_roc_short_written(date(2010, 12, 31)) == "99年12月31日"


def test_datetime_is_accepted_as_a_date() -> None:
    assert format_roc(datetime(2026, 3, 2, 23, 59)) == "115/03/02"


@pytest.mark.parametrize("func", [to_roc, format_roc, format_roc_long, format_roc_short_written])
def test_dates_before_the_roc_are_refused(func: object) -> None:
    assert callable(func)
    with pytest.raises(InputError) as info:
        func(date(1911, 12, 31))
    assert info.value.code == "date.before_roc"


roc_dates = st.dates(min_value=date(1912, 1, 1), max_value=date(2100, 12, 31))


@given(roc_dates)
@example(date(1912, 1, 1))
@example(date(2100, 12, 31))
@example(date(2024, 2, 29))
def test_round_trips(value: date) -> None:
    assert parse_date(format_roc(value)) == value
    assert parse_date(format_roc_long(value)) == value
    assert parse_date(format_roc_short_written(value)) == value
    assert parse_date(value.isoformat()) == value
    year, month, day = to_roc(value)
    assert date(year + 1911, month, day) == value


@given(st.dates(min_value=date(2011, 1, 1), max_value=date(2910, 12, 31)))
def test_seven_digit_form(value: date) -> None:
    year, month, day = to_roc(value)
    assert parse_date(f"{year:03d}{month:02d}{day:02d}") == value


dateish = st.text(alphabet="0123456789/-.年月日民國中華西元 ０１／", max_size=20)


@given(st.one_of(st.text(), dateish))
def test_parse_date_raises_only_input_error(text: str) -> None:
    try:
        value = parse_date(text)
    except InputError as error:
        assert error.message("zh-TW") and error.message("en")
    else:
        assert value >= date(1912, 1, 1)

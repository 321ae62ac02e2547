"""The one formatter of a field's value by its kind (review and printed forms)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from debtassist.i18n import langs
from debtassist.model.case import Case, PreviousNegotiation
from debtassist.rules.field_text import case_field_text, field_text, review_text
from debtassist.rules.fields import Kind, case_leaves, field_spec, single_fields
from debtassist.rules.validators import MAX_AMOUNT, parse_amount

SINGLE = sorted(single_fields())
MONEY_PATHS = sorted(p for p in SINGLE if case_leaves()[p] is Kind.MONEY)


def _value(kind: Kind) -> st.SearchStrategy[object]:
    return {
        Kind.TEXT: st.text(),
        Kind.MONEY: st.none() | st.integers(),
        Kind.DATE: st.none() | st.dates(),
        Kind.DATETIME: st.none() | st.datetimes(),
        Kind.FLAG: st.none() | st.booleans(),
        Kind.NUMBER: st.none() | st.integers() | st.floats(),
    }.get(kind, st.none() | st.text() | st.integers() | st.sampled_from(list(PreviousNegotiation)))


@st.composite
def path_and_value(draw: st.DrawFn) -> tuple[str, object]:
    path = draw(st.sampled_from(SINGLE))
    return path, draw(_value(case_leaves()[path]))


@given(path_and_value(), st.sampled_from(langs()), st.booleans())
def test_the_formatter_never_raises(item: tuple[str, object], lang: str, paper: bool) -> None:
    path, value = item
    text = field_text(path, value, lang, paper=paper)
    assert isinstance(text, str)
    assert (text == "") == (value is None or value == "")


@given(st.sampled_from(MONEY_PATHS), st.integers(min_value=0, max_value=MAX_AMOUNT), st.booleans())
def test_money_round_trips_through_the_amount_parser(path: str, amount: int, paper: bool) -> None:
    text = field_text(path, amount, "zh-TW", paper=paper)
    assert parse_amount(text) == amount
    assert text.startswith("NT$") != paper
    assert ("," in text) == (amount >= 1000)


def test_kinds_print_as_words_and_roc_dates() -> None:
    case = Case()
    case.applicant.birth_date = date(1984, 9, 2)
    case.business.had_business = False
    case.history.previous_negotiation = PreviousNegotiation.FAILED
    assert case_field_text(case, "applicant.birth_date", paper=True) == "73/09/02"
    assert field_text("filing_date", datetime(2026, 3, 2, 9, 30)) == "115/03/02"
    assert case_field_text(case, "business.had_business", "zh-TW") == "否"
    assert case_field_text(case, "business.had_business", "en") == "No"
    assert case_field_text(case, "history.previous_negotiation", "zh-TW") == "曾申請，協商不成立"
    assert case_field_text(case, "history.previous_negotiation", "en") == "Applied; it failed"
    assert field_text("route", None) == ""
    # The review says what an empty value means: the field's own words, or "not entered" / "not answered".
    assert review_text(case, "applicant.mailing_address", "en") == "same as the registered address"
    assert review_text(case, "applicant.name", "zh-TW") == "尚未填寫"
    assert review_text(case, "history.agreement_difficulty_not_attributable", "en") == "not answered"
    assert field_spec("applicant.residence_county").editor == "county"


def test_a_county_is_named_in_the_language_on_screen_and_officially_on_paper() -> None:
    path = "applicant.residence_county"
    assert field_text(path, "新北市", "en") == "New Taipei City"
    assert field_text(path, "新北市", "zh-TW") == "新北市"
    assert field_text(path, "新北市", "en", paper=True) == "新北市"
    assert field_text(path, "not a county", "en") == "not a county"  # kept as typed, never dropped

"""Loading and saving case documents: round trips, migrations, and clear errors for junk."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtassist.examples import EXAMPLES, example_text
from debtassist.i18n import langs
from debtassist.model.case import (
    SCHEMA_VERSION,
    Case,
    Creditor,
    CreditorKind,
    ExpenseCategory,
    IncomeKind,
    Route,
)
from debtassist.model.codec import (
    CaseLoadError,
    case_from_document,
    case_from_json,
    case_to_json,
    load_case_file,
)
from debtassist.model.limits import MAX_AMOUNT
from debtassist.model.schema import schema_text

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "resources" / "schema" / "case.schema.json"
FIXTURES = Path(__file__).parent / "fixtures"


def test_committed_schema_matches_model() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "run: python -m debtassist.model.schema"


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_validate_against_schema_and_round_trip(name: str) -> None:
    text = example_text(name)
    jsonschema.validate(
        json.loads(text), json.loads(schema_text()), format_checker=jsonschema.FormatChecker()
    )
    case, steps = case_from_json(text)
    assert steps == []
    assert case_to_json(case) == text


def test_empty_case_is_a_valid_document() -> None:
    case, _ = case_from_json('{"schema_version": 1}')
    assert case.route is None and case.creditors == [] and case.applicant.name == ""


def test_version_0_document_is_migrated() -> None:
    case, steps = load_case_file(FIXTURES / "case-v0.json")
    assert steps == [0, 1]
    assert case.schema_version == SCHEMA_VERSION
    assert case.applicant.name == "張雅婷"
    assert case.applicant.national_id == "A123456789"
    assert [c.principal for c in case.creditors] == [152000, 48000]
    assert case.creditors[0].kind is CreditorKind.BANK
    assert case.route is Route.BANK_NEGOTIATION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "not_json"),
        ("{", "not_json"),
        ('{"schema_version": 1', "not_json"),
        (b"\xff\xfe\x00", "not_json"),
        ("[]", "not_a_case"),
        ("42", "not_a_case"),
        ('{"name": "x"}', "not_a_case"),
        ('{"schema_version": "1"}', "not_a_case"),
        ('{"schema_version": true}', "not_a_case"),
        ('{"schema_version": -1}', "not_a_case"),
        ('{"schema_version": 99}', "newer_schema"),
        ('{"schema_version": 1, "creditors": {}}', "invalid"),
        ('{"schema_version": 1, "filing_date": "2026-02-30"}', "invalid"),
        ('{"schema_version": 1, "filing_date": 20260101}', "invalid"),
        ('{"schema_version": 1, "creditors": [{"principal": 12.5}]}', "invalid"),
        ('{"schema_version": 1, "creditors": [{"principal": "12,000"}]}', "invalid"),
        ('{"schema_version": 1, "route": "bankruptcy"}', "invalid"),
        ('{"schema_version": 1, "surprise": 1}', "invalid"),
        ('{"schema_version": 0, "creditors": 5}', "not_a_case"),
        ('{"schema_version": 1, "notes": ' + "9" * 5000 + "}", "not_json"),
    ],
)
def test_bad_documents_get_a_clear_error(text: str | bytes, kind: str) -> None:
    with pytest.raises(CaseLoadError) as caught:
        case_from_json(text)
    assert caught.value.kind == kind
    for lang in langs():
        message = caught.value.message(lang)
        assert message and "Traceback" not in message


def test_invalid_document_lists_every_path_in_both_languages() -> None:
    text = json.dumps(
        {"schema_version": 1, "filing_date": "soon", "creditors": [{"principal": 1.5, "kind": "friend"}]}
    )
    with pytest.raises(CaseLoadError) as caught:
        case_from_json(text)
    zh, en = caught.value.message("zh-TW"), caught.value.message("en")
    for path in ("filing_date", "creditors[0].principal", "creditors[0].kind"):
        assert path in zh and path in en
    assert "整數" in zh and "whole number" in en


def test_newer_schema_message_names_both_versions() -> None:
    with pytest.raises(CaseLoadError) as caught:
        case_from_json('{"schema_version": 7}')
    assert "7" in caught.value.message("en") and str(SCHEMA_VERSION) in caught.value.message("en")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CaseLoadError) as caught:
        load_case_file(tmp_path / "nope.json")
    assert caught.value.kind == "not_found"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=400)
@given(json_values)
def test_loader_fed_any_json_value_raises_only_case_load_error(value: object) -> None:
    with contextlib.suppress(CaseLoadError):
        case_from_document(value)


@settings(max_examples=400)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_loader_fed_junk_bytes_raises_only_case_load_error(data: bytes) -> None:
    with contextlib.suppress(CaseLoadError):
        case_from_json(data)


case_keys = st.sampled_from(
    [
        "schema_version",
        "route",
        "filing_date",
        "applicant",
        "creditors",
        "dependents",
        "assets",
        "meta",
        "notes",
    ]
)


@settings(max_examples=300)
@given(st.dictionaries(case_keys, json_values, max_size=6))
def test_loader_fed_case_shaped_junk_raises_only_case_load_error(doc: dict[str, object]) -> None:
    doc.setdefault("schema_version", 1)
    with contextlib.suppress(CaseLoadError):
        case_from_document(doc)


text_fields = st.text(max_size=60)
money = st.none() | st.integers(min_value=0, max_value=MAX_AMOUNT)  # beyond it: a load error


@settings(max_examples=200)
@given(name=text_fields, address=text_fields, notes=text_fields, principal=money, interest=money)
def test_json_round_trip_keeps_every_character(
    name: str, address: str, notes: str, principal: int | None, interest: int | None
) -> None:
    case = Case(
        notes=notes,
        creditors=[Creditor(name=name, address=address, principal=principal, interest_fees=interest)],
    )
    case.applicant.name = name
    again, _ = case_from_json(case_to_json(case))
    assert again == case


def test_version_1_document_is_migrated_without_losing_words() -> None:
    case, steps = load_case_file(FIXTURES / "case-v1.json")
    assert steps == [1]
    assert case.schema_version == SCHEMA_VERSION == 2
    records = case.income.records
    # Calendar years become two-year-window periods (January to December of that year).
    assert [(r.period_from, r.period_to) for r in records[:3]] == [
        (date(2024, 1, 1), date(2024, 12, 31)),
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2025, 1, 1), date(2025, 12, 31)),
    ]
    assert [r.amount for r in records] == [298000, 312000, 37, None]
    assert [(r.kind, r.kind_detail) for r in records] == [
        (IncomeKind.SALARY, ""),
        (IncomeKind.SALARY, ""),
        (IncomeKind.OTHER, "利息"),  # not in the vocabulary: "other" with the user's word
        (None, ""),
    ]
    monthly = case.income.monthly
    assert [(m.kind, m.kind_detail) for m in monthly] == [
        (IncomeKind.SALARY, ""),
        (IncomeKind.SALARY, "兼職打工"),  # mapped, and the words kept
    ]
    items = case.expenses.items
    assert [(e.category, e.category_detail) for e in items] == [
        (ExpenseCategory.RENT, ""),
        (ExpenseCategory.FOOD, ""),
        (ExpenseCategory.UTILITIES, "水電費"),
        (ExpenseCategory.TRANSPORT, "通勤費"),
        (ExpenseCategory.HEALTH_INSURANCE, ""),
        (ExpenseCategory.PHONE, "電話費"),
        (ExpenseCategory.OTHER, "寵物飼料"),
        (ExpenseCategory.SUPPORT, ""),
    ]
    assert [e.note for e in items][:4] == ["鳳山區套房", "", "", "機車油資"]
    # Everything else is as it was, and the new parts have their defaults.
    assert case.applicant.name and case.creditors
    assert case.plan.phases == [] and case.bank_offer.monthly is None and case.living_expense_year is None
    # Saved again, the document is a current one and reads back unchanged.
    text = case_to_json(case)
    again, steps = case_from_json(text)
    assert steps == [] and again == case


def test_version_1_year_that_is_no_period_is_kept_in_the_source() -> None:
    doc = {
        "schema_version": 1,
        "income": {"records": [{"year": 99, "kind": "薪資", "source": "A", "amount": 1}]},
    }
    case, _ = case_from_document(doc)
    record = case.income.records[0]
    assert record.period_from is None and "99" in record.source and record.source.startswith("A")


@given(st.text(max_size=40), st.text(max_size=40))
def test_version_1_free_text_is_never_lost(kind: str, category: str) -> None:
    doc = {
        "schema_version": 1,
        "income": {"records": [{"year": 2025, "kind": kind}], "monthly": [{"kind": kind}]},
        "expenses": {"items": [{"category": category}]},
    }
    case, steps = case_from_document(doc)
    assert steps == [1]
    for record in (case.income.records[0], case.income.monthly[0]):
        if kind.strip():
            assert record.kind is not None
            # Either the text was exactly a label of the vocabulary, or it is kept word for word.
            assert record.kind_detail == kind or (record.kind_detail == "" and kind.strip() in LABELS_V1)
        else:
            assert record.kind is None
    item = case.expenses.items[0]
    if category.strip():
        assert item.category is not None
        assert item.category_detail == category or (
            item.category_detail == "" and category.strip() in LABELS_V1
        )
    else:
        assert item.category is None


LABELS_V1 = {
    "薪資", "執行業務", "租賃", "補助", "租金", "其他",
    "房租", "餐費", "水電瓦斯費", "電話網路費", "交通費", "健保費", "保險費", "醫療費", "教育費", "管理費",
    "扶養費", "雜支",
}  # fmt: skip

"""The part layer (debtassist.model.part): the walk that names every problem agrees with msgspec's own
validation, a field put through ``checked`` holds only what the declaration allows, and a part's copy and
document behave as the store and the window rely on."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtassist.examples import EXAMPLES, example_text
from debtassist.i18n import langs
from debtassist.model.case import Case, Creditor, CreditorKind, Route
from debtassist.model.codec import CaseLoadError, case_from_document, case_from_json
from debtassist.model.limits import MAX_AMOUNT
from debtassist.model.part import fields_of, problems
from debtassist.rules.fields import set_value

EXAMPLE = json.loads(example_text(EXAMPLES[0]))

# JSON values of every type, and a few that are right for some field somewhere.
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**13), max_value=10**13),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "2026-02-30", "2026-03-02", "1700-01-01", "bank", "rehabilitation", "甲", "1/2"]),
)
JSON = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["name", "x", "1"]), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place of a document where a value sits (the root excluded)."""
    found = []
    items = (
        document.items()
        if isinstance(document, dict)
        else enumerate(document)
        if isinstance(document, list)
        else ()
    )
    for key, value in items:
        found.append((*prefix, key))
        found.extend(_paths(value, (*prefix, key)))
    return found


def _put(document: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        document = document[key]
    document[path[-1]] = value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_walk_finds_a_problem_exactly_when_msgspec_refuses(data: st.DataObject) -> None:
    document = json.loads(json.dumps(EXAMPLE))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(_paths(document)))
        _put(document, path, data.draw(JSON))
    try:
        msgspec.convert(document, Case, strict=True)
        valid = True
    except msgspec.ValidationError:
        valid = False
    assert (problems(document, Case) == []) is valid


def test_every_problem_of_a_document_is_named_not_only_the_first() -> None:
    document = json.loads(json.dumps(EXAMPLE))
    document["filing_date"] = 20260101
    document["creditors"][0]["principal"] = "12,000"
    document["creditors"][1]["kind"] = "loan shark"
    document["applicant"]["nickname"] = "阿明"
    document["discharge_answers"] = {"3": {"answer": "yes"}}
    document["assets"] = {}
    with pytest.raises(CaseLoadError) as caught:
        case_from_document(document)
    found = {path: reason for path, reason, _params in caught.value.problems}
    assert found == {
        "filing_date": "load.reason.date",
        "creditors[0].principal": "load.reason.int_type",
        "creditors[1].kind": "load.reason.enum",
        "applicant.nickname": "load.reason.extra_forbidden",
        "discharge_answers.3.answer": "load.reason.bool_type",
        "assets": "load.reason.list_type",
    }
    text = caught.value.message("zh-TW")
    assert "creditors[1].kind" in text and "bank" in text  # the allowed values are listed


def test_an_amount_beyond_the_bound_and_a_date_out_of_range_are_named() -> None:
    document = {
        "schema_version": 2,
        "creditors": [{"principal": MAX_AMOUNT + 1}],
        "filing_date": "1700-01-01",
    }
    with pytest.raises(CaseLoadError) as caught:
        case_from_document(document)
    assert {(p, r) for p, r, _ in caught.value.problems} == {
        ("creditors[0].principal", "robust.reason.amount_out_of_range"),
        ("filing_date", "fuzz.reason.date_out_of_range"),
    }


def test_a_field_holds_only_what_its_declaration_allows() -> None:
    case = Case()
    set_value(case, "route", "rehabilitation")
    assert case.route is Route.REHABILITATION and case.route.is_court  # stored as the enum, not the text
    set_value(case, "filing_date", date(2026, 3, 2))
    for path, value in [
        ("route", "somewhere"),
        ("filing_date", date(1700, 1, 1)),
        ("filing_date", 20260302),
        ("applicant.name", 5),
        ("plan.interval_months", True),
        ("plan.interval_months", 1.5),
    ]:
        before = msgspec.json.encode(case)
        with pytest.raises(ValueError):
            set_value(case, path, value)
        assert msgspec.json.encode(case) == before, path  # nothing stored
    creditor = Creditor()
    with pytest.raises(ValueError):
        set_value(creditor, "principal", MAX_AMOUNT + 1)
    set_value(creditor, "principal", -MAX_AMOUNT)
    set_value(creditor, "kind", CreditorKind.AMC)
    assert creditor.principal == -MAX_AMOUNT and creditor.kind is CreditorKind.AMC


def test_a_part_made_in_code_refuses_a_date_out_of_range() -> None:
    with pytest.raises(ValueError):
        Case(filing_date=date(1799, 12, 31))
    assert Case(filing_date=date(1800, 1, 1)).filing_date == date(1800, 1, 1)


def test_copies_and_documents() -> None:
    case, _ = case_from_document(json.loads(json.dumps(EXAMPLE)))
    deep = case.clone()
    assert deep == case and deep.creditors[0] is not case.creditors[0]
    shallow = case.replace(notes="changed")
    assert shallow.notes == "changed" and case.notes != "changed" and shallow.creditors is case.creditors
    document = case.to_document(exclude={"case_id": (), "meta": {"updated", "app_version"}})
    assert "case_id" not in document and "updated" not in document["meta"] and "created" in document["meta"]
    assert list(document) == [name for name in fields_of(Case) if name != "case_id"]  # declaration order
    assert case.to_document() == EXAMPLE


def test_a_lone_surrogate_is_named_with_its_path_not_a_crash() -> None:
    # A hand-edited file may hold "\ud800" (JSON allows the escape). Where msgspec needs the string's UTF-8 (an
    # enum, a date, a flag, an unknown key) it raised UnicodeEncodeError out of the loader (found by the
    # old-against-new differential fuzz); in a text field it loaded, and then the packet could not be built
    # (UnicodeEncodeError) nor the case saved. Every such place is named, and nothing loads.
    document = json.loads(json.dumps(EXAMPLE))
    document["notes"] = "備註\ud800"
    document["route"] = "\ud800"
    document["filing_date"] = "2026-01-0\udc00"
    document["creditors"][0]["secured"] = "\ud800"
    document["applicant"]["\ud800"] = 1
    document["discharge_answers"] = {"\udc01": {"answer": True}}
    with pytest.raises(CaseLoadError) as caught:
        case_from_document(document)
    assert [(p, r) for p, r, _ in caught.value.problems] == [
        ("route", "load.reason.enum"),
        ("filing_date", "load.reason.date"),
        ("applicant.\\ud800", "load.reason.extra_forbidden"),  # the path shows the escape, not the character
        ("creditors[0].secured", "load.reason.bool_type"),
        ("discharge_answers.\\udc01", "load.reason.not_text"),
        ("notes", "load.reason.not_text"),
    ]
    for lang in ("zh-TW", "en"):
        caught.value.message(lang).encode("utf-8")  # the message itself can be shown
    text = json.dumps({**EXAMPLE, "notes": "備註😀"})  # written \\ud83d\\ude00: a pair is one character, text
    assert "\\ud83d\\ude00" in text and case_from_json(text)[0].notes == "備註😀"
    case = Case()
    for path in ("route", "filing_date", "creditors", "notes", "applicant.name"):
        with pytest.raises(ValueError):
            set_value(case, path, "\ud800")


def test_a_date_time_that_is_not_one_is_named_as_a_date_time() -> None:
    # meta.created/updated hold a date and a time: "must be a date written YYYY-MM-DD" sent the user to write
    # "2026-12-02" there, which does not load either (pydantic took it; msgspec does not).
    document = {
        "schema_version": 2,
        "meta": {"created": "2026-12-02", "updated": 5},
        "filing_date": "2026-12-02T00:00",
    }
    with pytest.raises(CaseLoadError) as caught:
        case_from_document(document)
    assert [(p, r) for p, r, _ in caught.value.problems] == [
        ("meta.created", "load.reason.datetime"),
        ("meta.updated", "load.reason.datetime"),
        ("filing_date", "load.reason.date"),
    ]
    for lang in langs():
        assert "load.reason" not in caught.value.message(lang)  # worded in every language
    assert "2026-12-02T00:42:08Z" in caught.value.message("en")
    document["meta"] = {"created": "2026-12-02T00:42:08Z", "updated": "2026-12-02T08:42:08.5+08:00"}
    document["filing_date"] = "2026-12-02"
    assert case_from_document(document)[0].meta.created is not None

"""Generated adversarial case documents (versions 0, 1 and 2), shared by ``tests/test_fuzz.py`` (a bounded run)
and ``scripts/fuzz_cli.py`` (the longer run by hand).

A document is a real case (an example, or the version-0/1 fixtures) with a few of its fields — mostly in the
sections added with schema 2 — replaced by hostile values: wrong types, amounts at and beyond the bounds,
absurd plan terms, dates far away or malformed, reversed periods, deep nesting, long strings, control and
bidirectional characters, unknown enum values, duplicate ids.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from debtassist.examples import EXAMPLES, example_text
from debtassist.model.limits import MAX_AMOUNT

FIXTURES = Path(__file__).parent / "model" / "fixtures"
BASES: list[dict[str, Any]] = [json.loads(example_text(name)) for name in EXAMPLES] + [
    json.loads((FIXTURES / f"case-v{v}.json").read_text(encoding="utf-8")) for v in (0, 1)
]

NASTY_CHARS = (
    "\x00\x07\x1b\x7f\x85\x9b\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
nasty_text = st.text(
    alphabet=st.sampled_from(NASTY_CHARS + "債王a1 \n[]{}\"\\'%{x}"), max_size=40
) | st.sampled_from(
    ["", "債" * 20_000, "\u202e" * 500 + "\x1b[2J", "{name}", "%s%n", "A123456789", "0912-345-678"]
)
ints = (
    st.sampled_from(
        [
            0,
            -1,
            1,
            7,
            12,
            13,
            31,
            32,
            72,
            96,
            97,
            10**9,
            -(10**9),
            MAX_AMOUNT,
            MAX_AMOUNT + 1,
            -MAX_AMOUNT,
            10**30,
        ]
    )
    | st.integers()
)
dates = st.sampled_from(
    ["0001-01-01", "1799-12-31", "1800-01-01", "1911-12-31", "1912-01-01", "2999-12-31", "3000-01-01",
     "9999-12-31", "2026-02-30", "2026-13-01",
     "26-1-1", "115/03/02", "", "2026-03-01T10:00:00", "2026-03-01"]
)  # fmt: skip
wrong: st.SearchStrategy[Any] = st.sampled_from(
    [None, True, 1.5, float("inf"), [], {}, [1, [2, [3]]], {"a": {"b": {}}}, "x", -0.0]
)
anything = st.one_of(nasty_text, ints, dates, wrong)

STAGES = ["sent", "under_way", "agreement", "failed", "court_filing", "court_order", "creditor_table", "date",
          "plan_approved", "liquidation_opened", "discharge", "exploded", ""]  # fmt: skip
ROUTES = [
    None,
    "bank_negotiation",
    "court_mediation",
    "township_mediation",
    "rehabilitation",
    "liquidation",
    "x",
]


@st.composite
def event(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "kind": draw(st.sampled_from(STAGES)),
        "date": draw(dates),
        "deadline": draw(dates),
    }
    doc["id"] = draw(st.sampled_from(["dup", "dup2", ""]) | nasty_text)
    doc["procedure"] = draw(st.sampled_from(ROUTES))
    for key in ("body", "reference", "note"):
        doc[key] = draw(nasty_text)
    if draw(st.booleans()):
        doc[draw(st.sampled_from(["kind", "date", "id", "extra"]))] = draw(anything)
    return doc


@st.composite
def phase(draw: st.DrawFn) -> Any:
    return draw(st.fixed_dictionaries({"instalments": ints, "amount": ints}) | anything)


@st.composite
def income_record(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "period_from": draw(dates),
        "period_to": draw(dates),
        "kind": draw(st.sampled_from(["salary", "other", "unknown", None])),
        "kind_detail": draw(nasty_text),
        "source": draw(nasty_text),
        "amount": draw(ints | wrong),
        "monthly_average": draw(ints),
    }


def _section_changes() -> st.SearchStrategy[tuple[str, Any]]:
    """(dotted path, new value) for one field."""
    person = st.fixed_dictionaries({k: nasty_text for k in ("name", "address", "phone", "role")}) | anything
    return st.one_of(
        st.tuples(st.just("plan.phases"), st.lists(phase(), max_size=4) | anything),
        st.tuples(
            st.sampled_from(
                [
                    "plan.interval_months",
                    "plan.term_months",
                    "plan.yearly_extra",
                    "plan.yearly_extra_month",
                    "plan.payment_day",
                    "bank_offer.months",
                    "bank_offer.monthly",
                    "living_expense_year",
                ]
            ),
            ints | wrong,
        ),
        st.tuples(st.sampled_from(["plan.start", "plan.payee", "plan.art53_exception", "route"]), nasty_text),
        st.tuples(
            st.sampled_from(["bank_offer.annual_rate_percent", "bank_offer.offered_by"]),
            st.sampled_from(["1e999", "nan", "inf", "-100", "2.5", "99999999999999999999", "0x10", "½"])
            | nasty_text,
        ),
        st.tuples(st.sampled_from(["bank_offer.offered_on", "filing_date", "applicant.birth_date"]), dates),
        st.tuples(st.just("lifecycle.events"), st.lists(event(), max_size=6) | anything),
        st.tuples(
            st.sampled_from(
                [
                    "lifecycle.label",
                    "lifecycle.desk_note",
                    "filing.hardship",
                    "filing.preparer",
                    "history.prior_step_body",
                    "history.prior_step_case_number",
                    "notes",
                    "applicant.name",
                ]
            ),
            nasty_text,
        ),
        st.tuples(
            st.sampled_from(["filing.agent", "filing.legal_representative", "filing.service_recipient"]),
            person,
        ),
        st.tuples(
            st.just("filing.home_loan_choice"), st.sampled_from(["include", "keep_contract", "x", None])
        ),
        st.tuples(
            st.just("history.prior_step"), st.sampled_from(["none", "court_mediation", "magic", None, 3])
        ),
        st.tuples(st.just("history.prior_step_date"), dates),
        st.tuples(st.just("history.negotiated_2006"), anything),
        st.tuples(
            st.just("discharge_answers"),
            st.dictionaries(
                st.sampled_from(["1", "8", "9", "", "\u202e"]),
                st.fixed_dictionaries(
                    {"answer": st.sampled_from([True, False, None, 1]), "explanation": nasty_text}
                )
                | anything,
                max_size=4,
            )
            | anything,
        ),
        st.tuples(st.just("income.records"), st.lists(income_record(), max_size=4) | anything),
        st.tuples(
            st.sampled_from(["plan", "bank_offer", "lifecycle", "filing", "history", "income"]), anything
        ),
        st.tuples(st.just("notes"), st.integers(1, 80).map(lambda n: "@DEEP" + str(n))),
    )


ok_dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2999, 12, 31)).map(
    date.isoformat
) | st.sampled_from(["1800-01-01", "1911-12-31", "2999-12-31", "2026-02-28", "2024-02-29"])
ok_ints = st.sampled_from([0, -1, 1, 12, 72, 96, 97, 10**9, -(10**9), 2**31, 2**63]) | st.integers(
    -1000, 10**6
)
ok_money = st.sampled_from([None, 0, -1, 1, MAX_AMOUNT, -MAX_AMOUNT, 10**9]) | st.integers(
    -MAX_AMOUNT, MAX_AMOUNT
)


@st.composite
def ok_event(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "id": draw(st.sampled_from(["dup", "dup2"]) | st.text(max_size=8)),
        "kind": draw(st.sampled_from(STAGES[:-2])),
        "date": draw(st.none() | ok_dates),
        "deadline": draw(st.none() | ok_dates),
        "procedure": draw(st.sampled_from(ROUTES[:-1])),
        "body": draw(nasty_text),
        "reference": draw(nasty_text),
        "note": draw(nasty_text),
    }


def _valid_changes() -> st.SearchStrategy[tuple[str, Any]]:
    """Changes that still load (right types, within the bounds) but are extreme: what the rules must bear."""
    ok_phase = st.fixed_dictionaries({"instalments": st.none() | ok_ints, "amount": ok_money})
    ok_record = st.fixed_dictionaries(
        {
            "period_from": st.none() | ok_dates,
            "period_to": st.none() | ok_dates,
            "kind": st.sampled_from(["salary", "other", "rent", None]),
            "kind_detail": nasty_text,
            "source": nasty_text,
            "amount": ok_money,
            "monthly_average": ok_money,
        }
    )
    return st.one_of(
        st.tuples(st.just("plan.phases"), st.lists(ok_phase, max_size=5)),
        st.tuples(
            st.sampled_from(
                ["plan.interval_months", "plan.term_months", "plan.yearly_extra_month", "plan.payment_day",
                 "bank_offer.months", "living_expense_year"]
            ),
            ok_ints,
        ),
        st.tuples(st.sampled_from(["plan.yearly_extra", "bank_offer.monthly"]), ok_money),
        st.tuples(st.just("plan.payee"), st.sampled_from(["direct", "via_largest", None])),
        st.tuples(st.just("plan.art53_exception"), st.sampled_from(["home_loan_clause", "reach_minimums", None])),
        st.tuples(st.just("route"), st.sampled_from(ROUTES[:-1])),
        st.tuples(
            st.just("bank_offer.annual_rate_percent"),
            st.sampled_from(["1e999", "nan", "inf", "-100", "2.5", "99999999999999999999", "0x10", "½", "1e-999"]),
        ),
        st.tuples(st.sampled_from(["bank_offer.offered_on", "filing_date", "applicant.birth_date",
                                   "history.prior_step_date", "history.mediation_failed_date"]), ok_dates),
        st.tuples(st.just("lifecycle.events"), st.lists(ok_event(), max_size=8)),
        st.tuples(st.just("income.records"), st.lists(ok_record, max_size=6)),
        st.tuples(st.just("history.prior_step"), st.sampled_from(["none", "court_mediation", "bank_negotiation"])),
        st.tuples(st.sampled_from(["lifecycle.label", "filing.hardship", "applicant.name", "notes"]), nasty_text),
    )  # fmt: skip


def apply(doc: dict[str, Any], path: str, value: Any) -> None:
    node: Any = doc
    *parents, last = path.split(".")
    for part in parents:
        if not isinstance(node, dict):
            return
        node = node.setdefault(part, {})
    if isinstance(node, dict):
        node[last] = value


def to_text(doc: dict[str, Any]) -> str:
    text = json.dumps(doc, ensure_ascii=False, allow_nan=True)
    if '"@DEEP' in text:  # nesting: a list nested n deep in place of the notes
        start = text.index('"@DEEP')
        end = text.index('"', start + 1)
        depth = int(text[start + 6 : end])
        text = text[:start] + "[" * depth + "]" * depth + text[end + 1 :]
    return text


@st.composite
def case_text(draw: st.DrawFn) -> str:
    """JSON text of an adversarial case document of version 0, 1 or 2."""
    doc: dict[str, Any] = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    changes = _valid_changes() if draw(st.integers(0, 2)) else _section_changes()
    for path, value in draw(st.lists(changes, min_size=1, max_size=4)):
        apply(doc, path, value)
    return to_text(doc)

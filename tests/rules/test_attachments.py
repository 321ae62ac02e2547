"""The attachment checklist against domain §5: items per route, conditional items, "issued within one month"
windows checked against the filing date, and the number of copies (Art. 151 II: one per creditor)."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtassist.i18n import langs
from debtassist.model.case import (
    Applicant,
    Asset,
    AssetKind,
    AttachmentState,
    AttachmentStatus,
    Business,
    BusinessPeriod,
    Case,
    Creditor,
    CreditorKind,
    Dependent,
    Enforcement,
    Income,
    IncomeKind,
    MonthlyIncome,
    Route,
)
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.attachments import AttachmentCheck, attachment_checklist, months_before
from debtassist.rules.check import CheckReport, check_case
from debtassist.rules.explain import Severity
from tests.rules.personas import TODAY, base_case, have, taipei_single

TABLE = load_living_expense_table(None)
FILED = date(2026, 11, 20)  # before "today" (2026-11-29), so issue dates up to today are not in the future


def plain_case(route: Route, filing: date = FILED) -> Case:
    """No salary, dependents, business, enforcement, securities, insurance or cash income: only the items every
    case of the route needs."""
    return base_case(
        route,
        filing,
        Applicant(name="測試", residence_county="臺北市"),
        income=Income(monthly=[MonthlyIncome(kind=IncomeKind.SUBSIDY, amount=10_000)]),
        creditors=[Creditor(kind=CreditorKind.BANK, name="甲銀行", address="臺北市", principal=100_000)],
    )


def levels(case: Case) -> dict[str, str]:
    return {a.id: a.level for a in attachment_checklist(case)}


def item(case: Case, item_id: str) -> AttachmentCheck:
    return next(a for a in attachment_checklist(case) if a.id == item_id)


def check(case: Case) -> CheckReport:
    return check_case(case, TABLE, TODAY)


# --- items per route (domain §5) ----------------------------------------------------------------------------------

COURT_MEDIATION = {
    "id_card": "on_request",  # may be requested [P]
    "jcic_list": "required",  # issued <= 1 month [P]
    "property_list": "required",  # issued <= 1 month [P]
    "labour_insurance": "on_request",
    "welfare_certificates": "if_applicable",
}
COURT_PROCEDURE = {
    "id_card": "required",
    "jcic_list": "recommended",  # "commonly"
    "income_list": "required",  # debtor and dependents
    "property_list": "required",
    "labour_insurance": "required",
    "welfare_certificates": "if_applicable",
    "household_transcript": "recommended",
    "pension_nhi_records": "recommended",
    "passbooks": "recommended",
    "residence_proof": "recommended",
    "subsidy_proof": "recommended",  # the plain case's income is a subsidy (補助)
}
EXPECTED = {
    Route.BANK_NEGOTIATION: {
        "id_card": "required",
        "jcic_list": "required",
        "income_list": "required",
        "property_list": "required",
        "labour_insurance": "required",
    },
    Route.COURT_MEDIATION: COURT_MEDIATION,
    Route.TOWNSHIP_MEDIATION: COURT_MEDIATION,  # follows court mediation [U]
    Route.REHABILITATION: COURT_PROCEDURE,
    Route.LIQUIDATION: COURT_PROCEDURE,
}


@pytest.mark.parametrize("route", list(Route))
def test_items_per_route(route: Route) -> None:
    checklist = attachment_checklist(plain_case(route))
    assert {a.id: a.level for a in checklist} == EXPECTED[route]
    for a in checklist:
        assert a.required is (a.level == "required")
        assert a.problem == "missing"  # nothing obtained yet


def test_no_route_no_checklist() -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    case.route = None
    assert attachment_checklist(case) == []


def test_salary_proof_level_by_route() -> None:
    expected = {
        Route.BANK_NEGOTIATION: "required",
        Route.COURT_MEDIATION: "on_request",
        Route.TOWNSHIP_MEDIATION: "on_request",
        Route.REHABILITATION: "required",
        Route.LIQUIDATION: "required",
    }
    for route, level in expected.items():
        case = plain_case(route)
        case.applicant.employer = "某公司"
        assert levels(case)["salary_proof"] == level, route


# --- conditional items ----------------------------------------------------------------------------------------------


def add_dependent(case: Case) -> None:
    case.dependents = [Dependent(name="子", support_share="1/2")]


def add_unsupported_dependent(case: Case) -> None:
    case.dependents = [Dependent(name="成年子女", supported=False)]


def add_business(case: Case) -> None:
    case.business = Business(
        had_business=True,
        periods=[BusinessPeriod(start=date(2024, 1, 1), end=date(2024, 12, 31), turnover=1)],
    )


def add_enforcement(case: Case) -> None:
    case.creditors[0].enforcement = Enforcement(
        pending=True, court="臺灣臺北地方法院", case_number="115司執1"
    )


def add_securities(case: Case) -> None:
    case.assets = [Asset(kind=AssetKind.SECURITIES, value=30_000)]


def add_insurance(case: Case) -> None:
    case.assets = [Asset(kind=AssetKind.INSURANCE, value=50_000)]


def add_other_assets(case: Case) -> None:
    case.assets = [Asset(kind=AssetKind.DEPOSIT, value=1), Asset(kind=AssetKind.VEHICLE, value=1)]


def add_cash_income(case: Case) -> None:
    # A cash-paid job: an income affidavit instead of salary slips.
    case.income.monthly.append(MonthlyIncome(kind=IncomeKind.SALARY, amount=20_000, paid_in_cash=True))


def add_salary_by_kind(case: Case) -> None:
    case.income.monthly.append(MonthlyIncome(kind=IncomeKind.SALARY, amount=30_000))


def add_salary_by_employer(case: Case) -> None:
    case.applicant.employer = "某公司"


@pytest.mark.parametrize(
    ("change", "added"),
    [
        (add_dependent, {"family_tree", "dependents_documents"}),
        (add_unsupported_dependent, set()),
        (add_business, {"business_tax"}),
        (add_enforcement, {"enforcement_documents"}),
        (add_securities, {"securities_holdings"}),
        (add_insurance, {"insurance_policies"}),
        (add_other_assets, set()),
        (add_cash_income, {"income_affidavit"}),
        (add_salary_by_kind, {"salary_proof"}),
        (add_salary_by_employer, {"salary_proof"}),
    ],
)
@pytest.mark.parametrize("route", [Route.REHABILITATION, Route.LIQUIDATION])
def test_conditional_items_appear_only_when_the_condition_holds(
    route: Route, change: Callable[[Case], None], added: set[str]
) -> None:
    case = plain_case(route)
    before = set(levels(case))
    assert not added & before
    change(case)
    assert set(levels(case)) == before | added


def test_dependents_documents_are_required_and_family_tree_recommended() -> None:
    case = plain_case(Route.REHABILITATION)
    add_dependent(case)
    found = levels(case)
    assert (found["dependents_documents"], found["family_tree"]) == ("required", "recommended")


def test_dependent_items_are_not_asked_on_the_bank_route() -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    add_dependent(case)
    add_cash_income(case)
    found = levels(case)
    assert "dependents_documents" not in found and "family_tree" not in found
    assert "income_affidavit" not in found  # domain §5 lists it for rehabilitation and liquidation only
    assert "salary_proof" not in found  # the only salary is paid in cash


# --- issue dates and the one-month window -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issued", "problem"),
    [
        (date(2026, 10, 20), None),  # exactly one month before filing on 2026-11-20
        (date(2026, 10, 19), "out_of_date"),  # one month and one day
        (date(2026, 11, 20), None),  # on the filing day
        (date(2026, 11, 21), "after_filing"),
        (None, "no_issue_date"),
    ],
)
def test_jcic_list_issued_within_one_month(issued: date | None, problem: str | None) -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    case.attachments["jcic_list"] = have(issued)
    checked = item(case, "jcic_list")
    assert checked.window_start == date(2026, 10, 20)
    assert checked.problem == problem
    findings = {f.code: f for f in check(case).findings if f.path == "attachments.jcic_list"}
    if problem is None:
        assert findings == {}
    else:
        finding = findings[f"ATTACHMENT_{problem.upper()}"]
        assert finding.severity is Severity.WARNING
        for lang in langs():
            assert finding.message(lang).strip()


def test_out_of_date_text_names_the_first_valid_day() -> None:
    case = plain_case(Route.COURT_MEDIATION)
    case.attachments["property_list"] = have(date(2026, 10, 19))
    checked = item(case, "property_list")
    assert checked.problem == "out_of_date"
    assert "115/10/20" in checked.problem_text("zh-TW")
    assert "115/10/20" in checked.problem_text("en")


@pytest.mark.parametrize(
    ("filing", "first_valid"),
    [
        (date(2026, 3, 31), date(2026, 2, 28)),  # 31 March -> end of February
        (date(2028, 3, 31), date(2028, 2, 29)),  # leap year
        (date(2024, 3, 30), date(2024, 2, 29)),
        (date(2026, 3, 28), date(2026, 2, 28)),
        (date(2026, 1, 15), date(2025, 12, 15)),  # across the year
        (date(2026, 5, 31), date(2026, 4, 30)),
    ],
)
def test_window_at_month_ends(filing: date, first_valid: date) -> None:
    case = plain_case(Route.BANK_NEGOTIATION, filing)
    case.attachments["property_list"] = have(first_valid)
    assert item(case, "property_list").problem is None
    case.attachments["property_list"] = have(date.fromordinal(first_valid.toordinal() - 1))
    assert item(case, "property_list").problem == "out_of_date"


def test_salary_proof_must_reach_the_month_before_filing() -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    add_salary_by_employer(case)
    case.attachments["salary_proof"] = have(date(2026, 10, 1))  # filing 2026-11-20: October or later
    checked = item(case, "salary_proof")
    assert (checked.window_start, checked.problem) == (date(2026, 10, 1), None)
    case.attachments["salary_proof"] = have(date(2026, 9, 30))
    assert item(case, "salary_proof").problem == "out_of_date"


def test_items_without_a_window_need_no_date() -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    case.attachments["id_card"] = have(None)
    case.attachments["income_list"] = have(date(2020, 1, 1))
    assert item(case, "id_card").problem is None
    assert item(case, "income_list").problem is None


def test_statuses() -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    case.attachments["id_card"] = AttachmentState(status=AttachmentStatus.REQUESTED)
    case.attachments["labour_insurance"] = AttachmentState(status=AttachmentStatus.NOT_APPLICABLE)
    assert item(case, "id_card").problem == "requested"
    not_applicable = item(case, "labour_insurance")
    assert (not_applicable.problem, not_applicable.required) == (None, False)
    report = check(case)
    marked = [f for f in report.findings if f.code == "ATTACHMENT_MARKED_NOT_APPLICABLE"]
    assert [(f.severity, f.path) for f in marked] == [(Severity.WARNING, "attachments.labour_insurance")]
    # Required items still missing: id_card (requested), jcic_list, income_list, property_list.
    summary = next(
        f for f in report.findings if f.code == "ATTACHMENTS_MISSING_BANK"
    )  # the bank route's words
    assert (summary.severity, summary.params["count"]) == (Severity.NOTE, 4)
    assert "銀行可能退回" in summary.message("zh-TW") and "法院" not in summary.message("zh-TW")
    assert [a.id for a in report.missing_attachments] == [
        "id_card",
        "jcic_list",
        "income_list",
        "property_list",
    ]


def test_stale_recommended_item_draws_no_finding() -> None:
    case = plain_case(Route.REHABILITATION)
    case.attachments["jcic_list"] = have(date(2026, 1, 1))
    assert item(case, "jcic_list").problem == "out_of_date"
    assert not [f for f in check(case).findings if f.path == "attachments.jcic_list"]


def test_all_have_and_in_date_leaves_nothing_missing() -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    for item_id in EXPECTED[Route.BANK_NEGOTIATION]:
        case.attachments[item_id] = have(date(2026, 11, 10))
    report = check(case)
    assert report.missing_attachments == []
    assert not [f for f in report.findings if f.code.startswith("ATTACHMENT")]


# --- months_before --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 12, 31), 1, date(2026, 11, 30)),
        (date(2026, 1, 31), 1, date(2025, 12, 31)),
        (date(2026, 8, 31), 6, date(2026, 2, 28)),
        (date(2028, 2, 29), 12, date(2027, 2, 28)),
        (date(2026, 5, 15), 0, date(2026, 5, 15)),
        (date(2026, 5, 15), 25, date(2024, 4, 15)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2200, 12, 31)), months=st.integers(0, 36))
def test_months_before_is_the_same_day_clamped_to_the_month_end(day: date, months: int) -> None:
    result = months_before(day, months)
    index = day.year * 12 + day.month - 1 - months
    assert (result.year, result.month) == (index // 12, index % 12 + 1)
    assert result.day == min(day.day, calendar.monthrange(result.year, result.month)[1])
    assert result <= day


# --- copies: the original plus one per creditor (Art. 151 II) ----------------------------------------------------


def creditors_named(*names: str) -> list[Creditor]:
    return [Creditor(kind=CreditorKind.BANK, name=n, address="臺北市", principal=1_000) for n in names]


@pytest.mark.parametrize(
    ("names", "copies"),
    [
        ((), 1),
        (("甲銀行",), 2),
        (("甲銀行", "乙銀行", "丙銀行"), 4),
        (("甲銀行", "甲銀行", "乙銀行"), 3),  # two debts at one bank: one creditor
        (("甲銀行", "", ""), 4),  # unnamed creditors are told apart by their ids
    ],
)
def test_copies_are_one_plus_the_distinct_creditors(names: tuple[str, ...], copies: int) -> None:
    case = plain_case(Route.REHABILITATION)
    case.creditors = creditors_named(*names)
    checklist = attachment_checklist(case)
    assert checklist and {a.copies for a in checklist} == {copies}


def test_copies_count_a_bank_once_however_it_is_spelled() -> None:
    """taipei_single owes 台新國際商業銀行 twice, once spelled 臺: three creditors, so four copies. The figures
    (largest creditor, postage) already treat the spellings as one creditor; the checklist must agree."""
    case = taipei_single()
    assert case.creditors[1].name == "台新國際商業銀行" and case.creditors[2].name == "臺新國際商業銀行"
    report = check(case)
    assert report.figures.largest_creditor.creditor_ids == ["c-ts1", "c-ts2"]
    assert {a.copies for a in report.attachments} == {4}


def test_checklist_json_in_both_languages() -> None:
    case = plain_case(Route.BANK_NEGOTIATION)
    case.attachments["jcic_list"] = have(date(2026, 10, 1))
    for lang in langs():
        rows = {row["id"]: row for row in (a.to_json(lang) for a in attachment_checklist(case))}
        jcic = rows["jcic_list"]
        assert (jcic["required"], jcic["problem"], jcic["copies"], jcic["source_tag"]) == (
            True,
            "out_of_date",
            2,
            "P",
        )
        assert jcic["title"] and jcic["obtain"] and jcic["problem_text"]

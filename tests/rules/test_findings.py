"""Findings: code, severity and path for what users type wrong, for route rules and for the Art. 64-2 figure."""

from __future__ import annotations

from datetime import date

import pytest

from debtassist.i18n import langs, tr
from debtassist.model.case import (
    Applicant,
    Asset,
    AssetKind,
    Business,
    BusinessPeriod,
    Case,
    Creditor,
    CreditorKind,
    DebtType,
    Dependent,
    ExpenseCategory,
    ExpenseItem,
    ExpenseMode,
    Expenses,
    Income,
    IncomeKind,
    MonthlyIncome,
    OwnDebtor,
    Route,
)
from debtassist.rules.check import CheckReport, check_case
from debtassist.rules.explain import Finding, Severity
from debtassist.rules.fields import set_value
from debtassist.rules.validators import InputError, check_national_id, parse_national_id
from tests.rules.personas import (
    TODAY,
    bad_id,
    base_case,
    kinmen,
    make_id,
    november_2026_table,
    taipei_2025,
    taipei_single,
)

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
TABLE = november_2026_table()  # see tests.rules.personas


def check(case: Case) -> CheckReport:
    return check_case(case, TABLE, TODAY)


def at(report: CheckReport, code: str) -> dict[str, Severity]:
    """Path -> severity of every finding with this code."""
    return {f.path: f.severity for f in report.findings if f.code == code}


def codes(report: CheckReport) -> set[str]:
    return {f.code for f in report.findings}


# --- required fields -----------------------------------------------------------------------------------------


def test_empty_case_errors() -> None:
    report = check(Case())
    assert sorted((f.code, f.path) for f in report.errors) == sorted(
        [
            ("REQUIRED", "route"),
            ("REQUIRED", "filing_date"),
            ("REQUIRED", "applicant.name"),
            ("REQUIRED", "applicant.national_id"),
            ("REQUIRED", "applicant.registered_address"),
            ("REQUIRED", "applicant.residence_county"),
            ("REQUIRED", "applicant.birth_date"),
            ("REQUIRED_PHONE", "applicant.phone"),
            ("NO_CREDITORS", "creditors"),
            ("BUSINESS_UNANSWERED", "business.had_business"),
        ]
    )
    assert {(f.code, f.path) for f in report.warnings} == {
        ("INCOME_MISSING", "income.monthly"),
        ("EXPENSE_MODE_UNCHOSEN", "expenses.mode"),
    }


def test_required_creditor_fields_and_address_by_route() -> None:
    case = taipei_single()
    case.creditors.append(Creditor(id="c-blank"))
    case.creditors.append(Creditor(kind=CreditorKind.PRIVATE, name="王先生", principal=1_000))
    report = check(case)
    required = at(report, "REQUIRED")
    assert required == {"creditors[4].name": E, "creditors[4].kind": E, "creditors[4].principal": E}
    # Bank route: a private creditor's missing address is a warning (the JCIC list covers the banks).
    assert at(report, "CREDITOR_ADDRESS_MISSING") == {"creditors[4].address": W, "creditors[5].address": W}
    case.route = Route.REHABILITATION
    case.venue = "臺灣臺北地方法院"
    report = check(case)
    assert at(report, "CREDITOR_ADDRESS_MISSING") == {"creditors[4].address": E, "creditors[5].address": E}


def test_findings_are_sorted_errors_first() -> None:
    report = check(Case())
    order = {E: 0, W: 1, N: 2}
    ranks = [order[f.severity] for f in report.findings]
    assert ranks == sorted(ranks)


# --- values ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first9",
    [
        "A12345678",  # citizen
        "Z24680135",  # citizen, letter Z = 33
        "A82345678",  # new resident certificate (8/9), same checksum
    ],
)
def test_valid_ids_draw_no_finding(first9: str) -> None:
    case = taipei_single()
    case.applicant.national_id = make_id(first9)
    assert not {c for c in codes(check(case)) if c.startswith("ID_")}


@pytest.mark.parametrize(
    ("national_id", "code"),
    [
        (bad_id("A12345678"), "ID_CHECKSUM"),
        ("A1234", "ID_FORMAT"),
        ("A323456789", "ID_GENDER_DIGIT"),
    ],
)
def test_bad_ids(national_id: str, code: str) -> None:
    case = taipei_single()
    case.applicant.national_id = national_id
    assert at(check(case), code) == {"applicant.national_id": E}


@pytest.mark.parametrize("national_id", [bad_id("A12345678"), "A1234", "A323456789"])
def test_a_wrong_id_is_worded_as_its_editor_says_it(national_id: str) -> None:
    """One text for each problem of an ID number: the applicant's finding (summary, review, cover, check) is the
    message under the editor word for word, and a dependent's says it after the dependent's name, as the
    household table does for the cell."""
    case = taipei_single()
    case.applicant.national_id = national_id
    case.dependents = [Dependent(name="小明", national_id=national_id, support_share="1/2")]
    report = check(case)
    problem = check_national_id(national_id)
    for lang in langs():
        editor_says = problem.message(lang)
        with pytest.raises(InputError) as table_says:
            parse_national_id(national_id)
        assert editor_says and table_says.value.message(lang) == editor_says
        found = [f for f in report.findings if f.path.endswith("national_id")]
        assert [f.path for f in found] == ["applicant.national_id", "dependents[0].national_id"]
        applicant, dependent = (f.message(lang) for f in found)
        assert applicant == editor_says
        assert editor_says in dependent and "小明" in dependent


def test_the_domain_id_example_checksum() -> None:
    # A123456789: A -> 1,0; 1x1 + 0x9 + 1x8 + 2x7 + 3x6 + 4x5 + 5x4 + 6x3 + 7x2 + 8x1 + 9x1 = 130, divisible by 10.
    assert make_id("A12345678") == "A123456789"


def test_dependent_id_is_a_warning() -> None:
    case = taipei_single()
    case.dependents = [Dependent(name="子", national_id=bad_id("A12345678"), support_share="1/2")]
    assert at(check(case), "DEPENDENT_ID_INVALID") == {"dependents[0].national_id": W}


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("applicant.phone", "2345-6789"),
        ("applicant.mobile", "0912-345-67"),
        ("filing.agent.phone", "+1 415 555 0100"),
        ("filing.service_recipient.phone", "02-2345-67890"),
    ],
)
def test_a_phone_number_that_cannot_be_a_taiwan_number_is_a_warning(path: str, number: str) -> None:
    case = taipei_single()
    set_value(case, path, number)
    report = check(case)
    assert at(report, "PHONE_INVALID") == {path: W}
    finding = next(f for f in report.findings if f.code == "PHONE_INVALID")
    for lang in langs():  # which field, what was typed, and what a number looks like
        text = finding.message(lang)
        assert tr(f"field.{path}", lang) in text and number in text
        assert "0912-345-678" in text and "02-2345-6789" in text and "#123" in text


def test_phone_numbers_as_people_type_them_draw_no_finding() -> None:
    case = taipei_single()
    case.applicant.phone = "（０２）２３４５－６７８９　分機１２"
    case.applicant.mobile = "+886 912 345 678"
    case.filing.legal_representative.phone = "04-2358-1234 ext. 45"
    case.filing.agent.phone = "037-123456"
    assert "PHONE_INVALID" not in codes(check(case))


def negative_case() -> Case:
    case = taipei_single()
    case.assets.append(Asset(kind=AssetKind.OTHER, value=-1))
    case.creditors[0].principal = -2
    case.creditors[1].secured = True
    case.creditors[1].secured_coverage = -3
    case.income.monthly.append(MonthlyIncome(kind=IncomeKind.SUBSIDY, amount=-4))
    case.expenses = Expenses(
        mode=ExpenseMode.ITEMIZED, items=[ExpenseItem(category=ExpenseCategory.FOOD, monthly=-5)]
    )
    case.dependents = [Dependent(name="子", support_share="1/2", monthly_amount=-6)]
    case.own_debtors = [OwnDebtor(name="李先生", address="臺北市", amount=-7)]
    case.business = Business(
        had_business=True,
        periods=[BusinessPeriod(start=date(2024, 1, 1), end=date(2024, 6, 30), turnover=-8)],
    )
    return case


def test_every_negative_amount_is_an_error_at_its_path() -> None:
    report = check(negative_case())
    assert at(report, "AMOUNT_NEGATIVE") == {
        "assets[2].value": E,
        "creditors[0].principal": E,
        "creditors[1].secured_coverage": E,
        "income.monthly[1].amount": E,
        "expenses.items[0].monthly": E,
        "dependents[0].monthly_amount": E,
        "own_debtors[0].amount": E,
        "business.periods[0].turnover": E,
    }


@pytest.mark.parametrize(
    ("path", "ceiling"),
    [
        ("income.monthly[0].amount", 2_000_000),
        ("creditors[0].principal", 100_000_000),
        ("assets[0].value", 1_000_000_000),
        ("expenses.items[0].monthly", 500_000),
        ("dependents[0].monthly_amount", 300_000),
    ],
)
def test_implausible_amount_is_a_warning_above_its_ceiling(path: str, ceiling: int) -> None:
    def with_value(value: int) -> Case:
        case = taipei_single()
        case.expenses = Expenses(
            mode=ExpenseMode.ITEMIZED, items=[ExpenseItem(category=ExpenseCategory.RENT, monthly=1)]
        )
        case.dependents = [Dependent(name="子", support_share="1/2", monthly_amount=1)]
        if path.startswith("income"):
            case.income.monthly[0].amount = value
        elif path.startswith("creditors"):
            case.creditors[0].principal = value
        elif path.startswith("assets"):
            case.assets[0].value = value
        elif path.startswith("expenses"):
            case.expenses.items[0].monthly = value
        else:
            case.dependents[0].monthly_amount = value
        return case

    assert path not in at(check(with_value(ceiling)), "AMOUNT_IMPLAUSIBLE")
    report = check(with_value(ceiling + 1))
    assert at(report, "AMOUNT_IMPLAUSIBLE")[path] is W
    assert path not in {f.path for f in report.errors}  # a warning, never a refusal


def test_dates_in_the_future_and_old_filing_dates() -> None:
    case = taipei_single()
    case.applicant.birth_date = date(2026, 11, 30)  # the day after "today"
    case.filing_date = date(2025, 11, 27)  # more than 366 days before 2026-11-29
    report = check(case)
    assert at(report, "DATE_IN_FUTURE") == {"applicant.birth_date": E}
    assert at(report, "FILING_DATE_OLD") == {"filing_date": W}
    case.filing_date = date(2025, 11, 28)  # exactly 366 days: not old yet
    assert "FILING_DATE_OLD" not in codes(check(case))


def test_unreadable_share_is_an_error() -> None:
    case = taipei_single()
    case.dependents = [Dependent(name="子", support_share="一半")]
    assert at(check(case), "SHARE_INVALID") == {"dependents[0].support_share": E}


# --- eligibility and route rules -----------------------------------------------------------------------------------


def test_not_consumer_is_an_error_on_every_route() -> None:
    for route in Route:
        case = taipei_single()
        case.route = route
        case.venue = "" if route is Route.BANK_NEGOTIATION else "臺灣臺北地方法院"
        case.business = Business(
            had_business=True,
            periods=[BusinessPeriod(start=date(2026, 1, 1), end=date(2026, 1, 31), turnover=200_001)],
        )
        assert at(check(case), "NOT_CONSUMER") == {"business.periods": E}, route


def test_business_questions() -> None:
    case = taipei_single()
    case.business = Business(had_business=None)
    assert at(check(case), "BUSINESS_UNANSWERED") == {"business.had_business": E}
    case.business = Business(had_business=True)
    assert at(check(case), "BUSINESS_PERIODS_MISSING") == {"business.periods": E}


def test_no_fi_debt_only_matters_on_the_bank_route() -> None:
    case = taipei_single()
    case.creditors = [
        Creditor(kind=CreditorKind.PRIVATE, name="王先生", address="臺北市", principal=10_000),
        Creditor(kind=CreditorKind.BANK, name="甲銀行", principal=10_000, debt_type=DebtType.GUARANTEE),
    ]
    assert at(check(case), "NO_FI_DEBT_BANK_ROUTE") == {"creditors": E}
    case.route = Route.COURT_MEDIATION
    assert "NO_FI_DEBT_BANK_ROUTE" not in codes(check(case))


@pytest.mark.parametrize(
    ("route", "code", "severity"),
    [
        (Route.REHABILITATION, "OVER_REHABILITATION_CEILING", E),
        (Route.LIQUIDATION, "OVER_REHABILITATION_CEILING_INFO", N),
        (Route.BANK_NEGOTIATION, "OVER_REHABILITATION_CEILING_INFO", N),
    ],
)
def test_rehabilitation_ceiling_by_route(route: Route, code: str, severity: Severity) -> None:
    case = taipei_single()
    case.route = route
    # The other debts are 777,345 - 340,000 = 437,345; with 40,000 interest the total becomes 12,000,001.
    case.creditors[0].principal = 12_000_001 - 437_345 - 40_000
    assert case.creditors[0].principal is not None
    report = check(case)
    assert report.figures.unsecured_non_priority_debt == 12_000_001
    assert at(report, code) == {"creditors": severity}
    case.creditors[0].principal -= 1  # exactly 12,000,000 is allowed (Art. 42 I: "not more than")
    report = check(case)
    assert not {"OVER_REHABILITATION_CEILING", "OVER_REHABILITATION_CEILING_INFO"} & codes(report)


def test_bank_route_history_questions_and_home_loan_overdue() -> None:
    case = taipei_single()
    case.history.concluded_2006_agreement = None
    case.history.previous_negotiation = None
    case.creditors.append(
        Creditor(
            kind=CreditorKind.BANK,
            name="土地銀行",
            principal=2_000_000,
            debt_type=DebtType.HOME_LOAN,
            home_loan=True,
            home_loan_overdue_instalments=3,
        )
    )
    report = check(case)
    assert at(report, "HISTORY_2006_UNANSWERED") == {"history.concluded_2006_agreement": E}
    assert at(report, "HISTORY_PREVIOUS_UNANSWERED") == {"history.previous_negotiation": E}
    assert at(report, "HOME_LOAN_OVERDUE") == {"creditors[4]": W}
    assert at(report, "LOAN_NOT_SECURED") == {"creditors[4].secured": N}
    case.creditors[4].home_loan_overdue_instalments = 2  # two instalments may still be negotiated
    assert "HOME_LOAN_OVERDUE" not in codes(check(case))


def test_special_clause_findings() -> None:
    case = taipei_single()
    case.creditors[0].special_clause = True  # a credit card, not a home loan
    assert at(check(case), "SPECIAL_CLAUSE_NOT_HOME_LOAN") == {"creditors[0].special_clause": W}
    case.creditors[0].home_loan = True
    case.creditors[0].debt_type = DebtType.HOME_LOAN
    assert at(check(case), "SPECIAL_CLAUSE_ROUTE") == {"creditors[0].special_clause": N}  # bank route


# --- the minimum living expense -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "claimed", "severity"),
    [
        (ExpenseMode.STANDARD, 5_000, E),  # the debtor's own expense needs the figure
        (None, 5_000, E),  # not chosen: the standard is used
        (ExpenseMode.ITEMIZED, None, E),  # the child's share needs the figure
        (ExpenseMode.ITEMIZED, 5_000, W),  # nothing needs the figure
    ],
)
def test_missing_figure_severity(mode: ExpenseMode | None, claimed: int | None, severity: Severity) -> None:
    case = taipei_2025(ExpenseMode.ITEMIZED, claimed=claimed)
    case.expenses.mode = mode
    assert at(check(case), "LIVING_EXPENSE_MISSING") == {"living_expense": severity}


def test_conflict_and_unconfirmed_are_errors_when_the_standard_is_needed() -> None:
    assert at(check(kinmen()), "LIVING_EXPENSE_CONFLICT") == {"living_expense": E}
    case = taipei_single()
    case.filing_date = date(2024, 12, 1)  # TPE 2024: unconfirmed 19,649
    finding = next(f for f in check(case).findings if f.code == "LIVING_EXPENSE_UNCONFIRMED")
    assert (finding.severity, finding.path, finding.params["figure"]) == (E, "living_expense", "19,649")


def test_secondary_figure_is_a_warning_with_its_source() -> None:
    finding = next(f for f in check(taipei_single()).findings if f.code == "LIVING_EXPENSE_SECONDARY")
    assert (finding.severity, finding.path) == (W, "living_expense")
    assert "docms.gov.taipei" in finding.message("en")
    assert "20,744" in finding.message("zh-TW")


# --- expenses and dependents -----------------------------------------------------------------------------------------


def support_case(mode: ExpenseMode, amount: int | None, support_item: bool) -> Case:
    items = [ExpenseItem(category=ExpenseCategory.RENT, monthly=10_000)]
    if support_item:
        items.append(ExpenseItem(category=ExpenseCategory.SUPPORT, monthly=8_000))
    return base_case(
        Route.BANK_NEGOTIATION,
        date(2026, 12, 7),
        Applicant(name="測試", residence_county="臺北市"),
        dependents=[Dependent(name="子", support_share="1/2", monthly_amount=amount)],
        expenses=Expenses(mode=mode, items=items),
        income=Income(monthly=[MonthlyIncome(kind=IncomeKind.SALARY, amount=50_000)]),
    )


def test_dependents_without_support_expense_only_in_itemized_mode() -> None:
    assert at(check(support_case(ExpenseMode.ITEMIZED, None, False)), "DEPENDENTS_NO_SUPPORT_EXPENSE") == {
        "dependents": W
    }
    for case in (
        support_case(ExpenseMode.STANDARD, None, False),  # the standard share is the method
        support_case(ExpenseMode.ITEMIZED, 6_000, False),  # an amount is claimed
    ):
        assert "DEPENDENTS_NO_SUPPORT_EXPENSE" not in codes(check(case))


def test_support_item_and_claimed_amounts_warn_of_double_counting() -> None:
    report = check(support_case(ExpenseMode.ITEMIZED, 6_000, True))
    assert at(report, "SUPPORT_COUNTED_TWICE") == {"expenses.items": W}
    # 10,000 + 8,000 in the items, and the claimed 6,000 again: 50,000 - 18,000 - 6,000.
    assert report.figures.disposable_income == 26_000


def test_support_item_and_standard_share_are_not_counted_twice_silently() -> None:
    """An itemized 扶養費 of 8,000 is already support; the code still adds the child's standard share
    (24,892.8 x 1/2 = 12,446) as dependents' expense, so support is counted twice (50,000 - 18,000 - 12,446)
    and no finding says so. Domain §6: disposable = income - the debtor's necessary expenses - dependents."""
    report = check(support_case(ExpenseMode.ITEMIZED, None, True))
    assert report.figures.dependents_expense == 12_446
    assert at(report, "SUPPORT_COUNTED_TWICE") == {"expenses.items": W}


def test_support_without_dependents() -> None:
    case = support_case(ExpenseMode.ITEMIZED, None, True)
    case.dependents = []
    assert at(check(case), "SUPPORT_WITHOUT_DEPENDENTS") == {"expenses.items": W}


def test_itemized_without_items_is_an_error_and_claims_above_the_standard_a_note() -> None:
    case = support_case(ExpenseMode.ITEMIZED, 6_000, False)
    case.expenses.items = []
    assert at(check(case), "EXPENSE_ITEMS_MISSING") == {"expenses.items": E}
    case.expenses.items = [ExpenseItem(category=ExpenseCategory.RENT, monthly=24_894)]  # standard 24,893
    finding = next(f for f in check(case).findings if f.code == "CLAIMED_OVER_STANDARD")
    assert (finding.severity, finding.params) == (N, {"claimed": "24,894", "standard": "24,893"})
    case.expenses.items = [ExpenseItem(category=ExpenseCategory.RENT, monthly=24_893)]
    assert "CLAIMED_OVER_STANDARD" not in codes(check(case))


# --- consistency ------------------------------------------------------------------------------------------------------


def test_collateral_must_be_among_the_assets() -> None:
    case = taipei_single()
    case.creditors[0].secured = True
    case.creditors[0].collateral_asset_id = "a-missing"
    assert at(check(case), "COLLATERAL_NOT_IN_ASSETS") == {"creditors[0].collateral_asset_id": W}
    case.creditors[0].collateral_asset_id = "a-scooter"
    assert "COLLATERAL_NOT_IN_ASSETS" not in codes(check(case))


def test_largest_creditor_choice_findings() -> None:
    case = taipei_single()
    case.largest_creditor.creditor_id = "c-nowhere"
    assert at(check(case), "LARGEST_CREDITOR_UNKNOWN") == {"largest_creditor.creditor_id": E}
    case.largest_creditor.creditor_id = "c-cathay"  # the JCIC list may name another bank than the suggestion
    report = check(case)
    assert at(report, "LARGEST_CREDITOR_DIFFERS") == {"largest_creditor.creditor_id": N}
    assert "LARGEST_CREDITOR_UNCONFIRMED" not in codes(report)


def test_plan_not_affordable_and_negative_disposable() -> None:
    case = taipei_single()
    case.income.monthly[0].amount = 20_000  # 20,000 - 24,893 = -4,893
    report = check(case)
    assert at(report, "PLAN_NOT_AFFORDABLE") == {"income": W}
    assert at(report, "DISPOSABLE_NEGATIVE") == {"income": N}


def test_every_finding_message_renders_in_both_languages() -> None:
    cases: list[Case] = [Case(), negative_case(), support_case(ExpenseMode.ITEMIZED, 6_000, True), kinmen()]
    for case in cases:
        for finding in check(case).findings:
            for lang in langs():
                assert finding.message(lang).strip()
                assert finding.rule_text(lang).strip()
                assert isinstance(finding, Finding)


def load_example(name: str) -> Case:
    from debtassist.examples import example_text
    from debtassist.model.codec import case_from_json

    return case_from_json(example_text(name))[0]


def test_review_fixes_in_findings() -> None:
    """Findings added after the code review: six calendar months, earlier bank negotiation, answer conflicts,
    unknown county, dates before 1912."""
    from debtassist.model.case import BusinessPeriod, PreviousNegotiation, Route

    case = load_example("single-cards")
    case.history.previous_negotiation = PreviousNegotiation.DEEMED_NOT_REQUESTED
    case.filing_date = date(2024, 7, 31)
    case.history.previous_negotiation_end = date(2024, 1, 31)  # exactly six calendar months (182 days)
    assert "BANK_WAIT_SIX_MONTHS" not in codes(check(case))
    case.history.previous_negotiation_end = date(2024, 2, 1)
    assert "BANK_WAIT_SIX_MONTHS" in codes(check(case))

    case = load_example("single-cards")
    case.history.previous_negotiation = PreviousNegotiation.FAILED
    assert "BANK_ALREADY_NEGOTIATED" in {f.code for f in check(case).errors}

    case = load_example("court-private-amc")
    case.history.previous_negotiation = PreviousNegotiation.CONCLUDED
    case.history.agreement_difficulty_not_attributable = False
    assert "AGREEMENT_CONCLUDED" in {f.code for f in check(case).errors}
    case.history.agreement_difficulty_not_attributable = True
    assert "AGREEMENT_CONCLUDED" not in {f.code for f in check(case).errors}
    assert case.route is Route.REHABILITATION

    case = load_example("single-cards")
    case.business.periods = [
        BusinessPeriod(start=date(2024, 1, 1), end=date(2024, 6, 30), turnover=6_000_000)
    ]
    report = check(case)
    assert "BUSINESS_ANSWER_CONFLICT" in {f.code for f in report.errors}
    assert report.figures.consumer_eligible is False  # the periods count although the answer said no

    case = load_example("single-cards")
    case.applicant.residence_county = "Taichung"
    assert "COUNTY_UNKNOWN" in {f.code for f in check(case).errors}
    case.dependents = []
    case.applicant.birth_date = date(1911, 6, 1)
    assert "DATE_BEFORE_ROC" in {f.code for f in check(case).errors}

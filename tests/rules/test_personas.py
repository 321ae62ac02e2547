"""Persona households checked end to end against figures computed by hand from the domain reference (§2, §3, §6).

Every expected number is written out with its arithmetic. ``check_case`` runs with the bundled reference table
only and a fixed "today" (2026-11-29), so nothing depends on the clock or on the user's data folder.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from debtassist.examples import EXAMPLES, example_text
from debtassist.i18n import langs
from debtassist.model.case import Case, ExpenseMode, LivingExpenseConfirmation, Route
from debtassist.model.codec import case_from_json
from debtassist.reference.areas import counties
from debtassist.rules.check import CheckReport, check_case
from debtassist.rules.explain import Finding, Severity
from debtassist.rules.figures import Figures, PlanScenario
from tests.rules.personas import (
    KINMEN_CONFIRMED,
    TODAY,
    annuity_payment,
    changhua_over_ceiling,
    kaohsiung_business_owner,
    keelung_typos,
    kinmen,
    new_taipei_2024_three_children,
    new_taipei_parent,
    november_2026_table,
    pingtung_private_only,
    taichung_home_loan,
    tainan_2024_affordability,
    tainan_small_business,
    taipei_2025,
    taipei_single,
    taoyuan_supports_parent,
)

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
TWO, FIVE = Fraction(2, 100), Fraction(5, 100)

TABLE = november_2026_table()  # see tests.rules.personas


# --- helpers ----------------------------------------------------------------------------------------------------


def check(case: Case) -> CheckReport:
    return check_case(case, TABLE, TODAY)


def found(report: CheckReport, code: str) -> list[Finding]:
    return [f for f in report.findings if f.code == code]


def assert_finding(report: CheckReport, code: str, severity: Severity, path: str, **params: Any) -> Finding:
    matches = [f for f in found(report, code) if f.path == path]
    assert matches, f"{code} at {path!r} not found in {[(f.code, f.path) for f in report.findings]}"
    finding = matches[0]
    assert finding.severity is severity, f"{code}: {finding.severity} instead of {severity}"
    for key, value in params.items():
        assert finding.params[key] == value, f"{code}.{key}: {finding.params[key]!r} != {value!r}"
    return finding


def assert_no(report: CheckReport, *codes: str) -> None:
    present = [f.code for f in report.findings if f.code in codes]
    assert not present, f"unexpected findings {present}"


def error_codes(report: CheckReport) -> list[str]:
    return sorted(f.code for f in report.errors)


def assert_figures(figures: Figures, **expected: Any) -> None:
    """Compare many figures at once and report every mismatch, not only the first."""
    wrong = {
        name: (getattr(figures, name), value)
        for name, value in expected.items()
        if getattr(figures, name) != value
    }
    assert not wrong, f"(actual, expected): {wrong}"


def assert_living(figures: Figures, area: str, year: int, monthly: int | None, status: str) -> None:
    living = figures.living
    assert (living.area, living.year, living.monthly, living.status) == (area, year, monthly, status)


def scenario(figures: Figures, months: int, rate: Fraction) -> PlanScenario:
    matches = [s for s in figures.plan_scenarios if s.months == months and s.annual_rate == rate]
    assert len(matches) == 1, f"no single {months}-month scenario at {rate}"
    return matches[0]


def assert_scenario(
    figures: Figures, months: int, rate: Fraction, payment: int, affordable: bool | None
) -> None:
    # The independent annuity formula (personas.annuity_payment) must agree with the hand-written figure.
    assert annuity_payment(figures.plan_base, months, rate) == payment
    found_scenario = scenario(figures, months, rate)
    assert (found_scenario.monthly_payment, found_scenario.affordable) == (payment, affordable)


def assert_explained(figures: Figures, name: str, *numbers: str) -> None:
    """The because-trail of ``name`` exists in both languages and quotes the given numbers."""
    for lang in langs():
        lines = figures.explain(name, lang)
        assert lines and all(line.strip() for line in lines), f"no {lang} trail for {name}"
        text = " ".join(lines)
        for number in numbers:
            assert number in text, f"{lang} trail of {name} does not mention {number}: {text}"


def assert_year_explained(figures: Figures, year: int) -> None:
    """The living-expense trail names the year: ROC in Chinese (民國115年), AD in English."""
    assert f"民國{year - 1911}年" in " ".join(figures.explain("minimum_living_expense", "zh-TW"))
    assert str(year) in " ".join(figures.explain("minimum_living_expense", "en"))


def assert_messages_render(report: CheckReport) -> None:
    for finding in report.findings:
        for lang in langs():
            assert finding.message(lang).strip()
            assert finding.rule_text(lang).strip()


# --- 臺北市: single, three banks, bank pre-negotiation -----------------------------------------------------------


def test_taipei_single_person_bank_route() -> None:
    report = check(taipei_single())
    fig = report.figures
    assert_figures(
        fig,
        total_assets=43_000,  # deposit 25,000 + scooter 18,000
        # (300,000 + 40,000) + (250,000 + 10,000) + (120,000 + 5,000) + (50,000 + 2,345) = 777,345
        total_debt=777_345,
        secured_debt=0,
        unsecured_debt=777_345,
        financial_institution_debt=777_345,
        other_debt=0,
        unsecured_non_priority_debt=777_345,
        debtor_standard_expense=24_893,  # 20,744 x 1.2 = 24,892.8 -> 24,893 (half up)
        debtor_standard_expense_exact=Fraction(124_464, 5),  # exact 24,892.8 kept
        debtor_claimed_expense=None,
        debtor_necessary_expense=24_893,  # standard mode
        dependents_expense=0,
        monthly_income=45_000,
        disposable_income=20_107,  # 45,000 - 24,893 - 0
        plan_base=777_345,  # bank route: financial-institution debt, all unsecured
        consumer_eligible=True,  # no business in the last five years
        rehabilitation_ceiling_ok=True,
        court_fee=None,  # bank route: no court fee
        postage_estimate=None,
    )
    # 台新 (spelled 台 once and 臺 once) is one bank: 260,000 + 125,000 = 385,000 > 國泰 340,000 > 玉山 52,345.
    largest = fig.largest_creditor
    assert (largest.name, largest.amount, largest.confirmed, largest.tie) == (
        "台新國際商業銀行",
        385_000,
        False,
        False,
    )
    assert sorted(largest.creditor_ids) == ["c-ts1", "c-ts2"]
    assert_living(fig, "TPE", 2026, 20_744, "secondary")
    # 0%: ceil(777,345 / 120) = ceil(6,477.875) = 6,478 <= 20,107; 72 months: ceil(10,796.46) = 10,797.
    assert_scenario(fig, 120, Fraction(0), 6_478, True)
    assert_scenario(fig, 72, Fraction(0), 10_797, True)
    assert_scenario(fig, 120, TWO, 7_153, True)  # annuity at 2%/12 a month
    assert error_codes(report) == []
    assert_finding(report, "LIVING_EXPENSE_SECONDARY", W, "living_expense", figure="20,744", area="TPE")
    assert_finding(report, "LARGEST_CREDITOR_UNCONFIRMED", W, "largest_creditor", name="台新國際商業銀行")
    assert_no(report, "LIVING_EXPENSE_MISSING", "LIVING_EXPENSE_CONFLICT", "BANK_ROUTE_EXCLUDED_DEBTS")
    assert_explained(fig, "total_assets", "43,000")
    assert_explained(fig, "total_debt", "777,345")
    assert_explained(fig, "unsecured_debt", "777,345")
    assert_explained(fig, "financial_institution_debt", "777,345")
    assert_explained(fig, "largest_creditor", "台新國際商業銀行", "385,000")
    assert_explained(fig, "minimum_living_expense", "20,744")
    assert_explained(fig, "debtor_standard_expense", "20,744", "24,892.80", "24,893")
    assert_explained(fig, "debtor_necessary_expense", "24,893")
    assert_explained(fig, "monthly_income", "45,000")
    assert_explained(fig, "disposable_income", "45,000", "24,893", "20,107")
    assert_explained(fig, "plan_scenarios", "777,345")
    assert_explained(fig, "rehabilitation_ceiling_ok", "777,345", "12,000,000")
    assert_explained(fig, "court_fee")
    assert_messages_render(report)


# --- 新北市: parent of two minors, excluded debts on the bank route ----------------------------------------------


def test_new_taipei_parent_with_guarantee_private_and_amc_debts() -> None:
    report = check(new_taipei_parent())
    fig = report.figures
    assert_figures(
        fig,
        total_assets=9_870,
        # 230,000 + 412,345 + 500,000 (guarantee at 第一) + 100,000 (private) + 210,000 (AMC) + 80,000 (guarantee)
        total_debt=1_532_345,
        unsecured_debt=1_532_345,
        secured_debt=0,
        # Only 中國信託 230,000 + 永豐 412,345: guarantees are not financial-institution debt even at a bank.
        financial_institution_debt=642_345,
        other_debt=890_000,  # 500,000 + 100,000 + 210,000 + 80,000
        debtor_standard_expense=21_300,  # 17,750 x 1.2 = 21,300 exactly
        debtor_standard_expense_exact=Fraction(21_300),
        dependents_standard_expense=21_300,  # 21,300 x 1/2 + 21,300 x 1/2
        dependents_claimed_expense=None,
        dependents_expense=21_300,  # no amounts claimed: the standard share is used
        debtor_necessary_expense=21_300,
        monthly_income=58_000,
        disposable_income=15_400,  # 58,000 - 21,300 - 21,300
        plan_base=642_345,  # bank route: financial-institution debt only
        consumer_eligible=True,
        court_fee=None,
        postage_estimate=None,
    )
    # The 500,000 guarantee at 第一商業銀行 is larger but is not the applicant's own bank debt.
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("永豐商業銀行", 412_345)
    assert_living(fig, "NTPC", 2026, 17_750, "secondary")
    assert_scenario(fig, 120, Fraction(0), 5_353, True)  # ceil(642,345 / 120) = ceil(5,352.875)
    assert_scenario(fig, 180, Fraction(0), 3_569, True)  # ceil(3,568.58)
    assert_scenario(fig, 120, FIVE, 6_814, True)
    assert error_codes(report) == []
    assert_finding(report, "BANK_ROUTE_EXCLUDED_DEBTS", W, "creditors", count=4, total="890,000")
    assert_finding(report, "LIVING_EXPENSE_SECONDARY", W, "living_expense", figure="17,750")
    assert_finding(report, "LARGEST_CREDITOR_UNCONFIRMED", W, "largest_creditor", name="永豐商業銀行")
    assert_no(report, "DEPENDENTS_NO_SUPPORT_EXPENSE", "NO_FI_DEBT_BANK_ROUTE")  # standard mode
    assert_explained(fig, "financial_institution_debt", "642,345")
    assert_explained(fig, "dependents_standard_expense", "1/2", "10,650")  # 21,300 x 1/2 each
    assert_explained(fig, "dependents_expense", "21,300")
    assert_explained(fig, "disposable_income", "58,000", "21,300", "15,400")
    assert_explained(fig, "largest_creditor", "永豐商業銀行", "412,345")
    assert_messages_render(report)


# --- 桃園市: supports a parent, itemized, partly secured car loan, rehabilitation --------------------------------


def test_taoyuan_supports_parent_itemized_car_loan_rehabilitation() -> None:
    report = check(taoyuan_supports_parent())
    fig = report.figures
    assert_figures(
        fig,
        total_assets=386_200,  # car 380,000 + deposit 6,200
        total_debt=865_000,  # car loan 520,000 + 20,000 = 540,000; card 280,000 + 45,000 = 325,000
        secured_debt=350_000,  # the car is expected to cover 350,000 of 540,000
        unsecured_debt=515_000,  # 865,000 - 350,000 (190,000 car shortfall + 325,000 card)
        financial_institution_debt=865_000,
        unsecured_non_priority_debt=515_000,
        debtor_standard_expense=20_623,  # 17,186 x 1.2 = 20,623.2 -> 20,623
        debtor_standard_expense_exact=Fraction(103_116, 5),
        # 9,000 + 7,000 + 2,500 + 799 + 826 + 1,200 = 21,325 (above the standard: receipts needed)
        debtor_claimed_expense=21_325,
        debtor_necessary_expense=21_325,
        dependents_standard_expense=6_874,  # 20,623.2 x 1/3 = 6,874.4 -> 6,874
        dependents_claimed_expense=6_000,
        dependents_expense=6_000,  # the claimed amount is used
        monthly_income=48_000,
        disposable_income=20_675,  # 48,000 - 21,325 - 6,000
        plan_base=515_000,  # unsecured debt (court route: all creditors)
        consumer_eligible=True,
        rehabilitation_ceiling_ok=True,
        court_fee=1_000,
        postage_estimate=935,  # (2 creditors + 1 debtor) x 15 x 43 - 1,000 = 1,935 - 1,000
    )
    # 台北富邦 325,000 unsecured beats 台中商銀 540,000 - 350,000 = 190,000 unsecured.
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("台北富邦商業銀行", 325_000)
    assert_living(fig, "TYN", 2026, 17_186, "secondary")
    # Rehabilitation plans end within 6 years (Art. 53): the 72-month scenarios are the ones checked here.
    assert fig.plan_scenarios == []  # rehabilitation: the plan is tested in test_plan.py
    assert error_codes(report) == []
    assert_finding(report, "CLAIMED_OVER_STANDARD", N, "expenses.items", claimed="21,325", standard="20,623")
    assert_finding(report, "DEEMED_MEDIATION", N, "history")
    assert_finding(report, "LIVING_EXPENSE_SECONDARY", W, "living_expense", figure="17,186")
    assert_no(report, "DEPENDENTS_NO_SUPPORT_EXPENSE", "COLLATERAL_NOT_IN_ASSETS", "SUPPORT_COUNTED_TWICE")
    assert_explained(fig, "unsecured_debt", "350,000", "515,000")
    assert_explained(fig, "debtor_standard_expense", "17,186", "20,623.20", "20,623")
    assert_explained(fig, "debtor_necessary_expense", "21,325")
    assert_explained(fig, "dependents_standard_expense", "1/3", "6,874.40")
    assert_explained(fig, "dependents_expense", "6,000")
    assert_explained(fig, "disposable_income", "48,000", "21,325", "6,000", "20,675")
    assert_explained(fig, "court_fee", "1,000")
    assert_explained(fig, "postage_estimate", "15", "43", "935")
    assert_messages_render(report)


# --- 臺中市: home loan with the special clause, rehabilitation after failed mediation ---------------------------


def test_taichung_home_loan_special_clause_after_failed_mediation() -> None:
    report = check(taichung_home_loan())
    fig = report.figures
    assert_figures(
        fig,
        total_assets=5_012_000,  # house 5,000,000 + deposit 12,000
        total_debt=4_499_000,  # 4,200,000 + (180,000 + 20,000) + (90,000 + 9,000)
        secured_debt=4_200_000,  # no cover entered: the whole home loan counts as secured
        unsecured_debt=299_000,
        financial_institution_debt=4_499_000,
        unsecured_non_priority_debt=299_000,
        debtor_standard_expense=19_717,  # 16,431 x 1.2 = 19,717.2 -> 19,717
        debtor_standard_expense_exact=Fraction(98_586, 5),
        debtor_necessary_expense=19_717,
        dependents_expense=0,
        monthly_income=45_000,  # salary 42,000 + cash part-time 3,000
        disposable_income=25_283,  # 45,000 - 19,717
        plan_base=299_000,  # owner-occupied home loan keeps its own terms
        consumer_eligible=True,
        rehabilitation_ceiling_ok=True,
        court_fee=0,  # filed 15 days (<= 20) after mediation failed on 2026-11-25
        postage_estimate=1_580,  # (3 + 1) x 15 x 43 - 1,000 = 2,580 - 1,000
    )
    # 土地銀行's claim is fully secured (0 unsecured): 聯邦 200,000 is the largest unsecured claim.
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("聯邦商業銀行", 200_000)
    assert_living(fig, "TXG", 2026, 16_431, "secondary")
    assert fig.plan_scenarios == []  # rehabilitation: the plan is tested in test_plan.py
    assert error_codes(report) == []
    # The special clause belongs to rehabilitation and is on a home loan: nothing to say about it.
    assert_no(
        report,
        "SPECIAL_CLAUSE_NOT_HOME_LOAN",
        "SPECIAL_CLAUSE_ROUTE",
        "DEEMED_MEDIATION",
        "HOME_LOAN_OVERDUE",
    )
    assert_finding(report, "LIVING_EXPENSE_SECONDARY", W, "living_expense")
    assert_explained(fig, "court_fee", "115/11/25")  # the mediation date, in the ROC calendar
    assert_explained(fig, "postage_estimate", "1,580")
    assert_explained(fig, "plan_scenarios", "299,000")
    assert_messages_render(report)


# --- 臺南市: former shop owner just under the turnover ceiling, court mediation ----------------------------------


def test_tainan_business_just_under_the_consumer_ceiling() -> None:
    report = check(tainan_small_business())
    fig = report.figures
    assert_figures(
        fig,
        # Window: 2021-12-01 .. 2026-11-30; the shop ran 2022-03 .. 2023-02 = 12 months.
        # 2,399,988 / 12 = 199,999 <= 200,000: a consumer.
        consumer_eligible=True,
        average_monthly_turnover=199_999,
        business_months=12,
        total_assets=4_321,
        total_debt=920_000,  # (600,000 + 50,000) + 150,000 + 120,000 (private)
        financial_institution_debt=800_000,
        other_debt=120_000,
        debtor_necessary_expense=18_618,  # 15,515 x 1.2 = 18,618 exactly
        dependents_expense=0,
        monthly_income=35_000,
        disposable_income=16_382,  # 35,000 - 18,618
        plan_base=920_000,  # court mediation: every creditor, private included
        court_fee=1_000,
        postage_estimate=1_580,  # (3 + 1) x 15 x 43 - 1,000
    )
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("兆豐國際商業銀行", 650_000)
    assert_living(fig, "TNN", 2026, 15_515, "secondary")
    assert_scenario(fig, 120, Fraction(0), 7_667, True)  # ceil(920,000 / 120) = ceil(7,666.67)
    assert_scenario(fig, 120, TWO, 8_466, True)
    assert error_codes(report) == []
    assert_no(report, "NOT_CONSUMER")
    assert_explained(fig, "consumer_eligible", "2,399,988", "12", "199,999", "200,000")
    assert "business_tax" in {a.id for a in report.attachments}
    assert_messages_render(report)


# --- 高雄市: former business owner just over the ceiling, rehabilitation -----------------------------------------


def test_kaohsiung_business_owner_over_the_consumer_ceiling() -> None:
    report = check(kaohsiung_business_owner())
    fig = report.figures
    assert_figures(
        fig,
        # Window 2021-12-01 .. 2026-11-30: the 2019-2020 period is outside and its 9,999,999 is not counted.
        # 2023-06 .. 2024-05 = 12 months; 2,400,012 / 12 = 200,001 > 200,000: not a consumer.
        consumer_eligible=False,
        average_monthly_turnover=200_001,
        business_months=12,
        total_debt=923_456,  # 800,000 + (100,000 + 23,456)
        financial_institution_debt=923_456,
        debtor_necessary_expense=20_364,  # 16,970 x 1.2 = 20,364
        disposable_income=19_636,  # 40,000 - 20,364
        court_fee=1_000,
        postage_estimate=935,  # (2 + 1) x 645 - 1,000
    )
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("高雄銀行", 800_000)
    assert_living(fig, "KHH", 2026, 16_970, "secondary")
    assert fig.plan_scenarios == []  # rehabilitation: the plan is tested in test_plan.py
    assert error_codes(report) == ["NOT_CONSUMER"]
    assert_finding(report, "NOT_CONSUMER", E, "business.periods", average="200,001", months=12)
    assert_explained(fig, "consumer_eligible", "2,400,012", "200,001", "200,000")
    ids = {a.id for a in report.attachments}
    assert {"business_tax", "enforcement_documents"} <= ids
    assert_messages_render(report)


# --- 彰化縣 (Taiwan Province): over the rehabilitation ceiling ---------------------------------------------------


def test_changhua_over_the_rehabilitation_ceiling() -> None:
    report = check(changhua_over_ceiling())
    fig = report.figures
    assert_figures(
        fig,
        total_debt=12_036_001,  # (9,000,000 + 1,500,000) + 1,500,001 + 36,000 (priority)
        unsecured_debt=12_036_001,
        financial_institution_debt=10_500_000,
        other_debt=1_536_001,
        unsecured_non_priority_debt=12_000_001,  # the priority 36,000 does not count (Art. 42 I)
        rehabilitation_ceiling_ok=False,  # 12,000,001 > 12,000,000
        debtor_necessary_expense=18_618,  # TWP 15,515 x 1.2
        disposable_income=41_382,  # 60,000 - 18,618
        plan_base=12_036_001,
        court_fee=1_000,
        postage_estimate=1_580,  # (3 + 1) x 645 - 1,000
    )
    assert_living(fig, "TWP", 2026, 15_515, "secondary")
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("彰化商業銀行", 10_500_000)
    assert fig.plan_scenarios == []  # rehabilitation: the plan is tested in test_plan.py
    assert error_codes(report) == ["OVER_REHABILITATION_CEILING"]
    assert_finding(
        report, "OVER_REHABILITATION_CEILING", E, "creditors", amount="12,000,001", ceiling="12,000,000"
    )
    assert_no(report, "PLAN_NOT_AFFORDABLE")  # no whole-debt scenarios on the rehabilitation route
    assert_explained(fig, "rehabilitation_ceiling_ok", "12,000,001", "12,000,000")
    assert_messages_render(report)


def test_the_same_debt_is_only_informative_on_the_liquidation_route() -> None:
    case = changhua_over_ceiling()
    case.route = Route.LIQUIDATION
    report = check(case)
    assert_no(report, "OVER_REHABILITATION_CEILING")
    assert_finding(report, "OVER_REHABILITATION_CEILING_INFO", N, "creditors")


# --- 金門縣 (Fujian): 2026 figure in conflict; then confirmed by the user ----------------------------------------


def test_kinmen_conflicting_figure_is_an_error_and_nothing_is_guessed() -> None:
    report = check(kinmen())
    fig = report.figures
    assert_living(fig, "FJP", 2026, None, "conflict")
    assert fig.living.reference is not None and fig.living.reference.monthly == 15_173
    assert_figures(
        fig,
        total_assets=3_000,
        total_debt=365_000,  # (150,000 + 15,000) + 200,000
        financial_institution_debt=365_000,  # a credit cooperative is a financial institution
        debtor_standard_expense=None,
        debtor_standard_expense_exact=None,
        debtor_necessary_expense=None,
        dependents_expense=0,
        monthly_income=32_000,
        disposable_income=None,  # unknown without the figure
        court_fee=1_000,
        postage_estimate=935,
    )
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("金門縣信用合作社", 200_000)
    # The payments are still shown; whether they are affordable is unknown.
    assert_scenario(fig, 120, Fraction(0), 3_042, None)  # ceil(365,000 / 120) = ceil(3,041.67)
    assert_scenario(fig, 120, FIVE, 3_872, None)
    assert error_codes(report) == ["LIVING_EXPENSE_CONFLICT"]
    assert_finding(
        report, "LIVING_EXPENSE_CONFLICT", E, "living_expense", area="FJP", year=2026, figure="15,173"
    )
    assert_year_explained(fig, 2026)
    assert_messages_render(report)


def test_kinmen_confirmed_figure_overrides_the_table() -> None:
    report = check(kinmen(KINMEN_CONFIRMED))
    fig = report.figures
    assert_living(fig, "FJP", 2026, 14_064, "confirmed")
    assert_figures(
        fig,
        debtor_standard_expense=16_877,  # 14,064 x 1.2 = 16,876.8 -> 16,877
        debtor_standard_expense_exact=Fraction(84_384, 5),
        debtor_necessary_expense=16_877,
        disposable_income=15_123,  # 32,000 - 16,877
    )
    assert_scenario(fig, 120, Fraction(0), 3_042, True)
    assert error_codes(report) == []
    assert_no(report, "LIVING_EXPENSE_CONFLICT", "LIVING_EXPENSE_SECONDARY")
    assert_finding(
        report, "LIVING_EXPENSE_DIFFERS", N, "living_expense.monthly", figure="14,064", table="15,173"
    )
    assert_explained(fig, "minimum_living_expense", "14,064", "金門縣政府社會處公告")
    assert_explained(fig, "debtor_standard_expense", "14,064", "16,876.80", "16,877")


def test_a_confirmation_for_another_year_is_not_used() -> None:
    stale = LivingExpenseConfirmation(area="FJP", year=2025, monthly=14_064, source="舊公告")
    report = check(kinmen(stale))
    assert_living(report.figures, "FJP", 2026, None, "conflict")
    assert_finding(report, "LIVING_EXPENSE_CONFLICT", E, "living_expense")


# --- 臺北市, filed in 2025: no figure for any area ----------------------------------------------------------------


def test_taipei_2025_missing_figure_is_an_error_in_standard_mode() -> None:
    report = check(taipei_2025())
    fig = report.figures
    assert_living(fig, "TPE", 2025, None, "missing")
    assert_figures(
        fig,
        total_debt=99_000,  # 90,000 + 9,000
        debtor_necessary_expense=None,
        dependents_expense=None,  # the child's share cannot be computed and no amount is claimed
        disposable_income=None,
        court_fee=0,  # township mediation is free
        postage_estimate=None,
    )
    assert_scenario(fig, 120, Fraction(0), 825, None)  # 99,000 / 120 = 825 exactly
    assert_scenario(fig, 120, TWO, 911, None)
    assert error_codes(report) == ["LIVING_EXPENSE_MISSING"]
    assert_finding(report, "LIVING_EXPENSE_MISSING", E, "living_expense", area="TPE", year=2025, roc_year=114)
    assert_no(report, "FILING_DATE_OLD")  # 2025-12-15 is less than a year before 2026-11-29
    assert_year_explained(fig, 2025)
    assert_explained(fig, "court_fee")
    assert_messages_render(report)


def test_taipei_2025_itemized_with_claimed_support_only_warns() -> None:
    # Neither the debtor's expenses nor the child's support need the standard: the missing figure is a warning.
    report = check(taipei_2025(ExpenseMode.ITEMIZED, claimed=5_000))
    fig = report.figures
    assert_figures(
        fig,
        debtor_necessary_expense=20_000,  # 12,000 + 8,000
        dependents_expense=5_000,
        disposable_income=13_000,  # 38,000 - 20,000 - 5,000
    )
    assert_scenario(fig, 120, Fraction(0), 825, True)
    assert error_codes(report) == []
    assert_finding(report, "LIVING_EXPENSE_MISSING", W, "living_expense")


def test_taipei_2025_itemized_but_unclaimed_support_still_needs_the_standard() -> None:
    report = check(taipei_2025(ExpenseMode.ITEMIZED, claimed=None))
    assert_finding(report, "LIVING_EXPENSE_MISSING", E, "living_expense")
    assert report.figures.dependents_expense is None


@pytest.mark.parametrize("county", [c.name for c in counties()])
def test_every_county_has_no_2025_figure(county: str) -> None:
    case = taipei_2025()
    case.applicant.residence_county = county
    report = check(case)
    assert report.figures.living.status == "missing"
    assert report.figures.living.monthly is None
    assert_finding(report, "LIVING_EXPENSE_MISSING", E, "living_expense", year=2025)


# --- the two worked examples of domain §6 ------------------------------------------------------------------------


def test_new_taipei_2024_three_children_court_example() -> None:
    report = check(new_taipei_2024_three_children())
    fig = report.figures
    assert_living(fig, "NTPC", 2024, 16_400, "court")
    assert_figures(
        fig,
        debtor_standard_expense=19_680,  # 16,400 x 1.2
        debtor_necessary_expense=19_680,
        dependents_standard_expense=29_520,  # 19,680 x 3 / 2 (domain §6 example)
        dependents_expense=29_520,
        disposable_income=2_800,  # 52,000 - 19,680 - 29,520
        total_debt=780_000,
        court_fee=1_000,  # liquidation
        postage_estimate=290,  # (1 + 1) x 645 - 1,000
    )
    assert fig.plan_scenarios == []  # liquidation has no repayment plan (Art. 53 concerns rehabilitation)
    assert error_codes(report) == []
    assert_finding(report, "FILING_DATE_OLD", W, "filing_date", date="113/09/02")
    assert_no(report, "LIVING_EXPENSE_SECONDARY", "LIVING_EXPENSE_MISSING")  # a court figure is used as it is
    assert_explained(fig, "minimum_living_expense", "16,400", "lawshare.tw")
    assert_explained(fig, "dependents_expense", "29,520")


def test_tainan_2024_affordability_court_example() -> None:
    report = check(tainan_2024_affordability())
    fig = report.figures
    assert_living(fig, "TNN", 2024, 14_230, "official")
    assert_figures(
        fig,
        debtor_necessary_expense=17_076,  # 14,230 x 1.2
        disposable_income=13_224,  # 30,300 - 17,076 (domain §6 example)
        plan_base=1_560_000,  # (1,000,000 + 60,000) + (480,000 + 20,000)
    )
    assert_scenario(fig, 120, Fraction(0), 13_000, True)  # 1,560,000 / 120 = 13,000 <= 13,224
    assert_scenario(fig, 120, TWO, 14_355, False)
    assert_scenario(fig, 144, TWO, 12_195, True)
    assert_scenario(fig, 72, Fraction(0), 21_667, False)  # ceil(21,666.67)
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("第一商業銀行", 1_060_000)
    assert error_codes(report) == []
    assert_no(report, "LIVING_EXPENSE_SECONDARY", "PLAN_NOT_AFFORDABLE")
    assert_explained(fig, "disposable_income", "30,300", "17,076", "13,224")


# --- slips and wrong routes ------------------------------------------------------------------------------------


def test_keelung_hand_edited_case_with_slips() -> None:
    report = check(keelung_typos())
    fig = report.figures
    assert error_codes(report) == ["AMOUNT_NEGATIVE", "ID_CHECKSUM"]
    assert_finding(report, "ID_CHECKSUM", E, "applicant.national_id")
    assert_finding(report, "AMOUNT_NEGATIVE", E, "creditors[0].interest_fees", value="-500")
    assert_finding(
        report, "AMOUNT_IMPLAUSIBLE", W, "income.monthly[0].amount", value="3,000,000", ceiling="2,000,000"
    )
    assert_finding(report, "COLLATERAL_NOT_IN_ASSETS", W, "creditors[0].collateral_asset_id")
    assert_finding(report, "DEPENDENTS_NO_SUPPORT_EXPENSE", W, "dependents", count=1)
    assert_figures(
        fig,
        total_debt=340_500,  # (300,000 - 500) + (40,000 + 1,000): the slip is counted as typed
        secured_debt=299_500,  # the car loan has no cover entered: fully secured
        unsecured_debt=41_000,
        debtor_necessary_expense=8_000,  # itemized
        dependents_expense=9_309,  # 15,515 x 1.2 x 1/2 = 9,309 (standard share used, with a warning)
        disposable_income=2_982_691,  # 3,000,000 - 8,000 - 9,309
    )
    assert_messages_render(report)


def test_pingtung_only_private_and_amc_debt_on_the_bank_route() -> None:
    report = check(pingtung_private_only())
    fig = report.figures
    assert error_codes(report) == ["NO_FI_DEBT_BANK_ROUTE"]
    assert_finding(report, "NO_FI_DEBT_BANK_ROUTE", E, "creditors")
    assert_finding(report, "BANK_ROUTE_EXCLUDED_DEBTS", W, "creditors", count=2, total="320,000")
    assert_figures(fig, total_debt=320_000, financial_institution_debt=0, other_debt=320_000, plan_base=0)
    assert fig.largest_creditor.name is None
    assert all(s.monthly_payment == 0 for s in fig.plan_scenarios)
    assert_explained(fig, "largest_creditor")


def test_the_same_household_on_court_mediation_has_no_bank_route_findings() -> None:
    case = pingtung_private_only()
    case.route = Route.COURT_MEDIATION
    report = check(case)
    assert_no(report, "NO_FI_DEBT_BANK_ROUTE", "BANK_ROUTE_EXCLUDED_DEBTS")
    assert report.figures.plan_base == 320_000  # every creditor counts outside the bank route


def test_empty_case_lists_every_required_field() -> None:
    report = check(Case())
    required = {f.path for f in found(report, "REQUIRED")}
    assert required == {
        "route",
        "filing_date",
        "applicant.name",
        "applicant.national_id",
        "applicant.registered_address",
        "applicant.residence_county",
        "applicant.birth_date",
    }
    assert all(f.severity is E for f in found(report, "REQUIRED"))
    assert_finding(report, "REQUIRED_PHONE", E, "applicant.phone")
    assert_finding(report, "NO_CREDITORS", E, "creditors")
    assert_finding(report, "BUSINESS_UNANSWERED", E, "business.had_business")
    assert_finding(report, "INCOME_MISSING", W, "income.monthly")
    assert_finding(report, "EXPENSE_MODE_UNCHOSEN", W, "expenses.mode")
    assert report.attachments == []  # no route, no checklist
    fig = report.figures
    assert_figures(
        fig,
        total_assets=0,
        total_debt=0,
        plan_base=0,
        consumer_eligible=None,
        court_fee=None,
        monthly_income=None,
    )
    assert fig.living.status == "no_area"
    assert_explained(fig, "minimum_living_expense")
    assert_messages_render(report)


# --- Art. 53: a rehabilitation plan ends within 6 years (8 in the listed exceptions) --------------------------


@pytest.mark.parametrize(
    ("build", "longest"),
    [
        (taoyuan_supports_parent, 72),
        (kaohsiung_business_owner, 72),
        (changhua_over_ceiling, 72),
        (taichung_home_loan, 96),  # home-loan special clause: up to 8 years
    ],
)
def test_rehabilitation_scenarios_respect_the_art_53_term(build: Any, longest: int) -> None:
    """Domain §1: the last payment of a rehabilitation plan is at most 6 years after approval (8 in the listed
    exceptions). The 120/144/180-month scenarios are bank pre-negotiation terms (§6) and cannot be offered as
    rehabilitation plans, nor make a rehabilitation case look affordable."""
    figures = check(build()).figures
    too_long = sorted({s.months for s in figures.plan_scenarios if s.months > longest})
    assert too_long == [], f"rehabilitation scenarios longer than {longest} months: {too_long}"


# --- the bundled examples ----------------------------------------------------------------------------------------


def example(name: str) -> CheckReport:
    case, steps = case_from_json(example_text(name))
    assert steps == []
    return check(case)


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_load_without_errors(name: str) -> None:
    report = example(name)
    assert report.errors == []
    assert_messages_render(report)


def test_example_single_cards() -> None:
    report = example("single-cards")
    fig = report.figures
    assert_living(fig, "NTPC", 2026, 17_750, "confirmed")
    assert_figures(
        fig,
        total_assets=30_480,  # 12,480 + 18,000
        total_debt=761_400,  # 205,400 + 128,300 + 362,600 + 65,100
        unsecured_debt=761_400,
        financial_institution_debt=761_400,
        debtor_necessary_expense=21_300,  # 17,750 x 1.2
        dependents_expense=0,
        monthly_income=36_000,
        disposable_income=14_700,  # 36,000 - 21,300
        plan_base=761_400,
        consumer_eligible=True,
        court_fee=None,
    )
    largest = fig.largest_creditor
    assert (largest.name, largest.amount, largest.confirmed) == ("台新國際商業銀行", 362_600, True)
    assert_scenario(fig, 120, Fraction(0), 6_345, True)  # 761,400 / 120 = 6,345 exactly
    assert_scenario(fig, 120, TWO, 7_006, True)
    assert_no(report, "LIVING_EXPENSE_SECONDARY", "LIVING_EXPENSE_DIFFERS", "LARGEST_CREDITOR_DIFFERS")
    assert_finding(
        report, "ATTACHMENTS_MISSING_BANK", N, "attachments", count=1
    )  # Labour Insurance requested
    assert_explained(fig, "largest_creditor", "台新國際商業銀行")


def test_example_parent_mortgage() -> None:
    report = example("parent-mortgage")
    fig = report.figures
    assert_living(fig, "TXG", 2026, 16_431, "confirmed")
    assert_figures(
        fig,
        total_assets=3_850_600,  # 3,500,000 + 300,000 + 8,600 + 42,000
        # 3,180,000 + (405,000 + 15,000) + (150,000 + 30,000) + (90,000 + 14,000) + (60,000 + 6,000)
        total_debt=3_950_000,
        secured_debt=3_480_000,  # home loan 3,180,000 (no cover: all) + car 300,000
        unsecured_debt=470_000,  # car shortfall 120,000 + 180,000 + 104,000 + 66,000
        debtor_necessary_expense=19_717,  # 16,431 x 1.2 = 19,717.2
        dependents_standard_expense=19_718,  # 19,717.2 x 1/2 = 9,858.6 -> 9,859, twice
        dependents_expense=19_718,
        disposable_income=12_565,  # 52,000 - 19,717 - 19,718
        plan_base=470_000,
    )
    assert (fig.largest_creditor.name, fig.largest_creditor.amount) == ("國泰世華商業銀行", 180_000)
    assert_scenario(fig, 120, Fraction(0), 3_917, True)  # ceil(3,916.67)
    assert_scenario(fig, 120, FIVE, 4_986, True)
    assert report.findings == []


def test_example_court_private_amc() -> None:
    report = example("court-private-amc")
    fig = report.figures
    assert_living(fig, "KHH", 2026, 16_970, "confirmed")
    assert_figures(
        fig,
        total_assets=48_720,  # 3,520 + 45,200
        total_debt=1_122_800,  # 340,000 + 102,800 + 480,000 + 200,000
        financial_institution_debt=442_800,  # 遠東 340,000 + 郵政 102,800
        other_debt=680_000,  # AMC 480,000 + private 200,000
        debtor_standard_expense=20_364,
        debtor_claimed_expense=18_025,  # 8,000 + 6,000 + 1,500 + 1,200 + 826 + 499
        debtor_necessary_expense=18_025,
        dependents_standard_expense=6_788,  # 20,364 / 3
        dependents_expense=5_000,  # claimed
        monthly_income=30_000,  # 26,000 + 4,000 cash
        disposable_income=6_975,  # 30,000 - 18,025 - 5,000
        # Window 2021-12-10 .. 2026-12-09; the shop 2021-03 .. 2022-08 is counted from 2021-12: 9 months,
        # 1,620,000 / 9 = 180,000 <= 200,000.
        consumer_eligible=True,
        average_monthly_turnover=90_000,  # 1,620,000 / 18 months (2022-01 to 2023-06, inside the window)
        business_months=18,
        court_fee=1_000,
        postage_estimate=2_225,  # (4 + 1) x 645 - 1,000
    )
    assert (fig.largest_creditor.name, fig.largest_creditor.confirmed) == ("遠東國際商業銀行", False)
    assert fig.plan_scenarios == []  # rehabilitation: the plan is tested in test_plan.py
    assert_finding(report, "ATTACHMENTS_MISSING", N, "attachments", count=2)


def test_example_court_private_amc_carries_a_plan_that_passes_the_court_tests() -> None:
    """The court does not ask for the whole debt (15,595 x 72) but for the surplus: the example's plan of
    72 x 6,900 = 496,800 passes Art. 64-1, 9/10 x (48,720 + 6,975 x 72) = 9/10 x 550,920 = 495,828."""
    report = example("court-private-amc")
    court = report.figures.court
    assert court is not None and court.plan is not None
    assert (court.plan.total, court.plan.percent_repaid, court.plan.passes) == (496_800, "44.24", True)
    assert [t.required_amount for t in court.plan.tests[:3]] == [48_720, 137_400, 495_828]
    assert_no(report, "PLAN_NOT_AFFORDABLE", "PLAN_TEST_FAILED")

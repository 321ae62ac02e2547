"""The court's computations (debtassist.rules.plan), against the rulings of courts-and-plans §4.4 read from case
files built for them, and against hand-computed personas. Every expected number is written out."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtassist.model.case import (
    Art53Exception,
    Asset,
    AssetKind,
    Case,
    Creditor,
    CreditorKind,
    DebtType,
    DischargeAnswer,
    PlanPhase,
    Route,
)
from debtassist.model.codec import case_to_json, load_case_file
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import CheckReport, check_case
from debtassist.rules.explain import Severity
from debtassist.rules.plan import (
    CourtFigures,
    PlanResult,
    PlanTest,
    percent_text,
    split_largest_remainder,
    two_year_window,
)
from tests.rules.personas import TODAY
from tests.rules.plan_builders import CASES, court_case, ruling_cases, split_claims, unsecured

TABLE = load_living_expense_table(None)
E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE


def check(case: Case) -> CheckReport:
    return check_case(case, TABLE, TODAY)


def court_of(report: CheckReport) -> CourtFigures:
    assert report.figures.court is not None
    return report.figures.court


def plan_of(report: CheckReport) -> PlanResult:
    plan = court_of(report).plan
    assert plan is not None
    return plan


def plan_test(plan: PlanResult, key: str) -> PlanTest:
    return next(t for t in plan.tests if t.key == key)


def codes(report: CheckReport, severity: Severity) -> list[str]:
    return [f.code for f in report.findings if f.severity is severity]


def finding(report: CheckReport, code: str) -> Mapping[str, object]:
    matches = [f for f in report.findings if f.code == code]
    assert len(matches) == 1, (code, [f.code for f in report.findings])
    return matches[0].params


# --- the rulings of courts-and-plans §4.4, from their case files ----------------------------------------------


def test_the_ruling_case_files_are_current() -> None:
    """The committed files are what the builders make (regenerate: python -m tests.rules.plan_builders)."""
    for name, case in ruling_cases().items():
        case.case_id = name
        assert (CASES / f"{name}.json").read_text(encoding="utf-8") == case_to_json(case), name


def ruling(name: str) -> CheckReport:
    case, steps = load_case_file(CASES / f"{name}.json")
    assert steps == []
    return check(case)


@pytest.mark.parametrize(
    ("name", "months", "total", "printed_percent", "ours"),
    [
        ("a-shilin-113-44", 72, 520_992, "21.58", "21.58"),  # 7,236 x 72
        ("b-shilin-113-31", 72, 190_368, "9", "9.00"),  # 1,610 x 60 + 7,814 x 12 = 96,600 + 93,768
        ("c-shilin-111-19", 72, 323_280, "4.9", "4.90"),  # 4,490 x 72
        ("d-taoyuan-104-112", 72, 876_000, "46.46", "46.46"),  # 10,500 x 72 + 20,000 x 6
        ("f-taoyuan-113-359", 72, 158_400, "5.15", "5.15"),  # 2,200 x 72; 158,400 / 3,070,518 = 5.1587 %
    ],
)
def test_approved_plans_are_reproduced(
    name: str, months: int, total: int, printed_percent: str, ours: str
) -> None:
    report = ruling(name)
    plan = plan_of(report)
    assert (plan.months, plan.total, plan.percent_repaid) == (months, total, ours)
    # Within the stated rounding: the court printed fewer decimals, or the same two.
    assert Fraction(ours) == Fraction(printed_percent) or ours.startswith(printed_percent)
    assert plan.passes is True
    assert not [c for c in codes(report, E) if c.startswith("PLAN_")]
    # The parts of every creditor add up to the total exactly.
    assert sum(share.total for share in plan.distribution) == total


def test_ruling_f_percent_is_cut_not_rounded() -> None:
    # 158,400 / 3,070,518 = 0.0515873...: rounding would print 5.16, the court printed 5.15.
    assert percent_text(158_400, 3_070_518)[0] == "5.15"
    assert plan_of(ruling("f-taoyuan-113-359")).base == 3_070_518


def test_ruling_b_is_stepped() -> None:
    plan = plan_of(ruling("b-shilin-113-31"))
    assert [(p.instalments, p.amount) for p in plan.phases] == [(60, 1_610), (12, 7_814)]
    # Each phase's instalment is split on its own and each split adds up to the instalment.
    for index, phase in enumerate(plan.phases):
        assert sum(share.per_instalment[index] for share in plan.distribution) == phase.amount


def test_ruling_c_two_year_test_has_no_surplus() -> None:
    court = court_of(ruling("c-shilin-111-19"))
    assert court.window_income == 853_988
    assert court.surplus_two_years == 853_988 - 928_776 == -74_788  # 24 x 38,699 = 928,776
    assert plan_test(plan_of(ruling("c-shilin-111-19")), "art_64_2_4").required_amount == 0


def test_ruling_d_extra_payments_and_the_car() -> None:
    report = ruling("d-taoyuan-104-112")
    plan = plan_of(report)
    assert (plan.yearly_extra, plan.yearly_extra_count) == (20_000, 6)
    assert court_of(report).liquidation_value == 30_000
    liq = plan_test(plan, "art_64_2_3")
    assert (liq.required_amount, liq.plan_amount, liq.passes) == (30_000, 876_000, True)
    # With a liquidation value the 9/10 rule applies: 9/10 x (30,000 + 13,000 x 72) = 9/10 x 966,000 = 869,400.
    assert plan_test(plan, "art_64_1").required_amount == 869_400


def test_refusal_example_9_10_of_1_010_765() -> None:
    report = ruling("e-taipei-110-87")
    plan = plan_of(report)
    assert (plan.months, plan.total) == (96, 672_000)
    best_effort = plan_test(plan, "art_64_1")
    # 1,010,765 x 9/10 = 909,688.5, 元以下四捨五入 909,689 > 672,000.
    assert (best_effort.required_amount, best_effort.passes, best_effort.shortfall) == (
        909_689,
        False,
        237_689,
    )
    params = finding(report, "PLAN_TEST_FAILED")
    assert (params["required"], params["plan"], params["shortfall"]) == ("909,689", "672,000", "237,689")
    # The 96-month term itself is allowed: the plan states the Art. 53 exception.
    assert plan_test(plan, "art_53_term").passes is True


# --- hand-computed personas ------------------------------------------------------------------------------------


def no_value_persona(**plan: Any) -> Case:
    """Income 40,000, necessary 30,000: surplus 10,000 a month. Two-year income 864,000 - 24 x 30,000 = 144,000.
    No property. Claims 1,000,000."""
    return court_case(
        monthly_income=40_000, need=30_000, two_year_total=864_000, claims=split_claims(1_000_000), **plan
    )


def test_no_liquidation_value_four_fifths_binds() -> None:
    court = court_of(check(no_value_persona()))
    assert (court.surplus_per_month, court.surplus_two_years, court.liquidation_value) == (10_000, 144_000, 0)
    suggested = court.suggested_plan
    assert suggested is not None
    # 4/5 x 72 x 10,000 = 576,000 -> 8,000 a month; the two-year minimum is only 144,000 / 72 = 2,000.
    assert suggested.required == {"art_64_2_3": 0, "art_64_2_4": 144_000, "art_64_1": 576_000}
    assert (suggested.monthly, suggested.total, suggested.binding) == (8_000, 576_000, "art_64_1")
    assert suggested.percent_repaid == "57.60"  # 576,000 / 1,000,000
    assert suggested.affordable is True


def test_with_liquidation_value_nine_tenths_binds() -> None:
    case = no_value_persona()
    case.assets = [Asset(id="a-dep", kind=AssetKind.DEPOSIT, value=50_000)]
    suggested = court_of(check(case)).suggested_plan
    assert suggested is not None
    # 9/10 x (50,000 + 72 x 10,000) = 9/10 x 770,000 = 693,000 -> 693,000 / 72 = 9,625 a month.
    assert suggested.required["art_64_1"] == 693_000
    assert (suggested.monthly, suggested.binding, suggested.affordable) == (9_625, "art_64_1", True)


def test_two_year_surplus_binds_and_is_not_affordable() -> None:
    # Earned 60,000 a month before filing, 35,000 now; necessary 30,000.
    case = court_case(
        monthly_income=35_000, need=30_000, two_year_total=1_440_000, claims=split_claims(2_000_000)
    )
    report = check(case)
    court = court_of(report)
    assert court.surplus_two_years == 1_440_000 - 720_000 == 720_000
    suggested = court.suggested_plan
    assert suggested is not None
    # 4/5 x 72 x 5,000 = 288,000 (4,000 a month) < 720,000 / 72 = 10,000 a month.
    assert (suggested.monthly, suggested.binding, suggested.affordable) == (10_000, "art_64_2_4", False)
    assert finding(report, "PLAN_SUGGESTED_NOT_AFFORDABLE")["monthly"] == "10,000"
    # Art. 53 allows 8 years to reach the Art. 64 II (4) minimum: 720,000 / 96 = 7,500 a month.
    case.plan.term_months = 96
    case.plan.art53_exception = Art53Exception.REACH_MINIMUMS
    longer = court_of(check(case)).suggested_plan
    assert longer is not None and (longer.monthly, longer.term_allowed) == (7_500, True)


def test_negative_surplus_proposes_no_amount() -> None:
    """Income 25,000 below necessary 30,000, two-year income 600,000 below 720,000, no property: every test asks
    for 0. The app proposes no amount and says so (PLAN_NO_MINIMUM); it does not invent a figure."""
    case = court_case(
        monthly_income=25_000, need=30_000, two_year_total=600_000, claims=split_claims(900_000)
    )
    report = check(case)
    court = court_of(report)
    assert (court.surplus_per_month, court.surplus_two_years) == (-5_000, -120_000)
    suggested = court.suggested_plan
    assert suggested is not None
    assert suggested.required == {"art_64_2_3": 0, "art_64_2_4": 0, "art_64_1": 0}
    assert (suggested.monthly, suggested.total, suggested.binding) == (0, 0, None)
    assert "PLAN_NO_MINIMUM" in codes(report, N)
    assert "PLAN_NOT_ENTERED" not in codes(report, N)


def test_stepped_plan_passes_at_exactly_the_required_amount() -> None:
    # 24 x 6,000 + 48 x 9,000 = 144,000 + 432,000 = 576,000 = 4/5 x 72 x 10,000.
    report = check(no_value_persona(phases=[(24, 6_000), (48, 9_000)]))
    plan = plan_of(report)
    assert (plan.total, plan.months, plan.percent_repaid, plan.passes) == (576_000, 72, "57.60", True)
    # Claims 500,000 / 333,333 / 166,667: 6,000 splits exactly as 3,000 / 2,000 / 1,000 (1,999.998 + 1,000.002
    # round to 2,000 and 1,000), 9,000 as 4,500 / 3,000 / 1,500.
    assert [s.claim for s in plan.distribution] == [500_000, 333_333, 166_667]
    assert [s.per_instalment for s in plan.distribution] == [(3_000, 4_500), (2_000, 3_000), (1_000, 1_500)]
    assert [s.total for s in plan.distribution] == [288_000, 192_000, 96_000]
    one_short = check(no_value_persona(phases=[(24, 6_000), (48, 8_999)]))
    assert finding(one_short, "PLAN_TEST_FAILED")["shortfall"] == "48"  # 576,000 - 575,952


def home_loan_persona(**plan: Any) -> Case:
    case = no_value_persona(**plan)
    case.creditors.append(
        Creditor(
            id="c-home",
            kind=CreditorKind.BANK,
            name="丁商業銀行",
            address="臺北市信義區松仁路1號",
            debt_type=DebtType.HOME_LOAN,
            cause="房屋貸款",
            principal=3_000_000,
            interest_fees=0,
            secured=True,
            security="抵押權",
            secured_coverage=3_000_000,
            home_loan=True,
            special_clause=True,
        )
    )
    return case


def test_home_loan_special_clause_allows_96_months_when_stated() -> None:
    # Over 96 months the 4/5 amount grows with the term: 4/5 x 96 x 10,000 = 768,000 = 96 x 8,000.
    report = check(home_loan_persona(phases=[(96, 8_000)], term_months=96))
    plan = plan_of(report)
    assert plan_test(plan, "art_64_1").required_amount == 768_000  # 4/5 x 96 x 10,000
    assert (plan.total, plan_test(plan, "art_53_term").required_amount) == (768_000, 96)
    # The special clause allows 8 years, but Rules Art. 27 asks the plan to state it.
    assert finding(report, "PLAN_TERM_NO_EXCEPTION")["months"] == 96
    stated = check(home_loan_persona(phases=[(96, 8_000)], art53_exception=Art53Exception.HOME_LOAN_CLAUSE))
    assert plan_of(stated).passes is True
    assert not [c for c in codes(stated, E) if c.startswith("PLAN_")]
    # The home loan is secured in full: it is not among the creditors the plan pays.
    assert [s.name for s in plan.distribution] == ["甲商業銀行", "乙商業銀行", "丙資產管理公司"]


def test_term_over_96_and_payments_less_often_than_every_three_months() -> None:
    report = check(home_loan_persona(phases=[(25, 30_000)], interval_months=4))
    plan = plan_of(report)
    assert plan.months == 100  # 25 payments every 4 months
    assert set(codes(report, E)) >= {"PLAN_TERM_TOO_LONG", "PLAN_INTERVAL_TOO_LONG"}
    over_72 = check(no_value_persona(phases=[(84, 7_000)]))
    assert finding(over_72, "PLAN_TERM_NO_EXCEPTION")["months"] == 84


def test_secured_asset_counts_above_the_secured_claim_and_excluded_items_are_listed() -> None:
    case = no_value_persona()
    case.assets = [
        Asset(id="a-flat", kind=AssetKind.REAL_ESTATE, value=2_000_000, counted_value=1_200_000),
        Asset(id="a-dep", kind=AssetKind.DEPOSIT, value=8_000),
        Asset(
            id="a-land",
            kind=AssetKind.REAL_ESTATE,
            value=90_000,
            hard_to_sell=True,
            exclusion_reason="共有持分",
        ),
        Asset(id="a-ins", kind=AssetKind.INSURANCE, value=5_000, excluded_from_estate=True),
    ]
    case.creditors.append(
        Creditor(
            id="c-mortgage",
            kind=CreditorKind.BANK,
            name="戊商業銀行",
            principal=1_000_000,
            secured=True,
            secured_coverage=1_000_000,
            collateral_asset_id="a-flat",
        )
    )
    report = check(case)
    court = court_of(report)
    # 1,200,000 - 1,000,000 taken by the secured creditor + 8,000; the land and the policy are not counted.
    assert court.liquidation_value == 208_000
    assert [(i.asset_id, i.excluded) for i in court.excluded_items] == [
        ("a-land", "hard_to_sell"),
        ("a-ins", "excluded_from_estate"),
    ]
    assert finding(report, "PLAN_EXCLUDED_WITHOUT_REASON")["description"] == "#4"


def test_window_is_counted_back_from_the_filing_date_and_gaps_are_found() -> None:
    assert two_year_window(date(2026, 12, 10)) == range(2024 * 12 + 11, 2026 * 12 + 11)  # 2024-12 .. 2026-11
    case = no_value_persona()
    case.income.records = case.income.records[:1]  # only 2024-12 .. 2025-11
    params = finding(check(case), "PLAN_INCOME_WINDOW_GAP")
    assert (params["start"], params["end"], params["count"], params["first"]) == (
        "113/12",
        "115/11",
        12,
        "114/12",
    )


def test_a_calendar_year_reaching_outside_the_window_counts_pro_rata() -> None:
    case = no_value_persona()
    first = case.income.records[0]
    first.period_from, first.period_to, first.amount = date(2024, 1, 1), date(2024, 12, 31), 120_001
    # Only 2024-12 is inside: 120,001 x 1/12 = 10,000.08 -> 10,000; plus the second period 432,000.
    assert court_of(check(case)).window_income == 442_000


def test_living_expense_year_other_than_the_filing_year_is_a_note() -> None:
    case = no_value_persona()
    case.expenses.mode = None  # the standard: 1.2 x the figure
    case.living_expense_year = 2025
    report = check(case)
    assert report.figures.living.year == 2025 and report.figures.living.monthly == 20_379
    params = finding(report, "PLAN_LIVING_YEAR_NOT_FILING_YEAR")
    assert (params["year"], params["filing_year"]) == (2025, 2026)
    assert params["chosen"] == "20,379 (secondary)" and params["filing"] == "20,744 (secondary)"
    assert court_of(report).living_filing_year.monthly == 20_744


def test_filing_in_2027_asks_for_the_announced_figure() -> None:
    case = no_value_persona()
    case.expenses.mode = None
    case.filing_date = date(2027, 1, 4)
    report = check_case(case, TABLE, date(2027, 1, 4))
    assert report.figures.living.status == "missing"
    assert "LIVING_EXPENSE_MISSING" in codes(report, E)


# --- liquidation ---------------------------------------------------------------------------------------------


def test_liquidation_with_an_art_133_risk() -> None:
    case = no_value_persona()
    case.route = Route.LIQUIDATION
    case.assets = [Asset(id="a-dep", kind=AssetKind.DEPOSIT, value=20_000)]
    report = check(case)
    outlook = court_of(report).discharge_outlook
    assert outlook is not None
    # Surplus 10,000 a month after opening; distribution 20,000 < two-year surplus 144,000.
    assert (outlook.has_surplus, outlook.estimated_distribution, outlook.surplus_two_years) == (
        True,
        20_000,
        144_000,
    )
    assert (outlook.art133_risk, outlook.art141_remaining) == (True, 124_000)
    # Art. 142: 20 % of each ordinary claim (500,000 / 333,333 / 166,667), rounded up.
    assert [r.twenty_percent for r in outlook.art142] == [100_000, 66_667, 33_334]
    params = finding(report, "PLAN_ART133_RISK")
    assert (params["distribution"], params["two_years"], params["twenty"]) == ("20,000", "144,000", "200,001")
    assert finding(report, "PLAN_ART134_UNANSWERED")["count"] == 8
    assert court_of(report).plan is None  # liquidation has no plan


def test_liquidation_without_an_art_133_risk_and_art_134_answers() -> None:
    case = court_case(
        route=Route.LIQUIDATION,
        monthly_income=25_000,
        need=30_000,
        two_year_total=600_000,
        claims=split_claims(900_000),
    )
    case.discharge_answers = {str(n): DischargeAnswer(answer=False) for n in range(1, 9)}
    case.discharge_answers["4"] = DischargeAnswer(answer=True)
    report = check(case)
    outlook = court_of(report).discharge_outlook
    assert outlook is not None and (outlook.has_surplus, outlook.art133_risk) == (False, False)
    assert "PLAN_ART133_RISK" not in codes(report, W)
    assert finding(report, "PLAN_ART134_EXPLAIN")["item"] == "4"  # asks for an explanation, no verdict
    assert "PLAN_ART134_UNANSWERED" not in codes(report, N)
    case.discharge_answers["4"].explanation = "債務多為生活費，賭博部分僅約五萬元"
    assert "PLAN_ART134_EXPLAIN" not in codes(check(case), W)


# --- negotiation: the bank's offer --------------------------------------------------------------------------


def test_bank_offer_affordability_as_the_tainan_court_measured_it() -> None:
    """臺南地院 113年度消債更字第575號: 180 x 13,816 at 0 % against 22,000 - 21,092 - 4,000 < 0."""
    case = court_case(
        route=Route.COURT_MEDIATION,
        monthly_income=22_000,
        need=25_092,
        two_year_total=528_000,
        claims=split_claims(2_486_880),
    )
    case.bank_offer.offered_by, case.bank_offer.months, case.bank_offer.monthly = "台新銀行", 180, 13_816
    report = check(case)
    offer = court_of(report).bank_offer
    assert offer is not None and (offer.disposable, offer.affordable) == (-3_092, False)
    assert finding(report, "PLAN_BANK_OFFER_NOT_AFFORDABLE")["monthly"] == "13,816"
    assert report.figures.plan_scenarios  # the negotiation illustrations stay


def test_check_json_carries_the_court_figures() -> None:
    data = check(no_value_persona(phases=[(72, 8_000)])).to_json("en")["figures"]
    assert data["liquidation_value"] == 0 and data["surplus_two_years"] == 144_000
    assert data["plan"]["total"] == 576_000 and data["plan"]["percent_repaid"] == "57.60"
    assert [t["key"] for t in data["plan"]["tests"]] == [
        "art_64_2_3",
        "art_64_2_4",
        "art_64_1",
        "art_53_term",
        "art_53_interval",
        "art_42",
    ]
    assert data["plan"]["tests"][2]["article"] == "Act Art. 64-1"
    assert data["suggested_plan"]["binding"] == "art_64_1"
    assert data["because"]["suggested_plan"] == [
        "Over 72 instalments at least NT$8,000 each (total NT$576,000): set by Art. 64-1 (9/10 or 4/5) (Act Art. 64-1)"
    ]


# --- properties -------------------------------------------------------------------------------------------------


@given(
    st.integers(min_value=0, max_value=10_000_000),
    st.lists(st.integers(min_value=1, max_value=50_000_000), min_size=1, max_size=40),
)
def test_largest_remainder_parts_add_up_and_are_never_negative(total: int, weights: list[int]) -> None:
    parts = split_largest_remainder(total, weights)
    assert sum(parts) == total
    assert all(p >= 0 for p in parts)
    # Each part is within a dollar of its exact share.
    for part, weight in zip(parts, weights, strict=True):
        assert abs(part - Fraction(total * weight, sum(weights))) < 1


@given(
    st.lists(st.tuples(st.integers(1, 96), st.integers(0, 200_000)), min_size=1, max_size=4),
    st.lists(st.integers(min_value=1, max_value=5_000_000), min_size=1, max_size=12),
    st.integers(0, 50_000),
)
def test_distribution_sums_to_the_plan_total(
    phases: list[tuple[int, int]], claims: list[int], extra: int
) -> None:
    case = court_case(
        monthly_income=40_000,
        need=30_000,
        two_year_total=864_000,
        claims=[unsecured(f"債權人{i}", c, f"c-{i}") for i, c in enumerate(claims)],
        phases=phases,
        yearly_extra=extra,
    )
    plan = plan_of(check(case))
    assert sum(s.total for s in plan.distribution) == plan.total
    assert all(s.total >= 0 and min(s.per_instalment) >= 0 for s in plan.distribution)


def test_plan_values_that_cannot_be_right_are_errors_not_crashes() -> None:
    case = no_value_persona(
        phases=[(0, 5_000), (72, 8_000)], payment_day=32, yearly_extra_month=13, term_months=0
    )
    case.plan.phases.append(PlanPhase(instalments=12))
    report = check(case)
    invalid = sorted(f.path for f in report.findings if f.code == "PLAN_VALUE_INVALID")
    assert invalid == [
        "plan.payment_day",
        "plan.phases[0].instalments",
        "plan.term_months",
        "plan.yearly_extra_month",
    ]
    assert [f.path for f in report.findings if f.code == "PLAN_PHASE_INCOMPLETE"] == ["plan.phases[2]"]
    # The valid phase still counts, and a term of 0 falls back to 72 for the suggestion.
    assert plan_of(report).total == 576_000
    suggested = court_of(report).suggested_plan
    assert suggested is not None and suggested.months == 72

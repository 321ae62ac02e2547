"""compute_figures against the domain reference: totals, largest creditor (§3), Art. 64-2 and affordability (§6),
plan payments, the consumer test (§2), the rehabilitation ceiling and the court fees — with hand-computed
examples and property tests whose expectations are computed independently of the code under test."""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtassist.model.case import (
    Applicant,
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
    History,
    Income,
    IncomeKind,
    LivingExpenseConfirmation,
    MonthlyIncome,
    PreviousNegotiation,
    Route,
)
from debtassist.rules.check import check_case
from debtassist.rules.figures import Figures, compute_figures, monthly_payment
from tests.rules.personas import TODAY, annuity_payment, base_case, november_2026_table, taipei_single

TABLE = november_2026_table()  # see tests.rules.personas
CEILING = 12_000_000


def figures_of(case: Case) -> Figures:
    return compute_figures(case, TABLE)


def household(county: str = "臺北市", filing: date = date(2026, 12, 7), **fields: object) -> Case:
    who = Applicant(name="測試", residence_county=county)
    return base_case(Route.BANK_NEGOTIATION, filing, who, **fields)


def confirmed(monthly: int, area: str = "TPE", year: int = 2026) -> LivingExpenseConfirmation:
    return LivingExpenseConfirmation(area=area, year=year, monthly=monthly, source="社會局公告")


# --- Art. 64-2: 1.2 x the figure, exact value kept, shown rounded half up ---------------------------------------


@pytest.mark.parametrize(
    ("county", "area", "minimum", "exact", "rounded"),
    [
        ("臺北市", "TPE", 20_744, Fraction(124_464, 5), 24_893),  # 24,892.8
        ("新北市", "NTPC", 17_750, Fraction(21_300), 21_300),
        ("桃園市", "TYN", 17_186, Fraction(103_116, 5), 20_623),  # 20,623.2
        ("臺中市", "TXG", 16_431, Fraction(98_586, 5), 19_717),  # 19,717.2
        ("臺南市", "TNN", 15_515, Fraction(18_618), 18_618),
        ("高雄市", "KHH", 16_970, Fraction(20_364), 20_364),
        ("南投縣", "TWP", 15_515, Fraction(18_618), 18_618),
    ],
)
def test_debtor_standard_for_each_2026_area(
    county: str, area: str, minimum: int, exact: Fraction, rounded: int
) -> None:
    fig = figures_of(household(county))
    assert (fig.living.area, fig.living.monthly, fig.living.status) == (area, minimum, "secondary")
    assert fig.debtor_standard_expense_exact == exact == Fraction(6, 5) * minimum
    assert fig.debtor_standard_expense == rounded
    assert fig.debtor_necessary_expense == rounded


def test_lienchiang_shares_the_fujian_conflict() -> None:
    fig = figures_of(household("連江縣"))
    assert (fig.living.area, fig.living.monthly, fig.living.status) == ("FJP", None, "conflict")
    assert fig.debtor_standard_expense is None and fig.debtor_necessary_expense is None


def test_dependent_share_rounds_half_up() -> None:
    # Confirmed 15,175: 15,175 x 1.2 = 18,210; a quarter share is 4,552.5 -> 4,553 (half up, not half even).
    case = household(
        living_expense=confirmed(15_175),
        dependents=[Dependent(name="子", support_share="1/4")],
    )
    fig = figures_of(case)
    assert fig.debtor_standard_expense == 18_210
    assert fig.dependents_standard_expense == 4_553
    assert fig.dependents_expense == 4_553


def test_each_dependent_is_rounded_as_printed_so_the_rows_add_up() -> None:
    # 17,186 x 1.2 = 20,623.2; three dependents at 1/3 each: 6,874.4 -> 6,874 printed on each row, and the
    # total is what the rows add up to, 20,622 (summing the exact shares first would print 20,623 under rows
    # that add up to 20,622). The legal rounding convention is unconfirmed; the trail says so.
    case = household(
        "桃園市",
        dependents=[Dependent(name=n, support_share="1/3") for n in ("甲", "乙", "丙")],
    )
    fig = figures_of(case)
    assert fig.dependents_expense == fig.dependents_standard_expense == 20_622


@pytest.mark.parametrize("share", ["", " ", "\u3000", "\t"])
def test_dependent_without_a_share_is_not_entered_and_reported(share: str) -> None:
    """Blank or only spaces is "not entered": nothing is assumed, the share is reported as missing."""
    case = household(dependents=[Dependent(name="母", support_share=share)])
    fig = figures_of(case)
    assert fig.bad_shares == [0]
    assert fig.dependents_expense == 0
    missing = [f for f in check_case(case, TABLE, TODAY).findings if f.code == "SHARE_MISSING"]
    assert [f.path for f in missing] == ["dependents[0].support_share"]
    assert "母" in missing[0].message("zh-TW")


def test_an_empty_dependent_row_adds_nothing_and_is_not_reported() -> None:
    case = household(dependents=[Dependent()])
    assert figures_of(case).dependents_expense == 0
    assert not [f for f in check_case(case, TABLE, TODAY).findings if f.path.startswith("dependents")]


def test_dependents_not_supported_or_with_unreadable_share() -> None:
    case = household(
        dependents=[
            Dependent(name="已成年", supported=False, support_share="1/2"),
            Dependent(name="子", support_share="一半"),
            Dependent(name="女", support_share="50%"),
        ]
    )
    fig = figures_of(case)
    assert fig.bad_shares == [1]
    assert fig.dependents_expense == 12_446  # only 女: 24,892.8 x 1/2 = 12,446.4


def test_claimed_support_is_used_and_missing_figure_leaves_only_claims() -> None:
    deps = [Dependent(name="母", support_share="1/3", monthly_amount=5_000)]
    fig = figures_of(household(filing=date(2025, 12, 1), dependents=deps))
    assert fig.living.status == "missing"
    assert fig.dependents_expense == 5_000
    assert fig.debtor_necessary_expense is None and fig.disposable_income is None


def test_expense_mode_not_chosen_uses_the_standard() -> None:
    case = household(expenses=Expenses(mode=None))
    fig = figures_of(case)
    assert fig.debtor_necessary_expense == 24_893
    assert fig.explain("debtor_necessary_expense", "en")


def test_itemized_without_items_has_no_necessary_expense() -> None:
    fig = figures_of(household(expenses=Expenses(mode=ExpenseMode.ITEMIZED)))
    assert fig.debtor_necessary_expense is None
    assert fig.disposable_income is None


# --- the living-expense figure that applies ---------------------------------------------------------------------


def test_confirmation_for_the_area_and_year_wins_over_the_table() -> None:
    fig = figures_of(household(living_expense=confirmed(21_000)))
    assert (fig.living.monthly, fig.living.status, fig.living.source) == (21_000, "confirmed", "社會局公告")
    assert fig.living.reference is not None and fig.living.reference.monthly == 20_744


@pytest.mark.parametrize("other", [confirmed(21_000, area="NTPC"), confirmed(21_000, year=2025)])
def test_confirmation_for_another_area_or_year_is_ignored(other: LivingExpenseConfirmation) -> None:
    fig = figures_of(household(living_expense=other))
    assert (fig.living.monthly, fig.living.status) == (20_744, "secondary")


def test_unknown_county_and_missing_filing_date() -> None:
    assert figures_of(household("火星市")).living.status == "no_area"
    case = household()
    case.filing_date = None
    fig = figures_of(case)
    assert (fig.living.area, fig.living.status, fig.living.monthly) == ("TPE", "no_year", None)


def test_the_2024_new_taipei_court_figure_and_2023_taichung_official_figure() -> None:
    fig = figures_of(household("新北市", date(2024, 5, 1)))
    assert (fig.living.monthly, fig.living.status, fig.debtor_standard_expense) == (16_400, "court", 19_680)
    fig = figures_of(household("臺中市", date(2023, 5, 1)))
    assert (fig.living.monthly, fig.living.status) == (15_472, "official")
    assert fig.debtor_standard_expense_exact == Fraction(92_832, 5)  # 18,566.4
    assert fig.debtor_standard_expense == 18_566


def test_an_unconfirmed_figure_is_not_used() -> None:
    fig = figures_of(household("臺北市", date(2024, 5, 1)))  # TPE 2024 is "unconfirmed" (19,649)
    assert (fig.living.monthly, fig.living.status) == (None, "unconfirmed")
    assert fig.living.reference is not None and fig.living.reference.monthly == 19_649


# --- debts ------------------------------------------------------------------------------------------------------


def test_secured_part_rules() -> None:
    case = household(
        creditors=[
            Creditor(kind=CreditorKind.BANK, name="甲銀行", principal=500_000, interest_fees=0, secured=True),
            Creditor(
                kind=CreditorKind.BANK,
                name="乙銀行",
                principal=300_000,
                interest_fees=20_000,
                secured=True,
                secured_coverage=900_000,
            ),
            Creditor(
                kind=CreditorKind.BANK,
                name="丙銀行",
                principal=100_000,
                secured=False,
                secured_coverage=50_000,
            ),
        ]
    )
    fig = figures_of(case)
    # 甲: no cover entered -> all 500,000 secured; 乙: cover above the claim -> 320,000; 丙: not secured -> 0.
    assert (fig.secured_debt, fig.unsecured_debt, fig.total_debt) == (820_000, 100_000, 920_000)
    assert fig.largest_creditor.name == "丙銀行"


def test_largest_creditor_tie_and_confirmation() -> None:
    a = Creditor(id="c-a", kind=CreditorKind.BANK, name="甲銀行", principal=100_000)
    b = Creditor(id="c-b", kind=CreditorKind.POST, name="中華郵政", principal=100_000)
    fig = figures_of(household(creditors=[a, b]))
    assert (fig.largest_creditor.name, fig.largest_creditor.tie, fig.largest_creditor.confirmed) == (
        "甲銀行",
        True,
        False,
    )
    case = household(creditors=[a, b])
    case.largest_creditor.creditor_id = "c-b"
    fig = figures_of(case)
    assert (fig.largest_creditor.name, fig.largest_creditor.amount, fig.largest_creditor.confirmed) == (
        "中華郵政",
        100_000,
        True,
    )
    assert fig.largest_creditor.suggested_name == "甲銀行"
    assert any("中華郵政" in line for line in fig.explain("largest_creditor", "zh-TW"))


def test_plan_base_leaves_out_home_loans_and_on_the_bank_route_non_fi_debt() -> None:
    creditors = [
        # An owner-occupied home loan (unsecured here, to show it is left out for being a home loan).
        Creditor(kind=CreditorKind.BANK, name="甲銀行", principal=2_000_000, home_loan=True),
        Creditor(kind=CreditorKind.BANK, name="乙銀行", principal=300_000, interest_fees=3_000),
        Creditor(kind=CreditorKind.AMC, name="資產公司", principal=90_000),
        Creditor(kind=CreditorKind.BANK, name="丙銀行", principal=70_000, debt_type=DebtType.GUARANTEE),
    ]
    bank_case = household(creditors=creditors)
    assert figures_of(bank_case).plan_base == 303_000  # 乙 only
    court_case = household(creditors=creditors)
    court_case.route = Route.LIQUIDATION
    assert figures_of(court_case).plan_base == 463_000  # 303,000 + 90,000 + 70,000


# --- rehabilitation ceiling (Art. 42 I) ---------------------------------------------------------------------------


@pytest.mark.parametrize(("principal", "ok"), [(CEILING, True), (CEILING + 1, False)])
def test_rehabilitation_ceiling_boundary(principal: int, ok: bool) -> None:
    creditors = [
        Creditor(kind=CreditorKind.BANK, name="甲銀行", principal=principal - 1_000, interest_fees=1_000),
        Creditor(kind=CreditorKind.PRIVATE, name="稅捐", principal=5_000_000, priority=True),
        Creditor(kind=CreditorKind.BANK, name="乙銀行", principal=5_000_000, secured=True),
    ]
    fig = figures_of(household(creditors=creditors))
    assert fig.unsecured_non_priority_debt == principal
    assert fig.rehabilitation_ceiling_ok is ok


# --- the consumer test (Art. 2, Enforcement Rules Art. 4) --------------------------------------------------------


def business_case(filing: date, *periods: BusinessPeriod, had: bool | None = True) -> Case:
    return household(filing=filing, business=Business(had_business=had, periods=list(periods)))


def test_average_exactly_at_the_ceiling_is_a_consumer() -> None:
    # 2025-01 .. 2025-10: 10 months, 2,000,000 / 10 = 200,000 <= 200,000.
    period = BusinessPeriod(start=date(2025, 1, 1), end=date(2025, 10, 31), turnover=2_000_000)
    fig = figures_of(business_case(date(2026, 12, 1), period))
    assert (fig.consumer_eligible, fig.average_monthly_turnover, fig.business_months) == (True, 200_000, 10)


def test_one_dollar_over_the_ceiling_is_not_a_consumer() -> None:
    # 2,000,001 / 10 = 200,000.1: above the ceiling even though it shows as 200,000 when rounded.
    period = BusinessPeriod(start=date(2025, 1, 1), end=date(2025, 10, 31), turnover=2_000_001)
    fig = figures_of(business_case(date(2026, 12, 1), period))
    assert (fig.consumer_eligible, fig.average_monthly_turnover) == (False, 200_000)


def test_part_months_count_as_whole_months() -> None:
    # 2026-01-31 .. 2026-02-01 touches January and February: 2 months; 300,000 / 2 = 150,000.
    period = BusinessPeriod(start=date(2026, 1, 31), end=date(2026, 2, 1), turnover=300_000)
    fig = figures_of(business_case(date(2026, 12, 1), period))
    assert (fig.business_months, fig.average_monthly_turnover, fig.consumer_eligible) == (2, 150_000, True)


def test_running_business_is_counted_to_the_day_before_filing() -> None:
    # Started 2026-06-15, still running, filing 2026-12-01: window ends 2026-11-30 -> 2026-06 .. 2026-11 = 6 months.
    period = BusinessPeriod(start=date(2026, 6, 15), end=None, turnover=1_260_000)
    fig = figures_of(business_case(date(2026, 12, 1), period))
    assert (fig.business_months, fig.average_monthly_turnover) == (6, 210_000)
    assert fig.consumer_eligible is False


def test_five_year_window_starts_the_day_after_five_years_back() -> None:
    # Filing 2026-12-01: the window is 2021-12-01 .. 2026-11-30. A business that ended 2021-11-30 is outside;
    # one that ended on 2021-12-01 is inside (1 month).
    outside = BusinessPeriod(start=date(2020, 1, 1), end=date(2021, 11, 30), turnover=99_000_000)
    fig = figures_of(business_case(date(2026, 12, 1), outside))
    assert (fig.consumer_eligible, fig.business_months, fig.average_monthly_turnover) == (True, 0, None)
    inside = BusinessPeriod(start=date(2020, 1, 1), end=date(2021, 12, 1), turnover=150_000)
    fig = figures_of(business_case(date(2026, 12, 1), inside))
    assert (fig.consumer_eligible, fig.business_months, fig.average_monthly_turnover) == (True, 1, 150_000)


def test_window_for_a_filing_on_the_first_of_march_after_a_leap_day() -> None:
    # Filing 2028-03-01: the day before is 2028-02-29; five years back is 2023-02-28 (no 29th), the window
    # starts the day after: 2023-03-01. A business ending 2023-02-28 is outside.
    before = BusinessPeriod(start=date(2023, 1, 1), end=date(2023, 2, 28), turnover=9_000_000)
    fig = figures_of(business_case(date(2028, 3, 1), before))
    assert (fig.consumer_eligible, fig.business_months) == (True, 0)


def test_consumer_answers() -> None:
    assert figures_of(business_case(date(2026, 12, 1), had=False)).consumer_eligible is True
    assert figures_of(business_case(date(2026, 12, 1), had=None)).consumer_eligible is None
    assert figures_of(business_case(date(2026, 12, 1), had=True)).consumer_eligible is None  # no periods
    case = business_case(date(2026, 12, 1), BusinessPeriod(start=date(2025, 1, 1), turnover=1))
    case.filing_date = None
    assert figures_of(case).consumer_eligible is None


def test_missing_turnover_does_not_make_a_consumer() -> None:
    """A period inside the window whose turnover is not entered gives no average: the code must not count it
    as NT$0 and conclude "consumer" (domain §2 needs the turnover; §8: never invent a legal figure)."""
    period = BusinessPeriod(start=date(2025, 1, 1), end=date(2025, 12, 31), turnover=None)
    fig = figures_of(business_case(date(2026, 12, 1), period))
    assert fig.consumer_eligible is None


# --- court fee and postage ----------------------------------------------------------------------------------------


def fee_case(route: Route, filing: date, failed: date | None = None) -> Case:
    case = taipei_single()
    case.route = route
    case.filing_date = filing
    case.history = History(
        concluded_2006_agreement=False,
        previous_negotiation=PreviousNegotiation.FAILED,
        mediation_failed_date=failed,
    )
    return case


@pytest.mark.parametrize(
    ("route", "failed", "fee"),
    [
        (Route.REHABILITATION, date(2026, 11, 17), 0),  # 20 days before 2026-12-07
        (Route.LIQUIDATION, date(2026, 11, 17), 0),
        (Route.REHABILITATION, date(2026, 11, 16), 1_000),  # 21 days
        (Route.REHABILITATION, date(2026, 12, 8), 1_000),  # "failed" after filing: no waiver
        (Route.REHABILITATION, None, 1_000),
        (Route.COURT_MEDIATION, date(2026, 11, 30), 1_000),  # the waiver is for rehabilitation/liquidation
    ],
)
def test_court_fee_and_the_20_day_waiver(route: Route, failed: date | None, fee: int) -> None:
    fig = figures_of(fee_case(route, date(2026, 12, 7), failed))
    assert fig.court_fee == fee
    # taipei_single owes 4 debts at 3 banks (台新 spelled twice): (3 + 1) x 15 x 43 - 1,000 = 1,580.
    assert fig.postage_estimate == 1_580


def test_fees_for_bank_and_township_routes() -> None:
    fig = figures_of(fee_case(Route.BANK_NEGOTIATION, date(2026, 12, 7)))
    assert (fig.court_fee, fig.postage_estimate) == (None, None)
    fig = figures_of(fee_case(Route.TOWNSHIP_MEDIATION, date(2026, 12, 7)))
    assert (fig.court_fee, fig.postage_estimate) == (0, None)
    case = fee_case(Route.LIQUIDATION, date(2026, 12, 7))
    case.route = None
    assert figures_of(case).court_fee is None


def test_postage_never_negative() -> None:
    case = household(creditors=[])
    case.route = Route.REHABILITATION
    # (0 + 1) x 15 x 43 = 645 < 1,000 -> 0.
    assert figures_of(case).postage_estimate == 0


# --- plan payments ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "months", "rate", "payment"),
    [
        (1_560_000, 120, Fraction(0), 13_000),  # domain §6 example
        (1_000, 120, Fraction(0), 9),  # 8.33 -> 9, never short
        (0, 120, Fraction(5, 100), 0),
        (761_400, 120, Fraction(2, 100), 7_006),
        (470_000, 120, Fraction(5, 100), 4_986),
        (100_000, 12, Fraction(12, 100), 8_885),  # 1%/month: 100,000 x 0.01 / (1 - 1.01^-12) = 8,884.88
    ],
)
def test_monthly_payment_examples(base: int, months: int, rate: Fraction, payment: int) -> None:
    assert monthly_payment(base, months, rate) == payment
    assert annuity_payment(base, months, rate) == payment


@given(base=st.integers(0, 50_000_000), months=st.integers(1, 240))
def test_zero_rate_payment_covers_the_base_and_is_the_smallest_that_does(base: int, months: int) -> None:
    payment = monthly_payment(base, months, Fraction(0))
    assert payment * months >= base
    assert (payment - 1) * months < base or payment == 0
    assert payment == math.ceil(Fraction(base, months))


@given(
    base=st.integers(1, 50_000_000),
    months=st.sampled_from((12, 24, 36, 60, 72, 96, 120, 144, 180, 240)),
    rate=st.sampled_from((Fraction(1, 100), Fraction(2, 100), Fraction(5, 100), Fraction(8, 100))),
)
def test_rate_payment_repays_the_base_and_is_never_short(base: int, months: int, rate: Fraction) -> None:
    payment = monthly_payment(base, months, rate)
    assert payment == annuity_payment(base, months, rate)
    monthly = rate / 12
    balance = Fraction(base)
    for _ in range(months):
        balance = balance * (1 + monthly) - payment
    assert balance <= 0  # the plan is never short
    assert payment > math.ceil(Fraction(base, months)) - 1  # interest never makes it cheaper than 0%


# --- property tests: totals and affordability ---------------------------------------------------------------------

NAMES = (
    "國泰世華商業銀行",
    "台新國際商業銀行",
    "臺新國際商業銀行",
    "台新 國際商業銀行",
    "玉山商業銀行",
    "王先生",
)

creditors_strategy = st.lists(
    st.builds(
        Creditor,
        kind=st.sampled_from(list(CreditorKind)),
        name=st.sampled_from(NAMES),
        debt_type=st.sampled_from(list(DebtType)),
        principal=st.integers(0, 5_000_000),
        interest_fees=st.none() | st.integers(0, 1_000_000),
        secured=st.booleans(),
        secured_coverage=st.none() | st.integers(0, 6_000_000),
        priority=st.booleans(),
        home_loan=st.booleans(),
    ),
    max_size=8,
)


def _claim(c: Creditor) -> int:
    return (c.principal or 0) + (c.interest_fees or 0)


def _secured(c: Creditor) -> int:
    if not c.secured:
        return 0
    return _claim(c) if c.secured_coverage is None else min(_claim(c), c.secured_coverage)


def _is_fi(c: Creditor) -> bool:
    fi_kinds = (CreditorKind.BANK, CreditorKind.POST, CreditorKind.OTHER_FI)
    return c.kind in fi_kinds and c.debt_type is not DebtType.GUARANTEE


@settings(max_examples=150)
@given(creditors=creditors_strategy, route=st.sampled_from(list(Route)))
def test_totals_equal_the_sums_of_the_creditor_list(creditors: list[Creditor], route: Route) -> None:
    case = household(creditors=creditors)
    case.route = route
    fig = figures_of(case)
    total = sum(_claim(c) for c in creditors)
    secured = sum(_secured(c) for c in creditors)
    assert fig.total_debt == total
    assert fig.secured_debt == secured
    assert fig.unsecured_debt == total - secured
    assert fig.financial_institution_debt == sum(_claim(c) for c in creditors if _is_fi(c))
    assert fig.financial_institution_debt + fig.other_debt == total
    unp = sum(_claim(c) - _secured(c) for c in creditors if not c.priority)
    assert fig.unsecured_non_priority_debt == unp
    assert fig.rehabilitation_ceiling_ok is (unp <= CEILING)
    # Largest creditor: unsecured FI claims grouped by bank (spaces and 台/臺 ignored).
    groups: dict[str, int] = {}
    for c in creditors:
        if _is_fi(c):
            key = c.name.replace(" ", "").replace("台", "臺")
            groups[key] = groups.get(key, 0) + _claim(c) - _secured(c)
    assert fig.largest_creditor.amount == max(groups.values(), default=0)
    if groups:
        assert fig.largest_creditor.name is not None
        assert groups[fig.largest_creditor.name.replace(" ", "").replace("台", "臺")] == max(groups.values())
    else:
        assert fig.largest_creditor.name is None
    # Plan base: unsecured, no home loans, financial institutions only on the bank route.
    base = sum(
        _claim(c) - _secured(c)
        for c in creditors
        if not c.home_loan and (route is not Route.BANK_NEGOTIATION or _is_fi(c))
    )
    assert fig.plan_base == base
    # Postage counts each bank once, however it is spelled: (banks + 1 debtor) x 15 x 43 - 1,000.
    if route in (Route.COURT_MEDIATION, Route.REHABILITATION, Route.LIQUIDATION):
        parties = len({c.name.replace(" ", "").replace("台", "臺") for c in creditors}) + 1
        assert fig.postage_estimate == max(0, parties * 15 * 43 - 1_000)


dependents_strategy = st.lists(
    st.builds(
        Dependent,
        name=st.just("受扶養人"),
        supported=st.booleans(),
        support_share=st.sampled_from(("1", "1/2", "1/3", "1/4", "2/3", "")),
        monthly_amount=st.none() | st.integers(0, 40_000),
    ),
    max_size=4,
)


@settings(max_examples=150)
@given(
    minimum=st.integers(10_000, 30_000),
    incomes=st.lists(st.integers(0, 150_000), max_size=3),
    items=st.lists(st.integers(0, 30_000), max_size=5),
    mode=st.sampled_from((ExpenseMode.STANDARD, ExpenseMode.ITEMIZED)),
    dependents=dependents_strategy,
)
def test_disposable_is_income_minus_necessary_minus_dependents(
    minimum: int, incomes: list[int], items: list[int], mode: ExpenseMode, dependents: list[Dependent]
) -> None:
    case = household(
        living_expense=confirmed(minimum),
        income=Income(monthly=[MonthlyIncome(kind=IncomeKind.SALARY, amount=a) for a in incomes]),
        expenses=Expenses(
            mode=mode, items=[ExpenseItem(category=ExpenseCategory.SUNDRIES, monthly=a) for a in items]
        ),
        dependents=dependents,
        creditors=[Creditor(kind=CreditorKind.BANK, name="甲銀行", principal=1_200_000)],
    )
    fig = figures_of(case)
    standard_exact = Fraction(6, 5) * minimum
    standard = math.floor(standard_exact + Fraction(1, 2))
    necessary = standard if mode is ExpenseMode.STANDARD else (sum(items) if items else None)
    # Each dependent's standard share is rounded on its own (as the statement prints each row).
    support_rounded = 0
    for d in dependents:
        if d.supported:
            if d.monthly_amount is not None:
                support_rounded += d.monthly_amount
            elif d.support_share:  # a blank share is not entered: nothing is counted
                share = Fraction(d.support_share)
                support_rounded += math.floor(standard_exact * share + Fraction(1, 2))
    income = sum(incomes) if incomes else None
    assert fig.debtor_standard_expense == standard
    assert fig.debtor_necessary_expense == necessary
    assert fig.dependents_expense == support_rounded
    assert fig.monthly_income == income
    if income is None or necessary is None:
        assert fig.disposable_income is None
        assert all(s.affordable is None for s in fig.plan_scenarios)
    else:
        assert fig.disposable_income == income - necessary - support_rounded
        assert fig.monthly_income is not None and fig.debtor_necessary_expense is not None
        assert fig.dependents_expense is not None
        assert (
            fig.disposable_income
            == fig.monthly_income - fig.debtor_necessary_expense - fig.dependents_expense
        )
        for s in fig.plan_scenarios:
            assert s.affordable is (fig.disposable_income >= s.monthly_payment)


def test_check_case_uses_the_same_figures() -> None:
    case = taipei_single()
    assert check_case(case, TABLE, TODAY).figures.to_json("en") == figures_of(case).to_json("en")


def test_businesses_run_side_by_side_count_their_months_once() -> None:
    """Two shops over the same 2024 year, NT$2,000,000 each: 4,000,000 / 12 months = 333,333 (not 24 months)."""
    periods = [
        BusinessPeriod(start=date(2024, 1, 1), end=date(2024, 12, 31), turnover=2_000_000),
        BusinessPeriod(start=date(2024, 1, 1), end=date(2024, 12, 31), turnover=2_000_000),
    ]
    fig = figures_of(business_case(date(2026, 12, 1), *periods))
    assert (fig.business_months, fig.average_monthly_turnover, fig.consumer_eligible) == (12, 333_333, False)

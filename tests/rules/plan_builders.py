"""Builders for the plan tests: a complete rehabilitation or liquidation case whose every number is chosen in
the test, with itemized expenses (so the necessary expense is exactly what the test says) and two income
periods covering the 24 months before filing.

``write_ruling_cases()`` writes the case files of the rulings in courts-and-plans §4.4 to
``tests/rules/plan_cases/`` (run ``python -m tests.rules.plan_builders``); the tests read those files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from debtassist.model.case import (
    Art53Exception,
    Asset,
    AssetKind,
    Case,
    Creditor,
    CreditorKind,
    DebtType,
    ExpenseCategory,
    ExpenseItem,
    ExpenseMode,
    Expenses,
    Income,
    IncomeKind,
    IncomeRecord,
    MonthlyIncome,
    PlanPayee,
    PlanPhase,
    RepaymentPlan,
    Route,
)
from debtassist.model.codec import case_to_json
from tests.rules.personas import applicant, base_case

FILING = date(2026, 12, 10)  # window: 113/12 (2024-12) to 115/11 (2026-11)
CASES = Path(__file__).parent / "plan_cases"


def two_year_income(total: int) -> list[IncomeRecord]:
    """Two periods of 12 months each that cover the window exactly; the first takes any odd dollar."""
    second = total // 2
    return [
        IncomeRecord(
            period_from=date(2024, 12, 1),
            period_to=date(2025, 11, 30),
            kind=IncomeKind.SALARY,
            source="雇主",
            amount=total - second,
        ),
        IncomeRecord(
            period_from=date(2025, 12, 1),
            period_to=date(2026, 11, 30),
            kind=IncomeKind.SALARY,
            source="雇主",
            amount=second,
        ),
    ]


def unsecured(name: str, amount: int, cid: str) -> Creditor:
    return Creditor(
        id=cid,
        kind=CreditorKind.BANK,
        name=name,
        address="臺北市中正區重慶南路一段1號",
        debt_type=DebtType.CREDIT_CARD,
        cause="信用卡消費款",
        principal=amount,
        interest_fees=0,
    )


def split_claims(
    total: int, names: tuple[str, ...] = ("甲商業銀行", "乙商業銀行", "丙資產管理公司")
) -> list[Creditor]:
    """Three creditors whose claims add up to ``total`` (1/2, 1/3, the rest)."""
    first, second = total // 2, total // 3
    parts = [first, second, total - first - second]
    return [unsecured(n, a, f"c-{i}") for i, (n, a) in enumerate(zip(names, parts, strict=True))]


def court_case(
    *,
    route: Route = Route.REHABILITATION,
    monthly_income: int,
    need: int,
    two_year_total: int,
    claims: list[Creditor],
    assets: list[Asset] | None = None,
    phases: list[tuple[int, int]] | None = None,
    **plan: object,
) -> Case:
    """A case with a current income, an itemized necessary expense of ``need`` a month (no dependents), the
    two-year income ``two_year_total`` and the given claims and plan phases (instalments, amount)."""
    who = applicant("林雅惠", "A22345678", "臺北市", "臺北市中正區忠孝西路一段50號", employer="雇主")
    case = base_case(
        route,
        FILING,
        who,
        income=Income(
            monthly=[MonthlyIncome(kind=IncomeKind.SALARY, source="雇主", amount=monthly_income)],
            records=two_year_income(two_year_total),
        ),
        expenses=Expenses(
            mode=ExpenseMode.ITEMIZED,
            items=[ExpenseItem(category=ExpenseCategory.SUNDRIES, category_detail="生活費", monthly=need)],
        ),
        creditors=claims,
        assets=assets or [],
    )
    case.plan = RepaymentPlan(
        phases=[PlanPhase(instalments=n, amount=a) for n, a in (phases or [])],
        **plan,  # type: ignore[arg-type]
    )
    return case


def ruling_cases() -> dict[str, Case]:
    """The six approved plans and the refused one of courts-and-plans §4.4. What the rulings print (terms,
    amounts, totals, 清償成數, the two-year figures of c, the car of d, the 9/10 base of e) is taken as printed;
    what they do not print (the unsecured base of a–d, the incomes) is chosen so that it is consistent with the
    printed figures, and says so."""
    return {
        # a. 士林地院 113年度司執消債更字第44號: 72 x 7,236 = 520,992, 21.58 %. Base chosen: 2,414,000.
        "a-shilin-113-44": court_case(
            monthly_income=30_000,
            need=21_000,
            two_year_total=720_000,
            claims=split_claims(2_414_000),
            phases=[(72, 7_236)],
        ),
        # b. 士林地院 113年度司執消債更字第31號 (stepped): 60 x 1,610 + 12 x 7,814 = 190,368, 9 %.
        "b-shilin-113-31": court_case(
            monthly_income=25_000,
            need=22_500,
            two_year_total=600_000,
            claims=split_claims(2_115_200),
            phases=[(60, 1_610), (12, 7_814)],
        ),
        # c. 士林地院 111年度司執消債更字第19號: two-year income 853,988, necessary 928,776 (24 x 38,699): no
        # surplus; 72 x 4,490 = 323,280, 4.9 %. Base chosen: 6,597,551.
        "c-shilin-111-19": court_case(
            monthly_income=43_699,
            need=38_699,
            two_year_total=853_988,
            claims=split_claims(6_597_551),
            phases=[(72, 4_490)],
        ),
        # d. 桃園地院 104年度司執消債更字第112號: a car worth 30,000; 72 x 10,500 + 20,000 each March x 6 =
        # 876,000, 46.46 %. Base chosen: 1,885,300.
        "d-taoyuan-104-112": court_case(
            monthly_income=35_000,
            need=22_000,
            two_year_total=840_000,
            claims=split_claims(1_885_300),
            assets=[
                Asset(id="a-car", kind=AssetKind.VEHICLE, description="自用小客車（2001年份）", value=30_000)
            ],
            phases=[(72, 10_500)],
            yearly_extra=20_000,
            yearly_extra_month=3,
            payment_day=15,
        ),
        # e. 臺北地院 110年度消債清字第87號 (refused): 96 x 7,000 = 672,000 against 1,010,765 x 9/10 = 909,689.
        # The base 1,010,765 is built as a deposit of 50,765 + 96 x a surplus of 10,000.
        "e-taipei-110-87": court_case(
            monthly_income=40_000,
            need=30_000,
            two_year_total=720_000,
            claims=split_claims(3_000_000),
            assets=[Asset(id="a-dep", kind=AssetKind.DEPOSIT, description="活期存款", value=50_765)],
            phases=[(96, 7_000)],
            art53_exception=Art53Exception.REACH_MINIMUMS,
        ),
        # f. 桃園地院 113年度司執消債更字第359號: base 3,070,518 as printed; 72 x 2,200 = 158,400, printed 5.15 %.
        "f-taoyuan-113-359": court_case(
            monthly_income=27_700,
            need=25_000,
            two_year_total=600_000,
            claims=split_claims(3_070_518),
            phases=[(72, 2_200)],
            payment_day=10,
            payee=PlanPayee.DIRECT,
        ),
    }


def write_ruling_cases() -> None:
    CASES.mkdir(exist_ok=True)
    for name, case in ruling_cases().items():
        case.case_id = name
        (CASES / f"{name}.json").write_text(case_to_json(case), encoding="utf-8")


if __name__ == "__main__":
    write_ruling_cases()

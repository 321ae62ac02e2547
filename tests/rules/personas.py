"""Persona households for the rules tests, built in Python (not JSON) so every number is visible in the test.

Each persona is a realistic household with hand-picked amounts; the expected figures are computed by hand in
``test_personas.py``. Builders fill in everything a complete case needs (applicant, history, business answer,
income records, addresses), so a persona only draws the findings it is meant to draw.

The national IDs are made here with the checksum of domain §7, independently of ``debtassist.rules.validators``.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import msgspec

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
    DebtType,
    Dependent,
    Enforcement,
    ExpenseCategory,
    ExpenseItem,
    ExpenseMode,
    Expenses,
    History,
    Income,
    IncomeKind,
    IncomeRecord,
    LivingExpenseConfirmation,
    MonthlyIncome,
    PreviousNegotiation,
    Route,
)
from debtassist.reference.living_expense import FigureStatus, LivingExpenseTable, bundled_figures

#: The fixed "today" of every persona check (a Sunday in late November 2026, ROC 115).
TODAY = date(2026, 11, 29)

# --- national IDs (domain §7) ---------------------------------------------------------------------------------

_LETTER = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19, "L": 20,
    "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30,
    "Y": 31, "Z": 33,
}  # fmt: skip
_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def id_sum(national_id: str) -> int:
    """The weighted checksum of domain §7: letter -> two digits, then weights 1,9,8,...,1,1."""
    code = _LETTER[national_id[0]]
    digits = [code // 10, code % 10, *(int(c) for c in national_id[1:])]
    return sum(w * d for w, d in zip(_WEIGHTS, digits, strict=True))


def make_id(first9: str) -> str:
    """A valid ID from a letter and 8 digits: the last digit (weight 1) makes the sum divisible by 10."""
    last = -id_sum(first9 + "0") % 10
    result = f"{first9}{last}"
    assert id_sum(result) % 10 == 0
    return result


def bad_id(first9: str) -> str:
    """An ID of the right shape whose check digit is off by one."""
    good = make_id(first9)
    return good[:-1] + str((int(good[-1]) + 1) % 10)


# --- building blocks ------------------------------------------------------------------------------------------


def applicant(name: str, first9: str, county: str, address: str, employer: str = "") -> Applicant:
    return Applicant(
        name=name,
        national_id=make_id(first9),
        birth_date=date(1985, 5, 20),
        mobile="0912-000-111",
        registered_address=address,
        residence_county=county,
        employer=employer,
        occupation="職員" if employer else "",
    )


def creditor(
    cid: str,
    name: str,
    kind: CreditorKind,
    principal: int,
    interest: int = 0,
    *,
    debt_type: DebtType = DebtType.CREDIT_CARD,
    address: str = "臺北市中正區重慶南路一段1號",
    secured: bool = False,
    coverage: int | None = None,
    collateral: str = "",
    priority: bool = False,
    home_loan: bool = False,
    special_clause: bool = False,
    overdue: int | None = None,
    enforcement: Enforcement | None = None,
) -> Creditor:
    return Creditor(
        id=cid,
        kind=kind,
        name=name,
        address=address,
        debt_type=debt_type,
        cause="消費借款",
        principal=principal,
        interest_fees=interest,
        secured=secured,
        security="抵押權" if secured else "",
        collateral_asset_id=collateral,
        secured_coverage=coverage,
        priority=priority,
        home_loan=home_loan,
        home_loan_overdue_instalments=overdue,
        special_clause=special_clause,
        enforcement=enforcement or Enforcement(),
    )


def bank(cid: str, name: str, principal: int, interest: int = 0, **kw: Any) -> Creditor:
    return creditor(cid, name, CreditorKind.BANK, principal, interest, **kw)


def asset(aid: str, kind: AssetKind, value: int, description: str = "") -> Asset:
    return Asset(id=aid, kind=kind, description=description or kind.value, holder="本人", value=value)


def child(did: str, name: str, born: date, share: str = "1/2", amount: int | None = None) -> Dependent:
    return Dependent(
        id=did, name=name, relationship="子", birth_date=born, support_share=share, monthly_amount=amount
    )


def salary(amount: int, cash: bool = False, detail: str = "") -> MonthlyIncome:
    return MonthlyIncome(
        kind=IncomeKind.SALARY, kind_detail=detail, source="雇主", amount=amount, paid_in_cash=cash
    )


def records(yearly: int) -> list[IncomeRecord]:
    return [
        IncomeRecord(
            period_from=date(2024, 1, 1),
            period_to=date(2024, 12, 31),
            kind=IncomeKind.SALARY,
            source="雇主",
            amount=yearly,
        ),
        IncomeRecord(
            period_from=date(2025, 1, 1),
            period_to=date(2025, 12, 31),
            kind=IncomeKind.SALARY,
            source="雇主",
            amount=yearly,
        ),
    ]


def clean_history() -> History:
    return History(concluded_2006_agreement=False, previous_negotiation=PreviousNegotiation.NONE)


def no_business() -> Business:
    return Business(had_business=False)


#: Where a court-route filing goes: the district court of the domicile (Art. 5), or the township committee.
VENUES = {
    "臺北市": "臺灣臺北地方法院",
    "新北市": "臺灣新北地方法院",
    "桃園市": "臺灣桃園地方法院",
    "臺中市": "臺灣臺中地方法院",
    "臺南市": "臺灣臺南地方法院",
    "高雄市": "臺灣高雄地方法院",
    "彰化縣": "臺灣彰化地方法院",
    "金門縣": "福建金門地方法院",
    "屏東縣": "臺灣屏東地方法院",
    "基隆市": "臺灣基隆地方法院",
}


def base_case(route: Route, filing: date, who: Applicant, **fields: object) -> Case:
    """A complete case: the applicant, an answered history and business question, standard expenses, and the
    court (or, for township mediation, the committee) of the applicant's county on court routes."""
    if route is Route.BANK_NEGOTIATION:
        venue = ""
    elif route is Route.TOWNSHIP_MEDIATION:
        # The committee of the district in the registered address (新北市板橋區調解委員會), typed out here.
        district = who.registered_address.removeprefix(who.residence_county).split("區")[0] + "區"
        venue = f"{who.residence_county}{district}調解委員會"
    else:
        venue = VENUES[who.residence_county]
    values: dict[str, object] = {
        "route": route,
        "filing_date": filing,
        "venue": venue,
        "applicant": who,
        "history": clean_history(),
        "business": no_business(),
        "expenses": Expenses(mode=ExpenseMode.STANDARD),
    }
    values.update(fields)
    return msgspec.convert(values, Case)


# --- the personas ---------------------------------------------------------------------------------------------


def taipei_single() -> Case:
    """臺北市, single, credit cards at three banks (one bank spelled 台 and 臺), bank pre-negotiation."""
    return base_case(
        Route.BANK_NEGOTIATION,
        date(2026, 12, 7),
        applicant(
            "張雅婷", "A22345678", "臺北市", "臺北市大安區復興南路一段100號", employer="大安貿易股份有限公司"
        ),
        assets=[
            asset("a-dep", AssetKind.DEPOSIT, 25_000, "活期存款"),
            asset("a-scooter", AssetKind.VEHICLE, 18_000, "機車"),
        ],
        income=Income(monthly=[salary(45_000)], records=records(540_000)),
        creditors=[
            bank("c-cathay", "國泰世華商業銀行", 300_000, 40_000),
            bank("c-ts1", "台新國際商業銀行", 250_000, 10_000, debt_type=DebtType.PERSONAL_LOAN),
            bank("c-ts2", "臺新國際商業銀行", 120_000, 5_000),
            bank("c-esun", "玉山商業銀行", 50_000, 2_345, debt_type=DebtType.CASH_CARD),
        ],
    )


def new_taipei_parent() -> Case:
    """新北市, a parent of two minors sharing support 1/2; guarantee, private and AMC debts on the bank route."""
    return base_case(
        Route.BANK_NEGOTIATION,
        date(2026, 12, 14),
        applicant("劉建宏", "F12345678", "新北市", "新北市板橋區中山路一段50號", employer="板橋物流有限公司"),
        dependents=[
            child("d-1", "劉子晴", date(2015, 4, 1)),
            child("d-2", "劉子豪", date(2018, 9, 9)),
        ],
        assets=[asset("a-dep", AssetKind.DEPOSIT, 9_870)],
        income=Income(monthly=[salary(58_000)], records=records(696_000)),
        creditors=[
            bank("c-ctbc", "中國信託商業銀行", 200_000, 30_000),
            bank("c-sinopac", "永豐商業銀行", 400_000, 12_345, debt_type=DebtType.PERSONAL_LOAN),
            # A guarantee the applicant gave at a bank: a bank, but not "financial-institution debt".
            bank("c-first", "第一商業銀行", 500_000, debt_type=DebtType.GUARANTEE),
            creditor("c-private", "王小明", CreditorKind.PRIVATE, 100_000, debt_type=DebtType.OTHER),
            creditor("c-amc", "良京實業股份有限公司", CreditorKind.AMC, 150_000, 60_000),
            creditor(
                "c-guar", "合作金庫商業銀行", CreditorKind.GUARANTEE, 80_000, debt_type=DebtType.GUARANTEE
            ),
        ],
    )


def taoyuan_supports_parent() -> Case:
    """桃園市, supports a mother (share 1/3, claims NT$6,000), itemized expenses above the standard, a car loan
    partly covered by the car, rehabilitation."""
    return base_case(
        Route.REHABILITATION,
        date(2026, 12, 15),
        applicant(
            "吳佳玲", "H22345678", "桃園市", "桃園市中壢區中正路200號", employer="中壢電子股份有限公司"
        ),
        dependents=[
            Dependent(
                id="d-mother",
                name="吳林秀英",
                relationship="母",
                birth_date=date(1952, 2, 2),
                support_share="1/3",
                monthly_amount=6_000,
            )
        ],
        assets=[
            asset("a-car", AssetKind.VEHICLE, 380_000, "自用小客車"),
            asset("a-dep", AssetKind.DEPOSIT, 6_200),
        ],
        income=Income(monthly=[salary(48_000)], records=records(576_000)),
        expenses=Expenses(
            mode=ExpenseMode.ITEMIZED,
            items=[
                ExpenseItem(category=ExpenseCategory.RENT, monthly=9_000),
                ExpenseItem(category=ExpenseCategory.FOOD, monthly=7_000),
                ExpenseItem(category=ExpenseCategory.TRANSPORT, category_detail="通勤費", monthly=2_500),
                ExpenseItem(category=ExpenseCategory.PHONE, category_detail="電話費", monthly=799),
                ExpenseItem(category=ExpenseCategory.HEALTH_INSURANCE, monthly=826),
                ExpenseItem(category=ExpenseCategory.UTILITIES, category_detail="水電費", monthly=1_200),
            ],
        ),
        creditors=[
            bank(
                "c-car",
                "台中商業銀行",
                520_000,
                20_000,
                debt_type=DebtType.CAR_LOAN,
                secured=True,
                coverage=350_000,
                collateral="a-car",
            ),
            bank("c-fubon", "台北富邦商業銀行", 280_000, 45_000),
        ],
    )


def taichung_home_loan() -> Case:
    """臺中市, owner-occupied home loan with the special clause, rehabilitation filed 15 days after mediation
    failed, part of the income paid in cash."""
    return base_case(
        Route.REHABILITATION,
        date(2026, 12, 10),
        applicant(
            "陳志豪", "B12345678", "臺中市", "臺中市西屯區台灣大道三段99號", employer="台中精機股份有限公司"
        ),
        history=History(
            concluded_2006_agreement=False,
            previous_negotiation=PreviousNegotiation.NONE,
            mediation_failed_date=date(2026, 11, 25),
        ),
        assets=[
            asset("a-house", AssetKind.REAL_ESTATE, 5_000_000, "建物及基地"),
            asset("a-dep", AssetKind.DEPOSIT, 12_000),
        ],
        income=Income(
            monthly=[salary(42_000), salary(3_000, cash=True, detail="兼職")], records=records(540_000)
        ),
        creditors=[
            bank(
                "c-land",
                "臺灣土地銀行",
                4_200_000,
                debt_type=DebtType.HOME_LOAN,
                secured=True,
                collateral="a-house",
                home_loan=True,
                special_clause=True,
                overdue=3,
            ),
            bank("c-union", "聯邦商業銀行", 180_000, 20_000),
            bank("c-yuanta", "元大商業銀行", 90_000, 9_000, debt_type=DebtType.PERSONAL_LOAN),
        ],
    )


def tainan_small_business() -> Case:
    """臺南市, ran a shop with an average turnover just under NT$200,000 a month; court mediation."""
    return base_case(
        Route.COURT_MEDIATION,
        date(2026, 12, 1),
        applicant("林國華", "D12345678", "臺南市", "臺南市東區長榮路二段10號"),
        business=Business(
            had_business=True,
            periods=[
                BusinessPeriod(
                    description="小吃店", start=date(2022, 3, 1), end=date(2023, 2, 28), turnover=2_399_988
                )
            ],
        ),
        assets=[asset("a-dep", AssetKind.DEPOSIT, 4_321)],
        income=Income(monthly=[salary(35_000)], records=records(420_000)),
        creditors=[
            bank("c-mega", "兆豐國際商業銀行", 600_000, 50_000, debt_type=DebtType.PERSONAL_LOAN),
            bank("c-tcb", "合作金庫商業銀行", 150_000),
            creditor("c-friend", "林大明", CreditorKind.PRIVATE, 120_000, debt_type=DebtType.OTHER),
        ],
    )


def kaohsiung_business_owner() -> Case:
    """高雄市, former business owner whose average turnover was just above NT$200,000; rehabilitation, with a
    bank enforcing a judgment."""
    return base_case(
        Route.REHABILITATION,
        date(2026, 12, 1),
        applicant("黃俊傑", "E12345678", "高雄市", "高雄市苓雅區四維三路2號"),
        business=Business(
            had_business=True,
            periods=[
                # Entirely before the five-year window (2021-12-01 .. 2026-11-30): not counted.
                BusinessPeriod(
                    description="舊貿易行", start=date(2019, 1, 1), end=date(2020, 12, 31), turnover=9_999_999
                ),
                BusinessPeriod(
                    description="手搖飲店", start=date(2023, 6, 1), end=date(2024, 5, 31), turnover=2_400_012
                ),
            ],
        ),
        assets=[asset("a-dep", AssetKind.DEPOSIT, 1_500)],
        income=Income(monthly=[salary(40_000)], records=records(480_000)),
        creditors=[
            bank("c-kbank", "高雄銀行", 800_000, debt_type=DebtType.PERSONAL_LOAN),
            bank(
                "c-hn",
                "華南商業銀行",
                100_000,
                23_456,
                enforcement=Enforcement(
                    pending=True, court="臺灣高雄地方法院", case_number="115年度司執字第1號"
                ),
            ),
        ],
    )


def changhua_over_ceiling() -> Case:
    """彰化縣 (Taiwan Province), unsecured non-priority debt one dollar above NT$12,000,000; rehabilitation."""
    return base_case(
        Route.REHABILITATION,
        date(2026, 12, 20),
        applicant("蔡宗翰", "N12345678", "彰化縣", "彰化縣彰化市中山路二段30號"),
        assets=[asset("a-dep", AssetKind.DEPOSIT, 50_000)],
        income=Income(monthly=[salary(60_000)], records=records(720_000)),
        creditors=[
            bank("c-chb", "彰化商業銀行", 9_000_000, 1_500_000, debt_type=DebtType.PERSONAL_LOAN),
            creditor("c-guar", "張先生", CreditorKind.GUARANTEE, 1_500_001, debt_type=DebtType.GUARANTEE),
            # Priority claim (e.g. NHI premium arrears): counts in the totals but not against the ceiling.
            # The model has no "public creditor" kind, so it is entered as "other".
            creditor(
                "c-nhi",
                "衛生福利部中央健康保險署",
                CreditorKind.PRIVATE,
                36_000,
                debt_type=DebtType.OTHER,
                priority=True,
            ),
        ],
    )


def kinmen(confirmed: LivingExpenseConfirmation | None = None) -> Case:
    """金門縣 (Fujian), whose 2026 figure is in conflict (15,173 vs 14,064); court mediation."""
    return base_case(
        Route.COURT_MEDIATION,
        date(2026, 12, 3),
        applicant("李美華", "W22345678", "金門縣", "金門縣金城鎮民生路5號", employer="金城商行"),
        living_expense=confirmed,
        assets=[asset("a-dep", AssetKind.DEPOSIT, 3_000)],
        income=Income(monthly=[salary(32_000)], records=records(384_000)),
        creditors=[
            bank("c-bot", "臺灣銀行", 150_000, 15_000),
            creditor(
                "c-coop", "金門縣信用合作社", CreditorKind.OTHER_FI, 200_000, debt_type=DebtType.PERSONAL_LOAN
            ),
        ],
    )


KINMEN_CONFIRMED = LivingExpenseConfirmation(
    area="FJP", year=2026, monthly=14_064, source="金門縣政府社會處公告", confirmed_on=date(2026, 11, 20)
)


def taipei_2025(mode: ExpenseMode = ExpenseMode.STANDARD, claimed: int | None = None) -> Case:
    """臺北市, filed in December 2025, a year the table has no figure for any area; township mediation."""
    items = [
        ExpenseItem(category=ExpenseCategory.RENT, monthly=12_000),
        ExpenseItem(category=ExpenseCategory.FOOD, monthly=8_000),
    ]
    return base_case(
        Route.TOWNSHIP_MEDIATION,
        date(2025, 12, 15),
        applicant("周怡君", "A22222222", "臺北市", "臺北市士林區中正路300號", employer="士林書局"),
        dependents=[child("d-1", "周小安", date(2016, 1, 1), share="1/2", amount=claimed)],
        expenses=Expenses(mode=mode, items=items if mode is ExpenseMode.ITEMIZED else []),
        income=Income(monthly=[salary(38_000)], records=records(456_000)),
        creditors=[bank("c-ctbc", "中國信託商業銀行", 90_000, 9_000)],
    )


def new_taipei_2024_three_children() -> Case:
    """新北市 2024 (court figure 16,400): three minors, support shared by two parents — the court example of
    domain §6 (19,680 x 3 / 2 = 29,520); liquidation."""
    return base_case(
        Route.LIQUIDATION,
        date(2024, 9, 2),
        applicant("鄭文彬", "F12222222", "新北市", "新北市三重區重新路一段8號"),
        dependents=[
            child("d-1", "鄭一", date(2012, 1, 1)),
            child("d-2", "鄭二", date(2014, 1, 1)),
            child("d-3", "鄭三", date(2017, 1, 1)),
        ],
        income=Income(monthly=[salary(52_000)], records=records(600_000)),
        creditors=[bank("c-taishin", "台新國際商業銀行", 700_000, 80_000)],
    )


def tainan_2024_affordability() -> Case:
    """臺南市 2024 (official 14,230): the affordability example of domain §6 — 30,300 - 17,076 = 13,224 covers
    13,000 a month (1,560,000 over 120 months at 0%)."""
    return base_case(
        Route.BANK_NEGOTIATION,
        date(2024, 10, 1),
        applicant("謝淑惠", "D22222222", "臺南市", "臺南市北區西門路三段1號", employer="府城醫院"),
        income=Income(monthly=[salary(30_300)], records=records(363_600)),
        creditors=[
            bank("c-a", "第一商業銀行", 1_000_000, 60_000, debt_type=DebtType.PERSONAL_LOAN),
            bank("c-b", "華南商業銀行", 480_000, 20_000),
        ],
    )


def keelung_typos() -> Case:
    """基隆市 (Taiwan Province), a hand-edited case full of slips: a mistyped ID, a negative amount, an extra
    zero in the income, a car loan whose car is missing from the assets, and dependents without a support
    amount in itemized mode; bank pre-negotiation."""
    return base_case(
        Route.BANK_NEGOTIATION,
        date(2026, 12, 4),
        Applicant(
            name="許志明",
            national_id=bad_id("C12345678"),
            birth_date=date(1980, 1, 1),
            phone="02-2420-0000",
            registered_address="基隆市仁愛區愛一路1號",
            residence_county="基隆市",
            employer="基隆港務公司",
        ),
        dependents=[child("d-1", "許小芳", date(2013, 3, 3), share="1/2")],
        expenses=Expenses(
            mode=ExpenseMode.ITEMIZED, items=[ExpenseItem(category=ExpenseCategory.RENT, monthly=8_000)]
        ),
        income=Income(monthly=[salary(3_000_000)]),
        creditors=[
            bank("c-car", "中國信託商業銀行", 300_000, -500, debt_type=DebtType.CAR_LOAN, secured=True),
            bank("c-card", "玉山商業銀行", 40_000, 1_000),
        ],
    )


def pingtung_private_only() -> Case:
    """屏東縣, owes only a private lender and an asset-management company, yet chose bank pre-negotiation."""
    return base_case(
        Route.BANK_NEGOTIATION,
        date(2026, 12, 2),
        applicant("潘家豪", "T12345678", "屏東縣", "屏東縣屏東市自由路10號"),
        income=Income(monthly=[salary(28_000)]),
        creditors=[
            creditor("c-p", "陳老闆", CreditorKind.PRIVATE, 200_000, debt_type=DebtType.OTHER),
            creditor("c-amc", "中華開發資產管理公司", CreditorKind.AMC, 90_000, 30_000),
        ],
    )


def have(issue: date | None = None) -> AttachmentState:
    return AttachmentState(status=AttachmentStatus.HAVE, issue_date=issue)


def annuity_payment(base: int, months: int, annual_rate: Fraction) -> int:
    """Level monthly payment repaying ``base`` in ``months`` at ``annual_rate`` with monthly compounding,
    rounded up to the dollar; exact rational arithmetic, independent of the code under test:
    P = B * r * (1 + r)^n / ((1 + r)^n - 1), r = annual rate / 12."""
    if annual_rate == 0:
        return -(-base // months)
    r = annual_rate / 12
    growth = (1 + r) ** months
    exact = Fraction(base) * r * growth / (growth - 1)
    return -(-exact.numerator // exact.denominator)


def november_2026_table() -> LivingExpenseTable:
    """The bundled table as it stood before the December 2026 update: no 2025 figure for any area and the Fujian
    2026 figure in conflict. The persona tests of the "missing" and "conflict" paths keep their households with
    it; what the bundled table holds now is tested in ``tests/reference``."""
    figures = [
        f._replace(status=FigureStatus.CONFLICT) if (f.area, f.year) == ("FJP", 2026) else f
        for f in bundled_figures()
        if f.year != 2025
    ]
    return LivingExpenseTable(figures)

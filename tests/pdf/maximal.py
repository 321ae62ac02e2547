"""A generated "maximal" case: every list far longer than the forms have lines, long addresses and notes, rare
name characters, one character only a fallback font can draw and one that no font here can draw.

Everything is deterministic (no random numbers), so a failure names the same row on every run. The case must
pass ``check_case`` without errors: valid national IDs, a confirmed minimum living expense for the area and
year, complete creditors with addresses, and an unsecured non-priority total under the rehabilitation ceiling.
"""

from __future__ import annotations

from datetime import date

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
    Filing,
    History,
    Income,
    IncomeKind,
    IncomeRecord,
    LivingExpenseConfirmation,
    MonthlyIncome,
    OwnDebtor,
    Person,
    PreviousNegotiation,
    PriorStepKind,
    Route,
)
from debtassist.resources_path import read_text
from debtassist.rules.validators import national_id_check_digit

TODAY = date(2026, 11, 29)
#: A long account of why the debtor cannot pay (about 1,600 characters, with a number and brackets that must
#: not break badly): it continues onto the petition's next pages.
HARDSHIP = (
    "聲請人自民國一百零八年起與配偶共同經營小吃店，因疫情期間來客大減，營業額由每月約新臺幣120,000元降至不足"
    "30,000元，為支付店租、食材及員工薪資，陸續以信用卡、現金卡及信用貸款週轉（詳債權人清冊）。"
) * 8
FILING = date(2026, 12, 10)
CREDITORS = 200
ASSETS = 100
DEPENDENTS = 7
OWN_DEBTORS = 20

#: Rare but common-enough name characters that the bundled Noto Sans TC has.
RARE = "堃喆峯凃綉"
#: 𠮷 (CJK Ext-B): not in Noto Sans TC; drawn by the fallback font the suite builds (tests/fresh_machine.py).
FALLBACK_CHAR = "\U00020bb7"
#: A CJK Ext-G character that neither Noto Sans TC nor the fallback font has: printed as its code point.
MISSING_CHAR = "\U0003134a"

ROADS = ("忠孝東路", "仁愛路", "信義路", "和平東路", "民生東路", "南京東路", "羅斯福路", "復興南路")
DISTRICTS = ("中正區", "大安區", "信義區", "松山區", "中山區", "萬華區", "士林區", "北投區")
SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周"
GIVEN = ("志明", "淑芬", "建宏", "怡君", "冠宇", "雅婷", "家豪", "美玲", "俊傑", "佳穎")
AMCS = (
    "良京實業股份有限公司",
    "仲信資融股份有限公司",
    "中華開發資產管理股份有限公司",
    "台灣金聯資產管理股份有限公司",
    "新光行銷股份有限公司",
)
OTHER_FIS = ("臺北市第五信用合作社", "新竹第一信用合作社", "彰化第六信用合作社", "板橋區農會信用部")
KINDS_CYCLE = (
    CreditorKind.BANK,
    CreditorKind.BANK,
    CreditorKind.PRIVATE,
    CreditorKind.AMC,
    CreditorKind.BANK,
    CreditorKind.OTHER_FI,
    CreditorKind.POST,
    CreditorKind.GUARANTEE,
)
DEBT_TYPES = (DebtType.CREDIT_CARD, DebtType.CASH_CARD, DebtType.PERSONAL_LOAN, DebtType.OTHER)


def bank_names() -> list[str]:
    """Bank names from the bundled lender list (the same file the app's pick list uses)."""
    names = []
    for line in read_text("data", "financial-institutions.txt").splitlines():
        kind, _, name = line.partition("\t")
        if kind == "bank":
            names.append(name.strip())
    return names


def valid_id(letter: str, n: int, female: bool = False) -> str:
    first9 = f"{letter}{2 if female else 1}{n % 10_000_000:07d}"
    return first9 + national_id_check_digit(first9)


def long_address(i: int, extra: str = "") -> str:
    """A real-looking address of more than 60 characters (building, floor, room and delivery note)."""
    road = ROADS[i % len(ROADS)]
    district = DISTRICTS[(i // 3) % len(DISTRICTS)]
    text = (
        f"臺北市{district}{road}{i % 5 + 1}段{i % 300 + 1}巷{i % 40 + 1}弄{i % 97 + 2}號{i % 20 + 2}樓之{i % 9 + 1}"
        f"（{extra}國際金融大樓B棟十二樓管理中心收發室代收，請於平日上午九時至下午五時送達）"
    )
    assert len(text) >= 60, text
    return text


def person_name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]


def creditor_name(i: int, kind: CreditorKind, banks: list[str]) -> str:
    if i == 2:
        return f"凃綉峯{FALLBACK_CHAR}"  # a private lender whose name only the fallback font can draw
    if i == 3:
        return f"喆{MISSING_CHAR}資產管理股份有限公司"  # no font here draws the Ext-G character
    if kind is CreditorKind.BANK:
        return banks[(i // 2) % len(banks)]
    if kind is CreditorKind.POST:
        return "中華郵政股份有限公司"
    if kind is CreditorKind.OTHER_FI:
        return OTHER_FIS[i % len(OTHER_FIS)]
    if kind is CreditorKind.AMC:
        return AMCS[i % len(AMCS)]
    if kind is CreditorKind.GUARANTEE:
        return f"{person_name(i + 7)}（連帶保證之主債務人：{RARE[i % 5]}記商行）"
    return f"{person_name(i)}{RARE[i % 5]}"


def make_creditor(i: int, banks: list[str]) -> Creditor:
    kind = KINDS_CYCLE[i % len(KINDS_CYCLE)]
    if i == 2:
        kind = CreditorKind.PRIVATE
    if i == 3:
        kind = CreditorKind.AMC
    debt_type = DebtType.GUARANTEE if kind is CreditorKind.GUARANTEE else DEBT_TYPES[i % len(DEBT_TYPES)]
    extra = f"{MISSING_CHAR}{FALLBACK_CHAR}" if i == 3 else RARE[i % 5]
    secured = i % 50 == 10  # four mortgages on the flats in the asset list
    enforcement = (
        Enforcement(pending=True, court="臺灣臺北地方法院", case_number=f"115年度司執字第{1000 + i}號")
        if i % 40 == 5
        else Enforcement()
    )
    return Creditor(
        id=f"c-{i:03d}",
        kind=kind,
        name=creditor_name(i, kind, banks),
        address=long_address(i, extra),
        debt_type=debt_type,
        cause=("信用卡消費款", "現金卡借款", "信用貸款", "消費借貸", "保證債務")[i % 5],
        principal=12_345 + i * 271,
        interest_fees=(i * 37) % 5_000 if i % 4 else 0,
        secured=secured,
        security="抵押權" if secured else "",
        collateral_asset_id=f"a-{i // 50 * 6 + 1:03d}" if secured else "",
        secured_coverage=40_000 if secured else None,
        priority=i % 67 == 30,
        enforcement=enforcement,
        note="民國一百一十年起陸續催收，曾以電話及存證信函通知；債權讓與通知書影本已附。" * 2,
    )


def make_asset(i: int) -> Asset:
    """Assets cycling through every kind, each with the fields its kind uses."""
    kind = list(AssetKind)[i % len(AssetKind)]
    fields: dict[str, object] = {
        "id": f"a-{i:03d}",
        "kind": kind,
        "holder": "本人",
        "value": 1_000 + i * 1_313,
        "note": "民國一百一十四年十二月三十一日之餘額，依存摺影本記載；另有扣押命令影本附卷。",
    }
    if kind is AssetKind.DEPOSIT:
        fields |= {
            "description": "活期儲蓄存款",
            "location": "板橋文化路郵局",
            "number": f"0001{i:03d}-0567890",
        }
    elif kind is AssetKind.REAL_ESTATE:
        fields |= {
            "description": "建物及基地（自住）",
            "location": long_address(i + 500),
            "number": f"大安段{i}地號、{i + 3000}建號",
            "share": "1/2",
        }
    elif kind is AssetKind.VEHICLE:
        fields |= {"description": "普通重型機車", "number": f"MQR-{3900 + i}", "year": 2010 + i % 15}
    elif kind is AssetKind.INSURANCE:
        fields |= {
            "description": "終身壽險（解約金）",
            "holder": "南山人壽保險股份有限公司",
            "number": f"L{i:09d}",
        }
    elif kind is AssetKind.SECURITIES:
        fields |= {"description": "上市股票", "number": f"{2300 + i}", "quantity": 1_000 * (i % 7 + 1)}
    else:
        fields |= {"description": "其他動產（家電及生財器具）", "location": "住所"}
    return msgspec.convert(fields, Asset)


def make_dependent(i: int) -> Dependent:
    return Dependent(
        id=f"d-{i}",
        name=f"凃{RARE[i % 5]}{GIVEN[i % len(GIVEN)][1]}",
        relationship=("子", "女", "母", "父", "子", "女", "祖母")[i],
        birth_date=date(1950 + 9 * i, 1 + i, 10 + i),
        national_id=valid_id("A", 3_456_000 + i, female=i % 2 == 1),
        support_share="1/2" if i < 5 else "1/3",
        monthly_amount=3_000 + 250 * i,
        note="就學中，另領有身心障礙生活補助每月新臺幣三千七百七十二元（證明文件影本附後）",
    )


def make_own_debtor(i: int) -> OwnDebtor:
    return OwnDebtor(
        id=f"o-{i}",
        name=f"{person_name(i + 3)}{RARE[(i + 2) % 5]}",
        address=long_address(i + 900),
        amount=5_000 + i * 1_111,
        cause="借款",
        kind="普通債權",
        note="已逾清償期，多次催討未果",
    )


def maximal_case(route: Route = Route.REHABILITATION) -> Case:
    banks = bank_names()
    expense_items = [
        ExpenseItem(
            category=category,
            category_detail=detail,
            monthly=amount,
            note="依實際單據平均，近三個月收據及帳單影本附後",
        )
        for category, detail, amount in (
            (ExpenseCategory.RENT, "", 12_000),
            (ExpenseCategory.FOOD, "", 6_000),
            (ExpenseCategory.TRANSPORT, "", 1_500),
            (ExpenseCategory.UTILITIES, "水費", 300),
            (ExpenseCategory.UTILITIES, "電費", 700),
            (ExpenseCategory.UTILITIES, "瓦斯費", 400),
            (ExpenseCategory.PHONE, "電話及網路費", 999),
            (ExpenseCategory.HEALTH_INSURANCE, "", 826),
            (ExpenseCategory.INSURANCE, "勞保費", 1_087),
            (ExpenseCategory.MEDICAL, "", 600),
            (ExpenseCategory.SUNDRIES, "日用品", 800),
            (ExpenseCategory.EDUCATION, "子女教育費", 2_000),
        )
    ]
    return msgspec.convert(
        {
            "case_id": "maximal",
            "route": route,
            "filing_date": FILING,
            "venue": "" if route is Route.BANK_NEGOTIATION else "臺灣臺北地方法院",
            # A stepped 8-year plan with yearly extra payments: 24 x 30,000 + 24 x 60,000 + 48 x 95,000 +
            # 8 x 50,000 = 7,120,000, through the largest creditor bank (the plan form and its continuation).
            "plan": {
                "phases": [
                    {"instalments": 24, "amount": 30_000},
                    {"instalments": 24, "amount": 60_000},
                    {"instalments": 48, "amount": 95_000},
                ],
                "yearly_extra": 50_000,
                "yearly_extra_month": 12,
                "art53_exception": "reach_minimums",
                "payee": "via_largest",
                "payment_day": 25,
            },
            "applicant": Applicant(
                name=f"凃{RARE[0]}{RARE[1]}",
                national_id=valid_id("A", 1_234_567),
                birth_date=date(1978, 3, 14),
                phone="02-2345-6789",
                mobile="0912-345-678",
                email="tu.kun.zhe@example.tw",
                registered_address=long_address(7, "峯"),
                mailing_address=long_address(8, "綉"),
                residence_county="臺北市",
                employer="峯喆科技股份有限公司",
                occupation="資深倉儲物流管理專員",
            ),
            "dependents": [make_dependent(i) for i in range(DEPENDENTS)],
            "assets": [make_asset(i) for i in range(ASSETS)],
            "business": Business(
                had_business=True,
                periods=[
                    BusinessPeriod(
                        description="凃記小吃店（與配偶共同經營，已辦理歇業登記）",
                        start=date(2022, 3, 1),
                        end=date(2023, 2, 28),
                        turnover=1_234_567,
                    ),
                    BusinessPeriod(
                        description="網路拍賣二手家電", start=date(2024, 1, 1), end=None, turnover=456_789
                    ),
                ],
            ),
            "history": History(
                concluded_2006_agreement=False,
                previous_negotiation=PreviousNegotiation.NONE,
                prior_step=PriorStepKind.COURT_MEDIATION,
                prior_step_date=date(2026, 11, 25),
                prior_step_body="臺灣臺北地方法院",
                prior_step_case_number="115年度司消債調字第1234號",
            ),
            "filing": Filing(
                legal_representative=Person(
                    name="凃大峯", role="父", address=long_address(9), phone="02-2222-3333"
                ),
                agent=Person(
                    name="林律師",
                    role="律師（法律扶助基金會）",
                    address=long_address(10),
                    phone="02-1234-5678",
                ),
                service_recipient=Person(name="陳綉", address=long_address(11), phone="0922-333-444"),
                preparer="王社工（臺北市政府社會局）",
                hardship=HARDSHIP,
            ),
            "income": Income(
                records=[
                    IncomeRecord(
                        period_from=date(2024 + i % 2, 1, 1),
                        period_to=date(2024 + i % 2, 12, 31),
                        kind=(IncomeKind.SALARY, IncomeKind.OTHER, IncomeKind.RENT, IncomeKind.OTHER)[i % 4],
                        kind_detail=("", "利息", "", "")[i % 4],
                        source=s,
                        amount=a,
                    )
                    for i, (s, a) in enumerate(
                        [
                            ("峯喆科技股份有限公司", 612_345),
                            ("中華郵政股份有限公司", 1_234),
                            ("凃綉（出租機車位）", 24_000),
                            ("臺北市政府社會局", 18_000),
                            ("峯喆科技股份有限公司", 598_765),
                            ("中華郵政股份有限公司", 987),
                            ("凃綉（出租機車位）", 24_000),
                            ("臺北市政府社會局", 16_500),
                        ]
                    )
                ],
                monthly=[
                    MonthlyIncome(kind=IncomeKind.SALARY, source="峯喆科技股份有限公司", amount=48_000),
                    MonthlyIncome(
                        kind=IncomeKind.SALARY,
                        kind_detail="兼職",
                        source="外送平台",
                        amount=6_500,
                        paid_in_cash=True,
                    ),
                    MonthlyIncome(kind=IncomeKind.RENT, source="出租機車位", amount=2_000),
                    MonthlyIncome(kind=IncomeKind.SUBSIDY, source="臺北市政府社會局", amount=1_500),
                    MonthlyIncome(kind=IncomeKind.OTHER, source="年終獎金按月平均", amount=3_333),
                    MonthlyIncome(kind=IncomeKind.OTHER, kind_detail="利息", source="存款利息", amount=12),
                ],
            ),
            "expenses": Expenses(mode=ExpenseMode.ITEMIZED, items=expense_items),
            "creditors": [make_creditor(i, banks) for i in range(CREDITORS)],
            "own_debtors": [make_own_debtor(i) for i in range(OWN_DEBTORS)],
            "living_expense": LivingExpenseConfirmation(
                area="TPE",
                year=2026,
                monthly=20_744,
                source="臺北市政府社會局115年最低生活費公告",
                confirmed_on=date(2026, 11, 20),
            ),
            "attachments": {
                key: AttachmentState(status=AttachmentStatus.HAVE, issue_date=date(2026, 11, 18))
                for key in ("id_card", "income_list", "property_list", "salary_proof", "labour_insurance")
            },
            "notes": "個案備註："
            + "申請人表示願意盡力清償，請社工協助聯繫法律扶助基金會，確認更生方案之可行性。" * 4,
        },
        Case,
    )

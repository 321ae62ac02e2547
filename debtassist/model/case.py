"""The case: one debtor's file, as typed by the user.

Every field has a default so that a half-finished case (a wizard in progress) is a valid document. Whether a
case is complete enough for a route is decided by the rules (``debtassist.rules``), not by the model: the model
only guarantees the shape (types, whole-dollar integers, ISO dates). Value problems such as a negative amount or
a bad ID checksum become findings with a path, so a hand-edited file still opens and the user sees what to fix.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

SCHEMA_VERSION = 1


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


def _iso_date_only(value: Any) -> Any:
    # Pydantic's lax mode would take a number as a Unix timestamp; a case file only ever holds ISO strings.
    if isinstance(value, bool | int | float):
        raise ValueError("a date must be written as YYYY-MM-DD")
    return value


class _MoneyMarker:
    """Metadata that marks a field as money, so the rules can find every amount in a case."""


MONEY = _MoneyMarker()

#: Whole New Taiwan dollars. ``None`` means "not entered yet", which is not the same as 0.
Money = Annotated[
    int | None, Field(strict=True, description="Whole New Taiwan dollars; null = not entered yet"), MONEY
]
Flag = Annotated[bool, Field(strict=True)]
IsoDate = Annotated[date | None, BeforeValidator(_iso_date_only)]
IsoDateTime = Annotated[datetime | None, BeforeValidator(_iso_date_only)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)


class Route(StrEnum):
    BANK_NEGOTIATION = "bank_negotiation"  # 前置協商
    COURT_MEDIATION = "court_mediation"  # 法院前置調解
    TOWNSHIP_MEDIATION = "township_mediation"  # 鄉鎮市區調解委員會
    REHABILITATION = "rehabilitation"  # 更生
    LIQUIDATION = "liquidation"  # 清算

    @property
    def is_court(self) -> bool:
        return self in (Route.COURT_MEDIATION, Route.REHABILITATION, Route.LIQUIDATION)


class CaseStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    READY = "ready"
    PRINTED = "printed"
    SUBMITTED = "submitted"


class Applicant(_Part):
    name: str = ""
    national_id: str = ""
    birth_date: IsoDate = None
    phone: str = ""
    mobile: str = ""
    email: str = ""
    registered_address: str = ""  # 戶籍地址
    mailing_address: str = ""  # 通訊地址 (blank: same as registered)
    residence_county: str = ""  # 縣市 as in areas.csv (zh name); sets the living-expense area
    employer: str = ""
    occupation: str = ""


class Dependent(_Part):
    id: str = Field(default_factory=_new_id)
    name: str = ""
    relationship: str = ""  # e.g. 子, 女, 父, 母, 配偶
    birth_date: IsoDate = None
    national_id: str = ""
    supported: Flag = True  # 依法應受扶養 and actually supported by the applicant
    support_share: str = ""  # applicant's share of the support duty: "1/2", "1", "50%"
    monthly_amount: Money = None  # what the applicant pays a month (claimed)
    note: str = ""


class AssetKind(StrEnum):
    DEPOSIT = "deposit"  # 存款
    REAL_ESTATE = "real_estate"  # 土地及建物
    VEHICLE = "vehicle"  # 車輛
    INSURANCE = "insurance"  # 保險
    SECURITIES = "securities"  # 股票、基金
    OTHER = "other"


class Asset(_Part):
    id: str = Field(default_factory=_new_id)
    kind: AssetKind = AssetKind.OTHER
    description: str = ""  # 險種, vehicle kind, land/building, fund name
    holder: str = ""  # bank, insurer, company, registry office
    location: str = ""  # where the asset is (address, branch)
    number: str = ""  # account, 地號/建號, plate, policy number
    value: Money = None  # balance, 公告現值, surrender value (解約金), market value
    share: str = ""  # ownership share (持分), real estate
    quantity: int | None = Field(default=None, strict=True)  # number of shares
    year: int | None = Field(default=None, strict=True)  # vehicle year of manufacture
    note: str = ""


class BusinessPeriod(_Part):
    description: str = ""
    start: IsoDate = None
    end: IsoDate = None  # None: still running
    turnover: Money = None  # total turnover within the last five years


class Business(_Part):
    had_business: bool | None = Field(default=None, strict=True)  # None: not answered yet
    periods: list[BusinessPeriod] = Field(default_factory=list)


class PreviousNegotiation(StrEnum):
    NONE = "none"
    CONCLUDED = "concluded"  # an agreement was reached (Art. 151 VII applies)
    DEEMED_NOT_REQUESTED = "deemed_not_requested"  # 視同未請求協商: wait six months
    RETURNED = "returned"  # returned only for ineligibility or missing documents
    FAILED = "failed"  # negotiation failed


class History(_Part):
    concluded_2006_agreement: bool | None = Field(default=None, strict=True)  # 95年度銀行公會債務協商
    negotiated_2006: bool | None = Field(default=None, strict=True)  # took part in it at all (False: never)
    previous_negotiation: PreviousNegotiation | None = None
    previous_negotiation_end: IsoDate = None
    agreement_difficulty_not_attributable: bool | None = Field(default=None, strict=True)  # Art. 151 VII
    mediation_failed_date: IsoDate = None


class IncomeRecord(_Part):
    year: int | None = Field(default=None, strict=True)  # AD year
    kind: str = ""  # 薪資, 執行業務, 租賃, 利息, 補助, 其他
    source: str = ""
    amount: Money = None


class MonthlyIncome(_Part):
    kind: str = ""  # 薪資 (salary), 兼職, 補助, 租金, ...
    source: str = ""
    amount: Money = None
    paid_in_cash: Flag = False  # no payslip: an income affidavit (收入切結書) is used instead


class Income(_Part):
    records: list[IncomeRecord] = Field(default_factory=list)  # the last two years
    monthly: list[MonthlyIncome] = Field(default_factory=list)  # current monthly income


class ExpenseMode(StrEnum):
    STANDARD = "standard"  # use the Art. 64-2 standard (no receipts needed)
    ITEMIZED = "itemized"


class ExpenseItem(_Part):
    category: str = ""  # 餐費 水費 電費 ... 房租 雜支
    monthly: Money = None
    note: str = ""


class Expenses(_Part):
    mode: ExpenseMode | None = None
    items: list[ExpenseItem] = Field(default_factory=list)


class CreditorKind(StrEnum):
    BANK = "bank"
    POST = "post"
    OTHER_FI = "other_fi"  # credit cooperative, farmers' association credit department, ...
    AMC = "amc"  # asset management company
    PRIVATE = "private"
    GUARANTEE = "guarantee"  # the applicant is a guarantor

    @property
    def is_financial_institution(self) -> bool:
        return self in (CreditorKind.BANK, CreditorKind.POST, CreditorKind.OTHER_FI)


class DebtType(StrEnum):
    CREDIT_CARD = "credit_card"
    CASH_CARD = "cash_card"
    PERSONAL_LOAN = "personal_loan"
    CAR_LOAN = "car_loan"
    HOME_LOAN = "home_loan"
    GUARANTEE = "guarantee"
    OTHER = "other"


class Enforcement(_Part):
    pending: Flag = False
    court: str = ""
    case_number: str = ""


class Creditor(_Part):
    id: str = Field(default_factory=_new_id)
    kind: CreditorKind | None = None
    name: str = ""
    address: str = ""
    debt_type: DebtType | None = None
    cause: str = ""  # 原因, e.g. 信用卡消費款
    principal: Money = None
    interest_fees: Money = None
    secured: Flag = False
    security: str = ""  # what secures it (抵押權, 動產擔保)
    collateral_asset_id: str = ""
    secured_coverage: Money = None  # what the security is expected to cover
    priority: Flag = False  # 優先權
    home_loan: Flag = False  # owner-occupied home loan (自用住宅借款)
    home_loan_overdue_instalments: int | None = Field(default=None, strict=True)
    special_clause: Flag = False  # 自用住宅借款特別條款 proposed
    enforcement: Enforcement = Field(default_factory=Enforcement)
    note: str = ""


class OwnDebtor(_Part):
    id: str = Field(default_factory=_new_id)
    name: str = ""
    address: str = ""
    amount: Money = None
    cause: str = ""
    kind: str = ""
    security: str = ""
    note: str = ""


class LargestCreditorSource(StrEnum):
    APP_SUGGESTION = "app_suggestion"
    JCIC_LIST = "jcic_list"


class LargestCreditorChoice(_Part):
    creditor_id: str = ""  # empty: not confirmed; the app's suggestion applies
    source: LargestCreditorSource | None = None


class LivingExpenseConfirmation(_Part):
    """A minimum living expense the user confirmed or entered for the case's area and year."""

    area: str = ""
    year: int | None = Field(default=None, strict=True)
    monthly: Money = None
    source: str = ""
    confirmed_on: IsoDate = None


class AttachmentStatus(StrEnum):
    MISSING = "missing"
    REQUESTED = "requested"
    HAVE = "have"
    NOT_APPLICABLE = "not_applicable"


class AttachmentState(_Part):
    status: AttachmentStatus = AttachmentStatus.MISSING
    issue_date: IsoDate = None
    note: str = ""


class Meta(_Part):
    created: IsoDateTime = None
    updated: IsoDateTime = None
    app_version: str = ""
    status: CaseStatus = CaseStatus.IN_PROGRESS
    wizard_page: str = ""  # where the wizard was left


class Case(_Part):
    schema_version: int = Field(default=SCHEMA_VERSION, strict=True)
    case_id: str = Field(default_factory=_new_id)
    route: Route | None = None
    filing_date: IsoDate = None
    venue: str = ""  # the court (臺灣臺北地方法院) or mediation committee the filing goes to
    applicant: Applicant = Field(default_factory=Applicant)
    dependents: list[Dependent] = Field(default_factory=list)
    assets: list[Asset] = Field(default_factory=list)
    business: Business = Field(default_factory=Business)
    history: History = Field(default_factory=History)
    income: Income = Field(default_factory=Income)
    expenses: Expenses = Field(default_factory=Expenses)
    creditors: list[Creditor] = Field(default_factory=list)
    own_debtors: list[OwnDebtor] = Field(default_factory=list)
    largest_creditor: LargestCreditorChoice = Field(default_factory=LargestCreditorChoice)
    living_expense: LivingExpenseConfirmation | None = None
    attachments: dict[str, AttachmentState] = Field(default_factory=dict)
    notes: str = ""
    meta: Meta = Field(default_factory=Meta)

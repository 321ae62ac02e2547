"""The case: one debtor's file, as typed by the user.

Every field has a default so that a half-finished case (a wizard in progress) is a valid document. Whether a
case is complete enough for a route is decided by the rules (``debtassist.rules``), not by the model: the model
only guarantees the shape (types, whole-dollar integers, ISO dates). Value problems such as a negative amount or
a bad ID checksum become findings with a path, so a hand-edited file still opens and the user sees what to fix.
"""

# No ``from __future__ import annotations`` here: msgspec reads every field's annotation when a part is first
# decoded; as objects they are read as they are (no strings to evaluate).
import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

import msgspec
from msgspec import field

from debtassist.model.limits import MAX_AMOUNT
from debtassist.model.part import Part

SCHEMA_VERSION = 2  # 2: two-year income periods, fixed income/expense vocabularies, the plan (see migrations)


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


class _MoneyMarker:
    """Metadata that marks a field as money, so the rules can find every amount in a case."""


MONEY = _MoneyMarker()

#: Whole New Taiwan dollars. ``None`` means "not entered yet", which is not the same as 0. Negative amounts load
#: (the rules report them); beyond the bound nothing is computed.
Money = (
    Annotated[
        int,
        msgspec.Meta(
            ge=-MAX_AMOUNT, le=MAX_AMOUNT, description="Whole New Taiwan dollars; null = not entered yet"
        ),
        MONEY,
    ]
    | None
)
# Booleans, whole numbers and strings are strict (a JSON true is not 1, "1" is not 1); a date is an ISO string
# (never a number), within MIN_DATE..MAX_DATE (model.limits, checked by ``Part``).
Flag = bool
IsoDate = date | None
IsoDateTime = datetime | None


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


class Applicant(Part):
    name: str = ""
    national_id: str = ""
    birth_date: IsoDate = None
    phone: str = ""
    mobile: str = ""
    email: str = ""
    registered_address: str = ""  # 戶籍地址
    mailing_address: str = ""  # 通訊地址 (blank: same as registered)
    residence_county: str = ""  # 縣市 as in areas.csv (zh name); sets the living-expense area
    # Venue (Act Art. 5, 151 I): the 鄉鎮市區 of the domicile (住所, usually the 戶籍) and of the residence (居所).
    # Blank: read from the address; set when the address does not say it clearly.
    domicile_county: str = ""
    domicile_district: str = ""
    residence_address: str = ""  # 居所 when it is not the registered address (blank: lives there)
    residence_district: str = ""
    gender: str = ""  # optional (民事訴訟法 §116 II): 男 / 女 / as the user writes it
    employer: str = ""
    occupation: str = ""


class Dependent(Part):
    id: str = field(default_factory=_new_id)
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


class Asset(Part):
    id: str = field(default_factory=_new_id)
    kind: AssetKind = AssetKind.OTHER
    description: str = ""  # 險種, vehicle kind, land/building, fund name
    holder: str = ""  # bank, insurer, company, registry office
    location: str = ""  # where the asset is (address, branch)
    number: str = ""  # account, 地號/建號, plate, policy number
    value: Money = None  # balance, 公告現值, surrender value (解約金), market value
    share: str = ""  # ownership share (持分), real estate
    quantity: int | None = None  # number of shares
    year: int | None = None  # vehicle year of manufacture
    note: str = ""
    # Liquidation value (Art. 64 II (3), III; Art. 99), version 2:
    hard_to_sell: Flag = False  # 不易變價
    excluded_from_estate: Flag = False  # excluded under Art. 99 or exempt from the estate
    exclusion_reason: str = ""  # why it is hard to sell or excluded
    counted_value: Money = None  # the value that counts (surrender value, 公告現值 x share); null: ``value``


class BusinessPeriod(Part):
    description: str = ""
    start: IsoDate = None
    end: IsoDate = None  # None: still running
    turnover: Money = None  # total turnover within the last five years


class Business(Part):
    had_business: bool | None = None  # None: not answered yet
    periods: list[BusinessPeriod] = field(default_factory=list)


class PreviousNegotiation(StrEnum):
    NONE = "none"
    CONCLUDED = "concluded"  # an agreement was reached (Art. 151 VII applies)
    DEEMED_NOT_REQUESTED = "deemed_not_requested"  # 視同未請求協商: wait six months
    RETURNED = "returned"  # returned only for ineligibility or missing documents
    FAILED = "failed"  # negotiation failed


class PriorStepKind(StrEnum):
    """The Art. 151 I step tried before rehabilitation or liquidation."""

    BANK_NEGOTIATION = "bank_negotiation"  # 前置協商 with the largest creditor bank, failed
    COURT_MEDIATION = "court_mediation"  # 法院前置調解, not reached (調解不成立)
    TOWNSHIP_MEDIATION = "township_mediation"  # 鄉鎮市區調解委員會, not reached
    NONE = "none"  # none: the petition is treated as a mediation request (Rules Art. 42-1)


class History(Part):
    concluded_2006_agreement: bool | None = None  # 95年度銀行公會債務協商
    negotiated_2006: bool | None = None  # took part in it at all (False: never)
    previous_negotiation: PreviousNegotiation | None = None
    previous_negotiation_end: IsoDate = None
    agreement_difficulty_not_attributable: bool | None = None  # Art. 151 VII
    mediation_failed_date: IsoDate = None
    # The Art. 151 prerequisite as a rehabilitation or liquidation petition states it. When ``prior_step`` is
    # unset the older fields above still say it (see debtassist.rules.prerequisite).
    prior_step: PriorStepKind | None = None
    prior_step_date: IsoDate = None  # the day it failed (notice, 調解不成立證明書)
    prior_step_body: str = ""  # the bank, court or committee
    prior_step_case_number: str = ""


class IncomeKind(StrEnum):
    """The fixed vocabulary of income kinds (version 2). ``other`` keeps the user's words in ``kind_detail``."""

    SALARY = "salary"  # 薪資
    BUSINESS = "business"  # 執行業務、營業
    PENSION = "pension"  # 退休金、年金
    SUBSIDY = "subsidy"  # 政府補助、津貼
    RENT = "rent"  # 租金
    SUPPORT_RECEIVED = "support_received"  # 親友資助、受扶養
    OTHER = "other"


class IncomeRecord(Part):
    """Income of a period within the two years before filing (Art. 64 II (4)): the months from ``period_from``
    to ``period_to`` (only the year and month count), with the period's total ``amount`` or its
    ``monthly_average`` (the total wins when both are entered)."""

    period_from: IsoDate = None
    period_to: IsoDate = None
    kind: IncomeKind | None = None
    kind_detail: str = ""  # the user's own words: required for "other", kept from a version-1 free-text kind
    source: str = ""
    amount: Money = None  # total over the period
    monthly_average: Money = None  # or the average a month over the period


class MonthlyIncome(Part):
    kind: IncomeKind | None = None
    kind_detail: str = ""  # the user's own words (e.g. 兼職), as with IncomeRecord
    source: str = ""
    amount: Money = None
    paid_in_cash: Flag = False  # no payslip: an income affidavit (收入切結書) is used instead


class Income(Part):
    records: list[IncomeRecord] = field(default_factory=list)  # the last two years
    monthly: list[MonthlyIncome] = field(default_factory=list)  # current monthly income


class ExpenseMode(StrEnum):
    STANDARD = "standard"  # use the Art. 64-2 standard (no receipts needed)
    ITEMIZED = "itemized"


class ExpenseCategory(StrEnum):
    """The fixed vocabulary of monthly expense categories (version 2); ``other`` keeps the user's words."""

    RENT = "rent"  # 房租
    FOOD = "food"  # 餐費
    UTILITIES = "utilities"  # 水電瓦斯費
    PHONE = "phone"  # 電話網路費
    TRANSPORT = "transport"  # 交通費
    HEALTH_INSURANCE = "health_insurance"  # 健保費
    INSURANCE = "insurance"  # 保險費
    MEDICAL = "medical"  # 醫療費
    EDUCATION = "education"  # 教育費
    BUILDING_FEE = "building_fee"  # 管理費
    SUPPORT = "support"  # 扶養費
    SUNDRIES = "sundries"  # 雜支
    OTHER = "other"


class ExpenseItem(Part):
    category: ExpenseCategory | None = None
    category_detail: str = ""  # the user's own words: required for "other", kept from a version-1 category
    monthly: Money = None
    note: str = ""


class Expenses(Part):
    mode: ExpenseMode | None = None
    items: list[ExpenseItem] = field(default_factory=list)


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


class Enforcement(Part):
    pending: Flag = False
    court: str = ""
    case_number: str = ""


class Creditor(Part):
    id: str = field(default_factory=_new_id)
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
    home_loan_overdue_instalments: int | None = None
    special_clause: Flag = False  # 自用住宅借款特別條款 proposed
    enforcement: Enforcement = field(default_factory=Enforcement)
    note: str = ""


class OwnDebtor(Part):
    id: str = field(default_factory=_new_id)
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


class LargestCreditorChoice(Part):
    creditor_id: str = ""  # empty: not confirmed; the app's suggestion applies
    source: LargestCreditorSource | None = None


class LivingExpenseConfirmation(Part):
    """A minimum living expense the user confirmed or entered for the case's area and year."""

    area: str = ""
    year: int | None = None
    monthly: Money = None
    source: str = ""
    confirmed_on: IsoDate = None


class AttachmentStatus(StrEnum):
    MISSING = "missing"
    REQUESTED = "requested"
    HAVE = "have"
    NOT_APPLICABLE = "not_applicable"


class AttachmentState(Part):
    status: AttachmentStatus = AttachmentStatus.MISSING
    issue_date: IsoDate = None
    note: str = ""
    pieces: Annotated[int, msgspec.Meta(ge=1)] | None = None  # 件數 enclosed; None: one


class Person(Part):
    """Someone acting for or with the applicant (民事訴訟法 §116 I (2))."""

    name: str = ""
    address: str = ""
    phone: str = ""
    role: str = ""  # relationship of a legal representative (父, 母, 監護人); title of an agent (律師)


class HomeLoanChoice(StrEnum):
    """Bank pre-negotiation: what happens to an owner-occupied home loan (自用住宅借款)."""

    INCLUDE = "include"  # included in the negotiation
    KEEP_CONTRACT = "keep_contract"  # the original contract continues outside it


class Filing(Part):
    """Who files and how: the lines of the party block beside the applicant, and the debtor's own account."""

    legal_representative: Person = field(default_factory=Person)  # 法定代理人
    agent: Person = field(default_factory=Person)  # 代理人 (e.g. a legal-aid lawyer)
    service_recipient: Person = field(default_factory=Person)  # 送達代收人 and the service address
    preparer: str = ""  # 撰狀人, when someone else prepared the filing
    hardship: str = ""  # in the debtor's words: why they cannot pay (事實及理由)
    home_loan_choice: HomeLoanChoice | None = None


class Stage(StrEnum):
    """Where a case stands after the paperwork is done (the desk's lifecycle). The stage is the kind of the latest
    stage event; ``Meta.status`` only tells the stages before any event (see ``debtassist.rules.lifecycle``)."""

    PREPARING = "preparing"
    READY = "ready"
    SENT = "sent"  # the packet was sent (date, to whom, registered-mail number)
    UNDER_WAY = "under_way"  # negotiation or mediation has started
    AGREEMENT = "agreement"  # agreement reached
    FAILED = "failed"  # negotiation or mediation failed (date, case number)
    COURT_FILING = "court_filing"  # rehabilitation or liquidation filed
    COURT_ORDER = "court_order"  # the court ordered something (補正), with the deadline it set
    CREDITOR_TABLE = (
        "creditor_table"  # the 債權表 received in rehabilitation (the Art. 53 plan deadline runs)
    )
    PLAN_APPROVED = "plan_approved"
    LIQUIDATION_OPENED = "liquidation_opened"
    DISCHARGE = "discharge"
    DATE = "date"  # any other date the user wants to keep in view (does not change the stage)


class LifecycleEvent(Part):
    id: str = field(default_factory=_new_id)
    kind: Stage = Stage.DATE
    date: IsoDate = None  # when it happened (a sent packet, a failed mediation, a court order received)
    procedure: Route | None = None  # which step it concerns; None = the case's route
    body: str = ""  # to whom / which bank, court or committee
    reference: str = ""  # registered-mail number (sent) or case number (failed, filing, order)
    deadline: IsoDate = None  # the deadline the court set (court order) or the user's own date
    note: str = ""


class Lifecycle(Part):
    events: list[LifecycleEvent] = field(default_factory=list)
    label: str = ""  # label or caseworker, shown on the desk
    desk_note: str = ""  # a one-line note shown on the desk


class PlanPhase(Part):
    """``instalments`` payments of ``amount`` each (期數 x 每期金額)."""

    instalments: int | None = None
    amount: Money = None


class PlanStart(StrEnum):
    MONTH_AFTER_FINAL = "month_after_final"  # 自認可更生方案裁定確定之次月起
    MONTH_AFTER_CERTIFICATE = "month_after_certificate"  # 自收受確定證明書之次月起


class PlanPayee(StrEnum):
    DIRECT = "direct"  # to each creditor
    VIA_LARGEST = (
        "via_largest"  # the largest creditor financial institution collects and disburses (Rules Art. 26)
    )


class Art53Exception(StrEnum):
    """Why a plan may end after 6 but within 8 years (Art. 53 II (3); Rules Art. 27)."""

    HOME_LOAN_CLAUSE = "home_loan_clause"  # 自用住宅借款特別條款
    SECURED_SETTLEMENT = "secured_settlement"  # settlement with secured or priority creditors
    REACH_MINIMUMS = "reach_minimums"  # to reach the Art. 64 II (3)/(4) minimum totals


class RepaymentPlan(Part):
    """The debtor's rehabilitation plan (更生方案, Art. 53; Rules Art. 26-27), version 2."""

    phases: list[PlanPhase] = field(default_factory=list)
    interval_months: int = 1  # months between instalments (Art. 53: at most 3)
    yearly_extra: Money = None  # an extra payment once a plan year (每年增額還款)
    yearly_extra_month: int | None = None  # calendar month of the extra payment
    start: PlanStart = PlanStart.MONTH_AFTER_FINAL
    payment_day: int | None = None  # day of the month (每月15日前)
    payee: PlanPayee | None = None
    art53_exception: Art53Exception | None = None
    term_months: int | None = None  # term for the suggested plan (null: 72)


class BankOffer(Part):
    """The bank's offer on the negotiation or mediation route, so its affordability can be shown."""

    offered_by: str = ""
    months: int | None = None
    annual_rate_percent: str = ""  # as written, e.g. "0", "2.5"
    monthly: Money = None
    offered_on: IsoDate = None


class DischargeAnswer(Part):
    """The user's answer to one Art. 134 question (liquidation), with an explanation."""

    answer: bool | None = None
    explanation: str = ""


class Meta(Part):
    created: IsoDateTime = None
    updated: IsoDateTime = None
    app_version: str = ""
    status: CaseStatus = CaseStatus.IN_PROGRESS
    wizard_page: str = ""  # where the wizard was left


class Case(Part):
    schema_version: int = SCHEMA_VERSION
    case_id: str = field(default_factory=_new_id)
    route: Route | None = None
    filing_date: IsoDate = None
    venue: str = ""  # the court (臺灣臺北地方法院) or mediation committee the filing goes to
    applicant: Applicant = field(default_factory=Applicant)
    dependents: list[Dependent] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    business: Business = field(default_factory=Business)
    history: History = field(default_factory=History)
    income: Income = field(default_factory=Income)
    expenses: Expenses = field(default_factory=Expenses)
    creditors: list[Creditor] = field(default_factory=list)
    own_debtors: list[OwnDebtor] = field(default_factory=list)
    largest_creditor: LargestCreditorChoice = field(default_factory=LargestCreditorChoice)
    living_expense: LivingExpenseConfirmation | None = None
    living_expense_year: int | None = None  # null: the filing year (Art. 64-2)
    plan: RepaymentPlan = field(default_factory=RepaymentPlan)
    bank_offer: BankOffer = field(default_factory=BankOffer)
    discharge_answers: dict[str, DischargeAnswer] = field(default_factory=dict)  # Art. 134 items "1".."8"
    attachments: dict[str, AttachmentState] = field(default_factory=dict)
    notes: str = ""  # the user's own notes: never printed on the forms (the cover says so)
    filing: Filing = field(default_factory=Filing)
    lifecycle: Lifecycle = field(default_factory=Lifecycle)
    meta: Meta = field(default_factory=Meta)

"""What the court computes in rehabilitation and liquidation: the liquidation value, the two-year surplus, the
debtor's plan (更生方案) with the Art. 64 / 64-1 / 53 / 42 tests and its per-creditor distribution, the smallest
plan that passes every test, the liquidation discharge outlook (Art. 133, 134, 141, 142) and the affordability
of a bank's recorded offer.

Readings the statute leaves open are stated where they are made (and in ``docs/check-json.md``):

- The two years before filing are the 24 calendar months before the month of the filing date (income records
  are kept by month; a record that reaches outside the window counts pro rata by months, rounded half up).
- The necessary expenses of those two years are 24 x the necessary expense of today's figures (debtor + the
  dependents' shares, Art. 64-2), since the case holds one living-expense year.
- Disposable income over the plan term (Art. 64-1) is the current monthly surplus x the term in months.
- "逾十分之九 / 五分之四" is compared with the amount rounded to the dollar, 元以下四捨五入 as one court did
  (臺北地院 110年度消債清字第87號: 1,010,765 x 9/10 = 909,689); "顯低於" (Art. 64 II (3)) is tested as "below".
- 清償成數 is the total over the unsecured non-priority claims, cut (not rounded) to two decimals — the one
  ruling with a known base prints 5.15 % for 5.1587 %; the convention is unconfirmed.
- The per-creditor amounts split every instalment by the largest-remainder method, so the parts of each
  instalment, and so of the total, add up exactly.
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any, NamedTuple

from debtassist.i18n import Lang, tr
from debtassist.model.case import (
    Art53Exception,
    Case,
    IncomeRecord,
    PlanPayee,
    Route,
)
from debtassist.rules.explain import Because
from debtassist.rules.money import amount, ntd, round_half_up
from debtassist.rules.rocdate import ROC_OFFSET

if TYPE_CHECKING:
    from debtassist.rules.figures import Figures

WINDOW_MONTHS = 24  # Art. 64 II (4), Art. 133: the two years before filing
TERM_DEFAULT = 72  # Art. 53 II (3): the last payment within 6 years
TERM_EXTENDED = 96  # ... within 8 years in the listed exceptions
MAX_INTERVAL = 3  # Art. 53 II (2): at least once every three months
ART_64_1_WITH_VALUE = Fraction(9, 10)
ART_64_1_WITHOUT_VALUE = Fraction(4, 5)
ART_142_SHARE = Fraction(1, 5)  # each ordinary creditor has received at least 20 %
ART_134_ITEMS = tuple(str(n) for n in range(1, 9))
REHABILITATION_CEILING = 12_000_000  # Art. 42 I


# --- months --------------------------------------------------------------------------------------------------


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_text(index: int) -> str:
    """ROC year/month, e.g. ``113/12``."""
    year, month = divmod(index, 12)
    return f"{year - ROC_OFFSET}/{month + 1:02d}"


def period_text(start: date | None, end: date | None) -> str:
    """``113/01–113/12`` as the statement prints a period; a missing end is left open."""
    if start is None and end is None:
        return ""
    left = month_text(month_index(start)) if start else "?"
    right = month_text(month_index(end)) if end else "?"
    return left if left == right else f"{left}–{right}"


def record_months(record: IncomeRecord) -> range | None:
    if record.period_from is None or record.period_to is None or record.period_to < record.period_from:
        return None
    return range(month_index(record.period_from), month_index(record.period_to) + 1)


def record_total(record: IncomeRecord) -> int | None:
    """The period's total: as entered, else the monthly average x the months of the period."""
    if record.amount is not None:
        return record.amount
    months = record_months(record)
    if record.monthly_average is not None and months is not None:
        return record.monthly_average * len(months)
    return None


def two_year_window(filing: date) -> range:
    """The 24 calendar months before the month of filing (month indexes)."""
    first = month_index(filing)
    return range(first - WINDOW_MONTHS, first)


# --- results -------------------------------------------------------------------------------------------------


class PlanTest(NamedTuple):
    key: str  # art_64_2_3 | art_64_2_4 | art_64_1 | art_53_term | art_53_interval | art_42
    rule: str  # rule id, cited as "rule.<rule>"
    required_amount: int | None  # NT$, or months for the Art. 53 tests
    plan_amount: int | None
    passes: bool | None  # None: an input is missing
    unit: str = "ntd"  # ntd | months
    basis: str = ""  # how required_amount was computed (a sentence, zh-TW/en via Because)
    because: Because | None = None

    @property
    def shortfall(self) -> int | None:
        if self.passes is not False or self.unit != "ntd":
            return None
        if self.required_amount is None or self.plan_amount is None:
            return None
        return self.required_amount - self.plan_amount

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "key": self.key,
            "article": tr(f"rule.{self.rule}", lang),
            "name": tr(f"plan.test.{self.key}", lang),
            "required_amount": self.required_amount,
            "plan_amount": self.plan_amount,
            "passes": self.passes,
            "unit": self.unit,
            "shortfall": self.shortfall,
            "computation": self.because.text(lang) if self.because else "",
        }


class CreditorShare(NamedTuple):
    name: str
    creditor_ids: tuple[str, ...]
    claim: int  # unsecured non-priority claim
    share: Fraction  # of all unsecured non-priority claims
    per_instalment: tuple[int, ...]  # one amount per plan phase
    yearly_extra: int  # the creditor's part of each yearly extra payment
    total: int

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "creditor_ids": list(self.creditor_ids),
            "claim": self.claim,
            "share_percent": round(float(self.share) * 100, 4),
            "per_instalment": list(self.per_instalment),
            "yearly_extra": self.yearly_extra,
            "total": self.total,
        }


class PlanPhaseResult(NamedTuple):
    instalments: int
    amount: int

    @property
    def total(self) -> int:
        return self.instalments * self.amount


class PlanResult(NamedTuple):
    phases: list[PlanPhaseResult]
    interval_months: int
    months: int
    yearly_extra: int
    yearly_extra_count: int
    total: int
    base: int  # unsecured non-priority claims
    percent_repaid: str | None  # "21.58" (cut to two decimals; convention unconfirmed)
    percent_repaid_exact: Fraction | None
    distribution: list[CreditorShare]
    tests: list[PlanTest]
    payee: PlanPayee | None
    art53_exception: Art53Exception | None

    @property
    def passes(self) -> bool | None:
        results = [t.passes for t in self.tests]
        if any(r is False for r in results):
            return False
        return None if any(r is None for r in results) else True

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "phases": [
                {"instalments": p.instalments, "amount": p.amount, "total": p.total} for p in self.phases
            ],
            "interval_months": self.interval_months,
            "months": self.months,
            "yearly_extra": self.yearly_extra,
            "yearly_extra_count": self.yearly_extra_count,
            "total": self.total,
            "unsecured_base": self.base,
            "percent_repaid": self.percent_repaid,
            "percent_repaid_exact": (
                float(self.percent_repaid_exact) if self.percent_repaid_exact is not None else None
            ),
            "percent_rounding": "truncated to two decimals (convention unconfirmed)",
            "distribution": [d.to_json() for d in self.distribution],
            "distribution_rounding": "largest remainder per instalment",
            "tests": [t.to_json(lang) for t in self.tests],
            "passes": self.passes,
            "payee": self.payee.value if self.payee else None,
            "art53_exception": self.art53_exception.value if self.art53_exception else None,
        }


class SuggestedPlan(NamedTuple):
    months: int
    monthly: int | None  # None: an input is missing
    total: int | None
    binding: str | None  # the test key that sets the amount; None when no test asks for more than 0
    required: dict[str, int | None]  # each monetary test's required total for this term
    term_allowed: bool  # within 72 months, or within 96 with an Art. 53 exception available
    affordable: bool | None  # monthly <= the current monthly surplus
    percent_repaid: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "months": self.months,
            "monthly": self.monthly,
            "total": self.total,
            "binding": self.binding,
            "required": self.required,
            "term_allowed": self.term_allowed,
            "affordable": self.affordable,
            "percent_repaid": self.percent_repaid,
        }


class LiquidationItem(NamedTuple):
    asset_id: str
    description: str
    value: int  # the value that counts before the secured creditors' part
    secured: int  # what the secured creditors take from it
    counted: int  # value - secured, not below 0; 0 when excluded
    excluded: str  # "" | hard_to_sell | excluded_from_estate
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "asset_id": self.asset_id,
            "description": self.description,
            "value": self.value,
            "secured": self.secured,
            "counted": self.counted,
            "excluded": self.excluded or None,
            "reason": self.reason,
        }


class Art142Row(NamedTuple):
    name: str
    claim: int
    twenty_percent: int  # rounded up to the dollar: "達百分之二十以上"


class DischargeOutlook(NamedTuple):
    has_surplus: bool | None  # fixed income with a surplus over necessary expenses (after opening)
    surplus_per_month: int | None
    surplus_two_years: int | None  # not below 0
    estimated_distribution: int  # liquidation value less priority claims (procedure costs not deducted)
    art133_risk: bool | None
    art141_amount: int | None  # what ordinary creditors must have received in all (Art. 133 amount)
    art141_remaining: int | None  # beyond the estimated distribution
    art142: list[Art142Row]
    questions: list[tuple[str, bool | None, str]]  # (Art. 134 item, answer, explanation)

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "has_surplus": self.has_surplus,
            "surplus_per_month": self.surplus_per_month,
            "surplus_two_years": self.surplus_two_years,
            "estimated_distribution": self.estimated_distribution,
            "art133_risk": self.art133_risk,
            "art141_amount": self.art141_amount,
            "art141_remaining": self.art141_remaining,
            "art142": [
                {"name": r.name, "claim": r.claim, "twenty_percent": r.twenty_percent} for r in self.art142
            ],
            "art142_total": sum(r.twenty_percent for r in self.art142),
            "art134": [
                {
                    "item": item,
                    "question": tr(f"plan.art134.{item}", lang),
                    "answer": answer,
                    "explanation": text,
                }
                for item, answer, text in self.questions
            ],
        }


class BankOfferCheck(NamedTuple):
    offered_by: str
    months: int | None
    annual_rate_percent: str
    monthly: int
    disposable: int | None
    affordable: bool | None

    def to_json(self) -> dict[str, Any]:
        return {
            "offered_by": self.offered_by,
            "months": self.months,
            "annual_rate_percent": self.annual_rate_percent,
            "monthly": self.monthly,
            "disposable_income": self.disposable,
            "affordable": self.affordable,
        }


class CourtFigures(NamedTuple):
    window: tuple[str, str] | None  # ROC months of the two-year window
    window_income: int | None
    window_missing_months: list[str]
    incomplete_records: list[int]
    need_per_month: int | None  # debtor's necessary expense + dependents' share
    surplus_two_years: int | None  # may be negative; the tests use max(0, ...)
    surplus_per_month: int | None
    liquidation_value: int
    liquidation_items: list[LiquidationItem]
    plan: PlanResult | None
    suggested_plan: SuggestedPlan | None
    discharge_outlook: DischargeOutlook | None
    bank_offer: BankOfferCheck | None
    living_filing_year: Any  # LivingExpense of the filing year when another year was chosen (else None)
    trail: dict[str, list[Because]]

    @property
    def excluded_items(self) -> list[LiquidationItem]:
        return [i for i in self.liquidation_items if i.excluded]


# --- computation ---------------------------------------------------------------------------------------------


def percent_text(total: int, base: int) -> tuple[str | None, Fraction | None]:
    """清償成數 cut to two decimals ("5.15" for 5.1587 %), and the exact value."""
    if base <= 0:
        return None, None
    exact = Fraction(total * 100, base)
    hundredths = math.floor(exact * 100)
    return f"{hundredths // 100}.{hundredths % 100:02d}", exact


def split_largest_remainder(total: int, weights: list[int]) -> list[int]:
    """Whole-dollar parts of ``total`` in proportion to ``weights`` that add up to ``total`` exactly: each part
    is the floor of its exact share, and the dollars left go one each to the largest remainders (ties: the
    larger weight, then the earlier entry)."""
    weight_sum = sum(weights)
    if total <= 0 or weight_sum <= 0:
        return [0 for _ in weights]
    exact = [Fraction(total * w, weight_sum) for w in weights]
    parts = [math.floor(e) for e in exact]
    left = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), -weights[i], i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def ordinary_claims(case: Case) -> list[tuple[str, list[str], int]]:
    """Unsecured non-priority claims grouped by creditor (several debts at one bank are one creditor):
    (name, creditor ids, claim), in the order first entered."""
    from debtassist.rules.figures import claim, creditor_key, secured_part

    groups: dict[str, tuple[str, list[str], int]] = {}
    for creditor in case.creditors:
        if creditor.priority:
            continue
        part = claim(creditor) - secured_part(creditor)
        key = creditor_key(creditor.name) or creditor.id
        name, ids, total = groups.get(key, (creditor.name.strip(), [], 0))
        groups[key] = (name, [*ids, creditor.id], total + part)
    return [g for g in groups.values() if g[2] > 0]


def _liquidation(case: Case, trail: dict[str, list[Because]]) -> tuple[int, list[LiquidationItem]]:
    from debtassist.rules.figures import secured_part

    secured_by_asset: dict[str, int] = {}
    for creditor in case.creditors:
        if creditor.secured and creditor.collateral_asset_id:
            secured_by_asset[creditor.collateral_asset_id] = secured_by_asset.get(
                creditor.collateral_asset_id, 0
            ) + secured_part(creditor)
    items: list[LiquidationItem] = []
    for asset in case.assets:
        value = asset.counted_value if asset.counted_value is not None else amount(asset.value)
        secured = secured_by_asset.get(asset.id, 0)
        excluded = (
            "excluded_from_estate"
            if asset.excluded_from_estate
            else ("hard_to_sell" if asset.hard_to_sell else "")
        )
        counted = 0 if excluded else max(0, value - secured)
        items.append(
            LiquidationItem(
                asset.id, asset.description, value, secured, counted, excluded, asset.exclusion_reason
            )
        )
    total = sum(i.counted for i in items)
    excluded_total = sum(i.value for i in items if i.excluded)
    secured_total = sum(min(i.value, i.secured) for i in items if not i.excluded)
    trail["liquidation_value"].append(
        Because(
            "plan.because.liquidation_value",
            {
                "count": len(items),
                "excluded": len([i for i in items if i.excluded]),
                "excluded_total": ntd(excluded_total),
                "secured": ntd(secured_total),
                "total": ntd(total),
            },
            rule="plan_art_64_3",
        )
    )
    return total, items


def _window_income(
    case: Case, trail: dict[str, list[Because]]
) -> tuple[range | None, int | None, list[str], list[int]]:
    if case.filing_date is None:
        trail["surplus_two_years"].append(Because("plan.because.no_filing_date", rule="plan_art_64_4"))
        return None, None, [], []
    window = two_year_window(case.filing_date)
    covered: set[int] = set()
    total = 0
    seen = False
    incomplete: list[int] = []
    for index, record in enumerate(case.income.records):
        months = record_months(record)
        whole = record_total(record)
        if months is None or whole is None:
            if record.period_from or record.period_to or record.amount is not None or record.monthly_average:
                incomplete.append(index)
            continue
        inside = [m for m in months if m in window]
        if not inside:
            continue
        seen = True
        covered |= set(inside)
        if record.amount is None and record.monthly_average is not None:
            total += record.monthly_average * len(inside)
        else:
            total += round_half_up(Fraction(whole * len(inside), len(months)))
    missing = [month_text(m) for m in window if m not in covered]
    trail["surplus_two_years"].append(
        Because(
            "plan.because.window_income",
            {
                "start": month_text(window[0]),
                "end": month_text(window[-1]),
                "income": ntd(total if seen else None),
                "covered": len(covered),
            },
            rule="plan_art_64_4",
        )
    )
    return window, (total if seen else None), missing, incomplete


def _plan_tests(
    case: Case,
    figures: Figures,
    total: int,
    months: int,
    interval: int,
    liq: int,
    s2: int | None,
    surplus_month: int | None,
) -> list[PlanTest]:
    tests: list[PlanTest] = []
    tests.append(
        PlanTest(
            "art_64_2_3",
            "plan_art_64_3",
            liq,
            total,
            total >= liq,
            because=Because("plan.because.test_64_2_3", {"liq": ntd(liq), "total": ntd(total)}),
        )
    )
    floor_s2 = None if s2 is None else max(0, s2)
    tests.append(
        PlanTest(
            "art_64_2_4",
            "plan_art_64_4",
            floor_s2,
            total,
            None if floor_s2 is None else total >= floor_s2,
            because=Because(
                "plan.because.test_64_2_4",
                {"surplus": ntd(s2), "required": ntd(floor_s2), "total": ntd(total)},
            ),
        )
    )
    required_64_1, because_64_1 = art_64_1_required(liq, surplus_month, months)
    tests.append(
        PlanTest(
            "art_64_1",
            "plan_art_64_1",
            required_64_1,
            total,
            None if required_64_1 is None else total >= required_64_1,
            because=because_64_1,
        )
    )
    limit = term_limit(case)
    tests.append(
        PlanTest(
            "art_53_term",
            "plan_art_53_term",
            limit,
            months,
            months <= limit,
            unit="months",
            because=Because("plan.because.test_53_term", {"months": months, "limit": limit}),
        )
    )
    tests.append(
        PlanTest(
            "art_53_interval",
            "plan_art_53_interval",
            MAX_INTERVAL,
            interval,
            1 <= interval <= MAX_INTERVAL,
            unit="months",
            because=Because("plan.because.test_53_interval", {"interval": interval}),
        )
    )
    debt = figures.unsecured_non_priority_debt
    tests.append(
        PlanTest(
            "art_42",
            "art_42_1",
            REHABILITATION_CEILING,
            debt,
            debt <= REHABILITATION_CEILING,
            because=Because(
                "plan.because.test_42", {"debt": ntd(debt), "ceiling": ntd(REHABILITATION_CEILING)}
            ),
        )
    )
    return tests


def art_64_1_required(liq: int, surplus_month: int | None, months: int) -> tuple[int | None, Because]:
    """The Art. 64-1 amount for a term: 9/10 of (liquidation value + the term's surplus) when the property has a
    liquidation value, else 4/5 of the term's surplus; 元以下四捨五入; never below 0."""
    if surplus_month is None:
        return None, Because("plan.because.test_64_1_unknown", rule="plan_art_64_1")
    term_surplus = surplus_month * months
    if liq > 0:
        base = liq + term_surplus
        exact = ART_64_1_WITH_VALUE * max(0, base)
        required = round_half_up(exact)
        return required, Because(
            "plan.because.test_64_1_with",
            {
                "liq": ntd(liq),
                "surplus": ntd(surplus_month),
                "months": months,
                "base": ntd(base),
                "exact": ntd(exact),
                "required": ntd(required),
            },
        )
    exact = ART_64_1_WITHOUT_VALUE * max(0, term_surplus)
    required = round_half_up(exact)
    return required, Because(
        "plan.because.test_64_1_without",
        {
            "surplus": ntd(surplus_month),
            "months": months,
            "base": ntd(term_surplus),
            "exact": ntd(exact),
            "required": ntd(required),
        },
    )


def has_home_loan_clause(case: Case) -> bool:
    return any(c.home_loan and c.special_clause for c in case.creditors)


def term_limit(case: Case) -> int:
    """72 months; 96 when the plan states an Art. 53 exception or carries a home-loan special clause."""
    if case.plan.art53_exception is not None or has_home_loan_clause(case):
        return TERM_EXTENDED
    return TERM_DEFAULT


def _distribution(
    claims: list[tuple[str, list[str], int]], phases: list[PlanPhaseResult], extra: int, extra_count: int
) -> list[CreditorShare]:
    weights = [c[2] for c in claims]
    base = sum(weights)
    per_phase = [split_largest_remainder(p.amount, weights) for p in phases]
    extras = split_largest_remainder(extra, weights)
    shares: list[CreditorShare] = []
    for i, (name, ids, claim) in enumerate(claims):
        parts = tuple(parts_of_phase[i] for parts_of_phase in per_phase)
        total = (
            sum(p.instalments * part for p, part in zip(phases, parts, strict=True)) + extras[i] * extra_count
        )
        shares.append(CreditorShare(name, tuple(ids), claim, Fraction(claim, base), parts, extras[i], total))
    return shares


def _plan(
    case: Case, figures: Figures, liq: int, s2: int | None, surplus_month: int | None
) -> PlanResult | None:
    plan = case.plan
    phases = [
        PlanPhaseResult(p.instalments, p.amount)
        for p in plan.phases
        if p.instalments is not None and p.instalments > 0 and p.amount is not None and p.amount >= 0
    ]
    if not phases:
        return None
    interval = plan.interval_months
    months = sum(p.instalments for p in phases) * max(1, interval)
    extra = amount(plan.yearly_extra)
    extra_count = months // 12 if extra > 0 else 0  # one extra payment in each full plan year
    total = sum(p.total for p in phases) + extra * extra_count
    claims = ordinary_claims(case)
    base = sum(c[2] for c in claims)
    percent, exact = percent_text(total, base)
    return PlanResult(
        phases=phases,
        interval_months=interval,
        months=months,
        yearly_extra=extra,
        yearly_extra_count=extra_count,
        total=total,
        base=base,
        percent_repaid=percent,
        percent_repaid_exact=exact,
        distribution=_distribution(claims, phases, extra, extra_count),
        tests=_plan_tests(case, figures, total, months, interval, liq, s2, surplus_month),
        payee=plan.payee,
        art53_exception=plan.art53_exception,
    )


def suggest_plan(
    case: Case, months: int, liq: int, s2: int | None, surplus_month: int | None, base: int
) -> SuggestedPlan:
    """The smallest monthly amount (whole dollars, monthly instalments) that passes every monetary test over
    ``months``, and the test that sets it."""
    required: dict[str, int | None] = {
        "art_64_2_3": liq,
        "art_64_2_4": None if s2 is None else max(0, s2),
        "art_64_1": art_64_1_required(liq, surplus_month, months)[0],
    }
    allowed = months <= TERM_DEFAULT or (months <= TERM_EXTENDED and term_limit(case) == TERM_EXTENDED)
    if any(v is None for v in required.values()):
        return SuggestedPlan(months, None, None, None, required, allowed, None, None)
    monthly_for = {key: math.ceil(Fraction(value or 0, months)) for key, value in required.items()}
    monthly = max(monthly_for.values())
    binding = None
    if monthly > 0:  # the first test (in the order above) that asks for this amount
        binding = next(key for key, value in monthly_for.items() if value == monthly)
    total = monthly * months
    affordable = None if surplus_month is None else monthly <= max(0, surplus_month)
    percent, _ = percent_text(total, base)
    return SuggestedPlan(months, monthly, total, binding, required, allowed, affordable, percent)


def _discharge(
    case: Case, figures: Figures, liq: int, s2: int | None, surplus_month: int | None
) -> DischargeOutlook:
    from debtassist.rules.figures import claim, secured_part

    priority = sum(claim(c) - secured_part(c) for c in case.creditors if c.priority)
    distribution = max(0, liq - priority)
    has_surplus = None if surplus_month is None else surplus_month > 0
    floor_s2 = None if s2 is None else max(0, s2)
    risk: bool | None
    if has_surplus is False:
        risk = False
    elif has_surplus is None or floor_s2 is None:
        risk = None
    else:
        risk = distribution < floor_s2
    remaining = None if floor_s2 is None else max(0, floor_s2 - distribution)
    art142 = [
        Art142Row(name, total, math.ceil(Fraction(total) * ART_142_SHARE))
        for name, _ids, total in ordinary_claims(case)
    ]
    questions = []
    for item in ART_134_ITEMS:
        answer = case.discharge_answers.get(item)
        questions.append((item, answer.answer if answer else None, answer.explanation if answer else ""))
    return DischargeOutlook(
        has_surplus, surplus_month, floor_s2, distribution, risk, floor_s2, remaining, art142, questions
    )


Trail = dict[str, list[Because]]


class _Surplus(NamedTuple):
    need: int | None  # the necessary expenses a month (debtor and dependents), from the figures
    two_years: int | None  # the two years' income less 24 x need; may be negative
    per_month: int | None  # the current monthly surplus (= the disposable income)


def compute_court_figures(case: Case, figures: Figures, filing_year_living: Any = None) -> CourtFigures:
    """The court's figures, each group by its own function (in this order, which is that of the trail)."""
    names = ("liquidation_value", "surplus_two_years", "surplus_per_month", "plan", "suggested_plan")
    trail: Trail = {name: [] for name in (*names, "discharge_outlook", "bank_offer")}
    liq, items = _liquidation(case, trail)
    window, income, missing, incomplete = _window_income(case, trail)
    surplus = _surplus(figures, income, trail)
    plan: PlanResult | None = None
    suggested: SuggestedPlan | None = None
    discharge: DischargeOutlook | None = None
    if case.route is Route.REHABILITATION:
        plan, suggested = _rehabilitation(case, figures, liq, surplus, trail)
    elif case.route is Route.LIQUIDATION:
        discharge = _liquidation_outlook(case, figures, liq, surplus, trail)
    return CourtFigures(
        window=(month_text(window[0]), month_text(window[-1])) if window else None,
        window_income=income,
        window_missing_months=missing,
        incomplete_records=incomplete,
        need_per_month=surplus.need,
        surplus_two_years=surplus.two_years,
        surplus_per_month=surplus.per_month,
        liquidation_value=liq,
        liquidation_items=items,
        plan=plan,
        suggested_plan=suggested,
        discharge_outlook=discharge,
        bank_offer=_bank_offer(case, figures, trail),
        living_filing_year=filing_year_living,
        trail={k: v for k, v in trail.items() if v},
    )


def _surplus(figures: Figures, income: int | None, trail: Trail) -> _Surplus:
    """The two-year surplus (Art. 64 II (4)) and the monthly one (Art. 64-1), from the figures' need."""
    need = figures.need_per_month
    s2: int | None = None
    if income is not None and need is not None:
        s2 = income - WINDOW_MONTHS * need
        trail["surplus_two_years"].append(
            Because(
                "plan.because.surplus_two_years",
                {
                    "income": ntd(income),
                    "need": ntd(need),
                    "expenses": ntd(WINDOW_MONTHS * need),
                    "surplus": ntd(s2),
                    "floor": ntd(max(0, s2)),
                },
                rule="plan_art_64_4",
            )
        )
    surplus_month = figures.disposable_income
    trail["surplus_per_month"].append(
        Because(
            "plan.because.surplus_per_month",
            {"income": ntd(figures.monthly_income), "need": ntd(need), "surplus": ntd(surplus_month)},
            rule="plan_art_64_1",
        )
    )
    return _Surplus(need, s2, surplus_month)


def _rehabilitation(
    case: Case, figures: Figures, liq: int, surplus: _Surplus, trail: Trail
) -> tuple[PlanResult | None, SuggestedPlan]:
    """The debtor's plan as entered, tested, and the smallest plan that passes every test."""
    s2, surplus_month = surplus.two_years, surplus.per_month
    plan = _plan(case, figures, liq, s2, surplus_month)
    if plan is not None:
        trail["plan"].append(
            Because(
                "plan.because.plan_total",
                {
                    "phases": " + ".join(f"{p.instalments} × {ntd(p.amount)}" for p in plan.phases),
                    "extra": ntd(plan.yearly_extra),
                    "extra_count": plan.yearly_extra_count,
                    "total": ntd(plan.total),
                    "base": ntd(plan.base),
                    "percent": plan.percent_repaid or "—",
                },
                rule="plan_art_53_term",
            )
        )
        trail["plan"].append(Because("plan.because.distribution", rule="plan_rules_26"))
    chosen = case.plan.term_months
    # A term outside 1..96 is an error finding (plan_findings) and is not used: the suggestion stays over 72.
    term = chosen if chosen is not None and 1 <= chosen <= TERM_EXTENDED else TERM_DEFAULT
    base = sum(c[2] for c in ordinary_claims(case))
    suggested = suggest_plan(case, term, liq, s2, surplus_month, base)
    trail["suggested_plan"].append(
        Because(
            f"plan.because.suggested_{suggested.binding or 'none'}"
            if suggested.monthly is not None
            else "plan.because.suggested_unknown",
            {"months": term, "monthly": ntd(suggested.monthly), "total": ntd(suggested.total)},
            rule="plan_art_64_1",
        )
    )
    return plan, suggested


def _liquidation_outlook(
    case: Case, figures: Figures, liq: int, surplus: _Surplus, trail: Trail
) -> DischargeOutlook:
    """Liquidation: the discharge outlook (Art. 133, 134, 141, 142)."""
    discharge = _discharge(case, figures, liq, surplus.two_years, surplus.per_month)
    trail["discharge_outlook"].append(
        Because(
            "plan.because.art133",
            {
                "surplus": ntd(surplus.per_month),
                "two_years": ntd(discharge.surplus_two_years),
                "distribution": ntd(discharge.estimated_distribution),
            },
            rule="plan_art_133",
        )
    )
    return discharge


def _bank_offer(case: Case, figures: Figures, trail: Trail) -> BankOfferCheck | None:
    """Any route: whether a bank's recorded offer is affordable (courts look at it when negotiation or
    mediation failed)."""
    o = case.bank_offer
    if o.monthly is None:
        return None
    disposable = figures.disposable_income
    trail["bank_offer"].append(
        Because(
            "plan.because.bank_offer",
            {"monthly": ntd(o.monthly), "disposable": ntd(disposable), "months": o.months or "—"},
            rule="affordability",
        )
    )
    affordable = None if disposable is None else o.monthly <= disposable
    return BankOfferCheck(o.offered_by, o.months, o.annual_rate_percent, o.monthly, disposable, affordable)

"""The figures a bank or court computes from a case, each with the trail of how it was computed."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from fractions import Fraction
from typing import Any, NamedTuple

from debtassist.i18n import Lang
from debtassist.model.case import (
    AssetKind,
    BusinessPeriod,
    Case,
    Creditor,
    DebtType,
    ExpenseMode,
    Route,
)
from debtassist.reference.areas import area_by_code, area_name
from debtassist.rules.entries import entered, read_share
from debtassist.rules.explain import Because
from debtassist.rules.figure_specs import figures_json
from debtassist.rules.living import LivingExpense, LivingExpenseSource, resolve_living_expense
from debtassist.rules.money import amount, ntd, round_half_up
from debtassist.rules.plan import CourtFigures, compute_court_figures
from debtassist.rules.prerequisite import court_mediation_failed_on
from debtassist.rules.rocdate import roc_text
from debtassist.rules.routes import is_proceeding, route_spec

REHABILITATION_CEILING = 12_000_000  # Art. 42 I
CONSUMER_TURNOVER_CEILING = 200_000  # Art. 2; Enforcement Rules Art. 4
ART_64_2_FACTOR = Fraction(6, 5)  # 1.2 x the minimum living expense
COURT_FEE = 1_000  # Art. 6; Judicial Yuan
POSTAGE_SERVICES = 15  # one court's formula [C]
POSTAGE_RATE = 43
PLAN_MONTHS = (72, 120, 144, 180)  # negotiation and mediation: bank practice reports up to 180 [S]
PLAN_RATES = (Fraction(0), Fraction(2, 100), Fraction(5, 100))
MEDIATION_FEE_GRACE_DAYS = 20


def claim(creditor: Creditor) -> int:
    """Principal plus interest and fees, as entered."""
    return amount(creditor.principal) + amount(creditor.interest_fees)


def secured_part(creditor: Creditor) -> int:
    """The part of a claim the security is expected to cover (the whole claim when the cover is not entered)."""
    if not creditor.secured:
        return 0
    total = claim(creditor)
    if creditor.secured_coverage is None:
        return total
    return min(total, creditor.secured_coverage)


def is_financial_institution_debt(creditor: Creditor) -> bool:
    return (
        creditor.kind is not None
        and creditor.kind.is_financial_institution
        and creditor.debt_type is not DebtType.GUARANTEE
    )


def creditor_key(name: str) -> str:
    """Several debts at one bank are one creditor; spacing and 台/臺 spelling do not make another."""
    return "".join(name.split()).replace("台", "臺")


class PlanScenario(NamedTuple):
    months: int
    annual_rate: Fraction
    monthly_payment: int
    affordable: bool | None  # None when disposable income is unknown

    def to_json(self) -> dict[str, Any]:
        return {
            "months": self.months,
            "annual_rate": float(self.annual_rate),
            "monthly_payment": self.monthly_payment,
            "affordable": self.affordable,
        }


class LargestCreditor(NamedTuple):
    name: str | None
    amount: int
    creditor_ids: list[str]
    confirmed: bool
    suggested_name: str | None
    tie: bool


class Figures(NamedTuple):
    assets_by_kind: dict[str, int]
    total_assets: int
    total_debt: int
    unsecured_debt: int
    secured_debt: int
    financial_institution_debt: int
    other_debt: int
    unsecured_non_priority_debt: int
    largest_creditor: LargestCreditor
    living: LivingExpense
    debtor_standard_expense: int | None
    debtor_standard_expense_exact: Fraction | None
    debtor_claimed_expense: int | None
    debtor_necessary_expense: int | None
    dependents_standard_expense: int | None
    dependents_claimed_expense: int | None
    dependents_expense: int | None
    need_per_month: int | None  # the debtor's necessary expense + the dependents' amounts
    monthly_income: int | None
    disposable_income: int | None
    plan_base: int
    plan_scenarios: list[PlanScenario]
    consumer_eligible: bool | None
    average_monthly_turnover: int | None
    business_months: int
    rehabilitation_ceiling_ok: bool
    court_fee: int | None
    postage_estimate: int | None
    bad_shares: list[int]  # dependents whose share could not be read
    dependent_amounts: dict[int, DependentAmount]  # by index in the case
    trail: dict[str, list[Because]]
    court: CourtFigures | None = None  # what the court computes (debtassist.rules.plan)

    def explain(self, name: str, lang: Lang) -> list[str]:
        return [step.text(lang) for step in self.trail.get(name, [])]

    def to_json(self, lang: Lang) -> dict[str, Any]:
        """Every figure of the registry (debtassist.rules.figure_specs), in its order, and the trail."""
        return figures_json(self, lang)


def plan_terms(case: Case) -> tuple[int, ...]:
    """Plan lengths to illustrate for a negotiated plan (reported up to 180 months [S]). Rehabilitation plans
    are computed as the court does (debtassist.rules.plan); liquidation has no repayment plan."""
    if is_proceeding(case.route):
        return ()  # the court's plan is computed from the surplus, not the debt (debtassist.rules.plan)
    return PLAN_MONTHS


def _terms_rule(case: Case) -> str:
    return "art_53" if is_proceeding(case.route) else "dom_plan"


def monthly_payment(principal: int, months: int, annual_rate: Fraction) -> int:
    """Level monthly payment that repays ``principal`` in ``months`` at ``annual_rate`` (monthly compounding),
    rounded up to the dollar so the plan is never short."""
    if principal <= 0:
        return 0
    if annual_rate == 0:
        return math.ceil(Fraction(principal, months))
    rate = float(annual_rate) / 12
    return math.ceil(principal * rate / (1 - (1 + rate) ** -months))


def _month_indexes(start: date, end: date) -> set[int]:
    """Calendar months from start to end inclusive; a month with any day of business counts as one
    (the Enforcement Rules do not say how to count part months: this choice is stated in the trail)."""
    return set(range(start.year * 12 + start.month, end.year * 12 + end.month + 1))


def _five_year_window(filing: date) -> tuple[date, date]:
    end = filing - timedelta(days=1)  # "the 5 years before filing" run back from the day before filing
    try:
        start = end.replace(year=end.year - 5) + timedelta(days=1)
    except ValueError:  # 29 February
        start = end.replace(year=end.year - 5, day=28) + timedelta(days=1)
    return start, end


def compute_figures(case: Case, table: LivingExpenseSource) -> Figures:
    """Every figure of the case, each group computed by its own function (in this order, which is also the
    order of the because-trail)."""
    trail: dict[str, list[Because]] = defaultdict(list)
    by_kind, total_assets = _asset_figures(case, trail)
    debts = _debt_figures(case, trail)
    largest = _largest_creditor(case, trail)
    expenses = _expense_figures(case, table, trail)
    monthly_income, disposable = _income_figures(case, expenses, trail)
    plan_base, scenarios = _plan_figures(case, disposable, trail)
    consumer, average, months_in_business = _consumer_test(case, trail)
    ceiling_ok = _ceiling_figure(debts.unsecured_non_priority, trail)
    court_fee, postage = _fees(case, trail)

    figures = Figures(
        assets_by_kind=by_kind,
        total_assets=total_assets,
        total_debt=debts.total,
        unsecured_debt=debts.total - debts.secured,
        secured_debt=debts.secured,
        financial_institution_debt=debts.financial_institution,
        other_debt=debts.total - debts.financial_institution,
        unsecured_non_priority_debt=debts.unsecured_non_priority,
        largest_creditor=largest,
        living=expenses.living,
        debtor_standard_expense=expenses.standard,
        debtor_standard_expense_exact=expenses.standard_exact,
        debtor_claimed_expense=expenses.claimed,
        debtor_necessary_expense=expenses.necessary,
        dependents_standard_expense=expenses.dependents_standard,
        dependents_claimed_expense=expenses.dependents_claimed,
        dependents_expense=expenses.dependents,
        need_per_month=expenses.need,
        monthly_income=monthly_income,
        disposable_income=disposable,
        plan_base=plan_base,
        plan_scenarios=scenarios,
        consumer_eligible=consumer,
        average_monthly_turnover=average,
        business_months=months_in_business,
        rehabilitation_ceiling_ok=ceiling_ok,
        court_fee=court_fee,
        postage_estimate=postage,
        bad_shares=expenses.bad_shares,
        dependent_amounts=expenses.amounts,
        trail=dict(trail),
    )
    court = _court_figures(case, table, figures)
    return figures._replace(court=court, trail={**figures.trail, **court.trail})


def _court_figures(case: Case, table: LivingExpenseSource, figures: Figures) -> CourtFigures:
    """What the court computes (debtassist.rules.plan), with the filing year's minimum living expense beside
    the chosen one when the user chose another year."""
    filing_living = None
    if case.living_expense_year is not None and figures.living.year != (
        case.filing_date and case.filing_date.year
    ):
        filing_living = resolve_living_expense(case, table, filing_year=True)
    return compute_court_figures(case, figures, filing_living)


Trail = dict[str, list[Because]]


def _asset_figures(case: Case, trail: Trail) -> tuple[dict[str, int], int]:
    by_kind = {kind.value: 0 for kind in AssetKind}
    for asset in case.assets:
        by_kind[asset.kind.value] += amount(asset.value)
    total_assets = sum(by_kind.values())
    trail["total_assets"].append(
        Because("because.total_assets", {"count": len(case.assets), "total": ntd(total_assets)})
    )
    return by_kind, total_assets


class _Debts(NamedTuple):
    total: int
    secured: int
    financial_institution: int
    unsecured_non_priority: int


def _debt_figures(case: Case, trail: Trail) -> _Debts:
    total_debt = sum(claim(c) for c in case.creditors)
    secured_debt = sum(secured_part(c) for c in case.creditors)
    unsecured_debt = total_debt - secured_debt
    fi_debt = sum(claim(c) for c in case.creditors if is_financial_institution_debt(c))
    unsecured_non_priority = sum(claim(c) - secured_part(c) for c in case.creditors if not c.priority)
    trail["total_debt"].append(
        Because("because.total_debt", {"count": len(case.creditors), "total": ntd(total_debt)})
    )
    trail["unsecured_debt"].append(
        Because("because.unsecured_debt", {"secured": ntd(secured_debt), "unsecured": ntd(unsecured_debt)})
    )
    trail["financial_institution_debt"].append(
        Because("because.financial_institution_debt", {"total": ntd(fi_debt)})
    )
    return _Debts(total_debt, secured_debt, fi_debt, unsecured_non_priority)


class DependentAmount(NamedTuple):
    """One supported dependent's monthly amount, computed here once (Art. 64-2) and read by the findings and
    the printed statement: what the applicant says they pay, else the standard share."""

    position: int  # its index in case.dependents (``index`` is the tuple's method)
    share: Fraction | None  # None: not entered or not a share (a finding says so; never assumed)
    standard_exact: Fraction | None  # 1.2 x the minimum living expense x the share, before rounding
    standard: int | None  # ... rounded half up on its own, as the statement prints it
    entered: int | None  # the monthly amount the applicant entered

    @property
    def amount(self) -> int | None:
        """What counts: the amount entered, else the standard share."""
        return self.entered if self.entered is not None else self.standard


class _Expenses(NamedTuple):
    living: LivingExpense
    standard_exact: Fraction | None
    standard: int | None
    dependents_standard: int | None
    claimed: int | None
    dependents_claimed: int | None
    necessary: int | None
    dependents: int | None
    bad_shares: list[int]
    amounts: dict[int, DependentAmount]

    @property
    def need(self) -> int | None:
        """The debtor's necessary expense and the dependents' amounts, a month."""
        if self.necessary is None or self.dependents is None:
            return None
        return self.necessary + self.dependents


def _expense_figures(case: Case, table: LivingExpenseSource, trail: Trail) -> _Expenses:
    """Art. 64-2: the standard from the minimum living expense, the debtor's necessary expense and each
    supported dependent's (what the applicant says they pay, else the standard share)."""
    living = resolve_living_expense(case, table)
    trail["minimum_living_expense"].append(_living_because(living))
    standard_exact = None if living.monthly is None else ART_64_2_FACTOR * living.monthly
    standard = None if standard_exact is None else round_half_up(standard_exact)
    if living.monthly is not None:
        trail["debtor_standard_expense"].append(
            Because(
                "because.art64_2_debtor",
                {"minimum": ntd(living.monthly), "exact": ntd(standard_exact), "rounded": ntd(standard)},
                rule="art_64_2",
            )
        )
    amounts = _dependent_amounts(case, standard_exact, trail)
    known = [a for a in amounts.values() if a.share is not None]
    dependents_standard = None if standard_exact is None else sum(a.standard or 0 for a in known)
    bad_shares = [] if standard_exact is None else [a.position for a in amounts.values() if a.share is None]
    claimed, necessary = _debtor_expense(case, standard, trail)
    entered_amounts = [a.entered for a in amounts.values() if a.entered is not None]
    dependents_claimed = sum(entered_amounts) if entered_amounts else None
    # Each dependent's amount is rounded on its own, as the statement prints it, so that the printed rows add
    # up to the total; unknown while the standard is unknown and a dependent has no amount entered.
    dependents_expense: int | None = None
    if standard_exact is not None or all(a.entered is not None for a in amounts.values()):
        dependents_expense = sum(a.amount or 0 for a in amounts.values())
    trail["dependents_expense"].append(
        Because("because.dependents_expense", {"count": len(amounts), "total": ntd(dependents_expense)})
    )
    return _Expenses(
        living,
        standard_exact,
        standard,
        dependents_standard,
        claimed,
        dependents_claimed,
        necessary,
        dependents_expense,
        bad_shares,
        amounts,
    )


def _dependent_amounts(
    case: Case, standard_exact: Fraction | None, trail: Trail
) -> dict[int, DependentAmount]:
    """Each supported dependent's share and amounts, by index in the case (the one place they are computed)."""
    amounts: dict[int, DependentAmount] = {}
    for index, dependent in entered(case.dependents):
        if not dependent.supported:
            continue
        share = read_share(dependent.support_share).value
        part = None if share is None or standard_exact is None else standard_exact * share
        amounts[index] = DependentAmount(
            index, share, part, None if part is None else round_half_up(part), dependent.monthly_amount
        )
        if part is not None and share is not None:
            trail["dependents_standard_expense"].append(
                Because(
                    "because.art64_2_dependent",
                    {
                        "name": dependent.name or f"#{index + 1}",
                        "share": f"{share.numerator}/{share.denominator}",
                        "exact": ntd(part),
                        "assumed_whole": "",
                    },
                    rule="art_64_2",
                )
            )
    return amounts


def _debtor_expense(case: Case, standard: int | None, trail: Trail) -> tuple[int | None, int | None]:
    """The debtor's claimed (itemised) expense and the necessary expense used: the itemised sum or the standard."""
    claimed_items = [e.monthly for e in case.expenses.items if e.monthly is not None]
    claimed = sum(claimed_items) if claimed_items else None
    if case.expenses.mode is ExpenseMode.ITEMIZED:
        trail["debtor_necessary_expense"].append(
            Because("because.expense_itemized", {"count": len(claimed_items), "total": ntd(claimed)})
        )
        return claimed, claimed
    key = "because.expense_standard" if case.expenses.mode else "because.expense_standard_unchosen"
    trail["debtor_necessary_expense"].append(Because(key, {"total": ntd(standard)}, rule="art_64_2"))
    return claimed, standard


def _income_figures(case: Case, expenses: _Expenses, trail: Trail) -> tuple[int | None, int | None]:
    """The monthly income and what is left of it after the necessary expenses (the disposable income)."""
    incomes = [m.amount for m in case.income.monthly if m.amount is not None]
    monthly_income = sum(incomes) if incomes else None
    trail["monthly_income"].append(
        Because("because.monthly_income", {"count": len(incomes), "total": ntd(monthly_income)})
    )
    disposable: int | None = None
    necessary, dependents_expense = expenses.necessary, expenses.dependents
    if monthly_income is not None and necessary is not None and dependents_expense is not None:
        disposable = monthly_income - necessary - dependents_expense
        trail["disposable_income"].append(
            Because(
                "because.disposable_income",
                {
                    "income": ntd(monthly_income),
                    "necessary": ntd(necessary),
                    "dependents": ntd(dependents_expense),
                    "disposable": ntd(disposable),
                },
                rule="affordability",
            )
        )
    return monthly_income, disposable


def _plan_figures(case: Case, disposable: int | None, trail: Trail) -> tuple[int, list[PlanScenario]]:
    """The illustrative negotiated plans: each term and rate, and whether the disposable income covers it."""
    plan_base = _plan_base(case)
    trail["plan_scenarios"].append(Because("because.plan_base", {"base": ntd(plan_base)}, rule="dom_plan"))
    terms = plan_terms(case)
    trail["plan_scenarios"].append(
        Because(
            "because.plan_terms", {"months": "/".join(str(m) for m in terms) or "—"}, rule=_terms_rule(case)
        )
    )
    scenarios = [
        PlanScenario(
            months,
            rate,
            payment := monthly_payment(plan_base, months, rate),
            None if disposable is None else disposable >= payment,
        )
        for months in terms
        for rate in PLAN_RATES
    ]
    return plan_base, scenarios


def _ceiling_figure(unsecured_non_priority: int, trail: Trail) -> bool:
    ceiling_ok = unsecured_non_priority <= REHABILITATION_CEILING
    trail["rehabilitation_ceiling_ok"].append(
        Because(
            "because.rehabilitation_ceiling",
            {"amount": ntd(unsecured_non_priority), "ceiling": ntd(REHABILITATION_CEILING)},
            rule="art_42_1",
        )
    )
    return ceiling_ok


def _living_because(living: LivingExpense) -> Because:
    area = area_by_code(living.area) if living.area else None
    params: dict[str, Any] = {
        "area_name": area_name(area),
        "year": living.year or "—",
        "roc_year": (living.year - 1911) if living.year else "—",
        "monthly": ntd(living.monthly),
        "status": living.status,
    }
    return Because(f"because.living_{living.status}", params, rule="art_64_2", source=living.source)


def _largest_creditor(case: Case, trail: dict[str, list[Because]]) -> LargestCreditor:
    """Suggest the financial institution with the largest unsecured claim; the user may confirm or replace it
    with the one named on the JCIC list (the official definition is unconfirmed)."""
    totals: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    ids: dict[str, list[str]] = defaultdict(list)
    for creditor in case.creditors:
        if not is_financial_institution_debt(creditor) or not creditor.name.strip():
            continue
        key = creditor_key(creditor.name)
        totals[key] += claim(creditor) - secured_part(creditor)
        names.setdefault(key, creditor.name.strip())
        ids[key].append(creditor.id)
    suggested: str | None = None
    tie = False
    if totals:
        best = max(totals.values())
        leaders = [k for k, v in totals.items() if v == best]
        tie = len(leaders) > 1
        suggested = leaders[0]
    chosen_id = case.largest_creditor.creditor_id
    chosen = next((c for c in case.creditors if c.id == chosen_id), None) if chosen_id else None
    if chosen is not None:
        key = creditor_key(chosen.name)
        trail["largest_creditor"].append(
            Because("because.largest_confirmed", {"name": chosen.name}, rule="dom_3")
        )
        return LargestCreditor(
            chosen.name.strip(),
            totals.get(key, 0),
            ids.get(key, [chosen.id]),
            True,
            names.get(suggested) if suggested else None,
            tie,
        )
    if suggested is None:
        trail["largest_creditor"].append(Because("because.largest_none", rule="dom_3"))
        return LargestCreditor(None, 0, [], False, None, False)
    trail["largest_creditor"].append(
        Because(
            "because.largest_suggested",
            {"name": names[suggested], "amount": ntd(totals[suggested]), "count": len(totals)},
            rule="dom_3",
        )
    )
    return LargestCreditor(names[suggested], totals[suggested], ids[suggested], False, names[suggested], tie)


def _plan_base(case: Case) -> int:
    """What a plan must repay: unsecured claims, without owner-occupied home loans (which keep their own
    terms); on the bank route only those to financial institutions."""
    base = 0
    for creditor in case.creditors:
        if creditor.home_loan:
            continue
        if case.route is Route.BANK_NEGOTIATION and not is_financial_institution_debt(creditor):
            continue
        base += claim(creditor) - secured_part(creditor)
    return base


def _consumer_test(case: Case, trail: dict[str, list[Because]]) -> tuple[bool | None, int | None, int]:
    business = case.business
    if business.had_business is None and not business.periods:
        trail["consumer_eligible"].append(Because("because.consumer_unanswered", rule="art_2"))
        return None, None, 0
    if business.had_business is False and not business.periods:
        trail["consumer_eligible"].append(Because("because.consumer_no_business", rule="art_2"))
        return True, None, 0
    if case.filing_date is None:
        trail["consumer_eligible"].append(Because("because.consumer_no_filing_date", rule="art_2"))
        return None, None, 0
    if not any(p.start for p in business.periods):
        trail["consumer_eligible"].append(Because("because.consumer_no_periods", rule="art_2"))
        return None, None, 0
    window_start, window_end = _five_year_window(case.filing_date)
    counted = _business_in_window(business.periods, window_start, window_end)
    if counted is None:
        trail["consumer_eligible"].append(Because("because.consumer_turnover_missing", rule="rules_4"))
        return None, None, 0
    in_business, turnover = counted
    # Businesses run side by side share their months: the average is over the months actually in business.
    months = len(in_business)
    if months == 0:
        trail["consumer_eligible"].append(
            Because(
                "because.consumer_outside_window",
                {"start": roc_text(window_start), "end": roc_text(window_end)},
                rule="art_2",
            )
        )
        return True, None, 0
    average = round_half_up(Fraction(turnover, months))
    eligible = Fraction(turnover, months) <= CONSUMER_TURNOVER_CEILING
    trail["consumer_eligible"].append(
        Because(
            "because.consumer_average",
            {
                "start": roc_text(window_start),
                "end": roc_text(window_end),
                "turnover": ntd(turnover),
                "months": months,
                "average": ntd(average),
                "ceiling": ntd(CONSUMER_TURNOVER_CEILING),
            },
            rule="rules_4",
        )
    )
    return eligible, average, months


def _business_in_window(
    periods: list[BusinessPeriod], window_start: date, window_end: date
) -> tuple[set[int], int] | None:
    """The calendar months (year * 12 + month, each counted once) with business inside the window, and the
    turnover of the periods that reach into it; None when such a period has no turnover entered."""
    in_business: set[int] = set()
    turnover = 0
    for period in periods:
        if period.start is None:
            continue
        start = max(period.start, window_start)
        end = min(period.end or window_end, window_end)
        if start > end:
            continue
        if period.turnover is None:
            return None
        in_business |= _month_indexes(start, end)
        turnover += period.turnover
    return in_business, turnover


def _fees(case: Case, trail: dict[str, list[Because]]) -> tuple[int | None, int | None]:
    route = case.route
    if route is None:
        return None, None
    spec = route_spec(route)
    if spec.fee == "bank":
        trail["court_fee"].append(Because("because.fee_bank", rule="dom_fee_bank"))
        return None, None
    if spec.fee == "township":
        trail["court_fee"].append(Because("because.fee_township", rule="dom_fee_township"))
        return 0, None
    fee = COURT_FEE
    failed = court_mediation_failed_on(case)
    if (
        spec.proceeding
        and failed is not None
        and case.filing_date is not None
        and 0 <= (case.filing_date - failed).days <= MEDIATION_FEE_GRACE_DAYS
    ):
        fee = 0
        trail["court_fee"].append(
            Because("because.fee_after_mediation", {"date": roc_text(failed)}, rule="art_153_1_2")
        )
    else:
        trail["court_fee"].append(Because("because.fee_court", {"fee": ntd(fee)}, rule=spec.fee_rule))
    parties = len({creditor_key(c.name) or c.id for c in case.creditors}) + 1
    postage = max(0, parties * POSTAGE_SERVICES * POSTAGE_RATE - COURT_FEE)
    trail["postage_estimate"].append(
        Because(
            "because.postage",
            {"parties": parties, "services": POSTAGE_SERVICES, "rate": POSTAGE_RATE, "total": ntd(postage)},
            rule="dom_postage",
        )
    )
    return fee, postage

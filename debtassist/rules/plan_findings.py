"""Findings about the court's computations (debtassist.rules.plan): the plan's tests, its term and frequency,
the two-year income window, excluded assets, the liquidation discharge outlook, the living-expense year chosen
and the bank's recorded offer. Inform, never advise: every finding cites its article."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from debtassist.i18n import Msg
from debtassist.model.case import Case, Route
from debtassist.rules.explain import Severity
from debtassist.rules.money import ntd
from debtassist.rules.plan import TERM_DEFAULT, TERM_EXTENDED, CourtFigures, term_limit
from debtassist.rules.routes import is_proceeding

if TYPE_CHECKING:  # figures imports plan, so only for typing
    from debtassist.rules.figures import Figures

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

Add = Callable[..., None]


def plan_findings(case: Case, figures: Figures, add: Add) -> None:
    court = figures.court
    if court is None:
        return
    if is_proceeding(case.route):
        _window(case, court, add)
        _assets(case, add)
    if case.route is Route.REHABILITATION:
        _plan_values(case, add)
        _plan(case, court, add)
    if case.route is Route.LIQUIDATION:
        _discharge(court, add)
    _living_year(case, figures, add)
    if court.bank_offer is not None and court.bank_offer.affordable is not None:
        offer = court.bank_offer
        code = "PLAN_BANK_OFFER_AFFORDABLE" if offer.affordable else "PLAN_BANK_OFFER_NOT_AFFORDABLE"
        add(
            N if offer.affordable else W,
            code,
            "bank_offer.monthly",
            "affordability",
            monthly=ntd(offer.monthly),
            disposable=ntd(offer.disposable),
        )


def _window(case: Case, court: CourtFigures, add: Add) -> None:
    for index in court.incomplete_records:
        add(W, "PLAN_INCOME_RECORD_INCOMPLETE", f"income.records[{index}]", "plan_art_64_4")
    if court.window is not None and court.window_missing_months:
        missing = court.window_missing_months
        add(
            W,
            "PLAN_INCOME_WINDOW_GAP",
            "income.records",
            "plan_art_64_4",
            start=court.window[0],
            end=court.window[1],
            count=len(missing),
            first=missing[0],
        )


def _assets(case: Case, add: Add) -> None:
    for i, asset in enumerate(case.assets):
        if (asset.hard_to_sell or asset.excluded_from_estate) and not asset.exclusion_reason.strip():
            add(
                W,
                "PLAN_EXCLUDED_WITHOUT_REASON",
                f"assets[{i}].exclusion_reason",
                "plan_art_99",
                description=asset.description or f"#{i + 1}",
            )


def _plan_values(case: Case, add: Add) -> None:
    """Numbers of the plan that cannot be right (a hand-edited file or a typing slip)."""
    plan = case.plan
    checks = (
        ("plan.interval_months", plan.interval_months, 1, 12),
        ("plan.payment_day", plan.payment_day, 1, 31),
        ("plan.yearly_extra_month", plan.yearly_extra_month, 1, 12),
        ("plan.term_months", plan.term_months, 1, TERM_EXTENDED),
    )
    for path, value, low, high in checks:
        if value is not None and not low <= value <= high:
            add(E, "PLAN_VALUE_INVALID", path, "input", value=value, low=low, high=high)
    for i, phase in enumerate(plan.phases):
        if phase.instalments is not None and phase.instalments <= 0:
            add(
                E,
                "PLAN_VALUE_INVALID",
                f"plan.phases[{i}].instalments",
                "input",
                value=phase.instalments,
                low=1,
                high=TERM_EXTENDED,
            )
        if phase.instalments is None or phase.amount is None:
            add(W, "PLAN_PHASE_INCOMPLETE", f"plan.phases[{i}]", "plan_art_53_term", row=i + 1)


def _plan(case: Case, court: CourtFigures, add: Add) -> None:
    plan = court.plan
    suggested = court.suggested_plan
    if plan is None:
        if suggested is not None and suggested.monthly is not None:
            if suggested.binding is None:
                add(N, "PLAN_NO_MINIMUM", "plan.phases", "plan_art_64_1")
            else:
                add(
                    N,
                    "PLAN_NOT_ENTERED",
                    "plan.phases",
                    "plan_art_53_term",
                    months=suggested.months,
                    monthly=ntd(suggested.monthly),
                )
        if suggested is not None and suggested.affordable is False:
            add(
                W,
                "PLAN_SUGGESTED_NOT_AFFORDABLE",
                "plan.term_months",
                "plan_art_64_1",
                months=suggested.months,
                monthly=ntd(suggested.monthly),
                surplus=ntd(court.surplus_per_month),
            )
        return
    for test in plan.tests:
        if test.passes is not False:
            continue
        if test.key == "art_53_term":
            if plan.months > TERM_EXTENDED:
                add(
                    E, "PLAN_TERM_TOO_LONG", "plan.phases", test.rule, months=plan.months, limit=TERM_EXTENDED
                )
            else:
                add(E, "PLAN_TERM_NO_EXCEPTION", "plan.art53_exception", test.rule, months=plan.months)
        elif test.key == "art_53_interval":
            add(E, "PLAN_INTERVAL_TOO_LONG", "plan.interval_months", test.rule, interval=plan.interval_months)
        elif test.key == "art_42":
            continue  # the ceiling has its own finding (REHABILITATION_CEILING)
        else:
            add(
                E,
                "PLAN_TEST_FAILED",
                "plan.phases",
                test.rule,
                test=Msg(f"plan.test.{test.key}"),
                required=ntd(test.required_amount),
                plan=ntd(test.plan_amount),
                shortfall=ntd(test.shortfall),
            )
    if plan.months > TERM_DEFAULT and term_limit(case) == TERM_EXTENDED and case.plan.art53_exception is None:
        # A home-loan special clause allows 8 years, but Rules Art. 27 still asks the plan to say so.
        add(E, "PLAN_TERM_NO_EXCEPTION", "plan.art53_exception", "plan_art_53_term", months=plan.months)


def _discharge(court: CourtFigures, add: Add) -> None:
    outlook = court.discharge_outlook
    if outlook is None:
        return
    if outlook.art133_risk:
        add(
            W,
            "PLAN_ART133_RISK",
            "income",
            "plan_art_133",
            surplus=ntd(outlook.surplus_per_month),
            distribution=ntd(outlook.estimated_distribution),
            two_years=ntd(outlook.surplus_two_years),
            twenty=ntd(sum(r.twenty_percent for r in outlook.art142)),
        )
    unanswered = [item for item, answer, _ in outlook.questions if answer is None]
    if unanswered:
        add(
            N,
            "PLAN_ART134_UNANSWERED",
            "discharge_answers",
            "plan_art_134",
            count=len(unanswered),
            items="、".join(unanswered),
        )
    for item, answer, explanation in outlook.questions:
        if answer and not explanation.strip():
            add(W, "PLAN_ART134_EXPLAIN", f"discharge_answers.{item}.explanation", "plan_art_134", item=item)


def _living_year(case: Case, figures: Figures, add: Add) -> None:
    court = figures.court
    if court is None or court.living_filing_year is None or case.filing_date is None:
        return
    chosen = figures.living
    filing = court.living_filing_year
    add(
        N,
        "PLAN_LIVING_YEAR_NOT_FILING_YEAR",
        "living_expense_year",
        "plan_art_64_2_year",
        year=chosen.year,
        roc_year=(chosen.year or 0) - 1911,
        chosen=_figure_text(chosen.monthly, chosen.status),
        filing_year=filing.year,
        filing_roc_year=(filing.year or 0) - 1911,
        filing=_figure_text(filing.monthly, filing.status),
    )


def _figure_text(monthly: int | None, status: str) -> str:
    return f"{ntd(monthly)} ({status})"

"""The Art. 151 prerequisite of a rehabilitation or liquidation petition: which step was tried before (failed bank
negotiation, failed court or township mediation), when, with whom and under which case number — or none, when
the petition is treated as a mediation request (Enforcement Rules Art. 42-1).

The case states it in ``History.prior_step*``. Older cases only have ``previous_negotiation`` (FAILED, with
its end date) and ``mediation_failed_date``; :func:`prior_step` reads those when ``prior_step`` is unset, so
both shapes say the same thing to the petition, the fee rule and the findings.

Given the whole case, the desk's lifecycle is the last source: when History states no failed step (neither
``prior_step`` nor a failed answer in the older fields), the latest failed negotiation or mediation recorded in
``case.lifecycle`` (:func:`debtassist.rules.lifecycle.latest_failed_step`) is the prerequisite. Explicit History
answers always win over the lifecycle, including an explicit ``prior_step = none``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from debtassist.model.case import Case, History, PreviousNegotiation, PriorStepKind, Route
from debtassist.rules.lifecycle import latest_failed_step
from debtassist.rules.routes import is_proceeding


class PriorStep(NamedTuple):
    kind: PriorStepKind | None  # None: not answered
    day: date | None
    body: str
    case_number: str
    from_legacy: bool = False  # read from previous_negotiation / mediation_failed_date
    from_lifecycle: bool = False  # read from the desk's lifecycle (a FAILED event of a pre-step)

    @property
    def is_mediation(self) -> bool:
        return self.kind in (PriorStepKind.COURT_MEDIATION, PriorStepKind.TOWNSHIP_MEDIATION)


_FROM_ROUTE = {
    Route.BANK_NEGOTIATION: PriorStepKind.BANK_NEGOTIATION,
    Route.COURT_MEDIATION: PriorStepKind.COURT_MEDIATION,
    Route.TOWNSHIP_MEDIATION: PriorStepKind.TOWNSHIP_MEDIATION,
}


def prior_step(source: History | Case) -> PriorStep:
    """The Art. 151 step from History; given the case, the lifecycle fills in when History names no failed step."""
    if isinstance(source, Case):
        step = _from_history(source.history)
        if step.kind is None or (step.from_legacy and step.kind is PriorStepKind.NONE):
            failed = latest_failed_step(source)
            if failed is not None:
                return PriorStep(
                    _FROM_ROUTE[failed.kind],
                    failed.date,
                    failed.body.strip(),
                    failed.case_number.strip(),
                    from_lifecycle=True,
                )
        return step
    return _from_history(source)


def _from_history(history: History) -> PriorStep:
    h = history
    if h.prior_step is not None:
        day = h.prior_step_date
        if day is None and h.prior_step is PriorStepKind.COURT_MEDIATION:
            day = h.mediation_failed_date
        if day is None and h.prior_step is PriorStepKind.BANK_NEGOTIATION:
            day = h.previous_negotiation_end
        return PriorStep(h.prior_step, day, h.prior_step_body.strip(), h.prior_step_case_number.strip())
    if h.mediation_failed_date is not None:
        # The older field did not say court or township; the 20-day fee rule always read it as court mediation.
        return PriorStep(PriorStepKind.COURT_MEDIATION, h.mediation_failed_date, "", "", from_legacy=True)
    if h.previous_negotiation is PreviousNegotiation.FAILED:
        return PriorStep(PriorStepKind.BANK_NEGOTIATION, h.previous_negotiation_end, "", "", from_legacy=True)
    if h.previous_negotiation is PreviousNegotiation.NONE:
        return PriorStep(PriorStepKind.NONE, None, "", "", from_legacy=True)
    return PriorStep(None, None, "", "")


def court_mediation_failed_on(history: History | Case) -> date | None:
    """The day court mediation failed, for the 20-day rule of Art. 153-1 II (township mediation does not count:
    it was free, so there is no fee to carry over)."""
    step = prior_step(history)
    return step.day if step.kind is PriorStepKind.COURT_MEDIATION else None


def prerequisite_findings(route: object, history: History | Case, add: Any) -> None:
    """Rehabilitation and liquidation: the petition states the Art. 151 step; ask for what it would lack."""
    from debtassist.rules.explain import Severity

    if not is_proceeding(route):
        return
    step = prior_step(history)
    if step.kind is None:
        add(Severity.WARNING, "PRIOR_STEP_UNANSWERED", "history.prior_step", "art_151_1")
    elif step.kind is not PriorStepKind.NONE:
        missing = [
            name
            for name, present in (
                ("date", step.day is not None),
                ("body", bool(step.body)),
                ("case_number", bool(step.case_number) or step.kind is PriorStepKind.BANK_NEGOTIATION),
            )
            if not present
        ]
        if missing:
            add(Severity.WARNING, "PRIOR_STEP_DETAILS_MISSING", "history.prior_step_date", "art_151_1")


def home_loan_choice_asked(case: Case) -> bool:
    """Whether the case asks ``filing.home_loan_choice``: bank pre-negotiation with an owner-occupied home loan
    at a financial institution, which is either included in the negotiation or continues under its contract
    (domain §2). Elsewhere the question is not shown, required, reviewed or printed; an answer given stays in
    the case, so going back to that route brings it back."""
    from debtassist.rules.figures import is_financial_institution_debt

    return case.route is Route.BANK_NEGOTIATION and any(
        c.home_loan and is_financial_institution_debt(c) for c in case.creditors
    )


def home_loan_choice_findings(case: Any, add: Any) -> None:
    """The application states what happens to the home loan (domain §2)."""
    from debtassist.rules.explain import Severity

    if home_loan_choice_asked(case) and case.filing.home_loan_choice is None:
        add(Severity.WARNING, "HOME_LOAN_CHOICE_UNANSWERED", "filing.home_loan_choice", "dom_home_loan")

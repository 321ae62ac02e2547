"""The Art. 151 prerequisite: History answers first, the desk's lifecycle as the fallback source."""

from __future__ import annotations

from datetime import date

from debtassist.model.case import (
    Case,
    Creditor,
    CreditorKind,
    History,
    Lifecycle,
    LifecycleEvent,
    PreviousNegotiation,
    PriorStepKind,
    Route,
    Stage,
)
from debtassist.rules.attachments import conditions
from debtassist.rules.prerequisite import court_mediation_failed_on, prior_step

FAILED_COURT = LifecycleEvent(
    kind=Stage.FAILED,
    date=date(2026, 11, 20),
    procedure=Route.COURT_MEDIATION,
    body="臺灣高雄地方法院",
    reference="115年度司消債調字第88號",
)


def rehabilitation(history: History | None = None, *events: LifecycleEvent) -> Case:
    return Case(
        route=Route.REHABILITATION,
        filing_date=date(2026, 12, 5),
        history=history or History(),
        lifecycle=Lifecycle(events=list(events)),
        creditors=[Creditor(name="國泰世華商業銀行", kind=CreditorKind.BANK)],
    )


def test_lifecycle_failed_step_is_the_prerequisite_when_history_is_silent() -> None:
    case = rehabilitation(None, FAILED_COURT)
    step = prior_step(case)
    assert (step.kind, step.day, step.body, step.case_number, step.from_lifecycle) == (
        PriorStepKind.COURT_MEDIATION,
        date(2026, 11, 20),
        "臺灣高雄地方法院",
        "115年度司消債調字第88號",
        True,
    )
    # History alone does not see the lifecycle; the case does.
    assert prior_step(case.history).kind is None
    assert court_mediation_failed_on(case) == date(2026, 11, 20)
    assert conditions(case)["prior_mediation"] is True


def test_failed_bank_negotiation_in_the_lifecycle() -> None:
    event = LifecycleEvent(
        kind=Stage.FAILED, date=date(2026, 9, 1), procedure=Route.BANK_NEGOTIATION, body="國泰世華商業銀行"
    )
    step = prior_step(rehabilitation(None, event))
    assert (step.kind, step.day, step.body) == (
        PriorStepKind.BANK_NEGOTIATION,
        date(2026, 9, 1),
        "國泰世華商業銀行",
    )
    # A township failure is a mediation but starts no fee window.
    township = event.replace(procedure=Route.TOWNSHIP_MEDIATION, body="高雄市三民區調解委員會")
    case = rehabilitation(None, township)
    assert prior_step(case).kind is PriorStepKind.TOWNSHIP_MEDIATION
    assert court_mediation_failed_on(case) is None


def test_explicit_history_wins_over_the_lifecycle() -> None:
    explicit = History(
        prior_step=PriorStepKind.BANK_NEGOTIATION,
        prior_step_date=date(2026, 6, 1),
        prior_step_body="台新銀行",
    )
    step = prior_step(rehabilitation(explicit, FAILED_COURT))
    assert (step.kind, step.body, step.from_lifecycle) == (PriorStepKind.BANK_NEGOTIATION, "台新銀行", False)
    assert court_mediation_failed_on(rehabilitation(explicit, FAILED_COURT)) is None
    # An explicit "none" is an answer too.
    assert (
        prior_step(rehabilitation(History(prior_step=PriorStepKind.NONE), FAILED_COURT)).kind
        is PriorStepKind.NONE
    )
    # The older fields' failed answers are History answers as well.
    legacy = History(
        previous_negotiation=PreviousNegotiation.FAILED, previous_negotiation_end=date(2026, 5, 1)
    )
    step = prior_step(rehabilitation(legacy, FAILED_COURT))
    assert (step.kind, step.from_legacy) == (PriorStepKind.BANK_NEGOTIATION, True)
    # "never applied for bank negotiation" (asked for the bank route) yields to a failure recorded later.
    never = History(previous_negotiation=PreviousNegotiation.NONE)
    assert prior_step(rehabilitation(never, FAILED_COURT)).kind is PriorStepKind.COURT_MEDIATION
    assert prior_step(rehabilitation(never)).kind is PriorStepKind.NONE

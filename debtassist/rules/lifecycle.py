"""A case's lifecycle after the paperwork: its stage, the dated events, and what they mean for the rules.

The stage is derived, never stored twice: it is the kind of the latest stage event in ``case.lifecycle``; before
any event is recorded it follows ``meta.status`` (in progress → preparing; ready or printed → ready; submitted →
sent). Printing still sets ``meta.status``; recording an event does not touch it.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from debtassist.i18n import Lang, tr
from debtassist.model.case import Case, CaseStatus, LifecycleEvent, Route, Stage

#: Kinds that do not move the case to another stage.
NOT_A_STAGE = frozenset({Stage.DATE})

#: The stages in the order a case usually passes them (for pick lists and filters).
STAGE_ORDER: tuple[Stage, ...] = (
    Stage.PREPARING,
    Stage.READY,
    Stage.SENT,
    Stage.UNDER_WAY,
    Stage.AGREEMENT,
    Stage.FAILED,
    Stage.COURT_FILING,
    Stage.COURT_ORDER,
    Stage.CREDITOR_TABLE,
    Stage.PLAN_APPROVED,
    Stage.LIQUIDATION_OPENED,
    Stage.DISCHARGE,
)

#: Which fields an event of each kind asks for (the editor shows these; the rules read them).
EVENT_FIELDS: dict[Stage, tuple[str, ...]] = {
    Stage.PREPARING: ("note",),
    Stage.READY: ("note",),
    Stage.SENT: ("procedure", "body", "reference", "note"),
    Stage.UNDER_WAY: ("procedure", "body", "reference", "note"),
    Stage.AGREEMENT: ("procedure", "body", "reference", "note"),
    Stage.FAILED: ("procedure", "body", "reference", "note"),
    Stage.COURT_FILING: ("procedure", "body", "reference", "note"),
    Stage.COURT_ORDER: ("body", "reference", "deadline", "note"),
    Stage.CREDITOR_TABLE: ("body", "reference", "note"),
    Stage.PLAN_APPROVED: ("body", "reference", "note"),
    Stage.LIQUIDATION_OPENED: ("body", "reference", "note"),
    Stage.DISCHARGE: ("body", "reference", "note"),
    Stage.DATE: ("deadline", "note"),
}

PRE_STEPS = (Route.BANK_NEGOTIATION, Route.COURT_MEDIATION, Route.TOWNSHIP_MEDIATION)

_FROM_STATUS = {
    CaseStatus.IN_PROGRESS: Stage.PREPARING,
    CaseStatus.READY: Stage.READY,
    CaseStatus.PRINTED: Stage.READY,
    CaseStatus.SUBMITTED: Stage.SENT,
}


def stage_label(stage: Stage, lang: Lang) -> str:
    return tr(f"desk.stage.{stage.value}", lang)


def timeline(case: Case) -> list[LifecycleEvent]:
    """The events oldest first; events without a date keep their place after the dated ones."""
    indexed = list(enumerate(case.lifecycle.events))
    indexed.sort(key=lambda pair: (pair[1].date is None, pair[1].date or date.min, pair[0]))
    return [event for _, event in indexed]


def stage_events(case: Case) -> list[LifecycleEvent]:
    return [event for event in timeline(case) if event.kind not in NOT_A_STAGE]


def _stage_event(case: Case) -> LifecycleEvent | None:
    """The event that sets the stage: the latest dated stage event (an undated one only when none is dated; a
    hand-edited file can hold such entries, the progress dialog always asks for the date)."""
    events = stage_events(case)
    dated = [event for event in events if event.date is not None]
    chosen = dated or events
    return chosen[-1] if chosen else None


def current_stage(case: Case) -> Stage:
    event = _stage_event(case)
    return event.kind if event is not None else _FROM_STATUS[case.meta.status]


def stage_since(case: Case) -> date | None:
    event = _stage_event(case)
    return event.date if event is not None else None


def procedure_of(event: LifecycleEvent, case: Case) -> Route | None:
    return event.procedure if event.procedure is not None else case.route


def latest(case: Case, kind: Stage, procedures: tuple[Route, ...] | None = None) -> LifecycleEvent | None:
    """The latest dated event of ``kind`` (for one of ``procedures``, if given)."""
    found = None
    for event in timeline(case):
        if event.kind is not kind or event.date is None:
            continue
        if procedures is not None and procedure_of(event, case) not in procedures:
            continue
        found = event
    return found


class FailedStep(NamedTuple):
    """A failed pre-step, as the Art. 151 prerequisite of a court filing states it."""

    kind: Route  # bank_negotiation | court_mediation | township_mediation
    date: date
    body: str  # the bank, court or mediation committee
    case_number: str


def latest_failed_step(case: Case) -> FailedStep | None:
    """The most recent failed negotiation or mediation recorded in the lifecycle (``None`` if there is none).
    An event whose procedure is not a pre-step (or not set while the case's route is a court route) is ignored."""
    event = latest(case, Stage.FAILED, PRE_STEPS)
    if event is None or event.date is None:
        return None
    kind = procedure_of(event, case)
    assert kind is not None
    return FailedStep(kind, event.date, event.body, event.reference)

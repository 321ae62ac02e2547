"""Deadlines of a case, each with its rule, its article and a because-trail.

Counting: a period "from" a day does not count that day (Civil Code Art. 120 II), so "within N days after D" ends
at the end of D + N. When that last day is a Saturday or Sunday the trail says so (Civil Code Art. 122 moves the end
of a period off a rest day); the date itself is not moved, because public holidays are not known to the app and
the earlier date is the safe one.

What is computed (all from the lifecycle, ``debtassist.rules.lifecycle``):

- ``art153_start``: the bank must start negotiating within 30 days after the day after the request (the packet
  recorded as sent to the bank); if it has not, the debtor may go to court from the next day (Art. 153).
- ``art153_conclude``: negotiation not concluded within 90 days after the day after it started (recorded as under
  way): the debtor may go to court from the next day (Art. 153).
- ``fee_window``: rehabilitation or liquidation filed within 20 days from the day court mediation failed counts as
  filed with the mediation request, with no further fee (Art. 153-1 II). Falls back to
  ``history.mediation_failed_date`` when no failed court mediation is recorded.
- ``document``: a document that must be issued within one month before filing (``attachments.json`` windows) can
  be used for a filing up to the last date whose window still covers its issue date.
- ``court_order``: the deadline the court set in its order (typed from the order; never computed).
- ``plan_art53``: the rehabilitation plan is due within 10 days after the creditor table was received (Art. 53 I;
  late filing may make the court open liquidation, Art. 53 VI).
- ``custom``: any date the user added.

A deadline is ``done`` when a later event shows it no longer matters (negotiation started, a result recorded, the
case filed, the next court step recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from debtassist.i18n import Lang, tr
from debtassist.model.case import AttachmentStatus, Case, LifecycleEvent, Route, Stage
from debtassist.rules.attachments import attachment_specs, months_before
from debtassist.rules.explain import Because
from debtassist.rules.lifecycle import latest, stage_events, timeline
from debtassist.rules.rocdate import roc_text

NEGOTIATION_START_DAYS = 30  # Art. 153
NEGOTIATION_CONCLUDE_DAYS = 90  # Art. 153
FEE_WINDOW_DAYS = 20  # Art. 153-1 II
PLAN_DAYS = 10  # Art. 53 I
THIS_WEEK_DAYS = 7  # "this week" on the desk: due today or within the next six days

#: Stages that come after a pre-step has ended (the case went on).
AFTER_PRE_STEP = frozenset(
    {
        Stage.COURT_FILING,
        Stage.COURT_ORDER,
        Stage.CREDITOR_TABLE,
        Stage.PLAN_APPROVED,
        Stage.LIQUIDATION_OPENED,
        Stage.DISCHARGE,
    }
)


@dataclass(frozen=True)
class Deadline:
    kind: str  # art153_start | art153_conclude | fee_window | document | court_order | plan_art53 | custom
    due: date
    rule: str  # message key suffix: desk.rule.<rule>
    trail: tuple[Because, ...]
    params: dict[str, Any] = field(default_factory=dict)
    done: bool = False
    event_id: str = ""  # the lifecycle event it comes from ("" for documents)

    def title(self, lang: Lang) -> str:
        return tr(f"desk.deadline.{self.kind}", lang, **self.params)

    def rule_text(self, lang: Lang) -> str:
        return tr(f"desk.rule.{self.rule}", lang)

    def explain(self, lang: Lang) -> list[str]:
        return [step.text(lang) for step in self.trail]

    def urgency(self, today: date) -> str:
        """done | overdue | this_week | later."""
        if self.done:
            return "done"
        if self.due < today:
            return "overdue"
        if self.due < today + timedelta(days=THIS_WEEK_DAYS):
            return "this_week"
        return "later"

    def to_json(self, lang: Lang, today: date) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "due": self.due.isoformat(),
            "due_roc": roc_text(self.due),
            "title": self.title(lang),
            "rule": self.rule_text(lang),
            "urgency": self.urgency(today),
            "done": self.done,
            "because": self.explain(lang),
        }


def _d(day: date) -> str:
    return roc_text(day)


def _rest_day(due: date) -> list[Because]:
    if due.weekday() >= 5:
        return [Because("desk.because.rest_day", {"due": _d(due)})]
    return []


def _later_than(case: Case, day: date, kinds: frozenset[Stage] | None = None) -> LifecycleEvent | None:
    """The first stage event dated after ``day`` (of one of ``kinds``, if given)."""
    for event in stage_events(case):
        if event.date is not None and event.date > day and (kinds is None or event.kind in kinds):
            return event
    return None


def _on_or_after(case: Case, day: date, kinds: frozenset[Stage]) -> bool:
    return any(e.date is not None and e.date >= day and e.kind in kinds for e in stage_events(case))


def _body(event: LifecycleEvent) -> str:
    return event.body or "—"


def _art153(case: Case) -> list[Deadline]:
    out: list[Deadline] = []
    bank = (Route.BANK_NEGOTIATION,)
    sent = latest(case, Stage.SENT, bank)
    if sent is not None and sent.date is not None:
        due = sent.date + timedelta(days=NEGOTIATION_START_DAYS)
        moved_on = frozenset({Stage.UNDER_WAY, Stage.AGREEMENT, Stage.FAILED}) | AFTER_PRE_STEP
        ended = _on_or_after(case, sent.date, moved_on)
        trail = [
            Because(
                "desk.because.art153_start",
                {"sent": _d(sent.date), "body": _body(sent), "days": NEGOTIATION_START_DAYS, "due": _d(due)},
            ),
            Because("desk.because.art153_after", {"next": _d(due + timedelta(days=1))}),
            *_rest_day(due),
        ]
        out.append(
            Deadline(
                "art153_start",
                due,
                "art_153",
                tuple(trail),
                {"body": _body(sent)},
                done=ended,
                event_id=sent.id,
            )
        )
    start = latest(case, Stage.UNDER_WAY, bank)
    if start is not None and start.date is not None:
        due = start.date + timedelta(days=NEGOTIATION_CONCLUDE_DAYS)
        ended = _on_or_after(case, start.date, frozenset({Stage.AGREEMENT, Stage.FAILED}) | AFTER_PRE_STEP)
        trail = [
            Because(
                "desk.because.art153_conclude",
                {"start": _d(start.date), "days": NEGOTIATION_CONCLUDE_DAYS, "due": _d(due)},
            ),
            Because("desk.because.art153_after", {"next": _d(due + timedelta(days=1))}),
            *_rest_day(due),
        ]
        out.append(
            Deadline(
                "art153_conclude",
                due,
                "art_153",
                tuple(trail),
                {"body": _body(start)},
                done=ended,
                event_id=start.id,
            )
        )
    return out


def _fee_window(case: Case) -> list[Deadline]:
    failed = latest(case, Stage.FAILED, (Route.COURT_MEDIATION,))
    if failed is not None and failed.date is not None:
        day, source, event_id = failed.date, "desk.because.fee_window_event", failed.id
    elif case.history.mediation_failed_date is not None:
        day, source, event_id = case.history.mediation_failed_date, "desk.because.fee_window_history", ""
    else:
        return []
    due = day + timedelta(days=FEE_WINDOW_DAYS)
    trail = [
        Because(source, {"failed": _d(day)}),
        Because("desk.because.fee_window", {"days": FEE_WINDOW_DAYS, "due": _d(due)}),
        *_rest_day(due),
    ]
    filed = _on_or_after(case, day, AFTER_PRE_STEP)
    return [Deadline("fee_window", due, "art_153_1", tuple(trail), {}, done=filed, event_id=event_id)]


def last_filing_day(issued: date, months: int) -> date:
    """The last filing date whose "issued within ``months`` months" window still covers a document issued on
    ``issued``: the window of a filing date F starts at ``months_before(F, months)`` (as the checklist counts)."""
    day = issued
    probe = issued
    while probe <= issued + timedelta(days=31 * months + 3):
        if months_before(probe, months) <= issued:
            day = probe
        probe += timedelta(days=1)
    return day


def _documents(case: Case) -> list[Deadline]:
    if case.route is None:
        return []
    out: list[Deadline] = []
    sent_or_filed = any(
        e.kind in AFTER_PRE_STEP or e.kind in (Stage.SENT, Stage.UNDER_WAY) for e in stage_events(case)
    )
    for spec in attachment_specs():
        if spec.window is None or "issued_within_months" not in spec.window:
            continue
        if spec.routes.get(case.route.value) is None:
            continue
        state = case.attachments.get(spec.id)
        if state is None or state.status is not AttachmentStatus.HAVE or state.issue_date is None:
            continue
        months = spec.window["issued_within_months"]
        due = last_filing_day(state.issue_date, months)
        trail = [
            Because(
                "desk.because.document",
                {"issued": _d(state.issue_date), "months": months, "due": _d(due)},
            )
        ]
        if case.filing_date is not None and case.filing_date > due:
            trail.append(Because("desk.because.document_late", {"filing": _d(case.filing_date)}))
        out.append(
            Deadline(
                "document",
                due,
                "issued_within",
                tuple(trail),
                {"document": spec.title},
                done=sent_or_filed,
            )
        )
    return out


def _court_orders(case: Case) -> list[Deadline]:
    out: list[Deadline] = []
    for event in timeline(case):
        if event.kind is not Stage.COURT_ORDER or event.deadline is None:
            continue
        received = _d(event.date) if event.date else "—"
        trail = [
            Because(
                "desk.because.court_order",
                {"received": received, "reference": event.reference or "—", "due": _d(event.deadline)},
            ),
            *_rest_day(event.deadline),
        ]
        later = _later_than(case, event.date) if event.date is not None else None
        out.append(
            Deadline(
                "court_order",
                event.deadline,
                "court_order",
                tuple(trail),
                {"reference": event.reference or "—", "note": event.note},
                done=later is not None,
                event_id=event.id,
            )
        )
    return out


def _plan(case: Case) -> list[Deadline]:
    out: list[Deadline] = []
    for event in timeline(case):
        if event.kind is not Stage.CREDITOR_TABLE or event.date is None:
            continue
        due = event.date + timedelta(days=PLAN_DAYS)
        trail = [
            Because("desk.because.plan", {"received": _d(event.date), "days": PLAN_DAYS, "due": _d(due)}),
            *_rest_day(due),
        ]
        later = _later_than(case, event.date)
        out.append(
            Deadline(
                "plan_art53", due, "art_53_plan", tuple(trail), {}, done=later is not None, event_id=event.id
            )
        )
    return out


def _custom(case: Case) -> list[Deadline]:
    out: list[Deadline] = []
    for event in timeline(case):
        if event.kind is not Stage.DATE:
            continue
        due = event.deadline or event.date
        if due is None:
            continue
        trail = (Because("desk.because.custom", {"due": _d(due)}),)
        out.append(Deadline("custom", due, "custom", trail, {"note": event.note or "—"}, event_id=event.id))
    return out


def case_deadlines(case: Case) -> list[Deadline]:
    """Every deadline of the case, earliest first (done ones included, marked)."""
    found = _art153(case) + _fee_window(case) + _documents(case) + _court_orders(case) + _plan(case)
    found += _custom(case)
    return sorted(found, key=lambda d: (d.due, d.kind))


def next_deadline(case: Case) -> Deadline | None:
    """The earliest deadline that is not done (an overdue one counts: it is the most urgent)."""
    return next((d for d in case_deadlines(case) if not d.done), None)


def missing_dates(case: Case) -> list[str]:
    """Message keys (desk.ask.*) for events that would give a deadline if their date were entered."""
    asks: list[str] = []
    for event in timeline(case):
        if event.kind is Stage.COURT_ORDER and event.deadline is None:
            asks.append("desk.ask.court_order_deadline")
        elif (
            event.kind in (Stage.SENT, Stage.UNDER_WAY, Stage.FAILED, Stage.CREDITOR_TABLE)
            and event.date is None
        ):
            asks.append("desk.ask.event_date")
    return asks

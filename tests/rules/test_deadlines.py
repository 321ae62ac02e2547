"""The lifecycle (stage derived from events, the Art. 151 failed step) and the deadlines computed from it."""

from __future__ import annotations

from datetime import date, timedelta

import msgspec
from hypothesis import given
from hypothesis import strategies as st

from debtassist.i18n import langs
from debtassist.model.case import (
    AttachmentState,
    AttachmentStatus,
    Case,
    CaseStatus,
    History,
    Lifecycle,
    LifecycleEvent,
    Meta,
    Route,
    Stage,
)
from debtassist.rules.attachments import attachment_checklist, months_before
from debtassist.rules.deadlines import case_deadlines, last_filing_day, missing_dates, next_deadline
from debtassist.rules.lifecycle import current_stage, latest_failed_step


def ev(kind: Stage, day: date | None, **kw: object) -> LifecycleEvent:
    return msgspec.convert({"kind": kind, "date": day, **kw}, LifecycleEvent)


def case_with(*events: LifecycleEvent, route: Route = Route.BANK_NEGOTIATION, **kw: object) -> Case:
    return Case(route=route, lifecycle=Lifecycle(events=list(events)), **kw)  # type: ignore[arg-type]


def by_kind(case: Case, kind: str) -> list:  # type: ignore[type-arg]
    return [d for d in case_deadlines(case) if d.kind == kind]


def test_stage_follows_meta_status_until_an_event_is_recorded() -> None:
    assert current_stage(Case()) is Stage.PREPARING
    assert current_stage(Case(meta=Meta(status=CaseStatus.PRINTED))) is Stage.READY
    assert current_stage(Case(meta=Meta(status=CaseStatus.SUBMITTED))) is Stage.SENT
    case = case_with(ev(Stage.SENT, date(2026, 3, 2)), meta=Meta(status=CaseStatus.PRINTED))
    assert current_stage(case) is Stage.SENT


def test_stage_is_the_latest_dated_stage_event_whatever_the_order_typed() -> None:
    case = case_with(
        ev(Stage.FAILED, date(2026, 6, 1)),
        ev(Stage.SENT, date(2026, 3, 2)),
        ev(Stage.DATE, date(2026, 9, 1), note="call"),  # a plain date does not change the stage
    )
    assert current_stage(case) is Stage.FAILED


def test_latest_failed_step_names_kind_date_body_and_case_number() -> None:
    case = case_with(
        ev(Stage.SENT, date(2026, 3, 2), body="國泰世華"),
        ev(Stage.FAILED, date(2026, 5, 1), body="國泰世華", reference="115協字12"),
        ev(
            Stage.FAILED,
            date(2026, 8, 3),
            procedure=Route.COURT_MEDIATION,
            body="臺北地院",
            reference="115司消債調34",
        ),
        ev(Stage.FAILED, date(2026, 9, 1), procedure=Route.REHABILITATION),  # not a pre-step: ignored
    )
    step = latest_failed_step(case)
    assert step is not None
    assert (step.kind, step.date, step.body, step.case_number) == (
        Route.COURT_MEDIATION,
        date(2026, 8, 3),
        "臺北地院",
        "115司消債調34",
    )
    assert latest_failed_step(case_with(ev(Stage.SENT, date(2026, 3, 2)))) is None


def test_art153_start_and_conclude_count_from_the_next_day() -> None:
    sent = date(2026, 3, 2)
    case = case_with(ev(Stage.SENT, sent, body="台新銀行", reference="RR123"))
    (start,) = by_kind(case, "art153_start")
    assert start.due == date(2026, 4, 1)  # 2 March + 30 days
    assert not start.done
    assert "台新銀行" in start.title("zh-TW")
    assert "115/04/02" in " ".join(start.explain("zh-TW"))  # may go to court from the next day
    assert start.rule_text("en") == "CDCA Art. 153"
    started = case_with(ev(Stage.SENT, sent), ev(Stage.UNDER_WAY, date(2026, 3, 20)))
    (start,) = by_kind(started, "art153_start")
    assert start.done
    (conclude,) = by_kind(started, "art153_conclude")
    assert conclude.due == date(2026, 6, 18)  # 20 March + 90 days
    assert not conclude.done
    failed = case_with(
        ev(Stage.SENT, sent), ev(Stage.UNDER_WAY, date(2026, 3, 20)), ev(Stage.FAILED, date(2026, 5, 1))
    )
    assert all(d.done for d in by_kind(failed, "art153_conclude"))


def test_art153_is_only_for_the_bank_route() -> None:
    case = case_with(ev(Stage.SENT, date(2026, 3, 2)), route=Route.COURT_MEDIATION)
    assert by_kind(case, "art153_start") == []


def test_fee_window_after_failed_court_mediation_and_history_fallback() -> None:
    failed = date(2026, 8, 3)
    case = case_with(ev(Stage.FAILED, failed), route=Route.COURT_MEDIATION)
    (window,) = by_kind(case, "fee_window")
    assert window.due == date(2026, 8, 23)
    assert window.rule_text("zh-TW") == "消債條例第153條之1第2項"
    filed = case_with(
        ev(Stage.FAILED, failed), ev(Stage.COURT_FILING, date(2026, 8, 20)), route=Route.COURT_MEDIATION
    )
    assert by_kind(filed, "fee_window")[0].done
    old = Case(route=Route.REHABILITATION, history=History(mediation_failed_date=date(2026, 1, 10)))
    (window,) = by_kind(old, "fee_window")
    assert window.due == date(2026, 1, 30)
    assert "開始之前" in window.explain("zh-TW")[0]
    # A failed bank negotiation does not start the court fee window.
    assert by_kind(case_with(ev(Stage.FAILED, failed)), "fee_window") == []


def test_court_order_deadline_is_the_typed_one_and_missing_one_is_asked_for() -> None:
    order = ev(Stage.COURT_ORDER, date(2026, 9, 1), reference="115消債更88", deadline=date(2026, 9, 21))
    case = case_with(order, route=Route.REHABILITATION)
    (found,) = by_kind(case, "court_order")
    assert found.due == date(2026, 9, 21)
    assert "115消債更88" in found.title("en")
    untyped = case_with(ev(Stage.COURT_ORDER, date(2026, 9, 1)), route=Route.REHABILITATION)
    assert by_kind(untyped, "court_order") == []
    assert missing_dates(untyped) == ["desk.ask.court_order_deadline"]


def test_plan_deadline_is_ten_days_after_the_creditor_table() -> None:
    case = case_with(ev(Stage.CREDITOR_TABLE, date(2026, 10, 5)), route=Route.REHABILITATION)
    (plan,) = by_kind(case, "plan_art53")
    assert plan.due == date(2026, 10, 15)
    assert "清算" in " ".join(plan.explain("zh-TW"))


def test_rest_day_is_said_not_moved() -> None:
    case = case_with(ev(Stage.CREDITOR_TABLE, date(2026, 10, 7)), route=Route.REHABILITATION)
    (plan,) = by_kind(case, "plan_art53")
    assert plan.due == date(2026, 10, 17)  # a Saturday: shown as it is, with the Civil Code Art. 122 note
    assert "122" in plan.explain("en")[-1]


def test_document_window_and_custom_dates_and_next_deadline() -> None:
    case = case_with(
        ev(Stage.DATE, date(2026, 12, 24), note="家訪"),
        attachments={
            "jcic_list": AttachmentState(status=AttachmentStatus.HAVE, issue_date=date(2026, 11, 30))
        },
    )
    (doc,) = by_kind(case, "document")
    assert doc.due == date(2026, 12, 31)
    assert "JCIC" in doc.title("en")
    (custom,) = by_kind(case, "custom")
    assert custom.title("zh-TW") == "家訪"
    nxt = next_deadline(case)
    assert nxt is not None and nxt.kind == "custom"
    assert nxt.urgency(date(2026, 12, 20)) == "this_week"
    assert nxt.urgency(date(2026, 12, 25)) == "overdue"
    assert nxt.urgency(date(2026, 12, 1)) == "later"
    for lang in langs():
        data = nxt.to_json(lang, date(2026, 12, 20))
        assert data["due"] == "2026-12-24" and data["because"]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_last_filing_day_agrees_with_the_checklist_window(issued: date) -> None:
    last = last_filing_day(issued, 1)
    assert months_before(last, 1) <= issued
    assert months_before(last + timedelta(days=1), 1) > issued


def test_document_deadline_matches_what_the_checklist_says_on_that_filing_day() -> None:
    issued = date(2026, 1, 31)
    state = {"jcic_list": AttachmentState(status=AttachmentStatus.HAVE, issue_date=issued)}
    due = by_kind(case_with(attachments=state), "document")[0].due
    for filing, problem in ((due, None), (due + timedelta(days=1), "out_of_date")):
        case = case_with(attachments=state, filing_date=filing)
        (jcic,) = [a for a in attachment_checklist(case) if a.id == "jcic_list"]
        assert jcic.problem == problem


EVENTS = st.builds(
    LifecycleEvent,
    kind=st.sampled_from(list(Stage)),
    date=st.none() | st.dates(min_value=date(1912, 1, 1), max_value=date(2200, 1, 1)),
    procedure=st.none() | st.sampled_from(list(Route)),
    deadline=st.none() | st.dates(min_value=date(1912, 1, 1), max_value=date(2200, 1, 1)),
    note=st.text(max_size=5),
)


@given(
    st.lists(EVENTS, max_size=8),
    st.none() | st.sampled_from(list(Route)),
    st.none() | st.dates(min_value=date(1912, 1, 1), max_value=date(2200, 1, 1)),
)
def test_any_lifecycle_gives_sorted_explained_deadlines(
    events: list[LifecycleEvent], route: Route | None, mediation_failed: date | None
) -> None:
    case = Case(
        route=route,
        lifecycle=Lifecycle(events=events),
        history=History(mediation_failed_date=mediation_failed),
    )
    found = case_deadlines(case)
    assert [d.due for d in found] == sorted(d.due for d in found)
    for deadline in found:
        for lang in langs():
            assert deadline.title(lang) is not None and deadline.rule_text(lang)
            assert deadline.explain(lang)
    dated = [e for e in events if e.date is not None and e.kind is not Stage.DATE]
    if dated:  # the latest dated stage entry sets the stage (the last typed one among equal dates)
        latest_day = max(e.date for e in dated if e.date is not None)
        assert current_stage(case) is [e for e in dated if e.date == latest_day][-1].kind
    step = latest_failed_step(case)
    assert step is None or step.kind in (
        Route.BANK_NEGOTIATION,
        Route.COURT_MEDIATION,
        Route.TOWNSHIP_MEDIATION,
    )

"""The attachment checklist: which documents a route needs for this case, and which are missing or stale."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from debtassist.i18n import Lang, Msg, tr
from debtassist.model.case import (
    AssetKind,
    AttachmentState,
    AttachmentStatus,
    Case,
    IncomeKind,
    PriorStepKind,
    Route,
)
from debtassist.resources_path import read_text
from debtassist.rules.prerequisite import prior_step
from debtassist.rules.rocdate import roc_text


class AttachmentSpec(NamedTuple):
    id: str  # its title and where to get it are catalog texts: attachment.<id>.title / .obtain
    form: str  # original | copy
    copies: str  # per_creditor | one
    window: dict[str, int] | None
    when: str | None
    tag: str
    routes: dict[str, str]

    @property
    def title(self) -> Msg:
        return Msg(f"attachment.{self.id}.title")

    @property
    def obtain(self) -> Msg:
        return Msg(f"attachment.{self.id}.obtain")


class AttachmentCheck(NamedTuple):
    spec: AttachmentSpec
    level: str  # required | recommended | on_request | if_applicable
    required: bool
    status: AttachmentStatus
    issue_date: date | None
    problem: str | None  # missing | requested | no_issue_date | out_of_date | after_filing | None
    copies: int
    window_start: date | None

    @property
    def id(self) -> str:
        return self.spec.id

    def title(self, lang: Lang) -> str:
        return self.spec.title.text(lang)

    def problem_text(self, lang: Lang) -> str:
        if self.problem is None:
            return ""
        start = roc_text(self.window_start) if self.window_start else ""
        return tr(f"attachment.problem.{self.problem}", lang, start=start)

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title(lang),
            "required": self.required,
            "level": self.level,
            "status": self.status.value,
            "problem": self.problem,
            "problem_text": self.problem_text(lang),
            "obtain": self.spec.obtain.text(lang),
            "form": self.spec.form,
            "copies": self.copies,
            "source_tag": self.spec.tag,
        }


@cache
def attachment_specs() -> tuple[AttachmentSpec, ...]:
    data = json.loads(read_text("data", "attachments.json"))
    return tuple(AttachmentSpec(**item) for item in data["items"])


def conditions(case: Case) -> dict[str, bool]:
    kinds = {a.kind for a in case.assets}
    step = prior_step(case)
    return {
        "has_dependents": any(d.supported for d in case.dependents),
        "has_business": bool(case.business.had_business),
        "has_enforcement": any(c.enforcement.pending for c in case.creditors),
        "has_salary": bool(case.applicant.employer.strip())
        or any(m.kind is IncomeKind.SALARY and not m.paid_in_cash for m in case.income.monthly),
        "has_cash_income": any(m.paid_in_cash for m in case.income.monthly),
        "has_securities": AssetKind.SECURITIES in kinds,
        "has_subsidy": any(m.kind is IncomeKind.SUBSIDY for m in case.income.monthly),
        "has_insurance": AssetKind.INSURANCE in kinds,
        "prior_bank_negotiation": step.kind is PriorStepKind.BANK_NEGOTIATION,
        "prior_mediation": step.is_mediation,
    }


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier, clamped to the month's end (31 March -> 28/29 Feb)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _window_start(spec: AttachmentSpec, filing: date | None) -> date | None:
    if spec.window is None or filing is None:
        return None
    if "issued_within_months" in spec.window:
        return months_before(filing, spec.window["issued_within_months"])
    # Salary proof must cover the last months: the newest slip should be from the month before filing or later.
    return months_before(filing, 1).replace(day=1)


def _problem(
    spec: AttachmentSpec, state: AttachmentState, filing: date | None, start: date | None
) -> str | None:
    if state.status is AttachmentStatus.MISSING:
        return "missing"
    if state.status is AttachmentStatus.REQUESTED:
        return "requested"
    if state.status is AttachmentStatus.NOT_APPLICABLE:
        return None
    if start is None:
        return None
    if state.issue_date is None:
        return "no_issue_date"
    if filing is not None and state.issue_date > filing:
        return "after_filing"
    if state.issue_date < start:
        return "out_of_date"
    return None


def attachment_checklist(case: Case) -> list[AttachmentCheck]:
    # Here, not at the top: the desk (which imports this module through the deadlines) starts without the
    # figures and the plan rules (17 ms of the window's start-up).
    from debtassist.rules.figures import creditor_key

    if case.route is None:
        return []
    route: Route = case.route
    met = conditions(case)
    creditors = len({creditor_key(c.name) or c.id for c in case.creditors})
    out: list[AttachmentCheck] = []
    for spec in attachment_specs():
        level = spec.routes.get(route.value)
        if level is None or (spec.when is not None and not met[spec.when]):
            continue
        state = case.attachments.get(spec.id, AttachmentState())
        start = _window_start(spec, case.filing_date)
        problem = _problem(spec, state, case.filing_date, start)
        required = level == "required" and state.status is not AttachmentStatus.NOT_APPLICABLE
        copies = 1 + creditors if spec.copies == "per_creditor" else 1
        out.append(
            AttachmentCheck(spec, level, required, state.status, state.issue_date, problem, copies, start)
        )
    return out

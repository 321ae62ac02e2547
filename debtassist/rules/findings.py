"""Findings: what is wrong, doubtful or worth knowing about a case, each with its path and rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from debtassist.i18n import Msg
from debtassist.model.case import (
    MONEY,
    AttachmentStatus,
    Case,
    DebtType,
    ExpenseCategory,
    ExpenseMode,
    PreviousNegotiation,
    PriorStepKind,
    Route,
)
from debtassist.model.part import Part, fields_of
from debtassist.reference.areas import area_by_code, area_for_county, area_name
from debtassist.rules.attachments import AttachmentCheck, months_before
from debtassist.rules.entries import entered, is_blank, read_share
from debtassist.rules.explain import Finding, Severity
from debtassist.rules.fields import field_label, get_value, phone_fields
from debtassist.rules.figures import (
    REHABILITATION_CEILING,
    Figures,
    claim,
    is_financial_institution_debt,
)
from debtassist.rules.money import ntd
from debtassist.rules.plan_findings import plan_findings
from debtassist.rules.prerequisite import home_loan_choice_findings, prerequisite_findings, prior_step
from debtassist.rules.rocdate import ROC_EPOCH, roc_text
from debtassist.rules.routes import is_proceeding
from debtassist.rules.validators import check_national_id, phone_kind
from debtassist.rules.venue import venue_findings

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

#: Above these an amount is probably a typing slip (an extra zero); warned, never refused.
PLAUSIBLE_CEILINGS = {
    "creditors": 100_000_000,
    "assets": 1_000_000_000,
    "income.monthly": 2_000_000,
    "income.records": 30_000_000,
    "expenses.items": 500_000,
    "dependents": 300_000,
    "own_debtors": 100_000_000,
    "business.periods": 1_000_000_000,
}


def _money_fields(node: Part, path: str) -> Iterator[tuple[str, int]]:
    """Every whole-dollar amount in the case with its path (fields typed Money)."""
    for name, info in fields_of(type(node)).items():
        value = getattr(node, name)
        here = f"{path}.{name}" if path else name
        if isinstance(value, Part):
            yield from _money_fields(value, here)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Part):
                    yield from _money_fields(item, f"{here}[{i}]")
        elif isinstance(value, int) and not isinstance(value, bool) and MONEY in info.metadata:
            yield here, value


def _dates(case: Case) -> Iterator[tuple[str, date]]:
    """Every date typed into the case, with its path."""
    candidates: list[tuple[str, date | None]] = [
        ("filing_date", case.filing_date),
        ("applicant.birth_date", case.applicant.birth_date),
        ("history.previous_negotiation_end", case.history.previous_negotiation_end),
        ("history.mediation_failed_date", case.history.mediation_failed_date),
        ("history.prior_step_date", case.history.prior_step_date),
    ]
    candidates += [(f"dependents[{i}].birth_date", d.birth_date) for i, d in enumerate(case.dependents)]
    for i, p in enumerate(case.business.periods):
        candidates += [(f"business.periods[{i}].start", p.start), (f"business.periods[{i}].end", p.end)]
    candidates += [(f"attachments.{k}.issue_date", s.issue_date) for k, s in case.attachments.items()]
    yield from ((path, value) for path, value in candidates if value is not None)


def _ceiling_for(path: str) -> int | None:
    for prefix, ceiling in PLAUSIBLE_CEILINGS.items():
        if path.startswith(prefix):
            return ceiling
    return None


def collect_findings(
    case: Case, figures: Figures, attachments: list[AttachmentCheck], today: date | None = None
) -> list[Finding]:
    today = today or date.today()
    out: list[Finding] = []

    def add(
        severity: Severity, code: str, path: str, rule: str, /, message_key: str = "", **params: Any
    ) -> None:
        out.append(Finding(severity, code, path, rule, params, message_key))

    _required(case, add)
    _values(case, today, add)
    _eligibility(case, figures, add)
    _route_rules(case, figures, add)
    _expenses(case, figures, add)
    _consistency(case, figures, add)
    _attachment_findings(attachments, add, case.route)
    venue_findings(case, add)
    prerequisite_findings(case.route, case, add)
    home_loan_choice_findings(case, add)
    plan_findings(case, figures, add)
    order = {E: 0, W: 1, N: 2}
    return sorted(out, key=lambda f: order[f.severity])


def _required(case: Case, add: Any) -> None:
    if case.route is None:
        add(E, "REQUIRED", "route", "input", **field_label("route"))
    if case.filing_date is None:
        add(E, "REQUIRED", "filing_date", "input", **field_label("filing_date"))
    if case.route is not None and case.route is not Route.BANK_NEGOTIATION and not case.venue.strip():
        add(E, "VENUE_MISSING", "venue", "art_5")
    a = case.applicant
    for name in ("name", "national_id", "registered_address", "residence_county"):
        if not getattr(a, name).strip():
            add(E, "REQUIRED", f"applicant.{name}", "input", **field_label(f"applicant.{name}"))
    if a.birth_date is None:
        add(E, "REQUIRED", "applicant.birth_date", "input", **field_label("applicant.birth_date"))
    if not (a.phone.strip() or a.mobile.strip()):
        add(E, "REQUIRED_PHONE", "applicant.phone", "input")
    for path in phone_fields():  # the model only keeps text: whether it can be a phone number is a finding
        number = str(get_value(case, path)).strip()
        if number and phone_kind(number) is None:
            add(W, "PHONE_INVALID", path, "input", value=number, **field_label(path))
    if not case.creditors:
        add(E, "NO_CREDITORS", "creditors", "art_43_6")
    court = case.route is not None and case.route.is_court
    for i, c in enumerate(case.creditors):
        if not c.name.strip():
            add(E, "REQUIRED", f"creditors[{i}].name", "art_43_6", **field_label(f"creditors[{i}].name"))
        if c.kind is None:
            add(E, "REQUIRED", f"creditors[{i}].kind", "input", **field_label(f"creditors[{i}].kind"))
        if c.principal is None:
            add(
                E,
                "REQUIRED",
                f"creditors[{i}].principal",
                "art_43_6",
                **field_label(f"creditors[{i}].principal"),
            )
        if not c.address.strip():
            if court or case.route is Route.TOWNSHIP_MEDIATION:
                add(E, "CREDITOR_ADDRESS_MISSING", f"creditors[{i}].address", "art_43_6", name=c.name)
            elif not is_financial_institution_debt(c):
                add(W, "CREDITOR_ADDRESS_MISSING", f"creditors[{i}].address", "art_43_6", name=c.name)
        if c.enforcement.pending and not (c.enforcement.court.strip() and c.enforcement.case_number.strip()):
            add(W, "ENFORCEMENT_DETAILS_MISSING", f"creditors[{i}].enforcement", "attachments", name=c.name)
    for i, d in enumerate(case.own_debtors):
        if not d.name.strip():
            add(E, "REQUIRED", f"own_debtors[{i}].name", "art_43_6", **field_label(f"own_debtors[{i}].name"))
        if not d.address.strip():
            add(W, "OWN_DEBTOR_ADDRESS_MISSING", f"own_debtors[{i}].address", "art_43_6", name=d.name)
    if case.business.had_business is None:
        add(E, "BUSINESS_UNANSWERED", "business.had_business", "art_2")
    elif case.business.had_business and not any(p.start for p in case.business.periods):
        add(E, "BUSINESS_PERIODS_MISSING", "business.periods", "rules_4")
    for i, p in enumerate(case.business.periods):
        if p.start and p.turnover is None:
            add(E, "BUSINESS_TURNOVER_MISSING", f"business.periods[{i}].turnover", "rules_4")
    if all(m.amount is None for m in case.income.monthly):  # no row, or only rows without an amount
        add(W, "INCOME_MISSING", "income.monthly", "art_43_6")
    if case.route is not None and case.route is not Route.BANK_NEGOTIATION and not case.income.records:
        add(W, "INCOME_RECORDS_MISSING", "income.records", "art_43_6")
    if case.expenses.mode is None:
        add(W, "EXPENSE_MODE_UNCHOSEN", "expenses.mode", "art_64_2")
    elif case.expenses.mode is ExpenseMode.ITEMIZED and not case.expenses.items:
        add(E, "EXPENSE_ITEMS_MISSING", "expenses.items", "art_64_2")


def _values(case: Case, today: date, add: Any) -> None:
    for path, value in _money_fields(case, ""):
        if value < 0:
            add(E, "AMOUNT_NEGATIVE", path, "input", value=ntd(value))
        elif (ceiling := _ceiling_for(path)) is not None and value > ceiling:
            add(W, "AMOUNT_IMPLAUSIBLE", path, "input", value=ntd(value), ceiling=ntd(ceiling))
    counts = [(f"assets[{i}].quantity", a.quantity) for i, a in enumerate(case.assets)] + [
        (f"creditors[{i}].home_loan_overdue_instalments", c.home_loan_overdue_instalments)
        for i, c in enumerate(case.creditors)
    ]
    for path, count in counts:
        if count is not None and count < 0:
            add(E, "NUMBER_NEGATIVE", path, "input", value=count)
    if case.applicant.national_id.strip():
        result = check_national_id(case.applicant.national_id)
        # The code names the problem (ID_CHECKSUM); the message is the one under the ID editor, word for word,
        # so the page, the summary and the review say it once (input.id.<problem>, IdCheck.message_key).
        if result.message_key is not None:
            add(
                E,
                f"ID_{(result.problem or 'format').upper()}",
                "applicant.national_id",
                "id_checksum",
                result.message_key,
            )
    for i, d in enumerate(case.dependents):
        result = check_national_id(d.national_id)
        if d.national_id.strip() and result.message_key is not None:
            add(
                W,
                "DEPENDENT_ID_INVALID",
                f"dependents[{i}].national_id",
                "id_checksum",
                name=d.name or f"#{i + 1}",
                problem=Msg(result.message_key),
            )
        if d.birth_date and d.birth_date > today:
            add(E, "DATE_IN_FUTURE", f"dependents[{i}].birth_date", "input", date=roc_text(d.birth_date))
        if d.supported and not is_blank(d):
            share = read_share(d.support_share)
            if not share.entered:
                add(
                    E,
                    "SHARE_MISSING",
                    f"dependents[{i}].support_share",
                    "art_64_2",
                    name=d.name or f"#{i + 1}",
                )
            elif share.value is None:
                add(E, "SHARE_INVALID", f"dependents[{i}].support_share", "art_64_2", value=d.support_share)
    for where, day in _dates(case):
        if day < ROC_EPOCH:
            add(E, "DATE_BEFORE_ROC", where, "input", date=day.isoformat())
    if case.applicant.birth_date and case.applicant.birth_date > today:
        add(E, "DATE_IN_FUTURE", "applicant.birth_date", "input", date=roc_text(case.applicant.birth_date))
    if case.filing_date and case.filing_date < today - timedelta(days=366):
        add(W, "FILING_DATE_OLD", "filing_date", "input", date=roc_text(case.filing_date))
    for i, p in enumerate(case.business.periods):
        if p.start and p.end and p.end < p.start:
            add(E, "PERIOD_END_BEFORE_START", f"business.periods[{i}]", "input")
        if p.start and p.start > today:
            add(E, "DATE_IN_FUTURE", f"business.periods[{i}].start", "input", date=roc_text(p.start))
    for key, state in case.attachments.items():
        if state.issue_date and state.issue_date > today:
            add(
                E,
                "DATE_IN_FUTURE",
                f"attachments.{key}.issue_date",
                "input",
                date=roc_text(state.issue_date),
            )
    for i, r in enumerate(case.income.records):
        for key in ("period_from", "period_to"):
            day = getattr(r, key)
            # Only the month counts: a period may end in the current month.
            if day is not None and (day.year < 1912 or (day.year, day.month) > (today.year, today.month)):
                add(E, "INCOME_PERIOD_INVALID", f"income.records[{i}].{key}", "input", date=roc_text(day))


def _eligibility(case: Case, figures: Figures, add: Any) -> None:
    if figures.consumer_eligible is False:
        add(
            E,
            "NOT_CONSUMER",
            "business.periods",
            "art_2",
            average=ntd(figures.average_monthly_turnover),
            months=figures.business_months,
        )
    h = case.history
    if h.previous_negotiation is PreviousNegotiation.CONCLUDED and case.route is not Route.BANK_NEGOTIATION:
        # Art. 151 VII: after a concluded agreement, court only when paying became hard through no fault of
        # the debtor's own.
        answer = h.agreement_difficulty_not_attributable
        severity = N if answer else (E if answer is False else W)
        add(severity, "AGREEMENT_CONCLUDED", "history.agreement_difficulty_not_attributable", "art_151_7")
    if case.business.had_business is False and any(p.start for p in case.business.periods):
        add(E, "BUSINESS_ANSWER_CONFLICT", "business.had_business", "art_2")
    county = case.applicant.residence_county.strip()
    if county and area_for_county(county) is None:
        add(E, "COUNTY_UNKNOWN", "applicant.residence_county", "art_64_2", county=county)


def _route_rules(case: Case, figures: Figures, add: Any) -> None:
    route = case.route
    h = case.history
    fi_creditors = [c for c in case.creditors if is_financial_institution_debt(c)]
    if route is Route.BANK_NEGOTIATION:
        if case.creditors and not fi_creditors:
            add(E, "NO_FI_DEBT_BANK_ROUTE", "creditors", "art_151_1")
        excluded = [c for c in case.creditors if not is_financial_institution_debt(c)]
        if excluded:
            add(
                W,
                "BANK_ROUTE_EXCLUDED_DEBTS",
                "creditors",
                "dom_bank_scope",
                count=len(excluded),
                total=ntd(sum(claim(c) for c in excluded)),
            )
        if h.concluded_2006_agreement is None:
            add(E, "HISTORY_2006_UNANSWERED", "history.concluded_2006_agreement", "dom_bank_conditions")
        elif h.concluded_2006_agreement:
            add(E, "BANK_2006_AGREEMENT", "history.concluded_2006_agreement", "dom_bank_conditions")
        if h.previous_negotiation is None:
            add(E, "HISTORY_PREVIOUS_UNANSWERED", "history.previous_negotiation", "dom_bank_conditions")
        elif h.previous_negotiation in (PreviousNegotiation.CONCLUDED, PreviousNegotiation.FAILED):
            add(E, "BANK_ALREADY_NEGOTIATED", "history.previous_negotiation", "dom_bank_conditions")
        elif (
            h.previous_negotiation is PreviousNegotiation.DEEMED_NOT_REQUESTED
            and case.filing_date
            and (
                h.previous_negotiation_end is None
                or h.previous_negotiation_end > months_before(case.filing_date, 6)
            )
        ):
            add(E, "BANK_WAIT_SIX_MONTHS", "history.previous_negotiation_end", "dom_bank_conditions")
        for i, c in enumerate(case.creditors):
            if c.enforcement.pending and is_financial_institution_debt(c):
                add(W, "FI_ENFORCEMENT_PENDING", f"creditors[{i}].enforcement", "art_151_6", name=c.name)
            if c.home_loan and (c.home_loan_overdue_instalments or 0) > 2:
                add(W, "HOME_LOAN_OVERDUE", f"creditors[{i}]", "dom_home_loan", name=c.name)
        if fi_creditors and not case.largest_creditor.creditor_id:
            add(
                W,
                "LARGEST_CREDITOR_UNCONFIRMED",
                "largest_creditor",
                "dom_3",
                name=figures.largest_creditor.suggested_name or "—",
            )
    if route is Route.REHABILITATION and not figures.rehabilitation_ceiling_ok:
        add(
            E,
            "OVER_REHABILITATION_CEILING",
            "creditors",
            "art_42_1",
            amount=ntd(figures.unsecured_non_priority_debt),
            ceiling=ntd(REHABILITATION_CEILING),
        )
    elif route is not None and route is not Route.REHABILITATION and not figures.rehabilitation_ceiling_ok:
        add(N, "OVER_REHABILITATION_CEILING_INFO", "creditors", "art_42_1")
    if is_proceeding(route) and fi_creditors and prior_step(case).kind in (None, PriorStepKind.NONE):
        add(N, "DEEMED_MEDIATION", "history", "rules_42_1")
    for i, c in enumerate(case.creditors):
        if c.special_clause and not c.home_loan:
            add(W, "SPECIAL_CLAUSE_NOT_HOME_LOAN", f"creditors[{i}].special_clause", "art_53", name=c.name)
        elif c.special_clause and route is not Route.REHABILITATION:
            add(N, "SPECIAL_CLAUSE_ROUTE", f"creditors[{i}].special_clause", "art_53", name=c.name)
    if (
        figures.largest_creditor.tie
        and not case.largest_creditor.creditor_id
        and route is Route.BANK_NEGOTIATION
    ):
        add(N, "LARGEST_CREDITOR_TIE", "largest_creditor", "dom_3")
    chosen_id = case.largest_creditor.creditor_id
    if chosen_id:
        chosen = next((c for c in case.creditors if c.id == chosen_id), None)
        if chosen is None:
            add(E, "LARGEST_CREDITOR_UNKNOWN", "largest_creditor.creditor_id", "dom_3")
        elif not is_financial_institution_debt(chosen):
            add(W, "LARGEST_CREDITOR_NOT_FI", "largest_creditor.creditor_id", "dom_3", name=chosen.name)
        elif (
            figures.largest_creditor.suggested_name and figures.largest_creditor.suggested_name != chosen.name
        ):
            add(
                N,
                "LARGEST_CREDITOR_DIFFERS",
                "largest_creditor.creditor_id",
                "dom_3",
                name=chosen.name,
                suggested=figures.largest_creditor.suggested_name,
            )


def _expenses(case: Case, figures: Figures, add: Any) -> None:
    living = figures.living
    area = area_by_code(living.area) if living.area else None
    names = {"area_name": area_name(area)}
    needs_standard = case.expenses.mode is not ExpenseMode.ITEMIZED or any(
        d.supported and d.monthly_amount is None for _, d in entered(case.dependents)
    )
    if living.status in ("missing", "unconfirmed", "conflict"):
        code = f"LIVING_EXPENSE_{living.status.upper()}"
        reference = living.reference
        add(
            E if needs_standard else W,
            code,
            "living_expense",
            "art_64_2",
            area=living.area,
            year=living.year,
            roc_year=(living.year or 1911) - 1911,
            figure=ntd(reference.monthly) if reference else "—",
            **names,
        )
    elif living.status == "secondary":
        add(
            W,
            "LIVING_EXPENSE_SECONDARY",
            "living_expense",
            "art_64_2",
            area=living.area,
            year=living.year,
            roc_year=(living.year or 1911) - 1911,
            figure=ntd(living.monthly),
            source=living.source,
            **names,
        )
    confirmed = case.living_expense
    if confirmed is not None and living.status != "confirmed" and (confirmed.monthly or confirmed.area):
        add(
            W,
            "LIVING_EXPENSE_CONFIRMATION_STALE",
            "living_expense",
            "art_64_2",
            area=confirmed.area or "—",
            year=confirmed.year or "—",
        )
    if (
        living.reference is not None
        and living.status == "confirmed"
        and living.reference.monthly != living.monthly
    ):
        add(
            N,
            "LIVING_EXPENSE_DIFFERS",
            "living_expense.monthly",
            "art_64_2",
            figure=ntd(living.monthly),
            table=ntd(living.reference.monthly),
        )
    for i, dependent in figures.dependent_amounts.items():  # computed once, in the figures
        if dependent.entered is None or dependent.standard_exact is None:
            continue
        if dependent.entered > dependent.standard_exact:
            add(
                N,
                "DEPENDENT_CLAIMED_OVER_STANDARD",
                f"dependents[{i}].monthly_amount",
                "rules_21_1",
                name=case.dependents[i].name,
                claimed=ntd(dependent.entered),
                standard=ntd(dependent.standard),
            )
    if (
        case.expenses.mode is ExpenseMode.ITEMIZED
        and figures.debtor_claimed_expense is not None
        and figures.debtor_standard_expense is not None
        and figures.debtor_claimed_expense > figures.debtor_standard_expense
    ):
        add(
            N,
            "CLAIMED_OVER_STANDARD",
            "expenses.items",
            "rules_21_1",
            claimed=ntd(figures.debtor_claimed_expense),
            standard=ntd(figures.debtor_standard_expense),
        )
    if figures.disposable_income is not None and case.route in (Route.BANK_NEGOTIATION, Route.REHABILITATION):
        # Rehabilitation has no whole-debt scenarios any more: its plan is tested by debtassist.rules.plan.
        if (
            figures.plan_base > 0
            and figures.plan_scenarios
            and not any(s.affordable for s in figures.plan_scenarios)
        ):
            add(
                W, "PLAN_NOT_AFFORDABLE", "income", "affordability", disposable=ntd(figures.disposable_income)
            )
        if figures.disposable_income < 0:
            add(
                N, "DISPOSABLE_NEGATIVE", "income", "affordability", disposable=ntd(figures.disposable_income)
            )


def _consistency(case: Case, figures: Figures, add: Any) -> None:
    supported = [d for _, d in entered(case.dependents) if d.supported]
    support_items = [e for e in case.expenses.items if e.category is ExpenseCategory.SUPPORT]
    itemized = case.expenses.mode is ExpenseMode.ITEMIZED
    if itemized and supported and not support_items and all(d.monthly_amount is None for d in supported):
        add(W, "DEPENDENTS_NO_SUPPORT_EXPENSE", "dependents", "art_64_2", count=len(supported))
    if support_items and supported:
        # The dependents' expense is added on its own (entered amounts or the standard share), so a support
        # line among the applicant's own expenses counts it a second time.
        add(W, "SUPPORT_COUNTED_TWICE", "expenses.items", "art_64_2")
    if support_items and not supported:
        add(W, "SUPPORT_WITHOUT_DEPENDENTS", "expenses.items", "art_64_2")
    asset_ids = {a.id for a in case.assets}
    for i, c in enumerate(case.creditors):
        if c.secured and c.secured_coverage is None:
            add(W, "SECURED_COVERAGE_MISSING", f"creditors[{i}].secured_coverage", "art_43_6", name=c.name)
        if c.secured and c.collateral_asset_id not in asset_ids:
            add(W, "COLLATERAL_NOT_IN_ASSETS", f"creditors[{i}].collateral_asset_id", "art_43_6", name=c.name)
        if c.debt_type in (DebtType.HOME_LOAN, DebtType.CAR_LOAN) and not c.secured:
            add(N, "LOAN_NOT_SECURED", f"creditors[{i}].secured", "art_43_6", name=c.name)
        if c.home_loan and c.debt_type is not DebtType.HOME_LOAN:
            add(N, "HOME_LOAN_FLAG_TYPE", f"creditors[{i}].home_loan", "art_43_6", name=c.name)


def _attachment_findings(attachments: list[AttachmentCheck], add: Any, route: Route | None = None) -> None:
    missing = [a for a in attachments if a.required and a.problem is not None]
    for a in attachments:
        if a.required and a.problem in ("out_of_date", "after_filing", "no_issue_date"):
            add(
                W,
                f"ATTACHMENT_{a.problem.upper()}",
                f"attachments.{a.id}",
                "attachments",
                title=a.spec.title,
            )
        if a.level == "required" and a.status is AttachmentStatus.NOT_APPLICABLE:
            add(
                W,
                "ATTACHMENT_MARKED_NOT_APPLICABLE",
                f"attachments.{a.id}",
                "attachments",
                title=a.spec.title,
            )
    if missing:
        # The bank does not order anything: it may return the application (court routes: 補正 orders).
        code = "ATTACHMENTS_MISSING_BANK" if route is Route.BANK_NEGOTIATION else "ATTACHMENTS_MISSING"
        add(N, code, "attachments", "attachments", count=len(missing))

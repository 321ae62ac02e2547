"""What each binding name in a form definition prints: strings made from the case and its check report.

Forms are printed in Traditional Chinese (they go to a Taiwanese bank or court), whatever the interface language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from debtassist.i18n import tr
from debtassist.model.case import (
    Asset,
    AssetKind,
    AttachmentStatus,
    Case,
    Creditor,
    CreditorKind,
    DebtType,
    Route,
)
from debtassist.rules.check import CheckReport
from debtassist.rules.field_text import case_field_text
from debtassist.rules.fields import Kind, asked, kind_of, single_fields
from debtassist.rules.figure_specs import Face, FigureSpec, face_specs
from debtassist.rules.figure_specs import Kind as FigureKind
from debtassist.rules.figures import claim, is_financial_institution_debt, secured_part
from debtassist.rules.plan import period_text, record_total
from debtassist.rules.rocdate import roc_long_text, roc_text
from debtassist.rules.routes import party_word, route_spec
from debtassist.rules.vocabulary import expense_category_text, income_kind_text

NONE_TEXT = "無"

ROUTE_REQUESTS = {
    Route.COURT_MEDIATION: "請准予就聲請人之債務進行消費者債務清理前置調解。",
    Route.TOWNSHIP_MEDIATION: "請准予就聲請人之債務進行調解。",
    Route.REHABILITATION: "聲請人請准予更生。",
    Route.LIQUIDATION: "聲請人請准予清算。",
}


def _paper_labels(members: Iterable[StrEnum], prefix: str) -> dict[Any, str]:
    """The Chinese labels the paper prints (the zh-TW catalog's ``<prefix>.<value>``, which the window's
    zh-TW tables show too), whatever the interface language."""
    return {member: tr(f"{prefix}.{member.value}", "zh-TW") for member in members}


CREDITOR_KINDS = _paper_labels(CreditorKind, "choice.creditor_kind")
DEBT_TYPES = _paper_labels(DebtType, "choice.debt_type")
ASSET_KINDS = _paper_labels(AssetKind, "choice.asset_kind")


def money(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def numeral(n: int) -> str:
    """1 -> 一, 12 -> 十二, 25 -> 二十五, 105 -> 一百零五 (for 附表一 and the attachment list)."""
    digits = "零一二三四五六七八九"
    if n < 1:
        raise ValueError("numerals start at 1")
    if n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    text = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    if ones:
        text += digits[ones]
    return text


@dataclass
class FillContext:
    case: Case
    report: CheckReport

    @property
    def figures(self) -> Any:
        return self.report.figures


def _phones(ctx: FillContext) -> str:
    a = ctx.case.applicant
    return "、".join(p for p in (a.phone.strip(), a.mobile.strip()) if p)


def _mailing(ctx: FillContext) -> str:
    a = ctx.case.applicant
    return a.mailing_address.strip() or "同戶籍地址"


def _largest(ctx: FillContext) -> Creditor | None:
    ids = ctx.figures.largest_creditor.creditor_ids
    return next((c for c in ctx.case.creditors if c.id in ids), None) if ids else None


def _enforcement(ctx: FillContext) -> str:
    items = [
        f"{c.enforcement.court} {c.enforcement.case_number}（債權人：{c.name}）".strip()
        for c in ctx.case.creditors
        if c.enforcement.pending
    ]
    return "\n".join(items) or NONE_TEXT


def _attachments(ctx: FillContext) -> str:
    held = [a for a in ctx.report.attachments if a.status is AttachmentStatus.HAVE]  # only what is enclosed
    if not held:
        return NONE_TEXT
    return "\n".join(f"{numeral(i)}、{a.title('zh-TW')}" for i, a in enumerate(held, 1))


def _business(ctx: FillContext) -> str:
    b = ctx.case.business
    if not b.had_business or not b.periods:
        return "最近五年內無營業活動。"
    f = ctx.figures
    parts = []
    for p in b.periods:
        end = roc_text(p.end) if p.end else "迄今"
        start = roc_text(p.start) if p.start else "（未填）"
        parts.append(f"{p.description}：{start}至{end}，營業額 {money(p.turnover)} 元")
    average = f.average_monthly_turnover
    if average is not None:
        parts.append(f"五年內平均每月營業額 {money(average)} 元（實際營業 {f.business_months} 個月）")
    return "\n".join(parts)


def role(route: Route | None) -> str:
    """Court and committee filings say 聲請人; the bank forms say 申請人."""
    return party_word(route)


BOX_BINDINGS: dict[str, Callable[[FillContext], str]] = {
    "applicant.role": lambda c: role(c.case.route),
    "applicant.phones": _phones,
    "applicant.mailing_address": _mailing,
    "filing_date": lambda c: (
        roc_long_text(c.case.filing_date) if c.case.filing_date else "中華民國　　年　　月　　日"
    ),
    "petition_title": lambda c: route_spec(c.case.route).title if c.case.route else "",
    "petition_request": lambda c: ROUTE_REQUESTS.get(c.case.route, "") if c.case.route else "",
    "largest_creditor.name": lambda c: c.figures.largest_creditor.name or "",
    "largest_creditor.address": lambda c: lc.address if (lc := _largest(c)) else "",
    "figures.living_area_year": lambda c: _living_area_year(c),
    "figures.expense_basis": lambda c: _expense_basis(c),
    "creditor_count": lambda c: str(len(c.case.creditors)),
    "enforcement": _enforcement,
    "attachments_list": _attachments,
    "business_summary": _business,
}


def _figure_box(spec: FigureSpec) -> Callable[[FillContext], str]:
    """A box printing one figure of the registry: the amount, blank while it is unknown."""

    def value(ctx: FillContext) -> str:
        return money(spec.display(ctx.figures)) if spec.present(ctx.figures) else ""

    return value


# Every money figure the registry shows on the forms is a box ``figures.<name>``; the other ``figures.*``
# boxes are texts composed from several figures (COMPOSED_FIGURE_BOXES) or a record in words (plan_bindings:
# the two-year window, the suggested plan).
BOX_BINDINGS.update(
    {
        f"figures.{spec.name}": _figure_box(spec)
        for spec in face_specs(Face.BINDING)
        if spec.kind is FigureKind.MONEY
    }
)
COMPOSED_FIGURE_BOXES = frozenset({"figures.living_area_year", "figures.expense_basis"})


def _living_area_year(ctx: FillContext) -> str:
    from debtassist.reference.areas import area_by_code

    living = ctx.figures.living
    area = area_by_code(living.area) if living.area else None
    if area is None or living.year is None:
        return ""
    return f"{area.name} 民國{living.year - 1911}年"


def _expense_basis(ctx: FillContext) -> str:
    f = ctx.figures
    if f.debtor_necessary_expense is None:
        return ""
    if ctx.case.expenses.mode and ctx.case.expenses.mode.value == "itemized":
        # The bank statement numbers its parts 一…七 (expenses: 五); the court statement 第一…第五部分.
        part = "五、每月必要支出" if ctx.case.route is Route.BANK_NEGOTIATION else "第四部分"
        return f"逐項列報，每月合計 {money(f.debtor_claimed_expense)} 元（明細見{part}）"
    return (
        f"依消債條例第64條之2，以最低生活費 {money(f.living.monthly)} 元之1.2倍計算，"
        f"每月 {money(f.debtor_standard_expense)} 元"
    )


# ---- table rows -------------------------------------------------------------------------------------------

Row = dict[str, str]


def _creditor_row(c: Creditor, index: int, case: Case) -> Row:
    covered = secured_part(c)
    assets = {a.id: a for a in case.assets}
    collateral = assets.get(c.collateral_asset_id)
    security = ""
    if c.secured:
        security = c.security or "有擔保"
        if collateral is not None:
            security += (
                f"（{collateral.description or ASSET_KINDS[collateral.kind]} {collateral.number}）".rstrip()
            )
    if c.priority:
        security = (security + "；" if security else "") + "有優先權"
    return {
        "index": str(index),
        "name": c.name,
        "address": c.address,
        "kind": CREDITOR_KINDS.get(c.kind, "") if c.kind else "",
        "debt_type": DEBT_TYPES.get(c.debt_type, "") if c.debt_type else "",
        "cause": c.cause or (DEBT_TYPES.get(c.debt_type, "") if c.debt_type else ""),
        "kind_cause": "／".join(
            part
            for part in (
                CREDITOR_KINDS.get(c.kind, "") if c.kind else "",
                DEBT_TYPES.get(c.debt_type, "") if c.debt_type else "",
                c.cause,
            )
            if part
        ),
        "principal": money(c.principal),
        "interest_fees": money(c.interest_fees),
        "claim": money(claim(c)),
        "security": security or NONE_TEXT,
        # Left blank until the user says what the security covers: 0 would be a figure nobody gave.
        "unpaid_after_security": money(claim(c) - covered)
        if c.secured and c.secured_coverage is not None
        else "",
        "home_loan": "是" if c.home_loan else "否",
        "special_clause": "是" if c.special_clause else "否",
        "enforcement": f"{c.enforcement.court} {c.enforcement.case_number}".strip()
        if c.enforcement.pending
        else "",
        "note": c.note,
    }


def _asset_row(a: Asset, index: int) -> Row:
    return {
        "index": str(index),
        "kind": ASSET_KINDS[a.kind],
        "description": a.description,
        "holder": a.holder,
        "holder_location": "／".join(part for part in (a.holder, a.location) if part),
        "location": a.location,
        "number": a.number,
        "value": money(a.value),
        "share": a.share,
        "detail": " ".join(
            part
            for part in (
                a.number,
                f"持分 {a.share}" if a.share else "",
                f"{a.quantity:,} 股" if a.quantity is not None else "",
                f"{a.year} 年出廠" if a.year is not None else "",
            )
            if part
        ),
        "note": a.note,
    }


def _rows_creditors(ctx: FillContext) -> list[Row]:
    return [_creditor_row(c, i, ctx.case) for i, c in enumerate(ctx.case.creditors, 1)]


def _rows_other_creditors(ctx: FillContext) -> list[Row]:
    """Bank route: debts the JCIC list will not show — private, asset-management and guarantee debts."""
    others = [c for c in ctx.case.creditors if not is_financial_institution_debt(c)]
    return [_creditor_row(c, i, ctx.case) for i, c in enumerate(others, 1)]


def _rows_assets(ctx: FillContext) -> list[Row]:
    return [_asset_row(a, i) for i, a in enumerate(ctx.case.assets, 1)]


def _rows_income_records(ctx: FillContext) -> list[Row]:
    return [
        {
            "index": str(i),
            "period": period_text(r.period_from, r.period_to),
            "kind": income_kind_text(r.kind, r.kind_detail, "zh-TW"),
            "source": r.source
            + (f"（每月平均 {money(r.monthly_average)} 元）" if r.monthly_average is not None else ""),
            "amount": money(record_total(r)),
        }
        for i, r in enumerate(ctx.case.income.records, 1)
    ]


def _rows_monthly_income(ctx: FillContext) -> list[Row]:
    return [
        {
            "index": str(i),
            "kind": income_kind_text(m.kind, m.kind_detail, "zh-TW"),
            "source": m.source + ("（現金收入）" if m.paid_in_cash else ""),
            "amount": money(m.amount),
        }
        for i, m in enumerate(ctx.case.income.monthly, 1)
    ]


def _rows_expenses(ctx: FillContext) -> list[Row]:
    case = ctx.case
    f = ctx.figures
    if case.expenses.mode is not None and case.expenses.mode.value == "itemized":
        return [
            {
                "index": str(i),
                "category": expense_category_text(e.category, e.category_detail, "zh-TW"),
                "monthly": money(e.monthly),
                "two_years": money(e.monthly * 24 if e.monthly is not None else None),
                "note": e.note,
            }
            for i, e in enumerate(case.expenses.items, 1)
        ]
    if f.debtor_standard_expense is None:
        return []
    return [
        {
            "index": "1",
            "category": "必要生活費用（第64條之2標準）",
            "monthly": money(f.debtor_standard_expense),
            "two_years": money(f.debtor_standard_expense * 24),
            "note": f"最低生活費 {money(f.living.monthly)} 元 × 1.2",
        }
    ]


def _dependent_monthly(ctx: FillContext, index: int) -> tuple[str, str]:
    """What the statement prints as a dependent's monthly support, and a note: the amount entered, else the
    Art. 64-2 standard share the figures computed (so the row, its total and the 扶養費 box agree)."""
    d = ctx.case.dependents[index]
    if d.monthly_amount is not None or not d.supported:
        return money(d.monthly_amount), ""
    computed = ctx.figures.dependent_amounts.get(index)
    if computed is None or computed.standard is None:
        return "", ""
    return money(computed.standard), "依第64條之2標準計算"


def _rows_dependents(ctx: FillContext) -> list[Row]:
    rows = []
    for i, d in enumerate(ctx.case.dependents, 1):
        monthly, basis = _dependent_monthly(ctx, i - 1)
        rows.append(
            {
                "index": str(i),
                "name": d.name,
                "relationship": d.relationship,
                "birth_date": roc_text(d.birth_date) if d.birth_date else "",
                "national_id": d.national_id,
                "share": d.support_share.strip(),
                "monthly": monthly,
                "supported": "是" if d.supported else "否",
                "note": "；".join(part for part in (basis, d.note) if part),
            }
        )
    return rows


def _rows_own_debtors(ctx: FillContext) -> list[Row]:
    return [
        {
            "index": str(i),
            "name": d.name,
            "address": d.address,
            "amount": money(d.amount),
            "cause": d.cause,
            "kind": d.kind,
            "security": d.security or NONE_TEXT,
            "note": d.note,
        }
        for i, d in enumerate(ctx.case.own_debtors, 1)
    ]


TABLE_SOURCES: dict[str, Callable[[FillContext], list[Row]]] = {
    "creditors": _rows_creditors,
    "other_creditors": _rows_other_creditors,
    "assets": _rows_assets,
    "income_records": _rows_income_records,
    "monthly_income": _rows_monthly_income,
    "expenses": _rows_expenses,
    "dependents": _rows_dependents,
    "own_debtors": _rows_own_debtors,
}


def printable_field(name: str) -> bool:
    """``name`` is the path of a single field of the case that prints by its kind (no binding needed)."""
    return name in single_fields() and kind_of(name) is not Kind.OTHER


def box_value(name: str, ctx: FillContext) -> str:
    """What the box bound to ``name`` prints: its binding, else (a plain case path) the field's value by its
    kind (debtassist.rules.field_text, on paper)."""
    binding = BOX_BINDINGS.get(name)
    if binding is not None:
        return binding(ctx)
    if printable_field(name):  # a question this case does not ask prints nothing, whatever it holds
        return case_field_text(ctx.case, name, "zh-TW", paper=True) if asked(ctx.case, name) else ""
    raise KeyError(name)


def table_rows(source: str, ctx: FillContext) -> list[Row]:
    return TABLE_SOURCES[source](ctx)


from debtassist.forms import plan_bindings as _plan_bindings  # noqa: E402,F401  (registers the 更生方案 bindings)

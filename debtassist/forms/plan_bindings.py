"""Bindings of the 更生方案 form (``court-plan``): the debtor's plan as the court computes it
(debtassist.rules.plan), printed in Traditional Chinese. Registered into the shared binding tables on import."""

from __future__ import annotations

from debtassist.forms.bindings import BOX_BINDINGS, TABLE_SOURCES, FillContext, Row, money
from debtassist.i18n import tr
from debtassist.model.case import Art53Exception, PlanPayee, PlanStart, Route
from debtassist.rules.plan import CourtFigures, PlanResult

START_TEXT = {
    PlanStart.MONTH_AFTER_FINAL: "自認可更生方案之裁定確定之次月起",
    PlanStart.MONTH_AFTER_CERTIFICATE: "自收受認可更生方案裁定確定證明書之次月起",
}
EXCEPTION_TEXT = {
    Art53Exception.HOME_LOAN_CLAUSE: "本方案定有自用住宅借款特別條款",
    Art53Exception.SECURED_SETTLEMENT: "債務人已與其他有擔保或有優先權之債權人成立清償協議",
    Art53Exception.REACH_MINIMUMS: "為達本條例第64條第2項第3款、第4款之最低清償總額",
}


def _court(ctx: FillContext) -> CourtFigures | None:
    court: CourtFigures | None = ctx.figures.court
    return court


def _plan(ctx: FillContext) -> PlanResult | None:
    court = _court(ctx)
    return court.plan if court else None


def _phases(ctx: FillContext) -> str:
    plan = _plan(ctx)
    if plan is None:
        return "（尚未填寫。更生方案應於收受債權表後10日內提出：本條例第53條第1項。）"
    lines = []
    first = 1
    for phase in plan.phases:
        last = first + phase.instalments - 1
        lines.append(
            f"第{first}期至第{last}期，每期清償 {money(phase.amount)} 元，計 {money(phase.total)} 元"
            if last > first
            else f"第{first}期清償 {money(phase.amount)} 元"
        )
        first = last + 1
    if plan.yearly_extra_count:
        month = ctx.case.plan.yearly_extra_month
        when = f"每年{month}月" if month else "每年"
        lines.append(
            f"另於{when}增額清償 {money(plan.yearly_extra)} 元，共 {plan.yearly_extra_count} 次，"
            f"計 {money(plan.yearly_extra * plan.yearly_extra_count)} 元"
        )
    return "\n".join(lines)


def _total(ctx: FillContext) -> str:
    plan = _plan(ctx)
    return money(plan.total) if plan else ""


def _base(ctx: FillContext) -> str:
    plan = _plan(ctx)
    return money(plan.base) if plan else ""


def _percent(ctx: FillContext) -> str:
    plan = _plan(ctx)
    if plan is None or plan.percent_repaid is None:
        return ""
    return f"{plan.percent_repaid}%（總清償金額 ÷ 無擔保及無優先權債權總額，小數第二位以下捨去）"


def _method(ctx: FillContext) -> str:
    plan = _plan(ctx)
    if plan is None:
        return ""
    p = ctx.case.plan
    parts = [
        f"{START_TEXT[p.start]}，以{plan.interval_months}個月為1期，共{sum(x.instalments for x in plan.phases)}期"
    ]
    if p.payment_day:
        parts.append(f"每期於{p.payment_day}日前給付")
    if p.payee is PlanPayee.VIA_LARGEST:
        largest = ctx.figures.largest_creditor.name or "最大債權金融機構"
        parts.append(f"由{largest}統一辦理收款及撥付款項（施行細則第26條第2項）")
    elif p.payee is PlanPayee.DIRECT:
        parts.append("按附表所列金額分別向各債權人給付")
    return "，".join(parts) + "。"


def _term(ctx: FillContext) -> str:
    plan = _plan(ctx)
    if plan is None:
        return ""
    years, months = divmod(plan.months, 12)
    span = f"{years}年" + (f"{months}個月" if months else "")
    text = f"自認可更生方案之裁定確定之翌日起 {plan.months} 個月（{span}）內清償完畢。"
    if plan.art53_exception is not None:
        text += f"逾6年之理由（本條例第53條第2項第3款但書、施行細則第27條）：{EXCEPTION_TEXT[plan.art53_exception]}。"
    return text


def _computation(ctx: FillContext) -> str:
    """Each test with its article and its arithmetic (Rules Art. 26 I: the plan states how the amount is
    computed)."""
    plan = _plan(ctx)
    court = _court(ctx)
    if plan is None or court is None:
        return ""
    lines = []
    for number, test in enumerate(plan.tests, 1):
        article = tr(f"rule.{test.rule}", "zh-TW")
        name = tr(f"plan.test.{test.key}", "zh-TW")
        computation = test.because.text("zh-TW") if test.because else ""
        if test.passes is None:
            verdict = "（資料不足，未能計算）"
        elif test.passes:
            verdict = "（符合）"
        elif test.shortfall is not None:
            verdict = f"（未達，差 {money(test.shortfall)} 元）"
        else:
            verdict = "（未符合）"
        lines.append(f"{number}. {name}（{article}）：{computation}{verdict}")
    if court.surplus_two_years is not None and court.window is not None:
        lines.append(
            f"註：聲請前二年為{window_text(court.window)}（依聲請日往前計算24個月），"
            f"可處分所得 {money(court.window_income)} 元。"
        )
    return "\n".join(lines)


def _distribution(ctx: FillContext) -> list[Row]:
    plan = _plan(ctx)
    if plan is None:
        return []
    rows = []
    for index, share in enumerate(plan.distribution, 1):
        per = "／".join(money(a) for a in share.per_instalment)
        if plan.yearly_extra_count:
            per += f"（年增額 {money(share.yearly_extra)}）"
        rows.append(
            {
                "index": str(index),
                "name": share.name,
                "claim": money(share.claim),
                "share": f"{float(share.share) * 100:.2f}%",
                "per_instalment": per,
                "total": money(share.total),
            }
        )
    return rows


def window_text(window: tuple[str, str]) -> str:
    """("113/12", "115/11") -> 「民國113年12月至115年11月」."""

    def month(text: str) -> str:
        year, _, mm = text.partition("/")
        return f"{year}年{int(mm)}月" if mm.isdigit() else text

    return f"民國{month(window[0])}至{month(window[1])}"


def _two_year_window(ctx: FillContext) -> str:
    court = _court(ctx)
    if court is None or court.window is None:
        return ""
    if ctx.case.route is Route.BANK_NEGOTIATION:
        return f"申請前二年：{window_text(court.window)}（依申請日往前計算24個月）"
    return f"聲請前二年：{window_text(court.window)}（依聲請日往前計算24個月）"


def _suggested(ctx: FillContext) -> str:
    court = _court(ctx)
    suggested = court.suggested_plan if court else None
    if suggested is None or suggested.monthly is None or suggested.binding is None:
        return ""
    return f"{suggested.months}期，每期 {money(suggested.monthly)} 元，總額 {money(suggested.total)} 元"


BOX_BINDINGS.update(
    {
        "figures.two_year_window": _two_year_window,
        "figures.suggested_plan": _suggested,
        "plan.phases": _phases,
        "plan.total": _total,
        "plan.unsecured_total": _base,
        "plan.percent_repaid": _percent,
        "plan.method": _method,
        "plan.term": _term,
        "plan.computation": _computation,
    }
)
TABLE_SOURCES["plan_distribution"] = _distribution

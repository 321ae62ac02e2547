"""The filing itself, laid out as a pleading rather than a fixed form: the court petition (聲請狀 for court
mediation, rehabilitation and liquidation), the township mediation application (addressed to the committee)
and the bank pre-negotiation application (前置協商申請書).

What it states follows 民事訴訟法 §116 (parties with address, legal representative and agent, the matter, the
request, the facts and reasons, evidence, 附屬文件及其件數, the court, the date) and the 民事訴訟書狀規則
(A4, horizontal, recommended 14–20 pt running text). Practice closes with 謹狀 / 臺灣○○地方法院 民事庭 公鑒 /
具狀人 (signature or seal by hand, §117) / the date [S]. The Judicial Yuan's model layout is unconfirmed, so
the pages say 「版面依法定應記載事項重建」.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.bindings import FillContext, money, role
from debtassist.forms.draw import draw_lines, pt_top, pt_x
from debtassist.forms.fit import LEADING, MM, fit, prepare, wrap
from debtassist.forms.flow import LEFT, RIGHT, Flow
from debtassist.forms.fonts import REGULAR, GlyphProblem
from debtassist.forms.layout import FilledRect, PageJob
from debtassist.forms.plan_bindings import window_text
from debtassist.model.case import Case, PriorStepKind, Route
from debtassist.reference.courts import court_by_name
from debtassist.rules.exhibits import Exhibit, exhibit_for
from debtassist.rules.figures import MEDIATION_FEE_GRACE_DAYS, is_financial_institution_debt
from debtassist.rules.prerequisite import home_loan_choice_asked, prior_step
from debtassist.rules.rocdate import roc_long_text
from debtassist.rules.routes import is_proceeding, route_spec

#: Running text size: 民事訴訟書狀規則 Art. 3 recommends 14–20 pt for computer-written pleadings.
TEXT = 14.0
PARTY = 12.0  # the party block table
TITLE = 18.0
PLAN_TITLE = "更生方案"  # the title of the court-plan form (resources/forms/defs/court-plan.json)
STATUS_NOTE = "版面依法定應記載事項重建，非官方格式"
BLANK_DATE = "中華民國　　　年　　　月　　　日"

MATTER = {
    Route.COURT_MEDIATION: "為聲請消費者債務清理前置調解事：",
    Route.TOWNSHIP_MEDIATION: "為聲請消費者債務清理調解事：",
    Route.REHABILITATION: "為聲請更生事：",
    Route.LIQUIDATION: "為聲請清算事：",
    Route.BANK_NEGOTIATION: "為請求消費者債務清理前置協商事：",
}
REQUEST = {
    Route.COURT_MEDIATION: "請准予就聲請人之債務進行消費者債務清理前置調解。",
    Route.TOWNSHIP_MEDIATION: "請准予就聲請人與債權人間之債務進行調解。",
    Route.REHABILITATION: "聲請人請准予更生。",
    Route.LIQUIDATION: "聲請人請准予清算。",
    Route.BANK_NEGOTIATION: (
        "請貴行依消費者債務清理條例第151條第1項，與全體債權金融機構進行前置協商，共同協商債務清償方案。"
    ),
}


def addressee(case: Case) -> str:
    """The closing addressee: the court's 民事庭 from the court table, the committee, or the bank."""
    if case.route is Route.TOWNSHIP_MEDIATION:
        return case.venue.strip() or "○○市○○區調解委員會"
    court = court_by_name(case.venue) if case.venue.strip() else None
    if court is not None:
        return court.addressee
    return f"{case.venue.strip() or '臺灣○○地方法院'} 民事庭"


@dataclass
class Writer:
    flow: Flow
    ctx: FillContext

    def text(self, text: str, size: float = TEXT, bold: bool = False, align: str = "left") -> None:
        self.flow.paragraph(text, size=size, bold=bold, space=1.0, align=align)  # type: ignore[arg-type]

    def heading(self, text: str) -> None:
        if self.flow.jobs and self.flow.y + 30 > 282:
            self.flow._page()
        self.flow.y += 1.5
        self.flow.paragraph(text, size=TEXT, bold=True, space=1.0)

    def item(self, label: str, text: str, size: float = TEXT) -> None:
        """A numbered item with a hanging indent: 「一、」 at the left, the text beside it."""
        indent = len(label) * size / MM + 1.0
        prepared = prepare(text, self.flow.section)
        self.flow.glyphs.extend(prepared.problems)
        width = (RIGHT - LEFT - indent) * MM
        lines = wrap(prepared.units, width, size)
        per_line = size * LEADING / MM
        first = True
        while lines:
            job = self.flow._room(per_line)
            room = max(1, int((282 - self.flow.y) // per_line))
            chunk, lines = lines[:room], lines[room:]
            y = self.flow.y
            head = label if first else ""

            def op(canvas: Canvas, chunk: list = chunk, y: float = y, head: str = head) -> None:  # type: ignore[type-arg]
                canvas.setFillColor(black)
                if head:
                    canvas.setFont(REGULAR, size)
                    canvas.drawString(pt_x(LEFT), pt_top(y) - size * 0.88, head)
                draw_lines(canvas, chunk, pt_x(LEFT + indent), pt_top(y), width, size)

            job.ops.append(op)
            shown = "".join(u[0] for line in chunk for u in line)
            job.filled.append(FilledRect("item", LEFT, y, RIGHT - LEFT, len(chunk) * per_line, head + shown))
            self.flow.y += len(chunk) * per_line
            first = False
        self.flow.y += 1.0

    def keep(self, height_mm: float) -> None:
        """Start a new page unless ``height_mm`` still fits (keeps the closing block together)."""
        if self.flow.y + height_mm > 282:
            self.flow._page()


def _party_rows(case: Case) -> list[list[str]]:
    a = case.applicant
    who = role(case.route)
    details = [f"國民身分證統一編號：{a.national_id}"]
    personal = "　".join(
        p
        for p in (
            f"性別：{a.gender}" if a.gender.strip() else "",
            f"出生日期：{roc_long_text(a.birth_date)}" if a.birth_date else "",
            f"職業：{a.occupation}" if a.occupation.strip() else "",
        )
        if p
    )
    if personal:
        details.append(personal)
    details.append(f"住所（戶籍）：{a.registered_address}")
    details.append(f"居所：{a.residence_address.strip() or '同住所'}")
    if a.mailing_address.strip():
        details.append(f"送達處所：{a.mailing_address}")
    phones = "、".join(p for p in (a.phone.strip(), a.mobile.strip()) if p)
    details.append(f"電話：{phones}")
    if a.email.strip():
        details.append(f"電子郵件：{a.email}")
    rows = [[who, a.name, "\n".join(details)]]
    f = case.filing
    for title, person in (
        ("法定代理人", f.legal_representative),
        ("代理人", f.agent),
        ("送達代收人", f.service_recipient),
    ):
        if not person.name.strip():
            continue
        lines = []
        if person.role.strip():
            lines.append(("關係：" if title == "法定代理人" else "") + person.role)
        if person.address.strip():
            lines.append(("送達處所：" if title == "送達代收人" else "住所：") + person.address)
        if person.phone.strip():
            lines.append(f"電話：{person.phone}")
        rows.append([title, person.name, "\n".join(lines)])
    if case.route is Route.BANK_NEGOTIATION:
        return rows
    rows.append(
        [
            "相對人\n（債權人）",
            "詳如債權人清冊",
            f"共{_creditor_count(case)}人，姓名或名稱及地址詳如債權人清冊",
        ]
    )
    return rows


def _creditor_count(case: Case) -> int:
    from debtassist.rules.figures import creditor_key

    return len({creditor_key(c.name) or c.id for c in case.creditors})


def _prerequisite(case: Case, items: list[Exhibit]) -> str:
    """The Art. 151 sentence of a rehabilitation or liquidation petition."""
    if not any(is_financial_institution_debt(c) for c in case.creditors):
        return "聲請人未積欠金融機構債務，無須依消費者債務清理條例第151條第1項先行協商或調解。"
    step = prior_step(case)
    day = roc_long_text(step.day) if step.day else BLANK_DATE
    number = f"（案號：{step.case_number}）" if step.case_number else ""
    if step.kind is PriorStepKind.BANK_NEGOTIATION:
        proof = exhibit_for(items, "negotiation_failure_notice")
        body = step.body or case_largest(case) or "最大債權金融機構○○○"
        return (
            f"聲請人前依消費者債務清理條例第151條第1項向{body}請求前置協商{number}，"
            f"於{day}協商不成立，有協商不成立通知書可證（{_cite(proof)}）。"
        )
    if step.is_mediation:
        proof = exhibit_for(items, "mediation_failure_certificate")
        what = "法院" if step.kind is PriorStepKind.COURT_MEDIATION else "調解委員會"
        body = step.body or ("臺灣○○地方法院" if what == "法院" else "○○市○○區調解委員會")
        text = (
            f"聲請人前依消費者債務清理條例第151條第1項向{body}聲請債務清理之調解{number}，"
            f"於{day}調解不成立，有調解不成立證明書可證（{_cite(proof)}）。"
        )
        if step.kind is PriorStepKind.COURT_MEDIATION and step.day and case.filing_date:
            days = (case.filing_date - step.day).days
            if 0 <= days <= MEDIATION_FEE_GRACE_DAYS:
                text += "本件係於法院調解不成立之日起二十日內聲請，依同條例第153條之1第2項，不另徵收聲請費。"
        return text
    return (
        "聲請人未曾依消費者債務清理條例第151條第1項請求前置協商或聲請調解，"
        "依同條例施行細則第42條之1第1項，本件聲請視為法院調解之聲請。"
    )


def case_largest(case: Case) -> str:
    """The largest creditor the user confirmed, for a bank negotiation whose bank was not named."""
    chosen = case.largest_creditor.creditor_id
    return next((c.name for c in case.creditors if c.id == chosen), "") if chosen else ""


def _cite(exhibit: Exhibit | None) -> str:
    if exhibit is None:
        return "後補"
    return exhibit.label if exhibit.number is not None else "後補"


def _facts(ctx: FillContext, items: list[Exhibit]) -> list[str]:
    case, f = ctx.case, ctx.figures
    route = case.route
    who = role(route)
    statement = "財產及收支狀況說明書" if route is Route.BANK_NEGOTIATION else "財產及收入狀況說明書"
    part_business = "第四項" if route is Route.BANK_NEGOTIATION else "第二部分"
    part_expense = "第五項" if route is Route.BANK_NEGOTIATION else "第四部分"
    out = [
        f"{who}為消費者債務清理條例第2條所稱之消費者，最近五年內未從事營業活動或營業額平均每月在新臺幣"
        f"二十萬元以下（詳{statement}{part_business}）。"
    ]
    hardship = case.filing.hardship.strip()
    cannot_pay = f"{who}有不能清償債務或有不能清償之虞之情事。"
    out.append(cannot_pay + (f"其原因，依{who}自述如下：\n{hardship}" if hardship else ""))
    largest = f.largest_creditor.name
    overview = (
        f"{who}現有財產總額新臺幣{money(f.total_assets)}元；債務總額新臺幣{money(f.total_debt)}元"
        f"（無擔保債務{money(f.unsecured_debt)}元、有擔保債務{money(f.secured_debt)}元），"
        f"債權人共{_creditor_count(case)}人"
        + (f"，最大債權金融機構為{largest}" if largest else "")
        + f"。每月收入新臺幣{money(f.monthly_income)}元，"
        f"每月必要生活費用新臺幣{money(f.debtor_necessary_expense)}元"
        f"（詳{statement}{part_expense}）。"
    )
    if f.monthly_income is None or f.debtor_necessary_expense is None:
        overview = overview.replace("新臺幣元", "（未填）")
    out.append(overview)
    pending = [c for c in case.creditors if c.enforcement.pending]
    if pending:
        out.append(
            "目前有下列強制執行（含扣薪）程序："
            + "；".join(
                f"{c.enforcement.court} {c.enforcement.case_number}（債權人：{c.name}）".replace("  ", " ")
                for c in pending
            )
            + "。"
        )
    else:
        out.append(
            "目前無債權人對聲請人聲請強制執行。" if who == "聲請人" else "目前無債權人對申請人聲請強制執行。"
        )
    if is_proceeding(route):
        out.append(_prerequisite(case, items))
    if route is Route.REHABILITATION:
        out.append(
            f"聲請人無擔保及無優先權之債務總額為新臺幣{money(f.unsecured_non_priority_debt)}元，"
            "未逾新臺幣一千二百萬元（消費者債務清理條例第42條第1項）。"
        )
        out.extend(_court_figures(ctx, items))
    elif route is Route.LIQUIDATION:
        out.extend(_court_figures(ctx, items))
    forms = "、".join(e.title for e in items if e.number is not None and not e.attachment_id)
    if route is Route.COURT_MEDIATION:
        out.append(
            f"爰依消費者債務清理條例第151條第1項聲請調解，檢附{forms}，並按債權人人數提出繕本"
            f"（同條第2項）；聲請費新臺幣1,000元依同條例第153條之1第1項繳納。"
        )
    elif route is Route.TOWNSHIP_MEDIATION:
        out.append(
            f"爰依消費者債務清理條例第151條第1項聲請調解，檢附{forms}，並按債權人人數提出繕本（同條第2項）。"
        )
    elif route is Route.BANK_NEGOTIATION:
        out.append(f"爰依消費者債務清理條例第151條第1項以書面請求協商，檢附{forms}。")
    else:
        fee = f.court_fee
        tail = f"；聲請費新臺幣{money(fee)}元依同條例第6條第1項繳納" if fee else ""
        article = "第43條" if route is Route.REHABILITATION else "第81條"
        out.append(f"爰依消費者債務清理條例{article}檢附{forms}{tail}。")
    return out


def _window(ctx: FillContext) -> str:
    court = ctx.figures.court
    if court is None or court.window is None:
        return "聲請前二年（聲請日期未填，無從計算）"
    return f"聲請前二年（{window_text(court.window)}，依聲請日往前計算24個月）"


def _liquidation_value(ctx: FillContext, article: str = "") -> str:
    """The liquidation value: the assets less those excluded or hard to sell and less what secured creditors take."""
    court = ctx.figures.court
    assert court is not None
    left_out = [i for i in court.liquidation_items if i.excluded]
    secured = sum(min(i.value, i.secured) for i in court.liquidation_items if not i.excluded)
    parts = [f"財產{len(court.liquidation_items)}項"] if court.liquidation_items else ["未列財產"]
    if left_out:
        parts.append(
            f"扣除不易變價或不屬清算財團之財產{len(left_out)}項（{money(sum(i.value for i in left_out))}元）"
        )
    if secured:
        parts.append(f"扣除有擔保債權人就擔保物可受償之{money(secured)}元")
    if article:
        parts.append(article)
    return f"清算價值為新臺幣{money(court.liquidation_value)}元（{'；'.join(parts)}）"


def _court_figures(ctx: FillContext, items: list[Exhibit]) -> list[str]:
    """What the court computes, stated with its article (informing, not arguing): for rehabilitation the plan in
    brief, the two-year surplus and the liquidation value (Art. 64 II (3)(4), Art. 64-1); for liquidation the
    liquidation value and the two-year window."""
    court = ctx.figures.court
    if court is None:
        return []
    who = role(ctx.case.route)
    window = _window(ctx)
    income = (
        f"{window}之可處分所得總額為新臺幣{money(court.window_income)}元"
        if court.window_income is not None
        else f"{window}之可處分所得（未填）"
    )
    if ctx.case.route is Route.LIQUIDATION:
        return [
            f"{who}之財產{_liquidation_value(ctx)}，詳財產及收入狀況說明書第一部分。",
            f"{income}，詳財產及收入狀況說明書第三部分。",
        ]
    out = []
    plan = court.plan
    if plan is None:
        out.append(f"{who}將於收受債權表後10日內提出更生方案（消費者債務清理條例第53條第1項）。")
    else:
        exhibit = next((e for e in items if e.title == PLAN_TITLE and not e.attachment_id), None)
        where = f"（{exhibit.label}）" if exhibit is not None and exhibit.number is not None else ""
        count = sum(p.instalments for p in plan.phases)
        percent = f"，清償成數{plan.percent_repaid}%" if plan.percent_repaid is not None else ""
        out.append(
            f"{who}擬具更生方案{where}：{plan.months}個月內分{count}期清償，清償總額新臺幣{money(plan.total)}元"
            f"（無擔保及無優先權債權總額{money(plan.base)}元{percent}），各期金額及計算方式詳更生方案。"
        )
    less = f"扣除{who}及依法應受其扶養者所必要生活費用後之餘額"
    if court.surplus_two_years is None:
        surplus = f"{less}（未能計算）"
    elif court.surplus_two_years < 0:
        # The test counts a negative surplus as 0; the shortfall is stated, never printed as a negative sum.
        surplus = f"{less}為0元（所得低於必要生活費用，差額新臺幣{money(-court.surplus_two_years)}元）"
    else:
        surplus = f"{less}為新臺幣{money(court.surplus_two_years)}元"
    text = (
        f"{income}，{surplus}（消費者債務清理條例第64條第2項第4款）；"
        f"{who}之財產{_liquidation_value(ctx, '同條項第3款')}。"
    )
    best = next((t for t in plan.tests if t.key == "art_64_1"), None) if plan else None
    if plan is not None and best is not None and best.required_amount is not None:
        share = "十分之九" if court.liquidation_value > 0 else "五分之四"
        text += (
            f"依同條例第64條之1，更生方案履行期間（{plan.months}個月）可處分所得扣除必要生活費用後之餘額"
            + ("加計清算價值" if court.liquidation_value > 0 else "")
            + f"之{share}為新臺幣{money(best.required_amount)}元。"
        )
    out.append(text)
    return out


def _bank_declarations(case: Case) -> list[str]:
    """The eligibility declarations a member bank lists (domain §2), from the case's answers."""
    h = case.history
    out = []
    if h.concluded_2006_agreement is False:
        out.append("申請人未曾與金融機構成立中華民國95年度銀行公會債務協商機制之協議。")
    elif h.concluded_2006_agreement:
        out.append("申請人曾成立95年度銀行公會債務協商之協議。")
    else:
        out.append("是否曾成立95年度銀行公會債務協商之協議：（未答）")
    from debtassist.model.case import PreviousNegotiation as P

    previous = {
        P.NONE: "申請人未曾申請前置協商。",
        P.DEEMED_NOT_REQUESTED: "申請人前次申請前置協商經視同未請求協商"
        + (f"（{roc_long_text(h.previous_negotiation_end)}）" if h.previous_negotiation_end else "")
        + "，已逾六個月。",
        P.RETURNED: "申請人前次申請前置協商僅因資格不符或文件不齊而退件。",
        P.CONCLUDED: "申請人曾成立前置協商。",
        P.FAILED: "申請人曾申請前置協商而不成立。",
    }
    out.append(
        previous.get(h.previous_negotiation, "是否曾申請前置協商：（未答）")
        if h.previous_negotiation
        else "是否曾申請前置協商：（未答）"
    )
    out.append("申請人為消費者債務清理條例第2條所稱之消費者，積欠金融機構債務而有不能清償或不能清償之虞。")
    if home_loan_choice_asked(case):
        home = [c for c in case.creditors if c.home_loan and is_financial_institution_debt(c)]
        choice = case.filing.home_loan_choice
        from debtassist.model.case import HomeLoanChoice

        names = "、".join(sorted({c.name for c in home}))
        if choice is HomeLoanChoice.INCLUDE:
            out.append(f"自用住宅借款（{names}）：申請納入本次協商。")
        elif choice is HomeLoanChoice.KEEP_CONTRACT:
            out.append(f"自用住宅借款（{names}）：不納入協商，依原契約繼續繳款。")
        else:
            out.append(f"自用住宅借款（{names}）：□納入協商　□依原契約繼續繳款（請勾選）")
    return out


def pleading_pages(ctx: FillContext, items: list[Exhibit], glyphs: list[GlyphProblem]) -> list[PageJob]:
    """The petition or application as page jobs (kind "pleading"), flowing over as many pages as it needs."""
    case = ctx.case
    route = case.route
    assert route is not None
    title = route_spec(route).title
    flow = Flow("pleading", title)
    w = Writer(flow, ctx)
    w.text(title, size=TITLE, bold=True, align="center")
    if route.is_court:
        w.text("案號：　　　年度　　　字第　　　　號　　承辦股別：　　　（由法院填寫）", size=10.5)
    if route is Route.BANK_NEGOTIATION:
        lc = ctx.figures.largest_creditor
        address = next((c.address for c in case.creditors if c.id in lc.creditor_ids), "")
        w.text(f"受文者：{lc.name or '最大債權金融機構'}" + (f"（{address}）" if address else ""), size=12)
    widths = [24.0, 40.0, 116.0]
    flow.row(
        [
            "稱謂",
            "姓名或名稱",
            "依序填寫：國民身分證統一編號、性別、出生年月日、職業、住居所、送達處所、電話",
        ],
        widths,
        size=10.5,
        header=True,
    )
    for row in _party_rows(case):
        flow.row(row, widths, size=PARTY)
    flow.gap(2)
    w.text(MATTER[route], bold=True)
    w.heading("申請事項" if route is Route.BANK_NEGOTIATION else "聲請事項")
    w.item("一、", REQUEST[route])
    if route is Route.BANK_NEGOTIATION:
        w.heading("申請人聲明事項")
        for i, text in enumerate(_bank_declarations(case), 1):
            w.item(f"{_num(i)}、", text)
    w.heading("調解事由及爭議情形" if route is Route.TOWNSHIP_MEDIATION else "事實及理由")
    for i, text in enumerate(_facts(ctx, items), 1):
        w.item(f"{_num(i)}、", text)
    w.heading("證物名稱及件數")
    enclosed = [e for e in items if e.number is not None]
    for e in enclosed:
        w.item("", e.line)
    later = [e for e in items if e.number is None]
    if later:
        w.text("尚待補正（後補）：", bold=True)
        for e in later:
            w.item("", e.line)
    # The closing block stays together on one page.
    signers = _signers(case)
    w.keep(24 + len(signers) * 20)
    flow.gap(3)
    w.text("謹　狀" if route is not Route.BANK_NEGOTIATION else "此　致")
    if route is Route.BANK_NEGOTIATION:
        w.text(f"{ctx.figures.largest_creditor.name or '最大債權金融機構'}　台照")
    else:
        w.text(f"{addressee(case)}　公鑒")
    date_text = roc_long_text(case.filing_date) if case.filing_date else BLANK_DATE
    w.text(date_text)
    for label, name in signers:
        _signature(w, label, name)
    _status_mark(flow)
    glyphs.extend(flow.glyphs)
    return flow.jobs


def _num(n: int) -> str:
    from debtassist.rules.exhibits import numeral

    return numeral(n)


def _signers(case: Case) -> list[tuple[str, str]]:
    f = case.filing
    out = [("具狀人" if case.route is not Route.BANK_NEGOTIATION else "申請人", case.applicant.name)]
    if f.legal_representative.name.strip():
        out.append(("法定代理人", f.legal_representative.name))
    if f.agent.name.strip():
        out.append(("代理人", f.agent.name))
    if f.preparer.strip():
        out.append(("撰狀人", f.preparer))
    return out


def _signature(w: Writer, label: str, name: str) -> None:
    """「具狀人　王小明」 with a blank space beside it to sign or seal by hand (§117)."""
    flow = w.flow
    job = flow._room(18)
    y = flow.y + 2
    text = f"{label}　{name}"
    prepared = prepare(text, flow.section)
    flow.glyphs.extend(prepared.problems)
    # Name and label between 60 mm and the seal box at 150 mm; shrunk (not below 10 pt) or wrapped to fit.
    fitted = fit(prepared, 86 * MM, 14 * MM, 10, TEXT, True)

    def op(canvas: Canvas, y: float = y) -> None:
        canvas.setFillColor(black)
        draw_lines(canvas, fitted.lines, pt_x(60), pt_top(y + 1.5), 86 * MM, fitted.size, "right")
        canvas.setStrokeColor(Color(0.6, 0.6, 0.6))
        canvas.setDash(2, 2)
        canvas.rect(pt_x(150), pt_top(y + 15), 38 * MM, 15 * MM, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(Color(0.45, 0.45, 0.45))
        canvas.drawCentredString(pt_x(169), pt_top(y + 14), "簽名或蓋章")

    job.ops.append(op)
    job.filled.append(FilledRect("signature", 60, y, 130, 16, text))
    flow.y = y + 18


def _status_mark(flow: Flow) -> None:
    for job in flow.jobs:

        def op(canvas: Canvas) -> None:
            canvas.setFillColor(Color(0.3, 0.3, 0.3))
            canvas.setFont(REGULAR, 7)
            canvas.drawString(pt_x(12), pt_top(291), f"{flow.section}　{STATUS_NOTE}")

        job.ops.append(op)


def mark_exhibit(jobs: list[PageJob], items: list[Exhibit], title: str) -> None:
    """Print the form's exhibit number (附件一…) at the top right of its first page, as the petition's
    證物名稱及件數 lists it (民事訴訟書狀規則 Art. 4 asks that attachments be marked with their numbers)."""
    exhibit = next(
        (e for e in items if e.title == title and not e.attachment_id and e.number is not None), None
    )
    if exhibit is None or not jobs:
        return
    label = exhibit.label

    def op(canvas: Canvas) -> None:
        canvas.setFillColor(black)
        canvas.setFont(REGULAR, 11)
        canvas.drawRightString(pt_x(195), pt_top(10.5), label)

    jobs[0].ops.append(op)
    jobs[0].filled.append(FilledRect("exhibit_mark", 170, 6.5, 25, 5, label))

"""The cover sheet: who applies, which route, where and how to send it, what is inside (with page numbers),
the attachment checklist with what is missing, copies, fees, deadlines, and characters that needed help."""

from __future__ import annotations

from datetime import date, timedelta

from debtassist.forms.bindings import FillContext
from debtassist.forms.flow import Flow
from debtassist.forms.fonts import GlyphProblem
from debtassist.forms.layout import PageJob
from debtassist.forms.names import document_name, place_name
from debtassist.i18n import Lang, tr
from debtassist.model.case import AttachmentStatus, Route
from debtassist.reference.courts import court_by_name
from debtassist.rules.exhibits import Exhibit
from debtassist.rules.figures import claim, creditor_key, is_financial_institution_debt
from debtassist.rules.rocdate import roc_long_text, roc_text
from debtassist.rules.routes import route_spec
from debtassist.rules.validators import mask_national_id

NEGOTIATION_START_DAYS = 30  # Art. 153
NEGOTIATION_SUCCESS_DAYS = 90


def _d(value: date | None, lang: Lang) -> str:
    if value is None:
        return "—"
    return roc_long_text(value) if lang == "zh-TW" else f"{value.isoformat()} (ROC {roc_text(value)})"


def copies_needed(ctx: FillContext) -> int:
    """The original plus one copy per creditor (Art. 151 II; Art. 43 VI). On the bank route the creditors of
    the negotiation are the financial institutions (the others are not part of it), so only they count."""
    creditors = ctx.case.creditors
    if ctx.case.route is Route.BANK_NEGOTIATION:
        creditors = [c for c in creditors if is_financial_institution_debt(c)]
    return 1 + len({creditor_key(c.name) or c.id for c in creditors})


def build_cover(
    ctx: FillContext,
    lang: Lang,
    contents: list[tuple[str, str]],
    glyphs: list[GlyphProblem],
    draft: bool,
    items: list[Exhibit] | None = None,
    filed_pages: int | None = None,
) -> tuple[list[PageJob], list[GlyphProblem]]:
    """``contents`` is [(document title, page range)] of the filed set; ``items`` the exhibits the petition
    lists."""
    case, report = ctx.case, ctx.report
    f = report.figures
    flow = Flow("cover", tr("packet.cover.section", lang))
    flow.paragraph(tr("packet.cover.title", lang), size=17, bold=True, align="center", space=1)
    route = case.route
    route_text = tr(f"route.{route.value}", lang) if route else "—"
    flow.paragraph(tr("packet.cover.subtitle", lang, route=route_text), size=10, align="center", space=4)

    a = case.applicant
    # 申請人 on the bank route, 聲請人 on the routes filed with a court or a mediation committee.
    side = route_spec(route).party if route else "court"
    party = tr(f"filings.party.{side}", lang)
    flow.heading(tr("packet.cover.who", lang, party=party))
    widths = [45.0, 135.0]
    masked = mask_national_id(a.national_id)
    flow.row([party, f"{a.name} ({masked})" if lang == "en" else f"{a.name}（{masked}）"], widths)
    flow.row([tr("packet.cover.route", lang), route_text], widths)
    flow.row([tr("packet.cover.filing_date", lang), _d(case.filing_date, lang)], widths)
    if route is Route.BANK_NEGOTIATION:
        lc = f.largest_creditor
        address = next((c.address for c in case.creditors if c.id in lc.creditor_ids), "")
        flow.row([tr("packet.cover.send_to", lang), f"{lc.name or '—'}\n{address}"], widths)
        flow.row([tr("packet.cover.how", lang), tr("packet.cover.how_bank", lang)], widths)
        flow.row(
            [tr("filings.cover.check_address_label", lang), tr("filings.cover.check_address", lang)], widths
        )
    elif route is not None:
        flow.row([tr("packet.cover.send_to", lang), _venue_text(ctx, lang)], widths)
        flow.row([tr("packet.cover.how", lang), tr(f"packet.cover.how_{route.value}", lang)], widths)

    flow.heading(tr("packet.cover.contents", lang))
    flow.row([tr("packet.cover.document", lang), tr("packet.cover.pages", lang)], [140.0, 40.0], header=True)
    for title, pages in contents:
        flow.row([document_name(title, lang), pages], [140.0, 40.0])
    filed = filed_pages if filed_pages is not None else _filed_pages(contents)
    flow.paragraph(tr("filings.cover.filed_pages", lang, pages=filed), size=8.5)

    flow.heading(tr("packet.cover.creditors", lang))
    flow.paragraph(tr("packet.cover.creditors_text", lang), size=8.5)
    cols = [8.0, 58.0, 52.0, 24.0, 38.0]
    flow.row(
        [
            "",
            tr("packet.cover.creditor", lang),
            tr("packet.cover.debt", lang),
            tr("packet.cover.amount", lang),
            tr("packet.cover.listed_on", lang),
        ],
        cols,
        header=True,
    )
    for number, creditor in enumerate(case.creditors, 1):
        if route is Route.BANK_NEGOTIATION:
            where = (
                "packet.cover.on_jcic" if is_financial_institution_debt(creditor) else "packet.cover.on_other"
            )
        else:
            where = "packet.cover.on_list"
        kind = tr(f"filings.kind.{creditor.kind.value}", lang) if creditor.kind else ""
        debt = tr(f"filings.debt.{creditor.debt_type.value}", lang) if creditor.debt_type else ""
        flow.row(
            [
                str(number),
                creditor.name,
                "／".join(p for p in (kind, debt, creditor.cause) if p),
                f"{claim(creditor):,}",
                tr(where, lang),
            ],
            cols,
        )

    flow.heading(tr("packet.cover.copies", lang))
    copies = copies_needed(ctx)
    flow.paragraph(tr("packet.cover.copies_text", lang, copies=copies, extra=copies - 1))
    flow.paragraph(
        tr(
            "filings.cover.copies_pages",
            lang,
            pages=filed,
            copies=copies,
            extra=copies - 1,
            total=f"{filed * copies:,}",
        )
    )
    flow.paragraph(tr("filings.cover.sign_first", lang, signer=tr(f"filings.signer.{side}", lang)), bold=True)
    if items:
        enclosed = [e for e in items if e.number is not None and e.attachment_id]
        if enclosed:
            marks = "filings.cover.exhibit_marks" if side == "court" else "filings.cover.exhibit_marks_bank"
            flow.paragraph(tr(marks, lang), size=8.5)

    flow.heading(tr("packet.cover.checklist", lang))
    missing = report.missing_attachments
    # What a missing document leads to, for the chosen route only: a bank, a committee or a court.
    addressee = "township" if route is Route.TOWNSHIP_MEDIATION else side
    consequence = tr(f"filings.cover.missing_consequence.{addressee}", lang)
    flow.paragraph(tr("packet.cover.missing_count", lang, count=len(missing), consequence=consequence))
    cols = [10.0, 62.0, 56.0, 18.0, 34.0]
    flow.row(
        [
            "",
            tr("packet.cover.item", lang),
            tr("packet.cover.obtain", lang),
            tr("packet.cover.form", lang),
            tr("packet.cover.status", lang),
        ],
        cols,
        header=True,
    )
    for item in report.attachments:
        mark = "✓" if item.problem is None else ("×" if item.required else "○")
        if item.status is AttachmentStatus.NOT_APPLICABLE:
            mark = "—"
        level = tr(f"packet.level.{item.level}", lang)
        status = item.problem_text(lang) or tr(f"packet.status.{item.status.value}", lang)
        flow.row(
            [
                mark,
                f"{item.title(lang)}\n({level})" if lang == "en" else f"{item.title(lang)}\n（{level}）",
                item.spec.obtain.text(lang),
                tr(f"packet.form.{item.spec.form}", lang),
                status,
            ],
            cols,
        )

    flow.heading(tr("packet.cover.fees", lang))
    if f.court_fee is None:
        flow.paragraph(tr("packet.cover.fee_none", lang))
    elif route is Route.TOWNSHIP_MEDIATION:
        flow.paragraph(tr("filings.cover.fee_township", lang))
    else:
        flow.paragraph(tr("packet.cover.fee", lang, fee=f"{f.court_fee:,}"))
    for step in f.explain("court_fee", lang) + f.explain("postage_estimate", lang):
        flow.paragraph(("• " if lang == "en" else "・") + step, size=8.5)
    if f.postage_estimate is not None:
        flow.paragraph(tr("packet.cover.postage", lang, postage=f"{f.postage_estimate:,}"))

    flow.heading(tr("packet.cover.deadlines", lang))
    filing = case.filing_date
    if route is Route.BANK_NEGOTIATION and filing:
        flow.paragraph(
            tr(
                "packet.cover.deadline_bank",
                lang,
                start=_d(filing + timedelta(days=NEGOTIATION_START_DAYS), lang),
                success=_d(filing + timedelta(days=NEGOTIATION_SUCCESS_DAYS), lang),
            )
        )
    if route is Route.COURT_MEDIATION:
        flow.paragraph(tr("packet.cover.deadline_mediation", lang))
    # Sorted by date, then title: a set alone would print the lines in a different order on each run.
    windows = sorted(
        {(a.window_start, a.title(lang)) for a in report.attachments if a.window_start},
        key=lambda w: (w[0] or date.min, w[1]),
    )
    for start, title in windows:
        flow.paragraph(tr("packet.cover.deadline_window", lang, title=title, start=_d(start, lang)))
    if filing is None:
        flow.paragraph(tr("packet.cover.no_filing_date", lang))

    if report.errors or report.warnings:
        flow.heading(tr("packet.cover.problems", lang))
        if draft and report.errors:
            flow.paragraph(tr("packet.cover.draft_errors", lang), bold=True)
        for finding in report.errors + report.warnings:
            text = finding.message(lang)
            rule = finding.rule_text(lang)
            line = f"• {text} ({rule})" if lang == "en" else f"・{text}（{rule}）"
            flow.paragraph(line, size=8.5)

    if glyphs:
        flow.heading(tr("packet.cover.glyphs", lang))
        seen: set[tuple[str, str]] = set()
        for g in glyphs:
            if (g.where, g.char) in seen:
                continue
            seen.add((g.where, g.char))
            how = (
                tr("packet.cover.glyph_fallback", lang) if g.fallback else tr("packet.cover.glyph_code", lang)
            )
            if lang == "en":
                flow.paragraph(f"• {place_name(g.where, lang)}: “{g.char}” {g.code_point} — {how}", size=8.5)
            else:
                flow.paragraph(f"・{g.where}：「{g.char}」{g.code_point} — {how}", size=8.5)

    if case.notes.strip():
        flow.heading(tr("filings.cover.not_printed", lang))
        flow.paragraph(tr("filings.cover.notes_not_printed", lang), size=8.5)

    flow.heading(tr("packet.cover.advice", lang))
    flow.paragraph(tr("packet.cover.advice_text", lang), size=8.5)
    return flow.jobs, flow.glyphs


def _filed_pages(contents: list[tuple[str, str]]) -> int:
    """Pages of the filed set, from the last page number in the contents."""
    last = 0
    for _, pages in contents:
        last = max(last, int(pages.split("–")[-1]))
    return last


def _venue_text(ctx: FillContext, lang: Lang) -> str:
    venue = ctx.case.venue.strip()
    if not venue:
        return "—"
    court = court_by_name(venue)
    if court is None:
        return venue
    address = court.address or tr("filings.cover.court_address_unknown", lang)
    return f"{court.name}\n{address}"

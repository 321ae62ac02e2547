"""The cover sheet: who applies, which route, where and how to send it, what is inside (with page numbers),
the attachment checklist with what is missing, copies, fees, deadlines, and characters that needed help."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from debtassist.forms.bindings import FillContext
from debtassist.forms.definition import FormDef
from debtassist.forms.flow import Flow
from debtassist.forms.fonts import GlyphProblem
from debtassist.forms.layout import PageJob
from debtassist.forms.names import document_name, place_name
from debtassist.i18n import Lang, tr
from debtassist.model.case import AttachmentStatus, Route
from debtassist.reference.courts import court_by_name
from debtassist.rules.exhibits import Exhibit
from debtassist.rules.figure_specs import Face, explain, face_specs, figure_spec
from debtassist.rules.figures import claim, creditor_key, is_financial_institution_debt
from debtassist.rules.rocdate import roc_long_text, roc_text
from debtassist.rules.routes import route_spec
from debtassist.rules.validators import mask_national_id

NEGOTIATION_START_DAYS = 30  # Art. 153
NEGOTIATION_SUCCESS_DAYS = 90


def _d(value: date | None, lang: Lang) -> str:
    if value is None:
        return "—"
    return tr("format.date", lang, written=roc_long_text(value), iso=value.isoformat(), roc=roc_text(value))


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
    forms: Sequence[FormDef] = (),
) -> tuple[list[PageJob], list[GlyphProblem]]:
    """``contents`` is [(document title, page range)] of the filed set; ``items`` the exhibits the petition
    lists; ``forms`` the definitions of its forms (which name them in ``lang``). The sections follow one
    another in the order a clerk reads them."""
    route = ctx.case.route
    flow = Flow("cover", tr("packet.cover.section", lang))
    flow.paragraph(tr("packet.cover.title", lang), size=17, bold=True, align="center", space=1)
    route_text = tr(f"route.{route.value}", lang) if route else "—"
    flow.paragraph(tr("packet.cover.subtitle", lang, route=route_text), size=10, align="center", space=4)
    _who_and_where(flow, ctx, lang, route_text)
    filed = filed_pages if filed_pages is not None else _filed_pages(contents)
    _contents(flow, lang, contents, filed, forms)
    _creditors(flow, ctx, lang)
    _copies(flow, ctx, lang, filed, items)
    _checklist(flow, ctx, lang)
    _fees(flow, ctx, lang)
    _deadlines(flow, ctx, lang)
    _problems(flow, ctx, lang, draft)
    _glyph_help(flow, lang, glyphs, forms)
    if ctx.case.notes.strip():
        flow.heading(tr("filings.cover.not_printed", lang))
        flow.paragraph(tr("filings.cover.notes_not_printed", lang), size=8.5)
    flow.heading(tr("packet.cover.advice", lang))
    flow.paragraph(tr("packet.cover.advice_text", lang), size=8.5)
    return flow.jobs, flow.glyphs


def _side(ctx: FillContext) -> str:
    """申請人 on the bank route, 聲請人 on the routes filed with a court or a mediation committee."""
    route = ctx.case.route
    return route_spec(route).party if route else "court"


def _who_and_where(flow: Flow, ctx: FillContext, lang: Lang, route_text: str) -> None:
    case, route = ctx.case, ctx.case.route
    a = case.applicant
    party = tr(f"filings.party.{_side(ctx)}", lang)
    flow.heading(tr("packet.cover.who", lang, party=party))
    widths = [45.0, 135.0]
    masked = mask_national_id(a.national_id)
    flow.row([party, tr("format.note", lang, text=a.name, note=masked)], widths)
    flow.row([tr("packet.cover.route", lang), route_text], widths)
    flow.row([tr("packet.cover.filing_date", lang), _d(case.filing_date, lang)], widths)
    if route is Route.BANK_NEGOTIATION:
        lc = ctx.report.figures.largest_creditor
        address = next((c.address for c in case.creditors if c.id in lc.creditor_ids), "")
        flow.row([tr("packet.cover.send_to", lang), f"{lc.name or '—'}\n{address}"], widths)
        flow.row([tr("packet.cover.how", lang), tr("packet.cover.how_bank", lang)], widths)
        flow.row(
            [tr("filings.cover.check_address_label", lang), tr("filings.cover.check_address", lang)], widths
        )
    elif route is not None:
        flow.row([tr("packet.cover.send_to", lang), _venue_text(ctx, lang)], widths)
        flow.row([tr("packet.cover.how", lang), tr(f"packet.cover.how_{route.value}", lang)], widths)


def _contents(
    flow: Flow, lang: Lang, contents: list[tuple[str, str]], filed: int, forms: Sequence[FormDef]
) -> None:
    flow.heading(tr("packet.cover.contents", lang))
    flow.row([tr("packet.cover.document", lang), tr("packet.cover.pages", lang)], [140.0, 40.0], header=True)
    for title, pages in contents:
        flow.row([document_name(title, lang, forms), pages], [140.0, 40.0])
    flow.paragraph(tr("filings.cover.filed_pages", lang, pages=filed), size=8.5)


def _creditors(flow: Flow, ctx: FillContext, lang: Lang) -> None:
    """Each creditor with where it is listed: on the bank route the JCIC list holds the financial
    institutions and the other-creditors list the rest."""
    flow.heading(tr("packet.cover.creditors", lang))
    flow.paragraph(tr("packet.cover.creditors_text", lang), size=8.5)
    cols = [8.0, 58.0, 52.0, 24.0, 38.0]
    headings = ("creditor", "debt", "amount", "listed_on")
    flow.row(["", *(tr(f"packet.cover.{h}", lang) for h in headings)], cols, header=True)
    bank = ctx.case.route is Route.BANK_NEGOTIATION
    for number, creditor in enumerate(ctx.case.creditors, 1):
        if bank:
            where = (
                "packet.cover.on_jcic" if is_financial_institution_debt(creditor) else "packet.cover.on_other"
            )
        else:
            where = "packet.cover.on_list"
        kind = tr(f"filings.kind.{creditor.kind.value}", lang) if creditor.kind else ""
        debt = tr(f"filings.debt.{creditor.debt_type.value}", lang) if creditor.debt_type else ""
        described = "／".join(p for p in (kind, debt, creditor.cause) if p)
        flow.row([str(number), creditor.name, described, f"{claim(creditor):,}", tr(where, lang)], cols)


def _copies(flow: Flow, ctx: FillContext, lang: Lang, filed: int, items: list[Exhibit] | None) -> None:
    side = _side(ctx)
    flow.heading(tr("packet.cover.copies", lang))
    copies = copies_needed(ctx)
    flow.paragraph(tr("packet.cover.copies_text", lang, copies=copies, extra=copies - 1))
    total = f"{filed * copies:,}"
    flow.paragraph(
        tr("filings.cover.copies_pages", lang, pages=filed, copies=copies, extra=copies - 1, total=total)
    )
    flow.paragraph(tr("filings.cover.sign_first", lang, signer=tr(f"filings.signer.{side}", lang)), bold=True)
    if any(e.number is not None and e.attachment_id for e in items or []):
        marks = "filings.cover.exhibit_marks" if side == "court" else "filings.cover.exhibit_marks_bank"
        flow.paragraph(tr(marks, lang), size=8.5)


def _checklist(flow: Flow, ctx: FillContext, lang: Lang) -> None:
    report = ctx.report
    flow.heading(tr("packet.cover.checklist", lang))
    # What a missing document leads to, for the chosen route only: a bank, a committee or a court.
    addressee = "township" if ctx.case.route is Route.TOWNSHIP_MEDIATION else _side(ctx)
    consequence = tr(f"filings.cover.missing_consequence.{addressee}", lang)
    missing = report.missing_attachments
    flow.paragraph(tr("packet.cover.missing_count", lang, count=len(missing), consequence=consequence))
    cols = [10.0, 62.0, 56.0, 18.0, 34.0]
    headings = ("item", "obtain", "form", "status")
    flow.row(["", *(tr(f"packet.cover.{h}", lang) for h in headings)], cols, header=True)
    for item in report.attachments:
        mark = "✓" if item.problem is None else ("×" if item.required else "○")
        if item.status is AttachmentStatus.NOT_APPLICABLE:
            mark = "—"
        level = tr(f"packet.level.{item.level}", lang)
        status = item.problem_text(lang) or tr(f"packet.status.{item.status.value}", lang)
        title = item.title(lang) + "\n" + tr("format.paren", lang, text=level)
        flow.row(
            [mark, title, item.spec.obtain.text(lang), tr(f"packet.form.{item.spec.form}", lang), status],
            cols,
        )


def _fees(flow: Flow, ctx: FillContext, lang: Lang) -> None:
    """The fees: the cover's figures of the registry (court fee, postage), each said in a sentence, with
    their trails."""
    f = ctx.report.figures
    fee, postage = (figure_spec(name).value(f) for name in ("court_fee", "postage_estimate"))
    flow.heading(tr("packet.cover.fees", lang))
    if fee is None:
        flow.paragraph(tr("packet.cover.fee_none", lang))
    elif ctx.case.route is Route.TOWNSHIP_MEDIATION:
        flow.paragraph(tr("filings.cover.fee_township", lang))
    else:
        flow.paragraph(tr("packet.cover.fee", lang, fee=f"{fee:,}"))
    for spec in face_specs(Face.COVER):
        for step in explain(spec, f, lang):
            flow.paragraph(tr("format.bullet", lang, text=step), size=8.5)
    if postage is not None:
        flow.paragraph(tr("packet.cover.postage", lang, postage=f"{postage:,}"))


def _deadlines(flow: Flow, ctx: FillContext, lang: Lang) -> None:
    route, filing = ctx.case.route, ctx.case.filing_date
    flow.heading(tr("packet.cover.deadlines", lang))
    if route is Route.BANK_NEGOTIATION and filing:
        start = _d(filing + timedelta(days=NEGOTIATION_START_DAYS), lang)
        success = _d(filing + timedelta(days=NEGOTIATION_SUCCESS_DAYS), lang)
        flow.paragraph(tr("packet.cover.deadline_bank", lang, start=start, success=success))
    if route is Route.COURT_MEDIATION:
        flow.paragraph(tr("packet.cover.deadline_mediation", lang))
    # Sorted by date, then title: a set alone would print the lines in a different order on each run.
    windows = sorted(
        {(a.window_start, a.title(lang)) for a in ctx.report.attachments if a.window_start},
        key=lambda w: (w[0] or date.min, w[1]),
    )
    for window_start, title in windows:
        flow.paragraph(tr("packet.cover.deadline_window", lang, title=title, start=_d(window_start, lang)))
    if filing is None:
        flow.paragraph(tr("packet.cover.no_filing_date", lang))


def _problems(flow: Flow, ctx: FillContext, lang: Lang, draft: bool) -> None:
    report = ctx.report
    if not (report.errors or report.warnings):
        return
    flow.heading(tr("packet.cover.problems", lang))
    if draft and report.errors:
        flow.paragraph(tr("packet.cover.draft_errors", lang), bold=True)
    for finding in report.errors + report.warnings:
        text, rule = finding.message(lang), finding.rule_text(lang)
        flow.paragraph(
            tr("format.bullet", lang, text=tr("format.note", lang, text=text, note=rule)), size=8.5
        )


def _glyph_help(flow: Flow, lang: Lang, glyphs: list[GlyphProblem], forms: Sequence[FormDef]) -> None:
    """Characters the font lacks, once per place and character, with how each was printed."""
    if not glyphs:
        return
    flow.heading(tr("packet.cover.glyphs", lang))
    seen: set[tuple[str, str]] = set()
    for g in glyphs:
        if (g.where, g.char) in seen:
            continue
        seen.add((g.where, g.char))
        how = tr("packet.cover.glyph_fallback", lang) if g.fallback else tr("packet.cover.glyph_code", lang)
        where = place_name(g.where, lang, forms)  # the Chinese place as it is in zh-TW
        flow.paragraph(
            tr("format.glyph", lang, where=where, char=g.char, code_point=g.code_point, how=how), size=8.5
        )


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

"""The "documents to bring" handout: one page for the client with each document still missing or out of date, in
plain words, where to get it, what it costs (only a fee with a source, from ``resources/data/document_fees.json``;
otherwise "ask the office") and the dates between which it must be issued. Laid out with the packet's ``Flow``
(wrapping, fallback fonts, page breaks), so nothing is cut: a long list simply continues on a second page."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib.colors import Color

from debtassist import __version__
from debtassist.forms.draw import new_canvas, pt_top, pt_x
from debtassist.forms.flow import Flow
from debtassist.forms.fonts import REGULAR, GlyphProblem, register_fonts
from debtassist.i18n import Lang, tr
from debtassist.model.case import Case
from debtassist.resources_path import read_text
from debtassist.rules.attachments import AttachmentCheck, attachment_checklist
from debtassist.rules.rocdate import roc_text

LEVELS = ("required", "recommended")


@cache
def document_fees() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(read_text("data", "document_fees.json"))["fees"]
    return data


@dataclass(frozen=True)
class HandoutItem:
    check: AttachmentCheck
    problem: str
    where: str
    cost: str
    when: str


@dataclass(frozen=True)
class Handout:
    pdf: bytes
    pages: int
    items: list[HandoutItem]
    glyphs: list[GlyphProblem]


def _cost(check: AttachmentCheck, lang: Lang) -> str:
    fee = document_fees().get(check.id)
    if not fee:
        return tr("desk.handout.cost_unknown", lang)
    per = f" {fee['per'][lang]}" if fee.get("per") else ""
    return f"NT${fee['amount']:,}{per}\n({fee['source']})"


def _when(check: AttachmentCheck, case: Case, lang: Lang) -> str:
    window = check.spec.window
    if window is None:
        return tr("desk.handout.when_any", lang)
    if check.window_start is None:
        months = window.get("issued_within_months", window.get("covers_last_months", 1))
        return tr("desk.handout.when_after", lang, months=months)
    if case.filing_date is not None and "issued_within_months" in window:
        return tr(
            "desk.handout.when_window",
            lang,
            start=roc_text(check.window_start),
            end=roc_text(case.filing_date),
        )
    return tr("desk.handout.when_window_open", lang, start=roc_text(check.window_start))


def handout_items(case: Case, lang: Lang) -> list[HandoutItem]:
    items = []
    for check in attachment_checklist(case):
        if check.problem is None or check.level not in LEVELS:
            continue
        items.append(
            HandoutItem(
                check,
                tr(f"desk.handout.problem.{check.problem}", lang),
                check.spec.obtain.text(lang),
                _cost(check, lang),
                _when(check, case, lang),
            )
        )
    return items


def paren(text: str, lang: Lang) -> str:
    # Full-width brackets in Chinese; plain ones in English, so a closing bracket never pulls a word apart.
    return tr("format.paren", lang, text=text)


def build_handout(case: Case, lang: Lang, today: date) -> Handout:
    """The handout as a PDF (A4)."""
    register_fonts()
    items = handout_items(case, lang)
    flow = Flow("cover", tr("desk.handout.section", lang))  # a generated page, laid out like the cover
    flow.paragraph(tr("desk.handout.title", lang), size=17, bold=True, align="center", space=1)
    route = tr(f"route.{case.route.value}", lang) if case.route else "—"
    flow.paragraph(
        tr("desk.handout.for", lang, name=case.applicant.name or "—", route=route),
        size=11,
        align="center",
        space=3,
    )
    if case.filing_date is not None:
        flow.paragraph(
            tr("desk.handout.filing", lang, filing=roc_text(case.filing_date)), size=10.5, bold=True
        )
    else:
        flow.paragraph(tr("desk.handout.no_filing", lang), size=10)
    flow.paragraph(tr("desk.handout.intro", lang), size=10, space=3)
    widths = [8.0, 52.0, 48.0, 28.0, 44.0]
    flow.row(
        [
            "",
            tr("desk.handout.col_document", lang),
            tr("desk.handout.col_where", lang),
            tr("desk.handout.col_cost", lang),
            tr("desk.handout.col_when", lang),
        ],
        widths,
        size=9.5,
        header=True,
    )
    for number, item in enumerate(items, 1):
        flow.row(
            [
                str(number),
                f"{item.check.title(lang)}\n{paren(item.problem, lang)}",
                item.where,
                item.cost,
                item.when,
            ],
            widths,
            size=9.5,
        )
    if not items:
        flow.paragraph(tr("desk.handout.none", lang), size=10.5)
    if case.lifecycle.label.strip():
        flow.gap(4)
        flow.paragraph(tr("desk.handout.contact", lang, who=case.lifecycle.label.strip()), size=10)

    buffer = io.BytesIO()
    canvas = new_canvas(buffer)
    canvas.setTitle(tr("desk.handout.title", lang))
    canvas.setCreator(f"DebtAssist {__version__}")
    footer = tr("desk.handout.footer", lang, version=__version__, today=roc_text(today))
    total = len(flow.jobs)
    for number, job in enumerate(flow.jobs, 1):
        for op in job.ops:
            op(canvas)
        canvas.setFillColor(Color(0.3, 0.3, 0.3))
        canvas.setFont(REGULAR, 7)
        canvas.drawString(pt_x(15), pt_top(291), footer)
        canvas.drawRightString(pt_x(195), pt_top(291), f"{number}/{total}")
        canvas.showPage()
    canvas.save()
    return Handout(buffer.getvalue(), total, items, flow.glyphs)

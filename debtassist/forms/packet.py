"""The submission packet: cover sheet, the route's forms filled from the case, continuation sheets, and the
copies the law asks for — one PDF, drawn with the bundled font and merged onto the blank forms."""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, IndirectObject, NameObject
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from debtassist import __version__
from debtassist.forms.bindings import FillContext
from debtassist.forms.collector import paused_collection
from debtassist.forms.continuation import continuation_pages
from debtassist.forms.copies import add_shared_copies
from debtassist.forms.cover import build_cover, copies_needed
from debtassist.forms.definition import FormDef, form_definition
from debtassist.forms.draw import PAGE_H, PAGE_W, new_canvas, pt_top, pt_x
from debtassist.forms.editable import (
    attach_values,
    carrier_page,
    define_appearances,
    install_acroform,
)
from debtassist.forms.fill import Continuations, Filler
from debtassist.forms.fonts import BOLD, REGULAR, GlyphProblem, register_fonts
from debtassist.forms.layout import PageJob
from debtassist.forms.merge import merge_overlay
from debtassist.forms.pdffix import fix_fonts
from debtassist.forms.pdfmeta import set_document_identity
from debtassist.forms.pleading import mark_exhibit, pleading_pages
from debtassist.forms.textops import (
    draw_centred_string_in,
    draw_right_string_in,
    draw_string_in,
    set_fill_color,
)
from debtassist.i18n import Lang, tr
from debtassist.model.case import Case, Route
from debtassist.rules.check import CheckReport
from debtassist.rules.exhibits import exhibits
from debtassist.rules.routes import route_spec
from debtassist.rules.safe_text import display_text


def forms_for(route: Route) -> tuple[str, ...]:
    """The forms enclosed after the application or petition (which is laid out as a pleading:
    forms/pleading.py), from the route table (debtassist.rules.routes)."""
    return route_spec(route).packet_forms


@dataclass(frozen=True)
class PacketOptions:
    lang: Lang = "zh-TW"
    draft: bool = False
    duplex: bool = False
    copies: int = 1  # sets in all; 1 = the original only
    editable: bool = False
    forms_dir: Path | None = (
        None  # user-supplied form definitions (and their blanks) that replace bundled ones
    )


@dataclass
class Packet:
    pdf: bytes
    jobs: list[PageJob]  # one per page of the original set, in order (copies repeat them)
    glyphs: list[GlyphProblem]
    copies: int
    pages_per_set: int
    contents: list[tuple[str, str]] = field(default_factory=list)
    forms: tuple[FormDef, ...] = ()  # the definitions used (an agency's where it supplied one)


def _section_ranges(jobs: list[PageJob]) -> list[tuple[str, str]]:
    """(document, pages) of the filed set, numbered from its first page (the cover is not counted)."""
    ranges: dict[str, list[int]] = {}
    for number, job in enumerate(jobs, 1):
        if job.kind == "blank":
            continue
        ranges.setdefault(job.section, []).append(number)
    return [(name, f"{p[0]}–{p[-1]}" if len(p) > 1 else str(p[0])) for name, p in ranges.items()]


def _pad_for_duplex(jobs: list[PageJob], duplex: bool) -> list[PageJob]:
    """With duplex printing, every document starts on a front side: a blank back page is added after a
    document with an odd number of pages."""
    if not duplex:
        return jobs
    out: list[PageJob] = []
    for i, job in enumerate(jobs):
        out.append(job)
        last_of_section = i + 1 == len(jobs) or jobs[i + 1].section != job.section
        count = sum(1 for j in out if j.section == job.section)
        if last_of_section and count % 2 == 1:
            out.append(PageJob("blank", job.section))
    return out


FOOTER_INK = Color(0.3, 0.3, 0.3)
WATERMARK_INK = Color(0.75, 0.1, 0.1, alpha=0.22)
DRAFT_INK = Color(0.75, 0.1, 0.1)
STAMP_INK = Color(0.1, 0.2, 0.6)


def _footer(canvas: Canvas, number: int, total: int, job: PageJob, lang: Lang = "zh-TW") -> None:
    """Filed pages are numbered on their own (第1頁 is the first page the court or bank receives); cover
    pages say they are not filed."""
    set_fill_color(canvas, FOOTER_INK)
    if job.kind == "cover":
        text = tr("filings.cover.footer", lang, page=number, pages=total) + f"　DebtAssist {__version__}"
    else:
        text = f"第 {number} 頁／共 {total} 頁"
    draw_right_string_in(canvas, REGULAR, 7, pt_x(198), pt_top(291), text)
    if job.kind in ("continuation", "blank"):  # forms and pleadings carry their own title and version
        draw_string_in(canvas, REGULAR, 7, pt_x(12), pt_top(291), job.section)
    if job.kind == "blank":
        draw_centred_string_in(canvas, REGULAR, 9, PAGE_W / 2, PAGE_H / 2, "（本頁空白）")


def _watermark(canvas: Canvas, text: str, size: float = 70) -> None:
    canvas.saveState()
    set_fill_color(canvas, WATERMARK_INK)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(45)
    draw_centred_string_in(canvas, BOLD, size, 0, -size / 3, text)
    canvas.restoreState()


def _copy_stamp(canvas: Canvas, copy: int, copies: int) -> None:
    set_fill_color(canvas, STAMP_INK)
    draw_right_string_in(canvas, BOLD, 10, pt_x(198), pt_top(8.5), f"繕本 COPY {copy}/{copies - 1}")


def _draw(jobs: list[PageJob], options: PacketOptions, copies: int) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer)
    canvas.setTitle("DebtAssist packet")
    canvas.setCreator(f"DebtAssist {__version__}")
    cover_pages = sum(1 for job in jobs if job.section == jobs[0].section) if jobs[0].kind == "cover" else 0
    appearance_names: list[str] = []
    for index, job in enumerate(jobs):
        if options.editable:
            appearance_names += define_appearances(canvas, index, job)
        for op in job.ops:
            op(canvas)
        if not options.editable:
            for op in job.field_ops.values():
                op(canvas)
        if index < cover_pages:
            _footer(canvas, index + 1, cover_pages, job, options.lang)
        else:
            _footer(canvas, index + 1 - cover_pages, len(jobs) - cover_pages, job)
        if options.draft:
            _watermark(canvas, "草稿 DRAFT")
            set_fill_color(canvas, DRAFT_INK)
            # searchable, unlike the diagonal
            draw_centred_string_in(canvas, BOLD, 8, PAGE_W / 2, pt_top(6), "草稿 DRAFT")
        canvas.showPage()
    # One stamp page per copy, merged onto the copied pages.
    for copy in range(1, copies):
        _copy_stamp(canvas, copy, copies)
        canvas.showPage()
    if options.editable:
        carrier_page(canvas, appearance_names)
    canvas.save()
    return buffer.getvalue()


def _blank_page(form: FormDef, number: int, keep_fields: bool) -> PageObject:
    """A fresh copy of a blank form page (read anew each time, so that no two packet pages share objects)."""
    page = PdfReader(io.BytesIO(form.blank_bytes())).pages[number - 1]
    if not keep_fields and "/Annots" in page:
        del page["/Annots"]  # the print copy has no fields: never copy the widgets at all
    return page


def _add_copies(
    writer: PdfWriter, jobs: list[PageJob], options: PacketOptions, copies: int, generated: PdfReader
) -> None:
    """Append the copy sets: every page but the cover, as its own new page (never the original's page object),
    with the values drawn on the page (also in an editable packet, whose fields stay in the original) and a
    copy stamp with its number."""
    printed = generated
    if options.editable:
        printed = PdfReader(io.BytesIO(_draw(jobs, replace(options, editable=False), copies)))
    for copy in range(1, copies):
        stamp = printed.pages[len(jobs) + copy - 1]
        for index, job in enumerate(jobs):
            if job.kind == "cover":
                continue
            page = writer.add_blank_page(PAGE_W, PAGE_H)
            if job.kind == "form" and job.form is not None and job.form_page is not None:
                page.merge_page(_blank_page(job.form, job.form_page, keep_fields=False))
            page.merge_page(printed.pages[index])
            page.merge_page(stamp)


def _strip_widgets(writer: PdfWriter) -> None:
    for page in writer.pages:
        annots = page.get("/Annots")
        if annots is None:
            continue
        kept = ArrayObject(a for a in annots.get_object() if a.get_object().get("/Subtype") != "/Widget")
        if kept:
            page[NameObject("/Annots")] = kept
        else:
            del page["/Annots"]
    root = writer._root_object
    if "/AcroForm" in root:
        del root["/AcroForm"]


@paused_collection  # no full collector passes over the growing heap of a build (debtassist.forms.collector)
def build_packet(case: Case, report: CheckReport, options: PacketOptions) -> Packet:
    if case.route is None:
        raise ValueError("a packet needs a route")
    register_fonts()
    ctx = FillContext(case, report)
    continuations = Continuations()
    glyphs: list[GlyphProblem] = []
    filler = Filler(ctx, continuations, glyphs)
    forms = [form_definition(form_id, options.forms_dir) for form_id in forms_for(case.route)]
    if report.figures.court is None or report.figures.court.plan is None:
        # No plan entered yet: the petition says it follows within 10 days of the creditor table (Art. 53 I);
        # an empty 更生方案 is not enclosed.
        forms = [f for f in forms if f.id not in route_spec(case.route).plan_forms]
    items = exhibits(
        [f.title for f in forms],
        ctx.report.attachments,
        {k: s.pieces for k, s in case.attachments.items() if s.pieces is not None},
    )
    pleading = pleading_pages(ctx, items, glyphs)
    body: list[PageJob] = list(pleading)
    for form in forms:
        pages = filler.form(form, form.title)
        mark_exhibit(pages, items, form.title)
        body.extend(pages)
    body.extend(continuation_pages(continuations, filler))
    body = _pad_for_duplex(body, options.duplex)

    # Pages are numbered within the filed set, so the cover's own length does not move any number.
    contents = _section_ranges(body)
    cover, _ = build_cover(ctx, options.lang, contents, glyphs, options.draft, items, len(body), forms)
    jobs = _pad_for_duplex(cover, options.duplex) + body

    copies = max(1, options.copies)
    generated = PdfReader(io.BytesIO(_draw(jobs, options, copies)))
    writer = PdfWriter()
    fields: list[IndirectObject] = []
    carrier = generated.pages[-1]
    for index, job in enumerate(jobs):
        overlay = generated.pages[index]
        if job.kind == "form" and job.form is not None and job.form_page is not None:
            source = _blank_page(job.form, job.form_page, keep_fields=options.editable)
            page = writer.add_page(source)
            merge_overlay(page, overlay)
            if options.editable:
                fields += attach_values(writer, page, index, job, carrier, f"{job.form.id}_{job.form_page}")
        else:
            writer.add_page(overlay)
    set_pages = len(writer.pages)
    if copies > 1 and not options.editable:
        add_shared_copies(writer, jobs, copies, generated)
    elif copies > 1:
        _add_copies(writer, jobs, options, copies, generated)
    if options.editable:
        install_acroform(writer, fields)
    else:
        _strip_widgets(writer)
    fix_fonts(writer)
    # Drop what the stripped widgets left behind and share identical objects (fonts of the same blank used
    # in several copies, repeated resources).
    # (pypdf's duplicate removal loses the blanks' shared field appearances, so the editable copy keeps them.)
    writer.compress_identical_objects(remove_duplicates=not options.editable, remove_unreferenced=True)
    writer.add_metadata(
        {
            "/Title": f"{display_text(case.applicant.name)} — {tr('route.' + case.route.value, 'zh-TW')}",
            "/Creator": f"DebtAssist {__version__}",
            "/Producer": "DebtAssist (ReportLab, pypdf)",
        }
    )
    set_document_identity(writer, case, options)
    out = io.BytesIO()
    writer.write(out)
    for job in jobs:  # drawn: release the drawing closures and the lines they hold (what a page shows stays)
        job.ops.clear()
        job.field_ops.clear()
    return Packet(out.getvalue(), jobs, glyphs, copies, set_pages, contents, tuple(forms))


def default_copies(case: Case, report: CheckReport) -> int:
    return copies_needed(FillContext(case, report))

"""Every bundled example case and every persona without errors makes a packet that passes the PDF checks of
design §3 (structure, fonts, no widgets, text round trip, ink in every box, rendering); personas with errors are
refused by the command line unless ``--draft``, which marks every page. The last section proves that each check
can fail."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from msgspec.structs import replace
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from debtassist.examples import EXAMPLES
from debtassist.forms.definition import form_definition
from debtassist.forms.draw import PAGE_H, PAGE_W
from debtassist.forms.fonts import REGULAR, register_fonts
from debtassist.forms.layout import FilledRect
from debtassist.forms.packet import PacketOptions, build_packet
from debtassist.model.case import Case, Route
from debtassist.model.codec import case_to_json
from tests.pdf import pdfcheck as pc

CLEAN_PERSONAS = sorted(n for n in pc.PERSONAS if not pc.check(pc.persona_case(n)).errors)
ERROR_PERSONAS = sorted(n for n in pc.PERSONAS if pc.check(pc.persona_case(n)).errors)
SUBJECTS = [f"example:{n}" for n in EXAMPLES] + [f"persona:{n}" for n in CLEAN_PERSONAS]
BANK_FORMS = ["bank-statement", "bank-other-creditors", "debtor-list"]
COURT_FORMS = ["court-statement", "court-creditor-list", "debtor-list"]
REHABILITATION_FORMS = ["court-statement", "court-creditor-list-rehabilitation", "debtor-list", "court-plan"]


def subject_case(subject: str) -> Case:
    kind, name = subject.split(":")
    return pc.example_case(name) if kind == "example" else pc.persona_case(name)


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pc.Checked]:
    folder = tmp_path_factory.mktemp("packets")
    return {s: pc.build(subject_case(s), folder / s.replace(":", "-")) for s in SUBJECTS}


def test_the_subjects_cover_examples_and_personas() -> None:
    assert len(EXAMPLES) == 3
    assert len(CLEAN_PERSONAS) >= 8 and len(ERROR_PERSONAS) >= 4, (CLEAN_PERSONAS, ERROR_PERSONAS)


@pytest.mark.parametrize("subject", SUBJECTS)
class TestPacket:
    def test_case_is_clean(self, packets: dict[str, pc.Checked], subject: str) -> None:
        assert [f.code for f in packets[subject].report.errors] == []

    def test_pages_are_cover_then_the_routes_forms(
        self, packets: dict[str, pc.Checked], subject: str
    ) -> None:
        c = packets[subject]
        kinds = [job.kind for job in c.packet.jobs]
        assert kinds[0] == "cover" and kinds.count("blank") == 0
        assert kinds == sorted(kinds, key=["cover", "pleading", "form", "continuation"].index)
        forms = list(dict.fromkeys(job.form.id for job in c.packet.jobs if job.form is not None))
        expected: dict[Route | None, list[str]] = {
            Route.BANK_NEGOTIATION: BANK_FORMS,
            Route.REHABILITATION: REHABILITATION_FORMS,
        }
        court = c.report.figures.court
        if court is None or court.plan is None:  # no plan entered: no empty 更生方案 enclosed
            expected[Route.REHABILITATION] = [f for f in REHABILITATION_FORMS if f != "court-plan"]
        assert forms == expected.get(c.case.route, COURT_FORMS)
        for job in c.packet.jobs:
            if job.form is not None:
                assert 1 <= (job.form_page or 0) <= form_definition(job.form.id).pages
        with pikepdf.open(c.path) as pdf:
            assert len(pdf.pages) == len(c.packet.jobs) == c.packet.pages_per_set
            assert len(c.texts) == len(pdf.pages)

    def test_qpdf_and_pikepdf(self, packets: dict[str, pc.Checked], subject: str) -> None:
        assert pc.qpdf_problems(packets[subject].path) == []

    def test_fonts_embedded_with_unicode_and_unique_subsets(
        self, packets: dict[str, pc.Checked], subject: str
    ) -> None:
        assert pc.font_problems(pc.fonts(packets[subject].path)) == []

    def test_no_widgets_no_acroform(self, packets: dict[str, pc.Checked], subject: str) -> None:
        assert pc.print_copy_problems(packets[subject].packet.pdf) == []

    def test_text_has_every_name_address_and_amount(
        self, packets: dict[str, pc.Checked], subject: str
    ) -> None:
        c = packets[subject]
        values = pc.expected_values(c.case, c.report)
        assert len(values) >= 5
        assert pc.missing_values(c.text, values) == []

    def test_text_has_every_drawn_value(self, packets: dict[str, pc.Checked], subject: str) -> None:
        c = packets[subject]
        assert pc.missing_values(c.text, pc.filled_values(c.packet.jobs)) == []

    def test_no_cjk_radicals(self, packets: dict[str, pc.Checked], subject: str) -> None:
        assert pc.radical_problems(packets[subject].text) == []

    def test_ink_inside_every_filled_box(self, packets: dict[str, pc.Checked], subject: str) -> None:
        c = packets[subject]
        assert sum(len(job.filled) for job in c.packet.jobs) > 30
        assert pc.ink_problems(c.packet.pdf, c.packet.jobs) == []

    def test_every_value_inside_its_own_box(self, packets: dict[str, pc.Checked], subject: str) -> None:
        c = packets[subject]
        assert pc.placement_problems(c.packet.pdf, c.packet.jobs) == []

    def test_forms_agree_with_each_other(self, packets: dict[str, pc.Checked], subject: str) -> None:
        c = packets[subject]
        assert pc.consistency_problems(c.case, c.packet.jobs) == []

    def test_pdftoppm_renders_every_page(self, packets: dict[str, pc.Checked], subject: str) -> None:
        assert pc.render_problems(packets[subject].path) == []

    def test_page_numbers_contents_and_references(self, packets: dict[str, pc.Checked], subject: str) -> None:
        c = packets[subject]
        problems = pc.footer_problems(c.texts, c.packet.pages_per_set)
        problems += pc.contents_problems(c.packet, c.texts)
        problems += pc.reference_problems(c.packet.jobs, c.texts)
        assert problems == []


def test_asset_locations_are_printed(packets: dict[str, pc.Checked]) -> None:
    c = packets["example:parent-mortgage"]
    locations = [(f"assets[{i}].location", a.location) for i, a in enumerate(c.case.assets) if a.location]
    assert ("assets[0].location", "臺中市西屯區福科路386巷7號") in locations
    assert pc.missing_values(c.text, locations) == []


# ---- personas with errors: refused, or a marked draft --------------------------------------------------------------


def write_case(case: Case, folder: Path) -> Path:
    path = folder / "case.json"
    path.write_text(case_to_json(case), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ERROR_PERSONAS)
def test_cli_refuses_a_case_with_errors(name: str, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    code, stdout, stderr = pc.run_cli(
        "packet", str(write_case(pc.persona_case(name), tmp_path)), "-o", str(out)
    )
    assert code == 1, stdout + stderr
    assert not out.exists()
    assert stderr.strip()


@pytest.mark.parametrize("name", ERROR_PERSONAS)
def test_cli_draft_marks_every_page(name: str, tmp_path: Path) -> None:
    case = pc.persona_case(name)
    out = tmp_path / "draft.pdf"
    code, stdout, stderr = pc.run_cli(
        "packet", str(write_case(case, tmp_path)), "-o", str(out), "--draft", "--lang", "zh-TW"
    )
    assert code == 1, stdout + stderr  # docs/forms.md: the exit codes are those of `check`
    texts = pc.page_texts(out)  # PDFium reads the diagonal watermark whole
    unmarked = [n for n, text in enumerate(texts, 1) if pc.DRAFT_WATERMARK not in text]
    assert unmarked == [], f"pages without 草稿 DRAFT: {unmarked}"
    # The draft is still a sound PDF, and its cover says what is wrong.
    problems = pc.qpdf_problems(out) + pc.font_problems(pc.fonts(out)) + pc.render_problems(out)
    problems += pc.print_copy_problems(out.read_bytes())
    assert problems == []
    report = pc.check(case)
    cover = pc.squash("".join(texts[:2]))
    assert any(pc.squash(f.message("zh-TW")) in cover for f in report.errors), "the cover lists no error"


def test_packet_is_reproducible(packets: dict[str, pc.Checked]) -> None:
    c = packets["example:single-cards"]
    assert build_packet(c.case, c.report, PacketOptions()).pdf == c.packet.pdf


def test_cli_makes_the_same_packet_as_the_library(tmp_path: Path) -> None:
    case = pc.example_case("court-private-amc")
    out = tmp_path / "packet.pdf"
    code, stdout, stderr = pc.run_cli("packet", str(write_case(case, tmp_path)), "-o", str(out))
    assert code == 0, stdout + stderr
    built = pc.build(case, tmp_path / "library")
    assert pc.page_texts(out) == built.texts


# ---- the checks themselves can fail ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(packets: dict[str, pc.Checked]) -> pc.Checked:
    return packets["example:court-private-amc"]


def canvas_pdf(draw: str, font: str = REGULAR) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    canvas.setFont(font, 12)
    canvas.drawString(72, 700, draw)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_qpdf_check_catches_a_damaged_file(sample: pc.Checked, tmp_path: Path) -> None:
    damaged = bytearray(sample.packet.pdf)
    xref = damaged.rindex(b"startxref")
    damaged[xref + 10 : xref + 14] = b"9999"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(damaged))
    assert pc.qpdf_problems(broken)


def test_the_font_check_reads_every_page_with_direct_resources(tmp_path: Path) -> None:
    # pdffonts lists the fonts of every page; the check keyed direct objects by the id() of pikepdf's wrapper,
    # which each access makes anew, so every page after the first with direct /Resources was skipped (one font
    # of six found; the shared-tag test below failed now and then for it).
    pdf = pikepdf.new()
    for n in range(6):
        page = pdf.add_blank_page()
        font = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.TrueType, BaseFont=pikepdf.Name(f"/AAAAAA+Face{n}")
        )
        page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    path = tmp_path / "direct.pdf"
    pdf.save(path)
    rows = pc.fonts(path)
    assert sorted(row.name for row in rows) == [f"AAAAAA+Face{n}" for n in range(6)]
    assert any("subset tag AAAAAA+ shared" in p for p in pc.font_problems(rows))  # six objects, one tag


def test_font_check_catches_helvetica_and_shared_subset_tags(tmp_path: Path) -> None:
    standard = tmp_path / "standard.pdf"
    standard.write_bytes(canvas_pdf("Helvetica text", "Helvetica"))
    assert any("not embedded" in p for p in pc.font_problems(pc.fonts(standard)))
    assert any("standard Type 1" in p for p in pc.font_problems(pc.fonts(standard)))
    # Two ReportLab documents both name their first subset AAAAAA+: merged as they are, one tag, two fonts.
    # The readers are kept until the merged file is written: pypdf maps copied objects by id(reader), and a reader
    # freed early could hand its id to the next one, which would then be given the first one's objects.
    writer = PdfWriter()
    readers = [PdfReader(io.BytesIO(canvas_pdf(text))) for text in ("甲乙丙", "丁戊己")]
    for reader in readers:
        writer.add_page(reader.pages[0])
    merged = tmp_path / "merged.pdf"
    with merged.open("wb") as f:
        writer.write(f)
    rows = pc.fonts(merged)
    assert any("shared by font objects" in p for p in pc.font_problems(rows)), rows


def test_flat_check_catches_the_blanks_widgets() -> None:
    blank = form_definition("court-creditor-list").blank_bytes()
    problems = pc.print_copy_problems(blank)
    assert any("/Widget" in p for p in problems) and any("/AcroForm" in p for p in problems)
    assert any("standard font object" in p for p in problems)  # the fields' Helvetica


def test_text_checks_catch_a_missing_value_and_a_radical(tmp_path: Path) -> None:
    assert pc.missing_values("林怡君\n新北市板橋區\n12,345", [("name", "林怡君"), ("amount", "12,346")]) == [
        "amount: '12,346'"
    ]
    radical = tmp_path / "radical.pdf"
    radical.write_bytes(canvas_pdf("一⼀"))  # U+4E00 and the Kangxi radical U+2F00 that looks the same
    assert pc.radical_problems("".join(pc.page_texts(radical))) != []


def test_ink_check_catches_values_that_were_not_drawn(sample: pc.Checked) -> None:
    """The same pages without the overlay: form pages are the blank forms, generated pages are white."""
    writer = PdfWriter()
    for job in sample.packet.jobs:
        if job.form is not None and job.form_page is not None:
            writer.add_page(PdfReader(io.BytesIO(job.form.blank_bytes())).pages[job.form_page - 1])
        else:
            writer.add_blank_page(PAGE_W, PAGE_H)
    out = io.BytesIO()
    writer.write(out)
    problems = pc.ink_problems(out.getvalue(), sample.packet.jobs)
    assert len(problems) == sum(len(job.filled) for job in sample.packet.jobs)


def test_render_check_catches_a_broken_page(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(PAGE_W, PAGE_H))
    pdf.pages[0].Contents = pdf.make_stream(b"BT /F9 12 Tf 72 700 Td (x) Tj ET")  # a font it does not have
    broken = tmp_path / "broken.pdf"
    pdf.save(broken)
    assert pc.render_problems(broken)


def test_render_check_catches_bad_operators_and_a_broken_font_program(
    sample: pc.Checked, tmp_path: Path
) -> None:
    """The checks that replaced pdftoppm's error messages: operators and their operands, font programs."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(PAGE_W, PAGE_H))
    pdf.pages[0].Contents = pdf.make_stream(b"q 1 0 0 cm Q 0.5 zz BT ET")
    bad = tmp_path / "operators.pdf"
    pdf.save(bad)
    problems = pc.render_problems(bad)
    assert any("'cm' with 3 operands, not 6" in p for p in problems), problems
    assert any("unknown operator 'zz'" in p for p in problems), problems

    with pikepdf.open(sample.path) as packet:
        font = pc.font_dicts(packet)[0]
        font.FontDescriptor.FontFile2.write(b"not a TrueType font")
        broken = tmp_path / "font.pdf"
        packet.save(broken)
    assert any("does not parse" in p for p in pc.render_problems(broken))


def test_placement_check_catches_a_value_outside_its_box(sample: pc.Checked) -> None:
    jobs = [
        replace(job, filled=[replace(r, y=r.y + r.height) for r in job.filled]) for job in sample.packet.jobs
    ]
    moved = pc.placement_problems(sample.packet.pdf, jobs)
    assert len(moved) > sum(len(job.filled) for job in jobs) / 2  # repeated values (否, 無) may still match


def test_consistency_check_catches_forms_that_disagree(sample: pc.Checked) -> None:
    def changed(rect: FilledRect) -> FilledRect:
        return (
            replace(rect, text=rect.text.replace("債務總額新臺幣", "債務總額約新臺幣"))
            if rect.name == "item"
            else rect
        )

    jobs = [replace(job, filled=[changed(r) for r in job.filled]) for job in sample.packet.jobs]
    assert pc.consistency_problems(sample.case, sample.packet.jobs) == []
    assert len(pc.consistency_problems(sample.case, jobs)) == 1


def test_reference_check_catches_a_missing_sheet(sample: pc.Checked) -> None:
    jobs = [replace(job, filled=list(job.filled)) for job in sample.packet.jobs]
    assert pc.reference_problems(jobs, sample.texts) == []
    first_form = next(job for job in jobs if job.kind == "form")
    first_form.filled.append(FilledRect("x", 0, 0, 1, 1, "詳附表九"))
    assert pc.reference_problems(jobs, sample.texts) == ["附表九 is referred to but not in the packet"]

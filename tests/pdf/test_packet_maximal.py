"""The maximal case (``maximal.py``): 200 creditors, 100 assets, long addresses and notes, rare characters, a
character only a fallback font draws and one no font here draws — on a court route (every creditor is listed)
and on the bank route (the debts the JCIC list does not show). Each packet is built once per module."""

from __future__ import annotations

import ctypes
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import msgspec
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from debtassist.forms.definition import form_definition, table_cell_name
from debtassist.forms.fonts import FALLBACK_ENV, REGULAR, covers, fallback_fonts, font_for, register_fonts
from debtassist.forms.layout import FilledRect, PageJob
from debtassist.model.case import AssetKind, Creditor, CreditorKind, Route
from debtassist.model.codec import case_to_json
from debtassist.rules.figures import is_financial_institution_debt
from tests.fresh_machine import FALLBACK_FAMILY
from tests.pdf import maximal
from tests.pdf import pdfcheck as pc

ROUTES = {"court": Route.REHABILITATION, "bank": Route.BANK_NEGOTIATION}
#: The creditor table of each route: (form id, table name) and which creditors it lists.
LISTS: dict[str, tuple[str, str, Callable[[Creditor], bool]]] = {
    "court": ("court-creditor-list-rehabilitation", "creditors", lambda c: True),
    "bank": ("bank-other-creditors", "creditors", lambda c: not is_financial_institution_debt(c)),
}
CELL = re.compile(r"^(?P<table>[a-z]+)[._](?P<row>\d+)[._](?P<column>[a-z_]+)$")


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pc.Checked]:
    folder = tmp_path_factory.mktemp("maximal")
    return {name: pc.build(maximal.maximal_case(route), folder / name) for name, route in ROUTES.items()}


@pytest.fixture
def no_fallback(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No fallback font at all (``DEBTASSIST_FALLBACK_FONTS`` set but empty) for one test."""
    monkeypatch.setenv(FALLBACK_ENV, "")
    reset_font_lookup()
    yield
    monkeypatch.undo()
    reset_font_lookup()


def reset_font_lookup() -> None:
    fallback_fonts.cache_clear()
    pc.reset_printable()


def chars_in_font(data: bytes, char: str) -> list[str]:
    """The name of the font PDFium reads each occurrence of ``char`` from, over every page. PDFium counts
    characters in UTF-16 code units: a character beyond the BMP is a surrogate pair, found by its first unit."""
    units = list(memoryview(char.encode("utf-16-le")).cast("H"))
    document = pdfium.PdfDocument(data)
    names = []
    try:
        for page in document:
            textpage = page.get_textpage()
            for index in range(textpage.count_chars() - len(units) + 1):
                here = [pdfium_c.FPDFText_GetUnicode(textpage, index + i) for i in range(len(units))]
                if here != units:
                    continue
                buffer = ctypes.create_string_buffer(256)
                flags = ctypes.c_int()
                size = pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 256, ctypes.byref(flags))
                names.append(buffer.raw[: max(size - 1, 0)].decode("utf-8", "replace"))
            textpage.close()
            page.close()
    finally:
        document.close()
    return names


# ---- the case itself -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("route", ROUTES.values(), ids=ROUTES.keys())
def test_the_maximal_case_passes_check(route: Route) -> None:
    case = maximal.maximal_case(route)
    report = pc.check(case)
    assert [(f.code, f.path) for f in report.errors] == []
    assert report.figures.living.status == "confirmed"
    assert len(case.creditors) == maximal.CREDITORS and len(case.assets) == maximal.ASSETS
    assert {c.kind for c in case.creditors} == set(CreditorKind)
    assert {a.kind for a in case.assets} == set(AssetKind)
    assert min(len(c.address) for c in case.creditors) >= 60
    assert len(case.dependents) > 5 and len(case.own_debtors) > 14
    text = msgspec.json.encode(case).decode()
    assert all(char in text for char in maximal.RARE + maximal.FALLBACK_CHAR + maximal.MISSING_CHAR)


def test_the_test_characters_fonts() -> None:
    """Noto Sans TC draws the rare characters but not 𠮷; the only fallback is the font the suite built
    (tests/fresh_machine.py), which draws 𠮷; no font here draws the Ext-G character, so it must come out as its
    code point."""
    register_fonts()
    assert all(covers(REGULAR, char) for char in maximal.RARE)
    assert not covers(REGULAR, maximal.FALLBACK_CHAR)
    assert not covers(REGULAR, maximal.MISSING_CHAR)
    assert font_for(maximal.MISSING_CHAR) is None
    assert [f.path for f in fallback_fonts()] == [os.environ[FALLBACK_ENV]]
    assert Path(os.environ[FALLBACK_ENV]).name == f"{FALLBACK_FAMILY}.ttf"
    assert font_for(maximal.FALLBACK_CHAR) == fallback_fonts()[0].name


# ---- checks 1-6 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ROUTES)
class TestMaximalPacket:
    def test_continuation_sheets(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        continuation = [job for job in c.packet.jobs if job.kind == "continuation"]
        assert len(continuation) >= 10
        assert pc.reference_problems(c.packet.jobs, c.texts) == []

    def test_qpdf_and_pikepdf(self, packets: dict[str, pc.Checked], name: str) -> None:
        assert pc.qpdf_problems(packets[name].path) == []

    def test_fonts(self, packets: dict[str, pc.Checked], name: str) -> None:
        rows = pc.fonts(packets[name].path)
        assert pc.font_problems(rows) == []  # the fallback font too: embedded, ToUnicode, its own subset tag
        fallback = [row for row in rows if row.name.endswith("+" + FALLBACK_FAMILY)]
        assert fallback and all(row.embedded and row.subset and row.unicode for row in fallback)

    def test_no_widgets_no_acroform(self, packets: dict[str, pc.Checked], name: str) -> None:
        assert pc.print_copy_problems(packets[name].packet.pdf) == []

    def test_text_has_every_name_address_and_amount(self, packets: dict[str, pc.Checked], name: str) -> None:
        """Everything except the values with 𠮷 (see the next test) is found."""
        c = packets[name]
        values = pc.expected_values(c.case, c.report)
        assert len(values) > 300
        plain = [(label, value) for label, value in values if maximal.FALLBACK_CHAR not in value]
        assert pc.missing_values(c.text, plain) == []

    def test_fallback_character_extracts_as_itself(self, packets: dict[str, pc.Checked], name: str) -> None:
        """𠮷 is drawn from the fallback font (PDFium reads it from that font) and extracts as itself."""
        c = packets[name]
        fonts = chars_in_font(c.packet.pdf, maximal.FALLBACK_CHAR)
        assert fonts and all(f.endswith(FALLBACK_FAMILY) for f in fonts), fonts
        values = [(label, value) for label, value in pc.expected_values(c.case, c.report) if "𠮷" in value]
        assert values
        assert pc.missing_values(c.text, values) == []
        assert maximal.FALLBACK_CHAR in "".join(pc.pdfium_texts(c.packet.pdf))

    def test_text_has_every_drawn_value(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        drawn = [(label, text) for label, text in pc.filled_values(c.packet.jobs) if "𠮷" not in text]
        assert pc.missing_values(c.text, drawn) == []

    def test_no_cjk_radicals(self, packets: dict[str, pc.Checked], name: str) -> None:
        assert pc.radical_problems(packets[name].text) == []

    def test_ink_inside_every_filled_box(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        assert pc.ink_problems(c.packet.pdf, c.packet.jobs) == []

    def test_every_value_inside_its_own_box(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        assert pc.placement_problems(c.packet.pdf, c.packet.jobs, ignore=maximal.FALLBACK_CHAR) == []

    def test_forms_agree_with_each_other(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        assert pc.consistency_problems(c.case, c.packet.jobs) == []

    def test_pdftoppm_renders_every_page(self, packets: dict[str, pc.Checked], name: str) -> None:
        assert pc.render_problems(packets[name].path) == []

    def test_page_numbers_and_contents(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        assert (
            pc.footer_problems(c.texts, c.packet.pages_per_set) + pc.contents_problems(c.packet, c.texts)
            == []
        )

    # ---- rare characters ------------------------------------------------------------------------------------------

    def test_missing_character_printed_as_code_point(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        placeholder = "〔U+3134A〕"
        assert placeholder in c.text
        assert maximal.MISSING_CHAR not in c.text
        problems = [g for g in c.packet.glyphs if g.char == maximal.MISSING_CHAR]
        assert problems and all(g.fallback is None for g in problems)
        cover = "".join(t for t, job in zip(c.texts, c.packet.jobs, strict=False) if job.kind == "cover")
        assert "U+3134A" in cover

    def test_fallback_character_reported(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        problems = [g for g in c.packet.glyphs if g.char == maximal.FALLBACK_CHAR]
        assert problems
        expected = font_for(maximal.FALLBACK_CHAR)
        assert all(g.fallback == expected for g in problems)
        cover = "".join(t for t, job in zip(c.texts, c.packet.jobs, strict=False) if job.kind == "cover")
        assert "U+20BB7" in cover
        for char in maximal.RARE:  # the bundled font draws these: nothing to report
            assert not [g for g in c.packet.glyphs if g.char == char]

    # ---- the creditor list and its totals -------------------------------------------------------------------------

    def test_every_creditor_row_in_order(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        form_id, table_name, listed = LISTS[name]
        creditors = [x for x in c.case.creditors if listed(x)]
        rows = creditor_cells(c.packet.jobs, form_id, table_name, "name")
        assert sorted(rows) == list(range(1, len(creditors) + 1))
        shown = [rows[i + 1] for i in range(len(creditors))]
        assert shown == [x.name for x in creditors]

    def test_totals(self, packets: dict[str, pc.Checked], name: str) -> None:
        c = packets[name]
        form_id, table_name, listed = LISTS[name]
        creditors = [x for x in c.case.creditors if listed(x)]
        grand = {
            "principal": sum(x.principal or 0 for x in creditors),
            "interest_fees": sum(x.interest_fees or 0 for x in creditors),
            "claim": sum((x.principal or 0) + (x.interest_fees or 0) for x in creditors),
        }
        table = next(t for t in form_definition(form_id).tables if t.name == table_name)
        form_page = next(j for j in c.packet.jobs if j.form is not None and j.form.id == form_id)
        on_form = {r.name: r.text for r in form_page.filled}
        for column, total in grand.items():
            assert on_form[table_cell_name(table, table.rows, column)] == f"{total:,}", column

        sheets = [
            j for j in c.packet.jobs if j.kind == "continuation" and j.section.endswith(table_title(form_id))
        ]
        assert len(sheets) >= 2
        carried = {
            k: sum(money(on_form[table_cell_name(table, r, k)]) for r in range(table.rows)) for k in grand
        }
        for index, sheet in enumerate(sheets):
            cells = {r.name: r.text for r in sheet.filled}
            rows = {k: 0 for k in grand}
            for rect in sheet.filled:
                match = CELL.match(rect.name)
                if match and match["column"] in rows:
                    rows[match["column"]] += money(rect.text)
            last = index == len(sheets) - 1
            for column in grand:
                assert money(cells[f"{table_name}.承前頁累計.{column}"]) == carried[column], (index, column)
                closing = cells[f"{table_name}.{'總計' if last else '累計至本頁'}.{column}"]
                assert money(closing) == carried[column] + rows[column], (index, column)
                carried[column] += rows[column]
        assert carried == grand
        last_page = c.packet.jobs.index(sheets[-1])
        text = pc.squash(c.texts[last_page])
        assert "總計" in text
        assert all(f"{total:,}" in text for total in grand.values())


def test_without_a_fallback_font_the_character_is_printed_as_its_code_point(
    no_fallback: None, tmp_path: Path
) -> None:
    assert fallback_fonts() == () and font_for(maximal.FALLBACK_CHAR) is None
    c = pc.build(maximal.maximal_case(), tmp_path)
    assert "〔U+20BB7〕" in c.text and maximal.FALLBACK_CHAR not in c.text
    problems = [g for g in c.packet.glyphs if g.char == maximal.FALLBACK_CHAR]
    assert problems and all(g.fallback is None for g in problems)
    rows = pc.fonts(c.path)
    assert pc.font_problems(rows) == []
    assert not [row for row in rows if FALLBACK_FAMILY in row.name]
    assert pc.missing_values(c.text, pc.expected_values(c.case, c.report)) == []  # as printed: the code point
    assert pc.ink_problems(c.packet.pdf, c.packet.jobs) == []


def test_cli_lists_the_characters_it_could_not_draw_with_the_bundled_font(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(case_to_json(maximal.maximal_case()), encoding="utf-8")
    code, stdout, stderr = pc.run_cli("packet", str(path), "-o", str(tmp_path / "out.pdf"), "--lang", "en")
    assert code == 0, stdout + stderr
    assert "U+3134A" in stdout and "U+20BB7" in stdout


def money(text: str) -> int:
    return int(text.replace(",", "")) if text else 0


def table_title(form_id: str) -> str:
    """The end of a table continuation sheet's section name: 附表N　<form title>."""
    return f"　{form_definition(form_id).title}"


def creditor_cells(jobs: list[PageJob], form_id: str, table: str, column: str) -> dict[int, str]:
    """Row number -> text of one column of a table, from the form and its continuation sheets."""
    form_rows = form_definition(form_id).tables[0].rows
    found: dict[int, str] = {}
    for job in jobs:
        on_form = job.form is not None and job.form.id == form_id
        continued = job.kind == "continuation" and job.section.endswith(table_title(form_id))
        if not (on_form or continued):
            continue
        for rect in job.filled:
            match = CELL.match(rect.name)
            if not match or match["table"] != table or match["column"] != column:
                continue
            row = int(match["row"])
            if on_form and row > form_rows:
                continue  # the totals row
            assert row not in found, f"row {row} printed twice"
            found[row] = rect.text
    return found


def test_helpers_find_cells() -> None:
    rect = FilledRect("creditors_3_kind_cause", 0, 0, 1, 1, "x")
    match = CELL.match(rect.name)
    assert match and (match["table"], match["row"], match["column"]) == ("creditors", "3", "kind_cause")
    assert CELL.match("creditors.15.interest_fees")
    assert not CELL.match("creditors.總計.claim")

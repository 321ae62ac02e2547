"""The packet options (docs/forms.md): --duplex, --copies, --lang en, --editable, --draft and --route, through the
library and the command line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

from debtassist.forms.definition import form_definition, table_cell_name
from debtassist.forms.packet import PacketOptions
from debtassist.i18n import tr
from debtassist.model.case import Case
from debtassist.model.codec import case_to_json
from tests.pdf import pdfcheck as pc

EXAMPLE = "single-cards"  # bank route, four creditors, a two-page cover
COURT_EXAMPLE = "court-private-amc"  # court route, a three-page statement
FIELD_NAME = re.compile(r"^(?P<form>[a-z-]+)_(?P<page>\d+)__(?P<field>\w+)$")


def distinct_creditors(case: Case) -> int:
    """Several debts at one creditor are one creditor; spacing and 台/臺 do not make another."""
    return len({"".join(c.name.split()).replace("台", "臺") for c in case.creditors})


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The command line reads the user's reference folder: point it at an empty temporary one for the module
    (the suite's own data-dir fixture is per test)."""
    folder = tmp_path_factory.mktemp("data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEBTASSIST_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(scope="module")
def case_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("case") / "case.json"
    path.write_text(case_to_json(pc.example_case(EXAMPLE)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> pc.Checked:
    return pc.build(pc.example_case(EXAMPLE), tmp_path_factory.mktemp("plain"))


# ---- duplex ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=[EXAMPLE, COURT_EXAMPLE])
def duplex(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> pc.Checked:
    return pc.build(
        pc.example_case(request.param), tmp_path_factory.mktemp("duplex"), PacketOptions(duplex=True)
    )


def test_duplex_every_document_starts_on_a_front_side(duplex: pc.Checked) -> None:
    jobs = duplex.packet.jobs
    starts: dict[str, int] = {}
    for number, job in enumerate(jobs, 1):
        starts.setdefault(job.section, number)
    assert len(starts) >= 5
    assert {name: page for name, page in starts.items() if page % 2 == 0} == {}
    assert len(jobs) % 2 == 0
    blanks = [n for n, job in enumerate(jobs) if job.kind == "blank"]
    assert blanks, "no document with an odd number of pages: the test proves nothing"
    for n in blanks:
        assert not jobs[n].filled
        assert "（本頁空白）" in duplex.texts[n]
        assert jobs[n].section == jobs[n - 1].section  # the back of the document's last page


def test_duplex_adds_only_blank_pages(duplex: pc.Checked) -> None:
    simplex = pc.build(duplex.case, duplex.file.folder / "simplex").packet.jobs
    assert [(j.kind, j.section, j.form_page) for j in duplex.packet.jobs if j.kind != "blank"] == [
        (j.kind, j.section, j.form_page) for j in simplex
    ]


def test_duplex_packet_passes_the_checks(duplex: pc.Checked) -> None:
    assert pc.all_problems(duplex) == []


def test_cli_duplex(data_dir: Path, case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "duplex.pdf"
    code, stdout, stderr = pc.run_cli("packet", str(case_file), "-o", str(out), "--duplex")
    assert code == 0, stdout + stderr
    expected = pc.build(pc.example_case(EXAMPLE), tmp_path / "lib", PacketOptions(duplex=True))
    assert pc.page_texts(out) == expected.texts


# ---- copies ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def copies(
    data_dir: Path, case_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("copies") / "copies.pdf"
    code, stdout, stderr = pc.run_cli("packet", str(case_file), "-o", str(out), "--copies", "auto")
    assert code == 0, stdout + stderr
    return out, pc.page_texts(out)


def copy_layout(plain: pc.Checked) -> tuple[int, int, int]:
    """(sets, pages of the original set, pages of each copy): the cover sheet is not copied."""
    sets = 1 + distinct_creditors(plain.case)
    cover = sum(1 for job in plain.packet.jobs if job.kind == "cover")
    return sets, plain.packet.pages_per_set, plain.packet.pages_per_set - cover


def test_copies_auto_makes_one_set_per_creditor(copies: tuple[Path, list[str]], plain: pc.Checked) -> None:
    _, texts = copies
    sets, original, per_copy = copy_layout(plain)
    assert sets == 5
    assert len(texts) == original + (sets - 1) * per_copy
    assert f"共{sets}份" in pc.squash(texts[0] + texts[1])  # the cover says how many sets


def test_every_copy_page_is_stamped(copies: tuple[Path, list[str]], plain: pc.Checked) -> None:
    _, texts = copies
    _, original, _ = copy_layout(plain)
    unstamped = [n for n, text in enumerate(texts[original:], original + 1) if not pc.COPY_STAMP.search(text)]
    assert unstamped == []


def test_copies_carry_the_values(copies: tuple[Path, list[str]], plain: pc.Checked) -> None:
    out, _ = copies
    sets, original, per_copy = copy_layout(plain)
    copied = [job for job in plain.packet.jobs if job.kind != "cover"]
    for copy in range(1, sets):
        pages = range(original + (copy - 1) * per_copy, original + copy * per_copy)
        assert pc.ink_problems(out.read_bytes(), copied, list(pages)) == [], f"copy {copy}"


def test_the_original_set_is_not_stamped(copies: tuple[Path, list[str]], plain: pc.Checked) -> None:
    _, texts = copies
    _, original, _ = copy_layout(plain)
    assert [n for n, text in enumerate(texts[:original], 1) if pc.COPY_STAMP.search(text)] == []


def test_each_copy_page_has_its_own_number(copies: tuple[Path, list[str]], plain: pc.Checked) -> None:
    _, texts = copies
    sets, original, per_copy = copy_layout(plain)
    wrong = []
    for index, text in enumerate(texts[original:]):
        copy = index // per_copy + 1
        stamps = [(int(a), int(b)) for a, b in pc.COPY_STAMP.findall(text)]
        if stamps != [(copy, sets - 1)]:
            wrong.append((original + index + 1, stamps))
    assert wrong == []


def test_copies_packet_passes_qpdf(copies: tuple[Path, list[str]]) -> None:
    assert pc.qpdf_problems(copies[0]) == []


def test_copies_packet_fonts_and_rendering(copies: tuple[Path, list[str]]) -> None:
    out, _ = copies
    problems = (
        pc.font_problems(pc.fonts(out)) + pc.render_problems(out) + pc.print_copy_problems(out.read_bytes())
    )
    assert problems == []


@pytest.mark.parametrize(("value", "code"), [("3", 0), ("0", 2), ("many", 2)])
def test_cli_copies_values(data_dir: Path, case_file: Path, tmp_path: Path, value: str, code: int) -> None:
    out = tmp_path / "n.pdf"
    result = pc.run_cli("packet", str(case_file), "-o", str(out), "--copies", value)
    assert result[0] == code, result
    if code == 0:
        plain_pages = pc.build(pc.example_case(EXAMPLE), tmp_path / "plain").packet
        cover = sum(1 for job in plain_pages.jobs if job.kind == "cover")
        with pikepdf.open(out) as pdf:
            assert len(pdf.pages) == plain_pages.pages_per_set + 2 * (plain_pages.pages_per_set - cover)
    else:
        assert not out.exists()


# ---- language ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> pc.Checked:
    return pc.build(pc.example_case(EXAMPLE), tmp_path_factory.mktemp("en"), PacketOptions(lang="en"))


def test_english_cover_sheet(english: pc.Checked) -> None:
    cover = [
        text for text, job in zip(english.texts, english.packet.jobs, strict=True) if job.kind == "cover"
    ]
    assert cover and "Cover sheet" in cover[0]
    assert "送件封面" not in "".join(cover)


def test_forms_stay_chinese(english: pc.Checked, plain: pc.Checked) -> None:
    def filled(c: pc.Checked) -> list[tuple[str, str, list[tuple[str, str]]]]:
        return [
            (j.kind, j.section, [(r.name, r.text) for r in j.filled])
            for j in c.packet.jobs
            if j.kind != "cover"
        ]

    assert filled(english) == filled(plain)
    for text, job in zip(english.texts, english.packet.jobs, strict=True):
        if job.form is not None and job.form_page == 1:
            assert pc.squash(job.form.title) in pc.squash(text)
            assert tr(f"form.{job.form.id}.title", "en") not in text


def test_english_packet_passes_the_checks(english: pc.Checked) -> None:
    assert pc.all_problems(english) == []


def test_cli_lang_en(data_dir: Path, case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    code, stdout, stderr = pc.run_cli("packet", str(case_file), "-o", str(out), "--lang", "en")
    assert code == 0, stdout + stderr
    assert "Cover sheet" in pc.page_texts(out)[0]


# ---- draft ---------------------------------------------------------------------------------------------------------


def test_draft_marks_every_page_of_a_clean_case(plain: pc.Checked, tmp_path: Path) -> None:
    draft = pc.build(plain.case, tmp_path, PacketOptions(draft=True))
    assert all(pc.DRAFT_WATERMARK in text for text in pc.pdfium_texts(draft.packet.pdf))
    assert not any(
        pc.DRAFT_WATERMARK in text for text in pc.pdfium_texts(plain.packet.pdf)
    )  # the check can fail


# ---- route ---------------------------------------------------------------------------------------------------------


def test_cli_route_prints_for_another_route(data_dir: Path, tmp_path: Path) -> None:
    case = pc.example_case(COURT_EXAMPLE)
    path = tmp_path / "case.json"
    path.write_text(case_to_json(case), encoding="utf-8")
    before = path.read_bytes()
    out = tmp_path / "liquidation.pdf"
    code, stdout, stderr = pc.run_cli("packet", str(path), "-o", str(out), "--route", "liquidation")
    assert code == 0, stdout + stderr
    text = pc.squash("".join(pc.page_texts(out)))
    assert "消費者債務清理清算聲請狀" in text and "更生聲請狀" not in text
    assert path.read_bytes() == before


# ---- editable ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def editable(tmp_path_factory: pytest.TempPathFactory) -> pc.Checked:
    return pc.build(
        pc.example_case(COURT_EXAMPLE), tmp_path_factory.mktemp("ed"), PacketOptions(editable=True)
    )


def fields(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Object]:
    form = pdf.Root.get("/AcroForm")
    assert form is not None, "no /AcroForm"
    return {str(f.T): f for f in form.Fields}


def test_editable_has_fields_and_no_need_appearances(editable: pc.Checked) -> None:
    with pikepdf.open(editable.path) as pdf:
        widgets = pc.widget_count(pdf)
        assert widgets > 100
        assert not pc.need_appearances(pdf)
        named = fields(pdf)
        assert len(named) == widgets  # every widget is a field of the form, no name twice


def test_editable_field_names_and_values(editable: pc.Checked) -> None:
    """docs/forms.md: names ``<form id>_<page>__<box>``; every filled field has /V and its own appearance."""
    with pikepdf.open(editable.path) as pdf:
        named = fields(pdf)
        assert all(FIELD_NAME.match(name) for name in named), [n for n in named if not FIELD_NAME.match(n)][
            :5
        ]
        expected = {}
        for job in editable.packet.jobs:
            if job.form is None:
                continue
            cells = {
                table_cell_name(t, r, c.key) for t in form_definition(job.form.id).tables_on(job.form_page or 0)
                for r in range(t.rows) for c in t.columns
            }  # fmt: skip
            boxes = {b.name for b in job.form.boxes_on(job.form_page or 0)}
            for rect in job.filled:
                if rect.name in boxes | cells:
                    expected[f"{job.form.id}_{job.form_page}__{rect.name}"] = rect.text
        assert len(expected) > 50
        wrong = {
            name: (str(named[name].get("/V", "")) if name in named else None, text)
            for name, text in expected.items()
            if name not in named or str(named[name].get("/V", "")) != text or "/AP" not in named[name]
        }
        assert wrong == {}


def test_editable_fonts_are_embedded_except_the_typing_font(editable: pc.Checked) -> None:
    rows = pc.fonts(editable.path)
    assert pc.font_problems(rows, allow_standard=True) == []
    standard = {row.name for row in rows if not row.embedded}
    assert standard <= {"Helvetica"}, standard


def test_editable_shows_every_value(editable: pc.Checked) -> None:
    """The values live in the fields' appearances: PDFium draws them inside each box."""
    problems = pc.qpdf_problems(editable.path) + pc.render_problems(editable.path)
    problems += pc.ink_problems(editable.packet.pdf, editable.packet.jobs)
    assert problems == []


@pytest.fixture(scope="module")
def editable_copies(tmp_path_factory: pytest.TempPathFactory) -> pc.Checked:
    options = PacketOptions(editable=True, copies=3)
    return pc.build(pc.example_case(COURT_EXAMPLE), tmp_path_factory.mktemp("edc"), options)


def test_editable_copies_keep_the_original_fields(editable_copies: pc.Checked, editable: pc.Checked) -> None:
    with pikepdf.open(editable_copies.path) as pdf:
        original = editable_copies.packet.pages_per_set
        on_original = sum(len(page.obj.get("/Annots", [])) for page in pdf.pages[:original])
    with pikepdf.open(editable.path) as alone:
        assert on_original == pc.widget_count(alone)


def test_editable_copies_show_every_value(editable_copies: pc.Checked) -> None:
    c = editable_copies
    sets, original = c.packet.copies, c.packet.pages_per_set
    copied = [job for job in c.packet.jobs if job.kind != "cover"]
    problems = pc.ink_problems(c.packet.pdf, c.packet.jobs)
    for copy in range(1, sets):
        start = original + (copy - 1) * len(copied)
        problems += pc.ink_problems(c.packet.pdf, copied, list(range(start, start + len(copied))))
    assert problems == []

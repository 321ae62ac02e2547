"""The blank forms in resources/forms/: reproducible from their definitions byte for byte, with a footer that
names the form, its version and the page, every label printed, and a fillable field for every box and cell."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

from debtassist.forms.blank import render_blank, write_blanks
from debtassist.forms.definition import FormDef, form_definition, form_ids, table_cell_name
from debtassist.forms.draw import PAGE_H
from debtassist.forms.fit import MM
from debtassist.resources_path import resource
from tests.pdf import pdfcheck as pc

GENERATED = [i for i in form_ids() if not form_definition(i).external_blank]


def committed(form: FormDef) -> bytes:
    return resource("forms", form.blank_file).read_bytes()


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("blanks")
    return {path.name: path for path in write_blanks(folder)}


@pytest.fixture(scope="module")
def blanks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[pc.PdfFile, list[str]]]:
    """Each committed blank as a file, with its text per page."""
    folder = tmp_path_factory.mktemp("committed")
    out = {}
    for form_id in GENERATED:
        file = pc.PdfFile(committed(form_definition(form_id)), folder / form_id)
        out[form_id] = (file, pc.page_texts(file.path))
    return out


def test_every_form_has_a_generated_blank() -> None:
    assert len(GENERATED) >= 7
    on_disk = {e.name for e in resource("forms").iterdir() if e.name.endswith(".pdf")}
    assert {form_definition(i).blank_file for i in GENERATED} == on_disk


@pytest.mark.parametrize("form_id", GENERATED)
def test_render_blank_reproduces_the_committed_file(form_id: str) -> None:
    form = form_definition(form_id)
    assert render_blank(form) == committed(form), f"run python -m debtassist.forms.blank ({form.blank_file})"


@pytest.mark.parametrize("form_id", GENERATED)
def test_write_blanks_reproduces_the_committed_file(regenerated: dict[str, Path], form_id: str) -> None:
    form = form_definition(form_id)
    assert regenerated[form.blank_file].read_bytes() == committed(form)


@pytest.mark.parametrize("form_id", GENERATED)
def test_footer_names_form_version_and_page(
    blanks: dict[str, tuple[pc.PdfFile, list[str]]], form_id: str
) -> None:
    form = form_definition(form_id)
    _, texts = blanks[form_id]
    assert len(texts) == form.pages
    for page, text in enumerate(texts, 1):
        flat = pc.squash(text)
        # The title, not the internal id; the form's own page count, unlike the packet's 第N頁／共M頁.
        assert form.id not in flat and f"{form.title}版本{form.version}" in flat, page
        assert f"本表{page}/{form.pages}" in flat, page
        assert "版面依法定應記載事項重建，非官方格式" in flat  # docs/forms.md: every form page says so


@pytest.mark.parametrize("form_id", GENERATED)
def test_every_label_and_column_title_is_printed(
    blanks: dict[str, tuple[pc.PdfFile, list[str]]], form_id: str
) -> None:
    form = form_definition(form_id)
    _, texts = blanks[form_id]
    missing = [
        f"page {b.page} {b.label}"
        for b in form.boxes
        if b.label and pc.squash(b.label) not in pc.squash(texts[b.page - 1])
    ]
    missing += [
        f"page {t.page} {c.title}"
        for t in form.tables
        for c in t.columns
        if pc.squash(c.title) not in pc.squash(texts[t.page - 1])
    ]
    assert missing == []


def field_names(form: FormDef) -> dict[str, int]:
    """The fields a blank must have (name -> page): one per box, one per cell of each table's printed lines."""
    names = {box.name: box.page for box in form.boxes}
    for table in form.tables:
        for row in range(table.rows):
            for column in table.columns:
                names[table_cell_name(table, row, column.key)] = table.page
    return names


@pytest.mark.parametrize("form_id", GENERATED)
def test_fillable_fields_named_after_the_definition(form_id: str) -> None:
    form = form_definition(form_id)
    with pikepdf.open(io.BytesIO(committed(form))) as pdf:
        acroform = pdf.Root.get("/AcroForm")
        assert acroform is not None
        assert not pc.need_appearances(pdf)
        names = [str(f.T) for f in acroform.Fields]
        assert len(names) == len(set(names)), "a field name twice"
        assert [n for n in names if "." in n] == []  # a period separates the parts of a PDF field name
        assert set(names) == set(field_names(form))
        on_page: dict[str, tuple[int, list[float]]] = {}
        for number, page in enumerate(pdf.pages, 1):
            for annot in page.obj.get("/Annots", pikepdf.Array()):
                if annot.get("/Subtype") == pikepdf.Name.Widget:
                    on_page[str(annot.T)] = (number, [float(v) for v in annot.Rect])
        assert {name: page for name, (page, _) in on_page.items()} == field_names(form)


@pytest.mark.parametrize("form_id", GENERATED)
def test_each_box_field_lies_inside_its_box(form_id: str) -> None:
    form = form_definition(form_id)
    with pikepdf.open(io.BytesIO(committed(form))) as pdf:
        rects = {
            str(a.T): [float(v) for v in a.Rect]
            for page in pdf.pages
            for a in page.obj.get("/Annots", pikepdf.Array())
            if a.get("/Subtype") == pikepdf.Name.Widget
        }
    outside = []
    for box in form.boxes:
        left, right = box.x * MM, (box.x + box.width) * MM
        bottom, top = PAGE_H - (box.y + box.height) * MM, PAGE_H - box.y * MM
        x1, y1, x2, y2 = rects[box.name]
        if not (left - 0.01 <= x1 < x2 <= right + 0.01 and bottom - 0.01 <= y1 < y2 <= top + 0.01):
            outside.append((box.name, (x1, y1, x2, y2), (left, bottom, right, top)))
    assert outside == []


@pytest.mark.parametrize("form_id", GENERATED)
def test_blank_structure_and_rendering(blanks: dict[str, tuple[pc.PdfFile, list[str]]], form_id: str) -> None:
    file, texts = blanks[form_id]
    problems = (
        pc.qpdf_problems(file.path) + pc.render_problems(file.path) + pc.radical_problems("".join(texts))
    )
    assert problems == []


@pytest.mark.parametrize("form_id", GENERATED)
def test_blank_text_uses_the_embedded_font(
    blanks: dict[str, tuple[pc.PdfFile, list[str]]], form_id: str
) -> None:
    """Everything printed is Noto Sans TC, embedded with ToUnicode; only the fields name the standard Helvetica
    (the font a viewer types with)."""
    rows = pc.fonts(blanks[form_id][0].path)
    embedded = [row for row in rows if row.embedded]
    assert {row.name.split("+")[-1] for row in embedded} <= {"NotoSansTC-Regular", "NotoSansTC-Bold"}
    assert all(row.unicode for row in embedded)
    assert {row.name for row in rows if not row.embedded} <= {"Helvetica"}


@pytest.mark.parametrize("form_id", GENERATED)
def test_blank_subset_tags_are_unique(blanks: dict[str, tuple[pc.PdfFile, list[str]]], form_id: str) -> None:
    assert pc.font_problems(pc.fonts(blanks[form_id][0].path), allow_standard=True) == []

"""An agency can put an official blank PDF (even one without fields) behind the same bindings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from debtassist.examples import example_text
from debtassist.forms.draw import PAGE_H, PAGE_W
from debtassist.forms.fonts import REGULAR, register_fonts
from debtassist.forms.names import document_name
from debtassist.forms.packet import PacketOptions, build_packet
from debtassist.i18n import Lang, tr
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.resources_path import read_text, resource_file
from debtassist.rules.check import check_case
from tests.pdf.pdfcheck import pdfium_texts


def official_blank(path: Path) -> None:
    """Stand-in for an agency's PDF: printed text and lines only, no form fields."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H))
    canvas.setFont(REGULAR, 16)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 50, "某法院公版　債務人清冊")
    canvas.rect(40, 200, PAGE_W - 80, 500)
    canvas.showPage()
    canvas.save()
    path.write_bytes(buffer.getvalue())


def test_definition_in_the_user_folder_points_at_an_official_blank(tmp_path: Path) -> None:
    official_blank(tmp_path / "official-debtor-list.pdf")
    definition = json.loads(read_text("forms", "defs", "debtor-list.json"))
    definition["blank"] = {"file": "official-debtor-list.pdf", "external": True}
    definition["texts"] = []  # the official PDF prints its own labels
    (tmp_path / "debtor-list.json").write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")

    case, _ = case_from_json(example_text("court-private-amc"))
    report = check_case(case, load_living_expense_table(None))
    packet = build_packet(case, report, PacketOptions(forms_dir=tmp_path))

    index = next(
        i for i, job in enumerate(packet.jobs) if job.form is not None and job.form.id == "debtor-list"
    )
    assert packet.jobs[index].form.origin == tmp_path  # type: ignore[union-attr]
    page = PdfReader(io.BytesIO(packet.pdf)).pages[index]
    assert "/Annots" not in page
    pdf = tmp_path / "packet.pdf"
    pdf.write_bytes(packet.pdf)
    text = pdfium_texts(pdf.read_bytes())[index]
    assert "某法院公版" in text  # the official blank is behind the values
    assert "李小華" in text and "高雄市左營區博愛二路77號" in text and "30,000" in text


def test_a_user_definition_naming_an_unknown_binding_is_refused_when_loaded(tmp_path: Path) -> None:
    from debtassist.forms.definition import form_definition

    definition = json.loads(read_text("forms", "defs", "debtor-list.json"))
    definition["boxes"][0]["bind"] = "applicant_employer_fax"
    (tmp_path / "debtor-list.json").write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="applicant_employer_fax"):
        form_definition("debtor-list", tmp_path)
    definition["boxes"][0]["bind"] = json.loads(read_text("forms", "defs", "debtor-list.json"))["boxes"][0][
        "bind"
    ]
    (tmp_path / "debtor-list.json").write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=r"debtor-list\.pdf"):  # its blank goes beside it (docs/forms.md)
        form_definition("debtor-list", tmp_path)
    with resource_file("forms", "debtor-list.pdf") as blank:
        (tmp_path / "debtor-list.pdf").write_bytes(blank.read_bytes())
    assert form_definition("debtor-list", tmp_path).origin == tmp_path


def agency_packet(tmp_path: Path, lang: Lang, **changes: object) -> tuple[str, list[str]]:
    """The cover's text and the terminal's names of the court-route packet, with an agency's definition of the
    debtor list (its own title on the paper, and ``changes``) in the user folder."""
    official_blank(tmp_path / "official-debtor-list.pdf")
    definition = json.loads(read_text("forms", "defs", "debtor-list.json"))
    definition.update(blank={"file": "official-debtor-list.pdf", "external": True}, texts=[])
    definition.update(title="某法院公版債務人清冊", **changes)
    (tmp_path / "debtor-list.json").write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    case, _ = case_from_json(example_text("court-private-amc"))
    report = check_case(case, load_living_expense_table(None))
    packet = build_packet(case, report, PacketOptions(lang=lang, forms_dir=tmp_path))
    texts = pdfium_texts(packet.pdf)
    cover = "".join(texts[i] for i, job in enumerate(packet.jobs) if job.kind == "cover")
    return " ".join(cover.split()), [document_name(title, lang, packet.forms) for title, _ in packet.contents]


def test_an_agency_definition_names_its_form_in_english(tmp_path: Path) -> None:
    names = {"en": "List of debtors (the court's own form)"}
    cover, contents = agency_packet(tmp_path, "en", names=names)
    assert "List of debtors (the court's own form) (某法院公版債務人清冊)" in contents
    assert "List of debtors (the court's own form)" in cover and "某法院公版債務人清冊" in cover
    cover, contents = agency_packet(tmp_path, "zh-TW", names=names)
    assert (
        "某法院公版債務人清冊" in contents and "the court's own form" not in cover
    )  # Chinese: the paper's title


def test_an_agency_definition_without_names_keeps_the_forms_name(tmp_path: Path) -> None:
    _, contents = agency_packet(tmp_path, "en")
    assert f"{tr('form.debtor-list.title', 'en')} (某法院公版債務人清冊)" in contents


@pytest.mark.parametrize("names", ["List of debtors", {"en": ""}, {"en": 3}])
def test_names_that_are_not_a_name_by_language_are_refused(tmp_path: Path, names: object) -> None:
    with pytest.raises(ValueError, match="names"):
        agency_packet(tmp_path, "en", names=names)

"""An agency's own form definitions in ``<data folder>/forms/`` (docs/forms.md, "Using an official blank"):
both faces build the packet with them, and a broken one is named with its file and reason in the user's
language, never a traceback and never the bundled form quietly in its place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from debtassist.cli import main
from debtassist.resources_path import read_text, resource_file
from debtassist.store.paths import default_layout

AGENCY_TITLE = "債務人清冊（本院格式）"


def agency_definition(folder: Path, **changes: Any) -> Path:
    definition = json.loads(read_text("forms", "defs", "debtor-list.json"))
    definition.update({"title": AGENCY_TITLE, "names": {"en": "List of debtors (the court's own form)"}})
    definition.update(changes)
    folder.mkdir(parents=True, exist_ok=True)
    with resource_file("forms", "debtor-list.pdf") as blank:  # the blank goes beside the definition
        (folder / "debtor-list.pdf").write_bytes(blank.read_bytes())
    path = folder / "debtor-list.json"
    path.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    return path


def packet_text(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


@pytest.fixture
def case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    case = tmp_path / "case.json"
    assert main(["example", "court-private-amc", "-o", str(case)]) == 0
    capsys.readouterr()
    return case


def test_the_command_line_uses_the_agencys_definition(case_file: Path, tmp_path: Path) -> None:
    forms = default_layout().root / "forms"
    agency_definition(forms)
    assert default_layout().agency_forms() == forms
    out = tmp_path / "packet.pdf"
    assert main(["packet", str(case_file), "-o", str(out), "--lang", "en"]) == 0
    text = packet_text(out)
    assert AGENCY_TITLE in text and "List of debtors (the court's own form)" in text
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) > 1


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_a_broken_definition_is_named_in_the_users_language(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    forms = default_layout().root / "forms"
    broken = agency_definition(forms)
    broken.write_text('{"id": "debtor-list", ', encoding="utf-8")  # cut off
    out = tmp_path / "packet.pdf"
    assert main(["packet", str(case_file), "-o", str(out), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "Traceback" not in err
    assert ("表單定義無法使用" if lang == "zh-TW" else "form definition cannot be used") in err
    assert not out.exists()


def test_a_missing_official_blank_is_named(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forms = default_layout().root / "forms"
    agency_definition(forms, blank={"file": "official-debtor-list.pdf", "external": True})
    assert main(["packet", str(case_file), "-o", str(tmp_path / "p.pdf"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert str(forms / "official-debtor-list.pdf") in err and "Traceback" not in err


def test_without_the_folder_the_bundled_forms_are_used(case_file: Path, tmp_path: Path) -> None:
    assert default_layout().agency_forms() is None
    out = tmp_path / "packet.pdf"
    assert main(["packet", str(case_file), "-o", str(out)]) == 0
    assert AGENCY_TITLE not in packet_text(out)

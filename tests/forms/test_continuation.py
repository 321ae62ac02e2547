"""Continuation tables never hang or drop text, however tall a row would be."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from debtassist.examples import example_text
from tests.pdf.pdfcheck import pdfium_texts


def test_a_row_taller_than_a_page_goes_to_a_text_sheet_and_nothing_is_lost(tmp_path: Path) -> None:
    doc = json.loads(example_text("single-cards"))
    template = doc["assets"][0]
    note = "很長的備註" * 200  # 1,000 characters in a 20 mm column: taller than a page
    doc["assets"] = [dict(template, id=f"a{i}", note=note if i == 8 else "") for i in range(9)]
    case = tmp_path / "case.json"
    case.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    pdf = tmp_path / "packet.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "debtassist.cli", "packet", str(case), "-o", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,  # it used to loop forever
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = "".join(pdfium_texts(pdf.read_bytes()))
    assert "".join(text.split()).count("很長的備註") == 200

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


def test_a_cell_text_met_again_is_fitted_once_and_its_glyphs_reported_where_it_is() -> None:
    from typing import Any, cast

    from debtassist.forms.continuation import _fit_cell, _fitted_cell
    from debtassist.forms.fill import Continuations, Filler
    from debtassist.forms.fit import prepare
    from debtassist.forms.fonts import register_fonts

    register_fonts()
    filler = Filler(cast(Any, None), Continuations(), [])
    text = "陳\U0003134a明 12,345,678 元"  # a character no font here draws, and a number that must not split
    first = _fit_cell(text, 20.0, 9.0, "附表一 第9列「債權人」", filler)
    again = _fit_cell(text, 20.0, 9.0, "附表二 第9列「債權人」", filler)
    narrower = _fit_cell(text, 12.0, 9.0, "附表三 第9列「債權人」", filler)
    assert again is first and narrower is not first
    assert [g.where for g in filler.glyphs] == [
        "附表一 第9列「債權人」",
        "附表二 第9列「債權人」",
        "附表三 第9列「債權人」",
    ]
    assert {(g.char, g.fallback) for g in filler.glyphs} == {("\U0003134a", None)}
    fresh = _fitted_cell(prepare(text, "").units, 12.0, 9.0)
    assert (narrower.size, narrower.lines, narrower.fits) == (fresh.size, fresh.lines, fresh.fits)

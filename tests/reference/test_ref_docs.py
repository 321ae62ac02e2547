"""docs/reference-data.md shows the bundled figures as they are."""

from __future__ import annotations

from pathlib import Path

from debtassist.reference.areas import AREAS
from debtassist.reference.living_expense import load_living_expense_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "reference-data.md"


def test_figure_matrix_matches_the_bundled_table() -> None:
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("<!-- figure-matrix"))
    header = [cell.strip() for cell in lines[start + 1].strip("|").split("|")]
    assert header[1:] == [area.code for area in AREAS]
    rows = [line for line in lines[start + 3 :] if line.startswith("|")]
    rows = rows[: next((i for i, r in enumerate(rows) if not r.startswith("| 20")), len(rows))]
    table = load_living_expense_table(None)
    shown_years = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        year = int(cells[0].split()[0])
        assert cells[0] == f"{year} ({year - 1911})"
        shown_years.append(year)
        for area, cell in zip(AREAS, cells[1:], strict=True):
            figure = table.lookup(area.code, year)
            expected = "—" if figure is None else f"{figure.monthly:,} {figure.status.value}"
            assert cell == expected, (year, area.code)
    assert set(table.years()) <= set(shown_years)
    assert 2027 in shown_years  # the missing year is shown as missing

"""The summary panel and the review's key figures print exactly the figures the registry gives them
(debtassist.rules.figure_specs), with the registry's labels, and the values as computed."""

from __future__ import annotations

import html
import re

import pytest

from debtassist.examples import EXAMPLES, example_text
from debtassist.i18n import Lang, langs
from debtassist.model.codec import case_from_json
from debtassist.rules.check import CheckReport, check_case
from debtassist.rules.figure_specs import Face, Kind, face_rows, face_specs
from debtassist.ui.summary import SummaryPanel
from debtassist.ui.wizard.review_page import ReviewWriter
from tests.rules.personas import TODAY, november_2026_table

TABLE = november_2026_table()
OWN_ROWS = ["missing", "stage", "deadline"]  # the summary's rows that are not figures


def _reports() -> list[CheckReport]:
    return [check_case(case_from_json(example_text(name))[0], TABLE, TODAY) for name in EXAMPLES]


@pytest.mark.parametrize("lang", langs())
def test_the_summary_shows_the_registered_figures(qtbot, lang: Lang) -> None:
    panel = SummaryPanel(lang)
    qtbot.addWidget(panel)
    specs = face_specs(Face.SUMMARY)
    assert list(panel.values) == [spec.name for spec in specs] + OWN_ROWS
    assert [panel.values[s.name].accessibleName() for s in specs] == [
        s.label(lang, Face.SUMMARY) for s in specs
    ]
    for report in _reports():
        panel.update_report(report)
        f = report.figures
        assert panel.values["need_per_month"].text() == f"{f.need_per_month:,}"
        for spec in specs:
            value = spec.display(f)
            expected = "—" if value is None else (f"{value:,}" if spec.kind is Kind.MONEY else str(value))
            assert panel.values[spec.name].text() == expected


def _key_figure_labels(report: CheckReport, lang: Lang) -> list[str]:
    writer = ReviewWriter(report, lang)
    writer.figures_section()
    section = "\n".join(writer.parts[1:])  # after the heading
    return [
        html.unescape(label) for label in re.findall(r'<td style="padding-right:12px">(.*?)</td>', section)
    ]


@pytest.mark.parametrize("lang", langs())
def test_the_reviews_key_figures_are_the_registered_ones(qtbot, lang: Lang) -> None:
    for report in _reports():
        rows = face_rows(Face.REVIEW, report.figures)
        assert _key_figure_labels(report, lang) == [spec.label(lang) for spec in rows]
    bank = _reports()[0]
    assert bank.figures.court_fee is None
    assert "court_fee" not in [s.name for s in face_rows(Face.REVIEW, bank.figures)]  # only when it applies

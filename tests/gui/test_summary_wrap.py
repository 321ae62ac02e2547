"""The summary panel never needs more width than it has: a finding that names a web address (a living-expense
figure's secondary source) wraps inside the address too, at a 20 pt font, instead of pushing the panel's
numbers out of sight on the right."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from debtassist.i18n import Lang, langs
from debtassist.model.case import Case, Route
from debtassist.reference.living_expense import bundled_living_expense_table
from debtassist.rules.check import check_case
from debtassist.rules.explain import Severity
from debtassist.ui.app import create_app
from debtassist.ui.summary import SummaryPanel


@pytest.mark.parametrize("lang", langs())
def test_a_web_address_in_a_finding_does_not_widen_the_summary(qtbot, lang: Lang) -> None:
    case = Case(route=Route.REHABILITATION, filing_date=date(2026, 12, 7))
    case.applicant.residence_county = "新北市"
    report = check_case(case, bundled_living_expense_table(), date(2026, 12, 1))
    # The summary lists the first few problems, errors first: keep the warnings, among them the address's.
    report = report._replace(findings=[f for f in report.findings if f.severity is not Severity.ERROR])
    messages = [f.message(lang) for f in report.warnings]
    assert any("https://" in m for m in messages)  # the case under test names an address
    app = create_app()
    normal = app.font()
    large = app.font()
    large.setPointSize(20)
    app.setFont(large)
    try:
        panel = SummaryPanel(lang)
        qtbot.addWidget(panel)
        panel.resize(305, 700)  # the panel's width beside the steps at 1366 px (30 % of the room)
        panel.show()
        panel.update_report(report)
        QApplication.processEvents()
        content = panel.scroller.widget()
        assert content is not None
        room = panel.scroller.viewport().width()
        assert content.minimumSizeHint().width() <= room
        assert content.width() <= room
    finally:
        app.setFont(normal)
    text = panel.problems.text().replace("\u200b", "")  # the words are unchanged
    assert any(m in text for m in messages if "https://" in m)

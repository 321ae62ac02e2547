"""The plan step's court panels (debtassist.ui.wizard.court_plan): the rehabilitation plan builder with its live
test bars and per-creditor table, the liquidation discharge outlook, and the bank's offer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget

from debtassist.examples import example_text
from debtassist.i18n import Lang
from debtassist.model.case import Route
from debtassist.model.codec import case_from_json
from debtassist.store.library import CaseLibrary
from debtassist.ui.fonts import register_app_fonts
from debtassist.ui.i18n import Translators
from debtassist.ui.session import CaseSession
from debtassist.ui.wizard.final_pages import PlanPage
from debtassist.ui.wizard.table_pages import IncomePage


def open_session(root: Path, example: str) -> CaseSession:
    library = CaseLibrary(root)
    case_id = library.create(case_from_json(example_text(example))[0])
    return CaseSession(library, library.open(case_id))


@pytest.fixture
def amc(tmp_path: Path) -> Iterator[CaseSession]:
    opened = open_session(tmp_path / "library", "court-private-amc")
    yield opened
    opened.close()


def show(qtbot: Any, session: CaseSession, lang: Lang = "en") -> PlanPage:
    page = PlanPage(session, lang)
    qtbot.addWidget(page)
    session.reportChanged.connect(page.report_changed)
    return page


def cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]


def test_rehabilitation_plan_builder_shows_the_tests_and_creditors(qtbot: Any, amc: CaseSession) -> None:
    page = show(qtbot, amc)
    panel = page.rehabilitation
    assert not panel.isHidden() and page.discharge.isHidden() and page.bank_offer.isHidden()
    assert panel.term.value() == 72
    # The example's plan: 72 x 6,900 = 496,800 against 9/10 x (48,720 + 6,975 x 72) = 495,828.
    visible = [bar for bar in panel.bars if not bar.isHidden()]
    assert len(visible) == 6
    best_effort = visible[2]
    assert "Art. 64-1" in best_effort.name.text()
    assert best_effort.bar.format() == "Plan 496,800 / required 495,828"
    assert best_effort.property("passes") is True
    assert "495,828" in best_effort.verdict.text()
    assert panel.creditors.rowCount() == 4
    assert cells(panel.creditors, 0) == ["遠東國際商業銀行", "340,000", "30.28%", "2,089", "150,408"]
    assert "6,887" in panel.suggested.text() and "Art. 64-1" in panel.suggested.text()
    assert "44.24%" in panel.total.text()


def test_a_smaller_plan_turns_the_bar_red_and_the_suggestion_fixes_it(qtbot: Any, amc: CaseSession) -> None:
    page = show(qtbot, amc)
    panel = page.rehabilitation
    amc.case.plan.phases[0].amount = 6_000  # 432,000 < 495,828
    page.reload()
    amc.touch()
    best_effort = [bar for bar in panel.bars if not bar.isHidden()][2]
    assert best_effort.property("passes") is False
    assert "63,828 short" in best_effort.verdict.text()  # 495,828 - 432,000
    panel.use.click()
    assert [(p.instalments, p.amount) for p in amc.case.plan.phases] == [(72, 6_887)]
    assert [bar for bar in panel.bars if not bar.isHidden()][2].property("passes") is True


def test_term_and_exception_are_written_to_the_case(qtbot: Any, amc: CaseSession) -> None:
    page = show(qtbot, amc)
    panel = page.rehabilitation
    panel.term.setValue(96)
    panel.exception.setCurrentIndex(3)  # to reach the Art. 64 II (3)/(4) minimums
    assert amc.case.plan.term_months == 96
    assert (
        amc.case.plan.art53_exception is not None and amc.case.plan.art53_exception.value == "reach_minimums"
    )
    court = amc.report.figures.court
    assert court is not None and court.suggested_plan is not None and court.suggested_plan.months == 96


def test_liquidation_shows_the_discharge_outlook_and_writes_answers(qtbot: Any, amc: CaseSession) -> None:
    amc.case.route = Route.LIQUIDATION
    page = show(qtbot, amc)
    amc.touch()
    panel = page.discharge
    assert not panel.isHidden() and page.rehabilitation.isHidden()
    text = panel.art133.text()
    # Surplus 6,975 a month; two-year surplus 137,400; distribution 48,720 (no priority claims) < 137,400.
    assert "6,975" in text and "137,400" in text and "48,720" in text and "Art. 133" in text
    assert "88,680" in panel.later.text()  # 137,400 - 48,720
    assert panel.art142.rowCount() == 4
    combo, explanation = panel.answers["4"]
    combo.setCurrentIndex(2)  # yes
    explanation.setText("多為生活費")
    explanation.editingFinished.emit()
    answer = amc.case.discharge_answers["4"]
    assert (answer.answer, answer.explanation) == (True, "多為生活費")


def test_bank_offer_on_the_negotiation_route(qtbot: Any, tmp_path: Path) -> None:
    session = open_session(tmp_path / "library", "single-cards")
    try:
        page = show(qtbot, session)
        panel = page.bank_offer
        assert not panel.isHidden()
        panel.monthly.setValue(20_000)
        panel.monthly.valueChanged.emit(20_000)
        assert session.case.bank_offer.monthly == 20_000
        assert "20,000" in panel.verdict.text() and "more than your monthly surplus" in panel.verdict.text()
    finally:
        session.close()


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_plan_step_screenshot(qtbot: Any, qapp: QApplication, amc: CaseSession, lang: Lang) -> None:
    translators = Translators()
    assert translators.install(lang)
    font = qapp.font()
    register_app_fonts(qapp)  # the bundled Noto Sans TC, as the app does (no system CJK font here)
    try:
        page = show(qtbot, amc, lang)
        page.resize(1000, 2200)
        page.body.resize(980, page.body.sizeHint().height())
        image = page.body.grab()
        assert not image.isNull() and image.height() > 600
        folder = os.environ.get("DEBTASSIST_SCREENSHOTS")
        if folder:
            image.save(str(Path(folder) / f"plan-step-{lang}.png"))
        expected = "每期 6,887 元" if lang == "zh-TW" else "6,887 a month"
        assert expected in page.rehabilitation.suggested.text()
    finally:
        translators.install("en")
        qapp.setFont(font)


def test_living_expense_year_choice_shows_both_figures(qtbot: Any, amc: CaseSession) -> None:
    page = show(qtbot, amc)
    panel = page.living_year
    assert not panel.isHidden()
    assert panel.year.value() == panel.year.minimum()  # the filing year
    panel.year.setValue(2025)
    assert amc.case.living_expense_year == 2025
    text = panel.figures.text()
    # KHH 2025 16,040 (secondary) is used; in force on the filing date (2026): the confirmed 16,970.
    assert "16,040 for 2025 (from a secondary source: please check and confirm)" in text
    assert "16,970 for 2026 (confirmed by you)" in text
    assert any(f.code == "PLAN_LIVING_YEAR_NOT_FILING_YEAR" for f in amc.report.notes)
    panel.year.setValue(panel.year.minimum())
    assert amc.case.living_expense_year is None


def test_income_page_names_the_two_year_window(qtbot: Any, amc: CaseSession) -> None:
    page = IncomePage(amc, "en")
    qtbot.addWidget(page)
    assert "113/12 to 115/11" in page.window_hint.text()
    assert "not covered" not in page.window_hint.text()
    amc.case.income.records.pop()
    amc.case.income.records.pop()
    amc.touch()
    page.report_changed(amc.report)
    assert "Months not covered yet: 12." in page.window_hint.text()

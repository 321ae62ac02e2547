"""The wizard's steps come from one list (debtassist.ui.wizard.steps): the window shows the pages in that
order and every title and cross-reference carries the number of the step it names, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.case_view import PAGE_TYPES
from debtassist.ui.i18n import Translators
from debtassist.ui.main_window import MainWindow
from debtassist.ui.wizard.steps import STEPS, numbered, step_number

TITLES = {
    "zh-TW": [
        "1. 選擇程序",
        "2. 開始之前",
        "3. 您的基本資料",
        "4. 家庭成員及受扶養人",
        "5. 您的財產",
        "6. 最近五年的營業活動",
        "7. 收入",
        "8. 必要生活費用",
        "9. 債權人",
        "10. 欠您錢的人",
        "11. 應附文件",
        "12. 還款方案",
        "13. 檢查",
        "14. 列印送件文件",
    ],
    "en": [
        "1. Which procedure",
        "2. Before you start",
        "3. About you",
        "4. Household and dependents",
        "5. What you own",
        "6. Business in the last five years",
        "7. Income",
        "8. Necessary expenses",
        "9. Creditors",
        "10. People who owe you money",
        "11. Documents",
        "12. Repayment plan",
        "13. Review",
        "14. Print the packet",
    ],
}


def test_the_window_shows_the_pages_in_the_declared_order() -> None:
    assert tuple(page.key for page in PAGE_TYPES) == STEPS
    assert [step_number(key) for key in STEPS] == list(range(1, len(STEPS) + 1))
    assert numbered("{creditors}/{route}") == "9/1"


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_titles_and_cross_references_carry_the_step_numbers(qtbot, tmp_path: Path, lang: str) -> None:
    create_app()
    translators = Translators()
    assert translators.install(lang)
    win = MainWindow(CaseLibrary(tmp_path / "data"), lang, translators)
    qtbot.addWidget(win)
    win.open_example("court-private-amc")
    assert win.case_view is not None
    steps = win.case_view.steps
    assert [steps.item(i).text() for i in range(steps.count())] == TITLES[lang]
    note = numbered(
        QCoreApplication.translate(
            "Wizard",
            "Pending enforcement or wage garnishment is entered with each creditor (page {creditors}).",
        )
    )
    assert ("（第 9 頁）" in note) if lang == "zh-TW" else note.endswith("(page 9).")

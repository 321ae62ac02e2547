"""The window holds still and helps: help on every step, a remembered splitter and language, Qt's own
dialogs in the app's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.i18n import Translators, start_lang, system_lang
from debtassist.ui.main_window import MainWindow
from debtassist.ui.settings import app_settings
from debtassist.ui.wizard.help import HelpDialog, has_help


def make_window(
    qtbot, tmp_path: Path, lang: str = "zh-TW", translators: Translators | None = None
) -> MainWindow:
    create_app()
    win = MainWindow(CaseLibrary(tmp_path / "data"), lang, translators)
    qtbot.addWidget(win)
    win.inform = lambda text: None  # type: ignore[method-assign]
    win.confirm = lambda text: True  # type: ignore[method-assign]
    win.show()
    return win


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_every_step_has_help_with_the_legal_aid_foundation_and_a_warning(
    qtbot, tmp_path: Path, lang: str
) -> None:
    win = make_window(qtbot, tmp_path, lang)
    win.new_case()
    win.activateWindow()
    qtbot.waitActive(win)
    view = win.case_view
    assert view is not None
    for index, page in enumerate(view.pages):
        assert has_help(page.key), page.key
        view.go_to(index)
        # F1 pressed in the step's first field (a line edit, a radio button, a table) reaches the help.
        field = next(
            w
            for w in page.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        )
        qtbot.keyClick(field, Qt.Key.Key_F1)
        dialog = view.help_dialog
        assert isinstance(dialog, HelpDialog) and dialog.isVisible(), page.key
        text = dialog.text.toPlainText()
        assert page.title() in dialog.windowTitle()
        assert "412-8518" in text and "laf.org.tw" in text
        assert ("法律扶助基金會" in text) and (
            ("假法扶" in text) if lang == "zh-TW" else ("fake legal aid" in text)
        )
        dialog.close()
    view.help_button.click()  # the button opens the same help
    assert view.help_dialog is not None and view.help_dialog.isVisible()


def test_the_summary_splitter_is_remembered(qtbot, tmp_path: Path) -> None:
    assert str(tmp_path.parent.parent) in app_settings().fileName() or "pytest" in app_settings().fileName()
    win = make_window(qtbot, tmp_path)
    win.new_case()
    view = win.case_view
    assert view is not None
    total = sum(view.splitter.sizes())
    view.splitter.moveSplitter(total - 200, 1)
    moved = view.splitter.sizes()
    win.show_desk()
    win.new_case()
    again = win.case_view
    assert again is not None and again is not view
    assert again.splitter.sizes() == moved


def test_the_chosen_language_is_remembered_and_a_non_chinese_system_starts_in_english(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEBTASSIST_LANG", raising=False)
    app_settings().remove("language")
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: german))
    assert system_lang() == "en" and start_lang() == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    assert system_lang() == "en"
    taiwan = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: taiwan))
    assert start_lang() == "zh-TW"
    win = make_window(qtbot, tmp_path, "zh-TW")
    win.set_language("en")
    assert start_lang() == "en"  # remembered over the Chinese system locale
    win.set_language("zh-TW")
    assert start_lang() == "zh-TW"
    app_settings().remove("language")


def test_qt_dialog_buttons_follow_the_app_language(qtbot, tmp_path: Path) -> None:
    translators = Translators()
    create_app()
    try:
        assert translators.install("zh-TW")
        box = QMessageBox(QMessageBox.Icon.Question, "DebtAssist", "?")
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {
            box.button(b).text() for b in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel)
        }
        assert texts == {"確定", "取消"}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        qtbot.addWidget(buttons)
        assert "儲存" in buttons.button(QDialogButtonBox.StandardButton.Save).text()
        translators.install("en")
        box2 = QMessageBox()
        box2.setStandardButtons(QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box2)
        assert box2.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        translators.remove()


def test_saving_shows_only_while_saving_and_last_change_moves_only_on_a_change(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path, "en")
    case_id = win.open_example("single-cards")
    view = win.case_view
    assert view is not None
    assert view.save_state.text() != "Saving…"  # just opened: nothing to save
    assert view.session.flush()
    before = win.library.load(case_id).meta.updated
    for index in range(len(view.pages)):  # moving around is not a change
        view.go_to(index)
    assert view.session.flush()
    assert view.save_state.text() == "All changes saved"
    assert win.library.load(case_id).meta.updated == before
    assert win.library.load(case_id).meta.wizard_page == view.pages[-1].key  # the page is still remembered
    view.session.case.applicant.phone = "02-2345-6789"
    view.session.touch()
    assert view.save_state.text() == "Saving…"
    assert view.session.flush()
    after = win.library.load(case_id).meta.updated
    assert after is not None and before is not None and after > before


def test_suggested_file_names_come_from_the_applicant_and_route_and_are_clean(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from debtassist.ui.wizard.final_pages import PacketPage

    win = make_window(qtbot, tmp_path, "zh-TW")
    case_id = win.open_example("single-cards")
    view = win.case_view
    assert view is not None
    view.session.case.applicant.name = "王\u202e小明/\x1b[31m"  # a bidi override, a slash, a terminal escape
    view.session.touch()
    view.session.flush()
    seen: list[str] = []

    def fake_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        seen.append(str(args[2]))  # (parent, caption, suggested path, filter)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    packet = next(p for p in view.pages if isinstance(p, PacketPage))
    packet.ask_save_path()
    assert Path(seen[-1]).name == "王 小明 [31m-前置協商-申請文件.pdf"
    asked: list[str] = []

    def ask(suggested: str) -> None:
        asked.append(suggested)

    win.ask_save_path = ask  # type: ignore[method-assign]
    win.show_desk()
    win.export_case(case_id)
    assert asked == ["王 小明 [31m-前置協商-案件.debtassist.json"]


def test_file_dialogs_are_qt_s_own_when_the_app_speaks_another_language_than_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from debtassist.ui.i18n import file_dialog_options

    monkeypatch.delenv("DEBTASSIST_LANG", raising=False)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: english))
    # Qt's dialog, translated by qtbase_zh_TW:
    assert file_dialog_options("zh-TW") == QFileDialog.Option.DontUseNativeDialog
    assert file_dialog_options("en") == QFileDialog.Option(0)  # the desktop's own dialog, in its language

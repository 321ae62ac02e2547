"""The desktop end to end: a case typed into the wizard reaches the packet; the desk manages many cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from debtassist.model.case import Route
from debtassist.rules.validators import check_national_id, national_id_check_digit
from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.i18n import Translators
from debtassist.ui.main_window import MainWindow
from debtassist.ui.widgets import CountyCombo, NationalIdEdit, RocDateEdit
from debtassist.ui.wizard.basic_pages import ApplicantPage, EligibilityPage, RoutePage
from debtassist.ui.wizard.final_pages import PacketPage, ReviewPage
from debtassist.ui.wizard.money_pages import ExpensesPage
from debtassist.ui.wizard.table_pages import CreditorsPage, IncomePage
from tests.gui.typing import ime
from tests.gui.windows import go as page
from tests.gui.windows import make_window
from tests.pdf.pdfcheck import pdfium_texts


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, CaseLibrary(tmp_path / "data"))


def pdf_text(path: Path) -> str:
    return "".join("".join(pdfium_texts(path.read_bytes())).split())


def test_a_case_typed_into_the_wizard_reaches_the_packet(window: MainWindow, qtbot, tmp_path: Path) -> None:
    window.new_case()
    view = window.case_view
    assert view is not None
    session = view.session

    route = page(window, RoutePage)
    assert isinstance(route, RoutePage)
    route.radios[Route.BANK_NEGOTIATION].click()
    qtbot.keyClicks(route.filing, "115/12/7")
    qtbot.keyClick(route.filing, Qt.Key.Key_Return)

    eligibility = page(window, EligibilityPage)
    assert isinstance(eligibility, EligibilityPage)
    eligibility.business.no.click()
    eligibility.agreement_2006.buttons["never"].click()
    eligibility.previous.setCurrentIndex(eligibility.previous.findData("none"))

    applicant = page(window, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    ime(applicant.editor("applicant.name", QLineEdit), "吳佩珊")
    national_id = "H22345678" + national_id_check_digit("H22345678")
    qtbot.keyClicks(applicant.editor("applicant.national_id", NationalIdEdit), national_id)
    qtbot.keyClicks(applicant.editor("applicant.birth_date", RocDateEdit), "79/5/20")
    qtbot.keyClick(applicant.editor("applicant.birth_date", RocDateEdit), Qt.Key.Key_Return)
    qtbot.keyClicks(applicant.editor("applicant.mobile", QLineEdit), "0912000111")
    ime(applicant.editor("applicant.registered_address", QLineEdit), "桃園市中壢區中大路300號")
    applicant.editor("applicant.residence_county", CountyCombo).setCounty("桃園市")

    income = page(window, IncomePage)
    assert isinstance(income, IncomePage)
    income.monthly.add()
    model = income.monthly.model
    model.setData(model.index(0, model.table.column_of("kind") or 0), "薪資")
    model.setData(model.index(0, model.table.column_of("amount") or 0), "32,000")

    expenses = page(window, ExpensesPage)
    assert isinstance(expenses, ExpensesPage)
    expenses.use_standard.click()
    qtbot.keyClicks(expenses.announced, "17186")
    qtbot.keyClick(expenses.announced, Qt.Key.Key_Return)
    ime(expenses.source, "桃園市社會局公告")
    expenses._use_entered_figure()

    creditors = page(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    table = creditors.table.model
    for name, amount in (("玉山商業銀行", "150,000"), ("國泰世華商業銀行", "230,000")):
        row = table.append_record(table.table.record_type())
        for key, value in (("kind", "bank"), ("name", name), ("principal", amount)):
            assert table.setData(table.index(row, table.table.column_of(key) or 0), value), key
    creditors._choose(creditors.largest.findText("國泰世華商業銀行"))

    assert session.report.figures.total_debt == 380_000
    assert session.report.figures.debtor_necessary_expense == 20_623  # 17,186 × 1.2 = 20,623.2
    errors = [f.code for f in session.report.errors]
    assert errors == [], errors

    review = page(window, ReviewPage)
    assert isinstance(review, ReviewPage)
    assert "吳佩珊" in review.browser.toPlainText()
    packet = page(window, PacketPage)
    assert isinstance(packet, PacketPage)
    assert packet.make_packet()
    pdf = window.library.layout.case_dir(session.case_id) / "packet.pdf"
    text = pdf_text(pdf)
    for value in ("吳佩珊", national_id, "國泰世華商業銀行", "380,000", "32,000", "桃園市中壢區中大路300號"):
        assert value in text, value

    # Reopening restores the case and the page where the user was.
    case_id = session.case_id
    window.show_desk()
    assert window.open_case(case_id)
    assert window.case_view is not None
    assert window.case_view.current().key == "packet"
    assert window.case_view.session.case.applicant.name == "吳佩珊"
    assert window.case_view.session.case.creditors[1].principal == 230_000


def test_an_invalid_id_blocks_next_with_the_reason(window: MainWindow, qtbot) -> None:
    window.new_case()
    applicant = page(window, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    edit = applicant.editor("applicant.national_id", NationalIdEdit)
    qtbot.keyClicks(edit, "A123456788")
    view = window.case_view
    assert view is not None
    assert not view.try_next()
    assert view.current() is applicant
    # One message for the wrong ID: the editor's, also the finding's (the summary's and the review's).
    said = check_national_id("A123456788").message("en")
    assert said and edit.error == said
    assert [r for r in view.reasons_blocking_next() if "ID" in r] == [said]
    assert view.blocked.text().count("check-digit") == 1
    found = [f.message("en") for f in view.session.report.findings if f.path == "applicant.national_id"]
    assert found == [said]
    edit.clear()
    qtbot.keyClicks(edit, "A123456789")
    reasons = view.reasons_blocking_next()
    assert not any("check-digit" in r for r in reasons)


def test_an_unchosen_question_is_not_filled_in(window: MainWindow) -> None:
    window.new_case()
    eligibility = page(window, EligibilityPage)
    assert isinstance(eligibility, EligibilityPage)
    assert eligibility.business.value() is None
    route = page(window, RoutePage)
    assert isinstance(route, RoutePage)
    assert not any(radio.isChecked() for radio in route.radios.values())
    assert window.case_view is not None
    assert window.case_view.session.case.route is None


def test_the_desk_searches_duplicates_exports_imports_and_restores(
    window: MainWindow, tmp_path: Path
) -> None:
    first = window.open_example("single-cards")
    window.show_desk()
    second = window.open_example("court-private-amc")
    window.show_desk()
    desk = window.desk
    assert desk.proxy.rowCount() == 2
    desk.search.setText("黃淑芬")
    assert desk.proxy.rowCount() == 1
    desk.search.setText("Rehabilitation")
    assert desk.proxy.rowCount() == 1
    desk.search.clear()

    window.duplicate(first)
    assert desk.proxy.rowCount() == 3

    export = tmp_path / "out.json"
    window.ask_save_path = lambda suggested: export  # type: ignore[method-assign]
    window.export_case(second)
    assert json.loads(export.read_text("utf-8"))["applicant"]["name"] == "黃淑芬"
    window.ask_open_path = lambda: export  # type: ignore[method-assign]
    imported = window.import_case()
    assert imported is not None and imported != second
    assert desk.proxy.rowCount() == 4

    window.delete_case(second)
    assert desk.proxy.rowCount() == 3
    trashed = window.library.trashed()
    assert [entry.case_id for entry in trashed] == [second]
    window.library.restore_from_trash(trashed[0].name)
    desk.reload()
    assert desk.proxy.rowCount() == 4


def test_a_case_open_elsewhere_is_refused_with_a_message(window: MainWindow, tmp_path: Path) -> None:
    case_id = window.open_example("single-cards")
    messages: list[str] = []
    other = MainWindow(window.library, "en")
    other.inform = messages.append  # type: ignore[method-assign,assignment]
    assert not other.open_case(case_id)
    assert messages and "another window" in messages[0]
    other.close()


def test_an_unreadable_case_offers_the_newest_backup(window: MainWindow) -> None:
    case_id = window.open_example("single-cards")
    assert window.case_view is not None
    window.case_view.session.case.notes = "second version"
    window.case_view.session.touch()
    window.show_desk()  # saves; the first version is now a backup
    window.library.layout.case_file(case_id).write_text("{ broken", encoding="utf-8")
    assert window.open_case(case_id)  # confirm() says yes: the backup is restored
    assert window.case_view is not None
    assert window.case_view.session.case.applicant.name == "林怡君"


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_both_languages_load(qtbot, tmp_path: Path, lang: str) -> None:
    create_app()
    translators = Translators()
    assert translators.install(lang)
    try:
        win = MainWindow(CaseLibrary(tmp_path / "data"), lang, translators)
        qtbot.addWidget(win)
        win.open_example("parent-mortgage")
        assert win.case_view is not None
        titles = [win.case_view.steps.item(i).text() for i in range(win.case_view.steps.count())]
        assert len(titles) == 14
        if lang == "zh-TW":
            assert "債權人" in "".join(titles)
        else:
            assert "Creditors" in "".join(titles)
        win.close()
    finally:
        translators.remove()  # the next tests get the English source text again


def test_the_creditor_name_editor_offers_the_lender_pick_list(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

    window.new_case()
    creditors = page(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    creditors.table.add()
    model = creditors.table.model
    index = model.index(0, model.table.column_of("name") or 0)
    delegate = creditors.table.view.itemDelegateForColumn(index.column())
    editor = delegate.createEditor(creditors.table.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    assert completer is not None
    names = [completer.model().index(row, 0).data() for row in range(completer.model().rowCount())]
    assert "中國信託商業銀行" in names and "玉山商業銀行" in names


def test_protect_a_case_with_a_passphrase_and_open_it_again(window: MainWindow, tmp_path: Path) -> None:
    case_id = window.open_example("single-cards")
    answers = iter(["correct horse battery", "correct horse battery"])
    window.ask_passphrase = lambda prompt: next(answers)  # type: ignore[method-assign]
    assert window.protect_case()
    window.show_desk()
    assert window.library.is_protected(case_id)
    file_text = window.library.layout.case_file(case_id).read_bytes()
    assert "林怡君".encode() not in file_text and b"F223456786" not in file_text
    row = next(r for r in range(window.desk.model.rowCount()) if window.desk.model.case_id(r) == case_id)
    # Unlocked in this session: shown in full, marked as protected (another window lists it locked, below).
    assert window.desk.model.index(row, 0).data() == "🔒 林怡君"

    other = MainWindow(window.library, "en")
    row = next(r for r in range(other.desk.model.rowCount()) if other.desk.model.case_id(r) == case_id)
    assert "Protected" in other.desk.model.index(row, 0).data()
    messages: list[str] = []
    other.inform = messages.append  # type: ignore[method-assign,assignment]
    tries = iter(["wrong guess", "correct horse battery"])
    other.ask_passphrase = lambda prompt: next(tries)  # type: ignore[method-assign]
    assert other.open_case(case_id)
    assert messages and "passphrase" in messages[0].lower()
    assert other.case_view is not None
    assert other.case_view.session.case.applicant.name == "林怡君"
    other.close()


def test_wiping_a_trashed_case_removes_it_with_its_backups(window: MainWindow) -> None:
    case_id = window.open_example("court-private-amc")
    assert window.case_view is not None
    window.case_view.session.case.notes = "a second version, so there is a backup"
    window.case_view.session.touch()
    window.show_desk()
    assert window.library.backups(case_id)
    window.delete_case(case_id)
    name = window.library.trashed()[0].name
    assert window.wipe_trashed(name)
    assert window.library.trashed() == []
    everything = b"".join(p.read_bytes() for p in window.library.layout.root.rglob("*") if p.is_file())
    assert "黃淑芬".encode() not in everything


def test_long_text_emoji_and_rare_characters_survive_save_reload_and_print(window: MainWindow) -> None:
    case_id = window.open_example("single-cards")
    applicant = page(window, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    name = "林怡君😀𠮷堃喆"
    address = "新北市板橋區文化路一段" + "很長的地址" * 200
    applicant.editor("applicant.name", QLineEdit).clear()
    ime(applicant.editor("applicant.name", QLineEdit), name)
    applicant.editor("applicant.registered_address", QLineEdit).clear()
    ime(applicant.editor("applicant.registered_address", QLineEdit), address)
    assert window.case_view is not None
    assert window.case_view.session.flush()
    window.show_desk()
    reloaded = window.library.load(case_id)
    assert (reloaded.applicant.name, reloaded.applicant.registered_address) == (name, address)
    window.open_case(case_id)
    page(window, ReviewPage)
    packet = page(window, PacketPage)
    assert isinstance(packet, PacketPage)
    assert packet.make_packet()
    assert packet.packet is not None
    reported = {g.char for g in packet.packet.glyphs}
    assert "😀" in reported  # not in the bundled font: drawn with a fallback or printed as its code point


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("12,345", 12345),
        ("-5", None),
        ("十萬", 100_000),
        ("三萬八", 38_000),
        ("十八萬", 180_000),
        ("1.5萬", 15_000),
        ("1.5", None),
        ("1234.5", None),
        ("-500", None),
        ("１２３", 123),
        ("999999999999999", None),
    ],
)
def test_money_typed_into_a_table_is_checked(window: MainWindow, typed: str, accepted: int | None) -> None:
    window.new_case()
    creditors = page(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    creditors.table.add()
    model = creditors.table.model
    index = model.index(0, model.table.column_of("principal") or 0)
    ok = model.setData(index, typed)
    assert ok == (accepted is not None)
    assert window.case_view is not None
    assert window.case_view.session.case.creditors[0].principal == accepted
    if accepted is None:
        assert model.cell_error(0, index.column())


def test_bad_files_imported_through_the_window_get_a_message_and_change_nothing(
    window: MainWindow, tmp_path: Path
) -> None:
    from tests.test_bad_input import MATRIX

    messages: list[str] = []
    window.inform = messages.append  # type: ignore[method-assign,assignment]
    window.ask_passphrase = lambda prompt: None  # type: ignore[method-assign]
    for name, text, code, _ in MATRIX:
        if code != 2:
            continue
        source = tmp_path / "bad.json"
        source.write_text(text, encoding="utf-8")
        window.ask_open_path = lambda source=source: source  # type: ignore[method-assign,misc]
        before = len(messages)
        assert window.import_case() is None, name
        assert len(messages) == before + 1 and messages[-1], name
    assert window.library.list_cases() == []


def test_an_empty_required_field_blocks_next_and_says_which(window: MainWindow, qtbot) -> None:
    window.new_case()
    applicant = page(window, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    view = window.case_view
    assert view is not None
    assert not view.try_next()
    text = view.blocked.text()
    assert "your name" in text and "your national ID number" in text
    assert "phone" in text.lower()


def test_erasing_a_trashed_copy_leaves_a_live_case_with_the_same_id(
    window: MainWindow, tmp_path: Path
) -> None:
    case_id = window.open_example("single-cards")
    window.show_desk()
    export = tmp_path / "copy.json"
    window.library.export_case(case_id, export)
    window.delete_case(case_id)
    window.ask_open_path = lambda: export  # type: ignore[method-assign]
    assert window.import_case() == case_id  # the id is free again, so the import keeps it
    name = window.library.trashed()[0].name
    assert window.wipe_trashed(name)
    assert window.library.load(case_id).applicant.name == "林怡君"


def test_a_protected_case_keeps_its_packet_out_of_plain_files(window: MainWindow) -> None:
    case_id = window.open_example("single-cards")
    page(window, ReviewPage)
    packet = page(window, PacketPage)
    assert isinstance(packet, PacketPage)
    assert packet.make_packet()  # plaintext packet.pdf in the case folder, before protection
    answers = iter(["a passphrase to remember", "a passphrase to remember"])
    window.ask_passphrase = lambda prompt: next(answers)  # type: ignore[method-assign]
    assert window.protect_case()
    assert packet.make_packet()
    assert packet.pdf is not None and packet.pdf.startswith(b"%PDF")
    assert not packet.open_button.isEnabled()
    window.show_desk()
    everything = b"".join(p.read_bytes() for p in window.library.layout.root.rglob("*") if p.is_file())
    assert "林怡君".encode() not in everything and b"F223456786" not in everything
    assert case_id


def test_a_secured_debt_gets_its_cover_and_collateral_in_the_window(window: MainWindow) -> None:
    window.open_example("parent-mortgage")
    creditors = page(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    model = creditors.table.model
    assert window.case_view is not None
    session = window.case_view.session
    car = next(
        i for i, c in enumerate(session.case.creditors) if c.debt_type and c.debt_type.value == "car_loan"
    )
    creditors.table.view.setCurrentIndex(model.index(car, 0))
    assert creditors.collateral.isEnabled()
    creditors._choose_collateral(creditors.collateral.findData(""))
    assert "COLLATERAL_NOT_IN_ASSETS" in {f.code for f in session.report.warnings}
    creditors._choose_collateral(creditors.collateral.findData("a-car"))
    assert "COLLATERAL_NOT_IN_ASSETS" not in {f.code for f in session.report.warnings}
    assert model.setData(model.index(car, model.table.column_of("secured_coverage") or 0), "")
    assert "SECURED_COVERAGE_MISSING" in {f.code for f in session.report.warnings}
    assert model.setData(model.index(car, model.table.column_of("secured_coverage") or 0), "300,000")
    assert session.report.figures.unsecured_debt == 470_000


def test_a_cell_being_edited_is_saved_when_the_case_is_closed(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    case_id = window.open_example("single-cards")
    creditors = page(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    view = creditors.table.view
    index = creditors.table.model.index(0, creditors.table.model.table.column_of("address") or 0)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("新北市新莊區中正路1號")
    window.show_desk()  # closes the case: the open editor must commit first
    assert window.library.load(case_id).creditors[0].address == "新北市新莊區中正路1號"


def test_notes_are_edited_on_the_first_page_and_saved(window: MainWindow) -> None:
    case_id = window.open_example("single-cards")
    route = page(window, RoutePage)
    assert isinstance(route, RoutePage)
    assert route.notes.toPlainText().startswith("債務集中")
    route.notes.setPlainText("下週一帶薪資單來。")
    window.show_desk()
    assert window.library.load(case_id).notes == "下週一帶薪資單來。"


def test_step_names_stay_whole_at_a_large_font(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    big = app.font()
    big.setPointSizeF(20)
    app.setFont(big)
    try:
        window.open_example("single-cards")
        view = window.case_view
        assert view is not None
        # Whole, not elided: a long name wraps onto a second line and its row is tall enough for it.
        from PySide6.QtCore import QRect

        QApplication.processEvents()
        metrics = view.steps.fontMetrics()
        for i in range(view.steps.count()):
            item = view.steps.item(i)
            rect = view.steps.visualItemRect(item)
            needed = metrics.boundingRect(
                QRect(0, 0, rect.width() - 4, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            assert needed.height() <= rect.height() and needed.width() <= rect.width(), item.text()
        assert view.steps.width() <= window.width() // 3  # and the page keeps its room
    finally:
        app.setFont(original)

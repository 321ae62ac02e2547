"""The input widgets: typing, values, signals, errors in both languages, accessibility, and fuzzed text."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFont, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from debtassist.i18n import Lang
from debtassist.reference.areas import counties
from debtassist.rules.rocdate import format_roc, parse_date
from debtassist.rules.validators import (
    MAX_AMOUNT,
    InputError,
    check_national_id,
    format_amount,
    normalize_national_id,
    parse_amount,
    parse_share,
)
from debtassist.ui.widgets import (
    CheckedLineEdit,
    CountyCombo,
    FieldRow,
    LenderCombo,
    MoneyEdit,
    NationalIdEdit,
    RocDateEdit,
    ShareEdit,
    accessible_text,
)

TODAY = date(2026, 3, 2)  # 115/03/02


def core_message(text: str, parse, lang: Lang) -> str:
    """The core's message for the text a parser refuses."""
    with pytest.raises(InputError) as caught:
        parse(text)
    return caught.value.message(lang)


def ime(widget: QWidget, text: str) -> None:
    """Commit ``text`` as an input method does (how full-width digits and Chinese arrive).

    QTest key clicks only carry ASCII."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def finish(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def recorder(signal) -> list[object]:
    seen: list[object] = []
    signal.connect(seen.append)
    return seen


@pytest.fixture
def money(qtbot) -> MoneyEdit:
    widget = MoneyEdit(label="&Monthly income:")
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def roc(qtbot) -> RocDateEdit:
    widget = RocDateEdit(label="Date of birth", today=lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def national_id(qtbot) -> NationalIdEdit:
    widget = NationalIdEdit(label="National ID")
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def share(qtbot) -> ShareEdit:
    widget = ShareEdit(label="Share")
    qtbot.addWidget(widget)
    return widget


# --- MoneyEdit ---------------------------------------------------------------------------------------


def test_money_groups_thousands_as_typed(qtbot, money: MoneyEdit) -> None:
    values = recorder(money.valueChanged)
    qtbot.keyClicks(money, "12345")
    assert money.text() == "12,345"
    assert money.cursorPosition() == len("12,345")
    assert money.value() == 12345
    assert money.error is None
    assert values == [1, 12, 123, 1234, 12345]


def test_money_value_changed_fires_only_when_the_amount_changes(qtbot, money: MoneyEdit) -> None:
    values = recorder(money.valueChanged)
    money.setText("NT$12,345")
    money.setText("12345元")
    money.setText("12,345")
    qtbot.keyClicks(money, "x")  # now not a number
    money.clear()
    assert values == [12345, None]


def test_money_typing_in_the_middle_keeps_the_cursor_after_the_same_digit(qtbot, money: MoneyEdit) -> None:
    qtbot.keyClicks(money, "1234")
    money.setCursorPosition(1)  # 1|,234
    qtbot.keyClicks(money, "9")
    assert money.text() == "19,234"
    assert money.cursorPosition() == 2  # 19|,234


def test_money_backspace_after_a_comma_removes_the_digit_before_it(qtbot, money: MoneyEdit) -> None:
    qtbot.keyClicks(money, "12345")
    money.setCursorPosition(3)  # 12,|345
    qtbot.keyClick(money, Qt.Key.Key_Backspace)
    assert money.text() == "1,345"
    assert money.cursorPosition() == 1
    money.setCursorPosition(1)  # 1|,345
    qtbot.keyClick(money, Qt.Key.Key_Delete)
    assert money.text() == "145"


def test_money_negative_is_an_error_once_editing_finishes(qtbot, money: MoneyEdit) -> None:
    errors = recorder(money.errorChanged)
    qtbot.keyClicks(money, "-5")
    assert money.error is None  # still typing: not judged yet
    assert money.value() is None
    finish(qtbot, money)
    expected = core_message("-5", parse_amount, "zh-TW")
    assert money.error == expected
    assert money.text() == "-5"  # the text is kept for the person to correct
    money.lang = "en"
    assert money.error == core_message("-5", parse_amount, "en")
    # Fixing the text clears the error at once, without waiting for Enter.
    qtbot.keyClick(money, Qt.Key.Key_Home)
    qtbot.keyClick(money, Qt.Key.Key_Delete)
    assert money.error is None
    assert money.value() == 5
    assert errors == [expected, core_message("-5", parse_amount, "en"), ""]


def test_money_decimal_is_an_error_but_zero_cents_are_fine(qtbot, money: MoneyEdit) -> None:
    qtbot.keyClicks(money, "1.5")
    finish(qtbot, money)
    assert money.error == core_message("1.5", parse_amount, "zh-TW")
    assert money.value() is None
    money.selectAll()
    qtbot.keyClicks(money, "1,234.00")
    finish(qtbot, money)
    assert (money.value(), money.text()) == (1234, "1,234")
    assert money.error is None


def test_money_accepts_full_width_digits_and_nt_dollar(qtbot, money: MoneyEdit) -> None:
    ime(money, "１２３４５")
    assert money.text() == "12,345"
    assert money.value() == 12345
    money.clear()
    qtbot.keyClicks(money, "NT$1234")
    assert money.value() == 1234
    finish(qtbot, money)
    assert money.text() == "1,234"
    money.clear()
    ime(money, "ＮＴ＄１２３４５元")
    finish(qtbot, money)
    assert (money.value(), money.text()) == (12345, "12,345")


def test_money_pasted_misgrouped_figure_is_questioned_not_regrouped(money: MoneyEdit) -> None:
    money.setText("1,2345")  # program-set (or pasted) text is judged at once
    assert money.text() == "1,2345"
    assert money.error == core_message("1,2345", parse_amount, "zh-TW")


def test_money_set_value(money: MoneyEdit) -> None:
    money.setValue(1234567)
    assert (money.text(), money.value(), money.error) == ("1,234,567", 1234567, None)
    money.setValue(None)
    assert (money.text(), money.value()) == ("", None)
    money.setValue(-5)
    assert money.value() is None
    assert money.error == core_message("-5", parse_amount, "zh-TW")


def test_money_is_right_aligned_and_named_from_its_label(money: MoneyEdit) -> None:
    assert money.alignment() & Qt.AlignmentFlag.AlignRight
    assert money.accessibleName() == "Monthly income"


def test_money_shows_a_warning_icon_with_the_error(qtbot, money: MoneyEdit) -> None:
    qtbot.keyClicks(money, "abc")
    finish(qtbot, money)
    actions = [action for action in money.actions() if action.isVisible()]
    assert [action.toolTip() for action in actions] == [money.error]
    money.clear()
    assert not any(action.isVisible() for action in money.actions())


# --- RocDateEdit -------------------------------------------------------------------------------------


def test_roc_date_is_read_and_shown_in_roc_form(qtbot, roc: RocDateEdit) -> None:
    dates = recorder(roc.dateChanged)
    qtbot.keyClicks(roc, "115/3/2")
    assert roc.value() == date(2026, 3, 2)
    finish(qtbot, roc)
    assert roc.text() == "115/03/02"
    assert roc.error is None
    assert dates == [date(2026, 3, 2)]


@pytest.mark.parametrize("text", ["2026-03-02", "115-03-02", "115.3.2", "1150302", "20260302"])
def test_roc_date_accepts_the_other_forms(qtbot, roc: RocDateEdit, text: str) -> None:
    qtbot.keyClicks(roc, text)
    finish(qtbot, roc)
    assert (roc.value(), roc.text(), roc.error) == (date(2026, 3, 2), "115/03/02", None)


def test_roc_date_accepts_chinese_and_full_width(roc: RocDateEdit) -> None:
    ime(roc, "民國１１５年３月２日")
    assert roc.value() == date(2026, 3, 2)
    roc.validate()
    assert roc.text() == "115/03/02"


def test_roc_date_that_does_not_exist_is_explained_in_both_languages(qtbot, roc: RocDateEdit) -> None:
    qtbot.keyClicks(roc, "115/2/30")
    assert roc.error is None
    finish(qtbot, roc)
    assert roc.value() is None
    assert roc.text() == "115/2/30"
    assert roc.error == core_message("115/2/30", parse_date, "zh-TW")
    roc.lang = "en"
    assert roc.error == core_message("115/2/30", parse_date, "en")


def test_roc_date_not_in_the_future(qtbot) -> None:
    field = RocDateEdit(allow_future=False, today=lambda: TODAY)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "115/3/3")
    finish(qtbot, field)
    assert field.value() is None
    assert field.error is not None
    assert "115/03/02" in field.error  # says what today is
    field.selectAll()
    qtbot.keyClicks(field, "115/3/2")  # today itself is fine
    assert field.value() == TODAY
    assert field.error is None
    field.setText("115/3/3")
    assert field.error is not None
    field.allow_future = True
    assert field.value() == date(2026, 3, 3)
    assert field.error is None


def test_roc_date_max_date(roc: RocDateEdit) -> None:
    roc.max_date = date(2025, 12, 31)
    roc.setText("2026-01-01")
    assert roc.value() is None
    assert roc.error is not None
    assert "114/12/31" in roc.error
    roc.max_date = None
    assert roc.value() == date(2026, 1, 1)
    assert roc.error is None


def test_roc_date_set_value(roc: RocDateEdit) -> None:
    dates = recorder(roc.dateChanged)
    roc.setValue(date(2026, 3, 2))
    assert (roc.text(), roc.value()) == ("115/03/02", date(2026, 3, 2))
    roc.setValue(None)
    assert (roc.text(), roc.value()) == ("", None)
    roc.setValue(date(1900, 1, 1))  # before the ROC calendar: shown, and explained
    assert roc.value() is None
    assert roc.error == core_message("1900-01-01", parse_date, "zh-TW")
    assert dates == [date(2026, 3, 2), None]


# --- NationalIdEdit ----------------------------------------------------------------------------------


def test_national_id_uppercases_and_becomes_valid(qtbot, national_id: NationalIdEdit) -> None:
    states = recorder(national_id.stateChanged)
    ids = recorder(national_id.idChanged)
    qtbot.keyClicks(national_id, "a12345678")
    assert (national_id.text(), national_id.state, national_id.error) == ("A12345678", "incomplete", None)
    qtbot.keyClicks(national_id, "9")
    assert (national_id.value(), national_id.state, national_id.error) == ("A123456789", "valid", None)
    assert national_id.check().kind == "citizen"
    assert states == ["incomplete", "valid"]
    assert ids[0] == "A" and ids[-1] == "A123456789"
    [status] = [action for action in national_id.actions() if action.isVisible()]
    assert status.toolTip()


def test_national_id_checksum_error_appears_as_typed_in_both_languages(qtbot, national_id) -> None:
    qtbot.keyClicks(national_id, "A123456788")
    assert national_id.state == "invalid"
    assert national_id.error == check_national_id("A123456788").message("zh-TW")
    assert national_id.error == "身分證統一編號的檢查碼不符，可能有一個數字打錯了。請對照證件再核對一次。"
    national_id.lang = "en"
    assert national_id.error == check_national_id("A123456788").message("en")
    assert "check-digit" in national_id.error
    assert national_id.value() == "A123456788"  # kept: an older kind of number may be what the card says


def test_national_id_incomplete_is_reported_when_editing_finishes(qtbot, national_id) -> None:
    qtbot.keyClicks(national_id, "A1234")
    assert (national_id.state, national_id.error) == ("incomplete", None)
    finish(qtbot, national_id)
    assert national_id.error == check_national_id("A1234").message("zh-TW")


@pytest.mark.parametrize("text", ["AB", "1", "A3", "A1234B"])
def test_national_id_impossible_start_is_invalid_at_once(qtbot, national_id, text: str) -> None:
    qtbot.keyClicks(national_id, text)
    assert national_id.state == "invalid"
    assert national_id.error is not None


def test_national_id_typing_stops_at_ten_characters(qtbot, national_id: NationalIdEdit) -> None:
    qtbot.keyClicks(national_id, "A1234567890")
    assert national_id.text() == "A123456789"
    national_id.clear()
    ime(national_id, "ａ１２３ ４５６ ７８９")
    assert (national_id.text(), national_id.state) == ("A123456789", "valid")


def test_national_id_pasted_long_text_is_kept_and_explained(qtbot, national_id: NationalIdEdit) -> None:
    national_id.setText("ID: A123456789")
    assert national_id.value() == "ID:A123456789"
    assert national_id.state == "invalid"
    assert national_id.error == check_national_id("ID:A123456789").message("zh-TW")
    national_id.setCursorPosition(3)
    qtbot.keyClicks(national_id, "X")  # no typing into text that is already too long
    assert national_id.value() == "ID:A123456789"
    for _ in range(3):
        qtbot.keyClick(national_id, Qt.Key.Key_Backspace)  # but it can be shortened
    assert (national_id.value(), national_id.state) == ("A123456789", "valid")


def test_national_id_empty_is_not_an_error(qtbot, national_id: NationalIdEdit) -> None:
    qtbot.keyClicks(national_id, "A")
    qtbot.keyClick(national_id, Qt.Key.Key_Backspace)
    finish(qtbot, national_id)
    assert (national_id.state, national_id.error, national_id.value()) == ("empty", None, "")


# --- ShareEdit ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["1/2", "50%", "0.5", "１／２"])
def test_share_forms(share: ShareEdit, text: str) -> None:
    changes = recorder(share.shareChanged)
    ime(share, text)
    assert (share.value(), share.fraction(), share.error) == ("1/2", Fraction(1, 2), None)
    share.validate()
    assert share.text() == "1/2"
    assert changes == ["1/2"]


def test_share_in_chinese(share: ShareEdit) -> None:
    ime(share, "三分之一")
    assert share.value() == "1/3"


def test_share_above_one_is_an_error(qtbot, share: ShareEdit) -> None:
    qtbot.keyClicks(share, "3/2")
    finish(qtbot, share)
    assert share.value() == ""
    assert share.error == core_message("3/2", parse_share, "zh-TW")
    share.clear()
    assert share.value() == ""
    assert share.error is None


# --- CountyCombo -------------------------------------------------------------------------------------


def test_county_combo_lists_every_county_after_an_empty_choice(qtbot) -> None:
    combo = CountyCombo(label="County")
    qtbot.addWidget(combo)
    assert combo.currentIndex() == 0  # nothing pre-selected
    assert combo.county() == ""
    assert combo.areaText() == ""
    assert combo.count() == 1 + len(counties()) == 23
    assert [combo.itemText(i) for i in range(1, combo.count())] == [c.name for c in counties()]
    assert combo.itemText(1) == "臺北市"
    combo.lang = "en"
    assert combo.itemText(1) == "Taipei City"
    assert combo.accessibleName() == "County"


def test_county_combo_set_county_accepts_tai_variants(qtbot) -> None:
    combo = CountyCombo()
    qtbot.addWidget(combo)
    changes = recorder(combo.countyChanged)
    assert combo.setCounty("台北市")
    assert (combo.county(), combo.currentText()) == ("臺北市", "臺北市")
    assert combo.setCounty("彰化縣")
    assert combo.areaText() == "臺灣省"
    combo.lang = "en"
    assert (combo.currentText(), combo.areaText(), combo.county()) == (
        "Changhua County",
        "Taiwan Province",
        "彰化縣",
    )
    assert not combo.setCounty("Atlantis")
    assert combo.county() == ""
    assert combo.setCounty("")
    assert changes == ["臺北市", "彰化縣", ""]


def test_county_combo_is_chosen_with_the_keyboard(qtbot) -> None:
    combo = CountyCombo()
    qtbot.addWidget(combo)
    changes = recorder(combo.countyChanged)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.county() == "臺北市"
    assert changes == ["臺北市"]


# --- LenderCombo -------------------------------------------------------------------------------------


@pytest.fixture
def lender(qtbot) -> LenderCombo:
    combo = LenderCombo(label="Creditor")
    qtbot.addWidget(combo)
    return combo


def completions(combo: LenderCombo) -> list[str]:
    completer = combo.completer()
    assert completer is not None
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_lender_combo_starts_empty(lender: LenderCombo) -> None:
    assert lender.currentIndex() == -1
    assert lender.text() == ""
    assert lender.kindFor() is None


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and the popup
def test_lender_completer_finds_a_bank_from_part_of_its_name(qtbot, lender: LenderCombo) -> None:
    changes = recorder(lender.lenderChanged)
    edit = lender.lineEdit()
    assert edit is not None
    ime(edit, "中國")
    assert completions(lender) == ["中國信託商業銀行"]
    completer = lender.completer()
    assert completer is not None
    popup = completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert lender.text() == "中國信託商業銀行"
    assert lender.kindFor() == "bank"
    assert changes[-1] == "中國信託商業銀行"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_lender_completer_matches_inside_names_and_ignores_tai_variants(lender: LenderCombo) -> None:
    edit = lender.lineEdit()
    assert edit is not None
    ime(edit, "台灣")  # the list writes 臺灣銀行 and 花旗(台灣)商業銀行
    found = completions(lender)
    assert "臺灣銀行" in found
    assert "花旗(台灣)商業銀行" in found
    edit.clear()
    ime(edit, "郵政")
    assert any("郵政" in name for name in completions(lender))


def test_lender_free_text_is_kept_and_not_added_to_the_list(qtbot, lender: LenderCombo) -> None:
    count = lender.count()
    lender.setText("王小明")
    assert lender.text() == "王小明"
    assert lender.kindFor() is None
    edit = lender.lineEdit()
    assert edit is not None
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert lender.count() == count
    assert lender.kindFor("台北富邦商業銀行") == "bank"
    assert lender.kindFor("某某資產管理股份有限公司") == "amc"
    lender.setText("臺灣銀行")
    assert lender.lender() is not None
    assert lender.currentIndex() >= 0


# --- FieldRow and ErrorLabel -------------------------------------------------------------------------


def test_field_row_shows_the_error_and_tells_screen_readers(qtbot) -> None:
    field = MoneyEdit()
    row = FieldRow("月收入(&M)：", field, hint="稅前金額")
    qtbot.addWidget(row)
    assert field.accessibleName() == "月收入"
    assert row.label().buddy() is field
    assert field.accessibleDescription() == "稅前金額"
    label = row.errorLabel()
    assert label.text() == "" and label.height() >= 0
    assert label.minimumHeight() >= label.fontMetrics().lineSpacing()  # room kept: the page does not jump
    qtbot.keyClicks(field, "-5")
    finish(qtbot, field)
    assert label.text() == field.error
    assert label.isVisibleTo(row)
    assert label.wordWrap()
    assert field.accessibleDescription() == field.error
    field.clear()
    assert label.text() == ""
    assert field.accessibleDescription() == "稅前金額"


def test_field_row_keeps_a_given_accessible_name(qtbot) -> None:
    field = NationalIdEdit(label="Applicant's national ID")
    row = FieldRow("ID:", field)
    qtbot.addWidget(row)
    assert field.accessibleName() == "Applicant's national ID"
    row.setLabelText("身分證字號：")
    assert field.accessibleName() == "Applicant's national ID"


def test_field_row_with_a_combo(qtbot) -> None:
    combo = LenderCombo()
    row = FieldRow("&Creditor:", combo)
    qtbot.addWidget(row)
    edit = combo.lineEdit()
    assert edit is not None
    assert (combo.accessibleName(), edit.accessibleName()) == ("Creditor", "Creditor")
    assert row.errorLabel().text() == ""


# --- every widget ------------------------------------------------------------------------------------

ALL_WIDGETS = [MoneyEdit, RocDateEdit, NationalIdEdit, ShareEdit, CountyCombo, LenderCombo]


@pytest.mark.parametrize("kind", ALL_WIDGETS)
def test_widgets_grow_with_the_font(qtbot, kind) -> None:
    widget = kind()
    qtbot.addWidget(widget)
    normal = widget.sizeHint().height()
    font = QFont(widget.font())
    font.setPointSize(font.pointSize() * 3 if font.pointSize() > 0 else 36)
    widget.setFont(font)
    assert widget.sizeHint().height() > normal
    assert widget.minimumHeight() == 0
    assert widget.maximumHeight() > 10_000  # no fixed height


@pytest.mark.parametrize("kind", ALL_WIDGETS)
def test_widgets_take_keyboard_focus(qtbot, kind) -> None:
    widget = kind()
    qtbot.addWidget(widget)
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


class FakeTranslator(QTranslator):
    """Stands in for a Chinese Qt catalog: marks every interface text of the widgets."""

    def translate(
        self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"«{sourceText}»" if context == "Widgets" else ""

    def isEmpty(self) -> bool:
        return False  # an empty translator is not installed


def test_widgets_follow_a_translator_change(qtbot) -> None:
    combo = CountyCombo()
    field = RocDateEdit(allow_future=False, today=lambda: TODAY)
    qtbot.addWidget(combo)
    qtbot.addWidget(field)
    field.setText("200/1/1")
    before = field.error
    assert before is not None
    translator = FakeTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents()  # delivers LanguageChange
        assert combo.itemText(0).startswith("«")
        assert field.error == f"«{before}»"
        assert field.toolTip().startswith("«")
    finally:
        app.removeTranslator(translator)
        QCoreApplication.sendPostedEvents()
    assert field.error == before


@pytest.mark.parametrize("kind", [MoneyEdit, RocDateEdit, NationalIdEdit, ShareEdit])
def test_characters_beyond_u_ffff_keep_cursor_positions_right(qtbot, kind) -> None:
    """Qt counts cursor positions in UTF-16 units, Python in characters (found by the typing fuzz test)."""
    widget = kind()
    qtbot.addWidget(widget)
    ime(widget, "a\U0001f600/1")
    assert widget.cursorPosition() == len(widget.text().encode("utf-16-le")) // 2
    for _ in range(4):
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    assert widget.text() == ""


# --- any text ----------------------------------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Text that looks like what these fields get, mixed with anything at all.
lookalike = st.text(alphabet="0123456789０１２３,.-/%年月日民國NT$元AaZz ", max_size=14)
any_text = st.one_of(st.text(max_size=40), lookalike)


def check_invariants(widget: CheckedLineEdit) -> None:
    error = widget.error
    assert error is None or (isinstance(error, str) and error)
    if isinstance(widget, MoneyEdit):
        value = widget.value()
        assert value is None or (isinstance(value, int) and 0 <= value <= MAX_AMOUNT)
        if value is not None:
            assert widget.text() == format_amount(value) and error is None
    elif isinstance(widget, RocDateEdit):
        day = widget.value()
        if day is not None:
            assert widget.text() == format_roc(day) and error is None
    elif isinstance(widget, NationalIdEdit):
        assert widget.value() == normalize_national_id(widget.text())
        assert (widget.state == "valid") == check_national_id(widget.value()).ok
    elif isinstance(widget, ShareEdit) and widget.value():
        assert parse_share(widget.value()) == widget.fraction() and error is None
    if not widget.text().strip():
        assert error is None


@pytest.mark.parametrize("kind", [MoneyEdit, RocDateEdit, NationalIdEdit, ShareEdit])
@FUZZ
@given(text=any_text)
def test_any_text_never_raises(qtbot, kind, text: str) -> None:
    widget = kind()
    qtbot.addWidget(widget)
    widget.setText(text)
    widget.editingFinished.emit()
    check_invariants(widget)
    widget.lang = "en"
    check_invariants(widget)


@pytest.mark.parametrize("kind", [MoneyEdit, RocDateEdit, NationalIdEdit, ShareEdit])
@FUZZ
@given(pieces=st.lists(any_text, max_size=4), backspaces=st.integers(0, 3))
def test_any_typing_never_raises(qtbot, kind, pieces: list[str], backspaces: int) -> None:
    widget = kind()
    qtbot.addWidget(widget)
    for piece in pieces:
        ime(widget, piece)
        if isinstance(widget, NationalIdEdit):
            assert len(widget.text()) <= 10
    for _ in range(backspaces):
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    finish(qtbot, widget)
    check_invariants(widget)


@pytest.mark.parametrize(
    ("label", "name"),
    [("&Monthly income:", "Monthly income"), ("月收入(&M)：", "月收入"), ("R&&D", "R&D"), ("", "")],
)
def test_accessible_text(label: str, name: str) -> None:
    assert accessible_text(label) == name


def test_line_edits_are_plain_line_edits() -> None:
    assert all(issubclass(kind, QLineEdit) for kind in (MoneyEdit, RocDateEdit, NationalIdEdit, ShareEdit))

"""Keyboard and accessibility: names for every input, visible focus, cell-by-cell tables, paste, a whole case
walked with the keyboard alone, and text colours with a WCAG contrast of at least 4.5:1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from debtassist.model.case import Route
from debtassist.store.library import CaseLibrary
from debtassist.ui import app as app_module
from debtassist.ui.app import create_app, style_sheet
from debtassist.ui.case_view import CaseView
from debtassist.ui.main_window import MainWindow
from debtassist.ui.models.record_table import ERROR_COLOR
from debtassist.ui.widgets import field_row
from debtassist.ui.widgets.wrapping import WrapRadio
from debtassist.ui.wizard import attachments_model
from debtassist.ui.wizard.basic_pages import ApplicantPage, EligibilityPage, RoutePage
from debtassist.ui.wizard.final_pages import PacketPage, PlanPage, ReviewPage
from debtassist.ui.wizard.table_pages import CreditorsPage
from tests.gui.windows import make_window

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = make_window(qtbot, CaseLibrary(tmp_path / "data"), size=(1366, 768))
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _inputs(page: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible() or _in_item_view(widget):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # a combo's or spin box's own line edit: the combo or spin box carries the name
        found.append(widget)
    return found


ROUTE_EXAMPLES = (
    ("parent-mortgage", Route.BANK_NEGOTIATION),  # the bank's offer, the home-loan choice
    ("court-private-amc", Route.REHABILITATION),  # the plan builder, the prior step
    ("court-private-amc", Route.LIQUIDATION),  # the discharge outlook and the Art. 134 questions
    ("single-cards", Route.COURT_MEDIATION),
    ("single-cards", Route.TOWNSHIP_MEDIATION),
)


def _on_route(window: MainWindow, example: str, route: Route) -> CaseView:
    window.open_example(example)
    view = window.case_view
    assert view is not None
    view.session.case.route = route
    view.session.touch()
    for page in view.pages:
        page.reload()
    return view


def _panels_on_the_route(view: CaseView, route: Route) -> list[QWidget]:
    """The route's plan-step panels and filing boxes, which the checks below must really reach."""
    plan = next(p for p in view.pages if isinstance(p, PlanPage))
    eligibility = next(p for p in view.pages if isinstance(p, EligibilityPage))
    applicant = next(p for p in view.pages if isinstance(p, ApplicantPage))
    panels: list[QWidget] = [applicant.places, applicant.people, eligibility.hardship]
    if route is Route.REHABILITATION:
        panels += [plan.rehabilitation, plan.living_year, eligibility.prior_step]
    elif route is Route.LIQUIDATION:
        panels += [plan.discharge, plan.living_year, eligibility.prior_step]
    else:
        panels.append(plan.bank_offer)
    if route is Route.BANK_NEGOTIATION:
        panels.append(eligibility.home_loan)
    return panels


@pytest.mark.parametrize(("example", "route"), ROUTE_EXAMPLES, ids=[r.value for _, r in ROUTE_EXAMPLES])
def test_every_input_on_every_step_has_an_accessible_name(
    window: MainWindow, example: str, route: Route
) -> None:
    view = _on_route(window, example, route)
    panels = _panels_on_the_route(view, route)
    missing = []
    checked: set[int] = set()
    for index, page in enumerate(view.pages):
        view.go_to(index)
        for widget in _inputs(page):
            checked.add(id(widget))
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip():
                missing.append(f"{page.key}: {type(widget).__name__}")
    assert missing == []
    for panel in panels:  # each panel was shown and its inputs were among those checked
        view.go_to(next(i for i, p in enumerate(view.pages) if p.isAncestorOf(panel)))
        inputs = _inputs(panel)
        assert panel.isVisible() and inputs, type(panel).__name__
        assert all(id(w) in checked for w in inputs), type(panel).__name__


def _looks_focused(widget: QWidget, view: CaseView) -> bool:
    parent = widget.parentWidget()
    assert parent is not None
    around = widget.geometry().adjusted(-4, -4, 4, 4)  # what is seen: the input and just around it
    view.steps.setFocus()
    QApplication.processEvents()
    before = parent.grab(around).toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    after = parent.grab(around).toImage()
    changed = sum(
        1
        for y in range(0, after.height(), 2)
        for x in range(0, after.width(), 2)
        if after.pixelColor(x, y) != before.pixelColor(x, y)
    )
    return widget.hasFocus() and changed > 10  # a frame or a cursor, not one stray pixel


@pytest.mark.parametrize(("example", "route"), ROUTE_EXAMPLES, ids=[r.value for _, r in ROUTE_EXAMPLES])
def test_every_input_of_the_plan_panels_and_filing_boxes_shows_its_focus(
    window: MainWindow, example: str, route: Route
) -> None:
    view = _on_route(window, example, route)
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Tab)  # a keyboard user: styles draw some focus frames only then
    unseen = []
    count = 0
    for panel in _panels_on_the_route(view, route):
        view.go_to(next(i for i, p in enumerate(view.pages) if p.isAncestorOf(panel)))
        for widget in _inputs(panel):
            if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            count += 1
            if not _looks_focused(widget, view):
                unseen.append(f"{type(panel).__name__}: {type(widget).__name__} {widget.accessibleName()!r}")
    assert count >= 5 and unseen == [], "\n".join(unseen)


def test_tables_move_cell_by_cell_and_paste_goes_into_the_focused_cell(window: MainWindow, qtbot) -> None:
    window.new_case()
    window.activateWindow()
    view = window.case_view
    assert view is not None
    creditors = next(p for p in view.pages if isinstance(p, CreditorsPage))
    view.go_to(view.pages.index(creditors))
    table = creditors.table
    table.add()
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget() or table.view, Qt.Key.Key_Escape)  # leave the opened editor
    model = table.model
    name = model.table.column_of("name") or 0
    table.view.setFocus()
    table.view.setCurrentIndex(model.index(0, name))
    qtbot.keyClick(table.view, Qt.Key.Key_Right)
    assert table.view.currentIndex().column() == model.table.column_of("principal")  # the next shown cell
    assert table.view.selectionModel().isSelected(table.view.currentIndex())
    assert not table.view.selectionModel().isSelected(model.index(0, name))  # one cell, not the row
    QGuiApplication.clipboard().setText("三萬八")
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert view.session.case.creditors[0].principal == 38_000
    # A block copied from a spreadsheet fills cells to the right and rows below.
    table.view.setCurrentIndex(model.index(0, name))
    QGuiApplication.clipboard().setText("玉山商業銀行\t150000\n國泰世華商業銀行\t-5")
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    case = view.session.case
    assert [c.name for c in case.creditors] == ["玉山商業銀行", "國泰世華商業銀行"]
    assert case.creditors[0].principal == 150_000
    assert case.creditors[1].principal is None and model.cell_error(
        1, model.table.column_of("principal") or 0
    )


def test_radio_buttons_show_their_focus(window: MainWindow, qtbot) -> None:
    window.new_case()
    window.activateWindow()
    view = window.case_view
    assert view is not None
    route = next(p for p in view.pages if isinstance(p, RoutePage))
    view.go_to(0)
    radio = next(iter(route.radios.values()))
    assert isinstance(radio, WrapRadio)
    view.steps.setFocus()
    QApplication.processEvents()
    unfocused = radio.grab().toImage()
    radio.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert radio.hasFocus()
    focused = radio.grab().toImage()
    highlight = radio.palette().color(QPalette.ColorRole.Highlight)
    changed = [
        (x, y)
        for y in range(focused.height())
        for x in range(focused.width())
        if focused.pixelColor(x, y) != unfocused.pixelColor(x, y)
    ]
    assert len(changed) > 20  # a frame, not a dot
    assert any(focused.pixelColor(x, y) == highlight for x, y in changed)


def _tab_to(handle: QWindow, target: QWidget, limit: int = 400) -> set[int]:
    """Press Tab until ``target`` has the focus; returns every widget the focus visited on the way."""
    seen: set[int] = set()
    for _ in range(limit):
        QTest.keyClick(handle, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is not None:
            seen.add(id(focus))
        if focus is target:
            return seen
    raise AssertionError(f"Tab never reached {type(target).__name__} {target.accessibleName()!r}")


def test_a_whole_case_is_walked_with_the_keyboard_alone(window: MainWindow) -> None:
    """Tab reaches every input of every step; Tab to Next and Space moves on; after the review, Tab to
    "Build the packet" and Space builds it. Nothing but key presses."""
    window.open_example("single-cards")
    window.activateWindow()
    view = window.case_view
    assert view is not None
    handle = window.windowHandle()
    assert handle is not None
    view.go_to(0)
    view.steps.setFocus()
    visited = []
    while True:
        page = view.current()
        visited.append(page.key)
        inputs = [w for w in _inputs(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        target = page.build_button if isinstance(page, PacketPage) else view.next
        try:
            seen = _tab_to(handle, target)
        except AssertionError as error:
            raise AssertionError(
                f"{page.key}: {error}; focus ends at {QApplication.focusWidget()!r}"
            ) from None
        # A group of radio buttons is one Tab stop (the arrows move inside it), as everywhere in Qt.
        groups: dict[int, bool] = {}
        for w in inputs:
            if isinstance(w, QAbstractButton) and w.autoExclusive() and w.parentWidget() is not None:
                key = id(w.parentWidget())
                groups[key] = groups.get(key, False) or id(w) in seen
        unreached = [
            f"{type(w).__name__} {w.accessibleName()!r}"
            for w in inputs
            if id(w) not in seen
            and not (
                isinstance(w, QAbstractButton) and w.autoExclusive() and groups.get(id(w.parentWidget()))
            )
            and w.isEnabled()
        ]
        assert unreached == [], page.key
        QTest.keyClick(handle, Qt.Key.Key_Space)
        QApplication.processEvents()
        if isinstance(page, PacketPage):
            break
        assert view.current() is not page, f"Next did not leave {page.key}: {view.blocked.text()}"
        if isinstance(page, ReviewPage):
            assert page.reviewed
    assert visited == [p.key for p in view.pages]
    packet = view.current()
    assert isinstance(packet, PacketPage)
    assert packet.pdf is not None and packet.pdf[:5] == b"%PDF-"


# --- contrast ---------------------------------------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_wcag_contrast_helper_matches_known_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("dark", [False, True])
def test_text_and_problem_colours_have_a_contrast_of_at_least_4_5(dark: bool) -> None:
    create_app()
    palette = QApplication.palette()
    window = QColor("#2b2b2b") if dark else palette.color(QPalette.ColorRole.Window)
    base = QColor("#1e1e1e") if dark else palette.color(QPalette.ColorRole.Base)
    pairs: list[tuple[str, QColor, QColor]] = []
    if not dark:
        for fore, back in (
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        ):
            pairs.append((f"{fore.name} on {back.name}", palette.color(fore), palette.color(back)))
        pairs.append(("cell problem on the table", ERROR_COLOR, base))
        pairs.append(
            ("missing document text", attachments_model.MISSING_TEXT, attachments_model.MISSING_BACKGROUND)
        )
        pairs.append(("document problem", attachments_model.PROBLEM_TEXT, base))
        pairs.append(
            (
                "document problem on a missing row",
                attachments_model.PROBLEM_TEXT,
                attachments_model.MISSING_BACKGROUND,
            )
        )
    red = field_row._RED_ON_DARK if dark else field_row._RED_ON_LIGHT
    pairs.append(("field problem", red, window))
    # Every colour the style sheet sets, against the window it is drawn on.
    for colour in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", style_sheet(dark)):
        pairs.append((f"style sheet {colour}", QColor(colour), window))
    assert len(pairs) >= (3 if dark else 11)
    low = [(what, round(contrast(a, b), 2)) for what, a, b in pairs if contrast(a, b) < 4.5]
    assert low == []
    assert app_module.HINT_ON_LIGHT in style_sheet(False) and app_module.HINT_ON_DARK in style_sheet(True)


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def type_keys(text: str) -> None:
    """Each key to whatever has the focus at that moment, as a keyboard does (the first key into a cell
    opens its editor, which takes the rest)."""
    for char in text:
        QTest.keyClicks(_focus(), char)


def test_answers_are_given_with_the_keyboard_alone(window: MainWindow) -> None:
    """A new case: the procedure chosen with Space, the filing date and the name typed after Tab, a creditor
    added with its button and typed into its cells, all by key presses."""
    window.new_case()
    window.activateWindow()
    view = window.case_view
    assert view is not None
    handle = window.windowHandle()
    assert handle is not None
    case = view.session.case
    route = next(p for p in view.pages if isinstance(p, RoutePage))
    view.go_to(view.pages.index(route))
    view.steps.setFocus()
    first_radio = next(iter(route.radios.values()))
    _tab_to(handle, first_radio)
    QTest.keyClick(handle, Qt.Key.Key_Space)
    assert case.route is not None and first_radio.isChecked()
    _tab_to(handle, route.filing)
    QTest.keyClicks(route.filing, "115/12/7")
    QTest.keyClick(handle, Qt.Key.Key_Tab)
    assert case.filing_date is not None and case.filing_date.isoformat() == "2026-12-07"
    # The applicant's name: Tab to it and type.
    from debtassist.ui.wizard.basic_pages import ApplicantPage

    applicant = next(p for p in view.pages if isinstance(p, ApplicantPage))
    view.go_to(view.pages.index(applicant))
    view.steps.setFocus()
    _tab_to(handle, applicant.editor("applicant.name", QLineEdit))
    QTest.keyClicks(applicant.editor("applicant.name", QLineEdit), "Wang Xiaoming")
    assert case.applicant.name == "Wang Xiaoming"
    # A creditor: Tab to "Add a row", Space, then type into the cell the editor opened on.
    creditors = next(p for p in view.pages if isinstance(p, CreditorsPage))
    view.go_to(view.pages.index(creditors))
    view.steps.setFocus()
    add = next(b for b in creditors.table.findChildren(QAbstractButton) if b.text() == "Add a row")
    _tab_to(handle, add)
    QTest.keyClick(handle, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert len(case.creditors) == 1
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    QTest.keyClick(handle, Qt.Key.Key_Right)  # to the name cell
    type_keys("Yushan Bank")  # typing into the current cell opens its editor
    QTest.keyClick(handle, Qt.Key.Key_Return)
    QApplication.processEvents()
    QTest.keyClick(handle, Qt.Key.Key_Right)
    type_keys("150000")
    QTest.keyClick(handle, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert (case.creditors[0].name, case.creditors[0].principal) == ("Yushan Bank", 150_000)


def test_the_current_step_is_readable_while_the_step_list_has_the_focus(window: MainWindow) -> None:
    window.open_example("single-cards")
    window.activateWindow()
    view = window.case_view
    assert view is not None
    view.go_to(1)
    view.steps.setFocus()
    QApplication.processEvents()
    assert view.steps.hasFocus()
    image = window.grab().toImage()
    rect = view.steps.visualItemRect(view.steps.currentItem())
    rect.moveTopLeft(view.steps.viewport().mapTo(window, rect.topLeft()))
    text = view.steps.palette().color(QPalette.ColorRole.HighlightedText)
    back = view.steps.palette().color(QPalette.ColorRole.Highlight)
    colours = [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
    ]
    # The selection is drawn (a background dark enough for the selected-text colour) and its text on it: the
    # current step was once blank while the list had the focus.
    assert sum(1 for c in colours if contrast(c, text) > 3) > len(colours) // 2
    assert sum(1 for c in colours if contrast(c, back) > 3 and c.lightness() > 200) > 20

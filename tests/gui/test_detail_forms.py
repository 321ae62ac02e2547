"""Creditors and assets: a short list plus a form for the selected row with only the fields that apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from debtassist.model.case import AssetKind
from debtassist.store.library import CaseLibrary
from debtassist.ui.main_window import MainWindow
from debtassist.ui.widgets import MoneyEdit
from debtassist.ui.wizard.detail_form import ASSET_FIELDS
from debtassist.ui.wizard.table_pages import AssetsPage, CreditorsPage
from tests.gui.typing import ime
from tests.gui.windows import go, make_window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, CaseLibrary(tmp_path / "data"), size=(1366, 768), confirm=False)


def shown(detail: object) -> set[str]:
    return {key for key, editor in detail.editors.items() if editor.isVisibleTo(detail)}  # type: ignore[attr-defined]


def test_security_fields_only_for_secured_debts_and_enforcement_only_when_pending(
    window: MainWindow, qtbot
) -> None:
    window.new_case()
    window.activateWindow()
    qtbot.waitActive(window)
    creditors = go(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    creditors.table.add()
    detail = creditors.detail
    assert {"name", "principal", "secured", "enforcement.pending"} <= shown(detail)
    assert not shown(detail) & {
        "security",
        "secured_coverage",
        "enforcement.court",
        "enforcement.case_number",
    }
    secured = detail.editors["secured"]
    assert isinstance(secured, QCheckBox)
    secured.setFocus()
    qtbot.keyClick(secured, Qt.Key.Key_Space)  # the keyboard ticks it
    assert {"security", "secured_coverage", "home_loan"} <= shown(detail)
    assert detail.editors["secured"].hasFocus()  # the new form keeps the keyboard where it was
    pending = detail.editors["enforcement.pending"]
    assert isinstance(pending, QCheckBox)
    pending.click()
    assert {"enforcement.court", "enforcement.case_number"} <= shown(detail)
    assert window.case_view is not None
    case = window.case_view.session.case
    assert case.creditors[0].secured and case.creditors[0].enforcement.pending
    # The same parser and note as everywhere: 三萬八 typed into the detail's principal.
    principal = detail.editors["principal"]
    assert isinstance(principal, MoneyEdit)
    ime(principal, "三萬八")
    assert detail.errors["principal"].text() == "" and principal.note == "= NT$38,000"
    qtbot.keyClick(principal, Qt.Key.Key_Return)
    assert case.creditors[0].principal == 38_000
    model = creditors.table.model
    assert model.index(0, model.table.column_of("principal") or 0).data() == "38,000"
    # Refused text stays in the field with the model's message, and in the list.
    principal = detail.editors["principal"]
    assert isinstance(principal, QLineEdit)
    principal.setFocus()
    principal.selectAll()
    qtbot.keyClicks(principal, "-500")
    qtbot.keyClick(principal, Qt.Key.Key_Return)
    assert case.creditors[0].principal is None
    assert detail.editors["principal"].text() == "-500"
    assert "negative" in detail.errors["principal"].text()


@pytest.mark.parametrize(
    ("kind", "labels"),
    [
        (AssetKind.DEPOSIT, ["Bank or post office", "Account number", "Balance"]),
        (
            AssetKind.REAL_ESTATE,
            [
                "Lot or building number (地號／建號)",
                "Announced value (公告現值)",
                "Your share (持分), e.g. 1/2",
            ],
        ),
        (AssetKind.VEHICLE, ["Plate number", "Year made"]),
    ],
)
def test_each_asset_kind_asks_its_own_fields(window: MainWindow, kind: AssetKind, labels: list[str]) -> None:
    window.new_case()
    assets = go(window, AssetsPage)
    assert isinstance(assets, AssetsPage)
    assets.new_kind.setCurrentIndex(assets.new_kind.findData(kind.value))
    assets._add(kind)
    detail = assets.detail
    names = [detail.editors[key].accessibleName() for key in detail.editors]
    for label in labels:
        assert label in names
    expected = {"kind", "note"} | {f.key for f in ASSET_FIELDS[kind]}
    assert shown(detail) == expected
    others = {f.key for k, fields in ASSET_FIELDS.items() if k is not kind for f in fields} - expected
    assert not shown(detail) & others  # a deposit does not ask for a plate number


def test_names_in_the_list_are_never_cut_off(window: MainWindow) -> None:
    window.open_example("single-cards")
    creditors = go(window, CreditorsPage)
    assert isinstance(creditors, CreditorsPage)
    model, view = creditors.table.model, creditors.table.view
    name = model.table.column_of("name") or 0
    model.setData(model.index(0, name), "臺灣中小企業銀行股份有限公司信用卡處理中心（債權管理部）")
    QApplication.processEvents()
    view.resizeRowsToContents()
    for row in range(model.rowCount()):
        index = model.index(row, name)
        rect = view.visualRect(index)
        text = str(index.data())
        needed = view.fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - 8, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        assert needed.height() <= rect.height(), text


def test_the_documents_step_keeps_the_name_in_view_while_status_and_date_are_edited(
    window: MainWindow,
) -> None:
    from debtassist.ui.wizard.attachments_model import Col
    from debtassist.ui.wizard.final_pages import AttachmentsPage

    window.open_example("single-cards")
    documents = go(window, AttachmentsPage)
    assert isinstance(documents, AttachmentsPage)
    header = documents.view.horizontalHeader()
    assert [header.logicalIndex(i) for i in range(3)] == [Col.DOCUMENT, Col.STATUS, Col.ISSUE_DATE]
    status = documents.model.index(2, Col.STATUS)
    documents.view.setCurrentIndex(status)
    documents.view.scrollTo(documents.model.index(2, Col.ISSUE_DATE))
    name = str(documents.model.index(2, Col.DOCUMENT).data())
    assert name in documents.current_document.text()
    name_rect = documents.view.visualRect(documents.model.index(2, Col.DOCUMENT))
    assert documents.view.viewport().rect().intersects(name_rect)  # the name's column is still on screen

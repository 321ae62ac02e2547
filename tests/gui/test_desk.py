"""The social worker's desk: lifecycle editing, the deadline column, filters, full-value search, the handout,
several cases at once, and the whole-desk backup and restore."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import msgspec
import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from debtassist.model.case import Applicant, Case, Lifecycle, LifecycleEvent, Route, Stage
from debtassist.store import crypto
from debtassist.store.library import CaseLibrary
from debtassist.ui.desk import CaseListModel
from debtassist.ui.desk_lifecycle import LifecycleDialog
from debtassist.ui.main_window import MainWindow
from tests.gui.windows import make_window

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "ARGON2ID", crypto.Argon2idParams(memory_kib=64, iterations=1, lanes=1))
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10, r=8, p=1))


def make(name: str, nid: str, route: Route, *events: LifecycleEvent, **kw: object) -> Case:
    return Case(
        route=route,
        applicant=Applicant(name=name, national_id=nid, mobile=str(kw.pop("mobile", ""))),
        lifecycle=msgspec.convert({"events": list(events), **kw}, Lifecycle),
    )


@pytest.fixture
def library(tmp_path: Path) -> CaseLibrary:
    lib = CaseLibrary(tmp_path / "data")
    lib.create(
        make(
            "王小明",
            "A123456789",
            Route.BANK_NEGOTIATION,
            LifecycleEvent(kind=Stage.SENT, date=date(2026, 11, 2), body="台新銀行"),
            label="林社工",
            desk_note="等銀行回覆",
            mobile="0912-345-678",
        )
    )
    lib.create(
        make(
            "李大華",
            "B223456780",
            Route.COURT_MEDIATION,
            LifecycleEvent(kind=Stage.FAILED, date=date(2026, 11, 25), procedure=Route.COURT_MEDIATION),
        )
    )
    lib.create(make("陳美玲", "C123456788", Route.REHABILITATION))
    return lib


@pytest.fixture
def window(qtbot, library: CaseLibrary) -> MainWindow:
    win = make_window(qtbot, library, show=False)
    win.desk.model.today = TODAY
    win.desk_actions.today = TODAY
    win.desk.reload()
    win.show()
    return win


def column(win: MainWindow, key: str) -> list[str]:
    proxy = win.desk.proxy
    col = CaseListModel.COLUMNS.index(key)
    return [str(proxy.data(proxy.index(r, col))) for r in range(proxy.rowCount())]


def names(win: MainWindow) -> list[str]:
    return sorted(column(win, "name"))


def test_deadline_column_and_sorting(window: MainWindow) -> None:
    desk = window.desk
    desk.table.sortByColumn(CaseListModel.COLUMNS.index("deadline"), Qt.SortOrder.AscendingOrder)
    shown = column(window, "deadline")
    assert shown[0].startswith("115/12/02（this week） The bank should start")  # Art. 153: 2 Nov + 30 days
    assert shown[1].startswith("115/12/15")  # 20 days after the failed court mediation
    assert shown[2] == ""
    assert column(window, "stage")[0].startswith("Sent")
    assert "林社工" in column(window, "label") and "等銀行回覆" in column(window, "note")


def test_filters(window: MainWindow) -> None:
    desk = window.desk
    desk.deadline_filter.setCurrentIndex(desk.deadline_filter.findData("this_week"))
    assert names(window) == ["王小明"]
    desk.deadline_filter.setCurrentIndex(desk.deadline_filter.findData("any"))
    assert names(window) == ["李大華", "王小明"]
    window.desk.model.today = date(2026, 12, 10)
    desk.deadline_filter.setCurrentIndex(desk.deadline_filter.findData("overdue"))
    assert names(window) == ["王小明"]
    desk.deadline_filter.setCurrentIndex(0)
    desk.stage_filter.setCurrentIndex(desk.stage_filter.findData("failed"))
    assert names(window) == ["李大華"]
    desk.stage_filter.setCurrentIndex(0)
    desk.route_filter.setCurrentIndex(desk.route_filter.findData("rehabilitation"))
    assert names(window) == ["陳美玲"]
    desk.route_filter.setCurrentIndex(0)
    desk.missing_filter.setChecked(True)
    assert len(names(window)) == 3  # nothing gathered yet in any of them


def test_search_matches_full_values_and_shows_masked_ones(window: MainWindow) -> None:
    desk = window.desk
    desk.search.setText("A123456789")
    assert names(window) == ["王小明"]
    assert column(window, "id") == ["A12****789"]
    desk.search.setText("0912-345-678")
    assert names(window) == ["王小明"]
    desk.search.setText("林社工")
    assert names(window) == ["王小明"]
    desk.search.setText("Court pre-mediation")  # a shown text still matches
    assert names(window) == ["李大華"]
    desk.search.setText("b223456780")  # case-insensitive
    assert names(window) == ["李大華"]


def test_lifecycle_is_recorded_shown_and_editable(window: MainWindow, library: CaseLibrary) -> None:
    case_id = next(r.case_id for r in window.desk.model.rows if r.name == "陳美玲")
    seen: list[LifecycleDialog] = []

    def run(dialog: LifecycleDialog) -> bool:
        seen.append(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("creditor_table"))
        dialog.date.setText("115/12/3")
        dialog.date.editingFinished.emit()
        dialog.add_event()
        assert "115/12/13" in dialog.deadline_texts() and "Art. 53" in dialog.deadline_texts()
        dialog.kind.setCurrentIndex(dialog.kind.findData("court_order"))
        dialog.date.setText("115/12/4")
        dialog.deadline.setText("115/12/24")
        dialog.reference.setText("115消債更88")
        dialog.add_event()
        # Edit the first entry: the creditor table came a day later.
        dialog.table.selectRow(0)
        dialog.date.setText("115/12/4")
        dialog.update_event()
        dialog.label.setText("張社工")
        dialog.desk_note.setText("補正中")
        return True

    window.desk_actions.run_lifecycle = run  # type: ignore[method-assign]
    assert window.desk_actions.edit_progress(case_id)
    assert "陳美玲" in seen[0].windowTitle()
    case = library.load(case_id)
    assert [(e.kind, e.date) for e in case.lifecycle.events] == [
        (Stage.CREDITOR_TABLE, date(2026, 12, 4)),
        (Stage.COURT_ORDER, date(2026, 12, 4)),
    ]
    assert case.lifecycle.events[1].deadline == date(2026, 12, 24)
    row = window.desk.row(case_id)
    assert row is not None and row.stage == "court_order" and row.label == "張社工"
    assert row.next_due == "2026-12-14"  # the plan deadline (4 Dec + 10) comes first
    assert any("補正中" in text for text in column(window, "note"))


def test_handout_from_the_desk(window: MainWindow, tmp_path: Path) -> None:
    case_id = next(r.case_id for r in window.desk.model.rows if r.name == "王小明")
    out = tmp_path / "handout.pdf"
    titles: list[str] = []

    def ask_save(title: str, suggested: str, pattern: str) -> Path:
        titles.append(title)
        return out

    window.desk_actions.ask_save = ask_save  # type: ignore[method-assign]

    def choose(name: str) -> str:
        titles.append(name)
        return "save"

    window.desk_actions.ask_handout_action = choose  # type: ignore[method-assign]
    assert window.desk_actions.handout(case_id) == out
    assert "王小明" in titles[0] and "王小明" in titles[1]
    text = pypdfium2.PdfDocument(str(out))[0].get_textpage().get_text_range()
    assert "Documents to bring" in text and "Ask the office" in text
    # Printing: the same page, painted onto a printer (a PDF printer here, so the test can read it back).
    printed = tmp_path / "printed.pdf"

    def printer(name: str) -> QPrinter:
        device = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printed))
        return device

    window.desk_actions.ask_printer = printer  # type: ignore[method-assign]
    window.desk_actions.ask_handout_action = lambda name: "print"  # type: ignore[method-assign]
    assert window.desk_actions.handout(case_id) == 1
    assert len(pypdfium2.PdfDocument(str(printed))) == 1
    window.desk_actions.ask_handout_action = lambda name: None  # type: ignore[method-assign]
    assert window.desk_actions.handout(case_id) is None


def test_several_cases_archive_trash_and_calendar(
    window: MainWindow, tmp_path: Path, library: CaseLibrary
) -> None:
    desk = window.desk
    ids = [r.case_id for r in desk.model.rows if r.name in ("王小明", "李大華")]
    for case_id in ids:
        desk.select_case(case_id, add=True)
    assert sorted(desk.selected_case_ids()) == sorted(ids)
    archive = tmp_path / "two.zip"
    window.desk_actions.ask_save = lambda *a: archive  # type: ignore[method-assign]
    assert window.desk_actions.export_archive(desk.selected_case_ids()) == archive
    ics = tmp_path / "all.ics"
    window.desk_actions.ask_save = lambda *a: ics  # type: ignore[method-assign]
    window.desk_actions.export_calendar()
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    assert sorted(e.decoded("dtstart") for e in cal.walk("VEVENT")) == [date(2026, 12, 2), date(2026, 12, 15)]
    assert "A123456789" not in ics.read_text(encoding="utf-8")
    asked: list[str] = []

    def confirm(text: str) -> bool:
        asked.append(text)
        return True

    window.confirm = confirm  # type: ignore[method-assign]
    assert window.desk_actions.trash_many(desk.selected_case_ids()) == 2
    assert "王小明" in asked[0] and "李大華" in asked[0]
    assert names(window) == ["陳美玲"]


def test_backup_and_restore_ask_before_replacing_a_newer_case(
    window: MainWindow, tmp_path: Path, library: CaseLibrary
) -> None:
    actions = window.desk_actions
    backup = tmp_path / "desk.zip"
    actions.ask_save = lambda *a: backup  # type: ignore[method-assign]
    actions.ask_optional_passphrase = lambda prompt: "secret"  # type: ignore[method-assign]
    assert actions.backup_desk() == backup
    case_id = next(r.case_id for r in window.desk.model.rows if r.name == "王小明")
    with library.open(case_id) as handle:
        handle.save(handle.case.replace(notes="newer"))
    for row in list(window.desk.model.rows):
        if row.case_id != case_id:
            library.delete(row.case_id)
    window.desk.reload()
    actions.ask_open = lambda *a: backup  # type: ignore[method-assign]
    window.ask_passphrase = lambda prompt: "secret"  # type: ignore[method-assign]
    questions: list[str] = []

    def ask_overwrite(text: str) -> bool:
        questions.append(text)
        return False

    actions.ask_overwrite = ask_overwrite  # type: ignore[method-assign]
    report = actions.restore_desk()
    assert report is not None and len(report.added) == 2 and report.kept == [case_id]
    assert "王小明" in questions[0]
    assert library.load(case_id).notes == "newer"
    assert len(window.desk.model.rows) == 3


def test_examples_are_listed_with_descriptions(window: MainWindow) -> None:
    texts = [a.text() for a in window.desk.example_menu.actions()]
    assert any("pre-negotiation" in text for text in texts)
    assert not any(text == "single-cards" for text in texts)


def test_duplicate_is_named_as_a_copy(window: MainWindow, library: CaseLibrary) -> None:
    case_id = next(r.case_id for r in window.desk.model.rows if r.name == "王小明")
    window.duplicate(case_id)
    copies = [r for r in window.desk.model.rows if r.name == "王小明" and r.case_id != case_id]
    assert len(copies) == 1
    assert copies[0].desk_note.startswith("Copy of 王小明") and copies[0].stage == "preparing"


def test_the_open_case_shows_its_stage_and_next_deadline(window: MainWindow) -> None:
    case_id = next(r.case_id for r in window.desk.model.rows if r.name == "王小明")
    assert window.open_case(case_id)
    assert window.case_view is not None
    values = window.case_view.summary.values
    assert values["stage"].text() == "Sent 115/11/02"
    assert values["deadline"].text().startswith("115/12/02 The bank should start negotiating")


def test_protected_case_is_shown_in_full_only_once_unlocked_in_this_session(
    window: MainWindow, library: CaseLibrary
) -> None:
    from debtassist.store.crypto import Passphrase
    from debtassist.store.desk_index import INDEX_FILE

    case_id = next(r.case_id for r in window.desk.model.rows if r.name == "陳美玲")
    library.set_passphrase(case_id, "pw")
    window.desk.reload()
    row = window.desk.row(case_id)
    assert row is not None and row.protected and row.name == ""
    window.desk.search.setText("C123456788")
    assert names(window) == []
    window.passphrases[case_id] = Passphrase("pw")
    window.desk.reload()
    assert names(window) == ["🔒 陳美玲"]
    index = (library.layout.root / INDEX_FILE).read_text(encoding="utf-8")
    assert "陳美玲" not in index and "C123456788" not in index

"""Faults found by fuzzing and fault injection (issue 8), as the window meets them: a read-only file system, an
amount beyond the maximum in an imported file or in a case of the library. Each test failed before its fix.

Read-only is simulated by failing every write below the data folder with ``EROFS`` (see
``tests.store.store_helpers.make_read_only``): the tests run as root, for whom ``chmod`` makes nothing read-only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtassist.examples import example_text
from debtassist.model.codec import case_from_json
from debtassist.model.limits import MAX_AMOUNT
from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.main_window import MainWindow
from debtassist.ui.wizard.final_pages import PACKET_FILE, PacketPage
from tests.gui.windows import make_window
from tests.store.store_helpers import make_read_only


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = make_window(qtbot, CaseLibrary(tmp_path / "data"), show=False, confirm=False)
    win.messages = []  # type: ignore[attr-defined]
    win.inform = win.messages.append  # type: ignore[attr-defined, method-assign]
    return win


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_a_case_on_a_read_only_file_system_opens_read_only_and_says_so(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    create_app()
    library = CaseLibrary(tmp_path / "data")
    case_id = library.create(case_from_json(example_text("single-cards"))[0])
    before = library.layout.case_file(case_id).read_bytes()
    win = MainWindow(library, lang)
    qtbot.addWidget(win)
    messages: list[str] = []
    win.inform = messages.append  # type: ignore[assignment, method-assign]
    make_read_only(monkeypatch, library.layout.root)

    assert win.open_case(case_id)
    view = win.case_view
    assert view is not None and view.session.read_only
    words = "cannot be saved" if lang == "en" else "無法儲存"
    assert (
        len(messages) == 1 and words in messages[0] and str(library.layout.case_dir(case_id)) in messages[0]
    )
    assert words in view.save_state.text()
    # Typing works on screen; nothing is saved, nothing fails, and leaving is not blocked.
    view.session.case.notes = "typed on a read-only disk"
    view.session.touch()
    assert not view.session._timer.isActive()
    assert view.session.flush()
    assert words in view.save_state.text()
    # The packet can still be built: it stays in memory (to print, or save elsewhere), none is written beside.
    packet = next(page for page in view.pages if isinstance(page, PacketPage))
    packet.review_done = lambda: True
    assert packet.make_packet(), packet.problem.text()
    assert packet.pdf is not None and packet.pdf[:5] == b"%PDF-"
    assert packet.save_button.isEnabled() and not packet.open_button.isEnabled()
    assert not (library.layout.case_dir(case_id) / PACKET_FILE).exists()
    assert win.close_case()
    assert len(messages) == 1
    monkeypatch.undo()
    assert library.layout.case_file(case_id).read_bytes() == before


def _huge(tmp_path: Path) -> Path:
    doc = json.loads(example_text("single-cards"))
    doc["creditors"][0]["principal"] = 10**400
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_importing_a_huge_amount_is_refused_with_the_field_named(window: MainWindow, tmp_path: Path) -> None:
    path = _huge(tmp_path)
    window.ask_open_path = lambda: path  # type: ignore[method-assign]
    assert window.import_case() is None
    assert window.library.list_cases() == []
    message = window.messages[-1]  # type: ignore[attr-defined]
    assert "creditors[0].principal" in message and f"{MAX_AMOUNT:,}" in message


def test_a_library_case_with_a_huge_amount_is_recovered_from_its_backup(
    window: MainWindow, tmp_path: Path
) -> None:
    library = window.library
    case_id = library.create(case_from_json(example_text("single-cards"))[0])
    with library.open(case_id) as handle:
        handle.save(handle.case.replace(notes="the last good version"))
    path = library.layout.case_file(case_id)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["creditors"][0]["principal"] = 10**400
    path.write_text(json.dumps(doc), encoding="utf-8")
    asked: list[str] = []
    window.confirm = lambda text: asked.append(text) or True  # type: ignore[method-assign, func-returns-value]
    assert window.open_case(case_id)
    assert len(asked) == 1 and "creditors[0].principal" in asked[0]
    assert window.case_view is not None
    assert window.case_view.session.case.creditors[0].principal != 10**400

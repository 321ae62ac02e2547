"""Logs never contain personal data: a full session at DEBUG level is searched for every personal value."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from debtassist.cli import main
from debtassist.examples import example_text
from debtassist.logs import RedactFilter, log, setup_logging


def personal_values() -> set[str]:
    """Names, IDs, addresses, phones, e-mails and amounts of the example cases, in the forms they take."""
    values: set[str] = set()
    for name in ("single-cards", "court-private-amc"):
        doc = json.loads(example_text(name))
        a = doc["applicant"]
        values |= {a["name"], a["national_id"], a["registered_address"], a["mobile"], a["email"]}
        for creditor in doc["creditors"]:
            values |= {creditor["name"], creditor["address"]}
            for key in ("principal", "interest_fees"):
                if creditor.get(key):
                    values |= {str(creditor[key]), f"{creditor[key]:,}"}
        for dependent in doc["dependents"]:
            values |= {dependent["name"], dependent["national_id"]}
    return {v for v in values if v and len(v) >= 3}


def test_a_full_session_at_debug_level_logs_no_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(tmp_path / "logs"))
    case = tmp_path / "case.json"
    assert main(["--log-level", "DEBUG", "example", "court-private-amc", "-o", str(case)]) == 0
    assert main(["--log-level", "DEBUG", "check", str(case)]) == 0
    assert main(["--log-level", "DEBUG", "packet", str(case), "-o", str(tmp_path / "p.pdf")]) == 0
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "applicant": {"name": 黃淑芬}', encoding="utf-8")
    assert main(["--log-level", "DEBUG", "check", str(broken)]) == 2

    # The window: open an example, edit it, save, build the packet.
    from debtassist.store.library import CaseLibrary
    from debtassist.ui.app import create_app
    from debtassist.ui.main_window import MainWindow
    from debtassist.ui.wizard.final_pages import PacketPage

    setup_logging("DEBUG")
    create_app()
    window = MainWindow(CaseLibrary(tmp_path / "data"), "en")
    qtbot.addWidget(window)
    window.show()
    window.open_example("single-cards")
    view = window.case_view
    assert view is not None
    view.session.case.notes = "林怡君 F223456786 台北市"
    view.session.touch()
    view.go_to_key("review")
    view.go_to_key("packet")
    packet = next(p for p in view.pages if isinstance(p, PacketPage))
    assert packet.make_packet()
    window.show_desk()
    log.debug("a careless message with %s and %s", "F223456786", "1,122,800")  # the filter's backstop

    text = (tmp_path / "logs" / "debtassist.log").read_text(encoding="utf-8")
    assert "packet built" in text and "saved" in text and "cannot be read" in text
    leaked = sorted(value for value in personal_values() if value in text)
    assert leaked == []


def test_the_filter_masks_ids_and_long_numbers() -> None:
    record = logging.LogRecord(
        "debtassist", logging.INFO, __file__, 1, "id %s amount %s", ("A123456789", "340,000"), None
    )
    RedactFilter().filter(record)
    assert record.getMessage() == "id [id] amount #"


def test_the_log_file_is_opened_by_the_first_record_that_reaches_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(tmp_path / "logs"))
    try:
        path = setup_logging("WARNING")
        assert path == tmp_path / "logs" / "debtassist.log"
        log.info("below the level: nothing is written, nothing opened")
        assert not path.exists()
        log.warning("case %s: something to note", "3f2a9c01be47")
        log.error("an ID A123456789 is masked")
        for handler in log.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "WARNING debtassist: case 3f2a9c01be47: something to note" in text
        assert "[id]" in text and "A123456789" not in text
    finally:
        for handler in list(log.handlers):
            log.removeHandler(handler)
            handler.close()


def test_an_unwritable_log_folder_turns_logging_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(folder))
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as for another user's folder
    try:
        assert setup_logging("WARNING") is None
        log.warning("goes nowhere")
        assert list(folder.iterdir()) == []
    finally:
        for handler in list(log.handlers):
            log.removeHandler(handler)
            handler.close()


def test_the_level_names_are_loggings_own() -> None:
    """The log reads ``--log-level`` without importing ``logging``: with the same names and numbers."""
    from debtassist.logs import LEVELS

    assert logging._nameToLevel == LEVELS

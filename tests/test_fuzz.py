"""Second-round fuzzing of the merged slices (schema 2 sections, the desk commands): each regression test here
failed before its fix, and a bounded hypothesis run feeds generated adversarial case files of versions 0, 1 and 2
to every command. The longer run is ``scripts/fuzz_cli.py`` (by hand)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtassist.cli import EXIT_INTERNAL, main
from debtassist.examples import example_text
from debtassist.model.codec import CaseLoadError, case_from_document
from debtassist.model.limits import MAX_DATE, MIN_DATE

REHAB = json.loads(example_text("court-private-amc"))


def doc_with(**changes: Any) -> dict[str, Any]:
    """The rehabilitation example with ``a__b__0__c=value`` changes applied."""
    doc: dict[str, Any] = json.loads(json.dumps(REHAB))
    for path, value in changes.items():
        *parents, last = path.split("__")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value
    return doc


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: object, *command: str) -> tuple[int, str]:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    argv = [part.replace("CASE", str(case)).replace("OUT", str(tmp_path / "out")) for part in command]
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out + out.err


# -- dates outside what date arithmetic can hold ------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "command"),
    [
        ({"filing_date": "0001-01-01"}, ("check", "CASE")),  # five years back overflowed (figures)
        ({"filing_date": "0001-01-01"}, ("packet", "CASE", "-o", "OUT", "--draft")),
        ({"filing_date": "0001-01-01"}, ("handout", "CASE", "-o", "OUT")),
        ({"lifecycle__events": [{"kind": "sent", "date": "9999-12-31"}]}, ("deadlines", "CASE")),
        ({"lifecycle__events": [{"kind": "failed", "date": "9999-12-31"}]}, ("deadlines", "CASE", "--json")),
    ],
)
def test_a_date_beyond_the_calendar_is_a_load_error_not_an_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict[str, Any], command: tuple[str, ...]
) -> None:
    code, text = run(tmp_path, capsys, doc_with(**changes), *command, "--lang", "zh-TW")
    assert code == 2
    assert "日期超出可處理的範圍" in text and "1912-01-01" in text


@pytest.mark.parametrize("field", ["filing_date", "applicant__birth_date", "income__records__0__period_to"])
@pytest.mark.parametrize("value", ["1911-12-31", "3000-01-01", "9999-12-31", "0001-01-01"])
def test_every_date_field_names_the_bound(field: str, value: str) -> None:
    with pytest.raises(CaseLoadError) as caught:
        case_from_document(doc_with(**{field: value}))
    assert caught.value.kind == "invalid"
    assert len(caught.value.problems) == 1
    path, reason, params = caught.value.problems[0]
    assert reason == "fuzz.reason.date_out_of_range"
    assert params == {"low": MIN_DATE.isoformat(), "high": MAX_DATE.isoformat()}
    assert "outside the dates" in caught.value.message("en")


def test_the_dates_at_the_bounds_still_load() -> None:
    case, _ = case_from_document(doc_with(filing_date=MAX_DATE.isoformat(), applicant__birth_date="1912-01-01"))
    assert case.filing_date == MAX_DATE
    assert case.applicant.birth_date == date(1912, 1, 1)


# -- the desk commands print nothing that acts on the terminal ----------------------------------------------

EVIL = "\u202e\x1b[31m\x1b]0;title\x07"


def test_deadlines_prints_no_control_or_bidi_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = [
        {"kind": "court_order", "date": "2026-01-05", "deadline": "2026-02-01", "body": EVIL, "reference": EVIL},
        {"kind": "date", "deadline": "2026-03-01", "note": EVIL},
    ]
    doc = doc_with(lifecycle__events=events, lifecycle__label=EVIL)
    code, text = run(tmp_path, capsys, doc, "deadlines", "CASE", "--today", "2026-01-10", "--lang", "en")
    assert code == 0
    assert "2026" not in text or "115" in text  # dates shown in the ROC calendar
    assert not set(text) & {"\x1b", "\x07", "\u202e"}
    code, text = run(tmp_path, capsys, doc, "deadlines", "CASE", "--json", "--today", "2026-01-10")
    assert code == 0
    assert not set(text) & {"\x1b", "\x07", "\u202e"}
    assert EVIL in json.dumps(json.loads(text), ensure_ascii=False)  # the data itself is kept exactly


def test_a_load_error_of_deadlines_json_is_valid_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(tmp_path, capsys, {"schema_version": "x"}, "deadlines", "CASE", "--json")
    assert code == 2
    assert json.loads(text)["error"] == "not_a_case"


# -- bounded fuzzing of every command -----------------------------------------------------------------------

COMMANDS = [
    ("check", "CASE"),
    ("check", "--json", "CASE"),
    ("packet", "CASE", "-o", "OUT", "--draft"),
    ("deadlines", "CASE", "--json", "--today", "2026-03-01"),
    ("deadlines", "CASE", "--ics", "OUT"),
    ("handout", "CASE", "-o", "OUT", "--today", "2026-03-01"),
]

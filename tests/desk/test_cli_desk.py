"""``debtassist deadlines`` (text, JSON, .ics read back with icalendar) and ``debtassist handout``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import icalendar
import pypdfium2
import pytest

from debtassist.cli import main
from debtassist.model.case import Applicant, Case, Lifecycle, LifecycleEvent, Route, Stage
from debtassist.model.codec import case_to_json
from debtassist.store.desk_calendar import calendar_dates, deadlines_calendar, masked_name

ID = "A123456789"


def sample(tmp_path: Path) -> Path:
    case = Case(
        route=Route.BANK_NEGOTIATION,
        applicant=Applicant(name="王小明", national_id=ID, phone="02-2345-6789"),
        lifecycle=Lifecycle(
            label="林社工",
            events=[
                LifecycleEvent(kind=Stage.SENT, date=date(2026, 11, 2), body="台新銀行", reference="RR123"),
                LifecycleEvent(kind=Stage.DATE, date=date(2026, 12, 3), note="回診"),
            ],
        ),
    )
    path = tmp_path / "case.json"
    path.write_text(case_to_json(case), encoding="utf-8")
    return path


def test_deadlines_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample(tmp_path)
    assert main(["deadlines", str(path), "--json", "--lang", "en", "--today", "2026-12-01"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["stage"] == "sent"
    kinds = [(d["kind"], d["due"], d["urgency"]) for d in doc["deadlines"]]
    assert kinds == [("custom", "2026-12-03", "this_week"), ("art153_start", "2026-12-02", "this_week")][::-1]
    assert doc["deadlines"][0]["rule"] == "CDCA Art. 153"
    assert any("2026" not in s and "115/12/03" in s for s in doc["deadlines"][0]["because"])


def test_deadlines_text_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample(tmp_path)
    assert main(["deadlines", str(path), "--lang", "zh-TW", "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "已寄出" in out and "115/12/02" in out and "消債條例第153條" in out
    assert main(["deadlines", str(path), "--lang", "en", "--today", "2026-12-05"]) == 0
    assert "Overdue" in capsys.readouterr().out


def test_deadlines_ics_reads_back_without_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample(tmp_path)
    out = tmp_path / "out.ics"
    assert main(["deadlines", str(path), "--ics", str(out), "--lang", "zh-TW"]) == 0
    data = out.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert sorted(e.decoded("dtstart") for e in events) == [date(2026, 12, 2), date(2026, 12, 3)]
    summaries = [str(e.get("summary")) for e in events]
    assert all("王○○" in s and "林社工" in s for s in summaries)
    text = data.decode("utf-8")
    for secret in (ID, "王小明", "2345-6789", "6789"):
        assert secret not in text
    assert len({str(e.get("uid")) for e in events}) == 2
    # Stable ids: exporting again gives the same UIDs (a calendar updates instead of duplicating).
    again = icalendar.Calendar.from_ical(out.read_bytes())
    assert [str(e.get("uid")) for e in again.walk("VEVENT")] == [str(e.get("uid")) for e in events]


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["deadlines", str(bad), "--json", "--lang", "en"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "not_json"


def test_done_deadlines_stay_out_of_the_calendar() -> None:
    case = Case(
        route=Route.BANK_NEGOTIATION,
        lifecycle=Lifecycle(
            events=[
                LifecycleEvent(kind=Stage.SENT, date=date(2026, 11, 2)),
                LifecycleEvent(kind=Stage.UNDER_WAY, date=date(2026, 11, 10)),
            ]
        ),
    )
    dates = [d for d, _ in calendar_dates(deadlines_calendar([case], "en"))]
    assert dates == [date(2027, 2, 8)]  # only the 90-day conclusion; the 30-day start is done
    assert masked_name("陳志明") == "陳○○" and masked_name("") == ""


def test_handout_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample(tmp_path)
    pdf = tmp_path / "h.pdf"
    assert main(["handout", str(path), "-o", str(pdf), "--lang", "zh-TW", "--today", "2026-12-01"]) == 0
    doc = pypdfium2.PdfDocument(str(pdf))
    text = doc[0].get_textpage().get_text_range()
    assert "應備文件" in text and "請洽承辦單位" in text and "聯合徵信中心" in text
    no_route = tmp_path / "n.json"
    no_route.write_text(case_to_json(Case()), encoding="utf-8")
    assert main(["handout", str(no_route), "-o", str(pdf)]) == 1


def test_ics_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample(tmp_path)
    assert (
        main(["deadlines", str(path), "--ics", str(tmp_path / "no" / "such" / "x.ics"), "--lang", "en"]) == 2
    )
    assert "x.ics" in capsys.readouterr().err

"""Second-round fuzzing of the merged slices (schema 2 sections, the desk commands): each regression test here
failed before its fix, and a bounded hypothesis run feeds generated adversarial case files of versions 0, 1 and 2
to every command. The longer run is ``scripts/fuzz_cli.py`` (by hand)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import icalendar
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtassist.cli import EXIT_INTERNAL, main
from debtassist.examples import example_text
from debtassist.i18n import tr
from debtassist.model.case import Case, ExpenseCategory, IncomeKind, LifecycleEvent, Stage
from debtassist.model.codec import CaseLoadError, case_from_document
from debtassist.model.limits import MAX_DATE, MIN_DATE
from debtassist.model.migrations import migrate
from debtassist.store.desk_calendar import deadlines_calendar
from tests.fuzz_cases import case_text

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
    assert "日期超出可處理的範圍" in text and "1800-01-01" in text


@pytest.mark.parametrize("field", ["filing_date", "applicant__birth_date", "income__records__0__period_to"])
@pytest.mark.parametrize("value", ["1799-12-31", "3000-01-01", "9999-12-31", "0001-01-01"])
def test_every_date_field_names_the_bound(field: str, value: str) -> None:
    with pytest.raises(CaseLoadError) as caught:
        case_from_document(doc_with(**{field: value}))
    assert caught.value.kind == "invalid"
    assert len(caught.value.problems) == 1
    _path, reason, params = caught.value.problems[0]
    assert reason == "fuzz.reason.date_out_of_range"
    assert params == {"low": MIN_DATE.isoformat(), "high": MAX_DATE.isoformat()}
    assert "outside the dates" in caught.value.message("en")


def test_the_dates_at_the_bounds_still_load() -> None:
    case, _ = case_from_document(
        doc_with(filing_date=MAX_DATE.isoformat(), applicant__birth_date="1912-01-01")
    )
    assert case.filing_date == MAX_DATE
    assert case.applicant.birth_date == date(1912, 1, 1)


# -- the desk commands print nothing that acts on the terminal ----------------------------------------------

EVIL = "\u202e\x1b[31m\x1b]0;title\x07"


def test_deadlines_prints_no_control_or_bidi_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = [
        {
            "kind": "court_order",
            "date": "2026-01-05",
            "deadline": "2026-02-01",
            "body": EVIL,
            "reference": EVIL,
        },
        {"kind": "date", "deadline": "2026-03-01", "note": EVIL},
    ]
    doc = doc_with(lifecycle__events=events, lifecycle__label=EVIL)
    code, text = run(tmp_path, capsys, doc, "deadlines", "CASE", "--today", "2026-01-10", "--lang", "en")
    assert code == 0
    assert not set(text) & {"\x1b", "\x07", "\u202e"}
    code, text = run(tmp_path, capsys, doc, "deadlines", "CASE", "--json", "--today", "2026-01-10")
    assert code == 0
    assert not set(text) & {"\x1b", "\x07", "\u202e"}
    titles = [d["title"] for d in json.loads(text)["deadlines"]]
    assert any(EVIL in title for title in titles), titles  # the data itself is kept exactly


def test_a_load_error_of_deadlines_json_is_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
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


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=case_text(), command=st.sampled_from(COMMANDS), lang=st.sampled_from(["zh-TW", "en"]))
def test_every_command_answers_every_generated_file_with_0_1_or_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, command: tuple[str, ...], lang: str
) -> None:
    case = tmp_path / "case.json"
    case.write_text(text, encoding="utf-8", errors="surrogatepass")
    argv = [part.replace("CASE", str(case)).replace("OUT", str(tmp_path / "out")) for part in command]
    code = main([*argv, "--lang", lang])
    out = capsys.readouterr()
    assert code in (0, 1, 2), out.err
    assert code != EXIT_INTERNAL and "Traceback" not in out.err
    if code == 2:
        assert out.err.strip() or out.out.strip()  # a message, not silence


# -- the migration keeps every word ------------------------------------------------------------------------


def _kept(text: str, value: str | None, detail: str, prefix: str) -> bool:
    """Whether a version-1 free text survives as the label of its vocabulary value or in the detail."""
    if not text.strip():
        return value is None and detail == ""
    return detail == text or (value is not None and text.strip() in tr(f"{prefix}.{value}", "zh-TW"))


free_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30) | st.sampled_from(
    ["薪資", "租賃", "租金", "補助", "其他", "兼職", "房租", "水電費", "雜支", " 薪資 ", "Salary", "利息"]
)


@settings(max_examples=150, deadline=None)
@given(
    kinds=st.lists(free_text, min_size=1, max_size=5), categories=st.lists(free_text, min_size=1, max_size=5)
)
def test_the_migration_to_version_2_keeps_every_word(kinds: list[str], categories: list[str]) -> None:
    doc = json.loads(
        (Path(__file__).parent / "model" / "fixtures" / "case-v1.json").read_text(encoding="utf-8")
    )
    doc["income"]["records"] = [{"year": 2025, "kind": k, "source": "", "amount": 1} for k in kinds]
    doc["income"]["monthly"] = [{"kind": k, "source": "", "amount": 1} for k in kinds]
    doc["expenses"]["items"] = [{"category": c, "monthly": 1, "note": ""} for c in categories]
    migrated, steps = migrate(doc)
    assert steps == [1]
    case = msgspec.convert(migrated, Case)  # the result is a valid case
    for text, record, monthly in zip(kinds, case.income.records, case.income.monthly, strict=True):
        for item in (record, monthly):
            value = item.kind.value if isinstance(item.kind, IncomeKind) else None
            assert _kept(text, value, item.kind_detail, "plan.income_kind"), (text, value, item.kind_detail)
    for text, expense in zip(categories, case.expenses.items, strict=True):
        value = expense.category.value if isinstance(expense.category, ExpenseCategory) else None
        assert _kept(text, value, expense.category_detail, "plan.expense_category"), (text, value)


def test_a_version_1_label_that_is_not_the_new_label_is_kept() -> None:
    doc = json.loads(
        (Path(__file__).parent / "model" / "fixtures" / "case-v1.json").read_text(encoding="utf-8")
    )
    doc["income"]["records"] = [{"year": 2025, "kind": "租賃", "source": "", "amount": 1}]
    case, _ = case_from_document(doc)
    assert case.income.records[0].kind is IncomeKind.RENT
    assert case.income.records[0].kind_detail == "租賃"  # the v2 label is 租金: the user's word stays


def test_a_version_1_year_beyond_the_dates_is_kept_in_the_source() -> None:
    doc = json.loads(
        (Path(__file__).parent / "model" / "fixtures" / "case-v1.json").read_text(encoding="utf-8")
    )
    doc["income"]["records"] = [{"year": 5000, "kind": "薪資", "source": "公司", "amount": 1}]
    case, _ = case_from_document(doc)  # loads: the year cannot be a period, so it is not made one
    record = case.income.records[0]
    assert record.period_from is None and "5000" in record.source and "公司" in record.source


# -- the calendar holds no ID number, phone or address ------------------------------------------------------

PII_ID = st.from_regex(r"[A-Z][12][0-9]{8}", fullmatch=True)
PII_PHONE = st.from_regex(r"0[2-9]-[0-9]{4}-[0-9]{4}|09[0-9]{2}-[0-9]{3}-[0-9]{3}", fullmatch=True)
PII_ADDRESS = st.from_regex(r"(臺北市|高雄市)[大中]安區[一-龥]{2}路[0-9]{1,3}號", fullmatch=True)
# What the worker may type into the desk fields: never digits-with-dashes or addresses in this test.
desk_text = st.text(st.sampled_from("abcXYZ 債務協商（）\u202e\x1b\n;,"), max_size=20)


@settings(max_examples=40, deadline=None)
@given(
    national_id=PII_ID,
    phones=st.lists(PII_PHONE, min_size=4, max_size=4),
    addresses=st.lists(PII_ADDRESS, min_size=4, max_size=4),
    name=st.text(st.sampled_from("王林陳李張"), min_size=2, max_size=4),
    label=desk_text,
    events=st.lists(
        st.builds(
            LifecycleEvent,
            kind=st.sampled_from(list(Stage)),
            date=st.none() | st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
            deadline=st.none() | st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
            body=desk_text,
            reference=desk_text,
            note=desk_text,
        ),
        max_size=6,
    ),
)
def test_the_calendar_holds_no_id_number_phone_or_address(
    national_id: str,
    phones: list[str],
    addresses: list[str],
    name: str,
    label: str,
    events: list[LifecycleEvent],
) -> None:
    case = msgspec.convert(REHAB, Case)
    applicant = case.applicant.replace(
        name=name,
        national_id=national_id,
        phone=phones[0],
        mobile=phones[1],
        registered_address=addresses[0],
        mailing_address=addresses[1],
        residence_address=addresses[2],
    )
    filing = case.filing.replace(agent=case.filing.agent.replace(phone=phones[2], address=addresses[3]))
    lifecycle = case.lifecycle.replace(events=events, label=label)
    case = case.replace(applicant=applicant, filing=filing, lifecycle=lifecycle)
    for lang in ("zh-TW", "en"):
        data = deadlines_calendar([case], lang)
        calendar = icalendar.Calendar.from_ical(data)
        texts = [data.decode("utf-8").replace("\r\n ", "")]  # the raw text, unfolded
        for component in calendar.walk("VEVENT"):
            texts += [str(component.get(key, "")) for key in ("summary", "description", "uid", "location")]
        joined = "\n".join(texts)
        for secret in (national_id, *phones, *addresses, name, *(p.replace("-", "") for p in phones)):
            assert secret not in joined, secret


# -- absurd plan terms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("term", [10**9, 97, 0, -5])
def test_an_invalid_plan_term_is_reported_and_not_used_for_the_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], term: int
) -> None:
    code, text = run(
        tmp_path, capsys, doc_with(plan__term_months=term), "check", "--json", "CASE", "--lang", "en"
    )
    report = json.loads(text)
    assert code == 1
    assert any(f["path"] == "plan.term_months" for f in report["errors"])
    assert report["figures"]["suggested_plan"]["months"] == 72


@pytest.mark.parametrize("instalments", [10**9, 10**11])
def test_a_plan_of_absurd_instalments_ends_with_an_error_finding_and_a_packet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], instalments: int
) -> None:
    doc = doc_with(plan__phases=[{"instalments": instalments, "amount": 6900}])
    code, text = run(tmp_path, capsys, doc, "check", "--json", "CASE", "--lang", "en")
    assert code == 1
    assert "longer than 96 months" in text
    code, text = run(tmp_path, capsys, doc, "packet", "CASE", "-o", "OUT", "--draft", "--lang", "en")
    assert code == 1 and (tmp_path / "out").stat().st_size > 0


@pytest.mark.parametrize("typed", ["3000-01-01", "9999/12/31", "西元9999年1月1日"])
def test_a_typed_date_beyond_what_a_case_holds_is_refused_as_typed(typed: str) -> None:
    from debtassist.rules.rocdate import parse_date
    from debtassist.rules.validators import InputError

    with pytest.raises(InputError) as caught:
        parse_date(typed)
    assert caught.value.code == "date.after_limit"
    assert "1088/12/31" in caught.value.message("zh-TW")


def test_the_last_date_a_case_holds_can_be_typed() -> None:
    from debtassist.rules.rocdate import parse_date

    assert parse_date("2999-12-31") == MAX_DATE
    case_from_document(doc_with(filing_date=parse_date("2999-12-31").isoformat()))


def test_events_with_the_same_id_keep_their_own_calendar_entries() -> None:
    events = [
        {
            "id": "same",
            "kind": "court_order",
            "date": "2026-01-05",
            "deadline": "2026-02-10",
            "reference": "B",
        },
        {"id": "same", "kind": "date", "deadline": "2026-03-01", "note": "x"},
        {"id": "same", "kind": "date", "deadline": "2026-03-02", "note": "y"},
        {"id": "same", "kind": "date", "deadline": "2026-03-02", "note": "y"},
    ]
    case, _ = case_from_document(doc_with(lifecycle__events=events))
    calendar = icalendar.Calendar.from_ical(deadlines_calendar([case], "en"))
    uids = [str(e.get("uid")) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert [e.decoded("dtstart") for e in calendar.walk("VEVENT")].count(date(2026, 3, 2)) == 2
    again = icalendar.Calendar.from_ical(deadlines_calendar([case], "en"))
    assert [str(e.get("uid")) for e in again.walk("VEVENT")] == uids  # stable across exports


@pytest.mark.parametrize("value", [5, ["薪資"], {"a": 1}, True])
def test_a_version_1_kind_that_is_not_text_is_named_not_dropped(value: object) -> None:
    doc = json.loads(
        (Path(__file__).parent / "model" / "fixtures" / "case-v1.json").read_text(encoding="utf-8")
    )
    doc["income"]["records"] = [{"year": 2025, "kind": value, "source": "", "amount": 1}]
    doc["expenses"]["items"] = [{"category": value, "monthly": 1, "note": ""}]
    with pytest.raises(CaseLoadError) as caught:
        case_from_document(doc)
    paths = {path for path, _reason, _params in caught.value.problems}
    assert paths == {"income.records[0].kind", "expenses.items[0].category"}

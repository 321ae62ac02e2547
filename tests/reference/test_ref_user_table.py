"""The user's override table: merging, tolerance of damaged files, and saving."""

from __future__ import annotations

import os
import stat
import string
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtassist.reference.areas import AREAS
from debtassist.reference.living_expense import (
    COLUMNS,
    USER_FILE_NAME,
    FigureError,
    FigureStatus,
    LivingExpenseTable,
    bundled_figures,
    load_living_expense_table,
    parse_user_table,
    problems_summary,
    save_user_figure,
    user_table_path,
)

HEADER = ",".join(COLUMNS)


def _write(folder: Path, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / USER_FILE_NAME
    path.write_text(text, encoding=encoding, newline="")
    return path


def _assert_bundled_intact(table: LivingExpenseTable) -> None:
    """Every bundled figure is present unchanged unless a valid user row replaced it."""
    for bundled in bundled_figures():
        figure = table.lookup(bundled.area, bundled.year)
        assert figure is not None
        if figure.origin == "bundled":
            assert figure == bundled
        else:
            assert figure.origin == "user"


def test_no_user_dir_or_no_file_gives_the_bundled_table(tmp_path: Path) -> None:
    assert load_living_expense_table(tmp_path).figures() == load_living_expense_table(None).figures()
    assert load_living_expense_table(tmp_path / "missing").problems == ()


def test_user_row_overrides_the_bundled_figure(tmp_path: Path) -> None:
    _write(
        tmp_path,
        f"{HEADER}\n2026,115,FJP,福建省金門縣連江縣,14064,user,衛福部公告,checked by social worker\n",
    )
    table = load_living_expense_table(tmp_path)
    figure = table.lookup("FJP", 2026)
    assert figure is not None
    assert (figure.monthly, figure.status, figure.origin) == (14064, FigureStatus.USER, "user")
    assert figure.source == "衛福部公告" and figure.note == "checked by social worker"
    assert figure.usable_without_confirmation
    assert table.problems == ()
    other = table.lookup("TPE", 2026)
    assert other is not None and other.origin == "bundled"
    assert len(table) == len(bundled_figures())


def test_user_row_adds_a_missing_year(tmp_path: Path) -> None:
    _write(tmp_path, f"{HEADER}\n2027,116,KHH,高雄市,16970,,,\n")
    table = load_living_expense_table(tmp_path)
    figure = table.lookup("KHH", 2027)
    assert figure is not None and figure.origin == "user" and figure.status is FigureStatus.USER
    assert len(table) == len(bundled_figures()) + 1
    assert 2027 in table.years()


def test_lenient_user_cells(tmp_path: Path) -> None:
    # Columns in another order, an ROC year only, an area by name with 台, a thousands separator,
    # full-width digits, an explicit status, a comment row and a byte-order mark.
    text = (
        "area,monthly_twd,roc_year,status\n"
        "# checked 2025-01-10\n"
        '台北市,"20,000",116,official\n'
        "tnn,１５５１５,116,\n"
    )
    _write(tmp_path, text, encoding="utf-8-sig")
    table = load_living_expense_table(tmp_path)
    assert table.problems == ()
    tpe = table.lookup("TPE", 2027)
    tnn = table.lookup("TNN", 2027)
    assert tpe is not None and tpe.monthly == 20000 and tpe.status is FigureStatus.OFFICIAL
    assert tpe.origin == "user" and tpe.roc_year == 116 and tpe.area_name == "臺北市"
    assert tnn is not None and tnn.monthly == 15515 and tnn.status is FigureStatus.USER


def test_big5_file_from_excel_is_read(tmp_path: Path) -> None:
    _write(tmp_path, f"{HEADER}\n2027,116,TXG,臺中市,16431,user,臺中市政府社會局,\n", encoding="cp950")
    figure = load_living_expense_table(tmp_path).lookup("TXG", 2027)
    assert figure is not None and figure.source == "臺中市政府社會局"


def test_malformed_rows_are_reported_and_skipped(tmp_path: Path) -> None:
    text = "\n".join(
        [
            HEADER,  # row 1
            "2027,116,TPE,臺北市,20744,user,,",  # 2 good
            "2027,116,XXX,,20744,user,,",  # 3 unknown area
            "1900,,TPE,,20744,,,",  # 4 year out of range
            "2027,115,NTPC,,17750,,,",  # 5 year and ROC year disagree
            "2027,116,TYN,,0,,,",  # 6 zero
            "2027,116,TYN,,1000000,,,",  # 7 too large
            "2027,116,TYN,,17186.5,,,",  # 8 not whole
            "2027,116,TYN,,17186,maybe,,",  # 9 unknown status
            ",,TYN,,17186,,,",  # 10 no year
            "2027,116,TXG,,16431,user,a,b,c,d",  # 11 more cells than the header
            "",  # 12 blank: ignored
            "2027,116,TPE,臺北市,20800,user,,",  # 13 duplicate of row 2: this one is used
            "2026,115,FJP,,abc,,,",  # 14 bad amount: the bundled figure stays
        ]
    )
    _write(tmp_path, text)
    table = load_living_expense_table(tmp_path)
    rows = [(p.row, p.reason.removeprefix("reference.reason.")) for p in table.problems]
    assert rows == [
        (3, "area"),
        (4, "year"),
        (5, "year_mismatch"),
        (6, "monthly"),
        (7, "monthly"),
        (8, "monthly"),
        (9, "status"),
        (10, "year_missing"),
        (11, "extra_cells"),
        (13, "duplicate"),
        (14, "monthly"),
    ]
    tpe = table.lookup("TPE", 2027)
    assert tpe is not None and tpe.monthly == 20800
    assert table.lookup("TYN", 2027) is None and table.lookup("TXG", 2027) is None
    fjp = table.lookup("FJP", 2026)
    assert fjp is not None and fjp.monthly == 15173 and fjp.origin == "bundled"
    _assert_bundled_intact(table)
    for problem in table.problems:
        for lang in ("zh-TW", "en"):
            message = problem.message(lang)
            assert str(problem.row) in message and USER_FILE_NAME in message
    summary = problems_summary(table.problems, "en")
    assert summary.startswith("Your minimum living expense table has 11 problem(s)")
    assert problems_summary([], "en") == ""


def test_missing_columns_reject_the_file(tmp_path: Path) -> None:
    _write(tmp_path, "year,area,amount\n2027,TPE,20744\n")
    table = load_living_expense_table(tmp_path)
    assert [(p.row, p.reason) for p in table.problems] == [(1, "reference.reason.columns")]
    assert "monthly_twd" in table.problems[0].message("en")
    assert table.lookup("TPE", 2027) is None
    _assert_bundled_intact(table)


def test_undecodable_file_is_reported(tmp_path: Path) -> None:
    tmp_path.joinpath(USER_FILE_NAME).write_bytes(b"\xff\xfe\x00\x81\xff" * 10)
    table = load_living_expense_table(tmp_path)
    assert [p.reason for p in table.problems] == ["reference.reason.encoding"]
    assert table.problems[0].row is None
    _assert_bundled_intact(table)


def test_unreadable_path_is_reported(tmp_path: Path) -> None:
    (tmp_path / USER_FILE_NAME).mkdir()  # a folder where the file should be
    table = load_living_expense_table(tmp_path)
    assert [p.reason for p in table.problems] == ["reference.reason.unreadable"]
    _assert_bundled_intact(table)


def test_empty_and_comment_only_files_are_empty_tables(tmp_path: Path) -> None:
    assert parse_user_table("", "x.csv") == ([], [])
    assert parse_user_table("# nothing yet\n\n", "x.csv") == ([], [])
    assert parse_user_table(HEADER + "\n", "x.csv") == ([], [])


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text())
def test_arbitrary_text_never_raises(fuzz_dir: Path, text: str) -> None:
    figures, problems = parse_user_table(text, "fuzz.csv")
    for figure in figures:
        assert figure.origin == "user" and 0 < figure.monthly < 1_000_000
    for problem in problems:
        assert problem.message("zh-TW") and problem.message("en")
    (fuzz_dir / USER_FILE_NAME).write_text(text, encoding="utf-8", errors="surrogatepass")
    _assert_bundled_intact(load_living_expense_table(fuzz_dir))


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(fuzz_dir: Path, data: bytes) -> None:
    (fuzz_dir / USER_FILE_NAME).write_bytes(data)
    _assert_bundled_intact(load_living_expense_table(fuzz_dir))


_CELL = st.one_of(
    st.sampled_from(["", "2025", "114", "2026", "115", "TPE", "fjp", "臺北市", "台中市", "20744", "0", "-5"]),
    st.sampled_from(["official", "court", "user", "conflict", "nonsense", '"', ",", "\n", "#", "1,000"]),
    st.text(alphabet=string.printable + "臺台北市", max_size=8),
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_CELL, max_size=10), max_size=12))
def test_csv_shaped_input_never_raises(fuzz_dir: Path, rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    figures, problems = parse_user_table(buffer.getvalue(), "fuzz.csv")
    assert all(1 <= (p.row or 1) <= len(rows) + 1 for p in problems)
    assert len({(f.area, f.year) for f in figures}) == len(figures)
    (fuzz_dir / USER_FILE_NAME).write_text(buffer.getvalue(), encoding="utf-8")
    table = load_living_expense_table(fuzz_dir)
    _assert_bundled_intact(table)
    for figure in figures:
        assert table.lookup(figure.area, figure.year) == figure


def test_save_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "reference"
    saved = save_user_figure(folder, "KHH", 2027, 16970, source=" 高雄市政府社會局公告 ", note="checked")
    assert (
        saved.origin == "user"
        and saved.status is FigureStatus.USER
        and saved.source == "高雄市政府社會局公告"
    )
    table = load_living_expense_table(folder)
    assert table.lookup("KHH", 2027) == saved
    assert table.problems == ()

    replaced = save_user_figure(folder, "khh", 2027, 17000, status="official", source="gazette")
    save_user_figure(folder, "FJP", 2026, 14064, note="confirmed, 福建省")
    table = load_living_expense_table(folder)
    assert table.lookup("KHH", 2027) == replaced
    fjp = table.lookup("FJP", 2026)
    assert fjp is not None and fjp.monthly == 14064 and fjp.origin == "user"
    data = user_table_path(folder).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark for Excel
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == HEADER and len(lines) == 3
    assert not [p for p in folder.iterdir() if p.name != USER_FILE_NAME]  # no temporary files left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_saved_file_is_private(tmp_path: Path) -> None:
    path = user_table_path(tmp_path)
    path.write_text(HEADER + "\n", encoding="utf-8")
    os.chmod(path, 0o644)
    save_user_figure(tmp_path, "TPE", 2027, 20744)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_save_keeps_other_rows_and_comments(tmp_path: Path) -> None:
    text = (
        "# kept by the social worker\n"
        + HEADER
        + ",remark\n2027,116,TPE,,20744,,,,x\n2027,116,XXX,,1,,,,bad row\n"
    )
    path = _write(tmp_path, text)
    save_user_figure(tmp_path, "TNN", 2027, 15515)
    save_user_figure(tmp_path, "TPE", 2027, 20800)
    written = path.read_text(encoding="utf-8-sig").splitlines()
    assert written[0] == "# kept by the social worker"
    assert written[1] == HEADER + ",remark"
    assert "2027,116,XXX,,1,,,,bad row" in written
    table = load_living_expense_table(tmp_path)
    tpe = table.lookup("TPE", 2027)
    assert tpe is not None and tpe.monthly == 20800
    assert [p.row for p in table.problems] == [4]  # the bad row is still there and still reported


def test_save_does_not_overwrite_a_damaged_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "this is not the table\nat all\n")
    before = path.read_bytes()
    with pytest.raises(FigureError) as info:
        save_user_figure(tmp_path, "TPE", 2027, 20744)
    assert info.value.key == "reference.save.damaged"
    assert str(path) in info.value.message("zh-TW")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("area", "year", "monthly", "status", "key"),
    [
        ("XXX", 2027, 20744, "user", "reference.reason.area"),
        ("TPE", 1911, 20744, "user", "reference.reason.year"),
        ("TPE", 2201, 20744, "user", "reference.reason.year"),
        ("TPE", 2027, 0, "user", "reference.reason.monthly"),
        ("TPE", 2027, 1_000_000, "user", "reference.reason.monthly"),
        ("TPE", 2027, True, "user", "reference.reason.monthly"),
        ("TPE", 2027, 20744, "guess", "reference.reason.status"),
    ],
)
def test_save_validates(tmp_path: Path, area: str, year: int, monthly: int, status: str, key: str) -> None:
    with pytest.raises(FigureError) as info:
        save_user_figure(tmp_path, area, year, monthly, status=status)
    assert info.value.key == key
    assert info.value.message("en") and info.value.message("zh-TW")
    assert not user_table_path(tmp_path).exists()


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(
    area=st.sampled_from([a.code for a in AREAS]),
    year=st.integers(1912, 2200),
    monthly=st.integers(1, 999_999),
    source=st.text(max_size=30),
    note=st.text(max_size=30),
)
def test_save_then_load_property(
    fuzz_dir: Path, area: str, year: int, monthly: int, source: str, note: str
) -> None:
    folder = fuzz_dir / "save"
    if user_table_path(folder).exists():
        user_table_path(folder).unlink()
    saved = save_user_figure(folder, area, year, monthly, source=source, note=note)
    table = load_living_expense_table(folder)
    assert table.lookup(area, year) == saved
    assert table.problems == ()


def test_huge_numbers_and_long_cells_are_reported_briefly(tmp_path: Path) -> None:
    digits = "9" * 5000  # longer than int() accepts from text
    _write(tmp_path, f"{HEADER}\n{digits},,TPE,,{digits},,,\n2027,116,{'x' * 500},,1,,,\n")
    table = load_living_expense_table(tmp_path)
    assert [(p.row, p.reason) for p in table.problems] == [
        (2, "reference.reason.year"),
        (2, "reference.reason.monthly"),
        (3, "reference.reason.area"),
    ]
    assert all(len(p.message("en")) < 300 for p in table.problems)
    _assert_bundled_intact(table)


def test_saved_texts_stay_on_one_line(tmp_path: Path) -> None:
    saved = save_user_figure(tmp_path, "TYN", 2027, 17186, source="line one\r\nline two", status=" Official ")
    assert saved.source == "line one line two" and saved.status is FigureStatus.OFFICIAL
    assert len(user_table_path(tmp_path).read_text(encoding="utf-8-sig").splitlines()) == 2
    assert load_living_expense_table(tmp_path).lookup("TYN", 2027) == saved


def test_unwritable_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(FigureError) as info:
        save_user_figure(blocker / "reference", "TPE", 2027, 20744)
    assert info.value.key == "reference.save.unwritable"
    assert "Excel" in info.value.message("en")

"""The bundled minimum living expense table: every row with its status and source; exact-year lookups."""

from __future__ import annotations

import csv
import io

import pytest

from debtassist.i18n import langs
from debtassist.reference.areas import AREAS, area_by_code
from debtassist.reference.living_expense import (
    FigureStatus,
    FigureUse,
    LivingExpenseTable,
    bundled_figures,
    bundled_living_expense_table,
    describe_figure,
    government_sources,
    last_known_notice,
    load_living_expense_table,
    where_to_look,
)
from debtassist.resources_path import read_text


def _bundled_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text("data", "minimum-living-expense.csv"))))


def test_every_bundled_row_loads_with_status_and_source() -> None:
    rows = _bundled_rows()
    table = load_living_expense_table(None)
    assert len(table) == len(rows) == len(bundled_figures())
    for row in rows:
        figure = table.lookup(row["area"], int(row["year"]))
        assert figure is not None, row
        assert figure.roc_year == int(row["roc_year"])
        assert figure.area_name == row["area_zh"]
        assert figure.monthly == int(row["monthly_twd"])
        assert figure.status == FigureStatus(row["status"])
        assert figure.source == row["source"]
        assert figure.note == row["note"]
        assert figure.origin == "bundled"


def test_bundled_area_names_match_the_area_list() -> None:
    for figure in bundled_figures():
        area = area_by_code(figure.area)
        assert area is not None
        assert figure.area_name == area.name


def test_taipei_2026_is_secondary() -> None:
    figure = load_living_expense_table(None).lookup("TPE", 2026)
    assert figure is not None
    assert figure.monthly == 20744
    assert figure.status is FigureStatus.SECONDARY
    assert figure.use is FigureUse.CONFIRM
    assert figure.needs_confirmation
    assert figure.status.may_propose


def test_fujian_2026_is_resolved_as_secondary() -> None:
    figure = load_living_expense_table(None).lookup("FJP", 2026)
    assert figure is not None
    assert figure.monthly == 15173
    assert figure.status is FigureStatus.SECONDARY
    assert figure.use is FigureUse.CONFIRM
    assert "14064" in figure.note  # the rejected figure is named, not silently dropped


@pytest.mark.parametrize("area", [a.code for a in AREAS])
def test_2025_is_secondary_for_every_area(area: str) -> None:
    figure = load_living_expense_table(None).lookup(area, 2025)
    assert figure is not None
    assert figure.status is FigureStatus.SECONDARY
    assert figure.needs_confirmation


@pytest.mark.parametrize("area", [a.code for a in AREAS])
def test_2027_is_missing_for_every_area(area: str) -> None:
    table = load_living_expense_table(None)
    assert table.lookup(area, 2027) is None


def test_no_silent_fallback_but_latest_before_informs() -> None:
    table = load_living_expense_table(None)
    assert table.lookup("KHH", 2024) is None
    earlier = table.latest_before("KHH", 2025)
    assert earlier is not None
    assert earlier.year == 2020
    assert table.latest_before("KHH", 2020) is None
    assert table.latest_before("TNN", 2025) == table.lookup("TNN", 2024)


def test_status_use() -> None:
    usable = {s for s in FigureStatus if s.usable_without_confirmation}
    assert usable == {FigureStatus.OFFICIAL, FigureStatus.COURT, FigureStatus.USER}
    assert FigureStatus.SECONDARY.use is FigureUse.CONFIRM
    assert {s for s in FigureStatus if s.use is FigureUse.ENTER} == {
        FigureStatus.UNCONFIRMED,
        FigureStatus.CONFLICT,
    }


def test_table_accessors() -> None:
    table = load_living_expense_table(None)
    assert table.years() == (2020, 2023, 2024, 2025, 2026)
    assert table.areas() == tuple(a.code for a in AREAS)
    figures = table.figures()
    assert [(f.year, f.area) for f in figures] == sorted(
        ((f.year, f.area) for f in figures), key=lambda k: (k[0], [a.code for a in AREAS].index(k[1]))
    )
    assert [f.year for f in table.for_area("TNN")] == [2020, 2023, 2024, 2025, 2026]
    assert table.problems == ()


def test_area_codes_are_normalised_and_unknown_ones_rejected() -> None:
    table = load_living_expense_table(None)
    assert table.lookup(" tpe ", 2026) == table.lookup("TPE", 2026) == table.lookup(AREAS[0], 2026)
    with pytest.raises(ValueError):
        table.lookup("XYZ", 2026)


def test_bundled_loaders_are_cached() -> None:
    assert bundled_figures() is bundled_figures()
    assert bundled_living_expense_table() is load_living_expense_table(None)


def test_every_status_has_texts() -> None:
    for status in FigureStatus:
        for lang in langs():
            assert status.label(lang)
            assert status.explanation(lang)


@pytest.mark.parametrize("area", [a.code for a in AREAS])
def test_where_to_look(area: str) -> None:
    zh = where_to_look(area, "zh-TW")
    en = where_to_look(area, "en", 2025)
    assert "衛生福利部社會救助及社工司" in zh and "最低生活費" in zh
    assert "社會局" in zh
    assert "Ministry of Health and Welfare" in en and "2025" in en and "114" in en
    # Only addresses that appear in the bundled table, and only government ones.
    sources = {f.source for f in bundled_figures()}
    for url in government_sources(area):
        assert url in sources
        assert ".gov." in url
        assert url in zh and url in en
    assert "dep.mohw.gov.tw" in zh


def test_where_to_look_names_the_city_department() -> None:
    assert "臺北市政府社會局" in where_to_look("TPE", "zh-TW")
    assert "社會處" in where_to_look("TWP", "zh-TW")


def test_describe_and_missing_notice() -> None:
    table = load_living_expense_table(None)
    figure = table.lookup("TPE", 2026)
    assert figure is not None
    text = describe_figure(figure, "en")
    assert "20,744" in text and "secondary" in text and figure.source in text
    assert "20,744" in describe_figure(figure, "zh-TW") and "第二手資料" in describe_figure(figure, "zh-TW")
    notice = last_known_notice(table, "TPE", 2025, "en")
    assert "2025" in notice and "20,744" not in notice  # 2026 is after 2025: not "before"
    assert "19,649" in notice and "unconfirmed" in notice and "information only" in notice  # 2024


def test_empty_table() -> None:
    table = LivingExpenseTable([])
    assert table.lookup("TPE", 2026) is None
    assert table.latest_before("TPE", 2026) is None
    assert table.years() == () and table.areas() == () and len(table) == 0

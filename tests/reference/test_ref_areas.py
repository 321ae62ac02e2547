"""Areas and counties."""

from __future__ import annotations

import csv
import io

import pytest

from debtassist.reference.areas import (
    AREAS,
    area_by_code,
    area_by_name,
    area_for_county,
    counties,
    county_by_name,
)
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.resources_path import read_text


def test_counties_follow_the_table() -> None:
    rows = list(csv.DictReader(io.StringIO(read_text("data", "areas.csv"))))
    assert [(c.name, c.area) for c in counties()] == [(r["county"], r["area"]) for r in rows]
    assert [c.text("en") for c in counties()][:2] == ["Taipei City", "New Taipei City"]
    assert all(c.text("zh-TW") == c.name for c in counties())
    assert len(counties()) == 22


def test_every_county_maps_to_an_area_with_a_figure() -> None:
    table = load_living_expense_table(None)
    for county in counties():
        area = area_for_county(county.name)
        assert area is not None and area.code == county.area
        assert table.for_area(area), county


def test_every_area_has_a_county() -> None:
    assert {c.area for c in counties()} == {a.code for a in AREAS}


def test_municipal_area_names_are_the_county_names() -> None:
    for county in counties():
        if county.area not in ("TWP", "FJP"):
            area = area_by_code(county.area)
            assert area is not None
            assert (area.name, area.text("en")) == (county.name, county.text("en"))
    assert area_by_code("TWP") is not None and area_by_code("TWP").name == "臺灣省"  # type: ignore[union-attr]
    fjp = area_by_code("fjp")
    assert fjp is not None and fjp.name == "福建省金門縣連江縣" == fjp.text("zh-TW")
    assert fjp.text("en") == "Fujian Province (Kinmen, Lienchiang)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("台北市", "臺北市"),
        ("臺北市", "臺北市"),
        (" 台東縣 ", "臺東縣"),
        ("taipei city", "臺北市"),
        ("  KINMEN COUNTY ", "金門縣"),
        ("New  Taipei City", "新北市"),
        ("台中市", "臺中市"),
    ],
)
def test_county_by_name_variants(text: str, expected: str) -> None:
    county = county_by_name(text)
    assert county is not None and county.name == expected


def test_taipei_variants_are_equal() -> None:
    assert county_by_name("台北市") == county_by_name("臺北市")
    assert area_for_county("台北市") == area_for_county("臺北市")


def test_an_official_name_names_its_own_county_in_every_language() -> None:
    """County look-ups try the official names before every language's names: no name of one county in any
    language is the official name of another, so both ways find the same county."""
    from debtassist.i18n import langs
    from debtassist.reference.areas import normalize_name

    official = {normalize_name(c.name): c for c in counties()}
    for county in counties():
        for lang in langs():
            other = official.get(normalize_name(county.text(lang)))
            assert other is None or other is county, (county.name, lang)


@pytest.mark.parametrize("text", ["", "台北", "Taipei", "火星市", "TPE"])
def test_unknown_county(text: str) -> None:
    assert county_by_name(text) is None
    assert area_for_county(text) is None


def test_area_lookup() -> None:
    assert area_for_county("基隆市") == area_by_code("TWP")
    assert area_for_county("連江縣") == area_by_code("FJP")
    assert area_by_name("台灣省") == area_by_code("TWP")
    assert area_by_name(" ntpc ") == area_by_code("NTPC")
    assert area_by_name("Taiwan Province") == area_by_code("TWP")
    assert area_by_name("nowhere") is None

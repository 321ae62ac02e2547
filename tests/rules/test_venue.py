"""Venue (Act Art. 5, 151 I): the competent court from domicile and residence, the township committee of the
residence district, and errors for a court or committee that does not fit."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtassist.model.case import Applicant, Case, Route
from debtassist.reference.courts import (
    PlaceProblem,
    court_by_name,
    courts,
    districts,
    parse_place,
)
from debtassist.resources_path import read_text
from debtassist.rules.explain import Severity
from debtassist.rules.venue import (
    competent_committees,
    competent_courts,
    suggested_venue,
    venue_findings,
    venue_options,
)

ROWS = list(csv.DictReader(io.StringIO(read_text("data", "district-courts.csv"))))

#: The split cities as the domain note lists them (courts-and-plans.md §1.2), typed here independently.
SPLIT = {
    "臺灣士林地方法院": {
        "臺北市": "士林 北投 大同 內湖 南港",
        "新北市": "汐止 淡水 八里 三芝 石門",
    },
    "臺灣臺北地方法院": {
        "臺北市": "中正 松山 信義 文山 大安 萬華 中山",
        "新北市": "新店 烏來 深坑 石碇 坪林",
    },
    "臺灣新北地方法院": {"新北市": "板橋 永和 中和 樹林 土城 三峽 鶯歌 三重 新莊 蘆洲 五股 泰山 林口"},
    "臺灣基隆地方法院": {"新北市": "瑞芳 貢寮 雙溪 平溪 金山 萬里"},
    "臺灣高雄地方法院": {"高雄市": "鼓山 鹽埕 前金 新興 三民 苓雅 前鎮 旗津 小港 鳳山 大寮 林園"},
    "臺灣橋頭地方法院": {
        "高雄市": "楠梓 左營 大樹 大社 仁武 鳥松 岡山 橋頭 燕巢 田寮 阿蓮 路竹 湖內 茄萣 永安 彌陀 梓官 "
        "旗山 美濃 六龜 甲仙 杉林 內門 茂林 桃源 那瑪夏"
    },
}


def case_at(address: str, route: Route = Route.REHABILITATION, venue: str = "", **applicant: Any) -> Case:
    return Case(route=route, venue=venue, applicant=Applicant(registered_address=address, **applicant))


def findings(case: Case) -> list[tuple[Severity, str, dict[str, Any]]]:
    out: list[tuple[Severity, str, dict[str, Any]]] = []
    venue_findings(case, lambda sev, code, path, rule, **p: out.append((sev, code, p)))
    return out


def test_the_table_has_every_district_once_and_22_courts() -> None:
    assert len(districts()) == 368 == len(ROWS)
    assert len({(d.county, d.district) for d in districts()}) == 368
    assert len(courts()) == 22
    assert {d.status for d in districts()} <= {"official", "secondary"}
    assert all(d.source for d in districts())
    assert all(c.division == "民事庭" for c in courts())


def test_split_cities_follow_the_sources() -> None:
    for court, counties in SPLIT.items():
        for county, names in counties.items():
            expected = {n + "區" for n in names.split()}
            actual = {d.district for d in districts() if d.county == county and d.court == court}
            assert actual == expected, (court, county)
    for county, count in (("臺北市", 12), ("新北市", 29), ("高雄市", 38)):
        assert len([d for d in districts() if d.county == county]) == count


@pytest.mark.parametrize("row", ROWS, ids=[r["county"] + r["district"] for r in ROWS])
def test_every_district_names_its_court_and_committee(row: dict[str, str]) -> None:
    address = f"{row['county']}{row['district']}中正路100號"
    parsed = parse_place(address)
    assert parsed.sure and parsed.district is not None
    assert (parsed.district.county, parsed.district.district) == (row["county"], row["district"])
    case = case_at(address)
    assert [(c.name, basis) for c, basis in competent_courts(case)] == [(row["court"], "both")]
    assert suggested_venue(case) == row["court"]
    township = case_at(address, Route.TOWNSHIP_MEDIATION)
    assert suggested_venue(township) == f"{row['county']}{row['district']}調解委員會"
    assert findings(case_at(address, venue=row["court"])) == []


def test_domicile_and_residence_courts_are_both_accepted() -> None:
    case = case_at("臺北市士林區中山北路六段1號", residence_address="臺北市大安區復興南路一段1號")
    assert [(c.name, b) for c, b in competent_courts(case)] == [
        ("臺灣士林地方法院", "domicile"),
        ("臺灣臺北地方法院", "residence"),
    ]
    for venue in ("臺灣士林地方法院", "臺灣臺北地方法院", "台北地院"):
        case.venue = venue
        assert findings(case) == [], venue


def test_a_court_serving_neither_address_is_an_error_naming_the_right_ones() -> None:
    case = case_at(
        "臺北市士林區中山北路六段1號",
        residence_address="臺北市大安區復興南路一段1號",
        venue="臺灣新北地方法院",
    )
    ((severity, code, params),) = findings(case)
    assert (severity, code) == (Severity.ERROR, "VENUE_WRONG_COURT")
    assert params["right"] == "臺灣士林地方法院、臺灣臺北地方法院"
    assert params["venue"] == "臺灣新北地方法院"


def test_township_goes_to_the_residence_committee() -> None:
    case = case_at(
        "臺中市西屯區福科路1號", Route.TOWNSHIP_MEDIATION, residence_address="新北市板橋區文化路一段1號"
    )
    assert suggested_venue(case) == "新北市板橋區調解委員會"
    assert venue_options(case) == ["新北市板橋區調解委員會", "臺中市西屯區調解委員會"]
    case.venue = "新北市板橋區調解委員會"
    assert findings(case) == []


def test_a_wrong_committee_is_an_error() -> None:
    case = case_at("新北市板橋區文化路一段1號", Route.TOWNSHIP_MEDIATION, venue="新北市中和區調解委員會")
    ((severity, code, params),) = findings(case)
    assert (severity, code, params["right"]) == (
        Severity.ERROR,
        "VENUE_WRONG_COMMITTEE",
        "新北市板橋區調解委員會",
    )


def test_a_committee_on_a_court_route_and_a_court_on_the_township_route_are_errors() -> None:
    for route in (Route.COURT_MEDIATION, Route.REHABILITATION, Route.LIQUIDATION):
        case = case_at("新北市板橋區文化路一段1號", route, venue="新北市板橋區調解委員會")
        assert [(s, c) for s, c, _ in findings(case)] == [(Severity.ERROR, "VENUE_COMMITTEE_ON_COURT_ROUTE")]
    case = case_at("新北市板橋區文化路一段1號", Route.TOWNSHIP_MEDIATION, venue="臺灣新北地方法院")
    assert [(s, c) for s, c, _ in findings(case)] == [(Severity.ERROR, "VENUE_COURT_ON_TOWNSHIP")]


def test_unclear_addresses_are_asked_not_guessed() -> None:
    assert parse_place("中正區重慶南路1號").problem is PlaceProblem.AMBIGUOUS
    assert parse_place("桃園市").problem is PlaceProblem.NO_DISTRICT
    assert parse_place("").problem is PlaceProblem.EMPTY
    old = parse_place("臺北縣板橋市中山路一段1號")
    assert old.problem is PlaceProblem.INFERRED and old.district is not None
    assert old.district.place == "新北市板橋區"
    case = case_at("中正區重慶南路1號", venue="臺灣臺北地方法院")
    assert [c for _, c, _ in findings(case)] == ["VENUE_PLACE_UNCLEAR"]
    assert competent_courts(case) == []
    # The explicit district fields settle it.
    case.applicant.domicile_county, case.applicant.domicile_district = "基隆市", "中正區"
    assert [c.name for c, _ in competent_courts(case)] == ["臺灣基隆地方法院"]
    assert [c for _, c, _ in findings(case)] == ["VENUE_WRONG_COURT"]


def test_postal_code_and_tai_variant_are_read() -> None:
    parsed = parse_place("２２０台北縣板橋市")
    assert parsed.district is not None and parsed.district.place == "新北市板橋區"
    assert parse_place("220新北市板橋區文化路").sure


def test_committees_fall_back_to_domicile_when_no_residence_is_given() -> None:
    case = case_at("高雄市旗山區中山路1號", Route.TOWNSHIP_MEDIATION)
    assert [d.committee for d in competent_committees(case)] == ["高雄市旗山區調解委員會"]
    assert court_by_name("橋頭地院") is not None


@given(st.text(max_size=40))
def test_parse_place_never_fails(text: str) -> None:
    parsed = parse_place(text)
    assert (parsed.district is None) == (parsed.problem not in (None, PlaceProblem.INFERRED))

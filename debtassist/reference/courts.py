"""District courts and the 鄉鎮市區 each one serves (Act Art. 5: the court of the debtor's domicile or residence).

Two bundled tables, each row with its status and source:

- ``data/district-courts.csv`` — one row per 鄉鎮市區 (368): county, district, the district court serving it.
  Taipei, New Taipei and Kaohsiung are split between courts.
- ``data/courts.csv`` — the 22 district courts: short name, judicial code, address where found, and the
  division a filing is addressed to (民事庭).

Also here: reading the county and district out of a typed address (:func:`parse_place`). It answers with what
it is sure of and says why when it is not, so the interface can ask instead of guessing.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from debtassist.reference.areas import county_by_name
from debtassist.resources_path import read_text

DISTRICT_COLUMNS = ("county", "district", "court", "court_short", "source", "status")
COURT_COLUMNS = (
    "court",
    "court_short",
    "jid_code",
    "address",
    "phone",
    "civil_division_in_filings",
    "debt_unit",
    "source",
    "status",
)


class District(NamedTuple):
    county: str  # 縣市, official 臺 spelling
    district: str  # 鄉鎮市區
    court: str  # full court name, e.g. 臺灣士林地方法院
    court_short: str
    source: str
    status: str  # official | secondary

    @property
    def place(self) -> str:
        return self.county + self.district

    @property
    def committee(self) -> str:
        """The mediation committee of this district (鄉鎮市區調解委員會), e.g. 新北市板橋區調解委員會."""
        return f"{self.county}{self.district}調解委員會"


class Court(NamedTuple):
    name: str
    short: str
    jid_code: str
    address: str
    phone: str
    division: str  # what a filing is addressed to: 民事庭
    source: str
    status: str

    @property
    def addressee(self) -> str:
        """The closing line's addressee: 臺灣臺北地方法院 民事庭."""
        return f"{self.name} {self.division}"


def _rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(read_text("data", name)))
    if tuple(reader.fieldnames or ()) != columns:
        raise ValueError(f"{name}: columns {reader.fieldnames} are not {list(columns)}")
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


@cache
def districts() -> tuple[District, ...]:
    out = []
    for row in _rows("district-courts.csv", DISTRICT_COLUMNS):
        out.append(District(**row))
    names = {c.name for c in courts()}
    for d in out:
        if d.court not in names:
            raise ValueError(f"district-courts.csv: {d.place} names an unknown court {d.court}")
        if county_by_name(d.county) is None:
            raise ValueError(f"district-courts.csv: unknown county {d.county}")
    return tuple(out)


@cache
def courts() -> tuple[Court, ...]:
    out = []
    for row in _rows("courts.csv", COURT_COLUMNS):
        # The division column may carry a remark: 「民事庭 (rulings signed 民事第一庭)」, 「民事庭; plan approval …」.
        division = re.split(r"[(;]", row["civil_division_in_filings"])[0].strip() or "民事庭"
        out.append(
            Court(
                row["court"],
                row["court_short"],
                row["jid_code"],
                row["address"],
                row["phone"],
                division,
                row["source"],
                row["status"],
            )
        )
    return tuple(out)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("台", "臺"))


@cache
def _court_index() -> dict[str, Court]:
    index: dict[str, Court] = {}
    for c in courts():
        index[_key(c.name)] = c
        index[_key(c.short)] = c
        index[_key(c.name.removeprefix("臺灣").removeprefix("福建"))] = c
    return index


def court_by_name(text: str) -> Court | None:
    """A court by its full or short name (臺/台 and spaces tolerated), or None."""
    return _court_index().get(_key(text))


@cache
def _district_index() -> dict[tuple[str, str], District]:
    return {(d.county, d.district): d for d in districts()}


def district_of(county: str, district: str) -> District | None:
    found = county_by_name(county)
    if found is None:
        return None
    return _district_index().get((found.name, _key(district)))


def districts_in(county: str) -> list[District]:
    found = county_by_name(county)
    return [d for d in districts() if found is not None and d.county == found.name]


def committee_district(text: str) -> District | None:
    """The district whose mediation committee ``text`` names (「新北市板橋區調解委員會」), or None."""
    key = _key(text)
    for d in districts():
        if key in (_key(d.committee), _key(d.district + "調解委員會")):
            return d
    return None


def looks_like_committee(text: str) -> bool:
    return "調解委員會" in _key(text)


def looks_like_court(text: str) -> bool:
    return "法院" in _key(text) or court_by_name(text) is not None


class PlaceProblem(StrEnum):
    EMPTY = "empty"
    NO_COUNTY = "no_county"  # neither a county nor a district we know
    NO_DISTRICT = "no_district"  # the county is clear, the district is not
    AMBIGUOUS = "ambiguous"  # a district name without county that exists in several counties
    INFERRED = "inferred"  # found, but the county (or a renamed district) was inferred: ask to confirm


class ParsedPlace(NamedTuple):
    district: District | None
    problem: PlaceProblem | None
    candidates: tuple[District, ...] = ()

    @property
    def sure(self) -> bool:
        return self.district is not None and self.problem is None


#: Counties merged into special municipalities (2010, 2014): old addresses still use them.
OLD_COUNTIES = {
    "臺北縣": "新北市",
    "桃園縣": "桃園市",
    "臺中縣": "臺中市",
    "臺南縣": "臺南市",
    "高雄縣": "高雄市",
}
_POSTAL = re.compile(r"^[0-9]{3,6}")


def parse_place(address: str) -> ParsedPlace:
    """County and district from an address. A full address (「新北市板橋區…」) is sure; an address that only
    names a district that exists once in the country, or an old county (臺北縣板橋市), is INFERRED."""
    text = _POSTAL.sub("", _key(address)).removeprefix("臺灣省").removeprefix("福建省")
    if not text:
        return ParsedPlace(None, PlaceProblem.EMPTY)
    inferred = False
    for old, new in OLD_COUNTIES.items():
        if text.startswith(old):
            text = new + text[len(old) :]
            inferred = True
            break
    county = next(
        (c for c in sorted({d.county for d in districts()}, key=len, reverse=True) if text.startswith(c)),
        None,
    )
    if county is not None:
        rest = text[len(county) :]
        options = [d for d in districts() if d.county == county]
        match = _match_district(rest, options, renamed=inferred)
        if match is None:
            return ParsedPlace(None, PlaceProblem.NO_DISTRICT, tuple(options))
        district, renamed = match
        return ParsedPlace(district, PlaceProblem.INFERRED if inferred or renamed else None)
    found = [d for d in districts() if text.startswith(d.district)]
    longest = max((len(d.district) for d in found), default=0)
    found = [d for d in found if len(d.district) == longest]
    if len(found) == 1:
        return ParsedPlace(found[0], PlaceProblem.INFERRED)
    if found:
        return ParsedPlace(None, PlaceProblem.AMBIGUOUS, tuple(found))
    return ParsedPlace(None, PlaceProblem.NO_COUNTY)


def _match_district(rest: str, options: list[District], renamed: bool) -> tuple[District, bool] | None:
    exact = [d for d in options if rest.startswith(d.district)]
    if exact:
        return max(exact, key=lambda d: len(d.district)), False
    # An old township name (板橋市, 三重市, 鳳山市) of a county that became a municipality: now 板橋區.
    if renamed:
        for d in options:
            stem = d.district[:-1]
            if rest.startswith(stem) and len(rest) > len(stem) and rest[len(stem)] in "市鎮鄉":
                return d, True
    return None

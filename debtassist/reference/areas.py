"""Living-expense areas and the counties/cities (縣市) that belong to them.

The minimum living expense (最低生活費) is announced per *area*: each special municipality (直轄市) has
its own figure, the remaining counties and cities share the Taiwan Province (臺灣省) figure, and Kinmen and
Lienchiang share the Fujian Province (福建省金門縣連江縣) figure. The county list is the bundled
``data/areas.csv``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from functools import cache
from typing import NamedTuple

from debtassist.i18n import Lang, Msg, langs
from debtassist.resources_path import read_text


class Area(NamedTuple):
    """A living-expense area. ``code`` is the value stored in the reference table's ``area`` column; ``name`` is
    its official (Chinese) name, its identity in data; the name shown is the catalog's ``area.<code>``."""

    code: str
    name: str

    @property
    def label(self) -> Msg:
        return Msg(f"area.{self.code}")

    def text(self, lang: Lang) -> str:
        return self.label.text(lang)


class County(NamedTuple):
    """A county or city (縣市) by its official (Chinese) name, and the code of the living-expense area it belongs
    to; the name shown is the catalog's ``county.<name>``."""

    name: str
    area: str

    @property
    def label(self) -> Msg:
        return Msg(f"county.{self.name}")

    def text(self, lang: Lang) -> str:
        return self.label.text(lang)


#: The eight areas, in the order the announcements list them.
AREAS: tuple[Area, ...] = (
    Area("TPE", "臺北市"),
    Area("NTPC", "新北市"),
    Area("TYN", "桃園市"),
    Area("TXG", "臺中市"),
    Area("TNN", "臺南市"),
    Area("KHH", "高雄市"),
    Area("TWP", "臺灣省"),
    Area("FJP", "福建省金門縣連江縣"),
)


def area_name(area: Area | None) -> Msg | str:
    """A message parameter naming ``area`` in the message's language ("—" for none)."""
    return area.label if area is not None else "—"


def _names(official: str, label: Msg) -> set[str]:
    """The comparison keys of a place: its official name and its name in every language."""
    return {normalize_name(official)} | {normalize_name(label.text(lang)) for lang in langs()}


_AREA_BY_CODE: dict[str, Area] = {area.code: area for area in AREAS}
_SPACES = re.compile(r"\s+")


def normalize_name(text: str) -> str:
    """A comparison key for a place or institution name: width-folded (NFKC), 台 written 臺, spaces collapsed
    and trimmed, case-folded."""
    folded = unicodedata.normalize("NFKC", text).replace("台", "臺")
    return _SPACES.sub(" ", folded).strip().casefold()


def areas() -> tuple[Area, ...]:
    return AREAS


def area_by_code(code: str) -> Area | None:
    """The area with this code (case and surrounding spaces ignored), or ``None``."""
    return _AREA_BY_CODE.get(code.strip().upper())


def area_by_name(text: str) -> Area | None:
    """An area by its code or its Chinese or English name (臺/台 and case tolerant), or ``None``."""
    by_code = area_by_code(text)
    if by_code is not None:
        return by_code
    key = normalize_name(text)
    for area in AREAS:
        if key in _names(area.name, area.label):
            return area
    return None


@cache
def counties() -> tuple[County, ...]:
    """Every county and city in the order of ``areas.csv``."""
    rows = csv.DictReader(io.StringIO(read_text("data", "areas.csv")))
    result: list[County] = []
    for row in rows:
        county = County(row["county"].strip(), row["area"].strip())
        if county.area not in _AREA_BY_CODE:
            raise ValueError(f"areas.csv: {county.name} names an unknown area {county.area!r}")
        result.append(county)
    return tuple(result)


@cache
def _county_index() -> dict[str, County]:
    index: dict[str, County] = {}
    for county in counties():
        for name in _names(county.name, county.label):
            index[name] = county
    return index


@cache
def _official_index() -> dict[str, County]:
    """The counties by official name: what the wizard's list and most addresses give, found without reading
    every language's catalog (the English one alone is 1 ms of a check in Chinese)."""
    return {normalize_name(county.name): county for county in counties()}


def county_by_name(text: str) -> County | None:
    """A county by its official name (臺/台 either way) or its name in any language (any case); surrounding
    spaces are ignored."""
    key = normalize_name(text)
    official = _official_index().get(key)
    return official if official is not None else _county_index().get(key)


def area_for_county(text: str) -> Area | None:
    """The living-expense area of the county or city named ``text``, or ``None`` if the name is unknown."""
    county = county_by_name(text)
    return None if county is None else _AREA_BY_CODE[county.area]

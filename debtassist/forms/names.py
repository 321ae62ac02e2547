"""English names of the packet's documents, for the English cover sheet: the English name with the Chinese
title beside it, so a reader can match it to the page."""

from __future__ import annotations

import re
from functools import cache

from debtassist.forms.definition import form_definition, form_ids
from debtassist.i18n import Lang
from debtassist.rules.routes import ROUTES


@cache
def _english() -> dict[str, str]:
    names = {spec.title: spec.title_en for spec in ROUTES.values()}
    for form_id in form_ids():
        form = form_definition(form_id)
        names.setdefault(form.title, form.title_en.split(" (")[0])
    return names


_SHEET = re.compile(r"^附表([一二三四五六七八九十百零]+)(?:～附表([一二三四五六七八九十百零]+))?(?:　(.*))?$")


def document_name(title: str, lang: Lang) -> str:
    if lang == "zh-TW":
        return title
    match = _SHEET.match(title)
    if match:
        rest = match[3] or ""
        base = "Continuation sheets" if match[2] else "Continuation sheet"
        inner = f" — {_english().get(rest, rest)}" if rest else ""
        return f"{base}{inner} ({title})"
    english = _english().get(title)
    return f"{english} ({title})" if english else title


# A place in a form's table, as fill() and the continuation sheets name it: 債權人清冊 第3列「地址」.
_TABLE_PLACE = re.compile(r"^(?P<title>.+?) 第(?P<row>\d+)列「(?P<column>.+)」$")
_SHEET_PARTS = {
    "附表標題": "continuation sheet title",
    "附表合計": "continuation sheet total",
    "附表欄名": "column title",
}


def place_name(where: str, lang: Lang) -> str:
    """Where a character the font lacks was met, for the English cover and terminal: the document's English
    name, the row, and the column as its Chinese heading reads on the page."""
    if lang == "zh-TW":
        return where
    match = _TABLE_PLACE.match(where)
    if match:
        return f"{document_name(match['title'], lang)}, row {match['row']}, column 「{match['column']}」"
    if where in _SHEET_PARTS:
        return f"{_SHEET_PARTS[where]} ({where})"
    return document_name(where, lang)

"""The packet's documents named in the reader's language, for the cover sheet and terminal: the name from the
catalog with the Chinese title beside it, so a reader can match it to the page (the Chinese paper's own title in
zh-TW)."""

from __future__ import annotations

import re
from functools import cache

from debtassist.forms.definition import form_definition, form_ids
from debtassist.i18n import DEFAULT_LANG, Lang, tr
from debtassist.rules.routes import ROUTES


@cache
def _name_keys() -> dict[str, str]:
    """Each Chinese title on the paper -> the catalog key of its name (the first form of a shared title)."""
    keys = {spec.title: spec.title_key for spec in ROUTES.values()}
    for form_id in form_ids():
        keys.setdefault(form_definition(form_id).title, f"form.{form_id}.title")
    return keys


def _name(title: str, lang: Lang) -> str:
    key = _name_keys().get(title)
    return tr(key, lang) if key else title


_SHEET = re.compile(r"^附表([一二三四五六七八九十百零]+)(?:～附表([一二三四五六七八九十百零]+))?(?:　(.*))?$")


def document_name(title: str, lang: Lang) -> str:
    if lang == DEFAULT_LANG:
        return title
    match = _SHEET.match(title)
    if match:
        rest = match[3] or ""
        base = tr("names.sheets" if match[2] else "names.sheet", lang)
        inner = tr("names.sheet_of", lang, document=_name(rest, lang)) if rest else ""
        return tr("names.with_title", lang, name=base + inner, title=title)
    key = _name_keys().get(title)
    return tr("names.with_title", lang, name=tr(key, lang), title=title) if key else title


# A place in a form's table, as fill() and the continuation sheets name it: 債權人清冊 第3列「地址」.
_TABLE_PLACE = re.compile(r"^(?P<title>.+?) 第(?P<row>\d+)列「(?P<column>.+)」$")
_SHEET_PARTS = {
    "附表標題": "names.part.title",
    "附表合計": "names.part.total",
    "附表欄名": "names.part.column",
}


def place_name(where: str, lang: Lang) -> str:
    """Where a character the font lacks was met, for the cover and terminal: the document's name, the row, and
    the column as its Chinese heading reads on the page."""
    if lang == DEFAULT_LANG:
        return where
    match = _TABLE_PLACE.match(where)
    if match:
        return tr(
            "names.table_place",
            lang,
            document=document_name(match["title"], lang),
            row=match["row"],
            column=match["column"],
        )
    if where in _SHEET_PARTS:
        return tr("names.with_title", lang, name=tr(_SHEET_PARTS[where], lang), title=where)
    return document_name(where, lang)

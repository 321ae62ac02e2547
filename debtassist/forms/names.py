"""The packet's documents named in the reader's language, for the cover sheet and terminal: the name from the
catalog with the Chinese title beside it, so a reader can match it to the page (the Chinese paper's own title in
zh-TW)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from debtassist.forms.definition import FormDef, form_definition, form_ids
from debtassist.i18n import DEFAULT_LANG, Lang, tr
from debtassist.rules.routes import ROUTES


@cache
def _route_title_keys() -> dict[str, str]:
    """Each pleading's Chinese title -> the catalog key of its name."""
    return {spec.title: spec.title_key for spec in ROUTES.values()}


@cache
def _bundled_forms() -> tuple[FormDef, ...]:
    return tuple(form_definition(form_id) for form_id in form_ids())


def _known_name(title: str, lang: Lang, forms: Sequence[FormDef]) -> str | None:
    """The name in ``lang`` of the document titled ``title``: one of ``forms`` (the packet's definitions, an
    agency's among them) by its title, else a route's pleading, else a bundled form (the first of a shared
    title); None for an unknown title."""
    form = next((f for f in forms if f.title == title), None)
    key = _route_title_keys().get(title) if form is None else None
    if key is not None:
        return tr(key, lang)
    form = form or next((f for f in _bundled_forms() if f.title == title), None)
    return form.name(lang) if form is not None else None


def _name(title: str, lang: Lang, forms: Sequence[FormDef]) -> str:
    return _known_name(title, lang, forms) or title


_SHEET = re.compile(r"^附表([一二三四五六七八九十百零]+)(?:～附表([一二三四五六七八九十百零]+))?(?:　(.*))?$")


def document_name(title: str, lang: Lang, forms: Sequence[FormDef] = ()) -> str:
    """A document of the packet named in ``lang``, its Chinese title beside it; ``forms`` are the definitions
    the packet used (an agency's names its own form)."""
    if lang == DEFAULT_LANG:
        return title
    match = _SHEET.match(title)
    if match:
        rest = match[3] or ""
        base = tr("names.sheets" if match[2] else "names.sheet", lang)
        inner = tr("names.sheet_of", lang, document=_name(rest, lang, forms)) if rest else ""
        return tr("names.with_title", lang, name=base + inner, title=title)
    name = _known_name(title, lang, forms)
    return tr("names.with_title", lang, name=name, title=title) if name else title


# A place in a form's table, as fill() and the continuation sheets name it: 債權人清冊 第3列「地址」.
_TABLE_PLACE = re.compile(r"^(?P<title>.+?) 第(?P<row>\d+)列「(?P<column>.+)」$")
_SHEET_PARTS = {
    "附表標題": "names.part.title",
    "附表合計": "names.part.total",
    "附表欄名": "names.part.column",
}


def place_name(where: str, lang: Lang, forms: Sequence[FormDef] = ()) -> str:
    """Where a character the font lacks was met, for the cover and terminal: the document's name, the row, and
    the column as its Chinese heading reads on the page (``forms`` as for :func:`document_name`)."""
    if lang == DEFAULT_LANG:
        return where
    match = _TABLE_PLACE.match(where)
    if match:
        return tr(
            "names.table_place",
            lang,
            document=document_name(match["title"], lang, forms),
            row=match["row"],
            column=match["column"],
        )
    if where in _SHEET_PARTS:
        return tr("names.with_title", lang, name=tr(_SHEET_PARTS[where], lang), title=where)
    return document_name(where, lang, forms)

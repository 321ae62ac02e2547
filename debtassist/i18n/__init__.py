"""The one translation mechanism: catalogs of every language, for the core (findings, load errors, CLI text) and
for the window (through a Qt adapter in ``debtassist.ui.i18n``).

A language is a folder ``resources/translations/<lang>/`` (``zh-TW``, ``en``, ...): ``core/*.json`` holds
``{key: text}`` (templates use ``str.format`` fields), ``window.json`` holds the window's strings as
``{context: {English source: text}}`` (English is the source language, so ``en`` needs no window file).
Adding a language means adding its folder; the languages are discovered from the folders. A missing text falls
back to English, then to the key itself. ``x-pseudo`` is generated from English at run time (see
:mod:`debtassist.i18n.pseudo`) and never offered in the menu.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from debtassist.resources_path import resource

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: A language code with a catalog folder (``zh-TW``, ``en``, ...) or the generated ``x-pseudo``: a checked
#: ``str``, made by :func:`parse_lang` from outside input.
Lang = str
DEFAULT_LANG: Lang = "zh-TW"
FALLBACK_LANG: Lang = "en"
PSEUDO_LANG: Lang = "x-pseudo"
NAME_KEY = "language.name"  # each language's own name, shown in the Language menu
NAME_FILE = "language.json"  # the core file that holds it


def translations_root() -> Traversable:
    return resource("translations")


@cache
def langs() -> tuple[Lang, ...]:
    """The languages with a catalog folder: Traditional Chinese first, English second, others by code."""
    found = [e.name for e in translations_root().iterdir() if e.is_dir() and e.joinpath("core").is_dir()]
    order = {DEFAULT_LANG: 0, FALLBACK_LANG: 1}
    return tuple(sorted(found, key=lambda code: (order.get(code, 2), code)))


def known_lang(value: str) -> bool:
    return value in langs() or value == PSEUDO_LANG


def parse_lang(value: str | None) -> Lang:
    """Map a locale-ish string (``zh_TW.UTF-8``, ``en-US``, ``zh-TW``) to an available language: the exact one
    (case and ``_``/``-`` ignored), else the first with the same language part, else Traditional Chinese."""
    if not value:
        return DEFAULT_LANG
    wanted = value.split(".")[0].split("@")[0].replace("_", "-").casefold()
    if wanted == PSEUDO_LANG:
        return PSEUDO_LANG
    available = langs()
    for code in available:
        if code.casefold() == wanted:
            return code
    for code in available:
        if code.casefold().split("-")[0] == wanted.split("-")[0]:
            return code
    return DEFAULT_LANG


def _read_folder(folder: Traversable, origin: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    if not folder.is_dir():
        return merged
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        for key, text in data.items():
            if key in merged:
                raise ValueError(
                    f"message key {key!r} is defined twice (second time in {origin}/{entry.name})"
                )
            if not isinstance(text, str):
                raise ValueError(
                    f"{origin}/{entry.name}: {key!r} is not a text (run scripts/split_catalogs.py)"
                )
            merged[key] = text
    return merged


@cache
def catalog(lang: Lang = DEFAULT_LANG) -> dict[str, str]:
    """Every core message of ``lang``: ``{key: template}`` merged from ``<lang>/core/*.json``."""
    if lang == PSEUDO_LANG:
        from debtassist.i18n.pseudo import pseudo

        return {key: pseudo(text) for key, text in catalog(FALLBACK_LANG).items()}
    return _read_folder(translations_root().joinpath(lang, "core"), f"{lang}/core")


@cache
def window_catalog(lang: Lang) -> dict[str, dict[str, str]]:
    """The window's strings of ``lang``: ``{context: {source: text}}`` (empty for English, the source)."""
    node = translations_root().joinpath(lang, "window.json")
    if lang == PSEUDO_LANG or not node.is_file():
        return {}
    data: dict[str, dict[str, str]] = json.loads(node.read_text(encoding="utf-8"))
    return data


def reload() -> None:
    """Forget the catalogs read so far (after the folders changed, e.g. in a test)."""
    langs.cache_clear()
    catalog.cache_clear()
    window_catalog.cache_clear()
    language_name.cache_clear()


class Msg(NamedTuple):
    """A translatable reference used as a message parameter (``tr("x", lang, field=Msg("field.name"))``): it is
    rendered in the language of the message it fills, when that message is rendered."""

    key: str
    params: Mapping[str, Any] = {}  # read only: the empty default is shared

    def text(self, lang: Lang) -> str:
        return tr(self.key, lang, **self.params)


def lookup(key: str, lang: Lang) -> str:
    """The template of ``key`` in ``lang``, else in English, else the key itself."""
    found = catalog(lang).get(key)
    if found is None:
        found = catalog(FALLBACK_LANG).get(key, key)
    return found


def tr(key: str, lang: Lang = DEFAULT_LANG, /, **params: object) -> str:
    """The message ``key`` in ``lang``, with ``params`` filled in (a :class:`Msg` parameter in ``lang`` too)."""
    template = lookup(key, lang)
    if not params:
        return template
    values = {name: value.text(lang) if isinstance(value, Msg) else value for name, value in params.items()}
    return template.format(**values)


def both(key: str, /, **params: object) -> dict[Lang, str]:
    return {lang: tr(key, lang, **params) for lang in langs()}


@cache
def language_name(lang: Lang) -> str:
    """A language's own name (``繁體中文``, ``English``): ``language.name`` in its ``core/language.json``, read
    alone (the menu names every language; reading each one's whole catalog for it would slow the start)."""
    node = translations_root().joinpath(lang, "core", NAME_FILE)
    names: dict[str, str] = json.loads(node.read_text(encoding="utf-8")) if node.is_file() else {}
    return names.get(NAME_KEY, lang)


def template_fields(template: str) -> set[str]:
    import string  # only the catalog checks ask (it is 0.3 ms of a command that never does)

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}

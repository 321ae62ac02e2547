"""Messages of the core (findings, load errors, CLI text) in Traditional Chinese and English.

The catalogs are data: ``resources/translations/core/*.json``, each ``{key: {"zh-TW": ..., "en": ...}}``, merged
at first use. Templates use ``str.format`` fields. The Qt interface has its own Qt Linguist catalogs.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Literal, cast

from debtassist.resources_path import resource

Lang = Literal["zh-TW", "en"]
LANGS: tuple[Lang, ...] = ("zh-TW", "en")
DEFAULT_LANG: Lang = "zh-TW"


def parse_lang(value: str | None) -> Lang:
    """Map a locale-ish string (``zh_TW.UTF-8``, ``en-US``, ``zh-TW``) to a supported language."""
    if value and value.lower().replace("_", "-").startswith("en"):
        return "en"
    return DEFAULT_LANG


@cache
def catalog() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    folder = resource("translations", "core")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        for key, texts in data.items():
            if key in merged:
                raise ValueError(f"message key {key!r} is defined twice (second time in {entry.name})")
            merged[key] = cast(dict[str, str], texts)
    return merged


def tr(key: str, lang: Lang = DEFAULT_LANG, /, **params: object) -> str:
    """The message ``key`` in ``lang``, with ``params`` filled in. An unknown key is a programming error."""
    template = catalog()[key][lang]
    return template.format(**params) if params else template


def both(key: str, /, **params: object) -> dict[Lang, str]:
    return {lang: tr(key, lang, **params) for lang in LANGS}

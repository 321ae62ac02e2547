"""The reference message catalog."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

from debtassist.i18n import catalog, langs
from debtassist.resources_path import read_text

# The Chinese text names the department (臺北市政府社會局), which already contains the city.
_LANGUAGE_SPECIFIC_FIELDS = {"reference.where.city"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_reference_messages_are_complete() -> None:
    data = json.loads(read_text("translations", "zh-TW", "core", "reference.json"))
    assert data
    for key in data:
        assert key.startswith("reference."), key
        texts = {lang: catalog(lang)[key] for lang in langs()}
        assert all(texts[lang].strip() for lang in langs()), key
        if key not in _LANGUAGE_SPECIFIC_FIELDS:
            assert _fields(texts["zh-TW"]) == _fields(texts["en"]), key


def test_every_key_used_in_code_exists() -> None:
    import debtassist.reference.living_expense as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'"(reference\.[a-z_]+\.[a-z_]+)"', source))
    assert used
    missing = used - set(catalog())
    assert not missing

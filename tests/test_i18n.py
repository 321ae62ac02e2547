"""Every core message exists in both languages with the same placeholders."""

from __future__ import annotations

import string

from debtassist.i18n import LANGS, catalog, parse_lang


def fields(template: str) -> set[str]:
    """Placeholder names that both languages must use. Language-specific ones ({area_zh}, {city_en}) are left
    out, and {roc_year} counts as {year} (the Chinese text gives the ROC year)."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {n.removeprefix("roc_") for n in names if not n.endswith(("_zh", "_en"))}


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    for key, texts in catalog().items():
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key
        assert fields(texts["zh-TW"]) == fields(texts["en"]), key


def test_finding_and_rule_keys_used_by_the_rules_exist() -> None:
    import re
    from pathlib import Path

    source = "".join(p.read_text("utf-8") for p in Path("debtassist/rules").glob("*.py"))
    keys = catalog()
    for code in set(re.findall(r'add\(\s*\w+,\s*"([A-Z_0-9]+)"', source)):
        assert f"finding.{code}" in keys, code
    for rule in set(re.findall(r'rule="([a-z_0-9]+)"', source)):
        assert f"rule.{rule}" in keys, rule
    for key in set(re.findall(r'"(because\.[a-z_0-9]+)"', source)):
        assert key in keys, key


def test_parse_lang() -> None:
    assert parse_lang("en_US.UTF-8") == "en"
    assert parse_lang("zh_TW.UTF-8") == "zh-TW"
    assert parse_lang(None) == "zh-TW"
    assert parse_lang("C") == "zh-TW"

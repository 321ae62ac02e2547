"""The catalogs: every core message exists in every language with the same placeholders; lookups fall back to
English, then to the key; message parameters can be translatable references; the pseudo-locale; a new language
is a new folder."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import debtassist.i18n as i18n
from debtassist.i18n import (
    DEFAULT_LANG,
    PSEUDO_LANG,
    Msg,
    catalog,
    langs,
    language_name,
    parse_lang,
    template_fields,
    tr,
)
from debtassist.i18n.pseudo import pseudo
from tests.third_language import added_language


def fields(template: str) -> set[str]:
    """Placeholder names that every language must use; {roc_year} counts as {year} (the Chinese text gives
    the ROC year)."""
    return {n.removeprefix("roc_") for n in template_fields(template)}


#: Texts whose translations may use fewer of the parameters: the Chinese text names the department
#: (臺北市政府社會局), which already contains the city's name; a date is written the ROC way in Chinese and as
#: ISO plus ROC in English.
FEWER_FIELDS = {"reference.where.city", "format.date"}


def test_every_message_has_every_language_with_the_same_fields() -> None:
    assert langs()[:2] == ("zh-TW", "en")
    english = catalog("en")
    for lang in langs():
        texts = catalog(lang)
        assert set(texts) == set(english), lang
        for key, text in texts.items():
            assert text.strip(), (lang, key)
            if key not in FEWER_FIELDS:
                assert fields(text) == fields(english[key]), (lang, key)


def test_no_language_suffixed_placeholder() -> None:
    for lang in langs():
        for key, text in catalog(lang).items():
            assert not {n for n in template_fields(text) if n.endswith(("_zh", "_en"))}, (lang, key)


def test_finding_and_rule_keys_used_by_the_rules_exist() -> None:
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
    assert parse_lang("EN") == "en"
    assert parse_lang("zh_TW.UTF-8") == "zh-TW"
    assert parse_lang("zh-tw") == "zh-TW"
    assert parse_lang(None) == "zh-TW"
    assert parse_lang("C") == "zh-TW"
    assert parse_lang("fr_FR") == "zh-TW"  # no French catalog
    assert parse_lang("x-pseudo") == PSEUDO_LANG


def test_language_names_come_from_the_catalogs() -> None:
    assert [language_name(lang) for lang in langs()[:2]] == ["繁體中文", "English"]


def test_a_missing_text_falls_back_to_english_then_to_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for lang, texts in {"zh-TW": {"a": "甲"}, "en": {"a": "A", "b": "B {n}"}}.items():
        (tmp_path / lang / "core").mkdir(parents=True)
        (tmp_path / lang / "core" / "x.json").write_text(json.dumps(texts), "utf-8")
    monkeypatch.setattr(i18n, "translations_root", lambda: tmp_path)
    i18n.reload()
    try:
        assert tr("a", "zh-TW") == "甲"
        assert tr("b", "zh-TW", n=2) == "B 2"
        assert tr("c", "zh-TW") == "c"
    finally:
        monkeypatch.undo()
        i18n.reload()


def test_a_message_parameter_is_rendered_in_the_language_of_its_message() -> None:
    field = Msg("field.applicant.name")
    assert tr("finding.REQUIRED", "zh-TW", field=field) == "尚未填寫必填欄位：" + tr(
        "field.applicant.name", "zh-TW"
    )
    assert (
        tr("finding.REQUIRED", "en", field=field)
        == f"Please fill in {tr('field.applicant.name', 'en')} (required)."
    )


def test_pseudo_lengthens_and_keeps_placeholders_markup_and_lines() -> None:
    text = "Fill in <b>{field}</b> &amp; %1 for {amount:,}, {{literal}}\n\nSecond line"
    out = pseudo(text)
    for kept in ("<b>", "{field}", "</b>", "&amp;", "%1", "{amount:,}", "{{", "}}", "\n\n"):
        assert kept in out
    assert out.startswith("[Fîĺĺ") and out.endswith("]")
    plain = "Please fill in your name and the address of every creditor"
    assert len(pseudo(plain)) >= len(plain) * 1.4
    assert pseudo("") == ""


def test_the_pseudo_locale_is_every_english_message_lengthened() -> None:
    english, fake = catalog("en"), catalog(PSEUDO_LANG)
    assert set(fake) == set(english)
    assert tr("finding.REQUIRED", PSEUDO_LANG, field=Msg("field.applicant.name")).startswith(
        "[Pĺéåšé fîĺĺ îñ [ýöüŕ ñåmé"
    )
    for key, text in english.items():
        assert template_fields(fake[key]) == template_fields(text), key
    assert PSEUDO_LANG not in langs()  # never offered in the menu


@pytest.fixture
def third_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from added_language(tmp_path, monkeypatch)


def test_adding_a_language_is_adding_its_folder(third_language: str) -> None:
    assert langs() == ("zh-TW", "en", "xx")
    assert parse_lang("xx_XX.UTF-8") == "xx"
    assert language_name("xx") == "Xx-lang"
    assert tr("finding.REQUIRED", "xx", field=Msg("field.applicant.name")).startswith("XX Please fill in XX ")
    assert parse_lang("zh") == DEFAULT_LANG

"""Every string of the window is translated into Traditional Chinese, with the same placeholders."""

from __future__ import annotations

from scripts.update_translations import CHECKED_LANG, TRANSLATIONS, all_messages, read_catalog


def test_every_window_string_has_a_traditional_chinese_translation() -> None:
    messages = all_messages()
    assert len(messages) > 300  # the extractor found the wizard, desk, widgets and tables
    known = read_catalog(TRANSLATIONS / CHECKED_LANG / "window.json")
    missing = [m for m in messages if m not in known]
    assert missing == [], "fill these in after scripts/update_translations.py"
    for (context, source), text in known.items():
        for placeholder in ("%1", "%2", "%3", "{"):
            assert (placeholder in source) == (placeholder in text), (context, source)

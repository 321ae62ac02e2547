"""Every string of the window is translated into Traditional Chinese, and the compiled catalogs are current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.update_translations import CATALOGS, all_messages, read_ts, tool


def test_every_window_string_has_a_traditional_chinese_translation() -> None:
    messages = all_messages()
    assert len(messages) > 300  # the extractor found the wizard, desk, widgets and tables
    known = read_ts(CATALOGS["zh_TW"])
    missing = [m for m in messages if m not in known]
    assert missing == []
    for (context, source), text in known.items():
        for placeholder in ("%1", "%2", "%3"):
            assert (placeholder in source) == (placeholder in text), (context, source)


def test_compiled_catalogs_match_their_sources(tmp_path: Path) -> None:
    for ts in CATALOGS.values():
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"run {sys.executable} scripts/update_translations.py"
        )

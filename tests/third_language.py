"""A third language made of files only: ``xx``, a copy of English with a prefix, beside the shipped catalogs."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import debtassist.i18n as i18n
from debtassist.resources_path import resource

PREFIX = "XX "


def added_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Copy the shipped catalogs into ``tmp_path``, add ``xx`` (core and window catalogs: English with a prefix)
    and point the catalogs there; yields ``"xx"`` and restores the shipped catalogs afterwards."""
    root = tmp_path / "translations"
    shutil.copytree(str(resource("translations")), root)
    (root / "xx" / "core").mkdir(parents=True)
    for path in (root / "en" / "core").glob("*.json"):
        texts = json.loads(path.read_text("utf-8"))
        (root / "xx" / "core" / path.name).write_text(
            json.dumps({k: PREFIX + v for k, v in texts.items()}, ensure_ascii=False), "utf-8"
        )
    (root / "xx" / "core" / "language.json").write_text('{"language.name": "Xx-lang"}', "utf-8")
    window = json.loads((root / "zh-TW" / "window.json").read_text("utf-8"))
    (root / "xx" / "window.json").write_text(
        json.dumps({c: {s: PREFIX + s for s in texts} for c, texts in window.items()}), "utf-8"
    )
    monkeypatch.setattr(i18n, "translations_root", lambda: root)
    i18n.reload()
    yield "xx"
    monkeypatch.undo()
    i18n.reload()

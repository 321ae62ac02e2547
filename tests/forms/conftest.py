"""Fixtures of the font-cache tests: a cache folder of the test's own and a copy of the bundled font the test may
change (the bundled files are never touched)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from debtassist.forms import fontcache
from debtassist.resources_path import resource

FONT = Path(str(resource("fonts", "NotoSansTC-Regular.ttf")))
BOLD = Path(str(resource("fonts", "NotoSansTC-Bold.ttf")))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(fontcache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def font(tmp_path: Path) -> Path:
    path = tmp_path / "font.ttf"
    shutil.copyfile(FONT, path)
    return path

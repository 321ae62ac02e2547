"""Bundled resources are found on disk without importlib.resources, and the same bytes come back through its
fallback (a package that is not a folder)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from debtassist import resources_path
from debtassist.resources_path import read_text, resource, resource_file

PARTS = [("fonts", "NotoSansTC-Regular.ttf"), ("data", "areas.csv"), ("translations", "zh-TW/window.json")]


@pytest.mark.parametrize("parts", PARTS)
def test_folder_lookup_matches_importlib_resources(parts: tuple[str, ...]) -> None:
    node = resource(*parts)
    assert isinstance(node, Path)
    reference = files("debtassist.resources").joinpath(*parts)
    assert node.read_bytes() == reference.read_bytes()
    with resource_file(*parts) as path:
        assert path == node and path.is_file()


def test_missing_resource_is_reported_not_invented() -> None:
    with resource_file("fonts", "no-such-font.ttf") as path:
        assert not path.is_file()


@pytest.mark.parametrize("parts", PARTS)
def test_fallback_when_the_package_is_not_a_folder(
    monkeypatch: pytest.MonkeyPatch, parts: tuple[str, ...]
) -> None:
    expected = resource(*parts).read_bytes()
    monkeypatch.setattr(resources_path, "_folder", lambda: None)
    node = resource(*parts)
    assert node.read_bytes() == expected
    with resource_file(*parts) as path:
        assert path.read_bytes() == expected
    assert read_text("data", "areas.csv") == files("debtassist.resources").joinpath(
        "data", "areas.csv"
    ).read_text(encoding="utf-8")

"""Locate bundled resources (fonts, reference data, schema, examples) in source, wheel or frozen builds."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """Return a bundled resource, e.g. ``resource("data", "areas.csv")``."""
    node: Traversable = files("debtassist.resources")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")

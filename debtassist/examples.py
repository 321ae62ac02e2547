"""The bundled example cases (resources/examples/*.json)."""

from __future__ import annotations

from debtassist.resources_path import read_text

#: Names in the order they are offered; the first is the default.
EXAMPLES: tuple[str, ...] = ("single-cards", "parent-mortgage", "court-private-amc")


def example_text(name: str) -> str:
    return read_text("examples", f"{name}.json")

"""Locate bundled resources (fonts, reference data, schema, examples) in source, wheel or frozen builds.

In every build the app ships (source tree, editable or wheel install, PyInstaller folder) the resources are a
real folder, found through the import system's spec for ``debtassist.resources`` without importing
``importlib.resources`` (≈ 12 ms of a cold ``check``: it loads ``zipfile``, ``tempfile`` and its readers).
Only when they are not a folder (a zip import) does this fall back to ``importlib.resources``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

PACKAGE = "debtassist.resources"


@cache
def _folder() -> Path | None:
    """The resources folder on disk, or None when the package is not a plain folder (e.g. inside a zip)."""
    spec = find_spec(PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        folder = Path(location)
        if (folder / "__init__.py").is_file():
            return folder
    return None


def resource(*parts: str) -> Traversable:
    """Return a bundled resource, e.g. ``resource("data", "areas.csv")``."""
    folder = _folder()
    if folder is not None:
        return folder.joinpath(*parts)
    from importlib.resources import files  # only for a package that is not a folder

    node: Traversable = files(PACKAGE)
    for part in parts:
        node = node / part
    return node


@contextlib.contextmanager
def resource_file(*parts: str) -> Iterator[Path]:
    """A bundled resource as a real file path for as long as the context lasts (``importlib.resources.as_file``
    for a package that is not a folder; the file itself otherwise)."""
    node = resource(*parts)
    if isinstance(node, Path):
        yield node
        return
    from importlib.resources import as_file  # only for a package that is not a folder

    with as_file(node) as path:
        yield path


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")

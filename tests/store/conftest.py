"""Fixtures of the storage tests. Every test gets its own data folder, so no test touches real user data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtassist.store.library import CaseLibrary
from debtassist.store.paths import ENV_VAR


@pytest.fixture(autouse=True)
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    monkeypatch.setenv(ENV_VAR, str(root))
    return root


@pytest.fixture
def library(data_root: Path) -> CaseLibrary:
    return CaseLibrary()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Umask 0, so that private permissions can only come from the code's explicit chmod."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)

"""Suite-wide guards: tests never touch the real user data folder and never open a network connection, Qt runs on
its offscreen platform (chosen before any Qt import), and the run sees a fresh machine — no qpdf or poppler
tools, no system fonts, a fallback font built by the suite (``tests/fresh_machine.py``)."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import fresh_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_FRESH = Path(tempfile.mkdtemp(prefix="debtassist-fresh-"))
fresh_machine.install(_FRESH)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_FRESH, ignore_errors=True)


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point the app's data folder at a fresh temporary folder for every test."""
    folder = tmp_path_factory.mktemp("debtassist-data")
    monkeypatch.setenv("DEBTASSIST_DATA_DIR", str(folder))
    yield folder


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app is offline: any attempt to connect or resolve a name fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise NetworkUsed(f"network use attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

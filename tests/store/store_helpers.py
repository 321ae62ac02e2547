"""Helpers shared by the storage tests (a plain module: conftest.py is not meant to be imported)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest

from debtassist.model.case import Applicant, Case, Creditor, CreditorKind
from debtassist.store.atomic import is_temp_name


def make_case(note: str = "", creditors: int = 2, **applicant: str) -> Case:
    fields = {"name": "王小明", "national_id": "A123456789", **applicant}
    return Case(
        applicant=msgspec.convert(fields, Applicant),
        creditors=[
            Creditor(kind=CreditorKind.BANK, name=f"銀行 {i}", principal=10_000 + i, cause="信用卡消費款")
            for i in range(creditors)
        ],
        notes=note,
    )


def without_meta(case: Case) -> dict[str, object]:
    return case.to_document(exclude={"meta"})


def temp_files(*folders: Path) -> list[str]:
    names: list[str] = []
    for folder in folders:
        if folder.is_dir():
            names += [name for name in os.listdir(folder) if is_temp_name(name)]
    return names


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def make_read_only(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """Every write under ``root`` fails as on a read-only file system."""
    inside = str(root)
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def refuse(path: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    def guard(real: Callable[..., Any], *, flags_at: int | None = None) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            paths = [str(a) for a in args if isinstance(a, str | Path)]
            writing = flags_at is None or args[flags_at] & writes
            if writing and any(p.startswith(inside) for p in paths):
                refuse(paths[0])
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(os, "open", guard(os.open, flags_at=1))
    for name in ("mkdir", "replace", "rename", "unlink", "rmdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))

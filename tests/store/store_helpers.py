"""Helpers shared by the storage tests (a plain module: conftest.py is not meant to be imported)."""

from __future__ import annotations

import os
from pathlib import Path

from debtassist.model.case import Applicant, Case, Creditor, CreditorKind
from debtassist.store.atomic import is_temp_name


def make_case(note: str = "", creditors: int = 2, **applicant: str) -> Case:
    fields = {"name": "王小明", "national_id": "A123456789", **applicant}
    return Case(
        applicant=Applicant(**fields),
        creditors=[
            Creditor(kind=CreditorKind.BANK, name=f"銀行 {i}", principal=10_000 + i, cause="信用卡消費款")
            for i in range(creditors)
        ],
        notes=note,
    )


def without_meta(case: Case) -> dict[str, object]:
    return case.model_dump(mode="json", exclude={"meta"})


def temp_files(*folders: Path) -> list[str]:
    names: list[str] = []
    for folder in folders:
        if folder.is_dir():
            names += [name for name in os.listdir(folder) if is_temp_name(name)]
    return names


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777

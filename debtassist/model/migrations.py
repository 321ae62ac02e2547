"""Upgrades of older case documents, one step per schema version.

``MIGRATIONS[n]`` turns a version-``n`` document (a plain dict as read from JSON) into a version-``n+1`` one.
Version 0 is the draft format of the first prototypes (flat ``applicant_name``/``applicant_id`` fields, amounts
possibly written as strings with separators); it is kept both as real support for those files and as the fixture
that proves the hook works.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from debtassist.model.case import SCHEMA_VERSION

Document = dict[str, Any]


def _v0_to_v1(doc: Document) -> Document:
    out = copy.deepcopy(doc)
    applicant = out.setdefault("applicant", {})
    if "applicant_name" in out:
        applicant.setdefault("name", out.pop("applicant_name"))
    if "applicant_id" in out:
        applicant.setdefault("national_id", out.pop("applicant_id"))
    for creditor in out.get("creditors", []):
        if isinstance(creditor, dict) and "amount" in creditor:
            amount = creditor.pop("amount")
            if isinstance(amount, str):
                digits = amount.replace(",", "").strip()
                amount = int(digits) if digits.isdigit() else amount
            creditor.setdefault("principal", amount)
    out["schema_version"] = 1
    return out


MIGRATIONS: dict[int, Callable[[Document], Document]] = {0: _v0_to_v1}


def migrate(doc: Document) -> tuple[Document, list[int]]:
    """Bring ``doc`` up to ``SCHEMA_VERSION``; return it and the versions it passed through."""
    version = doc["schema_version"]
    steps: list[int] = []
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        steps.append(version)
        version = doc["schema_version"]
    return doc, steps

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
from debtassist.model.limits import MAX_DATE

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


# An exact label maps without keeping the text only where the version-2 label holds that very word (租賃 is not
# 租金: it maps to "rent" through the words below and is kept in ``kind_detail``).
# Version 1 held income kinds and expense categories as free text. Version 2 has fixed vocabularies; the words
# below map the suggestions the app offered (and common spellings) onto them. A text that is not exactly one of
# the vocabulary's own labels is kept word for word in the ``*_detail`` field, so nothing typed is lost.
_INCOME_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("support_received", ("扶養", "贍養", "資助", "support")),
    ("pension", ("退休", "年金", "退撫", "pension")),
    ("subsidy", ("補助", "津貼", "補貼", "救助", "subsid", "allowance")),
    ("rent", ("租", "rent")),
    ("business", ("執行業務", "營業", "營利", "business")),
    ("salary", ("薪", "工資", "兼職", "打工", "獎金", "salary", "wage", "part-time")),
)
_INCOME_LABELS = {
    "薪資": "salary",
    "執行業務": "business",
    "補助": "subsidy",
    "租金": "rent",
    "其他": "other",
}

_EXPENSE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("support", ("扶養", "support")),
    ("rent", ("房租", "租金", "rent")),
    ("food", ("餐", "伙食", "食", "food")),
    ("utilities", ("水", "電費", "瓦斯", "utilit")),
    ("phone", ("電話", "手機", "網路", "phone")),
    ("transport", ("交通", "通勤", "油", "車", "transport")),
    ("health_insurance", ("健保",)),
    ("insurance", ("保險", "insurance")),
    ("medical", ("醫療", "醫藥", "medical")),
    ("education", ("教育", "學費", "education")),
    ("building_fee", ("管理費",)),
    ("sundries", ("雜支", "日用", "sundr")),
)
_EXPENSE_LABELS = {
    "房租": "rent",
    "餐費": "food",
    "水電瓦斯費": "utilities",
    "電話網路費": "phone",
    "交通費": "transport",
    "健保費": "health_insurance",
    "保險費": "insurance",
    "醫療費": "medical",
    "教育費": "education",
    "管理費": "building_fee",
    "扶養費": "support",
    "雜支": "sundries",
    "其他": "other",
}


def _vocabulary(
    text: Any, labels: dict[str, str], words: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[str | None, str]:
    """(vocabulary value, the user's words to keep) for a version-1 free text."""
    if not isinstance(text, str) or not text.strip():
        return None, ""
    stripped = text.strip()
    if stripped in labels:
        return labels[stripped], ""
    lowered = stripped.lower()
    for value, needles in words:
        if any(needle in lowered for needle in needles):
            return value, text
    return "other", text


def _v1_to_v2(doc: Document) -> Document:
    out = copy.deepcopy(doc)
    income = out.get("income")
    if isinstance(income, dict):
        for record in income.get("records", []) or []:
            if not isinstance(record, dict):
                continue
            year = record.pop("year", None)
            if type(year) is int and 1912 <= year <= MAX_DATE.year:  # an ROC year a case holds
                record.setdefault("period_from", f"{year:04d}-01-01")
                record.setdefault("period_to", f"{year:04d}-12-31")
            elif year is not None:  # a year that cannot be a period: keep it where the user can see it
                record["source"] = f"{record.get('source', '')} (year {year})".strip()
            _map_kind(record)
        for monthly in income.get("monthly", []) or []:
            if isinstance(monthly, dict):
                _map_kind(monthly)
    expenses = out.get("expenses")
    if isinstance(expenses, dict):
        for item in expenses.get("items", []) or []:
            if isinstance(item, dict) and isinstance(item.get("category"), str):
                value, detail = _vocabulary(item["category"], _EXPENSE_LABELS, _EXPENSE_WORDS)
                item["category"] = value
                item.setdefault("category_detail", detail)
    out["schema_version"] = 2
    return out


def _map_kind(record: Document) -> None:
    # Not text (a damaged file): left as it is, so the loader names the field instead of dropping the value.
    if "kind" in record and (record["kind"] is None or isinstance(record["kind"], str)):
        value, detail = _vocabulary(record["kind"], _INCOME_LABELS, _INCOME_WORDS)
        record["kind"] = value
        record.setdefault("kind_detail", detail)


MIGRATIONS: dict[int, Callable[[Document], Document]] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(doc: Document) -> tuple[Document, list[int]]:
    """Bring ``doc`` up to ``SCHEMA_VERSION``; return it and the versions it passed through."""
    version = doc["schema_version"]
    steps: list[int] = []
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        steps.append(version)
        version = doc["schema_version"]
    return doc, steps

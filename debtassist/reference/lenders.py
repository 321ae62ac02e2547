"""Lenders a Taiwanese consumer commonly owes, for pick lists and to suggest a creditor's kind.

The list is the bundled ``data/financial-institutions.txt``: tab-separated ``kind`` and ``name`` with ``#``
comments. A name may end in a parenthesised English explanation
(``農會信用部 (farmers' association ...)``); that becomes the lender's ``hint`` and is not part of its name.
Such entries are generic: the user must still name the actual association or company.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from debtassist.reference.areas import normalize_name
from debtassist.resources_path import read_text

#: The values match ``debtassist.model.case.CreditorKind``.
LenderKind = Literal["bank", "post", "other_fi", "amc"]

_KIND_FROM_FILE: dict[str, LenderKind] = {"bank": "bank", "post": "post", "other": "other_fi", "AMC": "amc"}
_HINT = re.compile(r"^(?P<name>.*?)\s+\((?P<hint>[^()]*)\)\s*$")
# Parts a name is often written without: 兆豐銀行 for 兆豐國際商業銀行, 中華郵政 for 中華郵政股份有限公司.
_LOOSE_PARTS = ("股份有限公司", "國際", "商業", "儲蓄")


@dataclass(frozen=True, slots=True)
class Lender:
    kind: LenderKind
    name: str
    hint: str = ""

    @property
    def generic(self) -> bool:
        """True for a placeholder entry (e.g. 農會信用部) whose real name the user has to enter."""
        return bool(self.hint)


def _split_hint(text: str) -> tuple[str, str]:
    match = _HINT.match(text.strip())
    if match is None:
        return text.strip(), ""
    return match["name"].strip(), match["hint"].strip()


@cache
def lenders() -> tuple[Lender, ...]:
    """Every lender in file order."""
    result: list[Lender] = []
    header_seen = False
    for number, line in enumerate(read_text("data", "financial-institutions.txt").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind_text, sep, rest = line.partition("\t")
        if not sep:
            raise ValueError(f"financial-institutions.txt line {number}: no tab between kind and name")
        if not header_seen:
            header_seen = True
            if (kind_text.strip(), rest.strip()) == ("kind", "name"):
                continue
        kind = _KIND_FROM_FILE.get(kind_text.strip())
        if kind is None:
            raise ValueError(f"financial-institutions.txt line {number}: unknown kind {kind_text!r}")
        name, hint = _split_hint(rest)
        result.append(Lender(kind, name, hint))
    return tuple(result)


def _loose(key: str) -> str:
    for part in _LOOSE_PARTS:
        key = key.replace(part, "")
    return key


@cache
def _indexes() -> tuple[dict[str, Lender], dict[str, list[Lender]]]:
    exact: dict[str, Lender] = {}
    loose: dict[str, list[Lender]] = {}
    for lender in lenders():
        key = normalize_name(lender.name)
        exact[key] = lender
        loose.setdefault(_loose(key), []).append(lender)
    return exact, loose


def lender_by_name(text: str) -> Lender | None:
    """The listed lender named ``text``, or ``None``.

    台/臺, full-width characters and surrounding spaces are ignored, and so is a trailing parenthesised
    hint. A name written without 股份有限公司/國際/商業/儲蓄 (兆豐銀行, 上海銀行, 中華郵政) matches
    when exactly one listed lender fits.
    """
    name, _ = _split_hint(text)
    key = normalize_name(name)
    if not key:
        return None
    exact, loose = _indexes()
    if key in exact:
        return exact[key]
    candidates = loose.get(_loose(key), [])
    return candidates[0] if len(candidates) == 1 else None


def kind_from_name(name: str) -> LenderKind | None:
    """Guess a creditor's kind from words in its name; ``None`` when nothing fits (e.g. a person)."""
    key = normalize_name(name)
    if "資產管理" in key:
        return "amc"
    if "銀行" in key:  # includes 商業銀行
        return "bank"
    if any(word in key for word in ("農會", "漁會", "信用合作社")):
        return "other_fi"
    if "郵政" in key or "郵局" in key:
        return "post"
    return None


def creditor_kind_for(name: str) -> LenderKind | None:
    """The creditor kind (a ``CreditorKind`` value) for a lender name: the listed lender's kind if the name
    is in the list, otherwise the guess of :func:`kind_from_name`."""
    lender = lender_by_name(name)
    if lender is not None:
        return lender.kind
    return kind_from_name(name)

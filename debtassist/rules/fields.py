"""The case's fields, declared once: every leaf of the case model with its kind (read from the model's
annotations and markers, e.g. ``MONEY``), and the label of each field a message names, as a key of the core
catalog (``resources/translations/<lang>/core/fields.json``, every language). Pure Python, no Qt.

A field's path is the model's attribute path with list items left out: ``creditors.name`` is the name of every
creditor (a finding names one row as ``creditors[2].name``).
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum, StrEnum
from functools import cache

from pydantic import BaseModel

from debtassist.i18n import Msg
from debtassist.model.case import MONEY, Case


class Kind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    FLAG = "flag"
    CHOICE = "choice"  # one value of an enumeration
    NUMBER = "number"
    OTHER = "other"


#: Fields whose labels are declared (``field.<path>`` in the core catalog): the ones a message names.
LABELLED: tuple[str, ...] = (
    "route",
    "filing_date",
    "applicant.name",
    "applicant.national_id",
    "applicant.registered_address",
    "applicant.residence_county",
    "applicant.birth_date",
    "creditors.name",
    "creditors.kind",
    "creditors.principal",
    "own_debtors.name",
)

#: Leaves no wizard page edits: the file's own bookkeeping, and what the case desk keeps (the lifecycle).
INTERNAL: tuple[str, ...] = ("schema_version", "case_id", "meta", "lifecycle")


def _inner(annotation: object) -> object:
    """The item type of a list or dict, the non-None member of an optional."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (list, tuple, set, frozenset) and args:
        return args[0]
    if origin is dict and args:
        return args[1]
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _kind(annotation: object, metadata: list[object]) -> Kind:
    if MONEY in metadata:
        return Kind.MONEY
    inner = _inner(annotation)
    if not isinstance(inner, type):
        return Kind.OTHER
    if issubclass(inner, Enum):
        return Kind.CHOICE
    for kind, python in ((Kind.FLAG, bool), (Kind.DATETIME, datetime), (Kind.DATE, date), (Kind.TEXT, str)):
        if issubclass(inner, python):
            return kind
    return Kind.NUMBER if issubclass(inner, int | float) else Kind.OTHER


def _walk(model: type[BaseModel], prefix: str) -> Iterator[tuple[str, Kind]]:
    for name, info in model.model_fields.items():
        path = prefix + name
        inner = _inner(info.annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            yield from _walk(inner, path + ".")
        else:
            yield path, _kind(info.annotation, list(info.metadata))


@cache
def case_leaves() -> dict[str, Kind]:
    """Every leaf of the case, in model order, with its kind."""
    return dict(_walk(Case, ""))


def kind_of(path: str) -> Kind:
    return case_leaves()[_ROW.sub("", path)]


def label_key(path: str) -> str:
    return f"field.{path}"


_ROW = re.compile(r"\[\d+\]")
_ROW_FIELD = re.compile(r"(\w+)\[(\d+)\]\.(\w+)")


def field_label(path: str) -> dict[str, Msg | str]:
    """The ``field`` parameter of REQUIRED messages: ``creditors[2].name`` -> 第3筆的債權人名稱 / "row 3: the
    creditor's name", in the message's language; an unlabelled path is shown as it is."""
    match = _ROW_FIELD.fullmatch(path)
    key = f"{match[1]}.{match[3]}" if match else path
    label: Msg | str = Msg(label_key(key)) if key in LABELLED else path
    if match:
        label = Msg("field.row", {"row": int(match[2]) + 1, "label": label})
    return {"field": label}

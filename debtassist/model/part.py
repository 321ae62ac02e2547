"""The base of every part of a case, and what the rest of the app may ask of a part's declaration.

A part is a ``msgspec.Struct``: its fields are declared once, as annotated class attributes (``Money`` carries
its bounds and the ``MONEY`` marker in its ``Annotated`` metadata), and everything else is read from that
declaration — decoding and validating a document (msgspec), the list of every problem of a document that does not
validate (``problems``), checking a value put into one field (``checked``), the registry of fields
(``debtassist.rules.fields``) and the published JSON Schema.

msgspec was chosen over pydantic (the model's first library) for start-up: importing pydantic and building its
validators was most of a cold command's cost (measured in ``scripts/benchmark_packet.py --floor``); msgspec's
import adds about 3 ms. Two things pydantic did are done here instead: a struct is not validated when a field is
assigned, so the editors put a typed value through ``checked``; and msgspec stops at the first problem of a
document, so ``problems`` walks the declaration to name every one, in the user's language (``model.codec``).
"""

from __future__ import annotations

import copy
import functools
import operator
import re
import types
import typing
from collections.abc import Collection, Iterator, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, NamedTuple, Self

import msgspec

from debtassist.model.limits import MAX_DATE, MIN_DATE

#: The message of a date outside ``MIN_DATE``..``MAX_DATE`` (found by ``problems`` before it is ever shown).
DATE_RANGE_MESSAGE = f"the date is outside {MIN_DATE.isoformat()}..{MAX_DATE.isoformat()}"


def _in_range(value: object) -> bool:
    day = value.date() if isinstance(value, datetime) else value
    return not isinstance(day, date) or MIN_DATE <= day <= MAX_DATE


class Part(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A part of a case. Every field has a default, so that a half-finished case is a valid document."""

    def __post_init__(self) -> None:
        # Outside MIN_DATE..MAX_DATE nothing is computed: 0001-01-01 minus five years overflows.
        for name in _date_fields(type(self)):
            if not _in_range(getattr(self, name)):
                raise ValueError(DATE_RANGE_MESSAGE)

    def replace(self, **changes: Any) -> Self:
        """A shallow copy with ``changes`` (field name -> value) put in."""
        return msgspec.structs.replace(self, **changes)

    def clone(self) -> Self:
        """A deep copy: nothing in it is shared with this part."""
        return copy.deepcopy(self)

    def to_document(self, exclude: Exclude = ()) -> dict[str, Any]:
        """The part as JSON values (ISO dates, enum values), its fields in declaration order, without the fields
        ``exclude`` names: a set of names, or a mapping of a name to what to leave out of that part
        (``{"meta": {"updated"}}``)."""
        document: dict[str, Any] = msgspec.to_builtins(self)
        _leave_out(document, exclude)
        return document


#: What ``Part.to_document`` leaves out.
Exclude = Collection[str] | Mapping[str, "Exclude"]


def _leave_out(document: dict[str, Any], exclude: Exclude) -> None:
    for name in exclude:
        inner = exclude[name] if isinstance(exclude, Mapping) else ()
        if inner and isinstance(document.get(name), dict):
            _leave_out(document[name], inner)
        else:
            document.pop(name, None)


class FieldInfo(NamedTuple):
    """One field of a part as declared: ``annotation`` without its ``Annotated`` metadata (``int | None`` for
    ``Money``), the metadata on its own (``msgspec.Meta``, ``MONEY``), and ``declared``, the whole annotation."""

    name: str
    annotation: Any
    metadata: tuple[object, ...]
    declared: Any


def _strip(annotation: Any) -> tuple[Any, tuple[object, ...]]:
    """``annotation`` without ``Annotated``, also inside an optional, and the metadata taken off it."""
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *extras = typing.get_args(annotation)
        stripped, more = _strip(inner)
        return stripped, (*extras, *more)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members: list[Any] = []
        metadata: list[object] = []
        for member in typing.get_args(annotation):
            bare, found = _strip(member)
            members.append(bare)
            metadata.extend(found)
        return functools.reduce(operator.or_, members), tuple(metadata)
    return annotation, ()


@functools.cache
def fields_of(part: type[Part]) -> dict[str, FieldInfo]:
    """The fields of a part, in declaration order."""
    infos = {}
    for field in msgspec.structs.fields(part):
        bare, metadata = _strip(field.type)
        infos[field.name] = FieldInfo(field.name, bare, metadata, field.type)
    return infos


def inner_type(annotation: Any) -> Any:
    """The item type of a list or dict, the non-None member of an optional, else the annotation itself."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (list, tuple, set, frozenset) and args:
        return args[0]
    if origin is dict and args:
        return args[1]
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def is_part(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, Part)


@functools.cache
def _date_fields(part: type[Part]) -> tuple[str, ...]:
    return tuple(
        name
        for name, info in fields_of(part).items()
        if isinstance(inner := inner_type(info.annotation), type) and issubclass(inner, date)
    )


def convert(value: object, declared: Any) -> Any:
    """``msgspec.convert(value, declared, strict=True)``, whose only error is ``msgspec.ValidationError``: where
    msgspec needs a string's UTF-8 (an enum's value, a date, an unknown key, the message about a wrong type) a
    lone surrogate (``"\\ud800"``, which JSON text may hold) raised ``UnicodeEncodeError`` instead."""
    try:
        return msgspec.convert(value, type=declared, strict=True)
    except UnicodeEncodeError as error:
        raise msgspec.ValidationError(f"a string that is not UTF-8 text: {error.reason}") from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def is_text(value: str) -> bool:
    """Whether ``value`` can be written as UTF-8: no lone surrogate (``"\\ud800"`` in JSON text decodes to one;
    nothing can be saved or printed with it)."""
    return value.isascii() or _SURROGATE.search(value) is None


def checked(part: Part, name: str, value: object) -> Any:
    """``value`` as field ``name`` of ``part`` holds it (an enum's value as the enum), or a ``ValueError`` when
    the field cannot hold it (a wrong type, an amount beyond its bounds, a date out of range)."""
    info = fields_of(type(part))[name]
    try:
        stored = convert(value, info.declared)
    except msgspec.ValidationError as error:
        raise ValueError(f"{name}: {error}") from None
    if not _in_range(stored):
        raise ValueError(f"{name}: {DATE_RANGE_MESSAGE}")
    if isinstance(stored, str) and not is_text(stored):
        raise ValueError(f"{name}: not text (a lone surrogate)")
    return stored


# -- Every problem of a document --------------------------------------------------------------------------------


class Problem(NamedTuple):
    """Why one value of a document cannot be a case: ``kind`` is one of ``object_type``, ``list_type``,
    ``dict_type``, ``extra_forbidden``, ``string_type``, ``int_type``, ``bool_type``, ``date``, ``datetime``,
    ``enum`` (with ``expected``), ``out_of_range`` (a number beyond its declared bounds), ``date_out_of_range``
    ``not_text`` (a string with a lone surrogate) and ``other`` (with msgspec's own ``detail``)."""

    loc: tuple[int | str, ...]
    kind: str
    expected: str = ""
    detail: str = ""


def problems(document: object, part: type[Part]) -> list[Problem]:
    """Every value of ``document`` (decoded JSON) that keeps it from being a ``part``, in document order. Empty
    when ``convert(document, part)`` would succeed and every string in it is text (``is_text``)."""
    found: list[Problem] = []
    _walk(document, part, (), found)
    return found


def _walk(value: object, declared: Any, loc: tuple[int | str, ...], found: list[Problem]) -> None:
    bare, _ = _strip(declared)
    optional = typing.get_origin(bare) in (typing.Union, types.UnionType) and type(None) in typing.get_args(
        bare
    )
    if value is None and optional:
        return
    inner = inner_type(bare) if optional else bare
    origin = typing.get_origin(inner)
    if is_part(inner):
        if not isinstance(value, dict):
            found.append(Problem(loc, "object_type"))
            return
        fields = fields_of(inner)
        for key, item in value.items():
            if key not in fields:
                found.append(Problem((*loc, key), "extra_forbidden"))
            else:
                _walk(item, fields[key].declared, (*loc, key), found)
    elif origin is list:
        if not isinstance(value, list):
            found.append(Problem(loc, "list_type"))
            return
        for index, item in enumerate(value):
            _walk(item, typing.get_args(inner)[0], (*loc, index), found)
    elif origin is dict:
        if not isinstance(value, dict):
            found.append(Problem(loc, "dict_type"))
            return
        for key, item in value.items():
            if isinstance(key, str) and not is_text(key):
                found.append(Problem((*loc, key), "not_text"))
            else:
                _walk(item, typing.get_args(inner)[1], (*loc, key), found)
    else:
        found.extend(_leaf(value, declared, inner, loc))


def _leaf(value: object, declared: Any, inner: Any, loc: tuple[int | str, ...]) -> Iterator[Problem]:
    try:
        stored = convert(value, declared)
    except msgspec.ValidationError as error:
        yield _leaf_problem(value, inner, loc, str(error))
        return
    if not _in_range(stored):
        yield Problem(loc, "date_out_of_range")
    elif isinstance(stored, str) and not is_text(stored):
        yield Problem(loc, "not_text")


def _leaf_problem(value: object, inner: Any, loc: tuple[int | str, ...], detail: str) -> Problem:
    if not isinstance(inner, type):
        return Problem(loc, "other", detail=detail)
    if issubclass(inner, Enum):
        return Problem(loc, "enum", expected=", ".join(repr(member.value) for member in inner))
    if issubclass(inner, bool):
        return Problem(loc, "bool_type")
    if issubclass(inner, int):
        number = isinstance(value, int) and not isinstance(value, bool)
        return Problem(loc, "out_of_range" if number else "int_type")
    if issubclass(inner, str):
        return Problem(loc, "string_type")
    if issubclass(inner, datetime):  # before ``date``, of which it is a subclass
        return Problem(loc, "datetime")
    if issubclass(inner, date):
        return Problem(loc, "date")
    return Problem(loc, "other", detail=detail)

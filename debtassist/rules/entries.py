"""What counts as entered: a blank table row is "not entered", a blank share is "not entered".

One place decides, so that the figures, the findings and the printed forms agree: a row the person added but
has not filled in yet neither clears "no monthly income entered" nor adds a dependent's expense, and a share
that is blank or only spaces is reported as missing instead of being dropped or assumed.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from functools import cache
from typing import Any, NamedTuple, TypeVar

from debtassist.model.part import Part, fields_of
from debtassist.rules.validators import InputError, parse_share

M = TypeVar("M", bound=Part)

#: Fields that say nothing about what a person typed: identifiers made up by the program.
_NOT_TYPED = frozenset({"id"})


@cache
def _defaults(record_type: type[Part]) -> tuple[tuple[str, Any], ...]:
    blank = record_type()
    return tuple((name, getattr(blank, name)) for name in fields_of(record_type) if name not in _NOT_TYPED)


def _is_default(value: Any, default: Any) -> bool:
    if isinstance(value, str) and isinstance(default, str):
        return value.strip() == default.strip()
    return bool(value == default)


def is_blank(record: Part) -> bool:
    """True when nothing was entered in ``record``: every field still has its default (spaces count as
    nothing; a nested part counts when any of its fields was entered)."""
    for name, default in _defaults(type(record)):
        value = getattr(record, name)
        if isinstance(value, Part):
            if not is_blank(value):
                return False
        elif not _is_default(value, default):
            return False
    return True


def entered(records: Iterable[M]) -> list[tuple[int, M]]:
    """``(index, record)`` of the records that are not blank; indexes are those of the case's list."""
    return [(index, record) for index, record in enumerate(records) if not is_blank(record)]


class ShareReading(NamedTuple):
    """A support share as read: ``value`` when it is a real share in (0, 1]; otherwise ``problem`` says why
    (``"share.empty"`` for blank or only spaces: not entered)."""

    value: Fraction | None
    problem: InputError | None = None

    @property
    def entered(self) -> bool:
        return self.problem is None or self.problem.code != "share.empty"


def read_share(text: str) -> ShareReading:
    """The one reading of a support share used by every place that reads one (figures, findings, forms)."""
    try:
        return ShareReading(parse_share(text))
    except InputError as problem:
        return ShareReading(None, problem)

"""Reading and writing case documents: JSON text <-> ``Case``, with migrations and readable errors."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import msgspec

from debtassist.i18n import Lang, Msg, tr
from debtassist.model.case import SCHEMA_VERSION, Case
from debtassist.model.limits import MAX_AMOUNT, MAX_DATE, MAX_DEPTH, MIN_DATE
from debtassist.model.migrations import migrate
from debtassist.model.part import Problem, convert, is_text, problems

# Kinds added after the first catalog (resources/translations/<lang>/core/robustness.json) and their message keys.
_KIND_KEYS = {kind: f"robust.load.{kind}" for kind in ("too_deep", "not_regular")}


class CaseLoadError(Exception):
    """A document that cannot be read as a case. ``kind`` is stable: not_found, unreadable, not_regular (a
    folder, a FIFO, a device), not_json, too_deep (nested deeper than ``MAX_DEPTH``), not_a_case, encrypted,
    newer_schema, invalid. ``problems``: (path, reason key, params) of every problem of an invalid one."""

    # A plain class, not a dataclass: declaring a dataclass costs a cold command about 0.4 ms.
    def __init__(
        self,
        kind: str,
        params: dict[str, Any] | None = None,
        problems: list[tuple[str, str, dict[str, Any]]] | None = None,
    ) -> None:
        super().__init__(kind)
        self.kind = kind
        self.params = params if params is not None else {}
        self.problems = problems if problems is not None else []

    def __str__(self) -> str:
        return self.message("en")

    def message(self, lang: Lang) -> str:
        if self.kind == "invalid":
            lines = [tr("load.invalid", lang, count=len(self.problems))]
            for path, reason, params in self.problems:
                lines.append(
                    "  " + tr("load.invalid_item", lang, path=path, reason=tr(reason, lang, **params))
                )
            return "\n".join(lines)
        return tr(_KIND_KEYS.get(self.kind, f"load.{self.kind}"), lang, **self.params)


def _path_text(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            name = (
                part if is_text(part) else part.encode("utf-8", "backslashreplace").decode("ascii", "replace")
            )
            text += f".{name}" if text else name
    return text or "(root)"


#: Problem kinds (``model.part.Problem``) worded by ``load.reason.<kind>``.
_SAME_KEY = (
    "string_type",
    "int_type",
    "bool_type",
    "extra_forbidden",
    "list_type",
    "date",
    "datetime",
    "not_text",
)


def _reason(problem: Problem) -> tuple[str, dict[str, Any]]:
    kind = problem.kind
    if kind == "date_out_of_range":  # model.limits
        return "fuzz.reason.date_out_of_range", {"low": MIN_DATE.isoformat(), "high": MAX_DATE.isoformat()}
    if kind in _SAME_KEY:
        return f"load.reason.{kind}", {}
    if kind == "enum":
        return "load.reason.enum", {"expected": problem.expected}
    if kind in ("object_type", "dict_type"):
        return "load.reason.object_type", {}
    if kind == "out_of_range":  # amounts carry the bounds (model.limits); a count at least 1
        return "robust.reason.amount_out_of_range", {"max": f"{MAX_AMOUNT:,}"}
    return "load.reason.other", {"detail": problem.detail or kind}


# A JSON string (with its escapes), and the brackets that open or close a level.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _text_too_deep(text: str) -> bool:
    """Whether JSON text nests deeper than ``MAX_DEPTH``, judged without decoding it (strings are skipped, so
    brackets inside them do not count). Loops over brackets only, and stops at the first level too deep."""
    depth = 0
    for bracket in _BRACKET.finditer(_JSON_STRING.sub('""', text)):
        if bracket[0] in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _document_too_deep(doc: Any) -> bool:
    """``_text_too_deep`` for an already decoded value (iterative: no recursion)."""
    pending: list[tuple[Any, int]] = [(doc, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = value.values() if isinstance(value, dict) else value
            pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def case_from_document(doc: Any) -> tuple[Case, list[int]]:
    """Validate a decoded JSON value as a case, migrating older versions. Returns the case and the migration
    steps applied (empty when the document was current)."""
    if _document_too_deep(doc):
        raise CaseLoadError("too_deep", {"max": MAX_DEPTH})
    if not isinstance(doc, dict):
        raise CaseLoadError("not_a_case")
    if "debtassist_encrypted" in doc:  # a passphrase-protected case (see debtassist.store.crypto)
        raise CaseLoadError("encrypted")
    version = doc.get("schema_version")
    if type(version) is not int or version < 0:
        raise CaseLoadError("not_a_case")
    if version > SCHEMA_VERSION:
        raise CaseLoadError("newer_schema", {"found": version, "supported": SCHEMA_VERSION})
    try:
        doc, steps = migrate(doc)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise CaseLoadError("not_a_case") from exc
    try:
        msgspec.json.encode(doc)  # every string is text: a lone surrogate could be neither saved nor printed
        return convert(doc, Case), steps
    except (msgspec.ValidationError, UnicodeEncodeError) as exc:
        # msgspec names the first problem only; the declaration's walk names every one.
        found = problems(doc, Case) or [Problem((), "other", detail=str(exc))]
        raise CaseLoadError("invalid", problems=[(_path_text(p.loc), *_reason(p)) for p in found]) from None


def _as_text(data: str | bytes) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode(json.detect_encoding(data), "surrogatepass")
    except (UnicodeDecodeError, LookupError):
        raise CaseLoadError("not_json", {"line": 1, "column": 1, "reason": "not UTF-8 text"}) from None


def case_from_json(text: str | bytes) -> tuple[Case, list[int]]:
    text = _as_text(text)
    if _text_too_deep(text):
        raise CaseLoadError("too_deep", {"max": MAX_DEPTH})
    try:
        doc = json.loads(text)
    except UnicodeDecodeError:
        raise CaseLoadError("not_json", {"line": 1, "column": 1, "reason": "not UTF-8 text"}) from None
    except json.JSONDecodeError as exc:
        raise CaseLoadError(
            "not_json", {"line": exc.lineno, "column": exc.colno, "reason": exc.msg}
        ) from None
    except RecursionError:
        raise CaseLoadError("not_json", {"line": 1, "column": 1, "reason": "nested too deeply"}) from None
    except ValueError as exc:  # e.g. an integer longer than Python's conversion limit
        raise CaseLoadError("not_json", {"line": 1, "column": 1, "reason": str(exc)[:80]}) from None
    return case_from_document(doc)


#: Why a file could not be read, in the user's language, for the errnos a person can act on; any other errno
#: is given as the system says it.
READ_REASONS: dict[int, str] = {
    errno.EACCES: "load.reason.no_read_permission",
    errno.EPERM: "load.reason.no_read_permission",
    errno.ENAMETOOLONG: "load.reason.name_too_long",
    errno.EIO: "load.reason.read_error",
}


def read_reason(exc: OSError) -> Msg | str:
    """Why ``exc`` stopped a file from being read: a catalog reason (``READ_REASONS``) or the system's text."""
    key = READ_REASONS.get(exc.errno) if exc.errno is not None else None
    return Msg(key) if key is not None else exc.strerror or str(exc)


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_BINARY = getattr(os, "O_BINARY", 0)


def read_case_bytes(path: Path) -> bytes:
    """The bytes of a case file. Only a regular file is read (``not_regular`` for a folder, a FIFO, a device:
    reading a FIFO would block forever): checked with ``stat`` before opening, and again on the opened file so
    that nothing swapped in between is read. ``not_found``/``unreadable`` for the rest."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise CaseLoadError("not_regular", {"path": str(path)})
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
        with open(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise CaseLoadError("not_regular", {"path": str(path)})
            return file.read()
    except FileNotFoundError:
        raise CaseLoadError("not_found", {"path": str(path)}) from None
    except OSError as exc:
        raise CaseLoadError("unreadable", {"path": str(path), "reason": read_reason(exc)}) from None


def load_case_file(path: Path) -> tuple[Case, list[int]]:
    return case_from_json(read_case_bytes(path))


def case_to_json(case: Case) -> str:
    """Canonical text of a case: UTF-8 JSON, readable Chinese, two-space indent, trailing newline."""
    return json.dumps(case.to_document(), ensure_ascii=False, indent=2) + "\n"

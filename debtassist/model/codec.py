"""Reading and writing case documents: JSON text <-> ``Case``, with migrations and readable errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from debtassist.i18n import Lang, tr
from debtassist.model.case import SCHEMA_VERSION, Case
from debtassist.model.migrations import migrate


@dataclass
class CaseLoadError(Exception):
    """A document that cannot be read as a case. ``kind`` is stable: not_found, unreadable, not_json,
    not_a_case, encrypted, newer_schema, invalid."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[str, str, dict[str, Any]]] = field(
        default_factory=list
    )  # (path, reason key, params)

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
        return tr(f"load.{self.kind}", lang, **self.params)


def _path_text(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(root)"


def _reason(error: Any) -> tuple[str, dict[str, Any]]:
    kind = error["type"]
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "load.reason.int_type", {}
    if kind == "bool_type":
        return "load.reason.bool_type", {}
    if kind == "string_type":
        return "load.reason.string_type", {}
    if kind.startswith("date") or kind.startswith("datetime") or kind == "value_error":
        return "load.reason.date", {}
    if kind == "enum":
        return "load.reason.enum", {"expected": error.get("ctx", {}).get("expected", "")}
    if kind in ("extra_forbidden", "missing", "list_type"):
        return f"load.reason.{kind}", {}
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "load.reason.object_type", {}
    return "load.reason.other", {"detail": error.get("msg", kind)}


def case_from_document(doc: Any) -> tuple[Case, list[int]]:
    """Validate a decoded JSON value as a case, migrating older versions. Returns the case and the migration
    steps applied (empty when the document was current)."""
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
        # Through JSON so that strict fields judge JSON types (ISO strings for dates, no floats for money).
        case = Case.model_validate_json(json.dumps(doc, ensure_ascii=False))
    except ValidationError as exc:
        problems = [(_path_text(tuple(e["loc"])), *_reason(e)) for e in exc.errors()]
        raise CaseLoadError("invalid", problems=problems) from None
    return case, steps


def case_from_json(text: str | bytes) -> tuple[Case, list[int]]:
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


def load_case_file(path: Path) -> tuple[Case, list[int]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CaseLoadError("not_found", {"path": str(path)}) from None
    except OSError as exc:
        raise CaseLoadError("unreadable", {"path": str(path), "reason": exc.strerror or str(exc)}) from None
    return case_from_json(data)


def case_to_json(case: Case) -> str:
    """Canonical text of a case: UTF-8 JSON, readable Chinese, two-space indent, trailing newline."""
    return json.dumps(case.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"

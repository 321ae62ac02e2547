"""The desk's index: one row per case with what the desk shows, kept beside the cases in ``<data>/desk-index.json``.

The case files stay the truth. Every time the desk lists the cases, each ``case.json`` is stat'ed and hashed
(SHA-256 of its bytes); an entry is reused only if the file's modification time, size and hash are all unchanged,
and the index's own format version and the app version match. Anything else (a missing, damaged or stale index, a
hand-edited case) rebuilds the entry from the case file. The index is written with the atomic writer, as a private
file, and only when an entry changed; if it cannot be written the desk still works (it just rebuilds next time).

A protected (passphrase) case has no plaintext in the index: its entry holds the file signature and the flag
``protected``, nothing else, so the desk shows it as locked, exactly as ``CaseLibrary.list_cases`` does.

Unprotected entries hold the full name, national ID, phone numbers and notes (for the desk's full-value search)
in the same private data folder where the case files themselves hold them in the clear.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from debtassist import __version__
from debtassist.i18n import langs
from debtassist.model.case import Case, Route, Stage
from debtassist.model.codec import CaseLoadError, read_case_bytes
from debtassist.rules.attachments import attachment_checklist
from debtassist.rules.deadlines import next_deadline
from debtassist.rules.lifecycle import current_stage, stage_since
from debtassist.rules.validators import mask_national_id
from debtassist.store.atomic import atomic_write_text
from debtassist.store.crypto import is_encrypted
from debtassist.store.library import CaseLibrary, _parse
from debtassist.store.paths import CASE_FILE, is_valid_case_id

INDEX_FILE = "desk-index.json"
INDEX_VERSION = 1
MAX_INDEX_BYTES = 256 * 1024 * 1024  # far beyond any desk (a row is about 1 KB); larger is not our index


@dataclass(frozen=True)
class DeskRow:
    """What the desk shows of one case. ``search`` holds the full values the search matches (never shown)."""

    case_id: str
    readable: bool = True
    error_kind: str | None = None
    protected: bool = False  # listed locked: nothing but the flag and the file time is known
    unlocked: bool = False  # protected, shown in full because its passphrase was given (memory only)
    name: str = ""
    id_masked: str = ""
    route: str | None = None
    stage: str | None = None
    stage_since: str | None = None  # ISO date
    updated: str | None = None  # ISO datetime
    missing: int | None = None  # required documents still missing or out of date
    next_due: str | None = None  # ISO date of the next deadline that is not done
    next_kind: str | None = None
    next_title: dict[str, str] = field(default_factory=dict)  # per language
    label: str = ""
    desk_note: str = ""
    search: str = ""

    @property
    def route_value(self) -> Route | None:
        return Route(self.route) if self.route else None

    @property
    def stage_value(self) -> Stage | None:
        return Stage(self.stage) if self.stage else None

    @property
    def due(self) -> date | None:
        return date.fromisoformat(self.next_due) if self.next_due else None

    @property
    def updated_at(self) -> datetime | None:
        return datetime.fromisoformat(self.updated) if self.updated else None


def row_for(case: Case) -> DeskRow:
    a = case.applicant
    try:
        missing: int | None = sum(
            1 for x in attachment_checklist(case) if x.required and x.problem is not None
        )
    except Exception:  # a rule tripping over one odd case must not hide the desk
        missing = None
    deadline = next_deadline(case)
    since = stage_since(case)
    search = "\n".join(
        [a.name, a.national_id, a.phone, a.mobile, case.notes, case.lifecycle.label, case.lifecycle.desk_note]
    )
    return DeskRow(
        case.case_id,
        name=a.name,
        id_masked=mask_national_id(a.national_id),
        route=case.route.value if case.route else None,
        stage=current_stage(case).value,
        stage_since=since.isoformat() if since else None,
        updated=case.meta.updated.isoformat() if case.meta.updated else None,
        missing=missing,
        next_due=deadline.due.isoformat() if deadline else None,
        next_kind=deadline.kind if deadline else None,
        next_title={lang: deadline.title(lang) for lang in langs()} if deadline else {},
        label=case.lifecycle.label,
        desk_note=case.lifecycle.desk_note,
        search=search.casefold(),
    )


def _signature(path: Path) -> tuple[list[Any], bytes] | None:
    """The case file's (mtime, size, hash) and bytes; ``None`` when it is missing or not a regular file (a named
    pipe in its place would block a plain read forever: ``read_case_bytes`` refuses it)."""
    try:
        data = read_case_bytes(path)
        st = os.stat(path)
    except (CaseLoadError, OSError):
        return None
    return [st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest()], data


_ISO_FIELDS = {
    "stage_since": date.fromisoformat,
    "next_due": date.fromisoformat,
    "updated": datetime.fromisoformat,
}


def _trusted_row(case_id: str, stored: Any) -> DeskRow | None:
    """A stored row, only if it has exactly the shape ``row_for`` writes (a foreign or hand-made index whose
    signature matches may hold anything): else ``None`` and the row is rebuilt from the case file."""
    if not isinstance(stored, dict):
        return None
    try:
        row = DeskRow(**stored)
    except TypeError:
        return None
    texts = (
        row.name,
        row.id_masked,
        row.label,
        row.desk_note,
        row.search,
        row.next_kind or "",
        row.error_kind or "",
    )
    checks = [
        row.case_id == case_id,
        all(isinstance(t, str) for t in texts),
        all(type(flag) is bool for flag in (row.readable, row.protected, row.unlocked)),
        row.missing is None or (type(row.missing) is int and row.missing >= 0),
        row.route is None or (isinstance(row.route, str) and row.route in {r.value for r in Route}),
        row.stage is None or (isinstance(row.stage, str) and row.stage in {s.value for s in Stage}),
        isinstance(row.next_title, dict) and all(isinstance(v, str) for v in row.next_title.values()),
    ]
    if not all(checks):
        return None
    for name, parse in _ISO_FIELDS.items():
        value = getattr(row, name)
        if value is not None:
            try:
                parse(value)
            except (TypeError, ValueError):
                return None
    return row


def _row_from_bytes(case_id: str, path: Path, data: bytes) -> DeskRow:
    if is_encrypted(data):
        updated = datetime.fromtimestamp(path.stat().st_mtime).astimezone().isoformat()
        return DeskRow(case_id, protected=True, updated=updated)
    try:
        case = _parse(data)
    except CaseLoadError as exc:
        return DeskRow(case_id, readable=False, error_kind=exc.kind)
    except Exception:
        return DeskRow(case_id, readable=False, error_kind="unreadable")
    if case.case_id != case_id:
        case = case.replace(case_id=case_id)
    return row_for(case)


@dataclass
class IndexStats:
    reused: int = 0
    rebuilt: int = 0
    written: bool = False


def _read_index(path: Path) -> dict[str, Any]:
    """The index's entries; empty for anything that is not a regular file of ours (a symlink is not followed, a
    named pipe is not opened, a huge file is not read)."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_INDEX_BYTES:
            return {}
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if (
        not isinstance(doc, dict)
        or doc.get("version") != INDEX_VERSION
        or doc.get("app_version") != __version__
        or not isinstance(doc.get("entries"), dict)
    ):
        return {}
    entries: dict[str, Any] = doc["entries"]
    return entries


def desk_rows(library: CaseLibrary, stats: IndexStats | None = None) -> list[DeskRow]:
    """Every case's desk row, from the index where it is fresh, else from the case file (and the index updated).
    Most recently updated first."""
    stats = stats if stats is not None else IndexStats()
    cases = library.layout.cases
    index_path = library.layout.root / INDEX_FILE
    try:
        names = sorted(n for n in os.listdir(cases) if is_valid_case_id(n))
    except OSError:
        return []
    old = _read_index(index_path)
    entries: dict[str, Any] = {}
    rows: list[DeskRow] = []
    for name in names:
        path = cases / name / CASE_FILE
        if not (cases / name).is_dir():
            continue
        signed = _signature(path)
        if signed is None:
            rows.append(DeskRow(name, readable=False, error_kind="not_found"))
            continue
        signature, data = signed
        entry = old.get(name)
        row: DeskRow | None = None
        if isinstance(entry, dict) and entry.get("sig") == signature:
            row = _trusted_row(name, entry.get("row"))
        if row is None:
            row = _row_from_bytes(name, path, data)
            stats.rebuilt += 1
        else:
            stats.reused += 1
        rows.append(row)
        entries[name] = {"sig": signature, "row": _stored(row)}
    if stats.rebuilt or set(old) != set(entries):
        doc = {"version": INDEX_VERSION, "app_version": __version__, "entries": entries}
        with contextlib.suppress(OSError):
            atomic_write_text(index_path, json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
            stats.written = True
    rows.sort(key=lambda r: (r.updated is None, _neg(r.updated) if r.updated else 0.0, r.case_id))
    return rows


def _stored(row: DeskRow) -> dict[str, Any]:
    if row.protected:  # nothing of a protected case but the flag (and the file's time)
        return {"case_id": row.case_id, "protected": True, "updated": row.updated}
    return asdict(row)


def _neg(iso: str) -> float:
    return -datetime.fromisoformat(iso).timestamp()

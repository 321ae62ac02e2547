"""The minimum living expense table (最低生活費): bundled figures, each with its status and source, merged
with a table the user (typically a social worker) can edit without a new release.

The legal figure for a year is the one announced for that year and area, so :meth:`LivingExpenseTable.lookup`
answers for the exact year only. A missing year is never silently replaced by an earlier one;
:meth:`LivingExpenseTable.latest_before` exists so the interface can *inform* the user of the last known
figure.

The user table lives at ``<user_dir>/minimum-living-expense.csv`` with the bundled file's columns. A user row
replaces the bundled row for the same area and year. A damaged user file never stops the program: bad rows are
skipped and reported (:class:`TableProblem`), and the bundled figures stay as they are.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

from debtassist.i18n import Lang, tr
from debtassist.reference.areas import AREAS, Area, area_by_code, area_by_name
from debtassist.resources_path import read_text

USER_FILE_NAME = "minimum-living-expense.csv"
COLUMNS: tuple[str, ...] = ("year", "roc_year", "area", "area_zh", "monthly_twd", "status", "source", "note")
YEAR_MIN = 1912  # ROC year 1
YEAR_MAX = 2200
MONTHLY_LIMIT = 1_000_000  # exclusive upper bound; a monthly figure is 1 .. 999,999
ROC_OFFSET = 1911
#: A user table larger than this is not read (it cannot be a hand-kept figure table).
MAX_USER_FILE_BYTES = 5 * 1024 * 1024

Origin = Literal["bundled", "user"]


class FigureUse(StrEnum):
    """What the program may do with a figure."""

    USE = "use"  # use it as it is
    CONFIRM = "confirm"  # propose it, marked with its status; the user confirms or replaces it
    ENTER = "enter"  # never use it silently: the user enters (or confirms) the announced figure


class FigureStatus(StrEnum):
    OFFICIAL = "official"  # the announcing authority's own page
    COURT = "court"  # applied or quoted in a court ruling
    SECONDARY = "secondary"  # quoted by a third party
    UNCONFIRMED = "unconfirmed"  # seen without a usable source
    CONFLICT = "conflict"  # sources disagree
    USER = "user"  # entered by the user (e.g. a social worker from the announcement)

    @property
    def use(self) -> FigureUse:
        if self in (FigureStatus.OFFICIAL, FigureStatus.COURT, FigureStatus.USER):
            return FigureUse.USE
        if self is FigureStatus.SECONDARY:
            return FigureUse.CONFIRM
        return FigureUse.ENTER

    @property
    def usable_without_confirmation(self) -> bool:
        """True for official, court and user figures. The user's own entry counts as confirmed."""
        return self.use is FigureUse.USE

    @property
    def may_propose(self) -> bool:
        """True if the figure may be offered as a value (secondary ones only with their status shown and the
        user's confirmation). Unconfirmed and conflicting figures are never offered."""
        return self.use is not FigureUse.ENTER

    def label(self, lang: Lang) -> str:
        return tr(f"reference.status.{self.value}", lang)

    def explanation(self, lang: Lang) -> str:
        return tr(f"reference.status_help.{self.value}", lang)


class LivingExpenseFigure(NamedTuple):
    year: int  # AD
    roc_year: int
    area: str  # area code, see debtassist.reference.areas
    area_name: str  # the area's official name (the file's `area_zh` column)
    monthly: int  # whole New Taiwan dollars per month
    status: FigureStatus
    source: str
    note: str
    origin: Origin = "bundled"

    @property
    def use(self) -> FigureUse:
        return self.status.use

    @property
    def usable_without_confirmation(self) -> bool:
        return self.status.usable_without_confirmation

    @property
    def needs_confirmation(self) -> bool:
        return not self.status.usable_without_confirmation


class TableProblem(NamedTuple):
    """A part of the user's table that was not used. ``row`` counts records as a spreadsheet shows them (the
    header is row 1); ``None`` for a problem with the whole file. ``reason`` is a message key."""

    file: str
    row: int | None
    reason: str
    params: tuple[tuple[str, object], ...] = ()

    def message(self, lang: Lang) -> str:
        reason = tr(self.reason, lang, **dict(self.params))
        if self.row is None:
            return tr("reference.problem.in_file", lang, file=self.file, reason=reason)
        return tr("reference.problem.in_row", lang, file=self.file, row=self.row, reason=reason)

    def __str__(self) -> str:
        return self.message("en")


class FigureError(ValueError):
    """A figure that cannot be saved. ``key`` is a message key, ``params`` its fields."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: Lang) -> str:
        return tr(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


def problems_summary(problems: Sequence[TableProblem], lang: Lang) -> str:
    """A heading and one line per problem, for showing the load result to the user ("" if none)."""
    if not problems:
        return ""
    lines = [tr("reference.problem.summary", lang, count=len(problems))]
    lines.extend("  " + problem.message(lang) for problem in problems)
    return "\n".join(lines)


class LivingExpenseTable:
    """Figures by area and year, plus the problems found while reading the user's table."""

    def __init__(self, figures: Iterable[LivingExpenseFigure], problems: Iterable[TableProblem] = ()) -> None:
        self._by_key: dict[tuple[str, int], LivingExpenseFigure] = {}
        for figure in figures:
            self._by_key[(figure.area, figure.year)] = figure
        self._problems = tuple(problems)

    @staticmethod
    def _code(area: str | Area) -> str:
        code = area.code if isinstance(area, Area) else area
        known = area_by_code(code)
        if known is None:
            raise ValueError(f"unknown living-expense area code {code!r}")
        return known.code

    @property
    def problems(self) -> tuple[TableProblem, ...]:
        return self._problems

    def lookup(self, area: str | Area, year: int) -> LivingExpenseFigure | None:
        """The figure announced for ``area`` in ``year`` (AD), or ``None`` if the table has none for that
        exact year. Check :attr:`LivingExpenseFigure.use` before using it."""
        return self._by_key.get((self._code(area), year))

    def latest_before(self, area: str | Area, year: int) -> LivingExpenseFigure | None:
        """The most recent figure for ``area`` from a year before ``year`` — information only ("the last known
        figure was X in year Y"), never a substitute for the figure of ``year``."""
        code = self._code(area)
        earlier = [f for (a, y), f in self._by_key.items() if a == code and y < year]
        return max(earlier, key=lambda f: f.year, default=None)

    def for_area(self, area: str | Area) -> tuple[LivingExpenseFigure, ...]:
        code = self._code(area)
        return tuple(sorted((f for f in self._by_key.values() if f.area == code), key=lambda f: f.year))

    def figures(self) -> tuple[LivingExpenseFigure, ...]:
        """All figures, by year and then in area order."""
        order = {area.code: index for index, area in enumerate(AREAS)}
        return tuple(sorted(self._by_key.values(), key=lambda f: (f.year, order[f.area])))

    def years(self) -> tuple[int, ...]:
        return tuple(sorted({year for _, year in self._by_key}))

    def areas(self) -> tuple[str, ...]:
        """Codes of the areas that have at least one figure, in area order."""
        present = {area for area, _ in self._by_key}
        return tuple(area.code for area in AREAS if area.code in present)

    def __len__(self) -> int:
        return len(self._by_key)


# --- parsing ------------------------------------------------------------------------------------------------

_DIGITS = re.compile(r"[0-9]+", re.ASCII)


def _clean(cell: str) -> str:
    return unicodedata.normalize("NFKC", cell).strip()


def _whole_number(cell: str) -> int | None:
    text = _clean(cell).replace(",", "")
    if len(text) > 12 or not _DIGITS.fullmatch(text):  # no figure or year is that long
        return None
    return int(text)


def _shown(text: str) -> str:
    """A cell as quoted in a message: shortened if long."""
    return text if len(text) <= 40 else text[:39] + "…"


def _header_key(cell: str) -> str:
    return _clean(cell).lower()


class _Reason(NamedTuple):
    key: str
    params: tuple[tuple[str, object], ...] = ()


def _year_of(cells: dict[str, str], reasons: list[_Reason]) -> int | None:
    year_text = cells.get("year", "").strip()
    roc_text = cells.get("roc_year", "").strip()
    year = roc = None
    if year_text:
        year = _whole_number(year_text)
        if year is None or not YEAR_MIN <= year <= YEAR_MAX:
            reasons.append(_Reason("reference.reason.year", (("value", _shown(year_text)),)))
            return None
    if roc_text:
        roc = _whole_number(roc_text)
        if roc is None or not YEAR_MIN <= roc + ROC_OFFSET <= YEAR_MAX:
            reasons.append(_Reason("reference.reason.roc_year", (("value", _shown(roc_text)),)))
            return None
    if year is not None and roc is not None and roc + ROC_OFFSET != year:
        reasons.append(_Reason("reference.reason.year_mismatch", (("year", year), ("roc_year", roc))))
        return None
    if year is None and roc is None:
        reasons.append(_Reason("reference.reason.year_missing"))
        return None
    return year if year is not None else (roc or 0) + ROC_OFFSET


def _area_of(cells: dict[str, str], reasons: list[_Reason]) -> Area | None:
    text = cells.get("area", "").strip() or cells.get("area_zh", "").strip()
    area = area_by_name(text) if text else None
    if area is None:
        allowed = ", ".join(a.code for a in AREAS)
        reasons.append(_Reason("reference.reason.area", (("value", _shown(text)), ("allowed", allowed))))
    return area


def _monthly_of(cells: dict[str, str], reasons: list[_Reason]) -> int | None:
    text = cells.get("monthly_twd", "").strip()
    monthly = _whole_number(text)
    if monthly is None or not 0 < monthly < MONTHLY_LIMIT:
        reasons.append(_Reason("reference.reason.monthly", (("value", _shown(text)),)))
        return None
    return monthly


def _status_of(cells: dict[str, str], default: FigureStatus, reasons: list[_Reason]) -> FigureStatus | None:
    text = _clean(cells.get("status", "")).lower()
    if not text:
        return default
    try:
        return FigureStatus(text)
    except ValueError:
        allowed = ", ".join(s.value for s in FigureStatus)
        reasons.append(_Reason("reference.reason.status", (("value", _shown(text)), ("allowed", allowed))))
        return None


def _figure_from_cells(
    cells: dict[str, str], origin: Origin, default_status: FigureStatus
) -> tuple[LivingExpenseFigure | None, list[_Reason]]:
    reasons: list[_Reason] = []
    year = _year_of(cells, reasons)
    area = _area_of(cells, reasons)
    monthly = _monthly_of(cells, reasons)
    status = _status_of(cells, default_status, reasons)
    if year is None or area is None or monthly is None or status is None:
        return None, reasons
    figure = LivingExpenseFigure(
        year=year,
        roc_year=year - ROC_OFFSET,
        area=area.code,
        area_name=area.name,
        monthly=monthly,
        status=status,
        source=cells.get("source", "").strip(),
        note=cells.get("note", "").strip(),
        origin=origin,
    )
    return figure, reasons


def _is_blank(record: Sequence[str]) -> bool:
    return all(not cell.strip() for cell in record)


def _is_comment(record: Sequence[str]) -> bool:
    return bool(record) and record[0].lstrip().startswith("#")


class _Parsed(NamedTuple):
    """A CSV text split into its header and numbered records (row numbers as a spreadsheet counts them)."""

    header: list[str]
    header_row: int
    records: list[tuple[int, list[str]]]
    leading: list[list[str]]  # blank and comment records above the header
    error: str | None  # csv.Error text; records hold what was read before it
    error_row: int


def _split_csv(text: str) -> _Parsed:
    header: list[str] = []
    header_row = 0
    records: list[tuple[int, list[str]]] = []
    leading: list[list[str]] = []
    error: str | None = None
    error_row = 0
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    row = 0
    try:
        for record in reader:
            row += 1
            if not header:
                if _is_blank(record) or _is_comment(record):
                    leading.append(record)
                    continue
                header = record
                header_row = row
                continue
            records.append((row, record))
    except csv.Error as exc:
        error = str(exc)
        error_row = row + 1
    return _Parsed(header, header_row, records, leading, error, error_row)


def _cells(header_keys: Sequence[str], record: Sequence[str]) -> tuple[dict[str, str], bool]:
    """Map a record to its columns; the flag is True if it has non-empty cells beyond the header."""
    cells: dict[str, str] = {}
    for key, value in zip(header_keys, record, strict=False):
        if key and key not in cells:
            cells[key] = value
    overflow = any(cell.strip() for cell in record[len(header_keys) :])
    return cells, overflow


def _missing_columns(header_keys: Sequence[str]) -> list[str]:
    missing = [column for column in ("area", "monthly_twd") if column not in header_keys]
    if "year" not in header_keys and "roc_year" not in header_keys:
        missing.insert(0, "year")
    return missing


def _decode(data: bytes) -> str | None:
    """UTF-8 (with or without a byte-order mark), else Big5/CP950 as Excel on a Traditional Chinese Windows
    saves CSV, else ``None``."""
    for encoding in ("utf-8-sig", "cp950"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def parse_user_table(text: str, file: str) -> tuple[list[LivingExpenseFigure], list[TableProblem]]:
    """Read the text of a user table. Never raises on bad content: returns the good figures (later rows win
    over earlier rows for the same area and year) and the problems."""
    problems: list[TableProblem] = []
    parsed = _split_csv(text)
    if not parsed.header:
        if parsed.error is not None:
            problems.append(
                TableProblem(file, parsed.error_row, "reference.reason.csv", (("detail", parsed.error),))
            )
        return [], problems  # otherwise empty, or only blank and comment lines: an empty table
    header_keys = [_header_key(cell) for cell in parsed.header]
    missing = _missing_columns(header_keys)
    if missing:
        problems.append(
            TableProblem(
                file, parsed.header_row, "reference.reason.columns", (("columns", ", ".join(missing)),)
            )
        )
        return [], problems
    found: dict[tuple[str, int], tuple[int, LivingExpenseFigure]] = {}
    for row, record in parsed.records:
        if _is_blank(record) or _is_comment(record):
            continue
        cells, overflow = _cells(header_keys, record)
        if overflow:
            problems.append(TableProblem(file, row, "reference.reason.extra_cells"))
            continue
        figure, reasons = _figure_from_cells(cells, "user", FigureStatus.USER)
        problems.extend(TableProblem(file, row, reason.key, reason.params) for reason in reasons)
        if figure is None:
            continue
        key = (figure.area, figure.year)
        if key in found:
            earlier = found[key][0]
            problems.append(TableProblem(file, row, "reference.reason.duplicate", (("other", earlier),)))
        found[key] = (row, figure)
    if parsed.error is not None:
        problems.append(
            TableProblem(file, parsed.error_row, "reference.reason.csv", (("detail", parsed.error),))
        )
    return [figure for _, figure in found.values()], problems


def read_user_table(path: Path) -> tuple[list[LivingExpenseFigure], list[TableProblem]]:
    """Read the user table at ``path`` (missing file: no figures, no problems). Never raises."""
    file = str(path)
    try:
        if not path.exists():
            return [], []
        if path.stat().st_size > MAX_USER_FILE_BYTES:
            return [], [TableProblem(file, None, "reference.reason.too_large")]
        data = path.read_bytes()
    except OSError as exc:
        return [], [
            TableProblem(file, None, "reference.reason.unreadable", (("detail", exc.strerror or exc),))
        ]
    text = _decode(data)
    if text is None:
        return [], [TableProblem(file, None, "reference.reason.encoding")]
    return parse_user_table(text, file)


# --- loading ------------------------------------------------------------------------------------------------


@cache
def bundled_figures() -> tuple[LivingExpenseFigure, ...]:
    """The figures shipped with the program. A bad bundled row is a packaging error and raises."""
    reader = csv.DictReader(io.StringIO(read_text("data", "minimum-living-expense.csv"), newline=""))
    result: list[LivingExpenseFigure] = []
    for number, row in enumerate(reader, start=2):
        cells = {key: value or "" for key, value in row.items() if key is not None}
        figure, reasons = _figure_from_cells(cells, "bundled", FigureStatus.UNCONFIRMED)
        if figure is None or reasons or not cells.get("status", "").strip():
            raise ValueError(
                f"minimum-living-expense.csv row {number} is invalid: {[r.key for r in reasons]}"
            )
        result.append(figure)
    return tuple(result)


@cache
def bundled_living_expense_table() -> LivingExpenseTable:
    return LivingExpenseTable(bundled_figures())


def user_table_path(user_dir: Path) -> Path:
    return user_dir / USER_FILE_NAME


def load_living_expense_table(user_dir: Path | None) -> LivingExpenseTable:
    """The bundled figures merged with the user's table in ``user_dir`` (if any). The user file is read on
    every call, so an edit shows up without restarting. Problems are in
    :attr:`LivingExpenseTable.problems`."""
    if user_dir is None:
        return bundled_living_expense_table()
    user_figures, problems = read_user_table(user_table_path(user_dir))
    if not user_figures and not problems:
        return bundled_living_expense_table()
    return LivingExpenseTable([*bundled_figures(), *user_figures], problems)


# --- saving -------------------------------------------------------------------------------------------------


def _write_private_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: a temporary file in the same folder, flushed to disk, then renamed over
    the target, so a crash leaves either the old or the new file. Owner-only permissions."""
    import tempfile  # here: only a save needs it (with shutil and bz2, 3 ms of a cold check)

    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if os.name == "posix":  # make the rename itself durable
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def _validated(area: str, year: int, monthly: int, status: FigureStatus | str) -> tuple[Area, FigureStatus]:
    known = area_by_code(area) if isinstance(area, str) else None
    if known is None:
        allowed = ", ".join(a.code for a in AREAS)
        raise FigureError("reference.reason.area", value=area, allowed=allowed)
    if type(year) is not int or not YEAR_MIN <= year <= YEAR_MAX:
        raise FigureError("reference.reason.year", value=year)
    if type(monthly) is not int or not 0 < monthly < MONTHLY_LIMIT:
        raise FigureError("reference.reason.monthly", value=monthly)
    try:
        checked = FigureStatus(status.strip().lower())
    except (ValueError, AttributeError):
        allowed = ", ".join(s.value for s in FigureStatus)
        raise FigureError("reference.reason.status", value=status, allowed=allowed) from None
    return known, checked


def _one_line(text: str) -> str:
    """Line breaks become spaces, so that each saved figure stays on one line of the file."""
    return " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()


def save_user_figure(
    user_dir: Path,
    area: str,
    year: int,
    monthly: int,
    source: str = "",
    note: str = "",
    status: FigureStatus | str = FigureStatus.USER,
) -> LivingExpenseFigure:
    """Add or replace the user's figure for ``area`` (code) and ``year`` (AD) in ``<user_dir>/minimum-living-
    expense.csv`` and return it. Other rows, comments and even rows the loader rejects are kept as they are
    (rows for the same area and year are replaced by the one new row). Raises :class:`FigureError` for an
    invalid value, if the existing file cannot be read as a CSV table (it is then left untouched) or if the
    file cannot be written."""
    known, checked = _validated(area, year, monthly, status)
    figure = LivingExpenseFigure(
        year=year,
        roc_year=year - ROC_OFFSET,
        area=known.code,
        area_name=known.name,
        monthly=monthly,
        status=checked,
        source=_one_line(source),
        note=_one_line(note),
        origin="user",
    )
    path = user_table_path(user_dir)
    leading, header, records = _existing_records(path)
    header_keys = [_header_key(cell) for cell in header]
    for column in COLUMNS:
        if column not in header_keys:
            header.append(column)
            header_keys.append(column)
    values = {
        "year": str(figure.year),
        "roc_year": str(figure.roc_year),
        "area": figure.area,
        "area_zh": figure.area_name,
        "monthly_twd": str(figure.monthly),
        "status": figure.status.value,
        "source": figure.source,
        "note": figure.note,
    }
    new_record: list[str] = []
    for index, key in enumerate(header_keys):
        first = key not in header_keys[:index]  # a repeated column is read from its first occurrence only
        new_record.append(values.get(key, "") if first else "")
    out: list[list[str]] = []
    placed = False
    for record in records:
        if _same_key(header_keys, record, figure):
            if not placed:
                out.append(new_record)
                placed = True
            continue
        out.append(record)
    if not placed:
        out.append(new_record)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([*leading, header, *out])
    try:
        user_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        # A byte-order mark lets Excel recognise UTF-8 and show the Chinese text.
        _write_private_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:  # e.g. the file is open in Excel on Windows, or the folder is read-only
        from debtassist.store.errors import write_reason

        raise FigureError("reference.save.unwritable", file=str(path), detail=write_reason(exc)) from exc
    return figure


def _existing_records(path: Path) -> tuple[list[list[str]], list[str], list[list[str]]]:
    """The records above the header, the header and the records below it of an existing user file."""
    try:
        if not path.exists():
            return [], list(COLUMNS), []
        if path.stat().st_size > MAX_USER_FILE_BYTES:
            raise FigureError("reference.save.damaged", file=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise FigureError("reference.save.unreadable", file=str(path), detail=exc.strerror or exc) from exc
    text = _decode(data)
    if text is None:
        raise FigureError("reference.save.damaged", file=str(path))
    parsed = _split_csv(text)
    if parsed.error is not None:
        raise FigureError("reference.save.damaged", file=str(path))
    if not parsed.header:
        return parsed.leading, list(COLUMNS), []
    if _missing_columns([_header_key(cell) for cell in parsed.header]):
        raise FigureError("reference.save.damaged", file=str(path))
    return parsed.leading, parsed.header, [record for _, record in parsed.records]


def _same_key(header_keys: Sequence[str], record: Sequence[str], figure: LivingExpenseFigure) -> bool:
    if _is_blank(record) or _is_comment(record):
        return False
    cells, _ = _cells(header_keys, record)
    reasons: list[_Reason] = []
    year = _year_of(cells, reasons)
    area = _area_of(cells, reasons)
    return year == figure.year and area is not None and area.code == figure.area


# --- texts for the user -------------------------------------------------------------------------------------

_PROVINCE_AREAS = frozenset({"TWP", "FJP"})
_GOVERNMENT_HOSTS = (".gov.tw", ".gov.taipei")
_MOHW_HOST = "dep.mohw.gov.tw"


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def government_sources(area: str | Area) -> tuple[str, ...]:
    """Government web pages found in the bundled table's ``source`` column: those cited for this area (newest
    first), then the Ministry of Health and Welfare pages cited for any area."""
    code = LivingExpenseTable._code(area)
    urls: list[str] = []
    figures = sorted(bundled_figures(), key=lambda f: -f.year)
    for figure in figures:
        if figure.area == code and _host(figure.source).endswith(_GOVERNMENT_HOSTS):
            urls.append(figure.source)
    for figure in figures:
        if _host(figure.source) == _MOHW_HOST:
            urls.append(figure.source)
    return tuple(dict.fromkeys(urls))


def where_to_look(area: str | Area, lang: Lang, year: int | None = None) -> str:
    """Where the user finds the announced minimum living expense for ``area`` (optionally for ``year``)."""
    code = LivingExpenseTable._code(area)
    known = area_by_code(code)
    assert known is not None
    name = known.text(lang)
    if year is None:
        lines = [tr("reference.where.intro", lang, area=name)]
    else:
        lines = [tr("reference.where.intro_year", lang, area=name, year=year, roc_year=year - ROC_OFFSET)]
    lines.append(tr("reference.where.mohw", lang))
    if code in _PROVINCE_AREAS:
        lines.append(tr("reference.where.county", lang))
    else:
        lines.append(tr("reference.where.city", lang, department=f"{known.name}政府社會局", city=known.label))
    urls = government_sources(code)
    if urls:
        lines.append(tr("reference.where.links", lang))
        lines.extend(f"  {url}" for url in urls)
    lines.append(tr("reference.where.enter", lang))
    return "\n".join(lines)


def describe_figure(figure: LivingExpenseFigure, lang: Lang) -> str:
    """One line: area, year, monthly amount and status, then the source if there is one."""
    known = area_by_code(figure.area)
    name = known.text(lang) if known is not None else figure.area_name
    text = tr(
        "reference.figure.describe",
        lang,
        area=name,
        year=figure.year,
        roc_year=figure.roc_year,
        monthly=figure.monthly,
        status=figure.status.label(lang),
    )
    if figure.source:
        text += "\n" + tr("reference.figure.source", lang, source=figure.source)
    return text


def last_known_notice(table: LivingExpenseTable, area: str | Area, year: int, lang: Lang) -> str:
    """The message for a year without a figure: the figure is missing, the last known one is shown for
    information only, and where to look up the announced figure."""
    code = LivingExpenseTable._code(area)
    known = area_by_code(code)
    assert known is not None
    name = known.text(lang)
    lines = [tr("reference.figure.missing", lang, area=name, year=year, roc_year=year - ROC_OFFSET)]
    earlier = table.latest_before(code, year)
    if earlier is not None:
        lines.append(
            tr(
                "reference.figure.last_known",
                lang,
                year=earlier.year,
                roc_year=earlier.roc_year,
                monthly=earlier.monthly,
                status=earlier.status.label(lang),
            )
        )
    lines.append(where_to_look(code, lang, year))
    return "\n".join(lines)

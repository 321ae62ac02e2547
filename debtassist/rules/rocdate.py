"""Dates as Taiwanese forms write them: 民國 (ROC) years, with AD (ISO) accepted too.

ROC year = AD year - 1911, so 民國1年 is 1912. A typed year of 1-3 digits is ROC, 4 digits is AD
(``115/3/2`` and ``2026-03-02`` are the same day). Every date :func:`parse_date` returns can be written
back as an ROC date, so dates before 1912-01-01 are refused.
"""

from __future__ import annotations

import re
from datetime import date

from debtassist.model.limits import MAX_DATE
from debtassist.rules.validators import InputError, to_halfwidth

ROC_OFFSET = 1911
ROC_EPOCH = date(1912, 1, 1)

# A year, month, day joined by one separator used twice: 115/3/2, 2026-03-02, 115.3.2.
_SEPARATED = re.compile(r"(?P<y>[0-9]{1,4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})")
# 1150302 (ROC, 7 digits) or 20260302 (AD, 8 digits).
_COMPACT = re.compile(r"(?P<y>[0-9]{3}|[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})")
# 中華民國115年3月2日, 民國115年3月2日, 115年3月2日, 西元2026年3月2日 (日 may be left off).
_CHINESE = re.compile(
    r"(?P<era>中華民國|民國|西元|公元)?(?P<y>[0-9]{1,4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日?"
)


def _fields(text: str) -> tuple[str, str, str, str | None]:
    """(year, month, day, era word or None) as typed; InputError when the shape is not a date."""
    for pattern in (_SEPARATED, _COMPACT, _CHINESE):
        if match := pattern.fullmatch(text):
            era = match.groupdict().get("era")
            return match["y"], match["m"], match["d"], era
    raise InputError("date.format")


def _ad_year(year_text: str, era: str | None) -> int:
    """The AD year: 4 digits are AD, fewer are ROC; an era word must agree with the digit count."""
    is_ad = len(year_text) == 4
    if era is not None and is_ad != (era in ("西元", "公元")):
        raise InputError("date.format")
    year = int(year_text)
    if is_ad:
        return year
    if year < 1:
        raise InputError("date.before_roc")
    return year + ROC_OFFSET


def parse_date(text: str) -> date:
    """Read ``115/3/2``, ``115-03-02``, ``115.3.2``, ``1150302``, ``民國115年3月2日``, ``2026-03-02``...

    Full-width digits and spaces anywhere are fine. Raises :class:`InputError` (codes ``date.empty``,
    ``date.format``, ``date.bad_month``, ``date.no_such_day``, ``date.before_roc``, ``date.after_limit``).
    """
    body = "".join(to_halfwidth(text).split())
    if not body:
        raise InputError("date.empty")
    year_text, month_text, day_text, era = _fields(body)
    year, month, day = _ad_year(year_text, era), int(month_text), int(day_text)
    if year < ROC_EPOCH.year:
        raise InputError("date.before_roc")
    if year > MAX_DATE.year:  # a case cannot hold it (model.limits): refused as typed, as amounts are
        raise InputError("date.after_limit", {"max": format_roc(MAX_DATE)})
    if not 1 <= month <= 12:
        raise InputError("date.bad_month", {"month": month})
    try:
        return date(year, month, day)
    except ValueError:
        # Month and year are valid here, so only the day can be wrong (0, 31 in April, 29 February...).
        raise InputError("date.no_such_day", {"year": int(year_text), "month": month, "day": day}) from None


def to_roc(value: date) -> tuple[int, int, int]:
    """(ROC year, month, day); InputError ``date.before_roc`` before 1912-01-01."""
    # Compare years, not dates: ROC_EPOCH is 1 January, and a datetime cannot be compared with a date.
    if value.year < ROC_EPOCH.year:
        raise InputError("date.before_roc")
    return value.year - ROC_OFFSET, value.month, value.day


def format_roc(value: date) -> str:
    """``2026-03-02`` -> ``115/03/02`` (the year is not padded: 民國1年 is ``1/01/01``)."""
    year, month, day = to_roc(value)
    return f"{year}/{month:02d}/{day:02d}"


def format_roc_long(value: date) -> str:
    """``2026-03-02`` -> ``中華民國115年3月2日``, as in court filings."""
    return "中華民國" + format_roc_short_written(value)


def format_roc_short_written(value: date) -> str:
    """``2026-03-02`` -> ``115年3月2日``: the written form on the (Chinese) paper, whatever the interface language."""
    year, month, day = to_roc(value)
    return f"{year}年{month}月{day}日"


def roc_text(value: date) -> str:
    """``format_roc`` for display: a date before the ROC calendar (only in an imported file; it is reported as an
    error) is shown in ISO form instead of failing."""
    return format_roc(value) if value >= ROC_EPOCH else value.isoformat()


def roc_long_text(value: date) -> str:
    """``format_roc_long`` for display, with the same fallback as ``roc_text``."""
    return format_roc_long(value) if value >= ROC_EPOCH else value.isoformat()

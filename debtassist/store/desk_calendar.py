"""Deadlines as an iCalendar file (RFC 5545) for the worker's calendar, written with the ``icalendar`` library.

What goes in, per deadline (an all-day event on the due date): the summary is the deadline's title and who it is
for, which is the applicant's name masked to its first character (王○○) and the desk label if one is set, and the
first six characters of the case id (to find the case on the desk). The description is the rule with its article
and the because-trail (dates, the bank, court or committee, case numbers). No national ID, birth date, phone,
address or amount is put in. Deadlines that are done are left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

import icalendar

from debtassist import __version__
from debtassist.i18n import Lang, tr
from debtassist.model.case import Case
from debtassist.rules.deadlines import Deadline, case_deadlines


def masked_name(name: str) -> str:
    name = name.strip()
    return name[0] + "○" * (len(name) - 1) if name else ""


def who(case: Case) -> str:
    parts = [masked_name(case.applicant.name), case.lifecycle.label.strip(), case.case_id[:6]]
    return " · ".join(part for part in parts if part)


def _uid(case: Case, deadline: Deadline, taken: set[str]) -> str:
    """Stable across exports, so a calendar that imports the file again updates the event instead of adding one;
    and unique within the file: two events with the same id (a hand-edited or merged case file) would otherwise
    share a UID, and a calendar keeps only one of them — a deadline silently lost."""
    ident = deadline.event_id or deadline.title("en")
    digest = hashlib.sha256(ident.encode("utf-8")).hexdigest()[:12]
    uid = f"{case.case_id}-{deadline.kind}-{digest}@debtassist"
    if uid in taken:
        uid = f"{case.case_id}-{deadline.kind}-{digest}-{deadline.due.isoformat()}@debtassist"
        n = 2
        while uid in taken:  # ends: each turn tries a new number and ``taken`` is finite
            uid = f"{case.case_id}-{deadline.kind}-{digest}-{deadline.due.isoformat()}-{n}@debtassist"
            n += 1
    taken.add(uid)
    return uid


def _event(case: Case, deadline: Deadline, lang: Lang, stamp: datetime, taken: set[str]) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", _uid(case, deadline, taken))
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.due)
    event.add("dtend", deadline.due + timedelta(days=1))
    event.add("summary", tr("desk.ics.summary", lang, title=deadline.title(lang).strip(), who=who(case)))
    lines = [deadline.rule_text(lang), *deadline.explain(lang)]
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    return event


def deadlines_calendar(cases: Iterable[Case], lang: Lang, now: datetime | None = None) -> bytes:
    """One calendar with every open deadline of ``cases``."""
    stamp = now or datetime.now(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//DebtAssist {__version__}//desk deadlines//{lang}")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", tr("desk.ics.calendar", lang))
    taken: set[str] = set()
    for case in cases:
        for deadline in case_deadlines(case):
            if not deadline.done:
                cal.add_component(_event(case, deadline, lang, stamp, taken))
    return bytes(cal.to_ical())


def calendar_dates(data: bytes) -> list[tuple[date, str]]:
    """(date, summary) of every event in a calendar file (read back with the same library)."""
    cal = icalendar.Calendar.from_ical(data)
    return [(e.decoded("dtstart"), str(e.get("summary"))) for e in cal.walk("VEVENT")]

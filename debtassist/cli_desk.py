"""``debtassist deadlines FILE [--json] [--ics OUT.ics]`` and ``debtassist handout FILE -o OUT.pdf``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

from debtassist.cli_output import ascii_json, write
from debtassist.i18n import Lang, langs, tr
from debtassist.launch import loaded
from debtassist.rules.safe_text import display_text, json_text

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2

Parser = TypeVar("Parser", bound=argparse.ArgumentParser)  # the class of the command line's command parsers


def print(*values: object, sep: str = " ", end: str = "\n", file: TextIO | None = None) -> None:
    """As ``debtassist.cli.print``: nothing from the case (a body, a reference, a note typed with ``ESC [`` or
    U+202E) acts on the terminal; only the line breaks the messages themselves hold stay."""
    write(sep.join(display_text(str(value), keep="\n") for value in values) + end, file)


def _json_line(doc: object, indent: int | None = None) -> None:
    """JSON output keeps the data exactly; control and bidirectional characters are written as escapes."""
    write(json_text(json.dumps(doc, ensure_ascii=ascii_json(), indent=indent)) + "\n")


def add_commands(sub: argparse._SubParsersAction[Parser], lang: Lang) -> None:
    deadlines = sub.add_parser("deadlines", help=tr("desk.cli.help", lang))
    deadlines.add_argument("file", type=Path)
    deadlines.add_argument("--json", action="store_true", help=tr("desk.cli.json", lang))
    deadlines.add_argument("--ics", type=Path, metavar="OUT.ics", help=tr("desk.cli.ics", lang))
    deadlines.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    deadlines.add_argument("--lang", choices=langs(), default=lang)
    handout = sub.add_parser("handout", help=tr("desk.cli.handout_help", lang))
    handout.add_argument("file", type=Path)
    handout.add_argument("-o", "--output", type=Path, required=True, help=tr("desk.cli.handout_output", lang))
    handout.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    handout.add_argument("--lang", choices=langs(), default=lang)


def _write(path: Path, data: bytes, lang: Lang) -> bool:
    from debtassist.store.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        from debtassist.store.errors import write_reason

        print(tr("cli.write_failed", lang, path=path, reason=write_reason(exc)), file=sys.stderr)
        return False
    return True


def cmd_deadlines(args: argparse.Namespace) -> int:
    from debtassist.model.codec import CaseLoadError, load_case_file
    from debtassist.rules.deadlines import case_deadlines, missing_dates
    from debtassist.rules.lifecycle import current_stage, stage_label
    from debtassist.rules.rocdate import roc_text
    from debtassist.store.desk_calendar import deadlines_calendar

    lang: Lang = args.lang
    today: date = args.today or date.today()
    try:
        case, _steps = load_case_file(args.file)
    except CaseLoadError as exc:
        if args.json:
            _json_line({"error": exc.kind, "message": exc.message(lang)})
        else:
            print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    loaded()
    found = case_deadlines(case)
    stage = stage_label(current_stage(case), lang)
    asks = [tr(key, lang) for key in missing_dates(case)]
    if args.json:
        doc = {
            "stage": current_stage(case).value,
            "stage_text": stage,
            "today": today.isoformat(),
            "deadlines": [d.to_json(lang, today) for d in found],
            "asks": asks,
        }
        _json_line(doc, indent=2)
    else:
        print(tr("desk.cli.stage", lang, stage=stage))
        print(tr("desk.cli.today", lang, today=roc_text(today)))
        if not found:
            print(tr("desk.cli.none", lang))
        for d in found:
            urgency = tr(f"desk.urgency.{d.urgency(today)}", lang)
            print(f"  {roc_text(d.due)}  [{urgency}]  {d.title(lang).strip()}")
            print(f"      {d.rule_text(lang)}")
            for step in d.explain(lang):
                print(f"      ← {step}")
        for ask in asks:
            print(f"  ! {ask}")
    if args.ics:
        if not _write(args.ics, deadlines_calendar([case], lang), lang):
            return EXIT_UNREADABLE
        count = sum(1 for d in found if not d.done)
        print(
            tr("desk.cli.ics_written", lang, count=count, path=args.ics),
            file=sys.stderr if args.json else None,
        )
    return EXIT_OK


def cmd_handout(args: argparse.Namespace) -> int:
    from debtassist.forms.handout import build_handout
    from debtassist.model.codec import CaseLoadError, load_case_file

    lang: Lang = args.lang
    try:
        case, _steps = load_case_file(args.file)
    except CaseLoadError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    loaded()
    if case.route is None:
        print(tr("desk.cli.handout_no_route", lang), file=sys.stderr)
        return EXIT_ERRORS
    handout = build_handout(case, lang, args.today or date.today())
    if not _write(args.output, handout.pdf, lang):
        return EXIT_UNREADABLE
    print(
        tr("desk.cli.handout_written", lang, path=args.output, pages=handout.pages, count=len(handout.items))
    )
    return EXIT_OK

"""The command line: ``debtassist --version | example | check | packet | deadlines | handout``. A thin face on
the core."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from debtassist import __version__
from debtassist.cli_desk import add_commands as add_desk_commands
from debtassist.cli_desk import cmd_deadlines, cmd_handout
from debtassist.cli_output import OutputLost, ascii_json, finish, prepare_streams, say_on_stderr, write
from debtassist.examples import EXAMPLES, example_text
from debtassist.i18n import Lang, langs, parse_lang, tr
from debtassist.launch import EXIT_INTERRUPTED, leave, loaded
from debtassist.logs import log, log_unexpected, setup_logging
from debtassist.model.case import Route
from debtassist.rules.safe_text import display_text, json_text

if TYPE_CHECKING:
    from debtassist.rules.check import CheckReport
    from debtassist.rules.explain import Finding

# Each command imports what only it needs when it runs (the window, for one, starts without the checking rules
# and the store's writers).

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
EXIT_INTERNAL = 70  # an unexpected error (a bug): sysexits' EX_SOFTWARE; never 1 "the case has errors"
EXIT_PIPE_CLOSED = 120  # the reader of the output went away (``| head``): as Python's own exit says it


def print(*values: object, sep: str = " ", end: str = "\n", file: TextIO | None = None) -> None:
    """Everything this module prints goes out without control or bidirectional characters (a name typed with
    ``ESC [`` or U+202E must not act on the terminal); only the line breaks the messages themselves hold stay."""
    write(sep.join(display_text(str(value), keep="\n") for value in values) + end, file)


def _default_lang() -> Lang:
    for name in ("DEBTASSIST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return parse_lang(os.environ[name])
    return parse_lang(None)


def _parser(lang: Lang) -> argparse.ArgumentParser:
    formatter = _formatter(lang)
    parser = argparse.ArgumentParser(
        prog="debtassist", description=tr("cli.description", lang), formatter_class=formatter
    )
    parser.add_argument("--version", action="version", version=f"debtassist {__version__}")
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help=argparse.SUPPRESS)

    class Command(argparse.ArgumentParser):  # each command's parser: the same formatter
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(formatter_class=formatter, **kwargs)

    # prog: what argparse would write out (a usage line without positionals) to find it
    sub = parser.add_subparsers(dest="command", parser_class=Command, prog=parser.prog)
    example = sub.add_parser("example", help=tr("cli.example.help", lang))
    example.add_argument("name", nargs="?", default=EXAMPLES[0], help=tr("cli.example.name", lang))
    example.add_argument("-o", "--output", type=Path, help=tr("cli.example.output", lang))
    example.add_argument("--list", action="store_true", help=tr("cli.example.list", lang))
    check = sub.add_parser("check", help=tr("cli.check.help", lang))
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true", help=tr("cli.check.json", lang))
    check.add_argument("--lang", choices=langs(), default=lang)
    gui = sub.add_parser("gui", help=tr("cli.gui.help", lang))
    gui.add_argument("--example", choices=EXAMPLES, help=tr("cli.gui.example", lang))
    packet = sub.add_parser("packet", help=tr("cli.packet.help", lang))
    packet.add_argument("file", type=Path)
    packet.add_argument("-o", "--output", type=Path, required=True, help=tr("cli.packet.output", lang))
    packet.add_argument("--route", choices=[r.value for r in Route], help=tr("cli.packet.route", lang))
    packet.add_argument("--editable", action="store_true", help=tr("cli.packet.editable", lang))
    packet.add_argument("--duplex", action="store_true", help=tr("cli.packet.duplex", lang))
    packet.add_argument("--copies", default="1", help=tr("cli.packet.copies", lang))
    packet.add_argument("--draft", action="store_true", help=tr("cli.packet.draft", lang))
    packet.add_argument("--lang", choices=langs(), default=lang)
    add_desk_commands(sub, lang)
    for each in (parser, *sub.choices.values()):
        _speak(each, lang)
    return parser


def _formatter(lang: Lang) -> type[argparse.HelpFormatter]:
    """argparse's help formatter with the usage prefix in the user's language, which asks the terminal's width
    only when it writes help: argparse makes a formatter for every argument it declares (to check it), and its
    own asks there, importing ``shutil`` (1.4 ms of a ``check``, with the compressors shutil imports)."""

    class Formatter(argparse.HelpFormatter):
        def __init__(
            self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
        ) -> None:
            super().__init__(prog, indent_increment, max_help_position, 80 if width is None else width)
            self._width_unknown = width is None
            self._max_help_wanted = max_help_position

        def format_help(self) -> str:  # all help, usage and error text is written through here
            if self._width_unknown:  # what argparse's own __init__ does with width=None
                import shutil

                self._width = shutil.get_terminal_size().columns - 2
                self._max_help_position = min(
                    self._max_help_wanted, max(self._width - 20, self._indent_increment * 2)
                )
                self._width_unknown = False
            return super().format_help()

        def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups, prefix or tr("cli.words.usage", lang))

    return Formatter


def _speak(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """argparse's own words — the section titles, -h and --version — in the user's language (the usage prefix:
    :func:`_formatter`), and a word for the arguments every command shares (the case file, --lang)."""
    parser._positionals.title = tr("cli.words.arguments", lang)
    parser._optionals.title = tr("cli.words.options", lang)
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = tr("cli.words.help", lang)
        elif isinstance(action, argparse._VersionAction):
            action.help = tr("cli.words.version", lang)
        elif action.help is None and action.dest in ("file", "lang"):
            action.help = tr(f"cli.words.{action.dest}", lang)


def _print_finding(finding: Finding, lang: Lang, stream: TextIO | None = None) -> None:
    label = tr(f"cli.severity.{finding.severity.value}", lang)
    where = f" [{finding.path}]" if finding.path else ""
    print(f"  {label}{where} {finding.message(lang)}", file=stream)
    print(f"      {tr('cli.rule', lang)}: {finding.rule_text(lang)}", file=stream)


def _print_report(report: CheckReport, lang: Lang) -> None:
    from debtassist.rules.figure_specs import Face, Kind, face_rows

    f = report.figures
    route = report.case.route.value if report.case.route else None
    print(tr("cli.check.route", lang, route=tr(f"route.{route}", lang) if route else "—"))
    print(
        tr(
            "cli.check.summary",
            lang,
            errors=len(report.errors),
            warnings=len(report.warnings),
            notes=len(report.notes),
        )
    )
    for finding in report.findings:
        _print_finding(finding, lang)
    print()
    print(tr("cli.check.figures", lang))
    explained: set[str] = set()  # a trail printed under one figure is not repeated under the next
    for spec in face_rows(Face.CLI, f):  # the figures the registry shows here (debtassist.rules.figure_specs)
        value = spec.display(f)
        shown = "—" if value is None else (f"{value:,}" if spec.display_kind is Kind.MONEY else str(value))
        print(f"  {spec.label(lang)}: {shown}")
        for name in spec.trail:
            if name not in explained:
                explained.add(name)
                for step in f.explain(name, lang):
                    print(f"      ← {step}")
    print()
    print(
        tr(
            "cli.check.attachments",
            lang,
            missing=len(report.missing_attachments),
            total=len(report.attachments),
        )
    )
    for item in report.attachments:
        mark = "✗" if item.required and item.problem else ("✓" if item.problem is None else "·")
        problem = f" — {item.problem_text(lang)}" if item.problem else ""
        print(f"  {mark} {item.title(lang)}{problem}")


def _cmd_example(args: argparse.Namespace, lang: Lang) -> int:
    if args.list:
        for name in EXAMPLES:
            print(name)
        return EXIT_OK
    if args.name not in EXAMPLES:
        print(tr("cli.example.unknown", lang, name=args.name, names=", ".join(EXAMPLES)), file=sys.stderr)
        return EXIT_UNREADABLE
    from debtassist.store.atomic import atomic_write_text

    text = example_text(args.name)
    if args.output is None:
        write(text)
        return EXIT_OK
    try:
        atomic_write_text(args.output, text)
    except OSError as exc:
        from debtassist.store.errors import write_reason

        print(tr("cli.write_failed", lang, path=args.output, reason=write_reason(exc)), file=sys.stderr)
        return EXIT_UNREADABLE
    print(tr("cli.example.written", lang, name=args.name, path=args.output))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from debtassist.model.codec import CaseLoadError, load_case_file
    from debtassist.reference.living_expense import load_living_expense_table
    from debtassist.rules.check import check_case
    from debtassist.store.paths import default_layout

    lang: Lang = args.lang
    try:
        case, _steps = load_case_file(args.file)
    except CaseLoadError as exc:
        log.warning("check: the file cannot be read as a case (%s)", exc.kind)
        if args.json:
            print(
                json_text(
                    json.dumps({"error": exc.kind, "message": exc.message(lang)}, ensure_ascii=ascii_json())
                )
            )
        else:
            print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    loaded()
    table = load_living_expense_table(default_layout().reference)
    report = check_case(case, table)
    if args.json:
        print(json_text(json.dumps(report.to_json(lang), ensure_ascii=ascii_json(), indent=2)))
    else:
        _print_report(report, lang)
    return EXIT_ERRORS if report.errors else EXIT_OK


def _cmd_packet(args: argparse.Namespace) -> int:
    from debtassist.forms.lean_pypdf import import_pypdf_lean

    import_pypdf_lean()  # the bundled blanks only: pypdf without Pillow, fontTools, cryptography
    from debtassist.forms.packet import PacketOptions, build_packet, default_copies
    from debtassist.model.codec import CaseLoadError, load_case_file
    from debtassist.reference.living_expense import load_living_expense_table
    from debtassist.rules.check import check_case
    from debtassist.store.atomic import atomic_write_bytes
    from debtassist.store.paths import default_layout

    lang: Lang = args.lang
    try:
        case, _steps = load_case_file(args.file)
    except CaseLoadError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    loaded()
    if args.route:
        case = case.replace(route=Route(args.route))
    report = check_case(case, load_living_expense_table(default_layout().reference))
    if case.route is None:
        print(tr("cli.packet.no_route", lang), file=sys.stderr)
        return EXIT_ERRORS
    if report.errors and not args.draft:
        print(tr("cli.packet.refused", lang, count=len(report.errors)), file=sys.stderr)
        for finding in report.errors:
            _print_finding(finding, lang, sys.stderr)
        return EXIT_ERRORS
    if args.copies == "auto":
        copies = default_copies(case, report)
    elif args.copies.isdigit() and int(args.copies) >= 1:
        copies = int(args.copies)
    else:
        print(tr("cli.packet.bad_copies", lang, value=args.copies), file=sys.stderr)
        return EXIT_UNREADABLE
    options = PacketOptions(
        lang=lang,
        draft=args.draft,
        duplex=args.duplex,
        copies=copies,
        editable=args.editable,
        forms_dir=default_layout().agency_forms(),
    )
    from debtassist.forms.definition import FormDefinitionError

    try:
        packet = build_packet(case, report, options)
    except FormDefinitionError as error:
        print(tr("packet.bad_definition", lang, path=error.path, reason=error.reason), file=sys.stderr)
        return EXIT_UNREADABLE
    log.info("packet: %d pages a set, %d sets, %d bytes", packet.pages_per_set, copies, len(packet.pdf))
    try:
        atomic_write_bytes(args.output, packet.pdf)
    except OSError as exc:
        from debtassist.store.errors import write_reason

        print(tr("cli.write_failed", lang, path=args.output, reason=write_reason(exc)), file=sys.stderr)
        return EXIT_UNREADABLE
    print(tr("cli.packet.written", lang, path=args.output, pages=packet.pages_per_set, copies=copies))
    from debtassist.forms.names import place_name

    for glyph in packet.glyphs:
        key = "cli.packet.glyph_fallback" if glyph.fallback else "cli.packet.glyph_code"
        print(
            tr(
                key,
                lang,
                where=place_name(glyph.where, lang, packet.forms),
                char=glyph.char,
                code=glyph.code_point,
            )
        )
    return EXIT_ERRORS if report.errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    lang = _default_lang()
    args = _parser(lang).parse_args(argv)
    log_path = setup_logging(args.log_level)
    log.info("debtassist %s: command %s", __version__, args.command or "gui")
    try:
        prepare_streams()  # a stream that lacks Chinese writes escapes, not an error (debtassist.cli_output)
        code = _dispatch(args, lang)
        finish()  # what is still buffered: written now, or its loss said (debtassist.cli_output)
        return code
    except OutputLost as lost:
        if lost.closed_pipe:  # the reader stopped early (``| head``): not a bug, nothing more to say
            log.info("command %s: the output was closed by its reader", args.command or "gui")
            _silence_stdout()
            return EXIT_PIPE_CLOSED
        log.info("command %s: its output could not be written (%s)", args.command, type(lost.error).__name__)
        message = tr("fuzz2.cli.output_lost", getattr(args, "lang", lang), reason=lost.reason)
        say_on_stderr(display_text(message))  # a full disk: said, in one line
        _silence_stdout()
        return EXIT_UNREADABLE
    except KeyboardInterrupt:  # Ctrl-C: one line; files are written atomically, none is left half done
        say_on_stderr(display_text(tr("fuzz2.cli.interrupted", getattr(args, "lang", lang))))
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line naming the log (which has the traceback), never a traceback
        log_unexpected(f"command {args.command or 'gui'}", exc)
        if log_path is None:
            print(tr("robust.cli.unexpected_no_log", getattr(args, "lang", lang)), file=sys.stderr)
        else:
            print(tr("robust.cli.unexpected", getattr(args, "lang", lang), path=log_path), file=sys.stderr)
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered for the closed pipe is not
    written (and refused) again when the process flushes it at exit."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a file (tests capture it): nothing to flush later
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def _dispatch(args: argparse.Namespace, lang: Lang) -> int:
    if args.command == "example":
        return _cmd_example(args, lang)
    if args.command == "check":
        return _cmd_check(args)
    if args.command == "packet":
        return _cmd_packet(args)
    if args.command == "deadlines":
        return cmd_deadlines(args)
    if args.command == "handout":
        return cmd_handout(args)
    return _cmd_gui(getattr(args, "example", None), lang)


def _cmd_gui(example: str | None, lang: Lang) -> int:
    """Open the desktop window (the default when no command is given)."""
    try:
        from debtassist.gui_platform import window_problem

        problem = window_problem()  # before Qt aborts on a platform plugin it cannot load
        if problem is not None:
            print(problem.message(lang), file=sys.stderr)
            return EXIT_UNREADABLE
        from debtassist.ui.app import run
    except ImportError as exc:  # Qt libraries missing on this system
        print(tr("cli.gui.unavailable", lang, reason=str(exc)), file=sys.stderr)
        return EXIT_UNREADABLE
    loaded()  # a long-lived process: the collector must be on
    return run(example)


if __name__ == "__main__":
    leave(main())

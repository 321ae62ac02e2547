"""Benchmark the commands: CPU time and peak RSS of cold ``check`` and ``packet`` runs, against baselines
measured in the same run (``python -c pass``, LibreOffice and pdftk on comparable work when installed), the
200-creditor case with and without ``--copies auto``, and the in-process packet of 1,000 creditors.

Run: .venv/bin/python scripts/benchmark_packet.py [--runs N] [--no-bytecode] [--sizes] [--floor]

Targets (issue 8): cold example ``packet`` <= 0.35x LibreOffice's CPU and <= 0.35x pdftk's; ``check`` <= 4x
``python -c pass``; ``--copies auto`` on 200 creditors <= 2x the plain packet of the same case and <= 200 MB
peak RSS; 1,000 creditors in process (check + packet) <= 1.0 s CPU. Runs are interleaved (one of each job in
turn) and the medians reported. Comparable work: LibreOffice converts an HTML document holding the text of the
example packet to PDF (``soffice --headless --convert-to pdf``); pdftk concatenates the blank forms the packet
is drawn on (``pdftk <blanks> cat output``). The commands run as the ``debtassist`` console script does
(``python -m debtassist``: ``debtassist.launch``). This script measures and reports; it asserts nothing.

``--floor`` adds what a cold ``check`` is made of, each step a cold process of its own in the same interleaved
runs, so that the difference between two steps is what the later one adds: the interpreter, msgspec, the
case model's classes, reading, migrating and validating the example, the
command's own imports (rules, reference tables, log, arguments), and the check itself with its output.

The in-process figure is measured in this process after one warm-up build: fonts registered and character widths
measured, but the remembered splits and line breaks of texts (``debtassist.forms.measure``) dropped before each
run, so it is the cost of a packet of new text. ``build_packet`` pauses the cycle collector while it runs
(``debtassist.forms.collector``); the collection that follows runs as the build returns, inside the timed
run, so it is counted. To see where the time goes: ``python -m cProfile -s tottime`` on a script that builds
``tests.pdf.maximal`` with ``maximal.CREDITORS = 1000``.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.pdf.maximal and scripts.benchlib

from debtassist.examples import EXAMPLES, example_text  # noqa: E402
from debtassist.forms.measure import forget_texts  # noqa: E402
from debtassist.forms.packet import PacketOptions, build_packet, forms_for  # noqa: E402
from debtassist.model.case import Case  # noqa: E402
from debtassist.model.codec import case_from_json, case_to_json  # noqa: E402
from debtassist.reference.living_expense import load_living_expense_table  # noqa: E402
from debtassist.resources_path import resource  # noqa: E402
from debtassist.rules.check import check_case  # noqa: E402
from scripts.benchlib import (  # noqa: E402
    Run,
    Target,
    child_env,
    interleaved,
    print_medians,
    print_targets,
    run_child,
    which,
)
from tests.pdf import maximal  # noqa: E402

PY = sys.executable


def cli(*args: str) -> list[str]:
    return [PY, "-m", "debtassist", *args]


def in_process_cpu(case: Case, runs: int) -> tuple[float, int, int]:
    """Median CPU seconds of check + packet in a warm process (fonts registered, modules imported, character
    widths measured). The texts' remembered splits and line breaks are dropped before each run, so a run
    costs what a packet of new text costs, not what rebuilding the same packet costs."""
    table = load_living_expense_table(None)
    build_packet(case, check_case(case, table), PacketOptions(draft=True))  # warm-up
    times = []
    size = pages = 0
    for _ in range(runs):
        forget_texts()
        start = time.process_time()
        packet = build_packet(case, check_case(case, table), PacketOptions(draft=True))
        times.append(time.process_time() - start)
        size, pages = len(packet.pdf), packet.pages_per_set
    return statistics.median(times), size, pages


def packet_text_html(pdf: Path, out: Path) -> bool:
    """Write the text of a packet as an HTML document (the comparable work for LibreOffice)."""
    try:
        import pypdfium2
    except ImportError:
        return False
    document = pypdfium2.PdfDocument(str(pdf))
    pages = [page.get_textpage().get_text_range() for page in document]
    body = "".join(
        '<div style="page-break-after: always">'
        + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
        + "</div>"
        for text in pages
    )
    out.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile the sources on every run (PYTHONDONTWRITEBYTECODE)",
    )
    parser.add_argument("--sizes", action="store_true", help="also list in-process time and size per case")
    parser.add_argument("--floor", action="store_true", help="also break a cold check down into its steps")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="debtassist-bench-"))
    # The commands find their data, log and cache folders as a user's copy does (platformdirs), so that cost is
    # counted; the XDG variables put those folders in the temporary one (Linux; elsewhere platformdirs ignores
    # them and the user's own folders are used).
    env = child_env(
        bytecode=not args.no_bytecode,
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CACHE_HOME=str(folder / "cache"),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    for override in ("DEBTASSIST_DATA_DIR", "DEBTASSIST_LOG_DIR", "DEBTASSIST_CACHE_DIR"):
        env.pop(override, None)
    example = EXAMPLES[0]
    example_file = folder / f"{example}.json"
    example_file.write_text(example_text(example), encoding="utf-8")
    big_file = folder / "maximal-200.json"
    big_file.write_text(case_to_json(maximal.maximal_case()), encoding="utf-8")
    out = folder / "out.pdf"

    jobs = {
        "python -c pass": lambda: run_child([PY, "-c", "pass"], env),
        f"debtassist check {example}": lambda: run_child(cli("check", str(example_file)), env),
        f"debtassist packet {example}": lambda: run_child(
            cli("packet", str(example_file), "-o", str(out)), env
        ),
        "debtassist packet (200 creditors)": lambda: run_child(
            cli("packet", str(big_file), "-o", str(out)), env
        ),
        "debtassist packet --copies auto (200 creditors)": lambda: run_child(
            cli("packet", str(big_file), "-o", str(out), "--copies", "auto"), env
        ),
    }
    notes: dict[str, str] = {}
    example_pdf = folder / "example.pdf"
    run_child(cli("packet", str(example_file), "-o", str(example_pdf)), env)
    soffice = which("soffice") or which("libreoffice")
    if soffice and packet_text_html(example_pdf, folder / "packet-text.html"):
        lo_cmd = [
            soffice,
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "lo"),
            str(folder / "packet-text.html"),
        ]
        jobs["LibreOffice: HTML of the example packet -> PDF"] = lambda: run_child(lo_cmd, env)
    else:
        notes["soffice"] = "LibreOffice not installed (or pypdfium2 missing): skipped"
    pdftk = which("pdftk")
    case, _ = case_from_json(example_text(example))
    if pdftk and case.route is not None:
        blanks = [str(resource("forms", f"{form}.pdf")) for form in forms_for(case.route)]
        pk_cmd = [pdftk, *blanks, "cat", "output", str(folder / "pdftk.pdf")]
        jobs["pdftk: cat of the example's blank forms"] = lambda: run_child(pk_cmd, env)
    else:
        notes["pdftk"] = "pdftk not installed: skipped"

    print(
        f"Cold commands, {args.runs} interleaved runs each (bytecode {'off' if args.no_bytecode else 'cached'}):"
    )
    results = interleaved(jobs, args.runs)
    print_medians(results)
    for note in notes.values():
        print(f"  note: {note}")

    maximal.CREDITORS = 1000
    thousand = maximal.maximal_case()
    maximal.CREDITORS = 200
    thousand_cpu, _, thousand_pages = in_process_cpu(thousand, args.runs)
    print(f"in process, check + packet, 1,000 creditors ({thousand_pages} pages): {thousand_cpu:.3f} s CPU")

    def cpu(name: str) -> float | None:
        return results[name].cpu if name in results else None

    def ratio(a: str, b: str) -> float | None:
        x, y = cpu(a), cpu(b)
        return None if x is None or y is None else x / y

    packet_name = f"debtassist packet {example}"
    targets = [
        Target(
            "cold example packet / LibreOffice",
            ratio(packet_name, "LibreOffice: HTML of the example packet -> PDF"),
            0.35,
            "x",
            notes.get("soffice", ""),
        ),
        Target(
            "cold example packet / pdftk",
            ratio(packet_name, "pdftk: cat of the example's blank forms"),
            0.35,
            "x",
            notes.get("pdftk", ""),
        ),
        Target("check / python -c pass", ratio(f"debtassist check {example}", "python -c pass"), 4.0, "x"),
        Target(
            "--copies auto / plain packet (200 creditors)",
            ratio("debtassist packet --copies auto (200 creditors)", "debtassist packet (200 creditors)"),
            2.0,
            "x",
        ),
        Target(
            "--copies auto peak RSS (200 creditors)",
            results["debtassist packet --copies auto (200 creditors)"].rss_mb,
            200,
            "MB",
        ),
        Target("1,000 creditors in process (check + packet)", thousand_cpu, 1.0, "s"),
    ]
    failed = print_targets(targets)

    if args.sizes:
        print()
        print(f"{'case':40} {'in-process CPU':>15} {'size':>9} {'pages':>6}")
        cases = [(name, case_from_json(example_text(name))[0]) for name in EXAMPLES]
        cases.append(("maximal (200 creditors, 100 assets)", maximal.maximal_case()))
        for name, one in cases:
            seconds, size, pages = in_process_cpu(one, args.runs)
            print(f"{name:40} {seconds:14.3f}s {size / 1024:7.0f}KB {pages:6}")
    if args.floor:
        print_floor(example_file, env, args.runs)
    print(f"\n{failed} target(s) failed")
    return 0


def print_floor(example_file: Path, env: dict[str, str], runs: int) -> None:
    """Each step of a cold ``check``, cumulative, as cold processes; the difference is what a step adds."""
    steps = {
        "interpreter (python -c pass)": "pass",  # the baseline of the target, here as the others run
        "+ import msgspec": "import msgspec",
        "+ the case model's classes": "import debtassist.model.case",
        "+ the example loaded (codec, migrations, validation)": (
            "from pathlib import Path\nfrom debtassist.model.codec import load_case_file\n"
            f"load_case_file(Path({str(example_file)!r}))"
        ),
        "+ the command's imports (rules, tables, log, argparse)": (
            "from pathlib import Path\nimport debtassist.cli, debtassist.rules.check\n"
            "import debtassist.reference.living_expense, debtassist.store.paths, debtassist.rules.plan\n"
            "from debtassist.model.codec import load_case_file\n"
            f"load_case_file(Path({str(example_file)!r}))"
        ),
    }

    def step(code: str) -> Callable[[], Run]:
        # As the command runs (debtassist.launch): no collection while starting, no teardown at the end.
        wrapped = f"import gc, os\ngc.disable()\n{code}\nos._exit(0)"
        return lambda: run_child([PY, "-c", wrapped], env)

    jobs = {name: step(code) for name, code in steps.items()}
    jobs["+ the check and its output (debtassist check)"] = lambda: run_child(
        cli("check", str(example_file)), env
    )
    results = interleaved(jobs, runs)
    print(
        f"\nWhat a cold check is made of, {runs} interleaved runs each (CPU s, medians; each step cumulative):"
    )
    before = 0.0
    base = results["interpreter (python -c pass)"].cpu
    for name, measured in results.items():
        cpu = measured.cpu
        print(f"  {name:58} {cpu:6.3f} s  {cpu / base:5.2f}x  adds {1000 * (cpu - before):6.1f} ms")
        before = cpu


if __name__ == "__main__":
    sys.exit(main())

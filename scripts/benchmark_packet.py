"""Benchmark the packet: in-process build time and cold command time (medians), and packet sizes.

Run: .venv/bin/python scripts/benchmark_packet.py [--runs N]
Targets (issue 3, on a 2-core machine): example packet <= 0.3 s in process and <= 1.5 s as a cold command,
<= 400 KB; maximal case <= 2 s. This script measures and reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.pdf.maximal

from debtassist.examples import EXAMPLES, example_text  # noqa: E402
from debtassist.forms.packet import PacketOptions, build_packet  # noqa: E402
from debtassist.model.case import Case  # noqa: E402
from debtassist.model.codec import case_from_json, case_to_json  # noqa: E402
from debtassist.reference.living_expense import load_living_expense_table  # noqa: E402
from debtassist.rules.check import check_case  # noqa: E402
from tests.pdf.maximal import maximal_case  # noqa: E402


def in_process(case: Case, runs: int) -> tuple[float, int, int]:
    table = load_living_expense_table(None)
    times = []
    size = pages = 0
    build_packet(case, check_case(case, table), PacketOptions(draft=True))  # warm-up: fonts, blanks, imports
    for _ in range(runs):
        start = time.perf_counter()
        packet = build_packet(case, check_case(case, table), PacketOptions(draft=True))
        times.append(time.perf_counter() - start)
        size, pages = len(packet.pdf), packet.pages_per_set
    return statistics.median(times), size, pages


def cold_command(case_file: Path, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "debtassist.cli", "packet", str(case_file), "-o", str(out), "--draft"],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    cases = [(name, case_from_json(example_text(name))[0]) for name in EXAMPLES]
    cases.append(("maximal (200 creditors, 100 assets)", maximal_case()))
    print(f"{'case':40} {'in-process':>11} {'cold cmd':>9} {'size':>9} {'pages':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for name, case in cases:
            seconds, size, pages = in_process(case, args.runs)
            case_file = Path(folder) / "case.json"
            case_file.write_text(case_to_json(case), encoding="utf-8")
            cold = cold_command(case_file, Path(folder) / "out.pdf", max(3, args.runs // 2))
            print(f"{name:40} {seconds:10.3f}s {cold:8.3f}s {size / 1024:7.0f}KB {pages:6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

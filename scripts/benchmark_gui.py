"""Benchmark the desktop: cold start to a usable window, and wizard page switches (medians).

    .venv/bin/python scripts/benchmark_gui.py [--runs N]

Targets (issue 4, 2-core machine): cold start <= 1.0 s, page switch <= 50 ms. Measured offscreen unless
QT_QPA_PLATFORM says otherwise. Reports; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = """
import os, sys, time
start = float(sys.argv[1])
from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.i18n import Translators, system_lang
from debtassist.ui.main_window import MainWindow
app = create_app()
lang = system_lang()
Translators().install(lang)
window = MainWindow(CaseLibrary(), lang)
window.show()
app.processEvents()
print(time.time() - start)
"""


def cold_start(runs: int) -> float:
    times = []
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "DEBTASSIST_DATA_DIR": tempfile.mkdtemp(),
    }
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(time.time())],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def page_switches(rounds: int) -> tuple[float, float, str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DEBTASSIST_DATA_DIR"] = tempfile.mkdtemp()
    from debtassist.store.library import CaseLibrary
    from debtassist.ui.app import create_app
    from debtassist.ui.main_window import MainWindow

    app = create_app()
    window = MainWindow(CaseLibrary(), "zh-TW")
    window.show()
    window.open_example("court-private-amc")
    view = window.case_view
    assert view is not None
    times: list[tuple[float, str]] = []
    for _ in range(rounds):
        for index in range(len(view.pages)):
            start = time.perf_counter()
            view.go_to(index)
            app.processEvents()
            times.append((time.perf_counter() - start, view.pages[index].key))
    worst = max(times)
    window.close()
    return statistics.median(t for t, _ in times), worst[0], worst[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"cold start to a shown window (median of {args.runs}): {cold_start(args.runs):.3f} s")
    median, worst, key = page_switches(3)
    print(f"page switch: median {median * 1000:.1f} ms, slowest {worst * 1000:.1f} ms ({key})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

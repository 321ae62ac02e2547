"""Benchmark the desktop: CPU time from start to a shown window against a bare PySide6 window, and the review
step of a 200-creditor case against the example's, plus the median page switch.

    .venv/bin/python scripts/benchmark_gui.py [--runs N]

Targets (issue 8): ``debtassist gui`` to a shown window <= 2.5x a bare PySide6 window (a script that shows an
empty QWidget and quits), both cold processes measured by CPU time in interleaved runs
(``DEBTASSIST_SMOKE_EXIT_AFTER_SHOW=1`` quits the app right after its window is shown; the app runs as the
console script does, ``python -m debtassist``, i.e. through ``debtassist.launch``); switching to the
review step with 200 creditors <= 1.5x with the example case (CPU time in this process, from the click to the
page drawn). Medians; measured offscreen unless QT_QPA_PLATFORM says otherwise. Reports; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.pdf.maximal and scripts.benchlib

from scripts.benchlib import Target, child_env, interleaved, print_medians, print_targets, run_child  # noqa: E402

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
EXAMPLE = "court-private-amc"


def cold_windows(runs: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="debtassist-bench-gui-"))
    env = child_env(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        # The folders found as a user's copy finds them (platformdirs), inside the temporary one (Linux).
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CACHE_HOME=str(folder / "cache"),
        XDG_CONFIG_HOME=str(folder / "config"),
        DEBTASSIST_SMOKE_EXIT_AFTER_SHOW="1",
    )
    for override in ("DEBTASSIST_DATA_DIR", "DEBTASSIST_LOG_DIR", "DEBTASSIST_CACHE_DIR"):
        env.pop(override, None)
    jobs = {
        "bare PySide6 window shown": lambda: run_child([sys.executable, "-c", BARE_WINDOW], env),
        "debtassist gui: window shown": lambda: run_child([sys.executable, "-m", "debtassist", "gui"], env),
    }
    print(f"Cold start to a shown window, {runs} interleaved runs each:")
    results = interleaved(jobs, runs)
    print_medians(results)
    return {name: m.cpu for name, m in results.items()}


def review_steps(runs: int) -> tuple[float, float, float]:
    """Median CPU seconds of switching to the review step (nothing edited since it was last shown): the
    example, the 200-creditor case; and the median page switch of the example. Also prints the review step
    right after an edit, when it must be rendered again."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DEBTASSIST_DATA_DIR"] = tempfile.mkdtemp()
    from debtassist.store.library import CaseLibrary
    from debtassist.ui.app import create_app
    from debtassist.ui.main_window import MainWindow
    from tests.pdf.maximal import maximal_case

    app = create_app()
    window = MainWindow(CaseLibrary(), "zh-TW")
    window.show()

    def measure() -> tuple[float, float, float]:
        view = window.case_view
        assert view is not None
        review = next(i for i, p in enumerate(view.pages) if p.key == "review")
        times, edited = [], []
        for _ in range(runs):
            view.go_to(review - 1)
            app.processEvents()
            view.session.flush()  # a pending autosave is not part of the step
            start = time.process_time()
            view.go_to(review)
            app.processEvents()
            times.append(time.process_time() - start)
        for run in range(runs):
            # The same after an edit on the page before (a new report: the review is rendered again).
            view.go_to(review - 1)
            view.session.case.applicant.phone = f"02-2345-{run:04d}"
            view.session.touch()
            app.processEvents()
            view.session.flush()
            start = time.process_time()
            view.go_to(review)
            app.processEvents()
            edited.append(time.process_time() - start)
        switches = []
        for index in range(len(view.pages)):
            start = time.process_time()
            view.go_to(index)
            app.processEvents()
            switches.append(time.process_time() - start)
        return statistics.median(times), statistics.median(edited), statistics.median(switches)

    window.open_example(EXAMPLE)
    example, example_edited, switch = measure()
    big_id = window.library.create(maximal_case())
    window.open_case(big_id)
    big, big_edited, _ = measure()
    window.close()
    print(
        f"review step after an edit: {EXAMPLE} {example_edited * 1000:.1f} ms CPU, "
        f"200 creditors {big_edited * 1000:.1f} ms CPU ({big_edited / example_edited:.2f}x)"
    )
    return example, big, switch


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    cold = cold_windows(args.runs)
    example, big, switch = review_steps(args.runs)
    print(f"review step, {EXAMPLE}: {example * 1000:.1f} ms CPU; 200 creditors: {big * 1000:.1f} ms CPU")
    print(f"page switch ({EXAMPLE}), median: {switch * 1000:.1f} ms CPU")
    targets = [
        Target(
            "window shown / bare PySide6 window",
            cold["debtassist gui: window shown"] / cold["bare PySide6 window shown"],
            2.5,
            "x",
        ),
        Target("review step 200 creditors / example", big / example, 1.5, "x"),
    ]
    failed = print_targets(targets)
    print(f"\n{failed} target(s) failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark the desk with 500 generated cases: listing them cold (no index: every case file parsed and checked)
and warm (the index fresh: files only stat'ed and hashed), and filling the desk's table model.

    .venv/bin/python scripts/benchmark_desk.py [--cases 500] [--runs 5]

Reports CPU time (process time, medians) and the warm/cold ratio; asserts nothing. Uses a temporary data folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def generate(root: Path, count: int) -> None:
    from debtassist.examples import EXAMPLES, example_text
    from debtassist.model.case import Lifecycle, LifecycleEvent, Stage
    from debtassist.model.codec import case_from_json, case_to_json
    from debtassist.store.paths import DataLayout, make_private_dir

    layout = DataLayout(root)
    make_private_dir(root)
    make_private_dir(layout.cases)
    bases = [case_from_json(example_text(name))[0] for name in EXAMPLES]
    for i in range(count):
        base = bases[i % len(bases)]
        case_id = f"bench{i:04d}"
        events = [
            LifecycleEvent(kind=Stage.SENT, date=date(2026, 1, 1) + timedelta(days=i % 300), body="bank")
        ]
        case = base.replace(
            case_id=case_id,
            notes=f"client {i}",
            lifecycle=Lifecycle(label=f"worker {i % 7}", desk_note=f"note {i}", events=events),
        )
        make_private_dir(layout.case_dir(case_id))
        layout.case_file(case_id).write_text(case_to_json(case), encoding="utf-8")


def cpu(action: object) -> float:
    start = time.process_time()
    action()  # type: ignore[operator]
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from debtassist.store.desk_index import INDEX_FILE, desk_rows
    from debtassist.store.library import CaseLibrary

    root = Path(tempfile.mkdtemp(prefix="debtassist-bench-")) / "data"
    generate(root, args.cases)
    library = CaseLibrary(root)
    desk_rows(library)  # warm the imports and caches (reference tables), not the index
    cold, warm = [], []
    for _ in range(args.runs):
        (root / INDEX_FILE).unlink(missing_ok=True)
        cold.append(cpu(lambda: desk_rows(library)))
        warm.append(cpu(lambda: desk_rows(library)))
    old = [cpu(library.list_cases) for _ in range(args.runs)]

    def before() -> None:  # what the desk did before the index: list, then load and check every case again
        from debtassist.rules.attachments import attachment_checklist

        for summary in library.list_cases():
            case = library.load(summary.case_id)
            sum(1 for a in attachment_checklist(case) if a.required and a.problem is not None)

    baseline = [cpu(before) for _ in range(args.runs)]

    from debtassist.ui.app import create_app
    from debtassist.ui.desk import DeskWidget

    create_app()
    widget = [cpu(lambda: DeskWidget(library, "zh-TW")) for _ in range(args.runs)]

    def cold_widget() -> None:
        (root / INDEX_FILE).unlink(missing_ok=True)
        DeskWidget(library, "zh-TW")

    widget_cold = [cpu(cold_widget) for _ in range(args.runs)]
    c, w, o, g = (statistics.median(x) for x in (cold, warm, old, widget))
    b, gc = statistics.median(baseline), statistics.median(widget_cold)
    print(f"{args.cases} cases, median CPU time of {args.runs} runs")
    print(f"  cold (no index, every case parsed and checked): {c:.3f} s")
    print(f"  warm (fresh index, files stat'ed and hashed):     {w:.3f} s  ({w / c:.2f} of cold)")
    print(f"  for comparison, CaseLibrary.list_cases (parse only): {o:.3f} s")
    print(
        f"  before the index (list, then load and check each case): {b:.3f} s  (warm index: {w / b:.2f} of it)"
    )
    print(f"  desk widget built with the warm index (table filled): {g:.3f} s")
    print(f"  desk widget built without an index (cold):             {gc:.3f} s")
    print(f"  index file: {(root / INDEX_FILE).stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

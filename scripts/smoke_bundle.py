"""Smoke-test the frozen bundle that scripts/build_bundle.py made, and time its start-up.

    .venv/bin/python scripts/smoke_bundle.py [--dist dist] [--in-place] [--runs 5]

Runs the frozen program as a user would: ``--version``, ``example single-cards -o case.json``, ``check`` (exit 0,
and as JSON), ``check`` on a broken file (exit 2, a message, no traceback), ``packet`` (a PDF that passes qpdf's
check, through pikepdf, when it is installed) and ``gui --example single-cards``, which quits once the window is
shown (DEBTASSIST_SMOKE_EXIT_AFTER_SHOW=1), on Qt's offscreen platform or the one ``--qt-platform`` names (e.g.
``xvfb-run -a ... --qt-platform xcb``). It also checks what the bundle holds (the resources, Qt's zh-TW catalog,
none of the Qt modules left out on purpose, and on Linux every library the xcb plugin links, as
scripts/bundle_libs.py does), then reports start-up times: the median of ``--runs`` fresh processes each, cold (the
bundle's files dropped from the OS file cache before every run, where the system allows it) and warm.

By default the bundle is first copied to a temporary folder and tested there, which shows it does not depend on
where it was built. Exits 0 when every check passes, 1 when any fails (each failure says what and why), 2 when
there is no bundle to test.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # scripts.bundle_libs, when run as a script
APP_NAME = "DebtAssist"
EXAMPLE = "single-cards"
SMOKE_ENV = "DEBTASSIST_SMOKE_EXIT_AFTER_SHOW"
TRACEBACK = "Traceback (most recent call last)"
#: Notes Qt's offscreen platform prints about itself; not problems of the app.
OFFSCREEN_NOTES = ("This plugin does not support",)
#: Qt libraries the spec leaves out on purpose; finding one in the bundle means the exclusions stopped working.
UNWANTED_QT = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Network", "Qt63D", "Qt6Multimedia")
#: Files the program reads at run time (inside the bundle's data folder).
REQUIRED_FILES = (
    "debtassist/resources/fonts/NotoSansTC-Regular.ttf",
    "debtassist/resources/forms/defs",
    "debtassist/resources/examples/single-cards.json",
    "debtassist/resources/translations/zh-TW/window.json",
    "debtassist/resources/translations/zh-TW/core",
    "debtassist/resources/translations/en/core",
    "debtassist/resources/icons/debtassist-256.png",
)
#: Qt's own Traditional Chinese catalog (PySide6/Qt/translations on Linux and macOS, PySide6/translations on Windows).
QT_CATALOG = "qtbase_zh_TW.qm"


def read_version() -> str:
    """__version__ from debtassist/__init__.py (parsed, so this script needs no installed package)."""
    tree = ast.parse((ROOT / "debtassist" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise SystemExit("error: debtassist/__init__.py has no __version__")


@dataclass(frozen=True)
class Programs:
    """The bundle folder and the executables in it: one for commands, one for the window (the same file except
    on Windows, where the window's program has no console)."""

    folder: Path
    cli: Path
    gui: Path
    data: (
        Path  # where the bundled files live (PyInstaller's _internal folder, or Contents/Frameworks on macOS)
    )


def find_programs(dist: Path) -> Programs | None:
    folder = dist / APP_NAME
    if sys.platform == "win32":
        programs = Programs(
            folder, folder / "debtassist-cli.exe", folder / f"{APP_NAME}.exe", folder / "_internal"
        )
    elif sys.platform == "darwin" and (dist / f"{APP_NAME}.app").is_dir():
        contents = dist / f"{APP_NAME}.app" / "Contents"
        program = contents / "MacOS" / APP_NAME
        programs = Programs(dist / f"{APP_NAME}.app", program, program, contents / "Frameworks")
    else:
        program = folder / APP_NAME
        programs = Programs(folder, program, program, folder / "_internal")
    return programs if programs.cli.is_file() and programs.gui.is_file() else None


@dataclass
class Report:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool, why: str = "") -> bool:
        if ok:
            self.passed.append(name)
            print(f"  ok    {name}", flush=True)
        else:
            self.failed.append(f"{name}: {why}")
            print(f"  FAIL  {name}: {why}", flush=True)
        return ok


@dataclass(frozen=True)
class Run:
    code: int | None  # None: it did not finish in time and was killed
    out: str
    err: str
    seconds: float

    @property
    def text(self) -> str:
        return self.out + self.err

    def describe(self) -> str:
        code = "timed out" if self.code is None else f"exit {self.code}"
        tail = (self.err.strip() or self.out.strip())[-600:]
        return f"{code}; output: {tail!r}" if tail else code


class Bundle:
    def __init__(self, programs: Programs, work: Path, qt_platform: str = "offscreen") -> None:
        self.programs = programs
        self.work = work
        self.qt_platform = qt_platform
        data = work / "data"
        logs = work / "logs"
        data.mkdir()
        logs.mkdir()
        # A private data and log folder; UTF-8 output; no Python settings of this shell leaking in.
        drop = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH")
        self.env = {key: value for key, value in os.environ.items() if key not in drop}
        self.env.update(
            DEBTASSIST_DATA_DIR=str(data),
            DEBTASSIST_LOG_DIR=str(logs),
            PYTHONIOENCODING="utf-8",
            PYTHONUTF8="1",
        )

    def run(
        self,
        args: Sequence[str],
        *,
        gui: bool = False,
        env: Mapping[str, str] | None = None,
        timeout: float = 120,
    ) -> Run:
        program = self.programs.gui if gui else self.programs.cli
        start = time.perf_counter()
        try:
            done = subprocess.run(
                [str(program), *args],
                cwd=self.work,
                env={**self.env, **(env or {})},
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            return Run(None, _decode(exc.stdout), _decode(exc.stderr), time.perf_counter() - start)
        return Run(done.returncode, _decode(done.stdout), _decode(done.stderr), time.perf_counter() - start)

    def run_gui(self) -> Run:
        """Open the window on the example case; the app quits as soon as it is shown."""
        env = {"QT_QPA_PLATFORM": self.qt_platform, SMOKE_ENV: "1"}
        return self.run(["gui", "--example", EXAMPLE], gui=True, env=env, timeout=90)


def _decode(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", errors="replace")


def check_contents(programs: Programs, report: Report) -> None:
    missing = [name for name in REQUIRED_FILES if not (programs.data / name).exists()]
    if not any(path.parent.name == "translations" for path in (programs.data / "PySide6").rglob(QT_CATALOG)):
        missing.append(f"PySide6/.../translations/{QT_CATALOG}")
    report.check("bundle holds the app's resources", not missing, f"missing {missing}")
    unwanted = sorted(
        str(path.relative_to(programs.folder))
        for path in programs.folder.rglob("*")
        if any(name in path.name for name in UNWANTED_QT)
    )
    report.check("bundle leaves out unused Qt modules", not unwanted, f"found {unwanted[:5]}")


def check_commands(bundle: Bundle, version: str, report: Report) -> Path | None:
    """The command-line checks. Returns the example case file (for the timings), or None if it was not made."""
    done = bundle.run(["--version"])
    report.check(
        "--version prints the version",
        done.code == 0 and done.out.strip() == f"debtassist {version}",
        f"expected 'debtassist {version}'; {done.describe()}",
    )

    case = bundle.work / "case.json"
    done = bundle.run(["example", EXAMPLE, "-o", str(case)])
    if not report.check(
        f"example {EXAMPLE} -o case.json",
        done.code == 0 and case.is_file() and TRACEBACK not in done.text,
        done.describe(),
    ):
        return None
    try:
        json.loads(case.read_text(encoding="utf-8"))
        parsed, why = True, ""
    except ValueError as exc:
        parsed, why = False, str(exc)
    report.check("the example is JSON", parsed, why)

    done = bundle.run(["check", str(case)])
    report.check("check case.json exits 0", done.code == 0 and TRACEBACK not in done.text, done.describe())

    done = bundle.run(["check", str(case), "--json", "--lang", "en"])
    try:
        keys = sorted(json.loads(done.out))
        ok, why = done.code == 0, done.describe()
    except ValueError as exc:
        keys, ok, why = [], False, f"not JSON ({exc}); {done.describe()}"
    report.check("check --json --lang en prints a JSON report", ok and bool(keys), why)

    broken = bundle.work / "broken.json"
    broken.write_text('{"schema_version": 1, "applicant": ', encoding="utf-8")
    done = bundle.run(["check", str(broken)])
    report.check(
        "check on a broken file exits 2 with a message and no traceback",
        done.code == 2 and bool(done.err.strip()) and TRACEBACK not in done.text,
        done.describe(),
    )

    packet = bundle.work / "packet.pdf"
    done = bundle.run(["packet", str(case), "-o", str(packet)])
    made = done.code == 0 and packet.is_file() and TRACEBACK not in done.text
    if report.check("packet case.json -o packet.pdf exits 0", made, done.describe()):
        report.check("packet.pdf starts with %PDF", packet.read_bytes()[:5] == b"%PDF-", "not a PDF header")
        try:
            import pikepdf  # the test extra; qpdf as a library, no qpdf command needed
        except ImportError:
            report.notes.append("pikepdf is not installed: the packet's structure was not checked")
        else:
            with pikepdf.open(packet) as pdf:
                found = pdf.check_pdf_syntax()  # the steps of qpdf --check
            report.check("packet.pdf passes qpdf's check (pikepdf)", not found, "; ".join(found)[:800])
    return case


def check_xcb_libraries(programs: Programs, report: Report) -> None:
    """Linux: every library the bundled xcb plugin links is in the bundle or in a base desktop system."""
    if not sys.platform.startswith("linux"):
        return
    from scripts.bundle_libs import BASE_SYSTEM, install_hint, unresolved

    problems, checked = unresolved(programs.folder)
    why = (
        f"{', '.join(map(str, problems))}; on the build machine: {install_hint(problems)}" if problems else ""
    )
    report.check(f"the xcb plugin's libraries are bundled ({checked} files checked)", not problems, why)
    report.notes.append(f"left to the system (base desktop): {', '.join(sorted(BASE_SYSTEM))}")


def gui_problems(done: Run) -> list[str]:
    lines = [line for line in done.err.splitlines() if line.strip()]
    return [line for line in lines if not any(note in line for note in OFFSCREEN_NOTES)]


def check_gui(bundle: Bundle, report: Report) -> None:
    done = bundle.run_gui()
    why = done.describe()
    if done.code is None:
        why = f"did not quit within 90 s of starting ({SMOKE_ENV} is handled in debtassist/ui/app.py); {why}"
    report.check(
        f"gui --example {EXAMPLE} shows the window and quits ({bundle.qt_platform})",
        done.code == 0 and TRACEBACK not in done.text,
        why,
    )
    problems = gui_problems(done)
    if problems:
        report.notes.append("the window's run printed: " + " | ".join(problems[:5]))


def evict_from_file_cache(folder: Path) -> bool:
    """Drop the bundle's files from the OS file cache, so that the next start reads them from disk as after a
    reboot (system libraries outside the bundle stay cached). Linux and other systems with posix_fadvise only;
    returns False where that is not possible."""
    advise = getattr(os, "posix_fadvise", None)
    dont_need = getattr(os, "POSIX_FADV_DONTNEED", None)
    if advise is None or dont_need is None:
        return False
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)  # only clean pages can be dropped
                advise(fd, 0, 0, dont_need)
            finally:
                os.close(fd)
    return True


@dataclass(frozen=True)
class Timing:
    name: str
    runs: list[float]

    def line(self) -> str:
        runs = ", ".join(f"{t:.2f}" for t in self.runs)
        return f"{self.name:<48} median {statistics.median(self.runs):.2f} s  (runs: {runs})"


def timed(
    name: str, runs: int, once: Callable[[], Run], report: Report, before: Callable[[], object] | None = None
) -> Timing | None:
    """Start the program ``runs`` times, each a fresh process (after ``before``, e.g. emptying the file cache)."""
    seconds: list[float] = []
    for _ in range(runs):
        if before is not None:
            before()
        done = once()
        if done.code != 0:
            report.check(f"timing {name}", False, done.describe())
            return None
        seconds.append(done.seconds)
    return Timing(name, seconds)


def measure(bundle: Bundle, case: Path | None, runs: int, report: Report) -> list[Timing]:
    starts: list[tuple[str, Callable[[], Run]]] = [("--version", lambda: bundle.run(["--version"]))]
    if case is not None:
        starts.append(("check case.json", lambda: bundle.run(["check", str(case)])))
    starts.append(
        (
            f"gui: window shown, then quit ({bundle.qt_platform})",
            bundle.run_gui,
        )
    )
    folder = bundle.programs.folder
    can_evict = evict_from_file_cache(folder)
    if not can_evict:
        report.notes.append(
            "this system cannot empty the file cache for one folder: cold starts not measured"
        )
    timings: list[Timing | None] = []
    for name, once in starts:
        if can_evict:
            timings.append(timed(f"{name}, cold", runs, once, report, lambda: evict_from_file_cache(folder)))
        timings.append(timed(f"{name}, warm", runs, once, report))
    return [timing for timing in timings if timing is not None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the frozen DebtAssist bundle.")
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the bundle is (default: dist/)"
    )
    parser.add_argument(
        "--in-place", action="store_true", help="test the bundle where it is instead of a copy elsewhere"
    )
    parser.add_argument("--runs", type=int, default=5, help="start-up runs to time, each (default: 5)")
    parser.add_argument(
        "--qt-platform",
        default="offscreen",
        help="Qt platform for the window (default: offscreen; e.g. xcb under xvfb-run -a, or wayland)",
    )
    args = parser.parse_args(argv)

    built = find_programs(args.dist)
    if built is None:
        print(
            f"error: no bundle in {args.dist} (expected {args.dist / APP_NAME}); build it first with "
            f"{Path(sys.executable).name} scripts/build_bundle.py",
            file=sys.stderr,
        )
        return 2
    version = read_version()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="debtassist-smoke-") as temp:
        work = Path(temp) / "work"
        work.mkdir()
        programs = built
        if not args.in_place:  # a copy in another folder: nothing may point back at the build
            copy = Path(temp) / "moved"
            copy.mkdir()
            shutil.copytree(built.folder, copy / built.folder.name, symlinks=True)
            found = find_programs(copy)
            if found is None:
                print(f"error: the copied bundle in {copy} has no program", file=sys.stderr)
                return 2
            programs = found
        print(f"testing {programs.folder}" + ("" if args.in_place else f" (a copy of {built.folder})"))
        bundle = Bundle(programs, work, args.qt_platform)
        check_contents(programs, report)
        check_xcb_libraries(programs, report)
        case = check_commands(bundle, version, report)
        check_gui(bundle, report)

        runs = max(1, args.runs)
        timings = measure(bundle, case, runs, report)

    print()
    print(
        f"start-up times, {runs} fresh processes each: cold = the bundle's files dropped from the OS file cache "
        "before every run (as after a reboot), warm = cached"
    )
    for timing in timings:
        print(f"  {timing.line()}")
    for note in report.notes:
        print(f"note: {note}")
    print()
    if report.failed:
        print(f"smoke test FAILED: {len(report.failed)} of {len(report.failed) + len(report.passed)} checks")
        for failure in report.failed:
            print(f"  - {failure}")
        return 1
    print(f"smoke test passed: {len(report.passed)} checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the one-folder desktop bundle with PyInstaller (packaging/debtassist.spec).

    .venv/bin/pip install -e '.[package]'        # PyInstaller, once
    .venv/bin/python scripts/build_bundle.py     # -> dist/DebtAssist/ (work files in build/)

Prints the bundle size (like ``du`` of dist/DebtAssist) and how long the build took; on Linux it then checks that
every library the Qt X11 plugin links was bundled (scripts/bundle_libs.py: PyInstaller collects them from the
build machine, so they must be installed there) and fails if not. Then run
scripts/smoke_bundle.py. Works the same on Linux, Windows and macOS (on macOS dist/DebtAssist.app as well).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "debtassist.spec"
APP_NAME = "DebtAssist"


def tree_size(folder: Path) -> tuple[int, int, int]:
    """(apparent bytes, bytes on disk as ``du`` counts them, number of files) of a folder; hard links once."""
    apparent = on_disk = files = 0
    seen: set[tuple[int, int]] = set()
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            stat = (Path(dirpath) / name).lstat()
            if (stat.st_dev, stat.st_ino) in seen:
                continue
            seen.add((stat.st_dev, stat.st_ino))
            files += 1
            apparent += stat.st_size
            blocks = getattr(stat, "st_blocks", None)  # not on Windows
            on_disk += blocks * 512 if blocks is not None else stat.st_size
    return apparent, on_disk, files


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def executable(dist: Path) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / APP_NAME / f"{APP_NAME}{suffix}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/DebtAssist with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default: build/)")
    parser.add_argument(
        "--no-clean",
        action="store_true",
        help="reuse PyInstaller's cache (faster rebuilds, less reproducible)",
    )
    parser.add_argument("--log-level", default="WARN", help="PyInstaller log level (default: WARN)")
    args = parser.parse_args(argv)

    if importlib.util.find_spec("PyInstaller") is None:
        print(
            f"error: PyInstaller is not installed for {sys.executable}; install it with "
            "pip install -e '.[package]'",
            file=sys.stderr,
        )
        return 2
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        "--log-level",
        args.log_level,
        *([] if args.no_clean else ["--clean"]),
        str(SPEC),
    ]
    print("$ " + " ".join(command), flush=True)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        print(f"error: PyInstaller failed (exit {done.returncode}) after {elapsed:.0f} s", file=sys.stderr)
        return 1
    bundle = args.dist / APP_NAME
    program = executable(args.dist)
    if not program.is_file():
        print(f"error: the build finished but {program} is missing", file=sys.stderr)
        return 1
    apparent, on_disk, files = tree_size(bundle)
    print()
    print(f"bundle:     {bundle}")
    print(f"program:    {program}")
    print(f"size:       {mib(on_disk)} on disk (du), {mib(apparent)} in {files} files")
    app = args.dist / f"{APP_NAME}.app"
    if app.is_dir():
        print(f"app:        {app} ({mib(tree_size(app)[1])})")
    print(f"build time: {elapsed:.1f} s")
    if sys.platform.startswith(
        "linux"
    ):  # the window needs the xcb libraries: the build machine must have them
        sys.path.insert(0, str(ROOT))
        from scripts.bundle_libs import install_hint, unresolved

        problems, checked = unresolved(bundle)
        print(
            f"xcb plugin: {checked} bundled files checked, {len(problems)} libraries neither bundled nor base"
        )
        if problems:
            print(f"error: not bundled: {', '.join(map(str, problems))}", file=sys.stderr)
            print(
                f"install them on the build machine and build again: {install_hint(problems)}",
                file=sys.stderr,
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

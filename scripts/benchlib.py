"""Shared measuring helpers for the benchmark scripts: CPU time and peak RSS of child processes, interleaved
runs, medians, ratios against baselines measured in the same run, and a table with a pass/fail per target.

CPU time is user + system time of the child (and the children it waited for), read with ``os.wait4`` so that
each run gets its own figures (``resource.getrusage(RUSAGE_CHILDREN)`` deltas give the CPU time too, but only a
running maximum for the peak RSS). Wall time is not used for any target: the machine is shared and wall time
mostly measures the neighbours. Standard library only (``os.wait4``: Linux and macOS).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    cpu: float  # seconds, user + system
    rss_mb: float  # peak resident set size


#: Runs the measured command and reports its exit code, CPU seconds and peak RSS. A small launcher, because a
#: child forked from this (large) process would report this process's size as its own peak RSS.
_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def run_child(cmd: Sequence[str], env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Run ``cmd`` to completion and return its own CPU time and peak RSS. Fails loudly on a non-zero exit."""
    done = subprocess.run(
        [sys.executable, "-S", "-c", _LAUNCHER, *cmd], capture_output=True, text=True, env=env, cwd=cwd
    )
    try:
        code, cpu, rss = done.stdout.split()
    except ValueError:
        raise RuntimeError(f"{' '.join(cmd)}: no measurement: {done.stderr[-2000:]}") from None
    if code != "0":
        raise RuntimeError(f"{' '.join(cmd)} exited {code}: {done.stderr[-2000:]}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    return Run(float(cpu), int(rss) / (1024 * 1024 if sys.platform == "darwin" else 1024))


def child_env(bytecode: bool = True, **extra: str) -> dict[str, str]:
    """The environment for measured Python children. With ``bytecode`` (the default) compiled modules are
    cached in a private folder, as in an installed app (pip and the bundle ship compiled modules), even when
    the calling shell sets PYTHONDONTWRITEBYTECODE; without it every run compiles the project's sources."""
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "debtassist-bench-pyc")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)  # this tree
    env.update(extra)
    return env


@dataclass
class Measured:
    name: str
    runs: list[Run] = field(default_factory=list)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def rss_mb(self) -> float:
        return statistics.median(r.rss_mb for r in self.runs)


def interleaved(jobs: Mapping[str, Callable[[], Run]], runs: int, warmup: int = 1) -> dict[str, Measured]:
    """Run every job ``warmup`` times, then ``runs`` rounds of one run each, in turn, so that a noisy
    neighbour slows all of them alike; report the medians."""
    for job in jobs.values():
        for _ in range(warmup):
            job()
    results = {name: Measured(name) for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            results[name].runs.append(job())
    return results


@dataclass(frozen=True)
class Target:
    label: str
    value: float | None  # None: could not be measured here (e.g. a tool not installed)
    limit: float
    unit: str  # "x" for a ratio, "s", "MB"
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "skip"
        return "pass" if self.value <= self.limit else "FAIL"


def print_medians(results: Mapping[str, Measured]) -> None:
    print(f"{'measured (median)':58} {'CPU s':>8} {'peak RSS':>10} {'runs':>5}")
    for m in results.values():
        print(f"{m.name:58} {m.cpu:8.3f} {m.rss_mb:8.0f}MB {len(m.runs):5}")


def print_targets(targets: Sequence[Target]) -> int:
    """Print the targets table; return the number of failed targets."""
    print()
    print(f"{'target':58} {'value':>9} {'limit':>9}  verdict")
    for t in targets:
        value = "—" if t.value is None else f"{t.value:.3f}{t.unit}" if t.unit != "MB" else f"{t.value:.0f}MB"
        limit = f"{t.limit:g}{t.unit}"
        print(f"{t.label:58} {value:>9} {limit:>9}  {t.verdict}{'  (' + t.note + ')' if t.note else ''}")
    return sum(t.verdict == "FAIL" for t in targets)


def which(tool: str) -> str | None:
    return shutil.which(tool)

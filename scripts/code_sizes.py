"""The largest modules and functions of the package, by lines (a measure for issue 9's refactoring).

.venv/bin/python scripts/code_sizes.py            # the working tree
.venv/bin/python scripts/code_sizes.py --rev REV  # a commit, read with git show (nothing is checked out)
"""

from __future__ import annotations

import argparse
import ast
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _sources(rev: str | None) -> dict[str, str]:
    if rev is None:
        return {
            str(p.relative_to(ROOT)): p.read_text("utf-8")
            for p in sorted((ROOT / "debtassist").rglob("*.py"))
        }
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", rev, "debtassist"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    show = ["git", "show"]
    return {
        n: subprocess.run([*show, f"{rev}:{n}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        for n in names
        if n.endswith(".py")
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    modules: list[tuple[int, str]] = []
    functions: list[tuple[int, str]] = []
    for name, text in _sources(args.rev).items():
        modules.append((len(text.splitlines()), name))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
                functions.append((node.end_lineno - node.lineno + 1, f"{name}:{node.name}"))
    print("largest modules (lines):")
    for size, name in sorted(modules, reverse=True)[: args.top]:
        print(f"  {size:5d}  {name}")
    print("largest functions (lines):")
    for size, name in sorted(functions, reverse=True)[: args.top]:
        print(f"  {size:5d}  {name}")


if __name__ == "__main__":
    main()

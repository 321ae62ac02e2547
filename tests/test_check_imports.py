"""A cold ``debtassist check`` imports what a check uses and nothing more: not the log's machinery while nothing
is logged, not platformdirs when the folders are given, not the desk's rules or the store's writers. In a
fresh process, as the command runs (this test process has imported most of them long ago)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from debtassist.examples import example_text

#: What a check of a readable case, at the default log level, with the folders set, does not import.
NOT_IMPORTED = (
    "logging",  # with traceback and threading: imported by the first record at the log's level
    "platformdirs",  # the folders come from DEBTASSIST_DATA_DIR and DEBTASSIST_LOG_DIR
    "tempfile",
    "dataclasses",  # the check's records are NamedTuples: a dataclass costs 0.3-0.6 ms to declare
    "secrets",  # with hmac, hashlib and random: the store's temp file names read os.urandom
    "hashlib",
    "debtassist.rules.deadlines",
    "debtassist.store.errors",
    "debtassist.store.library",
    "debtassist.forms",
    "debtassist.ui",
)

RUN = """
import json, sys
from debtassist.cli import main
from debtassist.i18n import catalog
code = main(sys.argv[1:])
read = catalog.cache_info().currsize  # the catalogs read (one per language)
print(json.dumps({"code": code, "modules": sorted(sys.modules), "catalogs": read}), file=sys.stderr)
"""


def cold_check(tmp_path: Path, *args: str) -> tuple[int, set[str], int]:
    env = {
        **os.environ,
        "DEBTASSIST_DATA_DIR": str(tmp_path / "data"),
        "DEBTASSIST_LOG_DIR": str(tmp_path / "log"),
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("DEBTASSIST_LOG_LEVEL", None)
    env["DEBTASSIST_LANG"] = "zh-TW"  # the command line's own language too
    done = subprocess.run(
        [sys.executable, "-c", RUN, "check", *args], capture_output=True, text=True, env=env, check=False
    )
    seen = json.loads(done.stderr.strip().splitlines()[-1])
    return seen["code"], set(seen["modules"]), seen["catalogs"]


def test_a_check_imports_neither_the_log_nor_platformdirs_nor_the_desk(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(example_text("single-cards"), encoding="utf-8")
    code, modules, catalogs = cold_check(tmp_path, str(case), "--json", "--lang", "zh-TW")
    assert code == 0
    assert catalogs == 1  # Chinese only: the county typed is found by its official name, in no other language
    assert "debtassist.rules.check" in modules  # it did check
    loaded = sorted(m for m in modules if m.split(".")[0] in NOT_IMPORTED or m.startswith(NOT_IMPORTED))
    assert loaded == []


def test_what_a_cold_check_logs_still_reaches_the_log_file(tmp_path: Path) -> None:
    """The log is set up when its first record arrives: the unreadable case's warning is written, private."""
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    code, modules, _ = cold_check(tmp_path, str(broken))
    assert code == 2
    assert "logging" in modules
    log = tmp_path / "log" / "debtassist.log"
    assert "WARNING debtassist: check: the file cannot be read as a case" in log.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert log.stat().st_mode & 0o777 == 0o600

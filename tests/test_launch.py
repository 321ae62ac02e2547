"""The ``debtassist`` entry point (debtassist.launch): the same output, exit code and log as ``cli.main``, though
it leaves without the interpreter's teardown; the collector is off only while a command starts."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtassist import launch
from debtassist.cli import EXIT_ERRORS, EXIT_PIPE_CLOSED, main
from debtassist.examples import example_text


def _command(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "debtassist", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        check=False,
        timeout=120,
    )


@pytest.fixture
def case_with_errors(tmp_path: Path) -> Path:
    doc = json.loads(example_text("single-cards"))
    doc["applicant"]["national_id"] = "A123456788"  # a bad checksum: an error finding
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_command_prints_all_of_what_main_prints_with_its_exit_code(
    case_with_errors: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(case_with_errors), "--json", "--lang", "en"]) == EXIT_ERRORS
    expected = capsys.readouterr().out
    done = _command("check", str(case_with_errors), "--json", "--lang", "en")
    assert done.returncode == EXIT_ERRORS, done.stderr
    assert done.stdout == expected  # flushed whole before the process left
    assert json.loads(done.stdout)["errors"]


def test_the_log_is_flushed_and_closed_before_the_process_leaves(
    case_with_errors: Path, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    done = _command(
        "check", str(case_with_errors), env={"DEBTASSIST_LOG_DIR": str(logs), "DEBTASSIST_LOG_LEVEL": "INFO"}
    )
    assert done.returncode == EXIT_ERRORS, done.stderr
    assert "command check" in (logs / "debtassist.log").read_text(encoding="utf-8")


def test_a_packet_written_by_the_command_is_complete(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(example_text("single-cards"), encoding="utf-8")
    out = tmp_path / "packet.pdf"
    done = _command("packet", str(case), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert str(out) in done.stdout


@pytest.fixture
def collector() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    launch._starting = False
    gc.unfreeze()
    if was_enabled:
        gc.enable()


@pytest.mark.usefixtures("collector")
def test_the_collector_is_off_while_starting_and_on_for_the_work() -> None:
    gc.enable()
    launch.begin()
    assert not gc.isenabled()
    before = gc.get_freeze_count()
    launch.loaded()
    assert gc.isenabled()
    assert gc.get_freeze_count() > before  # what start-up made is out of the collector's sight
    gc.disable()
    launch.loaded()  # once only: a second call changes nothing
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_loaded_does_nothing_in_a_process_that_did_not_begin() -> None:
    gc.disable()
    launch.loaded()  # e.g. the tests calling cli.main, or a library user
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector")
def test_the_window_runs_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import debtassist.gui_platform
    import debtassist.ui.app

    seen: list[bool] = []

    def run(example: str | None) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(debtassist.gui_platform, "window_problem", lambda: None)
    monkeypatch.setattr(debtassist.ui.app, "run", run)
    gc.enable()
    launch.begin()
    assert main(["gui"]) == 0
    assert seen == [True]


def test_a_reader_that_stops_early_is_no_unexpected_error(tmp_path: Path) -> None:
    """``debtassist check case.json | head -c 10``: the reader closes the pipe while the report is printed. That
    is not a bug: no "unexpected error" line, no traceback in the log; the exit code says the output was cut
    (120, as Python's own exit does when its output cannot be flushed)."""
    case = tmp_path / "case.json"
    case.write_text(example_text("court-private-amc"), encoding="utf-8")
    logs = tmp_path / "logs"
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line: every write meets a closed pipe
    with os.fdopen(write, "w") as out:
        done = subprocess.run(
            [sys.executable, "-m", "debtassist", "check", str(case), "--lang", "en"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8", "DEBTASSIST_LOG_DIR": str(logs)},
            check=False,
            timeout=120,
        )
    assert done.stderr == ""
    assert done.returncode == EXIT_PIPE_CLOSED
    log_text = (
        (logs / "debtassist.log").read_text(encoding="utf-8") if (logs / "debtassist.log").exists() else ""
    )
    assert "unexpected" not in log_text and "Traceback" not in log_text

"""The command's standard output and error when they fail or cannot show a character, and an interrupted command
(the second fuzz pass over the launcher, issue 8): each test here failed before its fix.

A closed pipe, a full device, a stream whose encoding lacks Chinese, Ctrl-C: an exit code of the documented set (or
130 for an interrupt), at most one line of message, never a traceback, never 70 "a bug" for what is not one.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from debtassist.cli import EXIT_ERRORS, EXIT_OK, EXIT_PIPE_CLOSED, EXIT_UNREADABLE, main
from debtassist.examples import example_text
from debtassist.launch import EXIT_INTERRUPTED
from debtassist.logs import setup_logging


class FailingStream(io.TextIOBase):
    """Standard output whose every write fails as the system would fail it."""

    def __init__(self, error: OSError) -> None:
        self.error = error

    def write(self, text: str) -> int:
        raise self.error

    def writable(self) -> bool:
        return True


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(tmp_path / "logs"))
    path = tmp_path / "case.json"
    path.write_text(example_text("single-cards"), encoding="utf-8")
    return path


def _log(tmp_path: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "logs").glob("debtassist.log*"))


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # as a user runs it: buffered
    return {**env, "PYTHONIOENCODING": "utf-8", "DEBTASSIST_LOG_DIR": str(tmp_path / "logs")}


# -- standard output that cannot be written ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["check"], ["check", "--json"], ["deadlines"], ["deadlines", "--json"], ["example"]]
)
def test_a_closed_pipe_ends_the_command_quietly_not_as_a_bug(
    case: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    monkeypatch.setattr(sys, "stdout", FailingStream(BrokenPipeError(errno.EPIPE, "Broken pipe")))
    args = ["example", "single-cards"] if argv == ["example"] else [argv[0], str(case), *argv[1:]]
    assert main(args) == EXIT_PIPE_CLOSED  # was 70, "an unexpected error"
    assert capsys.readouterr().err == ""  # the reader chose to stop reading: nothing to say
    assert "unexpected" not in _log(tmp_path)


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_a_full_device_is_one_line_naming_the_reason(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    monkeypatch.setattr(sys, "stdout", FailingStream(OSError(errno.ENOSPC, "No space left on device")))
    assert main(["check", str(case), "--json", "--lang", lang]) == EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "No space left on device" in err, err
    assert ("無法" if lang == "zh-TW" else "Could not") in err
    assert "unexpected" not in _log(tmp_path) and "Traceback" not in err


def test_output_that_fails_only_when_flushed_is_not_lost_silently(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class FailsOnFlush(io.StringIO):
        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sys, "stdout", FailsOnFlush())
    assert main(["check", str(case), "--lang", "en"]) == EXIT_UNREADABLE  # was 0: the report never arrived
    assert "No space left on device" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("argv", [["check", "--json"], ["check"], ["--version"]])
def test_the_command_writing_to_a_full_device(case: Path, tmp_path: Path, argv: list[str]) -> None:
    args = [argv[0], str(case), *argv[1:], "--lang", "en"] if argv[0] == "check" else argv
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "debtassist", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(tmp_path),
            check=False,
            timeout=120,
        )
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) <= 1, done.stderr
    if argv[0] == "check":  # was 70 (the large JSON) or 120 without a word (the report, written at exit)
        assert done.returncode == EXIT_UNREADABLE and "No space left on device" in done.stderr, done.stderr
    else:  # argparse's own output: Python's code for a failed flush at exit, without its "Exception ignored"
        assert done.returncode not in (EXIT_OK, EXIT_ERRORS, 70)


def test_the_command_piped_to_a_reader_that_closes(case: Path, tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "debtassist", "check", str(case), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(tmp_path),
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # `| head -c 0`: gone before the command writes
        err = proc.stderr.read().decode("utf-8")
        code = proc.wait(timeout=120)
    assert err == "" and code == EXIT_PIPE_CLOSED  # was 70 with the "unexpected error" line
    assert "unexpected" not in _log(tmp_path)


# -- an interrupted command (Ctrl-C) ----------------------------------------------------------------------------


def test_an_interrupt_is_one_line_and_exit_130(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import debtassist.rules.check

    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(debtassist.rules.check, "check_case", interrupted)
    assert main(["check", str(case), "--lang", "en"]) == EXIT_INTERRUPTED  # was a KeyboardInterrupt traceback
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Interrupted" in err
    assert "unexpected" not in _log(tmp_path)


@pytest.mark.parametrize("where", ["command", "start-up"])
def test_ctrl_c_in_a_real_process_is_no_traceback(case: Path, tmp_path: Path, where: str) -> None:
    # SIGINT delivered by the process to itself, in the command or while the command line is being imported.
    code = (
        "import os, signal, sys\n"
        + (
            "import debtassist.rules.check as rules\n"
            "def boom(*a, **k):\n    os.kill(os.getpid(), signal.SIGINT)\n"
            "rules.check_case = boom\n"
            if where == "command"
            else "import builtins\nreal = builtins.__import__\n"
            "def imp(name, *a, **k):\n"
            "    if name == 'debtassist.cli':\n        os.kill(os.getpid(), signal.SIGINT)\n"
            "    return real(name, *a, **k)\n"
            "builtins.__import__ = imp\n"
        )
        + f"from debtassist.launch import run\nrun(['check', {str(case)!r}, '--lang', 'en'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        check=False,
        timeout=120,
    )
    assert done.returncode == EXIT_INTERRUPTED, done.stderr[-800:]
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) <= 1, done.stderr


# -- a log that cannot be written -------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_log_on_a_full_disk_stays_silent(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logs = tmp_path / "full-logs"
    logs.mkdir(mode=0o700)
    (logs / "debtassist.log").symlink_to("/dev/full")  # every write: ENOSPC, as on a full disk
    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(logs))
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["--log-level", "INFO", "check", str(bad), "--lang", "en"]) == EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err, err  # was two tracebacks of logging's own
    assert len(err.strip().splitlines()) == 1  # the command's own message only
    setup_logging()  # the full log closed again (as a second command in one process does): no error either


# -- a stream whose encoding lacks characters -------------------------------------------------------------------


def _stream(encoding: str, errors: str = "strict") -> io.TextIOWrapper:
    # As Python opens standard output redirected to a file on Windows (the ANSI code page, strict errors), or
    # under a C locale with its UTF-8 mode turned off (ASCII, surrogateescape).
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors=errors)


def _written(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue()


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "cp950"])
@pytest.mark.parametrize("command", ["check", "deadlines"])
def test_json_on_a_narrow_encoding_is_the_same_data_in_ascii(
    case: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    encoding: str,
    command: str,
) -> None:
    argv = [
        command,
        str(case),
        "--json",
        "--lang",
        "zh-TW",
        *(["--today", "2026-12-01"] if command == "deadlines" else []),
    ]
    main(argv)
    expected = json.loads(capsys.readouterr().out)
    stream = _stream(encoding)
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(argv) in (EXIT_OK, EXIT_ERRORS)  # was 70: UnicodeEncodeError
    data = _written(stream)
    assert json.loads(data.decode("ascii")) == expected  # every character kept, as a JSON escape


@pytest.mark.parametrize(
    ("encoding", "errors"), [("cp1252", "strict"), ("ascii", "surrogateescape"), ("cp950", "strict")]
)
def test_the_report_on_a_narrow_encoding_escapes_what_it_cannot_show(
    case: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    encoding: str,
    errors: str,
) -> None:
    code = main(["check", str(case), "--lang", "zh-TW"])
    expected = capsys.readouterr().out
    stream = _stream(encoding, errors)
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["check", str(case), "--lang", "zh-TW"]) == code  # was 70: UnicodeEncodeError
    text = _written(stream).decode(encoding)
    assert "\\u" in text  # a character the encoding lacks (✓ in all three), as backslashreplace writes it
    unescaped = text.encode("ascii", "backslashreplace").decode("unicode_escape")
    assert unescaped == expected  # nothing lost: every character there, shown or escaped

"""Defects found by fuzzing and fault injection (issue 8): each test here failed before its fix.

Loader bounds (nesting depth, amounts), the command line's answer to an unexpected error, files that are not
regular files, control and bidirectional characters in what the faces print, and the log file's permissions.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtassist.cli import EXIT_INTERNAL, main
from debtassist.examples import example_text
from debtassist.model.codec import CaseLoadError, case_from_document, case_from_json, load_case_file
from debtassist.model.limits import MAX_AMOUNT, MAX_DEPTH
from debtassist.rules import validators
from debtassist.rules.safe_text import UNSAFE_CHARS, display_text, file_name_text, json_text

GOOD = json.loads(example_text("single-cards"))


def nested_text(version: int, depth: int) -> str:
    """The example with ``notes`` replaced by lists nested ``depth`` deep (the whole file is one level more)."""
    doc = json.loads(json.dumps(GOOD))
    doc["schema_version"] = version
    doc["notes"] = "@@"
    return json.dumps(doc, ensure_ascii=False).replace('"@@"', "[" * depth + "]" * depth)


def with_principal(value: int) -> str:
    doc = json.loads(json.dumps(GOOD))
    doc["creditors"][0]["principal"] = value
    return json.dumps(doc, ensure_ascii=False)


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "debtassist.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=timeout,
    )


# -- 1. nesting depth ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("version", "depth"), [(0, 900), (1, 990), (1, 200), (0, MAX_DEPTH)])
def test_a_deeply_nested_file_is_a_load_error_in_both_languages(version: int, depth: int) -> None:
    with pytest.raises(CaseLoadError) as caught:
        case_from_json(nested_text(version, depth))
    assert caught.value.kind == "too_deep"
    assert str(MAX_DEPTH) in caught.value.message("en") and "nested" in caught.value.message("en")
    assert str(MAX_DEPTH) in caught.value.message("zh-TW") and "層" in caught.value.message("zh-TW")


def test_a_document_just_inside_the_depth_limit_is_judged_on_its_content() -> None:
    # notes at depth 1 of the file, so the file is MAX_DEPTH deep: not refused for its depth (notes must be text).
    with pytest.raises(CaseLoadError) as caught:
        case_from_json(nested_text(1, MAX_DEPTH - 1))
    assert caught.value.kind == "invalid"


def test_an_already_decoded_deep_document_is_refused_too() -> None:
    doc: object = []
    for _ in range(5000):
        doc = [doc]
    with pytest.raises(CaseLoadError) as caught:
        case_from_document({"schema_version": 0, "notes": doc})
    assert caught.value.kind == "too_deep"


@pytest.mark.parametrize("command", ["check", "packet"])
@pytest.mark.parametrize(("version", "depth"), [(0, 900), (1, 990)])
def test_cli_on_a_deeply_nested_file_exits_2_without_a_traceback(
    tmp_path: Path, command: str, version: int, depth: int
) -> None:
    path = tmp_path / "deep.json"
    path.write_text(nested_text(version, depth), encoding="utf-8")
    extra = ["-o", str(tmp_path / "out.pdf")] if command == "packet" else []
    done = run_cli(command, str(path), *extra, "--lang", "en")
    assert done.returncode == 2, done.stderr[-600:]
    assert "Traceback" not in done.stdout + done.stderr
    assert "nested" in done.stderr
    assert not (tmp_path / "out.pdf").exists()


# -- 2. amounts beyond the validators' maximum ------------------------------------------------------------------


def test_the_model_and_the_validators_read_one_maximum() -> None:
    assert validators.MAX_AMOUNT == MAX_AMOUNT
    assert validators.parse_amount(str(MAX_AMOUNT)) == MAX_AMOUNT
    with pytest.raises(validators.InputError):
        validators.parse_amount(str(MAX_AMOUNT + 1))


@pytest.mark.parametrize("value", [10**400, -(10**400), MAX_AMOUNT + 1, -(MAX_AMOUNT + 1)])
def test_an_amount_beyond_the_maximum_is_a_load_error_naming_the_field(value: int) -> None:
    with pytest.raises(CaseLoadError) as caught:
        case_from_json(with_principal(value))
    error = caught.value
    assert error.kind == "invalid"
    for lang in ("zh-TW", "en"):
        assert "creditors[0].principal" in error.message(lang)
        assert f"{MAX_AMOUNT:,}" in error.message(lang)


@pytest.mark.parametrize("value", [MAX_AMOUNT, -MAX_AMOUNT, 0])
def test_amounts_up_to_the_maximum_load(value: int) -> None:
    case, _ = case_from_json(with_principal(value))
    assert case.creditors[0].principal == value


@pytest.mark.parametrize("command", ["check", "packet"])
def test_cli_on_a_huge_amount_exits_2_without_a_traceback(tmp_path: Path, command: str) -> None:
    path = tmp_path / "huge.json"
    path.write_text(with_principal(10**400), encoding="utf-8")
    extra = ["-o", str(tmp_path / "out.pdf")] if command == "packet" else []
    done = run_cli(command, str(path), *extra, "--lang", "en")
    assert done.returncode == 2, done.stderr[-600:]
    assert "Traceback" not in done.stdout + done.stderr
    assert "creditors[0].principal" in done.stderr


def test_check_json_on_a_huge_amount_reports_the_load_error(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(with_principal(10**400), encoding="utf-8")
    done = run_cli("check", str(path), "--json", "--lang", "zh-TW")
    assert done.returncode == 2
    report = json.loads(done.stdout)
    assert report["error"] == "invalid" and "creditors[0].principal" in report["message"]


# -- 3. an unexpected error in a command ----------------------------------------------------------------------


def _log_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in folder.glob("debtassist.log*"))


@pytest.mark.parametrize("command", ["check", "check-json", "packet"])
def test_an_unexpected_error_prints_one_line_naming_the_log_and_exits_internal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    import debtassist.forms.packet
    import debtassist.rules.check

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("injected fault for 林怡君 A123456789 1,234,567")

    logs = tmp_path / "logs"
    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(logs))
    case = tmp_path / "case.json"
    case.write_text(example_text("single-cards"), encoding="utf-8")
    if command == "packet":
        monkeypatch.setattr(debtassist.forms.packet, "build_packet", broken)
        argv = ["packet", str(case), "-o", str(tmp_path / "p.pdf"), "--lang", "en"]
    else:
        monkeypatch.setattr(debtassist.rules.check, "check_case", broken)
        argv = ["check", str(case), "--lang", "en", *(["--json"] if command == "check-json" else [])]
    assert main(argv) == EXIT_INTERNAL
    out, err = capsys.readouterr()
    assert EXIT_INTERNAL not in (0, 1, 2)
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert str(logs / "debtassist.log") in err
    assert "Traceback" not in err and "injected" not in err
    logged = _log_text(logs)
    assert "Traceback" in logged and "RuntimeError" in logged
    # The exception's text may hold personal data: the log keeps its type and where it happened, not its words.
    for personal in ("林怡君", "A123456789", "1,234,567", "injected fault"):
        assert personal not in logged


def test_an_unexpected_error_without_a_usable_log_folder_still_prints_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import debtassist.rules.check

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(blocker / "logs"))
    monkeypatch.setattr(debtassist.rules.check, "check_case", lambda *a, **k: 1 / 0)
    case = tmp_path / "case.json"
    case.write_text(example_text("single-cards"), encoding="utf-8")
    assert main(["check", str(case), "--lang", "zh-TW"]) == EXIT_INTERNAL
    _out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_an_unexpected_error_in_a_real_process_exits_internal(tmp_path: Path) -> None:
    # A fault injected into a real run: a sitecustomize-free way is a case whose living-expense table is broken.
    logs = tmp_path / "logs"
    code = (
        "import sys, debtassist.cli as cli, debtassist.rules.check as rules\n"
        "def boom(*a, **k):\n    raise MemoryError()\n"
        "rules.check_case = boom\n"
        f"sys.exit(cli.main(['check', {str(tmp_path / 'case.json')!r}]))\n"
    )
    (tmp_path / "case.json").write_text(example_text("single-cards"), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "DEBTASSIST_LOG_DIR": str(logs)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False, timeout=120
    )
    assert done.returncode == EXIT_INTERNAL, done.stderr[-800:]
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "MemoryError" in _log_text(logs)


# -- 12. files that are not regular files -----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_check_on_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    done = run_cli("check", str(fifo), "--lang", "en", timeout=60)  # blocked forever before the fix
    assert done.returncode == 2
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_the_loader_and_import_refuse_a_fifo_and_a_folder(tmp_path: Path) -> None:
    from debtassist.store.errors import ImportFailedError
    from debtassist.store.library import CaseLibrary

    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    library = CaseLibrary(tmp_path / "data")
    for path in (fifo, folder):
        with pytest.raises(CaseLoadError) as caught:
            load_case_file(path)
        assert caught.value.kind == "not_regular"
        assert caught.value.message("zh-TW") and str(path) in caught.value.message("en")
        with pytest.raises(ImportFailedError) as imported:
            library.import_case(path)
        assert imported.value.load_error.kind == "not_regular"
    assert library.list_cases() == []


# -- 7. control and bidirectional characters --------------------------------------------------------------------

NASTY = "林\u202eA\u0000B\x1b[31mC\u200fD\u2066E\u061cF\x85G\x7fH\u0007"


def test_display_text_strips_every_listed_character_and_nothing_else() -> None:
    listed = (
        [chr(c) for c in range(0x00, 0x20)]
        + [chr(c) for c in range(0x7F, 0xA0)]
        + ["\u200e", "\u200f", "\u061c"]
        + [chr(c) for c in range(0x202A, 0x202F)]
        + [chr(c) for c in range(0x2066, 0x206A)]
    )
    assert set(listed) == set(UNSAFE_CHARS)
    assert display_text("".join(listed)) == ""
    assert display_text(NASTY) == "林AB[31mCDEFGH"
    assert display_text("王小明 😀𠮷 ＡＢＣ\u200d") == "王小明 😀𠮷 ＡＢＣ\u200d"  # ZWJ stays: emoji need it
    assert display_text("line one\nline two", keep="\n") == "line one\nline two"


def test_file_names_and_json_text() -> None:
    assert file_name_text('林\u202e/A:B*?"<>|\x00') == "林 A B"
    assert file_name_text("\u202e\u200f") == ""
    escaped = json_text(json.dumps({"name": NASTY}, ensure_ascii=False))
    assert json.loads(escaped) == {"name": NASTY}  # the data is kept exactly, only written as escapes
    assert not set(escaped) & set(UNSAFE_CHARS)


def test_the_export_file_name_offered_has_no_control_characters() -> None:
    from debtassist.rules.filenames import suggested_name

    assert suggested_name("林\u202egpj.exe\x1b", None, "", "debtassist.json") == "林 gpj.exe.debtassist.json"


def _nasty_case(tmp_path: Path) -> Path:
    doc = json.loads(example_text("single-cards"))
    doc["applicant"]["name"] = "林\u202e怡君\x1b[2J"
    for creditor in doc["creditors"]:  # the largest creditor, named in the report
        if creditor["name"].startswith("台新"):
            creditor["name"] = "台新\u2066甲\x9b31m"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_terminal_output_carries_no_control_or_bidi_characters(tmp_path: Path) -> None:
    path = _nasty_case(tmp_path)
    for args in (["check", str(path)], ["check", str(path), "--json"]):
        done = run_cli(*args, "--lang", "zh-TW")
        assert done.returncode in (0, 1), done.stderr[-500:]
        text = done.stdout + done.stderr
        assert not set(text) & (set(UNSAFE_CHARS) - {"\n"}), args
    human = run_cli("check", str(path), "--lang", "zh-TW").stdout
    assert "台新甲31m" in human  # the largest creditor's name, shown without its controls
    # JSON keeps the data exactly, written with escapes: here a file name with an override in it.
    odd = tmp_path / "ca\u202ese\x1b.json"  # not there: the message names it
    done = run_cli("check", str(odd), "--json")
    assert done.returncode == 2 and not set(done.stdout) & (set(UNSAFE_CHARS) - {"\n"})
    assert str(odd) in json.loads(done.stdout)["message"]


def test_the_pdf_title_carries_no_control_or_bidi_characters(tmp_path: Path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    path = _nasty_case(tmp_path)
    out = tmp_path / "p.pdf"
    done = run_cli("packet", str(path), "-o", str(out), "--draft")
    assert done.returncode in (0, 1), done.stderr[-500:]
    with pikepdf.open(out) as pdf:
        title = str(pdf.docinfo["/Title"])
    assert title.startswith("林怡君[2J")
    assert not set(title) & set(UNSAFE_CHARS)
    # The case itself keeps what the user typed.
    assert json.loads(path.read_text(encoding="utf-8"))["applicant"]["name"] == "林\u202e怡君\x1b[2J"


# -- 8. the log file's permissions ----------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_log_file_is_private_even_with_an_open_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from debtassist.logs import log, setup_logging

    monkeypatch.setenv("DEBTASSIST_LOG_DIR", str(tmp_path / "logs"))
    old = os.umask(0o022)
    try:
        path = setup_logging("INFO")
        assert path is not None
        log.info("hello")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        handler: Any = getattr(log.handlers[0], "file", None)  # the rotating file, opened by the first record
        assert hasattr(handler, "doRollover")
        handler.doRollover()  # a rotated-in file is private too
        log.info("after rotation")
        for file in path.parent.glob("debtassist.log*"):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        # A log left world-readable by an older version is made private.
        path.chmod(0o644)
        setup_logging("INFO")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)
        setup_logging("WARNING")
        for handler in list(log.handlers):
            log.removeHandler(handler)
            handler.close()


# -- the loader, fuzzed with what broke it ------------------------------------------------------------------------

_leaf = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**12 - 3, max_value=10**12 + 3)
    | st.integers(min_value=10**15, max_value=10**500)
    | st.integers(max_value=-(10**15), min_value=-(10**500))
    | st.text(max_size=10)
)


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    version=st.sampled_from([0, 1]),
    key=st.sampled_from(["notes", "applicant", "creditors", "assets", "route", "x"]),
    value=st.one_of(
        st.recursive(
            _leaf, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3)
        ),
        st.integers(min_value=1, max_value=3000).map(lambda n: {"__deep__": n}),
    ),
    money=st.sampled_from(["principal", "interest_fees", "secured_coverage"]),
    amount=_leaf,
)
def test_the_loader_fuzzed_with_depth_and_huge_integers_raises_only_its_own_error(
    version: int, key: str, value: object, money: str, amount: object
) -> None:
    doc = json.loads(json.dumps(GOOD))
    doc["schema_version"] = version
    doc["creditors"][0][money] = amount
    text = json.dumps({**doc, key: "@@" if isinstance(value, dict) and "__deep__" in value else value})
    if isinstance(value, dict) and "__deep__" in value:
        text = text.replace('"@@"', _deep(int(value["__deep__"])))
    try:
        case, _ = case_from_json(text)
    except CaseLoadError as error:
        assert error.message("zh-TW") and error.message("en")
        return
    # Whatever loads can be checked: no OverflowError, no RecursionError downstream.
    from debtassist.reference.living_expense import load_living_expense_table
    from debtassist.rules.check import check_case

    report = check_case(case, load_living_expense_table(None))
    assert report.figures is not None

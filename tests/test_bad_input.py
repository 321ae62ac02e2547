"""The bad-input matrix: every kind of wrong input gets a clear message in both languages, a way forward, and
nothing already saved is lost."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtassist.examples import example_text
from debtassist.model.codec import CaseLoadError, case_from_json
from debtassist.store.library import CaseLibrary

GOOD = json.loads(example_text("single-cards"))


def variant(**changes: object) -> str:
    doc = json.loads(json.dumps(GOOD))
    for path, value in changes.items():
        node = doc
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        last = keys[-1]
        node[int(last) if last.isdigit() else last] = value
    return json.dumps(doc, ensure_ascii=False)


# (name, file text, expected exit code, a code or text the report must contain)
MATRIX = [
    ("wrong ID checksum", variant(applicant__national_id="F223456787"), 1, "ID_CHECKSUM"),
    ("ID of the wrong shape", variant(applicant__national_id="12345"), 1, "ID_FORMAT"),
    ("negative amount", variant(creditors__0__principal=-1), 1, "AMOUNT_NEGATIVE"),
    ("absurd amount", variant(creditors__0__principal=9_000_000_000), 0, "AMOUNT_IMPLAUSIBLE"),
    ("amount with cents", variant(creditors__0__principal=12.5), 2, "whole number"),
    ("amount as text", variant(creditors__0__principal="十萬"), 2, "whole number"),
    ("impossible date", variant(filing_date="2026-02-30"), 2, "YYYY-MM-DD"),
    ("ROC date in the file", variant(filing_date="115/12/07"), 2, "YYYY-MM-DD"),
    ("birth date in the future", variant(applicant__birth_date="2090-01-01"), 1, "DATE_IN_FUTURE"),
    ("empty required name", variant(applicant__name=""), 1, "REQUIRED"),
    ("very long text", variant(applicant__registered_address="臺北市" * 3000), 0, ""),
    ("emoji and rare characters", variant(applicant__name="林怡君😀𠮷"), 0, ""),
    ("unknown route", variant(route="bankruptcy"), 2, "allowed"),
    ("truncated file", json.dumps(GOOD, ensure_ascii=False)[:400], 2, "not valid JSON"),
    ("not JSON", "this is not a case", 2, "not valid JSON"),
    ("wrong shape", "[1, 2, 3]", 2, "not a DebtAssist case file"),
    ("newer schema", variant(schema_version=99), 2, "newer DebtAssist"),
]


def run_check(path: Path, lang: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "debtassist.cli", "check", str(path), "--json", "--lang", lang],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(("name", "text", "code", "expected"), MATRIX, ids=[m[0] for m in MATRIX])
def test_cli_matrix(tmp_path: Path, name: str, text: str, code: int, expected: str) -> None:
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for lang in ("zh-TW", "en"):
        done = run_check(path, lang)
        assert done.returncode == code, (name, done.stdout[-500:], done.stderr[-500:])
        assert "Traceback" not in done.stdout + done.stderr
        report = json.loads(done.stdout)
        if code == 2:
            assert report["message"]
            if lang == "en":
                assert expected in report["message"]
        else:
            codes = {item["code"] for key in ("errors", "warnings", "notes") for item in report[key]}
            if expected:
                assert expected in codes
            messages = [item["message"] for key in ("errors", "warnings") for item in report[key]]
            assert all(messages)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # checking never changes the file


def test_importing_bad_files_changes_nothing_in_the_library(tmp_path: Path) -> None:
    library = CaseLibrary(tmp_path / "data")
    case_id = library.create(case_from_json(example_text("single-cards"))[0])
    saved = library.layout.case_file(case_id).read_bytes()
    for name, text, code, _ in MATRIX:
        if code != 2:
            continue
        source = tmp_path / f"{abs(hash(name))}.json"
        source.write_text(text, encoding="utf-8")
        with pytest.raises(Exception) as caught:
            library.import_case(source)
        assert hasattr(caught.value, "message") and caught.value.message("zh-TW")
    assert [s.case_id for s in library.list_cases()] == [case_id]
    assert library.layout.case_file(case_id).read_bytes() == saved


FUZZ_EXAMPLES = 3000


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
            lambda c: st.lists(c, max_size=5) | st.dictionaries(st.text(max_size=15), c, max_size=5),
            max_leaves=30,
        ).map(lambda v: json.dumps({"schema_version": 1, "applicant": v, "creditors": [v]}).encode()),
    )
)
def test_the_loader_fuzzed_raises_only_its_own_error(data: bytes) -> None:
    try:
        case_from_json(data)
    except CaseLoadError as error:
        assert error.message("zh-TW") and error.message("en")


def test_a_protected_case_file_is_recognised_by_the_cli(tmp_path: Path) -> None:
    from debtassist.store import crypto

    path = tmp_path / "protected.json"
    path.write_bytes(crypto.encrypt(example_text("single-cards").encode(), "a long passphrase", "example"))
    for lang, words in (("en", "protected with a passphrase"), ("zh-TW", "受密碼保護")):
        done = run_check(path, lang)
        assert done.returncode == 2
        assert words in json.loads(done.stdout)["message"]


def test_importing_with_another_passphrase_imports_nothing(tmp_path: Path) -> None:
    from debtassist.store import crypto
    from debtassist.store.errors import WrongPassphraseError

    path = tmp_path / "protected.json"
    case = case_from_json(example_text("single-cards"))[0]
    path.write_bytes(crypto.encrypt(example_text("single-cards").encode(), "the right one", case.case_id))
    library = CaseLibrary(tmp_path / "data")
    with pytest.raises(WrongPassphraseError) as caught:
        library.import_case(path, passphrase="another one")
    assert caught.value.message("zh-TW") and caught.value.message("en")
    assert library.list_cases() == []

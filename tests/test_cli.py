"""The command line as users and scripts drive it: exit codes, JSON keys, both languages."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from debtassist import __version__
from debtassist.cli import main
from debtassist.examples import EXAMPLES

FIGURE_KEYS = {
    "total_assets",
    "total_debt",
    "unsecured_debt",
    "secured_debt",
    "financial_institution_debt",
    "largest_creditor",
    "monthly_income",
    "debtor_necessary_expense",
    "dependents_expense",
    "disposable_income",
    "living_expense_area",
    "living_expense_year",
    "minimum_living_expense",
    "consumer_eligible",
    "rehabilitation_ceiling_ok",
    "plan_scenarios",
}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "debtassist.cli", *args], capture_output=True, text=True, env=env, check=False
    )


def test_version_as_a_real_command() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"debtassist {__version__}"


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_then_check_json(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{name}.json"
    assert main(["example", name, "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["check", str(out), "--json", "--lang", "en"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) >= {
        "schema_version",
        "route",
        "errors",
        "warnings",
        "notes",
        "attachments",
        "missing_attachments",
        "figures",
    }
    assert report["errors"] == []
    assert set(report["figures"]) >= FIGURE_KEYS
    for item in report["warnings"] + report["notes"]:
        assert set(item) == {"path", "code", "rule", "message"}
    for item in report["attachments"]:
        assert {"id", "title", "required", "status", "problem"} <= set(item)
    for scenario in report["figures"]["plan_scenarios"]:
        assert set(scenario) == {"months", "annual_rate", "monthly_payment", "affordable"}
    assert set(report["missing_attachments"]) == {
        a["id"] for a in report["attachments"] if a["required"] and a["problem"] is not None
    }


def test_check_exit_1_with_errors_listed_in_chosen_language(tmp_path: Path) -> None:
    case = tmp_path / "bad.json"
    case.write_text(
        json.dumps(
            {"schema_version": 1, "route": "bank_negotiation", "applicant": {"national_id": "A123456788"}}
        ),
        encoding="utf-8",
    )
    zh = run_cli("check", str(case), "--lang", "zh-TW")
    assert zh.returncode == 1
    assert "檢查碼不符" in zh.stdout
    en = run_cli("check", str(case), "--json", "--lang", "en")
    assert en.returncode == 1
    codes = {e["code"] for e in json.loads(en.stdout)["errors"]}
    assert {"ID_CHECKSUM", "NO_CREDITORS", "REQUIRED", "BUSINESS_UNANSWERED"} <= codes


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"schema_version": 42}',
        '["a list"]',
        '{"schema_version": 1, "creditors": [{"principal": -1.5}]}',
    ],
)
def test_check_exit_2_for_unreadable_files_without_traceback(tmp_path: Path, content: str) -> None:
    case = tmp_path / "case.json"
    case.write_text(content, encoding="utf-8")
    for lang in ("zh-TW", "en"):
        done = run_cli("check", str(case), "--lang", lang)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr + done.stdout
        assert done.stderr.strip()
    done = run_cli("check", str(case), "--json")
    assert done.returncode == 2
    assert set(json.loads(done.stdout)) == {"error", "message"}


def test_check_missing_file_exit_2(tmp_path: Path) -> None:
    done = run_cli("check", str(tmp_path / "missing.json"), "--lang", "en")
    assert done.returncode == 2
    assert "File not found" in done.stderr


@pytest.mark.parametrize(
    ("lang", "words"), [("zh-TW", "檔案名稱或資料夾路徑太長"), ("en", "path is too long")]
)
def test_a_file_that_cannot_be_read_is_explained_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    # A real ENAMETOOLONG (600 bytes of name): the reason from the catalog, not the system's English text.
    assert main(["check", str(tmp_path / ("案" * 200 + ".json")), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert words in err and "File name too long" not in err


def test_negative_amount_is_an_error_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads((Path(__file__).parents[1] / "resources/examples/single-cards.json").read_text("utf-8"))
    doc["creditors"][0]["principal"] = -5000
    case = tmp_path / "neg.json"
    case.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(case), "--json", "--lang", "zh-TW"]) == 1
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert [e["path"] for e in errors if e["code"] == "AMOUNT_NEGATIVE"] == ["creditors[0].principal"]


@pytest.mark.parametrize("command", ["example", "packet"])
def test_a_file_that_cannot_be_written_is_explained_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """A name longer than the file system allows (a real ENAMETOOLONG): the reason in Chinese, not the system's
    English "File name too long"."""
    monkeypatch.setenv("DEBTASSIST_LANG", "zh-TW")
    case = tmp_path / "case.json"
    assert main(["example", "single-cards", "-o", str(case)]) == 0
    capsys.readouterr()
    too_long = str(tmp_path / ("案" * 200 + ".pdf"))  # 600 bytes in UTF-8: over every common limit (255)
    args = ["example", "single-cards"] if command == "example" else ["packet", str(case)]
    assert main([*args, "-o", too_long]) == 2
    err = capsys.readouterr().err
    assert "檔案名稱或資料夾路徑太長" in err and os.strerror(errno.ENAMETOOLONG) not in err


def test_example_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "nobody"]) == 2
    assert "single-cards" in capsys.readouterr().err


def test_example_to_stdout_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "--list"]) == 0
    assert capsys.readouterr().out.split() == list(EXAMPLES)
    assert main(["example", "parent-mortgage"]) == 0
    assert json.loads(capsys.readouterr().out)["applicant"]["name"] == "陳志明"


def test_text_report_shows_figures_with_their_reasons(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "c.json"
    main(["example", "single-cards", "-o", str(out)])
    capsys.readouterr()
    assert main(["check", str(out), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Disposable monthly income: 14,700" in text
    assert "36,000 − own necessary expenses 21,300" in text
    assert "Largest creditor institution: 台新國際商業銀行" in text


def test_user_reference_table_is_used(
    tmp_path: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A social worker enters the 2025 figure for Taipei in their own table; a 2025 case then uses it.
    from debtassist.reference.living_expense import save_user_figure

    save_user_figure(private_data_dir / "reference", "TPE", 2025, 20379, "臺北市社會局公告", "")
    doc = json.loads((Path(__file__).parents[1] / "resources/examples/single-cards.json").read_text("utf-8"))
    doc["filing_date"] = "2025-06-02"
    doc["applicant"]["residence_county"] = "臺北市"
    doc["living_expense"] = None
    doc["attachments"] = {}
    case = tmp_path / "c.json"
    case.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    main(["check", str(case), "--json", "--lang", "en"])
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert figures["minimum_living_expense"] == 20379
    assert figures["living_expense_status"] == "user"
    assert figures["debtor_necessary_expense"] == 24455  # 20379 × 1.2 = 24454.8


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_help_speaks_the_users_language_also_in_argparses_own_words(
    lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The usage prefix, the section titles and the -h/--version lines are argparse's own English unless the
    command says them; a zh-TW help had 「show this help message and exit」 in the middle of Chinese."""
    from debtassist.i18n import tr

    monkeypatch.setenv("DEBTASSIST_LANG", lang)
    for argv in (["--help"], ["check", "--help"], ["packet", "--help"], ["deadlines", "--help"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0
        text = capsys.readouterr().out
        assert text.startswith(tr("cli.words.usage", lang))
        assert tr("cli.words.help", lang) in text and f"{tr('cli.words.options', lang)}:" in text
        if lang == "zh-TW":
            assert "show this help" not in text and "usage:" not in text and "options:" not in text
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert tr("cli.words.file", lang) in capsys.readouterr().out


def test_help_is_wrapped_to_the_terminal_width() -> None:
    """The help formatter asks the terminal's width when it writes help (not when arguments are declared)."""

    def help_lines(columns: int) -> list[str]:
        env = {**os.environ, "COLUMNS": str(columns), "DEBTASSIST_LANG": "en", "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run(
            [sys.executable, "-m", "debtassist", "packet", "--help"], capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    narrow, wide = help_lines(50), help_lines(200)
    assert len(narrow) > len(wide)
    assert max(len(line) for line in narrow if "{" not in line) <= 50  # a list of choices is one word
    assert max(len(line) for line in wide) > 100

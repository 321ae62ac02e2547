"""ReportLab runs ``~/.reportlab_mods`` and ``~/.reportlab_settings`` when it is imported; its loader stops only
for a missing file. With HOME a file (or those names a folder) every PDF command ended in exit 70 (second fuzz
pass, issue 8): the app reads neither — its PDFs do not depend on a user's ReportLab settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from debtassist.examples import example_text


@pytest.mark.parametrize("home", ["a file", "mods a folder", "settings set"])
def test_the_packet_does_not_read_reportlab_files_in_home(tmp_path: Path, home: str) -> None:
    case = tmp_path / "case.json"
    case.write_text(example_text("single-cards"), encoding="utf-8")
    folder = tmp_path / "home"
    if home == "a file":
        folder.write_text("not a folder", encoding="utf-8")
    elif home == "mods a folder":
        folder.mkdir()
        (folder / ".reportlab_mods").mkdir()
    else:
        folder.mkdir()
        code = f"open({str(tmp_path / 'ran')!r}, 'w').close()\n"
        (folder / ".reportlab_settings").write_text(code, encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(folder),
        "PYTHONIOENCODING": "utf-8",
        "DEBTASSIST_LOG_DIR": str(tmp_path / "logs"),
        "DEBTASSIST_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "debtassist",
            "packet",
            str(case),
            "-o",
            str(tmp_path / "p.pdf"),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr  # was 70 (NotADirectoryError, IsADirectoryError)
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF-")
    assert not (tmp_path / "ran").exists()  # the user's ReportLab settings were not run

"""The suite runs as on a fresh machine (``tests/fresh_machine.py``): the qpdf and poppler commands and the system
fonts are hidden from it and from every process it starts, and the only fallback font is the one it built."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from debtassist.forms.fonts import FALLBACK_CANDIDATES, FALLBACK_ENV, fallback_fonts
from tests import fresh_machine

#: Qt's generic family names, present even when fontconfig knows no font.
QT_GENERIC_FAMILIES = {"Monospace", "Sans Serif", "Serif"}


def test_no_hidden_tool_is_on_the_path_here_or_in_a_child_process() -> None:
    assert {name: shutil.which(name) for name in fresh_machine.HIDDEN_TOOLS} == dict.fromkeys(
        fresh_machine.HIDDEN_TOOLS
    )
    code = "import json, shutil, sys; print(json.dumps([shutil.which(n) for n in sys.argv[1:]]))"
    done = subprocess.run(
        [sys.executable, "-c", code, *fresh_machine.HIDDEN_TOOLS], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == [None] * len(fresh_machine.HIDDEN_TOOLS)


@pytest.mark.parametrize("command", [["/usr/bin/qpdf", "--check", "x.pdf"], ["pdftotext", "x.pdf", "-"]])
def test_running_a_hidden_tool_fails_even_by_its_full_path(command: list[str]) -> None:
    with pytest.raises(fresh_machine.HiddenToolUsed):
        subprocess.run(command, check=False)
    with pytest.raises(fresh_machine.HiddenToolUsed):
        subprocess.run(" ".join(command), shell=True, check=False)


@pytest.mark.skipif(os.name == "nt", reason="the mirror uses POSIX executables and symbolic links")
def test_the_path_filter_hides_a_tool_that_is_installed(tmp_path: Path) -> None:
    """This machine has none of the tools, so the filter is shown on a folder that does."""
    folder = tmp_path / "usr-bin"
    folder.mkdir()
    for name in ("qpdf", "pdftoppm", "git-like"):
        (folder / name).write_text("#!/bin/sh\nexit 0\n")
        (folder / name).chmod(stat.S_IRWXU)
    path = os.pathsep.join([str(folder), "/nonexistent"])
    assert shutil.which("qpdf", path=path) is not None
    hidden = fresh_machine.filtered_path(path, tmp_path / "mirrors")
    assert hidden.split(os.pathsep)[1] == "/nonexistent"
    assert shutil.which("qpdf", path=hidden) is None and shutil.which("pdftoppm", path=hidden) is None
    found = shutil.which("git-like", path=hidden)
    assert found is not None and Path(found).resolve() == (folder / "git-like").resolve()
    assert subprocess.run([found], check=False).returncode == 0


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="Qt reads fonts through fontconfig on Linux only (elsewhere: the OS)",
)
def test_qt_finds_no_system_font() -> None:
    """Through the empty fontconfig configuration a fresh Qt process sees only Qt's generic names — on this
    machine, without it, it lists the DejaVu fonts of /usr/share/fonts."""
    code = (
        "import json; from PySide6.QtGui import QGuiApplication, QFontDatabase; app = QGuiApplication([]); "
        "print(json.dumps(QFontDatabase.families()))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert set(json.loads(done.stdout)) <= QT_GENERIC_FAMILIES, done.stdout
    assert Path(os.environ["FONTCONFIG_FILE"]).read_text(encoding="utf-8").count("<dir") == 0


def test_the_only_fallback_font_is_the_generated_one() -> None:
    fallbacks = fallback_fonts()
    assert [f.path for f in fallbacks] == [os.environ[FALLBACK_ENV]]
    assert not set(FALLBACK_CANDIDATES) & {f.path for f in fallbacks}


def test_the_generated_font_has_exactly_the_fallback_characters(tmp_path: Path) -> None:
    from fontTools.ttLib import TTFont

    font = TTFont(fresh_machine.build_fallback_font(tmp_path / "f.ttf", "\U00020bb7\u4e00"))
    assert set(font.getBestCmap()) == {0x20BB7, 0x4E00}
    assert font["OS/2"].fsType == 0  # embeddable: ReportLab refuses restricted fonts
    assert {t.format for t in font["cmap"].tables} >= {4, 12}


def test_ci_installs_no_system_package_and_runs_the_readmes_test_command() -> None:
    root = Path(__file__).resolve().parent.parent
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    code = [line for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert not [line for line in code if any(word in line for word in ("apt", "dnf", "yum", "brew", "sudo"))]
    readme = (root / "README.md").read_text(encoding="utf-8")
    command = next(
        line for line in readme.splitlines() if line.startswith("python3 -m venv") and "[test]" in line
    )
    assert command.replace("pip install -e", "pip install -q -e") in code

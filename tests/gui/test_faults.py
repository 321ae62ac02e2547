"""Faults met while the window is open: the disk fills up or the folder turns read-only during autosave. What
the user typed stays on screen and in memory, the message says so, and the next save succeeds."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from debtassist.model.codec import case_from_json
from debtassist.store.library import CaseLibrary
from debtassist.ui.main_window import MainWindow
from tests.gui.windows import make_window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, CaseLibrary(tmp_path / "data"), show=False, confirm=False)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_failed_autosave_keeps_the_typing_and_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    case_id = window.open_example("single-cards")
    view = window.case_view
    assert view is not None
    file = window.library.layout.case_file(case_id)
    before = file.read_bytes()

    real_replace = os.replace

    def failing_replace(src: str | Path, dst: str | Path) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", failing_replace)
    view.session.case.notes = "typed just before the disk filled up"
    view.session.touch()
    assert not view.session.flush()
    assert "Not saved" in view.save_state.text()
    assert file.read_bytes() == before  # the last good version is intact
    assert view.session.case.notes == "typed just before the disk filled up"
    assert not window.close_case()  # leaving would lose the typing: the window refuses and says why

    monkeypatch.setattr(os, "replace", real_replace)
    assert view.session.flush()
    assert case_from_json(file.read_bytes())[0].notes == "typed just before the disk filled up"
    assert [p for p in file.parent.iterdir() if p.name.startswith(".")] == []  # no temp files left


def test_a_crashed_session_does_not_lock_the_case_forever(window: MainWindow, tmp_path: Path) -> None:
    import subprocess
    import sys

    case_id = window.open_example("single-cards")
    window.show_desk()
    root = window.library.layout.root
    # Another process opens the case and is killed without closing it.
    code = (
        "import os, signal, sys\nfrom pathlib import Path\n"
        "from debtassist.store.library import CaseLibrary\n"
        f"handle = CaseLibrary(Path({str(root)!r})).open({case_id!r})\n"
        "print('open', flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "open" and done.returncode != 0, done.stderr[-800:]
    assert window.open_case(case_id)

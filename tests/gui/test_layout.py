"""Every step at 1366×768 with no horizontal scrollbar and no clipped label: at the normal font, at a 20 pt
system font and at 125 % scaling (QT_SCALE_FACTOR, read at start: so each check runs in its own process), in
both languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
@pytest.mark.parametrize(
    ("point_size", "scale"), [(0, "1"), (20, "1"), (0, "1.25")], ids=["normal", "20pt", "125%"]
)
def test_no_step_scrolls_sideways_or_clips_a_label(
    tmp_path: Path, lang: str, point_size: int, scale: str
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT))
    env.pop("DEBTASSIST_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_check", lang, str(point_size), str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]

"""Font cache records that are not regular files (the second fuzz pass, issue 8): a FIFO or a device where the
digest record or the parsed entry should be is taken as no record — the font is hashed and parsed again — not
read (a FIFO blocked the command forever; ``/dev/zero`` read until memory ran out). Each test failed first."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from debtassist.forms import fontcache

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs or devices on this system")


def _parse_in_a_process(cache: Path, font: Path) -> subprocess.CompletedProcess[str]:
    code = (
        "import resource\n"  # a device read without end fails at 2 GiB, not when the machine's memory is gone
        "resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))\n"
        "from pathlib import Path\nfrom debtassist.forms import fontcache\n"
        f"face = fontcache.parsed_face(Path({str(font)!r}), 'T')\nprint(face.numGlyphs)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, fontcache.CACHE_ENV: str(cache), "PYTHONIOENCODING": "utf-8"},
        check=False,
        timeout=30,  # a FIFO blocked forever before the fix
    )


@pytest.mark.parametrize("record", ["digest", "entry"])
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_record_that_is_not_a_regular_file_is_not_read(
    tmp_path: Path, font: Path, monkeypatch: pytest.MonkeyPatch, record: str, kind: str
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv(fontcache.CACHE_ENV, str(cache))
    digest = hashlib.sha256(font.read_bytes()).hexdigest()
    path = cache / "fonts" / "T.digest" if record == "digest" else fontcache.entry_path("T", digest)
    path.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif Path(kind).exists():
        path.symlink_to(kind)
    else:
        pytest.skip(f"no {kind} here")
    done = _parse_in_a_process(cache, font)
    assert done.returncode == 0, done.stderr[-600:]
    assert int(done.stdout) > 20_000  # the font, parsed again
    assert not path.is_symlink() and path.is_file()  # and the record written in its place, as for a bad one

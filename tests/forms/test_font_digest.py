"""The remembered hash of a font file (debtassist.forms.fontcache.font_digest): used only while the file system
says the file has not been written since it was hashed; any write, a replaced file or a damaged record means
hashing again."""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from debtassist.forms import fontcache
from tests.forms.conftest import BOLD, FONT

_SHA256 = hashlib.sha256  # the tests' own, not counted


def sha(data: bytes) -> str:
    return _SHA256(data).hexdigest()


class Hashes:
    """Counts the SHA-256 computations of the font cache."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = _SHA256

        def counting(data: bytes = b"") -> Any:
            self.count += 1
            return real(data)

        monkeypatch.setattr(hashlib, "sha256", counting)  # the module fontcache calls it through


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> Hashes:
    return Hashes(monkeypatch)


def test_an_unchanged_file_is_hashed_once(cache: Path, font: Path, hashes: Hashes) -> None:
    data, digest = fontcache.font_digest(font, "T")
    assert (data, digest) == (font.read_bytes(), sha(font.read_bytes()))
    assert hashes.count == 1
    again, same = fontcache.font_digest(font, "T")
    assert isinstance(again, mmap.mmap)  # recorded: mapped, not read
    assert (bytes(again), same) == (data, digest)
    assert hashes.count == 1  # remembered
    fontcache.parsed_face(font, "T")
    face = fontcache.parsed_face(font, "T")
    assert type(face) is not TTFontFace  # the cache entry of this hash
    assert hashes.count == 1


def test_a_file_written_in_place_with_the_same_size_is_hashed_again(
    cache: Path, font: Path, hashes: Hashes
) -> None:
    fontcache.parsed_face(font, "T")
    data = bytearray(font.read_bytes())
    data[-1] ^= 0xFF  # other content, same size, same inode
    with font.open("r+b") as f:
        f.write(data)
    _, digest = fontcache.font_digest(font, "T")
    assert digest == sha(bytes(data))
    assert hashes.count == 2
    assert type(fontcache.parsed_face(font, "T")) is TTFontFace  # not the other content's entry


def test_a_replaced_file_is_hashed_again_even_with_the_old_times(
    cache: Path, font: Path, hashes: Hashes
) -> None:
    fontcache.font_digest(font, "T")
    times = font.stat()
    other = font.with_name("other.ttf")
    shutil.copyfile(BOLD, other)
    os.utime(other, ns=(times.st_atime_ns, times.st_mtime_ns))
    other.replace(font)
    _, digest = fontcache.font_digest(font, "T")
    assert digest == sha(BOLD.read_bytes())
    assert hashes.count == 2


@pytest.mark.parametrize(
    "damage",
    [
        "garbage",
        json.dumps({"file": [], "size": 1, "sha256": "0" * 64}),
        json.dumps([1, 2]),
    ],
)
def test_a_damaged_record_means_hashing_again(cache: Path, font: Path, hashes: Hashes, damage: str) -> None:
    fontcache.font_digest(font, "T")
    record = cache / "fonts" / "T.digest"
    record.write_text(damage, encoding="utf-8")
    assert fontcache.font_digest(font, "T")[1] == sha(FONT.read_bytes())
    assert hashes.count == 2
    assert json.loads(record.read_text(encoding="utf-8"))["sha256"] == sha(FONT.read_bytes())


def test_a_forged_record_cannot_make_another_file_pass(cache: Path, font: Path, hashes: Hashes) -> None:
    fontcache.font_digest(font, "T")
    record = cache / "fonts" / "T.digest"
    doc = json.loads(record.read_text(encoding="utf-8"))
    doc["size"] += 1  # a record of some other file's size
    record.write_text(json.dumps(doc), encoding="utf-8")
    fontcache.font_digest(font, "T")
    assert hashes.count == 2

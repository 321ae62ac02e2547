"""The bundled fonts' parsed metrics, cached in the user cache folder so that a cold command does not parse the
two 7 MB Noto Sans TC files again.

ReportLab parses a TrueType file into a face (glyph map, widths, glyph offsets, names) before it can measure or
subset text; for Noto Sans TC that is most of the font cost of a cold ``packet``. The parsed face is stored in
``<user cache folder>/fonts/<font name>-<SHA-256 of the font file>.v<format>.cache``: a changed font file has
another hash, so it never meets a stale entry. The file holds only what the font file itself says (no case
data). It is written atomically (temp file + rename), so concurrent processes see a whole entry or none; an
unreadable, corrupt or mismatching entry (or a FIFO or device in its place) is ignored, the font parsed again
and the entry rewritten. The cache is a convenience: when the folder cannot be written the font is simply
parsed every time.

The big tables are stored as packed integer arrays and everything else as a pickle read with an unpickler that
refuses every global except ReportLab's name-bytes class, so a tampered cache file cannot run code.

Hashing the two font files is itself 8 ms of a cold command, so the hash is remembered beside the entries
(``<font name>.digest``) with the file's identity as the file system tells it: path, size, inode and the
modification and change times in nanoseconds (the change time moves with any write, and no tool sets it back).
While all of them are as recorded the file has not been written since it was hashed; when any differs, or the
record is unreadable, the file is hashed again and the record rewritten.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import mmap
import os
import pickle
import re
import stat
from array import array
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from debtassist.store.atomic import atomic_write_bytes

CACHE_ENV = "DEBTASSIST_CACHE_DIR"
FORMAT = 1
_MAGIC = b"DAFONT1\n"
#: Upper bounds of what is read of the digest record and of an entry (an entry of Noto Sans TC is 1.6 MB).
_RECORD_LIMIT = 64 * 1024
_ENTRY_LIMIT = 256 * 1024 * 1024
#: Parsed tables kept as packed arrays (int -> int maps and int sequences).
_INT_MAPS = ("charToGlyph", "charWidths")
_INT_LISTS = ("glyphPos",)


def cache_dir() -> Path:
    """The user cache folder (``DEBTASSIST_CACHE_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get(CACHE_ENV, "").strip()
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("debtassist", appauthor=False)


def entry_path(name: str, digest: str) -> Path:
    return cache_dir() / "fonts" / f"{name}-{digest}.v{FORMAT}.cache"


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (TTFNameBytes.__module__, TTFNameBytes.__name__):
            return TTFNameBytes
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a font cache")


def _ints(values: Any) -> bytes:
    return array("q", values).tobytes()


def _unints(data: bytes) -> array[int]:
    values = array("q")
    values.frombytes(data)
    return values


def _scale(units_per_em: int) -> Any:
    # The same function ReportLab's parser sets (it is not picklable: a closure).
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def dump_face(face: TTFontFace) -> bytes:
    """The parsed state of ``face`` (without the font file's bytes) as cache-file bytes."""
    state = {
        k: v for k, v in face.__dict__.items() if k not in ("_ttf_data", "_pdfScale", "table", "glyphToChar")
    }
    for key in _INT_MAPS:
        mapping = state.pop(key)
        if not all(type(v) is int for v in mapping.values()):
            raise TypeError(f"{key} is not an int map")  # a font with a unitsPerEm other than 1000
        state[key] = (_ints(mapping.keys()), _ints(mapping.values()))
    for key in _INT_LISTS:
        state[key] = _ints(state.pop(key))
    metrics = state.pop("hmetrics")
    state["hmetrics"] = (_ints(m[0] for m in metrics), _ints(m[1] for m in metrics))
    glyphs = face.__dict__["glyphToChar"]
    state["glyphToChar"] = (
        _ints(glyphs.keys()),
        _ints(len(chars) for chars in glyphs.values()),
        _ints(c for chars in glyphs.values() for c in chars),
    )
    meta = (FORMAT, REPORTLAB_VERSION)
    return _MAGIC + pickle.dumps((meta, state), protocol=5)


class _GlyphTable:
    """The ``glyf`` table as ReportLab's ``makeSubset`` reads it — ``len``, and slices of one glyph each, as
    bytes — without the copy of the whole table (5 MB of Noto Sans TC) that ``get_table`` makes per subset."""

    def __init__(self, data: bytes | mmap.mmap, start: int, length: int) -> None:
        self._view = memoryview(data)[start : start + length]

    def __len__(self) -> int:
        return len(self._view)

    def __getitem__(self, key: slice) -> bytes:
        if not isinstance(key, slice):
            raise TypeError("the glyph table is read in slices")
        return self._view[key].tobytes()


class _CachedFace(TTFontFace):
    """A face restored from the cache. ``glyphToChar`` (only needed while parsing) is rebuilt on first use."""

    def get_table(self, tag: str) -> Any:
        if tag != "glyf":
            return super().get_table(tag)  # type: ignore[no-untyped-call]  # ReportLab is untyped
        start, length = self.get_table_pos(tag)
        return _GlyphTable(self.__dict__["_ttf_data"], start, length)

    def __getattr__(self, name: str) -> Any:
        if name != "glyphToChar" or "_glyph_to_char" not in self.__dict__:
            raise AttributeError(name)
        glyphs, counts, chars = (list(_unints(part)) for part in self.__dict__.pop("_glyph_to_char"))
        glyph_to_char: dict[int, list[int]] = {}
        at = 0
        for glyph, count in zip(glyphs, counts, strict=True):
            glyph_to_char[glyph] = chars[at : at + count]
            at += count
        self.glyphToChar = glyph_to_char
        return glyph_to_char


def load_face(blob: bytes, font_data: bytes | mmap.mmap, filename: str) -> TTFontFace:
    """A face from cache-file bytes and the font file's bytes. Raises on anything unexpected."""
    if not blob.startswith(_MAGIC):
        raise ValueError("not a font cache entry")
    meta, state = _SafeUnpickler(io.BytesIO(blob[len(_MAGIC) :])).load()
    if tuple(meta) != (FORMAT, REPORTLAB_VERSION) or not isinstance(state, dict):
        raise ValueError("font cache entry of another format")
    for key in _INT_MAPS:
        keys, values = state[key]
        state[key] = dict(zip(_unints(keys), _unints(values), strict=True))
    for key in _INT_LISTS:
        state[key] = list(_unints(state[key]))
    advances, bearings = state["hmetrics"]
    state["hmetrics"] = list(zip(_unints(advances), _unints(bearings), strict=True))
    state["_glyph_to_char"] = state.pop("glyphToChar")
    face = _CachedFace.__new__(_CachedFace)
    face.__dict__.update(state)
    face.table = {record["tag"]: record for record in face.tables}
    face.__dict__["_pdfScale"] = _scale(face.unitsPerEm)
    face.__dict__["_ttf_data"] = font_data
    face.filename = filename
    if len(face.glyphPos) != face.numGlyphs + 1 or len(face.hmetrics) != face.numGlyphs:
        raise ValueError("font cache entry does not match the font")
    return face


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them; ``OSError`` for anything else found
    there (a FIFO would block the command, a device such as ``/dev/zero`` never ends): no record, then."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            raise OSError(errno.EINVAL, "not a font cache record", str(path))
        return file.read(limit)


def _identity(path: Path) -> list[object]:
    info = path.stat()
    return [str(path.resolve()), info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns]


_HEX64 = re.compile(r"[0-9a-f]{64}")


def _mapped(path: Path, size: int) -> mmap.mmap | None:
    """The font file mapped read-only, when it is as large as recorded: subsetting reads a few kilobytes of it,
    so the 7 MB are not copied into memory (a read is 4 ms per font). None where it cannot be mapped. (The
    bundled file is replaced, never rewritten in place, when the app is upgraded: a mapping keeps the old one.)"""
    try:
        with path.open("rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    if len(mapped) != size:
        mapped.close()
        return None
    return mapped


def font_digest(path: Path, name: str) -> tuple[bytes | mmap.mmap, str]:
    """The bytes of the font file at ``path`` and their SHA-256 — from the record of the last time this very
    file was hashed when the file system says it has not been written since (see the module docstring)."""
    record = cache_dir() / "fonts" / f"{name}.digest"
    before = _identity(path)
    try:
        stored = json.loads(_read_regular(record, _RECORD_LIMIT).decode("utf-8"))
        digest = stored["sha256"]
        if stored == {"file": before, "size": before[1], "sha256": digest} and _HEX64.fullmatch(digest):
            mapped = _mapped(path, int(stored["size"]))
            if mapped is not None:
                return mapped, str(digest)
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no record, or an unreadable one: hash the file
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    try:
        if _identity(path) == before:  # not written while it was read
            record.parent.mkdir(parents=True, exist_ok=True)
            doc = {"file": before, "size": len(data), "sha256": digest}
            atomic_write_bytes(record, json.dumps(doc).encode("utf-8"))
    except OSError:  # a read-only cache folder: the file is hashed every time
        pass
    return data, digest


def parsed_face(path: Path, name: str) -> TTFontFace:
    """The parsed face of the font file at ``path``, from the cache when it holds this very file, else parsed
    (and the cache entry written, best effort)."""
    data, digest = font_digest(path, name)
    entry = entry_path(name, digest)
    try:
        return load_face(_read_regular(entry, _ENTRY_LIMIT), data, str(path))
    except Exception:  # missing, unreadable, corrupt, of another version: parse the font again
        pass
    face = TTFontFace(io.BytesIO(data))
    face.filename = str(path)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(entry, dump_face(face))
        mine = re.compile(re.escape(name) + r"-[0-9a-f]{64}\.v\d+\.cache")
        for old in entry.parent.iterdir():  # entries of earlier versions of this font file
            if old != entry and mine.fullmatch(old.name):
                old.unlink(missing_ok=True)
    except (OSError, TypeError):  # a read-only cache folder, or a font this cache does not handle
        pass
    return face


def cached_ttfont(name: str, path: Path) -> TTFont:
    """``TTFont(name, path)`` with its face from the cache: the same attributes ``TTFont.__init__`` sets (a
    test compares them with a font built by ReportLab itself)."""
    font: TTFont = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = parsed_face(path, name)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font.__dict__["_asciiReadable"] = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob or ())
    return font

"""The test run sees a fresh machine: no qpdf or poppler tools, no system fonts, and a fallback font the suite
builds itself. ``tests/conftest.py`` calls :func:`install` once, before any test (and before Qt or fontconfig
start), so every test and every process a test starts inherits the same environment:

- ``PATH``: every folder that holds one of :data:`HIDDEN_TOOLS` is replaced by a mirror of it (symbolic links to
  everything else in it), so neither ``shutil.which`` nor a child process finds them; a ``subprocess`` call that
  names one by its full path fails with :class:`HiddenToolUsed`.
- ``FONTCONFIG_FILE``: a configuration with no font folder at all (and its cache in the run's temporary folder),
  so Qt, through fontconfig, finds no system font — only what the app registers itself.
- ``DEBTASSIST_FALLBACK_FONTS``: the one TrueType file :func:`build_fallback_font` writes, with a glyph for
  :data:`FALLBACK_CHARS` only, instead of the system fallback candidates of ``debtassist/forms/fonts.py``.

PDFium (the renderer of the checks) looks for system fonts only for a font a PDF does not embed; the checks
assert every font is embedded except the standard Helvetica of editable fields, which PDFium draws with its own
built-in font — so no system font reaches a result either.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

#: The poppler and qpdf commands the PDF checks used before they moved to pikepdf and PDFium.
HIDDEN_TOOLS = (
    "qpdf",
    "fix-qdf",
    "zlib-flate",
    "pdftotext",
    "pdffonts",
    "pdftoppm",
    "pdfinfo",
    "pdftocairo",
    "pdfimages",
    "pdftops",
    "pdftohtml",
    "pdfseparate",
    "pdfunite",
    "pdfdetach",
    "pdfattach",
    "pdfsig",
)
#: Characters the generated fallback font draws: 𠮷 (CJK Ext-B), which the bundled Noto Sans TC lacks.
FALLBACK_CHARS = "\U00020bb7"
FALLBACK_FAMILY = "DebtAssistTestFallback"


class HiddenToolUsed(AssertionError):
    pass


def _file_names(hidden: Sequence[str]) -> set[str]:
    """The file names of the tools: on Windows with every executable suffix of PATHEXT."""
    if os.name != "nt":
        return set(hidden)
    suffixes = os.environ.get("PATHEXT", ".EXE;.BAT;.CMD").lower().split(";")
    return {name + suffix for name in hidden for suffix in ["", *suffixes]}


def filtered_path(path: str, mirrors: Path, hidden: Sequence[str] = HIDDEN_TOOLS) -> str:
    """``path`` with every folder that holds a hidden tool replaced by a mirror of it without those tools."""
    hidden = sorted(_file_names(hidden))
    folders = []
    for index, entry in enumerate(path.split(os.pathsep)):
        folder = Path(entry)
        if not entry or not folder.is_dir() or not any((folder / name).exists() for name in hidden):
            folders.append(entry)
            continue
        mirror = mirrors / f"path{index}"
        mirror.mkdir(parents=True, exist_ok=True)
        try:
            for item in folder.iterdir():
                if item.name.lower() not in hidden and not (mirror / item.name).exists():
                    (mirror / item.name).symlink_to(item)
        except OSError:  # no symbolic links here (Windows without the privilege): leave the folder out
            continue
        folders.append(str(mirror))
    return os.pathsep.join(folders)


def empty_fontconfig(folder: Path) -> Path:
    """A fontconfig configuration that lists no font folder: fontconfig finds no font."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def build_fallback_font(path: Path, chars: str = FALLBACK_CHARS) -> Path:
    """A minimal TrueType font (fontTools' FontBuilder) with one glyph — a framed square with a bar — for each of
    ``chars``, embeddable (fsType 0), with the cmap subtables ReportLab reads (format 4 and 12)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def square(pen: TTGlyphPen, left: int, bottom: int, right: int, top: int, clockwise: bool) -> None:
        corners = [(left, bottom), (left, top), (right, top), (right, bottom)]
        for i, point in enumerate(corners if clockwise else corners[::-1]):
            (pen.moveTo if i == 0 else pen.lineTo)(point)
        pen.closePath()

    def glyph(outline: Callable[[TTGlyphPen], None]) -> Any:
        pen = TTGlyphPen(None)
        outline(pen)
        return pen.glyph()

    def notdef(pen: TTGlyphPen) -> None:
        square(pen, 100, 0, 900, 800, True)
        square(pen, 150, 50, 850, 750, False)

    def framed(pen: TTGlyphPen) -> None:
        square(pen, 80, -60, 920, 800, True)
        square(pen, 200, 60, 800, 680, False)
        square(pen, 300, 330, 700, 410, True)

    names = [f"u{ord(c):05X}" for c in chars]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", *names])
    builder.setupCharacterMap({ord(c): n for c, n in zip(chars, names, strict=True)})
    builder.setupGlyf({".notdef": glyph(notdef), **{n: glyph(framed) for n in names}})
    builder.setupHorizontalMetrics({n: (1000, 80) for n in [".notdef", *names]})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": FALLBACK_FAMILY, "styleName": "Regular"})
    builder.setupOS2(fsType=0, sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


def _guard_subprocess(hidden: Sequence[str]) -> None:
    """Make any ``subprocess`` call of a hidden tool fail, even by its full path."""
    original = subprocess.Popen.__init__
    if getattr(original, "debtassist_guard", False):
        return

    def guarded(self: subprocess.Popen[Any], args: Any, *rest: Any, **kwargs: Any) -> None:
        argv = [args] if isinstance(args, str | bytes | os.PathLike) else list(args)
        first = os.fsdecode(argv[0]) if argv else ""
        program = Path(first.split()[0] if kwargs.get("shell") and first else first).name
        if program in hidden:
            raise HiddenToolUsed(f"the tests may not run {program}: a fresh machine does not have it")
        original(self, args, *rest, **kwargs)

    guarded.debtassist_guard = True  # type: ignore[attr-defined]
    subprocess.Popen.__init__ = guarded  # type: ignore[method-assign]


def install(folder: Path) -> None:
    """Hide the tools and the system fonts and point the fallback lookup at the generated font."""
    os.environ["PATH"] = filtered_path(os.environ.get("PATH", os.defpath), folder / "bin")
    os.environ["FONTCONFIG_FILE"] = str(empty_fontconfig(folder / "fontconfig"))
    os.environ.pop("FONTCONFIG_PATH", None)
    font = build_fallback_font(folder / f"{FALLBACK_FAMILY}.ttf")
    os.environ["DEBTASSIST_FALLBACK_FONTS"] = str(font)
    _guard_subprocess(HIDDEN_TOOLS)

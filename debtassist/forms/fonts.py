"""Fonts for the packet: the bundled Noto Sans TC, an optional system fallback for rare characters, and the
coverage check that makes sure no character is ever printed as a blank or a box."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from contextlib import AbstractContextManager
from functools import cache
from pathlib import Path
from typing import cast

import msgspec
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from debtassist.forms.fontcache import cached_ttfont
from debtassist.resources_path import resource_file

REGULAR = "DA-NotoSansTC"
BOLD = "DA-NotoSansTC-Bold"
#: TrueType files to use as fallbacks *instead of* the system candidates below, separated by os.pathsep; set
#: but empty, no fallback at all (every character Noto Sans TC lacks is printed as its code point).
FALLBACK_ENV = "DEBTASSIST_FALLBACK_FONTS"

#: TrueType (glyf) fonts with CJK extension B and beyond, where systems commonly have them.
FALLBACK_CANDIDATES = (
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",  # Debian/Ubuntu fonts-hanazono (Ext-B and later)
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",  # (Ext-A)
    "C:/Windows/Fonts/mingliub.ttc",  # Windows MingLiU-ExtB
    "/Library/Fonts/Arial Unicode.ttf",
)

#: Characters that are not drawn at all and need no glyph (line breaks, joiners, variation selectors).
_INVISIBLE = {"\n", "\r", "\t", "\u200b", "\u200c", "\u200d", "\ufeff"}


def _is_invisible(char: str) -> bool:
    return char in _INVISIBLE or (unicodedata.category(char) in ("Mn", "Cf") and not char.isprintable())


@cache
def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (once per process)."""
    for name, file in ((REGULAR, "NotoSansTC-Regular.ttf"), (BOLD, "NotoSansTC-Bold.ttf")):
        with _as_path(file) as path:
            pdfmetrics.registerFont(cached_ttfont(name, path))  # parsed once per font file, then cached


def _as_path(file: str) -> AbstractContextManager[Path]:
    """The bundled font file as a real path (resources may live in a zip or a frozen bundle)."""
    return resource_file("fonts", file)


def covers(font_name: str, char: str) -> bool:
    font = cast(TTFont, pdfmetrics.getFont(font_name))
    return _is_invisible(char) or ord(char) in font.face.charToGlyph


class Fallback(msgspec.Struct, frozen=True):
    name: str
    path: str


@cache
def fallback_fonts() -> tuple[Fallback, ...]:
    """Fonts that may draw what Noto Sans TC cannot — the files of ``DEBTASSIST_FALLBACK_FONTS`` when it is set,
    else the system candidates — registered lazily (a large file loads only when a rare character asks for it).
    Each file gets its own ReportLab name, so a changed list never reuses a name for another file."""
    configured = os.environ.get(FALLBACK_ENV)
    paths = FALLBACK_CANDIDATES if configured is None else [p for p in configured.split(os.pathsep) if p]
    found: list[Fallback] = []
    for path in paths:
        if Path(path).is_file():
            tag = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:12]
            found.append(Fallback(f"DA-Fallback-{tag}", path))
    return tuple(found)


@cache
def _loaded_fallback(fallback: Fallback) -> str | None:
    try:
        pdfmetrics.registerFont(TTFont(fallback.name, fallback.path))
    except Exception:  # a broken or unsupported system font is simply not a fallback
        return None
    return fallback.name


def font_for(char: str, primary: str = REGULAR) -> str | None:
    """The font that draws ``char``: the primary one, a fallback, or None when no font here can."""
    if covers(primary, char):
        return primary
    for fallback in fallback_fonts():
        name = _loaded_fallback(fallback)
        if name is not None and covers(name, char):
            return name
    return None


class GlyphProblem(msgspec.Struct, frozen=True):
    """A character the bundled font cannot draw, where it occurs, and what was done about it."""

    where: str  # the form box or table cell, e.g. "court-creditor-list: creditors[3].name"
    char: str
    fallback: str | None  # the font used instead, or None when it is shown as its code point

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.char):04X}"


def missing_placeholder(char: str) -> str:
    """What is printed for a character no font here can draw: its code point, visibly, never a blank."""
    return f"〔U+{ord(char):04X}〕"

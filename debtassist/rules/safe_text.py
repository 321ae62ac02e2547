"""Text from a case as the faces show it: without control and bidirectional-override characters.

A name or address may hold characters that are invisible yet act on whoever shows them: C0/C1 controls (a
terminal takes ``ESC [`` and ``CSI`` as commands, a NUL cuts a file name) and bidirectional marks, embeddings,
overrides and isolates (U+202E turns ``林gpj.exe`` into what reads as ``林exe.jpg``). The case keeps what the
user typed; what is *shown* — terminal output, the PDF's title, a suggested file name — goes through here, one
function for all three faces. JSON output keeps the data exactly and writes these characters as ``\\uXXXX``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

UNSAFE_CHARS: Final = frozenset(
    [chr(c) for c in range(0x00, 0x20)]  # C0 controls
    + [chr(c) for c in range(0x7F, 0xA0)]  # DEL and C1 controls
    + ["\u061c", "\u200e", "\u200f"]  # Arabic letter mark, left-to-right and right-to-left marks
    + [chr(c) for c in range(0x202A, 0x202F)]  # embeddings and overrides (LRE RLE PDF LRO RLO)
    + [chr(c) for c in range(0x2066, 0x206A)]  # isolates (LRI RLI FSI PDI)
)
_UNSAFE: Final = re.compile("[" + "".join(sorted(re.escape(ch) for ch in UNSAFE_CHARS)) + "]")
# Characters no file system takes in a name (Windows' list is the longest).
_NOT_IN_FILE_NAMES: Final = frozenset('\\/:*?"<>|')
#: Names Windows reserves for devices, whatever the letter case and extension ("CON", "nul.txt", "COM1.json").
RESERVED_FILE_NAMES: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
_SPACES: Final = re.compile(r"\s+")
MAX_FILE_STEM: Final = 80


def display_text(text: str, keep: str = "") -> str:
    """``text`` without the characters of ``UNSAFE_CHARS``, except those in ``keep`` (the terminal face keeps
    the line breaks it prints itself)."""
    if keep:
        return "".join(ch for ch in text if ch in keep or ch not in UNSAFE_CHARS)
    return _UNSAFE.sub("", text)


def is_reserved_file_name(name: str) -> bool:
    return name.split(".")[0].upper() in RESERVED_FILE_NAMES


def file_name_text(text: str) -> str:
    """``text`` made safe as the part of a file name before its extension ("" if nothing is left).

    Control, bidirectional, zero-width and other format characters and the characters Windows forbids each
    become a space (they separated words); space runs become one space; leading dots and dashes (hidden files,
    options to a command) and trailing dots and spaces (dropped by Windows) go; a name Windows reserves gets an
    underscore; at most ``MAX_FILE_STEM`` characters."""
    text = unicodedata.normalize("NFC", text)
    kept = [
        " "
        if ch in _NOT_IN_FILE_NAMES
        or ch in UNSAFE_CHARS
        or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
        else ch
        for ch in text
    ]
    stem = _SPACES.sub(" ", "".join(kept)).strip()
    stem = stem.lstrip(".-").rstrip(". ")
    stem = stem[:MAX_FILE_STEM].rstrip(". ")
    if is_reserved_file_name(stem):
        stem = "_" + stem
    return stem


def json_text(text: str) -> str:
    """JSON text with every character of ``UNSAFE_CHARS`` written as a ``\\uXXXX`` escape. Valid only for text
    from ``json.dumps`` (outside strings it only has spaces and the line breaks of indentation, which stay):
    the decoded data is exactly the same."""
    return _UNSAFE.sub(lambda m: m[0] if m[0] == "\n" else f"\\u{ord(m[0]):04x}", text)

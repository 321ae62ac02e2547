"""File names suggested to the person (the packet, an exported case): from the applicant's name and route,
cleaned of everything a file system or a terminal would misread.

Removed: control characters (C0, C1, DEL), bidirectional controls (which can make ``gpj.exe`` look like
``exe.jpg``), zero-width and other format characters, and the characters Windows forbids (``\\ / : * ? " < >
|``); whitespace runs become one space; leading dots and dashes (hidden files, options to a command) and
trailing dots and spaces (dropped by Windows) go; names Windows reserves (CON, NUL, COM1 …) get an underscore;
the result is at most 80 characters. Pure Python, no Qt.
"""

from __future__ import annotations

import re
import unicodedata

from debtassist.model.case import Route

_FORBIDDEN = set('\\/:*?"<>|')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_SPACES = re.compile(r"\s+")
MAX_STEM = 80

#: Short route words for file names, in both languages.
ROUTE_WORDS: dict[Route, dict[str, str]] = {
    Route.BANK_NEGOTIATION: {"zh-TW": "前置協商", "en": "pre-negotiation"},
    Route.COURT_MEDIATION: {"zh-TW": "法院前置調解", "en": "court-mediation"},
    Route.TOWNSHIP_MEDIATION: {"zh-TW": "調解委員會調解", "en": "township-mediation"},
    Route.REHABILITATION: {"zh-TW": "更生", "en": "rehabilitation"},
    Route.LIQUIDATION: {"zh-TW": "清算", "en": "liquidation"},
}


def clean_stem(text: str) -> str:
    """``text`` made safe as the part of a file name before its extension ("" if nothing is left)."""
    text = unicodedata.normalize("NFC", text)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in _FORBIDDEN or category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            kept.append(" ")  # a control or format character separates, it is not kept
        else:
            kept.append(char)
    stem = _SPACES.sub(" ", "".join(kept)).strip()
    stem = stem.lstrip(".-").rstrip(". ")
    stem = stem[:MAX_STEM].rstrip(". ")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    return stem


def suggested_name(
    applicant: str, route: Route | None, what: str, extension: str, lang: str = "zh-TW"
) -> str:
    """``王小明-前置協商-申請文件.pdf``: the applicant, the route and what the file is, cleaned; a name that
    cleans to nothing is left out (``DebtAssist`` is used when nothing at all is left)."""
    words = [applicant, ROUTE_WORDS[route][lang if lang == "en" else "zh-TW"] if route else "", what]
    parts = [clean_stem(word) for word in words]
    stem = clean_stem("-".join(part for part in parts if part)) or "DebtAssist"
    return f"{stem}.{extension.lstrip('.')}"

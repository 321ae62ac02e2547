"""The pseudo-locale ``x-pseudo``: English made about 40 % longer, with accented letters and brackets, to show
where a longer language would be cut. Generated from the English catalogs at run time; never offered in the menu
(``DEBTASSIST_LANG=x-pseudo`` or a test selects it).

Placeholders (``{name}``, ``{amount:,}``, ``{{``, ``%1``), HTML tags and entities, and line breaks are kept as
they are, so a pseudo text fills and renders like the English one.
"""

from __future__ import annotations

import math
import re

GROWTH = 0.4
_ACCENTS = str.maketrans(
    "AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåƁÇçĐđÉéĜĝĤĥÎîĴĵĶķĹĺÑñÖöŔŕŠšŢţÜüŴŵÝýŽž",
)
#: Kept unchanged: format fields and escaped braces, Qt's %1 markers, HTML tags and entities.
_KEEP = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?\d|<[^<>]*>|&[#\w]+;")
_PAD = "ŵĩďéńĭńğ"


def _accented(text: str) -> str:
    return text.translate(_ACCENTS)


def _padding(visible: int) -> str:
    """About ``GROWTH`` × ``visible`` more characters, in words of at most eight letters (so text can wrap)."""
    extra = math.ceil(visible * GROWTH)
    words = []
    while extra > 0:
        size = min(extra, len(_PAD))
        words.append(_PAD[:size])
        extra -= size + 1
    return " ".join(words)


def _line(line: str) -> str:
    if not line.strip():
        return line
    parts: list[str] = []
    visible = 0
    last = 0
    for match in _KEEP.finditer(line):
        plain = line[last : match.start()]
        visible += len(plain)
        parts.append(_accented(plain))
        parts.append(match.group())
        last = match.end()
    plain = line[last:]
    visible += len(plain)
    parts.append(_accented(plain))
    padding = _padding(visible)
    return "[" + "".join(parts) + (" " + padding if padding else "") + "]"


def pseudo(text: str) -> str:
    """``text`` lengthened and accented, line by line (blank lines stay blank)."""
    return "\n".join(_line(line) for line in text.split("\n"))

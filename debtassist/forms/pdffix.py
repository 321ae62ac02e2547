"""Post-processing of the fonts in a finished PDF (packet or blank): unique subset tags and correct text maps
for characters beyond U+FFFF."""

from __future__ import annotations

import re
from typing import cast

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

_SUBSET = re.compile(r"^/?[A-Z]{6}\+")
# A bfchar/bfrange destination longer than four hex digits: ReportLab writes the code point itself
# (<20BB7>) where the ToUnicode CMap needs UTF-16 (<D842DFB7>).
_ASTRAL = re.compile(rb"<([0-9A-Fa-f]{5,6})>")


def _subset_tag(n: int) -> str:
    letters = ""
    for _ in range(6):
        n, r = divmod(n, 26)
        letters = chr(ord("A") + r) + letters
    return letters


def _utf16(match: re.Match[bytes]) -> bytes:
    code = int(match.group(1), 16)
    if code <= 0xFFFF:
        return match.group(0)
    code -= 0x10000
    high, low = 0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)
    return b"<%04X%04X>" % (high, low)


def fix_to_unicode(font: DictionaryObject) -> bool:
    stream = font.get("/ToUnicode")
    if stream is None:
        return False
    cmap = cast(StreamObject, stream.get_object())
    data = cmap.get_data()
    fixed = _ASTRAL.sub(_utf16, data)
    if fixed == data:
        return False
    cmap.set_data(fixed)
    return True


def fix_fonts(writer: PdfWriter) -> int:
    """Give every embedded font subset its own tag (ReportLab names the first subset of every document
    AAAAAA+, so merged documents would hold different fonts under one name) and repair astral text maps.
    Returns the number of subsets renamed."""
    seen: set[int] = set()
    seen_forms: set[int] = set()
    counter = 0

    def visit(resources: DictionaryObject) -> None:
        nonlocal counter
        fonts = resources.get("/Font")
        for ref in fonts.get_object().values() if fonts is not None else []:
            font = ref.get_object()
            if id(font) in seen or "/BaseFont" not in font:
                continue
            seen.add(id(font))
            fix_to_unicode(font)
            base = str(font["/BaseFont"])
            if not _SUBSET.match(base):
                continue
            new = NameObject("/" + _subset_tag(counter) + base.lstrip("/")[6:])
            counter += 1
            font[NameObject("/BaseFont")] = new
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                descriptor.get_object()[NameObject("/FontName")] = new
        xobjects = resources.get("/XObject")
        for ref in xobjects.get_object().values() if xobjects is not None else []:
            xobject = ref.get_object()
            if id(xobject) in seen_forms:  # a copy page's original and stamp: visited with the first copy
                continue
            seen_forms.add(id(xobject))
            if "/Resources" in xobject:
                visit(xobject["/Resources"].get_object())

    for page in writer.pages:
        resources = page.get("/Resources")
        if resources is not None:
            visit(cast(DictionaryObject, resources.get_object()))
        for ref in page.get("/Annots", []) or []:
            appearance = ref.get_object().get("/AP")
            normal = appearance.get_object().get("/N") if appearance is not None else None
            if normal is not None and "/Resources" in normal.get_object():
                visit(normal.get_object()["/Resources"].get_object())
    return counter

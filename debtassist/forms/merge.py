"""Merge a drawn overlay onto a blank form page with the result of pypdf's ``PageObject.merge_page``, without
pypdf parsing the overlay's content stream into objects.

The overlays and the blanks are both ReportLab files, so their font names meet (``/F1+0``): pypdf then renames
the overlay's names, and to do so it writes the parsed overlay back out and parses it again (some 15 kB of
operators per page). ``merge_overlay`` writes the bytes that parse would end in directly: the overlay's tokens
are found with one regular expression, each distinct operand read and written once by pypdf's own classes
(names renamed), and the lines joined as ``ContentStream.get_data`` joins them, with the clip first and the
``q`` … ``Q`` around. A stream with anything ReportLab does not write there (arrays, comments, hex strings,
inline images) is parsed by pypdf and renamed in place as before. Everything else is pypdf's own: the resources
merged (and the rename worked out) by the page's ``_merge_resources``, the merge box and clip,
``isolate_graphics_state`` of the blank, ``replace_contents``. A page pypdf would treat in another way (an
overlay with annotations) goes to ``merge_page`` itself. ``tests/forms/test_merge.py`` compares the written
files with ``merge_page``'s byte for byte (whole packets, and content streams of every kind of token).
"""

from __future__ import annotations

import io
import re
from typing import Any, cast

from pypdf import PageObject
from pypdf._configuration import get_configuration
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    read_string_from_stream,
)

#: The resource kinds pypdf merges, in its order (the order decides the names a conflict is given).
_KINDS = ("/ExtGState", "/ColorSpace", "/Pattern", "/Shading", "/XObject", "/Font", "/Properties")


def _resources(page: PageObject) -> DictionaryObject | None:
    value = page.get("/Resources")
    if value is None:
        return None
    value = value.get_object()
    return value if isinstance(value, DictionaryObject) else None


def merge_overlay(page: PageObject, overlay: PageObject) -> None:
    """``page.merge_page(overlay)`` for a page already added to a writer."""
    original = _resources(page)
    incoming = _resources(overlay)
    if original is None or incoming is None or "/Annots" in overlay or "/Contents" not in overlay:
        page.merge_page(overlay)
        return
    merge: Any = page
    rename: dict[Any, Any] = {}
    for kind in _KINDS:
        if kind in incoming:
            if kind not in original:
                original[NameObject(kind)] = DictionaryObject()
            _, renamed = merge._merge_resources(original, incoming, kind, False)
            rename.update(renamed)
    if "/ProcSet" in incoming:
        if "/ProcSet" not in original:
            original[NameObject("/ProcSet")] = ArrayObject()
        procs = cast(ArrayObject, original["/ProcSet"])
        for name in cast(ArrayObject, incoming["/ProcSet"]):
            if name not in procs:
                procs.append(name)
        procs.sort()

    contents = ArrayObject()
    below = page.get_contents()
    if below is not None:
        below.isolate_graphics_state()
        contents.append(below)
    above = overlay.get_contents()
    if above is not None:
        box = getattr(overlay, get_configuration().page_merge_box)
        corner = [FloatObject(v) for v in (box.left, box.bottom, box.width, box.height)]
        written = _rewritten(above.get_data(), corner, rename, above.forced_encoding)
        if written is not None:
            above.set_data(written)  # what get_data writes for the clipped, renamed and isolated operations
            contents.append(above)
            page.replace_contents(contents)
            return
        operations = above.operations
        operations[0:0] = [(corner, b"re"), ([], b"W"), ([], b"n")]
        if rename:
            for operands, _operator in operations:
                if isinstance(operands, list):
                    for i, operand in enumerate(operands):
                        if isinstance(operand, NameObject):
                            operands[i] = rename.get(operand, operand)
                else:  # an inline image's settings
                    for key, operand in operands.items():
                        if isinstance(operand, NameObject):
                            operands[key] = rename.get(operand, operand)
        above.isolate_graphics_state()
        contents.append(above)
    page.replace_contents(contents)


#: The tokens of a content stream as ReportLab writes them: a literal string without nested brackets, a name, a
#: number (the characters pypdf reads as one), an operator; anything else (arrays, dictionaries, hex strings,
#: comments, inline images) sends the page to pypdf's parser.
_TOKEN = re.compile(
    rb"[ \t\r\n]*(?:(\((?:[^\\()]|\\.)*\))|(/[^\s()<>\[\]{}/%]*)|([0-9+\-.][0-9+,\-.]*)"
    rb"|([A-Za-z'\"][^\s()<>\[\]{}/%]*)|([^ \t\r\n]))",
    re.S,
)
_END = re.compile(rb"[ \t\r\n]*")


def _written(operand: Any) -> bytes:
    out = io.BytesIO()
    operand.write_to_stream(out)
    return out.getvalue()


def _rewritten(data: bytes, corner: list[FloatObject], rename: dict[Any, Any], encoding: Any) -> bytes | None:
    """The bytes pypdf's ``ContentStream.get_data`` writes after ``data`` is parsed into operations, the clip
    ``corner re W n`` put first, the names renamed and the whole isolated in ``q`` … ``Q``; each operand is read
    and written by pypdf's own classes (once per distinct token). None when ``data`` holds anything but
    ReportLab's plain tokens (then pypdf parses it)."""
    lines = [b"q", b" ".join([*map(_written, corner), b"re"]), b"W", b"n"]
    known: dict[bytes, bytes] = {}
    operands: list[bytes] = []
    end = 0
    for match in _TOKEN.finditer(data):
        end = match.end()
        kind = match.lastindex
        token = match.group(kind or 0)
        if kind == 4:  # an operator ends its operands
            if token == b"BI" or (token[:1] == b"R" and not token[1:2].isalpha()):
                return None  # an inline image, or what pypdf might read as an indirect reference
            operands.append(token)
            lines.append(b" ".join(operands))
            operands = []
            continue
        text = known.get(token)
        if text is None:
            if kind == 1:
                text = _written(read_string_from_stream(io.BytesIO(token), encoding))
            elif kind == 2:
                name = NameObject.read_from_stream(io.BytesIO(token), None)
                text = _written(rename.get(name, name))
            elif kind == 3:
                text = _written(FloatObject(token) if b"." in token else NumberObject(token))
            else:
                return None
            known[token] = text
        operands.append(text)
    if operands or _END.fullmatch(data, end) is None:
        return None  # operands without an operator, or something left unread
    lines.append(b"Q")
    lines.append(b"")
    return b"\n".join(lines)

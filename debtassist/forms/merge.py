"""Merge a drawn overlay onto a blank form page with the result of pypdf's ``PageObject.merge_page``, parsing
the overlay's content stream once instead of twice.

The overlays and the blanks are both ReportLab files, so their font names meet (``/F1+0``): pypdf then renames
the overlay's names, and to do so it writes the parsed overlay back out and parses it again (some 15 kB of
operators per page). ``merge_overlay`` renames the operators of the first parse in place. Everything else is
pypdf's own: the resources merged (and the rename worked out) by the page's ``_merge_resources``, the merge box
and clip, ``isolate_graphics_state``, ``replace_contents``. A page pypdf would treat in another way (an overlay
with annotations) goes to ``merge_page`` itself. ``tests/forms/test_merge.py`` compares the written files with
``merge_page``'s byte for byte.
"""

from __future__ import annotations

from typing import Any, cast

from pypdf import PageObject
from pypdf._configuration import get_configuration
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject

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
        operations = above.operations
        corner = [FloatObject(v) for v in (box.left, box.bottom, box.width, box.height)]
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

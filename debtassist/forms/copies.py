"""Copy sets that reuse the original pages: every original page (but the cover) becomes one form XObject, and
every copy page is a small new page that draws that XObject and the copy's stamp.

Before, every copy page merged the blank form, the overlay and the stamp anew, so 201 sets of a 200-creditor
case parsed and rewrote thousands of content streams (minutes, ~0.5 GB). Now the drawing of each original page
is stored once, each copy's stamp once, and all copy pages share one two-operator content stream. What a copy
page shows is unchanged: the printed original page (blank, values, footer, watermark) and the copy stamp.
Used for the print packet; the editable packet, whose original pages hold fields instead of drawn values, keeps
building its copies by merging (``packet._add_copies``).
"""

from __future__ import annotations

import io
from typing import ClassVar, cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf._utils import StreamType
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    RectangleObject,
)

from debtassist.forms.draw import PAGE_H, PAGE_W
from debtassist.forms.layout import PageJob


class _Name(NameObject):
    """A name that writes the bytes pypdf writes for it, worked out once: pypdf escapes a name character by
    character each time it is written (or hashed), some 90,000 times for the copy pages of 200 creditors."""

    _written: ClassVar[dict[str, bytes]] = {}

    def write_to_stream(self, stream: StreamType) -> None:
        data = self._written.get(self)
        if data is None:
            data = self._written[self] = self.renumber()
        stream.write(data)


class _Box(RectangleObject):
    """A page box that writes the bytes pypdf writes for it, worked out on its first write."""

    def write_to_stream(self, stream: StreamType) -> None:
        data = self.__dict__.get("_written")
        if data is None:
            out = io.BytesIO()
            super().write_to_stream(out)
            data = self.__dict__["_written"] = out.getvalue()
        stream.write(data)


_PAGE, _STAMP = _Name("/DAPage"), _Name("/DAStamp")
_TYPE, _PAGE_TYPE, _RESOURCES, _MEDIABOX = (
    _Name("/Type"),
    _Name("/Page"),
    _Name("/Resources"),
    _Name("/MediaBox"),
)
_CONTENTS, _PARENT, _XOBJECT = _Name("/Contents"), _Name("/Parent"), _Name("/XObject")


def _form_xobject(writer: PdfWriter, page: PageObject, resources: object) -> IndirectObject:
    """The drawing of ``page`` as a form XObject in ``writer``, with the given (writer-owned) resources."""
    stream = DecodedStreamObject()
    contents = page.get_contents()
    stream.set_data(contents.get_data() if contents is not None else b"")
    form = stream.flate_encode()
    box = page.mediabox
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        FloatObject(v) for v in (box.left, box.bottom, box.right, box.top)
    )
    if resources is not None:
        form[NameObject("/Resources")] = resources
    return writer._add_object(form)


def add_shared_copies(writer: PdfWriter, jobs: list[PageJob], copies: int, generated: PdfReader) -> None:
    """Append copy sets 1 … copies-1 of the original pages already in ``writer`` (one per job, in order),
    each page but the cover, each stamped with its copy number (the stamp pages follow the job pages in
    ``generated``)."""
    templates: list[IndirectObject] = []
    for index, job in enumerate(jobs):
        if job.kind == "cover":
            continue
        original = writer.pages[index]
        resources = original.get("/Resources")
        templates.append(_form_xobject(writer, original, resources))
    draw = DecodedStreamObject()
    draw.set_data(b"q /DAPage Do Q q /DAStamp Do Q")
    contents = writer._add_object(draw)
    box = _Box((0, 0, PAGE_W, PAGE_H))  # one for all copy pages (none of them changes it)
    for copy in range(1, copies):
        stamp_page = generated.pages[len(jobs) + copy - 1]
        stamp_resources = stamp_page.get("/Resources")
        stamp = _form_xobject(
            writer,
            stamp_page,
            stamp_resources.get_object().clone(writer) if stamp_resources is not None else None,
        )
        for template in templates:
            resources = DictionaryObject({_XOBJECT: DictionaryObject({_PAGE: template, _STAMP: stamp})})
            append_page(writer, resources, contents, box)


def append_page(
    writer: PdfWriter,
    resources: DictionaryObject,
    contents: IndirectObject,
    box: RectangleObject | None = None,
) -> None:
    """What ``writer.add_page`` makes of a new blank A4 page given these resources and contents — the same
    objects, keys in the same order, the same object number — without cloning the page it was given (a
    third of the time of 9,000 copy pages). ``tests/forms/test_copies.py`` compares it with ``add_page``."""
    page = PageObject(writer)
    page[_TYPE] = _PAGE_TYPE
    page[_RESOURCES] = resources
    page[_MEDIABOX] = box if box is not None else _Box((0, 0, PAGE_W, PAGE_H))
    page[_CONTENTS] = contents
    reference = writer._add_object(page)
    pages = writer.flattened_pages
    assert pages is not None
    node, index = writer._get_page_in_node(len(pages))
    page[_PARENT] = node.indirect_reference
    assert index < 0  # appended at the end of the top node, as add_page does
    cast(ArrayObject, node["/Kids"]).append(reference)
    pages.append(page)
    current: DictionaryObject | None = node
    while current is not None:
        current[NameObject("/Count")] = NumberObject(cast(int, current["/Count"]) + 1)
        parent = current.get("/Parent")
        current = cast(DictionaryObject, parent.get_object()) if parent is not None else None

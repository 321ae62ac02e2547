"""``merge_overlay`` writes the packets pypdf's ``merge_page`` writes, byte for byte (every example, every
route, print and editable copies, and the maximal case with its renamed fonts)."""

from __future__ import annotations

import pytest
from pypdf import PageObject

from debtassist.examples import EXAMPLES, example_text
from debtassist.forms import packet as packet_module
from debtassist.forms.packet import PacketOptions, build_packet
from debtassist.model.case import Case, Route
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case
from tests.pdf import maximal


def both(case: Case, options: PacketOptions, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:
    report = check_case(case, load_living_expense_table(None))
    ours = build_packet(case, report, options).pdf
    with monkeypatch.context() as patch:
        merged: list[PageObject] = []

        def pypdf_merge(page: PageObject, overlay: PageObject) -> None:
            merged.append(page)
            page.merge_page(overlay)

        patch.setattr(packet_module, "merge_overlay", pypdf_merge)
        theirs = build_packet(case, report, options).pdf
        assert merged  # the forms' pages were merged
    return ours, theirs


@pytest.mark.parametrize("example", EXAMPLES)
@pytest.mark.parametrize("route", list(Route))
def test_examples_on_every_route(example: str, route: Route, monkeypatch: pytest.MonkeyPatch) -> None:
    case = case_from_json(example_text(example))[0].replace(route=route)
    ours, theirs = both(case, PacketOptions(), monkeypatch)
    assert ours == theirs


@pytest.mark.parametrize("options", [PacketOptions(editable=True), PacketOptions(draft=True, lang="en")])
def test_editable_and_draft(options: PacketOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    case = case_from_json(example_text(EXAMPLES[0]))[0]
    ours, theirs = both(case, options, monkeypatch)
    assert ours == theirs


def test_maximal_case(monkeypatch: pytest.MonkeyPatch) -> None:
    ours, theirs = both(maximal.maximal_case(), PacketOptions(), monkeypatch)
    assert ours == theirs


#: Content streams as ReportLab writes them and some it never writes (nested brackets, an array, a comment, a hex
#: string, an inline image, what pypdf could read as a reference): the latter go to pypdf's parser.
STREAMS = [
    b"q 1 0 0 1 0 0 cm BT 1 0 0 1 72.5 -.5 Tm /F1 9 Tf 10.8 TL (a\\(b\\)c \\\\ \\350\\021 ') Tj T* ET Q\n \n",
    b".35 .35 .35 RG\n.6 w\n0 0 0 rg\nn 10 20 30.12345678 40 re B\n/F1 12 Tf (x) ' 1 2 (y) \" /gRLs0 gs\n",
    b"BT /F1 9 Tf (nested (brackets) here) Tj ET\n",
    b"[3 1] 0 d 1 0 0 1 0 0 cm\n",
    b"% a comment\n1 0 0 RG\n",
    b"BT /F1 9 Tf <48656c6c6f> Tj ET\n",
    b"1 0 0 1 0 0 cm 12 0 R\n",
    b"",
]


@pytest.mark.parametrize("content", STREAMS)
def test_a_content_stream_is_merged_as_pypdf_merges_it(content: bytes) -> None:
    from io import BytesIO

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    from debtassist.forms.merge import _rewritten, merge_overlay

    def font(name: str) -> DictionaryObject:
        return DictionaryObject(
            {NameObject("/Type"): NameObject("/Font"), NameObject("/BaseFont"): NameObject(name)}
        )

    def merged(merge: str) -> bytes:
        writer = PdfWriter()
        page = writer.add_blank_page(200, 200)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font("/Blank")})}
        )
        below = DecodedStreamObject()
        below.set_data(b"0 0 1 rg 0 0 10 10 re f\n")
        page[NameObject("/Contents")] = writer._add_object(below)
        overlay = PageObject.create_blank_page(None, 200, 200)
        overlay[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font("/Overlay")})}
        )
        stream = DecodedStreamObject()
        stream.set_data(content)
        overlay[NameObject("/Contents")] = stream
        if merge == "ours":
            merge_overlay(page, overlay)
        else:
            page.merge_page(overlay)
        out = BytesIO()
        writer.write(out)
        return out.getvalue()

    def outcome(merge: str) -> bytes | type[BaseException]:
        try:
            return merged(merge)
        except Exception as error:  # pypdf fails on what it reads as a reference: so must we
            return type(error)

    assert outcome("ours") == outcome("pypdf")
    plain = content in STREAMS[:2] or not content
    assert (_rewritten(content, [], {}, None) is not None) == plain  # ReportLab's tokens take the direct way

"""The default number of sets follows the route: the original plus one copy per creditor of the procedure."""

from __future__ import annotations

from pathlib import Path

from debtassist.forms.packet import default_copies
from debtassist.model.case import Case, Creditor, CreditorKind, Route
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case


def test_the_bank_route_counts_only_the_financial_institutions(tmp_path: Path) -> None:
    creditors = [
        Creditor(kind=CreditorKind.BANK, name="玉山商業銀行", principal=100_000),
        Creditor(kind=CreditorKind.BANK, name="玉山商業銀行", principal=50_000),  # the same creditor twice
        Creditor(kind=CreditorKind.BANK, name="國泰世華商業銀行", principal=80_000),
        Creditor(kind=CreditorKind.PRIVATE, name="王大明", principal=30_000),
        Creditor(kind=CreditorKind.AMC, name="某資產管理公司", principal=20_000),
    ]
    table = load_living_expense_table(tmp_path)
    for route, sets in (
        (Route.BANK_NEGOTIATION, 1 + 2),  # the two banks; private lenders and AMCs are not in the negotiation
        (Route.COURT_MEDIATION, 1 + 4),
        (Route.REHABILITATION, 1 + 4),
    ):
        case = Case(route=route, creditors=creditors)
        assert default_copies(case, check_case(case, table)) == sets, route


def test_appended_copy_pages_equal_what_add_page_makes() -> None:
    """``copies.append_page`` writes the same file as pypdf's ``add_page`` of a new blank page."""
    import io

    from pypdf import PageObject, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

    from debtassist.forms.copies import _Box, append_page
    from debtassist.forms.draw import PAGE_H, PAGE_W

    def build(add: object) -> bytes:
        writer = PdfWriter()
        shared = _Box((0, 0, PAGE_W, PAGE_H))  # as add_shared_copies passes it: one box for every page
        for n in range(5):
            stream = DecodedStreamObject()
            stream.set_data(b"q 0 0 1 rg 0 0 %d %d re f Q" % (10 + n, 20 + n))
            contents = writer._add_object(stream)
            resources = DictionaryObject({NameObject("/XObject"): DictionaryObject()})
            if add == "pypdf":
                page = PageObject.create_blank_page(writer, PAGE_W, PAGE_H)
                page[NameObject("/MediaBox")] = RectangleObject((0, 0, PAGE_W, PAGE_H))
                page[NameObject("/Resources")] = resources
                page[NameObject("/Contents")] = contents
                writer.add_page(page)
            else:
                append_page(writer, resources, contents, shared if n % 2 else None)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    assert build("ours") == build("pypdf")

"""The documents-to-bring handout: which documents, where to get them, a cost only with a source, issue dates."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest

from debtassist.forms import handout as handout_module
from debtassist.forms.handout import build_handout, handout_items
from debtassist.model.case import Applicant, AttachmentState, AttachmentStatus, Case, Lifecycle, Route
from debtassist.rules.attachments import attachment_specs

TODAY = date(2026, 12, 1)


def case(**kw: object) -> Case:
    return Case(
        route=Route.BANK_NEGOTIATION,
        applicant=Applicant(name="王小明", employer="某公司"),
        lifecycle=Lifecycle(label="林社工 02-1234-5678"),
        **kw,  # type: ignore[arg-type]
    )


def test_missing_and_stale_documents_with_their_issue_window() -> None:
    c = case(
        filing_date=date(2026, 12, 20),
        attachments={
            "id_card": AttachmentState(status=AttachmentStatus.HAVE),
            "jcic_list": AttachmentState(status=AttachmentStatus.HAVE, issue_date=date(2026, 10, 1)),
        },
    )
    items = {item.check.id: item for item in handout_items(c, "zh-TW")}
    assert "id_card" not in items  # in hand
    assert items["jcic_list"].problem == "已過期，請重新申請"
    assert items["jcic_list"].when == "115/11/20 至 115/12/20 之間核發"
    assert items["property_list"].problem == "尚未取得"
    assert all(item.cost == "請洽承辦單位" for item in items.values())  # no sourced fee: never invented
    assert items["salary_proof"].when == "115/11/01 以後核發"


def test_without_a_filing_date_the_window_is_said_in_words() -> None:
    items = {item.check.id: item for item in handout_items(case(), "en")}
    assert items["jcic_list"].when == "Must be issued within 1 month(s) before filing"
    assert items["income_list"].when == "Any"


def test_a_sourced_fee_is_shown_with_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    fees = {
        "jcic_list": {"amount": 100, "source": "example.org/fees", "per": {"zh-TW": "每份", "en": "each"}}
    }
    monkeypatch.setattr(handout_module, "document_fees", lambda: fees)
    items = {item.check.id: item for item in handout_items(case(), "en")}
    assert items["jcic_list"].cost == "NT$100 each\n(example.org/fees)"
    assert items["property_list"].cost == "Ask the office"


def test_pdf_page_with_everything_on_it() -> None:
    result = build_handout(case(filing_date=date(2026, 12, 20)), "zh-TW", TODAY)
    assert result.pages == 1 and not result.glyphs
    text = pypdfium2.PdfDocument(result.pdf)[0].get_textpage().get_text_range()
    for expected in ("應備文件", "王小明", "115/12/20", "林社工", "請洽承辦單位", "財產歸屬資料清單"):
        assert expected in text
    done = {spec.id: AttachmentState(status=AttachmentStatus.NOT_APPLICABLE) for spec in attachment_specs()}
    empty = build_handout(case(attachments=done), "en", TODAY)
    assert empty.items == []
    assert (
        "No documents are missing now." in pypdfium2.PdfDocument(empty.pdf)[0].get_textpage().get_text_range()
    )

"""Wizard steps 11-14, one module each: the documents checklist (``attachments_page``), the repayment plan
(``plan_page``), the review (``review_page``) and the printed packet (``packet_page``, with the preview and
printing in ``packet_preview``). This module gathers them for the window and the tests."""

from __future__ import annotations

from debtassist.ui.wizard.attachments_page import AttachmentsPage
from debtassist.ui.wizard.final_text import fill, money, rate_text, yes_no
from debtassist.ui.wizard.packet_page import PACKET_FILE, PACKET_STATE_FILE, PacketPage
from debtassist.ui.wizard.packet_preview import (
    MAX_PRINT_DPI,
    PREVIEW_EAGER,
    PREVIEW_LIMIT,
    PREVIEW_SCALE,
    PacketPreview,
    PrintCancelled,
    print_pdf,
    render_page,
)
from debtassist.ui.wizard.plan_page import Bar, PlanChart, PlanPage, chart_bars, chart_payment
from debtassist.ui.wizard.review_page import EDIT_PAGES, ReviewPage, ReviewWriter, page_for_path, review_html

__all__ = [
    "EDIT_PAGES",
    "MAX_PRINT_DPI",
    "PACKET_FILE",
    "PACKET_STATE_FILE",
    "PREVIEW_EAGER",
    "PREVIEW_LIMIT",
    "PREVIEW_SCALE",
    "AttachmentsPage",
    "Bar",
    "PacketPage",
    "PacketPreview",
    "PlanChart",
    "PlanPage",
    "PrintCancelled",
    "ReviewPage",
    "ReviewWriter",
    "chart_bars",
    "chart_payment",
    "fill",
    "money",
    "page_for_path",
    "print_pdf",
    "rate_text",
    "render_page",
    "review_html",
    "yes_no",
]

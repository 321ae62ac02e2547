"""The 更生方案 form in the rehabilitation packet, checked with pypdfium2 (text of each page)."""

from __future__ import annotations

import pypdfium2 as pdfium

from debtassist.forms.packet import PacketOptions, build_packet
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case
from tests.rules.personas import TODAY
from tests.rules.plan_builders import court_case, unsecured


def page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_plan_form_prints_the_plan_its_tests_and_every_creditor() -> None:
    claims = [unsecured(f"第{i:02d}號債權人股份有限公司", 100_000 + i * 1_001, f"c-{i}") for i in range(30)]
    case = court_case(
        monthly_income=40_000,
        need=30_000,
        two_year_total=864_000,
        claims=claims,
        phases=[(24, 6_000), (48, 9_000)],
        payment_day=15,
    )
    report = check_case(case, load_living_expense_table(None), TODAY)
    packet = build_packet(case, report, PacketOptions(draft=True))
    pages = [squeeze(t) for t in page_texts(packet.pdf)]
    plan_pages = [t for t in pages if "court-plan" in t or "各債權人之受償金額" in t]
    text = "".join(pages)
    assert any("更生方案" in t and "一、清償之金額" in t for t in pages)
    assert "第1期至第24期，每期清償6,000元" in text and "第25期至第72期，每期清償9,000元" in text
    assert "576,000" in text  # 24 x 6,000 + 48 x 9,000
    assert "消債條例第64條之1" in text and "元以下四捨五入" in text
    assert "每期於15日前給付" in text
    # 30 creditors do not fit the 22 lines: the rest continue on a continuation sheet, and every one is printed.
    for i in range(30):
        assert f"第{i:02d}號債權人股份有限公司" in text, i
    sheet = next(t for t in pages if "更生方案（接續第" in t and "承前頁累計" in t)
    # claims, per-instalment amounts per phase (the parts add up to each phase's amount) and plan totals
    assert "總計3,435,4356,000／9,000576,000" in sheet
    assert "合計（含附表" in "".join(plan_pages)
    court = report.figures.court
    assert court is not None and court.plan is not None
    assert sum(s.total for s in court.plan.distribution) == 576_000


def test_court_figure_bindings_for_the_petitions() -> None:
    from debtassist.forms.bindings import FillContext, box_value

    case = court_case(
        monthly_income=40_000,
        need=30_000,
        two_year_total=864_000,
        claims=[unsecured("甲銀行", 1_000_000, "c")],
    )
    ctx = FillContext(case, check_case(case, load_living_expense_table(None), TODAY))
    assert (
        box_value("figures.two_year_window", ctx)
        == "聲請前二年：民國113年12月至115年11月（依聲請日往前計算24個月）"
    )
    assert box_value("figures.two_year_income", ctx) == "864,000"
    assert box_value("figures.surplus_two_years", ctx) == "144,000"  # 864,000 - 24 x 30,000
    assert box_value("figures.surplus_per_month", ctx) == "10,000"
    assert box_value("figures.liquidation_value", ctx) == "0"
    assert box_value("figures.suggested_plan", ctx) == "72期，每期 8,000 元，總額 576,000 元"
    assert box_value("plan.phases", ctx).startswith("（尚未填寫")

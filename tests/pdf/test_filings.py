"""Filings a court or bank accepts: each route's petition or application has its parts, exhibits match the
attachments, no text below 7 pt, no number split, the filed set numbered on its own, same bytes twice."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pikepdf
import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtassist.forms import continuation, draw, flow, pleading
from debtassist.forms.fit import FLOOR, NO_LINE_END, NO_LINE_START, breaks_word, line_text, prepare, wrap
from debtassist.forms.fonts import register_fonts
from debtassist.forms.packet import Packet, PacketOptions, build_packet, forms_for
from debtassist.model.case import AttachmentState, AttachmentStatus, Case, PriorStepKind, Route
from debtassist.rules.routes import route_spec
from tests.pdf import pdfcheck as pc
from tests.pdf.maximal import maximal_case

ALL_ROUTES = list(Route)


def packet(case: Case, **options: Any) -> Packet:
    report = pc.check(case)
    return build_packet(case, report, PacketOptions(draft=bool(report.errors), **options))


def on_route(route: Route, **updates: Any) -> Case:
    case = pc.example_case("court-private-amc")
    venue = {
        Route.TOWNSHIP_MEDIATION: "高雄市三民區調解委員會",
        Route.BANK_NEGOTIATION: "",
    }.get(route, "臺灣高雄地方法院")
    return case.replace(**{"route": route, "venue": venue, **updates})


def pleading_text(p: Packet) -> str:
    return "\n".join(r.text for job in p.jobs if job.kind == "pleading" for r in job.filled)


def page_texts(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


@pytest.mark.parametrize("route", ALL_ROUTES)
def test_each_routes_filing_has_its_parts(route: Route) -> None:
    case = on_route(route)
    case.filing.preparer = "林社工"
    case.filing.agent.name = "陳律師"
    case.filing.agent.role = "律師"
    text = pleading_text(packet(case))
    title = route_spec(route).title
    assert title in text
    who = "申請人" if route is Route.BANK_NEGOTIATION else "聲請人"
    assert f"{who}\n黃淑芬" in text  # the party block's role
    assert ("\n聲請人\n" not in text) if route is Route.BANK_NEGOTIATION else ("\n申請人\n" not in text)
    for part in (
        "國民身分證統一編號：E225566775",
        "住所（戶籍）：高雄市三民區",
        "居所：",
        "電話：",
        "代理人",
        "陳律師",
    ):
        assert part in text, part
    assert ("申請事項" if route is Route.BANK_NEGOTIATION else "聲請事項") in text
    assert ("調解事由及爭議情形" if route is Route.TOWNSHIP_MEDIATION else "事實及理由") in text
    assert "無力依約清償各債權人" in text  # the debtor's own account
    assert "證物名稱及件數" in text and "附件一：" in text
    assert "撰狀人　林社工" in text
    assert "中華民國115年12月10日" in text
    if route.is_court:
        assert "謹　狀" in text and "臺灣高雄地方法院 民事庭　公鑒" in text and "具狀人　黃淑芬" in text
        assert "案號：" in text
    if route is Route.TOWNSHIP_MEDIATION:
        assert "高雄市三民區調解委員會　公鑒" in text
        for court_only in ("案號：", "聲請費", "民事庭", "第153條之1", "鈞院"):
            assert court_only not in text, court_only
    if route is Route.COURT_MEDIATION:
        assert "第153條之1第1項" in text
        trail = pc.check(case).figures.explain("court_fee", "zh-TW")
        assert any("第153條之1第1項" in step for step in trail), trail
    if route is Route.BANK_NEGOTIATION:
        assert "95年度銀行公會" in text and "申請人　黃淑芬" in text
    if route in (Route.REHABILITATION, Route.LIQUIDATION):
        assert "向遠東國際商業銀行請求前置協商" in text and "中華民國115年6月30日協商不成立" in text
        assert "有協商不成立通知書可證（附件" in text


def test_prior_step_none_is_treated_as_mediation_and_court_mediation_is_cited() -> None:
    case = on_route(Route.LIQUIDATION)
    case.history.prior_step = PriorStepKind.NONE
    assert "施行細則第42條之1第1項，本件聲請視為法院調解之聲請" in pleading_text(packet(case))
    case.history.prior_step = PriorStepKind.COURT_MEDIATION
    case.history.prior_step_date = date(2026, 12, 1)
    case.history.prior_step_body = "臺灣高雄地方法院"
    case.history.prior_step_case_number = "115年度司消債調字第8號"
    text = pleading_text(packet(case))
    assert "115年度司消債調字第8號" in text and "調解不成立證明書" in text
    assert "不另徵收聲請費" in text  # filed 9 days after court mediation failed
    assert pc.check(case).figures.court_fee == 0
    case.history.prior_step = PriorStepKind.TOWNSHIP_MEDIATION
    case.history.prior_step_body = "高雄市三民區調解委員會"
    assert "不另徵收聲請費" not in pleading_text(packet(case))
    assert pc.check(case).figures.court_fee == 1000  # the waiver follows court mediation only
    checklist = {a.id for a in pc.check(case).attachments}
    assert "mediation_failure_certificate" in checklist and "negotiation_failure_notice" not in checklist


def test_exhibits_match_the_enclosed_documents_and_missing_ones_are_later() -> None:
    case = on_route(Route.REHABILITATION)
    case.attachments["id_card"] = AttachmentState(status=AttachmentStatus.HAVE, pieces=2)
    p = packet(case)
    text = pleading_text(p)
    report = pc.check(case)
    enclosed = [a for a in report.attachments if a.status is AttachmentStatus.HAVE]
    labels = re.findall(r"附件([一二三四五六七八九十]+)：", text)
    assert len(labels) == len(forms_for(Route.REHABILITATION)) + len(enclosed)
    # After the four enclosed forms (statement, two lists, plan).
    assert "附件五：身分證正反面影本　2件" in text
    for a in report.attachments:
        if a.status is AttachmentStatus.MISSING and a.level in ("required", "recommended"):
            assert f"{a.title('zh-TW')}（後補）" in text


def recorded_draws(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, list[str], bool]]:
    calls: list[tuple[float, list[str], bool]] = []
    original = draw.draw_lines

    def spy(
        canvas: Any, lines: Any, left: float, top: float, width: float, size: float, *a: Any, **k: Any
    ) -> None:
        calls.append((size, [line_text(line) for line in lines], breaks_word(lines)))
        original(canvas, lines, left, top, width, size, *a, **k)

    for module in (draw, flow, continuation, pleading):
        if hasattr(module, "draw_lines"):
            monkeypatch.setattr(module, "draw_lines", spy)
    return calls


def tf_sizes(data: bytes) -> Iterator[float]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for instruction in pikepdf.parse_content_stream(page):
                if (
                    isinstance(instruction, pikepdf.ContentStreamInstruction)
                    and str(instruction.operator) == "Tf"
                ):
                    yield float(instruction.operands[1])


@pytest.mark.parametrize("route", [Route.REHABILITATION, Route.BANK_NEGOTIATION])
def test_maximal_case_no_text_below_7pt_and_no_number_split(
    route: Route, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = recorded_draws(monkeypatch)
    case = maximal_case(route)
    p = packet(case)
    assert calls
    small = [c for c in calls if c[0] < FLOOR - 1e-9 and any(c[1])]
    assert small == []
    split = [c[1] for c in calls if c[2]]
    assert split == [], split[:3]
    sizes = list(tf_sizes(p.pdf))
    assert sizes and min(sizes) >= FLOOR


def test_continuation_sheets_carry_who_and_their_own_page_count() -> None:
    p = packet(maximal_case())
    texts = page_texts(p.pdf)
    sheets = [t for job, t in zip(p.jobs, texts, strict=False) if job.kind == "continuation"]
    assert sheets
    for text in sheets:
        assert "身分證統一編號：" in text and re.search(r"附表\S+\s+第\d+頁／共\d+頁", text), text[:120]
        assert "（續）（續）" not in text


def test_filed_set_is_numbered_without_the_cover_and_copies_alike() -> None:
    case = pc.example_case("single-cards")
    p = packet(case, copies=2)
    texts = page_texts(p.pdf)
    cover = sum(1 for j in p.jobs if j.kind == "cover")
    filed = len(p.jobs) - cover
    assert all("封面（不隨件送出）" in t for t in texts[:cover])
    en = packet(case, lang="en")
    assert all("Cover (not filed)" in t for t in page_texts(en.pdf)[:cover])
    numbers = [re.search(r"第 (\d+) 頁／共 (\d+) 頁", t) for t in texts[cover:]]
    assert [(int(m[1]), int(m[2])) for m in numbers if m] == [(i, filed) for i in range(1, filed + 1)] * 2
    assert p.contents[0][1].startswith("1")


def test_same_case_same_bytes_with_language_and_document_id() -> None:
    case = pc.example_case("court-private-amc")
    first, second = packet(case).pdf, packet(case).pdf
    assert first == second
    with pikepdf.open(io.BytesIO(first)) as pdf:
        assert str(pdf.Root.Lang) == "zh-TW"
        assert len(bytes(pdf.trailer.ID[0])) == 16
        assert case.applicant.national_id not in str(pdf.docinfo.get("/Title"))


def test_home_loan_columns_only_on_rehabilitation_lists() -> None:
    from debtassist.forms.definition import form_definition

    for route in Route:
        keys = {c.key for f in forms_for(route) for t in form_definition(f).tables for c in t.columns}
        assert ("home_loan" in keys) == (route is Route.REHABILITATION), route
        if route is not Route.BANK_NEGOTIATION:
            assert "note" in keys and "unpaid_after_security" in keys
    other = form_definition("bank-other-creditors")
    assert {"unpaid_after_security", "note"} <= {c.key for c in other.tables[0].columns}


def test_cover_names_notes_not_printed_fees_and_signing_and_english_is_english() -> None:
    case = on_route(Route.TOWNSHIP_MEDIATION)
    zh = "\n".join(page_texts(packet(case).pdf))
    assert "未印出的內容" in zh and "免費" in zh and "先在每份正本" in zh
    en = page_texts(packet(case, lang="en").pdf)
    cover = "\n".join(en[: sum(1 for j in packet(case, lang="en").jobs if j.kind == "cover")])
    assert "Application for mediation (district mediation committee) (消費者債務清理調解聲請書)" in cover
    assert "sign or seal each original" in cover and "Not printed" in cover
    for chinese_label in ("銀行／", "民間／", "資產管理公司／"):
        assert chinese_label not in cover
    bank = "\n".join(page_texts(packet(on_route(Route.BANK_NEGOTIATION)).pdf))
    assert "前置協商」的受理地址" in bank
    # Where to get free advice, with the number to call, on the page a stressed reader keeps.
    assert "412-8518" in zh.replace("\n", "") and "412-8518" in cover.replace("\n", "")


PUNCT = sorted(NO_LINE_START | NO_LINE_END)


@given(
    st.lists(st.sampled_from(list("消費者債務清理條例聲請人") + PUNCT), min_size=1, max_size=80),
    st.integers(3, 20),
)
def test_line_breaking_rules(chars: list[str], per_line: int) -> None:
    register_fonts()
    text = "".join(chars)
    lines = wrap(prepare(text, "t").units, per_line * 10.0 + 1, 10.0)
    assert "".join(line_text(line) for line in lines) == text  # nothing lost
    for i, line in enumerate(lines):
        t = line_text(line)
        if i > 0 and t and len(lines[i - 1]) > 2:
            prev = line_text(lines[i - 1])
            # A line starts with closing punctuation only if the previous line could not give it a character.
            assert t[0] not in NO_LINE_START or all(c in NO_LINE_START | NO_LINE_END for c in prev[-2:]), (
                lines
            )
        if i + 1 < len(lines) and len(t) > 1:
            # ... and ends with an opening bracket only if it is all punctuation (no character to carry along).
            assert t[-1] not in NO_LINE_END or all(c in NO_LINE_END | NO_LINE_START for c in t), lines


def test_no_orphan_character() -> None:
    register_fonts()
    lines = wrap(prepare("消費者債務清理條例第一條", "t").units, 110.5, 10.0)
    assert [line_text(line) for line in lines] == ["消費者債務清理條例第", "一條"]
    lines = wrap(prepare("「消費者」", "t").units, 40.5, 10.0)
    assert all(not line_text(line).endswith("「") for line in lines[:-1])


BUILD = """
import hashlib, sys
from tests.pdf import pdfcheck as pc
from debtassist.forms.packet import PacketOptions, build_packet
case = pc.example_case("court-private-amc")
sys.stdout.write(hashlib.sha256(build_packet(case, pc.check(case), PacketOptions()).pdf).hexdigest())
"""


def test_same_bytes_across_processes_with_different_hash_seeds() -> None:
    """Set iteration order changes with the hash seed between runs (the deadline lines used to): the bytes
    must not."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        out = subprocess.run([sys.executable, "-c", BUILD], capture_output=True, text=True, env=env, cwd=root)
        assert out.returncode == 0, out.stderr
        digests.add(out.stdout)
    assert len(digests) == 1

"""The printed packet as a court clerk reads it: the petitions state the court's figures (the plan in brief,
the two-year surplus, the liquidation value) with their articles, the statement prints the two-year window,
the desk's lifecycle supplies the Art. 151 prerequisite, and the totals agree across the forms."""

from __future__ import annotations

from datetime import date

import pytest

from debtassist.forms.bindings import money
from debtassist.forms.plan_bindings import window_text
from debtassist.model.case import Case, Lifecycle, LifecycleEvent, Route, Stage
from tests.pdf import pdfcheck as pc
from tests.pdf.test_filings import on_route, packet, page_texts, pleading_text


def statement_text(case_route: Route) -> str:
    p = packet(on_route(case_route))
    return "\n".join(r.text for job in p.jobs if "財產及收" in job.section for r in job.filled)


def test_rehabilitation_petition_states_the_plan_and_the_court_tests_with_articles() -> None:
    case = on_route(Route.REHABILITATION)
    court = pc.check(case).figures.court
    assert court is not None and court.plan is not None and court.window is not None
    plan = court.plan
    text = pleading_text(packet(case)).replace("\n", "")
    assert window_text(court.window) == "民國113年12月至115年11月"
    assert f"清償總額新臺幣{money(plan.total)}元" in text
    assert f"分{sum(p.instalments for p in plan.phases)}期" in text and f"{plan.months}個月內" in text
    assert f"清償成數{plan.percent_repaid}%" in text
    # the plan is attached under its exhibit number, the same one the 證物 list gives it
    assert "擬具更生方案（附件" in text
    number = text.split("擬具更生方案（")[1].split("）")[0]
    assert f"{number}：更生方案" in text
    assert f"餘額為新臺幣{money(court.surplus_two_years)}元（消費者債務清理條例第64條第2項第4款）" in text
    assert f"清算價值為新臺幣{money(court.liquidation_value)}元" in text and "同條項第3款" in text
    best = next(t for t in plan.tests if t.key == "art_64_1")
    assert "第64條之1" in text and f"十分之九為新臺幣{money(best.required_amount)}元" in text
    assert window_text(court.window) in text


def test_liquidation_petition_states_the_liquidation_value_and_the_window() -> None:
    case = on_route(Route.LIQUIDATION)
    court = pc.check(case).figures.court
    assert court is not None and court.window is not None
    text = pleading_text(packet(case)).replace("\n", "")
    assert f"清算價值為新臺幣{money(court.liquidation_value)}元" in text
    window = f"{window_text(court.window)}，依聲請日往前計算24個月）"
    assert f"{window}之可處分所得總額為新臺幣{money(court.window_income)}元" in text
    assert "更生方案" not in text and "第64條" not in text  # no plan on the liquidation route


def test_liquidation_value_names_what_was_left_out() -> None:
    case = on_route(Route.LIQUIDATION)
    case.assets[0].hard_to_sell = True
    case.assets[0].exclusion_reason = "存款已遭扣押"
    court = pc.check(case).figures.court
    assert court is not None
    left = case.assets[0]
    text = pleading_text(packet(case)).replace("\n", "")
    value = next(i.value for i in court.liquidation_items if i.asset_id == left.id)
    assert f"扣除不易變價或不屬清算財團之財產1項（{money(value)}元）" in text
    assert f"清算價值為新臺幣{money(court.liquidation_value)}元" in text


def test_statement_income_part_prints_the_two_year_window() -> None:
    for route in (Route.REHABILITATION, Route.LIQUIDATION):
        assert "聲請前二年：民國113年12月至115年11月（依聲請日往前計算24個月）" in statement_text(route)
    # the bank's statement too, in the bank's words
    bank = statement_text(Route.BANK_NEGOTIATION)
    assert "申請前二年：民國113年12月至115年11月（依申請日往前計算24個月）" in bank and "聲請" not in bank


def test_petition_states_the_failed_court_mediation_from_the_lifecycle_and_the_fee_waiver() -> None:
    case = on_route(Route.REHABILITATION)
    case.history = case.history.replace(
        prior_step=None, previous_negotiation=None, mediation_failed_date=None
    )
    case.lifecycle = Lifecycle(
        events=[
            LifecycleEvent(
                kind=Stage.FAILED,
                date=date(2026, 12, 1),
                procedure=Route.COURT_MEDIATION,
                body="臺灣高雄地方法院",
                reference="115年度司消債調字第77號",
            )
        ]
    )
    report = pc.check(case)
    assert report.figures.court_fee == 0  # filed 9 days after the failed court mediation
    text = pleading_text(packet(case)).replace("\n", "")
    assert "向臺灣高雄地方法院聲請債務清理之調解（案號：115年度司消債調字第77號）" in text
    assert "於中華民國115年12月1日調解不成立" in text and "不另徵收聲請費" in text
    assert "聲請費新臺幣" not in text


def filed_pages(case: Case) -> list[str]:
    """The text of every page the court or bank receives (the cover is not sent)."""
    return [t for t in page_texts(packet(case).pdf) if "不隨件送出" not in t and "not sent" not in t]


@pytest.mark.parametrize("route", list(Route))
def test_signature_lines_say_the_right_party(route: Route) -> None:
    """Court and committee filings say 聲請人 on every signature line (the statement and the debtor list
    included); the bank forms say 申請人."""
    pages = "\n".join(filed_pages(on_route(route))).replace(" ", "")
    wrong, right = ("聲請人", "申請人") if route is Route.BANK_NEGOTIATION else ("申請人", "聲請人")
    assert f"{wrong}（簽名或蓋章）" not in pages
    assert pages.count(f"{right}（簽名或蓋章）") >= 2  # the statement (or bank lists) and the debtor list


def test_plan_table_totals_row_shows_the_instalment_the_parts_add_up_to() -> None:
    """The distribution's 合計 row states the sum of the per-instalment amounts (= the plan's monthly amount),
    so a clerk can see that the parts add up, not only the grand total."""
    case = on_route(Route.REHABILITATION)
    court = pc.check(case).figures.court
    assert court is not None and court.plan is not None
    plan = court.plan
    assert len(plan.phases) == 1
    filled = {r.name: r.text for job in packet(case).jobs for r in job.filled}
    row = len(plan.distribution)
    assert sum(
        int(filled[f"distribution_{i}_per_instalment"].replace(",", "")) for i in range(1, row + 1)
    ) == (plan.phases[0].amount)
    totals_row = 23  # the form has 22 lines; the totals row is the next one
    assert filled[f"distribution_{totals_row}_per_instalment"] == money(plan.phases[0].amount)
    assert filled[f"distribution_{totals_row}_total"] == money(plan.total)


def test_maximal_sheets_keep_numbers_in_their_columns_and_send_each_text_once() -> None:
    """200 creditors: the 項次 100+ stays in its (widened) column instead of going to a text sheet of its own,
    and a row that moves to the next sheet page does not send its long cells to text sheets twice."""
    import re

    from tests.pdf.maximal import maximal_case

    case = maximal_case(Route.REHABILITATION)
    text = "\n".join(page_texts(packet(case).pdf))
    headings = re.findall(r"附表[一二三四五六七八九十百零]+　(.*第\d+列「[^」]+」)", text)
    assert headings, "the maximal case has text sheets"
    assert not [h for h in headings if "「項次」" in h or "（元）」" in h]
    assert len({h for h in headings if h.startswith("附表")}) == len(
        [h for h in headings if h.startswith("附表")]
    )
    for index in (100, 150, 200):  # printed in the table, on the row of its creditor
        assert re.search(rf"(?m)^{index} \S", text), index


def test_a_negative_two_year_surplus_is_stated_as_zero_with_the_shortfall() -> None:
    case = on_route(Route.REHABILITATION)
    for record in case.income.records:
        record.amount = 1_000 if record.amount is not None else None
    court = pc.check(case).figures.court
    assert court is not None and court.surplus_two_years is not None and court.surplus_two_years < 0
    text = pleading_text(packet(case)).replace("\n", "")
    assert f"餘額為0元（所得低於必要生活費用，差額新臺幣{money(-court.surplus_two_years)}元）" in text
    assert "新臺幣-" not in text


def test_cover_page_count_of_many_copies_has_thousands_separators() -> None:
    import re

    from tests.pdf.maximal import maximal_case

    cover = "".join(
        t for t in page_texts(packet(maximal_case(Route.REHABILITATION)).pdf) if "不隨件送出" in t
    )
    filed = re.search(r"送件文件共 (\d+) 頁", cover)
    found = re.search(r"共 (\d+) 份、([\d,]+) 頁", cover)
    assert filed is not None and found is not None
    copies, total = int(found.group(1)), found.group(2)
    assert copies * int(filed.group(1)) >= 1000
    assert total == f"{copies * int(filed.group(1)):,}"  # 96 copies of 98 pages: 9,408


COURT_ROUTES = [Route.COURT_MEDIATION, Route.TOWNSHIP_MEDIATION, Route.REHABILITATION, Route.LIQUIDATION]


@pytest.mark.parametrize("example", ["court-private-amc", "parent-mortgage", "single-cards"])
@pytest.mark.parametrize("route", COURT_ROUTES)
def test_totals_agree_across_the_forms(example: str, route: Route) -> None:
    """The petition's debts = the creditor list's total; its assets = the statement's asset total; its monthly
    income and necessary expense = the statement's 收支計算; the two-year income = the statement's income total."""
    case = pc.example_case(example).replace(route=route)
    report = pc.check(case)
    f = report.figures
    filled = {r.name: r.text for job in packet(case).jobs for r in job.filled}
    text = pleading_text(packet(case)).replace("\n", "")
    assert f"債務總額新臺幣{money(f.total_debt)}元" in text
    assert filled["creditors_15_claim"] == money(f.total_debt)
    assert f"現有財產總額新臺幣{money(f.total_assets)}元" in text
    assert filled["assets_17_value"] == money(f.total_assets)
    assert f"每月收入新臺幣{money(f.monthly_income)}元" in text and filled["sum_income"] == money(
        f.monthly_income
    )
    assert filled["sum_necessary"] == money(f.debtor_necessary_expense)
    court = f.court
    if route in (Route.REHABILITATION, Route.LIQUIDATION) and court is not None and court.window_income:
        assert filled["income_7_amount"] == money(court.window_income)
        assert f"可處分所得總額為新臺幣{money(court.window_income)}元" in text


def test_no_plan_entered_no_empty_plan_enclosed_and_the_petition_says_it_follows() -> None:
    case = pc.example_case("parent-mortgage").replace(route=Route.REHABILITATION, venue="臺灣臺中地方法院")
    court = pc.check(case).figures.court
    assert court is not None and court.plan is None
    p = packet(case)
    text = pleading_text(p).replace("\n", "")
    assert "將於收受債權表後10日內提出更生方案（消費者債務清理條例第53條第1項）" in text
    assert "更生方案" not in text.split("證物名稱及件數")[1]
    assert "court-plan" not in {job.form.id for job in p.jobs if job.form is not None}
    # with a plan, it is enclosed and cited
    with_plan = on_route(Route.REHABILITATION)
    assert "court-plan" in {job.form.id for job in packet(with_plan).jobs if job.form is not None}


@pytest.mark.parametrize("route", list(Route))
def test_each_enclosed_form_is_marked_with_its_exhibit_number(route: Route) -> None:
    """民事訴訟書狀規則 Art. 4: each enclosed document carries its number at the top right of its first page,
    the same number the petition's 證物名稱及件數 gives it."""
    p = packet(on_route(route))
    listing = pleading_text(p)
    firsts = [job for job in p.jobs if job.kind == "form" and job.form_page == 1]
    assert firsts
    for job in firsts:
        marks = [r.text for r in job.filled if r.name == "exhibit_mark"]
        assert len(marks) == 1, job.section
        assert f"{marks[0]}：{job.section}" in listing
    assert not [r for job in p.jobs if job.form_page != 1 for r in job.filled if r.name == "exhibit_mark"]


def test_sheets_of_a_form_with_several_tables_name_the_part() -> None:
    """The statement has five tables with a 備註 or 項次 column each: a text sheet or a continued table names
    the part (第一部分　財產目錄 …), never just 「財產及收入狀況說明書 第1列」."""
    from tests.pdf.maximal import maximal_case

    text = "\n".join(page_texts(packet(maximal_case(Route.REHABILITATION)).pdf))
    assert "財產及收入狀況說明書 第一部分　財產目錄（接續第17列起）" in text
    assert "財產及收入狀況說明書 第四部分　最近二年必要支出 第1列「備註」" in text or (
        "財產及收入狀況說明書 第一部分　財產目錄 第1列「備註」" in text
    )
    assert "財產及收入狀況說明書 第1列" not in text and "財產及收入狀況說明書（接續" not in text


@pytest.mark.parametrize("route", list(Route))
def test_the_cover_names_the_party_as_the_route_does(route: Route) -> None:
    """申請人 on the bank route, 聲請人 wherever a court or a committee is petitioned; only court filings cite the
    pleading rules for exhibit marks."""
    case = on_route(route)
    cover = "".join(t for t in page_texts(packet(case).pdf) if "不隨件送出" in t).replace("\r", "")
    wrong, right = ("聲請人", "申請人") if route is Route.BANK_NEGOTIATION else ("申請人", "聲請人")
    assert f"一、{right}與送件方式" in cover and f"一、{wrong}與送件方式" not in cover
    signer = "申請人欄" if route is Route.BANK_NEGOTIATION else "具狀人（聲請人）欄"
    assert signer in cover.replace("\n", "")
    assert ("民事訴訟書狀規則" in cover) is (route is not Route.BANK_NEGOTIATION)
    # What a missing document leads to is said for this route only.
    assert ("銀行可能退件" in cover) is (route is Route.BANK_NEGOTIATION)
    court = route not in (Route.BANK_NEGOTIATION, Route.TOWNSHIP_MEDIATION)
    assert ("法院通常會裁定限期補正" in cover) is court
    assert ("調解委員會可能請您補送" in cover) is (route is Route.TOWNSHIP_MEDIATION)


def test_the_english_cover_names_places_and_problems_in_english() -> None:
    """Characters the font lacks are listed by the document's English name, the row and the column heading as
    printed on the page; problems end with their rule in English punctuation."""
    from tests.pdf.maximal import maximal_case

    case = maximal_case(Route.REHABILITATION)
    pages = page_texts(packet(case, lang="en").pdf)
    cover = "\n".join(t for t in pages if "Cover (not filed)" in t)
    assert "List of creditors (債權人清冊), row 4, column 「債權人」: “〔U+3134A〕” U+3134A" in cover
    assert "第4列" not in cover and "・" not in cover and "）\n" not in cover

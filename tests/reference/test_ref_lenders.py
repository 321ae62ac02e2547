"""The lender list and creditor kinds."""

from __future__ import annotations

import pytest

from debtassist.model.case import CreditorKind
from debtassist.reference.lenders import (
    creditor_kind_for,
    kind_from_name,
    lender_by_name,
    lenders,
)
from debtassist.resources_path import read_text


def test_every_entry_is_loaded() -> None:
    lines = [
        line
        for line in read_text("data", "financial-institutions.txt").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0] == "kind\tname"
    assert len(lenders()) == len(lines) - 1
    assert len({lender.name for lender in lenders()}) == len(lenders())


def test_kinds_are_creditor_kinds() -> None:
    values = {kind.value for kind in CreditorKind}
    assert {lender.kind for lender in lenders()} == {"bank", "post", "other_fi", "amc"}
    assert all(lender.kind in values for lender in lenders())


def test_hints_are_split_from_names() -> None:
    farmers = lender_by_name("農會信用部")
    assert farmers is not None and farmers.kind == "other_fi" and farmers.generic
    assert farmers.hint.startswith("farmers' association credit department")
    amc = lender_by_name("資產管理公司")
    assert amc is not None and amc.kind == "amc" and "(" not in amc.name
    citi = lender_by_name("花旗(台灣)商業銀行")
    assert citi is not None and citi.name == "花旗(台灣)商業銀行" and citi.hint == "" and not citi.generic
    for lender in lenders():
        assert "(" not in lender.name or lender.kind == "bank"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("臺灣銀行", "臺灣銀行"),
        ("台灣銀行", "臺灣銀行"),
        (" 台北富邦商業銀行 ", "台北富邦商業銀行"),
        ("臺北富邦商業銀行", "台北富邦商業銀行"),
        ("花旗（臺灣）商業銀行", "花旗(台灣)商業銀行"),
        ("兆豐銀行", "兆豐國際商業銀行"),
        ("上海銀行", "上海商業儲蓄銀行"),
        ("中華郵政", "中華郵政股份有限公司"),
        ("農會信用部 (farmers' association credit department — name the association)", "農會信用部"),
    ],
)
def test_lender_by_name(text: str, name: str) -> None:
    lender = lender_by_name(text)
    assert lender is not None and lender.name == name


@pytest.mark.parametrize("text", ["", "   ", "某某銀行", "王小明", "土地銀行"])
def test_unknown_lender(text: str) -> None:
    assert lender_by_name(text) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("中國信託商業銀行", "bank"),
        ("中華郵政股份有限公司", "post"),
        ("農會信用部", "other_fi"),
        ("資產管理公司", "amc"),
        ("台新銀行", "bank"),
        # Not in the list: the name heuristic.
        ("某某資產管理股份有限公司", "amc"),
        ("合作金庫資產管理股份有限公司", "amc"),
        ("某某國際商業銀行", "bank"),
        ("某某銀行", "bank"),
        ("新竹市第三信用合作社", "other_fi"),
        ("宜蘭縣頭城區漁會", "other_fi"),
        ("某鄉農會信用部", "other_fi"),
        ("郵政儲金", "post"),
        ("王小明", None),
        ("", None),
    ],
)
def test_creditor_kind_for(name: str, kind: str | None) -> None:
    assert creditor_kind_for(name) == kind


def test_heuristic_agrees_with_the_list() -> None:
    for lender in lenders():
        assert kind_from_name(lender.name) == lender.kind, lender

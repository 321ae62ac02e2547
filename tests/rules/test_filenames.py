"""Suggested file names are safe for any file system and terminal, whatever the applicant's name holds."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from debtassist.model.case import Route
from debtassist.rules.filenames import suggested_name
from debtassist.rules.safe_text import file_name_text


def test_a_plain_name_and_the_route() -> None:
    assert (
        suggested_name("王小明", Route.BANK_NEGOTIATION, "申請文件", "pdf") == "王小明-前置協商-申請文件.pdf"
    )
    assert (
        suggested_name("Wang", Route.REHABILITATION, "packet", ".pdf", "en")
        == "Wang-rehabilitation-packet.pdf"
    )
    assert suggested_name("", None, "", "json") == "DebtAssist.json"


def test_what_a_file_system_or_terminal_would_misread_is_removed() -> None:
    assert file_name_text("王小明\u202egpj.exe") == "王小明 gpj.exe"  # a right-to-left override
    assert file_name_text("a\u200bb") == "a b"  # zero-width space
    assert file_name_text("-rf ..") == "rf"  # not an option, not a dot name
    assert file_name_text('a/b\\c:d*e?f"g<h>i|j') == "a b c d e f g h i j"
    assert file_name_text("line\nbreak\ttab\x1b[31mred") == "line break tab [31mred"
    assert file_name_text("CON") == "_CON" and file_name_text("nul.txt") == "_nul.txt"
    assert file_name_text("name. . ") == "name"
    assert len(file_name_text("長" * 500)) == 80


@given(st.text(), st.sampled_from([None, *Route]), st.text(max_size=20))
def test_any_name_gives_a_safe_file_name(applicant: str, route: Route | None, what: str) -> None:
    name = suggested_name(applicant, route, what, "pdf")
    stem = name[: -len(".pdf")]
    assert name.endswith(".pdf") and stem
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") for c in stem)
    assert not set(stem) & set('\\/:*?"<>|')
    assert not stem.startswith((".", "-", " ")) and not stem.endswith((".", " "))
    assert len(stem) <= 80

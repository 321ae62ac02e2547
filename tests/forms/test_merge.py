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

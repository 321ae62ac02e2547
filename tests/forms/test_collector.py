"""The cycle collector is paused for a packet build and comes back as it was (nested, on errors, if it was off)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from debtassist.examples import example_text
from debtassist.forms import packet
from debtassist.forms.collector import collection_paused
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_back_after_nesting_and_errors(collector_on: None) -> None:
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer build is still running
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("a failed build")
    assert gc.isenabled()


def test_a_collector_switched_off_stays_off(collector_on: None) -> None:
    gc.disable()
    with collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_build_packet_runs_without_collector_passes(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = packet.continuation_pages  # type: ignore[attr-defined]

    def spy(*args: object) -> object:
        seen.append(gc.isenabled())
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(packet, "continuation_pages", spy)
    case, _ = case_from_json(example_text("single-cards"))
    result = packet.build_packet(
        case, check_case(case, load_living_expense_table(None)), packet.PacketOptions()
    )
    assert result.pdf.startswith(b"%PDF")
    assert seen == [False]
    assert gc.isenabled()

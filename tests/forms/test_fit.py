"""Fitting text by font metrics: nothing is lost, lines fit, words and numbers stay whole when they can."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from debtassist.forms.fit import (
    FLOOR,
    _break_at,
    _may_break,
    breaks_word,
    fit,
    line_text,
    line_width,
    prepare,
    unit_width,
    widest,
    wrap,
)
from debtassist.forms.fonts import REGULAR, register_fonts
from debtassist.forms.measure import widths_at

register_fonts()

texts = st.text(
    alphabet=st.sampled_from(list("臺北市中山區南京東路二段號樓之，。（）「」abcXYZ0123456789,-/ ")),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(text=texts, width=st.floats(min_value=20, max_value=400), size=st.floats(min_value=5, max_value=14))
def test_wrap_keeps_every_character_in_order_and_lines_fit(text: str, width: float, size: float) -> None:
    units = prepare(text, "test").units
    lines = wrap(units, width, size)
    # Only spaces at a line break may be dropped.
    assert "".join(line_text(line) for line in lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        if len(line) > 1:
            assert line_width(line, size) <= width + 1e-6 or _single_word(line)


def _single_word(line: list[tuple[str, str]]) -> bool:
    return all(u[0].isascii() and not u[0].isspace() for u in line)


def test_closing_punctuation_never_starts_a_line() -> None:
    units = prepare("一二三四五六七八九十，一二三", "test").units
    width = sum(line_width([u], 10) for u in units[:10]) + 0.1  # exactly ten characters fit
    lines = wrap(units, width, 10)
    assert not line_text(lines[1]).startswith("，")
    assert line_text(lines[0]) + line_text(lines[1]) == "一二三四五六七八九十，一二三"


def test_a_word_before_closing_punctuation_moves_whole() -> None:
    for text, word in (
        ("turnover records (last five years)", "years)"),
        ("Requested, not yet received）", "received）"),
    ):
        units = prepare(text, "test").units
        cut = text.index(word) + len(word) - 1  # the line ends just before the closing bracket
        width = line_width(units[:cut], 10) + 0.1
        lines = wrap(units, width, 10)
        assert [line_text(line) for line in lines] == [text[: text.index(word)].rstrip(), word]
        assert not line_text(lines[1]).startswith((")", "）"))


def test_numbers_shrink_rather_than_split() -> None:
    prepared = prepare("2,342,400", "test")
    width = line_width(prepared.units, 9) * 0.8  # too narrow at 9 pt, fine at 7 pt
    result = fit(prepared, width, 30, 5, 9, multiline=True)
    assert result.fits and len(result.lines) == 1 and result.size < 9
    assert not breaks_word(result.lines)


def test_fit_prefers_the_largest_size_then_wraps_then_reports_overflow() -> None:
    prepared = prepare("臺北市中山區南京東路二段一百號八樓之三", "test")
    one_line = line_width(prepared.units, 10)
    roomy = fit(prepared, one_line + 1, 20, 6, 10, multiline=False)
    assert (roomy.size, len(roomy.lines), roomy.fits) == (10, 1, True)
    wrapped = fit(prepared, one_line / 2, 30, 8, 10, multiline=True)
    assert wrapped.fits and len(wrapped.lines) >= 2 and wrapped.size >= 8
    too_small = fit(prepared, one_line / 4, 8, 6, 10, multiline=True)
    assert not too_small.fits


def test_characters_without_a_glyph_are_reported_not_dropped() -> None:
    prepared = prepare("王\U0003134a明", "欄位")
    texts = "".join(u[0] for u in prepared.units)
    assert "王" in texts and "明" in texts
    problem = next(p for p in prepared.problems if p.char == "\U0003134a")
    assert problem.code_point == "U+3134A" and problem.where == "欄位"
    if problem.fallback is None:
        assert "〔U+3134A〕" in texts
    assert all(font for _, font in prepared.units)
    assert REGULAR in {font for _, font in prepared.units}


def _break_at_by_sums(
    line: list[tuple[str, str]], unit: tuple[str, str], width: float, size: float, w: float, strict: bool
) -> int | None:
    """The break search as a sum per candidate (what ``fit._break_at`` did before its running sum)."""
    for k in range(len(line), 0, -1):
        after = line[k] if k < len(line) else unit
        if _may_break(line[k - 1], after, strict) and line_width(line[k:], size) + w <= width:
            return k
    return None


@settings(max_examples=300, deadline=None)
@given(
    text=texts,
    cut=st.integers(min_value=0, max_value=119),
    size=st.floats(min_value=5, max_value=14),
    slack=st.sampled_from([0.0, 1e-12, -1e-12, 1e-7, -1e-7, 0.5, -0.5, 3.0]),
    strict=st.booleans(),
)
def test_break_search_with_a_running_sum_chooses_the_same_break(
    text: str, cut: int, size: float, slack: float, strict: bool
) -> None:
    """Widths exactly at the limit (and a rounding error either side) break where the per-candidate sum did."""
    units = [u for u in prepare(text, "test").units if u[0] != "\n"]
    if len(units) < 2:
        return
    line, unit = units[:-1], units[-1]
    w = unit_width(unit, size)
    k = min(cut, len(line) - 1)
    width = line_width(line[k:], size) + w + slack  # a limit that the suffix from k meets within ``slack``
    assert _break_at(line, unit, width, widths_at(size), w, strict) == _break_at_by_sums(
        line, unit, width, size, w, strict
    )


def test_widest_is_the_widest_line_width_of_the_texts() -> None:
    texts = [
        "1",
        "100",
        "1,234,567",
        "１２３",
        "12.5%",
        "1,234,567",
        "（2,089／2,100）",
        "",
        "𠮷𱍊",
        "債務 abc",
    ]
    for size in (FLOOR, 9.5):
        assert widest(texts, size) == max(line_width(prepare(t, "test").units, size) for t in texts)
    assert widest([], FLOOR) == 0.0

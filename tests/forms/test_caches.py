"""The speed caches give exactly what they stand for: the parsed-font cache (keyed by the font file's hash,
corrupt or tampered entries ignored and rewritten), the memoised text widths and fonts per character, and the
copy sets that place each original page once."""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any, cast

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from debtassist.examples import example_text
from debtassist.forms import fontcache, fonts, measure
from debtassist.forms.packet import PacketOptions, build_packet
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case
from tests.forms.conftest import BOLD, FONT


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "fonts").glob("*.cache"))


def state(face: Any) -> dict[str, object]:
    # The font file's bytes are compared as bytes: a face from the cache reads them through a read-only mapping.
    skip = {"_pdfScale", "_glyph_to_char", "glyphToChar", "_ttf_data"}
    return {k: v for k, v in face.__dict__.items() if k not in skip} | {
        "glyphToChar": face.glyphToChar,
        "_ttf_data": bytes(face.__dict__["_ttf_data"]),
    }


def test_a_cached_face_equals_a_parsed_one(cache: Path, font: Path) -> None:
    first = fontcache.parsed_face(font, "T")
    assert len(entries(cache)) == 1
    second = fontcache.parsed_face(font, "T")
    assert type(second) is not TTFontFace  # read from the cache this time
    parsed = TTFontFace(str(font))
    assert state(second) == state(parsed) == state(first)
    assert cast(Any, second)._pdfScale(480) == cast(Any, parsed)._pdfScale(480)
    assert second.makeSubset([0, 32, 0x4E2D, 0x6587]) == parsed.makeSubset([0, 32, 0x4E2D, 0x6587])


def test_a_changed_font_file_is_parsed_again(cache: Path, font: Path) -> None:
    fontcache.parsed_face(font, "T")
    fontcache.parsed_face(BOLD, "T-Bold")  # another font's entry, whose name starts alike, stays
    [old, bold] = entries(cache)
    font.write_bytes(BOLD.read_bytes())  # same path, other content: another hash
    face = fontcache.parsed_face(font, "T")
    assert type(face) is TTFontFace  # parsed, not the stale entry
    assert face.charWidths == TTFontFace(str(BOLD)).charWidths
    assert not old.exists() and bold.exists()
    assert len(entries(cache)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"garbage",
        lambda data: data[:100] + bytes(50) + data[150:],
        lambda data: fontcache._MAGIC + pickle.dumps(((1, "x"), {})),  # another format
    ],
)
def test_a_corrupt_entry_is_ignored_and_rewritten(cache: Path, font: Path, damage: object) -> None:
    fontcache.parsed_face(font, "T")
    [entry] = entries(cache)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))  # type: ignore[operator]
    face = fontcache.parsed_face(font, "T")
    assert state(face) == state(TTFontFace(str(font)))
    assert entry.read_bytes() == good  # rewritten
    assert type(fontcache.parsed_face(font, "T")) is not TTFontFace


def test_a_tampered_entry_cannot_run_code(cache: Path, font: Path, tmp_path: Path) -> None:
    fontcache.parsed_face(font, "T")
    [entry] = entries(cache)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (Path.touch, (str(marker),))

    entry.write_bytes(fontcache._MAGIC + pickle.dumps(((fontcache.FORMAT, "x"), {"x": Evil()})))
    with pytest.raises(pickle.UnpicklingError):
        fontcache.load_face(entry.read_bytes(), font.read_bytes(), str(font))
    assert state(fontcache.parsed_face(font, "T")) == state(TTFontFace(str(font)))
    assert not marker.exists()


def test_an_unwritable_cache_folder_still_gives_the_font(
    tmp_path: Path, font: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(fontcache.CACHE_ENV, str(blocker))
    assert state(fontcache.parsed_face(font, "T")) == state(TTFontFace(str(font)))


def test_a_cached_ttfont_is_what_reportlab_builds(cache: Path, font: Path) -> None:
    ours: Any = fontcache.cached_ttfont("DA-Test-Cached", font)
    theirs: Any = TTFont("DA-Test-Cached", str(font))
    assert {k: type(v) for k, v in vars(ours).items() if k != "face"} == {
        k: type(v) for k, v in vars(theirs).items() if k != "face"
    }
    assert (ours.fontName, ours._asciiReadable, ours.shapable) == (
        theirs.fontName,
        theirs._asciiReadable,
        theirs.shapable,
    )
    assert ours.stringWidth("債務清理 ABC 123", 11) == theirs.stringWidth("債務清理 ABC 123", 11)


SAMPLE = "消費者債務清理條例 前置協商 ABC xyz 0123456789，。「」（）〔U+20BB7〕"


def test_memoised_widths_equal_reportlab(cache: Path) -> None:
    fonts.register_fonts()
    for font_name in (fonts.REGULAR, fonts.BOLD):
        for size in (6, 7.5, 9, 10.5, 12):
            for text in [*SAMPLE, SAMPLE, "〔U+20BB7〕"]:
                expected = pdfmetrics.stringWidth(text, font_name, size)
                assert measure.text_width(text, font_name, size) == expected
                assert measure.text_width(text, font_name, size) == expected  # from the memo


def test_the_width_memo_follows_a_font_registered_again(cache: Path) -> None:
    name = "DA-Test-Reregistered"
    pdfmetrics.registerFont(TTFont(name, str(FONT)))
    regular = measure.text_width("W", name, 10)
    # registerFont keeps a font already registered under the name; a reset of ReportLab's registry (its
    # rl_config reset does this) makes room for another one
    del cast(Any, pdfmetrics)._fonts[name]
    pdfmetrics.registerFont(TTFont(name, str(BOLD)))
    assert measure.text_width("W", name, 10) == pdfmetrics.stringWidth("W", name, 10) != regular


def test_memoised_fonts_per_character_equal_font_for() -> None:
    fonts.register_fonts()
    for char in [*SAMPLE, "\U00020bb7", "\U0003134a", "\u200b"]:
        for primary in (fonts.REGULAR, fonts.BOLD):
            assert measure.font_for(char, primary) == fonts.font_for(char, primary)
            assert measure.font_for(char, primary) == fonts.font_for(char, primary)


def test_copy_sets_place_each_original_page_once() -> None:
    case, _ = case_from_json(example_text("single-cards"))
    report = check_case(case, load_living_expense_table(None))
    single = build_packet(case, report, PacketOptions())
    packet = build_packet(case, report, PacketOptions(copies=4))
    per_set = single.pages_per_set
    cover = sum(1 for job in packet.jobs if job.kind == "cover")
    document = pdfium.PdfDocument(packet.pdf)
    assert len(document) == per_set + 3 * (per_set - cover)
    originals = [document[i].get_textpage().get_text_range() for i in range(per_set)]
    for copy in range(1, 4):
        for offset in range(per_set - cover):
            index = per_set + (copy - 1) * (per_set - cover) + offset
            text = document[index].get_textpage().get_text_range()
            assert f"COPY {copy}/3" in text
            assert originals[cover + offset] in text  # the whole original page, values and footer included
    with pikepdf.open(io.BytesIO(packet.pdf)) as pdf:
        drawn = {page.Resources.XObject.DAPage.objgen for page in pdf.pages[per_set:]}
        stamps = {page.Resources.XObject.DAStamp.objgen for page in pdf.pages[per_set:]}
    assert len(drawn) == per_set - cover  # each original page stored once, referenced by every copy
    assert len(stamps) == 3


def test_remembered_splits_and_line_breaks_equal_fresh_ones() -> None:
    from debtassist.forms.fit import _wrap, prepare, wrap

    fonts.register_fonts()
    text = "臺北市中山區南京東路二段100號（債權人：第一銀行）\U00020bb7\U0003134a abc-def 12,345"
    first = prepare(text, "a")
    again = prepare(text, "b")  # from the memo, with its own place
    measure.forget_texts()
    fresh = prepare(text, "b")
    assert again.units == fresh.units == first.units
    assert again.problems == fresh.problems and {p.where for p in first.problems} <= {"a"}
    for size in (7, 8.5, 10):
        lines = wrap(first.units, 60, size)
        lines[0].append(("X", fonts.REGULAR))  # a caller changing its lines changes no one else's
        assert wrap(first.units, 60, size) == _wrap(first.units, 60, size, measure.widths_at(size))
        assert wrap(first.units, 60, size) != lines

"""The merge scripts: old-format core catalogs and inline attachment texts become per-language files (run twice,
and on a tree holding both formats), and a Qt Linguist .ts file's translations come into the window catalog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.import_ts import import_ts
from scripts.split_catalogs import move_attachment_texts, split


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _read(path: Path) -> object:
    return json.loads(path.read_text("utf-8"))


def test_split_converts_old_files_beside_split_ones_and_is_idempotent(tmp_path: Path) -> None:
    _write(tmp_path / "zh-TW" / "core" / "a.json", {"a.one": "一"})
    _write(tmp_path / "en" / "core" / "a.json", {"a.one": "one"})
    _write(tmp_path / "core" / "b.json", {"b.new": {"zh-TW": "新", "en": "new {n}"}})
    report = split(tmp_path)
    assert report == ["b.json: 1 keys -> en, zh-TW"]
    assert _read(tmp_path / "zh-TW" / "core" / "b.json") == {"b.new": "新"}
    assert _read(tmp_path / "en" / "core" / "b.json") == {"b.new": "new {n}"}
    assert _read(tmp_path / "en" / "core" / "a.json") == {"a.one": "one"}
    assert not (tmp_path / "core").exists()
    assert split(tmp_path) == []  # already split: nothing to do
    # A branch adds to a file that exists in both formats: merged, the old file's keys added.
    _write(
        tmp_path / "core" / "b.json",
        {"b.more": {"zh-TW": "多", "en": "more"}, "b.new": {"zh-TW": "新", "en": "old"}},
    )
    assert split(tmp_path)[0] == "  en/core/b.json: kept the split text of b.new; the old file has 'old'"
    assert _read(tmp_path / "en" / "core" / "b.json") == {"b.new": "new {n}", "b.more": "more"}


def test_split_renames_language_suffixed_placeholders(tmp_path: Path) -> None:
    _write(
        tmp_path / "core" / "c.json",
        {"c.x": {"zh-TW": "{field_zh}：{area_zh}", "en": "{field_en} in {area_en}"}},
    )
    split(tmp_path)
    assert _read(tmp_path / "zh-TW" / "core" / "c.json") == {"c.x": "{field}：{area_name}"}
    assert _read(tmp_path / "en" / "core" / "c.json") == {"c.x": "{field} in {area_name}"}


def test_split_refuses_a_key_defined_in_another_file(tmp_path: Path) -> None:
    _write(tmp_path / "en" / "core" / "a.json", {"a.one": "one"})
    _write(tmp_path / "core" / "b.json", {"a.one": {"zh-TW": "一", "en": "one again"}})
    with pytest.raises(SystemExit, match=r"a\.one"):
        split(tmp_path)
    assert (tmp_path / "core" / "b.json").exists()  # nothing written, nothing removed


def test_inline_attachment_texts_move_to_the_catalogs(tmp_path: Path) -> None:
    data = tmp_path / "attachments.json"
    _write(
        data,
        {
            "_about": "x",
            "items": [
                {
                    "id": "id_card",
                    "title": {"zh-TW": "身分證", "en": "ID"},
                    "obtain": {"zh-TW": "自行影印", "en": "Copy it"},
                    "form": "copy",
                }
            ],
        },
    )
    assert move_attachment_texts(data, tmp_path) == ["attachments.json: 2 inline texts -> en, zh-TW"]
    assert _read(data) == {"_about": "x", "items": [{"id": "id_card", "form": "copy"}]}
    assert _read(tmp_path / "zh-TW" / "core" / "attachments.json") == {
        "attachment.id_card.title": "身分證",
        "attachment.id_card.obtain": "自行影印",
    }
    assert move_attachment_texts(data, tmp_path) == []


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>MainWindow</name>
    <message><source>&amp;Quit</source><translation>結束(&amp;Q)</translation></message>
    <message><source>New string</source><translation>新字串</translation></message>
    <message><source>Not yet</source><translation type="unfinished"></translation></message>
  </context>
</TS>
"""


def test_import_ts_adds_and_changes_window_strings(tmp_path: Path) -> None:
    (tmp_path / "zh-TW" / "core").mkdir(parents=True)
    _write(tmp_path / "zh-TW" / "window.json", {"MainWindow": {"&Quit": "離開(&Q)", "Kept": "保留"}})
    ts = tmp_path / "x.ts"
    ts.write_text(TS, "utf-8")
    report = import_ts(ts, root=tmp_path)
    assert report == [
        "changed [MainWindow] '&Quit': '結束(&Q)'",
        "added [MainWindow] 'New string': '新字串'",
    ]
    assert _read(tmp_path / "zh-TW" / "window.json") == {
        "MainWindow": {"&Quit": "結束(&Q)", "Kept": "保留", "New string": "新字串"}
    }
    assert import_ts(ts, root=tmp_path) == []

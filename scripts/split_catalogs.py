"""Convert old-format core catalogs into the per-language ones.

    .venv/bin/python scripts/split_catalogs.py [--check]

An old core catalog is ``resources/translations/core/NAME.json`` holding ``{key: {"zh-TW": text, "en": text}}``.
Each one is split into ``resources/translations/<lang>/core/NAME.json`` (``{key: text}``) for every language it
names and merged into what is already there: new keys are added; a key already split keeps its split text, and
a differing old text is reported for a person to resolve. The old file is removed, and the old ``core/`` folder
when empty. Old language-suffixed placeholders are renamed to the language-neutral parameters the code passes
(``{field_zh}`` / ``{field_en}`` -> ``{field}``, see ``RENAMED_FIELDS``). Idempotent: on a tree that is already
split it does nothing, and a tree holding both formats (a branch that added old-format files after the split)
is handled file by file. A key defined in another file of the same language stops the run before anything of
that file is written.

It also moves texts written inline in data files into the catalogs: an attachment's ``"title"`` and
``"obtain"`` in ``resources/data/attachments.json`` (``{lang: text}``) become ``attachment.<id>.title`` and
``attachment.<id>.obtain`` in ``<lang>/core/attachments.json``. ``--check`` exits 1 if an old-format file or an
inline text is left.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
ATTACHMENTS = ROOT / "resources" / "data" / "attachments.json"
INLINE_TEXTS = ("title", "obtain")  # attachment item fields that held {lang: text}
#: Placeholders that named one language's text, and the language-neutral parameter the code now passes
#: (a ``Msg`` rendered in the message's language).
RENAMED_FIELDS = {
    "field_zh": "field",
    "field_en": "field",
    "area_zh": "area_name",
    "area_en": "area_name",
    "title_zh": "title",
    "title_en": "title",
    "test_zh": "test",
    "test_en": "test",
    "city_en": "city",
}
_RENAMED = re.compile(r"\{(" + "|".join(RENAMED_FIELDS) + r")\}")


def neutral(text: str) -> str:
    """``text`` with the old language-suffixed placeholders renamed (``{field_zh}`` -> ``{field}``)."""
    return _RENAMED.sub(lambda m: "{" + RENAMED_FIELDS[m[1]] + "}", text)


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _keys_elsewhere(lang: str, name: str, root: Path) -> dict[str, str]:
    """Every key of ``lang``'s other core files -> the file that defines it."""
    owners: dict[str, str] = {}
    for other in sorted((root / lang / "core").glob("*.json")):
        if other.name != name:
            for key in json.loads(other.read_text(encoding="utf-8")):
                owners[key] = other.name
    return owners


def split(root: Path = TRANSLATIONS) -> list[str]:
    """Split every old-format file under ``root/core``; returns what it did, one line per file."""
    old_folder = root / "core"
    done: list[str] = []
    if not old_folder.is_dir():
        return done
    for old in sorted(old_folder.glob("*.json")):
        data = json.loads(old.read_text(encoding="utf-8"))
        per_lang: dict[str, dict[str, str]] = {}
        for key, texts in data.items():
            if not isinstance(texts, dict):
                raise SystemExit(f"{old}: {key!r} is not {{lang: text}}; is this file already split?")
            for lang, text in texts.items():
                per_lang.setdefault(lang, {})[key] = neutral(text)
        for lang, texts in per_lang.items():
            clash = {k: f for k, f in _keys_elsewhere(lang, old.name, root).items() if k in texts}
            if clash:
                raise SystemExit(f"{old.name}: keys already defined in {lang}/core: {clash}")
        for lang, texts in per_lang.items():
            target = root / lang / "core" / old.name
            existing: dict[str, str] = (
                json.loads(target.read_text(encoding="utf-8")) if target.is_file() else {}
            )
            for key, text in texts.items():
                if key in existing and existing[key] != text:
                    done.append(
                        f"  {lang}/core/{old.name}: kept the split text of {key}; the old file has {text!r}"
                    )
            write_json(target, texts | existing)
        old.unlink()
        done.append(f"{old.name}: {len(data)} keys -> {', '.join(sorted(per_lang))}")
    if not any(old_folder.iterdir()):
        old_folder.rmdir()
    return done


def inline_attachment_texts(data: dict[str, object]) -> dict[str, dict[str, str]]:
    """``{lang: {key: text}}`` of the texts still written inline in the attachments data."""
    per_lang: dict[str, dict[str, str]] = {}
    for item in data["items"]:  # type: ignore[attr-defined]
        for name in INLINE_TEXTS:
            texts = item.get(name)
            if isinstance(texts, dict):
                for lang, text in texts.items():
                    per_lang.setdefault(lang, {})[f"attachment.{item['id']}.{name}"] = text
    return per_lang


def move_attachment_texts(data_file: Path = ATTACHMENTS, root: Path = TRANSLATIONS) -> list[str]:
    """Move inline attachment titles and obtain-hints into ``<lang>/core/attachments.json``."""
    if not data_file.is_file():
        return []
    raw = data_file.read_text(encoding="utf-8")
    data = json.loads(raw)
    per_lang = inline_attachment_texts(data)
    if not per_lang:
        return []
    for lang, texts in per_lang.items():
        target = root / lang / "core" / "attachments.json"
        existing: dict[str, str] = json.loads(target.read_text(encoding="utf-8")) if target.is_file() else {}
        write_json(target, existing | texts)
    for item in data["items"]:
        for name in INLINE_TEXTS:
            if isinstance(item.get(name), dict):
                del item[name]
    write_json(data_file, data)
    return [
        f"attachments.json: {len(next(iter(per_lang.values())))} inline texts -> {', '.join(sorted(per_lang))}"
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 if an old-format core file is left")
    args = parser.parse_args()
    if args.check:
        left = sorted((TRANSLATIONS / "core").glob("*.json")) if (TRANSLATIONS / "core").is_dir() else []
        for path in left:
            print(f"old format: {path.relative_to(ROOT)}")
        inline = inline_attachment_texts(json.loads(ATTACHMENTS.read_text(encoding="utf-8")))
        if inline:
            print(f"inline texts left in {ATTACHMENTS.relative_to(ROOT)}")
        return 1 if left or inline else 0
    for line in [*split(), *move_attachment_texts()]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

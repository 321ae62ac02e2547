"""Bring the translations of a Qt Linguist ``.ts`` file into the window catalog of its language.

    .venv/bin/python scripts/import_ts.py FILE.ts [--lang zh-TW] [--dry-run]

The language is the file's ``language`` attribute (``zh_TW`` -> ``zh-TW``) unless ``--lang`` names it. Finished
translations are written into ``resources/translations/<lang>/window.json`` (``{context: {source: text}}``): new
strings are added, a changed text replaces the catalog's, and each change is printed; unfinished or empty
translations and (for English) texts equal to their source are skipped. Strings the window no longer has are
dropped by the next ``scripts/update_translations.py``, which should run after the import.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def read_ts(ts: Path) -> tuple[str, dict[tuple[str, str], str]]:
    """The language of a .ts file and its finished translations ``{(context, source): text}``."""
    root = ET.parse(ts).getroot()
    language = (root.get("language") or "").replace("_", "-")
    known: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                known[(name, message.findtext("source") or "")] = translation.text
    return language, known


def import_ts(ts: Path, lang: str | None = None, root: Path = TRANSLATIONS, write: bool = True) -> list[str]:
    """Merge ``ts`` into ``root/<lang>/window.json``; returns one line per added or changed string."""
    language, known = read_ts(ts)
    lang = lang or language
    if not lang:
        raise SystemExit(f"{ts}: no language attribute; say which with --lang")
    if not (root / lang / "core").is_dir():
        raise SystemExit(f"{ts}: no language folder {root / lang} (add its core catalogs first)")
    path = root / lang / "window.json"
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    report: list[str] = []
    for (ctx, source), text in sorted(known.items()):
        if lang == "en" and text == source:
            continue
        old = data.get(ctx, {}).get(source)
        if old == text:
            continue
        report.append(f"{'changed' if old else 'added'} [{ctx}] {source!r}: {text!r}")
        data.setdefault(ctx, {})[source] = text
    if write and report:
        ordered = {ctx: dict(sorted(texts.items())) for ctx, texts in sorted(data.items())}
        path.write_text(json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("--lang", help="the catalog's language code, e.g. zh-TW (default: from the file)")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    args = parser.parse_args()
    report = import_ts(args.ts, args.lang, write=not args.dry_run)
    for line in report:
        print(line)
    print(f"{args.ts.name}: {len(report)} strings added or changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Refresh the window's catalogs: ``resources/translations/<lang>/window.json`` for every language but English.

    .venv/bin/python scripts/update_translations.py          # extract the window's strings, merge the catalogs
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if a zh-TW string is untranslated

Sources are English (so English needs no window catalog). Strings are found with Python's ``ast`` (lupdate does
not know this project's short ``t("…")`` helpers): calls of ``QCoreApplication.translate("Context", "text")``,
``QT_TRANSLATE_NOOP("Context", "text")`` and ``t("text")`` in modules whose ``t`` calls ``translate("Context",
…)``. A catalog is ``{context: {source: text}}``; existing translations are kept, strings no longer in the
sources are dropped, and a new string is written with an empty text, which marks it untranslated (the window
then shows the English source). Fill those in. Translations from a Qt Linguist ``.ts`` file (another branch, an
old release) are brought in with ``scripts/import_ts.py``.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "debtassist" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANG = "en"
CHECKED_LANG = "zh-TW"  # every window string must have its Traditional Chinese text

Message = tuple[str, str]  # (context, source)


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(
        node.op, ast.Add
    ):  # "a" "b" split over lines is one Constant
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _module_context(tree: ast.Module) -> str | None:
    """The context of the module's ``t`` helper: ``def t(text): return QCoreApplication.translate("X", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "t":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _name(call.func) == "translate" and call.args:
                    return _literal(call.args[0])
    return None


def extract(path: Path, inherited: dict[str, str]) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    context = _module_context(tree)
    imported_t = None
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom) and any(alias.name == "t" for alias in statement.names):
            imported_t = inherited.get(statement.module or "")
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            ctx, text = _literal(node.args[0]), _literal(node.args[1])
            if ctx and text:
                found.append((ctx, text, node.lineno))
        elif name == "t" and isinstance(node.func, ast.Name) and node.args:
            text = _literal(node.args[0])
            ctx = context or imported_t
            if ctx and text:
                found.append((ctx, text, node.lineno))
    return found


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def all_messages() -> dict[Message, list[tuple[str, int]]]:
    files = sorted(SOURCES.rglob("*.py"))
    contexts = {}
    for path in files:
        ctx = _module_context(ast.parse(path.read_text(encoding="utf-8")))
        if ctx:
            contexts[module_name(path)] = ctx
    messages: dict[Message, list[tuple[str, int]]] = {}
    for path in files:
        for ctx, text, line in extract(path, contexts):
            messages.setdefault((ctx, text), []).append((str(path.relative_to(ROOT)), line))
    return messages


def read_catalog(path: Path) -> dict[Message, str]:
    """The translated strings of a window catalog (empty texts, the untranslated ones, left out)."""
    if not path.exists():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return {(ctx, source): text for ctx, texts in data.items() for source, text in texts.items() if text}


def write_catalog(
    path: Path, messages: dict[Message, list[tuple[str, int]]], known: dict[Message, str]
) -> int:
    """Write ``path`` for the current ``messages``; returns how many are untranslated."""
    data: dict[str, dict[str, str]] = {}
    for ctx, source in sorted(messages):
        data.setdefault(ctx, {})[source] = known.get((ctx, source), "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return sum(1 for m in messages if m not in known)


def catalogs() -> dict[str, Path]:
    """The window catalog of every language folder but English (the source language)."""
    return {
        folder.name: folder / "window.json"
        for folder in sorted(TRANSLATIONS.iterdir())
        if folder.is_dir() and (folder / "core").is_dir() and folder.name != SOURCE_LANG
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    messages = all_messages()
    if args.check:
        known = read_catalog(TRANSLATIONS / CHECKED_LANG / "window.json")
        untranslated = [m for m in messages if m not in known]
        for ctx, source in untranslated:
            print(f"untranslated [{ctx}]: {source}")
        return 1 if untranslated else 0
    for lang, path in catalogs().items():
        count = write_catalog(path, messages, read_catalog(path))
        print(f"{lang}/window.json: {len(messages)} messages, {count} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())

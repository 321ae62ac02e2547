"""Refresh the Qt Linguist catalogs of the window and compile them.

    .venv/bin/python scripts/update_translations.py          # extract, merge, compile (.ts -> .qm)
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if a zh_TW string is untranslated

Sources are English. Strings are found with Python's ``ast`` (lupdate does not know this project's short
``t("…")`` helpers): calls of ``QCoreApplication.translate("Context", "text")``, ``QT_TRANSLATE_NOOP(
"Context", "text")`` and ``t("text")`` in modules whose ``t`` calls ``translate("Context", …)``. Existing
translations are kept; ``pyside6-lrelease`` compiles the catalogs.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "debtassist" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGS = {"zh_TW": TRANSLATIONS / "debtassist_zh_TW.ts", "en": TRANSLATIONS / "debtassist_en.ts"}

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


def read_ts(ts: Path) -> dict[Message, str]:
    if not ts.exists():
        return {}
    known = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                known[(name, message.findtext("source") or "")] = translation.text
    return known


def write_ts(
    ts: Path, locale: str, messages: dict[Message, list[tuple[str, int]]], known: dict[Message, str]
) -> int:
    root = ET.Element("TS", version="2.1", language=locale, sourcelanguage="en")
    missing = 0
    for ctx in sorted({c for c, _ in messages}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for (c, source), places in sorted(messages.items(), key=lambda kv: (kv[1][0], kv[0][1])):
            if c != ctx:
                continue
            message = ET.SubElement(context, "message")
            for file, line in places:
                ET.SubElement(message, "location", filename=file, line=str(line))
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if (ctx, source) in known:
                translation.text = known[(ctx, source)]
            elif locale == "en":
                translation.text = source
            else:
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return missing


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    messages = all_messages()
    if args.check:
        known = read_ts(CATALOGS["zh_TW"])
        untranslated = [m for m in messages if m not in known]
        for ctx, source in untranslated:
            print(f"untranslated [{ctx}]: {source}")
        return 1 if untranslated else 0
    for locale, ts in CATALOGS.items():
        count = write_ts(ts, locale, messages, read_ts(ts))
        print(f"{ts.name}: {len(messages)} messages, {count} untranslated")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

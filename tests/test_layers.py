"""The domain core stays pure: no Qt and no PDF code is imported by model, rules, reference or store."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "debtassist.model.case",
    "debtassist.model.codec",
    "debtassist.rules.check",
    "debtassist.reference.living_expense",
    "debtassist.store.library",
    "debtassist.rules.lifecycle",
    "debtassist.rules.deadlines",
    "debtassist.store.desk_index",
    "debtassist.store.desk_backup",
    "debtassist.store.desk_calendar",
]
FORBIDDEN = ("PySide6", "reportlab", "pypdf", "pikepdf", "pypdfium2")


def test_core_imports_no_qt_or_pdf_code() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({FORBIDDEN!r})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

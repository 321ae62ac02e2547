"""The published JSON Schema of the case file, generated from the model.

Run ``python -m debtassist.model.schema`` to regenerate ``resources/schema/case.schema.json``; a test fails when
the committed file differs from what the model generates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from debtassist.model.case import SCHEMA_VERSION, Case


def case_schema() -> dict[str, Any]:
    # msgspec puts the root under $defs and refers to it; the published schema is the root itself.
    generated = msgspec.json.schema(Case)
    definitions = generated["$defs"]
    schema = {
        "$defs": {name: body for name, body in definitions.items() if name != "Case"},
        **definitions["Case"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://debtassist.invalid/schema/case-v{SCHEMA_VERSION}.json",
        **schema,
        "title": "DebtAssist case file",
        "description": (
            "One debtor's case. Money is whole New Taiwan dollars (integers); dates are ISO YYYY-MM-DD. "
            "See docs/case-file.md."
        ),
    }


def schema_text() -> str:
    return json.dumps(case_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    target = Path(__file__).resolve().parents[2] / "resources" / "schema" / "case.schema.json"
    target.write_text(schema_text(), encoding="utf-8")
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())

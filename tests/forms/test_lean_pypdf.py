"""pypdf imported without its optional extras (as the ``packet`` command imports it) writes the same packets
byte for byte as pypdf with them, and the extras stay importable afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from debtassist.examples import EXAMPLES
from debtassist.model.case import Route

ROOT = Path(__file__).resolve().parents[2]

#: Builds every example on every route, as printed, editable, in English as a draft, and duplex with copies.
BUILD = """
import hashlib, json, sys
from debtassist.examples import EXAMPLES, example_text
from debtassist.forms.packet import PacketOptions, build_packet
from debtassist.model.case import Route
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case

OPTIONS = [PacketOptions(), PacketOptions(editable=True), PacketOptions(lang="en", draft=True),
           PacketOptions(duplex=True, copies=3)]

def digests():
    table = load_living_expense_table(None)
    out = {}
    for example in EXAMPLES:
        case = case_from_json(example_text(example))[0]
        for route in Route:
            one = case.replace(route=route)
            report = check_case(one, table)
            for i, options in enumerate(OPTIONS):
                out[f"{example} {route.value} {i}"] = hashlib.sha256(build_packet(one, report, options).pdf).hexdigest()
    return out
"""

LEAN = (
    "from debtassist.forms.lean_pypdf import EXTRAS, import_pypdf_lean\n"
    "import_pypdf_lean()\n" + BUILD + "hidden = sorted(n for n in EXTRAS if n in sys.modules)\n"
    "result = digests()\n"
    "import cryptography, fontTools.ttLib  # still importable for any other use\n"
    "print(json.dumps({'loaded_with_pypdf': hidden, 'digests': result}))\n"
)


def test_packets_are_the_same_without_pypdfs_extras() -> None:
    scope: dict[str, object] = {}
    exec(BUILD, scope)  # the same builder, here with pypdf imported as usual
    ours = scope["digests"]()  # type: ignore[operator]
    done = subprocess.run(
        [sys.executable, "-c", LEAN], cwd=ROOT, capture_output=True, text=True, check=True, timeout=300
    )
    lean = json.loads(done.stdout)
    assert "fontTools" not in lean["loaded_with_pypdf"]  # pypdf really loaded without them
    assert "cryptography" not in lean["loaded_with_pypdf"]
    assert lean["digests"] == ours
    assert len(ours) == len(EXAMPLES) * len(Route) * 4


def test_nothing_happens_once_pypdf_is_imported() -> None:
    from debtassist.forms.lean_pypdf import import_pypdf_lean

    before = dict(sys.modules)
    import_pypdf_lean()
    assert sys.modules.keys() == before.keys()

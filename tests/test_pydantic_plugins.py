"""The stand-in for pydantic's plugin loader (debtassist.pydantic_plugins): used only when all plugins are disabled,
models validate as before, and anything else asked of the loader comes from the real one. Each case runs in a
fresh interpreter (this one imported the real loader long ago)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from debtassist.pydantic_plugins import skip_plugin_discovery
stood_in = skip_plugin_discovery()
from pydantic import ValidationError
from debtassist.model.case import Case
case = Case.model_validate({"applicant": {"name": "王小明"}, "creditors": [{"principal": 1000}]})
try:
    Case.model_validate({"creditors": [{"principal": "a lot"}]})
    refused = False
except ValidationError:
    refused = True
print(json.dumps({
    "stood_in": stood_in,
    "metadata_imported": "importlib.metadata" in sys.modules,
    "loader": type(sys.modules["pydantic.plugin._loader"]).__name__,
    "loader_file": getattr(sys.modules["pydantic.plugin._loader"], "__file__", None),
    "name": case.applicant.name,
    "principal": case.creditors[0].principal,
    "refused": refused,
}))
"""


def _probe(code: str, disable: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if disable is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = disable
    env["PYTHONIOENCODING"] = "utf-8"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("value", ["__all__", "1", "true"])
def test_with_all_plugins_disabled_the_loader_is_not_imported_and_models_validate(value: str) -> None:
    seen = _probe(PROBE, value)
    assert seen["stood_in"] is True
    assert seen["metadata_imported"] is False
    assert seen["loader_file"] is None  # the stand-in, not pydantic's module
    assert (seen["name"], seen["principal"], seen["refused"]) == ("王小明", 1000, True)


@pytest.mark.parametrize("value", [None, "some_plugin", "false"])
def test_otherwise_pydantic_looks_for_plugins_as_usual(value: str | None) -> None:
    seen = _probe(PROBE, value)
    assert seen["stood_in"] is False
    assert seen["metadata_imported"] is True
    assert str(seen["loader_file"]).endswith("_loader.py")
    assert (seen["name"], seen["principal"], seen["refused"]) == ("王小明", 1000, True)


def test_anything_else_asked_of_the_loader_comes_from_the_real_one() -> None:
    code = (
        "import json, sys\n"
        "from debtassist.pydantic_plugins import skip_plugin_discovery\n"
        "assert skip_plugin_discovery()\n"
        "from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP, get_plugins\n"
        "loader = sys.modules['pydantic.plugin._loader']\n"
        "print(json.dumps({'group': PYDANTIC_ENTRY_POINT_GROUP, 'file': getattr(loader, '__file__', None),\n"
        "                  'plugins': list(get_plugins())}))\n"
    )
    seen = _probe(code, "__all__")
    assert seen["group"] == "pydantic"
    assert str(seen["file"]).endswith("_loader.py")  # the real module took its place
    assert seen["plugins"] == []


def test_a_loader_already_imported_is_left_alone() -> None:
    code = (
        "import json, sys, pydantic.plugin._loader as real\n"
        "from debtassist.pydantic_plugins import skip_plugin_discovery\n"
        "print(json.dumps({'stood_in': skip_plugin_discovery(),\n"
        "                  'same': sys.modules['pydantic.plugin._loader'] is real}))\n"
    )
    assert _probe(code, "__all__") == {"stood_in": False, "same": True}

"""pydantic without the search for plugins the app does not use.

The first time a model builds its validator, pydantic imports its plugin loader, which imports
``importlib.metadata`` at its top (7-10 ms of a cold command: it brings ``email``, ``zipfile``, ``csv``) — even
when ``PYDANTIC_DISABLE_PLUGINS`` says that no plugin is wanted, which the app's faces set. When it is set to
one of the values with which pydantic's own ``get_plugins`` returns no plugin without looking, this module puts
a stand-in for the loader in its place, whose ``get_plugins`` returns that same empty answer. Whatever else
pydantic might ask of its loader is taken from the real one (imported then), so a pydantic that uses its
loader otherwise still works. Nothing happens when the variable names plugins or is unset, or when the loader
has already been imported.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable

LOADER = "pydantic.plugin._loader"
#: The values for which pydantic's ``get_plugins`` returns no plugin at all without looking for any.
ALL_DISABLED = ("__all__", "1", "true")


def _get_plugins() -> Iterable[object]:
    return ()


def skip_plugin_discovery() -> bool:
    """Stand in for pydantic's plugin loader when all plugins are disabled. Returns whether it did."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ALL_DISABLED or LOADER in sys.modules:
        return False
    stand_in = types.ModuleType(LOADER, "pydantic's plugin loader while all plugins are disabled")

    def real(name: str) -> object:  # anything but get_plugins: from the real loader
        if name.startswith("__"):  # what the import system asks of any module (``__path__``, ...)
            raise AttributeError(name)
        if sys.modules.get(LOADER) is stand_in:
            del sys.modules[LOADER]
        return getattr(importlib.import_module(LOADER), name)

    stand_in.get_plugins = _get_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = real  # type: ignore[method-assign]
    sys.modules[LOADER] = stand_in
    return True

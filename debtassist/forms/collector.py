"""Python's cycle collector paused while a packet is built.

Building a 1,000-creditor packet allocates millions of small containers (text units, lines, drawing closures,
PDF objects) that live until the packet is written, so the collector's full passes keep walking a growing heap
and find almost nothing: measured, 0.7 s of a 2.0 s build. Reference counting still frees everything as
usual; only cycles wait, and the collector runs again (with its normal thresholds) when the build ends. The
pause nests and is shared between threads: the collector comes back when the last build leaves, and only if
it was on when the first one came in.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def paused_collection(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run inside ``collection_paused``."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with collection_paused():
            return function(*args, **kwargs)

    return run

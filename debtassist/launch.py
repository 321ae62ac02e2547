"""The ``debtassist`` command's entry point (console script, ``python -m debtassist``, the frozen program): the
command line of :mod:`debtassist.cli` with two start-up costs of a short-lived process taken away.

- Start-up creates some hundred thousand objects that live until the process ends (modules, classes, the case
  model's validators, the fonts' metrics). The cyclic garbage collector would walk them again and again while
  they are made, to find nothing: it is off until the command has loaded what it needs (:func:`loaded`), which
  then moves them out of its sight (``gc.freeze``) and turns it back on for the command's own work.
- At the end the interpreter would free every one of them one by one (a fifth of a cold ``packet``); the
  process leaves with ``os._exit`` instead, after what a normal exit does that matters: the ``atexit``
  functions (among them ``logging.shutdown``, which flushes and closes the log) and flushing standard output
  and error. Nothing else is pending then: files are written atomically and closed before a command returns.

``debtassist.cli.main`` itself stays an ordinary function (the tests call it in process); only this entry
point does the above. Standard library only, so that it costs nothing before the command's own imports.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

#: The code a shell reports for a command that Ctrl-C stopped (128 + SIGINT); the documented 0, 1, 2 and 70 stay.
EXIT_INTERRUPTED = 130

_starting = False


def begin() -> None:
    """Turn the cyclic collector off for the start-up of a command process (not when imported as a library)."""
    global _starting
    _starting = gc.isenabled()
    if _starting:
        gc.disable()


def loaded() -> None:
    """Called by a command once its modules are imported: the collector comes back on, without the start-up's
    objects. Does nothing in a process that did not :func:`begin` (tests, the desktop)."""
    global _starting
    if _starting:
        _starting = False
        gc.freeze()
        gc.enable()


def leave(code: int) -> NoReturn:
    """Exit with ``code`` without tearing the interpreter down (see the module docstring)."""
    atexit._run_exitfuncs()  # what a normal exit runs first: logging.shutdown among them
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: as the interpreter itself does, say so in the code
            code = code or 120
    os._exit(code)


def _exit_code(exit: SystemExit) -> int:
    """The code ``sys.exit`` would leave with (argparse's ``--help``, ``--version`` and usage errors)."""
    if exit.code is None or isinstance(exit.code, int):
        return exit.code or 0
    try:  # noqa: SIM105 - contextlib is an import this module does not otherwise make
        sys.stderr.write(f"{exit.code}\n")
    except (OSError, ValueError):
        pass
    return 1


def run(argv: Sequence[str] | None = None) -> NoReturn:
    begin()
    try:
        from debtassist.cli import main

        code = main(argv)
    except SystemExit as exit:  # also through leave: its output flushed without "Exception ignored" at exit
        code = _exit_code(exit)
    except KeyboardInterrupt:  # Ctrl-C before the command line could answer it (while it was imported)
        code = EXIT_INTERRUPTED
    leave(code)

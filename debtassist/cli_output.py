"""What the command line writes to standard output, and what it does when that cannot be written.

Every line the commands print goes through :func:`write`; :func:`finish` flushes standard output before the
command's exit code is decided, so that output held in the buffer and lost at exit is not lost in silence.

- A closed pipe (``debtassist check case.json | head``): the reader has stopped reading; the command stops
  quietly (no message, nothing logged as a bug) with exit code 120, as Python's own exit does.
- Any other failure to write (a full disk, an I/O error): one line on standard error naming the reason, exit 2,
  the code of an output file that cannot be written.

Neither is an unexpected error (exit 70): nothing in the program went wrong.

A stream whose encoding cannot write every character (standard output redirected to a file on Windows gets
the ANSI code page, cp1252 or cp950; a C locale with Python's UTF-8 mode turned off gets ASCII) would end the
command at the first Chinese character or ✓. :func:`prepare_streams` makes such a stream write what it lacks
as Python's escapes (``\\u50b5``) — standard error does so already — and :func:`ascii_json` tells the JSON
writers to escape everything outside ASCII, which every JSON reader decodes to exactly the same text.
"""

from __future__ import annotations

import codecs
import errno
import sys
from typing import TextIO


class OutputLost(Exception):
    """Standard output (or the stream a command printed to) could not be written."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error

    @property
    def closed_pipe(self) -> bool:
        return isinstance(self.error, BrokenPipeError) or self.error.errno == errno.EPIPE

    @property
    def reason(self) -> str:
        return self.error.strerror or str(self.error) or type(self.error).__name__


def write(text: str, file: TextIO | None = None) -> None:
    stream = sys.stdout if file is None else file
    if stream is None:  # no console at all (a windowed program): nothing to write to
        return
    try:
        stream.write(text)
    except OSError as exc:
        raise OutputLost(exc) from exc


def finish() -> None:
    """Flush standard output: what is still in its buffer is written now, or :class:`OutputLost` says why not."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as exc:
        raise OutputLost(exc) from exc


def say_on_stderr(text: str) -> None:
    """A message on standard error that cannot itself end the command (standard error may be gone too)."""
    try:
        if sys.stderr is not None:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()
    except (OSError, ValueError):
        pass


#: Encodings that can write every character (codecs' canonical names).
_ALL_OF_UNICODE = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
)


def writes_all_of_unicode(stream: TextIO | None) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name in (
            *_ALL_OF_UNICODE,
            "gb18030",
        )
    except LookupError:
        return False


def prepare_streams() -> None:
    """Standard output and error write the characters their encoding lacks as escapes, instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        # strict, or surrogateescape (Python's choice under a C locale): both fail on a character not there
        failing = getattr(stream, "errors", None) in ("strict", "surrogateescape")
        if reconfigure is not None and failing and not writes_all_of_unicode(stream):
            reconfigure(errors="backslashreplace")


def ascii_json() -> bool:
    """Whether JSON for standard output must escape everything outside ASCII (its encoding lacks some)."""
    return not writes_all_of_unicode(sys.stdout)

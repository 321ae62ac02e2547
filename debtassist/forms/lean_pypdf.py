"""Import pypdf without its optional extras, for a process that only merges the bundled blank forms.

pypdf imports Pillow (for images), fontTools (for text extraction and embedded fonts) and cryptography (for
encrypted files) as it loads, when they are installed. Pillow comes with ReportLab anyway; without the other
two a cold ``packet`` of the example takes about 20 ms less CPU (0.32 -> 0.30 s, medians of 7 interleaved
runs). A packet needs none of them: the blanks it merges are the bundled, unencrypted forms and the
pages ReportLab draws, and pypdf only reads, merges and writes them. pypdf treats all three as optional (it
falls back without images, with its own RC4, with its own font tables), so the command imports it with them
hidden: the packet is the same byte for byte (``tests/forms/test_lean_pypdf.py``). Only the ``packet``
command does this; the window, which may read other PDFs, imports pypdf as usual. The extras stay importable
afterwards for any other use (only pypdf's own choice at import time is made without them).
"""

from __future__ import annotations

import sys

#: pypdf's optional imports (pycryptodome's ``Crypto`` is its second choice for encryption).
EXTRAS = ("PIL", "fontTools", "cryptography", "Crypto")


def import_pypdf_lean() -> None:
    """Import pypdf with its optional extras hidden; nothing happens if it is already imported."""
    if "pypdf" in sys.modules:
        return
    hidden = [name for name in EXTRAS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError for this name
    try:
        import pypdf  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]

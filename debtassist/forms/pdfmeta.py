"""Document-level PDF properties of a packet: the language (zh-TW), and a document ID derived from the case
and the program version, so the same case built twice gives the same bytes (pypdf would otherwise leave the
ID out, and a viewer or archive could not tell two versions of a filing apart)."""

from __future__ import annotations

import hashlib
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, TextStringObject

from debtassist import __version__
from debtassist.model.case import Case
from debtassist.model.codec import case_to_json


def document_id(case: Case, options: Any) -> bytes:
    """16 bytes: a hash of the case file (without its timestamps), the program version and the options."""
    stable = case.replace(meta=case.meta.replace(created=None, updated=None))
    digest = hashlib.sha256()
    digest.update(case_to_json(stable).encode("utf-8"))
    digest.update(f"|{__version__}|{options!r}".encode())
    return digest.digest()[:16]


def set_document_identity(writer: PdfWriter, case: Case, options: Any) -> None:
    writer._root_object[NameObject("/Lang")] = TextStringObject("zh-TW")
    ident = ByteStringObject(document_id(case, options))
    writer._ID = ArrayObject([ident, ByteStringObject(bytes(ident))])

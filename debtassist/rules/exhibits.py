"""證物名稱及件數 (民事訴訟法 §116 I (5)–(6); 民事訴訟書狀規則 Art. 4): the documents enclosed with a filing,
numbered 附件一, 附件二, … in the order they are enclosed, each with its number of pieces; documents the filing
needs that are not in hand are listed after them as 「後補」 (to be supplied), never left off.

The statutory forms of the packet come first (they are always enclosed), then the attachments marked "in hand".
Missing required and recommended attachments are 後補; items the court may ask for or that apply only if the
user says so are listed only when in hand.
"""

from __future__ import annotations

import msgspec

from debtassist.model.case import AttachmentStatus
from debtassist.rules.attachments import AttachmentCheck

NUMERALS = "零一二三四五六七八九"


def numeral(n: int) -> str:
    """1 -> 一, 12 -> 十二, 25 -> 二十五 (exhibit numbers; the forms' own copy lives in forms.bindings)."""
    if n < 1:
        raise ValueError("numerals start at 1")
    if n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    text = ("" if tens == 1 else NUMERALS[tens]) + "十" if tens else ""
    return text + (NUMERALS[ones] if ones else "")


class Exhibit(msgspec.Struct, frozen=True):
    title: str
    pieces: int
    number: int | None  # None: not enclosed (後補)
    attachment_id: str = ""  # "" for the packet's own forms

    @property
    def label(self) -> str:
        return f"附件{numeral(self.number)}" if self.number is not None else "後補"

    @property
    def line(self) -> str:
        if self.number is None:
            return f"{self.title}（後補）"
        return f"{self.label}：{self.title}　{self.pieces}件"


def exhibits(
    form_titles: list[str], attachments: list[AttachmentCheck], pieces: dict[str, int]
) -> list[Exhibit]:
    """``form_titles``: the packet's enclosed forms after the petition or application; ``pieces``: the pieces
    entered per attachment id (one when not entered)."""
    out: list[Exhibit] = []
    number = 0
    for title in form_titles:
        number += 1
        out.append(Exhibit(title, 1, number))
    for item in attachments:
        if item.status is AttachmentStatus.HAVE:
            number += 1
            out.append(Exhibit(item.title("zh-TW"), pieces.get(item.id, 1), number, item.id))
    for item in attachments:
        if item.status in (AttachmentStatus.MISSING, AttachmentStatus.REQUESTED) and item.level in (
            "required",
            "recommended",
        ):
            out.append(Exhibit(item.title("zh-TW"), 0, None, item.id))
    return out


def exhibit_for(items: list[Exhibit], attachment_id: str) -> Exhibit | None:
    return next((e for e in items if e.attachment_id == attachment_id), None)

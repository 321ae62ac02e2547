"""Small text helpers shared by the last wizard pages (documents, plan, review, packet)."""

from __future__ import annotations

from fractions import Fraction

from debtassist.rules.money import ntd
from debtassist.ui.wizard.base import t


def fill(text: str, *args: object) -> str:
    """Put ``args`` into the ``%1``, ``%2``... of an already translated text."""
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text


def money(value: int | None) -> str:
    return t("not known yet") if value is None else f"NT${ntd(value)}"


def rate_text(rate: Fraction) -> str:
    return f"{float(rate * 100):g}%"


def yes_no(value: bool | None) -> str:
    return t("not answered") if value is None else (t("Yes") if value else t("No"))

"""How an amount that was understood is said back to the person: ``= 38,000 元``."""

from __future__ import annotations

from debtassist.i18n import Lang, tr
from debtassist.rules.validators import format_amount


def understood_amount(value: int, lang: Lang) -> str:
    return tr("wizard.amount.understood", lang, amount=format_amount(value))

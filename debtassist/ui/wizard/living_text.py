"""The living-expense standard said in one plain sentence: which figure, for which area and year, from where,
and whether it was checked against the announcement."""

from __future__ import annotations

from debtassist.i18n import Lang, tr
from debtassist.reference.areas import area_by_code
from debtassist.rules.living import LivingExpense
from debtassist.rules.rocdate import ROC_OFFSET
from debtassist.rules.validators import format_amount

_USED = ("confirmed", "official", "court", "user", "secondary")


def is_address(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://", "www."))


def source_line(living: LivingExpense, lang: Lang) -> str:
    """The figure's source address, for the "where to check" text (``""`` when the source is not one)."""
    return (
        tr("wizard.living.source_line", lang, url=living.source.strip()) if is_address(living.source) else ""
    )


def living_sentence(living: LivingExpense, lang: Lang) -> str:
    if living.status in ("no_area", "no_year") or living.area is None or living.year is None:
        return tr("wizard.living.no_year" if living.status == "no_year" else "wizard.living.no_area", lang)
    area = area_by_code(living.area)
    name = area.text(lang) if area else living.area
    where = {"area": name, "year": living.year, "roc_year": living.year - ROC_OFFSET}
    if living.status in _USED and living.monthly is not None:
        source = living.source or "—"
        if is_address(source):  # addresses go behind the "where to check" link, not into the sentence
            source = tr("wizard.living.source_behind_link", lang)
        return tr(
            f"wizard.living.used.{living.status}",
            lang,
            amount=format_amount(living.monthly),
            source=source,
            **where,
        )
    why_key = f"wizard.living.why.{living.status}"
    why = tr(why_key, lang) if living.status in ("unconfirmed", "conflict", "missing") else ""
    return tr("wizard.living.none", lang, why=why, **where)

"""One formatter of a case field's value by its kind, shared by the review and the printed forms: money with
thousands separators (``NT$12,345`` on screen, ``12,345`` on paper, where the form prints 元 itself), dates in
ROC (``115/03/02``), flags and choices as words (the choice's label ``choice.<path>.<value>``), a county by its
name in the language on screen (on paper by its official name). An empty value is ``""``: the review says "not
entered" (or the field's own words for it), a form leaves the box blank. Pure Python, no Qt.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from debtassist.i18n import Lang, catalog, tr
from debtassist.reference.areas import county_by_name
from debtassist.rules.fields import Kind, field_spec, get_value
from debtassist.rules.rocdate import roc_text


def field_text(path: str, value: object, lang: Lang = "zh-TW", *, paper: bool = False) -> str:
    """``value`` of the case field ``path`` as text in ``lang``; never raises for a value of the field's kind."""
    if value is None or value == "":
        return ""
    spec = field_spec(path)
    if spec.kind is Kind.MONEY and isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if paper else f"NT${value:,}"
    if spec.kind in (Kind.DATE, Kind.DATETIME) and isinstance(value, date):
        return roc_text(value.date() if isinstance(value, datetime) else value)
    if spec.kind is Kind.FLAG and isinstance(value, bool):
        return tr("value.yes" if value else "value.no", lang)
    if spec.kind is Kind.CHOICE and isinstance(value, Enum):
        key = spec.choice_key(value)
        return tr(key, lang) if key in catalog() else str(value.value)
    if spec.editor == "county" and isinstance(value, str) and not paper:
        county = county_by_name(value)  # stored by its official name; the screen says it in its language
        return county.text(lang) if county else value
    return str(value)


def case_field_text(case: object, path: str, lang: Lang = "zh-TW", *, paper: bool = False) -> str:
    """The text of the case's value at ``path`` (a plain, dotted path of single values)."""
    return field_text(path, get_value(case, path), lang, paper=paper)


def review_text(case: object, path: str, lang: Lang) -> str:
    """The case's value at ``path`` as the review shows it: an empty value says so."""
    return case_field_text(case, path, lang) or tr(field_spec(path).empty_key, lang)

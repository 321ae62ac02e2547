"""The words of the fixed vocabularies (income kinds, expense categories), with the user's own words kept.

The labels are in the core catalog (``plan.income_kind.*``, ``plan.expense_category.*``); every face (forms,
wizard, CLI) prints a kind through :func:`income_kind_text` / :func:`expense_category_text`, so "other" always
shows what the user wrote.
"""

from __future__ import annotations

from debtassist.i18n import Lang, tr
from debtassist.model.case import ExpenseCategory, IncomeKind


def income_kind_label(kind: IncomeKind, lang: Lang) -> str:
    return tr(f"plan.income_kind.{kind.value}", lang)


def expense_category_label(category: ExpenseCategory, lang: Lang) -> str:
    return tr(f"plan.expense_category.{category.value}", lang)


def _with_detail(label: str, detail: str, lang: Lang) -> str:
    detail = detail.strip()
    if not detail or detail == label:
        return label
    return tr("plan.vocabulary_with_detail", lang, label=label, detail=detail)


def income_kind_text(kind: IncomeKind | None, detail: str, lang: Lang) -> str:
    """ "薪資", "薪資（兼職打工）", "其他（利息）"; the user's words alone when no kind was chosen."""
    if kind is None:
        return detail.strip()
    return _with_detail(income_kind_label(kind, lang), detail, lang)


def expense_category_text(category: ExpenseCategory | None, detail: str, lang: Lang) -> str:
    if category is None:
        return detail.strip()
    return _with_detail(expense_category_label(category, lang), detail, lang)

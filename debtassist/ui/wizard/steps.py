"""The wizard's steps, declared once in order (by page key): step numbers in page titles and cross-references
("(page 9)") are computed from this list, so adding or moving a page renumbers every title and reference.

A translatable text names a step by its page key in braces — ``t("{attachments}. Documents")``,
``t("… (page {creditors})")`` — and ``numbered()`` puts the numbers in. No Qt here.
"""

from __future__ import annotations

STEPS: tuple[str, ...] = (
    "route",
    "eligibility",
    "applicant",
    "household",
    "assets",
    "business",
    "income",
    "expenses",
    "creditors",
    "own_debtors",
    "attachments",
    "plan",
    "review",
    "packet",
)

STEP_NUMBERS: dict[str, int] = {key: number for number, key in enumerate(STEPS, start=1)}


def step_number(key: str) -> int:
    return STEP_NUMBERS[key]


def numbered(text: str) -> str:
    """``text`` with each ``{page_key}`` replaced by that page's step number."""
    return text.format_map(STEP_NUMBERS)

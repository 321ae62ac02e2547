"""Small arithmetic helpers for whole-dollar money and exact fractions."""

from __future__ import annotations

import math
from fractions import Fraction


def round_half_up(value: Fraction) -> int:
    """Round to the dollar, halves up. The legal rounding convention for 1.2x is unconfirmed, so the exact value
    is kept beside every rounded one and the trail says it was rounded."""
    return math.floor(value + Fraction(1, 2))


def ntd(value: int | Fraction | None) -> str:
    """Display form with thousands separators: 12,345 (exact fractions shown to two decimals)."""
    if value is None:
        return "—"
    if isinstance(value, Fraction) and value.denominator != 1:
        return f"{float(value):,.2f}"
    return f"{int(value):,}"


def amount(value: int | None) -> int:
    """An entered amount, with "not entered" counted as zero in totals (missing values are flagged elsewhere)."""
    return value if value is not None else 0

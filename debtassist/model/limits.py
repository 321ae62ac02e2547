"""Bounds on what a case document may hold, declared once: the model, the codec and the validators read them.

- ``MAX_AMOUNT``: the largest amount (NT$, whole dollars) a case can hold, in either sign. 1 兆 (10**12) and
  above is certainly a typing mistake in a consumer-debt case; the input validators refuse it as typed, and a
  file holding more is a load error naming the field (so no figure is ever computed from, say, 10**400, which
  does not even convert to a float).
- ``MAX_DEPTH``: how deeply a case document may nest objects and lists. A real case file is about six levels
  deep (case → creditors → creditor → enforcement → …); 64 leaves room for any future shape while keeping far
  below Python's recursion limit, so a crafted file is refused before anything recursive (the JSON decoder, the
  version-0 migration's deep copy, the model's validation) touches it.
- ``MIN_DATE``/``MAX_DATE``: the dates a case may hold. 1800-01-01 is far before anything of a living debtor; a
  date before the ROC calendar (1912) still loads and the rules report it with its path (``DATE_BEFORE_ROC``).
  2999-12-31 leaves centuries for deadlines. Within these, every computed date (five years back, a plan's months
  ahead) stays inside what Python's ``date`` holds (years 1 to 9999), so no date arithmetic can overflow. A file
  holding a date outside is a load error naming the field; a typed date after ``MAX_DATE`` is refused as typed.
"""

from __future__ import annotations

from datetime import date
from typing import Final

MAX_AMOUNT: Final = 10**12 - 1
MAX_DEPTH: Final = 64
MIN_DATE: Final = date(1800, 1, 1)
MAX_DATE: Final = date(2999, 12, 31)

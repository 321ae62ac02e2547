"""Reusable input widgets: each reads what people type through the core's parsers and explains problems.

Every line edit here follows the same rules (see :class:`CheckedLineEdit`): ``value()`` is the parsed value
(``None`` or ``""`` while the text is empty or wrong), a change signal fires only when that value changes, and
``error`` holds the message of the current problem. A new problem is shown when editing finishes (Enter or
leaving the field), not while the person is still typing; a problem already shown follows the text live and
disappears as soon as the text is right. The exception is :class:`NationalIdEdit`, whose wrong-shape and
check-digit problems appear as typed (a complete or impossible ID cannot get better by typing more).
"""

from __future__ import annotations

from debtassist.ui.widgets.base import CheckedLineEdit, accessible_text
from debtassist.ui.widgets.county import CountyCombo
from debtassist.ui.widgets.dates import RocDateEdit
from debtassist.ui.widgets.field_row import ErrorLabel, FieldRow
from debtassist.ui.widgets.lender import LenderCombo
from debtassist.ui.widgets.money import MoneyEdit
from debtassist.ui.widgets.national_id import IdState, NationalIdEdit
from debtassist.ui.widgets.share import ShareEdit

__all__ = [
    "CheckedLineEdit",
    "CountyCombo",
    "ErrorLabel",
    "FieldRow",
    "IdState",
    "LenderCombo",
    "MoneyEdit",
    "NationalIdEdit",
    "RocDateEdit",
    "ShareEdit",
    "accessible_text",
]

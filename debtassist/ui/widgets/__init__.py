"""Reusable input widgets: each reads what people type through the core's parsers and explains problems.

Every line edit here follows the same rules (see :class:`CheckedLineEdit`): ``value()`` is the parsed value
(``None`` or ``""`` while the text is empty or wrong), a change signal fires only when that value changes, and
``error`` holds the message of the current problem. A new problem is shown when editing finishes (Enter or
leaving the field), not while the person is still typing; a problem already shown follows the text live and
disappears as soon as the text is right. The exception is :class:`NationalIdEdit`, whose wrong-shape and
check-digit problems appear as typed (a complete or impossible ID cannot get better by typing more).

The widgets are imported when first asked for (``from debtassist.ui.widgets import MoneyEdit``): the desk shown
at start needs only the flow layout (``debtassist.ui.widgets.flow``), and importing this package for it must not
make every input widget class (10 ms of the window's start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from debtassist.ui.widgets.base import CheckedLineEdit, accessible_text
    from debtassist.ui.widgets.county import CountyCombo
    from debtassist.ui.widgets.dates import RocDateEdit
    from debtassist.ui.widgets.field_row import ErrorLabel, FieldRow
    from debtassist.ui.widgets.lender import LenderCombo
    from debtassist.ui.widgets.money import MoneyEdit
    from debtassist.ui.widgets.national_id import IdState, NationalIdEdit
    from debtassist.ui.widgets.share import ShareEdit

#: Where each name of this package lives (the module under ``debtassist.ui.widgets``).
_HOME = {
    "CheckedLineEdit": "base",
    "CountyCombo": "county",
    "ErrorLabel": "field_row",
    "FieldRow": "field_row",
    "IdState": "national_id",
    "LenderCombo": "lender",
    "MoneyEdit": "money",
    "NationalIdEdit": "national_id",
    "RocDateEdit": "dates",
    "ShareEdit": "share",
    "accessible_text": "base",
}

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


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # asked once
    return value

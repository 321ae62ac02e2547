"""The tables of a case as data: one :class:`TableSpec` per list of records.

Headers are English source texts marked with ``QT_TRANSLATE_NOOP`` (context ``Tables``), translated through the
window catalogs (``resources/translations/<lang>/window.json``). Enum labels in Chinese are the ones the printed
forms use (:mod:`debtassist.forms.bindings`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.model.case import (
    Asset,
    AssetKind,
    BusinessPeriod,
    Case,
    Creditor,
    CreditorKind,
    DebtType,
    Dependent,
    ExpenseCategory,
    ExpenseItem,
    IncomeKind,
    IncomeRecord,
    MonthlyIncome,
    OwnDebtor,
    PlanPhase,
)
from debtassist.model.part import Part
from debtassist.reference.lenders import lenders
from debtassist.rules.validators import parse_national_id
from debtassist.ui.models.columns import Choice, ColumnKind, ColumnSpec, TableSpec, vocabulary_choices
from debtassist.ui.models.record_table import RecordTableModel


def column(
    key: str,
    header: object,
    kind: ColumnKind = "text",
    *,
    choices: tuple[Choice, ...] = (),
    required: bool = False,
    validator: Callable[[Any], Any] | None = None,
    suggestions: tuple[str, ...] = (),
    roc_year: bool = False,
    month: bool = False,
) -> ColumnSpec:
    """A column; ``header`` is a ``QT_TRANSLATE_NOOP("Tables", ...)`` (found by scripts/update_translations.py)."""
    return ColumnSpec(
        key=key,
        header=str(header),
        kind=kind,
        choices=choices,
        required=required,
        validator=validator,
        suggestions=suggestions,
        roc_year=roc_year,
        month=month,
    )


CREDITOR_TABLE = TableSpec(
    path="creditors",
    record_type=Creditor,
    columns=(
        column(
            "kind",
            QT_TRANSLATE_NOOP("Tables", "Kind"),
            "enum",
            choices=vocabulary_choices(CreditorKind, "choice.creditor_kind"),
        ),
        column(
            "name",
            QT_TRANSLATE_NOOP("Tables", "Creditor"),
            suggestions=tuple(lender.name for lender in lenders() if not lender.generic),
        ),
        column("address", QT_TRANSLATE_NOOP("Tables", "Address")),
        column(
            "debt_type",
            QT_TRANSLATE_NOOP("Tables", "Debt type"),
            "enum",
            choices=vocabulary_choices(DebtType, "choice.debt_type"),
        ),
        column("cause", QT_TRANSLATE_NOOP("Tables", "Cause")),
        column("principal", QT_TRANSLATE_NOOP("Tables", "Principal"), "money"),
        column("interest_fees", QT_TRANSLATE_NOOP("Tables", "Interest and fees"), "money"),
        column("secured", QT_TRANSLATE_NOOP("Tables", "Secured"), "bool"),
        column("security", QT_TRANSLATE_NOOP("Tables", "Security")),
        column(
            "secured_coverage",
            QT_TRANSLATE_NOOP("Tables", "Covered by the security"),
            "money",
        ),
        column("priority", QT_TRANSLATE_NOOP("Tables", "Priority"), "bool"),
        column("home_loan", QT_TRANSLATE_NOOP("Tables", "Home loan"), "bool"),
        column(
            "home_loan_overdue_instalments",
            QT_TRANSLATE_NOOP("Tables", "Instalments overdue"),
            "int",
        ),
        column("special_clause", QT_TRANSLATE_NOOP("Tables", "Special clause"), "bool"),
        column("enforcement.pending", QT_TRANSLATE_NOOP("Tables", "Enforcement pending"), "bool"),
        column("enforcement.court", QT_TRANSLATE_NOOP("Tables", "Enforcement court")),
        column("enforcement.case_number", QT_TRANSLATE_NOOP("Tables", "Enforcement case no.")),
    ),
)

ASSET_TABLE = TableSpec(
    path="assets",
    record_type=Asset,
    columns=(
        column(
            "kind",
            QT_TRANSLATE_NOOP("Tables", "Kind"),
            "enum",
            choices=vocabulary_choices(AssetKind, "choice.asset_kind"),
            required=True,
        ),
        column("description", QT_TRANSLATE_NOOP("Tables", "Description")),
        column("holder", QT_TRANSLATE_NOOP("Tables", "Held with")),
        column("location", QT_TRANSLATE_NOOP("Tables", "Location")),
        column("number", QT_TRANSLATE_NOOP("Tables", "Number")),
        column("value", QT_TRANSLATE_NOOP("Tables", "Value"), "money"),
        column("share", QT_TRANSLATE_NOOP("Tables", "Share"), "share"),
        column("quantity", QT_TRANSLATE_NOOP("Tables", "Number of shares"), "int"),
        column("year", QT_TRANSLATE_NOOP("Tables", "Year made"), "int"),
        column("note", QT_TRANSLATE_NOOP("Tables", "Note")),
        column("hard_to_sell", QT_TRANSLATE_NOOP("Tables", "Hard to sell"), "bool"),
        column("excluded_from_estate", QT_TRANSLATE_NOOP("Tables", "Excluded (Art. 99)"), "bool"),
        column("exclusion_reason", QT_TRANSLATE_NOOP("Tables", "Reason")),
        column("counted_value", QT_TRANSLATE_NOOP("Tables", "Value that counts"), "money"),
    ),
)

PLAN_PHASE_TABLE = TableSpec(
    path="plan.phases",
    record_type=PlanPhase,
    columns=(
        column("instalments", QT_TRANSLATE_NOOP("Tables", "Instalments"), "int"),
        column("amount", QT_TRANSLATE_NOOP("Tables", "Amount each"), "money"),
    ),
)

RELATIONSHIPS = ("配偶", "子", "女", "父", "母", "祖父", "祖母", "孫", "孫女", "兄", "弟", "姊", "妹")

DEPENDENT_TABLE = TableSpec(
    path="dependents",
    record_type=Dependent,
    columns=(
        column("name", QT_TRANSLATE_NOOP("Tables", "Name")),
        column("relationship", QT_TRANSLATE_NOOP("Tables", "Relationship"), suggestions=RELATIONSHIPS),
        column("birth_date", QT_TRANSLATE_NOOP("Tables", "Date of birth"), "date"),
        column(
            "national_id",
            QT_TRANSLATE_NOOP("Tables", "National ID"),
            validator=parse_national_id,
        ),
        column("supported", QT_TRANSLATE_NOOP("Tables", "Supported"), "bool"),
        column("support_share", QT_TRANSLATE_NOOP("Tables", "Support share"), "share"),
        column("monthly_amount", QT_TRANSLATE_NOOP("Tables", "Monthly support"), "money"),
        column("note", QT_TRANSLATE_NOOP("Tables", "Note")),
    ),
)

OWN_DEBTOR_TABLE = TableSpec(
    path="own_debtors",
    record_type=OwnDebtor,
    columns=(
        column("name", QT_TRANSLATE_NOOP("Tables", "Debtor")),
        column("address", QT_TRANSLATE_NOOP("Tables", "Address")),
        column("amount", QT_TRANSLATE_NOOP("Tables", "Amount"), "money"),
        column("cause", QT_TRANSLATE_NOOP("Tables", "Cause")),
        column("kind", QT_TRANSLATE_NOOP("Tables", "Kind")),
        column("security", QT_TRANSLATE_NOOP("Tables", "Security")),
    ),
)


INCOME_KIND_CHOICES = vocabulary_choices(IncomeKind, "plan.income_kind")
EXPENSE_CATEGORY_CHOICES = vocabulary_choices(ExpenseCategory, "plan.expense_category")

INCOME_RECORD_TABLE = TableSpec(
    path="income.records",
    record_type=IncomeRecord,
    columns=(
        column("period_from", QT_TRANSLATE_NOOP("Tables", "From (month)"), "date", month=True),
        column("period_to", QT_TRANSLATE_NOOP("Tables", "To (month)"), "date", month=True),
        column("kind", QT_TRANSLATE_NOOP("Tables", "Kind"), "enum", choices=INCOME_KIND_CHOICES),
        column("kind_detail", QT_TRANSLATE_NOOP("Tables", "Kind in your words")),
        column("source", QT_TRANSLATE_NOOP("Tables", "Source")),
        column("amount", QT_TRANSLATE_NOOP("Tables", "Total of the period"), "money"),
        column("monthly_average", QT_TRANSLATE_NOOP("Tables", "Or monthly average"), "money"),
    ),
)

MONTHLY_INCOME_TABLE = TableSpec(
    path="income.monthly",
    record_type=MonthlyIncome,
    columns=(
        column("kind", QT_TRANSLATE_NOOP("Tables", "Kind"), "enum", choices=INCOME_KIND_CHOICES),
        column("kind_detail", QT_TRANSLATE_NOOP("Tables", "Kind in your words")),
        column("source", QT_TRANSLATE_NOOP("Tables", "Source")),
        column("amount", QT_TRANSLATE_NOOP("Tables", "Monthly amount"), "money"),
        column("paid_in_cash", QT_TRANSLATE_NOOP("Tables", "Paid in cash"), "bool"),
    ),
)

EXPENSE_TABLE = TableSpec(
    path="expenses.items",
    record_type=ExpenseItem,
    columns=(
        column(
            "category",
            QT_TRANSLATE_NOOP("Tables", "Category"),
            "enum",
            choices=EXPENSE_CATEGORY_CHOICES,
        ),
        column("category_detail", QT_TRANSLATE_NOOP("Tables", "Category in your words")),
        column("monthly", QT_TRANSLATE_NOOP("Tables", "Monthly amount"), "money"),
        column("note", QT_TRANSLATE_NOOP("Tables", "Note")),
    ),
)

BUSINESS_PERIOD_TABLE = TableSpec(
    path="business.periods",
    record_type=BusinessPeriod,
    columns=(
        column("description", QT_TRANSLATE_NOOP("Tables", "Business")),
        column("start", QT_TRANSLATE_NOOP("Tables", "Start"), "date"),
        column("end", QT_TRANSLATE_NOOP("Tables", "End"), "date"),
        column("turnover", QT_TRANSLATE_NOOP("Tables", "Turnover"), "money"),
    ),
)

#: Every table, by the path of its list in a case (the paths findings use: ``creditors[2].principal``).
TABLES: dict[str, TableSpec[Any]] = {
    spec.path: spec
    for spec in (
        CREDITOR_TABLE,
        ASSET_TABLE,
        DEPENDENT_TABLE,
        OWN_DEBTOR_TABLE,
        INCOME_RECORD_TABLE,
        MONTHLY_INCOME_TABLE,
        EXPENSE_TABLE,
        BUSINESS_PERIOD_TABLE,
        PLAN_PHASE_TABLE,
    )
}


def records_at(case: Case, path: str) -> list[Any]:
    """The case's own list at ``path`` (``income.records``): the object a table model edits."""
    node: Any = case
    for part in path.split("."):
        node = getattr(node, part)
    if not isinstance(node, list):
        raise TypeError(f"{path} is not a list in a case")
    return node


def table_model(
    case: Case, path: str, lang: Lang = DEFAULT_LANG, parent: QObject | None = None
) -> RecordTableModel[Part]:
    """The model of the table at ``path`` (a key of :data:`TABLES`) over ``case``'s list."""
    return RecordTableModel(records_at(case, path), TABLES[path], lang, parent)

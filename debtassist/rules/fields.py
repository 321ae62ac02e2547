"""The case's fields, declared once: every leaf of the case model with its kind (read from the model's
annotations and markers, e.g. ``MONEY``), the name of each field a message names (``field.<path>`` in
``resources/translations/<lang>/core/fields.json``), and for each field a page shows its :class:`FieldSpec`: the label
and hint keys (``label.<path>``, ``hint.<path>`` in ``<lang>/core/field_labels.json``, every language) and the editor
options where the kind alone does not say which editor to use. Pure Python, no Qt.

A wizard page that is a list of single fields names them by path (``WizardPage.fields``); the page layout, the
review and the printed forms read label, value and text from here (``get_value`` / ``set_value``,
``debtassist.rules.field_text``).

A field's path is the model's attribute path with list items left out: ``creditors.name`` is the name of every
creditor (a finding names one row as ``creditors[2].name``).
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable, Iterator
from datetime import date, datetime
from enum import Enum, StrEnum
from functools import cache
from typing import NamedTuple

from debtassist.i18n import Msg, catalog
from debtassist.model.case import MONEY, Case
from debtassist.model.part import Part, checked, fields_of, inner_type, is_part
from debtassist.rules.plan import TERM_DEFAULT, TERM_EXTENDED
from debtassist.rules.prerequisite import home_loan_choice_asked


class Kind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    FLAG = "flag"
    CHOICE = "choice"  # one value of an enumeration
    NUMBER = "number"
    OTHER = "other"


#: Fields whose labels are declared (``field.<path>`` in the core catalog): the ones a message names.
LABELLED: tuple[str, ...] = (
    "route",
    "filing_date",
    "applicant.name",
    "applicant.national_id",
    "applicant.registered_address",
    "applicant.residence_county",
    "applicant.birth_date",
    "applicant.phone",
    "applicant.mobile",
    "filing.legal_representative.phone",
    "filing.agent.phone",
    "filing.service_recipient.phone",
    "creditors.name",
    "creditors.kind",
    "creditors.principal",
    "own_debtors.name",
)

#: Leaves no wizard page edits: the file's own bookkeeping, and what the case desk keeps (the lifecycle).
INTERNAL: tuple[str, ...] = ("schema_version", "case_id", "meta", "lifecycle")


_inner = inner_type


def _kind(annotation: object, metadata: list[object]) -> Kind:
    if MONEY in metadata:
        return Kind.MONEY
    inner = _inner(annotation)
    if not isinstance(inner, type):
        return Kind.OTHER
    if issubclass(inner, Enum):
        return Kind.CHOICE
    for kind, python in ((Kind.FLAG, bool), (Kind.DATETIME, datetime), (Kind.DATE, date), (Kind.TEXT, str)):
        if issubclass(inner, python):
            return kind
    return Kind.NUMBER if issubclass(inner, int | float) else Kind.OTHER


def _many(annotation: object) -> bool:
    """A list or a dict of values (a path through it names every item, not one value)."""
    return typing.get_origin(annotation) in (list, tuple, set, frozenset, dict)


def _walk(model: type[Part], prefix: str, single: bool = True) -> Iterator[tuple[str, Kind, bool]]:
    for name, info in fields_of(model).items():
        path = prefix + name
        inner = _inner(info.annotation)
        one = single and not _many(info.annotation)
        if is_part(inner):
            yield from _walk(inner, path + ".", one)
        else:
            yield path, _kind(info.annotation, list(info.metadata)), one


@cache
def case_leaves() -> dict[str, Kind]:
    """Every leaf of the case, in model order, with its kind."""
    return {path: kind for path, kind, _ in _walk(Case, "")}


@cache
def single_fields() -> frozenset[str]:
    """The leaves that hold one value of the case (not a column of a list): a plain dotted path reads them."""
    return frozenset(path for path, _, single in _walk(Case, "") if single)


@cache
def phone_fields() -> tuple[str, ...]:
    """The case's phone numbers, in model order: the single text fields named ``phone`` or ``mobile`` (the
    applicant's, and those of the people acting for them)."""
    return tuple(
        path
        for path, kind in case_leaves().items()
        if kind is Kind.TEXT and path in single_fields() and path.rpartition(".")[2] in ("phone", "mobile")
    )


def kind_of(path: str) -> Kind:
    return case_leaves()[_ROW.sub("", path)]


def label_key(path: str) -> str:
    return f"field.{path}"


_ROW = re.compile(r"\[\d+\]")
_ROW_FIELD = re.compile(r"(\w+)\[(\d+)\]\.(\w+)")


def field_label(path: str) -> dict[str, Msg | str]:
    """The ``field`` parameter of REQUIRED messages: ``creditors[2].name`` -> 第3筆的債權人名稱 / "row 3: the
    creditor's name", in the message's language; an unlabelled path is shown as it is."""
    match = _ROW_FIELD.fullmatch(path)
    key = f"{match[1]}.{match[3]}" if match else path
    label: Msg | str = Msg(label_key(key)) if key in LABELLED else path
    if match:
        label = Msg("field.row", {"row": int(match[2]) + 1, "label": label})
    return {"field": label}


# --- Fields a page shows ---------------------------------------------------------------------------------------

#: The editor for a field where its kind is not enough (a text that is an ID number, a county, several lines;
#: ``halfwidth``: a phone number or e-mail address typed with the IME's full-width digits and signs is kept in
#: ASCII, as the forms and the bank's systems read it).
EDITORS: dict[str, str] = {
    "applicant.national_id": "national_id",
    "applicant.residence_county": "county",
    "applicant.phone": "halfwidth",
    "applicant.mobile": "halfwidth",
    "applicant.email": "halfwidth",
    "filing.hardship": "multiline",
    "notes": "multiline",
    "plan.term_months": "months",  # a count of months: "72 months" (個月)
    "plan.interval_months": "months",
}

#: The range of a whole number's editor. A range from 0: the 0 says "not set" (the field is empty).
NUMBER_RANGES: dict[str, tuple[int, int]] = {
    "bank_offer.months": (0, 240),
    "plan.term_months": (1, TERM_EXTENDED),
    "plan.interval_months": (1, 12),
    "plan.payment_day": (0, 31),
    "plan.yearly_extra_month": (0, 12),
}

#: What a whole number's editor shows while the case holds none (the value the rules use for it).
NUMBER_EMPTY: dict[str, int] = {"plan.term_months": TERM_DEFAULT}

#: The greatest height (pixels at the normal font) of a ``multiline`` editor: a few lines, the rest scrolls.
TEXT_HEIGHTS: dict[str, int] = {"filing.hardship": 140, "notes": 110}

#: Dates that cannot lie in the future (a birth, a negotiation or mediation that has ended).
PAST_DATES: frozenset[str] = frozenset(
    {
        "applicant.birth_date",
        "history.previous_negotiation_end",
        "history.mediation_failed_date",
        "history.prior_step_date",
    }
)


#: The rehabilitation plan's settings, as the person enters them (the plan page's rows, the review's).
PLAN_FIELDS = (
    "plan.term_months",
    "plan.interval_months",
    "plan.payment_day",
    "plan.art53_exception",
    "plan.payee",
    "plan.yearly_extra",
    "plan.yearly_extra_month",
)

#: The bank's offer, as the person enters it (the plan page's rows, the review's).
BANK_OFFER_FIELDS = (
    "bank_offer.offered_by",
    "bank_offer.months",
    "bank_offer.annual_rate_percent",
    "bank_offer.monthly",
)


#: Questions that apply only after some answers (their page hides them otherwise): the review names them only
#: once answered.
REVIEW_IF_SET: frozenset[str] = frozenset(
    {
        "history.previous_negotiation_end",
        "history.agreement_difficulty_not_attributable",
        "history.mediation_failed_date",
        "history.prior_step",
        "history.prior_step_date",
        "history.prior_step_body",
        "history.prior_step_case_number",
        "filing.home_loan_choice",
        *BANK_OFFER_FIELDS,
        *PLAN_FIELDS,
    }
)

#: Questions that only some cases ask (the route, other answers), by path: where the test says no, the page
#: hides the question and the review and the printed forms leave it out, while the case keeps the answer.
ASKED_WHEN: dict[str, Callable[[Case], bool]] = {"filing.home_loan_choice": home_loan_choice_asked}


def asked(case: Case, path: str) -> bool:
    """Whether ``case`` asks the field at ``path`` (every field not in ``ASKED_WHEN`` is always asked)."""
    test = ASKED_WHEN.get(path)
    return test is None or test(case)


#: The order a choice offers its values in, where it is not the model's.
CHOICE_ORDER: dict[str, tuple[str, ...]] = {
    "history.previous_negotiation": ("none", "concluded", "failed", "deemed_not_requested", "returned"),
}


def _annotation(path: str) -> object:
    model: type[Part] = Case
    *parents, last = path.split(".")
    for name in parents:
        inner = _inner(fields_of(model)[name].annotation)
        assert is_part(inner)
        model = inner
    return fields_of(model)[last].annotation


class FieldSpec(NamedTuple):
    """One field as pages, the review and the forms show it: its path and kind, its label and (optional) hint
    keys, the key naming it in an input message (``name.<path>`` where declared, else the label), and editor
    options."""

    path: str
    kind: Kind
    editor: str = ""  # "" = the editor of the kind
    past_only: bool = False
    review_if_set: bool = False
    height: int = 0  # a multiline editor's greatest height (0: its own)
    number_range: tuple[int, int] = (0, 999)
    number_empty: int | None = None

    @property
    def label_key(self) -> str:
        return f"label.{self.path}"

    @property
    def hint_key(self) -> str | None:
        key = f"hint.{self.path}"
        return key if key in catalog() else None

    @property
    def name_key(self) -> str:
        key = f"name.{self.path}"
        return key if key in catalog() else self.label_key

    @property
    def empty_key(self) -> str:
        """What the review says of an empty value (``empty.<path>`` where declared)."""
        key = f"empty.{self.path}"
        if key in catalog():
            return key
        return "value.not_answered" if self.kind in (Kind.FLAG, Kind.CHOICE) else "value.not_entered"

    @property
    def none_key(self) -> str:
        """The first entry of a choice's list, for no value: the field's own words (``empty.<path>``, e.g.
        "None (the plan ends within 6 years)") where declared, else "Choose…"."""
        key = f"empty.{self.path}"
        return key if key in catalog() else "value.choose"

    def choices(self) -> tuple[Enum, ...]:
        """The values of a choice, in the order offered (``CHOICE_ORDER`` where declared, else the model's)."""
        enum = _inner(_annotation(self.path))
        if not (isinstance(enum, type) and issubclass(enum, Enum)):
            return ()
        return tuple(enum(v) for v in CHOICE_ORDER[self.path]) if self.path in CHOICE_ORDER else tuple(enum)

    def choice_key(self, value: object) -> str:
        return f"choice.{self.path}.{getattr(value, 'value', value)}"


@cache
def field_spec(path: str) -> FieldSpec:
    """The spec of the case field ``path`` (a KeyError for a path that is not a leaf of the case)."""
    return FieldSpec(
        path,
        case_leaves()[path],
        EDITORS.get(path, ""),
        path in PAST_DATES,
        path in REVIEW_IF_SET,
        TEXT_HEIGHTS.get(path, 0),
        NUMBER_RANGES.get(path, (0, 999)),
        NUMBER_EMPTY.get(path),
    )


def get_value(obj: object, path: str) -> object:
    """The value at the dotted ``path`` of a case (or of any model)."""
    for name in path.split("."):
        obj = getattr(obj, name)
    return obj


def set_value(obj: object, path: str, value: object) -> None:
    """Put ``value`` at the dotted ``path`` of a case (or of any part), as the field holds it
    (``model.part.checked``): a value the field cannot hold is a ValueError, and nothing is stored."""
    *parents, last = path.split(".")
    for name in parents:
        obj = getattr(obj, name)
    if not isinstance(obj, Part):
        raise TypeError(f"{path}: not a field of a part")
    setattr(obj, last, checked(obj, last, value))

"""Every figure of a case, declared once: its name (the ``check --json`` key), label, kind, how it is read from
the computed figures, the trail that explains it and the faces that show it.

``Figures.to_json`` is generated from this list (in its order), and the faces — the CLI's text, the summary
panel, the review's key figures, the cover and the form boxes ``figures.<name>`` — take their rows from it with
``face_rows`` instead of keeping lists of their own. A face formats a value by its ``kind``; the label is the
core message ``figure.<name>`` (the summary may use a shorter ``short`` one).

Adding a figure: compute it in its group function in ``debtassist.rules.figures`` (with its trail), add the
field to ``Figures``, add one ``FigureSpec`` here and its label to ``core/figure_specs.json``
(``tests/rules/test_figure_specs.py`` checks the rest).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from debtassist.i18n import Lang, tr

if TYPE_CHECKING:
    from debtassist.rules.figures import Figures


class Face(StrEnum):
    """Where a figure is shown (JSON shows every figure)."""

    CLI = "cli"  # the text output of ``debtassist check``
    SUMMARY = "summary"  # the always-visible summary panel
    REVIEW = "review"  # the review page's "Key figures"
    COVER = "cover"  # the packet's cover sheet (fees)
    BINDING = "binding"  # a form box bound to ``figures.<name>``


class Kind(StrEnum):
    MONEY = "money"  # whole NT$ (int) or None
    FLAG = "flag"  # bool or None
    COUNT = "count"  # int (a year, a number of months)
    TEXT = "text"  # str or None
    EXACT = "exact"  # an exact Fraction before rounding (JSON: a float)
    LIST = "list"  # records with ``to_json()`` (or plain values)
    MAPPING = "mapping"  # a plain dict
    RECORD = "record"  # one record, or None when it does not apply (faces then leave the row out)


class FigureSpec(NamedTuple):
    name: str  # the key in ``check --json``; the label is ``figure.<name>``
    kind: Kind
    read: Callable[[Any], Any]  # from ``Figures`` (from ``Figures.court`` when ``court``)
    trail: tuple[str, ...]  # the trail entries that explain it (``Figures.trail`` keys)
    faces: Mapping[Face, int] = {}  # the row's position on each face that shows it (read only)
    court: bool = False  # computed by the court's rules (debtassist.rules.plan): absent when not computed
    encode: Callable[[Any, Lang], Any] | None = None  # its JSON form, when not the value itself
    shown: Callable[[Any], Any] | None = None  # the scalar a face prints (a record's total, say) ...
    shown_kind: Kind | None = None  # ... and its kind
    short: str | None = None  # the summary's shorter label key
    detail: str | None = None  # a money figure the review prints beside this one
    untrailed: str = ""  # why it needs no trail of its own (an input sum, a reference lookup)
    optional: bool = False  # faces leave the row out while the value is None (a record: always)

    @property
    def label_key(self) -> str:
        return f"figure.{self.name}"

    def label(self, lang: Lang, face: Face | None = None) -> str:
        key = self.short if face is Face.SUMMARY and self.short else self.label_key
        return tr(key, lang)

    def present(self, figures: Figures) -> bool:
        """False for a court figure when the court's figures were not computed."""
        return not self.court or figures.court is not None

    def value(self, figures: Figures) -> Any:
        return self.read(figures.court if self.court else figures)

    @property
    def omitted_when_unknown(self) -> bool:
        return self.optional or self.kind is Kind.RECORD

    @property
    def display_kind(self) -> Kind:
        return self.shown_kind or self.kind

    def display(self, figures: Figures) -> Any:
        """The value a face prints: the record's scalar for a record, else the value."""
        value = self.value(figures)
        return self.shown(value) if self.shown is not None and value is not None else value

    def json(self, figures: Figures, lang: Lang) -> Any:
        value = self.value(figures)
        if self.encode is not None:
            return self.encode(value, lang)
        if self.kind is Kind.EXACT:
            return None if value is None else float(value)
        if self.kind is Kind.LIST:
            return [item.to_json() if hasattr(item, "to_json") else item for item in value]
        return value


def _money(name: str, read: Callable[[Any], Any], *trail: str, **options: Any) -> FigureSpec:
    return FigureSpec(name, Kind.MONEY, read, _trail(name, trail, options), **options)


def _court(name: str, kind: Kind, read: Callable[[Any], Any], *trail: str, **options: Any) -> FigureSpec:
    return FigureSpec(name, kind, read, _trail(name, trail, options), court=True, **options)


def _trail(name: str, trail: tuple[str, ...], options: dict[str, Any]) -> tuple[str, ...]:
    """The trail names given, else the figure's own; none for a figure that says why it needs none."""
    return () if options.get("untrailed") else (trail or (name,))


def _faces(**positions: int) -> dict[Face, int]:
    return {Face(face): position for face, position in positions.items()}


def _record(value: Any, lang: Lang) -> Any:
    return None if value is None else value.to_json(lang)


def _plain_record(value: Any, _lang: Lang) -> Any:
    return None if value is None else value.to_json()


def _living_json(living: Any, _lang: Lang) -> Any:
    if living is None:
        return None
    return {"year": living.year, "monthly": living.monthly, "status": living.status}


_LIVING = ("minimum_living_expense",)
_INPUT_SUM = "the sum of the amounts entered, shown beside them"

#: Every figure, in the order of ``check --json``. ``faces``: the position of its row on each face.
FIGURES: tuple[FigureSpec, ...] = (
    _money("total_assets", lambda f: f.total_assets, faces=_faces(cli=1, review=6, binding=1)),
    FigureSpec("assets_by_kind", Kind.MAPPING, lambda f: f.assets_by_kind, ("total_assets",)),
    _money("total_debt", lambda f: f.total_debt, faces=_faces(cli=2, summary=1, review=1, binding=2)),
    _money("unsecured_debt", lambda f: f.unsecured_debt, faces=_faces(cli=3, summary=2, review=2, binding=3)),
    _money(
        "secured_debt", lambda f: f.secured_debt, "unsecured_debt", faces=_faces(cli=4, review=3, binding=4)
    ),
    _money(
        "financial_institution_debt",
        lambda f: f.financial_institution_debt,
        faces=_faces(cli=5, summary=3, review=4, binding=5),
        short="figure.short.financial_institution_debt",
    ),
    _money(
        "other_debt",
        lambda f: f.other_debt,
        "total_debt",
        "financial_institution_debt",
        faces=_faces(binding=6),
    ),
    _money(
        "unsecured_non_priority_debt", lambda f: f.unsecured_non_priority_debt, "rehabilitation_ceiling_ok"
    ),
    FigureSpec(
        "largest_creditor",
        Kind.TEXT,
        lambda f: f.largest_creditor.name,
        ("largest_creditor",),
        _faces(cli=90, summary=4, review=5),
        short="figure.short.largest_creditor",
        detail="largest_creditor_amount",
    ),
    _money("largest_creditor_amount", lambda f: f.largest_creditor.amount, "largest_creditor"),
    FigureSpec(
        "largest_creditor_confirmed", Kind.FLAG, lambda f: f.largest_creditor.confirmed, ("largest_creditor",)
    ),
    _money("monthly_income", lambda f: f.monthly_income, faces=_faces(cli=6, summary=5, review=7, binding=7)),
    _money(
        "debtor_necessary_expense",
        lambda f: f.debtor_necessary_expense,
        faces=_faces(cli=8, review=9, binding=8),
    ),
    _money("debtor_standard_expense", lambda f: f.debtor_standard_expense),
    FigureSpec(
        "debtor_standard_expense_exact",
        Kind.EXACT,
        lambda f: f.debtor_standard_expense_exact,
        ("debtor_standard_expense",),
    ),
    _money("debtor_claimed_expense", lambda f: f.debtor_claimed_expense, untrailed=_INPUT_SUM),
    _money("dependents_expense", lambda f: f.dependents_expense, faces=_faces(cli=9, review=10, binding=9)),
    _money("dependents_standard_expense", lambda f: f.dependents_standard_expense),
    _money("dependents_claimed_expense", lambda f: f.dependents_claimed_expense, untrailed=_INPUT_SUM),
    _money(
        "disposable_income",
        lambda f: f.disposable_income,
        faces=_faces(cli=10, summary=7, review=11, binding=10),
        short="figure.short.disposable_income",
    ),
    FigureSpec("living_expense_area", Kind.TEXT, lambda f: f.living.area, _LIVING),
    FigureSpec("living_expense_year", Kind.COUNT, lambda f: f.living.year, _LIVING),
    _money("minimum_living_expense", lambda f: f.living.monthly, faces=_faces(cli=7, review=8, binding=11)),
    FigureSpec("living_expense_status", Kind.TEXT, lambda f: f.living.status, _LIVING),
    FigureSpec("living_expense_source", Kind.TEXT, lambda f: f.living.source, _LIVING),
    FigureSpec("consumer_eligible", Kind.FLAG, lambda f: f.consumer_eligible, ("consumer_eligible",)),
    _money("average_monthly_turnover", lambda f: f.average_monthly_turnover, "consumer_eligible"),
    FigureSpec(
        "rehabilitation_ceiling_ok",
        Kind.FLAG,
        lambda f: f.rehabilitation_ceiling_ok,
        ("rehabilitation_ceiling_ok",),
    ),
    _money("plan_base", lambda f: f.plan_base, "plan_scenarios"),
    FigureSpec("plan_scenarios", Kind.LIST, lambda f: f.plan_scenarios, ("plan_scenarios",)),
    _money("court_fee", lambda f: f.court_fee, faces=_faces(review=12, cover=1), optional=True),
    _money("postage_estimate", lambda f: f.postage_estimate, faces=_faces(review=13, cover=2), optional=True),
    # What the court computes (debtassist.rules.plan).
    _court(
        "two_year_window",
        Kind.LIST,
        lambda c: c.window,
        "surplus_two_years",
        encode=lambda window, _lang: list(window) if window else None,
        faces=_faces(binding=20),
    ),
    _court(
        "two_year_income",
        Kind.MONEY,
        lambda c: c.window_income,
        "surplus_two_years",
        faces=_faces(binding=21),
    ),
    _court("two_year_missing_months", Kind.LIST, lambda c: c.window_missing_months, "surplus_two_years"),
    _money(
        "need_per_month",
        lambda f: f.need_per_month,
        "debtor_necessary_expense",
        "dependents_expense",
        faces=_faces(summary=6),
        short="figure.short.need_per_month",
    ),
    _court("surplus_two_years", Kind.MONEY, lambda c: c.surplus_two_years, faces=_faces(cli=12, binding=22)),
    _court("surplus_per_month", Kind.MONEY, lambda c: c.surplus_per_month, faces=_faces(cli=13, binding=23)),
    _court("liquidation_value", Kind.MONEY, lambda c: c.liquidation_value, faces=_faces(cli=11, binding=24)),
    _court("liquidation_items", Kind.LIST, lambda c: c.liquidation_items, "liquidation_value"),
    _court("excluded_items", Kind.LIST, lambda c: c.excluded_items, "liquidation_value"),
    _court(
        "plan",
        Kind.RECORD,
        lambda c: c.plan,
        encode=_record,
        shown=lambda p: p.total,
        shown_kind=Kind.MONEY,
        faces=_faces(cli=14),
    ),
    _court(
        "suggested_plan",
        Kind.RECORD,
        lambda c: c.suggested_plan,
        encode=_plain_record,
        shown=lambda s: s.monthly,
        shown_kind=Kind.MONEY,
        faces=_faces(cli=15, binding=25),
    ),
    _court("discharge_outlook", Kind.RECORD, lambda c: c.discharge_outlook, encode=_record),
    _court("bank_offer", Kind.RECORD, lambda c: c.bank_offer, encode=_plain_record),
    _court(
        "living_expense_filing_year",
        Kind.RECORD,
        lambda c: c.living_filing_year,
        encode=_living_json,
        untrailed="a reference lookup: its status and source are part of the value",
    ),
)

BY_NAME: dict[str, FigureSpec] = {spec.name: spec for spec in FIGURES}


def figure_spec(name: str) -> FigureSpec:
    return BY_NAME[name]


def face_specs(face: Face) -> list[FigureSpec]:
    """The figures a face shows, in the face's order."""
    return sorted((s for s in FIGURES if face in s.faces), key=lambda s: s.faces[face])


def face_rows(face: Face, figures: Figures) -> list[FigureSpec]:
    """The figures a face prints for these figures: a court figure only when the court's figures were computed,
    a record (or an optional figure) only when it has a value."""
    return [
        spec
        for spec in face_specs(face)
        if spec.present(figures) and not (spec.omitted_when_unknown and spec.value(figures) is None)
    ]


def figures_json(figures: Figures, lang: Lang) -> dict[str, Any]:
    """``check --json``'s ``figures``: every figure in the registry's order, then the ``because`` trail."""
    out = {spec.name: spec.json(figures, lang) for spec in FIGURES if spec.present(figures)}
    out["because"] = {name: figures.explain(name, lang) for name in figures.trail}
    return out


def explain(spec: FigureSpec, figures: Figures, lang: Lang) -> list[str]:
    """The trail's sentences for one figure."""
    return [line for name in spec.trail for line in figures.explain(name, lang)]

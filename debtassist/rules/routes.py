"""The route table: every fact about a route declared once, read by the rules, the forms and the faces.

A route's display name is the core catalog key ``route.<value>``; the party word is ``filings.party.<party>``
(申請人 before a bank, 聲請人 before a court or a mediation committee). The forms are ids of
``resources/forms/defs/*.json`` enclosed after the pleading, in packet order; ``plan_forms`` are enclosed only
once a plan is entered. The per-document attachment levels stay with each document in
``resources/attachments`` (keyed by the route's value). Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from debtassist.i18n import tr
from debtassist.model.case import Route

Party = Literal["bank", "court"]
#: Which fee rule applies (``debtassist.rules.figures._fees``): none before a bank, free before a township
#: mediation committee, the court fee otherwise.
FeeRule = Literal["bank", "township", "court"]


class RouteSpec(NamedTuple):
    route: Route
    title: str  # the pleading's title on the (Chinese) paper (forms/pleading.py); shown as ``title_key``
    party: Party
    forms: tuple[str, ...]
    plan_forms: tuple[str, ...] = ()
    fee: FeeRule = "court"
    fee_rule: str = "art_6"  # the article cited for the court fee
    #: 更生 / 清算: a court proceeding under the statute proper (Art. 151 prior step, Art. 153-1 II fee waiver,
    #: the court's living-expense year, no illustrative plan terms).
    proceeding: bool = False

    @property
    def name_key(self) -> str:
        return f"route.{self.route.value}"

    @property
    def party_key(self) -> str:
        return f"filings.party.{self.party}"

    @property
    def party_word(self) -> str:
        """The party's word on the Chinese paper: 申請人 or 聲請人."""
        return "申請人" if self.party == "bank" else "聲請人"

    @property
    def packet_forms(self) -> tuple[str, ...]:
        return self.forms + self.plan_forms

    @property
    def title_key(self) -> str:
        """The catalog's name of the pleading (its English name, for the English cover)."""
        return f"route.{self.route.value}.title"

    def file_word_in(self, lang: str) -> str:
        """The short word in suggested file names (``更生``, ``rehabilitation``)."""
        return tr(f"route.{self.route.value}.file_word", lang)


_BANK_FORMS = ("bank-statement", "bank-other-creditors", "debtor-list")
_COURT_FORMS = ("court-statement", "court-creditor-list", "debtor-list")
#: Home-loan and special-clause columns belong to rehabilitation only (Art. 43 VI (3), 54-1).
_REHABILITATION_FORMS = ("court-statement", "court-creditor-list-rehabilitation", "debtor-list")

ROUTES: dict[Route, RouteSpec] = {
    spec.route: spec
    for spec in (
        RouteSpec(
            Route.BANK_NEGOTIATION,
            title="前置協商申請書",
            party="bank",
            forms=_BANK_FORMS,
            fee="bank",
        ),
        RouteSpec(
            Route.COURT_MEDIATION,
            title="消費者債務清理前置調解聲請狀",
            party="court",
            forms=_COURT_FORMS,
            fee_rule="art_153_1",
        ),
        RouteSpec(
            Route.TOWNSHIP_MEDIATION,
            title="消費者債務清理調解聲請書",
            party="court",
            forms=_COURT_FORMS,
            fee="township",
        ),
        RouteSpec(
            Route.REHABILITATION,
            title="消費者債務清理更生聲請狀",
            party="court",
            forms=_REHABILITATION_FORMS,
            plan_forms=("court-plan",),  # the debtor's plan (更生方案, Art. 53)
            proceeding=True,
        ),
        RouteSpec(
            Route.LIQUIDATION,
            title="消費者債務清理清算聲請狀",
            party="court",
            forms=_COURT_FORMS,
            proceeding=True,
        ),
    )
}


def route_spec(route: Route) -> RouteSpec:
    return ROUTES[route]


def is_proceeding(route: object) -> bool:
    """Rehabilitation or liquidation (``False`` for no route)."""
    return isinstance(route, Route) and ROUTES[route].proceeding


def party_word(route: Route | None) -> str:
    """申請人 on the bank route, 聲請人 otherwise (also when no route is chosen yet)."""
    return ROUTES[route].party_word if route is not None else "聲請人"

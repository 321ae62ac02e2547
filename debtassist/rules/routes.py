"""The route table: every fact about a route declared once, read by the rules, the forms and the faces.

A route's display name is the core catalog key ``route.<value>``; the party word is ``filings.party.<party>``
(申請人 before a bank, 聲請人 before a court or a mediation committee). The forms are ids of
``resources/forms/defs/*.json`` enclosed after the pleading, in packet order; ``plan_forms`` are enclosed only
once a plan is entered. The per-document attachment levels stay with each document in
``resources/attachments`` (keyed by the route's value). Pure Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from debtassist.model.case import Route

Party = Literal["bank", "court"]
#: Which fee rule applies (``debtassist.rules.figures._fees``): none before a bank, free before a township
#: mediation committee, the court fee otherwise.
FeeRule = Literal["bank", "township", "court"]


@dataclass(frozen=True)
class RouteSpec:
    route: Route
    title: str  # the pleading's title (forms/pleading.py)
    title_en: str  # its English name, for the English cover
    file_word: str  # the short word in suggested file names
    file_word_en: str
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

    def file_word_in(self, lang: str) -> str:
        return self.file_word_en if lang == "en" else self.file_word


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
            title_en="Application for pre-negotiation",
            file_word="前置協商",
            file_word_en="pre-negotiation",
            party="bank",
            forms=_BANK_FORMS,
            fee="bank",
        ),
        RouteSpec(
            Route.COURT_MEDIATION,
            title="消費者債務清理前置調解聲請狀",
            title_en="Petition for court pre-mediation",
            file_word="法院前置調解",
            file_word_en="court-mediation",
            party="court",
            forms=_COURT_FORMS,
            fee_rule="art_153_1",
        ),
        RouteSpec(
            Route.TOWNSHIP_MEDIATION,
            title="消費者債務清理調解聲請書",
            title_en="Application for mediation (district mediation committee)",
            file_word="調解委員會調解",
            file_word_en="township-mediation",
            party="court",
            forms=_COURT_FORMS,
            fee="township",
        ),
        RouteSpec(
            Route.REHABILITATION,
            title="消費者債務清理更生聲請狀",
            title_en="Petition for rehabilitation",
            file_word="更生",
            file_word_en="rehabilitation",
            party="court",
            forms=_REHABILITATION_FORMS,
            plan_forms=("court-plan",),  # the debtor's plan (更生方案, Art. 53)
            proceeding=True,
        ),
        RouteSpec(
            Route.LIQUIDATION,
            title="消費者債務清理清算聲請狀",
            title_en="Petition for liquidation",
            file_word="清算",
            file_word_en="liquidation",
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

"""Where a filing goes (Act Art. 5 and 151 I).

- Rehabilitation, liquidation and court mediation: the district court of the debtor's domicile (住所) **or**
  residence (居所); both are accepted, so both are offered.
- Township mediation: the mediation committee (調解委員會) of the residence district, e.g.
  新北市板橋區調解委員會 (Art. 151 I 「住、居所地」: the domicile's committee is accepted too).
- Bank pre-negotiation goes to the largest creditor financial institution, not to a venue.

The places come from the applicant's explicit county/district fields, else from the addresses
(:func:`debtassist.reference.courts.parse_place`); when an address does not say its district clearly the
findings ask for it instead of guessing.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from debtassist.model.case import Case, Route
from debtassist.reference.courts import (
    Court,
    District,
    ParsedPlace,
    PlaceProblem,
    committee_district,
    court_by_name,
    district_of,
    looks_like_committee,
    looks_like_court,
    parse_place,
)
from debtassist.rules.explain import Severity

E, W = Severity.ERROR, Severity.WARNING


class Places(NamedTuple):
    domicile: ParsedPlace
    residence: ParsedPlace
    residence_is_domicile: bool  # no separate residence given


def _explicit(county: str, district: str) -> ParsedPlace | None:
    if not (county.strip() and district.strip()):
        return None
    found = district_of(county, district)
    return ParsedPlace(found, None if found else PlaceProblem.NO_DISTRICT)


def places(case: Case) -> Places:
    a = case.applicant
    domicile = _explicit(a.domicile_county, a.domicile_district) or parse_place(a.registered_address)
    residence = _explicit(a.residence_county, a.residence_district)
    if residence is None and a.residence_address.strip():
        residence = parse_place(a.residence_address)
    if residence is not None:
        return Places(domicile, residence, False)
    return Places(domicile, domicile, True)


def competent_courts(case: Case) -> list[tuple[Court, str]]:
    """The courts Art. 5 allows, each with its basis ("domicile", "residence" or "both"), domicile first."""
    p = places(case)
    out: list[tuple[Court, str]] = []
    for basis, place in (("domicile", p.domicile), ("residence", p.residence)):
        if place.district is None:
            continue
        court = court_by_name(place.district.court)
        if court is None:
            continue
        if out and out[0][0] == court:
            out[0] = (court, "both")
        elif all(c != court for c, _ in out):
            out.append((court, basis))
    return out


def competent_committees(case: Case) -> list[District]:
    """Committees Art. 151 I allows: the residence district's first (the one offered), then the domicile's."""
    p = places(case)
    out: list[District] = []
    for place in (p.residence, p.domicile):
        if place.district is not None and place.district not in out:
            out.append(place.district)
    return out


def suggested_venue(case: Case) -> str:
    """What the wizard offers: the residence committee on the township route, else the domicile court."""
    if case.route is Route.TOWNSHIP_MEDIATION:
        committees = competent_committees(case)
        return committees[0].committee if committees else ""
    if case.route is not None and case.route.is_court:
        found = competent_courts(case)
        return found[0][0].name if found else ""
    return ""


def venue_options(case: Case) -> list[str]:
    if case.route is Route.TOWNSHIP_MEDIATION:
        return [d.committee for d in competent_committees(case)]
    if case.route is not None and case.route.is_court:
        return [c.name for c, _ in competent_courts(case)]
    return []


def venue_court(case: Case) -> Court | None:
    """The court the filing names, when it names a known one."""
    return court_by_name(case.venue) if case.venue.strip() else None


def venue_findings(case: Case, add: Any) -> None:
    """Findings about the venue; ``add(severity, code, path, rule, **params)`` as in the findings module."""
    route = case.route
    if route is None or route is Route.BANK_NEGOTIATION:
        return
    p = places(case)
    for path, place in (
        ("applicant.registered_address", p.domicile),
        ("applicant.residence_address", p.residence),
    ):
        if path == "applicant.residence_address" and p.residence_is_domicile:
            continue
        if place.problem in (PlaceProblem.NO_DISTRICT, PlaceProblem.AMBIGUOUS, PlaceProblem.NO_COUNTY):
            add(W, "VENUE_PLACE_UNCLEAR", path, "art_5")
        elif place.problem is PlaceProblem.INFERRED and place.district is not None:
            add(W, "VENUE_PLACE_INFERRED", path, "art_5", place=place.district.place)
    venue = case.venue.strip()
    if not venue:
        return  # VENUE_MISSING (findings) names it; the wizard offers the choices
    if route is Route.TOWNSHIP_MEDIATION:
        if looks_like_court(venue) and not looks_like_committee(venue):
            add(E, "VENUE_COURT_ON_TOWNSHIP", "venue", "art_151_1", venue=venue)
            return
        allowed = competent_committees(case)
        named = committee_district(venue)
        if named is None:
            add(W, "VENUE_COMMITTEE_UNKNOWN", "venue", "art_151_1", venue=venue)
        elif allowed and named not in allowed:
            add(
                E,
                "VENUE_WRONG_COMMITTEE",
                "venue",
                "art_151_1",
                venue=venue,
                right="、".join(d.committee for d in allowed),
            )
        return
    if looks_like_committee(venue):
        add(E, "VENUE_COMMITTEE_ON_COURT_ROUTE", "venue", "art_5", venue=venue)
        return
    court = court_by_name(venue)
    if court is None:
        add(E, "VENUE_COURT_UNKNOWN", "venue", "art_5", venue=venue)
        return
    allowed_courts = [c for c, _ in competent_courts(case)]
    if allowed_courts and court not in allowed_courts:
        add(
            E,
            "VENUE_WRONG_COURT",
            "venue",
            "art_5",
            venue=court.name,
            right="、".join(c.name for c in allowed_courts),
        )

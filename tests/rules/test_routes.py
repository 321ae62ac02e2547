"""The route table (debtassist.rules.routes) is complete and every name in it resolves."""

from __future__ import annotations

import pytest

from debtassist.forms.definition import form_ids
from debtassist.forms.names import document_name
from debtassist.forms.packet import forms_for
from debtassist.i18n import catalog, langs, tr
from debtassist.model.case import Route
from debtassist.rules.routes import ROUTES, is_proceeding, party_word, route_spec


def test_every_route_has_exactly_one_entry() -> None:
    assert set(ROUTES) == set(Route)
    assert all(spec.route is route for route, spec in ROUTES.items())


@pytest.mark.parametrize("route", list(Route))
def test_every_name_the_table_gives_resolves(route: Route) -> None:
    spec = route_spec(route)
    known = set(form_ids())
    assert spec.forms and set(spec.packet_forms) <= known, set(spec.packet_forms) - known
    assert set(spec.plan_forms) <= set(spec.packet_forms) and forms_for(route) == spec.packet_forms
    for key in (spec.name_key, spec.party_key, spec.title_key, f"rule.{spec.fee_rule}"):
        assert all(key in catalog(lang) for lang in langs()), key
    assert catalog("zh-TW")[spec.party_key] == spec.party_word == party_word(route)
    assert catalog("zh-TW")[spec.title_key] == spec.title  # the paper's title is the Chinese name
    assert spec.file_word_in("zh-TW") == catalog("zh-TW")[f"route.{route.value}.file_word"]


def test_titles_words_and_english_names_are_distinct_per_route() -> None:
    specs = list(ROUTES.values())
    for lang in langs():
        for values in ([tr(s.title_key, lang) for s in specs], [s.file_word_in(lang) for s in specs]):
            assert len(set(values)) == len(values), (lang, values)
    for spec in specs:
        assert document_name(spec.title, "en") == f"{tr(spec.title_key, 'en')} ({spec.title})"


def test_the_proceedings_are_the_court_routes_of_the_statute_proper() -> None:
    assert {r for r in Route if is_proceeding(r)} == {Route.REHABILITATION, Route.LIQUIDATION}
    assert not is_proceeding(None)
    assert all(is_proceeding(r) <= r.is_court for r in Route)
    assert {r for r in Route if route_spec(r).party == "bank"} == {Route.BANK_NEGOTIATION}
    assert party_word(None) == "聲請人"

"""Dependent territories are places of their state, never state nodes (real pipeline).

Sentences written for these tests; controls are sovereign states the table also lists with a
status of their own (Taiwan, Palestine) and ordinary states."""

from __future__ import annotations

import pytest
from factories import key

from newsgraph.extractors.states import lookup, sovereign
from newsgraph.model import Kind, Relation

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Hong Kong", "CHN"),
        ("Gibraltar", "GBR"),
        ("Puerto Rico", "USA"),
        ("Macau", "CHN"),
        ("Greenland", "DNK"),
    ],
)
def test_a_territory_belongs_to_its_state(name, state):
    found = lookup(name)
    assert found is not None
    owner = sovereign(found)
    assert owner is not None
    assert owner.iso3 == state


@pytest.mark.parametrize("name", ["Taiwan", "Palestine", "France", "Western Sahara"])
def test_states_and_disputed_places_belong_to_no_state(name):
    found = lookup(name)
    assert found is not None
    assert sovereign(found) is None


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [
        ("Air China plans to raise $1bn from a listing in London and Hong Kong.", "Hong Kong", "CHN"),
        ("Britain and Spain have not reached a deal over Gibraltar.", "Gibraltar", "GBR"),
        ("The Gibraltar-based Menatep Group is suing Russia.", "Gibraltar", "GBR"),
        ("Chinese riot police beat protesters in Hong Kong on Sunday.", "Hong Kong", "CHN"),
        ("Gibraltar's chief minister Peter Caruana criticised Spain.", "Gibraltar", "GBR"),
        ("Hurricane Maria flooded towns across Puerto Rico.", "Puerto Rico", "USA"),
    ],
)
def test_a_territory_is_a_place_part_of_its_state(facts, text, place, state):
    f = facts(text)
    kinds = {e.key: e.kind for e in f.entities}
    assert not any(e.kind is Kind.STATE and e.label == place for e in f.entities)
    loc = key(Kind.LOCATION, place)
    assert kinds.get(loc) is Kind.LOCATION
    assert any(
        r.source == loc and r.relation is Relation.PART_OF and r.target == key(Kind.STATE, state)
        for r in f.relations
    )


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Taiwan's president Chen Shui-bian visited Panama.", "TWN"),
        ("Britain and Spain signed a fishing deal.", "ESP"),
    ],
)
def test_sovereign_states_stay_states(facts, text, state):
    f = facts(text)
    assert any(e.kind is Kind.STATE and e.key == key(Kind.STATE, state) for e in f.entities)

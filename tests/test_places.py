"""Places and their states (``data/places.tsv``, from the Phoenix country dictionary), and
international bodies that belong to no state; sentences written for this file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsgraph.extractors.states import StateTable, place_state
from newsgraph.model import Relation

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("build_places", ROOT / "tools" / "build_places.py")
assert _spec is not None
assert _spec.loader is not None
sys.path.insert(0, str(ROOT / "tools"))  # build_places reads Phoenix entries with build_actors
build_places = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_places)

# A country dictionary in Phoenix's format, written for this test.
SNIPPET = """\
# a comment
FREEDONIA_ [FRA]
IRAQ_
+IRAQI_
+BASRA_
+BAGHDAD_
+UR_
+SPRINGFIELD_
+AL_AMARAH
\t[IRQ]
\t[IRQ 030101-]
UNITED_STATES_ [USA]
+SPRINGFIELD_
+OKLAHOMA_CITY_
JOHN_SMITH_
+SMITHTOWN_
\t[USAGOV 030101-050101]
"""


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Kirkuk", "IRQ"),
        ("the West Bank", "PSE"),
        ("Alaska", "USA"),
        ("Tel Aviv", "ISR"),
        ("Siberia", "RUS"),
        ("Basra province", "IRQ"),
        ("the Darfur region", "SDN"),
        ("Bolivia province", "BOL"),
    ],
)
def test_a_listed_place_lies_in_its_state(name: str, iso3: str) -> None:
    state = place_state(name)
    assert state is not None
    assert state.iso3 == iso3


@pytest.mark.parametrize(
    "name",
    ["Baghdad", "Iraq", "Atlantis Springs", "kirkuk", "", "Brussels", "Geneva", "Scotland", "Foo province"],
)
def test_capitals_states_seats_of_international_bodies_unknown_and_lower_case_names_are_no_places(
    name: str,
) -> None:
    assert place_state(name) is None


def test_the_converter_keeps_places_of_one_state_only(tmp_path: Path) -> None:
    source = tmp_path / "Phoenix.Countries.actors.txt"
    source.write_text(SNIPPET, encoding="utf-8")
    rows = dict(build_places.build(source, StateTable.default()))
    assert rows["basra"] == "IRQ"
    assert rows["al amarah"] == "IRQ"
    assert rows["oklahoma city"] == "USA"
    assert "springfield" not in rows  # filed under two states
    assert "baghdad" not in rows  # a capital: the state table's
    assert "iraqi" not in rows  # a demonym
    assert "ur" not in rows  # too short to trust
    assert "smithtown" not in rows  # a person's variant, not a state's place


def test_a_city_named_in_a_text_is_part_of_its_state(facts) -> None:
    found = facts("Thousands of students marched through Basra on Friday.")
    part = {(r.source, r.target) for r in found.relations if r.relation is Relation.PART_OF}
    assert ("location:basra", "state:IRQ") in part


def test_a_place_gives_a_force_event_its_target(facts) -> None:
    (event,) = facts("Russian warplanes bombed rebel positions near Aleppo.").events
    assert event.agents == ("state:RUS",)
    assert event.targets == ("state:SYR",)


def test_an_international_body_is_part_of_no_state(facts) -> None:
    found = facts("Norway's UN envoy said the council would meet again.")
    assert not [r for r in found.relations if r.relation is Relation.PART_OF and r.source.endswith(":un")]


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Michoacan", "MEX"),
        ("Khyber Pakhtunkhwa province", "PAK"),
        ("Syunik", "ARM"),
        ("Borno state", "NGA"),
        ("Hakkari province", "TUR"),
    ],
)
def test_iso_subdivisions_after_the_phoenix_places(name, iso3):
    """``data/regions.tsv`` (ISO 3166-2, generated from pycountry) names the provinces the Phoenix
    places miss, for the event rules only; a first-level subdivision before a foreign town of its
    name ("Borno")."""
    from newsgraph.extractors.states import region_state

    state = region_state(name)
    assert state is not None, name
    assert state.iso3 == iso3, (name, state)


@pytest.mark.parametrize(
    "name", ["Sahel", "Kashmir", "Central", "Lakes", "Punjab", "Canterbury", "Ulster", "Roma"]
)
def test_no_region_of_two_states_or_common_word(name):
    """Regions spanning states, names of two states' subdivisions and common words have no line."""
    from newsgraph.extractors.states import _pairs

    assert name.casefold() not in _pairs("regions.tsv")


def test_regions_make_no_entity_part_of_a_state():
    """The entity table reads the Phoenix places only: "Michoacan" is no place of ``place_state``."""
    assert place_state("Michoacan") is None

"""Armed non-state groups and the state each is from (data/groups.tsv, built from PETRARCH-2's
Phoenix.MilNonState dictionary by tools/build_groups.py); sentences written for this file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsgraph.extractors.parties import GroupTable, groups
from newsgraph.model import Relation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import build_groups


def _part_of(facts, text):
    return {(r.source, r.target) for r in facts(text).relations if r.relation is Relation.PART_OF}


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Hezbollah", "LBN"),
        ("the Taliban", "AFG"),
        ("Hamas's", "PSE"),
        ("Tamil Tigers", "LKA"),
        ("PKK", "TUR"),
    ],
)
def test_a_listed_group_is_from_its_state(name, iso3):
    assert groups().state(name) == iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("FARC", "COL"),
        ("Houthis", "YEM"),
        ("Ansar Allah", "YEM"),  # the hand-kept line overrides the generated one
        ("the Rapid Support Forces", "SDN"),
        ("M23", "COD"),
        ("ETA", "ESP"),
    ],
)
def test_a_hand_kept_group_is_from_its_state(name, iso3):
    """groups_extra.tsv: groups of today's news the generated table misses or codes elsewhere."""
    assert groups().state(name) == iso3


def test_a_group_acting_names_its_state(facts):
    events = facts("Houthi rebels fired a ballistic missile at Saudi Arabia on Tuesday.").events
    assert ("organization:houthi", "state:YEM") in _part_of(
        facts, "Houthi rebels fired a missile at Saudi Arabia."
    )
    assert any("organization:houthi" in e.agents and "state:SAU" in e.targets for e in events), events


@pytest.mark.parametrize("name", ["youth", "Bolivia", "Greece", "United Nations", "EPA", "Falcon"])
def test_words_states_and_other_bodies_acronyms_are_no_groups(name):
    assert groups().state(name) is None


def test_a_group_named_in_the_text_is_part_of_its_state(facts):
    assert ("organization:taliban", "state:AFG") in _part_of(facts, "Canada froze the assets of the Taliban.")
    assert ("organization:hamas", "state:PSE") in _part_of(facts, "Jordan held talks with Hamas in Amman.")


def test_the_text_wins_over_the_dictionary(facts):
    found = _part_of(facts, "Turkish Hezbollah bombed a cafe in Izmir.")
    assert ("organization:hezbollah", "state:TUR") in found
    assert ("organization:hezbollah", "state:LBN") not in found


def test_build_keeps_names_and_long_acronyms_of_groups_of_one_state(tmp_path):
    (tmp_path / build_groups.SOURCE).write_text(
        "# a comment\n"
        "NORTHERN_FRONT_(NFRL)_ [PERREB] # note\n"
        "+NORTH_FIGHTERS_\n"
        "+YOUTH_\n"
        "+PERU_\n"
        "\n"
        "RED_HAND_(RHG)_ [ESPREB]\n"
        "\n"
        "SOUTH_ARMY_(SAM)_ [MEAREB]\n"
        "\n"
        "ZORRO_ [CHLREB]\n"
        "+ZORO_\n"
        "+KNIFE_\n"
        "\n"
        "SOME_LEADER\n"
        "\t[PERREB 19900101-20000101]\n"
        "\n"
        "TWIN_CELL_ [PERREB]\n"
        "TWIN_CELL_ [CHLREB]\n",
        encoding="utf-8",
    )
    rows = dict(line.split("\t") for line in build_groups.build(tmp_path) if not line.startswith("#"))
    assert rows == {
        "northern front": "PER",
        "nfrl": "PER",
        "north fighters": "PER",
        "red hand": "ESP",
        "zorro": "CHL",
        "zoro": "CHL",
    }


def test_a_malformed_table_line_is_refused():
    with pytest.raises(ValueError, match="expected a name and ISO3"):
        GroupTable(["hezbollah"])

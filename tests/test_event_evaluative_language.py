"""Verbal attacks and praise told by evaluative language (issue 11, session 14): a name or epithet
given by a naming verb ("called X 'a narco-dictatorship'", "described X as 'a bunch of unelected
bureaucrats'", "dubbed X 'a puppet of Washington'") or quoted as predicated of someone in a said
clause ("said X was behaving 'like a rogue state'", 'X is "the world's chief sponsor of terror", Y
said') judged by the valence of its words (the VADER lexicon with political abuse added,
data/valence.tsv); a light verb delivering words of scorn or praise upon someone ("heaped abuse on",
"spewed venom at", "rained insults on", "poured praise on"); someone singled out for praise or
criticism; "took aim at" with a weapon is no criticism. Near misses: a name for no one ("called the
drought 'the worst in living memory'", "described the floods as 'a national tragedy'"), a quoted
thing of no one ("said the economy was 'a disaster zone'"), words not quoted, abuse of prisoners by
guards, aid directed at a state.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

from newsgraph.extractors.lexicon import valence

DATE = "2025-03-12"

ROWS = [
    argument_row(
        'US Senator Mark Ellison called the Venezuelan government "a narco-dictatorship".',
        "111",
        "person:mark-ellison",
        "state:VEN",
        absent=("18", "19", "20"),
        id="called-epithet",
    ),
    argument_row(
        'Indonesian President Ali Wirawan called the ICC "a kangaroo court".',
        "111",
        "person:ali-wirawan",
        absent=("18", "19", "20"),
        id="kangaroo-court",
    ),
    argument_row(
        'Belarusian spokesman Ivan Sokol dubbed the Lithuanian government "a puppet of Washington".',
        "111",
        "person:ivan-sokol",
        "state:LTU",
        id="dubbed-puppet",
    ),
    argument_row(
        'Czech Prime Minister Jan Novak described Slovakia as "a reliable friend".',
        "051",
        "person:jan-novak",
        "state:SVK",
        absent=("11",),
        id="described-friend",
    ),
    argument_row(
        'Kenyan Foreign Minister Grace Wanjiru described Uganda as "not a reliable partner".',
        None,
        absent=("051",),
        id="negated-praise",
    ),
    argument_row(
        'Saudi Foreign Minister Faisal al-Harbi said Israel was behaving "like a rogue state".',
        "111",
        "person:faisal-al-harbi",
        "state:ISR",
        id="behaving-like",
    ),
    argument_row(
        'Iran is "the world\'s chief sponsor of terror", Israeli Foreign Minister Avi Cohen told reporters.',
        "111",
        "person:avi-cohen",
        "state:IRN",
        id="is-epithet-said",
    ),
    argument_row(
        "North Korea heaped abuse on South Korea's president.",
        "111",
        "state:PRK",
        "state:KOR",
        absent=("18", "19", "20"),
        id="heaped-abuse",
    ),
    argument_row(
        "French MP Claire Moreau heaped scorn on the National Rally over its pension plan.",
        "111",
        "person:claire-moreau",
        "organization:national-rally",
        id="heaped-scorn-adverb",
    ),
    argument_row(
        "French MP Claire Moreau spewed venom at Germany.",
        "111",
        "person:claire-moreau",
        "state:DEU",
        id="spewed-venom",
    ),
    argument_row(
        "French MP Claire Moreau rained insults on the German chancellor.",
        "111",
        "person:claire-moreau",
        id="rained-insults",
    ),
    argument_row(
        "French MP Claire Moreau poured praise on Germany.",
        "051",
        "person:claire-moreau",
        "state:DEU",
        id="poured-praise",
    ),
    argument_row(
        "Australian Foreign Minister Emma Clarke singled out New Zealand for praise.",
        "051",
        "person:emma-clarke",
        "state:NZL",
        id="singled-out-praise",
    ),
    argument_row(
        "French MP Claire Moreau singled out Germany for criticism.",
        "111",
        "person:claire-moreau",
        "state:DEU",
        id="singled-out-criticism",
    ),
    argument_row(
        "Australian Foreign Minister Emma Clarke singled out Zimbabwe as the worst offender.",
        None,
        absent=("051",),
        id="singled-out-as-no-praise",
    ),
    argument_row(
        "Egyptian President Ahmed Salem extended his warmest felicitations to Oman.",
        "051",
        "person:ahmed-salem",
        "state:OMN",
        id="felicitations",
    ),
    argument_row(
        "A torrent of abuse from Venezuelan Foreign Minister Ramon Salas against Guyana's government "
        "overshadowed the talks.",
        "111",
        "person:ramon-salas",
        "state:GUY",
        id="torrent-of-abuse",
    ),
    argument_row(
        "Labour MP Claire Moreau trained her guns on the Conservative Party, saying its budget would "
        '"carpet-bomb" family incomes.',
        "111",
        "person:claire-moreau",
        absent=("18", "19", "20"),
        id="guns-saying-bomb",
    ),
    argument_row(
        "In an interview with Le Monde, Socialist leader Claire Moreau poured vitriol on Germany.",
        "111",
        "person:claire-moreau",
        "state:DEU",
        id="fronted-interview",
    ),
    argument_row(
        'Labour MP Fiona Blake said the Scottish National Party had "bulldozed" Scotland\'s schools.',
        "111",
        "person:fiona-blake",
        "organization:scottish-national-party",
        id="quoted-verb",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau was full of praise for Germany.",
        "051",
        "person:claire-moreau",
        "state:DEU",
        id="full-of-praise",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau had nothing but praise for Germany.",
        "051",
        "person:claire-moreau",
        "state:DEU",
        id="nothing-but-praise",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau had warm words for Germany.",
        "051",
        "person:claire-moreau",
        "state:DEU",
        id="warm-words",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau reserved her harshest words for Germany.",
        "111",
        "person:claire-moreau",
        "state:DEU",
        id="harsh-words",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau spoke highly of Germany.",
        "051",
        "person:claire-moreau",
        "state:DEU",
        id="spoke-highly",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau spoke dismissively of Germany.",
        "111",
        "person:claire-moreau",
        "state:DEU",
        id="spoke-dismissively",
    ),
    argument_row(
        "Labour MP Claire Moreau gave the Conservative Party both barrels.",
        "111",
        "person:claire-moreau",
        "organization:conservative-party",
        id="both-barrels",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau tipped her hat to Germany.",
        "051",
        "person:claire-moreau",
        "state:DEU",
        id="tipped-hat",
    ),
    # near misses
    argument_row(
        "Russian commanders trained their guns on Ukrainian positions with artillery.",
        None,
        absent=("11",),
        id="guns-armed",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau spoke of Germany.",
        None,
        absent=("051", "11"),
        id="spoke-of-plain",
    ),
    argument_row(
        "Canadian Prime Minister Claire Moreau had no words for Germany.",
        None,
        absent=("051", "11"),
        id="no-words",
    ),
    argument_row(
        "The report detailed a catalogue of abuses against prisoners by Syrian guards.",
        None,
        absent=("11",),
        id="abuses-of-prisoners",
    ),
    argument_row(
        'Labour MP Fiona Blake said the Scottish National Party had not "bulldozed" the schools.',
        None,
        absent=("051",),
        id="quoted-verb-negated",
    ),
    argument_row(
        '"I think that Gordon Brown wants to be part of the successful Labour government," Ed Balls said.',
        None,
        absent=("051",),
        id="whole-quote-no-epithet",
    ),
    argument_row(
        'Australian Treasurer Mark Doyle called the drought "the worst in living memory".',
        None,
        absent=("11", "05"),
        id="no-one-named",
    ),
    argument_row(
        'Dutch Prime Minister Pieter de Vries described the floods as "a national tragedy".',
        None,
        absent=("11",),
        id="floods-tragedy",
    ),
    argument_row(
        'Lebanese President Michel Haddad said the economy was "a disaster zone".',
        None,
        absent=("11",),
        id="thing-of-no-one",
    ),
    argument_row(
        "Saudi Foreign Minister Faisal al-Harbi said Israel was behaving like a rogue state.",
        None,
        absent=("051",),
        id="not-quoted-no-praise",
    ),
    argument_row(
        "Guards heaped abuse on the prisoners.",
        None,
        absent=("11", "05"),
        id="guards-abuse",
    ),
    argument_row(
        "The European Union directed aid at Sudan.",
        None,
        absent=("11",),
        id="aid-directed",
    ),
    argument_row(
        "Greek police took aim at protesters with tear gas in central Athens.",
        None,
        absent=("11",),
        id="aim-with-weapon",
    ),
    argument_row(
        'Canadian Prime Minister Alex Martin called the hostage\'s release "wonderful news".',
        None,
        absent=("11",),
        id="good-news",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_evaluative_language(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_valence_table():
    table = valence()
    assert table["warmonger"] < 0 < table["reliable"]
    assert "party" not in table  # a word of politics that judges no one
    assert table["kangaroo court"] < 0

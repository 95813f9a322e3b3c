"""Who an event's words point at when they are no name: a region visited, "the three
parties" named before, the owner "his" of a thing judged, "he" after someone unnamed."""

from __future__ import annotations

import pytest

VISITS = [
    ("Mr Brown is currently touring Africa after a week of questions.", "touring", {"location:africa"}),
    ("Gordon Brown's visit to Europe ended on Monday.", "visit", {"location:europe"}),
    ("Tony Blair will travel to Asia next week.", "travel", {"location:asia"}),
    # a state visited stays the target, not its continent
    ("Tony Blair visited France and Germany last week.", "visited", {"state:FRA", "state:DEU"}),
    ("Tony Blair visited France and Africa last year.", "visited", {"state:FRA", "location:africa"}),
    # "as well as" hung on the verb: a second place visited
    ("Hilary Benn will visit Aceh in Indonesia, as well as Sri Lanka.", "visit", {"state:IDN", "state:LKA"}),
    ("Tony Blair will visit France, as well as Germany, next week.", "visit", {"state:FRA", "state:DEU"}),
    # people or a body of a state visited where they are: a visit to that place's state
    ("Tony Blair visited British troops in Iraq.", "visited", {"state:IRQ"}),
    ("Tony Blair visited Pakistani troops on Monday.", "visited", {"state:PAK"}),
    ("Tony Blair visited the British embassy in Paris.", "visited", {"state:FRA"}),
    # coordinated objects, each in its own place
    (
        "Gordon Brown will visit an orphanage in Tanzania and a credit union in Mozambique.",
        "visit",
        {"state:TZA", "state:MOZ"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), VISITS, ids=[r[0][:40] for r in VISITS])
def test_region_visited_is_the_target(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    # (a visit scheduled is the intent to visit, 036, with the same targets)
    assert any(e.cameo.startswith(("042", "036")) and set(e.targets) == targets for e in events), events


def test_region_is_no_target_of_other_acts(facts):
    """Only a visit goes to a place with no state: criticism "in Europe" is of no one there."""
    events = facts("Tony Blair criticised the plan in Europe.").events
    assert not [e for e in events if "location:europe" in e.targets], events


PARTIES = [
    (
        "Labour, the Conservatives and the Liberal Democrats launched their campaigns."
        " Rowan Williams criticised the three parties.",
        "criticised",
        {"organization:labour-party", "organization:conservative-party", "organization:liberal-democrats"},
    ),
    (
        "The Conservatives and the Liberal Democrats launched campaigns on Monday."
        " Charles Kennedy attacked both parties.",
        "attacked",
        {"organization:conservative-party", "organization:liberal-democrats"},
    ),
    (
        "The Conservatives, Labour and the Liberal Democrats launched campaigns."
        " Rowan Williams wrote to all three parties. In an open letter, he called on them"
        " not to frighten voters.",
        "called",
        {"organization:labour-party", "organization:conservative-party", "organization:liberal-democrats"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), PARTIES, ids=[r[0][-40:] for r in PARTIES])
def test_plural_of_named_parties_is_those_parties(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(set(e.targets) == targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # parties in general, of somewhere, or only one named
        "The Conservatives and the Liberal Democrats met. Tony Blair said parties must register donors.",
        "The Conservatives and Labour met. Tony Blair criticised the parties in Iraq.",
        "The Conservatives launched a campaign. Tony Blair criticised the other parties.",
    ],
)
def test_parties_not_named_stay_unresolved(facts, text):
    events = [e for e in facts(text).events if e.trigger != "met"]  # (the parties meet each other)
    assert not [e for e in events if len([t for t in e.targets if t.startswith("organization:")]) > 1], events


OWNED = [
    (
        "David Blunkett apologised on Monday. David Davis welcomed his apology.",
        "welcomed",
        "person:david-blunkett",
    ),
    (
        "Tony Blair met Jacques Chirac in Paris. Mr Blair criticised his remarks.",
        "criticised",
        "person:jacques-chirac",
    ),
    ("Gordon Brown made a speech. Michael Howard demanded his apology.", "demanded", "person:gordon-brown"),
    ("Ruth Kelly spoke on Monday. Michael Howard rejected her claims.", "rejected", "person:ruth-kelly"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), OWNED, ids=[r[0][-35:] for r in OWNED])
def test_owner_pronoun_of_judged_thing_is_the_target(facts, text, trigger, target):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(target in e.targets for e in events), events


def test_owner_pronoun_of_ones_own_thing_is_no_target(facts):
    """ "defended his record" is the defender's own: nobody else is acted upon."""
    events = facts("Tony Blair met Jacques Chirac in Paris. Mr Blair defended his record.").events
    assert not [e for e in events if e.trigger == "defended" and "person:jacques-chirac" in e.targets], events


def test_he_after_an_unnamed_title_is_not_someone_named_before(facts):
    """ "the Archbishop of Canterbury wrote ... he called": the Archbishop, whom the document
    does not name; not the politician of the sentence before."""
    text = (
        "Gordon Brown said the economy mattered. The Conservatives, Labour and the Liberal Democrats"
        " launched campaigns. Earlier the Archbishop of Canterbury wrote to the parties."
        " In an open letter, he called on them not to frighten voters."
    )
    events = facts(text).events
    assert not [e for e in events if "person:gordon-brown" in e.agents], events


TOLD = [
    ("Tony Blair told Michael Howard that the war was legal.", {"person:michael-howard"}),
    (
        "Gordon Brown told the Liberal Democrats that their sums did not add up.",
        {"organization:liberal-democrats"},
    ),
]


@pytest.mark.parametrize(("text", "targets"), TOLD, ids=[r[0][:40] for r in TOLD])
def test_telling_someone_is_a_statement_to_them(facts, text, targets):
    events = [e for e in facts(text).events if e.trigger == "told"]
    assert any(e.cameo == "010" and set(e.targets) == targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Mr Milburn told BBC Radio 4's Today programme that incomes had risen.",  # the press
        "A Labour spokesman told reporters that the minister was ill.",
        "Michael Howard was told that the talks had failed.",  # the one told is the subject
        "Tony Blair told the story of his life to Michael Howard.",  # no words reported
    ],
)
def test_telling_the_press_or_being_told_is_no_statement(facts, text):
    events = facts(text).events
    assert not [e for e in events if e.cameo == "010"], events


def test_the_party_is_the_party_named_last(facts):
    text = (
        "The Conservatives attacked the plan. The Liberal Democrats unveiled their tax plans on Monday."
        " Gordon Brown accused the party of deceiving voters."
    )
    events = [e for e in facts(text).events if e.trigger == "accused"]
    assert any(set(e.targets) == {"organization:liberal-democrats"} for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democrats unveiled their plans. Gordon Brown criticised a party in Iraq.",
        "The Liberal Democrats unveiled their plans. Gordon Brown criticised the ruling party.",
    ],
)
def test_a_party_not_the_one_named_is_no_target(facts, text):
    events = [e for e in facts(text).events if e.trigger == "criticised"]
    assert not [e for e in events if "organization:liberal-democrats" in e.targets], events


def test_owner_pronoun_of_a_relative_is_no_target(facts):
    """ "criticised her husband": the husband is a person, not her act judged."""
    text = "Sandra Howard spoke on television. She often criticised her husband."
    events = [e for e in facts(text).events if e.trigger == "criticised"]
    assert events
    assert not [e for e in events if "person:sandra-howard" in e.targets], events


def test_telling_inside_a_reported_clause_is_no_statement(facts):
    """ "challenged Mr Brown to deny reports that he had told Tony Blair ...": whoever told is
    not the one who challenged."""
    text = (
        "Lord Smith challenged Mr Brown to deny reports that he had told Tony Blair he could not trust him."
    )
    events = [e for e in facts(text).events if e.trigger == "told"]
    assert not events, events


def test_region_visited_is_named_in_the_sentence(facts):
    text = "Charles Kennedy went to Europe last year. Mr Kennedy is visiting constituencies on Monday."
    events = [e for e in facts(text).events if e.trigger == "visiting"]
    assert events
    assert not [e for e in events if "location:europe" in e.targets], events


NAMED_BEFORE = [
    ("Mr Straw's China trip is part of regular meetings with ministers.", "trip", {"state:CHN"}),
    ("At the end of his Middle East trip, Tony Blair praised Mr Blunkett.", "trip", {"location:middle-east"}),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), NAMED_BEFORE, ids=[r[0][:30] for r in NAMED_BEFORE])
def test_place_named_before_a_trip_is_where_it_goes(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    # (a visit scheduled is the intent to visit, 036, with the same targets)
    assert any(e.cameo.startswith(("042", "036")) and set(e.targets) == targets for e in events), events


GROUPS = [
    (
        "Tony Blair and Gordon Brown met on Monday. Michael Howard accused the two men of feuding.",
        "accused",
        {"person:tony-blair", "person:gordon-brown"},
    ),
    (
        "Tony Blair and Gordon Brown met on Monday. Labour MPs criticised the pair.",
        "criticised",
        {"person:tony-blair", "person:gordon-brown"},
    ),
    (
        "Tony Blair and Gordon Brown met on Monday."
        " Frank Field criticised the reported rivalry between the pair.",
        "criticised",
        {"person:tony-blair", "person:gordon-brown"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), GROUPS, ids=[r[0][-30:] for r in GROUPS])
def test_the_two_men_are_the_pair_just_named(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(set(e.targets) == targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # the count disagrees; "the men" uncounted may be anyone
        "Tony Blair and Gordon Brown met on Monday. Michael Howard accused the three men of feuding.",
        "Two men were arrested. Tony Blair met Gordon Brown. Michael Howard criticised the men.",
    ],
)
def test_men_not_counted_as_named_stay_unresolved(facts, text):
    events = [e for e in facts(text).events if e.trigger in ("accused", "criticised")]
    assert events
    assert not [e for e in events if e.targets], events


def test_they_is_the_group_the_sentence_before_is_about(facts):
    text = "The Conservatives unveiled their manifesto on Monday. They accused Labour of wasting money."
    events = [e for e in facts(text).events if e.trigger == "accused"]
    assert any(set(e.agents) == {"organization:conservative-party"} for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair spoke on Monday. They accused Labour of lying.",  # one person is no "they"
        "The plans were unveiled on Monday. They accused Labour of lying.",  # a thing
    ],
)
def test_they_after_one_person_or_a_thing_is_nobody_named(facts, text):
    events = [e for e in facts(text).events if e.trigger == "accused"]
    assert not events, events


REFUSED = [
    (
        "Martin Mubanga said an MI6 officer and Condoleezza Rice tried to recruit him as an agent,"
        " but he refused.",
        {"person:martin-mubanga"},
        {"organization:mi6", "person:condoleezza-rice"},
    ),
    ("Tony Blair asked Clare Short to stay, but she refused.", {"person:clare-short"}, {"person:tony-blair"}),
]


@pytest.mark.parametrize(("text", "agents", "targets"), REFUSED, ids=[r[0][-30:] for r in REFUSED])
def test_refusal_answers_who_acted_upon_the_refuser(facts, text, agents, targets):
    events = [e for e in facts(text).events if e.trigger == "refused"]
    assert any(set(e.agents) == agents and set(e.targets) == targets for e in events), events


def test_refusal_after_an_unrelated_clause_has_no_target(facts):
    events = facts("Michael Howard criticised Tony Blair, but Gordon Brown refused.").events
    refused = [e for e in events if e.trigger == "refused"]
    assert refused
    assert not [e for e in refused if "person:michael-howard" in e.targets], events


def test_owner_pronoun_skips_the_judge_named_by_office(facts):
    """ "the prime minister welcomed his apology": "his" is not the prime minister's own."""
    text = (
        "Prime Minister Tony Blair spoke on Monday. Mr Blunkett said the prime minister welcomed his apology."
    )
    events = [e for e in facts(text).events if e.trigger == "welcomed"]
    assert any(
        set(e.agents) == {"person:tony-blair"} and set(e.targets) == {"person:blunkett"} for e in events
    )


QUOTED_HE = [
    # the speaker says "I": a "he" he quotes is the last other man named before, else no one
    (
        'John Smith met party activists on Monday. "He has made an immense contribution. I am'
        ' delighted that he has agreed to help France," said Tony Blair.',
        {"person:john-smith"},
    ),
    (
        'Tony Blair said: "John Smith has been a valued colleague. I am delighted that he has'
        ' agreed to help France."',
        {"person:john-smith"},
    ),
    ('Tony Blair said: "I am delighted that he has agreed to help France."', set()),
]


@pytest.mark.parametrize(("text", "agents"), QUOTED_HE, ids=[r[0][:40] for r in QUOTED_HE])
def test_he_inside_a_quotation_is_not_its_speaker(facts, text, agents):
    events = [e for e in facts(text).events if e.trigger == "agreed"]
    assert not [e for e in events if "person:tony-blair" in e.agents], events
    assert {a for e in events for a in e.agents} == agents, events


def test_we_inside_a_quotation_is_still_its_speaker(facts):
    text = 'Tony Blair met Jacques Chirac. He said: "We have agreed to help Iraq."'
    events = [e for e in facts(text).events if e.trigger == "agreed"]
    assert [e.agents for e in events] == [("person:tony-blair",)], events


PAIR_FURTHER_BACK = [
    (
        "Rumours of a rift were fuelled by Mr Blair's speech and a speech by Mr Brown. There was"
        " speculation the pair were trying to outdo each other.\n\nFrank Field criticised the"
        " reported rivalry between the pair.",
        {"person:blair", "person:brown"},
    ),
    (
        "Tony Blair met Gordon Brown on Monday. The two men discussed the budget for an hour."
        " Michael Howard criticised the reported rivalry between the pair.",
        {"person:tony-blair", "person:gordon-brown"},
    ),
    # sentences between about something else: the two named before are not "the pair"
    (
        "Tony Blair met Gordon Brown on Monday. The budget will be published in March."
        " Unemployment fell in May. Michael Howard criticised the reported rivalry between the pair.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "targets"), PAIR_FURTHER_BACK, ids=[r[0][:40] for r in PAIR_FURTHER_BACK])
def test_pair_named_sentences_before_while_the_text_goes_on_about_them(facts, text, targets):
    events = [e for e in facts(text).events if e.trigger == "criticised"]
    assert [set(e.targets) for e in events] == [targets], events


COUNTED = [
    # a bare numeral after that many people named: those people, past others named between
    (
        "Feroz Abbasi, Moazzam Begg, Richard Belmar and Martin Mubanga are held at Guantanamo Bay."
        " Mr Straw said the US had agreed to release the four after long talks.",
        "agreed",
        {"person:feroz-abbasi", "person:moazzam-begg", "person:richard-belmar", "person:martin-mubanga"},
    ),
    (
        "Tony Blair met Gordon Brown on Monday. Michael Howard attacked the two.",
        "attacked",
        {"person:tony-blair", "person:gordon-brown"},
    ),
    # the people a sentence names, their coordination broken by where they are from
    (
        "Moazzam Begg, from Birmingham, and Martin Mubanga, Richard Belmar and Feroz Abbasi, from"
        " London, have been held for three years. They were detained in Cuba. Jack Straw said the"
        " US had agreed to release the four detainees.",
        "agreed",
        {"person:moazzam-begg", "person:martin-mubanga", "person:richard-belmar", "person:feroz-abbasi"},
    ),
    # a count that fits no group named: no one
    ("Tony Blair met Gordon Brown and Charles Kennedy. Michael Howard attacked all five.", "attacked", set()),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), COUNTED, ids=[r[0][-30:] for r in COUNTED])
def test_a_counted_group_is_the_people_named_before(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert [set(e.targets) for e in events] == [targets], events


EXAMPLES = [
    # a group told by the ones named of it
    (
        "The UK has cancelled its debts with the world's poorest nations including Tanzania.",
        "cancelled",
        {"state:TZA"},
    ),
    (
        "The EU imposed sanctions on countries such as Iran and Syria.",
        "sanctions",
        {"state:IRN", "state:SYR"},
    ),
    ("Britain criticised countries including France and Germany.", "criticised", {"state:FRA", "state:DEU"}),
    # "as" alone is no example: "countries as far apart as ..."
    ("Britain criticised countries as diverse as the plan.", "criticised", set()),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), EXAMPLES, ids=[r[0][:40] for r in EXAMPLES])
def test_a_group_named_by_examples_is_those_named(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert [set(e.targets) for e in events] == [targets], events


def test_people_of_a_state_visited_abroad_are_no_visit_to_their_state(facts):
    """ "visit the Pakistani community in Manchester" is no visit to Pakistan."""
    text = "Pervez Musharraf arrived in London. He will visit the Pakistani community in Manchester."
    events = [e for e in facts(text).events if e.trigger == "visit"]
    assert not [e for e in events if "state:PAK" in e.targets], events

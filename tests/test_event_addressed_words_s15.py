"""Words said to someone and visits hosted (session 15, branch tg).

- The addressee of a verb of saying in a "to" phrase ("said to MPs that ...", "explained to the
  minister that ...", "admitted to X that ..."), also when the tagger reads "to MPs" as an
  infinitive; the object of "briefed / updated X on ..." (010 to X).
- A visit is also its state's hosting (043) only for a trip made by a state or one acting for its
  government, or by a person the text ties to nothing else: not a planned trip, not an MP's, an
  opposition leader's, a former minister's, a party's or a company's trip, nor a visit to a site
  ("visited slums in Nairobi").
"""

from __future__ import annotations

import pytest

UK = "Britain's economy grew in May. "

ADDRESSED = [
    (UK + "Chancellor Ian Berwick said to MPs that taxes would not rise this year.", "said", "state:GBR"),
    (UK + "Chancellor Ian Berwick explained to MPs that taxes would not rise.", "explained", "state:GBR"),
    ("Ann Pollard explained to Ian Berwick that the figures were right.", "explained", "person:ian-berwick"),
    ("Ann Pollard admitted to Ian Berwick that the figures were wrong.", "admitted", "person:ian-berwick"),
    ("Ann Pollard confided to Ian Berwick that she would resign.", "confided", "person:ian-berwick"),
    ("Ann Pollard briefed Ian Berwick on the figures.", "briefed", "person:ian-berwick"),
    (UK + "Minister David Rees briefed MPs on the court reforms on Wednesday.", "briefed", "state:GBR"),
    ("Ann Pollard updated Ian Berwick on the talks.", "updated", "person:ian-berwick"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), ADDRESSED, ids=[r[0][-50:] for r in ADDRESSED])
def test_words_said_to_someone(facts, text, trigger, target):
    events = facts(text).events
    assert any(e.trigger == trigger and e.cameo.startswith("01") and target in e.targets for e in events), [
        (e.cameo, e.trigger, e.agents, e.targets) for e in events
    ]


NOT_ADDRESSED = [
    "Ann Pollard explained to reporters that the figures were right.",
    "Ann Pollard was admitted to hospital on Monday.",
    "The scheme was said to be costly by Ann Pollard.",
    "Ann Pollard briefed Ian Berwick.",
    "Ann Pollard explained to the BBC that the figures were right.",
    "Ann Pollard wrote to say that the figures were right.",
]


@pytest.mark.parametrize("text", NOT_ADDRESSED)
def test_no_addressee_without_one(facts, text):
    events = facts(text).events
    assert not [e for e in events if e.cameo.startswith("010") and e.targets], [
        (e.cameo, e.trigger, e.agents, e.targets) for e in events
    ]


HOSTED = [
    "The Iranian foreign minister visited Baghdad.",
    "Kenya's foreign minister arrived in Addis Ababa on Monday for talks with Ethiopian officials.",
    "Chinese President Hu Wenbo arrived in Moscow on Monday for a state visit.",
    "Emmanuel Macron visited India on March 3.",
]


@pytest.mark.parametrize("text", HOSTED)
def test_official_visit_is_hosted(facts, text):
    assert any(e.cameo.startswith("043") for e in facts(text).events)


NOT_HOSTED = [
    "Iranian President Ali Farahani will make a trip to Sudan next month.",
    "Labour MP Derek Shawcross visited Saudi Arabia last year.",
    "Tory leader Michael Howard made a trip to Mexico in 2004.",
    "Former Australian prime minister Jim Hale visited Indonesia on Monday.",
    "Shell executives visited Nigeria last week.",
    "On Wednesday, Chancellor Gordon Brown visited slums in the Kenyan capital Nairobi.",
    "The Iranian foreign minister toured a car factory in Turkey.",
]


@pytest.mark.parametrize("text", NOT_HOSTED)
def test_no_hosting_untold(facts, text):
    events = facts(text).events
    assert not [e for e in events if e.cameo.startswith("043")], [
        (e.cameo, e.trigger, e.agents, e.targets, e.modality) for e in events
    ]


MESSAGES = [
    (
        "Cabinet Secretary Alan Pike prepared a memo for Chancellor Ian Berwick on the cost.",
        "person:ian-berwick",
    ),
    ("Ann Pollard wrote to Ian Berwick about the figures.", "person:ian-berwick"),
    ("Ann Pollard sent a letter to Ian Berwick on Monday.", "person:ian-berwick"),
    ("Ann Pollard sent Ian Berwick a letter on Monday.", "person:ian-berwick"),
]


@pytest.mark.parametrize(("text", "target"), MESSAGES, ids=[r[0][:50] for r in MESSAGES])
def test_message_to_someone(facts, text, target):
    events = facts(text).events
    assert any(e.cameo.startswith("010") and target in e.targets for e in events), [
        (e.cameo, e.trigger, e.agents, e.targets) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Pollard wrote to The Times about the figures.",  # a newspaper's letters page
        "Ann Pollard wrote a book about Ian Berwick.",  # no message
        "Ann Pollard prepared the ground for Ian Berwick.",
        "Ann Pollard handed a petition to Ian Berwick.",  # no message noun
    ],
)
def test_no_message_addressee(facts, text):
    events = facts(text).events
    assert not [e for e in events if e.cameo.startswith("010") and e.targets], [
        (e.cameo, e.trigger, e.agents, e.targets) for e in events
    ]


def test_the_minister_is_the_one_minister_named(facts):
    text = (
        "Health Minister Carla Jones visited Leeds on Friday."
        " Nurses' leaders later accused the minister of ignoring staff shortages."
    )
    events = facts(text).events
    assert any(e.cameo.startswith("112") and "person:carla-jones" in e.targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # two ministers named: "the minister" is neither
        "Health Minister Carla Jones met Education Minister Paul Dean on Friday."
        " Nurses' leaders later accused the minister of ignoring staff shortages.",
        # a prime minister is no "minister" of that kind
        "Prime Minister Tom Ashworth met nurses on Friday."
        " Nurses' leaders later accused the minister of ignoring staff shortages.",
    ],
)
def test_the_minister_not_guessed(facts, text):
    events = facts(text).events
    assert not [e for e in events if e.cameo.startswith("112") and e.targets], events


def test_he_after_an_unnamed_spokesman_is_not_the_minister(facts):
    text = (
        "Home Secretary David Rowntree unveiled the asylum plans on Monday."
        " A Home Office spokesman said the scheme would be reviewed in a year."
        " He also criticised the Refugee Council for scaremongering."
    )
    events = facts(text).events
    assert not [e for e in events if e.cameo.startswith("11") and "person:david-rowntree" in e.agents], events


def test_he_after_the_minister_is_the_minister(facts):
    # control: no change of speaker
    text = (
        "Home Secretary David Rowntree unveiled the asylum plans on Monday."
        " He also criticised the Refugee Council for scaremongering."
    )
    events = facts(text).events
    assert any(e.cameo.startswith("11") and "person:david-rowntree" in e.agents for e in events), events

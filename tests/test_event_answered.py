"""Targets the sentence names away from the verb's object (issue 11.4, audit target faults).

Each table is one kind, written in many wordings: the accused of an allegation told in a
clause, the owner of a judged thing, the holder of people an appeal wants freed, the one who
asked for what a refusal refuses, and the one who answers a warning or a charge. Every table
has controls where the nearby name is NOT the target.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2024-03-14"
UK = "Britain held a general election. "

ALLEGED = [
    argument_row(
        "The Conservatives allege that Gordon Brown misled Parliament.",
        "112",
        "organization:conservative-party",
        "person:gordon-brown",
        id="allege-that",
    ),
    argument_row(
        "Michael Howard alleges Tony Blair is hiding the truth.",
        "112",
        "person:michael-howard",
        "person:tony-blair",
        id="allege-no-that",
    ),
    argument_row(
        "Charles Kennedy alleged that Tony Blair had broken his promise on tuition fees.",
        "112",
        "person:charles-kennedy",
        "person:tony-blair",
        id="alleged-perfect",
    ),
    argument_row(
        "The Liberal Democrats alleged that pensioners had been misled by Gordon Brown.",
        "112",
        "organization:liberal-democrats",
        "person:gordon-brown",
        id="alleged-passive-clause",
    ),
    argument_row(
        "In his book, Robert Peston alleges that Gordon Brown was told by Tony Blair that he would go.",
        "112",
        "person:robert-peston",
        "person:tony-blair",
        id="alleges-passive-told",
    ),
    argument_row(
        'Michael Howard alleges that "Tony Blair lied to us".',
        "112",
        "person:michael-howard",
        "person:tony-blair",
        id="alleges-quoted-clause",
    ),
    argument_row(
        "Charles Kennedy complained that Michael Howard had distorted the figures.",
        "111",
        "person:charles-kennedy",
        "person:michael-howard",
        id="complained-that",
    ),
    argument_row(
        "Labour complained that the Conservatives were spreading fear.",
        "111",
        "organization:labour-party",
        "organization:conservative-party",
        id="complained-party",
    ),
]

JUDGED_THINGS = [
    argument_row(
        "Gordon Brown, the chancellor, presented his budget. "
        "Charles Kennedy attacked the chancellor's budget.",
        "111",
        "person:charles-kennedy",
        "person:gordon-brown",
        id="office-possessor",
    ),
    argument_row(
        UK + "Oliver Letwin attacked government red tape.",
        "111",
        "person:oliver-letwin",
        "state:GBR",
        id="government-nmod",
    ),
    argument_row(
        UK + "The Tories attacked government waste.",
        "111",
        "organization:conservative-party",
        "state:GBR",
        id="government-compound",
    ),
    argument_row(
        UK + "Michael Howard criticised government plans for ID cards.",
        "111",
        "person:michael-howard",
        "state:GBR",
        id="criticised-government-plans",
    ),
    argument_row(
        UK + "The Tories rejected government proposals on asylum.",
        "12",
        "organization:conservative-party",
        "state:GBR",
        id="rejected-government-proposals",
    ),
    argument_row(
        "Michael Howard attacked Tony Blair's plans.",
        "111",
        "person:michael-howard",
        "person:tony-blair",
        id="person-possessor",
    ),
]

FREED = [
    argument_row(
        "Desmond Tutu has called for the release of terror suspects detained without trial in the UK.",
        "02",
        "person:desmond-tutu",
        "state:GBR",
        id="detained-in",
    ),
    argument_row(
        "Amnesty called for the release of prisoners held by Iran.",
        "02",
        "organization:amnesty",
        "state:IRN",
        id="held-by",
    ),
    argument_row(
        "The UN demanded the freeing of journalists jailed in Burma.",
        "10",
        "organization:un",
        "state:MMR",
        id="freeing-jailed-in",
    ),
    argument_row(
        "Amnesty urged the release of aid workers who are being detained in Iraq.",
        "02",
        "organization:amnesty",
        "state:IRQ",
        id="relative-clause",
    ),
    argument_row(
        "Tony Blair called for the release of the aid workers captured by Hezbollah.",
        "02",
        "person:tony-blair",
        "organization:hezbollah",
        id="captured-by",
    ),
]

ASKED = [
    argument_row(
        "Ken Livingstone said he would not apologise even if Tony Blair asked him to.",
        "12",
        "person:ken-livingstone",
        "person:tony-blair",
        id="even-if-asked",
    ),
    argument_row(
        "Ken Livingstone refused to apologise when Tony Blair urged him to.",
        "12",
        "person:ken-livingstone",
        "person:tony-blair",
        id="when-urged",
    ),
    argument_row(
        "Ken Livingstone refused to resign, although Tony Blair asked him to.",
        "12",
        "person:ken-livingstone",
        "person:tony-blair",
        id="although-asked",
    ),
    argument_row(
        "Ken Livingstone refused to apologise, despite a request from Tony Blair.",
        "12",
        "person:ken-livingstone",
        "person:tony-blair",
        id="despite-request-from",
    ),
    argument_row(
        "Ken Livingstone refused to apologise despite Tony Blair's plea.",
        "12",
        "person:ken-livingstone",
        "person:tony-blair",
        id="despite-possessed-plea",
    ),
    argument_row(
        "Ken Livingstone refused to apologise despite calls from the Conservatives.",
        "12",
        "person:ken-livingstone",
        "organization:conservative-party",
        id="despite-calls",
    ),
    argument_row(
        "Ken Livingstone refused to apologise against the wishes of Tony Blair.",
        "12",
        "person:ken-livingstone",
        "person:tony-blair",
        id="against-wishes",
    ),
]

ANSWERED = [
    argument_row(
        "Gordon Brown's insistence was a rebuttal of a warning from Peter Mandelson.",
        "01",
        "person:peter-mandelson",
        "person:gordon-brown",
        id="copula-rebuttal",
    ),
    argument_row(
        "Labour issued a rebuttal of criticism from Michael Howard.",
        "111",
        "person:michael-howard",
        "organization:labour-party",
        id="issued-rebuttal",
    ),
    argument_row(
        "Gordon Brown responded to criticism from Michael Howard.",
        "111",
        "person:michael-howard",
        "person:gordon-brown",
        id="responded-to",
    ),
]


HOME_FORCES = [
    argument_row(
        "Kenyan rights activist Mary Wambui hit out at the police on Wednesday.",
        "111",
        "person:mary-wambui",
        "state:KEN",
        id="hit-out-at-the-police",
    ),
    argument_row(
        "Brazilian senator Ana Costa criticised the army for the raids.",
        "111",
        "person:ana-costa",
        "state:BRA",
        id="criticised-the-army",
    ),
    argument_row(
        UK + "Charles Kennedy condemned the police over the arrests.",
        "111",
        "person:charles-kennedy",
        "state:GBR",
        id="condemned-the-police",
    ),
]

YIELDED = [
    argument_row(
        "The Teachers Union called off its strike after deliberations with the Kenyan government.",
        "08",
        "organization:teachers-union",
        "state:KEN",
        id="after-deliberations-with",
    ),
    argument_row(
        "Venezuela released the prisoners under pressure from the United States.",
        "08",
        "state:VEN",
        "state:USA",
        id="under-pressure-from",
    ),
]


ONE_PHRASE_SIDES = [
    # two states named in one phrase of a joint act act upon each other
    argument_row(
        "Greek and Turkish defence officials met in Athens on Thursday.",
        "040",
        "state:GRC",
        "state:TUR",
        id="one-phrase-met",
    ),
    argument_row(
        "Indian and French warships held joint exercises in the Arabian Sea.",
        "06",
        "state:FRA",
        "state:IND",
        id="one-phrase-exercises",
    ),
]

NO_COMMENT_ON = [
    argument_row(
        "Thailand declined to comment on Cambodia's allegations.",
        "011",
        "state:THA",
        "state:KHM",
        id="no-comment-on-possessed-claims",
    ),
    argument_row(
        "A spokesman for Tony Blair would not comment on the remarks from Michael Howard.",
        "011",
        "person:tony-blair",
        "person:michael-howard",
        id="no-comment-on-remarks-from",
    ),
]

FACED = [
    argument_row(
        "Kenya deployed 2,000 police officers along its border with Somalia.",
        "15",
        "state:KEN",
        "state:SOM",
        id="along-border-with",
    ),
    argument_row(
        "Russia massed troops near the border with Ukraine.",
        "15",
        "state:RUS",
        "state:UKR",
        id="near-border-with",
    ),
    argument_row(
        "China put its navy on high alert around Taiwan.",
        "15",
        "state:CHN",
        "state:TWN",
        id="alert-around",
    ),
    argument_row(
        "Turkish troops seized control of a town in northern Syria.",
        "19",
        "state:TUR",
        "state:SYR",
        id="place-inside-object",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"),
    [
        *ALLEGED,
        *JUDGED_THINGS,
        *FREED,
        *ASKED,
        *ANSWERED,
        *HOME_FORCES,
        *YIELDED,
        *ONE_PHRASE_SIDES,
        *FACED,
        *NO_COMMENT_ON,
    ],
)
def test_target_named_away_from_the_object(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


CONTROLS = [
    # a pronoun in the alleged clause is often the speaker: no one else is accused
    ("Charles Kennedy alleged that he had been misled.", "alleged", "person:charles-kennedy"),
    # the one told something in the clause is no accused
    (
        "Robert Peston alleges that Tony Blair told Gordon Brown he would go.",
        "alleges",
        "person:gordon-brown",
    ),
    # the people to be freed are not their holders, nor is their own state
    ("Amnesty called for the release of Iranian prisoners.", "called", "state:IRN"),
    # kidnapped or held hostage in a state is not held by that state
    ("George Galloway called for the release of Ann Smith, kidnapped in Iraq.", "called", "state:IRQ"),
    ("Amnesty called for the release of the hostages held in Iraq.", "called", "state:IRQ"),
    # a place the freed people are not held in ("written in France": not held)
    ("Amnesty called for the release of reports written in France.", "called", "state:FRA"),
    # one spoken to, not asking, is no one the refusal answers
    ("Ken Livingstone refused to apologise when he spoke to Tony Blair.", "refused", "person:tony-blair"),
    # one asked by the refuser is not asking him
    (
        "Ken Livingstone refused to apologise, although he asked Tony Blair for advice.",
        "refused",
        "person:tony-blair",
    ),
    # a warning that only came before is answered by no one
    ("Gordon Brown's speech followed a warning from Peter Mandelson.", "warning", "person:gordon-brown"),
    # talks held somewhere name no side yielded to
    # (a curfew eased is upon the state's own people: see test_event_home_targets; a blockade
    # eased after talks at home is upon no one named)
    ("Germany eased the blockade after talks in Berlin.", "eased", "state:DEU"),
    ("Germany backed down after talks in Berlin.", "backed", "state:DEU"),
    # police of a state named are that state's, not the document's
    ("Kenyan activist Mary Wambui hit out at the police in Uganda.", "hit", "state:KEN"),
    # the people met, named by what they are, are met; the sides are not each other's target
    ("Greek and Turkish officials met supporters of the plan.", "met", "state:TUR"),
    # a deployment inside its own state faces no one
    ("India deployed troops in Kashmir.", "deployed", "state:PAK"),
    # the topic declined is no claimant
    ("Thailand declined to comment on the talks with Cambodia.", "declined", "state:KHM"),
    # a name before a judged thing says what it is about, not whose it is
    ("Michael Howard criticised the Kyoto treaty.", "criticised", "organization:kyoto"),
]


@pytest.mark.parametrize(("text", "trigger", "wrong"), CONTROLS, ids=[c[0][:50] for c in CONTROLS])
def test_nearby_name_is_no_target(facts, text, trigger, wrong):
    events = [e for e in facts(text, DATE).events if e.trigger == trigger]
    assert events, facts(text, DATE).events
    assert not [e for e in events if wrong in e.targets], events

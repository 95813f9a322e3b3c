"""The people of a state as an event's target or agent (issue 11, audit r14), on sentences
written for this table.

"will ask the British people for support", "appealed to the French public", "thanked American
taxpayers": the people, public or citizens of a state are that state with the sector CVL, even
when a party or politician of that state acts upon them (a party's own state named bare is no
target; its people are). Controls: people named with no state are no state's, and a state's
government asked by its own party stays as it was.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, argument_row, check_argument_row, show_events

ROWS = [
    argument_row(
        "The Liberal Democrats will ask the British people for support this year.",
        "02",
        "organization:liberal-democrats",
        "state:GBR",
        id="party-asks-people",
    ),
    argument_row(
        '"The Liberal Democrats will ask the British people for support this year as the party '
        'with the best policies," he said.',
        "02",
        "organization:liberal-democrats",
        "state:GBR",
        id="quoted-party-asks-people",
    ),
    argument_row(
        "The Labour Party appealed to the British people to back the war.",
        "02",
        "organization:labour-party",
        "state:GBR",
        id="party-appealed-to-people",
    ),
    argument_row(
        "The Labour Party appealed to the people of Britain to back the war.",
        "02",
        "organization:labour-party",
        "state:GBR",
        id="people-of-state",
    ),
    argument_row(
        "The Conservatives promised the British people lower taxes.",
        "03",
        "organization:conservative-party",
        "state:GBR",
        id="party-promised-people",
    ),
    argument_row(
        "Tony Blair will ask the British people for support at the next election.",
        "02",
        "person:tony-blair",
        "state:GBR",
        id="person-asks-people",
    ),
    argument_row(
        "George Bush thanked the American people for their patience.",
        "05",
        "person:george-bush",
        "state:USA",
        id="thanked-people",
    ),
    argument_row(
        "Gordon Brown apologised to the people of Iraq.",
        "05",
        "person:gordon-brown",
        "state:IRQ",
        id="apologised",
    ),
    argument_row(
        "The German people rejected the treaty in a referendum.", "12", "state:DEU", id="people-agent"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_state_people(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, date=TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "The Labour Party appealed to the British people to back the war.", "state:GBR", id="people"
        ),
        pytest.param("The Liberal Democrats will ask British voters for support.", "state:GBR", id="voters"),
        pytest.param("Gordon Brown apologised to the people of Iraq.", "state:IRQ", id="people-of"),
    ],
)
def test_state_people_sector(facts, text, state):
    """The target edge says it is the state's people (CVL), not its government."""
    events = facts(text, date=TABLE_DATE).events
    sectors = {a.sector for e in events for a in e.arguments if a.entity == state and a.role == "target"}
    assert sectors == {"CVL"}, show_events(events)


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        # people with no state named are no state's
        pytest.param("Tony Blair appealed to people to vote on Thursday.", "state:GBR", id="people-unnamed"),
        # a party's own state named bare is still no target of its words
        pytest.param(
            "Labour warned that Britain would face chaos after the election.", "state:GBR", id="bare-state"
        ),
    ],
)
def test_state_people_negative(facts, text, not_target):
    events = facts(text, date=TABLE_DATE).events
    assert events, "the sentence must give an event for the row to test anything"
    assert not any(not_target in e.targets for e in events), show_events(events)


#: The owner of a definite proposal with none named is who speaks for it in the sentence's
#: other clause (audit r14: "The Lib Dems also oppose the proposals, but ministers insist ...").
OWNER_ROWS = [
    argument_row(
        "The Lib Dems also oppose the proposals, but ministers insist they are proportionate to the threat.",
        "12",
        "organization:liberal-democrats",
        "state:GBR",
        id="but-ministers-insist",
    ),
    argument_row(
        "Labour rejected the plans, but the government says they will cut crime.",
        "12",
        "organization:labour-party",
        "state:GBR",
        id="but-government-says",
    ),
    argument_row(
        "The Conservatives criticised the bill, but the government argues it will protect the public.",
        "11",
        "organization:conservative-party",
        "state:GBR",
        id="singular-it",
    ),
    argument_row(
        "Labour criticised the proposals, but Gordon Brown argued that they would help pensioners.",
        "11",
        "organization:labour-party",
        "person:gordon-brown",
        id="person-defends",
    ),
    argument_row(
        "The Tories rejected the scheme, but ministers say the scheme will save money.",
        "12",
        "organization:conservative-party",
        "state:GBR",
        id="noun-again",
    ),
    # an owner named with the proposal stays its owner
    argument_row(
        "Labour rejected Tory plans, but ministers say they will cost jobs.",
        "12",
        "organization:labour-party",
        "organization:conservative-party",
        id="owner-named",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), OWNER_ROWS)
def test_proposal_defenders(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, date=TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        # one who acts upon the plans ("it will fight them") does not own them
        pytest.param(
            "Labour opposes the plans and Tony Blair says it will fight them.",
            "person:tony-blair",
            id="fights-them",
        ),
        # a clause that does not speak of the proposals names no owner
        pytest.param(
            "The Lib Dems oppose the proposals, but ministers are in Brussels.",
            "state:GBR",
            id="unrelated-clause",
        ),
        pytest.param(
            "The Lib Dems rejected the proposals, but ministers insist the government will not back down.",
            "state:GBR",
            id="other-subject",
        ),
    ],
)
def test_proposal_defenders_negative(facts, text, not_target):
    events = [e for e in facts(text, date=TABLE_DATE).events if e.cameo.startswith("12")]
    assert events, "the sentence must give the rejection for the row to test anything"
    assert not any(not_target in e.targets for e in events), show_events(tuple(events))


@pytest.mark.parametrize(
    ("text", "not_agent"),
    [
        pytest.param(
            "Kurdish rebels near the Iraqi border attacked a Turkish army post.",
            "state:IRQ",
            id="rebels-near",
        ),
        pytest.param("Gunmen near the Afghan border killed four policemen.", "state:AFG", id="gunmen-near"),
        pytest.param(
            "Rebels operating along the Syrian frontier shelled a Lebanese village.",
            "state:SYR",
            id="frontier",
        ),
    ],
)
def test_border_is_no_attackers_state(facts, text, not_agent):
    """Armed men no state names, placed at a border, are of neither side for certain (precision)."""
    events = facts(text, date=TABLE_DATE).events
    assert not any(not_agent in e.agents for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        pytest.param("Gunmen killed four policemen at a checkpoint in Quetta.", "state:PAK", id="in-town"),
        pytest.param("Rebels shelled Juba on Monday.", "state:SSD", id="place-attacked"),
    ],
)
def test_attackers_place_state_kept(facts, text, agent):
    """Controls: unnamed attackers in a place of one state still act for it."""
    events = facts(text, date=TABLE_DATE).events
    assert any(agent in e.agents for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        pytest.param(
            "Students protested outside the British embassy in Tehran on Monday.",
            "state:IRN",
            "state:GBR",
            id="protested-outside",
        ),
        pytest.param(
            "Iranian students protested outside the British embassy.", "state:IRN", "state:GBR", id="no-town"
        ),
        pytest.param(
            "Protesters demonstrated outside the American embassy in Manila.",
            "state:PHL",
            "state:USA",
            id="demonstrated",
        ),
        pytest.param(
            "Thousands of protesters rallied outside the Danish embassy in Beirut.",
            "state:LBN",
            "state:DNK",
            id="rallied",
        ),
    ],
)
def test_protest_at_embassy(facts, text, agent, target):
    """A protest held at a state's embassy is against that state, whichever verb tells it."""
    events = facts(text, date=TABLE_DATE).events
    assert any(agent in e.agents and target in e.targets for e in events), show_events(events)


def test_protest_at_unnamed_embassy(facts):
    """Control: an embassy of no state named is no one's."""
    events = facts("Students protested outside the embassy in Tehran.", date=TABLE_DATE).events
    assert events, "the sentence must give the protest"
    assert not any(t != "state:IRN" for e in events for t in e.targets), show_events(events)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param(
            "The UK Independence Party has taken legal action to unseat two London Assembly members who "
            "defected to another party. Damian Hockney, now its deputy leader, and Peter Hulme-Cross were "
            "elected in 2004 on the list system.",
            {"person:damian-hockney", "person:peter-hulme-cross"},
            id="unseat-members",
        ),
        pytest.param(
            "Labour expelled two Glasgow City Council members on Monday. John Smith and Mary Brown had voted "
            "against the budget.",
            {"person:john-smith", "person:mary-brown"},
            id="expelled-members",
        ),
    ],
)
def test_counted_members_named_next(facts, text, targets):
    """Members of a body counted, whom the next sentence names as its subject, are those persons."""
    events = facts(text, date=TABLE_DATE).events
    assert any(set(e.targets) == targets for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # no persons of that count named next: the body as before
        pytest.param(
            "Israeli troops arrested five Hamas members in Hebron. The army said they had planned attacks.",
            "organization:hamas",
            id="members-unnamed",
        ),
        # a count that does not match the persons named next
        pytest.param(
            "Israeli troops arrested three Hamas members in Hebron. Ahmed Yassin and Abdel Rantissi "
            "condemned "
            "the raid.",
            "organization:hamas",
            id="count-differs",
        ),
    ],
)
def test_counted_members_controls(facts, text, target):
    events = facts(text, date=TABLE_DATE).events
    assert any(target in e.targets for e in events), show_events(events)
    assert not any(k.startswith("person:") for e in events if e.cameo.startswith("17") for k in e.targets)


def test_people_giving_are_no_target_of_their_own_gift(facts):
    """The people of a state who give (the noun's verb's subject) are not also the ones given to."""
    events = facts(
        "The British public has now pledged £76m in aid with emergency supplies from the British government "
        "starting to arrive in the region.",
        date=TABLE_DATE,
    ).events
    assert not any("state:GBR" in e.agents and "state:GBR" in e.targets for e in events), show_events(events)
    given = facts("The British public has pledged £76m in aid to Indonesia.", date=TABLE_DATE).events
    assert any("state:GBR" in e.agents and "state:IDN" in e.targets for e in given), show_events(given)

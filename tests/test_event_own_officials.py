"""A state's own people and officials, named with no state, acted upon at home (dyads, issue 11).

CAMEO codes the target of a domestic act with the actor's own country: the people a state's police
disperse "to break up a march by teachers", the positions of rebels its troops shell, the former
minister its court jails or its prosecutors investigate, the minister its opposition accuses.
Controls: a state as a whole speaking of an official (of any state), people or officials of another
state named, rebel positions in another state, a party acting.
"""

from __future__ import annotations

import pytest

DATE = "2025-03-12"


def _shown(events):
    return [(e.cameo, e.trigger, e.agents, e.targets) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        pytest.param(
            "Algerian riot police fired tear gas to disperse hundreds of students.",
            "17",
            "state:DZA",
            "state:DZA",
            id="purpose-disperse",
        ),
        pytest.param(
            "Tunisian police used batons to break up a march by teachers on Monday.",
            "17",
            "state:TUN",
            "state:TUN",
            id="purpose-march-by",
        ),
        pytest.param(
            "Burmese troops shelled rebel positions on Sunday.",
            "19",
            "state:MMR",
            "state:MMR",
            id="rebel-positions",
        ),
        pytest.param(
            "A Thai court jailed a former finance minister for ten years.",
            "17",
            "state:THA",
            "state:THA",
            id="court-jails-minister",
        ),
        pytest.param(
            "Argentine prosecutors opened an investigation into the former interior minister.",
            "09",
            "state:ARG",
            "state:ARG",
            id="inquiry-into-minister",
        ),
        pytest.param(
            "Peruvian opposition lawmakers accused the interior minister of lying to parliament.",
            "11",
            "state:PER",
            "state:PER",
            id="opposition-accuses-minister",
        ),
        pytest.param(
            "Nigerian police arrested the leader of the main opposition party.",
            "17",
            "state:NGA",
            "state:NGA",
            id="leader-of-opposition",
        ),
    ],
)
def test_own_target(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert any(e.cameo.startswith(code) and agent in e.agents and target in e.targets for e in events), (
        _shown(events)
    )


@pytest.mark.parametrize(
    ("text", "code", "not_target"),
    [
        pytest.param("Britain criticised the interior minister.", "11", "state:GBR", id="state-words"),
        pytest.param(
            "Kenyan police arrested a Ugandan opposition leader.", "17", "state:KEN", id="foreign-leader"
        ),
        pytest.param(
            "Israeli troops shelled rebel positions in southern Lebanon.",
            "19",
            "state:ISR",
            id="positions-abroad",
        ),
        pytest.param(
            "Colombian police arrested a former Venezuelan minister.",
            "17",
            "state:COL",
            id="foreign-minister",
        ),
    ],
)
def test_no_own_target(facts, text, code, not_target):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert all(not_target not in e.targets for e in events), _shown(events)


def test_a_party_is_not_its_state(facts):
    events = facts("The Labour party attacked the interior minister.", DATE).events
    assert all("state:GBR" not in e.targets for e in events), _shown(events)


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        pytest.param(
            "Sweden pledged 20 million kronor in emergency aid for Haiti on Monday.",
            "03",
            "state:SWE",
            "state:HTI",
            id="aid-for",
        ),
        pytest.param(
            "Tokyo unveiled a package of emergency aid worth $50 million for Sri Lanka.",
            "07",
            "state:JPN",
            "state:LKA",
            id="aid-worth-for",
        ),
        pytest.param(
            "Jordan delivered medical supplies to Gaza hospitals.",
            "07",
            "state:JOR",
            "state:PSE",
            id="aid-to-town",
        ),
    ],
)
def test_aid_recipient(facts, text, code, agent, target):
    """Aid goes to the state of the recipient named in the object's "for / to" phrase."""
    events = facts(text, DATE).events
    assert any(e.cameo.startswith(code) and agent in e.agents and target in e.targets for e in events), (
        _shown(events)
    )


def test_aid_at_home_has_no_foreign_recipient(facts):
    events = facts("Germany pledged new funding for schools in Bavaria.", DATE).events
    assert all(t in ("state:DEU", "location:bavaria") for e in events for t in e.targets), _shown(events)


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        pytest.param(
            "The Indian prime minister laid a wreath at a war memorial during a visit to Poland.",
            "01",
            "state:IND",
            "state:POL",
            id="during-a-visit-to",
        ),
        pytest.param(
            "Visiting Chinese Premier Li Qiang praised Australia's economy in Canberra on Sunday.",
            "05",
            "state:CHN",
            "state:AUS",
            id="visiting-actor",
        ),
    ],
)
def test_act_on_a_visit_is_upon_the_host(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert any(e.cameo.startswith(code) and agent in e.agents and target in e.targets for e in events), (
        _shown(events)
    )


def test_a_visit_does_not_replace_the_named_target(facts):
    events = list(facts("The French president criticised Iran during a visit to Israel.", DATE).events)
    assert all("state:ISR" not in e.targets for e in events if e.cameo.startswith("11")), _shown(events)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nepal called for talks with India on the border dispute.", id="called-for-talks-with"),
        pytest.param("Niger appealed for negotiations with Benin over the closed border.", id="appealed-for"),
    ],
)
def test_asked_talks_are_with_their_partner(facts, text):
    """Talks asked for are asked of the one they would be with."""
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("02")]
    partner = "state:IND" if "India" in text else "state:BEN"
    assert any(partner in e.targets for e in events), _shown(events)

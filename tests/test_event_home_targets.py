"""Whom a state's coercion at home is upon, and states named by two-word demonyms (dyads, issue 11).

CAMEO codes the unnamed people a state's police, troops or armed men of the state detain, kidnap
or attack ("35 people", "a senator", "villagers") with the actor's own country, and a curfew,
emergency rule or ban upon the state's own people when no one else is named. A thing wrecked in a
protest is its owner's in the passive as in the active voice. "12 Sri Lankan fishermen" names Sri
Lanka though the parser tags no name there. Controls: people of another state named, a state's word
to someone (no force), a party (no state) acting, a curfew upon another state's town.
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
            "Venezuelan troops arrested a lawmaker on Friday.", "173", "state:VEN", "state:VEN", id="lawmaker"
        ),
        pytest.param("Colombian rebels kidnapped a senator.", "18", "state:COL", "state:COL", id="senator"),
        pytest.param(
            "Turkish police detained 35 people suspected of links to the banned PKK in raids on Tuesday.",
            "173",
            "state:TUR",
            "state:TUR",
            id="people-suspected",
        ),
        pytest.param(
            "Syrian government forces used chlorine gas against civilians in the town of Douma.",
            "20",
            "state:SYR",
            "state:SYR",
            id="civilians-in-town",
        ),
        pytest.param(
            "Boko Haram militants abducted 40 villagers.", "18", None, "state:NGA", id="armed-group"
        ),
        pytest.param("Hamas gunmen kidnapped three men.", "18", None, "state:PSE", id="armed-group-men"),
        # measures upon the state's own people
        pytest.param(
            "Burundi imposed a curfew on its capital.", "1723", "state:BDI", "state:BDI", id="curfew"
        ),
        pytest.param(
            "Sri Lanka's president declared a state of emergency on Wednesday.",
            "1724",
            "state:LKA",
            "state:LKA",
            id="emergency",
        ),
        pytest.param(
            "Cameroon banned the main opposition party.", "1722", "state:CMR", "state:CMR", id="ban-party"
        ),
        pytest.param(
            "Bangladesh's interim government lifted the nationwide curfew on Thursday.",
            "081",
            "state:BGD",
            "state:BGD",
            id="curfew-lifted",
        ),
        # a thing wrecked, active and passive
        pytest.param(
            "The Russian building was demolished by a Ukrainian protestor.",
            "14",
            "state:UKR",
            "state:RUS",
            id="passive-thing",
        ),
        pytest.param(
            "The Turkish embassy was stormed by Armenian protesters.",
            "14",
            "state:ARM",
            "state:TUR",
            id="passive-embassy",
        ),
        # people a state holds protest against it
        pytest.param(
            "About 500 Palestinian prisoners in Israeli jails began a hunger strike on Sunday.",
            "14",
            "state:PSE",
            "state:ISR",
            id="held-protest",
        ),
        pytest.param(
            "Iraqi detainees in US custody went on hunger strike.",
            "14",
            "state:IRQ",
            "state:USA",
            id="custody-protest",
        ),
        # the recipient hung inside the object's participle
        pytest.param(
            "Turkey sent three cargo planes loaded with tents, blankets and food to Morocco on Sunday.",
            "07",
            "state:TUR",
            "state:MAR",
            id="sent-loaded-to",
        ),
        pytest.param(
            "Britain dispatched two ships carrying medical supplies to Yemen.",
            "",
            "state:GBR",
            "state:YEM",
            id="dispatched-carrying-to",
        ),
        # two-word demonyms
        pytest.param(
            "The Indian navy arrested 12 Sri Lankan fishermen for fishing in Indian waters.",
            "173",
            "state:IND",
            "state:LKA",
            id="sri-lankan",
        ),
        pytest.param(
            "Twelve Sri Lankan fishermen were arrested by the Indian navy on Tuesday.",
            "173",
            "state:IND",
            "state:LKA",
            id="number-tagged",
        ),
        pytest.param(
            "Boko Haram militants abducted 40 students from a village in northeast Nigeria.",
            "18",
            None,
            "state:NGA",
            id="compass-northeast",
        ),
    ],
)
def test_target_state(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert any(
        e.cameo.startswith(code) and (agent is None or agent in e.agents) and target in e.targets
        for e in events
    ), _shown(events)


@pytest.mark.parametrize(
    ("text", "code", "not_target"),
    [
        # another state's people stay theirs
        pytest.param(
            "Colombian rebels kidnapped a Spanish senator.", "18", "state:COL", id="foreign-senator"
        ),
        pytest.param(
            "Kenyan police arrested 20 Somali migrants in Nairobi.", "173", "state:KEN", id="foreign-migrants"
        ),
        # words, not force: no one's own people acted upon
        pytest.param("Russia criticised a senator.", "11", "state:RUS", id="words"),
        # no one holding them named: their protest is at home
        pytest.param("Palestinian prisoners began a hunger strike.", "14", "state:ISR", id="held-by-no-one"),
        # a curfew in another state's town is upon that state
        pytest.param("Israel imposed a curfew on Hebron.", "1723", "state:ISR", id="curfew-elsewhere"),
    ],
)
def test_no_own_target(facts, text, code, not_target):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert all(not_target not in e.targets for e in events), _shown(events)


def test_a_party_is_not_its_state(facts):
    events = facts("The Tories criticised 35 people.", DATE).events
    assert all(not e.targets for e in events), _shown(events)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        pytest.param(
            "Germany's foreign ministry condemned the sentencing of a German aid worker in Belarus.",
            "state:BLR",
            id="in-state",
        ),
        pytest.param(
            "Britain condemned the arrest of a British journalist by Iranian police.",
            "state:IRN",
            id="by-agent",
        ),
        pytest.param(
            "France criticised the detention of two French tourists in Iran.", "state:IRN", id="detention"
        ),
        pytest.param("Britain condemned Iran's arrest of a British journalist.", "state:IRN", id="possessor"),
    ],
)
def test_a_judged_act_upon_people_is_its_doers(facts, text, doer):
    """Criticism of an arrest, a sentence, an execution is upon whoever did it, not upon the
    critic's own people it was done to."""
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("11")]
    assert events, _shown(facts(text, DATE).events)
    assert all(doer in e.targets and len(e.targets) == 1 for e in events), _shown(events)


def test_a_judged_act_with_no_doer_named_keeps_no_target(facts):
    events = facts("Britain condemned the killing of British soldiers.", DATE).events
    assert all(not e.targets for e in events if e.cameo.startswith("11")), _shown(events)


def test_a_load_sent_to_no_one_named_has_no_target(facts):
    events = facts("Japan sent planes loaded with food.", DATE).events
    assert events, events
    assert all(not e.targets for e in events), _shown(events)


@pytest.mark.parametrize(
    ("text", "target", "not_target"),
    [
        pytest.param(
            "Boko Haram claimed responsibility on Sunday for an attack on a Nigerian army convoy in Borno.",
            "state:NGA",
            None,
            id="claim-attack-on",
        ),
        pytest.param(
            "Hezbollah claimed responsibility for an attack on an Israeli post near the Lebanese border.",
            "state:ISR",
            "state:LBN",
            id="claim-not-the-place-near",
        ),
        pytest.param(
            "A separatist group in Pakistan's Balochistan province claimed responsibility on Monday for an "
            "attack on a bus carrying Chinese workers.",
            "state:CHN",
            None,
            id="claim-nationality-inside",
        ),
        pytest.param(
            "Somalia's al-Shabaab militants claimed responsibility for Tuesday's car bombing in Mogadishu.",
            "state:SOM",
            None,
            id="claim-place",
        ),
    ],
)
def test_a_claim_of_responsibility_is_upon_whom_the_act_was_done_to(facts, text, target, not_target):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("015")]
    assert events, _shown(facts(text, DATE).events)
    assert all(target in e.targets and not_target not in e.targets for e in events), _shown(events)


def test_a_claim_for_an_act_upon_no_one_named_has_no_target(facts):
    events = facts("The IRA claimed responsibility for the blast.", DATE).events
    assert all(not e.targets for e in events if e.cameo.startswith("015")), _shown(events)


def test_a_judged_act_by_someone_is_upon_them(facts):
    text = "Beijing on Wednesday condemned a visit to Taipei by a US congressional delegation."
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("11")]
    assert events, _shown(facts(text, DATE).events)
    assert all(e.targets == ("state:USA",) for e in events), _shown(events)

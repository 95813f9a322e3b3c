"""Who acts and who is acted upon on wire text: joint acts of all their participants, the
victims of a passive act of force, coordinated and counted targets, the addressees of
challenges and mediation."""

from __future__ import annotations

import pytest

from newsgraph.model import Modality

JOINT = [
    # every participant is an agent and, with no one else named, the target of the others
    (
        "Bosnia and Slovenia agreed to a ceasefire after two days of fighting.",
        "agreed",
        {"state:BIH", "state:SVN"},
        {"state:BIH", "state:SVN"},
    ),
    (
        "Peru and Chile signed a trade agreement.",
        "signed",
        {"state:PER", "state:CHL"},
        {"state:PER", "state:CHL"},
    ),
    (
        "Talks between Egypt and Sudan resumed.",
        "Talks",
        {"state:EGY", "state:SDN"},
        {"state:EGY", "state:SDN"},
    ),
    # someone else named is the target of them all
    (
        "France and Spain signed an agreement with Morocco.",
        "signed",
        {"state:FRA", "state:ESP"},
        {"state:MAR"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "agents", "targets"), JOINT, ids=[r[0][:40] for r in JOINT])
def test_joint_act_is_of_all_participants(facts, text, trigger, agents, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert len(events) == 1, events
    assert set(events[0].agents) == agents, events
    assert set(events[0].targets) == targets, events


def test_coordinated_agents_of_an_act_upon_another_are_no_targets(facts):
    """ "Peru and Chile criticised Bolivia": no mutual act, both upon Bolivia only."""
    events = [e for e in facts("Peru and Chile criticised Bolivia.").events if e.trigger == "criticised"]
    assert [(set(e.agents), set(e.targets)) for e in events] == [({"state:PER", "state:CHL"}, {"state:BOL"})]


VICTIMS = [
    # the ones killed are the target; the actor is named by the noun of the act
    ("Two Kenyan soldiers were killed in Somali mortar shelling.", {"state:SOM"}, {"state:KEN"}),
    ("Five Iraqi civilians died in an American air strike.", {"state:USA"}, {"state:IRQ"}),
    ("Three Afghan policemen were wounded in a Pakistani rocket attack.", {"state:PAK"}, {"state:AFG"}),
]


@pytest.mark.parametrize(("text", "agents", "targets"), VICTIMS, ids=[r[0][:40] for r in VICTIMS])
def test_victim_of_passive_force_is_the_target(facts, text, agents, targets):
    events = [e for e in facts(text).events if e.cameo[:2] in ("18", "19", "20")]
    assert events, facts(text).events
    assert all(set(e.agents) == agents and set(e.targets) == targets for e in events), events


def test_victim_is_never_the_attacker(facts):
    """No actor named: no event rather than the victims attacking."""
    events = facts("Two Kenyan soldiers were killed in mortar shelling.").events
    assert not [e for e in events if "state:KEN" in e.agents], events


COUNTED = [
    ("Afghan rebels have kidnapped up to 16 Russian civilian advisers.", "kidnapped", {"state:RUS"}),
    ("Syrian troops detained up to 40 Lebanese students.", "detained", {"state:LBN"}),
    (
        "Guinean soldiers tortured scores of Liberian refugees and Ivorian students.",
        "tortured",
        {"state:LBR", "state:CIV"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), COUNTED, ids=[r[0][:40] for r in COUNTED])
def test_counted_and_coordinated_targets_are_all_kept(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert events, facts(text).events
    assert all(set(e.targets) == targets for e in events), events


ADDRESSED = [
    ("Michael Howard challenged Tony Blair to a debate.", "challenged", "02", {"person:tony-blair"}),
    ("Charles Kennedy challenged him to a televised debate.", "challenged", None, set()),
    (
        "Norway offered to mediate between India and Pakistan.",
        "offered",
        "039",
        {"state:IND", "state:PAK"},
    ),
    # (mediation scheduled is the intent to mediate, 039)
    ("Egypt will mediate between Ethiopia and Sudan.", "mediate", "039", {"state:ETH", "state:SDN"}),
]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "targets"), ADDRESSED, ids=[r[0][:40] for r in ADDRESSED]
)
def test_addressee_is_the_target(facts, text, trigger, code, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    if code is None:  # "him" names no one before: no event with a wrong target
        assert not [e for e in events if e.targets], events
        return
    assert any(e.cameo.startswith(code) and set(e.targets) == targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # a challenge to a thing is no demand of anyone
        "The Tories challenged the ruling in court.",
        "The union will challenge the decision.",
    ],
)
def test_challenging_a_thing_is_no_demand(facts, text):
    events = [e for e in facts(text).events if e.trigger.startswith("challeng")]
    assert not [e for e in events if e.cameo[:2] in ("02", "10")], events


def test_passive_charge_names_its_accuser_after_the_gerund(facts):
    """ "were accused of lying by X": X accuses (the parser hangs "by X" on the gerund)."""
    text = "Tony Blair and Gordon Brown were accused of lying by Michael Howard."
    events = [e for e in facts(text).events if e.trigger == "accused"]
    assert [(set(e.agents), set(e.targets)) for e in events] == [
        ({"person:michael-howard"}, {"person:tony-blair", "person:gordon-brown"})
    ], events


RECIPROCAL = [
    (
        "The Conservatives and the Liberal Democrats clashed over tax and spending plans.",
        "clashed",
        {"organization:conservative-party", "organization:liberal-democrats"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "sides"), RECIPROCAL, ids=[r[0][:40] for r in RECIPROCAL])
def test_two_sides_clashing_act_upon_each_other(facts, text, trigger, sides):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert events, facts(text).events
    assert all(set(e.agents) == sides and set(e.targets) == sides for e in events), events


NAMED_BEFORE = [
    # a plural of the parties just named, its phrase the verb's ("against", "of ignoring")
    (
        "The Conservatives and the Liberal Democrats launched campaigns."
        " Charles Kennedy warned both parties against complacency.",
        "warned",
        {"organization:conservative-party", "organization:liberal-democrats"},
    ),
    (
        "The Conservatives and the Liberal Democrats launched campaigns."
        " Tony Blair accused both the big parties of ignoring voters.",
        "accused",
        {"organization:conservative-party", "organization:liberal-democrats"},
    ),
    # "the pair", "the two men": the two people named last, coordinated or not
    (
        "Tony Blair met Gordon Brown on Monday."
        " Michael Howard criticised the reported rivalry between the pair.",
        "criticised",
        {"person:tony-blair", "person:gordon-brown"},
    ),
    (
        "Tony Blair praised Gordon Brown on Monday. Michael Howard accused the two men of feuding.",
        "accused",
        {"person:tony-blair", "person:gordon-brown"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), NAMED_BEFORE, ids=[r[0][-40:] for r in NAMED_BEFORE])
def test_plural_named_before_is_the_target(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(set(e.targets) == targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # one person named before, or parties of somewhere: no one resolved
        "Tony Blair spoke on Monday. Michael Howard criticised the pair.",
        "The Conservatives and Labour met. Tony Blair warned both parties in Iraq.",
    ],
)
def test_plural_not_named_before_stays_unresolved(facts, text):
    events = [e for e in facts(text).events if e.trigger in ("criticised", "warned")]
    assert not [e for e in events if len(e.targets) > 1], events


def test_object_told_after_its_judgement_is_the_one_judged(facts):
    """ "denounced as an ugly crime Serbia's suppression of ...": Serbia's act is denounced."""
    text = "Albania on Friday denounced as an ugly crime Serbia's suppression of the unrest."
    events = [e for e in facts(text).events if e.trigger == "denounced"]
    assert [(set(e.agents), set(e.targets)) for e in events] == [({"state:ALB"}, {"state:SRB"})], events


def test_what_a_criticism_is_over_is_no_target_beside_the_one_criticised(facts):
    """ "attacked the government over Iraq": the government is attacked, Iraq is the topic."""
    text = "Tony Blair defended the war. Duncan Bannatyne attacked Tony Blair over Iraq and the tsunami."
    events = [e for e in facts(text).events if e.trigger == "attacked"]
    assert events, facts(text).events
    assert all(set(e.targets) == {"person:tony-blair"} for e in events), events


ENTRY = [
    # people "refused entry to" a state: the state refused them (a reduced or a plain passive)
    (
        "Two Czech Roma refused entry to Britain at Prague airport have appealed.",
        {"state:GBR"},
        {"state:CZE"},
    ),
    ("Tony Blair was refused entry to Zimbabwe.", {"state:ZWE"}, {"person:tony-blair"}),
    # the state itself refusing: as said
    ("Britain refused entry to two Czech students.", {"state:GBR"}, {"state:CZE"}),
]


@pytest.mark.parametrize(("text", "agents", "targets"), ENTRY, ids=[r[0][:40] for r in ENTRY])
def test_the_state_entered_refuses_entry(facts, text, agents, targets):
    events = [e for e in facts(text).events if e.trigger == "refused"]
    assert [(set(e.agents), set(e.targets)) for e in events] == [(agents, targets)], events


def test_fighting_between_two_sides_is_upon_each_other(facts):
    text = "Fighting between Ethiopian and Eritrean troops continued on Monday."
    events = [e for e in facts(text).events if e.cameo[:2] in ("18", "19", "20")]
    assert events, facts(text).events
    sides = {"state:ETH", "state:ERI"}
    assert all(set(e.agents) == sides and set(e.targets) == sides for e in events), events


KILLINGS = [
    # the one charged with a killing is its alleged actor, its victim the "of" or the one killed before
    ("Police arrested John Harris for the killing of Mary Smith.", Modality.REPORTED),
    ("John Harris was charged with the murder of Mary Smith.", Modality.REPORTED),
    ("John Harris was convicted of the murder of Mary Smith.", Modality.ASSERTED),
    (
        "Mary Smith was shot dead last year. Police have arrested John Harris over the killing.",
        Modality.REPORTED,
    ),
    (
        "Mary Smith was murdered at home, and prosecutors charged John Harris with the killing.",
        Modality.REPORTED,
    ),
    # a killing noun with its own actor
    ("The murder of Mary Smith by John Harris shocked the city.", Modality.ASSERTED),
]


@pytest.mark.parametrize(("text", "mode"), KILLINGS, ids=[r[0][:40] for r in KILLINGS])
def test_killer_and_victim_of_a_killing_noun(facts, text, mode):
    events = [e for e in facts(text).events if e.cameo[:2] in ("18", "19", "20")]
    assert [(e.agents, e.targets, e.modality) for e in events] == [
        (("person:john-harris",), ("person:mary-smith",), mode)
    ], events


def test_a_killing_investigated_has_no_actor(facts):
    events = facts("Police are investigating the murder of Mary Smith.").events
    assert not [e for e in events if e.cameo[:2] in ("18", "19", "20")], events


def test_a_joint_meeting_of_others_is_not_with_each_other(facts):
    """ "X and Y met supporters' representatives": they met the representatives (unnamed)."""
    text = "Cathy Jamieson and Jack McConnell met supporters' representatives from both clubs."
    events = [e for e in facts(text).events if e.trigger == "met"]
    assert events, facts(text).events
    assert all(set(e.agents) == {"person:cathy-jamieson", "person:jack-mcconnell"} for e in events), events
    assert not [e for e in events if e.targets], events


REDUCED = [
    # a participle after a noun, with its "by" agent: the noun is acted upon
    (
        "The family of an Iraqi civilian allegedly killed by British troops won a challenge.",
        {"state:GBR"},
        {"state:IRQ"},
    ),
    ("Two Palestinian boys shot by Israeli soldiers were buried on Friday.", {"state:ISR"}, {"state:PSE"}),
]


@pytest.mark.parametrize(("text", "agents", "targets"), REDUCED, ids=[r[0][:40] for r in REDUCED])
def test_noun_a_passive_participle_tells_of_is_its_target(facts, text, agents, targets):
    events = [e for e in facts(text).events if e.cameo[:2] in ("18", "19", "20")]
    assert [(set(e.agents), set(e.targets)) for e in events] == [(agents, targets)], events


def test_claims_denied_in_the_passive_are_the_claimants(facts):
    text = "Michael Howard attacked the plans. His claims were denied by Jack Straw."
    events = [e for e in facts(text).events if e.trigger == "denied"]
    assert [(e.agents, e.targets) for e in events] == [
        (("person:jack-straw",), ("person:michael-howard",))
    ], events


OUSTED = [
    ("Michael Howard called for John Prescott's sacking.", "person:john-prescott"),
    ("Michael Howard called for the sacking of John Prescott.", "person:john-prescott"),
    ("Charles Kennedy called for the resignation of David Blunkett.", "person:david-blunkett"),
    ("Michael Howard called for the impeachment of Tony Blair.", "person:tony-blair"),
    ("Michael Howard called for the extradition of Abu Hamza to the US.", "person:abu-hamza"),
]


@pytest.mark.parametrize(("text", "target"), OUSTED, ids=[r[0][:45] for r in OUSTED])
def test_one_whose_removal_is_called_for_is_the_target(facts, text, target):
    """ "called for X's sacking", "for the removal of X": X is the one the call is about."""
    events = [e for e in facts(text).events if e.trigger == "called"]
    assert events, facts(text).events
    assert all(target in e.targets for e in events), events


def test_removal_of_a_thing_names_no_target(facts):
    events = [
        e for e in facts("Michael Howard called for the removal of the law.").events if e.trigger == "called"
    ]
    assert events
    assert not [e for e in events if e.targets], events


ON_BEHALF_OF = [
    # (the government whose red tape it is is attacked: the state it is of)
    (
        "But Oliver Letwin, for the Tories, attacked the British government's red tape and debt.",
        "attacked",
        {"state:GBR"},
    ),
    # a bare "government" in a story whose one official is a party's: the state named most, the
    # one the party stands for
    (
        "But Oliver Letwin, for the Tories, attacked government red tape and debt.",
        "attacked",
        {"state:GBR"},
    ),
    ("Oliver Letwin, for the Tories, attacked Gordon Brown.", "attacked", {"person:gordon-brown"}),
    (
        "For the Liberal Democrats, Charles Kennedy criticised the Tories.",
        "criticised",
        {"organization:conservative-party"},
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    ON_BEHALF_OF,
    ids=[(r.values if hasattr(r, "values") else r)[0][:45] for r in ON_BEHALF_OF],
)
def test_for_phrase_before_the_verb_is_whom_one_speaks_for(facts, text, trigger, targets):
    """ "X, for the Tories, attacked ...": the Tories are X's side, never the one attacked."""
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert events, facts(text).events
    assert all(set(e.targets) == targets for e in events), events


TIME_CLAUSE = [
    # a clause of time parsed as the phrase of the main clause's subject: the possessor there
    # ("Mr Blair's view") is not who acted
    (
        "The prime minister's spokesman set out Mr Brown's view after the top Catholic in England"
        " and Wales backed Charles Kennedy's stance on abortions.",
        "person:brown",
        None,
    ),
    (
        "The chancellor's spokesman set out Mr Blair's view after the top Catholic in England and"
        " Wales backed Michael Howard's stance on immigration.",
        "person:blair",
        None,
    ),
    (
        "The prime minister's spokesman set out Mr Blair's view after the chief rabbi in England and"
        " Wales backed Michael Howard's stance on abortions.",
        "person:blair",
        None,
    ),
    # a person named there is the one who acted
    (
        "The prime minister's spokesman set out Mr Blair's view after the Archbishop Rowan Williams"
        " backed Michael Howard's stance on abortions.",
        "person:blair",
        "person:rowan-williams",
    ),
]


@pytest.mark.parametrize(("text", "wrong", "agent"), TIME_CLAUSE, ids=[r[0][-50:] for r in TIME_CLAUSE])
def test_subject_of_a_time_clause_is_not_the_possessor_before_it(facts, text, wrong, agent):
    events = [e for e in facts(text).events if e.trigger == "backed"]
    assert not [e for e in events if wrong in e.agents], events
    if agent is not None:
        assert [e.agents for e in events] == [(agent,)], events

"""An agent named by "it" or by a bare description ("the firm", "the country"): the state or
organization the clause above or the sentence before is about, agreeing in kind; none after a
person, a thing, a passive subject, an expletive "it" or a quotation."""

from __future__ import annotations

import pytest

NAMED = [
    # the next sentence: its main clause's subject
    ("Spain condemned the bombing. It also called on Morocco to help.", "called", "state:ESP", "state:MAR"),
    (
        "Poland rejected the treaty on Monday. It then accused Germany of bullying.",
        "accused",
        "state:POL",
        "state:DEU",
    ),
    ("Norway protested loudly. On Tuesday it criticised Denmark.", "criticised", "state:NOR", "state:DNK"),
    # a chain: "It ... It ..." is the same one
    (
        "Egypt hosted the talks. It praised the deal. It also urged Sudan to sign.",
        "urged",
        "state:EGY",
        "state:SDN",
    ),
    # two states as subjects before: the nearest subject
    (
        "Chile praised the plan. Peru opposed it. It also accused Bolivia of delays.",
        "accused",
        "state:PER",
        "state:BOL",
    ),
    # an organization
    (
        "Unilever posted higher sales. It also sued Nestle over a patent.",
        "sued",
        "organization:unilever",
        None,
    ),
    # a bare description of the kind: organizations
    (
        "Nokia reported a loss on Thursday. The company also sued Ericsson over royalties.",
        "sued",
        "organization:nokia",
        None,
    ),
    (
        "Oxfam published a report on Monday. The group accused Britain of ignoring the famine.",
        "accused",
        "organization:oxfam",
        "state:GBR",
    ),
    # a state
    (
        "Kenya opened the summit on Monday. The country also accused Somalia of harbouring rebels.",
        "accused",
        "state:KEN",
        "state:SOM",
    ),
    # the said-clause: the reporting verb's subject
    ("Honda said on Tuesday it had sued Suzuki over the designs.", "sued", "organization:honda", None),
    ("Turkey said it would not invite Greece to the talks.", None, "state:TUR", None),
    # a main clause's "it" that says: its own said-clause's "it" is the same one
    (
        "Airbus cut its forecast on Monday. It also said it would sue Boeing over subsidies.",
        "sue",
        "organization:airbus",
        "organization:boeing",
    ),
]


def _with_agent(events, trigger, agent, target):
    return [
        e
        for e in events
        if (trigger is None or e.trigger == trigger)
        and agent in e.agents
        and (target is None or target in e.targets)
        and not set(e.agents) & set(e.targets) - {a for a in e.agents if len(e.agents) > 1}
    ]


@pytest.mark.parametrize(("text", "trigger", "agent", "target"), NAMED, ids=[r[0][:40] for r in NAMED])
def test_it_or_a_description_is_the_actor_before(facts, text, trigger, agent, target):
    events = facts(text).events
    assert _with_agent(events, trigger, agent, target), events


def test_the_description_agent_is_not_its_own_target(facts):
    """ "said it had sued": the speaker sues, the one sued is the object, never both."""
    events = list(facts("Honda said on Tuesday it had sued Suzuki over the designs.").events)
    sued = [e for e in events if e.trigger == "sued"]
    assert sued, events
    assert all(not set(e.agents) & set(e.targets) for e in sued), sued


NOBODY = [
    # a person before: "it" is no person
    ("Mr Howard criticised Iran on Monday. It also warned Iraq.", "warned"),
    # a thing before: the plan is what "it" is
    ("The report was praised by Italy. It also accused Greece of lying.", "accused"),
    ("The deal was signed on Monday. It also warned Iraq.", "warned"),
    # a passive subject before: a place something befell
    ("Japan was hit by an earthquake. It also warned Korea.", "warned"),
    # an expletive "it"
    ("Britain met France. It was agreed that talks would resume.", "agreed"),
    # an embedded "it" is a thing: the fear, the bill
    ("Sweden opposed the bill. The fear is that it may threaten Norway.", "threaten"),
    ("Sweden drafted the bill. Critics fear it could threaten Norway.", "threaten"),
    # the subject before names no state itself: a possessor's thing, an office, a group's members
    ("The government's position is weak. It also warned Syria.", "warned"),
    ("The prime minister spoke on Monday. It also warned Syria.", "warned"),
    ("Labour MPs met on Monday. It also warned Syria.", "warned"),
    # a description after a person: no firm named
    ("Sarah Smith spoke on Monday. The firm also sued Ericsson.", "sued"),
    # an indefinite description points to no one before
    ("Nokia reported a loss on Thursday. A firm also sued Ericsson over royalties.", "sued"),
    # a description of another kind: a country is no company
    ("Nokia reported a loss on Thursday. The country also accused Ericsson of lying.", "accused"),
]


@pytest.mark.parametrize(("text", "trigger"), NOBODY, ids=[r[0][:40] for r in NOBODY])
def test_no_state_or_organization_before_is_no_agent(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert not [e for e in events if any(k.startswith(("state:", "organization:")) for k in e.agents)], events


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that Iran has threatened Israel.",
        "It emerged on Monday that Egypt had criticised Libya.",
        "It was reported that Cuba had accused Spain of spying.",
    ],
)
def test_expletive_it_leaves_the_clause_subject(facts, text):
    events = facts(text).events
    assert events, events
    assert all(len(e.agents) == 1 and e.agents[0] not in e.targets for e in events), events


def test_quoted_it_is_not_resolved_across_sentences(facts):
    text = 'Belgium spoke first. "It also threatened Chad," a diplomat said.'
    events = [e for e in facts(text).events if e.trigger == "threatened"]
    assert not [e for e in events if "state:BEL" in e.agents], events

"""Who acts and who is acted upon, on sentences written for this table (issue 11.4).

The kinds of mistake a reader of real political news notices: an addressee named but no
target ("warned ministers", "called on the government"), coordinated actors cut to one,
a state merely mentioned taken for a target, a pronoun or a possessor taken for the actor,
and a party's own state dropped as a target ("the Tories accused the government").

Each row: the text, the trigger word, the agents and the targets of the one event with that
trigger (exact sets; ``None`` when the sentence must give no event with that trigger, or
none with an agent). Texts that need a home state open with a sentence about Britain: a
bare "the government" or "ministers" is the government of the state the document is about.
"""

from __future__ import annotations

import pytest

UK = (
    "The general election in Britain is due in May. "
    "Polls in the UK show Labour ahead of the Conservatives across Britain. "
)

ADDRESSEES = [
    # a direct, "on" or "to" object naming a generic government noun: the home state
    (
        UK + "Lord Smith warned ministers that they should prepare for defeat.",
        "warned",
        {"person:lord-smith"},
        {"state:GBR"},
    ),
    (UK + "Peter Hain urged MPs to back the bill.", "urged", {"person:peter-hain"}, {"state:GBR"}),
    (
        UK + "The Green Party called on the government to scrap the tax.",
        "called",
        {"organization:green-party-united-kingdom"},  # (the UK story names Labour: its Greens)
        {"state:GBR"},
    ),
    (
        UK + "The Green Party accused senior ministers of arrogance.",
        "accused",
        {"organization:green-party-united-kingdom"},  # (the UK story names Labour: its Greens)
        {"state:GBR"},
    ),
    # ... but not several governments, nor a minister of nobody in particular
    (
        UK + "The Green Party criticised Western governments.",
        "criticised",
        {"organization:green-party-united-kingdom"},  # (the UK story names Labour: its Greens)
        set(),
    ),
    # "the two ministers" are ones just named, not the government
    (
        UK + "Mary Smith met Tom Jones. The two ministers criticised Western governments.",
        "criticised",
        {"person:mary-smith", "person:tom-jones"},
        set(),
    ),
    (
        UK + "Sir Ian Blair criticised the cabinet for its handling of the case.",
        "criticised",
        {"person:ian-blair"},
        {"state:GBR"},
    ),
    # a threat's condition names who must act: "... unless the government changes its plans"
    (
        UK + "Unison threatened further strikes unless the government changed its plans.",
        "threatened",
        {"organization:unison"},
        {"state:GBR"},
    ),
    (
        UK + "Unison threatened further strikes unless there was a government rethink.",
        "threatened",
        {"organization:unison"},
        {"state:GBR"},
    ),
    # a threat's "if" names whose act it forbids
    (
        "Russia has threatened to stop the talks if the United States deploys new missiles.",
        "threatened",
        {"state:RUS"},
        {"state:USA"},
    ),
    # with no state named often, the one state named at all
    (
        "Five unions met John Prescott at Labour's conference. Mark Serwotka warned that there "
        "could be walkouts unless there was a government rethink.",
        "warned",
        {"person:mark-serwotka"},
        {"state:GBR"},
    ),
    # ... or the state named twice as often as any other
    (
        "Britain and the US disagree on the camp. Britain wants the men freed, but the US does not. "
        "Britain will decide soon, and Britain's courts are watching. "
        "The Liberty group called on the government to free the detained men.",
        "called",
        {"organization:liberty"},
        {"state:GBR"},
    ),
    # a government's owner, a government as an owner
    (
        UK + "Charles Kennedy accused Mr Blair's government of dishonesty.",
        "accused",
        {"person:charles-kennedy"},
        {"state:GBR"},
    ),
    (
        UK + "Liam Fox attacked the government's failure to control immigration.",
        "attacked",
        {"person:liam-fox"},
        {"state:GBR"},
    ),
    # the one whose doing the object is
    (
        UK + "Lord Butler criticised the way Tony Blair's government operates.",
        "criticised",
        {"person:lord-butler"},
        {"state:GBR"},
    ),
    # a minister's own parliament is acted upon, even by the minister
    (
        UK + "Home Secretary David Blunkett has apologised to MPs.",
        "apologised",
        {"person:david-blunkett"},
        {"state:GBR"},
    ),
    # ... and its courts ("by" hung on the verb by the parse)
    (
        UK + "British Foreign Secretary Jack Straw attacked the decision by Britain's highest court.",
        "attacked",
        {"person:jack-straw"},
        {"state:GBR"},
    ),
    # an office whose holder the document does not name: the government
    (
        UK + "Michael Howard called on the prime minister to resign.",
        "called",
        {"person:michael-howard"},
        {"state:GBR"},
    ),
    (
        UK + "Michael Howard accused the prime minister and Gordon Brown of squabbling.",
        "accused",
        {"person:michael-howard"},
        {"state:GBR", "person:gordon-brown"},
    ),
    # a visit's place is its host state
    (
        "International Development Secretary Hilary Benn will also visit Aceh in Indonesia.",
        "visit",
        {"person:hilary-benn"},
        {"state:IDN"},
    ),
    (
        "Tony Blair visited the tomb of Yasser Arafat in Ramallah.",
        "visited",
        {"person:tony-blair"},
        {"state:PSE"},
    ),
    # "For X, Y said": whom Y speaks for, not a target
    (
        "For the Welsh Liberal Democrats, Kirsty Williams criticised the new target.",
        "criticised",
        {"person:kirsty-williams"},
        set(),
    ),
    # a named state is its own government: no home needed
    ("France warned ministers in Italy against the plan.", "warned", {"state:FRA"}, {"state:ITA"}),
]

COORDINATED = [
    # every conjunct acts, in one event
    (
        "Mr Patel, Mr Khan and Mr Jones deny the charges.",
        "deny",
        {"person:patel", "person:khan", "person:jones"},
        set(),
    ),
    ("Both France and Germany condemned Israel.", "condemned", {"state:FRA", "state:DEU"}, {"state:ISR"}),
    (
        "GM and Ford blamed Japan for the losses.",
        "blamed",
        {"organization:gm", "organization:ford"},
        {"state:JPN"},
    ),
    ("Russia as well as China criticised Japan.", "criticised", {"state:RUS", "state:CHN"}, {"state:JPN"}),
    (
        "US and British activists staged a protest in Beijing.",
        "staged",
        {"state:USA", "state:GBR"},
        {"state:CHN"},
    ),
    # a party the model left unmarked here, named elsewhere in the document
    (
        UK + "Labour and the Tories have attacked the plan.",
        "attacked",
        {"organization:labour-party", "organization:conservative-party"},
        set(),
    ),
    # every conjunct is acted upon, also one the parse hangs on an apposition
    (
        "Tony Blair held talks with his Israeli counterpart, Ariel Sharon, and the Palestinian "
        "leader, Mahmoud Abbas.",
        "talks",
        {"person:tony-blair", "person:ariel-sharon", "person:mahmoud-abbas"},
        {"person:ariel-sharon", "state:ISR", "person:mahmoud-abbas", "state:PSE", "person:tony-blair"},
    ),
    (
        "Michael Howard accused Tony Blair and Gordon Brown of squabbling.",
        "accused",
        {"person:michael-howard"},
        {"person:tony-blair", "person:gordon-brown"},
    ),
    (
        "Iran condemned both Israel and the United States.",
        "condemned",
        {"state:IRN"},
        {"state:ISR", "state:USA"},
    ),
]

MENTIONED = [
    # the topic of an act, its reason or its content is no target
    (
        "George Galloway, who was expelled from Labour over his anti Iraq war stance, spoke on Monday.",
        "expelled",
        {"organization:labour-party"},
        {"person:george-galloway"},
    ),
    ("The French minister criticised Iran's remarks on Iraq.", "criticised", {"state:FRA"}, {"state:IRN"}),
    (
        "John Reid warned that Labour members would not forgive anyone fuelling speculation.",
        "warned",
        {"person:john-reid"},
        set(),
    ),
    ("Kofi Annan warned that Iraq would face chaos.", "warned", {"person:kofi-annan"}, set()),
    # (but an allegation is against the actor of the clause alleged: Blair, not Brown)
    (
        "Robert Peston alleges that Tony Blair told Gordon Brown he would step down.",
        "alleges",
        {"person:robert-peston"},
        {"person:tony-blair"},
    ),
    # what a speaker judges is the subject of the clause, not everyone named in it
    ("Jack Straw said it was wrong to put China under the same embargo as Zimbabwe.", "said", None, None),
    # ... nor the speaker's own state named bare
    (
        UK + "Gordon Brown will argue that only by sticking with him can Britain continue to be strong "
        "and that France is reckless.",
        "argue",
        {"person:gordon-brown"},
        {"state:FRA"},
    ),
    # ... but an infinitive's or a bare clause's subject is the one urged or helped
    ("Japan helped Indonesia rebuild its ports.", "helped", {"state:JPN"}, {"state:IDN"}),
]

AGENTS = [
    # a person's relatives, critics or rivals are not the person
    ("The parents of Stefan Jones blamed the video game.", "blamed", None, None),
    ("Stefan Jones's parents blamed Sony for the game.", "blamed", None, None),
    ("Stefan Jones's friends attacked Gordon Brown.", "attacked", None, None),
    # ... but the followers of one who serves a state are of that state
    (
        "Supporters of Algerian President Ahmed Ben Bella blocked roads in Algiers.",
        "blocked",
        {"state:DZA"},
        {"state:DZA"},
    ),
    # a state a participle describes is no act: "Labour is united"
    ("Mr Blair claimed Labour was united.", "united", None, None),
    # a named text or fund is no actor
    ("The Prevention of Terrorism Bill proposes extra powers to search suspects.", "search", None, None),
    ("Ivory Coast rebels rejected a Senegalese peace plan.", "rejected", {"state:CIV"}, {"state:SEN"}),
    # an office of a party is the party's, not whoever holds a like-named office
    (
        "Commons leader Peter Hain spoke in Brighton. He then accused the Tory leader of behaving "
        "like an attack dog.",
        "accused",
        {"person:peter-hain"},
        {"organization:conservative-party"},
    ),
    # an adjectival participle is a state, not an act: "Labour is united"
    ("He is also claiming Labour is more ideologically united than ever.", "united", None, None),
    # a pronoun is the topic of the sentence before, its possessor included
    (
        "Mr Ancram said the move would be wrong. Mr Straw's China trip is part of regular "
        "meetings with Chinese ministers. He will meet Chinese counterpart Li Zhaoxing in Beijing.",
        "meet",
        # (a meeting planned is one side's intent: no partner joined)
        {"person:straw"},
        {"person:li-zhaoxing", "state:CHN"},
    ),
    (
        "Mr Jones said the fires were set by spies. The programme also heard from Lord Brown, "
        "who was a minister at the time. He denied the claim.",
        "denied",
        {"person:lord-brown"},
        set(),
    ),
    # ... the holder of the office its subject names, a pronoun subject's own antecedent
    (
        "Tony Blair met Foreign Secretary Jack Straw and Home Secretary David Blunkett. "
        "The home secretary admitted he was wrong. He has apologised to Mrs Quinn.",
        "apologised",
        {"person:david-blunkett"},
        {"person:mrs-quinn"},
    ),
    (
        "Victor Makarov joined the KGB in 1970. He worked with Vladimir Putin. He later "
        "criticised the Soviet Union.",
        "criticised",
        {"person:victor-makarov"},
        {"state:SUN"},
    ),
    (
        "Victor Makarov joined the KGB in 1970. One of his fellow pupils was Vladimir Putin. "
        "He later criticised the Soviet Union.",
        "criticised",
        {"person:victor-makarov"},
        {"state:SUN"},
    ),
    # a pronoun whose clause above has an office as subject is that office's holder, not
    # someone else named before
    (
        "Gordon Brown spoke on Monday. But the prime minister said he had discussed the claims "
        "with Jack Straw.",
        "discussed",
        None,
        None,
    ),
    # an object pronoun is the person named before it in its sentence
    (
        "Hamish Brown met voters on Monday. Anne Robinson wrote to Jack McConnell on Tuesday, "
        "accusing him of an error of judgement.",
        "accusing",
        {"person:anne-robinson"},
        {"person:jack-mcconnell"},
    ),
    # a speaker's quotation goes on in a new sentence: the people it names are no topic
    (
        'Mr Kennedy said: "The voters want honesty. "With the stealth taxes of Gordon Brown, '
        'trust is breaking down." He criticised Michael Howard.',
        "criticised",
        {"person:kennedy"},
        {"person:michael-howard"},
    ),
    # the speaker of '"...," the Tory leader said' parsed as a second clause
    (
        "Tory leader Michael Howard met voters. Mr Brown's Budget was a bribe, but it would "
        "not work, the Tory leader said. He then criticised Gordon Brown.",
        "criticised",
        {"person:michael-howard"},
        {"person:gordon-brown"},
    ),
    # a past verb hung on the reported clause after "but" or a modal one is the speaker's act
    (
        "Mr Brown said America needed to take more action but defended President George Bush.",
        "defended",
        {"person:brown"},
        {"person:george-bush"},
    ),
    (
        "Tony Blair said Labour would set out its plans next week and attacked the Tory plans.",
        "attacked",
        {"person:tony-blair"},
        {"organization:conservative-party"},
    ),
    # the one a demand put before its verb is about is the one asked
    (
        "Michael Howard spoke in the Commons. Why will Tony Blair not accept the offer, he demanded.",
        "demanded",
        {"person:michael-howard"},
        {"person:tony-blair"},
    ),
    (
        'Michael Howard spoke on Wednesday. "Tony Blair must resign," he demanded.',
        "demanded",
        {"person:michael-howard"},
        {"person:tony-blair"},
    ),
    # what one gives is one's own: "his" is the giver, not someone named before
    (
        "Duncan Bannatyne attacked the government. Robin Cook gave his support to Mr Brown's"
        " leadership ambitions.",
        "gave",
        {"person:robin-cook"},
        {"person:brown"},
    ),
    # "MPs" the tagger calls a singular noun are still the home parliament's members
    (
        "Britain's economy grew. David Blunkett has apologised to MPs after the Home Office announced a"
        " review of murder laws.",
        "apologised",
        {"person:david-blunkett"},
        {"state:GBR"},
    ),
    # an office's habit is no act of today's holder
    (
        "Tory leader Michael Howard spoke on Monday. The Tory leader has always called for a debate.",
        "called",
        None,
        None,
    ),
    (
        "Tory leader Michael Howard spoke on Monday. The Tory leader called for a debate.",
        "called",
        {"person:michael-howard"},
        set(),
    ),
    # ... but the reported clause goes on with its own subject
    (
        "Tony Blair said Gordon Brown had criticised the plan and praised the tax cut.",
        "praised",
        {"person:gordon-brown"},
        set(),
    ),
]

#: (text, trigger, entity): the entity is no agent of the trigger's events
NOT_AGENT = [
    # people refused entry to a state, their name read as an organization's, did not refuse
    (
        "It took up the case of six unnamed Roma Czechs refused entry to Britain.",
        "refused",
        "organization:roma-czechs",
    ),
    # what a speaker quotes is not the speaker's act, even when the parse loses its subject
    (
        '"I believe the government of France, which in that respect was probably the same as most '
        "other power authorities - took the information that Paul Smith had, wrung him dry and left "
        'him in the cold," Mr Jones said.',
        "took",
        "person:jones",
    ),
    # "accused X of Ving": X did it, not the accuser
    ("Russia accused Georgia of attacking South Ossetia with tanks.", "attacking", "state:RUS"),
    ("The Tories praised Labour for cutting taxes.", "cutting", "organization:conservative-party"),
    # "his chancellor" is someone else than him
    (
        UK + "Prime Minister Tony Blair spoke on Monday. His chancellor criticised France.",
        "criticised",
        "person:tony-blair",
    ),
    # ... but "after Ving" is the subject's own act, not its object's
    (
        "David Blunkett entered Parliament in 1987, after contesting the seat against Labour.",
        "contesting",
        "organization:parliament",
    ),
]

#: (text, trigger, entity): the entity is no target of the trigger's events
NOT_TARGET = [
    # the one asked, even unnamed, not what they are asked to act upon
    ("Tony Blair will ask the Queen to dissolve Parliament.", "ask", "organization:parliament"),
    (
        "The Tories asked the minister to withdraw the bill from Parliament.",
        "asked",
        "organization:parliament",
    ),
]

SELF = [
    # a party is not its state: the government it accuses is a target
    (
        UK + "The Conservatives accused the government of lying.",
        "accused",
        {"organization:conservative-party"},
        {"state:GBR"},
    ),
    # ... but an official's own state named bare is not ("Britain must change" from a Briton)
    (
        UK + "Defence Secretary Geoff Hoon warned that Britain would not tolerate the attacks.",
        "warned",
        {"person:geoff-hoon"},
        set(),
    ),
]


def _event(facts, text, trigger):
    # (a visit's hosting, told by the same trigger, is its own event: see test_event_mutual_sides)
    events = [e for e in facts(text).events if e.trigger == trigger and e.cameo[:3] != "043"]
    shown = [(e.cameo, e.trigger, e.agents, e.targets) for e in facts(text).events]
    return events, shown


def _check(facts, text, trigger, agents, targets):
    events, shown = _event(facts, text, trigger)
    if agents is None:
        assert not [e for e in events if e.agents], shown
        return
    assert len(events) == 1, shown
    assert agents <= set(events[0].agents), shown
    assert set(events[0].targets) == targets, shown


@pytest.mark.parametrize(
    ("text", "trigger", "agents", "targets"), ADDRESSEES, ids=[r[0][-45:] for r in ADDRESSEES]
)
def test_addressee_is_target(facts, text, trigger, agents, targets):
    _check(facts, text, trigger, agents, targets)


@pytest.mark.parametrize(
    ("text", "trigger", "agents", "targets"), COORDINATED, ids=[r[0][:45] for r in COORDINATED]
)
def test_coordinated_all_kept(facts, text, trigger, agents, targets):
    _check(facts, text, trigger, agents, targets)


@pytest.mark.parametrize(
    ("text", "trigger", "agents", "targets"), MENTIONED, ids=[r[0][:45] for r in MENTIONED]
)
def test_mentioned_is_no_target(facts, text, trigger, agents, targets):
    _check(facts, text, trigger, agents, targets)


@pytest.mark.parametrize(("text", "trigger", "agents", "targets"), AGENTS, ids=[r[0][-45:] for r in AGENTS])
def test_agent(facts, text, trigger, agents, targets):
    _check(facts, text, trigger, agents, targets)


@pytest.mark.parametrize(("text", "trigger", "entity"), NOT_AGENT, ids=[r[0][:45] for r in NOT_AGENT])
def test_not_agent(facts, text, trigger, entity):
    events, shown = _event(facts, text, trigger)
    assert not [e for e in events if entity in e.agents], shown


@pytest.mark.parametrize(("text", "trigger", "entity"), NOT_TARGET, ids=[r[0][:45] for r in NOT_TARGET])
def test_not_target(facts, text, trigger, entity):
    events, shown = _event(facts, text, trigger)
    assert not [e for e in events if entity in e.targets], shown


@pytest.mark.parametrize(("text", "trigger", "agents", "targets"), SELF, ids=[r[0][-45:] for r in SELF])
def test_own_state(facts, text, trigger, agents, targets):
    _check(facts, text, trigger, agents, targets)


def test_a_party_target_named_by_its_government_shows_those_words(facts):
    """The state a party accuses is shown as the text named it ("ministers"), not by the
    party's own name, and the party alone acts."""
    events, shown = _event(facts, UK + "The Scottish National Party called on ministers to act.", "called")
    assert len(events) == 1, shown
    args = {(a.entity, a.role): a for a in events[0].arguments}
    assert ("state:GBR", "agent") not in args, shown
    assert args[("state:GBR", "target")].mention == "ministers"
    assert args[("state:GBR", "target")].sector == "GOV"


def test_the_state_entered_refused_people_read_as_an_organization(facts):
    events, shown = _event(
        facts, "It took up the case of six unnamed Roma Czechs refused entry to Britain.", "refused"
    )
    assert [e.agents for e in events] == [("state:GBR",)], shown

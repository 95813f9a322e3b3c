"""Two-sided acts name both sides, whichever the sentence makes its subject (dyads, issue 11).

CAMEO codes every direction of a meeting, a call, a negotiation and an agreement signed: "Laos
signed a trade agreement with Thailand" is as much Thailand's act as "Laos and Thailand signed a
trade agreement", so the partner named by "with" (or the one met, the one called) is an agent too,
each side the other's target. A truce declared or a ceasefire broken by two sides named together is
upon each other. A visit is also its hosting by the state visited (043), and a hosting its guest's
visit (042). Controls: a topic ("on Iran"), a one-way act done "with" someone (sharing, criticism of
a deal with someone), a one-sided truce, a place that is no state.
"""

from __future__ import annotations

import pytest

DATE = "2025-03-12"


def _shown(events):
    return [(e.cameo, e.trigger, e.agents, e.targets, e.negated) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "sides"),
    [
        pytest.param(
            "Laos signed a trade agreement with Thailand.",
            "057",
            {"state:LAO", "state:THA"},
            id="signed-with",
        ),
        pytest.param(
            "Kenya signed a defence pact with Uganda on Monday.",
            "057",
            {"state:KEN", "state:UGA"},
            id="pact-with",
        ),
        pytest.param(
            "Peru's foreign minister met his Chilean counterpart in Lima.",
            "04",
            {"state:PER", "state:CHL"},
            id="met",
        ),
        pytest.param(
            "Indonesia held talks with Malaysia on the border dispute.",
            "04",
            {"state:IDN", "state:MYS"},
            id="talks-with",
        ),
        pytest.param(
            "The Turkish president spoke by telephone with the Russian president on Friday.",
            "041",
            {"state:TUR", "state:RUS"},
            id="phone",
        ),
        pytest.param(
            "Brazil negotiated with Argentina over tariffs for months.",
            "046",
            {"state:BRA", "state:ARG"},
            id="negotiated",
        ),
        pytest.param(
            "Chinese Defence Minister Li Wenbo's meeting with his Vietnamese counterpart in Hanoi focused on "
            "maritime security.",
            "04",
            {"state:CHN", "state:VNM"},
            id="nominal-meeting",
        ),
        pytest.param(
            "Israeli troops clashed with Hezbollah fighters near the border on Thursday.",
            "19",
            {"state:ISR", "organization:hezbollah"},
            id="clashed-with",
        ),
        # a state and an armed group named in one phrase
        pytest.param(
            "Delegations from the Sudanese army and the Rapid Support Forces met in Jeddah on Sunday.",
            "04",
            {"state:SDN", "organization:rapid-support-forces"},
            id="state-and-group",
        ),
        # a truce or a ceasefire of two sides named together
        pytest.param(
            "Israel and Egypt declared a four-day truce on Wednesday.",
            "0871",
            {"state:ISR", "state:EGY"},
            id="truce",
        ),
        pytest.param(
            "India and Pakistan declared a ceasefire along the border.",
            "0871",
            {"state:IND", "state:PAK"},
            id="ceasefire",
        ),
        pytest.param(
            "Armenian and Azerbaijani forces violated the ceasefire.",
            "196",
            {"state:ARM", "state:AZE"},
            id="violated",
        ),
    ],
)
def test_both_sides_act_upon_each_other(facts, text, code, sides):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert any(sides <= set(e.agents) and sides <= set(e.targets) for e in events), _shown(
        facts(text, DATE).events
    )


@pytest.mark.parametrize(
    ("text", "code", "agents", "not_agents"),
    [
        # the topic of the agreement is no partner
        pytest.param(
            "Britain signed an agreement with France on Iran.",
            "057",
            {"state:GBR", "state:FRA"},
            {"state:IRN"},
            id="topic",
        ),
        # one-way acts done "with" someone stay one side's
        pytest.param(
            "Japan shared intelligence with South Korea.", "06", {"state:JPN"}, {"state:KOR"}, id="shared"
        ),
        pytest.param(
            "Poland criticised Germany over its deal with Russia.",
            "11",
            {"state:POL"},
            {"state:DEU", "state:RUS"},
            id="criticised-deal",
        ),
    ],
)
def test_only_the_partner_is_a_side(facts, text, code, agents, not_agents):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    shown = _shown(facts(text, DATE).events)
    assert events, shown
    assert all(agents <= set(e.agents) and not (not_agents & set(e.agents)) for e in events), shown


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Iran is ready to negotiate with Britain.", id="ready-to"),
        pytest.param("Iran agreed to sign a deal with Britain.", id="agreed-to"),
    ],
)
def test_an_act_in_an_infinitive_is_one_sides(facts, text):
    """The intent, offer or agreement to do a two-sided act is the speaker's alone."""
    events = facts(text, DATE).events
    assert events, events
    assert all("state:GBR" not in e.agents and "state:IRN" not in e.targets for e in events), _shown(events)


def test_a_truce_of_one_side_is_upon_no_one(facts):
    events = [e for e in facts("Israel declared a truce on Wednesday.", DATE).events if e.cameo == "0871"]
    assert events, events
    assert all(e.agents == ("state:ISR",) and not e.targets for e in events), _shown(events)


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        pytest.param("The president of Argentina visited Chile.", "state:ARG", "state:CHL", id="visited"),
        pytest.param("Ghana hosted the president of Ivory Coast.", "state:CIV", "state:GHA", id="hosted"),
        pytest.param(
            "German Chancellor Markus Reinholt was received by the Turkish president in Ankara on Wednesday.",
            "state:DEU",
            "state:TUR",
            id="received-passive",
        ),
        pytest.param(
            "The French president arrived in Nairobi on Tuesday for a state visit.",
            "state:FRA",
            "state:KEN",
            id="arrived-capital",
        ),
        pytest.param("Egypt welcomed a delegation from Libya.", "state:LBY", "state:EGY", id="welcomed"),
    ],
)
def test_a_visit_and_its_hosting(facts, text, guest, host):
    events = facts(text, DATE).events
    shown = _shown(events)
    assert any(e.cameo[:3] == "042" and guest in e.agents and host in e.targets for e in events), shown
    assert any(e.cameo[:3] == "043" and host in e.agents and guest in e.targets for e in events), shown


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tony Blair visited Africa last month.", id="continent"),
        pytest.param("Mr Blair visited Leeds on Monday.", id="home-city"),
        pytest.param("Britain hosted a conference on climate change.", id="no-guest"),
        # the people a trip is made to support are no hosts; nor is a politician welcomed back
        pytest.param(
            "Mr Howard made a visit to Dover to support Tory hopefuls Robert Light and Sayeeda Warsi.",
            id="trip-purpose",
        ),
    ],
)
def test_no_host_without_a_state_or_person_visited(facts, text):
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo[:3] == "043" and e.agents], _shown(events)


def test_the_hosting_of_a_visit_not_made_is_not_made_either(facts):
    text = "The president of Argentina did not visit Chile."
    events = [e for e in facts(text, DATE).events if e.cameo[:3] in ("042", "043")]
    assert all(e.negated for e in events), _shown(events)


def test_no_visit_made_by_a_politician_welcomed_back(facts):
    text = "Michael Howard mockingly welcomed Gordon Brown back to the election campaign."
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo[:3] == "042"], _shown(events)


@pytest.mark.parametrize(
    ("text", "partner", "topic"),
    [
        pytest.param(
            "Britain has been sharing intelligence on Islamic State fighters with Iraq.",
            "state:IRQ",
            "organization:islamic-state",
            id="with-hung-on-topic",
        ),
        pytest.param(
            "Japan shared information on North Korea with South Korea.",
            "state:KOR",
            "state:PRK",
            id="with-on-verb",
        ),
    ],
)
def test_cooperation_is_with_its_partner_not_its_topic(facts, text, partner, topic):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("06")]
    assert events, _shown(facts(text, DATE).events)
    assert all(partner in e.targets and topic not in e.targets for e in events), _shown(events)


@pytest.mark.parametrize(
    ("text", "guest", "place"),
    [
        pytest.param(
            "Conservative MP Harold Finch gave a speech to business leaders in Tokyo on Tuesday.",
            "Harold Finch",
            "state:JPN",
            id="speech-in-city",
        ),
        pytest.param(
            "British MEP Sarah Lund addressed students at a university in Germany.",
            "Sarah Lund",
            "state:DEU",
            id="addressed-audience",
        ),
        pytest.param(
            "Former British minister Colin Ward is on a speaking tour of Australia.",
            "Colin Ward",
            "state:AUS",
            id="speaking-tour",
        ),
    ],
)
def test_a_speech_or_tour_abroad_is_a_visit_nobody_hosts(facts, text, guest, place):
    events = facts(text, DATE).events
    assert any(e.cameo[:3] == "042" and place in e.targets for e in events), _shown(events)
    assert not [e for e in events if e.cameo[:3] == "043"], _shown(events)


def test_a_named_host_of_a_speaker_still_hosts(facts):
    # negative control: the host is named, so the hosting stays
    events = facts("Japan hosted the British prime minister in Tokyo.", DATE).events
    assert any(e.cameo[:3] == "043" and "state:JPN" in e.agents for e in events), _shown(events)


def test_a_visit_to_an_audience_is_still_hosted(facts):
    # negative control: a visit told as such keeps its host, whatever it visits
    text = "The president of Argentina visited the Argentine community in Chile."
    events = facts(text, DATE).events
    assert any(e.cameo[:3] == "043" and "state:CHL" in e.agents for e in events), _shown(events)

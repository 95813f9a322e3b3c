"""Coverage of wire text: protests by a state's people, people counted in crowds, verbs of
protest with and without an object; sentences written for this file."""

from __future__ import annotations

import pytest

DATE = "2006-05-02"


def _events(facts, text):
    return facts(text, DATE).events


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Hundreds of Chilean miners demonstrated in Santiago on Friday.", "state:CHL"),
        ("Dozens of Bolivian farmers demonstrated outside the congress building in Sucre.", "state:BOL"),
        ("Tens of thousands of students across Peru staged demonstrations on Monday.", "state:PER"),
        ("Lebanese workers marched on Tuesday.", "state:LBN"),
    ],
)
def test_people_of_a_state_protesting_at_home_protest_upon_it(facts, text, state):
    protests = [e for e in _events(facts, text) if e.cameo[:2] == "14"]
    (event,) = protests
    assert event.agents == (state,)
    assert event.targets == (state,)


def test_a_protest_in_a_city_is_upon_the_citys_state(facts):
    text = "Hundreds of Syrian refugees demonstrated in Kirkuk."
    (event,) = [e for e in _events(facts, text) if e.cameo[:2] == "14"]
    assert event.agents == ("state:SYR",)
    assert event.targets == ("state:IRQ",)


@pytest.mark.parametrize(
    "text",
    [
        "Peru demonstrated its commitment to Chile.",
        "Toyota demonstrated its new engine to Japanese buyers.",
        "The vote demonstrated the strength of Brazil's opposition.",
    ],
)
def test_demonstrating_something_is_showing_it_no_protest(facts, text):
    assert not [e for e in _events(facts, text) if e.cameo[:2] == "14"]


def test_a_crowd_is_the_people_in_it(facts):
    (event,) = [
        e
        for e in _events(facts, "A crowd of Ghanaian traders blocked roads in Kumasi.")
        if e.agents and e.cameo[:2] in ("14", "17")
    ]
    assert event.agents == ("state:GHA",)


@pytest.mark.parametrize(
    ("text", "code", "agents", "targets"),
    [
        ("Chilean warships on Monday launched ten days of war games.", "150", ("state:CHL",), ()),
        ("Chile has strengthened its forces in Bolivia.", "154", ("state:CHL",), ("state:BOL",)),
        (
            "Peru and Chile have upgraded their diplomatic ties.",
            "050",
            ("state:PER", "state:CHL"),
            ("state:PER", "state:CHL"),
        ),
        ("Chile eased emergency measures in Bolivia on Tuesday.", "0814", ("state:CHL",), ("state:BOL",)),
        ("Kenya lifted martial law in Somalia.", "0814", ("state:KEN",), ("state:SOM",)),
        (
            "The Ecuadorian government accepted demands from striking teachers.",
            "080",
            ("state:ECU",),
            ("state:ECU",),
        ),
        ("Peru conceded to Chile's demands.", "080", ("state:PER",), ("state:CHL",)),
        ("Spain reduced humanitarian aid to Morocco.", "1623", ("state:ESP",), ("state:MAR",)),
        (
            "Chile forced out hundreds of Bolivian migrants from a camp.",
            "174",
            ("state:CHL",),
            ("state:BOL",),
        ),
        ("Venezuela nationalised two American oil firms.", "171", ("state:VEN",), ("state:USA",)),
        ("Kenya tore into Uganda over the border row.", "111", ("state:KEN",), ("state:UGA",)),
        ("Ecuador rounded on Colombia after the raid.", "111", ("state:ECU",), ("state:COL",)),
        ("Eritrea hijacked a Greek tanker.", "181", ("state:ERI",), ("state:GRC",)),
        ("Iran stormed the Danish embassy.", "190", ("state:IRN",), ("state:DNK",)),
        (
            "Egypt mediated a truce between Israel and Hamas.",
            "045",
            ("state:EGY",),
            ("state:ISR", "organization:hamas"),
        ),
    ],
)
def test_wire_frames_the_cameo_dictionary_lacked(facts, text, code, agents, targets):
    found = [(e.cameo, e.agents, e.targets) for e in _events(facts, text)]
    assert (code, agents, targets) in found, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Students blocked roads in Quito on Monday.", "state:ECU"),
        ("Hundreds of farmers protested in Kampala.", "state:UGA"),
    ],
)
def test_people_named_by_their_sector_alone_are_of_the_state_they_act_in(facts, text, state):
    (event,) = [e for e in _events(facts, text) if e.cameo[:2] == "14"]
    assert event.agents == (state,)
    (agent,) = [a for a in event.arguments if a.role == "agent"]
    assert agent.sector in ("EDU", "AGR")


@pytest.mark.parametrize(
    "text",
    ["Troops blocked roads in Quito on Monday.", "Students from Peru and Chile marched in Quito and Lima."],
)
def test_armed_men_or_people_in_places_of_two_states_are_no_one_state(facts, text):
    for event in _events(facts, text):
        assert "state:ECU" not in event.agents


@pytest.mark.parametrize(
    "text", ["The Danish minister stormed out of the meeting.", "Norway stormed to victory in the final."]
)
def test_storming_out_or_to_a_victory_is_no_attack(facts, text):
    assert not [e for e in _events(facts, text) if e.cameo[:2] in ("18", "19")]


def test_up_to_a_number_is_no_particle(facts):
    # (the parser takes this "up" for the verb's particle)
    events = _events(
        facts, "Chadian rebels have kidnapped up to 16 Nigerian aid workers from a village market."
    )
    assert [(e.cameo, e.agents) for e in events if e.cameo[:2] == "18"] == [("181", ("state:TCD",))]


@pytest.mark.parametrize(
    ("text", "agents", "targets"),
    [
        ("Saudi-led forces shelled a village in Yemen.", ("state:SAU",), ("state:YEM",)),
        ("Kenyan-led troops attacked Somali fighters on Monday.", ("state:KEN",), ("state:SOM",)),
    ],
)
def test_forces_led_by_a_state_are_that_states(facts, text, agents, targets):
    (event,) = [e for e in _events(facts, text) if e.cameo[:2] == "19"]
    assert event.agents == agents
    assert event.targets == targets


def test_a_party_leads_no_force_of_its_own(facts):
    events = _events(facts, "A Labour-led council criticised the plan.")
    assert not [e for e in events if "organization:labour-party" in e.agents]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Sudanese rebels have kidnapped up to 12 Kenyan engineers from a camp.", "181", "state:KEN"),
        ("Bolivian police detained up to 40 Chilean miners.", "173", "state:CHL"),
    ],
)
def test_people_counted_with_up_to_are_acted_upon(facts, text, code, target):
    (event,) = [e for e in _events(facts, text) if e.cameo[:3] == code]
    assert event.targets == (target,)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Peru has expelled hundreds of Peruvian dissidents.", "state:PER", "state:PER"),
        ("Chile arrested dozens of Chilean students in Santiago.", "state:CHL", "state:CHL"),
        ("Ecuador is investigating abuses by Ecuadorean rebels.", "state:ECU", "state:ECU"),
    ],
)
def test_a_state_acts_upon_its_own_people_named_apart_from_it(facts, text, agent, target):
    events = [e for e in _events(facts, text) if agent in e.agents]
    assert any(target in e.targets for e in events)


@pytest.mark.parametrize(
    "text",
    ["Kenya criticised Kenya on Monday.", "Defence Minister Ruto warned that Kenya would not back down."],
)
def test_a_state_named_bare_is_no_target_of_itself(facts, text):
    assert not [e for e in _events(facts, text) if "state:KEN" in e.targets]


def test_visiting_ones_own_people_abroad_is_a_visit_to_where_they_live(facts):
    text = "President Lagos of Chile arrived in Madrid on Monday, visiting the Chilean community in Madrid."
    visits = [e for e in _events(facts, text) if e.cameo[:3] == "042"]
    assert visits
    assert all("state:CHL" not in e.targets for e in visits)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile on Monday released a Peruvian mayor held since May.", "state:PER"),
        ("Peru released two Chilean dissidents on Friday.", "state:CHL"),
    ],
)
def test_releasing_people_held_is_a_release(facts, text, target):
    (event,) = [e for e in _events(facts, text) if e.cameo[:3] == "084"]
    assert target in event.targets


def test_releasing_a_report_is_no_release(facts):
    assert not [
        e for e in _events(facts, "Chile released a report on Peru's students.") if e.cameo[:3] == "084"
    ]


def test_a_peoples_name_the_model_cut_short_is_the_state(facts):
    text = (
        "Police in Mali have detained dozens of Sierra Leonean and Guinean traders, whom officials"
        " blame for the riots, a rights group said Friday."
    )
    found = facts(text)
    assert "state:SLE" in {e.key for e in found.entities}
    assert "organization:sierra" not in {e.key for e in found.entities}


def test_the_place_of_a_killing_told_in_its_when_clause(facts):
    text = "Ugandan rebels killed nine people on Friday when they attacked a village in Kenya."
    events = [e for e in _events(facts, text) if e.cameo[:2] in ("18", "19")]
    assert any("state:KEN" in e.targets for e in events)


@pytest.mark.parametrize(
    ("text", "code", "state"),
    [
        ("Cuba freed 52 political prisoners on Friday.", "08", "state:CUB"),
        ("The Kenyan government accepted demands from striking teachers.", "08", "state:KEN"),
        ("Iranian police fired tear gas at students.", "17", "state:IRN"),
        ("Peru released 30 activists last week.", "08", "state:PER"),
    ],
)
def test_people_named_by_sector_alone_are_the_acting_states_own(facts, text, code, state):
    (event,) = [e for e in _events(facts, text) if e.cameo[:2] == code]
    assert event.agents == (state,)
    assert event.targets == (state,)


@pytest.mark.parametrize(
    "text",
    [
        "Labour attacked teachers over their pay claim.",
        "The Tories promised students lower fees.",
    ],
)
def test_a_partys_acts_upon_people_are_not_its_states(facts, text):
    assert not [e for e in _events(facts, text) if any(t.startswith("state:") for t in e.targets)]


def test_people_of_another_state_stay_theirs(facts):
    (event,) = [e for e in _events(facts, "Egypt freed 20 Sudanese prisoners.") if e.cameo[:2] == "08"]
    assert event.targets == ("state:SDN",)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands of Greek workers went on strike on Tuesday.", "143"),
        ("Greek teachers went on strike.", "143"),
        ("Dozens of Turkish students went on hunger strike.", "142"),
    ],
)
def test_going_on_strike_is_a_strike_upon_the_own_state(facts, text, code):
    (event,) = [e for e in _events(facts, text) if e.cameo[:2] == "14"]
    assert event.cameo == code
    assert event.agents == event.targets


def test_counted_people_keep_their_sector(facts):
    (event,) = [e for e in _events(facts, "Thousands of Greek workers demonstrated.") if e.cameo[:2] == "14"]
    assert event.agents == ("state:GRC",)
    assert event.targets == ("state:GRC",)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("India and Japan held naval drills in the Pacific.", ("state:IND", "state:JPN")),
        ("Russia launched joint war games with Belarus.", ("state:RUS",)),
        ("Russia held joint military exercises with China.", ("state:RUS",)),
    ],
)
def test_exercises_of_two_states_together_are_military_cooperation(facts, text, agents):
    found = [e for e in _events(facts, text) if e.cameo[:2] in ("06", "15")]
    assert found
    assert {e.cameo for e in found} == {"062"}
    assert found[0].agents == agents


@pytest.mark.parametrize(
    "text",
    ["Russia launched war games near Japan on Monday.", "Iran held naval drills in the Gulf of Oman."],
)
def test_exercises_of_one_state_stay_a_show_of_force(facts, text):
    assert {e.cameo for e in _events(facts, text) if e.cameo[:2] in ("06", "15")} == {"150"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Nigerians staged a rally against the government.", "state:NGA"),
        ("Thousands of Kenyans staged demonstrations in Nairobi.", "state:KEN"),
    ],
)
def test_a_state_named_by_its_people_protests_at_home(facts, text, state):
    (event,) = [e for e in _events(facts, text) if e.cameo[:2] == "14"]
    assert event.agents == (state,)
    assert event.targets == (state,)


def test_one_person_named_by_sector_alone_is_the_acting_states_own(facts):
    (event,) = [
        e for e in _events(facts, "Chinese police detained a prominent dissident.") if e.cameo[:2] == "17"
    ]
    assert event.targets == ("state:CHN",)


def test_a_politician_urging_people_does_not_act_upon_the_state(facts):
    text = "Liberal Democrat leader Charles Kennedy urged students to vote on Thursday."
    assert not [e for e in _events(facts, text) if any(t.startswith("state:") for t in e.targets)]

"""Codes by class of news verb and construction (bench/frames measures the same classes):
a state's public undertaking with no one named (030), money pledged for a state's rebuilding or
handed to it (033), opposition to a proposal whatever pattern its clause matches (120), a
dismissed offer or terms (12x), a stance voiced ("expressed its support": 051), recognition of
a polity (054), and nouns made from verbs owned by an actor ("Kenya's bombing of Somalia's air
bases"). Each with paraphrases and negative controls.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, check_code_case, check_event_arguments
from factories import code_case as case

PROMISES = [
    case("Chile promised to restore power to the northern provinces within days.", "030", id="promised-to"),
    case("The Peruvian government vowed to hold a referendum on the constitution.", "030", id="vowed-to"),
    case("Bolivia pledged to open its archives by the end of the year.", "030", id="pledged-to"),
    case(
        "Ecuador's president pledged that his government would hold elections in May.",
        "030",
        id="pledged-that",
    ),
    case("The Colombian government has promised to build new roads in the region.", "030", id="has-promised"),
    # controls: a threat vowed, a refusal vowed, a party's or a person's pledge of policy
    case("Chile vowed to retaliate against Peru.", "13", id="vowed-retaliate", absent=("030",)),
    case("Hamas vowed to fight on.", None, absent=("030",), id="vowed-fight"),
    case("Iran vowed not to give up its nuclear programme.", None, absent=("030",), id="vowed-not"),
    case("Labour promised to cut taxes for working families.", None, absent=("03",), id="party-pledge"),
    case("Mr Smith promised to look into the matter.", None, absent=("03",), id="person-pledge"),
    case("The company promised to raise its dividend.", None, absent=("03",), id="company-pledge"),
]

MONEY = [
    ("Kuwait pledged $1.2 billion for the reconstruction of Lebanon.", "KWT", "LBN"),
    ("Germany has pledged 300 million euros for the rebuilding of Ukraine.", "DEU", "UKR"),
    ("Japan promised 40 million euros to Somalia.", "JPN", "SOM"),
    ("Norway pledged $20m for the recovery of Haiti after the earthquake.", "NOR", "HTI"),
]

MONEY_CONTROLS = [
    case("The chancellor pledged £2bn for new hospitals.", None, absent=("03",), id="domestic-spending"),
    case(
        "Labour pledged £300m for the rebuilding of inner-city schools.", None, absent=("033",), id="schools"
    ),
]

STANCES = [
    case(
        "Poland opposed Belarus's proposal to lift the sanctions.",
        "12",
        absent=("04",),
        id="opposed-proposal",
    ),
    case(
        "France fiercely opposed Italy's plan to reopen the talks.", "12", absent=("04",), id="opposed-plan"
    ),
    case("Israel dismissed Hamas's latest ceasefire terms as delusional.", "12", id="dismissed-terms"),
    case("Cuba dismissed the American offer of talks.", "12", absent=("04",), id="dismissed-offer"),
    case(
        "Spain expressed its support for Morocco's autonomy plan.",
        "051",
        absent=("032",),
        id="expressed-support",
    ),
    case("Austria voiced strong support for Slovenia's bid.", "051", absent=("032",), id="voiced-support"),
    case("Brazil recognised Argentina's new government.", "054", id="recognised-government"),
    case("Sweden recognised the independence of Kosovo.", "054", id="recognised-independence"),
    # controls: a case or a person dismissed, a ruling recognised, a need recognised
    case("The court dismissed the case against Mr Jones.", None, absent=("12",), id="dismissed-case"),
    case("The prime minister dismissed his finance minister.", None, absent=("12",), id="dismissed-minister"),
    case("The judge failed to recognise a House of Lords ruling.", None, absent=("054",), id="ruling"),
    case("The party recognised the need for a new leadership.", None, absent=("054",), id="need"),
]

NOUNS = [
    ("Brazil's support for Argentina's peace plan came as a surprise.", "051", "BRA", "ARG"),
    ("Canada's backing for Mexico's bid came as a surprise.", "051", "CAN", "MEX"),
    ("India's recognition of Pakistan's government surprised diplomats.", "054", "IND", "PAK"),
    ("Vietnam's arrest of two Indonesian citizens came as a surprise.", "173", "VNM", "IDN"),
    ("Kenya's bombing of Somalia's air bases drew protests.", "19", "KEN", "SOM"),
    ("Egypt's opposition to Ethiopia's proposal was expected.", "11", "EGY", "ETH"),
    ("Germany's occupation of France lasted four years.", "19", "DEU", "FRA"),
]

NOUN_CONTROLS = [
    case("Labour's support among women has fallen.", None, absent=("05",), id="support-among"),
    case("Labour's support for the bill was never in doubt.", None, absent=("05",), id="support-thing"),
    case("The release of the report was delayed.", None, absent=("08",), id="release-report"),
    case("The arrest of the suspect was a relief.", None, absent=("17",), id="arrest-no-owner"),
]


@pytest.mark.parametrize(
    ("text", "code", "mode", "negated", "absent"), PROMISES + MONEY_CONTROLS + STANCES + NOUN_CONTROLS
)
def test_frame_code(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


@pytest.mark.parametrize(("text", "agent", "target"), MONEY)
def test_money_pledged_for_a_state_is_aid_to_it(facts, text, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, "033", {S(agent)}, {S(target)})


@pytest.mark.parametrize(("text", "code", "agent", "target"), NOUNS)
def test_noun_made_from_a_verb_codes_as_the_verb(facts, text, code, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, code, {S(agent)}, {S(target)})


MORE = [
    # economic measures imposed with a verb of blows are sanctions (163); their threat is 1312
    case("Washington slapped tariffs on Mexico.", "163", absent=("18", "19", "20"), id="slap-tariffs"),
    case("Canada hit China with new tariffs on steel.", "163", absent=("19",), id="hit-with-tariffs"),
    case("The EU slapped an embargo on Syrian oil.", "163", absent=("18",), id="slapped-embargo"),
    case(
        "Beijing warned Canberra that it would impose tariffs on Australian barley.",
        "1312",
        absent=("138",),
        id="warned-tariffs",
    ),
    case(
        "Washington warned Mexico that it would slap 50 percent tariffs on Mexican steel if Mexico City did "
        "not stop Chinese metal from entering the US market.",
        "13",
        absent=("138", "18"),
        id="warned-slap-tariffs-unless",
    ),
    case("Israeli jets hit targets in Gaza with missiles.", "19", id="hit-with-missiles"),
    case("Washington warned that tariffs would hurt consumers.", None, absent=("13",), id="tariffs-hurt"),
    # a blow returned at someone with no weapon named is a retort in words (111)
    case(
        "The Greek premier fired back at Turkey, accusing Ankara of provocations.",
        "111",
        absent=("19",),
        id="fired-back",
    ),
    case(
        "The French president hit back at Washington over the trade row.",
        "111",
        absent=("19",),
        id="hit-back",
    ),
    case("Spain struck back at Morocco, calling its claims absurd.", "111", absent=("19",), id="struck-back"),
    case(
        "Israeli troops fired back at Hamas gunmen with machine guns.",
        "19",
        absent=("111",),
        id="fired-back-guns",
    ),
    # a standing refusal or an inability to comment is declining comment (011)
    case(
        "The Kremlin said it was not in a position to comment on the incident.", "011", id="not-in-a-position"
    ),
    case(
        'The Israeli military said it was "not in a position to comment" on the incident.',
        "011",
        id="quoted-position",
    ),
    case("The Kremlin said it was not able to comment on the report.", "011", id="not-able"),
    case(
        '"We never comment on operational matters," a French defence ministry spokesman said.',
        "011",
        id="never-comment",
    ),
    case(
        'Spokesman Ian Kerr said only: "We don\'t comment on intelligence matters."', "011", id="dont-comment"
    ),
    case("Blair and Chirac did not discuss Iran at the summit.", None, absent=("011",), id="did-not-discuss"),
    case("Ministers said they were able to discuss the budget.", None, absent=("011",), id="able-to-discuss"),
]

MONEY_HANDED = [
    ("France gave Jordan 500 million euros in budget support on Monday.", "07", "FRA", "JOR"),
    ("Japan sent $40 million to Haiti after the earthquake.", "07", "JPN", "HTI"),
    ("Germany gave Ukraine 2 billion euros last year.", "07", "DEU", "UKR"),
    ("Norway lent Ghana $300 million for road building.", "071", "NOR", "GHA"),
    ("Oman handed Yemen $25 million to pay civil servants.", "071", "OMN", "YEM"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), MORE)
def test_frame_code_more(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


@pytest.mark.parametrize(("text", "code", "agent", "target"), MONEY_HANDED)
def test_money_handed_to_a_state_is_aid(facts, text, code, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, code, {S(agent)}, {S(target)})


def test_money_handed_to_no_state_is_no_aid(facts):
    for text in ("The chancellor gave £5m to schools.", "Brown gave the NHS £2bn."):
        assert not [e for e in facts(text, TABLE_DATE).events if e.cameo.startswith("07")], text


REFRAINING = [
    # an undertaking to refrain is no intent to do the act, nor the act
    case("Iran pledged not to visit Iraq.", None, absent=("03", "04"), id="pledged-not"),
    case(
        "Chile's government vowed not to negotiate with the kidnappers.",
        None,
        absent=("03", "04"),
        id="vowed-not",
    ),
    case("Serbia promised not to meet the rebels.", None, absent=("03", "04"), id="promised-not"),
    case("Iran pledged to visit Iraq.", "036", id="pledged-control"),
    # a halt to acts of force proposed is a truce proposed (0356); a walkout's end is none
    case("Moscow proposed a 30-day halt to strikes on energy infrastructure.", "0356", id="halt-strikes"),
    case("A 30-day halt to strikes on power plants was proposed by Moscow.", "0356", id="halt-passive"),
    case("Russia proposed a halt to air strikes.", "0356", id="halt-air-strikes"),
    case("The RMT union proposed an end to the strike.", None, absent=("0356",), id="walkout-end"),
    case("France proposed a halt to the talks.", None, absent=("0356",), id="halt-talks"),
    # opposition to a proposal in the passive
    case(
        "Mexico's proposal to lift the sanctions was opposed by Canada.",
        "12",
        absent=("04",),
        id="opposed-passive",
    ),
    # a court dismissing appeals rejects no one; a noun done to its possessor needs its "of" object
    case("Three Appeal Court judges dismissed both appeals.", None, absent=("12",), id="court-appeals"),
    case("He was sent to the camp following his arrest in Zambia.", None, absent=("17",), id="his-arrest"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), REFRAINING)
def test_frame_code_refraining(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("India's threat of sanctions against Pakistan came as a surprise.", "1312", "IND", "PAK"),
        ("China's threat of force against Taiwan alarmed Japan.", "138", "CHN", "TWN"),
    ],
)
def test_threat_noun_is_aimed_where_its_act_is(facts, text, code, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, code, {S(agent)}, {S(target)})


CRITICISM_BLOCK = [
    case("Austria scolded Hungary for its handling of the migrant crisis.", "111", id="scolded"),
    case("Austria reprimanded Hungary over the border fence.", "111", id="reprimanded"),
    case(
        "The Hungarian foreign minister chided the European Commission for its attitude.",
        "111",
        id="chided-org",
    ),
    case("Peru admonished Chile for the remarks.", "111", id="admonished"),
    case("The teacher scolded the pupils.", None, absent=("11",), id="scolded-no-one-named"),
    case("She lectured students at Oxford for ten years.", None, absent=("11",), id="lectured-students"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), CRITICISM_BLOCK)
def test_criticism_block_verbs_criticise_whom_they_name(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Labour wants Mr Howard sacked.", ORG("Labour Party"), P("Howard")),
        ("The Tories want Mr Blunkett removed from office.", ORG("Conservative Party"), P("Blunkett")),
    ],
)
def test_wanting_someone_removed_appeals_for_a_change_of_leader(facts, text, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, "0241", {agent}, {target})


def test_wanting_a_thing_replaced_asks_nothing(facts):
    assert not [
        e
        for e in facts("She wants the kitchen replaced.", TABLE_DATE).events
        if e.cameo.startswith(("02", "10"))
    ]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Argentina was promised more aid by Brazil.", "033", "BRA", "ARG"),
        ("Argentina was offered talks by Brazil.", "036", "BRA", "ARG"),
        ("Kenya was granted a loan of $2 billion by China.", "07", "CHN", "KEN"),
    ],
)
def test_passive_with_a_retained_object_has_its_by_agent(facts, text, code, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, code, {S(agent)}, {S(target)})


def test_by_a_date_is_no_agent(facts):
    events = facts("Argentina was promised more aid by Monday.", TABLE_DATE).events
    assert not [e for e in events if e.agents], [(e.cameo, e.agents) for e in events]


WARNED_FORCE = [
    case(
        "Estonia was warned by the Kremlin that the Russian navy would open fire on any vessel.",
        "138",
        id="passive-warned-navy",
    ),
    case(
        "The Kremlin warned Estonia that the Russian navy would open fire on any vessel.",
        "138",
        id="warned-navy",
    ),
    # control: a consequence foretold (another's force foretold: the test below)
    case("The minister warned that the economy would suffer.", None, absent=("13",), id="economy-suffers"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), WARNED_FORCE)
def test_warning_of_the_warners_own_force(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


def test_warning_of_anothers_force_is_not_the_warners_threat(facts):
    events = facts("The UN warned that Russian troops would invade Ukraine.", TABLE_DATE).events
    assert not [e for e in events if e.cameo.startswith("13") and ORG("UN") in e.agents], events


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Sanctions on Mexico were lifted by Canada.", "08", "CAN", "MEX"),
        ("The embargo on Cuba was eased by the United States.", "08", "USA", "CUB"),
    ],
)
def test_a_measure_on_a_state_undone_in_the_passive_is_upon_that_state(facts, text, code, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, code, {S(agent)}, {S(target)})


def test_a_meeting_on_a_topic_hosted_has_no_topic_target(facts):
    events = facts("The meeting on Palestinian reform was hosted by Egypt.", TABLE_DATE).events
    assert not [e for e in events if e.targets], [(e.cameo, e.targets) for e in events]

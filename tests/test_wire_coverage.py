"""Coverage of wire text, session 5: frames and actor states written from many paraphrases
(active, nominal, light verbs, several verbs of one meaning); sentences written for this file."""

from __future__ import annotations

import pytest

DATE = "2006-05-02"


def _events(facts, text, root=None):
    return [e for e in facts(text, DATE).events if root is None or e.cameo.startswith(root)]


# -- a name of two states is the one the document names apart ---------------------------------
@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The Democratic Republic of Congo has accused Rwanda of backing rebels. "
            "Congo expelled two Rwandan diplomats on Monday.",
            "state:COD",
        ),
        (
            "Officials in Kinshasa accused Rwanda of backing rebels on Monday. "
            "Congo expelled two Rwandan diplomats on Tuesday.",
            "state:COD",
        ),
        (
            "The Republic of Congo hosted talks in Brazzaville. Congo expelled two Angolan diplomats.",
            "state:COG",
        ),
        ("Congolese troops shelled rebel positions, officials in Kinshasa said.", "state:COD"),
    ],
)
def test_a_name_of_two_states_is_the_one_named_apart(facts, text, state):
    acts = [e for e in facts(text, DATE).events if e.cameo[:2] in ("16", "19")]
    assert acts
    assert all(e.agents == (state,) for e in acts)


def test_a_name_of_two_states_alone_is_the_one_news_means(facts):
    # (CAMEO gold reads a bare "Congo" / "Congolese" as the Democratic Republic: "fighting in
    # eastern Congo", "Congolese refugees"; the state table's default reading)
    acts = [
        e
        for e in facts("Congo expelled two Rwandan diplomats on Monday.", DATE).events
        if e.cameo[:2] == "16"
    ]
    assert acts
    assert all(e.agents == ("state:COD",) for e in acts)


def test_a_name_of_two_states_both_named_apart_stays_undecided(facts):
    # (the two capitals trading accusations do act: only the expulsion's "Congo" is in question)
    text = "Kinshasa and Brazzaville traded accusations. Congo expelled two Rwandan diplomats."
    for event in facts(text, DATE).events:
        if event.trigger.lower().startswith("expel"):
            assert not {"state:COD", "state:COG"} & set(event.agents)


# -- a hunger strike is 142 whatever verb begins, stages or continues it ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Turkish prisoners began a hunger strike on Monday.",
        "Turkish prisoners started a hunger strike in Ankara.",
        "Ethiopian students continued their hunger strike in Addis Ababa.",
        "Kenyan teachers launched a hunger strike on Monday.",
        "Egyptian activists went on hunger strike to protest against the ban.",
    ],
)
def test_a_hunger_strike_is_a_hunger_strike(facts, text):
    assert [e.cameo for e in _events(facts, text, "14")] == ["142"]


def test_a_plain_strike_stays_a_strike(facts):
    assert [e.cameo for e in _events(facts, "Kenyan teachers launched a strike on Monday.", "14")] == ["143"]


# -- an appeal named by a noun: made, renewed, issued, repeated --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya renewed its appeal to Uganda to extradite the suspects.",
        "Kenya made an urgent appeal to Uganda to extradite the suspects.",
        "Kenya issued an appeal to Uganda for restraint.",
        "Kenya made a plea to Uganda to release the hostages.",
        "Kenya's appeal to Uganda was ignored.",
    ],
)
def test_an_appeal_to_someone_is_an_appeal(facts, text):
    (event,) = _events(facts, text, "02")
    assert event.agents == ("state:KEN",)
    assert event.targets == ("state:UGA",)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan lawyer lodged an appeal against the verdict.",
        "Mr Odinga won his appeal against the ruling.",
        "The appeal court in Nairobi upheld the sentence.",
    ],
)
def test_a_legal_appeal_is_no_appeal_to_anyone(facts, text):
    assert not _events(facts, text, "02")


# -- attackers no state names act for the state it happened in (CAMEO's PAKUAF) ---------------
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Gunmen killed two Chinese engineers in Quetta.", "state:PAK", "state:CHN"),
        ("Insurgents killed three American soldiers in Ramadi.", "state:IRQ", "state:USA"),
        ("Three American soldiers were killed by insurgents in Ramadi.", "state:IRQ", "state:USA"),
        ("Militants ambushed a Kenyan convoy in Somalia.", "state:SOM", "state:KEN"),
        ("A roadside bomb killed two American soldiers near Kandahar.", "state:AFG", "state:USA"),
        ("Two British soldiers were killed by a roadside bomb in Basra.", "state:IRQ", "state:GBR"),
        ("A Kenyan journalist was killed in a car bomb explosion in Mogadishu.", "state:SOM", "state:KEN"),
    ],
)
def test_unnamed_attackers_act_for_the_state_it_happened_in(facts, text, agent, target):
    (event,) = _events(facts, text, "1")
    assert event.agents == (agent,)
    assert event.targets == (target,)
    (argument,) = [a for a in event.arguments if a.entity == agent and a.role == "agent"]
    assert argument.sector in ("UAF", "REB", "INS")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled Juba, killing 20 people.",
        "Gunmen killed four Pakistani policemen in Quetta.",
        "A suicide bomber killed twelve Afghan soldiers in Kabul.",
    ],
)
def test_unnamed_attackers_at_home_are_their_states(facts, text):
    acts = _events(facts, text, "1")
    assert acts
    assert len({e.agents for e in acts}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # no attacker word: nobody is named, no one is made up
        "Ten Russian soldiers were killed in Ukraine on Monday.",
        # a bomb at home upon no one of another state: nobody acting named
        "Fifty-two people were killed in the bombings in London.",
        "A bomb exploded in a market in Baghdad.",
        # whose troops or police: the sentence does not say
        "Troops killed ten civilians in Grozny.",
        "Five Syrian civilians were killed in an air strike by government forces.",
        # no place of a state: no state
        "Gunmen killed two engineers on Monday.",
    ],
)
def test_no_attacker_is_made_up(facts, text):
    assert not _events(facts, text, "1")


# -- "anti-" and "pro-" name a stance, not a state's people -----------------------------------
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The anti-Syria journalist was arrested by Lebanese police.", "state:SYR"),
        ("Iraqi police arrested an anti-American cleric.", "state:USA"),
        ("Iraqi police arrested a pro-Syria politician.", "state:SYR"),
        ("Pro-Russian separatists attacked Ukrainian troops in Donetsk.", "state:RUS"),
    ],
)
def test_a_stance_towards_a_state_is_not_its_people(facts, text, absent):
    for event in facts(text, DATE).events:
        assert absent not in event.agents + event.targets


# -- "Western Cambodia", "South Lebanon": a part of the state ----------------------------------
@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("Western Cambodia", "KHM"),
        ("South Lebanon", "LBN"),
        ("Northern Iraq", "IRQ"),
        ("Southern Guyana", "GUY"),
        ("Northern Ireland", None),  # a region of its own
        ("East Germany", None),  # a state of its own
        ("South Sudan", None),
        ("Eastern Europe", None),
    ],
)
def test_a_direction_before_a_state_names_a_part_of_it(form, iso3):
    from newsgraph.extractors.states import place_state

    found = place_state(form)
    assert (found.iso3 if found else None) == iso3


def test_a_place_in_a_part_of_a_state_is_upon_the_state(facts):
    (event,) = _events(facts, "Israeli troops raided villages in South Lebanon.", "19")
    assert event.targets == ("state:LBN",)


# -- a blockade imposed, tightened, stepped up, enforced or kept is a blockade (191) -----------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya imposed a naval blockade on Somalia.", "191"),
        ("The Kenyan blockade of Somalia began on Monday.", "191"),
        ("Kenya tightened the blockade of Somalia.", "191"),
        ("Kenya stepped up its blockade of Somalia.", "191"),
        ("Kenya enforced a blockade of Somalia.", "191"),
        ("Kenya maintained its blockade of Somalia.", "191"),
        ("Kenya tightened sanctions on Somalia.", "163"),
        ("Kenya widened sanctions against Somalia.", "163"),
        ("Kenya intensified air strikes on Somalia.", "195"),
        ("Kenya lifted the blockade of Somalia.", "0872"),
    ],
)
def test_more_of_the_same_act_is_that_act(facts, text, code):
    (event,) = facts(text, DATE).events
    assert (event.cameo, event.agents, event.targets) == (code, ("state:KEN",), ("state:SOM",))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya imposed martial law in Mombasa.",
        "Kenya extended martial law in Mombasa.",
        "Kenya reimposed martial law in the north.",
    ],
)
def test_martial_law_imposed_is_no_law_voted(facts, text):
    assert [e.cameo for e in facts(text, DATE).events] == ["1724"]


def test_a_law_abolished_is_still_no_sanction(facts):
    assert not facts("Kenya will abolish the law on Monday.", DATE).events


# -- people with no state who act in a place named inside the act's phrase ---------------------
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Workers went on strike in Lagos.", "state:NGA"),
        ("Teachers went on strike in Lagos.", "state:NGA"),
        ("Students went on a hunger strike in Nairobi.", "state:KEN"),
    ],
)
def test_people_striking_in_a_place_are_its_states(facts, text, state):
    (event,) = _events(facts, text, "14")
    assert event.agents == (state,)


def test_people_striking_nowhere_named_have_no_state(facts):
    assert not _events(facts, "Teachers went on strike against the cuts.", "14")


# -- people withdrawn from a state: inspectors, advisers, experts as troops and envoys ----------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya withdrew its inspectors from Sudan.",
        "Kenya withdrew its military advisers from Sudan.",
        "Kenya will withdraw its experts from Sudan.",
        "Kenya withdrew its monitors from Sudan.",
    ],
)
def test_people_withdrawn_from_a_state(facts, text):
    (event,) = _events(facts, text, "16")
    assert (event.cameo, event.agents, event.targets) == ("166", ("state:KEN",), ("state:SDN",))


@pytest.mark.parametrize(
    "text", ["Kenya withdrew its objections to the plan.", "Kenya withdrew the official statement."]
)
def test_words_withdrawn_are_no_withdrawal(facts, text):
    assert not _events(facts, text, "16")


# -- people acted upon where another state is named are there, not the actor's own --------------
@pytest.mark.parametrize(
    "text",
    [
        "Volunteers from two British aid groups delivered food to refugees in Chad.",
        "Britain delivered food to refugees in Chad.",
        "Britain sent medicine to refugees in Chad.",
    ],
)
def test_people_helped_in_another_state_are_there(facts, text):
    (event,) = _events(facts, text, "07")
    assert (event.agents, event.targets) == (("state:GBR",), ("state:TCD",))


def test_people_of_the_actors_own_place_stay_its_own(facts):
    (event,) = _events(facts, "Kenya freed 52 political prisoners in Mombasa.", "08")
    assert event.targets == ("state:KEN",)


# -- round 2: people counted or named by their trade rally where they are ---------------------
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Thousands of miners rallied in Bucharest to demand higher wages.", "state:ROU"),
        ("Hundreds of pensioners rallied outside parliament in Warsaw.", "state:POL"),
        ("A group of teachers rallied in Nairobi on Monday.", "state:KEN"),
        ("Workers rallied in the centre of Minsk.", "state:BLR"),
        ("Refugees rallied in Peshawar against the cuts.", "state:PAK"),
    ],
)
def test_people_of_a_trade_or_counted_rally_in_their_place(facts, text, state):
    rallies = _events(facts, text, "14")
    assert rallies
    assert all(e.agents == (state,) for e in rallies)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A group of Kurdish prisoners began a hunger strike in Ankara.", "state:TUR"),
        ("Inmates rioted at a prison in Lagos on Sunday.", "state:NGA"),
        ("Pensioners demonstrated outside parliament in Warsaw.", "state:POL"),
        ("On Monday, miners marched through the streets of Kiev.", "state:UKR"),
        ("Students marched through the streets of Caracas.", "state:VEN"),
    ],
)
def test_prisoners_miners_and_plurals_opening_a_sentence_act_where_they_are(facts, text, state):
    acts = _events(facts, text, "14")
    assert acts
    assert all(state in e.agents for e in acts)


@pytest.mark.parametrize(
    "text",
    [
        # two places of two states: whose people they are is not told
        "Miners marched from Kiev to Minsk on Monday.",
        # armed men or officials are not a place's people
        "Soldiers marched through the streets of Kiev.",
    ],
)
def test_no_place_state_for_two_places_or_armed_men(facts, text):
    for event in _events(facts, text, "14"):
        assert "state:UKR" not in event.agents


def test_teachers_attacking_a_plan_are_no_riot(facts):
    text = "Teachers attacked the government's plan to cut school budgets."
    assert not _events(facts, text, "145")


# -- round 2: a body named after its city is of the city's state ------------------------------
@pytest.mark.parametrize(
    ("text", "org", "state"),
    [
        ("Baghdad University students staged a protest.", "organization:baghdad-university", "state:IRQ"),
        (
            "The University of Tehran expelled two students.",
            "organization:university-of-tehran",
            "state:IRN",
        ),
        ("Kabul Radio accused Pakistan of sheltering rebels.", "organization:kabul-radio", "state:AFG"),
        ("The Lagos State Police arrested six men.", "organization:lagos-state-police", "state:NGA"),
        (
            "The Moscow City Council banned a gay pride march.",
            "organization:moscow-city-council",
            "state:RUS",
        ),
    ],
)
def test_a_body_named_after_its_city_is_part_of_the_citys_state(facts, text, org, state):
    rels = {(r.source, r.target) for r in facts(text, DATE).relations if r.relation.value == "part_of"}
    assert (org, state) in rels


@pytest.mark.parametrize(
    "text",
    [
        "The Paris Club agreed to cancel the debt of Iraq.",
        "The Minsk Group met to discuss the conflict.",
        "Envoys at the Geneva Conference agreed on a ceasefire.",
    ],
)
def test_a_gathering_named_after_a_city_is_no_body_of_its_state(facts, text):
    rels = facts(text, DATE).relations
    assert not any(
        r.relation.value == "part_of" and r.target in ("state:FRA", "state:BLR", "state:CHE") for r in rels
    )


# -- round 2: a prefixed irregular past is its verb ('retook' is retake) ----------------------
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Rebels retook the town.", "retake"),
        ("The army overran the camp at dawn.", "overrun"),
        ("They mistook the convoy for a patrol.", "mistake"),
        ("The guerrillas outran the patrol.", "outrun"),
    ],
)
def test_a_prefixed_irregular_past_has_its_verbs_lemma(nlp, text, lemma):
    verbs = [t for t in nlp(text) if t.pos_ == "VERB"]
    assert verbs[0].lemma_ == lemma
    assert verbs[0].tag_ != "VBP"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ethiopian troops retook the border town on Monday.", "state:ETH"),
        ("Vietnamese forces retook a village in Western Cambodia.", "state:VNM"),
        ("Chadian troops retook the town of Abeche on Sunday.", "state:TCD"),
    ],
)
def test_retook_is_a_recapture(facts, text, state):
    taken = _events(facts, text, "19")
    assert taken
    assert all(state in e.agents and e.modality.value == "asserted" for e in taken)


def test_a_reread_letter_stays_read(nlp):
    verbs = [t for t in nlp("He reread the letter twice.") if t.pos_ == "VERB"]
    assert verbs[0].lemma_ in ("reread", "re-read")


@pytest.mark.parametrize(
    "text",
    [
        "Flights between Dubai Jerusalem and Amman resumed on Monday.",
        "The Niamey Paris flight was cancelled after the coup.",
    ],
)
def test_places_run_together_are_no_body_of_a_state(facts, text):
    found = facts(text, DATE)
    orgs = {e.key for e in found.entities if e.kind.value == "organization"}
    rels = {(r.source, r.target) for r in found.relations if r.relation.value == "part_of"}
    assert not {(o, s) for o, s in rels if o in orgs and s in ("state:ARE", "state:NER")}


def test_a_datelines_places_are_no_body_of_a_state(facts):
    text = "DUBAI/JERUSALEM (AP) - Iran accused Israel of sabotage on Monday."
    rels = facts(text, DATE).relations
    assert not any(r.relation.value == "part_of" and r.source.startswith("organization:") for r in rels)

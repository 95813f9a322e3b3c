"""CAMEO roots of wire sentences, session 9: what a denial denies, a comment declined on or an
intent or hope is about is no event of its own; aid and peacekeepers arriving are aid, not a
visit; a political movement banned is a ban on political activity; a curb on trade is an
embargo; optimism about someone; "ties" and "relations" one thing to the dictionary; aid
announced or in a sum; pleading with someone; giving way to demands; aid trucks let in; a wire
lead's speaker as the pronoun of what it said; a crowd's "to protest". Every sentence is written
for this file; each table has negative controls."""

from __future__ import annotations

import pytest
from factories import show_events

DATE = "2025-06-02"


def _has(events, code, agent=None, target=None):
    return any(
        e.cameo.startswith(code)
        and (agent is None or agent in e.agents)
        and (target is None or target in e.targets)
        for e in events
    )


# -- a denial's content: the act denied is the denial's object, no event (negated or not) -------
@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Cambodia denied sheltering Thai rebels.", "07"),
        ("Iran on Monday denied arming Houthi rebels in Yemen.", "06"),
        ("Rwanda has denied supporting the M23 rebels in eastern Congo.", "05"),
        ("Pakistan denied that its troops had shelled Afghan villages near the border.", "19"),
        ("The Serbian president denied on Tuesday that Belgrade had supplied weapons to Ukraine.", "06"),
        ("Venezuela flatly denied that its soldiers had crossed into Guyana.", "19"),
        ("Belarus denies sending troops to Ukraine, the foreign ministry in Minsk said.", "15"),
    ],
)
def test_an_act_denied_is_no_event(facts, text, denied):
    events = facts(text, DATE).events
    assert _has(events, "016"), show_events(events)
    assert not any(e.cameo.startswith(denied) for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Uganda on Wednesday denied that its troops had crossed into South Sudan.",
            "state:UGA",
            "state:SSD",
        ),
        ("Cambodia denied sheltering Thai rebels.", "state:KHM", "state:THA"),
        (
            "The Thai government denied on Monday that its soldiers had shelled Cambodian villages.",
            "state:THA",
            "state:KHM",
        ),
    ],
)
def test_a_denial_answers_whom_the_act_denied_was_upon(facts, text, agent, target):
    events = facts(text, DATE).events
    assert _has(events, "016", agent, target), show_events(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an act told as not done in its own words keeps its event, negated
        ("Russia did not attend the meeting of Black Sea foreign ministers in Bucharest.", "04"),
        # a second act of the denier, coordinated with the denial, is told as done
        ("Cambodia denied the charges and expelled two Thai diplomats.", "16"),
    ],
)
def test_acts_beside_a_denial_stay(facts, text, code):
    events = facts(text, DATE).events
    assert _has(events, code), show_events(events)


# -- help sent that arrives: aid given (073), peacekeepers (074), no visit --------------------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Turkish rescue teams arrived in Morocco on Sunday.", "073", "state:TUR", "state:MAR"),
        (
            "Two planeloads of Chinese relief supplies arrived in Pakistan on Friday.",
            "073",
            "state:CHN",
            "state:PAK",
        ),
        ("A Japanese medical team arrived in Nepal after the earthquake.", "073", "state:JPN", "state:NPL"),
        (
            "Indian rescue workers and sniffer dogs arrived in Turkey on Tuesday.",
            "073",
            "state:IND",
            "state:TUR",
        ),
        ("Kenyan peacekeepers arrived in Haiti on Tuesday.", "074", "state:KEN", "state:HTI"),
        (
            "The first Bangladeshi peacekeeping troops have arrived in Sierra Leone.",
            "074",
            "state:BGD",
            "state:SLE",
        ),
    ],
)
def test_help_that_arrives_is_aid(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)
    assert not _has(events, "042"), show_events(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a person with an aid title visits
        ("The Turkish aid minister arrived in Morocco on Sunday.", "042"),
        ("The Turkish foreign minister arrived in Morocco on Sunday for talks.", "042"),
        # troops with no peacekeeping word arriving stay a show of force
        ("Russian troops arrived in Belarus for joint exercises.", "15"),
    ],
)
def test_other_arrivals_are_no_aid(facts, text, code):
    events = facts(text, DATE).events
    assert _has(events, code), show_events(events)
    assert not _has(events, "07"), show_events(events)


# -- a political body outlawed is a ban on political activity (1722), not an embargo --------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's government on Monday banned the ethnic Pashtun rights movement.",
        "The Egyptian government banned the Muslim Brotherhood.",
        "Bahrain banned the main Shia opposition organisation.",
        "Tajikistan banned the Islamic Renaissance Party.",
        "Russia banned the Popular Front.",
    ],
)
def test_a_political_body_banned(facts, text):
    events = facts(text, DATE).events
    assert _has(events, "1722"), show_events(events)
    assert not _has(events, "163"), show_events(events)


# -- trade curbed is an embargo (163); a curb weighed is an option considered (014) ---------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("China restricted exports of rare earths to Japan.", "163", "state:CHN", "state:JPN"),
        ("Britain limited steel imports from Turkey.", "163", "state:GBR", "state:TUR"),
        ("The European Union restricted steel imports from Turkey.", "163", None, "state:TUR"),
        ("India imposed curbs on sugar exports.", "163", "state:IND", None),
        ("Russia is considering restricting wheat exports to Kazakhstan.", "014", "state:RUS", None),
    ],
)
def test_trade_curbed(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan banned imports from India.",
        "Japan restricted journalists' access to the site.",
        "The government curbed spending.",
        "Police restricted access to the square.",
        "Exports to China rose by 5 percent.",
    ],
)
def test_other_bans_and_curbs(facts, text):
    events = facts(text, DATE).events
    assert not _has(events, "1722"), show_events(events)
    if "imports" not in text:
        assert not _has(events, "163"), show_events(events)


# -- the act an intent is about is not told as done: no talks are held by an offer to host them ---
@pytest.mark.parametrize(
    "text",
    [
        "Turkey is ready to host a new round of peace talks between Russia and Ukraine.",
        "Qatar said on Monday it was willing to host talks between the United States and Iran.",
        "Egypt has offered to host a meeting between Israeli and Palestinian leaders.",
    ],
)
def test_talks_an_intent_is_about_are_not_held(facts, text):
    events = facts(text, DATE).events
    assert _has(events, "03"), show_events(events)
    assert not _has(events, "04"), show_events(events)


def test_talks_held_beside_a_pledge_stay(facts):
    events = facts("China held talks with Russia and pledged to deepen cooperation.", DATE).events
    assert _has(events, "040", "state:CHN", "state:RUS"), show_events(events)
    assert _has(events, "03", "state:CHN"), show_events(events)


# -- optimism and pessimism about what someone named will do (013, 012) ----------------------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Japan is pessimistic that North Korea will return to the talks.", "012", "state:JPN", "state:PRK"),
        ("Germany is hopeful that Russia will resume gas deliveries.", "013", "state:DEU", "state:RUS"),
        ("France is optimistic that Italy will back the budget deal.", "013", "state:FRA", "state:ITA"),
        (
            "Turkish President Kemal Aksoy said on Wednesday he was confident that the United States "
            "would lift the sanctions.",
            "013",
            None,
            "state:USA",
        ),
    ],
)
def test_optimism_about_someone(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said she was confident of victory.",
        "Analysts are optimistic that the economy will recover.",
        "Japan is confident that its economy will grow next year.",
        "She was hopeful about her chances.",
    ],
)
def test_optimism_about_no_one_is_no_event(facts, text):
    events = facts(text, DATE).events
    assert not _has(events, "012"), show_events(events)
    assert not _has(events, "013"), show_events(events)


# -- the dictionary's "ties" patterns read "relations" and its "talks" patterns "negotiations" -----
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Algeria reduced its diplomatic relations with Morocco.", "161", "state:DZA", "state:MAR"),
        ("Qatar restored relations with Egypt on Monday.", "050", "state:QAT", "state:EGY"),
        ("Serbia strained relations with Hungary.", "160", "state:SRB", "state:HUN"),
        ("Serbia strained ties with Croatia.", "160", "state:SRB", "state:HRV"),
    ],
)
def test_ties_and_relations_are_one_thing(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell as relations between the two firms worsened.",
        "The family ties of the minister were questioned.",
    ],
)
def test_relations_spoken_of_are_no_act(facts, text):
    events = facts(text, DATE).events
    assert not _has(events, "16"), show_events(events)
    assert not _has(events, "05"), show_events(events)


# -- aid announced is aid given; a sum "in aid" is aid; its "for" or "to" names the receiver -------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        (
            "The United States announced $150 million in humanitarian assistance for Sudan on Thursday.",
            "073",
            "state:USA",
            "state:SDN",
        ),
        (
            "The United States on Thursday announced a new $400 million military aid package for Ukraine.",
            "072",
            "state:USA",
            "state:UKR",
        ),
        ("Japan announced 20 million dollars in emergency aid for Nepal.", "073", "state:JPN", "state:NPL"),
        ("Canada unveiled $30 million in aid for Haiti.", "07", "state:CAN", "state:HTI"),
        (
            "The United States has suspended $95 million in economic aid to Uganda.",
            "1621",
            "state:USA",
            "state:UGA",
        ),
    ],
)
def test_aid_announced_and_sums_of_aid(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "Britain announced cuts in aid to Rwanda.",
        "The minister announced the aid budget would rise next year.",
        "The charity announced its annual report on aid effectiveness.",
    ],
)
def test_announcements_about_aid_give_none(facts, text):
    events = facts(text, DATE).events
    assert not _has(events, "07"), show_events(events)


# -- pleading with someone is an appeal to them; what they are asked to do is no act done ---------
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Ukraine pleaded with Germany for more weapons.", "state:UKR", "state:DEU"),
        ("Kenya pleaded with Somalia on Monday to release the hostages.", "state:KEN", "state:SOM"),
        ("Lebanon pleaded with France to send aid to Beirut.", "state:LBN", "state:FRA"),
    ],
)
def test_pleading_with_someone(facts, text, agent, target):
    events = facts(text, DATE).events
    assert _has(events, "02", agent, target), show_events(events)
    assert not _has(events, "07"), show_events(events)


def test_a_plea_in_court_is_no_appeal(facts):
    events = facts("The British tourist pleaded guilty to drug smuggling in Thailand.", DATE).events
    assert not _has(events, "02"), show_events(events)


# -- the trucks and convoys of aid let in: humanitarian access allowed (0863) ----------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Israel allowed aid lorries into Gaza through the Kerem Shalom crossing on Sunday.", "state:ISR"),
        ("Israel allowed some 200 aid trucks into northern Gaza after weeks of pressure.", "state:ISR"),
        ("Sudan permitted relief convoys into Darfur on Friday.", "state:SDN"),
    ],
)
def test_aid_trucks_let_in(facts, text, agent):
    events = facts(text, DATE).events
    assert _has(events, "0863", agent), show_events(events)


def test_aid_approved_is_no_access_allowed(facts):
    events = facts("Parliament approved humanitarian aid for Ukraine.", DATE).events
    assert not _has(events, "0863"), show_events(events)


# -- giving way to demands or pressure from someone: a concession to them (080) -------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ghana conceded to demands from Britain.", "state:GBR"),
        ("Ghana gave in to pressure from the United States.", "state:USA"),
        ("Ghana bowed to pressure from the United States on Monday.", "state:USA"),
        ("Ghana caved in to demands from Britain.", "state:GBR"),
        ("Ghana bowed to Britain's demands.", "state:GBR"),
    ],
)
def test_giving_way_to_demands(facts, text, target):
    events = facts(text, DATE).events
    assert _has(events, "08", "state:GHA", target), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "The roof of the Ghanaian embassy caved in.",
        "Ghana conceded that Britain had a point.",
        "Ghana gave a speech to the assembly.",
    ],
)
def test_no_concession(facts, text):
    events = facts(text, DATE).events
    assert not _has(events, "08"), show_events(events)


# -- what a comment is declined on is a report, not an act told as done ---------------------------
@pytest.mark.parametrize(
    ("text", "target", "reported"),
    [
        (
            "A spokesman for the Egyptian foreign ministry declined to comment on Tuesday on reports "
            "that Cairo had mediated a prisoner swap between Israel and Hamas.",
            "state:ISR",
            "045",
        ),
        (
            "Egypt declined to comment on reports that it had expelled two Sudanese diplomats.",
            "state:SDN",
            "16",
        ),
        (
            "Turkey declined to comment on reports that its jets had bombed Syrian villages.",
            None,
            "19",
        ),
    ],
)
def test_a_report_left_unanswered_is_no_act(facts, text, target, reported):
    events = facts(text, DATE).events
    assert _has(events, "011", None, target), show_events(events)
    assert not _has(events, reported), show_events(events)


def test_an_act_beside_a_declined_comment_stays(facts):
    events = facts("Egypt expelled two Sudanese diplomats and declined to comment further.", DATE).events
    assert _has(events, "16", "state:EGY", "state:SDN"), show_events(events)


# -- a wire lead's speaker named by a phrase is who "it", "he" or "she" in what they said is -------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        (
            "The Japanese government said on Thursday it would provide $20 million in emergency aid "
            "to Nepal.",
            "03",
            "state:JPN",
            "state:NPL",
        ),
        (
            "Japan's foreign ministry said it would provide emergency aid to Nepal.",
            "03",
            "state:JPN",
            "state:NPL",
        ),
        (
            "The Turkish foreign minister said on Monday he would visit Greece next week.",
            "03",
            "state:TUR",
            "state:GRC",
        ),
        (
            "Indonesia's foreign minister said on Friday he was confident that Malaysia would settle "
            "the dispute.",
            "013",
            "state:IDN",
            "state:MYS",
        ),
    ],
)
def test_a_wire_leads_speaker_is_its_pronoun(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


def test_a_named_speaker_still_wins(facts):
    events = facts("Tony Blair said he would visit Washington next week.", DATE).events
    assert _has(events, "03", "person:tony-blair"), show_events(events)


# -- what a crowd does "to protest" is its protest (140); an act of protest done for it is one act --
@pytest.mark.parametrize(
    ("text", "code", "absent"),
    [
        ("Thousands of Serbians rallied in Belgrade to protest against the government.", "14", "11"),
        (
            "French farmers blocked motorways around Paris on Monday to protest against cheap imports.",
            "14",
            "11",
        ),
        ("Hundreds of Kenyan students marched to protest against fee rises.", "14", "11"),
        # an official protest made by summoning an envoy stays a complaint
        (
            "Britain summoned the Russian ambassador to protest the detention of a British diplomat.",
            "114",
            "14",
        ),
        ("Vietnam protested to China over the detention of its fishermen.", "114", "14"),
    ],
)
def test_protest_as_purpose(facts, text, code, absent):
    events = facts(text, DATE).events
    assert _has(events, code), show_events(events)
    assert not _has(events, absent), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "A US firm has said it is in final negotiations with LVMH to buy the fashion house.",
        "The German exchange said it had held talks with the LSE.",
    ],
)
def test_a_firm_described_by_its_state_is_not_the_state(facts, text):
    events = facts(text, DATE).events
    assert not any(a.startswith("state:") for e in events for a in e.agents), show_events(events)


def test_a_named_company_speaker_is_its_pronoun(facts):
    events = facts("US phone company Qwest has said it will table a new offer for MCI.", DATE).events
    assert _has(events, "03", "organization:qwest"), show_events(events)


# -- what one is confident or pessimistic will happen is hoped for, no act ------------------------
@pytest.mark.parametrize(
    ("text", "hoped"),
    [
        (
            "Indonesia's foreign minister said on Friday he was confident that Malaysia would settle "
            "the dispute.",
            "03",
        ),
        ("France is optimistic that Italy will sign the agreement.", "05"),
    ],
)
def test_what_is_hoped_for_is_no_act(facts, text, hoped):
    events = facts(text, DATE).events
    assert _has(events, "01"), show_events(events)
    assert not _has(events, hoped), show_events(events)


def test_an_act_beside_a_hope_stays(facts):
    text = (
        "Germany sent an envoy to Moscow on Monday and said it was hopeful that Russia would resume "
        "gas deliveries."
    )
    events = facts(text, DATE).events
    assert _has(events, "042", "state:DEU", "state:RUS"), show_events(events)
    assert _has(events, "013", "state:DEU", "state:RUS"), show_events(events)


def test_a_threat_a_warning_tells_stays(facts):
    text = (
        "Russia could use nuclear weapons against Ukraine if Western missiles strike deep inside "
        "Russian territory, former president Nikolai Lebedinsky warned on Thursday."
    )
    events = facts(text, DATE).events
    assert _has(events, "13", "state:RUS", "state:UKR"), show_events(events)

"""Event faults a blind audit found on real text (issue 11), as classes, on sentences written for
this file with negative controls: a condition told by a postposed inversion ("it would have been
longer had he denied the charge"), acts scheduled by "slated / tipped / pencilled in / going to /
on course to", sites met or visited at ("met survivors at Auschwitz"), a court's rulings ("threw
out the case against X" lets X go, 081; "threw out a move by X" rejects X, 120; never 160), the
year of the act that killed ("the 1984 bombing ... killed five") and of an act told as following
another ("after the death of X in 1994 he stood aside").
"""

from __future__ import annotations

import pytest
from factories import check_argument_row, show_events

from newsgraph.model import Modality

DOC_DATE = "2025-03-12"

CONDITIONS = [
    pytest.param(
        "The sentence would have been shorter had Ken Vale denied the charge.", "016", id="had-postposed"
    ),
    pytest.param(
        "Greece would have vetoed the accord had Turkey attacked Cyprus.", ("18", "19", "20"), id="had-attack"
    ),
    pytest.param(
        "Had Iran attacked Israel, the United States would have intervened.", ("19",), id="had-fronted"
    ),
    pytest.param("Supposing Iran attacked Israel, the US would respond.", ("19",), id="supposing"),
    pytest.param(
        "In the event that Syria invades Lebanon, Israel would strike back.", ("19",), id="in-the-event"
    ),
    pytest.param("In case Russia cuts off the gas, Ukraine has reserves.", ("16",), id="in-case"),
]


def test_words_of_a_condition_elsewhere_are_no_condition(facts):
    # "in case" not right before the clause's subject: an aside, the act told
    events = facts("Britain, in case anyone doubted it, criticised France.", DOC_DATE).events
    check_argument_row(events, "11", "state:GBR", "state:FRA", ())
    assert any(e.cameo.startswith("11") and e.modality is Modality.ASSERTED for e in events), show_events(
        events
    )


@pytest.mark.parametrize(("text", "code"), CONDITIONS)
def test_inverted_condition_is_no_asserted_act(facts, text, code):
    events = facts(text, DOC_DATE).events
    assert not any(
        e.cameo.startswith(code) and e.modality is Modality.ASSERTED and not e.negated for e in events
    ), show_events(events)


def test_fronted_adverb_of_the_clause_itself_is_no_condition(facts):
    # "Never had he denied ..." is told, negated or not, never hypothetical
    events = facts("Rarely had Britain criticised France so sharply.", DOC_DATE).events
    assert all(e.modality is not Modality.HYPOTHETICAL for e in events if e.cameo.startswith("11")), (
        show_events(events)
    )


SCHEDULED = [
    pytest.param("The Chinese premier is slated to visit India in April.", id="slated"),
    pytest.param("Lord Tarrant is pencilled in to meet the Saudi king in May.", id="pencilled"),
    pytest.param("The Turkish foreign minister is tipped to visit Cyprus.", id="tipped"),
    pytest.param("The Irish premier is going to meet Tony Blair on Friday.", id="going-to"),
    pytest.param("Norway's king is on course to visit Sweden in June.", id="on-course"),
]


@pytest.mark.parametrize("text", SCHEDULED)
def test_scheduled_meeting_is_not_asserted(facts, text):
    events = facts(text, DOC_DATE).events
    assert not any(
        e.cameo.startswith(("040", "042", "043")) and e.modality is Modality.ASSERTED and not e.negated
        for e in events
    ), show_events(events)


def test_went_to_meet_is_a_meeting(facts):
    events = facts("The Irish premier went to meet Tony Blair on Friday.", DOC_DATE).events
    assert any(e.cameo.startswith("04") and e.modality is Modality.ASSERTED for e in events), show_events(
        events
    )


SITES = [
    pytest.param(
        "Ruth Pelham met survivors at Auschwitz on Thursday.", "organization:auschwitz", id="town-at"
    ),
    pytest.param(
        "Claire Dobson visited wounded soldiers at Selly Oak hospital.",
        "organization:selly-oak",
        id="hospital",
    ),
]


@pytest.mark.parametrize(("text", "site"), SITES)
def test_site_is_not_the_one_met(facts, text, site):
    events = facts(text, DOC_DATE).events
    met = [e for e in events if e.cameo.startswith("04")]
    assert met, show_events(events)  # the meeting stays, without the place as its target
    assert not any(t.lower() == site for e in met for t in e.targets), show_events(events)


def test_body_met_stays_a_target(facts):
    # a body met, not a place: "held talks at NATO", "visited the United Nations"
    events = facts("Jack Straw visited the United Nations in New York.", DOC_DATE).events
    check_argument_row(events, "042", "person:jack-straw", "organization:united-nations", ())


COURTS = [
    pytest.param(
        "A Spanish court threw out the case against the Moroccan businessman.", "081", id="case-against"
    ),
    pytest.param(
        "A French judge dismissed charges against the Algerian diplomat.", "081", id="judge-dismissed"
    ),
    pytest.param("The High Court quashed the conviction of the Kenyan activist.", "081", id="quashed"),
    pytest.param("A Belgian court found the Rwandan nuns not guilty.", "081", id="not-guilty"),
    pytest.param(
        "The Scottish Executive appealed. The Court of Session threw out a move by the executive.",
        "120",
        id="move-by",
    ),
]


@pytest.mark.parametrize(("text", "code"), COURTS)
def test_court_ruling(facts, text, code):
    events = facts(text, DOC_DATE).events
    check_argument_row(events, code, None, None, ("16", "116", "016"))


def test_own_charges_dismissed_are_denied(facts):
    # not a ruling: the one charged rejects the charges against him (016)
    events = facts("Tony Blair dismissed the charges against him as nonsense.", DOC_DATE).events
    check_argument_row(events, "016", "person:tony-blair", None, ("081",))


YEARS = [
    pytest.param(
        "The 1984 bombing of the Grand Hotel by the IRA killed five people.", "1984", id="bombing-killed"
    ),
    pytest.param(
        "Russia's 1999 assault on Grozny killed thousands of civilians.", "1999", id="assault-killed"
    ),
    pytest.param(
        "Following the election in 2001, Jack Straw visited Pakistan.", "2001", id="following-in-year"
    ),
    pytest.param("During the 1999 war, Nato bombed Serbia.", "1999", id="during-year"),
    pytest.param("After the 1997 election, Tony Blair met Bill Clinton.", "1997", id="after-year"),
    pytest.param("It was in 1982 that Argentina invaded the Falklands.", "1982", id="cleft"),
    # "back" of a time, not a trip home: the visit stands, dated
    pytest.param("Back in 1997, Robin Cook visited Israel.", "1997", id="back-in-year"),
    pytest.param(
        "Gordon Brown was elected in 1983. After the death of leader John Smith in 1994 he stood aside, "
        "agreeing to give Tony Blair a clear run at the leadership.",
        "1994",
        id="after-in-year",
    ),
]


@pytest.mark.parametrize(("text", "date"), YEARS)
def test_year_of_the_act(facts, text, date):
    events = facts(text, DOC_DATE).events
    assert any(e.date == date for e in events), [(e.cameo, e.trigger, e.date) for e in events]


NOT_DATED = [
    # a day after "after" is no year: the act's own date, or none
    pytest.param("After talks on Tuesday, Jack Straw visited Pakistan.", "2025-03-11", id="after-day"),
    # "since" starts a span, no date of the act
    pytest.param(
        "Since his election in 1997, Jack Straw has visited Pakistan twice.", "1997", id="since-year"
    ),
    # a year of another noun than the act that killed
    pytest.param(
        "A bomb planted near a 1960s tower block killed two soldiers in Iraq.", "1960", id="other-noun"
    ),
    # a cleft of something else than a time; a report's date is not the act's
    pytest.param("It was reported on Monday that Iran had attacked Iraq.", "2025-03-10", id="reported-cleft"),
]


def test_arrived_back_is_no_visit(facts):
    events = facts("Robin Cook has arrived back from Israel.", DOC_DATE).events
    assert not any(e.cameo.startswith("042") for e in events), show_events(events)


@pytest.mark.parametrize(("text", "wrong"), NOT_DATED)
def test_year_not_of_the_act(facts, text, wrong):
    events = facts(text, DOC_DATE).events
    assert not any(e.date and e.date.startswith(wrong) for e in events if e.cameo[:2] != "03"), [
        (e.cameo, e.trigger, e.date) for e in events
    ]


SCHEDULED_NOUNS = [
    pytest.param("The Indian premier's planned trip to Pakistan was confirmed.", id="planned-trip"),
    pytest.param("The summit between Russia and China takes place next week.", id="takes-place-next-week"),
    pytest.param("Talks between Iran and Britain resume tomorrow.", id="resume-tomorrow"),
]


@pytest.mark.parametrize("text", SCHEDULED_NOUNS)
def test_scheduled_noun_is_not_asserted(facts, text):
    events = facts(text, DOC_DATE).events
    met = [e for e in events if e.cameo.startswith("04")]
    assert met, show_events(events)
    assert all(e.modality is not Modality.ASSERTED for e in met), show_events(events)


def test_past_noun_meeting_is_asserted(facts):
    events = facts("Talks between Iran and Britain resumed on Monday.", DOC_DATE).events
    assert any(e.cameo.startswith("04") and e.modality is Modality.ASSERTED for e in events), show_events(
        events
    )


SENTENCES = [
    pytest.param(
        "An Iranian judge handed a ten-year sentence to a British sailor.", "state:IRN", id="handed"
    ),
    pytest.param(
        "A Libyan court imposed death sentences on five Bulgarian nurses.", "state:LBY", id="imposed"
    ),
    pytest.param(
        "The Kenyan activist was remanded in custody by a Nairobi court.", "state:KEN", id="remanded"
    ),
]


@pytest.mark.parametrize(("text", "court"), SENTENCES)
def test_sentence_by_a_light_verb(facts, text, court):
    check_argument_row(facts(text, DOC_DATE).events, "173", court, None, ())


def test_letter_handed_is_no_sentence(facts):
    check_argument_row(
        facts("Tony Blair handed a letter to the French president.", DOC_DATE).events,
        None,
        None,
        None,
        ("17",),
    )

"""Responses to another's words (dismissed, laughed off, met a cool reception, reacted by saying),
findings of inquiries (found / concluded that, cleared, an inquiry's author as its agent), a thing
described with a word of blame (recall, issue 11). Invented people, real states; near misses after
each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
VOLE, BURR, PIKE = "person:ann-vole", "person:tom-burr", "person:jim-pike"

ROWS = [
    # another's words dismissed: a rejection upon their maker
    argument_row(
        "Ann Vole shrugged off claims from Tom Burr that she had lied.", "120", VOLE, BURR, id="shrugged-off"
    ),
    argument_row(
        "Canada brushed aside criticism from Germany.", "120", "state:CAN", "state:DEU", id="brushed"
    ),
    argument_row(
        "Jim Pike laughed off suggestions by Tom Burr that he would quit.", "120", PIKE, BURR, id="laughed"
    ),
    argument_row(
        "Norway waved away Russian complaints about the fishing zone.",
        "120",
        "state:NOR",
        "state:RUS",
        id="waved",
    ),
    argument_row("Ann Vole shrugged off a knee injury to win the race.", None, absent=("12",), id="injury"),
    argument_row("Jim Pike brushed aside the photographers outside court.", None, absent=("12",), id="crowd"),
    # a cold reception from someone
    argument_row(
        "Tom Burr's plan met a frosty reception from France.", "120", "state:FRA", BURR, id="frosty"
    ),
    argument_row(
        "Poland's proposal drew a cool response from Germany.", "120", "state:DEU", "state:POL", id="cool"
    ),
    argument_row("The new film met a cool reception from critics.", None, absent=("12",), id="film"),
    # words answered by saying
    argument_row(
        "Japan reacted to the Chinese warning by saying it would not back down.",
        "120",
        "state:JPN",
        "state:CHN",
        id="reacted-by-saying",
    ),
    argument_row(
        "Kenya responded to the crisis by sending troops.", None, absent=("010",), id="responded-act"
    ),
    # findings of inquiries
    argument_row(
        "Ann Vole's inquiry found that Tom Burr had misled parliament.", "112", VOLE, BURR, id="found-charge"
    ),
    argument_row(
        "The inquiry by Ann Vole criticised Tom Burr for failing to act.", "111", VOLE, BURR, id="inquiry-by"
    ),
    argument_row(
        "Judge Ann Vole concluded that Tom Burr had acted in good faith.", "010", VOLE, BURR, id="concluded"
    ),
    argument_row("Jim Pike's report cleared Tom Burr of any wrongdoing.", "010", PIKE, BURR, id="cleared"),
    argument_row("Workers cleared the site of debris.", None, absent=("01",), id="cleared-site"),
    argument_row("Scientists found that the drug was safe.", None, absent=("01", "11"), id="found-thing"),
    argument_row("Jim Pike found his keys in the car.", None, absent=("01", "11"), id="found-keys"),
    # tours and speeches abroad: a visit to the state of the place
    argument_row(
        "Former British minister Ann Vole is on a lecture tour of the United States.",
        "042",
        VOLE,
        "state:USA",
        id="tour-of",
    ),
    argument_row(
        "British MP Ann Vole gave a speech to law students in Massachusetts.",
        "042",
        VOLE,
        "state:USA",
        id="speech-abroad",
    ),
    argument_row(
        "The Irish foreign minister addressed the parliament in Canberra.",
        "042",
        "state:IRL",
        "state:AUS",
        id="addressed-abroad",
    ),
    argument_row("Jacques Chirac addressed the issue in Paris.", None, absent=("04",), id="addressed-issue"),
    argument_row(
        "Ann Vole gave a speech about her childhood in Texas to pupils in London.",
        None,
        absent=("04",),
        id="speech-about",
    ),
    argument_row(
        "Jim Pike took reporters on a tour of the building.", None, absent=("04",), id="tour-building"
    ),
    argument_row(
        "Jim Pike has begun a week-long tour to persuade voters.", None, absent=("042",), id="campaign-tour"
    ),
    # the fact stated, the one evidence links
    argument_row(
        '"The fact is that Tom Burr is there for four years," Ann Vole said.', "010", VOLE, BURR, id="fact-is"
    ),
    argument_row(
        "Jim Pike found a chain of events linked Tom Burr to the application.", "010", PIKE, BURR, id="linked"
    ),
    argument_row("Jim Pike found he had lost his keys.", None, absent=("01",), id="found-pronoun"),
    # a model cited: the state whose example it is is no target of the statement
    argument_row(
        "Ann Vole said the plans were based on policies already in force in Canada.",
        None,
        absent=("01",),
        id="based-on",
    ),
    argument_row(
        "Jim Pike said the scheme was modelled on a system used in Denmark.",
        None,
        absent=("01",),
        id="modelled",
    ),
    argument_row(
        "Jim Pike said Denmark had broken its promises on fishing.",
        "1",
        PIKE,
        "state:DNK",
        id="model-control-about",
    ),
    argument_row(
        "Ann Vole said the film was based on a novel she read in Spain.", None, absent=("01",), id="novel"
    ),
    # a want of a virtue charged
    argument_row(
        "Ann Vole said the Tories had learned nothing from their two election defeats.",
        "111",
        VOLE,
        "organization:conservative-party",
        id="learned-nothing",
    ),
    argument_row("Jim Pike said Tom Burr lacked the courage to act.", "111", PIKE, BURR, id="lacked-courage"),
    argument_row("Ann Vole said Tom Burr had no vision for the country.", "111", VOLE, BURR, id="no-vision"),
    argument_row("Ann Vole said Tom Burr had no money.", None, absent=("111",), id="no-money"),
    argument_row(
        "Ann Vole said that if Tom Burr lacked the courage, he should quit.",
        None,
        absent=("111",),
        id="if-lacked",
    ),
    argument_row(
        "Ann Vole scoffed at suggestions from Tom Burr that she would quit.", "120", VOLE, BURR, id="scoffed"
    ),
    argument_row("Ann Vole made light of Tom Burr's warning.", "120", VOLE, BURR, id="made-light"),
    # evidence found about someone
    argument_row(
        "Ann Vole found a clear link between Tom Burr and the leaked memo.",
        "010",
        VOLE,
        BURR,
        id="link-between",
    ),
    argument_row(
        "Jim Pike found evidence that minister Tom Burr had interfered.",
        "010",
        PIKE,
        BURR,
        id="evidence-that",
    ),
    argument_row("Jim Pike found a link between diet and cancer.", None, absent=("01",), id="link-things"),
    # how well someone did their work
    argument_row('Ann Vole said Tom Burr had done a "superb job".', "051", VOLE, BURR, id="superb-job"),
    argument_row("Ann Vole said Tom Burr had made a mess of the economy.", "111", VOLE, BURR, id="mess-of"),
    argument_row("Ann Vole said Tom Burr had got it badly wrong.", "111", VOLE, BURR, id="got-it-wrong"),
    argument_row("Ann Vole said Tom Burr would do a good job.", None, absent=("051",), id="would-do-job"),
    argument_row(
        "Ann Vole said Tom Burr had done the job for ten years.", None, absent=("051", "111"), id="the-job"
    ),
    # a thing of someone's described with a word of blame
    argument_row(
        "Ann Vole described the American legal code as an outdated relic.",
        "111",
        VOLE,
        "state:USA",
        id="described",
    ),
    argument_row("Ann Vole described the talks as productive.", None, absent=("111",), id="described-praise"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_responses_and_findings(facts, text, code, agent, target, absent):  # type: ignore[no-untyped-def]
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)

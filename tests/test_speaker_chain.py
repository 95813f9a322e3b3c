"""The speaker of a quotation named in the sentence before it, "they" never one person, and a
reply marked as one upon the one whose words the sentence before told (issue 11: agents that
are pronouns or the speaker of a quotation named in another sentence)."""

from __future__ import annotations

import pytest

DATE = "2025-03-12"


def _events(facts, text, code):  # type: ignore[no-untyped-def]
    return [e for e in facts(text, DATE).events if e.cameo.startswith(code)]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        pytest.param(
            "Maltese Prime Minister Paul Vella spoke to parliament in Valletta on Friday.\n\n"
            '"We deplore Libya\'s decision to seize our trawlers."',
            "11",
            "person:paul-vella",
            "state:LBY",
            id="quote-paragraph-after-speaking",
        ),
        pytest.param(
            "Chilean Foreign Minister Rosa Pardo gave an interview in Santiago on Monday. "
            '"Peru broke its word. I denounce Lima for closing the border."',
            "11",
            "person:rosa-pardo",
            "state:PER",
            id="quote-goes-on-after-giving-an-interview",
        ),
        pytest.param(
            "Green leader Tom Hale addressed the party in Leeds:\n\n"
            '"We have the best plans.\n\n"And I salute the Liberal Democrats for their courage."',
            "05",
            "person:tom-hale",
            "organization:liberal-democrats",
            id="quote-over-paragraphs-after-colon",
        ),
        pytest.param(
            "Maltese Prime Minister Paul Vella landed in Tripoli on Monday. He briefed reporters at the"
            ' airport.\n\n"We deplore the seizure of our trawlers by Libya."',
            "11",
            "person:paul-vella",
            "state:LBY",
            id="pronoun-speaking-before",
        ),
    ],
)
def test_quotation_speaker_told_by_the_sentence_before(facts, text, code, agent, target):
    events = _events(facts, text, code)
    assert any(agent in e.agents and target in e.targets for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (controls: the sentence before names someone else speaking, or no one speaking)
        pytest.param(
            "Maltese Prime Minister Paul Vella spoke to parliament in Valletta on Friday.\n\n"
            "Later, Italian minister Carla Bruni met fishermen in Sicily.\n\n"
            '"We deplore Libya\'s decision to seize our trawlers."',
            id="someone-else-between",
        ),
        pytest.param(
            'Maltese Prime Minister Paul Vella flew to Rome on Friday. "We deplore Libya\'s decision."',
            id="no-speaking-verb",
        ),
        pytest.param(
            "Maltese Prime Minister Paul Vella did not speak to parliament on Friday.\n\n"
            '"We deplore Libya\'s decision to seize our trawlers."',
            id="negated",
        ),
    ],
)
def test_no_quotation_speaker_without_one_speaking_before(facts, text):
    events = _events(facts, text, "11")
    assert not any("person:paul-vella" in e.agents for e in events), [(e.cameo, e.agents) for e in events]


def test_they_is_no_single_person(facts):
    text = "Finnish President Mikko Laine visited Tallinn on Thursday. They accused Russia of spying."
    events = _events(facts, text, "11")
    assert not any("person:mikko-laine" in e.agents or "state:FIN" in e.agents for e in events)
    # (a group subject still is: control)
    text = "Hamas officials met Egyptian mediators in Cairo on Sunday. They rejected Israel's proposal."
    assert any("organization:hamas" in e.agents for e in _events(facts, text, "12"))


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        pytest.param(
            "The Conservatives accused Labour of hiding the cost of the plan. In response, Chancellor"
            " Ruth Harper said the figures had been checked.",
            "01",
            "person:ruth-harper",
            "organization:conservative-party",
            id="in-response",
        ),
        pytest.param(
            "Liberal Democrat leader Mark Ellis said the government had lost control of the borders."
            " Home Secretary Janet Ward hit back, saying the Lib Dems had opposed every measure.",
            "111",
            "person:janet-ward",
            "person:mark-ellis",
            id="hit-back",
        ),
        pytest.param(
            "Labour's Helen Price said the Conservatives would cut the NHS budget. Tory spokesman"
            " Andrew Lane retorted that Labour had wasted billions.",
            "111",
            "person:andrew-lane",
            "person:helen-price",
            id="retorted",
        ),
        pytest.param(
            "Russia accused Poland of training saboteurs. Responding, Polish Foreign Minister Marek Lis"
            " said the claim was absurd.",
            "01",
            "person:marek-lis",
            "state:RUS",
            id="responding-own-code",
        ),
        pytest.param(
            "Opposition leader Kemal Arslan said the government had ruined the economy. Prime Minister"
            ' Selim Kaya hit back: "Mr Arslan has no plan at all."',
            "111",
            "person:selim-kaya",
            "person:kemal-arslan",
            id="hit-back-colon",
        ),
        pytest.param(
            "Opposition leader Kemal Arslan said the government had ruined the economy. Prime Minister"
            " Ayse Kaya shot back that growth was strong.",
            "111",
            "person:ayse-kaya",
            "person:kemal-arslan",
            id="shot-back",
        ),
        pytest.param(
            "Opposition leader Kemal Arslan said the government had ruined the economy. Prime Minister"
            " Ayse Kaya countered that growth was at a record high.",
            "01",
            "person:ayse-kaya",
            "person:kemal-arslan",
            id="countered",
        ),
    ],
)
def test_reply_upon_the_one_answered_before(facts, text, code, agent, target):
    events = _events(facts, text, code)
    assert any(agent in e.agents and target in e.targets for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (controls: no reply marker; a reply to something else named; the one before only acted)
        pytest.param(
            "Russia accused Poland of training saboteurs. Polish Foreign Minister Marek Lis said Warsaw"
            " would buy more tanks.",
            id="no-marker",
        ),
        pytest.param(
            "Russia accused Poland of training saboteurs. In response to the floods, Polish Foreign"
            " Minister Marek Lis said the army would help.",
            id="response-to-a-thing",
        ),
        pytest.param(
            "Russia sent troops to the border on Monday. In response, Polish Foreign Minister Marek Lis"
            " said the army was ready.",
            id="act-not-words",
        ),
    ],
)
def test_no_reply_without_marker_or_words_answered(facts, text):
    events = facts(text, DATE).events
    assert not any("person:marek-lis" in e.agents and "state:RUS" in e.targets for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


def test_blow_returned_in_arms_is_no_reply_in_words(facts):
    text = "Israel said it had killed a Hamas commander. Hamas struck back with rockets on Monday."
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("11") and "organization:hamas" in e.agents for e in events)


def test_reply_told_by_its_own_act_keeps_that_act(facts):
    text = (
        "Tony Blair said he would talk to as many people as possible. But Labour campaign chiefs say there"
        " are no plans for Mr Blair to hold a daily news conference.\n\nTory co-chairman Liam Fox responded"
        ' by accusing Mr Blair of "hiding away from the media".'
    )
    events = facts(text, DATE).events
    fox = [e for e in events if "person:liam-fox" in e.agents]
    assert any(e.cameo.startswith("112") for e in fox), [(e.cameo, e.targets) for e in fox]
    assert not any(e.cameo == "010" for e in fox), [(e.cameo, e.targets) for e in fox]


def test_response_to_a_thing_done_is_no_reply(facts):
    text = (
        "Sentences should not be cut for a guilty plea, says a new MPs' report. The Commons home affairs"
        " committee was responding to sentencing guidelines issued this summer."
    )
    assert not any(e.cameo == "010" for e in facts(text, DATE).events)

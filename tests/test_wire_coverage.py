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


@pytest.mark.parametrize(
    "text",
    [
        "Congo expelled two Rwandan diplomats on Monday.",
        # both named apart: still undecided
        "Kinshasa and Brazzaville traded accusations. Congo expelled two Rwandan diplomats.",
    ],
)
def test_a_name_of_two_states_alone_stays_undecided(facts, text):
    for event in facts(text, DATE).events:
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

"""Work going on with someone named is diplomatic cooperation (050, issue 11): "is working with",
"are collaborating with", "has worked alongside", "will co-operate with" (the British hyphenated
spelling kept one token); replies upon the one answered ("in response to X's question", "answering a
question from X"). Near misses: a career told in the plain past, work denied, a pronoun partner, the
agent's own state.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"

ROWS = [
    argument_row(
        "Charles Clarke is working with Jack Straw on the new anti-terror measures.",
        "050",
        "person:charles-clarke",
        "person:jack-straw",
        id="is-working-with",
    ),
    argument_row(
        "British detectives are collaborating with the Spanish police on the inquiry.",
        "050",
        "state:GBR",
        "state:ESP",
        id="collaborating-with",
    ),
    argument_row(
        "Germany has worked alongside France to broker a deal with Iran.",
        "050",
        "state:DEU",
        "state:FRA",
        id="has-worked-alongside",
    ),
    argument_row(
        "Pakistan is co-operating with India in the hunt for the bombers.",
        "06",
        "state:PAK",
        "state:IND",
        id="co-operating-one-token",
    ),
    argument_row(
        "In response to Michael Howard's question, Tony Blair said the figures were right.",
        "010",
        "person:tony-blair",
        "person:michael-howard",
        id="response-to-question",
    ),
    argument_row(
        "Gordon Brown was responding to a question from his Tory shadow Mr Oliver Letwin.",
        "010",
        "person:gordon-brown",
        "person:oliver-letwin",
        id="responding-to-question-from",
    ),
    argument_row(
        "Tony Blair replied to Charles Kennedy that the war had been legal.",
        "010",
        "person:tony-blair",
        "person:charles-kennedy",
        id="replied-to",
    ),
    argument_row(
        "Mr Oaten said it was far from certain that Charles Clarke would keep his promise.",
        "010",
        None,
        "person:charles-clarke",
        id="extraposed-it-that",
    ),
    argument_row(
        "Mr Oaten said it remained to be seen whether France would sign.",
        "010",
        None,
        "state:FRA",
        id="extraposed-it-whether",
    ),
    argument_row(
        "Talking about Gordon Brown, Mr Oaten said he had run the economy well.",
        "010",
        None,
        "person:gordon-brown",
        id="talking-about",
    ),
    # near misses
    argument_row(
        "Mr Oaten said it was clear that the economy was slowing.",
        None,
        absent=("01",),
        id="extraposed-no-actor",
    ),
    argument_row(
        "Tony Blair responded to the floods by sending more troops.",
        None,
        absent=("01",),
        id="responded-to-event",
    ),
    argument_row(
        "Mr Smith worked with Tony Blair at a law firm in the 1970s.",
        None,
        absent=("05", "06"),
        id="career-told",
    ),
    argument_row("Japan is not working with China on the matter.", None, absent=("05",), id="not-working"),
    argument_row("Tony Blair is working with them on the plan.", None, absent=("05",), id="pronoun-partner"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_working_with(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_co_operate_is_one_token(facts):
    from newsgraph.extractors.pipeline import load_pipeline

    doc = load_pipeline()("Britain will co-operate with Spain. Co-ordination was poor.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("co")] == ["cooperate", "coordination"]

"""Stances on another's thing, and a state's own offer (recall, issue 11).

- An evaluative predicate on someone's thing is criticism of its owner (111): "said Y's policy
  was a shambles", "called Y's decision a blunder" (the model's lemma of "shambles" is
  "shamble", so a word of tone is read as written too). Not the speaker's own thing ("his own
  plan was a mistake"), not an act in general ("it would be a mistake to ...").
- A state's own offer is its intent with no one named (030; "an offer of help" 033). Not a
  firm's or a person's bid, not an offer no one owns, not a state's policy proposals.
- A state called a friend in someone's words is praised (051); not a friend denied ("is no
  friend of", "has not been a friend"), nor a threat denied ("is no threat").
- Voting for or against a thing whose owner is named supports (051) or rejects (120) the owner.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
HOWARD, BLAIR, BROWN = "person:michael-howard", "person:tony-blair", "person:gordon-brown"
KENNEDY, CLARKE = "person:charles-kennedy", "person:charles-clarke"

JUDGED = [
    argument_row(
        "Michael Howard said Tony Blair's handling of the crisis was a shambles.",
        "111",
        HOWARD,
        BLAIR,
        id="shambles-poss",
    ),
    argument_row(
        "Charles Kennedy said Gordon Brown's pension scheme had been a costly blunder.",
        "111",
        KENNEDY,
        BROWN,
        id="blunder",
    ),
    argument_row(
        "Michael Howard said Tony Blair's decision to go to war was a grave mistake.",
        "111",
        HOWARD,
        BLAIR,
        id="mistake-said",
    ),
    argument_row(
        "Charles Kennedy called Gordon Brown's budget a fiasco.", "111", KENNEDY, BROWN, id="called-fiasco"
    ),
    argument_row(
        "Charles Kennedy said Tony Blair's consultation was a sham.", "111", KENNEDY, BLAIR, id="sham"
    ),
    argument_row(
        "Michael Howard said Tony Blair's claims on crime were nonsense.",
        "016",  # claims called nonsense are denied
        HOWARD,
        BLAIR,
        id="nonsense",
    ),
    # near misses: the speaker's own thing, an act in general, praise, an admission
    argument_row(
        "Michael Howard said his own policy had been a mistake.", None, absent=("111",), id="own-policy"
    ),
    argument_row(
        "Charles Kennedy said it would be a mistake to raise taxes now.",
        None,
        absent=("111",),
        id="general-mistake",
    ),
    argument_row(
        "Charles Kennedy said Gordon Brown's budget was a success.", None, absent=("111",), id="success"
    ),
    argument_row("Gordon Brown admitted that he had made a mistake.", None, absent=("111",), id="admitted"),
]

OFFERS = [
    argument_row(
        "Argentina's new offer would give bondholders 30 cents in the dollar.",
        "03",
        "state:ARG",
        id="state-offer",
    ),
    argument_row("Brazil's offer would cut farm subsidies by half.", "03", "state:BRA", id="state-offer-cut"),
    argument_row("Norway's offer of help came within hours.", "033", "state:NOR", id="offer-of-help"),
    argument_row("Canada made an offer of help on Monday.", "033", "state:CAN", id="made-offer-of-help"),
    # near misses: a firm's or a person's bid, an offer no one owns, a price
    argument_row(
        "Malcolm Glazer's offer for the club was turned down.", None, absent=("03",), id="person-bid"
    ),
    argument_row("Tesco's offer would pay shareholders 200p a share.", None, absent=("03",), id="firm-offer"),
    argument_row(
        "The offer would pay creditors 30 cents in the dollar.", None, absent=("03",), id="no-owner"
    ),
    argument_row(
        "The Brazilian government's proposals were criticised by farmers' groups.",
        None,
        absent=("03",),
        id="state-policy-proposals",
    ),
    argument_row(
        "Analysts in Brazil doubted that the offer was enough.", None, absent=("03",), id="doubted-offer"
    ),
]

FRIENDS = [
    argument_row(
        '"Canada has been a true friend," said Hamid Karzai of the Canadian troops in Kandahar.',
        "051",
        "person:hamid-karzai",
        "state:CAN",
        id="quoted-true-friend",
    ),
    argument_row(
        "Hamid Karzai said Japan had been a generous friend to his country.",
        "051",
        "person:hamid-karzai",
        "state:JPN",
        id="said-friend",
    ),
    # near misses: a friend denied, someone's private friend, friends visited
    argument_row(
        '"Tony Blair is no friend of Europe," said Jacques Chirac.', None, absent=("051",), id="no-friend"
    ),
    argument_row(
        '"Japan has not been a friend to us," said Hamid Karzai.', None, absent=("051",), id="not-friend"
    ),
    argument_row('"Iran is no threat to anyone," said Jacques Chirac.', None, absent=("11",), id="no-threat"),
    argument_row(
        "Hamid Karzai said his brother was a friend of the victim.", None, absent=("051",), id="kin-friend"
    ),
]

VOTES = [
    argument_row(
        "Labour backbenchers voted for the amendment moved by Charles Clarke.",
        "051",
        "organization:labour-party",
        CLARKE,
        id="for-moved-by",
    ),
    argument_row(
        "The Liberal Democrats voted against Charles Clarke's bill.",
        "12",
        "organization:liberal-democrats",
        CLARKE,
        id="against-poss",
    ),
    argument_row(
        "Tory MPs voted against the motion tabled by Tony Blair.",
        "12",
        "organization:conservative-party",
        BLAIR,
        id="against-tabled-by",
    ),
    argument_row(
        "Michael Howard voted for Tony Blair's proposal on Tuesday.", "051", HOWARD, BLAIR, id="for-poss"
    ),
    # near misses: no owner named, a vote for a party, a vote on a place
    argument_row("Most MPs voted for the bill.", None, absent=("05", "12"), id="no-owner"),
    argument_row("Voters in Hartlepool voted for Labour.", None, absent=("05",), id="for-party"),
    argument_row("France voted against the resolution.", None, absent=("12",), id="resolution"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), JUDGED + OFFERS + FRIENDS + VOTES)
def test_stance_on_things(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)

"""Round-2 CAMEO precision kinds (issue 11.3): an offer whose rejection is the sentence's act, acts
whose object is no one, and acts of force the verb dictionary codes only as synonyms.

- An offer or proposal that is the object of a rejection ("rejected Russia's offer of talks",
  "Egypt's offer was spurned by Hamas") is the rejection's background: one event, 12x, whose
  target is the offer's author, not a second intent event (03x) by the author. An offer
  welcomed or discussed is still told (tests/test_event_paraphrases.py).
- A verb whose direct object is no one or nothing ("kidnapped no one", "arrested nobody",
  "seized no vessels") is negated; a "no" inside a phrase of the object ("a ship with no flag")
  or "no fewer than" leaves the act done.
- Executions, beheadings and annexations: a person put to death is killed by physical assault
  (1823), territory annexed is occupied (192), a kidnapping told by a noun is an abduction (181);
  a contract executed or a banner hung is no act of force.
- A thing agreed to ("agreed to a ceasefire with Azerbaijan", "consented to talks") is the intent
  its noun names (0356, 036: CAMEO's 03x reads "offer, promise, agree to"), its other side the
  one it is "with"; two sides that agree ("X and Y agreed to a truce") agree with each other.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS as FORCE
from factories import argument_row as row
from factories import check_argument_row

REJECTED_OFFERS = [
    row(
        "Ukraine rejected Russia's offer of talks.",
        "12",
        "state:UKR",
        "state:RUS",
        absent=("03",),
        id="rejected",
    ),
    row(
        "Venezuela turned down Brazil's proposal to mediate.",
        "12",
        "state:VEN",
        absent=("03",),
        id="turned-down",
    ),
    row("Greece rebuffed Turkey's offer of a summit.", "12", "state:GRC", absent=("03",), id="rebuffed"),
    row(
        "Azerbaijan dismissed Iran's proposal for a regional conference.",
        "12",
        "state:AZE",
        absent=("03",),
        id="dismissed",
    ),
    row(
        "Kosovo spurned the offer by Serbia to hold talks.",
        "12",
        "state:XKX",
        absent=("03",),
        id="spurned-offer-by",
    ),
    row(
        "Mali's offer to host the negotiations was rejected by Niger.",
        "12",
        "state:NER",
        absent=("03",),
        id="passive",
    ),
    row(
        "Egypt vetoed Jordan's proposal for a joint force.",
        None,
        absent=("03",),
        id="vetoed",
    ),
    # what another put "from" them is theirs, a capital named for its state (session 9)
    row(
        "Beijing turned down a request from Washington for a meeting of defence ministers.",
        "12",
        "state:CHN",
        "state:USA",
        id="request-from-capital",
    ),
    row(
        "Moscow rejected a proposal from Germany for an exchange of prisoners.",
        "12",
        "state:RUS",
        "state:DEU",
        id="proposal-from-state",
    ),
    row(
        "Cairo rebuffed an invitation from London to a conference on Sudan.",
        "12",
        "state:EGY",
        "state:GBR",
        id="invitation-from-capital",
    ),
    # controls: an offer welcomed, discussed or made is told
    row("Syria welcomed Saudi Arabia's offer of food aid.", "033", "state:SAU", id="welcomed"),
    row("Qatar made an offer to mediate between Israel and Hamas.", "039", "state:QAT", id="made"),
    row(
        "Brazil's proposal for a trade pact with Argentina was discussed on Monday.",
        "030",
        "state:BRA",
        id="discussed",
    ),
]

NO_ONE = [
    row("The Malian army said its troops had arrested nobody.", None, absent=("17",), id="arrested-nobody"),
    row(
        "Chinese coast guards seized no vessels in the dispute.", None, absent=("17",), id="seized-no-vessels"
    ),
    row("Israeli soldiers killed no civilians in the raid.", None, absent=FORCE, id="killed-no-civilians"),
    row("Pakistani troops shot no one at the border.", None, absent=FORCE, id="shot-no-one"),
    row("Colombian police detained none of the protesters.", None, absent=("17",), id="detained-none-of"),
    row(
        "The rebels kidnapped nobody, a spokesman for Nigeria said.",
        None,
        absent=("18",),
        id="kidnapped-nobody",
    ),
    # controls: a "no" that is not the object's own leaves the act done
    row("The Indian navy seized a ship with no flag.", "17", "state:IND", id="ship-with-no-flag"),
    row(
        "Turkish police arrested no fewer than 40 Kurdish protesters.", "17", "state:TUR", id="no-fewer-than"
    ),
    row("Russian forces killed Ukrainian civilians.", "19", "state:RUS", id="killed-civilians"),
]

FORCE_WORDS = [
    row("Saudi Arabia executed two Pakistani men.", "1823", "state:SAU", "state:PAK", id="executed"),
    row("Iran hanged three Kurdish prisoners.", "1823", "state:IRN", id="hanged"),
    row("Syrian militants beheaded a Lebanese soldier.", "1823", "state:SYR", "state:LBN", id="beheaded"),
    row(
        "The execution of two activists by Belarus drew protests.",
        "1823",
        "state:BLR",
        id="execution-noun",
    ),
    row("Russia annexed the Crimean peninsula in 2014.", "192", "state:RUS", id="annexed"),
    row("Israel's annexation of the Golan Heights angered Syria.", "192", "state:ISR", id="annexation-noun"),
    row(
        "The kidnapping of two Italian aid workers by Somali gunmen shocked Rome.",
        "181",
        None,
        "state:ITA",
        id="kidnapping-noun",
    ),
    row(
        "Iraqi militants took two French journalists hostage.",
        "181",
        "state:IRQ",
        "state:FRA",
        id="took-hostage",
    ),
    # controls: a contract executed, a banner hung, a plan's execution, a prisoner hanging himself
    row(
        "The Brazilian ministry executed the contract with a German firm.", None, absent=FORCE, id="contract"
    ),
    row("Protesters hung banners outside the Iraqi embassy.", None, absent=FORCE, id="banners"),
    row("The execution of the plan by Britain was flawless.", None, absent=FORCE, id="plan-executed"),
    row("A Chinese prisoner hanged himself in his cell.", None, absent=FORCE, id="hanged-himself"),
]

AGREED_TO = [
    row(
        "Armenia agreed to a ceasefire with Azerbaijan.",
        "0356",
        "state:ARM",
        "state:AZE",
        id="ceasefire-with",
    ),
    row("Sudan agreed to a truce on Sunday.", "0356", "state:SDN", id="truce"),
    row("Georgia consented to talks with Russia.", "036", "state:GEO", id="consented-to-talks"),
    row(
        "Serbia agreed to negotiations with Kosovo.", "036", "state:SRB", "state:XKX", id="negotiations-with"
    ),
    row(
        "Thailand and Cambodia agreed to a ceasefire after days of clashes.",
        "0356",
        "state:THA",
        "state:KHM",
        id="both-sides",
    ),
    row("Peru and Chile agreed to a truce.", "0356", "state:CHL", "state:PER", id="both-sides-truce"),
    # controls: a plan or a rise agreed to is no intent named by the noun; one side proposing is no agreement
    row("Britain agreed to a rise in university fees.", None, absent=("035", "036"), id="rise"),
    row("Britain and France proposed a ceasefire in Syria.", "0356", None, None, id="proposed-not-joint"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"), REJECTED_OFFERS + NO_ONE + FORCE_WORDS + AGREED_TO
)
def test_round2_precision_kinds(facts, text, code, agent, target, absent) -> None:  # type: ignore[no-untyped-def]
    check_argument_row(facts(text).events, code, agent, target, absent)


@pytest.mark.model
def test_one_side_proposing_is_no_agreement_with_the_other(facts) -> None:  # type: ignore[no-untyped-def]
    events = facts("Britain and France proposed a ceasefire in Syria.").events
    assert not any("state:FRA" in e.targets and "state:FRA" in e.agents for e in events)

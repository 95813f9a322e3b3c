"""Codes and modality for fault kinds of the session-5 audits and meaning sets: denials of what
one's own people did, the contents of allegations, acts demanded in a "that" clause, "neither
confirm nor deny", a spokesman's "the group would fire", refusal nouns, a noun of a past clause
dated by a weekday, politicians' warnings against a vice, orders of an act, opposing a bill.
Every sentence is written for this file.

Each row: a sentence, a code prefix one event must have (None: no requirement), that event's
modality and negation, and code prefixes no unnegated event may have (``absent``).
"""

from __future__ import annotations

import pytest
from factories import check_code_case
from factories import code_case as case

from newsgraph.model import Modality

A, R, INTENDED, P = Modality.ASSERTED, Modality.REPORTED, Modality.INTENDED, Modality.PLANNED
DATE = "2024-03-14"

ROWS = [
    # -- a denial of what the denier's own people are blamed for is 016; of a plain fact, none -----
    case("Moscow denied that its troops had crossed the border.", "016", id="deny-its-troops"),
    case("Tehran denied that Iranian agents had planted the bomb.", "016", id="deny-nationality-agents"),
    case("Beijing denied that its warships had entered Philippine waters.", "016", id="deny-its-warships"),
    case("Ukraine denied that Ukrainian drones were behind the blast.", "016", id="deny-behind"),
    case("Damascus flatly denied that Syrian jets had hit the hospital.", "016", id="deny-fronted-adverb"),
    case("Mr Brown denied that the economy was slowing.", None, absent=("016",), id="deny-fact-economy"),
    case(
        "Washington denied that its economy was in recession.", None, absent=("016",), id="deny-its-economy"
    ),
    case("The minister denied that the figures showed a rise.", None, absent=("016",), id="deny-figures"),
    # -- what an allegation, a claim or a report says is not told as done ---------------------------
    case(
        "Allegations that Hungarian police had beaten migrants were rejected by Budapest.",
        "18",
        R,
        id="allegation-that-beaten",
    ),
    case(
        "Claims that Russian troops shelled the hospital were dismissed by Moscow.", "19", R, id="claims-that"
    ),
    case("Reports that Israel had bombed the convoy could not be confirmed.", "19", R, id="reports-that"),
    case(
        "Accusations that Serbia had expelled the monitors angered Brussels.",
        None,
        absent=("17",),
        id="accusations",
    ),
    case("Israeli jets bombed the convoy on Sunday.", "19", A, id="control-bombed-told"),
    # -- an act demanded in a "that" clause is asked, not done ---------------------------------------
    case(
        "Lithuania demanded on Tuesday that Belarus free the activist Anna Petrova.",
        "10",
        absent=("08",),
        id="demanded-that-release",
    ),
    case(
        "The EU demanded that Russia withdraw its troops from Georgia.",
        "10",
        absent=("08", "16"),
        id="demand-withdraw",
    ),
    case(
        "France urged that Iran release the journalist Pierre Laval.",
        None,
        absent=("08",),
        id="urged-that-free",
    ),
    case(
        "Germany insisted that Greece should cut its spending.", None, absent=("08", "17"), id="insist-should"
    ),
    case(
        "The opposition demanded that the prisoners be released.", None, absent=("08",), id="demand-passive"
    ),
    case("Britain asked that Russia expel no more diplomats.", None, absent=("17",), id="asked-that"),
    # -- "neither confirm nor deny" declines comment --------------------------------------------------
    case(
        "A Pakistani spokeswoman, Amna Rauf, would neither confirm nor deny that the general had gone.",
        "011",
        absent=("016",),
        id="neither-confirm-nor-deny",
    ),
    case("The Kremlin neither confirmed nor denied the report.", "011", absent=("016",), id="neither-past"),
    case(
        "The Pentagon would not confirm or deny that US troops had entered Syria.",
        "011",
        absent=("016",),
        id="not-confirm-or-deny",
    ),
    # -- a spokesman's "the group / its forces would fire" threatens force ---------------------------
    case(
        "Hezbollah's deputy leader, Hassan Khalil, warned that the group would fire missiles into Israel.",
        "138",
        id="group-would-fire",
    ),
    case(
        "Iran's defence minister warned that its forces would strike US bases if Washington attacked.",
        "138",
        id="its-forces-would-strike",
    ),
    case("North Korea warned that it would attack South Korea.", "138", id="it-would-attack"),
    case("The Taliban warned that their fighters would attack foreign troops.", "138", id="their-fighters"),
    case(
        "Mr Brown warned that the party would lose the election.", None, absent=("13",), id="party-would-lose"
    ),
    # -- a quoted passive act of force promised to whoever does something is a threat ---------------
    case(
        '"Any ship that enters our waters will be sunk," the Venezuelan navy warned Guyana.',
        "138",
        id="quoted-any-will-be-sunk",
    ),
    case(
        '"Anyone who crosses the border will be shot," the Turkish army warned Syria.',
        "138",
        id="quoted-anyone",
    ),
    case(
        '"If their jets enter our airspace, they will be shot down," Iran warned Israel.',
        "138",
        id="quoted-if-they",
    ),
    case(
        '"Thousands of civilians will be killed if the fighting goes on," France warned.',
        None,
        absent=("13",),
        id="quoted-forecast-no-threat",
    ),
    # -- "is not going to comment / discuss" declines comment -----------------------------------------
    case("The Foreign Office is not going to comment on the leak.", "011", id="not-going-to-comment"),
    case("The Pentagon said it was not going to discuss the report.", "011", id="said-not-going-to-discuss"),
    case(
        '"We are not going to discuss the operation," an Israeli army spokeswoman said.',
        "011",
        id="quoted-not-going-to-discuss",
    ),
    case("The Foreign Office is going to comment on the leak.", None, absent=("011",), id="going-to-comment"),
    # -- agreeing to an act that names another party is an intent, with or without a target -----------
    case("Ethiopia agreed to let UN investigators into Tigray.", "03", id="agreed-to-let"),
    case("Syria agreed to admit Red Cross inspectors to the prison.", "03", id="agreed-to-admit"),
    case("The minister agreed to step down.", None, absent=("03",), id="agreed-to-step-down"),
    case(
        "Protesters agreed to keep to a site on the other side of the River Tyne.",
        None,
        absent=("03",),
        id="agreed-place-is-no-party",
    ),
    case(
        'He said he "agreed with everything the Welsh Assembly has done".',
        None,
        absent=("03",),
        id="agreed-with",
    ),
    case(
        "Iran agreed to impose sanctions on Iraq.", "163", INTENDED, absent=("13",), id="agreed-to-sanction"
    ),
    # -- "X's refusal to Y" is a refusal, Y not done ---------------------------------------------------
    case("Serbia's refusal to join EU sanctions has angered Brussels.", "12", id="refusal-to-join"),
    case("The refusal by Hungary to sign the declaration delayed the summit.", "12", id="refusal-by"),
    case(
        "Iran's refusal to allow inspectors into the site drew condemnation.",
        "12",
        absent=("03", "08"),
        id="refusal-to-allow",
    ),
    case("Israel's refusal to comment on the report surprised nobody.", "011", id="refusal-to-comment"),
    case("Turkey's rejection of the peace plan surprised diplomats.", "12", id="rejection-of"),
    # -- a call on a weekday in a past clause has happened --------------------------------------------
    case(
        "In a phone call with the Saudi minister on Thursday, India's Rohan Mehta discussed trade.",
        "04",
        A,
        id="call-on-weekday-past",
    ),
    case("Joe Biden will hold a call with Xi Jinping on Friday.", "04", P, id="call-on-weekday-future"),
    # -- between politicians, "warned against" a vice is advice ---------------------------------------
    case(
        "Peter Mandelson warned against gloating over the economy.",
        "020",
        absent=("012", "13"),
        id="against-gloating",
    ),
    case(
        "Mr Brown cautioned his colleagues against triumphalism.",
        "020",
        absent=("012", "13"),
        id="against-vice",
    ),
    case(
        "The Tories warned against complacency on crime.",
        "020",
        absent=("012", "13"),
        id="against-complacency",
    ),
    case("Iran warned Israel against any attack on its nuclear sites.", "13", id="state-against-attack"),
    # -- an order of an act tells no one what to do: no demand -----------------------------------------
    case(
        "President Jacques Chirac ordered the destruction of the Ivorian air force.",
        None,
        absent=("10",),
        id="order-destruction",
    ),
    case(
        "The defence minister ordered an immediate withdrawal from the town.",
        None,
        absent=("10",),
        id="order-withdrawal",
    ),
    case("Washington ordered the expulsion of two Russian diplomats.", "174", id="order-expulsion-kept"),
    # -- phrasal verbs of verbal attack are criticism ------------------------------------------------
    case("Mr Howard rounded on Tony Blair over the war.", "111", id="rounded-on"),
    case("Mr Prescott tore into the Tories over pensions.", "111", id="tore-into"),
    case("Mr Galloway laid into the Labour leadership at the rally.", "111", id="laid-into"),
    case("Mr Smith inveighed against the European Union.", "111", id="inveighed-against"),
    case("Mr Smith turned round on the doorstep.", None, absent=("11",), id="turned-round-on"),
    # -- opposing a bill or a plan is a rejection, not criticism --------------------------------------
    case("Labour rebels opposed the bill on Tuesday.", "120", absent=("11",), id="opposed-bill"),
    case(
        "The Liberal Democrats plan to oppose the Bill in the Lords.",
        "120",
        INTENDED,
        absent=("11",),
        id="plan-to-oppose",
    ),
    case(
        "The Tories will oppose the government's proposals.",
        "120",
        P,
        absent=("11",),
        id="will-oppose-proposals",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_code_kinds(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, DATE).events, code, mode, negated, absent)

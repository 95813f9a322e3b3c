"""Threats, refusals, denials, declined comment and acts held back or still to come (issue 11).

Each class is read from a table of wordings (``word_lists.txt``: ``held_back``, ``imminent``,
``weighed``, ``refusing``, ``consequences``, ``devastation``; ``triggers.tsv``: the rejection and
denial rows; events.py: the rejection idioms) and from the frame that governs the act
(``meaning.frame_keys``), not from one phrase at a time:

- an act held back from ("held off on expelling", "stopped short of imposing", "has yet to
  ratify") is not done; one still to come ("is gearing up to blacklist", "on the verge of
  recognising") is planned; one weighed or left open ("is mulling sanctions", "has not ruled out
  sending") is hypothetical; "Not one of the activists has been freed" frees no one;
- refusals said in idioms ("poured cold water on X's proposal", "dug in its heels", "stood firm
  against releasing") are rejections (12x) upon the author of what is refused;
- answers of silence ("offered no response to questions about", "kept its own counsel about",
  "said nothing about") decline comment (011); "disavowed any role", "distanced itself from",
  "brushed aside claims that" deny (016);
- a clause that marks its subject for attack ("would become legitimate targets", "would be fair
  game") threatens force (138), one that says what it would pay ("would face consequences")
  threatens (130); a vow of ruin ("to turn Seoul into a sea of fire") threatens force.
Negative controls keep the words in their other senses.
"""

from __future__ import annotations

import pytest
from factories import argument_row as row
from factories import check_argument_row, show_events

CODED = [
    # refusals in idioms and verbs of spurning (12x), upon the author of what is refused
    row(
        "Hungary poured cold water on a Polish proposal for a joint border force.",
        "12",
        "state:HUN",
        "state:POL",
        id="cold-water",
    ),
    row(
        "Greece put the kibosh on a Turkish plan for joint patrols.",
        "12",
        "state:GRC",
        "state:TUR",
        id="kibosh",
    ),
    row(
        "Austria turned its back on a Slovak offer of talks.",
        "12",
        "state:AUT",
        "state:SVK",
        id="turned-back",
    ),
    row(
        "Romania pushed back against a Hungarian demand for autonomy.",
        "12",
        "state:ROU",
        "state:HUN",
        id="pushed-back",
    ),
    row("Latvia repudiated a Russian plan for the border.", "12", "state:LVA", "state:RUS", id="repudiated"),
    row(
        "The Czech senate voted down an agreement negotiated by Slovakia.",
        "12",
        None,
        "state:SVK",
        id="voted-down-prep",
    ),
    row(
        "Portugal's rebuff of a Spanish proposal angered Madrid.",
        "12",
        "state:PRT",
        "state:ESP",
        id="rebuff-noun",
    ),
    row(
        "Norway stood firm against releasing the Russian sailors.",
        "12",
        "state:NOR",
        None,
        id="stood-firm-gerund",
    ),
    row("Estonia dug in its heels over the Russian request.", "12", "state:EST", None, id="dug-in-heels"),
    # declined comment (011)
    row(
        "The Egyptian embassy offered no response to questions about the arrests.",
        "011",
        "state:EGY",
        None,
        id="no-response",
    ),
    row(
        "Kenya's foreign ministry kept its own counsel about the expulsion.",
        "011",
        "state:KEN",
        None,
        id="own-counsel",
    ),
    row("The Nigerian army said nothing about the air strike.", "011", "state:NGA", None, id="said-nothing"),
    row(
        "The Moroccan government stayed mum on the talks with Israel.",
        "011",
        "state:MAR",
        None,
        id="stayed-mum",
    ),
    row(
        "The Iraqi government maintained a studied silence on the raid.",
        "011",
        "state:IRQ",
        None,
        id="studied-silence",
    ),
    row(
        "The Serbian ministry did not answer questions about the detained journalist.",
        "011",
        "state:SRB",
        None,
        id="unanswered-questions",
    ),
    # denials (016)
    row(
        "Uganda disavowed any role in the coup attempt in Kinshasa.", "016", "state:UGA", None, id="disavowed"
    ),
    row("Belarus distanced itself from the attack on Lithuania.", "016", "state:BLR", None, id="distanced"),
    row(
        "Azerbaijan brushed aside claims that it had shelled Armenian villages.",
        "016",
        "state:AZE",
        None,
        id="brushed-aside-claims",
    ),
    row(
        "Georgia rubbished reports that it had sold arms to Russia.",
        "016",
        "state:GEO",
        None,
        id="rubbished-reports",
    ),
    row(
        "Tehran rejected any responsibility for the attack on the tanker.",
        "016",
        "state:IRN",
        None,
        id="rejected-responsibility",
    ),
    # threats
    row(
        "Russia told Norway that any NATO ships in the Barents Sea would become legitimate targets.",
        "138",
        "state:RUS",
        "state:NOR",
        id="legitimate-targets",
    ),
    row(
        "Moscow said Romanian bases hosting US missiles would be fair game for its forces.",
        "138",
        "state:RUS",
        "state:ROU",
        id="fair-game",
    ),
    row(
        "China said Australia would face consequences if it joined the patrols.",
        "13",
        "state:CHN",
        "state:AUS",
        id="face-consequences",
    ),
    row(
        "Turkey warned Greece that it would pay a heavy price for arming the islands.",
        "13",
        "state:TUR",
        "state:GRC",
        id="pay-price",
    ),
    row(
        "Iran vowed to turn Tel Aviv into a sea of fire if Israel struck its nuclear sites.",
        "138",
        "state:IRN",
        "state:ISR",
        id="sea-of-fire",
    ),
    row(
        "Serbia's army chief vowed to reduce Kosovo police posts to rubble if they entered the north.",
        "138",
        "state:SRB",
        None,
        id="rubble",
    ),
    row(
        "India's army chief warned of a crushing response to any Pakistani incursion.",
        "13",
        "state:IND",
        "state:PAK",
        id="any-defiance-target",
    ),
    # the maker hyphened before a participle is the author refused; a speaker's own arms threaten
    row(
        "Turkey rejected a US-drafted resolution on Cyprus.", "12", "state:TUR", "state:USA", id="us-drafted"
    ),
    row(
        "The Dutch senate voted down a German-backed plan for a joint army.",
        "12",
        None,
        "state:DEU",
        id="german-backed",
    ),
    row(
        "North Korea said its rockets would hit Japanese cities if Tokyo joined the drills.",
        "138",
        "state:PRK",
        "state:JPN",
        id="own-rockets",
    ),
    # negative controls
    row("Iran said its drones had hit an American base in Syria.", None, absent=("13",), id="drones-had-hit"),
    row(
        "The central bank poured cold water on hopes of a rate cut.",
        None,
        absent=("12",),
        id="cold-water-hopes",
    ),
    row("The navy sank a Russian ship in the Black Sea.", None, absent=("12",), id="sank-ship"),
    row("Protesters blocked the road to the parliament.", None, absent=("12",), id="blocked-road"),
    row(
        "NATO gave no response to the Russian exercises.",
        None,
        absent=("011",),
        id="no-response-no-questions",
    ),
    row("The streets of Kabul stayed quiet on Friday.", None, absent=("011",), id="quiet-streets"),
    row("The minister said nothing would stop the reform.", None, absent=("011",), id="nothing-would-stop"),
    row("The party distanced itself from the remarks.", None, absent=("12",), id="distanced-no-state"),
    row("Analysts said Japan would face a recession next year.", None, absent=("13",), id="face-recession"),
    row("The minister vowed to crush corruption in the ports.", None, absent=("138",), id="crush-corruption"),
    row("The ministry said the bases were targets of the raid.", None, absent=("13",), id="were-targets"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), CODED)
def test_threat_refusal_and_silence_frames(facts, text, code, agent, target, absent) -> None:  # type: ignore[no-untyped-def]
    check_argument_row(facts(text).events, code, agent, target, absent)


NOT_DONE = [
    # (sentence, code prefix of the act, that must not be asserted)
    pytest.param("Canada held off on expelling Indian diplomats.", "16", id="held-off-on"),
    pytest.param("The EU stopped short of imposing sanctions on Israel.", "16", id="stopped-short"),
    pytest.param("Ghana has yet to expel the Russian diplomats.", "16", id="has-yet-to"),
    pytest.param("Poland backed away from expelling Belarusian diplomats.", "16", id="backed-away"),
    pytest.param(
        "The European Union is gearing up to blacklist Iranian drone makers.", "16", id="gearing-up"
    ),
    pytest.param("Kenya is on the verge of recognising Somaliland.", "05", id="on-the-verge"),
    pytest.param("Japan is mulling expelling Chinese diplomats.", "16", id="mulling"),
    pytest.param("Britain has not ruled out expelling Russian diplomats.", "16", id="not-ruled-out"),
    pytest.param("Spain put off expelling the Algerian envoy.", "16", id="put-off"),
    pytest.param(
        "Not one of the 30 activists held in Minsk has been freed by the Belarusian authorities.",
        "08",
        id="not-one",
    ),
    pytest.param("Not a single Afghan refugee has been deported by Pakistan.", "17", id="not-a-single"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), NOT_DONE)
def test_act_held_back_or_to_come_is_not_asserted(facts, text, root) -> None:  # type: ignore[no-untyped-def]
    events = facts(text).events
    assert not any(
        e.cameo.startswith(root) and e.modality.value == "asserted" and not e.negated for e in events
    ), show_events(events)


DONE = [
    pytest.param("Canada expelled six Indian diplomats on Monday.", "16", id="expelled"),
    pytest.param("Not only Canada but also Britain expelled Russian diplomats.", "16", id="not-only"),
    pytest.param("Turkey did not hesitate to expel the Dutch ambassador.", "16", id="did-not-hesitate"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), DONE)
def test_act_done_stays_asserted(facts, text, root) -> None:  # type: ignore[no-untyped-def]
    events = facts(text).events
    assert any(
        e.cameo.startswith(root) and e.modality.value == "asserted" and not e.negated for e in events
    ), show_events(events)

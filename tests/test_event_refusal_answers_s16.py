"""Refusals told by an answer, a pass, a tolerance refused or a charge dismissed in the passive
(session 16, round 2, issue 11), on sentences written for this file (invented wordings, real states),
each class with negative controls:

- a negative answer given to someone's request by a verb of giving, whatever the verb ("conveyed a
  frosty reply to X's overture", "gave X's petition a flat no"): a 12x by the subject upon the owner;
- an invitation or offer passed on ("passed on X's offer", "took a pass on", "begged off"), not one
  handed on to someone ("passed on the invitation to the minister");
- a negated bearing with one's own act ("would not brook extraditing", "would not hear of deploying"):
  a 12x, the act never asserted; not "would not hear of it";
- "said it would not engage in conjecture": 011;
- a charge dismissed in the passive ("reports that ... were rubbished by Rome"): a denial (016) by the
  agent, the content never asserted.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, P, S, argument_row, check_argument_row

from newsgraph.extractors.refusals import head_words, negative_answer, table, tolerated_act

ROWS = [
    # a negative answer given to a request
    argument_row(
        "Norway conveyed a frosty reply to a Swedish overture on fishing rights.",
        "12",
        S("NOR"),
        S("SWE"),
        id="norway-conveyed-a-frosty-reply",
    ),
    argument_row(
        "Chile dispatched a firm no to Bolivia's petition for sea access.",
        "12",
        S("CHL"),
        S("BOL"),
        id="chile-dispatched-a-firm-no",
    ),
    argument_row(
        "Portugal relayed an icy answer to the Moroccan proposition on migration.",
        "12",
        S("PRT"),
        S("MAR"),
        id="portugal-relayed-an-icy-answer",
    ),
    argument_row(
        "Kenya gave a hostile response to Somalia's demand for border talks.",
        "12",
        S("KEN"),
        S("SOM"),
        id="kenya-gave-a-hostile-response",
    ),
    argument_row(
        "Peru issued a stony reply to an Ecuadorian entreaty for river patrols.",
        "12",
        S("PER"),
        S("ECU"),
        id="peru-issued-a-stony-reply",
    ),
    argument_row(
        "Finland sent a flat refusal to Estonia's plea for more artillery shells.",
        "12",
        S("FIN"),
        S("EST"),
        absent=("07",),
        id="finland-sent-a-flat-refusal",
    ),
    argument_row(
        "Egypt delivered a rebuff to the Sudanese bid for a water-sharing pact.",
        "12",
        S("EGY"),
        S("SDN"),
        id="egypt-delivered-a-rebuff",
    ),
    argument_row(
        "Vietnam returned a chilly answer to Cambodia's appeal for flood aid.",
        "12",
        S("VNM"),
        S("KHM"),
        absent=("07",),
        id="vietnam-returned-a-chilly-answer",
    ),
    argument_row(
        "Foreign Minister Jonas Varga gave a dismissive reply to Romania's call for joint patrols.",
        "12",
        P("Jonas Varga"),
        S("ROU"),
        id="varga-gave-a-dismissive-reply",
    ),
    argument_row(
        "Mongolia posted a blunt answer to a Chinese proposal for a rail link.",
        "12",
        S("MNG"),
        S("CHN"),
        id="mongolia-posted-a-blunt-answer",
    ),
    # an invitation or offer passed on
    argument_row(
        "Iceland passed on Denmark's offer of coastguard ships.",
        "12",
        S("ISL"),
        S("DNK"),
        absent=("07",),
        id="iceland-passed-on-denmark-offer",
    ),
    argument_row(
        "Ghana took a pass on an invitation from Togo to the regional summit.",
        "12",
        S("GHA"),
        S("TGO"),
        absent=("04",),
        id="ghana-took-a-pass-on-an-invitation",
    ),
    argument_row(
        "Laos begged off Thailand's invitation to the Mekong conference.",
        "12",
        S("LAO"),
        S("THA"),
        absent=("04",),
        id="laos-begged-off-thailand-invitation",
    ),
    argument_row(
        "Jordan passed on a Saudi proposal for a joint air force.",
        "12",
        S("JOR"),
        S("SAU"),
        id="jordan-passed-on-a-saudi-proposal",
    ),
    # a negated bearing of one's own act
    argument_row(
        "Uruguay would not brook extraditing the banker to Argentina.",
        "12",
        S("URY"),
        absent=("08",),
        id="uruguay-would-not-brook-extraditing",
    ),
    argument_row(
        "Prime Minister Karin Solberg would not hear of deploying troops to Mali.",
        "12",
        P("Karin Solberg"),
        absent=("08", "15"),
        id="solberg-would-not-hear-of-deploying",
    ),
    argument_row(
        "Manila would not stomach lifting the fishing ban on Chinese trawlers.",
        "12",
        S("PHL"),
        absent=("08",),
        id="manila-would-not-stomach-lifting",
    ),
    argument_row(
        "Algeria would not tolerate reopening the border with Morocco.",
        "12",
        S("DZA"),
        absent=("08",),
        id="algeria-would-not-tolerate-reopening",
    ),
    argument_row(
        "Ankara will not envisage recalling its ambassador from Athens.",
        "12",
        S("TUR"),
        id="ankara-will-not-envisage-recalling",
    ),
    argument_row(
        "Serbia would not consider recognising Kosovo as a state.",
        "12",
        S("SRB"),
        absent=("05",),
        id="serbia-would-not-consider-recognising",
    ),
    # no comment
    argument_row(
        "Asked about the leak, the Dutch foreign ministry said it would not indulge in conjecture.",
        "011",
        S("NLD"),
        id="dutch-would-not-indulge-in-conjecture",
    ),
    argument_row(
        "Moscow said it would not engage in guesswork about the crash.",
        "011",
        S("RUS"),
        id="moscow-would-not-engage-in-guesswork",
    ),
    argument_row(
        "Minister Petra Lind said she would not enter into a debate about the leaked memo.",
        "011",
        P("Petra Lind"),
        id="lind-would-not-enter-into-a-debate",
    ),
    # a charge dismissed in the passive
    argument_row(
        "Reports that Italian ships had turned back migrants were rubbished by Rome.",
        "016",
        S("ITA"),
        id="reports-rubbished-by-rome",
    ),
    argument_row(
        "Rumours that Spanish agents had bugged the embassy were shot down by Madrid.",
        "016",
        S("ESP"),
        id="rumours-shot-down-by-madrid",
    ),
    argument_row(
        "Allegations that Canadian troops had mistreated prisoners were laughed off by Ottawa.",
        "016",
        S("CAN"),
        id="allegations-laughed-off-by-ottawa",
    ),
    argument_row(
        "Claims that Hungarian police had beaten refugees were brushed aside by Budapest.",
        "016",
        S("HUN"),
        id="claims-brushed-aside-by-budapest",
    ),
    # controls
    argument_row(
        "The ambassador passed on the invitation to the French foreign minister.",
        None,
        absent=("12",),
        id="ctrl-passed-on-the-invitation-to",
    ),
    argument_row(
        "The clerk passed on the letter from the Russian embassy to the minister.",
        None,
        absent=("12",),
        id="ctrl-passed-on-the-letter",
    ),
    argument_row(
        "A contestant gave a wrong answer to the last quiz question.",
        None,
        absent=("12", "011"),
        id="ctrl-wrong-answer-quiz",
    ),
    argument_row(
        "The prime minister would not hear of it.",
        None,
        absent=("12",),
        id="ctrl-would-not-hear-of-it",
    ),
    argument_row(
        "Norway gave a warm reply to a Swedish overture on fishing rights.",
        None,
        absent=("12",),
        id="ctrl-warm-reply",
    ),
    argument_row(
        "Chile did not send a curt reply to Bolivia's petition for sea access.",
        None,
        absent=("12",),
        id="ctrl-did-not-send-a-curt-reply",
    ),
    argument_row(
        "Bolivia received a curt reply to its petition for sea access.",
        None,
        absent=("12",),
        id="ctrl-received-a-curt-reply",
    ),
    argument_row(
        "Uruguay would consider extraditing the banker to Argentina.",
        None,
        absent=("12",),
        id="ctrl-would-consider-extraditing",
    ),
    argument_row(
        "The crowd stayed silent during the minute's silence for the victims of the Madrid bombings.",
        None,
        absent=("011",),
        id="ctrl-minute-silence",
    ),
    argument_row(
        "The minister said the talks would not engage the army.",
        None,
        absent=("011",),
        id="ctrl-engage-no-speech-noun",
    ),
    argument_row(
        "Iceland passed on the proposal to the Nordic Council.",
        None,
        absent=("12",),
        id="ctrl-passed-on-the-proposal-to-a-body",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_refusal_answers(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


def test_tables_read():
    assert {"pass", "miss"} <= set(table("declining_noun"))
    assert {"countenance", "hear"} <= set(table("tolerating"))
    assert {"engage", "take", "wire"} <= head_words()


def test_negative_answer_and_tolerated_act(nlp):
    doc = nlp("Chile gave a curt reply to the request, and Peru would not countenance paying anything.")
    reply = next(t for t in doc if t.lower_ == "reply")
    paying = next(t for t in doc if t.lower_ == "paying")
    assert negative_answer(reply)
    assert tolerated_act(paying) is not None
    assert tolerated_act(paying).lower_ == "countenance"  # type: ignore[union-attr]

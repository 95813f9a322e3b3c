"""Threats read as a structure (session 14, newsgraph/extractors/threats.py), on sentences written
for this file with negative controls:

- a clause said, told, vowed or given as a warning whose subject is the speaker's own side (a
  pronoun, a state the speaker serves, "its troops", an army of the speaker's state, an agentless
  passive) with a modal or a frame of readiness ("would / could / was ready / prepared to") and a
  hostile act of the table, on a condition ("if / unless / should X ...", "in case", "in retaliation
  for", "any X that ...") or with someone told: a threat (13x) upon the condition's actor, else the
  one the act would hit; the act's own event is not kept beside it;
- nominal threats: "dangled / brandished / raised the threat / spectre / prospect of [a hostile act]
  over / against X", "vowed a crushing response to any X ...", "rattled sabres at X", "all options
  are on the table if X ...";
- not: a commentator's forecast, a danger warned of that is no one's act, "threatened to resign",
  a benign act on a condition, a negated act, a threat denied.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Kenya's defence minister said Kenya would bomb the militants' camps in Somalia"
        " if the raids continued.",
        "138",
        S("KEN"),
        id="would-bomb-if",
    ),
    argument_row(
        "Lithuania said it was prepared to shut its border with Belarus"
        " unless Minsk stopped sending migrants.",
        "13",
        S("LTU"),
        S("BLR"),
        absent=("138", "16"),
        id="prepared-to-shut-unless",
    ),
    argument_row(
        "The Dutch government said it could freeze Hungary's subsidies if Budapest ignored the court ruling.",
        "13",
        None,
        S("HUN"),
        absent=("138",),
        id="could-freeze-if",
    ),
    argument_row(
        "Egypt's army chief said Egyptian troops were ready to move into Libya"
        " should the rebels advance on Sirte.",
        "138",
        S("EGY"),
        id="troops-ready-should",
    ),
    argument_row(
        "Japan said it would expel Russian diplomats in retaliation for any new restrictions"
        " on Japanese fishermen.",
        "13",
        S("JPN"),
        S("RUS"),
        absent=("138",),
        id="in-retaliation-for-any",
    ),
    argument_row(
        "Greece vowed that its navy would sink any Turkish vessel that entered its territorial waters.",
        "138",
        S("GRC"),
        S("TUR"),
        id="vowed-any-relcl",
    ),
    argument_row(
        "Canada gave warning that it would suspend trade talks with India if New Delhi did not cooperate.",
        "13",
        S("CAN"),
        S("IND"),
        absent=("138",),
        id="gave-warning-that",
    ),
    argument_row(
        "Beijing brandished the threat of an import ban on Lithuanian goods over Vilnius's ties with Taiwan.",
        "13",
        S("CHN"),
        absent=("138",),
        id="brandished-threat-of",
    ),
    argument_row(
        "Turkey raised the spectre of sanctions against Sweden if Stockholm kept sheltering the suspects.",
        "131",
        S("TUR"),
        S("SWE"),
        id="raised-spectre-of",
    ),
    argument_row(
        "Pakistan promised a devastating response to any Indian incursion across the Line of Control.",
        "138",
        S("PAK"),
        S("IND"),
        id="promised-devastating-response",
    ),
    argument_row(
        "Russia rattled sabres at Norway over the new American bases in the Arctic.",
        "138",
        S("RUS"),
        S("NOR"),
        id="rattled-sabres-at",
    ),
    argument_row(
        "The White House said all options remained on the table if Iran resumed enrichment.",
        "13",
        None,
        S("IRN"),
        id="options-on-the-table",
    ),
    argument_row(
        "Russia drew a red line over Moldova, saying it would respond militarily"
        " to any move to absorb Transnistria.",
        "138",
        S("RUS"),
        id="participle-target-carried",
    ),
    # negative controls
    argument_row(
        "Analysts said Turkey would probably bomb Kurdish positions if the talks failed.",
        None,
        absent=("13",),
        id="analysts-forecast",
    ),
    argument_row(
        "The Red Cross warned that thousands of Yemenis would starve unless the port was reopened.",
        None,
        absent=("13",),
        id="danger-not-an-act",
    ),
    argument_row(
        "Slovenia's finance minister threatened to resign if the coalition blocked his pension reform.",
        None,
        absent=("13",),
        id="threatened-to-resign",
    ),
    argument_row(
        "Norway said it would send more aid to Sudan if the ceasefire held.",
        None,
        absent=("13",),
        id="benign-conditional",
    ),
    argument_row(
        "Finland said it would never attack Russia even if Moscow massed troops on the border.",
        None,
        absent=("13",),
        id="negated-act",
    ),
    argument_row(
        "Critics raised the prospect of new talks with Iran if the elections went smoothly.",
        None,
        absent=("13",),
        id="prospect-of-talks",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_threat_structure(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


def test_threatened_act_has_no_event_of_its_own(facts):
    events = facts(
        "Nigeria said it would cut diplomatic ties with Niger should the junta harm the president.",
        TABLE_DATE,
    ).events
    assert any(e.cameo.startswith("13") and S("NER") in e.targets for e in events), [
        (e.cameo, e.trigger) for e in events
    ]
    assert not any(e.cameo.startswith("16") for e in events), [(e.cameo, e.trigger) for e in events]

"""Whose city a force or a withdrawal is upon, a state's people addressing their own government, whom
a show of force answers, and whom a denial answers (dyads, issue 11).

"Russian forces shelled residential areas of Kharkiv", "pulled out of the town of Khiam in southern
Lebanon", "withdrew from Basra": the city or region hit or left is its state's (the place names of
``data/places.tsv``, the "in" phrase of the place), when that state is named in the document and is
not the actor's own. "Kenyan students appealed to the authorities", "Venezuela's opposition called on
the government": a state's people (civilians, students, farmers, the opposition, rights groups) ask,
demand of or blame their own state's government, CAMEO's VENOPP -> VENGOV. Controls: a state's
forces in their own city, a withdrawal from talks, an unnamed town, a government official (not the
people) addressing "the government", a call for something with no one addressed, another state's
government addressed. "put its forces on alert after China sent warships", "citing a rise in Chinese
military activity", "mobilised troops amid the dispute with Guyana": the show of force is upon the
state whose act it answers (CAMEO's TWNMIL -> CHN), not upon its own forces; controls: a place named
in the clause ("after bombings in Madrid"), no clause. "denied that its forces had fired into
Afghanistan", "declined to comment on reports that it had turned away a Sudanese army delegation": a
denial with no act coded inside it is upon the one other state its words name; controls: an act
coded inside (its target wins), a topic ("over the Iraq war", "talks with Chinese officials": no
clause of an act), two states named.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2024-03-14"


@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"),
    [
        argument_row(
            "Russian forces shelled residential areas of Kharkiv overnight, Ukrainian officials said.",
            "19",
            "state:RUS",
            "state:UKR",
            id="areas-of-city",
        ),
        argument_row(
            "Russian jets bombed the port of Odesa on Sunday, Ukraine said.",
            "19",
            "state:RUS",
            "state:UKR",
            id="port-of-city",
        ),
        argument_row(
            "Israeli troops pulled out of the town of Khiam in southern Lebanon on Friday.",
            "087",
            "state:ISR",
            "state:LBN",
            id="pulled-out-of-town-in",
        ),
        argument_row(
            "British troops withdrew from Basra on Tuesday, the Iraqi government said.",
            "087",
            "state:GBR",
            "state:IRQ",
            id="withdrew-from-city",
        ),
        argument_row(
            "Kenyan students appealed to the authorities on Monday to cut tuition fees.",
            "02",
            "state:KEN",
            "state:KEN",
            id="students-authorities",
        ),
        argument_row(
            "Venezuela's opposition called on the government on Saturday to release all political prisoners.",
            "02",
            "state:VEN",
            "state:VEN",
            id="opposition-government",
        ),
        argument_row(
            "Zimbabwean farmers criticised the government on Tuesday over land seizures.",
            "11",
            "state:ZWE",
            "state:ZWE",
            id="farmers-criticised",
        ),
        argument_row(
            "Taiwan put its forces on high alert after 20 Chinese warships were spotted near the island.",
            "15",
            "state:TWN",
            "state:CHN",
            id="alert-after-passive",
        ),
        argument_row(
            "South Korea raised its military alert level after North Korea fired a missile.",
            "15",
            "state:KOR",
            "state:PRK",
            id="alert-after-subject",
        ),
        argument_row(
            "Taiwan put its forces on heightened alert, citing a rise in Chinese military activity.",
            "15",
            "state:TWN",
            "state:CHN",
            id="alert-citing",
        ),
        argument_row(
            "Venezuela mobilised 5,000 soldiers to its border amid the territorial dispute with Guyana.",
            "15",
            "state:VEN",
            "state:GUY",
            id="mobilised-amid",
        ),
        argument_row(
            "Pakistan's foreign ministry denied that its forces had fired across the border into Afghanistan",
            "016",
            "state:PAK",
            "state:AFG",
            id="denied-clause",
        ),
        argument_row(
            "Egypt's foreign ministry declined to comment on reports that it had turned away Sudanese envoys",
            "011",
            "state:EGY",
            "state:SDN",
            id="declined-comment-reports",
        ),
        # (a favour denied is upon no one inside it: Hezbollah is no accuser; issue 11 audit, s14)
        argument_row(
            "Iran denied that it had supplied weapons to Hezbollah.",
            "016",
            "state:IRN",
            None,
            id="denied-act-coded-inside",
        ),
    ],
)
def test_struck_place_and_own_government(facts, text, code, agent, target, absent) -> None:
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    ("text", "code", "unwanted"),
    [
        pytest.param("Iraqi troops attacked Mosul on Friday.", "19", "state:IRQ", id="own-city"),
        pytest.param(
            "Russian troops withdrew from the talks in Geneva on Friday, Ukraine said.",
            None,
            "state:UKR",
            id="withdrew-from-talks",
        ),
        pytest.param(
            "Russian troops shelled the town on Friday, Ukraine said.", "19", "state:UKR", id="unnamed-town"
        ),
        pytest.param(
            "The Venezuelan foreign minister called on the government to act.",
            "02",
            "state:VEN",
            id="official",
        ),
        pytest.param(
            "Venezuela's opposition called for new elections.", "02", "state:VEN", id="no-one-addressed"
        ),
        pytest.param(
            "Venezuela's opposition called on the Colombian government to release the hostages.",
            "02",
            "state:VEN",
            id="other-government",
        ),
        pytest.param(
            "Britain raised its terror alert level after bombings in Spain.",
            None,
            "state:ESP",
            id="place-in-clause",
        ),
        pytest.param(
            "Taiwan put its navy on alert on Tuesday, China said.", "15", "state:CHN", id="no-clause"
        ),
    ],
)
def test_controls(facts, text, code, unwanted) -> None:
    events = facts(text, DATE).events
    shown = [(e.cameo, e.agents, e.targets) for e in events]
    if code is not None:
        assert any(e.cameo.startswith(code) for e in events), shown
    assert not any(unwanted in e.targets for e in events), shown

"""Light verbs and resultatives whose meaning lies in a noun or a result word (issue 11, session 16,
branch r2b; see ``extractors/lightframes.py``): words given ("gave X a reprimand", "extended Y its
compliments") or received ("won commendation from X", "Y's budget earned dismal reviews from X"),
coded by the noun (a verb's own noun by the verb dictionary, an assessment by the valence of its
modifiers); words with speaker and addressee ("an apology from X to Y"); blame placed ("laid the
responsibility on Y", "put the attack at the door of Y"); resultatives ("turned the hostages loose",
"sent the attaché packing"). Near misses: speeches given, money earned, sport, company gifts,
neutral marks, things set on a table.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2025-03-12"

ROWS = [
    # words given: the subject speaks, the one given to is the target
    argument_row(
        "Spain gave Morocco a sharp reprimand over the migrant crossings.",
        "11",
        "state:ESP",
        "state:MAR",
        id="give-reprimand",
    ),
    argument_row(
        "Austria handed Hungary a stinging censure over the media law.",
        "11",
        "state:AUT",
        "state:HUN",
        id="hand-censure",
    ),
    argument_row(
        "Finland issued a formal reproach to Russia over the airspace violation.",
        "11",
        "state:FIN",
        "state:RUS",
        id="issue-reproach-to",
    ),
    argument_row(
        "Ecuador delivered a blistering condemnation to Peru over the border clash.",
        "11",
        "state:ECU",
        "state:PER",
        id="deliver-condemnation-to",
    ),
    argument_row(
        "Italy paid Albania a warm compliment for its migration cooperation.",
        "051",
        "state:ITA",
        "state:ALB",
        id="pay-compliment",
    ),
    argument_row(
        "Norway extended its salute to Iceland for the rescue at sea.",
        "051",
        "state:NOR",
        "state:ISL",
        id="extend-salute-to",
    ),
    argument_row(
        "The IMF gave Jamaica excellent marks for its fiscal discipline.",
        "051",
        None,
        "state:JAM",
        id="give-excellent-marks",
    ),
    argument_row(
        "The European Commission gave Romania terrible grades on judicial independence.",
        "111",
        None,
        "state:ROU",
        id="give-terrible-grades",
    ),
    argument_row(
        "Brazil sent Argentina its commendation for the Antarctic rescue.",
        "051",
        "state:BRA",
        "state:ARG",
        id="send-commendation",
    ),
    argument_row(
        "Portugal heaped acclaim on Cape Verde for its peaceful election.",
        "051",
        "state:PRT",
        "state:CPV",
        id="heap-acclaim-on",
    ),
    argument_row(
        "Latvia unleashed a volley of condemnation at Belarus over the migrant pushbacks.",
        "11",
        "state:LVA",
        "state:BLR",
        id="volley-of-condemnation-at",
    ),
    argument_row(
        "Chile sent Bolivia a message of congratulation on its bicentenary.",
        "051",
        "state:CHL",
        "state:BOL",
        id="message-of-congratulation",
    ),
    argument_row(
        "Sweden expressed its condolences to Turkey after the earthquake.",
        "018",
        "state:SWE",
        "state:TUR",
        id="express-condolences-to",
    ),
    # words received: the "from" phrase speaks, the subject or its act's owner is the target
    argument_row(
        "Rwanda won commendation from the African Union for its peacekeeping.",
        "051",
        None,
        "state:RWA",
        id="win-commendation-from",
    ),
    argument_row(
        "Ghana's budget earned dismal reviews from the World Bank.",
        "111",
        None,
        "state:GHA",
        id="earn-dismal-reviews-from",
    ),
    argument_row(
        "Colombia received a stern rebuke from Venezuela over the border raid.",
        "11",
        "state:VEN",
        "state:COL",
        id="receive-rebuke-from",
    ),
    argument_row(
        "Mexico's water deal drew a reprimand from the United States.",
        "11",
        "state:USA",
        "state:MEX",
        id="draw-reprimand-from",
    ),
    argument_row(
        "Uruguay collected compliments from Paraguay for its flood relief.",
        "051",
        "state:PRY",
        "state:URY",
        id="collect-compliments-from",
    ),
    argument_row(
        "Tunisia's crackdown provoked censure from the European Parliament.",
        "11",
        None,
        "state:TUN",
        id="provoke-censure-from",
    ),
    # words with speaker and addressee, whatever the verb
    argument_row(
        "An apology from Germany to Namibia for colonial killings was published on Monday.",
        "055",
        "state:DEU",
        "state:NAM",
        id="apology-from-to",
    ),
    argument_row(
        "A rebuke from Egypt to Ethiopia over the dam was delivered in Addis Ababa.",
        "11",
        "state:EGY",
        "state:ETH",
        id="rebuke-from-to",
    ),
    # blame placed
    argument_row(
        "Georgia laid the blame for the pipeline blast on Russia.",
        "112",
        "state:GEO",
        "state:RUS",
        id="lay-blame-on",
    ),
    argument_row(
        "Sudan put the responsibility for the famine on the United Arab Emirates.",
        "112",
        "state:SDN",
        "state:ARE",
        id="put-responsibility-on",
    ),
    argument_row(
        "Somalia placed the ambush at the door of Eritrea.",
        "112",
        "state:SOM",
        "state:ERI",
        id="at-the-door-of",
    ),
    argument_row("Ukraine pinned the explosion on Russia.", "112", "state:UKR", "state:RUS", id="pin-act-on"),
    # resultatives
    argument_row(
        "Algeria turned three detained Moroccan fishermen loose on Friday.",
        "084",
        "state:DZA",
        "state:MAR",
        id="turn-loose",
    ),
    argument_row(
        "Iraq set two Turkish engineers free after a week.", "084", "state:IRQ", "state:TUR", id="set-free"
    ),
    argument_row(
        "Mali sent two French journalists packing.", "174", "state:MLI", "state:FRA", id="send-packing"
    ),
    argument_row(
        "Burkina Faso kicked two French diplomats out of the country.",
        "16",
        "state:BFA",
        "state:FRA",
        id="kick-out-of-the-country",
    ),
    # near misses
    argument_row(
        "The Finnish president gave a speech on trade in Helsinki.",
        None,
        absent=("05", "11"),
        id="speech-given",
    ),
    argument_row(
        "Nokia earned record profits from its deal with Samsung.",
        None,
        absent=("05", "11"),
        id="profits-earned",
    ),
    argument_row(
        "Mexico were sent packing by Argentina in the quarter-finals.",
        None,
        absent=("16", "17"),
        id="team-sent-packing",
    ),
    argument_row(
        "Siemens gave Alstom a batch of turbines under the contract.",
        None,
        absent=("07", "05"),
        id="company-gift",
    ),
    argument_row(
        "The examiners gave France average marks for the pilot scheme.",
        None,
        absent=("05", "11"),
        id="neutral-marks",
    ),
    argument_row(
        "Waiters set the table free of charge for the Portuguese delegation.",
        None,
        absent=("08",),
        id="table-set",
    ),
    argument_row(
        "Greece gave the prisoners free meals during the strike.", None, absent=("08",), id="free-meals"
    ),
    argument_row("Spain let the talks with Morocco go ahead.", None, absent=("08",), id="let-talks-go-ahead"),
    argument_row(
        "Japan laid a wreath on the grave of the Korean activist.", None, absent=("11",), id="wreath-laid-on"
    ),
    argument_row(
        "Germany put the emphasis on climate policy at the summit with France.",
        None,
        absent=("11",),
        id="emphasis-put-on",
    ),
    argument_row(
        "Italy sent its troops home from Lebanon.", None, absent=("17", "16"), id="troops-sent-home"
    ),
    argument_row(
        "France received an apology from Algeria for the insult.",
        "055",
        "state:DZA",
        None,
        id="received-apology-by-speaker",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_light_frame(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)

"""Codes that mean what a political news sentence says (issue 11.3), for the fault kinds of the
politics audits: warnings that threaten nothing, refusals to be drawn, complaints voiced to no
one, arrivals to stay, help that is a service, bills adopted, particles and names read as the
dictionary's words, acts a court found. Every sentence is written for this file.

Each row: a sentence, a code prefix one event must have (None: no requirement), that event's
modality and negation, and code prefixes no unnegated event may have.
"""

from __future__ import annotations

import pytest
from factories import check_code_case
from factories import code_case as case

from newsgraph.model import Modality

A, R = Modality.ASSERTED, Modality.REPORTED
DATE = "2005-03-14"
ANY = ("0", "1", "2")


ROWS = [
    # -- warnings: a threat needs an act threatened by the warner ----------------------------------
    case(
        "Union leader Tom Reid warned Health Secretary Jane Ross not to rush the reforms.",
        "020",
        absent=("13",),
        id="politician-warns-not-to-is-advice",
    ),
    case(
        "The Tories warned ministers not to raise council tax again.",
        "020",
        absent=("13",),
        id="party-warns-own-government-not-to",
    ),
    case(
        "The French government warned Britain not to block the budget deal.",
        "13",
        absent=("138",),
        id="state-warns-state-not-to-is-threat",
    ),
    case(
        "Unison warned of a national strike unless ministers dropped the pension changes.",
        "133",
        absent=("138",),
        id="union-warns-of-strike-unless",
    ),
    case(
        "Mark Dunn warned there could be walkouts at every depot unless the board changed course.",
        "133",
        id="walkouts-unless-is-asserted-threat",
    ),
    case(
        "Peter Hale warned the select committee that capping fees might look like meddling.",
        "012",
        absent=("13",),
        id="might-look-like-interference",
    ),
    case(
        "Farmers could find themselves fined under the new rules, the Green Party has warned.",
        None,
        absent=("13",),
        id="others-fined-is-no-threat-of-the-warner",
    ),
    case(
        "Anne Hart warned that a lack of action by the council could lead to legal action in Strasbourg.",
        None,
        absent=("13",),
        id="could-lead-to-action-is-forecast",
    ),
    case(
        "Jane Ross's warning drew a sharp reply from Tom Reid.", None, absent=("13",), id="bare-warning-noun"
    ),
    case(
        "Norway warned that Sweden would face sanctions if it broke the deal.",
        "13",
        id="would-face-sanctions-is-threat",
    ),
    case(
        "Norway warned Sweden that any incursion could evoke a military response.",
        "13",
        id="could-evoke-response-is-threat",
    ),
    case(
        "Scotland Yard searched two suspects in Leeds on Monday.",
        None,
        absent=("13",),
        id="a-search-is-no-threat",
    ),
    case(
        "Anne Hart said she would meet Tony Blair in London.",
        "036",
        Modality.ASSERTED,
        id="said-she-would-meet-is-planned",
    ),
    case(
        "Russia warned that it would cut off gas supplies to Ukraine.",
        "13",
        absent=("16",),
        id="warner-own-cut-off-is-threat",
    ),
    case(
        "China warned it would impose sanctions on Taiwan.",
        "131",
        absent=("16",),
        id="warner-own-sanctions-one-threat",
    ),
    case("Pakistan warned that its army would crush the uprising.", "138", id="warner-own-army-crush"),
    case(
        "The Kenyan government warned residents to stay indoors.",
        "020",
        absent=("13",),
        id="warned-to-stay-indoors-is-advice",
    ),
    case(
        "Peter Hain warned that the Conservatives would cut public services.",
        None,
        absent=("13",),
        id="another-party-cutting-is-no-threat",
    ),
    case(
        "Ministers would not rule out closing the agency, Health Secretary Jane Ross has warned.",
        "13",
        id="minister-warns-ministers-may-close",
    ),
    case(
        "Shadow health secretary Tom Reid warned that ministers would close the agency.",
        None,
        absent=("13",),
        id="shadow-minister-warns-of-ministers-act",
    ),
    case(
        "Maria Lopez, leader of the Green Party, called on Ms Hart to criticise the decision by Labour"
        " to cut the budget.",
        "020",
        absent=("11",),
        id="act-asked-for-in-an-adverbial-infinitive",
    ),
    # -- intents ----------------------------------------------------------------------------------------
    case("Norway offered to mediate between Sudan and Chad.", "039", id="offered-to-mediate"),
    case(
        "The Sudanese government promised to release 200 political prisoners.", "0353", id="promised-release"
    ),
    case(
        "Finland offered to send police officers to Kosovo.",
        "0334",
        absent=("15",),
        id="offered-to-send-police",
    ),
    case(
        "Jane Ross promised that she would meet Tom Reid after the vote.", "036", id="promised-she-would-meet"
    ),
    case("Norway said it was ready to release the two fishermen.", "0353", R, id="said-ready-to-release"),
    case("Finland is prepared to mediate between Sudan and Chad.", "039", id="prepared-to-mediate"),
    case("Tom Reid is ready to fight on.", None, absent=("03",), id="ready-to-fight-on-is-no-intent"),
    case("The Tories promised to cut taxes.", None, absent=("03",), id="policy-pledge-is-no-intent-event"),
    # -- refusals to answer -------------------------------------------------------------------------------
    case(
        "Tom Reid refused to be drawn on the timing of the vote.", "011", absent=("12",), id="refused-drawn"
    ),
    case("Anne Hart refused to be pinned down to a date.", "011", absent=("12",), id="refused-pinned-down"),
    case(
        "Jane Ross declined to lend weight to rumours of a cabinet split.",
        "011",
        absent=("12",),
        id="declined-lend-weight-to-rumours",
    ),
    case(
        "Peter Hale refused to give credence to reports that he would resign.",
        "011",
        absent=("12",),
        id="refused-credence-to-reports",
    ),
    case(
        "Anne Hart declined to back speculation about an early poll.", "011", id="declined-back-speculation"
    ),
    case(
        "The Greek prime minister Nikos Kazantzis would not comment on the report.",
        "011",
        id="would-not-comment",
    ),
    case(
        "Peter Hale did not say whether he would stand.", None, absent=("011",), id="did-not-say-is-nothing"
    ),
    case(
        "Jane Ross refused to accept the union's claims.",
        "120",
        absent=("124", "011"),
        id="refused-accept-claims",
    ),
    case(
        "Jane Ross refused to publish the report on hospital deaths.",
        "12",
        absent=("011",),
        id="refused-publish-report-is-refusal",
    ),
    # -- complaints ---------------------------------------------------------------------------------------
    case(
        "Carol Price complained that the new charges were unfair.",
        "111",
        absent=("114",),
        id="complained-that-is-criticism",
    ),
    case(
        "The Green Party complained to the Electoral Commission about the leaflets.",
        "114",
        id="complained-to-a-body-is-official",
    ),
    # -- arrivals -----------------------------------------------------------------------------------------
    case(
        "Ivan Sokol arrived in Britain as an asylum seeker in 1999.",
        None,
        absent=("042",),
        id="arrived-as-asylum-seeker",
    ),
    case("Nadia Petrova arrived in London 20 years ago.", None, absent=("042",), id="arrived-years-ago"),
    case("Nadia Petrova arrived in Britain in 1991.", None, absent=("042",), id="arrived-in-an-earlier-year"),
    case(
        "Tom Reid and Jane Ross arrived for the party's conference dinner.",
        None,
        absent=("042",),
        id="arrived-for-a-gathering",
    ),
    case(
        "Jane Ross arrived in Nairobi on Monday for talks with the Kenyan president.",
        "042",
        id="arrived-abroad-for-talks-is-visit",
    ),
    # -- help, bills, particles, names ---------------------------------------------------------------
    case("Carol Price helps the firm with its marketing.", None, absent=("07",), id="help-with-a-service"),
    case("Norway helped Haiti with reconstruction.", "07", id="help-with-reconstruction-is-aid"),
    case(
        "Anna Berg is out to help the Liberal Democrats win seats in Wales.",
        None,
        absent=("07",),
        id="helping-a-party-is-no-aid",
    ),
    case("The Welsh Assembly adopted the bill on Tuesday.", None, absent=("08",), id="adopted-the-bill"),
    case(
        "Tom Reid had broken away from the printed text of his speech to rebuff Peter Hale.",
        None,
        absent=("13", "18", "19"),
        id="broken-away-from-text",
    ),
    case("Jane Ross tracked down Peter Pound in Leeds.", None, absent=("02",), id="name-is-no-currency"),
    case(
        "Anne Hart claims Tony Blair is ramming the new anti-terror measures through Parliament.",
        None,
        absent=("18", "19", "20"),
        id="ramming-measures-through-is-no-force",
    ),
    case(
        "Peter Hale said a Tory government would allow a Commons vote on hunting.",
        None,
        absent=("08",),
        id="allowing-a-vote-is-no-yield",
    ),
    case(
        "A spokesman for Jane Ross warned that the pension changes would have to go ahead in April.",
        "12",
        absent=("012", "13"),
        id="warned-changes-would-go-ahead-is-rejection",
    ),
    case(
        "Tom Reid will make his speech during a visit to Kenya.",
        "042",
        Modality.PLANNED,
        id="visit-during-a-speech-to-come",
    ),
    case(
        "The information commissioner Richard Thomas is to look into a complaint from the Liberal Democrats.",
        "114",
        A,
        id="complaint-a-plan-looks-into-was-made",
    ),
    case(
        "Anna Lund tracked down her brother Erik Lund in Leeds.",
        None,
        absent=("17",),
        id="a-private-person-arrests-no-one",
    ),
    case(
        "Home Secretary Carl Jenson detained Erik Lund without trial.",
        "173",
        id="an-office-holder-detains",
    ),
    case("Tom Reid could not sincerely say sorry for the remarks.", None, absent=("011",), id="say-sorry"),
    case(
        "Anne Hart agreed to withdraw her bill.",
        None,
        absent=("035",),
        id="withdraw-a-bill-is-no-de-escalation",
    ),
    case(
        "The Speaker Tom Reid cautioned MPs against using mobile phones in the chamber.",
        "020",
        absent=("13", "012"),
        id="cautioned-against-using-is-admonition",
    ),
    case(
        "Norway contributes more to the EU budget than Sweden.",
        None,
        absent=("07",),
        id="paying-into-a-budget",
    ),
    case(
        "The government postponed plans to abolish the House of Lords.",
        None,
        absent=("16",),
        id="postponed-plans-cut-no-relations",
    ),
    case("Iran postponed talks with the European Union.", "16", id="postponed-talks-reduce-relations"),
    case(
        "The new rules were ratified by Labour's executive committee on Monday.",
        None,
        absent=("05",),
        id="ratified-rules-is-no-agreement",
    ),
    case("Britain and France ratified the treaty on Monday.", "057", id="ratified-treaty"),
    case(
        "Human Rights Watch described the release of Tom Reid as long overdue.",
        None,
        absent=("08",),
        id="describing-a-release-is-no-release",
    ),
    case(
        "His resignation was referred to by both Tory and Liberal Democrat leaders.",
        None,
        absent=("08",),
        id="referring-to-a-resignation",
    ),
    case(
        "The Conservatives say they would abolish university tuition fees.",
        None,
        absent=("17",),
        id="abolishing-fees-is-no-sanction",
    ),
    case(
        "The bill has been adopted by the former chief whip Ann Taylor in the Commons.",
        None,
        absent=("08",),
        id="bill-adopted-passive",
    ),
    case(
        "Carl Jenson came up with proposals for a points system to kick out more failed asylum seekers.",
        "174",
        Modality.INTENDED,
        id="proposals-to-deport-are-intended",
    ),
    # -- what a court found -----------------------------------------------------------------------------
    case(
        "Carol Price was convicted of murdering her husband Mark Price.",
        "18",
        R,
        id="convicted-of-is-reported",
    ),
    case(
        "Tom Reid was wrongly convicted of bombing a pub in Guildford.",
        "18",
        R,
        negated=True,
        id="wrongly-convicted-is-negated",
    ),
    case("Tom Reid was cleared of attacking Ivan Sokol.", None, absent=ANY, id="cleared-of-is-negated"),
    case(
        "Tom Reid was jailed for life for murdering Anne Hart.",
        "18",
        R,
        id="jailed-for-murdering-is-reported",
    ),
    # -- light verbs with abstract objects: the dictionary's pattern is no act ------------------
    case(
        "Mr Galloway issued a defiant statement to the Labour leadership.",
        None,
        absent=("11",),
        id="defiant-statement-is-no-complaint",
    ),
    case(
        "Ann Hale presented programmes for the BBC before entering Parliament.",
        None,
        absent=("06",),
        id="presenting-programmes-is-no-cooperation",
    ),
    case(
        "Since leaving Downing Street, Alastair Campbell has presented a number of interview programmes.",
        None,
        absent=("06",),
        id="a-number-of-programmes-presented",
    ),
    case(
        "Police took the information from Mr Jones and passed it to Interpol.",
        None,
        absent=("09",),
        id="taking-information-is-no-investigation",
    ),
    case(
        "The French president gave an assurance to Tony Blair on the rebate.",
        "03",
        id="assurance-given-is-still-intent",
    ),
    case(
        "Liberal Democrats repeated their calls for a public inquiry into the war.",
        "02",
        absent=("05",),
        id="repeated-calls-are-the-calls",
    ),
    case(
        "Mr Brown clashed with Tony Blair over plans to reform the health service.",
        "111",
        absent=("12", "19"),
        id="verbal-clash-over-plans",
    ),
    case(
        "Israeli troops clashed with Palestinian gunmen in Gaza.",
        "19",
        id="armed-clash-is-force",
    ),
    case(
        "Mr Kerr said he had been betrayed by the Labour Party.",
        None,
        absent=("16",),
        id="betrayal-is-a-judgement",
    ),
    case(
        "The Tories promised to clamp down on gypsies who set up illegal camps.",
        None,
        absent=("13", "17"),
        id="promised-crackdown-on-no-actor-is-policy",
    ),
    case(
        "Israel threatened to impose sanctions on Syria.",
        "13",
        id="threatened-sanctions-stay-a-threat",
    ),
    case(
        "The European Union is gearing up for tough negotiations with Turkey.",
        None,
        absent=("03",),
        id="gearing-up-for-talks-is-no-intent",
    ),
    case(
        "Tony Blair refused to hold an early election.",
        None,
        absent=("12",),
        id="refusing-own-election-is-no-refusal",
    ),
    case(
        "Zimbabwe refused to release the detained British journalists.",
        "12",
        id="refusing-a-release-is-refusal",
    ),
    case(
        "The Countryside Alliance urged supporters to make their protest with hunt horns and placards.",
        None,
        absent=("11", "14"),
        id="protest-asked-of-supporters-is-not-done",
    ),
    case(
        "Japan pledged aid to Indonesia after the tsunami.",
        "033",
        id="pledged-aid-is-intent-to-aid",
    ),
    case("Russia massed troops on the border with Georgia.", "154", id="massed-troops-mobilise"),
    # -- weapons fired and attacks named by their noun -------------------------------------------
    case("Hezbollah fired rockets into Israel.", "19", absent=("15",), id="rockets-fired-into-a-state"),
    case(
        "Hamas fired rockets which killed two Israelis.",
        "19",
        absent=("15",),
        id="rockets-that-killed",
    ),
    case(
        "Iran fired a missile on Sunday.",
        "150",
        absent=("18", "19"),
        id="missile-fired-at-no-one-is-a-show",
    ),
    case(
        "An attack by Hamas killed three Israelis.",
        "19",
        id="attack-by-group-killed",
    ),
    case(
        "ETA bombs that killed four people in Madrid were condemned by the government.",
        "183",
        id="group-bombs-that-killed-are-bombing",
    ),
    case(
        "The bombings killed 52 people in London.",
        None,
        absent=ANY,
        id="bombing-with-no-perpetrator-is-no-event",
    ),
    # -- statements of a kind ----------------------------------------------------------------------
    case("Iran said the report was false.", "016", id="said-report-false-denies"),
    case("Tony Blair said the story was not true.", "016", id="said-not-true-denies"),
    case(
        "The minister said the report was accurate.",
        None,
        absent=("016",),
        id="said-report-accurate-denies-nothing",
    ),
    case(
        "Michael Howard said Tony Blair should have acted sooner.",
        "111",
        absent=("02",),
        id="should-have-acted-criticises",
    ),
    case(
        "Michael Howard said Tony Blair should call an election.",
        "020",
        id="should-act-appeals",
    ),
    case(
        "Unison expressed serious misgivings about Tony Blair's plans.",
        "110",
        id="misgivings-about-actors-plans-disapprove",
    ),
    # -- acts nobody would confirm; trips by air ---------------------------------------------------
    case(
        "Downing Street refused to confirm that Mr Blair had met the Saudi ambassador.",
        None,
        absent=("04",),
        id="unconfirmed-meeting-is-no-meeting",
    ),
    case(
        "The Foreign Office would not say whether Jack Straw had met Iranian officials.",
        None,
        absent=("04",),
        id="would-not-say-whether-met",
    ),
    case(
        "The Foreign Office confirmed that Jack Straw had met Iranian officials.",
        "040",
        id="confirmed-meeting",
    ),
    case("Jack Straw flew to Tehran for talks with Iranian officials.", "042", id="flew-to-is-a-trip"),
    case(
        "Iraqi insurgents are believed to have kidnapped two Italian aid workers.",
        "181",
        R,
        id="believed-to-have-is-reported",
    ),
    case("Tony Blair is said to have met George Bush in secret.", "040", R, id="said-to-have-is-reported"),
    case(
        "The files are believed to contain security plans for Vladimir Putin's visit to London.",
        "042",
        id="a-visit-named-in-hearsay-is-not-itself-hearsay",
    ),
    case(
        "Lord Smith accepted the kind invitation to enter the House of Lords as a working peer.",
        None,
        absent=("03", "04"),
        id="invitation-to-join-is-no-meeting",
    ),
    case("Vladimir Putin accepted an invitation from Tony Blair.", "036", id="invitation-accepted"),
    case(
        "Tony Blair has arrived back from his diplomatic mission to the Middle East.",
        None,
        absent=("042",),
        id="arrived-back-is-no-visit",
    ),
    case("Tony Blair arrived in Baghdad on Monday.", "042", id="arrived-in-is-a-visit"),
    case(
        'Gordon Brown said: "We cannot forever say we don\'t want to change things."',
        None,
        absent=("011",),
        id="cannot-say-a-view-declines-nothing",
    ),
    case(
        "Lord Butler could not say whether Tony Blair had known about the loan.",
        None,
        absent=("011",),
        id="could-not-say-whether-is-inconclusive",
    ),
    case(
        "Lord Hutton can not say if the ministry had acted in good faith.",
        None,
        absent=("011",),
        id="cannot-say-if-is-inconclusive",
    ),
    case(
        "The Home Office would not say whether the minister had known about the loan.",
        "011",
        id="would-not-say-whether-declines",
    ),
    case(
        "Jack Straw said the UK would abide by its international obligations.",
        None,
        absent=("08", "05"),
        id="abide-by-obligations-is-no-yield",
    ),
    case(
        "Tony Blair said Britain would abide by the rules of the European Union.",
        None,
        absent=("08",),
        id="abide-by-rules-is-no-yield",
    ),
    case(
        "France will abide by the decision of the United Nations.",
        "035",
        Modality.ASSERTED,
        id="abide-by-a-decision-still-yields",
    ),
    case(
        "Jack Straw would not say when the troops would return.",
        "011",
        id="would-not-say-when-declines",
    ),
    # -- acts expected of others are forecasts -----------------------------------------------------
    case(
        "Richard Dodd expected supporters to make their protest outside the hall.",
        None,
        absent=ANY,
        id="protest-expected-of-supporters-is-not-the-speakers",
    ),
    case(
        "Tony Blair expected Iran to hold talks with the EU.",
        None,
        absent=("04",),
        id="talks-expected-of-another-are-a-forecast",
    ),
    case(
        "Jack Straw expects Iran to reject the offer.",
        None,
        absent=("12",),
        id="rejection-expected-is-a-forecast",
    ),
    case(
        "Tony Blair expects to hold talks with Jacques Chirac next week.",
        "040",
        Modality.PLANNED,
        id="own-expected-talks-are-planned",
    ),
    # -- rejections, denials and judged acts of force ------------------------------------------------
    case(
        "The Royal College of Physicians opposed the plan to extend drinking hours.",
        "120",
        absent=("127",),
        id="opposing-a-policy-plan-is-no-settlement-rejected",
    ),
    case("A Tory spokesman totally refuted any wrongdoing.", "016", id="refuted-wrongdoing-denies"),
    case(
        "Tony Blair pledged to clamp down on Britain's growing compensation culture.",
        None,
        absent=("03", "13", "17"),
        id="pledged-crackdown-on-a-culture-is-policy",
    ),
    case("Israel vowed to crack down on Hamas militants.", "13", id="vowed-crackdown-on-a-group-threatens"),
    case(
        "Israel threatened to arrest Palestinian leaders.", "137", id="threatened-arrests-threaten-repression"
    ),
    case(
        "The United States threatened to impose sanctions on Syria.",
        "1312",
        id="threatened-sanctions-threaten-sanctions",
    ),
    case(
        "But Downing Street said Mr Blair should be judged by results not his style.",
        None,
        absent=("02",),
        id="should-be-judged-asks-nothing-of-him",
    ),
    case(
        "Charles Kennedy said Tony Blair should set out an exit strategy.",
        "020",
        id="should-set-out-appeals",
    ),
    # -- acts not done: "no" nouns, inverted conditions, suggestions, claims, acquaintances ------
    case(
        "Labour lodged no complaint against Tom Baker.",
        "114",
        negated=True,
        id="no-complaint-lodged-is-negated",
    ),
    case(
        "Tom Baker had a complaint made against him in 2003.",
        None,
        absent=("11",),
        id="complaint-made-against-the-subject-is-not-his",
    ),
    case(
        "Tom Baker faced a complaint lodged against him by Labour.",
        "114",
        id="complaint-against-the-subject-by-a-named-maker-stays",
    ),
    case(
        "The judge said the fine would have been bigger had Tom Baker denied the charge.",
        None,
        absent=("016",),
        id="inverted-had-condition-is-hypothetical",
    ),
    case(
        "Never had Tom Baker denied the charge so firmly.",
        "016",
        id="negative-inversion-is-no-condition",
    ),
    case(
        "She suggested they should get the Foreign Office to issue a statement on the case.",
        None,
        absent=("010",),
        id="act-deep-under-a-suggestion-is-not-done",
    ),
    case(
        "Mr Hague said that France had condemned the attack.",
        "111",
        R,
        id="finite-act-told-is-no-suggestion",
    ),
    case(
        "EU cooperation would help get better border controls, he argued.",
        None,
        absent=ANY,
        id="noun-act-subject-of-would-claim-is-no-event",
    ),
    case(
        "Nato cooperation has helped Kabul.",
        "06",
        id="noun-act-subject-of-a-told-help-is-asserted",
    ),
    case(
        "Tom Baker is married to Jane Fox, whom he met when she was a patient at his clinic.",
        None,
        absent=("04",),
        id="whom-he-met-when-she-was-is-acquaintance",
    ),
    case(
        "Tony Blair praised George Bush, whom he met in Washington last week.",
        "040",
        id="whom-he-met-last-week-is-a-meeting",
    ),
    # -- round 2: questions, willingness, hedges, deals, bans, announced coercion -----------------
    case(
        '"Who will pay for the new hospitals?" the minister asked on Channel 4 News.',
        None,
        absent=("02",),
        id="question-put-on-air-is-no-appeal",
    ),
    case(
        "Mr Hague asked whether the plan would work.",
        None,
        absent=("02",),
        id="asked-whether-is-no-appeal",
    ),
    case("Labour asked the Electoral Commission for an inquiry.", "020", id="asked-for-is-an-appeal"),
    case(
        "Mr Chirac says he would be happy to meet Mr Schroeder next month.",
        "036",
        R,
        absent=("040",),
        id="happy-to-meet-is-intent",
    ),
    case(
        "Mr Howard refused to rule out a pact with the Liberal Democrats.",
        "011",
        absent=("12",),
        id="refused-to-rule-out-is-no-refusal",
    ),
    case(
        "Mr Kennedy denied his budget figures were too optimistic - but refused to rule out new taxes.",
        "011",
        id="but-after-a-denial-is-not-denied",
    ),
    case(
        "Chile and Peru agreed on a new free-trade deal.",
        "0311",
        absent=("019",),
        id="agreed-on-trade-deal-is-economic-intent",
    ),
    case(
        "Poland and Lithuania agreed upon a defence pact.",
        "0312",
        absent=("019",),
        id="agreed-upon-defence-pact-is-military-intent",
    ),
    case("Zimbabwe banned opposition parties.", "1722", absent=("163",), id="ban-parties-is-1722"),
    case("Mr Mugabe banned the Daily News newspaper.", "1721", absent=("163",), id="ban-paper-is-1721"),
    case("Pakistan banned imports from India.", "163", id="ban-imports-is-embargo"),
    case(
        "President Laurent Koudou announced that he would extend the curfew in Abidjan.",
        "1323",
        absent=("17",),
        id="announced-curfew-is-threat",
    ),
    case(
        "Iran said it would close the Strait of Hormuz.",
        "138",
        absent=("19",),
        id="said-would-close-strait-is-military-threat",
    ),
    case("Iran closed the Strait of Hormuz.", "191", id="closed-strait-is-blockade"),
    case(
        "Mr Kennedy said he would attack the government over its record.",
        None,
        absent=("13", "18", "19"),
        id="said-would-attack-policy-is-no-threat",
    ),
    case(
        "The Tories say Labour is telephoning voters who have asked not to be called.",
        None,
        absent=("04",),
        id="phoning-voters-is-no-consultation",
    ),
    case("Tony Blair telephoned Jacques Chirac on Monday.", "041", id="phoning-a-leader-is-041"),
    case(
        "The aim of the Greens is to withdraw from Nato.",
        None,
        absent=ANY,
        id="stated-aim-is-no-event",
    ),
    case("Greece withdrew from Nato in 1974.", "16", id="withdrawal-told-is-an-event"),
]

JUDGED_ACTS = [
    ("Jacques Chirac condemned the US invasion of Iraq.", "111", {"state:USA"}),
    ("Russia condemned Israel's air strikes on Lebanon.", "111", {"state:ISR"}),
    ("Russia condemned the bombing of Belgrade by NATO.", "111", {"organization:nato"}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "targets"), JUDGED_ACTS, ids=[t[0][:30] for t in JUDGED_ACTS])
def test_an_act_of_force_judged_targets_its_doer_not_its_victim(facts, text, code, targets):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert events, facts(text, DATE).events
    assert set(events[0].targets) == targets, events


@pytest.mark.model
def test_backing_an_invasion_endorses_no_victim(facts):
    events = facts("Tony Blair backed the invasion of Iraq.", DATE).events
    assert not [e for e in events if "state:IRQ" in e.targets and e.cameo.startswith("05")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_news_codes(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, DATE).events, code, mode, negated, absent)


@pytest.mark.model
def test_a_denial_not_made_is_no_event(facts):
    """ "did not deny reports that ...": neither a denial nor a negated one."""
    events = facts("Japan did not deny reports that it had sent troops.", DATE).events
    assert not [e for e in events if e.cameo.startswith("016")]


@pytest.mark.model
def test_a_habit_denied_is_no_attack_but_a_denied_attack_is_kept(facts):
    """ "do not attack civilians" tells a habit, no act (not even a negated one); "did not kill
    the protesters" denies one act, kept negated."""
    habit = facts("Russian forces do not attack civilians, the Kremlin said.", DATE).events
    assert not [e for e in habit if e.cameo[:2] in ("18", "19", "20")], habit
    denied = facts("Israeli troops did not kill the protesters, the army said.", DATE).events
    # (troops' force on protesters is repression, 175)
    assert [e for e in denied if e.cameo[:3] == "175" and e.negated], denied

"""Codes that mean what the sentence says (issue 11.3): a table of hand-written sentences.

Each row names the code the sentence should give (a prefix: "19" is any 19x), its modality
and negation, and codes it must not give. Verbal and physical attacks, warnings that
threaten and warnings that do not, offers and promises (intent, not the act), refusals,
negation and modality. ``test_meaning_score`` prints the share right (target: 85%).
"""

from __future__ import annotations

import pytest
from factories import code_case as case

from newsgraph.model import EventFact, Modality

A, R, P, INT, H = (
    Modality.ASSERTED,
    Modality.REPORTED,
    Modality.PLANNED,
    Modality.INTENDED,
    Modality.HYPOTHETICAL,
)
DATE = "2024-03-14"


MEANING = [
    # -- physical force --------------------------------------------------------------------------
    case("Russian troops attacked Ukrainian positions near Kharkiv on Monday.", "19", id="force-troops"),
    case("Israel attacked Gaza with air strikes.", "19", id="force-weapons"),
    case("Russia attacked Ukraine.", "19", id="force-state-on-state"),
    case("Syrian rebels attacked a government convoy in Idlib.", "19", id="force-rebels"),
    case(
        "Iraqi forces fired rockets at Turkish positions.",
        "19",
        id="force-fired-rockets",
    ),
    case("Israeli warplanes bombed targets in Lebanon.", "19", id="force-bombed"),
    case(
        "Gunmen killed three Pakistani soldiers.",
        "1",
        id="force-killed",
        xfail="no actor: 'gunmen' names no state",
    ),
    # -- verbal attacks ------------------------------------------------------------------------------
    case(
        "Gordon Brown attacked David Cameron for failing to back the plan.",
        "111",
        absent=("18", "19", "20"),
        id="verbal-person-for",
    ),
    case("Tony Blair attacked the Conservative spending plans.", "111", absent=("19",), id="verbal-plans"),
    case(
        "Michael Howard attacked Tony Blair over his record on crime.",
        "111",
        absent=("19",),
        id="verbal-over",
    ),
    case("France attacked Germany's budget proposal.", "111", absent=("19",), id="verbal-state-proposal"),
    case(
        "Boris Johnson hit out at Keir Starmer.",
        "111",
        absent=("19",),
        id="verbal-hit-out",
    ),
    case(
        "Nicola Sturgeon launched an attack on the British government's policy.",
        "111",
        absent=("19",),
        id="verbal-launched-attack",
    ),
    case("Angela Merkel criticised Donald Trump.", "111", id="verbal-criticised"),
    # -- warnings -------------------------------------------------------------------------------------
    # A warning against the target's attack threatens no force of the warner's own: 130, not 138.
    case("Iran warned Israel against any attack on its nuclear sites.", "130", id="warn-against-military"),
    case("Iran warned that it would strike Israeli military bases.", "138", id="warn-own-strike-military"),
    case(
        "Whitfield warned North Korea that any nuclear test would be met with a firm response.",
        "130",
        absent=("138",),
        id="warn-test-subject-is-the-targets-act",
    ),
    case("China warned Japan not to interfere.", "13", absent=("138",), id="warn-not-to"),
    case("Russia warned that it would retaliate against Ukraine.", "13", id="warn-it-would"),
    case(
        "The United States warned Iran of serious consequences.",
        "13",
        absent=("138",),
        id="warn-of-consequences",
    ),
    case("North Korea warned of military action against South Korea.", "138", id="warn-of-military-action"),
    case(
        "Peter Goldsmith warned Tony Blair the war could be illegal.",
        "01",
        absent=("13",),
        id="warn-illegal-not-threat",
    ),
    case("The IMF warned that the Greek economy would shrink.", "012", absent=("13",), id="warn-economy"),
    case("Mervyn King warned that inflation could rise.", "012", absent=("13",), id="warn-inflation"),
    case(
        "Germany warned of the dangers of a trade war with China.",
        "012",
        absent=("13",),
        id="warn-of-dangers",
    ),
    case(
        "Iran warned Israel that an attack could provoke a nuclear response.",
        "138",
        id="warn-could-provoke-response",
    ),
    case("Iran threatened to close the Strait of Hormuz.", "13", id="threaten-to"),
    case("Russia threatened Ukraine with a military strike.", "138", id="threaten-military"),
    case("Japan threatened China with sanctions.", "13", absent=("138",), id="threaten-sanctions"),
    # -- offers, promises, plans (intent, not the act) -------------------------------------------------
    case("Venezuela has offered to supply fuel oil to China.", "033", absent=("07",), id="offer-supply"),
    case("Japan promised to provide aid to Indonesia.", "033", absent=("07",), id="promise-aid"),
    case("Iran agreed to hold talks with France.", "036", absent=("04",), id="agree-talks"),
    case("Germany proposed to meet Poland next month.", "036", absent=("04",), id="propose-meet"),
    case("India pledged to cooperate with Japan.", "03", id="pledge-cooperate"),
    case("Emmanuel Macron plans to visit India next week.", "036", absent=("042",), id="plan-visit-intent"),
    case("France is ready to contribute troops to Liberia.", "033", absent=("07",), id="ready-to-intent"),
    case("Japan plans to impose sanctions on Russia.", "131", absent=("16",), id="plan-sanctions-threat"),
    case("Russia vowed to retaliate against Ukraine.", "13", id="vow-retaliate"),
    case("Russia plans to invade Ukraine.", "138", absent=("19",), id="plan-invade-is-threat"),
    case(
        "Barack Obama wants to attack Switzerland.",
        "138",
        absent=("19", "111"),
        id="leader-wants-attack-state",
    ),
    # -- judgements in reported speech ---------------------------------------------------------------
    case("Japan said North Korea's missile tests were a serious threat.", "111", id="said-predicated-threat"),
    # concern voiced about an actor's act disapproves of it (110), the actor its target
    case("Kamala Harris expressed serious concern over China's conduct.", "110", id="expressed-concern"),
    case("Kamala Harris expressed serious concern over the economy.", "012", id="expressed-concern-no-actor"),
    case(
        "Washington said the step enjoyed support from Moscow.",
        None,
        absent=("051",),
        id="said-support-not-praise",
    ),
    case(
        "The European Union said that the United States should back Ukraine.", "020", id="said-should-appeal"
    ),
    case("Germany said Russia must withdraw its troops from Ukraine.", "10", id="said-must-demand"),
    case("Barack Obama said he should rest.", None, absent=("02", "10"), id="said-should-self"),
    # -- refusals ---------------------------------------------------------------------------------------
    case("Gordon Brown refused to comment.", "011", id="refuse-comment"),
    case("Gordon Brown pointedly refused to deny the claims.", "011", absent=("016",), id="refuse-deny"),
    case("Tony Blair declined to comment on the report.", "011", id="decline-comment"),
    case("Iran refused to confirm the reports.", "011", absent=("124",), id="refuse-confirm"),
    case("Japan refused to sign the treaty with China.", "127", absent=("05",), id="refused-act-refusal"),
    case("Iran denied supplying weapons to Russia.", "016", id="deny"),
    # -- complement chains: one event, the governing verb's ---------------------------------------------
    case("Peru threatened to ban imports from Chile.", "13", id="threaten-to-ban", absent=("16",)),
    case(
        "Norway warned Sweden it would strike its oil platforms.",
        "138",
        id="warn-would-strike",
        absent=("19",),
    ),
    case(
        "Kenya is refusing to lift the border closure with Uganda.",
        "124",
        id="refuse-to-lift",
        absent=("08",),
    ),
    case("Ghana will not accept refugees from Togo.", "12", id="will-not-accept", absent=("03",)),
    case(
        "Spain plans to impose restrictions on Moroccan imports.", "13", id="plans-to-impose", absent=("17",)
    ),
    case(
        "Peter Smith warned John Major the deal could be illegal.", "012", id="warn-statement", absent=("13",)
    ),
    case("Norway warned it will go bankrupt if talks fail.", "012", id="warn-own-fate", absent=("13",)),
    case("Norway warned it would retaliate.", "13", id="warn-retaliate"),
    case(
        "Norway cautioned Sweden that the economy could slow.", "012", id="caution-statement", absent=("13",)
    ),
    case(
        "The United States, which can veto any plan to sell gold, said it is looking at other ways.",
        None,
        id="relative-veto-background",
        absent=("12",),
    ),
    case("Finland issued a warning about new computer viruses.", "012", id="warning-about", absent=("13",)),
    case("Finland issued a warning of sanctions against Russia.", "13", id="warning-of-sanctions"),
    case(
        "The Danish firm thinks the real battle is between Sweden and Norway.",
        None,
        id="think",
        absent=("0",),
    ),
    case("Canada is considering a bid for Mexico.", None, id="consider", absent=("04",)),
    case("Thousands of Polish workers protested in Warsaw.", "14", id="crowd-protest", absent=("114",)),
    case("China protested to Japan over the visit.", "114", id="official-protest"),
    # -- background clauses are not the sentence's news -------------------------------------------------
    case("Before leaving for Tokyo, the French president met Indian leaders.", "040", id="before-leaving"),
    case(
        "Germany will not release the prisoners unless Iran arranged talks.", None, id="unless", absent=("0",)
    ),
    case(
        "Sweden, which enjoyed good relations with Finland, criticized Norway.",
        "111",
        id="relative-background",
        absent=("05",),
    ),
    case("Chile condemned Peru, citing the border dispute.", "111", id="participle", absent=("01",)),
    # -- negation ----------------------------------------------------------------------------------------
    case("Emmanuel Macron did not visit India.", "042", negated=True, id="did-not"),
    case("China has never attacked Vietnam.", "19", negated=True, id="never"),
    case("Iran did not threaten Israel.", "13", negated=True, id="not-threaten"),
    # -- modality -----------------------------------------------------------------------------------------
    # a visit its actor has scheduled is the intent to visit (036), told as made
    case("Emmanuel Macron will visit India next week.", "036", A, id="will-planned"),
    case("Emmanuel Macron is due to visit India next week.", "036", A, id="due-to-planned"),
    case(
        "The talks between Japan and China are due to take place next week.", "04", P, id="noun-due-planned"
    ),
    case("Emmanuel Macron is expected to visit India.", "042", P, id="expected-planned"),
    case("The upcoming talks between Japan and China were welcomed.", "04", P, id="upcoming-planned"),
    case("India said that Pakistan had attacked its border posts.", "19", R, id="said-reported"),
    case("Russian troops reportedly attacked Ukrainian villages.", "19", R, id="reportedly"),
    # an act that could happen or happens on a condition is no event
    case("Pakistan could attack India.", None, absent=("19",), id="could-hypothetical"),
    case("If Israel attacks Iran, oil prices will rise.", None, absent=("19",), id="if-hypothetical"),
    case("Emmanuel Macron visited India on Tuesday.", "042", A, id="asserted"),
    # -- attribution: an identified source keeps the fact asserted; hearsay reports it ----------
    case(
        "Turkish jets struck Kurdish militant camps in northern Iraq, the Turkish defence ministry said.",
        "19",
        A,
        id="attributed-ministry",
    ),
    case(
        "Israeli aircraft bombed a weapons depot near Damascus, according to Syrian state media.",
        "19",
        A,
        id="according-to-state-media",
    ),
    case(
        "Israeli aircraft bombed an arms depot near Aleppo, according to unconfirmed reports.",
        "19",
        R,
        id="according-to-unconfirmed-reports",
    ),
    case("Russian forces shelled the town of Kharkiv, sources said.", "19", R, id="sources-said"),
    case("Russian forces shelled the town of Izium, Ukraine claimed.", "19", R, id="claimed-reported"),
    case('"Russian forces shelled our town," the Ukrainian mayor said.', "19", R, id="quoted-claim-reported"),
    case(
        "Russian troops attacked Ukrainian positions near Kharkiv, the Ukrainian military said.",
        "19",
        A,
        id="attributed-military",
    ),
    # -- physical force without a named victim, and its look-alikes -------------------------------
    case("Pakistani troops fired on Indian positions along the border.", "19", A, id="fired-on"),
    # (forces firing on protesters repress them, 175, as the gold's "Syrian forces clash with rioters")
    case("Israeli soldiers opened fire on Palestinian protesters in Gaza.", "175", A, id="opened-fire"),
    case("Taliban fighters stormed a police checkpoint in Helmand.", "19", A, id="armed-stormed"),
    case("Nigel Farage stormed out of the meeting.", None, absent=("18", "19", "20"), id="stormed-out"),
    case("Tony Blair opened the new hospital wing.", None, absent=("18", "19", "20"), id="opened-wing"),
    # -- verbal attacks -------------------------------------------------------------------------------
    case(
        "In a scathing attack on Brussels, the Hungarian prime minister called the migration pact absurd.",
        "111",
        absent=("18", "19", "20"),
        id="fronted-attack-noun",
    ),
    case(
        "Germany launched a blistering attack on the French budget plan.",
        "111",
        absent=("18", "19", "20"),
        id="blistering-attack",
    ),
    case("Labour assailed the Conservative Party over rising prices.", "111", absent=("14",), id="assailed"),
    case("Russia launched an attack on Kyiv with missiles.", "19", id="attack-with-missiles"),
    # -- threats: military or not; advice ---------------------------------------------------------------
    case("China warned Taiwan it would respond militarily.", "138", id="respond-militarily"),
    case(
        "Washington warned Islamabad that it would suspend military aid.",
        "13",
        absent=("138",),
        id="military-aid-cut-not-force",
    ),
    case("Britain warned Ghana it would freeze budget support.", "13", absent=("138",), id="freeze-support"),
    case(
        "The EU warned Belarus that it would impose new sanctions unless the prisoners were freed.",
        "131",
        id="sanctions-unless-one-threat",
    ),
    case(
        "Canada's finance minister warned parliament against raising tariffs, saying it would hurt growth.",
        None,
        absent=("13",),
        id="advice-to-own-parliament",
    ),
    # -- intents with no one named to receive them ------------------------------------------------------
    case("Norway offered to host peace talks.", "036", id="offer-host-talks"),
    case(
        "Vietnam offered to send emergency rice shipments to the Philippines.",
        "033",
        absent=("07",),
        id="offer-relief",
    ),
    case("The Netherlands pledged 80 million euros in humanitarian aid.", "033", id="pledge-money-aid"),
    case(
        '"We will restore full diplomatic relations with Qatar," the Egyptian foreign minister promised.',
        "032",
        id="quoted-promise",
    ),
    case("Egypt agreed to buy 30 fighter jets from France.", "031", id="agree-to-buy"),
    case("Labour promised to cut taxes.", None, absent=("03",), id="policy-pledge-no-intent"),
    # -- questions that insult; preferences that ask nothing -------------------------------------------
    case("Michael Howard asked Tony Blair whether he was a liar.", "111", absent=("02",), id="jibe-question"),
    case("Michael Howard asked Tony Blair to publish the advice.", "020", id="real-request"),
    case(
        "In a letter, Ken Livingstone said Tony Blair rather than Michael Howard should run the country.",
        None,
        absent=("02",),
        id="preference-not-appeal",
    ),
    case("Gordon Brown said Michael Howard should apologise.", "020", id="should-appeal"),
    # -- calls ---------------------------------------------------------------------------------------------
    case("Emmanuel Macron spoke by telephone with Vladimir Putin on Tuesday.", "041", id="spoke-by-phone"),
    case(
        "German Chancellor Karl Weber spoke by phone with French President Marie Dubois about energy.",
        "041",
        id="spoke-by-phone-about",
    ),
    case(
        "The European Union warned Kenya that it will cut off development aid if the new law stays in force.",
        "13",
        absent=("138",),
        id="in-force-is-no-army",
    ),
]


def _ok(
    events: tuple[EventFact, ...], code: str | None, mode: Modality, negated: bool, absent: tuple[str, ...]
) -> bool:
    if any(e.cameo.startswith(a) and not e.negated for e in events for a in absent):
        return False
    if code is None:
        return True
    return any(e.cameo.startswith(code) and e.modality is mode and e.negated == negated for e in events)


def _show(events: tuple[EventFact, ...]) -> str:
    return "; ".join(
        f"{e.cameo} {e.trigger!r} {e.agents}->{e.targets} {e.modality} neg={e.negated}" for e in events
    )


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), MEANING)
def test_meaning(facts, text, code, mode, negated, absent):
    events = facts(text, DATE).events
    assert _ok(events, code, mode, negated, absent), _show(events)


def test_meaning_score(facts, capsys):
    """The share of the table right, printed; the rows above fix each case."""
    right = 0
    for param in MEANING:
        text, code, mode, negated, absent = param.values
        right += _ok(facts(text, DATE).events, code, mode, negated, absent)
    share = right / len(MEANING)
    with capsys.disabled():
        print(f"\nmeaning table: {right}/{len(MEANING)} right ({share:.0%})")
    assert len(MEANING) >= 40
    assert share >= 0.85


def test_background_keeps_strong_acts_and_own_clauses(facts):
    """A relative clause's killing stays (a strong act); a background clause with its own
    agent and a target stays; the French president's departure in "Before leaving for
    Tokyo" is no second meeting."""
    kill = facts("The court jailed Mark Chapman, who killed John Lennon in 1980.", DATE).events
    assert any(e.cameo.startswith("18") or e.cameo.startswith("19") or e.cameo.startswith("20") for e in kill)
    own = facts("Spain criticized Italy after France expelled Belgian diplomats.", DATE).events
    assert any("state:FRA" in e.agents and "state:BEL" in e.targets for e in own), _show(own)
    left = facts("Before leaving for Tokyo, the French president met Indian leaders.", DATE).events
    assert [e.cameo for e in left] == ["040"], _show(left)
    assert "state:JPN" not in left[0].targets, _show(left)


def test_participle_judgement_of_someone_named_stays(facts):
    """ "..., calling X's tests reckless": an adverbial criticism of a named actor is kept;
    "..., citing the dispute" (no one named) is not."""
    events = facts("Britain sent aid to Chile, calling Peru's rocket launches reckless.", DATE).events
    assert any(e.cameo.startswith("11") and "state:PER" in e.targets for e in events), _show(events)


def test_speech_content_and_verbless_sentences_are_not_background(facts):
    """What a participle of saying reports is content ("..., saying he backs X"), and a
    verbless sentence's participle is its predicate."""
    said = facts("Paul Keating was quoted on radio saying he fully supports France.", DATE).events
    assert any(e.cameo.startswith("05") and "state:FRA" in e.targets for e in said), _show(said)
    verbless = facts(
        "The Swedish foreign minister describing Norway's policy as a grave threat.", DATE
    ).events
    assert any(e.cameo.startswith("11") and "state:NOR" in e.targets for e in verbless), _show(verbless)


def test_adverbial_act_is_kept_when_the_main_clause_tells_none(facts):
    """ "He spoke after meeting X": the meeting is the sentence's only act; "Before leaving
    for Tokyo, he met Y": the departure is background to the meeting."""
    events = facts("Olaf Berg spoke to reporters after meeting Polish President Jan Nowak.", DATE).events
    assert any(e.cameo.startswith("04") and "person:jan-nowak" in e.targets for e in events), _show(events)
    unless = facts("Germany will not release the prisoners unless Iran arranged talks.", DATE).events
    assert not any(e.cameo.startswith("04") for e in unless), _show(unless)


def test_relative_clauses_of_named_actors_and_judged_acts(facts):
    """ "X, who hosted Y, said ...": a named actor's act upon someone stays; "a test Chile
    condemned as reckless": the judgement of the act stays; "Sweden, which enjoyed good
    relations": no one acted upon, background."""
    text = (
        "Egyptian President Omar Farouk, who hosted Kenyan President Paul Mwangi in Cairo, said trade grew."
    )
    hosted = facts(text, DATE).events
    assert any(e.cameo.startswith("04") and "person:paul-mwangi" in e.targets for e in hosted), _show(hosted)
    enjoyed = facts("Sweden, which enjoyed good relations with Finland, criticized Norway.", DATE).events
    assert [e.cameo[:2] for e in enjoyed] == ["11"], _show(enjoyed)
    judged = facts("Peru fired a rocket on Monday, a test Chile condemned as reckless.", DATE).events
    assert any(e.cameo.startswith("11") and "state:CHL" in e.agents for e in judged), _show(judged)


def test_will_not_allow_is_a_threat_not_a_refusal(facts):
    events = facts("Israel will not allow Iran to build a bomb.", DATE).events
    assert any(e.cameo.startswith("13") for e in events), _show(events)
    assert not any(e.cameo.startswith("12") for e in events), _show(events)


def test_requested_and_owed_acts_are_not_done(facts):
    """ "urged Chile to lift the ban": the appeal is the event, the lifting did not happen;
    "said Peru must hand over the suspects": a demand, no handing over."""
    urged = facts("Spain urged Chile to lift its ban on Argentine imports.", DATE).events
    assert [e.cameo[:2] for e in urged] == ["02"], _show(urged)
    owed = facts("France said Peru must hand over the suspects to Bolivia.", DATE).events
    assert not any(e.cameo.startswith("03") or e.cameo.startswith("08") for e in owed), _show(owed)
    assert any(e.cameo.startswith("10") and "state:PER" in e.targets for e in owed), _show(owed)


def test_threat_of_sanctions_unless_is_one_event_upon_the_one_warned(facts):
    """ "warned X it would impose sanctions unless ...": one threat upon X, not a threat
    and a separate sanction with no one to suffer it."""
    events = facts(
        "Canada warned Myanmar that it would impose new sanctions unless the vote was held.", DATE
    ).events
    assert [(e.cameo[:3], e.targets) for e in events] == [("131", ("state:MMR",))], _show(events)

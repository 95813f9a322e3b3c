"""Events from the dependency parse: a trigger with its agent and target, typed with CAMEO.

A trigger is a verb or a noun in the lexicon ``data/triggers.tsv``, or a verb of the CAMEO
verb dictionary ``data/verbs.tsv`` (PETRARCH-2's patterns, matched in ``verbs.py``) where
the lexicon has no rule for it. Its participants come from the parse, whatever the voice:

* active "X visited Y", passive "Y was summoned by X", ditransitive "X gave Y a tour",
  prepositional targets "X warned ... against Y", an infinitive's objects "X promised to
  provide support to Y";
* nominal "X's visit to Y", "talks between X and Y", "a visit by X", and light verbs
  "X held talks with Y";
* coordination: coordinated agents act in one event ("Russia and China sent
  delegations"), coordinated targets share one, and a joint act ("Sakamoto and
  Menezes signed") is all of its participants', each the agent and, with no one else
  named, the target of the others;
* an argument that is no entity resolves through the noun phrase: a possessor or
  modifier ("the Kremlin's battle", "an American submarine", "DPRK soldiers"), an office
  held by a known person ("the first deputy foreign minister"), a personal pronoun to
  the subject of the clause that governs it, a definite "the tests" to the agents of the
  document's earlier event of that kind;
* reported speech: "X said that ..." is an event of X's when the quoted clause carries
  a judgement (criticism or praise, from the lexicon's word classes), and events inside
  the quoted clause are ``reported``.

Events of one document with the same code, agents and targets, and compatible dates,
are one occurrence (a headline restating the body): ``occurrences.py``. The meaning rules
(codes, modality, intents) are in ``meaning.py``, sectors in ``agents.py``, event dates in
``dates.py``.

The word lists the rules consult (verbs of saying, light verbs, target prepositions ...)
are in ``data/word_lists.txt``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeAlias

from ..model import Article, EventFact, Kind, Modality, Relation, node_key
from . import occurrences
from .agents import organizations, phrase_words, sectors
from .dates import date_word, event_date
from .entities import POST_NOMINALS, SEATS, DocEntities, _Entity
from .lexicon import WordLists, data_lines, name_gender, offices, valence, word_lists
from .meaning import (
    ANSWERING,
    COERCIVE,
    COMMENTATORS,
    COMMITTING,
    CONSIDERING,
    CURRENCY,
    CUTTING,
    DECLINE_COMMENT,
    DEMAND,
    DOORS,
    GIVEN_PROMISES,
    KEEPING,
    LENDING,
    MESSAGES,
    MILITARY_THREAT,
    NO_COMMENT_VERBS,
    OPEN_TO,
    PLAN_WORDS,
    PRESSED,
    REJECT,
    REQUESTING,
    SELF_OFFERING,
    TARGET_PLACES,
    THREAT_NOUNS,
    TRADED,
    UNAVAILABLE,
    WELCOMING,
    WRITING,
    _balking,
    background,
    brought_forward,
    cooperative,
    declines_comment,
    denies_another,
    forward_owner,
    given_promise,
    kept_silent,
    matter_of_words,
    message,
    modality,
    negating_no,
    no_comment,
    no_comment_holder,
    nonforce_threat,
    offered_as_mediator,
    open_to,
    opinion_topic,
    past_aspect,
    persisting,
    physical,
    policy_object,
    proposed,
    refine,
    restructuring,
    says_no_comment,
    settle,
    specific_intent,
    threat_frame,
    unanswered,
    unavailable_for_comment,
    unconventional,
    welcomed_offer,
)
from .meaning import (
    DEFIANT_ACTS as DEFIANCE_NOUNS,
)
from .parties import bodies, groups, parties
from .refusals import REFUSING as REFUSING_ACTS
from .refusals import answer_refused, is_request, refused_act, rejected_request, unanswered_request
from .refusals import head_words as refusal_heads
from .refusals import table as refusal_table
from .roles import CONSTITUENCY_TITLES, law_officer, role_core
from .states import capital as state_capital
from .states import city_state
from .states import demonym as state_demonym
from .states import lookup as state_lookup
from .states import region_state as place_state
from .threats import (
    FORCE_THREAT,
    HELD_OVER,
    answered_acts,
    condition_clauses,
    force_words,
    hostile_code,
    modal,
    ready_act,
)
from .threats import table as threat_table
from .tokens import Sentences, doc_span, sentence_end, sentence_of, sentence_start, span_text
from .verbs import PARTITIVE, verb_dictionary, verb_particle

if TYPE_CHECKING:
    import numpy
    from spacy.tokens import Doc, Span, Token

    from . import ExtractorOutput
    from .states import State
    from .verbs import Entry

ACTORS = (Kind.PERSON, Kind.STATE, Kind.ORGANIZATION)
#: The lexicon's part of speech of an idiom row: a verb with its particle or noun (``_idiom_rule``).
IDIOM = "I"
#: Acts done by declaring them: a truce, a curfew, emergency rule imposed or lifted.
DECLARED = frozenset({"0871", "1723", "1724", "0813", "0814"})
#: Where a protest is held or what it is against: "outside the Japanese embassy", "against Spain".
PROTEST_PREPS = frozenset({"against", "outside", "at", "near", "before", "to"})
#: A state's missions abroad: a protest there is against that state.
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "high commission"})
#: What is asked to happen in a state: "demanded political reform in Cuba", "urged restraint in Lebanon".
ASKED_CHANGES = frozenset(
    {
        "reform",
        "change",
        "election",
        "democracy",
        "calm",
        "restraint",
        "ceasefire",
        "dialogue",
        "freedom",
        "democratization",
    }
)
#: Codes of acts done together, where coordinated agents are one event, not one each.
JOINT = frozenset({"040", "044", "045", "046", "050", "057", "030", "036"})
#: Roots of acts in words (statements, appeals, demands, criticism, rejection, threats):
#: with someone named, what they are "over" or "about" is their topic, no other target.
#: Head words of a state's top personal offices a bare "the ..." may name (see ``untitled_holder``).
NATIONAL_TITLES = frozenset({"minister", "secretary", "chancellor", "president", "premier"})
#: Words that make another office of a national title: "the deputy prime minister", "the lord chancellor".
LESSER_TITLES = frozenset(
    {
        "lord",
        "lady",
        "deputy",
        "shadow",
        "vice",
        "former",
        "junior",
        "assistant",
        "opposition",
        "under",
        "acting",
        "ex",
        "permanent",
        "parliamentary",
        "general",
        "new",
        "next",
        "previous",
    }
)
WORDS_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
#: Verbs of an act two sides do to each other: "X and Y clashed" is X upon Y and Y upon X.
RECIPROCAL = frozenset(
    {"clash", "quarrel", "argue", "row", "spar", "feud", "wrangle", "bicker", "fight", "exchange"}
)
#: Verbs of rejecting a charge, and of calling it something.
#: ("rejected / rebuffed the accusation" stays a rejection, 12x: blind annotators code it so.)
REBUTTING = frozenset(
    {"dismiss", "refute", "rebut", "rubbish", "scotch", "quash", "dispute", "contradict", "debunk"}
    | {"repudiate", "deride", "ridicule", "pooh-pooh", "scoff"}
)
CALLING = frozenset({"call", "describe", "brand", "label", "dismiss"})
_DENYING_VERBS = REBUTTING | CALLING | {"reject"}
#: Verbs of scorn whose "at" phrase, a charge, is denied: "scoffed at claims that", "laughed at".
SCOFFING = frozenset({"scoff", "sneer", "laugh", "snort", "jeer"})
MODAL_AUX = frozenset({"would", "will", "could", "might", "may", "'ll", "wo", "shall", "should"})
#: Nouns of a charge made against someone; and of a claim, which is one with a clause saying what.
CHARGES = frozenset({"allegation", "accusation", "charge"})


def _charge_denied(verb: Token, lemma: str, dobj: Token | None) -> bool:
    """ "rejected the accusations", "dismissed claims that its jets had entered", "called the
    allegations baseless", "described the reports as lies": a charge denied (016). Not
    "rejected the report" or "rejected claims for compensation" (no charge)."""
    if dobj is None:
        if lemma in SCOFFING and any(
            o.lemma_.lower() in CLAIMS
            and (
                o.lemma_.lower() in CHARGES
                or any(
                    c.dep_ in ("acl", "ccomp", "relcl")
                    and any(m.lower_ == "that" for m in c.children)
                    # (a deed told, not one foretold: "scoffed at suggestions that she would quit"
                    # rejects the words, 120)
                    and not any(m.dep_ == "aux" and m.lower_ in MODAL_AUX for m in c.children)
                    for c in o.children
                )
            )
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "at"
            for o in p.children
            if o.dep_ == "pobj"
        ):
            return True  # "scoffed at claims that its troops had been routed", "laughed at the allegations"
        if lemma not in _DENYING_VERBS:
            return False
        # "rejected as baseless claims by Estonia that ...": the object moved after its
        # predicate, parsed as the "as" phrase's object; a claim called false there is denied
        # ("dismissed as 'pure fiction' claims that its agents had ...": the predicate read as the
        # claims' possessor; a claim with a clause saying what is a charge, whatever it is called)
        return any(
            o.lemma_.lower() in CLAIMS
            and (
                any(
                    a.lower_ in FALSEHOODS or a.lemma_.lower() in FALSEHOODS
                    for a in o.lefts
                    for a in a.subtree
                )
                or any(
                    c.dep_ in ("acl", "ccomp", "relcl")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for c in o.children
                )
            )
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ == "pobj"
        )
    thing = dobj.lemma_.lower()
    if thing not in CLAIMS:
        return False
    charged = thing in CHARGES or any(
        c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in dobj.children
    )
    if charged and (lemma in REBUTTING or (lemma, _dismissal_particle(verb)) in DISMISSING):
        return True  # ("brushed aside claims that", "laughed off reports that", "shot down rumours that")
    if lemma not in CALLING:
        return False
    said = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp")]
    said += [c for h in (verb, dobj) for p in h.children if p.lower_ == "as" for c in (p, *p.children)]
    return any(t.lemma_.lower() in FALSEHOODS or t.lower_ in FALSEHOODS for c in said for t in c.subtree)


def _defiers(ctx: _Context, trigger: Token) -> list[str]:
    """The states or bodies whose act of defiance a threat answers: the subject of its condition
    ("if Israel struck"), or "any" act in its words ("any Israeli attack", "any attempt by Taiwan
    to declare independence", "any move by Kyiv")."""
    found: list[str] = []
    for t in trigger.subtree:
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children):
            # "vowed to turn Tel Aviv into a sea of fire if Israel struck": the one who must not act
            for subj in (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")):
                found += [
                    k for k in ctx.entities(subj, kinds=(Kind.STATE, Kind.ORGANIZATION)) if k not in found
                ]
            continue
        if t.lemma_.lower() not in DEFIANCE_NOUNS or t.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in t.children):
            continue
        owners = [c for c in t.children if c.dep_ in ("amod", "poss", "compound")]
        owners += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
        for o in owners:
            found += [k for k in ctx.entities(o, kinds=(Kind.STATE, Kind.ORGANIZATION)) if k not in found]
            found += [k for k in ctx.modifier_entities(o, kinds=(Kind.STATE,)) if k not in found]
    return found


#: Reflexive pronouns: as a verb's object they name its subject again ("distanced itself from").
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})


#: CAMEO 143: a strike (walkout).
WALKOUT = "143"


#: Buildings a strike may hit, besides the physical words of [weapons].
STRUCK = frozenset({"school", "house", "home", "apartment", "residence", "office", "shelter", "factory"})


def _aimed_strike(noun: Token, physical: frozenset[str], place: Callable[[Token], bool]) -> bool:
    """ "strike(s) on / against" a place, a people or a physical target ("on Kharkiv", "on a
    school", "against Houthi positions"): a blow aimed, not a walkout ("a strike by railway
    workers", "on Monday", "against the pension reform")."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in RUNS:
        holders.append(noun.head.head)  # "a wave of strikes on Hezbollah strongholds"
    return not any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) and any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "against")
        and any(
            o.dep_ == "pobj"
            and (
                o.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
                or place(o)
                or o.lemma_.lower() in physical
                or o.lemma_.lower() in STRUCK
            )
            for o in c.children
        )
        for h in holders
        for c in h.children
    )


#: Nouns of a run of acts: "a wave / series / spate of strikes on X".
RUNS = frozenset({"wave", "series", "round", "spate", "string", "flurry", "volley", "salvo", "barrage"})


#: Verbs of giving each other the same thing: "X and Y traded fire / exchanged insults".
EXCHANGING = frozenset({"trade", "exchange", "swap"})
#: CAMEO roots of force: an attack or deployment "in Syria" is upon Syria.
FORCE = frozenset({"15", "17", "18", "19", "20"})
#: CAMEO roots of force that a verb the dictionary codes alone must show to be physical.
FORCE_ROOTS = frozenset({"18", "19", "20"})
#: Codes the CAMEO dictionary gives to acts that are no interaction: "launched an
#: initiative", "outlined plans" (014 Consider policy option), "hold a news conference",
#: "paid tribute" (017 Engage in symbolic act).
NO_INTERACTION = ("014", "017")
DENY = "016"
#: A statement to someone: "told Mr Howard that ..." (010 Make statement).
STATEMENT = "010"
#: Verbs of saying that pass on others' words (a paper's report, a quotation): no statement of one's own.
REPORTING = frozenset({"report", "quote"})
#: Tokens that close a sentence or its quotation: a verb of saying before one ends the words it tells.
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d", "''"})
#: What may follow a verb of saying that closes the words told before it ("..., said Mr X on Tuesday.").
TRAILING_DEPS = frozenset({"nsubj", "punct", "prep", "advmod", "dobj", "dative"})
#: Heads of a journalist's phrase: their "said" reports, it states no one's position.
NEWS_WRITERS = frozenset(
    {"correspondent", "editor", "reporter", "journalist", "analyst", "commentator", "columnist", "presenter"}
)
CRITICISE = "111"
ACCUSE = "112"
#: Roots of cooperation: support, material cooperation, aid, yielding (testimony of them charges no one).
COOPERATIVE_ROOTS = frozenset({"05", "06", "07", "08"})
AID = "070"
YIELD = "080"
#: CAMEO's de-escalation (a retreat or demobilisation: "withdrew from the city of Kherson").
WITHDRAWAL = "087"
LAWSUIT = "115"
PESSIMISTIC, DISAPPROVE = "012", "110"
APPEAL = "020"
#: The lexicon's code for "no event here" ("withdraw" a proposal is no withdrawal).
NO_EVENT = "---"
#: CAMEO roots of acts told without anyone acted upon: protests and uses of force ("took part
#: in protests"). A generic verb's pattern of another root needs someone acted upon.
UNDIRECTED = FORCE | {"14"}
#: Sectors of armed actors that are no state's forces (rebels, militias, gunmen, suicide
#: bombers): their bombings are unconventional violence (183), not a military's (19x).
IRREGULAR = frozenset({"UAF", "REB", "INS"})
#: Sectors of a state's armed forces: "its army", "its troops" act for the state.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"})
ARMED_NOUNS = frozenset(
    {"army", "force", "forces", "troop", "troops", "military", "navy", "soldier", "warship", "jet", "missile"}
    | {"fighter", "police", "aircraft", "gunboat", "submarine", "artillery", "militia"}
)
#: Words of allegiance after a noun of people, whose "to"/"with" phrase names whom they act for:
#: "fighters belonging to Hezbollah", "troops loyal to Gbagbo", "militias affiliated with IS".
ALLEGIANCE = frozenset({"belong", "belonging", "loyal", "affiliated", "allied", "aligned", "attached"})
#: The sector of armed men nobody names (a bomb's unknown planters): unidentified armed forces.
UNIDENTIFIED = "UAF"
#: CAMEO roots of acts with a partner (consult, cooperate diplomatically or materially): a
#: dictionary pattern codes them only with someone acted upon.
PARTNER_ROOTS = frozenset({"04", "05", "06"})
#: The gender a pronoun asks of its antecedent, and the one an honorific gives its name.
PRONOUN_GENDER = {
    "he": "M", "him": "M", "his": "M", "himself": "M",
    "she": "F", "her": "F", "hers": "F", "herself": "F",
}  # fmt: skip
HONORIFIC_GENDER = {
    "mr": "M", "sir": "M", "lord": "M",
    "mrs": "F", "ms": "F", "miss": "F", "dame": "F", "lady": "F",
}  # fmt: skip
#: CAMEO roots of acts upon what someone else did or said: "welcomed his apology" (05),
#: "demanded his resignation" (10), "criticised her remarks" (11), "rejected his offer" (12);
#: not "defended his record" (052): what one defends is often one's own.
OWNED_ROOTS = frozenset({"02", "051", "10", "11", "12"})
#: Words that may qualify "the parties" the document named: "the three main parties".
PARTY_PLURAL_WORDS = frozenset(
    {"main", "major", "big", "other", "political", "mainstream", "three", "two", "four"}
)
#: Prepositions whose phrase says whose or where a plural of parties is: "parties in Iraq".
WHOSE_PREPS = frozenset({"in", "of", "from", "across", "outside", "at", "on", "within", "inside"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Words that open a clause of time, parsed as a preposition: "after the minister backed it".
TIME_CONJUNCTIONS = frozenset({"after", "before", "until", "since"})
#: Words by which sentences go on about two people named before: "the pair were trying",
#: "the two men discussed".
PAIR_WORDS = frozenset({"pair", "duo", "two", "both", "they", "their", "them", "each"})
#: How many sentences back "the pair" may look for its two people.
MAX_PAIR_SENTENCES = 5
#: What one calls for to be done to a person: "called for the sacking of X", "for X's arrest".
OUSTINGS = frozenset(
    {
        "removal", "sacking", "dismissal", "impeachment", "replacement", "arrest", "extradition",
        "resignation", "ousting", "ouster", "expulsion", "deportation", "prosecution",
    }
)  # fmt: skip
#: Verbs whose "for" object is the one served, not the one acted upon: "spied for MI6".
ON_BEHALF = frozenset(
    {"spy", "work", "fight", "campaign", "serve", "play", "act", "stand", "run", "vote", "lobby"}
)
#: What one travels on or by, no destination: "arrived on RAF flights", "on a Zambian passport".
# Verbs of responding: "reacted to his warning" is to someone else's.
RESPONDING = frozenset({"react", "respond", "reply", "retort", "answer", "hit back"})
# Messages whose addressee a verb addresses: "in a letter to X, Y demanded".

# Documents whose possessor wrote or holds them: "publish Lord X's advice" asks nothing of him.
#: Nouns of people who lead or stand for a state or body: "talked with the leaders of France and
#: Egypt" talks with each state of their "of" phrase.
LEADERS = frozenset(
    {"leader", "head", "president", "premier", "minister", "counterpart", "government", "representative"}
    | {"delegation", "official", "envoy", "ambassador", "chief", "king", "queen", "ruler", "chancellor"}
)
#: Nouns of the members or a group of a body or people: "members of the Indian delegation",
#: "relatives of Mr Lee", "a committee of MPs" (an addressee named through them).
MEMBER_GROUPS = frozenset({"member", "relative", "family", "committee", "panel", "colleague", "delegate"})
#: Verbs of a couple made: "X is to marry Y", "X got engaged to Y" ("them" after is the two).
COUPLING = frozenset({"marry", "wed", "engage", "divorce"})
#: Nouns of a part of a document: "a piece of advice", "a copy of the report".
PARTS = frozenset({"piece", "copy", "part", "summary", "version", "text", "draft", "details", "contents"})
#: Acts of freeing or returning someone: an appeal for them is made of their holders.
FREEING = frozenset({"release", "free", "freeing", "return", "rescue", "repatriation", "repatriate", "spare"})
#: Words of a trip, and the verbs of its purpose that name whom it is made for: "travelled to
#: Leeds to support candidate X", "a visit to back Tory hopefuls X and Y".
VISITING = frozenset({"visit", "travel", "trip", "tour", "go", "fly", "head", "journey", "come"})
SUPPORTING = frozenset({"support", "back", "boost", "help", "endorse", "campaign", "canvass", "meet"})
#: Nouns and verbs of making a body that does not exist yet: "the creation of a European Defence
#: Union", "plans to set up a National Skills Agency"; what they make is no one acted upon.
CREATING_NOUNS = frozenset({"creation", "establishment", "formation", "founding", "setting"})
CREATING_VERBS = frozenset({"create", "establish", "found", "form", "set"})
#: Nouns of a proposal whose "for" names what is proposed: "a proposal for an International
#: Finance Facility", "plans for a new agency" (with an indefinite or "new" thing only: "Labour's
#: plans for the BBC" are about a body that exists).
PROPOSING_NOUNS = frozenset({"proposal", "plan", "idea", "scheme", "blueprint", "proposition"})
#: Verbs that give someone a name or a likeness: in '"Hain called me a mongrel"' the insult is the
#: subject's, not the quotation's speaker's.
NAME_CALLING = frozenset(
    {
        "call",
        "brand",
        "label",
        "dub",
        "term",
        "liken",
        "compare",
        "describe",
        "portray",
        "depict",
        "characterise",
        "characterize",
        "paint",
        "accuse",
    }
)
#: Verbs of a likeness: "likened X to a dictator", "compared him with Hitler" judge X by the thing named.
LIKENING = frozenset({"liken", "compare"})
#: Verbs of speaking of someone, with an adverb of how well ("spoke highly of X", "wrote
#: disparagingly about X"), and verbs that carry words of praise or blame for someone ("had warm words
#: for X", "reserved harsh words for X", "had nothing but praise for X", "was full of praise for X").
SPEAKING_OF = frozenset({"speak", "talk", "write"})
WORDS_CARRIERS = frozenset({"have", "reserve", "save", "be", "offer"})
SPOKEN_WELL = frozenset(
    {"highly", "warmly", "glowingly", "fondly", "approvingly", "admiringly", "favourably", "favorably"}
    | {"effusively", "appreciatively", "respectfully", "positively"}
)
SPOKEN_ILL = frozenset(
    {"disparagingly", "dismissively", "scathingly", "harshly", "critically", "contemptuously"}
    | {"scornfully", "disdainfully", "derisively", "sneeringly", "witheringly", "slightingly", "negatively"}
)
WORDS_WELL = frozenset(
    {"warm", "kind", "glowing", "generous", "fulsome", "nice", "complimentary", "flattering"}
)
WORDS_ILL = frozenset(
    {"harsh", "strong", "tough", "sharp", "bitter", "stern", "angry", "choice", "scathing", "cutting"}
    | {"withering", "unkind", "stinging", "blunt", "damning", "fierce"}
)
#: Verbs that give someone a name or a portrait ("called X a Y", "branded X Y", "described X as Y"):
#: a name of no listed tone is judged by the valence of its words (see :func:`_valence_tone`).
NAMING_VERBS = frozenset(
    {"call", "describe", "label", "brand", "dub", "term", "portray", "depict", "characterise"}
    | {"characterize", "paint", "cast", "liken", "compare"}
)
#: Words of the lexicon's classes a valence stands for in a naming frame: blame, praise.
VALENCE_BLAME, VALENCE_PRAISE = "disgrace", "admirable"
#: How far from zero the summed valence of a name's words must be to judge (VADER's -4..+4 scale).
VALENCE_BOUND = 1.5


#: Verbs whose "like" or "as" phrase tells what their subject is or does like ("behaves like a pirate
#: state", "acts as a rubber stamp"): an epithet predicated of the subject.
LIKE_PREDICATES = frozenset(
    {"be", "behave", "act", "look", "sound", "operate", "conduct", "serve", "function"}
)
#: Words of a state's or a body's rulers, judged for whom they rule: "Russia's leadership behaves
#: like 'a gang of racketeers'".
RULING_BODIES = frozenset(
    {"leadership", "government", "regime", "administration", "authority", "junta", "leader", "ruler"}
    | {"elite", "establishment", "cabinet", "ministry", "commission", "court", "parliament", "bank"}
)
#: Verbs of a change of state: what something became is no name given to it.
BECOMING = frozenset({"become", "get", "grow", "turn"})


def _quoted_epithet_tone(ctx: _Context, scope: list[Token]) -> tuple[str, list[Token]] | None:
    """The valence tone ("111" / "051", see :func:`_valence_tone`) of a quoted epithet in ``scope``
    (a said clause) and the subjects it is said of: a predicate noun or adjective ("was 'a rubber
    stamp'"), the "like"/"as" phrase of a verb of being or behaving ("behaved 'like a pirate
    state'"), or a verb quoted alone ('had "bulldozed" the schools'). Only words in quotation marks
    count (the speaker's own words of abuse or praise), said of a named subject outside them (not a
    whole quoted sentence, nor "had become 'a crucible of terrorism'"); the first epithet with a
    tone decides."""
    for tok in scope:
        if tok.pos_ == "VERB" and ctx.quoted(tok.i) and not ctx.quoted(tok.i - 1):
            verb, words = tok, [tok]  # 'said the SNP had "bulldozed" Scotland's schools'
        elif tok.dep_ in ("attr", "acomp") or (
            tok.dep_ == "prep" and tok.lower_ in ("like", "as") and tok.head.lemma_.lower() in LIKE_PREDICATES
        ):
            verb, words = tok.head, [t for t in tok.subtree if ctx.quoted(t.i)]
        else:
            continue
        if not words or verb.lemma_.lower() in BECOMING or (tok is not verb and _unjudged(tok)):
            continue
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ != "PRON"
            and not ctx.quoted(c.i)
            and not (ctx.is_thing(c) and c.lemma_.lower() not in RULING_BODIES)
            and ctx.entities(c)
        ]  # (a named one: 'said the rebate was "entirely justified"' names no one judged)
        if not subjects:
            continue
        tone = _valence_tone(words)
        if tone is not None:
            return tone, subjects
    return None


def _word_valence(tok: Token, table: Mapping[str, float]) -> float:
    """The valence of one word (by its form, its lemma, the parts of a hyphenated word; a compound
    before it read with it: "rubber stamp", "kangaroo court"), 0 for names and words not listed."""
    if tok.pos_ in ("PROPN", "ADP", "DET", "PRON", "AUX", "PUNCT") or tok.ent_type_:
        return 0.0
    score = table.get(tok.lower_)
    if score is None:
        score = table.get(tok.lemma_.lower())
    if score is None and "-" in tok.lower_:
        score = min((table.get(part, 0.0) for part in tok.lower_.split("-")), default=0.0)
    score = score or 0.0
    for c in tok.children:
        if c.dep_ == "compound" and c.i < tok.i:
            pair = table.get(f"{c.lower_} {tok.lower_}")
            score = pair if pair is not None else score + table.get(c.lower_, 0.0)
    if any(
        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in (*tok.children, *tok.head.children)
    ):
        score = -score if score > 0 else 0.0  # "not a reliable partner"; "not a puppet" praises no one
    return score


#: Dependents read with a phrase's head for its valence: "a rogue state", "deeply cynical", "weak and
#: divided".
VALENCE_MODIFIERS = frozenset({"amod", "advmod", "conj", "nmod", "acomp", "attr", "npadvmod"})


def _phrase_valence(tok: Token, within: set[int], table: Mapping[str, float]) -> float:
    """The valence of the phrase ``tok`` heads (its words in ``within``): the head and its modifiers;
    when these carry none, what it is "of" ("a gang of racketeers", "sponsor of terror"); a
    preposition ("like a pirate state", "as a puppet") by its object. Other phrases are no part of
    the name ("a threat to freedom" is no praise of freedom)."""
    if tok.pos_ == "ADP":
        return sum(
            _phrase_valence(c, within, table) for c in tok.children if c.dep_ == "pobj" and c.i in within
        )
    score = _word_valence(tok, table)
    score += sum(
        _phrase_valence(c, within, table)
        for c in tok.children
        if c.dep_ in VALENCE_MODIFIERS and c.i in within
    )
    if score == 0.0:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i in within:
                score += _phrase_valence(prep, within, table)
    return score


def _valence_tone(tokens: Iterable[Token]) -> str | None:
    """ "111" when the words of a name or an epithet are on the whole negative ("a gang of racketeers",
    "a kangaroo court", "arsonists of democracy"), "051" when positive ("a reliable partner"), else
    None, by the valence table (VADER's lexicon with political abuse added). Each phrase of the words
    is read from its head (see :func:`_phrase_valence`); names of entities are no judgement
    ("Justice and Development Party"); a word under a negation counts the other way."""
    table = valence()
    words = list(tokens)
    within = {t.i for t in words}
    total = sum(_phrase_valence(t, within, table) for t in words if t.head.i not in within or t.head.i == t.i)
    if total <= -VALENCE_BOUND:
        return "111"
    if total >= VALENCE_BOUND:
        return "051"
    return None


#: Verbs of an act that stops a journey under way: "was arrested while travelling to London",
#: "detained as he flew to Cairo", "was shot dead on his way to"; the trip is cut short, no visit.
JOURNEY_STOPPERS = frozenset(
    {
        "arrest",
        "detain",
        "seize",
        "capture",
        "kidnap",
        "abduct",
        "intercept",
        "stop",
        "apprehend",
        "hold",
        "catch",
        "kill",
        "shoot",
        "ambush",
        "injure",
        "wound",
        "die",
        "deport",
        "expel",
    }
)
#: Participles of holding people captive: "prisoners held by Iran", "soldiers captured by
#: Hezbollah" are held by the one named, whom an appeal for their release is made of.
DETAINING = frozenset(
    {
        "detain",
        "hold",
        "jail",
        "imprison",
        "intern",
        "keep",
        "capture",
        "kidnap",
        "abduct",
        "seize",
        "incarcerate",
    }
)
#: Of those, the acts of a state's authorities: "suspects detained in the UK" are held by the
#: state they are in; not "an aid worker kidnapped in Iraq", "hostages held in Iraq".
STATE_DETAINING = frozenset({"detain", "jail", "imprison", "intern", "incarcerate"})
#: Nouns of asking: "refused despite a request / pleas / calls from X", "against the wishes of X".
PLEAS = frozenset({"request", "plea", "call", "appeal", "demand", "pressure", "urging", "entreaty", "wish"})
#: Nouns and verbs of answering a warning, a charge or a call: the one who answers it is the
#: one it was aimed at ("a rebuttal of a warning from X", "dismissed criticism from X").
RESPONSE_NOUNS = frozenset(
    {
        "rebuttal",
        "response",
        "reply",
        "answer",
        "retort",
        "riposte",
        "rejection",
        "dismissal",
        "rebuff",
        "denial",
    }
)
RESPONSE_VERBS = frozenset(
    {
        "rebut",
        "reject",
        "dismiss",
        "answer",
        "rebuff",
        "deny",
        "refute",
        "counter",
        "respond",
        "reply",
        "shrug",
    }
)
#: Bodies of a state's force that "the X" with no state named means of the document's state
#: ("Kenyan activists hit out at the police", "criticised the army for the raids").
HOME_FORCES = frozenset({"police", "army", "military"})
#: Nouns of claims made against someone: "declined to comment on X's allegations".
CLAIM_NOUNS = frozenset(
    {"allegation", "claim", "charge", "accusation", "criticism", "remark", "comment", "report"}
)
#: Verbs of receiving what others say or do to one: "came in for criticism from X", "faced a
#: barrage of criticism from X", "drew condemnation from X", "was subjected to threats from X":
#: their subject is whom the words are aimed at.
RECEIVING_VERBS = frozenset(
    {"come", "face", "draw", "attract", "receive", "suffer", "incur", "meet", "earn", "endure", "weather"}
    | {"subject", "provoke", "invite", "get", "take", "win", "garner", "gain"}
    # "secured the backing of", "enjoys the support of", "elicited condemnation from", "reaped
    # praise from", "sparked a rebuke from"
    | {"secure", "enjoy", "command", "elicit", "reap", "spark", "trigger", "prompt", "pick"}
)
#: Nouns of a quantity of words: "a barrage of criticism", "a storm of protest".
VOLLEY_NOUNS = frozenset(
    {"barrage", "storm", "wave", "torrent", "chorus", "flood", "hail", "volley", "stream", "flurry"}
    | {"avalanche", "tide", "deluge", "salvo", "round", "lot", "deal", "welter", "firestorm", "blizzard"}
)
#: CAMEO roots of words or blows received ("came in for criticism", "drew threats", "came under
#: attack from").
RECEIVED_ROOTS = frozenset({"05", "10", "11", "13", "18", "19"})  # (and praise: "drew praise from X")
#: Prepositions of the one a light verb's idiom acts upon besides the target prepositions: "tore
#: a strip off the minister".
IDIOM_TARGET_PREPS = frozenset({"off"})
#: Nouns of being aimed at: "was the target of fierce criticism from X".
AIMED_AT_NOUNS = frozenset({"target", "subject", "object", "focus", "butt", "recipient"})
#: Nouns of talks: "called off the strike after talks with the government" yields to them.
TALKS = frozenset(
    {"talk", "negotiation", "deliberation", "meeting", "consultation", "discussion", "dialogue"}
)
#: Nouns of a party's own body and bond: "party unity", "party members" are the caller's party.
PARTY_BODY = frozenset({"unity", "discipline", "loyalty", "member", "activist", "worker", "faithful"})
#: Kin nouns of one gender: "her husband" is the man of her surname named in the document.
KIN_GENDER = {
    **dict.fromkeys(("husband", "son", "father", "brother", "widower", "stepson", "stepfather"), "M"),
    **dict.fromkeys(("wife", "daughter", "mother", "sister", "widow", "stepdaughter", "stepmother"), "F"),
}
#: Last words of the names of legal texts: no one who acts or is acted upon, even as the
#: "of" object or the possessor of the noun an act is upon ("the signing of the Maastricht Treaty").
LEGAL_TEXTS = frozenset(
    {
        "treaty", "convention", "accord", "protocol", "constitution", "charter", "bill", "act",
        "directive", "manifesto", "law", "legislation", "amendment", "regulation", "agreement",
    }
)  # fmt: skip
#: The side of a family tie a kin noun names, and the side it is kin to: a "daughter" is
#: whose "father" or "mother" is.
KIN_SIDE = {
    **dict.fromkeys(("father", "mother", "stepfather", "stepmother"), "parent"),
    **dict.fromkeys(("son", "daughter", "stepson", "stepdaughter"), "child"),
    **dict.fromkeys(("husband", "wife", "widow", "widower"), "spouse"),
    **dict.fromkeys(("brother", "sister"), "sibling"),
}
KIN_INVERSE = {"parent": "child", "child": "parent", "spouse": "spouse", "sibling": "sibling"}
DOCUMENTS = frozenset(
    {"advice", "report", "letter", "memo", "memorandum", "paper", "plan", "document", "dossier", "file"}
    | {"opinion", "findings", "evidence", "minutes", "notes", "diary", "diaries", "correspondence"}
)
_MESSAGES_OR_DOCUMENTS = MESSAGES | DOCUMENTS
# Verbs and nouns of making a document public: "publish", "the release of".
#: Nouns of acts done to their "of" object ("the investigation of X"): X does not act.
UNDERGONE = frozenset(
    {
        "investigation",
        "probe",
        "inquiry",
        "prosecution",
        "trial",
        "audit",
        "sale",
        "takeover",
        "purchase",
        "acquisition",
        "arrest",
        "rescue",
        "bailout",
        "break-up",
        "nationalisation",
        "privatisation",
    }
)
#: A place's own bodies, no part of its state's government.
LOCAL_BODIES = frozenset({"council", "councillor", "councils", "councillors"})
#: Verbs whose object is what is talked about: its owner is no partner of the talk.
TOPIC_VERBS = frozenset({"discuss", "debate", "consider", "examine", "review", "study", "explore", "address"})
PUBLISHING = frozenset({"publish", "release", "disclose", "reveal", "leak", "declassify", "show"})
PUBLISHING_NOUNS = frozenset({"publication", "release", "disclosure", "declassification"})
_DOCUMENTS_OR_PUBLISHING = DOCUMENTS | PUBLISHING_NOUNS
CARRIERS = frozenset(
    [
        "flight",
        "plane",
        "aircraft",
        "jet",
        "ship",
        "boat",
        "ferry",
        "train",
        "bus",
        "passport",
        "visa",
        "ticket",
        "helicopter",
        "vessel",
        "airline",
    ]
)
#: Goods that arrive or travel: their arrival is a delivery, no visit.
CARGO = frozenset(
    [
        "supply",
        "supplies",
        "aid",
        "food",
        "goods",
        "shipment",
        "cargo",
        "consignment",
        "equipment",
        "medicine",
        "fuel",
        "weapon",
        "ammunition",
        "parcel",
        "delivery",
    ]
)
#: Verbs of killing: done by a private person to a person, CAMEO 1823 Kill by physical assault.
KILLING = frozenset(
    {"kill", "murder", "slay", "strangle", "slaughter", "butcher", "behead", "lynch", "poison"}
)
_KILLING_VERBS = KILLING | {"massacre", "execute"}
#: Sectors of a state's own bodies: a target named by one is the state governed, even by
#: a party of that state ("the Tories accused the government").
GOVERNING = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
#: Prepositions of the act an object is charged with, praised for or kept from: "accused
#: Blair of lying", "praised Japan for helping", "stopped Iran from enriching".
CHARGED = frozenset({"of", "for", "from", "into"})
#: Prepositions of whom a word of judgement is about: "critical of Blair", "angry with Iran".
JUDGED = frozenset({"of", "with", "toward", "towards", "about"})
#: Prepositions of what words are about: "remarks on Iraq", "his stance over the war".
TOPIC_PREPS = frozenset({"on", "over", "about", "into", "regarding", "concerning"})
#: Verbs of harm done to others: one who says a named person's policy or act will do this
#: ("said Mr Howard's cuts would hurt the poorest") criticises its owner (111).
HARMING = frozenset(
    {"hurt", "harm", "damage", "ruin", "wreck", "destroy", "cripple", "devastate", "impoverish"}
    | {"penalise", "penalize", "jeopardise", "jeopardize", "endanger", "undermine", "betray", "worsen"}
)
#: What people lose or are pushed into when harmed: "thousands of nurses will lose their jobs",
#: "more people will be pushed into poverty", "families will end up homeless".
LOSSES = frozenset({"job", "home", "livelihood", "life", "income", "pension", "saving", "house"})
HARDSHIPS = frozenset(
    {"poverty", "misery", "hardship", "homelessness", "unemployment", "debt", "destitution", "homeless"}
    | {"unemployed", "destitute", "jobless"}
)
#: What a person's act that harms may be ("his plans", "the chancellor's tax rises").
HARMFUL_ACTS = frozenset(
    {"plan", "policy", "cut", "rise", "increase", "reform", "change", "proposal", "scheme", "measure"}
    | {"tax", "charge", "law", "bill", "privatisation", "privatization", "decision", "budget", "approach"}
)
#: Verbs of a promise broken ("has broken his word", "went back on his pledge", "reneged on
#: the deal", "backtracked on its commitment"), and the nouns of what was promised.
PROMISE_BREAKING = frozenset({"break", "go", "renege", "backtrack", "welsh", "betray"})
PROMISES = frozenset({"word", "promise", "pledge", "vow", "commitment", "undertaking", "guarantee"})
_PLAN_WORDS_OR_PROMISES = PLAN_WORDS | PROMISES
_PLAN_WORDS_OR_PLEDGES = PLAN_WORDS | {"pledge", "promise"}
#: What someone reckons, said not to "add up" ("the Tories' sums do not add up", "none of
#: Labour's figures add up"): a charge that the owner's reckoning is wrong (111).
RECKONINGS = frozenset({"sum", "figure", "number", "costing", "calculation", "arithmetic", "math", "maths"})
#: Words of blame (``@negative``) only as nouns: "a breach of", "an affront to".
BLAME_NOUNS_ONLY = frozenset({"breach", "affront"})
#: Nouns of one who speaks for someone: a bare "the spokesman" is the one named before.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Verbs of saying with the one addressed as their object: "told Y that ...", "assured Y that
#: ...", "reminded Y that ...", "informed Y that ...": a statement (010) to Y.
TELLING = frozenset({"tell", "assure", "reassure", "remind", "inform", "brief", "update", "advise"})
#: Verbs of making a message for someone ("prepared / drafted a memo for X", "handed a letter to
#: X"), beside those of writing and sending (meaning.WRITING).
DRAFTING = frozenset({"prepare", "draft", "deliver", "hand", "submit", "present", "dispatch", "despatch"})
#: Verbs of telling whose object is told about a matter, with no words reported: "briefed peers
#: on the reforms", "reminded MSPs of their duty", "updated MPs on the talks".
BRIEFING = frozenset({"brief", "update", "remind", "inform", "advise"})
#: Verbs of saying whose "to" phrase names the one the words are said to: "said to MPs that ...",
#: "explained to the minister that ...", "confided to Mr X that ...", "wrote to X that ...".
SAYING_TO = frozenset(
    {"say", "explain", "admit", "confide", "confess", "declare", "announce", "insist", "stress", "confirm"}
    | {"reveal", "disclose", "concede", "signal", "indicate", "suggest", "point", "write", "report", "state"}
    | {"acknowledge", "emphasise", "emphasize", "repeat", "reiterate", "mention", "hint", "boast"}
)
#: Nouns of blame owned by someone: "Labour's lies and spin", "the government's incompetence",
#: "Mr Blair's betrayal of pensioners": a speaker who names them criticises the owner (111).
BLAME_NOUNS = frozenset(
    {"lie", "spin", "sleaze", "incompetence", "arrogance", "complacency", "dishonesty", "hypocrisy"}
    | {"deceit", "deception", "cynicism", "betrayal", "mismanagement", "blunder", "fiasco", "shambles"}
    | {"u-turn", "smear", "scaremongering", "negligence", "bullying", "dithering", "cowardice", "cronyism"}
    | {"aggression", "provocation", "interference", "meddling", "intransigence", "obstruction"}
)
#: Words of blame (``@negative``) that, said of a thing someone owns, need not blame the owner:
#: "Sri Lanka's desperate need for aid", "Iraq's dangerous roads", "the city's chaotic traffic".
UNBLAMING_ADJECTIVES = frozenset({"desperate", "dangerous", "chaotic", "destructive", "concern"})
#: Nouns of what someone does or how (beside :data:`HARMFUL_ACTS`), the things whose blame
#: blames their owner: "Labour's authoritarian response", not "Britain's illegal immigrants".
CONDUCT_NOUNS = frozenset(
    {"response", "approach", "attitude", "stance", "position", "behaviour", "behavior", "conduct"}
    | {"action", "act", "tactic", "handling", "record", "instinct", "war", "attack", "campaign", "claim"}
    | {"test", "regime", "leadership", "strategy", "reaction", "move", "treatment", "agenda", "programme"}
    | {"program", "spending", "method", "management", "stewardship", "rule", "government", "statement"}
)
#: Words of trust. A lack or a loss of them, or trust denied, said of someone named blames
#: them (111): "a fundamental lack of trust in Tony Blair", "Mr Blair had lost the trust of the
#: people", "voters have lost faith in Labour", "no confidence in the Speaker", "you cannot
#: trust the Tories", "distrust of Mr Howard" (see :func:`_distrusted`).
TRUST = frozenset({"trust", "confidence", "faith", "credibility"})
#: Verbs of relying on someone: denied ("you can't rely on his judgement", "nobody can count on
#: Labour") they blame the one relied on as "cannot trust" does (111).
RELYING = frozenset({"rely", "depend", "count", "bank"})
#: Who relies, for those verbs (a thing that "cannot depend on France" blames no one).
RELYING_PEOPLE = frozenset(
    {"voter", "people", "public", "one", "nobody", "anyone", "taxpayer", "patient", "parent", "member"}
    | {"country", "nation", "ally", "government", "party", "citizen", "consumer", "business", "worker"}
)
#: Verbs whose negation is read in their clause: "I don't think you can rely on him".
NEG_RAISING = frozenset({"think", "believe", "suppose", "expect", "reckon", "imagine"})
#: Verbs of giving in ("gave in to pressure", "caved in to the unions' demands", "bowed to
#: pressure from Paris", "kowtowed to Beijing"): said of someone, a charge of weakness (111).
CAPITULATING = frozenset({"give", "cave", "bow", "yield", "succumb", "buckle", "kowtow", "capitulate"})
#: What one gives in to, for the verbs of many senses ("bowed to the Queen" is no capitulation).
PRESSURES = frozenset({"pressure", "demand", "threat", "blackmail", "lobbying", "dictate", "diktat"})
#: Nouns of a lack or a loss of a thing: "a lack of trust", "the collapse of confidence".
LACKS = frozenset({"lack", "loss", "absence", "erosion", "collapse", "breakdown", "crisis"})
#: Words of honesty or fitness: said of a named person with "not" ("has not been
#: straightforward", "was not honest with voters") they blame them (111).
HONESTY = frozenset(
    {"honest", "straightforward", "truthful", "straight", "frank", "candid", "trustworthy", "competent"}
)
#: Nouns of one who takes a side, read only when they say what someone named is ("X, a critic
#: of Y", "X has been a leading advocate of Y"; see ``[agent_nouns]``).
SIDE_NOUNS = frozenset({"advocate", "supporter", "champion", "backer", "critic"})
#: Verbs of dismay said of what someone did: '"It appals me that Labour has ignored
#: pensioners," said X' is X's disapproval (110), as "X was appalled that ...".
DISMAYING = frozenset(
    {"appal", "appall", "disgust", "outrage", "horrify", "dismay", "sicken", "anger", "infuriate"}
    | {"stagger", "baffle", "sadden", "disappoint", "shock"}
)  # (not "amaze", "astonish": wonder may be admiration)
#: Subordinators of a condition or a time while which a harm will go on: "if X gets his way",
#: "as long as X continue to", "while X carries on".
CONDITIONS = frozenset({"if", "as", "while", "unless", "until", "when", "once", "so"})
#: What one may fail to get without failing anyone: "failed to win the seat" is no charge.
FAILED_OUTCOMES = frozenset(
    {
        "win",
        "reach",
        "secure",
        "gain",
        "attract",
        "qualify",
        "agree",
        "find",
        "get",
        "score",
        "sell",
        "finish",
    }
)
#: Nouns for something said or believed: "rejected the idea X posed a threat" judges X.
PROPOSITIONS = frozenset(
    {
        "idea",
        "suggestion",
        "claim",
        "notion",
        "allegation",
        "assertion",
        "accusation",
        "charge",
        "view",
        "argument",
    }
)
#: Nouns for charges made against someone, and verbs of answering them.
CHARGES = frozenset({"allegation", "claim", "charge", "accusation"})
DENYING = frozenset({"deny", "reject", "dispute", "refute"})
#: Prepositions of whom an act goes to or against: "aid to the refugees in Chad" is Chad's.
RECIPIENT_PREPS = frozenset({"to", "against", "toward", "towards"})
#: Verbs of taking people or things out of a place: "withdrew its troops from Chad" acts upon Chad.
REMOVING = frozenset(
    {"withdraw", "evacuate", "expel", "deport", "pull", "oust", "recall", "evict", "extradite"}
)
#: Quotation marks: curly ones say which way they go, a straight one toggles.
QUOTE_OPEN = frozenset({'"', "\u201c", "``"})
#: Marks after a speaker's name that open their quotation with no verb of saying ('X: "..."').
COLON_MARKS = frozenset({":", "-", "\u2013", "\u2014"})
#: How far into a sentence a speaker's colon may be (their name and title, "X, from Y").
COLON_SPEAKER_WORDS = 16
#: Broadcasters' words for those who ask the questions: their words are no one's position.
BROADCASTERS = frozenset({"presenter", "interviewer", "host", "anchor", "broadcaster", "newsreader"})
_NEWS_WRITERS_OR_BROADCASTERS = NEWS_WRITERS | BROADCASTERS
QUOTE_ONLY_OPEN = frozenset({"\u201c", "``"})
QUOTE_ONLY_CLOSE = frozenset({"\u201d", "''"})
#: CAMEO roots of acts upon a territory: with no one else acted upon, "staged a protest in
#: Moscow", "lifted a curfew in Srinagar", "drills in Alaska" act upon the place's state.
PLACE_ROOTS = frozenset({"08", "14", "15", "17", "18", "19", "20"})
#: Of those, the roots CAMEO codes upon the agent's own state when done at home.
DOMESTIC = frozenset({"08", "14", "17"})
#: The CAMEO root of protest, and the sectors of a state's people (not its government) who
#: protest at home: students, workers, civilians, refugees, the opposition ...
PROTEST = "14"
CIVIL = frozenset(
    {
        "CVL",
        "EDU",
        "LAB",
        "OPP",
        "REF",
        "AGR",
        "BUS",
        "MED",
        "HLH",
        "REL",
        "ELI",
        "CRM",
        "ENV",
        "HRI",
        "RAD",
        "PTY",
    }
    | {"MUS", "CHR", "HIN", "BUD", "JEW"}
)
_CIVIL_OR_IRREGULAR = CIVIL | IRREGULAR
#: Sectors of a state's own people when named with no state: those of :data:`CIVIL` and
#: armed groups ("accepted demands from rebels").
OWN_PEOPLE = CIVIL | IRREGULAR | {"REB"}
#: Sectors of a state's own officials and bodies: named with no state and acted upon by that
#: state's courts, police or people, they are its own ("arrested a former minister").
OWN_OFFICIALS = GOVERNING
#: Sectors of a state's actors at home: its courts, police, lawmakers and people.
HOME_ACTORS = CIVIL | {"JUD", "COP", "LEG", "OPP"}
#: Sectors whose posts armed men of a state attack at home ("stormed a police checkpoint").
ARMED_POSTS = frozenset({"COP", "MIL", "GOV"})
#: Things and places held by people named beside them: "rebel positions", "an opposition
#: rally", "a rebel-held town", "a police checkpoint".
HELD_THINGS = frozenset(
    {"position", "camp", "base", "stronghold", "hideout", "town", "village", "area", "district", "enclave"}
    | {"checkpoint", "post", "outpost", "station", "office", "headquarters", "barracks", "convoy", "patrol"}
    | {"rally", "march", "demonstration", "protest", "sit-in", "gathering", "meeting", "strike", "vigil"}
    | {"territory", "zone", "bastion", "redoubt", "enclave", "neighbourhood", "neighborhood", "city"}
)
#: Prepositions naming whom an object belongs to or is aimed at: "a march by students".
_OWNED_BY = frozenset({"from", "of", "by", "against", "for", "on", "at", "into"})
#: Sectors of people named only as people or as lawmakers ("35 people", "a senator"): a state's
#: own when its forces or armed men coerce or attack them at home.
UNNAMED_PEOPLE = frozenset({"PPL", "LEG"})
#: CAMEO roots of asking, demanding, blaming, rejecting and threatening: a state's people may do
#: so to their own government ("the opposition called on the government").
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
#: Nouns of a state's rulers named with no state: "called on the authorities".
RULERS = frozenset({"government", "authorities", "authority", "regime", "administration", "junta", "cabinet"})
#: CAMEO's root of a show of force (an alert, a mobilisation, a deployment).
POSTURE = "15"
#: Words that tell what a show of force answers: "after China sent warships", "amid the dispute".
PROVOKING = frozenset({"after", "amid", "amidst", "following"})
#: CAMEO roots of coercion and force.
COERCION_ROOTS = frozenset({"17", "18", "19", "20"})
#: Prepositions of the one acted upon: "cracked down on students", "fired on protesters".
_UPON = frozenset({"on", "against", "upon", "to", "at"})
#: Nouns of the people of a group: "leaders of the opposition coalition" are of the opposition.
MEMBERS = frozenset({"leader", "member", "activist"})
_PARTITIVE_OR_MEMBERS = PARTITIVE | MEMBERS
#: Parts of a town an act is done in, named with the town after "of": "the streets of Kiev".
TOWN_PARTS = frozenset({"street", "centre", "center", "heart", "outskirts", "square", "suburb", "capital"})
#: Nouns of a place whose "of" phrase names it: "the city of Nablus", "the province of Aceh".
SETTLEMENTS = frozenset(
    {"city", "town", "village", "province", "region", "district", "county", "port", "island", "enclave"}
    | {"capital", "municipality", "governorate", "prefecture", "state", "territory", "republic"}
)
#: Prepositions of the place an act upon a territory happened in.
WITHIN = ("in", "at", "inside", "throughout", "across", "near")
#: Prepositions of an object's author or owner: "rejected calls by X", "suspended part of
#: an aid programme for X", "criticised the rivalry between the pair" - X is acted upon
#: when no one else is.
OWNERS = ("by", "of", "for", "from", "between")
#: Prepositions naming whom an offered thing is for: "aid to Syria", "a pact with Uzbekistan".
OFFERED_TO = frozenset({"to", "with", "between", "for"})
#: Clause links along which a verb shares the subject of the clause above it.
INHERITING = frozenset({"xcomp", "advcl", "conj", "acl", "relcl", "ccomp", "pcomp", "pobj", "prep", "acomp"})


@dataclass(frozen=True, slots=True)
class Rule:
    lemma: str
    pos: str
    cameo: str
    objects: frozenset[str] | None
    subjects: frozenset[str] | None
    needs_target: bool = False
    reverse: bool = False  # the object side acts upon the subject: "won recognition from Y"
    alone: bool = False  # the CAMEO dictionary's code for the verb alone: the weakest evidence

    @property
    def specificity(self) -> int:
        return (self.objects is not None) + (self.subjects is not None)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger rules by lemma, word classes, and CAMEO code names."""

    rules: dict[str, tuple[Rule, ...]]
    classes: dict[str, frozenset[str]]
    names: dict[str, str]
    starts: frozenset[str] = frozenset()  # first words of every trigger, multi-word ones too

    def match(self, lemma: str, pos: str, obj: str | None, subj: str | None) -> Rule | None:
        for rule in self.rules.get(lemma, ()):
            if rule.pos not in ("*", pos):
                continue
            if rule.objects is not None and (obj is None or obj not in rule.objects):
                continue
            if rule.subjects is not None and (subj is None or subj not in rule.subjects):
                continue
            return rule
        return None

    def name(self, code: str) -> str:
        return self.names.get(code) or self.names.get(code[:2], code)


@functools.cache
def lexicon() -> Lexicon:
    """Load ``triggers.tsv`` and ``cameo_codes.tsv`` once."""
    classes: dict[str, frozenset[str]] = {}
    raw: list[list[str]] = []
    for line in data_lines("triggers.tsv"):
        cells = line.split("\t")
        if cells[0].startswith("@"):
            classes[cells[0]] = frozenset(cells[1].split())
        else:
            raw.append(cells + [""] * (6 - len(cells)))

    def words(cell: str) -> frozenset[str] | None:
        if not cell.strip():
            return None
        out: set[str] = set()
        for item in cell.replace(",", " ").split():
            out |= classes[item] if item.startswith("@") else {item}
        return frozenset(out)

    rules: dict[str, list[Rule]] = {}
    for lemma, pos, code, obj, subj, needs in (r[:6] for r in raw):
        rule = Rule(lemma, pos, code, words(obj), words(subj), needs.strip() == "target")
        rules.setdefault(lemma, []).append(rule)
    names = {}
    for line in data_lines("cameo_codes.tsv")[1:]:
        code, _root, name, *_ = line.split("\t")
        names[code] = name[:1].upper() + name[1:].lower() if name.isupper() else name
    ordered = {k: tuple(sorted(v, key=lambda r: -r.specificity)) for k, v in rules.items()}
    # (a verb that only carries a voiced feeling or a bond, "had qualms", "offered his
    # congratulations", "enjoyed good relations", is no trigger of its own: "he told MPs he
    # had ..." is still words told)
    voiced = (
        classes["@praising"]
        | classes["@sympathy"]
        | classes["@misgiving"]
        | classes["@tribute"]
        | classes["@apology"]
        | classes["@confidence"]
        | classes["@bond"]
        | classes["@venting"]  # "vented his fury at X"
        | classes["@accusing"]  # "made allegations against X", "levelled charges at X"
    )
    carriers = {
        k for k, v in ordered.items() if all(r.objects is not None and r.objects <= voiced for r in v)
    }
    # (an idiom's verb alone is no trigger: "came to Britain" is not "came out against")
    idioms = {k for k, v in ordered.items() if all(r.pos == IDIOM for r in v)}
    starts = frozenset(k.split("_")[0].split("+")[0] for k in ordered if k not in carriers | idioms)
    return Lexicon(ordered, classes, names, starts)


@dataclass(slots=True)
class _Event:
    cameo: str
    trigger: Token
    agents: list[str]
    targets: list[str]
    locations: list[str] = field(default_factory=list)
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    date: str | None = None
    #: entity -> (sector, mention): how the text named each agent and target
    details: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    #: an act scheduled, told as the intent to do it (see ``_planned_as_intent``)
    scheduled: bool = False
    #: target -> (sector, mention) where the target is named apart from the same entity as an
    #: agent: "gunmen killed 13 police officers in Michoacan" (MEX UAF upon MEX COP)
    target_details: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


class EventExtractor:
    """Extract events from one parsed document, given its resolved entities."""

    def __init__(self) -> None:
        self.lex = lexicon()
        self.words = word_lists()
        self.nominalized = dict(self.words.nominalizations)
        self.verbs = verb_dictionary()
        classes = self.lex.classes
        #: nouns of feelings voiced ("offered his congratulations", "had qualms about")
        #: nouns of scorn delivered or in a quantity ("heaped abuse on", "a torrent of abuse")
        self.scorning: frozenset[str] = classes.get("@scorning", frozenset())
        self.feeling_nouns = (
            classes["@praising"]
            | classes["@sympathy"]
            | classes["@misgiving"]
            | classes["@tribute"]
            | classes["@confidence"]
        )
        # Unions of word classes and lists the rules test words against, made once here rather
        # than on every call (the judgement's union alone was made 9,200 times in 300 BBC articles).
        empty: frozenset[str] = frozenset()
        negative, positive = classes.get("@negative", empty), classes.get("@positive", empty)
        good, bad = classes.get("@character_good", empty), classes.get("@character_bad", empty)
        #: the words of a tone: blame or praise
        self.tone_words = negative | positive
        #: words of a crime said of someone: an accusation (112, see _tone)
        self.charge_words = classes.get("@charges", empty)
        #: the words of a judgement, of a thing or of a person's character (see _judgement)
        self.judging_words = self.tone_words | good | bad | self.charge_words
        #: praise and blame of a bond (see _warm)
        self.warm_words = positive | good | {"good", "cordial"}
        self.cold_words = negative | bad
        #: texts and decisions that may be judged as themselves ("the scheme was flawed")
        self.made_things = self.words.documents | self.words.topic_nouns | self.words.document_nouns
        self._openings: tuple[Doc, list[bool]] | None = None  # (see _judged_openings)
        #: verbs some rule of `_verbal` or `_code_rule` codes whatever their sentence (see _may_code)
        self.coded_verbs = _verbs_coded_by_name(self.lex, self.words)
        #: verbs with an idiom row of the lexicon ("round_up", "play+host")
        self.idiom_verbs = frozenset(
            k.split("_")[0].split("+")[0] for k, v in self.lex.rules.items() if v[0].pos == IDIOM
        )
        self._codable: dict[tuple[str, str | None], bool] = {}  # (lemma, entry word) -> may code
        self.goods_verbs = _goods_table()[0]
        self.trigger_words = _TriggerWords(_trigger_word_set(self.lex, self.words, self.nominalized))

    def __call__(self, doc: Doc, article: Article, found: DocEntities) -> ExtractorOutput:
        from . import ExtractorOutput

        return ExtractorOutput(events=tuple(self.extract(doc, article, found)))

    # -- entry ----------------------------------------------------------------------------
    def extract(self, doc: Doc, article: Article, found: DocEntities) -> list[EventFact]:
        ctx = _Context(doc, found, self.lex, self.words, date=article.date, trigger_words=self.trigger_words)
        events: list[_Event] = []
        for sent in doc.sents:
            made = list(self._sentence(ctx, sent, article))
            made = self._refusal_frames(ctx, sent, made, article)
            told = settle(made, self.words, ctx.sentences, ctx.entities)
            if ctx.threat_pending:
                told = _threats_kept(ctx, told) + ctx.threat_pending
                ctx.threat_pending = []
            found_events = _restated(_asked_or_alleged(_considered(_said_besides(told), self.words)))
            found_events = _denials_of_states(ctx, found_events)
            _inquiry_subjects(ctx, found_events)
            _freed_from_custody(ctx, found_events)
            told = _targets_of_content([_planned_as_intent(e) for e in background(found_events, self.words)])
            for e in told:
                if e.cameo[:2] == INTENT_ROOT:
                    e.date = _intent_date(e, self.words, article.date, ctx.sentence_dates(e.trigger))
            kept = [
                e for e in told if self._acted(e, ctx) and not _unmade_intent(e) and not _unasserted_act(e)
            ]
            events.extend(kept)
            events.extend(_hosted_visits(kept, ctx))
        return occurrences.merge(events, article, self.lex.name)

    def _refusal_frames(
        self, ctx: _Context, sent: Span, made: list[_Event], article: Article
    ) -> list[_Event]:
        """The sentence's events with the refusals of ``refusals.py`` that no rule made: a request
        rejected in any form ("turned away a German request", "a Polish demand met a firm 'no' from
        Berlin"), a cooperative act refused when the act made no event ("ruled out supplying
        missiles to Kyiv"), a question or request for comment left unanswered (011). An event of
        another reading on the rejecting predicate ("met": a meeting) gives way to the rejection."""
        at: dict[int, list[_Event]] = {}
        for e in made:
            at.setdefault(e.trigger.i, []).append(e)
        candidates = {t.i: t for t in ctx.refusal_candidates}
        ctx.refusal_candidates = []
        # (and the verbs of rejections a rule read with no one named upon: "balked at approving X's bid")
        candidates.update(
            (e.trigger.i, e.trigger)
            for e in made
            if e.cameo[:2] == "12" and not e.targets and e.trigger.pos_ == "VERB"
        )
        added: list[_Event] = []
        replaced: set[int] = set()
        for _, tok in sorted(candidates.items()):
            here = at.get(tok.i, [])
            if any(e.negated for e in here):
                continue  # "would not bow to demands": the act refused, read as such by `settle`
            if any(e.cameo == DECLINE_COMMENT for e in here):
                continue
            rejections = [e for e in here if e.cameo[:2] == "12"]
            if rejections and unanswered_request(tok) is None:
                # (a rule read the rejection: the one who put the request, where it named no one:
                # "Kyiv's appeal for more jets was rejected by the Dutch government")
                rejection = rejected_request(tok)
                act = _refused_act_of(tok) if rejection is None else None
                for e in rejections:
                    if e.targets:
                        continue
                    if rejection is not None:
                        e.targets = _requesters(ctx, rejection.request, e.agents)
                    elif act is not None:
                        # "refused point-blank to let aid convoys into Gaza", "balked at approving
                        # Sweden's bid": whom the act was for, or whose request it would grant
                        keys = _act_recipients(ctx, act) + [
                            k
                            for o in act.children
                            if o.dep_ == "dobj" and is_request(o)
                            for k in _requesters(ctx, o, e.agents)
                        ]
                        e.targets = [k for k in dict.fromkeys(keys) if k not in e.agents]
                continue
            found = list(self._refusal_frame(ctx, tok, at, article))
            if found:
                added += found
                replaced |= {tok.i, *(e.trigger.i for e in found)}
        if not added:
            return made
        return [e for e in made if e.trigger.i not in replaced] + added

    def _refusal_frame(
        self, ctx: _Context, tok: Token, at: dict[int, list[_Event]], article: Article
    ) -> Iterator[_Event]:
        """The one refusal frame ``tok`` heads, if any (see :meth:`_refusal_frames`)."""
        ctx.begin()
        unanswered = unanswered_request(tok)
        if unanswered is not None:
            # "ignored / turned down requests for comment", "stonewalled questions about": 011
            asked, addressees = unanswered
            agents = ctx.split_agents(asked, tok) if asked is not None else [self._rejecters(ctx, addressees)]
            if any(agents):
                yield from self._settled_refusal(ctx, DECLINE_COMMENT, tok, agents, [], article)
            return
        rejection = rejected_request(tok)
        if rejection is not None:
            agents = (
                ctx.split_agents(rejection.rejecter, tok)
                if rejection.rejecter is not None
                else [self._rejecters(ctx, rejection.sources)]
            )
            if not any(agents) and rejection.rejecter is not None:
                agents = [ctx.listed_place_states(rejection.rejecter)]  # "Kyiv rejected ...": untagged
            acting = [a for g in agents for a in g]
            if not acting:
                return
            targets = _requesters(ctx, rejection.request, acting)
            if not targets:
                # "rejected the idea that ...", "the judges dismissed both appeals", "shunned
                # opponents' calls for ...": no one's request named (a rule of the verb reads those)
                return
            yield from self._settled_refusal(ctx, rejection.code, tok, agents, targets, article)
            return
        if answer_refused(tok):
            if at.get(tok.head.i) and any(e.cameo == DECLINE_COMMENT for e in at[tok.head.i]):
                return
            speaker = tok if tok.dep_ != "xcomp" else tok.head
            subj = next((c for c in speaker.children if c.dep_ == "nsubj"), None)
            agents = ctx.split_agents(subj, speaker)
            if any(agents):
                # (on the verb of refusing: "refused to go into detail" is one refusal, of comment)
                yield from self._settled_refusal(ctx, DECLINE_COMMENT, speaker, agents, [], article)
            return
        refuser = refused_act(tok, _balking(tok, self.words))
        if refuser is None or at.get(refuser.i) or (refuser.i != tok.i and at.get(tok.i)):
            return
        subj = next((c for c in refuser.children if c.dep_ in ("nsubj",)), None)
        agents = ctx.split_agents(subj, refuser)
        acting = [a for g in agents for a in g]
        if not acting:
            return
        found = _act_recipients(ctx, tok) + [
            k for o in tok.children if o.dep_ == "dobj" and is_request(o) for k in _requesters(ctx, o, acting)
        ]
        targets = [k for k in dict.fromkeys(found) if k not in acting]
        if refuser.i == tok.i:
            # "Pakistan would not extradite the suspect to India": a refusal only with the other side
            # named (not "will not let gossip distract him", "would not return to Blackpool")
            own = ctx.own_states(set(acting)) | ctx.home_of(set(acting))
            targets = [k for k in targets if k not in own]
            if not targets:
                return
        code = refusal_table("cooperative_act").get(tok.lemma_.lower()) or REJECTION
        yield from self._settled_refusal(ctx, code, refuser, agents, targets, article)

    def _rejecters(self, ctx: _Context, sources: tuple[Token, ...]) -> list[str]:
        """The actors named by "from / by / in X" phrases: a capital or a town for its state."""
        out: list[str] = []
        for o in sources:
            found = [
                k
                for e in ctx.entities(
                    o, kinds=(Kind.STATE, Kind.ORGANIZATION, Kind.LOCATION, Kind.PERSON), depth=1
                )
                for k in ((ctx.found.part_of.get(e) if ctx.kind(e) is Kind.LOCATION else e),)
                if k is not None
            ]
            out += found or ctx.listed_place_states(o)
        return list(dict.fromkeys(out))

    def _settled_refusal(
        self,
        ctx: _Context,
        code: str,
        trigger: Token,
        agents: list[list[str]],
        targets: list[str],
        article: Article,
    ) -> Iterator[_Event]:
        """The refusal's events, told as done (a refusal is made whatever the act refused)."""
        for e in self._emit(ctx, code, trigger, agents, targets, [], article):
            e.negated, e.modality = False, Modality.ASSERTED
            yield e

    def _acted(self, event: _Event, ctx: _Context) -> bool:
        """An event needs an agent that can act: a bill, a report or a budget named as the
        actor ("the Police Bill proposes powers to search suspects", "the Budget would do
        nothing to help Labour") is a text, not someone doing the act."""
        texts = self.words.documents
        for agent in event.agents:
            if agent.startswith(f"{Kind.PERSON.value}:") or ctx.is_igo(agent):
                # a person is no text, whatever the name ("David Laws": not "laws"), nor an
                # international body ("the World Food Programme trucked rations to Bangladesh")
                return True
            mention = event.details.get(agent, (None, None))[1]
            if not mention or mention.split()[-1].lower().strip("'’s") not in texts:
                return True
        return False

    def _sentence(self, ctx: _Context, sent: Span, article: Article) -> Iterator[_Event]:
        consumed: set[int] = set()
        # (the root and the words of a sentence are read only when it has a quoted word, or the
        # document the word "according": most have neither)
        if ctx.quoted_within(sent.start, sent.end):
            yield from self._quoted_judgement(ctx, sent, article)
        according = (
            next((t for t in sent if t.lower_ == "according" and t.dep_ == "prep"), None)
            if ctx.in_text("according")
            else None
        )
        if according is not None:
            yield from self._according_to(ctx, according, article)
        heads = refusal_heads()
        for tok in _trigger_tokens(ctx, sent):
            if tok.pos_ == "VERB" and tok.lemma_.lower() in heads:
                ctx.refusal_candidates.append(tok)  # (read after the sentence: `_refusal_frames`)
            if (tok.i in consumed and not _owned_intent(tok)) or _rejected(tok):
                continue
            # (the token's part of speech and lemma, read once: most tokens are no trigger)
            pos = tok.pos_
            lemma = tok.lemma_.lower()
            if pos in ("VERB", "AUX") and lemma in self.words.say:
                yield from self._speech(ctx, tok, article)
            elif pos == "VERB" and lemma in SAYING_TO | BRIEFING:
                # "explained to MPs that ...", "briefed peers on the reforms": words to someone
                yield from self._addressed_words(ctx, tok, article)
            if pos == "VERB" and lemma in WRITING | DRAFTING:
                # "sent a letter to X", "prepared a memo for X", "wrote to X about ...": 010 to X
                yield from self._message_sent(ctx, tok, article)
            if pos == "VERB" and lemma in THREAT_HEADS:
                # "vowed that the PLA would smash any attempt ...", "dangled the threat of a ban
                # over Japan if ...", "gave warning that it would freeze ... if": threats.py
                yield from self._threat_heads(ctx, tok, article)
            elif pos == "VERB" and lemma in FINDING and _evidence_about(tok):
                # "found no evidence that minister X had interfered", "found a clear link
                # between X and the leaked memo": an inquirer's finding about X (010)
                yield from self._evidence_finding(ctx, tok, article)
            elif pos == "VERB" and lemma in FINDING and _finding(tok):
                # "Sir Nigel Hart's inquiry found that Paul Dixon had misled parliament", "the
                # judge concluded that X had acted in good faith": an inquirer's findings are
                # their words about the one they concern (a charge, a judgement or a statement)
                yield from self._speech(ctx, tok, article)
            if pos == "VERB" and (lemma in self.words.refusal or _wont_say(tok, self.words)):
                yield from self._declined(ctx, tok, article)
            if lemma in NO_COMMENT_VERBS and pos in ("VERB", "AUX") and no_comment(tok):
                yield from self._declined(ctx, tok, article, answered=True)
                continue
            if pos == "VERB" and (
                (lemma in ANSWERING and unanswered(tok))
                or (lemma in self.words.say and says_no_comment(tok))
                or (lemma in KEEPING and kept_silent(tok))
            ):
                # "did not respond to requests for comment", '"No comment," said X'
                yield from self._declined(ctx, tok, article, answered=True)
                continue
            if pos == "NOUN" and lemma in VISIT_PURPOSES and (stay := _stay_for(tok)) is not None:
                # "was in Ankara on Tuesday for talks", "is due in Canberra next week for a visit"
                yield from self._stay_visit(ctx, tok, stay, article)
            if pos == "ADJ" and lemma in UNAVAILABLE and unavailable_for_comment(tok):
                # "a spokesman for the embassy was unavailable for comment": the subject of "was"
                yield from self._declined(ctx, tok.head, article, answered=True)
                continue
            if pos == "ADJ" and tok.dep_ == "acomp" and lemma in READY:
                yield from self._ready(ctx, tok, article)
            if pos == "VERB" and lemma in WELCOMING and (found := welcomed_offer(tok)) is not None:
                # "Canada would welcome talks with China": an offer of what it would welcome
                yield from self._open_to(ctx, tok, found, article)
            if pos == "ADJ" and lemma in OPEN_TO and (found := open_to(tok)) is not None:
                # "said it was open to mediating", "its door was open to hosting the talks"
                yield from self._open_to(ctx, tok, found, article)
            if pos == "NOUN" and lemma in READINESS_NOUNS:
                yield from self._ready(ctx, tok, article)
                continue
            if pos == "VERB" and lemma in WORKING_WITH and tok.dep_ in ("xcomp", "pcomp"):
                yield from self._work_with(ctx, tok, article)
            if pos == "VERB" and lemma in INTRODUCING:
                yield from self._introduced(ctx, tok, article)
            if lemma in HONOURING and tok.dep_ == "pobj" and tok.head.lower_ == "in":
                yield from self._honoured(ctx, tok, article)
                continue
            if lemma in POSTURES:  # (the model reads "standby" as a verb or a conjunct at times)
                yield from self._posture(ctx, tok, article)
                continue
            if pos in ("VERB", "AUX") and (posture := _posture_after(tok)) is not None:
                yield from self._posture(ctx, posture, article)  # "were placed on standby" (ADV)
            if tok.lower_ in self.lex.starts and _predicative(tok):
                yield from self._feeling(ctx, tok, article)
            if pos == "VERB" and lemma in WANTING:
                yield from self._wanted(ctx, tok, article)
            if pos == "VERB" and lemma in _SPEAKING_OR_SPEECH:
                yield from self._speech_abroad(ctx, tok, article)
            if pos in ("VERB", "AUX") and lemma in SPEAKING_OF | WORDS_CARRIERS:
                yield from self._words_for(ctx, tok, article)
            if pos == "VERB" and lemma in DISMAYING:
                yield from self._dismayed(ctx, tok, article)
            if (
                lemma not in self.lex.starts
                and lemma not in self.lex.rules  # (a verb carrying a feeling: "had qualms")
                and not (
                    pos == "VERB"
                    and (
                        self.verbs.lemma(tok) is not None
                        or lemma in DISMISSING_VERBS
                        or lemma in PERMITTING
                        or lemma in IDIOM_VERBS
                        or lemma in THREAT_FRAME_VERBS
                        or lemma in VOWING
                        or lemma in PARRYING
                        or lemma in self.idiom_verbs  # ("hauled in a journalist")
                        or lemma in RECEIVING_OF  # ("secured the support of Romania")
                        or lemma in self.goods_verbs  # ("disbursed 4 billion euros to Ukraine")
                    )
                )
            ):
                if (
                    (
                        lemma in PLAN_WORDS
                        or lemma in self.nominalized
                        or lemma in GIVEN_PROMISES
                        or lemma in self.scorning  # ("a torrent of abuse": see _nominal)
                    )
                    and pos == "NOUN"
                    and tok.ent_iob_ == "O"
                ):
                    # "drew up a plan to send aid"; "Kenya's bombing of Somalia's air bases"
                    yield from self._nominal(ctx, tok, article)
                continue
            if pos == "VERB":
                yield from self._verbal(ctx, tok, article, consumed)
            elif pos in ("NOUN", "PROPN") and tok.ent_iob_ == "O":
                yield from self._nominal(ctx, tok, article)

    # -- verbs ----------------------------------------------------------------------------
    def _verbal(self, ctx: _Context, verb: Token, article: Article, consumed: set[int]) -> Iterator[_Event]:
        ctx.begin()
        if not self._may_code(verb):
            return  # (87% of the verbs here make no event: most of them are known from the table)
        children = list(verb.children)  # (read once: each walk makes its Tokens anew)
        if verb.lemma_.lower() in self.goods_verbs and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in children
        ):
            return  # "pressed on whether Paris had supplied missiles to Kyiv": a question, no act
        # "Labour is united", "they were divided": a participle as the predicate is a passive
        # ("spoke by telephone with X": a "by" the parser reads as an agent makes no passive of a
        # verb in the past tense; only a participle is passive)
        passive = any(
            c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "agent" and verb.tag_ == "VBN") for c in children
        ) or (verb.tag_ == "VBN" and verb.dep_ == "acomp")
        # "the four Britons freed from US custody": a participle of release on those freed
        passive = passive or (
            verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in ("free", "release")
        )
        dobj = (
            next((c for c in children if c.dep_ in ("dobj", "attr", "oprd")), None)
            or _counted_object(verb)
            or _shifted_object(verb)
            or _both_after(verb)
        )
        subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if dobj is None:
            dobj = _what_called(verb)  # "condemned what it called Russian aggression"
        if dobj is None:
            # "heaped scorn on X": the model reads a bare noun of scorn as an adverb or a clause
            dobj = next(
                (
                    c
                    for c in children
                    if c.dep_ in ("advcl", "advmod", "npadvmod")
                    and c.i == verb.i + 1
                    and c.lower_ in self.scorning
                    and not any(g.dep_ == "dobj" for g in children)
                ),
                None,
            )
        if dobj is not None and dobj.lemma_.lower() in GIVEN_PROMISES and given_promise(dobj) is not None:
            return  # "gave his word that", "made a commitment to": the promise noun tells the act
        if (thing := _put_to_one_rejected(verb, dobj)) is not None:
            # "gave short shrift to Guyana's proposal", "dismissed Germany's call for the row to be
            # closed" (the call read as the subject of a clause): the thing put to one is the object
            dobj = thing
        if dobj is None and subj is not None and subj.i < verb.i and not _inverted(ctx, subj, verb):
            # "the administrator, X, sued Morgan Stanley, its former banker, to ...": a second
            # subject after the verb is its object, misread
            dobj = next((c for c in children if c.dep_ == "nsubj" and c.i > verb.i), None)
        dative = next((c for c in children if c.dep_ in ("dative", "iobj")), None)
        predicate = next((c for c in children if c.dep_ in ("oprd", "acomp", "xcomp", "advcl")), None)
        theme = _antecedent(subj) if passive and subj is not None else None
        obj_word = _lemma(dobj) if dobj is not None else (_lemma(theme) if theme is not None else None)
        if obj_word is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            obj_word = _lemma(verb.head)  # "the memorandum, signed by ...": the noun was signed
        if dobj is not None and obj_word in self.lex.classes["@letter"]:
            # "sent a message of condolence to Turkey", "a congratulatory telegram": the
            # feeling the message carries is what is sent (018, 051), as "sent his condolences"
            obj_word = self._message_feeling(dobj) or obj_word
        held_forces = dobj if dobj is not None else theme
        if (
            obj_word in WITHDRAWN_FORCES
            and held_forces is not None
            and any(
                c.lower_ == "peacekeeping" for c in held_forces.children if c.dep_ in ("amod", "compound")
            )
        ):
            # "withdraw its peacekeeping force": peacekeepers (166), not a retreat (0874)
            obj_word = "peacekeeper"
        subj_word = _lemma(subj) if subj is not None and not passive else None
        if verb.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in children
        ):
            return  # "among the accused were X": the people it befell, no act
        rule = None
        held = dobj if dobj is not None else (subj if passive else None)
        if held is not None and ctx.kind(ctx.found.entity_at(held.i) or "") is Kind.PERSON:
            # "received Thai Foreign Minister Somchai Wongsa", "President X was welcomed by",
            # "expelled Ambassador Y": a titled person is acted upon as the title says (a rule
            # of the verb for that kind of object only)
            for title in _titles(held):
                rule = self._code_rule(verb, title, subj_word, dobj, predicate, ctx)
                if rule is not None and rule.objects is not None:
                    break
                rule = None

        if rule is None:
            rule = self._code_rule(verb, obj_word, subj_word, dobj, predicate, ctx)
        if rule is None and held is not None and self._person_held(ctx, held):
            # "put the theatre director Yelena Orlova behind bars", "rounded up organiser X":
            # whatever the title, a person named is one who can be held
            rule = self._code_rule(verb, "person", subj_word, dobj, predicate, ctx)
            if rule is not None and (rule.objects is None or rule.cameo[:2] != "17"):
                rule = None
        if rule is None and subj_word in PARTITIVE and subj is not None:
            # "thousands of miners rallied", "a group of students marched": the people counted
            subj_word = _lemma(_counted(subj))
            rule = self._code_rule(verb, obj_word, subj_word, dobj, predicate, ctx) if subj_word else None
        if rule is None and obj_word in PARTITIVE and dobj is not None and (counted := _counted_deep(dobj)):
            # "massed tens of thousands of troops", "sent hundreds of soldiers": the things counted
            rule = self._code_rule(verb, _lemma(counted), subj_word, dobj, predicate, ctx)
        if (rule is None or rule.specificity == 0) and _sent_to_help(verb, dobj, self.words.sending):
            # "offered to send 120 Gurkhas to assist with the relief effort", "will dispatch 200
            # volunteers to help": people sent to help are aid (070), whoever they are (the
            # lexicon's code for the bare verb, "dispatch" 154, is for forces it names)
            rule = Rule(verb.lemma_.lower(), "V", AID, None, None)
        if (
            (rule is None or rule.specificity == 0)
            and verb.lemma_.lower() in PROMISES_TOLD
            and _promised_act_told(verb)
        ):
            # "volunteered to resettle 500 refugees", "undertook to extradite them", "assured the IMF
            # that it would cut subsidies", "committed itself to taking in migrants": a promise given
            # (only with the act promised: "undertook a review", "assured MPs that the dossier was
            # sound" are none; and a pattern of the dictionary keeps its code: "committed atrocities")
            rule = Rule(verb.lemma_.lower(), "V", "030", None, None, needs_target=True)
        mediator = offered_as_mediator(verb) if verb.lemma_.lower() in SELF_OFFERING else None
        if mediator is not None:
            # "put itself forward as a mediator between Serbia and Kosovo", "offered himself as a
            # go-between for Algeria and Morocco": an offer to mediate (039), not the thing offered
            rule = Rule(verb.lemma_.lower(), "V", MEDIATE_INTENT, None, None)
        if rule is not None and rule.cameo[:3] in MOBILIZING and _sent_to_protect(verb, dobj):
            # "sent 1,000 troops to Mozambique to protect gas installations", "deployed police to
            # Haiti to lead a UN-backed mission", "at Maputo's request": forces lent to keep
            # someone safe are protection or peacekeeping (074), not a build-up (154)
            rule = Rule(verb.lemma_.lower(), "V", PEACEKEEPING, None, None)
        if rule is None and verb.lemma_.lower() == "accept" and _compelled(verb):
            # "had to accept negotiations did not guarantee membership", "was forced to accept
            # the EU's conditions": what one must accept is yielded to (080)
            rule = Rule("accept", "V", YIELD, None, None)
        if rule is None and (received := _received_code(verb, dobj)) is not None:
            # "Moldova secured the support of Romania": Romania's act upon Moldova
            rule = Rule(verb.lemma_.lower(), "V", received, None, None, needs_target=True, reverse=True)
        if rule is None:
            return
        if not rule.reverse and _received_of(verb, dobj, rule):
            # "Ukraine won the backing of Japan", "secured the support of Romania", "earned the praise
            # of the IMF": the one whose backing it is acts upon the subject
            rule = replace(rule, reverse=True, needs_target=True)
        if rule.cameo[:3] == HALT_TALKS and _others_talks(verb, dobj):
            # "Bulgaria stalled North Macedonia's EU accession talks", "France froze Albania's
            # membership talks": talks it is no party to, blocked (120), not its own broken off (164)
            rule = replace(rule, cameo=REJECTION, needs_target=True)
        if (
            rule.cameo[:2] == "10"
            and (rule.pos == IDIOM or rule.lemma == "lean_on")
            and not _act_pressed(verb)
        ):
            return  # "put pressure on the Americans" (a race), "Nadal puts the American under pressure"
        blocker = _by_agent(verb) if passive else subj
        if rule.cameo[:2] == "12" and blocker is not None and blocker.lemma_.lower() in VETO_NOUNS:
            # "a US veto killed the resolution", "the bill was blocked by a Chinese veto": a veto
            # cast (129), whichever verb tells what it did
            rule = replace(rule, cameo=VETO)
        if rule.cameo[:2] == "07" and _commercial(verb):
            return  # "won contracts to supply vaccine to Nigeria": goods sold, no aid given
        if _natural_force(verb, None if passive else subj):
            return  # "Heavy rain flooded the capital, disrupting traffic": nature acts upon no one
        if rule.cameo[:2] in FORCE_ROOTS and _grounds_told(verb, self.words.say):
            # "summoned the ambassador, saying London had attacked its embassy", "protested to
            # India, saying its troops fired on border posts": the force told as the grounds of
            # the main act is its object, not an event of its own (CAMEO codes the main event)
            return
        if (rule.cameo[:2] in ("18", "19") or rule.cameo == DESTROY_PROPERTY) and _crowd_doer(
            verb, subj, passive
        ):
            # "protesters stormed the embassy", "rioters destroyed Japanese shops", "the building
            # was demolished by protesters": a crowd of protest using force protests violently (145)
            rule = Rule(rule.lemma, "V", VIOLENT_PROTEST, None, None)
        elif rule.cameo[:2] in ("18", "19") and _repressed(verb, subj, dobj, passive):
            # "police opened fire on protesters", "troops shot dead three demonstrators", "marchers
            # were beaten by riot police": security forces' violence on a crowd is repression (175)
            rule = Rule(rule.lemma, "V", REPRESSION, None, None)
        if (
            verb.lemma_.lower() in OPPOSING
            and obj_word in PROPOSALS  # (a passive's subject: "X's proposal was opposed by Y")
            and (rule.cameo[:2] == "11" or rule.cameo[:2] in PARTNER_ROOTS)
        ):
            # "opposed the bill", "will oppose the plans": a proposal rejected (120), no criticism;
            # nor the talks (040) a dictionary pattern reads off the proposal's own clause ("opposed
            # Italy's proposal to lift sanctions" matches "* sanctions")
            rule = Rule(rule.lemma, rule.pos, REJECTION, None, None)
        if rule.cameo[:2] == "10" and verb.lemma_.lower() in ORDERING and _act_ordered(verb, dobj):
            return  # "ordered the destruction of the air force": an act commanded, no one asked
        if _charged_gerund(verb):
            return  # "accused X of telling lies and then attacking the lies": X's act, the charge
        if (
            rule.cameo[:3] in ("042", "043", SHOW_OF_FORCE)
            and not passive
            and (sent := _relief_sent(verb, dobj, self.words.sending))
        ):
            # "sent rescue teams to Turkey", "dispatched a medical team to Haiti": help sent is aid
            # given (073, 074), no visit
            rule = Rule(rule.lemma, "V", sent, None, None)
        if rule.cameo[:3] in ("042", SHOW_OF_FORCE) and not passive and (sent := _relief_arrival(verb, subj)):
            # "Turkish rescue teams and planeloads of tents arrived in Morocco", "Kenyan
            # peacekeepers arrived in Haiti": help sent arriving is aid given (073, 074), no visit
            # and no show of force
            rule = Rule(rule.lemma, "V", sent, None, None)
        if (
            rule.cameo == AID
            and not passive
            and dobj is not None
            and _relief_phrase(dobj) == HUMANITARIAN_AID
        ):
            # "shipped emergency supplies to Yemen", "delivered medicine and blankets to Fiji":
            # relief carried is humanitarian aid (073)
            rule = Rule(rule.lemma, "V", HUMANITARIAN_AID, None, None, rule.needs_target)
        if rule.lemma in PURPOSED_JOURNEYS and not _visit_purpose(verb):
            # "the plane landed in Rabat", "headed to the polls", "sat down in protest": no visit, no talks
            return
        if rule.cameo[:3] == "042" and not passive:
            mover = subj
            if mover is None and verb.dep_ == "xcomp":
                mover = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if mover is not None and mover.lemma_.lower() in CARGO:
                return  # "supplies started to arrive in Sudan": goods delivered, no one visiting
            private = _counted_deep(mover) or mover if mover is not None else None
            if (
                private is not None
                and private.pos_ == "NOUN"
                and private.lemma_.lower() in self.words.private_persons
            ):
                # "thousands of British holidaymakers flew to Spain": private people, no state visiting
                return
            if verb.lemma_.lower() == "arrive" and _settled(verb, article.date):
                return  # "arrived in London as a refugee", "arrived for the meeting": no visit
            if any(
                c.dep_ in ("advmod", "prt")
                and c.lower_ in ("back", "home")
                # (not the "back" of a time: "Back in 1997, Robin Cook visited Israel")
                and not (c.i < verb.i and any(g.dep_ in ("prep", "advmod", "npadvmod") for g in c.children))
                for c in verb.children
            ):
                return  # "has arrived back from his mission to the Middle East": home again, no visit
            if _journey_cut_short(verb):
                return  # "was arrested while travelling to London": the trip stopped, no visit made
        if dobj is not None:
            consumed.add(dobj.i)
        agents: list[list[str]]
        targets: list[str] = []
        locations: list[str] = []
        if passive:
            agent_tok = _by_agent(verb)
            if agent_tok is None and dobj is not None:
                agent_tok = _prep_object(dobj, ("from", "by"))
            if agent_tok is None:
                # ("Argentina was promised more aid by Brazil": a "by" the parser hangs on the verb
                # as a plain preposition after the retained object names the agent too)
                agent_tok = _prep_object(verb, ("from",)) or (
                    _prep_object(verb, ("by",)) if dobj is not None and subj is not None else None
                )
            if agent_tok is None:
                agent_tok = _charge_agent(verb)
            if agent_tok is None and rule.cameo[:3] == "084" and subj is not None:
                # "Britons held by the US will be freed": who holds them is who frees them
                agent_tok = _holder(subj)
            # Without a "by" agent nobody is named: the subject of a clause above is the one
            # acted upon ("Montenegro, where 28 people were killed"), not the actor.
            agents = ctx.split_agents(agent_tok, verb) if agent_tok is not None else [[]]
            if rule.cameo[:3] == SIGN_AGREEMENT and (pair := _signed_by_both(verb, agent_tok)) is not None:
                # "Uzbekistan and Kazakhstan formalised their border in a treaty signed by both
                # presidents": the sides the clause names sign it, each with the other
                agents = ctx.split_agents(pair, pair.head)
            announced = ctx.announcing_state(verb) if agent_tok is None else []
            if announced:
                # "The US has announced that Habib will be released", "Britain said 200 troops
                # would be withdrawn": a state or its government telling of its own act
                agents = [announced]
            if subj is None and verb.dep_ == "acl" and rule.cameo == "0841":
                targets += ctx.entities(verb.head)  # "the four Britons freed from US custody"
            if not any(agents) and subj is not None and verb.lemma_.lower() in self.words.sending:
                # "DPRK soldiers were sent": the sender is the state that owns what was sent.
                agents = [ctx.modifier_entities(subj, kinds=(Kind.STATE,))]
            if subj is not None and (agent_tok is not None or dative is None):
                recipient = subj if (dobj is not None or agent_tok is not None or announced) else None
                # (and a thing a protest wrecks: "the Russian building was demolished by ...")
                # (and a thing sanctioned: "two Chinese refineries were blacklisted by Washington")
                weighed = (
                    rule.cameo[:2] in FORCE
                    or rule.cameo[:2] in JUDGING_ROOTS
                    or rule.cameo[:2] == PROTEST
                    or rule.cameo[:2] == SANCTIONS_ROOT
                )
                if recipient is not None and (not ctx.is_thing(subj) or weighed):
                    # ("an Israeli army post was attacked by ...", "the Labour plan was criticised
                    # by ...": a thing attacked or judged is its owner's, as in the active voice)
                    found = ctx.entities(subj)
                    if announced and any(ctx.kind(k) is Kind.PERSON for k in found):
                        # "that Australian Mamdouh Habib will be released": the person, not his state
                        found = [k for k in found if ctx.kind(k) is Kind.PERSON]
                    targets += found
            if subj is not None and ctx.is_thing(subj):
                # "Evidence against Russia was presented by the US": the thing's own target
                for prep in (  # not what it is about: "the meeting on Palestinian reform was hosted by"
                    c
                    for c in subj.children
                    if c.dep_ == "prep"
                    and c.lower_ in self.words.target_preps
                    # ("sanctions on Mexico were lifted by Canada": a measure's "on" is whom it hits)
                    and (
                        c.lower_ not in TOPIC_PREPS
                        or (c.lower_ == "on" and _lemma(subj) in ECONOMIC_MEASURES)
                    )
                ):
                    targets += [k for o in prep.children if o.dep_ == "pobj" for k in ctx.entities(o)]
                if subj.lemma_.lower() in CHARGES:
                    # "The allegations, which he has denied, are being investigated by X": the
                    # one who denies them is the one they are made against
                    for clause in (
                        c for c in subj.children if c.dep_ == "relcl" and c.lemma_.lower() in DENYING
                    ):
                        denier = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                        if denier is not None:
                            found = (
                                ctx.pronoun(denier, verb) if denier.pos_ == "PRON" else ctx.entities(denier)
                            )
                            targets += [k for k in found if ctx.kind(k) in (Kind.PERSON, Kind.STATE)]
            reduced = subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and agent_tok is not None
            if reduced and (rule.cameo[:2] in FORCE or not ctx.is_thing(verb.head)):
                # "an Iraqi civilian allegedly killed by UK troops", "boys shot by ...": the noun
                targets += ctx.entities(verb.head)
            if reduced and rule.cameo[:3] == MEDIATE:
                # "X and Y met for talks brokered by Z": Z mediates between the ones who met
                clause = verb.head
                while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                    clause = clause.head
                sides = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                targets += ctx.entities(sides) if sides is not None and sides.pos_ != "PRON" else []
            # The one acted upon is not its own actor: "Gandhi was assassinated by two of her
            # bodyguards" - "her" names whose bodyguards they were, not who killed her.
            patient = {t for t in targets if ctx.kind(t) is Kind.PERSON}
            agents = [[a for a in group if a not in patient] for group in agents]
        elif subj is None and rule.cameo[:2] in FORCE and (victim := _suffered(verb)) is not None:
            # "two soldiers were killed in Somali mortar shelling": the gerund's actor is its
            # modifier, the clause's subject what it befell
            agents = [ctx.modifier_entities(verb, (Kind.STATE, Kind.ORGANIZATION))]
            targets += ctx.entities(victim)
        else:
            agents = ctx.split_agents(subj, verb) if subj is not None else [ctx.inherited_subject(verb)]
            if not any(agents) and subj is not None:
                agents = [ctx.appositive_holder(subj)] if ctx.appositive_holder(subj) else agents
            if not any(agents) and subj is not None and _pair_phrase(subj):
                # "Egypt and Israel signed a protocol ... Both exchanged prisoners", "the two
                # countries": the two states of the joint act just told, each a side
                agents = [[a] for a in ctx.pair_before(verb)] or agents
            if subj is not None and subj.lemma_.lower() in UNDERGONE and ctx.found.entity_at(subj.i) is None:
                # "the investigation of Freddie Mac sparked concerns": the one investigated
                # is not who acts
                undergone = {
                    k
                    for p in subj.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for k in ctx.entities(_pobj(p))
                }
                agents = [[a for a in group if a not in undergone] for group in agents]
            if (
                subj is not None
                and _habitual(verb)
                and ctx.found.entity_at(subj.i) is None
                and subj.pos_ == "NOUN"
                and offices().is_office(subj.text)
            ):
                # "the leader of the opposition has always called for a debate": whoever held
                # the office, no act of today's holder
                agents = [[]]
            if not any(agents) and subj is not None and rule.cameo[:2] in FORCE:
                agents = [self._perpetrators(ctx, subj)]  # "an attack by Hamas killed three Israelis"
            if dative is not None and dative.pos_ == "ADP":  # "sent delegations to North Korea"
                dative = next((c for c in dative.children if c.dep_ == "pobj"), None)
            # "will visit Aceh in Indonesia, as well as Sri Lanka": one more object
            extra = _as_well_as(verb) if dobj is not None else []
            for tok in (dative, dobj, *extra):
                if tok is not None and tok is dobj and _misread_clause(dobj):
                    continue  # "demanded that Tony Blair sack John Prescott": the clause's actor, below
                if tok is not None:
                    if rule.cameo[:3] == "042" and tok is dobj and ctx.is_thing(tok):
                        continue  # "visited the tomb of Yasser Arafat in Ramallah": a place, not him
                    if tok is dobj and verb.lemma_.lower() in TOPIC_VERBS and ctx.is_thing(tok):
                        continue  # "discussed ONGC's plans": what is talked about, no partner
                    if tok is dobj and rule.cameo[:2] in JUDGING_ROOTS and self._force_noun(tok):
                        # "MPs backed the invasion of Iraq", "condemned the bombing of Belgrade":
                        # the act is judged, its victim is not; its doer is ("Israel's raid")
                        targets += [k for c in tok.children if c.dep_ == "poss" for k in ctx.entities(c)]
                        targets += ctx.modifier_entities(tok, (Kind.STATE, Kind.ORGANIZATION))
                        targets += [
                            k
                            for p in tok.children
                            if p.dep_ == "prep" and p.lower_ == "by"
                            for k in ctx.entities(_pobj(p))
                        ]
                        continue
                    found = ctx.entities(tok)
                    if not found and tok.lower_ in ("me", "us") and rule.cameo[:2] in JUDGING_ROOTS:
                        # '"Peter Hain even called me a mongrel"': the quotation's speaker is
                        # the one named
                        found = _quoting_speaker(ctx, tok)
                    if tok is dobj and ctx.is_thing(tok):
                        found = _owned_only(ctx, tok, found)
                        if rule.cameo[:2] in ("11", "12") and tok.lemma_.lower() in STATE_SCHEMES:
                            # "criticised the failed UK passport scheme", "the British asylum
                            # system": a state word on a measure names the state whose measure it
                            # is (its government's, which an MP of the state may judge)
                            found += [k for k in _scheme_states(ctx, tok) if k not in found]
                        if rule.cameo[:2] in ("11", "12") and tok.pos_ == "NOUN":
                            # "attacked the Tory plans", "Labour's policy": the party's, and its
                            # leader's, who the story names as leading it (not "accused the party
                            # of ...": the party itself)
                            owners = {
                                k
                                for c in tok.children
                                if c.dep_ in ("poss", "compound", "amod", "nmod")
                                for k in ctx.entities(c)
                            }
                            found += [
                                k
                                for p in found
                                if p in owners and (k := ctx.party_leader(p)) and k not in found
                            ]
                    elif (
                        tok is dobj
                        and not found
                        and rule.cameo[:2] != "16"
                        and verb.lemma_.lower() not in REMOVING
                    ):
                        # "hosted a delegation from Libya", "met officials from Iran": the
                        # people's "from" phrase, parsed as the verb's
                        found = _from_after(ctx, verb, tok)
                    if tok is dobj and verb.lemma_.lower() in self.words.light_verbs | GIVING:
                        # "gave his support to Mr Brown", "voiced his anger": "his" is the giver's
                        own = [
                            k
                            for c in tok.children
                            if c.dep_ == "poss" and c.lower_ in PRONOUN_GENDER
                            for k in ctx.entities(c)
                        ]
                        found = [k for k in found if k not in own]
                    targets += found
                    # "visited Aceh", "shelled Grozny": the place's state is acted upon (not
                    # through a local council: "appealed to the council in Leeds")
                    local = tok.lemma_.lower() in LOCAL_BODIES
                    places = [] if local else ctx.entities(tok, kinds=(Kind.LOCATION,), depth=1)
                    targets += [ctx.found.part_of[p] for p in places if p in ctx.found.part_of]
                    if rule.cameo[:3] == "042":
                        ctx.note_destinations(places, verb)  # "touring Africa"
                    if places and not any(p in ctx.found.part_of for p in places):  # "Aceh in Indonesia"
                        inside = [_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
                        targets += [k for o in inside for k in ctx.entities(o, kinds=(Kind.STATE,))]
            if dobj is None and dative is None:
                # "Japan helped Indonesia rebuild", "urged Iran to return": the clause's subject;
                # not a finite clause's, which says what ("warned that Iraq would face chaos")
                for clause in (
                    c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and not _content_clause(c)
                ):
                    inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                    if inner is not None and ctx.quoted(inner.i) and not ctx.quoted(verb.i):
                        continue  # 'he wrote: "... that Tony Blair should form ..."': words quoted
                    if inner is not None and inner.pos_ != "PRON":
                        targets += ctx.entities(inner)
        judged_act = dobj is not None and rule.cameo[:2] in JUDGING_ROOTS and self._force_noun(dobj)
        loose: list[str] = []
        for prep in _preps(verb, dobj):
            if judged_act and prep.head.i == dobj.i:  # type: ignore[union-attr]
                continue  # "condemned the air strikes on Lebanon": the victim, not who is judged
            absolute = _absolute(prep)
            if absolute is not None and ctx.is_thing(absolute):
                # "agreed to lift the ban on sales to Iran and, with strings attached, Cuba": how,
                # not with whom; a state in it ends the list of the purpose's objects
                loose += [k for k in ctx.entities(absolute, kinds=(Kind.STATE,)) if k not in loose]
                continue
            if (
                rule.cameo[:2] == "11"
                and dobj is None
                and not targets
                and prep.head.i == verb.i
                and prep.lower_ in ABOUT_PREPS
            ):
                targets += _judged_doers(ctx, prep)  # "complained about how Labour uses ..."
            for obj in _prep_objects(prep):
                if prep.lower_ in TOPIC_PREPS - {"on"} and ctx.is_thing(obj):
                    if rule.cameo[:2] == "11" and dobj is None and not targets and prep.head.i == verb.i:
                        # "complained about the government's plans", "expressed concern about
                        # Labour's policy": the one whose act is judged (its possessor)
                        targets += _possessors(ctx, obj)
                    if rule.cameo[:3] == SYMPATHY and obj.lemma_.lower() in DEATH_NOUNS:
                        # "expressed regret over the deaths of Bolivian miners": sympathy with
                        # the ones lost (their state)
                        targets += [
                            k
                            for p in obj.children
                            if p.dep_ == "prep" and p.lower_ == "of"
                            for o in _prep_objects(p)
                            for k in ctx.entities(o)
                            if k not in targets
                        ]
                    continue  # "expelled ... over his anti Iraq war stance": the reason, not Iraq
                named = targets or (dobj is not None and not ctx.is_thing(dobj))
                worded = rule.cameo[:2] in WORDS_ROOTS or verb.lemma_.lower() in self.words.verbal_force
                if prep.lower_ in TOPIC_PREPS - {"on", "into"} and named and worded:
                    continue  # "attacked the government over Iraq": what about, with whom named
                if prep.lower_ == "for" and prep.head.i == verb.i and prep.i < verb.i:
                    # "For the Welsh Liberal Democrats, Kirsty Williams said", "Oliver Letwin, for
                    # the Tories, attacked": whom one speaks for, not upon whom one acts
                    continue
                if prep.lower_ == "for" and dobj is None and verb.lemma_.lower() in ON_BEHALF:
                    continue  # "spied for MI6", "fought for Britain": on whose behalf, not upon whom
                if prep.lower_ in ("to", "with") and dobj is not None and verb.lemma_.lower() in LIKENING:
                    continue  # "likened the government to Hitler's Germany": the likeness, not the one judged
                if prep.lower_ == "on" and rule.cameo[:3] == "042" and obj.lemma_.lower() in CARRIERS:
                    continue  # "arrived on three RAF flights", "travelling on his Zambian passport"
                # ("talked with the leaders of France and Egypt": people of each state named
                # in their "of" phrase; not "the terms of Britain's deal", a thing's)
                # ("apologised to members of the Indian delegation", "to relatives of Mr Lee", "told a
                # committee of MPs": the ones a member or group noun is made of)
                deep = (
                    2
                    if prep.lower_ in self.words.target_preps
                    and obj.lemma_.lower() in LEADERS | MEMBER_GROUPS
                    else 1
                )
                ents = ctx.entities(obj, kinds=(*ACTORS, Kind.LOCATION), depth=deep)
                places = [e for e in ents if ctx.kind(e) is Kind.LOCATION]
                if prep.lower_ in self.words.place_preps:
                    locations += places
                if (
                    prep.lower_ in self.words.target_preps
                    or prep.lower_ == "between"  # "will mediate between India and Pakistan": both
                    # a blow's own preposition: "went after the Bank of Japan" (not "withdrew from
                    # the Sydney International", a place left)
                    or (
                        rule.lemma.partition("_")[::2] in BLOWS_IN_WORDS
                        and prep.lower_ == rule.lemma.partition("_")[2]
                    )
                    # an idiom's own preposition: "sounded off about the Tories"; the one a
                    # strip is torn off ("tore a strip off the minister")
                    or (
                        rule.pos == IDIOM
                        and rule.lemma.count("_") == 2
                        and prep.lower_ == rule.lemma.rsplit("_", 1)[1]
                    )
                    or (rule.pos == IDIOM and "+" in rule.lemma and prep.lower_ in IDIOM_TARGET_PREPS)
                    or (prep.lower_ == "in" and (verb.lemma_ in JOURNEY_VERBS or rule.cameo[:2] in FORCE))
                ):
                    targets += [e for e in ents if e not in places]
                    # "arrived in Seoul", "recalled its ambassador from Georgetown": the capital's state
                    targets += [ctx.found.part_of[p] for p in places if p in ctx.found.part_of]
                    if rule.cameo[:3] == "042" and prep.lower_ == "to":
                        ctx.note_destinations(places, verb)  # "travelled to Europe"
                    if not ents and prep.lower_ in RECIPIENT_PREPS:
                        targets += ctx.placed_states(obj)  # "sent aid to the refugees in Chad"
                elif prep.lower_ == "from" and (rule.cameo[:2] == "16" or verb.lemma_.lower() in REMOVING):
                    # "expelled from Chad", "will withdraw its force from Chad": the place's state
                    targets += [ctx.found.part_of.get(p, p) for p in ents]
        if not targets and rule.cameo[:2] == "11" and (campaign := _on_the_offensive(verb)) is not None:
            # "went on the offensive against the Commission": whom the campaign is aimed at
            for prep in (c for c in campaign.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS):
                targets += [k for o in _prep_objects(prep) for k in ctx.entities(o)]
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ABOUT_OR_OVER):
                # "went on the offensive over remarks Paul Carver made": the remarks' maker
                targets += [k for o in _prep_objects(prep) for k in _possessors(ctx, o) if k not in targets]
        if not targets and rule.cameo[:3] == SIGN_AGREEMENT:
            # "put pen to paper on a defence pact with Cyprus", "put its signature to an accord with
            # Chad": the agreement's parties, named in its own phrase
            targets += [
                k
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ in ("on", "to")
                for obj in _prep_objects(prep)
                for q in obj.children
                if q.dep_ == "prep" and q.lower_ in ("with", "between")
                for o in _prep_objects(q)
                for k in ctx.entities(o)
            ]
        if not targets and rule.cameo[:2] in GIVING_ROOTS and not passive and dobj is not None:
            # "pledged 20 million euros in humanitarian aid to Sudan", "shipped a cargo of rice
            # to Myanmar": the one a gift goes to, named in the gift's own phrase
            targets += [
                k
                for p in dobj.subtree
                if p.dep_ == "prep" and p.lower_ == "to" and p.head.i != verb.i and p.head.pos_ == "NOUN"
                for o in _prep_objects(p)
                for k in ctx.entities(o)
                if not any(k in group for group in agents)
            ]
        if not targets and rule.cameo[:2] == "03" and not passive:
            # "promised to reopen its embassy in Damascus", '"We will rebuild every school in
            # Kharkiv," he vowed': the state the promised act is upon
            targets += _intended_states(ctx, verb, agents)
        hosts = (verb, dobj) if dobj is not None else (verb,)
        for prep in (
            c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "through")
        ):
            # "In a letter to Tony Blair, Kennedy demanded": the letter's addressee is addressed
            targets += _addressees(ctx, _pobj(prep))
        if (
            not passive
            and rule.cameo[:2] not in FORCE_ROOTS
            and not [t for t in targets if not any(t in group for group in agents)]
        ):
            targets += _written_to(ctx, verb)  # "wrote to Tony Blair demanding an inquiry"
        if rule.cameo[:2] in ("02", "10") and not passive:
            if dobj is not None:
                targets += _holders(ctx, dobj)  # "demanded the release of prisoners held by Iran"
            # "called for an investigation by the Information Commissioner": the one asked to act
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
                wanted = _pobj(prep)
                if wanted is not None and wanted.lower_ in OUSTINGS:
                    # "called for the sacking of John Prescott", "for Prescott's sacking" (its
                    # "'s" parsed as a verb's): the one to be removed
                    targets += [
                        k
                        for c in wanted.children
                        if (c.dep_ == "nsubj" and c.pos_ == "PROPN")
                        or (c.dep_ == "prep" and c.lower_ == "of")
                        for k in ctx.entities(c if c.dep_ == "nsubj" else _pobj(c))
                        if ctx.kind(k) is Kind.PERSON
                    ]
                if wanted is not None:
                    targets += _holders(ctx, wanted)
                if wanted is not None and ctx.is_thing(wanted):
                    targets += [
                        k
                        for c in wanted.children
                        if c.dep_ == "prep" and c.lower_ == "by"
                        for k in ctx.entities(_pobj(c))
                    ]
                    if not targets:
                        # "called for Ms Hutt's removal", "for Britain's help": the one it concerns
                        targets += [
                            k
                            for c in wanted.children
                            if c.dep_ == "poss" and c.pos_ != "PRON"
                            for k in ctx.entities(c)
                        ]
        if (verb.lemma_.lower() in ("warn", "caution") or rule.cameo[:2] == "10") and not targets:
            # "warned the policy would go ahead despite the unions' objections", "insisted the
            # changes must go ahead despite the unions": the objectors
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                objection = persisting(clause)
                if objection is not None:
                    owning = [k for c in objection.children if c.dep_ == "poss" for k in ctx.entities(c)]
                    targets += owning or ctx.owners(objection) or ctx.entities(objection)
        if not targets and rule.cameo[:2] in ("02", "10") and not passive:
            targets += self._asked(ctx, verb, dobj)
        # ("protested outside the British embassy": the verb the dictionary codes a complaint,
        # a crowd's protest once its doers are known)
        protesting = rule.cameo[:2] == PROTEST or verb.lemma_.lower() == "protest"
        if not targets and protesting and not passive:
            targets += self._protested(ctx, verb)
        if not targets and rule.cameo[:2] in ("02", "10") and not passive and subj is not None:
            # "Why will the prime minister not accept the offer, he demanded": the one the
            # question he puts before his verb is about is the one asked
            # (or what he demands of them: "Tony Blair must resign, he demanded")
            for clause in (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i < subj.i
                and (_asks(c) or any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children))
            ):
                inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if inner is not None and inner.pos_ != "PRON":
                    targets += ctx.entities(inner)
        if not targets:
            targets += ctx.condition_subject(verb, threat=rule.cameo[:2] == "13")
        if not targets and rule.cameo[:2] == "13" and (act := _by_force(verb)) is not None:
            # "vowed to seize the port of Assab by force": whose the place or people seized are
            own_side = {a for g in agents for a in g}
            for seized in (c for c in act.children if c.dep_ in ("dobj", "dative")):
                found = ctx.entities(seized) or ctx.entities(seized, kinds=(Kind.LOCATION,), depth=2)
                found = [ctx.found.part_of.get(k, k) if ctx.kind(k) is Kind.LOCATION else k for k in found]
                targets += [k for k in found if k not in own_side and ctx.kind(k) is not Kind.LOCATION]
            if not targets:
                # "... by force if talks with Eritrea failed": the other side the condition names
                for cond in (c for c in act.children if _condition_clause(c)):
                    targets += [
                        k
                        for t in cond.subtree
                        if t.dep_ == "pobj"
                        for k in ctx.entities(t, kinds=(Kind.STATE,))
                        if k not in own_side and k not in targets
                    ]
        if not targets and rule.cameo[:2] == "13" and dobj is not None and (act := _to_act(dobj, ("acl",))):
            # "reserved the right to retaliate against Finland": whom the act would be against
            targets += [
                k
                for p in act.children
                if p.dep_ == "prep" and p.lower_ == "against"
                for k in ctx.entities(_pobj(p))
            ]
        if not targets and verb.lemma_.lower() in ("warn", "caution") and dobj is None and dative is None:
            targets += ctx.warned_about(verb, [a for group in agents for a in group])
        if not targets and rule.cameo[:2] in ("11", "12"):
            # "complained he had inherited a mess when he took over from Jack Straw": the one
            # whose legacy it is
            targets += ctx.inherited_from(verb)
        if not targets and rule.cameo[:2] == "15" and not passive:
            # "deployed police along its border with Somalia", "put its navy on alert around
            # Taiwan": the state across the border, or the one the forces are placed around
            targets += _faced(ctx, verb, dobj)
        if not targets and rule.cameo[:2] == "08" and not passive:
            # "called off the strike after talks with the government", "lifted the ban under
            # pressure from Washington": the one yielded to
            targets += _yielded_to(ctx, verb)
        if not targets and rule.cameo[:2] == "11" and dobj is None and dative is None and not passive:
            # "X alleges that Mr Blair told Mr Brown ...", "complained that ministers had
            # ignored ...", "alleged voters were deceived by the chancellor": the one the
            # allegation is against is the said clause's actor
            targets += _accused_in_clause(ctx, verb, [a for group in agents for a in group])
        if not targets and verb.lemma_.lower() in PROPOSING and dobj is None and not passive:
            # "suggested they should get Trevor Beattie to issue a statement", "proposed that
            # the party sack X": whom the proposal names as acting or acted upon
            targets += _proposed_parties(ctx, verb, [a for group in agents for a in group])
        if not targets and rule.cameo[:2] in JUDGING_ROOTS and dobj is not None and verb.dep_ == "ccomp":
            # "rejected the idea Kilroy-Silk posed a threat", parsed with "posed" over "rejected":
            # the idea's own subject
            head = verb.head
            inner = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if (
                dobj.lemma_.lower() in PROPOSITIONS
                and inner is not None
                and inner.pos_ != "PRON"
                and inner.left_edge.i == dobj.right_edge.i + 1
            ):
                targets += ctx.entities(inner)
        purposes = [
            past_aspect(c) if c.dep_ == "xcomp" else c  # "pledged to keep supplying Ukraine": the act kept up
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp", "advcl")
            and c.pos_ == "VERB"
            and (c.dep_ != "advcl" or any(a.lower_ == "to" for a in c.children))
            and not _content_clause(c)  # "alleged that Blair told Brown": what was said, not to whom
        ]
        if rule.cameo[:2] == "03" and verb.lemma_.lower() == "commit":
            # "committed itself to sending troops to Latvia": the gerund after "to"
            purposes += [
                c
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for c in p.children
                if c.dep_ == "pcomp" and c.pos_ == "VERB"
            ]
        addressed = (
            verb.lemma_.lower() in self.words.object_control
            and (dobj is not None or any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children))
        ) or (
            rule.cameo[:2] in ("02", "10")
            and any(
                c.dep_ == "prep" and c.lower_ in ("to", "on") and _pobj(c) is not None for c in verb.children
            )
        )  # "asked the Queen to dissolve Parliament", "appealed to voters to back X": they are asked
        for xcomp in purposes if not targets and not addressed else ():
            if self._coercing(xcomp) and policy_object(xcomp):
                continue  # "pledged to clamp down on Britain's compensation culture": a policy, no one's
            # "promised to provide support to Japan"
            for tok in xcomp.children:
                if tok.dep_ == "dative" and tok.pos_ == "ADP" and rule.cameo[:2] == "03":
                    # ("to continue sending weapons to Ukraine": a "to" the parser reads as a dative)
                    targets += [k for o in _prep_objects(tok) for k in ctx.entities(o)]
                elif tok.dep_ in ("dobj", "dative"):
                    targets += ctx.entities(tok)
            for prep in _preps(xcomp, next((c for c in xcomp.children if c.dep_ == "dobj"), None)):
                absolute = _absolute(prep)
                if absolute is not None and ctx.is_thing(absolute):
                    loose += [k for k in ctx.entities(absolute, kinds=(Kind.STATE,)) if k not in loose]
                    continue  # "agreed to sign, with conditions attached"
                for obj in _prep_objects(prep):
                    if prep.lower_ in self.words.target_preps or prep.lower_ == "between":
                        found = ctx.entities(obj)  # "offered to mediate between India and Pakistan"
                        if not found and prep.lower_ in RECIPIENT_PREPS:
                            found = ctx.placed_states(obj)  # "to send troops to a force in Liberia"
                        targets += found
                    elif prep.lower_ == "in" and rule.cameo[:2] == "13":
                        # "threatened to resume attacks in Israel": the state threatened
                        targets += ctx.states_in(obj)
        if not targets and not passive and rule.cameo in GOODS_ORDER and dobj is not None:
            # "sent 50 trucks of medicine and flour to Sudan", "disbursed 4 billion euros in budget
            # support to Ukraine", "shared intelligence on the attack with Austria": the recipient
            # the parser hangs inside the object phrase; "handed Ukraine satellite intelligence":
            # a state read as the object's first modifier
            targets += [k for k in _goods_recipients(ctx, verb, dobj) if k not in targets]
        if not targets and not passive and verb.lemma_.lower() in self.words.sending:
            # "sent troops to help keep the peace in Ivory Coast", "to assist with the relief
            # effort in Indonesia": the state where the purpose is to be done receives them
            for clause in purposes:
                for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("in", "to")):
                    place = _pobj(prep)
                    if place is not None:
                        targets += [k for k in ctx.states_in(place) if k not in targets]
            # "sent three cargo planes loaded with tents and food to Morocco", "dispatched ships
            # carrying aid to Gaza": the "to" the parser hangs inside the object's participle
            for clause in (c for c in (dobj.children if dobj is not None else ()) if c.dep_ == "acl"):
                for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "to"):
                    place = _pobj(prep)
                    if place is not None:
                        targets += [k for k in ctx.entities(place) if k not in targets]
        targets += loose
        if not targets and dobj is not None and rule.cameo[:2] in FORCE_ROOTS:
            # "a drone struck a car carrying PKK commanders", "shelled a convoy transporting
            # Hezbollah fighters": those the vehicle hit carried
            targets += [k for k in _carried(ctx, dobj) if k not in {a for g in agents for a in g}]
        # A verb the dictionary codes alone must act upon an actor it names itself:
        # "matched Labour's spending", "led opposition to the bill" act upon things.
        judging = rule.cameo[:2] in ("11", "12", "13")
        if not targets and dobj is not None and judging and not rule.alone:
            targets += ctx.earlier_event_agents(dobj)
        visited_place = rule.cameo[:3] == "042" and dobj is not None and ctx.is_thing(dobj)
        if judged_act and not targets and not passive:
            # "condemned the bombing of Belgrade by NATO", its "by" hung on the verb
            by = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > dobj.i]  # type: ignore[union-attr]
            targets += [k for p in by for k in ctx.entities(_pobj(p))]
        if not targets and dobj is not None and not rule.alone and not visited_place and not judged_act:
            # "rejected calls by Hungary's leaders", "suspended part of an aid programme for
            # Kenya": the object's author or owner, reached through its phrases
            targets += ctx.owners(dobj)
            if not targets and not passive:
                # "opposed the proposals, but ministers insist they are proportionate": whoever
                # speaks up for them in the sentence's other clause owns them
                targets += [k for k in ctx.defenders(verb, dobj) if k not in {a for g in agents for a in g}]
            if not targets and not passive:
                # "attacked the decision by Britain's highest court", its "by" hung on the verb
                # ("criticised underhand tactics by Labour", "condemned the smears by the Tories": a
                # party or a government as doer too)
                by = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > dobj.i]
                targets += [
                    k
                    for p in by
                    for k in ctx.entities(_pobj(p), kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
                    if ctx.kind(k) is not Kind.ORGANIZATION or ctx.is_party(k) or ctx.is_government(k)
                ]
            if not targets and not passive and rule.cameo[:2] != "16" and verb.lemma_.lower() not in REMOVING:
                # "rejected a proposal from Greece", "accepted demands from the rebels": whose it
                # is, its "from" hung on the verb (not "withdrew troops from Iraq": a place left)
                targets += _from_after(ctx, verb, dobj)
        if not targets and dobj is None and "_" in rule.lemma and rule.cameo[:2] in STANCE_ROOTS:
            # "voted for the amendment tabled by X", "voted against Charles Clarke's bill": the
            # object of the verb's own preposition stands for its object, and its owner is judged
            word = rule.lemma.split("_", 1)[1]
            acting = [a for group in agents for a in group]
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == word):
                for thing in (t for t in _prep_objects(prep) if ctx.is_thing(t)):
                    targets += (
                        ctx.owners(thing) or _owner_of_thing(ctx, thing, acting) or _made_by(ctx, thing)
                    )
        if not targets and rule.cameo[:2] == "12" and rule.pos == IDIOM and "+" in rule.lemma:
            # "stood in the way of Turkey's participation", "put the brakes on Ukraine's accession",
            # "threw a spanner in the works of Romania's bid": whoever owns the thing blocked
            acting = [a for group in agents for a in group]
            for thing in _blocked_things(verb, dobj):
                targets += [k for k in _blocked_owners(ctx, thing) if k not in acting and k not in targets]
        if (
            not targets
            and rule.cameo[:3] == REJECTION
            and dobj is not None
            and not passive
            and ctx.is_thing(dobj)
        ):
            # "declared a Japanese proposal unacceptable", "torpedoed an Egyptian ceasefire plan":
            # the nation whose the thing rejected is
            acting = [a for group in agents for a in group]
            targets += [k for k in _blocked_owners(ctx, dobj) if k not in acting]
        judging_words = rule.cameo[:2] in ("11", "12") or verb.lemma_.lower() in self.words.verbal_force
        if not targets and dobj is not None and judging_words and not passive and not judged_act:
            # "attacked government red tape", "criticised the chancellor's budget", "rejected
            # Labour's plans": the owner of the thing judged is the one judged
            targets += _owner_of_thing(ctx, dobj, [a for group in agents for a in group])
            if not targets and _lemma(dobj) in OWNED_JUDGED:
                # "criticised extravagant Tory promises", "attacked the plans" after "X unveiled
                # plans": the named maker of the thing judged
                judges = {a for group in agents for a in group}
                targets += [k for k in _judged_thing_owners(ctx, dobj) if k not in judges]
        if not targets and dobj is not None and rule.cameo[:3] == "016" and _lemma(dobj) in CULPABILITY:
            # "denied any role in a drone strike on a U.S. base", "denied responsibility for the
            # attack on Israel": the one the act denied befell
            targets += _act_befallen(ctx, dobj, [a for group in agents for a in group])
        if not targets and dobj is not None and judging_words and not passive and not judged_act:
            # "criticised the measures, saying: '... arbitrary detention, even in Britain'": the
            # one state the reason given for judging a thing of no one named names
            targets += self._said_of_thing(ctx, verb, dobj, [a for group in agents for a in group])
        asked_for = [dobj] if dobj is not None else []
        asked_for += [
            o for c in children if c.dep_ == "prep" and c.lower_ == "for" and (o := _pobj(c)) is not None
        ]
        if (
            not targets
            and rule.cameo[:2] in ("02", "10")
            and any(
                c.dep_ == "amod" and c.lower_ in ("ministerial", "governmental")
                for n in asked_for
                for c in n.children
            )
            and (home := ctx.governed_home()) is not None
        ):
            # "demanded an immediate ministerial statement": a statement ministers are to make,
            # asked of the government
            ctx.bodies.setdefault(home, ("GOV", None))
            targets.append(home)
        if not targets and rule.cameo[:2] in ("02", "10"):
            # "called for an inquiry into the home secretary's conduct", "sought assurances from
            # X that ...", "called for a guarantee that ministers would consult": the one the thing
            # asked for is about or must come from
            acting_now = {a for group in agents for a in group}
            targets += [k for n in asked_for for k in _asked_of(ctx, n) if k not in acting_now]
            if not targets and dobj is not None and _lemma(dobj) in ASSURANCE_NOUNS:
                # "sought assurances from X that ...", the "from" hung on the verb
                targets += [
                    k
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == "from" and p.i == dobj.right_edge.i + 1
                    for o in _prep_objects(p)
                    for k in ctx.entities(o, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION), depth=1)
                    if k not in acting_now
                ]
        acting = [a for group in agents for a in group]
        if (
            dobj is not None
            and (rule.cameo[:2] in OWNED_ROOTS or rule.cameo[:3] in OWNED_ROOTS)
            and rule in self.lex.rules.get(rule.lemma, ())  # hand-checked words, not a pattern
            and not rule.needs_target
            and ctx.is_thing(dobj)
            and dobj.lemma_.lower() not in self.words.relatives | self.words.followers
            and not [t for t in targets if t not in acting]
        ):
            # "welcomed his apology", "demanded her resignation", "rejected his claims": the one
            # whose act is judged, someone else than who judges it ("his" read as the judge)
            for poss in (c for c in dobj.children if c.dep_ == "poss" and c.lower_ in PRONOUN_GENDER):
                if verb.lemma_.lower() in self.words.light_verbs | GIVING:
                    continue  # "gave his support to Mr Brown", "voiced his anger": the giver's own
                targets += ctx.pronoun(poss, dobj, exclude=acting)
            for poss in (c for c in dobj.children if c.dep_ == "poss" and c.lower_ in ("their", "its")):
                if verb.lemma_.lower() not in self.words.light_verbs | GIVING:
                    targets += _body_before(ctx, poss, acting)
        denying = rule.cameo[:3] == "016"  # "his claims were denied by X": the claimant
        if not targets and passive and theme is not None and (judging or denying) and ctx.is_thing(theme):
            # "Labour's call for an inquiry was rejected by the Tories", "Labour's call, which was
            # rejected by the Tories": the thing's owner
            owning = [k for c in theme.children if c.dep_ == "poss" for k in ctx.entities(c)]
            targets += [k for k in owning or ctx.owners(theme) if k not in {a for g in agents for a in g}]
        if not targets and dobj is not None and judging:
            # "criticised the way Tony Blair's government operates", "welcomed the plans the
            # EU announced": the one whose doing the object is
            for clause in (c for c in dobj.children if c.dep_ in ("relcl", "acl")):
                inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if inner is not None and inner.pos_ != "PRON":
                    targets += ctx.entities(inner)
        if not targets and dobj is None and rule.cameo[:2] == "12" and verb.dep_ == "conj":
            # "the official tried to recruit him, but he refused", "Blair asked her to stay but she
            # declined": the refusal answers whoever acted upon the refuser in the clause before
            # ("Mubanga said the man tried to recruit him, but he refused": the clause said too)
            for asked in (verb.head, *(c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i)):
                clauses = (asked, *(x for x in asked.children if x.dep_ == "xcomp"))
                upon = [
                    o
                    for v in clauses
                    for o in v.children
                    if o.dep_ in ("dobj", "dative")
                    and (o.lower_ in ("him", "her", "them") or set(ctx.entities(o)) & set(acting))
                ]
                asker = next((c for c in asked.children if c.dep_ == "nsubj"), None)
                if upon and asker is not None:
                    targets += [k for k in ctx.entities(asker) if k not in acting]
        # (and "Tony Blair was refused entry to Zimbabwe": the passive names no one else)
        destination = _entry_to(dobj, subj, ctx) if not passive or not any(agents) else None
        if destination:
            # "six Roma refused entry to Britain were sent back": a reduced passive, Britain
            # refusing the people who sought to enter; not "Britain refused entry to six Roma"
            agents, targets = [destination], [k for k in ctx.entities(subj) if k not in destination]
        if not any(agents) and rule.cameo[:2] in FORCE_ROOTS:
            # "Gunmen killed four policemen in Quetta", "a roadside bomb killed two US soldiers
            # near Samarra": attackers no state names act for the state it happened in
            # "a Kenyan journalist was killed in a car bomb explosion": the one it befell
            victims = ctx.entities(subj) if passive and subj is not None and not targets else []
            agents = [self._unnamed_attackers(ctx, verb, subj, passive, targets + victims)]
            if any(agents):
                targets += victims
        if not any(agents) and rule.cameo[:2] == "17":
            # "was hauled off to jail by police", "police rounded up 40 activists in Dhaka": the
            # security forces no state names act for the state where it happened, else for the
            # one state of those they held
            agents = [self._unnamed_enforcers(ctx, verb, _by_agent(verb) if passive else subj, targets)]
        if rule.cameo[:2] == "07" and verb.lemma_.lower() in PAYING_FOR:
            # "King Abdullah paid for him to fly to Amman": the one whose journey or stay is paid
            # for is the one helped (not a place or thing the clause names)
            paid_for = [
                s
                for c in verb.children
                if c.dep_ in ("advcl", "xcomp", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for s in c.children
                if s.dep_ == "nsubj"
            ]
            helped = [
                k
                for s in paid_for
                for k in (ctx.pronoun(s, verb, acting) if s.pos_ == "PRON" else ctx.entities(s))
                if k not in acting
            ]
            if helped:
                targets = helped
        shot_at = False
        if rule.reverse and targets and _contest_with(verb, dobj):
            pass  # "had faced a long battle with the CSA": a contest the subject is one side of
        elif rule.reverse:
            # "Kosovo won recognition from Japan": Japan recognized Kosovo
            others = targets or [
                e for p in _preps(verb, dobj) if p.lower_ in ("from", "by") for e in ctx.entities(_pobj(p))
            ]
            if not others:
                # "the plan came under fire from the Tories": "from" parsed under "fire"
                others = [
                    e
                    for p in _preps(verb, dobj)
                    for inner in _prep_objects(p)
                    for q in inner.children
                    if q.dep_ == "prep" and q.lower_ in ("from", "by")
                    for e in ctx.entities(_pobj(q))
                ]
            if not others and rule.cameo[:2] in ("11", *FORCE_ROOTS):
                # "Kharkiv came under Russian missile fire", "came under Israeli shelling": the
                # side the blow's noun names ("under" the verb; the noun's own nationality)
                others = [
                    e
                    for p in _preps(verb, dobj)
                    if p.lower_ == "under"
                    for inner in _prep_objects(p)
                    if inner.lemma_.lower() in _FIRE_OR_ATTACK_NOUNS
                    for e in ctx.modifier_entities(inner, (Kind.STATE, Kind.ORGANIZATION))
                ]
                shot_at = bool(others) and any(
                    _weapon_of(i) for p in _preps(verb, dobj) for i in _prep_objects(p)
                )
            if not others and dobj is not None:
                # "won the backing of Japan": whose backing it is
                others = [
                    e
                    for p in dobj.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for e in ctx.entities(_pobj(p))
                ]
            if not others:
                return
            agents, targets = [list(others)], [a for group in agents for a in group]
            # "the convoy came under fire from Taliban fighters": shots of armed men, not words
            armed = self.words.armed_actors
            shot_at = shot_at or any(
                o.lemma_.lower() in armed or o.lower_ in armed
                for p in (
                    *_preps(verb, dobj),
                    *(q for p in _preps(verb, dobj) for i in _prep_objects(p) for q in i.children),
                )
                if p.dep_ == "prep" and p.lower_ in ("from", "by")
                for o in _prep_objects(p)
            )
            subj_key = ctx.found.entity_at(subj.i) if subj is not None else None
            if (
                shot_at
                and subj is not None
                and subj.pos_ == "PROPN"
                and (
                    subj_key is None
                    or (ctx.kind(subj_key) is Kind.PERSON)
                    or ctx.place_body_state(subj_key, verb)
                )
            ):
                # "Kharkiv came under fire from Russian troops", "Kherson came under Russian
                # missile fire": a town the tagger named nothing, a person or a body is its state
                known = ctx.listed_place_states(subj)
                targets = [*(t for t in targets if t != subj_key), *known] if known else targets
        code, needs = rule.cameo, rule.needs_target
        if needs and not targets and code[:2] == "04" and _people_met(dobj or _met_with(verb)):
            needs = False  # "met union leaders", "held talks with senior figures": a meeting
        if rule.reverse and code[:2] == "11" and shot_at:
            code, needs = "190", False
        if code == CRITICISE and verb.lemma_.lower() in self.words.verbal_force:
            needs = False  # "hit out at the central bank", "lashed out at the plans": words of attack
        if needs and code == "030" and _agreed_with_others(verb):
            needs = False  # "agreed to let UN investigators into Tigray": consent given to others
        if rule.reverse and code[:2] == "11" and subj is not None and ctx.is_thing(subj):
            needs = False  # "the plan came under fire from X": a policy judged, its judge named
        if (
            needs
            and code[:2] in FORCE_ROOTS
            and self._armed_subject(subj if not passive else _by_agent(verb))
        ):
            # "Al-Shabaab fighters stormed a hotel in Mogadishu": armed men's assault is force
            # whoever the victims are
            needs = False
        if code == PESSIMISTIC and verb.lemma_.lower() in self.words.light_verbs:
            # "expressed serious misgivings about Tony Blair's plans": disapproval of their act
            judged = self._disapproved(ctx, verb, dobj, acting)
            if judged:
                code, targets = DISAPPROVE, judged
        elif code == DISAPPROVE and not targets and rule.objects is not None:
            # "had qualms about the home secretary's plans", "raised concerns about Mr Blair"
            targets = self._disapproved(ctx, verb, dobj, acting)
            said = self.verbs.match(verb)
            if not targets and said is not None and said.code and said.specificity > 0:
                # "expressed concern about schools", "expressed her anger at the person who ...":
                # about no one named, the dictionary's comment (012, 111)
                code, needs = said.code, said.code[:2] in PARTNER_ROOTS
        elif code[:3] == "051" and not targets and rule.objects is not None and dobj is not None:
            # "had full confidence in Mr Shiga": whom it is in
            targets += [
                k
                for c in (*dobj.children, *verb.children)
                if c.dep_ == "prep" and c.lower_ == "in"
                for k in ctx.entities(_pobj(c))
            ]
            if not targets and dobj.lemma_.lower() in CONGRATULATIONS and not _addressed(verb, dobj):
                # "Tony Blair offered his congratulations": to the person the story is about
                targets += ctx.story_subjects(set(acting))
        elif code[:2] == "12" and not targets and rule.objects is not None and dobj is not None:
            # "Iran's bid was refused after the US blocked its application": one refuses someone
            # else's request, so "its" is the body named before, not the one who blocks it
            for poss in (c for c in dobj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")):
                targets += _named_before(ctx, poss, acting)
        if mediator is not None and code[:3] == MEDIATE_INTENT:
            # "as a go-between for Algeria and Morocco": the sides it offers to mediate between
            mediated = [
                k
                for p in mediator.children
                if p.dep_ == "prep" and p.lower_ in ("between", "for")
                for o in _prep_objects(p)
                for k in ctx.entities(o)
                if k not in acting
            ]
            targets, needs = mediated or [t for t in targets if t not in acting], False
        # ("committed itself to taking in migrants": a verb of intent through its "to" gerund)
        if code[:2] == "03" and (
            verb.lemma_.lower() in self.words.intent or verb.lemma_.lower() in COMMITTING
        ):
            # "offered to mediate", "promised to release the prisoners", "proposed a ceasefire":
            # an intent this specific is news with no one named to receive it
            specific = specific_intent(verb) or self._intended_act(verb)
            if specific is not None:
                code, needs = specific, False
                if not targets:
                    targets = _agreed_with(ctx, verb, acting)
                if not targets and specific == "033":
                    # "pledged $1.2 billion for the reconstruction of Lebanon": the state rebuilt
                    # ("pledged 300 million euros toward rebuilding Gaza's water network": the
                    # place rebuilt, by its state)
                    targets = [
                        ctx.found.part_of.get(k, k)
                        for p in _preps(verb, dobj)
                        if p.lower_ in ("for", "toward", "towards")
                        for t in p.subtree
                        if t.ent_type_ in ("GPE", "LOC") and t.dep_ in ("pobj", "dobj", "poss")
                        for k in ctx.entities(t, kinds=(Kind.STATE, Kind.LOCATION))
                        if k not in acting
                    ]
            elif restructuring(verb):
                # "proposed the merger of the two regiments", "proposed scrapping the tax": a
                # change to things put forward, no intent to cooperate with what it changes
                return
            elif _promised_to_someone(verb, dobj):
                # "promised voters that his government would cut taxes", "assured investors that it
                # would ...": a pledge made to people named, whatever the act promised
                needs = False
            elif (
                verb.lemma_.lower() in PROMISING
                and dobj is None
                and any(ctx.kind(k) is Kind.STATE for k in acting)
                and _promised_act(verb, self.words)
            ):
                # "the Ethiopian government promised to restore internet access", "Burkina Faso's
                # leader vowed to hand power back to civilians": a state's undertaking given
                # publicly is the intent (030) though no one is named to receive it (not a threat:
                # "vowed to retaliate", whose act is force; not a party's or a person's pledge of
                # policy, "Labour promised to cut taxes", which names no state acting)
                needs = False
                if not [t for t in targets if t not in acting]:
                    # "promised they would not be a threat to the national security of the US",
                    # "pledged that the aid would go to Sudan": the state the promised act is for
                    targets = [t for t in targets if t not in acting] + _promised_for(ctx, verb, acting)
        if code[:2] == "10" and _deployed(verb, dobj):
            # "ordered British troops to march into Belfast": forces sent in by the one who
            # commands them, a show of force where they go; no demand upon the troops
            code, needs = SHOW_OF_FORCE, False
            targets = [
                ctx.found.part_of.get(k, k)
                for c in verb.children
                if c.dep_ == "xcomp"
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("into", "to", "in", "across")
                for o in _prep_objects(p)
                for k in ctx.entities(o, kinds=(Kind.STATE, Kind.LOCATION), depth=2)
            ]
        if needs and not passive and code[:2] in ("02", "10") and _group_addressed(verb, dobj):
            # "urged politicians to avoid negative campaigning", "called on ministers to act",
            # "appealed to voters to turn out": an appeal to people named by what they are is
            # news with no one named to receive it
            needs = False
        whom = _judged_pronoun(verb, dobj) if code[:3] in ("051", "111") else None
        if whom is not None and any(t in ctx.doc_speakers() or t in acting for t in targets):
            # ("Liam Fox called him a disappointment": "him" is not Fox himself either)
            # "Lord Hattersley said the news was sad. Neil Kinnock called him a titan / paid
            # tribute to him": "him" is not the speaker before but the one the words are about
            # (see `judged_referent`)
            targets = ctx.judged_referent(whom, verb, acting)
        # "Fighting between Ethiopian and Eritrean troops continued": the sides of the subject
        # act upon each other
        between = subj is not None and not passive and _between_sides(subj, ctx)
        if between:
            agents = [[a] for group in agents for a in group]
        yield from self._emit(ctx, code, verb, agents, targets, locations, article, needs, mutual=between)

    def _may_code(self, verb: Token) -> bool:
        """Whether :meth:`_code_rule` (or :meth:`_verbal`'s own codes) may code ``verb``: a rule
        names its lemma (:attr:`coded_verbs`), its dictionary entry has a code of its own, or a
        pattern of the dictionary may match in its sentence. False only when none can; the
        first two are read off tables once per lemma, the third off the sentence's word set
        (:meth:`VerbDictionary.may_match_pattern`). In 300 BBC articles 4,800 of the 10,200
        verbs that reach :meth:`_verbal` are let go here (no frame, no code rule built)."""
        lemma = verb.lemma_.lower()
        entry = self.verbs.lemma(verb)
        key = (lemma, entry)
        codable = self._codable.get(key)
        if codable is None:
            codable = self._codable[key] = (
                lemma in self.coded_verbs
                or entry in self.coded_verbs
                or (
                    entry is not None
                    and any(_bare_may_code(e, self.words) for e in self.verbs.entries[entry])
                )
            )
        if codable or self.verbs.may_match_pattern(verb):
            return True
        if lemma in self.idiom_verbs and self._idiom_cue(verb, lemma):
            return True
        cues = CUED_VERBS.get(entry or lemma) or CUED_VERBS.get(lemma, ())
        return any(self.verbs.in_sentence(verb, cue) for cue in cues)

    def _code_rule(
        self,
        verb: Token,
        obj_word: str | None,
        subj_word: str | None,
        dobj: Token | None,
        predicate: Token | None,
        ctx: _Context | None = None,
    ) -> Rule | None:
        """The rule that codes ``verb``: the lexicon's first, else the CAMEO verb dictionary's.

        The lexicon (``triggers.tsv``) is hand-checked on news and wins wherever it has a
        rule. Otherwise a dictionary pattern that matched words around the verb ("lifted the
        curfew", "called off the talks") decides, and a ``[---]`` pattern ("closed the base")
        says there is no event. Last comes the dictionary's code for the verb alone, for
        verbs the lexicon does not list and no light verb; it needs someone acted upon, and
        01 ("make a statement") is no event alone. Verbs of saying, planning, intent and
        refusal are left to the meaning rules, which read them with the act they govern.
        A rule here that codes a verb it names lists the verb in ``_verbs_coded_by_name``:
        :meth:`_may_code` lets unlisted verbs that nothing else can code go before this."""
        particle = verb_particle(verb)
        children = list(verb.children)  # (read once: the rules below walk them again and again)
        lemma = self.verbs.lemma(verb) or verb.lemma_.lower()  # "staged": "stage", not "stag"
        idiom = self._idiom_rule(verb, verb.lemma_.lower(), particle, obj_word, subj_word)
        if idiom is not None:
            return None if idiom.cameo == NO_EVENT else idiom
        aside = particle or _dismissal_particle(verb) or "-"
        ruling = _court_ruling(verb, lemma, aside, dobj, obj_word)
        if ruling is not None:
            # "a court threw out the case against X", "quashed his conviction", "the judge
            # dismissed the charges": the accused let go (081); "threw out a move by the
            # executive", "dismissed the appeal": what one brought to court rejected (120)
            # (the accused let go may be unnamed: "quashed the sentences of the Guildford Four")
            return Rule(lemma, "V", ruling, None, None, needs_target=ruling == REJECTION)
        if obj_word in QUESTIONS and ((lemma, aside) in DISMISSING or lemma in PARRYING):
            # "brushed aside questions over ...", "waved away questions about", "parried questions":
            # questions put to one left unanswered, a refusal to comment (011)
            return Rule(lemma, "V", DECLINE_COMMENT, None, None)
        if (
            (lemma in REBUFFING or lemma in DECLINING or (lemma, aside) in DISMISSING)
            and obj_word in PUT_TO_ONE
            and not (lemma == "dismiss" and obj_word in COURT_PLEAS)
        ) or (obj_word in _PUT_OR_PROPOSED and _rejection_idiom(verb) is not None):
            # "turned down an invitation to peace talks", "rebuffed an Egyptian proposal",
            # "brushed aside calls from Brussels": what another put to one is rejected (12x,
            # the dictionary's finer code when it has one), news with no one else named
            found = self.verbs.match(verb)
            code = found.code if found is not None and found.code and found.code[:2] == "12" else REJECTION
            return Rule(lemma, "V", code, None, None)
        if (
            (lemma in REBUFFING or (lemma, aside) in DISMISSING or (lemma, aside) in LAUGHING_OFF)
            and obj_word in RETORTED
            and dobj is not None
            and _claim_maker(dobj) is not None
        ):
            # "shrugged off claims from Michael Howard that ...", "brushed aside criticism from
            # Germany", "laughed off suggestions by X", "swatted away accusations by Washington":
            # another's words answered and rejected (120) upon the one who made them
            return Rule(lemma, "V", REJECTION, None, None, needs_target=True)
        if (
            lemma in CLEARING
            and dobj is not None
            and (
                lemma != "clear"
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in (*verb.children, *dobj.children))
            )
        ):
            # "Lord Ashby's report cleared Owen Pryce of any wrongdoing", "the inquiry exonerated
            # X": an inquirer's finding for someone named, a statement (010) upon them (the
            # target must be someone: "cleared the way", "cleared the site of debris" name no one)
            return Rule(lemma, "V", STATEMENT, None, None, needs_target=True)
        answered = _answered_words(verb) if lemma in RESPONDING else None
        if answered is not None:
            # "Jacques Chirac reacted to his warning by saying Europe needed ...", "Brazil
            # responded to the American criticism by saying ...": a charge or a warning answered
            # in words is rebutted (120) upon the one who made it; an offer or a plan answered, a
            # statement (010) to its author ("responded to the offer by saying it would study it")
            code = REJECTION if answered.lemma_.lower() in RETORTED else STATEMENT
            return Rule(lemma, "V", code, None, None, needs_target=True)
        if lemma in RECEIVING_WORDS and _cold_reception(dobj):
            # "Tony Grant's proposal met a frosty reception from France", "his words drew a cool
            # response from Jacques Chirac": the one it came from rebuffs (120) the subject's
            # owner, as "won recognition from" is recognition by them (no "from": no event)
            return Rule(lemma, "V", REJECTION, None, None, False, True)
        if lemma in VOWING and _by_force(verb) is not None:
            # "vowed to seize the port of Assab by force", "threatened to take the city by force",
            # "pledged to retake the region militarily": force promised is a threat of it (138)
            return Rule(lemma, "V", MILITARY_THREAT, None, None)
        threat_frame = _threat_frame(verb, lemma)
        if threat_frame is not None:
            # "gave Belarus until Friday to stop ... or face ...", "served notice on Manila that
            # ...", "drew a red line over Taiwan", "reserved the right to retaliate": a threat
            return Rule(lemma, "V", threat_frame, None, None, needs_target=lemma != "draw")
        if lemma in PERMITTING and _passage_refused(verb):
            # "would not let a Turkish research vessel enter its waters", "did not allow the ship
            # to dock": passage or entry refused (12x) to the one who sought it
            return Rule(lemma, "V", REJECTION, None, None)
        if (
            lemma == "take"
            and obj_word in QUARRELS
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
        ):
            # "took issue with the Commission": a quarrel picked with someone (a "take" row in
            # the lexicon would keep the light verb from carrying "took legal action")
            return Rule(lemma, "V", CRITICISE, None, None, needs_target=True)
        if lemma == "take" and particle == "in" and _sheltered(dobj):
            # "offered to take in 500 Afghan journalists", "took in 200 Syrian refugees": people of
            # another land given refuge (075), not seized (not "police took in three men")
            return Rule(lemma, "V", "075", None, None)
        if lemma == "plead" and any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
            # "pleaded with the Security Council to send a force": an appeal to the one pleaded
            # with (not a plea in court: "pleaded guilty", "pleaded for clemency")
            return Rule(lemma, "V", APPEAL, None, None, needs_target=True)
        freed = dobj if dobj is not None else _passive_theme(verb)
        if freed is None and lemma in ("release", "free") and verb.dep_ == "acl" and verb.tag_ == "VBN":
            freed = verb.head  # "the four Britons freed from US custody": the participle's noun
        if ctx is not None and freed is not None and lemma in ("release", "free") and _captive(ctx, freed):
            # "The US freed Mamdouh Habib", "Habib will be released without charge": a named
            # person set free (0841); who may free someone is checked where the event is made
            return Rule(lemma, "V", "0841", None, None, needs_target=True)
        if (
            ctx is not None
            and freed is not None
            and lemma in ("hold", "keep")
            and _captive(ctx, freed)
            and _held_captive(verb)
        ):
            # "Begg has been held by the US at Guantanamo Bay", "Iran is holding two
            # Britons": a named person held by another is detained (173); who may detain
            # someone is checked where the event is made ("held by his mother": none)
            return Rule(lemma, "V", "173", None, None, needs_target=True)
        if _money_to_a_state(ctx, verb, dobj):
            # "gave Jordan 500 million euros in budget support", "lent Indonesia $1 billion",
            # "handed Lebanon $60 million": money handed to a state is economic aid (071)
            return Rule(lemma, "V", ECONOMIC_AID, None, None, needs_target=True)
        goods = _goods_sent(verb, lemma, dobj, children) if ctx is not None else None
        if goods in ("072", "070") and ctx is not None and _private_giver(ctx, verb):
            goods = None  # "Lockheed Martin delivered 12 F-35 jets to Japan": a sale, no aid
        if (
            goods == ECONOMIC_AID
            and ctx is not None
            and dobj is not None
            and not any(ctx.kind(k) is Kind.STATE for k in _goods_recipients(ctx, verb, dobj))
        ):
            goods = None  # "gave £500,000 to the party", "gives £200 to households": no aid
        if goods is not None:
            # "handed over 20 armoured vehicles to the Ukrainian army", "dispatched a vessel
            # carrying 500 tonnes of relief supplies to Myanmar", "sent 50 trucks of medicine and
            # flour to Sudan", "shared intelligence with Austria": goods handed to someone named
            # are aid of the goods' kind (goods.tsv: 072 arms, 064 intelligence, 073 relief ...);
            # the recipient is named, if not always as an actor ("to refugees fleeing the war")
            return Rule(lemma, "V", goods, None, None)
        if _retort(verb) and not self._armed(verb) and self._coded_as_force(verb, lemma, obj_word, subj_word):
            # "fired back at Turkey, accusing Ankara of provocations", "hit back at his critics":
            # a blow returned at someone with no weapon named is a retort in words (111)
            return Rule(lemma, "V", CRITICISE, None, None, needs_target=True)
        if (
            lemma == "go"
            and (campaign := _on_the_offensive(verb)) is not None
            and not any(
                t.i != campaign.i
                and (t.lemma_.lower() in self.words.weapons or t.lower_ in self.words.weapons)
                for t in verb.subtree
                if t.i not in matter_of_words(verb, self.words)  # (not "over remarks about army cuts")
            )
        ):
            # "went on the offensive against the Commission", "went on the warpath over remarks X
            # made": a campaign of words with no weapon or armed actor named is criticism (111)
            return Rule(lemma, "V", CRITICISE, None, None, needs_target=True)
        if _economic_measure(verb, dobj) and (
            lemma in SANCTIONING_VERBS or self._coded_as_force(verb, lemma, obj_word, subj_word)
        ):
            # "slapped 50 percent tariffs on Mexican steel", "hit China with sanctions": a
            # verb of blows with an economic measure imposes it (163), no force (a threat of
            # it is 1312, not 138), whatever else the clause names ("... the US market")
            return Rule(lemma, "V", SANCTION, None, None, needs_target=True)
        if lemma in ("speak", "talk", "chat", "confer") and any(
            c.dep_ == "prep" and c.lower_ in CONTACT_PREPS and _lemma(_pobj(c)) in MEANS_OF_CONTACT
            for c in children
        ):
            return Rule(lemma, "V", "041", None, None, needs_target=True)  # "spoke by phone with"
        if (
            lemma in VERDICT_VERBS
            and _lemma(dobj) in PUT_TO_ONE | PROPOSALS
            and _rejecting_verdict(verb, dobj)
        ):
            # "declared a Japanese proposal 'unacceptable'", "called the plan a non-starter",
            # "deemed the offer dead on arrival": a thing put forward judged out of the question
            # is rejected (120), upon whoever put it
            return Rule(lemma, "V", REJECTION, None, None, needs_target=True)
        if _charge_denied(verb, lemma, dobj):
            # "rejected the accusations", "dismissed claims that its troops had crossed", "called
            # the allegations baseless": a charge denied (016), no proposal rejected
            return Rule(lemma, "V", DENY, None, None)
        if _lemma(dobj) in READINESS_NOUNS and any(
            c.dep_ in ("acl", "relcl", "xcomp")
            for c in dobj.children  # type: ignore[union-attr]
        ):
            return None  # "expressed readiness to host talks": the intent the noun's act tells
        if (
            lemma == "say"
            and any(c.dep_ in ("dobj", "intj") and c.lower_ == "no" for c in children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
        ):
            return Rule(lemma, "V", REJECTION, None, None)  # "Poland said no to the EU's migration quota"
        if lemma in ("ask", "question", "wonder") and _jibe(verb, self.lex.classes.get("@negative", ())):
            # "asked Mr Blair whether he was a liar": a question that insults is criticism
            return Rule(lemma, "V", CRITICISE, None, None, needs_target=True)
        if lemma == "ask" and _only_question(verb):
            return None  # '"Who pays for it?" he asked on Radio 4': a question put, nothing requested
        proposal = next((c for c in children if c.dep_ == "ccomp" and _subjunctive(c)), None)
        if lemma in PROPOSING and dobj is None and proposal is not None:
            # "suggested that the treaty be signed in Washington", "proposed that the talks be held
            # in Geneva": a proposal, whoever it is put to (not "suggested the economy was slowing");
            # "suggested that Mr Blair step down": an appeal to the one named to act
            # "suggested they should get Trevor Beattie to issue a statement": an appeal to
            # others too, made of the ones named (none when they are not); only the proposer's
            # own "we" or a passive ("the talks be held") is an intent to cooperate
            doer = next((c for c in proposal.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.lower_ not in OWN_PROPOSERS:
                return Rule(lemma, "V", APPEAL, None, None, needs_target=True)
            return Rule(lemma, "V", "030", None, None)
        insisted_on = _prep_object(verb, ("on",)) if lemma in INSISTING and dobj is None else None
        if (
            insisted_on is not None
            and any(c.dep_ == "poss" for c in insisted_on.children)
            and self._act_noun(insisted_on)
        ):
            # "insisted on Kosovo's withdrawal of its police": what another must do, demanded of
            # them (100); not "insisted on a full inquiry" (no one's act named), nor "insisted on
            # BBC Radio 4's Today programme" (where it was said)
            return Rule(lemma, "V", DEMAND, None, None, needs_target=True)
        if lemma in INSISTING and dobj is None and proposal is not None and _required(proposal):
            # "insisted that Mexico hand back the former vice-president", "insisted that Kyiv
            # withdraw": an act required of another is a demand (100); not "insisted that the
            # economy was sound" (no proposal's mood), nor "insisted that we stay" (one's own);
            # "X should ..., Y insisted" is the meaning rules' advice (020)
            doer = next((c for c in proposal.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.lower_ not in OWN_PROPOSERS:
                return Rule(lemma, "V", DEMAND, None, None, needs_target=True)
        if lemma in ("receive", "get") and _lemma(dobj) in _MESSAGES_OR_DOCUMENTS:
            return None  # "will receive a letter of resignation from X": post, no meeting
        put = dobj if dobj is not None else _passive_theme(verb)
        if (
            put is not None
            and _lemma(put) in PLAN_WORDS
            and _lemma(proposed(put)) == verb.lemma_.lower()
            and (cooperative(put) or specific_intent(put) is not None)
        ):
            return None  # "unveiled a plan to send aid to Chad": the plan's intent tells the act
        if particle == "up" and lemma in ("end", "wind", "finish"):
            return None  # "ended up cancelling 100 flights": how things turned out, no act of ending
        if lemma == "order" and _goods(dobj) and not any(c.dep_ in ("xcomp", "ccomp") for c in children):
            return None  # "Qantas ordered 12 Boeing aircraft": a purchase, no demand on Boeing
        if lemma == "deny" and _fact_denied(
            verb, self.lex.classes.get("@negative", frozenset()), self._an_act
        ):
            return None  # "denied their role was changing": a fact disputed, no blame denied
        if lemma == "charge" and _priced(verb):
            return None  # "could charge the companies up to 10% of their turnover": a price, no charge
        if (
            lemma == "charge"
            and dobj is None
            and any(c.dep_ == "ccomp" and c.i > verb.i and _content_clause(c) for c in verb.children)
        ):
            # "charged that the BJP had sold out India's farmers": an accusation (112) against the
            # said clause's actor, not a criminal charge (173: "charged him with fraud")
            return Rule(lemma, "V", ACCUSE, None, None)
        if lemma in UNDERSTANDING and _lemma(dobj) in REASONS:
            return None  # "we fully understand and appreciate his reasons": sympathy, no act
        if _keeps_rules(verb, lemma, dobj):
            return None  # "the UK would abide by its international obligations": an assurance
        if (
            lemma in self.words.contact_verbs
            and self._thing(dobj)
            and not self._armed(verb)
            and not self._seizing(verb)
            and not _object_rule(self.lex, lemma, obj_word, subj_word)
        ):
            # "striking a chord with voters", "hit its target", "fight crime" (not a thing the
            # lexicon names for the verb: "struck a deal with China" is an agreement)
            return None
        # A particle the lexicon does not list makes another verb: "signed up", "backed down".
        # (an adverb right after the verb too: "tore apart" parsed as an adverb)
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
        for word in (
            particle,
            aside,
            after.lower_ if after.dep_ == "advmod" and after.head.i == verb.i else None,
        ):
            if word is None:
                continue
            if (lemma, word) in BLOWS_IN_WORDS:
                return Rule(
                    f"{lemma}_{word}", "V", BLOWS_IN_WORDS[(lemma, word)], None, None, needs_target=True
                )
            if f"{lemma}_{word}" in self.lex.rules:
                # "turned on the National Rally", "tore apart the bill", "was torn apart by X": a
                # multi-word trigger of the lexicon whose preposition or adverb the parser took
                # for the verb's particle or adverb
                rule = self.lex.match(f"{lemma}_{word}", "V", obj_word, subj_word)
                if rule is not None:
                    return self._pattern_over(rule, verb)
        blow = next(
            (c.lower_ for c in children if c.dep_ == "prep" and (lemma, c.lower_) in BLOWS_IN_WORDS),
            None,
        )
        if blow is not None and not any(c.dep_ == "dobj" for c in children):
            # "went after the Bank of Japan", "turned on the party leadership"
            return Rule(f"{lemma}_{blow}", "V", BLOWS_IN_WORDS[(lemma, blow)], None, None, needs_target=True)
        known = particle is None or (lemma, particle) in self.words.phrasal
        if known:
            # Multi-word triggers in the lexicon: "call_for" (verb + preposition), "order+leave"
            # (verb + the verb of its clause: "ordered the ambassador to leave").
            # "withdrew from the coalition", "called for a pause"; not "posters withdrawn from
            # the website", "called Labour a machine for talking" (an object: another verb)
            # ("distanced itself from the attack": a reflexive object is no one else governed)
            governed = any(
                c.dep_ in ("nsubjpass", "auxpass", "dobj", "oprd") and c.lower_ not in REFLEXIVES
                for c in children
            )
            # "challenged Tony Blair to a debate": a rule of verb and preposition that needs
            # someone acted upon takes a named object
            someone = dobj is not None and (dobj.pos_ in ("PROPN", "PRON") or bool(dobj.ent_type_))
            for child in children:
                rule = None
                if child.dep_ == "prep" and f"{lemma}_{child.lower_}" in self.lex.rules:
                    # with no object, the preposition's object is the one the row names: "is
                    # looking at Y's decision" (look_at @scrutinised)
                    pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                    word = obj_word if obj_word is not None or pobj is None else pobj.lemma_.lower()
                    if pobj is not None and pobj.dep_ == "pcomp":
                        # "looking into whether Y broke the rules": the question asked
                        word = next((m.lower_ for m in pobj.children if m.dep_ == "mark"), word)
                    rule = self.lex.match(f"{lemma}_{child.lower_}", "V", word, subj_word)
                    if governed and not (rule is not None and rule.needs_target and someone):
                        rule = None
                elif child.dep_ == "advcl" and _for_clause(child) and f"{lemma}_for" in self.lex.rules:
                    # "called for the Syrian president to step down": "for" parsed as the mark
                    # of the clause asked for
                    rule = self.lex.match(f"{lemma}_for", "V", obj_word, subj_word)
                elif (
                    child.dep_ in ("xcomp", "ccomp")
                    and not _finite(child)
                    and f"{lemma}+{child.lemma_.lower()}" in self.lex.rules
                ):
                    # "told the ambassador to leave", not "told them he had not left"
                    rule = self.lex.match(f"{lemma}+{child.lemma_.lower()}", "V", obj_word, subj_word)
                if rule is not None:
                    return self._pattern_over(rule, verb)
            rule = self.lex.match(lemma, "V", obj_word, subj_word)
            if (
                rule is not None
                and rule.cameo[:2] == "04"
                and any(
                    c.dep_ == "oprd"
                    or (rule.cameo[:3] == "041" and c.dep_ == "advmod" and c.lower_ in IDIOM_PARTICLES)
                    or (c.dep_ == "prep" and c.i == verb.i + 1 and f"{lemma}_{c.lower_}" in self.lex.rules)
                    for c in children
                )
            ):
                # "called the prime minister a liar": a name given, no call (judged below); "called
                # the Liberal leader back to Downing Street": a particle read as an adverb, no phone call;
                # "called on Interior Minister X to resign": the verb of its preposition (call_on)
                rule = None
            if rule is not None and obj_word in self.lex.classes.get("@bond", ()):
                said = verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in self.words.say
                if not (said and self._warm(dobj)):
                    # "had a difficult relationship with", "has ties to": no praise; "Sweden,
                    # which enjoyed good relations with Finland": background, no one's words
                    return None
            if rule is not None and obj_word in self.feeling_nouns and not _voiced(dobj, verb):
                # "expressed a wish to visit", "had no doubt that": no feeling voiced; "paid
                # tribute to the nation's character": to no one
                return None
            if rule is None:
                # "describe X as a threat", "call the tests irresponsible": judge by the predicate's words.
                judged = self._judgement(verb, dobj, predicate)
                rule = self.lex.match(lemma, "V", judged, subj_word) if judged else None
                if rule is None and judged is None and _characterised(dobj, predicate):
                    return None  # "called the target unambitious": a judgement of no known tone
            if rule is not None and rule.cameo == NO_EVENT:
                return None  # "withdrew the proposals": the lexicon says no event here
            if rule is not None and rule.specificity == 0 and rule.cameo[:2] in FORCE_ROOTS:
                # The lexicon's force code for a verb alone yields to a dictionary pattern that
                # reads the object as a cooperative act (01-09): "struck a deal" is 057, not
                # the 190 of "strike"; a verbal attack stays for the meaning rules (111).
                found = self.verbs.match(verb)
                if (
                    found is not None
                    and found.code is not None
                    and not found.bare
                    and found.specificity > 0
                    and found.code[:1] == "0"
                    and not self._armed(verb)
                ):
                    partner = found.code[:2] in PARTNER_ROOTS
                    return Rule(
                        lemma, "V", found.code, None, None, needs_target=partner, reverse=found.reverse
                    )
            if rule is not None:
                rule = self._pattern_over(rule, verb)
            if rule is not None and rule.cameo == SHOW_OF_FORCE and _aimed(verb, dobj, self.words):
                # "fired rockets at Israeli towns", "fired shells which killed two soldiers":
                # weapons fired at someone are an attack (190), not a show of force (150);
                # crowd weapons the dictionary names ("fired water cannon at a boat") repression
                found = self.verbs.match(verb)
                if found is not None and not found.bare and (found.code or "").startswith(REPRESSION):
                    return Rule(lemma, "V", REPRESSION, None, None)
                if (
                    found is not None
                    and not found.bare
                    and found.specificity > 0
                    and found.code in HEAVY_WEAPONS
                ):
                    # the heavy weapon the pattern names decides the fight: missiles 195, mortars 194
                    # (small arms, 193, stay the plain attack: the dictionary's "shells" are 193)
                    return Rule(lemma, "V", found.code, None, None)
                return Rule(lemma, "V", ATTACK, None, None)
            if rule is not None and rule.cameo == DENY and denies_another(verb):
                return None
            if rule is not None and rule.cameo[:3] == "112" and self._thing(dobj) and not _named_in(dobj):
                return None  # "blamed cock-up, not conspiracy": a cause blamed, no one accused
            if (
                rule is not None
                and rule.cameo[:2] in FORCE_ROOTS
                and _lemma(dobj) in LEGISLATION | {"reform"}
            ):
                if lemma in self.words.verbal_force and not self._armed(verb):
                    # "attacked the pension reform as unfair", "savaged the bill": words
                    return Rule(lemma, "V", CRITICISE, None, None)
                return None  # "ramming the measures through Parliament": a bill forced, no force
            if (
                rule is not None
                and rule.cameo[:3] == "057"
                and not _agreement(dobj if dobj is not None else _passive_theme(verb))
            ):
                return None  # "the decision was ratified by the committee": no agreement signed
            if rule is not None and rule.cameo[:2] == "08" and _lemma(dobj) in PROCEDURES:
                return None  # "would allow a Commons vote": a procedure permitted, no one yields
            if (
                rule is not None
                and rule.cameo[:3] == "054"
                and _lemma(dobj) in self.words.argument_nouns | self.words.document_nouns
                and _lemma(dobj) not in POLITIES
            ):
                return None  # "failed to recognise a House of Lords ruling": no diplomatic recognition
            if (
                rule is not None
                and rule.cameo[:3] == "054"
                and self._thing(dobj)
                and _lemma(dobj) not in POLITIES
            ):
                return None  # "failed to recognise a House of Lords ruling": no diplomatic recognition
            if rule is not None and rule.cameo[:2] == "07" and dobj is None and _bare_help(verb):
                return None  # "cooperation would help get better controls": no one helped
            if (
                rule is not None
                and rule.cameo[:2] == "07"
                and (_helped_with_service(verb) or _to_a_fund(verb))
            ):
                return None  # "he helps them with seminars", "contributes to the EU budget": no aid
            if rule is not None and rule.cameo[:2] == "16" and _lemma(dobj) in PLANS:
                return None  # "postponed plans to remove the peers": a plan put off, no relations cut
            if rule is not None:
                return rule
        subj = next((c for c in children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.lemma_.lower() not in SIDE_NOUNS  # ("Supporters of X blocked roads": people)
            and self.lex.match(subj.lemma_.lower(), "N", None, None) is not None
        ):
            return None  # "talks between X and Y resumed": the noun is the event, told once
        w = self.words
        if (
            lemma in w.say
            or lemma in w.planning
            or lemma in w.intent
            or lemma in w.refusal
            or lemma in w.cognition
        ):
            declared = self.verbs.match(verb) if lemma in w.say and dobj is not None else None
            if (
                declared is not None
                and declared.specificity > 0
                and (declared.code in DECLARED or (declared.code or "")[:2] == AID[:2])
            ):
                # "declared martial law", "announced a curfew": the act is done by declaring it;
                # "announced $150 million in humanitarian aid for Sudan": aid announced is given
                return Rule(lemma, "V", declared.code or "", None, None)
            weighed = self.verbs.match(verb) if lemma in WEIGHING and dobj is not None else None
            if weighed is not None and weighed.specificity > 0 and (weighed.code or "012")[:3] != "012":
                # "is considering sanctions against Belarus", "will consider the proposals": a
                # policy option weighed (014) - the dictionary names the act; not a judgement
                # ("considered the matter urgent")
                return Rule(lemma, "V", CONSIDER_OPTION, None, None)
            return None  # verbs the meaning rules read with the act they govern
        if (
            lemma in REQUESTING
            and dobj is not None
            and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in children)
        ):
            # "challenged Mr Brown to deny" (020), "pressed the US to cut" (a demand, the
            # dictionary's 10x for "press"): asked of someone
            asked = self.verbs.match(verb)
            code = (
                asked.code if asked is not None and asked.code and asked.code[:2] in ("02", "10") else APPEAL
            )
            return Rule(lemma, "V", code, None, None, needs_target=True)
        found = self.verbs.match(verb)
        noun = self.lex.match(obj_word or "", "N", None, None) if dobj is not None else None
        if noun is None and lemma in VOICING and obj_word:
            # "expressed its support for X's plan", "voiced its backing": the stance voiced, the
            # lexicon's judgement of the noun's verb (051 endorse), not the intent (032) the
            # dictionary's "express * support" gives
            stance = self.lex.match(obj_word, "V", None, None)
            if stance is not None and stance.cameo[:2] in JUDGING_ROOTS:
                return Rule(lemma, "V", stance.cameo, None, None, needs_target=True)
        if noun is None and dobj is not None and obj_word in self.lex.starts:
            # a noun's row for its modifier: "took legal action" (action N legal)
            noun = next(
                (
                    r
                    for c in dobj.children
                    if c.dep_ in ("amod", "compound")
                    and (r := self.lex.match(obj_word or "", "N", c.lemma_.lower(), None)) is not None
                    and r.objects
                ),
                None,
            )
        # "beat the deadline" is no act, "beat up" (a violent verb with its own particle) is one
        generic = lemma in w.generic_verbs and not (
            found is not None and found.bare and found.specificity > 0 and lemma in w.violent_verbs
        )
        # "lodged a protest", "held talks": the noun's own rule reads it, unless the verb makes
        # it another kind of act ("staged a protest" is a demonstration, 141, not 114)
        pattern_root = found.code[:2] if found is not None and found.specificity > 0 and found.code else None
        if (
            noun is not None
            and lemma in w.light_verbs
            and (
                pattern_root in (None, noun.cameo[:2])
                or lemma in w.generic_verbs
                or lemma in REPEATING
                or noun.cameo == LAWSUIT  # "took legal action to unseat them": a lawsuit, not a charge
                # "expressed its support for X's plan": support voiced is an endorsement (051), not
                # the intent (032) of the dictionary's "express * support"
                or (lemma in VOICING and noun.cameo[:2] in JUDGING_ROOTS)
                # "issued a threat to bomb Iran's sites", "made an offer to supply arms": the act in
                # the noun's own clause is what the noun tells, not what the verb hands over
                or (dobj is not None and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in dobj.children))
            )
        ):
            return None  # ("made a surprise trip to Iraq" is the trip's visit, not the 036 of "make")
        if found is None or found.code is None or found.code.startswith(NO_INTERACTION):
            return None
        if found.specificity > 0 and found.code[:2] == "13" and not self._threatening(verb, lemma):
            return None  # "searched three suspects", "broke away": no act to come, no threat
        if found.specificity > 0 and found.code[:2] in THREAT_OR_FORCE and _particle_only(found.pattern):
            # "broke away from the text", "beat off": a particle alone tells no threat or force
            # (it does tell other acts: "clamped down on" is 17x)
            return None
        if found.code[:2] in ("03", "04") and _invited_to_other(dobj, self.lex):
            return None  # "accepted the invitation to enter the House of Lords": no meeting accepted
        if lemma in PREPARING and found.code[:2] == "03":
            return None  # "is gearing up for tough negotiations": getting ready, no intent stated
        if (
            found.specificity > 0
            and (lemma in w.light_verbs or generic)
            and found.code[:2]
            not in ABSTRACT_OBJECTS.get(_lemma(_whole(dobj)) or "", frozenset({found.code[:2]}))
        ):
            return None  # "issued a defiant statement", "took the information", "presented programmes"
        if (
            found.specificity > 0
            and found.code[:2] == "12"
            and any(
                e.code and e.code[:2] in FORCE_ROOTS for e in self.verbs.entries.get(lemma, ()) if not e.extra
            )
            and not self._armed(verb)
        ):
            # "clashed with Mr Blair over plans", "fought over the budget": a quarrel, no rejection
            return Rule(lemma, "V", CLASH, None, None, needs_target=True)
        if found.code[:2] == "12" and lemma in DELIBERATING:
            return None  # "will spend months debating Bush's proposal": weighed, not rejected
        if found.code[:3] == MILITARY_COOPERATION and _company_subject(verb):
            return None  # "the airline is to buy 10 A320 aircraft from Airbus": a purchase, no arms deal
        if found.code[:3] == REJECT_SETTLEMENT and not _settling(dobj):
            # "opposed the plan to extend drinking hours": a policy rejected (120); 127 is a plan
            # or agreement that settles a dispute ("rejected the peace plan", "the ceasefire deal")
            return Rule(lemma, "V", REJECT_ANY, None, None)
        if found.code[:2] == "08" and obj_word in _LEGISLATION_OR_PROCEDURES and not _emergency_rule(dobj):
            return None  # "adopted the bill", "passed the law": a vote on a text, no concession
        if lemma in MENTIONING and found.code[:2] not in SPOKEN_ROOTS:
            # "described the release as overdue", "his resignation was referred to": words about
            # an act, not the act (the dictionary's "announced the release" is the release)
            return None
        signed = dobj if dobj is not None else _passive_theme(verb)
        if found.code[:3] == "057" and not _agreement(signed):
            return None  # "the decision was ratified by the committee": no agreement signed
        if found.code[:2] in ("16", "17") and obj_word in _PLANS_OR_LEVIES and not _emergency_rule(dobj):
            return None  # "would abolish tuition fees", "postponed plans": a policy, no sanction
        # ("shot down France's proposal", "torpedoed the plan", "blew apart the idea": a plan
        # or an idea is no one hit)
        if found.code[:2] in FORCE_ROOTS and _lemma(dobj) in _LEGISLATION_PLANS_OR_IDEAS:
            if lemma in w.verbal_force and not self._armed(verb):
                return Rule(lemma, "V", CRITICISE, None, None)  # "savaged the bill": words
            return None  # "rammed the measures through Parliament"
        if (
            found.code[:2] in FORCE_ROOTS
            and lemma in w.verbal_force
            and _lemma(dobj) in w.argument_nouns
            and not self._armed(verb)
        ):
            return Rule(lemma, "V", CRITICISE, None, None)  # "torched Hungary's stance on Ukraine": words
        if found.code[:2] == "07" and (_helped_with_service(verb) or _to_a_fund(verb)):
            return None
        if found.code[:2] == "16" and _lemma(dobj) in PLANS:
            return None
        if (
            found.specificity > 0
            and found.code[:2] in FORCE_ROOTS
            and not found.code.startswith(WEAPONS_OF_MASS_DESTRUCTION)  # the pattern names the weapon
            and lemma not in w.violent_verbs
            and not self._armed(verb)
        ):
            # "led Care International operations", "taking control", "used her as a human
            # shield": a pattern's force needs a weapon or armed actor in the clause ("detonated
            # a nuclear device", "used chlorine gas" name theirs)
            return None
        if (
            found.specificity > 0
            and found.code[:2] == "15"
            and dobj is not None
            and _lemma(dobj) in VAGUE_DEEDS
            and not self._armed(verb)
        ):
            # "security services carried out renegade actions": a deed of a security body, no
            # show of force without troops, weapons or a deployment named
            return None
        if found.specificity > 0 and not (found.bare and generic):
            # A meeting, a partnership, a joint act is with someone: "will hold its conference
            # in Manchester", "presented interview programmes" are no consultation.
            # A generic verb's pattern needs someone acted upon too, unless it tells a use of
            # force: "get their money from the Treasury", "will hold a news conference".
            partner = found.code[:2] in PARTNER_ROOTS or (generic and found.code[:2] not in UNDIRECTED)
            return Rule(lemma, "V", found.code, None, None, needs_target=partner, reverse=found.reverse)
        if (
            found.bare
            and not found.reverse
            and not generic
            and found.code[:3] in CRITICISM_BLOCKS
            and dobj is not None
            and (dobj.pos_ == "PROPN" or dobj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"))
        ):
            # "chided the European Commission for ...", "scolded Hungary", "reprimanded Mr X": a
            # verb of the dictionary's criticism block with someone named as its object criticises
            # them (the block's default, which a verb alone does not take for other blocks)
            return Rule(lemma, "V", found.code, None, None, needs_target=True)
        if found.reverse or generic or not found.standalone:
            # A generic verb ("go to a third reading", "took over as leader", "left UKIP")
            # codes only through a pattern; a verb of a synonym block does not take the
            # block's default alone ("headed the preparations" is not 060 as "direct" is).
            return None
        # (a lexicon row for the noun alone, "murder N", leaves the verb to the dictionary)
        verb_rows = any(r.pos != "N" for r in self.lex.rules.get(lemma, ()))
        if verb_rows or lemma in w.light_verbs or found.code.startswith("01"):
            return None
        if dobj is None and any(c.dep_ == "ccomp" and _finite(c) for c in children):
            return None  # "suggested (that) the government was avoiding ...": a claim, not the act
        if _subject_read_as_object(dobj):
            # "after suggesting the signing of the treaty, under John Major's government, was an
            # act of treason": the "object" is the subject of the claim's verb, misread
            return None
        if (
            found.code[:2] in FORCE_ROOTS
            and lemma not in w.violent_verbs
            and not physical(verb, w, people_only=True, person_target=True)
        ):
            return None  # "matched their spending", "needs a rethink": no act of force named
        return Rule(lemma, "V", found.code, None, None, needs_target=True, alone=True)

    def _message_feeling(self, message: Token) -> str | None:
        """The feeling noun a message is told with: "a message of condolence", "a condolence
        message", "a congratulatory telegram" (its adjective's noun, ``FEELING_ADJECTIVES``)."""
        classes = self.lex.classes
        feelings = classes["@praising"] | classes["@sympathy"]
        for c in message.children:
            word = c.lemma_.lower()
            if c.dep_ in ("amod", "compound") and (word in feelings or word in FEELING_ADJECTIVES):
                return FEELING_ADJECTIVES.get(word, word)
            if c.dep_ == "prep" and c.lower_ == "of" and _lemma(_pobj(c)) in feelings:
                return _lemma(_pobj(c))
        return None

    def _act_noun(self, noun: Token) -> bool:
        """A noun that names an act: one made from a verb the rules know ("withdrawal",
        "release"), an event noun of the lexicon, or a noun of an act's ending ("extradition",
        "compliance", "closure")."""
        word = noun.lemma_.lower()
        return (
            word in self.nominalized
            or self.lex.match(word, "N", None, None) is not None
            or word.endswith(ACT_ENDINGS)
        )

    def _idiom_cue(self, verb: Token, lemma: str) -> bool:
        """Whether ``verb`` has a particle or a noun an idiom row of the lexicon names with it
        (see :meth:`_idiom_rule`): only then is an idiom's verb coded."""
        rules = self.lex.rules
        for c in verb.children:
            if (
                c.dep_ == "prep"
                and f"{lemma}_{c.lower_}" in rules
                and rules[f"{lemma}_{c.lower_}"][0].pos == IDIOM
            ):
                return True  # "fulminated against", "flew at"
            particle = c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.lower_ in IDIOM_PARTICLES)
            if particle and (
                f"{lemma}_{c.lower_}" in rules
                or any(f"{lemma}_{c.lower_}_{p.lower_}" in rules for p in verb.children if p.dep_ == "prep")
            ):
                return True
            noun = _idiom_noun(c)
            if noun is not None and f"{lemma}+{_hyphened(noun)}" in rules:
                return True
        return False

    def _idiom_rule(
        self, verb: Token, lemma: str, particle: str | None, obj_word: str | None, subj_word: str | None
    ) -> Rule | None:
        """The lexicon's row for a phrasal verb or a light verb with its noun (``triggers.tsv``,
        "Idioms"): ``verb_particle`` ("rounded up three nationals", "held up Sweden's bid"; an
        "out" or "in" the parser reads as a preposition is the particle too: "ordered two
        diplomats out of the country", "hauled in a journalist", whose phrase is then the
        object), ``verb_particle_prep`` ("came out against the deal") and ``verb+noun``, the
        noun the verb governs as its object or in its preposition's phrase ("played host to",
        "cast its veto against", "was placed under arrest", "took into custody"). None when
        no such row matches; the verb's own rules then apply."""
        rules = self.lex.rules
        if lemma not in self.idiom_verbs:
            return None
        if subj_word is None and (agent := _by_agent(verb)) is not None:
            subj_word = _lemma(agent)  # "were picked up by Chinese police": who acts, in the passive
        children = list(verb.children)
        particles: list[tuple[str, Token | None]] = [(particle, None)] if particle is not None else []
        particles += [
            (c.lower_, _pobj(c) if c.dep_ == "prep" else None)
            for c in children
            if c.dep_ in ("prep", "advmod") and c.lower_ in IDIOM_PARTICLES  # ("pushed back against")
        ]
        for c in children:
            # a verb with its preposition as an idiom: "fulminated against the Commission", "flew at X"
            if (
                c.dep_ == "prep"
                and c.lower_ not in IDIOM_PARTICLES
                and (key := f"{lemma}_{c.lower_}") in rules
            ):
                rule = self.lex.match(key, IDIOM, obj_word, subj_word)
                if rule is not None:
                    return rule
        for c in children:
            # a noun of praise or scorn decides over the particle: "singled out X for praise"
            noun = _idiom_noun(c)
            word = _hyphened(noun) if noun is not None else ""
            if (word in self.scorning or word in self.lex.classes.get("@praising", ())) and (
                key := f"{lemma}+{word}"
            ) in rules:
                rule = self.lex.match(key, IDIOM, obj_word, subj_word)
                if rule is not None:
                    return rule
        for word, held in particles:
            key = f"{lemma}_{word}"
            obj = obj_word if held is None or obj_word is not None else _lemma(held)
            for c in children:
                if c.dep_ == "prep" and f"{key}_{c.lower_}" in rules:
                    rule = self.lex.match(f"{key}_{c.lower_}", IDIOM, obj, subj_word)
                    if rule is not None:
                        return rule
            rule = self.lex.match(key, IDIOM, obj, subj_word) if key in rules else None
            if rule is not None:
                return rule
        for c in children:
            noun = _idiom_noun(c)
            if noun is not None and (key := f"{lemma}+{_hyphened(noun)}") in rules:
                rule = self.lex.match(key, IDIOM, obj_word, subj_word)
                if rule is not None:
                    return rule
        return None

    def _pattern_over(self, rule: Rule, verb: Token) -> Rule:
        """A lexicon rule naming no object or subject yields to a dictionary pattern that reads
        who acts or what is acted upon, for the roots of ``YIELDING_TO_PATTERNS``: troops that
        withdraw retreat (0874), an envoy withdrawn is 166; police deployed are 153, not 154."""
        if rule.specificity or rule.cameo[:2] not in YIELDING_TO_PATTERNS:
            return rule
        found = self.verbs.match(verb)
        if (
            found is not None
            and found.code is not None
            and not found.bare
            and found.specificity > 0
            and found.code[:2] in YIELDING_TO_PATTERNS[rule.cameo[:2]]
        ):
            return Rule(rule.lemma, "V", found.code, None, None, rule.needs_target, found.reverse)
        return rule

    def _said_of_thing(self, ctx: _Context, verb: Token, thing: Token, acting: list[str]) -> list[str]:
        """The one state named in the words a judgement of an unowned thing is given with
        ("criticised the measures, saying ... even in Britain"), not the judge's own."""
        if not ctx.is_thing(thing) or any(c.dep_ in ("poss", "compound", "nmod") for c in thing.children):
            return []
        own = ctx.own_states(acting) | set(acting)
        for said in verb.children:
            if (
                said.dep_ not in ("advcl", "xcomp")
                or said.tag_ != "VBG"
                or said.lemma_.lower() not in self.words.say
            ):
                continue
            states = {
                k
                for t in said.subtree
                if (k := ctx.found.entity_at(t.i)) is not None and ctx.kind(k) is Kind.STATE and k not in own
            }
            return list(states) if len(states) == 1 else []
        return []

    def _protested(self, ctx: _Context, verb: Token) -> list[str]:
        """Whom a protest is against when no one is its object: the state whose embassy it is
        held at ("rallied outside the Japanese embassy"), or what it is against ("went on hunger
        strike against Spanish immigration rules", "marched against the United States")."""
        found: list[str] = []
        stack = [(c, 0) for c in verb.children if c.dep_ in ("prep", "dobj")]
        while stack:
            tok, depth = stack.pop()
            if tok.dep_ == "prep" and tok.lower_ in PROTEST_PREPS:
                obj = _pobj(tok)
                if obj is not None and (tok.lower_ == "against" or obj.lemma_.lower() in MISSIONS):
                    named = ctx.entities(obj, kinds=(Kind.STATE, Kind.ORGANIZATION))
                    found += named or ctx.modifier_entities(obj, kinds=(Kind.STATE,))
            if depth < 2:
                stack += [(c, depth + 1) for c in tok.children if c.dep_ in ("prep", "pobj")]
        return found

    def _asked(self, ctx: _Context, verb: Token, dobj: Token | None) -> list[str]:
        """Whom an appeal or demand with no object named is made of: "demanded aid from
        Germany", "requested arms from the US" (what is asked comes from them); "demanded
        that Syria let inspectors in" (the one asked to act, a bare verb or a misparse);
        "called for reform in Cuba" (the state the change is asked in)."""
        hosts = [verb] + ([dobj, *_conjuncts(dobj)] if dobj is not None else [])
        preps = [c for h in hosts for c in h.children if c.dep_ == "prep"]
        found = [k for p in preps if p.lower_ == "from" for k in ctx.entities(_pobj(p), kinds=(Kind.STATE,))]
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "advcl", "dobj") and c.i > verb.i):
            if _misread_clause(clause):
                # "demanded that Tony Blair resign", parsed with no verb: the name after "that"
                found += _misread_subject(ctx, clause)
                continue
            if clause.dep_ == "dobj":
                continue
            if clause.dep_ == "advcl" and not _for_clause(clause):
                continue
            if (
                clause.dep_ == "ccomp"
                and not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                and not (verb.lemma_.lower() in PROPOSING and _subjunctive(clause))
            ):
                continue  # (a proposal may drop its "that": "suggested Greece should sell")
            if clause.pos_ == "PROPN":  # "that the Philippines back down", parsed with no verb
                found += ctx.entities(clause, kinds=(Kind.STATE,))
                continue
            inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is not None and inner.pos_ != "PRON":
                found += ctx.entities(inner, kinds=(Kind.STATE, Kind.ORGANIZATION, Kind.PERSON))
            elif inner is not None and inner.lower_ in ("he", "she"):
                # "demanded that she resign": the one she is, unless the one who demands
                # ("Mr Howard demanded that he be heard")
                acting = {k for c in verb.children if c.dep_ == "nsubj" for k in ctx.entities(c)}
                found += [k for k in ctx.pronoun(inner, clause) if k not in acting]
        if not found and dobj is not None and dobj.lemma_.lower() in ASKED_CHANGES:
            for p in (c for c in (*verb.children, *dobj.children) if c.dep_ == "prep" and c.lower_ == "in"):
                found += ctx.entities(_pobj(p), kinds=(Kind.STATE,))
        return found

    def _seizing(self, verb: Token) -> bool:
        """A dictionary pattern reads the thing taken as property seized or destroyed (171x):
        "seized the assets of American oil companies", not "seized the initiative"."""
        found = self.verbs.match(verb)
        return found is not None and found.specificity > 0 and (found.code or "")[:3] == "171"

    def _coercing(self, verb: Token) -> bool:
        """The dictionary codes the verb as a sanction or repression (16x, 17x): "clamp down"."""
        found = self.verbs.match(verb)
        return found is not None and found.code is not None and found.code[:2] in ("16", "17")

    def _force_noun(self, tok: Token) -> bool:
        """A noun that names an act of force: "invasion", "bombing", "air strikes"."""
        lemma = tok.lemma_.lower()
        rule = self.lex.match(lemma, "N", None, None)
        return (
            rule is not None and rule.cameo[:2] in FORCE_ROOTS
        ) or lemma in self.words.bombing | ATTACK_NOUNS

    def _perpetrators(self, ctx: _Context, subj: Token) -> list[str]:
        """Who did the attack that is a force verb's subject, where the text names them with
        the noun: "an attack by Hamas", "ETA's bombing campaign", "Israeli air strikes". A
        bombing with no one named ("the bombings killed 52", "a suicide bomber killed 20")
        has no agent here, and so no event: the event model needs someone acting."""
        if subj.lemma_.lower() not in self.words.bombing | ATTACK_NOUNS or not ctx.is_thing(subj):
            return []
        for prep in (c for c in subj.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
            found = [k for o in prep.children if o.dep_ == "pobj" for k in ctx.entities(o)]
            if found:
                return found
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if poss is not None and ctx.entities(poss):
            return ctx.entities(poss)
        return ctx.modifier_entities(subj, (Kind.STATE, Kind.ORGANIZATION))

    def _unnamed_attackers(
        self, ctx: _Context, verb: Token, subj: Token | None, passive: bool, targets: list[str]
    ) -> list[str]:
        """The state an attack by attackers no state names happened in, as CAMEO codes a
        country's unnamed armed men (PAKUAF): "Gunmen killed four policemen in Quetta",
        "Rebels shelled Juba", "two British soldiers were killed by a roadside bomb in Basra",
        "a car bomb near Tikrit killed a US soldier". Rebels, gunmen, militias (an irregular
        sector) act for the place's state; a bomb or an attack with no one named only upon
        a victim of another state ("52 people were killed in the bombings in London" names
        no actor). The agent is noted with its sector (UAF for a bomb) and words."""
        actor = _by_agent(verb) if passive else subj
        if actor is None and passive:
            actor = next(
                (
                    o
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "by")
                    for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in self.words.bombing | ATTACK_NOUNS
                ),
                None,
            )
        unnamed = actor is not None and actor.lemma_.lower().removesuffix("s") in PERPETRATORS
        if actor is None or not (actor.pos_ == "NOUN" or unnamed) or ctx.entities(actor):
            return []
        sector, mention = ctx.describe(actor)
        if unnamed and sector not in IRREGULAR:
            # "unknown attackers blew up a bridge", "assailants stormed the hotel": armed men no
            # one names (not the "bombers" of an air force: no such word here)
            sector, mention = UNIDENTIFIED, (mention or actor.text)
        device = sector is None and actor.lemma_.lower() in self.words.bombing | ATTACK_NOUNS
        by = _prep_object(actor, ("by",)) if device else None
        if by is not None:  # "an air strike by government forces": whose strike it was
            if ctx.entities(by):
                return []
            (sector, mention), device = ctx.describe(by), False
        if sector not in IRREGULAR and not device:
            return []  # "troops", "police": whose forces the sentence does not say
        # (a border is no place of one state: "rebels near the Iraqi border" are no Iraq's)
        places = ctx.place_states(verb, borders=False)
        places += [p for p in ctx.place_states(actor, borders=False) if p not in places]
        # "opened fire on a police patrol in Khyber", "attacked a bus carrying pilgrims in Minya":
        # where the unnamed spot hit is
        places += [p for p in ctx.spot_states(verb) if p not in places]
        origin = [
            k
            for p in actor.children
            if device and p.dep_ == "prep" and p.lower_ == "from"
            for o in _prep_objects(p)
            for k in ctx.states_in(o) or ctx.listed_place_states(o)
        ]
        if len(set(origin)) == 1:
            # "a rocket barrage from Gaza into southern Israel wounded three", "a rocket attack
            # from Lebanon killed two people in Haifa": fire from one state's land upon another's
            hit = [*places, *(t for t in targets if ctx.kind(t) is Kind.STATE)]
            hit += [k for o in _attack_objects(actor) for k in ctx.states_in(o) or ctx.listed_place_states(o)]
            if any(k not in origin for k in hit):
                ctx.details[origin[0]] = (sector or UNIDENTIFIED, mention)
                return origin[:1]
        # "Rebels shelled Juba": the place attacked
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for key in ctx.entities(obj, kinds=(Kind.LOCATION,), depth=1):
                state = ctx.found.part_of.get(key)
                if state is not None and ctx.kind(state) is Kind.STATE and state not in places:
                    places.append(state)
        if not places and not device and not unnamed:
            # "Militants killed eight Pakistani policemen", "jihadists ambushed Malian soldiers":
            # armed men no one names, nowhere placed, act where their victims are, one state's
            places = [t for t in targets if ctx.kind(t) is Kind.STATE][:2]
        if len(places) != 1:
            return []
        if device and not [t for t in targets if ctx.kind(t) is Kind.STATE and t not in places]:
            return []
        ctx.details[places[0]] = (sector or UNIDENTIFIED, mention)  # (not the place's words)
        return places

    def _person_held(self, ctx: _Context, held: Token) -> bool:
        """The object names a person: a name, or a title with the name in apposition ("the
        theatre director Yelena Orlova")."""
        return any(
            ctx.kind(ctx.found.entity_at(t.i) or "") is Kind.PERSON
            for t in (held, *(c for c in held.children if c.dep_ == "appos"))
        )

    def _unnamed_enforcers(
        self, ctx: _Context, verb: Token, actor: Token | None, targets: list[str]
    ) -> list[str]:
        """The state whose police, agents or authorities no state names hold someone: the one
        state of the place ("police in Dhaka rounded up", "arrested ... in Dhaka"), else the one
        state those held serve or belong to ("Tunisian lawyer X was hauled off to jail by
        police"). The agent is noted with the forces' sector and words."""
        if actor is None or ctx.entities(actor):
            return []
        sector, mention = ctx.describe(actor)
        if sector not in ENFORCING_SECTORS:
            sector = ENFORCERS.get(actor.lemma_.lower())
        if sector is None:
            return []
        places = ctx.place_states(verb, borders=False)
        places += [p for p in ctx.spot_states(verb) if p not in places]
        if not places:
            held = [t for t in targets if ctx.kind(t) is Kind.PERSON]
            places = [t for t in targets if ctx.kind(t) is Kind.STATE]
            places += [k for k in ctx.served(held) if ctx.kind(k) is Kind.STATE]
        if len(set(places)) != 1:
            return []
        ctx.details[places[0]] = (sector, mention or actor.text)
        return places[:1]

    def _an_act(self, verb: Token) -> bool:
        """The verb names an act the dictionaries code ("had struck", "were fighting"), not a state."""
        if verb.lemma_.lower() in self.lex.starts:
            return True
        found = self.verbs.match(verb)
        return found is not None and found.code is not None and found.code != NO_EVENT

    def _threatening(self, verb: Token, lemma: str) -> bool:
        """A threat tells an act to come: a dictionary pattern's 13x needs a verb of saying,
        intending or considering ("is considering sanctions", "vowed to ..."), an act to come
        in its clause ("would bomb if ...", "will send troops"), or a word of threat ("sent a
        warning"); "searched three suspects", "broke away from the text" threaten nothing."""
        w = self.words
        own = [e.code for e in self.verbs.entries.get(lemma, ()) if not e.extra]
        if lemma in THREAT_VERBS or lemma in w.intent or lemma in w.planning or lemma in w.cognition:
            return True
        if any(c is not None and c[:2] in ("13", "01", "03") for c in own):
            return True
        near = [*verb.children, *(verb.head.children if verb.dep_ in ("xcomp", "conj") else ())]
        if any(c.lower_ in w.hypothetical_aux or c.lower_ in ("will", "'ll", "shall") for c in near):
            return True
        if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in near):
            return True
        if any(
            c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_LIMITS for c in verb.children
        ) and any(t.dep_ in ("advcl", "xcomp", "acl", "relcl") and _to_infinitive(t) for t in verb.subtree):
            return True  # "gave the ambassador 48 hours to leave", "gave Iran 60 days to comply"
        return any(t.lemma_.lower() in ("warning", "threat", "ultimatum") for t in verb.subtree)

    def _thing(self, tok: Token | None) -> bool:
        """A common noun that names no actor, no weapon and nothing said or planned: "a chord",
        "its target", "crime" (not "the village", "his plans", "rivals", "the government")."""
        if tok is None or tok.pos_ != "NOUN" or tok.ent_type_:
            return False
        lemma = tok.lemma_.lower()
        w = self.words
        if lemma in w.weapons or lemma in w.argument_nouns or offices().is_office(tok.text):
            return False
        if sectors().sector(phrase_words(tok, set())) is not None:
            return False  # a body of people: "police", "students"
        return not any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in tok.children)

    def _coded_as_force(self, verb: Token, lemma: str, obj_word: str | None, subj_word: str | None) -> bool:
        """Whether the verb dictionary or the lexicon would code this verb as force (18-20): a
        blow returned in words ("fired back at") or an economic measure dealt with a verb of
        blows ("slapped tariffs on") is recoded only when one of them would."""
        found = self.verbs.match(verb)
        coded = self.lex.match(lemma, "V", obj_word, subj_word)
        codes = ((found.code if found is not None else None) or "", coded.cameo if coded is not None else "")
        return any(code[:2] in FORCE_ROOTS for code in codes)

    def _armed_subject(self, subj: Token | None) -> bool:
        """The actor is an armed body or its weapons: "Al-Shabaab fighters", "Israeli jets"."""
        return subj is not None and any(
            t.lemma_.lower() in self.words.armed_actors or t.lower_ in self.words.armed_actors
            for t in subj.subtree
        )

    def _forceful_act(self, act: Token, objects: list[Token]) -> bool:
        """The act a threat names is force: a verb of violence ("to invade", "to bomb") or a
        military word ("to use military force"); a verb of blows as often said of words or of a
        walkout ("to strike", "to hit", "to attack") only with a weapon or a military place
        hit ("to strike US bases"), not "a threat to strike over pay", "to hit back in the
        press"."""
        w = self.words
        lemma = act.lemma_.lower()
        if lemma in w.verbal_force or lemma in w.contact_verbs:
            # (the word as written too: the model lemmatises "bases" as "basis")
            return any(_lemma(o) in w.weapons or o.lower_.removesuffix("s") in w.weapons for o in objects)
        if lemma in w.violent_verbs:
            return True
        return any(c.dep_ in ("dobj", "advmod") and _lemma(c) in w.military_threat for c in act.children)

    def _armed(self, verb: Token) -> bool:
        """A weapon, an armed actor or a casualty in the verb's clause ([weapons])."""
        return any(
            t.lemma_.lower() in self.words.weapons or t.lower_ in self.words.weapons for t in verb.subtree
        )

    def _judged_openings(self, doc: Doc) -> list[bool]:
        """For each token, whether it opens what a verb says of its object (a quote mark, a
        predicate or a said clause: see :meth:`_judgement`), from the doc's arrays, once per
        document (the Doc last read is kept)."""
        if self._openings is None or self._openings[0] is not doc:
            from spacy.attrs import DEP, IS_QUOTE

            table = doc.to_array([IS_QUOTE, DEP])
            opening = (table[:, 0] != 0) | (table[:, 1:2] == _string_ids(("oprd", "acomp", "ccomp"))).any(
                axis=1
            )
            self._openings = (doc, opening.tolist())
        return self._openings[1]

    def _judgement(self, verb: Token, dobj: Token | None, predicate: Token | None) -> str | None:
        """'@negative'/'@positive' words in a characterisation ("described it as a serious threat")."""
        scope: list[Token] = []
        if predicate is not None:
            scope += list(predicate.subtree)
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                scope += list(prep.subtree)
        if dobj is not None:
            scope += [t for t in dobj.subtree if t.dep_ in ("amod", "acomp", "oprd")]
            for c in dobj.children:
                if c.dep_ == "appos" and c.i > dobj.i and not c.ent_type_:
                    scope += list(c.subtree)  # 'called the plan "a giveaway"': the name read as apposition
            for c in verb.children:
                if c.dep_ == "dobj" and c.i > dobj.i:
                    scope += list(c.subtree)  # "branded Karl Brandt a criminal": the name, a second object
            for prep in dobj.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    scope += list(prep.subtree)  # "described the Tories' plan as theft"
        if verb.lemma_.lower() in LIKENING:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    scope += list(prep.subtree)  # "likened Tony Blair to a used-car salesman"
        doc = verb.doc
        stops = self._judged_openings(doc)
        for i in range(verb.i + 1, min(verb.i + 12, len(stops))):
            if stops[i]:
                scope += list(doc[i].subtree)
                break
        # ("called him a giant", "described her as dishonest": a person's character judged too)
        judging = self.judging_words
        for tok in scope:
            word = tok.lemma_.lower()
            if word in judging:
                return word
            if tok.tag_ == "JJS" and tok.lower_ in judging:
                return tok.lower_  # "the best hope for peace" (the model's lemma of "best" is "good")
        if verb.lemma_.lower() in NAMING_VERBS:
            # 'called the Venezuelan government "a narco-dictatorship"', 'described the Commission
            # as "a bunch of unelected bureaucrats"': a name of no listed word, judged by its valence
            named = (
                set()
                if dobj is None
                else {dobj.i} | {c.i for c in dobj.children if c.dep_ in ("det", "poss", "compound", "amod")}
            )
            tone = _valence_tone(t for t in scope if t.i not in named)
            if tone is not None:
                return VALENCE_BLAME if tone == "111" else VALENCE_PRAISE
        return None

    # -- nouns ----------------------------------------------------------------------------
    def _nominal(self, ctx: _Context, noun: Token, article: Article) -> Iterator[_Event]:
        if noun.lemma_.lower() in SIDE_NOUNS and noun.dep_ not in ("attr", "appos"):
            return  # "Supporters of X blocked roads": a side named, no one's taking of it told
        if _manner(noun):
            return  # "resigned in protest", "in response": how the act was done, no act of its own
        if noun.lemma_.lower() == "denial" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            return  # "Labour was in denial about the problem": a state of mind, nothing denied
        if noun.dep_ == "pobj" and forward_owner(noun):
            return  # "will raise it at next week's summit": a scheduled occasion, no event told
        if _posed(noun):
            return  # "the threat posed by Hezbollah": a danger someone is, no threat made
        if _undone(noun):
            return  # "the lifting of sanctions on Iran": a measure undone is none imposed
        if noun.lemma_.lower() == "probe" and not _inquiring(noun):
            return  # "launched a probe to the Moon": a probe into something, or someone's, investigates
        ctx.begin()
        # A noun's "object" is a prepositional object or a modifier: "strikes on Gaza", "air strikes".
        words = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        for prep in noun.children:
            if prep.dep_ == "prep":
                words += [c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"]
        lemma = noun.lemma_.lower()
        rule = next((r for w in words if (r := self.lex.match(lemma, "N", w, None)) and r.objects), None)
        rule = rule or self.lex.match(lemma, "N", None, None)
        if (
            rule is None
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in VOLLEY_NOUNS
            and (lemma in self.scorning or noun.lower_ in self.scorning)
        ):
            # "a torrent of abuse from X against Y", "a volley of insults": words of scorn in a
            # quantity (abuse alone is no criticism: "abuses of prisoners")
            rule = Rule(lemma, "N", CRITICISE, None, None, needs_target=True)
        if rule is None and lemma in TOURS and noun.dep_ in ("pobj", "nsubj") and tour_of_state(noun):
            # "is on a lecture tour of the United States", "during a United States lecture tour":
            # a visit to the state toured (not "began a four-day tour", the verb's own, nor "a
            # tour of the building")
            rule = Rule(lemma, "N", "042", None, None, needs_target=True)
        made_from = self.nominalized.get(lemma) if rule is None else None
        if made_from is not None:
            rule = self._nominalized_rule(noun, made_from)
            if rule is None:
                made_from = None
        asked = [c for c in noun.children if c.dep_ == "prep"]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words.light_verbs and rule is not None:
            # "made a plea for calm": the parser hangs the noun's "for" on its light verb; only
            # for a noun that is an appeal itself ("made a phone call for the first time" is none)
            asked += [
                c
                for c in noun.head.children
                if c.dep_ == "prep"
                and c.lower_ == "for"
                and (r := self.lex.match(f"{lemma}_for", "V", None, None)) is not None
                and r.cameo[:2] == rule.cameo[:2]
            ]
        for prep in asked:
            # "his call on Blair to publish it", "calls for an inquiry": the noun of a phrasal
            # appeal is that appeal, not the plain noun ("a phone call")
            phrasal = self.lex.match(f"{lemma}_{prep.lower_}", "V", None, None)
            asking = prep.lower_ == "for" or any(
                t.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children)
                for t in (*prep.subtree, *(c for c in noun.children if c.dep_ in ("acl", "relcl")))
            )
            if phrasal is not None and phrasal.cameo[:2] in ("02", "10") and asking:
                rule = phrasal
                break
        if (
            rule is not None
            and rule.cameo == WALKOUT
            and _aimed_strike(
                noun,
                self.words.weapons,
                # ("on Hezbollah strongholds", "against Houthi positions": a side's places)
                lambda o: bool(
                    ctx.entities(o, kinds=(Kind.STATE, Kind.LOCATION), depth=1)
                    or ctx.modifier_entities(o, (Kind.STATE, Kind.ORGANIZATION))
                ),
            )
        ):
            # "an Israeli strike on a school", "the strike on the Iranian consulate": a blow aimed
            # at a place, no walkout ("a strike by railway workers", "the strike on Monday" is one)
            rule = Rule(lemma, "N", ATTACK, None, None)
        if rule is None and lemma in FIRE_NOUNS and (drawer := _fire_drawn(noun)) is not None:
            # "the fuel subsidy cut drew fire from the unions": words aimed at the subject (111);
            # shots when the ones it came from are armed ("drew fire from Taliban fighters")
            armed = any(
                t.lemma_.lower() in self.words.armed_actors or t.lower_ in self.words.armed_actors
                for p in (*noun.children, *drawer.children)
                if p.dep_ == "prep" and p.lower_ == "from"
                for t in p.subtree
            )
            rule = Rule(lemma, "N", ATTACK if armed else CRITICISE, None, None)
        if rule is not None and rule.cameo[:2] in FORCE_ROOTS and _measured_in_general(noun):
            return  # "wanted to limit the death toll of their attacks": attacks in general, none told
        if (
            lemma == "talk"
            and noun.tag_ == "NN"
            and any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in noun.children)
        ):
            return  # "talk of a rift between X and Y", "talk about tax cuts": hearsay or a topic, no meeting
        if lemma == "aim" and not _taken_aim(noun):
            return  # "the aim of UKIP is ...": a purpose, no criticism
        if lemma == "aim" and self._armed(noun.head):
            return  # "police took aim at protesters with tear gas": a weapon aimed, no words
        if lemma in QUARREL_NOUNS and any(
            c.dep_ in ("amod", "nummod", "compound") and (c.lower_ in PLACED_ROWS or c.like_num)
            for c in noun.children
        ):
            return  # "sat in the front row with X", "their third win in a row": a line, no quarrel
        if (
            rule is None
            and (lemma in PLAN_WORDS or _draft(noun))
            and (proposed(noun) is not None or brought_forward(noun) is not None)
            and (cooperative(noun) or specific_intent(noun) is not None)
        ):
            # "floated a plan for joint patrols", "drew up a plan to send aid to Chad", "came up
            # with a proposal to patrol the strait jointly": a plan put forward is an intent when
            # it names cooperation ("unveiled plans to cut taxes" is none)
            rule = Rule(lemma, "N", "030", None, None, needs_target=True)
        given = given_promise(noun) if lemma in GIVEN_PROMISES else None
        if given is not None and (rule is None or rule.cameo[:2] != "03"):
            # "made a commitment to lend Kenya $1.2 billion", "gave his word that the girls would be
            # home", "gave an undertaking to return the bronzes": a promise given is an intent as
            # the verb "promised" is ("his commitment to the cause" is none)
            rule = Rule(lemma, "N", "030", None, None, needs_target=True)
        if rule is None:
            return
        if rule.cameo[:2] == "09" and _asked_for(noun):
            return  # "called for an investigation by the information commissioner": not held
        if lemma in self.words.agent_nouns:
            yield from self._agent_noun(ctx, noun, rule, article)
            return
        agents: list[list[str]] = []
        targets: list[str] = []
        locations: list[str] = []
        target_preps, place_preps = self.words.target_preps, self.words.place_preps
        between = False
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None:
            agents = ctx.split_agents(poss, noun)
        elif (made_from is not None or rule.cameo[:2] in FORCE_ROOTS) and (
            decreer := _decreer(noun)
        ) is not None:
            # "Spain ordered the lifting of ...", "Chirac ordered an attack on ...", "began an invasion"
            agents = ctx.split_agents(decreer, noun.head)
        if rule.cameo[:2] in ("02", "10") and noun.dep_ == "dobj":
            # "made its call for a review in a paper for the home affairs committee": the body
            # the paper is written for is the one appealed to
            targets += [
                k
                for c in noun.head.children
                if c.dep_ == "prep" and c.lower_ in ("in", "through")
                for k in _addressees(ctx, _pobj(c))
            ]
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if rule.cameo[:2] == "11" and prep.lower_ in ABOUT_PREPS and not objs:
                # "a complaint about how Labour uses its call centres": whose doing is judged
                targets += _judged_doers(ctx, prep)
            for o in objs:
                if prep.lower_ == "between":
                    # ("a row between Hugh Fell and party leaders Mark Corby and Ed Lyle": a name
                    # the parse hangs on a later one, "Fell" a modifier of "Corby", is a side too)
                    stacked = [t for t in o.subtree if t.dep_ == "nmod" and t.pos_ == "PROPN" and t.i < o.i]
                    both = list(
                        dict.fromkeys([k for t in stacked for k in ctx.entities(t)] + ctx.entities(o))
                    )
                    if len(both) >= 2:  # "talks between X and Y", "clashes between X and Y"
                        agents, between = [[b] for b in both], True
                elif prep.lower_ in ("by", "from") and not agents:
                    agents = ctx.split_agents(o, noun)
                elif prep.lower_ == "of" and (rule.cameo[:2] in FORCE_ROOTS or made_from is not None):
                    # "the murder of Anna Vale": the one killed; "India's arrest of two Pakistani
                    # citizens": a noun made from a verb has the verb's object in its "of" phrase
                    targets += ctx.entities(o)
                    if made_from is not None:
                        # "the lifting of sanctions on Iran", "Israel's withdrawal of its troops
                        # from Lebanon": the one the object was laid on or taken from
                        upon = UPON_PREPS | ({"from"} if rule.cameo[:2] == "08" else set())
                        targets += [
                            k
                            for q in o.children
                            if q.dep_ == "prep" and q.lower_ in upon
                            for k in ctx.entities(_pobj(q), kinds=(Kind.STATE,))
                        ]
                elif (
                    made_from is not None and prep.lower_ == "from" and rule.cameo[:2] == "08" and any(agents)
                ):
                    targets += ctx.entities(o, kinds=(Kind.STATE,))  # "its withdrawal from Lebanon"
                elif prep.lower_ == "of" and rule.cameo[:2] == "13":
                    # "India's threat of sanctions against Pakistan": the one the act threatened is
                    # aimed at ("a threat of force against Taiwan")
                    targets += [
                        k
                        for q in o.children
                        if q.dep_ == "prep" and q.lower_ in ("against", "on", "upon")
                        for k in ctx.entities(_pobj(q))
                    ]
                elif rule.cameo[:2] == "03" and prep.lower_ in TOPIC_PREPS:
                    continue  # "promises on the police", "a pledge over tax": what about, no one
                elif prep.lower_ == "of" and rule.cameo[:2] == "11" and _lemma(noun) in CRITIQUE_NOUNS:
                    # "a blistering critique of Tony Blair", "a stinging rebuke of the Tories", "a
                    # denunciation of Labour's plans": the one criticised, or the thing's owner
                    named = [
                        k
                        for k in ctx.entities(o)
                        if ctx.kind(k) in (Kind.PERSON, Kind.STATE, Kind.ORGANIZATION)
                    ]
                    targets += named or (_judged_thing_owners(ctx, o, back=False) if ctx.is_thing(o) else [])
                elif rule.cameo[:2] == "11" and prep.lower_ in ABOUT_PREPS and prep.head.i == noun.i:
                    if not ctx.is_thing(o):
                        # "a complaint about Home Secretary David Blunkett", "criticism about the
                        # BBC": the one complained about, named (not "about the plans": what about)
                        targets += [
                            k for k in ctx.entities(o) if ctx.kind(k) in (Kind.PERSON, Kind.ORGANIZATION)
                        ]
                    else:
                        # "a complaint about the Conservatives' leaflets": the one whose thing it is
                        # (as "complained about the government's plans"; not "about the weather")
                        targets += _possessors(ctx, o)
                elif prep.lower_ in target_preps or prep.lower_ in place_preps:
                    # "a clampdown on the ambitions of Khodorkovsky": an "of" inside the object too
                    ents = ctx.entities(o, kinds=(*ACTORS, Kind.LOCATION), depth=2)
                    if prep.lower_ in target_preps or (prep.lower_ == "in" and rule.cameo[:2] in FORCE):
                        targets += [e for e in ents if ctx.kind(e) is not Kind.LOCATION]
                        # "Putin's visit to New Delhi": the capital's state
                        targets += [
                            ctx.found.part_of[e]
                            for e in ents
                            if e in ctx.found.part_of and ctx.kind(e) is Kind.LOCATION
                        ]
                        if rule.cameo[:3] == "042" and prep.lower_ in ("to", "of"):
                            # "his visit to Europe", "a tour of Africa"
                            ctx.note_destinations((e for e in ents if ctx.kind(e) is Kind.LOCATION), noun)
                    if prep.lower_ in place_preps:
                        locations += [e for e in ents if ctx.kind(e) is Kind.LOCATION]
        if not any(agents) and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "come":
            # "Criticism of Israel came from Turkey", "the sharpest warning came from the EU":
            # where the act came from is its doer
            agents = [
                a
                for p in noun.head.children
                if p.dep_ == "prep" and p.lower_ == "from"
                for o in _prep_objects(p)
                for a in ctx.split_agents(o, noun.head)
            ]
        of_objects = [
            o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in _prep_objects(c)
        ]
        if of_objects and rule.cameo[:2] not in FORCE_ROOTS and not between:
            if not any(agents):
                # "the expulsion of Iranian diplomats by Argentina", its "by" hung on the diplomats
                # (and an offer's "from", hung on what is offered: "an offer of talks from North Korea")
                givers = (
                    ("by", "from") if rule.cameo[:2] == "03" and lemma in _PLAN_WORDS_OR_PROMISES else ("by",)
                )
                by = next((b for o in of_objects if (b := _prep_object(o, givers)) is not None), None)
                agents = ctx.split_agents(by, noun) if by is not None else agents
            if not any(agents) and _doer_of(rule.cameo, noun):
                # "the visit of the Chinese president to Kenya", "the meeting of the Russian and
                # Turkish presidents": the one whose visit or meeting it is
                agents = [g for o in of_objects for g in ctx.split_agents(o, noun) if g]
            elif any(agents):
                # "the expulsion of Russian diplomats by Britain", "Britain's arrest of the
                # Nigerian student": the act's doer is named apart, its "of" is the one acted upon
                targets += [k for o in of_objects for k in ctx.entities(o)]
        anchor = noun
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:  # "air and naval drills"
            anchor = anchor.head
        volley = _volley_of(anchor)
        if volley is not None:
            anchor = volley  # "unleashed a barrage of criticism at X": the barrage stands for the words
        head = anchor.head
        victim = _suffered(anchor) if rule.cameo[:2] in FORCE else None
        if victim is not None:
            # "killed in Somali shelling": the ones killed are its target; its actor is named
            # by the noun ("by X", "Somali", "a rebel ambush"), never by the clause's subject
            targets += ctx.entities(victim)
        elif not any(agents) and anchor.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
            # "After talks with his Omani counterpart, Araghchi said ...": the clause's subject.
            clause = head.head
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            # (not a judgement: "resigned after sustained criticism" is criticism received)
            received = rule.cameo[:2] in ("10", "11", "12", "13")
            # ('"We will shoot it down," X said in a warning to Belarus': the speaker's own words)
            received = received and not (head.lower_ == "in" and clause.lemma_.lower() in self.words.say)
            if lemma in QUARREL_NOUNS and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in anchor.children
            ):
                # "is at odds with X", "was embroiled in a row with X": a quarrel the subject is in
                received = False
                subj = subj or next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            # ("is on a lecture tour of the United States", "embarked on a visit to Chile")
            journey = head.lower_ == "on" and rule.cameo[:3] == "042"
            if (
                subj is not None
                and (head.lower_ in ("after", "during", "following", "before", "at", "in") or journey)
                and not received
            ):
                agents = ctx.split_agents(subj, clause)
                if rule.cameo[:3] == "042" and not targets:
                    # "is on a lecture tour of the United States": the place toured, or its state
                    toured = [k for o in of_objects for k in ctx.entities(o, kinds=(*ACTORS, Kind.LOCATION))]
                    targets += [k for k in toured if ctx.kind(k) is not Kind.LOCATION]
                    targets += [ctx.found.part_of[k] for k in toured if k in ctx.found.part_of]
                if journey and not targets:
                    return  # "took reporters on a tour of the building": no place of a state toured
        code, needs = rule.cameo, rule.needs_target
        if code[:2] == "13" and lemma in THREAT_NOUNS:
            # "Beijing's threat to impose tariffs on Australian wine", "Russia's threat to cut gas
            # supplies to Moldova": whom the act threatened is upon
            for act in (c for c in noun.children if _infinitive_of_noun(c)):
                objects = [o for o in act.children if o.dep_ in ("dobj", "dative")]
                objects += [
                    o
                    for h in (act, *objects)
                    for p in h.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "against", "to")
                    for o in _prep_objects(p)
                ]
                targets += [
                    k for o in objects for k in ctx.entities(o, kinds=(Kind.STATE, Kind.ORGANIZATION))
                ]
                if code == "130" and self._forceful_act(act, objects):
                    # "issued a threat to strike US bases", "a threat to invade": a threat of the
                    # threatener's own force (138), as the verb "threatened to strike" is
                    code = MILITARY_THREAT
                    if not targets:  # "a threat to strike militant camps in Afghanistan": where
                        targets += [k for o in (act, *objects) for k in ctx.placed_states(o)]
        if needs and not targets and code[:2] == "04" and _people_met(_met_with(noun)):
            needs = False  # "held a private meeting with senior union figures": a meeting
        if code[:2] == "03" and (lemma in _PLAN_WORDS_OR_PLEDGES or given is not None):
            if opinion_topic(anchor, self.feeling_nouns):
                # "sceptical about Labour promises on tax", "doubts over the party's pledges":
                # an intent that is only what someone judges is no act of its owner
                return
            # "Saudi Arabia's offer of food aid", "an offer to mediate", "a proposal for a
            # regional water agreement": an intent this specific is news with no one named
            specific = specific_intent(noun)
            if specific is not None:
                code, needs = specific, False
            elif restructuring(noun):
                return  # "a plan to merge the two regiments", "a proposal for the abolition of X"
            elif lemma in STATE_OFFERS and any(
                ctx.kind(k) is Kind.STATE or ctx.is_government(k) for group in agents for k in group
            ):
                # "Argentina's latest offer would pay creditors 25 cents": a state's own offer is
                # its intent with no one named (a firm's or a person's offer, "Glazer's offer", is
                # a bid; a state's proposals, "the government's proposals", are mostly its own
                # policy, politics store: 3 of 3 such new events)
                needs = False
            # "an offer of aid to Syria", "a proposal for a pact with Uzbekistan", "an offer to
            # mediate between Israel and Hamas": whom the thing offered is for
            inners = [(o, OFFERED_TO) for c in noun.children if c.dep_ == "prep" for o in _prep_objects(c)]
            acts = [c for c in noun.children if _infinitive_of_noun(c)]
            if given is not None:
                # "gave an undertaking to return the bronzes to Nigeria": the infinitive hung on the verb
                acts += [
                    c
                    for c in given.children
                    if c.dep_ in ("advcl", "xcomp") and c.i > noun.i and _to_infinitive(c)
                ]
            for act in acts:
                # "Germany's offer to train Moldovan border guards": the one the act is done for
                # (a state or person only: "its proposals to reflect Parliament's wish", "a promise
                # to produce a New Labour manifesto" name no one the act is for)
                targets += [
                    k
                    for o in act.children
                    if o.dep_ in ("dobj", "dative")
                    for k in ctx.entities(o, kinds=(Kind.STATE, Kind.PERSON), depth=1)
                ]
                if act.lemma_.lower() in LENDING:
                    # "a pledge to deposit $2 billion in Pakistan's central bank": where money goes
                    targets += [
                        k
                        for p in act.children
                        if p.dep_ == "prep" and p.lower_ in ("in", "into", "to")
                        for o in _prep_objects(p)
                        for k in ctx.entities(o, kinds=(Kind.STATE,))
                    ]
                # (and the act's own object: "a plan to resume talks with North Korea", "a
                # proposal to lift sanctions on Libya")
                inners += [
                    (act, OFFERED_TO),
                    *((o, OFFERED_TO | {"on"}) for o in act.children if o.dep_ == "dobj"),
                ]
            if (putter := proposed(noun)) is not None and noun.dep_ == "nsubjpass":
                # "a draft peace plan was presented to Israel by Egyptian mediators": the one
                # the plan is put to, on the verb of a passive
                inners.append((putter, frozenset({"to"})))
            for inner, preps in inners:
                for prep in (c for c in inner.children if c.dep_ == "prep" and c.lower_ in preps):
                    targets += [k for o in _prep_objects(prep) for k in ctx.entities(o)]
        head_lemma = (self.verbs.lemma(head) if head.pos_ == "VERB" else None) or head.lemma_.lower()
        carrier = head_lemma in self.words.light_verbs or (  # ("staged": "stage", not "stag")
            # "put forward / tabled / floated a proposal for": the proposer's verbs
            lemma in PLAN_WORDS and proposed(anchor) is not None
        )
        # (and a promise given: "gave an undertaking to", "gave his word")
        carrier = carrier or given is not None
        if given is not None and poss is not None and poss.pos_ == "PRON":
            # "Kenyan President Daniel Mwangi gave his word": the giver as the verb's subject names
            # him (with his state), "his" only the person
            subj = next((c for c in given.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                agents = ctx.split_agents(subj, given)
        offered = code[:2] == "03" and (carrier or head_lemma in GIVING)
        bearer = brought_forward(anchor) if code[:2] == "03" else None
        if bearer is not None and not any(agents):
            # "Qatar came forward with an offer of fuel for Lebanon", "came up with a proposal":
            # the one who steps forward with it
            subj = next((c for c in bearer.children if c.dep_ == "nsubj"), None)
            agents = ctx.split_agents(subj, bearer) if subj is not None else [ctx.inherited_subject(bearer)]
        if offered and anchor.dep_ == "ccomp":
            # "Japan made Vietnam an offer of two patrol vessels": the parser reads the one offered
            # to as the noun's subject, the noun as a clause of the verb
            receivers = [c for c in anchor.children if c.dep_ == "nsubj"]
            if receivers and not any(agents):
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                agents = ctx.split_agents(subj, head) if subj is not None else [ctx.inherited_subject(head)]
            targets += [k for r in receivers for k in ctx.entities(r) if not any(k in g for g in agents)]
        if offered and anchor.dep_ in ("dobj", "attr"):
            # "made Chile a promise of cheap gas", "gave Brazil an assurance": the one it is given to
            targets += [
                k
                for c in head.children
                if c.dep_ in ("dative", "iobj") and c.pos_ in ("NOUN", "PROPN")
                for k in ctx.entities(c)
            ]
        if anchor.dep_ == "nsubjpass" and carrier and not any(agents):
            # "a plan to send peacekeepers was unveiled by the African Union": the verb's agent
            agents = [k for a in head.children if a.dep_ == "agent" for k in ctx.split_agents(_pobj(a), head)]
        if anchor.dep_ in ("dobj", "attr") and carrier:
            # "X held talks with Y", "Mali expressed its solidarity with Niamey"
            if not any(agents):
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                agents = ctx.split_agents(subj, head) if subj is not None else [ctx.inherited_subject(head)]
            # (and a "to" the parser reads as a dative: "issued a warning to the Philippines")
            datives = [c for c in head.children if c.dep_ == "dative" and c.pos_ == "ADP"]
            # (and the volley's own: "a barrage of criticism at the Greek government")
            aimed = [c for c in anchor.children if c.dep_ == "prep"] if anchor is not noun else []
            for prep in (*_preps(head, None), *datives, *aimed):
                if rule.cameo[:2] == "03" and prep.lower_ in TOPIC_PREPS:
                    continue  # "made a pledge on Britain's schools": what about
                for o in prep.children:
                    if o.dep_ == "pobj" and prep.lower_ in target_preps:
                        targets += ctx.entities(o)
                    if o.dep_ == "pobj" and prep.lower_ in place_preps:
                        locations += ctx.entities(o, kinds=(Kind.LOCATION,))
            if rule.cameo == LAWSUIT and not targets:
                # "took legal action to unseat two London Assembly members": whom its purpose is upon
                for purpose in (
                    c
                    for c in (*head.children, *noun.children)
                    if c.dep_ in ("xcomp", "advcl", "acl") and _to_infinitive(c)
                ):
                    targets += [k for o in purpose.children if o.dep_ == "dobj" for k in ctx.entities(o)]
        if rule.cameo[:3] == "042" and any(agents) and not targets:
            # "Mr Straw's China trip", "his Middle East tour": the name before the noun is where
            # the one whose visit it is goes
            for mod in (c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"):
                places = ctx.entities(mod, kinds=(Kind.STATE, Kind.LOCATION), depth=1)
                targets += [p for p in places if ctx.kind(p) is Kind.STATE]
                targets += [ctx.found.part_of[p] for p in places if p in ctx.found.part_of]  # "Washington"
                ctx.note_destinations((p for p in places if ctx.kind(p) is Kind.LOCATION), noun)
        charged = _charged_with(anchor) if rule.cameo[:2] in FORCE_ROOTS and not any(agents) else None
        if charged is not None:
            # "charged Igor Stanek with the killing", "was arrested over the murder of X": the
            # one charged is its alleged actor; "the killing" is of the victim told before
            agents = [ctx.entities(charged, kinds=(Kind.PERSON, Kind.ORGANIZATION))]
            if not targets:
                targets += ctx.victims_before(noun)
        receiver = _receiving(anchor) if rule.cameo[:2] in RECEIVED_ROOTS and not targets else None
        if receiver is not None:
            # "came in for criticism from X", "faced a barrage of criticism from X", "was the target
            # of threats from X": X's words, aimed at the receiving verb's subject (never its
            # author: "came under attack from her own party" names no one else)
            subj = next((c for c in receiver.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # (not a light verb's own act: "is taking legal action" is Blunkett's)
            on_subject = (
                set(ctx.entities(subj))
                if subj is not None
                and subj.pos_ == "PROPN"
                and receiver.lemma_.lower() not in self.words.light_verbs
                else set()
            )
            if subj is not None and subj.pos_ == "NOUN" and rule.cameo[:2] in FORCE_ROOTS:
                # "Indian posts came under heavy Pakistani shelling": the posts' side is hit
                on_subject |= set(ctx.modifier_entities(subj, (Kind.STATE, Kind.ORGANIZATION)))
            agents = [[a for a in group if a not in on_subject] for group in agents]
            if not any(agents) and rule.cameo[:2] in FORCE_ROOTS:
                # (the blow's own nationality: "came under Pakistani shelling")
                agents = [
                    [
                        k
                        for k in ctx.modifier_entities(noun, (Kind.STATE, Kind.ORGANIZATION))
                        if k not in on_subject
                    ]
                ]
            if not any(agents):
                agents = [
                    k
                    for host in (receiver, *(a for a in anchor.ancestors if a.i != receiver.i))
                    for p in host.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "by")
                    for k in ctx.split_agents(_pobj(p), noun)
                ][:1]
                agents = [[a for a in group if a not in on_subject] for group in agents]
            if not any(agents) and lemma in RECEIVED_OF_NOUNS:
                # "incurred the wrath of Beijing", "received the endorsement of Chile": whose it is
                agents = [
                    k
                    for p in noun.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for k in ctx.split_agents(_pobj(p), noun)
                ][:1]
                agents = [[a for a in group if a not in on_subject] for group in agents]
            acting = {a for group in agents for a in group}
            subj = next((c for c in receiver.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.tag_ in ("WP", "WDT") and receiver.dep_ == "relcl":
                subj = receiver.head  # "Mr Blair, who came in for criticism from X"
            if subj is None:
                aimed_at = ctx.inherited_subject(receiver)
            else:
                aimed_at = ctx.pronoun(subj, noun) if subj.pos_ == "PRON" else ctx.entities(subj)
                if not aimed_at and subj.pos_ == "NOUN":
                    aimed_at = _possessors(ctx, subj)  # "the government's fuel subsidy cut drew fire from X"
            targets += [k for k in aimed_at if k not in acting]
        if not any(agents):
            # "Israeli air strikes", "US sanctions": the state that modifies the noun acts.
            agents = [ctx.modifier_entities(noun, (Kind.STATE, Kind.ORGANIZATION))]
        if not any(agents) and rule.cameo[:2] == "04" and (partners := _begun_with(ctx, noun)):
            # "Britain has offered to send Gurkhas ... Discussions have begun with Indonesia":
            # talks begun with someone, no one named to hold them, are held by the state that
            # acted just before
            agents = [ctx.state_acting_before(noun, partners)]
            targets += [k for k in partners if k not in targets]
        if not any(agents):
            return
        if not targets and code[:2] == "03":
            # "put an offer on the table to fund the demining of farmland in Ukraine": the state
            # the offered act is upon
            targets += _intended_states(ctx, noun, agents)
        if lemma in MEASURE_NOUNS:
            # "imposed an asset freeze and a travel ban on three Iranian generals": the measure is
            # upon the one its own "on" names (not "announced a freeze on fuel duty in his speech
            # to the Commons")
            measured = [
                k
                for n in (noun, *noun.conjuncts)
                for p in n.children
                if p.dep_ == "prep" and p.lower_ in ("on", "against", "upon")
                for o in _prep_objects(p)
                for k in ctx.entities(o)
            ]
            targets = [k for k in targets if k in measured]
            if not targets:
                return
        if (
            needs
            and code[:2] == "03"
            # (not a plan or proposal of its own policy: "came up with proposals to cut waiting lists")
            and (
                given is not None
                or (bearer is not None and (lemma not in PLAN_WORDS - STATE_OFFERS or cooperative(noun)))
                # "drew up / circulated a roadmap", "tabled a draft agreement": cooperation put forward
                or (
                    (lemma in PLAN_WORDS or _draft(noun))
                    and proposed(anchor) is not None
                    and cooperative(noun)
                )
                # "Canada unveiled an offer of $200m in aid", its maker named as the verb's subject
                # (not "waiting for approval to make a formal offer": whose offer, only guessed)
                or (
                    carrier
                    and lemma in STATE_OFFERS
                    and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.children)
                )
            )
            and any(
                ctx.kind(k) is Kind.STATE or ctx.is_government(k) or ctx.is_igo(k)
                for group in agents
                for k in group
            )
        ):
            # ("the African Union drew up a roadmap for elections in Chad": an international body's too)
            # "Germany made a commitment to ...", "Chile came forward with an offer of ...": a
            # state's promise or offer given in public is its intent with no one named to receive it
            # (a party's or a person's, "Labour made a commitment to cut taxes", names none acting)
            needs = False
        if not targets and rule.cameo[:2] in WORDS_ROOTS:
            # "a rebuttal of a warning from X", "dismissed criticism from X": the one who
            # answers it is the one it was aimed at
            acting = {a for group in agents for a in group}
            targets += [k for k in _answerer(ctx, anchor) if k not in acting]
        if rule.cameo[:2] in ("02", "10") and not [t for t in targets if not any(t in g for g in agents)]:
            # "made its call for stronger powers in a paper for the Commons committee": whom the
            # message or paper it was made in is to
            hosts = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
            targets += [
                k
                for h in hosts
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("in", "through")
                for k in _addressees(ctx, _pobj(c))
                if not any(k in g for g in agents)
            ]
        hedged = any(c.dep_ == "amod" and c.lower_ in HEDGED_ACTS for c in noun.children)
        for event in self._emit(ctx, code, noun, agents, targets, locations, article, needs, mutual=between):
            if charged is not None and charged.head.lemma_.lower() not in PROVEN:
                event.modality = Modality.REPORTED  # alleged, not yet proven
            elif hedged and event.modality is Modality.ASSERTED:
                event.modality = Modality.REPORTED  # "the reported feud", "the alleged row": told by others
            yield event

    def _nominalized_rule(self, noun: Token, verb: str) -> Rule | None:
        """The rule of a noun made from ``verb`` (``[nominalizations]``) the lexicon has no row
        for, when an actor owns the act ("Brazil's support for ...", "the arrest of X by Y"):
        the verb's lexicon rule for the noun's "of" object, else the dictionary's own code of the
        verb, else its synonym block's. It needs someone acted upon; statements and acts of no
        interaction are none."""
        owned = (
            any(c.dep_ == "poss" for c in noun.children)
            or any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
            # "Canada announced the easing of sanctions on Cuba", "ordered the expulsion of":
            # the one who decrees an act does it
            or _decreer(noun) is not None
        )
        of = next(
            (
                o
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
        if not owned and (of is None or _prep_object(of, ("by",)) is None):
            return None  # (not even "the lifting of the embargo on Libya by Italy")
        if of is None and verb not in DOER_OWNED:
            return None  # "his arrest in Zambia", "Iraq's occupation": the one acted upon owns it
        made = self.lex.match(verb, "V", _lemma(of), None)
        if made is not None and made.pos == "N":
            made = None
        code = made.cameo if made is not None else None
        if code is None and of is not None and (pattern := self.verbs.object_code(verb, of)) is not None:
            # "the lifting of sanctions" as "lifted sanctions" (085), "the imposition of an
            # embargo" (163): the dictionary's pattern for the verb with that object
            if pattern.code is None or pattern.reverse:
                return None
            code = pattern.code
        if code is None:
            # (the verb's own code first, else its synonym block's: the table's verbs are acts)
            entries = sorted(
                (e for e in self.verbs.entries.get(verb, ()) if not e.extra),
                key=lambda e: not (e.own or e.head),
            )
            code = entries[0].code if entries else None
        if code is None or code == NO_EVENT or code.startswith(("01", *NO_INTERACTION)):
            return None
        return Rule(noun.lemma_.lower(), "N", code, None, None, needs_target=True)

    def _agent_noun(self, ctx: _Context, noun: Token, rule: Rule, article: Article) -> Iterator[_Event]:
        """ "Sirhan Sirhan, the assassin of Robert F. Kennedy", "Kennedy's assassin Lee Harvey
        Oswald", "X was the killer of Y": the one named with the noun did it to its object."""
        agent_tok: Token | None = None
        if noun.dep_ == "appos":
            agent_tok = noun.head
        elif noun.dep_ == "attr":
            agent_tok = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        else:
            agent_tok = next((c for c in noun.children if c.dep_ in ("appos", "compound")), None)
        if agent_tok is None and noun.dep_ == "compound" and ctx.found.entity_at(noun.head.i):
            agent_tok = noun.head
        if agent_tok is None or agent_tok.i == noun.i:
            return
        targets: list[str] = []
        possessors = list(noun.children)
        if agent_tok.i == noun.head.i:  # "Kennedy's assassin Lee Harvey Oswald": the possessor is the name's
            possessors += [c for c in agent_tok.children if c.dep_ == "poss" and c.i < noun.i]
        for child in possessors:
            if child.dep_ == "poss":
                targets += ctx.entities(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                targets += [k for o in child.children if o.dep_ == "pobj" for k in ctx.entities(o)]
        agents = ctx.split_agents(agent_tok, noun)
        yield from self._emit(ctx, rule.cameo, noun, agents, targets, [], article, rule.needs_target)

    def _intended_act(self, word: Token) -> str | None:
        """The intent code (03x) of the act an infinitive after ``word`` names, read from the
        verb dictionary's code for it when it yields (08) or is diplomatic (04, 05): "agreed to
        resign" (035), "is prepared to lift the ban" (085: 0354), "promised to restore ties"
        (05: 032); None for other acts ("pledged to cut taxes", "vowed to fight on")."""
        # (a noun's infinitive: "its willingness to resume talks")
        infinitives = ("xcomp", "acl", "relcl") if word.pos_ == "NOUN" else ("xcomp",)
        for act in (c for c in word.children if c.dep_ in infinitives and c.pos_ == "VERB"):
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
                continue
            if any(a.dep_ == "neg" for a in act.children):
                return None  # "pledged not to visit Iraq": no intent to do it
            lemma = act.lemma_.lower()
            if lemma in self.words.light_verbs:
                continue  # "agreed to give him a clear run"
            obj = next((c for c in act.children if c.dep_ == "dobj"), None)
            if _lemma(obj) in _LEGISLATION_PROCEDURES_OR_PLANS:
                continue  # "agreed to withdraw his bill": a text given up, no one yielded to
            found = self.verbs.match(act)
            code = found.code if found is not None else None
            if not code or code.startswith(NO_INTERACTION) or code == NO_EVENT:
                continue
            if found.bare and not found.standalone:  # type: ignore[union-attr]
                continue  # a block's default, no pattern: "is prepared to go this far"
            if code[:2] == "08":
                return INTENDED_YIELD.get(code[:3], "035")
            if code[:2] == "04" and _lemma(obj) in ENACTED_THINGS and not obj.ent_type_:  # type: ignore[union-attr]
                continue  # "agreed to introduce a ban on smoking": a measure of its own, no one met
            if code[:2] in INTENDED_COOPERATION:
                return INTENDED_COOPERATION[code[:2]]
        return None

    def _stay_visit(
        self, ctx: _Context, noun: Token, stay: tuple[Token, Token], article: Article
    ) -> Iterator[_Event]:
        """A stay at a state's place for talks or a visit told by the copula: "Samir Fahmy was in
        Ankara on Tuesday for talks" (042 to Turkey, by the copula's subject); scheduled ("is due
        in Canberra next week for a state visit", "will be in Paris for the summit"): the intent
        to meet (036), no visit made yet. Only with a place of a state named after "in"."""
        copula, word = stay
        if any(c.dep_ == "neg" for c in copula.children):
            return  # "was not in Seoul for the summit"
        due = [c for c in copula.children if c.dep_ == "acomp" and c.lower_ == "due"]
        states: list[str] = []
        for host in dict.fromkeys((copula, word, *due)):
            for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "in"):
                for obj in _prep_objects(prep):
                    for key in ctx.entities(obj, kinds=(*ACTORS, Kind.LOCATION), depth=1):
                        state = key if ctx.kind(key) is Kind.STATE else ctx.found.part_of.get(key)
                        if state is not None and ctx.kind(state) is Kind.STATE:
                            states.append(state)
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if not states or subj is None or subj.pos_ == "PRON":
            return
        ctx.begin()
        agents = ctx.split_agents(subj, copula)
        acting = {a for group in agents for a in group}
        own = ctx.own_states(acting) | {a for a in acting if ctx.kind(a) is Kind.STATE}
        states = [s for s in states if s not in own]
        if not own or not states:
            return  # "Tony Blair was in Downing Street for talks": at home, or whose state unknown
        scheduled = (
            bool(due)
            or word.lower_ == "due"
            or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "to") for c in copula.children)
        )
        code = "036" if scheduled else "042"
        for event in self._emit(ctx, code, noun, agents, list(dict.fromkeys(states)), [], article):
            event.modality = Modality.ASSERTED
            event.scheduled = scheduled
            yield event

    def _ready(self, ctx: _Context, adj: Token, article: Article) -> Iterator[_Event]:
        """ "said it was ready to release the hostages", "is willing to mediate": the intent
        (03x) of a specific act, by the copula's subject."""
        code = specific_intent(adj) or self._intended_act(adj)
        if code is None and (adj.pos_ != "NOUN" or any(c.lower_ == "no" for c in adj.children)):
            return
        ctx.begin()
        copula = adj.head
        if adj.pos_ == "NOUN":
            # "India signalled its willingness to resume dialogue", "Turkey expressed readiness to
            # host talks", "Iran's readiness to negotiate": the one whose readiness it is
            owner = next((c for c in adj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None:
                copula = adj
            elif adj.dep_ != "dobj":
                return
        subj = (
            owner
            if adj.pos_ == "NOUN" and owner is not None
            else next((c for c in copula.children if c.dep_ == "nsubj"), None)
        )
        agents = ctx.split_agents(subj, copula) if subj is not None else [ctx.inherited_subject(copula)]
        targets: list[str] = []
        infinitives = ("xcomp", "acl", "relcl") if adj.pos_ == "NOUN" else ("xcomp",)
        for act in (c for c in adj.children if c.dep_ in infinitives):
            objects = [c for c in act.children if c.dep_ in ("dobj", "dative")]
            targets += [k for c in objects for k in ctx.entities(c)]
            # (a phrase the parser hangs on the act's object too: "its willingness to sign a peace
            # treaty with Azerbaijan", "readiness to send aid to Chad")
            preps = [c for h in (act, *objects) for c in h.children if c.dep_ == "prep"]
            for prep in (c for c in preps if c.lower_ in self.words.target_preps):
                for obj in _prep_objects(prep):
                    found = ctx.entities(obj)
                    if not found and prep.lower_ in RECIPIENT_PREPS:
                        found = ctx.placed_states(obj)  # "ready to send troops to a force in Liberia"
                    targets += found
        if not targets and adj.pos_ == "NOUN":
            # "signalled its willingness to send engineers to help rebuild Libya's ports": the state
            # the act is upon, named deeper in its clause
            targets += _intended_states(ctx, adj, agents)
        if code is None:
            if not targets:
                return  # "its readiness to compromise": which act, and upon whom, not told
            code = "030"  # an intent to cooperate with the state the act is upon
        yield from self._emit(ctx, code, adj, agents, targets, [], article)

    def _open_to(
        self, ctx: _Context, adj: Token, found: tuple[str, Token, Token], article: Article
    ) -> Iterator[_Event]:
        """Being open to an act of cooperation or a thing offered is the intent of it (03x), by
        the one who is open or whose door is: "Kazakhstan said it was open to mediating between
        Russia and Azerbaijan" (039), "Norway said its door was open to hosting the next round of
        talks" (036), "Tehran left the door open to talks with Washington" (036)."""
        code, thing, holder = found
        if any(c.dep_ == "neg" for t in (adj, holder) for c in t.children):
            return  # "was not open to talks": no intent told
        ctx.begin()
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        door = next((c for c in holder.children if c.dep_ == "dobj" and c.lower_ in DOORS), None)
        if subj is not None and subj.lower_ in DOORS:
            door, subj = subj, None
        if door is not None and subj is None:
            # "its door was open to": the door's owner ("Vienna's doors", "its door")
            subj = next((c for c in door.children if c.dep_ == "poss"), None)
        agents = ctx.split_agents(subj, holder) if subj is not None else [ctx.inherited_subject(holder)]
        own = {a for g in agents for a in g}
        heads = [thing, *(c for c in thing.children if c.dep_ in ("dobj", "dative"))]
        targets = [k for h in heads[1:] for k in ctx.entities(h, kinds=(Kind.STATE, Kind.PERSON), depth=1)]
        targets += [
            k
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in OFFERED_TO | {"between"}
            for o in _prep_objects(p)
            for part in _conjuncts(o)
            for k in ctx.entities(part)
        ]
        targets = [k for k in dict.fromkeys(targets) if k not in own]
        if any(agents):
            yield from self._emit(ctx, code, adj, agents, targets, [], article)

    def _work_with(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """Working with someone named, meant or looked forward to: "Japan is keen to work with
        China", "the ADSS looks forward to working with ministers", "Germany wants to work
        closely with the new Iraqi government", "pledged to collaborate with Russia" (030, the
        intent to cooperate, by the subject of the word of meaning). Not work done ("worked
        with him at the bank"), nor meant with no one named or denied ("not keen to work with").
        """
        holder = verb.head
        if verb.dep_ == "pcomp":
            # "looks forward to working with": the "to" of "look forward", "committed to working"
            to = holder
            holder = to.head
            if to.lower_ != "to" or not (
                holder.lemma_.lower() in ("commit", "committed")
                or any(c.lower_ == "forward" for c in holder.children)
            ):
                return
        elif not {holder.lemma_.lower(), holder.lower_, holder.lower_[:-1]} & MEANING_TO:
            return  # (the model's lemma of "hopes" is "hop")
        withs = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("with", "alongside")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if not withs or any(c.dep_ == "neg" for t in (verb, holder, holder.head) for c in t.children):
            return
        ctx.begin()
        if holder.pos_ == "ADJ" and holder.dep_ == "acomp":
            holder = holder.head  # "Japan is keen to": the subject is the copula's
        # ("Germany said it looked forward to working with ...": the speaker's own intent)
        subj = self._speaking_subject(holder)
        agents = ctx.split_agents(subj, holder) if subj is not None else [ctx.inherited_subject(holder)]
        own = {a for g in agents for a in g}
        targets = [k for o in withs for part in _conjuncts(o) for k in ctx.entities(part) if k not in own]
        if any(agents) and targets:
            yield from self._emit(ctx, "030", verb, agents, list(dict.fromkeys(targets)), [], article)

    def _introduced(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """Someone named introduced or presented "as" the best of a kind, or with a word of
        praise of a person, is praised (051) by whoever introduces them: "introduced Dr Greenspan
        to the guests as 'the world's greatest economist'", "presented her as a true friend of
        Britain". Not a plain introduction ("introduced X to the guests"), nor a thing introduced
        ("introduced the bill as the best way to ...": no one named)."""
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is None:
            return
        good = self.lex.classes.get("@character_good", frozenset())
        praised = any(
            t.lemma_.lower() in good or t.lower_ in good
            for a in verb.subtree
            if a.lower_ == "as" and a.dep_ == "prep" and a.i > dobj.i
            for t in a.subtree
        )
        if not praised:
            return
        ctx.begin()
        targets = ctx.entities(dobj)
        subj = self._speaking_subject(verb)
        if subj is None or subj.dep_ == "nsubjpass" or not targets:
            return
        agents = ctx.split_agents(subj, verb)
        own = {a for g in agents for a in g}
        targets = [k for k in targets if k not in own]
        if any(agents) and targets:
            yield from self._emit(ctx, "051", verb, agents, targets, [], article)

    def _honoured(self, ctx: _Context, noun: Token, article: Article) -> Iterator[_Event]:
        """An act done in someone's honour is praise of them (051) by its doer: "gave a speech in
        honour of X", "delivered a lecture in tribute to X", "held a banquet in honour of the
        president", "laid a wreath in homage to X". Not a thing named so ("a street named in
        honour of X": no one named does it), nor one honoured with no one named ("in honour of
        the victims")."""
        doc = noun.doc
        # (the parser may hang the "of" on a noun before: "a speech at a church in honour of X")
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "to")]
        if not preps and nxt is not None and nxt.lower_ in ("of", "to") and nxt.dep_ == "prep":
            preps = [nxt]
        owners = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if not owners:
            return
        act = noun.head.head  # the act or its noun: "in honour of" hangs on "gave" or "a speech"
        for _ in range(4):
            # "gave a speech in honour of", "gave a speech at a church in honour of": the verb
            if act.pos_ not in ("NOUN", "PROPN") or act.head.i == act.i:
                break
            if act.dep_ in ("dobj", "attr"):
                act = act.head
            elif act.dep_ == "pobj" and act.head.dep_ == "prep":
                act = act.head.head
            else:
                break
        if act.pos_ not in ("VERB", "AUX"):
            return
        subj = self._speaking_subject(act)
        if subj is None or subj.dep_ == "nsubjpass":
            return  # "a dinner was held in honour of X": by no one named
        ctx.begin()
        agents = ctx.split_agents(subj, act)
        own = {a for g in agents for a in g}
        targets = [k for o in owners for part in _conjuncts(o) for k in ctx.entities(part) if k not in own]
        if any(agents) and targets:
            yield from self._emit(ctx, "051", noun, agents, list(dict.fromkeys(targets)), [], article)

    def _posture(self, ctx: _Context, noun: Token, article: Article) -> Iterator[_Event]:
        """Armed forces put on standby or alert show force: "British troops are on standby",
        "100 UK troops have been put on standby", "Pakistan put its army on high alert", "the
        Spanish have put their forces on standby", "placed the military on a war footing" (152;
        the police 151). The agent is who put them so, else the forces' state; the targets are
        the other states named after it in its sentence ("in case they need to evacuate citizens
        from Ivory Coast", "along the border with Pakistan"). Not a standby of no force ("the generator is
        on standby", "investors are on alert"), nor one denied ("troops are not on standby")."""
        doc = noun.doc
        # "on standby", "on high alert", "on a war footing": the "on" just before, whatever the
        # model made of the noun itself
        on = next(
            (
                doc[i]
                for i in range(noun.i - 1, max(noun.sent.start, noun.i - 4) - 1, -1)
                if doc[i].lower_ == "on" or doc[i].pos_ not in ("ADJ", "DET", "NOUN", "ADV")
            ),
            None,
        )
        if on is None or on.lower_ != "on" or on.dep_ != "prep":
            return
        if noun.lemma_.lower() == "footing" and not any(c.lower_ == "war" for c in noun.children):
            return  # "on an equal footing"
        holder = on.head
        if holder.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in holder.children):
            return
        ctx.begin()
        active = holder.lemma_.lower() in POSTURING and not any(c.dep_ == "auxpass" for c in holder.children)
        forces = next(
            (
                c
                for c in holder.children
                if c.dep_ == ("dobj" if active else "nsubj") or c.dep_ == "nsubjpass"
            ),
            None,
        )
        node = holder
        while forces is None and node.dep_ in ("xcomp", "ccomp") and node.head.i != node.i:
            node = node.head  # "100 UK troops are understood to have been put on standby"
            forces = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if forces is None or forces.pos_ == "PRON":
            return
        armed = [t for t in forces.subtree if t.lemma_.lower() in ARMED and t.pos_ == "NOUN"]
        if not armed:
            return
        code = "151" if all(t.lemma_.lower() in ("police", "policeman", "officer") for t in armed) else "152"
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None) if active else None
        agents = (
            ctx.split_agents(subj, holder)
            if subj is not None
            else [ctx.entities(forces, kinds=(Kind.STATE,))]
        )
        if not any(agents):
            return
        own = {a for g in agents for a in g}
        # (what follows the posture in its sentence, wherever the model hangs it: "on standby in
        # case they need to evacuate citizens from Ivory Coast", "on alert along the border with X")
        targets = [
            k
            for t in doc[noun.i + 1 : noun.sent.end]
            if t.dep_ == "pobj"
            for k in ctx.entities(t, kinds=(Kind.STATE,))
            if k not in own
        ]
        yield from self._emit(ctx, code, noun, agents, list(dict.fromkeys(targets)), [], article)

    def _feeling(self, ctx: _Context, adj: Token, article: Article) -> Iterator[_Event]:
        """A feeling about someone, said of its holder: "was concerned about Blair's plans", "is
        delighted with the Chancellor", "was critical of the government", "were disappointed by
        the Tories", "was worried that the government had not consulted" (disapproval 110,
        criticism 111, praise 051: the lexicon's adjective rows). It is an event only with
        someone named whom the feeling is about: a person, a state, a body, or the owner of a
        thing named ("worried about the economy" is none)."""
        rule = self.lex.match(adj.lower_, "A", None, None)
        if rule is None:
            return
        ctx.begin()
        host = adj.head if adj.dep_ == "acomp" else adj
        subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return
        agents = ctx.split_agents(subj, host)
        targets: list[str] = []
        for prep in (c for c in adj.children if c.dep_ in ("prep", "agent") and c.lower_ in ABOUT_SOMEONE):
            if prep.lower_ == "to" and adj.lower_ in VITAL_TO:
                continue  # "critical to the deal's success": needed for it, no criticism
            for about in _prep_objects(prep):
                if not ctx.is_thing(about):
                    targets += ctx.entities(about)
                    continue
                owning = [k for c in about.children if c.dep_ == "poss" for k in ctx.entities(c)]
                targets += owning or ctx.owners(about)
        clauses = [c for c in adj.children if c.dep_ == "ccomp" and _finite(c)]
        if host is not adj:
            # "Japan is pessimistic that North Korea will return": the clause hung on "is"
            clauses += [c for c in host.children if c.dep_ == "ccomp" and c.i > adj.i and _finite(c)]
        for clause in clauses:
            # "concerned that the government had not consulted": whoever did what is felt about
            inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if inner is None or inner.pos_ == "PRON" or clause.lemma_.lower() in UNDERGOING:
                continue  # "worried that Britain would suffer", "... that it was a mistake"
            targets += ctx.entities(inner)
        yield from self._emit(ctx, rule.cameo, adj, agents, targets, [], article, needs_target=True)

    def _wanted(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """ "X wants Blair to resign", "wants a date set for Blair to be replaced", "would like
        the US to lift sanctions": what one wants of someone named is asked of them, an appeal
        (020), their removal an appeal for a change of leader (0241); a demand (10x) is what a
        verb of demanding says ("Obama wants Putin to attack": 021 in the PETRARCH-2 gold; the
        politics audit judged "wants Britain to" as a demand wrong). "wants to visit" (no one
        else) is the intent the meaning rules read."""
        if verb.lemma_.lower() == "wish":
            # "wished the couple all the luck in the future", "wished Mr Brown well": good wishes
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            wished = [c for c in objects if c.lemma_.lower() in GOOD_WISHES] or [
                c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "well"
            ]
            whom = [k for c in objects if c not in wished for k in ctx.entities(c)]
            if wished and whom:
                ctx.begin()
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                agents = ctx.split_agents(subj, verb) if subj is not None else [ctx.inherited_subject(verb)]
                yield from self._emit(ctx, "051", verb, agents, whom, [], article, needs_target=True)
            return
        wanted: list[Token] = []
        # "wants Mr Howard sacked", "wants the UN envoy replaced": a small clause of a participle of
        # removal, its subject the one to go (read as a passive below)
        removed = [
            c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and _small_clause_removal(c)
        ]
        wanted += removed
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and _to_infinitive(c)):
            inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is None:
                # "wants Blair to go" parsed with Blair as the object of "wants"
                inner = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
            if inner is not None:
                wanted.append(clause)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            # "wants a date set for Mr Blair to be replaced": a clause of the object's, "for X to"
            wanted += [
                c
                for t in obj.children
                if t.dep_ in ("acl", "relcl")
                for c in (t, *t.children)
                if c.dep_ in ("acl", "advcl", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            ]
        targets: list[str] = []
        code = "020"
        for clause in wanted:
            inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is None:
                inner = obj
            if inner is None or inner.pos_ == "PRON" or clause.lemma_.lower() in UNDERGOING:
                continue  # "wanted the UK to be prosperous": a wish for how things are, no act asked
            # (an international body too: "wants the EU's commissioner sacked", "the EU to drop")
            found = [
                k
                for k in ctx.entities(inner)
                if ctx.kind(k) in (Kind.PERSON, Kind.STATE) or ctx.is_party(k) or ctx.is_igo(k)
            ]
            if not found:
                continue
            targets += found
            passive = inner.dep_ == "nsubjpass" or clause in removed
            if clause.lemma_.lower() in OUSTED if passive else clause.lemma_.lower() in STEPPING_DOWN:
                code = "0241"  # "wants Blair to be replaced", "wants Blair to go"
        if not targets:
            return
        ctx.begin()
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return
        agents = ctx.split_agents(subj, verb)
        speakers = {a for group in agents for a in group}
        own = ctx.own_states(speakers) | speakers | ctx.home_of(speakers)
        if ctx.found.home is not None and all(ctx.kind(a) is Kind.PERSON for a in speakers):
            # "Mr Clarke wanted Britain to offer refuge": a politician's own country is no one
            # a demand is made of (as for appeals in a said clause)
            own.add(ctx.found.home)
        targets = [t for t in targets if t not in own]
        yield from self._emit(ctx, code, verb, agents, targets, [], article, needs_target=True)

    def _marked_threat(self, ctx: _Context, verb: Token, own: set[str]) -> tuple[str, list[str]] | None:
        """A clause said whose subject is marked for attack or told what it would pay
        (:func:`meaning.threat_frame`): the code and the states or bodies the subject names or
        belongs to ("Polish airfields": Poland), none of the speaker's own side. None when no
        one else is named ("said the bases would be targets")."""
        for said in (c for c in verb.children if c.dep_ == "ccomp"):
            code = threat_frame(said, self.words)
            if code is None:
                continue
            subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            kinds = (Kind.STATE, Kind.ORGANIZATION)
            # (the one told first: "told Finland that NATO troops would become targets")
            told = [
                k for c in verb.children if c.dep_ in ("dobj", "dative") for k in ctx.entities(c, kinds=kinds)
            ]
            found = (
                told
                or ctx.entities(subj, kinds=kinds)
                or ctx.owners(subj)
                or ctx.modifier_entities(subj, kinds=kinds)
            )
            targets = [k for k in dict.fromkeys(found) if k not in own]
            if targets:
                return code, targets
        return None

    def _own_threat(
        self, ctx: _Context, head: Token, agents: list[list[str]], own: set[str]
    ) -> _Threat | None:
        """A threat read as a structure (:mod:`threats`): a clause of ``head`` (a verb of saying,
        warning or vowing, or a noun of warning) whose subject is the speaker's own side, with
        a modal or a frame of readiness, a hostile act of the table, and a condition on the
        other side's act ("if / unless / should X ...", "in retaliation for", "any X that ...")
        or someone told. The code, the targets (the condition's actors, else the one the act
        would hit) and the tokens of the act threatened; None for anything else ("analysts
        said Iran would strike if ...", "warned that millions would face famine unless ...")."""
        speakers = {a for group in agents for a in group}
        if not speakers:
            return None
        verb = head.head if head.dep_ == "dobj" else head
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.lemma_.lower() in COMMENTATORS:
            return None
        told = [
            k
            for c in verb.children
            if c.dep_ in ("dobj", "dative") and c.i != head.i
            for k in ctx.entities(c, kinds=(Kind.STATE, Kind.ORGANIZATION))
            if k not in own
        ]
        told += [
            k
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("on", "to")
            for o in p.children
            if o.dep_ == "pobj"
            for k in ctx.entities(o, kinds=(Kind.STATE, Kind.ORGANIZATION))
            if k not in own
        ]  # "served notice on Azerbaijan that ..."
        clauses = [
            c for c in head.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX", "ADJ")
        ]
        if head.lemma_.lower() not in self.words.say:
            # ('"We will hit back," Israel warned Hamas': a quoted warning, the warning rules')
            clauses = [c for c in clauses if c.i > head.i]
        for clause in clauses:
            found = self._own_threat_clause(ctx, head, clause, own, told)
            if found is not None:
                return found
        return None

    def _own_threat_clause(
        self, ctx: _Context, head: Token, clause: Token, own: set[str], told: list[str]
    ) -> _Threat | None:
        """One clause of :meth:`_own_threat`."""
        if _on_the_table(clause):
            # "said all options were on the table if Lithuania kept blocking transit"
            conditions = condition_clauses(clause)
            actors = [
                k
                for cond in conditions
                for c in cond.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for k in ctx.entities(c)
                if k not in own
            ]
            return ("130", list(dict.fromkeys(actors)), [clause], []) if actors else None
        act = ready_act(clause)
        ready = act is not None
        act = act or clause
        if not ready and not modal(clause) and not modal(act):
            return None
        paid = self._price_paid(ctx, clause, act, own)
        if paid is not None:
            return paid
        if any(c.dep_ == "neg" for c in act.children) or (
            not ready and any(c.dep_ == "neg" for c in clause.children)
        ):
            return None  # "would not retaliate", "would never use force"
        code = hostile_code(act)
        if code is None:
            return None
        lemma = act.lemma_.lower()
        course: list[str] = []
        if lemma in threat_table("self_acts") and not any(c.dep_ == "dobj" for c in act.children):
            return None  # "said it would strike if ...": a walkout; "would resign": its own act
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if act.i != clause.i and subj is None:
            subj = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        passive = subj.dep_ == "nsubjpass" and not any(
            c.dep_ == "agent" for c in (*clause.children, *act.children)
        )
        named = ctx.entities(subj)
        ours = any(
            c.dep_ == "poss" and c.lower_ in ("its", "our", "his", "their", "her") for c in subj.children
        )
        if subj.pos_ == "PRON":
            if subj.lower_ not in ("it", "we", "they", "he", "she", "i"):
                return None
        elif named and set(named) <= own:
            pass  # "Israel would flatten Beirut" (an Israeli minister), "Russian missiles would be aimed"
        elif named and ctx.own_states(named) and ctx.own_states(named) <= own and self._armed_subject(subj):
            pass  # "the People's Liberation Army would smash ..." (a Chinese minister)
        elif (
            len(named) == 1
            and ctx.kind(named[0]) is Kind.STATE
            and not any(ctx.kind(k) is Kind.STATE for k in own)
            and head.i > clause.i
        ):
            # "Israel would strike ... should diplomacy fail, Prime Minister X said", "Russia could
            # use nuclear weapons against Ukraine if ..., former president X warned": the state's
            # course, told by someone no state is known for: the state threatens
            course = named
        elif ours and not named:
            pass  # "its troops", "our army"
        elif passive and (
            any(c.dep_ == "det" and c.lower_ == "any" for c in subj.children)
            or [k for k in ctx.modifier_entities(subj) or ctx.owners(subj) if k not in own]
        ):
            # "Sweden's NATO bid would be blocked unless ...", "any attack will be met with ...":
            # the speaker's side unsaid, upon another's thing or act (not "taxes would be cut if")
            pass
        else:
            return None
        conditions = condition_clauses(clause) + (condition_clauses(act) if act.i != clause.i else [])
        answered = answered_acts(act)
        if not conditions and not answered and head.lemma_.lower() not in THREAT_WARNING | {"threaten"}:
            return None  # ("assured the IMF that Islamabad would cut fuel subsidies": no threat)
        skipped = {t.i for c in (*conditions, *answered) for t in c.subtree}
        targets: list[str] = []
        for cond in conditions:
            for c in (c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")):
                targets += [k for k in ctx.entities(c) if k not in own and k not in targets]
        for a in answered:
            targets += [k for k in _answered_actors(ctx, a) if k not in own and k not in targets]
        if not targets:
            targets = [k for k in told if k not in targets]
        if not targets:
            upon: list[Token] = [c for c in act.children if c.dep_ in ("dobj", "dative")]
            upon += [
                o
                for p in act.children
                if p.dep_ == "prep" and p.lower_ in THREAT_UPON
                for o in p.children
                if o.dep_ == "pobj"
            ]
            upon += [
                o
                for d in (c for c in act.children if c.dep_ == "dobj")
                for p in d.children
                if p.dep_ == "prep" and p.lower_ in THREAT_UPON
                for o in p.children
                if o.dep_ == "pobj"
            ]
            if passive and not any(subj.i == a.i for a in answered):
                upon.append(subj)
            for o in upon:
                found = ctx.entities(o) or ctx.modifier_entities(o) or ctx.owners(o)
                targets += [k for k in found if k not in own and k not in targets]
        if not targets:
            return None
        answer = [t for t in clause.subtree if t.i not in skipped]
        if code[:3] != FORCE_THREAT and (force_words(answer) or self._armed_subject(subj)):
            code = FORCE_THREAT if code[:2] == "13" and code[:3] in ("130", "138") else code
        if code == "130":
            code = nonforce_threat(answer) or code
        return code, targets, answer, course

    def _threat_heads(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """A threat read as a structure on a verb other than one of saying: a clause vowed, warned
        or given as a warning (:meth:`_own_threat`), or a threat held out by a noun: "dangled /
        brandished / raised the threat of X over Y", "vowed a crushing response to any ...",
        "rattled sabres at X" (:meth:`_nominal_threat`)."""
        if verb.i in ctx.threatened:
            return
        lemma = verb.lemma_.lower()
        if (
            lemma not in VOWING
            and lemma not in THREAT_WARNING
            and not any(c.dep_ == "dobj" and _threat_object(lemma, c) for c in verb.children)
        ):
            return  # (cheap first: most verbs of these lemmas hold out no threat)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or (subj.pos_ != "PRON" and subj.lemma_.lower() in COMMENTATORS):
            return
        ctx.begin()
        agents = ctx.split_agents(subj, verb)
        speakers = {a for group in agents for a in group}
        if not speakers:
            return
        own = ctx.own_states(speakers) | ctx.home_of(speakers) | speakers
        heads = [verb] if lemma in VOWING | THREAT_WARNING else []
        heads += [
            c
            for c in verb.children
            if c.dep_ == "dobj" and (c.lower_ in threat_table("warning_noun") or c.lemma_.lower() == "notice")
        ]  # ("warning" is often tagged a verb)
        for head in heads:
            threat = self._own_threat(ctx, head, agents, own)
            if threat is not None:
                yield from self._threat_made(ctx, threat, verb, agents, article)
                return
        nominal = self._nominal_threat(ctx, verb, own)
        if nominal is not None:
            yield from self._threat_made(ctx, nominal, verb, agents, article)

    def _nominal_threat(self, ctx: _Context, verb: Token, own: set[str]) -> _Threat | None:
        """A threat a noun holds out: "dangled / brandished / raised / held out the threat /
        spectre / prospect of [a hostile act]", "vowed / promised a crushing response /
        merciless retaliation [to / against any ...]", an idiom ("rattled sabres at X",
        "issued an ultimatum to X"); the code, the targets (over / against / at / to whom,
        the condition's actors, the other side's act answered) and the threat's tokens."""
        lemma = verb.lemma_.lower()
        code: str | None = None
        held: Token | None = None
        for d in (c for c in verb.children if c.dep_ == "dobj"):
            noun = d.lemma_.lower()
            if lemma in threat_table("brandish") and noun in threat_table("threat_noun"):
                of = next(
                    (o for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children),
                    None,
                )
                if of is None:
                    if noun in ("threat", "ultimatum"):
                        code, held = "130", d
                    continue
                act = of.lemma_.lower()
                found = hostile_code(of) if of.pos_ == "VERB" else threat_table("hostile_noun").get(act)
                if found is None:
                    found = next(
                        (
                            threat_table("hostile_noun")[t.lemma_.lower()]
                            for t in of.subtree
                            if t.lemma_.lower() in threat_table("hostile_noun")
                        ),
                        None,
                    )
                if found is not None:
                    code, held = found or "130", d
            elif lemma in VOWING | {"warn"} and noun in threat_table("response_noun"):
                code, held = "130", d
            elif f"{lemma} {noun}" in threat_table("idiom"):
                code, held = threat_table("idiom")[f"{lemma} {noun}"], d
            if held is not None:
                break
        if code is None or held is None:
            return None
        conditions = condition_clauses(verb)
        answered = answered_acts(held) + answered_acts(verb)
        targets: list[str] = []
        for cond in conditions:
            for c in (c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")):
                targets += [k for k in ctx.entities(c) if k not in own and k not in targets]
        for a in answered:
            targets += [k for k in _answered_actors(ctx, a) if k not in own and k not in targets]
        skipped = {t.i for c in (*conditions, *answered) for t in c.subtree}
        if not targets:
            holders = [verb, held, *(t for t in held.subtree if t.dep_ in ("pobj", "pcomp"))]
            for p in (c for h in holders for c in h.children if c.dep_ in ("prep", "dative")):
                if p.dep_ == "dative" or p.lower_ in HELD_OVER:
                    for o in [p] if p.dep_ == "dative" else [o for o in p.children if o.dep_ == "pobj"]:
                        if o.i in skipped:
                            continue
                        targets += [k for k in ctx.entities(o) if k not in own and k not in targets]
        if not targets:
            return None
        said = [t for t in held.subtree if t.i not in skipped]
        if code == "130" and force_words(said):
            code = FORCE_THREAT
        elif code == "130":
            code = nonforce_threat(said) or code
        return code, targets, said, []

    def _price_paid(self, ctx: _Context, clause: Token, act: Token, own: set[str]) -> _Threat | None:
        """ "Moscow will pay a heavy price if it attacks a NATO member", "said Kyiv would face
        the consequences unless ...": the one who would pay is the one threatened, on a
        condition or a modal (the speaker's own side never)."""
        if act.lemma_.lower() not in ("pay", "face", "suffer", "incur", "feel") or not modal(act):
            return None
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in threat_table("paying") for c in act.children):
            return None
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if subj is None or not condition_clauses(act):
            return None
        targets = [k for k in ctx.entities(subj) if k not in own]
        return ("130", targets, [act], []) if targets else None

    def _threat_made(
        self,
        ctx: _Context,
        threat: _Threat,
        head: Token,
        agents: list[list[str]],
        article: Article,
    ) -> Iterator[_Event]:
        """The events of a threat read as a structure, kept aside until the sentence's events are
        settled (:func:`_threats_kept`: the meaning rules of a verb of warning are not to recode
        them); its act's own events are dropped. The state whose course a stateless speaker tells
        is the one threatening (``threat[3]``)."""
        ctx.threatened.update(t.i for t in threat[2])
        groups = [threat[3]] if threat[3] else agents
        for event in self._emit(ctx, threat[0], head, groups, threat[1], [], article):
            # (the code as read: a verb of warning's own meaning rules would make it a comment)
            event.cameo, event.modality, event.negated = threat[0], Modality.ASSERTED, False
            ctx.threat_events.add(id(event))
            ctx.threat_pending.append(event)
        return
        yield

    def _retaliation_threat(
        self, ctx: _Context, verb: Token, speakers: list[str], own: set[str]
    ) -> tuple[str, list[str]] | None:
        """ "said it would retaliate if Finland joined NATO", "said Moscow would respond
        militarily if ...", "would hit back if": the speaker's own side answering another's act to
        come is a threat (13x) upon the one whose act the condition names; a threat of force
        (138) with a word of force in the answer. None without the speaker's side as the one
        answering ("said NATO would respond"), a future, or a named actor in the condition."""
        for said in (c for c in verb.children if c.dep_ == "ccomp"):
            act = _undaunted_act(said) or said
            lemma = act.lemma_.lower()
            back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in act.children)
            answering = lemma in RETALIATING or (lemma in ("hit", "strike") and back)
            # (or an act of coercion of the speaker's own: "said it would halt gas deliveries to
            # Spain if Madrid did not ...", "his troops would not hesitate to strike ... if")
            coercing = lemma in COERCIVE or lemma in CUTTING or lemma in self.words.violent_verbs
            if not answering and (not coercing or (act.i == said.i and self._an_act(act))):
                continue  # (an act coded itself carries its threat: "would expel diplomats if ...")
            if not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in said.children
            ):
                continue
            subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            ours = any(
                c.dep_ == "poss" and c.lower_ in ("its", "our", "his", "their", "her") for c in subj.children
            )
            if (
                subj.pos_ != "PRON"
                and not (set(ctx.entities(subj)) and set(ctx.entities(subj)) <= own)
                and not (ours and not ctx.entities(subj))
            ):
                continue  # (the speaker's side answers: "it", "we", "its navy", "Moscow" of Russia)
            targets: list[str] = []
            conditions = [c for c in (*said.children, *act.children) if _condition_clause(c)]
            for cond in conditions:
                for c in (c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")):
                    targets += [k for k in ctx.entities(c) if k not in own and k not in targets]
            if not targets and conditions and coercing:
                # "would strike Armenian positions if provoked", "fire on Turkish vessels": whom
                # the act is upon
                upon: list[Token | None] = [c for c in act.children if c.dep_ in ("dobj", "dative")]
                upon += [
                    _pobj(c) for c in act.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
                ]
                for o in (o for o in upon if o is not None):
                    targets += [k for k in ctx.entities(o) if k not in own and k not in targets]
            if not targets:
                continue
            skipped = {t.i for c in conditions for t in c.subtree}
            answer = [t for t in said.subtree if t.i not in skipped]
            forceful = lemma in self.words.violent_verbs or any(
                t.lemma_.lower() in self.words.military_threat or t.lower_ in self.words.military_threat
                for t in answer
            )
            return (MILITARY_THREAT if forceful else nonforce_threat(answer) or "130"), targets
        return None

    def _declined(
        self, ctx: _Context, verb: Token, article: Article, answered: bool = False
    ) -> Iterator[_Event]:
        """ "X declined to comment", "refused to confirm": 011 Decline comment (the meaning
        rules keep one event of a trigger that the lexicon codes too). ``answered``: the verb
        already tells an answer of no comment ("had no immediate comment")."""
        if not answered and not declines_comment(verb, self.words) and not _wont_say(verb, self.words):
            return
        ctx.begin()
        # ("we are not going to discuss": the subject and the link to a verb of saying are "going"'s;
        # "it was not in a position to comment": "was"'s)
        clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" else verb
        clause = no_comment_holder(verb) or clause
        # ('"We have nothing to say," a spokesman for X said', "X said it had no comment")
        subj = self._speaking_subject(clause)
        agents = ctx.split_agents(subj, verb) if subj is not None else [ctx.inherited_subject(verb)]
        yield from self._emit(ctx, DECLINE_COMMENT, verb, agents, _claimants(ctx, verb), [], article)

    # -- reported speech ------------------------------------------------------------------
    def _speech(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """'X said that ...' with a judgement in the quoted clause: X criticised or praised its subjects."""
        ctx.begin()
        clause = [
            c for c in verb.subtree if c.dep_ in ("ccomp", "xcomp", "parataxis", "acl") and c.i != verb.i
        ]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
            clause.append(verb.head)  # "“...,” said Kang": the quote is the head
        if _said_after_quote(verb):
            clause.append(verb.head)  # "X has 'turned the courts into a weapon', Y told reporters"
        clause += [
            c
            for c in verb.children
            if c.dep_ == "dep" and c.i < verb.i and c.pos_ in ("VERB", "AUX") and c.right_edge.i < verb.i
        ]  # 'Russia's leadership behaves like "a gang of racketeers", X told parliament' (misparsed)
        if not clause:
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        agents = ctx.split_agents(subj, verb) if subj is not None else [ctx.inherited_subject(verb)]
        if not any(agents):
            return
        scope: list[Token] = []  # the clauses' tokens, each once, outside the speaker's phrase
        seen: set[int] = {t.i for t in _speaker_phrase(verb)}
        for t in (t for c in clause for t in c.subtree):
            if t.i != verb.i and t.i not in seen:
                seen.add(t.i)
                scope.append(t)
        objectors: list[str] = []
        for said in (c for c in verb.children if c.dep_ == "ccomp"):
            # "insisted the changes must go ahead despite opposition from the unions": the
            # objection is rejected, and the objectors are its target
            objection = persisting(said)
            if objection is not None:
                owning = [k for c in objection.children if c.dep_ == "poss" for k in ctx.entities(c)]
                objectors += owning or ctx.owners(objection) or ctx.entities(objection)
        own = ctx.own_states(agents[0]) | ctx.home_of(agents[0]) | set(agents[0])
        objectors = [k for k in dict.fromkeys(objectors) if k not in own]
        if objectors:
            yield from self._emit(ctx, REJECT, verb, agents, objectors, [], article)
            return
        denied = self._denied(ctx, verb, agents[0])
        if denied is not None:
            # "Iran said the report was false", "said the allegations were groundless": a denial
            yield from self._emit(ctx, DENY, verb, agents, denied, [], article)
            return
        unentitled = self._unentitled(ctx, verb, agents[0])
        if unentitled:
            # "Russia said the US has no jurisdiction over Yukos": a claim of power rejected
            yield from self._emit(ctx, REJECT, verb, agents, unentitled, [], article)
            return
        retort = self._retaliation_threat(ctx, verb, agents[0], own)
        if retort is not None:
            # "Moscow would retaliate militarily if Finland allowed NATO troops in, the minister
            # said": a threat (138 with a word of force) upon the one whose act would bring it
            yield from self._emit(ctx, retort[0], verb, agents, retort[1], [], article)
            return
        marked = self._marked_threat(ctx, verb, own)
        if marked is not None:
            # "Moscow said Polish airfields hosting US jets would be fair game for its missiles",
            # "China said Japan would face consequences if ...": a threat upon the one marked
            yield from self._emit(ctx, marked[0], verb, agents, marked[1], [], article)
            return
        threat = self._own_threat(ctx, verb, agents, own)
        if threat is not None:
            # "said Israel would flatten Beirut if Hezbollah fired on Haifa", "said Athens was
            # prepared to veto ... unless Ankara halted ...": the speaker's side's hostile act
            # to come on the other's act (threats.py)
            yield from self._threat_made(ctx, threat, verb, agents, article)
            return
        appealed = list(self._appeal(ctx, verb, clause, agents, article))
        yield from appealed
        failing = self._failing(ctx, scope, agents[0])
        if failing:
            # "said Labour had failed to deliver", "the government has failed the country, he
            # said", "said Wal-Mart's failure to comply put lives at risk": a charge of failure
            yield from self._emit(ctx, "111", verb, agents, failing, [], article)
            return
        job = _job_judged(ctx, scope, agents[0], self.words)
        if job is not None:
            # "said the campaigners had done a superb job", "said Mr X had made a mess of the
            # economy": how well someone named did their work (051 / 111)
            yield from self._emit(ctx, job[0], verb, agents, job[1], [], article)
            return
        harmful = self._harm_charged(ctx, scope, agents[0]) or self._blame_owned(ctx, scope, agents[0])
        if harmful:
            # "said Mr Howard's cuts would hurt the poorest", '"If Michael Howard gets his way,
            # nurses will lose their jobs," said X': the one whose act will do harm is criticised
            yield from self._emit(ctx, "111", verb, agents, harmful, [], article)
            return
        charged = self._charged_in_words(ctx, verb, agents[0])
        if charged:
            # "X told the court that Y had falsified the accounts", "the witness said Mr Y ordered
            # adjustments": a charge against Y (112), as "alleged that Y misled"
            yield from self._emit(ctx, ACCUSE, verb, agents, charged, [], article)
            return
        grounded = False  # (triggers only in a clause that grounds the judgement)
        if any(t.pos_ == "VERB" and t.lemma_.lower() in self.lex.starts for t in scope):
            # the quoted clause's own events carry what was said ("said X warned Y"), and a
            # statement about its subject is dropped beside them (`_said_besides`); kept when
            # its trigger told no event ("said Argentina would meet its debt targets"). Not when
            # the triggers are only in a clause of reason, time or description inside the words
            # and the words' own predicate judges: 'said the article was "false and misleading"
            # as the documents were presented to the FDA', "said the report, which was presented
            # to the board, was wrong" (the judgement is what was said; its ground is no event of it)
            grounded = True
            main = [t for t in scope if not _subordinate_in(t, scope)]
            if any(t.pos_ == "VERB" and t.lemma_.lower() in self.lex.starts for t in main) or not self._tone(
                main
            ):
                if not appealed:
                    yield from self._statement(ctx, verb, agents, article)
                return
        tone = self._tone(scope)
        if tone is None:
            # 'said Israel was behaving "like a rogue state"', 'Iran is "the world's chief sponsor
            # of terror", X said': a quoted epithet predicated of the subject, judged by its valence
            found_epithet = _quoted_epithet_tone(ctx, scope)
            epithet = found_epithet is not None
            if found_epithet is not None:
                tone = found_epithet[0]
        else:
            found_epithet = None
            epithet = False
        if tone == "":
            return  # "it would be irresponsible if ...", "it was wrong to put China under ..."
        if tone is None:
            judged_person = self._person_judged(ctx, verb, scope, agents[0])
            if judged_person is not None:
                yield from self._emit(ctx, judged_person[0], verb, agents, judged_person[1], [], article)
                return
            told = list(self._told(ctx, verb, agents, article))
            yield from told
            if not (told or appealed):
                # ("said Mr Blair should resign": the appeal tells what was said of him)
                yield from self._statement(ctx, verb, agents, article)
            return
        # Judged are the quoted clauses' subjects ("said Iran's tests were reckless") and what
        # a word of judgement is about ("was critical of Blair"), not everyone named there
        # ("said it was wrong to put China under the same embargo as Zimbabwe").
        judged: list[Token] = [t for t in scope if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"]
        # ("said the claim was wrong as the data had been shown to MPs": the claim, not the data
        # of the clause that grounds the judgement; "the mistake that John Major made" is his)
        # (and with triggers in such a clause, only the words' own subject: "since Jack Straw
        # gave those figures they haven't moved, which gives us some hope" judges no Straw)
        unground = [t for t in judged if not _subordinate_in(t, scope, ("advcl",))]
        judged = unground if unground or grounded else judged
        # 'said of Y: "She has done a remarkable job"': the one the words are said of
        judged += _said_of(verb)
        if found_epithet is not None:
            judged = found_epithet[1]  # (only the one the epithet is said of)
        judging = self.tone_words
        for tok in scope:
            if found_epithet is None and tok.lemma_.lower() in judging:
                judged += [
                    o for p in tok.children if p.dep_ == "prep" and p.lower_ in JUDGED for o in p.children
                ]
        targets: list[str] = []
        governed: list[str] = []  # (the home state a critic judges by "the government"/"ministers")
        made = self.made_things  # ("the scheme")
        for doer in (
            o
            for tok in scope
            if tok.dep_ in ("attr", "oprd") and tok.pos_ == "NOUN" and tok.lemma_.lower() in JUDGED_DEEDS
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for o in _prep_objects(p)
        ):
            # "said it was a proportionate response by government", "called it a cynical move by
            # Labour": the one whose deed the predicate noun judges
            if self._home_rulers_judged(ctx, doer, agents[0]):
                home = ctx.governed_home()
                if home is not None and home not in agents[0]:
                    governed.append(home)
                    ctx.judged_rulers.add(home)
                    ctx.bodies.setdefault(home, ("GOV", doer.text))
                    targets += [home] if home not in targets else []
                continue
            targets += [
                k
                for k in ctx.entities(doer, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION), depth=1)
                if (ctx.kind(k) in (Kind.PERSON, Kind.STATE) or ctx.is_party(k) or ctx.is_government(k))
                and k not in targets
            ]
        for tok in judged:
            if tone == "111" and self._home_rulers_judged(ctx, tok, agents[0]):
                # "said ministers had been complacent", "said the government was incompetent":
                # a critic outside the government judges the home state's government, own state
                # or not (a minister's words of "the government" are of their own side)
                home = ctx.governed_home()
                if home is not None and home not in agents[0]:
                    governed.append(home)
                    ctx.judged_rulers.add(home)
                    ctx.bodies.setdefault(home, ("GOV", tok.text))
                    targets += [home] if home not in targets else []
                    continue
            # a crime charged of a thing is charged of its owner, not of whom it was done with
            # ("said the government's deal with China was treason": the government)
            owned = tone == ACCUSE and ctx.is_thing(tok)
            if epithet and ctx.is_thing(tok) and tok.lemma_.lower() not in RULING_BODIES:
                continue  # 'said the rebate was "entirely justified"': an epithet of a thing
            # (a quoted epithet of a named body judges the body: 'said the SNP had "bulldozed"')
            kinds = (Kind.PERSON, Kind.STATE, Kind.ORGANIZATION) if epithet else (Kind.PERSON, Kind.STATE)
            found = [] if owned else ctx.entities(tok, kinds=kinds)
            if (
                not found
                and (owned or _text_judged(tok, made) or (_owned_judged(tok) and tone != "051"))
                and ctx.is_thing(tok)
            ):
                # "said the Tories' plan was wrong", "the prime minister's view was flawed", "the
                # House of Lords decision was a step in the wrong direction": whose it is
                found = [
                    k
                    for c in tok.children
                    if c.dep_ in ("poss", "compound", "nmod")
                    for k in ctx.entities(c)
                    if ctx.kind(k) is not Kind.ORGANIZATION or ctx.is_party(k) or ctx.is_government(k)
                ] or ctx.owners(tok)
                if not found and _owned_judged(tok) and tone != "051":
                    # "said the plan could let extreme groups run policing" after "plans unveiled
                    # by the Conservatives", "the cuts proposed by X were ...": its maker
                    found = _judged_thing_owners(ctx, tok)
                if (
                    not found
                    and tone == "111"
                    and tok.lemma_.lower() in STATE_RULES
                    and any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in tok.children)
                    and not any(c.dep_ in ("poss", "compound", "nmod", "prep") for c in tok.children)
                    and self._home_rulers_judged(ctx, tok, agents[0], bare=True)
                ):
                    # "said the new rules were discriminatory": laws and rules no maker is named
                    # for are the home state's, judged by a critic outside its government
                    home = ctx.governed_home()
                    if home is not None and home not in agents[0]:
                        found = [home]
                        governed.append(home)
                        ctx.judged_rulers.add(home)
                        ctx.bodies.setdefault(home, ("GOV", tok.text))
            if owned:
                partners = {
                    k
                    for p in tok.children
                    if p.dep_ == "prep" and p.lower_ in PARTNER_PREPS
                    for o in p.children
                    for k in ctx.entities(o)
                }
                found = [k for k in found if k not in partners]
            targets += [k for k in found if k not in targets]
        own = ctx.own_states(agents[0]) | ctx.home_of(agents[0])
        if not targets:
            # "said he was a decent man", "said the former PM would be mourned": a person
            # named by a pronoun or a description
            judged_person = self._person_judged(ctx, verb, scope, agents[0])
            if judged_person is not None:
                yield from self._emit(ctx, judged_person[0], verb, agents, judged_person[1], [], article)
                return
        if targets:
            # ("said his own decision had been a mistake": the speaker judges no one else)
            targets = [t for t in targets if (t not in own or t in governed) and t not in agents[0]]
            if targets:
                yield from self._emit(ctx, tone, verb, agents, targets, [], article)
        elif (
            tone in ("111", ACCUSE)
            and not epithet
            and judged
            and all(
                (tone == ACCUSE or _text_judged(t, made)) and ctx.is_thing(t) and not _own_thing(t)
                for t in judged
            )
        ):
            # "said the article was false and misleading": a criticism of what someone wrote or
            # decided, its author not named in the sentence
            yield from self._emit(ctx, tone, verb, agents, [], [], article)

    def _charged_in_words(self, ctx: _Context, verb: Token, speakers: list[str]) -> list[str]:
        """Who a speaker charges with an act in a clause of their words: the clause's named
        subject (or its passive's "by" agent) when its verb is one of misconduct ("said that Y
        had lied to shareholders", "claimed the papers were backdated by Y"), or with any act
        when the words are testimony: told to a court, a jury or an inquiry, said in court,
        testified, or said by a witness ("told the jury that Mr Y often passed over questions").
        A witness's later words in the story are testimony too. Not the speaker's own acts
        ("told the court that she had falsified ..."), pronouns,
        states of being ("was a good boss"), acts denied or only possible ("could have misled")."""
        words = self.words
        testimony = verb.lemma_.lower() == "testify" or any(
            t.lemma_.lower() in words.testimony_hearers
            for c in verb.children
            if c.dep_ in ("dobj", "dative", "prep")
            for t in ((c,) if c.dep_ != "prep" else (o for o in c.children if o.dep_ == "pobj"))
        )
        if not testimony:
            testimony = any(
                t.lemma_.lower() in words.testifiers
                for c in verb.children
                if c.dep_ == "nsubj"
                for t in (c, *(d for d in c.children if d.dep_ in ("compound", "appos")))
            )
        if testimony:
            ctx.testifiers.update(speakers)
        else:
            # "Ms Cooper told a jury ... Ms Cooper also said that Mr Y often passed over
            # questions": a witness's later words in the story are testimony too
            testimony = bool(speakers) and all(s in ctx.testifiers for s in speakers)
        own = set(speakers) | ctx.own_states(speakers)
        charged: list[str] = []
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [d for c in clauses for d in c.children if d.dep_ == "conj" and d.pos_ == "VERB"]
        if _said_after_quote(verb):
            # "The party has 'turned the courts into a weapon', X told reporters", the saying verb
            # parsed as the quoted clause's conjunct
            clauses.append(verb.head)
        for clause in clauses:
            lemma = clause.lemma_.lower()
            if clause.pos_ != "VERB" or lemma in ("be", "have", "say"):
                continue  # "was a good boss", "said Y said ...": no act charged
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in clause.children):
                continue
            if lemma not in words.misconduct and not _condemned_phrase(clause):
                if not testimony:
                    continue
                found = self.verbs.match(clause)
                if found is not None and found.code is not None and found.code[:2] in COOPERATIVE_ROOTS:
                    continue  # "told the jury that the auditors had approved the accounts": no charge
            doer: Token | None = None
            if any(c.dep_ == "nsubjpass" for c in clause.children):
                doer = _by_agent(clause)
            else:
                doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if doer is None or doer.pos_ == "PRON":
                continue
            kinds = (Kind.PERSON, Kind.ORGANIZATION, Kind.STATE)
            charged += [k for k in ctx.entities(doer, kinds=kinds) if k not in own and k not in charged]
        return charged

    def _warm(self, bond: Token | None) -> bool:
        """A bond qualified by a word of praise and by none of blame ("a warm and constructive
        relationship", "very good relations"; not "a difficult relationship", "close ties")."""
        if bond is None:
            return False
        good, bad = self.warm_words, self.cold_words
        words = [
            w.lemma_.lower()
            for c in bond.children
            if c.dep_ == "amod"
            for w in (c, *(d for d in c.children if d.dep_ == "conj"))
        ]
        return any(w in good for w in words) and not any(w in bad for w in words)

    def _home_rulers_judged(self, ctx: _Context, tok: Token, agents: list[str], bare: bool = False) -> bool:
        """ "the government", "ministers", "senior ministers" with no state or owner named, judged
        by people who are no government's: persons or parties, none of them a minister or other
        official of government (`describe` sector GOV) nor a state or a body of government."""
        lemma = tok.lemma_.lower()
        bare = bare or (
            (lemma in self.words.home_bodies or (lemma == "minister" and tok.tag_ == "NNS"))
            and all(
                c.dep_ in ("det", "punct", "advmod", "cc", "conj", "relcl", "acl")
                or (c.dep_ == "amod" and c.lower_ in self.words.home_modifiers)
                or (c.dep_ == "det" and c.lower_ in ("the", "some"))
                for c in tok.children
            )
        )
        if not bare or not agents:
            return False
        outside = ctx.out_of_office(agents)
        for k in agents:
            if ctx.kind(k) is Kind.STATE or ctx.is_government(k):
                return False
            sector, mention = ctx.details.get(k, (None, None))
            words = set((mention or "").lower().replace("-", " ").split())
            if sector == "GOV" or (words & GOVERNING_TITLES and not words & OUT_OF_OFFICE):
                return False  # "Home Secretary X said the government ...": one of its own
            # (a minister or official serving a state or its government speaks for it)
            if any(
                (ctx.kind(s) is Kind.STATE or (ctx.is_government(s) and s in ctx.found.part_of))
                and s not in outside
                for s in ctx.served([k])
            ):
                return False
        return True

    def _tone(self, scope: list[Token]) -> str | None:
        """The tone of what is said: "111" for a word of blame predicated ("is illegal", "a
        threat", "expressed concern"), else "051" for one of praise, else None; "" when the
        judgement names no one judged (see :func:`_unjudged`)."""
        tone: str | None = None
        for tok in scope:
            predicated = tok.pos_ in ("ADJ", "ADV") or tok.dep_ in (
                "attr",
                "oprd",
                "acomp",
                "ROOT",
                "ccomp",
                "conj",
            )
            # "said the sale was treason", "was an act of treason": a crime charged (112)
            if (
                tok.lemma_.lower() in self.charge_words
                and (predicated or _kind_of_predicate(tok))
                and not any(
                    c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                    for c in (*tok.children, *tok.head.children)
                )
            ):
                return ACCUSE
            voiced = tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.words.light_verbs
            if not (predicated or voiced):
                continue  # "is illegal", "a threat", "expressed concern"; not "enjoyed support"
            if tok.dep_ == "amod" and tok.head.dep_ in ("nsubj", "nsubjpass"):
                continue  # "his greatest ambition was ...": what the subject is, not how it is judged
            # ('were "not proportionate" and "discriminatory"': a negation of the first of two
            # adjectives is not the second's)
            above = tok.head.head if tok.dep_ == "conj" and tok.head.pos_ == "ADJ" else tok.head
            if tok.pos_ == "ADJ" and any(c.dep_ == "neg" for c in (*tok.children, *above.children)):
                continue  # "her chances are not that great": no praise
            if tok.dep_ == "attr" and any(
                c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                for c in (*tok.children, *tok.head.children)
            ):
                continue  # "is no friend of Europe", "was not a threat": the word denied, no praise or blame
            word = tok.lemma_.lower()
            if tok.pos_ == "VERB" and word in BLAME_NOUNS_ONLY:
                continue  # "should mean he doesn't breach the rules": no word of blame
            if word not in self.tone_words and tok.lower_ in self.tone_words:
                word = tok.lower_  # "was a shambles": the model's lemma of a plural-only noun is "shamble"
            judgement = word in self.lex.classes.get("@negative", ()) or word in self.lex.classes.get(
                "@positive", ()
            )
            if judgement and _unjudged(tok):
                return ""  # "it would be irresponsible if ...", "it was wrong to put China under ..."
            if word in self.lex.classes.get("@negative", ()):
                tone = "111"
                break
            if word in self.lex.classes.get("@positive", ()) and tone is None:
                tone = "051"
        return tone

    def _quoted_judgement(self, ctx: _Context, sent: Span, article: Article) -> Iterator[_Event]:
        """A quotation going on in a sentence of its own, with no verb of saying there ('"...,"
        he said. "He was a decent kindly man who helped me."'): its speakers judge the person
        it names by a pronoun or a description (see :meth:`_person_judged`)."""
        root = sent.root
        phrase: list[Token] = []
        colon = ctx.colon_speaker(sent)
        if colon is not None:
            # 'Shadow home secretary David Davis: "It gives the wrong signals to China"': the
            # speaker named before a colon or a dash, no verb of saying
            speakers, phrase, root = colon
        elif not ctx.quoted(root.i):
            return
        else:
            speakers = ctx.going_on_speaker(root)
            if not speakers:
                # 'Michael Howard said the vote was a disgrace. "Gordon Brown will have to
                # answer for this."': the speaker of the sentence before a bare quotation
                speakers, phrase = ctx.previous_speaker(root)
        if not speakers or any(ctx.journalist(k) for k in speakers):
            # a verb of saying in the sentence reads it (`_speech`), or no one or several say it;
            # a journalist's words report, they state no one's position
            return
        scope = [t for t in sent if ctx.quoted(t.i)]
        if root.lemma_.lower() in NAME_CALLING and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") for c in root.children
        ):
            # '"This morning Peter Hain even called me a mongrel."', '"They likened him to
            # Fagin."': the name is the subject's word for its object, not the speaker's for the
            # subject (the verb's own rule reads it: criticism by the subject)
            return
        found = self._person_judged(ctx, root, scope, speakers)
        if found is None and root.pos_ == "AUX" and root.lemma_ == "be":
            # '"Mr Howard is simply wrong."', '"The Tories are irresponsible."': a word of
            # judgement said of a named person or party after "be" (not of a state: '"Iraq was
            # a dangerous place"' describes it)
            tone = self._tone(scope)
            judged = [
                k
                for c in root.children
                if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                for k in ctx.entities(c, kinds=(Kind.PERSON, Kind.ORGANIZATION))
                if ctx.kind(k) is Kind.PERSON or ctx.is_party(k)
            ]
            own = ctx.own_states(speakers) | ctx.home_of(speakers) | set(speakers)
            judged = [k for k in judged if k not in own]
            if tone and judged:
                found = tone, judged
        if found is None:
            # '... he said. "As long as Mr Blair and Mr Brown continue to push free trade, more
            # people will be pushed into poverty."': harm the speaker says someone will do
            harmful = self._harm_charged(ctx, scope, speakers) or self._blame_owned(ctx, scope, speakers)
            if harmful:
                found = "111", harmful
        if found is not None:
            ctx.begin()
            yield from self._emit(ctx, found[0], root, [speakers], found[1], [], article)
        elif root.pos_ in ("VERB", "AUX"):
            # no judgement read: a plain statement about the named subject, or the one the
            # words are about (see `_statement`; dropped beside an event the words tell,
            # `_said_besides`)
            # (told by the mark that opens the words, the speaker's act: not "must respect",
            # "will have to answer", whose modality is what is said, not the saying)
            mark = next((t for t in sent if t.i < root.i and ctx.quoted(t.i + 1) and t.is_punct), root)
            ctx.begin()
            yield from self._statement(ctx, mark, [speakers], article, root, phrase)

    def _evidence_finding(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """The named people or bodies evidence found is about (see :func:`_evidence_about`): the
        subject of its "that" clause, or the first of what it links "between"; not the finder's."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return
        ctx.begin()
        agents = ctx.split_agents(subj, verb)
        acting = {a for g in agents for a in g}
        if not acting:
            return
        kinds = (Kind.PERSON, Kind.ORGANIZATION, Kind.STATE)
        about = [
            k
            for t in _evidence_about(verb)
            for s in _conjuncts(t)
            for k in ctx.entities(s, kinds=kinds)
            if k not in acting
        ]
        if about:
            yield from self._emit(ctx, STATEMENT, verb, agents, list(dict.fromkeys(about)), [], article)

    def _words_for(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """Praise (051) or criticism (111) of someone told by how one spoke of them ("spoke highly
        of X", "talked disparagingly about X") or by words one had for them ("had warm words for X",
        "reserved his harshest words for X", "had nothing but praise for X", "was full of praise for
        X", "had only scorn for X"). Only with someone named after "of"/"about" or "for"."""
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "neg" for c in verb.children):
            return
        code: str | None = None
        heads: list[Token] = [verb]
        preps: tuple[str, ...]
        if lemma in SPEAKING_OF:
            adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
            code = "051" if adverbs & SPOKEN_WELL else "111" if adverbs & SPOKEN_ILL else None
            preps = ("of", "about")
        else:
            preps = ("for",)
            nouns = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PRON")]
            nouns += [
                o
                for c in verb.children
                if c.dep_ == "acomp" and c.lower_ == "full"
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ]  # "was full of praise for X"
            nouns += [
                o
                for n in list(nouns)
                if n.lower_ in ("nothing", "little")
                for p in n.children
                if p.dep_ in ("prep", "cc") and p.lower_ == "but"
                for o in (*p.children, *(c for c in n.children if c.dep_ == "conj"))
                if o.pos_ == "NOUN"
            ]  # "had nothing but praise for X"
            for noun in nouns:
                word = noun.lemma_.lower()
                adjectives = {c.lemma_.lower() for c in noun.children if c.dep_ == "amod"}
                if word in ("word", "remark", "comment"):
                    code = "051" if adjectives & WORDS_WELL else "111" if adjectives & WORDS_ILL else None
                elif word in self.lex.classes.get("@praising", ()) and word not in (
                    "wish",
                    "thanks",
                    "thank",
                ):
                    code = "051"
                elif word in self.scorning:
                    code = "111"
                if code is not None:
                    heads += [noun, noun.head]
                    break
        if code is None:
            return
        trigger = heads[1] if len(heads) > 1 else verb  # ("had nothing but praise": the praise, not negated)
        objects = [
            o
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        targets = list(dict.fromkeys(k for o in objects for k in ctx.entities(o)))
        if not targets:
            return
        ctx.begin()
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        agents = ctx.split_agents(subj, verb) if subj is not None else [ctx.inherited_subject(verb)]
        if not any(agents):
            return
        targets = [t for t in targets if t not in agents[0]]
        if targets:
            yield from self._emit(ctx, code, trigger, agents, targets, [], article)

    def _speech_abroad(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """A speech, a lecture or an address given in a place of a state other than the speaker's
        and the story's home ("British MP X gave a speech to law students in Massachusetts",
        "the Irish foreign minister addressed the parliament in Canberra", "delivered a lecture
        at a university in Tokyo"): the speaker was there, a visit (042) to that state. Only a
        speaker whose own state is known ("Jacques Chirac addressed the assembly in Paris" may be
        at home); not a speech about a place ("a speech about her childhood in Texas")."""
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in SPEECH_GIVING:
            heads = [o for o in objects if o.lemma_.lower() in SPEAKING_ABROAD]
        else:
            heads = [o for o in objects if o.lemma_.lower() in AUDIENCES]
        if not heads or any(c.dep_ == "neg" for c in verb.children):
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return
        places: list[Token] = []
        stack = [c for h in (verb, *heads) for c in h.children if c.dep_ in ("prep", "dative")]
        while stack:
            prep = stack.pop()
            if prep.lower_ in _ABOUT_OF_ON_OVER:
                continue  # ("a speech about her childhood in Texas")
            for o in _prep_objects(prep):
                if prep.lower_ in ("in", "at"):
                    places.append(o)
                stack += [c for c in o.children if c.dep_ == "prep"]
        states = list(dict.fromkeys(k for o in places for k in ctx.states_in(o)))
        if not states:
            return
        ctx.begin()
        agents = ctx.split_agents(subj, verb)
        acting = [a for g in agents for a in g]
        own = {a for a in acting if ctx.kind(a) is Kind.STATE} | ctx.own_states(acting)
        if not own:
            return
        if ctx.found.home is not None:
            own.add(ctx.found.home)
        abroad = [k for k in states if k not in own]
        if len(abroad) == 1:
            yield from self._emit(ctx, "042", verb, agents, abroad, [], article)

    def _dismayed(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """'"It appals me that Labour has ignored pensioners," said X', '"It staggers me that
        the party doesn't want to come"': the speaker of a quotation disapproves (110) of the
        named subject of the clause that dismays them. Only "it ... me/us that ..." in a
        quotation whose speaker is named; not what dismays someone else ("it appalled him")."""
        felt = next(
            (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us")), None
        )
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if felt is None or subj is None or subj.lower_ != "it" or clause is None or not ctx.quoted(felt.i):
            return
        if any(c.dep_ == "neg" for c in verb.children):
            return  # "it does not surprise me that ..."
        doer = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if doer is None:
            return
        ctx.begin()
        speakers = ctx.quote_speaker(felt) or ctx.going_on_speaker(felt)
        if not speakers:
            return
        own = ctx.own_states(speakers) | set(speakers) | ctx.served(speakers)
        judged = [
            k
            for part in _conjuncts(doer)
            for k in ctx.entities(part, kinds=(Kind.PERSON, Kind.ORGANIZATION, Kind.STATE))
            if k not in own
            and (ctx.kind(k) is not Kind.ORGANIZATION or ctx.is_party(k) or ctx.is_government(k))
        ]
        if judged:
            yield from self._emit(ctx, DISAPPROVE, verb, [speakers], judged, [], article)

    def _according_to(self, ctx: _Context, according: Token, article: Article) -> Iterator[_Event]:
        """A judgement told "according to" someone named: their words ("Tony Blair's plans are a
        fiasco, according to Michael Howard", "According to Charles Kennedy, Labour's arrogance
        has cost it dear"): the judged are the clause's named subject or the owner of the thing
        it judges, as in "X said that ..." (a charge of failure, harm, blame owned, a word of
        blame or praise said of the subject). Not a source of figures or facts ("according to
        the police, two men were shot"): no word of judgement, no event here."""
        to = next((c for c in according.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        source = _pobj(to) if to is not None else None
        clause = according.head
        if source is None or clause.pos_ not in ("VERB", "AUX") or ctx.quoted(according.i):
            return
        ctx.begin()
        speakers = [
            k
            for k in ctx.entities(source, kinds=(Kind.PERSON, Kind.ORGANIZATION, Kind.STATE))
            if ctx.kind(k) is not Kind.ORGANIZATION or ctx.is_party(k) or ctx.is_government(k)
        ]
        if not speakers:
            return
        skip = {t.i for t in according.subtree}
        scope = [t for t in clause.subtree if t.i not in skip]
        judged = self._failing(ctx, scope, speakers) or self._harm_charged(ctx, scope, speakers)
        judged = judged or self._blame_owned(ctx, scope, speakers)
        code = "111"
        if not judged:
            if any(t.pos_ == "VERB" and t.lemma_.lower() in self.lex.starts for t in scope):
                return  # "according to X, Blair praised Brown": the clause's own event tells it
            tone = self._tone(scope)
            if tone is None:
                # "According to X, the Foreign Office had known about the plan": a statement
                # about the clause's named subject (not "two men were shot": no one named)
                yield from self._statement(ctx, according, [speakers], article, clause)
                return
            if not tone:
                return
            code = tone
            made = self.made_things
            for subj in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
                found = ctx.entities(subj, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
                if not found and _text_judged(subj, made) and ctx.is_thing(subj):
                    found = [
                        k for c in subj.children if c.dep_ in ("poss", "compound") for k in ctx.entities(c)
                    ]
                judged += [k for k in found if ctx.kind(k) is not Kind.ORGANIZATION or ctx.is_party(k)]
            own = ctx.own_states(speakers) | ctx.home_of(speakers) | set(speakers)
            judged = [k for k in judged if k not in own]
        if judged:
            yield from self._emit(ctx, code, clause, [speakers], judged, [], article)

    def _person_judged(
        self, ctx: _Context, trigger: Token, scope: list[Token], speakers: list[str]
    ) -> tuple[str, list[str]] | None:
        """A person's character or standing judged in what speakers say, the person named by a
        pronoun or a description: "said he was a decent kindly man", '"She was a wonderful
        colleague," Brown said', "my family and I were very fond of him", "said the former PM
        would be mourned throughout the world" (praise, 051; "said he was dishonest": 111).

        Only words that judge a person (``@character_good``/``@character_bad``: not "said he
        was wrong to ...", "he was delighted") or a verb of regard in the passive (``@mourned``)
        count, said of the clause's subject or, for a word like "fond", of its "of" object. The
        person is the one :meth:`_Context.judged_referent` finds, never a speaker."""
        classes = self.lex.classes
        empty: frozenset[str] = frozenset()
        good = classes.get("@character_good", empty)
        bad = classes.get("@character_bad", empty)
        mourned = classes.get("@mourned", empty)
        for tok in scope:
            word = tok.lemma_.lower()
            code: str | None = None
            judged: list[Token] = []
            if word in mourned and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
                code = "051"
                judged = [c for c in tok.children if c.dep_ == "nsubjpass"]
            elif (word in good or word in bad or tok.lower_ in good or tok.lower_ in bad) and not _unjudged(
                tok
            ):
                code = "111" if (word in bad or tok.lower_ in bad) else "051"
                # the copula the word is said with: "he was kindly" (acomp), "he was a giant"
                # (attr), "a decent kindly man" (amod of the attr), "full of warmth"
                head = tok
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head  # "brave and kind", "full of warmth and wisdom"
                if head.dep_ == "amod" and head.head.dep_ in ("attr", "oprd"):
                    head = head.head
                elif (
                    head.dep_ == "pobj"
                    and head.head.lower_ == "of"
                    and head.head.head.dep_ in ("attr", "acomp")
                ):
                    head = head.head.head  # "a man of great decency", "full of warmth"
                if head.dep_ not in ("acomp", "attr", "oprd"):
                    continue
                if any(
                    c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                    for c in (*head.children, *head.head.children)
                ):
                    continue  # "he was not a great leader", "is no friend of Europe": no praise
                copula = head.head
                judged = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
                if tok.dep_ == "acomp":
                    # "my family and I were very fond of him": of whom
                    of = [
                        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    ]
                    if of:
                        judged = of
            if code is None or not judged:
                continue
            whom: list[str] = []
            for person in judged:
                whom += ctx.judged_referent(person, trigger, speakers)
            whom = [k for k in dict.fromkeys(whom) if k not in speakers]
            if whom:
                return code, whom
        return None

    def _failing(self, ctx: _Context, scope: list[Token], speakers: list[str]) -> list[str]:
        """Whom a speaker says has failed: the named subject of a "fail" that happened ("had
        failed to deliver", "has failed the country"; not "would fail", "if they fail", "did not
        fail") or the owner of a "failure" ("Labour's failure to act"). Not the speakers or
        their own party ("said he had failed", "said we failed")."""
        out: list[str] = []
        for tok in scope:
            lemma = tok.lemma_.lower()
            if lemma == "fail" and tok.pos_ in ("VERB", "AUX"):
                if tok.dep_ in ("advcl", "xcomp", "amod", "acl", "relcl", "pcomp") or any(
                    c.dep_ == "neg"
                    or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "once", "until"))
                    or (
                        c.dep_ == "aux" and c.lower_ in self.words.hypothetical_aux | {"will", "'ll", "shall"}
                    )
                    for c in tok.children
                ):
                    continue  # "if Labour fails to act", "would fail", "did not fail", "failing to"
                undone = [c for c in tok.children if c.dep_ in ("xcomp", "dobj")]
                if not undone or any(c.lemma_.lower() in FAILED_OUTCOMES for c in undone):
                    continue  # "the talks failed", "failed to win the seat": no duty left undone
                named = [
                    k
                    for c in tok.children
                    if c.dep_ == "nsubj"
                    for s in _conjuncts(c)
                    for k in ctx.entities(s, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
                ]
            elif lemma == "failure" and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "dobj", "pobj", "attr"):
                named = [k for c in tok.children if c.dep_ == "poss" for k in ctx.entities(c)]
            elif lemma in LACKING and tok.pos_ in ("VERB", "AUX") and _lacks_virtue(tok, self.words):
                # "the Lib Dems lack the courage to tackle waste", "the Tories had learned nothing
                # from their defeats", "Labour has no vision": a want of what a politician needs
                named = [
                    k
                    for c in tok.children
                    if c.dep_ == "nsubj"
                    for s in _conjuncts(c)
                    for k in ctx.entities(s, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
                ]
            else:
                continue
            out += [k for k in named if k not in out]
        mine = set(speakers) | {k for k in ctx.served(speakers) if ctx.kind(k) is not Kind.STATE}
        return [k for k in out if k not in mine]

    def _harm_charged(self, ctx: _Context, scope: list[Token], speakers: list[str]) -> list[str]:
        """Whom a speaker says will do harm to others: the owner of a policy or act that is the
        subject of a verb of harm ("said Mr Howard's cuts would hurt the poorest", "Gordon Brown's
        tax rises will drive businesses out"), or a named person or party doing something in a
        clause of condition or time of a harm ("As long as Mr Blair and Mr Brown continue to push
        free trade on developing countries, more people will be pushed into poverty", "If Michael
        Howard gets his way, nurses will lose their jobs"). A harm is a verb of :data:`HARMING`,
        losing one's job or home, being driven out, or ending in poverty or homeless. Not harm
        denied ("would not hurt"), people hurt ("was hurt"), a state (a forecast, not blame),
        nor the speakers and theirs."""
        harms: list[Token] = []
        for tok in scope:
            lemma = tok.lemma_.lower()
            verbal = tok.pos_ == "VERB"  # (read once: most words of the scope are no harm)
            clause: Token | None = None
            if verbal and lemma in HARMING and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                clause = tok  # (passive: "the NHS would be damaged", a doer only in a condition)
            elif (
                verbal
                and lemma in ("lose", "cost")
                and any(c.dep_ == "dobj" and c.lemma_.lower() in LOSSES for c in tok.children)
            ):
                clause = tok  # "nurses will lose their jobs", "the plan will cost jobs"
            elif (
                verbal
                and lemma == "make"
                and any(
                    t.lower_ == "worse" and t.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advmod", "amod")
                    for c in tok.children
                    for t in (c, *c.children)
                )
            ):
                clause = tok  # "they will make the problem worse"
            elif (
                verbal
                and lemma in ("drive", "push", "force")
                and any(
                    c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "abroad")
                    for c in tok.children
                )
            ):
                clause = tok  # "will drive businesses out of Britain"
            elif lemma in HARDSHIPS or tok.lower_ in HARDSHIPS:
                head = tok.head.head if tok.dep_ == "pobj" else tok.head
                if tok.dep_ == "pobj" and tok.head.lower_ not in ("in", "into"):
                    continue  # "lifted out of poverty", "free from want": harm escaped
                if tok.dep_ in ("pobj", "acomp", "oprd", "attr", "advmod") and head.pos_ in ("VERB", "AUX"):
                    clause = head  # "will be pushed into poverty", "will end up homeless"
            if clause is None or any(
                c.dep_ == "neg"
                for h in (clause, clause.head)
                for c in h.children
                if h.pos_ in ("VERB", "AUX")
            ):
                continue
            harms.append(clause)
        if not harms:
            return []
        made = self.made_things
        kinds = (Kind.PERSON, Kind.ORGANIZATION)
        doers: list[Token] = []
        out: list[str] = []
        for clause in harms:
            means = any(
                p.dep_ == "prep" and p.lower_ == "by" and any(c.tag_ == "VBG" for c in p.children)
                for p in clause.children
            )
            for subj in (c for c in clause.children if c.dep_ == "nsubj"):
                if means:
                    # "By cutting immigration staff, they will make the problem worse": harm
                    # done by an act of the subject's own
                    out += [
                        k
                        for group in ctx.split_agents(subj, clause)
                        for k in group
                        if ctx.kind(k) is Kind.PERSON or ctx.is_party(k) or ctx.is_government(k)
                    ]
                    continue
                if subj.pos_ == "PROPN":
                    continue  # "Labour will hurt families": a forecast of what a party will do
                if subj.lemma_.lower() in HARMFUL_ACTS or _text_judged(subj, made):
                    # "Mr Howard's cuts", "the Tory tax plans": whose they are
                    doers += [c for c in subj.children if c.dep_ in ("poss", "compound", "nmod")]
            for cond in (t for t in clause.subtree if t.dep_ == "advcl"):
                if any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in cond.children):
                    doers += [c for c in cond.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        for doer in doers:
            for part in _conjuncts(doer):
                for k in ctx.entities(part, kinds=kinds):
                    if ctx.kind(k) is Kind.PERSON or ctx.is_party(k) or ctx.is_government(k):
                        out.append(k)
        mine = set(speakers) | ctx.served(speakers)
        return [k for k in dict.fromkeys(out) if k not in mine]

    def _blame_owned(self, ctx: _Context, scope: list[Token], speakers: list[str]) -> list[str]:
        """Whom a speaker blames by a noun of blame they own or a word of honesty denied them:
        "said Veritas would avoid the old parties' lies and spin", "attacked by Labour's spin",
        "the government's incompetence" (:data:`BLAME_NOUNS`, the possessor named); "said Mr
        Kilroy-Silk had not been straightforward" (:data:`HONESTY` with "not", the subject named);
        "said voters had a lack of trust in Mr Blair" (:data:`TRUST` lacking, lost or denied).
        Not the speakers and theirs ("our mistakes"), nor a noun denied ("no lies")."""
        owners: list[Token] = []
        blaming = self.lex.classes.get("@negative", ())
        for tok in scope:
            lemma = tok.lemma_.lower()
            if (lemma in BLAME_NOUNS or tok.lower_ in BLAME_NOUNS) and tok.pos_ in ("NOUN", "PROPN"):
                head = tok
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head  # "the parties' lies and spin"
                if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                    continue
                owners += [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            elif (
                tok.dep_ == "amod"
                and tok.pos_ == "ADJ"
                and lemma in blaming
                and lemma not in UNBLAMING_ADJECTIVES
                and tok.head.pos_ == "NOUN"
                and (tok.head.lemma_.lower() in CONDUCT_NOUNS or tok.head.lemma_.lower() in HARMFUL_ACTS)
                and not any(c.dep_ in ("neg", "det") and c.lower_ in ("no", "not") for c in tok.head.children)
            ):
                # "Labour's authoritarian response", "the government's reckless plans": a word of
                # blame said of a thing someone named owns blames the owner
                owners += [c for c in tok.head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            elif lemma in PROMISE_BREAKING and tok.pos_ == "VERB":
                owners += _promise_breakers(tok)
            elif lemma == "add" and tok.pos_ == "VERB":
                owners += _sums_not_adding_up(tok)
            elif lemma in TRUST or lemma in RELYING or lemma in ("distrust", "mistrust"):
                owners += _distrusted(tok)
            elif lemma in HONESTY and tok.dep_ in ("acomp", "attr"):
                verb = tok.head
                if any(c.dep_ == "neg" for c in (*verb.children, *tok.children)):
                    owners += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            elif tok.dep_ == "pobj" and tok.pos_ == "NOUN" and _cause_phrase(tok.head):
                owners += self._blamed_cause(tok)
        out = [
            k
            for owner in owners
            for part in _conjuncts(owner)
            for k in ctx.entities(part, kinds=(Kind.PERSON, Kind.ORGANIZATION, Kind.STATE))
        ]
        mine = set(speakers) | ctx.served(speakers) | ctx.own_states(speakers)
        # (the opposition's "the government gave in to French pressure" blames its own state's
        # government: giving in is no act the speaker's side claims)
        yielded = [
            k
            for tok in scope
            if tok.pos_ == "VERB" and tok.lemma_.lower() in CAPITULATING
            for doer in _capitulated(tok)
            for part in _conjuncts(doer)
            for k in ctx.entities(part, kinds=(Kind.PERSON, Kind.ORGANIZATION, Kind.STATE))
        ]
        return [k for k in dict.fromkeys(out) if k not in mine] + [
            k
            for k in dict.fromkeys(yielded)
            if k not in set(speakers) | ctx.served(speakers) and k not in out
        ]

    def _blamed_cause(self, act: Token) -> list[Token]:
        """The doers of an act a speaker gives as the cause of what happened, when they call it
        reckless or hostile: "had undergone a fundamental change due to the reckless military
        moves of the U.S.", "had grown because of Israel's aggressive policies", "had soared as
        a result of the reckless war waged by the United States" (the act's owner, its "of" or
        "by" phrase, or the "by" agent of its participle). Not a cause no one is blamed for ("due
        to the floods", "because of the weather"), nor an act not judged ("because of Israel's
        policies")."""
        negative = self.lex.classes.get("@negative", frozenset())
        judged = act.lemma_.lower() in BLAME_NOUNS or any(
            c.dep_ == "amod" and (c.lemma_.lower() in negative or c.lower_ in CAUSE_BLAME)
            for c in act.children
        )
        if not judged:
            return []
        doers = [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        for c in act.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "by"):
                doers += [o for o in c.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                # "the war waged by the United States"
                doers += [
                    o
                    for a in c.children
                    if a.dep_ == "agent"
                    for o in a.children
                    if o.dep_ == "pobj" and o.pos_ != "PRON"
                ]
        return doers

    def _unentitled(self, ctx: _Context, verb: Token, speakers: list[str]) -> list[str]:
        """Whom a speaker says has no right, jurisdiction or authority ("said the US has no
        jurisdiction over Yukos", "said Brussels had no right to interfere"): rejected."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "have"):
            power = next((c for c in clause.children if c.dep_ == "dobj"), None)
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if (
                power is None
                or subj is None
                or power.lemma_.lower() not in ENTITLEMENTS
                or not any(c.dep_ == "det" and c.lower_ == "no" for c in power.children)
            ):
                continue
            own = ctx.own_states(speakers) | set(speakers)
            return [k for k in ctx.entities(subj) if k not in own]
        return []

    def _denied(self, ctx: _Context, verb: Token, speakers: list[str]) -> list[str] | None:
        """What a speaker calls false: "said the report was false", "said the claims were
        groundless" deny them (016, as "denied the report"); the target is whoever made the
        claims, when named ("said Labour's claims were untrue"). None when nothing is denied."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            claim = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if claim is None or claim.lemma_.lower() not in CLAIMS:
                continue
            said = {
                t.lemma_.lower()
                for t in (clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr")))
            }
            negated = any(c.dep_ == "neg" for c in clause.children)
            if not (said & TRUTHS if negated else said & FALSEHOODS):
                continue  # "said the report was accurate", "said the claims were not false"
            own = ctx.own_states(speakers) | set(speakers)
            owning = [
                k for c in claim.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in ctx.entities(c)
            ]
            return [k for k in dict.fromkeys(owning or ctx.owners(claim)) if k not in own]
        if self._own_act_denied(ctx, verb, speakers):
            return []  # '"Our forces have never used chemical weapons," the spokesman said'
        return None

    def _own_act_denied(self, ctx: _Context, verb: Token, speakers: list[str]) -> bool:
        """The speaker says its own side did not do a hostile act: '"We did not bomb the
        hospital," the ministry said', "Moscow said its troops had never shelled the city"
        (a denial, 016); not a refusal to come ("we will not attend") or a peaceful act denied."""
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
            return False  # '"We have not defeated this problem," he will say': a speech to come
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
            clauses.append(verb.head)  # the quote before its speaker
        for clause in clauses:
            if clause.pos_ != "VERB" or not any(c.dep_ == "neg" for c in clause.children):
                continue
            auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
            if not (clause.tag_ == "VBD" or auxes & {"did", "have", "has", "had", "'ve"}):
                continue  # "we will not attend": no past act denied
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            ours = subj.lower_ in ("we", "i") or any(
                c.dep_ == "poss" and c.lower_ in ("our", "my", "its") for c in subj.children
            )
            named = ctx.entities(subj) if subj.pos_ != "PRON" else []
            if not (ours or (named and set(named) <= set(speakers))):
                continue  # (not "Letwin said ministers had not ...": his state's, not his side's)
            found = self.verbs.match(clause)
            rule = self.lex.match(clause.lemma_.lower(), "V", None, None)
            codes = [c for c in (found.code if found else None, rule.cameo if rule else None) if c]
            arms = [
                o
                for o in clause.children
                if o.dep_ == "dobj" and o.lemma_.lower() in self.words.weapons - self.words.armed_actors
            ]
            dobj = next((o for o in clause.children if o.dep_ == "dobj"), None)
            if dobj is not None and not (
                dobj.ent_type_
                or dobj.lemma_.lower() in TARGET_PLACES | HIT_PLACES | self.words.weapons
                or sectors().sector([dobj.lemma_.lower()]) is not None
            ):
                continue  # '"We have not defeated this problem," he said': no one hit, no blame denied
            if any(c[:2] in FORCE_ROOTS for c in codes) or arms:
                return True  # "never used chemical weapons": a weapon as the act's object
        return False

    def _disapproved(self, ctx: _Context, verb: Token, dobj: Token | None, acting: list[str]) -> list[str]:
        """Whose act a voiced misgiving is about: "expressed concern about Britain's rebate",
        "voiced misgivings over the plans of the EU" (not "concern about the economy")."""
        out: list[str] = []
        for prep in (
            c
            for h in (verb, dobj)
            if h is not None
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("about", "over", "at", "regarding")
        ):
            about = _pobj(prep)
            if about is None:
                continue
            if not ctx.is_thing(about):
                out += ctx.entities(about)  # "misgivings about Mr Blair"
                continue
            owning = [
                k for c in about.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in ctx.entities(c)
            ]
            # "misgivings about government plans", "doubts about Labour's tax plans"
            owning = owning or [
                k
                for c in about.children
                if c.dep_ in ("compound", "amod")
                for k in ctx.entities(c, kinds=(Kind.STATE, Kind.ORGANIZATION))
                if c.lemma_.lower() in self.words.home_bodies or ctx.is_party(k)
            ]
            out += owning or ctx.owners(about)
        # (a state named by its government is the opposition's target too: "the Tories voiced
        # concerns about the government's plans"; not its own ministers')
        served = ctx.served(acting)
        own = ctx.own_states(acting) | set(acting)
        own = {k for k in own if k not in ctx.bodies or k in served or k in acting}
        return [k for k in dict.fromkeys(out) if k not in own]

    def _statement(
        self,
        ctx: _Context,
        verb: Token,
        agents: list[list[str]],
        article: Article,
        reported: Token | None = None,
        phrase: list[Token] | None = None,
    ) -> Iterator[_Event]:
        """A plain statement (010) about another actor: "X said Y had lost the trust of the
        country", '"Y is ready to help," said X', "X said of Y: ...". Made only when no rule
        found a more specific meaning in the words (criticism, praise, denial, a charge, an
        appeal: those return before). The one spoken of is the named subject of a clause the
        verb reports (its own, not one embedded deeper: "said the hospital, which X built, would
        close" is about the hospital) or the one "of" whom it was said: a name, an office ("the
        Iraqi president") or a government ("the Iraqi government"); never a pronoun, a thing or
        a sector ("the French harvest", "the German car industry", "voters"), the speakers,
        nor theirs (their own state, party or employer, or one their own phrase names: "Lib
        Dem spokeswoman X said the Lib Dems ..."). Not words a thing "says" ("the figures did
        not add up", "guidance said"), nor a journalist's account ("BBC correspondent X said").
        ``reported``: the clause told "according to" the speakers, or their quotation with no
        verb of saying (then ``phrase`` is the speaker's own phrase)."""
        heads: list[Token] = []
        spoken_of: list[Token] = []
        speaker_phrase: list[Token] = []
        if reported is not None:
            heads.append(reported)
            speaker_phrase = list(verb.subtree) if phrase is None else phrase
        else:
            children = list(verb.children)
            if (
                verb.lemma_.lower() in REPORTING
                or verb.tag_ == "VBG"
                or any(c.dep_ in ("nsubjpass", "auxpass", "prt") for c in children)
            ):
                # "the paper reported that ...", "was told that ...", "did not add up", "shows
                # her telling how ...": no speaker's own words, or none told as said
                return
            subj = next((c for c in children if c.dep_ == "nsubj"), None)
            if subj is not None and ctx.is_thing(subj) and not _authored_inquiry(subj):
                return  # "Government guidance said ...": a text, not a speaker's own words
            speaker_phrase = list(_speaker_phrase(verb))
            # Words told before their verb of saying ('"Y is ready to help," said X', "Y will
            # back the plan, the minister said") end where the verb and its speaker end the
            # sentence: not words it is inserted in ("after rejecting overtures from, he claims,
            # Michael Howard"), nor "Blair believes Howard said ..." (no quote ends before it).
            left, right = verb.left_edge.i, verb.right_edge.i
            closing = (
                right + 1 >= ctx.sentences.end(verb.i) or verb.doc[right + 1].lower_ in SENTENCE_ENDS
            ) and all(c.dep_ in TRAILING_DEPS for c in children if c.i > verb.i)
            heads += [c for c in children if c.dep_ in ("ccomp", "parataxis") and (c.i > verb.i or closing)]
            if (
                verb.dep_ in ("ccomp", "parataxis")
                and verb.head.i < verb.i
                and left > 0
                and verb.doc[left - 1].is_punct
                and closing
            ):
                heads.append(verb.head)
            spoken_of += _said_of(verb)
        if any(t.lemma_.lower() in NEWS_WRITERS for t in speaker_phrase):
            return  # "BBC Scotland political correspondent X said the first minister had ...": reporting
        for head in heads:
            if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in self.words.say:
                continue  # ("Mr X said the agent told him ...": the telling is no one spoken of)
            if (
                head.i < verb.i
                and _past_act(head)
                and not any(ctx.kind(a) is Kind.PERSON for g in agents for a in g)
            ):
                # "Iran released a tanker, Greek officials said", "Turkey launched joint production,
                # the Turkish defence ministry said": a body's account of an act done, a source
                # for it, no words about the doer
                continue
            spoken_of += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if head.lemma_.lower() in LINKING and any(
                c.dep_ == "nsubj" and ctx.is_thing(c) and c.pos_ != "PRON" for c in head.children
            ):
                # "found a 'chain of events' linked Mr Blunkett to the application", "said the
                # documents implicated X": the one the evidence links is spoken of
                spoken_of += [c for c in head.children if c.dep_ == "dobj"]
            if head.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in FACT_NOUNS for c in head.children
            ):
                # "The fact is that President Bush is there for four years", "the truth is Labour
                # has failed": the clause the fact is stated in is what is spoken of
                spoken_of += [
                    s
                    for c in head.children
                    if c.dep_ in ("ccomp", "attr", "advcl") and c.pos_ in ("VERB", "AUX")
                    for s in c.children
                    if s.dep_ in ("nsubj", "nsubjpass")
                ]
        if not spoken_of and not any(ctx.quoted(h.i) for h in heads):
            return
        speakers = {a for group in agents for a in group}
        own = ctx.own_states(speakers) | ctx.home_of(speakers) | speakers
        own |= {k for t in speaker_phrase if (k := ctx.found.entity_at(t.i)) is not None}
        if (
            ctx.found.home is not None
            and all(ctx.kind(a) is Kind.PERSON for a in speakers)
            and not any(ctx.kind(k) is Kind.STATE for k in own)
        ):
            # "He said the government had been negotiating ...", "said the UK would only take
            # part ...": a politician's own country is theirs (its ministers' words of it are
            # no statement about another); not a Danish minister's ("Russia has let down ...")
            own.add(ctx.found.home)
        persons = all(ctx.kind(a) is Kind.PERSON for a in speakers)
        targets = self._spoken_targets(ctx, spoken_of, own, persons)
        if (
            not targets
            and reported is None
            and persons
            and (ctx.out_of_office(speakers) or any(ctx.is_party(k) for k in ctx.served(speakers)))
        ):
            # 'Tory leader X said ministers had been "playing catch-up"': the government a critic
            # outside it (a party's person or one out of office) speaks of in words of their own,
            # in quotation marks (a minister's words of "the government" are of their own side,
            # and plain words may be either's)
            home = ctx.governed_home()
            for tok in spoken_of:
                clause = list(tok.head.subtree) if tok.dep_ in ("nsubj", "nsubjpass") else []
                scare = any(ctx.quoted(t.i) for t in clause) and not ctx.quoted(tok.i)
                if home is not None and scare and self._home_rulers_judged(ctx, tok, sorted(speakers)):
                    ctx.judged_rulers.add(home)
                    ctx.bodies.setdefault(home, ("GOV", tok.text))
                    targets = [home]
                    break
        # ("said the plans were based on policies already in force in Canada and Australia",
        # "modelled on a system used in Denmark": states cited as a model are no targets)
        models = set(_models_cited(ctx, heads))
        targets = [k for k in targets if k not in models]
        inferred = phrase is not None  # (a speaker or a target read from beyond the clause's words)
        if not targets:
            # 'X said: "It sends the wrong signal to China"', '"... the horrors of Saddam
            # Hussein's regime"': words in quotation marks whose subject names no one are
            # about the one the clause's message, blow or offer comes from or goes to
            quoted = [t for head in heads if ctx.quoted(head.i) for t in _quoted_about(head, ctx.described)]
            if persons or any(ctx.found.entity_at(t.i) in speakers for t in speaker_phrase):
                # (not "the shadow chancellor said ...", a state read from an office's words;
                # nor a body's own part: "Apple" of "Apple Developer Connection")
                targets = [
                    k
                    for k in self._spoken_targets(ctx, quoted, own, persons)
                    if not any(_part_named(ctx.label(k), ctx.label(a)) for a in speakers)
                ]
                inferred = True
        if inferred:
            # A quotation with no verb of saying in its sentence, or one the words are about
            # beyond its subject: a body it names other than a party, a government's or an
            # international one is its speaker's own as often as not ('"Campaign for Borders
            # Rail is the biggest lobby group ..."', '"TBWA made production."', a performance
            # director's "the target for UKA"); a state is one only in the words of one who
            # holds a state's office or a party's seat or speaks for a government, a party or a
            # state (a coach's "this game against Ireland" is about a team).
            political = self._political(ctx, speakers, speaker_phrase)
            targets = [
                k
                for k in targets
                if (ctx.kind(k) is Kind.STATE and political)
                or ctx.kind(k) is Kind.PERSON
                or ctx.is_party(k)
                or ctx.is_government(k)
                or ctx.is_igo(k)
            ]
        if all(ctx.kind(k) is Kind.PERSON for k in speakers) and not any(ctx.is_party(k) for k in own):
            # A person of no party known here speaking of a party may be its own leader or
            # founder ("Tony Blair said Labour would set out plans", "He said Veritas wanted
            # ..."): a party is spoken of by a party, a state or one whose side is known.
            targets = [k for k in targets if not ctx.is_party(k)]
        if targets:
            yield from self._emit(ctx, STATEMENT, verb, agents, list(dict.fromkeys(targets)), [], article)

    def _political(self, ctx: _Context, speakers: set[str], phrase: list[Token]) -> bool:
        """Whether the speakers are states, parties, bodies of government or international ones,
        or people of a party or holding a state's office or a seat ("Danish minister Lars Holm",
        "Tory MP X", "Lib Dem spokesman X"; not "England coach X", "analyst X")."""
        if any(
            ctx.kind(a) is Kind.STATE or ctx.is_party(a) or ctx.is_government(a) or ctx.is_igo(a)
            for a in speakers
        ):
            return True
        if any(ctx.is_party(k) or ctx.is_government(k) or ctx.is_igo(k) for k in ctx.served(speakers)):
            return True
        office = offices()
        roles = [r.role for r in ctx.found.relations if r.source in speakers and r.role]
        words = [t.text for t in phrase] + [w for r in roles for w in r.split()]
        return any(office.serves_a_state(w) or w.lower() in ELECTED_SEATS for w in words)

    def _spoken_targets(
        self, ctx: _Context, spoken_of: list[Token], own: set[str], persons: bool
    ) -> list[str]:
        """The actors the words `spoken_of` name (see :meth:`_statement`), not `own`."""
        targets: list[str] = []
        for tok in spoken_of:
            for one in (o for t in _conjuncts(tok) for o in _beside_comparison(t)):
                if one.pos_ == "PRON":
                    continue
                if persons and _bare_government(one, self.words.home_bodies):
                    # "He said the government had been negotiating ...", "says the Government
                    # already checks ...", "said the shadow Cabinet had weighed ...": a person's
                    # words of a government no state names are a minister's of their own as
                    # often as a critic's (half of 9 read in the 393 politics articles)
                    continue
                named = ctx.found.entity_at(one.i)
                if named is not None:
                    if ctx.kind(named) is Kind.STATE and state_demonym(one.text) is not None:
                        continue  # "said 41 Britons had died": people of the state, not it
                    if ctx.kind(named) is Kind.ORGANIZATION and not self._spoken_body(ctx, named):
                        continue  # "said the Budget was ...", "said Patriots wanted ...": no actor
                    found = [named] if ctx.kind(named) in ACTORS else []
                elif offices().is_office(one.text):
                    # "the former home secretary": the one holder the office names, a person
                    found = ctx.entities(one, depth=1)
                    found = found if len(found) == 1 and ctx.kind(found[0]) is Kind.PERSON else []
                elif one.lemma_.lower() in self.words.home_bodies:
                    # "the Iraqi government": the one state it governs
                    found = ctx.entities(one, depth=1)
                    found = found if len(found) == 1 else []
                elif one.pos_ == "NOUN" and (members := _members_named(one)):
                    # "said rogue states such as Iran and North Korea were less of a problem",
                    # "countries like France were blocking the deal": the ones named as examples
                    found = [
                        k
                        for m in members
                        for k in ctx.entities(m, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION), depth=1)
                        if ctx.kind(k) in (Kind.PERSON, Kind.STATE) or ctx.is_party(k) or ctx.is_government(k)
                    ]
                elif one.pos_ == "NOUN" and _owned_judged(one):
                    # "said Mr Clarke's plans were an abuse", "said Tory plans would cut deep",
                    # "said the cuts proposed by Oliver Letwin were ...": the words judge the
                    # thing's named owner or maker (not "his plans", nor the speaker's own)
                    found = _judged_thing_owners(ctx, one)
                else:
                    continue
                targets += [k for k in found if k not in own]
        return targets

    def _spoken_body(self, ctx: _Context, key: str) -> bool:
        """An organization a statement may be about: a party, a body of government, an
        international one, or one whose name is more than one capitalised word ("the Fire
        Brigades Union", "MI6", "NHS"); not a single word the entity rules took for a name
        ("the Budget", "Patriots", "Roma")."""
        if ctx.is_party(key) or ctx.is_government(key) or ctx.is_igo(key):
            return True
        ent = ctx.found.entities.get(key)
        label = ent.label if ent is not None else ""
        if label.split()[-1:] and label.split()[-1].lower() in self.words.documents:
            return False  # "the Consumer Credit Bill would target ...": a text, no actor
        return len(label.split()) > 1 or any(c.isupper() or c.isdigit() for c in label[1:])

    def _addressed_words(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """A verb of saying outside the [say] list with its addressee ("admitted to Mr X that
        ...", "confided to MPs that ...", "briefed peers on the reforms"): a statement (010) to
        the one addressed, as :meth:`_told`."""
        ctx.begin()
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        agents = ctx.split_agents(subj, verb) if subj is not None else [ctx.inherited_subject(verb)]
        if any(agents):
            yield from self._told(ctx, verb, agents, article)

    def _message_sent(self, ctx: _Context, verb: Token, article: Article) -> Iterator[_Event]:
        """A message made for or sent to someone: "sent a letter to the prime minister",
        "prepared a memo for Chancellor X", "wrote to X about the figures", "sent X a letter": a
        statement (010) to its addressee (a person, a state, a party or a body of government; not
        "wrote to The Times"). Not when the message tells what it says or asks ("wrote to X
        demanding ...", "wrote to X that ..."): the rules of those words take it."""
        if any(
            c.dep_ in ("ccomp", "parataxis", "xcomp") or (c.dep_ in ("advcl", "conj") and c.tag_ == "VBG")
            for c in verb.children
        ):
            return
        notes = [c for c in verb.children if c.dep_ == "dobj" and message(c)]
        if not notes and (verb.lemma_.lower() != "write" or any(c.dep_ == "dobj" for c in verb.children)):
            return  # "prepared the ground", "wrote a book": no message
        if any(
            t.tag_ == "VBG" and t.dep_ in ("acl", "relcl", "advcl", "xcomp", "conj") for t in verb.subtree
        ):
            return  # "sent a letter to X urging ...": the participle's rules
        preps = ("to", "for") if notes else ("to",)
        addressees: list[Token] = [
            o
            for host in (verb, *notes)
            for c in host.children
            if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for o in _prep_objects(c)
        ]
        addressees += [
            c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN")
        ]
        targets = [
            k
            for a in addressees
            for k in ctx.entities(a)
            if ctx.kind(k) in (Kind.PERSON, Kind.STATE)
            or ctx.is_party(k)
            or ctx.is_government(k)
            or ctx.is_igo(k)
        ]
        if not targets:
            return
        ctx.begin()
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        agents = ctx.split_agents(subj, verb) if subj is not None else [ctx.inherited_subject(verb)]
        if any(agents):
            yield from self._emit(
                ctx, STATEMENT, verb, agents, list(dict.fromkeys(targets)), [], article, needs_target=True
            )

    def _told(
        self, ctx: _Context, verb: Token, agents: list[list[str]], article: Article
    ) -> Iterator[_Event]:
        """ "Blair told Mr Howard that the war was legal", "told MPs: ...": a statement (010) to
        the one told, when that is a person, a state, a party or a body of government (not
        "told the BBC", "told reporters": the press carries words to everyone). Not "told
        him to leave" (an order) nor "was told" (the one told is the subject)."""
        lemma = verb.lemma_.lower()
        misparsed = _member_to(verb, self.words.home_members | self.words.committee_members)
        if (lemma not in TELLING and lemma not in SAYING_TO) or any(
            c.dep_ in ("xcomp", "nsubjpass", "auxpass") and (misparsed is None or c.i != misparsed.i)
            for c in verb.children
        ):
            return
        if verb.dep_ not in ("ROOT", "conj"):
            return  # "reports that he had told the prime minister", "the dinner where he told X"
        if lemma in TELLING:
            told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        else:
            # "said to MPs that ...", "explained to the minister that ...", "admitted to Mr X
            # that ...": the one the words were said to, in a "to" phrase (or "to MPs" misread
            # as an infinitive)
            told = misparsed or next(
                (
                    o
                    for p in verb.children
                    if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                    for o in _prep_objects(p)
                ),
                None,
            )
        words = [verb, verb.head, *([told] if told is not None else [])]
        if not any(c.dep_ in ("ccomp", "parataxis") for w in words for c in w.children) and not (
            lemma in BRIEFING
            and told is not None
            and any(p.dep_ == "prep" and p.lower_ in ("on", "of", "about", "over") for p in verb.children)
        ):
            return  # "told the story": no words reported ("briefed peers on the reforms" are)
        if told is None or ctx.is_thing(told):
            return
        addressees = [
            k
            for k in ctx.entities(told)
            if ctx.kind(k) in (Kind.PERSON, Kind.STATE) or ctx.is_party(k) or ctx.is_government(k)
        ]
        glued = {
            k
            for t in told.subtree
            if t.i < told.i
            and (k := ctx.found.entity_at(t.i)) is not None
            and k not in addressees
            and ctx.kind(k) is Kind.ORGANIZATION
            and not (ctx.is_party(k) or ctx.is_government(k))
        }
        if glued:
            return  # "told BBC News Labour MPs would not ...": the outlet told, the MPs what was said
        if addressees:
            yield from self._emit(ctx, STATEMENT, verb, agents, addressees, [], article, needs_target=True)

    def _appeal(
        self, ctx: _Context, verb: Token, clause: list[Token], agents: list[list[str]], article: Article
    ) -> Iterator[_Event]:
        """ "The EU said the US should back Ukraine": an appeal to the US (020); "... must
        withdraw": a demand (100). The one who should act is the clause's subject."""
        for head in clause:
            aux = {a.lower_ for a in head.children if a.dep_ == "aux"}
            act = head
            if head.lower_ == "ought":
                # "said Mr Blair ought to (have) resign(ed)": the act is the modal's infinitive
                act = next((c for c in head.children if c.dep_ == "xcomp"), head)
                aux |= {"ought", *(a.lower_ for a in act.children if a.dep_ == "aux")}
            code = "100" if "must" in aux else "020" if aux & {"should", "ought"} else None
            if code is None and head.lemma_.lower() == "need" and not aux & HYPOTHETICAL_AUX:
                # "said America too needed to take more action": a demand upon the one who needs to
                # act, 100 as "must" (not "would need to", "may need to": a condition; "has to" is
                # left out: as often a necessity told, "claiming the chancellor has to fill a hole")
                need = next(
                    (
                        c
                        for c in head.children
                        if c.dep_ == "xcomp"
                        and c.pos_ == "VERB"
                        and any(a.lower_ == "to" for a in c.children)
                    ),
                    None,
                )
                if need is not None and not any(c.dep_ == "neg" for c in head.children):
                    act, code = need, "100"
            if code is not None and "have" in aux and act.tag_ == "VBN":
                # "said the government should have acted sooner": a past failure criticised
                # (111); "must have known": a guess, nothing asked
                code = CRITICISE if code == "020" else None
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if code is None or subj is None or subj.pos_ == "PRON":
                continue
            if subj.dep_ == "nsubjpass" and code == APPEAL:
                continue  # "said Mr Blair should be judged by results": he is not asked to act
            if code == APPEAL and _knowing(act):
                continue  # "said the minister should know by now that ...": a rebuke, nothing asked
            if code == APPEAL and (
                act.lemma_.lower() in HOLDING_OFFICE or any(t.lower_ == "rather" for t in subj.subtree)
            ):
                # "said Blair rather than Howard should run the country": a preference for who
                # governs, nothing asked of anyone
                continue
            speakers = {a for group in agents for a in group}
            own = ctx.own_states(speakers) | speakers | ctx.home_of(speakers)
            if ctx.found.home is not None and all(ctx.kind(a) is Kind.PERSON for a in speakers):
                # "Mr Howard argues Britain must change direction": a politician's own country
                # is no one appealed to
                own.add(ctx.found.home)
            targets = [t for t in ctx.entities(subj) if t not in own]
            if (
                not targets
                and _bare_government(subj, self.words.home_bodies)
                and not _governing(ctx, speakers)
                and (home := ctx.governed_home()) is not None
                and home not in speakers
            ):
                # '"The government should not swap one opt-out for another," said X of Liberty':
                # a bare government asked to act by one who is not of it is the home state's
                ctx.bodies.setdefault(home, ("GOV", None))
                targets = [home]
            if targets:
                yield from self._emit(ctx, code, verb, agents, targets, [], article)
                return

    # -- shared ---------------------------------------------------------------------------
    def _speaking_subject(self, clause: Token) -> Token | None:
        """The subject of `clause`; when that is a pronoun and the clause is what a verb of saying
        reports, the speaker ("X said it had no comment": X)."""
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is not None
            and subj.pos_ == "PRON"
            and clause.dep_ == "ccomp"
            and clause.head.lemma_ in self.words.say
        ):
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), subj)
        return subj

    def _emit(
        self,
        ctx: _Context,
        cameo: str,
        trigger: Token,
        agent_groups: list[list[str]],
        targets: list[str],
        locations: list[str],
        article: Article,
        needs_target: bool = False,
        mutual: bool = False,
        echoed: bool = True,
    ) -> Iterator[_Event]:
        if ctx.private_states and cameo[:2] not in FORCE_ROOTS:
            # (force is the assailant's: CAMEO codes "a Slovak pensioner opened fire" as Slovakia's)
            agent_groups = [[a for a in g if a not in ctx.private_states] for g in agent_groups]
        if echoed:
            # "offered his congratulations, as did Michael Howard": the same act of theirs too
            acting = {a for group in agent_groups for a in group}
            # (each of them on their own: "as did Michael Howard and Charles Kennedy" is two acts)
            for other in (k for k in _as_did(ctx, trigger) if k not in acting):
                yield from self._emit(
                    ctx,
                    cameo,
                    trigger,
                    [[other]],
                    targets,
                    locations,
                    article,
                    needs_target,
                    mutual,
                    echoed=False,
                )
        if not targets and cameo[:2] == "01":
            # "issued a statement on its relations with Uganda", "voiced pessimism about the
            # prospects of talks with Turkey": the other side of the relations spoken of
            acting = {a for group in agent_groups for a in group}
            targets = [k for k in _counterparts_in_topic(ctx, trigger) if k not in acting]
        if cameo[:3] == APOLOGIZE and all(t in _acting(agent_groups) for t in targets):
            # "apologised for insulting Nigeria", "for his stereotype of Liverpool": the one wronged
            targets = [k for k in _wronged(ctx, trigger) if k not in _acting(agent_groups)] or targets
        if cameo[:3] == DENY and all(t in _acting(agent_groups) for t in targets):
            # 'the claim was denied by a UKIP spokesman, who said: "Mr Hockney's accusations are
            # empty"': whose claims the denial's sentence names is whom it answers
            targets = [k for k in _claim_owners(ctx, trigger) if k not in _acting(agent_groups)] or targets
        if targets and trigger.lemma_.lower() in _NAMING_OR_CALLING:
            targets = _unlabelled(ctx, trigger, targets)
        negated, mode = modality(trigger, self.words, ctx.sentences)
        date = event_date(
            trigger,
            article.date,
            future=mode in (Modality.PLANNED, Modality.INTENDED),
            dates=ctx.sentence_dates(trigger),
        )
        code = cameo
        # "Sakamoto and Menezes signed the agreement", "the US, Russia and Switzerland met": one
        # joint act of all of them, each its agent and, with no one else named, each the other's
        # target (CAMEO codes every direction of a mutual act).
        # "Talks between X and Y", "clashes between X and Y" are mutual whatever their code.
        # So is an act told by a verb of two sides: "Labour and the Tories clashed over tax".
        # ("Thai and Cambodian soldiers traded gunfire", "exchanged fire / insults / prisoners")
        reciprocal = trigger.lemma_.lower() in RECIPROCAL or (
            trigger.lemma_.lower() in EXCHANGING and any(c.dep_ == "dobj" for c in trigger.children)
        )
        if code == SHOW_OF_FORCE and _joint_drill(trigger, agent_groups, ctx):
            code = MILITARY_COOPERATION  # "French and Egyptian warships launched war games"
        # ("Armenia and Azerbaijan agreed to a truce": an agreement of both, each with the other)
        agreed = code[:2] == "03" and trigger.lemma_.lower() == "agree"
        # ("Israel and Hamas declared a truce", "Armenian and Azerbaijani forces violated the
        # ceasefire": a truce is between its sides, kept or broken by each against the other)
        truce = code in TRUCE_CODES
        joint = mutual or reciprocal or agreed or truce or code[:3] in JOINT or code[:2] == "06"
        mutual = joint and len(agent_groups) > 1
        if len(agent_groups) > 1:
            # "Labour and the Tories attacked the plan": one act of every conjunct, told once
            agent_groups = [[a for group in agent_groups for a in group]]
        authors = _document_authors(trigger)
        author_keys = {k for poss in authors for k in ctx.entities(poss, kinds=(Kind.PERSON,))}
        if (
            code[:2] in ("02", "10")
            and authors
            and all(poss.pos_ != "PRON" for poss in authors)
            and all(t in author_keys for t in targets)
        ):
            # "demanded the publication of the Attorney General's advice", "called for Lord
            # Goldsmith's advice to be made public", no one asked named: the call is made of
            # the government the official serves (a body of the state, so a target even of
            # the state's own opposition)
            for state in ctx.publishers(authors):
                targets = [*targets, state]
                ctx.bodies.setdefault(state, ("GOV", None))
        if cameo[:3] in ("171", "145") and cameo != "1711":
            # "rebels blew up a pipeline in Arauca": a town read as a body is where, not whom
            targets = [ctx.place_body_state(t, trigger) or t for t in targets]
        if cameo[:2] in FORCE_ROOTS:
            # "bombed the streets of Khan Younis", "shelled a school in Kherson": a town the
            # tagger read as a person's name is its state
            targets = [ctx.town_state(t, trigger) or ctx.place_body_state(t, trigger) or t for t in targets]
            # ("Kharkiv came under fire from Russian troops": a place hit is its state's)
            targets = [
                (ctx.found.part_of.get(t) or ctx.listed_location_state(t) or t)
                if ctx.kind(t) is Kind.LOCATION
                else t
                for t in targets
            ]
            # ("the bombardment of Kharkiv killed four": a town read as a body is no attacker)
            hit = {a: ctx.place_body_state(a, trigger, placed_only=True) for g in agent_groups for a in g}
            if any(hit.values()):
                agent_groups = [[a for a in g if not hit[a]] for g in agent_groups]
                targets = [*targets, *(k for k in hit.values() if k is not None and k not in targets)]
            # ("bombed an ELN camp in Norte de Santander": a body read from a place's name, only
            # "in" it, is where the blow fell, not whom)
            targets = [t for t in targets if not ctx.placed_body(t, trigger)]
        sited = False  # a site was read as the one met: the meeting stands without it
        if cameo[:2] == "04":
            # "met survivors at Auschwitz", "visited soldiers at Selly Oak hospital": a site is
            # where people were met or visited, never the one met
            kept_targets = [t for t in targets if not ctx.site(t, trigger)]
            sited = len(kept_targets) < len(targets)
            targets = kept_targets
            # "France and Germany held talks on Ukraine", "Rao and Zhao held talks on the margins
            # of the G20 summit", "held talks with Chirac on Iraq": what the talks are about, or
            # the gathering they were held at, is no one met when the partners are named
            bodies = {a for group in agent_groups for a in group if ctx.kind(a) is not Kind.PERSON}
            # (a venue only between partners: "Sudan and Chad sat down for talks in Doha"; "will
            # meet Li in Beijing" is upon China too)
            talked_of = _talk_topics(ctx, trigger, venues=mutual or len(bodies) > 1)
            if talked_of and (mutual or len(bodies) > 1 or any(t not in talked_of for t in targets)):
                targets = [t for t in targets if t not in talked_of]
        for agents in agent_groups:
            agents = [a for a in dict.fromkeys(agents) if ctx.kind(a) in ACTORS]
            if not agents:
                continue
            # An official does not act upon the state they serve: "Defence Minister Singh warned
            # that New Delhi would not tolerate ..." has no target in India; nor a party's member
            # upon its state named bare. But a party is not its state's government: "the Tories
            # accused the government" acts upon the state named by its government.
            own = ctx.own_states(agents)
            served = ctx.served(agents)
            # (an insider's own government is no target; its parliament or courts are:
            # "apologised to MPs", "attacked the decision by Britain's highest court")
            outside = ctx.out_of_office(agents) if code[:2] in ("11", "12") else set()
            governed = {
                t
                for t in targets
                if t in ctx.bodies
                and (t not in ctx.explicit or (t in outside and ctx.bodies[t][0] == "GOV"))
                and (t not in served or ctx.bodies[t][0] != "GOV" or t in outside)
            }
            if not [a for a in agents if a not in governed]:
                governed = set()  # "the government failed to recognise ...": the body is the actor
            governed |= {t for t in targets if t in ctx.judged_rulers and t not in agents}
            # A state acts upon its own people named apart from it: "Turkey will allow Turkish
            # Kurd refugees to return", "Museveni banned Ugandan opposition candidates"; it does
            # not meet, visit or cooperate with them ("visiting the Pakistani community in
            # Manchester" is a visit to Britain)
            acting_side = {t.i for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
            if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj"):
                # "The British public has pledged £76m in aid": the verb's subject is the doer
                verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
                acting_side |= {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
            people = {
                k
                for k, at in ctx.peoples.items()
                if any(i not in acting_side for i in at) and code[:2] not in PARTNER_ROOTS
            }
            tg = [
                t
                for t in dict.fromkeys(targets)
                if (
                    (t not in agents and t not in own) or t in governed or t in people or t in ctx.own_parties
                )
                and ctx.kind(t) in ACTORS
            ]
            if author_keys:
                # "refused to publish Lord X's advice": its author is not the one refused; whom
                # the trigger names itself still is ("urged Lord X to publish his advice")
                asked = {
                    k
                    for c in trigger.children
                    if c.dep_ in ("dobj", "dative", "iobj")
                    and c.lemma_.lower() not in _DOCUMENTS_OR_PUBLISHING
                    for k in ctx.entities(c)
                }
                tg = [t for t in tg if t not in author_keys or t in asked]
            if code[:2] in ("02", "10"):
                # "called for the release of the Iranian diplomats", "appealed for Iraqi women
                # prisoners to be freed": those to be freed are not the ones asked to free them
                freed = ctx.freed(trigger)
                tg = [t for t in tg if t not in freed]
            made = False  # the act's one target was a body it proposes: an act upon no one
            if tg:
                # "Britain's proposal for an International Finance Facility", "proposed the
                # creation of a European Defence Union": a body still to be made is the content of
                # the act, not one acted upon
                proposed = ctx.proposed(trigger)
                made = all(t in proposed for t in tg)
                tg = [t for t in tg if t not in proposed]
            if governed:
                agents = [a for a in agents if a not in governed]
            if code[:3] == "042":
                # "visit the Pakistani community in Manchester", "visited British troops in
                # Iraq": people or a body of a state visited where they are, a visit to that
                # place's state
                tg = [t for t in tg if t not in ctx.peoples or t in ctx.explicit]
                if tg and not any(t in ctx.explicit for t in tg):
                    tg = [t for t in ctx.place_states(trigger) if t not in agents and t not in own] or tg
            if not tg and code[:3] == "042":
                # "visited Marseille in France", "will visit Aceh in Indonesia": the host state
                tg = [t for t in ctx.place_states(trigger) if t not in agents and t not in own]
            if code[:3] == "042":
                # "touring Africa", "a visit to Europe": a continent or region visited, with any
                # state visited too ("visits France and Africa"; not "arrived in Delhi": the
                # place it happened in)
                tg += [d for d in ctx.destinations if d not in tg and d not in agents]
            if code[:2] in ("03", "04") and trigger.lemma_.lower() in VISITING:
                # "travelled to Leeds to support candidates X and Y", "during a visit to back Tory
                # hopeful X": the people the trip is made for are whom it is upon
                tg += [
                    k
                    for h in _trip_purpose(trigger)
                    for k in ctx.entities(h, kinds=(Kind.PERSON,))
                    if k not in tg and k not in agents
                ]
            # a state's people or armed men (not its forces): they may act upon their own state
            uprising = all(
                (ctx.details.get(a) or (None, None))[0] in _CIVIL_OR_IRREGULAR
                or (code[:2] in FORCE_ROOTS and ctx.armed_group(a))
                for a in agents
            )
            if not tg and code[:2] in FORCE_ROOTS:
                tg = ctx.struck_sides(trigger, agents, own, uprising)
            if not tg and code[:2] in PLACE_ROOTS:
                # "staged a protest in Moscow": the state of the place acted upon; a domestic
                # protest, arrest or curfew is upon the agent's own state ("Chinese police
                # arrested students in Beijing"), a deployment at home upon no one; an attack
                # by armed men at home upon their state ("gunmen killed four policemen at a
                # checkpoint in Quetta")
                tg = [
                    t
                    for t in ctx.place_states(trigger)
                    if code[:2] in DOMESTIC
                    or (t not in agents and t not in own)
                    or (uprising and code[:2] in FORCE_ROOTS)
                ]
            if not tg and code[:2] in FORCE_ROOTS:
                # "opened fire on a police patrol in Khyber": the state of the unnamed spot hit
                tg = [t for t in ctx.spot_states(trigger) if (t not in agents and t not in own) or uprising]
            if not tg and (code[:2] in FORCE_ROOTS or code[:3] == WITHDRAWAL):
                # "shelled residential areas of Kharkiv", "dropped bombs on Aleppo", "withdrew
                # from the city of Kherson": the state of the city or region hit or left
                tg = [t for t in ctx.struck_places(trigger) if (t not in agents and t not in own) or uprising]
            if not tg and code[:2] == PROTEST:
                # "Palestinian prisoners in Israeli jails began a hunger strike": people a state
                # holds protest against the state holding them
                tg = [
                    k
                    for i in sorted(acting_side)
                    if ctx.doc[i].lemma_.lower() in DETENTION
                    and ctx.doc[i].head.lower_ in ("in", "at", "under")
                    for k in ctx.entities(ctx.doc[i], kinds=(Kind.STATE,))
                    if k not in agents
                ]
            if not tg and code[:2] == PROTEST and not locations:
                # "Indonesian students staged demonstrations": people of a state protesting with
                # no one named protest at home, upon their own state (its government)
                tg = [
                    a
                    for a in agents
                    if ctx.kind(a) is Kind.STATE and (ctx.details.get(a) or (None, None))[0] in CIVIL
                ]
            if not tg and (code[:2] == PROTEST or code[:2] in FORCE_ROOTS):
                # "Protesters in Nairobi threw stones at Kenyan police", "Taliban fighters attacked
                # an Afghan army checkpoint": a state's people or armed men act upon their own
                # state's forces or government, named apart from them
                tg = [
                    t
                    for t in dict.fromkeys(targets)
                    if uprising and ctx.kind(t) is Kind.STATE and (t in own or t in agents)
                ]
            if (
                not tg
                and code[:2] in ADDRESSED_ROOTS
                and _addresses_rulers(trigger, self.words.home_bodies)
                and all(
                    ctx.kind(a) is Kind.STATE and (ctx.details.get(a) or (None, None))[0] in CIVIL
                    for a in agents
                )
            ):
                # "Venezuela's opposition called on the government to free ...", "Kenyan students
                # appealed to the authorities": a state's people ask, demand of or blame their own
                # state's government (CAMEO's VENOPP -> VENGOV)
                tg = list(agents)
            if code[:2] == POSTURE and all(t in agents or t in own for t in tg):
                # "put its forces on alert after China sent warships", "citing a rise in Chinese
                # military activity", "mobilised troops amid the dispute with Guyana": the state
                # whose act the show of force answers (not its own forces)
                tg = [k for k in _provoked_by(ctx, trigger) if k not in agents and k not in own] or tg
            if not tg and (code[:2] == AID[:2] or code[:3] in AID_INTENTS):
                # "pledged 50 million euros in aid for Lebanon", "donated medical supplies to Gaza
                # hospitals", "allowed aid trucks into northern Gaza": the state of the recipient
                # named in the object's "for / to / into" phrase
                tg = [k for k in ctx.recipients(trigger) if k not in agents and k not in own]
            if not tg and code[:2] not in PARTNER_ROOTS:
                tg = ctx.own_people(trigger, agents, own, force=code[:2] in COERCION_ROOTS)
            if not tg and code[:2] in ASKED_TALKS_ROOTS:
                # "called for talks with India", "proposed negotiations with Turkey", "sought a
                # summit with Afghanistan": the one the talks asked for or offered would be with
                tg = [k for k in ctx.talks_partners(trigger) if k not in agents and k not in own]
            if not tg and code[:2] not in FORCE_ROOTS:
                # "laid a wreath in Hanoi on Monday, the first day of a state visit to Vietnam",
                # "announced during a visit to Beirut", "Visiting Korean President X said in
                # Hanoi": an act done on a visit is upon the host state
                tg = [k for k in ctx.visited(trigger) if k not in agents and k not in own]
            # "the House of Lords" and its state are one partner, not two meeting each other
            whole = own | {ctx.found.part_of[a] for a in agents if a in ctx.found.part_of}
            # (but an armed group is no part of its state's side: "the Sudanese army and the Rapid
            # Support Forces met")
            whole -= {ctx.found.part_of[a] for a in agents if a in ctx.found.part_of and ctx.listed_group(a)}
            partners = [a for a in agents if a not in whole]
            if not tg and all(a in ctx.speakers for a in agents):
                continue  # '"We welcome a debate," he said': words of a group, no act upon anyone
            if negated and all(a in ctx.speakers for a in agents):
                continue  # '"I don't blame his mother"', '"I don't rule out his return"': nothing done
            if (
                needs_target
                and not tg
                and not made
                and not sited
                and (len(partners) < 2 or (code not in JOINT and not mutual))
            ):
                continue  # "helped push the dollar lower", "cut the deficit": no one acted upon
            meant = refine(
                code,
                trigger,
                self.words,
                # a party, like a politician, attacks with words ("Labour attacked the Tories")
                people_only=all(ctx.kind(a) is Kind.PERSON or a in ctx.partisan(agents) for a in agents),
                person_target=any(ctx.kind(t) is Kind.PERSON for t in tg),
                state_target=any(ctx.kind(t) is Kind.STATE and t not in ctx.partisan(tg) for t in tg),
                state_agent=any(ctx.kind(a) is Kind.STATE for a in agents),
                # "the Tories warned ministers not to ...": no state but the agents' own
                domestic=not any(ctx.kind(a) is Kind.STATE for a in agents)
                and not any(ctx.kind(t) is Kind.STATE and t not in own | ctx.home_of(agents) for t in tg),
                own_act=self._warner_acts(ctx, trigger, agents, own),
                # the UN's envoy, the WHO, a central bank: a warner that serves no state
                advisory=bool(agents)
                and not any(ctx.kind(k) is Kind.STATE for k in (*agents, *ctx.own_states(agents)))
                and not any(ctx.armed_group(a) or ctx.is_party(a) for a in agents),
            )
            if meant == NO_EVENT:
                continue  # a blow told of a game ("hammered Argentina 3-0")
            if not tg and meant[:2] == "13":
                # "warned of a crushing response to any Israeli attack", "would smash any attempt
                # by Taiwan to ...": the one whose defiance the threat answers
                tg = [k for k in _defiers(ctx, trigger) if k not in agents and k not in own]
            if not tg and (meant[:2] == "12" or negated):
                # "would not apologise even if the prime minister asked": whom the refusal answers
                tg = [k for k in _askers(ctx, trigger) if k not in agents and k not in own]
            if meant[:2] in FORCE_ROOTS:
                irregular = any(
                    (ctx.details.get(a) or (None, None))[0] in IRREGULAR or ctx.armed_group(a) for a in agents
                )
                meant = unconventional(meant, trigger, self.words, irregular=irregular)
                meant = self._private_force(ctx, meant, trigger, agents, tg)
                meant = _weapon_code(meant, trigger)
                if not meant.startswith(BOMBING) and _mass_killing(trigger):
                    meant = MASS_KILLING  # (a bombing that kills many stays a bombing)
            if (
                meant[:2] == "07"
                and trigger.lemma_.lower() in ("help", "assist")
                and tg
                and all(
                    t in ctx.partisan(tg) or t in ctx.found.parties or ctx.kind(t) is Kind.PERSON for t in tg
                )
            ):
                continue  # "out to help UKIP take Britain out", "helped Mr Smith win": support, no aid
            if meant[:2] == "07" and _evacuating_nationals(trigger):
                continue  # "troops to help evacuate UK citizens from Ivory Coast": no aid to Ivory Coast
            if meant[:3] in ("173", "084") and not self._can_arrest(ctx, agents) and not _legal(trigger):
                # "Lucy tracked down Mr Pound", "freed Tom from the car": no private arrest or release
                continue
            # (also when one phrase names both states: "Greek and Turkish officials met",
            # "Indian and French warships held joint exercises"; not "the two sides", whoever
            # they were read as)
            # ("Delegations from the Sudanese army and the Rapid Support Forces met": a state and
            # an armed group named in one phrase are two sides too)
            # (parties named together are views told together: "all the parties agree ...")
            sides = mutual or (
                joint
                and all(
                    ctx.kind(a) is Kind.STATE or (ctx.kind(a) is Kind.ORGANIZATION and not ctx.is_party(a))
                    for a in partners
                )
            )
            if (
                sides
                and not tg
                and len(partners) > 1
                and code[:3] != MEDIATE
                and not ctx.others_named(trigger, code)
            ):
                tg = partners  # with each other
                # "President Lula of Brazil and President Lagos of Chile signed the deal",
                # "Russia's Gazprom and China's CNPC signed a deal": the leaders or firms of two
                # states act for them, so each state is the other's target too (one state's
                # people only: no state acted upon, "Blair and Straw met")
                states = ctx.states_acting(partners)
                if len(states) > 1:
                    agents += [s for s in states if s not in agents]
                    tg += [s for s in states if s not in tg]
            elif joint and tg and len(partners) > 1 and all(ctx.kind(a) is Kind.STATE for a in partners):
                # "The two countries signed a deal between Russia's Gazprom and China's CNPC":
                # the parties are the agents' own firms or people, the states each other's target
                states = ctx.states_acting(tg)
                if (
                    states
                    and all(s in partners for s in states)
                    and not any(ctx.kind(t) is Kind.STATE for t in tg)
                ):
                    tg += [s for s in partners if s not in tg]
            if not tg and meant[:2] in DOMESTIC and code[:2] not in PLACE_ROOTS:
                tg = ctx.place_states(
                    trigger
                )  # "thousands protested in Warsaw" (a complaint read as a protest)
            if meant[:2] in ("11", "12"):
                # "condemned the sentencing of a German aid worker in Belarus", "the arrest of a
                # British journalist by Iranian police": a judgement of an act done to people is
                # upon whoever did it (named by "by", its possessor or the state it was done in),
                # not upon the people it was done to
                doers = _doers_of_judged_act(ctx, trigger)
                if doers:
                    tg = [d for d in doers if d not in agents and d not in own]
            if meant[:2] == "06":
                # "has been sharing intelligence on Islamic State fighters with Iraq": the side
                # cooperated with is named by "with"; what is shared is about the "on" phrase's
                topics = [
                    o
                    for obj in trigger.children
                    if obj.dep_ == "dobj"
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                    for o in _prep_objects(p)
                ]
                # (the parser may hang the "with" on the topic's noun: "on X fighters with Iraq")
                sides_at = [
                    *_partner_phrases(trigger, meant),
                    *(
                        w
                        for o in topics
                        for p in o.children
                        if p.dep_ == "prep" and p.lower_ == "with"
                        for w in _prep_objects(p)
                    ),
                ]
                with_sides = [k for tok in sides_at for k in ctx.entities(tok) if k not in agents]
                if with_sides:
                    about = {k for o in topics for k in ctx.entities(o) if k not in with_sides}
                    tg = [*dict.fromkeys([*with_sides, *(t for t in tg if t not in about)])]
            if not tg and meant[:3] == CLAIM_RESPONSIBILITY:
                # "Boko Haram claimed responsibility for an attack on a Nigerian army convoy",
                # "for Tuesday's car bombing in Mogadishu": the claim is upon whom the act claimed
                # was done to, else the state where it was done
                # (an attack at home is upon the group's own state: "Somalia's al-Shabaab")
                tg = [
                    k for k in _claimed_act_upon(ctx, trigger) if k not in agents or ctx.kind(k) is Kind.STATE
                ]
            if not tg and meant[:3] in HOME_MEASURES:
                # "Burundi imposed a curfew on its capital", "Sri Lanka's president declared a
                # state of emergency", "Cameroon banned the main opposition party": a curfew,
                # emergency rule or a ban is upon the state's own people when no one else is named
                homes = {k for k in (*agents, *own) if ctx.kind(k) is Kind.STATE}
                if len(homes) == 1:
                    tg = sorted(homes)
            # (one side acting: "France and Spain signed an agreement with Morocco", "Egypt and
            # Israel exchanged prisoners with Hamas" are two on one side, not each other's partners)
            # (and an act in an infinitive is one side's intent, offer or refusal: "is ready to
            # negotiate with Israel", "agreed to sign a deal with Japan"), as is one planned: "will
            # start accession talks with Croatia" is the EU's intent (036)
            one_side = (
                len([a for a in agents if a not in own]) <= 1
                and not _infinitive(trigger)
                and mode not in (Modality.PLANNED, Modality.INTENDED)
            )
            if (meant[:3] in MUTUAL or trigger.lemma_.lower() in RECIPROCAL) and tg and one_side:
                # "Laos signed a trade agreement with Thailand", "X met Y", "held talks with his
                # Japanese counterpart", "clashed with Hezbollah fighters": the partner of a
                # two-sided act is as much its doer as in "X and Y met" (each an agent, each the
                # other's target)
                joined = [
                    k
                    for tok in _partner_phrases(trigger, meant)
                    for k in ctx.entities(tok)
                    if k in tg and k not in agents
                ]
                if joined:
                    tg = [*tg, *(a for a in agents if a not in tg)]
                    agents = [*agents, *joined]
            event = _Event(meant, trigger, agents, tg, list(dict.fromkeys(locations)), negated, mode, date)
            event.details = {k: ctx.details[k] for k in (*agents, *tg) if k in ctx.details}
            event.details.update({k: ctx.bodies[k] for k in governed if k in tg})  # named as a target
            if meant[:2] in FORCE_ROOTS and set(agents) & set(tg):
                # "gunmen killed 13 police officers in Michoacan", "insurgents killed six Nigerian
                # soldiers": the state's armed men at home upon its police or soldiers, as the
                # victims are named (COP, MIL), not as their attackers
                for victim in (*_casualties(trigger), *_struck_nouns(trigger)):
                    sector, mention = ctx.describe(victim)
                    if sector is not None and mention:
                        for k in set(agents) & set(tg):
                            event.target_details.setdefault(k, (sector, mention))
            ctx.events.append(event)
            yield event

    def _can_arrest(self, ctx: _Context, agents: list[str]) -> bool:
        """Someone who can arrest, detain or charge: a state, a body, an armed group, or a person
        with an office (a sector, a state served); not a private person."""
        for agent in agents:
            if ctx.kind(agent) is not Kind.PERSON:
                return True
            if (ctx.details.get(agent) or (None, None))[0] is not None:
                return True
            if any(ctx.kind(k) in (Kind.STATE, Kind.ORGANIZATION) for k in ctx.served([agent])):
                return True
            if any(c.entity == agent and c.role for c in ctx.found.claims):
                return True  # "Home Secretary Charles Clarke detained ...": an office holder
        return False

    def _warner_acts(self, ctx: _Context, trigger: Token, agents: list[str], own: set[str]) -> bool:
        """The clause a warning says has the warner's side as its subject: "Iran warned that it
        would ...", "warned that its army would ...", "Turkey's president warned that Turkish
        troops would ..." (the subject names, or is modified by, an agent or the agents' state)."""
        if trigger.lemma_.lower() not in ("warn", "caution"):
            return False
        side = set(agents) | own | ctx.home_of(agents)
        for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if subj.lower_ in ("it", "we"):
                return True  # "warned that it would", "we will": the warner itself
            # (not a party of the warner's state: "Hain warned that the Tories would cut ...")
            named = ctx.entities(subj) + ctx.modifier_entities(subj)
            if any(k in side for k in named):
                return True
            if any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in subj.children):
                return True  # "its army", "our forces"
            if subj.lemma_.lower() in ("minister", "government") and any(
                c.entity in agents
                and c.role
                and c.role.split()[-1] in ("secretary", "minister", "chancellor")
                and not c.role.startswith("shadow")
                for c in ctx.found.claims
            ):
                return True  # "ministers would not rule out ...", a secretary of state warned
        return False

    def _private_force(
        self, ctx: _Context, code: str, trigger: Token, agents: list[str], targets: list[str]
    ) -> str:
        """Force by private persons upon persons is CAMEO's assault (18x), not a military's
        (19x): "Peter Jones killed John Smith" is 1823 Kill by physical assault, "stabbed"
        182; an armed body ("Israeli soldiers") or an act upon a state stays 19x."""
        if code[:2] != "19" or not agents:
            return code
        if (
            all((ctx.details.get(a) or (None, None))[0] in CIVIL and not ctx.armed_group(a) for a in agents)
            and trigger.lemma_.lower() not in COMBAT
        ):
            # "Israeli settlers attacked Palestinian villagers", "a Slovak pensioner opened fire on
            # the prime minister": a state's civilians wage no war; their violence is assault (18x)
            return "1823" if trigger.lemma_.lower() in KILLING else "182"
        if any(
            ctx.kind(a) is not Kind.PERSON or (ctx.details.get(a) or (None, None))[0] in GOVERNING
            for a in agents
        ):
            return code
        if any(ctx.kind(t) is not Kind.PERSON for t in targets):
            return code
        return "1823" if trigger.lemma_.lower() in KILLING else "182"


#: CAMEO 202 Engage in mass killings: the killing of large numbers of non-combatants.
MASS_KILLING = "202"
#: The people killed en masse that are no combatants ("hundreds of civilians", "300 villagers").
NON_COMBATANTS = frozenset(
    {
        "civilian",
        "villager",
        "resident",
        "refugee",
        "worshipper",
        "pilgrim",
        "inhabitant",
        "people",
        "woman",
        "child",
    }
)
#: Counts that are large numbers in themselves.
MASS_COUNTS = frozenset({"hundreds", "thousands"})
#: CAMEO 183 Conduct suicide, car, or other non-military bombing.
BOMBING = "183"


def _mass_killing(trigger: Token) -> bool:
    """ "killed hundreds of civilians", "massacred 300 villagers", "more than 200 civilians were
    killed": a verb of killing upon a hundred or more non-combatants; not soldiers or fighters,
    not dozens, not a number with no people ("killed 200")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _KILLING_VERBS:
        return False
    for victims in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
        people, count = victims, None
        if victims.lower_ in MASS_COUNTS or victims.like_num:
            people, count = _counted(victims) or victims, victims
        else:
            count = next((c for c in victims.children if c.dep_ == "nummod"), None)
        if count is None or people.lemma_.lower() not in NON_COMBATANTS:
            continue
        if count.lower_ in MASS_COUNTS:
            return True
        digits = count.text.replace(",", "")
        if digits.isdigit() and int(digits) >= 100:
            return True
    return False


#: Verbs of war between armed forces: civilians said to do them are fighters ("villagers
#: fought off the rebels" stays fighting).
COMBAT = frozenset({"fight", "shell", "bomb", "bombard", "invade", "occupy", "blockade", "besiege"})


#: The parts of speech :meth:`EventExtractor._sentence` reads a trigger from, and the
#: dependency and tag of a predicative word (``_predicative``) whatever its part of speech: every
#: rule there asks for one of them (a rule for another kind of token must add it here).
TRIGGER_POS = ("VERB", "AUX", "ADJ", "NOUN", "PROPN")
TRIGGER_DEPS = ("acomp",)
TRIGGER_TAGS = ("VBN",)


def _verbs_coded_by_name(lex: Lexicon, words: WordLists) -> frozenset[str]:
    """Every verb a rule of :meth:`EventExtractor._code_rule` or :meth:`EventExtractor._verbal`
    names by its lemma, with the lexicon's: these may be coded in any sentence (see
    :meth:`EventExtractor._may_code`). A new rule that codes verbs it names must add them here,
    or the verbs that nothing else codes never reach it (tests/test_events_speed.py checks the
    words the two methods name)."""
    # (an idiom's verb is coded only with its particle or noun: see ``_idiom_cue``)
    named = {key.split("_")[0].split("+")[0] for key, rules in lex.rules.items() if rules[0].pos != IDIOM}
    named |= REBUFFING | DECLINING | DISMISSING_VERBS | PROPOSING | INSISTING | REQUESTING | VOICING
    named |= IDIOM_VERBS | PERMITTING | THREAT_FRAME_VERBS | VOWING | PARRYING
    named |= HANDING_MONEY | REBUTTING | SCOFFING | CALLING | words.sending
    named |= _goods_table()[0]  # "airlifted tents to Pakistan", "shared intelligence with" (_goods_sent)
    named |= THREAT_HEADS  # "dangled the threat of", "vowed that ... would" (see `_threat_heads`)
    named |= {"plead", "release", "free", "hold", "keep", "speak", "talk", "chat", "confer", "ask"}
    named |= {"question", "wonder", "accept"}
    named |= SELF_OFFERING  # "put itself forward as a mediator" (see `offered_as_mediator`)
    named |= PROMISES_TOLD  # "volunteered to", "undertook to", "assured X that it would"
    named |= RECEIVING_OF  # "secured the support of Romania" (see `_received_code`)
    named |= SANCTIONING_VERBS  # "punished X with an arms embargo" (see `_economic_measure`)
    named |= VERDICT_VERBS  # "declared the proposal unacceptable" (see `_rejecting_verdict`)
    named |= RULING_VERBS | {verb for verb, _ in RULING_OUT}  # "quashed the conviction" (_court_ruling)
    named |= SPEAKING_OF | WORDS_CARRIERS  # "spoke highly of X", "had warm words for X" (_words_for)
    # (verbs of saying, planning, intent, refusal and thought are coded only by a pattern of the
    # dictionary or a multi-word entry: "declared martial law", "is considering sanctions")
    return frozenset(named)


#: Words of a role held outside a state's government: its opposition, its past officeholders.
OUT_OF_OFFICE = frozenset({"opposition", "former", "shadow", "ex", "exiled", "dissident"})
#: Nouns of shots one draws from others: "drew fire from the unions" (words unless they are armed).
FIRE_NOUNS = frozenset({"fire", "flak"})
#: Verbs of drawing shots upon oneself: "drew / attracted / took flak from X".
DRAWING_FIRE = frozenset({"draw", "attract", "take", "face"})


def _fire_drawn(noun: Token) -> Token | None:
    """The verb of "drew / attracted fire from X" whose object is ``noun``, with its "from" named."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING_FIRE:
        return None
    if any(p.dep_ == "prep" and p.lower_ == "from" for h in (noun, verb) for p in h.children):
        return verb
    return None


def _volley_of(noun: Token) -> Token | None:
    """The noun of quantity whose "of" ``noun`` is, as a verb's object: "(unleashed) a barrage of
    criticism", "(directed) a stream of abuse"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    volley = noun.head.head
    if volley.lemma_.lower() in VOLLEY_NOUNS and volley.dep_ in ("dobj", "attr"):
        return volley
    return None


#: Prepositions of whom a campaign or a volley is aimed at.
AIMED_PREPS = frozenset({"against", "on", "at", "upon"})
#: Nouns of a campaign of attack one goes "on": "went on the offensive against X" (words unless armed).
OFFENSIVE_NOUNS = frozenset({"offensive", "attack", "warpath"})


def _on_the_offensive(verb: Token) -> Token | None:
    """ "went on the offensive / attack / warpath": the campaign of attack the verb's "on" names."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on" and _lemma(campaign := _pobj(c)) in OFFENSIVE_NOUNS:
            return campaign
    return None


#: Objects of "take" that pick a quarrel with someone: "took issue with the Commission" (111).
QUARRELS = frozenset({"issue"})
#: Verbs a rule codes by name only beside a word of its own in the sentence: "said no to", "took issue with".
CUED_VERBS = {
    "say": ("no",),
    "take": ("issue",),
    # "went after X", "went on the offensive", "turned on X" (BLOWS_IN_WORDS, `_on_the_offensive`)
    "go": ("after", *sorted(OFFENSIVE_NOUNS)),
    "turn": ("on",),
}
#: Blows of common verbs with a preposition or particle, dealt in words as often as by hand: a force
#: code the meaning rules keep only with a weapon, an armed actor or a place hit, else criticism.
#: (Not lexicon rows: a lexicon verb is a trigger of its own, and every "go" and "turn" in a quote
#: would then be read as the quote's event.)
BLOWS_IN_WORDS = {("go", "after"): "180", ("turn", "on"): "180"}


def _bare_may_code(entry: Entry, words: WordLists) -> bool:
    """Whether the verb dictionary's entry alone, with no pattern matched, may give
    :meth:`EventExtractor._code_rule` a code: an act (not 014, 017, none) of a multi-word
    verb, a rejected settlement, force; criticism of a verb that is not generic; the verb's
    own meaning, of a verb neither generic nor light, other than a statement (01)."""
    code = entry.code
    if code is None or code.startswith(NO_INTERACTION):
        return False
    if entry.extra or code[:3] == REJECT_SETTLEMENT or code[:2] in FORCE_ROOTS:
        return True
    if entry.reverse or entry.lemma in words.generic_verbs:
        return False
    if code[:3] in CRITICISM_BLOCKS:
        return True
    return (entry.own or entry.head) and entry.lemma not in words.light_verbs and not code.startswith("01")


def _trigger_word_set(lex: Lexicon, words: WordLists, nominalized: dict[str, str]) -> frozenset[str]:
    """Every word :meth:`EventExtractor._sentence` hands a token other than a verb to a rule
    for, as the token's lower-case lemma or its lower-case form: a token that is neither (and
    no verb) reaches no rule. A new rule there for tokens of other words adds them here."""
    from .meaning import COMMENTING

    found = set(lex.starts) | {key.split("_")[0].split("+")[0] for key in lex.rules}
    found |= words.say | words.refusal | words.comment_verbs | COMMENTING | PRESSED | NO_COMMENT_VERBS
    found |= OPEN_TO  # "was open to mediating" (see EventExtractor._open_to)
    found |= WELCOMING  # "would welcome talks with China" (see meaning.welcomed_offer)
    found |= ANSWERING | READY | READINESS_NOUNS | WANTING | DISMAYING | DISMISSING_VERBS | PLAN_WORDS
    found |= POSTURES | WORKING_WITH | HONOURING | INTRODUCING | set(GIVEN_PROMISES) | FIRE_NOUNS
    found |= VISIT_PURPOSES  # "was in Ankara for talks" (_stay_visit)
    found |= PERMITTING | IDIOM_VERBS | THREAT_FRAME_VERBS | VOWING | KEEPING | PARRYING | RECEIVING_OF
    found |= FINDING | SPEAKING_ABROAD | SPEECH_GIVING | UNAVAILABLE | THREAT_HEADS
    found |= lex.classes.get("@scorning", frozenset())  # "a torrent of abuse" (see EventExtractor._nominal)
    found |= SPEAKING_OF | WORDS_CARRIERS  # (see EventExtractor._words_for)
    found |= SAYING_TO | BRIEFING  # "explained to MPs that ...", "briefed peers on" (_addressed_words)
    found |= WRITING | DRAFTING  # "sent a letter to X", "prepared a memo for X" (_message_sent)
    return frozenset(found | set(nominalized))


class _TriggerWords:
    """The words of :func:`_trigger_word_set`, and for each spaCy string id met so far whether
    its lower-case string is one of them (read once per string, not once per token)."""

    __slots__ = ("_known", "words")

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self._known: dict[int, bool] = {}

    def keep(self, doc: Doc, wanted: list[bool], pos: numpy.ndarray, words: numpy.ndarray) -> None:
        """Unmark in ``wanted`` the tokens other than verbs whose lemma and form are no trigger
        word (``pos``: the POS column of the doc's array; ``words``: its LEMMA and LOWER)."""
        from spacy.parts_of_speech import IDS

        verb = IDS["VERB"]
        known = self._known
        strings = doc.vocab.strings
        lemmas, lowers = words[:, 0].tolist(), words[:, 1].tolist()
        for i, p in enumerate(pos.tolist()):
            if not wanted[i] or p == verb:
                continue
            for h in (lemmas[i], lowers[i]):
                hit = known.get(h)
                if hit is None:
                    hit = known[h] = strings[h].lower() in self.words
                if hit:
                    break
            else:
                wanted[i] = False


def _trigger_tokens(ctx: _Context, sent: Span) -> Iterator[Token]:
    """The tokens of ``sent`` that may make a trigger, in order; the others (determiners,
    prepositions, punctuation: about half the words) are never made Tokens."""
    wanted = ctx.trigger_candidates()
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if wanted[i]:
            yield doc[i]


@functools.cache
def _string_ids(strings: tuple[str, ...]) -> numpy.ndarray:
    """The spaCy string ids of ``strings``."""
    from spacy.strings import get_string_id

    return _ids(get_string_id(s) for s in strings)


@functools.cache
def _trigger_ids(
    pos: tuple[str, ...], deps: tuple[str, ...], tags: tuple[str, ...]
) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The spaCy ids of the parts of speech, dependencies and tags a trigger rule reads."""
    from spacy.parts_of_speech import IDS

    return (
        _ids(IDS[p] for p in pos),
        _string_ids(deps),
        _string_ids(tags),
    )


def _ids(values: Iterable[int]) -> numpy.ndarray:
    """The ids as an array of the type ``Doc.to_array`` gives (compared with no float cast)."""
    import numpy

    return numpy.array(list(values), dtype=numpy.uint64)


@functools.cache
def _quote_ids() -> numpy.ndarray:
    """The spaCy string ids of the tokens that open or close a quotation."""
    import numpy
    from spacy.strings import get_string_id

    ids = sorted(get_string_id(s) for s in QUOTE_OPEN | QUOTE_ONLY_CLOSE)
    return numpy.array(ids, dtype=numpy.uint64)


def _quotation_marks(doc: Doc) -> list[bool]:
    """For each token, whether it is inside a quotation (see :meth:`_Context.quoted`). Only the
    quote marks and the line breaks change that: they are found in the doc's arrays, and only
    they are read as tokens."""
    import numpy
    from spacy.attrs import IS_SPACE, ORTH

    table = doc.to_array([ORTH, IS_SPACE])
    if not len(table):
        return []
    at = numpy.flatnonzero((table[:, 0:1] == _quote_ids()).any(axis=1) | (table[:, 1] != 0))
    inside = False
    marks: list[bool] = []
    for i in at.tolist():
        marks.extend([inside] * (i - len(marks)))  # the words since the last mark keep the state
        t = doc[i]
        if t.text in QUOTE_OPEN:
            before = doc[i - 1] if i > 0 else None
            # a straight quote set off before and attached after opens: '... plans. "With'
            set_off = before is None or before.is_space or bool(before.whitespace_)
            opens = set_off and not t.whitespace_
            # ... and one attached before and set off after closes, a stray one too:
            # 'sergeant" for terrorists".'
            after = doc[i + 1] if i + 1 < len(doc) else None
            closes = not set_off and (bool(t.whitespace_) or after is None or after.is_punct)
            inside = (t.text in QUOTE_ONLY_OPEN or opens) or (not closes and not inside)
        elif t.text in QUOTE_ONLY_CLOSE or (t.is_space and "\n" in t.text):
            inside = False
        marks.append(inside and t.text not in QUOTE_OPEN)
    marks.extend([inside] * (len(table) - len(marks)))
    return marks


@dataclass
class _Context:
    doc: Doc
    found: DocEntities
    lex: Lexicon
    words: WordLists
    events: list[_Event] = field(default_factory=list)
    _served: dict[str, set[str]] | None = None
    _outside: dict[str, set[str]] | None = None  # states a person is tied to only out of office
    _dates: dict[int, list[Span]] | None = None
    _genders: dict[str, str] | None = None
    _journalists: set[str] | None = None  # persons named as journalists or presenters (see journalist)
    _quoted: list[bool] | None = None
    #: sentence start -> its verbs of saying outside quotations (see quotation_speakers)
    _speech_verbs: dict[int, list[Token]] = field(default_factory=dict)
    _sentences: Sentences | None = None
    _story: list[tuple[int, str]] | None = None  # (mentions, key) of the persons of the lead
    _doc_speakers: set[str] | None = None  # persons named as the subject of a verb of saying
    _candidates: list[bool] | None = None
    _described: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)  # see describe
    _lower_words: set[int] | None = None
    #: the words a token other than a verb must be, as its lemma or as written, to make a
    #: trigger (see ``trigger_candidates``); None: every token of a trigger's part of speech
    trigger_words: _TriggerWords | None = None
    _governed: str | None = None
    _governed_named: bool = False  # the home state was only the state named most, no official
    _busy: set[int] = field(default_factory=set)
    _leaders: dict[str, str] | None = None  # party -> the one person named as its leader
    #: Speakers whose words before were testimony (see ``EventExtractor._charged_in_words``)
    testifiers: set[str] = field(default_factory=set)
    #: threats read as a structure (``EventExtractor._own_threat``): the tokens of the acts
    #: threatened (their own events are dropped) and the ids of the threat events made
    threatened: set[int] = field(default_factory=set)
    threat_events: set[int] = field(default_factory=set)
    threat_pending: list[_Event] = field(default_factory=list)
    #: the sentence's verbs a refusal frame may start from (see ``EventExtractor._refusal_frames``)
    refusal_candidates: list[Token] = field(default_factory=list)
    date: str | None = None
    #: Persons the knowledge base has in the home state's government, named with no office
    #: here, with where they are first named (see ``untitled_holder``).
    _untitled: dict[str, int] | None = None
    #: The sector and words each argument of the trigger at hand was named by (see ``_one``).
    details: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    #: States the trigger's arguments named by a body of theirs ("the government", "ministers"),
    #: with the sector and words of that body.
    bodies: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # home states whose government a critic outside it judged ("said ministers had been ...")
    judged_rulers: set[str] = field(default_factory=set)
    #: Entities the trigger's arguments named by their own name.
    explicit: set[str] = field(default_factory=set)
    #: Places the trigger goes to that belong to no state known here ("touring Africa", "a
    #: visit to Europe"): a visit's target when no state is.
    destinations: list[str] = field(default_factory=list)
    #: States the trigger's arguments named by a part of their people other than the state
    #: itself ("Turkish Kurd refugees", "Ugandan opposition candidates"), with the tokens.
    peoples: dict[str, list[int]] = field(default_factory=dict)
    #: States the trigger's subjects named only by a nationality word on an unnamed private
    #: person or a community ("a British terror suspect"): no agent (see ``private``).
    private_states: set[str] = field(default_factory=set)
    #: Speakers standing for a quotation's "we": they act only upon someone named.
    speakers: set[str] = field(default_factory=set)
    #: The actor's own party named by "the party", "party unity": acted upon though the actor's.
    own_parties: set[str] = field(default_factory=set)

    @property
    def sentences(self) -> Sentences:
        """Each token's sentence bounds, found once per document (see :class:`Sentences`)."""
        if self._sentences is None:
            self._sentences = Sentences(self.doc)
        return self._sentences

    def trigger_candidates(self) -> list[bool]:
        """For each token, whether its part of speech, dependency or tag is one a trigger rule
        reads (see :data:`TRIGGER_POS`), from the doc's arrays, once per document."""
        if self._candidates is None:
            from spacy.attrs import DEP, POS, TAG

            pos, deps, tags = _trigger_ids(TRIGGER_POS, TRIGGER_DEPS, TRIGGER_TAGS)
            table = self.doc.to_array([POS, DEP, TAG])
            # (each column against its few ids at once: 300 BBC articles 8.8 ms CPU, numpy.isin
            # 17.7 ms, a set lookup per row 14.4 ms)
            wanted = (
                (table[:, 0:1] == pos).any(axis=1)
                | (table[:, 1:2] == deps).any(axis=1)
                | (table[:, 2:3] == tags).any(axis=1)
            )
            self._candidates = wanted.tolist()
            if self.trigger_words is not None and len(table):
                # a token other than a verb makes a trigger only by its words (see _sentence)
                from spacy.attrs import LEMMA, LOWER

                self.trigger_words.keep(
                    self.doc, self._candidates, table[:, 0], self.doc.to_array([LEMMA, LOWER])
                )
        return self._candidates

    def sentence_dates(self, tok: Token) -> list[Span]:
        """The DATE entities of the token's sentence (``doc.ents`` read once per document)."""
        if self._dates is None:
            self._dates = {}
            for ent in self.doc.ents:
                if ent.label_ == "DATE":
                    self._dates.setdefault(self.sentences.start(ent.start), []).append(ent)
        return self._dates.get(self.sentences.start(tok.i), [])

    def begin(self) -> None:
        """Forget the arguments noted for the trigger before."""
        self.details = {}
        self.bodies = {}
        self.judged_rulers = set()
        self.explicit = set()
        self.destinations = []
        self.peoples = {}
        self.private_states = set()
        self.speakers = set()
        self.own_parties = set()

    def note_destinations(self, places: Iterable[str], trigger: Token) -> None:
        """Remember places gone to that lie in no state known here (continents, regions), when
        the trigger's sentence names them (not a place an object stands for elsewhere)."""
        sent = trigger.sent
        named = {self.found.entity_at(i) for i in range(sent.start, sent.end)}
        self.destinations += [
            p for p in places if p in named and p not in self.found.part_of and p not in self.destinations
        ]

    def served(self, agents: Iterable[str]) -> set[str]:
        """The states and organizations the agents are affiliated with in this document."""
        if self._served is None:
            self._served = {}
            for r in self.found.relations:
                if r.relation == "affiliated_with":
                    self._served.setdefault(r.source, set()).add(r.target)
        return set().union(*(self._served.get(a, set()) for a in agents))

    def out_of_office(self, agents: Iterable[str]) -> set[str]:
        """The states the agents are tied to only by a role outside their government: "the Greek
        opposition leader", "former Australian prime minister", "shadow chancellor" (the government
        of such a state is someone else's: "rounded on the Greek government" acts upon Greece)."""
        if self._outside is None:
            inside: dict[str, set[str]] = {}
            outside: dict[str, set[str]] = {}
            for r in self.found.relations:
                if r.relation == "affiliated_with":
                    words = set((r.role or "").lower().replace("-", " ").split())
                    (outside if words & OUT_OF_OFFICE else inside).setdefault(r.source, set()).add(r.target)
            self._outside = {k: v - inside.get(k, set()) for k, v in outside.items()}
        return set().union(*(self._outside.get(a, set()) for a in agents))

    def governed_home(self, officials: bool = False) -> str | None:
        """The state whose government a bare "the government" or "ministers" is: the state the
        document is about; else the state whose officials and bodies it names most (people
        serving it or its parties, its ministries and parliament), at least twice and twice
        any other; else,
        when it names no such official, the state it names twice as often as any other (or
        the one it names at all)."""
        if self.found.home is not None:
            return self.found.home
        if self._governed is None:
            votes: Counter[str] = Counter()
            partisan = True  # every official named serves a party, none the state itself
            for r in self.found.relations:
                if r.relation != "affiliated_with":
                    continue
                # people serving the state, or a party or body of it
                state = r.target if self.kind(r.target) is Kind.STATE else self.found.part_of.get(r.target)
                if state is not None and self.kind(state) is Kind.STATE:
                    votes[state] += len(self.found.entities[r.source].mentions)
                    partisan = (
                        partisan and self.kind(r.target) is Kind.ORGANIZATION and self.is_party(r.target)
                    )
            for key, ent in self.found.entities.items():
                state = self.found.part_of.get(key)
                if ent.kind is Kind.ORGANIZATION and state is not None and self.kind(state) is Kind.STATE:
                    words = ent.label.lower().split()
                    if sectors().sector(words) in ("GOV", "LEG"):
                        votes[state] += len(ent.mentions)
                        partisan = False
            ranked = votes.most_common(2)
            ok = ranked and ranked[0][1] >= 2 and (len(ranked) < 2 or ranked[0][1] >= 2 * ranked[1][1])
            # (only party people named, too few to tell: the state named most may tell)
            served = ranked[0][0] if ranked and not ok and partisan else None
            if not ok and (not ranked or served is not None):
                # no official named (or too few to tell: "Tory leader Michael Howard attacked the
                # government", named once): the state named most, twice as often as any other;
                # with officials named, only when it is the state they serve most
                votes = Counter()
                for key, ent in self.found.entities.items():
                    state = key if ent.kind is Kind.STATE else self.found.part_of.get(key)
                    if state is not None and self.kind(state) is Kind.STATE:
                        votes[state] += len(ent.mentions)
                named = votes.most_common(2)
                ok = bool(named) and (len(named) < 2 or named[0][1] >= 2 * named[1][1])
                ok = ok and (served is None or named[0][0] == served)
                ranked = named if ok or served is None else ranked
                self._governed_named = True
            self._governed = ranked[0][0] if ok else ""
        if officials and self._governed_named:
            return None  # "the first minister" is no office of a state merely named nearby
        return self._governed or None

    def home_of(self, speakers: Iterable[str]) -> set[str]:
        """The document's home state, when the speakers serve no other state: what a British
        politician says Britain must do is no demand upon Britain."""
        speakers = list(speakers)
        home = self.found.home
        if home is None or any(self.kind(s) is Kind.STATE and s != home for s in speakers):
            return set()
        served = {s for s in self.own_states(speakers) if self.kind(s) is Kind.STATE}
        return {home} if served <= {home} else set()

    def partisan(self, keys: list[str]) -> set[str]:
        """The political parties among ``keys`` and the states they stand for."""
        found = {k for k in keys if self.kind(k) is Kind.ORGANIZATION and self.is_party(k)}
        return found | {self.found.part_of[k] for k in found if k in self.found.part_of}

    def party_leader(self, key: str) -> str | None:
        """The one person the document names as a leader of this party ("Tory leader Michael
        Howard"), or None (no one, or several)."""
        if self._leaders is None:
            named: dict[str, set[str]] = {}
            for rel in self.found.relations:
                if rel.relation is Relation.AFFILIATED_WITH and rel.role and "leader" in rel.role.split():
                    named.setdefault(rel.target, set()).add(rel.source)
            self._leaders = {p: next(iter(people)) for p, people in named.items() if len(people) == 1}
        return self._leaders.get(key) if key in self.found.parties else None

    def is_party(self, key: str) -> bool:
        ent = self.found.entities.get(key)
        return ent is not None and parties().lookup(ent.label) is not None

    def is_igo(self, key: str) -> bool:
        """Whether an organization is an international one of ``igos.tsv`` (the EU, the UN)."""
        ent = self.found.entities.get(key)
        return (
            ent is not None
            and self.kind(key) is Kind.ORGANIZATION
            and organizations().get(ent.label) is not None
        )

    def is_government(self, key: str) -> bool:
        """Whether an organization is a body of its state (a ministry, an army, the police, a
        court): its head words say so ("Ministry of Defence", "the Home Office"), and no word
        makes it a lobby, union, company, charity or party ("Trades Union Congress")."""
        ent = self.found.entities.get(key)
        if ent is None or self.is_party(key):
            return False
        if bodies().lookup(ent.label) is not None:
            return True
        words = {w.lower().strip(".,'’").removesuffix("'s") for w in ent.label.split()}
        return bool(words & self.words.government_bodies) and not words & self.words.non_government

    def armed_group(self, key: str) -> bool:
        """Whether an organization using force is no state's and no alliance's: "the IRA
        bombed a pub", "ETA bombed the offices" (not "NATO bombed", "the army shelled")."""
        ent = self.found.entities.get(key)
        return (
            ent is not None
            and ent.kind is Kind.ORGANIZATION
            and not self.is_government(key)
            and organizations().get(ent.label) is None
        )

    def listed_group(self, key: str) -> bool:
        """Whether an organization is an armed group of the groups tables ("Hezbollah", "the
        Rapid Support Forces"): of its state, but no body of its government."""
        ent = self.found.entities.get(key)
        return ent is not None and ent.kind is Kind.ORGANIZATION and groups().state(ent.label) is not None

    def states_acting(self, keys: Iterable[str]) -> list[str]:
        """The states that people or organizations stand for in a joint act, in order: the
        states a person serves, the state an organization belongs to (``part_of``)."""
        out: list[str] = []
        for key in keys:
            kind = self.kind(key)
            if kind is Kind.PERSON:
                out += sorted(s for s in self.served([key]) if self.kind(s) is Kind.STATE)
            elif kind is Kind.ORGANIZATION and (state := self.found.part_of.get(key)) is not None:
                out.append(state)
        return [s for s in dict.fromkeys(out) if self.kind(s) is Kind.STATE]

    def own_states(self, agents: Iterable[str]) -> set[str]:
        """What the agents serve (:meth:`served`), and the states they and those belong to:
        a Tory's state is Britain."""
        agents = list(agents)
        out = self.served(agents)
        return out | {self.found.part_of[k] for k in (*agents, *out) if k in self.found.part_of}

    def own_people(self, trigger: Token, agents: list[str], own: set[str], force: bool = False) -> list[str]:
        """ "Cuba freed 52 political prisoners", "the government accepted demands from rebels":
        people named only by what they are (students, workers, rebels, the opposition), with no
        state of their own in the text, acted upon by one state or its officials, are that
        state's own people: CAMEO codes the target with the actor's country. The state itself
        must act (named, or by a body: "Chinese police"), not a party or a politician ("Labour
        attacked teachers", "Mr Kennedy urged students to vote"): they are not their state."""
        if any(self.is_party(a) for a in agents):
            return []
        states = {a for a in agents if self.kind(a) is Kind.STATE}
        if (
            not states
            and force
            and agents
            and all(self.armed_group(a) or self.listed_group(a) for a in agents)
        ):
            # "Boko Haram militants abducted 40 schoolchildren": armed men of one state, at
            # home, act upon its people (CAMEO codes the victims with the group's country)
            states = {s for s in own if self.kind(s) is Kind.STATE}
            agents = sorted(states)
        # "the Rapid Support Forces (of Sudan) shelled a camp": an armed group named with its
        # own state is one side with it, not a second actor
        agents = [
            a for a in agents if not (self.kind(a) is not Kind.STATE and self.found.part_of.get(a) in states)
        ]
        if len(states) > 1 and force:
            # "Malian soldiers and Russian mercenaries killed civilians near Mopti": the one of
            # the acting states the place is in
            states = states & set(self.place_states(trigger))
            agents = sorted(states)
        if len(states) != 1 or len(states) != len(agents):
            return []
        blows = [c for c in trigger.children if c.dep_ == "nsubj" and c.lemma_.lower() in STRIKING_THINGS]
        if force and blows:
            # "an Israeli air strike on Beirut killed five people", "Russian missiles killed
            # ten": the ones a state's weapons kill are not its own people by default, but
            # those of the place the blow fell on, when its phrase names one
            hit = [
                k
                for b in blows
                for p in b.children
                if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for o in _prep_objects(p)
                for k in self._state_of_place(o)
            ]
            # ("Israeli air strikes killed 12 people in southern Lebanon": else the place's)
            hit = hit or [k for k in self.place_states(trigger) if k not in states]
            return [k for k in dict.fromkeys(hit) if k not in states]
        # the acted-upon nouns: the object, the one "on/against/at" whom, the object of the act's
        # purpose ("fired tear gas to disperse protesters"), and the people an object belongs
        # to or is aimed at ("a march by students", "an offensive against rebels", "a camp for
        # displaced people", "the leader of the opposition party", "the government's handling")
        heads = [trigger]
        # (a purpose of force, after the means used: "fired tear gas to disperse"; not what was
        # promised or refused: "promised not to meet the rebels")
        heads += [
            c
            for c in trigger.children
            if force
            and (c.dep_ == "advcl" or (c.dep_ == "xcomp" and any(d.dep_ == "dobj" for d in trigger.children)))
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        nouns = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
        # ("to break up a march by students": the parser may hang "by" on the verb)
        nouns += [
            o
            for h in heads[1:]
            for a in h.children
            if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
            for o in a.children
            if o.dep_ == "pobj"
        ]
        nouns += [
            o
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in _UPON | {"into"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
            # "opened an investigation on Thursday into the former minister"
            nouns += [
                o
                for p in trigger.head.children
                if p.dep_ == "prep" and p.lower_ == "into"
                for o in p.children
                if o.dep_ == "pobj"
            ]
        frontier = list(nouns)
        for _ in range(3):  # "a march by hundreds of students", "an attack on a police checkpoint"
            frontier = [
                o
                for n in frontier
                for p in n.children
                if p.dep_ == "prep" and p.lower_ in _OWNED_BY
                for o in p.children
                if o.dep_ == "pobj"
            ] + [
                o  # "the demonstration staged by students"
                for n in frontier
                for v in n.children
                if v.dep_ == "acl" and v.tag_ == "VBN"
                for a in v.children
                if a.dep_ == "agent"
                for o in a.children
                if o.dep_ == "pobj"
            ]
            nouns += frontier
        nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
        # (officials are a state's own when its force, courts, police or people act upon them:
        # "Russia criticised a senator" may be of any state)
        home_acts = force or all((self.details.get(a) or (None, None))[0] in HOME_ACTORS for a in agents)
        for noun in nouns:
            # (a word in lower case the tagger took for a name: "a suspected drug lord")
            if not (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.text.islower())):
                continue
            if any(self.found.entity_at(t.i) is not None for t in _own_words(noun)):
                continue
            if noun.lemma_.lower() in VESSELS:
                continue  # "fired a missile at a commercial tanker": a ship at sea is no state's people

            # ("a prominent dissident" too; not "the dissident": one named before, of any state)
            some = noun.tag_ == "NNS" or noun.lemma_.lower() == "opposition"
            some = some or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
            # (plain people and lawmakers too, acted upon by force or coercion: "detained 35
            # people", "kidnapped a senator"; not a state's word to them)
            sectors_ = OWN_PEOPLE | UNNAMED_PEOPLE if force else OWN_PEOPLE
            sector = self.describe(noun)[0]
            # ("the main opposition party", "the opposition's leader": the opposition at home)
            some = some or any(
                c.lower_ == "opposition" for c in noun.children if c.dep_ in ("compound", "amod")
            )
            # a state's own officials and bodies, named with no state, acted upon by that state's
            # courts, police or people ("arrested a former minister", "accused the police
            # minister", "criticised the government's handling", "an inquiry into police
            # shootings"); not by its forces in a fight, which may be anyone's
            officials = sector in OWN_OFFICIALS and not (force and sector in ("MIL", "COP")) and home_acts
            owners = [
                m
                for m in noun.children
                if m.dep_ in ("compound", "amod", "nmod", "npadvmod") and self.found.entity_at(m.i) is None
            ]
            owners += [g for m in owners for g in m.children if g.dep_ in ("npadvmod", "compound")]
            # (and what a state's own bodies do, blamed or looked into: "an inquiry into police
            # shootings", "criticised army abuses")
            officials = officials or (
                not force
                and home_acts
                and sector is None
                and any(sectors().sector([m.lemma_.lower()]) in OWN_OFFICIALS for m in owners)
            )
            owned = noun.lemma_.lower() in HELD_THINGS and any(
                sectors().sector([m.lemma_.lower()]) in (sectors_ | (ARMED_POSTS if force else set()))
                or m.lemma_.lower() in ("rebel", "opposition", "militant", "insurgent")
                for m in owners
            )
            if (some and sector in sectors_) or officials or owned:
                # "delivered food to refugees in Chad": people where another state is are there
                elsewhere = [s for s in self.place_states(trigger) if s not in states]
                return elsewhere or sorted(states)
        return []

    def publishers(self, authors: list[Token]) -> list[str]:
        """The one state whose government holds the documents of these authors: the state an
        official named serves ("Lord Goldsmith's advice", he being its attorney general), or,
        for a state office named with no holder ("the Attorney General's advice"), the state
        the story's officials serve; none for a party's or a private person's paper, or when
        they differ."""
        offices = [c for c in self.found.claims if law_officer(c.role) or _state_office(c.role)]
        homes = {c.home for c in offices if c.home}
        home = next(iter(homes)) if len(homes) == 1 else self.found.home or self.governed_home(officials=True)
        states: set[str] = set()
        for poss in authors:
            people = self.entities(poss, kinds=(Kind.PERSON,))
            if self.found.entity_at(poss.i) is None and not people:
                if self.describe(poss)[0] not in ("GOV", "JUD") or home is None:
                    return []  # "the party chairman's report"
                states.add(home)
                continue
            for person in people:
                served = {s for s in self.served([person]) if self.kind(s) is Kind.STATE}
                held = [c for c in offices if c.entity == person]
                served |= {h for c in held if (h := c.home or home) is not None}
                if not served:
                    return []  # "Mr Howard's report": no official's
                states |= served
        return sorted(states) if len(states) == 1 and self.kind(next(iter(states))) is Kind.STATE else []

    def kind(self, key: str) -> Kind | None:
        ent = self.found.entities.get(key)
        return ent.kind if ent is not None else None

    def label(self, key: str) -> str:
        """The name of entity ``key`` in this document ("" for one it does not know)."""
        ent = self.found.entities.get(key)
        return ent.label if ent is not None else ""

    def described(self, tok: Token) -> bool:
        """A word for a thing or an institution ("the regime", "his authority"), not for a
        person ("mother", "minister", "voters"): what belongs to someone or comes from them."""
        if self.is_thing(tok):
            return True
        return (
            tok.pos_ == "NOUN"
            and self.found.entity_at(tok.i) is None
            and not offices().is_office(tok.text)
            and sectors().sector(phrase_words(tok, set())) == "GOV"
        )

    def is_thing(self, tok: Token) -> bool:
        """A word for an object ("letter", "missile") rather than an actor ("minister",
        "civilians": an office or a sector)."""
        return (
            self.found.entity_at(tok.i) is None
            and tok.pos_ == "NOUN"
            and not offices().is_office(tok.text)
            and sectors().sector(phrase_words(tok, set())) is None
        )

    def owners(self, obj: Token) -> list[str]:
        """The actors an object belongs to, one or two phrases down: "calls by X's leaders",
        "part of a programme for X" (not places: "a protest in Moscow")."""
        out: list[str] = []
        frontier, seen = [obj], 0
        while frontier and seen < 3 and not out:
            nxt: list[Token] = []
            for tok in frontier:
                for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in OWNERS):
                    # (the author of a thing "by" an organization is it: "a report by the UN",
                    # "calls by Amnesty International"; an organization "of" or "for" is
                    # rather what it is about: "a programme for the BBC")
                    kinds = (
                        (Kind.PERSON, Kind.STATE, Kind.ORGANIZATION)
                        if prep.lower_ == "by"
                        else (Kind.PERSON, Kind.STATE)
                    )
                    for o in (c for c in prep.children if c.dep_ == "pobj"):
                        out += [k for k in self.entities(o, kinds=kinds) if k not in out]
                        nxt.append(o)
            frontier, seen = nxt, seen + 1
        return out

    def defenders(self, verb: Token, obj: Token) -> list[str]:
        """ "The Lib Dems oppose the proposals, but ministers insist they are proportionate",
        "rejected the plans, although the government defended them", "attacked the measures,
        which ministers say are needed": the owner of a definite proposal with none named is
        who, in another clause of the sentence, speaks of it as its own (the clause's subject,
        the proposal its object or its content clause's subject, by a pronoun of its number or
        its own noun). Not someone who only acts upon it ("Tony Blair says it will fight them")."""
        if (
            obj.lemma_.lower() not in PROPOSALS
            or not self.is_thing(obj)
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in obj.children)
        ):
            return []
        again = {"they", "them"} if obj.tag_ in ("NNS", "NNPS") else {"it"}

        def same(tok: Token | None) -> bool:
            return tok is not None and (
                tok.lower_ in again or (tok.pos_ == "NOUN" and tok.lemma_ == obj.lemma_)
            )

        clauses = [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.i > obj.i]
        relative = [c for c in obj.children if c.dep_ == "relcl"]
        for clause in (*clauses, *relative):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            told = [c for c in clause.children if c.dep_ == "ccomp"]
            inner = [
                s for c in told for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
            ]  # "insist they are proportionate"
            spoken = any(same(t) for t in inner) or any(same(c) for c in clause.children if c.dep_ == "dobj")
            if clause in relative:  # "which ministers say are needed"
                spoken = spoken or any(t.lower_ in ("which", "that") for t in inner)
            if spoken:
                return self.entities(subj)
        return []

    def condition_subject(self, verb: Token, threat: bool = False) -> list[str]:
        """ "threatened strikes unless the government changed its plans", "warned that there
        would be walkouts unless there was a government rethink", a threat's "if": "threatened
        to stop the talks if the US goes ahead": the one whose act the condition asks for (or
        forbids) is acted upon."""
        marks = ("unless", "if") if threat else ("unless",)
        said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        # ("would not rule out scrapping the agency if it failed": the act's own condition)
        said += [x for c in said for x in c.children if x.dep_ == "xcomp"]
        if threat:
            # "drew a red line, saying its forces would defend the island if China invaded": the
            # condition of the clause its participle of saying tells
            said += [
                x
                for c in verb.children
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SAYING_PARTICIPLES
                for x in c.children
                if x.dep_ == "ccomp"
            ]
        for clause in (verb, *said):
            for adv in clause.children:
                if adv.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in marks for m in adv.children
                ):
                    continue
                subj = next((c for c in adv.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ == "it":
                    # "would not rule out scrapping the agency if it failed to improve": the
                    # body named last before it
                    return self._last_body(subj, verb)
                if subj is not None:
                    return self.entities(subj) if subj.pos_ != "PRON" else []
                # "unless there was a government rethink": whose rethink
                attr = next((c for c in adv.children if c.dep_ == "attr"), None)
                if attr is not None:
                    return [
                        k
                        for c in attr.children
                        if c.dep_ in ("poss", "compound", "amod")
                        for k in self.entities(c)
                    ]
        return []

    def warned_about(self, verb: Token, agents: list[str]) -> list[str]:
        """ "warned the government would have to work hard", "warned that the government's
        inaction could lead to ...": the government the warning's clause is about; not a state
        named bare ("warned that Iraq would face chaos" names what, not whom) nor the warner's
        own party ("warned Labour members would not forgive")."""
        mine = {k for k in self.served(agents) if self.is_party(k)} | set(agents)
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        reporting = verb.dep_ in ("ccomp", "parataxis") or (
            verb.dep_ == "conj" and not any(t.dep_ == "cc" for t in self.doc[verb.head.i : verb.i])
        )  # (the parser's conjunct when no "and" joins them)
        if reporting and verb.head.i < verb.i:
            clauses.append(verb.head)  # "Ministers could scrap the agency, Ms Hill warned"
        for clause in clauses:
            inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is None or inner.pos_ == "PRON" or self.quoted(inner.i) != self.quoted(verb.i):
                continue
            found = self.entities(inner)
            if not found and self.is_thing(inner):
                # "the government's inaction", "a lack of action by the government"
                found = [k for c in inner.children if c.dep_ == "poss" for k in self.entities(c)]
                found = found or self.owners(inner)
            if not found and inner.dep_ == "nsubjpass" and self.is_thing(inner):
                # "damage will be caused by government plans to build ..., MPs warned": who causes it
                cause = _by_agent(clause)
                found = self.entities(cause) if cause is not None and cause.pos_ != "PRON" else []
                inner = cause if cause is not None else inner
            # (a plan is its owner's, whoever owns it: "warned that Labour plans would cost jobs")
            planned = inner.lemma_.lower() in PROPOSALS and self.is_thing(inner)
            found = [
                k
                for k in found
                if k not in mine
                and (
                    (self.bodies.get(k) or (None, None))[0] == "GOV"
                    or self.is_government(k)
                    or (planned and self.kind(k) in (Kind.PERSON, Kind.ORGANIZATION))
                )
            ]
            if found:
                return found
        for clause in clauses:
            # "Ministers would not rule out scrapping the agency, Ms Hill warned", "warned we would
            # close the agency": what her own side would act upon
            inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            own_side = inner is not None and (
                inner.lower_ in ("we", "i") or inner.lemma_.lower() in self.words.home_bodies | {"minister"}
            )
            if inner is not None and not own_side and inner.i > verb.i:
                # "China warned that it would retaliate against Japanese firms", "North Korea
                # warned that its army would strike any South Korean warship": the warner's
                # own act, upon the one it names
                bodies = any(self.kind(a) in (Kind.STATE, Kind.ORGANIZATION) for a in agents)
                own_side = (
                    bodies and inner.lower_ in ("it", "they") and self._last_body(inner, verb) == []
                ) or (
                    inner.pos_ == "NOUN"
                    and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in inner.children)
                    and (inner.lemma_.lower() in ARMED_NOUNS or self.describe(inner)[0] in ARMED_SECTORS)
                )
            act: Token | None = clause if own_side else None
            for _ in range(3):  # the clause, then its verbs down: "rule out" -> "scrapping"
                if act is None:
                    break
                obj = next((c for c in act.children if c.dep_ == "dobj"), None)
                found = [k for k in self.entities(obj) if k not in mine] if obj is not None else []
                if not found and inner is not None and inner.lower_ not in ("we", "i"):
                    # "would retaliate against Japanese firms", "would take action against Iran"
                    found = [
                        k
                        for host in (act, *([obj] if obj is not None else []))
                        for p in host.children
                        if p.dep_ == "prep" and p.lower_ == "against"
                        for k in self.entities(_pobj(p))
                        if k not in mine
                    ]
                if found:
                    return found
                act = next((c for c in act.children if c.dep_ in ("xcomp", "pcomp")), None)
        return []

    def inherited_from(self, verb: Token) -> list[str]:
        """The person the clauses under a complaint say its speaker took over from: "when he
        took over at the Home Office from Jack Straw", "after he succeeded Mr Smith"."""
        for tok in verb.subtree:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "VERB" or tok.i == verb.i:
                continue
            other: Token | None = None
            if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
                other = _prep_object(tok, ("from",))
            elif lemma in ("succeed", "replace") and not any(c.dep_ == "nsubjpass" for c in tok.children):
                other = next((c for c in tok.children if c.dep_ == "dobj"), None)
            elif lemma == "inherit":
                other = _prep_object(tok, ("from",))
            found = (
                [k for k in self.entities(other) if self.kind(k) is Kind.PERSON] if other is not None else []
            )
            if found:
                return found
        return []

    def placed_states(self, tok: Token | None) -> list[str]:
        """The states a noun naming no actor is placed in: "a peace-keeping force in Liberia",
        "the refugees in Darfur" (a place of a state named here); not a local council's."""
        out: list[str] = []
        if tok is not None and tok.lemma_.lower() in LOCAL_BODIES:
            return out
        for prep in (
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in") if tok is not None else ()
        ):
            out += [k for o in prep.children if o.dep_ == "pobj" for k in self.states_in(o) if k not in out]
        return out

    def pair_before(self, tok: Token) -> list[str]:
        """The two states that are the agents of the last joint event told in this sentence or
        the two before it; else, further back, of the last event told with two states acting
        and none told with another state acting after it ("Argentina and Venezuela have
        extended a deal ... [four sentences on Argentina] ... The two countries also
        formalised ..."); or none."""
        start = self.sentences.start(tok.i)
        for _ in range(2):
            if start > 0:
                start = self.sentences.start(start - 1)
        acting: set[str] = set()
        for event in reversed(self.events):
            states = [a for a in event.agents if self.kind(a) is Kind.STATE]
            if len(states) == 2 and (event.trigger.i >= start or acting <= set(states)):
                return states
            acting.update(states)
        return []

    def state_acting_before(self, tok: Token, exclude: list[str]) -> list[str]:
        """The state that is an agent of the last event told in this sentence or the two before
        it (not one of ``exclude``), or none."""
        start = self.sentences.start(tok.i)
        for _ in range(2):
            if start > 0:
                start = self.sentences.start(start - 1)
        for event in reversed(self.events):
            if event.trigger.i < start:
                break
            found = [a for a in event.agents if self.kind(a) is Kind.STATE and a not in exclude]
            if found:
                return found[:1]
        return []

    def states_in(self, place: Token) -> list[str]:
        """The states a place phrase names: "in Israel", "in Darfur" (Sudan's), its conjuncts too."""
        out: list[str] = []
        for obj in _conjuncts(place):
            key = self.found.entity_at(obj.i)
            state = key if key is None or self.kind(key) is Kind.STATE else self.found.part_of.get(key)
            if state is not None and self.kind(state) is Kind.STATE and state not in out:
                out.append(state)
        return out

    def _last_body(self, tok: Token, verb: Token) -> list[str]:
        """The organization or state named last before ``tok`` in its sentence, outside the
        subject of ``verb`` (who acts is no "it" of its own condition)."""
        acting = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        for i in range(tok.i - 1, self.sentences.start(tok.i) - 1, -1):
            key = self.found.entity_at(i)
            if key is not None and i not in acting:
                return [key] if self.kind(key) in (Kind.ORGANIZATION, Kind.STATE) else []
        return []

    def place_states(self, trigger: Token, borders: bool = True) -> list[str]:
        """The states of the places "in / at / near" the trigger, its verb or its object
        (without ``borders``, not a border's: "rebels near the Iraqi border" may be on either
        side of it)."""
        skip = frozenset() if borders else BORDERS
        nodes = [trigger]
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
            nodes.append(trigger.head)  # "conducting drills in Alaska"
        # "will visit an orphanage in Tanzania and a credit union in Mozambique": each object's
        nodes += [o for c in trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        # "seized control of a town in northern Syria": the place inside the object's "of" phrase
        nodes += [
            o
            for c in trigger.children
            if c.dep_ == "dobj"
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in _prep_objects(p)
        ]
        # "killed 23 people when they blew themselves up in Tel Aviv": the clause of the same
        # moment tells where it happened
        nodes += [
            c
            for c in trigger.children
            if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)
        ]
        out: list[str] = []
        for node in nodes:
            # (and "outside" an unnamed spot placed "in" somewhere: "blew himself up outside a
            # police station in Peshawar"; not "outside Iraq", which is elsewhere)
            for prep in (
                c for c in node.children if c.dep_ == "prep" and (c.lower_ in WITHIN or c.lower_ == "outside")
            ):
                for obj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() not in skip):
                    named = self.entities(obj, kinds=(Kind.STATE, Kind.LOCATION), depth=2)
                    if prep.lower_ == "outside":
                        named = []
                    if self.found.entity_at(obj.i) is None:
                        # "at a checkpoint in Kandahar", "near a base in Helmand": the place
                        # the unnamed spot is in ("at a Turkish outpost in northern Syria": the
                        # spot's nationality says whose it is, its "in" phrase where)
                        spots = [obj]
                        if obj.lemma_.lower() in ATTACK_NOUNS:
                            # "killed 30 villagers in an attack on a village in Burkina Faso's
                            # Sahel region": where the thing attacked was
                            spots += [
                                o
                                for p in obj.children
                                if p.dep_ == "prep" and p.lower_ in HIT_PREPS
                                for o in _prep_objects(p)
                            ]
                        named = [
                            k
                            for spot in spots
                            for inner in spot.children
                            if inner.dep_ == "prep" and inner.lower_ == "in"
                            for o in _prep_objects(inner)
                            for k in (
                                self.entities(o, kinds=(Kind.STATE, Kind.LOCATION), depth=1)
                                or [
                                    k
                                    for c in o.children
                                    if c.dep_ == "poss"
                                    for k in self.entities(c, kinds=(Kind.STATE,), depth=1)
                                ]
                                or self._unnamed_province(o)
                            )
                        ] or named
                    if not named and prep.lower_ != "outside":
                        named = self._unnamed_province(obj)
                    for key in named:
                        state = key if self.kind(key) is Kind.STATE else self.found.part_of.get(key)
                        if state and self.kind(state) is Kind.STATE and state not in out:
                            out.append(state)
        return out

    def _unnamed_province(self, tok: Token) -> list[str]:
        """The state of a town or province of ``data/places.tsv`` or ``regions.tsv`` named by a
        proper noun the tagger made nothing or a person of ("in an ambush in Michoacan")."""
        if tok.pos_ != "PROPN":
            return []
        key = self.found.entity_at(tok.i)
        if key is not None and self.kind(key) is not Kind.PERSON:
            return []
        name = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        known = place_state(" ".join(t.text for t in (*name, tok)))
        return [self.state_named(known)] if known is not None and known.status != "territory" else []

    def struck_places(self, trigger: Token) -> list[str]:
        """The states (named in this document) of the cities and regions a force or a withdrawal
        is upon when no place entity stands there: "shelled (residential areas of) Kharkiv",
        "dropped bombs on rebel-held Aleppo", "pulled out of the town of Khiam", "withdrew from
        the city of Kherson" (the parser may read the city as a person's name; ``data/places.tsv``
        and the capitals say whose it is). A place phrase of its own ("in southern Lebanon") is
        :meth:`place_states`'s."""
        heads = [c for c in trigger.children if c.dep_ == "dobj"]
        # ("the bombardment of Kharkiv killed four", "air strikes by warplanes on Idlib")
        heads += [o for n in _attack_nouns(trigger) for o in _attack_objects(n)]
        preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in STRUCK_PREPS]
        # "pulled out of the town": the "of" hangs on the particle or the verb
        preps += [
            p
            for c in trigger.children
            if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "back")
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("of", "from")
        ]
        heads += [o for p in preps for o in _prep_objects(p)]
        # "the city of Kharkiv", "residential areas of Kharkiv": the place the noun is part of
        parts = [
            o
            for h in list(heads)
            if h.pos_ == "NOUN" and h.lemma_.lower() in STRUCK_PARTS
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in _prep_objects(p)
        ]
        heads += parts
        out: list[str] = []
        for head in heads:
            # "pulled out of the town of Khiam in southern Lebanon": the place it is in
            out += [k for k in self.placed_states(head) if k not in out]
            if head.pos_ != "PROPN":
                continue
            key = self.found.entity_at(head.i)
            # (a town named after "the outskirts of" is a town, whatever the tagger read it as:
            # "pounded the outskirts of Zaporizhzhia")
            if (
                key is not None
                and self.kind(key) is not Kind.LOCATION
                and not (head in parts and self.kind(key) is Kind.PERSON)
            ):
                continue  # a state, a person or a body named is the target's own business
            name = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
            text = " ".join(t.text for t in name)
            place = place_state(text) or state_capital(text) or city_state(text)
            if place is None and text.endswith(" City"):
                place = place_state(text[:-5]) or state_lookup(text[:-5])  # "Gaza City", "Ho Chi Minh City"
            if place is None and key is not None:
                found = self.found.part_of.get(key)
                state = found if found and self.kind(found) is Kind.STATE else None
            else:
                # (the state the place lies in, named in the text or not: "shelled Kherson")
                state = self.state_named(place) if place is not None and place.status != "territory" else None
            if state is not None and self.kind(state) is Kind.STATE and state not in out:
                out.append(state)
        return out

    def struck_sides(self, trigger: Token, agents: list[str], own: set[str], uprising: bool) -> list[str]:
        """The side a blow with no actor named as its object fell on, read from the thing hit:
        the state or group that a nationality, a possessor or a name on it says it belongs to
        ("fired rounds at Pakistani posts", "strafed an ELN camp", "a strike on a Houthi missile
        launcher"), the people it carried or sheltered ("a minibus carrying Kenyan police
        reservists"), the casualties ("..., killing two Hezbollah fighters", "three Malian
        soldiers were killed when ... ambushed their convoy"); else the state of the place it was
        in ("an oil depot in Russia's Bryansk region", "a village in Niger's Diffa region"). What
        the text names on the thing itself may be the agents' own state ("Boko Haram stormed a
        Nigerian army base"); a place is never the agents' own state but for armed men at home."""
        hit = _struck_nouns(trigger)
        victims = _casualties(trigger)
        if trigger.dep_ == "advcl" and trigger.lemma_.lower() in CASUALTY_VERBS:
            # "Israeli drones struck a car near Tyre, killing two Hezbollah fighters": the
            # killing's own event falls on what the blow of its clause hit
            hit += _struck_nouns(trigger.head)
        named: list[str] = []
        for noun in (*hit, *victims):
            named += self._side_of_thing(noun)
        acting = set(agents)
        out = [k for k in dict.fromkeys(named) if k not in acting]
        if out:
            return out
        places: list[str] = []
        spots = [*hit, trigger]
        if trigger.dep_ == "advcl" and (
            trigger.lemma_.lower() in CASUALTY_VERBS
            or trigger.head.lemma_.lower() in (*CASUALTY_VERBS, "die")
        ):
            spots.append(trigger.head)  # "four civilians were killed in Kherson when ... battered"
        for noun in spots:
            places += self._placed_in(noun)
        return [k for k in dict.fromkeys(places) if k not in acting and (k not in own or uprising)]

    def state_named(self, state: State) -> str:
        """The key of a state a place of this document lies in, made an entity of the document
        when the text does not name it itself ("shelled a hospital in Kherson": Ukraine)."""
        key = node_key(Kind.STATE, state.iso3)
        if key not in self.found.entities:
            self.found.entities[key] = _Entity(key, Kind.STATE, state.name, state.iso3)
        return key

    def listed_location_state(self, key: str) -> str | None:
        """The one state of the towns a location entity names, by the places tables ("Kyiv and
        Odesa" read as one place: Ukraine); None for a place of no state or of two."""
        ent = self.found.entities.get(key)
        if ent is None:
            return None
        state = _listed_towns_state(ent.label)
        return self.state_named(state) if state is not None else None

    def listed_place_states(self, tok: Token) -> list[str]:
        """The state of a town or region the places tables list, named by ``tok`` and the
        proper nouns compounded into it ("Gaza", "Kharkiv"), whatever entity the tagger made of it."""
        if tok.pos_ != "PROPN":
            return []
        name = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
        text = " ".join(t.text for t in name)
        state = place_state(text) or city_state(text)
        return [self.state_named(state)] if state is not None and state.status != "territory" else []

    def place_body_state(self, key: str, trigger: Token, placed_only: bool = False) -> str | None:
        """The state of a town or region of the places tables that the tagger read as an
        organization named in the trigger's sentence ("fired rockets into the Galilee", "the
        bombardment of Kharkiv"): no known body or armed group, a place hit. With
        ``placed_only``, only a name that is the object of a preposition ("of / on / into X"),
        never a subject."""
        ent = self.found.entities.get(key)
        if ent is None or ent.kind is not Kind.ORGANIZATION or self.listed_group(key):
            return None
        if organizations().get(ent.label) is not None or self.is_government(key):
            return None
        start, end = self.sentences.start(trigger.i), self.sentences.end(trigger.i)
        at = [i for i in range(start, end) if self.found.entity_at(i) == key]
        heads = [trigger.doc[i] for i in at if trigger.doc[i].head.i not in at]
        if not heads or (placed_only and any(h.dep_ != "pobj" for h in heads)):
            return None
        text = " ".join(trigger.doc[i].text for i in at if trigger.doc[i].lower_ != "the")
        state = _listed_towns_state(text)
        return self.state_named(state) if state is not None else None

    def town_state(self, key: str, trigger: Token) -> str | None:
        """The state of a town named in the trigger's sentence only as a place ("the streets
        of X", "in X", "near X") that the tagger read as a person's name; None otherwise."""
        if self.kind(key) is not Kind.PERSON:
            return None
        start, end = self.sentences.start(trigger.i), self.sentences.end(trigger.i)
        at = [i for i in range(start, end) if self.found.entity_at(i) == key]
        heads = {trigger.doc[i] for i in at if trigger.doc[i].head.i not in at}
        if not heads or any(h.dep_ != "pobj" or h.head.lower_ not in TOWN_PREPS for h in heads):
            return None
        text = " ".join(trigger.doc[i].text for i in at)
        state = place_state(text) or city_state(text)
        return self.state_named(state) if state is not None and state.status != "territory" else None

    def placed_body(self, key: str, trigger: Token) -> bool:
        """An organization named in the trigger's sentence only as the object of a place phrase
        ("in X", "near X"): a place the tagger read as a body."""
        if self.kind(key) is not Kind.ORGANIZATION:
            return False
        start, end = self.sentences.start(trigger.i), self.sentences.end(trigger.i)
        at = [i for i in range(start, end) if self.found.entity_at(i) == key]
        heads = [trigger.doc[i] for i in at if trigger.doc[i].head.i not in at]
        return bool(heads) and all(h.dep_ == "pobj" and h.head.lower_ in PLACED_PREPS for h in heads)

    def site(self, key: str, trigger: Token) -> bool:
        """A body met or visited that is a place, not someone met: a town of the tables named as
        itself ("will visit Auschwitz", "met survivors at Auschwitz"), a facility ("at Camp
        Bastion"), a name whose head is a site's noun ("at Selly Oak hospital"), or a body named
        only after "at" / "in" when the verb names the ones met ("met survivors at X")."""
        if self.kind(key) is not Kind.ORGANIZATION:
            return False
        start, end = self.sentences.start(trigger.i), self.sentences.end(trigger.i)
        doc = trigger.doc
        at = [i for i in range(start, end) if self.found.entity_at(i) == key]
        if not at:
            return False
        label = self.label(key)
        if place_state(label) is not None:
            return True
        heads = [doc[i] for i in at if doc[i].head.i not in at]
        # (the town table names bodies too, "Hamas" a German town: only a name in a place's slot,
        # after "at" / "in" or visited, is read as a town)
        placed = all(
            (h.dep_ == "pobj" and h.head.lower_ in SITE_PREPS) or (h.dep_ == "dobj" and h.head.i == trigger.i)
            for h in heads
        )
        if placed and city_state(label) is not None:
            return True
        if any(doc[i].ent_type_ == "FAC" for i in at):
            return True
        if any(
            h.lemma_.lower() in SITES or (h.dep_ == "compound" and h.head.lemma_.lower() in SITES)
            for h in heads
        ):
            return True
        met = any(c.dep_ == "dobj" for c in trigger.children)
        return met and all(h.dep_ == "pobj" and h.head.lower_ in SITE_PREPS for h in heads)

    def _side_of_thing(self, noun: Token) -> list[str]:
        """The states and groups a thing hit or the people hurt are said to belong to: its
        nationality, possessor or name ("Armenian positions", "Russia's oil depot", "PKK
        hideouts", "a Houthi missile launcher"), those it carried or sheltered."""
        kinds = (Kind.STATE, Kind.ORGANIZATION)
        out: list[str] = []
        for tok in _conjuncts(noun):
            key = self.found.entity_at(tok.i)
            if key is not None:
                key = self.place_body_state(key, tok) or key  # ("strikes on Idlib": a town)
                out += [key] if self.kind(key) in kinds else []
                continue
            heads = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
            for head in heads:
                out += self.modifier_entities(head, kinds, owners=True)
                # ("at Pakistani posts" read into a name by the tagger: the nationality word)
                for c in head.children:
                    if c.dep_ not in ("amod", "compound") or c.i > head.i:
                        continue
                    key = self.found.entity_at(c.i)
                    if key is not None and self.kind(key) in (*kinds, Kind.PERSON):
                        continue
                    state = state_demonym(c.text)
                    if state is not None and state.status != "territory":
                        out.append(self.state_named(state))
            # ("bases of the Kurdish group KDPI", "positions of the Rapid Support Forces")
            for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                out += [k for o in _prep_objects(of) for k in self.entities(o, kinds=kinds, depth=1)]
            for clause in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in HOLDING):
                for people in (c for c in clause.children if c.dep_ == "dobj"):
                    out += self.entities(people, kinds=kinds) or self.modifier_entities(people, kinds)
        return [k for k in out if self.kind(k) in kinds]

    def _placed_in(self, noun: Token) -> list[str]:
        """The states of the places a thing hit is "in / near / outside": a possessor state on
        the place ("in Russia's Bryansk region"), else the state a named place is part of."""
        out: list[str] = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in PLACED_PREPS):
            for place in _prep_objects(prep):
                owners = [
                    k
                    for c in place.children
                    if c.dep_ == "poss"
                    for k in self.entities(c, kinds=(Kind.STATE,), depth=1)
                ]
                found = owners or self._state_of_place(place)
                if not found and place.pos_ == "PROPN" and prep.lower_ != "outside":
                    name = [t for t in place.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [place]
                    text = " ".join(t.text for t in name)
                    known = place_state(text) or city_state(text)
                    found = (
                        [self.state_named(known)] if known is not None and known.status != "territory" else []
                    )
                out += [k for k in found if self.kind(k) is Kind.STATE]
        return out

    def spot_states(self, verb: Token) -> list[str]:
        """The states of the places an unnamed spot hit by ``verb`` is "in": "fired on a patrol in
        Khyber" (the spot of an "on / at" phrase), "attacked a bus carrying pilgrims in Minya",
        "a convoy travelling in northern Mali" (the place the parser hangs in the object's
        participle); none for a named spot."""
        spots = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("on", "at")
            for o in _prep_objects(p)
        ]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # (the participle itself too: "a convoy travelling in northern Mali")
            spots += [
                o
                for a in obj.children
                if a.dep_ == "acl"
                for o in (a, *a.children)
                if o is a or o.dep_ == "dobj"
            ]
        out: list[str] = []
        for spot in spots:
            if self.found.entity_at(spot.i) is not None:
                continue
            for prep in (c for c in spot.children if c.dep_ == "prep" and c.lower_ == "in"):
                out += [k for o in _prep_objects(prep) for k in self._state_of_place(o) if k not in out]
        return out

    def talks_partners(self, trigger: Token) -> list[str]:
        """The actors named in the "with" phrase of talks that are the trigger's object or its
        "for / to" object ("called for talks with India", "an offer of a summit with Kabul")."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        objects += [
            o
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in ("for", "to", "of")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        objects += [
            o
            for n in list(objects)
            for p in n.children
            if p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        out: list[str] = []
        for obj in objects:
            if obj.lemma_.lower() not in TALKS | SUMMITS:
                continue
            for p in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"):
                for o in (c for c in p.children if c.dep_ == "pobj"):
                    out += [k for k in self.entities(o) if k not in out]
        return out

    def visited(self, trigger: Token) -> list[str]:
        """The state an act was done on a visit to: the place of a visit, trip or tour named in a
        phrase of the trigger, two phrases down ("during a visit to Lebanon", "on Monday, the
        first day of a state visit to Vietnam", "on a tour of Kenya"), or the place of the act of
        a "visiting" actor ("Visiting Korean President X laid a wreath in Hanoi")."""
        out: list[str] = []
        frontier = [trigger]
        for _ in range(4):
            nxt = [
                c
                for h in frontier
                for c in h.children
                if c.dep_ in ("prep", "pobj", "appos", "npadvmod", "advcl") and c.i != trigger.i
            ]
            for v in (c for c in nxt if c.lemma_.lower() in VISIT_NOUNS and c.pos_ == "NOUN"):
                for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "in")):
                    for o in (c for c in p.children if c.dep_ == "pobj"):
                        names = [o, *(c for c in o.children if c.dep_ == "compound")]
                        found = self._state_of_place(o) or [
                            k for n in names for k in self.listed_place_states(n)
                        ]
                        out += [k for k in found if k not in out]
            frontier = nxt
        if not out and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and any(m.dep_ in ("amod", "compound") and m.lower_ == "visiting" for m in c.children)
            for c in trigger.children
        ):
            out = self.place_states(trigger)
        return out

    def recipients(self, trigger: Token) -> list[str]:
        """The states aid goes to, named in a "for / to / into" phrase of the trigger or of its
        object, one or two phrases down ("a package of military aid for Taiwan", "supplies to
        Gaza hospitals", "aid trucks into northern Gaza")."""
        holders = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
        if trigger.pos_ == "NOUN":
            # ("a package of military aid worth $400 million for Taiwan": the aid's phrase)
            holders += [a for a in list(trigger.ancestors)[:3] if a.pos_ == "NOUN"]
        out: list[str] = []
        for _ in range(3):
            nxt: list[Token] = []
            for h in holders:
                for p in (c for c in h.children if c.dep_ in ("prep", "dative")):
                    for o in (c for c in p.children if c.dep_ == "pobj"):
                        if p.lower_ in RECIPIENT_PREPS:
                            # (a town of the places tables, or one compounded: "Gaza hospitals")
                            names = [o, *(c for c in o.children if c.dep_ == "compound")]
                            found = self._state_of_place(o) or [
                                k for n in names for k in self.listed_place_states(n)
                            ]
                            out += [k for k in found if k not in out]
                        elif p.lower_ in ("of", "in", "worth"):
                            nxt.append(o)  # "a package of aid for", "50 million euros in aid for"
                nxt += [c for c in h.children if c.lower_ == "worth"]  # "aid worth $4m for Taiwan"
            if out:
                break
            holders = nxt
        return out

    def _state_of_place(self, tok: Token) -> list[str]:
        """The state a place or state named by ``tok`` is (or is part of)."""
        out: list[str] = []
        for key in self.entities(tok, kinds=(Kind.STATE, Kind.LOCATION), depth=2):
            state = key if self.kind(key) is Kind.STATE else self.found.part_of.get(key)
            if state and self.kind(state) is Kind.STATE and state not in out:
                out.append(state)
        return out

    def entities(self, tok: Token | None, kinds: tuple[Kind, ...] = ACTORS, depth: int = 2) -> list[str]:
        """The entities a noun phrase headed by ``tok`` names, its conjuncts included."""
        if tok is None:
            return []
        out: list[str] = []
        for t in _conjuncts(tok):
            out += self._one(t, kinds, depth)
        return list(dict.fromkeys(out))

    def split_agents(self, tok: Token | None, trigger: Token) -> list[list[str]]:
        """One agent group per coordinated agent ("Russia and China sent"); ``_emit`` makes them
        one event's agents, or a joint act's leader and counterparts."""
        if tok is None:
            return [self.inherited_subject(trigger)]
        inner = _clause_subject(tok, trigger)
        if not self.is_thing(inner):
            tok = inner  # "Mr Blair's view after the top Catholic backed": no "view after the vote"
        if tok.pos_ == "PRON":
            if tok.lower_ in ("who", "which", "that") and trigger.dep_ == "relcl":
                return [self._one(trigger.head, ACTORS)]  # "Chapman, who killed Lennon"
            if tok.lower_ in self.words.personal_pronouns:
                found = self.pronoun(tok, trigger)
                if not found and tok.lower_ in ("he", "she"):
                    # "Indonesia's foreign minister said he was confident ...": the speaker of a
                    # wire lead named by an office, no name
                    found = self.governing_subject(tok, trigger, (Kind.STATE, Kind.ORGANIZATION, Kind.PERSON))
                return [found]
            if tok.lower_ in ("we", "i") and self.quoted(tok.i):
                # '"We support Kenya's bid," said Mr Smith': the speaker, for those he speaks for;
                # '"I fully support Michael Howard," said David Davis': the speaker (both only
                # upon someone named: "I want to talk about ..." tells no act)
                speaker = self.quote_speaker(tok) or self.going_on_speaker(tok)
                self.speakers.update(speaker)
                return [speaker]
            if tok.lower_ == "i" and self.quoted(tok.i) and _acts_upon_someone(trigger):
                # '"I urged him to back the plan," Mr Prescott said', '"I have asked Mr Blair to
                # ...," she said': the speaker's own act upon someone (not "I want to talk about")
                return [self.quote_speaker(tok)]
            if tok.lower_ in ("it", "they", "its", "their"):
                found = self.governing_subject(tok, trigger, (Kind.STATE, Kind.ORGANIZATION))
                if not found and tok.lower_ == "they":
                    found = self.previous_group(tok)
                if not found and tok.lower_ == "it" and tok.dep_ == "nsubj":
                    # "Britain criticised Iran. It also warned Syria": the state or organization
                    # the sentence before is about (a main clause's "it" only: in "the fear is
                    # that it may undermine ...", "Critics fear it could ..." it is a thing;
                    # but "It also said it would sue BP" is the speaker "it")
                    upper = tok
                    if tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in self.words.say:
                        said = tok.head.head
                        upper = next((c for c in said.children if c.dep_ == "nsubj"), tok)
                    if upper.lower_ == "it" and _main_clause(upper.head):
                        found = self.previous_actor(upper, (Kind.STATE, Kind.ORGANIZATION))
                return [found]
            return [[]]
        if tok.lemma_.lower() in INQUIRY_NOUNS and self.found.entity_at(tok.i) is None:
            # "The inquiry by Dame Judith Rowe criticised X", "The inquiry, led by Lord Kemp,
            # found that ...": an inquiry's findings are its author's
            author = [k for a in _inquiry_authors(tok) for k in self._one(a, ACTORS)]
            if author:
                return [list(dict.fromkeys(author))]
        described = self._described_actor(tok)
        if described is not None and self.found.entity_at(tok.i) is None:
            # "Vodafone cut its forecast. The firm also sued Nokia", "The country also signed
            # ...": a bare definite description of the kind the subject before is
            found = self.previous_actor(tok, (described,))
            if found:
                return [found]
        heads = list(_conjuncts(tok))
        heads += self._conjuncts_of_name_tail(tok)
        for other in (c for c in tok.head.children if c.dep_ == tok.dep_ == "nsubj" and c.i != tok.i):
            if tok.i < trigger.i < other.i and not _inverted(self, tok, trigger):
                continue  # "the administrator, X, sued Morgan Stanley, its banker": its object
            heads += list(_conjuncts(other))  # "Russia as well as China criticised": two subjects
        if self.kind(self.found.entity_at(tok.i) or "") is Kind.STATE:
            # "The US, Russia, and Switzerland met": a list of states parsed as an apposition
            # (before the verb: "China stages drills around Taiwan; U.S., Japan voice concern" is
            # a headline's second clause parsed as an apposition)
            for child in tok.children:
                if (
                    child.dep_ == "appos"
                    and (child.i < trigger.i or tok.i > trigger.i)
                    and self.kind(self.found.entity_at(child.i) or "") is Kind.STATE
                ):
                    heads += list(_conjuncts(child))
        groups = [
            self._titled_party(t, self._one(t, ACTORS)) or self._local_people(t, trigger) for t in heads
        ]
        # "A British terror suspect plans to sue", "the British Jews complained": an unnamed
        # private person or a community acts for itself, not for the state its nationality word
        # names; noted here, left out of the agents by ``_emit`` (acted upon, "jailed a Nigerian
        # student", "a Palestinian prisoner died in Israeli custody", it stays the state's
        # people, as CAMEO codes them)
        others = {k for t, g in zip(heads, groups, strict=True) if not self.private(t) for k in g}
        for t, g in zip(heads, groups, strict=True):
            if self.private(t) and not any(self.kind(k) is Kind.PERSON for k in g):
                self.private_states.update(k for k in g if self.kind(k) is Kind.STATE and k not in others)
        return [g for g in groups if g] or [[]]

    def _conjuncts_of_name_tail(self, tok: Token) -> list[Token]:
        """Actors coordinated with a named body whose name ends in an "of" phrase, the parse
        hanging the "and" on the name's last word: "by the Board of Deputies of British Jews and
        the Commission for Racial Equality", "the Confederation of British Industry and the TUC".
        Only when the word it hangs on is no actor of its own ("the leader of Labour and the
        Tories" keeps the Tories with Labour) and the conjunct is itself a named actor."""
        key = self.found.entity_at(tok.i)
        if key is None:
            return []
        out: list[Token] = []
        stack = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in _prep_objects(p)]
        while stack:
            tail = stack.pop()
            if self.found.entity_at(tail.i) not in (None, key):
                continue
            for c in tail.children:
                if c.dep_ == "conj":
                    other = self.found.entity_at(c.i)
                    if other != key and (
                        self.kind(other) in ACTORS if other is not None else c.pos_ == "PROPN"
                    ):
                        out += list(_conjuncts(c))
                elif c.dep_ == "prep" and c.lower_ == "of":
                    stack += _prep_objects(c)
        return out

    def quote_speaker(self, tok: Token) -> list[str]:
        """The person who says the quotation a word is in, named outside it in the same
        sentence: '"We support Kenya's bid," said Mr Smith' -> Mr Smith. ("I" is left out:
        a speaker's own "I want to talk about ...", "I don't rule out ..." tell no act.)"""
        head = tok
        while head.head.i != head.i:
            head = head.head
            if head.lemma_.lower() in self.words.say and not self.quoted(head.i):
                subj = next((c for c in head.children if c.dep_ == "nsubj" and not self.quoted(c.i)), None)
                found = self._named(subj, (Kind.PERSON,)) if subj is not None else []
                people = [k for k in found if self.kind(k) is Kind.PERSON][:1]
                if people or subj is None or tok.lower_ != "we":
                    return people
                # '"We condemn the invasion," the Polish president said', '... the State
                # Department said': no one named, the state or body the speaker speaks for
                key = self.found.entity_at(subj.i)
                if key is not None:
                    return [key] if self.kind(key) in (Kind.STATE, Kind.ORGANIZATION) else []
                if subj.pos_ == "NOUN" and (offices().is_office(subj.text) or not self.is_thing(subj)):
                    return self.modifier_entities(subj, (Kind.STATE,), depth=2)[:1]
                return []
        return []

    def _local_people(self, tok: Token, trigger: Token) -> list[str]:
        """ "Students blocked roads in Algiers", "opposition leaders agreed to postpone the rally
        in Baku": people named by their sector alone (no state, no owner) who act in a place of
        one state are that state's people. Not armed men, police or officials: troops in a
        town may be anyone's."""
        while (
            tok.lemma_.lower() in _PARTITIVE_OR_MEMBERS
        ):  # "thousands of students", "leaders of the coalition"
            counted = next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if counted is None:
                break
            tok = counted
        if self.found.entity_at(tok.i) is not None or not (
            tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.i == tok.sent.start and not tok.ent_type_)
        ):  # ("Pensioners marched": a plural opening the sentence, tagged a name)
            return []
        sector, mention = self.describe(tok)
        if sector is None and tok.pos_ == "PROPN":  # (tagged a name, its lemma is the plural)
            sector, mention = sectors().sector([tok.lower_.removesuffix("s")]), tok.text
        if sector not in CIVIL:
            return []
        states = self.place_states(trigger)
        for clause in (c for c in trigger.children if c.dep_ == "xcomp"):
            states += [
                s for s in self.place_states(clause) if s not in states
            ]  # "agreed to postpone the rally in Baku"
        for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ not in WITHIN):
            # "teachers went on strike in Lagos": the place of the act the phrase names
            states += [s for o in _prep_objects(prep) for s in self.place_states(o) if s not in states]
            # "marched through the streets of Kiev", "rallied in the centre of Minsk"
            states += [
                s
                for o in _prep_objects(prep)
                if o.lemma_.lower() in TOWN_PARTS
                for of in o.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for p in _prep_objects(of)
                for s in self._state_of_place(p)
                if s not in states
            ]
        if len(states) != 1:
            return []
        self.details.setdefault(states[0], (sector, mention))
        return states

    def _titled_party(self, tok: Token, group: list[str]) -> list[str]:
        """ "The Tory leader criticised": with no holder named, the party is not who acted (a
        reviewer expects its leader); no agent rather than a wrong one. A spokesman speaks for
        the party, so "a Tory spokesman said" stays the party's."""
        if (
            self.found.entity_at(tok.i) is None
            and tok.pos_ == "NOUN"
            and not tok.lower_.startswith("spokes")
            and offices().is_office(tok.text)
        ):
            return [k for k in group if not self.is_party(k)]
        return group

    def _one(self, tok: Token, kinds: tuple[Kind, ...], depth: int = 2) -> list[str]:
        """The entities one noun names, each noted with the sector and words it was named by."""
        found = self._named(tok, kinds, depth)
        # "thousands of Greek workers" are workers: the counted noun tells their sector
        counted = (
            next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if tok.lemma_.lower() in PARTITIVE and self.found.entity_at(tok.i) is None
            else None
        )
        told = counted if counted is not None and counted.pos_ in ("NOUN", "PROPN") else tok
        if (
            found
            and tok.pos_ == "NOUN"
            and self.found.entity_at(tok.i) is None
            and self.describe(told)[0] in _CIVIL_OR_IRREGULAR  # "Turkish Kurd refugees"
        ):
            for state in (k for k in found if self.kind(k) is Kind.STATE):
                self.peoples.setdefault(state, []).append(tok.i)
        if not found and tok.lemma_.lower() in PARTITIVE and self.found.entity_at(tok.i) is None:
            # "thousands of students across Peru", "a group of refugees": the ones counted
            counted = next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if counted is not None and counted.pos_ in ("NOUN", "PROPN"):
                # "scores of Liberian refugees and Ivorian students": all of them
                return self.entities(counted, kinds, depth)
        owned = tok.lemma_.lower() in self.words.home_bodies and found and self.kind(found[0]) is Kind.STATE
        if found and self.found.entity_at(tok.i) is None and tok.pos_ == "NOUN" and not owned:
            sector, mention = self.describe(tok)
            if sector in GOVERNING:  # "Britain's highest court", "British troops": a body of the state
                for state in (k for k in found if self.kind(k) is Kind.STATE):
                    self.bodies.setdefault(state, (sector, mention))
        if found and all(k in self.details for k in found) and not owned:
            if tok.pos_ == "NOUN" and self.found.entity_at(tok.i) is None:
                # "Venezuela's opposition called ...": the state noted bare (by a nominal read
                # first) is named here as its people; the people's sector is told
                sector, mention = self.describe(told)
                if sector in CIVIL:
                    for k in (k for k in found if self.details[k][0] is None and self.kind(k) is Kind.STATE):
                        self.details[k] = (sector, mention)
            return found  # already noted for this trigger
        member = _member_lemma(tok, self.words.home_members) if not found else None
        if not found and tok.pos_ != "NOUN" and member is None:
            return found
        sector, mention = self.describe(told)
        if member is not None and sector is None:
            sector = sectors().sector([member[0]])  # "MPs" tagged as a name
        if owned:  # "Mr Blair's government"
            self.bodies.setdefault(found[0], (sector, mention))
        if not found and sector is not None and Kind.STATE in kinds:
            found, mention = self._sector_state(tok, mention)
            for state in found:
                self.bodies.setdefault(state, (sector, mention))
        key = self.found.entity_at(tok.i)
        if key is not None and key in found:
            self.explicit.add(key)
            owner = self.found.part_of.get(key)
            if owner in found and self.kind(key) is Kind.ORGANIZATION and sector in GOVERNING:
                self.bodies.setdefault(owner, (sector, mention))  # "the Home Office", "Parliament"
        for key in found:
            named = mention
            if sector is None and self.found.entity_at(tok.i) is None:
                # "Gordon Brown's economic forecasts", "criticism from Bob Marshall-Andrews":
                # the actor is named by its own words inside the phrase, not by the thing's
                named = self._entity_words(tok, key) or mention
            self.details.setdefault(key, (sector, named))
        return found

    def _entity_words(self, tok: Token, key: str) -> str | None:
        """The words inside the phrase ``tok`` heads that name the entity ``key``."""
        run: list[int] = [t.i for t in tok.subtree if self.found.entity_at(t.i) == key]
        if not run or any(
            self.doc[i].head.i == tok.i and self.doc[i].dep_ in ("amod", "compound") for i in run
        ):
            return None  # "a British delegation": the modifier and its noun name the actor
        end = run[0]
        while end + 1 in run:
            end += 1
        start = min(run[0], _mention_start(self.doc[end]))  # "Mr Bell's speech": "Mr Bell"
        return self.doc[start : end + 1].text

    def describe(self, tok: Token) -> tuple[str | None, str | None]:
        """The sector (CAMEO agent code) and the words of the noun phrase ``tok`` heads:
        "Israeli soldiers" (MIL), "a Tunisian court" (JUD), "the UN" (IGO). Kept per token: it
        reads only the document and its entities (300 BBC articles: 40% of the calls repeat one)."""
        described = self._described.get(tok.i)
        if described is None:
            described = self._described[tok.i] = self._describe(tok)
        return described

    def _describe(self, tok: Token) -> tuple[str | None, str | None]:
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None, None
        key = self.found.entity_at(tok.i)
        if key is not None:
            start, end = tok.i, tok.i + 1
            while start > self.sentences.start(tok.i) and self.found.entity_at(start - 1) == key:
                start -= 1
            while end < self.sentences.end(tok.i) and self.found.entity_at(end) == key:
                end += 1
            name = doc_span(self.doc, start, end)
            org = organizations().get(name.text) if self.kind(key) is Kind.ORGANIZATION else None
            if org is not None:
                return org.sector, name.text
            left = [
                t.lower_
                for t in doc_span(self.doc, _mention_start(tok), start)
                if self.found.entity_at(t.i) is None
            ]
            if self.kind(key) is Kind.PERSON:  # "Russian Ambassador Georgy Zinoviev": the title
                words = left
            else:  # "the Foreign Ministry", "the Supreme Court": the name
                words = [*left, *(t.lower_ for t in name[:-1]), name[-1].lemma_.lower()]
            sector = sectors().sector(words) if words else None
            if sector is None and _people_of(name, self.kind(key)):
                sector = CIVILIANS  # "Nigerians", "thousands of Egyptians": a state's people
            return sector, span_text(self.doc, min(start, _mention_start(tok)), end)
        states = {t.i for t in tok.subtree if t.i < tok.i and self.found.entity_at(t.i) is not None}
        sector = sectors().sector(phrase_words(tok, states))
        if sector is None and tok.lemma_.lower() == "opposition" and states:
            # "Venezuela's opposition", "the Zimbabwean opposition": a state's political
            # opposition (Phoenix files only longer phrases, "main opposition", under OPP)
            sector = "OPP"
        return sector, span_text(self.doc, _mention_start(tok), tok.i + 1)

    def _sector_state(self, tok: Token, mention: str | None) -> tuple[list[str], str | None]:
        """ "a court in Guyana", "police in Kenya": the state a sector noun belongs to (not a
        local council's: "the council in Leeds" is no act of the state)."""
        if tok.lemma_.lower() in LOCAL_BODIES:
            return [], mention
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from", "throughout", "across"):
                continue
            for obj in prep.children:
                key = self.found.entity_at(obj.i) if obj.dep_ == "pobj" else None
                if key is None and obj.dep_ == "pobj" and obj.lemma_.lower() in SETTLEMENTS:
                    # "the mayor of the city of Nablus", "residents of the town of Gori": the
                    # settlement its own "of" phrase names
                    named = _prep_object(obj, ("of",))
                    key = self.found.entity_at(named.i) if named is not None else None
                state = key if key and self.kind(key) is Kind.STATE else self.found.part_of.get(key or "")
                if state:
                    states = [state]
                    if tok.tag_ == "NNS" and obj.dep_ == "pobj":
                        # "the presidents of Sri Lanka and Indonesia": each state of the plural's list
                        states += [
                            k
                            for c in _conjuncts(obj)
                            if c.i != obj.i
                            and (k := self.found.entity_at(c.i)) is not None
                            and self.kind(k) is Kind.STATE
                            and k not in states
                        ]
                    return states, self.doc[_mention_start(tok) : obj.right_edge.i + 1].text
        for city in (c for c in tok.children if c.dep_ == "compound" and c.i < tok.i):
            # "a Moscow court", "Tehran prosecutors", "Basra police": a city's court, police or
            # prosecutors are its state's (not a local council's: above)
            key = self.found.entity_at(city.i)
            state = self.found.part_of.get(key or "") if key and self.kind(key) is Kind.LOCATION else None
            sector = self.describe(tok)[0]
            if state and self.kind(state) is Kind.STATE and sector in GOVERNING and sector != "GOV":
                return [state], mention
        titled = tok.lemma_.lower() in self.words.home_members and tok.tag_ not in ("NNS", "NNPS")
        titled = titled and _member_lemma(tok, self.words.home_members) is None  # "MPs" tagged NN
        home = self.governed_home(officials=titled)
        if home is not None and self._home_body(tok):
            # "the Tories attacked the government", "warned ministers", "urged MPs": the
            # government or parliament of the state the document is about, not a state
            # merely near in the text
            return [home], mention
        return [], mention

    def _home_body(self, tok: Token) -> bool:
        """ "the government", "the cabinet", "ministers", "senior ministers", "MPs", "the prime
        minister" (when no holder is named): a body of government named with no state, no owner
        and nobody in particular ("a minister", "its government", "foreign ministers" and
        "Western governments" are not)."""
        lemma, plural = _member_lemma(tok, self.words.home_members) or (
            tok.lemma_.lower(),
            tok.tag_ in ("NNS", "NNPS"),
        )
        # "the government"; "the police", "the army": the forces of the state the document is about
        body = (lemma in self.words.home_bodies and not plural) or tok.lower_ in HOME_FORCES
        # "ministers"; "prosecutors", "senior judges": the judiciary of the state
        members = (lemma in self.words.home_members or lemma in self.words.home_officers) and plural
        if members and lemma not in self.words.home_members and _generic_clause(tok):
            return False  # "judges can jail parents", "when judges sentence offenders": no act
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "predet")]
        if lemma in self.words.home_members and not plural and "the" in dets and set(dets) <= {"the", "both"}:
            # "called on the prime minister", no one holding it named: the government's head
            return not any(
                c.dep_ in ("poss", "nmod")
                or (c.dep_ in ("compound", "amod") and self.found.entity_at(c.i) is not None)
                for c in tok.children
            )
        if body and dets != ["the"] and not (not dets and tok.dep_ in ("compound", "nmod")):
            return False  # "the government", "government plans", "government red tape"; not "a government"
        if not body and not (members and set(dets) <= {"all"}):
            return False  # "ministers", "all MPs"; "the two ministers" are ones just named
        if members and any(c.dep_ == "nummod" for c in tok.children):
            return False
        for prep in (
            c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "in", "across")
        ):
            obj = _pobj(prep)
            if prep.lower_ != "of" or (
                obj is not None
                and (
                    self.found.entity_at(obj.i) is not None
                    or obj.lemma_.lower() in self.words.home_bodies | {"country", "state", "nation"}
                )
            ):
                return False  # "ministers from European governments": someone else's (not "of arrogance")
        return not any(
            c.dep_ in ("poss", "nmod")
            or (
                c.dep_ in ("compound", "amod")
                and c.lemma_.lower() not in self.words.home_bodies
                and c.lower_ not in self.words.home_modifiers
            )
            for c in tok.children
        )

    def private(self, tok: Token) -> bool:
        """ "a British terror suspect", "a French journalist", "the British Jews", "the Turkish
        community": one private person (a singular noun of ``private_persons``) or a community
        of faith or descent (``communities``, any number), named by a common noun. A soldier,
        an official, a court or "Israeli settlers" are not. As an agent such a noun does not
        make its nationality's state act."""
        if tok.pos_ not in ("NOUN", "PROPN") or self.found.entity_at(tok.i) is not None:
            return False
        lemma = tok.lemma_.lower()
        if tok.pos_ == "PROPN" and lemma.endswith("s"):
            lemma = lemma[:-1]  # "Jews", "Muslims" tagged as names keep their plural
        before = self.doc[tok.i - 1] if tok.i > self.sentences.start(tok.i) else None
        compound = before is not None and before.head.i == tok.i and before.dep_ == "compound"
        words = {lemma, f"{before.lower_} {lemma}"} if compound and before is not None else {lemma}
        if words & self.words.communities:
            return True
        if any(
            c.lemma_.lower() in self.words.home_bodies for c in tok.children if c.dep_ in ("compound", "amod")
        ):
            return False  # "a government lawyer", "a state prosecutor": the state's own
        return tok.tag_ == "NN" and bool(words & self.words.private_persons)

    def _named(self, tok: Token, kinds: tuple[Kind, ...], depth: int = 2) -> list[str]:
        key = self.found.entity_at(tok.i)
        if (
            key is None
            and tok.tag_ == "NNS"
            and any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in tok.children)
        ):
            return []  # "former HealthSouth employees" no longer act for it
        documents = self.words.document_nouns
        if (tok.lemma_.lower() in documents and tok.text[:1].isupper() and tok.i > tok.sent.start) or (
            key is not None
            and self.kind(key) is Kind.ORGANIZATION
            and self.found.entities[key].label.split()[-1].lower() in documents
        ):
            # "the Prevention of Terrorism Bill", "the Civil List": a named text or fund is no
            # actor ("Labour's plan", "a Senegalese peace plan" are their owners')
            return []
        if key is not None:
            # "The MPs also called for ...", "MPs" tagged a name of its own: the committee
            body = self.committee_of(tok) if Kind.ORGANIZATION in kinds else None
            if body is not None:
                return [body]
            found = [key] if self.kind(key) in kinds else []
            # "the State Department urged": a state's body acts for its state; a party acts for
            # itself ("the Tories accused" is no act of the United Kingdom)
            # itself ("the Tories accused" is no act of the United Kingdom), and so does a
            # business lobby, a union or a charity ("the CBI urged")
            organization = self.kind(key) is Kind.ORGANIZATION
            if organization and not self.is_government(key):
                return found
            state = self.found.part_of.get(key) if organization else None
            if state is not None and found:
                found.append(state)
            # "Russian Ambassador Georgy Zinoviev": the modifying state acts with him.
            return found + [k for k in self.modifier_entities(tok, (Kind.STATE,)) if k not in (key, state)]
        if Kind.PERSON in kinds:
            introduced = self.introduced(tok)
            if introduced is not None:
                return [introduced]
            if tok.lemma_.lower() in ("predecessor", "successor"):
                # "Howard, who took over from Iain Duncan Smith, criticised his predecessor"
                for poss in (c for c in tok.children if c.dep_ == "poss"):
                    owners = (
                        self.pronoun(poss, tok) if poss.pos_ == "PRON" else self._named(poss, (Kind.PERSON,))
                    )
                    other = self.succession(owners[0], tok, tok.lemma_.lower()) if len(owners) == 1 else None
                    if other is not None:
                        return [other]
        body = self.definite_body(tok) if Kind.ORGANIZATION in kinds else None
        if body is None and Kind.ORGANIZATION in kinds:
            body = self.committee_of(tok)
        if body is not None:
            return [body]
        party = self.unmarked_party(tok)
        if party is None and tok.lower_ == "party" and tok.dep_ != "compound":
            party = self.own_party(tok)  # "urged the party to unite"
        if party is not None:
            return [party]
        if Kind.ORGANIZATION in kinds:
            named_parties = self.named_parties(tok)
            if named_parties:
                return named_parties
        if Kind.PERSON in kinds and _group_noun(tok):
            # "Blair and Brown met ... Howard accused the two men", "criticised the pair"
            counted = [
                NUMBER_WORDS.get(c.lower_)
                for c in (tok, *tok.children)
                if c.dep_ == "nummod" or (c.i == tok.i and c.pos_ == "NUM")
            ] or ([2] if _both_alone(tok) else [])
            group = self.plural_object(
                tok,
                (Kind.PERSON,),
                counted[0] if counted else None,
                described=not counted and tok.pos_ == "NOUN",
            )
            if group and (not counted or counted[0] == len(group)):
                return group
            if not group and (tok.lemma_.lower() in ("pair", "duo", "couple") or counted == [2]):
                # "Blair met Brown. Howard criticised the rivalry between the pair": the two
                # people named last, not coordinated
                return self.last_two_people(tok)
        if tok.lower_ in self.words.personal_pronouns:
            return self.pronoun(tok, tok.head)
        if tok.lower_ == "them" and tok.dep_ in ("dobj", "dative", "pobj"):
            return self.plural_object(tok, kinds)
        if tok.lower_ in ("who", "whom", "which", "that") and tok.head.dep_ == "relcl" and tok.pos_ == "PRON":
            return self._named(tok.head.head, kinds, depth)  # "Galloway, who was expelled"
        for child in tok.children:
            # "Lula's foreign minister, Mauro Vieira", "his counterpart Nicolas Maduro"
            named = self.found.entity_at(child.i) if child.dep_ in ("appos", "compound") else None
            if named is None and child.dep_ == "appos" and child.text in POST_NOMINALS:
                named = self.found.entity_at(child.i - 1)  # "the chairman, Guy Mansfield QC"
            if named is not None and self.kind(named) is Kind.PERSON:
                # ("a spokesman for China's foreign ministry, Gao Renjie": an office's "for" or
                # "of" phrase names whom he serves)
                titled = offices().is_office(tok.text) and tok.pos_ == "NOUN"
                return [named, *self.modifier_entities(tok, (Kind.STATE,), depth=2 if titled else 1)]
            if (
                named is not None
                and child.dep_ == "appos"
                and tok.pos_ == "NOUN"
                and self.kind(named) is Kind.ORGANIZATION
                and Kind.ORGANIZATION in kinds
            ):
                # "the largest US telephone company Verizon", "Nigerian banks United Bank of
                # Africa and Standard Trust Bank": the ones it names, not the state describing them
                return [k for c in _conjuncts(child) for k in self._named(c, kinds, depth)]
        office = self.office_holder(tok)
        if office is not None:
            return [office, *self.modifier_entities(tok, (Kind.STATE,))]
        untitled = self.untitled_holder(tok) if Kind.PERSON in kinds else None
        if untitled is not None:
            return [untitled]
        if tok.lemma_.lower() in self.words.home_bodies and Kind.STATE in kinds:
            # "Mr Blair's government", "his administration": the state its head serves
            for poss in (c for c in tok.children if c.dep_ == "poss"):
                heads = self._named(poss, (Kind.PERSON,), depth)
                served = {s for s in self.served(heads) if self.kind(s) is Kind.STATE}
                if heads and len(served) <= 1:
                    state = next(iter(served), self.governed_home())
                    return [state] if state is not None else heads
        kin = self.kin(tok) if Kind.PERSON in kinds else None
        if kin is not None:
            return [kin]
        if (
            tok.lemma_.lower() in PARTISANS
            and Kind.ORGANIZATION in kinds
            and tok.dep_ not in ("nsubj", "nsubjpass", "poss", "agent")
            and not (tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from"))
        ):
            # "Mr Howard warned his supporters", "praised Blair's loyalists": the party of the one
            # they follow, when the text names one party of theirs (as those acted upon only: "his
            # supporters attacked X" are a crowd of their own, no party acting)
            leaders = [
                k
                for c in tok.children
                if c.dep_ == "poss"
                for k in self._named(c, (Kind.PERSON,), depth)
                if self.kind(k) is Kind.PERSON
            ]
            mine = {k for k in self.served(leaders) if self.kind(k) is Kind.ORGANIZATION and self.is_party(k)}
            if len(leaders) == 1 and len(mine) == 1:
                self.own_parties |= mine  # acted upon though the actor's (see ``own_party``)
                return list(mine)
        if tok.lemma_.lower() in self.words.relatives | self.words.followers:
            # "Stefan's parents", "the critics of Blair": someone else than the one named; but
            # "Palestinian families", "opponents of Rwanda's Senate" are of the state named
            if Kind.STATE not in kinds:
                return []
            # ("supporters of former President Ben Bella" are of the state he serves)
            people = tok.lemma_.lower() in self.words.followers
            owners = self.modifier_entities(tok, (Kind.STATE, Kind.ORGANIZATION, Kind.PERSON), depth=depth)
            states: list[str | None] = []
            for k in owners:
                if self.kind(k) is Kind.PERSON:
                    theirs = [s for s in self.served([k]) if self.kind(s) is Kind.STATE] if people else []
                    states += theirs[:1] if len(theirs) == 1 else []
                else:
                    states.append(k if self.kind(k) is Kind.STATE else self.found.part_of.get(k))
            return list(dict.fromkeys(k for k in states if k is not None and self.kind(k) is Kind.STATE))
        members = self.members_named_next(tok) if Kind.PERSON in kinds else []
        if members:
            return members
        found = [k for k in self.modifier_entities(tok, kinds, depth=depth) if self.kind(k) in kinds]
        if not found and tok.tag_ == "NNS" and depth > 0:
            # "the world's poorest nations including Tanzania", "countries such as Iran": the
            # ones named of them
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("including", "as")):
                if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
                    continue
                obj = _pobj(prep)
                for t in (obj, *obj.conjuncts) if obj is not None else ():
                    found += [k for k in self._named(t, kinds, depth - 1) if k not in found]
        if offices().is_office(tok.text) and not tok.lower_.startswith("spokes"):
            # "his chancellor", "Blair's deputy": someone else than the one who appointed
            # them (a spokesman speaks for them)
            found = [k for k in found if self.kind(k) is not Kind.PERSON]
        if not found and Kind.PERSON in kinds and _person_described(tok):
            found = self.described_person(tok)  # "X quit in 2003. Blair praised the former minister"
        if not found and tok.lemma_.lower() in SPOKESPEOPLE and depth > 0:
            # "the prime minister's official spokesman": the one named with the owner's office
            # (not any person named near: "the prime minister's spokesman urged people to put
            # Ms Blears' comments into context"; nor a guess from the knowledge base, which has
            # every minister in the government)
            found = [
                holder
                for c in tok.children
                if c.dep_ == "poss"
                and c.pos_ != "PRON"
                and self.found.entity_at(c.i) is None
                and (holder := self.office_holder(c)) is not None
            ] or self.spokesman_before(tok, kinds, depth)
        return found

    def spokesman_before(self, tok: Token, kinds: tuple[Kind, ...], depth: int) -> list[str]:
        """ "A Foreign Office spokesman said ... The spokesman declined to comment": a bare "the
        spokesman" speaks for whom the last spokesman named before it, in its sentence or the
        two before, speaks for; none when that one names no one."""
        if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ in ("poss", "compound", "amod", "prep", "appos") for c in tok.children
        ):
            return []
        start = tok.sent.start
        for _ in range(2):
            if start > 0:
                start = sentence_start(self.doc, start - 1)
        for i in range(tok.i - 1, start - 1, -1):
            before = self.doc[i]
            if before.lemma_.lower() in SPOKESPEOPLE and before.pos_ == "NOUN":
                if [c.lower_ for c in before.children if c.dep_ == "det"] == ["the"] and not any(
                    c.dep_ in ("poss", "compound", "amod", "prep", "appos") for c in before.children
                ):
                    continue  # another bare "the spokesman": further back
                return self._named(before, kinds, depth)
        return []

    def described_person(self, tok: Token) -> list[str]:
        """ "Alan Milburn quit the cabinet. Tony Blair praised the former minister": the one
        person named before a definite description of a role, in its sentence or the one before,
        but its own clause's subject; none when no one or several are."""
        clause = tok.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        own = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        start = tok.sent.start
        if start > 0:
            start = sentence_start(self.doc, start - 1)
        quoted = self.quoted(tok.i)
        people = {
            k: None
            for i in range(start, tok.i)
            if i not in own
            and self.quoted(i) == quoted
            and (k := self.found.entity_at(i)) is not None
            and self.kind(k) is Kind.PERSON
        }
        return list(people) if len(people) == 1 else []

    def members_named_next(self, tok: Token) -> list[str]:
        """ "could take legal action to unseat two London Assembly members who defected ...
        Damian Hockney and Peter Hulme-Cross were elected in 2004": members of a body counted,
        whom the next sentence names as its subject, that many persons joined, are those
        persons, not their body."""
        count = next(
            (NUMBER_WORDS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS),
            None,
        )
        if count is None or tok.lemma_.lower() not in MEMBER_NOUNS or tok.sent.end >= len(self.doc):
            return []
        if not any(
            c.dep_ in ("compound", "amod")
            and (k := self.found.entity_at(c.i)) is not None
            and self.kind(k) is Kind.ORGANIZATION
            for c in tok.children
        ):
            return []
        after = self.doc[tok.sent.end].sent
        subj = next((t for t in after if t.dep_ in ("nsubj", "nsubjpass") and t.head == after.root), None)
        if subj is None:
            return []
        keys = list(
            dict.fromkeys(k for t in _conjuncts(subj) if (k := self.found.entity_at(t.i)) is not None)
        )
        if len(keys) != count or any(self.kind(k) is not Kind.PERSON for k in keys):
            return []
        return keys

    def definite_body(self, tok: Token) -> str | None:
        """A bare "the council", "the union", "the bank": the one organization named before in
        the document whose name ends in that word ("Leeds City Council ... appealed to the
        council"); none when no or several such are named."""
        lemma = tok.lemma_.lower()
        if (
            tok.pos_ != "NOUN"
            or tok.tag_ != "NN"
            or self.found.entity_at(tok.i) is not None
            or lemma in self.words.home_bodies | self.words.home_members
            or [(c.dep_, c.lower_) for c in tok.children if c.dep_ != "punct"] != [("det", "the")]
        ):
            return None
        before = tok.idx
        named = {
            key
            for key, ent in self.found.entities.items()
            if ent.kind is Kind.ORGANIZATION
            and ent.label.lower().rsplit(None, 1)[-1] == lemma
            and " " in ent.label
            and any(m.start < before for m in ent.mentions)
        }
        return named.pop() if len(named) == 1 else None

    def committee_of(self, tok: Token) -> str | None:
        """ "The MPs launched their inquiry", "the peers said": a definite plural of members of
        a parliament is the one committee the document names before it ("the Commons Health
        Committee"); none when no or several committees are named, or the noun has any other
        modifier ("the Labour MPs", "the two MPs", "the MPs' committee")."""
        key = self.found.entity_at(tok.i)  # ("MPs" may be tagged a name of its own)
        lemma, plural = _member_lemma(tok, self.words.committee_members) or (
            tok.lemma_.lower(),
            tok.tag_ in ("NNS", "NNPS"),
        )
        if (
            not plural
            or lemma not in self.words.committee_members
            or (key is not None and self.found.entities[key].label.casefold() != tok.lower_)
            or [(c.dep_, c.lower_) for c in tok.children if c.dep_ != "punct"] != [("det", "the")]
        ):
            return None
        before = tok.idx
        named = {
            key
            for key, ent in self.found.entities.items()
            if ent.kind is Kind.ORGANIZATION
            and ent.label.lower().rsplit(None, 1)[-1] == "committee"
            and " " in ent.label
            and any(m.start < before for m in ent.mentions)
        }
        return named.pop() if len(named) == 1 else None

    def kin(self, tok: Token) -> str | None:
        """The relative a kin noun names: "she criticised her husband", "Mr Howard praised his
        wife": the one other person of the document sharing the possessor's surname and of the
        kin noun's gender; None when the possessor is unknown or more than one could be meant."""
        gender = KIN_GENDER.get(tok.lower_)
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if gender is None or poss is None:
            return None
        if poss.pos_ == "PRON":
            if poss.lower_ not in ("his", "her"):
                return None
            owners = self.pronoun(poss, tok)
        else:
            owners = [k for k in self._named(poss, (Kind.PERSON,), 0) if self.kind(k) is Kind.PERSON]
        if len(owners) != 1 or self.kind(owners[0]) is not Kind.PERSON:
            return None
        surname = self.found.entities[owners[0]].label.split()[-1].casefold()
        others = [
            k
            for k, ent in self.found.entities.items()
            if ent.kind is Kind.PERSON
            and k != owners[0]
            and len(ent.label.split()) > 1
            and ent.label.split()[-1].casefold() == surname
        ]
        same = [k for k in others if self.gender(k) == gender]
        if len(same) == 1 and all(self.gender(k) is not None for k in others):
            return same[0]
        if not others:
            return self._kin_told(owners[0], tok.lower_)
        return None

    def _kin_told(self, owner: str, word: str) -> str | None:
        """ "a disagreement with his daughter Victoria ... Victoria denounced her father": the
        person the document names as the owner's kin of the other side (a "daughter" is whose
        "father"), by the kin noun's possessor or "of" phrase ("Sir X's daughter Victoria",
        "Victoria, daughter of Sir X"), or with none, the one person the story is about; of the
        kin word's gender, and only one such person."""
        wanted = KIN_SIDE.get(word)
        if wanted is None:
            return None
        other = KIN_INVERSE[wanted]
        found: set[str] = set()
        for i, key in self.found.token_entity.items():
            if key != owner or self.found.token_entity.get(i + 1) == key:
                continue  # (the last word of each mention)
            name = self.doc[i]
            nouns = [c for c in name.children if c.dep_ in ("appos", "compound")]
            if name.dep_ in ("appos", "compound"):
                nouns.append(name.head)
            for noun in (n for n in nouns if KIN_SIDE.get(n.lower_) == other):
                poss = next((c for c in noun.children if c.dep_ == "poss"), None)
                of = _prep_object(noun, ("of",))
                if poss is not None:
                    kin = (
                        self.pronoun(poss, noun)
                        if poss.pos_ == "PRON"
                        else self.entities(poss, (Kind.PERSON,))
                    )
                elif of is not None:
                    kin = self.entities(of, (Kind.PERSON,))
                else:
                    kin = self.story_subjects({owner})
                found.update(kin[:1] if len(kin) == 1 else [])
        fits = [
            k
            for k in found
            if k != owner and self.kind(k) is Kind.PERSON and self.gender(k) in (None, KIN_GENDER[word])
        ]
        return fits[0] if len(fits) == 1 else None

    def modifier_entities(
        self, tok: Token, kinds: tuple[Kind, ...] = ACTORS, depth: int = 1, owners: bool = True
    ) -> list[str]:
        """Entities among a noun's modifiers: possessor, compound, adjective, "of/for/from"
        object (without ``owners``, only compounds and adjectives)."""
        out: list[str] = []
        for child in tok.children:
            if not owners and child.dep_ not in ("compound", "amod", "nmod"):
                continue
            if (
                child.dep_ in ("acl", "amod")
                and child.i > tok.i
                and (child.lower_ in ALLEGIANCE or child.lemma_.lower() in ALLEGIANCE)
                and depth > 1
            ):
                # "Fighters belonging to Hezbollah shelled", "militias affiliated with IS": the
                # group or state they act for ("MPs loyal to Mr Blair" are not Mr Blair)
                out += [
                    k
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ in ("to", "with")
                    for o in _prep_objects(p)
                    for k in self._named(o, kinds, depth - 1)
                    if self.kind(k) in kinds and self.kind(k) is not Kind.PERSON
                ]
                continue
            if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod", "det", "nummod"):
                # ("det", "nummod": a seat read as a number, "a No 10 spokesman")
                key = self.found.entity_at(child.i)
                if key is not None and _stance(child, key, self.found.entity_at):
                    continue  # "an anti-Syria journalist", "pro-Russian rebels": for or against it
                if key is not None and _theatre(tok, child):
                    continue  # "opposed the Iraq war": the place fought in, no doer of the war
                if key is not None and self.kind(key) in kinds:
                    out.append(key)
                    for conj in (c for c in child.children if c.dep_ == "conj" or _hyphen_pair(c, child)):
                        # "US and British activists", "a British-Iranian dual national": both
                        other = self.found.entity_at(conj.i)
                        if other is not None and self.kind(other) in kinds and other != key:
                            out.append(other)
                elif (
                    # ("government forces" name no state: whose, the sentence does not say)
                    (
                        child.dep_ == "poss"
                        or (child.dep_ == "compound" and tok.lemma_.lower() not in ARMED_NOUNS)
                    )
                    and key is None
                    and child.lemma_.lower() in self.words.home_bodies
                    and (
                        child.dep_ == "poss"
                        or not any(c.dep_ in ("poss", "compound", "amod") for c in child.children)
                    )
                ):
                    out += self._one(child, kinds)  # "the government's failure", "government plans"
                elif (
                    child.dep_ == "compound" and child.lower_ == "party" and tok.lemma_.lower() in PARTY_BODY
                ):
                    # "issued a call for party unity", "urged party members to ...": the party
                    # of the one who calls
                    out += [k for k in [self.own_party(child)] if k is not None and self.kind(k) in kinds]
                elif child.dep_ == "compound" and key is None and not self.is_thing(child):
                    # "Chinese coast guard vessel"; not "his anti Iraq war stance": a thing's
                    # own modifiers tell what it is about
                    out += self.modifier_entities(child, kinds, depth)
                elif child.dep_ == "compound" and key is None and child.pos_ == "NOUN" and child.i < tok.i:
                    # "Norwegian ceasefire monitors", "Chinese aid workers", "a Greek oil tanker":
                    # the nationality adjective of the whole phrase, parsed as its first noun's
                    # (a name there says what the thing is about: "the Iraq war veterans")
                    out += [
                        k
                        for g in child.children
                        if g.dep_ == "amod"
                        and g.pos_ == "ADJ"
                        and g.i < child.i
                        and (k := self.found.entity_at(g.i)) is not None
                        and self.kind(k) is Kind.STATE
                        and Kind.STATE in kinds
                        and not _stance(g, k, self.found.entity_at)
                    ]
                elif child.lower_ in ("its", "their") and child.dep_ == "poss" and Kind.STATE in kinds:
                    # "Three Pakistani policemen were killed when their checkpoint was attacked":
                    # whose, the subject of a clause above says
                    out += self._clause_owner(tok, kinds)
                elif child.lower_ in self.words.personal_pronouns and child.dep_ == "poss":
                    # "one of his own backbenchers", "his own colleagues": people of his, not him
                    others = tok.tag_ == "NNS" and any(c.lower_ == "own" for c in tok.children)
                    out += [
                        k
                        for k in self.pronoun(child, tok)
                        if self.kind(k) in kinds and not (others and self.kind(k) is Kind.PERSON)
                    ]
                elif child.dep_ == "amod" and key is None and child.lower_ in OWNING_PARTICIPLES:
                    # "Saudi-led forces", "the US-led coalition", "a Greek-flagged tanker", "a
                    # French-drafted plan", "a Chinese-owned company": the state that leads, owns
                    # or wrote it (not "a Labour-led council": a party leads no force of its own;
                    # not "US-backed forces": backing is no owning)
                    out += [
                        k
                        for c in child.children
                        if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                        and (k := self.found.entity_at(c.i)) is not None
                        and self.kind(k) in kinds
                        and not self.is_party(k)
                    ]
            elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in MEDIATING:
                # "a delegation led by Yunus-Bek Yevkurov" (not "talks brokered by the US": a
                # third party, not one of the sides)
                by = _by_agent(child)
                key = self.found.entity_at(by.i) if by is not None else None
                if key is None and by is not None and Kind.PERSON in kinds:
                    key = self.office_holder(by)  # "the legal advice given by the Attorney General"
                if key is not None and self.kind(key) in kinds:
                    out.append(key)
                elif (
                    key is None and by is not None and by.pos_ == "NOUN" and depth > 0 and self.is_thing(tok)
                ):
                    # "war crimes committed by Iraqi soldiers", "a bomb planted by al-Shabaab
                    # militants", "a plan drafted by French diplomats": the doers a group names
                    # (not of people: "a civilian killed by British troops" is none of theirs)
                    out += [k for k in self.entities(by, kinds, depth - 1) if self.kind(k) in kinds]
            elif child.dep_ == "prep" and child.lower_ in ("of", "for", "from", "between") and depth > 1:
                for obj in (o for c in child.children if c.dep_ == "pobj" for o in _conjuncts(c)):
                    if obj.dep_ in ("pobj", "conj"):
                        key = self.found.entity_at(obj.i)
                        if key is not None and self.kind(key) in kinds:
                            out.append(key)
                        else:
                            # ("the mayor of the city of Nablus": a settlement's "of" names the
                            # settlement itself, one step, not two)
                            settled = key is None and obj.lemma_.lower() in SETTLEMENTS
                            out += self.modifier_entities(obj, kinds, depth if settled else depth - 1)
        # ("the signing of the Maastricht Treaty", "the passage of the Terrorism Bill": a named
        # text is no one acting or acted upon)
        return [k for k in dict.fromkeys(out) if not self.named_text(k)]

    def named_text(self, key: str) -> bool:
        """An organization whose name ends in a word of a legal text: "the Maastricht Treaty",
        "the Prevention of Terrorism Bill", "the Kyoto Protocol" (see :data:`LEGAL_TEXTS`)."""
        ent = self.found.entities.get(key)
        return (
            ent is not None and ent.kind is Kind.ORGANIZATION and ent.label.split()[-1].lower() in LEGAL_TEXTS
        )

    def _clause_owner(self, tok: Token, kinds: tuple[Kind, ...]) -> list[str]:
        """Whom "its"/"their" on the noun ``tok`` stands for: the subject of the nearest clause
        above the one the noun is in ("Two Indian soldiers died when their patrol was
        ambushed", "the army said its convoy was hit"), when the noun is its own clause's
        subject; no pronoun. ("X attacked their base", "sent its condolences": an object's owner
        may be its own clause's subject or anyone; none is taken.)"""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        node = tok.head
        for _ in range(3):
            if node.head.i == node.i or node.dep_ not in ("advcl", "ccomp", "conj", "xcomp"):
                return []
            node = node.head
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if subj.pos_ == "PRON":
                    return []
                return [k for k in self._one(subj, kinds) if self.kind(k) in (Kind.STATE, Kind.ORGANIZATION)]
        return []

    def succession(self, holder: str, tok: Token, which: str) -> str | None:
        """The person ``holder`` took over from ("succeeded Jack Straw", "took over from Iain
        Duncan Smith", "Straw was replaced by Blunkett"), or who took over from them, as the
        text says it at ``tok`` or before."""
        found: str | None = None
        for verb in self.doc[: tok.sent.end]:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in ("succeed", "replace", "take"):
                continue
            later: Token | None = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            earlier: Token | None = None
            if lemma == "take":
                if not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
                    continue
                earlier = _prep_object(verb, ("from",))
            elif any(c.dep_ == "nsubjpass" for c in verb.children):
                earlier = next(c for c in verb.children if c.dep_ == "nsubjpass")
                later = _by_agent(verb)
            else:
                earlier = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if later is not None and later.lower_ in ("who", "that") and verb.dep_ == "relcl":
                later = verb.head
            if later is None or earlier is None:
                continue
            new, old = self.found.entity_at(later.i), self.found.entity_at(earlier.i)
            if (
                new is None
                or old is None
                or self.kind(new) is not Kind.PERSON
                or self.kind(old) is not Kind.PERSON
            ):
                continue
            if which == "predecessor" and new == holder:
                found = old
            elif which == "successor" and old == holder:
                found = new
        return found

    def introduced(self, tok: Token) -> str | None:
        """ "Gordon Brown has criticised a union leader who said ... . Jonathan Baume, of the
        civil servants' union, spoke of ...": someone described in a story's opening sentence
        ("a union leader", "a senior judge") is the person the next sentence introduces by name
        as its subject, named there for the first time."""
        if (
            tok.pos_ != "NOUN"
            or tok.tag_ != "NN"
            or self.found.entity_at(tok.i) is not None
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            or not (offices().is_office(tok.text) or sectors().sector([tok.lemma_.lower()]) is not None)
        ):
            return None
        sent = tok.sent
        if sent.end >= len(self.doc) or not self._opening(sent):
            return None
        following = self.doc[sent.end].sent
        subj = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
        key = self.found.entity_at(subj.i) if subj is not None else None
        if key is None or self.kind(key) is not Kind.PERSON:
            return None
        if any(self.found.entity_at(i) == key for i in range(sent.start, following.start)):
            return None  # named beside the description: someone else than the one described
        return key

    def _opening(self, sent: Span) -> bool:
        """The story's opening sentence: the first, or the first after a headline line."""
        if sent.start == 0:
            return True
        before = self.doc[sent.start - 1].sent
        words = [t for t in before if not t.is_space]
        return (
            before.start == 0
            and "\n" in before[-1].text + before[-1].whitespace_
            and bool(words)
            and words[-1].text not in (".", "!", "?", '"', "'", "”", "’")
        )  # a headline line: no full stop

    def freed(self, trigger: Token) -> set[str]:
        """The people an appeal wants freed or returned: "the release of X", "for X to be freed"."""
        out: set[str] = set()
        for tok in trigger.subtree:
            lemma = tok.lemma_.lower()
            if lemma not in FREEING:
                continue
            if tok.pos_ == "NOUN":
                patients = [_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
                patients += [c for c in tok.children if c.dep_ == "poss"]  # "the hostages' release"
            elif tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
                patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
            else:
                continue
            for p in (p for p in patients if p is not None):
                # the people named or their nationality ("the Iranian diplomats"); not their
                # holder ("Iran's hostages" are held by Iran)
                key = self.found.entity_at(p.i)
                out.update([key] if key is not None else self.modifier_entities(p, owners=False))
        return out

    def proposed(self, trigger: Token) -> set[str]:
        """The bodies an act proposes or makes, which do not exist yet: "the creation of X", "to
        set up X", "X would be established", "a proposal for a new X" (not "plans for the BBC")."""
        out: set[str] = set()
        for tok in trigger.subtree:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in CREATING_NOUNS:
                if lemma == "setting" and not any(c.lower_ == "up" for c in tok.children):
                    continue
                made = [_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            elif tok.pos_ == "VERB" and lemma in CREATING_VERBS:
                if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
                    continue
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                made = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            elif tok.pos_ == "NOUN" and lemma in PROPOSING_NOUNS:
                made = [
                    o
                    for c in tok.children
                    if c.dep_ == "prep"
                    and c.lower_ == "for"
                    and (o := _pobj(c)) is not None
                    and any(
                        (d.dep_ == "det" and d.lower_ in ("a", "an"))
                        or (d.dep_ == "amod" and d.lower_ == "new")
                        for d in o.children
                    )
                ]
            else:
                continue
            for m in (m for m in made if m is not None):
                for part in _conjuncts(m):
                    key = self.found.entity_at(part.i)
                    if key is not None and self.kind(key) is Kind.ORGANIZATION:
                        out.add(key)
        return out

    def own_party(self, tok: Token) -> str | None:
        """The party a bare "the party" is: the one party of the clause's actor ("Gordon Brown,
        the Labour chancellor, urged the party to unite"; "Mr Brown's call for party unity");
        None when the actor has no party or more than one."""
        node = tok
        for _ in range(6):
            if node.head.i == node.i:
                return None
            node = node.head
            actors = [
                c
                for c in node.children
                if c.dep_ in ("nsubj", "poss") and not (c.left_edge.i <= tok.i <= c.right_edge.i)
            ]
            if actors or node.pos_ == "VERB":
                break
        keys = [k for c in actors for k in self.entities(c)] if actors else self.inherited_subject(node)
        mine = {
            k for k in (*keys, *self.served(keys)) if self.kind(k) is Kind.ORGANIZATION and self.is_party(k)
        }
        if len(mine) != 1:
            return None
        self.own_parties |= mine
        return next(iter(mine))

    def unmarked_party(self, tok: Token) -> str | None:
        """ "Labour and the Tories have clashed": a party the model did not mark here, named
        as the party this document names elsewhere."""
        if not tok.text[:1].isupper() or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
        party = parties().lookup(" ".join(t.text for t in words))
        if party is None:
            return None
        return next(
            (
                k
                for k, e in self.found.entities.items()
                if e.kind is Kind.ORGANIZATION and e.label == party.name
            ),
            None,
        )

    def office_holder(self, tok: Token) -> str | None:
        """ "the first deputy foreign minister" -> the person named with that office earlier."""
        if tok.i in self._busy:
            return None  # a pronoun in the phrase led back here
        self._busy.add(tok.i)
        try:
            found = self._office_holder(tok)
            if found is not None and _office_head(tok.lower_) in NATIONAL_TITLES:
                found = self._principal_over(tok, found)
            return found
        finally:
            self._busy.discard(tok.i)

    def _principal_over(self, tok: Token, found: str) -> str:
        """A bare national title ("the prime minister") in what a spokesman for someone says is
        that principal, when the knowledge base has the principal in the government of the
        document's state on its date and not the holder named earlier: 'Irish prime minister
        Bertie Ahern met ... A spokesman for Tony Blair said: "The prime minister condemned ..."'
        -> Blair. (A spokesman for the leader of the opposition keeps the holder named.)"""
        if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ == "poss"
            or (
                c.dep_ in ("amod", "compound", "nmod")
                and (self.found.entity_at(c.i) is not None or state_demonym(c.text) is not None)
            )
            for c in tok.children
        ):
            return found  # "the Irish prime minister", "Ireland's prime minister": another's
        head = tok
        while head.head.i != head.i:
            head = head.head
            if head.lemma_.lower() in self.words.say and not self.quoted(head.i):
                break
        else:
            return found
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in SPOKESPEOPLE:
            return found
        principal = next((k for k in self._named(subj, (Kind.PERSON,)) if self.kind(k) is Kind.PERSON), None)
        if principal is None or principal == found:
            return found
        own = self._governs(principal)
        if own and not own & self._governs(found):
            return principal
        return found

    def _governs(self, person: str) -> set[str]:
        """The states whose government the knowledge base has ``person`` in on the date."""
        from ..resolve.actors import actors

        entity = self.found.entities.get(person)
        known = actors().person(entity.label) if entity is not None else None
        if known is None:
            return set()
        return {r.code[:3] for r in known.roles if r.code[3:6] == "GOV" and r.holds_on(self.date)}

    def _office_holder(self, tok: Token) -> str | None:
        head = tok.text if tok.lower_ not in OFFICE_FORMS else _office_head(tok.lower_)  # "PM"
        if not offices().is_office(head) or tok.tag_ in ("NNS", "NNPS"):
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any", "some") for c in tok.children):
            return None  # "a Russian foreign minister" is nobody in particular
        # "the Tory leader": a holder who serves the party, not whoever holds some "leader" office
        # (parties' posts share their names: leader, chairman, spokesman)
        bodies = {
            k
            for c in tok.children
            if c.dep_ in ("amod", "compound", "poss")
            and (k := self.found.entity_at(c.i)) is not None
            and self.kind(k) is Kind.ORGANIZATION
            and self.is_party(k)
        }
        words = [t for t in tok.subtree if (t.i <= tok.i and t.dep_ in ("amod", "compound")) or t.i == tok.i]
        seat = False  # "the Mid-Bedfordshire MP": a seat's name, no word of the office
        if tok.lower_ in CONSTITUENCY_TITLES:
            office_words = [t for t in words if t.i == tok.i or (t.is_alpha and t.is_lower)]
            seat = any(
                t.i != tok.i
                and t.text[:1].isupper()
                and ((k := self.found.entity_at(t.i)) is None or self.kind(k) is Kind.LOCATION)
                for t in words
            )
            words = office_words
        role = _office_words([t.lower_ for t in words if self.found.entity_at(t.i) is None])
        states = [self.found.entities[k].iso3 or "" for k in self.modifier_entities(tok, (Kind.STATE,))]
        found: str | None = None
        # a bare one-word "the minister" points back to someone named; "the EU's ambassador" (an
        # owner named), "the home secretary", "the courts minister" (an office of its own) may
        # open a story that names the holder later
        owned = any(
            c.dep_ in ("poss", "compound", "amod", "nmod") and self.found.entity_at(c.i) is not None
            for c in tok.children
        )
        before = None if owned or " " in role else sentence_of(tok).end_char
        for iso in states or [""]:
            found = found or self._one_holder([(iso, role)], bodies, before)
        if found is None and not states:  # "France's ambassador" is not another state's
            keys = [k for k in self.found.office_holders if k[1] == role]
            found = self._one_holder(keys, bodies, before)
            several = {p for k in keys for p in self.found.office_holders[k]}
            if found is None and len(several) > 1 and " " not in role and not bodies:
                # "Prince Edward ... Prince Harry ... The prince": the one last named with the
                # title before his name (none when the title is not so written)
                last = self._last_titled(tok, next(iter(several)))
                found = last if last in several and self._titled_count(tok) > 1 else None
            if found is None and role.startswith("former "):
                # "Home Secretary David Blunkett resigned ... the ex-home secretary": the one
                # person named with the office whom the knowledge base has left government
                found = self._former_holder(role[len("former ") :], bodies)
                if found is None:
                    # "Home Secretary Ann Vole quit in December. ... The former home secretary
                    # attacked ...": the one holder named before whom the text has leave the post
                    found = self._departed_holder(role[len("former ") :], bodies, tok.idx)
            if found is None and " " in role:
                # "Former defence minister Alan Vole ... the former minister accused": the one
                # person named before with an office whose words hold the description's
                found = self._one_holder(
                    _wider_offices(role, self.found.office_holders), bodies, tok.sent.end_char
                )
            elif (
                found is None
                and role
                and before is not None
                and tok.lower_ == role
                and [(c.dep_, c.lower_) for c in tok.children if c.dep_ not in ("punct", "prep")]
                == [("det", "the")]
                and not any(
                    o.pos_ in ("NOUN", "PROPN")
                    for p in tok.children
                    if p.dep_ == "prep"
                    for o in _prep_objects(p)
                )
            ):
                # "Health Minister Carla Jones visited ... accused the minister of ...", "the
                # secretary" after "Home Secretary X": the one person named before with an
                # office of that head word (no rank word: "the minister" is no prime minister;
                # nothing else said of it: "the chairman of the CRE", "his minister")
                found = self._one_holder(_wider_offices(role, self.found.office_holders), bodies, before)
            if found is None and tok.text in SEATS and role != tok.lower_:
                found = self._seat_member(tok)  # "the Mid-Bedfordshire MP"
        if found is not None and bodies and not bodies & self.served([found]):
            return None
        if found is not None and not states and " " not in role:
            found = self._last_titled(tok, found)
        if found is not None and seat and self._last_person(tok) != found:
            return None  # "Mr Galloway ... The Glasgow Kelvin MP": not the MP named earlier
        return found

    def _one_holder(
        self, keys: list[tuple[str, str]], bodies: set[str], before: int | None = None
    ) -> str | None:
        """The one person named with any of the (state, role) ``keys``, of the party ``bodies``
        when some are given ("the Tory leader"); none when two fit ("the leader" after a Tory
        leader and a Lib Dem leader are named). With ``before`` (a character offset: the end of
        the description's sentence), only people named by then: "the minister" points back,
        not to "Home Office minister Baroness Scotland" named paragraphs later."""
        fit = {p for k in keys for p in self.found.office_holders.get(k, ())}
        if before is not None:
            fit = {p for p in fit if self._first_named(p) < before}
        if bodies:
            fit = {p for p in fit if bodies & self.served([p])}
        return fit.pop() if len(fit) == 1 else None

    def _first_named(self, key: str) -> int:
        """The character offset of the first mention of ``key`` in the document."""
        entity = self.found.entities.get(key)
        return min((m.start for m in entity.mentions), default=0) if entity is not None else 0

    def _departed_holder(self, role: str, bodies: set[str], before: int) -> str | None:
        """The one person named with ``role`` before ``before`` (a character offset) whom the
        document has leave a post before then: the subject of a verb of leaving ("resigned",
        "quit", "stood down", "left the cabinet") or the object of one of removal ("was sacked",
        "replaced X"), or the owner of a noun of leaving ("his resignation", "the sacking of X")."""
        fit = {
            p
            for key, held in self.found.office_holders.items()
            if key[1] == role
            for p in held
            if self._first_named(p) < before
        }
        if bodies:
            fit = {p for p in fit if bodies & self.served([p])}
        if len(fit) != 1:
            return None
        (person,) = fit
        for tok in self.doc:
            if tok.idx >= before:
                break
            lemma = tok.lemma_.lower()
            if lemma in LEAVING_VERBS and tok.pos_ in ("VERB", "AUX"):
                deps = ("nsubj",) if lemma not in REMOVING_VERBS else ("nsubjpass", "dobj")
            elif lemma in LEAVING_NOUNS and tok.pos_ == "NOUN":
                deps = ("poss", "pobj")
            else:
                continue
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    c = next((g for g in c.children if g.dep_ == "pobj"), c)
                if c.dep_ in deps and self.found.entity_at(c.i) == person:
                    return person
        return None

    def _former_holder(self, role: str, bodies: set[str]) -> str | None:
        """The one person named with ``role`` who held a post of government before the
        document's date and none on it, as the knowledge base has them."""
        from ..resolve.actors import actors

        if self.date is None:
            return None
        fit = set()
        for key, held in self.found.office_holders.items():
            for person in held if key[1] == role else ():
                known = actors().person(self.found.entities[person].label)
                roles = [r for r in known.roles if "GOV" in r.code] if known is not None else []
                if (
                    roles
                    and not any(r.holds_on(self.date) for r in roles)
                    and any(r.start and r.start < self.date for r in roles)
                ):
                    fit.add(person)
        if bodies:
            fit = {p for p in fit if bodies & self.served([p])}
        return fit.pop() if len(fit) == 1 else None

    def untitled_holder(self, tok: Token) -> str | None:
        """ "Tony Blair ... The prime minister ridiculed ...": a bare national title ("the
        prime minister", "the chancellor", "the president") the text gives no one stands for the
        one person named before it, with no office of their own in the text, whom the knowledge
        base has in the government of the document's state on its date (any date when it has
        none). None when no one or several fit (the title's state then acts, as before)."""
        if (
            tok.tag_ not in ("NN", "NNP")
            or _office_head(tok.lower_) not in NATIONAL_TITLES  # "the PM"
            or self.found.entity_at(tok.i) is not None
            or [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]
            # "the French president", "the president of France", "the president in Paris" (not
            # "criticised the prime minister over Iraq": a topic hung on the noun)
            or any(self.found.entity_at(c.i) is not None for c in tok.lefts)
            or any(
                self.found.entity_at(t.i) is not None
                for c in tok.rights
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "from", "for")  # "in Paris"
                for t in c.subtree
            )
            # "the lord chancellor", "the deputy prime minister", "the shadow chancellor": an office
            # of its own, not the one whose title the bare word is
            or any(t.lower_ in LESSER_TITLES for t in tok.subtree)
            or not offices().is_office(_office_head(tok.lower_))
        ):
            return None
        home = self.governed_home()
        if not home or self.kind(home) is not Kind.STATE:
            return None
        if self._untitled is None:
            from ..resolve.actors import actors  # the knowledge base of persons, as resolution reads it

            iso = self.found.entities[home].iso3 or ""
            titled = set(self.found.offices.values())
            self._untitled = {}
            for key, ent in self.found.entities.items():
                if ent.kind is not Kind.PERSON or key in titled or not ent.mentions:
                    continue
                known = actors().person(ent.label)
                if known is not None and any(
                    r.code.startswith(iso + "GOV") and r.holds_on(self.date) for r in known.roles
                ):
                    self._untitled[key] = min(m.start for m in ent.mentions)
        start = tok.idx
        before = [k for k, first in self._untitled.items() if first < start]
        return before[0] if len(before) == 1 else None

    def _seat_member(self, tok: Token) -> str | None:
        """ "The Mid-Bedfordshire MP had denied ...": the one person named in another sentence
        that names the same constituency ("Mr Sayeed has been MP for Mid-Bedfordshire")."""
        first = next((t for t in tok.subtree if t.dep_ in ("compound", "amod", "nmod")), None)
        if first is None:
            return None
        seat = self.doc[first.i : tok.i].text.lower()
        here = tok.sent.start_char
        people = [(k, e.mentions) for k, e in self.found.entities.items() if e.kind is Kind.PERSON]
        found: set[str] = set()
        for ent in self.found.entities.values():
            if ent.kind is Kind.PERSON or ent.label.lower() != seat:
                continue
            for m in ent.mentions:
                if m.sentence.start == here:
                    continue
                found |= {
                    k
                    for k, mentions in people
                    if any(m.sentence.start <= pm.start < m.sentence.end for pm in mentions)
                }
        return found.pop() if len(found) == 1 else None

    def _last_person(self, tok: Token) -> str | None:
        """The person named last before ``tok``, in its sentence or the one before."""
        sent = tok.sent
        first = sentence_start(self.doc, sent.start - 1) if sent.start > 0 else 0
        for j in range(tok.i - 1, first - 1, -1):
            key = self.found.entity_at(j)
            if key is not None and self.kind(key) is Kind.PERSON:
                return key
        return None

    def _titled_count(self, tok: Token) -> int:
        """How many people are named before ``tok``'s sentence with its word as a capitalised title."""
        titled = set()
        for j in range(tok.sent.start - 1, -1, -1):
            t = self.doc[j]
            key = self.found.entity_at(j + 1)
            if (
                t.lower_ == tok.lower_
                and t.text[:1].isupper()
                and key is not None
                and self.kind(key) is Kind.PERSON
            ):
                titled.add(key)
        return len(titled)

    def _last_titled(self, tok: Token, holder: str) -> str:
        """ "Prince Edward will join ... Prince Harry sparked outrage ... The prince apologised":
        of several people a bare title names, the one last named with it before."""
        titled: dict[str, int] = {}
        for j in range(tok.sent.start - 1, -1, -1):
            t = self.doc[j]
            key = self.found.entity_at(j + 1)
            if t.lower_ != tok.lower_ or not t.text[:1].isupper() or key is None:
                continue
            if self.kind(key) is Kind.PERSON and (j == 0 or self.found.entity_at(j - 1) is None):
                titled.setdefault(key, j)
        if len(titled) < 2 or holder not in titled:
            return holder  # one holder named so: the office's
        return max(titled, key=lambda k: titled[k])

    def governing_subject(self, tok: Token, trigger: Token, kinds: tuple[Kind, ...]) -> list[str]:
        """ "Britain announced it would deploy ...": "it" is the subject of the clause above."""
        node = trigger
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
            if subj is not None:
                key = self.found.entity_at(subj.i)
                if key is None and subj.pos_ != "PRON" and node.lemma_.lower() in self.words.say:
                    # "The Japanese government said it would provide aid", "Japan's foreign
                    # ministry said it ...", "US phone company Qwest said it ...": a wire lead's
                    # speaker named by a phrase; its state only through a state's body or office
                    # ("a US firm said it ..." is the firm, not the United States)
                    official = subj.lemma_.lower() in self.words.government_bodies | STATE_SPEAKERS
                    groups = self.split_agents(subj, node)
                    return [
                        k
                        for group in groups
                        for k in group
                        if self.kind(k) in kinds and (official or self.kind(k) is not Kind.STATE)
                    ]
                return [key] if key and self.kind(key) in kinds else []
        return []

    def pronoun(self, tok: Token, trigger: Token, exclude: Iterable[str] = ()) -> list[str]:
        """he/his/she/her: the person subject of a governing clause, else the topic before.

        The topic is a person subject earlier in the pronoun's sentence; else, sentence by
        sentence back, the person the subject of its main clause names (a name, its
        possessor: "Mr Straw's trip is ... He will meet"; an office held: "The home secretary
        admitted ... He has apologised"; a pronoun like this one: the topic goes on from the
        sentence before), else a person subject of another clause, else the last person it
        names ("The programme heard from Lord Roberts. He denied ...").
        The person must agree in gender when both are known (Mr/Mrs/Ms and first names, see
        :meth:`gender`), and a person named inside a quotation is no antecedent for a pronoun
        outside it: after 'X said: "Y is wrong." He demanded ...', "he" is X, not Y.
        """
        wanted = PRONOUN_GENDER.get(tok.lower_)
        outside = not self.quoted(tok.i)
        # "He also called on him to apologise": an object "him" is not its clause's subject
        exclude = set(exclude)
        if not outside and wanted is not None:
            # '"I am delighted that he has agreed," said Blair': the speaker says "I", so a
            # "he" he quotes is someone else
            exclude.update(self.quotation_speakers(tok.i))
        exclude.update(self._reported_before(tok))
        if tok.dep_ == "nsubj" and wanted is not None:
            # "Why will the prime minister not take up the offer, he demanded": the one the words
            # before speak of (by name or by office) is not the one who speaks them
            exclude.update(self._spoken_of_before(tok))
        if tok.dep_ in ("dobj", "pobj", "dative") and tok.lower_ in ("him", "her"):
            clause = tok.head.head if tok.dep_ == "pobj" else tok.head
            actors = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            for subj in actors:
                exclude.update(self._named(subj, (Kind.PERSON,)) if subj.i != tok.i else [])
            participle = clause.tag_ == "VBG" and clause.dep_ in ("advcl", "xcomp", "acl")
            if not actors and (participle or clause.dep_ == "conj") and clause.pos_ == "VERB":
                # '..., Mr Howard said, accusing him of betrayal': the one who accuses is not "him"
                exclude.update(k for k in self.inherited_subject(clause) if self.kind(k) is Kind.PERSON)
        elif tok.dep_ == "poss" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "to":
            # "Chirac reacted to his warning": one reacts to someone else's words
            verb = tok.head.head.head
            if verb.lemma_.lower() in RESPONDING:
                for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                    exclude.update(self._named(subj, (Kind.PERSON,)))

        def fits(i: int, key: str | None) -> bool:
            if not key or self.kind(key) is not Kind.PERSON or key in exclude:
                return False
            if outside and self.quoted(i):
                return False
            have = self.gender(key)
            return wanted is None or have is None or have == wanted

        def topic(sent: Span) -> tuple[str | None, bool]:
            """The person the subject of the sentence's main clause names (or its possessor,
            or the holder of the office it names), and whether that subject is a pronoun
            like this one: then the topic goes on from the sentence before."""
            root = sent.root
            # '"...," the Tory leader said' parsed as two clauses: the speaker first
            clauses = [
                c
                for c in root.children
                if c.dep_ in ("conj", "parataxis") and c.lemma_.lower() in self.words.say
            ]
            verbs = [*clauses, root]
            if not outside and root.lemma_.lower() in self.words.say and self._talked_about(sent):
                # '... Arbiter said the prince should apologise. Clarke argued: "He has
                # apologised"': a "he" someone quotes is the one talked about before, not the
                # one who talked
                verbs = [c for v in verbs for c in v.children if c.dep_ == "ccomp"]
            subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            for subj in subjects:
                if outside and self.quoted(subj.i):
                    continue
                someone_else = subj.lemma_.lower() in self.words.relatives | self.words.followers or (
                    offices().is_office(subj.text) and not subj.lower_.startswith("spokes")
                )  # "Michael Howard's deputy attacked ... He": the deputy, not Howard
                for t in (
                    subj,
                    *(
                        c
                        for c in subj.children
                        if c.dep_ in ("appos",) or (c.dep_ == "poss" and not someone_else)
                    ),
                ):
                    key = self.found.entity_at(t.i)
                    if key is not None and fits(t.i, key):
                        if wanted is not None and any(
                            (other := self.found.entity_at(c.i)) not in (None, key) and fits(c.i, other)
                            for c in t.conjuncts
                        ):
                            # "Mr Kennedy and Mr Howard spoke. Mr Blair accused him": either of them
                            return "", False
                        return key, False
                if any(
                    t.lower_ in self.words.personal_pronouns and PRONOUN_GENDER.get(t.lower_) == wanted
                    for t in subj.subtree
                ):
                    return None, True  # "He ...", "One of his pupils was ...": the same topic
                held = self.office_holder(subj) if subj.pos_ in ("NOUN", "PROPN") else None
                if held is not None and fits(subj.i, held):
                    return held, False
                unnamed = (
                    someone_else and subj.pos_ in ("NOUN", "PROPN") and self.found.entity_at(subj.i) is None
                )
                if unnamed and held is None and wanted is not None:
                    # "the Archbishop of Canterbury wrote ... He called on them": the topic is
                    # someone unnamed, no one to credit
                    return "", False
                if (
                    wanted is not None
                    and held is None
                    and subj.lemma_.lower() in SPOKESPEOPLE
                    and self.found.entity_at(subj.i) is None
                    and not any(
                        self.found.entity_at(c.i) is not None for c in subj.children if c.dep_ == "appos"
                    )
                ):
                    # "Home Secretary X unveiled the plans. A Home Office spokesman said ... He
                    # also criticised ...": the speaker changed to someone unnamed, not X
                    return "", False
            return None, False

        node = trigger
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != tok.i:
                    key = self.found.entity_at(child.i)
                    if fits(child.i, key):
                        return [key]  # type: ignore[list-item]  # fits() checked it is a key
                    inside = child.left_edge.i <= tok.i <= child.right_edge.i  # "his chancellor"
                    if (
                        key is None
                        and not inside
                        and child.pos_ == "NOUN"
                        and offices().is_office(child.text)
                    ):
                        # "the prime minister said he had ...": its holder, or no one named
                        held = self.office_holder(child)
                        if held is not None and held in exclude:
                            continue  # "the lord chancellor would overrule his concerns": not his own
                        return [held] if held is not None and fits(child.i, held) else []
        # An object "him"/"her" is the nearest person before it in its sentence but its own
        # clause's subject ("wrote to Mr McConnell, accusing him"); else a subject there.
        # (so is the subject of an infinitive, "calling for him to apologise", and a possessor:
        # "wrote to Mr McConnell ... for his comment")
        objective = tok.lower_ in ("him", "her") or (tok.dep_ == "poss" and tok.lower_ == "his")
        own = {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        for i in range(tok.i - 1, self.sentences.start(tok.i) - 1, -1):
            key = self.found.entity_at(i)
            if key and fits(i, key) and (_subject_like(self.doc[i]) or (objective and i not in own)):
                return [key]
        if wanted is not None and tok.dep_ == "nsubj" and tok.head.dep_ == "conj":
            # "Blair asked Clare Short to stay, but she refused": the one person of that gender
            # the clause before acted upon
            same = {
                k
                for i in range(tok.head.head.left_edge.i, tok.i)
                if (k := self.found.entity_at(i)) is not None and fits(i, k) and self.gender(k) == wanted
            }
            if len(same) == 1:
                return list(same)
        start = self.sentences.start(tok.i)
        while start > 0 and tok.i - start < 400:
            sent = self.sentences.span(start - 1)
            start = sent.start
            found, goes_on = topic(sent)
            if found == "":
                return []
            if found is not None:
                return [found]
            if goes_on:
                continue
            named = [
                (i, key)
                for i in range(sent.start, sent.end)
                if (key := self.found.entity_at(i)) is not None and fits(i, key)
            ]
            if not outside and self._talked_about(sent):
                named = [(i, key) for i, key in named if not self._speaker(self.doc[i])]
            subjects = [key for i, key in named if _subject_like(self.doc[i])]
            if subjects or named:
                return [(subjects or [named[-1][1]])[0]]
        return []

    def _spoken_of_before(self, subj: Token) -> set[str]:
        """The persons named, by name or by an office held, in the words a pronoun subject's verb
        of saying tells before it ("Why will the prime minister not ..., he demanded")."""
        verb = subj.head
        found: set[str] = set()
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "parataxis") or clause.i > subj.i:
                continue
            for t in clause.subtree:
                key = self.found.entity_at(t.i)
                if key is None and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    key = self.office_holder(t) or self.untitled_holder(t)
                if key is not None and self.kind(key) is Kind.PERSON:
                    found.add(key)
        return found

    def judged_referent(self, tok: Token, trigger: Token, speakers: list[str]) -> list[str]:
        """The person a speaker judges by a pronoun ("he was a giant") or a definite
        description ("the former PM would be mourned"): a person named before it in its
        sentence who is not a speaker there, else the person the story is about (see
        :meth:`story_subject`); never a speaker, and of the pronoun's gender. A name or an
        office with a holder known here ("the prime minister") is that person."""
        exclude = set(speakers)
        wanted: str | None = None
        if tok.pos_ == "PRON":
            wanted = PRONOUN_GENDER.get(tok.lower_)
            if wanted is None:
                return []  # "it", "they", "I", "we": no one person
        elif self.found.entity_at(tok.i) is not None or tok.pos_ == "PROPN":
            return [k for k in self.entities(tok, kinds=(Kind.PERSON,)) if k not in exclude]
        elif tok.pos_ == "NOUN":
            determined = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
            if not determined or not (
                tok.lemma_.lower() in DESCRIBED_PEOPLE or offices().is_office(tok.text)
            ):
                return []
            former = any(c.lower_ in FORMER for c in tok.children)
            if not former:
                held = [k for k in self.entities(tok, kinds=(Kind.PERSON,)) if k not in exclude]
                if held:
                    return held
        else:
            return []

        def fits(key: str | None) -> bool:
            if key is None or key in exclude or self.kind(key) is not Kind.PERSON:
                return False
            have = self.gender(key)
            return wanted is None or have is None or have == wanted

        before = [
            (i, key)
            for i in range(tok.sent.start, tok.i)
            if fits(key := self.found.entity_at(i)) and not self._speaker(self.doc[i])
        ]
        subjects = [key for i, key in before if _subject_like(self.doc[i])]
        if subjects or before:
            return [(subjects or [before[-1][1]])[-1]]  # type: ignore[list-item]  # fits() checked it
        story = [key for key in self.story_subjects(exclude) if fits(key)]
        return story if len(story) == 1 else []

    def doc_speakers(self) -> set[str]:
        """The persons named as the subject of a verb of saying anywhere in the document (read
        once per document)."""
        if self._doc_speakers is None:
            self._doc_speakers = {
                key
                for i, key in self.found.token_entity.items()
                if self.kind(key) is Kind.PERSON and self._speaker(self.doc[i])
            }
        return self._doc_speakers

    def story_subjects(self, exclude: set[str]) -> list[str]:
        """The people the story is about: named in its first two sentences (the headline and
        the lead) and more often than anyone else but ``exclude``; two tied ("the couple") are
        both, more are no one."""
        if self._story is None:
            doc = self.doc
            # the headline's paragraph and the first sentence after it (a headline the parser
            # cuts in two is still one), else the first two sentences
            headline = next((t.i for t in doc[:40] if t.is_space and "\n" in t.text), None)
            if headline is not None and headline + 1 < len(doc):
                lead_end = sentence_end(doc, headline + 1)
            else:
                lead_end = sentence_end(doc, 0)
                if lead_end < len(doc):
                    lead_end = sentence_end(doc, lead_end)
            lead_chars = doc[lead_end - 1].idx + len(doc[lead_end - 1])
            self._story = [
                (len(ent.mentions), ent.key)
                for ent in self.found.entities.values()
                if ent.kind is Kind.PERSON
                and ent.mentions
                and min(m.start for m in ent.mentions) < lead_chars
            ]
            self._story.sort(reverse=True)
        ranked = [(n, key) for n, key in self._story if key not in exclude]
        top = [key for n, key in ranked if n == ranked[0][0]]
        return top if len(top) <= 2 else []

    def _talked_about(self, sent: Span) -> bool:
        """Whether a sentence says something of a person: a verb of saying whose clause's
        subject is a person named or an office ("Arbiter said the prince should apologise";
        not "Brown said that missionaries had come")."""
        for verb in sent:
            if verb.lemma_.lower() not in self.words.say:
                continue
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                    key = self.found.entity_at(subj.i)
                    if (key is not None and self.kind(key) is Kind.PERSON) or offices().is_office(subj.text):
                        return True
        return False

    def _speaker(self, tok: Token) -> bool:
        """Whether a name is (in) the subject of a verb of saying."""
        while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.words.say

    def _reported_before(self, tok: Token) -> set[str]:
        """The people named in the words a subject pronoun reports: in "Why will the prime
        minister not take up the offer, he demanded", '"Blair is wrong," she said' or "He said
        Blair was wrong", the speaker is someone else than anyone named in what is said."""
        if tok.dep_ != "nsubj":
            return set()
        named: set[str] = set()
        for said in tok.head.children:
            if said.dep_ == "ccomp" and said.i > tok.i:
                # nor anyone named in what comes after it: "He warned the BBC that attacking
                # Mr Campbell had brought it trouble" is not Campbell's warning
                named.update(
                    k
                    for t in said.subtree
                    if (k := self.found.entity_at(t.i)) is not None
                    and self.kind(k) is Kind.PERSON
                    and t.pos_ == "PROPN"
                )
                continue
            if said.dep_ not in ("ccomp", "parataxis") or said.i > tok.i:
                continue
            for t in said.subtree:
                key = self.found.entity_at(t.i)
                if key is None and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass"):
                    key = self.office_holder(t)
                if key is not None:
                    named.add(key)
        return named

    def plural_object(
        self, tok: Token, kinds: tuple[Kind, ...], count: int | None = None, described: bool = False
    ) -> list[str]:
        """An object "them": the nearest group named before it, in its sentence or the one
        before, that is not its own clause's subject ("met Bob Crow and Derek Simpson. He
        urged them", "the Tories ... urged them"): coordinated names, or a plural-acting
        organization or state; none when nothing fits (never a lone person). A group counted
        ("the four") or ``described`` by a noun of people ("the men", "the defectors") is
        looked for three sentences back, past people named alone ("X and Y were elected. Mr X
        said ... Z urged the men to step down") and plurals of things."""
        clause = tok.head  # the verb over it: "criticised the rivalry between the pair"
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        # (not the subject's own clause: "Mr Kennedy's e-mail, which named X and Y, accused them")
        own = {
            t.i
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
            if not any(c.left_edge.i <= r.i <= c.right_edge.i for r in t.ancestors if r.dep_ == "relcl")
        }
        start = tok.sent.start
        for _ in range(1 if count is None and not described else 3):  # a count finds its group further back
            if start > 0:
                start = sentence_start(self.doc, start - 1)
        for i in range(tok.i - 1, start - 1, -1):
            key = self.found.entity_at(i)
            earlier = self.doc[i]
            if earlier.lower_ == "them" and earlier.dep_ in ("dobj", "pobj"):
                # "The Cabinet discussed them and Clarke supported them": the same "them" both
                # times, never the subject of the clause of the first
                verb = earlier.head if earlier.dep_ == "dobj" else earlier.head.head
                own |= {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            if key is not None and earlier.dep_ == "pobj" and earlier.head.lower_ in ("in", "at"):
                continue  # "argued for them in Cabinet": where, not a group spoken of
            if key is None and i not in own and Kind.ORGANIZATION in kinds:
                named_parties = self.named_parties(self.doc[i])
                if named_parties:
                    return named_parties  # "wrote to all three parties ... urged them"
            if (
                key is None
                and count is None
                and i not in own
                and earlier.tag_ == "NNS"
                and earlier.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and self.quoted(i) == self.quoted(tok.i)
                and not (described and self.is_thing(earlier))  # ("give up their seats")
            ):
                # "Cosla ... warned that councils would face a struggle. Mr McCabe has promised
                # them": the nearer plural named by no name, not a name further back; the
                # organization it is of when it names one ("Labour MPs", "members of the FBU")
                if Kind.ORGANIZATION not in kinds:
                    return []
                return [
                    k for k in self._named(earlier, (Kind.ORGANIZATION,)) if self.kind(k) is Kind.ORGANIZATION
                ]
            if key is None or i in own or self.quoted(i) != self.quoted(tok.i):
                continue
            if kinds == (Kind.PERSON,) and self.kind(key) is not Kind.PERSON:
                continue  # "X and Y left Labour. Straw accused the men": past the party to the people
            head = self.doc[i]
            while head.dep_ in ("compound", "flat") and self.found.entity_at(head.head.i) == key:
                head = head.head
            group = [t for t in _conjuncts(head) if self.found.entity_at(t.i) is not None]
            if head.dep_ == "conj":
                first = head
                while first.dep_ == "conj":
                    first = first.head
                group = list(_conjuncts(first))
            keys = list(
                dict.fromkeys(
                    k for t in group if (k := self.found.entity_at(t.i)) is not None and self.kind(k) in kinds
                )
            )
            if count is not None:
                # "Abbasi, Begg, Belmar and Mubanga ... the US agreed to release the four": the
                # group of that many, past others named in between; or the people a sentence
                # names, that many ("Begg, from Birmingham, and Mubanga, Belmar and Abbasi")
                if len(keys) == count:
                    return keys
                sent = self.doc[i].sent
                named = {
                    k: None
                    for j in range(sent.start, min(sent.end, tok.i))
                    if j not in own
                    and not self.quoted(j)
                    and (k := self.found.entity_at(j)) is not None
                    and self.kind(k) is Kind.PERSON
                }
                if len(named) == count and Kind.PERSON in kinds:
                    return list(named)
                continue
            if len(keys) > 1:
                return keys
            if self.kind(key) in (Kind.ORGANIZATION, Kind.STATE) and key in keys:
                return [key]
            couple = self._couple(head) if Kind.PERSON in kinds else []
            if couple:
                return couple  # "X will marry Y ... congratulated them": the two of them
            if described:
                continue  # "Mr Hockney said ...": one of them, named alone
            return []
        return []

    def _couple(self, tok: Token) -> list[str]:
        """The couple a person named as the one married or engaged makes with the one marrying:
        "Prince Charles is to marry Camilla Parker Bowles" (both); "X got engaged to Y", "X wed
        Y"; none for any other object ("X met Y")."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ in ("to", "with"):
            verb = verb.head  # "got engaged to Y", "is engaged to Y"
        elif tok.dep_ != "dobj":
            return []
        if verb.lemma_.lower() not in COUPLING:
            return []
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ in ("xcomp", "acomp") and verb.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        other = self.found.entity_at(subj.i) if subj is not None else None
        mate = self.found.entity_at(tok.i)
        if other is None or mate is None or other == mate:
            return []
        if self.kind(other) is not Kind.PERSON or self.kind(mate) is not Kind.PERSON:
            return []
        return [other, mate]

    def others_named(self, trigger: Token, code: str) -> bool:
        """Whether a verb's object or "with" phrase names people other than its agents,
        unresolved: "X and Y met supporters' representatives" is no meeting of each other;
        "discussed the crisis", "signed an accord" name things."""
        if trigger.pos_ not in ("VERB", "AUX"):
            return False
        # ("Egypt and Israel exchanged prisoners": what sides trade is no one else they meet)
        traded = trigger.lemma_.lower() in EXCHANGING
        for child in trigger.children:
            obj = child if child.dep_ in ("dobj", "dative") and not traded else None
            if child.dep_ == "prep" and child.lower_ == "with":
                obj = _pobj(child)
            if obj is None:
                continue
            people = obj.pos_ in ("PROPN", "PRON") or not self.is_thing(obj)
            if people or offices().is_office(obj.lemma_) or obj.lemma_.lower() in self.words.followers:
                return True
        return False

    def victims_before(self, tok: Token) -> list[str]:
        """ "Anna Vale was murdered ... charged X with the killing": the ones a passive verb of
        violence befell in this sentence or the one before (not another definite crime)."""
        if not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            return []
        start = tok.sent.start
        if start > 0:
            start = sentence_start(self.doc, start - 1)
        for i in range(tok.i - 1, start - 1, -1):
            verb = self.doc[i]
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.violent_verbs:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return [k for k in self.entities(subj) if self.kind(k) is Kind.PERSON]
        return []

    def last_two_people(self, tok: Token) -> list[str]:
        """The two people named last before ``tok`` in its sentence and the one before, not the
        subject of its own clause nor quoted unlike it; none unless there are two."""
        clause = tok.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        own = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        found: list[str] = []
        sent = tok.sent
        for back in range(MAX_PAIR_SENTENCES):
            for i in range(min(tok.i, sent.end) - 1, sent.start - 1, -1):
                key = self.found.entity_at(i)
                if key is None or i in own or self.quoted(i) != self.quoted(tok.i) or key in found:
                    continue
                if self.kind(key) is Kind.PERSON:
                    found.append(key)
                if len(found) == 2:
                    return found[::-1]
            if sent.start == 0:
                break
            # beyond the sentence before, only while the sentences between name no one and
            # go on about two people ("There was speculation the pair were ...")
            if back >= 1 and (found or not any(t.lower_ in PAIR_WORDS for t in sent)):
                break
            sent = self.doc[sent.start - 1].sent
        return []

    def previous_group(self, tok: Token) -> list[str]:
        """A subject "they" with no clause above to name it: the group the sentence before is
        about, its main clause's subject when that names organizations, states or several
        people ("The Tories unveiled their plans. They accused Labour ..."); none for a thing
        ("The plans were unveiled. They would cost ...") or one person."""
        if tok.sent.start == 0 or self.quoted(tok.i):
            return []
        before = self.doc[tok.sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.quoted(subj.i):
            return []
        found = [k for k in self.entities(subj) if self.kind(k) in ACTORS]
        people = [k for k in found if self.kind(k) is Kind.PERSON]
        if people and len(found) < 2:
            return []  # "Mr Blair spoke. They ...": someone else
        return found

    def _described_actor(self, tok: Token) -> Kind | None:
        """The kind a bare definite description names: "the firm", "the airline", "the group"
        (an organization), "the country", "the nation" (a state); none with any other word
        ("a firm", "the firms", "the Japanese carmaker", "the firm's chief")."""
        if tok.tag_ != "NN" or [(c.dep_, c.lower_) for c in tok.children] != [("det", "the")]:
            return None
        lemma = tok.lemma_.lower()
        if lemma in DESCRIBED_STATES:
            return Kind.STATE
        if lemma in self.words.described_companies or lemma in DESCRIBED_GROUPS:
            return Kind.ORGANIZATION
        return None

    def previous_actor(self, tok: Token, kinds: tuple[Kind, ...]) -> list[str]:
        """A subject "it" or "the firm" with no clause above to name it: the state or
        organization the sentence before is about, the subject of its main clause (or of a
        clause joined to it, the nearest), when that subject names one of ``kinds`` and
        nothing else ("Mr Brown criticised Iran. It ...": no one; "The plan was praised by
        Spain. It would ...": a thing). A chain goes on: "It ... It ..." is the same one."""
        start = self.sentences.start(tok.i)
        if start == 0 or self.quoted(tok.i):
            return []
        before = self.sentences.span(start - 1)
        verbs = [
            before.root,
            *(c for c in before.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")),
        ]
        subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return []
        subj = max(subjects, key=lambda c: c.i)  # the nearest: "Britain warned Iran and France ..."
        if self.quoted(subj.i) or subj.dep_ != "nsubj":
            return []  # "Spain was hit by storms. It ...": a place something befell
        if subj.pos_ == "PRON":
            found = self.previous_actor(subj, kinds) if subj.lower_ == tok.lower_ == "it" else []
        elif (kind := self._described_actor(subj)) is not None and self.found.entity_at(subj.i) is None:
            found = self.previous_actor(subj, kinds) if kind in kinds else []
        else:
            # a name, not a possessor's ("the government's position is ..."), an office's
            # state ("The prime minister denied ...") or a group's ("Labour MPs ...")
            key = self.found.entity_at(subj.i)
            found = [key] if key is not None and not any(c.dep_ == "conj" for c in subj.children) else []
        if not found or any(self.kind(k) not in kinds for k in found):
            return []
        return found

    def named_parties(self, tok: Token) -> list[str]:
        """ "the three parties", "both main parties", "all the parties": the political parties the
        document named before, the most named first (as many as a number or "both" says);
        none for parties of somewhere or someone ("parties in Iraq", "opposition parties").
        A bare "the party" is the party named last before it."""
        if tok.lemma_.lower() != "party" or tok.tag_ not in ("NN", "NNS") or self.found.entity_at(tok.i):
            return []
        if tok.tag_ == "NN":
            bare = [
                (c.dep_, c.lower_)
                for c in tok.children
                if not (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
            ]  # "accused the party of deceiving voters": the act charged is no modifier
            if bare != [("det", "the")]:
                return []  # "a party", "the party conference", "the ruling party"
            last = max(
                (i for i, k in self.found.token_entity.items() if i < tok.i and k in self.found.parties),
                default=None,
            )
            return [self.found.token_entity[last]] if last is not None else []
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "predet")]
        numbers = [c for c in tok.children if c.dep_ == "nummod"]
        if not (set(dets) & {"the", "all", "both"} or numbers):
            return []  # "parties must register": parties in general
        for child in tok.children:
            # ("warned both parties against complacency", "accused both parties of ignoring
            # voters": the parser's phrase of the verb, no party of somewhere)
            where = child.dep_ == "prep" and child.lower_ in WHOSE_PREPS and _pobj(child) is not None
            if (
                where
                or child.dep_ in ("poss", "nmod")
                or (child.dep_ in ("amod", "compound") and child.lemma_.lower() not in PARTY_PLURAL_WORDS)
            ):
                return []
        # "The Lib Dems warned both parties": the parties other than the one that speaks
        clause = tok.head if tok.dep_ in ("dobj", "dative") else tok.head.head if tok.dep_ == "pobj" else tok
        speaking = {
            k
            for c in clause.children
            if c.dep_ == "nsubj" and c.i < tok.i
            for t in c.subtree
            if (k := self.found.entity_at(t.i)) is not None
        }
        seen: Counter[str] = Counter()
        for i, key in self.found.token_entity.items():
            if (
                i < tok.i
                and key in self.found.parties
                and key not in speaking
                and (i == 0 or self.found.entity_at(i - 1) != key)
            ):
                seen[key] += 1
        wanted = 2 if "both" in dets else None
        for num in numbers:
            wanted = NUMBER_WORDS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)
        named = [k for k, _ in seen.most_common()]
        if len(named) < 2:
            return []  # one party named: "the parties" are others not told
        return named[:wanted] if wanted is not None else named

    def gender(self, key: str) -> str | None:
        """ "M", "F" or None for a person of this document: from an honorific before any of its
        mentions (Mr, Mrs, Lord, Lady ...), else the usual gender of its first name."""
        if self._genders is None:
            self._genders = {}
            titled: dict[str, str] = {}
            for i, k in self.found.token_entity.items():
                if i > 0 and (i - 1 not in self.found.token_entity or self.found.token_entity[i - 1] != k):
                    title = HONORIFIC_GENDER.get(self.doc[i - 1].lower_.rstrip("."))
                    if title:
                        titled.setdefault(k, title)
            for k, ent in self.found.entities.items():
                if ent.kind is not Kind.PERSON:
                    continue
                found = titled.get(k)
                if found is None and len(ent.label.split()) > 1:
                    found = name_gender(ent.label.split()[0])
                if found:
                    self._genders[k] = found
        return self._genders.get(key)

    def quoted(self, i: int) -> bool:
        """Whether token ``i`` is inside a quotation (straight or curly double quotes; a
        straight one set off before and attached to the word after opens one, as when a
        quotation goes on in a new sentence; a paragraph break closes one left open)."""
        if self._quoted is None:
            self._quoted = _quotation_marks(self.doc)
        return self._quoted[i]

    def quoted_within(self, start: int, end: int) -> bool:
        """Whether a token from ``start`` to ``end`` (exclusive) is inside a quotation."""
        if self._quoted is None:
            self._quoted = _quotation_marks(self.doc)
        return any(self._quoted[start:end])

    def in_text(self, word: str) -> bool:
        """Whether a token of the document is lower-case ``word`` in any case (from the doc's
        array, once per document: a cheap test before a walk over tokens; ``Doc.text`` would
        make every token)."""
        if self._lower_words is None:
            from spacy.attrs import LOWER

            self._lower_words = set(self.doc.to_array(LOWER).tolist()) if len(self.doc) else set()
        from spacy.strings import get_string_id

        return get_string_id(word) in self._lower_words

    def quotation_speakers(self, i: int) -> list[str]:
        """The people who say the quotation token ``i`` is in: the named subjects of a verb of
        saying outside it, in the sentence where it opens or the one where it closes
        ('Tony Blair said: "... he ..."', '"... he ...," said Blair')."""
        if not self.quoted(i):
            return []
        start, end = i, i
        while start > 0 and (self.quoted(start - 1) or self.doc[start - 1].text in QUOTE_OPEN):
            start -= 1
        while end + 1 < len(self.doc) and (self.quoted(end + 1) or self.doc[end + 1].text in QUOTE_OPEN):
            end += 1
        found: list[str] = []
        for edge in (start, end):
            sent = self.sentences.span(edge)
            verbs = self._speech_verbs.get(sent.start)
            if verbs is None:  # (kept: a quotation of ten sentences asks ten times for its two)
                verbs = self._speech_verbs[sent.start] = [
                    v for v in sent if v.lemma_.lower() in self.words.say and not self.quoted(v.i)
                ]
            for verb in verbs:
                for subj in (c for c in verb.children if c.dep_ == "nsubj" and not self.quoted(c.i)):
                    found += [k for k in self._named(subj, (Kind.PERSON,)) if self.kind(k) is Kind.PERSON]
        return found

    def announcing_state(self, verb: Token) -> list[str]:
        """The state, or government body, whose verb of saying or confirming a passive clause
        with no "by" agent hangs on: "The US has announced that Habib will be released",
        "the Home Office confirmed the men would be deported". Not a person, a party or a
        company (their words tell of others' acts), nor a clause that is a quotation."""
        head = verb.head
        if (
            verb.dep_ != "ccomp"
            or self.quoted(verb.i)
            or not (
                head.lemma_.lower() in self.words.say
                or head.lemma_.lower() in ("confirm", "reveal", "disclose")
            )
        ):
            return []
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return []
        found = [k for group in self.split_agents(subj, head) for k in group]
        if not found or not all(self.kind(k) is Kind.STATE or self.is_government(k) for k in found):
            return []
        return found

    def colon_speaker(self, sent: Span) -> tuple[list[str], list[Token], Token] | None:
        """The one person named before a colon or a dash that opens a quotation, with no verb
        in their phrase ('Shadow home secretary David Davis: "It gives ..."', 'Menzies
        Campbell - "President Bush has ..."', 'Jane Hill, from Leeds: "..."'): the speakers,
        their phrase, and the head of the quoted words. None for anything else ("The pledge on
        education - "...", 'Labour's slogan will be: "..."'), and for a journalist or presenter."""
        mark = next(
            (t for t in sent[:COLON_SPEAKER_WORDS] if t.text in COLON_MARKS and t.i + 1 < sent.end), None
        )
        if mark is None or mark.i == sent.start:
            return None
        after = self.doc[mark.i + 1]
        if not (after.text in QUOTE_OPEN or self.quoted(after.i)):
            return None
        phrase = list(self.doc[sent.start : mark.i])
        if any(
            t.pos_ in ("VERB", "AUX") or self.quoted(t.i) or t.lemma_.lower() in _NEWS_WRITERS_OR_BROADCASTERS
            for t in phrase
        ):
            return None
        named = [self.found.entity_at(t.i) for t in phrase]
        people = [k for k in dict.fromkeys(k for k in named if k is not None) if self.kind(k) is Kind.PERSON]
        if len(people) != 1:
            return None
        words = [t for t in sent if t.i > mark.i and self.quoted(t.i)]
        heads = [
            t for t in words if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not self.quoted(t.head.i))
        ]
        if len(heads) != 1:
            return None
        return people, phrase, heads[0]

    def journalist(self, key: str) -> bool:
        """Whether the document names person ``key`` as a journalist: a role of theirs ("BBC
        political editor Andrew Marr": affiliated with the BBC as "political editor"), or the
        head of their phrase ("Andrew Marr, the BBC's political editor")."""
        if self._journalists is None:
            # (not a presenter or a host: "That's Life host Esther Rantzen" speaks of a colleague
            # in her own words, a correspondent reports)
            writers = NEWS_WRITERS - {"presenter"}
            self._journalists = {
                r.source
                for r in self.found.relations
                if r.role and any(w in writers for w in r.role.lower().split())
            }
            for i, k in self.found.token_entity.items():
                tok = self.doc[i]
                if tok.lemma_.lower() in writers or any(
                    c.dep_ in ("appos", "compound") and c.lemma_.lower() in writers for c in tok.children
                ):
                    self._journalists.add(k)
        return key in self._journalists

    def previous_speaker(self, tok: Token) -> tuple[list[str], list[Token]]:
        """The one person named as the subject of the verb of saying of the sentence before a
        sentence that is all quotation and names no speaker ('Michael Howard said the vote had
        been a disgrace. "Gordon Brown will have to answer for this."'), and their phrase. Not a
        pronoun ("He said ..."), a journalist's account, nor a verb of saying that is not the
        sentence's main one ("as Mr Blair has said, ...")."""
        none: tuple[list[str], list[Token]] = ([], [])
        sent = self.sentences.span(tok.i)
        if sent.start == 0 or not (self.doc[sent.start].text in QUOTE_OPEN or self.quoted(sent.start)):
            return none
        if self.quotation_speakers(tok.i):
            return none
        before = self.sentences.span(sent.start - 1)
        verb = before.root
        if verb.lemma_.lower() not in self.words.say or self.quoted(verb.i) or verb.tag_ == "VBG":
            return none
        if any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
            return none
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or self.quoted(subj.i):
            return none
        phrase = list(subj.subtree)
        if any(t.lemma_.lower() in _NEWS_WRITERS_OR_BROADCASTERS for t in phrase):
            return none
        people = [k for k in dict.fromkeys(self._named(subj, (Kind.PERSON,))) if self.kind(k) is Kind.PERSON]
        return (people, phrase) if len(people) == 1 else none

    def going_on_speaker(self, tok: Token) -> list[str]:
        """The one person saying a quotation that goes on in a sentence of its own, with no verb
        of saying there: '"...," Mr Ghosn said. "I have full confidence in Toshiyuki Shiga."'
        (the speaker named in the sentence where the quotation opens or one of the three before,
        each of them quoting)."""
        sent = self.sentences.span(tok.i)
        if any(t.lemma_.lower() in self.words.say and not self.quoted(t.i) for t in sent):
            return []  # the sentence's own verb of saying names the speaker (`quote_speaker`)
        said = self.quotation_speakers(tok.i)
        before = sent
        for _ in range(3):
            if said or before.start == 0:
                break
            before = self.sentences.span(before.start - 1)
            quoted = next((t.i for t in before if self.quoted(t.i)), None)
            if quoted is None:
                break
            said = self.quotation_speakers(quoted)
        people = [k for k in dict.fromkeys(said) if self.kind(k) is Kind.PERSON]
        return people if len(people) == 1 else []

    def _fronted_speaker(self, verb: Token) -> list[str]:
        """The person the model hung in apposition on the object of a fronted phrase, right before a
        verb of no subject: "In an interview with Der Spiegel, Green Party co-leader Katrin Vogel
        poured vitriol on ..." (the model reads Katrin Vogel as Der Spiegel's apposition)."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return []
        fronted = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
        if fronted is None or fronted.right_edge.i != verb.i - 1:
            return []
        last = verb.doc[verb.i - 1]
        person = last if last.dep_ == "appos" else None
        if person is None or not any(t.lower_ == "," for t in verb.doc[fronted.i : person.left_edge.i]):
            return []
        found = self.found.entity_at(person.i)
        return [found] if found is not None and self.kind(found) is Kind.PERSON else []

    def appositive_holder(self, subj: Token) -> list[str]:
        """The one person named in apposition inside a subject that names no one itself: "the
        co-chairman of the Conservative Party, Liam Fox," (the model hangs "Liam Fox" on the
        party). Empty when the subject is a name, or two people are so named."""
        if self.found.entity_at(subj.i) is not None or subj.pos_ == "PROPN":
            return []
        people = list(
            dict.fromkeys(
                k
                for t in subj.subtree
                if t.dep_ == "appos"
                and (k := self.found.entity_at(t.i)) is not None
                and self.kind(k) is Kind.PERSON
            )
        )
        return people if len(people) == 1 else []

    def inherited_subject(self, verb: Token) -> list[str]:
        """The subject a verb shares with the clause above it ("promised to ...", "..., calling")."""
        fronted = self._fronted_speaker(verb)
        if fronted:
            return fronted
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
        if mark is not None and any(c.dep_ == "pobj" for c in mark.children):
            # "as the co-chairman of the Conservative Party, Liam Fox, on Saturday called him":
            # the model read the clause's subject as the object of its "as"
            held = self.appositive_holder(mark)
            if held:
                return held
        node = verb
        for _ in range(4):
            if node.dep_ not in INHERITING or node.head.i == node.i:
                return []
            if node.dep_ == "acl" and node.tag_ == "VBN":
                return []  # "companies accused of ...": the noun is acted upon, not the actor
            speaker = self._speaker_of_conjoined(node)
            if speaker is not None:
                return speaker
            if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in self.words.say:
                return []  # what a speaker quotes is not the speaker's act, even with its subject lost
            if node.dep_ in ("relcl", "acl"):
                found = self._one(node.head, ACTORS)
                if found:
                    return found
                sender = self._sender(node)
                if sender is not None:
                    return sender
            if node.dep_ == "xcomp" and node.head.lemma_.lower() in self.words.object_control:
                # Object control: "urged Serbia to cooperate", "called on the EU to impose
                # sanctions" - the one urged is the subject of the clause, not the one urging.
                head = node.head
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is None:
                    on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"), None)
                    obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
                if obj is not None:
                    return self.entities(obj)
            if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.lower_ in CHARGED:
                # "accused Blair of lying", "praised Japan for helping": the object did it
                obj = next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return self.entities(obj)
            node = node.head
            # "Macron is expected to visit": a passive subject is its infinitive's subject too
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return [a for group in self.split_agents(subj, node) for a in group]
        return []

    def _sender(self, clause: Token) -> list[str] | None:
        """ "sent a letter to X urging him to resign", "an e-mail from Y demanding ...": the one
        who sent or wrote the message a participle's clause is of (its "from" phrase, else the
        subject of the verb it is the object of); None for no message or no sender named."""
        note = clause.head
        if clause.tag_ != "VBG" or not message(note):
            return None
        sender = _prep_object(note, ("from",))
        if sender is None and note.dep_ == "dobj" and note.head.pos_ == "VERB":
            sender = next((c for c in note.head.children if c.dep_ == "nsubj"), None)
        if sender is None:
            return None
        found = [a for group in self.split_agents(sender, note.head) for a in group]
        return found or None

    def _speaker_of_conjoined(self, verb: Token) -> list[str] | None:
        """ "Blair said Labour would set out plans and attacked the Tory plans", "Brown said
        America needed to act but defended Bush": a past verb the model joins to the reported
        clause after a modal one or with "but" is the speaker's second act, told in the speaker's
        tense ("said Brown had criticised it and praised ..." goes on in the reported clause)."""
        said = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or said.dep_ != "ccomp":
            return None
        speech = said.head
        if speech.lemma_.lower() not in self.words.say or speech.tag_ not in ("VBD", "VBZ"):
            return None
        if self.quoted(verb.i) or not any(c.dep_ == "nsubj" for c in said.children):
            return None
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return None
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in said.children)
        contrast = any(c.dep_ == "cc" and c.lower_ == "but" for c in said.children if c.i < verb.i)
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in said.children)
        inner = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "said the bill had the feel of a work in progress, and urged the government to ...":
        # a bill, a plan or a report urges no one; the appeal is the speaker's second act
        thing = inner is not None and verb.lemma_.lower() in SPEAKERS_ACTS and self.is_thing(inner)
        if (perfect or not (modal or contrast)) and not thing:
            return None  # "said Brown had criticised it and praised ...": his acts both
        subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        return [a for group in self.split_agents(subj, speech) for a in group] or None

    def earlier_event_agents(self, tok: Token) -> list[str]:
        """ "the repeated missile tests" -> the agents of this document's last test event."""
        lemma = tok.lemma_.lower()
        if not any(c.lower_ == "the" for c in tok.children):
            return []
        for event in reversed(self.events):
            if event.trigger.lemma_.lower() == lemma:
                return list(event.agents)
        return []


#: Verbs that hand over their object: its possessor is the giver ("gave his support to ...").
# Verbs that give or convey what their object names: "gave his support to Mr Brown", "sent his
# congratulations", "voiced his concerns": the possessive is the giver's own.
GIVING = frozenset(
    {
        "give", "lend", "offer", "pledge", "throw", "send", "express", "extend", "convey", "voice",
        "pass", "pay", "relay", "raise", "register", "air", "have", "share", "lodge",
    }
)  # fmt: skip
#: Entity labels of counted things that are no people: "the two years", "the three pounds".
MEASURES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT"})


def _group_noun(tok: Token) -> bool:
    """ "the two men", "both women", "the pair", "the duo": people just named, counted; "the
    men", "the defectors", "these rebels": people just named, described by a plural of
    :data:`GROUP_DESCRIPTIONS`; "both" standing alone ("condemned both")."""
    if _both_alone(tok):
        return True
    lemma = tok.lemma_.lower()
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}
    counted = any(c.dep_ == "nummod" for c in tok.children) or "both" in dets
    if any(c.dep_ not in ("det", "predet", "nummod") for c in tok.children if c.i < tok.i):
        return False  # "the two Labour men", "the young pair"
    if (
        not counted
        and tok.tag_ == "NNS"
        and len(dets) == 1
        and dets <= DEFINITE_PLURAL
        and lemma in GROUP_DESCRIPTIONS
        and not any(_defining(c) for c in tok.children if c.i > tok.i)
    ):
        # "Defectors X and Y ... urged the men to step down": the people just named (not "the
        # men who ...", "the MPs of the committee": a group the noun's phrase tells itself)
        return True
    if lemma in ("man", "woman") and tok.tag_ == "NNS":
        return counted and bool(dets & {"the", "both"})
    if tok.tag_ == "NNS" and dets & {"the", "all"} and tok.ent_type_ not in MEASURES:
        # "the four detainees", "all three ministers": that many people named before
        return any(c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS for c in tok.children)
    if tok.pos_ == "NUM" and tok.lower_ in NUMBER_WORDS and tok.dep_ != "nummod":
        return bool(dets & {"the", "all"})  # "agreed to release the four", "attacked all three"
    return lemma in ("pair", "duo", "couple") and tok.tag_ == "NN" and dets == {"the"}


#: Plural nouns that, after "the", "these" or "those", describe people just named: "Defectors X
#: and Y ... urged the men to step down", "X and Y quit; the leader condemned the rebels".
GROUP_DESCRIPTIONS = frozenset(
    {
        "man", "woman", "defector", "rebel", "brother", "sister", "councillor", "mp", "msp", "mep",
        "minister", "candidate", "politician", "peer", "lawmaker", "senator", "dissident",
    }
)  # fmt: skip
#: Nouns of a role that, after "the", describe someone just named: "praised the former
#: minister", "accused the MP of hypocrisy".
ROLE_DESCRIPTIONS = frozenset(
    {
        "mp", "msp", "mep", "minister", "politician", "veteran", "peer", "councillor", "candidate",
        "defector", "rebel", "statesman", "stateswoman", "backbencher", "lawmaker", "senator",
    }
)  # fmt: skip
#: Words of standing before a role: "the veteran MP", "the senior minister".
SENIORITY = frozenset({"veteran", "senior", "backbench", "maverick", "outspoken", "rebel", "junior"})
#: Determiners of a plural that points back: "the men", "these rebels".
DEFINITE_PLURAL = frozenset({"the", "these", "those"})


def _both_alone(tok: Token) -> bool:
    """ "condemned both", "Both denied it": "both" standing for two named before, no noun's
    determiner nor the first word of a pair ("both Labour and the Tories"); the parser may hang
    it on a preposition after it ("condemned both for their decision")."""
    if tok.lower_ != "both" or tok.dep_ in ("det", "predet"):
        return False
    if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "appos"):
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)  # "both of them"
    head = tok.head
    return tok.dep_ == "preconj" and head.pos_ == "ADP" and head.i == tok.i + 1 and not head.conjuncts


def _defining(child: Token) -> bool:
    """A phrase after a plural that tells which group it is ("the men who ...", "the MPs of the
    committee", "the rebels in Darfur"), not the verb's phrase the parser hangs on it ("accused
    the men of disloyalty", "urged the rebels to ...", "criticised the pair for ...")."""
    if child.dep_ in ("relcl", "acl", "appos"):
        return True
    if child.dep_ != "prep":
        return False
    if child.lower_ in ("over", "about", "to", "into", "against", "with", "on"):
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    named = obj is not None and (obj.pos_ == "PROPN" or bool(obj.ent_type_))
    if child.lower_ == "for":
        return named  # "the MP for Leeds"; not "criticised the men for leaving"
    return child.lower_ != "of" or obj is None or named


def _acts_upon_someone(verb: Token) -> bool:
    """A verb whose object is someone: a name or a personal pronoun ("urged him", "asked Mr
    Blair", "told them"), not a thing ("I want a debate")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "dative")
        and (c.pos_ == "PROPN" or c.lower_ in ("him", "her", "them"))
        and c.ent_type_ not in MEASURES
        for c in verb.children
    )


def _person_described(tok: Token) -> bool:
    """A definite description of someone by a role, acted upon: "praised the former minister",
    "accused the MP of hypocrisy", "the veteran politician was criticised" (not "the man": a
    new person as often as one named; not "the MP for Leeds": its own phrase says who)."""
    if (
        tok.tag_ not in ("NN", "NNP")
        or tok.ent_type_
        or tok.dep_ not in ("dobj", "dative", "nsubjpass", "pobj")
        or tok.lower_ not in ROLE_DESCRIPTIONS
    ):
        return False
    before = [c for c in tok.children if c.i < tok.i]
    if [c.lower_ for c in before if c.dep_ == "det"] != ["the"]:
        return False
    if any(
        c.dep_ != "det" and not (c.dep_ in ("amod", "compound") and c.lower_ in _FORMER_OR_SENIORITY)
        for c in before
    ):
        return False
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("for", "of") and doc[tok.i + 2].pos_ == "PROPN":
        return False  # "the MP for Leeds" (the parser may hang "for Leeds" on the verb)
    return not any(_defining(c) for c in tok.children if c.i > tok.i)


def _proposed_parties(ctx: _Context, verb: Token, acting: list[str]) -> list[str]:
    """Whom a proposal's clause names: its subject when that is someone named ("suggested that
    Britain should join"), else the one its verb acts upon ("suggested they should get Trevor
    Beattie to issue a statement", "proposed that the party sack X"); not the proposers."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return []
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found = (
        [k for k in ctx.entities(subj) if k not in acting] if subj is not None and subj.pos_ != "PRON" else []
    )
    if found or (subj is not None and subj.pos_ == "PROPN"):
        return found
    obj = next((c for c in clause.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        # "get X to issue a statement" parsed with X the subject of the infinitive
        made = next((c for c in clause.children if c.dep_ in ("ccomp", "xcomp") and _to_infinitive(c)), None)
        obj = next((c for c in made.children if c.dep_ == "nsubj"), None) if made is not None else None
    if obj is None or not (obj.pos_ == "PROPN" or ctx.found.entity_at(obj.i) is not None):
        return []
    return [k for k in ctx.entities(obj) if k not in acting]


def _both_after(verb: Token) -> Token | None:
    """The object "both" the parser hangs on a preposition after it: "condemned both for their
    decision" (both/preconj of "for")."""
    if verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    if after.dep_ == "preconj" and after.head.head.i == verb.i and _both_alone(after):
        return after
    return None


#: Plural nouns of people one meets who need no name ("met union leaders", "talks with senior
#: figures", "a meeting with business chiefs", "met a delegation of farmers").
PEOPLE_MET = frozenset(
    {
        "leader",
        "figure",
        "representative",
        "member",
        "official",
        "executive",
        "boss",
        "chief",
        "delegate",
        "delegation",
        "campaigner",
        "worker",
        "farmer",
        "activist",
        "resident",
        "student",
        "family",
        "relative",
        "victim",
        "employer",
        "businessman",
        "businesswoman",
        "backbencher",
        "elder",
        "survivor",
        "veteran",
        "protester",
        "trade unionist",
        "unionist",
        "negotiator",
    }
)


#: A visit and its hosting: CAMEO codes each act of the pair, one party the other's guest.
VISIT_AND_HOST = {"042": "043", "043": "042"}


def _hosted_visits(events: list[_Event], ctx: _Context) -> Iterator[_Event]:
    """The other side of each visit and hosting told: "The president of Argentina visited
    Chile" is also Chile hosting Argentina (043); "Ghana hosted the president of Ivory Coast",
    "X was received by the Turkish president" also the guest's visit (042). A state hosts: the
    state visited, or a host that is or speaks for one (not the people a trip is made to
    support, "visits Dorset", nor "welcoming the chancellor back" between two politicians);
    the pair shares the trigger, the date, the negation and the modality."""
    for event in events:
        other = VISIT_AND_HOST.get(event.cameo[:3])
        if other is None or not event.agents:
            continue
        if other == "043" and _speaking_trip(event.trigger):
            continue  # "gave a speech to students in Boston", "a lecture tour of Canada": no host told
        if other == "043" and not _hosted_trip(event, ctx):
            continue
        if other == "043":
            others = [t for t in event.targets if ctx.kind(t) is Kind.STATE and t not in event.agents]
        elif any(ctx.kind(a) is Kind.STATE for a in event.agents):
            others = [t for t in event.targets if ctx.kind(t) in ACTORS and t not in event.agents]
        else:
            others = []
        if not others:
            continue
        mirror = _Event(
            other,
            event.trigger,
            others,
            list(event.agents),
            list(event.locations),
            event.negated,
            event.modality,
            event.date,
        )
        mirror.details = dict(event.details)
        yield mirror


#: Nouns of sites one visits inside a state ("visited slums in Nairobi", "toured a factory in
#: Tianjin"): a site visit tells no one who received the visitor, so no state hosts (043).
VISITED_SITES = frozenset(
    {"slum", "factory", "plant", "hospital", "clinic", "school", "college", "university", "site", "camp"}
    | {"mine", "shipyard", "farm", "museum", "memorial", "monument", "mosque", "church", "temple", "shrine"}
    | {"cathedral", "prison", "jail", "refinery", "project", "laboratory", "lab", "port", "dock", "estate"}
    | {"cemetery", "grave", "ruin", "exhibition", "fair", "workshop", "facility", "centre", "center", "scene"}
)
#: Modalities of a visit that was made, so a host received the visitor.
MADE_TRIPS = frozenset({Modality.ASSERTED, Modality.REPORTED})


def _hosted_trip(event: _Event, ctx: _Context) -> bool:
    """Whether a visit (042) is also its state's hosting (043) though no hosting is told: not
    a trip still to come ("will travel to Sudan", "is due in Canberra in May"), nor one made
    only by those who act for no government: an MP's, an opposition leader's or a former
    minister's trip ("Tory leader Michael Howard's trip to Mexico"), a party's or a company's.
    A state, one serving its government, an international body, or a person the text ties to
    nothing ("Emmanuel Macron visited India") is received by the state visited."""
    if not event.negated and event.modality not in MADE_TRIPS:
        return False
    if event.trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in VISITED_SITES and ctx.found.entity_at(c.i) is None
        for c in event.trigger.children
    ):
        return False  # "visited slums in the Kenyan capital", "toured a car plant in Tianjin"
    outside = ctx.out_of_office(a for a in event.agents if ctx.kind(a) is Kind.PERSON)
    return any(_official_visitor(ctx, agent, outside) for agent in event.agents)


def _official_visitor(ctx: _Context, agent: str, outside: set[str]) -> bool:
    kind = ctx.kind(agent)
    if kind is Kind.STATE:
        return agent not in outside  # (not the state of a "former prime minister" visiting)
    if kind is Kind.ORGANIZATION:
        return ctx.is_government(agent) or ctx.is_igo(agent)
    if kind is not Kind.PERSON:
        return False
    served = ctx.served([agent])
    outside = ctx.out_of_office([agent])
    if {s for s in served if ctx.kind(s) is Kind.STATE} - outside:
        return True  # "the Iranian foreign minister", "the UK chancellor"
    if outside or any(ctx.is_party(s) for s in served):
        return False  # "Labour MP X", "Tory leader X", "former Australian prime minister X"
    return not any(ctx.kind(s) is Kind.ORGANIZATION and not ctx.is_government(s) for s in served)


def _speaking_trip(trigger: Token) -> bool:
    """A visit told only by a speech, an address or a tour made there ("gave a speech to law
    students in Massachusetts", "addressed the parliament in Canberra", "during a United States
    lecture tour", "on a speaking tour of Australia"): the speaker went (042), but the text names
    nobody who received them, so no state hosts (043)."""
    if trigger.lemma_.lower() in TOURS and trigger.pos_ in ("NOUN", "PROPN"):
        return True
    if trigger.lemma_.lower() in VISITING:
        return False  # "visiting the Pakistani community in Manchester": a visit told as such
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in _SPEAKING_ABROAD_OR_AUDIENCES or o.lower_ in AUDIENCES for o in objects)


#: Nouns of acts done to people by a state or armed men, that others condemn or criticise.
ACTS_UPON_PEOPLE = frozenset(
    {"arrest", "detention", "sentencing", "sentence", "execution", "killing", "jailing", "imprisonment"}
    | {"abduction", "kidnapping", "expulsion", "deportation", "trial", "torture", "murder", "conviction"}
)


def _doers_of_judged_act(ctx: _Context, trigger: Token) -> list[str]:
    """The states or actors who did the act upon people a judging verb's object names: its "by"
    agent, its possessor ("Iran's arrest of"), else the state it was done in ("the detention
    of two French tourists in Iran"); any other act's "by" agent ("condemned a visit to Taipei by
    a US congressional delegation"); none when the object names no doer."""
    out: list[str] = []
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        done_to_people = obj.lemma_.lower() in ACTS_UPON_PEOPLE
        preps = [p for p in obj.children if p.dep_ == "prep"]
        # ("of a German aid worker in Belarus": the place may hang on the victim)
        preps += [
            q
            for p in preps
            if p.lower_ == "of"
            for o in _prep_objects(p)
            for q in o.children
            if q.dep_ == "prep"
        ]
        by = [
            k
            for p in (*preps, *(c for c in obj.children if c.dep_ == "agent"))
            if p.lower_ == "by"
            for o in _prep_objects(p)
            for k in ctx.entities(o)
        ]
        if not done_to_people:
            out += by
            continue
        owner = [k for c in obj.children if c.dep_ == "poss" for k in ctx.entities(c)]
        where = [
            k
            for p in preps
            if p.lower_ in ("in", "inside")
            for o in _prep_objects(p)
            for k in ctx._state_of_place(o)
        ]
        out += by or owner or where
    return list(dict.fromkeys(out))


#: CAMEO code of claiming responsibility for an act.
CLAIM_RESPONSIBILITY = "015"


def _claimed_act_upon(ctx: _Context, trigger: Token) -> list[str]:
    """Whom the act a claim of responsibility is "for" was done to: the states and actors its
    "on / against" phrase names (a nationality word on the thing attacked included: "an attack on
    a convoy carrying Chinese engineers"), else the states of the places it was done in."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    acts = [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in _prep_objects(p)
    ]
    upon: list[str] = []
    places: list[str] = []
    for act in acts:
        for prep in (c for c in act.children if c.dep_ == "prep"):
            for obj in _prep_objects(prep):
                if prep.lower_ in ("on", "against", "upon"):
                    # (not where the thing is: "an Israeli army post near the Lebanese border")
                    near = {
                        t.i
                        for c in obj.children
                        if c.dep_ == "prep" and c.lower_ in WITHIN
                        for t in c.subtree
                    }
                    upon += [
                        k
                        for t in obj.subtree
                        if t.i not in near
                        and (k := ctx.found.entity_at(t.i)) is not None
                        and ctx.kind(k) in ACTORS
                    ]
                elif prep.lower_ in WITHIN:
                    places += ctx._state_of_place(obj)
    return list(dict.fromkeys(upon or places))


#: Nouns of being held by a state: "prisoners in Israeli jails", "detainees in US custody".
DETENTION = frozenset({"jail", "prison", "custody", "detention", "cell", "camp"})
#: CAMEO codes of measures a state takes upon its own people (a curfew, emergency rule, a ban on
#: parties or rights imposed, 172x; and eased, 081x).
HOME_MEASURES = frozenset({"172", "081"})
#: CAMEO codes of a truce declared and of a ceasefire violated: acts of two sides upon each other.
TRUCE_CODES = frozenset({"0871", "196"})
#: CAMEO codes of acts two sides do together, whoever the sentence makes the subject: consult
#: and meet, discuss by telephone, negotiate, sign a formal agreement.
MUTUAL = frozenset({"040", "041", "046", "057"})


#: Words of a role in a government (not "shadow"): its holder speaks for it.
GOVERNING_ROLES = frozenset(
    {"minister", "secretary", "chancellor", "spokesman", "spokeswoman", "spokesperson"}
)


def _governing(ctx: _Context, speakers: set[str]) -> bool:
    """Speakers of or for a government: a body of government, or a person whose role names a
    ministry's office ("Home Secretary", "junior minister"; not a "shadow" one)."""
    if any(ctx.is_government(k) for k in speakers) or any(ctx.is_government(k) for k in ctx.served(speakers)):
        return True
    for r in ctx.found.relations:
        if r.source in speakers and r.role:
            words = set(r.role.lower().split())
            if words & GOVERNING_ROLES and "shadow" not in words:
                return True
    return False


def _bare_government(tok: Token, bodies: frozenset[str]) -> bool:
    """ "the government", "the Government", "the shadow Cabinet": a body of government with no
    state, party or owner named in its phrase ("the Iraqi government", "Labour's cabinet")."""
    if tok.lemma_.lower() not in bodies:
        return False
    return not any(
        c.dep_ in ("poss", "nmod")
        or (c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or state_demonym(c.text) is not None))
        for c in tok.children
    )


def _past_act(verb: Token) -> bool:
    """A verb told as done, active: "released", "has launched", "had signed" (not "was held",
    "would meet", "is ready")."""
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)


#: Nouns of words sent back or to someone: "in a written response to X, the minister said".
ADDRESSED_WORDS = frozenset(
    {"response", "reply", "answer", "letter", "message", "rebuttal", "riposte", "retort"}
)
#: Verbs of words sent back or to someone: "replying to X, the minister said".
ADDRESSING = frozenset({"reply", "respond", "answer", "write", "retort"})


#: Words that make a named act one only told of by others: "the reported feud between X and Y",
#: "the alleged row", "a rumoured rift", "the supposed split" (reported, not asserted).
HEDGED_ACTS = frozenset(
    {"reported", "alleged", "rumoured", "rumored", "supposed", "claimed", "purported", "so-called"}
    | {"suspected", "presumed", "unconfirmed", "putative"}
)
#: Nouns of a quarrel one is in "with" someone: "at odds with X", "embroiled in a row with X".
QUARREL_NOUNS = frozenset(
    {"row", "spat", "feud", "quarrel", "squabble", "falling-out", "odds", "odd", "loggerheads", "loggerhead"}
)
#: Words that make a "row" a line of seats or a run: "the front row", "a third year in a row".
PLACED_ROWS = frozenset(
    {"front", "back", "middle", "first", "second", "third", "fourth", "last", "same", "next", "top", "bottom"}
)
#: Auxiliaries that make a need or an obligation a condition, not a call: "would have to".
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "will", "'d", "wo"})
#: Nouns of words of blame whose "of" object is the one blamed: "a critique of X".
CRITIQUE_NOUNS = frozenset(
    {
        "critique",
        "denunciation",
        "condemnation",
        "rebuke",
        "censure",
        "excoriation",
        "vilification",
        "lambasting",
        "savaging",
        "castigation",
        "criticism",
        "dressing-down",
        "tongue-lashing",
    }
)
#: Nouns of a look into someone's doings asked for: "an inquiry into X's conduct".
INQUIRY_NOUNS = frozenset(
    {"inquiry", "enquiry", "investigation", "probe", "review", "inquest", "audit", "examination", "hearing"}
)
#: Nouns of a word given asked for: "a guarantee that the government would consult".
ASSURANCE_NOUNS = frozenset(
    {"guarantee", "assurance", "pledge", "commitment", "promise", "undertaking", "apology", "explanation"}
)


def _asked_of(ctx: _Context, noun: Token) -> list[str]:
    """Who a thing asked for is about or must come from: the one an inquiry is "into / of" (or
    whose doings it is into: "an inquiry into X's conduct"), the one an assurance is asked
    "from" or whose act it is to promise ("a guarantee that the government would consult")."""
    lemma = noun.lemma_.lower()
    kinds = (Kind.PERSON, Kind.STATE, Kind.ORGANIZATION)

    def actor(k: str) -> bool:
        return ctx.kind(k) in (Kind.PERSON, Kind.STATE) or ctx.is_party(k) or ctx.is_government(k)

    found: list[str] = []
    if lemma in INQUIRY_NOUNS:
        for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("into", "of", "about")):
            for o in _prep_objects(p):
                # (not "an inquiry into Iraq": the war, not the state, is looked into)
                named = [
                    k
                    for k in ctx.entities(o, kinds=kinds, depth=1)
                    if actor(k) and ctx.kind(k) is not Kind.STATE
                ]
                if not named and o.pos_ == "NOUN":
                    named = _judged_thing_owners(ctx, o, back=False)
                found += named
    elif lemma in ASSURANCE_NOUNS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                found += [
                    k for o in _prep_objects(c) for k in ctx.entities(o, kinds=kinds, depth=1) if actor(k)
                ]
            elif c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
                if not any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                    continue
                for subj in (s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"):
                    found += [k for k in ctx.entities(subj, kinds=kinds, depth=1) if actor(k)]
                    if (
                        not found
                        and subj.lemma_.lower() in ("government", "minister")
                        and not any(m.dep_ in ("amod", "compound", "poss") for m in subj.children)
                    ):
                        home = ctx.governed_home()
                        found += [home] if home is not None else []
    return list(dict.fromkeys(found))


def _said_of(verb: Token) -> list[Token]:
    """Whom something is "said of": "X said of Y: ...", "wrote of Y that ..."; or whom it
    answers or is sent to: "in a written response to Labour MP X, the government said",
    "replying to X, the minister said", "answering a question from X, she said"."""
    found = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            nouns = [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in ADDRESSED_WORDS]
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in ADDRESSING:
            nouns = [c]
            # "answering a question from X"
            found += [
                o
                for q in c.children
                if q.dep_ == "dobj" and q.lemma_.lower() in ("question", "query", "letter", "challenge")
                for p in q.children
                if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children
                if o.dep_ == "pobj"
            ]
        else:
            continue
        found += [
            o
            for n in nouns
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return found


def _infinitive(verb: Token) -> bool:
    """A verb in a "to" infinitive: "ready to negotiate", "agreed to sign"."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_words(noun: Token) -> Iterator[Token]:
    """The words of a noun phrase that say whose its people are: all of it but the places it is
    in and the clauses after it ("civilians in the town of Douma", "35 people suspected of
    links to the PKK" name no state of theirs; "Kurdish refugees", "students from Nigeria" do)."""
    yield noun
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "prep" and child.lower_ in WITHIN):
            continue
        yield from child.subtree


def _partner_phrases(trigger: Token, code: str) -> list[Token]:
    """The noun phrases naming the other side of a two-sided act: its "with" object on the
    trigger, on a light verb's noun ("signed a trade agreement with Thailand", "held talks with
    X") or on a means of contact ("spoke by telephone with X"); the object of a meeting or a call
    ("met Bush", "telephoned Putin")."""
    holders = [trigger]
    if trigger.dep_ == "dobj":
        holders.append(trigger.head)  # "held talks with X": "with" hung on the light verb
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    holders += objects
    for means in (c for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
        obj = _pobj(means)
        if obj is not None and obj.lemma_.lower() in MEANS_OF_CONTACT:
            holders.append(obj)
    out = [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in _prep_objects(p)
    ]
    if trigger.pos_ == "VERB" and code[:3] in ("040", "041"):
        out += objects
    return out


def _met_with(word: Token) -> Token | None:
    """The object of a meeting's "with" ("met with X", "a meeting with X")."""
    return next(
        (
            o
            for p in word.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )


#: Verbs of asking for an act named by a noun ("demanded an inquiry", "called for a probe").
ASKING_FOR = frozenset(
    {"call", "appeal", "demand", "seek", "want", "urge", "request", "press", "push", "ask", "plead"}
)


def _asked_for(noun: Token) -> bool:
    """A noun act someone asks for ("called for an investigation by X", "demanded an inquiry")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.lemma_.lower() in ASKING_FOR or head.lemma_.lower() in PLEAS


#: Feelings one voices only to whom they are due: unaddressed, to the person the story is about.
CONGRATULATIONS = frozenset({"congratulation", "congratulations"})


def _addresses_rulers(trigger: Token, home_bodies: frozenset[str]) -> bool:
    """Whether a verb of asking, demanding or blaming is told to a government named by no state:
    "called on the government", "appealed to the authorities", "accused the regime" (the object,
    or the object of "on / to / against / with")."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    objs += [
        o
        for p in trigger.children
        if p.dep_ in ("prep", "dative") and p.lower_ in ("on", "to", "against", "with", "upon")
        for o in _prep_objects(p)
    ]
    return any(
        o.lemma_.lower() in home_bodies | RULERS
        and not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "ADJ") for c in o.children)
        for o in objs
    )


def _addressed(verb: Token, noun: Token) -> bool:
    """Whether a feeling voiced names whom or what it is for ("congratulations to / on / for")."""
    return any(c.dep_ in ("prep", "dative") for c in (*verb.children, *noun.children) if c.i > noun.i)


def _judged_pronoun(verb: Token, dobj: Token | None) -> Token | None:
    """The "him"/"her" a verb of judging acts upon: its object ("called him a titan") or the
    object of a "to" after it or its object ("paid tribute to him")."""
    if dobj is not None and dobj.lower_ in ("him", "her"):
        return dobj
    heads = (verb, dobj) if dobj is not None else (verb,)
    return next(
        (
            o
            for h in heads
            for p in h.children
            if p.dep_ in ("prep", "dative") and p.lower_ == "to"
            for o in p.children
            if o.dep_ == "pobj" and o.lower_ in ("him", "her")
        ),
        None,
    )


def _people_met(tok: Token | None) -> bool:
    """People met who need no name: a plural of :data:`PEOPLE_MET` ("union leaders") or a
    delegation of anyone ("a delegation of farmers"), not someone named or a thing."""
    if tok is None or tok.ent_type_ or tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    if lemma == "delegation":
        return True
    return lemma in PEOPLE_MET and tok.tag_ == "NNS"


#: Verbs that say a threat whatever the dictionary's block: "vowed", "pledged", "promised".
THREAT_VERBS = frozenset({"threaten", "warn", "vow", "pledge", "promise", "caution", "menace"})
#: Roots a dictionary pattern of a particle alone does not code.
THREAT_OR_FORCE = frozenset({"13", "15", "18", "19", "20"})
#: Particles of phrasal verbs: a dictionary pattern of one alone ("destroy: * away") is no act.
PARTICLES = frozenset({"up", "down", "off", "out", "away", "back", "over", "in", "on", "through"})
#: Texts a legislature votes on: adopting or passing one is no concession (08x).
LEGISLATION = frozenset(
    {
        "bill",
        "law",
        "legislation",
        "act",
        "motion",
        "amendment",
        "budget",
        "measure",
        "regulation",
        "directive",
    }
)
#: Procedures of a body: permitting one ("allow a Commons vote") is no yielding to anyone.
PROCEDURES = frozenset(
    {"vote", "debate", "referendum", "ballot", "election", "inquiry", "discussion", "poll"}
)
#: Roots of asking, offering, demanding or refusing: "called for talks with India" asks India.
ASKED_TALKS_ROOTS = frozenset({"02", "03", "10", "12"})
#: Nouns of a meeting of leaders besides :data:`TALKS`.
SUMMITS = frozenset({"summit", "meeting", "negotiations", "talks", "conference", "round"})
#: Nouns of a visit: an act done "during a visit to X" is upon X.
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stopover", "state-visit"})
#: Codes of promised or allowed aid (besides root 07): "pledged aid for", "allowed aid into".
AID_INTENTS = frozenset({"033", "086"})
#: Prepositions naming the recipient of aid.
RECIPIENT_PREPS = frozenset({"for", "to", "into"})
_LEGISLATION_OR_PROCEDURES = LEGISLATION | PROCEDURES
#: What aid is given as: "helped Indonesia with reconstruction" (not "with seminars").
AID_NOUNS = frozenset(
    {
        "aid",
        "money",
        "fund",
        "funding",
        "cash",
        "loan",
        "credit",
        "food",
        "medicine",
        "supply",
        "relief",
        "reconstruction",
        "rebuilding",
        "recovery",
        "debt",
        "equipment",
        "troop",
        "training",
        "expertise",
        "grant",
        "shelter",
        "water",
        "vaccine",
        "rescue",
        "evacuation",
        "weapon",
        "arm",
        "security",
        "investment",
        "development",
        "assistance",
        "support",
        "help",
    }
)
#: Nouns of a gathering: arriving at or for one is coming to it, no visit to a state.
GATHERINGS = frozenset(
    {
        "meeting",
        "conference",
        "summit",
        "session",
        "hearing",
        "launch",
        "show",
        "recording",
        "debate",
        "rally",
        "dinner",
        "party",
        "event",
        "ceremony",
        "service",
        "funeral",
        "interview",
        "programme",
        "lecture",
        "count",
        "speech",
        "station",
        "studio",
        "court",
        "office",
        "start",
    }
)
#: Words of someone arriving to stay: "arrived in London as a refugee".
NEWCOMERS = frozenset(
    {
        "refugee",
        "defector",
        "asylum",
        "seeker",
        "immigrant",
        "migrant",
        "student",
        "child",
        "boy",
        "girl",
        "baby",
        "exile",
        "teenager",
        "worker",
        "evacuee",
    }
)


#: What one may be said to have no claim to: "has no jurisdiction over", "had no right to".
ENTITLEMENTS = frozenset({"right", "jurisdiction", "authority", "mandate", "power", "business", "legitimacy"})


#: Prefixes that make a state's name a stance: "anti-Syria", "pro-Western", "anti-American".
STANCES = frozenset({"anti", "pro"})
#: Participles after a hyphen whose first part owns the thing: "US-led", "Greek-flagged".
OWNING_PARTICIPLES = frozenset(
    {
        "led",
        "flagged",
        "registered",
        "owned",
        "run",
        "operated",
        "drafted",
        "authored",
        "controlled",
    }
)
#: Particles the parser may read as a preposition ("ordered two diplomats out of the country",
#: "hauled in a journalist"): a phrasal row of the lexicon is looked up with them too.
#: Adjectives of a message that name the feeling it conveys: "a congratulatory telegram".
FEELING_ADJECTIVES = {
    "congratulatory": "congratulation",
    "condolatory": "condolence",
    "sympathetic": "sympathy",
}
#: The root of sanctions and reduced relations, which a thing of someone's may suffer.
SANCTIONS_ROOT = "16"
IDIOM_PARTICLES = frozenset({"out", "in", "up", "off", "back", "down", "home"})  # ("sent home a diplomat")

MEDIATE = "045"
#: Signing a formal agreement: "put pen to paper on a pact with Cyprus".
SIGN_AGREEMENT = "057"
#: An offer to mediate: "put itself forward as a mediator", "offered himself as a go-between".
MEDIATE_INTENT = "039"
#: Participles of a go-between: "talks brokered by the US" are not the broker's own.
MEDIATING = frozenset({"broker", "mediate", "facilitate"})


def _hyphen_pair(other: Token, tok: Token) -> bool:
    """``other`` is joined to ``tok`` by a hyphen as its modifier: "British-Iranian"."""
    return (
        other.dep_ in ("amod", "compound", "npadvmod")
        and other.i == tok.i - 2
        and tok.doc[tok.i - 1].text in ("-", "‐", "‑")
    )


def _stance(tok: Token, key: str, entity_at: Callable[[int], str | None]) -> bool:
    """The entity ``key`` at ``tok`` is named after "anti-" or "pro-" ("an anti-Syria
    journalist", "pro-Russian separatists"): a stance towards it, not its people."""
    first = tok.i
    if first > 0 and entity_at(first - 1) == key:  # (``Token.sent`` only for a name of many words)
        start = sentence_start(tok.doc, tok.i)
        while first > start and entity_at(first - 1) == key:
            first -= 1
    doc = tok.doc
    if first >= 1 and doc[first - 1].lower_ in STANCES:
        return True  # "anti" "Syria" tokenised apart without the hyphen
    return first >= 2 and doc[first - 1].text in ("-", "‐", "‑") and doc[first - 2].lower_ in STANCES


#: Nouns of a war waged somewhere: a name written before one, with no other place named, is
#: where it is fought ("the Iraq war", "the Kosovo conflict"), not who wages it.
THEATRE_NOUNS = frozenset({"war", "conflict", "occupation", "insurgency"})


def _theatre(tok: Token, child: Token) -> bool:
    """``child`` is a name compounded before a noun of war that is the object of a verb or
    preposition ("opposed the Iraq war", "protests against the Iraq war"): the place fought
    in. With the place named apart ("the US war in Iraq"), the name is the war's doer."""
    return (
        child.dep_ == "compound"
        and child.i < tok.i
        and tok.lemma_.lower() in THEATRE_NOUNS
        and tok.dep_ in ("dobj", "pobj", "nsubjpass")
        and not any(p.dep_ == "prep" and p.lower_ in ("in", "on", "against", "with") for p in tok.children)
    )


#: Roots of a stance taken on someone's thing: support, criticism, rejection (see `_verb` targets).
STANCE_ROOTS = frozenset({"05", "11", "12"})

#: Nouns of a state's standing offer, its intent even with no one named (see `_nominal`).
STATE_OFFERS = frozenset({"offer"})


def _own_thing(tok: Token) -> bool:
    """ "said his own decision had been a mistake", "said our plan was flawed": the speaker's own
    thing, no one else criticised."""
    return any(
        c.dep_ == "poss" and (c.lower_ in ("my", "our") or any(o.lower_ == "own" for o in tok.children))
        for c in tok.children
    )


#: Dependencies of a clause that only grounds, times or describes within what is said.
SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl"})
#: Marks of a condition: a clause the judgement hangs on ("would be a disaster if Iran attacked").
CONDITION_MARKS = frozenset({"if", "unless", "whether", "should"})


def _subordinate_in(tok: Token, scope: list[Token], deps: Collection[str] = SUBORDINATE_CLAUSES) -> bool:
    """``tok`` stands in a clause of reason, time or description hung inside the words ``scope``
    (an adverbial clause not of condition, a relative or participial clause): 'was "false" as
    the documents were presented to X', "the report, which was presented to the board, was"."""
    inside = {t.i for t in scope}
    node = tok
    while node.i in inside and node.head.i != node.i:
        conditional = any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children)
        if node.dep_ in deps and node.head.i in inside and not (node.dep_ == "advcl" and conditional):
            return True
        node = node.head
    return False


def _text_judged(tok: Token, made: frozenset[str]) -> bool:
    """A text or a decision judged as itself ("the report was false"), not a claim whose content
    the speaker denies ("reports that she had likened X to Y were inaccurate": a denial)."""
    return tok.lemma_.lower() in made and not any(
        c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" for m in c.children)
        and any(m.dep_ in ("nsubj", "nsubjpass") and m.pos_ == "PRON" for m in c.children)
        for c in tok.children
    )


def _legal(trigger: Token) -> bool:
    """Words of the law in the trigger's phrase: "pressed charges", "took legal action"."""
    return any(
        t.lemma_.lower() in ("charge", "legal", "court", "lawsuit", "prosecution", "proceeding")
        for t in trigger.subtree
    )


def _wont_say(verb: Token, words: WordLists) -> bool:
    """ "The ministry would not comment", "will not say whether ...": declining comment (011),
    unlike "did not say" (nothing done)."""
    lemma = verb.lemma_.lower()
    if no_comment_holder(verb) is not None:
        return True  # '"We don't comment on intelligence matters"', "was not in a position to comment"
    if (
        lemma in words.comment_verbs
        and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children)
        and any(c.dep_ == "conj" and c.lemma_.lower() in words.comment_verbs for c in verb.children)
    ):
        return True  # "would neither confirm nor deny that ...", "neither confirmed nor denied"
    if (
        lemma in words.comment_verbs
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ == "go"
        and verb.head.tag_ == "VBG"
        and any(c.dep_ == "neg" for c in verb.head.children)
        and not any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return True  # "is not going to comment", '"We are not going to discuss operational matters"'
    return (
        (
            lemma in words.comment_verbs
            # "would not be drawn on the date", "will not be pinned down"
            or (lemma in PRESSED and any(c.dep_ == "auxpass" for c in verb.children))
        )
        and any(c.dep_ == "neg" for c in verb.children)
        and not any(c.lower_ in ("sorry", "yes") for c in verb.children)  # "could not say sorry"
        and not any(c.dep_ == "ccomp" and not _asks(c) for c in verb.children)  # "cannot say we don't want"
        and not any(
            c.dep_ == "advmod" and c.lower_ in ("forever", "always", "simply", "just") for c in verb.children
        )
        and any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "wo", "could", "can", "ca")
            for c in verb.children
        )
        and not _cannot_establish(verb)
    )


_KEEPING_VERBS = frozenset({"abide", "obey", "comply", "adhere", "respect", "honour", "honor", "uphold"})
_RULE_NOUNS = frozenset(
    {"obligation", "rule", "law", "duty", "commitment", "convention", "treaty", "principle", "constitution"}
)


def _keeps_rules(verb: Token, lemma: str, dobj: Token | None) -> bool:
    """ "Britain would abide by its international obligations", "respects the rule of law":
    keeping to rules, law or obligations is at most an assurance, not yielding (08x) or praise."""
    if lemma not in _KEEPING_VERBS:
        return False
    kept: list[Token | None] = [dobj]
    kept += [
        _pobj(c) for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("by", "with", "to")
    ]
    return any(t is not None and t.lemma_.lower() in _RULE_NOUNS for t in kept)


def _cannot_establish(verb: Token) -> bool:
    """ "The inquiry could not say whether the minister had known": an inconclusive finding, not
    a refusal to comment ("would not say whether" stays one)."""
    return any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children) and any(
        c.dep_ in ("ccomp", "advcl", "dobj")
        and any(t.lower_ in ("whether", "if") for t in c.subtree if t.i < c.i)
        for c in verb.children
    )


def _invited_to_other(obj: Token | None, lex: Lexicon) -> bool:
    """An invitation to do something else than meet, talk or visit: "the invitation to enter
    the House of Lords", "an invitation to join the board" (not "to visit London")."""
    if obj is None or obj.lemma_.lower() != "invitation":
        return False
    for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
        rule = lex.match(clause.lemma_.lower(), "V", None, None)
        return rule is None or rule.cameo[:2] != "04"
    return False


def _asks(clause: Token) -> bool:
    """A clause of an open question: "whether ...", "what ...", "who ...", "when ..."."""
    return any(
        t.lower_ in ("whether", "if", "what", "who", "whom", "when", "where", "why", "how", "which")
        for t in clause.subtree
        if t.i < clause.i
    )


def _particle_only(pattern: str) -> bool:
    """A dictionary pattern ("destroy: * away [130]") whose words are particles only."""
    body = pattern.partition(":")[2].rpartition("[")[0].split()
    words = [w for w in body if w != "*"]
    return bool(words) and all(w in PARTICLES for w in words)


#: Nouns of plans and texts: postponing or suspending one cuts no relations (16x).
PLANS = frozenset(
    {
        "plan",
        "proposal",
        "bill",
        "law",
        "legislation",
        "reform",
        "scheme",
        "policy",
        "decision",
        "vote",
        "measure",
    }
)
_LEGISLATION_PROCEDURES_OR_PLANS = LEGISLATION | PROCEDURES | PLANS
#: Ideas and offers a blow in words may fall on: "shot down the idea", "torpedoed the offer".
PLAN_IDEAS = frozenset(
    {"idea", "suggestion", "offer", "initiative", "motion", "amendment", "argument", "claim"}
)
_LEGISLATION_PLANS_OR_IDEAS = LEGISLATION | PLANS | PLAN_IDEAS
#: Adjectives of readiness: "is ready / willing / prepared to X" is the intent of X.
READY = frozenset({"ready", "willing", "prepared", "happy", "glad"})
#: Nouns of readiness: "expressed its readiness / willingness to X" is the intent of X.
READINESS_NOUNS = frozenset(
    {"readiness", "willingness", "preparedness", "eagerness", "intention", "intent", "determination"}
)
#: Verbs of working together: "keen to work with China", "looks forward to working with
#: ministers", "wants to partner with Airbus" are an intent to cooperate (030; see ``_work_with``).
WORKING_WITH = frozenset({"work", "collaborate", "partner", "team", "engage"})
#: Words whose to-clause or "to ...ing" tells what one means to do.
MEANING_TO = frozenset(
    {"want", "hope", "plan", "intend", "aim", "pledge", "promise", "vow", "seek", "wish", "agree"}
    | {"offer", "commit", "look", "keen", "eager", "ready", "willing", "happy", "determined", "committed"}
    | {"prepared", "anxious", "delighted", "pleased", "glad"}
)
#: States of readiness of armed forces: "troops are on standby", "put its army on high alert",
#: "placed the military on a war footing" show force (15x; see ``_posture``).
POSTURES = frozenset({"standby", "alert", "footing"})
#: Who may be put on standby to show force: the military (152) or the police (151).
ARMED = frozenset(
    {"troop", "soldier", "force", "army", "military", "navy", "marine", "paratrooper", "battalion"}
    | {"regiment", "brigade", "division", "warship", "fleet", "jet", "aircraft", "missile", "arsenal"}
    | {"unit", "reservist", "peacekeeper", "police", "policeman", "officer"}
)
#: Verbs that put someone on standby ("put", "placed", "kept"): their object is the force.
POSTURING = frozenset({"put", "place", "keep", "bring", "move", "order"})

#: Prepositions after a word of feeling that name whom it is about: "concerned about", "angry
#: with", "critical of", "delighted for", "disappointed by".
#: Adjectives of feeling that mean "needed" before "to": "critical to the deal's success".
VITAL_TO = frozenset({"critical"})
ABOUT_SOMEONE = frozenset(
    {"about", "over", "with", "at", "by", "of", "for", "towards", "toward", "regarding", "to"}
)
#: Verbs of a clause that tell what befalls its subject, not its act: "worried that Britain would
#: suffer" judges no one.
UNDERGOING = frozenset({"be", "suffer", "lose", "face", "fall", "miss", "become", "get", "remain", "stay"})
#: Verbs of wanting something of someone: "wants Blair to resign".
WANTING = frozenset({"want", "wish", "like"})
#: An empathetic comment (018) and the losses it is about: "condolences over the deaths of X".
SYMPATHY = "018"
DEATH_NOUNS = frozenset({"death", "killing", "loss", "murder", "drowning"})
#: Heads of an armed body that, withdrawn, make a military retreat (``triggers.tsv`` @own_forces)
#: unless they keep the peace for others ("its peacekeeping force").
WITHDRAWN_FORCES = frozenset({"force", "forces", "troop", "contingent", "unit", "soldier"})
#: Verbs whose passive subject is removed ("wants Blair to be replaced") and verbs of leaving an
#: office ("wants Blair to go"): a demand for a change of leader.
#: Nouns a description of a person is made of ("the man", "the veteran politician").
DESCRIBED_PEOPLE = frozenset(
    {"man", "woman", "politician", "statesman", "stateswoman", "figure", "veteran", "pm", "peer", "colleague"}
)
FORMER = frozenset({"former", "late", "ex", "ex-", "one-time", "onetime", "erstwhile"})
#: Verbs of leaving a post (the leaver their subject) and of removing someone from it (the removed
#: their object or passive subject): "Ann Vole resigned", "X was sacked", "Y replaced X".
REMOVING_VERBS = frozenset(
    {"sack", "fire", "oust", "dismiss", "replace", "succeed", "axe", "depose", "remove"}
)
LEAVING_VERBS = (
    frozenset({"resign", "quit", "leave", "retire", "step", "stand", "depart", "go", "bow"}) | REMOVING_VERBS
)
#: Nouns of leaving a post, the leaver their possessor or "of" object ("his resignation").
LEAVING_NOUNS = frozenset(
    {"resignation", "departure", "exit", "sacking", "dismissal", "ousting", "retirement"}
)
_FORMER_OR_SENIORITY = FORMER | SENIORITY
OUSTED = frozenset({"replace", "sack", "remove", "oust", "dismiss", "fire", "depose", "topple", "unseat"})
STEPPING_DOWN = frozenset({"resign", "go", "quit", "leave", "retire"})
GOOD_WISHES = frozenset({"luck", "success", "well", "best", "happiness", "wish"})


def _named_before(ctx: _Context, tok: Token, exclude: list[str]) -> list[str]:
    """The last state or body named before ``tok`` in its sentence or the one before, other than
    ``exclude``: whose "its" is meant when it cannot be the clause's own subject's."""
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = sentence_start(tok.doc, start - 1)
    for kind in (Kind.STATE, Kind.ORGANIZATION):  # (a state first: "Iran's bid to join the WTO")
        for i in range(tok.i - 1, start - 1, -1):
            key = ctx.found.entity_at(i)
            if key is not None and key not in exclude and ctx.kind(key) is kind:
                return [key]
    return []


def _as_did(ctx: _Context, trigger: Token) -> list[str]:
    """Who did the same, told by a clause of a bare auxiliary: "offered his congratulations, as did
    Michael Howard", "was delighted, as were the Tories", "as has Labour"."""
    out: list[str] = []
    # (a noun's or an adjective's clause is its verb's: "offered his congratulations, as did X",
    # and a coordinated verb's may hang on the first; not a verb's head: "is permitted to sue, as
    # is X" permits, it does not sue)
    hosts = (trigger, trigger.head) if trigger.pos_ != "VERB" or trigger.dep_ == "conj" else (trigger,)
    for host in hosts:
        for clause in host.children:
            if (
                clause.dep_ == "advcl"
                and clause.lemma_.lower() in ("do", "have", "be")
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for c in clause.children)
            ):
                subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                if subj is not None:
                    out += [k for group in ctx.split_agents(subj, clause) for k in group]
    return out


def _voiced(noun: Token | None, verb: Token) -> bool:
    """A feeling a noun voices to someone, not "no doubt that ..." nor a desire ("a wish to
    visit"), nor sent to a thing ("paid tribute to the nation's character")."""
    if noun is None:
        return False
    recipients = [
        o
        for c in (*verb.children, *noun.children)
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if recipients and all(
        o.pos_ == "NOUN" and not _group_noun(o) and not any(t.ent_type_ for t in o.subtree)
        for o in recipients
    ):
        return False  # (not "to the couple", "to the two men": people just named)
    return not any(
        (c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "little"))
        or (c.dep_ in ("acl", "relcl") and _to_infinitive(c))
        for c in noun.children
    )


def _predicative(tok: Token) -> bool:
    """A word said of its subject: "was concerned", "is delighted", "were disappointed by"."""
    return tok.dep_ == "acomp" or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children))


#: Verbs that mention or judge an act: a dictionary pattern of the act's noun is not the act.
MENTIONING = frozenset(
    {
        "describe",
        "refer",
        "mention",
        "recall",
        "discuss",
        "cite",
        "characterise",
        "characterize",
        "note",
        "welcome",
        "criticise",
        "criticize",
        "question",
        "dub",
        "brand",
        "label",
        "hail",
        "praise",
        "condemn",
    }
)
#: Roots of speech and judgement: what a verb of mentioning may code itself.
SPOKEN_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})
#: What is signed or ratified: an agreement, or a named text.
AGREEMENTS = frozenset(
    {
        "agreement",
        "deal",
        "treaty",
        "accord",
        "pact",
        "convention",
        "protocol",
        "memorandum",
        "contract",
        "declaration",
        "charter",
        "compact",
        "ceasefire",
        "truce",
        "armistice",
        "constitution",
        "settlement",
        "document",
        "communique",
        "communiqué",
        "understanding",
        "framework",
        "partnership",
    }
)
#: Charges a government levies: abolishing or cutting one is policy, no sanction.
LEVIES = frozenset({"fee", "tax", "levy", "duty", "toll", "tariff"})
_PLANS_OR_LEVIES = PLANS | LEVIES
#: Abstract nouns a light or generic verb carries, and the CAMEO roots a dictionary pattern
#: of that verb may give with one as its object. A statement issued is a statement, however
#: it is worded ("issued a defiant statement" is no official complaint, 114); information
#: taken or given, and programmes presented or launched, are words and plans, no
#: investigation (090) or material cooperation (060): "took the information from its files",
#: "presented programmes for the BBC".
ABSTRACT_OBJECTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("statement", "remark", "comment", "speech"), frozenset({"01"})),
    **dict.fromkeys(
        ("information", "info", "detail", "fact", "data", "advice", "intelligence", "update", "news"),
        frozenset({"01", "02", "03", "04", "05"}),
    ),
    **dict.fromkeys(
        ("programme", "program", "scheme", "agenda", "outline", "show", "documentary", "series"),
        frozenset({"01", "02", "03", "04", "05"}),
    ),
}
SHOW_OF_FORCE, ATTACK = "150", "190"
#: Spans of time someone is given to act: an ultimatum ("gave him 48 hours to leave").
TIME_LIMITS = frozenset({"hour", "day", "week", "month", "deadline"})
#: CAMEO 204: use weapons of mass destruction (chemical 2041, nuclear 2042).
WEAPONS_OF_MASS_DESTRUCTION = "204"
#: Violent repression: crowd weapons fired or used on people ("fired water cannon at protesters").
REPRESSION = "175"
#: Sectors of those who hold people for a state (police, intelligence, army, government, courts).
ENFORCING_SECTORS = frozenset({"COP", "SPY", "MIL", "GOV", "JUD"})
#: Head nouns of a state's enforcers with their sector, when the sector table has none for the
#: phrase: "investigators", "security agents", "the authorities", "officers".
ENFORCERS = {
    "police": "COP",
    "policeman": "COP",
    "policemen": "COP",
    "officer": "COP",
    "gendarme": "COP",
    "detective": "COP",
    "constable": "COP",
    "investigator": "COP",
    "agent": "SPY",
    "authority": "GOV",
    "authorities": "GOV",
    "prosecutor": "JUD",
    "soldier": "MIL",
    "troop": "MIL",
}
#: Violent protest, riot (145), and the destruction of property (1712) a crowd's would be.
VIOLENT_PROTEST = "145"
DESTROY_PROPERTY = "1712"
#: Fights with heavy weapons: artillery and tanks (194), aerial weapons (195).
HEAVY_WEAPONS = frozenset({"194", "195"})
#: CAMEO 062: cooperate militarily (joint exercises of two states are not a show of force).
MILITARY_COOPERATION = "062"


#: The CAMEO sector of a state's people at large.
CIVILIANS = "CVL"


def _people_of(name: Span, kind: Kind | None) -> bool:
    """A state named by its people, a plural demonym ("Nigerians", "Egyptians"), not its name
    or adjective ("Nigeria", "Nigerian troops")."""
    return (
        kind is Kind.STATE
        and len(name) == 1
        and name[0].tag_ in ("NNPS", "NNS")
        and state_demonym(name.text) is not None
        and state_lookup(name.text) is None
    )


def _joint_drill(trigger: Token, agent_groups: list[list[str]], ctx: _Context) -> bool:
    """Exercises or manoeuvres held by two or more states together ("French and Egyptian warships
    launched war games", "Russia held joint drills with China"): military cooperation."""
    states = {a for group in agent_groups for a in group if ctx.kind(a) is Kind.STATE}
    if len(states) > 1:
        return True
    phrase = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    joint = any(
        c.lower_ in ("joint", "combined")
        for t in phrase
        for c in t.children
        if c.dep_ in ("amod", "compound")
    )
    # (the partner may hang on the verb of a nominal trigger: "held joint drills with China")
    return joint and any(
        c.dep_ == "prep" and c.lower_ == "with" for t in (*phrase, trigger.head) for c in t.children
    )


#: Nouns of what someone says happened: calling one false denies it ("said the report was false").
CLAIMS = frozenset(
    {"report", "claim", "allegation", "accusation", "charge", "suggestion", "story", "rumour", "rumor"}
    | {"speculation", "assertion", "insinuation"}
)
_CHARGES_OR_CLAIMS = CHARGES | CLAIMS
#: Words that call a claim false.
FALSEHOODS = frozenset(
    {
        "false",
        "untrue",
        "groundless",
        "baseless",
        "unfounded",
        "nonsense",
        "rubbish",
        "lie",
        "inaccurate",
        "fabrication",
        "fabricated",
        "fiction",
        # (words of scorn for a claim: "called the allegations 'absurd'", "dismissed as a 'fairy tale'")
        "absurd",
        "ridiculous",
        "preposterous",
        "laughable",
        "fanciful",
        "far-fetched",
        "outlandish",
        "nonsensical",
        "fantasy",
        "invention",
        "smear",
        "slander",
        "lies",
        "misinformation",
        "disinformation",
        "hoax",
    }
)
#: Words that call a claim true: "said the story was not true" denies it.
TRUTHS = frozenset({"true", "accurate", "correct"})
#: Roots of judging an act: support, criticism, rejection.
JUDGING_ROOTS = frozenset({"05", "11", "12"})
REJECT_SETTLEMENT, REJECT_ANY = "127", "120"
#: Words of a plan or agreement that settles a dispute (CAMEO 127 is its rejection).
SETTLING = frozenset(
    {
        "peace",
        "ceasefire",
        "truce",
        "armistice",
        "settlement",
        "agreement",
        "accord",
        "deal",
        "treaty",
        "roadmap",
        "road",
        "pact",
        "compromise",
        "resolution",
    }
)


def _clause_subject(subj: Token, verb: Token) -> Token:
    """The subject a verb really has when a clause of time was parsed as its subject's phrase:
    in "Mr Blair's view after the top Catholic backed Howard's stance" it is the top
    Catholic who backed, not Mr Blair's view."""
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in TIME_CONJUNCTIONS):
        inner = _pobj(prep)
        if (
            inner is not None
            and inner.pos_ in ("NOUN", "PROPN", "PRON")
            and prep.i < verb.i
            and all(t.pos_ in ("ADV", "AUX", "PART") for t in inner.doc[inner.right_edge.i + 1 : verb.i])
        ):
            return inner
    return subj


def _whole(obj: Token | None) -> Token | None:
    """The noun a partitive object counts: "a number of interview programmes" -> programmes."""
    if obj is None or obj.lemma_.lower() not in PARTITIVE:
        return obj
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = _pobj(of) if of is not None else None
    return inner if inner is not None else obj


def _settling(obj: Token | None) -> bool:
    """ "the peace plan", "the ceasefire agreement", "a deal on the border" (not "the plan to
    extend drinking hours")."""
    if obj is None:
        return False
    head = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))]
    return any(t.lemma_.lower() in SETTLING for t in head)


#: Verbs of voicing a stance: the noun they carry is the stance ("voiced its backing for").
VOICING = frozenset({"express", "voice", "declare", "state", "affirm", "reaffirm", "reiterate", "restate"})
#: Verbs of repeating: the noun they carry is the act ("repeated calls for an inquiry": 020).
REPEATING = frozenset({"repeat", "reiterate", "renew", "restate"})
#: Verbs of getting ready: "gearing up for negotiations" states no intent to meet (036).
PREPARING = frozenset({"prepare", "gear", "ready", "brace"})


def _listed_towns_state(text: str) -> State | None:
    """The one state of the towns or regions a name lists by the places tables ("the Galilee",
    "Kyiv and Odesa" read as one name); None for a name of no state, of a territory or of two."""
    found: dict[str, State] = {}
    for part in (p.strip() for p in text.replace(",", " and ").split(" and ")):
        if not part:
            continue
        state = place_state(part) or state_capital(part) or city_state(part)
        if state is None or state.status == "territory":
            return None
        found[state.iso3] = state
    return next(iter(found.values())) if len(found) == 1 else None


def _listed_place(tok: Token) -> bool:
    """A proper noun (with the proper nouns compounded into it) the places tables list as a town
    or region of a state: "the Galilee", "Kharkiv", whatever entity the tagger made of it."""
    name = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    text = " ".join(t.text for t in name)
    return (place_state(text) or city_state(text)) is not None


def _aimed(verb: Token, dobj: Token | None, words: WordLists) -> bool:
    """Weapons aimed at someone ("fired rockets at Israeli towns", "into Israel") or that
    killed or wounded ("fired shells which killed two soldiers"); not "fired a missile into
    the sea", "on Sunday"."""
    if dobj is None:
        return False  # "warships arrived at Port Said": nothing fired
    for prep in (c for h in (verb, dobj) for c in h.children if c.dep_ == "prep"):
        aim = _pobj(prep)
        if aim is not None and (
            prep.lower_ in ("at", "against")
            or (prep.lower_ == "into" and aim.ent_type_ in ("GPE", "NORP"))
            or (prep.lower_ == "into" and aim.pos_ == "PROPN" and _listed_place(aim))
            or (prep.lower_ == "into" and aim.lemma_.lower() in TARGET_PLACES)
        ):
            # ("fired rockets into the Galilee", "into a displacement camp"; not "into the sea")
            return True
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in words.violent_verbs for c in dobj.children)


#: Nouns of an attack that can be a force verb's subject: "an attack by Hamas killed ...".
#: Nouns of armed men named only by their deed: unidentified, they act for the place's state.
PERPETRATORS = frozenset({"attacker", "assailant", "raider", "saboteur", "kidnapper", "arsonist", "gunman"})
ATTACK_NOUNS = frozenset(
    {
        "attack",
        "strike",
        "airstrike",
        "raid",
        "shelling",
        "ambush",
        "blast",
        "bombardment",
        "assault",
        "barrage",
        "salvo",
        "volley",
        "onslaught",
    }
)
#: Verbs of fighting (the dictionary's force block) used of a quarrel: "Mr Brown clashed with
#: Mr Blair over the plans" is a verbal attack on each other (111), no rejection of a plan (127).
CLASH = "111"


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the deal, which was signed": the deal), else
    the token itself."""
    if tok.lower_ in ("which", "that", "who") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        return tok.head.head
    return tok


def _passive_theme(verb: Token) -> Token | None:
    """What a passive verb's subject names, through a relative pronoun ("the plan, which was
    rejected by X": the plan)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return _antecedent(subj) if subj is not None else None


def _agreement(tok: Token | None) -> bool:
    """ "signed a deal", "ratified the Kyoto Protocol", "the treaty was signed"; not "ratified
    the decision", "signed the letter". No object: nothing to judge (the pattern decides)."""
    if tok is None:
        return True
    if tok.ent_type_ in ("LAW", "ORG", "EVENT") or tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in AGREEMENTS or any(
        c.lemma_.lower() in AGREEMENTS for c in tok.children if c.dep_ in ("compound", "amod")
    )


#: Pots money goes into: contributing to one is paying in, no aid.
FUNDS = frozenset({"budget", "fund", "cost", "coffers", "pot", "pension", "bill", "kitty", "account"})


def _to_a_fund(verb: Token) -> bool:
    """ "France contributes to the EU budget", "paid into the fund": money into a pot."""
    return any(
        p.dep_ in ("prep", "dative")
        and p.lower_ in ("to", "into", "towards")
        and (o := _pobj(p)) is not None
        and o.lemma_.lower() in FUNDS
        for p in verb.children
    )


#: People a state takes out of a troubled place as its own: "evacuate UK citizens from X".
NATIONALS = frozenset({"citizen", "national", "expatriate", "expat", "subject"})


def _posture_after(verb: Token) -> Token | None:
    """The word of a posture right after the verb's "on" that no noun rule reads: the model tags
    "standby" an adverb at times ("were placed on standby to fly to East Timor")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "on":
        return None  # (the word after first: the verb's sentence is made only before an "on")
    end = sentence_end(doc, verb.i)
    if verb.i + 1 >= end:
        return None
    return next(
        (
            doc[k]
            for k in range(verb.i + 2, min(verb.i + 5, end))
            if doc[k].lower_ in POSTURES and doc[k].pos_ not in ("NOUN", "VERB", "PROPN")
        ),
        None,
    )


def _evacuating_nationals(verb: Token) -> bool:
    """ "help evacuate several hundred UK citizens from Ivory Coast", "assist in pulling out
    foreign nationals": a help to remove nationals from a place is no aid to that place."""
    acts = [verb] if verb.lemma_.lower() in REMOVING else [c for c in verb.children if c.dep_ == "xcomp"]
    return any(
        act.lemma_.lower() in REMOVING
        and any(o.dep_ == "dobj" and o.lemma_.lower() in NATIONALS for o in act.children)
        for act in acts
    )


def _helped_with_service(verb: Token) -> bool:
    """ "helps them with seminars", "helped the firm with its lobbying": help "with" a thing
    that is no aid is a service (not "helped Indonesia with reconstruction")."""
    if verb.lemma_.lower() not in ("help", "assist"):
        return False
    withs = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(withs) and not any(
        o.lemma_.lower() in AID_NOUNS or o.ent_type_ in ("MONEY", "CARDINAL") for o in withs
    )


def _settled(verb: Token, date: str | None) -> bool:
    """An arrival that is no visit: someone coming to stay ("arrived in London as a refugee",
    "arrived in Britain 13 years ago", "in 1991" of a later article), or coming to a gathering
    or a building ("arrived for the meeting", "arrived at the police station")."""
    preps = [(p.lower_, o) for p in verb.children if p.dep_ == "prep" and (o := _pobj(p)) is not None]
    # "arrived in Washington for talks with Mr Bush": a state's place reached is a visit
    abroad = any(w in ("in", "at", "to") and o.ent_type_ in ("GPE", "LOC") for w, o in preps)
    for word, obj in preps:
        lemma = obj.lemma_.lower()
        if word == "as" and any(t.lemma_.lower() in NEWCOMERS for t in obj.subtree):
            return True
        if not abroad and word in ("at", "for") and lemma in GATHERINGS and not obj.ent_type_:
            return True
        year = obj.text if obj.ent_type_ == "DATE" and obj.like_num and len(obj.text) == 4 else ""
        if (
            word in ("in", "at")
            and year.isdigit()
            and date
            and date[:4].isdigit()
            and int(year) < int(date[:4])
        ):
            return True  # "arrived in Britain in 1991", told in 2005
    # "arrived 13 years ago"
    return any(
        c.dep_ in ("advmod", "npadvmod")
        and c.lower_ == "ago"
        and any(t.lower_ in ("years", "decades") for t in c.subtree)
        for c in verb.children
    )


def _mention_start(tok: Token) -> int:
    """Where the words naming a noun phrase begin: its left edge, past a determiner or a
    possessive pronoun ("the Israeli soldiers" -> "Israeli soldiers")."""
    start = tok.left_edge.i
    while start < tok.i and (
        tok.doc[start].dep_ in ("det", "punct", "case", "cc", "preconj")
        or (tok.doc[start].dep_ == "poss" and tok.doc[start].pos_ == "PRON")
        or date_word(tok.doc[start])  # "on 7 July Charles Clarke met": the date is the clause's
    ):
        start += 1
    return start


def _charged_gerund(verb: Token) -> bool:
    """A bare gerund the parse coordinates with a finite verb of judgement, after that verb's
    own gerund of the charge: "accused X of telling lies and then attacking the lies" -
    the attacking is the rest of the charge, X's act, no act of the accuser."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in CHARGED
        and p.i < verb.i
        and any(c.dep_ == "pcomp" for c in p.children)
        for p in head.children
    )


def _trip_purpose(trigger: Token) -> list[Token]:
    """Whom a trip is made to support, in its purpose clause: "travel to Leeds to support X",
    "made a visit to Bristol to back X" (the clause hung on the light verb), "a visit to support X
    and Y", "went to Glasgow to campaign for X"."""
    hosts = [trigger]
    if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN":
        hosts.append(trigger.head)  # "made a visit ... to back": the parser hangs it on "made"
    out: list[Token] = []
    for host in hosts:
        for clause in host.children:
            if (
                clause.dep_ not in ("advcl", "xcomp", "acl")
                or clause.lemma_.lower() not in SUPPORTING
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            ):
                continue
            out += [c for c in clause.children if c.dep_ == "dobj"]
            out += [
                o for c in clause.children if c.dep_ == "prep" and c.lower_ == "for" for o in _prep_objects(c)
            ]
    return out


def _capitulated(verb: Token) -> list[Token]:
    """Who gives in, by a verb of :data:`CAPITULATING`: "the government had caved in to pressure
    from the unions", "What the British Government is doing is giving in to French and German
    pressure" (the doer of the clause subject), "kowtowed to Beijing". Not giving in denied
    ("would never bow to pressure"), nor "gave in" with no "to" ("gave in his notice")."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in verb.children):
        return []
    if lemma in ("give", "cave") and not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return []
    to = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not to or (
        lemma not in ("kowtow", "capitulate") and not any(o.lemma_.lower() in PRESSURES for o in to)
    ):
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        clause = next((c for c in verb.children if c.dep_ == "csubj"), None)  # "What X is doing is ..."
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return [subj] if subj is not None and subj.pos_ != "PRON" else []


def _distrusted(tok: Token) -> list[Token]:
    """Who is distrusted by a word of trust (:data:`TRUST`) lacking, lost or denied, or by
    "distrust"/"mistrust": "a lack of trust in X", "a lack of trust of X", "no confidence in X",
    "X had lost the trust of the people", "X has lost his credibility", "voters lost faith in X",
    "people do not trust X", "X cannot be trusted", "distrust of X", "they mistrust X". Not trust
    had, won or regained ("trust in X", "won the trust of"), nor a lack denied ("no lack of trust")."""
    lemma = tok.lemma_.lower()
    head = tok.head

    def objects(*nouns: Token, preps: tuple[str, ...] = ("in",)) -> list[Token]:
        return [
            o
            for n in nouns
            for p in n.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj"
        ]

    def denied(word: Token) -> bool:
        # "do not trust", "no confidence", "nobody trusts", "no one trusts"
        return any(
            c.dep_ == "neg"
            or (c.dep_ == "det" and c.lower_ == "no")
            or (c.dep_ == "nsubj" and (c.lower_ == "nobody" or (c.lower_ == "one" and denied(c))))
            for c in word.children
        )

    if tok.pos_ == "VERB" and lemma in RELYING:
        thought = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in NEG_RAISING and denied(tok.head)
        if not (denied(tok) or thought):
            return []  # "voters can rely on Mr Blair"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not (
            subj.pos_ in ("PRON", "PROPN") or subj.lemma_.lower() in RELYING_PEOPLE or denied(subj)
        ):
            return []  # "the scheme cannot depend on France": a thing's need, no judgement
        # "you can't rely on his judgement", "nobody can count on Labour": the one relied on, or
        # whose judgement, word or promises they are
        relied = [o for o in objects(tok, preps=("on", "upon")) if o.pos_ != "PRON"]
        owners = [c for o in relied for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        return owners or [o for o in relied if o.pos_ == "PROPN"]
    if tok.pos_ == "VERB":
        if lemma == "trust" and not denied(tok):
            return []  # "voters trust Mr Blair"
        if lemma in ("trust", "distrust", "mistrust"):
            return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"]
        return []
    if tok.pos_ != "NOUN":
        return []
    if lemma in ("distrust", "mistrust"):
        return objects(tok, preps=("in", "of"))  # "deep distrust of Mr Howard"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in LACKS:
        lack = head.head
        if denied(lack) or denied(lack.head):
            return []  # "there is no lack of trust in him", "I don't see a lack of confidence in"
        return objects(tok, lack) or [o for o in objects(lack, preps=("of",)) if o.i != tok.i]
    if denied(tok) and not denied(head):
        return objects(tok)  # "no confidence in the Speaker" (not "not no confidence")
    if tok.dep_ == "dobj" and head.lemma_.lower() == "lose" and not denied(head):
        if objects(tok):
            return objects(tok)  # "voters have lost faith in Labour"
        if (
            lemma == "credibility"
            or any(c.dep_ == "poss" for c in tok.children)
            or objects(tok, preps=("of",))
        ):
            # "Mr Blair has lost the trust of the people", "... lost his credibility"
            return [c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return []


def _conjuncts(tok: Token) -> Iterable[Token]:
    """The token and its conjuncts, also those the parse hangs on an apposition: "his
    counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas"."""
    yield tok
    for child in tok.children:
        if child.dep_ == "conj":
            yield from _conjuncts(child)
        elif child.dep_ == "appos":
            for conj in (c for c in child.children if c.dep_ == "conj"):
                yield from _conjuncts(conj)


#: Modal verbs of what someone may or should do (an ability, a rule), and the marks of a
#: clause of a condition or a habit: a bare plural subject there is people in general.
GENERIC_MODALS = frozenset({"can", "could", "should", "may", "might", "must", "ought"})
GENERIC_MARKS = frozenset({"when", "whenever", "if", "unless", "where"})


def _generic_clause(tok: Token) -> bool:
    """ "Judges can already jail parents", "only judges should be able to order detention",
    "when judges sentence offenders": the clause ``tok`` is an argument of says what such
    people may, should or usually do, not what some of them did."""
    head = tok.head
    return any(
        (c.dep_ == "aux" and c.lower_ in GENERIC_MODALS)
        or (c.dep_ in ("mark", "advmod") and c.lower_ in GENERIC_MARKS)
        for c in head.children
    ) or any(c.dep_ == "acomp" and c.lower_ == "able" for c in head.children)


def _member_lemma(tok: Token, members: frozenset[str]) -> tuple[str, bool] | None:
    """ "MPs", "MSPs" tagged as a name or a singular noun, or as a verb after "to" ("said to
    MPs", "explained to MSPs"): the plural of a member noun the tagger did not see."""
    acronym = tok.pos_ in ("NOUN", "VERB") and tok.text[:-1].isupper() and tok.tag_ not in ("NNS", "NNPS")
    if (tok.pos_ == "PROPN" or acronym) and tok.lower_.endswith("s") and tok.lower_[:-1] in members:
        return tok.lower_[:-1], True
    return None


def _member_to(verb: Token, members: frozenset[str]) -> Token | None:
    """ "explained to MPs that ...": "to MPs" misread as an infinitive (the member noun tagged
    a verb, "to" its marker), the one the words are said to."""
    for c in verb.children:
        if (
            c.dep_ in ("xcomp", "advcl")
            and c.tag_.startswith("VB")
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
            and _member_lemma(c, members) is not None
        ):
            return c
    return None


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence's main clause, or a clause joined to it ("... and it warned")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _subject_like(tok: Token) -> bool:
    """A word of a name that is a clause's subject, its possessor ("Mr Straw's trip was ...")
    or in apposition to it ("The minister, Jack Straw, said")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("poss", "appos"):
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _for_clause(clause: Token) -> bool:
    """A clause "for X to do": "called for Iran to release the sailors"."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
    )


def _content_clause(clause: Token) -> bool:
    """A clause with its own tense or mood: "that Iraq would face chaos", "Labour members
    will not forgive", "the Tories were wrong", "that Iraq faces"; not "Indonesia rebuild",
    "Iran to return", "demanded that the US cancel" (a bare verb: what is asked of someone).
    A present tense with no "that" may be a misparsed small clause ("calling X's launches
    reckless") and is not."""
    if clause.tag_ == "VBD":
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in clause.children):
        return True
    return clause.tag_ != "VB" and any(c.dep_ == "mark" and c.lower_ != "to" for c in clause.children)


def _unjudged(word: Token) -> bool:
    """A judgement that names no one judged: said on a condition ("it would be irresponsible
    if we allow it to slip away") or of an act in an extraposed clause ("it was wrong to put
    China under the embargo": the act is judged, not China)."""
    clause = word
    while clause.dep_ in ("acomp", "attr", "amod", "advmod", "oprd") and clause.head.i != clause.i:
        clause = clause.head
    if any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in clause.children
    ):
        return True
    dummy = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children)
    return dummy and any(
        c.dep_ in ("xcomp", "ccomp", "csubj") for c in list(clause.children) + list(word.children)
    )


def _named_in(tok: Token | None) -> bool:
    """Someone is named inside the phrase: "the Blair government's failure"."""
    return tok is not None and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in tok.subtree)


def _bare_help(verb: Token) -> bool:
    """ "would help get better controls", "helped push the dollar lower": help with a verb
    and no one helped (not "helped Indonesia rebuild")."""
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    return bool(clauses) and not any(s.dep_ == "nsubj" for c in clauses for s in c.children)


#: Short forms of offices a description may use ("the former PM", "the ex-home secretary").
OFFICE_FORMS = {"pm": "prime minister", "ex": "former"}


def _wider_offices(role: str, held: Mapping[tuple[str, str], list[str]]) -> list[tuple[str, str]]:
    """The (state, office) keys of ``held`` whose office ends in the description's head word and
    holds all its words besides: "former minister" in "former defence minister", "shadow
    secretary" in "shadow home secretary"."""
    words = role.split()
    return [
        key
        for key in held
        if key[1] != role
        and key[1].split()[-1] == words[-1]
        and set(words) <= set(key[1].split())
        # a field's words only: "the prime minister" is no deputy prime minister, "the foreign
        # secretary" no shadow one, "the defence secretary" no former one
        and not (set(key[1].split()) - set(words)) & OFFICE_RANK_WORDS
    ]


#: Words of an office phrase that change its rank or time, not its field (see :func:`_wider_offices`).
OFFICE_RANK_WORDS = frozenset(
    {"deputy", "vice", "shadow", "junior", "assistant", "under", "acting", "interim", "associate", "prime"}
    | {"first", "former", "ex", "outgoing", "incoming", "new", "senior", "principal", "permanent", "general"}
    | {"chief", "parliamentary", "private", "lord", "high", "co", "joint", "second", "minority", "majority"}
)


def _office_words(words: list[str]) -> str:
    """An office's words as the office edges name it: "ex - home secretary" -> "former home
    secretary", "former pm" -> "former prime minister"."""
    return " ".join(OFFICE_FORMS.get(w, w) for w in words if w not in ("-", "–"))


def _office_head(word: str) -> str:
    """The head word of an office a word may abbreviate ("pm" -> "minister"); else the word."""
    return OFFICE_FORMS.get(word, word).rsplit(" ", 1)[-1]


def _object_rule(lex: Lexicon, lemma: str, obj: str | None, subj: str | None) -> bool:
    """Whether the lexicon has a rule for the verb with this very object ("strike" a deal)."""
    rule = lex.match(lemma, "V", obj, subj) if obj is not None else None
    return rule is not None and rule.objects is not None


#: Offices that speak for a state in a wire lead ("Indonesia's foreign minister said he ..."),
#: besides its bodies (``government_bodies``).
STATE_SPEAKERS = frozenset(
    {"minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman"}
    | {"spokesperson", "official", "authority", "leader", "king", "queen", "emir", "envoy", "ambassador"}
)
#: Verbs of a crowd's protest: what one does "to protest" by them is a demonstration (140).
PROTEST_MOVES = frozenset(
    {"rally", "march", "gather", "demonstrate", "converge", "assemble", "block", "blockade", "occupy"}
    | {"strike", "picket", "walk", "parade", "mass", "riot", "chant"}
)
DEMONSTRATE = "140"


#: Words of cause: "due to", "owing to", "because of", "as a result / in consequence of".
CAUSES = frozenset({"due", "owing", "because"})
#: Words that blame an act given as a cause, besides the lexicon's ``@negative`` ones
#: ("because of Israel's aggressive policies").
CAUSE_BLAME = frozenset({"aggressive", "belligerent", "rash", "irresponsible", "reckless", "provocative"})


def _cause_phrase(prep: Token) -> bool:
    """Whether ``prep`` (the word a noun is the object of) opens a phrase of cause: "due to X"
    and "because of X" (the model hangs X on "due" / "because"), "owing to X", "as a result of
    X", "in consequence of X"."""
    word = prep.lower_
    if word in CAUSES:
        return True
    if word == "to":
        return prep.head.lower_ in CAUSES
    return word == "of" and prep.head.lemma_.lower() in ("result", "consequence") and prep.head.dep_ == "pobj"


#: Seats of elected members: their holders speak for a side ("Tory MP X", "Senator X").
ELECTED_SEATS = frozenset(
    {"mp", "mps", "mep", "msp", "senator", "congressman", "congresswoman", "peer", "lawmaker"}
)
#: Prepositions of the one a quoted message, blow or offer comes from or goes to ("a signal to
#: China", "pressure from the United States", "a moment for Ukraine's democracy", "a U-turn by X").
QUOTED_PREPS = frozenset({"to", "from", "for", "by", "against", "of"})


def _quoted_about(head: Token, thing: Callable[[Token], bool]) -> Iterator[Token]:
    """The words a quoted clause says something about besides its subject: the objects of a
    "to", "from", "for", "by", "against" or "of" phrase, or the owners, of its subject, object
    or complement, and one phrase further down ("a huge blow to Tony Blair's authority", "the
    horrors of Saddam Hussein's regime", "the new offer from Sinn Fein"), and the objects of
    such a phrase of the verb when it has an object ("sends the wrong signal to China"; not "we
    went to France": a journey's goal is no one spoken of) or of its "to" object ("bow to
    pressure from the US"). Only the phrases of a `thing`: not those of a person's word ("Lucy's
    mother", "a forecaster from the IMF": who they are, not what is said of anyone)."""

    def about(noun: Token, depth: int) -> Iterator[Token]:
        if not thing(noun):
            return
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                yield c
            elif c.dep_ == "prep" and c.lower_ in QUOTED_PREPS and not _range_end(c):
                for o in c.children:
                    if o.dep_ == "pobj" and o.pos_ != "PRON":
                        yield o
                        if depth:
                            yield from about(o, depth - 1)

    objects = any(c.dep_ in ("dobj", "dative") for c in head.children)
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd") and c.pos_ != "PRON":
            yield from about(c, 1)
        elif (
            (c.dep_ == "prep" and c.lower_ in QUOTED_PREPS) or (c.dep_ == "dative" and c.lower_ == "to")
        ) and not _range_end(c):
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ != "PRON":
                    if objects and c.lower_ != "of":
                        yield o
                    yield from about(o, 1)


def _part_named(label: str, whole: str) -> bool:
    """Whether a body's name begins with another's: "Apple Developer Connection" of "Apple"."""
    words, of = label.lower().split(), whole.lower().split()
    return bool(of) and len(words) > len(of) and words[: len(of)] == of


def _range_end(prep: Token) -> bool:
    """Whether a "from" or "to" phrase is an end of a range ("a forecaster from the IMF to the
    Institute of Fiscal Studies", "from Labour to the Greens"): a span of many, no one spoken of."""
    doc = prep.doc
    if prep.lower_ == "from":
        after = prep.right_edge.i + 1
        return after < len(doc) and doc[after].lower_ == "to"
    if prep.lower_ == "to":
        return any(
            doc[i].lower_ == "from" and doc[i].right_edge.i == prep.i - 1
            for i in range(max(0, prep.i - 12), prep.i)
        )
    return False


def _promise_breakers(verb: Token) -> list[Token]:
    """The named subject of a verb of a promise broken ("Mr Blair has broken his word", "the
    premier went back on his pledge", "Labour reneged on its promise"), not when denied ("has not
    broken his word"); a "go" only "back on" a promise, a "break" only of one."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    promised = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if lemma == "break" or lemma == "betray":
        promised = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "go" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return []
    if lemma not in ("renege", "backtrack") and not any(o.lemma_.lower() in PROMISES for o in promised):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def _sums_not_adding_up(verb: Token) -> list[Token]:
    """The named owner of a reckoning said not to add up: "the Lib Dems' sums don't add up",
    "None of the Tories' figures add up" (not "the sums add up", nor sums no one owns)."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    denied = any(c.dep_ == "neg" for c in verb.children)
    if subj.lower_ in ("none", "neither"):
        # "None of the Tories' figures add up": the reckoning is the "of" phrase's
        denied = True
        subj = next(
            (o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children), subj
        )
    if not denied or subj.lemma_.lower() not in RECKONINGS:
        return []
    return [c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"]


def _said_besides(events: list[_Event]) -> list[_Event]:
    """A plain statement (010) is no event of its own beside an event the same clauses tell:
    the act it reports ("Jordan extradited two men to Iraq, the Iraqi ministry said": a source
    for the extradition, as CAMEO codes it) or the act it gives grounds for ("condemned the
    budget, saying ..."): its verb of saying and the other's trigger are head and dependent."""
    # (an act's trigger and the word it hangs on: "is ready to supply", "held meetings")
    acts = {i for o in events if o.cameo != STATEMENT for i in (o.trigger.i, o.trigger.head.i)}
    if all(e.cameo != STATEMENT for e in events):
        return events
    # ('Davis: "Russia has invaded Georgia"': the statement's trigger is the act's own)
    triggers = {o.trigger.i for o in events if o.cameo != STATEMENT}

    def besides(said: Token) -> bool:
        near = {said.head.i} | {c.i for c in said.children if c.dep_ in ("ccomp", "parataxis")}
        return bool((near - {said.i}) & acts) or said.i in triggers

    return [e for e in events if e.cameo != STATEMENT or not besides(e.trigger)]


def _restated(events: list[_Event]) -> list[_Event]:
    """One act told twice in one sentence is one event: "condemned the strikes, calling them a
    violation of sovereignty", "criticised the plan, describing it as reckless" - a participle
    clause of a trigger that gives the same code by the same agent says what the act was, and
    adds no act (nor its own targets: "them" are the strikes, not the places struck). So is a
    protest an act of protest is done for ("blocked motorways to protest against imports"); a
    crowd's "to protest" is its demonstration (140), not an official complaint (114)."""
    for e in events:
        if (
            e.cameo[:2] == DISAPPROVE[:2]
            and e.trigger.lemma_.lower() == "protest"
            and e.trigger.dep_ in ("advcl", "xcomp")
            and _to_infinitive(e.trigger)
            and e.trigger.head.lemma_.lower() in PROTEST_MOVES
        ):
            # "thousands rallied in Belgrade to protest against the government": a crowd's
            # protest, not an official complaint (114 stays for "summoned the envoy to protest")
            e.cameo = DEMONSTRATE
    if len(events) < 2:
        return events
    told = {(e.trigger.i, e.cameo[:3], a) for e in events for a in e.agents}
    protesting = {(e.trigger.i, a) for e in events if e.cameo[:2] == PROTEST for a in e.agents}
    for e in events:
        if e.targets and e.cameo[:2] == "13" and e.trigger.dep_ == "advcl" and e.trigger.tag_ == "VBG":
            # "drew a red line ..., saying it would respond militarily to any move to admit
            # Kyiv": the participle's target is the one the act told once is upon
            for h in events:
                if (
                    h.trigger.i == e.trigger.head.i
                    and h.cameo[:3] == e.cameo[:3]
                    and not h.targets
                    and set(h.agents) & set(e.agents)
                ):
                    h.targets = list(e.targets)
    return [
        e
        for e in events
        if not (
            e.trigger.dep_ == "advcl"
            and e.trigger.tag_ == "VBG"
            and e.trigger.head.i != e.trigger.i
            and any((e.trigger.head.i, e.cameo[:3], a) in told for a in e.agents)
        )
        # "blocked motorways to protest against cheap imports", "began a hunger strike to protest
        # his detention": the protest the act is for is the act itself, no complaint besides
        and not (
            e.cameo[:2] in (PROTEST, DISAPPROVE[:2])
            and _to_infinitive(e.trigger)
            and e.trigger.dep_ in ("advcl", "xcomp")
            and any((e.trigger.head.i, a) in protesting for a in e.agents)
        )
    ]


#: Acts whose content is another act not told as done: an appeal or demand (02, 10: the act asked
#: for), a threat (13: the act threatened) or an intent (03: "is ready to host talks between Russia
#: and Ukraine" - no talks held) - that act is only wished, threatened or meant; an
#: investigation (09), an accusation (112), a denial (016) or a comment declined on it (011:
#: "declined to comment on reports that Cairo had mediated") - that act is the other's allegation.
ASKING_ROOTS = ("02", "10", "13", "03")
ALLEGING = ("09", "112", "016", DECLINE_COMMENT)
#: Optimism and pessimism said by an adjective (013, 012): what one is confident or pessimistic
#: will happen is no act, whatever its mood ("was confident that Malaysia would settle the
#: dispute"); not a warning (012 too), whose content may be a threat ("warned Russia could use
#: nuclear weapons").
HOPES = ("012", "013")
#: The links from an act down to the act it is about: its clause, object, the noun's clause or
#: phrase ("demanded that X stop selling", "investigated crimes committed by", "accused X of firing",
#: "denied reports that troops had crossed"); not another clause of time or cause, nor a second act.
CONTENT_LINKS = frozenset({"ccomp", "xcomp", "acl", "dobj", "pobj", "pcomp", "prep"})
TOLD_AS_DONE = frozenset({Modality.ASSERTED, Modality.REPORTED})
#: Roots of an act whose target, when the act is denied, is the one the denial answers (the one it
#: would have been upon accuses): disapproval, demands, threats, protest, coercion and force.
DENIED_UPON_ROOTS = frozenset({"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})


def _asked_or_alleged(events: list[_Event]) -> list[_Event]:
    """An act inside what another act of the sentence asks for, threatens, investigates, alleges
    or denies is that act's content, not an act told as done. Asked for or threatened, it is
    hypothetical: "China demanded that the US stop selling weapons to Taiwan", "called on the EU
    to impose sanctions", "North Korea's threat to strike Guam" tell no sale, sanctions or strike
    done. Investigated, alleged or denied, it is the other act's allegation and no event of its
    own: "Kuwait investigated war crimes committed by Iraqi soldiers", "accused the coast guard of
    firing water cannon", "denied reports that Iranian forces had crossed into Iraq". (An act
    judged is told: "condemned the bombing of Gaza by X" keeps the bombing; an act told as not
    done keeps its negation: '"our troops did not kill them," the army said'.)"""
    if len(events) < 2:
        return events
    about = {
        e.trigger.i: e.cameo
        for e in events
        if e.cameo.startswith(ASKING_ROOTS + ALLEGING)
        or (e.cameo.startswith(HOPES) and e.trigger.pos_ == "ADJ")
    }
    if not about:
        return events
    denials = {e.trigger.i: e for e in events if e.cameo in (DENY, DECLINE_COMMENT)}
    kept = []
    for event in events:
        tok, over = event.trigger, None
        for _ in range(4):
            if tok.dep_ not in CONTENT_LINKS or tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.i in about:
                over = about[tok.i]
                break
        # (an act negated only by the denial over it is what is denied: "denied sheltering
        # rebels", "denied that its troops had crossed" - the denial's object, not an act told as
        # not done, which keeps its own negation)
        negated = event.negated and not (
            over is not None and over == DENY and not _own_negation(event.trigger)
        )
        if over is not None and over.startswith(HOPES):
            continue  # "was confident that Malaysia would settle the dispute": hoped for, not done
        if over is None or negated or event.modality not in TOLD_AS_DONE:
            kept.append(event)
        elif (denial := denials.get(tok.i)) is not None and not denial.targets:
            # "Uganda denied that its troops had crossed into South Sudan", "declined to comment
            # on reports that it had expelled Sudanese diplomats": whom the act denied or left
            # unanswered would have been upon is whom the statement answers
            # (only an act upon them they would accuse: "denied that Britain had helped China
            # build the weapons" is no denial to China, who is only inside what is denied)
            # (nor the sides of a quarrel denied: "denied reports of a feud between X and Y")
            hostile = event.cameo[:2] in DENIED_UPON_ROOTS
            sides = {*denial.agents, *event.agents}
            denial.targets = [t for t in event.targets if t not in sides and hostile]
            denial.details.update({t: event.details[t] for t in denial.targets if t in event.details})
        elif over.startswith(ASKING_ROOTS):
            event.modality = Modality.HYPOTHETICAL
            kept.append(event)
    return kept


def _own_negation(trigger: Token) -> bool:
    """The act is negated in its own words: "did not fire", "never crossed", "held no talks" (its
    verb's, or a noun's governing verb's, negation), not by a verb above it."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr") else trigger
    return any(c.dep_ == "neg" or negating_no(c) for t in {trigger, verb} for c in t.children)


#: Verbs of coming to a place: help that arrives is given.
ARRIVING = frozenset({"arrive", "land", "reach"})
#: What help sent is made of or for, in the arriving phrase: "rescue teams", "relief supplies",
#: "a medical team", "aid workers", "planeloads of tents" (073 humanitarian aid).
RELIEF_WORDS = frozenset(
    {"rescue", "rescuer", "relief", "aid", "humanitarian", "medical", "medic", "doctor", "tent", "blanket"}
    | {"medicine", "food", "supply", "supplies", "hospital", "search"}
    # relief goods a table of carrying verbs ships: "shipped 10,000 tonnes of rice to Myanmar"
    | {"rice", "wheat", "grain", "flour", "vaccine", "ration", "water", "shelter"}
)
#: Peacekeepers arriving: "peacekeeping troops", "UN peacekeepers" (074 military protection).
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeeping", "peacekeepers"})
#: The heads of a phrase of help sent: a body of people or a load, not a person with a title
#: ("UN aid chief Jan Egeland arrived" is a visit).
SENT_HEADS = frozenset(
    {"team", "worker", "volunteer", "doctor", "medic", "rescuer", "unit", "contingent", "mission"}
    | {"supply", "supplies", "convoy", "plane", "planeload", "flight", "shipment", "consignment", "cargo"}
    | {"aid", "relief", "tent", "blanket", "medicine", "food", "truck", "lorry", "batch", "troop", "force"}
    | {"soldier", "peacekeeper", "deployment", "battalion", "detachment", "personnel", "expert"}
    | {"rice", "wheat", "grain", "flour", "vaccine", "ration", "water", "shelter"}
)
HUMANITARIAN_AID, PEACEKEEPING = "073", "074"


def _quoting_speaker(ctx: _Context, tok: Token) -> list[str]:
    """The one who says the quotation a first-person word is in: named beside it, as the
    speaker of the quotation going on, or as the one speaking in the sentence before."""
    if not ctx.quoted(tok.i):
        return []
    return ctx.quote_speaker(tok) or ctx.going_on_speaker(tok) or ctx.previous_speaker(tok)[0]


#: Verbs of a journey that make a visit (042) only with its purpose named: "touched down in
#: Moscow for talks", "landed in Rabat on a state visit", "heads to Beijing for a summit" (not
#: "the jet landed in Rabat", "headed to the polls", "flew in from Paris").
PURPOSED_JOURNEYS = frozenset(
    {
        "land_in",
        "land_at",
        "touch_down",
        "head_to",
        "head_for",
        "fly_in",
        "fly_into",
        "sit_down",
        "sit_around",
    }
)
#: Their verbs, whose "in" names the place reached: "touched down in Moscow".
JOURNEY_VERBS = frozenset({"arrive", "dock", "land", "touch", "head", "fly", "jet"})
#: Nouns of a visit's purpose after "for" or "on": "for talks", "on a two-day state visit".
VISIT_PURPOSES = frozenset(
    {
        "talk",
        "talks",
        "visit",
        "summit",
        "meeting",
        "negotiation",
        "consultation",
        "discussion",
        "tour",
        "trip",
        "mission",
        "conference",
        "audience",
        "session",
        "round",
        "ceremony",
        "inauguration",
        "funeral",
        "celebration",
        "commemoration",
    }
)


def _stay_for(noun: Token) -> tuple[Token, Token] | None:
    """The copula (and the word of its predicate: itself, or "due") of a stay whose purpose the
    noun names: "was in Ankara for talks", "is due in Canberra for a state visit"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    word = prep.head
    copula = word.head if word.lower_ == "due" and word.dep_ == "acomp" else word
    if copula.lemma_.lower() != "be":
        return None
    return copula, word


#: Nouns of a journey itself, a purpose only after "on" ("on a three-day trip"), not "for".
JOURNEY_NOUNS = frozenset({"trip", "tour", "mission"})
#: Heads of a time phrase a journey's purpose may be hung on: "at the end of the month for talks".
TIME_HEADS = frozenset({"end", "beginning", "start", "week", "month", "weekend", "day", "year", "time"})


def _visit_purpose(verb: Token) -> bool:
    """A journey's purpose named on its verb (or on the verb it is the clause of: "is set to jet
    off to Washington next month for talks"), or in one of its phrases the parser hung it on ("at
    the end of the month for talks"): "for" or "on" with a noun of a visit or of talks."""
    hosts = [verb]
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        hosts.append(verb.head)
    for host in hosts:
        for phrase in host.children:
            if phrase.dep_ not in ("prep", "npadvmod"):
                continue
            # the phrase itself, or a purpose the parser hung on its time ("at the end of the
            # month for talks"); not one deeper ("touched down for Fiji, only for a needless trip")
            timed = phrase.dep_ == "npadvmod" or any(
                t.lemma_.lower() in TIME_HEADS for t in phrase.children if t.dep_ == "pobj"
            )
            for prep in phrase.subtree if timed else (phrase,):
                if prep.dep_ != "prep" or prep.lower_ not in ("for", "on"):
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj" or not (
                        obj.lemma_.lower() in VISIT_PURPOSES or obj.lower_ in VISIT_PURPOSES
                    ):
                        continue
                    if prep.lower_ == "for" and obj.lemma_.lower() in JOURNEY_NOUNS:
                        continue  # "touched down for Fiji, only for a late trip by X": no purpose
                    return True
    return False


#: Roots of giving or promising to give (intents, material cooperation, aid), whose gift's own
#: phrase may name whom it goes to ("pledged $20m in aid to Sudan").
GIVING_ROOTS = frozenset({"03", "06", "07"})
#: Prepositions of what talks are about, or of the gathering or venue they are held at: "talks
#: on Ukraine", "on the margins of the G20 summit", "about the dam", "in Doha".
TALK_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "at", "during", "of"})
#: Prepositions of whom talks are held with.
TALK_PARTNER_PREPS = frozenset({"with", "between"})


def _talk_topics(ctx: _Context, trigger: Token, venues: bool = False) -> set[str]:
    """The entities named only in what talks are about or where they are held (a topic or
    gathering phrase on the trigger, on the noun of talks a verb holds, or on the light verb
    that holds them), not among those the talks are held with."""
    hosts = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    # (the talks a verb is for: "sat down for talks in Doha")
    hosts += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for" for o in _prep_objects(p)]
    if trigger.dep_ in ("dobj", "pobj", "nsubjpass") and trigger.head.i != trigger.i:
        hosts.append(trigger.head)
    topics: set[str] = set()
    partners: set[str] = set()
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ in TALK_TOPIC_PREPS or (venues and prep.lower_ == "in"):
                into = topics
            elif prep.lower_ in TALK_PARTNER_PREPS:
                into = partners
            else:
                continue
            for tok in prep.subtree:
                if tok.pos_ in ("NOUN", "PROPN"):
                    keys = ctx.entities(tok, kinds=(*ACTORS, Kind.LOCATION), depth=1)
                    # (a venue's state too: "sat down for talks in Doha" is not upon Qatar)
                    into.update(keys, (ctx.found.part_of[k] for k in keys if k in ctx.found.part_of))
    return topics - partners


def _journey_cut_short(verb: Token) -> bool:
    """A verb of travel in a clause of time under a verb that stops the trip: "was arrested while
    travelling to London", "detained as he flew to Cairo", "was killed when travelling to Basra"
    (the clause's own verb, a participle or one marked "while", "as", "when", "on"), so no visit
    was made. Not "travelled to Rome and was arrested there" (a trip made, then the act)."""
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in JOURNEY_STOPPERS:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    return verb.tag_ == "VBG" or bool(marks & {"while", "as", "when", "whilst"})


def _relief_arrival(verb: Token, subj: Token | None) -> str | None:
    """The aid code of help sent that arrives: the verb's subject (each conjunct) is a body of
    people or a load ("teams", "planeloads", "troops") whose phrase says it is peacekeeping (074)
    or relief (073); None for anyone else arriving."""
    if subj is None or verb.lemma_.lower() not in ARRIVING or subj.ent_type_ in ("PERSON", "GPE", "ORG"):
        return None
    return _relief_phrase(subj)


def _relief_sent(verb: Token, dobj: Token | None, sending: frozenset[str]) -> str | None:
    """The aid code of help a verb of sending sends: "sent rescue teams to Turkey", "dispatched a
    medical team to Haiti", "flew relief supplies to Aceh" (073, or 074 for peacekeepers); None
    for anyone else sent ("sent its foreign minister to Cairo")."""
    if dobj is None or verb.lemma_.lower() not in sending or dobj.ent_type_ in ("PERSON", "GPE", "ORG"):
        return None
    return _relief_phrase(dobj)


def _relief_phrase(head: Token) -> str | None:
    """073 or 074 for a phrase of help sent (a body of people or a load whose words say relief or
    peacekeeping), else None."""
    heads = [head, *(c for c in head.children if c.dep_ == "conj")]
    if not any(h.lemma_.lower() in SENT_HEADS or h.lemma_.lower() in PARTITIVE for h in heads):
        return None
    words: set[str] = set()
    stack = list(heads)
    while stack:  # the phrase, not its clauses ("troops who had delivered aid")
        t = stack.pop()
        words.add(t.lemma_.lower())
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "conj", "appos"))
    if words & PEACEKEEPING_WORDS:
        return PEACEKEEPING
    if words & RELIEF_WORDS:
        return HUMANITARIAN_AID
    return None


def _unmade_intent(event: _Event) -> bool:
    """An intent or agreement told as not made is no event: "has not agreed a final settlement
    with the contractors", "have not reached a deal", "did not offer to mediate" (a status, no act;
    CAMEO codes no intent that was not expressed)."""
    return event.negated and event.cameo[:2] == "03"


#: Forces of nature and accidents: as a verb's subject they act upon no one ("floods
#: disrupted traffic", "the earthquake destroyed the border post", "a fire closed the embassy").
NATURAL_FORCES = frozenset(
    {"rain", "rainfall", "storm", "flood", "flooding", "earthquake", "quake", "tremor", "tsunami"}
    | {"hurricane", "cyclone", "typhoon", "tornado", "drought", "heatwave", "snow", "snowfall", "blizzard"}
    # (not "fire": "Israeli fire killed two gunmen" is gunfire)
    | {"wind", "gale", "landslide", "mudslide", "avalanche", "wildfire", "bushfire", "fog"}
    | {"eruption", "volcano", "weather", "heat", "downpour", "monsoon", "frost", "hail", "lightning"}
)


#: Forces of order whose violence on a crowd is repression (175): "riot police", "security forces".
SECURITY_FORCES = frozenset(
    {"police", "policeman", "policemen", "officer", "force", "troop", "soldier", "army", "guard"}
    | {"gendarme", "paramilitary", "militia", "military", "authority", "regime"}
)
#: The people of a protest: "fired on demonstrators", "dispersed a crowd of marchers".
CROWDS = frozenset(
    {"protester", "protestor", "demonstrator", "crowd", "marcher", "rioter", "striker", "mourner"}
)


def _crowd_doer(verb: Token, subj: Token | None, passive: bool) -> bool:
    """Whether the doer of ``verb`` (its subject, or a passive's "by" phrase) is a crowd of
    protest ("protesters", "a mob of rioters")."""
    if passive:
        doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        doers = [subj] if subj is not None else []
    return any(_lemma(d) in CROWDS or _lemma(_counted(d)) in CROWDS for d in doers)


def _repressed(verb: Token, subj: Token | None, dobj: Token | None, passive: bool) -> bool:
    """Whether ``verb`` is violence of security forces upon a crowd of protest: its doer
    (the subject, or a passive's "by" phrase) is a force of order and the one it befalls
    (the object, a passive's subject, or an "on"/"at" phrase of the verb or its object:
    "opened fire on protesters") is a crowd. Only the verb's own children are read; a participle
    or conjoined verb of no subject of its own ("..., killing two") is read with its head's."""
    head = verb.head
    if (
        subj is None
        and not passive
        and verb.dep_ in ("advcl", "conj")
        and head.i != verb.i
        and head.pos_ == "VERB"
    ):
        kids = [c for c in head.children if c.dep_ in ("nsubj", "dobj")]
        return _repressed(
            head,
            next((c for c in kids if c.dep_ == "nsubj"), None),
            next((c for c in kids if c.dep_ == "dobj"), None),
            False,
        )
    if passive:
        doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        struck = [subj] if subj is not None else []
    else:
        doers = [subj] if subj is not None else []
        struck = [dobj] if dobj is not None else []
    for upon in (verb, dobj):
        if upon is None:
            continue
        struck += [
            o
            for p in upon.children
            if p.dep_ == "prep" and p.lower_ in _UPON
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return any(_lemma(d) in SECURITY_FORCES for d in doers) and any(
        _lemma(t) in CROWDS or _lemma(_counted(t)) in CROWDS for t in struck
    )


def _grounds_told(verb: Token, say: frozenset[str]) -> bool:
    """Whether ``verb`` (or the first of the verbs it is conjoined to) is the clause of a
    participle of saying ("..., saying X had attacked") that hangs on a main act other than
    saying: the grounds the doer of the main act gives for it. An act told with a modal ("saying
    it would use nuclear weapons") is a threat of its own and stays."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for t in (verb, clause) for c in t.children):
        return False
    if clause.dep_ != "ccomp":
        return False
    said = clause.head
    if said.tag_ != "VBG" or said.dep_ != "advcl" or said.lemma_.lower() not in say:
        return False
    act = said.head
    return act.i != said.i and act.pos_ == "VERB" and act.lemma_.lower() not in say


def _natural_force(verb: Token, subj: Token | None) -> bool:
    """The verb's doer is a force of nature: its own subject, or for a participle or a
    conjoined verb with no subject of its own ("..., disrupting traffic"), its head's."""
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG":
        # (a participle of a clause the parser broke up: "Heavy rain flooded parts of the
        # capital, disrupting traffic" read as a noun phrase: the nearest subject before it)
        start = sentence_start(verb.doc, verb.i)
        subj = next((t for t in reversed(verb.doc[start : verb.i]) if t.dep_ == "nsubj"), None)
    if subj is None:
        return False
    word = (
        subj.lemma_.lower()
        if subj.pos_ == "NOUN" or subj.i == sentence_start(subj.doc, subj.i)
        else subj.lower_
    )
    if word in MISHAPS or (
        word == "fire" and not any(c.dep_ in ("amod", "compound", "poss") for c in subj.children)
    ):
        # "a blaze ripped through a hostel, killing nine", "Fire swept through the market", "a
        # bus crash killed 14": no one's blow ("Israeli fire killed two gunmen" is gunfire)
        return True
    if subj.pos_ == "PROPN":  # "Typhoon Haiyan killed 6,000 people"
        return any(c.dep_ == "compound" and c.lemma_.lower() in NATURAL_FORCES for c in subj.children)
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in NATURAL_FORCES


#: Fires and accidents that kill with no one's blow: "a blaze tore through", "flames engulfed".
MISHAPS = frozenset(
    {"blaze", "flame", "flames", "inferno", "crash", "collision", "accident", "derailment", "stampede"}
)


#: Roots whose acts are about a later act by nature: an intent (03) or a threat (13) told on a
#: condition is still made ("is prepared to ease sanctions if ...", "would strike if ...").
FUTURE_ROOTS = frozenset({"03", "13"})


def _unasserted_act(event: _Event) -> bool:
    """A hypothetical act is no event: a forecast ("analysts expect China to increase pressure",
    "the two are unlikely to meet"), a condition ("if Chisinau expelled more diplomats"), what
    someone could do ("Israel could strike its nuclear facilities, experts believe"). Wire
    coding codes the acts told and the intents and threats made, none of the acts they are
    about: in the CAMEO dev sets not one of 16 hypothetical acts besides those matched a
    gold event. An intent or threat on a condition (03, 13) is made all the same."""
    return (
        event.modality is Modality.HYPOTHETICAL
        and event.cameo[:2] not in FUTURE_ROOTS
        and event.cameo != CONSIDER_OPTION  # "would consider easing sanctions": the weighing is said
        # "would like the French government to lift the ban": a wish voiced now, not a condition
        and event.trigger.lemma_.lower() not in POLITE_WISHES
    )


#: Verbs of a wish voiced with "would": "would like", "would prefer".
POLITE_WISHES = frozenset({"like", "love", "prefer"})


def _offered_on_condition(verb: Token) -> bool:
    """A verb of one's own act to come ("would", "will") with a condition of its own ("if",
    "unless"): "would meet Israel if the talks resumed", "will ease sanctions if ..."."""
    return (
        verb.pos_ == "VERB"
        and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FORECASTING)
        and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children)
        and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.children
        )
    )


#: Words of others' forecast: "is expected to visit", "is likely to meet".
FORECASTING = frozenset({"expect", "anticipate", "predict", "tip", "likely", "unlikely"})


def _targets_of_content(events: list[_Event]) -> list[_Event]:
    """An intent or threat with no target takes the targets of the act it is about, which is
    no event of its own (:func:`_unasserted_act`): "Washington is prepared to ease sanctions on
    Venezuela if ..." is the intent (0354) toward Venezuela."""
    by_trigger = {e.trigger.i: e for e in events if e.cameo[:2] in FUTURE_ROOTS and not e.targets}
    if not by_trigger:
        return events
    for event in events:
        if not _unasserted_act(event) or not event.targets:
            continue
        node = event.trigger
        for _ in range(3):  # ("is ready to ease", "prepared to resume shelling")
            if node.head.i == node.i:
                break
            node = node.head
            outer = by_trigger.get(node.i)
            if outer is not None:
                if set(outer.agents) & set(event.agents):
                    outer.targets = [t for t in event.targets if t not in outer.agents]
                    outer.details.update({t: event.details[t] for t in outer.targets if t in event.details})
                break
    return events


#: The intent (03x) of a cooperative act scheduled: "will visit Cambodia next week" 036. (Not
#: the verbal cooperation of 05: "is to apologise to Gordon Brown" has no intent code.)
PLANNED_INTENT = {"04": "036", "06": "031", "07": "033", "08": "035"}


def _planned_as_intent(event: _Event) -> _Event:
    """A cooperative act its actor has scheduled (modality planned: "will visit Cambodia next
    week", "is to give £50m to Sudan", "will allow refugees to return") is told as the intent
    to do it, which the actor (or its office) has made known: CAMEO's 03x (036 meet, 033 aid,
    035x yield), asserted; the act has not happened. Conflictual acts scheduled keep their
    code and modality (their threat is read elsewhere)."""
    root = event.cameo[:2]
    if (
        event.modality is Modality.HYPOTHETICAL
        and root in PLANNED_INTENT
        and _offered_on_condition(event.trigger)
    ):
        pass  # "Iran said it would meet Israel if the talks resumed": an offer made on a condition
    elif (
        event.modality is not Modality.PLANNED
        or event.negated
        or root not in PLANNED_INTENT
        or event.trigger.pos_ != "VERB"  # ("the upcoming talks": scheduled, no one's word given)
        or (event.trigger.dep_ == "xcomp" and event.trigger.head.lemma_.lower() in FORECASTING)
    ):
        return event  # ("is expected to visit Canada": others' forecast, no word given by the actor)
    if event.cameo[:3] == "045":
        event.cameo = "039"  # mediation scheduled: the intent to mediate
    elif root == "08":
        event.cameo = INTENDED_YIELD.get(event.cameo[:3], "035")
    else:
        event.cameo = PLANNED_INTENT[root]
    event.modality = Modality.ASSERTED
    event.scheduled = True
    return event


#: CAMEO 055: apologize.
APOLOGIZE = "055"
#: Prepositions after a thing done that name whom it was about or done to: "a stereotype of
#: Liverpool", "remarks about Nigeria", "an insult to the Welsh", "his attack on Mr Brown".
WRONGED_PREPS = frozenset({"of", "about", "on", "to", "against", "towards", "toward"})


def _acting(agent_groups: list[list[str]]) -> set[str]:
    return {a for group in agent_groups for a in group}


def _wronged(ctx: _Context, trigger: Token) -> list[str]:
    """Whom an apology is for, named in what it is for: the object of the act apologised for
    ("apologised for insulting Nigeria", "for misleading MPs") or whom the thing apologised for
    was about or done to ("for an outdated stereotype of Liverpool", "for his remarks about
    Nigeria", "his apology for the attack on Mr Brown"). Not whose it was ("for Mr Brown's
    remarks": the doer), nor what merely happened to someone ("for the delay")."""
    out: list[str] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                out += [k for d in obj.children if d.dep_ == "dobj" for k in _wronged_named(ctx, d)]
            elif obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                out += [
                    k
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ in WRONGED_PREPS
                    for d in p.children
                    if d.dep_ == "pobj"
                    for k in _wronged_named(ctx, d)
                ]
    return list(dict.fromkeys(out))


def _wronged_named(ctx: _Context, tok: Token) -> list[str]:
    """The actors a phrase names, else the state of a town it names ("a stereotype of
    Liverpool"), itself or through the "of" phrase of its people ("the people of Liverpool")."""
    found = ctx.entities(tok)
    if found:
        return found
    if tok.pos_ == "NOUN":
        tok = next((d for p in tok.children if p.lower_ == "of" for d in p.children if d.dep_ == "pobj"), tok)
        if (found := ctx.entities(tok)) or tok.pos_ == "NOUN":
            return found
    states = ctx._state_of_place(tok)
    for state in states:
        ctx.details.setdefault(state, (None, tok.text))
    return states


#: The CAMEO root of intents: "Express intent to cooperate".
INTENT_ROOT = "03"


def _intent_date(event: _Event, words: WordLists, anchor: str | None, dates: list[Span]) -> str | None:
    """The date of an intent (03x) told by the act intended ("announced that it will start
    talks with Croatia in April 2005", "pledged to hold talks in September", "unveiled plans to
    visit China next month"): the intent is expressed when its word is given, so only a time
    expression of the word that gives it (the verb or noun of intent, or the verb of saying above
    the act: "announced on Monday", "agreed on Thursday") dates it, never the time of the act
    to come. With no such word on the way up, the date it has."""
    trigger = event.trigger
    node, came = trigger, ""
    for _ in range(6):
        lemma = node.lemma_.lower()
        if lemma in words.intent or lemma in words.say:
            return event_date(node, anchor, dates=dates)  # ("pledged in May to ...": its own)
        if node.head.i == node.i or (came == "ccomp" and node.lemma_.lower() not in words.say):
            break
        came, node = node.dep_, node.head
    # ("will visit Cambodia next week", "is due to meet Mr Bush in June": the time is the visit's
    # or the meeting's; when the intent was made known the sentence does not say)
    return None if event.scheduled else event.date


#: Verbs of being a danger: "the threat posed by X", "X represents a threat".
POSING = frozenset({"pose", "represent", "constitute"})


#: Where a space probe goes ("launched a probe into orbit"): no inquiry.
SPACE_WORDS = frozenset({"space", "orbit", "atmosphere", "sky", "ocean", "sea"})


def _inquiring(noun: Token) -> bool:
    """A probe that is an investigation: into something, by someone, or someone's ("a probe into
    bid-rigging", "a probe by the SEC", "Spitzer's probe"); not "a probe to the Moon"."""
    if noun.dep_ == "dobj" and any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and c.i > noun.i
        and not any(o.lemma_.lower() in SPACE_WORDS or o.ent_type_ in ("LOC", "FAC") for o in c.children)
        for c in noun.head.children
    ):
        return True  # "launched a probe into Enron": the parser hangs "into" on the verb
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("into", "by", "over")) for c in noun.children
    )


def _posed(noun: Token) -> bool:
    """A threat someone poses or represents is the danger they are, not a threat they made:
    "the threat posed by Hezbollah", "the danger represented by the militias"."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in POSING for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in POSING


#: CAMEO 014: consider a policy option - an act weighed, neither done nor promised.
CONSIDER_OPTION = "014"
#: Verbs of weighing an act (the "debate" and "explore" of meaning's list are talks and study).
WEIGHING = CONSIDERING - {"debate", "explore"}


def _considered(events: list[_Event], words: WordLists) -> list[_Event]:
    """An act a subject is weighing is the weighing, told by its verb: "is considering recalling
    its ambassador from the Netherlands", "is weighing sending tanks to Ukraine", "will consider
    whether to arrest them" are 014 (consider a policy option) upon those the act would touch,
    with the weighing verb's own negation and mood ("is not considering", "would consider");
    not a thought about a fact ("considered that Iran had violated the deal")."""
    for event in events:
        tok = event.trigger
        for _ in range(2):  # the act, or the noun of its verb: "is considering imposing sanctions"
            head = tok.head
            if (
                head.i == tok.i
                or tok.dep_ not in ("xcomp", "ccomp", "dobj")
                or (tok.dep_ == "ccomp" and _finite(tok))
            ):
                break
            if head.pos_ == "VERB" and head.lemma_.lower() in WEIGHING:
                event.cameo, event.trigger = CONSIDER_OPTION, head
                event.negated, event.modality = modality(head, words)
                break
            tok = head
    return events


def _doer_of(code: str, noun: Token) -> bool:
    """Whether the "of" phrase of an event noun with no other doer names who does it: a meeting
    or a visit is of the ones who meet or visit ("the meeting of the two presidents", "the visit
    of X to Y"); "a tour of Africa" is of the place toured, so a visit needs its destination."""
    if code[:2] != "04":
        return False
    return code[:3] != "042" or any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)


def _manner(noun: Token) -> bool:
    """A bare noun after "in" that says how its verb's act was done: "resigned in protest"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ == "VERB"
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in noun.children)
    )


def _characterised(dobj: Token | None, predicate: Token | None) -> bool:
    """ "called the new target hugely unambitious", "named him Man of the Year": an object
    with a predicate that says what it is, not an act upon it."""
    if dobj is None or predicate is None:
        return False
    return predicate.dep_ == "oprd" or (predicate.dep_ == "xcomp" and predicate.pos_ in ("ADJ", "NOUN"))


def _finite(clause: Token) -> bool:
    """A clause with a tense of its own ("the government was avoiding", "it could decide"),
    not an infinitive ("Iran to build")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children
    )


def _emergency_rule(tok: Token | None) -> bool:
    """ "martial law", "emergency measures": rule by force or decree, no text voted on (easing
    or lifting it is a concession, 081x)."""
    return tok is not None and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("martial", "emergency") for c in tok.children
    )


#: Verbs of sympathising with someone's grounds: "appreciate his reasons" is no praise or intent.
UNDERSTANDING = frozenset(
    {"appreciate", "understand", "respect", "share", "acknowledge", "recognise", "recognize"}
)
#: Grounds one sympathises with.
REASONS = frozenset(
    {
        "reason",
        "concern",
        "point",
        "position",
        "view",
        "frustration",
        "feeling",
        "motive",
        "difficulty",
        "anxiety",
    }
)
#: Deeds too vague to be a show of force by a security body: "carried out renegade actions".
VAGUE_DEEDS = frozenset({"action", "activity", "act", "deed", "work", "measure", "step", "thing"})
#: Forces one commands: ordering them somewhere is deploying them, no demand upon them.
OWN_FORCES = frozenset(
    {
        "troop",
        "soldier",
        "army",
        "force",
        "military",
        "navy",
        "police",
        "warship",
        "tank",
        "marine",
        "paratrooper",
    }
)
#: Verbs of moving forces in: "to march into Belfast", "to move into Georgia".
ADVANCING = frozenset(
    {"march", "move", "go", "enter", "advance", "deploy", "cross", "invade", "storm", "patrol"}
)


def _deployed(verb: Token, dobj: Token | None) -> bool:
    """ "ordered British troops to march into Belfast", "told the army to move into Georgia":
    forces ordered somewhere."""
    return (
        dobj is not None
        and dobj.lemma_.lower() in OWN_FORCES
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in ADVANCING for c in verb.children)
    )


#: Modifiers that make an agreement a text put forward, not one made: "a draft agreement".
DRAFTED = frozenset({"draft", "proposed", "outline", "tentative"})


def _draft(noun: Token) -> bool:
    """An agreement still a proposal: "circulated a draft agreement", "tabled a proposed accord"
    (not "signed the agreement": one made)."""
    return (
        noun.pos_ == "NOUN"
        and any(c.dep_ in ("compound", "amod") and c.lower_ in DRAFTED for c in noun.children)
        and cooperative(noun)
    )


def _owned_intent(noun: Token) -> bool:
    """An offer or proposal with its own author, the object of another act: "rejected Russia's
    offer of talks", "welcomed the proposal by Egypt" tell the offer too."""
    return noun.lemma_.lower() in _PLAN_WORDS_OR_PLEDGES and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children
    )


def _agreed_with(ctx: _Context, verb: Token, acting: list[str]) -> list[str]:
    """The other side of a thing agreed to, named under it: "agreed to a ceasefire with
    Azerbaijan", "consented to talks with the rebels"."""
    return [
        k
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
        for q in o.children
        if q.dep_ == "prep" and q.lower_ == "with"
        for k in ctx.entities(_pobj(q))
        if k not in acting
    ]


#: Verbs of rejecting what is put to one, beyond the rebuffs and refusals named below.
REJECTING = frozenset({"reject", "dismiss", "veto", "repudiate"})
#: Nouns of an intent put to another, whose rejection leaves them no event of their own.
REJECTED_INTENTS = PLAN_WORDS | {"pledge", "promise", "invitation"}


#: Participles of saying that carry a threat's terms: "..., saying its forces would ... if".
SAYING_PARTICIPLES = frozenset({"say", "warn", "add", "declare", "insist", "state", "stress", "make"})
#: Verbs of vowing whose act, done by force, is a threat of force: "vowed to retake X by force".
VOWING = frozenset({"vow", "threaten", "pledge", "promise", "swear"})
#: Manners of acting by force: "by force", "militarily", "forcibly", "by military means".
FORCIBLY = frozenset({"militarily", "forcibly"})


def _by_force(verb: Token) -> Token | None:
    """The infinitive act of ``verb`` when it is to be done by force: "vowed to seize the port by
    force", "threatened to retake the region militarily"; else None."""
    act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if act is None:
        return None
    for c in act.children:
        if c.dep_ == "advmod" and c.lower_ in FORCIBLY:
            return act
        if (
            c.dep_ == "prep"
            and c.lower_ == "by"
            and any(
                o.dep_ == "pobj"
                and (
                    o.lower_ == "force"
                    or (o.lower_ == "means" and any(m.lower_ == "military" for m in o.children))
                )
                for o in c.children
            )
        ):
            return act
    return None


#: CAMEO 139: give an ultimatum (a threat with a time limit); 130: threaten.
ULTIMATUM, THREATEN = "139", "130"
#: Verbs of the idioms of threat :func:`_threat_frame` reads.
THREAT_FRAME_VERBS = frozenset({"give", "set", "serve", "put", "place", "draw", "reserve"})
#: Prepositions of a deadline given: "gave Belarus until Friday to stop".
DEADLINE_PREPS = frozenset({"until", "till", "by"})


def _to_act(verb: Token, deps: tuple[str, ...] = ("advcl", "xcomp", "acl", "ccomp")) -> Token | None:
    """The verb's (or its object's) to-infinitive: "gave X a week to leave"."""
    for c in verb.children:
        if (
            c.dep_ in deps
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return c
    return None


def _threat_frame(verb: Token, lemma: str) -> str | None:
    """The threat an idiom tells: "gave Sweden a week to extradite ...", "gave Belarus until
    Friday to stop ..." (a time limit to act, an ultimatum, 139); "served notice on Manila
    that ...", "put the Philippines on notice that ..." (130, or 138 by what it says); "drew a red
    line over Taiwan" (130); "reserved the
    right to retaliate against Finland" (130). Not "gave the team a week off", "served notice of
    appeal" (no one named to act or be warned), "drew a line under the affair"."""
    if lemma not in THREAT_FRAME_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj", "npadvmod")]
    if lemma in ("give", "set"):
        span = any(o.lemma_.lower() in TIME_LIMITS for o in objects) or any(
            c.dep_ == "prep"
            and c.lower_ in DEADLINE_PREPS
            and any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj")
            for c in verb.children
        )
        given = any(
            o.lemma_.lower() not in TIME_LIMITS and o.ent_type_ not in ("DATE", "TIME") for o in objects
        )
        return ULTIMATUM if span and given and _to_act(verb) is not None else None
    if lemma == "serve":
        notice = next((o for o in objects if o.lower_ == "notice"), None)
        if notice is None:
            return None
        served = any(
            c.dep_ == "prep" and c.lower_ in ("on", "to") for h in (verb, notice) for c in h.children
        )
        said = any(c.dep_ in ("acl", "ccomp") for h in (verb, notice) for c in h.children)
        return THREATEN if served and said else None
    if lemma in ("put", "place"):
        # "put the Philippines on notice that ...", "placed Tehran on notice"
        noticed = any(
            c.dep_ == "prep" and c.lower_ == "on" and (o := _pobj(c)) is not None and o.lower_ == "notice"
            for c in verb.children
        )
        return THREATEN if noticed and any(o.dep_ == "dobj" for o in objects) else None
    if lemma == "draw":
        line = next((o for o in objects if o.lower_ == "line"), None)
        red = line is not None and any(
            c.dep_ in ("amod", "compound") and c.lower_ == "red" for c in line.children
        )
        return THREATEN if red else None
    right = next((o for o in objects if o.lower_ == "right"), None)  # "reserve"
    act = _to_act(right, ("acl", "relcl")) if right is not None else None
    return THREATEN if act is not None and act.lemma_.lower() in HITTING_BACK else None


#: Verbs of hitting back a right to which is reserved as a threat: "reserved the right to retaliate".
HITTING_BACK = frozenset({"retaliate", "respond", "react", "strike", "act", "defend", "hit", "counter"})


#: Verbs of letting someone do something: negated or refused, with an act of passage or entry
#: let, they refuse it ("would not let the ship dock").
PERMITTING = frozenset({"allow", "let", "permit"})
#: Acts of passage or entry a state lets others do or not: docking, landing, entering, crossing.
PASSAGE = frozenset(
    {
        "dock",
        "berth",
        "land",
        "enter",
        "cross",
        "pass",
        "transit",
        "disembark",
        "overfly",
        "anchor",
        "moor",
        "refuel",
        "unload",
    }
)


def _passage_refused(verb: Token) -> bool:
    """ "would not let a Turkish vessel enter its continental shelf", "did not allow the plane to
    land": a permission to pass or enter, negated (not "would not allow Iran to build a bomb": a
    deterrent, see meaning)."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False  # ("refused to let ...": the refusal is the refusing verb's)
    frontier = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    for _ in range(2):
        if any(c.lemma_.lower() in PASSAGE for c in frontier):
            return True
        frontier = [g for c in frontier for g in c.children if g.dep_ in ("ccomp", "xcomp")]
    return False


def _dismissal_particle(verb: Token) -> str | None:
    """The particle of a verb of brushing a thing off, read as a particle or an adverb after the
    verb: "turned down", "brushed aside", "waved away"."""
    return next(
        (
            c.lower_
            for c in verb.children
            if c.i > verb.i
            and (
                c.dep_ == "prt"
                or (c.dep_ == "advmod" and (c.tag_ == "RP" or c.lower_ in DISMISSING_PARTICLES))
            )
        ),
        None,
    )


def _rejection_idiom(verb: Token) -> Token | None:
    """The thing an idiom of rejecting names: "gave short shrift to Guyana's proposal", "turned a
    deaf ear to calls from X", "closed the door on talks", "said no to a request from Y" (the
    preposition's object, on the verb or on the idiom's noun); None when the verb makes no idiom."""
    lemma = verb.lemma_.lower()
    if lemma not in IDIOMS_BY_VERB:
        return None
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "intj", "attr", "npadvmod"):
            continue
        preps = REJECTION_IDIOMS.get((lemma, noun.lemma_.lower()))
        if preps is None:
            continue
        if noun.lower_ in ("shoulder", "ear") and not any(
            c.dep_ == "amod" and c.lower_ in ("cold", "deaf") for c in noun.children
        ):
            continue  # "turned his ear to", "gave her shoulder to": no idiom
        for head in (verb, noun):
            for prep in (c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps):
                thing = _pobj(prep)
                if thing is not None:
                    return thing
    return None


def _models_cited(ctx: _Context, heads: list[Token]) -> list[str]:
    """The states a clause of "based on / modelled on / inspired by / borrowed from" names as where
    its model is ("based on policies already in force in Canada", "modelled on a system used in
    Denmark", "copied from Sweden's scheme"), the place phrases inside the model's phrase."""
    found: list[str] = []
    for head in heads:
        if head.lemma_.lower() not in MODELLED_ON:
            continue
        models = [
            o
            for c in head.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "upon", "from", "by")
            for o in _prep_objects(c)
            if o.lemma_.lower() in MODEL_NOUNS or ctx.states_in(o)
        ]
        stack = list(models)
        while stack:
            tok = stack.pop()
            found += [k for k in ctx.states_in(tok) if k not in found]
            for c in tok.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("in", "of")):
                    stack += [c] if c.dep_ == "poss" else _prep_objects(c)
                elif c.dep_ in ("acl", "conj"):
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ not in ABOUT_PREPS:
                    stack += _prep_objects(c)
    return found


def _job_judged(
    ctx: _Context, scope: list[Token], speakers: list[str], words: WordLists
) -> tuple[str, list[str]] | None:
    """How well a speaker says someone named did their work: "had done a superb / great /
    terrific job" (051), "did a poor / lousy job", "made a mess / hash / pig's ear of", "got it
    (badly) wrong" (111); the named subject of the verb, not the speakers (not conditional, denied
    or to come: "would do a good job", "did not make a mess of it")."""
    for tok in scope:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in ("do", "make", "get"):
            continue
        if any(
            c.dep_ == "neg"
            or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
            or (c.dep_ == "aux" and c.lower_ in words.hypothetical_aux | {"will", "'ll", "shall"})
            for c in tok.children
        ):
            continue
        code = None
        for o in (c for c in tok.children if c.dep_ in ("dobj", "ccomp", "oprd", "xcomp")):
            word = o.lemma_.lower()
            if lemma == "do" and word == "job":
                adjectives = {c.lower_ for c in o.children if c.dep_ in ("amod", "compound")}
                if adjectives & JOB_PRAISE:
                    code = "051"
                elif adjectives & JOB_BLAME:
                    code = CRITICISE
            elif (
                lemma == "make"
                and word in MESSES
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
            ):
                code = CRITICISE
            elif (
                lemma == "get"
                and word == "wrong"
                and any(c.lower_ == "it" for c in (*o.children, *tok.children))
            ):
                code = CRITICISE  # "had got it badly wrong" ("it" the subject of "wrong", or the object)
        if code is None:
            continue
        named = [
            k
            for c in tok.children
            if c.dep_ == "nsubj" and c.pos_ != "PRON"
            for s in _conjuncts(c)
            for k in ctx.entities(s, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
            if k not in speakers
        ]
        if named:
            return code, named
    return None


def _lacks_virtue(verb: Token, words: WordLists) -> bool:
    """ "lack the courage / vision", "learned nothing from", "have no vision / ideas / answers":
    a want of a virtue said as a fact (not denied, asked, conditional or to come: "if they lack
    the will", "would have no idea")."""
    if verb.dep_ in ("advcl", "xcomp", "amod", "acl", "relcl", "pcomp") or any(
        c.dep_ == "neg"
        or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "once", "until"))
        or (c.dep_ == "aux" and c.lower_ in words.hypothetical_aux | {"will", "'ll", "shall"})
        for c in verb.children
    ):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    if lemma == "lack":
        return any(o.lemma_.lower() in VIRTUES for o in objects)
    if lemma == "learn":
        return any(o.lower_ == "nothing" for o in objects)
    return any(
        o.lemma_.lower() in VIRTUES and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
        for o in objects
    )


def tour_of_state(noun: Token) -> bool:
    """A tour that names where it goes: "of" a place or a place's name before it ("a tour of the
    United States", "a United States lecture tour", "his Africa tour")."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("of", "to", "through", "around"))
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in noun.children
    )


def _authored_inquiry(noun: Token) -> bool:
    """An inquiry or a report with its author named ("Sir X's inquiry", "the review by X"): its
    findings are the author's words (not "Government guidance said ...")."""
    return noun.lemma_.lower() in INQUIRY_NOUNS and (
        any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children) or bool(_inquiry_authors(noun))
    )


def _inquiry_authors(noun: Token) -> list[Token]:
    """Who leads or writes an inquiry or a report: its "by" ("the inquiry by X"), or the "by" of a
    participle on it ("the inquiry, led / chaired / headed / conducted by X")."""
    found: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            found += [o for o in (_pobj(c),) if o is not None]
        elif c.dep_ in ("acl", "appos") and c.lemma_.lower() in INQUIRY_LEADING:
            for p in c.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
                    found += [o for o in (_pobj(p),) if o is not None]
    return found


def _evidence_about(verb: Token) -> list[Token]:
    """Whom the evidence a verb of finding finds is about: "found evidence that minister X had
    interfered" (the clause's subject), "found a clear link between X and the memo" (the first
    joined); none for a thing found ("found his keys"), a clause of no one ("evidence that the
    drug works") or evidence denied ("found no evidence that ...": the negation would deny it)."""
    out: list[Token] = []
    if any(c.dep_ == "neg" for c in verb.children):
        return out
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EVIDENCE_NOUNS):
        if any(d.lower_ in ("no", "little", "any") for d in obj.children if d.dep_ == "det"):
            continue  # ("found no evidence that X had interfered": read as a denial, no statement made)
        for c in obj.children:
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.i < c.i for m in c.children):
                out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"]
            elif (
                c.dep_ == "prep"
                and c.lower_ in ("between", "to", "with")
                and obj.lemma_.lower() in LINK_NOUNS
            ):
                out += [o for o in _prep_objects(c) if o.pos_ == "PROPN"][:1]
    return out


def _finding(verb: Token) -> bool:
    """ "found that X had ...", "concluded that X ...": a verb of finding with a clause it finds
    ("that" or none: "found a chain of events linked X to ..."), not negated,
    not a question ("could not find evidence"), nor a thing found ("found his keys")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _answered_words(verb: Token) -> Token | None:
    """The words of someone named that a verb of answering answers by saying something: "reacted
    to his warning by saying ...", "responded to the American criticism by insisting ..." (the
    "to" object, a noun of words with its maker named, and a "by" + verb of saying); None else
    ("responded to the crisis by sending troops": no words answered)."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    words = _pobj(to) if to is not None else None
    if words is None or words.lemma_.lower() not in _RETORTED_OR_PUT:
        return None
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    saying = next((c for c in by.children if c.dep_ == "pcomp"), None) if by is not None else None
    if saying is None or saying.lemma_.lower() not in SAYING_IN_ANSWER:
        return None
    if _claim_maker(words) is None and not any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in words.children
    ):
        return None
    return words


def _cold_reception(noun: Token | None) -> bool:
    """ "a cool reception", "a frosty response", "a decidedly chilly welcome" (a word of coldness
    on a noun of reception; not "a warm welcome", "a mixed reaction")."""
    if noun is None or noun.lemma_.lower() not in RECEPTIONS:
        return False
    return any(c.dep_ == "amod" and c.lower_ in COLD_RECEPTIONS for c in noun.children)


def _claim_maker(noun: Token) -> Token | None:
    """Who made the words ``noun`` names: its proper-noun possessor ("Mr Harding's criticism") or
    the object of its "from" / "by" ("claims from Conservative leader Michael Howard",
    "accusations by Washington", also "French objections": a demonym); None when unnamed ("a
    knee injury", "the claims")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            obj = _pobj(c)
            if obj is not None and obj.pos_ == "PROPN":
                return obj
        if (
            c.dep_ in ("amod", "compound")
            and c.i < noun.i
            and c.pos_ in ("PROPN", "ADJ")
            and c.text[:1].isupper()
        ):
            return c
    return None


def _put_to_one_rejected(verb: Token, dobj: Token | None) -> Token | None:
    """The thing put to one that ``verb`` rejects where the parse names no object for it: an
    idiom's ("gave short shrift to X's offer", "turned a deaf ear to calls"), or the subject
    of a clause the parser hangs on a verb of rejecting ("dismissed Germany's call for the row to
    be closed", the call read as the clause's subject)."""
    thing = _rejection_idiom(verb)
    if thing is not None:
        return thing if thing.lemma_.lower() in _PUT_OR_PROPOSED else None
    lemma = verb.lemma_.lower()
    if dobj is not None or not (
        lemma in REJECTING or lemma in REBUFFING or (lemma, _dismissal_particle(verb)) in DISMISSING
    ):
        return None
    return next(
        (
            s
            for c in verb.children
            if c.dep_ == "ccomp"
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.i > verb.i and s.lemma_.lower() in PUT_TO_ONE
        ),
        None,
    )


def _rejected(noun: Token) -> bool:
    """An offer whose rejection the sentence tells is the rejection's background, no event of its
    own: "rejected Russia's offer of talks", "Egypt's offer was spurned by Hamas" (one act, 12x,
    the offer's author its target, as CAMEO coders code it)."""
    if noun.lemma_.lower() not in REJECTED_INTENTS:
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "dative"):
        # "gave short shrift to Russia's offer", "turned a deaf ear to the proposal"
        verb = noun.head.head if noun.head.head.pos_ in ("VERB", "AUX") else noun.head.head.head
        thing = _rejection_idiom(verb)
        return thing is not None and thing.i == noun.i
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in REJECTING or lemma in REBUFFING or lemma in DECLINING:
        return True
    return (lemma, _dismissal_particle(verb)) in DISMISSING


def _taken_aim(noun: Token) -> bool:
    """ "took aim at the party's media law", "taking aim at Mr Brown": criticism aimed at someone."""
    return noun.head.lemma_.lower() == "take" and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in (*noun.children, *noun.head.children)
    )


DELIBERATING = frozenset(
    {"debate", "discuss", "consider", "examine", "study", "review", "weigh", "scrutinise"}
)
PRICES = frozenset({"fee", "price", "rate", "interest", "commission", "premium", "rent", "tariff", "tax"})


PERSONNEL = frozenset(
    {"troop", "soldier", "police", "officer", "peacekeeper", "force", "man", "people", "personnel", "marine"}
    | {"reinforcement", "reservist", "observer", "monitor", "inspector", "staff", "worker", "diplomat"}
)


MEASURES_OF = frozenset({"number", "toll", "scale", "level", "frequency", "rate", "intensity", "cost"})


def _measured_in_general(noun: Token) -> bool:
    """ "the death toll of their attacks", "the number of its attacks": acts of a kind counted or
    measured in general (plural, no article), no one act told."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    if noun.head.head.lemma_.lower() not in MEASURES_OF:
        return False
    return not any(c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ != "PRON") for c in noun.children)


#: Nouns of a bare definite description of a state or an organization as an agent ("The
#: country also signed ...", "The group accused ..."); companies' own nouns are the
#: ``described_companies`` word list.
DESCRIBED_STATES = frozenset({"country", "nation"})
DESCRIBED_GROUPS = frozenset({"group", "organisation", "organization", "charity", "union"})

COMPANY_NOUNS = frozenset(
    {"airline", "carrier", "company", "firm", "group", "operator", "maker", "manufacturer"}
)


#: Nouns of a commercial deal: goods supplied under one are sold, no aid given.
DEALS = frozenset({"contract", "deal", "order", "tender", "bid", "licence", "license", "franchise", "sale"})
#: Words of a gift: "a deal to supply food aid", "a company donated medicine" stay aid.
GIFTS = frozenset({"aid", "relief", "assistance", "humanitarian", "donation", "grant", "gift", "free"})
#: Nouns of a business that supplies under contract, besides `COMPANY_NOUNS`.
SUPPLIERS = frozenset(
    {"supplier", "exporter", "contractor", "producer", "shipbuilder", "drugmaker", "consortium"}
    | {"conglomerate", "giant", "business", "corporation", "plc"}
)
_COMPANY_NOUNS_OR_SUPPLIERS = COMPANY_NOUNS | SUPPLIERS


def _commercial(verb: Token) -> bool:
    """Goods supplied in trade, no aid (07): "won contracts to supply vaccine to Nigeria", "a
    deal to supply gas", "will supply trains under a $2bn contract", "the firm supplies engines
    to the air force". Not when what is supplied is a gift ("a deal to supply food aid")."""
    if any(
        t.lemma_.lower() in GIFTS or t.lower_ in GIFTS
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "prep", "advmod", "npadvmod")
        for t in c.subtree
    ):
        return False
    if verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.lemma_.lower() in DEALS:
        return True  # "contracts to supply", "a deal to supply"
    if verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DEALS for c in verb.head.children
    ):
        return True  # "won contracts to supply" with the infinitive parsed as the verb's
    if any(
        p.dep_ == "prep"
        and p.lower_ in ("under", "in", "through")
        and (o := _pobj(p)) is not None
        and o.lemma_.lower() in DEALS
        for p in verb.children
    ):
        return True  # "under a $2bn contract"
    clause = verb
    for _ in range(3):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return any(  # "the firm", "the Russian firm Rosoboronexport"
                t.lemma_.lower() in _COMPANY_NOUNS_OR_SUPPLIERS
                for t in (subj, *(c for c in subj.children if c.dep_ in ("compound", "appos", "nmod")))
            )
        if clause.dep_ not in ("xcomp", "conj", "acl") or clause.head.i == clause.i:
            return False
        clause = clause.head if clause.dep_ != "acl" else clause.head.head
    return False


def _company_subject(verb: Token) -> bool:
    """The one acting is a company: "Kingfisher Airlines bought ...", "the airline is to buy ..."."""
    clause = verb
    for _ in range(3):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.ent_type_ == "ORG" or subj.lemma_.lower() in COMPANY_NOUNS
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _agreed_with_others(verb: Token) -> bool:
    """ "agreed to let UN investigators in", "agreed to allow NATO flights": consent to an act
    that names another party (an organization, a state, its people) in its clause; not "agreed
    to stand down", "agreed to serve" (nothing of anyone else)."""
    if verb.lemma_.lower() != "agree" or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "agreed with everything she had done": approval
    for act in (c for c in verb.children if c.dep_ == "xcomp"):
        # the parties the act is done to or with, not places ("a site on the other side of the
        # River Tyne") or times ("after its reading in the House of Lords")
        parties = [
            t for c in act.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for t in c.subtree
        ]
        if any(t.ent_type_ in ("ORG", "GPE", "NORP") and t.dep_ != "pobj" for t in parties):
            return True
    return False


def _retort(verb: Token) -> bool:
    """ "fired back at X", "struck back at X", "hit back at X": the verb with "back" and an "at"
    phrase, the form of answering someone."""
    children = list(verb.children)
    return any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in children
    )


ECONOMIC_AID = "071"
#: Verbs of handing money over: money handed to a state is aid ("gave Jordan 500 million euros").
HANDING_MONEY = frozenset({"give", "send", "grant", "donate", "transfer", "provide", "lend", "hand"})


def _money_to_a_state(ctx: _Context | None, verb: Token, dobj: Token | None) -> bool:
    """A verb of :data:`HANDING_MONEY` whose object is a sum of money and whose recipient (the
    indirect object or a "to" phrase) is a state: "gave Jordan 500 million euros in budget
    support", "sent $40m to Haiti" (not "gave £5m to schools", "gave the NHS £2bn"). The
    recipient is a state by the entity found there, whatever the model's label: "handed Niger
    $30 million" (Niger tagged MONEY), "gave Chad $50m" ("$50m" a sum though "m" is no MONEY)."""
    if dobj is None or verb.lemma_.lower() not in HANDING_MONEY:
        return False
    if not (
        dobj.ent_type_ == "MONEY"
        or dobj.lemma_.lower() in CURRENCY
        or any(c.ent_type_ == "MONEY" or c.lower_ in CURRENCY for c in dobj.children if c.i < dobj.i)
    ):
        return False
    recipients = [c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    recipients += [
        o
        for c in verb.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if ctx is None:  # (the code alone, no document read: by the model's label)
        return any(r.ent_type_ == "GPE" for r in recipients)
    return any(ctx.kind(ctx.found.entity_at(r.i) or "") is Kind.STATE for r in recipients)


@functools.cache
def _goods_table() -> tuple[frozenset[str], dict[str, str]]:
    """The verbs of handing goods and the goods with their CAMEO codes (``goods.tsv``)."""
    verbs: frozenset[str] = frozenset()
    goods: dict[str, str] = {}
    for line in data_lines("goods.tsv"):
        word, _, rest = line.partition("\t")
        if word == "verbs":
            verbs = frozenset(rest.split())
        else:
            goods[word] = rest.strip()
    return verbs, goods


#: The order in which the codes of goods win when a phrase names several kinds.
GOODS_ORDER = ("072", "064", "073", "071", "070")
#: Heads of a phrase of goods that tell a load, a vehicle or a body carrying them, not the goods:
#: "50 trucks of medicine", "a vessel carrying relief supplies", "20 armoured vehicles".
GOODS_CARRIERS = frozenset(
    {"tonne", "ton", "truck", "lorry", "truckload", "lorryload", "planeload", "shipload", "load"}
    | {"consignment", "shipment", "batch", "convoy", "cargo", "package", "parcel", "crate", "kit"}
    | {"plane", "aircraft", "vessel", "ship", "boat", "flight", "team", "vehicle", "system", "unit"}
    | {"helicopter", "jet", "launcher", "battery", "piece", "round", "worth", "quantity", "amount"}
)
#: Participles by which a vehicle carries its goods: "a vessel carrying / loaded with aid".
GOODS_CARRYING = frozenset({"carry", "load", "laden", "pack", "fill", "bring", "transport", "bear"})
#: Verbs whose recipient comes "with": "shared intelligence with Austria".
SHARING = frozenset({"share"})


def _goods_sent(verb: Token, lemma: str, dobj: Token | None, children: list[Token]) -> str | None:
    """The code of goods a verb of handing hands to a recipient named (see ``goods.tsv``), or
    None: the object's head is goods or a load, vehicle or team carrying them, and a recipient
    is named (an indirect object, or "to" on the verb or inside the object's participle; "with"
    for sharing). Not a passive ("aid was delivered"), not people sent ("sent a military
    delegation to Moscow"), not trade goods ("delivered 5,000 electric buses to China")."""
    verbs, goods = _goods_table()
    if dobj is None or lemma not in verbs or dobj.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        return None
    heads = [dobj, *(c for c in dobj.children if c.dep_ == "conj")]
    words: set[str] = set()
    carried: list[Token] = []
    for head in heads:
        if head.lemma_.lower() in PARTITIVE and (counted := _counted_deep(head)) is not None:
            head = counted  # "thousands of tonnes of rice", "dozens of tanks"
        word = head.lemma_.lower()
        if head.ent_type_ == "MONEY":
            # "$30 million in fuel funding": a sum (071), or what it is given as
            words.add("cash")
            carried += [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")]
            continue
        if word not in goods and word not in GOODS_CARRIERS and head.lower_ not in goods:
            continue
        words |= {word, head.lower_}
        words |= {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod", "nmod")}
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                carried.append(c)  # "50 trucks of medicine", "2,000 tonnes of flour"
            elif c.dep_ in ("acl", "amod") and c.lemma_.lower() in GOODS_CARRYING:
                carried.append(c)  # "a naval vessel carrying 500 tonnes of relief supplies"
    for clause in carried:
        words |= {t.lemma_.lower() for t in clause.subtree if t.dep_ not in ("relcl",)}
    code = next((c for c in GOODS_ORDER if any(goods.get(w) == c for w in words)), None)
    if code is None:
        return None
    recipient_preps = ("with",) if lemma in SHARING else ("to",)
    if lemma in SHARING and code != "064":
        return None  # ("shared food with neighbours": no handing of goods to anyone acting)
    named = any(c.dep_ in ("dative", "iobj") and c.pos_ != "ADP" for c in children) or any(
        c.dep_ in ("prep", "dative") and c.lower_ in recipient_preps for c in children
    )
    named = named or any(t.dep_ == "prep" and t.lower_ in recipient_preps for t in dobj.subtree)
    named = named or (
        lemma in HANDING_MONEY
        and any(c.dep_ == "compound" and c.i == verb.i + 1 and c.ent_type_ == "GPE" for c in dobj.children)
    )
    return code if named else None


#: Words that make the signers of an agreement its two sides: "signed by both presidents".
BOTH_SIDES = frozenset({"both", "two"})


def _signed_by_both(verb: Token, agent: Token | None) -> Token | None:
    """The coordinated subject of the clause an agreement "signed by both presidents" (or "by
    the two leaders") is named in: "Serbia and Hungary cemented their partnership in a deal
    signed by both foreign ministers" -> "Serbia" (with its conjunct); None otherwise."""
    if agent is None or verb.dep_ != "acl" or not any(c.lower_ in BOTH_SIDES for c in agent.children):
        return None
    head = verb.head
    for _ in range(4):  # the agreement noun -> its preposition -> the clause's verb
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "conj" for c in subj.children):
        return None
    return subj


def _private_giver(ctx: _Context, verb: Token) -> bool:
    """The subject handing goods is an organization that is neither international nor a body
    of a state (a company: "Lockheed Martin delivered jets to Japan")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in _COMPANY_NOUNS_OR_SUPPLIERS:
        return True
    key = ctx.found.entity_at(subj.i)
    return (
        key is not None
        and ctx.kind(key) is Kind.ORGANIZATION
        and not ctx.is_igo(key)
        and not ctx.is_government(key)
    )


def _goods_recipients(ctx: _Context, verb: Token, dobj: Token) -> list[str]:
    """Who goods handed go to when the parser hangs the "to" ("with" for sharing) inside the
    object phrase, or reads the recipient of "handed Ukraine intelligence" as a modifier."""
    prep_word = "with" if verb.lemma_.lower() in SHARING else "to"
    out: list[str] = []
    preps = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == prep_word]
    preps += [t for t in dobj.subtree if t.dep_ == "prep" and t.lower_ == prep_word]
    for prep in preps:
        if any(a.dep_ == "relcl" for a in prep.ancestors if a.i > dobj.i):
            continue
        place = _pobj(prep)
        if place is not None:
            out += ctx.entities(place) or ctx.placed_states(place) or _placed_deep(ctx, place)
    if not out and preps:
        # "sent food to flood victims in Bangladesh", the place hung on the verb: the people
        # given it are of the state they are in
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            place = _pobj(prep)
            out += ctx.states_in(place) if place is not None else []
    if not out and verb.lemma_.lower() in HANDING_MONEY:
        first = next((c for c in dobj.children if c.dep_ == "compound" and c.i == verb.i + 1), None)
        if first is not None:
            out += [k for k in ctx.entities(first) if ctx.kind(k) is Kind.STATE]
    return out


def _placed_deep(ctx: _Context, tok: Token) -> list[str]:
    """The state of a place named through "of": "survivors of the earthquake in Myanmar"."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = _pobj(prep)
        if obj is not None and (found := ctx.placed_states(obj)):
            return found
    return []


#: Economic measures one state imposes on another: a verb of blows that imposes one ("slapped
#: tariffs on", "hit X with sanctions") is CAMEO 163, no force.
ECONOMIC_MEASURES = frozenset(
    {"tariff", "duty", "levy", "sanction", "embargo", "quota", "boycott", "ban"}
    | {"freeze", "blacklisting", "blacklist", "restriction", "curb"}
)
SANCTION = "163"
#: Verbs that are no blow but impose the measure they come "with" upon their object: "punished
#: Myanmar's generals with an arms embargo", "targeted IRGC commanders with sanctions".
SANCTIONING_VERBS = frozenset({"punish", "penalise", "penalize", "target", "saddle", "burden", "lumber"})


def _measure_word(tok: Token) -> bool:
    """A word of an economic measure, as lemma or plural form ("freezes" the parser reads as a verb)."""
    word = tok.lower_
    return (
        tok.lemma_.lower() in ECONOMIC_MEASURES
        or word in ECONOMIC_MEASURES
        or word.removesuffix("s") in ECONOMIC_MEASURES
        or word.removesuffix("es") in ECONOMIC_MEASURES
    )


def _economic_measure(verb: Token, dobj: Token | None) -> bool:
    """The verb's object, or its "with" object, is an economic measure (:data:`ECONOMIC_MEASURES`):
    "hit China with sanctions", "hit six officials with asset freezes and travel bans" (a plural
    the parser reads as a verb after its compound counts too)."""
    if _lemma(dobj) in ECONOMIC_MEASURES:
        return True
    holders = (verb, *((dobj,) if dobj is not None else ()))  # ("hit five judges with": on the object)
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
        phrase = list(prep.subtree)
        after = phrase[-1].i + 1
        if after < len(verb.doc) and verb.doc[after].head.i in (verb.i, prep.head.i):
            phrase.append(verb.doc[after])  # "with asset freezes": "freezes" read as the verb's clause
        if any(_measure_word(t) for t in phrase[1:6]):
            return True
    return False


def _small_clause_removal(clause: Token) -> bool:
    """ "(wants) Mr Howard sacked", "the envoy replaced": a participle of :data:`OUSTED` with no
    auxiliary of its own, whose subject is the one to be removed."""
    return (
        clause.tag_ in ("VBN", "VBD")
        and clause.lemma_.lower() in OUSTED
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


#: Codes of the dictionary's blocks of criticism and accusation, whose verbs criticise whoever
#: they name as object ("chide", "scold", "reprimand", "admonish" of the block "denounce").
CRITICISM_BLOCKS = frozenset({"111", "112"})
#: Verbs whose noun's possessor is the doer even with no "of" object ("Blair's support for
#: Blunkett", "Iran's request for talks"); for the others the possessor alone may be the one
#: acted upon ("his arrest", "Iraq's occupation") and the noun needs its "of" object.
#: Verbs whose subject does the act their object names: "announced the lifting of sanctions".
DECREEING = frozenset({"announce", "order", "decree", "approve", "complete", "begin", "start"})
#: Nouns of undoing a measure: "the lifting of sanctions", "an easing of the embargo".
UNDOING = frozenset({"lifting", "easing", "removal", "relaxation", "scrapping", "withdrawal"})


def _decreer(noun: Token) -> Token | None:
    """The subject of a verb of :data:`DECREEING` whose object ``noun`` is: "Canada announced the
    easing of sanctions", "Spain ordered the expulsion of ..."."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in DECREEING:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _undone(noun: Token) -> bool:
    """ "the lifting of sanctions on Iran", "an easing of the embargo": an economic measure named
    as the thing undone is no measure imposed."""
    if noun.dep_ != "pobj" or _lemma(noun) not in ECONOMIC_MEASURES:
        return False
    of = noun.head
    return of.lower_ == "of" and of.head.lemma_.lower() in UNDOING


#: Prepositions of a measure's or a force's object that name whom it is laid upon ("sanctions on Iran").
UPON_PREPS = frozenset({"on", "upon", "against"})
DOER_OWNED = frozenset({"support", "back", "oppose", "apologise", "request", "accuse"})
#: Pleas a court dismisses: no rejection between actors ("judges dismissed both appeals").
COURT_PLEAS = frozenset(
    {"appeal", "case", "suit", "lawsuit", "petition", "application", "challenge", "claim"}
)
#: What is pursued against someone in court: a court or prosecutor ending it lets the accused
#: go (081, as the dictionary codes "dropped the charges" and "acquitted").
PROCEEDINGS = frozenset(
    {
        "charge",
        "prosecution",
        "indictment",
        "conviction",
        "sentence",
        "verdict",
        "count",
        "summons",
        "warrant",
    }
)
#: What one brings before a court: a court throwing it out rejects the one who brought it (120).
BROUGHT_TO_COURT = COURT_PLEAS | {
    "bid",
    "move",
    "motion",
    "action",
    "complaint",
    "attempt",
    "request",
    "objection",
    "plea",
    "injunction",
    "proceeding",
}
#: Heads of a subject that judges or prosecutes: "the Court of Session", "a French judge",
#: "the Law Lords", "prosecutors".
JUDGING = frozenset(
    {
        "court",
        "judge",
        "justice",
        "magistrate",
        "jury",
        "juror",
        "tribunal",
        "sheriff",
        "prosecutor",
        "prosecution",
        "bench",
        "judiciary",
        "coroner",
        "lords",
    }
)
#: Verbs and verbs with a particle of a court ending what is before it.
RULING_VERBS = frozenset(
    {"dismiss", "reject", "quash", "overturn", "overrule", "annul", "void", "nullify", "invalidate", "drop"}
)
RULING_OUT = frozenset(
    {
        ("throw", "out"),
        ("toss", "out"),
        ("kick", "out"),
        ("strike", "out"),
        ("strike", "down"),
        ("set", "aside"),
        ("knock", "back"),
        ("turn", "down"),
        ("chuck", "out"),
        ("rule", "out"),
    }
)


def _judging(verb: Token) -> bool:
    """The verb's subject (or a passive's "by" agent) judges or prosecutes: "the Court of
    Session", "a French judge", "Judges in Kenya", "the Law Lords", "prosecutors"."""
    for c in verb.children:
        who = c if c.dep_ == "nsubj" else (_pobj(c) if c.dep_ == "agent" else None)
        if who is None:
            continue
        if who.lemma_.lower() in JUDGING or who.lower_ in JUDGING:
            return True
        if any(
            t.dep_ == "compound" and t.lower_ in ("court", "law", "appeal", "appeals") for t in who.children
        ):
            return True
    return False


def _court_ruling(
    verb: Token, lemma: str, aside: str, dobj: Token | None, obj_word: str | None
) -> str | None:
    """The code of a court's ruling on what is before it (see ``PROCEEDINGS``,
    ``BROUGHT_TO_COURT``), None when the verb is no such ruling. "threw out the case against
    the businessman", "quashed the conviction of X", "the judge dismissed the charges" are
    081 (the one accused let go); "threw out a move by the executive", "the court rejected
    the appeal" 120. The one who rejects the charges against themselves denies them (016,
    elsewhere): "dismiss", "reject", "drop" and "turn down" are a ruling only from a judging
    subject."""
    if lemma == "find" and any(
        c.lower_ == "innocent" or (c.lower_ == "guilty" and any(n.dep_ == "neg" for n in c.children))
        for c in verb.children
    ):
        return "081"  # "the jury found him not guilty", "found the two Britons innocent": acquitted
    ruling_verb = lemma in RULING_VERBS or (lemma, aside) in RULING_OUT
    if not ruling_verb or obj_word is None:
        return None
    judged = _judging(verb)
    if lemma in ("dismiss", "reject", "drop", "turn", "rule") and not judged:
        return None  # (who else drops or turns down things: left to the other rules)
    against = dobj is not None and any(c.dep_ == "prep" and c.lower_ == "against" for c in dobj.children)
    if obj_word in PROCEEDINGS or (obj_word == "case" and against):
        return "081"
    if obj_word in BROUGHT_TO_COURT or obj_word == "case":
        return REJECTION
    return None


#: Verbs of giving one's word: an act promised is an intent (030) with no one named to receive it.
PROMISING = frozenset({"promise", "pledge", "vow", "volunteer", "undertake", "commit"})
#: Verbs that give a promise only with the act promised told (an infinitive or a clause of
#: "will"/"would"): "volunteered to resettle", "undertook to extradite", "assured the IMF that it
#: would cut subsidies" (not "undertook a review", "assured MPs that the dossier was sound").
PROMISES_TOLD = frozenset({"volunteer", "undertake", "assure", "commit"})
#: Subjects of a clause promised that may be the promiser's own: "assured the IMF that it would".
OWN_SUBJECTS = frozenset({"it", "we", "he", "she", "they", "i"})


def _promised_act_told(verb: Token) -> bool:
    """The verb governs the act promised: a to-infinitive, or a clause of "will" / "would"
    whose subject may be the promiser ("assured the IMF that Islamabad would cut subsidies", "that
    it would"; not "assured backbenchers that nothing will stand in the way": a claim)."""
    for clause in verb.children:
        if clause.dep_ == "xcomp" and _to_infinitive(clause):
            return True
        if clause.dep_ == "prep" and clause.lower_ == "to" and verb.lemma_.lower() == "commit":
            # "committed itself to taking in migrants" (not "committed troops to Iraq")
            return any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in clause.children)
        if clause.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in clause.children
        ):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in OWN_SUBJECTS):
                return True
    return False


#: Acts whose promise is a threat or defiance, no intent to cooperate: "vowed to retaliate".
DEFIANT_ACTS = frozenset(
    {"retaliate", "avenge", "punish", "crush", "destroy", "defeat", "fight", "resist", "continue", "respond"}
    | {"kill", "eliminate", "wipe", "hit", "strike", "attack", "oppose", "block", "stop", "challenge"}
)


def _promised_act(verb: Token, words: WordLists) -> bool:
    """The verb's to-infinitive (or "would"/"will" clause) tells an act that is no threat: "to
    restore internet access", "that it would hold elections" (not "to retaliate", "to fight on")."""
    for clause in verb.children:
        infinitive = clause.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
        )
        future = clause.dep_ == "ccomp" and any(a.lower_ in ("would", "will", "'ll") for a in clause.children)
        if not (infinitive or future) or clause.pos_ not in ("VERB", "AUX"):
            continue
        lemma = clause.lemma_.lower()
        if lemma in DEFIANT_ACTS or lemma in words.violent_verbs or lemma in words.verbal_force:
            return False
        # (not "vowed not to give in": a refusal; but "promised they would not be a threat to the
        # US", "would not harm its neighbours": harm forsworn is an assurance)
        return not any(c.dep_ == "neg" for c in clause.children) or _harm_forsworn(clause)
    return False


#: Harm a promise may forswear: "would not be a threat to the US", "would not interfere".
HARMS = frozenset({"threat", "danger", "risk", "menace", "harm", "interfere", "threaten", "endanger"})


def _harm_forsworn(clause: Token) -> bool:
    """A negated clause that forswears harm: "they would not be a threat to the US", "it would
    not interfere in Lebanon's affairs"."""
    if clause.lemma_.lower() in HARMS:
        return True
    return clause.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in HARMS for c in clause.children
    )


#: Verbs of promising something to someone.
PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "assure", "guarantee"})


def _promised_for(ctx: _Context, verb: Token, acting: list[str]) -> list[str]:
    """The states a promise's clause of "will"/"would" names by "to" or "for": "that they would
    not be a threat to the security of the US", "that the aid would go to Sudan" (not the promisers
    themselves, nor a place the act is done in)."""
    found: list[str] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(
            a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in clause.children
        ):
            continue
        for prep in (t for t in clause.subtree if t.dep_ in ("prep", "dative") and t.lower_ in ("to", "for")):
            found += [
                k
                for o in _prep_objects(prep)
                for k in ctx.entities(o, kinds=(Kind.STATE,), depth=2)
                if k not in acting and k not in found
            ]
    return found


def _promised_to_someone(verb: Token, dobj: Token | None) -> bool:
    """A promise made to people named, with what is promised in a clause of its own: "promised
    voters that his government would cut fuel taxes", "pledged to the unions that ..." (not
    "promised a referendum", "promised that taxes would fall": said to no one)."""
    if verb.lemma_.lower() not in PROMISE_VERBS:
        return False
    told = dobj is not None and dobj.dep_ in ("dobj", "dative") and dobj.pos_ in ("NOUN", "PROPN")
    told = told or any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to" and _pobj(c) is not None)
        for c in verb.children
    )
    # (the clause has a subject of its own: not "pledged childcare would be a centrepiece", where
    # the parser reads the clause's subject as the one promised)
    return told and any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in c.children)
        and any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        for c in verb.children
    )


#: Verbs of standing against a proposal, and the proposals: "opposed the bill" is a rejection.
OPPOSING = frozenset({"oppose", "resist", "fight"})
PROPOSALS = LEGISLATION | {
    "plan",
    "proposal",
    "policy",
    "reform",
    "scheme",
    "move",
    "idea",
    "decision",
    "deal",
}
REJECTION = "120"
#: Verbs that pass a verdict on their object: "declared the proposal unacceptable".
VERDICT_VERBS = frozenset(
    {"declare", "call", "deem", "brand", "label", "describe", "pronounce", "term", "dub", "consider", "judge"}
)
#: Verdicts that put a thing out of the question (a rejection, not a criticism): "unacceptable", "a
#: non-starter", "dead on arrival", "off the table", "null and void".
REJECTING_VERDICTS = (
    "unacceptable",
    "inadmissible",
    "non-starter",
    "non - starter",
    "nonstarter",
    "dead on arrival",
    "out of the question",
    "off the table",
    "null and void",
    "a dead letter",
    "no-go",
    "no - go",
    "not acceptable",
    "unthinkable",
)


def _rejecting_verdict(verb: Token, dobj: Token | None) -> bool:
    """The words after the verb's object, in its clause, hold a verdict of
    :data:`REJECTING_VERDICTS` (a predicate the parser may hang anywhere in the object's phrase)."""
    if dobj is None:
        return False
    tail = [t for t in verb.subtree if t.i > dobj.i and (not t.is_punct or t.text == "-")]
    text = " " + " ".join(t.lower_ for t in tail) + " "
    return any(f" {v} " in text for v in REJECTING_VERDICTS)


VETO = "129"
#: Nouns of a veto cast, as the subject of what blocked a thing: "a US veto killed the resolution".
VETO_NOUNS = frozenset({"veto", "vetoes"})
#: Verbs of rejecting what another puts to one, alone and with a particle: "rebuffed the offer",
#: "turned down the invitation", "brushed aside calls for talks", "shrugged off the demand".
REBUFFING = frozenset(
    {"rebuff", "spurn", "snub", "scorn", "torpedo", "scupper", "dismiss", "repudiate", "nix", "rubbish"}
    | {"scotch", "quash"}
)
DISMISSING = frozenset(
    {
        ("turn", "down"),
        ("brush", "aside"),
        ("brush", "off"),
        ("wave", "aside"),
        ("wave", "away"),
        ("wave", "off"),
        ("shrug", "off"),
        ("sweep", "aside"),
        ("knock", "back"),
        ("shoot", "down"),
        ("throw", "out"),
        ("toss", "out"),
        ("slap", "down"),
        ("swat", "away"),
        ("swat", "aside"),
        ("bat", "away"),
        ("bat", "aside"),
        ("brush", "away"),
        ("push", "aside"),
        ("cast", "aside"),
        ("sweep", "away"),
        ("shrug", "aside"),
        ("fob", "off"),
        ("vote", "down"),
        ("fend", "off"),
        ("laugh", "off"),
        ("kill", "off"),
        ("knock", "down"),
        ("tear", "up"),
    }
)
#: Phrasal verbs of making light of another's words ("laughed off", "pooh-poohed" has no particle).
LAUGHING_OFF = frozenset({("laugh", "off"), ("laugh", "away"), ("play", "down"), ("shake", "off")})
#: Another's words a verb of dismissing answers (with their maker named by a possessor, "from" or
#: "by"): "shrugged off claims from X", "brushed aside criticism from Germany", "laughed off X's
#: jibes". A dismissal of an offer or a call is read by ``PUT_TO_ONE``.
RETORTED = frozenset(
    {
        "claim",
        "criticism",
        "accusation",
        "allegation",
        "charge",
        "suggestion",
        "complaint",
        "warning",
        "attack",
        "jibe",
        "gibe",
        "taunt",
        "objection",
        "concern",
        "fear",
        "remark",
        "comment",
        "insinuation",
        "assertion",
        "argument",
        "protest",
        "threat",
        "criticisms",
        "charges",
        "attacks",
    }
)
#: Verbs of answering another's words ("reacted to his warning by saying ...").
RESPONDING = frozenset({"react", "respond", "reply", "retort"})
#: Verbs of meeting with a reception ("met a cool reception from X", "drew a frosty response").
RECEIVING_WORDS = frozenset(
    {"meet", "receive", "get", "draw", "face", "encounter", "elicit", "provoke", "win"}
)
#: A reception given to someone's words or plan.
RECEPTIONS = frozenset({"reception", "response", "welcome", "reaction", "hearing", "answer", "reply"})
#: Words of a cold reception.
COLD_RECEPTIONS = frozenset(
    {
        "cool",
        "frosty",
        "chilly",
        "icy",
        "cold",
        "lukewarm",
        "hostile",
        "tepid",
        "sceptical",
        "skeptical",
        "negative",
        "frigid",
        "rough",
        "dusty",
        "unenthusiastic",
        "guarded",
        "muted",
    }
)
#: Nouns of a speech given abroad, with a verb of giving ("gave a speech to students in Boston").
SPEAKING_ABROAD = frozenset({"speech", "lecture", "address", "keynote", "sermon", "talk"})
#: Audiences addressed: "addressed the parliament in Canberra" (not "addressed the issue").
AUDIENCES = frozenset(
    {
        "parliament",
        "assembly",
        "congress",
        "conference",
        "summit",
        "rally",
        "meeting",
        "crowd",
        "audience",
        "students",
        "student",
        "lawmakers",
        "legislature",
        "senate",
        "session",
        "gathering",
        "forum",
        "convention",
        "dinner",
        "leaders",
        "delegates",
        "graduates",
        "supporters",
        "troops",
        "community",
        "university",
        "chamber",
        "club",
        "institute",
    }
)
_SPEAKING_ABROAD_OR_AUDIENCES = SPEAKING_ABROAD | AUDIENCES
#: Verbs a speech is given with.
SPEECH_GIVING = frozenset({"give", "deliver", "make"})
_SPEAKING_OR_SPEECH = SPEAKING_ABROAD | SPEECH_GIVING
#: Words of a job well done ("had done a superb job") and badly done ("a poor job").
JOB_PRAISE = frozenset(
    {
        "good",
        "great",
        "superb",
        "fantastic",
        "terrific",
        "excellent",
        "brilliant",
        "wonderful",
        "tremendous",
        "outstanding",
        "fine",
        "marvellous",
        "splendid",
        "sterling",
        "magnificent",
        "remarkable",
        "first-class",
        "admirable",
        "exceptional",
    }
)
JOB_BLAME = frozenset(
    {
        "poor",
        "bad",
        "lousy",
        "terrible",
        "awful",
        "dreadful",
        "appalling",
        "abysmal",
        "shoddy",
        "miserable",
        "woeful",
    }
)
#: "made a mess / hash / pig's ear of": a task botched.
MESSES = frozenset({"mess", "hash", "ear", "muddle", "shambles", "botch", "dog's"})
#: Verbs of a want of a virtue ("lack the courage", "learned nothing", "have no vision").
LACKING = frozenset({"lack", "learn", "have"})
#: What a politician is blamed for wanting.
VIRTUES = frozenset(
    {
        "courage",
        "guts",
        "backbone",
        "nerve",
        "vision",
        "credibility",
        "competence",
        "will",
        "honesty",
        "integrity",
        "idea",
        "ideas",
        "leadership",
        "conviction",
        "principle",
        "principles",
        "spine",
        "imagination",
        "direction",
        "authority",
        "clue",
        "answer",
        "answers",
        "judgement",
        "judgment",
        "grip",
        "stomach",
        "bottle",
        "mandate",
        "strategy",
    }
)
#: Nouns of a journey made to speak or campaign ("a lecture tour of the United States").
TOURS = frozenset({"tour"})
#: Evidence a verb of finding finds ("found no evidence that X had interfered").
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "link", "connection", "trace"})
#: Evidence that joins someone to a thing ("a clear link between X and the memo").
LINK_NOUNS = frozenset({"link", "connection"})
#: Verbs of evidence linking someone to a thing ("a chain of events linked Mr Blunkett to ...").
LINKING = frozenset({"link", "tie", "connect", "implicate", "associate"})
#: Measures a government or a body brings in of its own: the object of a verb the dictionary
#: reads as meeting or consulting (04: "introduce", "present") when no one is met ("agreed to
#: introduce a ban on smoking", "agreed to bring in ID cards"): no intent to meet (036).
ENACTED_THINGS = frozenset(
    {"ban", "tax", "levy", "charge", "fee", "toll", "duty", "tariff", "law", "legislation", "bill", "act"}
    | {"rule", "regulation", "measure", "policy", "scheme", "plan", "system", "reform", "programme"}
    | {"program", "initiative", "strategy", "code", "standard", "licence", "license", "restriction"}
    | {"control", "curb", "limit", "cap", "moratorium", "curfew", "test", "register", "database"}
    | {"card", "subsidy", "allowance", "credit", "grant", "fund", "benefit", "target", "quota", "amendment"}
    | {"requirement", "safeguard", "penalty", "fine", "offence", "guideline"}
    | {"change", "cut", "rise", "increase", "freeze", "budget", "pension", "wage", "referendum", "vote"}
)
#: Nouns of "the fact is that ...": the clause after them is what is said.
FACT_NOUNS = frozenset(
    {"fact", "truth", "reality", "point", "thing", "trouble", "problem", "danger", "worry"}
)
#: Verbs of a thing's model ("based on", "modelled on", "inspired by", "borrowed from").
MODELLED_ON = frozenset(
    {"base", "model", "pattern", "inspire", "copy", "borrow", "import", "adapt", "mirror"}
)
#: Things of a state's that a plan is modelled on ("a system used in Denmark").
MODEL_NOUNS = frozenset(
    {
        "policy",
        "system",
        "scheme",
        "model",
        "law",
        "legislation",
        "approach",
        "plan",
        "programme",
        "program",
        "rule",
        "practice",
        "example",
        "measure",
        "regime",
        "reform",
        "method",
        "initiative",
        "idea",
        "arrangement",
    }
)
#: Inquiries and reports whose findings are their author's ("the inquiry by X criticised Y").
INQUIRY_NOUNS = frozenset(
    {"inquiry", "enquiry", "investigation", "review", "report", "probe", "audit", "study"}
)
#: Participles of leading an inquiry ("the inquiry, led by X").
INQUIRY_LEADING = frozenset({"lead", "chair", "head", "conduct", "carry", "write", "author", "commission"})
#: Verbs of clearing someone of blame ("cleared X of wrongdoing", "exonerated X").
CLEARING = frozenset({"clear", "exonerate", "absolve", "vindicate", "exculpate"})
#: Verbs of an inquirer's findings, read as their words ("found that X had misled parliament").
FINDING = frozenset({"find", "conclude"})
#: Verbs of saying an answer is given by ("by saying", "by insisting", "by warning").
SAYING_IN_ANSWER = frozenset(
    {
        "say",
        "insist",
        "argue",
        "declare",
        "state",
        "claim",
        "stress",
        "suggest",
        "tell",
        "warn",
        "point",
        "accuse",
    }
)
#: Questions put to one: brushing them aside declines comment (011).
QUESTIONS = frozenset({"question", "query", "inquiry", "enquiry"})
#: Verbs of parrying questions without a particle: "parried questions", "deflected questions".
PARRYING = frozenset({"parry", "deflect", "stonewall"})
#: Particles of those verbs, whatever tag the parser gives them ("brushed aside" is read as an adverb).
DISMISSING_PARTICLES = frozenset(particle for _, particle in DISMISSING)
#: Idioms of rejecting a thing put to one, by verb and object, with the preposition that names the
#: thing: "gave short shrift to X's offer", "turned a deaf ear to", "gave the cold shoulder to",
#: "closed / shut / slammed the door on", "said no to".
REJECTION_IDIOMS = {
    ("give", "shrift"): ("to",),
    ("give", "shoulder"): ("to",),
    ("turn", "ear"): ("to",),
    ("close", "door"): ("on", "to"),
    ("shut", "door"): ("on", "to"),
    ("slam", "door"): ("on",),
    ("say", "no"): ("to",),
    # "poured cold water on X's proposal", "put the kibosh on", "turned its back on the offer",
    # "turned up its nose at", "gave the thumbs-down to", "set its face against", "pulled the plug on"
    ("pour", "water"): ("on",),
    ("throw", "water"): ("on",),
    ("put", "kibosh"): ("on",),
    ("put", "block"): ("on",),
    ("turn", "back"): ("on",),
    ("turn", "nose"): ("at",),
    ("give", "thumbs-down"): ("to",),
    ("give", "thumbs"): ("to",),
    ("set", "face"): ("against",),
    ("pull", "plug"): ("on",),
    ("draw", "line"): ("at",),
}
IDIOMS_BY_VERB = frozenset(verb for verb, _ in REJECTION_IDIOMS)
#: (not "say": "said no to" is read only in a sentence with "no", see ``CUED_VERBS``)
IDIOM_VERBS = IDIOMS_BY_VERB - {"say"}
#: Verbs of refusing whose object, a thing put to one, is rejected: "declined an invitation".
DECLINING = frozenset({"decline", "refuse"})
DISMISSING_VERBS = REBUFFING | {verb for verb, _ in DISMISSING | LAUGHING_OFF} | RESPONDING | CLEARING
#: What another puts to one: offers, invitations, proposals and calls (not claims or charges,
#: whose dismissal is a denial).
PUT_TO_ONE = frozenset(
    {
        "offer",
        "invitation",
        "proposal",
        "request",
        "call",
        "demand",
        "plea",
        "appeal",
        "plan",
        "bid",
        "overture",
        "initiative",
        "ultimatum",
        "advice",
        "approach",
        "peace",
        "deal",
        "ceasefire",
        "truce",
        "term",
        "terms",
        "condition",
        "suggestion",
        "compromise",
        # (texts and schemes put before one to accept: "voted down a trade agreement negotiated by
        # Argentina", "killed off the Commission's blueprint")
        "agreement",
        "accord",
        "motion",
        "resolution",
        "amendment",
        "package",
        "scheme",
        "idea",
        "blueprint",
        "roadmap",
        "draft",
        "framework",
        "formula",
        "proposition",
        "application",
        "nomination",
        "candidacy",
    }
)
_PUT_OR_PROPOSED = PUT_TO_ONE | PROPOSALS
_RETORTED_OR_PUT = RETORTED | PUT_TO_ONE
#: Nouns of a polity or its rule: recognising one is diplomatic recognition (054), no ruling
#: or statement acknowledged ("recognised the new government", "recognised its independence").
POLITIES = frozenset(
    {
        "government",
        "regime",
        "state",
        "statehood",
        "independence",
        "sovereignty",
        "administration",
        "authority",
        "republic",
        "annexation",
        "junta",
        "leadership",
    }
)
#: Verbs of commanding: with an act as object and no one told to do it, an order to one's own
#: people ("ordered the destruction of the air force", "ordered a withdrawal"), no demand (10x).
ORDERING = frozenset({"order", "command", "instruct", "direct"})
ACT_SUFFIXES = ("tion", "sion", "ment", "ure", "al", "ing", "ance", "ence")


def _act_ordered(verb: Token, dobj: Token | None) -> bool:
    """An order whose object is an act (a noun of action) and which tells no one what to do:
    "ordered the destruction of X", "ordered an immediate withdrawal" (not "ordered Google to
    pay", "ordered the ambassador out", "ordered 12 aircraft")."""
    if dobj is None or dobj.pos_ != "NOUN" or dobj.ent_type_:
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "dative", "oprd", "prt") for c in verb.children):
        return False
    lemma = dobj.lemma_.lower()
    return lemma.endswith(ACT_SUFFIXES) and lemma not in PERSONNEL


def _goods(obj: Token | None) -> bool:
    """ "12 Boeing aircraft", "50 new trains", "more oil": things bought, counted or traded."""
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"):
        return False
    if obj.lemma_.lower() in PERSONNEL or any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") for c in obj.head.children
    ):
        return False  # "ordered 5,000 more troops to Iraq": a deployment
    return obj.lemma_.lower() in TRADED or any(
        c.dep_ == "nummod" or c.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY") for c in obj.children
    )


#: Nouns of dealings between two sides: what a statement "on X's relations with Y" is about.
DEALINGS = frozenset(
    {
        "relation",
        "relations",
        "relationship",
        "tie",
        "talk",
        "talks",
        "negotiation",
        "dialogue",
        "dispute",
        "cooperation",
        "row",
        "conflict",
        "standoff",
        "partnership",
    }
)


def _counterparts_in_topic(ctx: _Context, trigger: Token) -> list[str]:
    """The other side of dealings a statement is about, its topic phrase hung on the trigger or on
    its object: "a statement on its relations with Uganda", "pessimism about the prospects of talks
    with Turkey" (one "of" step down), "spoke about the dispute with Argentina"."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN")]
    out: list[str] = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
            topic = _pobj(prep)
            for _ in range(2):
                if topic is None or topic.lemma_.lower() in DEALINGS or topic.lower_ in DEALINGS:
                    break
                topic = _prep_object(topic, ("of",))
            if topic is None or not (topic.lemma_.lower() in DEALINGS or topic.lower_ in DEALINGS):
                continue
            for side in (c for c in topic.children if c.dep_ == "prep" and c.lower_ == "with"):
                out += [k for o in _prep_objects(side) for k in ctx.entities(o) if k not in out]
    return out


#: Nouns of a part in an act, the object of a denial: "denied any role in the strike".
CULPABILITY = frozenset(
    {"responsibility", "role", "involvement", "part", "hand", "complicity", "link", "participation", "blame"}
)
#: Prepositions that hang the act on such a noun, and that hang the one it befell on the act.
PART_IN = frozenset({"in", "for", "with", "behind", "of"})
BEFALLEN = frozenset({"on", "against", "upon", "at", "of", "in"})


def _act_befallen(ctx: _Context, part: Token, acting: list[str]) -> list[str]:
    """The actors (or the state of a place) an act befell, the act named after a noun of a part in
    it: "role in a drone strike on a U.S. base" (the US), "involvement in the killing of a Ukrainian
    journalist" (Ukraine); none when the act names no one ("responsibility for the blast")."""
    out: list[str] = []
    for prep in (c for c in part.children if c.dep_ == "prep" and c.lower_ in PART_IN):
        for act in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            for inner in (c for c in act.children if c.dep_ == "prep" and c.lower_ in BEFALLEN):
                if inner.lower_ == "in" and out:
                    continue  # "a strike on a U.S. base in Syria": the base, not where it stands
                for o in (c for c in inner.children if c.dep_ == "pobj"):
                    for e in ctx.entities(o, kinds=(*ACTORS, Kind.LOCATION), depth=2):
                        key = ctx.found.part_of.get(e) if ctx.kind(e) is Kind.LOCATION else e
                        if key is not None and key not in acting and key not in out:
                            out.append(key)
    return out


WRONGDOING = frozenset(
    {
        "lie",
        "mislead",
        "deceive",
        "cheat",
        "bribe",
        "leak",
        "cover",
        "spy",
        "torture",
        "abuse",
        "break",
        "kill",
    }
    | {"illegal", "unlawful", "corrupt", "fraud", "blame", "fault", "responsible", "involve", "know", "order"}
    | {"behind"}  # "denied that its agents were behind the attack": responsibility
)


#: People who act for a state or body: "denied that its troops / Russian hackers had ...", an act
#: the denier is blamed for.
def _sheltered(dobj: Token | None) -> bool:
    """People taken in as refugees: newcomers ("refugees", "migrants") or people of a nation named
    by its adjective ("500 Afghan journalists"); not "three men" or "suspects"."""
    if dobj is None or dobj.tag_ != "NNS":
        return False
    if dobj.lemma_.lower() in NEWCOMERS:
        return True
    return any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in dobj.children)


def _undaunted_act(clause: Token) -> Token | None:
    """The act of "would not hesitate to strike" (litotes: will strike), else None."""
    if clause.lemma_.lower() not in ("hesitate", "flinch", "shrink") or not any(
        c.dep_ == "neg" for c in clause.children
    ):
        return None
    return next((c for c in clause.children if c.dep_ in ("xcomp", "prep")), None)


def _condition_clause(clause: Token) -> bool:
    """ "if Tokyo deploys missiles", "unless Bogota accepts": a clause of condition."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
    )


#: Prepositions of the one a threatened act would hit: "strip Colombia of", "cut ties with Niger".
THREAT_UPON = frozenset({"on", "at", "against", "with", "to", "from", "into", "of", "over", "upon"})


#: A threat read as a structure: its code, targets, the tokens of what is threatened, and the
#: state whose course it is when a speaker no state is known for tells it (else empty).
_Threat: TypeAlias = "tuple[str, list[str], list[Token], list[str]]"


def _threat_object(lemma: str, obj: Token) -> bool:
    """The object of a verb of :data:`THREAT_HEADS` that may hold out a threat: a noun of warning,
    of threat, of a response promised, or of an idiom with the verb."""
    noun = obj.lemma_.lower()
    return (
        obj.lower_ in threat_table("warning_noun")
        or noun == "notice"
        or noun in threat_table("threat_noun")
        or noun in threat_table("response_noun")
        or f"{lemma} {noun}" in threat_table("idiom")
    )


def _answered_actors(ctx: _Context, noun: Token) -> list[str]:
    """Whose act a threatened answer is to: the noun itself ("any US aircraft carrier", "any
    Armenian unit": the actor named or its nationality), the act's author ("any strike by South
    Korea", "any Israeli attack"), else an actor the act's phrase names, not the one it would be
    upon ("any attack on Taiwan" is by someone unnamed)."""
    found = ctx.entities(noun) or ctx.modifier_entities(noun, owners=False)
    found = found or [
        k
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for o in p.children
        if o.dep_ == "pobj"
        for k in ctx.entities(o)
    ]
    if found:
        return found
    victims = {
        t.i
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against", "upon", "at", "into")
        for t in p.subtree
    }
    return [
        k
        for t in noun.subtree
        if t.i not in victims
        and t.i != noun.i
        and t.dep_ in ("pobj", "nsubj", "dobj", "compound", "amod", "poss")
        for k in ctx.entities(t)
    ]


def _on_the_table(clause: Token) -> bool:
    """ "all options are on the table", "military action remained on the table"."""
    if clause.lemma_.lower() not in ("be", "remain", "stay"):
        return False
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in threat_table("on_table") for c in clause.children):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ == "table" for o in p.children)
        for p in clause.children
    )


def _threats_kept(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """A sentence's events less those of the acts a threat read as a structure threatens ("would
    cut ties with Niger should ...": no 160 of its own) and the statement, intent or other
    threat its verb of saying or warning gave beside it."""
    heads = {e.trigger.i for e in ctx.threat_pending}
    out = []
    for e in events:
        if id(e) in ctx.threat_events:
            out.append(e)
        elif (e.trigger.i in ctx.threatened and e.cameo[:2] in THREATENED_ROOTS) or (
            e.trigger.i in heads and e.cameo[:2] in ("01", "02", "03", "13")
        ):
            continue
        else:
            out.append(e)
    return out


#: Verbs of warning whose clause can tell a threat (besides those of vowing and saying).
THREAT_WARNING = frozenset({"warn", "caution", "signal", "hint"})
#: Verbs :meth:`EventExtractor._threat_heads` reads: of vowing and warning, of giving a warning
#: ("gave warning that ..."), of holding out a threat ("dangled the threat of"), and of idioms.
THREAT_HEADS = (
    VOWING
    | THREAT_WARNING
    | frozenset(threat_table("brandish"))
    | frozenset({"give", "issue", "serve", "send", "sound", "deliver", "promise", "rattle", "flex", "bare"})
    | frozenset(k.split()[0] for k in threat_table("idiom"))
)
#: Roots of an act's own events dropped when a threat of it is read.
THREATENED_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
#: Verbs of answering another's act in kind: said of one's own side in a future with a condition,
#: a threat ("said it would retaliate if ...").
RETALIATING = frozenset({"retaliate", "respond", "react", "avenge"})
#: Ships: their crews and owners are of no place's state by default ("attacked a tanker").
VESSELS = frozenset(
    {"ship", "tanker", "supertanker", "vessel", "boat", "freighter", "trawler", "ferry", "carrier", "yacht"}
)
#: Weapons and blows that kill as a clause's subject ("an air strike killed five", "missiles hit").
STRIKING_THINGS = frozenset(
    {
        "strike",
        "airstrike",
        "attack",
        "raid",
        "bombardment",
        "bombing",
        "shelling",
        "shell",
        "missile",
        "rocket",
        "drone",
        "jet",
        "warplane",
        "aircraft",
        "helicopter",
        "artillery",
        "bomb",
        "barrage",
        "mortar",
        "salvo",
    }
)
ACTING_FOR = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "army",
        "military",
        "police",
        "officer",
        "agent",
        "spy",
        "hacker",
        "official",
        "minister",
        "diplomat",
        "staff",
        "member",
        "supporter",
        "fighter",
        "militia",
        "navy",
        "warship",
        "aircraft",
        "jet",
        "warplane",
        "drone",
        "unit",
        "service",
        # (its craft and weapons act for it too: "denied that its helicopters had entered Polish
        # airspace", "its missiles")
        "helicopter",
        "plane",
        "ship",
        "vessel",
        "boat",
        "submarine",
        "tank",
        "missile",
        "rocket",
    }
)


def _own_people(subj: Token) -> bool:
    """ "its troops", "our forces", "Russian hackers", "Iranian agents": people acting for the
    denier (by its possessive) or for a nation (by a nationality word), blamed for the act."""
    if subj.lemma_.lower() not in ACTING_FOR:
        return False
    return any(
        (c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her", "my"))
        or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
        for c in subj.children
    )


def _fact_denied(verb: Token, negative: Iterable[str], an_act: Callable[[Token], bool]) -> bool:
    """ "denied their role was changing", "denied the party was split": a state of things disputed
    with no blame in it (no 016); not "denied he had lied" (the denier's own act), "denied the war
    was illegal" (a charge), "denied there was any snub" (a claim of wrongdoing), "denied that its
    soldiers were fighting alongside rebels" (an act the denier is blamed for)."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _CHARGES_OR_CLAIMS for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:  # "denied the war was illegal": the subject parsed as the verb's object
        subj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if (
        subj is None
        or subj.dep_ == "expl"
        or (subj.pos_ == "PRON" and subj.lower_ not in ("it", "this", "that"))
    ):
        return False
    if an_act(clause) or _own_people(subj):
        return False
    words = {t.lemma_.lower() for t in clause.subtree} | {t.lemma_.lower() for t in subj.subtree}
    return not (words & WRONGDOING or words & set(negative))


def _priced(verb: Token) -> bool:
    """ "charge customers 10%", "charged a fee", "charge up to £5 for": an amount asked for."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "npadvmod", "prep"):
            if child.lemma_.lower() in PRICES:
                return True
            if any(t.ent_type_ in ("MONEY", "PERCENT") or t.lower_ == "%" for t in child.subtree):
                return True
    return False


KNOWING = frozenset({"know", "realise", "realize", "understand", "recognise", "recognize", "remember"})
AWARE = frozenset({"aware", "ashamed", "embarrassed", "conscious", "mindful"})


def _knowing(verb: Token) -> bool:
    """A state of mind, not an act: "(should) know / realise / understand that ...", "(should)
    be aware of the risks", "be ashamed"."""
    lemma = verb.lemma_.lower()
    if lemma in KNOWING:
        return True
    return lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in AWARE for c in verb.children)


def _to_infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _infinitive_of_noun(clause: Token) -> bool:
    """ "a plan to send aid", "an initiative to send aid" (an infinitive parsed as a relative
    clause): the act a noun's infinitive names."""
    return clause.dep_ == "acl" or (
        clause.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _titles(name: Token) -> list[str]:
    """The lower-case words of the title written before a person's name, last first:
    "Thai Foreign Minister Somchai Wongsa" -> minister, foreign, thai."""
    return [
        c.lower_
        for c in reversed(list(name.children))
        if c.dep_ == "compound" and c.i < name.i and c.pos_ in ("PROPN", "NOUN") and not c.ent_type_
    ]


def _lemma(tok: Token | None) -> str | None:
    return tok.lemma_.lower() if tok is not None else None


def _counted(tok: Token) -> Token | None:
    """The noun a partitive counts: "thousands of miners" -> miners (None without "of")."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _counted_deep(tok: Token) -> Token | None:
    """The noun counted through nested partitives: "tens of thousands of troops" -> troops."""
    counted = _counted(tok)
    if counted is not None and counted.lemma_.lower() in PARTITIVE:
        counted = _counted(counted) or counted
    return counted


#: Roots of a lexicon verb rule with no object or subject named (a key) that yield to a
#: dictionary pattern of one of the roots given, matched on the words around the verb:
#: withdrawals (16) by troops are retreats (08), deployments (15) of police are 153.
YIELDING_TO_PATTERNS = {"16": ("08",), "15": ("15",)}
#: The intent (03x) to do an act of a cooperative root (04-07): "agreed to open talks" 036.
#: (Material cooperation and aid, 06 and 07, are left to the intent rules of their own words: the
#: dictionary's 06x of "increase", "invest", "establish" read as pledges of domestic policy.)
INTENDED_COOPERATION = {"04": "036", "05": "032"}
#: The intent (035x, 034) to yield in one of the ways of root 08: "agreed to lift the ban" 0354.
INTENDED_YIELD = {
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}

#: Intransitive verbs whose subject suffers what the phrase after them tells: "died in an air strike".
SUFFERING = frozenset({"die", "perish", "drown"})


def _suffered(tok: Token) -> Token | None:
    """The victim of an act of force told by a noun or gerund in a phrase of a clause that
    says what befell its subject: "two soldiers were killed in Somali mortar shelling", "five
    civilians died in an American air strike" - the soldiers and civilians are acted upon,
    not the actors."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep":
        return None
    if tok.head.lower_ not in ("in", "by", "during", "from", "under", "after"):
        return None
    clause = tok.head.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    if not passive and clause.lemma_.lower() not in SUFFERING:
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _charge_agent(verb: Token) -> Token | None:
    """ "were accused of lying by Michael Howard": the passive's "by" agent that the parser
    hangs on the gerund of the charge; a name, not a means ("by stabbing him")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for gerund in (c for c in prep.children if c.dep_ == "pcomp"):
            by = _prep_object(gerund, ("by",))
            if by is not None and by.pos_ == "PROPN":
                return by
    return None


#: What a state grants or refuses at its border: "refused entry to Britain".
ENTRY = frozenset({"entry", "access", "admission", "asylum", "visa", "visas"})


def _entry_to(dobj: Token | None, subj: Token | None, ctx: _Context) -> list[str]:
    """The state that is the destination in "(people) refused/denied entry to Britain" when
    the subject names people, not a state or its government: the state is who refused."""
    if (
        dobj is None
        or subj is None
        or dobj.lemma_.lower() not in ENTRY
        or dobj.head.lemma_.lower()
        not in (
            "refuse",
            "deny",
            "grant",
            "give",
        )
    ):
        return []
    key = ctx.found.entity_at(subj.i)
    if (key is not None and ctx.kind(key) is Kind.STATE) or subj.pos_ == "PRON":
        return []  # "Britain refused entry to ...", "they refused"
    if key is not None and ctx.kind(key) is not Kind.PERSON and ctx.is_government(key):
        # "the Home Office refused entry to ..."; but only a state's bodies keep people out of
        # it: "six Roma Czechs (read as a name) refused entry to Britain" were refused
        return []
    if subj.lemma_.lower() in word_lists().home_bodies:
        return []  # "the government refused entry to ..."
    if sectors().sector(phrase_words(subj, set())) in GOVERNING:
        return []  # "border guards refused entry to ..."
    to = _prep_object(dobj, ("to", "into"))
    if to is None:
        return []
    places = ctx.entities(to, kinds=(Kind.STATE, Kind.LOCATION), depth=1)
    return list(
        dict.fromkeys(
            p if ctx.kind(p) is Kind.STATE else ctx.found.part_of[p]
            for p in places
            if ctx.kind(p) is Kind.STATE or p in ctx.found.part_of
        )
    )


#: Verbs of charging someone with a crime: "charged X with the killing", "arrested X over".
CHARGING = frozenset(
    {
        "charge",
        "accuse",
        "arrest",
        "convict",
        "sentence",
        "jail",
        "try",
        "indict",
        "detain",
        "hold",
        "suspect",
    }
)
#: Of those, the ones that tell the crime proven.
PROVEN = frozenset({"convict", "sentence", "jail"})


def _charged_with(noun: Token) -> Token | None:
    """The one charged with the crime a noun tells: "charged X with the killing", "X was
    convicted of the murder", "arrested X over the killing"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("with", "of", "for", "over", "in"):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in CHARGING or verb.pos_ != "VERB":
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    who = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    return who if who is not None and who.pos_ in ("PROPN", "NOUN") else None


def _between_sides(subj: Token, ctx: _Context) -> bool:
    """A subject of two sides or more "between" whom it is: "fighting between X and Y"."""
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "between"):
        side = _pobj(prep)
        if side is not None and len(ctx.entities(side)) > 1:
            return True
    return False


def _shifted_object(verb: Token) -> Token | None:
    """ "denounced as an ugly crime Serbia's suppression of ...": an object told after the
    "as" it is judged by, which the parser hangs on that phrase as an apposition."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        judged = _pobj(prep)
        shifted = (
            next((c for c in judged.children if c.dep_ == "appos"), None) if judged is not None else None
        )
        if shifted is not None and shifted.pos_ in ("NOUN", "PROPN"):
            return shifted
    return None


def _counted_object(verb: Token) -> Token | None:
    """ "kidnapped up to 16 Russian advisers": an object counted by "up to" that the parser
    hangs on the particle as a prepositional phrase."""
    for up in (c for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "up"):
        for to in (c for c in up.children if c.dep_ == "prep" and c.lower_ == "to"):
            obj = _pobj(to)
            if (
                obj is not None
                and obj.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "nummod" for c in obj.children)
            ):
                return obj
    return None


#: Adverbs that make a verb tell a habit, not one act: "has always called for", "traditionally backs".
HABITUAL = frozenset(
    {"always", "traditionally", "usually", "habitually", "invariably", "customarily", "normally"}
)


def _habitual(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children)


def _as_well_as(verb: Token) -> list[Token]:
    """The objects a verb takes after its object with "as well as" ("visited Aceh, as well as
    Sri Lanka"), which the model hangs on the verb, not on the object."""
    found = []
    for c in verb.children:
        if c.lower_ != "as" or c.dep_ not in ("cc", "prep") or c.i < 2:
            continue
        if verb.doc[c.i - 1].lower_ == "well" and verb.doc[c.i - 2].lower_ == "as":
            found += [o for o in c.children if o.dep_ in ("pobj", "conj") and o.pos_ == "PROPN"]
            # "will visit France, as well as Germany": a second object of the verb
            found += [
                o
                for o in verb.children
                if o.dep_ == "dobj" and o.left_edge.i == c.i + 1 and o.pos_ == "PROPN"
            ]
    return found


#: Verbs of a purpose that is help: "sent doctors to assist", "to help rebuild".
HELPING = frozenset({"help", "assist", "aid", "support", "rebuild", "reconstruct", "treat", "feed"})


def _sent_to_help(verb: Token, dobj: Token | None, sending: frozenset[str]) -> bool:
    """ "send 120 Gurkhas to assist with the relief effort", "sent a team of engineers to help
    rebuild": a verb of sending whose object is sent for a purpose of helping (not "sent a
    letter", no purpose; not "sent troops to fight", no help)."""
    if dobj is None or verb.lemma_.lower() not in sending or dobj.pos_ == "PRON":
        return False
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() in HELPING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


#: CAMEO 153 and 154 Mobilize or increase police power, armed forces.
MOBILIZING = frozenset({"153", "154"})
#: Purposes of forces lent to another: to keep someone or something safe, or to lead or join a
#: mission of peace ("to protect gas fields", "to lead a UN-backed mission", "to keep the peace").
PROTECTING = frozenset(
    {"protect", "guard", "defend", "secure", "safeguard", "escort", "police", "patrol", "monitor", "keep"}
    | {"stabilise", "stabilize", "lead", "join", "reinforce", "restore"}
)


def _sent_to_protect(verb: Token, dobj: Token | None) -> bool:
    """Forces sent, deployed or dispatched to keep someone safe: a purpose of protection ("to
    protect", "to lead a mission"), a request ("at Maputo's request", "at the request of X"), or
    peacekeepers named ("peacekeeping troops")."""
    for c in verb.children:
        if (
            c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in PROTECTING
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return True
    # ("sent troops to Chad at N'Djamena's request": the parser may hang the "at" on the place)
    places = [o for c in verb.children if c.dep_ == "prep" for o in _prep_objects(c)]
    for c in (c for h in (verb, *places) for c in h.children):
        if (
            c.dep_ == "prep"
            and c.lower_ == "at"
            and any(o.lemma_.lower() == "request" for o in _prep_objects(c))
        ):
            return True
    held = dobj if dobj is not None else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return held is not None and any(t.lemma_.lower() in PEACEKEEPING_WORDS for t in (held, *held.children))


#: Nouns of a pair of states: "the two countries", "both sides".
PAIR_NOUNS = frozenset({"country", "side", "state", "nation", "government", "neighbour", "neighbor"})


def _pair_phrase(subj: Token) -> bool:
    """ "Both", "both countries", "the two sides", "the two neighbours": a subject naming a pair
    of states just told, not who they are."""
    if subj.lower_ == "both" and not any(True for _ in subj.children):
        return True
    if subj.lemma_.lower() not in PAIR_NOUNS or subj.tag_ != "NNS":
        return False
    return any(
        (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in subj.children
    )


#: Verbs of talks getting under way: "discussions have begun with Indonesia".
BEGINNING = frozenset({"begin", "start", "open", "resume", "continue", "commence"})


def _begun_with(ctx: _Context, noun: Token) -> list[str]:
    """ "Discussions have begun with Indonesia", "talks will start with Iran next week": the
    states or bodies a noun of talks, the subject of a verb of beginning, is held with."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() not in BEGINNING:
        return []
    return [
        k
        for h in (noun, head)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for k in ctx.entities(_pobj(p), kinds=(Kind.STATE, Kind.ORGANIZATION))
    ]


#: Verbs whose infinitive one is made to do: "had to accept", "was forced to accept".
COMPELLING = frozenset({"have", "force", "oblige", "compel", "pressure", "pressurise"})


def _compelled(verb: Token) -> bool:
    """ "had to accept", "was forced / obliged to accept": an infinitive its subject is made to
    do (not "wanted to accept", "has accepted"; "has to" of a rule in general stays: the act is
    the subject's all the same)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in COMPELLING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        and (head.lemma_.lower() == "have" or any(c.dep_ == "auxpass" for c in head.children))
    )


def _made_by(ctx: _Context, thing: Token) -> list[str]:
    """Who put a thing forward, by the "by" of its participle: "the amendment tabled by X",
    "the bill drafted by X" (a person, a state or a body)."""
    found = [
        k
        for c in thing.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for by in (_by_agent(c),)
        if by is not None
        for k in ctx.entities(by, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
    ]
    # "an Egyptian-brokered plan", "a US-drafted resolution": the maker hyphened before the participle
    for c in thing.children:
        if c.dep_ == "amod" and c.tag_ == "VBN":
            for maker in (m for m in c.children if m.dep_ in ("npadvmod", "compound", "amod") and m.i < c.i):
                found += ctx.entities(maker, kinds=(Kind.STATE, Kind.ORGANIZATION)) or ctx.modifier_entities(
                    maker, kinds=(Kind.STATE,)
                )
    return list(dict.fromkeys(found))


#: Nouns of the way or works a blocking idiom names before the thing blocked: "in the way of X's
#: bid", "a spanner in the works of", "a spoke in the wheel of", "barred the path to".
BLOCKED_PASSAGES = frozenset({"way", "path", "work", "works", "wheel", "wheels", "road", "route"})
#: Prepositions of a blocking idiom before the thing blocked ("put the brakes on", "in the way of").
BLOCKED_PREPS = frozenset({"of", "on", "to", "in", "into", "against", "for"})


def _act_pressed(verb: Token) -> bool:
    """Pressure piled on someone asks an act of them, told in an infinitive ("piled pressure on
    Myanmar's junta to free the workers", "leaned on Serbia to align"); without one it is a contest's
    ("put pressure on the Americans" in a race)."""
    return any(
        t.dep_ == "aux" and t.lower_ == "to" and t.head.i != verb.i and t.head.pos_ in ("VERB", "AUX")
        for t in verb.subtree
    )


def _blocked_things(verb: Token, dobj: Token | None) -> list[Token]:
    """The things a blocking idiom blocks: the object of its preposition, through a noun of a way
    or works ("stood in the way of Turkey's participation", "threw a spanner in the works of
    Romania's bid", "put the brakes on the accession talks")."""
    frontier = [
        p
        for h in (verb, *((dobj,) if dobj is not None else ()))
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in BLOCKED_PREPS
    ]
    found: list[Token] = []
    for _ in range(3):
        deeper: list[Token] = []
        for prep in frontier:
            for obj in _prep_objects(prep):
                if obj.lemma_.lower() in BLOCKED_PASSAGES or obj.lower_ in BLOCKED_PASSAGES:
                    deeper += [
                        p for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "to", "for")
                    ]
                else:
                    found.append(obj)
        frontier = deeper
    return found


def _blocked_owners(ctx: _Context, thing: Token) -> list[str]:
    """Whose a blocked thing is: the one it names ("in the way of Turkey"), its possessor ("Turkey's
    participation"), its nationality or maker ("a Japanese proposal", "a resolution drafted by
    Algeria"), else an owner in its phrase ("the bid of Georgia")."""
    if ctx.found.entity_at(thing.i) is not None:
        return ctx.entities(thing, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
    if thing.pos_ != "NOUN":
        return []
    owners = [k for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in ctx.entities(c)]
    owners += ctx.modifier_entities(thing, (Kind.STATE, Kind.ORGANIZATION), owners=False)
    return list(dict.fromkeys(owners)) or _made_by(ctx, thing) or ctx.owners(thing)


def _by_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    # "was jailed for inciting hatred by a court in Managua", "was detained on charges of
    # spying by police": a court or the police the parser hangs on the grounds' clause
    for ground in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS):
        for inner in (c for c in ground.children if c.dep_ in ("pcomp", "pobj")):
            for by in (c for c in inner.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                held_by = _pobj(by)
                if held_by is not None and held_by.lemma_.lower() in AUTHORITY_NOUNS:
                    return held_by
    return None


#: Prepositions of the grounds an act is done on: "jailed for inciting hatred", "on charges of".
GROUND_PREPS = frozenset({"for", "on", "over"})
#: Courts, police and officials who jail, detain and charge: "by a court in Managua".
AUTHORITY_NOUNS = frozenset(
    {"court", "judge", "tribunal", "magistrate", "police", "policeman", "officer", "authority"}
    | {"authorities", "prosecutor", "agent", "force", "forces", "guard", "soldier", "troop", "army"}
)


#: Verbs that name what one speaks of: "what it called Russian aggression".
NAMING = frozenset({"call", "describe", "term", "dub", "label", "brand"})
_NAMING_OR_CALLING = NAMING | CALLING


#: Followers of a politician who are of the politician's party: "his supporters", "Blair loyalists".
PARTISANS = frozenset({"supporter", "loyalist", "follower", "activist"})
#: Prepositions of what a complaint or criticism is about.
ABOUT_PREPS = frozenset({"about", "regarding", "concerning"})
_ABOUT_OF_ON_OVER = ABOUT_PREPS | {"of", "on", "over"}
_ABOUT_OR_OVER = ABOUT_PREPS | {"over"}
#: Words that open a clause telling a doing: "about how Labour uses", "about what the Tories cut".
WH_DOING = frozenset({"how", "what", "why", "when", "where"})


#: Nouns of what an actor does, says or proposes, whose named owner words about it are about
#: ("said Mr Clarke's plans were ...", "said Tony Blair's intervention was ...", "attacked
#: Labour's record"); not the topic of the thing ("the plans for Wembley").
OWNED_JUDGED = frozenset(
    {
        "plan",
        "proposal",
        "policy",
        "record",
        "remark",
        "comment",
        "decision",
        "idea",
        "approach",
        "strategy",
        "budget",
        "manifesto",
        "reform",
        "stance",
        "position",
        "statement",
        "speech",
        "claim",
        "promise",
        "pledge",
        "rhetoric",
        "argument",
        "performance",
        "handling",
        "conduct",
        "behaviour",
        "behavior",
        "intervention",
        "response",
        "reaction",
        "move",
        "offer",
        "scheme",
        "programme",
        "program",
        "agenda",
        "initiative",
        "cut",
        "measure",
        "legislation",
        "shake-up",
        "overhaul",
        "package",
        "tactic",
        "tactics",
        "campaign",
        "poster",
        "instinct",
        "attitude",
        "stewardship",
        "leadership",
        "vision",
        "priority",
        "commitment",
        "u-turn",
        "climbdown",
        "retreat",
        "action",
        "refusal",
        "failure",
        "judgement",
        "judgment",
        "management",
        "costing",
        "sum",
        "figure",
        "spending",
        "attack",
        "criticism",
        "accusation",
        "allegation",
        "words",
        "language",
        "tone",
        "actions",
        "announcement",
        "announcements",
        "bill",
        "tax",
        "reply",
        "answer",
        "letter",
        "amendment",
        "demand",
        "request",
        "threat",
        "warning",
        "suggestion",
        "vow",
        "boast",
        "insistence",
        "defence",
        "defense",
        # rules and powers a minister or government makes, and a fixed aim judged
        "rule",
        "law",
        "power",
        "ban",
        "curfew",
        "crackdown",
        "restriction",
        "regulation",
        "guideline",
        "preoccupation",
        "obsession",
        "fixation",
    }
)


#: Of the [OWNED_JUDGED] nouns, those that are a made rule only in the plural ("Mr Brown's golden rule",
#: "the rule of law", "British rule" are none; "the new rules" are).
PLURAL_ONLY_JUDGED = frozenset({"rule", "power"})


def _owned_judged(tok: Token) -> bool:
    """A noun of a thing someone made or did that words may judge (see [OWNED_JUDGED])."""
    lemma = tok.lemma_.lower()
    return lemma in OWNED_JUDGED and (lemma not in PLURAL_ONLY_JUDGED or tok.tag_ == "NNS")


#: Of the [OWNED_JUDGED] nouns, those a definite "the ..." names again after the story
#: first said whose they are ("plans unveiled by the Conservatives ... the Lib Dems said the
#: plan could let extreme groups run policing").
RENAMED_JUDGED = frozenset(
    {
        "plan",
        "proposal",
        "scheme",
        "reform",
        "idea",
        "move",
        "measure",
        "package",
        "policy",
        "shake-up",
        "overhaul",
        "rule",
        "ban",
        "curfew",
        "crackdown",
        "restriction",
        "regulation",
    }
)


#: Verbs of putting a plan forward: their subject owns what they name ("X unveiled plans").
MAKING_PLANS = frozenset(
    {
        "unveil",
        "announce",
        "outline",
        "propose",
        "publish",
        "launch",
        "table",
        "present",
        "introduce",
        "float",
        "reveal",
        "detail",
        "draft",
        "submit",
        "set",
        "draw",
        "put",
        "bring",
        "lay",
        "produce",
        "promise",
        "pledge",
        "offer",
        "spell",
        "trumpet",
        "flag",
    }
)


def _members_named(noun: Token) -> list[Token]:
    """The examples a plural noun names: "states such as Iran and North Korea", "countries like
    France", "parties including Labour" (their objects and conjuncts)."""
    out: list[Token] = []
    for p in noun.children:
        if p.dep_ != "prep" or p.i < noun.i:
            continue
        such = p.lower_ == "as" and any(c.lower_ == "such" for c in noun.children)
        if such or p.lower_ in ("like", "including"):
            out += [t for o in p.children if o.dep_ == "pobj" for t in _conjuncts(o)]
    return out


def _judged_thing_owners(ctx: _Context, thing: Token, back: bool = True) -> list[str]:
    """The named owner or maker of a thing words judge: its possessor or a name before it
    ("Mr Clarke's plans", "Tory plans", "the government's proposals" when a state is named for
    it), one a participle says made it ("the cuts proposed by X") or "by / from" X ("the plans
    by the Conservatives"); a person, a state, a party or a body of government, never a pronoun
    (the pronoun rules) nor a name after it ("plans for Wembley" are about a place)."""
    kinds = (Kind.PERSON, Kind.STATE, Kind.ORGANIZATION)
    bodies = word_lists().home_bodies
    found = [
        k
        for c in thing.children
        if c.i < thing.i
        and c.dep_ in ("poss", "compound", "amod", "nmod")
        and c.pos_ != "PRON"
        # (not "government policy", "the government's plans" with no state named: a minister's
        # own as often as a critic's, see `_bare_government`)
        and not _bare_government(c, bodies)
        for k in (ctx.entities(c, kinds=kinds, depth=1) or ctx.modifier_entities(c, kinds=(Kind.STATE,)))
    ]
    if not found:
        found = [
            k
            for c in thing.children
            if c.dep_ == "amod" and c.i < thing.i and state_demonym(c.text) is None
            for k in ctx.modifier_entities(thing, kinds=(Kind.ORGANIZATION,), owners=False)
            if ctx.is_party(k)
        ]
    if not found:
        found = _made_by(ctx, thing) + [
            k
            for c in thing.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for o in _prep_objects(c)
            for k in ctx.entities(o, kinds=kinds, depth=1)
        ]
    if (
        not found
        and back
        and thing.lemma_.lower() in RENAMED_JUDGED
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in thing.children)
    ):
        # "the plan": the one whose plan the story named last before it, when one is named
        # (one maker for all the story named before: "Labour has announced plans ... the Lib
        # Dems' plans" leaves "the plans" no one's)
        lemma = thing.lemma_.lower()
        makers: list[str] = []
        for earlier in reversed(thing.doc[: thing.i]):
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
                named = _judged_thing_owners(ctx, earlier, back=False)
                if not named and earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in MAKING_PLANS:
                    # "Charles Clarke unveiled plans ...": the one who put them forward
                    named = [
                        k
                        for c in earlier.head.children
                        if c.dep_ == "nsubj" and c.pos_ != "PRON"
                        for k in ctx.entities(c, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION), depth=1)
                    ]
                makers += [k for k in named if k not in makers]
        found = makers if len(makers) == 1 else []
    return [
        k
        for k in dict.fromkeys(found)
        if ctx.kind(k) in (Kind.PERSON, Kind.STATE) or ctx.is_party(k) or ctx.is_government(k)
    ]


#: Measures of a state judged by their owner: "the UK e-University scheme", "the British asylum system".
STATE_SCHEMES = ENACTED_THINGS | HARMFUL_ACTS | {"project", "venture", "policy", "strategy", "initiative"}


def _scheme_states(ctx: _Context, thing: Token) -> list[str]:
    """The states named by the words before a measure, down its compounds ("the failed UK
    e-University scheme", "the British asylum system"); none for a place in a state ("the London
    transport scheme") or an organisation's ("the BBC licence scheme")."""
    found: list[str] = []
    frontier = [thing]
    while frontier:
        tok = frontier.pop()
        for c in tok.children:
            if c.dep_ not in ("compound", "amod", "nmod") or c.i > tok.i:
                continue
            key = ctx.found.entity_at(c.i)
            if key is not None and ctx.kind(key) is Kind.STATE and key not in found:
                found.append(key)
                # (the state's government, which an MP of it may judge)
                ctx.bodies.setdefault(key, ("GOV", ctx.doc[c.i : thing.i + 1].text))
            elif key is None and c.dep_ == "compound":
                frontier.append(c)
    return found


def _possessors(ctx: _Context, thing: Token) -> list[str]:
    """The ones named as owning a thing ("the government's plans", "Labour policy"), no pronoun;
    else the one a relative clause on it says made it ("remarks Paul Carver made about army cuts",
    "comments Mr Blunkett is alleged to have made")."""
    owners = [
        k
        for c in thing.children
        if c.dep_ in ("poss", "compound") and c.pos_ != "PRON"
        for k in ctx.entities(c)
    ]
    if owners:
        return owners
    for clause in (c for c in thing.children if c.dep_ == "relcl" and c.i > thing.i):
        if any(c.dep_ == "dobj" for c in clause.children):
            continue  # "the plan that gives X ...": the clause has an object of its own
        maker = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if maker is not None and maker.pos_ != "PRON" and maker.i > thing.i:
            owners += ctx.entities(maker)
    return owners


def _judged_doers(ctx: _Context, prep: Token) -> list[str]:
    """The named subject of a clause of doing after "about": "a complaint about how Labour uses
    its call centres" (Labour), "concerns about what the Tories would cut" (the Tories)."""
    found: list[str] = []
    for clause in (c for c in prep.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")):
        if not any(t.lower_ in WH_DOING and t.i < clause.i for t in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            found += ctx.entities(subj)
    return found


def _beside_comparison(subj: Token) -> list[Token]:
    """A clause's subject, or the one it is compared with when the parser took the comparison
    for it: in "Like Labour, the Lib Dems are soft on crime" the Lib Dems are soft (the parser
    makes "Labour" the subject and "the Lib Dems" its apposition); Labour is only the likeness."""
    start = subj.left_edge.i
    if start == 0 or subj.doc[start - 1].lower_ not in ("like", "unlike"):
        return [subj]
    return [c for c in subj.children if c.dep_ == "appos"]


def _unlabelled(ctx: _Context, verb: Token, targets: list[str]) -> list[str]:
    """The targets of a verb of naming that are not only named in the quoted name it gives:
    'branding the official No campaign "two-bit Tories"' names a campaign, the Tories are the
    insult ("branded the Tories 'a disgrace'" keeps them: they are named outside the quote)."""
    if ctx.quoted(verb.i):
        return targets
    named: dict[str, bool] = {}  # key -> named outside a quotation in the verb's phrase
    for tok in verb.subtree:
        key = ctx.found.entity_at(tok.i)
        if key is not None and tok.i > verb.i:
            named[key] = named.get(key, False) or not ctx.quoted(tok.i)
    return [t for t in targets if named.get(t, True)]


def _subject_read_as_object(dobj: Token | None) -> bool:
    """An object the parser gave a verb that is the subject of a finite verb right after its
    phrase, one with no subject of its own outside the verb's phrase: "suggesting the signing of
    the treaty, under Major's government, was an act of treason" ("signing" is what "was")."""
    if dobj is None or dobj.dep_ != "dobj":
        return False
    doc = dobj.doc
    j = dobj.right_edge.i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].lower_ in (",", "-", "--"):
        j += 1
    if j >= len(doc):
        return False
    nxt = doc[j]
    verb = dobj.head
    return (
        nxt.tag_ in ("VBD", "VBZ", "VBP")
        and nxt.pos_ in ("VERB", "AUX")
        and not (verb.left_edge.i <= nxt.i <= verb.right_edge.i)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in nxt.children)
    )


#: Vehicles whose passengers a blow to them befalls, and the verbs of their carrying them.
VEHICLES = frozenset(
    {
        "car",
        "vehicle",
        "convoy",
        "truck",
        "lorry",
        "bus",
        "van",
        "boat",
        "jeep",
        "motorcycle",
        "minibus",
        "plane",
    }
)
CARRYING = frozenset({"carry", "transport", "ferry", "bring", "take"})


#: Participles by which a thing hit names the people in it: "a minibus carrying police
#: reservists", "a school sheltering displaced Palestinians", "a jail holding ISIS fighters".
HOLDING = frozenset({"carry", "transport", "ferry", "shelter", "house", "hold", "host"})
#: Verbs of the casualties of a blow: "..., killing five soldiers", "wounding nine people".
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "maim"})
#: Nouns of sites, whose name is a place met or visited in, not someone met ("survivors at the
#: Auschwitz camp", "soldiers at Selly Oak hospital"); not those that name bodies too
#: ("centre", "school", "house", "church": the Church of England).
SITES = frozenset(
    {
        "camp",
        "hospital",
        "clinic",
        "memorial",
        "museum",
        "monument",
        "cemetery",
        "graveyard",
        "synagogue",
        "mosque",
        "cathedral",
        "chapel",
        "shrine",
        "abbey",
        "prison",
        "jail",
        "gaol",
        "plant",
        "factory",
        "mine",
        "reactor",
        "site",
        "base",
        "barracks",
        "airbase",
        "airport",
        "airfield",
        "harbour",
        "harbor",
        "dock",
        "docks",
        "station",
        "stadium",
        "arena",
        "hotel",
        "restaurant",
        "estate",
        "farm",
        "bridge",
        "castle",
        "depot",
        "refinery",
    }
)
#: Prepositions of where people were met: "met survivors at X".
SITE_PREPS = frozenset({"at", "in", "inside", "near", "outside"})
#: Prepositions of the place a thing hit is in.
PLACED_PREPS = frozenset({"in", "near", "outside", "around", "over"})
#: Prepositions before a town's name: "the outskirts of X", "in X", "near X".
TOWN_PREPS = frozenset({"of", "in", "near", "outside", "around"})
#: Prepositions of the thing a blow falls on: "fired at", "a strike on", "slammed into", "set
#: fire to".
HIT_PREPS = frozenset({"at", "on", "onto", "into", "against", "upon"})
#: What is fired or dropped: its "at / on / into" phrase names the thing hit ("fired mortar
#: rounds across the Line of Control at Pakistani posts").
MUNITIONS = frozenset(
    {
        "round",
        "shell",
        "mortar",
        "rocket",
        "missile",
        "bomb",
        "grenade",
        "bullet",
        "projectile",
        "salvo",
        "barrage",
        "volley",
        "fire",
        "drone",
        "artillery",
        "shot",
    }
)


#: Nouns of attack whose "of" phrase is the thing hit: "the bombardment of Kharkiv", "Russia's
#: shelling of Kherson" (not "an attack of nerves").
OF_ATTACKS = frozenset({"bombardment", "shelling", "bombing", "blitz", "siege", "strafing", "pounding"})
_FIRE_OR_ATTACK_NOUNS = FIRE_NOUNS | ATTACK_NOUNS | OF_ATTACKS


def _attack_nouns(trigger: Token) -> list[Token]:
    """The nouns of attack a blow is told by: the trigger itself when a noun ("air strikes by
    the coalition on a prison"), a noun of attack as the subject of a verb of the blow or its
    casualties ("a drone attack hit bases of ...", "the bombardment of Kharkiv killed four")."""
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    nouns += [
        c
        for c in trigger.children
        if c.dep_ == "nsubj" and (c.lemma_.lower() in ATTACK_NOUNS or c.lemma_.lower() in OF_ATTACKS)
    ]
    return nouns


def _attack_objects(noun: Token) -> list[Token]:
    """What a noun of attack was upon: its "on / against / into" phrase ("strikes on a prison"),
    that of its "by" phrase's noun when the parser hangs it there ("strikes by Russian warplanes
    on Idlib"), the "of" phrase of a bombardment or shelling."""
    out: list[Token] = []
    holders = [
        noun,
        *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in _prep_objects(p)),
    ]
    for holder in holders:
        for p in holder.children:
            if p.dep_ == "prep" and (
                p.lower_ in HIT_PREPS
                or (p.lower_ == "of" and holder is noun and noun.lemma_.lower() in OF_ATTACKS)
            ):
                out += _prep_objects(p)
    return out


def _struck_nouns(trigger: Token) -> list[Token]:
    """The things a blow told by ``trigger`` fell on: its object ("strafed an ELN camp", "an
    army checkpoint in Bannu was attacked"), the
    object of its "at / on / into" phrase ("fired on a minibus", "a strike on a launcher"),
    the thing the munitions it fired or set went at ("fired mortar rounds ... at Pakistani
    posts", "set fire to an oil depot"), what the noun of attack that tells it was upon ("the
    bombardment of Kharkiv killed", "air strikes by the coalition on a prison")."""
    out: list[Token] = [o for n in _attack_nouns(trigger) if n is not trigger for o in _attack_objects(n)]
    if trigger.pos_ == "NOUN":
        out += [o for o in _attack_objects(trigger) if o not in out]
        if trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB":
            # "an Iranian drone attack hit bases of the PKK": what the verb of the blow hit
            out += [o for o in _struck_nouns(trigger.head) if o not in out and o is not trigger]
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() not in MUNITIONS:
            out.append(child)  # (and what "was attacked", "was shelled")
        elif child.dep_ == "prep" and (
            child.lower_ in HIT_PREPS
            or (
                child.lower_ == "to"
                and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in trigger.children)
            )
        ):
            out += _prep_objects(child)
        elif child.dep_ == "dobj":
            out += [
                o
                for p in child.subtree
                if p.dep_ == "prep" and p.lower_ in HIT_PREPS and p.i > child.i
                for o in _prep_objects(p)
            ]
    return out


@functools.cache
def _weapon_codes() -> dict[str, str]:
    """``data/weapon_codes.tsv``: a weapon or vehicle word (or "modifier head") -> its CAMEO code."""
    out = {}
    for line in data_lines("weapon_codes.tsv"):
        word, _, code = line.partition("\t")
        out[word] = code.split()[0]
    return out


#: Verbs whose object is what they fire: "fired tank rounds at", "launched missiles at".
FIRING = frozenset({"fire", "launch", "drop", "unleash", "lob", "hurl", "rain"})
#: Plain attack codes a weapon makes more specific: the attack (190), the dictionary's
#: small arms of a bare blow ("hit", "stormed": 193) or guns of a launch ("launched cruise
#: missiles", "planes dropped bombs": 194) only by a heavier weapon.
PLAIN_ATTACKS = frozenset({"190", "193", "194"})


def _weapon_of(tok: Token) -> str | None:
    """The code of the weapon a noun phrase names: a two-word weapon ("air strike", "glide
    bomb"), its head ("Israeli jets", "Russian artillery"), a modifier ("a drone attack")."""
    table = _weapon_codes()
    head = tok.lemma_.lower()
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    for m in mods:
        for form in (m.lemma_.lower(), m.lower_):
            if f"{form} {head}" in table:
                return table[f"{form} {head}"]
    for form in (head, tok.lower_):
        if form in table:
            return table[form]
    for m in mods:
        for form in (m.lemma_.lower(), m.lower_):
            if form in table and " " not in form:
                return table[form]
    return None


def _weapon_heads(trigger: Token) -> list[Token]:
    """The nouns that may name the weapon of an attack told by ``trigger``: its subject or the
    passive's "by" phrase (the attacker: "Israeli jets struck", "hit by Russian missiles"), its
    "with" phrase, a firing verb's object ("fired tank rounds"); a noun trigger itself ("a drone
    attack"); a noun of attack as the subject ("a drone strike killed ...") with its "by" / "of"
    phrase ("strikes by warplanes", "a barrage of rockets"). A "killing / wounding" clause of a
    blow reads the blow's."""
    out: list[Token] = []
    nodes = [trigger]
    if trigger.dep_ in ("advcl", "conj") and trigger.lemma_.lower() in CASUALTY_VERBS:
        nodes.append(trigger.head)
    for node in nodes:
        if node.pos_ in ("NOUN", "PROPN"):
            out.append(node)
        for c in node.children:
            if c.dep_ == "nsubj" or (c.dep_ == "dobj" and node.lemma_.lower() in FIRING):
                out.append(c)
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "by", "under")):
                out += _prep_objects(c)
    for noun in list(out):
        if noun.lemma_.lower() in ATTACK_NOUNS or noun.lemma_.lower() in MUNITIONS:
            out += [
                o
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ in ("by", "of", "with")
                for o in _prep_objects(p)
            ]
    return out


def _weapon_code(code: str, trigger: Token) -> str:
    """A plain attack made specific by the weapon its frame names (``data/weapon_codes.tsv``):
    "Israeli jets struck" 195, "Russian tanks fired on" 194, "a drone strike killed" 195; the
    dictionary's 193 of a bare blow ("hit", "stormed") or 194 of a launch only by a heavier one."""
    if code not in PLAIN_ATTACKS:
        return code
    for noun in _weapon_heads(trigger):
        found = _weapon_of(noun)
        if found is not None:
            return found if code == "190" or found > code else code
    return code


def _casualties(trigger: Token) -> list[Token]:
    """The people a blow killed or hurt: the object of its "killing / wounding" clause, or the
    subject of the main clause its "when" clause tells ("four civilians were killed when
    Russian artillery battered ...")."""
    out = [
        o
        for c in trigger.children
        if c.dep_ == "advcl" and c.lemma_.lower() in CASUALTY_VERBS
        for o in c.children
        if o.dep_ == "dobj"
    ]
    head = trigger.head
    if trigger.dep_ == "advcl" and head.lemma_.lower() in (*CASUALTY_VERBS, "die"):
        out += [c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")]
    return out


def _carried(ctx: _Context, vehicle: Token) -> list[str]:
    """Those a vehicle carried, named by a participle of carrying: "a car carrying PKK
    commanders" (PKK), "a convoy transporting Hezbollah fighters" (Hezbollah), "a boat
    carrying Libyan officials" (Libya)."""
    if vehicle.lemma_.lower() not in VEHICLES:
        return []
    found: list[str] = []
    for clause in vehicle.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in CARRYING:
            continue
        for people in (c for c in clause.children if c.dep_ == "dobj"):
            found += ctx.entities(people) or ctx.modifier_entities(people, (Kind.STATE, Kind.ORGANIZATION))
    return found


#: Prepositions of those a thing was done with or for, not by: "the deal with China".
PARTNER_PREPS = frozenset({"with", "between", "to", "for"})
#: Nouns by which a predicate names the kind of act it judges: "an act of treason".
KIND_NOUNS = frozenset({"act", "form", "kind", "sort", "piece", "case", "example"})


def _kind_of_predicate(tok: Token) -> bool:
    """ "(was) an act of treason", "a form of theft": a word in the "of" phrase of a predicate
    noun that only names a kind of act."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    kind = prep.head
    return kind.lemma_.lower() in KIND_NOUNS and kind.dep_ in ("attr", "oprd")


def _what_called(verb: Token) -> Token | None:
    """The thing a verb's object "what" is named as: "condemned what it called 'Russian
    aggression'", "denounced what it described as a provocation by Japan"."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING):
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
            continue
        for c in clause.children:
            if c.dep_ == "oprd":
                return c
            if c.dep_ == "prep" and c.lower_ == "as":
                return _pobj(c)
    return None


def _from_after(ctx: _Context, verb: Token, people: Token) -> list[str]:
    """The states and organizations of a verb's "from" phrase right after its object: the
    people's ("hosted a delegation from Libya") or the thing's ("rejected a proposal from
    Greece"), which the parser hung on the verb."""
    return [
        k
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "from" and p.i == people.right_edge.i + 1
        for o in _prep_objects(p)
        for k in ctx.entities(o, kinds=(Kind.STATE, Kind.ORGANIZATION), depth=1)
    ]


def _body_before(ctx: _Context, pronoun: Token, acting: list[str]) -> list[str]:
    """Whose "their" or "its" thing is judged, by the one body (organization or state) its
    sentence names before it as the owner of something or the subject of a clause: "said the
    Law Lords' ruling was right and praised their decisive majority"; none when the sentence
    names no such body or several."""
    found: list[str] = []
    # (not who says or does it: "Amnesty said ... and praised their courage")
    above = {pronoun.i, *(t.i for t in pronoun.ancestors)}
    for tok in ctx.doc[ctx.sentences.start(pronoun.i) : pronoun.i]:
        if tok.dep_ not in ("poss", "nsubj", "nsubjpass") or tok.pos_ != "PROPN" or tok.head.i in above:
            continue
        for k in ctx.entities(tok, kinds=(Kind.ORGANIZATION, Kind.STATE), depth=1):
            if k not in acting and k not in found:
                found.append(k)
    return found if len(found) == 1 else []


def _claim_owners(ctx: _Context, trigger: Token) -> list[str]:
    """The one person or body whose claims a denial's sentence names by a possessor ("denied
    Mr Hockney's accusations", "the claim was denied ... 'Mr Hockney's accusations are empty'");
    none when it names several."""
    found: list[str] = []
    start, end = ctx.sentences.start(trigger.i), ctx.sentences.end(trigger.i)
    for tok in ctx.doc[start:end]:
        # ("claims by Estonia that ...", "allegations from the opposition": the maker named after)
        made_by = (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("by", "from")
            and tok.head.head.lemma_.lower() in CLAIMS
        )
        if not made_by and (
            tok.dep_ != "poss" or tok.pos_ != "PROPN" or tok.head.lemma_.lower() not in CLAIMS
        ):
            continue
        for k in ctx.entities(tok, kinds=(Kind.PERSON, Kind.ORGANIZATION, Kind.STATE), depth=1):
            if k not in found:
                found.append(k)
    return found if len(found) == 1 else []


#: Prepositions after a thing someone owns that say where it comes from or what it is about.
ABOUT_OWNED = frozenset({"from", "on", "over", "about", "of", "for", "with", "to", "towards"})


def _owned_only(ctx: _Context, thing: Token, found: list[str]) -> list[str]:
    """Of what a thing's phrase names, its named owner only when it has one: "backed Gordon
    Brown's pre-Budget report" is Brown's ("pre-Budget" says which report, it is no one)."""
    owners = [k for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in ctx.entities(c)]
    if not owners:
        return found
    described = {
        k
        for c in thing.children
        if c.dep_ in ("compound", "amod", "nmod")
        and c.i > max(p.i for p in thing.children if p.dep_ == "poss")
        for k in ctx.entities(c, depth=1)
    }
    # ("criticised the UK's rebate from the European Union", "Denmark's exemption from EU
    # quotas": what the owner's thing comes from or is about is not acted upon)
    described |= {
        k
        for c in thing.children
        if c.dep_ == "prep" and c.lower_ in ABOUT_OWNED
        for o in _prep_objects(c)
        for k in ctx.entities(o)
    }
    return [k for k in found if k in owners or k not in described]


def _requesters(ctx: _Context, request: Token, acting: list[str]) -> list[str]:
    """Who put a request rejected: its possessor, "from / by X", its maker, or a state's adjective
    before it ("a Polish demand", "a German request")."""
    found = _owner_of_thing(ctx, request, acting)
    found += [
        k
        for p in request.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for o in _prep_objects(p)
        for k in ctx.entities(o, kinds=(Kind.STATE, Kind.ORGANIZATION, Kind.PERSON), depth=1)
        if k not in acting
    ]
    found += [
        k
        for c in request.children
        if c.dep_ in ("amod", "compound", "poss") and c.i < request.i
        for k in ctx.entities(c, kinds=(Kind.STATE, Kind.ORGANIZATION), depth=1)
        if k not in acting
    ]
    if not found:
        found = [
            k
            for c in request.children
            if c.dep_ == "poss" and c.pos_ == "PROPN"
            for k in ctx.listed_place_states(c)
        ]
    return [k for k in dict.fromkeys(found) if k not in acting]


def _refused_act_of(verb: Token) -> Token | None:
    """The act a verb of refusing or balking governs: "refused to let ...", "balked at approving ..."."""
    if verb.lemma_.lower() in REFUSING_ACTS:
        return next((c for c in verb.children if c.dep_ == "xcomp"), None)
    for p in verb.children:
        if p.dep_ == "prep":
            for c in p.children:
                if c.dep_ == "pcomp" and c.tag_ == "VBG":
                    return c
    return None


def _act_recipients(ctx: _Context, act: Token) -> list[str]:
    """Whom an act refused would have been for: its dative, "to / into / for / with X", its object
    when an actor ("would not extradite the suspect to India", "letting trucks into Gaza")."""
    out: list[str] = []
    # (the one let in: "let aid convoys into Gaza", its noun read as a clause at times)
    objects = [c for c in act.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")]
    for c in objects:
        if c.dep_ == "dative" or (c.dep_ == "dobj" and ctx.found.entity_at(c.i) is not None):
            out += ctx.entities(c, depth=1)
    for h in (act, *objects):
        for p in h.children:
            if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into", "for", "with"):
                for o in _prep_objects(p):
                    found = ctx.entities(o, kinds=(Kind.STATE, Kind.ORGANIZATION, Kind.PERSON), depth=1)
                    out += found or ctx.listed_place_states(o)
    return list(dict.fromkeys(out))


def _owner_of_thing(ctx: _Context, thing: Token, acting: list[str]) -> list[str]:
    """Whose a judged thing is: its named possessor ("the chancellor's budget", "Labour's
    plans") or a common noun naming a body before it ("government red tape", "council
    plans"); not a pronoun ("his plans": the pronoun rules), nor a name before it, which
    says what the thing is about ("the Iraq war", "the Kyoto treaty")."""
    if ctx.found.entity_at(thing.i) is not None or thing.pos_ != "NOUN":
        return []
    owners = [
        c
        for c in thing.children
        if (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN")
    ]
    found = [
        k
        for c in owners
        for k in ctx.entities(c, kinds=(Kind.PERSON, Kind.STATE, Kind.ORGANIZATION))
        if k not in acting
    ]
    if not found and thing.lemma_.lower() in PUT_TO_ONE:
        # "turned down a request from Washington", "rejected an offer from the rebels": who put
        # it (a capital named for its state, as a verb's "from" is read: `_from_after`)
        found = [
            k
            for c in thing.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for o in _prep_objects(c)
            for e in ctx.entities(o, kinds=(Kind.STATE, Kind.ORGANIZATION, Kind.LOCATION), depth=1)
            for k in (ctx.found.part_of.get(e) if ctx.kind(e) is Kind.LOCATION else e,)
            if k is not None and k not in acting
        ]
    if not found and thing.lemma_.lower() in PUT_TO_ONE:
        # "voted down a German-backed plan", "rejected a plan drafted by Paris": its maker
        found = [k for k in _made_by(ctx, thing) if k not in acting]
    return found


def _captive(ctx: _Context, tok: Token) -> bool:
    """A named person, or nationals of a state named by a plural ("four Britons"), who can be
    held or set free; not a thing ("released figures", "held talks")."""
    kind = ctx.kind(ctx.found.entity_at(tok.i) or "")
    if kind is None and tok.tag_ in ("NNS", "NNPS") and state_demonym(tok.text) is not None:
        return True  # "the four Britons freed from US custody": the model tagged no entity
    return kind is Kind.PERSON or (kind is Kind.STATE and tok.tag_ in ("NNS", "NNPS"))


#: What one is "held in" that is no custody: "held in high regard", "held in contempt".
HELD_IN_ESTEEM = frozenset({"regard", "esteem", "contempt", "respect", "awe", "check", "reserve"})


def _held_captive(verb: Token) -> bool:
    """ "Hold" or "keep" of a person as custody: no particle ("held up", "kept on"), no
    predicate ("held responsible", "kept informed", "kept waiting"), no "to" ("held him to his
    promise", "held to a draw"), not "in high regard"."""
    for c in verb.children:
        if c.dep_ in ("prt", "oprd", "acomp", "xcomp", "ccomp"):
            return False
        if c.dep_ == "prep" and c.lower_ == "to":
            return False
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(o.lemma_.lower() in HELD_IN_ESTEEM for o in _prep_objects(c))
        ):
            return False
    return True


def _holder(captive: Token) -> Token | None:
    """The "by" agent of a participle or relative clause of holding on the ones set free:
    "Britons held by the US", "the men, who are detained by Iran"."""
    for c in (captive, *captive.conjuncts):
        for clause in c.children:
            if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in DETAINING:
                agent = _by_agent(clause)
                if agent is not None and agent.pos_ != "PRON":
                    return agent
    return None


def _holders(ctx: _Context, wanted: Token) -> list[str]:
    """Who holds the people an appeal wants freed: "the release of suspects detained without
    trial in the UK", "the freeing of prisoners held by Iran", "the return of hostages who
    are being kept in Syria": the "by" agent of the holding participle, else the state of the
    place they are held in."""
    if wanted.lemma_.lower() not in FREEING:
        return []
    out: list[str] = []
    held = [
        p
        for c in wanted.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in _prep_objects(c)
        for p in (o, *o.conjuncts)
    ]
    for clause in (
        c
        for p in held
        for c in p.children
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DETAINING and (c.tag_ == "VBN")
    ):
        holder = _by_agent(clause)
        if holder is not None:
            out += [k for k in ctx.entities(holder, kinds=(Kind.STATE, Kind.ORGANIZATION)) if k not in out]
            continue
        if clause.lemma_.lower() not in STATE_DETAINING:
            continue
        for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("in", "at")):
            out += [k for o in _prep_objects(prep) for k in ctx._state_of_place(o) if k not in out]
    return out


def _askers(ctx: _Context, trigger: Token) -> list[str]:
    """Who asked for what a refusal refuses: "would not apologise even if Tony Blair asked him
    to", "refused to resign when the party urged him to", "after being asked by the Speaker",
    "despite a request from Mr Blair", "despite calls from MPs"."""
    nodes = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    if trigger.dep_ == "xcomp":
        nodes.append(trigger.head)  # "refused to apologise, although X asked him to"
    out: list[str] = []
    for node in nodes:
        for child in node.children:
            asker: Token | None = None
            if child.dep_ == "advcl" and child.lemma_.lower() in REQUESTING:
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in child.children)
                asker = (
                    _by_agent(child)
                    if passive
                    else next((c for c in child.children if c.dep_ == "nsubj"), None)
                )
                if asker is not None and asker.pos_ == "PRON":
                    asker = None
            elif child.dep_ == "prep" and child.lower_ in ("despite", "against"):
                plea = _pobj(child)
                if plea is not None and plea.lemma_.lower() in PLEAS:
                    asker = next(
                        (c for c in plea.children if c.dep_ == "poss" and c.pos_ != "PRON"), None
                    ) or next(
                        (
                            o
                            for c in plea.children
                            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                            for o in _prep_objects(c)
                        ),
                        None,
                    )
            if asker is not None:
                out += [k for k in ctx.entities(asker) if k not in out]
    return out


def _answerer(ctx: _Context, noun: Token) -> list[str]:
    """Who answers a warning, charge or call told by ``noun``: its target. "Mr Brown's
    insistence was a rebuttal of a warning from X", "Labour issued a rebuttal of criticism from
    X", "Mr Brown dismissed warnings from X", "responded to criticism from X", "X's response to
    the attack from Y"."""
    head = noun.head
    answer: Token | None = None  # the noun or verb of answering
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in RESPONSE_VERBS:
        answer = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep":
        holder = head.head
        # "a rebuttal of", "a response to", "responded to"
        answering = RESPONSE_NOUNS if head.lower_ == "of" else RESPONSE_NOUNS | RESPONSE_VERBS
        if head.lower_ in ("of", "to") and holder.lemma_.lower() in answering:
            answer = holder
    if answer is None:
        return []
    who: Token | None = None
    if answer.pos_ == "VERB":
        who = next((c for c in answer.children if c.dep_ == "nsubj"), None)
    else:
        who = next((c for c in answer.children if c.dep_ == "poss"), None) or next(
            (o for c in answer.children if c.dep_ == "prep" and c.lower_ == "by" for o in _prep_objects(c)),
            None,
        )
        if who is None and answer.dep_ in ("attr", "dobj"):
            # "his insistence was a rebuttal of ...": the subject, or whose the subject is;
            # "Labour issued a rebuttal of ...": who issued it
            subj = next((c for c in answer.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and ctx.is_thing(subj):
                subj = next((c for c in subj.children if c.dep_ == "poss"), None)
            who = subj
    if who is None:
        return []
    return ctx.pronoun(who, noun) if who.pos_ == "PRON" else ctx.entities(who)


#: Clause links from a word of intent to the act it means: "promised to reopen", "its willingness to send",
#: '"We will reopen X," he promised' (the quotation a complement of the verb of saying).
INTENDED_CLAUSES = frozenset({"xcomp", "ccomp", "acl", "relcl"})


def _intended_states(ctx: _Context, word: Token, agents: list[list[str]]) -> list[str]:
    """The one state an intended act is upon, named anywhere in the clause that tells the act (its
    object, its object's owner, its places, an infinitive of purpose under it): "signalled its
    willingness to send engineers to help rebuild Libya's ports" (Libya), "promised to reopen its
    embassy in Damascus" (Syria), "an offer to fund the demining of farmland in Ukraine's Kharkiv
    region" (Ukraine). Only a state's or an international body's intent (a politician's pledge to
    "turn these beliefs into reality ... facing Britain" is his own party's business), only states
    and places named for themselves (not "the Kyoto Protocol", "the House of Lords"), and a clause of
    "that" only when it says what will be ("agreed that in Afghanistan there is cause for optimism"
    is no act meant). None when the act names no state, several, or only the actor's own."""
    acting = {a for group in agents for a in group}
    if not any(ctx.kind(k) is Kind.STATE or ctx.is_igo(k) for k in acting):
        return []  # (a state's or an international body's: "the Asian Development Bank made a commitment")
    own = acting | ctx.own_states(acting)
    found: list[str] = []
    clauses = [
        c
        for c in word.children
        if c.dep_ in INTENDED_CLAUSES
        and c.pos_ in ("VERB", "AUX")
        and (c.dep_ != "ccomp" or any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in c.children))
    ]
    if word.pos_ == "NOUN" and word.dep_ == "dobj" and not clauses:
        # "put an offer on the table to fund ...": the infinitive the parser hangs on the light verb
        clauses = [
            c
            for c in word.head.children
            if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
    for clause in clauses:
        if any(c.dep_ == "neg" for c in clause.children):
            return []  # "pledged not to send troops to Mali": no act meant
        for tok in clause.subtree:
            key = ctx.found.entity_at(tok.i)
            if key is None or ctx.kind(key) not in (Kind.STATE, Kind.LOCATION):
                continue
            if tok.dep_ == "compound" and ctx.found.entity_at(tok.head.i) != key:
                continue  # "the Kyoto Protocol", "the Rafah crossing": a thing named after a place
            state = key if ctx.kind(key) is Kind.STATE else ctx.found.part_of.get(key)
            if state is None or ctx.kind(state) is not Kind.STATE:
                continue
            if state not in own and key not in own and state not in found:
                found.append(state)
    return found if len(found) == 1 else []


#: Nouns of a measure imposed upon someone named in their own "on" phrase ("an asset freeze on", "a
#: travel ban on", "an arms embargo against").
MEASURE_NOUNS = frozenset({"freeze", "ban", "embargo"})
#: Auxiliaries of what will be: '"We will reopen our embassy," he promised'.
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


#: Nouns of acts received whose "of" phrase names who acts, with the act's code: "won the backing of
#: Japan", "secured the support of Romania", "earned the praise of the IMF", "incurred the wrath of
#: Beijing".
RECEIVED_OF_NOUNS: dict[str, str] = {
    **dict.fromkeys(("backing", "support", "endorsement", "blessing", "praise", "approval"), "051"),
    **dict.fromkeys(("wrath", "ire", "anger", "condemnation", "criticism", "censure", "fury"), "111"),
    **dict.fromkeys(("displeasure", "scorn"), "111"),
}
#: Verbs of receiving an act from the one an "of" phrase names: "enlisted the support of X".
RECEIVING_OF = RECEIVING_VERBS | {"enlist", "obtain"}
#: Halting negotiations one takes part in (CAMEO 164).
HALT_TALKS = "164"


def _others_talks(verb: Token, dobj: Token | None) -> bool:
    """Whether the talks ``verb`` halts are another's, named by their owner and not the subject:
    "stalled North Macedonia's accession talks" (not "broke off talks with the rebels")."""
    if dobj is None or dobj.lemma_.lower() not in TALKS:
        return False
    owner = next((c for c in dobj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return owner is not None and (subj is None or subj.lower_ != owner.lower_)


def _received_code(verb: Token, dobj: Token | None) -> str | None:
    """The code of an act ``verb`` receives from the one its object's "of" phrase names: "secured the
    support of Romania" (051), "incurred the wrath of Beijing" (111); None for other objects ("won
    the election", "secured a loan")."""
    if (
        dobj is None
        or verb.lemma_.lower() not in RECEIVING_OF
        or not any(c.dep_ == "prep" and c.lower_ == "of" for c in dobj.children)
    ):
        return None
    return RECEIVED_OF_NOUNS.get(dobj.lemma_.lower())


def _received_of(verb: Token, dobj: Token | None, rule: Rule) -> bool:
    """Whether ``verb`` receives an act its object names from the one in the object's "of" phrase:
    "won the backing of Japan" (Japan backs the subject), "drew the wrath of Beijing"; not "won the
    election"."""
    return rule.cameo[:2] in RECEIVED_ROOTS and _received_code(verb, dobj) is not None


def _receiving(noun: Token) -> Token | None:
    """The verb whose subject receives the words ``noun`` names, if any: "came in for criticism",
    "came under attack", "drew condemnation", "faced a barrage of criticism", "was subjected to
    threats", "was the target of fierce criticism" (its copula); not "launched an attack"."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in VOLLEY_NOUNS:
        node = node.head.head  # "a barrage of criticism"
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "of":
        holder = head.head  # "was the target of criticism"
        if holder.lemma_.lower() in AIMED_AT_NOUNS and holder.dep_ == "attr" and holder.head.lemma_ == "be":
            return holder.head
        if (
            holder.lemma_.lower() == "end"
            and any(c.lower_ == "receiving" for c in holder.children)
            and holder.dep_ == "pobj"
            and holder.head.head.lemma_ in ("be", "find")
        ):
            return holder.head.head  # "was on the receiving end of a tirade from X"
        return None
    if node.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ == "pcomp":
        node, head = head, head.head  # "came in for withering criticism": the adjective read as a verb
    if (
        node.dep_ in ("pobj", "pcomp")
        and head.dep_ == "prep"
        and head.lower_ in ("for", "under", "to", "with")
    ):
        node, head = head, head.head  # "came in for", "came under", "was subjected to", "met with"
    elif node.dep_ != "dobj":
        return None
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in RECEIVING_VERBS:
        return head
    return None


#: Places a denied act of force hits besides :data:`TARGET_PLACES`: "did not shell the city".
#: Nouns of the members of a body: "two London Assembly members", "three Labour councillors".
MEMBER_NOUNS = frozenset({"member", "councillor", "mp", "msp", "mep", "am", "senator", "representative"})
#: Lines between states: a place on one is in neither for certain.
BORDERS = frozenset({"border", "frontier", "boundary", "borderland"})
#: Prepositions of the place a force or a withdrawal is upon: "bombs on Aleppo", "fired at
#: Sderot", "withdrew from Kherson", "an offensive against Mosul".
STRUCK_PREPS = frozenset({"on", "at", "against", "from", "into", "upon"})
#: Nouns of a part of a city or region: "the city of Kharkiv", "residential areas of Kharkiv".
STRUCK_PARTS = frozenset(
    {
        "city",
        "town",
        "village",
        "area",
        "district",
        "suburb",
        "outskirts",
        "outskirt",
        "street",
        "centre",
        "center",
        "region",
        "province",
        "port",
        "capital",
        "neighbourhood",
        "neighborhood",
        "part",
        "parts",
        "quarter",
        "streets",
    }
)
HIT_PLACES = frozenset({"city", "area", "region", "district", "neighbourhood", "border", "home", "house"})
#: Verbs of putting forward a course for others to take: "proposed that the talks be held".
PROPOSING = frozenset({"propose", "suggest", "recommend"})
#: Endings of nouns that name an act ("extradition", "compliance", "closure", "removal").
ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ure", "al")
#: Verbs that require what their clause in the proposal's mood tells: "insisted that X withdraw".
INSISTING = frozenset({"insist"})
#: Subjects of a proposal that are the proposer's own side: "suggested that we hold talks".
OWN_PROPOSERS = frozenset({"we", "i", "us"})


#: Wrongdoing told by a verb with its particle or its noun: one who says a named party "sold out
#: the farmers", "sold them down the river" or "turned the courts into a weapon" charges them (as
#: the [misconduct] verbs do).
CONDEMNED_PHRASES = frozenset({("sell", "out"), ("turn", "weapon"), ("sell", "river")})


def _condemned_phrase(clause: Token) -> bool:
    """Whether ``clause`` is a :data:`CONDEMNED_PHRASES` wrong: its verb with its particle or the
    noun of its preposition ("had sold out India's farmers", "has turned the courts into a weapon")."""
    lemma = clause.lemma_.lower()
    words = [c.lower_ for c in clause.children if c.dep_ == "prt"]
    words += [
        o.lemma_.lower() for c in clause.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    return any((lemma, w) in CONDEMNED_PHRASES for w in words)


def _said_after_quote(verb: Token) -> bool:
    """Whether saying ``verb`` is parsed as the conjunct of the words it reports, after a comma
    and with its own subject ("X has 'turned the courts into a weapon', Y told reporters")."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ != "VERB":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i < head.i:
        return False
    between = verb.doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else verb
    return between.lower_ == "," and not any(c.dep_ == "cc" for c in head.children if c.i < verb.i)


def _idiom_noun(child: Token) -> Token | None:
    """The word of a light verb's idiom a child of the verb gives: its object ("took a pop at"),
    the noun of its preposition ("hauled X over the coals"), or a bare word the parser reads as
    the verb's clause ("let rip at", "let fly at", "took X to task")."""
    if child.dep_ in ("dobj", "attr"):
        return child
    if child.dep_ == "prep":
        return _pobj(child)
    if child.dep_ in ("xcomp", "ccomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
        return child
    return None


def _hyphened(noun: Token) -> str:
    """A noun's lemma with the word hyphened before it, which the parser splits off as a
    compound ("a dressing-down", "a telling-off"), lower case."""
    doc = noun.doc
    i = noun.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].head.i == i and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{noun.lower_}"
    return noun.lemma_.lower()


def _required(clause: Token) -> bool:
    """A clause in the mood of a proposal that only a requirement reads so: a bare verb after one
    named ("that Mexico hand back", "that the talks be held"), not "that talks are ongoing" (a
    present told as a fact after "insisted") nor "that X should ..." (advice, the meaning rules')."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.lemma_.lower() == "be" or any(a.tag_ == "MD" for a in auxes):
        return False
    if any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes):
        return True
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or auxes:
        return False
    singular = subj.tag_ in ("NNP", "NN") and not any(c.dep_ == "conj" for c in subj.children)
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and singular)


def _subjunctive(clause: Token) -> bool:
    """A clause in the mood of a proposal: "(that) the treaty be signed", "that France hold
    talks", "that the talks should be held"; not "the economy was slowing"."""
    if clause.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    ):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "should" for a in auxes):
        return True
    if any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes) and not any(a.tag_ == "MD" for a in auxes):
        return True  # "that the treaty be signed"
    if clause.tag_ == "VBP" and not auxes:
        # "that Ukraine hold elections": a bare verb after one named, read as a present tense
        # (which would be "holds"); not "suggests that the Kurds hold the city" (a plural agrees)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return False
        # a present after a past "proposed" would be backshifted if it were told as a fact:
        # "suggested that Israel and Hamas swap hostages" is put forward
        singular = subj.tag_ in ("NNP", "NN") and not any(c.dep_ == "conj" for c in subj.children)
        return singular or clause.head.tag_ == "VBD"
    return clause.tag_ == "VB" and not auxes


#: Nouns of a view one gives of someone: "declined to give her view of Mr X".
VIEW_NOUNS = frozenset(
    {"view", "opinion", "verdict", "assessment", "thought", "impression", "judgement", "judgment", "take"}
)


def _claimants(ctx: _Context, verb: Token) -> list[str]:
    """Whose claims, acts or decisions one declines to comment on: "declined to comment on
    Cambodia's allegations", "would not comment on claims by the Tories", "on Japan's decision",
    "on the visit by the US delegation" (not a topic: "on the talks"; not "on its plans": a
    pronoun's owner is the pronoun rules')."""
    out: list[str] = []
    for host in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        # "declined to give her view of Mr X", "would not offer an opinion on Labour", "declined to
        # comment on Mr X": a person or body named as what the view is of is whom it is upon
        views = [c for c in host.children if c.dep_ == "dobj" and c.lemma_.lower() in VIEW_NOUNS]
        for prep in (
            c
            for h in (host, *views)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("on", "about", "of")
        ):
            if prep.lower_ == "of" and prep.head.i == host.i:
                continue
            out += [
                k
                for o in _prep_objects(prep)
                if ctx.found.entity_at(o.i) is not None
                for k in ctx.entities(o, kinds=(Kind.PERSON, Kind.ORGANIZATION))
                if k not in out
            ]
        for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ in ("on", "about")):
            for claim in (
                o for o in _prep_objects(prep) if o.lemma_.lower() in CLAIM_NOUNS or ctx.is_thing(o)
            ):
                claimed = claim.lemma_.lower() in CLAIM_NOUNS
                makers = [c for c in claim.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                makers += [
                    o
                    for c in claim.children
                    if c.dep_ == "prep" and c.lower_ in (("by", "from") if claimed else ("by",))
                    for o in _prep_objects(c)
                ]
                out += [k for m in makers for k in ctx.entities(m) if k not in out]
    return out


def _contest_with(verb: Token, dobj: Token | None) -> bool:
    """The other side is named by a "with" phrase and no one by "from" or "by": "faced a battle
    with the CSA", "is locked in a dispute with X" are contests the subject is a side of, not
    something received from X ("faced criticism from X")."""
    preps = _preps(verb, dobj)
    preps += [q for p in list(preps) for o in _prep_objects(p) for q in o.children if q.dep_ == "prep"]
    return any(p.lower_ == "with" for p in preps) and not any(p.lower_ in ("from", "by") for p in preps)


def _faced(ctx: _Context, verb: Token, dobj: Token | None) -> list[str]:
    """The state a show of force faces: across "its border with X", or the place it is put
    "around" or "near" ("put its navy on alert around Taiwan")."""
    hosts = [verb, *([dobj] if dobj is not None else [])]
    preps = [c for h in hosts for c in h.children if c.dep_ == "prep"]
    # (one phrase deeper: "on high alert around Taiwan")
    preps += [q for p in list(preps) for o in _prep_objects(p) for q in o.children if q.dep_ == "prep"]
    out: list[str] = []
    for prep in preps:
        for obj in _prep_objects(prep):
            if obj.lemma_.lower() in ("border", "frontier", "boundary"):
                sides = [
                    o
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for o in _prep_objects(c)
                ]
                out += [k for o in sides for k in ctx._state_of_place(o) if k not in out]
            elif prep.lower_ in ("around", "near", "off"):
                out += [k for k in ctx._state_of_place(obj) if k not in out]
    return out


#: Prepositions of a topic spoken of, and nouns of a war named by its state ("the Iraq war").
DENIED_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})
WARS = frozenset({"war", "conflict", "invasion", "occupation", "crisis"})


def _freed_from_custody(ctx: _Context, events: list[_Event]) -> None:
    """A release "from" a state's custody, jail or camp is that state's: "four Britons freed from
    US custody", "two Jordanians released from American detention" (0841 by the US; those freed,
    or their state, its targets), whoever else the sentence made the agent."""
    for event in events:
        if event.cameo != "0841":
            continue
        holders = [
            k
            for p in event.trigger.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in DETENTION
            for m in o.children
            if m.dep_ in ("amod", "compound", "poss", "nmod")
            for k in ctx.entities(m, kinds=(Kind.STATE,), depth=1)
        ]
        if holders and holders != event.agents:
            freed = [a for a in event.agents if a not in holders]
            event.agents = list(dict.fromkeys(holders))
            event.targets = list(dict.fromkeys([*event.targets, *freed]))


#: Verbs of introducing someone "as" something (see _introduced).
INTRODUCING = frozenset({"introduce", "present"})
#: Nouns of honour an act is done "in": "in honour of X", "in tribute to X" (see _honoured).
HONOURING = frozenset({"honour", "honor", "tribute", "homage"})
#: Words opening the question an inquiry asks ("investigating whether X broke the rules").
QUESTION_MARKS = frozenset({"whether", "if"})


def _inquiry_subjects(ctx: _Context, events: list[_Event]) -> None:
    """An investigation with no one named as investigated targets the subject of the question it
    asks: "an inquiry by X is investigating whether Y helped ...", "X launched an inquiry into
    whether Y misled investors", "X is examining if Y broke the rules" -> Y (not a thing: "whether
    the prices were too high" names no one)."""
    for event in events:
        if event.cameo[:2] != "09" or event.targets:
            continue
        trigger = event.trigger
        heads = [trigger]
        if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and trigger.head.pos_ in ("VERB", "AUX"):
            heads.append(trigger.head)  # "an inquiry ... is investigating whether", "launched an inquiry"
        clauses: list[Token] = []
        for head in heads:
            for c in head.children:
                if c.dep_ in ("ccomp", "advcl"):
                    clauses.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("into", "on", "over", "at"):
                    clauses += [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
        for clause in clauses:
            if clause.dep_ == "pobj" and clause.head.lower_ == "into" and (found := ctx.entities(clause)):
                event.targets = [e for e in found if e not in event.agents]  # "a probe into Enron"
                if event.targets:
                    break
            owner = next((c for c in clause.children if c.dep_ == "poss"), None)
            if owner is not None and clause.pos_ == "NOUN" and (found := ctx.entities(owner)):
                event.targets = [e for e in found if e not in event.agents]  # "into Y's decision to ..."
                break
            if not any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in clause.children):
                continue
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = [e for e in ctx.entities(subj) if e not in event.agents]
            if found:
                event.targets = found
                break


#: Nouns of a quarrel whose other side, when the quarrel is denied, is no one the denial answers:
#: "denied any rift with Gordon Brown", "denied a split between X and Y".
DENIED_QUARRELS = QUARREL_NOUNS | {"rift", "split", "clash", "division", "tension", "dispute", "disagreement"}
#: Nouns of what is only said or heard of: "reports of a feud", "claims of a rift", "talk of".
HEARSAY_NOUNS = frozenset(
    {"report", "claim", "rumour", "rumor", "suggestion", "allegation", "talk", "speculation", "story"}
    | {"gossip", "whisper", "hint", "account"}
)


def _denials_of_states(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """A denial or a refusal to comment still upon no one after :func:`_asked_or_alleged` (no act
    coded inside it to take the targets of) is upon the one other state its words name: "denied
    that its forces had fired across the border into Afghanistan", "declined to comment on reports
    that it had turned away a Sudanese army delegation". Two states or none named: no target."""
    for event in events:
        if event.targets and event.cameo == DENY:
            # "denied reports of a feud between X and Y", "dismissed claims of a rift with X": the
            # ones named only inside the hearsay denied are no one the denial answers
            # ("denied any rift with X": the other side of a quarrel denied is in the claim too)
            inside = {
                k
                for o in event.trigger.children
                if o.dep_ == "dobj"
                for p in o.children
                if p.dep_ == "prep"
                and (
                    (o.lemma_.lower() in HEARSAY_NOUNS and p.lower_ in ("of", "about", "over"))
                    or (o.lemma_.lower() in DENIED_QUARRELS and p.lower_ in ("with", "between"))
                )
                for t in p.subtree
                if (k := ctx.found.entity_at(t.i)) is not None
            }
            event.targets = [t for t in event.targets if t not in inside]
        if event.targets or event.cameo not in (DENY, DECLINE_COMMENT):
            continue
        # (nor the state an agent is a body of: "a Foreign Office spokesman could not comment on
        # the activities of British intelligence")
        own = ctx.own_states(event.agents) | {
            ctx.found.part_of[a] for a in event.agents if a in ctx.found.part_of
        }
        own |= {a for a in event.agents if ctx.kind(a) is Kind.STATE}
        if not own:
            continue  # whose the agent is unknown, no other state can be told from its own
        told = [k for k in _states_told(ctx, event.trigger) if k not in event.agents and k not in own]
        if len(told) == 1:
            event.targets = told
    return events


def _states_told(ctx: _Context, trigger: Token) -> list[str]:
    """The states named in what a denial or a refusal to comment is about: its object or clause
    ("denied that its forces had fired into Afghanistan", "denied any role in a strike in eastern
    Afghanistan", "declined to comment on reports that ..."), not its subject, its dates or a
    speaker's attribution."""
    out: list[str] = []
    todo = [(c, False) for c in trigger.children if c.dep_ in ("ccomp", "dobj", "xcomp", "prep")]
    while todo:
        tok, told = todo.pop()
        # (not a topic: "misled Parliament over the Iraq war", "comment about Iran")
        if (tok.dep_ == "prep" and tok.lower_ in DENIED_TOPIC_PREPS) or tok.lemma_.lower() in WARS:
            continue
        # only inside the clause of an act told ("that its forces had fired", "reports that it had
        # turned away"): a bare topic names no one ("declined to comment on talks with Chinese
        # officials")
        told = told or (tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "acl", "relcl", "advcl"))
        todo += [(c, told) for c in tok.children]
        key = ctx.found.entity_at(tok.i)
        if key is None or ctx.quoted(tok.i) or not told:
            continue
        # (a state named, or a place's; not a party's or a firm's: "compared to Labour")
        state = key if ctx.kind(key) is Kind.STATE else None
        if ctx.kind(key) is Kind.LOCATION:
            state = ctx.found.part_of.get(key)
        if state is not None and ctx.kind(state) is Kind.STATE and state not in out:
            out.append(state)
    return out


def _provoked_by(ctx: _Context, trigger: Token) -> list[str]:
    """The states acting in the clause or phrase a show of force is told to answer: "after China
    sent warships" (the clause's subject), "after 20 Chinese warships were spotted", "citing a rise
    in Chinese military activity", "amid the dispute with Guyana", "after clashes with Chinese
    soldiers"; not the places named there ("after the attacks in Madrid")."""
    heads = [
        o for c in trigger.children if c.dep_ == "prep" and c.lower_ in PROVOKING for o in _prep_objects(c)
    ]
    heads += [
        c
        for c in trigger.children
        if c.dep_ == "advcl"
        and (
            c.lemma_.lower() == "cite"
            or any(m.dep_ in ("mark", "advmod", "prep") and m.lower_ in PROVOKING for m in c.children)
        )
    ]
    out: list[str] = []
    todo = list(heads)
    while todo:
        tok = todo.pop()
        key = ctx.found.entity_at(tok.i)
        if key is not None and ctx.kind(key) is Kind.STATE and key not in out:
            out.append(key)
        todo += [
            c
            for c in tok.children
            if c.dep_ not in ("relcl", "ccomp", "xcomp")
            and not (
                c.dep_ == "prep"
                and c.lower_ in (*WITHIN, "to", "from", "into", "on", "over", "around", "off")
                # ("a rise in Chinese military activity": an "in" of a thing, no place)
                and not (
                    c.lower_ == "in" and all(o.pos_ == "NOUN" for o in _prep_objects(c)) and _prep_objects(c)
                )
            )
        ]
    return out


def _yielded_to(ctx: _Context, verb: Token) -> list[str]:
    """Whom a concession answers: the other side of the talks it followed ("after talks with
    the government", "following negotiations with the rebels") or the one whose pressure or
    demands it gave way to ("under pressure from Washington", "in response to demands from X")."""
    out: list[str] = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        noun = _pobj(prep)
        if noun is None:
            continue
        if prep.lower_ in ("after", "following") and noun.lemma_.lower() in TALKS:
            sides = [
                o for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for o in _prep_objects(c)
            ]
        elif prep.lower_ in ("under", "after", "following", "to") and noun.lemma_.lower() in PLEAS:
            # ("gave in to pressure from Washington", "bowed to Togo's demands")
            sides = [
                o
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for o in _prep_objects(c)
            ]
            sides += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        else:
            continue
        out += [k for o in sides for k in ctx.entities(o) if k not in out]
    return out


def _accused_in_clause(ctx: _Context, verb: Token, acting: list[str]) -> list[str]:
    """Whom an allegation or complaint told in a clause is against: the clause's named actor
    ("alleges that Mr Blair told ...", "complained ministers had ignored ..."), or its "by"
    agent when the clause is passive ("alleged voters were deceived by the chancellor"); not a
    pronoun (often the speaker: "alleges he was told nothing")."""
    out: list[str] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _content_clause(c)):
        actor = _by_agent(clause)
        if actor is None and not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            actor = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if actor is None or actor.pos_ == "PRON":
            continue
        out += [k for k in ctx.entities(actor) if k not in acting and k not in out]
    return out


def _misread_clause(tok: Token | None) -> bool:
    """A "that" clause the parser read as a noun phrase, its bare verb taken for a noun:
    "demanded that Tony Blair resign" ("resign" a noun with "Tony Blair" its compound),
    "that Tony Blair sack John Prescott" ("John Prescott" the verb's object)."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    first = tok.left_edge
    return first.dep_ == "mark" and first.lower_ == "that" and first.i < tok.i


def _misread_subject(ctx: _Context, clause: Token) -> list[str]:
    """The actor a misread "that" clause opens with: the name or the office-holder's title
    right after "that" ("that Tony Blair resign", "that the prime minister apologise")."""
    j = clause.left_edge.i + 1
    doc = clause.doc
    if j < clause.i and doc[j].dep_ == "det":
        j += 1
    key = ctx.found.entity_at(j) if j <= clause.i else None
    if key is not None:
        return [key] if ctx.kind(key) in ACTORS else []
    # "that the prime minister apologise": the title runs up to its head word
    for t in doc[j : clause.i + 1]:
        if t.pos_ in ("NOUN", "PROPN") and (holder := ctx.office_holder(t)) is not None:
            return [holder]
        if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
    return []


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _addressees(ctx: _Context, letter: Token | None) -> list[str]:
    """Whom a message or paper is to: "in a letter to Tony Blair", "in a paper for the
    European Commission"."""
    if letter is None or letter.lemma_.lower() not in _MESSAGES_OR_DOCUMENTS:
        return []
    preps = ("to", "for") if letter.lemma_.lower() in DOCUMENTS else ("to",)
    return [
        k
        for c in letter.children
        if c.dep_ == "prep" and c.lower_ in preps
        for k in ctx.entities(_pobj(c), kinds=(Kind.STATE, Kind.ORGANIZATION, Kind.PERSON))
    ]


def _written_to(ctx: _Context, verb: Token) -> list[str]:
    """Whom an act told by a participle of a message goes to: "wrote to Tony Blair demanding an
    inquiry", "sent a letter to the Electoral Commission complaining about ...", "sent Mr Blair
    an e-mail urging ...": the addressee of the writing or of the message."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return []
    head = verb.head
    kinds = (Kind.STATE, Kind.ORGANIZATION, Kind.PERSON)
    writing: Token | None
    note: Token | None
    if message(head):
        writing, note = head.head if head.dep_ == "dobj" else None, head
    elif head.lemma_.lower() in WRITING:
        writing = head
        note = next((c for c in head.children if c.dep_ == "dobj" and message(c)), None)
    else:
        return []
    found: list[str] = []
    for host in (h for h in (writing, note) if h is not None):
        if host is writing and host.lemma_.lower() not in WRITING:
            continue
        for c in host.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                found += ctx.entities(_pobj(c), kinds=kinds)
            elif c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN"):
                found += ctx.entities(c, kinds=kinds)
    return list(dict.fromkeys(found))


def _document_authors(trigger: Token) -> list[Token]:
    """The possessors of documents a call or refusal wants made public, under the trigger:
    "called for Lord X's advice to be made public", "refused to publish Lord X's advice",
    "demanded the release of her report", "of the advice given by X". Each wrote or holds the
    document; the call is made of whoever is to publish it, not of them."""
    found: list[Token] = []
    for tok in trigger.subtree:
        if tok.lemma_.lower() not in DOCUMENTS or tok.pos_ != "NOUN":
            continue
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PARTS:
            # "Lord Goldsmith's first piece of legal advice": the part stands for the document
            tok, head = head.head, head.head.head
        if tok.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
            published = head.lemma_.lower() in PUBLISHING_NOUNS
        elif tok.dep_ in ("dobj", "nsubjpass"):
            published = head.lemma_.lower() in PUBLISHING or _made_public(head)
        else:
            # "called for the advice to be made public": the document heads the clause (or,
            # parsed so, the call does: "calls for X's advice to be made public")
            hosts = [tok]
            if tok.dep_ == "pobj" and head.lower_ == "for":
                hosts.append(head.head)
            published = any(
                c.dep_ in ("acl", "relcl")
                and c.i > tok.i
                and (_made_public(c) or (c.lemma_.lower() in PUBLISHING and c.tag_ == "VBN"))
                for host in hosts
                for c in host.children
            )
        if published:
            found += [c for c in tok.children if c.dep_ == "poss"]
            # "the publication of the legal advice given by the Attorney General", "the release
            # of the report written by X": the author named by the participle's "by"
            found += [by for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" if (by := _by_agent(c))]
    return found


def _state_office(role: str | None) -> bool:
    """A state's ministerial office ("home secretary", "foreign minister", "prime minister"), not
    a party's or a shadow one ("shadow chancellor", "general secretary", "party chairman")."""
    core = role_core(role).split()
    return (
        bool(core)
        and core[-1] in ("minister", "secretary", "chancellor", "premier")
        and not {"shadow", "general", "party", "press", "private"} & set(core)
    )


def _inverted(ctx: _Context, first: Token, verb: Token) -> bool:
    """A speech verb after a quotation ('"..., about five million unemployed," warned X'):
    a subject before the verb inside the quotation, the speaker after it."""
    return ctx.quoted(first.i) or (verb.i > 0 and verb.doc[verb.i - 1].is_quote)


def _made_public(verb: Token) -> bool:
    """ "made public", "be published": a verb of making public."""
    if verb.lemma_.lower() in PUBLISHING:
        return True
    return verb.lemma_.lower() == "make" and any(
        c.dep_ in ("oprd", "acomp", "ccomp", "dobj") and c.lower_ == "public" for c in verb.children
    )


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; when the parse left it none, the noun right after it that
    it made the subject of a clause: "granted asylum to five army officers holed up in ..."
    ("officers" the subject of "holed")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if objs or prep.dep_ != "prep":
        return objs
    for clause in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
        # "argued against Labour cutting the budget", "warned about the council selling the land":
        # the gerund's subject right after the preposition is what the phrase is about
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.left_edge.i == prep.i + 1:
            return [subj]
    for clause in (c for c in prep.head.children if c.dep_ in ("advcl", "ccomp") and c.i > prep.i):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.left_edge.i == prep.i + 1:
            return [subj]
    return []


def _absolute(prep: Token) -> Token | None:
    """ "with strings attached", "with its troops withdrawn": a "with" phrase that tells the
    circumstances (a noun and a participle right after it), no partner acted with; its noun."""
    obj = _pobj(prep) if prep.lower_ == "with" else None
    if (
        obj is not None
        and obj.pos_ == "NOUN"
        and obj.ent_type_ == ""
        and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i == obj.i + 1 for c in obj.children)
    ):
        return obj
    return None


#: Verbs of holding office or winning it: "X should run the country" prefers, asks nothing.
HOLDING_OFFICE = frozenset({"run", "govern", "lead", "rule", "become", "remain", "stay", "win", "succeed"})
#: Predicate nouns of a deed judged with its doer after "by": "a proportionate response by government".
JUDGED_DEEDS = frozenset(
    {"response", "reaction", "move", "step", "decision", "attempt", "ploy", "gesture", "initiative"}
    | {"measure", "policy", "plan", "proposal", "stunt", "gimmick", "u-turn", "climbdown", "betrayal"}
)
#: Nouns of rules a state makes: "the new rules" no maker is named for are the home state's.
STATE_RULES = frozenset({"rule", "law", "legislation", "regulation", "restriction", "curfew"})
#: Titles of those in a government: their words of "the government" are of their own side.
GOVERNING_TITLES = frozenset({"minister", "secretary", "chancellor", "premier", "president", "commissioner"})
#: Verbs of paying for someone's travel or stay: "paid for him to fly", "funded a trip for X".
PAYING_FOR = frozenset({"pay", "fund", "finance", "bankroll", "sponsor"})
#: Means of a call: "spoke by phone with", "talked via video link to".
MEANS_OF_CONTACT = frozenset({"phone", "telephone", "video", "videolink", "link", "call", "line", "hotline"})
#: Prepositions of the means of a call: "by phone", "via video link", "over the phone", "on the telephone".
CONTACT_PREPS = frozenset({"by", "via", "over", "on"})


#: Nouns and adjectives that insult the one they are said of: "asked him if he was a liar".
INSULTS = frozenset(
    {
        "liar",
        "coward",
        "criminal",
        "crook",
        "fool",
        "idiot",
        "hypocrite",
        "racist",
        "traitor",
        "fascist",
        "thief",
        "fraud",
        "cheat",
        "bully",
        "puppet",
        "poodle",
        "incompetent",
        "corrupt",
        "cowardly",
        "stupid",
        "mad",
        "insane",
        "lying",
        "deceitful",
        "spineless",
        "useless",
        "disgrace",
        "embarrassment",
    }
)


def _jibe(verb: Token, negative: Iterable[str]) -> bool:
    """ "asked Tony Blair whether he was a liar", "asked if he was a German war criminal": a
    question whose clause calls someone a name."""
    bad = INSULTS | set(negative)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children):
            continue
        predicates = [p for p in clause.children if p.dep_ in ("attr", "acomp")]
        if any(t.lemma_.lower() in bad or t.lower_ in bad for p in predicates for t in p.subtree):
            return True
    return False


def _only_question(verb: Token) -> bool:
    """'"Which premises do you blame?" he asked on the radio', "asked whether it would work": a
    question with no one asked and nothing asked for (not "asked Iran to ...", "asked for help")."""
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "dative", "xcomp", "iobj") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    return any(
        any(t.text == "?" for t in c.subtree)
        or any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in clauses
    ) or any(t.text == "?" for t in verb.sent if t.i < verb.i)


def _preps(verb: Token, dobj: Token | None) -> list[Token]:
    """The verb's prepositions and its object's, but for what an object of words is about:
    "criticised Iran's remarks on Iraq" is not upon Iraq ("imposed sanctions on Iraq" is)."""
    # (a particle with an object of its own is a preposition: "turned on the Federal Reserve")
    out = [
        c
        for c in verb.children
        if c.dep_ == "prep" or (c.dep_ == "prt" and any(o.dep_ == "pobj" for o in c.children))
    ]
    for means in [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in CONTACT_PREPS]:
        # "spoke by telephone with Putin": the parser hangs "with" on the means (its "by" read
        # as a passive's agent at times)
        obj = _pobj(means)
        if obj is not None and obj.lemma_.lower() in MEANS_OF_CONTACT:
            out += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "to")]
    if dobj is not None:
        topical = dobj.lemma_.lower() in word_lists().topic_nouns
        # "launched artillery, mortar and rocket fire against X": the list's last word carries
        # the phrase for all of them
        for obj in _conjuncts(dobj):
            out += [c for c in obj.children if c.dep_ == "prep" and not (topical and c.lower_ in TOPIC_PREPS)]
            if obj.like_num or obj.ent_type_ == "MONEY":
                # "announced $150 million in humanitarian aid for Sudan": the sum's "in" names
                # what it is, and that thing's phrases whom it goes to
                out += [
                    c
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ == "in"
                    for thing in p.children
                    if thing.dep_ == "pobj"
                    for c in thing.children
                    if c.dep_ == "prep"
                ]
    return out


def _speaker_phrase(verb: Token) -> Iterator[Token]:
    """The tokens of the speaker's own noun phrase: the subtrees of the verb's subjects."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            yield from child.subtree


#: Acts only someone speaking does, never a thing: "the bill ... and urged the government".
SPEAKERS_ACTS = frozenset(
    {
        "urge",
        "appeal",
        "demand",
        "insist",
        "vow",
        "pledge",
        "promise",
        "praise",
        "welcome",
        "accuse",
        "criticise",
        "criticize",
        "condemn",
        "thank",
        "apologise",
        "apologize",
    }
)


#: Verbs of appealing to someone: "urged", "called on", "appealed to", "pressed", "asked".
APPEAL_VERBS = frozenset({"urge", "call", "appeal", "ask", "press", "implore", "beg", "exhort", "plead"})


def _group_addressed(verb: Token, dobj: Token | None) -> bool:
    """An appeal made to people named by what they are, not by name: "urged politicians to
    ...", "called on ministers to ...", "appealed to voters to ...", "pressed the government to
    ..." (a noun of the sector lexicon: government, minister, voter, MP, people)."""
    if verb.lemma_.lower() not in APPEAL_VERBS:
        return False  # "pledged Labour would encourage more people to ...": no appeal made
    addressees = [dobj] if dobj is not None and dobj.dep_ == "dobj" else []
    addressees += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "to", "upon")
        for o in _prep_objects(c)
    ]
    return any(
        a.pos_ in ("NOUN", "PROPN") and sectors().sector(phrase_words(a, set())) is not None
        for a in addressees
    )

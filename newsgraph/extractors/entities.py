"""People, states, organizations and locations from a parsed Doc, resolved within it.

The small English model's entities are a starting point, corrected by rules that
generalise: names are trimmed of a leading "the", possessives and titles; ship names
(USS/HMS ...), designations with digits and lower-case phrases are not people; a
state name, abbreviation or demonym is a state whatever label the model gave it; a
capital or seat of government is the government when it acts (subject, possessor)
and a place otherwise. Short names ("Kim", "Shoigu") resolve to the nearest
compatible full name in the same document. Offices and affiliations come from
pre-modifiers ("Russian Defense Minister Sergei Shoigu") and appositions
("Kang Sun Nam, North Korea's defense minister"). The word lists these rules consult
(ship prefixes, organization words, government bodies ...) are in ``data/word_lists.txt``.

The extractor reads the Doc and never changes it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import (
    Article,
    ClaimFact,
    EntityFact,
    Evidence,
    Kind,
    Mention,
    Relation,
    RelationFact,
    node_key,
)
from .agents import IGO, organizations, sectors
from .companies import (
    CORPORATE_PREFIXES,
    CORPORATE_SUFFIXES,
    NAME_TRADES,
    acronyms,
    initials,
    is_acronym,
    lead_partner,
    same_company,
)
from .dates import MONTHS, WEEKDAYS, date_word
from .lexicon import Offices, first_names, name_gender, offices, shared_first_names, word_lists
from .parties import MAX_TOKENS as PARTY_TOKENS
from .parties import Party, PartyTable, bodies, groups, parties, shared_parties
from .roles import (
    CIVIC_OFFICES,
    COMPLEMENT,
    CONSTITUENCY_TITLES,
    body_head,
    constituency_member,
    law_officer,
    role_core,
    role_head,
)
from .spelling import spelling_variant
from .states import State, StateTable, TokenTable, capital, fold, lookup, place_state, sovereign
from .tokens import (
    Sentences,
    doc_ents,
    doc_sentences,
    doc_span,
    in_question,
    sentence_end,
    sentence_of,
    sentence_start,
    span_text,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: Titles of judges: with no court in their phrase, they sit in the courts of the state the
#: document names ("Judge X will hear the case" in a text on "the US court").
JUDGES = frozenset({"judge", "justice", "magistrate"})
#: Offices held on a person's staff: "a special adviser to Chancellor X" serves X's state.
AIDES = frozenset(
    {
        "adviser",
        "advisor",
        "aide",
        "assistant",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "counsellor",
        "deputy",  # "a deputy to Mr Vole", "one of Mr Vole's deputies": the state Mr Vole serves
    }
)
#: Nouns of a people or a faith's community: "a member of Britain's Jewish community" is no
#: office of Britain's.
COMMUNITIES = frozenset({"community", "communities", "diaspora", "minority", "population", "public"})
#: Titles that are a membership, no office: held only with the body they name ("a board
#: member of X", "a member of Hamas"), never claimed bare ("a member of the public").
MEMBERSHIPS = frozenset({"member"})
#: Verbs whose passive agent founded its subject: "Tesco was founded by Jack Cohen".
FOUNDING = frozenset({"found", "establish", "set", "create"})
#: Verbs whose passive agent holds an office in the subject: "Acme, run by X", "headed by Y".
PASSIVE_ROLES = {
    "run": "head",
    "head": "head",
    "lead": "leader",
    "chair": "chairman",
    "manage": "manager",
    "own": "owner",  # "Kingfisher Airlines, owned by X"
}
#: Verbs of saying whose speaker "at" an organization works there ("said X at Acme Securities").
SAYING = frozenset({"say", "tell", "add", "explain", "note", "argue", "warn", "write", "predict", "comment"})
#: Verbs that put a person in a state's delegation, with the role it gives ("X will join the UK
#: delegation", "X led Japan's delegation", "the French delegation, headed by X").
DELEGATION_ROLES = {
    "lead": "head of the delegation",
    "head": "head of the delegation",
    "join": "member of the delegation",
}
#: Kin by whom a text ties a person to a relative ("the son-in-law of former President X").
FAMILY = frozenset(
    {
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "mother",
        "father",
        "widow",
        "widower",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "cousin",
        "uncle",
        "aunt",
        "stepson",
        "stepdaughter",
    }
)
#: Adjectives of a company that is no one state's: "an international real estate company".
WORLDWIDE = frozenset({"international", "multinational", "global", "worldwide", "transnational"})
#: Nouns of a leader's government: "a minister in Putin's government" serves the leader's state.
GOVERNMENTS = frozenset({"government", "cabinet", "administration"})
#: Prepositions of an office's posting: where it serves ("ambassador in Tehran", "representative at
#: the talks") or to whom it is sent ("high commissioner to India").
POSTING_PREPS = frozenset({"in", "to", "at"})
#: A state's missions abroad: "X of the Kuwaiti embassy in Cairo" is Kuwait's.
MISSIONS = frozenset({"embassy", "consulate", "legation", "delegation", "mission"})
#: Nouns of courts.
COURT_NOUNS = frozenset({"court", "tribunal"})
#: Quotes and dashes trimmed from the front of a name, with the lexicon's ``leading_words``.
LEADING_PUNCT = frozenset({"'", '"', "“", "”", "‘", "’", "-", "—", "–", "(", "["})
TRAILING_JUNK = frozenset({"'", '"', "“", "”", "‘", "’", "-", "—", "–", ")", "]", ",", ".", ":", ";"})
#: Offices of a region in a sentence that make a name shared with a state the region ("the
#: governor of Georgia", "Georgia's state senator").
REGION_OFFICES = frozenset({"governor", "senator", "state's", "congressman", "congresswoman", "statehouse"})
#: Dependencies that make a capital or seat the acting government ("Pyongyang warned").
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "dobj", "iobj", "dative", "conj", "appos"})
#: Letters after a person's name that name an honour or a seat: "Guy Mansfield QC", "Ann Vole MEP".
POST_NOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "MLA", "AM"})
#: The seats among them: "the Mid-Bedfordshire MP" is the member, no organization.
SEATS = frozenset({"MP", "MEP", "MSP", "MLA", "AM"})
ENTITY_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"})
#: Verbs of a relative clause that make the person the object's officer: (lemma -> role).
#: Mentions of a home state (itself, its places, parties and bodies; no company's) that make a
#: story about it, whose companies with no state of their own are placed there.
HOME_SUPPORT = 2
#: Words before a storm's name, which is no one's: "Hurricane Mitch", "Typhoon Songda".
STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
#: Nouns of people at an organization who do not work there ("X, a patient at the Royal Free").
NOT_JOBS = frozenset(
    {
        "patient",
        "visitor",
        "guest",
        "customer",
        "client",
        "regular",
        "inmate",
        "prisoner",
        "passenger",
        "shareholder",
        "investor",
        "member",
        "speaker",
        "delegate",
        "spectator",
        "fan",
        "resident",
        "user",
    }
)
#: Verbs of a report a relative clause can hang another's clause on ("X, who it says headed Acme").
REPORTING_CLAUSES = frozenset({"say", "allege", "claim", "believe", "think", "report"})
CLAUSE_ROLES = {
    "chair": "chairman",
    "head": "head",
    "lead": "leader",
    "run": "head",
    "direct": "director",
    "manage": "manager",
    "found": "founder",
    "own": "owner",
    "edit": "editor",
    "work": "employee",
}
#: Verbs of holding an office named by an "as" phrase: "who serves as Morocco's ambassador".
SERVING_VERBS = frozenset({"serve", "act", "work"})
#: Endings of plural and person nouns that are no first name ("Families Margaret Hodge",
#: "Guardsman Allan Hendry"; a first name such as "Norman" is looked up first).
PLURAL_ENDING = re.compile(r"(ies|ers|ions|man|men)$")
#: Lower-case particles inside names ("Tom de la Mare", "Ayman al-Zawahiri"), kept at a name's front.
NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "ben",
        "dos",
    }
)
#: Articles that make the one-word name after them a thing's ("the Bill", "an Englishman's").
ARTICLES = frozenset({"the", "a", "an"})
#: Prepositions after which a one-word name with no support is a place ("in Powys").
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "to", "near", "outside", "inside", "around", "across", "throughout", "within"}
)
#: Lemmas of going somewhere and of trips: a name with no first name they go "to" is a place's.
TRAVEL = frozenset(
    {
        "travel",
        "fly",
        "sail",
        "drive",
        "journey",
        "tour",
        "trip",
        "visit",
        "flight",
        "holiday",
        "excursion",
        "pilgrimage",
        "voyage",
        "expedition",
        "cruise",
    }
)
#: Nouns before a group's name ("the group X") and members of one ("members of X").
GROUP_NOUNS = frozenset({"group", "movement", "faction", "gang", "organisation", "organization"})
GROUP_MEMBERS = frozenset({"member", "supporter", "activist", "leader"})
#: Adjectives a person's name takes after an article: "the late John Smith", "the last Prophet Muhammad".
AGE_WORDS = frozenset({"late", "last", "former", "young", "old", "elder", "great", "first", "then"})
#: Votes the state of the lead sentence's subject gets toward the document's home state.
LEAD_SUBJECT_VOTES = 3
#: Nouns by which a text names the state it is about: "the country's richest man".
COUNTRY_NOUNS = frozenset({"country", "nation"})
#: A name opening with a saint's is a place's, a church's or a school's in the news.
SAINTS = frozenset({"St", "Saint"})
#: Verbs that name a group after its noun: "a shadowy group known as X", "a gang called X".
NAMING_VERBS = frozenset({"known", "called", "named", "calling"})
#: Endings of a one-word "name" that is an idea or a quality: "Blairism", "Britishness".
ABSTRACT_ENDINGS = ("ism", "ishness")
#: Nouns that say the name beside them is a person's, with the office words and the
#: [descriptors] and [relatives] of the word lists: "X, a confidant of Y", "X, the richest man".
PERSON_NOUNS = frozenset(
    {"man", "woman", "confidant", "confidante", "member", "boss", "founder", "owner", "heir", "magnate"}
    # what a person is of a state ("X, a Belgian national"; a firm is a "national carrier")
    | {"national", "citizen", "resident", "native", "expatriate", "émigré", "emigre"}
)
#: Endings of a county's or region's name: "Gloucestershire", "Wiltshire".
COUNTY_SUFFIXES = ("shire",)
#: Dashes that end a name when spaced ("Smith - who"), unlike a hyphen inside one.
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Honorifics that make the name after them a person's ("Mr Wellington", "Lady Hermon").
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "baroness", "viscount", "mme", "herr"}
)
#: Ranks of the armed forces: after a post ("Commander Colonel X") they are no part of it.
#: Not "general": "director general", "attorney general" are titles of their own.
MILITARY_RANKS = frozenset(
    {"colonel", "major", "captain", "lieutenant", "brigadier", "admiral", "sergeant", "corporal"}
)
#: Office heads that "of" makes a figure of speech: "architect of the NHS" built it, held nothing.
FIGURATIVE_HEADS = frozenset({"architect"})
#: Words of an office phrase that are no part of the office ("new home secretary", "both culture secretary").
ROLE_NOISE = frozenset(
    {
        "organisation",  # "the organisation's president": the body named, no part of the title
        "organization",
        "new",
        "both",
        "current",
        "present",
        "confident",
        "then",
        "now",
        "earlier",
        "recently",
        "also",
        "only",
        "newly",
        "appointed",
        "elected",
        "veteran",
        # how the holder is described, no part of the office held ("recent female MP X",
        # "popular Tory MP Y", "the outspoken Labour MP Z")
        *("female", "male", "woman", "young", "elderly", "recent", "popular", "unpopular"),
        *("outspoken", "controversial", "respected", "prominent", "influential", "leading"),
        *("well-known", "maverick", "loyal", "charismatic", "colourful"),
        *("colorful", "combative", "embattled", "beleaguered", "disgraced", "flamboyant"),
        *("top", "key", "powerful", "experienced", "highly", "widely", "long-time", "longtime"),
    }
)
#: Last parts of hyphenated words that describe a holder, no office: "high-profile Labour MP",
#: "long-serving minister", "well-known campaigner", "part-time lecturer".
DESCRIPTIVE_COMPOUND_ENDS = frozenset({"profile", "serving", "standing", "known", "time", "respected"})
#: Styles of royals and clerics written between an office and the name ("Foreign Minister Prince X").
STYLES = frozenset(
    {"prince", "princess", "sheikh", "emir", "sultan", "king", "queen", "cardinal", "archbishop"}
)
#: Words that end a royal title, no name: "Princess Consort", "Princess Royal", "Queen Mother".
ROYAL_TITLE_ENDS = frozenset({"consort", "royal", "regent", "dowager", "mother"})
#: A devolved government's first word and the nation it governs.
NATION_OF = {"welsh": ("wales",), "scottish": ("scotland", "holyrood")}
#: Last words of a devolved government's name ("Scottish Executive", "Welsh Assembly Government").
DEVOLVED_GOVERNMENTS = frozenset({"executive", "government"})
#: Words of a devolved body's name after the nation's adjective: "Scottish Executive", "Welsh
#: Assembly Government", "Scottish Parliament", "Welsh Office".
DEVOLVED_BODIES = frozenset({"executive", "government", "assembly", "parliament", "office"})
#: Nations of the United Kingdom with devolved governments: "Scotland's justice minister".
DEVOLVED_NATIONS = frozenset({"scotland", "wales"})
#: Words after a place that name its force: "Norfolk police chief" is the force's officer.
FORCE_WORDS = frozenset({"police", "constabulary", "fire"})
#: Words that narrow a title, whatever the parser made of them ("deputy", "shadow" tagged as verbs).
RANK_WORDS = frozenset(
    {"deputy", "shadow", "former", "acting", "junior", "interim", "vice", "assistant", "co"}
)
#: Tags of wh-words: a clause opens there ("where", "who"), no part of a title after it.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Dependencies of clauses: what a clause on a holder's name says owns nothing of the office.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
#: Dependencies cut from a role's complement: clauses, appositions and conjuncts inside it.
PHRASE_CUT = frozenset({"relcl", "acl", "advcl", "appos", "conj", "cc", "parataxis"})
HYPHENS = frozenset({"-", "\u2011"})
#: Nouns with which a complement only points back at the holder ("chairman of the organisation").
BACK_REFERENCES = frozenset(
    {"organisation", "organization", "party", "group", "body", "company", "firm", "union", "charity"}
)
#: A complement longer than this is a clause the parser attached to the office, no title.
MAX_COMPLEMENT = 8
#: Titles of peers: "Lord Roberts of Conwy" names a place in the title, no holder.
PEERAGE = frozenset({"lord", "lady", "baroness", "baron", "viscount", "earl", "marquess", "duke"})
_HONORIFICS_OR_PEERAGE = HONORIFICS | PEERAGE
#: Common nouns of a state's own bodies an office may be named in (:func:`_state_body_phrase`).
STATE_BODY_NOUNS = ("central bank", "ministry")


def _state_body_phrase(role: str | None) -> tuple[str, ...] | None:
    """The words of the state body an office names by a common noun ("central bank vice
    president": ("central", "bank"); "foreign ministry spokesman": ("foreign", "ministry")), or
    None."""
    words = (role or "").lower().replace("'s", "").split()
    for noun in STATE_BODY_NOUNS:
        parts = noun.split()
        for i in range(len(words) - len(parts)):
            if words[i : i + len(parts)] == parts:
                if len(parts) == 1 and i > 0 and words[i - 1] not in ("former", "ex", "deputy", "junior"):
                    return (words[i - 1], *parts)  # "foreign ministry": its field names which one
                return tuple(parts) if len(parts) > 1 else None
    return None


#: Titles of members of the UK's House of Lords written before a name (:meth:`EntityExtractor._peers`).
PEER_TITLES = frozenset({"Lord", "Baroness"})
#: The role of the claim a peer's title makes (resolution gives it the UK).
PEER_ROLE = "peer"
_HONORIFICS_PEERAGE_OR_JUDGES = HONORIFICS | PEERAGE | JUDGES
#: A wire dateline: a place in capitals opening the text, then a comma, a bracket or a dash.
DATELINE = re.compile(r"^([A-Z][A-Z .'/-]{2,40}?)\s*(?:,|\(|-|\u2013|\u2014)")


@dataclass(slots=True)
class _Mention:
    kind: Kind
    start: int  # token indices of the trimmed name
    end: int
    name: str
    state: State | None = None
    capital_of: State | None = None
    titles: tuple[str, ...] = ()  # title words stripped from the front of a person name
    party: str | None = None  # a political party: the ISO3 of its state
    determined: bool = False  # "the Bill": a one-word name after an article, no one's unless resolved


@dataclass(slots=True)
class _Entity:
    key: str
    kind: Kind
    label: str
    iso3: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class DocEntities:
    """The entities of one document, and where they are in its Doc.

    ``token_entity`` maps a token index to the key of the entity the token names;
    ``offices`` maps (state iso3 or "", office phrase) to the person holding it, so
    later text that names a person only by office ("the defense minister") resolves.
    """

    entities: dict[str, _Entity] = field(default_factory=dict)
    token_entity: dict[int, str] = field(default_factory=dict)
    relations: list[RelationFact] = field(default_factory=list)
    offices: dict[tuple[str, str], str] = field(default_factory=dict)
    office_heads: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Every person named with each (state, role) of ``offices``, in order: a description
    #: ("the leader") that two people fit names neither.
    office_holders: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    part_of: dict[str, str] = field(default_factory=dict)  # organization or place -> its state
    claims: list[ClaimFact] = field(default_factory=list)  # offices and bodies with no holder named
    parties: set[str] = field(default_factory=set)  # keys of the political parties
    home: str | None = None  # the state the document is about, when it names one (see _home_state)
    owned: list[tuple[str, str, str | None, Evidence]] = field(
        default_factory=list
    )  # (person, owner, role, ev)
    #: The role and holders of a plural title before a name, by the name's head token: its
    #: conjuncts share them ("Labour MPs Ann Vole and Tom Reid").
    plural_titles: dict[int, tuple[str | None, list[str]]] = field(default_factory=dict)
    sentences: Sentences | None = None  # each token's sentence bounds (see ``sentence``)

    def facts(self) -> tuple[EntityFact, ...]:
        return tuple(
            EntityFact(key=e.key, kind=e.kind, label=e.label, mentions=tuple(e.mentions), iso3=e.iso3)
            for e in sorted(self.entities.values(), key=lambda e: e.key)
        )

    def entity_at(self, i: int) -> str | None:
        return self.token_entity.get(i)

    def sentence(self, doc: Doc, i: int) -> Span:
        """``doc[i].sent``, from a table of the document's sentences made at the first call."""
        if self.sentences is None:
            self.sentences = Sentences(doc)
        return self.sentences.span(i)


#: Marks that end a sentence of running text; a headline ends without one.
SENTENCE_ENDS = frozenset({".", "!", "?"})
#: Closing quotes, after which the mark before them ends the sentence ("... he said.'").
CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})
#: Sentences looked through for the lead after headlines.
LEAD_SEARCH = 3


def _lead_sentence(doc: Doc) -> Span | None:
    """The story's first sentence of running text: a headline ("Gurkhas to help tsunami
    victims", its own paragraph with no full stop) is no lead."""
    first = None
    for k, sent in enumerate(doc.sents):
        if k >= LEAD_SEARCH:
            break
        first = first or sent
        words = [t.text for t in sent if not t.is_space]
        while len(words) > 1 and words[-1] in CLOSING_QUOTES:
            words.pop()  # "Blair 'up for it'": a quote closing a headline ends no sentence
        if len(words) > 1 and words[-1] in SENTENCE_ENDS:
            return sent
    return first


def _lead_subject(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is the subject of the main verb of the story's lead ("A US bank has said
    it will pay ...": the lead introduces the company the story then names)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lead = _lead_sentence(doc)
    return lead is not None and lead.start <= tok.i < lead.end and tok.head.i == lead.root.i


def _ministers_of(out: DocEntities, state: str) -> list[ClaimFact]:
    """The document's claims, each person's ministerial office given ``state`` as its holder."""
    return [
        dataclasses.replace(c, home=state)
        if out.entities[c.entity].kind is Kind.PERSON and role_head(c.role) in MINISTERIAL
        else c
        for c in out.claims
    ]


def _lead_subject_state(doc: Doc, out: DocEntities) -> str | None:
    """The state (itself, or the owner of a place or body) that is the subject of the lead's
    main verb: "Britain has offered troops to Indonesia", "Downing Street said"."""
    lead = _lead_sentence(doc)
    if lead is None:
        return None
    for tok in lead:
        named = out.token_entity.get(tok.i)
        owner = None if named is None else named if named.startswith("state:") else out.part_of.get(named)
        if owner is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == lead.root.i:
            return owner
    return None


def _evidence(article: Article, sent: Span) -> Evidence:
    return Evidence(article.id, sent.start_char, sent.end_char)


def _sentence_evidence(doc: Doc, article: Article) -> list[Evidence]:
    """The evidence of each token's sentence, by token index: one Span per sentence instead of
    a walk to the sentence's edges for every mention (``Span.sent``)."""
    out: list[Evidence] = []
    for sent in doc_sentences(doc):
        out.extend([_evidence(article, sent)] * (sent.end - sent.start))
    return out


#: Trades a firm plies under its founders' names, as nouns written in the plural before the
#: firm's name in British news ("auditors Arthur Andersen", "stockbrokers Charles Stanley",
#: "bankers Morgan Grenfell"). One person is never written after a plural noun unless listed
#: with others ("Labour MPs Diane Abbott and Clare Short"); lawyers and advisers are left out
#: ("his lawyers John Vole" names a partner as often as a firm).
FIRM_TRADES = frozenset(
    {"accountant", "auditor", "broker", "stockbroker", "banker", "insurer", "consultant", "solicitor"}
    | {"jeweller", "builder", "housebuilder", "contractor", "bookmaker", "distiller", "caterer", "grocer"}
    | {"printer", "outfitter", "agent", "underwriter", "valuer", "actuary"}
)


def _after_firm_plural(doc: Doc, start: int, end: int, companies: Collection[str]) -> bool:
    """Whether the name ``doc[start:end]`` is written right after a plural common noun of a
    firm's trade (:data:`FIRM_TRADES`, or a company's noun: "retailers", "brewers",
    "publishers") and is listed with no other name: a firm named after its founders."""
    if start < 1 or end - start < 2:
        return False
    prev = doc[start - 1]
    word = prev.lower_
    if not (prev.is_lower or (prev.is_title and prev.is_sent_start)) or not word.endswith("s"):
        return False  # "auditors", "Stockbrokers" opening a sentence
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    if one not in FIRM_TRADES and one not in companies:
        return False
    if start > 1 and doc[start - 2].lower_ in ("and", "&", ","):
        return False  # "MPs X, Y and Z": a list of people
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in ("and", "&", ",") and end + 1 < len(doc):
        nxt = doc[end + 1]
        if nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON":
            return False  # "brokers X and Y": two people
    return True


#: Company nouns that are its people: a name after one is a person ("executives Karen Hollis"),
#: a name before one the company ("Shell executives").
COMPANY_PEOPLE = frozenset({"executives", "shareholders"})

#: Offices of a company, singular and plural, that its name is written before ("Balfour Beatty
#: managers X and Y", "Zedcorp's ex-chairman X"). No staff word ("aide", "adviser",
#: "spokesman"): "Blair aide X" is a person's staff.
COMPANY_TITLE_WORDS = frozenset(
    {"chairman", "chairmen", "chairwoman", "boss", "bosses", "manager", "managers", "executive"}
    | {"executives", "director", "directors", "chief", "chiefs", "founder", "founders"}
)

#: Words between a company's name and its title: "Zedcorp's ex-chairman", "X's former boss".
TITLE_OPENERS = frozenset({"'s", "’s", "'", "’", "ex", "-", "former", "managing", "finance", "sales"})


def _owns_a_company_title(doc: Doc, ent: Span, lowered: list[str], table: StateTable) -> bool:
    """Whether a PERSON or unknown GPE name the model gave is a company's: written right before
    a company's title (:data:`COMPANY_TITLE_WORDS`, lower case, with its possessive or "ex-")
    and the title's holder named after it ("Balfour Beatty managers Peter Grant and Alan Moss",
    "Zedcorp's ex-chairman Martin Hale"). Not a name opening with a first name ("Tony Blair
    chief ..."), a state, a region or a place the gazetteer lists ("Leeds chairman X": the club's
    town), nor the last words of a longer name ("Royal Bank of Scotland chief executive X")."""
    if ent.label_ not in ("PERSON", "GPE"):
        return False
    if ent.start > 0 and lowered[ent.start - 1] in ("of", "for", "and", "&", "de", "du"):
        return False
    end = len(doc)
    j = ent.end
    while j < end and j < ent.end + 3 and lowered[j] in TITLE_OPENERS and not doc[j].is_title:
        j += 1
    k = j
    while k < end and k < j + 2 and lowered[k] in COMPANY_TITLE_WORDS and doc[k].is_lower:
        k += 1
    if k == j or k >= end or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return False
    if ent.label_ == "PERSON" and first_names().get(ent[0].lower_) is not None:
        return False  # "Tony Blair" before a title is a person whose staff it names
    name = ent[:-1].text if len(ent) > 1 and ent[-1].tag_ == "POS" else ent.text
    if name.endswith(COUNTY_SUFFIXES) or table.is_region(name):
        return False  # "Scotland", "Texas", "Yorkshire"
    return lookup(name) is None and capital(name) is None and place_state(name) is None


def _not_a_name_word(tok: Token, descriptors: frozenset[str]) -> bool:
    """A word opening a PERSON span that is no part of a name: a participle ("Entering"), a
    describing noun ("Farmer", "Backbencher"), or an acronym that is no first name ("MEP")."""
    low = tok.lower_
    if first_names().get(low) is not None:
        return False
    return (
        low in descriptors
        or (low.endswith("ing") and len(low) > 5)
        or (len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha)
    )


def _before_spaced_dash(doc: Doc, start: int, end: int) -> int:
    """The end of a name at a dash with a space before it: the model ran on into the next
    words ("Moazzam Begg - have"); a hyphen inside a name ("Kilroy-Silk") has none."""
    for i in range(start + 1, end):
        if doc[i].text in DASHES and doc[i - 1].whitespace_:
            return i
    return end


def _name_as_adjective(doc: Doc, end: int) -> bool:
    """A name made an adjective by a hyphen and a lower-case word ("a George Bush-style tax
    cut", "Blair-era"): a manner, not a mention of the person."""
    if end < 2 or end >= len(doc) or doc[end - 2].text not in DASHES or doc[end - 2].whitespace_:
        return False
    word, after = doc[end - 1], doc[end]
    # a word of its own before a noun it describes; "Lai Ching-te said" is a name
    return word.is_lower and len(word) > 2 and after.is_lower and after.pos_ in ("NOUN", "ADJ")


def _place_name(words: Span, compass: frozenset[str]) -> bool:
    """A name with a compass word and no first name is a place or a constituency ("Bolton
    West", "North Devon", "Surrey South West"); "Oliver North" stays a person."""
    lowered = [t.lower_ for t in words]
    return len(lowered) > 1 and any(w in compass for w in lowered) and first_names().get(lowered[0]) is None


def _county_after_place(doc: Doc, start: int, end: int) -> bool:
    """A region's name, no one's: one word with a county suffix ("Gloucestershire"), or one word
    right after "<place> ," that the place's preposition opens and a comma or the sentence closes
    ("at Badminton, Avon, on Saturday")."""
    if end - start != 1:
        return False
    word = doc[start]
    if word.lower_.endswith(COUNTY_SUFFIXES) and len(word) > 6:
        return True
    if start < 3 or doc[start - 1].text != "," or (end < len(doc) and doc[end].text not in (",", ".", ";")):
        return False
    place = doc[start - 2]
    if place.ent_type_ not in ("GPE", "LOC", "FAC") or first_names().get(word.lower_) in ("M", "F"):
        return False
    k = start - 2
    while k > 0 and doc[k - 1].ent_type_ == place.ent_type_ and doc[k - 1].ent_iob_ != "O":
        k -= 1
    return k > 0 and doc[k - 1].lower_ in (*PLACE_PREPOSITIONS, "from", "of")


@functools.cache
def _prefixes(names: frozenset[str]) -> frozenset[str]:
    """Every leading part of every name: a span's text can be a name only if its first
    token's text is one of these."""
    return frozenset(name[:k] for name in names for k in range(1, len(name) + 1))


def _token_table(doc: Doc) -> tuple[list[str], list[str], set[str], TokenTable]:
    """Every token's text and lower-case text, the words written in lower case, and the table
    :meth:`StateTable.scan` reads: from one ``Doc.to_array``, with no Token made (300 BBC
    articles: 0.08 s CPU as a loop over the Tokens, 0.06 s so)."""
    from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, LOWER, ORTH, SPACY

    strings = doc.vocab.strings
    columns = doc.to_array([ORTH, LOWER, IS_LOWER, IS_ALPHA, IDX, IS_PUNCT, SPACY]).T.tolist()
    texts = [strings[h] for h in columns[0]]
    lowered = [strings[h] for h in columns[1]]
    not_names = {
        low for low, small, alpha in zip(lowered, columns[2], columns[3], strict=True) if small and alpha
    }
    whole = "".join([text + " " if space else text for text, space in zip(texts, columns[6], strict=True)])
    return texts, lowered, not_names, TokenTable(columns[4], [bool(p) for p in columns[5]], whole)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article or quote and a trailing possessive or punctuation."""
    leading = word_lists().leading_words
    while start < end:
        tok = doc[start]  # (one Token and one read of its text per step)
        low = tok.lower_
        if not (low in LEADING_PUNCT or low in leading or tok.is_space):
            break
        start += 1
    if end - start > 2 and doc[start].lower_ == "ex" and doc[start + 1].text == "-":
        start += 2  # "Ex-Downing Street media chief": "ex-" is the office's, no part of a name
    while end > start:
        tok = doc[end - 1]
        low = tok.lower_
        if not (low in POSSESSIVE or low in TRAILING_JUNK or tok.is_space):
            break
        end -= 1
    return start, end


def _text(doc: Doc, start: int, end: int) -> str:
    return span_text(doc, start, end)


#: Nouns of a vessel written right before its name ("the ferry Princess Vole"); no "carrier"
#: (an airline) and no "boat" ("the Boat Race").
VESSEL_NOUNS = frozenset(
    {"ferry", "tanker", "ship", "vessel", "liner", "freighter", "trawler", "yacht", "submarine"}
    | {"frigate", "destroyer", "warship", "cruiser", "steamer", "schooner", "dinghy", "lifeboat"}
)


#: Labels the model gives a titled name that is a person's ("Mr Kilroy-Silk" as ORG or FAC).
TITLED_AS_OTHER = frozenset({"ORG", "FAC", "GPE", "LOC", "PRODUCT", "NORP", "WORK_OF_ART"})
#: Titles only a person's name follows.
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "lord", "baroness", "lady", "sir", "dame"})


def _titled_name(doc: Doc, start: int, end: int, *, brand_like: bool = False) -> bool:
    """A person's title and one family name after it, with its hyphened parts and particles
    ("Mr Ashworth-Vole", "Dr van der Vole", "Lady O'Vole"): a person whatever the model's label.
    A body's or a product's label (``brand_like``) takes only a name no brand has the shape of,
    hyphened or with a particle ("Mr Kilroy-Silk"; not "Dr Pepper", "Mr Kipling")."""
    if end - start < 2 or doc[start].text.rstrip(".").lower() not in PERSON_TITLES or not doc[start].is_title:
        return False
    words = doc[start + 1 : end]
    capitals = 0
    for i, t in enumerate(words):
        if t.text in HYPHENS and 0 < i < len(words) - 1 and not t.whitespace_:
            continue
        if t.lower_ in NAME_PARTICLES and i < len(words) - 1:
            continue
        if not (t.is_title or (t.text[:1].isupper() and "'" in t.text)) or not t.text[:1].isalpha():
            return False
        capitals += 1
    shaped = any(t.text in HYPHENS or t.lower_ in NAME_PARTICLES for t in words)
    if brand_like and not shaped:
        return False
    return capitals == 1 or (capitals == 2 and shaped)


def _is_ship(doc: Doc, start: int, end: int, ships: set[str]) -> bool:
    """A ship: 'USS Kentucky' (prefix inside or just before), or a name already seen as a ship."""
    prefixes = word_lists().ship_prefixes

    def prefix(tok: Token) -> bool:  # "MS Estonia" is a ship; "Ms Blears" a woman
        # a ship's prefix is written in capitals: "Ros Coward", "Ins Vole" are given names
        return tok.lower_.rstrip(".") in prefixes and tok.text.rstrip(".").isupper()

    if prefix(doc[start]):
        return True
    k = start - 1
    while k > 0 and start - k <= 2 and doc[k].is_title and doc[k].is_alpha:
        k -= 1  # ("the ferry Princess Vole" with "Vole" alone tagged)
    if k >= 0 and doc[k].lower_ in VESSEL_NOUNS:
        return True  # "the ferry Princess Vole", "the tanker Prestige": the vessel's name
    j = start - 1
    while j >= 0 and doc[j].lower_ in ("the",):
        j -= 1
    if j >= 0 and prefix(doc[j]) and doc[j].text[:1].isupper():
        return True
    return _text(doc, start, end).casefold() in ships


QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})


def _state_or_place(key: str, out: DocEntities) -> str | None:
    """The state an entity is or lies in: a state itself, a place's state ("Moscow")."""
    kind = out.entities[key].kind
    return key if kind is Kind.STATE else out.part_of.get(key) if kind is Kind.LOCATION else None


def _based_before(doc: Doc, start: int) -> int | None:
    """The last token of X in "X-based <kind words> <name>" ("Munich-based research institute Ifo"):
    the words between "based" and the name are lower-case description words of any kind of body
    (at most four, no preposition, verb or punctuation), so the place is the named body's seat."""
    k = start - 1
    while k >= 2 and k > start - 6:
        t = doc[k]
        if t.lower_ == "based" and doc[k - 1].text in HYPHENS:
            return k - 2
        if not t.is_lower or t.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "DET", "CCONJ") or t.is_space:
            return None
        k -= 1
    return None


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash with spaces around it ("Smith - a board member"), not a hyphen inside a word."""
    return doc[i].text in DASHES and i > 0 and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)


#: Members' titles a band or a company gives, never a person: "Manfred Mann singer X" is the
#: band's singer, "Dyson founder X" the firm's ("Elvis guitarist X" may be the star's own).
MEMBER_TITLES = frozenset(
    {"singer", "frontman", "vocalist", "chairman", "chairwoman", "boss", "founder", "co-founder"}
)


def _heads_a_named_member(doc: Doc, end: int) -> bool:
    """The name is followed by one of :data:`MEMBER_TITLES` (or "chief executive") and then a
    person's name: "Former Manfred Mann singer Paul Jones", "Dyson founder James Dyson"."""
    i = end
    if i < len(doc) and doc[i].lower_ == "lead":
        i += 1  # "lead singer"
    if i + 1 < len(doc) and doc[i].lower_ == "chief" and doc[i + 1].lower_ == "executive":
        i += 1
    elif not (i < len(doc) and doc[i].lower_ in MEMBER_TITLES):
        return False
    return (
        i + 1 < len(doc)
        and doc[i].is_lower
        and doc[i + 1].ent_type_ == "PERSON"
        and doc[i + 1].ent_iob_ == "B"
    )


def _listed_with_people(head: Token) -> bool:
    """The name's head is a conjunct of a person's name, or a person's name is one of its own
    conjuncts ("Aretha Franklin, Otis Redding or Wilson Pickett")."""
    near = [*head.conjuncts]
    return bool(near) and all(t.ent_type_ == "PERSON" for t in near)


def _unquoted(doc: Doc, start: int, end: int) -> list[int]:
    """The token indices of ``doc[start:end]`` outside double quotation marks (a sentence
    opening inside a quotation is read as outside it)."""
    kept: list[int] = []
    inside = False
    for i in range(start, end):
        text = doc[i].text
        if text in ('"', "\u201c", "\u201d"):
            inside = not inside if text == '"' else text == "\u201c"
            continue
        if not inside:
            kept.append(i)
    return kept


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """The span stands alone between quote marks."""
    return start > 0 and end < len(doc) and doc[start - 1].text in QUOTES and doc[end].text in QUOTES


#: Words a title in quotes writes in lower case ("Mr Smith Goes to Washington").
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "from", "by"}
)
#: A quoted title or nickname is at most this many words.
MAX_TITLE_WORDS = 8


def _title_word(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper or tok.lower_ in TITLE_SMALL_WORDS)


def _title_in_quotes(doc: Doc, start: int, end: int) -> bool:
    """The name stands inside a short quoted title or nickname written in capitals word by word:
    "a documentary called 'No More Mr Nasty'", "dubbing him 'Sir Spendalot'", "the film 'Mr
    Smith Goes to Washington'"; never quoted speech ("'Mr Blair is wrong,' he said": a word in
    lower case, a comma)."""
    i = start - 1
    while i >= 0 and start - i <= MAX_TITLE_WORDS and doc[i].tag_ != "``":
        if not _title_word(doc[i]):
            return False
        i -= 1
    if i < 0 or doc[i].tag_ != "``":
        return False
    j = end
    while j < len(doc) and j - i <= MAX_TITLE_WORDS and doc[j].tag_ != "''":
        if not _title_word(doc[j]):
            return False
        j += 1
    return (
        j < len(doc)
        and doc[j].tag_ == "''"
        and all(_title_word(t) or t.text in HYPHENS for t in doc[start:end])
    )


def _entity_end(doc: Doc, i: int) -> int:
    """The end of the model's entity starting at token ``i``."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _cut_at_and(
    doc: Doc, start: int, end: int, organization_words: frozenset[str], state_bodies: frozenset[str]
) -> bool:
    """An organization's name the model began after its first word and "and": "the Public and
    Commercial Services Union", "of Food and Drink Federation" (the first word untagged, or
    tagged alone before a name of three words or more that is no state body's: "the Treasury
    and Cabinet Office", "the Treasury and the Foreign and Commonwealth Office" are two)."""
    if start < 2 or doc[start - 1].lower_ != "and" or end <= start:
        return False
    first = doc[start - 2]
    if _lower_body_word(doc, end, organization_words):
        end += 1  # "the Public and Commercial Services union"
    alone = not first.ent_type_ or (
        first.ent_type_ == "ORG"
        and first.ent_iob_ == "B"
        and end - start >= 3
        and doc[end - 1].lower_ not in state_bodies
    )
    return (
        first.is_alpha
        and first.is_title
        and alone
        and (start == 2 or doc[start - 3].lower_ in ("the", "of", "for") or doc[start - 3].is_punct)
        and (doc[end - 1].lower_ in organization_words or _lower_body_word(doc, end, organization_words))
    )


def _lower_body_word(doc: Doc, i: int, organization_words: frozenset[str]) -> bool:
    """An organization's head word the text writes in lower case after its name ("the Public and
    Commercial Services union")."""
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in organization_words


def _opening_sector_plural(tok: Token) -> bool:
    """A capitalised plural opening the sentence whose singular names a sector of people
    ("Rebels", "Militants", "Insurgents", "Protesters"): no place, whatever the tagger says."""
    if not (tok.is_sent_start and tok.is_title and tok.lower_.endswith("s")):
        return False
    return sectors().sector([tok.lower_.removesuffix("s")]) is not None


def _activity_word(doc: Doc, i: int) -> bool:
    """A capitalised word opening a sentence before a lower-case activity noun it names the
    object of: "Fox hunting with dogs is banned", "Badger culling resumed", "Salmon fishing
    closes": the common noun capitalised by its place, no one's name ("Fox" of Liam Fox)."""
    tok = doc[i]
    if i + 1 >= len(doc) or not tok.is_alpha or not tok.is_title:
        return False
    opens = bool(tok.is_sent_start) or (i > 0 and doc[i - 1].tag_ == "``" and bool(doc[i - 1].is_sent_start))
    nxt = doc[i + 1]
    return (
        opens
        and nxt.is_alpha
        and nxt.is_lower
        and nxt.lower_.endswith("ing")
        and nxt.tag_ in ("NN", "VBG")
        and not nxt.is_stop
    )


#: Participles that open a title ("managing director", "acting chairman"): no verb of the sentence.
TITLE_PARTICIPLES = frozenset({"managing", "acting"})
#: Adjectives by which a quotation judges a state rather than speaking for it ("France was wrong").
JUDGING_WORDS = frozenset(
    {"wrong", "right", "mistaken", "foolish", "naive", "irresponsible", "hypocritical", "guilty", "to"}
)
#: Honorifics a nickname or label is made with ("Mr Nasty", "Mr Big", "Mrs Average").
LABEL_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
#: Words before such a label that make it a thing's description, not a man addressed by name.
LABEL_OWNERS = frozenset(
    {"the", "his", "her", "its", "their", "our", "this", "that", "so-called", "'s", "’s"}
)


#: Words that give a nickname right after them (or after "as"): "known as Mr Motorway",
#: "nicknamed Mr Clean", "dubbed Mr Fixit".
LABELLING_WORDS = frozenset({"known", "dubbed", "nicknamed", "branded", "labelled", "labeled", "styled"})
BE_FORMS = frozenset({"is", "was", "were", "are", "been", "be", "being"})


def _honorific_label(doc: Doc, start: int, end: int) -> bool:
    """ "Mr" and one capitalised word used as a nickname or label, not as a man's name: quoted
    ("the 'Mr Motorway' candidate", "dubbed him 'Mr Clean'"), or after a determiner or owner and
    modifying a lower-case noun ("the Mr Nasty seat", "his Mr Clean image"). A named man is
    "Mr Smith" with neither ("Mr Smith's seat", "a Mr Smith called")."""
    if doc[start].lower_.rstrip(".") in LABEL_HONORIFICS:
        title, name = start, start + 1
    elif start > 0 and doc[start - 1].lower_.rstrip(".") in LABEL_HONORIFICS:
        title, name = start - 1, start
    else:
        return False
    if end - name != 1 or not doc[name].is_title:
        return False
    after = doc[end] if end < len(doc) else None
    opening = title - 1
    while opening >= 0 and title - opening <= 3 and doc[opening].is_title and doc[opening].is_alpha:
        opening -= 1  # "a documentary called 'No More Mr Nasty'"
    if opening >= 0 and doc[opening].text in QUOTES and after is not None and after.text in QUOTES:
        return True
    if title >= 2 and doc[title - 1].lower_ == "as" and doc[title - 2].lower_ in LABELLING_WORDS:
        return True  # "became known as Mr Motorway", "dubbed as Mr Fixit": a nickname
    if title >= 2:
        # "was dubbed Mr Clean", "nicknamed him Mr Big"; not "branded Mr Howard 'arrogant'",
        # where the titled man is the one labelled
        one, two = doc[title - 1].lower_, doc[title - 2].lower_
        if (one in LABELLING_WORDS and two in BE_FORMS) or (
            one in ("him", "her", "them", "it") and two in LABELLING_WORDS
        ):
            return True
    noun = after is not None and after.is_lower and after.is_alpha and after.pos_ == "NOUN"
    return noun and (
        (title > 0 and doc[title - 1].lower_ in LABEL_OWNERS)
        # "in the Simon Cowell, Mr Nasty seat": the name is the noun's modifier
        or (doc[name].dep_ in ("compound", "amod") and after is not None and doc[name].head.i == after.i)
    )


def _not_a_person(doc: Doc, start: int, end: int) -> bool:
    """The model's systematic PERSON errors: designations with digits, lower-case phrases, acronyms."""
    tokens = doc_span(doc, start, end)
    if any(any(ch.isdigit() for ch in t.text) for t in tokens):
        return True
    words = [t for t in tokens if t.is_alpha]
    if not words:
        return True
    if all(t.text[:1].islower() for t in words):
        return True
    if len(words) == 1 and len(words[0].text) > 1 and words[0].text.isupper():
        return True
    if any(t.tag_ == "POS" for t in tokens[:-1]):
        return True  # "Citizen's Pension": a possessive inside a name makes it a thing's name
    if _names_a_kin_group(doc, end):
        return True  # "the Conlon and Maguire families", "the Dawson family": a group, not one member
    return any(t.pos_ in ("VERB", "ADP") and t.text[:1].islower() for t in tokens)


#: Nouns of a group of kin a family name names ("the Conlon family", "the Kray brothers").
KIN_GROUPS = frozenset(
    {
        "family",
        "families",
        "clan",
        "clans",
        "household",
        "households",
        "dynasty",
        "brothers",
        "sisters",
        "twins",
    }
)


def _names_a_kin_group(doc: Doc, end: int) -> bool:
    """Whether the name ending before `end` opens or joins a run of names before a noun of a kin
    group: "the Conlon and Maguire families", "the Okafor, Mensah and Bello families"."""
    for tok in doc[end : end + 12]:
        if tok.lower_ in KIN_GROUPS:
            return True
        if not (
            tok.pos_ == "PROPN" or tok.is_title or tok.lower_ in ("and", ",", "&", "-") or tok.tag_ == "HYPH"
        ):
            return False
    return False


#: Rank abbreviations that are first names too ("Gen Nakatani"): a rank only before a full name.
FIRST_NAME_RANKS = frozenset({"gen"})


def _first_name_rank(doc: Doc, start: int, end: int) -> bool:
    """ "Gen Ann Vole": a rank that is also a first name, before a known first name and a family name."""
    if doc[start].lower_ not in FIRST_NAME_RANKS or end - start < 2:
        return False
    if end - start == 2:
        # "Gen Musharraf" where the text names "President Musharraf" or "Pervez Musharraf": the
        # rank of a family name the document gives without it ("Gen Nakatani" alone stays a name)
        family = doc[start + 1]
        return family.text[:1].isupper() and any(
            t.text == family.text
            and t.i != family.i
            and t.ent_type_ == "PERSON"
            and t.i > 0
            and doc[t.i - 1].lower_ not in FIRST_NAME_RANKS
            for t in doc
        )
    return first_names().get(doc[start + 1].lower_) in ("M", "F") and doc[start + 2].text[:1].isupper()


def _strip_titles(doc: Doc, start: int, end: int) -> tuple[int, tuple[str, ...]]:
    office = offices()
    titles: list[str] = []
    while end - start > 1 and (
        office.is_title(doc[start].text)
        or (
            doc[start].text.endswith("s")
            and (office.is_office(doc[start].text[:-1]) or office.is_title(doc[start].text[:-1]))
        )  # "MPs - Keith Vaz", "Lords Bingham, Steyn and Hope"
        or doc[start].lower_ in POSSESSIVE
        or (titles and doc[start].text in ("-", "\u2013", "\u2014"))
        or _first_name_rank(doc, start, end)
    ):
        titles.append(doc[start].text)
        start += 1
    return start, tuple(titles)


#: Acronyms of the organization table that are common words of their own ("an NGO").
_COMMON_ACRONYMS = frozenset({"NGO"})


class EntityExtractor:
    """Find and resolve the entities of one Doc. Stateless between documents."""

    def __init__(self, table: StateTable | None = None) -> None:
        self.table = table or StateTable.default()
        self.office = offices()
        self.words = word_lists()
        self.parties = parties()
        self.office_places = self.office.city_parts
        self._companies: set[str] = set()
        self._worldwide: set[str] = set()  # companies the text calls international ("a global firm")
        self._places: set[str] = set()  # one-word places the model tagged in the document
        self._group_names: set[str] = set()  # names the document calls a group's ("a group known as X")
        self._person_names: set[str] = set()  # names tagged ORG that the document says are people's
        self._kin_words: set[str] = set()  # first names the document puts after a kin noun ("son Harry")
        self._kin_spots: dict[int, str] = {}  # their tokens -> the word before the kin noun ("his")
        self._portfolio_words: set[int] = set()  # a party's name read as a field ("Saudi Labour Minister")
        self._org_initials: set[str] = set()  # the initials of the organizations the model tagged
        self._things: set[str] = set()  # names the document puts beside a thing noun
        self._orgs_named_bare: set[str] = set()  # one-word ORG names the text uses without an office after
        self._lowered_words: set[str] = set()  # words the document writes in lower case
        self._not_names: set[str] = set()  # words the document writes in lower case or in an ORG/NORP
        self._words: set[str] = set()  # every word of the document, lower-cased
        self._texts: list[str] = []  # every token's text, by index
        self._upper: list[bool] = []  # whether each token's text starts with a capital
        self._lowered: list[str] = []  # every token's lower-case text, by index
        self._read: Doc | None = None  # the document these were read from

    # -- mentions -------------------------------------------------------------------------
    def _state_of_text(self, text: str) -> State | None:
        return self.table.lookup(text) or self.table.demonym(text)

    def _classify(self, doc: Doc, ent: Span, ships: set[str], label: str) -> _Mention | None:
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            return None
        if (label == "PERSON" or label in TITLED_AS_OTHER) and _honorific_label(doc, start, end):
            return None  # "the Mr Nasty seat", "his 'Mr Clean' image": a label, no one's name
        hyphened = _hyphened_end(doc, end) if label == "PERSON" else end
        if hyphened > end and not any(doc[k].ent_type_ for k in range(end, hyphened)):
            end = hyphened  # "Mr Kilroy-Vole" with "Kilroy" alone tagged: the name's other part
        if (
            label in TITLED_AS_OTHER
            and _titled_name(doc, start, end, brand_like=label in ("ORG", "PRODUCT"))
            and not self._no_name_word(doc[end - 1])
        ):
            label = "PERSON"  # "attacked Mr Ashworth-Vole" tagged a building: a title and a name
        if end - start > 1 and doc[start].like_num and self._state_of_text(_text(doc, start + 1, end)):
            start += 1  # "Twelve Sri Lankan" tagged as one name: a number of a state's people
        if (
            end - start == 1
            and label == "ORG"
            and end + 1 < len(doc)
            and doc[end].lower_ == "and"
            and doc[end + 1].ent_iob_ == "B"
            and _cut_at_and(
                doc,
                end + 1,
                _entity_end(doc, end + 1),
                self.words.organization_words,
                self.words.government_bodies,
            )
        ):
            return None  # "Public" of "the Public and Commercial Services Union": the name's front
        if (
            label in ("PERSON", "ORG")
            and end - start > 2
            and doc[start].is_lower
            and doc[start].lower_ in HYPHEN_PREFIXES
            and doc[start + 1].text in HYPHENS
            and doc[start].idx + len(doc[start]) == doc[start + 1].idx
        ):  # "pre-Budget report", "cross-Party talks", "anti-Nato rallies": a modifier, no name
            if not self._named_after_prefix(_text(doc, start + 2, end)):
                return None
            start += 2  # "anti-Nato": the body the modifier names
        if end - start == 1 and label in ("PERSON", "ORG") and _activity_word(doc, start):
            return None  # "Fox hunting will be banned": a common noun opening the sentence
        if end - start == 1 and label in ("GPE", "LOC", "FAC") and _opening_sector_plural(doc[start]):
            return None  # "Rebels based in Sudan attacked": people of a sector, no place
        if _is_ship(doc, start, end, ships):
            named = start + 1 if doc[start].lower_.rstrip(".") in self.words.ship_prefixes else start
            ships.add(_text(doc, named, end).casefold())
            return None
        if label == "ORG" and end - start > 1 and doc[end - 1].text.rstrip(".").lower() in POST_NOMINALS:
            if self._name_before_post_nominal(doc, start, end - 1):
                # "Guy Mansfield QC", "Jane Vole MP" tagged ORG: a name and its honour or seat is a person
                return _Mention(Kind.PERSON, start, end - 1, _text(doc, start, end - 1))
            if doc[end - 1].lower_ in REPRESENTATIVES:
                end -= 1  # "the Mid-Bedfordshire MP", "the Tory MP": a seat or a party, never a body
                start, end = _trim(doc, start, end)
                while start < end and doc[start].lower_ in ARTICLES:
                    start += 1
                if start >= end:
                    return None
        if label == "PERSON":
            while (
                end - start > 1 and doc[start].text[:1].islower() and doc[start].lower_ not in NAME_PARTICLES
            ):
                start += 1  # "stepson Sholto", "point - al-Qaeda": words before the name
        text = _text(doc, start, end)
        if label == "NORP" and end - start == 1 and doc[start].lower_ in NATION_OF:
            stop = end
            while (
                stop < len(doc)
                and stop - end < 2
                and not doc[stop].ent_type_
                and doc[stop].lower_ in DEVOLVED_BODIES
                and doc[stop].text[:1].isupper()
            ):
                stop += 1
            if stop > end:
                # "the Scottish Executive", "the Welsh Assembly Government" tagged "Scottish" alone:
                # the devolved body the words name
                return _Mention(Kind.ORGANIZATION, start, stop, _text(doc, start, stop))
        if (
            end < len(doc)
            and not doc[end].ent_type_
            and doc[end].text[:1].isupper()
            and self._state_of_text(text) is None
            and (longer := self.table.demonym(_text(doc, start, end + 1))) is not None
        ):  # "Sierra" tagged alone before "Leonean": the model cut the people's name short
            return _Mention(Kind.STATE, start, end + 1, _text(doc, start, end + 1), state=longer)
        if (
            label == "ORG"
            and end < len(doc)
            and doc[end].ent_type_ == "PERSON"
            and (law_officer(text.lower()) or self.office.is_office(text.lower()))
        ):
            return None  # "Solicitor General Harriet Harman" tagged ORG + PERSON: a title, no body
        party = self.parties.lookup(text)
        if party is None and end - start == 1:
            party = self._democrats_before_legislator(doc, start)
        if party is not None and end - start == 1 and (other := self._qualified_party(doc, start, party)):
            return other  # "the Christian | Democrats" tagged apart: no US Democrats
        if party is not None and self._portfolio_party(doc, start, end):
            return None  # "Economy and Labour Minister X": a field of the title, no party
        if party is not None:
            return _Mention(Kind.ORGANIZATION, start, end, party.name, party=party.iso3)
        if bodies().lookup(text) is not None:
            return _Mention(Kind.ORGANIZATION, start, end, text)  # "the Pentagon", whatever the model said
        if (
            label in ("ORG", "GPE")
            and end - start > 1
            and doc[start].lower_.rstrip(".") in HONORIFICS
            and not any(_office_word(self.office, t.text) for t in doc[start + 1 : end])
            and not _not_a_person(doc, start + 1, end)
        ):  # "Mr Cable" tagged ORG: the honorific says person
            return _Mention(
                Kind.PERSON, start + 1, end, _text(doc, start + 1, end), titles=(doc[start].text,)
            )
        if (
            label == "ORG"
            and 2 <= end - start <= 3
            and start > 0
            and doc[start - 1].text.islower()
            and _office_word(self.office, doc[start - 1].text)
            and first_names().get(doc[start].lower_) in ("M", "F")
            and all(t.is_alpha and t.is_title for t in doc[start:end])
            and not any(t.lower_ in self.words.organization_words for t in doc[start:end])
            and self.parties.lookup(text) is None
        ):  # "Labour peer Helena Vole" tagged ORG: an office and a first name say person
            return _Mention(Kind.PERSON, start, end, text)
        if (
            label == "ORG"
            and 3 <= end - start <= 4
            and (self.office.rank(doc[start].text) is not None or _first_name_rank(doc, start, end))
            and first_names().get(doc[start + 1].lower_) in ("M", "F")
            and all(t.is_alpha and t.is_title for t in doc[start + 1 : end])
            and not any(t.lower_ in self.words.organization_words for t in doc[start:end])
        ):  # "Gen Helena Vole" tagged ORG: a military rank before a full name says person
            return _Mention(
                Kind.PERSON, start + 1, end, _text(doc, start + 1, end), titles=(doc[start].text,)
            )
        if (
            label == "ORG"
            and end - start == 2
            and first_names().get(doc[start].lower_) in ("M", "F")
            and all(t.is_alpha and t.is_title for t in doc[start:end])
            and not any(t.lower_ in self.words.organization_words for t in doc[start:end])
            and any(
                e.label_ == "PERSON" and e.end - e.start > 1 and e[-1].text == doc[end - 1].text
                for e in doc.ents
            )
        ):  # "Amanda Champion" tagged ORG beside her uncle "Lewis Champion": a first name and a family's name
            return _Mention(Kind.PERSON, start, end, text)
        if (
            label == "ORG"
            and end - start == 2
            and first_names().get(doc[start].lower_) in ("M", "F")
            and all(t.is_alpha and t.is_title for t in doc[start:end])
            and not any(t.lower_ in self.words.organization_words for t in doc[start:end])
            and text not in self._companies
            and _listed_with_people(doc[end - 1])
        ):  # "Aretha Franklin, Otis Redding or Wilson Pickett" with the middle one tagged ORG
            return _Mention(Kind.PERSON, start, end, text)
        if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
            # "said Mr Wellington": a person whatever else the name may be, but for a title or a
            # nickname ("a programme called 'No More Mr Nasty'", "dubbed 'Sir Spendalot'")
            if _title_in_quotes(doc, start - 1, end) or text in self._things:
                return None
            end = _before_spaced_dash(doc, start, end)  # "Mr Howard - can he"
            start, end = _trim(doc, start, end)
            if start >= end or _not_a_person(doc, start, end):
                return None
            while end - start > 1 and doc[end - 1].text.rstrip(".").lower() in POST_NOMINALS:
                end -= 1  # "Sir Ian Vole KC": the honour after the name is no part of it
            return _Mention(Kind.PERSON, start, end, _text(doc, start, end), titles=(doc[start - 1].text,))
        if (
            label == "ORG"
            and self._demonym_before_name(doc, start, end)
            and (
                first_names().get(doc[start + 1].lower_) in ("M", "F")
                or (start >= 2 and doc[start - 1].lower_ == "old" and doc[start - 2].text in HYPHENS)
            )
            and not self._one_word_body(doc, start + 1)
        ):  # "52-year-old Australian Ann Vole" tagged ORG whole: an age or a first name says person
            return _Mention(Kind.PERSON, start + 1, end, _text(doc, start + 1, end))
        if (
            label == "ORG"
            and 3 <= end - start <= 4
            and doc[end - 1].text in POST_NOMINALS
            and first_names().get(doc[start].lower_) in ("M", "F")
            and all(t.is_alpha and t.is_title for t in doc[start : end - 1])
            and not any(t.lower_ in self.words.organization_words for t in doc[start : end - 1])
        ):  # "Guy Mansfield QC", "Ann Vole MEP" tagged ORG whole: a person with an honour or seat
            return _Mention(Kind.PERSON, start, end - 1, _text(doc, start, end - 1))
        if (
            label == "ORG"
            and (doc[end - 1].text in SEATS or (end < len(doc) and doc[end].text in SEATS))
            and first_names().get(doc[start].lower_) not in ("M", "F")
            and self.parties.lookup(_text(doc, start, end - (doc[end - 1].text in SEATS))) is None
            and not any(t.lower_ in self.words.organization_words for t in doc[start:end])
        ):  # "The Mid-Bedfordshire MP had denied": a constituency describing its member, no body
            return None
        if label in ("ORG", "FAC", "GPE") and self._described_as_person(doc, start, end):
            # "Rinat Akhmetov, the country's richest man", "chairman Viktor Pinchuk" tagged ORG
            self._person_names.add(text)
            return _Mention(Kind.PERSON, start, end, text)
        state = self._state_of_text(text)
        if state is not None and label != "GPE" and self.table.code_only(text):
            state = None  # "the VAT system": an ISO code spelled as a word is no state
        if state is not None and start > 0 and doc[start - 1].lower_ == "ethnic":
            return None  # "ethnic Albanians" are a people, not the state of Albania
        if state is not None and label != "PERSON":
            return _Mention(Kind.STATE, start, end, text, state=state)
        if label == "PERSON":
            if _quoted(doc, start, end) or _title_in_quotes(doc, start, end):
                return None  # 'Strait Thunder': a named exercise or operation in quotes, no one's name
            if _name_as_adjective(doc, end):
                return None
            if self._in_portfolio_list(doc, start):
                return None  # "Minister for Children, Young People and Families": a field, no one
            if _possessed_work(doc, start, end):
                return None  # "Charles Dickens' Oliver Twist": the author's book, no one in the news
            if (
                end - start > 1
                and doc[end - 1].lower_.rstrip(".") in HONORIFICS
                and end < len(doc)
                and doc[end].is_title
            ):
                return None  # "Said Mr" tagged apart from the name after it
            for i in range(start + 1, end - 1):
                if doc[i].lower_.rstrip(".") in HONORIFICS and all(
                    doc[j].lower_ in self._lowered_words for j in range(start, i)
                ):
                    start = i  # "Said Mr Vole:": a verb opening the sentence before the title
                    break
            named_at = start
            start, titles = _strip_titles(doc, start, end)
            if (
                end - start == 1
                and doc[start].lower_ in ROYAL_TITLE_ENDS
                and any(t.lower() in STYLES for t in titles)
            ):
                return None  # "should become Princess Consort": a title, no one's name
            honored = any(t.lower().rstrip(".") in HONORIFICS for t in titles)
            end = _before_spaced_dash(doc, start, end)  # "Alan Milburn - the", not "Kilroy-Silk"
            start, end = _trim(doc, start, end)
            if start >= end:
                return None
            if not honored:
                start = self._name_start(doc, start, end)
                if self._demonym_before_name(doc, start, end):
                    start += 1  # "Yemeni Salim Hamdaoui" tagged whole: the people's adjective is no name
                if end - start == 1 and self._first_name_left_out(doc, start):
                    start -= 1  # "Australian [Mamdouh] Habib": the model tagged the family name only
                if self._thing_name(doc, named_at, start, end):
                    return None
            if not honored and end - start > 1 and _not_a_name_word(doc[start], self.words.descriptors):
                if end - start == 2 and doc[start].lower_.endswith("ing"):
                    return None  # "Entering Westminster": a participle and a place, no one
                if end - start > 2:
                    start += 1  # "Farmer Geoff Brooks", "MEP Nigel Farage": a description before the name
            # "Vladimir Padrino [Lopez]": the model stopped short of the name's head word.
            while (
                end < len(doc)
                and doc[end].pos_ == "PROPN"
                and (
                    not doc[end].ent_type_
                    or (  # "Susilo Bambang" and "Yudhoyono" tagged apart: one name, not two people
                        doc[end].ent_type_ == "PERSON"
                        and doc[end].ent_iob_ == "B"
                        and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")
                    )
                )
                and doc[end].text[:1].isupper()
                and doc[end - 1].head.i == end
                and not self.office.is_title(doc[end].text)
            ):
                end += 1
            text = _text(doc, start, end)
            state = None if honored else self.table.lookup(text) or self.table.demonym(text)
            if state is None and not honored and not titles:
                state = self._state_not_first_name(doc, start, end, text)
            if state is not None:
                return _Mention(Kind.STATE, start, end, text, state=state)
            capital = None if honored else self.table.capital(text)
            if capital is not None:  # "also criticised Niamey"
                if self._acts(doc, start, end) or (
                    self.table.seat(text) is not None and self._seat_speaker(doc, start, end)
                ):
                    return _Mention(Kind.STATE, start, end, text, state=capital)
                return _Mention(Kind.LOCATION, start, end, text, capital_of=capital)
            if _not_a_person(doc, start, end):
                return None
            while end - start > 1 and (
                (doc[end - 1].text.isupper() and _office_word(self.office, doc[end - 1].text))
                or (
                    end - start > 2
                    and doc[end - 1].is_upper
                    and doc[end - 1].is_alpha
                    and 2 <= len(doc[end - 1]) <= 4
                )
            ):
                end -= 1  # "Paul Boateng MP", "Ian Cowan QC": an office or honour after the name
            text = _text(doc, start, end)
            if all(
                _office_word(self.office, t.text) or self.office.is_office(t.lemma_)
                for t in doc_span(doc, start, end)
            ):
                return None  # "MPs" left of "Labour MPs": an office, no one's name
            if all(self.office.is_portfolio(t.text) for t in doc_span(doc, start, end) if t.is_alpha):
                return None  # "Home Affairs": an office's field, no one's name
            if any(t.lower_ in self.words.organization_words for t in doc_span(doc, start, end)):
                return _Mention(Kind.ORGANIZATION, start, end, text)  # "Manchester United", "Lib Dems"
            if not honored and text in self._companies and not self._person_plying_a_trade(doc, start, end):
                return _Mention(Kind.ORGANIZATION, start, end, text)  # "oil firm Yukos" elsewhere in the text
            if not honored and not titles and _heads_a_named_member(doc, end):
                return _Mention(Kind.ORGANIZATION, start, end, text)  # "Manfred Mann singer Paul Jones"
            if not honored and _place_name(doc_span(doc, start, end), self.words.compass):
                return _Mention(Kind.LOCATION, start, end, text)  # "Leeds Central", "North Devon"
            if not honored and not titles and _county_after_place(doc, start, end):
                return _Mention(Kind.LOCATION, start, end, text)  # "Badminton, Gloucestershire"
            if not honored and end - start > 1 and doc[start].text.rstrip(".") in SAINTS:
                return _Mention(
                    Kind.LOCATION, start, end, text
                )  # "Holborn and St Pancras", "St Egwin's School"
            if end - start == 1 and (
                doc[start].lower_.rstrip(".") in _HONORIFICS_OR_PEERAGE
                or doc[start].lower_.endswith(ABSTRACT_ENDINGS)
            ):
                return None  # "Lord" left of a name, "Blairism", "Britishness": no one's name
            if not honored and not titles and self._listed_with_things(doc, start, end):
                return None  # "yoga and Tai Chi", "benefit agencies and Jobcentres"
            if not honored and not titles and self._listed_with_places(doc, start, end):
                return _Mention(Kind.LOCATION, start, end, text)  # "at Belmarsh, London, and Woodhill"
            if not honored and not titles:
                kind = self._not_a_person_kind(doc, start, end)
                if kind is not None:
                    if kind is Kind.ORGANIZATION:
                        self._group_names.add(text)
                    return _Mention(kind, start, end, text)
            if (
                not honored
                and not titles
                and end - start > 1
                and first_names().get(doc[start].lower_) is None
                and (doc[end - 1].lower_ in PERSON_NOUNS or doc[end - 1].lower_ in self.words.descriptors)
            ):
                return None  # "European Businessman of the Year": a description or an award, no name
            if not honored and not titles and self._named_like_a_body(doc, start, end):
                return _Mention(Kind.ORGANIZATION, start, end, text)  # "Marks & Spencer", "Air Zedland"
            determined = not titles and start > 0 and doc[start - 1].lower_ in ARTICLES
            return _Mention(Kind.PERSON, start, end, text, titles=titles, determined=determined)
        capital = self.table.capital(text)
        if capital is not None:
            if self._acts(doc, start, end) or (
                self.table.seat(text) is not None and self._seat_speaker(doc, start, end)
            ):
                return _Mention(Kind.STATE, start, end, text, state=capital)
            return _Mention(Kind.LOCATION, start, end, text, capital_of=capital)
        if label == "NORP" and (ambiguous := self._ambiguous_state(doc, start, end, text)) is not None:
            return _Mention(Kind.STATE, start, end, text, state=ambiguous)  # "Macedonian police"
        if label == "NORP":
            return None  # groups ("Muslims", "Democrats") are neither states nor organizations here
        if label == "GPE" and text in self._companies:
            return _Mention(Kind.ORGANIZATION, start, end, text)  # "Russian energy giant Gazprom"
        if label in ("GPE", "LOC", "FAC") and is_acronym(text) and text in self._org_initials:
            # "India Petrochemicals Limited (IPCL) ... another IPCL board member": the body's initials
            return _Mention(Kind.ORGANIZATION, start, end, text)
        if label == "GPE" and (ambiguous := self._ambiguous_state(doc, start, end, text)) is not None:
            return _Mention(Kind.STATE, start, end, text, state=ambiguous)
        if (
            label in ("GPE", "LOC")
            and (org := organizations().get(text)) is not None
            and org.code.startswith("IGO")
        ):
            # "The G7 condemned ...": a group of states the model tagged as a place
            return _Mention(Kind.ORGANIZATION, start, end, text)
        if label in ("GPE", "LOC", "FAC"):
            return _Mention(Kind.LOCATION, start, end, text)
        if label == "ORG":
            while end - start > 1 and (
                self.office.rank(doc[end - 1].text + ".") or (doc[end - 1].text == "." and end - start > 2)
            ):
                end -= 1  # "Army Col.": the rank is the person's, not the organization's
            start, end = self._organization_span(doc, start, end)
            if _cut_at_and(doc, start, end, self.words.organization_words, self.words.government_bodies):
                start -= 2  # "the Public and Commercial Services Union" cut at "and" by the model
                if _lower_body_word(doc, end, self.words.organization_words):
                    end += 1  # "... Services union": one name however its head word is written
            text = _text(doc, start, end)
            if (
                end < len(doc)
                and doc[end].lower_ in REPRESENTATIVES
                and not is_acronym(text)
                and text not in self._companies
                and not any(
                    t.lower_ in self.words.organization_words or self.parties.lookup(t.text) is not None
                    for t in doc[start:end]
                )
            ):
                return _Mention(Kind.LOCATION, start, end, text)  # "Mid-Bedfordshire MP X": a seat
            lettered = [t for t in doc_span(doc, start, end) if any(ch.isalpha() for ch in t.text)]
            if all(t.text[:1].islower() for t in lettered):
                return None  # "coast guard": a common noun, not a named organization ("E&Y" is one)
            if (
                end - start == 1
                and end < len(doc)
                and self.office.is_office(doc[end].text)
                and (
                    self.office.is_portfolio(text)
                    or not (
                        is_acronym(text)
                        or text in self._companies
                        or text in self._orgs_named_bare
                        or self._one_word_body(doc, start)
                        or groups().state(text) is not None
                    )
                )
            ):  # "NMDC chairman", "Enron boss", "oil firm Yukos ... Yukos chairman" are a body's;
                # so is "Toyota president X" where "Toyota said ..." names the company bare, and
                # a named armed group's ("a Taliban commander", "the Hamas leader")
                return None  # "Defense" in "Defense Minister Sergei Shoigu" is part of an office
            if self._portfolio(doc, start, end):
                return None  # "New Home" Secretary, "International Development" Secretary
            if all(
                self.office.is_office(t.lemma_) or self.office.is_office(t.text)
                for t in doc_span(doc, start, end)
            ):
                return None  # "MP" tagged ORG: an office, no organization
            return _Mention(Kind.ORGANIZATION, start, end, text)
        return None

    def _named_after_prefix(self, text: str) -> bool:
        """Whether the words after "anti-", "pro-", "post-" name a body or a state of their own
        ("anti-Nato", "pro-EU"), not a common thing written with a capital ("pre-Budget")."""
        from ..resolve.actors import actors

        return (
            is_acronym(text)
            or self.parties.lookup(text) is not None
            or bodies().lookup(text) is not None
            or self._state_of_text(text) is not None
            or actors().organization(text) is not None
        )

    def _name_before_post_nominal(self, doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc[start:end]``, written before a post-nominal ("QC", "MP", "OBE"), is a
        person's name: two to four capitalised words, no body's or party's word, no place; an
        honour or a silk ("QC", "OBE") follows only a person, a seat ("MP", "MEP") follows a place
        or a party too ("East Midlands MEP"), so a name before one must open with a first name."""
        words = doc[start:end]
        if not 2 <= len(words) <= 4 or words[0].lower_ in ARTICLES:
            return False
        if not all(
            t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha() for t in words
        ):
            return False
        if any(
            t.lower_ in self.words.organization_words or self.parties.lookup(t.text) is not None
            for t in words
        ):
            return False
        text = words.text
        if self._state_of_text(text) is not None or self.table.capital(text) is not None:
            return False
        if _place_name(words, self.words.compass) or text in self._companies:
            return False
        if doc[end].lower_ in REPRESENTATIVES:
            return first_names().get(words[0].lower_) in ("M", "F", "U")
        return True

    def _named_like_a_body(self, doc: Doc, start: int, end: int) -> bool:
        """A name of several words no person bears: joined by an ampersand ("Marks & Spencer"),
        a company or body the knowledge base lists ("Morgan Stanley"), or opening with a word
        the document writes in lower case that is no first name, no person's noun and no
        people's adjective ("Air Zedland" beside "air fares", "Smart Tags", "Best Buy")."""
        from ..resolve.actors import actors  # the knowledge base of persons, as resolution reads it

        if end - start < 2:
            return False
        words = doc_span(doc, start, end)
        if any(t.text in ("&", "+") for t in words):
            return True
        if actors().organization(words.text) is not None:
            return True
        first = words[0]
        if first_names().get(first.lower_) is None and any(
            t.lower_ in self.words.company_name_words for t in words[1:]
        ):
            return True  # "Argonaut Games", "Zedland Wireless": a trade in the name
        if _after_firm_plural(doc, start, end, self.words.described_companies):
            return True  # "auditors Arthur Andersen", "brokers Charles Stanley": a firm of that trade
        if actors().person(words.text) is not None or self._personal_sign(doc, start, end):
            return False  # "Said Vole, the chief negotiator,", "Long Vole said he"
        return (
            first.is_alpha
            and first.is_title
            and first.lower_ in self._lowered_words
            and first_names().get(first.lower_) is None
            and not self.office.is_title(first.text)
            and not _office_word(self.office, first.text)
            and not self.office.is_office(first.lower_)
            and first.lower_ not in PERSON_NOUNS
            and first.lower_ not in self.words.descriptors
            and first.lower_ not in self.words.relatives
            and first.lower_ not in NAME_PARTICLES
            and self.table.demonym(first.text) is None
            and not any(first_names().get(t.lower_) in ("M", "F") for t in words[1:])
        )

    def _plain_word(self, word: str) -> bool:
        """A capitalised word that names no state, people, capital, place, party or first name
        ("Dunmore", not "British", "Japan", "Paris" or "Barclay")."""
        return not (
            self.table.candidates(word)
            or self.table.demonym(word) is not None
            or self.table.capital(word) is not None
            or place_state(word) is not None
            or self.parties.lookup(word) is not None
            or first_names().get(word.lower()) is not None
            or word in self._places
        )

    def _one_word_body(self, doc: Doc, i: int) -> bool:
        """A one-word name the model tagged ORG before an office word is the body whose office
        it is ("former Enron boss X", "Ofsted chief Y"), unless the word is a field, a generic
        body word, a title, a place, a first name or a word of a person's name in the document
        ("Party leader X", "a Clarke aide")."""
        tok = doc[i]
        word = tok.text
        if not (tok.is_alpha and word[:1].isupper() and len(word) > 2 and tok.pos_ == "PROPN"):
            return False
        low = word.lower()
        ex = i > 1 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ == "ex"  # "Ex-Enron chief X"
        if (
            i > 0
            and not ex
            and (doc[i - 1].ent_type_ in ("ORG", "NORP") or self.parties.lookup(doc[i - 1].text))
        ):
            return False  # "UKIP Scotland chairman": the party's branch, named by its place
        if i + 1 < len(doc) and (
            doc[i + 1].lower_ in MINISTERIAL
            or (self.office.serves_a_state(doc[i + 1].lower_) and doc[i + 1].lower_ not in SPOKESPEOPLE)
        ):
            # "Wales Secretary X", "Europe Minister Y": a government's office, no body's; a body
            # has spokespeople of its own ("Riggs spokesman X", "Ofsted spokeswoman Y")
            return False
        if (
            low in self.words.organization_words
            or word in self._places
            or self.office.is_title(word)
            or self.parties.lookup(word) is not None
            or self.table.candidates(word)
            or self.table.capital(word) is not None
            or place_state(word) is not None
            or first_names().get(low) is not None
        ):
            return False
        return not any(
            t.lower_ == low
            and t.i != i
            and (
                t.ent_type_ == "PERSON"
                or (t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in HONORIFICS)
                or (t.i > 0 and first_names().get(doc[t.i - 1].lower_) is not None)
            )
            for t in doc
        )

    def _organization_span(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """An ORG span without what the model glued to it: "New" opening a sentence before an
        office ("New Metropolitan Police Commissioner X": a new commissioner; not "New York
        Times"), a bracket left open ("Survivors Fund (SURF"), a trailing preposition."""
        if (
            end - start > 2
            and doc[start].lower_ == "new"
            and (doc[start].is_sent_start or doc[start].is_lower)
            and end < len(doc)
            and _office_word(self.office, doc[end].text)
            and doc[start + 1].lower_ not in self.words.new_names
            and self.table.lookup(doc[start : start + 2].text) is None
        ):
            start += 1
        opened = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
        if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
            end = opened
        while end - start > 1 and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
            end -= 1
        return _name_tail(doc, start, end)

    def _name_start(self, doc: Doc, start: int, end: int) -> int:
        """Where a PERSON name really starts: after a preposition or a slogan's verb the model
        took in ("Across Wales", "Vote Blair"), after a word the document uses as no name before
        a first name ("Unison Dave Prentis"), or one word before it when the model dropped the
        first of three names ("[Rhodri] Glyn Thomas")."""
        names = first_names()
        while end - start > 1 and (
            date_word(doc[start])  # "on 13 March Lord Goldsmith met": the date is no part of the name
            or (
                doc[start].lower_ not in names
                and (doc[start].tag_ == "IN" or doc[start].lower_ in self.words.slogan_verbs)
            )
        ):
            start += 1
        if (
            end - start >= 3
            and doc[start].lower_ not in names
            and doc[start + 1].lower_ in names
            and (
                doc[start].lower_ in self._not_names
                or PLURAL_ENDING.search(doc[start].lower_)
                or self.office.is_portfolio(doc[start].text)
                or (
                    start >= 2
                    and doc[start - 1].lower_ in ("for", "of")
                    and _office_word(self.office, doc[start - 2].text)
                )
            )
        ):
            start += 1  # "Unison Dave Prentis", "Families Margaret Hodge"; "Iain Duncan Smith" stays
        prev = doc[start - 1] if start > 0 else None
        core = end
        while (
            core - start > 2 and doc[core - 1].is_upper and doc[core - 1].is_alpha and len(doc[core - 1]) <= 4
        ):
            core -= 1  # "[Manjit] Singh Gill QC": the honour after the name is no part of it
        if (
            prev is not None
            and core - start == 2
            and prev.pos_ == "PROPN"
            and prev.is_title
            and not prev.ent_type_
            and prev.head.i in range(start, end)
            and not self.office.is_title(prev.text)
            and not _office_word(self.office, prev.text)
            and not self.parties.may_start(prev.text)
            and prev.lower_ not in self.words.descriptors
            and prev.lower_ not in self.words.slogan_verbs
            and prev.text not in self._places
            and prev.lower_ not in self._not_names
            and not date_word(prev)  # "by 12 April Alan Milburn": a date, not "[April] Alan Milburn"
            # "Retailer John Lewis said": a trade's common noun opening the sentence, no name
            and prev.lower_ not in TRADE_NOUNS | FIRM_TRADES | self.words.described_companies
            and not self.office.is_portfolio(prev.text)
            # "Jane Kennedy" is whole: not "Work Jane Kennedy"; "Rhodri Glyn Thomas" opens with a first name;
            # a word opening the sentence before it is the name's ("Shani Rhys James is worried")
            and (doc[start].lower_ not in names or prev.lower_ in names or _opens_sentence(prev))
        ):
            start -= 1
        return start

    def _thing_name(self, doc: Doc, named_at: int, start: int, end: int) -> bool:
        """A PERSON span that names a thing: a name the document puts beside a thing noun
        anywhere ("the game Manhunt ... Manhunt was", "the Wright Stuff show"); an article right
        before a name of several words that opens with no first name ("the Westminster Hour"),
        or before a one-word possessor ("an Englishman's"); a one-word name with a modifier
        before it ("the Finance Bill"); a name opening with a national adjective ("Scottish
        Borderers")."""
        if span_text(doc, start, end) in self._things:
            return True
        if end - start > 1 and doc[end - 1].is_title and doc[end - 1].lower_ in NAMED_THINGS:
            return True  # "the Adam Vole Lecture", "the Vole Presidency": named after a person
        if self._named_after(doc, start, end):
            return True  # "Magna Carta", "the Nobel Peace Prize", "the Victoria Cross"
        names = first_names()
        first = doc[start]
        after = doc[end] if end < len(doc) else None
        if (
            end - start > 1
            and names.get(first.lower_) is None
            and (self.table.demonym(first.text) is not None or first.lower_ in self.words.nation_adjectives)
        ):
            return True
        if (
            end - start == 1
            and start > 0
            and first.lower_ in self.words.document_nouns
            and doc[start - 1].is_title
            and doc[start - 1].lower_.rstrip(".") not in HONORIFICS
        ):
            return True  # "the Criminal Justice Bill" split by the model: no "Bill"
        if end - start == 1 and start > 0:
            prev = doc[start - 1]
            if (
                prev.dep_ == "compound"
                and prev.head.i == start
                and prev.is_title
                and prev.ent_type_ != "PERSON"
                and names.get(prev.lower_) is None
                and not self.office.is_title(prev.text)
                and not _office_word(self.office, prev.text)
                and prev.lower_.rstrip(".") not in HONORIFICS
                and not self.parties.may_start(prev.text)
            ):
                return True
        before = start - 1
        while (
            before > 0
            and doc[before].pos_ == "ADJ"
            and doc[before].is_lower
            and doc[before].lower_ not in AGE_WORDS
        ):
            before -= 1
        if (
            before < start - 1
            and doc[before].lower_ in ARTICLES
            and end - start > 1
            and names.get(first.lower_) is None
        ):
            return True  # "a red Vauxhall Corsa"; "the late John Smith" opens with a first name
        if named_at == start and start > 0 and doc[start - 1].lower_ in ARTICLES:
            if end - start > 1 and names.get(first.lower_) is None:
                return True  # "the Westminster Hour"; "the Tony Blair years" stays
            if (
                end - start == 1
                and after is not None
                and after.lower_ in POSSESSIVE
                and doc[start - 1].lower_ != "the"
            ):
                return True  # "an Englishman's home"
        return False

    def _named_after(self, doc: Doc, start: int, end: int) -> bool:
        """A name that is a thing's named after someone: its last word, or the last of a
        capitalised chain right after it that the name modifies, is a head of
        [named_thing_heads] ("Magna Carta", "the Balfour Declaration", "Nobel" in "the Nobel
        Peace Prize"). A head that is also a family name ([named_thing_surnames]: "Cross",
        "Hall") counts only after "the" or when the name opens with no first name."""
        heads = self.words.named_thing_heads
        last = end
        while (
            last < len(doc)
            and last - end < 3
            and doc[last].is_title
            and doc[last].is_alpha
            and doc[last].ent_type_ != "PERSON"
            and doc[last].lower_ not in HONORIFICS
        ):
            last += 1
        head = doc[last - 1]
        if head.lower_ not in heads or not head.is_title or last - start < 2:
            return False
        if last > end and doc[end - 1].head.i not in range(end, last):
            return False  # "Gordon Brown Budget" read apart; the name must modify the chain
        if head.lower_ not in self.words.named_thing_surnames:
            return True
        return (start > 0 and doc[start - 1].lower_ == "the") or first_names().get(doc[start].lower_) is None

    def _thing_names(self, doc: Doc, ents: Sequence[Span]) -> set[str]:
        """Names the document puts right beside a thing noun: "the game Manhunt", "the Catholic
        movement Opus Dei", "the Wright Stuff show"; every mention of them is a thing's."""
        nouns = self.words.thing_nouns
        found: set[str] = set()
        for ent in ents:
            if ent.label_ == "WORK_OF_ART":
                # a title the model read as one ("'No More Mr Grumpy'"): the name in it, after an
                # honorific, is the title's wherever the text repeats it
                # (a title in capitals word by word, with words before the honorific: never
                # "Thank you Mr Blair", nor a name alone the model took for a title)
                words = [t for t in ent if t.text not in QUOTES]
                if len(words) > 2 and all(_title_word(t) for t in words):
                    found.update(
                        doc[t.i + 1 : words[-1].i + 1].text
                        for t in words[1:-1]
                        if t.lower_.rstrip(".") in HONORIFICS
                    )
                continue
            if len(ent) > 1 and ent[0].lower_ in STORMS and ent[-1].is_title:
                found.add(ent[1:].text)  # "Hurricane Mitch" tagged an event: "Mitch" is the storm's
                continue
            if ent.label_ != "PERSON":
                continue
            start, end = _trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            before = doc[start - 1] if start > 0 else None
            after = doc[end] if end < len(doc) else None
            if _title_in_quotes(doc, start, end) and not _quoted(doc, start, end):
                # a title with more words than the name: 'No More Mr Nasty' ... No More Mr Nasty is
                # shown; a name alone in quotes may be quoted for another reason
                found.add(doc[start:end].text)
            elif (before is not None and before.is_lower and before.lower_ in nouns) or (
                after is not None and after.is_lower and after.lower_ in nouns and doc[end - 1].head.i == end
            ):
                found.add(doc[start:end].text)
            elif before is not None and before.lower_ in STORMS:
                found.add(doc[start:end].text)  # "after Hurricane Mitch. Mitch killed 10,000": a storm
            elif _bare_possessive(doc, start, end):
                found.add(doc[start:end].text)  # "Foster's, John Smith's and Strongbow": a brand or shop
            elif end - start > 1 and doc[start].lower_ in STORMS:
                found.update((doc[start:end].text, doc[start + 1 : end].text))
        return found

    def _not_a_person_kind(self, doc: Doc, start: int, end: int) -> Kind | None:
        """The kind of a PERSON span whose words say place or organization: a place's head word
        last ("Wilmslow Road"); a one-word name after "in" ("in Powys"); a name opening with a
        word the document names as a place ("Swansea Unite" beside "in Swansea"); a name right
        before an office and another name ("Nottingham City Councillor Jo Bloggs")."""
        words = doc_span(doc, start, end)
        first = first_names().get(words[0].lower_)
        root = words.root
        if first not in ("M", "F") and _constituency(doc, start, end):
            return Kind.LOCATION  # "MP for Glasgow Kelvin", "the Glasgow Kelvin MP": a seat, no one
        if (
            end - start > 1
            and words[-1].lower_ in self.words.place_heads
            and not (
                first in ("M", "F")
                and (
                    _treated_as_person(doc, root, end)
                    or _age_apposition(doc, end)
                    # "Alexandra Tower, a spokeswoman for the bank,": a person's noun apposed
                    or any(c.dep_ == "appos" and c.i > end and self._person_noun(c) for c in root.children)
                )
            )
        ):
            return (
                Kind.LOCATION
            )  # not "Barbara Castle, who died in 2002,": a first name and a person's clause
        if (
            end - start == 2
            and first is None
            and words[0].lower_ in self.words.place_heads
            and not (_treated_as_person(doc, root, end) or _age_apposition(doc, end))
        ):
            return Kind.LOCATION  # "Castle Howard", "Fort William": a place's head word first
        if (
            end - start == 1
            and first is None
            and root.dep_ == "pobj"
            and root.head.lower_ in PLACE_PREPOSITIONS
            and not (root.head.i > 0 and doc[root.head.i - 1].lower_ == "according")
        ):
            return Kind.LOCATION  # a family name of the document is a person again (_surnames)
        if (
            end - start > 1
            and first is None
            and root.dep_ == "pobj"
            and root.head.lower_ in ("in", "near")
            and root.head.head.pos_ != "NOUN"
            and not any(c.dep_ == "case" for c in root.children)
        ):
            return Kind.LOCATION  # "Judith Moritz, in Melton Mowbray, said"; not "faith in Kofi Annan"
        if (
            end - start > 1
            and first is None
            and root.dep_ == "pobj"
            and root.head.lower_ in ("to", "toward", "towards")
            and root.head.head.lemma_.lower() in TRAVEL
        ):
            return Kind.LOCATION  # "a sightseeing tour to Wadi Rum", "flew on to Nueva Cantera"
        prev = doc[start - 1] if start > 0 else None
        hyphened = end - start == 3 and doc[start + 1].text == "-" and not doc[start].whitespace_
        if (
            end - start > 1
            and (first is None or hyphened)  # "oil industry analysts Douglas-Westwood"
            and prev is not None
            and prev.tag_ == "NNS"
            and prev.is_lower
            and not any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)
            and not (root.dep_ == "conj" and root.head.ent_type_ == "PERSON")
        ):
            return Kind.ORGANIZATION  # "consultants Booz Allen Hamilton": a firm named by its trade
        if end - start > 1 and first is None and words[0].text in self._places:
            return Kind.ORGANIZATION
        if (
            end + 1 < len(doc)
            and doc[end].is_title
            and (self.office.is_title(doc[end].text) or _office_word(self.office, doc[end].text))
            and doc[end + 1].ent_type_ == "PERSON"
        ):
            return Kind.ORGANIZATION  # the office's body or place, not a person
        if first is None and self._group_usage(doc, root, start):
            return Kind.ORGANIZATION
        if (
            end - start == 2
            and words[0].text in ("al", "el")
            and words[0].whitespace_
            and not any(
                e.label_ == "PERSON" and e.end - e.start > 2 and e[-2:].text == words.text for e in doc.ents
            )
        ):
            return (
                Kind.ORGANIZATION
            )  # "fighting al Shabaab": a movement; "Ayman al Zawahri" named in full stays
        after = (
            doc[end + 1]
            if end + 1 < len(doc) and doc[end].text == ","
            else doc[end]
            if end < len(doc)
            else None
        )
        if end - start > 1 and first is None and after is not None and after.lower_ == "which":
            return Kind.ORGANIZATION  # "a partner for Tods Murray which has a client": a firm, no one
        if _named_by_initials(doc, start, end):
            return Kind.ORGANIZATION  # "Cia. Vale Do Rio Doce (CVRD)": a body's name and its initials
        if end - start == 1 and first is None and _quoted_price(root):
            return Kind.ORGANIZATION  # "Acme shed 2.1% to 17.58 euros": a listed company's shares
        return None

    def _person_noun(self, tok: Token) -> bool:
        """A common noun only a person is: an office ("chairman"), a describing or family noun
        ("tycoon", "son"), "man", "confidant"."""
        low = tok.lemma_.lower()
        return (
            tok.pos_ == "NOUN"
            and tok.is_lower
            and (
                low in PERSON_NOUNS
                or low in self.words.descriptors
                or low in self.words.relatives
                or self.office.is_office(low)
                or self.office.is_office(tok.lower_)
            )
        )

    def _described_as_person(self, doc: Doc, start: int, end: int) -> bool:
        """A name of two or three capitalised words the model tagged as an organization or a
        place that the sentence describes as a person: in apposition with a person's noun ("X,
        vice-chairman of Y", "X, son-in-law of Y", "X - another board member", "X, the
        country's richest man") or right after a lower-case office ("company president X").
        Never a name holding an organization's word, a company's name the text gives, a party,
        an acronym or a state."""
        words = doc_span(doc, start, end)
        if not _name_shaped(words):
            return False
        text = words.text
        if (
            any(t.lower_ in self.words.organization_words for t in words)
            or text in self._companies
            or self.parties.lookup(text) is not None
            or self._state_of_text(text) is not None
            or self.table.capital(text) is not None
            or any(t.text in self._places for t in words)
            or any(self.office.is_portfolio(t.text) or _office_word(self.office, t.text) for t in words)
        ):
            return False
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.is_lower and self.office.is_office(prev.text) and prev.pos_ == "NOUN":
            return True  # "company president Lee Vole"
        if (
            prev is not None
            and prev.text[:1].isupper()
            and prev.lower_ not in STYLES  # "Prince Edward Island", "Queen Maud Land"
            and self.office.is_office(prev.text)
            and not self.office.is_portfolio(prev.text)
            and prev.head.i in range(start, end)
        ):
            return True  # "South African President Thabo Mbeki" tagged GPE: a title heads the name
        if prev is not None and prev.is_lower and prev.lower_ in _PARTNER_OR_KIN_NOUNS:
            return True  # "his fiancée Ann Vole": a kin noun before a name
        first_name = first_names().get(words[0].lower_) in ("M", "F")
        if (
            first_name
            and prev is not None
            and prev.tag_ == "POS"
            and not prev.ent_type_  # "Princess of Wales's Royal Regiment" is one name
            and start >= 2
            and doc[start - 2].ent_type_ in ("ORG", "NORP")
            and (self.parties.lookup(doc[start - 2].text) is not None or is_acronym(doc[start - 2].text))
        ):
            # "the SNP's Ann Vole", "Labour's Ann Vole": a party's or an acronym body's member, named
            # by a first name; not after a state ("Britain's Royal Mail") or a place ("Duke of
            # Lancaster's Royal Regiment")
            return True
        if first_name and _age_apposition(doc, end):
            return True  # "Ann Vole, 47, said": a first name and an age
        if first_name and self._speaks_for_a_party(doc, end):
            return True  # "Ann Vole, for the Liberal Democrats, said": one speaking for a party
        root = words.root
        if first_name and _treated_as_person(doc, root, end):
            return True  # "Ann Vole, who died in 2002,", "Ann Vole said she was delighted"
        if _listed_with_persons(doc, root, start, end):
            return True  # "Ann Vole, Tom Burr and Jim Pike were freed": one of a list of persons
        partners = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
        if root.dep_ == "appos" and root.head.i < start:
            partners.append(root.head)
        for tok in partners:
            first = tok.i  # "son-in-law", "vice-chairman": the whole hyphenated word
            while first >= 2 and doc[first - 1].text in HYPHENS:
                first -= 2
            last = tok.i
            while last + 2 < len(doc) and doc[last + 1].text in HYPHENS:
                last += 2
            if any(self._person_noun(doc[i]) for i in range(first, last + 1, 2)):
                return True
        # "X - another IPCL board member": a dash, then a noun phrase about a person
        if end < len(doc) and doc[end].text in DASHES:
            for tok in doc[end + 1 : min(len(doc), end + 6)]:
                if tok.is_punct or tok.pos_ == "VERB":
                    break
                if (
                    self._person_noun(tok)
                    and tok.dep_ in ("appos", "ROOT", "attr", "conj")
                    and not any(c.dep_ == "compound" and c.is_lower and c.i > tok.i for c in tok.children)
                ):
                    return True
        return False

    def _demonym_before_name(self, doc: Doc, start: int, end: int) -> bool:
        """A PERSON span opening with a people's adjective before two or more capitalised words
        that are no body's, office's or place's ("Yemeni Salim Hamdaoui", "Jordanian Mahmud
        Qasrawi"; not "Scottish Borderers", "Welsh Assembly Government", "Irish Republican Army")."""
        if end - start < 3 or self.table.demonym(doc[start].text) is None:
            return False
        rest = doc[start + 1 : end]
        return all(t.is_alpha and t.is_title for t in rest) and not any(
            t.lower_ in self.words.organization_words
            or _office_word(self.office, t.text)
            or self.office.is_portfolio(t.text)
            or self._state_of_text(t.text) is not None
            or t.text in self._places
            for t in rest
        )

    def _first_name_left_out(self, doc: Doc, i: int) -> bool:
        """The word before a one-word PERSON is the person's first name the model left out
        when a describer of a person stands before both: a people's adjective ("Australian
        Mamdouh Habib"), an age ("48-year-old Ayman Nour"), a person's noun ("detainee Feroz
        Abbasi"); the word is capitalised, untagged and no word of an office."""
        if i < 2:
            return False
        prev, before = doc[i - 1], doc[i - 2]
        if not (
            prev.is_alpha
            and prev.is_title
            and prev.pos_ == "PROPN"
            and not prev.ent_type_
            and prev.head.i == i
            and not _office_word(self.office, prev.text)
            and not self.office.is_title(prev.text)
            and prev.lower_.rstrip(".") not in HONORIFICS
            and self.parties.lookup(prev.text) is None
            and self._state_of_text(prev.text) is None
        ):
            return False
        return (
            self.table.demonym(before.text) is not None
            or (before.lower_ == "old" and i >= 4 and doc[i - 3].text in HYPHENS)
            or self._person_noun(before)
        )

    def _speaks_for_a_party(self, doc: Doc, end: int) -> bool:
        """After a name, a comma and "for" a party, then a comma or a dash: "X, for the Tories,
        said", "X, for Labour - ". A party speaks through people, not through organizations."""
        i = end
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "for":
            return False
        i += 2
        if doc[i].lower_ == "the":
            i += 1
        stop = i
        while stop < len(doc) and stop - i < PARTY_TOKENS and doc[stop].text not in (",", "-", "–", "—"):
            stop += 1
        return (
            stop > i
            and stop < len(doc)
            and doc[stop].text in (",", "-", "–", "—")
            and self.parties.lookup(doc[i:stop].text) is not None
        )

    def _listed_with_things(self, doc: Doc, start: int, end: int) -> bool:
        """A name with no first name coordinated with a thing's lower-case noun: "yoga and
        Tai Chi", "benefit agencies and Jobcentres". A person's noun beside it ("ministers",
        "farmers") says nothing."""
        words = doc_span(doc, start, end)
        if first_names().get(words[0].lower_) is not None:
            return False
        root = words.root
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
            partners += [c for c in root.head.children if c.dep_ == "conj" and c.i != root.i]
        return any(
            t.pos_ == "NOUN"
            and t.is_lower
            and t.is_alpha
            and not self._person_noun(t)
            and not PLURAL_ENDING.search(t.lower_.removesuffix("s"))
            and not t.lower_.endswith(("ers", "ors", "ists", "ians", "ants", "people", "er", "or", "ist"))
            for t in partners
        )

    def _listed_with_places(self, doc: Doc, start: int, end: int) -> bool:
        """A name in a list of places after a place preposition: "held at Belmarsh prison,
        London, and Woodhill, Milton Keynes", "prisons in Dorset, Kent and Long Marton": a
        conjunct, up the chain of conjuncts, of a place the model tagged, the chain's first
        item the object of "at", "in", "near" ... (a person is listed with people), the name
        right after a comma or "and" and before no place of its own ("in Edinburgh, Wales
        Secretary Ann Vole in Cardiff" lists people by their places)."""
        if start == 0 or doc[start - 1].lower_ not in (",", "and", "or"):
            return False
        if end < len(doc) and doc[end].lower_ in PLACE_PREPOSITIONS:
            return False  # "toured Leeds, Ann Vole in Harrogate": a person given a place of her own
        tok = doc[start:end].root
        placed = False
        for _ in range(6):
            if tok.dep_ != "conj":
                break
            tok = tok.head
            placed = placed or tok.ent_type_ in ("GPE", "LOC", "FAC")
        return (
            placed
            and tok.dep_ == "pobj"
            and tok.head.lower_ in PLACE_PREPOSITIONS
            and tok.ent_type_ != "PERSON"
        )

    def _group_usage(self, doc: Doc, root: Token, start: int) -> bool:
        """A name used as a group's: the subject of a plural verb with no one beside it ("X were
        behind the fires", "X have claimed"), the body of "members of X", after "the group", or
        named by a group's noun ("a shadowy group known as X", "a gang called X")."""
        if start > 0 and doc[start - 1].lower_ in GROUP_NOUNS:
            return True  # "the group X", "the movement X"
        verb = (
            doc[start - 2]
            if start > 1 and doc[start - 1].lower_ == "as"
            else doc[start - 1]
            if start > 0
            else None
        )
        if (
            verb is not None
            and verb.lower_ in NAMING_VERBS
            and (
                verb.head.lower_ in GROUP_NOUNS
                or any(t.lower_ in GROUP_NOUNS for t in doc[max(0, verb.i - 3) : verb.i])
            )
        ):
            return True
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in GROUP_MEMBERS
        ):
            return root.head.head.tag_ in ("NNS", "NNPS")  # "members of X"; not "a member of X"
        if root.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ == "conj"
            # "X, Ann Vole, Tom Burr and Jim Pike were held": a list the model hangs as apposition
            or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children))
            for c in root.children
        ):
            return False
        verb = root.head
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > root.i]
        return any(t.tag_ == "VBP" or t.lower_ == "were" for t in (*aux[:1], verb) if t.i > root.i)

    def _ambiguous_state(self, doc: Doc, start: int, end: int, text: str) -> State | None:
        """A name that is also something else ("Georgia", a US state too) is the state when the
        document names its capital ("Tbilisi") or the name owns an office ("Georgia's president")."""
        candidates = self.table.candidates(text)
        if len(candidates) > 1:
            return self._named_apart(doc, start, text, candidates)
        if len(candidates) != 1 or self.table.lookup(text) is not None:
            return None
        state = candidates[0]
        if any(self.table.capital(e.text) == state for e in doc.ents if e.label_ == "GPE"):
            return state
        if self._region_named(doc, text) or any(t.lower_ in REGION_OFFICES for t in doc[start].sent):
            return None  # "Georgia's governor ... in Atlanta": the US state
        if end + 1 < len(doc) and doc[end].lower_ in POSSESSIVE and self.office.is_office(doc[end + 1].text):
            return state
        if end - start == 1 and self._listed_with_a_state(doc[start]):
            return state
        folded = text.casefold()
        if any(  # "Georgia ... the Georgian parliament": the nation's adjective names the state
            t.is_alpha
            and t.text[:1].isupper()
            and t.lower_ != folded
            and t.lower_.startswith(folded[:4])
            and self.table.candidates(t.text) == (state,)
            for t in doc
        ):
            return state
        if self._among_states(doc, start, end, text):
            return state
        return None

    def _named_apart(self, doc: Doc, start: int, text: str, candidates: tuple[State, ...]) -> State | None:
        """A name of two states ("Congo", "Congolese") is the one of them the document names
        unambiguously elsewhere - by its full name ("the Democratic Republic of Congo"), a
        form of its own ("Congo-Brazzaville") or its capital ("Kinshasa") - when it names only
        one of them so; when it names neither apart, the state the form means in news, if any
        ("Congolese" is the Democratic Republic of the Congo, "Korean" stays open)."""
        named: set[str] = set()
        for ent in doc.ents:
            if ent.start == start or ent.label_ not in ("GPE", "NORP", "LOC", "ORG"):
                continue
            found = (
                self.table.lookup(ent.text) or self.table.demonym(ent.text) or self.table.capital(ent.text)
            )
            if found is not None and found in candidates:
                named.add(found.iso3)
        if not named:
            return self.table.default_reading(text)
        if len(named) != 1:
            return None
        return next(s for s in candidates if s.iso3 in named)

    def _among_states(self, doc: Doc, start: int, end: int, text: str) -> bool:
        """A name that is also a region ("Georgia") is the state in a sentence that names
        another state ("Georgia demanded aid from Russia"), when the document names no region of
        that kind besides it ("Atlanta, Georgia and Florida", "Georgia and the United States"
        in a story on US states is the region)."""
        if self._region_named(doc, text):
            return False
        if any(t.lower_ in REGION_OFFICES for t in doc[start].sent):
            return False  # "the governor of Georgia": the region's office
        sent = doc[start].sent
        return any(
            not (e.start <= start < e.end)
            and (found := self.table.lookup(e.text) or self.table.demonym(e.text)) is not None
            and found.iso3 != "USA"
            for e in sent.ents
        )

    def _region_named(self, doc: Doc, text: str) -> bool:
        """The document names a US place other than the name itself and no capital ("Atlanta",
        "Florida"; not "Washington", the seat of a government that deals with states): a name
        that is also a US state ("Georgia") is then the region. A region of no such kind
        ("South Ossetia", "Europe") leaves it open."""
        folded = text.casefold()
        return any(
            e.label_ == "GPE"
            and e.text.casefold() != folded
            and getattr(place_state(e.text), "iso3", None) == "USA"
            and self.table.capital(e.text) is None
            for e in doc.ents
        )

    def _listed_with_a_state(self, tok: Token) -> bool:
        """A name listed with a state is a state too: "Jordan and Britain agreed", "sales to
        Iran, Libya and Chad" (coordinated names, each a state the table knows unambiguously)."""
        others = [tok.head] if tok.dep_ == "conj" else []
        others += [c for c in tok.children if c.dep_ == "conj"]
        for other in others:
            ent = next((e for e in other.doc.ents if e.start <= other.i < e.end), None)
            if ent is not None and self.table.lookup(ent.text) is not None:
                return True  # (the model's label of the other name aside: "Chad and Niger")
        return False

    def _state_not_first_name(self, doc: Doc, start: int, end: int, text: str) -> State | None:
        """A one-word "person" named like one state that is also a name ("Chad", "Jordan") is
        that state when no longer person's name of the document holds the word ("Chad said it
        would close the border"; not "Chad" after "Chad Hurley", nor "Jordan" after "Eddie
        Jordan")."""
        if end - start != 1:
            return None
        candidates = self.table.candidates(text)
        if len(candidates) != 1:
            return None
        folded = text.casefold()
        if any(e.label_ == "PERSON" and len(e) > 1 and folded in {t.lower_ for t in e} for e in doc.ents):
            return None
        return candidates[0]

    def _portfolio(self, doc: Doc, start: int, end: int) -> bool:
        """An ORG span that is an office's field: only portfolio words, and an office after it
        ("Home Affairs spokesman", "Culture, Media and Sport Secretary") or before it past other
        fields ("Secretary of State for Culture", "... for Culture, Media and Sport")."""
        words = [t for t in doc_span(doc, start, end) if not t.is_punct]
        if not words or not all(self.office.is_portfolio(t.text) for t in words):
            return False

        def field_word(i: int) -> bool:
            return doc[i].text == "," or self.office.is_portfolio(doc[i].text)

        after = end
        while after < len(doc) and field_word(after) and not self.office.is_office(doc[after].text):
            after += 1
        before = start - 1
        while before >= 0 and field_word(before) and not self.office.is_office(doc[before].text):
            before -= 1
        return (after < len(doc) and self.office.is_office(doc[after].text)) or (
            before >= 0 and before < start - 1 and self.office.is_office(doc[before].text)
        )

    def _acts(self, doc: Doc, start: int, end: int) -> bool:
        """A capital or seat acts as its government unless it is the object of a locative preposition."""
        root = doc[start:end].root
        if root.dep_ == "pobj" and root.head.lower_ in self.words.locative:
            return False
        if root.dep_ == "compound" and root.head.ent_type_ in ("FAC", "ORG"):
            return False
        if root.dep_ == "dobj" and root.head.lemma_.lower() in self.words.motion:
            return False  # "the missile can reach Beijing": the city, not its government
        if root.dep_ == "dobj" and any(
            c.dep_ == "prt" and c.lower_ in self.words.locative for c in root.head.children
        ):
            return False  # "marched down Whitehall" with "down" read as a particle: the street
        if root.dep_ == "poss" and (
            root.head.lemma_.lower() in self.office_places
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.head.children)
        ):
            return False  # "London's Belmarsh prison", "London's mayor": the city itself
        return root.dep_ in ACTING_DEPS or (
            root.dep_ == "pobj"
            and root.head.lower_ in ("by", "with", "against", "on", "upon", "toward", "towards")
        )

    def _first_name_before(self, doc: Doc, start: int, covered: list[bool]) -> int | None:
        """The index of a given name the model left untagged right before a person's name it
        tagged alone ("Otis Ferry, a former Eton pupil, said" with "Ferry" alone tagged): the
        name is his, not his father Bryan Ferry's "Ferry". A capitalised proper noun of the
        first-name table, not an honorific nor a word of an office."""
        i = start - 1
        if i < 0 or covered[i]:
            return None
        tok = doc[i]
        if (
            tok.ent_type_
            or tok.pos_ != "PROPN"
            or not tok.is_alpha
            or not tok.text.istitle()
            or first_names().get(tok.lower_) not in ("M", "F")
            or self.table.demonym(tok.text) is not None  # ("left-handed Dane Carlsen")
            or tok.lower_.rstrip(".") in HONORIFICS
            or self.office.is_office(tok.text)
            or self.office.is_title(tok.text)
        ):
            return None
        if i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
            return None  # (a longer run of names: the model's cut is left alone)
        return i

    def _seat_speaker(self, doc: Doc, start: int, end: int) -> bool:
        """A seat of government written before a noun of those who speak for it ("a Downing
        Street spokesman", "Kremlin officials", "a No 10 source"): the government acts through
        them. (A capital city is left out: "Paris officials" may be the city's.)"""
        head = doc[start:end].root.head
        return (
            not (start <= head.i < end)
            and head.i == end + (end < len(doc) and doc[end].lower_ in ("press",))
            and head.lower_ in self.words.seat_speakers
            # ("Downing Street adviser Baroness Morgan", "Kremlin spokesman Dmitry Orlov": a title
            # of the person named, who acts)
            and head.dep_ not in ("compound", "nmod")
            and not (head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON")
            and not any(c.ent_type_ == "PERSON" for c in head.children if c.dep_ in ("appos", "compound"))
        )

    def _mentions(self, doc: Doc) -> list[_Mention]:
        ships: set[str] = set()
        found: list[_Mention] = []
        covered = [False] * len(doc)
        # The model labels one name differently in different sentences ("Yukos" PERSON here,
        # ORG there): every occurrence takes the label the name has most often in the document.
        votes: dict[str, Counter[str]] = {}
        consumed: set[int] = set()
        # What the scans below read of every token, from the doc's arrays: making a Token and
        # reading its strings costs more than the scans' own tests.
        texts, lowered, not_names, table = _token_table(doc)
        ents = _split_at_named_person(doc, doc_ents(doc))  # (doc.ents: a new tuple at every read; read once)
        self._companies = self._company_names(doc, lowered, ents)
        alone = Counter(e.text for e in ents if len(e) == 1)
        person_alone = Counter(e.text for e in ents if len(e) == 1 and e.label_ == "PERSON")
        # "Anil" tagged LOC once and PERSON five times is a first name, no place of the document
        self._places = {
            e.text
            for e in ents
            if e.label_ in ("GPE", "LOC") and len(e) == 1 and 2 * person_alone[e.text] < alone[e.text]
        }
        self._group_names = set()
        self._person_names = set()
        self._org_initials = {
            letters for e in ents if e.label_ == "ORG" and (letters := initials(e.text)) is not None
        } | {  # "India Petrochemicals Limited (IPCL)": the acronym the text gives in brackets
            doc[e.end + 1].text
            for e in ents
            if e.label_ == "ORG"
            and e.end + 2 < len(doc)
            and doc[e.end].text == "("
            and doc[e.end + 2].text == ")"
        }
        self._things = self._thing_names(doc, ents)
        # one-word ORG names the text also uses with no office word after them ("Toyota said")
        surnames = {e[-1].text for e in ents if e.label_ == "PERSON"}
        self._orgs_named_bare = {
            e.text
            for e in ents
            if e.label_ == "ORG"
            and len(e) == 1
            and e.text not in surnames  # "Mr Clarke said ... A Clarke aide": a person's name
            and not (e.start > 0 and doc[e.start - 1].lower_.rstrip(".") in HONORIFICS)
            and not self.office.is_portfolio(e.text)
            and (e.end == len(doc) or not self.office.is_office(doc[e.end].text))
        }
        self._lowered_words = set(not_names)  # the words the document writes in lower case
        self._texts = texts
        self._upper = [text[:1].isupper() for text in texts]  # (read by _party_extended)
        self._words = set(lowered)
        self._not_names = not_names | {
            low for e in ents if e.label_ in ("ORG", "NORP") for low in lowered[e.start : e.end]
        }
        self._lowered = lowered
        self._read = doc  # the Doc the lists above were read from
        keys = {ent.start: _name_key(ent) for ent in ents if ent.label_ in ENTITY_LABELS}  # (once each)
        for ent in ents:
            if ent.label_ in ENTITY_LABELS:
                votes.setdefault(keys[ent.start], Counter())[ent.label_] += 1
        for ent in ents:
            if ent.label_ == "PRODUCT" and ent.text in self._companies:
                label = "ORG"  # "Finnish company F-Secure", "security firm Network Box" tagged a product
            elif (
                ent.label_ == "PRODUCT"
                and len(ent) == 2
                and ent[-1].text in surnames
                and first_names().get(ent[0].lower_) in ("M", "F")
            ):
                label = "PERSON"  # "included Otis Ferry, the son of Bryan Ferry" tagged a product
            elif ent.label_ not in ENTITY_LABELS:
                continue
            else:
                ranked = votes[keys[ent.start]].most_common(2)
                label = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else ent.label_
            if all(i in consumed for i in range(ent.start, ent.end)):
                continue  # already part of a longer party name
            for i in range(ent.start, ent.end):
                covered[i] = True
            span = ent
            party = self._party_extended(doc, *_trim(doc, ent.start, ent.end), covered)
            if party is not None:  # "Liberal Democrat" with only "Democrat" tagged, or "Liberal"
                found.append(party)
                for i in range(party.start, party.end):
                    covered[i] = True
                    consumed.add(i)
                continue
            party = self._party_prefix(doc, *_trim(doc, ent.start, ent.end))
            if party is not None:  # "Labour MP Jean Corston", "Tory Dominic Grieve": the party, then the rest
                found.append(party)
                if party.end >= ent.end:
                    continue
                span = doc[party.end : ent.end]
            elif (party := self._party_possessor(doc, ent)) is not None:
                # "Blair Labour's longest-serving PM" (a headline that lost its colon): the name,
                # then the party that owns what follows
                found.append(party)
                span = doc[ent.start : party.start]
            if (
                label == "PERSON"
                and len(span) == 1
                and (first := self._first_name_before(doc, span.start, covered)) is not None
            ):
                span = doc[first : span.end]  # "Otis Ferry" with "Ferry" alone tagged: his whole name
                covered[first] = True
            m = self._classify(doc, span, ships, label)
            if m is not None:
                if m.kind is Kind.ORGANIZATION and (m.start < span.start or m.end > span.end):
                    # "the Medical Trust for the Relief of Floods" split by the model: one name
                    found[:] = [f for f in found if f.end <= m.start or f.start >= m.end]
                    for i in range(m.start, m.end):
                        covered[i] = True
                        consumed.add(i)
                if m.kind is Kind.PERSON and m.end > span.end:
                    for i in range(span.end, m.end):  # the family name tagged apart is this name's
                        covered[i] = True
                        consumed.add(i)
                found.append(m)
        # State names and abbreviations the model missed ("Russia-DPRK cooperation").
        for start, end, state in self.table.scan(doc, texts, table=table):
            if any(covered[i] for i in range(start, end)):
                continue
            if _is_ship(doc, start, end, ships):
                continue
            found.append(_Mention(Kind.STATE, start, end, doc[start:end].text, state=state))
            for i in range(start, end):
                covered[i] = True
        # Seats of government the model left untagged or read as a number ("Downing Street
        # said", "a No 10 spokesman", "Whitehall officials"): the government when the seat acts.
        for start, end, state in self.table.scan_seats(texts):
            if any(covered[i] for i in range(start, end)):
                continue
            if not (self._acts(doc, start, end) or self._seat_speaker(doc, start, end)):
                continue  # ("a march down Whitehall": the street)
            found.append(_Mention(Kind.STATE, start, end, doc[start:end].text, state=state))
            for i in range(start, end):
                covered[i] = True
        # A state's adjective or people the model left untagged ("Two Dutchmen", "Tuvaluan
        # fishermen"): one capitalised word the table knows as a demonym of one state.
        for i, text in enumerate(texts):  # (a token's is_title is its text's istitle())
            if covered[i] or not text.istitle():
                continue
            tok = doc[i]
            if tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
                continue
            # (two words, "12 Sri Lankan fishermen", "South Korean troops", read first)
            after = i + 1
            if (
                after < len(texts)
                and not covered[after]
                and texts[after].istitle()
                and (pair := self.table.demonym(f"{text} {texts[after]}")) is not None
            ):
                found.append(_Mention(Kind.STATE, i, after + 1, doc[i : after + 1].text, state=pair))
                covered[i] = covered[after] = True
                continue
            if (people := self.table.demonym(tok.text)) is not None:
                found.append(_Mention(Kind.STATE, tok.i, tok.i + 1, tok.text, state=people))
                covered[tok.i] = True
        found.extend(self._untagged_capitals(doc, covered))
        found.extend(self._scan_parties(doc, covered))
        found.extend(self._scan_branches(doc, covered))
        found.extend(self._scan_forces(doc, covered))
        found.extend(_scan_companies(doc, found, covered, texts, self._plain_word))
        found = [_local_force(doc, m, covered) for m in found]
        found = self._kin_first_names(doc, found, covered)
        found = self._surnames(doc, found, covered)
        found.extend(self._titled_untagged(doc, found, covered))
        found.extend(self._ranked_untagged(doc, found, covered))
        found.extend(self._acronym_bodies(doc, found, covered))
        found.extend(self._listed_acronyms(doc, found, covered))
        found.extend(self._described_untagged(doc, found, covered))
        found.extend(self._treated_untagged(doc, found, covered))
        found = _styled_names(doc, found, texts)
        found = self._one_kind_per_name(found)
        found = self._scan_groups(doc, found, covered)
        found = _split_coordinated_bodies(doc, found, self.words.body_name_ends)
        found = self._cued_bodies(doc, found)
        found = self._possessed_bodies(doc, found)
        found.sort(key=lambda m: m.start)
        found = _royal_styles(doc, found)
        found = self._listed_organizations(doc, found)
        found = self._parties_abroad(doc, found)
        found = _shared_party_names(doc, found, self.table, texts)
        return self._company_persons(doc, found)

    def _untagged_capitals(self, doc: Doc, covered: list[bool]) -> list[_Mention]:
        """A capital the model left untagged ("paid a visit to Kyiv", a spelling newer than its
        training text): one capitalised proper noun the state table knows as a capital, alone (no
        capitalised word beside it: "Kyiv Post" is a name), after a preposition of place or motion
        or acting as a subject; the capital (its state's seat) as :meth:`_classify` gives it."""
        out = []
        texts = self._texts
        n = len(doc)
        for i, text in enumerate(texts):
            if covered[i] or not text.istitle() or len(text) < 4:
                continue
            tok = doc[i]
            if tok.pos_ != "PROPN" or (capital_state := self.table.capital(text)) is None:
                continue
            if (i > 0 and texts[i - 1][:1].isupper() and not tok.is_sent_start) or (
                i + 1 < n and texts[i + 1][:1].isupper()
            ):
                continue
            if first_names().get(text.lower()) is not None:
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in", "from", "into", "at", "near"):
                out.append(_Mention(Kind.LOCATION, i, i + 1, text, capital_of=capital_state))
            elif tok.dep_ in ("nsubj", "nsubjpass") and self._acts(doc, i, i + 1):
                out.append(_Mention(Kind.STATE, i, i + 1, text, state=capital_state))
            else:
                continue
            covered[i] = True
        return out

    def _cued_bodies(self, doc: Doc, found: list[_Mention]) -> list[_Mention]:
        """An unknown name the phrase calls a party, a movement or an armed group ("the ruling
        Avanza party", "the Korvi rebels", "Tessalit Front militants", the name left untagged,
        or tagged as a person with no title or a place no table knows): the capitalised words
        right before a cue noun of ``[cue_bodies]`` (party and movement names keep the noun:
        "Avanza party"). Left alone: a word of a name the mentions already hold, a name with a
        word of a state, people or capital ("Syrian rebels", "Kurdish fighters"), a one-word name
        that is a place or a first name, a people word the model tagged alone ("Shia militias",
        "Maoist rebels"), a word the document also writes in lower case ("Rebel fighters")."""
        cues = self.words.cue_bodies
        texts, lowered = self._texts, self._lowered
        loose = {
            id(m)
            for m in found
            if (m.kind is Kind.PERSON and not m.titles)
            or (
                m.kind is Kind.LOCATION
                and m.state is None
                and m.capital_of is None
                and place_state(m.name) is None
            )
        }
        named = self.words.cue_bodies_named
        towns = {  # "the ruling Morena party": a town's name is a party's before "party"
            id(m)
            for m in found
            if m.kind is Kind.LOCATION
            and m.state is None
            and m.capital_of is None
            and m.end < len(doc)
            and lowered[m.end] in named
        }
        at = {i: m for m in found for i in range(m.start, m.end)}
        held = {i for i, m in at.items() if id(m) not in loose | towns}
        out: list[_Mention] = []
        dropped: set[int] = set()
        n = len(doc)
        for h, low in enumerate(lowered):
            if low not in cues:
                continue
            if (
                h + 2 < n
                and lowered[h + 1] == "of"
                and low not in named
                and low != "faction"
                and (body := self._body_after_of(doc, h + 2, held)) is not None
            ):
                out.append(body)  # "Fighters of JNIM", "militants of the Sahel Dawn"
                dropped.update(id(m) for j in range(body.start, body.end) if (m := at.get(j)) is not None)
                held.update(range(body.start, body.end))
                continue
            if h in held or not texts[h].islower():
                continue
            start = h
            while (
                start > 0
                and start - 1 not in held
                and texts[start - 1][:1].isupper()
                and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN")
                and (not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN")
            ):
                start -= 1
            if start == h or h - start > 4 or any(doc[j].pos_ != "PROPN" for j in range(start, h)):
                continue  # ("the main Eurosceptic party": an adjective)
            if start > 0 and lowered[start - 1] in ("a", "an"):
                continue  # ("a Socialist party": a kind)
            words = texts[start:h]
            table = self.table
            if len(words) == 1 and not self._plain_word(words[0]) and id(at.get(start)) not in towns:
                continue
            if any(
                table.candidates(w) or table.demonym(w) is not None or table.capital(w) is not None
                for w in words
            ):
                continue
            if h - start == 1 and (doc[start].ent_type_ == "NORP" or self._people_word(start)):
                continue  # "Shia militias", "Maoist rebels", "Hutu militias": a people or a creed
            if any(lowered[j] in self._lowered_words for j in range(start, h)):
                continue  # "Rebel fighters ... the rebels": a common word
            inner = {id(m): m for j in range(start, h) if (m := at.get(j)) is not None}
            if any(m.start < start or m.end > h for m in inner.values()):
                continue  # a loose mention reaching out of the name
            end = h + 1 if low in self.words.cue_bodies_named else h
            out.append(_Mention(Kind.ORGANIZATION, start, end, doc[start:end].text))
            dropped.update(inner)
            held.update(range(start, end))
        if not out:
            return found
        return [m for m in found if id(m) not in dropped] + out

    def _people_word(self, i: int) -> bool:
        """A word the document also uses of a people: in the plural ("Tutsis and moderate Hutus
        ... Hutu militias") or after "ethnic" ("an ethnic Hutu leader")."""
        word = self._texts[i]
        plurals = {word + "s", word + "es"}
        return any(
            t in plurals or (t == word and j > 0 and self._lowered[j - 1] == "ethnic")
            for j, t in enumerate(self._texts)
        )

    def _proper_run(self, doc: Doc, start: int, held: set[int]) -> int:
        """The end of the run of capitalised proper nouns (three at most) from ``start`` that no
        mention in ``held`` covers: the name of an unknown body ("JNIM", "Norway's Equinor")."""
        texts, n = self._texts, len(doc)
        end = start
        while (
            end < n
            and end - start < 3
            and end not in held
            and texts[end][:1].isupper()
            and doc[end].pos_ == "PROPN"
        ):
            end += 1
        return end

    def _body_after_of(self, doc: Doc, start: int, held: set[int]) -> _Mention | None:
        """The group named after "fighters of", "militants of" (":meth:`_cued_bodies`): one to
        three capitalised proper nouns (after "the"), held by no mention that knows them, naming
        no state, people or capital, and ending the noun phrase."""
        texts = self._texts
        n = len(doc)
        if texts[start].lower() == "the":
            start += 1
        end = self._proper_run(doc, start, held)
        if end == start or (end < n and texts[end][:1].isupper()):
            return None
        words = texts[start:end]
        table = self.table
        if any(
            table.candidates(w) or table.demonym(w) is not None or table.capital(w) is not None for w in words
        ):
            return None
        if len(words) == 1 and not (words[0].isupper() or self._plain_word(words[0])):
            return None
        if len(words) == 1 and (doc[start].tag_ == "NNPS" or self._people_word(start)):
            return None  # "a party of Catholics", "fighters of the Hutus"
        if any(w.lower() in self._lowered_words for w in words):
            return None
        return _Mention(Kind.ORGANIZATION, start, end, doc[start:end].text)

    def _possessed_bodies(self, doc: Doc, found: list[_Mention]) -> list[_Mention]:
        """A name the model left untagged after a state's possessive, as the head of its noun
        phrase ("gave Norway's Equinor a dressing-down", "criticised Russia's Gazprom"), or tagged
        as a place no table knows: the state's company or body, an organization. Only
        capitalised proper nouns (three at most) that name no state, people, place, party or
        first name, that the document never writes in lower case, with no noun after them
        ("Norway's Equinor chief" is left alone)."""
        unknown = {
            m.start: m
            for m in found
            if m.kind is Kind.LOCATION
            and m.state is None
            and m.capital_of is None
            and place_state(m.name) is None
        }
        held = {i for m in found for i in range(m.start, m.end) if m.start not in unknown}
        replaced: dict[int, _Mention] = {}
        texts, lowered = self._texts, self._lowered
        n = len(doc)
        out: list[_Mention] = []
        for m in found:
            if m.kind is not Kind.STATE or m.end + 1 >= n or texts[m.end] not in ("'s", "’s"):
                continue
            start = m.end + 1
            end = self._proper_run(doc, start, held)
            if end == start or (end < n and (texts[end][:1].isupper() or doc[end].pos_ in ("NOUN", "PROPN"))):
                continue
            if any(
                not (self._plain_word(texts[j]) or (start in unknown and texts[j] in self._places))
                or lowered[j] in self._lowered_words
                for j in range(start, end)
            ):
                continue
            head = doc[end - 1]
            if not any(c.dep_ == "poss" and m.start <= c.i < m.end for c in head.children):
                continue
            if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
                continue  # "Australia's PM, John Howard": a title before the holder's name
            place = unknown.get(start)
            if place is not None and (place.end != end or end - start > 1):
                continue  # ("Britain's Guantanamo Bay": a place's name of two words)
            if any(
                self.office.is_title(texts[j]) or self.office.is_portfolio(texts[j])
                for j in range(start, end)
            ):
                continue  # "Pakistan's High Commissioner"
            body = _Mention(Kind.ORGANIZATION, start, end, doc[start:end].text)
            if place is not None:
                replaced[start] = body
            else:
                out.append(body)
            held.update(range(start, end))
        if not out and not replaced:
            return found
        return [replaced.get(m.start, m) if m.kind is Kind.LOCATION else m for m in found] + out

    def _parties_abroad(self, doc: Doc, found: list[_Mention]) -> list[_Mention]:
        """A party's name is no party where the phrase says so: before a ministry ("the Labour
        Ministry": one body's name), or after another state's name or adjective ("Saudi Labour
        Minister X", "Egypt's Labour Minister Y", "Israel's Labour leader Z", "Irish Labour leader
        W"; the party table's Labour is Britain's). Its words are then words of the office
        (:attr:`_portfolio_words`); "Labour minister X", "Scottish Labour leader Y" and "Britain's
        Labour government" stay the party."""
        self._portfolio_words = set()
        if not any(m.party is not None for m in found):
            return found
        states = {
            i: m for m in found if m.kind is Kind.STATE and m.state is not None for i in range(m.start, m.end)
        }
        bodies = {m.start: m for m in found if m.kind is Kind.ORGANIZATION and m.party is None}
        joined: set[int] = set()
        out = []
        for m in found:
            if id(m) in joined:
                continue
            if m.party is not None and m.end < len(doc):
                before = m.start - 1
                if before >= 1 and doc[before].lower_ in POSSESSIVE:
                    before -= 1
                state = states.get(before)
                foreign = state is not None and state.state is not None and state.state.iso3 != m.party
                ministry = doc[m.end].lower_ in ("ministry", "department")
                if ministry and (body := bodies.get(m.end)) is not None:
                    joined.add(id(body))  # "the Labour Ministry": one body's name
                    out.append(_Mention(Kind.ORGANIZATION, m.start, body.end, doc[m.start : body.end].text))
                    continue
                if foreign or ministry:
                    self._portfolio_words.update(range(m.start, m.end))
                    continue
            out.append(m)
        return out

    def _one_kind_per_name(self, found: list[_Mention]) -> list[_Mention]:
        """A name of several words the document once calls a group's ("a group known as X") is
        a group in every mention; one it once describes as a person ("X, the tycoon") tagged as
        an organization or place elsewhere is a person in every mention."""
        groups = {n for n in self._group_names if len(n.split()) > 1}
        people = {n for n in self._person_names if len(n.split()) > 1} - groups
        if not groups and not people:
            return found
        out = []
        for m in found:
            if m.kind is Kind.PERSON and m.name in groups:
                m = _Mention(Kind.ORGANIZATION, m.start, m.end, m.name)
            elif m.kind in (Kind.ORGANIZATION, Kind.LOCATION) and m.party is None and m.name in people:
                m = _Mention(Kind.PERSON, m.start, m.end, m.name)
            out.append(m)
        return out

    def _scan_groups(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """Armed groups by name (``groups.tsv`` and the [armed_groups] word list), in one pass
        over the token table: a name the model tagged as a person, alone, is the group's
        organization ("Boko Haram militants kidnapped", "groups such as Al Fatah"), and one it
        left untagged or tagged as a people is added ("the ELN rebels", "Houthi fighters").
        The name's last word is written with a capital ("an Islamic state" is none); a name of
        four letters or fewer is written in capitals ("ETA", not "Eta"); a one-word name that
        is a first name ("Amal") is left alone, and so is an untagged one-word name of the
        table that is no acronym ("the Tigers" may be a team)."""
        forms, starts = _group_forms()
        lowered, texts = self._lowered, self._texts
        names = first_names()
        extra = self.words.armed_groups
        by_start = {m.start: m for m in found}
        replaced: dict[int, _Mention] = {}
        added: list[_Mention] = []
        n = len(doc)
        i = 0
        while i < n:
            small = texts[i] in ("al", "el") and i + 1 < n and texts[i + 1] == "-"  # "al-Shabaab"
            if lowered[i] not in starts or not (texts[i][:1].isupper() or small):
                i += 1
                continue
            match = None
            for stop in range(min(n, i + PARTY_TOKENS), i, -1):
                form = fold(span_text(doc, i, stop)).removesuffix(" s")  # "Hezbollah's"
                if form in forms and texts[stop - 1][:1].isupper():
                    match = (stop, form)
                    break
            if match is None:
                i += 1
                continue
            stop, form = match
            one = stop - i == 1
            if (one and len(form) <= 4 and not texts[i].isupper()) or (one and form in names):
                i = stop
                continue
            inside = [m for m in found if m.start < stop and i < m.end]
            if not inside and not any(covered[i:stop]):
                if not one or texts[i].isupper() or form in extra:
                    added.append(_Mention(Kind.ORGANIZATION, i, stop, doc[i:stop].text))
            elif not inside and (one or form in extra or not any(doc[j].ent_type_ for j in range(i, stop))):
                if all(doc[j].ent_type_ in ("", "NORP") or small for j in range(i, stop)):
                    added.append(_Mention(Kind.ORGANIZATION, i, stop, doc[i:stop].text))
            elif (
                len(inside) == 1
                and (m := inside[0]).kind is Kind.PERSON
                and not m.titles
                and i <= m.start
                and m.end <= stop
                and by_start.get(m.start) is m
            ):
                replaced[m.start] = _Mention(Kind.ORGANIZATION, i, stop, doc[i:stop].text)
            elif (
                len(inside) == 1
                and (m := inside[0]).kind is Kind.LOCATION
                and m.state is None
                and m.capital_of is None
                and (m.start, m.end) == (i, stop)
                and by_start.get(m.start) is m
                and stop < n
                and doc[stop].lemma_.lower() in self.words.armed_actors
            ):
                # "M23 rebels", "ADF fighters" tagged as a place: the group (a road or a place of
                # the same name is no armed actor's)
                replaced[m.start] = _Mention(Kind.ORGANIZATION, i, stop, doc[i:stop].text)
            i = stop
        if not replaced and not added:
            return found
        return [
            replaced.get(m.start, m) if m.kind in (Kind.PERSON, Kind.LOCATION) else m for m in found
        ] + added

    def _person_signs(self, doc: Doc, found: list[_Mention], name: str) -> bool:
        """Whether the document shows the person ``name`` (a full name) is one: a title on a
        mention of it or of one of its words ("Mr Lauren"), a person's noun, an age or "he"/"she"
        after a mention of either (see :meth:`_personal_sign`), or the knowledge base's person."""
        from ..resolve.actors import actors

        words = name.split()
        for m in found:
            if m.kind is not Kind.PERSON or (m.name != name and m.name not in words):
                continue
            end = m.end + (m.end < len(doc) and doc[m.end].text in POSSESSIVE)  # ("'s" tagged in the name)
            if m.titles or self._personal_sign(doc, m.start, end):
                return True
            after = doc[end : end + 2]
            if any(t.lower_ in WHO for t in after) and after[0].lower_ in WHO | {","}:
                return True  # "Tom Farmer, who founded the chain"
        return actors().person(name) is not None

    def _listed_organizations(self, doc: Doc, found: list[_Mention]) -> list[_Mention]:
        """Names in a list take the list's kind: a "person" listed after an organization's noun
        ("groups such as Al Fatah, Hamas and Islamic Jihad", "labels including Moet & Chandon
        and Louis Vuitton", "three groups, X, Y and Z", "the groups include X and Y"), or a full
        name coordinated with two or more organizations and no person, is an organization in every
        mention, unless the document shows a person of that name (a title, "he", an age). One
        listed after a thing's noun ("games such as Populous and Dungeon Keeper", "films like X")
        is no one: no node."""
        persons = [m for m in found if m.kind is Kind.PERSON and not m.titles]
        if not persons:
            return found
        kinds = {i: m.kind for m in found for i in range(m.start, m.end)}
        heads = self.words.described_companies | self.office.company_nouns | LIST_ORGANIZATIONS
        listed: set[str] = set()
        things: set[str] = set()
        for m in persons:
            root = doc_span(doc, m.start, m.end).root
            first = root
            for _ in range(8):  # up the chain of conjuncts to the list's first item
                if first.dep_ != "conj":
                    break
                first = first.head
            members = [t for t in _conjuncts(first) if t.i != root.i]
            noun = _list_head(first)
            head = noun.lemma_.lower() if noun is not None else None
            if head in heads:
                listed.add(m.name)
                continue
            if head in self.words.thing_nouns:
                things.add(m.name)  # "games such as Populous and Dungeon Keeper": no one
                continue
            others = [kinds.get(t.i) for t in members]
            if len(m.name.split()) > 1 and others.count(Kind.ORGANIZATION) >= 2 and Kind.PERSON not in others:
                # (one word alone beside organizations is as often a seat or a product: "Ochil")
                listed.add(m.name)
        listed = {name for name in listed if not self._person_signs(doc, found, name)}
        things = {name for name in things - listed if not self._person_signs(doc, found, name)}
        if not listed and not things:
            return found
        return [
            _Mention(Kind.ORGANIZATION, m.start, m.end, m.name)
            if m.kind is Kind.PERSON and not m.titles and m.name in listed
            else m
            for m in found
            if m.kind is not Kind.PERSON or m.titles or m.name not in things
        ]

    def _company_persons(self, doc: Doc, found: list[_Mention]) -> list[_Mention]:
        """A full name the text uses only as a company's ("shares in Johnson Matthey", "Louis
        Vuitton's sales", "profits at Harvey Nichols", "Johnson Matthey reported a loss", "the
        Harvey Nichols group") and never as a person's (no title on it or its family name, no
        "he"/"she", person's noun or age after it, not the knowledge base's person) is an
        organization in every mention: a brand or firm named after its founder."""
        cued = {
            m.name
            for m in found
            if m.kind is Kind.PERSON and len(m.name.split()) > 1 and not m.titles and _company_cue(doc, m)
        }
        if not cued:
            return found
        titled = {m.name for m in found if m.kind is Kind.PERSON and m.titles}
        cued = {name for name in cued - titled if not self._person_signs(doc, found, name)}
        if not cued:
            return found
        return [
            _Mention(Kind.ORGANIZATION, m.start, m.end, m.name)
            if m.kind is Kind.PERSON and not m.titles and m.name in cued
            else m
            for m in found
        ]

    def _qualified_party(self, doc: Doc, i: int, party: Party) -> _Mention | None:
        """A one-word party name with a capitalised word before it that makes another party's
        name, which the model tagged apart: "the Christian | Democrats" is no US Democratic Party
        but the shared name "Christian Democrats" (its state decided by the document), "the
        Sweden | Democrats" a party of Sweden named so; "Texas Democrats", "American Democrats"
        (the party's own state, or no state at all) stay the party."""
        if i == 0 or not doc[i - 1].is_alpha or not doc[i - 1].is_title or doc[i - 1].is_sent_start:
            return None
        name = f"{doc[i - 1].text} {doc[i].text}"
        shared = shared_parties().lookup(name)
        if shared is not None:
            return _Mention(Kind.ORGANIZATION, i - 1, i + 1, shared.name)
        state = self._state_of_text(doc[i - 1].text)
        if state is not None and state.iso3 != party.iso3:
            return _Mention(Kind.ORGANIZATION, i - 1, i + 1, name, party=state.iso3)
        return None

    def _democrats_before_legislator(self, doc: Doc, i: int) -> Party | None:
        """The US Democratic Party for "Democratic" before a legislator's title ("Democratic Senator X"),
        where the word alone names no party; else None."""
        if doc[i].text == "Democratic" and i + 1 < len(doc) and doc[i + 1].lower_ in US_LEGISLATORS:
            return self.parties.lookup("Democrat")
        return None

    def _portfolio_party(self, doc: Doc, start: int, end: int) -> bool:
        """A party's name coordinated with a field of government before an office word: "Economy
        and Labour Minister X", "Health, Labour and Welfare Minister Y" name a ministry's fields;
        "Labour Minister X" alone stays the party's."""
        if end >= len(doc) or start < 2:
            return False
        before = doc[start - 1].lower_
        nxt = end
        if (
            doc[nxt].lower_ in ("and", "&")
            and nxt + 1 < len(doc)
            and self.office.is_portfolio(doc[nxt + 1].text)
        ):
            nxt += 2  # "Health, Labour and Welfare Minister": the field list goes on
        return (
            before in ("and", "&", ",")
            and self.office.is_portfolio(doc[start - 2].text)
            and nxt < len(doc)
            and _office_word(self.office, doc[nxt].text)
        )

    def _party_extended(self, doc: Doc, start: int, end: int, covered: list[bool]) -> _Mention | None:
        """A party name of which the model tagged only a part: "Liberal [Democrat]", "[Liberal] Democrat"."""
        n = len(doc)
        upper = self._upper
        for left in (2, 1, 0):
            first = start - left
            if first < 0 or any(covered[i] for i in range(first, start)):
                continue
            if not all(upper[first:start]):
                continue  # (the tests below, on strings only: most fail here)
            for right in (2, 1, 0):
                last = end + right
                if (left == right == 0) or last > n:
                    continue
                if not all(upper[end:last]):
                    continue
                outside = [*doc_span(doc, first, start), *doc_span(doc, end, last)]
                if not all(t.text[:1].isupper() and t.is_alpha for t in outside):
                    continue
                party = self.parties.lookup(span_text(doc, first, last))
                if party is not None:
                    return _Mention(Kind.ORGANIZATION, first, last, party.name, party=party.iso3)
        return None

    def _party_prefix(self, doc: Doc, start: int, end: int) -> _Mention | None:
        """A party named at the front of a longer name: "Labour MPs", "Lib Dem Mark Oaten"."""
        if end - start < 2 or not self.parties.may_start(doc[start].text):
            return None
        for stop in range(min(end, start + PARTY_TOKENS), start, -1):  # the whole name first
            party = self.parties.lookup(doc[start:stop].text)
            if party is not None:
                return _Mention(Kind.ORGANIZATION, start, stop, party.name, party=party.iso3)
        return None

    def _party_possessor(self, doc: Doc, ent: Span) -> _Mention | None:
        """A party's one-word name last in a longer PERSON span, before a possessive "'s": "Blair
        Labour's"; no person's name ends in a party's."""
        end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # (the model may take the "'s" in)
        if ent.label_ != "PERSON" or end - ent.start < 2 or end >= len(doc) or doc[end].tag_ != "POS":
            return None
        party = self.parties.lookup(doc[end - 1].text)
        if party is None:
            return None
        return _Mention(Kind.ORGANIZATION, end - 1, end, party.name, party=party.iso3)

    def _scan_parties(self, doc: Doc, covered: list[bool]) -> list[_Mention]:
        """Party names the model left untagged or tagged as a group ("Tory leader", "the Lib Dems").

        A capitalised word that opens a sentence counts only where a party name would: before an
        office ("Labour leader"), a verb, punctuation or another name ("Conservative estimates" is
        no party)."""
        found = []
        n = len(doc)
        texts = self._texts
        i = 0
        while i < n:
            if covered[i] or not texts[i][:1].isupper() or not self.parties.may_start(texts[i]):
                i += 1
                continue
            tok = doc[i]
            match = None
            for stop in range(min(n, i + PARTY_TOKENS), i, -1):
                if any(covered[j] for j in range(i, stop)):
                    continue
                party = self.parties.lookup(doc[i:stop].text)
                if party is not None:
                    match = (stop, party)
                    break
            if match is None and (democrats := self._democrats_before_legislator(doc, i)) is not None:
                match = (i + 1, democrats)
            if match is None:
                i += 1
                continue
            stop, party = match
            if self._portfolio_party(doc, i, stop):
                i = stop
                continue
            nxt = doc[stop] if stop < n else None
            adjective = tok.is_sent_start and stop - i == 1 and nxt is not None and nxt.is_lower
            if adjective and nxt is not None and nxt.is_alpha and not self._party_follower(nxt):
                i = stop
                continue
            found.append(_Mention(Kind.ORGANIZATION, i, stop, party.name, party=party.iso3))
            for j in range(i, stop):
                covered[j] = True
            i = stop
        return found

    def _company_names(self, doc: Doc, lowered: list[str], ents: Sequence[Span]) -> set[str]:
        """Names the text calls a company somewhere: a company noun right before it in its noun
        phrase ("oil firm Yukos", "the producer Yukos") or right after it ("Yukos shares",
        "the Yukos unit")."""
        nouns = self.office.company_nouns
        found = set()
        self._worldwide = set()
        for ent in ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "PRODUCT"):
                continue
            before = doc[ent.start - 1] if ent.start > 0 else None
            after = doc[ent.end] if ent.end < len(doc) else None
            described = [
                t
                for j in range(max(0, ent.start - 6), min(len(doc), ent.end + 8))
                if lowered[j] in nouns  # (a Token only for a company noun)
                and ((t := doc[j]).head.i == ent.root.i or ent.root.head.i == t.i)
            ]
            if any(a.lower_ in WORLDWIDE for t in described for a in t.lefts):
                self._worldwide.add(ent.text)  # "CB Richard Ellis - an international property firm"
            if (
                # ("Retailer John Lewis said": the noun capitalised as the sentence's first word)
                (
                    before is not None
                    and before.lower_ in nouns
                    and (before.is_lower or _opens_sentence(before))
                    # "executives Karen Hollis and Ian Shaw": the company's people, named
                    and before.lower_ not in COMPANY_PEOPLE
                )
                or (
                    after is not None
                    and after.lower_ in nouns
                    and after.is_lower
                    and after.head.i != ent.root.i
                )
                or any(  # "Gazprom, the Russian gas company"
                    lowered[j] in nouns and doc[j].dep_ == "appos" and doc[j].head.i == ent.root.i
                    for j in range(ent.end, min(len(doc), ent.end + 8))
                )
            ):
                found.add(ent.text)
            elif _owns_a_company_title(doc, ent, lowered, self.table):
                # "Balfour Beatty's managers": the model may take the possessive into the name
                found.add(ent.text)
                if ent[-1].tag_ == "POS" and len(ent) > 1:
                    found.add(span_text(doc, ent.start, ent.end - 1))
        return found

    def _scan_branches(self, doc: Doc, covered: list[bool]) -> list[_Mention]:
        """Armed services named before a rank ("Army Col. X", "Navy Lt. Cmdr. Y", "Air Force Gen. Z")."""
        found = []
        starts = _prefixes(self.office.branches)
        for i, text in enumerate(self._texts):
            if covered[i] or not text[:1].isupper() or text not in starts:
                continue  # a branch's name begins with the token's text
            for n in (2, 1):
                stop = i + n
                if stop >= len(doc) or any(covered[j] for j in range(i, stop)):
                    continue
                if doc[i:stop].text in self.office.branches and self.office.is_title(doc[stop].text):
                    found.append(_Mention(Kind.ORGANIZATION, i, stop, doc[i:stop].text))
                    for j in range(i, stop):
                        covered[j] = True
                    break
        return found

    def _scan_forces(self, doc: Doc, covered: list[bool]) -> list[_Mention]:
        """A force the model left untagged, named by capitalised words and a capitalised force
        word before an office ("The Metropolitan Police chief, X", "Greater Manchester Police
        chief constable Y"): an organization, whose office it is."""
        found = []
        for i, text in enumerate(self._texts):
            if (
                covered[i]
                or text.lower() not in FORCE_WORDS
                or not text[:1].isupper()
                or text == "Fire"
                or i + 1 >= len(doc)
                or not _office_word(self.office, doc[i + 1].text)
            ):
                continue
            start = i
            while (
                start > 0
                and start > i - 4
                and not covered[start - 1]
                and doc[start - 1].is_alpha
                and doc[start - 1].is_title
                and doc[start - 1].lower_ not in ARTICLES
                and not self.office.is_title(doc[start - 1].text)
            ):
                start -= 1
            if start == i:
                continue
            found.append(_Mention(Kind.ORGANIZATION, start, i + 1, doc[start : i + 1].text))
            for j in range(start, i + 1):
                covered[j] = True
        return found

    def _party_follower(self, tok: Token) -> bool:
        """A word that may follow a party's name: an office ("Labour leader") or a verb."""
        # ... or a word of a title ("Conservative co-chairman", "Tory shadow chancellor")
        return self.office.is_office(tok.lemma_) or tok.pos_ in ("VERB", "AUX") or tok.lower_ in RANK_WORDS

    def _surnames(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """A family name of a person named in full elsewhere in the document is that person,
        whatever the model made of it: tagged ORG or GPE ("Lestari said"), or not tagged at all
        ("Sakamoto lodged a protest")."""
        names: set[str] = set()
        for m in found:
            if m.kind is Kind.PERSON:
                words = m.name.split()
                if len(words) > 1:
                    names.update((words[0], words[-1]))
                elif _peerage(m) is not None:
                    names.add(m.name)  # "Lord Falconer ... Falconer denied it"
        if not names:
            return found
        out = []
        for m in found:
            if (
                m.kind in (Kind.ORGANIZATION, Kind.LOCATION)
                and m.end - m.start == 1
                and m.capital_of is None
                and m.name in names
                and not _activity_word(doc, m.start)
            ):
                m = _Mention(Kind.PERSON, m.start, m.end, m.name)
            out.append(m)
        for i, text in enumerate(self._texts):
            if text not in names or covered[i] or _activity_word(doc, i) or _names_a_kin_group(doc, i + 1):
                continue  # (not "the Conlon and Maguire families": the group, not Gerry Conlon)
            tok = doc[i]
            if tok.pos_ in ("PROPN", "NOUN") and tok.is_title:
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                prev = doc[tok.i - 1] if tok.i > 0 else None
                # Not part of a longer name ("Maria Duarte" is someone else); a capitalised
                # sentence opener before it ("Later Duarte said") is no name.
                titled = prev is not None and prev.lower_.rstrip(".") in TITLE_GENDER
                if (nxt is None or nxt.pos_ != "PROPN") and (
                    prev is None or prev.pos_ != "PROPN" or prev.is_sent_start or titled
                ):  # "Baroness Morgan" beside "Rhodri Morgan": the title tells which
                    titles = (prev.text,) if prev is not None and titled else ()
                    out.append(_Mention(Kind.PERSON, tok.i, tok.i + 1, tok.text, titles=titles))
        return out

    def _acronym_bodies(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """An acronym the model left untagged at the head of an office phrase before a person's
        name ("SMFG President X", "ECB chief economist Y", "NAO head Sir Z") is the body whose
        office it is: an organization, so the office is the body's and not a claim a state's
        government takes. Not a state's or a party's letters, nor an office's or a title's, nor two
        letters ("PR executive X": public relations)."""
        starts = {m.start for m in found if m.kind is Kind.PERSON}
        if not starts:
            return []
        taken = {i for m in found for i in range(m.start, m.end)}
        out = []
        texts = self._texts
        for i, text in enumerate(texts[:-2]):
            # (three letters at least: "PR executive X", "IT director Y", "HR chief Z" name a field)
            if not (3 <= len(text) <= 6 and text.isupper() and text.isalpha()) or covered[i] or i in taken:
                continue
            if (
                _office_word(self.office, text)
                or self.office.is_title(text)
                or self.office.is_portfolio(text)
                or text.lower() in _HONORIFICS_OR_POST_NOMINALS
                or self._state_of_text(text) is not None
                or self.parties.lookup(text) is not None
            ):
                continue
            j, office = i + 1, False
            while j < min(len(doc), i + 4) and j not in starts:
                word = texts[j]
                if not (word.islower() or _office_word(self.office, word) or self.office.is_portfolio(word)):
                    break
                office = office or _office_word(self.office, word)
                j += 1
            if office and j in starts and doc[j - 1].lower_ not in HONORIFICS:
                out.append(_Mention(Kind.ORGANIZATION, i, i + 1, text))
        return out

    def _listed_acronyms(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """The acronym of an international organization ``igos.tsv`` lists, left untagged by the
        model ("UNICEF delivered vaccines", "UNHCR said"): that organization. Three letters at
        least, written in capitals in a sentence that is not itself in capitals (a headline),
        and no common word ("NGO")."""
        taken = {i for m in found for i in range(m.start, m.end)}
        known = organizations().acronyms
        out = []
        for i, text in enumerate(self._texts):
            if covered[i] or i in taken or len(text) < 3 or not text.isalpha() or text not in known:
                continue
            if text in _COMMON_ACRONYMS:
                continue
            sent = doc[i].sent
            if sum(1 for t in sent if t.is_alpha and t.is_upper) * 2 > sum(1 for t in sent if t.is_alpha):
                continue  # "UNICEF WARNS OF FAMINE": a headline in capitals
            out.append(_Mention(Kind.ORGANIZATION, i, i + 1, text))
        return out

    def _kin_first_names(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """A first name alone right after a kin noun ("his daughter Victoria", "their son Harry",
        "a row with daughter Florence") is a person, whatever the model made of it (a place, a
        firm, a state or nothing), and so is the same word alone elsewhere in the document as a
        firm or a place, or untagged ("Victoria, a lobbyist, denounced ..."). A state's name stays
        the state elsewhere ("his son Jordan ... officials in Jordan"). Not "its sister Iberia",
        "sister company Florence Holdings" (the name runs on), nor a word of an office or a body."""
        lowered = self._lowered
        names = first_names()
        kin: set[str] = set()
        spots: set[int] = set()
        self._kin_spots = {}
        for i in range(len(doc) - 1):
            if lowered[i] not in KIN_NOUNS or (i > 0 and lowered[i - 1] == "its"):
                continue
            j = i + 1
            if (
                not self._upper[j]
                or not doc[j].is_alpha
                or (j + 1 < len(doc) and self._upper[j + 1] and doc[j + 1].is_alpha)
                or names.get(lowered[j]) is None
                or self._no_kin_name(doc[j])
            ):
                continue
            kin.add(self._texts[j])
            spots.add(j)
            before = i - 1
            while before >= 0 and doc[before].pos_ == "ADJ":
                before -= 1  # "his eldest son Harry", "his future wife Glenys"
            self._kin_spots[j] = lowered[before] if before >= 0 else ""
        self._kin_words = kin
        if not kin:
            return found
        out: list[_Mention] = []
        for m in found:
            if (
                m.end - m.start == 1
                and m.name in kin
                and m.kind is not Kind.PERSON
                and (
                    m.start in spots
                    or (m.kind in (Kind.ORGANIZATION, Kind.LOCATION) and m.capital_of is None)
                )
            ):
                out.append(_Mention(Kind.PERSON, m.start, m.end, m.name))
                continue
            out.append(m)
        taken = {i for m in out for i in range(m.start, m.end)}
        for i, text in enumerate(self._texts):
            if text not in kin or i in taken or covered[i] or not self._upper[i]:
                continue
            if (i + 1 < len(doc) and self._upper[i + 1] and doc[i + 1].is_alpha) or (
                i > 0 and self._upper[i - 1] and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start
            ):
                continue  # a word of a longer name ("Victoria Street", "Lake Victoria")
            out.append(_Mention(Kind.PERSON, i, i + 1, text))
        out.sort(key=lambda m: m.start)
        return out

    def _kin_of_the_story(
        self, persons: list[_Mention], full: list[_Mention], relatives: dict[int, str | None]
    ) -> dict[int, str | None]:
        """The full names of first names after a kin noun whose relative the sentence does not
        name ("he married his wife Ffion", "a row with daughter Victoria"): the relative is the
        person the story is about, the full name its text names most (one clear first), when
        "his"/"her" agrees with that person's gender; every mention of the first name alone then
        takes the name ("Victoria Vole"), so one document's Victoria is no other's. None is left
        as before (a name alone) when the story has no clear person."""
        todo = [m for m in persons if m.start in self._kin_spots and id(m) not in relatives]
        if not todo:
            return {}
        counts: Counter[str] = Counter()
        seen: dict[str, _Mention] = {}
        for p in persons:
            whole = p if len(p.name.split()) > 1 else _resolve_short(p, full)
            if whole is not None:
                counts[whole.name] += 1
                seen.setdefault(whole.name, whole)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return {}
        main = seen[ranked[0][0]]
        gender = name_gender(main.name.split()[0]) or next(
            (
                g
                for p in persons
                if (g := _title_gender(p)) is not None and p.name.split()[-1] == main.name.split()[-1]
            ),
            None,
        )
        found: dict[int, str | None] = {}
        for m in todo:
            said = KIN_POSSESSIVES.get(self._kin_spots[m.start])
            if said is not None and gender is not None and said != gender:
                continue  # "her daughter X" in a story about a man: whose, unsaid
            if m.name == main.name.split()[0] or any(c.name.split()[0] == m.name for c in full):
                continue  # "his wife Cherie ... Cherie Booth": her own name, read as before
            label = f"{m.name} {main.name.split()[-1]}"
            found.update(
                (id(p), label)
                for p in persons
                if p.name == m.name and not p.titles and id(p) not in relatives
            )
        return found

    def _no_kin_name(self, t: Token) -> bool:
        """A word of an office, a portfolio, a body or a title: no first name after a kin noun."""
        return (
            t.lower_ in self.words.organization_words
            or _office_word(self.office, t.text)
            or self.office.is_title(t.text)
            or self.office.is_portfolio(t.text)
        )

    def _described_untagged(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """Two or three capitalised words the model left untagged after a people's adjective,
        when an age stands before the adjective or the first word is a first name: "52-year-old
        Australian Ann Vole", "Algerian Omar Vole" are persons; never words of a body, an office,
        a field or a place ("British Gas Council", "French Foreign Ministry")."""
        taken = {i for m in found for i in range(m.start, m.end)}
        names = first_names()
        out = []
        for m in found:
            if m.kind is not Kind.STATE or m.end - m.start != 1 or self.table.demonym(m.name) is None:
                continue
            start = end = m.end
            while end < len(doc) and end - start < 3 and doc[end].is_alpha and doc[end].is_title:
                end += 1
            if end - start < 2 or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
                continue
            words = doc[start:end]
            aged = m.start >= 2 and doc[m.start - 1].lower_ == "old" and doc[m.start - 2].text in HYPHENS
            if (
                any(t.i in taken or covered[t.i] or t.ent_type_ or t.pos_ != "PROPN" for t in words)
                or not (aged or names.get(words[0].lower_) in ("M", "F"))
                or any(self._no_name_word(t) for t in words)
            ):
                continue
            out.append(_Mention(Kind.PERSON, start, end, words.text))
        return out

    def _no_name_word(self, t: Token) -> bool:
        """A word of a body, an office, a portfolio, a state, a capital or a place: never part of a name."""
        return (
            t.lower_ in self.words.organization_words
            or _office_word(self.office, t.text)
            or self.office.is_title(t.text)
            or self.office.is_portfolio(t.text)
            or self._state_of_text(t.text) is not None
            or self.table.capital(t.text) is not None
            or t.text in self._places
            or t.lower_ in self._not_names
        )

    def _treated_untagged(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """Two or three capitalised words the model left untagged, the first a first name, that
        the sentence treats as a person: a "who" clause, "said he/she", an age, or a person's
        noun in apposition ("Mo Vole, the former Northern Ireland secretary, said"); never words
        of a body, an office, a field or a place. One pass over the tokens."""
        from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_TITLE

        taken = {i for m in found for i in range(m.start, m.end)}
        names = first_names()
        out = []
        # (each token's flags from the doc's arrays: no Token is made for a word that cannot open
        # such a name)
        columns = doc.to_array([IS_ALPHA, IS_TITLE, ENT_TYPE]).T.tolist() if len(doc) else [[], [], []]
        capital = [bool(alpha and title) for alpha, title in zip(columns[0], columns[1], strict=True)]
        tagged = columns[2]
        freed = _names_in_dates(doc)
        for k in freed:
            tagged[k] = 0
        i = 0
        while i < len(doc):
            if not capital[i] or tagged[i] or i in taken or covered[i]:
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end - i < 4 and capital[end] and not tagged[end]:
                end += 1
            start, i = i, end
            # a first name the table lacks ("Parul Vole, deputy chief economist at Acme,"): two
            # words only, and only an office in apposition or a "who"/"he"/"she" tells a person
            unknown = names.get(doc[start].lower_) is None
            if not 2 <= end - start <= 3 or (unknown and end - start != 2):
                continue
            if (
                start > 0
                and doc[start - 1].is_alpha
                and doc[start - 1].is_title
                and start - 1 != sentence_start(doc, start)
                and start not in freed
                and doc[start - 1].lower_ not in MONTHS
                and doc[start - 1].lower_ not in WEEKDAYS
            ):
                continue  # the tail of a longer capitalised run ("Last Tuesday Ann Vole": a date's end)
            words = doc[start:end]
            if any(
                t.i in taken
                or covered[t.i]
                or (t.ent_type_ and t.i not in freed)
                or t.pos_ != "PROPN"
                or self._no_name_word(t)
                for t in words
            ):
                continue
            root = words.root
            partners = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
            if unknown:
                if (start > 0 and doc[start - 1].lower_ in ARTICLES) or doc[end - 1].tag_ == "NNPS":
                    continue  # "the Beastie Boys, who": a band, no one's name
                if _treated_as_person(doc, root, end) or any(
                    self.office.is_office(c.lemma_.lower()) and c.lower_ not in TRADE_NOUNS for c in partners
                ):
                    out.append(_Mention(Kind.PERSON, start, end, words.text))
                continue
            if (
                _treated_as_person(doc, root, end)
                or _age_apposition(doc, end)
                or any(self._person_noun(c) for c in partners)
                or _inverted_speaker(root, start)
            ):
                out.append(_Mention(Kind.PERSON, start, end, words.text))
        return out

    def _titled_untagged(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """A capitalised word after a title of a person the model left untagged ("Labour peer
        Lord Haskins are warning"): that person, when the word is one name alone, no office
        ("Lord Chancellor") and no word the document writes in lower case."""
        taken = {i for m in found for i in range(m.start, m.end)}
        out = []
        lowered = self._lowered
        for i in range(1, len(doc)):
            if lowered[i - 1].rstrip(".") not in TITLE_GENDER:
                continue  # (tested again below; most tokens follow no title)
            tok = doc[i]
            prev = doc[tok.i - 1]
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (
                nxt is not None
                and nxt.pos_ == "PROPN"
                and nxt.is_title
                and nxt.is_alpha
                and not nxt.ent_type_
                and nxt.i not in taken
                and not covered[nxt.i]
                and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "PROPN")
                and first_names().get(tok.lower_) is not None
                and not tok.ent_type_
                and not prev.ent_type_
                and tok.i not in taken
                and not covered[tok.i]
                and prev.is_title
                and tok.is_title
                and not _office_word(self.office, nxt.text)
                and not self.office.is_title(nxt.text)
                and nxt.lower_ not in self._not_names
                and self.table.lookup(nxt.text) is None
                and not _title_in_quotes(doc, prev.i, nxt.i + 1)
            ):
                # "Dame Judith Corran will retire": a title, a first name and a family name untagged
                out.append(
                    _Mention(Kind.PERSON, tok.i, tok.i + 2, f"{tok.text} {nxt.text}", titles=(prev.text,))
                )
                continue
            # the family name: lower-case particles before it ("Lord de Vole", "Dr van der Vole")
            # and hyphened parts ("Mr Kilroy-Silk", "Baroness Ashby-Vole") are its words too
            last = tok.i
            while last - tok.i < 2 and last + 1 < len(doc) and doc[last].lower_ in NAME_PARTICLES:
                last += 1
            name_word = doc[last]
            end = _hyphened_end(doc, last + 1)
            nxt = doc[end] if end < len(doc) else None
            if (
                any(k in taken or covered[k] or doc[k].ent_type_ for k in range(tok.i, end))
                or prev.ent_type_
                or prev.i in taken
                or prev.lower_.rstrip(".") not in TITLE_GENDER
                or not prev.is_title
                or name_word.pos_ != "PROPN"
                or not name_word.is_title
                or not name_word.is_alpha
                or (tok.i == last and not tok.is_title)
                or (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())
                or _office_word(self.office, name_word.text)
                or self.office.is_title(name_word.text)
                or name_word.lower_ in self._not_names
                or (end == last + 1 and self.table.lookup(name_word.text) is not None)
                or _title_in_quotes(doc, prev.i, end)
            ):
                continue
            out.append(_Mention(Kind.PERSON, tok.i, end, doc[tok.i : end].text, titles=(prev.text,)))
        return out

    def _ranked_untagged(self, doc: Doc, found: list[_Mention], covered: list[bool]) -> list[_Mention]:
        """A first name and a family name after a rank that the model left untagged ("Lt Col
        Eric Vole of the PCO said", "Sgt Tom Hale"): that person, the ranks kept as titles. The
        family name is a capitalised proper noun no name word follows."""
        ranks = {a.rstrip(".") for a, _full in self.office.ranks} | {full for _a, full in self.office.ranks}
        lowered = self._lowered
        names = first_names()
        taken = {i for m in found for i in range(m.start, m.end)}
        out = []
        n = len(doc)
        for i in range(n - 2):
            if lowered[i].rstrip(".") not in ranks or not doc[i].text[:1].isupper():
                continue
            j = i + 1
            while j < n and lowered[j].rstrip(".") in ranks and doc[j].text[:1].isupper():
                j += 1  # "Lt Col"
            if j + 1 >= n or any(covered[k] or k in taken for k in range(j, j + 2)):
                continue
            first, family = doc[j], doc[j + 1]
            if (
                names.get(first.lower_) is None
                or not first.is_title
                or not family.is_title
                or not family.is_alpha
                or family.pos_ != "PROPN"
                or family.lower_ in self._not_names
                or (j + 2 < n and doc[j + 2].pos_ == "PROPN" and doc[j + 2].text[:1].isupper())
            ):
                continue
            titles = tuple(t.text for t in doc[i:j])
            out.append(_Mention(Kind.PERSON, j, j + 2, f"{first.text} {family.text}", titles=titles))
            for k in range(j, j + 2):
                covered[k] = True
        return out

    # -- resolution -----------------------------------------------------------------------
    def extract(self, doc: Doc, article: Article) -> DocEntities:
        table = Sentences(doc)  # (each token's sentence, found at the first question)
        out = DocEntities(sentences=table)
        mentions = self._no_person_names(doc, [_territory_as_place(m) for m in self._mentions(doc)])
        persons = [m for m in mentions if m.kind is Kind.PERSON]
        full = [m for m in persons if len(m.name.split()) > 1]
        _misplaced_apostrophes(doc, persons, full)
        mentions = _determined_bodies(doc, mentions, full)
        mentions = _firm_surnames(doc, mentions, full, self.words.described_companies, self._companies)
        persons = [m for m in mentions if m.kind is Kind.PERSON]
        kin = _kin_names(doc, persons, full)
        relatives = _kin_introduced(doc, persons, full)
        relatives.update(self._kin_of_the_story(persons, full, relatives))
        relatives.update(_kin_followers(persons, full, relatives))
        aliases = _alias_names(doc, persons, table)
        unsupported = self._unsupported_single_names(doc, persons, full)
        unsupported -= {id(m) for m in persons if m.name.casefold() in kin}  # "his father Giuseppe"
        unsupported -= {id(m) for m in persons if m.name in self._kin_words}  # "daughter Victoria"
        unsupported -= set(relatives)
        unsupported |= {i for i, label in relatives.items() if label is None}  # "her husband John": whose?
        impersonal = self._impersonal_single_names(doc, persons, full, kin)
        unsupported |= {i for i, acting in impersonal.items() if not acting}
        unsupported -= {i for i, acting in impersonal.items() if acting}  # "according to Zedmark": a body
        mentions = [
            _Mention(Kind.ORGANIZATION, m.start, m.end, m.name) if impersonal.get(id(m)) else m
            for m in mentions
            if id(m) not in unsupported
        ]
        persons = [m for m in mentions if m.kind is Kind.PERSON]
        office_women = _office_titled_women(doc, persons, self.office)
        peers = _document_peers(persons, full, office_women)
        companies = _document_companies(doc, mentions)
        sentences = _sentence_evidence(doc, article) if mentions else []  # (doc.sents needs a parse)
        shorts = sorted((m for m in persons if len(m.name.split()) == 1), key=lambda m: m.start)
        by_word = _names_by_word(full)  # (after the renames above; once, not per mention)
        ambiguous = {id(m) for m in shorts if _namesakes_apart(doc, m, full, shorts, by_word) is AMBIGUOUS}
        if ambiguous:  # "Keith Darrow and Charles Darrow spoke. Mr Darrow said": whose? no one's
            mentions = [m for m in mentions if id(m) not in ambiguous]
            persons = [m for m in persons if id(m) not in ambiguous]
        for m in mentions:
            apart = _namesakes_apart(doc, m, full, shorts, by_word)
            key, label, iso3 = self._identity(m, apart, peers, office_women)
            if m.kind is Kind.PERSON and m.name.casefold() in kin and key == node_key(Kind.PERSON, m.name):
                label = kin[m.name.casefold()]  # "Michael Howard's wife, Sandra": Sandra Howard
                key = node_key(Kind.PERSON, label)
            elif (relative := relatives.get(id(m))) is not None:
                label, key = relative, node_key(Kind.PERSON, relative)  # "his son Nick": Nick Howard
            named = (
                (aliases.get(m.name.casefold()) or aliases.get(label.casefold()))
                if m.kind is Kind.PERSON
                else None
            )
            if named is not None and named is not m:  # "Mahmoud Abbas, also known as Abu Mazen"
                key, label, iso3 = self._identity(named, full, peers, office_women)
            if m.kind is Kind.ORGANIZATION and m.party is None and m.name in companies:
                # "ONGC", "Siemens" for "Oil and Natural Gas Corporation", "Siemens AG"
                label = companies[m.name]
                key = node_key(Kind.ORGANIZATION, label)
            elif (
                m.kind is Kind.ORGANIZATION
                and m.party is None
                and (longer := _longer_body(m, mentions)) is not None
            ):
                key, label = (
                    node_key(Kind.ORGANIZATION, longer),
                    longer,
                )  # "the Guards": the Revolutionary Guards
            entity = out.entities.get(key)
            if entity is None:
                entity = out.entities[key] = _Entity(key, m.kind, label, iso3)
            span = doc_span(doc, m.start, m.end)
            evidence = sentences[m.start]  # (span.sent: the sentence of the span's first token)
            entity.mentions.append(Mention(article.id, span.start_char, span.end_char, span.text, evidence))
            for i in range(m.start, m.end):
                out.token_entity[i] = key
            if (
                m.kind is Kind.PERSON
                and m.end < len(doc)
                and doc[m.end].is_upper
                and doc[m.end].lower_ in POST_NOMINALS
                and m.end not in out.token_entity
            ):
                out.token_entity[m.end] = key  # "Ian Vole QC warned": the head the parser chose names him
            # a capital, or a city or region the place list files under one state ("Kirkuk")
            inside = m.capital_of or (place_state(m.name) if m.kind is Kind.LOCATION else None)
            if inside is not None and key not in out.part_of:
                state_key = self._state_entity(out, inside)
                out.part_of[key] = state_key
                out.relations.append(RelationFact(key, state_key, Relation.PART_OF, evidence))
            if m.party is not None and key not in out.parties:
                out.parties.add(key)
                state_key = self._state_entity(out, self.table.get(m.party))
                out.part_of[key] = state_key
                out.relations.append(RelationFact(key, state_key, Relation.PART_OF, evidence))
        for m in mentions:
            if m.kind is Kind.ORGANIZATION and m.party is None:
                self._org_state(doc, article, m, out)
        self._described_organizations(doc, article, out)
        for m in persons:
            self._affiliations(doc, article, m, out)
        self._seats_not_holders(out)
        self._introduced_holders(doc, article, persons, out)
        self._described_holders(doc, article, out)
        self._offices_taken_by_pronoun(doc, article, out)
        self._owned_offices(out)
        known = set(out.entities)
        self._devolved_holders(doc, out)
        home = self._home_state(doc, article, out)
        if home is not None and out.claims:
            devolved = self._devolved(doc, out)
            out.claims = [
                dataclasses.replace(c, home=None if devolved and _devolved_office(c.role) else home)
                for c in out.claims
            ]
        elif out.claims and (sole := self._sole_state(out)) is not None and not self._devolved(doc, out):
            out.claims = _ministers_of(out, sole)
        elif (
            home is None
            and out.claims
            and (governing := self._governing_state(out)) is not None
            and not self._devolved(doc, out)
        ):
            # "the Conservatives ... Downing Street ... the Home Office ... against the UK": the
            # state whose parties and government bodies the story is about holds its offices
            out.claims = [dataclasses.replace(c, home=governing) for c in out.claims]
        elif (
            home is None
            and out.claims
            and (cabinet := self._cabinet_state(out))[0] is not None
            and not self._devolved(doc, out)
        ):
            # "president Hugo Chavez ... Agriculture minister Arnoldo Marquez": a minister of the
            # government whose other members the story names (not a body's "president"); one the
            # knowledge base knows keeps what it says
            out.claims = [
                dataclasses.replace(c, home=cabinet[0])
                if out.entities[c.entity].kind is Kind.PERSON
                and role_head(c.role) in MINISTERIAL
                and c.entity not in cabinet[1]
                else c
                for c in out.claims
            ]
        elif (
            home is None
            and out.claims
            and (dominant := self._dominant_state(doc, out)) is not None
            # "Britain has offered troops to Indonesia ... Indonesia ...": the lead's state acts
            and _lead_subject_state(doc, out) in (None, dominant)
            and not self._devolved(doc, out)
        ):
            # "Russia's decision ... Russia may decide ... natural resources minister X": a minister
            # named bare in a story about one country (named as a noun of its own three times and
            # three times as often as any other) is that country's
            out.claims = _ministers_of(out, dominant)
        elif (
            home is None
            and out.claims
            and (bodied := self._bodied_state(out)) is not None
            and not self._devolved(doc, out)
        ):
            # "the Home Office ... entered the UK ... immigration minister X": a minister named bare
            # in a story whose only government bodies are one state's, the state it names most
            out.claims = _ministers_of(out, bodied)
        if any(c.role is None for c in out.claims):
            # "the Department of Health said": a body named bare is the state's that something
            # ties it to, never merely the state named most
            tied = self._body_state(doc, article, out)
            # (a body whose name says it is a state's own, "the Federal Labour Agency", keeps the
            # home state, or takes the tied one)
            out.claims = [
                c
                if c.role is not None or c.home == tied
                else dataclasses.replace(c, home=c.home or tied)
                if _national_body(out.entities[c.entity].label)
                else dataclasses.replace(c, home=None)
                for c in out.claims
            ]
        if any(law_officer(c.role) for c in out.claims):
            # "the Attorney General X": a law officer serves the government the story's parties
            # and bodies are of, never the state named most (the war's "Iraq")
            officer_home = None if self._devolved(doc, out) else self._governing_state(out)
            out.claims = [
                dataclasses.replace(c, home=officer_home) if law_officer(c.role) else c for c in out.claims
            ]
        elif home is not None and home not in known:
            del out.entities[home]  # a dateline's state, named nowhere else: no node for it
            home = None
        out.home = home
        if home is not None and home in known:
            self._home_companies(home, out)
        if any(c.home for c in out.claims):
            # "Defence Secretary X visited UK troops in Iraq": the state an office holder goes to
            # is the host, never the home of the office
            out.claims = [
                dataclasses.replace(c, home=None) if c.home and self._visits_home(doc, c, out) else c
                for c in out.claims
            ]
        self._bodies_named_before(doc, out)
        self._posts_named_with_state(doc, out)
        self._peers(doc, out)
        return out

    @staticmethod
    def _visits_home(doc: Doc, claim: ClaimFact, out: DocEntities) -> bool:
        """Whether the claim's sentence has its holder, as the subject, travel to or visit the
        claim's home state, named as a state ("X visited UK troops in Iraq", "X flew to Iraq")."""
        for i, key in out.token_entity.items():
            if key != claim.entity or doc[i].dep_ not in ("nsubj", "nsubjpass"):
                continue
            if not claim.evidence.start <= doc[i].idx < claim.evidence.end:
                continue
            verb = doc[i].head
            if verb.lemma_.lower() not in TRAVEL and verb.lemma_.lower() != "arrive":
                continue
            subject = {t.i for t in doc[i].subtree}
            for t in verb.subtree:
                if t.i in subject:
                    continue
                if out.token_entity.get(t.i) == claim.home:
                    return True  # (a place in it is no sign: "Interior Minister X visited Basra")
        return False

    def _posts_named_with_state(self, doc: Doc, out: DocEntities) -> None:
        """A diplomat's post named with no state ("He will succeed the previous High
        Commissioner, X", "the ambassador, Y") in a document that names that post with one state
        and no other ("X is to become the UK's high commissioner to South Africa"): the state
        that sends the post's holders holds it, never the state it is posted to. The claim becomes
        the affiliation."""
        kept: list[ClaimFact] = []
        for claim in out.claims:
            entity = out.entities.get(claim.entity)
            if (
                claim.role is None
                or entity is None
                or entity.kind is not Kind.PERSON
                or not _diplomatic(claim.role)
                or "shadow" in claim.role.lower().split()
            ):
                kept.append(claim)
                continue
            post = _post_words(claim.role)
            states = {
                key
                for tok in doc
                if tok.lemma_.lower() == post[-1]
                and (len(post) == 1 or any(c.lower_ == post[0] for c in tok.lefts))
                for c in tok.lefts
                if c.dep_ in ("poss", "amod", "compound", "nmod")
                and (key := out.token_entity.get(c.i)) is not None
                and out.entities[key].kind is Kind.STATE
            }
            if len(states) != 1:
                kept.append(claim)
                continue
            out.relations.append(_claim_held_by(claim, next(iter(states))))
        out.claims = kept

    def _bodies_named_before(self, doc: Doc, out: DocEntities) -> None:
        """An office in a state's own body named by its common noun with no state ("the central
        bank's vice president X", "a foreign ministry spokesman, X") in a document that names that
        body with its state ("the Libyan central bank", "Iran's foreign ministry"): the body's
        state holds it, when the document names the body with one state only. The claim becomes
        the affiliation; evidence is the claim's sentence."""
        if not out.claims:
            return
        kept: list[ClaimFact] = []
        for claim in out.claims:
            body = _state_body_phrase(claim.role)
            entity = out.entities.get(claim.entity)
            if body is None or entity is None or entity.kind is not Kind.PERSON:
                kept.append(claim)
                continue
            states = self._states_of_body(doc, body, out)
            if len(states) != 1:
                kept.append(claim)
                continue
            if any(
                r.source == claim.entity and r.target in states and r.relation is Relation.AFFILIATED_WITH
                for r in out.relations
            ):
                continue
            out.relations.append(_claim_held_by(claim, next(iter(states))))
        out.claims = kept

    def _states_of_body(self, doc: Doc, body: tuple[str, ...], out: DocEntities) -> set[str]:
        """The states the document names the body ``body`` (its words, lower case, the last one
        the head noun) with: a possessor ("Libya's central bank"), a national adjective ("the
        Libyan central bank") or an "of" after it ("the central bank of Libya")."""
        found: set[str] = set()
        for tok in doc:
            if tok.lemma_.lower() != body[-1] or tok.i < len(body) - 1:
                continue
            if [t.lower_ for t in doc[tok.i - len(body) + 1 : tok.i]] != list(body[:-1]):
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i]
            owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            for owner in owners:
                key = out.token_entity.get(owner.i)
                if key is not None and out.entities[key].kind is Kind.STATE:
                    found.add(key)
                    continue
                state = self.table.demonym(owner.text)
                if state is not None and state.status != "territory":
                    found.add(self._state_entity(out, state))
        return found

    def _peers(self, doc: Doc, out: DocEntities) -> None:
        """A peer named by the title of the House of Lords ("Lord Bingham", "Baroness Vole"), whom
        the document ties to no state, organization or party: a member of the UK's House of Lords
        (a law lord, a Lord Chief Justice, a peer who speaks), so the UK's: a claim of the role
        "peer" that resolution gives the UK. Evidence: the first mention. Not "Lady" (a knight's
        wife is one too)."""
        from ..resolve.offices import national

        held = {r.source for r in out.relations if r.relation is Relation.AFFILIATED_WITH}
        # "Shadow sports minister Lord Vole": an opposition party's office, which is no state's;
        # "Attorney General Lord Vole": a government's office, whose holder resolution decides
        held |= {
            c.entity
            for c in out.claims
            if "shadow" in (c.role or "").lower().split() or national(c.role) or law_officer(c.role)
        }
        for key, entity in list(out.entities.items()):
            words = entity.label.split()
            if (
                entity.kind is not Kind.PERSON
                or key in held
                or len(words) < 2
                or (words[0] not in PEER_TITLES and not self._lady_among_peers(doc, entity))
                or not entity.mentions
                or self._named_in_office(doc, out, key)
            ):
                continue
            # a claim resolution decides (``resolve.offices.attribute``): the text's own events
            # are read without it ("calls for Lord Vole's advice to be published" targets no state)
            out.claims.append(ClaimFact(key, PEER_ROLE, entity.mentions[0].sentence))

    @staticmethod
    def _lady_among_peers(doc: Doc, entity: _Entity) -> bool:
        """ "Lady Hale, sitting with Lords Bingham, Steyn and Hope, said": a "Lady" named by her
        family name alone in a sentence with another peer of another name (a "Lord X", "Lords X
        and Y", a "Baroness X") sits in the Lords herself; not "Lord and Lady Black" (a peer's
        wife), nor "Sir John and Lady Major" (a knight's)."""
        words = entity.label.split()
        if len(words) != 2 or words[0] != "Lady":
            return False
        for mention in entity.mentions:
            sent = doc.char_span(mention.sentence.start, mention.sentence.end, alignment_mode="expand")
            named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if sent is None or named is None:
                continue
            first = (
                named.start - 1 if named.start > 0 and doc[named.start - 1].text == "Lady" else named.start
            )
            if first > 0 and doc[first - 1].lower_ in ("and", "&"):
                continue  # "Sir John and Lady Major": a couple
            for t in sent:
                if t.text not in ("Lord", "Lords", "Baroness") or t.i + 1 >= len(doc):
                    continue
                after = doc[t.i + 1]
                if after.lower_ == "and" or after.text == words[1] or not after.text[:1].isupper():
                    continue  # "Lord and Lady Black": her husband's title
                return True
        return False

    def _named_in_office(self, doc: Doc, out: DocEntities, key: str) -> bool:
        """Whether the text says what office the person held in a clause of "be" ("The last prime
        minister to be installed at a younger age was Lord Liverpool", "Lord Vole was the
        Lord Chancellor"; not "was a good judge"): then the peer's title is no role of theirs
        the text gives."""
        for i, k in out.token_entity.items():
            if k != key:
                continue
            tok = doc[i]
            be = tok.head
            if (
                out.token_entity.get(be.i) == key
                or be.lemma_.lower() != "be"
                or tok.dep_ not in ("nsubj", "attr")
            ):
                continue  # (a word inside the name, or no clause of "be")
            # (the other side of "be", also where the parse made "be" an auxiliary of a verb
            # of the office's phrase: "the last prime minister to be installed ... was X")
            sides = [*be.children, *(be.head.children if be.dep_ in ("aux", "auxpass") else ())]
            if any(
                c.i != tok.i
                and c.dep_ in ("nsubj", "nsubjpass", "attr")
                and c.pos_ in ("NOUN", "PROPN")
                and out.token_entity.get(c.i) is None
                and self.office.is_office(c.text)
                # (the office that was his, "the prime minister", not a kind he was of, "a
                # good and humane judge")
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                for c in sides
            ):
                return True
        return False

    @staticmethod
    def _seats_not_holders(out: DocEntities) -> None:
        """ "Jane Hollis, MP for Wexham": the seat is a constituency, no holder of the member's
        office; the office stays a claim with the seat in its role. A party ("Labour MP") or a
        state keeps it."""
        kept = []
        for rel in out.relations:
            target = out.entities.get(rel.target)
            if (
                rel.relation is Relation.AFFILIATED_WITH
                and target is not None
                and target.kind in (Kind.LOCATION, Kind.ORGANIZATION)
                and rel.target not in out.parties
                and out.entities[rel.source].kind is Kind.PERSON
                and constituency_member(rel.role)
            ):
                out.claims.append(
                    ClaimFact(rel.source, f"{rel.role} for {target.label.lower()}", rel.evidence)
                )
                continue
            kept.append(rel)
        out.relations[:] = kept

    def _home_companies(self, home: str, out: DocEntities) -> None:
        """A company the text introduces as one ("the world's biggest retailer Acme", "drugs
        group Acme") with no state of its own, in a document about one state (named in it),
        is part of that state: "Two big US names ... retailer Wal-Mart". The evidence is the
        company's first mention. A company the knowledge base lists keeps the state it gives
        (resolution's ``knowledge`` basis)."""
        from ..resolve.companies import listed_state  # the knowledge base's companies

        state = out.entities.get(home)
        support = len(state.mentions) if state is not None else 0
        support += sum(
            len(e.mentions)
            for k, e in out.entities.items()
            if out.part_of.get(k) == home and e.label not in self._companies
        )
        if support < HOME_SUPPORT:
            # "Finnish company Vexo ... Security firm Netbox said": the state named once and a
            # company's own mentions make no story about the state that places every company
            return
        for key, entity in list(out.entities.items()):
            if (
                entity.kind is not Kind.ORGANIZATION
                or key in out.parties
                or key in out.part_of
                or entity.label not in self._companies
                or entity.label in self._worldwide
                or not entity.mentions
                or organizations().get(entity.label) is not None
                or self._government_body(key, out)
                or listed_state(entity.label)[0] is not None
            ):
                continue
            out.part_of[key] = home
            out.relations.append(RelationFact(key, home, Relation.PART_OF, entity.mentions[0].sentence))

    def _owned_offices(self, out: DocEntities) -> None:
        """ "Lula's foreign minister, Mauro Vieira": the office serves the state its owner serves
        in this document; kin of a person ("the son-in-law of former President Kuchma") serves,
        with no office, the relative's state in this document, else the one state the knowledge
        base knows the relative served in all its roles. An owner of an office with no one state
        leaves a claim ("Howard's spokesman" serves no state the knowledge base could tell)."""
        from ..resolve import NodeRow  # the knowledge base of persons, as resolution reads it
        from ..resolve.offices import known_state, national

        states: dict[str, set[str]] = {}
        # "a special adviser to Chancellor X": X's title here is a state's, X's state is the adviser's
        national_owners = {c.entity for c in out.claims if national(c.role)}
        for rel in out.relations:
            if rel.relation is Relation.AFFILIATED_WITH and out.entities[rel.target].kind is Kind.STATE:
                states.setdefault(rel.source, set()).add(rel.target)
        for person, owner, role, ev in out.owned:
            found = states.get(owner, set())
            if not found and (role is None or owner in national_owners):
                # kin, or the staff of a state's office holder; an office of an opposition leader
                # ("Howard's spokesman") is no state's
                entity = out.entities[owner]
                known = known_state(
                    NodeRow(owner, entity.kind.value, entity.label, None, (), 1, 1),
                    named=None if role is None else out.entities.__contains__,  # a state the text names
                )
                if known is not None:
                    found = {self._state_entity(out, self.table.get(known.partition(":")[2]))}
            if len(found) == 1:
                out.relations.append(
                    RelationFact(person, next(iter(found)), Relation.AFFILIATED_WITH, ev, role=role)
                )
            elif role:
                out.claims.append(ClaimFact(person, role, ev))

    def _home_state(self, doc: Doc, article: Article, out: DocEntities) -> str | None:
        """The state the document is about: its dateline's ("NEW DELHI, March 12 (Reuters) -"), the
        first place it knows when it names several ("TAIPEI/BEIJING"); without one, the state named
        most often (counting the states of places and parties) when it is named at least
        three times and at least three times as often as any other."""
        # "NIAMEY/PARIS (AFP)": the first place is where the story is filed from.
        dated = self._dateline_state(article)
        if dated is not None:
            return self._state_entity(out, dated)
        votes: Counter[str] = Counter()
        for key, entity in out.entities.items():
            owner = key if entity.kind is Kind.STATE else out.part_of.get(key)
            if owner is not None:
                votes[owner] += len(entity.mentions)
        # The lead's subject is who the story is about: "Britain has offered troops to Indonesia"
        # is a British story however often Indonesia and its provinces are named after it.
        lead_owner = _lead_subject_state(doc, out)
        if lead_owner is not None:
            votes[lead_owner] += LEAD_SUBJECT_VOTES
        ranked = votes.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
            return None  # an article about another country names it often too
        return ranked[0][0]

    def _body_state(self, doc: Doc, article: Article, out: DocEntities) -> str | None:
        """The state a government body named bare ("the Department of Health", "the Foreign
        Ministry") belongs to when nothing in its own phrase says: the dateline's; else the one
        state the document names (:meth:`_sole_state`: by its name, and no place of another); else the
        state whose parties and bodies alone the story names (:meth:`_governing_state`). None
        when the document names several states and no such tie: a story about British detainees
        in an American camp names both, and "the Department of Defense" is not the one named
        most."""
        dated = self._dateline_state(article)
        if dated is not None:
            return node_key(Kind.STATE, dated.iso3)
        return self._sole_state(out) or self._governing_state(out) or self._dominant_state(doc, out)

    @staticmethod
    def _dominant_state(doc: Doc, out: DocEntities) -> str | None:
        """The state a document names as a noun of its own (a subject, an object, a possessor;
        not a modifier as in "US tycoon", "US dollar") at least three times and three times as
        often as any other ("China's economy ... China raised rates ... blame China"): the story's
        country, whose bodies a bare name means. A story about a "US tycoon" buying a club has
        none."""
        counts: Counter[str] = Counter()
        for i, key in out.token_entity.items():
            if (
                key.startswith("state:")
                and out.token_entity.get(i + 1) != key
                and doc[i].dep_ not in ("compound", "amod", "nmod")
            ):
                counts[key] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
            return None
        return ranked[0][0]

    def _dateline_state(self, article: Article) -> State | None:
        """The state of the dateline's first known place ("NIAMEY/PARIS (AFP) -")."""
        for line in article.text[:400].splitlines()[:3]:
            match = DATELINE.match(line.strip())
            if match is None:
                continue
            for city in (c.strip() for c in match.group(1).split("/")):
                state = self.table.capital(city) or self.table.lookup(city)
                if state is not None:
                    return state
            break
        return None

    def _sole_state(self, out: DocEntities) -> str | None:
        """The one state a document names by its name (itself, or through its places, parties
        and bodies), however seldom, when it names no place of no known state: "Schools across
        the UK ... Schools Minister X" is a British story; "people from Scotland died ... on the
        Thai island" is no Thai one. Only a minister's or secretary's office with no holder of its
        own may take it (a claim's home), never a company."""
        named: set[str] = set()
        for key, entity in out.entities.items():
            if entity.kind is Kind.LOCATION and key not in out.part_of:
                return None
            owner = key if entity.kind is Kind.STATE else out.part_of.get(key)
            if owner is not None and owner.startswith("state:"):
                named.add(owner)
        if len(named) != 1:
            return None
        sole = next(iter(named))
        state = out.entities.get(sole)
        if state is None or not any(self.table.lookup(m.text) is not None for m in state.mentions):
            return None  # "the Thai island": an adjective alone names no story's state
        return sole

    def _introduced_holders(
        self, doc: Doc, article: Article, persons: list[_Mention], out: DocEntities
    ) -> None:
        """ "The US stock market watchdog's chairman has said he will act. In a speech, William
        Donaldson promised ...": a sentence whose subject is a definite office with its holder
        named ("the chief executive of Acme", "Britain's foreign secretary") and no person, then
        a sentence whose subject is a person named there for the first time, by a full name, who
        holds no office anywhere in the document: the person is the office's holder. Never when
        another person of the document holds that office, nor for an office with no holder
        named ("the prime minister has ... Michael Howard said": the reply of someone else)."""
        from ..resolve.actors import actors  # the knowledge base of persons, as resolution reads it

        if len(persons) == 0:
            return
        held = {r.source for r in out.relations if r.relation is Relation.AFFILIATED_WITH}
        held |= {c.entity for c in out.claims} | {p for p, _o, _r, _e in out.owned}
        first: dict[str, int] = {}
        for m in sorted(persons, key=lambda m: m.start):
            key = out.token_entity.get(m.start)
            if key is not None:
                first.setdefault(key, m.start)
        sentences = list(doc_sentences(doc))
        for k, sent in enumerate(sentences[:-1]):
            # the root's subject; under a report ("..., it was claimed in court", "..., prosecutors
            # said"), the subject of the clause reported
            root = sent.root
            # (the root's children are in order, all of them in its sentence)
            subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                subject is None or subject.tag_ != "NN" or not self.office.is_office(subject.lemma_)
            ) and root.lemma_.lower() in self.words.say:
                subject = next(
                    (
                        t
                        for c in root.children
                        if c.dep_ == "ccomp" and c.i < sent.root.i
                        for t in c.children
                        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"
                    ),
                    subject,
                )
            if subject is None or subject.tag_ != "NN" or not self.office.is_office(subject.lemma_):
                # "It comes after Pakistan's High Commissioner to Britain said ...": the office
                # speaks in a clause under the main verb
                subject = next(
                    (
                        t
                        for verb in sent
                        if verb.pos_ == "VERB" and verb.lemma_.lower() in self.words.say and verb.i != root.i
                        for t in verb.children
                        if t.dep_ == "nsubj" and t.tag_ in ("NN", "NNP") and self.office.is_office(t.lemma_)
                    ),
                    subject,
                )
            if (
                subject is None
                or subject.tag_ not in ("NN", "NNP")
                or subject.i in out.token_entity
                or not self.office.is_office(subject.lemma_)
                or any(
                    (key := out.token_entity.get(t)) is not None and out.entities[key].kind is Kind.PERSON
                    for t in range(sent.start, sent.end)
                )
            ):
                continue
            np = [t for t in subject.subtree if t.i <= subject.i]
            if not np or not (np[0].lower_ == "the" or any(t.tag_ == "POS" for t in np)):
                continue  # "a spokesman for Acme said ... X said": someone else
            if any(
                ((key := out.token_entity.get(t.i)) is not None and out.entities[key].kind is Kind.LOCATION)
                or self.table.capital(t.text) is not None
                for t in np
            ):
                continue  # "London's most senior police officer": a city's office, not its state's
            words = [t for t in np if t.lower_ != "the"]
            after, complement = self._complement(subject, words, out)
            role, holders = self._role_and_holders(words, out, complement=complement)
            holders.extend(h for h in after if h not in holders)
            holders = [h for h in holders if out.entities[h].kind in (Kind.STATE, Kind.ORGANIZATION)]
            if role is None or not holders:
                continue
            if (
                complement
                and complement.split()[-1]
                in self.office.company_nouns | self.words.described_companies | ANAPHOR_COMPANIES
                and not any(out.entities[h].kind is Kind.ORGANIZATION for h in holders)
            ):
                continue  # "the head of Japan's biggest bank": an unnamed company's, no state's office
            if any(
                (out.entities[h].iso3 or "", r) in out.offices
                for h in holders
                for r in (role, role_core(role))
            ):
                continue  # "Britain's foreign secretary ... Foreign Secretary Jack Straw": named elsewhere
            person = self._introduced(sentences[k + 1], first, held, out)
            if person is None or actors().person(out.entities[person].label) is not None:
                continue  # a person the knowledge base knows has offices of their own
            ev = _evidence(article, sentences[k + 1])
            for h in holders:
                out.relations.append(RelationFact(person, h, Relation.AFFILIATED_WITH, ev, role=role))
            held.add(person)

    def _described_holders(self, doc: Doc, article: Article, out: DocEntities) -> None:
        """ "..., Mary Vole has said. The former UN commissioner for human rights and Irish
        president told ...": a sentence whose subject is a definite office (or two joined by
        "and") and that names no person, right after a sentence whose subject is the one person
        it names: that person holds the offices, each with its own role and holder. Never when
        another person of the document holds such an office already."""
        sentences = list(doc_sentences(doc))
        for k in range(1, len(sentences)):
            sent = sentences[k]
            subject = next(
                (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i), None
            )
            if (
                subject is None
                or subject.tag_ != "NN"
                or subject.i in out.token_entity
                or not self.office.is_office(subject.lemma_)
            ):
                continue
            np = [t for t in subject.subtree if t.i <= subject.i]
            if not np or np[0].lower_ != "the":
                continue
            if any(
                (key := out.token_entity.get(t.i)) is not None and out.entities[key].kind is Kind.PERSON
                for t in sent
            ):
                continue
            person = self._sole_subject_person(sentences[k - 1], out)
            if person is None:
                continue
            titles: list[tuple[Token, list[Token]]] = [(subject, [t for t in np if t.lower_ != "the"])]
            for conj in (c for c in subject.children if c.dep_ == "conj" and self.office.is_office(c.lemma_)):
                titles.append((conj, [t for t in conj.subtree if t.i <= conj.i and t.i > subject.i]))
            former = any(t.lower_ == "former" for t in titles[0][1])
            found: list[tuple[str, str]] = []
            for head, words in titles:
                after, complement = self._complement(head, words, out)
                role, holders = self._role_and_holders(words, out, complement=complement)
                holders.extend(h for h in after if h not in holders)
                holders = [h for h in holders if out.entities[h].kind in (Kind.STATE, Kind.ORGANIZATION)]
                if role is None or not holders:
                    continue
                if former and not role.startswith(("former ", "ex-")):
                    role = f"former {role}"  # "the former X and Irish president": both were
                if any(
                    (out.entities[h].iso3 or "", r) in out.offices
                    and out.offices[(out.entities[h].iso3 or "", r)] != person
                    for h in holders
                    for r in (role, role_core(role))
                ):
                    found = []
                    break  # another person of the document holds it
                found.extend((h, role) for h in holders)
            if not found or not self._may_hold(person, [h for h, _ in found], former, out):
                continue
            ev = _evidence(article, sent)
            for h, role in found:
                out.relations.append(RelationFact(person, h, Relation.AFFILIATED_WITH, ev, role=role))

    def _offices_taken_by_pronoun(self, doc: Doc, article: Article, out: DocEntities) -> None:
        """ "Sir Ann Vole was a strong defender of the deal. But she faced hostility. After a
        reshuffle, she became a UK disability minister.": a sentence naming no person whose main
        verb takes an office ("became", "was appointed", "was made") with "he"/"she" for subject,
        the office's state or body named in its phrase; the person is the one the pronoun goes
        back to - the sole named subject of the nearest sentence before that names a person, over
        at most two sentences whose subject is the same pronoun. Never a hedged taking ("could
        become"), an office with no holder named, nor when that sentence names several people."""
        sentences = list(doc_sentences(doc))
        for k in range(1, len(sentences)):
            sent = sentences[k]
            verb = sent.root
            if verb.lemma_.lower() not in TAKING_VERBS or _hedged(verb):
                continue
            pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if pronoun is None or pronoun.lower_ not in ("he", "she"):
                continue
            if any(
                (key := out.token_entity.get(t.i)) is not None and out.entities[key].kind is Kind.PERSON
                for t in sent
            ):
                continue  # "Blair said he would become ...": the names' own rules read it
            person = None
            for back in range(k - 1, max(k - 4, -1), -1):
                before = sentences[back]
                if any(
                    (key := out.token_entity.get(t.i)) is not None and out.entities[key].kind is Kind.PERSON
                    for t in before
                ):
                    person = self._sole_subject_person(before, out)
                    break
                subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None or subject.lower_ != pronoun.lower_:
                    break  # the chain of the same subject is broken: whom the pronoun means is open
            if person is None or name_gender(out.entities[person].label.split()[0]) == (
                "F" if pronoun.lower_ == "he" else "M"
            ):
                continue  # "Ann Vole ... He became": someone else
            heads = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
            heads.extend(
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in ("as", "to")
                for o in p.children
                if o.dep_ == "pobj"
            )
            ev = _evidence(article, sent)
            for head in heads:
                if head.tag_ in ("NNS", "NNPS") or not (
                    self.office.is_office(head.lemma_) or self.office.is_office(head.text)
                ):
                    continue
                np = [t for t in head.subtree if t.i <= head.i and t.lower_ not in ("the", "a", "an")]
                if any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in np):
                    continue  # "became the youngest minister": a record, no post taken
                role, holders = self._role_and_holders(_without_based(doc, np), out)
                holders = [
                    h
                    for h in holders
                    if out.entities[h].kind in (Kind.STATE, Kind.ORGANIZATION) and h not in out.parties
                ]
                if role is None or not holders:
                    continue
                for h in holders:
                    out.relations.append(RelationFact(person, h, Relation.AFFILIATED_WITH, ev, role=role))

    @staticmethod
    def _may_hold(person: str, holders: list[str], former: bool, out: DocEntities) -> bool:
        """Whether a described office may be the person's, not another's the text talks of
        ("Mr Blair said ... The Iraqi president told"): a person the knowledge base knows must
        have served each holder but a party or a body of a former office; one it does not know
        must hold no office in the document and the office must be a former one ("The former
        Irish president told")."""
        from ..resolve.actors import actors

        known = actors().person(out.entities[person].label)
        if known is not None:
            served = known.holders(None)
            codes = {r.code for r in known.roles}
            served |= {
                h
                for h in holders
                if (igo := organizations().get(out.entities[h].label)) is not None and igo.code in codes
            }  # "UN" for the knowledge base's "IGOUNO"
            return all(
                h in served or (out.entities[h].kind is Kind.ORGANIZATION and (former or h in out.parties))
                for h in holders
            )
        held = any(r.source == person and r.relation is Relation.AFFILIATED_WITH for r in out.relations)
        return former and not held and not any(c.entity == person for c in out.claims)

    @staticmethod
    def _sole_subject_person(sent: Span, out: DocEntities) -> str | None:
        """The one person a sentence names, when the person is the subject of its main verb."""
        named = {
            key
            for t in sent
            if (key := out.token_entity.get(t.i)) is not None and out.entities[key].kind is Kind.PERSON
        }
        if len(named) != 1:
            return None
        person = next(iter(named))
        subject = next(
            (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i), None
        )
        return person if subject is not None and out.token_entity.get(subject.i) == person else None

    @staticmethod
    def _introduced(sent: Span, first: dict[str, int], held: set[str], out: DocEntities) -> str | None:
        """The person a sentence introduces as its subject: the first person it names, by a full
        name named nowhere before, the subject of the sentence's main verb, not coordinated, and
        holding no office in the document."""
        for t in sent:
            key = out.token_entity.get(t.i)
            if key is None or out.entities[key].kind is not Kind.PERSON:
                continue
            if first.get(key) != t.i or key in held:
                return None
            end = t.i
            while end + 1 < sent.end and out.token_entity.get(end + 1) == key:
                end += 1
            root = sent.doc[t.i : end + 1].root
            if (
                # "Lord Woolf said": a peer is named in full by title and name
                (end == t.i and not (t.i > 0 and sent.doc[t.i - 1].lower_ in PEERAGE))
                or root.dep_ not in ("nsubj", "nsubjpass")
                or root.head.i != sent.root.i
                # "X and Y", "X, a lawyer,"; an age is no second person ("X, 52, is accused")
                or any(c.dep_ == "conj" or (c.dep_ == "appos" and not c.like_num) for c in root.children)
            ):
                return None
            return key
        return None

    def _cabinet_state(self, out: DocEntities) -> tuple[str | None, set[str]]:
        """The one state whose government the document's other office holders serve: the state of
        a national office the text ties to one ("Iraq's trade minister X") or of a person with a
        national office and no holder whom the knowledge base lists serving that state alone (with
        the state named in the document). None when they serve two states (a visit, talks) or
        when none is named. With it, the claimants the knowledge base knows."""
        from ..resolve import NodeRow  # the knowledge base of persons, as resolution reads it
        from ..resolve.offices import known_state, national

        found: set[str] = set()
        listed: set[str] = set()
        for rel in out.relations:
            if (
                rel.relation is Relation.AFFILIATED_WITH
                and out.entities[rel.target].kind is Kind.STATE
                and out.entities[rel.source].kind is Kind.PERSON
                and national(rel.role)
            ):
                found.add(rel.target)
        for claim in out.claims:
            entity = out.entities[claim.entity]
            if entity.kind is not Kind.PERSON or not national(claim.role):
                continue
            row = NodeRow(claim.entity, entity.kind.value, entity.label, None, (), 1, 1)
            known = known_state(row, out.entities.__contains__)
            if known is not None:
                found.add(known)
                listed.add(claim.entity)
        if len(found) != 1:
            return None, listed
        state = next(iter(found))
        return (state if state in out.entities else None), listed

    def _governing_state(self, out: DocEntities) -> str | None:
        """The state whose government the document's politics are about: the one state its
        parties and its states' own bodies ("Downing Street", "the Home Office") all belong to,
        with at least :data:`GOVERNING_EVIDENCE` of them, when the document names that state by
        its name ("the UK", not only "British"). A story naming Iraq as the place of a war but
        only British parties and bodies is a British story; one naming two states' parties or
        bodies has none."""
        owners: dict[str, set[str]] = {}
        for key, entity in out.entities.items():
            owner = out.part_of.get(key)
            if entity.kind is not Kind.ORGANIZATION or owner is None or not owner.startswith("state:"):
                continue
            if key in out.parties or self._government_body(key, out) or bodies().lookup(entity.label):
                owners.setdefault(owner, set()).add(key)
        if len(owners) != 1:
            return None
        state, support = next(iter(owners.items()))
        named = out.entities.get(state)
        if (
            len(support) < GOVERNING_EVIDENCE
            or named is None
            or not any(self.table.lookup(m.text) is not None for m in named.mentions)
        ):
            return None
        return state

    def _bodied_state(self, out: DocEntities) -> str | None:
        """The one state whose parties or own bodies the document names ("the Home Office", "the
        Commerce Department"), when the document also names that state by its name more often
        than any other state by its own (adjectives, "Romanian visas", not counted)."""
        owners: set[str] = set()
        for key, entity in out.entities.items():
            owner = out.part_of.get(key)
            if entity.kind is not Kind.ORGANIZATION or owner is None or not owner.startswith("state:"):
                continue
            if key in out.parties or self._government_body(key, out) or bodies().lookup(entity.label):
                owners.add(owner)
        if len(owners) != 1:
            return None
        state = next(iter(owners))
        named = {
            key: sum(1 for m in entity.mentions if self.table.lookup(m.text) is not None)
            for key, entity in out.entities.items()
            if entity.kind is Kind.STATE
        }
        mine = named.get(state, 0)
        if mine == 0 or any(n >= mine for key, n in named.items() if key != state):
            return None
        return state

    def _devolved_holders(self, doc: Doc, out: DocEntities) -> None:
        """A minister's office with no holder ("Welsh Health Minister X", "First Minister Y") in
        a document naming one devolved government ("the Welsh Assembly Government", "the
        Scottish Executive") is that government's, when a nation word in the title names no other
        ("Scottish" is not the Welsh one's)."""
        governments = [
            key
            for key, e in out.entities.items()
            if e.kind is Kind.ORGANIZATION
            and key not in out.parties
            and len(words := e.label.lower().split()) > 1
            and words[0] in self.words.devolved
            and words[-1] in DEVOLVED_GOVERNMENTS
        ]
        if len(governments) != 1 or not out.claims:
            return
        government = governments[0]
        nation = out.entities[government].label.lower().split()[0]
        kept = []
        own = {nation, *NATION_OF.get(nation, ())}
        others = {w for w in self.words.devolved | DEVOLVED_NATIONS if w not in own}
        lead = next(iter(doc.sents), None)
        set_there = lead is not None and bool(own & {t.lower_ for t in lead})
        for claim in out.claims:
            words = (claim.role or "").split()
            said = {t.lower_ for t in doc if claim.evidence.start <= t.idx < claim.evidence.end}
            if (
                not _devolved_office(claim.role)
                or others & (said | set(words))
                or not words
                # "Health Minister X" in a story on England and the Scottish Executive may be the
                # state's: the title names the nation, is "first minister", or the lead is set there
                or not (nation in words or role_core(claim.role).endswith("first minister") or set_there)
            ):
                kept.append(claim)
                continue
            role = " ".join(w for w in words if w not in self.words.devolved)
            out.relations.append(
                RelationFact(claim.entity, government, Relation.AFFILIATED_WITH, claim.evidence, role=role)
            )
        out.claims = kept

    def _devolved(self, doc: Doc, out: DocEntities) -> bool:
        """The document names a devolved government ("Scottish Executive", "Holyrood"; not a
        party, "Scottish National Party") or a "first minister"."""
        for key, entity in out.entities.items():
            words = entity.label.lower().split()
            if (
                entity.kind is Kind.ORGANIZATION
                and key not in out.parties
                and words[0] in self.words.devolved
            ):
                return True
        # (every token's lower-case text, read once by _mentions)
        low = self._lowered if self._read is doc else [t.lower_ for t in doc]
        n = len(low)
        if any(low[i] == "first" and low[i + 1] == "minister" for i in range(n - 1)):
            return True
        # "MPs on a mission to Scotland ... Fisheries Minister X": a document set in one devolved
        # nation (its first sentence names it, and no other) may name its ministers bare; one
        # naming "Scotland and Wales", or the nation only later, is about the state
        nations = [i for i in range(n) if low[i] in DEVOLVED_NATIONS and low[i - 1 if i else 0] != "of"]
        if len({low[i] for i in nations}) == 1 and any(sentence_start(doc, i) == 0 for i in nations):
            return True
        # "Scottish fisheries minister X", "Scotland's justice minister Y": a devolved minister
        for i in range(n):
            devolved = low[i] in self.words.devolved or (
                low[i] in DEVOLVED_NATIONS and i + 1 < n and low[i + 1] in POSSESSIVE
            )
            if devolved and "minister" in low[i + 1 : i + 5]:
                return True
        return False

    def _previous_subject_state(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """In the sentence before, the state its subject belongs to ("Taiwan's defence ministry
        said ...", "Pakistan rejected ..."), else the last state it names."""
        sent = out.sentence(doc, m.start)
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        last = None
        for i in range(before.start, before.end):
            state = self._state_at(i, out)
            if state is None:
                continue
            tok = doc[i]
            if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ in ("nsubj", "nsubjpass"):
                return state
            last = state
        return last

    def _country_state(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The state "the country's" or "the nation's" points back to in the title of the name
        ("The country's new president, X", "X, the nation's finance minister"): the last state
        named before it in its sentence, else the state of the sentence before."""
        sent = out.sentence(doc, m.start)
        root = doc[m.start : m.end].root
        for t in doc[max(sent.start + 1, m.start - 8) : min(sent.end, m.end + 8)]:
            if not (
                t.lower_ in COUNTRY_NOUNS
                and t.i + 1 < len(doc)
                and doc[t.i + 1].lower_ in POSSESSIVE
                and doc[t.i - 1].lower_ == "the"
            ):
                continue
            title = t.head
            if not _office_word(self.office, title.text) or not (
                title.head.i == root.i or root.head.i == title.i
            ):
                continue
            for i in range(t.i - 1, sent.start - 1, -1):
                if (state := self._state_at(i, out)) is not None and state.startswith("state:"):
                    return state
            found = self._previous_subject_state(doc, m, out)
            return found if found is not None and found.startswith("state:") else None
        return None

    @staticmethod
    def _possessed_state(doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The state a person's name possesses as a whole noun phrase ("Idi Amin's Uganda",
        "Putin's Russia", "in Saddam Hussein's Iraq"): the state the person ruled or governs. Not
        a state that modifies a noun after it ("Smith's Iraq diary", "Blair's Britain tour")."""
        if m.end + 1 >= len(doc) or doc[m.end].tag_ != "POS":
            return None
        key = out.token_entity.get(m.end + 1)
        if key is None or out.entities[key].kind is not Kind.STATE:
            return None
        last = m.end + 1
        while last + 1 < len(doc) and out.token_entity.get(last + 1) == key:
            last += 1
        head = doc[last]
        if head.dep_ in ("compound", "amod", "nmod", "poss") or (
            last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        ):
            return None  # "Blair's Britain tour": the state describes a thing of the person's
        if (
            head.dep_ == "appos"
            or any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "by") for c in head.children)
            or any(doc[k].lower_ == "by" for k in (last + 1, last + 2) if k < len(doc))  # "Britain, by X"
            or _quoted(doc, m.start, last + 1)
        ):
            return None  # "a new book, Brown's Britain, by Robert Peston": a work's title
        owner = doc[m.start : m.end].root
        return key if owner.head.i in range(m.end + 1, last + 1) and owner.dep_ == "poss" else None

    @staticmethod
    def _state_at(i: int, out: DocEntities) -> str | None:
        key = out.token_entity.get(i)
        if key is None:
            return None
        kind = out.entities[key].kind
        if kind is Kind.STATE:
            return key
        if kind in (Kind.LOCATION, Kind.ORGANIZATION):
            return out.part_of.get(key)
        return None

    def _unsupported_single_names(self, doc: Doc, persons: list[_Mention], full: list[_Mention]) -> set[int]:
        """One-word "people" with nothing to show they are people: no full name in the document
        to resolve to, no title ("Mr", "President"), never a subject or possessor, named once;
        or, whatever else, after an article, written in lower case elsewhere in the document or
        used in the plural ("the Bill", "Children" beside "children", "Hutu" beside "Hutus").
        Such mentions are mostly the model's mistakes (companies, oil fields, bodies, groups)."""
        counts = Counter(m.name.casefold() for m in persons)
        out: set[int] = set()
        lead_end: int | None = None
        for m in persons:
            if len(m.name.split()) > 1 or m.titles:
                continue
            if _resolve_short(m, full) is not None:
                continue
            word = m.name.casefold()
            if m.determined or word in self._not_names or {word + "s", word + "es"} & self._words:
                out.add(
                    id(m)
                )  # "the Bill", "the Brixton riots"; "Children" beside "children", "Fox" beside "foxes"
                continue
            if counts[m.name.casefold()] > 1:
                continue
            if lead_end is None:
                lead_end = doc.text.find("\n\n")  # (Doc.text makes every Token: read once)
            if 0 <= doc[m.start].idx < lead_end:
                # "Bill faces Lords defeat": a one-word "person" of the headline alone, whom the
                # story never names, with no full name to resolve to, is no one the story is about
                out.add(id(m))
                continue
            if m.start > 0 and self.office.is_title(doc[m.start - 1].text.rstrip(".")):
                continue
            if doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass", "poss"):
                continue
            out.add(id(m))
        return out

    def _impersonal_single_names(
        self, doc: Doc, persons: list[_Mention], full: list[_Mention], kin: dict[str, str]
    ) -> dict[int, bool]:
        """One-word "people" with no sign of a person anywhere in the document: no full name
        to resolve to, no title on any mention, no first name, nobody's family name in the
        knowledge base, no "he"/"she" after any mention in its sentence and no person's noun
        before it or in apposition ("striker Vole", "Vole, a singer,"). On business and
        technology text these are companies, brands, products and places ("Datamonitor
        said", "Vioxx was withdrawn"). Each such mention maps to True when it acts as a body
        does (says, "its", "according to", a trade noun before it: "broadcaster Zedcast"),
        and becomes an organization; else to False, and it is no node."""
        from ..resolve.actors import actors  # the knowledge base of persons, as resolution reads it

        names = first_names()
        kb = actors()
        groups: dict[str, list[_Mention]] = {}
        for m in persons:
            if len(m.name.split()) == 1 and not m.titles:  # "Zedmark", "Merriam-Webster"
                groups.setdefault(m.name.casefold(), []).append(m)
        titled = {m.name.casefold() for m in persons if m.titles}
        out: dict[int, bool] = {}
        for word, group in groups.items():
            if (
                word in titled
                or word in kin
                or names.get(word) is not None
                or not word.replace("-", "").isalpha()
                or kb.surname_codes(word)
                or any(_resolve_short(m, full) is not None for m in group)
                or any(self._personal_sign(doc, m.start, m.end) for m in group)
            ):
                continue
            acting = any(self._acts_as_body(doc, m) for m in group)
            if not acting and any(self._does_something(doc, m) for m in group):
                continue  # "Whitfield warned North Korea": an agent the text says nothing more of
            out.update((id(m), acting) for m in group)
        return out

    def _person_plying_a_trade(self, doc: Doc, start: int, end: int) -> bool:
        """A name opening with a first name, written right after a trade a
        person plies as well as a firm ("record producer Terry Vole", "film-maker Ann Vole"),
        that the sentence treats as a person ("who ...", "her work", "he said"): the person.
        "Retailer John Vole said its sales rose" stays the firm."""
        if end - start < 2 or start < 1 or first_names().get(doc[start].lower_) is None:
            return False
        prev = doc[start - 1]
        if not prev.is_lower or (
            prev.lower_ not in TRADE_NOUNS and not prev.lower_.endswith(("maker", "writer"))
        ):
            return False
        return _treated_as_person(doc, doc[start:end].root, end) or self._personal_sign(doc, start, end)

    def _personal_sign(self, doc: Doc, start: int, end: int) -> bool:
        """A person's noun before the name or in apposition with it, an age after it, or
        "he"/"she" after it in its sentence with no other person named between."""
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and self._person_noun(prev) and prev.lower_ not in TRADE_NOUNS:
            return True  # "striker Vole", "chairman Vole"
        if (
            prev is not None
            and prev.is_title
            and (
                prev.lower_.rstrip(".") in _HONORIFICS_PEERAGE_OR_JUDGES
                or self.office.is_title(prev.text.rstrip("."))
            )
        ):
            return True  # "Mr Justice Vole", "President Vole" with the title left out of the name
        if _age_apposition(doc, end):
            return True  # "Vole, 52, said"
        root = doc[start:end].root
        if (
            root.dep_ == "poss"
            and root.head.lower_ not in TRADE_NOUNS
            and root.head.lemma_.lower() in self.words.relatives | KIN_NOUNS | PARTNER_NOUNS
        ):
            return True  # "Vole's aides", "Vole's wife"; a firm has a chief executive too
        for tok in [c for c in root.children if c.dep_ == "appos"] + (
            [root.head] if root.dep_ == "appos" else []
        ):
            if self._person_noun(tok) and tok.lower_ not in TRADE_NOUNS:
                return True  # "Vole, a singer, said"
        sent = sentence_of(doc[start])
        if any(t.ent_type_ == "PERSON" for t in doc[sent.start : start]):
            return False  # "Vole said that it withdrew Zolvix ... he": whose pronoun is unclear
        for tok in doc[end : sent.end]:
            if tok.ent_type_ == "PERSON":
                return False
            if tok.lower_ in PERSONAL_PRONOUNS:
                return True
        # "Vole said the band would tour. He added ...": the next sentence opens with a person's pronoun
        return sent.end < len(doc) and doc[sent.end].lower_ in PERSONAL_PRONOUNS

    @staticmethod
    def _does_something(doc: Doc, m: _Mention) -> bool:
        """The subject of a verb in the active voice that is more than "be" or "have", or the
        possessor of a noun of an act: the text makes it an agent, person or body ("Vole warned
        Zedland", "Vole's visit to Zedland")."""
        root = doc[m.start : m.end].root
        if root.dep_ == "poss" and root.head.pos_ == "NOUN":
            from .events import lexicon  # the nouns of acts ("visit", "attack") the events read

            return any(r.pos in ("N", "*") for r in lexicon().rules.get(root.head.lemma_.lower(), ()))
        return (
            root.dep_ == "nsubj"
            and root.head.pos_ == "VERB"
            and root.head.lemma_.lower() not in ("be", "have")
            and not any(c.dep_ == "auxpass" for c in root.head.children)
        )

    def _acts_as_body(self, doc: Doc, m: _Mention) -> bool:
        root = doc[m.start]
        if any(t.lower_ in ("it", "its", "itself") for t in doc[m.end : root.sent.end]):
            return True  # "Zedcast said it would"
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in self.words.say:
            return True  # "Zedcast said", "said Zedcast"
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "to"
            and root.head.i > 0
            and doc[root.head.i - 1].lower_ == "according"
        ):
            return True
        prev = doc[m.start - 1] if m.start > 0 else None
        if prev is None:
            return False
        # "think-tank Zedcast", "broadcaster Zedcast": a common noun of a trade before the name
        return prev.lower_ in TRADE_NOUNS | self.words.described_companies or (
            prev.is_lower and prev.pos_ == "NOUN" and prev.dep_ in ("compound", "nmod", "appos")
        )

    def _identity(
        self,
        m: _Mention,
        full: list[_Mention],
        peers: dict[str, list[str]] | None = None,
        office_women: Collection[str] = (),
    ) -> tuple[str, str, str | None]:
        if m.kind is Kind.STATE and m.state is not None:
            return node_key(Kind.STATE, m.state.iso3), m.state.name, m.state.iso3
        if m.kind is Kind.PERSON and len(m.name.split()) == 1:
            target = _resolve_short(m, full)
            known = (peers or {}).get(m.name.casefold(), [])
            royal = next((p for p in known if p.split()[0].casefold() in ROYAL_STYLES), None)
            if royal is not None and not m.titles and (target is None or target.start > m.start):
                # "Prince Charles ... Charles said ... Charles Kennedy said": the royal named before
                return node_key(Kind.PERSON, royal), royal, None
            if target is not None:
                return node_key(Kind.PERSON, target.name), target.name, None
            label = _peer_label(
                m, (peers or {}).get(m.name.casefold(), []), m.name.casefold() in office_women
            )
            if label is not None:  # "Baroness Morgan": a name of its own across documents
                return node_key(Kind.PERSON, label), label, None
        if m.kind is Kind.PERSON and not _family_name_titled(m):
            longer = _longer_name(m, full)  # "Hassan Sheikh" for "Hassan Sheikh Mohamud"
            if longer is not None:
                return node_key(Kind.PERSON, longer.name), longer.name, None
        return node_key(m.kind, m.name), m.name, None

    def _no_person_names(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Names the model tags as a person that a word of their own or next to them shows are
        none: a term of office ("the Bush Presidency": no mention) or a body ("the Blair
        Administration", "Manger Magazin", "the Dawn and Drew Show": an organization) as the
        last word; a number after the name ("Metal Slug 3": a product, no mention); a company
        noun the name is a modifier of ("Sal Oppenheim investment bank"); a state's name
        opening a name with no first name ("Lesotho Hats", a factory); a name listed among
        cities ("Belo Horizonte": a place). Every rule but the first yields to a sign of a
        person in the document (:meth:`_person_signs`: "Anshuman Magazine, managing director")."""
        out = []
        names = first_names()
        for m in mentions:
            if m.kind is not Kind.PERSON or m.titles:
                out.append(m)
                continue
            words = m.name.split()
            if len(words) > 1 and words[-1].casefold() in TERM_OF_OFFICE_WORDS:
                continue
            kind = self._not_named_person(doc, m, words, names)
            if kind is None or self._apposed_person(doc, m.end) or self._person_signs(doc, mentions, m.name):
                out.append(m)
            elif kind is not Kind.PERSON:
                out.append(_Mention(kind, m.start, m.end, m.name))
        return out

    def _apposed_person(self, doc: Doc, end: int) -> bool:
        """A comma after a name and, before the next punctuation, a lower-case person's noun or
        office: "Anshuman Magazine, managing director, of ...", "Vikram Show, an analyst at"."""
        if end >= len(doc) or doc[end].text != ",":
            return False
        for tok in doc[end + 1 : end + 5]:
            if tok.is_punct:
                return False
            if tok.is_lower and (self._person_noun(tok) or self.office.is_office(tok.text)):
                return True
        return False

    def _not_named_person(
        self, doc: Doc, m: _Mention, words: list[str], names: Mapping[str, str]
    ) -> Kind | None:
        """What a person-tagged name is by the words of :meth:`_no_person_names`: an
        organization, a location, PERSON for no mention at all (a product), None for a person."""
        n = len(doc)
        after = doc[m.end] if m.end < n else None
        head = doc[m.end - 1].head
        if (len(words) > 1 and words[-1].casefold() in BODY_LAST_WORDS) or (
            doc[m.end - 1].dep_ == "compound"
            and m.end <= head.i <= m.end + 1
            and all(t.is_lower for t in doc[m.end : head.i + 1])
            and (head.lower_ in self.words.described_companies or head.lower_ in TRADE_MODIFIED)
        ):
            return Kind.ORGANIZATION
        if (
            after is not None
            and after.is_digit
            and len(after.text) <= 3
            and (m.end + 1 >= n or not doc[m.end + 1].is_alpha or doc[m.end + 1].pos_ in ("AUX", "VERB"))
        ):
            return Kind.PERSON  # "Metal Slug 3 is a wake-up call": a product's number, no mention
        if (
            len(words) > 1
            and words[0].casefold() not in names
            and self.table.lookup(words[0]) is not None
            and self.table.lookup(m.name) is None
        ):
            return Kind.ORGANIZATION
        if (
            words[0].casefold() not in names
            and sum(self._listed_place(t) for t in doc[m.end - 1].conjuncts) >= PLACES_LISTED
        ):
            return Kind.LOCATION  # "(Sao Paolo, Rio de Janeiro, Belo Horizonte and Porto Alegre)"
        return None

    def _listed_place(self, tok: Token) -> bool:
        """A coordinated token that is a city or region: tagged a place, or a capital or place of
        the tables ("Porto", "Tijuana" the model may miss); never a state, which lists actors
        ("Britain, France, Gavi and the Gates Foundation")."""
        if self.table.lookup(tok.text) is not None or self.table.demonym(tok.text) is not None:
            return False
        return tok.ent_type_ in PLACE_LABELS or (
            tok.ent_type_ != "PERSON"
            and tok.is_title
            and (capital(tok.text) is not None or place_state(tok.text) is not None)
        )

    def _state_entity(self, out: DocEntities, state: State) -> str:
        if state.status == "territory":  # "Gibraltar's chief minister": a place, no state
            key = node_key(Kind.LOCATION, state.name)
            if key not in out.entities:
                out.entities[key] = _Entity(key, Kind.LOCATION, state.name)
            return key
        key = node_key(Kind.STATE, state.iso3)
        if key not in out.entities:
            out.entities[key] = _Entity(key, Kind.STATE, state.name, state.iso3)
        return key

    # -- offices and affiliations ---------------------------------------------------------
    def _affiliations(self, doc: Doc, article: Article, m: _Mention, out: DocEntities) -> None:
        person = out.token_entity[m.start]
        sent = out.sentence(doc, m.start)
        ev = _evidence(article, sent)
        found: list[tuple[str, str | None]] = []  # (entity key, role)
        # Pre-modifiers: "Russian Defense Minister Sergei Shoigu", "DPRK's Kim Jong Un".
        j = m.start - 1
        words: list[Token] = []
        indefinite = False
        inside_name = False
        other_title: list[Token] = []  # the first of two coordinated titles before the name
        other_complement: str | None = None  # its complement ("for human rights")
        first = sent.start
        while first > 1 and doc[first - 1].text == "." and self.office.rank(doc[first - 2].text + "."):
            first = sentence_start(doc, first - 2)  # "Navy Lt. Cmdr. Susan Hale": the parser ended a sentence
        while j >= first:
            tok = doc[j]
            if tok.text == "." and j > first and self.office.rank(doc[j - 1].text + "."):
                words.append(tok)  # "Col ." split by the tokenizer
                j -= 1
                continue
            if tok.tag_ in WH_TAGS:
                break  # "Leicester South, where Lib Dem MP X": a clause opens before the title
            if (
                j + 1 < m.start
                and self._named_holder(j, out)
                and out.token_entity.get(j + 1) == out.token_entity[j]
            ):
                words.append(tok)  # "Bank of England governor X": the words inside a holder's name
                j -= 1
                continue
            if tok.text in DASHES and j > first and doc[j - 1].lower_ in ("ex", *RANK_WORDS):
                # "Tory ex-minister X", "Ex-Labour minister X" (former), "Vice-Prime Minister X"
                words.extend((tok, doc[j - 1]))
                j -= 2
                continue
            if (
                tok.text == ","
                and words
                and j > first
                and self.office.is_portfolio(doc[j - 1].text)
                and self.office.is_portfolio(doc[j + 1].text)
            ):
                words.append(tok)  # "Culture, Media and Sport Secretary X"
                j -= 1
                continue
            if (
                tok.text in HYPHENS
                and words
                and j > first
                and not tok.whitespace_
                and not doc[j - 1].whitespace_
                and doc[j - 1].is_alpha
            ):
                words.append(tok)  # "e-commerce minister X": one word
                j -= 1
                continue
            if (
                tok.lower_ in ("and", "&")
                and j - 1 >= first
                and words
                and (doc[j - 1].text[:1].isupper() or self.office.is_portfolio(doc[j - 1].text))
                and j - 1 not in out.token_entity
                and not _office_word(self.office, doc[j - 1].text)
            ):
                # "Russian Industry and Energy Minister X"; not "Labour MP and former minister X",
                # two offices
                words.append(tok)
                j -= 1
                if self.office.is_portfolio(doc[j].text):
                    words.append(doc[j])  # "with Work and Pensions Secretary X": however it is parsed
                    j -= 1
                continue
            if (
                (tok.lower_ in RANK_WORDS and words)
                or (
                    self.office.is_portfolio(tok.text)
                    and words
                    and (
                        words[-1].text in (",", "and")
                        # "Trade and Industry Secretary X", "work and pensions minister Y": a field
                        # before the title is the title's, however the parser attached the coordination
                        or (
                            (
                                tok.text[:1].isupper()
                                or (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in RANK_WORDS)
                            )
                            and tok.is_alpha
                            and j not in out.token_entity
                            and (
                                self.office.is_portfolio(words[-1].text)
                                or _office_word(self.office, words[-1].text)
                            )
                        )
                    )
                )
            ):
                # "then deputy Conservative chairman X", "Tory shadow local government secretary X":
                # the word is the title's whatever the parser made of it (a verb, a clause)
                words.append(tok)
                j -= 1
                continue
            if (
                tok.pos_ == "VERB"
                and tok.tag_ in ("VBN", "VBG")
                and tok.dep_ == "amod"
                and not (j > first and doc[j - 1].text in HYPHENS)  # "Moscow-based", "state-owned"
                and words
                and any(w.i == tok.head.i for w in words)
                and any(_office_word(self.office, w.text) for w in words)
            ):
                words.append(
                    tok
                )  # "Haiti's ousted president X", "the outgoing chairman X": a participle of the title
                j -= 1
                continue
            if (tok.is_punct and tok.lower_ not in POSSESSIVE) or tok.pos_ in (
                "VERB",
                "AUX",
                "ADP",
                "CCONJ",
                "PRON",
            ):
                # "Commission for Racial Equality chairman X", untagged: the words before the title
                # are the end of a name, no part of the office
                inside_name = tok.lower_ in ("for", "of") and j > first and doc[j - 1].text[:1].isupper()
                if (
                    tok.lower_ in ("and", "&")
                    and words
                    # "the Queen and Prince Philip": a style alone after "and" is no second title
                    # of one person; two people are named
                    and any(not self.office.is_office(w.text) or w.text.lower() not in STYLES for w in words)
                    # "the prime minister and Mr Brown": an honorific is no title; two people
                    and any(
                        _office_word(self.office, w.text) and w.text.lower().rstrip(".") not in HONORIFICS
                        for w in words
                    )
                    and j > first
                    and (office_at := self._title_before_complement(doc, j - 1, first)) is not None
                ):
                    other_title = self._left_title(
                        doc, office_at, first, out
                    )  # "Labour MP and former minister X"
                    if other_title and office_at < j - 1:
                        # "former UN commissioner for human rights and Irish president X"
                        other_complement = " ".join(t.lower_ for t in doc[office_at + 1 : j])
                    opening = other_title[0].i - 1 if other_title else first
                    while opening > first and opening >= other_title[0].i - 3 and doc[opening].is_lower:
                        if doc[opening].lower_ == "the":
                            break
                        opening -= 1  # "the home secretary and ...": words of the first title
                    if (
                        other_title
                        and opening >= first
                        and doc[opening].lower_ == "the"
                        and words[-1].text[:1].isupper()
                    ):
                        # "the prime minister and Chancellor Gordon Brown": a definite office and a
                        # title of the name's own are two people; the first is nobody named here
                        other_title = []
                break
            if tok.tag_ == "POS" and j > first:  # "Brazil's President Lula": go on to the owner
                words.append(tok)
                j -= 1
                continue
            owner = out.token_entity.get(j)
            if owner is not None and out.entities[owner].kind is Kind.PERSON:
                break
            if tok.lower_ in ("the", "a", "an"):
                indefinite = tok.lower_ != "the"  # "a prime minister Gordon Brown will make": no title
                break
            adjacent_title = j == m.start - 1 and _office_word(self.office, tok.text)  # parsed as a conjunct
            if (
                not (tok.head.i >= j and tok.head.i < m.end)
                and not self._named_holder(j, out)
                and not adjacent_title
            ):
                break  # the word modifies something outside this noun phrase
            words.append(tok)
            j -= 1
        words.reverse()
        if inside_name:
            while words and words[0].pos_ == "PROPN" and not _office_word(self.office, words[0].text):
                words.pop(0)
        titles = list(m.titles)
        if indefinite:
            words, titles = [], []
        role, holders = self._role_and_holders(words, out, extra_titles=titles)
        name_root = doc_span(doc, m.start, m.end).root
        if (
            role
            and words
            and not self.office.is_office(words[-1].lower_)
            and _plural_office(self.office, words[-1].lower_) is not None
        ):
            out.plural_titles[name_root.i] = (role, list(holders))  # "Tory hopefuls X and Y"
        elif (
            not words
            and not m.titles
            and name_root.dep_ == "conj"
            and (shared := out.plural_titles.get(name_root.head.i)) is not None
        ):
            role, holders = shared[0], list(shared[1])  # "... and Y": the plural title is Y's too
            out.plural_titles[name_root.i] = shared  # "X, Y and Z": the parser may chain the conjuncts
        if any(w.lower_ in DEFECTORS for w in words):
            holders = [h for h in holders if h not in out.parties]  # "Tory defector X" left the Tories
        left_found: list[tuple[str, str | None]] = []  # a title of its own: its claims stand apart
        if other_title:
            role_left, holders_left = self._role_and_holders(other_title, out, complement=other_complement)
            left_found.extend((h, role_left) for h in holders_left)
            if role_left and not holders_left:
                left_found.append(("", role_left))
        peer = m.start > 0 and doc[m.start - 1].lower_ in PEERAGE  # "Lord Roberts of Conwy": a title's place
        if (role or m.titles) and not peer:
            # "King Abdullah of Jordan", "President Musharraf of Pakistan": the holder after the name.
            root = doc_span(doc, m.start, m.end).root
            for child in root.children:
                if child.dep_ == "prep" and child.i == m.end and child.lower_ in ("of", "for"):
                    for obj in child.children:
                        key = out.token_entity.get(obj.i)
                        if key and out.entities[key].kind is Kind.LOCATION:
                            # "King Abdullah of Jordan": an ambiguous name is the state here
                            found_states = self.table.candidates(out.entities[key].label)
                            key = self._state_entity(out, found_states[0]) if len(found_states) == 1 else None
                        if key and out.entities[key].kind in (Kind.STATE, Kind.ORGANIZATION):
                            holders.append(key)
                            role = role or " ".join(t.lower() for t in m.titles if self.office.is_office(t))
        elif not peer and not holders:
            holders.extend(self._works_at(doc, m, out))
        if not peer and not holders:
            # "X of the Kuwaiti embassy in Cairo": the state whose mission the person is of, not
            # the state where it is
            root = doc_span(doc, m.start, m.end).root
            holders.extend(
                state
                for child in root.children
                if child.dep_ == "prep" and child.i == m.end and child.lower_ in ("of", "at", "from")
                for obj in child.children
                if obj.dep_ == "pobj" and (state := _mission_state(obj, out)) is not None
            )
        if not any(out.entities[h].kind is Kind.STATE for h in holders):
            # "Secretary of State Antony Blinken": a title only one state uses names it.
            before = span_text(doc, max(sent.start, m.start - 6), m.start)
            titled = self.office.titled_state(before)
            if titled is not None:
                role = role if role and role.endswith(titled[0].split()[-1]) else titled[0]
                holders.append(self._state_entity(out, self.table.get(titled[1])))
        found.extend((h, role) for h in holders)
        if role and not holders:
            found.append(("", role))
        # Appositions: "Kang Sun Nam, North Korea's defense minister" and the reverse order.
        root = doc_span(doc, m.start, m.end).root
        heads = [c for c in root.children if c.dep_ == "appos" and c.i >= m.end]
        # "said X, Kraft senior vice president": the parser made the company the apposition and the
        # title the company's; the title is the name's, the company inside it
        heads.extend(
            t
            for c in list(heads)
            if (k := out.token_entity.get(c.i)) is not None
            and out.entities[k].kind in (Kind.ORGANIZATION, Kind.STATE)
            for t in c.children
            if t.dep_ == "appos"
            and t.i > c.i
            and all(out.token_entity.get(i) != k for i in range(t.i, t.right_edge.i + 1))
        )
        seat = root
        if root.dep_ == "compound" and root.head.i == m.end and root.head.lower_ in CONSTITUENCY_TITLES:
            seat = root.head  # "The Tory finance spokesman, Brian Monteith MSP,": the seat title heads it
        if (
            seat.dep_ == "appos"
            and seat.head.i < m.start
            and not any(
                (k := out.token_entity.get(i)) is not None and out.entities[k].kind is Kind.PERSON
                for i in range(seat.head.i + 1, m.start)
            )
        ):
            # "The chairman of X, Sher Khan"; not "India's minister Mr A and Russian minister B"
            heads.append(seat.head)
            apposed_to = root.head
            if (
                (out.token_entity.get(apposed_to.i) is not None or self._owned_state_body(apposed_to, out))
                and apposed_to.dep_ == "pobj"
                and apposed_to.head.lower_ in ("of", "at", "for")
                and apposed_to.head.head.i < apposed_to.i
            ):
                heads.append(
                    apposed_to.head.head
                )  # "The head of the IAEA, Mohamed ElBaradei": apposed to the body
            elif (office := self._office_over_posting(apposed_to, out)) is not None:
                heads.append(office)  # "Britain's ambassador in Tehran, X": apposed to the posting
        for head in heads:
            one_of = _one_of(head)  # "X, one of Pakistan's top nuclear scientists": one of a plural office
            if (
                one_of is None
                and head.i < m.start
                and head.head.lower_ == "of"
                and _one_of(head.head.head) is head
            ):
                one_of = head  # "One of Egypt's senior judges, X,": the name apposed to the plural
            head = one_of if one_of is not None else head
            if not self.office.is_office(head.lemma_) and not self.office.is_office(head.text):
                found.extend(self._job_at(head, m, out))
                continue
            listed = head.tag_ in ("NNS", "NNPS") and (
                head.i < m.start
                and any(
                    c.dep_ == "conj"
                    and (k := out.token_entity.get(c.i)) is not None
                    and out.entities[k].kind is Kind.PERSON
                    for c in root.children
                )
            )  # "two Acme directors, X and Y,": the plural title before the names is each one's
            if head.tag_ in ("NNS", "NNPS") and not listed and one_of is None:
                continue  # "Mr Finnie, representatives of the Royal Society": a list, no title
            if (
                head.i < m.start
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
                # "A spokesman for the Bank of Japan, X,", "An official of Vietnam's agriculture
                # ministry, X,": a title the name is apposed to between commas is held
                and not (
                    seat.dep_ == "appos"
                    and m.start > 0
                    and doc[m.start - 1].text == ","
                    # (with the body it serves after it; not "A third party candidate, X,")
                    and (
                        any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in head.children)
                        # "A German diplomat, X,", "A senior US official, Y,": the state it serves
                        or any(
                            c.dep_ in ("amod", "compound", "nmod", "poss")
                            and (k := out.token_entity.get(c.i)) is not None
                            and out.entities[k].kind is Kind.STATE
                            for c in head.children
                        )
                    )
                )
            ):
                continue  # "how good a prime minister Gordon Brown will make": no title held
            np = [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i]
            np = [
                t
                for t in np
                if (t.lower_ not in ("the", "a", "an") and not t.is_punct) or t.lower_ in POSSESSIVE
            ]
            # "Liam Fox, Tory co-chairman": the parser made each word an apposition of the name
            previous = min((t.i for t in np), default=head.i) - 1
            while (
                previous > m.end
                and head.dep_ == "appos"
                and doc[previous].text != ","
                and (
                    doc[previous].head.i == head.head.i
                    or doc[previous].head in np
                    or (previous == head.head.i and head.head.i > m.end and out.token_entity.get(previous))
                    # "X, Acme's ex-head of sales": the owner's "'s" hangs on the owner, whose head
                    # is the title's first word
                    or (doc[previous].tag_ == "POS" and doc[previous].head.head in np)
                )
            ):
                if not doc[previous].is_punct or doc[previous].text in DASHES:
                    np.insert(0, doc[previous])
                previous -= 1
            first = min((t.i for t in np), default=head.i)
            if first >= 2 and doc[first - 1].text in DASHES and doc[first - 2].lower_ in ("ex", *RANK_WORDS):
                np[:0] = [doc[first - 2], doc[first - 1]]  # "the co-chairman of X" split by the parser
            # "director general of the British Chambers of Commerce": the title goes on after its head
            tail = [
                c
                for c in head.rights
                if c.dep_ in ("amod", "compound")
                and (c.i == head.i + 1 or (c.i == head.i + 2 and doc[head.i + 1].text in HYPHENS))
                and self.office.is_office(c.text)
            ]
            if tail and tail[0].i == head.i + 2:
                tail.insert(0, doc[head.i + 1])  # "secretary-general"
            np.extend(tail)
            # "the straight-talking former head": a hyphenated describer of the person, no title
            describers = {
                t.i - k
                for t in np
                if t.i >= 2
                and doc[t.i - 1].text in HYPHENS
                and not doc[t.i - 1].whitespace_
                and not doc[t.i - 2].whitespace_
                and t.pos_ in ("VERB", "ADJ")
                and t.i < head.i
                and doc[t.i - 2].lower_ not in ("ex", *RANK_WORDS)
                and not _office_word(self.office, t.text)
                for k in (0, 2)
            }
            np = [
                t for t in np if t.i not in describers and not ((listed or one_of is not None) and t.like_num)
            ]
            after, complement = self._complement(head, np, out, tail)
            role2, holders2 = self._role_and_holders(np, out, complement=complement)
            if one_of is not None and role2:
                role2 = _singular_role(self.office, role2)
                if not holders2 and (owner := _its_state(head, out)) is not None:
                    holders2 = [owner]  # "Pakistan, after one of its top scientists, X,": its = Pakistan
            named2 = holders2
            holders2 = self._employer_for_state(role2, holders2, out, after)
            if listed and role2:
                out.plural_titles[root.i] = (role2, list(holders2))  # "... and Y": Y's title too
            found.extend((h, role2) for h in holders2)
            found.extend((h, None) for h in named2 if h not in holders2)  # "UK economist at Acme": the UK's
            if role2 and not holders2:
                found.append(("", role2))
        if not heads:
            found.extend(self._comma_title(doc, m, out))
            found.extend(self._one_of_before(doc, m, out))
        found.extend(self._predicate_offices(doc, m, out))
        if not any(h and out.entities[h].kind is Kind.STATE for h, _ in found):
            # "Defence Ministry spokesman X": a government body's office serves its state too.
            # Never a state only because it is named nearby: an office with no holder in its own
            # phrase is a claim, and resolution decides over the whole store.
            for holder, role in list(found):
                state = (
                    out.part_of.get(holder)
                    if holder
                    and role is not None  # "X of the Lisbon Council": no office, only the body's
                    and self._government_body(holder, out)
                    # "Metropolitan Police Commissioner X": a force's office is the force's, no state's
                    and not FORCE_WORDS.intersection(out.entities[holder].label.lower().split())
                    else None
                )
                if state is not None:
                    found.append((state, role))
                    break
        found.extend(self._clause_offices(doc, m, out))
        found.extend(self._succession(doc, m, out))
        found.extend(self._founded_by(doc, m, out))
        if not any(h for h, _r in found):
            found.extend(self._appointed_by(doc, m, out))
        if not any(h for h, _r in found) and (party := self._speaks_for(doc, m, out)) is not None:
            found.append((party, None))  # "X, for the Liberal Democrats, said": X speaks for the party
        if (
            not any(h for h, _r in found)
            and any(r for _h, r in found)
            and (party := self._party_anaphor(doc, m, out)) is not None
        ):
            # "The Lib Dems ... Party chief executive X", "Y, the party's treasurer": the party
            # the text is speaking of, not the state a national title would give
            found = [(party, role) if not h and role else (h, role) for h, role in found]
        elif not any(h for h, _r in found) and (company := self._company_anaphor(doc, m, out)) is not None:
            found = [(company, _without_company(role)) if not h and role else (h, role) for h, role in found]
        elif (
            any(h for h, _r in found)
            and all(not h or out.entities[h].kind is Kind.STATE for h, _r in found)
            and all(_corporate_office(r) for _h, r in found)
            and (
                (company := self._company_anaphor(doc, m, out)) is not None
                or any(ANAPHOR_COMPANIES.intersection((r or "").split()) for _h, r in found)
            )
        ):
            # "Acme has moved its UK chief executive X", "the firm's US chief executive X": the
            # company's office in its UK arm; the state is no holder
            found = [(company or "", _without_company(role or "")) for _h, role in found]
        if (
            found
            and not any(h for h, _r in found)
            and any(_corporate_office(r) for _h, r in found)
            and not self._possessed_office(doc, m)
            and (
                company := self._one_company(out)
                or self._company_said(doc, m, out)
                or self._company_left(doc, m, out)
                or self._previous_subject_company(doc, m, out)
            )
            is not None
            # "The IMF stands ready, said managing director X": the body the sentence names
            # holds the office, not the document's one company (in the words quoted too, when
            # it is a state's or an international body); a company the quotation only speaks
            # of ('"Selling Perrier is an option," chief executive X said') is no holder
            and not any(
                (k := out.token_entity.get(i)) is not None
                and k != company
                and out.entities[k].kind is Kind.ORGANIZATION
                and k not in out.parties
                and (i in outside or self._public_body(k, out))
                for outside in [set(_unquoted(doc, sentence_start(doc, m.start), sentence_end(doc, m.start)))]
                for i in range(sentence_start(doc, m.start), sentence_end(doc, m.start))
            )
        ):
            # "Chief executive X said the company would expand": the document's one company
            found = [(company, role) if _corporate_office(role) else (h, role) for h, role in found]
        if (
            not any(h for h, _r in found)
            and any(r for _h, r in found)
            # the bare title, no body named in it ("T&G union general secretary X" names its own)
            and all(
                " ".join(w for w in role_core(r).split() if w not in RANK_WORDS) in BODY_SECRETARIES
                for _h, r in found
                if r
            )
            and (body := self._one_body_near(doc, m, out)) is not None
        ):
            # "General Secretary X said the gift would help Labour": a party's or a union's office,
            # held for the one party or union the text names around it
            found = [(body, r) if not h and r else (h, r) for h, r in found]
        if not any(h for h, _r in found) and any(role_head(r) in JUDGES for _h, r in found):
            court = self._court_state(doc, out)  # "Judge X" where the text names "the US court"
            if court is not None:
                found = [(court, r) if not h and role_head(r) in JUDGES else (h, r) for h, r in found]
        if (
            not any(h for h, _r in found)
            and any(r and not _corporate_office(r) for _h, r in found)
            and (country := self._country_state(doc, m, out)) is not None
        ):
            # "Poland ... The country's new president, X": the state the text was speaking of
            found = [(country, r) if not h and r and not _corporate_office(r) else (h, r) for h, r in found]
        if (
            not any(h for h, _r in found)
            and any(r and not _corporate_office(r) for _h, r in found)
            and (voiced := self._voiced_state(doc, m, out)) is not None
        ):
            # 'The US said it is looking at other ways. "The US is not convinced," said Treasury Under
            # Secretary X': the speaker voices the state the text had speaking
            found = [(voiced, r) if not h and r and not _corporate_office(r) else (h, r) for h, r in found]
        if not any(h and out.entities[h].kind is Kind.STATE for h, _r in found) and (
            (ruled := self._possessed_state(doc, m, out)) is not None
        ):
            # "Idi Amin's Uganda", "President Putin's Russia": the state the person is said to have
            found = [(ruled, r) if not h and r and not _corporate_office(r) else (h, r) for h, r in found]
            if not any(h == ruled for h, _r in found):
                found.append((ruled, None))
        found = [
            (h, role)
            for h, role in found
            if not _figurative(sent, role)
            # "a member of Britain's Jewish community": a description of the person, no office
            and not (
                h and out.entities[h].kind is Kind.STATE and COMMUNITIES.intersection((role or "").split())
            )
        ]
        if (
            not any(h for h, _r in found)
            and any(_corporate_office(r) for _h, r in found)
            and (company := self._coordinated_company(doc, m, ev, out)) is not None
        ):
            # "Acme chief executive X and chief operating officer Y": both the company's
            found = [(company, r) if not h and _corporate_office(r) else (h, r) for h, r in found]
        if not any(h for h, _r in found):
            # kin is no office: it ties a person who holds none here, and is never claimed
            for holder, kin in self._kin_ties(doc, m, out):
                if out.entities[holder].kind is Kind.PERSON:
                    out.owned.append((person, holder, None, ev))
                else:
                    out.relations.append(RelationFact(person, holder, Relation.AFFILIATED_WITH, ev, role=kin))
        party_of = {h for h, _r in found if h in out.parties}
        seats = [
            r
            for h, r in found
            if not h and r and (constituency_member(r) or {"shadow", "party"}.intersection(r.split()))
        ]
        if len(party_of) == 1 and seats and all(r is None for h, r in found if h in party_of):
            # "Liberal Democrat X, the most recent female MP to be elected", "Tory X, the shadow
            # home secretary": the party's member holds the seat or party title the apposition
            # gives, as "Labour MP X" does
            found = [(h, seats[0]) if h in party_of else (h, r) for h, r in found if h or r not in seats]
        owned = [(h, role) for h, role in found if h and out.entities[h].kind is Kind.PERSON]
        found = [(h, role) for h, role in found if not h or out.entities[h].kind is not Kind.PERSON]
        for owner, role in owned:  # decided once every person's own holders are known
            out.owned.append((person, owner, role, ev))
        held = any(holder for holder, _ in found) or bool(owned)
        held_left = any(holder for holder, _ in left_found)
        claimed = {role for holder, role in found if role and not holder and not held}
        state_roles = {role for h, role in [*found, *left_found] if h and out.entities[h].kind is Kind.STATE}
        for holder, role in [*found, *((h, r) for h, r in left_found if h or r not in claimed)]:
            if holder:
                # "Labour former minister X": the state holds the office, the party only X
                edge_role = (
                    None
                    if holder in out.parties and role in state_roles and role and _government_office(role)
                    else role
                )
                if edge_role and holder in out.parties and edge_role.startswith("party "):
                    edge_role = edge_role[len("party ") :]  # "the party's former treasurer" of the party
                if edge_role and holder in out.parties and self._committee_office(edge_role):
                    # "Lib Dem constitutional affairs committee chairman X": a member of the party
                    # chairing a committee of the house, no office of the party's
                    edge_role = None
                    if not any(h and h not in out.parties for h, _r in found):
                        out.claims.append(ClaimFact(person, role, ev))
                out.relations.append(
                    RelationFact(person, holder, Relation.AFFILIATED_WITH, ev, role=edge_role)
                )
            elif (
                role
                and role_head(role) not in MEMBERSHIPS  # "a member of the public" holds nothing
                # "his Democratic challenger X": a race's, no office to resolve (nor a bar to the
                # knowledge base's state for X)
                and role_head(role) not in CANDIDACIES
                and (
                    not (held_left if (holder, role) in left_found else held)
                    # "Labour's X, the foreign secretary": a party holds X, the state the office
                    or (
                        _government_office(role)
                        and not owned
                        and all(h in out.parties for h, _r in found if h)
                    )
                )
            ):
                out.claims.append(ClaimFact(person, role, ev))
            if role:
                iso = out.entities[holder].iso3 or "" if holder else ""
                out.offices.setdefault((iso, role), person)
                out.offices.setdefault((iso, role_core(role)), person)  # "the chairman" later
                for title in (role, role_core(role)):
                    holders = out.office_holders.setdefault((iso, title), [])
                    if person not in holders:
                        holders.append(person)
                out.office_heads[(iso, role_head(role))] = person

    def _office_over_posting(self, place: Token, out: DocEntities) -> Token | None:
        """The office noun a named place hangs from through prepositional phrases of where or to
        whom ("Britain's ambassador in Tehran", "the high commissioner to India", "Indonesia's
        representative at the talks in Helsinki"): the parser apposed the name after it to the
        place; the name is the office's holder, the place its posting. None when the chain ends on
        no office word, goes backwards, or is longer than two phrases."""
        if out.token_entity.get(place.i) is None:
            return None
        tok = place
        for _ in range(2):
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in POSTING_PREPS:
                return None
            noun = tok.head.head
            if noun.i >= tok.i or noun.pos_ not in ("NOUN", "PROPN"):
                return None
            if noun.i not in out.token_entity and (
                self.office.is_office(noun.lemma_) or self.office.is_office(noun.text)
            ):
                return noun
            tok = noun
        return None

    def _coordinated_company(self, doc: Doc, m: _Mention, ev: Evidence, out: DocEntities) -> str | None:
        """The company of the person a name is coordinated with ("Acme chief executive X and chief
        operating officer Y" -> Acme for Y): the one company that person holds an office in by
        this sentence, when the two names are conjuncts."""
        root = doc[m.start : m.end].root
        if root.dep_ == "conj" and root.head.i < m.start:
            before = root.head.i
        else:
            # "X and chief operating officer Y", the title parsed as the conjunct
            j = m.start - 1
            while j > 0 and m.start - j <= 5 and doc[j].is_lower and doc[j].lower_ not in ("and", "&"):
                j -= 1
            if j <= 0 or doc[j].lower_ not in ("and", "&"):
                return None
            before = j - 1
        other = out.token_entity.get(before)
        if other is None or out.entities[other].kind is not Kind.PERSON:
            return None
        found = {
            r.target
            for r in out.relations
            if r.source == other
            and r.evidence == ev
            and r.relation is Relation.AFFILIATED_WITH
            and _corporate_office(r.role)
            and out.entities[r.target].kind is Kind.ORGANIZATION
            and r.target not in out.parties
            and not self._government_body(r.target, out)
        }
        return next(iter(found)) if len(found) == 1 else None

    def _court_state(self, doc: Doc, out: DocEntities) -> str | None:
        """The one state whose courts the document names: "the US court", "a Russian court",
        "a Moscow court" (a place's state), "Britain's High Court"; None for none or several."""
        found: set[str] = set()
        for tok in doc:
            if tok.lower_ not in COURT_NOUNS and tok.lemma_.lower() not in COURT_NOUNS:
                continue
            body = out.token_entity.get(tok.i)
            if body is not None and out.entities[body].kind is Kind.ORGANIZATION:
                if body in out.part_of:
                    found.add(out.part_of[body])  # "Britain's High Court"
                continue
            for w in (*tok.lefts, *(c for t in tok.lefts if t.dep_ == "compound" for c in t.lefts)):
                key = out.token_entity.get(w.i)
                if key is None:
                    continue
                kind = out.entities[key].kind
                state = key if kind is Kind.STATE else out.part_of.get(key) if kind is Kind.LOCATION else None
                if state is not None:
                    found.add(state)
        return next(iter(found)) if len(found) == 1 else None

    def _possessed_office(self, doc: Doc, m: _Mention) -> bool:
        """ "The agency's former chief executive X": a title before the name owned by a common
        noun names its holder by that noun, never the document's one company."""
        j = m.start - 1
        while j >= 1 and m.start - j <= 6 and (doc[j].is_lower or doc[j].lower_ in POSSESSIVE):
            if _possessor_noun(doc[j - 1]) and doc[j].lower_ in POSSESSIVE:
                return True
            j -= 1
        return False

    def _company_said(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """ "An open letter from chief executive X, the company says ...": a sentence whose subject
        is "the company" (or "the firm") speaks of the company that was last the subject of a
        clause in the sentences before (at most :data:`COMPANY_BACK` of them)."""
        sent = out.sentence(doc, m.start)
        if not any(
            t.lower_ in ANAPHOR_COMPANIES
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i == sent.root.i
            and t.i > 0
            and doc[t.i - 1].lower_ == "the"
            for t in sent
        ):
            return None
        start = sent.start
        for _ in range(COMPANY_BACK):
            if start == 0:
                break
            start = sentence_start(doc, start - 1)
        for i in range(sent.start - 1, start - 1, -1):
            key = out.token_entity.get(i)
            if key is None or doc[i].dep_ not in ("nsubj", "nsubjpass"):
                continue
            e = out.entities[key]
            if any(c.dep_ == "conj" for c in doc[i].children) or doc[i].dep_ == "conj":
                return None  # "Acme and Bolt met": either
            if e.kind is Kind.ORGANIZATION and key not in out.parties and not self._government_body(key, out):
                return key
        return None

    def _previous_subject_company(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """ "Ireland's Ryanair said fares would fall. Chief executive Michael O'Leary said ...": a
        title that opens its sentence, which names no organization, after a sentence whose one
        organization subject is a company (no party, state body or international body)."""
        sent = out.sentence(doc, m.start)
        if (
            sent.start == 0
            or m.start == sent.start
            or doc[m.start : m.end].root.dep_ not in ("nsubj", "nsubjpass")
            or any(
                doc[i].pos_ in ("VERB", "AUX") or doc[i].head.i >= m.end for i in range(sent.start, m.start)
            )
        ):
            return None  # the title and name open the sentence as its subject ("Chief executive X said")
        if any(
            (k := out.token_entity.get(i)) is not None and out.entities[k].kind is Kind.ORGANIZATION
            for i in range(sent.start, sent.end)
        ):
            return None
        before = doc[sent.start - 1].sent
        found = set()
        for i in range(before.start, before.end):
            key = out.token_entity.get(i)
            if key is None or out.entities[key].kind is not Kind.ORGANIZATION:
                continue
            found.add(key)
            tok = doc[i]
            if tok.dep_ in ("nsubj", "nsubjpass") and (
                tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
            ):
                return None  # "Acme and Bolt met": either
        subjects = {
            key
            for i in range(before.start, before.end)
            if (key := out.token_entity.get(i)) is not None and doc[i].dep_ in ("nsubj", "nsubjpass")
        }
        if len(found) != 1 or found != subjects:
            return None
        key = next(iter(found))
        known = organizations().get(out.entities[key].label)
        if (
            key in out.parties
            or self._government_body(key, out)
            or (known is not None and known.sector == IGO)
        ):
            return None
        return key

    def _one_body_near(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The one organization named in the name's sentence and the :data:`PARTY_BACK` sentences
        before it, when it is no state's body and no international one; None for none or two."""
        sent = out.sentence(doc, m.start)
        first = sent.start
        for _ in range(PARTY_BACK):
            if first == 0:
                break
            first = sentence_start(doc, first - 1)
        found = {
            key
            for i in range(first, sent.end)
            if (key := out.token_entity.get(i)) is not None and out.entities[key].kind is Kind.ORGANIZATION
        }
        if len(found) != 1 or any(
            i not in out.token_entity and doc[i].text[:1].isupper() and self.parties.lookup(doc[i].text)
            for i in range(first, sent.end)
        ):
            return None  # "Labour and the Tories clashed", the first party left untagged: two
        key = next(iter(found))
        known = organizations().get(out.entities[key].label)
        if self._government_body(key, out) or (known is not None and known.sector == IGO):
            return None
        return key

    def _company_left(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """ "Chief executive X and finance chief Y have left the firm", "X joined the company in
        2001": the person's own clause names "the firm" (or "the company" ...) as its object; it
        is the company the document is about (named at least twice, more than any other)."""
        tok = doc[m.start : m.end].root
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "X and chief financial officer Y have left": Y's clause is X's
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = tok.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if not any(
            o.lower_ in ANAPHOR_COMPANIES and any(d.lower_ == "the" for d in o.children) for o in objects
        ):
            return None
        return self._main_organization(out, body=False)

    def _one_company(self, out: DocEntities) -> str | None:
        """The one company the document names (introduced by a company noun, "the oil firm
        Acme", or named with a corporate suffix, "Acme Holdings"), else None."""
        found = {
            key
            for key, e in out.entities.items()
            if e.kind is Kind.ORGANIZATION
            and key not in out.parties
            and not self._government_body(key, out)
            and organizations().get(e.label) is None
            and (
                e.label in self._companies
                or any(w.lower().strip(".,") in CORPORATE_SUFFIXES for w in e.label.split()[1:])
            )
        }
        return next(iter(found)) if len(found) == 1 else None

    def _public_body(self, key: str, out: DocEntities) -> bool:
        """A state's body or an international one ("the IMF", "the Treasury"), no company."""
        known = organizations().get(out.entities[key].label)
        return (known is not None and known.sector == IGO) or self._government_body(key, out)

    def _committee_office(self, role: str) -> bool:
        """An office of a committee named by its field ("constitutional affairs committee
        chairman", "public accounts committee chair"): a parliament's committee, not a party's
        ("policy committee chairman" names no field of government)."""
        words = role_core(role).split()
        return any(
            w in COMMITTEE_WORDS and i > 0 and self.office.is_portfolio(words[i - 1])
            for i, w in enumerate(words[:-1])
        )

    def _company_anaphor(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The company of "company president X", "the firm's chief executive X": the last
        organization that was the subject of a clause in this or the previous sentence ("Acme
        said ... company president X"), when it is no party or government body. So is the
        company of "its president X" and of a title before the name and a comma ("The firm's
        chief executive, X, said")."""
        apposed = self._apposed_possessor(doc, m)
        if apposed is not None:
            return self._antecedent_company(doc, apposed, out)
        j = m.start - 1
        root = doc_span(doc, m.start, m.end).root
        if root.dep_ == "appos" and root.head.i < m.start and doc[m.start - 1].text == ",":
            # "The company's founder and ex-chief executive, X": the title the name is apposed to
            for c in root.head.children:
                if c.dep_ == "poss" and (
                    c.lower_ == "its"
                    or (c.lower_ in ANAPHOR_COMPANIES and any(d.lower_ == "the" for d in c.children))
                ):
                    return self._antecedent_company(doc, c.i, out)
                if (
                    c.dep_ == "poss"
                    and c.lower_ in self.words.described_bodies
                    and any(d.lower_ == "the" for d in c.children)
                ):
                    return self._main_organization(out, body=True)  # "The watchdog's chairman, X"
        if j > 0 and doc[j].text == "," and root.dep_ == "appos" and root.head.i < m.start:
            j -= 1  # "The firm's chief executive, X"
        last = j
        while (
            j >= 0
            and last - j <= 3
            and (
                (doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ", "PROPN"))
                # "its UK chief executive X": the state names the company's market, not the holder
                or ((k := out.token_entity.get(j)) is not None and out.entities[k].kind is Kind.STATE)
            )
        ):
            if doc[j].lower_ in ANAPHOR_COMPANIES:
                break
            j -= 1
        if (
            j > 1
            and j < last
            and doc[j].text in ("'s", "’s")
            and doc[j - 1].lower_ in self.words.described_bodies
            and doc[j - 2].lower_ == "the"
        ):
            return self._main_organization(out, body=True)  # "the regulator's chairman X"
        if j > 0 and doc[j].text in ("'s", "’s") and doc[j - 1].lower_ in ANAPHOR_COMPANIES:
            j -= 1
            if j == 0 or doc[j - 1].lower_ != "the":
                return None
        if j < 0 or j == last or (doc[j].lower_ not in ANAPHOR_COMPANIES and doc[j].lower_ != "its"):
            return None
        sent = out.sentence(doc, m.start)
        first = sentence_start(doc, sent.start - 1) if sent.start > 0 else sent.start
        for i in range(j - 1, first - 1, -1):
            key = out.token_entity.get(i)
            if key is None or doc[i].dep_ not in ("nsubj", "nsubjpass"):
                continue
            e = out.entities[key]
            if e.kind is Kind.ORGANIZATION and key not in out.parties and not self._government_body(key, out):
                return key
            return None
        # "The Acme saga goes on. The company's founder, X, ...": no subject, one company named
        return self._antecedent_company(doc, j, out) if doc[j].lower_ != "its" else None

    def _party_anaphor(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The party of "the party's chairman X", "Party chief executive X", "X, a party
        spokesman," and of "its president X" when the clause before has a party for subject:
        the one party named in this sentence up to the title or in the
        :data:`PARTY_BACK` sentences before, else the nearest party that was a clause's lone
        subject there, else the one party the document names before; None when the window
        names two parties and none is the subject ("Labour and the Tories clashed. The party's
        treasurer X")."""
        at = self._party_word_before(doc, m)
        if at is None:
            at = self._party_word_after(doc, m)
        if at is None:
            return None
        its = doc[at].lower_ == "its"
        sent = out.sentence(doc, m.start)
        first = sent.start
        for _ in range(PARTY_BACK):
            if first == 0:
                break
            first = sentence_start(doc, first - 1)
        named: list[str] = []
        subject: str | None = None
        for i in range(min(at, m.start) - 1, first - 1, -1):
            key = out.token_entity.get(i)
            if key is None or out.entities[key].kind is not Kind.ORGANIZATION:
                continue
            tok = doc[i]
            lone_subject = (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.dep_ != "conj"
                and not any(c.dep_ == "conj" for c in tok.children)
            )
            if key not in out.parties:
                if its and lone_subject:
                    return None  # "Acme said ... its president X": the company's
                continue
            if key not in named:
                named.append(key)
            if subject is None and lone_subject:
                subject = key
        if its:
            return subject
        if len(named) == 1:
            return named[0]
        if named:
            return subject
        before = {key for i, key in out.token_entity.items() if i < first and key in out.parties}
        return next(iter(before)) if len(before) == 1 else None

    def _appointed_by(self, doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """The organization that gave the person an office: "The Lib Dems have appointed X as the
        party's new communications chief", "Acme hired X as its finance director", "Labour has
        chosen X to be its general secretary". The subject must be one organization (a party, a
        company, a body), the office a title owned by no one else ("the party's", "its", "their"
        or no owner); never a person's appointment ("Blair appointed X as ..."), a passive, nor a
        negated or hedged verb."""
        root = doc_span(doc, m.start, m.end).root
        verb = root.head
        if root.dep_ != "dobj" or verb.lemma_.lower() not in APPOINTING or _hedged(verb):
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
            return []
        org = out.token_entity.get(subjects[0].i)
        if org is None or out.entities[org].kind is not Kind.ORGANIZATION:
            return []
        titles = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
        titles += [a for x in verb.children if x.dep_ == "xcomp" and x.lemma_ == "be" for a in x.children]
        for title in titles:
            if title.dep_ not in ("pobj", "attr"):
                continue
            owners = [c for c in title.children if c.dep_ == "poss"]
            if any(
                not (
                    o.lower_ in ("its", "their")
                    or (o.lower_ in OWNER_NOUNS and o.i > 0 and doc[o.i - 1].lower_ == "the")
                )
                for o in owners
            ):
                return []  # "as Acme's chief executive", "as his deputy": another owner's office
            words = [
                t
                for t in title.subtree
                if t.i <= title.i and t.dep_ not in ("det", "poss", "case") and t.head.dep_ != "poss"
            ]
            if any(t.i in out.token_entity for t in words):
                return []
            role = " ".join(t.lower_ for t in words if t.lower_ not in ("new", "next"))
            if not (self.office.is_office(title.lemma_) or _corporate_office(role)):
                continue
            return [(org, role)]
        return []

    @staticmethod
    def _speaks_for(doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The party a person speaks for: "X, for the Liberal Democrats, said", "X, speaking for
        the Tories, said", "For the Conservatives, X said"; a party's name only ("for the
        prosecution" is no one's), closed by a comma, and the person right after the opening
        phrase."""

        def party_at(i: int, end: int) -> str | None:
            if i < end and doc[i].lower_ == "the":
                i += 1
            key = out.token_entity.get(i)
            if key is None or key not in out.parties:
                return None
            while i < end and out.token_entity.get(i) == key:
                i += 1
            return key if i < end and doc[i].text == "," else None

        sent = out.sentence(doc, m.start)
        i = m.end
        if i + 2 < sent.end and doc[i].text == ",":
            i += 1
            if doc[i].lower_ in SPEAKING_FOR:
                i += 1
            if doc[i].lower_ == "for":
                return party_at(i + 1, sent.end)
        i = sent.start
        if doc[i].lower_ in SPEAKING_FOR:
            i += 1
        if doc[i].lower_ == "for" and (key := party_at(i + 1, m.start)) is not None:
            comma = max(k for k in range(i, m.start) if out.token_entity.get(k) == key) + 1
            return key if comma + 1 == m.start else None
        return None

    @staticmethod
    def _party_word_before(doc: Doc, m: _Mention) -> int | None:
        """The index of "party" (or "its") in a title right before the name: "the party's
        chairman X", "Party chief executive X", "a party spokesman X", "its president X", also
        with a comma ("The party's chairman, X,"); None when there is none."""
        j = m.start - 1
        if j > 0 and doc[j].text == ",":
            j -= 1
        start = max(sentence_start(doc, m.start), m.start - 7)
        seen_title = False
        while j >= start:
            tok = doc[j]
            low = tok.lower_
            if low in POSSESSIVE and j > 0 and doc[j - 1].lower_ == "party":
                return j - 1 if seen_title and j >= 2 and doc[j - 2].lower_ == "the" else None
            if low == "party":
                return j if seen_title else None
            if low == "its":
                return j if seen_title else None
            if tok.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "DET", "PRON", "NUM") or tok.ent_type_:
                return None
            seen_title = seen_title or offices().is_office(low) or offices().is_office(tok.lemma_.lower())
            j -= 1
        return None

    @staticmethod
    def _party_word_after(doc: Doc, m: _Mention) -> int | None:
        """The same in a title apposed after the name: "X, the party's treasurer,", "X, a party
        spokesman,", "X, its president,"."""
        if m.end + 2 >= len(doc) or doc[m.end].text != ",":
            return None
        end = min(sentence_end(doc, m.start), m.end + 8)
        i = m.end + 1
        if doc[i].lower_ == "its":
            party = i
            i += 1
        elif doc[i].lower_ in ("the", "a", "an") and doc[i + 1].lower_ == "party":
            party = i + 1
            i += 2
            if i < end and doc[i].lower_ in POSSESSIVE:
                if doc[m.end + 1].lower_ != "the":
                    return None
                i += 1
        elif doc[i].lower_ == "party":
            party = i  # "X, party treasurer,"
            i += 1
        else:
            return None
        while i < end and doc[i].text not in (",", ";", "(", ".", "-", "–", "—"):
            tok = doc[i]
            if tok.pos_ in ("VERB", "AUX", "ADP", "DET") or tok.tag_ in WH_TAGS:
                return None
            if offices().is_office(tok.lower_) or offices().is_office(tok.lemma_.lower()):
                return party
            i += 1
        return None

    @staticmethod
    def _apposed_possessor(doc: Doc, m: _Mention) -> int | None:
        """ "X, its chief executive,", "X, the firm's founder,": the index of the possessive word
        ("its", or the company noun before "'s") in a title apposed after the name, before the
        next comma; None when there is none."""
        if m.end + 2 >= len(doc) or doc[m.end].text != ",":
            return None
        sent_end = sentence_end(doc, m.start)
        for i in range(m.end + 1, min(sent_end, m.end + 8)):
            tok = doc[i]
            if tok.text in (",", ";", "(") or tok.pos_ in ("VERB", "AUX") or tok.tag_ in WH_TAGS:
                return None
            if tok.lower_ == "its" and i == m.end + 1:
                return i
            if (
                tok.lower_ in ANAPHOR_COMPANIES
                and i == m.end + 2
                and doc[m.end + 1].lower_ == "the"
                and i + 1 < sent_end
                and doc[i + 1].text in ("'s", "’s")
            ):
                return i
        return None

    def _antecedent_company(self, doc: Doc, before: int, out: DocEntities) -> str | None:
        """The company "its" or "the company's" at ``before`` points back to: the last company
        that is the subject of a clause in this sentence or the previous one ("Acme said ...
        X, its chief executive"), else the one company named there ("The Acme saga goes on.
        The company's founder, X"); never a party, a government body or an international body,
        and None when two companies are named and none is a subject."""
        sent = doc[before].sent
        first = sentence_start(doc, sent.start - 1) if sent.start > 0 else sent.start
        named: list[str] = []
        for i in range(before - 1, first - 1, -1):
            key = out.token_entity.get(i)
            if key is None or out.entities[key].kind is not Kind.ORGANIZATION:
                continue
            if (
                key in out.parties
                or self._government_body(key, out)
                or (
                    (known := organizations().get(out.entities[key].label)) is not None
                    and known.sector == IGO
                )
            ):
                if doc[i].dep_ in ("nsubj", "nsubjpass"):
                    return None  # "The Home Office said ... X, its spokesman": no company's
                continue
            if doc[i].dep_ in ("nsubj", "nsubjpass"):
                return key
            if key not in named:
                named.append(key)
        return named[0] if len(named) == 1 else None

    @staticmethod
    def _fits_described_state(obj: Token, company: str, out: DocEntities) -> bool:
        """Whether "the Indian firm" can be ``company``: a state word before the noun must be the
        state of the company, when the document ties it to one ("India's United Breweries ... S&N
        will buy ... chair of the Indian firm" is not S&N's, a UK firm named with no state)."""
        described = {
            key
            for c in obj.children
            if c.dep_ in ("amod", "compound", "nmod")
            and (key := out.token_entity.get(c.i)) is not None
            and out.entities[key].kind is Kind.STATE
        }
        if not described:
            return True
        return out.part_of.get(company) in described

    def _one_company_before(self, doc: Doc, before: int, out: DocEntities) -> bool:
        """Whether this sentence up to ``before`` and the one before it name one company only
        (parties, government and international bodies aside): "Acme and Zedco both lost money.
        X, chairman of the firm" says not whose."""
        sent = doc[before].sent
        first = sentence_start(doc, sent.start - 1) if sent.start > 0 else sent.start
        named = {
            key
            for i in range(first, before)
            if (key := out.token_entity.get(i)) is not None
            and out.entities[key].kind is Kind.ORGANIZATION
            and key not in out.parties
            and not self._government_body(key, out)
        }
        return len(named) == 1

    def _voiced_state(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The state an office holder with no holder in the title speaks for: the person says a
        quotation whose subject is a state ("'The US is not convinced,' said Treasury Under
        Secretary X"), and the same state is the subject of a saying verb in the sentence before or
        outside the quotation ("The US ... said it is looking at other ways"). A state the
        quotation judges ("'France was wrong,' said X") is no one's voice."""
        root = doc_span(doc, m.start, m.end).root
        sent = out.sentence(doc, m.start)
        outside = set(_unquoted(doc, sent.start, sent.end))
        if m.start not in outside or len(outside) == sent.end - sent.start:
            return None
        verb = sent.start + 1
        while verb < m.start and not (doc[verb].lemma_.lower() in SAYING and doc[verb].pos_ == "VERB"):
            verb += 1
        titled = verb < m.start and all(
            i in outside and (doc[i].is_title or doc[i].is_upper) for i in range(verb + 1, m.start)
        )  # '... ," said Treasury Under Secretary X': the parser may take the title for the subject
        if not titled and (root.dep_ != "nsubj" or root.head.lemma_.lower() not in SAYING):
            return None
        quoted: set[str] = set()
        for i in range(sent.start, sent.end):
            key = out.token_entity.get(i)
            if i in outside or key is None or out.entities[key].kind is not Kind.STATE:
                continue
            tok = doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            judged = any(c.dep_ == "acomp" and c.lower_ in JUDGING_WORDS for c in tok.head.children)
            if not judged:
                quoted.add(key)
        if len(quoted) != 1:
            return None
        state = next(iter(quoted))
        first = sentence_start(doc, sent.start - 1) if sent.start > 0 else sent.start
        for i in range(first, sent.end):
            if out.token_entity.get(i) != state or (i >= sent.start and i not in outside):
                continue
            tok = doc[i]
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAYING:
                return state
            # "The US, which can veto any plan ..., said it is looking at other ways": the state's
            # saying verb later in its clause, with no person or body between, however it is parsed
            end = sentence_end(doc, i)
            for j in range(i + 1, end):
                key = out.token_entity.get(j)
                if (
                    key is not None
                    and key != state
                    and out.entities[key].kind is not Kind.LOCATION
                    and (out.entities[key].kind is Kind.PERSON or doc[j].dep_ in ("nsubj", "nsubjpass"))
                ):
                    break
                if doc[j].text in QUOTES or (i < sent.start <= j):
                    break
                if doc[j].lemma_.lower() in SAYING and doc[j].pos_ == "VERB" and doc[j].tag_ != "VBN":
                    return state
        return None

    def _one_of_before(self, doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """ "after one of its top nuclear scientists, Abdul Qadeer Khan, admitted ...": a plural
        office after "one of", right before the name's comma, is the name's office, however the
        parser attached the name; "its"/"their" is the state last named before it in the sentence."""
        end = m.start - 1
        if end < 3 or doc[end].text != "," or m.end >= len(doc) or doc[m.end].text not in (",", "-", "–"):
            return []
        noun = doc[end - 1]
        if noun.tag_ not in ("NNS", "NNPS") or (
            _plural_office(self.office, noun.lower_) is None and noun.lower_ != "deputies"
        ):
            return []  # ("deputy" is no office of its own: "deputy Conservative chairman X")
        start = next(
            (i for i in range(end - 2, max(doc[end].sent.start, end - 8) - 1, -1) if doc[i].lower_ == "of"),
            None,
        )
        if start is None or start < 1 or doc[start - 1].lower_ != "one":
            return []
        words = [t for t in doc[start + 1 : end] if t.lower_ not in ("the", "a", "an") and not t.like_num]
        if any(t.pos_ in ("VERB", "AUX", "ADP") or t.is_punct for t in words):
            return []
        role, holders = self._role_and_holders(words, out)
        if role is None and noun.lower_ == "deputies":
            role = "deputies"
        if role is None:
            return []
        role = _singular_role(self.office, role) if noun.lower_ != "deputies" else "deputy"
        if not holders and role.split()[-1] in AIDES:
            # "one of Mr Bakrie's deputies, X": the staff of the person named, in the state (or
            # body) he serves; decided with the owned offices, like "an aide to Mr Bakrie"
            holders = [
                key
                for t in words
                if t.dep_ == "poss"
                and (key := out.token_entity.get(t.i)) is not None
                and out.entities[key].kind is Kind.PERSON
            ][:1]
        if not holders and any(t.lower_ in ("its", "their") for t in words):
            for i in range(start - 2, doc[start].sent.start - 1, -1):
                key = out.token_entity.get(i)
                if key is not None:
                    holders = [key] if out.entities[key].kind is Kind.STATE else []
                    break
        return [(h, role) for h in holders] or [("", role)]

    def _comma_title(self, doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """ "Kamal Nath, Commerce and Industry Minister, announced ...": a title between commas
        right after a name is its apposition, however the parser attached it. So is a title
        after a spaced dash, up to its clause: "X - another Acme board member accused of ..."."""
        if m.end >= len(doc) or not (doc[m.end].text == "," or _spaced_dash(doc, m.end)):
            return []
        if doc[m.end].text == ",":
            close = next((i for i in range(m.end + 1, min(len(doc), m.end + 10)) if doc[i].text == ","), None)
        else:
            limit = min(len(doc), m.end + 10, sentence_end(doc, m.end))
            close = next(
                (
                    i
                    for i in range(m.end + 1, limit)
                    if doc[i].text == "," or _spaced_dash(doc, i) or doc[i].pos_ in ("VERB", "AUX")
                ),
                limit,
            )
        if close is None:
            return []
        span = [t for t in doc[m.end + 1 : close] if t.lower_ not in ("the", "a", "an", "another")]
        if not span or any(t.pos_ in ("VERB", "AUX", "PRON") or t.tag_ in WH_TAGS for t in span):
            return []
        heads = [
            i
            for i, t in enumerate(span)
            if _office_word(self.office, t.text) and t.tag_ not in ("NNS", "NNPS")
        ]
        if not heads:
            return []
        title, rest = span[: heads[-1] + 1], span[heads[-1] + 1 :]
        if any(
            out.token_entity.get(t.i) is not None and out.entities[out.token_entity[t.i]].kind is Kind.PERSON
            for t in span
        ):
            return []
        role, holders = self._role_and_holders(title, out)
        if rest and rest[0].lower_ in ("of", "for", "at"):
            after = [
                k
                for t in rest
                if (k := out.token_entity.get(t.i)) is not None
                and out.entities[k].kind in (Kind.STATE, Kind.ORGANIZATION)
            ]
            market = [h for h in holders if out.entities[h].kind is Kind.STATE]
            holders = self._employer_for_state(role, holders, out, after)
            market = [h for h in market if h not in holders]
        elif rest:
            return []
        else:
            market = []
        if role is None:
            return []
        # "X, UK economist at Acme": Acme's economist, of the UK with no office of its
        return [(h, role) for h in holders] + [(h, None) for h in market] or [("", role)]

    def _complement(
        self, head: Token, np: list[Token], out: DocEntities, tail: list[Token] | None = None
    ) -> tuple[list[str], str | None]:
        """The holders and the complement an office's prepositions give: "head of the NAO" (a
        holder), "Labour's head of elections strategy", "Tory leader in the Lords" (the role's
        complement), "chairman of the MCB's public affairs committee" (the holder MCB, the role
        narrowed to its committee). A party's "spokesman for the Cabinet Office" shadows the
        department: the department is the role's, not the holder."""
        named = any(
            (key := out.token_entity.get(t.i)) is not None
            and out.entities[key].kind in (Kind.STATE, Kind.ORGANIZATION)
            for t in np
        )
        holders: list[str] = []
        parts: list[str] = []
        for child in (c for t in (head, *(tail or ())) for c in t.children):
            if child.dep_ == "prep" and child.i > head.i and child.lower_ == "with":
                # "an analyst with Bank Oyens", "a partner with KPMG": the employer, when named
                holders.extend(
                    key
                    for obj in child.children
                    if obj.dep_ == "pobj"
                    and (key := out.token_entity.get(obj.i)) is not None
                    and out.entities[key].kind is Kind.ORGANIZATION
                    and key not in out.parties
                )
                continue
            if child.dep_ != "prep" or child.i < head.i or child.lower_ not in COMPLEMENT:
                continue
            holding = child.lower_ in ("of", "at") or (child.lower_ == "for" and not named)
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                served = out.token_entity.get(obj.i)
                if (
                    child.lower_ == "to"
                    and head.lemma_.lower() in AIDES
                    and served is not None
                    and out.entities[served].kind is Kind.PERSON
                ):
                    # "a special adviser to Chancellor X", "senior aide to Y": X's staff, in the
                    # state (or body) X serves; decided with the owned offices
                    holders.append(served)
                    continue
                leader = (
                    next(
                        (
                            k
                            for t in obj.children
                            if t.dep_ in ("poss", "compound")
                            and (k := out.token_entity.get(t.i)) is not None
                            and out.entities[k].kind is Kind.PERSON
                        ),
                        None,
                    )
                    if child.lower_ == "in" and obj.lemma_.lower() in GOVERNMENTS
                    else None
                )
                if leader is not None:
                    holders.append(leader)  # "a minister in Putin's government": Putin's state's
                    continue
                key = out.token_entity.get(obj.i)
                employer = (
                    child.lower_ == "for"
                    and key is not None
                    and out.entities[key].kind is Kind.ORGANIZATION
                    and key not in out.parties
                    and not self._government_body(key, out)
                    and not any((k := out.token_entity.get(t.i)) is not None and k in out.parties for t in np)
                )  # "chief US economist for Wells Vole Bank": the bank employs them, a state named or not
                if (
                    (holding or employer)
                    and key
                    and out.entities[key].kind in (Kind.STATE, Kind.ORGANIZATION)
                ):
                    holders.append(key)
                    # "leader of the Liberal Democrats in the assembly"
                    parts.extend(
                        p
                        for pp in obj.children
                        if pp.dep_ == "prep"
                        and pp.i > obj.i
                        and pp.lower_ in ("in", "on")
                        and (p := _phrase(pp, out, ())) is not None
                    )
                    continue
                owner = self._owner_inside(obj, out) if holding else None
                if owner is not None:
                    holders.append(owner)
                    if (unit := _unit_state(obj, owner, out)) is not None:
                        holders.append(unit)  # "Toyota's US sales arm": Toyota's, and in the US
                    text = _phrase(obj, out, (owner,))
                    if out.entities[owner].kind is Kind.ORGANIZATION and any(
                        c.dep_ == "appos" and out.token_entity.get(c.i) == owner for c in obj.children
                    ):
                        text = None  # "head of US retailer Kmart": the words describe the holder
                    if text is not None and text not in ("the",):
                        parts.append(f"{child.lower_} {text}")
                    continue
                if (
                    holding
                    and key is None
                    and obj.tag_ == "NN"
                    and obj.lower_ in ANAPHOR_COMPANIES
                    and any(d.lower_ == "the" for d in obj.children)
                    and not any(d.dep_ == "poss" or d.lower_ in DESCRIPTION_OTHERS for d in obj.children)
                    and (antecedent := self._antecedent_company(obj.doc, obj.left_edge.i, out)) is not None
                    and self._one_company_before(obj.doc, obj.left_edge.i, out)
                    and self._fits_described_state(obj, antecedent, out)
                ):
                    # "X, a spokeswoman for the North Carolina-based bank", "chairman of the firm":
                    # the company the sentence or the one before is about
                    holders.append(antecedent)
                    continue
                employer = (
                    _employer_inside(obj, out) if child.lower_ == "of" and key is None and not named else None
                )
                if employer is not None:
                    # "director of anti-virus research for F-Secure", "head of equities at Acme":
                    # the parser hung the employer on the field; the field is the role's
                    holders.append(employer)
                    text = _phrase(child, out, (employer,))
                    if text is not None:
                        parts.append(text)
                    continue
                text = _phrase(child, out, ())
                words = (text or "").split()
                if len(words) <= 3 and words[-1] in BACK_REFERENCES:
                    continue  # "chairman of the organisation": the holder again, named elsewhere
                if text is not None:
                    parts.append(text)
        complement = " ".join(parts)
        return holders, complement if complement and len(complement.split()) <= MAX_COMPLEMENT else None

    def _succession(self, doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """An office one person takes from another: "A will succeed B as president of Acme", "A
        replaced B as chief executive of Acme", "B was replaced by A as ...": A holds it, B held it
        (a former holder once the verb is past; until then B holds it still). Only an office
        whose phrase names its holder: "succeeded B as leader" says not whose."""
        root = doc_span(doc, m.start, m.end).root
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
            verb, taker = verb.head, True  # "B was replaced by A as ..."
        elif root.dep_ in ("nsubj", "nsubjpass", "dobj"):
            taker = root.dep_ == "nsubj"
        else:
            return []
        if verb.lemma_.lower() not in SUCCESSION_VERBS or _hedged(verb):
            return []
        if root.dep_ == "nsubj" and not any(
            c.dep_ == "dobj"
            and c.i in out.token_entity
            and out.entities[out.token_entity[c.i]].kind is Kind.PERSON
            for c in verb.children
        ):
            return []  # "A replaced the old system as ...": no person's office taken
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ != "as":
                continue
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                if not self.office.is_office(obj.lemma_.lower()):
                    continue
                np = [t for t in obj.subtree if t.i <= obj.i and t.lower_ not in ("the", "a", "an")]
                after, complement = self._complement(obj, np, out)
                if any(
                    c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                    for c in obj.children
                ):
                    complement = None  # "as president of Acme in April": when, no part of the office
                role, holders = self._role_and_holders(np, out, complement=complement)
                holders = [
                    h for h in (*holders, *after) if out.entities[h].kind in (Kind.STATE, Kind.ORGANIZATION)
                ]
                if role is None or not holders:
                    continue
                if role_head(role) in CONSTITUENCY_TITLES | {"member"} and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in obj.children
                ):
                    continue  # "replaced as the member for Kensington and Chelsea": a seat, no holder
                past = verb.tag_ == "VBD" or any(
                    c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
                    for c in verb.children
                )  # "replaced", "was replaced", "has been replaced"; not "will succeed"
                if not taker and past and not role.startswith(("former", "ex-")):
                    role = f"former {role}"
                return [(h, role) for h in dict.fromkeys(holders)]
        return []

    @staticmethod
    def _job_at(head: Token, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """ "X, a fund manager at Acme", "X, a strategist at Acme": an indefinite noun apposed
        after the name and placed "at" a named organization is the person's job there, whatever
        the noun (no list of jobs holds every trade, nor the text's misspellings). Not a party
        ("a delegate at the Labour conference" is there, not employed) nor :data:`NOT_JOBS` ("a
        patient at the Royal Free Hospital")."""
        if (
            head.i < m.end
            or head.tag_ != "NN"
            or head.lower_ in NOT_JOBS
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        ):
            return []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "at" or prep.i != head.i + 1:
                continue
            for obj in prep.children:
                key = out.token_entity.get(obj.i)
                if (
                    obj.dep_ == "pobj"
                    and key is not None
                    and out.entities[key].kind is Kind.ORGANIZATION
                    and key not in out.parties
                ):
                    words = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and t.is_alpha]
                    return [(key, " ".join([*words, head.lower_]))]
        return []

    def _clause_offices(self, doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """ "X, who chairs the Ways and Means subcommittee": the organization a clause says the
        person heads or works for."""
        root = doc_span(doc, m.start, m.end).root
        found: list[tuple[str, str | None]] = []
        around = [root, *(c for c in root.children if c.dep_ == "appos")]  # "X, D-Ohio, who chairs ..."
        clauses = [c for head in around for c in head.children if c.dep_ == "relcl"]
        # "X, who it says headed Acme's sales arm", "who police say runs Acme": the clause the
        # relative pronoun is the subject of, under a report of someone else's
        clauses.extend(
            inner
            for c in list(clauses)
            if c.lemma_.lower() in REPORTING_CLAUSES
            and not any(s.tag_ in WH_TAGS for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
            for inner in c.children
            if inner.dep_ == "ccomp" and any(s.tag_ in WH_TAGS for s in inner.children if s.dep_ == "nsubj")
        )
        if (
            m.end + 1 < len(doc)
            and doc[m.end].text == ","
            and doc[m.end + 1].lower_ == "who"
            and doc[m.end + 1].dep_ == "nsubj"
            and doc[m.end + 1].head.pos_ == "VERB"
            and doc[m.end + 1].head not in clauses
        ):
            clauses.append(doc[m.end + 1].head)  # the parser hung the clause on a noun before the name
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not _hedged(root.head):
            clauses.append(root.head)  # "X runs Acme", "X will head Acme from May"
        for clause in clauses:
            lemma = clause.lemma_.lower()
            if lemma in DELEGATION_ROLES:
                # "X will join the UK delegation", "who led Japan's delegation": the state's
                found.extend(
                    (state, DELEGATION_ROLES[lemma])
                    for obj in clause.children
                    if obj.dep_ == "dobj" and (state := _delegation_state(obj, out)) is not None
                )
            if lemma in SERVING_VERBS and clause.i != root.head.i:
                # "X, who serves as Morocco's ambassador to Spain": the office the "as" phrase names
                # with its holder; the posting after it is no holder
                for p in clause.children:
                    if p.dep_ != "prep" or p.lower_ != "as":
                        continue
                    for obj in p.children:
                        if (
                            obj.dep_ != "pobj"
                            or obj.tag_ not in ("NN", "NNP")
                            or not self.office.is_office(obj.lemma_)
                        ):
                            continue
                        np = [t for t in obj.subtree if t.i <= obj.i and t.lower_ not in ("the", "a", "an")]
                        _after, complement = self._complement(obj, np, out)
                        as_role, holders = self._role_and_holders(np, out, complement=complement)
                        if as_role is not None and clause.tag_ == "VBD" and not as_role.startswith("former"):
                            as_role = f"former {as_role}"
                        found.extend(
                            (h, as_role)
                            for h in holders
                            if out.entities[h].kind in (Kind.STATE, Kind.ORGANIZATION)
                        )
            setting_up = lemma in ("set", "establish") and (
                lemma != "set" or any(c.lower_ == "up" for c in clause.children)
            )
            if setting_up:
                lemma = "found"  # "X, who set up Acme in 2003", "X established Acme": the body itself
            if lemma not in CLAUSE_ROLES:
                continue
            role = CLAUSE_ROLES[lemma]
            as_role = self._as_role(clause, out)
            if as_role is not None and clause.i != root.head.i:
                as_role = None
            if as_role is not None and role in ("head", "leader", "manager"):
                role = as_role  # "As chief operating officer, X will run Acme"
            if clause.tag_ == "VBD" and role not in ("founder", "owner"):
                role = f"former {role}"  # "who led Labour from 1983 until 1992"
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            if role == "employee":  # "works for X", "works at X"; not "running for the seat of X"
                objects += [
                    o
                    for p in clause.children
                    if p.dep_ == "prep" and p.lower_ in ("for", "at")
                    for o in p.children
                ]
            for obj in objects:
                key = out.token_entity.get(obj.i)
                if key and out.entities[key].kind is Kind.ORGANIZATION:
                    found.append((key, role))  # "who chairs the Ways and Means Committee"
                    continue
                # "who led Care International operations in Iraq", "who chairs the Commons trade
                # committee": the organization owns what the person heads, a part of it.
                if setting_up:
                    continue  # "who set up Acme's website": no office in Acme
                owner = next(
                    (
                        out.token_entity[t.i]
                        for t in obj.lefts
                        if t.dep_ in ("compound", "poss", "nmod")
                        and t.i in out.token_entity
                        and out.entities[out.token_entity[t.i]].kind is Kind.ORGANIZATION
                    ),
                    None,
                )
                if owner is None and role != "employee" and self._state_body_noun(obj):
                    # "X, who heads France's competition authority", "who runs Japan's central
                    # bank": a body of the state the noun phrase names, with no name of its own
                    states = {
                        key
                        for t in obj.lefts
                        if t.dep_ in ("compound", "poss", "amod", "nmod")
                        and (key := out.token_entity.get(t.i)) is not None
                        and out.entities[key].kind is Kind.STATE
                    }
                    owner = next(iter(states)) if len(states) == 1 else None
                text = _phrase(obj, out, (owner,)) if owner is not None else None
                if owner is not None and text is not None and len(text.split()) <= MAX_COMPLEMENT:
                    found.append((owner, f"{role} of {text}"))
        return found

    @staticmethod
    def _works_at(doc: Doc, m: _Mention, out: DocEntities) -> list[str]:
        """An organization a name with no title is placed in by "of" or "at" right after it
        ("said Ian Vole at Goodbody Stockbrokers", "Stuart Hale of the Economist Intelligence
        Unit", "Andrew Beh, of brokers ING,"): the person works there, in no office the text
        names. "at" takes no party ("Blair at the Labour conference") and only a speaker's; a
        one-word name that is no acronym may be a town ("Tony Martin, of Burnley,")."""
        root = doc_span(doc, m.start, m.end).root
        found: list[str] = []
        for child in root.children:
            if child.dep_ != "prep" or child.lower_ not in ("of", "at"):
                continue
            if not (child.i == m.end or (child.i == m.end + 1 and doc[m.end].text == ",")):
                continue
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                keys = [out.token_entity.get(obj.i)] + [
                    out.token_entity.get(c.i) for c in obj.children if c.dep_ in ("appos", "compound")
                ]
                key = next(
                    (k for k in keys if k is not None and out.entities[k].kind is Kind.ORGANIZATION), None
                )
                if key is None or (child.lower_ == "at" and key in out.parties):
                    continue
                label = out.entities[key].label
                if " " not in label and not is_acronym(label):
                    continue  # "Tony Martin, of Burnley,": a one-word name may be a town
                if child.lower_ == "at" and not (root.dep_ == "nsubj" and root.head.lemma_.lower() in SAYING):
                    continue  # "was joined by X at Welling School": a place visited, no employer
                found.append(key)
        return found

    def _state_body_role(self, role: str) -> bool:
        """An office in a state's own body named by a common noun before the title ("the Egyptian
        central bank's deputy governor", "French finance ministry official"): the demonym names
        the body's state, no nationality."""
        words = role.lower().replace("'s", "").split()[:-1]
        return "central bank" in " ".join(words) or any(
            w in self.words.government_bodies or w in REGULATOR_WORDS for w in words
        )

    def _owned_state_body(self, noun: Token, out: DocEntities) -> bool:
        """ "The vice president of Nigeria's central bank, X": a state's own body named by a common
        noun with the state before it, which the name after it is apposed to (by the parser) while
        the office before it is held."""
        owned = self._state_body_noun(noun) or (
            # "Venezuela's state oil company", "Greece's state-owned airline": the state's own firm
            noun.lemma_.lower() in FIRM_NOUNS | {"monopoly", "corporation"}
            and any(c.lower_ in STATE_OWNED for c in noun.lefts)
        )
        return owned and any(
            c.dep_ in ("poss", "amod", "compound", "nmod")
            and (k := out.token_entity.get(c.i)) is not None
            and out.entities[k].kind is Kind.STATE
            for c in noun.children
        )

    def _state_body_noun(self, noun: Token) -> bool:
        """A common noun of a state's own body ("authority", "ministry", "watchdog", a "central
        bank"), not a company's ("firm", "bank")."""
        low = noun.lemma_.lower()
        if low == "bank":
            return any(c.lower_ == "central" for c in noun.lefts)
        return low in self.words.government_bodies or low in REGULATOR_WORDS

    def _as_role(self, verb: Token, out: DocEntities) -> str | None:
        """ "As chief operating officer, X will run Acme": the office an "as" phrase of the verb
        names, when it names no holder of its own."""
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ != "as":
                continue
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                if obj.tag_ != "NN" or not self.office.is_office(obj.lemma_):
                    continue
                np = [t for t in obj.subtree if t.i <= obj.i and t.lower_ not in ("the", "a", "an")]
                if any(t.i in out.token_entity for t in np):
                    return None
                return " ".join(t.lower_ for t in np)
        return None

    @staticmethod
    def _founded_by(doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """ "Tesco was founded by Jack Cohen", "the firm, set up by X": the founder of the
        organization the passive's subject (or the noun it describes) names; the name may follow a
        description or another founder ("set up by army officer and farmer X", "founded by the
        entrepreneur X", "founded by X and Y")."""
        root = doc_span(doc, m.start, m.end).root
        for _ in range(3):
            if root.dep_ not in ("appos", "conj") or root.head.i >= m.start:
                break
            head = root.head
            if head.pos_ not in ("NOUN", "PROPN") or (
                (k := out.token_entity.get(head.i)) is not None and out.entities[k].kind is not Kind.PERSON
            ):
                break  # "founded by Acme and X": a body's conjunct is no founder of its
            root = head
        by = root.head
        verb = by.head
        lemma = verb.lemma_.lower()
        if by.dep_ != "agent" or (lemma not in FOUNDING and lemma not in PASSIVE_ROLES):
            return []
        if lemma == "set" and not any(c.lower_ == "up" for c in verb.children):
            return []
        role = "founder" if lemma in FOUNDING else PASSIVE_ROLES[lemma]
        if lemma not in FOUNDING and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children
        ):
            role = f"former {role}"  # "Acme, which was run by X until 2001"
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl":
            subjects.append(verb.head)  # "Reliance, founded by Dhirubhai Ambani", "Acme, run by X"
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in verb.children):
            subjects.append(verb.head)  # "Acme, which is headed by X"
        found: list[tuple[str, str | None]] = []
        for subject in subjects:
            key = out.token_entity.get(subject.i)
            if key is not None and out.entities[key].kind is Kind.ORGANIZATION:
                found.append((key, role))
            elif lemma in DELEGATION_ROLES and (state := _delegation_state(subject, out)) is not None:
                found.append((state, DELEGATION_ROLES[lemma]))  # "the French delegation, led by X"
        return found

    def _kin_ties(self, doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """A person named by kin: "X, the son of Y" (or "Y's son X") serves, with no office, the
        one state Y serves in the document (Y is returned as an owner, as "Lula's minister X");
        "X, the son of Tesco's founder" is tied to Tesco ("son of the founder")."""
        person = out.token_entity[m.start]
        root = doc_span(doc, m.start, m.end).root
        kins = [
            c
            for c in root.children
            if c.lemma_.lower() in FAMILY
            and ((c.dep_ == "appos" and c.i >= m.end) or (c.dep_ in ("nmod", "compound") and c.i < m.start))
        ]
        found: list[tuple[str, str | None]] = []
        for kin in kins:
            in_law = kin.i + 4 < len(doc) and [t.lower_ for t in doc[kin.i + 1 : kin.i + 5]] == [
                "-",
                "in",
                "-",
                "law",
            ]
            name = kin.lower_ + ("-in-law" if in_law else "")
            relatives = [c for c in kin.children if c.dep_ == "poss"]
            relatives += [
                o for p in kin.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            ]
            for rel in relatives:
                key = out.token_entity.get(rel.i)
                if key is not None:
                    if key != person and out.entities[key].kind is Kind.PERSON:
                        found.append((key, None))  # the relative's state, once known
                    continue
                if not self.office.is_office(rel.text) or rel.lemma_.lower() in FAMILY:
                    continue
                owners = [c for c in rel.children if c.dep_ == "poss"]
                owners += [
                    o for p in rel.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                ]
                for owner in owners:
                    key = out.token_entity.get(owner.i)
                    if key is not None and out.entities[key].kind is Kind.ORGANIZATION:
                        found.append((key, f"{name} of the {rel.lower_}"))  # "son of Tesco's founder"
        return found

    def _predicate_offices(self, doc: Doc, m: _Mention, out: DocEntities) -> list[tuple[str, str | None]]:
        """ "X became foreign secretary", "X was appointed as party chairman", "X's promotion to
        Cabinet Office minister": the office the person takes, holder and role read from its phrase."""
        root = doc_span(doc, m.start, m.end).root
        heads: list[Token] = []
        holding = root.head if root.dep_ == "nsubj" else None
        if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.i < root.i:
            holding = root.head.head  # "her sister Jo Vole is the chief executive of Acme"
        if (
            holding is None
            and m.end < len(doc)
            and doc[m.end].dep_ == "ROOT"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in doc[m.end].children)
        ):
            # "... a key Blair lieutenant his brother Ed is a special adviser to X": the parser
            # left the verb right after the name with no subject; the name is its subject
            holding = doc[m.end]
        copula = holding is not None and holding.lemma_.lower() in HOLDING_VERBS and not _hedged(holding)
        if (
            holding is not None
            and holding.lower_ in TITLE_PARTICIPLES
            and holding.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in holding.children)
            and not _hedged(holding)
        ):
            # "X has been managing director and chief executive of Acme", "X is acting chairman":
            # the parser made the title's participle the verb and its noun the object
            copula = True
            heads.extend(c for c in holding.children if c.dep_ == "dobj" and c.i == holding.i + 1)
            if holding.dep_ in ("compound", "amod") and holding.head.i == holding.i + 1:
                heads.append(holding.head)  # or the title's noun heads the sentence
        if copula and holding is not None:
            # "X is the chief executive of Acme", "X will be Acme's most senior executive",
            # "X remains chairman of Acme"; not "X is not ...", "X could be ..."
            heads.extend(c for c in holding.children if c.dep_ == "attr")
        past: set[int] = set()  # heads of a relative clause in the past: "who was chairman of Acme"
        for clause in root.children:
            # "X, who is chairman of Acme, said": the relative clause's predicate
            if (
                clause.dep_ == "relcl"
                and clause.lemma_.lower() in HOLDING_VERBS
                and not _hedged(clause)
                and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)
            ):
                copula = True
                heads.extend(c for c in clause.children if c.dep_ == "attr")
                # "X, who will remain as chief executive of Acme"
                heads.extend(
                    o
                    for p in clause.children
                    if p.dep_ == "prep" and p.lower_ == "as"
                    for o in p.children
                    if o.dep_ == "pobj"
                )
                past.update(c.i for c in clause.children if c.dep_ == "attr" and clause.tag_ == "VBD")
        verbs = (
            [root.head]
            if root.dep_ in ("nsubj", "nsubjpass")
            and root.head.lemma_.lower() in TAKING_VERBS
            and not _hedged(root.head)  # "X may be named as ...", "X was not appointed as ..."
            else []
        )
        verbs.extend(
            # "X, who became a UK trade minister in 1990": the relative clause's office
            clause
            for clause in root.children
            if clause.dep_ == "relcl"
            and clause.lemma_.lower() in TAKING_VERBS
            and not _hedged(clause)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in clause.children)
        )
        # the office an "as" phrase gives the person, whatever the verb: "appointed X as chief of
        # Ghana's defence staff", "X was sworn in as Kenya's health minister", "X took over as ..."
        as_verbs = self._as_office_verbs(root)
        as_heads = {
            o.i
            for verb in as_verbs
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ == "pobj"
        }
        # "X resigned as ...", "X served as ... until 2003": an office held before
        leaving = {
            o.i
            for verb in as_verbs
            if verb.lemma_.lower() in LEAVING_VERBS
            or (verb.lemma_.lower() in SERVING_VERBS and verb.tag_ == "VBD")
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
        }
        heads.extend(doc[i] for i in sorted(as_heads))
        for verb in verbs:
            heads.extend(c for c in verb.children if c.dep_ in ("attr", "oprd"))
            heads.extend(
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in ("as", "to")
                for o in p.children
                if o.dep_ == "pobj"
            )
        taking = []
        if root.dep_ == "poss" and root.head.lemma_.lower() in TAKING_NOUNS:
            taking.append(root.head)
        sent = out.sentence(doc, m.start)
        people = {
            key
            for i in range(sent.start, sent.end)
            if (key := out.token_entity.get(i)) is not None and out.entities[key].kind is Kind.PERSON
        }
        if len(people) == 1:
            # "X's rise continues with his promotion to Cabinet Office minister": the one person
            # the sentence names before the pronoun
            taking.extend(
                t
                for t in doc_span(doc, m.end, sent.end)
                if t.lemma_.lower() in TAKING_NOUNS
                and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children)
            )
        heads.extend(
            o
            for noun in taking
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("as", "to")
            for o in p.children
            if o.dep_ == "pobj"
        )
        # "has been managing director and chief executive of Metrojaya": each coordinated office
        heads.extend(
            c for h in list(heads) for c in h.children if c.dep_ == "conj" and c.tag_ in ("NN", "NNP")
        )
        found: list[tuple[str, str | None]] = []
        for head in {h.i: h for h in heads}.values():
            if head.tag_ in ("NNS", "NNPS") or not (
                self.office.is_office(head.lemma_) or self.office.is_office(head.text)
            ):
                continue
            # "became a minister": no office named whose ("is a director of Acme" names it); "became a
            # UK disability minister" names the state
            indefinite = not copula and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
            )
            if head.lower_ in STYLES:
                continue  # "when Charles becomes king": a royal succession, no office held for anyone
            np = [t for t in head.subtree if t.i <= head.i and t.lower_ not in ("the", "a", "an")]
            np = _without_based(doc, np)  # "Acme's Japan-based executive": a place, no holder
            record = any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in np)
            if record and not copula:
                continue  # "became the youngest premier", "the first woman speaker": a record, no post taken
            if copula:
                after, complement = self._complement(head, np, out)
                role, holders = self._role_and_holders(np, out, complement=complement)
                holders = self._employer_for_state(role, holders, out, after)
                if not holders or role is None:
                    continue  # "X is the chairman": whose, the copula does not say
                if record:
                    # "X will be Acme's most senior executive": a member of the company's staff,
                    # never a record held for a state ("the youngest minister")
                    holders = [h for h in holders if out.entities[h].kind is Kind.ORGANIZATION]
                    role = head.lemma_.lower()
            else:
                if head.i in as_heads:
                    # "as chief of Ghana's defence staff": the holder the office's "of" phrase names
                    after, complement = self._complement(head, np, out)
                    role, holders = self._role_and_holders(np, out, complement=complement)
                    holders = self._employer_for_state(role, holders, out, after)
                    if any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in head.subtree):
                        # "Canada named X as its trade commissioner", "Acme hired X as head of its
                        # Kenyan unit": the subject's office, never a state the phrase names
                        holders = self._its_holder(head, out)
                else:
                    role, holders = self._role_and_holders(np, out)
                if indefinite and not any(
                    out.entities[h].kind in (Kind.STATE, Kind.ORGANIZATION) and h not in out.parties
                    for h in holders
                ):
                    continue
            if role is None:
                continue
            if (head.i in past or head.i in leaving) and not role.startswith("former"):
                role = f"former {role}"
            found.extend((h, role) for h in holders)
            if not holders:
                found.append(("", role))
        return found

    @staticmethod
    def _as_office_verbs(root: Token) -> list[Token]:
        """The verbs whose "as" phrase says what office the person holds, takes or leaves: the
        person the object or the passive subject of a verb of appointing ("named X as", "X was
        sworn in as"), or the subject of a verb with no object ("X took over as", "X stepped down
        as", "X, who served as"); never a verb of judging or seeming ("X was seen as", "branded X
        as"), whose "as" phrase is an opinion, nor one negated or hedged."""
        verbs: list[Token] = []
        candidates = [(root.dep_, root.head)]
        candidates.extend(
            (next(c.dep_ for c in clause.children if c.lower_ in ("who", "that")), clause)
            for clause in root.children
            if clause.dep_ == "relcl"
            and clause.lemma_.lower() not in SERVING_VERBS  # "who serves as": the clause's own rule
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in clause.children)
        )
        for dep, verb in candidates:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or _hedged(verb) or lemma in POSING_VERBS:
                continue
            if dep in ("dobj", "nsubjpass"):
                if lemma in APPOINTING or lemma in INSTALLING_VERBS or lemma in LEAVING_VERBS:
                    verbs.append(verb)
            elif dep == "nsubj" and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
                verbs.append(verb)
        return verbs

    @staticmethod
    def _its_holder(head: Token, out: DocEntities) -> list[str]:
        """ "Canada has named X as its new trade commissioner": the state or body "its" or "their"
        points back at, the one subject of the verb the "as" phrase hangs on."""
        verb = head.head.head if head.head.lower_ == "as" else None
        if verb is None:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return []
        subject = subjects[0]
        key = out.token_entity.get(subject.i)
        if key is None and subject.lemma_.lower() in OWN_POSSESSORS:
            # "The Kenyan government appointed X as its envoy": the one state the subject names
            states = {
                k
                for c in subject.children
                if c.dep_ in ("amod", "compound", "poss")
                and (k := out.token_entity.get(c.i)) is not None
                and out.entities[k].kind is Kind.STATE
            }
            key = next(iter(states)) if len(states) == 1 else None
        if key is None or out.entities[key].kind not in (Kind.STATE, Kind.ORGANIZATION):
            return []
        return [key]

    @staticmethod
    def _owner_inside(obj: Token, out: DocEntities) -> str | None:
        """ "vice president of Toyota's US sales arm": the organization owning the object, else
        the state; a company's office goes to the company."""
        # not inside a clause on the object ("of Highland Gold - a firm that has the motto
        # 'Bringing Russia's Gold to Market'"): what it names owns nothing of the office; an
        # apposition may ("of oil analysts Douglas-Westwood")
        stack = [c for c in obj.children if c.dep_ not in CLAUSE_DEPS]
        inside: list[tuple[int, str]] = []
        while stack:
            t = stack.pop()
            if t.i in out.token_entity:
                inside.append((t.i, out.token_entity[t.i]))
            stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
        found = [key for _i, key in sorted(inside)]
        for kind in (Kind.ORGANIZATION, Kind.STATE):
            for key in found:
                if out.entities[key].kind is kind:
                    return key
        return None

    @staticmethod
    def _named_holder(i: int, out: DocEntities) -> bool:
        """Token ``i`` names a state or organization: a holder however the parser attached it
        ("Lib Dem home affairs spokesman X" with "Dem" parsed as a conjunct of an earlier name)."""
        key = out.token_entity.get(i)
        return key is not None and out.entities[key].kind in (Kind.STATE, Kind.ORGANIZATION)

    def _government_body(self, key: str, out: DocEntities) -> bool:
        """A state's own body ("Defence Ministry", "Foreign Office"), not a party or a company."""
        entity = out.entities[key]
        return (
            entity.kind is Kind.ORGANIZATION
            and key not in out.parties
            and self._government_name(entity.label)
        )

    def _government_name(self, label: str) -> bool:
        """A name headed by a word of a state's own bodies ("Foreign Office", "National Bureau of
        Statistics", "Ministry of Defence"); not one with a word of a body acting for itself
        ("Confederation of British Industry", "National Union of Students")."""
        words = label.lower().split()
        if not words:
            return False
        if words[-1] in self.words.government_bodies:
            return True  # as before: "Defence Ministry", "Refugee Council" (named by its last word)
        head = body_head(label)
        # the words up to the head say what the body is ("National Bank Office" is a bank's),
        # the field after "of" may be any ("Department of Trade and Industry"); a council or a
        # court "of X" is as often a trade body's or a supranational one ("Council of Mortgage
        # Lenders", "European Court of Human Rights")
        return (
            head in DEPARTMENT_HEADS
            and words[0] not in SUPRANATIONAL
            and not self.words.non_government.intersection(words[: words.index(head) + 1])
        )

    def _in_portfolio_list(self, doc: Doc, start: int) -> bool:
        """A name inside a list of fields after "Minister for" / "Secretary of State for": right
        after a comma, before "and", opening with no first name of a known gender, with only
        capitalised words, commas and "and" back to the "for"."""
        if start == 0 or doc[start - 1].text != "," or first_names().get(doc[start].lower_) in ("M", "F"):
            return False
        end = start
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if end >= len(doc) or doc[end].lower_ != "and":
            return False
        k = start - 1
        while k > 0 and (doc[k].text in (",", "and") or (doc[k].is_alpha and doc[k].text[:1].isupper())):
            k -= 1
        return doc[k].lower_ == "for" and k > 0 and _office_word(self.office, doc[k - 1].text)

    def _title_before_complement(self, doc: Doc, last: int, first: int) -> int | None:
        """Where the office word of a title ending at ``last`` is: ``last`` itself ("Labour MP"),
        or the head of a short "for"/"of" complement the title ends with ("commissioner for human
        rights", "minister of state"), read up the parse within ``first``..``last``."""
        if _office_word(self.office, doc[last].text):
            return last
        tok = doc[last]
        for _ in range(MAX_COMPLEMENT):
            head = tok.head
            if head.i >= tok.i or head.i < first or tok.dep_ not in ("pobj", "prep", "amod", "compound"):
                return None
            if tok.dep_ == "prep" and tok.lower_ in ("for", "of") and _office_word(self.office, head.text):
                return head.i if last - head.i <= MAX_COMPLEMENT else None
            tok = head
        return None

    def _left_title(self, doc: Doc, last: int, first: int, out: DocEntities) -> list[Token]:
        """The words of the first of two titles joined by "and" before a name, ending with the
        office word at ``last`` ("Veteran Labour MP" in "Veteran Labour MP and former Cabinet
        minister X"): capitalised words, rank words, holders' names, back to the phrase's start."""
        words: list[Token] = []
        k = last
        while k >= first:
            tok = doc[k]
            owner = out.token_entity.get(k)
            if owner is not None and out.entities[owner].kind is Kind.PERSON:
                break
            if (
                not tok.is_alpha
                or tok.lower_ in ARTICLES
                or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ")
            ):
                break
            if not (
                tok.text[:1].isupper() or tok.lower_ in RANK_WORDS or _office_word(self.office, tok.text)
            ):
                break
            words.append(tok)
            k -= 1
        words.reverse()
        return words if len(words) <= 6 else []

    def _employer_for_state(
        self, role: str | None, holders: list[str], out: DocEntities, after: list[str] | None = None
    ) -> list[str]:
        """The holders of an office whose complement names a company: "X, UK economist at RBS",
        "Y, European analyst at Acme": the company employs them, the state before the title is
        the market they cover or their own, no holder of the office (the callers keep it as an
        affiliation with no role, as "UK entrepreneur X"). Not an office of a state ("US ambassador at the
        UN"), nor a party's or a state body's or an international body's. ``after``: the holders
        the complement names ("of Volvo's German subsidiary": Volvo, and Germany), kept."""
        extra = [h for h in after or () if h not in holders]
        if role is None or self.office.serves_a_state(role_core(role)) or _diplomatic(role):
            return holders + extra
        employers = [
            h
            for h in holders + extra
            if out.entities[h].kind is Kind.ORGANIZATION
            and h not in out.parties
            and not self._government_body(h, out)
            and not (
                (known := organizations().get(out.entities[h].label)) is not None and known.sector == IGO
            )
        ]
        if not employers:
            return holders + extra
        return [h for h in holders if out.entities[h].kind is not Kind.STATE] + extra

    def _role_and_holders(
        self,
        words: Iterable[Token],
        out: DocEntities,
        extra_titles: list[str] | None = None,
        complement: str | None = None,
    ) -> tuple[str | None, list[str]]:
        """Split a noun phrase's words into the office ("defense minister") and the holders
        (states, orgs); ``complement`` ("of campaign strategy") ends the role."""
        holders: list[str] = []
        role_words: list[str] = []
        demonyms: set[str] = set()  # states named only by an adjective ("Australian")
        named: set[str] = set()  # states named by a name ("Australia's")
        glue = False  # the word before ended with a hyphen ("e-commerce")
        places: list[tuple[str, int]] = []  # (location key, index in role_words) of a place's words
        bodies: dict[str, int] = {}  # organization key -> index in role_words where its name stood
        doc: Doc | None = None
        for tok in words:
            doc = tok.doc
            if (
                tok.text in HYPHENS
                and not tok.whitespace_
                and role_words
                and tok.i > 0
                and not tok.doc[tok.i - 1].whitespace_
                and tok.doc[tok.i - 1].lower_ not in ("ex", *RANK_WORDS)  # "ex-minister", "vice-chairman"
            ):
                role_words[-1] += tok.text
                glue = True
                continue
            if glue and role_words:
                role_words[-1] += tok.lower_
                glue = False
                continue
            owner = out.token_entity.get(tok.i)
            if owner is None and tok.i in self._portfolio_words and tok.doc is self._read:
                role_words.append(tok.lower_)  # "Saudi Labour Minister X": the field, no party
                continue
            if (
                owner is not None
                and out.entities[owner].kind is Kind.ORGANIZATION
                and all(self.office.is_portfolio(w) for w in out.entities[owner].label.split())
            ):
                owner = None  # "Lifelong Learning Minister X": a field taken for a body's name
            if (
                owner is not None
                and out.entities[owner].kind is Kind.ORGANIZATION
                and out.token_entity.get(tok.i + 1) != owner
                and tok.i + 1 < len(tok.doc)
                and tok.doc[tok.i + 1].lower_ in FORCE_WORDS
                and not any(
                    w.lower() in self.words.organization_words for w in out.entities[owner].label.split()
                )
            ):
                # "Norfolk police chief X": the county's force, not the county, holds the office
                role_words.extend(w.lower() for w in out.entities[owner].label.split())
                continue
            if (
                owner is None
                and tok.pos_ == "PROPN"
                and tok.is_title
                and not _office_word(self.office, tok.text)
                and not self.office.is_portfolio(tok.text)
                and (next_owner := out.token_entity.get(tok.i + 1)) is not None
                and out.entities[next_owner].kind is Kind.ORGANIZATION
                and (
                    out.entities[next_owner].label.startswith(tok.text + " ")  # the name the key holds
                    or any(
                        e.label == f"{tok.text} {out.entities[next_owner].label}"
                        for e in out.entities.values()
                    )
                )
            ):
                # "Balfour Beatty managers X" with "Beatty" alone tagged here, the document naming
                # Balfour Beatty elsewhere: the name's first word; not "Senior Labour MP X"
                continue
            if owner is not None and out.entities[owner].kind in (Kind.STATE, Kind.ORGANIZATION):
                if any(self.office.is_office(w) for w in role_words) and role_words[-1] != "chief":
                    # "Committee chairman Labour MP X": the title before was another; not "former
                    # chief UN weapons inspector X"
                    role_words = []
                    bodies.clear()
                elif (
                    out.entities[owner].kind is Kind.ORGANIZATION
                    and owner not in out.parties
                    and not self._government_body(owner, out)
                ):
                    # "US retailer Kmart's former chief executive", "oil firm Yukos chairman": the
                    # words before a company's name describe the company, no part of the office
                    # ("former chief UN weapons inspector": a title's own words stay)
                    kept = [
                        w for w in role_words if w in RANK_WORDS or w == "senior" or self.office.is_office(w)
                    ]
                    if kept != role_words:
                        role_words = kept
                        bodies.clear()  # the positions of bodies named before moved
                if owner not in holders:
                    holders.append(owner)
                if out.entities[owner].kind is Kind.ORGANIZATION and owner not in out.parties:
                    bodies.setdefault(owner, len(role_words))
                if out.entities[owner].kind is Kind.STATE:
                    by_adjective = (
                        self.table.demonym(tok.text) is not None and self.table.lookup(tok.text) is None
                    )
                    (demonyms if by_adjective else named).add(owner)
                continue
            if owner is not None and out.entities[owner].kind is Kind.PERSON:
                if owner not in holders:
                    holders.append(owner)  # "Lula's foreign minister": the owner's state, decided later
                continue
            if owner is not None and out.entities[owner].kind is Kind.LOCATION and tok.is_alpha:
                last = tok.i
                while out.token_entity.get(last + 1) == owner:
                    last += 1
                if last + 1 < len(tok.doc) and tok.doc[last + 1].lower_ in POSSESSIVE:
                    if (owner, -1) not in places:
                        places.append((owner, -1))  # "London's Labour mayor X": the city's, if civic
                    continue  # "Scotland's only Conservative MP": where, no part of the title
                role_words.append(tok.lower_)  # "Wales Secretary X", "London mayor Y": the place's office
                places.append((owner, len(role_words) - 1))
                continue
            if _possessor_noun(tok):
                # "the agency's chief executive X": the body the noun names holds the office, when
                # the document names one body of that head word; the noun is no word of the office
                bodies_named = [
                    key
                    for key, e in out.entities.items()
                    if e.kind is Kind.ORGANIZATION
                    and key not in out.parties
                    and e.label.split()[-1].lower() in (tok.lower_, tok.lemma_.lower())
                ]
                if len(bodies_named) == 1 and bodies_named[0] not in holders:
                    holders.append(bodies_named[0])
                continue
            if (
                tok.lower_ in COUNTRY_NOUNS
                and tok.i + 1 < len(tok.doc)
                and tok.doc[tok.i + 1].lower_ in POSSESSIVE
            ):
                continue  # "the country's president": its owner, read by the title's rules; no office word
            if tok.lower_ in POSSESSIVE and any(self.office.is_office(w) for w in role_words):
                role_words = []  # "the Tory leader's chief of staff X": the title before is the owner's
                bodies.clear()
                continue
            if tok.lower_ in POSSESSIVE or tok.is_punct:
                continue
            if (
                tok.lower_.rstrip(".") in HONORIFICS
                and (owner_next := out.token_entity.get(tok.i + 1)) is not None
                and out.entities[owner_next].kind is Kind.PERSON
            ):
                continue  # "Mr Kennedy's chief of staff": the owner's honorific; not "Lord Chancellor"
            if tok.lower_ == "ex":
                role_words.append("former")  # "ex-minister"
                continue
            if tok.ent_type_ in ("DATE", "TIME") and tok.text[:1].isupper() and not role_words:
                continue  # "On Monday school inspection chief X": when, no word of the office
            if tok.text[:1].isdigit() and not role_words:
                continue  # "BBC News 24 political correspondent X": the end of the holder's name
            if tok.lower_ not in RANK_WORDS and (
                tok.pos_ in ("ADV", "DET", "PRON") or tok.lower_ in ROLE_NOISE
            ):
                continue  # "now foreign secretary", "his party leader", "both culture secretary"
            if (full := self.office.rank(tok.text) or self.office.rank(tok.text + ".")) is not None:
                role_words.append(full)  # "Col." -> colonel
                continue
            if (
                tok.ent_type_ in ("NORP", "GPE")
                and tok.ent_iob_ != "O"
                and not self.office.is_portfolio(tok.text)
            ):
                if out.token_entity.get(tok.i + 1) in out.parties:
                    role_words.append(
                        tok.lower_
                    )  # "Scottish Conservative leader X": the party's Scottish leader
                continue  # an unknown demonym or place ("Korean") is no part of an office
            if self.parties.lookup(tok.text) is not None:
                continue  # a party's name the mentions missed is its holder, no word of its office
            if (
                len(tok.text) > 1
                and tok.text.isupper()
                and tok.is_alpha
                and not _office_word(self.office, tok.text)
                and not self.office.is_portfolio(tok.text)
            ):
                continue  # "NAO head": a body's acronym the model did not tag is no part of the office
            if tok.tag_ in ("JJS", "RBS") and not self.office.is_office(tok.lower_):
                continue  # "Britain's youngest MP X", "the longest serving minister Y": a description
            role_words.append(tok.text.lower())
        if len(role_words) > 1:
            # "high-profile Labour MP X", "long-serving minister Y": how the holder is described
            role_words = [
                w
                for i, w in enumerate(role_words)
                if i == len(role_words) - 1
                or "-" not in w
                or w.rsplit("-", 1)[-1] not in DESCRIPTIVE_COMPOUND_ENDS
            ]
        for title in extra_titles or []:
            if self.office.rank(title) is None and title.lower() in self.office.honorifics:
                continue  # "Professor Rothwell": a form of address, no office held for anyone
            word = self.office.rank(title) or title.lower()
            if self.office.is_office(word) and word not in role_words:
                role_words.append(word)
        if (
            role_words
            and not self.office.is_office(role_words[-1])
            and (one := _plural_office(self.office, role_words[-1])) is not None
        ):
            role_words[-1] = one  # "Tory hopefuls X and Y", "Labour MPs X and Y": each one
        # "UK entrepreneur X", "US billionaire Y": a state before a private person's noun is where
        # they come from or trade, no office; "DPRK's Kim Jong Un" (no noun) still affiliates
        private = (
            bool(role_words)
            and not self.office.is_office(role_words[-1].split("-")[-1])
            and (role_words[-1] in self.words.private_persons or role_words[-1] in self.words.descriptors)
        )
        while role_words and not self.office.is_office(role_words[-1].split("-")[-1]):
            role_words.pop()  # ... "secretary-general" ends with an office word
        while (
            len(role_words) > 1
            and role_words[-1] in STYLES
            and any(self.office.is_office(w) for w in role_words[:-1])
        ):
            role_words.pop()  # "Foreign Minister Prince Faisal": the prince's style, not his office
        while (
            len(role_words) > 1
            and role_words[-1] in MILITARY_RANKS
            and any(self.office.is_office(w) and w not in MILITARY_RANKS for w in role_words[:-1])
        ):
            role_words.pop()  # "former British Commander Colonel X": the post, not the rank after it
        while role_words and role_words[0] in ("and", "&"):
            role_words.pop(0)  # "Culture, Media and Sport Secretary" read from "and" on
        if len(role_words) > 1 and role_words[0] == "counterpart":
            role_words.pop(0)  # "Chinese counterpart Minister X": the minister
        if role_words in (["counterpart"], ["opposite", "number"]):
            role_words = []  # "his Spanish counterpart X": the same office as another's, unnamed here
            demonyms.clear()  # ... and of the state the adjective names
        if len(role_words) == 1 and role_words[0] in self.office.honorifics and not holders:
            role_words = []  # "Professor Rothwell": a form of address, no office held for anyone
        civic = list(dict.fromkeys(key for key, at in places if at < len(role_words)))
        if civic and role_words and role_words[-1] in CIVIC_OFFICES and len(set(civic)) == 1:
            # "London mayor X", "former Texas governor Y": the city's or region's own office,
            # held for the place, never for a party named with it ("Labour's London mayor")
            spots = {at for _key, at in places if at >= 0}
            role_words = [w for i, w in enumerate(role_words) if i not in spots]
            holders = [civic[0]] + [
                h
                for h in holders
                if h != civic[0] and h not in out.parties and out.entities[h].kind is not Kind.STATE
            ]
        elif (
            civic
            and len(civic) == 1
            and role_words
            and role_words[-1] in NATIONAL_LEGISLATORS
            and "state" not in role_words  # "Texas state senator X": the region's own house
            and (state := out.part_of.get(civic[0])) is not None
            and state.startswith("state:")
            and not any(out.entities[h].kind is Kind.STATE for h in holders)
        ):
            # "New York Senator X", "Texas congressman Y": a seat in the state's national house,
            # elected for one of its regions; the place is where, the state the holder
            spots = {at for _key, at in places if at >= 0}
            role_words = [w for i, w in enumerate(role_words) if i not in spots]
            holders.append(state)
        role = " ".join(role_words) or None
        if role is not None and complement:
            role = f"{role} {complement}"
        # "Australian Lynton Crosby", "the Australian strategist": a nationality, no office;
        # "Italian finance minister" serves the state.
        adjective_only = demonyms - named
        if adjective_only and not (
            role and (self.office.serves_a_state(role_core(role)) or self._state_body_role(role))
        ):
            holders = [h for h in holders if h not in adjective_only]
        if role is None:
            # "DPRK's Kim Jong Un", "Tory Dominic Grieve": a state or party modifier alone still
            # affiliates, without an office.
            holders = [
                h for h in holders if (out.entities[h].kind is Kind.STATE and not private) or h in out.parties
            ]
        elif any(out.entities[h].kind is not Kind.PERSON for h in holders):
            holders = [h for h in holders if out.entities[h].kind is not Kind.PERSON]
        organizations = [h for h in holders if out.entities[h].kind is Kind.ORGANIZATION]
        if role is not None and len(organizations) > 1:
            if any(h in out.parties for h in organizations):
                # "Lib Dem Treasury spokesman X": the party's, shadowing the body; the body's name
                # stays in the office ("Tory Home Office spokesman", "SNP Holyrood leader": the
                # party's leader in the Scottish Parliament, not its leader)
                shadowed = sorted(
                    ((at, h) for h, at in bodies.items() if h not in out.parties and at < len(role_words)),
                    reverse=True,
                )
                for at, h in shadowed:
                    role_words[at:at] = out.entities[h].label.lower().split()
                if shadowed:
                    role = " ".join(role_words) + (f" {complement}" if complement else "")
                holders = [
                    h for h in holders if h in out.parties or out.entities[h].kind is not Kind.ORGANIZATION
                ]
            else:
                # "Holyrood's Chamber Office chief X": the office is the nearer body's
                holders = [
                    h
                    for h in holders
                    if out.entities[h].kind is not Kind.ORGANIZATION or h == organizations[-1]
                ]
        if role is not None and any(
            out.entities[h].kind is Kind.ORGANIZATION
            and h not in out.parties
            and not self._government_body(h, out)
            for h in holders
        ):
            # "KPMG's UK head of tax", "US carmaker Ford's chief": a company's office is the
            # company's; the state is its market or its home (part_of), not the person's holder.
            holders = [h for h in holders if out.entities[h].kind is not Kind.STATE]
        if (
            role is not None
            and _government_office(role)
            and not any(
                out.entities[h].kind is not Kind.ORGANIZATION or h not in out.parties for h in holders
            )
        ):
            # "ex-Tory education secretary X", "Labour minister Y": a party's minister held the
            # office in its state's government; the state holds it too, the party stays X's side
            states = [
                s
                for h in holders
                if (s := out.part_of.get(h)) is not None
                and s.startswith("state:")
                # "Scottish National Party justice minister X": a devolved party's, no state's
                and out.entities[h].label.lower().split()[0] not in self.words.devolved
            ]
            if states and not (doc is not None and _devolved_office(role) and self._devolved(doc, out)):
                holders.extend(dict.fromkeys(s for s in states if s not in holders))
        return role, holders

    def _org_state(self, doc: Doc, article: Article, m: _Mention, out: DocEntities) -> None:
        """An organization introduced by a state ("South Korea's Foreign Ministry") is part of it;
        an international body is part of none ("Russia's UN ambassador": the ambassador is
        Russia's, the UN is not)."""
        org = out.token_entity[m.start]
        known = organizations().get(out.entities[org].label)
        if known is not None and known.sector == IGO:
            return
        j = m.start - 1
        # "South Korea's Foreign Ministry", "North Korea's official KCNA news agency"
        while j >= 0 and (
            doc[j].lower_ in POSSESSIVE or doc[j].is_space or (doc[j].pos_ == "ADJ" and doc[j].is_lower)
        ):
            j -= 1
        nouns = self.office.company_nouns | self.words.described_companies | DESCRIBED_ORGANIZATIONS
        described_by_noun = False
        tagged_adjective = j < m.start - 1 and doc[m.start - 1].is_lower and doc[m.start - 1].lower_ in nouns
        if tagged_adjective:
            j = m.start - 1  # "Swiss food and drink giant Nestle": "giant" tagged an adjective
        # "US car firms General Motors", "Britain's biggest union Unison": a plural or another
        # body's noun describes the name as well
        if (
            j == m.start - 1
            and j > 0
            and doc[j].is_lower
            and (doc[j].lower_ in nouns or doc[j].lemma_ in nouns)
        ):
            # "Russian energy giant Gazprom", "US retail giant Wal-Mart", "the Indian firm Alstom",
            # "Russian oil and gas company Yukos": a state before the company's description
            k = j - 1
            while (
                k > j - 5
                and k >= 0
                and (doc[k].is_lower or doc[k].text == "-")
                and doc[k].pos_ != "ADP"
                # "officials met the giant Lukoil": the description is the company's own words only
                and not (
                    tagged_adjective and (doc[k].pos_ in ("DET", "AUX", "PRON") or doc[k].dep_ == "ROOT")
                )
            ):
                k -= 1
            described = out.token_entity.get(k) if k >= 0 else None
            if described is not None and _state_or_place(described, out) is not None:
                j, described_by_noun = k, True
        if m.start >= 3 and doc[m.start - 1].lower_ == "based" and doc[m.start - 2].text in HYPHENS:
            j = m.start - 3  # "Moscow-based Sibneft"
        elif (based := _based_before(doc, m.start)) is not None and based in out.token_entity:
            j = based  # "Munich-based research institute Ifo", "Milan-based fashion house Vetra"
        owner = out.token_entity.get(j) if j >= 0 else None
        if (
            owner is not None
            and j + 1 < m.start
            and doc[j + 1].lower_ in POSSESSIVE
            and out.entities[owner].kind is Kind.ORGANIZATION
            and self._government_body(org, out)
            and (self._government_body(owner, out) or bodies().lookup(out.entities[owner].label) is not None)
        ):
            # "the Pentagon's Project and Contract Office", "the Home Office's Border Agency": a
            # state body's own office is its state's, as the body is (once the body has a state)
            owner = out.part_of.get(owner)
        if owner is not None and doc[j + 1 : m.start].text.lower().startswith("-based"):
            owner = _state_or_place(owner, out)  # "Moscow-based Sibneft"
        elif owner is not None and out.entities[owner].kind is Kind.LOCATION and described_by_noun:
            owner = out.part_of.get(owner)  # "Moscow-based oil firm Sibneft", "London oil firm X"
        if owner is None:
            owner = self._appositive_state(doc, m, out)  # "Gazprom, the Russian gas monopoly"
        if owner is None:
            owner = self._conjunct_state(doc, m, out)  # "US car firms GM and Ford"
        if owner is None:
            owner = self._other_kind_state(doc, m, out)  # "Toyota and other Japanese carmakers"
        if owner is None:
            owner = _of_state_after(doc, m, out)  # "General Motors of the US is to pay Fiat"
        if owner is None or out.entities[owner].kind is not Kind.STATE:
            owner = None
            # "the German Foreign Ministry": the demonym is inside the organization's own name.
            for n in (2, 1):
                opening = span_text(doc, m.start, m.start + n)
                # "India Petrochemicals Limited", "Japan Airlines": a state's name opens it too
                state = (
                    (self.table.demonym(opening) or self.table.lookup(opening))
                    if m.end - m.start > n
                    else None
                )
                if state is None and m.end - m.start > n and len(two := self.table.candidates(opening)) > 1:
                    # "Korean Development Bank": of two states, the one the document names apart
                    # (rare forms: the scan of the document's names runs only for them)
                    state = self._named_apart(doc, m.start, opening, two)
                if state is not None:
                    owner = self._state_entity(out, state)
                    break
            # "Centre of Indian Trade Unions", "Confederation of British Industry"
            of_demonym = [
                state
                for i in range(m.start + 1, m.end - 2)
                if doc[i].lower_ == "of" and (state := self.table.demonym(doc[i + 1].text)) is not None
            ]
            if owner is None and of_demonym:
                owner = self._state_entity(out, of_demonym[0])
            # "Commonwealth Bank of Australia", "the Reserve Bank of India": a state ends a bank's
            # or a company's name (a council "of Britain" may be a community's, no state's body)
            ofs = [i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ == "of"]
            if (
                owner is None
                and ofs
                and doc[ofs[-1] - 1].lower_ in self.office.company_nouns | self.words.described_companies
                and (state := self.table.lookup(doc[ofs[-1] + 1 : m.end].text)) is not None
            ):
                owner = self._state_entity(out, state)
        if owner is None and (body := bodies().lookup(out.entities[org].label)) is not None:
            owner = self._state_entity(out, self.table.get(body.iso3))  # "the Pentagon", "the Bundestag"
        if owner is None and (home := groups().state(out.entities[org].label)) is not None:
            owner = self._state_entity(out, self.table.get(home))  # "Hezbollah", "the Taliban"
        if owner is None and (placed := _place_in_name(doc_span(doc, m.start, m.end))) is not None:
            owner = self._state_entity(out, placed)  # "Baghdad University", "the University of Tehran"
        if owner is None and (
            doc[m.end - 1].lemma_.lower() in self.words.government_bodies
            # "the National Bureau of Statistics", "the Ministry of Defence"
            or self._government_name(out.entities[org].label)
        ):
            # "the State Department urged ...", "its Foreign Office": a state's body, named bare;
            # "its" points back to the state the text was just about.
            if m.start > 0 and doc[m.start - 1].lower_ in ("its", "their"):
                owner = self._previous_subject_state(doc, m, out)
            elif self._igo_possessed(doc, m, out):
                pass  # "the IMF's European Department": an international body's department, no state's
            elif not _claimed(org, out):  # whose body it is, resolution decides
                out.claims.append(ClaimFact(org, None, _evidence(article, out.sentence(doc, m.start))))
        if owner is not None and out.entities[owner].kind is Kind.STATE and owner != org:
            out.part_of.setdefault(org, owner)
            out.relations.append(
                RelationFact(org, owner, Relation.PART_OF, _evidence(article, out.sentence(doc, m.start)))
            )

    def _conjunct_state(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The state of the organizations a plural description introduces, for a name coordinated
        with the first ("US car firms GM and Ford", "the Japanese carmakers Toyota, Nissan and
        Honda"): the first name's state when a plural company noun stands right before it."""
        first = doc_span(doc, m.start, m.end).root
        if first.dep_ != "conj":
            return None
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        key = out.token_entity.get(first.i)
        if key is None or out.entities[key].kind is not Kind.ORGANIZATION:
            return None
        start = first.i
        while start > 0 and out.token_entity.get(start - 1) == key:
            start -= 1
        noun = doc[start - 1] if start > 0 else None
        if noun is None or noun.tag_ != "NNS" or not noun.is_lower:
            return None
        if (
            noun.lemma_
            not in self.office.company_nouns | self.words.described_companies | DESCRIBED_ORGANIZATIONS
        ):
            return None
        state = out.part_of.get(key)
        return state if state is not None and out.entities[state].kind is Kind.STATE else None

    def _other_kind_state(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The state of the kind an organization is counted among: "Toyota and other Japanese
        carmakers", "Marsh - the world's biggest broker - and other US insurance firms" -> the one
        state that describes the plural company (or union, charity ...) noun coordinated with
        the name or its apposition, with "other" before it."""
        root = doc_span(doc, m.start, m.end).root
        nouns = self.office.company_nouns | self.words.described_companies | DESCRIBED_ORGANIZATIONS
        anchors = [root, *(c for c in root.children if c.dep_ == "appos" and c.i >= m.end)]
        for anchor in anchors:
            for kind in anchor.children:
                if (
                    kind.dep_ != "conj"
                    or kind.i < m.end
                    or kind.tag_ != "NNS"
                    or kind.lemma_.lower() not in nouns
                    or not any(c.lower_ == "other" and c.dep_ == "amod" for c in kind.children)
                ):
                    continue
                states = {
                    k
                    for t in doc[kind.left_edge.i : kind.i]
                    if (k := out.token_entity.get(t.i)) is not None and out.entities[k].kind is Kind.STATE
                }
                if len(states) == 1:
                    return next(iter(states))
        return None

    def _appositive_state(self, doc: Doc, m: _Mention, out: DocEntities) -> str | None:
        """The state describing a company in its apposition: "Gazprom, the Russian gas monopoly"
        -> Russia; the apposition's head is a company noun."""
        root = doc_span(doc, m.start, m.end).root
        nouns = self.office.company_nouns | DESCRIBED_ORGANIZATIONS
        verb = root.head
        if (
            root.dep_ == "nsubj"
            and verb.lemma_ == "be"
            and verb.i > root.i
            and not _hedged(verb)
            and not any(c.dep_ == "neg" for c in verb.children)
            and not any(c.dep_ == "conj" for c in root.children)
        ):
            # "Tesco is Britain's biggest retailer", "Jet Airways ... is India's largest private
            # airline": the state of the attribute, when it names no other body
            attr = next((a for a in verb.children if a.dep_ == "attr" and a.lower_ in nouns), None)
            if attr is not None and not any(d.lower_ in DESCRIPTION_OTHERS for d in attr.children):
                inside = [out.token_entity.get(w.i) for w in attr.subtree if w.i < attr.i]
                states = {s for k in inside if k is not None and (s := _state_or_place(k, out)) is not None}
                if len(states) == 1 and not any(
                    k is not None and out.entities[k].kind is Kind.ORGANIZATION for k in inside
                ):
                    return next(iter(states))
        children = list(root.children)
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and m.end + 1 < len(doc)
            and doc[m.end].text == ","
        ):
            # "X, chairman of HSBC, the UK's biggest bank,": the parser hangs the company's
            # apposition on the title; one that opens right after the name's comma is the name's
            children += [
                c for c in root.head.head.children if c.dep_ == "appos" and c.left_edge.i == m.end + 1
            ]
        for t in children:
            if t.i >= m.end and t.dep_ in ("relcl", "acl") and t.lemma_.lower() == "base":
                # "Sibneft, which is based in Moscow", "Sibneft, based in Moscow,"
                for obj in (
                    o for p in t.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"
                ):
                    key = out.token_entity.get(obj.i)
                    if key is not None and (state := _state_or_place(key, out)) is not None:
                        return state
            nouns = self.office.company_nouns | DESCRIBED_ORGANIZATIONS  # "Unison, the UK's biggest union"
            if t.i >= m.end and t.dep_ == "relcl" and t.lemma_ == "be" and not _hedged(t):
                # "Amicus, which is Britain's second biggest union,": the clause's attribute
                t = next((a for a in t.children if a.dep_ == "attr" and a.lower_ in nouns), t)
                if t.dep_ != "attr":
                    continue
            else:
                # "Metrojaya, one of the largest retail groups in Malaysia": one of a plural kind
                plural = _one_of(t) if t.dep_ == "appos" and t.i >= m.end else None
                if plural is not None and plural.lemma_.lower() in nouns:
                    t = plural
                elif t.dep_ != "appos" or t.i < m.end or t.lower_ not in nouns:
                    continue
            for w in t.subtree:
                key = out.token_entity.get(w.i)
                if w.i < t.i and key is not None and (state := _state_or_place(key, out)) is not None:
                    return state  # "the Russian gas monopoly", "the Moscow-based firm"
            if any(d.lower_ in ("largest", "biggest", "leading", "top", "main", "major") for d in t.lefts):
                # "Metrojaya, the largest retailer in Malaysia": a superlative ranks it in the state
                for prep in (c for c in t.rights if c.dep_ == "prep" and c.lower_ == "in"):
                    for obj in (o for o in prep.children if o.dep_ == "pobj"):
                        key = out.token_entity.get(obj.i)
                        if key is not None and out.entities[key].kind is Kind.STATE:
                            return key
        return None

    def _igo_possessed(self, doc: Doc, m: _Mention, out: DocEntities) -> bool:
        """Whether an international organisation possesses the body named ("the IMF's European
        Department", "Nato's Military Committee"): then it is that organisation's, never the
        document's home state's."""
        for tok in doc[m.start : m.end]:
            for c in tok.children:
                if c.dep_ != "poss" or c.i >= m.start:
                    continue
                key = out.token_entity.get(c.i)
                if key is None or out.entities[key].kind is not Kind.ORGANIZATION:
                    continue
                known = organizations().get(out.entities[key].label)
                if known is not None and known.sector == IGO:
                    return True
        return False

    def _described_organizations(self, doc: Doc, article: Article, out: DocEntities) -> None:
        """ "Nissan ... Renault, which owns 44% of the Japanese carmaker", "Turkey's biggest mobile
        firm could pull out ... Turkcell said": a definite description of a company (or of a
        state's body: "the US stock market watchdog") with a state and no name of its own points
        to the organization of that kind the document is about, named at least twice and more
        often than any other; that organization is part of the state. Never when the organization
        is the subject of the description's own clause ("Acme lost ground to Japan's biggest
        carmaker"), when the text gives it another state, or when descriptions give two."""
        described: dict[str, set[str]] = {}
        evidence: dict[str, Span] = {}
        apposed: dict[str, str] = {}  # an organization -> the state of a description apposed to its name
        mains: dict[bool, str | None] = {}
        bodies, companies = self.words.described_bodies, self.words.described_companies
        lowered = self._lowered if self._read is doc else [t.lower_ for t in doc]
        # (the words first, on strings: only a described noun is read as a token)
        for i, low in enumerate(lowered):
            body = low in bodies
            kind = low in DESCRIBED_ORGANIZATIONS
            if not (body or kind or low in companies) or i in out.token_entity:
                continue
            tok = doc[i]
            if tok.tag_ != "NN":
                continue
            named = _apposed_organization(tok, out)
            if named is not None:
                # "The UK's biggest brewer, Scottish and Newcastle (S&N),": the name apposed, also
                # through a bracketed short form, is the company described
                state = self._description_state(doc, tok, out, apposed=True)
                if state is not None and out.part_of.get(named) is None:
                    described.setdefault(named, set()).add(state)
                    evidence.setdefault(named, tok.sent)
                    apposed[named] = state
                continue
            state = self._description_state(doc, tok, out)
            if state is None:
                continue
            if kind and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                continue  # "A German union said it would strike. The NUT said ...": one of many
            if kind:
                # "The UK's biggest civil service union is to ballot ...": the union the document
                # names, a body whose name holds the noun ("Public and Commercial Services Union")
                main = self._main_of_kind(out, low)
            else:
                if body not in mains:
                    mains[body] = self._main_organization(out, body)
                main = self._previous_company(doc, tok, out) if not body else None
                main = main or mains[body]
            if main is None or out.part_of.get(main) not in (None, state) or self._binds(doc, tok, main, out):
                continue
            if apposed.get(main, state) != state:
                continue  # "The UK's biggest brewer, Acme, ... the Indian firm": not Acme, named British
            if out.part_of.get(main) is None and self._other_of_state_before(doc, tok, main, state, out):
                continue  # "India's United Breweries ... the Indian firm": the firm the text ties to India
            described.setdefault(main, set()).add(state)
            evidence.setdefault(main, tok.sent)
        for org, states in described.items():
            if len(states) == 1 and org not in out.part_of:
                state = next(iter(states))
                out.part_of[org] = state
                out.relations.append(
                    RelationFact(org, state, Relation.PART_OF, _evidence(article, evidence[org]))
                )

    def _other_of_state_before(self, doc: Doc, tok: Token, main: str, state: str, out: DocEntities) -> bool:
        """Whether the description's sentence or the one before names another organization (no
        party, no government body) that the text ties to the description's state: "S&N will buy a
        stake in United. ... chair of the Indian firm" after "India's United Breweries"."""
        sent = out.sentence(doc, tok.i)
        first = sentence_start(doc, sent.start - 1) if sent.start > 0 else sent.start
        for i in range(first, tok.i):
            other = out.token_entity.get(i)
            if (
                other is not None
                and other != main
                and out.part_of.get(other) == state
                and out.entities[other].kind is Kind.ORGANIZATION
                and other not in out.parties
                and not self._government_body(other, out)
            ):
                return True
        return False

    def _previous_company(self, doc: Doc, tok: Token, out: DocEntities) -> str | None:
        """The company a description that is its clause's subject takes up ("Acme's chief said
        prices fell. Recently, India's first low-cost airline ordered planes"): the one company
        named in the sentence before it and in its own sentence up to it; None when they name
        none or several."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = tok.sent
        start = sentence_start(doc, sent.start - 1) if sent.start > 0 else sent.start
        found = set()
        for i in range(start, tok.i):
            key = out.token_entity.get(i)
            if key is None or key in found or out.entities[key].kind is not Kind.ORGANIZATION:
                continue
            known = organizations().get(out.entities[key].label)
            if key in out.parties or self._government_body(key, out) or (known and known.sector == IGO):
                continue
            if out.token_entity.get(i + 1) != key and _brand_of_a_product(doc[i]):
                continue  # "Acme ordered 30 Airbus A320 planes as India's first airline ...": a product
            found.add(key)
        if len(found) != 1:
            return None
        key = next(iter(found))
        # "Britain's biggest airline ordered jets from Acme": not the company its clause names
        return None if any(out.token_entity.get(i) == key for i in range(tok.i + 1, sent.end)) else key

    def _description_state(self, doc: Doc, tok: Token, out: DocEntities, apposed: bool = False) -> str | None:
        """The state of a definite description headed by ``tok`` with no name ("the Japanese
        carmaker", "Turkey's biggest private mobile firm"), else None. With ``apposed``, also of
        one with a name in apposition ("The UK's biggest brewer, Acme,")."""
        if tok.dep_ in ("compound", "appos") and tok.head.i in out.token_entity:
            return None  # "carmaker Nissan", "Nissan, the Japanese carmaker": the name's own
        if (not apposed and any(c.dep_ == "appos" for c in tok.children)) or (
            tok.i + 1 < len(doc) and tok.i + 1 in out.token_entity
        ):
            return None  # "the Japanese carmaker, Nissan", "the Japanese carmaker Nissan"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NN", "NNS", "NNP", "NNPS"):
            return None  # "the Japanese bank sector": the noun modifies another
        states: set[str] = set()
        definite = False
        for t in doc[tok.left_edge.i : tok.i]:
            key = out.token_entity.get(t.i)
            if key is not None:
                if out.entities[key].kind is not Kind.STATE:
                    return None  # "Acme's Japanese parent firm": another name in it
                states.add(key)
                if t.i + 1 < tok.i and doc[t.i + 1].tag_ == "POS":
                    definite = True  # "Turkey's biggest firm"
            elif t.lower_ == "the" and t.head.i == tok.i:
                definite = True
            elif t.lower_ in ("a", "an") and t.head.i == tok.i and _lead_subject(doc, tok):
                definite = True  # "A US bank has agreed to pay ...": the story's company, introduced
            elif t.lower_ == "the" and t.head.i in out.token_entity:
                continue  # "The UK's biggest union": the possessor's article
            elif (
                t.lower_ in DESCRIPTION_OTHERS
                or (t.like_num and t.ent_type_ != "ORDINAL")
                or t.tag_ in ("PRP$", "DT")
            ):
                return None  # "a rival Japanese carmaker", "another", "its Japanese partner"
        return next(iter(states)) if definite and len(states) == 1 else None

    def _main_organization(self, out: DocEntities, body: bool) -> str | None:
        """The company (or, with ``body``, the body) the document names most, at least twice
        and more often than any other; never a party or an international body."""
        counts: list[tuple[int, str]] = []
        for key, e in out.entities.items():
            if e.kind is not Kind.ORGANIZATION or key in out.parties:
                continue
            known = organizations().get(e.label)
            if known is not None and known.sector == IGO:
                continue
            if not body and self._government_body(key, out):
                continue
            if body and (
                e.label in self._companies
                or not (self.words.government_bodies | REGULATOR_WORDS).intersection(e.label.lower().split())
            ):
                continue  # "Acme was fined ... the US regulator said": only a body named as one
            counts.append((len(e.mentions), key))
        counts.sort(reverse=True)
        if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        return counts[0][1]

    @staticmethod
    def _main_of_kind(out: DocEntities, noun: str) -> str | None:
        """The organization whose name holds ``noun`` ("union") that the document names most: the
        only one so named, else one named at least twice and more often than any other."""
        counts = sorted(
            (
                (len(e.mentions), key)
                for key, e in out.entities.items()
                if e.kind is Kind.ORGANIZATION
                and key not in out.parties
                and noun in e.label.lower().replace("'", " ").split()
            ),
            reverse=True,
        )
        if len(counts) == 1 or (len(counts) > 1 and counts[0][0] >= 2 and counts[1][0] < counts[0][0]):
            return counts[0][1]
        return None

    @staticmethod
    def _binds(doc: Doc, tok: Token, org: str, out: DocEntities) -> bool:
        """Whether ``org`` is named in the description's sentence as the subject of a clause the
        description is in, or on the description's own path to the root ("Acme lost ground to
        Japan's biggest carmaker")."""
        ancestors = {a.i for a in tok.ancestors}
        for t in tok.sent:
            if out.token_entity.get(t.i) != org:
                continue
            if t.i in ancestors or (t.dep_ in ("nsubj", "nsubjpass") and t.head.i in ancestors):
                return True
            if tok.dep_ in ("nsubj", "nsubjpass") and _in_clause_of(t, tok.head):
                return True  # "Britain's biggest airline ordered jets from Acme": Acme is another
        return False


#: Words that make a description no definite one of the document's organization ("a rival Japanese
#: carmaker", "another US bank", "its Japanese partner").
#: So do the words of a state's own institution ("the Nigerian central bank", "the Russian state
#: oil company"): one of its own, not the company the document is about.
DESCRIPTION_OTHERS = frozenset(
    {"rival", "other", "another", "competitor", "partner", "smaller", "bigger", "larger"}
    | {"central", "state", "national", "state-owned", "state-run"}
)

#: Nouns of bodies other than companies that a state's name introduces like a company's ("Britain's
#: biggest union Unison", "the UK charity Oxfam").
DESCRIBED_ORGANIZATIONS = frozenset(
    {"union", "charity", "federation", "confederation", "association", "lobby"}
)

#: Head words of bodies named "X for the Y" / "X of the Y" ("Society for the Protection of ...").
NAME_TAIL_BODIES = frozenset(
    {
        "foundation",
        "society",
        "trust",
        "institute",
        "association",
        "campaign",
        "commission",
        "council",
        "committee",
        "fund",
        "centre",
        "center",
        "league",
        "alliance",
        "federation",
        "coalition",
        "movement",
        "agency",
        "board",
        "network",
        "forum",
        "office",
        "service",
    }
)


def _delegation_state(noun: Token, out: DocEntities) -> str | None:
    """The one state a delegation noun is written with ("the UK delegation", "Japan's
    delegation", "the British delegation"), else None ("a trade delegation", "the CBI's
    delegation": no state's)."""
    if noun.lemma_.lower() != "delegation":
        return None
    states = {
        key
        for t in noun.lefts
        if t.dep_ in ("compound", "amod", "poss", "nmod")
        and (key := out.token_entity.get(t.i)) is not None
        and out.entities[key].kind is Kind.STATE
    }
    return next(iter(states)) if len(states) == 1 else None


def _mission_state(noun: Token, out: DocEntities) -> str | None:
    """The one state whose diplomatic mission a noun names ("the Kuwaiti embassy", "Japan's
    consulate", "the British high commission", "the Chinese delegation"), else None ("the
    embassy", "a trade mission")."""
    lemma = noun.lemma_.lower()
    if lemma not in MISSIONS and not (lemma == "commission" and any(c.lower_ == "high" for c in noun.lefts)):
        return None
    states = {
        key
        for t in noun.lefts
        if t.dep_ in ("compound", "amod", "poss", "nmod")
        and (key := out.token_entity.get(t.i)) is not None
        and out.entities[key].kind is Kind.STATE
    }
    return next(iter(states)) if len(states) == 1 else None


def _of_state_after(doc: Doc, m: _Mention, out: DocEntities) -> str | None:
    """The state a company's name is placed in by "of" right after it ("General Motors of the US",
    "Siemens of Germany"); never a state's possessive ("Acme of Japan's Sony group")."""
    i = m.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if doc[i].lower_ == "the":
        i += 1
    key = out.token_entity.get(i)
    if key is None or out.entities[key].kind is not Kind.STATE:
        return None
    end = i
    while end < len(doc) and out.token_entity.get(end) == key:
        end += 1
    return None if end < len(doc) and doc[end].tag_ == "POS" else key


def _in_clause_of(t: Token, verb: Token) -> bool:
    """Whether ``t`` hangs from ``verb`` with no other clause's verb between (an object, a
    prepositional object of the verb's own clause)."""
    for a in t.ancestors:
        if a.i == verb.i:
            return True
        if a.dep_ in ("ccomp", "advcl", "conj", "relcl", "xcomp", "acl", "pcomp"):
            return False
    return False


#: Nouns of a company's part in one state ("Toyota's US sales arm", "Sony's British unit").
def _one_of(tok: Token) -> Token | None:
    """The plural noun of "one of Pakistan's top scientists" (the apposition's head is "one"):
    the person holds the office that noun names."""
    if tok.lower_ != "one":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.tag_ in ("NNS", "NNPS"):
                    return obj
    return None


def _singular_role(office: Offices, role: str) -> str:
    """ "top nuclear scientists" -> "top nuclear scientist" (the office a plural noun names)."""
    words = role.split()
    single = _plural_office(office, words[-1]) if words else None
    return " ".join([*words[:-1], single]) if single else role


def _its_state(noun: Token, out: DocEntities) -> str | None:
    """The state "its" or "their" before ``noun`` stands for: the last entity named before it in
    its sentence, when that entity is a state ("worried about Pakistan after one of its top
    scientists"); None when the last one is anything else (a company, a person)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return None
    for i in range(noun.i - 1, noun.sent.start - 1, -1):
        key = out.token_entity.get(i)
        if key is not None:
            return key if out.entities[key].kind is Kind.STATE else None
    return None


UNIT_NOUNS = frozenset({"arm", "unit", "division", "subsidiary", "operation", "branch", "affiliate"})


def _unit_state(obj: Token, owner: str, out: DocEntities) -> str | None:
    """The state of a company's unit an office is held in, named before the unit's noun
    ("vice president of Toyota's US sales arm", "head of Acme's German subsidiary"); None for
    another kind of object or when no one state is named there."""
    if obj.lemma_.lower() not in UNIT_NOUNS or out.entities[owner].kind is not Kind.ORGANIZATION:
        return None
    states = {
        key
        for t in obj.lefts
        for w in t.subtree
        if (key := out.token_entity.get(w.i)) is not None and out.entities[key].kind is Kind.STATE
    }
    return next(iter(states)) if len(states) == 1 else None


def _possessed_work(doc: Doc, start: int, end: int) -> bool:
    """A name owned by a person's name with nothing between ("Charles Dickens' Oliver Twist",
    "Verdi's Aida") is a work named after its hero, when the document names that name nowhere
    else; kin and staff are named with a noun between ("Howard's wife Sandra")."""
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].ent_type_ != "PERSON":
        return False
    if doc[start - 2].ent_iob_ == "B" and doc[start - 2].i + 1 == start - 1 and end - start == 1:
        return False  # "Mr Blair's Brown": too short to tell a work from a shorthand
    last = doc[end - 1].text
    return not any(t.text == last and not start <= t.i < end for t in doc)


def _named_by_initials(doc: Doc, start: int, end: int) -> bool:
    """A name right before its initials in brackets ("Cia. Vale Do Rio Doce (CVRD)"): the
    bracket's capitals spell the initials of the capitalised words up to the name's end, the
    name's own among them, in order. A person is never introduced so ("Alex Salmond (SNP)"
    gives a party, whose letters are not the name's)."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    letters = doc[end + 1].text
    if not (is_acronym(letters) and len(letters) >= 3):
        return False
    words: list[str] = []
    i = end - 1
    while i >= 0 and end - i <= 8 and (doc[i].text[:1].isupper() or doc[i].text == "."):
        if doc[i].is_alpha:
            words.append(doc[i].text[0])
        i -= 1
    words.reverse()
    if len(words) < 2 or words[-1] != letters[-1] or len(letters) < end - start:
        return False
    at = 0
    for ch in words:  # the letters, in order, each the initial of a word of the run
        if at < len(letters) and ch == letters[at]:
            at += 1
    return at == len(letters) and letters[0] == words[0]


#: Verbs a listed company's shares do in market reports: "Acme shed 2.1%", "Acme fell 3%".
PRICE_VERBS = frozenset(
    {
        "shed",
        "fall",
        "rise",
        "slide",
        "drop",
        "climb",
        "gain",
        "lose",
        "slip",
        "tumble",
        "plunge",
        "soar",
        "jump",
    }
)


def _quoted_price(root: Token) -> bool:
    """The name is the subject of a move of its share price, a percentage and a price ("Acme
    shed 2.1% to 17.58 euros"): a listed company, never a person ("Kerry gained 5% in the
    polls" gives no price)."""
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in PRICE_VERBS:
        return False
    after = [t for t in verb.subtree if t.i > root.i]
    return any(t.text == "%" or t.lower_ == "percent" for t in after) and any(
        t.lower_ in CURRENCIES or t.text in CURRENCY_SIGNS for t in after
    )


#: Members elected for a seat: a name before one is the seat ("Mid-Bedfordshire MP X").
REPRESENTATIVES = frozenset({"mp", "msp", "mep", "mla"})

#: Prefixes joined by a hyphen to a capitalised word that together modify a noun ("pre-Budget
#: report", "post-Election plans", "anti-Nato rallies"): the whole is no name.
HYPHEN_PREFIXES = frozenset(
    {"pre", "post", "pro", "anti", "cross", "non", "mid", "inter", "intra", "counter"}
)

#: Letters written after a person's name: a seat, a silk or an honour ("Ian Vole QC", "Ann Vole
#: MP", "Sir Ian Vole KC", "Ann Vole OBE"); the name before them is a person's, never a body's.
POST_NOMINALS = REPRESENTATIVES | frozenset({"qc", "kc", "obe", "cbe", "mbe", "kbe", "dbe", "frs"})
_HONORIFICS_OR_POST_NOMINALS = HONORIFICS | POST_NOMINALS
#: Heads of the offices a story naming one state once may give to that state.
MINISTERIAL = frozenset({"minister", "secretary", "chancellor"})
#: Units a share price is quoted in.
CURRENCIES = frozenset(
    {"euros", "euro", "pence", "p", "cents", "yen", "dollars", "pounds", "yuan", "francs", "rupees", "won"}
)
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})


def _capital_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ != "DET" and tok.ent_type_ != "PERSON"


def _name_tail(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An ORG span with the rest of its name the model split off at "for the"/"of the": "[the
    Medical Trust] for the Relief of Victims" and "the Medical Trust for the [Relief of Victims]"
    are one name when a body's head word ("trust", "society") comes before the preposition."""
    n = len(doc)
    if doc[end - 1].lower_ in NAME_TAIL_BODIES and end + 1 < n and doc[end].lower_ in ("for", "of"):
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1
        last = None
        while k < n:
            tok = doc[k]
            if _capital_word(tok):
                last = k
            elif not (
                last is not None
                and tok.lower_ in ("of", "and", "for", "the")
                and k + 1 < n
                and (
                    _capital_word(doc[k + 1])
                    or (doc[k + 1].lower_ == "the" and k + 2 < n and _capital_word(doc[k + 2]))
                )
            ):
                break
            k += 1
        if last is not None:
            end = last + 1
    if (
        end < n
        and doc[end].lower_ in SCOPE_TAILS
        and doc[end].is_title
        and not doc[end].ent_type_
        and not doc[end].is_sent_start
        and doc[end - 1].text[:1].isupper()
    ):
        end += 1  # "[Fair Trials] Abroad", "[Weapons Watch] International": the name's last word
    if (
        end + 2 <= n
        and end - start >= 3
        and doc[end - 2].lower_ == "of"
        and _capital_word(doc[end - 1])
        and doc[end].lower_ == "and"
        and end + 1 < n
        and doc[end + 1].ent_type_ in ("GPE", "LOC")
        and doc[end + 1].ent_iob_ == "B"
        and _capital_word(doc[end + 1])
        and (end + 2 == n or doc[end + 2].ent_iob_ != "I")
        and doc[end - 3].lower_ in _NAME_TAIL_BODIES_OR_PLACES
        # two parts of one state ("of England and Wales"); not "the Bank of England and France"
        and StateTable.default().lookup(doc[end - 1].text) is None
        and StateTable.default().lookup(doc[end + 1].text) is None
    ):
        end += 2  # "the Police Federation of England and Wales": the body of both places
    if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in ("for", "of"):
        k = start - 3
        if doc[k].lower_ in NAME_TAIL_BODIES and _capital_word(doc[k]):
            while k - 1 >= 0 and _capital_word(doc[k - 1]) and not doc[k - 1].is_sent_start:
                k -= 1
            start = k
    return start, end


#: Head words of bodies named for the places they serve, besides :data:`NAME_TAIL_BODIES`
#: ("Police Federation of England and Wales", "Law Society of England and Wales", "Church of
#: England and Wales" no: "church" is no body's head word here).
NAME_OF_PLACES = frozenset({"federation", "society", "bank", "union", "confederation", "court", "institute"})
_NAME_TAIL_BODIES_OR_PLACES = NAME_TAIL_BODIES | NAME_OF_PLACES

#: Words of reach that end a body's name ("Fair Trials Abroad", "Amnesty International"); written
#: with a capital right after a name the model cut before them, they are the name's last word.
SCOPE_TAILS = WORLDWIDE | frozenset({"abroad", "overseas", "worldwide", "everywhere", "unlimited"})


#: Head words of a government's own offices ("minister", "home secretary", "chancellor").
GOVERNMENT_HEADS = frozenset({"minister", "secretary", "chancellor", "premier"})
#: Words that make such a title a party's, a devolved or a private one.
NOT_GOVERNMENT = frozenset(
    {
        "shadow",
        "general",
        "press",
        "private",
        "party",
        "first",
        "welsh",
        "scottish",
        "assembly",
        "deputy-general",
    }
)


def _government_office(role: str) -> bool:
    """A title a state's government holds ("former education secretary", "minister"), not a
    party's own ("shadow home secretary", "general secretary", "party chairman")."""
    core = role_core(role).split()
    return bool(core) and core[-1] in GOVERNMENT_HEADS and not NOT_GOVERNMENT.intersection(core)


#: Sentences "the company says" looks back over for the company it speaks of.
COMPANY_BACK = 3
#: Sentences "the party's chairman X" looks back over for the party it speaks of.
PARTY_BACK = 2
#: Verbs by which an organization gives a person an office: "Acme appointed X as chief executive".
APPOINTING = frozenset(
    {"appoint", "name", "hire", "choose", "select", "elect", "recruit", "install", "promote"}
)
#: Nouns by which an office's owner points back at the organization: "as the party's treasurer".
OWNER_NOUNS = frozenset(
    {"party", "company", "firm", "group", "union", "bank", "organisation", "organization"}
)
#: Participles of speaking for a party: "X, speaking for the Tories, said".
SPEAKING_FOR = frozenset({"speaking", "responding", "replying", "answering"})

#: Offices only a company has: with no holder in their phrase, the document's one company holds them.
CORPORATE_OFFICES = (
    "chief executive",
    "managing director",
    "chief operating officer",
    "chief financial officer",
    "finance director",
    "finance chief",
    "chief finance officer",
    "chief executive officer",
)


def _corporate_office(role: str | None) -> bool:
    """A company's office ("chief executive", "former managing director")."""
    core = role_core(role)
    return any(core == o or core.endswith(" " + o) for o in CORPORATE_OFFICES)


#: Bodies of a house named by a field of government ("home affairs committee").
COMMITTEE_WORDS = frozenset({"committee", "subcommittee", "sub-committee"})

#: Nouns of a person who left the party named before them: "Tory defector X".
DEFECTORS = frozenset({"defector", "turncoat"})

#: Titles of members of a state's national house elected for a region: "New York Senator X".
NATIONAL_LEGISLATORS = frozenset({"senator", "congressman", "congresswoman"})
#: Titles of the US Congress's members: "Democratic Senator X" names the US party.
US_LEGISLATORS = frozenset(
    {"senator", "senators", "congressman", "congresswoman", "congressmen", "representative", "lawmaker"}
)

#: Nouns of a candidacy: held for the party the phrase names, else for no one.
CANDIDACIES = frozenset({"hopeful", "contender", "challenger"})

#: Titles only a party or a union gives ("general secretary"; the UN's is "secretary general").
BODY_SECRETARIES = ("general secretary",)

#: Nouns by which a text points back to the company it is about ("company president X").
ANAPHOR_COMPANIES = frozenset({"company", "firm", "group", "retailer", "bank", "airline", "carmaker"})


#: Head words of a state's departments named before their field ("Department of Health",
#: "Ministry of Defence", "National Bureau of Statistics", "Office of Fair Trading").
DEPARTMENT_HEADS = frozenset(
    {"ministry", "department", "office", "bureau", "agency", "directorate", "secretariat", "administration"}
)
#: First words of bodies above or across states ("European Court of Auditors").
SUPRANATIONAL = frozenset(
    {"european", "international", "world", "global", "commonwealth", "arab", "african", "asian", "united"}
)

#: Words naming a body that regulates, besides a state's own bodies ("Securities and Exchange
#: Commission", "Financial Services Authority").
REGULATOR_WORDS = frozenset({"commission", "authority", "board", "inspectorate", "regulator", "watchdog"})

#: Parties and state bodies of one state a document must name to be about its government.
GOVERNING_EVIDENCE = 2

#: Verbs whose subject holds the office their attribute names: "X is the chief executive of Acme".
HOLDING_VERBS = frozenset({"be", "remain"})
#: Auxiliaries of a possible, not a stated, holding: "X could be the next chairman of Acme".
HEDGES = frozenset({"would", "could", "might", "may", "should", "must"})


def _hedged(verb: Token) -> bool:
    """A verb negated, under a modal of possibility, asked, or in a condition ("if X is ...")."""
    return any(
        (c.dep_ == "neg")
        or (c.dep_ == "aux" and c.lower_ in HEDGES)
        or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
        for c in verb.children
    ) or in_question(verb)


def _without_based(doc: Doc, np: list[Token]) -> list[Token]:
    """The phrase without "X-based" ("Japan-based executive" -> "executive"): where a person
    works is no office's holder."""
    drop: set[int] = set()
    for t in np:
        if t.lower_ == "based" and t.i >= 2 and doc[t.i - 1].text in HYPHENS:
            drop.update({t.i, t.i - 1, t.i - 2})
    return [t for t in np if t.i not in drop]


#: Verbs whose subject takes the office their complement names: "X became foreign secretary".
TAKING_VERBS = frozenset({"become", "appoint", "name", "promote", "elect", "make"})
#: Words before a firm's noun that make it a state's own ("Venezuela's state oil company").
STATE_OWNED = frozenset(
    {"state", "state-owned", "state-run", "government-owned", "nationalised", "nationalized"}
)
#: Verbs of putting a person in an office besides :data:`APPOINTING`: "X was sworn in as Kenya's
#: health minister", "nominated X as", "confirmed X as", "re-elected X as".
INSTALLING_VERBS = frozenset(
    {"swear", "nominate", "designate", "confirm", "reappoint", "re-elect", "reelect", "pick", "tap", "instal"}
    | {"inaugurate", "reinstate", "draft", "bring", "parachute", "sign"}
)
#: Verbs of leaving an office: the "as" phrase is an office held before ("X resigned as ...",
#: "X was sacked as ...").
LEAVING_VERBS = frozenset(
    {"resign", "quit", "retire", "step", "stand", "sack", "fire", "oust", "remove", "depose"}
)
#: Verbs whose "as" phrase is no office held: "X posed as a police officer", "X was seen as".
POSING_VERBS = frozenset(
    {"pose", "masquerade", "pass", "disguise", "dress", "describe", "see", "regard", "view", "brand", "label"}
    | {"portray", "depict", "cast", "paint", "dismiss", "denounce", "hail", "tip", "tout", "bill", "consider"}
    | {"treat", "mistake", "identify", "present", "style", "characterise", "characterize", "refer", "know"}
    | {"emerge", "rank", "count", "qualify", "double", "remember", "praise", "criticise", "criticize", "mock"}
)
#: Nouns of taking an office: "X's promotion to foreign secretary".
TAKING_NOUNS = frozenset({"promotion", "appointment", "elevation", "nomination", "election"})
#: Possessor nouns a title's own rules read: "the company's", "the party's", "the government's".
OWN_POSSESSORS = frozenset({"party", "government", "country", "nation", "state"})


def _possessor_noun(tok: Token) -> bool:
    """ "agency" in "the agency's chief executive": a lower-case common noun owning what follows,
    other than a company's noun or one the title rules read themselves."""
    doc = tok.doc
    return (
        tok.pos_ == "NOUN"
        and tok.is_lower
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ in POSSESSIVE
        and tok.lower_ not in ANAPHOR_COMPANIES
        and tok.lower_ not in OWN_POSSESSORS
        and not offices().is_office(tok.lower_)
    )


def _without_company(role: str) -> str:
    """A role without the company noun that pointed to its holder ("company president" -> "president")."""
    first, _sep, rest = role.partition(" ")
    return rest if rest and first in ANAPHOR_COMPANIES else role


def _office_word(office: Offices, word: str) -> bool:
    """An office word, singular or plural ("MP", "MPs", "bosses", "chairmen")."""
    return office.is_office(word) or _plural_office(office, word) is not None


def _plural_office(office: Offices, word: str) -> str | None:
    """The office a plural word names, in the singular ("MPs" -> "MP", "bosses" -> "boss",
    "chairmen" -> "chairman"); None for a word that is no plural of an office."""
    for plural, single in (("men", "man"), ("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(plural) and office.is_office(one := word[: -len(plural)] + single):
            return one
    return None


def _employer_inside(obj: Token, out: DocEntities) -> str | None:
    """The organization a field names as its owner by "for" or "at" ("research for F-Secure",
    "equities at Acme"): a company or body, no party, no state (the field of "head of policy for
    Europe" is no employer)."""
    if out.token_entity.get(obj.i) is not None or obj.tag_ not in ("NN", "NNS"):
        return None
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "at") or prep.i < obj.i:
            continue
        for pobj in prep.children:
            key = out.token_entity.get(pobj.i)
            if pobj.dep_ == "pobj" and key is not None and out.entities[key].kind is Kind.ORGANIZATION:
                return key if key not in out.parties else None
    return None


def _phrase(tok: Token, out: DocEntities, skip: Iterable[str]) -> str | None:
    """The words of ``tok``'s phrase, lower case, without the clauses, appositions and
    conjuncts inside it and without the entities ``skip`` (a holder named in it, and any name
    inside the holder's) and their possessive ("of the MCB's public affairs committee" -> "the
    public affairs committee")."""
    labels = [out.entities[k].label for k in skip]
    kept: list[Token] = []
    after_skipped = False

    def skipped(t: Token) -> bool:
        key = out.token_entity.get(t.i)
        return key is not None and any(out.entities[key].label in label for label in labels)

    def walk(t: Token) -> None:
        nonlocal after_skipped
        # "the work and pensions committee": conjuncts inside a modifier stay
        cut = PHRASE_CUT if t.i == tok.i else PHRASE_CUT - {"conj", "cc"}

        def kept_child(c: Token) -> bool:
            # "director for registrations at Brent Council in London": the phrase holding the
            # holder is cut whole, not left as "at in London"
            return c.dep_ not in cut and not (c.dep_ == "prep" and any(skipped(x) for x in c.subtree))

        for left in (c for c in t.lefts if kept_child(c)):
            walk(left)
        if skipped(t):
            after_skipped = True
        elif not (t.tag_ == "POS" and after_skipped) and (
            not t.is_punct or t.text in HYPHENS or t.text == ","
        ):
            kept.append(t)
            after_skipped = False
        for right in (c for c in t.rights if kept_child(c)):
            walk(right)

    walk(tok)
    while kept and kept[-1].is_punct:
        kept.pop()
    text = "".join(
        t.lower_ + (t.whitespace_ if i + 1 < len(kept) and kept[i + 1].i == t.i + 1 else " ")
        for i, t in enumerate(kept)
    )
    return " ".join(text.replace(" ,", ",").split()) or None


def _devolved_office(role: str | None) -> bool:
    """A minister's office in a document about a devolved government ("Finance Minister X" in
    an article on the Welsh assembly government) may be that government's, not the state's."""
    words = role_core(role).split()
    return bool(words) and words[-1] == "minister" and "prime" not in words


def _claimed(key: str, out: DocEntities) -> bool:
    return any(c.entity == key for c in out.claims)


def _claim_held_by(claim: ClaimFact, state: str) -> RelationFact:
    """The affiliation an office claim becomes once its one holding state is found."""
    return RelationFact(claim.entity, state, Relation.AFFILIATED_WITH, claim.evidence, role=claim.role)


def _post_words(role: str) -> tuple[str, ...]:
    """A diplomat's post as the words a document names it by: ("high", "commissioner") or the
    head word alone ("ambassador")."""
    core = role_core(role).split()
    return ("high", "commissioner") if core[-2:] == ["high", "commissioner"] else (role_head(role),)


def _diplomatic(role: str) -> bool:
    """A diplomat serves abroad: the state around them is more often their host than their own."""
    core = role_core(role).split()
    return role_head(role) in word_lists().diplomatic or " ".join(core[-2:]) == "high commissioner"


def _name_key(ent: Span) -> str:
    """An entity's text without a leading article or trailing possessive, case-folded."""
    start, end = _trim(ent.doc, ent.start, ent.end)
    return span_text(ent.doc, start, end).casefold()


def _longer_body(m: _Mention, mentions: list[_Mention]) -> str | None:
    """The one longer organization of the document whose name ends with this one-word name
    ("Guards" for "Revolutionary Guards", "Commission" for "European Commission")."""
    if len(m.name.split()) != 1:
        return None
    found = {
        c.name
        for c in mentions
        if c.kind is Kind.ORGANIZATION
        and c.party is None
        and len(c.name.split()) > 1
        and c.name.split()[-1] == m.name
    }
    return next(iter(found)) if len(found) == 1 else None


def _company_forms(
    doc: Doc, orgs: list[_Mention], plain: Callable[[str], bool] | None = None
) -> dict[str, int]:
    """The other ways the document may write its organizations' names (text -> tokens): a
    company's name without its corporate suffix or prefix ("Siemens" for "Siemens AG"), the
    initials of a longer name ("ONGC"), an acronym in brackets right after it, a one-word
    name itself (the model tags "Gazprom" once and misses it before "chairman"), and, when
    ``plain`` says its first word names nothing else (no state, people, place or first name:
    not "British" of "British Airways"), a two-word name without its trade word ("Dunmore" for
    "Dunmore Bank", see :data:`~newsgraph.extractors.companies.NAME_TRADES`)."""
    forms: dict[str, int] = {}
    for m in orgs:
        start, end = m.start, m.end
        if (
            plain is not None
            and end - start == 2
            and doc[end - 1].lower_ in NAME_TRADES
            and doc[start].pos_ == "PROPN"
            and plain(doc[start].text)
        ):
            forms.setdefault(doc[start].text, 1)
        while end - start > 1 and doc[end - 1].lower_.rstrip(".") in CORPORATE_SUFFIXES:
            end -= 1
        while end - start > 1 and doc[start].lower_ in CORPORATE_PREFIXES:
            start += 1
        if (start, end) != (m.start, m.end) or end - start == 1:
            forms.setdefault(doc[start:end].text, end - start)
        for acronym in acronyms(m.name):  # "ONGC"; "PCS" for the Public and Commercial Services Union
            if len(acronym) >= 3:
                forms.setdefault(acronym, 1)
        lead = lead_partner(m.name)
        if lead is not None and first_names().get(lead.lower()) is None:
            forms.setdefault(lead, 1)  # "Marsh" for Marsh & McLennan; not "Johnson" of a first name
        bracketed = m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")"
        if bracketed and is_acronym(doc[m.end + 1].text):
            forms.setdefault(doc[m.end + 1].text, 1)  # "Oil & Natural Gas Corp (ONGC)"
    return forms


def _scan_companies(
    doc: Doc,
    found: list[_Mention],
    covered: list[bool],
    texts: list[str],
    plain: Callable[[str], bool] | None = None,
) -> list[_Mention]:
    """Untagged mentions of the document's organizations in another form (see
    :func:`_company_forms`): "NMDC chairman Rana Som" after "the National Mineral Development
    Corporation (NMDC)". A form is a proper noun not followed by another name word."""
    orgs = [m for m in found if m.kind is Kind.ORGANIZATION and m.party is None]
    forms = _company_forms(doc, orgs, plain)
    by_first: dict[str, list[tuple[str, int]]] = {}
    for text, k in forms.items():
        first = text.split("-")[0].split()
        if first:  # a form opening with a hyphen ("-a=") has no first word
            by_first.setdefault(first[0], []).append((text, k))
    out: list[_Mention] = []
    if not by_first:
        return out
    n = len(doc)
    for i, first_text in enumerate(texts):  # ``texts``: every token's text
        if first_text not in by_first:
            continue
        tok = doc[i]
        for text, k in by_first[first_text]:
            end = i + k
            if end > n or any(covered[j] for j in range(i, end)) or doc[i:end].text != text:
                continue
            if not (tok.pos_ == "PROPN" or is_acronym(text)) or not tok.text[:1].isupper():
                continue
            if end < n and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                continue  # part of a longer name
            out.append(_Mention(Kind.ORGANIZATION, i, end, text))
            for j in range(i, end):
                covered[j] = True
            break
    return out


def _document_companies(doc: Doc, mentions: list[_Mention]) -> dict[str, str]:
    """Organization name -> the name of the document's one company it is another form of
    (see :func:`~newsgraph.extractors.companies.same_company`): names with and without a
    corporate suffix are one; an acronym is the name it follows in brackets, else the one
    company (up to suffixes) whose initials it is. The fullest name names the node."""
    orgs = [m for m in mentions if m.kind is Kind.ORGANIZATION and m.party is None]
    names = sorted({m.name for m in orgs})
    parent = {name: name for name in names}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    words = [n for n in names if not is_acronym(n)]
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if same_company(a, b):
                union(a, b)
    for m in orgs:  # "Oil & Natural Gas Corp (ONGC)", "the Chilean Copper Commission (Cochilco)"
        short = is_acronym(m.name) or (
            len(m.name.split()) == 1 and m.end < len(doc) and doc[m.end].text == ")"
        )
        if short and m.start >= 2 and doc[m.start - 1].text == "(":
            before = [
                c
                for c in orgs
                if c.end == m.start - 1 and not is_acronym(c.name) and (is_acronym(m.name) or " " in c.name)
            ]
            if before:
                union(m.name, before[0].name)
    for a in names:
        if not is_acronym(a) or find(a) != a:
            continue
        groups = {find(b) for b in words if same_company(a, b)}
        if len(groups) == 1:
            union(a, next(iter(groups)))
    members: dict[str, list[str]] = {}
    for name in names:
        members.setdefault(find(name), []).append(name)
    found = {}
    for group in members.values():
        full = [n for n in group if not is_acronym(n)]
        if len(group) < 2 or not full:
            continue
        best = max(full, key=lambda n: (len(n.split()), len(n), n))
        found.update({n: best for n in group if n != best})
    return found


def _longer_name(m: _Mention, full: list[_Mention]) -> _Mention | None:
    """The one longer full name in the document that starts with this name's words, or, for a
    name of two words or more, ends with them ("Rhys James" after "Shani Rhys James")."""
    words = m.name.casefold().split()
    found = {
        c.name: c
        for c in full
        if len(c.name.split()) > len(words)
        and (
            c.name.casefold().split()[: len(words)] == words
            or (len(words) > 1 and c.name.casefold().split()[-len(words) :] == words)
        )
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _local_force(doc: Doc, m: _Mention, covered: list[bool]) -> _Mention:
    """A place followed by a force word ("Norfolk police", "Gwent Constabulary") names the
    force, an organization: it holds the offices of its officers, not the place."""
    if m.kind not in (Kind.LOCATION, Kind.ORGANIZATION) or m.end >= len(doc) or covered[m.end]:
        return m
    force = doc[m.end]
    if force.lower_ not in FORCE_WORDS or force.lower_ == "fire" or m.name.split()[-1].lower() in FORCE_WORDS:
        return m
    covered[m.end] = True
    return _Mention(Kind.ORGANIZATION, m.start, m.end + 1, f"{m.name} {force.text.capitalize()}")


#: Who speaks for a body or a person: "a Defra spokesman", "a spokeswoman for Acpo".
SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
)

#: Nouns of a trade a firm plies as well as a person: "broadcaster Zedcast", "rival Zedcast"
#: say nothing of a person.
TRADE_NOUNS = frozenset(
    {
        "broadcaster",
        "producer",
        "designer",
        "developer",
        "maker",
        "owner",
        "rival",
        "partner",
        "manager",
        "analyst",
        "adviser",
        "advisor",
        "consultant",
        "retailer",
        "trader",
        "publisher",
        "member",
        "director",
        "model",
        "parent",
        "successor",
        "predecessor",
        "family",
        "relative",
    }
)

#: Pronouns that only a person takes.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})


def _determined_bodies(doc: Doc, mentions: list[_Mention], full: list[_Mention]) -> list[_Mention]:
    """A one-word "person" the document also writes after an article as the head of its noun
    phrase ("Acpo said ... a spokesman for the Acpo"), never with a title, no first name and
    no full name to resolve to, is a body named by its acronym written as a word: every such
    mention is an organization ("the Bush administration" names a person's government). So is
    one with a spokesman ("a Defra spokesman", "a spokesman for Acpo") when no he or she
    follows any of its mentions in their sentence."""
    names = first_names()
    titled = {m.name for m in mentions if m.kind is Kind.PERSON and m.titles}

    def head(m: _Mention) -> bool:
        nxt = doc[m.end] if m.end < len(doc) else None
        return doc[m.start].dep_ != "compound" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))

    def bare(m: _Mention) -> bool:
        return (
            m.kind is Kind.PERSON
            and m.end - m.start == 1
            and not m.titles
            and m.name.casefold() not in names
            and _resolve_short(m, full) is None
        )

    def spoken_for(m: _Mention) -> bool:  # "a Defra spokesman", "a spokesman for Acpo"
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        return (after in SPOKESPEOPLE and before in ARTICLES) or (
            before == "for" and m.start > 1 and doc[m.start - 2].lower_ in SPOKESPEOPLE
        )

    def personal(name: str) -> bool:  # "Hartley said he would": a pronoun of a person after it
        return any(
            t.lower_ in PERSONAL_PRONOUNS
            for m in mentions
            if m.name == name
            for t in doc[m.end : sentence_end(doc, m.start)]
        )

    bodies = {m.name for m in mentions if bare(m) and m.determined and head(m)}
    bodies |= {m.name for m in mentions if bare(m) and spoken_for(m) and not personal(m.name)}
    bodies -= titled
    if not bodies:
        return mentions
    return [
        _Mention(Kind.ORGANIZATION, m.start, m.end, m.name) if bare(m) and m.name in bodies else m
        for m in mentions
    ]


@functools.cache
def _group_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The folded names of armed groups (``groups.tsv`` and the [armed_groups] list) and their
    first words."""
    forms = groups().forms() | word_lists().armed_groups
    return forms, frozenset(f.split()[0] for f in forms)


#: Nouns of a list's head, besides companies' and groups', whose named members are organizations.
LIST_ORGANIZATIONS = frozenset(
    {"group", "organisation", "organization", "faction", "movement", "militia", "label", "brand"}
    | {"charity", "union", "party", "outfit", "business", "corporation", "institution", "bank"}
)
#: Words that open a list after its head noun: "groups such as", "firms like", "labels including".
LIST_OPENERS = frozenset({"as", "like", "including"})


def _conjuncts(first: Token) -> list[Token]:
    """The items of the list ``first`` opens: it and its conjuncts, down the chain."""
    items = [first]
    for t in items:
        if len(items) > 12:
            break
        items.extend(c for c in t.children if c.dep_ == "conj")
    return items


def _list_head(first: Token) -> Token | None:
    """The common noun a list opening with ``first`` names the items of: "groups such as X",
    "labels including X", "three groups, X, Y and Z", "the groups include X"; else None."""
    head = first.head
    if first.dep_ == "pobj" and head.lower_ in LIST_OPENERS and head.head.pos_ == "NOUN":
        if head.lower_ == "as" and not (head.i > 0 and head.doc[head.i - 1].lower_ == "such"):
            return None  # "known as X", "served as X"
        return head.head
    if first.dep_ == "appos" and head.pos_ == "NOUN" and head.tag_ == "NNS":
        return head
    if first.dep_ == "dobj" and head.lemma_.lower() == "include":
        return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return None


#: Nouns a company owns that no person does ("Louis Vuitton's sales", "Zedco's chief executive").
COMPANY_POSSESSIONS = frozenset(
    {"share", "shareholder", "profit", "sale", "revenue", "turnover", "earnings", "store", "outlet"}
    | {"brand", "subsidiary", "board", "stock", "product", "executive", "chairman", "boss"}
)
#: Nouns a company's name modifies ("Johnson Matthey shares", "the Harvey Nichols group").
COMPANY_MODIFIED = frozenset(
    {"share", "shares", "stock", "brand", "label", "stores", "store", "group", "chain"}
)
#: Goods a brand's or maker's name modifies ("Wolf Vole wines", "Johnnie Vole whisky", "the
#: Jimmy Vole shops"); no work or act of a person ("a Tony Blair speech", "the Vole plan").
BRANDED_GOODS = frozenset(
    {"wine", "beer", "lager", "ale", "whisky", "whiskey", "vodka", "gin", "rum", "champagne", "cider"}
    | {"cigarette", "perfume", "fragrance", "handset", "phone", "franchise", "outlet", "shop"}
    | {"restaurant", "hotel", "boutique", "showroom", "dealership", "range", "product"}
)
#: Verbs of one person taking another's office ("A will succeed B as president of Acme").
SUCCESSION_VERBS = frozenset({"succeed", "replace"})
#: Nouns that name a firm, a club or a team and no one's trade: a name right after one in its
#: phrase, or in apposition to one, is the body's ("airline Aer Vole", "football club Borussia
#: Vole"; not "producer Terry Vole", "retailer Philip Vole", who may be people).
FIRM_NOUNS = frozenset(
    {"airline", "carrier", "carmaker", "automaker", "bank", "lender", "insurer", "firm", "company"}
    | {"club", "conglomerate", "manufacturer", "supermarket", "telco", "chipmaker", "drugmaker"}
    | {"steelmaker", "planemaker", "subsidiary", "brand", "label", "team", "airline"}
)
#: Capitalised last words of a thing named after a person ("the Adam Vole Lecture", "the Vole
#: Presidency", "the Vole Memorial Prize"): the whole name is no person's. No word that is also
#: a common family name ("Hall", "Tower", "House").
NAMED_THINGS = frozenset(
    {"lecture", "lectures", "presidency", "premiership", "chancellorship", "memorial", "prize"}
    | {"award", "awards", "trophy", "doctrine", "inquiry", "era", "medal", "scholarship", "stadium"}
)
#: "sales of X", "shareholders of X": what a company has of it.
SOLD_OF = frozenset({"sale", "profit", "revenue", "turnover", "earnings", "share", "shareholder"})


def _brand_of_a_product(last: Token) -> bool:
    """Whether a company's name (its last token) only names a product's maker: a compound chain
    ending on a common noun no company noun ("30 Airbus A320 planes", "Boeing jets"), not
    "Acme shares" or "the Acme group"."""
    tok = last
    for _ in range(4):
        if tok.dep_ != "compound" or tok.head.i <= tok.i:
            break
        tok = tok.head
    if tok is last or tok.pos_ != "NOUN":
        return False
    return tok.lower_ not in COMPANY_MODIFIED and tok.lemma_.lower() not in COMPANY_POSSESSIONS


#: "shares in X", "a stake in X": what one holds in a company.
HELD_IN = frozenset({"share", "stake", "holding", "investment"})
#: "profits at X", "the boss at X", "an analyst at X": what a company has at it, and who works
#: there (no one works "at" a person).
HAD_AT = frozenset(
    {"profit", "sale", "revenue", "job", "worker", "staff", "strike", "loss", "executive", "chief"}
    | {"boss", "director", "chairman", "shareholder", "store", "analyst", "economist", "strategist"}
    | {"trader", "dealer", "employee", "manager", "researcher", "banker", "partner"}
)
#: Relative pronouns of a person: "X, who founded the chain".
WHO = frozenset({"who", "whom"})  # ("whose shares": a company's too)
#: What a company reports ("X reported a loss", "X posted record profits").
COMPANY_RESULTS = frozenset({"profit", "loss", "sale", "revenue", "earnings", "turnover", "result"})
REPORTING = frozenset({"report", "post", "announce", "forecast", "book"})


def _speaker_of(body: Token) -> bool:
    """ "a spokeswoman for the airline, Ann Vole,": the body is the object of "for"/"of"/"at"
    after a person's office noun, and the name after it that person's (the parse hangs it on the
    body)."""
    prep = body.head
    if body.dep_ != "pobj" or prep.lower_ not in ("for", "of", "at"):
        return False
    noun = prep.head.lemma_.lower()
    return noun in SPOKESPEOPLE or noun in COMPANY_TITLE_WORDS or noun in PERSON_NOUNS


def _names_goods(root: Token) -> bool:
    """A name (its head ``root``) that, alone or as a later member of a list, modifies a common
    noun of a brand or goods up to three nouns on ("the Ben Vole vodka brand", "the Jacob's
    Creek and Wolf Vole labels")."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    for _ in range(3):
        if tok.dep_ not in ("compound", "nmod") or tok.head.i <= tok.i:
            return False
        tok = tok.head
        if tok.is_lower and tok.pos_ == "NOUN":
            lemma = tok.lemma_.lower()
            if lemma in COMPANY_MODIFIED or tok.lower_ in COMPANY_MODIFIED or lemma in BRANDED_GOODS:
                return True
    return False


def _office_of(noun: Token) -> bool:
    """ "The chairman of Greece's state airline, X": a firm's noun an office before it is "of"
    (or "for", "at"): the name after the comma is apposed to the office's holder, no firm's name."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "for", "at")
        and prep.head.i < noun.i
        and offices().is_office(prep.head.lemma_)
    )


def _company_cue(doc: Doc, m: _Mention) -> bool:
    """A mention used as a company's name: see :meth:`EntityExtractor._company_persons`."""
    root = doc_span(doc, m.start, m.end).root
    head = root.head
    lemma = head.lemma_.lower()
    if m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which":
        return True  # "Laura Vole, which has 300 stores, ...": no one is a "which"
    if (
        root.dep_ == "appos"
        and lemma in FIRM_NOUNS
        and head.i < m.start
        and not _speaker_of(head)
        and not _office_of(head)
    ) or any(
        c.dep_ in ("compound", "nmod", "amod") and c.i < m.start and c.lemma_.lower() in FIRM_NOUNS
        for c in root.children
    ):
        return True  # "football club Borussia Vole", "the state airline, Aer Vole"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SOLD_OF:
        return head.head.i < m.start  # "strong sales of Alfa Vole"
    if root.dep_ == "poss" and head.pos_ == "NOUN":
        return lemma in COMPANY_POSSESSIONS
    if _names_goods(root):
        return True  # "the Ben Vole vodka brand", "the Jacob's Creek and Wolf Vole labels"
    if root.dep_ in ("compound", "nmod") and head.i == m.end and head.is_lower:
        # ("the Beringer and Wolf Vole brands", "Jacob Vole wines": a maker's or a brand's name)
        return head.lower_ in COMPANY_MODIFIED or lemma in COMPANY_MODIFIED or lemma in BRANDED_GOODS
    if root.dep_ == "pobj" and head.lower_ in ("in", "at") and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in (HELD_IN if head.lower_ == "in" else HAD_AT)
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.ent_type_ == "PERSON"
        and head.head.i < m.start
    ):
        return head.head.pos_ == "PROPN"  # "analyst Mike Powell of Dresdner Kleinwort": his employer
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        # ("X said profits rose" is what a chief executive says too)
        return lemma in REPORTING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in COMPANY_RESULTS for c in head.children
        )
    return False


#: Titles that tell a person's gender: "Mrs Blair" is not Tony Blair, "Lord Falconer" not a woman.
TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "baron", "viscount", "earl", "marquess", "duke", "herr"), "M"),
    **dict.fromkeys(("mrs", "ms", "miss", "lady", "baroness", "dame", "mme", "madame"), "F"),
}


#: Titles written before a family name, never a first name: "Mr Howard" is no Howard Flight
#: ("Sir Menzies" and "Lady Diana" take first names).
FAMILY_NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "lord", "baroness", "herr", "mme", "madame"})


#: Nouns of those who hold or seek a seat: "MP for X", "the member for X", "candidate for X".
SEAT_HOLDERS = frozenset({"mp", "msp", "mep", "mla", "am", "td", "member", "candidate", "councillor"})


def _constituency(doc: Doc, start: int, end: int) -> bool:
    """A name used as a constituency: right after "MP for" ("Labour's MP for Glasgow Kelvin,
    Fiona Boyd"), or between a determiner and a seat title ("the Glasgow Kelvin MP said")."""
    if start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ in SEAT_HOLDERS:
        return True
    return (
        end < len(doc)
        and doc[end].text in SEATS
        and start > 0
        and (doc[start - 1].lower_ in ("the", "a") or doc[start - 1].tag_ in ("PRP$", "POS"))
    )


def _apposed_organization(tok: Token, out: DocEntities) -> str | None:
    """The organization named in apposition to a description ("Britain's biggest bank, Acme,"),
    or in brackets after a name in apposition that is no entity of its own ("The UK's biggest
    brewer, Scottish and Newcastle (S&N),")."""
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        for t in (c, *(g for g in c.children if g.dep_ == "appos")):
            key = out.token_entity.get(t.i)
            if key is not None:
                return key if out.entities[key].kind is Kind.ORGANIZATION else None
    return None


def _bare_possessive(doc: Doc, start: int, end: int) -> bool:
    """A name with a possessive "'s" that possesses nothing, the whole phrase an argument of its
    own ("sales of Foster's, John Smith's and Strongbow", "Jack Daniel's had done well"): the
    name of a brand, shop or firm ("Sainsbury's"), no one's. Not a possessor ("Blair's plan"),
    nor a name after an honorific or with a title ("Mr Smith's"), nor a predicate ("it was
    Brown's")."""
    if end >= len(doc) or doc[end].tag_ != "POS" or end - start < 1:
        return False
    root = doc_span(doc, start, end).root
    if doc[end].head.i != root.i:
        return False
    first = root
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head  # "Alan Vole's, not Ann Hale's": the first conjunct's role
    if root.dep_ == "poss" or first.dep_ in ("poss", "attr", "npadvmod", "ROOT"):
        return False
    if start > 0 and (doc[start - 1].lower_.rstrip(".") in HONORIFICS or doc[start - 1].is_title):
        return False
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    # the next word closes the phrase: a list mark, a verb of its own, the sentence's end
    return nxt is None or nxt.pos_ in ("PUNCT", "CCONJ", "AUX", "VERB") or nxt.tag_ == "MD"


def _family_name_titled(m: _Mention) -> bool:
    """A one-word name after a title that stands before family names that is a first name
    ("Mr Howard"): never the start of a longer name of the document."""
    return (
        len(m.name.split()) == 1
        and first_names().get(m.name.casefold()) is not None
        and any(t.casefold().rstrip(".") in FAMILY_NAME_TITLES for t in m.titles)
    )


def _figurative(sent: Span, role: str | None) -> bool:
    """An office word the sentence uses as a figure, bare before "of" ("architect of the NHS"):
    no office; "chief architect of Acme Homes" is one."""
    head = role_head(role)
    return (
        head in FIGURATIVE_HEADS
        and role_core(role) == head
        and any(t.lower_ == head and t.i + 1 < sent.end and t.nbor().lower_ == "of" for t in sent)
    )


def _title_gender(m: _Mention) -> str | None:
    """The gender the titles of a person mention tell (M or F), else None."""
    for title in m.titles:
        gender = TITLE_GENDER.get(title.casefold().rstrip("."))
        if gender is not None:
            return gender
    return None


#: Royal styles written before a first name: "Prince Charles" is a name of its own, never the
#: "Charles" of Charles Kennedy ("Princes William and Harry": each a prince).
ROYAL_STYLES = frozenset({"prince", "princess", "king", "queen", "emperor", "empress"})


def _royal_styles(doc: Doc, found: list[_Mention]) -> list[_Mention]:
    """A one-word person right after a royal style the model left out of the name ("Prince
    [Charles]") takes it as a title, and so does a name joined to one so styled ("Princes
    [William] and [Harry]")."""
    styled: dict[int, str] = {}
    out = []
    for m in found:
        if m.kind is Kind.PERSON and not m.titles and m.end - m.start == 1 and m.start > 0:
            prev = doc[m.start - 1]
            head = doc[m.start].head
            style = None
            if prev.is_title and (prev.lower_ in ROYAL_STYLES or prev.lower_[:-1] in ROYAL_STYLES):
                style = prev.text
            elif doc[m.start].dep_ == "conj" and head.i in styled:
                style = styled[head.i]
            if style is not None:
                styled[m.start] = style
                m = dataclasses.replace(m, titles=(style,))
        out.append(m)
    return out


def _style_of(m: _Mention, styles: Collection[str]) -> str | None:
    """The first of the mention's titles that is one of ``styles``, singular and capitalised, else None."""
    for title in m.titles:
        word = title.casefold().rstrip(".")
        if word.endswith("s") and word[:-1] in styles:
            word = word[:-1]  # "Princes William and Harry", "Lords Bingham and Steyn"
        if word in styles:
            return word.capitalize()
    return None


def _royal_style(m: _Mention) -> str | None:
    """A royal style before a one-word name ("Prince", "Queen"), capitalised, else None."""
    return _style_of(m, ROYAL_STYLES)


def _peerage(m: _Mention) -> str | None:
    """A peer's title before a one-word name ("Baroness Morgan", "Lord Falconer"), capitalised, else None."""
    return _style_of(m, PEERAGE)


#: Titles of a woman written before her family name: "Mrs Howard" whom no full name of her
#: document takes in is a name of her own across documents, never the "Howard" of Michael Howard.
WIFE_TITLES = {"mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mme": "Mme", "madame": "Madame"}
#: Titles of a man written before his family name: the plain family name of the document is his.
HUSBAND_TITLES = frozenset({"mr", "herr"})


#: Partners named before their name: "his fiancée Ann Vole" is a person.
PARTNER_NOUNS = frozenset(
    {"fiancée", "fiancee", "fiancé", "fiance", "girlfriend", "boyfriend", "stepson", "stepdaughter"}
)


#: Styles of a royal or a peer written after a given name: "Diana, Princess of Wales".
STYLES_AFTER_NAME = STYLES | PEERAGE | frozenset({"duchess", "countess", "marchioness", "viscountess"})


def _styled_names(doc: Doc, found: list[_Mention], texts: list[str]) -> list[_Mention]:
    """A given name, a comma and a style "of" a place ("Diana, Princess of Wales", "Sarah,
    Duchess of York", "Edward, Earl of Wessex") is one person named by the whole phrase,
    whatever the model made of its words: the place in the style is no place of the story.
    Only at commas (found in ``texts``, every token's text: no Token made for the others),
    and only after a word of the first-name table."""
    names = first_names()
    spans = []
    for i, text in enumerate(texts):
        if text != "," or i == 0 or i + 4 > len(doc):
            continue
        given, style, of = doc[i - 1], doc[i + 1], doc[i + 2]
        if not (
            given.is_alpha
            and given.is_title
            and given.lower_ in names
            and (i - 1 == given.sent.start or not (doc[i - 2].is_alpha and doc[i - 2].is_title))
            and (style.is_title or style.is_lower)  # "the biography of Diana, princess of Wales"
            and style.lower_ in STYLES_AFTER_NAME
            and of.lower_ == "of"
        ):
            continue
        end = i + 3
        while end < len(doc) and end - i < 5 and doc[end].is_alpha and doc[end].is_title:
            end += 1
        if end > i + 3:
            spans.append((i - 1, end))
    if not spans:
        return found
    kept = [m for m in found if not any(m.start < e and s < m.end for s, e in spans)]
    kept.extend(_Mention(Kind.PERSON, s, e, _text(doc, s, e)) for s, e in spans)
    return kept


def _hyphened_end(doc: Doc, end: int) -> int:
    """The end of a name word joined by hyphens with no space to further capitalised words
    ("Kilroy-Silk", "Ashby-Vole-Hale" as the tokenizer cuts them), from ``end`` just after its first part."""
    while (
        end + 1 < len(doc)
        and doc[end].text in HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_title
    ):
        end += 2
    return end


def _name_shaped(words: Span) -> bool:
    """Two or three capitalised words, with any initials ("George H W Bush") and lower-case
    particles inside ("Rodrigo de Rato", "Ludwig van Gerwen", "Ghazi al-Yawer") besides: the
    shape of a person's name."""
    if len(words) < 2 or not (words[0].is_alpha and words[0].is_title and words[-1].is_title):
        return False
    full = 0
    for i, t in enumerate(words):
        if t.text in HYPHENS and 0 < i < len(words) - 1 and words[i - 1].lower_ in NAME_PARTICLES:
            continue  # "al-Yawer" cut in three
        if t.lower_ in NAME_PARTICLES and 0 < i < len(words) - 1:
            continue
        if not (t.is_alpha and t.is_title):
            return False
        if len(t.text) > 1:  # initials do not count
            full += 1
    return 2 <= full <= 3


def _listed_with_persons(doc: Doc, root: Token, start: int, end: int) -> bool:
    """A name in a list of two or more others the model tagged as persons, and of nothing else
    ("Moazzam Begg, Martin Mubanga, Feroz Abbasi and Richard Belmar were held"): one of them."""
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    members = [head]
    i = 0
    while i < len(members):
        members += [
            c
            for c in members[i].children
            if c.dep_ == "conj" or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children))
        ]
        i += 1
    others = [m for m in members if not start <= m.i < end]
    if len(members) - len(others) != 1 or not all(m.ent_type_ == "PERSON" for m in others):
        return False
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return False  # "10% in Bristol South and Leeds Central": places
    # two or more persons, each its own name ("Leeds Central" is one, however parsed), one with a
    # first name the census knows
    spans = {(e.start, e.end): e for m in others for e in doc.ents if e.start <= m.i < e.end}
    return len(spans) >= 2 and any(first_names().get(e[0].lower_) in ("M", "F") for e in spans.values())


def _treated_as_person(doc: Doc, root: Token, end: int) -> bool:
    """Whether the sentence treats the name whose head is ``root`` (ending at ``end``) as a person:
    a "who" clause right after it ("Ann Vole, who died in 2002,"), or "he"/"she" the subject of a
    clause its verb governs ("Ann Vole said she was delighted", "Ann Vole told reporters he would
    stand"). A company says "it"; "who" and "he"/"she" are a person's words."""
    after = doc[end : end + 2]
    if after and (
        after[0].lower_ in WHO or (after[0].text == "," and len(after) > 1 and after[1].lower_ in WHO)
    ):
        return True
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.i < end:
            continue
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she"):
                return True
    return False


#: First words of a body's name that make it a state's own ("the Federal Labour Agency", "the
#: National Audit Office", "the Central Statistics Office"), and the head nouns such a body has.
NATIONAL_OPENERS = frozenset({"federal", "national", "central", "state"})
NATIONAL_BODY_HEADS = frozenset(
    {"agency", "office", "bureau", "service", "authority", "institute", "ministry", "department"}
    | {"commission", "council", "administration", "inspectorate", "directorate", "board"}
)


def _national_body(label: str) -> bool:
    """A body whose name says it is a state's own, not a company's ("the Federal Labour Agency",
    "the National Statistics Office"; not "National Grid", "Federal Express", "Central Trains"):
    it is the document's home state's when nothing else ties it."""
    words = label.casefold().removeprefix("the ").split()
    # (three words at least: "Central Office" is a party's headquarters, "National Council" anyone's)
    return len(words) >= 3 and words[0] in NATIONAL_OPENERS and words[-1] in NATIONAL_BODY_HEADS


def _shared_party_names(
    doc: Doc, found: list[_Mention], states_table: StateTable, texts: list[str] | None = None
) -> list[_Mention]:
    """Names of parties several states have ("the Greens", "Green Party", "the Socialists"):
    the party of the one state whose own parties the document names ("The Greens criticised
    Labour": Britain's), as a body or as the model's untagged or NORP word, named with its state
    ("Green Party (United Kingdom)": one node per state's party, never Australia's Liberals and
    Britain's in one); with parties of no state or of two, nothing is decided."""
    table = shared_parties()
    # ("Spain's Socialists", "the German Greens": another state's party, named by its state)
    state_ends = {m.end: m.state.iso3 for m in found if m.kind is Kind.STATE and m.state is not None}
    own = {m.party for m in found if m.party is not None}
    found = _state_qualified_parties(doc, found, table, state_ends, states_table)
    # (the parties the document names without a state decide; "Australia's Liberal Party" says
    # nothing of "the Liberals" beside Labour; with none, a state's named ones do)
    states = own or {m.party for m in found if m.party is not None}
    if len(states) != 1:
        return found
    (iso3,) = states
    state_name = states_table.get(iso3).name

    def abroad(start: int) -> bool:
        before = start - 1 if start > 0 and doc[start - 1].text in POSSESSIVE else start
        state = state_ends.get(before)
        return state is not None and state != iso3

    out = [
        _Mention(Kind.ORGANIZATION, m.start, m.end, f"{party.name} ({state_name})", party=iso3)
        if m.kind is Kind.ORGANIZATION
        and m.party is None
        and (party := table.lookup(m.name)) is not None
        and not abroad(m.start)
        else m
        for m in found
    ]
    taken = {i for m in out for i in range(m.start, m.end)}
    added = False
    if texts is None:
        texts = [t.text for t in doc]
    i = 0
    while i < len(doc):
        if i in taken or not texts[i][:1].isupper() or not table.may_start(texts[i]):
            i += 1
            continue
        for n in (3, 2, 1):
            end = i + n
            if end > len(doc) or any(k in taken for k in range(i, end)):
                continue
            party = table.lookup(doc[i:end].text)
            if (
                party is not None
                and (n > 1 or doc[i].tag_ == "NNPS" or doc[i].ent_type_ in ("NORP", "ORG"))
                and not abroad(i)
            ):
                out.append(_Mention(Kind.ORGANIZATION, i, end, f"{party.name} ({state_name})", party=iso3))
                added = True
                i = end
                break
        else:
            i += 1
    if added:
        out.sort(key=lambda m: m.start)
    return out


def _state_qualified_parties(
    doc: Doc, found: list[_Mention], table: PartyTable, state_ends: dict[int, str], states_table: StateTable
) -> list[_Mention]:
    """A shared party name that a state qualifies right before it ("Germany's Social Democrats",
    "the Austrian Greens") is that state's party, whatever other parties the document names; the
    model's body or untagged or NORP words alike."""
    if not state_ends:
        return found

    def qualifier(start: int) -> str | None:
        before = start - 1 if start > 0 and doc[start - 1].text in POSSESSIVE else start
        return state_ends.get(before)

    out: list[_Mention] = []
    taken: set[int] = set()
    for m in found:
        if (
            m.kind is Kind.ORGANIZATION
            and m.party is None
            and (iso3 := qualifier(m.start)) is not None
            and (party := table.lookup(m.name)) is not None
        ):
            m = _Mention(
                Kind.ORGANIZATION, m.start, m.end, f"{party.name} ({states_table.get(iso3).name})", party=iso3
            )
        out.append(m)
        taken.update(range(m.start, m.end))
    added = False
    for end_of_state, iso3 in state_ends.items():
        i = end_of_state + (end_of_state < len(doc) and doc[end_of_state].text in POSSESSIVE)
        if i >= len(doc) or i in taken or not doc[i].text[:1].isupper() or not table.may_start(doc[i].text):
            continue
        for n in (3, 2, 1):
            end = i + n
            if end > len(doc) or any(k in taken for k in range(i, end)):
                continue
            party = table.lookup(doc[i:end].text)
            if party is not None:  # (the state before it says a party, tagged or not: "the Danish Greens")
                name = f"{party.name} ({states_table.get(iso3).name})"
                out.append(_Mention(Kind.ORGANIZATION, i, end, name, party=iso3))
                taken.update(range(i, end))
                added = True
                break
    if added:
        out.sort(key=lambda m: m.start)
    return out


def _split_at_named_person(doc: Doc, ents: Sequence[Span]) -> Sequence[Span]:
    """The model's names with a comma inside whose part after it is a person's name in apposition
    ("the owner of Acme, Pavel Vole, left" tagged as one body "Acme, Pavel Vole"): the part before
    keeps the label, the part after (a known first name and one or two capitalised words) is a
    person."""
    if not any("," in e.text for e in ents):
        return ents
    from spacy.tokens import Span

    names = first_names()
    out: list[Span] = []
    for e in ents:
        commas = [t.i for t in e if t.text == ","]
        if e.label_ not in ("ORG", "GPE", "FAC", "PRODUCT") or len(commas) != 1:
            out.append(e)
            continue
        cut = commas[0]
        tail = doc[cut + 1 : e.end]
        if (
            cut == e.start
            or not 2 <= len(tail) <= 3
            or names.get(tail[0].lower_) not in ("M", "F")
            or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in tail)
        ):
            out.append(e)
            continue
        out.append(Span(doc, e.start, cut, label=e.label_))
        out.append(Span(doc, cut + 1, e.end, label="PERSON"))
    return tuple(out)


def _inverted_speaker(root: Token, start: int) -> bool:
    """ "..., said Ann Vole at Acme": a name (opening with a first name) that is the subject of a
    saying verb written right before it, the inverted order of a quotation's speaker."""
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_.lower() in SAYING and start - 2 <= verb.i < start


def _names_in_dates(doc: Doc) -> set[int]:
    """Tokens the model put at the end of a date that are a name's ("last November Ann Vole, a
    teacher,"): two or more capitalised proper nouns after the date's last date word or number."""
    freed: set[int] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "DATE" or len(ent) < 3:
            continue
        last = max(
            (t.i for t in ent if t.like_num or t.lower_ in MONTHS or t.lower_ in WEEKDAYS or not t.is_title),
            default=None,
        )
        if last is None:
            continue
        tail = doc[last + 1 : ent.end]
        if len(tail) >= 2 and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in tail):
            freed.update(t.i for t in tail)
    return freed


def _age_apposition(doc: Doc, end: int) -> bool:
    """ "X, 47, said": a whole number of a person's age between commas right after a name."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", ".", ";"):
        return False
    age = doc[end + 1].text
    return age.isdigit() and 1 <= int(age) <= 110


#: Kin a text names by first name after the relative's name ("Michael Howard's wife, Sandra").
KIN_NOUNS = frozenset(
    {"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow", "widower"}
)
_KIN_OR_PARTNER_NOUNS = KIN_NOUNS | PARTNER_NOUNS
_PARTNER_OR_KIN_NOUNS = PARTNER_NOUNS | KIN_NOUNS


def _kin_names(doc: Doc, persons: list[_Mention], full: list[_Mention]) -> dict[str, str]:
    """First name -> full name, for a first name alone in apposition to a relative's kin noun
    ("Michael Howard's ex-model wife, Sandra", "his son, Euan" after "Tony Blair"): the relative's
    family name completes it, when no full name of the document bears that first name."""
    by_token = {i: m for m in persons for i in range(m.start, m.end)}
    found: dict[str, str] = {}
    for m in persons:
        word = m.name.casefold()
        if len(m.name.split()) != 1 or m.titles or any(c.name.casefold().split()[-1] == word for c in full):
            continue
        if any(c.name.casefold().split()[0] == word for c in full):
            continue
        tok = doc[m.start]
        kin = tok.head
        if tok.dep_ != "appos" or kin.lemma_.lower() not in KIN_NOUNS:
            continue
        owner = next((c for c in kin.children if c.dep_ == "poss"), None)
        relative = by_token.get(owner.i) if owner is not None else None
        if relative is not None and relative is not m:
            found[word] = f"{m.name} {relative.name.split()[-1]}"  # "Mr Conlon's father Giuseppe"
    return found


#: Kin who may bear a family name of their own: the document's full name of that first name is theirs.
SPOUSES = frozenset({"wife", "husband", "widow", "widower", "partner"}) | PARTNER_NOUNS
#: Possessive pronouns of a kin phrase and the gender of the relative they point to.
KIN_POSSESSIVES = {"his": "M", "her": "F", "their": None}


def _kin_introduced(doc: Doc, persons: list[_Mention], full: list[_Mention]) -> dict[int, str | None]:
    """A first name alone introduced by a kin noun ("his son Nick", "her husband, John",
    "Mr Vole's daughter Anne") is a relative, another person than a namesake the document names
    in full ("Nick Vaughan", a student quoted later) unless that namesake has the relative's
    family name. id of the mention -> its full name (the first name and the relative's family
    name: "Nick Howard"), or None when no relative is named in the sentence and a namesake is
    (the mention is no node: "her husband John" would join John Prescott). The relative is the
    owner of the kin noun when named, else for "his"/"her"/"their" the nearest person named
    before it in the sentence whose gender agrees."""
    names = first_names()
    by_token = {i: m for m in persons for i in range(m.start, m.end)}
    found: dict[int, str | None] = {}
    for m in persons:
        if len(m.name.split()) != 1 or m.titles or names.get(m.name.casefold()) is None:
            continue
        tok = doc[m.start]
        kin: Token | None = None
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in _KIN_OR_PARTNER_NOUNS:
            kin = tok.head
        else:
            kin = next(
                (c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in KIN_NOUNS), None
            )
        if kin is None:
            continue
        owner = next((c for c in kin.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if kin.lemma_.lower() in SPOUSES and any(c.name.split()[0] == m.name for c in full):
            continue  # "his wife Cherie ... Cherie Booth QC": a wife may keep her own name
        relative = by_token.get(owner.i)
        if relative is None and owner.lower_ in KIN_POSSESSIVES:
            gender = KIN_POSSESSIVES[owner.lower_]
            sent = doc[m.start].sent
            for c in sorted((p for p in persons if sent.start <= p.start < owner.i), key=lambda p: -p.start):
                if doc[c.end - 1].dep_ == "compound":
                    continue  # "David Miliband is a key Blair lieutenant; his brother Ed": no antecedent
                named = _resolve_short(c, full) or c
                said = _title_gender(c) or name_gender(named.name.split()[0])
                if gender is None or said in (None, "U", gender):
                    relative = named
                    break
        elif relative is not None:
            relative = _resolve_short(relative, full) or relative
        if relative is None or relative is m or (len(relative.name.split()) < 2 and not relative.titles):
            if any(c.name.split()[0] == m.name for c in full):
                found[id(m)] = None  # whose kin is unsaid, and a namesake is named: no node
            continue  # "my girlfriend Anne": the name alone, as any first name
        family = relative.name.split()[-1]
        found[id(m)] = f"{m.name} {family}"
    return found


def _kin_followers(
    persons: list[_Mention], full: list[_Mention], relatives: dict[int, str | None]
) -> dict[int, str | None]:
    """A first name alone after a relative introduced by a kin noun ("Frank Mills said his son John
    had lost his job. John, 24, ...") is that relative (John Mills, or no one's when the relative's
    kin is unsaid), when no full name opening with that first name is written between: not the
    namesake the document named before in full ("John Hartigan, the chairman"). id of the mention
    -> the relative's full name, or None."""
    kin = sorted(
        ((m.start, m.name, relatives[id(m)]) for m in persons if id(m) in relatives and " " not in m.name),
        key=lambda item: item[0],
    )
    if not kin:
        return {}
    found: dict[int, str | None] = {}
    for m in persons:
        if id(m) in relatives or " " in m.name or m.titles:
            continue
        earlier = [(start, label) for start, name, label in kin if name == m.name and start < m.start]
        if not earlier:
            continue
        at, label = earlier[-1]
        if any(at < c.start < m.start and c.name.split()[0] == m.name for c in full):
            continue  # "his son John ... John Hartigan ... John": the nearer full name
        found[id(m)] = label
    return found


#: Words before "known as" in an alias ("also known as", "better known as", "widely known as").
ALIAS_ADVERBS = frozenset(
    {
        "also",
        "better",
        "more",
        "widely",
        "commonly",
        "popularly",
        "universally",
        "locally",
        "formerly",
        "once",
        "professionally",
    }
)
#: Words between a married woman's name and her own name ("Cherie Blair, née Booth", "Jane Hale,
#: formerly Jane Moss", "X, who practises as Y"): the second is another name of the first.
OWN_NAME_CUES = (
    ("née",),
    ("nee",),
    ("formerly",),
    ("who", "practises", "as"),
    ("who", "practices", "as"),
    ("known", "professionally", "as"),
)
#: Verbs of a clause giving the name a person works under ("X, who works as Y", "X, who writes
#: under her maiden name, Y"): the second is another name of the first.
OWN_NAME_VERBS = frozenset(
    {
        "practises",
        "practices",
        "practised",
        "practiced",
        "works",
        "worked",
        "writes",
        "wrote",
        "sits",
        "sat",
        "appears",
        "appeared",
        "performs",
        "performed",
        "trades",
        "traded",
        "uses",
        "used",
        "keeps",
        "kept",
        "goes",
        "went",
        "is",
        "was",
    }
)
#: Nouns of such a name ("her maiden name", "his professional name", "her stage name").
OWN_NAME_NOUNS = frozenset(
    {"maiden", "professional", "stage", "pen", "married", "working", "legal", "former"}
)


def _own_name_clause(words: list[str]) -> bool:
    """ "who works as", "who practises under her maiden name", "who uses her maiden name", "whose
    maiden name is", "who is known at work as": a clause giving another name of the person."""
    rest = [w for w in words if w not in ("who", "whose", "her", "his", "own", "still", "also")]
    if not rest:
        return False
    if (
        rest[0] in OWN_NAME_VERBS
        and rest[-1] == "as"
        and len(rest) <= 4
        and rest[0] not in ("is", "was", "uses", "used")
    ):
        return True  # "who works as", "who practises at the Bar as"
    if rest[:2] in (["is", "known"], ["was", "known"]) and rest[-1] == "as":
        return True  # "who is known at work as"
    return (
        len(rest) >= 2
        and rest[-1] in ("name", "is", "was")
        and any(rest[i] in OWN_NAME_NOUNS and rest[i + 1] == "name" for i in range(len(rest) - 1))
    )  # "who uses her maiden name", "whose maiden name is", "under her stage name"


#: Words that open an alias right after a name ("Mahmoud Abbas, aka Abu Mazen").
ALIAS_WORDS = frozenset({"aka", "a.k.a.", "alias", "nicknamed"})
#: Words that give a person's real name after the name the text uses ("X, whose real name is Y").
REAL_NAME = ("real", "name")
#: An alias cue between two names is at most this many tokens ("- better known as -").
MAX_ALIAS_GAP = 7


def _alias_cue(doc: Doc, start: int, end: int) -> str | None:
    """What the tokens ``start:end`` between two names say: "alias" when the second name is
    another name of the first ("X, also known as Y", "X (known as Y)", "X, aka Y"), "real" when
    the second is the real name of the first ("Y, whose real name is X", "Y (real name X)",
    "Y, born X"), else None."""
    words = [t.lower_ for t in doc_span(doc, start, end) if not t.is_punct or t.text == "a.k.a."]
    puncts = [t.text for t in doc_span(doc, start, end) if t.is_punct and t.text != "a.k.a."]
    if not words or end - start > MAX_ALIAS_GAP or not set(puncts) <= {",", "(", "-", "–", "—", ":"}:
        return None
    if words[-2:] == ["known", "as"] and all(w in ALIAS_ADVERBS for w in words[:-2]):
        return "alias"
    if len(words) == 1 and words[0] in ALIAS_WORDS:
        return "alias"
    if tuple(words) in OWN_NAME_CUES or _own_name_clause(words):
        return "alias"
    if words in (
        ["whose", "real", "name", "is"],
        ["whose", "real", "name", "was"],
        list(REAL_NAME),
        ["born"],
    ):
        return "real"
    return None


def _alias_names(doc: Doc, persons: list[_Mention], sentences: Sentences) -> dict[str, _Mention]:
    """Name -> the person's full name, for another name the text gives a person it names:
    "Mahmoud Abbas, also known as Abu Mazen" (Abu Mazen -> Mahmoud Abbas, whatever the model
    made of the second name), "Abu Mazen, whose real name is Mahmoud Abbas" (the same). Only
    from the text: no table of aliases."""
    at = {m.start: m for m in persons}
    found: dict[str, _Mention] = {}
    for m in persons:
        sent_end = sentences.end(m.start)
        for k in range(m.end + 1, min(m.end + MAX_ALIAS_GAP + 1, sent_end)):
            tok = doc[k]
            if not (tok.is_alpha and tok.is_title):
                continue
            cue = _alias_cue(doc, m.end, k)
            if cue == "alias" and len(m.name.split()) > 1:
                stop = k
                while (
                    stop < sent_end
                    and doc[stop].is_alpha
                    and doc[stop].is_title
                    and doc[stop].pos_ == "PROPN"
                ):
                    stop += 1
                alias = doc[k:stop].text if k in at or stop > k + 1 else None
                alias = at[k].name if k in at else alias
                if doc[k - 1].lower_ in ("née", "nee") and stop == k + 1:
                    found.setdefault(doc[k].text.casefold(), m)
                    alias = " ".join([*m.name.split()[:-1], doc[k].text])  # "Cherie Blair, née Booth"
                if alias is not None and alias.casefold() != m.name.casefold():
                    found.setdefault(alias.casefold(), m)
            elif cue == "real" and k in at and len(at[k].name.split()) > 1:
                found.setdefault(m.name.casefold(), at[k])
            break
    return found


def _opens_sentence(tok: Token) -> bool:
    """The token is the first word of its sentence (after any line breaks or quotes)."""
    i = tok.i - 1
    while i >= tok.sent.start and (tok.doc[i].is_space or tok.doc[i].is_quote):
        i -= 1
    return i < tok.sent.start or tok.doc[i].text in (".", "!", "?")


def _wife_title(m: _Mention) -> str | None:
    """The woman's title before a one-word name ("Mrs" of "Mrs Howard"), as written, else None."""
    for title in m.titles:
        found = WIFE_TITLES.get(title.casefold().rstrip("."))
        if found is not None:
            return found
    return None


def _office_titled_women(doc: Doc, persons: list[_Mention], office: Offices) -> frozenset[str]:
    """Family names (folded) the document writes with a woman's title ("Mrs Kumaratunga") and
    right after an office's title ("President Kumaratunga", "Chancellor Merkel"), never with a
    man's: one woman in office, known by her family name like any office holder, not a wife
    named after her husband ("Mr Blair ... Mrs Blair ... Prime Minister Blair" stay two)."""
    wives: set[str] = set()
    offices_: set[str] = set()
    men: set[str] = set()
    for m in persons:
        if len(m.name.split()) != 1:
            continue
        word = m.name.casefold()
        if _title_gender(m) == "M":
            men.add(word)
        elif _wife_title(m) is not None:
            wives.add(word)
        elif not m.titles and m.start > 0 and office.is_title(doc[m.start - 1].text.rstrip(".")):
            offices_.add(word)
    return frozenset((wives & offices_) - men)


def _document_peers(
    persons: list[_Mention], full: list[_Mention], office_women: Collection[str] = ()
) -> dict[str, list[str]]:
    """Family name -> the peers' names the document gives it ("Lord Falconer"), in order; a
    woman's titled family name no full name takes in ("Mrs Howard") counts as one, and a man's
    ("Mr Howard") is kept as the plain name ("Howard") so that a bare "Howard" stays his; a
    woman in office (``office_women``) keeps her plain family name."""
    found: dict[str, list[str]] = {}
    for m in persons:
        if len(m.name.split()) != 1 or _resolve_short(m, full) is not None:
            continue
        peer = _peerage(m) or _wife_title(m) or _royal_style(m)
        if peer is not None and peer in WIFE_TITLES.values() and m.name.casefold() in office_women:
            continue  # "President Kumaratunga ... Mrs Kumaratunga": one name, her own
        if peer is None and any(t.casefold().rstrip(".") in HUSBAND_TITLES for t in m.titles):
            labels = found.setdefault(m.name.casefold(), [])
            if m.name not in labels:
                labels.append(m.name)
        elif peer is not None:
            labels = found.setdefault(m.name.casefold(), [])
            if f"{peer} {m.name}" not in labels:
                labels.append(f"{peer} {m.name}")
    return found


def _woman_peer(label: str) -> bool:
    """A peer's name with a woman's title ("Lady Thatcher", "Baroness Morgan")."""
    return len(label.split()) == 2 and TITLE_GENDER.get(label.split()[0].casefold()) == "F"


def _peer_label(m: _Mention, peers: list[str], office_woman: bool = False) -> str | None:
    """The peer a one-word name is in its document: its own title ("Baroness Morgan", "Mrs
    Howard"), else the first peer of that family name the document names whose gender its title
    does not contradict ("Falconer said" after "Lord Falconer"; "Lady Morgan" after "Baroness
    Morgan"); a bare name where the document also writes "Mr" before it is nobody's title."""
    gender = _title_gender(m)
    wife = _wife_title(m)
    # "Mrs Thatcher" beside "Lady Thatcher": the woman the document names as a peer
    lady = next((p for p in peers if p.split()[0] not in WIFE_TITLES.values() and _woman_peer(p)), None)
    if wife is not None:
        if lady is not None:
            return lady
        if office_woman:
            return None  # "Mrs Kumaratunga" beside "President Kumaratunga": her family name
        return f"{wife} {m.name}"
    for label in peers:
        title = label.split()[0]
        if len(label.split()) == 1:  # "Mr Howard" written in the document
            if gender in (None, "M"):
                return None
            continue
        if title in WIFE_TITLES.values() and gender is None and any(len(p.split()) == 1 for p in peers):
            return None  # "Howard" in a document with "Mr Howard" and "Mrs Howard": his
        if title in WIFE_TITLES.values() and lady is not None:
            continue  # her peerage names her ("Lady Thatcher" said, after "Mrs Thatcher's")
        if gender is None or TITLE_GENDER.get(title.casefold()) == gender:
            return label
    peer = _peerage(m) or _royal_style(m)
    return None if peer is None else f"{peer} {m.name}"


#: Last words of a name of a term of office, not of its holder ("the Bush Presidency").
TERM_OF_OFFICE_WORDS = frozenset(
    {"presidency", "premiership", "chancellorship", "era", "years", "doctrine", "reign", "tenure"}
)

#: Last words of a name of a body, not of a person ("the Blair Administration", "Manger Magazin").
BODY_LAST_WORDS = frozenset(
    {
        "administration",
        "government",
        "regime",
        "cabinet",
        "camp",
        "magazine",
        "magazin",
        "zeitung",
        "journal",
        "gazette",
        "tribune",
        "show",
        "airways",
        "airlines",
        "motors",
        "holdings",
        "securities",
        "partners",
        "incorporated",
    }
)

#: Entity labels of places, and how many of them coordinated with a name with no first name
#: make it one more place of the list.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACES_LISTED = 2

#: Nouns a company's name modifies beside ``described_companies`` ("Sal Oppenheim investment
#: bank", "the Wippit music service", "Digital Camera magazine").
TRADE_MODIFIED = frozenset(
    {"magazine", "newspaper", "show", "brokerage", "broker", "fund", "label", "studio"}
)


def _territory_as_place(m: _Mention) -> _Mention:
    """A dependent territory ("Hong Kong", "Gibraltar", "Puerto Rico"; states.json status
    "territory") is a place, named by the table's name and part of the state it belongs to
    (``data/territories.tsv``); never a state node."""
    if m.kind is not Kind.STATE or m.state is None or m.state.status != "territory":
        return m
    return _Mention(Kind.LOCATION, m.start, m.end, m.state.name, capital_of=sovereign(m.state))


def _names_by_word(full: list[_Mention]) -> dict[str, set[str]]:
    """Each word of the full names (case-folded) -> the full names with that word: read once
    per document, not once per one-word mention (``_namesakes_apart``)."""
    found: dict[str, set[str]] = {}
    for c in full:
        for w in c.name.split():
            found.setdefault(w.casefold(), set()).add(c.name)
    return found


def _namesakes_apart(
    doc: Doc,
    m: _Mention,
    full: list[_Mention],
    shorts: Iterable[_Mention] = (),
    by_word: dict[str, set[str]] | None = None,
) -> list[_Mention]:
    """The full names a one-word mention may be: when the document names two or more people
    with that family name, not one named in the mention's own sentence ("Mr Smith, 57, whose
    retirement was announced by Alan Smith" is the other Smith of the story); and when the
    document wrote the family name alone (``shorts``, same title gender) while only one of
    them was named yet, the short name stays that person's: "Michael Howard ... Mr Howard
    said ... helped Australia's PM, John Howard, win ... Mr Howard appointed" is Michael
    Howard throughout (a namesake named later by full name does not take the short name)."""
    if m.kind is not Kind.PERSON or len(m.name.split()) != 1:
        return full
    word = m.name.casefold()
    namesakes = set((by_word if by_word is not None else _names_by_word(full)).get(word, ()))
    if len(namesakes) < 2:
        return full
    sent = doc[m.start].sent
    here = {c.name for c in full if c.name in namesakes and sent.start <= c.start < sent.end}
    if here and here != namesakes:
        return [c for c in full if c.name not in here]
    if here:
        return full
    first_seen: dict[str, int] = {}
    for c in full:
        if c.name in namesakes:
            first_seen[c.name] = min(first_seen.get(c.name, c.start), c.start)
    gender = _title_gender(m)
    for s in shorts:
        if s.start >= m.start:
            break
        if s.name.casefold() != word or _title_gender(s) != gender:
            continue
        named = [n for n, at in first_seen.items() if at < s.start]
        if len(named) == 1:  # the short name was written while one namesake was named
            return [c for c in full if c.name not in namesakes or c.name == named[0]]
        break
    names = first_names()
    other = {"M": "F", "F": "M"}.get(gender or "")
    earlier = [
        n for n, at in first_seen.items() if at < m.start and names.get(n.split()[0].casefold()) != other
    ]
    if len(earlier) >= 2 and len({doc[first_seen[n]].sent.start for n in earlier}) == 1:
        # "Kim Jong-il met Kim Dae-jung ... Kim said": two namesakes named together, then the
        # family name alone with nothing to tell them apart: neither's
        return AMBIGUOUS
    return full


#: What :func:`_namesakes_apart` returns for a family name two namesakes of the document may
#: both bear: the mention is dropped (no node, no edge to either).
AMBIGUOUS: list[_Mention] = []


def _firm_surnames(
    doc: Doc,
    mentions: list[_Mention],
    full: list[_Mention],
    companies: Collection[str],
    described: Collection[str] = (),
) -> list[_Mention]:
    """A one-word "person" with no title and no full name of a person to stand for, that is
    the last word of the one firm of the document named like a person ("auditors Arthur
    Andersen ... Andersen had approved", "Charles Stanley ... Stanley said"), is that firm. A
    firm is one the model tags so, the knowledge base lists, the text calls a company
    (``described``: "chain John Lewis") or written after a plural noun of its trade
    (:func:`_after_firm_plural`)."""
    from ..resolve.actors import actors  # the knowledge base's companies

    firms: dict[str, set[str]] = {}
    names = first_names()
    for m in mentions:
        words = m.name.split()
        if (
            m.kind is Kind.ORGANIZATION
            and m.party is None
            and len(words) >= 2
            and words[0].casefold() in names
            and (
                doc[m.start].ent_type_ == "ORG"
                or m.name in described
                or _after_firm_plural(doc, m.start, m.end, companies)
                or actors().organization(m.name) is not None
            )
        ):
            firms.setdefault(words[-1].casefold(), set()).add(m.name)
    if not firms:
        return mentions
    out = []
    for m in mentions:
        firm = firms.get(m.name.casefold()) if m.kind is Kind.PERSON and not m.titles else None
        if (
            firm is not None
            and len(firm) == 1
            and len(m.name.split()) == 1
            and _resolve_short(m, full) is None
        ):
            m = _Mention(Kind.ORGANIZATION, m.start, m.end, next(iter(firm)))
        out.append(m)
    return out


def _misplaced_apostrophes(doc: Doc, persons: list[_Mention], full: list[_Mention]) -> None:
    """A family name ending in "s" whose possessive is written with the apostrophe one letter
    early ("Mr Ebber's lawyers" for Bernie Ebbers, "Ms Phillip's appeal" for Karen Phillips) is
    that family name: the one-word mention takes it when no full name of the document ends
    with the word as written and exactly one ends with it plus "s" (renamed in place; the
    mention's offsets and text are the document's)."""
    if not full:
        return
    ends = {m.name.split()[-1].casefold(): m.name.split()[-1] for m in full}
    for m in persons:
        if len(m.name.split()) != 1 or m.end >= len(doc) or doc[m.end].lower_ not in ("'s", "’s"):
            continue
        word = m.name.casefold()
        if word in ends or word.endswith("s"):
            continue
        family = ends.get(word + "s")
        if family is not None and len({f.name for f in full if f.name.split()[-1] == family}) == 1:
            m.name = family


def _resolve_short(m: _Mention, full: list[_Mention]) -> _Mention | None:
    """The most recent earlier full name containing the short name, else the first later one;
    never a name whose first name's gender the short name's title contradicts ("Mrs Blair" is
    not Tony Blair, "Baroness Morgan" not Rhodri Morgan), nor by the first name of a full name
    when the title stands before family names ("Mr Howard" is not Howard Flight); a peer only a
    full name whose first name tells the peer's gender; a royal none ("Prince Charles" is not
    Charles Kennedy)."""
    if _royal_style(m) is not None:
        return None
    word = m.name.casefold()
    gender = _title_gender(m)
    names = first_names()
    surname_only = any(t.casefold().rstrip(".") in FAMILY_NAME_TITLES for t in m.titles)
    peer = _peerage(m) is not None
    best = None
    misspelt: list[_Mention] = []
    shared = shared_first_names()
    for cand in full:
        given = cand.name.split()[0].casefold()
        # ("Lord Butler ... Robin Butler's comments": a given name of both sexes tells no gender)
        if peer and gender is not None and names.get(given) != gender and given not in shared:
            continue  # "Lord Roberts of Conwy" is not "Sion Aubrey Roberts"
        if gender is not None and given not in shared and names.get(given) == ("F" if gender == "M" else "M"):
            continue
        words = [w.casefold() for w in cand.name.split()]
        if "," in cand.name:  # "Diana, Princess of Wales" (see _styled_names): her given name alone
            words = [cand.name.split(",")[0].casefold()]
        if surname_only and word == words[0] and len(words) > 1 and names.get(word) is not None:
            continue  # "Mr Howard" is not Howard Flight; "Mr Wen" may be Wen Jiabao
        if word in words:
            if cand.start < m.start:
                best = cand
            elif best is None:
                return cand
        elif len(words) > 1 and spelling_variant(word, words[-1], surname=True) in ("spelling", "swap"):
            misspelt.append(cand)
    if best is None and len({c.name for c in misspelt}) == 1:
        # "Labour MP Diane Abbot ... Ms Abbott said": the one full name of the document whose
        # family name is this one misspelt (a letter doubled, two swapped, k for c); "Mr Davies"
        # beside "David Davis" and "Mr Browne" beside "Gordon Brown" are other family names
        return misspelt[0]
    return best


#: Last words of the names of states' gatherings named after a city ("the Paris Club").
GATHERINGS = frozenset(
    {"club", "group", "process", "accord", "accords", "protocol", "convention", "conventions"}
    | {"conference", "summit", "declaration", "agreement", "talks", "forum", "initiative", "pact"}
)


def _place_in_name(name: Span) -> State | None:
    """The state of a capital or a city or region that opens an organization's name, or ends it
    after "of": "Baghdad University", "Kabul Radio", "the University of Tehran", "the Lagos State
    Police" - a body of the place. A name of one word, or one that is only the place, has none."""
    words = [t for t in name if not (t.i == name.start and t.lower_ == "the")]
    if len(words) < 2 or words[-1].lower_ in GATHERINGS:
        return None  # "the Paris Club", "the Minsk Group": states meeting in a city, no body of it
    if any(t.is_punct for t in words) or all(t.is_upper for t in words if t.is_alpha):
        return None  # "DUBAI/JERUSALEM (AP)": a dateline's places, no name
    # (the place's words, the rest): "Baghdad | University", "University of | Tehran"
    splits = [(words[:n], words[n:]) for n in (2, 1) if len(words) > n]
    ofs = [i for i, t in enumerate(words) if t.lower_ == "of"]
    if ofs and 0 < ofs[-1] < len(words) - 1:
        splits.append((words[ofs[-1] + 1 :], words[: ofs[-1]]))
    for place, rest in splits:
        text, other = " ".join(t.text for t in place), " ".join(t.text for t in rest)
        state = capital(text) or place_state(text)
        if state is not None:
            # "Dubai Jerusalem", "Niamey Paris": places the model ran together are no body
            named = capital(other) or place_state(other) or lookup(other)
            return None if named is not None or not any(t.is_alpha for t in rest) else state
    return None


def _split_coordinated_bodies(doc: Doc, found: list[_Mention], heads: frozenset[str]) -> list[_Mention]:
    """Two organizations the model tagged as one name ("Amnesty International and Human Rights
    Watch"): each half of an organization's name split at its one "and" ends in a word of a
    body's own name (``[body_name_ends]``: "Watch", "Council", "Fund", "International"), and
    each half has two words or more. "Marks and Spencer", "Procter and
    Gamble", "Johnson and Johnson" or "the Food and Agriculture Organisation" stay one."""
    out = []
    for m in found:
        if m.kind is not Kind.ORGANIZATION or m.party is not None or m.end - m.start < 5:
            out.append(m)
            continue
        ands = [j for j in range(m.start + 2, m.end - 2) if doc[j].lower_ == "and"]
        if len(ands) != 1:
            out.append(m)
            continue
        k = ands[0]
        right = k + 1 + (doc[k + 1].lower_ == "the")
        left_end = doc[k - 1].lower_
        right_end = doc[m.end - 1].lower_
        if not (
            left_end in heads
            and right_end in heads
            and m.end - right >= 2
            and all(t.text[:1].isupper() for t in doc[right : m.end] if t.is_alpha and len(t) > 3)
        ):
            out.append(m)
            continue
        out.append(_Mention(Kind.ORGANIZATION, m.start, k, doc[m.start : k].text))
        out.append(_Mention(Kind.ORGANIZATION, right, m.end, doc[right : m.end].text))
    return out

"""Codes that mean what the sentence says: the event rules applied after a trigger's code
is looked up (issue 11.3).

* **Force needs a physical act.** A force code (18-20) from a word as often said of words
  ("attacked", "hit", "an attack on") stays force only with physical evidence in its clause:
  an armed actor, a weapon, a casualty, a place ([weapons]). "Kennedy attacked Mr Brown for
  failing to ...", "launched an attack on spending plans" are 111 Criticize.
* **A warning is a threat only when an action is threatened.** "warned X against Y",
  "warned X not to", "warned it would retaliate", "warned of consequences" are 13x, and 138
  only when the threatened act is military; "warned that the war could be illegal" is
  criticism (111) when it judges, else a pessimistic comment (012).
* **Intent is not the act.** "offer / propose / promise / plan / agree to X", "is ready to
  X" is the intent code of X (03x: 036 to meet, 031 material cooperation, 033 aid ...) and
  X itself is not coded; an intended use of force is a threat (138); an intended act that
  has no intent code (sanctions, demands ...) keeps modality ``intended``.
* **Refusals.** "refused to comment / confirm / deny" is 011 Decline comment, and the
  refused denial is no denial; any other refused act is negated.
* **Modality and negation** of every event: asserted, reported ("said that", "reportedly"),
  intended, planned ("will", "is due to", "the upcoming talks"), hypothetical ("could",
  "if"), and negation ("did not", "refused to").

The word lists are in ``data/word_lists.txt``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

from ..model import Modality
from .lexicon import WordLists
from .refusals import emphatic_no

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .tokens import Sentences

#: Roots of force; of these the [verbal_force] words need physical evidence.
FORCE = frozenset({"18", "19", "20"})
#: The intent code (03x) of an act, by the act's CAMEO root.
INTENT_CODES = {
    "01": "030",
    "02": "030",
    "03": "",  # an intent already: keep its code
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "09": "030",
    "045": "039",  # an act's full code first: "offered to mediate" is the intent to mediate
}
#: Verbs of intent that, with a conflictual act, are a threat: "vowed to retaliate".
THREATENING = frozenset({"vow", "threaten", "warn", "pledge"}) | {"threat", "ultimatum"}
#: Nouns of threatening: "Hungary's threat to veto the package" threatens the act in its infinitive.
THREAT_NOUNS = frozenset({"threat", "ultimatum"})
#: Verbs of offering: an offer on a condition is made ("offered to mediate if both sides agreed").
OFFERING = frozenset({"offer", "promise", "pledge", "volunteer"})
#: Verbs of promising: a coercive act promised with no one named to suffer it is a policy.
PROMISING = frozenset({"vow", "pledge", "promise", "commit"})
#: The threat (13x) of an act, by the act's CAMEO root: "threatened to ban" is 13x, not 16x.
THREAT_CODES = {"14": "133", "15": "138", "16": "131", "17": "132", "18": "138", "19": "138", "20": "138"}
#: Acts whose threat has a code of its own: sanctions (1312), halted talks (134), arrests,
#: expulsions and crackdowns (137 repression).
THREAT_OWN = {"163": "1312", "164": "134", "173": "137", "174": "137", "175": "137"}
#: Administrative sanctions whose threat has a finer code: a curfew threatened is 1323.
THREAT_FINE = {"1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324"}


def threat(code: str, default: str | None = None) -> str:
    """The threat (13x) of the act ``code``: "threatened to arrest" is 137, "to ban" 132,
    "to impose a curfew" 1323."""
    return (
        THREAT_FINE.get(code[:4])
        or THREAT_OWN.get(code[:3])
        or THREAT_CODES.get(code[:2])
        or default
        or "130"
    )


#: The refusal (12x) of an act, by the act's CAMEO root: "refused to lift the curfew" is 124.
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
#: Acts whose refusal has a code of its own: refusing to sign an agreement (057) is 127.
REFUSAL_OWN = {"057": "127", "046": "125"}


def refusal(code: str) -> str:
    """The refusal (12x) of an act: "refused to sign the treaty" is 127, "would not
    apologise" a rejection (120), "refusing to lift the curfew" 124."""
    return REFUSAL_OWN.get(code[:3]) or REFUSAL_CODES.get(code[:2], "120")


#: Auxiliaries of a refusal when negated: "will not accept", "would not give".
REFUSING_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})
#: Auxiliaries of an act owed, not done: "X must withdraw" (the speaker's demand or appeal).
DEONTIC = frozenset({"must", "should", "ought"})
#: Verbs of asking: the act in their infinitive is requested, not done ("urged Iran to
#: return"); the request is the event. (Unlike "forced / helped / allowed X to", which tell
#: that it happened.)
REQUESTING = frozenset(
    {
        "urge",
        "ask",
        "call",
        "press",
        "push",
        "encourage",
        "invite",
        "request",
        "advise",
        "pressure",
        "appeal",
        "implore",
        "beg",
        "demand",
        "challenge",
        "dare",
    }
)
#: Verbs whose infinitive is attempted, not done: "should try to resolve" owes what "should" owes.
TRYING = frozenset({"try", "attempt", "seek", "strive", "endeavour", "endeavor"})
#: Words of chance whose infinitive may or may not happen: "are unlikely to meet", "is likely
#: to visit" - hypothetical, not told as done.
CHANCE = frozenset({"likely", "unlikely", "probable", "improbable"})
#: Verbs whose object or passive subject, an event noun, is called off ("the summit was
#: cancelled") or put off ("the visit was postponed"): no act done (yet).
CALLED_OFF = frozenset({"cancel", "scrap", "abandon", "axe", "shelve"})
PUT_OFF = frozenset({"postpone", "delay", "defer", "reschedule", "suspend"})
#: Verbs whose gerund did not happen: "denied accusing Germany".
DENYING = frozenset({"deny"})
#: Verbs whose "of"-gerund is alleged, not told: "accused of criticising", "suspected of spying".
ALLEGING = frozenset({"accuse", "suspect", "allege", "charge"})
#: Verbs announcing what their speaker will do: "announced it would free 150 prisoners".
ANNOUNCING = frozenset({"announce", "declare", "confirm", "pledge", "promise", "vow"})
#: Verbs that, negated in the future, deter rather than refuse: "will not allow / tolerate X".
DETERRING = frozenset({"allow", "tolerate", "permit", "let"})
#: Verbs of a clause that make what follows the consequence the one warned would undergo:
#: "would face consequences", "would be met with a firm response", "could provoke a response";
#: not "might look like interference" or "could lead to action in the courts" (a forecast).
UNDERGOING = frozenset(
    {
        "face",
        "meet",
        "suffer",
        "incur",
        "risk",
        "pay",
        "provoke",
        "trigger",
        "invite",
        "draw",
        "bring",
        "evoke",
        "elicit",
        "prompt",
        "unleash",
        # a response told as the act it answers: "any attack would be answered / greeted with force"
        "answer",
        "greet",
        "counter",
    }
)
#: Passive infinitives of being made to answer: "refused to be drawn on the date", "be pinned down".
PRESSED = frozenset({"draw", "pin", "press"})
#: Verbs that, with "of", tell a court's finding, not the act told: "convicted of planting bombs".
CONVICTING = frozenset(
    {"convict", "sentence", "jail", "imprison", "find", "arrest", "charge", "detain", "prosecute", "fine"}
)
#: Verbs that, with "of", tell the act did not happen: "cleared of murdering", "acquitted of".
CLEARING = frozenset({"clear", "acquit", "exonerate", "absolve"})
#: Adverbs that deny a finding: "wrongly convicted of".
WRONGLY = frozenset({"wrongly", "falsely", "wrongfully", "unjustly"})
DECLINE_COMMENT = "011"
BOMBING = "183"
ACCORD = "019"
CRITICIZE = "111"
PESSIMISTIC = "012"
DEMAND = "100"
REJECT = "120"
MILITARY_THREAT = "138"
APPEAL = "020"
#: Threaten to protest, strike or boycott (a union's "warned of walkouts").
DISSENT_THREAT = "133"


class EventLike(Protocol):
    cameo: str
    trigger: Token
    agents: list[str]
    targets: list[str]
    negated: bool
    modality: Modality


E = TypeVar("E", bound=EventLike)


# -- codes --------------------------------------------------------------------------------------
def refine(
    code: str,
    trigger: Token,
    words: WordLists,
    *,
    people_only: bool,
    person_target: bool,
    state_target: bool = False,
    state_agent: bool = False,
    domestic: bool | None = None,
    own_act: bool = False,
    advisory: bool = False,
    speaking: bool = False,
) -> str:
    """The code the sentence means, given the one its trigger looked up (see the module doc).

    ``people_only``: every agent is a person (or a party); ``person_target``: a target is a
    person; ``state_target``: a target is a state; ``state_agent``: an agent is a state;
    ``domestic``: no state acts and none is acted upon but the agents' own (default: no state
    on either side); ``own_act``: a warning's clause has the warner's side as its subject;
    ``advisory``: the warner serves no state (an international agency, a mediator);
    ``speaking``: an agent is a person or a party (whose blow, with words said along it, is words)."""
    root = code[:2]
    lemma = trigger.lemma_.lower()
    if (
        code == "010"
        and lemma in ("tell", "say")
        and not (people_only and not state_target and not state_agent)
        and _quoted_threat(trigger, words)
    ):
        return MILITARY_THREAT  # '"We will not hesitate to use force," the minister told Taiwan'
    if code == "010" and lemma == "tell" and (told := _told_threat(trigger, words)) is not None:
        return told  # "told Mali it would cut off all aid unless elections were held": a threat
    if root in FORCE and metaphor(trigger):
        # "went to war with the central bank governor", "turned his guns on Brussels": words, unless
        # a weapon or an armed actor is in the clause or a state strikes a state
        armed = bool(_clause_words(trigger) & words.weapons)
        # ("turned his fire on the British government, accusing it of ...": words said along)
        spoken = speaking and said_along(_clause(trigger), words)
        at_war = state_agent and state_target and not person_target and not spoken
        return code if armed or at_war else CRITICIZE
    if root == "11" and lemma in words.verbal_force and _sporting(_clause(trigger)):
        return GAME  # "the Australian cricket team savaged the English bowling attack": a game
    if root in FORCE and (lemma in words.verbal_force or blow_phrase(trigger)):
        clause = _clause(trigger)
        if _sporting(clause) and not any(t.lemma_.lower() in words.weapons for t in clause.subtree):
            return GAME  # "Brazil hammered Argentina 3-0 in their qualifier": a game won, no event
        if lemma in SHOWERING and any(
            p.dep_ == "prep" and p.lower_ == "with" and o.lemma_.lower() not in words.weapons
            for p in trigger.children
            for o in p.children
            if o.dep_ == "pobj"
        ):
            return GAME  # "bombarded the minister with requests": asked many times, no blow, no blame
        return (
            code
            if physical(
                trigger,
                words,
                people_only=people_only,
                person_target=person_target,
                state_target=state_target,
                speaking=speaking,
            )
            else CRITICIZE
        )
    if (
        code == "030"
        and lemma == "agree"
        and not any(
            c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"))
            for c in trigger.children
        )
    ):
        return ACCORD  # "agreed with X's view", "agreed that ...": accord, no intent to act
    if code == "030" and lemma == "agree":
        return _agreed_field(trigger) or code
    if code == "114" and lemma == "protest" and _crowd(trigger):
        return "140"  # "thousands protested", "opponents of X protested": a demonstration
    if code[:3] == "114" and lemma == "complain" and not _addressed(trigger):
        return CRITICIZE  # "complained the promises were vague": a grievance voiced, no complaint lodged
    if root == "10" and any(persisting(c) for c in trigger.children if c.dep_ == "ccomp"):
        return REJECT  # "insisted the changes must go ahead despite the unions": a rejection
    if root == "03" and lemma in VOWS and devastation(trigger, words):
        # "vowed to turn Seoul into a sea of fire if ...", "promised its forces would smash any
        # attempt by Taiwan": ruin promised upon an enemy is a threat of force, no intent
        return MILITARY_THREAT
    if root == "03" and lemma in THREATENING and (act := _measures_against(trigger, words)) is not None:
        # "vowed to take action against Pakistan", "pledged to use force against the rebels":
        # coercion promised against someone named is a threat, not an intent to cooperate
        return MILITARY_THREAT if any(_military_word(t, words) for t in act.subtree) else "130"
    if root == "13":
        # Between parties and politicians, with no state upon either side, a warning that
        # threatens no act of the warner's own is advice or a forecast, not a threat.
        if domestic is None:
            domestic = people_only and not state_target and not state_agent
        if lemma in ("warn", "caution", "warning") and forecast(trigger, words):
            return PESSIMISTIC  # "warned that the rand could slide", "that Russia might attack"
        if lemma in ("warn", "caution"):
            return warning(
                code,
                trigger,
                words,
                domestic=domestic,
                state_agent=state_agent,
                own_act=own_act,
                foreign=state_target,
                advisory=advisory,
            )
        framing = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" else None
        clauses = [*_frame_clauses(trigger), *(_frame_clauses(framing) if framing is not None else ())]
        if (lemma in THREAT_FRAMES or framing is not None) and any(
            _armed_subject(c) and _future(c) for c in clauses
        ):
            # "put the Philippines on notice that the Chinese navy would open fire on ...", "in
            # an ultimatum to Kosovo, said his army would cross the line if ...": the threatener's
            # armed force to act
            return MILITARY_THREAT
        if (
            framing is not None
            and framing.lemma_.lower() in words.say
            and not domestic
            and _quoted_threat(framing, words)
        ):
            return MILITARY_THREAT  # '"We will shoot it down," the minister said in a warning to Minsk'
        if lemma == "warning" and (_idle_warning(trigger, words) or (domestic and not _content(trigger))):
            return PESSIMISTIC  # "issued a warning about new viruses", "reacted to his warning"
        # (not in its condition: "threatened Colombia with tariffs unless Bogota accepted
        # military flights" threatens tariffs)
        conditions = {t.i for c in trigger.children if _condition(c) for t in c.subtree}
        if any(_military_word(t, words) for t in _content(trigger) if t.i not in conditions):
            return MILITARY_THREAT
        if code in ("130", "131") and lemma == "threaten" and _threatened_force(trigger, words, domestic):
            # "threatened a fresh ground offensive against the YPG", "a military operation":
            # the threatened noun is an act of force
            return MILITARY_THREAT
        if code in ("130", "131") and lemma in ("threaten", "threat"):
            # "threatened sanctions against Belarus", "threatened to cut aid to Egypt"
            said = [
                t for c in trigger.children if c.dep_ in ("dobj", "xcomp", "prep", "acl") for t in c.subtree
            ]
            return nonforce_threat(said) or code
    return code


#: Blows named by a common verb with its particle, preposition or object, as often dealt in words
#: as by hand: "went after the Bank of Japan", "turned on the party", "opened fire on the ANC",
#: "pulled apart the plan". Force only with physical evidence (see `physical`); the verbs alone
#: are no force words ([verbal_force] is also read as acts a warner threatens).
BLOW_PHRASES = frozenset({("go", "after"), ("turn", "on"), ("open", "fire"), ("pull", "apart")}) | {
    # force metaphors of a verb with its noun ("went to war with the governor", "turned his guns
    # on the Treasury", "trained his fire on Brussels"; triggers.tsv idioms go+war, turn+gun ...)
    ("go", "war"),
    ("turn", "fire"),
    ("turn", "gun"),
    ("train", "fire"),
    ("train", "gun"),
    ("aim", "fire"),
    ("direct", "fire"),
    ("focus", "fire"),
    ("level", "fire"),
    ("aim", "gun"),
    ("point", "gun"),
}


#: Force metaphors of a verb with its noun (a part of `BLOW_PHRASES`): words between politicians
#: unless armed ("went to war with the governor", "turned his guns on the Treasury").
METAPHORS = frozenset(
    {("go", "war"), ("turn", "fire"), ("turn", "gun"), ("train", "fire"), ("train", "gun")}
    # "aiming her fire at the ruling party", "directed his fire at Brussels", "pointed his guns at"
    | {
        ("aim", "fire"),
        ("direct", "fire"),
        ("focus", "fire"),
        ("level", "fire"),
        ("aim", "gun"),
        ("point", "gun"),
    }
)


def metaphor(trigger: Token) -> bool:
    """Whether ``trigger`` with its object or its preposition's noun is one of `METAPHORS`."""
    lemma = trigger.lemma_.lower()
    nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    nouns += [o for c in trigger.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any((lemma, n.lemma_.lower()) in METAPHORS for n in nouns)


def _clause_words(trigger: Token) -> set[str]:
    """The lemmas and words of the clause of ``trigger``, but the metaphor's own verb and noun
    ("turned his guns on X", "trained his fire on X": no gun, no train)."""
    own = {n.i for n in trigger.subtree if (trigger.lemma_.lower(), n.lemma_.lower()) in METAPHORS} | {
        trigger.i
    }
    clause = _clause(trigger)
    for said in clause.children:
        if (
            said.dep_ in ("advcl", "xcomp", "ccomp", "parataxis", "conj")
            and said.lemma_.lower() in SAYING_ALONG
        ):
            # "trained his guns on the LDP, saying its plan would 'carpet-bomb' family budgets": the
            # words said along are no weapon of the clause
            own |= {t.i for t in said.subtree}
    return {w for t in clause.subtree if t.i not in own for w in (t.lemma_.lower(), t.lower_)}


#: Verbs of a clause of words said along with a metaphor of force ("..., saying", "..., calling").
SAYING_ALONG = frozenset(
    {"say", "call", "describe", "claim", "argue", "insist", "accuse", "brand", "label", "add", "charge"}
    | {"allege", "complain", "suggest", "warn", "tell", "dub", "declare", "write", "tweet"}
)


def blow_phrase(trigger: Token) -> bool:
    """Whether ``trigger`` with a particle, preposition or object of its own (or the noun of its
    preposition: "went to war") is a `BLOW_PHRASES` blow."""
    lemma = trigger.lemma_.lower()
    words = [c for c in trigger.children if c.dep_ in ("prep", "prt", "dobj", "advmod")]
    words += [o for c in words if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any((lemma, c.lower_) in BLOW_PHRASES or (lemma, c.lemma_.lower()) in BLOW_PHRASES for c in words)


def _measures_against(trigger: Token, words: WordLists) -> Token | None:
    """The infinitive of "take action / measures / steps", "use force" against someone named:
    "(vowed) to take action against Pakistan"; not against a thing ("against benefit fraud")."""
    for act in (c for c in trigger.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("take", "use")):
        objects = [c for c in act.children if c.dep_ == "dobj"]
        if not any(o.lemma_.lower() in words.threat_acts for o in objects):
            continue
        aimed = [
            o
            for holder in (act, *objects)
            for p in holder.children
            if p.dep_ == "prep" and p.lower_ in ("against", "on")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for o in aimed):
            return act
    return None


#: Verbs of a clause that marks its subject for what is to befall it: "would become legitimate
#: targets", "would be fair game", "would be treated as targets", "would be in the crosshairs".
MARKING = frozenset({"be", "become", "treat", "consider", "regard", "view", "see", "count", "deem", "mark"})


def _marked(word: Token) -> bool:
    """A word that marks someone for attack: "(legitimate) targets", "fair game", "in the
    crosshairs / sights / firing line" (``marked_targets`` of ``word_lists.txt``)."""
    lemma = word.lemma_.lower()
    if lemma == "game":
        return any(c.lower_ == "fair" for c in word.children)
    if lemma == "line":
        return any(c.lower_ == "firing" for c in word.children)
    return lemma in MARKS or word.lower_ in MARKS


#: Nouns that mark someone for attack (with "fair game" and "the firing line", read in `_marked`).
MARKS = frozenset({"target", "targets", "crosshair", "crosshairs", "sights", "prey"})


def threat_frame(clause: Token, words: WordLists) -> str | None:
    """The threat a clause said or told puts on its subject, whatever act would follow: marked
    for attack ("any NATO troops near the border would become legitimate targets", "airfields
    hosting US jets would be fair game", "they would be in the crosshairs": 138), or warned of
    what it would pay ("Japan would face consequences if ...", "would pay a heavy price",
    "would regret it": 130; ``consequences`` of ``word_lists.txt``). None for a clause of no
    future ("were targets of the raid") or of none of these."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    lemma = clause.lemma_.lower()
    if lemma in MARKING:
        said = [c for c in clause.children if c.dep_ in ("attr", "oprd", "acomp")]
        said += [o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if any(_marked(w) for w in said):
            return MILITARY_THREAT
    objects = [c.lemma_.lower() for c in clause.children if c.dep_ in ("dobj", "advmod")]
    keys = {lemma} | {f"{lemma} {o}" for o in objects}
    if not keys.isdisjoint(words.consequences):
        return "130"
    return None


#: Nouns of ruin that need their frame: "a sea of fire", "off the map", "to the stone age".
RUIN_FRAMES = {"fire": ("sea", "rain", "hail", "storm", "wall"), "map": ("off",), "age": ("stone",)}
#: Verbs of vowing and promising whose clause can threaten: "vowed / pledged / promised / swore to".
VOWS = frozenset({"vow", "pledge", "promise", "swear", "threaten"})


def devastation(trigger: Token, words: WordLists) -> bool:
    """A vow or promise whose act lays an enemy waste (``devastation`` of ``word_lists.txt``):
    "vowed to turn Seoul into a sea of fire", "pledged to reduce the posts to rubble", "promised
    that its forces would smash any attempt by Taiwan", "vowed to wipe Israel off the map"; the
    act its own (an infinitive, or a clause with "would"/"will" of its own side) and done to
    someone: a named state, place, body or force, or "any attempt / move" (not "vowed to crush
    corruption", "to destroy the drug trade")."""
    acts = [c for c in trigger.children if c.dep_ == "xcomp"]
    acts += [
        c
        for c in trigger.children
        if c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in c.children)
        and any(
            s.dep_ == "nsubj" and (s.lower_ in SPEAKER_PRONOUNS or _speakers_forces(s)) for s in c.children
        )
    ]
    for act in acts:
        if any(c.dep_ == "neg" for c in act.children):
            continue
        upon = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
        upon += [o for p in act.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        named = any(
            t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC")
            or t.lemma_.lower() in DEFIANT_ACTS
            or t.lemma_.lower() in ARMED
            or _military_word(t, words)
            for o in upon
            for t in o.subtree
        )
        for t in act.subtree:
            word = t.lemma_.lower()
            if word not in words.devastation:
                continue
            frame = RUIN_FRAMES.get(word)
            if frame is not None:
                near = {x.lower_ for x in (t.head, t.head.head, *t.head.children, *t.children)}
                if near.isdisjoint(frame):
                    continue
                return True
            if t.pos_ == "NOUN" or named:
                return True
    return False


def _told_threat(trigger: Token, words: WordLists) -> str | None:
    """The threat of a clause told to someone that says the teller will coerce them on a condition:
    "told Mali (that) it would cut off all aid unless elections were held", "told Hungary that funds
    would be frozen if the law stayed" (the act the teller's, or a passive with no one else named);
    its code (138 if military, a fine code for aid, sanctions or ties cut), else None. A forecast
    told ("told reporters the economy would grow") or a condition alone is none."""
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        if not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children
        ):
            continue
        if (framed := threat_frame(clause, words)) is not None:
            return framed  # "told Finland that NATO troops would become legitimate targets"
        if (anyone := _any_act(clause)) is not None:
            # "told Israel that any strike on Iranian soil would bring a storm of missiles down on
            # Tel Aviv": a condition put as the clause's subject, force (or a measure) its answer
            answer = [t for t in clause.subtree if t.i not in {a.i for a in anyone.subtree}]
            if any(_military_word(t, words) or t.lemma_.lower() in MISSILES for t in answer):
                return MILITARY_THREAT
            if (fine := nonforce_threat(answer)) is not None:
                return fine
            continue
        lemma = clause.lemma_.lower()
        armed = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            armed is not None
            and _armed_subject(clause)
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in armed.children)
            and (lemma in COERCIVE or lemma in words.verbal_force or lemma in words.military_threat)
            and any(
                c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "at")) for c in clause.children
            )
        ):
            return MILITARY_THREAT  # "told Seoul its artillery would blast away any loudspeakers"
        if not any(_condition(c) for c in clause.children):
            continue
        if lemma not in COERCIVE and lemma not in CUTTING and lemma not in words.threat_acts:
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        passive = any(c.dep_ == "auxpass" for c in clause.children) and not any(
            c.dep_ == "agent" for c in clause.children
        )
        own = subj is not None and (subj.lower_ in ("it", "we", "they", "i") or _warners_body(subj))
        if not (own or passive):
            continue
        conditions = {t.i for c in clause.children if _condition(c) for t in c.subtree}
        said = [t for t in clause.subtree if t.i not in conditions]
        if any(_military_word(t, words) for t in said):
            return MILITARY_THREAT
        fine = nonforce_threat(said)
        if fine is None and not own:
            continue  # "told MPs that taxes would be cut if ...": a promise, nothing of theirs cut
        return fine or "130"
    return None


#: Acts of defiance a condition put as a subject names: "any strike on Iranian soil would ...",
#: "any attempt to resupply the troops would ...".
DEFIANT_ACTS = frozenset(
    {
        "strike",
        "attack",
        "attempt",
        "move",
        "incursion",
        "violation",
        "provocation",
        "aggression",
        "intervention",
        "deployment",
        "step",
        "action",
        "interference",
        "invasion",
    }
)
#: Weapons whose falling on someone an answer tells: "would bring a storm of missiles down on X".
MISSILES = frozenset({"missile", "rocket", "bomb", "shell", "drone", "fire"})


def _any_act(clause: Token) -> Token | None:
    """The clause's subject when it is "any" act of defiance: "any strike on our soil would ...",
    "any attempt to cross the line will ..." (a condition); else None."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in DEFIANT_ACTS:
        return None
    return subj if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in subj.children) else None


#: Verbs of cutting what is given: "would suspend / cut / halt military aid".
CUTTING = frozenset(
    {
        "suspend",
        "cut",
        "halt",
        "freeze",
        "withdraw",
        "stop",
        "reduce",
        "end",
        "withhold",
        "slash",
        "recall",
        "sever",
        "break",
        "downgrade",
        "expel",
    }
)
#: What a state gives another: cutting it threatens aid (1311).
GIVEN = frozenset({"aid", "assistance", "funding", "fund", "loan", "help", "support", "subsidy", "grant"})
#: Measures that make a threat one of sanctions (1312).
SANCTIONS = frozenset({"sanction", "embargo", "boycott", "tariff"})
#: Trade whose cut is an embargo threatened (1312).
TRADE = frozenset({"export", "import", "trade", "shipment"})
#: Ties whose cut is a threat to break relations (1313).
TIES = frozenset({"relation", "tie", "ambassador", "embassy", "diplomat", "envoy"})
#: Words of travel: a warning against it is advice to travellers, no threat.
TRAVEL = frozenset({"travel", "travelling", "traveling", "visit", "holiday", "trip", "journey", "tourist"})
#: Verbs of force a first-person future in a quoted warning threatens: "we will flatten them".
QUOTED_FORCE = frozenset(
    {
        "flatten",
        "obliterate",
        "annihilate",
        "wipe",
        "pound",
        "bomb",
        "shell",
        "invade",
        "destroy",
        "crush",
        "strike",
        "hit",
        "attack",
        "retaliate",
        "respond",
        "fire",
        "raze",
        "eliminate",
        "target",
        "sink",
        "shoot",
        "kill",
    }
)
#: Words that make a quoted first-person response political, no force: "at the ballot box".
UNARMED_REPLIES = frozenset({"ballot", "poll", "court", "election", "vote", "law", "argument", "word"})


def nonforce_threat(said: Iterable[Token]) -> str | None:
    """The fine code of a threat of no force by what it says: cutting aid 1311 ("would suspend
    military aid"), sanctions 1312 ("threatened sanctions", "would impose an embargo"), cutting
    ties 1313 ("would recall its ambassador"); None for any other."""
    toks = list(said)
    lemmas = {t.lemma_.lower() for t in toks}
    if lemmas & SANCTIONS:
        return "1312"
    for tok in toks:
        if tok.lemma_.lower() in CUTTING and tok.pos_ == "VERB":
            objects = {o.lemma_.lower() for o in tok.children if o.dep_ in ("dobj", "nsubjpass")}
            if objects & GIVEN:
                return "1311"
            if objects & TRADE:
                return "1312"  # "would cut off exports to Japan": an embargo threatened
            if objects & TIES:
                return "1313"
    return None


def _said_clauses(trigger: Token) -> list[Token]:
    """The words a warning quotes before its speaker ('"... we will flatten them," X warned'),
    or the quote of the verb of saying a participle of warning hangs on ('"We will strike
    back," the minister said, warning Israel')."""
    out = [c for c in trigger.children if c.i < trigger.i and c.dep_ in ("ccomp", "dep", "parataxis")]
    if trigger.dep_ in ("advcl", "conj") and trigger.tag_ == "VBG":
        out += [c for c in trigger.head.children if c.dep_ == "ccomp"]
    return out


def _quoted_threat(trigger: Token, words: WordLists) -> bool:
    """A warning that quotes its author's own act of force to come: "we will flatten their
    positions", "I will strike back hard"; not "we will beat them at the ballot box"."""
    for clause in _said_clauses(trigger):
        if _poised_arms(clause, words):
            return True  # '"Our troops are ready to cross the border"', '"our missiles are aimed at"'
        for verb in (t for t in clause.subtree if t.pos_ == "VERB"):
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
            if not future:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None and verb.dep_ == "conj":
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            plain = not any(t.lemma_.lower() in UNARMED_REPLIES for t in verb.subtree)
            if _answered_with_force(verb, words):
                return True  # '"any attack on our ships will be answered with force"'
            if subj is not None and _own_arms(subj, words) and plain:
                return True  # '"our artillery will answer within minutes"', '"our missiles will reach"'
            if any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() != "hesitate":
                continue  # '"we will not attack anyone"': no threat
            # ('"we will not hesitate to use force"': the act is the infinitive's)
            acts = [
                verb,
                *(c for c in verb.children if c.dep_ == "xcomp" and verb.lemma_.lower() == "hesitate"),
            ]
            if not any(_forceful(a) for a in acts):
                continue
            own = subj is not None and (subj.lower_ in ("we", "i") or _armed_subject(verb))
            if (own or _conditional_passive(verb)) and plain:
                return True
    return False


def _answered_with_force(verb: Token, words: WordLists) -> bool:
    """A passive response with force to come: "(any attack) will be met / answered with force",
    "would be met with a missile barrage"; not "met with fierce opposition"."""
    return (
        verb.lemma_.lower() in ("meet", "answer", "greet", "counter")
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(
            _military_word(t, words)
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for t in p.subtree
        )
    )


#: What "use" with force as its object threatens: '"we will use force"', "use military force".
USED_FORCE = frozenset({"force", "weapon", "missile", "army", "military", "troop", "nuclear"})


def _forceful(verb: Token) -> bool:
    """A verb of force ("strike", "flatten"), or "use" with force or arms as its object."""
    lemma = verb.lemma_.lower()
    if lemma == "use":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in USED_FORCE for c in verb.children)
    return lemma in QUOTED_FORCE


#: Arms a speaker may say "our ... will" of: '"our artillery will answer"', '"our jets will"'.
ARMS = frozenset(
    {
        "artillery",
        "missile",
        "rocket",
        "gun",
        "tank",
        "jet",
        "warplane",
        "bomber",
        "drone",
        "warship",
        "submarine",
        "navy",
        "fighter",
        "weapon",
        "nuclear",
    }
)


def _own_arms(subj: Token, words: WordLists) -> bool:
    """The speaker's own weapons or forces: "our artillery", "our missiles", "my army"."""
    lemma = subj.lemma_.lower()
    return (lemma in ARMS or lemma in ARMED or subj.lower_ in ARMED) and any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children
    )


#: Words of arms made ready: '"our troops are ready"', '"our missiles are loaded and aimed"'.
POISED = frozenset({"ready", "prepared", "poised", "loaded", "aimed", "primed", "armed", "targeted"})


def _poised_arms(clause: Token, words: WordLists) -> bool:
    """A quoted clause that says the speaker's own arms stand ready, unnegated: '"Our troops are
    ready to cross the border"', '"our missiles are loaded and aimed at every base"' (not
    '"our troops are not ready"', '"our army is ready for the parade"' with no act or aim)."""
    head = clause
    if any(c.dep_ == "neg" for c in head.children):
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _own_arms(subj, words):
        return False
    if head.lemma_.lower() == "be":
        said = [c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in POISED]
        # ready for an act: "ready to cross", "ready to strike"; not "ready for the parade"
        return any(any(c.dep_ == "xcomp" for c in a.children) for a in said)
    ready = [head, *(c for c in head.children if c.dep_ == "conj")]
    # passive "are loaded and aimed at": aimed at someone or something
    return any(
        (t.lemma_.lower() in POISED or t.lower_ in POISED)
        and any(p.dep_ == "prep" and p.lower_ in ("at", "on") for p in t.children)
        for t in ready
    )


def _conditional_passive(verb: Token) -> bool:
    """A passive act of force promised to whoever does something: "any vessel that enters our
    waters will be sunk", "anyone who crosses the line will be shot", "if they come, they will
    be destroyed" (not "many people will be killed", a forecast)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    anyone = subj.lower_ in ("anyone", "anybody", "whoever") or any(
        c.dep_ == "det" and c.lower_ in ("any", "every") for c in subj.children
    )
    condition = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )
    return anyone or (condition and subj.lower_ in ("they", "you"))  # "if they come, they will be ..."


#: Words that tell which cooperation a deal agreed on is: "a free-trade pact" is economic (0311),
#: "a defence pact" military (0312).
DEAL_FIELDS = {
    "trade": "0311",
    "free-trade": "0311",
    "economic": "0311",
    "investment": "0311",
    "tariff": "0311",
    "customs": "0311",
    "commercial": "0311",
    "defence": "0312",
    "defense": "0312",
    "military": "0312",
    "security": "0312",
    "extradition": "0313",
    "legal": "0313",
}


def _agreed_field(verb: Token) -> str | None:
    """ "agreed on a new free-trade pact" 0311, "agreed upon a defence pact" 0312: the intent of
    the cooperation the deal agreed on is about; None when it does not say."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
        for deal in (o for o in prep.children if o.dep_ == "pobj"):
            for mod in (t for t in deal.subtree if t.i < deal.i or t.head == deal):
                code = DEAL_FIELDS.get(mod.lower_) or DEAL_FIELDS.get(mod.lemma_.lower())
                if code:
                    return code
    return None


#: Nouns of talk: refusing to back, confirm or give credence to one is declining comment.
TALK = frozenset(
    {
        "speculation",
        "suggestion",
        "rumour",
        "rumor",
        "report",
        "claim",
        "allegation",
        "question",
        "story",
        "idea",
    }
)


#: Verbs of lending support: refusing to back talk ("back speculation") is declining comment.
BACKING = frozenset({"back", "support", "endorse", "confirm", "entertain", "dignify", "fuel", "credit"})


#: Verbs of giving words and what is given: declining to give one is declining comment (011).
GIVING_WORDS = frozenset({"give", "offer", "express", "voice", "make", "provide", "share"})
ANSWERS = frozenset(
    {"view", "opinion", "comment", "reaction", "verdict", "assessment", "detail", "response", "answer"}
    | {"explanation", "reason", "figure", "breakdown", "estimate", "interview", "statement"}
)


def declines_comment(verb: Token, words: WordLists) -> bool:
    """ "refused to comment", "declined to be drawn on the date", "refused to give succour
    to suggestions", "declined to back speculation": a refusal to answer (011), no act
    refused (``verb`` is the verb of refusing)."""
    # ("Israel's refusal to comment": the noun's infinitive)
    infinitives = ("xcomp", "acl") if verb.pos_ == "NOUN" else ("xcomp",)
    for act in (c for c in verb.children if c.dep_ in infinitives):
        lemma = act.lemma_.lower()
        if lemma in words.comment_verbs:
            return True
        if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in act.children):
            return True  # "refused to rule out tax rises": no answer either way, nothing refused
        if lemma in PRESSED and any(c.dep_ == "auxpass" for c in act.children):
            return True  # "refused to be drawn on", "refused to be pinned down to a date"
        if lemma == "accept":
            continue  # "refused to accept the claims": a rejection
        objects = [c for c in act.children if c.dep_ == "dobj"]
        if lemma in BACKING and any(o.lemma_.lower() in TALK for o in objects):
            return True  # "declined to back speculation", "refused to confirm reports"
        if lemma in GIVING_WORDS and any(o.lemma_.lower() in ANSWERS for o in objects):
            return True  # "declined to give her view of X", "refused to offer any explanation"
        # "give succour to suggestions", "lend weight to rumours", "be drawn on reports"
        preps = [c for h in (act, *objects) for c in h.children if c.dep_ in ("prep", "dative")]
        if any(
            p.lower_ in ("to", "on", "about") and o.dep_ == "pobj" and o.lemma_.lower() in TALK
            for p in preps
            for o in p.children
        ):
            return True
    return False


def _rules_out(verb: Token) -> bool:
    """ "ruled out sending troops", "has ruled out holding talks": the act refused (12x), not
    done; not "would not rule out" (an act kept open: a threat) nor "refused to rule out"."""
    return (
        verb.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
        and verb.dep_ != "xcomp"
    )


def _balking(act: Token, words: WordLists) -> Token | None:
    """The verb of balking whose frame (``refusing`` of ``word_lists.txt``, read by
    :func:`frame_keys`) governs the act: "balked at imposing sanctions on Russia", "stood firm
    against releasing the captain", "held out against the release of" (the act refused, not
    done)."""
    if act.tag_ != "VBG" or act.dep_ not in ("pcomp", "pobj") or act.head.dep_ != "prep":
        return None  # (a noun has an agent of its own: "pushed back against a Russian proposal")
    verb = act.head.head
    if verb.pos_ in ("ADJ", "ADV") and verb.dep_ in ("advmod", "acomp"):
        verb = verb.head  # "stood firm against releasing"
    if verb.pos_ != "VERB" or not _frame(act, words.refusing) or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


#: Nouns of refusing: "Serbia's refusal to join the sanctions" is a refusal (12x), its act not done.
REFUSAL_NOUNS = frozenset({"refusal"})
#: Verbs that carry an answer of no comment: "had / made / offered / gave / issued no comment".
NO_COMMENT_VERBS = frozenset({"have", "make", "offer", "give", "issue", "provide"})


def no_comment(verb: Token) -> bool:
    """The verb's subject answers with no comment: "had no immediate comment on the strike",
    "offered no comment", "We have nothing to say on that", "had nothing further to add".
    Not answering at all ("did not respond to requests for comment", "could not be reached
    for comment", "was not available for comment") is no act: no event."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "would not be making any statement on", "will not give any comment", "would make no
    # statement": a statement refused for what is to come (not "made no statement": none made)
    future = any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall") for c in verb.children
    )
    if future and any(
        obj.lemma_.lower() in ANSWER_NOUNS
        and any(
            (c.dep_ == "det" and c.lower_ == "no")
            or (c.dep_ == "det" and c.lower_ == "any" and any(n.dep_ == "neg" for n in verb.children))
            for c in obj.children
        )
        for obj in objects
    ):
        return True
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not have nothing to say"
    for obj in objects:
        if obj.lemma_.lower() == "comment":
            return any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
        if obj.lemma_.lower() in REPLY_NOUNS and any(negating_no(c) for c in obj.children):
            return _on_topic(obj, asked=True)  # "offered no response to questions about", "gave no answer on"
        if obj.lower_ == "nothing" and verb.lemma_.lower() == "give" and has_particle(verb, ("away",)):
            # "gave nothing away about the talks" (the topic on "away" at times)
            return _on_topic(obj) or any(
                _on_topic(c)
                for c in (verb, *verb.children)
                if c.lower_ in ("gave", "give", "away") or c is verb
            )
        if obj.lower_ == "nothing" and verb.lemma_.lower() == "have":
            return any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("say", "add", "comment")
                for c in obj.children
            )
    return False


#: Nouns of a reply a subject gave none of: "offered no response to questions about", "gave no
#: answer on" (a reply to something else, "gave no response to the attack", is no silence).
REPLY_NOUNS = frozenset(
    {"response", "reaction", "reply", "answer", "explanation", "detail", "details", "word"}
)


def _on_topic(tok: Token, *, asked: bool = False) -> bool:
    """``tok`` has a topic phrase ("about the strike", "on whether ...", "regarding"), or, with
    ``asked``, a "to" phrase of questions or requests ("to questions about the arrests")."""
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if topic is None or topic.ent_type_ in ("DATE", "TIME"):
            continue
        if prep.lower_ in TOPIC_OF_SILENCE:
            return True
        if asked and prep.lower_ == "to" and topic.lemma_.lower() in ASKINGS:
            return True
        if asked and prep.lower_ == "to" and topic.lemma_.lower() in ALLEGED | UNNAMED_SOURCES:
            return True  # "had no reaction to reports that ...", "no response to the claims"
    return False


#: Nouns of an answer that one can refuse to give: "would not be making any statement".
ANSWER_NOUNS = frozenset({"comment", "statement", "remark", "announcement"})
#: Verbs of commenting a standing refusal names: "we don't comment on", "not in a position to comment".
COMMENTING = frozenset({"comment", "discuss", "speculate", "elaborate"})
#: Subjects of a house rule of silence: "we do not comment", "it never comments".
SILENT_SUBJECTS = frozenset({"we", "i", "it", "they"})


#: Verbs of saying whose clause tells the speaker's own body's habit: "a spokesperson said the army
#: 'does not comment on operational matters'".
SAYING_HABIT = frozenset({"say", "tell", "state", "reply", "respond", "answer", "insist", "explain"})


def _said_of_own_body(verb: Token, subj: Token) -> bool:
    """The clause of a verb of saying, with a common noun or a name as its subject ("said the army
    does not comment", "said the ministry does not discuss"): the speaker tells its body's rule."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in SAYING_HABIT
        and subj.pos_ in ("NOUN", "PROPN")
        and verb.tag_ != "VBD"
        and not any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    )


def no_comment_holder(verb: Token) -> Token | None:
    """The clause whose subject declines comment when ``verb`` (of :data:`COMMENTING`) tells a
    standing refusal or an inability to comment: '"We don't comment on intelligence matters"',
    "it never comments on rumours" (the verb itself); "it was not in a position to comment",
    "was unable / not able to comment" (the clause of "be"). None otherwise ("did not discuss
    Iran" tells what was not talked about)."""
    if verb.lemma_.lower() not in COMMENTING:
        return None
    children = list(verb.children)
    if any(c.dep_ == "ccomp" for c in children):
        return None
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    habit = any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in children) or verb.tag_ in (
        "VBZ",
        "VBP",
    )
    if (
        subj is not None
        and (subj.lower_ in SILENT_SUBJECTS or _said_of_own_body(verb, subj))
        and habit
        and any(c.dep_ == "neg" for c in children)
    ):
        return verb
    head = verb.head
    if (
        verb.dep_ == "relcl"
        and subj is not None
        and subj.lower_ in SILENT_SUBJECTS
        and head.lemma_.lower() in UNSPOKEN_THINGS
        and head.dep_ == "attr"
        and any(c.dep_ == "neg" for c in head.head.children)
    ):
        return head.head  # '"That is not something we will comment on"', "not a matter we discuss"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return None
    if (
        verb.dep_ in ("acl", "relcl")
        and head.lemma_.lower() == "position"
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
    ):
        clause = head.head.head  # "was not in a position to comment"
        return clause if any(c.dep_ == "neg" for c in clause.children) else None
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in ("unable", "able"):
        clause = head.head  # "was unable to comment", "was not able to comment"
        negated = head.lemma_.lower() == "unable" or any(c.dep_ == "neg" for c in clause.children)
        return clause if negated else None
    return None


#: Adjectives of being able or allowed to act: "would still be able to reject", "is free to strike".
CAPABLE_ADJS = frozenset({"able", "free", "entitled", "empowered", "allowed", "permitted", "authorised"})
#: Nouns of a right or power to act: "has the right to expel", "retains the option to veto".
CAPACITY_NOUNS = frozenset(
    {"right", "power", "option", "freedom", "authority", "ability", "capacity", "discretion", "licence"}
    | {"license", "prerogative", "leeway", "latitude", "mandate"}
)
#: Verbs of using a right or power: "used its right to veto", "exercised its power to expel" (done).
USING_POWER = frozenset({"use", "exercise", "invoke", "wield", "employ", "deploy"})


def _capability(verb: Token) -> bool:
    """Whether ``verb`` is an act one can, may or is able to do, not one done: "Spain can refuse
    entry", "the UK would still be able to reject proposals", "Israel is free to strike", "has the
    right to expel diplomats", "retains the option to veto" (not "was able to block", a thing done,
    nor "cannot accept", a refusal; nor "used its right to veto")."""
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in children) and not any(
        c.dep_ == "neg" for c in children
    ):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in CAPABLE_ADJS and head.dep_ == "acomp":
        clause = head.head  # "would be able to", "is free to" (not "was able to": done)
        return any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in clause.children) or clause.tag_ in (
            "VBZ",
            "VBP",
            "VB",
        )
    if verb.dep_ in ("acl", "relcl") and head.lemma_.lower() in CAPACITY_NOUNS:
        return head.head.lemma_.lower() not in USING_POWER  # "has the right to reject"
    return False


#: Modal auxiliaries of what may be: "would be able to", "could be free to".
MODAL_WORDS = frozenset({"would", "will", "could", "might", "may", "can", "ca", "should", "'ll", "'d", "wo"})


#: Nouns of a subject one will not comment on: '"That is not something we will comment on"'.
UNSPOKEN_THINGS = frozenset({"something", "thing", "matter", "issue", "subject", "question", "topic"})


#: Verbs of answering: not answering a request for comment is declining comment.
ANSWERING = frozenset({"respond", "reply", "answer", "return"})
#: Nouns of asking someone for words: "requests / calls / messages / queries seeking comment".
ASKINGS = frozenset(
    {"request", "call", "message", "email", "e-mail", "query", "inquiry", "enquiry", "question", "approach"}
)


#: Adjectives of being out of reach that, "for comment", decline it: "was unavailable for comment".
UNAVAILABLE = frozenset({"unavailable"})


def unavailable_for_comment(adj: Token) -> bool:
    """ "A spokesman was unavailable for comment" (011); not "unavailable for the summit"."""
    if adj.lemma_.lower() not in UNAVAILABLE or adj.dep_ != "acomp":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() == "comment" for o in c.children)
        for c in adj.children
    )


def unanswered(verb: Token) -> bool:
    """The verb's subject left a request for comment unanswered: "did not respond to requests for
    comment", "has not replied to a request for comment", "did not return calls seeking comment"
    (011). Not "did not immediately respond" (an answer may still come), nor an answer to
    anything else ("did not respond to the attack")."""
    if verb.lemma_.lower() not in ANSWERING or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("immediately", "yet") for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and c.lemma_.lower() == "ask" for c in verb.children):
        return True  # "did not reply when asked about the detention", "Asked about it, X did not respond"
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    return any(
        a.lemma_.lower() in ASKINGS
        and (
            any(t.lemma_.lower() == "comment" for t in a.subtree)
            or (a.lemma_.lower() == "question" and _on_topic(a))
        )
        for a in asked
    )


#: Verbs of keeping a state, and the words of silence they keep: "kept quiet about reports",
#: "remained silent on", "stayed tight-lipped about whether", "kept mum".
KEEPING = frozenset({"keep", "stay", "remain", "maintain", "observe", "be", "fall", "go"})
SILENCE = frozenset(
    {
        "quiet",
        "silent",
        "mum",
        "tight-lipped",
        "tightlipped",
        "lipped",
        "schtum",
        "shtum",
        "silence",
        "counsel",
    }
)
#: Nouns of silence kept as an object: "kept its own counsel about", "maintained a studied silence on".
SILENCE_NOUNS = frozenset({"silence", "counsel", "mum", "schtum", "shtum"})
#: Prepositions of the topic one keeps silent on ("on Thursday" is a date, no topic).
TOPIC_OF_SILENCE = frozenset({"about", "on", "over", "regarding", "concerning"})


def kept_silent(verb: Token) -> bool:
    """ "kept quiet about reports that ...", "remained silent on the affair", "stayed
    tight-lipped about whether ...": a refusal to comment on a named topic (011), not "the
    streets stayed quiet" (no topic)."""
    lemma = verb.lemma_.lower()
    silent = [
        c
        for c in verb.children
        if (c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in SILENCE)
        or (c.dep_ == "dobj" and c.lemma_.lower() in SILENCE_NOUNS and lemma != "be")
    ]
    if not silent or (lemma in ("be", "fall", "go") and silent[0].lower_ not in ("silent", "quiet", "mum")):
        return False
    for head in (verb, *silent):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in TOPIC_OF_SILENCE):
            topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if topic is not None and topic.ent_type_ not in ("DATE", "TIME"):
                return True
    # "Asked about the arrests, the embassy stayed tight-lipped": the topic is the question's
    return any(
        c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in QUESTIONED
        and any(p.dep_ == "prep" and p.lower_ in TOPIC_OF_SILENCE for p in c.children)
        for c in verb.children
    )


#: Participles of being asked that give a silence its topic: "Asked / Pressed / Questioned about".
QUESTIONED = frozenset({"ask", "press", "question", "quiz", "challenge", "probe", "grill"})


def says_no_comment(verb: Token) -> bool:
    """A verb of saying whose words are "no comment": '"No comment," said X', 'X said: "No
    comment."', '"No comment" was all X would say'."""
    said = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "prep", "npadvmod", "nsubj", "dep")]
    # (the words hung on the opening quotation mark: '"No comment," said X')
    said += [t for c in verb.children if c.dep_ == "punct" and c.i < verb.i for t in c.children]
    if verb.dep_ in ("ccomp", "relcl") and verb.head.lemma_ == "be":
        said += [c for c in verb.head.children if c.dep_ == "nsubj"]  # "No comment" was all X would say
    if any(
        c.dep_ == "dobj" and c.lower_ == "nothing" and (_on_topic(c) or _on_topic(verb))
        for c in verb.children
    ):
        return not any(c.dep_ == "neg" for c in verb.children)  # "said nothing about the arrests"
    return any(
        t.lower_ == "comment" and any(d.dep_ == "det" and d.lower_ == "no" for d in t.children) for t in said
    )


#: The intent code (03x) of an act promised or offered, by the act's verb lemma.
INTENT_VERBS = {
    "mediate": "039",
    "meet": "036",
    "negotiate": "036",
    "talk": "036",
    "visit": "036",
    "release": "0353",
    "free": "0353",
    "withdraw": "0356",
    "disarm": "0356",
    "lift": "0354",
    "ease": "0354",
    "help": "033",
    "aid": "033",
    "assist": "033",
    "rebuild": "033",
    "reform": "034",
}
#: Acts done with another, an intent to cooperate when the other is named by "with": "to share
#: intelligence with Estonia", "to co-ordinate relief with India", "to work with Kenya".
COOPERATING = frozenset(
    {"share", "cooperate", "co-operate", "coordinate", "co-ordinate", "collaborate", "work", "partner"}
)
#: Acts of sheltering people driven from home, and the people: "to resettle 500 refugees".
SHELTERING = frozenset({"resettle", "shelter", "host", "house", "accept", "take", "admit", "receive"})
DISPLACED = frozenset(
    {"refugee", "migrant", "asylum", "seeker", "orphan", "evacuee", "survivor", "child", "family"}
    | {"people", "civilian", "journalist"}
)
#: The intent code of a thing proposed or offered, by its lemma: "proposed a ceasefire".
INTENT_NOUNS = {
    "tie": "032",  # "will restore full diplomatic ties"
    "relation": "032",
    "ceasefire": "0356",
    "truce": "0356",
    "talk": "036",
    "negotiation": "036",
    "dialogue": "036",
    "meeting": "036",
    "summit": "036",
    "mediation": "039",
    "aid": "033",
    "assistance": "033",
    "help": "033",  # "an offer of help", "offered help"
    "peacekeeper": "0334",
    "reform": "034",
}
#: Objects of sending that make it protection: "offered to send police officers / troops".
PROTECTORS = frozenset(
    {"police", "officer", "troop", "soldier", "peacekeeper", "force", "monitor", "observer"}
)


#: Verbs of giving or holding what is offered: "offered to host talks", "to send aid".
GIVING_VERBS = frozenset(
    {
        "hold",
        "host",
        "open",
        "resume",
        "start",
        "provide",
        "send",
        "offer",
        "give",
        "supply",
        "deliver",
        "restore",
        "establish",
        "reestablish",
        "re-establish",
        "normalise",
        "normalize",
        "upgrade",
        "organise",
        "organize",
        "convene",
        "arrange",
    }
)
#: Goods of relief: sending them is material aid (033).
RELIEF = frozenset(
    {
        "aid",
        "assistance",
        "food",
        "rice",
        "grain",
        "wheat",
        "flour",
        "medicine",
        "medical",
        "vaccine",
        "fuel",
        "relief",
        "tent",
        "blanket",
        "water",
        "humanitarian",
        "emergency",
        "doctor",
        "shipment",
    }
) - {"shipment", "emergency"}
#: Verbs of trade and goods traded between states: "agreed to buy 24 fighter jets".
TRADING_VERBS = frozenset({"buy", "purchase", "sell", "import", "export", "acquire", "order", "supply"})
TRADED = frozenset(
    {
        "jet",
        "aircraft",
        "plane",
        "fighter",
        "helicopter",
        "warship",
        "submarine",
        "frigate",
        "tank",
        "missile",
        "weapon",
        "arm",
        "drone",
        "gas",
        "oil",
        "lng",
        "wheat",
        "grain",
        "rice",
        "coal",
        "uranium",
        "reactor",
        "vaccine",
        "ammunition",
        "artillery",
        "radar",
        "satellite",
    }
)
#: Nouns of a share of talks or meetings: "a new round of talks", "a series of meetings".
ROUNDS = frozenset({"round", "series", "set", "cycle"})
#: Nouns of a go-between: offering to act as one is offering to mediate (039).
MEDIATORS = frozenset(
    {"mediator", "facilitator", "intermediary", "go-between", "broker", "guarantor", "arbiter"}
    | {"interlocutor"}
)


def mediating(verb: Token) -> bool:
    """ "act / serve as a mediator, an intermediary, a go-between" (the parser splits "go-between"
    into "go" "-" "between")."""
    return verb.lemma_.lower() in ("act", "serve") and any(
        o.lemma_.lower() in MEDIATORS or (o.lower_ == "between" and any(c.lower_ == "go" for c in o.children))
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for o in p.children
        if o.dep_ == "pobj"
    )


#: Verbs of putting money at another's disposal: pledging to do so is economic aid (0331).
LENDING = frozenset({"lend", "loan", "deposit", "donate", "transfer", "give", "provide", "grant", "inject"})
#: Reopening a crossing between states: "agreed to reopen their shared border".
REOPENING = frozenset({"reopen", "open", "re-open"})
CROSSINGS = frozenset(
    {"border", "crossing", "frontier", "embassy", "consulate", "airspace", "route", "corridor"}
)
#: What money is pledged for that makes it aid: "for the reconstruction of Lebanon".
REBUILDING = frozenset(
    {"reconstruction", "rebuilding", "recovery", "relief", "rehabilitation", "rebuild", "reconstruct"}
)
#: What money given as aid is for, named in its "to"/"for" phrase (with :data:`RELIEF`):
#: disasters, diseases and want ("to the tsunami appeal", "to fight Aids"). Not rebuilding,
#: which is aid only for a state named ("for the rebuilding of inner-city schools" is none).
AID_PURPOSES = RELIEF | frozenset(
    {
        "vaccination",
        "immunisation",
        "immunization",
        "tsunami",
        "famine",
        "earthquake",
        "drought",
        "disaster",
        "aids",
        "hiv",
        "malaria",
        "poverty",
        "hunger",
    }
)
#: Units of money pledged.
CURRENCY = frozenset(
    {"euro", "dollar", "pound", "yen", "yuan", "franc", "krone", "rupee", "riyal", "$", "£", "€"}
)


#: Nouns of stopping for a while, and the acts of force a stop of which is a truce.
PAUSES = frozenset({"halt", "pause", "cessation", "suspension", "moratorium", "freeze", "end", "stop"})
FIGHTING = frozenset(
    {"strike", "airstrike", "attack", "fighting", "hostility", "bombing", "shelling", "raid", "offensive"}
    | {"violence", "bombardment", "combat", "operation"}
)


def _paused_force(obj: Token) -> bool:
    """ "a 30-day halt to strikes", "a pause in the fighting", "an end to hostilities": a stop
    of acts of force, which is a truce (not "a halt to the talks", "an end to the tax")."""
    if obj.lemma_.lower() not in PAUSES:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("to", "of", "in", "on")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in FIGHTING and not _walkout(o) for o in p.children)
        for p in obj.children
    )


def _walkout(noun: Token) -> bool:
    """A "strike" with nothing it hits (no "on"/"against" phrase, no "air"/"missile" modifier):
    a walkout ("an end to the strike"), not a blow."""
    if noun.lemma_.lower() != "strike":
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ in ("on", "against"))
        or (c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("air", "missile", "drone", "military"))
        for c in noun.children
    )


def _pledged_relief(obj: Token) -> bool:
    """ "(pledged) 200 million euros in humanitarian aid", "$50m of aid for Gaza": money given
    as aid."""
    money = obj.ent_type_ == "MONEY" or obj.lemma_.lower() in CURRENCY
    if not money:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "of", "for")
        and any(t.lemma_.lower() in RELIEF for t in p.subtree)
        for p in obj.children
    )


#: Verbs of binding oneself to an act told by a gerund after "to": "committed itself to taking in".
COMMITTING = frozenset({"commit", "committed"})
#: Verbs of going on with an act, whose own infinitive or gerund is the act: "pledged to keep
#: supplying Ukraine", "vowed to continue sending aid", "promised to start paying".
ASPECTUAL = frozenset({"keep", "continue", "start", "begin", "carry", "go"})


#: Acts of handing things over, whose going on is the act itself: "keep supplying Ukraine".
HANDING = GIVING_VERBS | LENDING | frozenset({"sell", "ship", "fund", "finance", "arm", "equip"})


def past_aspect(clause: Token) -> Token:
    """The act of handing over a verb of going on with (:data:`ASPECTUAL`) governs: "keep
    supplying" -> supplying, "continue to send" -> send; the clause itself otherwise ("continue to
    ensure the rebate was justified" stays: a policy kept up, no one supplied)."""
    inner = clause
    for _ in range(2):
        if inner.lemma_.lower() not in ASPECTUAL:
            break
        found = next((c for c in inner.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if found is None:
            break
        inner = found
    return inner if inner.lemma_.lower() in HANDING else clause


def specific_intent(verb: Token) -> str | None:
    """The intent code of what a verb of intent ("offer", "promise", "propose") governs, when
    it says which cooperation: "offered to mediate" 039, "promised to release prisoners"
    0353, "proposed a ceasefire" 0356, "promised that he would meet" 036, "offered to send
    police officers" 0334; None for a policy pledge ("promised to cut taxes")."""
    noun = verb.pos_ in ("NOUN", "PROPN")
    children = list(verb.children)
    if not noun and verb.lemma_.lower() in COMMITTING:
        # "committed itself to taking in 1,000 migrants": the gerund after "to" is the act
        children += [
            c
            for p in children
            if p.dep_ == "prep" and p.lower_ == "to"
            for c in p.children
            if c.dep_ == "pcomp"
        ]
    if noun:
        children += _stranded_for(verb)  # ("handed a proposal for a ceasefire to": on the verb)
        # "Saudi Arabia's offer of food aid", "a proposal for a ceasefire": the thing offered
        children += [
            o for p in children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children
        ]
        # ("a package of measures to ease tensions with Morocco": the measures' purpose)
        children += [
            a
            for o in children
            if o.dep_ == "pobj" and o.lemma_.lower() in MEASURES
            for a in o.children
            if a.dep_ in ("relcl", "acl")
        ]
    money = any(
        c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" or t.lemma_.lower() in CURRENCY for t in c.subtree)
        for c in children
    )
    if money and any(
        p.dep_ == "prep" and p.lower_ in ("in", "of") and any(t.lemma_.lower() in RELIEF for t in p.subtree)
        for p in children
    ):
        return "033"  # "pledged $500m in aid to Indonesia" ("in aid" parsed on the verb)
    if money and any(
        p.dep_ == "prep"
        and (
            (
                p.lower_ in ("for", "toward", "towards")  # ("$2 billion toward rebuilding Lebanon")
                and any(t.lemma_.lower() in REBUILDING for t in p.subtree)
                and any(t.ent_type_ in ("GPE", "LOC") for t in p.subtree)  # not "rebuilding schools"
            )
            or (p.lower_ == "to" and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in p.children))
        )
        for p in (*children, *(q for c in children if c.dep_ == "dobj" for q in c.children))
    ):
        # "pledged $1.2 billion for the reconstruction of Lebanon", "promised 40 million euros to
        # Somalia": money for a state's rebuilding or handed to a state is material aid
        return "033"
    if money and any(
        (
            (p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for", "towards", "toward"))
            or p.dep_ == "advcl"  # (a purpose parsed on the verb: "to fight Aids", "aiming to boost")
        )
        and any(t.lemma_.lower() in AID_PURPOSES or t.lower_ in AID_PURPOSES for t in p.subtree)
        for p in (*children, *(q for c in children if c.dep_ == "dobj" for q in c.children))
    ):
        # "offered £960m to an international scheme to boost vaccination", "pledged $500m to the
        # tsunami relief effort", "committed $100m towards the fight against Aids": money for
        # relief or a fight against disease or want is material aid, whoever runs it
        return "033"
    if noun and verb.lemma_.lower() in PLAN_WORDS:
        # "a truce plan", "a ceasefire proposal", "an aid offer": the plan's own modifier says
        # which cooperation (as "a plan for a truce")
        for c in children:
            if c.dep_ == "compound" and c.lemma_.lower() in INTENT_NOUNS:
                return INTENT_NOUNS[c.lemma_.lower()]
        if (found := plan_content(verb)) is not None:
            return found
    for child in children:
        # (a noun's thing is its "of"/"for" object; a passive verb's its subject: "a ceasefire was proposed")
        thing = child.dep_ in ("dobj", "nsubjpass") or (noun and child.dep_ == "pobj")
        if thing and child.lemma_.lower() in INTENT_NOUNS:
            return INTENT_NOUNS[child.lemma_.lower()]
        if thing and _paused_force(child):
            return "0356"  # "proposed a 30-day halt to strikes on energy infrastructure": a truce
        if thing and _pledged_relief(child):
            return "033"  # "pledged 200 million euros in humanitarian aid": material aid
        if thing and cooperative(child):
            return "030"  # "proposed a regional water agreement", "a plan for joint patrols"
        clause = child.dep_ == "ccomp" and any(
            a.lower_ in ("would", "will", "'ll", "shall", "'d") for a in child.children
        )
        if child.dep_ == "ccomp" and not clause and (going := _going_to(child)) is not None:
            clause, child = True, going  # "'We are going to release the protesters,' X promised"
        # (a noun's infinitive: "an offer to mediate")
        # (an infinitive parsed as a relative clause too: "an initiative to send aid")
        to_relcl = child.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        gerund = child.dep_ == "pcomp" and child.pos_ == "VERB"  # (of COMMITTING only, above)
        if (
            child.dep_ != "xcomp"
            and not (noun and (child.dep_ == "acl" or to_relcl))
            and not clause
            and not gerund
        ):
            continue
        if any(c.dep_ == "neg" for c in child.children):
            return None  # "vowed not to negotiate", "promised not to meet them": no intent to do it
        child = past_aspect(child)  # "pledged to keep supplying Ukraine": the act kept up
        lemma = child.lemma_.lower()
        objects = [c for c in child.children if c.dep_ == "dobj"]
        if mediating(child):
            return "039"  # "offered to act as a facilitator between", "to serve as an intermediary"
        if lemma in LENDING and any(
            t.ent_type_ == "MONEY" or t.lemma_.lower() in CURRENCY for o in objects for t in o.subtree
        ):
            return "0331"  # "pledged to deposit $2 billion in Pakistan's central bank": economic aid
        if lemma in ("send", "deploy", "provide", "contribute") and any(
            o.lemma_.lower() in PROTECTORS for o in objects
        ):
            return "0334"
        if objects and objects[0].lemma_.lower() in ROUNDS:
            # "to host a new round of talks": what the round is of
            objects = [o for p in objects[0].children if p.lower_ == "of" for o in p.children] or objects
        if lemma in GIVING_VERBS and objects:
            given = objects[0].lemma_.lower()
            if given in INTENT_NOUNS:
                return INTENT_NOUNS[given]
            if any(t.lemma_.lower() in RELIEF for t in objects[0].subtree):
                return "033"  # "offered to send emergency rice shipments": material aid
        if lemma in TRADING_VERBS and any(t.lemma_.lower() in TRADED for o in objects for t in o.subtree):
            return "031"  # "agreed to buy 24 fighter jets from Seoul": economic cooperation
        if lemma in REOPENING and any(o.lemma_.lower() in CROSSINGS for o in objects):
            return "030"  # "agreed to reopen their shared border": cooperation between them
        if lemma in ("withdraw", "pull") and not any(o.lemma_.lower() in PROTECTORS for o in objects):
            continue  # "agreed to withdraw his bill": no troops pulled back
        if lemma in EASING and any(o.lemma_.lower() in TENSIONS for o in objects):
            return "030"  # "measures to ease tensions with Morocco", "promised to defuse the row"
        if lemma in INTENT_VERBS:
            return INTENT_VERBS[lemma]
        if _backing_state(child):
            return "032"  # "vowed that Britain would stand by Ukraine", "pledged to back Kyiv"
        if lemma in COOPERATING and any(
            p.dep_ == "prep" and p.lower_ == "with" for h in (child, *objects) for p in h.children
        ):
            return "030"  # "a plan to share border data with Estonia", "pledged to work with Kenya"
        if lemma in SHELTERING and any(o.lemma_.lower() in DISPLACED for o in objects):
            return "033"  # "volunteered to resettle 500 refugees", "offered to take in migrants"

        if any(o.lemma_.lower() in INTENT_NOUNS for o in objects):
            # "promised to restore full diplomatic ties", "we will resume talks"
            return INTENT_NOUNS[next(o.lemma_.lower() for o in objects if o.lemma_.lower() in INTENT_NOUNS)]
    if not noun:
        # "agreed to a ceasefire", "consented to talks", "committed to a truce": the thing
        # agreed to is a "to" object (not "offered aid to the commission": only intent nouns)
        for p in children:
            if p.dep_ == "prep" and p.lower_ == "to":
                for o in p.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in INTENT_NOUNS:
                        return INTENT_NOUNS[o.lemma_.lower()]
    return None


#: Nouns of steps taken, whose purpose says what a package of them is for: "a package of measures to".
MEASURES = frozenset({"measure", "step", "proposal", "idea", "initiative"})
#: Verbs of easing a quarrel, and the quarrels eased: "to ease tensions", "to defuse the row".
EASING = frozenset({"ease", "defuse", "calm", "reduce", "lower", "cool", "soothe", "de-escalate"})
TENSIONS = frozenset(
    {"tension", "tensions", "row", "dispute", "standoff", "stand-off", "crisis", "hostility"}
)


def _going_to(clause: Token) -> Token | None:
    """The act of a clause of "be going to": "we are going to release them" -> release."""
    if clause.lemma_.lower() != "go" or clause.tag_ != "VBG":
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children):
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


#: Verbs of backing another side, and the prepositions some need: "stand by / with / behind
#: Ukraine", "support / back Kyiv".
BACKING_SIDES: dict[str, tuple[str, ...]] = {
    "stand": ("by", "with", "behind", "alongside"),
    "support": (),
    "back": (),
    "side": ("with",),
}


def _backing_state(verb: Token) -> bool:
    """The act backs a state or people named: "will stand by Ukraine", "to support Kyiv"."""
    preps = BACKING_SIDES.get(verb.lemma_.lower())
    if preps is None:
        return False
    if preps:
        sides = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children]
    else:
        sides = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.ent_type_ in ("GPE", "NORP") for o in sides)


#: Things whose offer or proposal is one of cooperation with others: "proposed a regional water
#: agreement", "put forward a plan for joint patrols" (not "proposed a new tax").
COOPERATIVE = frozenset(
    {
        "agreement",
        "treaty",
        "deal",
        "accord",
        "pact",
        "memorandum",
        "armistice",
        "patrol",
        "cooperation",
        "co-operation",
        "partnership",
        "alliance",
        "exchange",
        "framework",
        "roadmap",
        "settlement",
        "conference",
        "exercise",
        "force",
        "commission",
    }
)
#: Modifiers that make a plan one with others: "joint patrols", "a regional pact".
SHARED = frozenset({"joint", "bilateral", "multilateral", "regional", "common", "international", "mutual"})
#: Verbs that carry a proposal noun as their object: "put forward / tabled / floated a proposal".
PROPOSING = frozenset(
    {"put", "table", "float", "submit", "present", "advance", "outline", "unveil", "announce", "publish"}
    | {"launch", "devise", "draft", "produce", "propose", "moot", "offer"}
)
#: Verbs that put forward a plan only when it is one of cooperation or of a specific intent (a plan
#: of one's own policy they carry is none: "is to send his budget proposals to Congress"):
#: "circulated a proposal among negotiators", "sketched a roadmap", "pitched / broached the idea",
#: "dangled an offer of", "extended an offer", "released / revealed a peace plan", "sent / handed /
#: delivered a proposal to", "renewed / repeated / revived its offer", "sweetened / improved its
#: offer", "formulated / crafted / prepared a plan", "lodged a proposal".
PUTTING_FORWARD = frozenset(
    {"circulate", "sketch", "pitch", "broach", "dangle", "extend", "release", "reveal", "introduce"}
    | {"send", "hand", "deliver", "forward", "transmit", "convey", "relay", "lodge", "file"}
    | {"renew", "repeat", "reiterate", "revive", "resubmit", "revise", "sweeten", "improve", "make"}
    | {"formulate", "craft", "prepare", "suggest", "recommend", "champion", "tout", "promote"}
)
#: Nouns of a plan, whose own object says what is proposed: "a plan for joint patrols".
PLAN_WORDS = frozenset(
    {"plan", "proposal", "scheme", "initiative", "idea", "blueprint", "offer"}
    | {"roadmap", "proposition", "formula", "draft", "counterproposal", "counter-proposal"}
    | {"counteroffer", "counter-offer"}
)
#: Phrasal verbs that put a plan forward, by their particle: "drew up / set out / laid out a plan".
PROPOSING_PHRASAL = {
    "draw": "up",
    "set": "out",
    "lay": "out",
    "map": "out",
    "spell": "out",
    "work": "out",
    # "held out an offer", "hammered / thrashed / roughed / fleshed out a plan", "brought forward"
    "hold": "out",
    "hammer": "out",
    "thrash": "out",
    "rough": "out",
    "flesh": "out",
    "bring": "forward",
}
#: What a plan or proposal is for, by the noun that says it ("a peace plan", "a plan for peace",
#: "a proposal for a demilitarised zone", "a roadmap for elections"): the intent it is of.
PLAN_CONTENTS = {
    "peace": "037",
    "settlement": "037",
    "reconciliation": "037",
    "withdrawal": "0356",
    "pullback": "0356",
    "pull-back": "0356",
    "disengagement": "0356",
    "de-escalation": "0356",
    "demilitarisation": "0356",
    "demilitarization": "0356",
    "armistice": "0356",
    "release": "0353",
    "swap": "0353",
    "exchange": "0353",
}
#: Forces and missions whose plan is one of protection or peacekeeping: "a stabilisation force".
PROTECTING_FORCES = frozenset({"force", "mission", "contingent", "presence"})
#: Modifiers of such a force that make it one of protection ("a peacekeeping mission", "a UN-led force").
PROTECTING = frozenset(
    {"stabilisation", "stabilization", "peacekeeping", "peace", "protection", "monitoring", "observer"}
    | {"multinational", "international"}
)
#: Zones and corridors whose plan is a pause in fighting: "a demilitarised / buffer zone".
PAUSED_ZONES = frozenset({"zone", "corridor", "area", "belt", "strip"})
#: Modifiers that make a zone or corridor one of de-escalation: "a demilitarised zone".
PAUSING = frozenset(
    {"demilitarised", "demilitarized", "buffer", "neutral", "safe", "humanitarian", "weapons-free"}
    | {"weapon-free", "exclusion", "security", "ceasefire"}
)


def _stranded_for(noun: Token) -> list[Token]:
    """The "for" phrase right after an object noun that the parser hung on its verb: "handed a
    proposal for a ceasefire to the rebels" (the proposal's, not the handing's)."""
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    end = max(t.i for t in noun.subtree)
    return [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == end + 1]


def plan_content(noun: Token) -> str | None:
    """The intent a plan noun is of, by what it is for (:data:`PLAN_CONTENTS`): "a peace plan",
    "a plan for peace in Yemen", "a roadmap for elections", "a proposal for a demilitarised zone",
    "a plan for a prisoner swap"; None for a plan of one's own policy ("a plan for tax cuts")."""
    things = [c for c in noun.children if c.dep_ == "compound"]
    things += [
        o
        for p in (*noun.children, *_stranded_for(noun))
        if p.dep_ == "prep" and p.lower_ in ("for", "of", "on")
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    ]
    for thing in things:
        lemma = thing.lemma_.lower()
        if lemma in PLAN_CONTENTS:
            return PLAN_CONTENTS[lemma]
        if (
            lemma in PROTECTING_FORCES
            and any(
                c.dep_ in ("amod", "compound") and (c.lower_ in PROTECTING or c.lower_.endswith("-led"))
                for c in thing.children
            )
            and not any(c.dep_ == "amod" and c.lower_ in SHARED for c in thing.children)
        ):
            # (a joint force is cooperation with the partner: "a joint peacekeeping force with France")
            return "0334"  # "a plan for an Arab-led stabilisation force in Gaza": peacekeeping
        if lemma in PAUSED_ZONES and any(
            c.dep_ in ("amod", "compound") and c.lower_ in PAUSING for c in thing.children
        ):
            return "0356"
        inner = [
            PLAN_CONTENTS[c.lemma_.lower()]
            for c in thing.children
            if c.dep_ == "compound" and PLAN_CONTENTS.get(c.lemma_.lower(), "")[:3] == "035"
        ]
        if thing.dep_ == "pobj" and inner:
            return inner[0]  # "a plan for a prisoner swap", "a proposal for a troop withdrawal"
    return None


#: Adjectives of being open to an act or a thing offered: "is open to mediating", "remained
#: open to talks", "is amenable to a ceasefire", "receptive to an offer of talks".
OPEN_TO = frozenset({"open", "amenable", "receptive", "available"})
#: Nouns whose being open is their owner's: "its door was open to hosting talks", "Vienna's doors
#: are open to a new round of talks", "kept the door open for dialogue".
DOORS = frozenset({"door", "doors", "gate", "gates", "channel", "line"})


def open_to(adj: Token) -> tuple[str, Token, Token] | None:
    """The intent of being open to an act or thing (:data:`OPEN_TO`), with the word of the act
    and the word whose subject holds it: "Kazakhstan said it was open to mediating between
    Russia and Azerbaijan" (039, mediating, was), "Norway said its door was open to hosting the
    talks" (036, hosting, door), "left the door open to talks" (036, talks, left); None when the
    act is none of cooperation ("open to criticism", "open to the public", "the border is open")."""
    if adj.dep_ not in ("acomp", "oprd", "ccomp", "xcomp", "amod"):
        return None
    if adj.dep_ == "amod" and (adj.head.lower_ not in DOORS or adj.head.dep_ not in ("dobj", "nsubj")):
        return None
    for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
        for thing in (c for c in prep.children if c.dep_ in ("pcomp", "pobj")):
            if any(c.dep_ == "neg" for c in thing.children):
                return None
            code: str | None
            if thing.lower_ in ("mediating", "brokering", "facilitating"):
                code = "039"  # (the model reads the gerund as a noun: "open to mediating between")
            elif thing.dep_ == "pcomp" or thing.tag_ == "VBG":
                code = specific_intent(prep)
            else:
                inner = thing
                if inner.lemma_.lower() in ROUNDS:
                    inner = next(
                        (
                            o
                            for p in inner.children
                            if p.lower_ == "of"
                            for o in p.children
                            if o.dep_ == "pobj"
                        ),
                        inner,
                    )
                code = INTENT_NOUNS.get(inner.lemma_.lower())
                if code is None and cooperative(inner):
                    code = "030"  # "open to a regional agreement"
            if code is not None:
                # ("left the door open to talks": the verb the door is the object of)
                holder = adj.head if adj.dep_ != "amod" else adj.head.head
                return code, thing, holder
    return None


#: Verbs of what one would welcome or accept, in the conditional: "would welcome talks with China".
WELCOMING = frozenset({"welcome", "accept", "consider", "entertain"})


def welcomed_offer(verb: Token) -> tuple[str, Token, Token] | None:
    """ "Canada would welcome talks with China", "would accept mediation by Qatar": an act of
    cooperation one says one would welcome is offered (036, 039), with the thing and the verb;
    None for things welcomed as done ("welcomed the talks": praise) or unnamed."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    ):
        return None
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        inner = thing
        if inner.lemma_.lower() in ROUNDS:
            inner = next(
                (o for p in inner.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
                inner,
            )
        code = INTENT_NOUNS.get(inner.lemma_.lower())
        if code is not None and code[:3] in ("036", "039", "032"):
            return ("038" if code == "039" else code), thing, verb  # (mediation welcomed is accepted)
    return None


def proposed(noun: Token) -> Token | None:
    """The verb that puts a plan noun forward, when it is the verb's object (or its passive
    subject): "floated / unveiled / tabled / drew up / set out a plan", "a plan was unveiled
    by X"; None for a plan one has, backs or opposes."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in PROPOSING:
        return verb
    if lemma in PUTTING_FORWARD and (cooperative(noun) or specific_intent(noun) is not None):
        return verb  # "circulated a proposal for a truce" (not "sent his budget proposals")
    particle = PROPOSING_PHRASAL.get(lemma)
    if particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return verb
    return None


#: Nouns of a promise that is an act only when given or made, and the verbs that give or make
#: each: "made a commitment to lend Kenya $1.2 billion", "gave an undertaking to return the
#: bronzes", "gave his word that", "gave assurances to Brazil that", "made a solemn vow to",
#: "held out the prospect of new investment" (the noun alone is a quality or a hope: "his
#: commitment to the cause", "the prospect of war", "a guarantee of quality").
GIVEN_PROMISES: dict[str, frozenset[str]] = {
    "commitment": frozenset({"make", "give", "offer", "enter", "sign"}),
    "undertaking": frozenset({"give", "make", "offer", "sign"}),
    "assurance": frozenset({"give", "offer", "provide", "extend", "issue"}),
    "guarantee": frozenset({"give", "offer", "provide", "extend", "issue"}),
    "word": frozenset({"give"}),
    "vow": frozenset({"make", "take", "issue"}),
    "prospect": frozenset(
        {"hold", "dangle", "offer", "extend"}
    ),  # ("dangled the prospect of visa-free travel")
}
#: The particle a verb of :data:`GIVEN_PROMISES` needs for its noun: "held out the prospect".
GIVEN_PARTICLES = {"hold": "out"}
#: Verbs and particles of stepping forward with an offer or plan: "came forward with an offer of
#: wheat", "came up with a proposal", "stepped forward with a pledge", "weighed in with an offer".
BRINGING_FORWARD = {
    "come": frozenset({"forward", "up", "out"}),
    "step": frozenset({"forward", "up", "in"}),
    "weigh": frozenset({"in"}),
    "follow": frozenset({"up"}),
}


def has_particle(verb: Token, particles: Collection[str]) -> bool:
    """Whether ``verb`` carries one of ``particles`` as its particle, which the parser hangs as
    ``prt`` or ``advmod``: "put forward", "came up with", "gave back"."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children)


def given_promise(noun: Token) -> Token | None:
    """The verb that gives or makes a promise noun (:data:`GIVEN_PROMISES`) as its object:
    "made a commitment", "gave an undertaking", "gave his word" (a possessive needed: "gave word
    of the attack" is news sent); None for a promise had, kept, broken or doubted."""
    lemma = noun.lemma_.lower()
    givers = GIVEN_PROMISES.get(lemma)
    if givers is None or noun.dep_ not in ("dobj", "nsubjpass", "ccomp"):
        return None
    verb = noun.head
    verb_lemma = verb.lemma_.lower()
    if verb_lemma not in givers:
        return None
    particle = GIVEN_PARTICLES.get(verb_lemma)
    if particle is not None and not has_particle(verb, (particle,)):
        return None
    if lemma == "word" and not any(c.dep_ == "poss" for c in noun.children):
        return None
    if lemma == "prospect" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    return verb


def brought_forward(noun: Token) -> Token | None:
    """The verb that brings an offer or plan forward through "with": "came forward with an offer
    of wheat", "came up with a proposal", "stepped forward with a pledge"; None otherwise ("came
    with a warning", "stepped up the offensive")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    particles = BRINGING_FORWARD.get(verb.lemma_.lower())
    if particles is None or noun.head.dep_ != "prep":
        return None
    if not has_particle(verb, particles):
        return None
    return verb


#: Verbs by which one offers oneself (or one's services) in a role: "put itself forward as a
#: mediator", "offered himself as a go-between", "offered its services as a broker",
#: "volunteered as an intermediary", "presented itself as an honest broker".
SELF_OFFERING = frozenset(
    {"offer", "put", "volunteer", "propose", "present", "position", "pitch", "nominate"}
)
#: What one offers in a role besides oneself: "offered its services / its good offices as".
OFFERED_SELVES = frozenset({"service", "services", "office", "offices", "help", "good"})
#: Verbs of :data:`SELF_OFFERING` that need a particle: "put itself forward".
SELF_OFFERING_PARTICLES = {"put": "forward"}


def offered_as_mediator(verb: Token) -> Token | None:
    """The mediator noun of a verb offering its subject as one: "put itself forward as a mediator
    between Serbia and Kosovo", "offered himself as a go-between for Algeria and Morocco",
    "offered its services as a mediator"; None when someone else is offered ("offered Geneva as a
    venue") or the subject already mediates ("acted as a mediator": see :func:`mediating`)."""
    lemma = verb.lemma_.lower()
    if lemma not in SELF_OFFERING:
        return None
    particle = SELF_OFFERING_PARTICLES.get(lemma)
    if particle is not None and not has_particle(verb, (particle,)):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not all(
        o.lower_.endswith(("self", "selves")) or o.lemma_.lower() in OFFERED_SELVES for o in objects
    ):
        return None
    if not objects and lemma not in ("volunteer", "offer"):
        return None  # ("positioned as a mediator": a role given by others)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            if o.lemma_.lower() in MEDIATORS or (
                o.lower_ == "between" and any(c.lower_ == "go" for c in o.children)
            ):
                return o
    return None


def cooperative(thing: Token) -> bool:
    """A thing proposed or offered that is cooperation with others: an agreement, joint patrols,
    a plan for either ("a plan for joint patrols along the border"); not a policy of one's own."""
    lemma = thing.lemma_.lower()
    if lemma in COOPERATIVE or lemma in INTENT_NOUNS:
        return lemma not in ("force", "commission", "exercise") or any(
            c.dep_ == "amod" and c.lower_ in SHARED for c in thing.children
        )
    if any(c.dep_ == "amod" and c.lower_ in SHARED for c in thing.children):
        return True
    if lemma in PLAN_WORDS:
        return any(
            cooperative(o)
            for p in thing.children
            if p.dep_ == "prep" and p.lower_ in ("for", "of", "on")
            for o in p.children
            if o.dep_ == "pobj"
        )
    return False


def _refuses_claim(verb: Token) -> bool:
    """ "refused to accept the union's claims / his denials / the explanation"."""
    return any(
        act.dep_ == "xcomp"
        and act.lemma_.lower() in ("accept", "believe")
        and any(o.dep_ == "dobj" and o.lemma_.lower() in TALK | DISPUTED for o in act.children)
        for act in verb.children
    )


def _named_addressee(verb: Token) -> bool:
    """The one a request is made of is named: "urged the EU to", "called on Iran to" (not
    "urged supporters to")."""
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    asked += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(t.ent_type_ for a in asked for t in a.subtree)


def _unconfirmed(trigger: Token, words: WordLists) -> bool:
    """The act is what someone would not confirm or say: "refused to confirm that Mr Blair
    had met the ambassador", "would not say whether troops had crossed" (the clause of a
    verb of answering that is refused or negated)."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return False
    teller = clause.head
    if teller.lemma_.lower() not in words.comment_verbs:
        return False
    refused = teller.dep_ == "xcomp" and teller.head.lemma_.lower() in words.refusal
    return refused or any(c.dep_ == "neg" for c in teller.children)


def _of_others(verb: Token) -> bool:
    """The verb names others than its subject before its infinitive: "expected 2,000
    supporters to", "expected Iran to" (not "expects to hold talks")."""
    return any(c.dep_ in ("dobj", "dative", "prep") for c in verb.children)


#: Nouns of a goal: "the aim of X is to ..." describes what X stands for, no act or intent stated.
AIMS = frozenset({"aim", "goal", "objective", "ambition", "purpose", "dream", "mission"})


def _stated_aim(act: Token) -> bool:
    """ "The aim of UKIP is to withdraw from the EU", "their goal was to abolish the Lords"."""
    copula = act.head
    return (
        act.dep_ == "xcomp"
        and copula.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in AIMS for c in copula.children)
    )


def _announced_own(act: Token) -> bool:
    """ "announced that he will extend the curfew", "said it would impose martial law": a future
    act in the clause of its own actor's announcement (the clause's subject is a pronoun)."""
    if act.dep_ != "ccomp" or act.head.lemma_.lower() not in ANNOUNCING | {"say"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in act.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in act.children)


def policy_object(act: Token) -> bool:
    """What a coercive act is promised against is a thing, not an actor: "clamp down on
    Britain's growing compensation culture", "crack down on benefit fraud" (not "on Hamas
    militants", "on Iran")."""
    objects = [c for c in act.children if c.dep_ == "dobj"]
    # (and the object's own phrase: "take resolute measures against Taiwan" is against an actor)
    for holder in (act, *(c for c in act.children if c.dep_ == "prt"), *objects):
        objects += [
            o
            for p in holder.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    if not objects:
        return False
    return all(
        o.pos_ == "NOUN"
        and not o.ent_type_
        and not any(c.ent_type_ for c in o.children if c.dep_ in ("compound", "amod", "nmod"))
        for o in objects
    )


def _own_procedure(verb: Token) -> bool:
    """ "refused to hold an early election / a referendum / a Commons vote": the refuser's own
    procedure, which nobody named asked for."""
    return any(
        act.dep_ == "xcomp"
        and any(o.dep_ == "dobj" and o.lemma_.lower() in OWN_PROCEDURES for o in act.children)
        for act in verb.children
    )


#: Verbs whose passive with an infinitive tells hearsay: "are believed to have kidnapped".
HEARSAY = frozenset(
    {"believe", "think", "say", "report", "allege", "understand", "fear", "rumour", "suspect"}
)
#: Verbs of expecting: "expected 2,000 supporters to make their protest" forecasts others' act.
EXPECTING = frozenset({"expect", "predict", "forecast", "anticipate"})
#: Procedures a government or party holds itself: an election, a referendum, a vote, a debate.
OWN_PROCEDURES = frozenset({"election", "poll", "referendum", "vote", "ballot", "debate"})
#: Nouns of what one side says, besides [TALK]: accepting or refusing one is agreeing or rejecting.
DISPUTED = frozenset({"denial", "explanation", "account", "argument", "assurance", "version", "excuse"})


def denies_another(verb: Token) -> bool:
    """ "denied that Gordon Brown made the remark": a denial of what another person is said to
    have done, not of the denier's own responsibility (016). "denied that it had supplied
    weapons", "denied that the security services played any role" are denials (016)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.ent_type_ == "PERSON":
                return True
    return False


def unconventional(code: str, trigger: Token, words: WordLists, *, irregular: bool) -> str:
    """A bombing by irregular armed men is CAMEO's unconventional violence (183): "suicide
    bombers killed 23 people", "guerrillas wounded two soldiers in a bomb attack"; a state's
    air force bombing targets stays 19x."""
    clause = _clause(trigger)
    near = {t.lemma_.lower() for t in clause.subtree} | {t.lower_ for t in clause.subtree}
    if clause.dep_ in ("relcl", "acl"):
        near.add(clause.head.lemma_.lower())  # "IRA bombs which killed seven people"
    if irregular and near & words.bombing:
        return BOMBING
    return code


def _crowd(verb: Token) -> bool:
    """The verb's subject is a crowd, a plural common noun ("students", "thousands of
    workers", "opponents of the plan"), not a government or an official."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.tag_ == "NNS" or (subj.like_num and subj.lower_ not in ("one",)))


def _clause(trigger: Token) -> Token:
    """The clause a trigger's evidence is read from: a noun's governing verb, else itself."""
    node = trigger
    while (
        node.pos_ in ("NOUN", "PROPN")
        and node.head.i != node.i
        and node.dep_ in ("dobj", "pobj", "prep", "conj")
    ):
        node = node.head
    return node


def physical(
    trigger: Token,
    words: WordLists,
    *,
    people_only: bool,
    person_target: bool,
    state_target: bool = False,
    speaking: bool = False,
) -> bool:
    """Evidence that an act of force is physical: an armed actor, weapon, casualty or place in
    its clause; and no sign that it is said of words (an object that is a plan, a policy or a
    person, "for failing", "over his remarks")."""
    if _said_attack(trigger, words):
        return False
    clause = _clause(trigger)
    said = matter_of_words(clause, words) | judged_things(trigger, words)
    if _shots(trigger) and not said and not _words_aimed(trigger, clause, words, people_only=people_only):
        return True  # "a pensioner opened fire on the prime minister": shots, no sign of words
    evidence = [t for t in clause.subtree if t.i not in said]
    lemmas = {t.lemma_.lower() for t in evidence} | {t.lower_ for t in evidence}
    if lemmas & words.weapons:
        return True
    figurative = trigger.lemma_.lower() in FIGURATIVE
    for tok in evidence:
        if figurative and people_only:
            break  # "the Bryans thrashed Ferrero and Robredo in Seville": a place is no battlefield
        if (
            tok.ent_type_ in ("GPE", "LOC", "FAC")
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "on", "near")
            # ("at a rally in Lyon", "in a speech in Paris": where words were said)
            and tok.head.head.lemma_.lower() not in SPEAKING_OCCASIONS
        ):
            return True  # "attacked in Gaza", "an attack on Kabul": a place
    if speaking and said_along(clause, words):
        # "went after the All Progressives Congress, calling it 'a party of looters'", "turned on the
        # party, accusing it of ...": a politician's blow with words said along it, and no weapon,
        # armed actor or place hit, is dealt in words (not a state's: "X struck Y, saying ...")
        return False
    if trigger.lemma_.lower() in FIGURATIVE:
        return False  # "hammered the Treasury", "fired a salvo at Brussels": no weapon, no place hit
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    objects += [c for o in list(objects) for c in o.children if c.dep_ == "conj"]
    forms = {w for o in objects for w in (o.lemma_.lower(), o.lower_, o.lower_.removesuffix("s"))}
    if forms & words.argument_nouns:
        return False  # "attacked Labour's unfair and over-complicated taxes"
    if any(o.lemma_.lower() in TARGET_PLACES for o in objects):
        return True  # "attacks on Israeli settlements", "an attack on a police station": a place hit
    if any(o.pos_ in ("NOUN", "ADJ") and not o.ent_type_ for o in objects):
        return False  # "an attack on the cost of Britain's asylum system": upon a thing, not a target
    if any(c.dep_ == "prep" and c.lower_ in ("for", "over", "as") for c in trigger.children):
        return False  # "attacked him for failing to ...", "attacked X over the remarks"
    matter = [c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("over", "as")]
    if clause is not trigger and matter:
        return False  # "came under attack from X over immigration": the clause's matter is words'
    by = [o for p in trigger.children if p.lower_ in ("from", "by") for o in p.children]
    if any(o.ent_type_ == "PERSON" for o in by):
        return False  # "came under attack from Michael Howard": a person's attack, with no weapon, is words
    hit = [o for o in objects if o.ent_type_ not in ("DATE", "TIME")]  # (not "on Tuesday")
    if people_only and hit and all(o.ent_type_ == "ORG" for o in hit):
        # "Senator X's attack on the Federal Reserve", "hammered the Treasury": a politician's
        # blow at an institution, with no weapon or place, is words (its state is no battlefield)
        return False
    # A person attacking a person is words; a leader attacking a state is an act of war.
    return not person_target and not (people_only and not state_target)


#: Prepositions of what words are about: "unloaded on the Pentagon over cost overruns in the fighter
#: jet programme", "hammered the police over the deaths of protesters in Jakarta".
MATTER_PREPS = frozenset({"over", "about", "regarding", "concerning"})


def matter_of_words(clause: Token, words: WordLists) -> set[int]:
    """The tokens that tell what a blow's words are about or what they say, not what it hit: an
    "over / about" phrase of the clause ("over cost overruns in the fighter jet programme"), a
    clause of saying or judging hung on it ("saying its policies had crushed savers", "calling it
    a betrayal", "who called it ..." on its "by" agent). A weapon or place named there is no
    evidence that the blow was physical."""
    out: set[int] = set()
    heads = [clause, *(o for c in clause.children if c.dep_ == "agent" for o in c.children)]
    for head in heads:
        for c in head.children:
            lemma = c.lemma_.lower()
            if (c.dep_ == "prep" and c.lower_ in MATTER_PREPS) or (
                c.dep_ in ("advcl", "xcomp", "relcl", "ccomp")
                and c.tag_ != "VBN"
                and (lemma in words.say or lemma in JUDGING_WORDS)
            ):
                out.update(t.i for t in c.subtree)
    return out


def judged_things(trigger: Token, words: WordLists) -> set[int]:
    """The tokens of a blow's object that is a thing judged, a plan, policy or record
    ([argument_nouns]): what modifies it is no weapon or place hit ("torched the US border plan",
    "savaged Iran's missile programme")."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    things = words.argument_nouns - PEOPLE_HIT  # (not "opened fire on the prime minister")
    return {t.i for o in objects if o.lemma_.lower() in things or o.lower_ in things for t in o.subtree}


def said_along(clause: Token, words: WordLists) -> bool:
    """Whether a clause carries words said or a judgement passed along with its act: "..., calling
    it a betrayal", "..., accusing it of lying", "..., saying Berlin had ...", "..., branding its loan
    terms colonialism" (a participle, a clause or a coordinated verb of saying or judging)."""
    return any(
        c.dep_ in ("advcl", "xcomp", "ccomp", "conj", "parataxis")
        and c.tag_ != "VBN"
        and (
            c.lemma_.lower() in words.say
            or c.lemma_.lower() in JUDGING_WORDS
            or c.lemma_.lower() in SAYING_ALONG
        )
        for c in clause.children
    )


#: Argument nouns that name people, whom shots may hit as well as words.
PEOPLE_HIT = frozenset({"critic", "rival", "leader", "chancellor", "minister", "opposition"})


def _shots(trigger: Token) -> bool:
    """ "opened fire": shots unless something tells of words."""
    return trigger.lemma_.lower() == "open" and any(
        c.dep_ == "dobj" and c.lower_ == "fire" for c in trigger.children
    )


def _words_aimed(trigger: Token, clause: Token, words: WordLists, *, people_only: bool) -> bool:
    """Signs that a blow is dealt in words besides what it is about: an occasion of speaking
    ("at a rally"), a plan or a party hit ("opened fire on the Tories' plans", a politician's
    "opened fire on the European Commission")."""
    if any(t.lemma_.lower() in SPEAKING_OCCASIONS for t in clause.subtree):
        return True
    hit = [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in words.argument_nouns - PEOPLE_HIT for o in hit):
        return True  # "opened fire on the government's plans" (not "on the prime minister")
    return people_only and bool(hit) and all(o.ent_type_ in ("ORG", "NORP") for o in hit)


#: Blows as often dealt in words as in war ([verbal_force]) that are force only with a weapon, an
#: armed actor or a place hit named: no leader's blow at a state is war by these words alone.
FIGURATIVE = frozenset(
    {"hammer", "pummel", "pound", "clobber", "salvo", "volley", "lash", "slam", "savage"}
    # "turned on / unloaded on the party", "tore apart / shredded / mauled the plan"
    | {"turn", "unload", "tear", "rip", "pull", "maul", "shred"}
    # "lacerated the government", "bludgeoned the central bank", "crucified the minister"
    | {"lacerate", "bludgeon", "wallop", "thrash", "crucify", "flog"}
)


#: Occasions of speaking: a place they are held in tells where words were said ("an attack on
#: the government's plans at a rally in Lyon"), no battlefield.
SPEAKING_OCCASIONS = frozenset(
    {
        "rally",
        "speech",
        "conference",
        "meeting",
        "interview",
        "debate",
        "congress",
        "convention",
        "hustings",
        "gathering",
        "address",
        "lecture",
        "briefing",
        "event",
        "dinner",
        "summit",
        # "during a hearing on Capitol Hill", "at a campaign stop in Calgary", "on a programme in Dublin"
        "hearing",
        "session",
        "stop",
        "forum",
        "programme",
        "program",
        "show",
        "broadcast",
    }
)


#: Places an act of force hits: "attacks on Israeli settlements", "an attack on a police station".
TARGET_PLACES = frozenset(
    {
        "settlement",
        "village",
        "town",
        "camp",
        "base",
        "checkpoint",
        "barracks",
        "convoy",
        "station",
        "embassy",
    }
    | {"compound", "outpost", "garrison", "airport", "airbase", "port", "refinery", "pipeline", "mosque"}
    | {"church", "hotel", "market", "bus", "train", "patrol", "building", "school", "hospital"}
)
#: Adjectives that make an attack one of words: "a blistering attack on Moscow".
WORDY = frozenset(
    {
        "blistering",
        "scathing",
        "stinging",
        "withering",
        "bitter",
        "personal",
        "verbal",
        "outspoken",
        "veiled",
        "rhetorical",
        "vitriolic",
        "excoriating",
        "scornful",
        "sharp",
    }
)
#: Adjectives of temper that make an attack one of words when no armed actor is in its clause ("a
#: furious attack on Brussels" by a politician; "Taliban fighters launched a furious attack" is force).
TEMPERED = frozenset({"furious", "angry", "impassioned", "coded"})
#: Verbs of judging in words, besides [say]: an attack that frames one is told in words.
JUDGING_WORDS = frozenset(
    {
        "call",
        "describe",
        "brand",
        "label",
        "dismiss",
        "accuse",
        "criticise",
        "criticize",
        "condemn",
        "denounce",
        "deride",
        "mock",
        "ridicule",
        "blame",
        "question",
        "urge",
    }
)


#: Verbs of a blow that are as often a shower of words or things "with" which one is hit.
SHOWERING = frozenset({"bombard", "pepper", "pelt", "shower"})
#: No event: a blow told of a game, a shower of requests.
GAME = "---"
#: Nouns of a game: a blow told in a clause with one is a game won ("thrashed Italy in the final").
SPORTING = frozenset(
    {
        "qualifier",
        "fixture",
        "derby",
        "final",
        "semi-final",
        "semifinal",
        "quarter-final",
        "tournament",
        "championship",
        "league",
        "cup",
        "match",
        "playoff",
        "play-off",
        "goal",
        "scoreline",
        "stadium",
        # the game named: "the Australian cricket team savaged the English bowling attack"
        "cricket",
        "football",
        "rugby",
        "tennis",
        "golf",
        "hockey",
        "basketball",
        "baseball",
        "soccer",
        "innings",
        "wicket",
        "bowling",
        "batting",
        "striker",
        "goalkeeper",
    }
)


def _sporting(clause: Token) -> bool:
    """A clause that tells a game: a score ("3-0", "4-1") or a noun of a game in it."""
    for tok in clause.subtree:
        text = tok.lower_
        if "-" in text and all(part.isdigit() and len(part) <= 2 for part in text.split("-")):
            return True
        if (
            text.isdigit()
            and len(text) <= 2
            and tok.i + 2 < len(tok.doc)
            and tok.doc[tok.i + 1].text in ("-", "–")
            and tok.doc[tok.i + 2].text.isdigit()
            and len(tok.doc[tok.i + 2].text) <= 2
        ):
            return True  # "6 - 0 6 - 3", a score the tokenizer split
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPORTING:
            return True
    return False


def _said_attack(trigger: Token, words: WordLists) -> bool:
    """The noun "attack" told as words: "a scathing attack on Brussels", or "In an attack on
    Moscow, the minister described its policy as reckless" (the attack frames a verb of
    saying or judging). Weapons named with it still make it physical."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(t.lemma_.lower() in words.weapons for t in trigger.subtree if t.i != trigger.i):
        return False  # "a blistering attack with rockets"
    if any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in WORDY for c in trigger.subtree):
        return True
    clause = _clause(trigger)
    if any(c.dep_ == "amod" and c.lower_ in TEMPERED for c in trigger.children) and not any(
        t.lemma_.lower() in words.armed_actors
        or t.lower_ in words.armed_actors
        or (t.ent_type_ in ("GPE", "NORP") and any(a.dep_ == "nsubj" for a in (t, *t.ancestors)))
        for t in clause.subtree
    ):
        # "Nigel Farage launched a furious attack on Brussels" (not "Taliban fighters launched a
        # furious attack on Kabul", nor a state's: "Russia launched a furious attack on Kyiv")
        return True
    if (
        clause.i != trigger.i
        and clause.tag_ == "VBG"
        and clause.dep_ in ("advcl", "conj", "xcomp")
        and (clause.head.lemma_.lower() in words.say or clause.head.lemma_.lower() in JUDGING_WORDS)
    ):
        return True  # '"This is a disgrace," X said, launching a fierce attack on the ministry'
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during"):
        governor = trigger.head.head
        lemma = governor.lemma_.lower()
        return governor.pos_ in ("VERB", "AUX") and (lemma in words.say or lemma in JUDGING_WORDS)
    return False


def warning(
    code: str,
    trigger: Token,
    words: WordLists,
    *,
    domestic: bool = False,
    state_agent: bool = False,
    own_act: bool = False,
    foreign: bool = True,
    advisory: bool = False,
) -> str:
    """ "warn": a threat (13x, 138 if military) only when an action is threatened.

    ``domestic``: no state on either side (parties, politicians, unions): "warned X not to"
    is then advice (020), a bare warning a comment (012); ``state_agent``: the warner is a
    state, whose "strikes" are military (a union's are a strike, 133); ``own_act``: the
    clause said has the warner (or its state, its army) as its subject ("warned that its
    army would crush ..."); ``foreign``: a state other than the warner's is warned (only
    another state is threatened by "warned X against doing": a minister warning parliament
    against cutting a budget advises it); ``advisory``: the warner serves no state (the UN's
    envoy, the WHO, a central bank), so "warned X against doing" advises X unless force or a
    measure is named."""
    if not domestic and _quoted_threat(trigger, words):
        return MILITARY_THREAT  # '"We will flatten their positions," Hezbollah warned Israel'
    content = _content(trigger)
    if _reported_acts(trigger):
        # "Russia is stockpiling shells near the Baltic states, Estonia's intelligence service
        # warned", "warned that China had moved missiles to the coast": a report of acts done
        # or going on, no act of the warner's to come: a (pessimistic) statement, never 13x
        return PESSIMISTIC
    if not content:
        # "Iran warned Israel on Sunday": a bare warning to someone; between politicians a remark
        return PESSIMISTIC if domestic else code
    # (not the warner's own act said: "warned Georgia that it would suspend visa-free travel")
    coerced = {
        t.i
        for c in _warning_parts(trigger)
        if c.dep_ == "ccomp" and own_act and _coercive(c, words)
        for t in c.subtree
    }
    if any(t.lemma_.lower() in TRAVEL for t in content if t.i not in coerced):
        # "warned its citizens against travelling to Haiti", "against all travel to Libya":
        # advice to travellers, no threat
        return APPEAL
    threat = False
    told = False  # "warned X not to / to": the one warned is told what to do
    for child in _warning_parts(trigger):
        if child.dep_ == "prep" and child.lower_ == "against":
            # "warned X against any attack": a warning to desist from an act of force; not
            # "against complacency", "against pandering to prejudice"
            threat = threat or any(
                t.lemma_.lower() in words.threat_acts
                or t.lemma_.lower() in words.military_threat
                or (t.ent_type_ in ("NORP", "GPE") and t.dep_ in ("amod", "poss", "compound"))
                for t in child.subtree
            )  # ("against Pakistani aggression": another state's act)
            # "(a state) warned Iran against enriching uranium": an act to desist from, a threat;
            # between politicians an admonition ("cautioned MPs against using earpieces")
            desist = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children)
            # (any body warned against a military act: "warned NATO against deploying troops")
            military = any(_military_word(t, words) or t.lemma_.lower() in ARMED for t in child.subtree)
            # (not a warner who serves no state: "the UN envoy warned Ethiopia and Eritrea
            # against letting their row escalate", "the WHO cautioned Brazil against lifting ...")
            threat = threat or (not domestic and not advisory and desist and (foreign or military))
            # between politicians "warned against complacency / gloating" admonishes: advice (020)
            told = told or (domestic and (desist or not threat))
        elif child.dep_ == "xcomp":
            # "warned X not to", "warned X to stop"; not "warned residents to stay indoors"
            # (advice for their own good)
            told = True
            # (not its own people told to leave: "warned its nationals to leave Lebanon")
            threat = threat or (_desist(child) and not _own_folk(trigger))
        elif child.dep_ == "prep" and child.lower_ in ("of", "about"):
            threat = threat or any(
                o.lemma_.lower() in words.threat_acts for o in child.children if o.dep_ == "pobj"
            )
        elif child.dep_ == "ccomp":
            if not domestic and threat_frame(child, words) == MILITARY_THREAT:
                return MILITARY_THREAT  # "warned the Baltic states they would be in the crosshairs"
            threat = (
                threat
                or _threatened(child, words)
                or (own_act and _coercive(child, words))
                or (not domestic and threat_frame(child, words) is not None)
            )
    if not threat and any(
        t.lower_ == "unless" and t.dep_ == "mark" and (own_act or _hostile_before(t.head.head, words))
        for t in content
    ):
        # "warned there could be further walkouts unless the government rethinks": a
        # conditional threat upon the one who must act (not "warned that millions would face
        # famine unless convoys were let through": a danger, no act of anyone's)
        threat = True
    if told and not threat:
        return APPEAL  # "warned residents to stay indoors": advice
    if threat and told and domestic and not _threat_words(trigger, words):
        return APPEAL  # "the CBI warned Mr Brown not to spend the cash on bribes": advice
    if threat:
        acts = {t.lemma_.lower() for t in _agents_act(trigger)}
        if own_act and any(_armed_subject(c) for c in trigger.children if c.dep_ == "ccomp"):
            return MILITARY_THREAT  # "warned that its army would crush any uprising"
        if not state_agent and acts & DISSENT and not acts & (words.military_threat - {"strike"}):
            return DISSENT_THREAT  # "the union warned of strikes unless ...": a strike threatened
        military = any(_military_word(t, words) for t in _agents_act(trigger))
        return MILITARY_THREAT if military else (nonforce_threat(_agents_act(trigger)) or code)
    said = [c for c in _warning_parts(trigger) if c.dep_ == "ccomp"]
    if any(persisting(c) or _going_ahead(c) for c in said):
        # "warned the policy would go ahead despite the unions' objections", "warned that the
        # changes would have to go ahead in April": insisting on one's course, a rejection
        return REJECT
    if any(a.dep_ == "aux" and a.lower_ == "must" for c in said for a in c.children):
        return DEMAND  # "warned that the affair must not be swept under the carpet": a demand
    return PESSIMISTIC


#: Verbs of a coercive act: a warner's own "would close / cut off / freeze / crush" threatens it.
COERCIVE = frozenset(
    {
        "close",
        "shut",
        "block",
        "blockade",
        "cut",
        "freeze",
        "halt",
        "suspend",
        "stop",
        "ban",
        "expel",
        "sever",
        "withhold",
        "crush",
        "punish",
        "retaliate",
        "respond",
        "strike",
        "attack",
        "destroy",
        "impose",
        "boycott",
        "veto",
        "seize",
        "deport",
        "sue",
        "withdraw",
        "pull",
        "invade",
        "occupy",
        "bomb",
        "shoot",
        "fire",
        "arrest",
        "sanction",
        "target",
        "hit",
        "wipe",
        "annihilate",
        "obliterate",
        "eliminate",
        "confiscate",
        "embargo",
        "evict",
        "oust",
        "terminate",
        "cancel",
        "scrap",
        "downgrade",
        "recall",
        "launch",
        "use",
        "take",
    }
)
#: Verbs of ceasing: "warned Iran to stop", "to halt", "to withdraw" (a demand backed by a threat).
CEASING = frozenset(
    {
        "stop",
        "halt",
        "cease",
        "end",
        "withdraw",
        "refrain",
        "abandon",
        "drop",
        "desist",
        "quit",
        "leave",
        "back",
    }
)
#: Nouns of armed bodies: the warner's army acting is a military threat.
ARMED = frozenset(
    {"army", "troops", "troop", "forces", "force", "military", "navy", "soldier", "soldiers", "militia"}
    | {"guard", "guards", "coastguard", "warship", "warships", "jets", "artillery", "marines"}
    # (the arms a speaker calls its own: "said their missiles would strike every US base if ...")
    | {
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "drone",
        "drones",
        "warplane",
        "warplanes",
        "bomber",
        "bombers",
    }
    | {"submarine", "submarines", "gun", "guns"}
)


#: Nouns a military word can qualify without telling force: "military aid", "defence ties".
UNARMED_HEADS = frozenset(
    {
        "aid",
        "assistance",
        "cooperation",
        "tie",
        "relation",
        "sale",
        "export",
        "help",
        "support",
        "funding",
        "spending",
        "budget",
        "contract",
        "training",
        "link",
        "contact",
        "exchange",
        "purchase",
        "deal",
    }
)


def _military_word(tok: Token, words: WordLists) -> bool:
    """A word of military force in a threat: "would respond militarily", "with force", "a
    strike"; not a qualifier of something given or traded ("would suspend military aid")."""
    if tok.lemma_.lower() not in words.military_threat and tok.lower_ not in words.military_threat:
        return False
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "into")
        and not any(c.dep_ == "det" for c in tok.children)
    ):
        return False  # "if the law stays in force", "came into force": in effect, no army
    return not (tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in UNARMED_HEADS)


#: Theatres of force that, as a modifier of a noun of force, keep it one: "a ground offensive",
#: "a naval blockade", "air strikes" (other modifiers name another field: "a charm offensive",
#: "a trade war", "a hunger strike").
THEATRES = frozenset(
    {"ground", "land", "air", "naval", "sea", "border", "cross-border", "full-scale", "armed"}
)
#: Nouns of force also said of work, words or law: "threatened a strike over pay", "a war of
#: words", "legal action", "a tough response": force only when states are on a side.
SHARED_FORCE_NOUNS = frozenset(
    {"strike", "war", "attack", "intervention", "action", "response", "measure", "punishment", "consequence"}
)


def _threatened_force(trigger: Token, words: WordLists, domestic: bool | None) -> bool:
    """The object of "threaten" names an act of force: its noun is of force in the threat
    tables' hostile nouns ("an invasion", "an incursion", "a blockade") or the bombing words,
    or a military word modifies it ("a military operation", "a nuclear strike"); a modifier of
    another field makes it no force ("a charm offensive", "a trade war"); a noun also said of
    work or words ("strike", "war") only with a state on a side."""
    from .threats import table

    hostile = table("hostile_noun")
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return False  # "threatened the military junta with sanctions": the object is the one threatened
    for obj in (c for c in trigger.children if c.dep_ == "dobj" and not c.ent_type_):
        mods = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(_military_word(m, words) for m in mods):
            return True
        noun = obj.lemma_.lower()
        if not ((hostile.get(noun) or "")[:3] == "138" or noun in words.bombing):
            continue
        if any(
            m.dep_ in ("compound", "nmod")
            and m.lower_ not in THEATRES
            and m.lemma_.lower() not in words.weapons
            for m in mods
        ):
            continue
        if noun in SHARED_FORCE_NOUNS and domestic is not False:
            continue
        return True
    return False


def _desist(xcomp: Token) -> bool:
    """ "(warned X) not to interfere", "to stop enrichment": told to desist from an act."""
    return any(c.dep_ == "neg" for c in xcomp.children) or xcomp.lemma_.lower() in CEASING


#: Words of readiness: "was ready / prepared / willing to use force" tells an act to come.
READINESS = frozenset({"ready", "prepared", "willing", "determined"})


def _striking_back(act: Token) -> bool:
    """ "(vowed) to hit back", "to strike back", "to fight back": retaliation."""
    return act.lemma_.lower() in ("hit", "strike", "fight", "punch") and any(
        t.lower_ == "back"  # (or on its adverb: "to hit back hard")
        for c in act.children
        if c.dep_ in ("prt", "advmod")
        for t in (c, *c.children)
    )


#: People a state or body looks after: "its nationals", "their citizens", "its staff".
FOLK = frozenset(
    {"national", "citizen", "resident", "people", "tourist", "traveller", "traveler", "expatriate"}
    | {"staff", "worker", "employee", "member", "supporter", "diplomat", "subject", "student"}
)


def _own_folk(trigger: Token) -> bool:
    """The one warned is the warner's own people: "warned its nationals (to leave)", "warned
    their citizens", "our members"; a warning to them is advice, not a threat."""
    return any(
        c.dep_ in ("dobj", "dative")
        and c.lemma_.lower() in FOLK
        and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our", "his", "her") for p in c.children)
        for c in trigger.children
    )


def _addressed_act(act: Token) -> bool:
    """The infinitive of a warning is what the one warned is told to do or not to do: "warned
    Kosovo not to deploy police", "warned Iran to stop enrichment"."""
    return any(c.dep_ in ("dobj", "dative") for c in act.head.children)


def _readied(clause: Token) -> Token | None:
    """The act a clause says its subject stands ready to do: "(the PLA) was ready to take all
    necessary measures", "(it) stood prepared to use force"; else None."""
    for adj in (c for c in clause.children if c.dep_ == "acomp" and c.lower_ in READINESS):
        for act in (c for c in adj.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")):
            return act
    return None


def _coercive(clause: Token, words: WordLists) -> bool:
    """ "(it) would close the strait", "would launch an offensive", "could freeze the talks",
    "was ready to use force": an act to come that coerces (the verb, or a light verb's object)."""
    readied = _readied(clause)
    if readied is not None:
        if any(_military_word(t, words) for t in readied.subtree):
            return True  # "was ready to take all necessary measures, including force"
        clause = readied  # "was ready to withhold the next loan": the act readied is to come
    future = readied is not None or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "could", "may", "might")
        for c in clause.children
    )
    if not future:
        return False
    lemma = clause.lemma_.lower()
    if lemma == "rule" and any(c.dep_ == "neg" for c in clause.children):
        # "would not rule out scrapping the agency": the act not ruled out is threatened
        ruled = [
            c for c in clause.children if c.dep_ in ("dobj", "xcomp", "pcomp", "ccomp") and c.pos_ == "VERB"
        ]
        return any(a.lemma_.lower() in COERCIVE for a in ruled)
    objects = {c.lemma_.lower() for c in clause.children if c.dep_ in ("dobj", "prt")}
    acts = words.threat_acts | words.military_threat | {"offensive", "sanction", "embargo", "blockade"}
    if lemma in ("use", "take", "launch"):
        return bool(objects & acts)  # "take action", "launch an offensive"; not "take years"
    return lemma in COERCIVE or lemma in words.threat_acts or lemma in words.verbal_force


#: Verbs of the idioms of threat whose clause tells the act threatened ("served notice on X that
#: its navy would ...", "put X on notice that ...", "gave X a week to ... or face ...").
THREAT_FRAMES = frozenset({"serve", "put", "place", "give", "set"})


def _frame_clauses(trigger: Token) -> list[Token]:
    """The clauses a threat's idiom tells, on the verb or its noun ("served notice that ...")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "pobj", "prep"))]
    heads += [o for p in heads if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [c for h in heads for c in h.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]


def _future(clause: Token) -> bool:
    """The clause tells an act to come: "would open fire", "will strike"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children)


def _armed_subject(clause: Token) -> bool:
    """The clause's subject is an armed body: "its army", "Turkish troops", "the People's
    Liberation Army"."""
    return any(
        c.dep_ == "nsubj" and any(t.lemma_.lower() in ARMED or t.lower_ in ARMED for t in c.subtree)
        for c in clause.children
    )


#: Lemmas of industrial action and protest: "warned of strikes / walkouts".
DISSENT = frozenset({"strike", "walkout", "stoppage", "boycott", "protest", "demonstration", "picket"})


def _own_step(trigger: Token) -> bool:
    """ "threatened to resign / quit / step down / go on hunger strike": the threatener's own step
    (the table's self acts), done to no one: no object beside it."""
    from .threats import table

    act = next((c for c in trigger.children if c.dep_ in ("xcomp", "acl")), None)
    if act is None or act.lemma_.lower() not in table("own_step"):
        return False
    return not any(c.dep_ == "dobj" for c in act.children)


def _hostile_before(head: Token, words: WordLists) -> bool:
    """The clause an "unless" hangs on tells a hostile act ("would impose sanctions unless"),
    or that there will be one ("there could be further walkouts unless")."""
    from .threats import hostile_code, table

    if hostile_code(head) is not None:
        return True
    nouns = [c for c in head.children if c.dep_ in ("attr", "nsubj", "dobj")]
    hostile = DISSENT | set(table("hostile_noun")) | words.threat_acts
    return any(n.lemma_.lower() in hostile for n in nouns)


def _threat_words(trigger: Token, words: WordLists) -> bool:
    """A word of an act threatened anywhere in what the warning says: "warned X not to
    interfere or face sanctions"."""
    return any(t.lemma_.lower() in words.threat_acts for t in _content(trigger))


def _addressed(verb: Token) -> bool:
    """A complaint made to someone: "complained to the Electoral Commission", "complained
    with the regulator"."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") for c in verb.children)


def _going_ahead(clause: Token) -> bool:
    """ "(warned) the changes would have to go ahead", "the reform will proceed": a plan
    insisted on. ``clause`` is the verb said, or "have" of "would have to"."""
    verb = clause
    if clause.lemma_.lower() == "have":
        verb = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
    ahead = verb.lemma_.lower() == "go" and any(c.lower_ == "ahead" for c in verb.children)
    if not (ahead or verb.lemma_.lower() == "proceed"):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "must", "shall") for c in clause.children
    )


def persisting(clause: Token) -> Token | None:
    """ "(warned) the policy would go ahead despite the unions' objections": an act to come
    that goes on against someone's objection is a rejection of it; the object of "despite /
    in spite of / regardless of", else None."""
    future = any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "must") for c in clause.children
    )
    if not future:
        return None
    for prep in (c for c in clause.children if c.dep_ == "prep"):
        if prep.lower_ == "despite":
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
        if prep.lower_ in ("in", "regardless"):  # "in spite of", "regardless of"
            for inner in (c for c in prep.subtree if c.dep_ == "prep" and c.lower_ == "of"):
                if prep.lower_ == "regardless" or any(t.lower_ == "spite" for t in prep.children):
                    return next((o for o in inner.children if o.dep_ == "pobj"), None)
    return None


#: Hazards and grades of the warnings agencies issue to the public: "a storm warning", "an amber
#: warning for heavy snow", "a travel warning" (no act threatened).
HAZARD_WARNINGS = frozenset(
    {
        "storm",
        "flood",
        "tsunami",
        "weather",
        "heat",
        "heatwave",
        "frost",
        "fog",
        "snow",
        "ice",
        "wind",
        "rain",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "fire",
        "bushfire",
        "wildfire",
        "avalanche",
        "drought",
        "travel",
        "health",
        "amber",
        "yellow",
        "orange",
        "red",
    }
)


def _idle_warning(noun: Token, words: WordLists) -> bool:
    """ "a warning about / of / over / for X" where X is no act threatened ("of sanctions" is), and
    a public warning of a hazard ("a storm warning", "an amber warning")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in HAZARD_WARNINGS for c in noun.children):
        return True
    for prep in (
        c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("about", "of", "over", "on", "for")
    ):
        if not any(t.lemma_.lower() in words.threat_acts for t in prep.subtree):
            return True
    return False


def _threatened(clause: Token, words: WordLists) -> bool:
    """ "(warned) it would retaliate", "that Israel would face consequences": an act to come
    by the warner, or consequences for the one warned."""
    future = any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "could", "may", "might")
        for c in clause.children
    )
    if not future:
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    lemma = clause.lemma_.lower()
    acting = (
        lemma in words.threat_acts
        or lemma in words.verbal_force
        or lemma in words.violent_verbs
        # "would fire missiles deep into Israel", "would launch strikes": a weapon or an attack as its object
        or any(c.dep_ == "dobj" and c.lemma_.lower() in words.military_threat for c in clause.children)
        # "would slap tariffs on Mexican steel", "would impose an embargo": economic measures
        or any(c.dep_ == "dobj" and c.lemma_.lower() in SANCTIONS for c in clause.children)
    )
    if (
        subj is not None
        and (subj.lower_ in ("it", "we", "they", "i", "he", "she") or _warners_body(subj))
        and acting
    ):
        return True  # "warned it would retaliate", "that the group would strike"; not "it would go bankrupt"
    # The clause's own object or its phrase ("would face consequences", "would face calls for
    # action"); not what is judged ("the use of force could be illegal") or what another act
    # deeper down is about ("safer to seek a resolution sanctioning military action").
    deterring = clause.lemma_.lower() in DETERRING and any(c.dep_ == "neg" for c in clause.children)
    if clause.lemma_.lower() not in UNDERGOING and not deterring:
        # "might look like interference", "could lead to action in the courts"; not "India
        # would not tolerate attacks" (a deterrent)
        return False
    near = [c for c in clause.children if c.dep_ in ("dobj", "attr")]
    near += [o for c in clause.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    near += [
        o for n in list(near) for p in n.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    # (with its own qualifiers: "would be met with a missile barrage", "a military response")
    near += [c for n in list(near) for c in n.children if c.dep_ in ("compound", "amod")]
    return any(t.lemma_.lower() in words.threat_acts or _military_word(t, words) for t in near)


#: Nouns by which a warner's spokesman names the body he speaks for: "the group would fire ...".
BODIES = frozenset(
    {
        "group",
        "movement",
        "organisation",
        "organization",
        "government",
        "regime",
        "administration",
        "country",
        "state",
        "kingdom",
        "republic",
        "army",
        "military",
        "militia",
        "alliance",
    }
)


def _warners_body(subj: Token) -> bool:
    """ "the group", "the movement", "our army", "its forces": the body the warner speaks for,
    named by a definite or own word (not "a group of protesters", "the Lebanese army")."""
    lemma = subj.lemma_.lower()
    if lemma not in BODIES and lemma not in ("force", "troop", "soldier", "fighter"):
        return False
    dets = [c for c in subj.children if c.dep_ in ("det", "poss")]
    if any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl") for c in subj.children):
        return False
    if any(c.lower_ in ("our", "its", "their", "my") for c in dets):
        return True
    return lemma in BODIES and any(c.lower_ == "the" for c in dets)


def _agents_act(trigger: Token) -> list[Token]:
    """The words of what a warning's author threatens to do: an "of / about / with" phrase
    ("warned of military action") and the clause said ("warned it would strike"), less that
    clause's subject; not what the one warned is told to stop ("warned X against missile
    tests", "warned X not to test"): those acts are the target's, not force threatened."""
    out: list[Token] = []
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "with"):
            out += list(child.subtree)
        elif child.dep_ == "ccomp":
            # less its condition too: "would cut off exports if Tokyo deploys missiles" threatens
            # no missiles (the other side's act)
            # (a condition anywhere below: "cut off Iraq's access to revenues held at the Fed if
            # militias kept firing" threatens no firing)
            left = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            left += [c for c in child.subtree if c is not child and _condition(c)]
            skipped = {t.i for c in left for t in c.subtree}
            out += [t for t in child.subtree if t.i not in skipped]
    return out


def _condition(clause: Token) -> bool:
    """ "if Tokyo deploys missiles", "unless Bogota accepts": a clause of condition."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
    )


def _reported_acts(trigger: Token) -> bool:
    """What the warning says is only clauses (nothing of, against or to do) that report acts
    done or going on: a verb in the past, a perfect ("has moved") or a progressive ("is
    stockpiling", "was rebuilding"), with no modal of an act to come and not the warner's own
    ("we have", "I am"); not "all options are on the table", "X is ready to strike"."""
    said = [c for c in trigger.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
    if (
        not said
        and trigger.dep_ == "conj"
        and trigger.head.i < trigger.i
        and not any(c.dep_ == "cc" and c.i < trigger.i for c in trigger.head.children)
    ):
        said = [trigger.head]  # "Russia has moved ... , Lithuania warned" (parsed as two clauses)
    if not said or any(
        c.dep_ in ("xcomp", "advcl", "oprd")
        or (c.dep_ == "prep" and c.lower_ in ("of", "about", "against", "over", "with"))
        for c in trigger.children
    ):
        return False  # (not "warned of ...", "warned X to ...")
    for clause in said:
        if clause.pos_ != "VERB" or any(
            c.dep_ in ("xcomp", "acomp", "attr", "oprd") for c in clause.children
        ):
            return False  # ("the PLA was ready to take all necessary measures": a readiness, no report)
        aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if any(
            a.lower_ in ("will", "would", "'ll", "shall", "could", "may", "might", "must", "'d") for a in aux
        ):
            return False
        perfect = clause.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in aux)
        going = clause.tag_ == "VBG" and any(a.lemma_.lower() == "be" for a in aux)
        if not (perfect or going or (clause.tag_ == "VBD" and not aux)):
            return False
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("we", "i", "us"):
            return False
        if any(t.lower_ in ("if", "unless") for t in clause.subtree):
            return False
    return True


def _warning_parts(trigger: Token) -> list[Token]:
    """The trigger's children, and the preposition phrases of the one warned: "warned both
    parties against pandering" hangs "against" on "parties"."""
    out = list(trigger.children)
    for obj in (c for c in trigger.children if c.dep_ in ("dobj", "dative")):
        out += [p for p in obj.children if p.dep_ == "prep" and p.lower_ in ("against", "of", "about")]
    return out


def _content(trigger: Token) -> list[Token]:
    """What a warning or threat is about: its clause, infinitive, "of / about / against /
    with" phrase; not its subject, the one warned, or its time ("on Sunday")."""
    out: list[Token] = []
    for child in _warning_parts(trigger):
        if child.dep_ in ("ccomp", "xcomp", "advcl", "oprd") or (
            child.dep_ == "prep" and child.lower_ in ("of", "about", "against", "over", "with", "that")
        ):
            out += list(child.subtree)
    return out


#: Modals of a mere possibility: "China could be ready to invade", "Russia might be prepared to".
POSSIBILITY_MODALS = frozenset({"could", "might", "may"})


def forecast_readiness(act: Token) -> bool:
    """An act a named third party is said to be possibly ready for, in someone's words: "warned
    that China could be ready to invade the island", "said Russia might be prepared to attack"
    (not "said it could be ready to strike": the speaker's own side, a threat; not "China is
    ready to invade": readiness told)."""
    adj = act.head
    if act.dep_ != "xcomp" or adj.dep_ != "acomp" or adj.lower_ not in READINESS | {"able"}:
        return False
    copula = adj.head
    if copula.dep_ != "ccomp" or not any(
        c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in copula.children
    ):
        return False
    subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "PROPN"


def _warned_clauses(trigger: Token) -> list[Token]:
    """The clauses a warning says: "warned (allies) that ...", "a warning that ..." (a clause
    the parser hangs on the warning noun or on the one warned)."""
    out = [c for c in trigger.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
    for obj in (c for c in trigger.children if c.dep_ in ("dobj", "dative")):
        out += [c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and _that_clause(c)]
    return out


def _that_clause(clause: Token) -> bool:
    """A clause of content: its own subject and a "that" (or no relative word) before it."""
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _own_side(subj: Token, trigger: Token) -> bool:
    """A clause subject that stands for the warner: a pronoun ("it", "we"), what a pronoun owns
    ("its artillery", "our forces"), an armed body ("troops would ..."), the warner's own name."""
    if subj.tag_ in ("PRP", "PRP$") or subj.lower_ in ("this", "that"):
        return True
    if any(c.dep_ == "poss" and c.tag_ in ("PRP", "PRP$") for c in subj.children):
        return True
    if any(t.lemma_.lower() in ARMED or t.lower_ in ARMED for t in subj.subtree):
        return True
    warner = [c for c in trigger.children if c.dep_ == "nsubj"]
    warner += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
    names = {t.lower_ for w in warner for t in w.subtree if t.pos_ == "PROPN"}
    return any(t.lower_ in names for t in subj.subtree if t.pos_ == "PROPN")


def forecast(trigger: Token, words: WordLists) -> bool:
    """A warning that only forecasts: every clause it says tells what someone else or
    something impersonal could, might or may do ("warned that the rand could slide further",
    "warned allies that Russia might be able to attack", "that prices may keep rising"), not
    an act of the warner's own side ("that its artillery could ...", "we may retaliate"), not
    a consequence framed as a threat ("X could pay a heavy price"), not what "any" act would
    bring ("any move could trigger a response"). A forecast is a comment (012), no threat."""
    said = _warned_clauses(trigger)
    if not said:
        return False
    for clause in said:
        if not any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in clause.children):
            return False
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or _own_side(subj, trigger):
            return False
        if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in subj.children):
            return False
        if threat_frame(clause, words) is not None or _threatened(clause, words):
            return False
    return True


# -- the sentence's events together -----------------------------------------------------------
def _warner(trig: Token) -> Token | None:
    """The verb of warning or threatening whose clause tells ``trig``: "warned (that) it would
    impose new sanctions" for "sanctions" or "impose"; else None."""
    node = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" else trig
    if node.dep_ in ("xcomp", "ccomp") and node.head.lemma_.lower() in THREATENING:
        return node.head
    return None


def settle(
    events: list[E],
    words: WordLists,
    sentences: Sentences | None = None,
    speaker_of: Callable[[Token], list[str]] | None = None,
) -> list[E]:
    """Intents and refusals across a trigger and the act in its infinitive (module doc):
    "offered to supply" is one intent event, "refused to deny" no denial. ``speaker_of`` gives
    the entities a speaker's phrase stands for (a state's ministry: the state)."""
    by_trigger: dict[int, list[E]] = {}
    for event in events:
        by_trigger.setdefault(event.trigger.i, []).append(event)
    drop: set[int] = set()
    for n, event in enumerate(events):
        trig = event.trigger
        lemma = trig.lemma_.lower()
        if _unconfirmed(trig, words):
            drop.add(n)  # "refused to confirm that Mr Blair had met the ambassador": not told as done
            continue
        if event.cameo[:2] in FORCE and forecast_readiness(trig):
            # "warned that China could be ready to invade the island": a third party's act
            # foreseen as possible, neither done nor threatened by anyone
            event.modality = Modality.HYPOTHETICAL
            continue
        if (lemma in words.refusal or lemma in REFUSAL_NOUNS) and declines_comment(trig, words):
            event.cameo = DECLINE_COMMENT
            continue
        if event.cameo == DECLINE_COMMENT and (
            lemma in words.comment_verbs or lemma in PRESSED or no_comment(trig) or unanswered(trig)
        ):
            event.negated, event.modality = False, Modality.ASSERTED  # "would not comment": declined
            continue
        if (
            event.cameo[:3] == "016"
            and trig.dep_ == "conj"
            and any(o.cameo == DECLINE_COMMENT for o in by_trigger.get(trig.head.i, ()))
        ):
            drop.add(n)  # "would not confirm or deny that ...": no answer, no denial
            continue
        if event.cameo[:3] == "016" and event.negated:
            drop.add(n)  # "did not deny reports that ...": no denial, and nothing else said
            continue
        if event.cameo[:2] == "12" and lemma in words.refusal and not event.targets and _own_procedure(trig):
            drop.add(n)  # "refused to hold an early election": its own procedure, no one's demand refused
            continue
        if event.cameo[:2] == "12" and lemma in words.refusal and _refuses_claim(trig):
            event.cameo = REJECT  # "refused to accept Syria's denials": a claim rejected, nothing yielded
            continue
        if (
            event.cameo[:2] == "03"
            and lemma in THREATENING
            and any(
                c.dep_ == "xcomp" and (c.lemma_.lower() in words.threat_acts or _striking_back(c))
                for c in trig.children
            )
        ):
            event.cameo = "130"  # "vowed to retaliate", "to hit back": a threat, not an intent to cooperate
            continue
        if event.cameo[:2] == "13" and lemma in ("threaten", "threat") and _own_step(trig):
            drop.add(n)  # "threatened to resign if ...": a step of its own, no one threatened
            continue
        if event.cameo[:2] == "12" and lemma in DETERRING and event.negated:
            # "would not let the ship dock", "did not allow the plane to land": passage refused,
            # a refusal told (12x), not a permission denied to have happened
            event.negated, event.modality = False, Modality.ASSERTED
            continue
        if event.negated and any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in trig.children):
            if lemma in DETERRING:
                # "will not allow Iran to ...", "would not tolerate any misadventure": a threat
                event.cameo, event.negated, event.modality = "130", False, Modality.ASSERTED
                continue
            if event.cameo[:2] in REFUSAL_CODES:
                # "will not accept refugees", "would not give permission": a refusal (12x)
                event.cameo, event.negated = refusal(event.cameo), False
                event.modality = Modality.ASSERTED
                continue
        if imperative(trig):
            drop.add(n)  # "Please don't give it away": asked of someone, not done
            continue
        if (
            not event.negated
            and event.cameo[:2] in COERCIVE_ROOTS
            and _said_own_condition(trig, words, event.agents, speaker_of)
        ):
            # "Iran said it would impose sanctions on Israel if ...": the speaker's own act on a
            # condition is a threat made, the act not told
            force = event.cameo[:2] in ("15", "18", "19", "20")
            event.cameo, event.modality = (
                (MILITARY_THREAT if force else threat(event.cameo)),
                Modality.ASSERTED,
            )
            continue
        if (
            event.negated
            and event.cameo[:2] in FORCE
            and any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in trig.children)
        ):
            drop.add(n)  # "a true believer does not kill innocent people": a habit denied, no act
            continue
        if _stated_aim(trig):
            drop.add(n)  # "the aim of UKIP is to withdraw from the EU": a goal described, no act
            continue
        coercive = (event.cameo[:2] == "17" and bool(event.targets)) or event.cameo[:2] in FORCE
        if coercive and _announced_own(trig):
            # "announced that he will extend the curfew in Abidjan", "said it would close the
            # Strait of Hormuz": a coercive act announced by its own actor for later is its
            # threat (13x); it has not happened
            force = event.cameo[:2] in FORCE
            event.cameo = MILITARY_THREAT if force else threat(event.cameo)
            event.modality = Modality.ASSERTED
            continue
        if event.cameo[:2] in THREAT_CODES and _unless(trig):
            # "will withdraw its force from Chad unless X arranges a ceasefire": a threat
            event.cameo = (
                MILITARY_THREAT if event.cameo[:2] in ("15", "18", "19", "20") else threat(event.cameo)
            )
            event.modality, event.negated = Modality.ASSERTED, False
            warner = _warner(trig)
            warnings = [o for o in by_trigger.get(warner.i, ()) if o.cameo[:2] == "13"] if warner else []
            for o in warnings:
                # "warned Venezuela it would impose sanctions unless ...": one threat, upon Venezuela
                o.cameo = event.cameo if o.cameo in ("130", "138") else o.cameo
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            if warnings:
                drop.add(n)
            continue
        if lemma not in words.say and _asked(trig, sentences):
            drop.add(n)  # "Has he forgotten about shoot to kill?": a question tells no act
            continue
        if trig.dep_ in ("csubj", "csubjpass") and not any(c.dep_ == "nsubj" for c in trig.children):
            drop.add(n)  # "Detaining suspects without trial breaks human rights laws": no one did it
            continue
        owing = trig.head if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in TRYING else trig
        # ("Mr Blair ought to have consulted the Cabinet": "ought" parsed as the head; "has to /
        # needs to / does not have to abide by": a duty, not the act)
        ought = trig.dep_ == "xcomp" and (trig.head.lower_ == "ought" or _duty(trig.head))
        if ought or any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in owing.children) or _wished(trig):
            # "Libya must hand over the suspects", "UKIP should try to resolve its differences":
            # owed, not done (an appeal, see events)
            drop.add(n)
            continue
        infinitive = trig.dep_ == "xcomp" or (
            trig.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children)
        )  # ("called on Mr X to denounce" parsed as an adverbial clause)
        if (
            trig.pos_ in ("NOUN", "PROPN")
            and trig.dep_ == "dobj"
            and trig.head.lemma_.lower() in words.light_verbs
            and (
                trig.head.dep_ == "xcomp"
                or (trig.head.dep_ == "ccomp" and any(c.lower_ == "to" for c in trig.head.children))
            )
            and (
                trig.head.head.lemma_.lower() in REQUESTING
                or (trig.head.head.lemma_.lower() in EXPECTING and _of_others(trig.head.head))
            )
            and not _named_addressee(trig.head.head)
        ):
            # "urged supporters to make their protest": asked of people no name tells, not done
            # by the one asking ("called on the EU to impose sanctions": the EU's, see events)
            drop.add(n)
            continue
        doer = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" else trig
        if (
            doer.dep_ in ("xcomp", "ccomp")
            and doer.head.lemma_.lower() in EXPECTING
            and (_of_others(doer.head) or any(c.dep_ == "nsubj" for c in doer.children))
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in doer.children)
            and event.modality is Modality.ASSERTED
        ):
            event.modality = Modality.HYPOTHETICAL  # "expected Iran to hold talks": a forecast
            continue
        if infinitive and trig.head.lemma_.lower() in REQUESTING:
            drop.add(n)  # "urged Iran to return", "called on the EU to impose sanctions": asked, not done
            continue
        if _demanded(doer):
            drop.add(n)  # "demanded that Belarus release the journalist": asked, not done
            continue
        if (
            trig.dep_ == "acl"
            and trig.head.lemma_.lower() in REFUSAL_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children)
        ):
            # "Iran's refusal to allow inspectors in": one refusal (12x), the act not done
            refusals = [o for o in by_trigger.get(trig.head.i, ()) if o.cameo[:2] == "12"]
            code = refusal(event.cameo)
            for o in refusals:
                o.cameo = code if o.cameo in ("120", "124") else o.cameo
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            if refusals:
                drop.add(n)
            else:
                event.cameo, event.negated = code, False
            continue
        act = trig  # the verb of the act: "hold" for "agreed to hold talks"
        if (
            trig.pos_ in ("NOUN", "PROPN")
            and trig.dep_ in ("dobj", "attr")
            and trig.head.lemma_.lower() in words.light_verbs
        ):
            act = trig.head
        elif (
            trig.pos_ in ("NOUN", "PROPN")
            and trig.dep_ == "dobj"
            and trig.head.dep_ in ("xcomp", "ccomp")
            and trig.head.head.lemma_.lower() in THREATENING
            and not by_trigger.get(trig.head.i)
        ):
            act = trig.head  # "warned it would impose new sanctions": the threat is of the sanctions
        while act.dep_ == "conj" and act.head.i != act.i:  # "promised to democratize ... and establish"
            act = act.head
        threatened = (
            act.dep_ in ("acl", "relcl")
            and act.head.lemma_.lower() in THREAT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        )  # "Beijing's threat to impose tariffs on Australian wine": the threat is of the act
        gerund = act.head if act.dep_ == "dobj" and act.head.tag_ == "VBG" else act
        if _put_off_gerund(gerund, words):
            # "suggested on Tuesday holding talks with Greece", "recommended imposing sanctions":
            # the act put forward, not done; the proposal is the intent to do it (03x), if any
            intent = INTENT_CODES.get(event.cameo[:3], INTENT_CODES.get(event.cameo[:2]))
            # (the suggestion coded itself, an intent or an appeal: "recommended sending
            # peacekeepers to Chad" is one appeal)
            outer = [o for o in by_trigger.get(gerund.head.i, ()) if o is not event]
            for o in outer:
                o.targets = list(dict.fromkeys(o.targets + [t for t in event.targets if t not in o.agents]))
            if outer:
                drop.add(n)
            elif intent:
                event.cameo = intent
            else:
                event.modality = Modality.HYPOTHETICAL
            continue
        balker = _balking(act, words)
        if balker is not None:
            # "balked at imposing sanctions on Russia", "shied away from sending troops": one
            # refusal (12x) of the act, which is not done
            refusals = [o for o in by_trigger.get(balker.i, ()) if o is not event and o.cameo[:2] == "12"]
            for o in refusals:
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            if refusals:
                drop.add(n)
            else:
                event.cameo, event.negated, event.modality = refusal(event.cameo), False, Modality.ASSERTED
            continue
        # ("ruled out sending warships": the gerund parsed as an adverbial clause at times)
        ruled = act.dep_ == "advcl" and act.tag_ == "VBG" and _rules_out(act.head)
        if act.dep_ not in ("xcomp", "ccomp") and not threatened and not ruled:
            continue
        head = act.head
        head_lemma = head.lemma_.lower()
        if head_lemma not in THREATENING and head_lemma not in OFFERING and _conditional(act):
            # "planned to press charges if he was caught": a condition, no threat or intent (an
            # offer on a condition is made all the same: "offered to evacuate civilians if ...")
            continue
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in act.children):
            continue  # "will decide whether to impose sanctions": not decided, no threat or intent
        if head_lemma in DETERRING and (
            any(c.dep_ == "neg" for c in head.children)
            or (head.dep_ == "xcomp" and head.head.lemma_.lower() in words.refusal)
        ):
            drop.add(n)  # "refused to allow a tanker to dock", "would not let X enter": not done
            continue
        if (
            act.dep_ == "ccomp"
            and head_lemma in ANNOUNCING
            and INTENT_CODES.get(event.cameo[:2])
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in act.children)
            and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we", "he", "she", "i") for c in act.children
            )
        ):
            # "Israel announced it would free 150 prisoners": an intent announced (03x), not the act
            event.cameo, event.modality = INTENT_CODES[event.cameo[:2]], Modality.ASSERTED
            continue
        if act.dep_ == "ccomp" and head_lemma not in words.intent and head_lemma not in THREATENING:
            continue  # a clause is an intent's only under "want", "hope" ...: "wants Putin to attack"
        if (
            act.dep_ == "ccomp"
            and head_lemma in words.intent
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
            and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in act.children)
        ):
            drop.add(n)  # "the Tories want the commissioner to investigate": wished of another, not done
            continue
        if head_lemma in words.refusal and (lemma in words.comment_verbs or declines_comment(head, words)):
            drop.add(n)  # "refused to deny claims", "refused to back speculation": no act
            continue
        if (head_lemma in words.refusal or _rules_out(head)) and (act.dep_ == "xcomp" or ruled):
            # "refusing to lift the curfew": one refusal (12x), not the act that did not happen;
            # "ruled out sending troops" likewise (not "would not rule out": a threat)
            refusals = [o for o in by_trigger.get(head.i, ()) if o is not event and o.cameo[:2] == "12"]
            code = refusal(event.cameo)
            for o in refusals:
                o.cameo = code if o.cameo in ("120", "124") else o.cameo
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            if refusals:
                drop.add(n)
            elif head_lemma != "fail":
                event.cameo, event.negated = code, False
            continue
        if head_lemma not in words.intent and head_lemma not in THREATENING:
            continue
        # (the warner's own force: "the Russian navy" of the Kremlin's Russia; not "the UN warned
        # that Russian troops would invade")
        said = [
            o
            for o in by_trigger.get(head.i, ())
            if o is not event and o.cameo in (PESSIMISTIC, "010") and set(o.agents) & set(event.agents)
        ]
        if (
            head_lemma == "warn"
            and act.dep_ == "ccomp"
            and (event.cameo == MILITARY_THREAT or event.cameo[:2] in ("18", "19", "20"))
            and not event.negated
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in act.children)
            and said
        ):
            # "warned Estonia that the Russian navy would open fire": the warning is the threat
            # of force its clause tells (138), made upon the one warned, not a comment beside it
            for o in said:
                o.cameo = MILITARY_THREAT
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            drop.add(n)
            continue
        outer = [o for o in by_trigger.get(head.i, ()) if o is not event and o.cameo[:2] in ("03", "13")]
        if head_lemma in words.intent and any(c.dep_ == "neg" for c in act.children):
            # "pledged not to visit Iraq", "vowed not to negotiate": an undertaking to refrain, no
            # intent to do the act, nor the act
            drop.add(n)
            drop.update(m for m, o in enumerate(events) if o.cameo[:2] == "03" and any(o is x for x in outer))
            continue
        intent = INTENT_CODES.get(event.cameo[:3], INTENT_CODES.get(event.cameo[:2]))
        threats = [o for o in outer if o.cameo[:2] == "13"]
        if threats and act.dep_ == "xcomp" and head_lemma in ("warn", "caution") and _addressed_act(act):
            # "Serbia warned Kosovo not to deploy police": the act is the one warned's, not the
            # threat's (the warning read its code from what it says)
            drop.add(n)
            continue
        if threats and event.cameo[:2] not in ("03", "13"):
            # "threatened to ban imports", "warned it would strike": one threat of the act
            for o in threats:
                # ("threatened to launch strikes on American bases": the military words the
                # threat read win over the act's reading as a protest strike, 133)
                armed = (
                    o.cameo == MILITARY_THREAT
                    and event.cameo[:2] == "14"
                    and any(p.dep_ == "prep" and p.lower_ in ("on", "against") for p in trig.subtree)
                    and any(a.startswith("state:") for a in o.agents)  # (a union's strikes are strikes)
                )
                o.cameo = threat(event.cameo, o.cameo) if o.cameo in ("130", "138") and not armed else o.cameo
                if event.cameo[:2] in ("15", "18", "19", "20"):
                    o.cameo = MILITARY_THREAT
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            drop.add(n)
        elif outer and intent is not None:
            for o in outer:
                if o.cameo[:2] == "03" and not (intent and o.cameo.startswith(intent)):
                    o.cameo = intent or event.cameo  # (a finer intent already read stays: 0353)
                o.targets = list(dict.fromkeys(o.targets + event.targets))
                if head_lemma in OFFERING and o.modality is Modality.HYPOTHETICAL:
                    o.modality = Modality.ASSERTED  # "offered to mediate if they agreed": made
            drop.add(n)
        elif (
            outer
            and event.cameo[:2] == "17"
            and head_lemma in PROMISING
            and ((not event.targets and not any(o.targets for o in outer)) or policy_object(act))
        ):
            drop.add(n)  # "vowed to crack down on benefit fraud": a policy promised, no threat
            drop.update(events.index(o) for o in outer)
        elif outer and event.cameo[:2] in ("15", "17", "18", "19", "20") and head_lemma in THREATENING:
            for o in outer:  # "vowed to retaliate": a threat of force; "to clamp down": of restrictions
                o.cameo = threat(event.cameo) if event.cameo[:2] == "17" else MILITARY_THREAT
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            drop.add(n)
        elif outer and all(o.cameo[:2] == "03" and o.cameo != "030" for o in outer):
            for o in outer:  # "offered to send police officers to Haiti": the specific intent (0334)
                o.targets = list(dict.fromkeys(o.targets + event.targets))
            drop.add(n)
        elif outer:
            for o in outer:  # "agreed to impose sanctions": the act, intended; no intent to cooperate
                if o.cameo[:2] == "03":
                    drop.add(events.index(o))
        elif event.cameo[:2] in ("18", "19", "20"):
            # "wants to attack Switzerland", "plans to invade Ukraine": an intent to use force
            # is a threat of it, and the force itself has not happened
            event.cameo = MILITARY_THREAT
            event.modality = Modality.ASSERTED
        elif (
            event.cameo[:2] in ("16", "17")
            and head_lemma in PROMISING
            and (not event.targets or policy_object(act))
        ):
            # "pledged to clamp down on illegal immigration", "promised to crack down on yobs":
            # a policy promised to voters, no threat to anyone (a threat names its target)
            drop.add(n)
        elif event.cameo[:2] in ("16", "17") and act.dep_ == "xcomp" and head_lemma != "agree":
            # ("agreed to impose sanctions on Iraq": consent to a measure, kept as intended; no threat)
            # "plans to impose restrictions", "is prepared to impose martial law": a threat
            # of the coercive act (13x), which has not happened
            event.cameo = threat(event.cameo)
            event.modality = Modality.ASSERTED
        elif intent is not None and (
            event.modality is Modality.INTENDED
            or (event.modality is Modality.HYPOTHETICAL and head_lemma in OFFERING and act.dep_ == "xcomp")
        ):
            # "plans to visit India", "is ready to contribute troops": the intent to do it (03x);
            # "offered to evacuate civilians if both sides agreed": the offer, made on a condition
            event.cameo = intent or event.cameo
            event.modality = Modality.ASSERTED
    kept: list[E] = []
    seen: set[tuple[object, ...]] = set()
    for n, e in enumerate(events):
        mark = (e.trigger.i, e.cameo, tuple(e.agents))
        if n not in drop and mark not in seen:  # "refused to comment": coded twice, kept once
            seen.add(mark)
            kept.append(e)
    return kept


# -- the sentence's news and its background -------------------------------------------------------
#: Clause links that make a clause background to the one above it: a relative clause, a
#: participle or infinitive of a noun, an adverbial clause, a clausal subject, a clause
#: governed by a preposition ("before leaving for ...").
SUBORDINATE = frozenset({"relcl", "acl", "advcl", "csubj", "csubjpass", "pcomp"})
#: Conjunctions that make a clause background: conditions and circumstances.
SUBORDINATORS = frozenset(
    {
        "if",
        "unless",
        "before",
        "after",
        "while",
        "when",
        "because",
        "until",
        "since",
        "as",
        "although",
        "though",
    }
)
#: Acts strong enough to be news wherever the sentence tells them: force, arrests, expulsions.
STRONG_ROOTS = frozenset({"18", "19", "20"})
STRONG_CODES = ("173", "174")
#: Roots of judgements that a participle adds about someone it names ("..., accusing Y of").
JUDGING = frozenset({"11", "12"})


#: Verbs and nouns of a crowd's protest whose purpose clause tells its demand: "rallied to demand",
#: "went on strike to press for", "staged a sit-in to call for".
CROWD_PROTEST = frozenset(
    {"rally", "march", "gather", "demonstrate", "converge", "assemble", "block", "blockade", "occupy"}
    | {"strike", "picket", "walk", "parade", "mass", "riot", "chant", "protest", "demonstration"}
    | {"street", "sit-in", "walkout", "stoppage"}
)


def protest_purpose(trigger: Token) -> bool:
    """A demand told as the purpose of a crowd's protest: "rallied to demand", "marched on parliament
    to demand", "blocked a bridge to press for", "went on strike to demand", "took to the streets to
    call for"."""
    head = trigger.head
    if trigger.dep_ not in ("advcl", "xcomp") or head.i == trigger.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if head.lemma_.lower() in CROWD_PROTEST:
        return True
    return any(
        o.lemma_.lower() in CROWD_PROTEST
        for c in head.children
        if c.dep_ in ("dobj", "prep")
        for o in (c, *(g for g in c.children if g.dep_ == "pobj"))
    )


def background(events: list[E], words: WordLists) -> list[E]:
    """Wire coding codes a sentence's main clause and the content of its reported speech;
    an event in a subordinate clause ("..., citing", "Before leaving for X", "unless X
    arranged talks", "X, who vowed to ...") is dropped unless it is a strong physical act
    (:data:`STRONG_ROOTS`, arrest, expulsion) or its clause names its own agent and it has
    a target, or it is an adverbial judgement of someone it names ("..., calling Y's tests
    irresponsible"). When the main clause tells no event, an adverbial clause's act upon
    someone is the sentence's news ("He spoke after meeting X"). A participle that adds an
    act of force to a force act of the clause above ("shelled the city, killing 20") is the
    same attack, told once."""
    triggers = {e.trigger.i: e for e in events}
    clauses = [subordinate(e.trigger, words) for e in events]
    headless = all(c is not None for c in clauses)  # the main clause tells no event
    kept: list[E] = []
    for event, clause in zip(events, clauses, strict=True):
        if event.cameo[:2] in STRONG_ROOTS and _recalled(event.trigger):
            continue  # "since last month's US invasion", "after the September 11 attacks": a time
        if _borne(event.trigger):
            continue  # "X had a complaint made against him": X is its target, its maker unnamed
        if _claimed_effect(event.trigger):
            continue  # "EU cooperation would help get better controls": a claim, no act told
        if event.cameo[:2] == "04" and _acquainted(event.trigger):
            continue  # "Jane Fox, whom he met when she was a nurse": how two people came to know each other
        if clause is None or (
            event.cameo == DECLINE_COMMENT and no_comment_holder(event.trigger) is not None
        ):
            # ("it was not in a position to comment": a relative clause of "position" is the answer)
            kept.append(event)
            continue
        if headless and event.targets and _circumstance(clause):
            kept.append(event)  # "He spoke after meeting X": the sentence's only act
            continue
        strong = event.cameo[:2] in STRONG_ROOTS or event.cameo.startswith(STRONG_CODES)
        if strong:
            above = triggers.get(clause.head.i)
            participle = clause.dep_ == "advcl" and clause.tag_ == "VBG" and not _own_subject(clause)
            if not (participle and above is not None and above.cameo[:2] in STRONG_ROOTS | {"15"}):
                kept.append(event)
        elif event.targets and (
            _own_subject(clause) or (clause.dep_ == "advcl" and event.cameo[:2] in JUDGING)
        ):
            kept.append(event)  # "..., calling the tests irresponsible": a judgement of someone named
        elif (
            event.cameo[:2] in SPOKEN_JUDGING
            and clause.dep_ == "relcl"
            and event.modality is Modality.ASSERTED
            and not event.negated
            # (a deed told, not a power: "which can veto any plan")
            and (clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children))
            and _own_subject(clause)
        ):
            kept.append(event)  # "Michael Howard, who attacked the budget as reckless, ...": his judgement
        elif event.cameo[:2] in SPOKEN_JUDGING and _speakers_participle(clause, words):
            kept.append(event)  # '"A historic day," X said, praising the vote': the speaker's judgement
        elif clause.dep_ == "relcl" and event.cameo[:2] in JUDGING and _named_subject(clause):
            kept.append(event)  # "a launch Pakistan condemned as reckless": the act it judges
        elif clause.dep_ == "acl" and any(c.dep_ == "agent" for c in clause.children):
            kept.append(event)  # "the memorandum, signed by X, ...": an act told with its agent
        elif (
            clause.dep_ == "acl"
            and event.cameo.startswith("084")
            and event.agents
            and event.targets
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in clause.children)
        ):
            kept.append(event)  # "the four Britons freed from US custody": the holder's release
        elif _told_by_agent(clause):
            kept.append(event)  # "the plan, which was rejected by Hungary, ...": the same act, told aside
        elif event.targets and event.cameo[:2] == "10" and protest_purpose(event.trigger):
            kept.append(event)  # "rallied in Tbilisi to demand fresh elections": the crowd's demand
        elif event.targets and _message_participle(clause):
            kept.append(event)  # "sent a letter to X urging him to resign": what the message asks
    return kept


def _told_by_agent(clause: Token) -> bool:
    """A non-restrictive passive relative clause that names its agent tells an act as the
    participle does ("the deal, which was signed by X and Y, ...", "the plan, which was
    rejected by Hungary"): set off by a comma, a relative pronoun for subject, a "by" agent.
    An identifying clause ("the man who was elected in 1997") names no agent and stays
    background."""
    if clause.dep_ != "relcl" or clause.tag_ != "VBN":
        return False
    if not any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in clause.children):
        return False
    pronoun = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if pronoun is None or pronoun.lower_ not in ("which", "who") or pronoun.i == 0:
        return False
    return pronoun.nbor(-1).text == ","


#: Roots of judging in words: praise (05) besides criticism and rejection (11, 12).
SPOKEN_JUDGING = JUDGING | {"05"}


def _speakers_participle(clause: Token, words: WordLists) -> bool:
    """A participle telling how a speaker judged, hung on the verb of saying or on its subject:
    '"...," X said on Tuesday, praising the vote', "X, welcoming the deal, said ..."."""
    if clause.tag_ != "VBG" or _own_subject(clause):
        return False
    if clause.dep_ in ("advcl", "conj"):
        return clause.head.lemma_.lower() in words.say
    if clause.dep_ == "acl" and clause.head.dep_ == "nsubj":
        return clause.head.head.lemma_.lower() in words.say
    return False


#: Prepositions of time: a noun of force after one dates the sentence's news, it is no news.
TIME_PREPS = frozenset({"since", "after", "before", "following", "during", "amid", "until", "in"})


def _borne(trigger: Token) -> bool:
    """A noun act the subject had or faced, done "against" someone by no one named: "X had a
    complaint made against him" (the subject is the act's target, not its agent; "... lodged
    against him by Labour" names the agent and stays)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    for acl in (c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        against = any(c.dep_ == "prep" and c.lower_ == "against" for c in acl.children)
        if against and not any(c.dep_ == "agent" for c in acl.children):
            return True
    return False


def _acquainted(trigger: Token) -> bool:
    """ "X, whom he met when she was a nurse": a relative clause on someone met, dated by a
    state the person was in ("when/while" + "was" + a noun), tells how two came to know each
    other, not a meeting."""
    if trigger.lemma_.lower() != "meet" or trigger.dep_ != "relcl":
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in ("whom", "who", "that") for c in trigger.children):
        return False
    for clause in (c for c in trigger.children if c.dep_ == "advcl" and c.lemma_ == "be"):
        when = any(c.lower_ in ("when", "while") and c.dep_ in ("advmod", "mark") for c in clause.children)
        if when and clause.tag_ == "VBD" and any(c.dep_ == "attr" for c in clause.children):
            return True
    return False


def _recalled(trigger: Token) -> bool:
    """A noun of force named to date something else: "asylum since last month's US invasion",
    "held since the September 11 attacks" (not "an attack on Kabul" as the object of a verb)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ == "in":
        # "in the 1994 genocide", "in the aftermath of the attacks": only with a date or a determiner
        return any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) and any(
            c.like_num or c.ent_type_ == "DATE" for c in trigger.subtree
        )
    return prep.lower_ in TIME_PREPS


def subordinate(trigger: Token, words: WordLists) -> Token | None:
    """The subordinate clause (its verb) a trigger is in, if any (see :func:`background`).

    What someone is said to have said is content, wherever the verb of saying stands
    ("..., saying he fully supports X"); and a sentence without a main verb ("The
    minister describing X as a threat.") has no clause above its participle."""
    node = _clause(trigger)
    found = None
    for _ in range(12):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in words.say:
            return found
        if found is None and (
            node.dep_ in SUBORDINATE
            or any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in node.children)
        ):
            found = node
        if node.head.i == node.i:
            break
        node = node.head
    if found is not None and node.pos_ not in ("VERB", "AUX"):
        return None  # a verbless sentence: the participle is its predicate
    return found


#: Nouns of messages: "in a letter to X", "sent an e-mail to X urging ...".
MESSAGES = frozenset({"letter", "message", "note", "memo", "email", "e-mail", "telegram", "statement"})
#: Verbs of writing or sending a message: "wrote to X demanding ...", "sent a letter to X urging".
WRITING = frozenset({"write", "send", "email", "e-mail", "fax", "text", "post", "pen", "address"})


def message(tok: Token) -> bool:
    """A noun of a message ("letter", "memo"; "e-mail" the tokenizer cuts in three: its "e")."""
    if tok.lemma_.lower() in MESSAGES:
        return True
    doc = tok.doc
    return (
        tok.lower_ == "e"
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lower_ == "mail"
    )


def _message_participle(clause: Token) -> bool:
    """A participle telling what a message says or asks: "sent a letter to X urging him to
    resign" (of the message), "wrote to X demanding an inquiry" (of the writing)."""
    if clause.tag_ != "VBG" or clause.dep_ not in ("acl", "advcl") or _own_subject(clause):
        return False
    head = clause.head
    return message(head) if clause.dep_ == "acl" else head.lemma_.lower() in WRITING


def _circumstance(clause: Token) -> bool:
    """An adverbial clause of time or manner ("after meeting X", "..., visiting X"), not a
    condition ("if", "unless") or a relative clause."""
    return clause.dep_ in ("advcl", "pcomp") and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children
    )


def _named_subject(clause: Token) -> bool:
    """The clause's subject is a noun of its own, no pronoun ("a launch Pakistan condemned")."""
    return any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in clause.children)


def _own_subject(clause: Token) -> bool:
    """The clause names its agent itself: a subject that is no relative pronoun, "by X", or
    a relative pronoun standing for a name ("al-Sisi, who hosted ...")."""
    for c in clause.children:
        if c.dep_ == "agent":
            return True
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("who", "which", "that", "whom"):
                if clause.dep_ == "relcl" and c.lower_ == "who" and c.i > 1 and c.doc[c.i - 1].is_punct:
                    # ("a balancing act between X and Mr Netanyahu, who also backed ...": the parser
                    # hung the clause on a thing; "who" stands for the name right before it)
                    return clause.head.pos_ == "PROPN" or c.doc[c.i - 2].pos_ == "PROPN"
                return clause.dep_ == "relcl" and clause.head.pos_ == "PROPN"
            return c.pos_ != "PRON" or c.lower_ not in ("it", "they")
    return False


# -- modality -------------------------------------------------------------------------------------
#: Verbs of thinking an act over: what they govern is not done ("is considering imposing sanctions").
CONSIDERING = frozenset({"consider", "contemplate", "weigh", "ponder", "mull", "debate", "explore"})
#: Verbs by which a plan, draft or forecast foresees an act: what they govern is not done ("a
#: roadmap presented by India foresees sending engineers", "the draft envisages Russia withdrawing
#: its troops"); read by lemma whatever the part of speech (the model often tags them as nouns).
FORESEEING = frozenset({"foresee", "envisage", "envision", "envisiage", "anticipate", "predict", "forecast"})


#: Verbs of readying the means for an act, whose purpose infinitive is not done yet: "has set
#: aside / earmarked / budgeted money to station a brigade", "is working on a decree to shut the
#: border", "is drafting a law to seize assets", "has allocated funds to build a fence" (with the
#: particle or preposition some need: "set aside", "drew up", "working on").
PREPARING_MEANS: dict[str, tuple[str, ...]] = {
    "earmark": (),
    "budget": (),
    "allocate": (),
    "reserve": (),
    "ringfence": (),
    "ring-fence": (),
    "draft": (),
    "prepare": (),
    "redraft": (),
    "set": ("aside",),
    "put": ("aside",),
    "draw": ("up",),
    "work": ("on",),
}
#: Nouns of a way made ready, whose "for X to" clause is not done yet: "paves / clears / opens
#: the way for Sweden to send jets", "lays the groundwork for Albania to extradite them".
WAY_NOUNS = frozenset({"way", "path", "road", "ground", "groundwork", "foundation", "stage"})
#: Verbs that make a way ready (:data:`WAY_NOUNS`): "paved / cleared / opened the way".
WAY_MAKING = frozenset({"pave", "clear", "open", "smooth", "prepare", "lay", "set", "ease"})


def _readied_purpose(node: Token) -> bool:
    """The infinitive ``node`` is the purpose of readying its means or way, not an act done:
    "set aside money to station a brigade", "is working on a decree to shut the border", "paves
    the way for Sweden to send jets" (not "sent troops to guard the embassy", a purpose any act has)."""
    if node.dep_ not in ("advcl", "xcomp", "relcl", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in node.children
    ):
        return False
    head = node.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma in WAY_NOUNS:
        return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in WAY_MAKING
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj"):
        # "is working on a decree to shut", "has drafted a bill to ban": the document's verb
        head = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
        lemma = head.lemma_.lower()
    needs = PREPARING_MEANS.get(lemma)
    if needs is None or head.pos_ not in ("VERB", "AUX"):
        return False
    return not needs or any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in needs for c in head.children)


#: Nouns of a thing offered or promised, whose "of" object is not yet given: "an offer of talks".
OFFER_NOUNS = frozenset({"offer", "pledge", "promise", "commitment", "undertaking", "prospect", "proposal"})


def _offered_thing(noun: Token) -> bool:
    """The noun is what an offer or pledge is of, directly or through a measure: "an offer of
    talks", "a pledge of 1.5 billion euros in aid", "the promise of troops" (not "talks on the
    offer", "aid offered last year": a participle says nothing yet)."""
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep, owner = node.head, node.head.head
        if prep.lower_ == "of" and owner.lemma_.lower() in OFFER_NOUNS and owner.pos_ == "NOUN":
            return True
        if prep.lower_ == "in" and owner.pos_ == "VERB":
            # "unveiled an offer of $200m in aid": the "in" hung on the verb whose object is the offer
            return any(c.dep_ == "dobj" and c.lemma_.lower() in OFFER_NOUNS for c in owner.children)
        if prep.lower_ not in ("in", "of") or owner.pos_ not in ("NOUN", "NUM", "PROPN"):
            return False
        node = owner
    return False


#: Verbs of an outcome a supposed state of affairs brings about: "(a deal) would see X do",
#: "would mean X doing", "could force / allow X to do".
OUTCOME_VERBS = frozenset(
    {"see", "mean", "involve", "entail", "require", "force", "oblige", "compel", "allow", "enable", "let"}
)
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "'d"})
#: Where an act held is only deliberated: "under review / consideration", "on the table", "in
#: the works / pipeline / offing".
DELIBERATION = {
    "under": frozenset(
        {"review", "consideration", "discussion", "study", "examination", "negotiation", "debate"}
        | {"scrutiny", "evaluation", "assessment", "investigation"}
    ),
    "on": frozenset({"table"}),
    "in": frozenset({"works", "pipeline", "offing"}),
}
#: Verbs that hold a thing in a state: "has sanctions under review", "remain on the table".
HOLDING = frozenset({"have", "be", "remain", "stay", "keep", "put", "place", "leave"})


def _under_deliberation(trigger: Token) -> bool:
    """The act a noun names is held where it is only deliberated: "has sanctions on X under
    review", "fresh sanctions are on the table", "an embargo under consideration", "a prisoner
    swap is in the works"; not an act done near a review ("expelled diplomats after a review")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    holders = [trigger]
    if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and trigger.head.lemma_.lower() in HOLDING:
        holders.append(trigger.head)
    return any(
        p.dep_ == "prep"
        and p.lower_ in DELIBERATION
        and any(o.dep_ == "pobj" and o.lower_ in DELIBERATION[p.lower_] for o in p.children)
        for h in holders
        for p in h.children
    )


def modality(trigger: Token, words: WordLists, sentences: Sentences | None = None) -> tuple[bool, Modality]:
    """Negation and modality of the event ``trigger`` stands for (module doc); ``sentences``, the
    document's sentence table, spares the reads of ``Token.sent``."""
    # A noun's verb tells its tense and negation: "would impose sanctions", "did not hold talks".
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr") else trigger
    negated = (
        any(c.dep_ == "neg" for c in trigger.children)
        or (verb is not trigger and any(c.dep_ == "neg" for c in verb.children))
        or _none_acts(verb)
        or (verb is trigger and _none_acted_upon(verb))
        or _no_occasion(verb)
        or _not_occurred(trigger)
        or _abstained(trigger)
        or (verb is not trigger and _abstained(verb))
        or held_back(trigger, words)
        or (verb is not trigger and held_back(verb, words))
        or _denied(verb)
        or _instead(trigger)
        or (verb is not trigger and _instead(verb))
        # "had no complaint made against him", "voiced no criticism": the act named is not there
        or (trigger.pos_ == "NOUN" and any(negating_no(c) for c in trigger.children))
        # "parted without signing the treaty", "ended the summit without an agreement": the act
        # named after "without" did not happen
        or (trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "without")
        or (trigger.pos_ in ("VERB", "AUX") and emphatic_no(trigger))  # "would under no circumstances"
        or (
            (trigger.dep_ in ("xcomp", "pcomp") or (trigger.dep_ == "ccomp" and trigger.tag_ == "VBG"))
            and (
                any(c.dep_ == "neg" for c in trigger.head.children)
                or trigger.head.lemma_.lower() in words.refusal
                or trigger.head.lemma_.lower() in DENYING  # "denied accusing Germany"
            )
        )
    )
    if negated and any(k.startswith("not ") and k[4:] in words.held_back for k in frame_keys(trigger)):
        negated = False  # "did not hesitate to expel the ambassador", "did not shy away from": done
    children = list(trigger.children) + (list(verb.children) if verb is not trigger else [])
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TRYING:
        children += [c for c in verb.head.children if c.dep_ == "aux"]  # "could try to resolve"
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    ):
        # "will highlight the anger and call for ...": the first verb's auxiliary is the second's too
        children += [c for c in verb.head.children if c.dep_ == "aux"]
    # A warning or threat is made whatever its condition: "warned of strikes unless the
    # government rethinks" is told, its "unless" belongs to the act threatened.
    warns = trigger.lemma_.lower() in ("warn", "caution", "threaten", "warning", "threat")
    # ("offered to mediate if they agreed": an offer told is made on its condition, as a warning)
    offers = verb.lemma_.lower() in OFFERING and verb.tag_ == "VBD"
    conditional = (
        any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children)
        or _opened_by_condition(verb)
        or _awaited_condition(verb)
        or ((_conditional(verb) or _inverted(verb, sentences)) and not warns and not offers)
    )
    modals = {c.lower_ for c in children if c.lower_ in words.hypothetical_aux}
    if modals == {"would"} and not conditional and _said_of_future(verb, words):
        # "Jack Straw said he would meet Li in Beijing": the future of reported speech
        return negated, Modality.PLANNED
    if modals or conditional or _suggested(verb) or _capability(verb):
        return negated, Modality.HYPOTHETICAL
    if verb.dep_ == "xcomp" and verb.head.lower_ in CHANCE:
        return negated, Modality.HYPOTHETICAL  # "Russian and Ukrainian officials are unlikely to meet"
    if (
        framed := pending(trigger, words) or (pending(verb, words) if verb is not trigger else None)
    ) is not None:
        # "is gearing up to blacklist", "has not ruled out sending": the act is not told as done
        opened = any(
            k.startswith("not ") and k in words.weighed for k in frame_keys(trigger) | frame_keys(verb)
        )
        return negated and not opened, framed
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lower_ in ("close", "near"):
        return negated, Modality.HYPOTHETICAL  # "said it was close to striking a deal": not yet struck
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubjpass", "dobj"):
        # "the summit was cancelled", "postponed the visit": an act called off or put off
        # (the verb's own negation undoes it: "did not postpone the visit")
        off = trigger.head.lemma_.lower()
        kept = any(c.dep_ == "neg" for c in trigger.head.children)
        if off in PUT_OFF and not kept:
            return negated, Modality.PLANNED
        negated = negated or (off in CALLED_OFF and not kept)
    if _under_deliberation(trigger):
        return negated, Modality.HYPOTHETICAL  # "has sanctions under review", "talks are on the table"
    modality = Modality.ASSERTED
    if trigger.pos_ in ("NOUN", "PROPN") and _offered_thing(trigger):
        return negated, Modality.INTENDED  # "an offer of talks", "a pledge of $200m in aid": not given yet
    if (
        any(c.lower_ in ("will", "shall") or c.lower_ == "'ll" for c in children)
        or _scheduled_noun(trigger, words)
        or _during_future(trigger)
    ):
        modality = Modality.PLANNED
    if modality is Modality.ASSERTED and _present(verb) and _forward_time(verb):
        modality = Modality.PLANNED  # "Gordon Brown meets Chirac tomorrow", "is visiting China next week"
    if modality is Modality.ASSERTED and _journey_ahead(trigger):
        modality = Modality.PLANNED  # "is travelling to Dhaka next month for his first visit"
    if modality is Modality.ASSERTED and _to_be_done(trigger):
        modality = Modality.PLANNED  # "sanctions are to be adopted next week", "talks are set to resume"
    node = trigger
    # "is to look into a complaint from the Lib Dems": what a plan is about has happened
    told = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.lower_ in DONE_PREPS
    for _ in range(5):
        head_lemma = node.head.lemma_.lower()
        if told and node.dep_ in ("xcomp", "acl"):
            break  # the plan's own modality stops here
        if node.dep_ in ("xcomp", "acl") and _scheduling(node.head, words) and modality is Modality.ASSERTED:
            modality = Modality.PLANNED
        if (
            node.dep_ == "xcomp"
            and head_lemma == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and modality is Modality.ASSERTED
        ):
            modality = Modality.PLANNED  # "Jack Straw is to visit Thailand", "Britain is to give"
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ == "to"
            and node.head.head.lemma_.lower() in COMMITTING
            and modality is Modality.ASSERTED
        ):
            modality = Modality.INTENDED  # "committed itself to taking in migrants": not yet done
        if (
            node.dep_ in ("ccomp", "xcomp", "acl")
            and node.pos_ in ("VERB", "AUX")
            and head_lemma in FORESEEING
            and modality is Modality.ASSERTED
        ):
            modality = Modality.INTENDED  # "a roadmap foresees sending engineers": a plan, not done
        if modality is Modality.ASSERTED and _readied_purpose(node):
            modality = Modality.INTENDED  # "has earmarked funds to build a fence": not built yet
        if node.dep_ in ("ccomp", "xcomp", "csubj", "advcl") and (
            any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children)
            or head_lemma in CONSIDERING
        ):
            # "will consider whether to arrest them", "is weighing sending troops", "unclear
            # whether Israel will strike": an act only thought about
            return negated, Modality.HYPOTHETICAL
        if (
            node.dep_ in ("ccomp", "xcomp")
            and head_lemma in OUTCOME_VERBS
            and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in node.head.children)
        ):
            # "a ceasefire would see Israel release prisoners", "the deal could force Iran to
            # ship out its uranium": an outcome supposed, not an act told
            return negated, Modality.HYPOTHETICAL
        infinitive = node.dep_ != "acl" or any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (
            node.dep_ in ("xcomp", "ccomp", "acl")
            and infinitive  # "plans to hold suspects", not "plans unveiled by the Tories"
            and (
                head_lemma in words.intent
                or (node.dep_ == "acl" and head_lemma in PLAN_NOUNS)
                or (node.dep_ == "xcomp" and head_lemma in TRYING)  # "is trying to strike a deal"
                or (node.dep_ == "xcomp" and _would_like(node.head))  # "would like to visit China"
            )
            and modality is Modality.ASSERTED
        ):
            # ("proposals ... to kick out more failed asylum seekers", "a bid to oust him")
            modality = Modality.INTENDED
        if (
            node.dep_ == "conj"
            and modality is Modality.ASSERTED
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.head.children)
        ):
            # "has come up with proposals for a points system, and to kick out more failed
            # asylum seekers": an infinitive joined to a clause that is none is what the clause
            # is for, not an act done (joined to another infinitive, it shares that one's fate)
            modality = Modality.INTENDED
        if any(c.lower_ in words.reporting_adverbs for c in node.children):
            return negated, Modality.REPORTED
        if (
            node.dep_ == "xcomp"
            and node in (trigger, verb)  # not "files believed to contain plans for his visit"
            and head_lemma in HEARSAY
            and any(c.dep_ == "auxpass" for c in node.head.children)
        ):
            return (
                negated,
                Modality.REPORTED,
            )  # "insurgents are believed to have kidnapped", "is said to have met"
        if node.dep_ == "pcomp" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in ALLEGING:
            return negated, Modality.REPORTED  # "accused of criticising Bush's policies": alleged
        if node.dep_ == "pcomp" and node.head.lower_ in ("of", "for", "with") and _own_act(trigger, node):
            # "cleared of murdering X", "wrongly convicted of planting the bombs": the act is a
            # court's finding (reported), or was found not to have happened (negated)
            judged = node.head.head
            if judged.pos_ == "ADJ" and judged.lower_ in ("guilty", "innocent"):
                judged = judged.head  # "found guilty of"
            judge = judged.lemma_.lower()
            wrongly = any(c.lower_ in WRONGLY for c in judged.children)
            if judge in CLEARING or (judge in CONVICTING and wrongly):
                return True, Modality.REPORTED
            if judge in CONVICTING:
                return negated, Modality.REPORTED
        if (
            node.dep_ == "acl"
            and head_lemma in ALLEGED
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        ):
            return negated, Modality.REPORTED  # "allegations that police had beaten migrants": a charge
        if node.dep_ in ("ccomp", "acl") and (head_lemma in words.say or node.head.lemma_ == "report"):
            if node.dep_ == "ccomp" and _attributed(node.head, node, sentences):
                break  # "Turkish jets struck camps in Iraq, the ministry said": told with its source
            return negated, modality if modality is not Modality.ASSERTED else Modality.REPORTED
        if node.head.i == node.i:
            break
        node = node.head
    if modality is Modality.ASSERTED and any(
        t.lower_ == "according" and not _named_source(t) for t in _sentence_tokens(trigger, sentences)
    ):
        return negated, Modality.REPORTED
    return negated, modality


#: Sources that name no one: "according to unconfirmed reports", "sources said", "rumours say".
UNNAMED_SOURCES = frozenset(
    {"report", "rumour", "rumor", "source", "speculation", "claim", "hearsay", "word"}
)
#: Verbs of saying that tell a contested claim: "..., claimed Mr Brown", "..., he alleged".
CONTESTED = frozenset({"claim", "allege", "insist", "suggest", "contend", "argue", "maintain"})
#: Words that leave a source unnamed or unchecked: "unnamed officials", "unconfirmed reports".
UNCHECKED = frozenset({"unnamed", "anonymous", "unconfirmed", "unverified", "unidentified", "some"})


def _identified(source: Token | None) -> bool:
    """An identified source: an official, a ministry, a spokesman, state media, a named
    person or body; not "reports", "sources", "unnamed officials"."""
    if source is None or source.lemma_.lower() in UNNAMED_SOURCES or source.lower_ in UNNAMED_SOURCES:
        return False
    return not any(c.lower_ in UNCHECKED for c in source.children)


def _attributed(say: Token, content: Token, sentences: Sentences | None = None) -> bool:
    """ "Turkish jets struck Kurdish camps, the defence ministry said": the fact told first and
    its identified source after it. Wire news asserts facts by attributing them (GDELT and
    PETRARCH code them), so the act stays asserted; "X said that Y attacked", a quoted claim
    and hearsay ("reportedly", "sources said") are reported."""
    if content.i > say.i or any(c.dep_ == "neg" for c in say.children):
        return False
    if say.lemma_.lower() in CONTESTED:
        return False  # "..., claimed Mr Brown": one side's claim, not a source's account
    if any(t.is_quote for t in say.doc[_bounds(say, sentences)[0] : say.i]):
        return False  # '"They shelled our town," the mayor said': a claim in the speaker's words
    return _identified(next((c for c in say.children if c.dep_ == "nsubj"), None))


def _named_source(according: Token) -> bool:
    """ "according to Syrian state media", "according to the army": an identified source."""
    to = next((c for c in according.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None and according.head.lower_ == "to":
        to = according.head  # "according to" parsed with "to" above "according"
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return _identified(obj)


def _own_act(trigger: Token, clause: Token) -> bool:
    """``clause`` is the trigger's own clause or one it is conjoined or complemented in, not
    one above a relative clause: "convicted of planting the bombs which killed seven" found
    the planting, the killing is told."""
    node = trigger
    while node.i != clause.i:
        if node.dep_ not in ("conj", "xcomp", "dobj", "pcomp") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _journey_ahead(noun: Token) -> bool:
    """A noun that is what a clause still to come is for or about: "is travelling to Dhaka next
    month for his first visit", "flies to Beijing tomorrow for talks" (the verb in the present
    with a time to come, or with "will")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "on"):
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return _present(verb) and _forward_time(verb)


def _to_be_done(noun: Token) -> bool:
    """A noun whose clause is still to come: "sanctions are to be adopted", "talks are set to
    resume", "the summit is due to open" (the subject of "be" or of a passive "set / due"
    whose infinitive tells the act)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = noun.head
    if head.lemma_.lower() not in ("be", "set", "due", "scheduled", "slated", "expected"):
        return False
    return any(
        c.dep_ in ("xcomp", "acomp")
        and (
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            or any(x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in c.children)
        )
        for c in head.children
    )


def _during_future(noun: Token) -> bool:
    """A noun in the time phrase of a verb to come: "will make his speech during a visit to
    Leeds", "will sign the deal at a summit in Rome"."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in ("during", "at", "on", "after", "before") or prep.dep_ != "prep":
        return False
    verb = prep.head
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)


def _inverted(verb: Token, sentences: Sentences | None = None) -> bool:
    """A condition told by inversion: "had he denied the charge", "were Iran to refuse" (not a
    question: "Had he denied it?")."""
    if _asked(verb, sentences):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ not in ("aux", "auxpass") or c.lower_ not in INVERTING or not subjects or c.i > subjects[0]:
            continue
        before = c.doc[c.i - 1]
        if (
            c.i == _bounds(c, sentences)[0]
            or before.dep_ not in ("neg", "advmod")
            or before.head.i not in (verb.i, c.i)
        ):
            # not "never had he ...", "only then were they ..." (an adverb fronted in the clause
            # itself); "it would have been longer had he denied the charge" is a condition
            return True
    # "Were Iran to reject the offer": the infinitive hangs on the fronted "were"
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and head.lower_ == "were"
        and any(c.dep_ == "nsubj" and c.i > head.i for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


#: Words that open a clause as a condition, when they come right before its subject: "supposing
#: Iran attacked", "in the event that Syria invades", "provided that", "as long as", "in case".
CONDITION_OPENERS = frozenset(
    {
        ("supposing",),
        ("suppose",),
        ("assuming",),
        ("assuming", "that"),
        ("provided",),
        ("provided", "that"),
        ("providing",),
        ("providing", "that"),
        ("in", "case"),
        ("just", "in", "case"),
        ("in", "the", "event"),
        ("in", "the", "event", "that"),
        ("as", "long", "as"),
        ("so", "long", "as"),
        ("on", "condition", "that"),
        ("on", "the", "condition", "that"),
        ("lest",),
        ("imagine",),
        ("imagine", "if"),
    }
)


#: Marks of a clause an act to come waits on: "will reopen ... only once Minsk frees ...".
AWAITED_MARKS = frozenset({"once", "when", "after", "until", "till", "before"})


def _awaited_condition(verb: Token) -> bool:
    """An act in a time clause of an act to come is a condition, not told as done: "Lithuania
    will reopen its border only once Minsk frees its prisoners", "will sign only after Baku
    withdraws" (present tense under "will"/"would"; not "released them after Hamas freed four")."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in AWAITED_MARKS for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
        return False
    main = verb.head
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "'d") for c in main.children)


def _opened_by_condition(verb: Token) -> bool:
    """The verb's clause opens with words of a condition right before its subject, however the
    parser hangs them: "Supposing Iran attacked Israel, ...", "In the event that Syria invades
    Lebanon, ...", "... as long as the US lifts sanctions" (not "Iran, in case anyone doubted
    it, attacked": the words are not right before the subject)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None:
        return False
    start = subj.left_edge.i
    doc = verb.doc
    words = tuple(t.lower_ for t in doc[max(start - 4, 0) : start])
    return any(
        words[len(words) - len(opener) :] == opener
        for opener in CONDITION_OPENERS
        if len(opener) <= len(words)
    )


#: Auxiliaries that open a condition when they come before their subject.
INVERTING = frozenset({"had", "were", "should"})
#: Verbs of suggesting: an act in the clause they govern is only put forward.
SUGGESTING = frozenset({"suggest", "propose", "recommend", "urge", "advise"})
#: Modals of a claim about what something would bring about.
CLAIMING_MODALS = frozenset({"would", "could", "might", "may"})


#: Verbs of an effect: what a noun act as their subject "would help", "could bring" is argued.
EFFECTS = frozenset(
    {
        "help",
        "bring",
        "lead",
        "boost",
        "improve",
        "make",
        "give",
        "create",
        "ensure",
        "mean",
        "allow",
        "enable",
        "reduce",
        "cut",
        "increase",
        "strengthen",
        "undermine",
        "damage",
        "hurt",
        "harm",
        "cost",
        "save",
        "benefit",
        "prevent",
        "stop",
    }
)


def _claimed_effect(trigger: Token) -> bool:
    """A noun act as the subject of a claim about its effect: "EU cooperation would help get
    better controls", "closer ties could bring lower prices" (no act is told; unlike "the
    talks would take place in Geneva", or an owner's offer told by its terms: "Argentina's
    offer would pay creditors 30 cents" is Argentina's offer made)."""
    head = trigger.head
    if trigger.lemma_.lower() == "offer" and any(c.dep_ == "poss" for c in trigger.children):
        return False
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubj"
        and head.lemma_.lower() in EFFECTS
        and any(c.dep_ == "aux" and c.lower_ in CLAIMING_MODALS for c in head.children)
    )


def _suggested(verb: Token) -> bool:
    """A bare act some clauses below an obligation or a suggestion: "suggested they should get
    X to issue a statement", "proposed that ministers ask France to condemn the attack" (put
    forward, not done). Only infinitives: "suggested that Iran had issued" tells the act."""
    if verb.tag_ != "VB" or verb.pos_ != "VERB":
        return False
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in node.children):
            return True
        if node.lemma_.lower() in SUGGESTING and node.dep_ != "xcomp":
            return True
    return False


#: Nouns whose "that" clause is a claim someone makes, not a fact told: "allegations that ...".
ALLEGED = frozenset(
    {
        "allegation",
        "claim",
        "accusation",
        "charge",
        "report",
        "rumour",
        "rumor",
        "suggestion",
        "speculation",
        "suspicion",
        "assertion",
    }
)


def _demanded(verb: Token) -> bool:
    """The act of a "that" clause asked of someone: "demanded that Belarus release him", "urged
    that the ban be lifted", "insisted that the talks should go ahead" (a subjunctive or a
    "should"; not "insisted that he had done nothing", which tells)."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    head = verb.head.lemma_.lower()
    if head not in REQUESTING and head != "insist":
        return False
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC | {"should"} for c in verb.children):
        return True
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    if passive:
        return passive[0].lower_ == "be"  # "demanded that he be freed"
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "insisted that they had ...", "demanded that it will ..." (told or forecast)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.tag_ == "VB":
        return True
    # a bare plural verb is subjunctive too ("demanded that they leave"), but not under "insist"
    return verb.tag_ == "VBP" and head != "insist" and subj is not None


def _duty(verb: Token) -> bool:
    """ "has to / have to / will have to / needs to" (not the past "had to", which tells it was
    done): an act owed; "is yet to / has still to / had yet to": an act not done yet."""
    lemma = verb.lemma_.lower()
    if lemma == "need":
        return True
    if lemma in ("be", "have") and any(
        c.dep_ == "advmod" and c.lower_ in ("yet", "still") for c in verb.children
    ):
        return True
    return lemma == "have" and verb.tag_ in ("VBZ", "VBP", "VB") and verb.pos_ in ("VERB", "AUX")


def _wished(verb: Token) -> bool:
    """An act two verbs below an obligation or a request: "should get Mr Beattie to issue a
    statement", "urged ministers to force the council to ..." (asked for, not done)."""
    node = verb
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
        if node is not verb.head and (
            any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in node.children)
            or (node.lemma_.lower() in REQUESTING and node.dep_ != "xcomp")
        ):
            return True
    return False


#: Nouns of a plan or an attempt: the act in their infinitive is intended, not done.
PLAN_NOUNS = frozenset(
    {
        "plan",
        "proposal",
        "scheme",
        "bid",
        "attempt",
        "effort",
        "move",
        "campaign",
        "drive",
        "push",
        "strategy",
        "intention",
        "promise",
        "pledge",
        "offer",
        "call",
        "demand",
        "system",
        "programme",
        "idea",
        "threat",
        "ultimatum",
    }
)
#: Prepositions whose noun is something already there when a plan is made: "look into a
#: complaint", "an inquiry over the killing", "talk about the attack".
DONE_PREPS = frozenset(
    {
        "into",
        "about",
        "over",
        "of",
        "after",
        "from",
        "since",
        "following",
        "against",
        "regarding",
        "concerning",
    }
)


def _said_of_future(verb: Token, words: WordLists) -> bool:
    """The verb is the clause of a verb of saying or announcing: "said he would meet X",
    "announced that it would send troops"."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head.lemma_.lower()
    return node.dep_ == "ccomp" and (head in words.say or head in ANNOUNCING)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Nouns of a span of time after "next" or "later this": "next week", "later this month".
TIME_SPANS = WEEKDAYS | {"week", "month", "year", "weekend", "spring", "summer", "autumn", "winter"}


#: "at the end of the month", "by the end of this week": a time to come, said of a clause not in the past.
END_OF = [[det, span] for det in ("the", "this", "next") for span in ("week", "month", "year")]
#: "later in the week", "later in the year": a time to come, said of a clause not in the past.
LATER_IN = [["in", "the", span] for span in ("week", "month", "year", "spring", "summer", "autumn")]
#: Phrases that put a noun still ahead: "ahead of a summit", "in the run-up to the talks",
#: "preparing for the visit", "preparations for the meeting" (head word, preposition).
AWAITING = frozenset(
    {("ahead", "of"), ("run", "to"), ("prepare", "for"), ("preparation", "for"), ("gear", "for")}
)


def _awaited(noun: Token) -> bool:
    """A noun the sentence waits for: "talks covered other topics ahead of an EU summit",
    "officials are preparing for an EU summit", "in the run-up to the G8 summit"."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep = noun.head
    return (prep.head.lemma_.lower(), prep.lower_) in AWAITING


def _present(verb: Token) -> bool:
    """A verb in the present tense: "meets", "meet", "is visiting" (not "met", "had met")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children
    )


def forward_owner(noun: Token) -> bool:
    """A noun owned by a time to come: "next week's summit", "tomorrow's talks"."""
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        words = [t.lower_ for t in poss.subtree if not t.is_punct and t.lower_ not in ("'s", "’s")]
        if words == ["tomorrow"] or (len(words) == 2 and words[0] == "next" and words[1] in TIME_SPANS):
            return True
    return False


def _forward_time(verb: Token, *, weekdays: bool = True) -> bool:
    """A time to come attached to the verb itself: "tomorrow", "next week", "later this
    month", "on Friday" (said of a verb in the present tense, a weekday is one to come;
    ``weekdays`` False: not for a noun of a past clause)."""
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "advmod", "prep", "obl", "tmod"):
            continue
        words = [t.lower_ for t in child.subtree]
        if "tomorrow" in words:
            return True
        for i, word in enumerate(words[:-1]):
            if word == "next" and words[i + 1] in TIME_SPANS:
                return True
            if word == "later" and words[i + 1] == "this":
                return True
            if word == "end" and words[i + 1 : i + 2] == ["of"] and words[i + 2 : i + 4] in END_OF:
                return True  # "at the end of the month", "by the end of this week"
            if word == "coming" and words[i + 1] in ("days", "weeks", "months"):
                return True  # "in the coming days"
            if weekdays and word == "later" and words[i + 1 : i + 4] in LATER_IN:
                return True  # "a summit later in the week" (said of a clause not in the past)
        if (
            weekdays
            and child.dep_ == "prep"
            and child.lower_ == "on"
            and len(words) == 2
            and words[1] in WEEKDAYS
        ):
            return True
    return False


def imperative(verb: Token) -> bool:
    """A command: a bare verb with no subject of its own at the head of its sentence or of
    a quoted clause ("Please do not punish Iran", "Release the prisoners now")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBP"):
        return False
    before = [t for t in verb.subtree if t.i < verb.i and not t.is_punct]
    if verb.tag_ == "VBP" and any(t.lower_ not in ("please", "do", "don't", "not", "n't") for t in before):
        return False  # a present tense after its own words ("they say ...") is no command
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return False
        if c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "don't", "not"):
            return False  # "will give", "to give"
    return True


def _unless(trigger: Token) -> bool:
    """A coercive act to come on a condition the other side can meet: "will withdraw its
    force unless President X arranges a ceasefire", "would impose sanctions unless"."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr") else trigger
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children)
    condition = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in verb.children
    )
    return future and condition


def _asked(trigger: Token, sentences: Sentences | None = None) -> bool:
    """The trigger is in a question: its sentence ends with a question mark."""
    start, end = _bounds(trigger, sentences)
    doc = trigger.doc
    last = next(
        (doc[i] for i in range(end - 1, start - 1, -1) if not doc[i].is_space and not doc[i].is_quote), None
    )
    return last is not None and last.text == "?"


def _bounds(tok: Token, sentences: Sentences | None) -> tuple[int, int]:
    """The start and end (token indices) of ``tok``'s sentence: from the document's table when
    there is one, else by ``Token.sent``."""
    if sentences is None:
        sent = tok.sent
        return sent.start, sent.end
    return sentences.start(tok.i), sentences.end(tok.i)


def _sentence_tokens(tok: Token, sentences: Sentences | None) -> Iterable[Token]:
    """The tokens of ``tok``'s sentence, in order."""
    start, end = _bounds(tok, sentences)
    doc = tok.doc
    return (doc[i] for i in range(start, end))


def _denied(verb: Token) -> bool:
    """The act is what someone denies: "Iran denied that it had supplied weapons", "denied
    her faith meant she would refuse jobs"."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in DENYING:
            return True
        if node.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        if node.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") and node.head.i < c.i < node.i
            for c in node.head.children
        ):
            return False  # "denied the forecasts were wrong - but refused to rule out rises": not denied
        node = node.head
    return False


def _instead(tok: Token) -> bool:
    """The act is named as the one not done: "went to the memorial rather than lay a wreath",
    "Rather than condemn Russia, India urged talks", "instead of visiting the troops", "held
    meetings instead of talks"."""
    head = tok.head
    if tok.dep_ in ("pcomp", "pobj") and head.lower_ == "of":
        return any(c.lower_ == "instead" for c in head.children) or head.nbor(-1).lower_ == "instead"
    if tok.dep_ == "conj":
        # "X rather than Y": "than" is the coordinator between the two
        return any(
            c.dep_ == "cc" and c.lower_ == "than" and head.i < c.i < tok.i and c.nbor(-1).lower_ == "rather"
            for c in head.children
        )
    if tok.dep_ == "advcl":
        return any(c.lower_ == "than" and c.dep_ == "mark" for c in tok.children) and any(
            c.lower_ == "rather" for c in tok.children
        )
    return False


#: CAMEO roots of coercive acts whose conditional announcement is a threat (13x).
COERCIVE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
#: Subjects that stand for the speaker in what it says: "Iran said it would ...".
SPEAKER_PRONOUNS = frozenset({"it", "we", "they", "i"})


def _said_own_condition(
    trigger: Token,
    words: WordLists,
    agents: Iterable[str] = (),
    speaker_of: Callable[[Token], list[str]] | None = None,
) -> bool:
    """The act is the speaker's own, said to come on a condition: "Iran said it would strike if
    Israel attacked", "China said it would impose tariffs unless ...", "the army chief said his
    forces would attack India if provoked", "Moscow would expel more diplomats if ..., the
    Russian foreign ministry said" (the act's agents among those the speaker stands for,
    ``speaker_of``), "Russia would expel more diplomats if ..." (the paper tells a named state's or
    body's course); not a forecast of another's act ("analysts said Iran would strike if ...")."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" else trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children):
        return False
    if not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    ):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "ROOT" and subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON":
        # "Russia would expel more diplomats if London went ahead": a state's or a body's stated
        # course, told by the paper (another's forecast is said by someone: "analysts said")
        return True
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in words.say:
        return False
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or speaker is None:
        return False
    if subj.lower_ in SPEAKER_PRONOUNS:
        return speaker.pos_ != "PRON" or speaker.lower_ == subj.lower_
    if _speakers_forces(subj):
        return True  # "said his forces would retaliate if ...", "said its troops would fire unless ..."
    if subj.pos_ == "PROPN" and subj.text in {t.text for t in speaker.subtree}:
        return True
    if speaker_of is None or speaker.lemma_.lower() in COMMENTATORS or subj.pos_ != "PROPN":
        return False
    # "Moscow would expel ..., the Russian foreign ministry said": the speaker stands for the actor
    return bool(set(agents) & set(speaker_of(speaker)))


#: Speakers who comment on others' acts and speak for no one: "analysts said Iran would strike if".
COMMENTATORS = frozenset(
    {
        "analyst",
        "expert",
        "observer",
        "commentator",
        "critic",
        "economist",
        "academic",
        "scholar",
        "researcher",
        "pundit",
        "historian",
        "poll",
        "report",
        "study",
        "newspaper",
        "paper",
    }
)


def _speakers_forces(subj: Token) -> bool:
    """ "his forces", "its troops", "our army": armed men the speaker names as their own."""
    return (subj.lemma_.lower() in ARMED or subj.lower_ in ARMED) and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "our", "their", "my") for c in subj.children
    )


#: Verbs of putting an act forward for others to weigh: "suggested holding talks".
SUGGESTING = frozenset({"suggest", "recommend", "advocate", "float", "moot"})


def _put_off_gerund(act: Token, words: WordLists) -> bool:
    """A gerund that is what a verb of intent or suggestion puts forward: "suggested holding
    talks", or one parsed as an adverbial clause because a time phrase stands between them:
    "suggested on Tuesday holding talks with Greece",
    "proposed last week opening negotiations" (not a participle after a comma: "proposed a
    truce, saying ...")."""
    head = act.head
    lemma = head.lemma_.lower()
    if act.tag_ != "VBG" or head.pos_ != "VERB" or head.i > act.i:
        return False
    if act.dep_ == "xcomp":
        return lemma in SUGGESTING  # "suggested holding talks" (the intent verbs' own rules read theirs)
    return (
        act.dep_ == "advcl"
        and (lemma in words.intent or lemma in SUGGESTING)
        and not any(c.dep_ in ("nsubj", "mark") for c in act.children)
        and not any(t.is_punct for t in act.doc[head.i + 1 : act.i])
    )


def _conditional(verb: Token) -> bool:
    """The act holds only on a condition: "would impose sanctions if the talks failed",
    "planned to press charges if he was caught" (the condition may hang on the verb of
    intent above)."""
    node = verb
    for _ in range(2):
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in node.children
        ):
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
    return False


def _none_acts(verb: Token) -> bool:
    """The subject says no one did it: "neither X nor Y received", "no party accepted",
    "nobody attended"."""
    nor = [
        c for c in verb.children if c.lower_ in ("nor", "neither") and c.dep_ in ("cc", "preconj", "advmod")
    ]
    if verb.dep_ == "conj":  # "X does not want war, nor does it attack": the "nor" hangs on the first verb
        nor += [c for c in verb.head.children if c.lower_ == "nor" and c.dep_ == "cc" and c.i < verb.i]
    if nor:
        return True
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in ("nobody", "none", "neither", "nothing") or any(
            (c.lower_ == "neither" and c.dep_ in ("preconj", "det")) or negating_no(c) or _not_one(c)
            for c in subj.children
        ):
            return True
    return False


#: Words after a "not" in front of a subject that make it no one: "Not one of the 30 activists
#: has been freed", "not a single diplomat was expelled", "not even one" (not "not all", "not
#: only": some did).
NOT_ONE = frozenset({"one", "a", "an", "any", "single", "even", "a-single"})


def _not_one(tok: Token) -> bool:
    """A "not" that opens its subject and denies it: "Not one of them has been freed"."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "not" and tok.i < tok.head.i and after is not None and after.lower_ in NOT_ONE


#: Objects that say the act befell no one: "kidnapped no one", "arrested nobody", "fired no shots".
NO_ONE = frozenset({"nobody", "nothing", "none", "noone"})


def negating_no(tok: Token) -> bool:
    """A determiner "no" that denies its noun ("held no talks"), not the name of a side in a
    vote after a determiner or an adjective of its own ("the official No campaign", "the
    No camp"): "no" after "the" or an adjective never denies."""
    if tok.dep_ != "det" or tok.lower_ != "no":
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or not (before.tag_ in ("DT", "PRP$", "JJ") or before.dep_ in ("det", "amod"))


def _none_acted_upon(verb: Token) -> bool:
    """The verb's direct object is no one or nothing: "the army said it had kidnapped no one",
    "troops fired no shots", "police arrested nobody" tell that the act was not done (a
    "no" deeper in the object, "seized a ship with no flag", leaves the act done)."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in NO_ONE:
            return True
        return any(negating_no(c) for c in obj.children)
    return False


#: Nouns of an occasion or a way that "no" makes a negative adverbial: "at no point did X
#: clash", "under no circumstances will Y accept", "in no way did Z support" (not "attacked the
#: convoy with no warning": a manner, the act done).
OCCASIONS = frozenset(
    {"time", "point", "stage", "moment", "occasion", "circumstance", "account", "way", "juncture"}
)


def _no_occasion(verb: Token) -> bool:
    """A negative adverbial denies the clause: "At no point did Indian and Chinese troops
    clash", "Russian jets at no stage entered", "Never before has Japan sent troops". The
    phrase hangs on the verb, its subject, or (in an inversion the parser splits) the "did"
    the verb's clause hangs on."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    if verb.dep_ == "ccomp" and verb.head.lemma_ == "do" and verb.head.i < verb.i:
        holders.append(verb.head)  # "At no point ... did X clash": "did" read as the clause's head
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and any(
                o.dep_ == "pobj"
                and o.lemma_.lower() in OCCASIONS
                and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
                for o in c.children
            ):
                return True
            if (
                holder is verb
                and c.dep_ == "advmod"
                and c.i < verb.i
                and any(n.dep_ == "neg" and n.lower_ == "never" for n in c.children)
            ):
                return True  # "Never before has Japan sent troops abroad"
    return False


#: Verbs that tell an event happening: "the talks did not take place / resume / go ahead".
OCCURRING = frozenset(
    {
        "happen",
        "occur",
        "resume",
        "begin",
        "start",
        "materialise",
        "materialize",
        "proceed",
        "hold",
        "convene",
    }
)


def _not_occurred(noun: Token) -> bool:
    """An event noun whose own verb says it did not happen: "Talks between Israel and Hamas have
    not resumed", "the summit did not take place", "the meeting was not held", "the visit never
    went ahead" (not "the talks did not produce a deal": they were held)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "go":
        return any(c.lower_ == "ahead" for c in verb.children)
    return lemma in OCCURRING


#: Verbs of holding back from an act, whose gerund or infinitive is not done: "refrained from
#: criticising Israel", "avoided denying", "shied away from condemning", "stopped short of".
ABSTAINING = frozenset({"avoid", "refrain", "abstain", "shy", "desist"})


#: Particles and adverbs that are part of a frame's words: "held *off* on", "stopped *short* of",
#: "has *yet* to", "gearing *up* to", "steer *clear* of", "edging *closer* to".
FRAME_PARTICLES = frozenset(
    {
        "off",
        "back",
        "away",
        "up",
        "short",
        "clear",
        "yet",
        "still",
        "closer",
        "over",
        "down",
        "out",
        "in",  # ("dug in against reopening the border": the [refusing] frame "dig in against")
        "ready",
        "firm",
        "fast",
    }
)


def frame_keys(act: Token) -> frozenset[str]:
    """The words of the frame that governs an act, as the lists ``held_back``, ``imminent`` and
    ``weighed`` of ``word_lists.txt`` spell them: the governing word (lemma or form), a particle,
    adverb or object noun of it, and the preposition or "to" before the act ("held off on
    expelling" -> "hold off on", "stopped short of imposing" -> "stop short of", "has yet to
    ratify" -> "have yet to", "is mulling sanctions" -> "mull", "held fire on" -> "hold fire
    on"), with "not " in front when the governing verb is negated ("has not ruled out
    sending")."""
    dep = act.dep_
    if dep in ("pcomp", "pobj") and act.head.dep_ in ("prep", "dative", "agent"):
        prep, gov = act.head.lower_, act.head.head
    elif dep in ("xcomp", "advcl") or (dep == "ccomp" and act.tag_ == "VBG"):
        prep = "to" if any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children) else ""
        gov = act.head
        if dep == "advcl" and (
            (not prep and act.tag_ != "VBG")
            or any(c.dep_ in ("dobj", "prep", "punct") and gov.i < c.i < act.i for c in gov.children)
        ):
            return frozenset()  # "gearing up to expel" (misread as a clause), not "moved to Paris to work"
    elif dep == "dobj" and act.pos_ in ("NOUN", "PROPN"):
        prep, gov = "", act.head
    else:
        return frozenset()
    if gov.i == act.i:
        return frozenset()
    mids = [""]
    for c in gov.children:
        if c.i >= act.i:
            continue
        if (c.dep_ in ("prt", "advmod", "acomp") and c.lower_ in FRAME_PARTICLES) or c.dep_ in (
            "dobj",
            "npadvmod",
        ):
            mids.append(c.lemma_.lower())
    bases = {gov.lemma_.lower(), gov.lower_}
    if gov.dep_ in ("acomp", "advmod", "pobj", "attr", "oprd", "ccomp", "amod") and gov.head.i != gov.i:
        bases |= {f"{gov.head.lemma_.lower()} {gov.lower_}", f"{gov.head.lower_} {gov.lower_}"}
    negated = any(c.dep_ == "neg" for c in gov.children)
    keys = {" ".join(w for w in (base, mid, prep) if w) for base in bases for mid in mids}
    return frozenset(keys | {f"not {k}" for k in keys} if negated else keys)


def _frame(act: Token, table: frozenset[str]) -> bool:
    """Whether the act's governing frame (:func:`frame_keys`) is one of ``table``."""
    keys = frame_keys(act)
    return bool(keys) and not keys.isdisjoint(table)


def held_back(act: Token, words: WordLists) -> bool:
    """The act is one its subject held back from (``held_back``): "held off on expelling",
    "stopped short of imposing sanctions", "has yet to ratify", "shied away from condemning";
    a negated frame undoes it ("did not hesitate to strike")."""
    keys = frame_keys(act)
    return bool(keys) and not keys.isdisjoint(words.held_back) and not any(k.startswith("not ") for k in keys)


def pending(act: Token, words: WordLists) -> Modality | None:
    """The act is still to come (``imminent``: "is gearing up to blacklist", "on the verge of
    recognising", planned) or only thought of (``weighed``: "is mulling sanctions", "has not
    ruled out sending troops", hypothetical); a named act weighed must be one in the making, no
    determiner of a known act ("considered the attack an act of war" tells the attack)."""
    keys = frame_keys(act)
    if not keys:
        return None
    if not keys.isdisjoint(words.weighed) and (
        act.pos_ not in ("NOUN", "PROPN")
        or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "new", "further")
            for c in act.children
        )
    ):
        return Modality.HYPOTHETICAL
    if not keys.isdisjoint(words.imminent):
        return Modality.PLANNED
    return None


def _abstained(act: Token) -> bool:
    """The act is one its subject held back from: "refrained from criticising Israel", "avoided
    denying that its troops were there", "shied away from condemning Russia", "stopped short of
    denying"."""
    if act.dep_ == "xcomp" and act.tag_ == "VBG":
        return act.head.lemma_.lower() == "avoid"  # "avoided denying"
    if act.dep_ != "pcomp" or act.head.lower_ not in ("from", "of"):
        return False
    holder = act.head.head
    if holder.lower_ == "short" and holder.head.lemma_.lower() == "stop":
        return True  # "stopped short of denying"
    lemma = holder.lemma_.lower()
    if act.head.lower_ == "of":
        return False
    return lemma in ABSTAINING or (lemma == "hold" and any(c.lower_ == "back" for c in holder.children))


def _in_past_clause(noun: Token) -> bool:
    """The verb a noun's phrase hangs on is in the past: "In a call on Thursday, X discussed"."""
    node = noun
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "amod":
            return node.tag_ == "VBD" or (
                node.tag_ == "VBN"
                and any(c.lower_ in ("had", "has", "have", "was", "were") for c in node.children)
            )
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _set_alight(verb: Token) -> bool:
    """ "strikes set ablaze a refinery", "shelling set fire to a warehouse": "set" done to a
    thing, no scheduling ("talks are set for May" has no object)."""
    return verb.lemma_.lower() == "set" and any(
        c.dep_ in ("dobj", "advmod", "acomp", "oprd") and c.lower_ not in ("to", "for") for c in verb.children
    )


def _planned_now(verb: Token) -> bool:
    """ "A summit is planned for next month": planned in the present, so still to come (not
    "the bombing was planned in Pakistan": an act planned once, and done)."""
    return verb.lower_ == "planned" and any(
        c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children
    )


def _scheduling(head: Token, words: WordLists) -> bool:
    """The word an infinitive hangs on schedules it: "is due to visit", "is slated to meet" (the
    model lemmatises "slated" as "slat": the form is read too), "is pencilled in to meet", "is
    on course to sign", "is going to meet" (not "went to meet": done)."""
    if head.lemma_.lower() in words.planning or head.lower_ in words.planning:
        return True
    return head.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)


#: Forms of scheduling the model lemmatises oddly ("slated" as "slat"): "talks are slated for May"
#: (not "proposed", a plan put forward and told).
ODD_SCHEDULING_FORMS = frozenset({"slated", "tipped", "pencilled", "penciled", "timetabled"})
#: Nouns of a diary an occasion is "on": "the visit is on the calendar / agenda / cards".
DIARY_NOUNS = frozenset({"calendar", "agenda", "card", "cards", "schedule", "timetable", "diary"})


def _scheduled_noun(trigger: Token, words: WordLists) -> bool:
    """ "the upcoming talks", "the talks are due to take place", "the visit will ...": a noun
    trigger whose modifier or clause says it is still to come."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(
        c.dep_ in ("amod", "compound") and (c.lemma_.lower() in words.planning or c.lower_ in words.planning)
        for c in trigger.children
    ):
        return True  # "the upcoming talks", "his planned trip" (the form: "planned", not "plan")
    if forward_owner(trigger) or _forward_time(trigger, weekdays=not _in_past_clause(trigger)):
        return True  # "next week's summit", "the talks next month"; not "in a call on Thursday, X discussed"
    if _awaited(trigger):
        return True
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = trigger.head
    bare = clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    if (_present(clause) or bare) and _forward_time(clause):
        # "the summit takes place next week", "talks resume tomorrow" (read as a bare "VB")
        return True
    if clause.lemma_ == "be" and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in DIARY_NOUNS for o in c.children)
        for c in clause.children
    ):
        return True  # "the visit is on the calendar for May", "talks are on the cards": still to come
    near: Iterable[Token] = [clause, *clause.children]
    return any(
        (
            (t.lemma_.lower() in words.planning or t.lower_ in ODD_SCHEDULING_FORMS or _planned_now(t))
            and t.dep_ in ("acomp", "xcomp", "ROOT", "conj", "ccomp")
            and not _set_alight(t)
        )
        or (t.dep_ == "aux" and t.lower_ in ("will", "shall", "'ll"))
        for t in near
    )


#: Changes made to things (organisations, taxes, units), as verbs and nouns: a proposal or plan
#: to make one is a policy, no intent to cooperate with what it changes.
RESTRUCTURING = frozenset(
    {
        "merge",
        "merger",
        "amalgamate",
        "amalgamation",
        "combine",
        "abolish",
        "abolition",
        "scrap",
        "scrapping",
        "axe",
        "disband",
        "restructure",
        "restructuring",
        "reorganise",
        "reorganize",
        "reorganisation",
        "reorganization",
        "privatise",
        "privatize",
        "privatisation",
        "privatization",
        "nationalise",
        "nationalize",
        "nationalisation",
        "nationalization",
        "split",
        "overhaul",
        "replace",
        "replacement",
        "close",
        "closure",
        "shut",
        "dissolve",
        "dissolution",
        "rename",
    }
)


def restructuring(head: Token) -> bool:
    """Whether what a verb or noun of intent puts forward is a change made to things: "proposed
    the merger of A and B", "proposed scrapping the tax", "a plan to abolish the department", "a
    proposal for the closure of the base" (not "proposed talks with Iran", "a plan to send aid")."""
    noun = head.pos_ in ("NOUN", "PROPN")
    for child in head.children:
        if child.dep_ in ("dobj", "xcomp", "nsubjpass") or (
            noun and child.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in child.children)
        ):
            content = child
        elif child.dep_ == "prep" and child.lower_ in ("of", "for") and noun:
            content = next((o for o in child.children if o.dep_ in ("pobj", "pcomp")), child)
        else:
            continue
        if content.lemma_.lower() in RESTRUCTURING or content.lower_ in RESTRUCTURING:
            return True
    return False


#: Nouns of judging or feeling about something besides the lexicon's feelings: "doubts over",
#: "criticism of", "questions about" the thing judged.
JUDGING_NOUNS = frozenset(
    {
        "criticism",
        "fear",
        "suspicion",
        "cynicism",
        "question",
        "confusion",
        "mistrust",
        "distrust",
        "opposition",
    }
)
#: Participles of being swayed or moved by something ("unconvinced by", "worried by").
SWAYED = frozenset(
    {
        "convinced",
        "impressed",
        "persuaded",
        "moved",
        "worried",
        "concerned",
        "alarmed",
        "dismayed",
        "disappointed",
        "angered",
        "troubled",
        "reassured",
        "encouraged",
        "underwhelmed",
        "unimpressed",
    }
)
#: Prepositions that name what a judgement or feeling is about.
JUDGED_PREPS = frozenset(
    {"about", "over", "of", "at", "by", "with", "towards", "toward", "regarding", "in", "on"}
)


def opinion_topic(noun: Token, feelings: frozenset[str] | set[str]) -> bool:
    """Whether an intent noun is only what someone judges or feels: the object of a preposition
    after an adjective or participle of judgement ("sceptical about Labour promises", "critical of
    the government's plans", "unconvinced by Russia's offer") or after a noun of judgement
    ("doubts over the party's pledges", "criticism of the proposals"); the promise itself is told
    elsewhere, if at all."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    judge = prep.head
    if noun.dep_ == "pobj" and prep.dep_ == "agent" and judge.tag_ == "VBN":
        # "were unconvinced by Russia's offer", "not impressed by the French proposal"
        return judge.lower_ in SWAYED or judge.lower_.removeprefix("un") in SWAYED
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in JUDGED_PREPS:
        return False
    if judge.pos_ == "ADJ" or (judge.tag_ == "VBN" and judge.dep_ in ("acomp", "amod")):
        return True
    lemma = judge.lemma_.lower()
    return judge.pos_ == "NOUN" and (lemma in feelings or lemma in JUDGING_NOUNS)


#: Verbs of liking that, with "would", tell a wish: "would like to visit", "'d love to meet".
WISHING = frozenset({"like", "love", "prefer"})


def _would_like(verb: Token) -> bool:
    """A wish told with "would" ("would like to visit China", "he'd love to meet Putin"), not a
    habit ("likes to visit Paris")."""
    return verb.lemma_.lower() in WISHING and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d", "should") for c in verb.children
    )

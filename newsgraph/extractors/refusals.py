"""Refusals as a structure (CAMEO 12x, 011), read on the parse, driven by the tables of
``data/refusal_words.tsv``.

Three frames, each a join of a table of nouns with a table of predicates, not a list of phrases:

* a thing one side puts to another (a request, demand, proposal, offer, plea, appeal: ``request_noun``)
  rejected by a predicate of rejecting, whatever its form: a verb or a phrasal verb with the thing as
  its object ("Switzerland turned away a German request") or its passive subject ("Kyiv's appeal was
  rejected by the Dutch government"), an idiom with the thing after its preposition ("gave short shrift
  to", "poured cold water on"), or a reception the thing meets ("a Polish demand met a firm 'no' from
  the German government", "the plea fell on deaf ears in Budapest", "got short shrift from NATO"): a
  12x by the one who rejects it upon the one who put it (:func:`rejected_request`);
* an act one would do for another refused ("ruled out supplying missiles to Kyiv", "stood firm against
  letting fuel trucks into Gaza", "Pakistan would not extradite the suspect"), when the act made no
  event of its own: a 12x by the refuser, its code from the act (:func:`refused_act`); not one's own
  course ("refused to resign"), nor "did not rule out";
* a question or a request for comment left unanswered ("stonewalled questions about", "ignored requests
  for comment", "left a request for comment unanswered", "emails seeking comment went unanswered") or
  an answer refused ("would not give a running commentary on"): 011 (:func:`unanswered_request`,
  :func:`answer_refused`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import kind_rows, kind_tables

REJECT = "120"
DECLINE_COMMENT = "011"
#: Particles of phrasal verbs of rejecting, whatever tag the parser gives them ("turned away" is
#: read as an adverb at times).
PARTICLES = frozenset({"down", "away", "aside", "off", "back", "out", "up", "on"})
#: Prepositions naming who a rejection came from ("from the German government", "in Budapest",
#: "by Cairo", "with Washington").
FROM_PREPS = frozenset({"from", "by", "in", "with", "at"})
#: Auxiliaries of a refusal when negated: "will not extradite", "would not let".
REFUSING_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})
#: Verbs of refusing whose infinitive is the act refused ("refused to hand over", "declined to join").
REFUSING = frozenset({"refuse", "decline", "reject", "resist"})
#: Verbs of giving an answer refused: "would not give a running commentary", "would not go into details".
GIVING = frozenset(
    {"give", "offer", "provide", "share", "go", "get", "enter", "make", "issue", "engage", "indulge"}
)
#: Adjectives of a thing left unanswered.
UNANSWERED = frozenset({"unanswered", "unreturned", "unacknowledged"})
#: Verbs a request for comment goes unanswered with: "went unanswered", "remained unanswered".
STAYING = frozenset({"go", "remain", "stay", "be", "leave"})
#: Verbs an answer is given or sent by, beyond those of ``GIVING`` and ``cooperative_act`` ("issued a
#: curt reply to", "wired a refusal to", "fired back a firm no to", "took a pass on").
ANSWER_GIVING = frozenset({"wire", "fire", "take", "deal", "post", "shoot", "write", "hand", "offer"})
#: Prepositions before the request an answer is given to: "a flat no to X's request", "a pass on X's
#: offer", "a negative response regarding", "a curt refusal of".
ANSWERED_PREPS = frozenset({"to", "on", "of", "regarding", "over"})
#: Verbs of forwarding: "passed on the request to the minister" hands it on, no refusal.
FORWARDING = frozenset({"pass on"})
#: Verbs of seeking a comment in a participle: "emails seeking comment", "calls requesting an interview".
SEEKING = frozenset({"seek", "request", "ask"})


def refusal_words() -> dict[str, dict[str, str]]:
    """The tables of ``refusal_words.tsv``: kind -> word -> value (empty: the kind alone)."""
    return kind_tables("refusal_words.tsv")


def table(kind: str) -> dict[str, str]:
    """One table of :func:`refusal_words`."""
    return refusal_words().get(kind, {})


@functools.cache
def rows(kind: str) -> tuple[tuple[str, str], ...]:
    """Every (word, value) row of one kind, a word with several values kept ("close door" on / to)."""
    return tuple(
        (word, value) for row_kind, word, value in kind_rows("refusal_words.tsv") if row_kind == kind
    )


@functools.cache
def idioms() -> dict[tuple[str, str], frozenset[str]]:
    """(verb, noun) -> prepositions of the ``reject_idiom`` rows."""
    out: dict[tuple[str, str], set[str]] = {}
    for key, prep in rows("reject_idiom"):
        verb, noun = key.split()
        out.setdefault((verb, noun), set()).add(prep)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def reception_idioms() -> dict[str, dict[str, frozenset[str]]]:
    """verb -> preposition ("" for an object) -> nouns of the ``reception_idiom`` rows."""
    out: dict[str, dict[str, set[str]]] = {}
    for key, noun in rows("reception_idiom"):
        verb, *prep = key.split()
        out.setdefault(verb, {}).setdefault(" ".join(prep), set()).add(noun)
    return {v: {p: frozenset(n) for p, n in d.items()} for v, d in out.items()}


@functools.cache
def head_words() -> frozenset[str]:
    """Every verb lemma a frame of this module starts from (a cheap test before the walk)."""
    words = set(table("reject_verb")) | set(table("reception_verb")) | set(table("non_answer_verb"))
    words |= {k.split()[0] for k in table("reject_phrasal")}
    words |= {verb for verb, _ in idioms()} | set(reception_idioms()) | set(table("accept_verb"))
    words |= REFUSING | {"rule", "leave"} | STAYING | GIVING | set(table("cooperative_act"))
    words |= ANSWER_GIVING
    return frozenset(words)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A request rejected: the predicate (the event's trigger), the request noun, the rejecter's
    phrase (the subject or the passive's agent) and the places named as where it was rejected."""

    predicate: Token
    request: Token
    rejecter: Token | None
    sources: tuple[Token, ...]
    code: str


def particle(verb: Token) -> str | None:
    """The verb's particle, read as a particle or an adverb right after it ("turned away")."""
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in PARTICLES:
            return c.lower_
    for c in verb.children:
        if c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLES:
            return c.lower_
    return None


def is_request(noun: Token | None) -> bool:
    """A noun of a thing put to another ("request", "demand", "offer"), not a request for comment."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in table("request_noun"):
        return False
    return not for_comment(noun)


def for_comment(noun: Token) -> bool:
    """A request, call or email for comment or an interview ("requests for comment", "calls seeking
    comment"): what answering declines comment on."""
    for c in noun.children:
        asked = (c.dep_ == "prep" and c.lower_ == "for") or (
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SEEKING
        )
        if asked and any(
            o.lemma_.lower() in table("comment_noun") for o in c.children if o.dep_ in ("pobj", "dobj")
        ):
            return True
    return False


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def _sources(*heads: Token) -> tuple[Token, ...]:
    """The objects of "from / by / in / with" under the heads: whom a rejection came from."""
    return tuple(
        o
        for h in heads
        for p in h.children
        if p.dep_ in ("prep", "agent") and p.lower_ in FROM_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    )


def code_of(request: Token, predicate: Token) -> str:
    """The 12x of a rejection: the veto's (129), else the first topic word under the request (talks
    125, mediation 126, a settlement 127, aid 122x, release 1243, access 1245), else the request
    noun's own, else 120."""
    if predicate.lemma_.lower() == "veto":
        return "129"
    topics = table("topic")
    for t in request.subtree:
        if t.pos_ not in ("NOUN", "VERB", "PROPN"):
            continue  # ("calls for free long-term care": no release)
        code = topics.get(t.lemma_.lower()) or topics.get(t.lower_)
        if code:
            return code
    return table("request_noun").get(request.lemma_.lower()) or REJECT


def _rejecting_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in table("reject_verb"):
        return True
    part = particle(verb)
    if part is None or f"{lemma} {part}" not in table("reject_phrasal"):
        return False
    # ("passed on the request to the minister": forwarded to someone, not turned down; "passed on
    # an invitation to talks": a topic after "to" leaves the refusal)
    return f"{lemma} {part}" not in FORWARDING or not any(
        o.dep_ == "pobj" and o.lemma_.lower() not in table("topic")
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
    )


def _adjoined_particle(verb: Token) -> Token | None:
    """The preposition right after ``verb`` that makes a phrasal verb of rejecting with it ("passed
    on Denmark's offer" read as a verb and a preposition), when the verb has no particle of its own
    and no forwarding "to" phrase ("passed on the request to the minister")."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        nxt is None
        or nxt.head.i != verb.i
        or nxt.dep_ != "prep"
        or nxt.lower_ not in PARTICLES
        or f"{verb.lemma_.lower()} {nxt.lower_}" not in table("reject_phrasal")
        or particle(verb) is not None
    ):
        return None
    if f"{verb.lemma_.lower()} {nxt.lower_}" in FORWARDING and any(
        o.dep_ == "pobj" and o.lemma_.lower() not in table("topic")
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
    ):
        return None
    return nxt


def negative_answer(noun: Token) -> bool:
    """An answer of refusal: a noun of rejection ("a flat no", "a rebuff", "a refusal"), a noun of
    declining ("a pass", "a miss") or an answer told cold or negative by its modifier ("a curt
    reply", "a negative response", "an unfavourable answer")."""
    if noun.pos_ not in ("NOUN", "PROPN", "INTJ", "DET"):
        return False
    lemma = noun.lemma_.lower()
    if lemma in table("reception_noun") or lemma in table("declining_noun"):
        return lemma != "no" or noun.dep_ in ("dobj", "dative", "iobj", "pobj", "nmod", "appos")
    return lemma in table("cold_noun") and any(
        c.dep_ in ("amod", "compound")
        and (c.lower_ in table("cold_word") or c.lemma_.lower() in table("cold_word"))
        for c in noun.children
    )


@functools.cache
def answer_nouns() -> frozenset[str]:
    """The nouns :func:`negative_answer` may accept: a verb with one as its object is read by
    :func:`answer_given` whatever the verb ("conveyed / relayed a frosty reply to")."""
    return frozenset(table("reception_noun")) | set(table("declining_noun")) | set(table("cold_noun"))


def gives_answer(verb: Token) -> bool:
    """A cheap test: ``verb`` has an object among :func:`answer_nouns`."""
    nouns = answer_nouns()
    return any(c.lemma_.lower() in nouns for c in _answer_objects(verb))


def _answer_objects(verb: Token) -> list[Token]:
    """The verb's objects, and a noun set beside one ("a firm no" read as the noun "firm" with "no"
    beside it)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    return objects + [
        n for o in objects for n in o.children if n.dep_ in ("nmod", "appos") and n.i == o.i + 1
    ]


def answer_given(verb: Token) -> Token | None:
    """The request ``verb``'s subject answers with a refusal: "gave a negative answer to Kyiv's request",
    "sent a curt reply to X's proposal", "returned a flat no to the Danish request", "took a pass on X's
    offer", "gave X's invitation a miss" (the answer the verb's object, the request after a preposition
    of the verb or of the answer, or the verb's other object); not a verb of receiving ("got a cold
    answer": :func:`_received`), nor a negated verb."""
    lemma = verb.lemma_.lower()
    if (
        lemma in table("reception_verb")
        or lemma in ("have", "be", "hear", "expect", "await", "want", "seek", "fear")
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return None
    objects = _answer_objects(verb)
    for answer in objects:
        if not negative_answer(answer):
            continue
        for h in (verb, answer):
            for p in h.children:
                if p.dep_ not in ("prep", "dative") or p.lower_ not in ANSWERED_PREPS:
                    continue
                for o in p.children:
                    if o.dep_ == "pobj":
                        for r in _conjuncts(o):
                            if is_request(r):
                                return r
        for other in objects:
            # "gave Kyiv's request a negative answer"
            if other.i != answer.i and is_request(other):
                return other
    return None


def _idiom_request(verb: Token) -> Token | None:
    """The request after an idiom's preposition: "gave short shrift to X's plea", "poured cold water
    on", "stood firm against", "set its face against", "slammed the door on"."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ not in ("dobj", "acomp", "advmod", "prt", "npadvmod", "attr", "intj", "dative"):
            continue
        preps = idioms().get((lemma, c.lemma_.lower())) or idioms().get((lemma, c.lower_))
        if not preps:
            continue
        for h in (verb, c):
            for p in h.children:
                if p.dep_ in ("prep", "dative") and p.lower_ in preps:
                    for o in p.children:
                        if o.dep_ == "pobj" and is_request(o):
                            return o
        for o in verb.children:
            # "gave a Philippine plea for talks the cold shoulder": the request as the first object
            if o.i != c.i and o.dep_ in ("dative", "dobj", "iobj") and is_request(o):
                return o
    return None


def _cold(noun: Token) -> bool:
    """ "a frosty reception", "a firm 'no'", "short shrift": a reception noun of rejection."""
    lemma = noun.lemma_.lower()
    if lemma in table("reception_noun") or noun.lower_ in table("reception_noun"):
        return True
    return lemma in table("cold_noun") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in table("cold_word") for c in noun.children
    )


def _received(verb: Token) -> tuple[Token, tuple[Token, ...]] | None:
    """A reception of rejection the verb's subject met, and the phrases naming whom from: "met a firm
    'no' from the German government", "was met with a rebuff in Kyiv", "got short shrift from NATO",
    "fell on deaf ears in Budapest", "ran into a brick wall in Washington"."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "intj", "oprd", "npadvmod")]
    # ("was met with a firm no": the reception after "with")
    objects += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if lemma in table("reception_verb"):
        for o in objects:
            if _cold(o):
                return o, _sources(verb, o)
            if o.lemma_.lower() in table("support_noun") and any(
                c.lower_ in ("no", "little", "scant", "few") for c in o.children if c.dep_ in ("det", "amod")
            ):
                return o, _sources(verb, o)  # "found no support in Rome", "gained little traction"
    by_prep = reception_idioms().get(lemma)
    if by_prep:
        for p in verb.children:
            nouns = by_prep.get(p.lower_) if p.dep_ == "prep" else None
            if nouns:
                for o in p.children:
                    if o.dep_ == "pobj" and (o.lemma_.lower() in nouns or o.lower_ in nouns):
                        return o, _sources(verb, o)
        nouns = by_prep.get("")
        if nouns:
            for o in objects + [c for c in verb.children if c.dep_ in ("advmod", "acomp")]:
                if o.lemma_.lower() in nouns:
                    return o, _sources(verb, o)
    return None


#: The tables whose rows start with the verb a frame of :func:`rejected_request` reads by its lemma
#: (tests/test_refusal_gates.py checks that the frame reads no other table of verbs).
REJECTING_KINDS = (
    "reject_verb",
    "reject_phrasal",
    "accept_verb",
    "reject_idiom",
    "reception_verb",
    "reception_idiom",
)


@functools.cache
def rejecting_lemmas() -> frozenset[str]:
    """Every verb lemma :func:`rejected_request` reads a frame of by its lemma: the first word of
    the rows of :data:`REJECTING_KINDS`. Any other verb rejects only with an answer noun as its
    object (:func:`answer_given`, "conveyed a frosty reply to"): :func:`gives_answer` tests that."""
    return frozenset(word.split()[0] for kind in REJECTING_KINDS for word, _ in rows(kind))


@functools.cache
def unanswering_lemmas() -> frozenset[str]:
    """The verbs of :func:`unanswered_request`: ``non_answer_verb`` rows, "leave" and :data:`STAYING`."""
    return frozenset(table("non_answer_verb")) | {"leave"} | STAYING


def rejected_request(verb: Token) -> Rejection | None:
    """The request ``verb`` rejects, by any form of the frame (module doc), or None."""
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in rejecting_lemmas() and not gives_answer(verb):
        return None  # (the cheap test first: no frame below can read this verb)
    return _rejected_request(verb)


def _rejected_request(verb: Token) -> Rejection | None:
    """:func:`rejected_request` past its test of the verb's lemma (every form of the frame)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    adjoined = _adjoined_particle(verb) if not passive else None
    if adjoined is not None:
        # "Iceland passed on Denmark's offer", "begged off Thailand's invitation": the particle
        # read as a preposition, the request as its object
        for o in (t for c in adjoined.children if c.dep_ == "pobj" for t in _conjuncts(c)):
            if is_request(o):
                return Rejection(verb, o, subj, (), code_of(o, verb))
    if _rejecting_verb(verb):
        if passive:
            if is_request(subj):
                agent = next(
                    (o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"),
                    None,
                )
                sources = _sources(verb) if agent is None else ()
                return Rejection(verb, subj, agent, sources, code_of(subj, verb))  # type: ignore[arg-type]
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        # ("passed on an invitation": the object read as the particle's)
        objects += [o for p in verb.children if p.dep_ == "prt" for o in p.children if o.dep_ == "pobj"]
        for obj in objects:
            for o in _conjuncts(obj):
                if is_request(o):
                    return Rejection(verb, o, subj, (), code_of(o, verb))
    if verb.lemma_.lower() in table("accept_verb") and _refusing_negation(verb):
        # "would not entertain a Moroccan proposal", "will not bow to the demands of X"
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("to", "in")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for o in (t for thing in things for t in _conjuncts(thing)):
            if is_request(o):
                return Rejection(verb, o, subj, (), code_of(o, verb))
    answered = answer_given(verb) if not passive else None
    if answered is not None:
        return Rejection(verb, answered, subj, (), code_of(answered, verb))
    idiom = _idiom_request(verb)
    if idiom is not None and not passive:
        return Rejection(verb, idiom, subj, (), code_of(idiom, verb))
    if (
        subj is not None
        and (subj.dep_ == "nsubj" or verb.lemma_.lower() in table("reception_verb"))
        and is_request(subj)
    ):
        received = _received(verb)
        if received is not None:
            noun, sources = received
            code = "129" if noun.lemma_.lower() == "veto" else code_of(subj, verb)
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            # ("faced a Russian veto": the one whose veto it is)
            return Rejection(verb, subj, owner, sources, code)
    return None


def unanswered_request(verb: Token) -> tuple[Token | None, tuple[Token, ...]] | None:
    """A question or a request for comment left unanswered: the phrase of the one asked (the
    verb's subject, or the one the request went to) and the phrases naming them otherwise.
    "stonewalled / sidestepped / ignored questions about ...", "ignored requests for comment",
    "left a request for comment unanswered", "emails to the ministry seeking comment went
    unanswered", "turned down requests for an interview"."""
    if verb.lemma_.lower() not in unanswering_lemmas():
        return None  # (the cheap test first: both frames below start from these verbs)
    return _unanswered_request(verb)


def _unanswered_request(verb: Token) -> tuple[Token | None, tuple[Token, ...]] | None:
    """:func:`unanswered_request` past its test of the verb's lemma."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    asked = [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in _conjuncts(c)]
    if (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and verb.i < verb.head.i
        and verb.head.dep_ == "appos"
        and verb.head.head.dep_ == "ROOT"
        and verb.head.head.pos_ == "NOUN"
    ):
        # "A spokesman for the ministry stonewalled questions about ...": a sentence the parser
        # read with no verb, the verb an adjective of its object set beside the subject
        subj, asked = verb.head.head, [verb.head]
    if lemma in table("non_answer_verb") or lemma == "leave":
        for a in asked:
            word = a.lemma_.lower()
            if word not in table("unanswered_noun"):
                continue
            question = word in ("question", "query", "inquiry", "enquiry") or a.lower_ in (
                "questions",
                "queries",
                "inquiries",
                "enquiries",
            )
            if not (question or for_comment(a)):
                continue
            if lemma == "leave" and not any(c.lower_ in UNANSWERED for c in (*verb.children, *a.subtree)):
                continue  # "left a request for comment unanswered" (at times read on "comment")
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                agent = next(
                    (o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"),
                    None,
                )
                return agent, _addressees(a)
            return subj, ()
    if (
        lemma in STAYING
        and subj is not None
        and subj.lemma_.lower() in table("unanswered_noun")
        and for_comment(subj)
        and any(
            c.lower_ in UNANSWERED and c.dep_ in ("acomp", "oprd", "advmod", "xcomp") for c in verb.children
        )
    ):
        return None, _addressees(subj)
    return None


def _addressees(noun: Token) -> tuple[Token, ...]:
    """Whom a request was put to: "emails to the ministry", "requests to the embassy"."""
    return tuple(
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("to", "for")
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() not in table("comment_noun")
    )


def _refusing_negation(verb: Token) -> bool:
    """The verb is negated under a modal of refusal ("would not", "will not", "won't", "would
    under no circumstances")."""
    return (any(c.dep_ == "neg" for c in verb.children) or emphatic_no(verb)) and any(
        c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in verb.children
    )


def emphatic_no(verb: Token) -> bool:
    """The verb is negated by a phrase of "no": "would under no circumstances hand over", "will
    on no account accept", "would in no case extradite" (a preposition whose object is
    determined by "no")."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("under", "on", "in", "at")
        and any(
            o.dep_ == "pobj"
            and o.lower_ != "time"  # ("would in no time capture": soon)
            and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
            for o in p.children
        )
        for p in verb.children
    )


def answer_refused(verb: Token) -> bool:
    """An answer refused for what is to come: "would not give a running commentary on", "will not
    go into details", "would not get into specifics", "refused to give any details" (the verb of
    giving, under a negated "will / would" or a verb of refusing)."""
    if verb.lemma_.lower() not in GIVING:
        return False
    # ("does not give a running commentary", "do not go into details": a standing rule of silence)
    habit = any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children
    )
    refused = (
        _refusing_negation(verb) or habit or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING)
    )
    if not refused:
        return False
    answers = table("answer_noun")
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("into", "in")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(t.lemma_.lower() in answers or t.lower_ in answers for t in things)


def refused_act(verb: Token, balking: Token | None = None) -> Token | None:
    """The refuser's verb when ``verb`` is a cooperative act refused (module doc): under "refused /
    declined to", "ruled out [doing]", a frame of balking (``balking``: its verb, found by the
    caller), or itself negated under "will / would"; not one's own course ("refused to resign") nor
    an act kept open ("did not rule out")."""
    lemma = verb.lemma_.lower()
    if lemma not in table("cooperative_act") or lemma in table("own_act") or verb.pos_ != "VERB":
        return None
    if balking is not None:
        return balking
    tolerating = tolerated_act(verb)
    if tolerating is not None:
        return tolerating
    head = verb.head
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children):
        return None  # "asked whether Egypt would rule out reopening it": a question, no refusal
    if verb.dep_ == "xcomp" and head.lemma_.lower() in REFUSING and head.i != verb.i:
        return head if not any(c.dep_ == "neg" for c in head.children) else None
    if (
        verb.dep_ in ("xcomp", "advcl", "pcomp")
        and verb.tag_ == "VBG"
        and head.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
        and not any(c.dep_ == "neg" for c in head.children)
        and head.dep_ != "xcomp"
    ):
        return head
    if (
        verb.dep_ in ("ROOT", "ccomp", "conj")
        and _refusing_negation(verb)
        and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    ):
        return verb
    return None


def tolerated_act(verb: Token) -> Token | None:
    """The verb of bearing, negated under "will / would", whose gerund ``verb`` is: "would not
    countenance recognising Kosovo", "would not hear of releasing the commander", "will not
    contemplate withdrawing its troops" (the act refused, a 12x by the subject); not "would not
    hear of it" (no act) nor a bearing not negated ("would consider sending troops")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "pcomp", "dobj", "pobj"):
        return None
    head = verb.head
    if verb.dep_ in ("pcomp", "pobj"):
        if head.dep_ != "prep" or head.lower_ not in ("of", "to"):
            return None
        head = head.head  # "would not hear of releasing"
    if head.pos_ != "VERB" or head.lemma_.lower() not in table("tolerating"):
        return None
    return head if _refusing_negation(head) else None

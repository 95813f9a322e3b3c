"""Events carried by a noun whose polarity the verb gives, whatever the verb, read on the parse.

The act lies in a noun of a class (relations, talks, aid, a proposal, a sentence, clemency) and
the verb or the verb's own object only says which way it goes:

- ended: "suspended relations with Costa Rica", "terminated its ties with Taipei", "broke off
  talks", "wound down aid", "walked / pulled out of the talks with Kosovo", "pulled the plug on its
  ties with Iran", "put an end to the talks" (161 relations, 164 talks, 162 aid, 160 cooperation);
- rejected: "struck down a Security Council draft", "shot down a Russian draft", "torpedoed the
  plan", "would have none of a Turkish proposal", "poured cold water on a Ukrainian plan" (120 upon
  the one whose proposal it was);
- restored: "resumed / normalised / mended ties with X" (050; talks resumed are talks held, the
  noun's own event);
- softened: "Tehran commuted his sentence", "reduced the death sentences of two maids" (081, the
  verb dictionary's code of clemency granted).

The verb is read as a class word ("sever", "suspend", "torpedo"), a verb with a particle of
lessening ("broke off", "wound down", "struck down"), a verb of leaving with the noun in its
"out of" / "from" phrase, or a light verb whose own object is a holder noun of ending or refusal
("the plug", "an end", "none", "cold water") with the noun in its preposition phrase.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

#: Noun classes of the act the verb turns: the lemma (and the plural the tagger leaves).
RELATION_NOUNS = frozenset({"relation", "relations", "tie", "ties", "link", "links", "contact", "contacts"})
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "dialog"})
MEDIATION_NOUNS = frozenset({"mediation"})
AID_NOUNS = frozenset({"aid", "assistance", "funding", "loan", "loans", "subsidy", "subsidies"})
COOPERATION_NOUNS = frozenset({"cooperation", "co-operation", "partnership", "exchange", "exchanges"})
PROPOSAL_NOUNS = frozenset(
    {"proposal", "plan", "offer", "initiative", "draft", "resolution", "request", "demand", "bid"}
    | {"overture", "idea", "motion", "suggestion", "proposition", "blueprint", "roadmap", "scheme"}
    | {"appeal", "call", "ultimatum", "deal", "compromise", "formula", "framework", "statement"}
    | {"declaration", "communique", "communiqué"}
)
SENTENCE_NOUNS = frozenset({"sentence", "sentences"})

#: Verbs that end or cut what they govern: "severed / suspended / froze / terminated relations".
ENDING_VERBS = frozenset(
    {"end", "sever", "cut", "break", "suspend", "terminate", "freeze", "halt", "stop", "cease"}
    | {"scrap", "cancel", "axe", "abandon", "downgrade", "rupture", "sunder", "curtail", "slash"}
    | {"discontinue", "abort", "quit", "ditch", "interrupt", "reduce", "scale", "wind", "sideline"}
)
#: Verbs that turn down what they govern: "torpedoed the plan", "spurned the offer".
REJECTING_VERBS = frozenset(
    {"reject", "rebuff", "spurn", "dismiss", "veto", "block", "scupper", "torpedo", "sink", "kill"}
    | {"nix", "scotch", "thwart", "snub", "repudiate", "shelve", "overrule", "bury", "derail"}
    | {"scuttle", "trash", "bin", "refuse", "decline", "defeat", "quash", "disown"}
)
#: Verbs whose particle of lowering or putting away turns a proposal down: "struck / shot / voted /
#: turned / knocked down", "threw / ruled out", "brushed / swept / waved aside".
DOWNING_VERBS = frozenset(
    {"strike", "shoot", "vote", "turn", "knock", "shout", "throw", "rule", "brush", "sweep", "wave"}
    | {"push", "kick", "toss", "cast", "bat", "swat", "slap"}
)
DOWNING_PARTICLES = frozenset({"down", "out", "aside", "away", "off"})
#: Particles of ending: "broke off", "called off", "wound down", "scaled back".
ENDING_PARTICLES = frozenset({"off", "down", "back"})
#: Verbs that bring back what they govern: "resumed / normalised / mended ties".
RESTORING_VERBS = frozenset(
    {"restore", "resume", "re-establish", "reestablish", "normalise", "normalize", "mend", "repair"}
    | {"revive", "reopen", "renew", "upgrade", "rebuild", "reinstate", "patch", "thaw"}
)
#: Verbs of leaving whose "out of" / "from" phrase names what they leave: "walked out of the talks".
LEAVING_VERBS = frozenset(
    {"walk", "pull", "storm", "withdraw", "bow", "exit", "quit", "drop", "step", "back", "opt", "break"}
    | {"retreat", "stalk", "flounce"}
)
#: Verbs that soften a sentence: "commuted his sentence", "reduced the death sentences of two maids".
SOFTENING_VERBS = frozenset({"commute", "reduce", "shorten", "halve", "lessen", "cut", "lighten"})
#: A light verb's own object that ends what its preposition phrase names: "pulled the plug on its
#: ties", "put an end to the talks", "called a halt to aid", "slammed the brakes on".
ENDING_HOLDERS = frozenset({"end", "stop", "halt", "plug", "brake", "brakes", "freeze", "curtain"})
#: ... and that turns it down: "would have none of", "poured cold water on", "gave short shrift to",
#: "slammed the door on", "put the kibosh on".
REFUSING_HOLDERS = frozenset({"none", "water", "shrift", "kibosh", "thumbs-down"})
#: Verbs that ask for or want a holder's act rather than doing it: "demanded an end to the talks".
ASKING_VERBS = frozenset(
    {"demand", "urge", "call", "want", "seek", "ask", "propose", "promise", "vow", "press", "plead"}
    | {"request", "suggest", "favour", "favor", "support", "back", "welcome", "expect", "predict"}
)
#: Verbs of ending that conclude talks rather than halt them: "ended their talks in Paris".
CONCLUDING_VERBS = frozenset({"end", "conclude", "finish", "close", "wrap"})
#: Prepositions a holder noun hands on to what it is about.
HOLDER_PREPS = frozenset({"on", "to", "of", "under"})

#: The code of a noun class turned each way.
END, REJECT, RESTORE, SOFTEN = "end", "reject", "restore", "soften"
CODES: dict[tuple[str, frozenset[str]], str] = {
    (END, RELATION_NOUNS): "161",
    (END, TALK_NOUNS): "164",
    (END, MEDIATION_NOUNS): "165",
    (END, AID_NOUNS): "162",
    (END, COOPERATION_NOUNS): "160",
    (REJECT, PROPOSAL_NOUNS): "120",
    (RESTORE, RELATION_NOUNS): "050",
    (RESTORE, COOPERATION_NOUNS): "050",
    (SOFTEN, SENTENCE_NOUNS): "081",
}
#: Every noun these frames read (the event module's trigger words).
NOUNS = frozenset().union(*(nouns for _, nouns in CODES))
#: Every word a frame may turn on as the noun's verb or holder.
CUES = (
    ENDING_VERBS
    | REJECTING_VERBS
    | DOWNING_VERBS
    | RESTORING_VERBS
    | LEAVING_VERBS
    | SOFTENING_VERBS
    | ENDING_HOLDERS
    | REFUSING_HOLDERS
)


class PolarFrame(NamedTuple):
    """A noun's act turned by its verb: the code, the verb whose subject acts, the polarity."""

    code: str
    verb: Token
    polarity: str


def _particle(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)


def _verb_polarities(verb: Token) -> tuple[str, ...]:
    """The ways ``verb`` may turn its direct object ("cut ties" ends them, "cut his sentence"
    softens it: the noun's class picks)."""
    lemma = verb.lemma_.lower()
    particle = _particle(verb)
    found: list[str] = []
    if lemma in RESTORING_VERBS:
        found.append(RESTORE)
    if lemma in SOFTENING_VERBS and particle is None:
        found.append(SOFTEN)
    if lemma in REJECTING_VERBS or (lemma in DOWNING_VERBS and particle in DOWNING_PARTICLES):
        found.append(REJECT)
    if lemma in ENDING_VERBS and (
        particle in ENDING_PARTICLES or (particle is None and lemma not in ("scale", "wind"))
    ):
        found.append(END)  # "severed ties", "broke off talks", "scaled back aid"
    elif particle == "off" and lemma == "call":
        found.append(END)  # "called off the talks"
    return tuple(found)


def _governor(noun: Token) -> tuple[Token, tuple[str, ...]] | None:
    """The verb that turns ``noun`` and the polarities it may give, or None."""
    dep = noun.dep_
    head = noun.head
    if dep in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        ways = _verb_polarities(head)
        return (head, ways) if ways else None
    if dep != "pobj":
        return None
    prep = head
    holder_verb = prep.head
    # "walked out of the talks", "pulled out from the deal": a verb of leaving
    if prep.lower_ in ("of", "from"):
        leaver = (
            holder_verb.head if holder_verb.lower_ == "out" and holder_verb.dep_ in ("prep", "prt") else None
        )
        leaver = leaver if leaver is not None else (holder_verb if prep.lower_ == "from" else None)
        if (
            leaver is None
            and prep.lower_ == "of"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in holder_verb.children)
        ):
            leaver = holder_verb  # ("pulled out of": "out" a particle of the verb)
        if leaver is not None and leaver.pos_ == "VERB" and leaver.lemma_.lower() in LEAVING_VERBS:
            return (leaver, (END,))
    if prep.lower_ not in HOLDER_PREPS:
        return None
    # "would have none of a proposal": the holder is the preposition's head
    if holder_verb.pos_ in ("NOUN", "PRON") and holder_verb.dep_ == "dobj":
        holder, verb = holder_verb, holder_verb.head
    elif holder_verb.pos_ in ("VERB", "AUX"):
        # "pulled the plug on its ties": the holder is the verb's own object beside the phrase
        verb = holder_verb
        found = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if found is None:
            return None
        holder = found
    else:
        return None
    word = holder.lemma_.lower()
    if verb.lemma_.lower() in ASKING_VERBS:
        return None  # "demanded an end to the talks": asked for, not done
    if word in ENDING_HOLDERS:
        return (verb, (END,))
    if word in REFUSING_HOLDERS:
        return (verb, (REJECT,))
    return None


def polar_frame(noun: Token) -> PolarFrame | None:
    """The act ``noun`` names, turned by the verb it hangs on: "suspended relations with X" (161),
    "struck down a draft" (120), "walked out of the talks" (164); None when no verb of a polarity
    governs it or the class has no code that way."""
    anchor = noun
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:  # "trade and diplomatic ties"
        anchor = anchor.head
    found = _governor(anchor)
    if found is None:
        return None
    verb, ways = found
    lemma = noun.lemma_.lower()
    if (lemma in TALK_NOUNS or noun.lower_ in TALK_NOUNS) and verb.lemma_.lower() in CONCLUDING_VERBS:
        return None  # "the two leaders ended their talks in Paris": talks held to their end
    for way in ways:
        for (turned, nouns), code in CODES.items():
            if turned == way and (lemma in nouns or noun.lower_ in nouns):
                return PolarFrame(code, verb, way)
    return None


#: Verbs that give someone a span of time to act: "gave France until the end of the month to
#: withdraw", "set Paris a 30-day deadline to pull out", "gave the envoy 72 hours to leave".
DEADLINE_VERBS = frozenset({"give", "set", "hand", "grant", "allow", "issue", "impose", "serve"})
#: Nouns of a span one is given: a deadline, or hours, days, weeks counted.
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})
SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "minute"})
#: Prepositions of the end of a span: "until Friday", "till the end of the month", "by June".
UNTIL_PREPS = frozenset({"until", "till", "by"})


def _to_act(tok: Token) -> bool:
    """Whether ``tok`` is a verb of "to + act" ("to withdraw its troops")."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def deadline_given(verb: Token) -> Token | None:
    """The one ``verb`` gives a span of time to act, with the act named: an ultimatum (139).
    "gave France until the end of the month to withdraw its troops", "set Paris a 30-day deadline
    to pull out", "gave the ambassador 72 hours to leave the country". None without the span, the
    act or someone given it ("gave him time to recover" names no deadline)."""
    if verb.lemma_.lower() not in DEADLINE_VERBS:
        return None
    children = list(verb.children)
    objects = [c for c in children if c.dep_ in ("dobj", "dative", "iobj")]
    spans = [
        o
        for o in objects
        if o.lemma_.lower() in DEADLINE_NOUNS
        or (o.lemma_.lower() in SPAN_NOUNS and any(c.dep_ == "nummod" or c.like_num for c in o.children))
    ]
    spans += [c for c in children if c.dep_ == "prep" and c.lower_ in UNTIL_PREPS and c.i > verb.i]
    if not spans:
        return None
    given = [o for o in objects if o not in spans and o.pos_ in ("PROPN", "NOUN", "PRON")]
    if not given:
        return None
    acts = [t for s in spans for t in s.subtree if _to_act(t)]
    acts += [c for c in children if c.dep_ in ("xcomp", "advcl", "ccomp") and _to_act(c)]
    acts += [c for g in given for c in g.children if c.dep_ in ("acl", "relcl") and _to_act(c)]
    if not acts:
        return None
    return given[0]

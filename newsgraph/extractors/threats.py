"""Threats as a structure (CAMEO 13x), read on the parse, driven by the tables of
``data/threat_words.tsv``.

A threat is the speaker's own side's hostile act to come, usually on a condition the other side
can meet: a clause said, told, warned or vowed whose subject is the speaker's side ("it", "we",
"Moscow" of a Russian minister, "its troops", "Russian missiles") with a modal or a frame of
readiness ("would / will / could ...", "was ready / prepared / poised to ...", "would not hesitate
to ...") and a hostile act ("flatten", "veto", "withhold funds", "cut ties", "set the region on
fire"), on a condition ("if / unless / once / in case ...", "should Israel strike", "in retaliation
for ...", "over ...", "any carrier that entered ...", "any attack by X"). The target is the one the
condition names, else the one the act would hit. A forecast by a commentator ("analysts said X
would strike if ...") threatens nothing, nor does a warning of a danger that is no act of the
speaker's ("warned that millions would face famine unless ..."), nor "threatened to resign".

Nominal threats: "dangled / brandished / raised the threat / spectre / prospect of X [over / against
Y] [if ...]", "held out the prospect of", "rattled sabres at", "all options were on the table if",
"vowed / promised a crushing response / merciless retaliation against any ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import kind_tables

#: The codes of the threat kinds of the table (``act`` rows): the act's threat.
FORCE_THREAT = "138"


def threat_words() -> dict[str, dict[str, str]]:
    """The tables of ``threat_words.tsv``: kind -> word -> code (empty code: the kind alone)."""
    return kind_tables("threat_words.tsv")


def table(kind: str) -> dict[str, str]:
    """One table of :func:`threat_words`."""
    return threat_words().get(kind, {})


MODALS = frozenset({"will", "would", "'ll", "shall", "could", "might", "may", "'d"})
#: Marks of a condition clause: "if Tokyo deploys", "unless Bogota accepts", "once it crosses".
CONDITION_MARKS = frozenset({"if", "unless", "once", "lest", "whenever"})
#: Auxiliaries that open an inverted condition: "should Israel strike", "were Kyiv to join".
INVERTED = frozenset({"should", "were", "had"})
#: Prepositions of the other side's act a hostile answer is to: "in retaliation for", "in response to".
ANSWER_NOUNS = frozenset({"retaliation", "response", "reprisal", "return", "revenge", "answer", "reaction"})
#: The one a brandished threat is held over: "over Japan", "against the Netherlands", "at Venezuela".
HELD_OVER = frozenset({"over", "against", "at", "on", "to", "towards", "toward"})


def condition_clauses(verb: Token) -> list[Token]:
    """The condition clauses of ``verb`` (its own and those of the clause it heads): "if X ...",
    "unless X ...", "should X ...", "were X to ...", "in case X ...", "in the event that X ..."."""
    out: list[Token] = []
    siblings = [c for c in verb.head.children if c.i > verb.i] if verb.dep_ == "ccomp" else []
    for c in siblings:
        # 'said they would "set the region on fire" should Israel strike ...': the parser hangs
        # an inverted condition after a quotation beside the clause, not in it
        first = min(c.subtree, key=lambda t: t.i)
        if c.dep_ in ("ccomp", "advcl") and first.lower_ in INVERTED and first.head.i == c.i:
            out.append(c)
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        marks = [m for m in c.children if m.dep_ == "mark"]
        if any(m.lower_ in CONDITION_MARKS for m in marks):
            out.append(c)
            continue
        first = min(c.subtree, key=lambda t: t.i)
        if first.lower_ in INVERTED and first.head.i == c.i and first.dep_ in ("aux", "auxpass"):
            out.append(c)  # "should the junta harm ...": an inverted condition
            continue
        if any(
            p.dep_ == "prep"
            and p.lower_ == "in"
            and any(o.lower_ in ("case", "event") for o in p.children if o.dep_ == "pobj")
            for p in c.children
        ):
            out.append(c)  # "in case Madrid resold the gas"
    return out


def answered_acts(verb: Token) -> list[Token]:
    """The other side's acts a hostile answer is to: "in retaliation for any new sanctions",
    "in response to X", "to any pre-emptive strike by South Korea", "against any carrier that
    entered ...", "any drone crossing ...", "any attempt at ..."; the noun phrases, heads."""
    out: list[Token] = []
    holders = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "dobj", "prt"))]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        for o in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ in ("in",) and o.lemma_.lower() in ANSWER_NOUNS:
                out += [
                    oo
                    for p in o.children
                    if p.dep_ == "prep" and p.lower_ in ("for", "to")
                    for oo in p.children
                    if oo.dep_ == "pobj"
                ]
            elif _any_phrase(o):
                out.append(o)
            elif prep.lower_ == "over" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in o.children):
                out.append(o)  # "would suspend the treaty over Madrid's stance": another's act
    out += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _any_phrase(c)]
    return out


def _any_phrase(noun: Token) -> bool:
    """ "any drone", "any US aircraft carrier that entered", "any attempt": a noun with "any"."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def ready_act(clause: Token) -> Token | None:
    """The act of a frame of readiness: "was ready / prepared / willing / poised to X", "stood
    ready to X", "would not hesitate to X"; None without one."""
    ready = table("ready")
    lemma = clause.lemma_.lower()
    holders = [clause]
    if lemma in ("be", "stand", "remain", "feel") or clause.pos_ == "AUX":
        holders += [c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in ready]
    elif lemma not in ready and clause.lower_ not in ready:
        if lemma in ("hesitate", "flinch", "shrink") and any(c.dep_ == "neg" for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "xcomp"), None)
        return None
    for h in holders:
        act = next((c for c in h.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if act is not None:
            return act
    return None


def modal(clause: Token) -> bool:
    """The clause tells an act to come: "would", "will", "could", "'ll"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in clause.children)


def hostile_code(act: Token) -> str | None:
    """The threat the act names, by the table of hostile acts: its lemma ("flatten": 138,
    "veto": 130, "withhold": 1311) or its lemma with its particle or object ("set ... on fire",
    "take measures", "use force", "cut ties"); None for an act no table names."""
    lemma = act.lemma_.lower()
    phrases = table("act_phrase")
    for c in act.children:
        key = f"{lemma} {c.lemma_.lower()}"
        if c.dep_ in ("prt", "dobj", "prep", "advmod") and key in phrases:
            return phrases[key]
        if c.dep_ in ("prep", "dobj"):
            for o in c.children:
                key = f"{lemma} {o.lemma_.lower()}"
                if o.dep_ in ("pobj", "prep") and key in phrases:
                    return phrases[key]
    acts = table("act")
    if lemma in acts:
        return acts[lemma] or "130"
    return None


def force_words(tokens: list[Token]) -> bool:
    """A word of military force among ``tokens``: "militarily", "nuclear", "crushing"."""
    force = table("force_word")
    return any(t.lemma_.lower() in force or t.lower_ in force for t in tokens)

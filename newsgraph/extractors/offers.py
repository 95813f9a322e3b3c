"""Offers told by their structure (CAMEO 03x), whatever the verb: read on the parse.

An offer is an actor's act to come for or toward another actor, put in a form that leaves the
other side free to take it up:

- a thing or people put at another's disposal or service, or made available to them: "put its
  diplomats at the disposal of the ELN", "its navy stood at Peru's disposal", "made its airfields
  available to NATO aircraft";
- an act promised on the other side's wish or request: "should Armenia and Azerbaijan need a
  venue, Kazakhstan will host ...", "if Kyiv asks for it, Poland will send engineers";
- a promise told to an addressee about what will be done for them, in any voice: "told flood
  victims that their homes would be rebuilt", "'Your wages will be paid,' X told the workers"
  (the clause names the addressee again: "their", "your", "them"; a forecast told to no one, or
  of things that are no one's, promises nothing);
- consent to let another act: "consented to let UN monitors return", "accepted to let observers
  monitor the truce", "gave its consent for inspectors to visit the site".

The act's own class (the verb dictionary's code) says which intent it is and keeps out hostile
acts ("if Kyiv asks, we will strike" is no offer): see ``EventExtractor._offer_code``.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of being at another's command: "at the disposal of", "at Peru's disposal", "at the
#: service of both governments".
DISPOSAL_NOUNS = frozenset({"disposal", "service", "command"})
#: Verbs of placing something (or oneself) at another's disposal: "put / placed / stood / is at".
PLACING = frozenset({"put", "place", "stand", "be", "remain", "keep", "make", "leave", "offer"})
#: Adjectives of a thing made available: "made its airfields available to NATO".
AVAILABLE = frozenset({"available", "accessible"})
#: Verbs that make a thing available: "made / put / kept / placed X available".
MAKING = frozenset({"make", "keep", "place", "put"})
#: Verbs of the other side's wish or request a conditional offer waits on: "should they wish to",
#: "if Kyiv asks for it", "whenever Ukraine needs it", "if invited".
WISHING = frozenset(
    {"wish", "want", "need", "ask", "request", "desire", "choose", "seek", "require", "invite", "like"}
    | {"decide", "agree", "prefer", "call"}
)
#: Marks of the clause of such a wish: "if", "should" (inverted), "whenever", "once", "when".
WISH_MARKS = frozenset({"if", "whenever", "once", "when", "should", "provided", "where"})
#: Modals of the act offered: "will host", "would send", "'ll provide", "shall", "stands ready".
OFFER_MODALS = frozenset({"will", "would", "'ll", "shall", "'d", "can", "could"})
#: Verbs of telling or assuring an addressee: "told the doctors that", "assured fishermen that".
TELLING = frozenset({"tell", "assure", "reassure", "promise", "inform", "guarantee", "pledge"})
#: Words by which a clause told names its addressee again: "their homes", "your wages", "them".
ADDRESSEE_WORDS = frozenset({"their", "them", "theirs", "your", "you", "yours"})
#: Modals of an act to come told to an addressee.
FUTURE = frozenset({"will", "would", "'ll", "shall", "'d"})
#: Verbs of assent whose "to"-infinitive of letting is consent: "consented to let", "accepted to
#: let", "approved letting" ("agreed to allow" is an intent verb's own, see ``specific_intent``).
ASSENTING = frozenset({"consent", "accept", "approve", "authorise", "authorize"})
#: Verbs of letting another act.
LETTING = frozenset({"let", "allow", "permit"})
#: Nouns of consent given: "gave its consent for inspectors to visit", "granted permission for".
CONSENT_NOUNS = frozenset({"consent", "permission", "go-ahead", "approval", "clearance", "blessing"})
#: Verbs that give consent: "gave / granted / extended its consent".
CONSENT_GIVING = frozenset({"give", "grant", "extend", "issue"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in tok.children)


def _objects(prep: Token) -> list[Token]:
    """The objects of a preposition with their conjuncts: "of the Colombian government and the ELN"."""
    out: list[Token] = []
    for o in prep.children:
        if o.dep_ in ("pobj", "pcomp"):
            out.append(o)
            out += list(o.conjuncts)
    return out


def at_disposal(noun: Token) -> tuple[Token, list[Token]] | None:
    """The verb that places something at another's disposal and the recipients: "put its
    diplomats at the disposal of the ELN" (put, [ELN]), "its navy stood at Peru's disposal"
    (stood, [Peru]), "placed its embassy at the service of both governments"; None for any other
    "disposal" or "service" ("waste disposal", "a church service", "in the service of")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at" or noun.head.dep_ != "prep":
        return None
    holder = noun.head.head
    if holder.pos_ not in ("VERB", "AUX") or holder.lemma_.lower() not in PLACING or _negated(holder):
        return None
    recipients = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    recipients += [c for c in recipients[:1] for c in c.conjuncts]
    recipients += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p)]
    if not recipients:
        return None
    return holder, recipients


def made_available(adj: Token) -> tuple[Token, list[Token]] | None:
    """The verb that makes a thing available and the recipients after "to" / "for": "made its
    airfields available to NATO aircraft" (made, [aircraft]); None without a verb of making or a
    recipient ("tickets are available online")."""
    if adj.dep_ not in ("oprd", "ccomp", "xcomp", "acomp", "advcl", "amod"):
        return None
    holder = adj.head
    if adj.dep_ == "amod":
        # "kept three airfields available to NATO": the parser hangs the adjective on the object
        if holder.dep_ != "dobj":
            return None
        holder = holder.head
    if holder.lemma_.lower() not in MAKING or _negated(holder):
        return None
    preps = [c for h in (adj, holder) for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    recipients = [o for p in preps for o in _objects(p)]
    if not recipients:
        return None
    return holder, recipients


def _inverted_should(verb: Token) -> bool:
    """ "should they wish to": an auxiliary "should" before the clause's subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return any(
        c.dep_ == "aux" and c.lower_ == "should" and (subj is None or c.i < subj.i) for c in verb.children
    )


def wished_offer(verb: Token) -> tuple[Token, Token | None] | None:
    """The act offered on another's wish, and the one who would wish it: "should Armenia and
    Azerbaijan need a venue, Kazakhstan will host ..." (host, Armenia), "if Kyiv asks for it,
    Poland will send engineers" (send, Kyiv); None when the act is not told as to come ("if
    Kyiv asked, Poland sent ...") or is denied."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in WISHING or _negated(verb):
        return None
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in WISH_MARKS for c in verb.children)
    if not marked and not _inverted_should(verb):
        return None
    main = verb.head
    if main.pos_ not in ("VERB", "AUX") or _negated(main):
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in main.children)
    if not modal:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "if a ceasefire was agreed": no one's wish
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return main, subj


def told_promise(verb: Token) -> tuple[Token, Token] | None:
    """The act promised and the addressee, when a verb of telling gives an addressee a clause of
    an act to come that names the addressee again: "told flood victims that their homes would be
    rebuilt" (rebuilt, victims), "'Your wages will be paid,' X told the workers" (paid, workers),
    "assured fishermen that compensation would reach them"; None for a forecast ("told reporters
    that prices would rise": no "their"), a denied act, or a clause of the past."""
    if verb.lemma_.lower() not in TELLING:
        return None
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")), None)
    if addressee is None:
        # "told striking doctors their arrears would be paid": the parser reads the participle
        # before the addressee as a clause of the verb, the addressee as its object
        addressee = next(
            (
                o
                for x in verb.children
                if x.dep_ == "xcomp" and x.tag_ == "VBG" and x.i == verb.i + 1
                for o in x.children
                if o.dep_ == "dobj"
            ),
            None,
        )
    if addressee is None:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        clauses.append(verb.head)  # "'Your wages will be paid,' X told the workers"
    for clause in clauses:
        if clause.pos_ not in ("VERB", "AUX") or _negated(clause):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in clause.children):
            continue
        if any(c.dep_ == "xcomp" and c.lemma_.lower() == "have" for c in clause.children) or (
            clause.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in clause.children)
        ):
            continue  # "voters would have to decide": what others must do, no promise
        if _named_again(clause, addressee):
            return clause, addressee
    return None


def _named_again(clause: Token, addressee: Token) -> bool:
    """Whether the clause names the addressee in one of its own roles: the owner of its subject
    or object ("their homes would be rebuilt", "your wages will be paid"), or its object or the
    one it is for ("compensation would reach them", "rebuilt for them"); not a word deep inside
    ("which party best deserves their trust")."""
    if addressee.lemma_.lower() in AUDIENCES:
        return False  # "told voters / activists / reporters that ...": campaign talk, no promise
    roles = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    roles += [
        o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("for", "to") for o in p.children
    ]
    for role in roles:
        if role.lower_ in ADDRESSEE_WORDS and role.dep_ != "nsubj":
            return True
        if any(c.dep_ == "poss" and c.lower_ in ADDRESSEE_WORDS for c in role.children):
            return True
    return False


#: Audiences told things in speeches and campaigns, whose "their" is no promise to them: "told
#: voters that their trust ...", "told activists", "told reporters", "told MPs".
AUDIENCES = frozenset(
    {"voter", "activist", "supporter", "delegate", "reporter", "journalist", "audience", "crowd"}
    | {"mp", "mps", "peer", "conference", "listener", "viewer", "reader", "member", "faithful"}
    | {"party", "rally", "parliament", "press", "interviewer", "broadcaster", "newspaper"}
)


def consented_letting(verb: Token) -> tuple[Token, Token] | None:
    """The verb of assent and the verb of letting, for consent to let another act: "consented to
    let UN monitors return" (consented, let), "accepted to let observers monitor the truce",
    "approved letting trucks cross"; None when denied or refused."""
    if verb.lemma_.lower() not in LETTING or verb.dep_ not in ("xcomp", "pcomp", "dobj") or _negated(verb):
        return None
    head = verb.head
    if head.lower_ in ("to", "of") and head.dep_ == "prep":
        head = head.head
    if head.lemma_.lower() not in ASSENTING or _negated(head):
        return None
    return head, verb


def given_consent(noun: Token) -> tuple[Token, Token] | None:
    """The verb that gives consent and the "for" object it is for: "gave its consent for IAEA
    inspectors to visit the site" (gave, inspectors); None for consent withheld or asked for."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in CONSENT_GIVING or _negated(noun.head):
        return None
    for p in (c for c in (*noun.children, *noun.head.children) if c.dep_ == "prep" and c.lower_ == "for"):
        for o in p.children:
            if o.dep_ == "pobj":
                return noun.head, o
    for clause in (c for c in (*noun.children, *noun.head.children) if c.dep_ in ("advcl", "acl", "relcl")):
        # "gave its consent for IAEA inspectors to visit": the parser's clause of "for ... to"
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return noun.head, subj
    return None


def permitted_party(let: Token) -> list[Token]:
    """Who is let act: the object or the subject of the clause let ("let UN monitors return")."""
    out = [c for c in let.children if c.dep_ in ("dobj", "nsubj")]
    out += [s for c in let.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return out


#: Verbs that put a proposal before others whatever it is: "submitted / presented / tabled / put /
#: laid / floated / pitched X to / before Y" (a noun that names an act is then a proposal).
PUTTING_BEFORE = frozenset(
    {"submit", "present", "table", "put", "lay", "float", "pitch", "circulate", "forward", "propose"}
    | {"moot", "broach", "place", "bring", "unveil", "outline"}
)
#: Verbs that carry things as well as proposals ("sent aid to", "handed a letter to"): a proposal
#: only for a noun that is a plan, a truce, a swap or a named intent.
CARRYING = frozenset({"send", "hand", "deliver", "transmit", "convey", "relay", "give", "offer", "extend"})
#: Prepositions of the ones a proposal is put to: "to the two sides", "before Arab ministers".
PUT_TO = frozenset({"to", "before", "among", "with"})
#: Nouns of the parties a proposal is put to when no actor is named: "the two sides", "both
#: camps", "the negotiators", "the rival generals".
PARTY_NOUNS = frozenset(
    {"side", "party", "camp", "faction", "negotiator", "envoy", "mediator", "delegation", "general"}
    | {"leader", "government", "minister", "belligerent", "rival"}
)
#: Participles of making a proposal whose "by" names its author: "drawn up / devised / worked out by".
AUTHORED = frozenset(
    {"draw", "devise", "work", "draft", "craft", "design", "conceive", "prepare", "write", "formulate"}
    | {"broker", "propose", "put", "hammer", "develop", "author", "sponsor", "back", "float"}
)


def delivered_proposal(verb: Token) -> tuple[Token, list[Token], Token | None] | None:
    """The thing put before others by ``verb``, the ones it is put to, and its author's word:
    "Turkey put a prisoner swap to the two sides" (swap, [sides], Turkey), "a 30-day moratorium
    on attacks, devised by X, was submitted to Russian and Ukrainian envoys" (moratorium,
    [envoys], X), "Egypt laid a plan before Arab League ministers", "Indonesia sent Myanmar's
    junta a proposal for a corridor", "Norway tabled an exchange of prisoners between Colombia
    and the ELN" (the parties between whom); None when denied or with no thing."""
    lemma = verb.lemma_.lower()
    if lemma not in PUTTING_BEFORE and lemma not in CARRYING:
        return None
    if _negated(verb) or any(c.dep_ == "prt" for c in verb.children):
        return None  # ("put forward", "laid out", "drew up": a proposal of the plan tables)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    theme = next(
        (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") and c.pos_ == "NOUN"),
        None,
    )
    made_by: list[Token] = []
    if theme is None and passive and verb.dep_ == "conj" and verb.head.lemma_.lower() in AUTHORED:
        # "a cap on oil prices, worked out by X, was put before G7 ministers": the parser makes
        # the participle the main verb and the putting its conjunct
        theme = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        made_by = [c for c in verb.head.children if c.dep_ == "agent"]
    if theme is None or theme.pos_ != "NOUN":
        return None
    # (or on the thing, a state only: "presented a fisheries arrangement to Indonesia"; not "an
    # amendment to the bill")
    recipients = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in PUT_TO for o in _objects(p)]
    recipients += [
        o
        for p in theme.children
        if p.dep_ == "prep" and p.lower_ in ("to", "before")
        for o in _objects(p)
        if o.ent_type_ in ("GPE", "NORP")
    ]
    recipients += [c for c in verb.children if c.dep_ in ("dative", "iobj")]
    # ("laid a plan before Arab League ministers to rebuild Gaza": the parser reads "before" as
    # opening a clause whose subject is the ones it is put before)
    recipients += [
        s
        for a in verb.children
        if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in a.children)
        for s in a.children
        if s.dep_ == "nsubj"
    ]
    recipients += [c for d in verb.children if d.dep_ in ("dative", "iobj") for c in d.conjuncts]
    if not recipients and lemma in ("table", "propose", "float", "moot", "circulate", "broach"):
        # "tabled an exchange of prisoners between Colombia and the ELN": the parties between whom
        recipients = [
            o for p in theme.subtree if p.dep_ == "prep" and p.lower_ == "between" for o in _objects(p)
        ]
    author: Token | None = None
    if passive:
        by = [c for c in verb.children if c.dep_ == "agent"] + made_by
        by += [
            c
            for a in theme.subtree
            if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in AUTHORED and a.i < verb.i
            for c in a.children
            if c.dep_ == "agent"
        ]
        author = next((o for b in by for o in b.children if o.dep_ == "pobj"), None)
        if author is None:
            author = next(
                (c for c in theme.children if c.dep_ in ("poss", "amod") and c.pos_ in ("PROPN", "ADJ")), None
            )
            if author is not None and author.pos_ == "ADJ" and author.ent_type_ not in ("NORP", "GPE"):
                author = None  # ("a Turkish proposal": its author; "a new proposal": none)
    else:
        author = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return theme, recipients, author

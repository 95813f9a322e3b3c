"""Light verbs and resultatives whose meaning lies in a noun or a result word, read on the parse.

- A light verb with a noun of words said: the noun's class decides the code, the verb's side
  decides who said them. Giving verbs ("gave Algeria a stern rebuke", "handed Ghana glowing
  reviews", "delivered a tongue-lashing to Russia") make their subject the speaker and the one
  given to the target; receiving verbs ("won high marks from the ADB", "Kenya's handling earned
  warm words from X") make the "from" phrase the speaker and the subject, or the owner of the
  subject's act, the target. The noun is coded by the verb dictionary when it is a verb's own noun
  ("a rebuke", "a commendation": the code of "rebuke", "commend"), else by a few speech nouns that
  are no verb ("plaudits", "an earful", "condolences"), else, for a noun of an assessment ("marks",
  "grades", "reviews", "words"), by the valence of its modifiers ("top", "glowing": 051; "failing",
  "scathing": 111). "NOUN of NOUN" is read by its inner noun ("a barrage of criticism").
- A noun of words with its speaker and its addressee ("an apology from Japan to South Korea"),
  whatever the verb it hangs on.
- Blame placed: "pinned the blame for X on Y", "placed responsibility on Y", "put X at the door of
  Y" (112 upon Y).
- Resultatives: a person left free by the verb's result word ("set four prisoners free", "turned
  them loose", "let the tourists go": 0841), or sent away ("sent the consul packing", "sent three
  diplomats home", "kicked the ambassador out of the country": 174), whatever the verb.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

#: Verbs that give words to someone: the subject speaks, the one given to is the target.
GIVING = frozenset(
    {"give", "hand", "pay", "offer", "extend", "award", "send", "deliver", "heap", "shower", "lavish"}
    | {"bestow", "express", "convey", "issue", "unleash", "launch", "direct", "level", "hurl", "mete"}
    | {"dish", "administer", "accord", "grant", "reserve", "pour", "lodge"}
)
#: Verbs whose subject receives words from another: the "from" phrase speaks.
GETTING = frozenset(
    {"win", "draw", "earn", "receive", "get", "attract", "incur", "garner", "gain", "reap", "collect"}
    | {"score", "net", "elicit", "provoke", "prompt", "trigger", "spark", "face", "suffer", "take"}
    | {"bring", "invite", "secure", "obtain", "court", "meet"}
)
#: Speech nouns that are no verb of the dictionary, with their code.
SPEECH_NOUNS: dict[str, str] = {
    **dict.fromkeys(("plaudit", "plaudits", "accolade", "kudos", "tribute", "acclaim", "applause"), "051"),
    **dict.fromkeys(("congratulation", "congratulations", "felicitation", "felicitations"), "051"),
    **dict.fromkeys(("earful", "tongue-lashing", "dressing-down", "telling-off", "ticking-off"), "111"),
    **dict.fromkeys(
        ("flak", "brickbat", "brickbats", "broadside", "tirade", "diatribe", "opprobrium"), "111"
    ),
    **dict.fromkeys(("condolence", "condolences", "sympathy", "sympathies"), "018"),
    **dict.fromkeys(("apology", "apologies", "regret", "regrets"), "055"),
}
#: Nouns of an assessment whose modifiers tell whether it praises or criticises.
ASSESSMENT_NOUNS = frozenset(
    {"mark", "marks", "grade", "grades", "review", "reviews", "word", "words", "rating", "ratings"}
    | {"notice", "notices", "verdict", "assessment", "report", "appraisal", "score", "scores", "feedback"}
)
#: Modifiers of an assessment the valence table does not weigh: "top marks", "failing grades".
GOOD_MARKS = frozenset({"top", "high", "glowing", "warm", "rave", "ringing", "full", "kind", "flying"})
BAD_MARKS = frozenset({"failing", "low", "poor", "harsh", "damning", "scathing", "withering", "bad"})
BAD_MARKS = BAD_MARKS | {"stinging", "blistering", "dismal", "stern", "sharp", "fierce", "strong"}
#: Holder nouns read by the noun of their "of" phrase: "a barrage of criticism", "words of praise".
HOLDERS = frozenset(
    {"barrage", "storm", "wave", "torrent", "chorus", "volley", "fusillade", "salvo", "stream", "flurry"}
    | {"word", "words", "message", "expression", "note", "letter", "statement", "show", "gesture", "token"}
)
#: Codes a noun of words may carry here: praise, apology, forgiveness (05x), sympathy (018),
#: criticism and accusation (11x).
WORD_ROOTS = ("051", "055", "056", "018", "110", "111", "112")
#: Codes a noun made from a verb of the dictionary carries here: praise, criticism, apology (not
#: 110, "three suspects"; nor 112, "the charges", read by their own rules).
VERB_NOUN_CODES = frozenset({"051", "111", "055"})
#: Nouns of things that verbs of words spell: "won a prize", "did him a favour", "gave a lecture".
THING_NOUNS = frozenset(
    {"prize", "reward", "favour", "favor", "honour", "honor", "brand", "admiral", "lecture", "respect"}
    | {"cheer", "hail", "mock", "esteem", "recognition", "blessing", "encouragement", "inspiration"}
)
#: Verbs that place blame: "pinned / laid / placed / put / heaped / shifted the blame on".
PLACING = frozenset({"pin", "lay", "place", "put", "heap", "shift", "cast", "squarely"})
#: Nouns of blame placed on someone.
BLAME_NOUNS = frozenset({"blame", "responsibility", "fault", "guilt", "onus", "culpability"})
#: Nouns of the place blame is left at: "at the door of Y", "at Y's doorstep", "at the feet of Y".
DOOR_NOUNS = frozenset({"door", "doorstep", "feet", "foot", "gate", "gates"})
#: Result words of a release and of an expulsion.
FREED = frozenset({"free", "loose"})
SENT_AWAY = frozenset({"packing", "home"})
#: Verbs whose object a result word "free" / "loose" leaves free: "set / turned / let / cut X free".
RELEASING = frozenset({"set", "turn", "let", "cut", "break", "spring", "walk", "release"})
#: Words whose presence in a document cues these frames (a cheap test before the walk).
CUES = (
    frozenset(SPEECH_NOUNS) | ASSESSMENT_NOUNS | BLAME_NOUNS | DOOR_NOUNS | FREED | SENT_AWAY | {"go", "out"}
)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _signed(tok: Token, table: Mapping[str, float]) -> int:
    """+1 / -1 / 0: whether the modifiers of an assessment noun praise or criticise."""
    score = 0.0
    mods = list(tok.children)
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head.i == tok.i - 1:
        mods.append(tok.head)  # "handed Ghana glowing reviews": the adjective parsed as a verb
    for c in mods:
        if c.dep_ not in ("amod", "compound", "nummod", "advmod") and c.i != tok.head.i:
            continue
        word = c.lower_
        if word in GOOD_MARKS:
            score += 2.0
        elif word in BAD_MARKS:
            score -= 2.0
        else:
            score += table.get(word, 0.0)
        if any(g.dep_ == "neg" for g in c.children):
            score = -score
    return 1 if score >= 0.9 else -1 if score <= -0.9 else 0


def noun_code(noun: Token, verb_codes: Mapping[str, str], table: Mapping[str, float]) -> str | None:
    """The code of words a noun names (see the module's doc), or None."""
    lemma, form = noun.lemma_.lower(), noun.lower_
    i = noun.i
    doc = noun.doc
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        form = f"{doc[i - 2].lower_}-{form}"  # "a dressing-down", "a tongue-lashing"
        lemma = form
    if lemma in ASSESSMENT_NOUNS or form in ASSESSMENT_NOUNS:
        sign = _signed(noun, table)
        return "051" if sign > 0 else "111" if sign < 0 else None
    code = SPEECH_NOUNS.get(form) or SPEECH_NOUNS.get(lemma)
    if code is None and lemma not in THING_NOUNS and not any(c.dep_ == "nummod" for c in noun.children):
        code = verb_codes.get(lemma)  # ("handed three suspects over": people, no act of words)
        code = code if code in VERB_NOUN_CODES else None
    if code is not None and code.startswith(WORD_ROOTS):
        return code
    return None


def words_noun(noun: Token) -> Token:
    """The noun that stands in the clause for ``noun``: its holder ("a barrage of criticism",
    "words of praise"), else itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in HOLDERS:
        return noun.head.head
    return noun


def light_roles(noun: Token) -> tuple[str, Token, list[Token], list[Token]] | None:
    """("give" | "get", verb, speakers, addressees) for words ``noun`` names as a light verb's
    object (the noun or its holder), or None. Speakers and addressees are the noun phrases."""
    node = words_noun(noun)
    if node.dep_ != "dobj" or node.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = node.head
    if verb.tag_ == "VBG" and verb.i == node.i - 1 and verb.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
        verb = verb.head  # "handed Ghana glowing reviews": "glowing" parsed as a verb of its own
    lemma = verb.lemma_.lower()
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if lemma in GIVING:
        addressees = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        addressees += _prep_objects(verb, ("to", "on", "upon", "at", "toward", "towards"))
        addressees += [o for c in verb.children if c.dep_ == "dative" and c.pos_ == "ADP" for o in c.children]
        addressees += _prep_objects(node, ("to", "on", "upon", "at", "against"))
        if node.i != noun.i:  # ("a fusillade of criticism at X": the phrase hung on the inner noun)
            addressees += _prep_objects(noun, ("at", "against", "on", "upon"))
        # ("handed Ghana glowing reviews": the one given to parsed as an object)
        addressees += [c for c in verb.children if c.dep_ == "dobj" and c.i != node.i and c.pos_ == "PROPN"]
        # ("gave Romania terrible grades": the one given to parsed as the noun's modifier)
        addressees += [
            c for c in node.children if c.dep_ in ("nmod", "poss") and c.pos_ == "PROPN" and c.i < node.i
        ]
        if subj is None or not addressees:
            return None
        return "give", verb, [subj], addressees
    if lemma in GETTING:
        speakers = _prep_objects(verb, ("from",)) + _prep_objects(node, ("from",))
        if subj is None or not speakers:
            return None
        return "get", verb, speakers, [subj]
    return None


def addressed_words(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """The speakers and addressees of a noun of words with both named in its own phrases: "an
    apology from Japan to South Korea", "an expression of regret from Belgium to Congo"."""
    node = words_noun(noun)
    speakers = _prep_objects(node, ("from",))
    addressees = _prep_objects(node, ("to",))
    if node.i != noun.i:
        speakers += _prep_objects(noun, ("from",))
        addressees += _prep_objects(noun, ("to",))
    for prep in (*node.children, *noun.children):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            addressees += _prep_objects(prep, ("to",))  # ("from X to Y": "to" hung on "from")
    if speakers and addressees:
        return speakers, addressees
    return None


def placed_blame(tok: Token) -> tuple[Token, list[Token]] | None:
    """The placing verb and the ones blame is placed on, for ``tok`` a blame noun or a door noun:
    "pinned the blame for the shooting on Kosovo", "placed responsibility squarely on Azerbaijan",
    "put the bombing at the door of India", "laid the attack at Moscow's door"."""
    lemma = tok.lemma_.lower()
    if lemma in DOOR_NOUNS:
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ != "VERB":
            return None
        verb = prep.head
        if verb.lemma_.lower() not in PLACING or not any(c.dep_ == "dobj" for c in verb.children):
            return None
        owners = _prep_objects(tok, ("of",)) + [
            c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"
        ]
        return (verb, owners) if owners else None
    if lemma not in BLAME_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in PLACING:
        return None
    verb = tok.head
    on = _prep_objects(verb, ("on", "upon", "onto"))
    if not on:
        for c in verb.subtree:  # ("the blame for the shooting on Kosovo": the parse's attachment)
            if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i > tok.i:
                on = [o for o in c.children if o.dep_ == "pobj"]
    return (verb, on) if on else None


def pinned_act(verb: Token, bad: frozenset[str]) -> list[Token] | None:
    """For "pin", whose object is no blame noun: the ones an act is pinned on, "pinned the sinking of
    the ship on Russia" (the object a noun of an act or a harm in ``bad``)."""
    if verb.lemma_.lower() != "pin":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in bad:
        return None
    on = _prep_objects(verb, ("on", "upon")) + _prep_objects(obj, ("on", "upon"))
    return on or None


def resultative(tok: Token) -> tuple[str, Token, Token] | None:
    """(code, verb, person) for a result word that frees or sends away the verb's object: "set
    four prisoners free", "turned them loose", "let the tourists go" (0841); "sent the consul
    packing", "sent three diplomats home", "kicked the ambassador out of the country" (174). The
    result word is read after the object in the verb's phrase, however the parse hangs it."""
    lemma = tok.lower_
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is None or tok.i < verb.i or tok.i - verb.i > 12:
        return None
    if tok.dep_ == "amod" and tok.head.i > tok.i:
        return None  # "gave the prisoners free meals"
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and tok.dep_ in ("ccomp", "xcomp"):
        obj = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "let [the tourists go]"
    if obj is None or obj.i > tok.i:
        return None
    vlemma = verb.lemma_.lower()
    if lemma in FREED and vlemma in RELEASING:
        return "0841", verb, obj
    if lemma == "go" and tok.lemma_ == "go" and vlemma == "let" and tok.dep_ in ("ccomp", "xcomp"):
        if any(c.dep_ in ("dobj", "advmod", "prt") for c in tok.children) or any(
            c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
            for c in tok.children
        ):
            return None  # "let the talks go ahead", "let them go to Geneva"
        return "0841", verb, obj
    if lemma == "packing" and vlemma in ("send",):
        return "174", verb, obj
    if lemma == "home" and tok.dep_ == "advmod" and vlemma in ("send", "ship", "fly", "pack", "order"):
        return "174", verb, obj
    if lemma == "out" and vlemma in ("kick", "throw", "boot", "turf", "order", "send", "hound", "chase"):
        country = [o for o in _prep_objects(tok, ("of",)) if o.lemma_.lower() in ("country", "nation")]
        if country:
            return "174", verb, obj
    return None


def subject_of(verb: Token) -> Token | None:
    """A verb's subject, or its head's when it is a conjunct with none ("... and pinned it on Y")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


#: Results a resultative frame reads ("set free", "turned loose", "let go", "sent packing / home",
#: "kicked out of the country").
RESULTS = FREED | SENT_AWAY | {"go", "out"}
#: Nouns of things given, not words, though a verb of words spells them ("support", "aid").
MATERIAL = frozenset({"support", "backing", "help", "aid", "assistance", "credit", "hand", "word", "nod"})
#: Nouns of harm one may pin on someone besides those of the dictionary's verbs of force.
HARM_NOUNS = frozenset(
    {"attack", "sinking", "bombing", "explosion", "blast", "shooting", "killing", "crash", "cyberattack"}
    | {"hack", "leak", "breach", "death", "deaths", "massacre", "outage", "sabotage", "fire", "murder"}
)

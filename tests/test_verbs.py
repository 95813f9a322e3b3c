"""The CAMEO verb dictionary: its converter (tools/build_verbs.py), the shipped data, and
the pattern matcher on hand-built parses (no model) and on the real pipeline."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from paths import SHARED
from spacy.tokens import Doc

from newsgraph.extractors.lexicon import _content_lines, data_lines
from newsgraph.extractors.verbs import VerbDictionary, parse_code, read_verbs, verb_dictionary

ROOT = Path(__file__).resolve().parent.parent
SOURCE = SHARED / "petrarch" / "CAMEO.2.0.txt"

_spec = importlib.util.spec_from_file_location("build_verbs", ROOT / "tools" / "build_verbs.py")
assert _spec is not None
assert _spec.loader is not None
build_verbs = importlib.util.module_from_spec(_spec)
sys.modules["build_verbs"] = build_verbs  # dataclasses look their module up there
_spec.loader.exec_module(build_verbs)

# A small dictionary in PETRARCH's format, written for these tests: one block with a
# pattern of every shape, and the things the converter must leave out.
SNIPPET = """\
# a comment line
&WEAPON
# a comment inside a synonym set
+GUN
+ROCKET_LAUNCHER

&CEASEFIRE_
+TRUCE
+CEASE_FIRE

####### VERB PATTERNS #######

---  HALT   [---]  ---
HALT  # a verb with a comment
+CALL_OFF [160]
STOP {STOPS STOPPING STOPPED }
SEIZE [171]
- * TALKS                                   [160]   # HALT
- EMBASSY *                                 [161]
- &WEAPON *                                 [192]
- * (WITH WARNING)                          [012]
- * {BORDER CROSSING}                       [160]
- * &CEASEFIRE                              [196]
- * BASE                                    [---]
- * VISIT                                   [042:043]
- * RECOGNITION (FROM) +                    [:054]
- * SANCTION                                [0351]
- * SANCTIONS                               [085]
- * (TO LIST) (OF {BANNED PARTIES})         [1722]
- * &UNDEFINED                              [160]
- * TANKS                                   [999]
- * (WITH)                                  [040]

---  DELAY   [120]---  ---
DELAY
"""

CODES = frozenset(
    {"012", "040", "042", "043", "054", "0351", "085", "120", "160", "161", "171", "192", "196", "1722"}
)


def converted() -> tuple[str, build_verbs.Dictionary]:
    parsed = build_verbs.parse(SNIPPET, CODES)
    return build_verbs.render(parsed, "snippet"), parsed


def snippet_dictionary() -> VerbDictionary:
    return read_verbs(_content_lines(converted()[0]))


# -- the converter -------------------------------------------------------------------------
def test_converter_writes_synonym_sets_blocks_and_patterns() -> None:
    text, _ = converted()
    rows = [line.split("\t") for line in _content_lines(text)]
    assert ["S", "weapon", "gun rocket+launcher"] in rows
    assert ["S", "ceasefire", "truce cease+fire"] in rows
    assert ["B", "halt", "---", "halt call_off=160 stop seize=171"] in rows
    assert ["B", "delay", "120", "delay"] in rows  # "[120]---" in the block line
    patterns = [r[2:] for r in rows if r[0] == "P"]
    assert ["", "talks", "", "160"] in patterns  # object
    assert ["embassy", "", "", "161"] in patterns  # subject
    assert ["", "", "with:warning", "012"] in patterns  # preposition phrase
    assert ["", "border+crossing", "", "160"] in patterns  # compound
    assert ["", "&ceasefire", "", "196"] in patterns  # synonym set
    assert ["", "base", "", "---"] in patterns  # no event
    assert ["", "visit", "", "042:043"] in patterns
    assert ["", "recognition", "from:", ":054"] in patterns  # actor marker "+" dropped
    assert ["", "", "to:list of:banned+parties", "1722"] in patterns


def test_converter_keeps_the_licence_and_counts_what_it_leaves_out() -> None:
    text, parsed = converted()
    assert "The MIT License (MIT)" in text
    assert "Copyright (c) 2015 Open Event Data Alliance" in text
    assert parsed.skipped["pattern with an undefined synonym set"] == 1
    assert parsed.skipped["pattern with an unknown code"] == 1
    assert "tanks" not in text
    assert "undefined" not in text


def test_a_block_named_again_adds_to_the_first() -> None:
    # the converter's supplement adds verbs and patterns to the source's blocks this way
    more = "---  HALT   [---]  ---\n+HAND_OVER\n- * MEDICINE [073]\n"
    parsed = build_verbs.parse(more, CODES | {"073"}, build_verbs.parse(SNIPPET, CODES))
    halt = next(b for b in parsed.blocks if b.name == "halt")
    assert "hand_over" in halt.verbs
    assert "halt" in halt.verbs
    assert [p.obj for p in halt.patterns][-1] == ["medicine"]
    assert sum(b.name == "halt" for b in parsed.blocks) == 1


def test_a_supplement_pattern_of_the_same_words_replaces_the_sources() -> None:
    # ("found guilty" is a verdict, 116, where the source has an arrest, 173)
    more = "---  HALT   [---]  ---\n- * TALKS [040]\n- * TALKS (WITH) [042]\n"
    parsed = build_verbs.parse(more, CODES, build_verbs.parse(SNIPPET, CODES))
    halt = next(b for b in parsed.blocks if b.name == "halt")
    talks = [(p.preps, p.code) for p in halt.patterns if p.obj == ["talks"]]
    assert talks == [([], "040"), (["with:"], "042")]
    # the source alone keeps both of its own patterns with the same words (the first wins a match)
    twice = build_verbs.parse(SNIPPET + "- * TALKS [040]\n", CODES)
    assert [p.code for b in twice.blocks for p in b.patterns if p.obj == ["talks"]] == ["160", "040"]


def test_codes_read_as_the_subject_acting_or_reversed() -> None:
    assert parse_code("0841") == ("0841", False)
    assert parse_code("042:043") == ("042", False)
    assert parse_code(":054") == ("054", True)
    assert parse_code("---") == (None, False)


# -- the matcher on hand-built parses ------------------------------------------------------
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case) for hand-built Docs


def parse(spec: str) -> Doc:
    """'word/lemma/POS/dep/head ...' -> a Doc; head is an absolute index, and a
    four-part item 'word/POS/dep/head' has the lower-cased word as its lemma."""
    words, lemmas, pos, deps, heads = [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        if len(parts) == 4:
            parts.insert(1, parts[0].lower())
        w, lemma, p, dep, head = parts
        words.append(w)
        lemmas.append(lemma)
        pos.append(p)
        deps.append(dep)
        heads.append(int(head))
    return Doc(VOCAB, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads)


def code_of(spec: str) -> tuple[str | None, int]:
    """The code and specificity the snippet gives the spec's verb."""
    found = snippet_dictionary().match(next(t for t in parse(spec) if t.pos_ == "VERB"))
    assert found is not None
    return found.code, found.specificity


REBELS = "Rebels/rebel/NOUN/nsubj/1 "
HALTED = REBELS + "halted/halt/VERB/ROOT/1 "


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        pytest.param(HALTED + "the/DET/det/3 talks/talk/NOUN/dobj/1", "160", id="object"),
        pytest.param(
            "Talks/talk/NOUN/nsubjpass/2 were/be/AUX/auxpass/2 halted/halt/VERB/ROOT/2",
            "160",
            id="passive-object",
        ),
        pytest.param(
            "The/DET/det/1 embassy/NOUN/nsubj/2 halted/halt/VERB/ROOT/2 work/NOUN/dobj/2",
            "161",
            id="subject",
        ),
        pytest.param(
            HALTED + "with/ADP/prep/1 a/DET/det/4 warning/NOUN/pobj/2",
            "012",
            id="preposition",
        ),
        pytest.param(
            HALTED + "the/DET/det/4 border/NOUN/compound/4 crossing/NOUN/dobj/1",
            "160",
            id="compound",
        ),
        pytest.param(HALTED + "the/DET/det/3 truce/NOUN/dobj/1", "196", id="synset"),
        pytest.param(
            REBELS + "halted/halt/VERB/ROOT/1 the/DET/det/4 cease/NOUN/compound/4 fire/NOUN/dobj/1",
            "196",
            id="synset-two-words",
        ),
        pytest.param(HALTED + "the/DET/det/3 base/NOUN/dobj/1", None, id="no-event"),
        pytest.param(
            REBELS + "called/call/VERB/ROOT/1 off/ADP/prt/1 the/DET/det/4 strike/NOUN/dobj/1",
            "160",
            id="phrasal-verb",
        ),
        pytest.param(
            HALTED + "the/DET/det/3 visit/NOUN/dobj/1",
            "042",
            id="two-codes",
        ),
        pytest.param(
            HALTED + "sanctions/sanction/NOUN/dobj/1",
            "085",
            id="word-as-written-first",
        ),
        pytest.param(
            HALTED + "the/DET/det/3 sanction/NOUN/dobj/1",
            "0351",
            id="singular",
        ),
        pytest.param(
            HALTED + "the/DET/det/3 program/NOUN/dobj/1",
            None,
            id="block-default",
        ),
        pytest.param(REBELS + "seized/seize/VERB/ROOT/1 a/DET/det/3 town/NOUN/dobj/1", "171", id="own"),
        pytest.param(
            "Gun/NOUN/compound/1 crews/crew/NOUN/nsubj/2 seized/seize/VERB/ROOT/2 town/NOUN/dobj/2",
            "171",
            id="own-code-beats-subject-only-pattern",
        ),
        pytest.param(
            "Guns/gun/NOUN/nsubj/1 stopped/stop/VERB/ROOT/1 a/DET/det/3 town/NOUN/dobj/1",
            "192",
            id="subject-synset",
        ),
        pytest.param(
            HALTED + "with/ADP/prep/1 them/they/PRON/pobj/2",
            None,
            id="bare-preposition",
        ),
    ],
)
def test_pattern_shapes(spec: str, code: str | None) -> None:
    assert code_of(spec)[0] == code


def test_a_pattern_outranks_the_verb_alone_and_longer_patterns_win() -> None:
    assert code_of(REBELS + "delayed/delay/VERB/ROOT/1 it/PRON/dobj/1") == ("120", 0)
    one_word = code_of(HALTED + "the/DET/det/3 talks/talk/NOUN/dobj/1")[1]
    compound = code_of(
        REBELS + "halted/halt/VERB/ROOT/1 the/DET/det/4 border/NOUN/compound/4 crossing/NOUN/dobj/1"
    )[1]
    assert 0 < one_word < compound


def test_a_particle_the_dictionary_does_not_list_makes_another_verb() -> None:
    # "stopped by" is not "stop": no code for the verb alone
    assert code_of(REBELS + "stopped/stop/VERB/ROOT/1 by/ADP/prt/1") == (None, 0)
    # ...but "call" without its particle is not "call off", and "call" is not in the snippet
    doc = parse(REBELS + "called/call/VERB/ROOT/1 the/DET/det/3 envoy/NOUN/dobj/1")
    assert snippet_dictionary().match(doc[1]).code is None  # type: ignore[union-attr]


def test_reversed_codes_and_unknown_verbs() -> None:
    doc = parse(
        REBELS + "halted/halt/VERB/ROOT/1 recognition/NOUN/dobj/1 from/ADP/prep/1 Peru/Peru/PROPN/pobj/3"
    )
    found = snippet_dictionary().match(doc[1])
    assert found is not None
    assert (found.code, found.reverse) == ("054", True)
    assert snippet_dictionary().match(parse(REBELS + "sang/sing/VERB/ROOT/1")[1]) is None


def test_a_wrong_lemma_falls_back_to_the_word_itself() -> None:
    # the tagger's lemma of "staged" is sometimes "stag"; "halted" -> "halt", "stopped" -> "stop"
    dictionary = read_verbs(["B\tstage\t---\tstage", "P\tstage\t\tprotest\t\t141"])
    doc = parse("Workers/worker/NOUN/nsubj/1 staged/stag/VERB/ROOT/1 a/DET/det/3 protest/NOUN/dobj/1")
    assert dictionary.lemma(doc[1]) == "stage"
    assert dictionary.match(doc[1]).code == "141"  # type: ignore[union-attr]
    assert code_of(REBELS + "stopped/stopp/VERB/ROOT/1 a/DET/det/3 truce/NOUN/dobj/1")[0] == "196"


def test_the_object_of_a_partitive_counts_as_the_object() -> None:
    # "halted part of the talks": the talks are what was halted
    spec = HALTED + "part/NOUN/dobj/1 of/ADP/prep/2 the/DET/det/5 talks/talk/NOUN/pobj/3"
    assert code_of(spec)[0] == "160"
    # ...but not the object of another preposition: "halted work on the talks"
    spec = HALTED + "work/NOUN/dobj/1 on/ADP/prep/2 the/DET/det/5 talks/talk/NOUN/pobj/3"
    assert code_of(spec)[0] is None


def test_a_verb_used_as_a_preposition_is_no_event() -> None:
    doc = parse(
        "Following/follow/VERB/prep/2 talks/talk/NOUN/pobj/0 rebels/rebel/NOUN/nsubj/3 left/leave/VERB/ROOT/3"
    )
    dictionary = read_verbs(["B\tfollow\t040\tfollow"])
    assert dictionary.match(doc[0]).code is None  # type: ignore[union-attr]


def test_only_a_verbs_own_code_or_its_blocks_code_stands_alone() -> None:
    """A synonym listed in a block takes the block's default only through a pattern; the
    verb naming the block, or one with a code of its own, carries its code alone."""
    dictionary = read_verbs(["B\tdirect\t060\tdirect head lead order=100", "B\ttorture\t1822\ttorture"])
    found = {}
    for verb, lemma in (
        ("headed", "head"),
        ("ordered", "order"),
        ("directed", "direct"),
        ("tortured", "torture"),
    ):
        doc = parse(f"Rebels/rebel/NOUN/nsubj/1 {verb}/{lemma}/VERB/ROOT/1 it/PRON/dobj/1")
        match = dictionary.match(doc[1])
        assert match is not None
        assert match.bare
        found[lemma] = (match.code, match.standalone)
    assert found == {
        "head": ("060", False),
        "order": ("100", True),
        "direct": ("060", True),
        "torture": ("1822", True),
    }


def test_a_preposition_governing_a_clause_is_no_particle() -> None:
    """ "pressed on whether ...": the "on" governs a clause, so the pattern "press on" (a
    bare particle) does not match; "pressed on" alone does."""
    dictionary = read_verbs(["B\tdemand\t100\tpress", "P\tdemand\t\ton\t\t190"])
    bare = parse("Rebels/rebel/NOUN/nsubj/1 pressed/press/VERB/ROOT/1 on/ADP/prep/1")
    assert dictionary.match(bare[1]).code == "190"  # type: ignore[union-attr]
    clause = parse(
        "Rebels/rebel/NOUN/nsubj/1 pressed/press/VERB/ROOT/1 on/ADP/prep/1 whether/SCONJ/mark/5 "
        "they/PRON/nsubj/5 left/leave/VERB/pcomp/2"
    )
    assert dictionary.match(clause[1]).code == "100"  # type: ignore[union-attr]


# -- the shipped data ----------------------------------------------------------------------
def test_shipped_dictionary_loads_with_cameo_codes_only() -> None:
    dictionary = verb_dictionary()
    assert len(dictionary.entries) > 1500
    known = {line.split("\t")[0] for line in data_lines("cameo_codes.tsv")[1:]}
    codes = set()
    for entries in dictionary.entries.values():
        for entry in entries:
            codes.add(entry.code)
            codes.update(p.code for p in entry.patterns)
    codes.discard(None)
    assert codes <= known, sorted(codes - known)[:10]
    text = (ROOT / "newsgraph" / "data" / "verbs.tsv").read_text(encoding="utf-8")
    assert "Copyright (c) 2015 Open Event Data Alliance" in text


@pytest.mark.skipif(
    not SOURCE.exists(),
    reason="the PETRARCH source dictionary is not in the shared folder (set $NEWSGRAPH_SHARED)",
)
def test_generator_is_reproducible(tmp_path: Path) -> None:
    out = tmp_path / "verbs.tsv"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_verbs.py"),
            "--source",
            str(SOURCE),
            "--output",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == (ROOT / "newsgraph" / "data" / "verbs.tsv").read_text(
        encoding="utf-8"
    )


# -- on the real pipeline ------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "root"),
    [
        pytest.param(
            "The navy launched war games near the islands.", "launched", "15", id="launch-war-games"
        ),
        pytest.param("The rebels called off the talks.", "called", "16", id="call-off-talks"),
        pytest.param("The government lifted the curfew on Sunday.", "lifted", "08", id="lift-curfew"),
        pytest.param("Ministers lifted sanctions on the country.", "lifted", "08", id="lift-sanctions"),
        pytest.param(
            "The envoy presented evidence against the militia.", "presented", "11", id="present-evidence"
        ),
        pytest.param("The army clamped down on the protesters.", "clamped", "17", id="clamp-down"),
        pytest.param("The council issued an ultimatum to the rebels.", "issued", "13", id="issue-ultimatum"),
        pytest.param("The donors rushed aid to the flooded towns.", "rushed", "07", id="rush-aid"),
        pytest.param("The mayor closed the base last year.", "closed", None, id="close-base-no-event"),
        pytest.param("The junta extended the curfew by a week.", "extended", "17", id="extend-curfew"),
        pytest.param(
            "The president tightened martial law in the north.", "tightened", "17", id="tighten-martial-law"
        ),
        pytest.param("Guards beat up the prisoners.", "beat", "18", id="beat-up"),
        pytest.param("Farmers blocked the main highway.", "blocked", "14", id="block-highway"),
        pytest.param("Troops prevented the rally.", "prevented", "17", id="prevent-rally"),
        pytest.param("The rebels broke off the talks.", "broke", "16", id="break-off-talks"),
        pytest.param("A piece broke off the wing.", "broke", None, id="break-off-alone-no-event"),
        pytest.param("The senate blocked the nomination.", "blocked", "17", id="block-nomination-stays-170"),
        pytest.param("The rain prevented a second round.", "prevented", "12", id="prevent-alone-stays-120"),
    ],
)
def test_dictionary_on_real_parses(nlp, text: str, verb: str, root: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    found = verb_dictionary().match(tok)
    assert found is not None
    assert (found.code[:2] if found.code else None) == root, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        pytest.param("Russia launched war games near Japan on Monday.", "15", id="war-games"),
        pytest.param("Britain presented evidence against Iran.", "11", id="evidence-against"),
        pytest.param("Kenya lifted its blockade of Somalia.", "08", id="lift-blockade"),
        pytest.param(
            "Ukrainian students staged a protest against Russia.", "14", id="light-verb-changes-the-act"
        ),
        pytest.param("Iran suspended part of its military cooperation with Russia.", "16", id="part-of"),
        pytest.param("Kenya handed over medicine to Somalia.", "07", id="supplement-hand-over"),
        pytest.param("Japan is sharing expertise with Vietnam.", "06", id="supplement-share"),
        pytest.param("Kenya extended the curfew in Mombasa.", "172", id="supplement-extend-curfew"),
        pytest.param(
            "Chile broke off diplomatic relations with Peru.", "161", id="supplement-break-off-ties"
        ),
        pytest.param("Greek workers went on strike.", "143", id="supplement-go-on-strike"),
        pytest.param("Turkish soldiers beat up Syrian refugees.", "182", id="supplement-beat-up"),
        pytest.param("Chilean miners blocked the highway to Santiago.", "144", id="supplement-block-road"),
        pytest.param(
            "Egyptian police prevented the protest in Cairo.", "17", id="supplement-prevent-protest"
        ),
    ],
)
def test_dictionary_codes_reach_the_events(facts, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.cameo.startswith(root) for e in facts(text).events), facts(text).events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Labour beat the Conservatives in the by-election.",
        "The company beat its profit forecast.",
        "Ministers are keen to beat the deadline.",
    ],
)
def test_beating_a_rival_or_a_deadline_is_no_force(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in facts(text).events if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.model
def test_a_reversed_pattern_makes_the_other_side_the_agent(facts) -> None:  # type: ignore[no-untyped-def]
    # "[:054]": the one recognized is the subject; the one recognizing acts
    events = [
        (e.agents, e.targets) for e in facts("Kosovo won recognition from Japan.").events if e.cameo == "054"
    ]
    assert events == [(("state:JPN",), ("state:XKX",))]
    assert not [e for e in facts("Kosovo won recognition.").events if e.cameo == "054"]


def test_a_conjoined_verb_is_no_part_of_the_object_side() -> None:
    """ "will monitor hunts and assist police": the police are what "assist" governs, so the
    pattern "monitor police" does not match "monitor"."""
    dictionary = read_verbs(["B\tmonitor\t090\tmonitor", "P\tmonitor\t\tpolice\t\t152"])
    doc = parse(
        "They/PRON/nsubj/1 monitor/VERB/ROOT/1 hunts/hunt/NOUN/dobj/1 and/CCONJ/cc/1 "
        "assist/VERB/conj/1 police/NOUN/dobj/4"
    )
    found = dictionary.match(doc[1])
    assert found is not None
    assert (found.code, found.bare) == ("090", True)
    both = parse("They/PRON/nsubj/1 monitor/VERB/ROOT/1 police/NOUN/dobj/1")
    assert dictionary.match(both[1]).code == "152"  # type: ignore[union-attr]


def test_a_verb_spelt_the_other_way_names_its_block_and_an_own_code_beats_a_default() -> None:
    lines = [
        "B\tnationalize\t171\tnationalise nationalize",
        "B\tcompromise\t080\tmediate settle",
        "B\tmediate\t045\tmediate=045",
    ]
    d = read_verbs(lines)
    (british,) = d.entries["nationalise"]
    assert british.head  # "nationalise" is the block's own verb, as "nationalize" is
    (mediate,) = d.entries["mediate"]
    assert (mediate.code, mediate.own) == ("045", True)
    (settle,) = d.entries["settle"]
    assert (settle.code, settle.own) == ("080", False)

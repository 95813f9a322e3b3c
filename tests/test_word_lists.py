"""The word lists of ``newsgraph/data/word_lists.txt`` and their loader."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from newsgraph.extractors import lexicon
from newsgraph.extractors.lexicon import WORD_LISTS, WordLists, data_text, read_word_lists, word_lists

FIELDS = [f.name for f in dataclasses.fields(WordLists)]
EXTRACTORS = Path(lexicon.__file__).parent


@pytest.fixture
def fresh_cache():  # type: ignore[no-untyped-def]
    """Let a test load word lists from patched text without leaking them to other tests."""
    word_lists.cache_clear()
    yield
    word_lists.cache_clear()


def _raw() -> dict[str, list[str]]:
    return read_word_lists(data_text(WORD_LISTS))


def test_the_file_has_exactly_the_lists_the_code_reads():
    assert sorted(_raw()) == sorted(FIELDS)


@pytest.mark.parametrize("name", FIELDS)
def test_every_list_loads_non_empty(name):
    assert len(getattr(word_lists(), name)) > 0


@pytest.mark.parametrize("name", FIELDS)
def test_entries_are_lower_case_words_without_duplicates(name):
    entries = _raw()[name]
    assert [e for e in entries if e != e.lower()] == []
    # letters and apostrophes ("d'affaires"); punctuation lists stay in the code
    assert [e for e in entries if not re.fullmatch(r"[a-z']+( [a-z']+)*", e)] == []
    assert sorted(e for e in set(entries) if entries.count(e) > 1) == []


def test_phrasal_entries_are_verb_particle_pairs():
    phrasal = word_lists().phrasal
    assert ("carry", "out") in phrasal
    assert all(isinstance(p, tuple) and len(p) == 2 for p in phrasal)


def test_single_word_lists_hold_single_words():
    wl = word_lists()
    for name in FIELDS:
        # ("boko haram", "aid worker"; the frames "held off on", "stop short of", "face consequence")
        if name not in (
            "phrasal",
            "armed_groups",
            "private_persons",
            "held_back",
            "refusing",
            "imminent",
            "weighed",
            "consequences",
        ):
            assert [w for w in getattr(wl, name) if " " in w] == [], name


@pytest.mark.parametrize("name", FIELDS)
def test_every_list_is_read_by_an_extractor(name):
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in EXTRACTORS.glob("*.py") if p.name != "lexicon.py"
    )
    assert re.search(rf"\.{name}\b", source), f"[{name}] is loaded but no extractor reads it"


def test_loading_is_cached():
    assert word_lists() is word_lists()


def test_reader_splits_commas_lines_and_comments():
    text = "# header\n[a]\n# what a is\nx, y,\nz  # trailing comment\n\n[b]\nverb particle, other one\n"
    assert read_word_lists(text) == {"a": ["x", "y", "z"], "b": ["verb particle", "other one"]}


def test_reader_refuses_entries_before_a_header():
    with pytest.raises(ValueError, match="before any"):
        read_word_lists("stray\n[a]\nx\n")


def test_reader_refuses_a_repeated_list():
    with pytest.raises(ValueError, match=r"\[a\] appears twice"):
        read_word_lists("[a]\nx\n[a]\ny\n")


@pytest.mark.usefixtures("fresh_cache")
def test_loader_refuses_a_missing_or_unknown_list(monkeypatch):
    text = data_text(WORD_LISTS).replace("[sending]", "[sendng]")
    monkeypatch.setattr(lexicon, "data_text", lambda name: text)
    with pytest.raises(ValueError, match=r"missing lists \['sending'\], unknown lists \['sendng'\]"):
        word_lists()


@pytest.mark.usefixtures("fresh_cache")
def test_loader_refuses_a_phrasal_entry_that_is_no_pair(monkeypatch):
    text = data_text(WORD_LISTS).replace("cut off,", "cut,")
    monkeypatch.setattr(lexicon, "data_text", lambda name: text)
    with pytest.raises(ValueError, match=r"'verb particle', not \['cut'\]"):
        word_lists()

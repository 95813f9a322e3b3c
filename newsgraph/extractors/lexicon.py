"""Word lists kept as data in ``newsgraph/data`` and loaded once, on first use."""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from importlib import resources
from typing import Any


def data_text(name: str) -> str:
    """The text of a data file shipped in ``newsgraph/data``."""
    return resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    return _content_lines(data_text(name))


@functools.cache
def kind_rows(name: str) -> tuple[tuple[str, str, str], ...]:
    """The (kind, word, value) rows of a tab-separated table of kinds (value empty: the kind alone)."""
    out = []
    for line in data_lines(name):
        kind, word, *value = (part.strip() for part in line.split("\t"))
        out.append((kind, word, value[0] if value else ""))
    return tuple(out)


@functools.cache
def kind_tables(name: str) -> dict[str, dict[str, str]]:
    """A table of kinds as kind -> word -> value (a word given twice in a kind: its last value)."""
    out: dict[str, dict[str, str]] = {}
    for kind, word, value in kind_rows(name):
        out.setdefault(kind, {})[word] = value
    return out


def _content_lines(text: str) -> list[str]:
    """Lines without their '#' comments, stripped, empty ones dropped."""
    lines = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            lines.append(line)
    return lines


@dataclass(frozen=True, slots=True)
class Offices:
    """Office head words ("minister", "ambassador") and honorifics ("Mr", "Dr")."""

    heads: frozenset[str]
    honorifics: frozenset[str]
    state_heads: frozenset[str] = frozenset()
    portfolios: frozenset[str] = frozenset()
    titled_states: tuple[tuple[str, str], ...] = ()
    city_parts: frozenset[str] = frozenset()
    ranks: tuple[tuple[str, str], ...] = ()  # (abbreviation, word): ("col.", "colonel")
    branches: frozenset[str] = frozenset()  # armed services as written: "Army", "Air Force"
    company_nouns: frozenset[str] = frozenset()  # "firm", "unit", "shares": a company's name is near
    state_phrases: frozenset[str] = frozenset()  # two-word offices held for a state: "high commissioner"

    def rank(self, word: str) -> str | None:
        """The word a rank abbreviation stands for ("Col." -> "colonel")."""
        low = word.lower()
        return next((full for abbreviation, full in self.ranks if abbreviation == low), None)

    def is_portfolio(self, word: str) -> bool:
        """A word naming an office's field ("home", "affairs", "culture"), not an organization."""
        return word.lower() in self.portfolios

    def titled_state(self, text: str) -> tuple[str, str] | None:
        """(title, ISO3) when ``text`` ends with a title only one state uses ("Secretary of State")."""
        low = " ".join(text.lower().split())
        for title, iso3 in self.titled_states:
            if low == title or low.endswith(" " + title):
                return title, iso3
        return None

    def is_office(self, word: str) -> bool:
        return word.lower() in self.heads

    def serves_a_state(self, role: str) -> bool:
        """An office held for a state ("defence minister", "ambassador"), not a company's."""
        words = role.lower().split()
        return bool(words) and (words[-1] in self.state_heads or " ".join(words[-2:]) in self.state_phrases)

    def is_title(self, word: str) -> bool:
        """An office word or an honorific: something stripped from the front of a name."""
        low = word.lower()
        return low in self.heads or low in self.honorifics or self.rank(low) is not None


@functools.cache
def offices() -> Offices:
    heads, honorifics, state_heads, portfolios, city = set(), set(), set(), set(), set()
    titled: list[tuple[str, str]] = []
    ranks: list[tuple[str, str]] = []
    branches: set[str] = set()
    companies: set[str] = set()
    phrases: set[str] = set()
    for line in data_lines("offices.txt"):
        if line.startswith("honorific:"):
            honorifics.add(line.split(":", 1)[1].strip())
            continue
        if line.startswith("portfolio:"):
            portfolios.update(line.split(":", 1)[1].split())
            continue
        if line.startswith("city:"):
            city.update(line.split(":", 1)[1].split())
            continue
        if line.startswith("rank:"):
            abbreviation, _, full = line.split(":", 1)[1].partition("=")
            ranks.append((abbreviation.strip().lower(), full.strip().lower()))
            continue
        if line.startswith("company:"):
            companies.update(line.split(":", 1)[1].split())
            continue
        if line.startswith("state:"):
            phrases.add(" ".join(line.split(":", 1)[1].lower().split()))
            continue
        if line.startswith("branch:"):
            branches.update(w.replace("_", " ") for w in line.split(":", 1)[1].split())
            continue
        if line.startswith("title:"):
            title, _, iso3 = line.split(":", 1)[1].rpartition("=")
            titled.append((" ".join(title.lower().split()), iso3.strip()))
            continue
        word, *mark = line.split()
        heads.add(word)
        if mark == ["*"]:
            state_heads.add(word)
    return Offices(
        frozenset(heads),
        frozenset(honorifics),
        frozenset(state_heads),
        frozenset(portfolios),
        tuple(titled),
        frozenset(city),
        tuple(ranks),
        frozenset(branches),
        frozenset(companies),
        frozenset(phrases),
    )


@dataclass(frozen=True, slots=True)
class WordLists:
    """The word lists of ``data/word_lists.txt``, one field per list; the comments in
    that file say what each is for. Entries are lower case."""

    # entities
    ship_prefixes: frozenset[str]
    leading_words: frozenset[str]
    locative: frozenset[str]
    motion: frozenset[str]
    organization_words: frozenset[str]
    compass: frozenset[str]
    descriptors: frozenset[str]
    government_bodies: frozenset[str]
    non_government: frozenset[str]
    diplomatic: frozenset[str]
    new_names: frozenset[str]
    devolved: frozenset[str]
    seat_speakers: frozenset[str]
    # events
    say: frozenset[str]
    reporting_adverbs: frozenset[str]
    planning: frozenset[str]
    hypothetical_aux: frozenset[str]
    target_preps: frozenset[str]
    place_preps: frozenset[str]
    light_verbs: frozenset[str]
    personal_pronouns: frozenset[str]
    phrasal: frozenset[tuple[str, str]]  # (verb lemma, particle)
    object_control: frozenset[str]
    sending: frozenset[str]
    military_threat: frozenset[str]
    # events: meaning (extractors/meaning.py)
    intent: frozenset[str]
    refusal: frozenset[str]
    held_back: frozenset[str]
    refusing: frozenset[str]
    consequences: frozenset[str]
    devastation: frozenset[str]
    imminent: frozenset[str]
    weighed: frozenset[str]
    comment_verbs: frozenset[str]
    verbal_force: frozenset[str]
    contact_verbs: frozenset[str]
    bombing: frozenset[str]
    weapons: frozenset[str]
    argument_nouns: frozenset[str]
    threat_acts: frozenset[str]
    cognition: frozenset[str]
    generic_verbs: frozenset[str]
    documents: frozenset[str]
    # events: arguments
    agent_nouns: frozenset[str]
    violent_verbs: frozenset[str]
    home_bodies: frozenset[str]
    home_members: frozenset[str]
    home_modifiers: frozenset[str]
    home_officers: frozenset[str]
    committee_members: frozenset[str]
    misconduct: frozenset[str]
    testimony_hearers: frozenset[str]
    testifiers: frozenset[str]
    relatives: frozenset[str]
    followers: frozenset[str]
    topic_nouns: frozenset[str]
    document_nouns: frozenset[str]
    # entities: persons
    place_heads: frozenset[str]
    thing_nouns: frozenset[str]
    named_thing_heads: frozenset[str]
    named_thing_surnames: frozenset[str]
    slogan_verbs: frozenset[str]
    nation_adjectives: frozenset[str]
    armed_actors: frozenset[str]
    described_companies: frozenset[str]
    described_bodies: frozenset[str]
    company_name_words: frozenset[str]
    armed_groups: frozenset[str]
    cue_bodies: frozenset[str]
    cue_bodies_named: frozenset[str]
    body_name_ends: frozenset[str]
    private_persons: frozenset[str]
    communities: frozenset[str]
    # events: nouns of acts
    nominalizations: frozenset[tuple[str, str]]  # (noun lemma, verb lemma)


WORD_LISTS = "word_lists.txt"


def read_word_lists(text: str) -> dict[str, list[str]]:
    """The lists of a word-list file by name, entries in file order (duplicates kept).

    A line ``[name]`` starts a list; its entries follow, separated by commas."""
    lists: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in _content_lines(text):
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            if name in lists:
                raise ValueError(f"{WORD_LISTS}: list [{name}] appears twice; merge the two")
            current = lists[name] = []
        elif current is None:
            raise ValueError(f"{WORD_LISTS}: {line!r} comes before any [list] header")
        else:
            current.extend(entry.strip() for entry in line.split(",") if entry.strip())
    return lists


@functools.cache
def word_lists() -> WordLists:
    """Load ``data/word_lists.txt`` once, checking that it has exactly the lists the code uses."""
    lists = read_word_lists(data_text(WORD_LISTS))
    wanted = [f.name for f in fields(WordLists)]
    missing = [name for name in wanted if name not in lists]
    unknown = [name for name in lists if name not in wanted]
    if missing or unknown:
        raise ValueError(
            f"{WORD_LISTS}: missing lists {missing}, unknown lists {unknown}; "
            f"the lists are the fields of newsgraph.extractors.lexicon.WordLists"
        )
    pairs = [tuple(entry.split()) for entry in lists["phrasal"]]
    bad = [" ".join(p) for p in pairs if len(p) != 2]
    if bad:
        raise ValueError(f"{WORD_LISTS}: [phrasal] entries must be 'verb particle', not {bad}")
    nouns = [tuple(entry.split()) for entry in lists["nominalizations"]]
    bad = [" ".join(p) for p in nouns if len(p) != 2]
    if bad:
        raise ValueError(f"{WORD_LISTS}: [nominalizations] entries must be 'noun verb', not {bad}")
    values: dict[str, frozenset[Any]] = {name: frozenset(lists[name]) for name in wanted}
    values["phrasal"] = frozenset(pairs)
    values["nominalizations"] = frozenset(nouns)
    return WordLists(**values)


@functools.cache
def first_names() -> dict[str, str]:
    """First name -> usual gender (M, F or U), from ``data/first_names.tsv`` (US census) and
    ``data/first_names_extra.tsv`` (British, Irish and other names the census misses; the
    census wins where both list a name)."""
    found: dict[str, str] = {}
    for source in ("first_names_extra.tsv", "first_names.tsv"):
        for line in data_lines(source):
            name, gender, *_ = line.split("\t")
            found[name] = gender
    return found


@functools.cache
def shared_first_names() -> frozenset[str]:
    """First names common to both sexes (the third column ``both`` of ``data/first_names.tsv``:
    "robin", "jean", "kim"): a given name, but no sign of a person's gender."""
    return frozenset(line.split("\t")[0] for line in data_lines("first_names.tsv") if line.endswith("\tboth"))


def name_gender(first: str) -> str | None:
    """The gender ("M" or "F") a first name tells of its bearer, else None (unknown, neutral, or
    common to both sexes: "Robin Cook" may be "he")."""
    folded = first.casefold().rstrip(".")
    gender = first_names().get(folded)
    return gender if gender in ("M", "F") and folded not in shared_first_names() else None


@functools.cache
def valence() -> dict[str, float]:
    """Word (lower case) -> valence from -4 to +4, from ``data/valence.tsv`` (the VADER lexicon with
    newsgraph's additions; see the file's header for its source and licence)."""
    table: dict[str, float] = {}
    for line in data_lines("valence.tsv"):
        word, score = line.split("\t")
        table[word] = float(score)
    return table


@functools.cache
def valence_phrases() -> tuple[tuple[tuple[str, ...], float], ...]:
    """The valence table's entries of more than one word ("a slap in the face", "smoke and mirrors",
    "bleed * dry": '*' for one to three words of any kind), longest first."""
    rows = [(tuple(word.split()), score) for word, score in valence().items() if " " in word]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))

"""The state of a multinational company the knowledge base lists, when the text names none.

The Phoenix dictionaries (``data/actors.tsv``, ``O`` records) code about 4,400 companies as
``MNC`` + the ISO3 of their state + an optional sector (``eli lilly`` -> ``MNCUSAHLH``).
An organization node named like one of them is ``part_of`` that state, a relation resolution
derives with basis ``knowledge`` (as the states of known persons named with no office,
:func:`newsgraph.resolve.offices.known_state`), so that "Sidney Taurel, chief executive of
Eli Lilly" reaches the United States through the company.

Rules (the text always wins; never fuzzy):

* only an organization node, and only when no document gives it a state of its own (an
  explicit or derived ``part_of`` a state: "US drug firm Eli Lilly" keeps the text's);
* a name matches when it is, folded (case, accents, punctuation), a listed company's name,
  or either is the other without corporate suffixes and prefixes ("Eli Lilly & Co",
  "Exxon Mobil Corp", "Wal-Mart" for the listed "Wal-Mart Stores");
* a match on one word ("Apple" for the listed "Apple Inc", "Chevron", "Boeing") counts only
  for a form written capitalised after a lower-case word of its sentence and not right after
  a determiner ("shares in Apple rose", not "through the Borders"): a sentence's first word
  and a title-case headline are capitalised anyway, and a one-word company name is often a
  common English word ("Apple", "Next", "Shell") or someone else's name; and only when a
  document naming the company also names the state (the listed "Tesco" is a Canadian firm,
  not the British grocer of the news);
* the listed names must agree on the state: two companies of one base name in two states
  ("Abbey National" coded British, then Spanish) give none.

The state node is added when the documents never name it (``resolve.offices.holder_node``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping

from ..extractors.companies import CORPORATE_PREFIXES, CORPORATE_SUFFIXES
from ..extractors.states import StateTable, fold
from ..model import Kind, Relation
from . import DerivedRelation, NodeRow
from .actors import actors

PART_OF = Relation.PART_OF.value

#: Words a company's base name may end with once its suffixes are gone ("Eli Lilly & Co").
_TRAILING = frozenset({"and", "the"})


def base_names(folded: str) -> set[str]:
    """The folded name and the name without corporate suffixes and prefixes ("eli lilly and
    co" -> {"eli lilly and co", "eli lilly"}); never an empty name."""
    words = folded.split()
    found = {folded} if folded else set()
    start, end = 0, len(words)
    while end - start > 1 and (words[end - 1] in CORPORATE_SUFFIXES or words[end - 1] in _TRAILING):
        end -= 1
    while end - start > 1 and words[start] in CORPORATE_PREFIXES:
        start += 1
    if end > start:
        found.add(" ".join(words[start:end]))
    return found


@functools.cache
def _index() -> Mapping[str, frozenset[str]]:
    """Folded name or base name -> the state keys of the listed companies named so ("" for a
    company coded with no valid state: it makes a shared name ambiguous)."""
    table = StateTable.default()
    found: dict[str, set[str]] = {}
    for name, code in actors().organizations().items():
        if not code.startswith("MNC"):
            continue
        try:
            state = table.get(code[3:6]).key if len(code) >= 6 else ""
        except KeyError:
            state = ""
        for key in base_names(name):
            found.setdefault(key, set()).add(state)
    return {key: frozenset(states) for key, states in found.items()}


def listed_state(form: str) -> tuple[str | None, bool]:
    """(the state key of the listed company this surface form names, whether the match is on
    one word); (None, False) when no listed company or several in different states."""
    index = _index()
    states: set[str] = set()
    words = set()
    for key in base_names(fold(form)):
        found = index.get(key)
        if found:
            states |= found
            words.add(len(key.split()))
    if len(states) != 1 or not next(iter(states)):
        return None, False
    return next(iter(states)), max(words) == 1


def company_state(forms: Iterable[str], is_placed: Callable[[str], bool]) -> str | None:
    """The state of the listed company an organization node's surface ``forms`` name, or None.
    ``is_placed(form)`` says whether the form is written capitalised after a lower-case word of
    its sentence somewhere; it is asked only for a match on one word."""
    found: set[str] = set()
    for form in forms:
        state, one_word = listed_state(form)
        if state is None or (one_word and not (form[:1].isupper() and is_placed(form))):
            continue
        found.add(state)
    return next(iter(found)) if len(found) == 1 else None


#: Words before a name that make it a common noun or a place rather than a company ("through
#: the Borders", "a Shell"): a one-word company name is written without them.
_DETERMINERS = frozenset({"the", "a", "an"})


def placed(prefix: str) -> bool:
    """Whether a mention whose sentence opens with ``prefix`` (the text before it) is written
    capitalised by choice: after a lower-case word (not a sentence's first word, not in a
    title-case headline) and not right after a determiner ("through the Borders")."""
    words = prefix.split()
    return bool(words) and words[-1].casefold() not in _DETERMINERS and any(w[:1].islower() for w in words)


Sentence = tuple[str, int, int]


def derive(
    nodes: Mapping[str, NodeRow],
    members: Mapping[str, list[str]],
    stated: Collection[str],
    sentences: Mapping[str, Iterable[Sentence]],
    placed_forms: Collection[tuple[str, str]],
) -> list[DerivedRelation]:
    """In memory: ``part_of`` (basis ``knowledge``) from each organization node naming a listed
    company to its state. ``stated``: nodes the text gives a state (they keep it);
    ``placed_forms``: (entity key, form) of mentions :func:`placed`. A match on one word also
    needs the state named in a document that names the company."""
    found = []
    written: dict[str, set[str]] = {}
    for k, form in placed_forms:
        written.setdefault(k, set()).add(form)
    for key, node in nodes.items():
        if node.kind != Kind.ORGANIZATION.value or key in stated:
            continue
        keys = members.get(key, [key])
        forms = [node.label, *(a for a in node.aliases if a != node.label)]
        seen = set().union(*(written.get(k, set()) for k in keys))
        state = company_state(forms, seen.__contains__)
        if state is None:
            continue
        said = sorted((s, k) for k in keys for s in sentences.get(k, ()))
        if not said:
            continue
        if one_word(forms, state) and not {d for (d, _s, _e), _k in said} & {
            d for d, _s, _e in sentences.get(state, ())
        }:
            continue
        (doc, start, end), source = said[0]
        found.append(DerivedRelation(source, state, PART_OF, None, doc, start, end, "knowledge"))
    return found


def one_word(forms: Iterable[str], state: str) -> bool:
    """Whether every form naming a listed company of ``state`` matches on one word only."""
    return all(one for form in forms for found, one in [listed_state(form)] if found == state)

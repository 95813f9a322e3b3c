"""Which node a name belongs to, and what the node is called.

* :func:`choose_label` - a node's label from the surface forms of its mentions.
* :func:`merge_surnames` (``surnames.v2``) - a one-word person ("Putin") is the one
  multi-word person of the store sharing that name; one person's full name written two ways
  ("Jim Skinner", "James Skinner") is one node.

Pure functions over plain data; :mod:`newsgraph.resolve.tables` feeds them from the store.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..extractors.lexicon import data_lines, first_names
from ..model import Kind

if TYPE_CHECKING:
    from .actors import Actors

PERSON = Kind.PERSON.value
STATE = Kind.STATE.value


def form_order(item: tuple[str, int]) -> tuple[int, int, str]:
    """Most frequent surface form first; ties -> the longest, then alphabetical."""
    text, n = item
    return (-n, -len(text), text)


def ordered_forms(forms: Mapping[str, int]) -> list[str]:
    """Surface forms, most frequent first (see :func:`form_order`)."""
    if len(forms) == 1:
        return list(forms)
    return [text for text, _n in sorted(forms.items(), key=form_order)]


def choose_label(kind: str, label: str, forms: Mapping[str, int] | None) -> str:
    """A state keeps its table label; anything else is named by its most frequent form, a
    person by a full name when one was seen ("Kim Jong Un", not "Kim")."""
    if kind == STATE or not forms:
        return label
    items = list(forms.items())
    if len(items) == 1:
        return items[0][0]
    if kind == PERSON:
        items = [f for f in items if len(f[0].split()) > 1] or items
    return min(items, key=form_order)[0]


def name_tokens(label: str) -> tuple[str, ...]:
    """The tokens a one-word mention may match in this name: its first and last word, casefolded."""
    words = label.split()
    if len(words) > 1:
        return (words[0].casefold(), words[-1].casefold())
    return (words[0].casefold(),) if words else ()


@functools.cache
def _formal() -> dict[str, frozenset[str]]:
    """First name -> the formal names it may be short for, itself included ("jim" -> james, jim)."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    for line in data_lines("nicknames.tsv"):
        name, _, nicks = line.partition("\t")
        found[name].add(name)
        for nick in nicks.split(","):
            found[nick].update((nick, name))
    return {name: frozenset(forms) for name, forms in found.items()}


def same_first_name(a: str, b: str) -> bool:
    """ "Jim" and "James", "Tony" and "Anthony": one person's first name written two ways."""
    a, b = a.casefold().rstrip("."), b.casefold().rstrip(".")
    if a == b:
        return True
    formal = _formal()
    return bool(formal.get(a, frozenset({a})) & formal.get(b, frozenset({b})))


def _family_name_first(words: list[str]) -> bool:
    """A full name whose first word may stand alone for the person ("Kim" for Kim Jong Un, "Xi"
    for Xi Jinping): the first word is no common first name, or no other word is one."""
    names = first_names()
    first, rest = words[0].casefold(), [w.casefold() for w in words[1:]]
    if first not in names:
        return True
    return len(words) >= 3 and not any(w in names for w in rest)


#: A surname goes to the person holding most of its mentions only with this share of them.
SURNAME_SHARE = 0.75


def merge_surnames(
    persons: Iterable[tuple[str, str]], mentions: Mapping[str, int] | None = None
) -> dict[str, str]:
    """``surnames.v2``: person keys -> the node they belong to.

    * Full names that are one person written two ways merge into the most mentioned: the same
      last word, first names equal or nickname pairs ("Jim Skinner", "James Skinner"), middle
      words of one among the other's ("Anthony Meyer", "Anthony John Charles Meyer"), unless
      the knowledge base knows both as different people ("George Bush", "George W Bush").
    * A one-word person ("Blair") is the one full name of the store ending with that word, or
      the one holding at least :data:`SURNAME_SHARE` of their mentions; it is never matched
      by a first name ("Sandra"), except for names written family name first ("Kim", "Xi").

    ``persons`` are (key, label) pairs; ``mentions`` their mention counts (1 each when absent).
    """
    from .actors import actors

    counts = mentions or {}
    full: list[tuple[str, list[str]]] = []
    singles: list[tuple[str, str]] = []
    for key, label in persons:
        words = label.split()
        if len(words) > 1:
            full.append((key, words))
        elif words:
            singles.append((key, label))
    remap: dict[str, str] = {}
    # Full names written two ways.
    by_last: defaultdict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for key, words in full:
        by_last[words[-1].casefold()].append((key, words))
    kb = actors()
    for group in by_last.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda item: (-counts.get(item[0], 1), item[0]))
        for i, (key, words) in enumerate(group):
            for into, other in group[:i]:
                if remap.get(into, into) != into:
                    continue
                if _same_person(words, other) and not _known_apart(kb, words, other):
                    remap[key] = into
                    break
    # One-word names.
    by_token: defaultdict[str, set[str]] = defaultdict(set)
    for key, words in full:
        node = remap.get(key, key)
        by_token[words[-1].casefold()].add(node)
        if _family_name_first(words):
            by_token[words[0].casefold()].add(node)
    weight: Counter[str] = Counter()
    for key, _words in full:
        weight[remap.get(key, key)] += counts.get(key, 1)
    for key, label in singles:
        candidates = by_token.get(label.casefold(), set())
        if len(candidates) == 1:
            remap[key] = next(iter(candidates))
        elif candidates:
            total = sum(weight[c] for c in candidates)
            best = min(candidates, key=lambda c: (-weight[c], c))
            if weight[best] >= SURNAME_SHARE * total:
                remap[key] = best
    return remap


def _same_person(a: list[str], b: list[str]) -> bool:
    if not same_first_name(a[0], b[0]):
        return False
    short, long_ = sorted((a[1:-1], b[1:-1]), key=len)
    rest = [w.casefold().rstrip(".") for w in long_]
    return all(w.casefold().rstrip(".") in rest for w in short)


def _known_apart(kb: Actors, a: list[str], b: list[str]) -> bool:
    """Both names are people the knowledge base tells apart."""
    first, second = kb.person(" ".join(a)), kb.person(" ".join(b))
    return first is not None and second is not None and first.name != second.name

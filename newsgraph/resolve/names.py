"""Which node a name belongs to, and what the node is called.

* :func:`choose_label` - a node's label from the surface forms of its mentions.
* :func:`merge_surnames` (``surnames.v1``) - a one-word person ("Putin") is the one
  multi-word person of the store sharing that name.

Pure functions over plain data; :mod:`newsgraph.resolve.tables` feeds them from the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..model import Kind

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


def merge_surnames(persons: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``surnames.v1``: map each one-word person to the one multi-word person sharing its first
    or last word. ``persons`` are (key, label) pairs; keys with no single candidate stay apart."""
    by_token: defaultdict[str, set[str]] = defaultdict(set)
    singles: list[tuple[str, str]] = []
    for key, label in persons:
        tokens = label.split()
        if len(tokens) > 1:
            by_token[tokens[0].casefold()].add(key)
            by_token[tokens[-1].casefold()].add(key)
        elif tokens:
            singles.append((key, label))
    remap = {}
    for key, label in singles:
        candidates = by_token.get(label.casefold(), set())
        if len(candidates) == 1:
            remap[key] = next(iter(candidates))
    return remap

"""Word lists kept as data in ``newsgraph/data`` and loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


def data_text(name: str) -> str:
    """The text of a data file shipped in ``newsgraph/data``."""
    return resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    lines = []
    for raw in data_text(name).splitlines():
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

    def is_office(self, word: str) -> bool:
        return word.lower() in self.heads

    def serves_a_state(self, role: str) -> bool:
        """An office held for a state ("defence minister", "ambassador"), not a company's."""
        words = role.lower().split()
        return bool(words) and words[-1] in self.state_heads

    def is_title(self, word: str) -> bool:
        """An office word or an honorific: something stripped from the front of a name."""
        low = word.lower()
        return low in self.heads or low in self.honorifics


@functools.cache
def offices() -> Offices:
    heads, honorifics, state_heads = set(), set(), set()
    for line in data_lines("offices.txt"):
        if line.startswith("honorific:"):
            honorifics.add(line.split(":", 1)[1].strip())
            continue
        word, *mark = line.split()
        heads.add(word)
        if mark == ["*"]:
            state_heads.add(word)
    return Offices(frozenset(heads), frozenset(honorifics), frozenset(state_heads))

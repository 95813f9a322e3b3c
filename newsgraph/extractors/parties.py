"""Named bodies of one state: political parties (``data/parties.tsv``) and the state bodies
whose name says whose they are (``data/bodies.tsv``).

>>> table = parties()
>>> table.lookup("Tories").name, table.lookup("Tories").iso3
('Conservative Party', 'GBR')
>>> table.lookup("Lib Dem's").name
'Liberal Democrats'
>>> table.lookup("labour") is None  # written with a capital, or it is a word
True
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import data_lines

MAX_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    iso3: str


def _form(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split())
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text


class PartyTable:
    def __init__(self, lines: Sequence[str]) -> None:
        self._forms: dict[str, Party] = {}
        for line in lines:
            fields = line.split("\t")
            if len(fields) == 2:
                fields.append("")
            if len(fields) != 3:
                raise ValueError(f"expected name, ISO3 and aliases, got {line!r}")
            party = Party(fields[0], fields[1])
            for alias in (fields[0], *fields[2].split("|")):
                form = _form(alias)
                if not form:
                    continue
                other = self._forms.setdefault(form, party)
                if other != party:
                    raise ValueError(f"{form!r} is listed for {other.name} and {party.name}")
        self._first_words = frozenset(form.split()[0] for form in self._forms)

    def lookup(self, text: str) -> Party | None:
        """The party a name stands for, as written (case counts: "Labour", not "labour")."""
        return self._forms.get(_form(text))

    def names(self) -> frozenset[str]:
        """Every party's (or body's) own name."""
        return frozenset(party.name for party in self._forms.values())

    def may_start(self, word: str) -> bool:
        return word in self._first_words


@functools.cache
def parties() -> PartyTable:
    return PartyTable(data_lines("parties.tsv"))


@functools.cache
def bodies() -> PartyTable:
    """State bodies named so that the name says the state ("State Department", "Bundestag")."""
    return PartyTable(data_lines("bodies.tsv"))

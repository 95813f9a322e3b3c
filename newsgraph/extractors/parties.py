"""Named bodies of one state: political parties (``data/parties.tsv``), the state bodies
whose name says whose they are (``data/bodies.tsv``) and armed non-state groups with the state
they are from (``data/groups.tsv``).

>>> table = parties()
>>> table.lookup("Tories").name, table.lookup("Tories").iso3
('Conservative Party', 'GBR')
>>> table.lookup("Lib Dem's").name
'Liberal Democrats'
>>> table.lookup("labour") is None  # written with a capital, or it is a word
True
>>> groups().state("the Taliban"), groups().state("Hezbollah's")
('AFG', 'LBN')
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import data_lines
from .states import fold

MAX_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    iso3: str


@functools.lru_cache(maxsize=65536)  # (asked for the same few names again and again)
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
def shared_parties() -> PartyTable:
    """Parties whose name several states' parties share ("Green Party", "the Greens",
    "Socialists"), from ``data/parties_shared.tsv``: each with the placeholder state "" that the
    document decides."""
    return PartyTable([f"{name}\t\t{aliases}" for name, _, aliases in _pairs("parties_shared.tsv")])


def _pairs(name: str) -> list[tuple[str, str, str]]:
    return [line.partition("\t") for line in data_lines(name)]


@functools.cache
def bodies() -> PartyTable:
    """State bodies named so that the name says the state ("State Department", "Bundestag")."""
    return PartyTable(data_lines("bodies.tsv"))


class GroupTable:
    """Armed non-state groups by folded name ("hezbollah" -> "LBN"), from PETRARCH-2's
    Phoenix.MilNonState dictionary (``tools/build_groups.py``)."""

    def __init__(self, lines: Sequence[str]) -> None:
        self._states: dict[str, str] = {}
        for line in lines:
            form, _, iso3 = line.partition("\t")
            if not iso3:
                raise ValueError(f"expected a name and ISO3, got {line!r}")
            self._states[form] = iso3

    def state(self, text: str) -> str | None:
        """The ISO3 code of the state a group named so is from; a name written all in
        lowercase is a word ("youth"), never a group."""
        if text.islower():
            return None
        key = fold(_form(text))
        return self._states.get(key.removeprefix("the ")) if key else None

    def forms(self) -> frozenset[str]:
        """Every listed name, folded ("boko haram", "hezbollah")."""
        return frozenset(self._states)


@functools.cache
def groups() -> GroupTable:
    # (the hand-kept lines of groups_extra.tsv after the generated table: they override it)
    return GroupTable([*data_lines("groups.tsv"), *data_lines("groups_extra.tsv")])

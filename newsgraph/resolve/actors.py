"""The knowledge base of office holders and organizations (``data/actors.tsv``).

Converted from the PETRARCH-2 Phoenix actor dictionaries by ``tools/build_actors.py``
(format and licence in ``newsgraph/data/README.md``). Loaded once, on first use.

>>> kb = actors()
>>> kb.person("Tony Blair").holder("2005-03-01")
'state:GBR'
>>> kb.person("George W Bush").holder(None)
'state:USA'
>>> kb.person("Blair") is None  # a full name only
True
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..extractors.lexicon import data_text
from ..extractors.states import StateTable, fold
from ..model import Kind, node_key

#: CAMEO sectors that make a role one held for the state (government, military, legislature,
#: judiciary, intelligence, police); "ELI" (elites), "OPP" (opposition) and the like do not.
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "SPY", "COP")
#: International bodies whose officials the knowledge base lists, by code, with their node label.
IGO_LABELS = {"IGOUNO": "United Nations", "IGOEUREEC": "European Union", "IGOWSTNAT": "NATO"}
#: Names of those bodies in news text: an organization named so is that body's one node.
IGO_ALIASES = {
    "United Nations": ("United Nations", "UN", "U.N.", "the UN", "the United Nations"),
    "European Union": ("European Union", "EU", "E.U.", "the EU"),
    "NATO": ("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
}
_IGO_FORMS = {fold(alias): name for name, aliases in IGO_ALIASES.items() for alias in aliases}


def igo_name(label: str) -> str | None:
    """The international body a name stands for ("UN" -> "United Nations"), or None."""
    return _IGO_FORMS.get(fold(label))


@dataclass(frozen=True, slots=True)
class Role:
    """A role with its code (``GBRGOV``) and ISO dates ("" when open)."""

    code: str
    start: str
    end: str

    def holds_on(self, date: str | None) -> bool:
        if date is None:
            return True
        day = date[:10]
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str  # folded full name
    variants: tuple[str, ...]
    roles: tuple[Role, ...]

    def holders(self, date: str | None) -> set[str]:
        """Node keys of the states and international bodies the person served on ``date``
        (every one the person ever served when the date is unknown)."""
        table = StateTable.default()
        found = set()
        for role in self.roles:
            if not role.holds_on(date):
                continue
            if role.code in IGO_LABELS:
                found.add(node_key(Kind.ORGANIZATION, IGO_LABELS[role.code]))
            elif role.code[3:6] in STATE_SECTORS:
                try:
                    found.add(table.get(role.code[:3]).key)
                except KeyError:
                    continue
        return found

    def holder(self, date: str | None) -> str | None:
        """The one state or body the person served on ``date``; None when none or several."""
        found = self.holders(date)
        return next(iter(found)) if len(found) == 1 else None


class Actors:
    """Lookups by full name (folded: case, accents and punctuation do not matter)."""

    def __init__(self, text: str) -> None:
        # Lines are kept as text and parsed when a name is looked up: loading stays cheap.
        self._persons: dict[str, str] = {}
        self._variants: dict[str, list[str]] = {}
        self._organizations: dict[str, str] = {}
        self._surnames: dict[str, frozenset[str]] | None = None  # built on first use
        self._by_surname: dict[str, list[str]] | None = None  # built on first use
        persons, variants, organizations = self._persons, self._variants, self._organizations
        for line in text.splitlines():
            kind, _, rest = line.partition("\t")
            name, _, data = rest.partition("\t")
            if kind == "P":
                persons[name] = data
                if not data.startswith("\t"):
                    for variant in data.partition("\t")[0].split("|"):
                        variants.setdefault(variant, []).append(name)
            elif kind == "O":
                organizations[name] = data

    def _known(self, name: str) -> KnownPerson:
        variants, _, roles = self._persons[name].partition("\t")
        return KnownPerson(
            name,
            tuple(v for v in variants.split("|") if v),
            tuple(Role(*[*r.split(" "), "", ""][:3]) for r in roles.split(";") if r.strip()),
        )

    def person(self, name: str) -> KnownPerson | None:
        """The person of this full name (or of a name variant held by one person only: a
        surname alone matches only when the dictionary lists it as that person's short name,
        "Obama")."""
        key = fold(name)
        if not key:
            return None
        if len(key.split()) > 1 and key in self._persons:
            return self._known(key)
        found = self._variants.get(key, ())
        return self._known(found[0]) if len(found) == 1 else None

    def surname_codes(self, surname: str) -> frozenset[str]:
        """The state codes (first three letters of the role codes) of everyone the knowledge
        base lists with this last name: {"USA"} for "clinton", many for "smith"."""
        if self._surnames is None:
            index: dict[str, set[str]] = {}
            for name, data in self._persons.items():
                roles = data.partition("\t")[2]
                codes = index.setdefault(name.rsplit(" ", 1)[-1], set())
                codes.update(r.strip()[:3] for r in roles.split(";") if r.strip())
            self._surnames = {k: frozenset(v) for k, v in index.items()}
        return self._surnames.get(fold(surname), frozenset())

    def serving(self, surname: str, date: str | None) -> list[tuple[KnownPerson, str]]:
        """(person, holder) for everyone of this last name the knowledge base lists as serving
        one state or international body on ``date`` ("bush", 2005: George W Bush for the US,
        McKeeva Bush for the Cayman Islands); undated, in all their roles."""
        if self._by_surname is None:
            index: dict[str, list[str]] = {}
            for name in self._persons:
                index.setdefault(name.rsplit(" ", 1)[-1], []).append(name)
            self._by_surname = index
        found = []
        for name in self._by_surname.get(fold(surname), ()):
            person = self._known(name)
            holder = person.holder(date)
            if holder is not None:
                found.append((person, holder))
        return found

    def organization(self, name: str) -> str | None:
        """The code of a listed company, NGO or international body ("MNCUSA"), or None."""
        return self._organizations.get(fold(name))

    def organizations(self) -> Mapping[str, str]:
        """Every listed company, NGO and international body: folded name -> code."""
        return MappingProxyType(self._organizations)

    def __len__(self) -> int:
        return len(self._persons)


@functools.cache
def actors() -> Actors:
    """The shipped knowledge base, loaded on first use."""
    return Actors(data_text("actors.tsv"))

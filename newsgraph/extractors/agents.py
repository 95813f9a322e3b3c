"""Actors by sector: which part of a state or society a noun phrase names (issue 11.2).

"Israeli soldiers arrested ..." is Israel acting through its military: the state is the
actor, and the edge from it to the event carries the sector (``MIL``) and the words of the
text (``mention``, "Israeli soldiers"). The sectors are CAMEO agent codes (GOV government,
MIL military, COP police, JUD judiciary, REB rebels, CVL civilians, EDU education, REF
refugees, BUS business, MED media, ...), read from ``data/sectors.tsv``; international
organizations (UN, NATO, IAEA, EU, Interpol ...) from ``data/igos.tsv``. Both are generated
from the PETRARCH-2 / Phoenix dictionaries by ``tools/build_agents.py`` (see
``data/README.md``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import data_lines

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The sector of an international or non-governmental organization named in ``igos.tsv``.
IGO, NGO = "IGO", "NGO"


@dataclass(frozen=True, slots=True)
class Sectors:
    """Phrase (lower case words) -> CAMEO agent code; ``longest`` is the most words in one."""

    phrases: dict[str, str]
    longest: int

    def code(self, words: list[str]) -> str | None:
        """The full agent code of the longest phrase that ends ``words`` ("riot police" -> COP)."""
        for n in range(min(self.longest, len(words)), 0, -1):
            found = self.phrases.get(" ".join(words[-n:]))
            if found:
                return found
        return None

    def sector(self, words: list[str]) -> str | None:
        """The primary sector (the code's first three letters): "GOVMIL" -> "GOV"."""
        code = self.code(words)
        return code[:3] if code else None


#: The people of a state as a whole, civilians in CAMEO ("the British people", "the French
#: public", "American taxpayers" are the state, sector CVL); Phoenix files "people" and
#: "person" under its own code PPL, which no CAMEO actor code has.
PEOPLE = {"people": "CVL", "person": "CVL", "persons": "CVL", "public": "CVL", "taxpayer": "CVL"}
PEOPLE |= {"populace": "CVL", "citizenry": "CVL", "householder": "CVL"}
#: People the Phoenix list leaves out: children at school (EDU, like "pupil"), a government's
#: critics (OPP, like "dissident").
PEOPLE |= {"schoolgirl": "EDU", "schoolboy": "EDU", "schoolchild": "EDU", "schoolchildren": "EDU"}
PEOPLE |= {"critic": "OPP"}
#: Members of the British parliaments the Phoenix list leaves out (it has "mp"): "urged MSPs to
#: back the bill", "told peers" name the legislature (LEG) as "MPs" do.
PEOPLE |= {"msp": "LEG", "peer": "LEG"}


@functools.cache
def sectors() -> Sectors:
    """Load ``sectors.tsv`` once, with :data:`PEOPLE` over it."""
    phrases: dict[str, str] = {}
    for line in data_lines("sectors.tsv"):
        phrase, _, code = line.partition("\t")
        if code:
            phrases[phrase] = code.strip()
    phrases.update(PEOPLE)
    return Sectors(phrases, max((len(p.split()) for p in phrases), default=1))


@dataclass(frozen=True, slots=True)
class Organization:
    """An international organization: its CAMEO actor code and label."""

    code: str
    label: str

    @property
    def sector(self) -> str:
        return IGO if self.code.startswith(IGO) else NGO


@dataclass(frozen=True, slots=True)
class Organizations:
    """Names of international organizations. Acronyms ("UN", "NATO") match exactly as
    written; full names case-insensitively, without a leading "the"."""

    acronyms: dict[str, Organization]
    names: dict[str, Organization]

    def get(self, text: str) -> Organization | None:
        name = " ".join(text.split())
        if name[:4].lower() == "the ":
            name = name[4:]
        name = name.removesuffix("'s").removesuffix("’s")
        return self.acronyms.get(name) or self.names.get(name.casefold())


@functools.cache
def organizations() -> Organizations:
    """Load ``igos.tsv`` once."""
    acronyms: dict[str, Organization] = {}
    names: dict[str, Organization] = {}
    for line in data_lines("igos.tsv"):
        code, label, forms = [*line.split("\t"), "", ""][:3]
        org = Organization(code, label)
        for form in forms.split("|"):
            if form.isupper() or form.replace(".", "").isupper():
                acronyms.setdefault(form, org)
            elif form:
                names.setdefault(form.casefold(), org)
    return Organizations(acronyms, names)


def phrase_words(tok: Token, skip: set[int]) -> list[str]:
    """The words of the noun phrase headed by ``tok`` that may name a sector: its compound,
    adjective and noun modifiers left of it, then its lemma ("riot police", "soldier").
    Tokens in ``skip`` (the names of states: "Israeli") are left out."""
    words = [
        c.lower_
        for c in tok.subtree
        if c.i < tok.i and c.head.i == tok.i and c.dep_ in ("compound", "amod", "nmod") and c.i not in skip
    ]
    if tok.text[-1:] == "s" and len(tok.text) > 2 and tok.text[:-1].isupper():
        return [*words, tok.text[:-1].lower()]  # "MPs", "MEPs" (the model's lemma may keep the "s")
    return [*words, tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_]

"""The parts of an office's role: its core title and its head word.

A role is the title as the text gives it, with the words that narrow it: "deputy chairman",
"shadow home secretary", "former minister", and a complement ("head of elections strategy",
"leader in the lords", "chairman of the public affairs committee"). The core is the title
before the complement; its last word is the head ("secretary", "chairman") that the rules on
national and state offices read.

>>> role_core("head of elections strategy")
'head'
>>> role_head("shadow home secretary")
'secretary'
"""

from __future__ import annotations

#: Prepositions that open a role's complement ("head of ...", "spokesman for ...").
COMPLEMENT = frozenset({"of", "for", "on", "in", "at", "to"})
#: Whole titles of a state's law officers, whose head word ("general", "chancellor") alone says
#: nothing: "the Attorney General X" serves the government the story is about.
LAW_OFFICERS = ("attorney general", "solicitor general", "lord chancellor", "lord advocate")
#: Titles of a legislator elected for a constituency: "MP for Witney" names the seat, which is no
#: state or organization the member serves.
CONSTITUENCY_TITLES = frozenset({"mp", "mep", "msp", "mla", "am", "td"})
#: Offices a city or region holds itself: "London mayor X" is London's, whatever party X is in.
CIVIC_OFFICES = frozenset({"mayor", "governor"})


def role_core(role: str | None) -> str:
    """The title before its complement, lower case ("" for no role)."""
    words = (role or "").lower().split()
    for i, word in enumerate(words):
        if i and word in COMPLEMENT:
            return " ".join(words[:i])
    return " ".join(words)


def role_head(role: str | None) -> str:
    """The title's head word ("minister" in "former foreign minister of Spain")."""
    core = role_core(role).split()
    return core[-1] if core else ""


def body_head(name: str) -> str:
    """A body's head word, lower case: the word before its first "of"/"for" when a name goes on
    after it ("bureau" in "National Bureau of Statistics", "ministry" in "Ministry of Defence"),
    else its last word ("office" in "Home Office")."""
    words = name.lower().split()
    for i, word in enumerate(words):
        if i and word in ("of", "for") and i + 1 < len(words):
            return words[i - 1]
    return words[-1] if words else ""


def law_officer(role: str | None) -> bool:
    """A state's law officer ("attorney general", "former solicitor general"); not a
    shadow one."""
    core = role_core(role)
    return "shadow" not in core.split() and (
        core in LAW_OFFICERS or core.endswith(tuple(" " + t for t in LAW_OFFICERS))
    )


def constituency_member(role: str | None) -> bool:
    """A legislator's seat title ("mp", "former mp", "labour mp for bolsover"), whose place is a
    constituency, never a holder."""
    return role_head(role) in CONSTITUENCY_TITLES

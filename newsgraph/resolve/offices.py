"""Whose office: the holder of an office named with no holder in its own phrase.

An extractor that reads "Prime Minister Tony Blair" or "the Home Office" with no state or
organization in the phrase stores a claim (:class:`~newsgraph.model.ClaimFact`). Resolution
decides the holder, in this order, and records what the decision rests on (``basis``):

1. ``knowledge`` - the knowledge base of office holders (:mod:`newsgraph.resolve.actors`) for
   the person's full name on the document's date. A document without a date uses it only for
   a state office ("prime minister", "foreign secretary"), and only when the person served
   one state or body in all the knowledge base knows.
2. ``store`` - the holder the text gives this node elsewhere in the store: the one holder
   named with the same office, else, for a state office, the one state it is affiliated with.
3. ``home`` - the document's home state (dateline, the state it is about) for a national
   office ("Prime Minister", "Chancellor", "Home Secretary") or a government body.
4. otherwise no holder: the office stays a claim.

A person the knowledge base knows, named with no office at all in the store ("Obama said"),
is affiliated with the one state all the person's roles are of (:func:`known_state`, basis
``knowledge``), with the sentence of the first mention as its evidence.

The text always wins: a claim exists only where the phrase named no holder, and an
explicit holder elsewhere in the same document beats the knowledge base.
Never a state merely because it is named nearby.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..extractors.lexicon import offices
from ..extractors.parties import parties
from ..extractors.roles import CIVIC_OFFICES, law_officer, role_core, role_head
from ..extractors.states import StateTable
from ..model import Kind, Relation, node_key, slug
from . import DerivedRelation, NodeRow
from .actors import IGO_LABELS, actors

AFFILIATED = Relation.AFFILIATED_WITH.value
#: The role of the claim a peer's title makes (``extractors.entities``): the UK's House of Lords.
PEER_ROLE = "peer"
PART_OF = Relation.PART_OF.value
#: Office head words a state's government holds at home: the document's home state may hold them.
NATIONAL = frozenset(
    {
        "minister",
        "secretary",
        "chancellor",
        "president",
        "premier",
        "prime",
        "king",
        "queen",
        "monarch",
        "emperor",
        "undersecretary",
        "treasurer",
        # a seat in the state's national house: "Senator X" in a story about the US
        "senator",
        "congressman",
        "congresswoman",
    }
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A stored claim with its document's date: (entity, role, doc, sentence, home, date)."""

    entity: str
    role: str | None
    doc_id: str
    sentence_start: int
    sentence_end: int
    home: str | None
    date: str | None


def head(role: str | None) -> str:
    """The title's head word: "secretary" in "shadow home secretary", "head" in "head of tax"."""
    return role_head(role)


def opposition(role: str | None) -> bool:
    """An opposition party's office ("shadow home secretary"): no state's."""
    return bool(role) and "shadow" in (role or "").lower().split()


#: Offices named with a national head word that are not a state government's: a union's or
#: party's "general secretary", a devolved government's "first minister".
NOT_NATIONAL = ("general secretary", "first minister", "press secretary", "private secretary")


#: Words that make an office an association's, not a state's ("constituency association president").
BODY_WORDS = frozenset(
    {
        "association",
        "organisation",
        "organization",
        "party",
        "union",
        "club",
        "society",
        "company",
        "group",
        "council",
        "committee",
        "board",
        "federation",
        "league",
        "foundation",
        "institute",
        "trust",
        "campaign",
    }
)


#: Words only a company's offices carry ("executive vice president", "managing director",
#: "chief operating officer"): such an office is no state government's whatever its head word.
CORPORATE_WORDS = frozenset({"executive", "operating", "managing", "non-executive"})


#: Bodies inside a parliament or an organization: an office of one is not its parent's.
SUB_UNITS = frozenset({"committee", "subcommittee", "council", "board", "panel", "commission", "inquiry"})
#: Adjectives of devolved governments: their ministers are no state's.
DEVOLVED = frozenset({"welsh", "scottish", "holyrood", "assembly"})


def national(role: str | None) -> bool:
    """An office a state's own government holds: "prime minister", "home secretary", "attorney
    general"."""
    low = (role or "").lower()
    if law_officer(role):
        return not BODY_WORDS.intersection(low.split())
    return (
        head(role) in NATIONAL
        and not opposition(role)
        and not role_core(low).endswith(NOT_NATIONAL)
        and not BODY_WORDS.intersection(low.split())
        and not CORPORATE_WORDS.intersection(role_core(low).split())
        # "Welsh health minister": a devolved government's ("Welsh secretary" is the state's)
        and not (head(role) == "minister" and DEVOLVED.intersection(low.split()))
    )


def civic(role: str | None) -> bool:
    """A city's or region's own office ("mayor", "governor"): its holder is the place, never
    the party its holder belongs to."""
    return head(role) in CIVIC_OFFICES and not BODY_WORDS.intersection((role or "").lower().split())


def _known_holder(node: NodeRow | None, claim: Claim) -> str | None:
    if node is None or node.kind != Kind.PERSON.value:
        return None
    kb = actors()
    names = [node.label, *(a for a in node.aliases if len(a.split()) > 1 and a != node.label)]
    for name in names:
        person = kb.person(name)
        if person is None:
            continue
        holder = person.holder(claim.date)
        # Undated, the knowledge base speaks only for a state office or an international body.
        if holder is None or (holder.startswith("state:") and opposition(claim.role)):
            return None
        if claim.date is None and holder.startswith("state:") and not national(claim.role):
            return None
        return holder
    return None


def known_state(
    node: NodeRow, named: Callable[[str], bool] | None = None, until: str | None = None
) -> str | None:
    """The state of a person the knowledge base knows, named with no office ("Obama said"):
    the one state all the person's listed roles are of (elites, opposition and offices alike),
    whatever the document's date; None when the roles name two states, an international body
    or none. Looked up by the node's label and its longer aliases, then by the label alone
    when it is one word the dictionary lists as that person's short name. A full name counts
    only when everyone the knowledge base lists with that last name is of the same state, or,
    given ``named(state)`` (whether a document naming the person names the state), when a
    document ties the listed person's one state to the name ("Tony Blair" in a story naming
    the UK, although a Blair served the US). With ``until``, the date of the latest document
    naming the person, a listed person all of whose roles began after it is a later namesake
    unless a document names the state ("Peter Tom, Aggregate's chief executive" in 2005 is not
    the Solomon Islands minister of 2009)."""
    if node.kind != Kind.PERSON.value:
        return None
    kb = actors()
    table = StateTable.default()
    for name in (node.label, *(a for a in node.aliases if len(a.split()) > 1 and a != node.label)):
        person = kb.person(name)
        if person is None:
            continue
        found: set[str] = set()
        for role in person.roles:
            try:
                found.add(table.get(role.code[:3]).key)
            except KeyError:
                return None  # an international body ("IGO..."), a group ("IMG")
        if len(found) != 1:
            return None
        state = next(iter(found))
        if (
            len(name.split()) > 1
            and kb.surname_codes(name.split()[-1]) != {state.partition(":")[2]}
            and not (named is not None and named(state))
        ):
            # "Peter Smith": others of that name serve other states; the name alone is no
            # evidence that this is the listed one ("Bill Clinton": every Clinton is American)
            return None
        if (
            until
            and person.roles
            and all((role.start or "0000") > until for role in person.roles)
            and not (named is not None and named(state))
        ):
            return None
        return state
    return _known_surname(node, named, until)


#: Knowledge-base sectors of a government's own members (not its soldiers, judges or elites).
GOVERNMENT_SECTORS = frozenset({"GOV"})


def _known_surname(node: NodeRow, named: Callable[[str], bool] | None, until: str | None) -> str | None:
    """A person named only by a surname ("Mr Blair said") with no office in the store: the
    state of the members of government of that surname the knowledge base lists (on ``until``,
    the latest document's date, when known), when the knowledge base lists one member of any
    government of that surname and a document naming the person names that state ("Blair": Tony
    Blair's UK in a story naming the UK; Dennis Blair was an American elite, no member of a
    government). A name several members of government bore ("Reddy", "Brown") gives nothing."""
    if named is None or len(node.label.split()) != 1 or any(len(a.split()) > 1 for a in node.aliases):
        return None
    members = [
        (person, holder)
        for person, holder in actors().serving(node.label, None)
        if any(r.code[3:6] in GOVERNMENT_SECTORS for r in person.roles)
    ]
    if len(members) != 1:
        return None  # "Reddy", "Brown": a common name several members of government bore
    person, holder = members[0]
    if not any(r.code[3:6] in GOVERNMENT_SECTORS and r.holds_on(until) for r in person.roles):
        return None
    return holder if holder.startswith("state:") and named(holder) else None


def attribute(
    claim: Claim,
    node: NodeRow | None,
    holders: Sequence[tuple[str, str, str | None]],
    named: Callable[[str], bool] | None = None,
) -> tuple[str, str] | None:
    """(holder key, basis) for one claim, or None. ``node`` is the claimant's resolved node;
    ``holders`` its explicit (target node, relation, role) facts in the whole store;
    ``named(state)`` whether the claim's document names the state."""
    if claim.role is None:  # a government body: whose part it is
        states = {t for t, rel, _r in holders if rel == PART_OF and t.startswith("state:")}
        if len(states) == 1:
            return next(iter(states)), "store"
        return (claim.home, "home") if claim.home else None
    known = _known_holder(node, claim)
    if known is not None:
        return known, "knowledge"
    if claim.role == PEER_ROLE:
        # "Lord Bingham", "Baroness Vole" tied to nothing else: a member of the UK's House of Lords
        if any(rel == AFFILIATED for _t, rel, _r in holders):
            return None  # the store names whom the peer serves ("Lib Dem peer Lord Vole")
        return node_key(Kind.STATE, "GBR"), "knowledge"
    if opposition(claim.role):
        # "shadow home secretary X": the party X is affiliated with, never a state.
        found = {t for t, rel, _r in holders if rel == AFFILIATED and t in _party_keys()}
        return (next(iter(found)), "store") if len(found) == 1 else None
    if SUB_UNITS.intersection(role_core(claim.role).split()):
        return None  # "committee chairman": the committee's, which the store does not name
    same = {
        t
        for t, rel, r in holders
        if rel == AFFILIATED
        and r
        and head(r) == head(claim.role)
        and not opposition(r)
        # "chairman of the transport committee" at the Commons: no bare "chairman" of it
        and (role_core(r) == r.lower() or r == claim.role)
        # "Labour former minister X" elsewhere: a party names the minister's side, and a
        # state office named alone ("former welfare minister X") is still the state's
        and not ((national(claim.role) or civic(claim.role)) and t in _party_keys())
    }
    if len(same) == 1:
        return next(iter(same)), "store"
    if not same and offices().serves_a_state(role_core(claim.role)):
        states = {t for t, rel, _r in holders if rel == AFFILIATED and t.startswith("state:")}
        if len(states) == 1:
            return next(iter(states)), "store"
    titled = _titled_surname(claim, node, named)
    if titled is not None:
        return titled, "knowledge"
    only = offices().titled_state(" ".join((claim.role or "").lower().split()))
    if only is not None and not opposition(claim.role):
        return node_key(Kind.STATE, only[1]), "knowledge"  # "the Lord Chief Justice, Lord X": the UK's
    if claim.home and (national(claim.role) or state_body_office(claim.role)):
        return claim.home, "home"
    return None


#: Words of a state's own body inside an office ("central bank vice president", "foreign ministry
#: spokesman", "state-owned oil company chairman"): its holder serves the state of the body.
STATE_BODY_WORDS = frozenset({"ministry", "state-owned", "state-run"})


def state_body_office(role: str | None) -> bool:
    """An office in a state's own body that the role names by a common noun ("the central bank's vice
    president", "a foreign ministry official"): the document's home state holds it when the
    phrase named no state. Not a party's or a company's ("bank vice president")."""
    low = " ".join((role or "").lower().replace("'s", "").split())
    words = low.split()
    return (
        not opposition(role)
        and not CORPORATE_WORDS.intersection(words)
        and not ({"party", "company", "firm"} & set(words) and not STATE_BODY_WORDS.intersection(words))
        and ("central bank" in low or bool(STATE_BODY_WORDS.intersection(words)))
    )


def _titled_surname(claim: Claim, node: NodeRow | None, named: Callable[[str], bool] | None) -> str | None:
    """A state office before a surname the store knows no full name of ("President Bush"): the
    state of the one person of that last name the knowledge base lists in office on the
    document's date, among those whose state the document names (a Bush served the Cayman
    Islands then too, a story about the US names the US); several such persons must agree on
    the state. Undated, the persons of that name who ever served a state count. Only for a
    state government's office, never when two states are left."""
    if (
        node is None
        or named is None
        or node.kind != Kind.PERSON.value
        or len(node.label.split()) != 1
        or any(len(a.split()) > 1 for a in node.aliases)
        or not national(claim.role)
    ):
        return None
    holders = {h for _p, h in actors().serving(node.label, claim.date) if named(h)}
    return next(iter(holders)) if len(holders) == 1 else None


@functools.cache
def _party_keys() -> frozenset[str]:
    """Node keys of the political parties (``data/parties.tsv``)."""
    return frozenset(node_key(Kind.ORGANIZATION, name) for name in parties().names())


#: Nouns by which a role names its holder ("the party's leader", "the organisation's president").
BODY_NOUNS = frozenset({"party", "organisation", "organization"})


def without_holder(role: str | None, holder: str) -> str | None:
    """The role without the holder's name in front ("family planning association chief
    executive" held for ``organization:family-planning-association``: "chief executive")."""
    if not role:
        return role
    name = holder.partition(":")[2].split("-")
    words = role.split()
    if len(words) > len(name) and slug(" ".join(words[: len(name)])) == "-".join(name):
        return " ".join(words[len(name) :])
    if len(words) > 1 and words[0] in BODY_NOUNS and holder.startswith("organization:"):
        return " ".join(words[1:])  # "party former treasurer" held for the party: "former treasurer"
    return role


def derive(
    claims: Iterable[Claim],
    canonical: Mapping[str, str],
    nodes: Mapping[str, NodeRow],
    relations: Iterable[tuple[str, str, str, str | None]],
    named: Callable[[str, str], bool] | None = None,
) -> list[DerivedRelation]:
    """Derived relations for ``claims``. ``relations`` are the explicit (source, target,
    relation, role) facts of the claimants' nodes, keys as stored (mapped here);
    ``named(doc_id, state)`` whether a document names a state."""
    holders: defaultdict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    for source, target, relation, role in relations:
        holders[canonical.get(source, source)].append((canonical.get(target, target), relation, role))
    found = []
    for claim in claims:
        node_key_ = canonical.get(claim.entity, claim.entity)
        in_doc = None if named is None else functools.partial(named, claim.doc_id)
        decided = attribute(claim, nodes.get(node_key_), holders.get(node_key_, ()), in_doc)
        if decided is None:
            continue
        target, basis = decided
        if target == node_key_:
            continue
        relation = AFFILIATED if claim.role is not None else PART_OF
        found.append(
            DerivedRelation(
                claim.entity,
                target,
                relation,
                without_holder(claim.role, target),
                claim.doc_id,
                claim.sentence_start,
                claim.sentence_end,
                basis,
            )
        )
    return found


def holder_node(key: str) -> NodeRow | None:
    """The node row of a holder the documents may never have named (a state, an IGO)."""
    kind, _, name = key.partition(":")
    if kind == Kind.STATE.value:
        try:
            state = StateTable.default().get(name)
        except KeyError:
            return None
        return NodeRow(key, kind, state.name, state.iso3, (), 0, 0)
    for label in IGO_LABELS.values():
        if node_key(Kind.ORGANIZATION, label) == key:
            return NodeRow(key, Kind.ORGANIZATION.value, label, None, (), 0, 0)
    return None

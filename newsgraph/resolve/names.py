"""Which node a name belongs to, and what the node is called.

* :func:`choose_label` - a node's label from the surface forms of its mentions.
* :func:`merge_surnames` (``surnames.v2``) - a one-word person ("Putin") is the one
  multi-word person of the store sharing that name; one person's full name written two ways
  ("Jim Skinner", "James Skinner") is one node.

Pure functions over plain data; :mod:`newsgraph.resolve.tables` feeds them from the store.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..extractors.lexicon import data_lines, first_names, name_gender
from ..extractors.spelling import spelling_key, spelling_variant
from ..model import Kind

if TYPE_CHECKING:
    from .actors import Actors

PERSON = Kind.PERSON.value
STATE = Kind.STATE.value
#: Between a person's name key and the sides one document gives it (``graph.build.sided_keys``).
SIDE_MARK = "@"


def form_order(item: tuple[str, int]) -> tuple[int, int, str]:
    """Most frequent surface form first; ties -> the longest, then alphabetical."""
    text, n = item
    return (-n, -len(text), text)


def ordered_forms(forms: Mapping[str, int]) -> list[str]:
    """Surface forms, most frequent first (see :func:`form_order`)."""
    if len(forms) == 1:
        return list(forms)
    return [text for text, _n in sorted(forms.items(), key=form_order)]


def _partial(form: str, items: list[tuple[str, int]]) -> bool:
    """A form of a person's name another form tells better: the end of a fuller name ("Parker
    Bowles" beside "Camilla Parker Bowles"), or a name with a word before it ("Blairite Alan
    Milburn" beside "Alan Milburn")."""
    words = [w.casefold() for w in form.split()]
    for other, _n in items:
        them = [w.casefold() for w in other.split()]
        if (
            len(them) > len(words)
            and them[-len(words) :] == words
            and (form[:1].islower() or fuller_name(them, words))
        ):  # ("van der Vole" beside "Pieter van der Vole": a particle opens no one's first name)
            return True
        if len(them) < len(words) and words[-len(them) :] == them and not fuller_name(words, them):
            return True
    return False


#: A dash with spaces around it ends a name ("Moazzam Begg - have"); a hyphen inside one does not.
SPACED_DASH = re.compile(r"\s[-\u2013\u2014]+(\s|$)")


#: Titles of a woman written before her family name (see ``extractors.entities.WIFE_TITLES``).
WIFE_TITLES = ("mrs", "ms", "miss", "mme", "madame")

#: Titles of peers and the gender they tell: "Baroness Morgan" is a woman's name of its own.
PEERS = {
    **dict.fromkeys(("lord", "baron", "viscount", "earl", "marquess", "duke"), "M"),
    **dict.fromkeys(("lady", "baroness"), "F"),
    # a woman named by title and family name only ("Mrs Howard"): her own name across documents
    **dict.fromkeys(WIFE_TITLES, "F"),
}


def peer_role(role: str | None) -> bool:
    """A role that makes its holder a peer: "peer", "Labour peer", "life peer"."""
    return bool(role) and str(role).split()[-1].casefold() in ("peer", "peeress")


#: First words of a role held no more ("former president", "ex-minister", "the late premier").
PAST_ROLE_WORDS = ("former", "ex", "late", "then", "onetime", "one-time", "retired")


def present_office(role: str | None) -> bool:
    """A role the text gives its holder now: "US president", "chancellor"; not "former
    president", "ex-minister", nor a peerage ("Labour peer")."""
    if not role or peer_role(role):
        return False
    first = str(role).split()[0].casefold()
    return not first.startswith(PAST_ROLE_WORDS)


#: Royal styles before a first name ("Prince Charles"): a name of its own, merged with nobody.
ROYAL_STYLES = ("prince", "princess", "king", "queen", "emperor", "empress")


def royal_title(label: str) -> bool:
    """Whether a person's label is a royal style and one name ("Prince Charles", "Queen Rania")."""
    words = label.split()
    return len(words) == 2 and words[0].casefold() in ROYAL_STYLES


def peer_title(label: str) -> str | None:
    """The gender (M or F) of a peer's name ("Lord Falconer", "Baroness Morgan"), else None."""
    words = label.split()
    return PEERS.get(words[0].casefold()) if len(words) == 2 else None


def choose_label(kind: str, label: str, forms: Mapping[str, int] | None) -> str:
    """A state keeps its table label; anything else is named by its most frequent form, a
    person by a full name when one was seen ("Kim Jong Un", not "Kim"), a peer by the title
    when only the family name was written ("Baroness Morgan")."""
    if kind == STATE or not forms:
        return label
    if (
        kind == PERSON
        and (peer_title(label) is not None or royal_title(label))
        and set(forms) <= {label.split()[1], label}
    ):
        return label
    if kind == PERSON and len(label.split()) > 1 and all(len(f.split()) == 1 for f in forms):
        return label  # "Sandra Howard" written "Sandra" only ("Michael Howard's wife, Sandra")
    items = list(forms.items())
    if len(items) > 1 and kind == PERSON:
        items = [f for f in items if len(f[0].split()) > 1] or items
        items = [f for f in items if not _partial(f[0], items)] or items
    items = [f for f in items if not SPACED_DASH.search(f[0])] or items
    chosen = min(items, key=form_order)[0]
    return SPACED_DASH.split(chosen, maxsplit=1)[0].strip() or chosen  # "Alan Milburn - the"


def name_tokens(label: str) -> tuple[str, ...]:
    """The tokens a name may share with another name of the same person: its first and last
    word, casefolded, and their spelling keys ("~beverly" for Beverley and Beverly)."""
    words = label.split()
    if not words:
        return ()
    ends = (words[0], words[-1]) if len(words) > 1 else (words[0],)
    found = [w.casefold() for w in ends]
    found += ["~" + spelling_key(w) for w in ends]
    if len(words) == 1 and words[0].isalpha():
        found.append("#acr:" + words[0].upper())  # "Acpo" may be an organization's initials
    return tuple(dict.fromkeys(found))


def _genders_differ(a: str, b: str) -> bool:
    return {name_gender(a), name_gender(b)} == {"M", "F"}


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
    for Xi Jinping): the first word is no common first name, or a short one (a family name of
    East Asia: Kim, Lee) of a name of three words none else of which is one ("Andrew" is no
    family name in "Andrew Bonar Law")."""
    names = first_names()
    first, rest = words[0].casefold(), [w.casefold() for w in words[1:]]
    if first not in names:
        return True
    return len(words) >= 3 and len(first) <= FAMILY_NAME_LETTERS and not any(w in names for w in rest)


#: Family names written first that are also first names of the census lists are this short.
FAMILY_NAME_LETTERS = 4


#: Words of an organization's node key that make it a part of a state or of politics, not a
#: company: a minister's "Treasury", an MP's "Home Affairs Committee".
PUBLIC_BODY_WORDS = frozenset(
    {
        "ministry",
        "department",
        "office",
        "treasury",
        "commission",
        "parliament",
        "senate",
        "congress",
        "assembly",
        "council",
        "committee",
        "government",
        "cabinet",
        "house",
        "court",
        "police",
        "army",
        "navy",
        "agency",
        "authority",
        "executive",
        "administration",
        "party",
    }
)

#: Role heads of a seat in a house of a state or region: politics, whoever the holder.
SEAT_HEADS = frozenset(
    {"mp", "mps", "msp", "mep", "mla", "am", "senator", "congressman", "congresswoman", "councillor"}
)


@dataclass(frozen=True, slots=True)
class Sides:
    """What the texts tell of whom a person serves, to tell namesakes apart across documents:
    the states the person is affiliated with by name ("Kenyan Finance Minister X"), whether the
    person holds a political office (a party's, a seat, a national office) and whether the person
    holds a company's or a private body's post ("finance director of Tesmart", "head teacher of
    Greenfield School")."""

    states: frozenset[str] = frozenset()
    political: bool = False
    company: bool = False

    def __or__(self, other: Sides) -> Sides:
        return Sides(
            self.states | other.states, self.political or other.political, self.company or other.company
        )

    def conflicts(self, other: Sides) -> bool:
        """Two people, not one: both are given states and none in common, or one only political
        offices and the other only a company's posts."""
        if self.states and other.states and self.states.isdisjoint(other.states):
            return True
        mine = (self.political, self.company)
        return {mine, (other.political, other.company)} == {(True, False), (False, True)}


NO_SIDES = Sides()


def affiliation_sides(
    affiliations: Iterable[tuple[str, str | None]], claimed: Iterable[str | None] = ()
) -> Sides:
    """The :class:`Sides` of one person from its ``affiliations`` ((holder key, role) of its
    ``affiliated_with`` relations) and the roles of its office ``claimed`` with no holder."""
    from .actors import igo_name
    from .offices import _party_keys, national

    parties = _party_keys()
    states: set[str] = set()
    political = company = False
    for target, role in affiliations:
        head = (role or "").casefold().split()[-1:] or [""]
        if head[0] in SEAT_HEADS:
            political = True
        if target.startswith("state:"):
            states.add(target)
            political = political or bool(role and national(role))
        elif target in parties:
            political = True
        elif target.startswith("organization:") and role and head[0] not in SEAT_HEADS:
            words = set(target.partition(":")[2].split("-"))
            if not words & PUBLIC_BODY_WORDS and igo_name(target.partition(":")[2].replace("-", " ")) is None:
                company = True
    for role in claimed:
        head = (role or "").casefold().split()[-1:] or [""]
        if head[0] in SEAT_HEADS or (role and national(role)):
            political = True
    return Sides(frozenset(states), political, company)


#: A surname goes to the person holding most of its mentions only with this share of them.
SURNAME_SHARE = 0.75


def merge_surnames(
    persons: Iterable[tuple[str, str]],
    mentions: Mapping[str, int] | None = None,
    reasons: dict[str, str] | None = None,
    documents: Mapping[str, int] | None = None,
    ennobled: Collection[str] = (),
    periods: Mapping[str, tuple[str, str]] | None = None,
    titled: Collection[str] = (),
    offices: Mapping[str, frozenset[str]] | None = None,
    sides: Mapping[str, Sides] | None = None,
) -> dict[str, str]:
    """``surnames.v2``: person keys -> the node they belong to.

    * Full names that are one person written two ways merge into the most mentioned: the same
      last word, first names equal or nickname pairs ("Jim Skinner", "James Skinner"), middle
      words of one among the other's ("Anthony Meyer", "Anthony John Charles Meyer"); one name
      misspelt (:func:`spelling_variant`: "Beverly"/"Beverley", "Follet"/"Follett", "Kisrty"/
      "Kirsty"), one part at a time; never two first names of different genders ("Andy",
      "Andrea"), nor people the knowledge base knows apart ("George Bush", "George W Bush").
    * A one-word person ("Blair") is the one full name of the store ending with that word, or
      the one holding at least :data:`SURNAME_SHARE` of their mentions; it is never matched
      by a first name ("Sandra"), except for names written family name first ("Kim", "Xi").

    ``persons`` are (key, label) pairs; ``mentions`` their mention counts (1 each when absent),
    ``documents`` the numbers of documents naming them (1 each when absent); ``ennobled`` the
    keys the text calls a peer ("Labour peer Helena Vole"); ``reasons``, when given, receives
    for each key that moves what the decision rests on; ``periods`` the first and last dates of
    the documents naming each key and ``titled`` the keys the text gives an office held now,
    by which two namesakes the knowledge base tells apart are told apart in the text
    (:func:`_namesake_in_office`: "US President George Bush" in 2005 is George W Bush);
    ``sides`` what the texts tell of whom each key serves (:class:`Sides`): names whose
    documents give them different states, or one only political offices and the other only a
    company's posts, are two people ("Jim Fenwick, the finance director of Tesmart", "James
    Fenwick, the Conservative MP"; "Mr Okoth, Uganda's ambassador" beside "Kenyan Finance
    Minister David Okoth").
    """
    from .actors import actors

    counts = mentions or {}
    why: dict[str, str] = {} if reasons is None else reasons
    full: list[tuple[str, list[str]]] = []
    singles: list[tuple[str, str]] = []
    peers: list[tuple[str, str]] = []
    for key, label in persons:
        words = label.split()
        if royal_title(label):
            continue  # "Prince Charles" is no family name's
        if peer_title(label) is not None:
            peers.append((key, label))
        elif len(words) > 1:
            full.append((key, words))
        elif words:
            singles.append((key, label))
    remap: dict[str, str] = {}
    # Full names written two ways: candidates share a spelling key of their last word, or of
    # their first word and a family name one may be the other's misspelt (:func:`_misspelt_keys`)
    # or both an office (:func:`_same_office_holder`). Names of one first name and unrelated
    # family names could never be one person: they are not compared (a store's Johns are many).
    office_keys = {k.partition(SIDE_MARK)[0] for k, roles in (offices or {}).items() if roles}
    blocks: defaultdict[str, list[int]] = defaultdict(list)
    for i, (key, words) in enumerate(full):
        blocks["l" + spelling_key(words[-1])].append(i)
        first = "f" + spelling_key(words[0])
        for sign in _misspelt_keys(words[-1]):
            blocks[f"{first} {sign}"].append(i)
        if key.partition(SIDE_MARK)[0] in office_keys:
            blocks[f"{first} office"].append(i)
    near: defaultdict[int, set[int]] = defaultdict(set)
    for members in blocks.values():
        if len(members) < 2:
            continue
        for i in members:
            near[i].update(j for j in members if j != i)
    kb = actors()
    named = [tuple(words) for _key, words in full]  # (the memoised comparison takes tuples)
    for i in sorted(near):
        key, words = full[i]
        if key in remap:
            continue
        for j in sorted(near[i]):
            into, other = full[j]
            if (
                into not in remap
                and _same_names(named[i], named[j]) is not None
                and _namesake_in_office(kb, words, other, (periods or {}).get(key), key in titled)
            ):
                remap[key] = into
                why[key] = f"namesake: {' '.join(other)} held the office then, {' '.join(words)} did not"
                break
    served = sides or {}
    held_by: dict[str, Sides] = {key: served.get(key, NO_SIDES) for key, _words in full}
    joined = _join_marked(full, counts, held_by, remap, why)
    node_offices: dict[str, frozenset[str]] = dict(offices or {})
    for key in joined:  # a name's node holds the offices of the marked keys that joined it
        node_offices[remap[key]] = node_offices.get(remap[key], frozenset()) | node_offices.get(
            key, frozenset()
        )
    # A name's own key ranks before the keys its documents marked with sides ("person:x@irl+p",
    # see graph.build.sided_keys): the node of the sides that agree keeps the name's key.
    family: Counter[str] = Counter()
    for key, _words in full:
        family[key.partition(SIDE_MARK)[0]] += counts.get(key, 1)
    order = sorted(
        near,
        key=lambda i: (
            -(family[full[i][0]] if SIDE_MARK not in full[i][0] else counts.get(full[i][0], 1)),
            full[i][0],
        ),
    )
    rank = {i: r for r, i in enumerate(order)}
    for i in order:
        key, words = full[i]
        if key in joined:
            continue
        for j in sorted((j for j in near[i] if rank[j] < rank[i]), key=rank.__getitem__):
            into, other = full[j]
            if remap.get(into, into) != into:
                continue
            how = _same_names(named[i], named[j]) or _same_office_holder(
                words, other, node_offices.get(key, frozenset()), node_offices.get(into, frozenset())
            )
            if how is not None and not _known_apart(kb, words, other):
                if held_by[key].conflicts(held_by[into]):
                    continue  # namesakes: the texts give them different states or walks of life
                remap[key] = into
                if words == other:
                    how = "one name, sides that agree"
                why[key] = f"{how}: {' '.join(words)} / {' '.join(other)}"
                held_by[into] = held_by[into] | held_by[key]
                break
    _follow(joined, remap)
    # A name that is the end of one longer name ("Parker Bowles", "Glyn Thomas"), or, when the
    # longer one opens with a word that is no first name before a first name, that longer name
    # is a fragment of it ("Blairite Alan Milburn").
    by_end: defaultdict[tuple[str, ...], list[tuple[str, list[str]]]] = defaultdict(list)
    for key, words in full:
        folded = tuple(w.casefold() for w in words)
        for i in range(1, len(folded) - 1):
            by_end[folded[i:]].append((key, words))
    for key, words in full:
        longer = by_end.get(tuple(w.casefold() for w in words), [])
        nodes = {remap.get(k, k) for k, _w in longer} - {remap.get(key, key)}
        if len(nodes) != 1:
            continue
        long_key, long_words = longer[0]
        targets = set(remap.values())
        if fuller_name(long_words, words):
            if key not in remap and key not in targets:
                remap[key] = next(iter(nodes))
                why[key] = f"surname: {' '.join(words)} ends one longer name"
        elif len(longer) == 1 and long_key not in remap and long_key not in targets:
            remap[long_key] = remap.get(key, key)
            why[long_key] = f"fragment: {' '.join(long_words)} is {' '.join(words)} with a word before it"
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
    held: defaultdict[str, set[str]] = defaultdict(set)
    with_office: set[str] = set()
    for key, _words in full:
        roles = (offices or {}).get(key, frozenset())
        held[remap.get(key, key)].update(_top_offices(roles))
        if roles:
            with_office.add(remap.get(key, key))
    node_sides: defaultdict[str, Sides] = defaultdict(Sides)
    for key, _words in full:
        node = remap.get(key, key)
        node_sides[node] = node_sides[node] | served.get(key, NO_SIDES)
    for key, label in singles:
        candidates = by_token.get(label.casefold(), set())
        own = served.get(key, NO_SIDES)
        # "The head teacher, Mr Wendell" is not "Transport Secretary Alastair Wendell"
        candidates = {c for c in candidates if not own.conflicts(node_sides[c])}
        top = _top_offices((offices or {}).get(key, frozenset()))
        if top:
            # "President Carter" is not the party's general secretary Matt Carter: a surname with a
            # state's top office goes only to a full name with that office or with none at all
            candidates = {c for c in candidates if top & held[c] or c not in with_office}
        if len(candidates) == 1:
            remap[key] = next(iter(candidates))
            why[key] = f"surname: the one full name with {label}"
        elif candidates:
            total = sum(weight[c] for c in candidates)
            best = min(candidates, key=lambda c: (-weight[c], c))
            if weight[best] >= SURNAME_SHARE * total:
                remap[key] = best
                why[key] = f"surname: {weight[best]} of {total} mentions of full names with {label}"
    spread: Counter[str] = Counter()
    for key, _words in full:
        spread[remap.get(key, key)] += (documents or {}).get(key, 1)
    for key, _label in peers:
        spread[key] += (documents or {}).get(key, 1)
    _merge_peers(peers, full, remap, weight, why, spread, {remap.get(k, k) for k in ennobled})
    _wives_alone(peers, full, singles, remap, why)
    _follow(joined, remap)
    return remap


def _misspelt_keys(family: str) -> set[str]:
    """Keys two family names share when one may be the other misspelt (:func:`spelling_variant`
    with ``surname``: "swap", "letter"): each two neighbouring letters in order, of the word and
    of its spelling key ("Kisrty"/"Kirsty"), and the word without its last letter
    ("Clark"/"Clarke"). Names sharing none are never spelling variants of each other; names
    sharing one may not be (the comparison decides)."""
    word = family.casefold().strip(".")
    found = {"=" + word, "=" + word[:-1]}
    for form, mark in ((word, "t"), (spelling_key(word), "k")):
        for n in range(len(form) - 1):
            found.add(f"{mark}{n}:{form[:n]}{''.join(sorted(form[n : n + 2]))}{form[n + 2 :]}")
    return found


def _follow(joined: Collection[str], remap: dict[str, str]) -> None:
    """The keys of ``joined`` go to the node at the end of their chain ("x@p" joined "Tony X",
    which joined "Anthony X")."""
    for key in joined:
        node, seen = remap[key], {key}
        while node in remap and node not in seen:
            seen.add(node)
            node = remap[node]
        remap[key] = node


def _join_marked(
    full: list[tuple[str, list[str]]],
    counts: Mapping[str, int],
    held_by: dict[str, Sides],
    remap: dict[str, str],
    why: dict[str, str],
) -> set[str]:
    """The keys documents marked with sides ("person:x@irl+p", see ``graph.build.sided_keys``)
    join the name's own key, most mentioned first, while their sides agree with those joined
    before; a key whose sides conflict joins the first such key it agrees with, or stays a node
    of its own (another person of that name). ``held_by`` grows with the sides joined, so the
    name's node is told apart from other names as the person its documents describe. Returns
    the keys that moved."""
    marked: defaultdict[str, list[str]] = defaultdict(list)
    plain = {key for key, _words in full if SIDE_MARK not in key}
    for key, _words in full:
        if SIDE_MARK in key and key.partition(SIDE_MARK)[0] in plain:
            marked[key.partition(SIDE_MARK)[0]].append(key)
    moved: set[str] = set()
    for name, keys in marked.items():
        # the name's own key counts for no side here: its documents gave none explicitly
        heads: dict[str, Sides] = {name: NO_SIDES}
        for key in sorted(keys, key=lambda k: (-counts.get(k, 1), k)):
            into = next((h for h, own in heads.items() if not own.conflicts(held_by[key])), None)
            if into is None:
                heads[key] = held_by[key]  # another person of that name
                continue
            remap[key] = into
            why[key] = "one name, sides that agree"
            heads[into] = heads[into] | held_by[key]
            held_by[into] = held_by[into] | held_by[key]
            moved.add(key)
    return moved


def _wives_alone(
    peers: list[tuple[str, str]],
    full: list[tuple[str, list[str]]],
    singles: list[tuple[str, str]],
    remap: dict[str, str],
    why: dict[str, str],
) -> None:
    """A woman named by title alone ("Mrs Merkel") that no full name took in is the bare family
    name of other documents ("Merkel") when no man's full name of the store ends with it (beside
    "Michael Howard", "Mrs Howard" and "Howard" stay two)."""
    names = first_names()
    men = {words[-1].casefold() for _key, words in full if names.get(words[0].casefold().rstrip(".")) != "F"}
    bare = {label.casefold(): key for key, label in singles if key not in remap}
    for key, label in peers:
        title, family = label.split()
        if key in remap or title.casefold() not in WIFE_TITLES or family.casefold() in men:
            continue
        into = bare.get(family.casefold())
        if into is not None:
            remap[key] = into
            why[key] = f"surname: {label} is the {family} of other documents, no man's family name"


#: A lord named by title ("Lord Hamilton") joins a man's full name of the store only when the
#: lord or that name is named in this many documents: men of one family name are many in the
#: news, and a lord of one article beside a name of one other article ("Tory Neil Hamilton",
#: "Sion Aubrey Roberts" the arsonist) are mostly two people; a lord of many articles ("Lord
#: Goldsmith", six) is the one namesake of the store ("Peter Goldsmith"). In the 393 BBC politics
#: articles the rule keeps four lords apart that were wrongly merged (Hamilton, Osborne, Harris,
#: Roberts); a rare family name (:func:`rare_family_name`) of one man's full name still joins
#: them (Lord Heseltine, Michael Heseltine, one article each).
PEER_DOCUMENTS = 2


def _merge_peers(
    peers: list[tuple[str, str]],
    full: list[tuple[str, list[str]]],
    remap: dict[str, str],
    weight: Mapping[str, int],
    why: dict[str, str],
    spread: Mapping[str, int] | None = None,
    ennobled: Collection[str] = (),
) -> None:
    """A peer named by title and family name ("Baroness Morgan") is the one full name of the
    store with that family name whose first name does not tell the other gender (Sally Morgan,
    never Rhodri Morgan), or the one holding :data:`SURNAME_SHARE` of their mentions; among
    several of that gender, the one the text calls a peer ("Labour peer Helena Kennedy", not
    the minister Jane Kennedy), given in ``ennobled`` (nodes)."""
    if not peers:
        return
    names = first_names()
    by_last: defaultdict[str, set[str]] = defaultdict(set)
    genders: defaultdict[str, set[str]] = defaultdict(set)
    for key, words in full:
        node = remap.get(key, key)
        by_last[words[-1].casefold()].add(node)
        genders[node].add(names.get(words[0].casefold().rstrip("."), "U"))
    for key, label in peers:
        gender = peer_title(label)
        other = "F" if gender == "M" else "M"
        candidates = {c for c in by_last.get(label.split()[1].casefold(), set()) if other not in genders[c]}
        if not candidates:
            continue
        if (
            gender == "M"
            and (spread or {}).get(key, 1) < PEER_DOCUMENTS
            and max((spread or {}).get(c, 1) for c in candidates) < PEER_DOCUMENTS
            and not (
                len(candidates) == 1
                and genders[next(iter(candidates))] == {"M"}
                and rare_family_name(label.split()[1])
            )
        ):
            continue  # "Lord Hamilton" the judge is not Neil Hamilton, named in one other article
        same = {c for c in candidates if genders[c] == {gender}}
        if len(same) > 1 and len(peers_named := same & set(ennobled)) == 1:
            remap[key] = next(iter(peers_named))
            why[key] = f"peer: {label} is the one full name of that family name the text calls a peer"
            continue
        if len(same) == 1:
            # "Baroness Kennedy": the one full name whose first name is a woman's, beside names
            # whose first name tells nothing
            remap[key] = next(iter(same))
            why[key] = f"peer: {label} is the one full name of that family name with a {gender} first name"
            continue
        total = sum(weight[c] for c in candidates)
        best = min(candidates, key=lambda c: (-weight[c], c))
        if len(candidates) == 1 or weight[best] >= SURNAME_SHARE * total:
            remap[key] = best
            why[key] = f"peer: {label} is the one full name of that family name and gender"


def rare_family_name(word: str) -> bool:
    """A family name few people bear: no first name of the census tables ("Harris", "Owen"),
    nobody's family name in the knowledge base of office holders ("Roberts", "Hamilton" are
    there). "Lord Heseltine" of one article is then the one "Michael Heseltine" of another."""
    from .actors import actors

    folded = word.casefold()
    return folded.isalpha() and folded not in first_names() and not actors().surname_codes(folded)


def fuller_name(longer: list[str], shorter: list[str]) -> bool:
    """``longer`` ("Camilla Parker Bowles", "Rhodri Glyn Thomas") is ``shorter`` ("Parker
    Bowles", "Glyn Thomas") named in full, not with a word before the name ("Blairite Alan
    Milburn" for "Alan Milburn"): it opens with a first name, or the shorter one does not."""
    names = first_names()
    return longer[0].casefold() in names or shorter[0].casefold() not in names


def _transliterated(first: str) -> str:
    """One key for a first name written from another alphabet two ways: "ks" as "x", a final
    "ey"/"ei"/"iy" as "i", a final "ay" as "ai", a final "y" after a consonant as "i"
    (Aleksey/Alexei, Sergey/Sergei, Yury/Yuri, Nikolay/Nikolai)."""
    w = first.casefold().rstrip(".").replace("ks", "x")
    w = re.sub(r"(ey|ei|iy)$", "i", w)
    w = re.sub(r"ay$", "ai", w)
    return re.sub(r"(?<=[^aeiouy])y$", "i", w)


def _same_person(a: list[str], b: list[str]) -> str | None:
    """Why two full names are one person's ("nickname", "spelling ..."), or None."""
    return _same_names(tuple(a), tuple(b))


#: Pairs of full names :func:`_same_names` keeps the answer for. Resolution compares the names of
#: one block (one first or last name) at every commit of an ingest; the answer depends on the two
#: names and the shipped tables only, so the pairs of earlier commits cost a look-up.
SAME_NAMES_CACHE = 1 << 18


@functools.lru_cache(maxsize=SAME_NAMES_CACHE)
def _same_names(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """:func:`_same_person` of two names given as tuples (pure: kept across commits)."""
    if _genders_differ(a[0], b[0]):
        return None
    last = spelling_variant(a[-1], b[-1], surname=True)
    if last is None:
        return None
    first = spelling_variant(a[0], b[0])
    if first is None and same_first_name(a[0], b[0]):
        first = "nickname"
    if first is None and last == "same" and _transliterated(a[0]) == _transliterated(b[0]):
        first = "spelling"  # "Aleksey Miller" and "Alexei Miller": one Russian name in two spellings
    if first is None or (last != "same" and first not in ("same", "spelling")):
        return None  # one part misspelt at a time: "Jim Clark" is not "James Clarke"
    short, long_ = sorted((a[1:-1], b[1:-1]), key=len)
    rest = [w.casefold().rstrip(".") for w in long_]
    if not all(w.casefold().rstrip(".") in rest for w in short):
        return None
    if first == "nickname" and len(short) != len(long_):
        return None  # "Alex Bell" is not "Alexander Graham Bell": a nickname and a middle name at once
    if first == last == "same":
        return "middle names"
    if last == "same":
        return "nickname" if first == "nickname" else f"spelling ({first})"
    return f"spelling ({last})"


#: Head words of roles many people hold at once: sharing one tells nothing of who is who.
COMMON_ROLES = frozenset(
    {
        "mp",
        "mps",
        "msp",
        "mep",
        "am",
        "member",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "councillor",
        "peer",
        "candidate",
        "minister",
        "leader",
        "official",
        "director",
        "chairman",
        "secretary",
        "president",
        "lawyer",
        "adviser",
        "advisor",
        "correspondent",
        "editor",
        "chief",
        "head",
        "officer",
        "manager",
        "executive",
        "chair",
    }
)


def _office_keys(roles: frozenset[str]) -> set[str]:
    """Roles specific enough to tell a person: two words or more, none of them a past-role
    word, the word before the head no party's or place's but a field's ("shadow home secretary"
    -> "home secretary", "mock elections project manager" -> "project manager"; not "Labour MP",
    "spokesman", "former minister")."""
    from ..extractors.parties import parties

    table = parties()
    found = set()
    for role in roles:
        words = role.split()
        for n in (3, 2, 1):
            front = " ".join(words[:n])
            if len(words) > n and any(table.lookup(f) is not None for f in (front.title(), front.upper())):
                words = words[n:]  # "lib dem home affairs spokesman": the party is no part of it
                break
        if len(words) < 2 or any(w.startswith(PAST_ROLE_WORDS) for w in words):
            continue
        if words[-1] in ("mp", "mps", "msp", "mep", "am", "member", "peer", "councillor", "candidate"):
            continue
        found.add(" ".join(words[-2:]))
    return {r for r in found if r.split()[0] not in COMMON_ROLES}


@functools.lru_cache(maxsize=SAME_NAMES_CACHE)  # (pure; compared again at every commit)
def _near_spelling(a: str, b: str) -> bool:
    """Family names of five letters or more whose spellings (:func:`spelling_key`) are one edit
    apart (a letter more, fewer or other, two neighbours swapped), or two edits apart when both
    are seven letters or more ("Raftery"/"Rafferty")."""
    x, y = spelling_key(a), spelling_key(b)
    if x == y or min(len(a), len(b)) < 5:
        return x == y and a.casefold() != b.casefold()
    return _edits(x, y) <= (2 if min(len(a), len(b)) >= 7 else 1)


def _edits(a: str, b: str) -> int:
    """The optimal string alignment distance: letters added, dropped, changed or swapped."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


#: Head words of a state's top offices, which a surname titled with one ("President Carter")
#: keeps across documents.
TOP_OFFICES = frozenset({"president", "premier", "king", "queen", "emperor", "monarch", "prime minister"})


def _top_offices(roles: Collection[str]) -> set[str]:
    """The top offices among ``roles`` ("president" of "former us president"), held now or
    before; the vice president's and a company's president are none."""
    found = set()
    for role in roles:
        words = role.casefold().replace("-", " ").split()
        if "vice" in words or "deputy" in words:
            continue
        for office in TOP_OFFICES:
            if " ".join(words).endswith(office):
                found.add(office)
    return found


def _same_office_holder(
    a: list[str], b: list[str], first: frozenset[str], second: frozenset[str]
) -> str | None:
    """Two full names with one first name whose family names are a letter apart ("Michael
    Raftery", "Michael Rafferty"; "David Davies", "David Davis") are one person when the text
    gives both the same specific office ("shadow home secretary"): namesakes of near family
    names are many, holders of one office few."""
    if not first or not second:
        return None  # (no office: nothing shared; the cheap test first, pairs are many)
    if len(a) != len(b) or not same_first_name(a[0], b[0]) or a[1:-1] != b[1:-1]:
        return None
    if not _near_spelling(a[-1], b[-1]):
        return None
    shared = _office_keys(first) & _office_keys(second)
    if not shared:
        return None
    return f"spelling (office {sorted(shared)[0]})"


def _known_apart(kb: Actors, a: list[str], b: list[str]) -> bool:
    """Both names are people the knowledge base tells apart."""
    first, second = kb.person(" ".join(a)), kb.person(" ".join(b))
    return first is not None and second is not None and first.name != second.name


def _namesake_in_office(
    kb: Actors, a: list[str], b: list[str], period: tuple[str, str] | None, titled: bool
) -> bool:
    """``a`` ("George Bush") is the namesake ``b`` ("George W Bush") the knowledge base tells
    apart from it: ``b`` served a state or international body through the dates of the
    documents naming ``a`` and ``a`` did not; or, with no dates, the text gives ``a`` an office
    held now and ``b`` is the later of the two in office (the news names the one serving)."""
    first, second = kb.person(" ".join(a)), kb.person(" ".join(b))
    if first is None or second is None or first.name == second.name:
        return False
    if period is not None:
        return all(second.holders(day) and not first.holders(day) for day in period)
    if not titled:
        return False
    served_a, served_b = _terms(first), _terms(second)
    return bool(served_a) and bool(served_b) and min(s for s, _e in served_b) >= max(e for _s, e in served_a)


def _terms(person: Any) -> list[tuple[str, str]]:
    """The (start, end) dates of a known person's terms serving a state or body ("9999" when open)."""
    from .actors import IGO_LABELS, STATE_SECTORS

    return [
        (role.start or "0000", role.end or "9999")
        for role in person.roles
        if (role.code in IGO_LABELS or role.code[3:6] in STATE_SECTORS) and (role.start or role.end)
    ]


def merge_aliases(
    entities: Mapping[str, Any], remap: dict[str, str], reasons: dict[str, str] | None = None
) -> dict[str, str]:
    """``aliases.v1``: a person's full name that a document gave as another name of one other
    person ("Mahmoud Abbas, also known as Abu Mazen": the form "Abu Mazen" of Mahmoud Abbas) is
    that person in every document ("Abu Mazen said" elsewhere). A form counts when it is no part
    of the label it was written for ("Hassan Sheikh" of "Hassan Sheikh Mohamud" is) and only one
    node holds it. Returns the keys that move; ``remap`` is read, never changed."""
    why: dict[str, str] = {} if reasons is None else reasons
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for key, e in entities.items():
        if e.kind != PERSON:
            continue
        label = {w.casefold() for w in e.label.split()}
        for form in e.forms:
            words = form.split()
            if len(words) > 1 and not {w.casefold() for w in words} <= label:
                owners[form.casefold()].add(remap.get(key, key))
    moved: dict[str, str] = {}
    for key, e in entities.items():
        if e.kind != PERSON or key in remap or len(e.label.split()) < 2:
            continue
        found = owners.get(e.label.casefold(), set()) - {key}
        if len(found) == 1:
            node = moved[key] = next(iter(found))
            named = entities[node].label if node in entities else node
            why[key] = f"alias: {e.label} is another name the text gives {named}"
    return moved


#: Kinds a name may be given by mistake for one another (states keep their table keys).
CROSS_KINDS = frozenset({"person", "organization", "location"})


def merge_kinds(
    entities: Mapping[str, Any], remap: Mapping[str, str], reasons: dict[str, str] | None = None
) -> dict[str, str]:
    """``kinds_across.v1``: one name the model typed as a person in some documents and as a place
    or organization in others is one node, of the kind the evidence of all mentions says.

    * A person's full name opening with a known first name ("Nicola Hartwell"), or a person other
      names were merged into, takes in the organizations and places of the same name.
    * A one-word person ("Lowestoft") goes to the place or organization of that name when those
      have at least as many mentions; other full names stay what they are (the first-name
      table misses many names).
    * A one-word organization named like one person's family name is that person when the
      person is named far more often ("Kilroy-Silk" for "Robert Kilroy-Silk").

    ``entities`` are :class:`~newsgraph.resolve.EntityInput` values; ``remap`` the decisions so
    far (keys already moved or merged into are left alone). Returns the keys that move."""
    why: dict[str, str] = {} if reasons is None else reasons
    targets = set(remap.values())
    by_label: defaultdict[str, list[Any]] = defaultdict(list)
    for key, e in entities.items():
        if e.kind in CROSS_KINDS and (key not in remap or e.kind == PERSON):
            by_label[e.label.casefold()].append(e)
    names = first_names()
    moved: dict[str, str] = {}
    for group in by_label.values():
        persons = [e for e in group if e.kind == PERSON and SIDE_MARK not in e.key]
        others = [e for e in group if e.kind != PERSON and e.key not in targets]
        if len(persons) != 1 or not others:
            continue
        person = persons[0]
        words = person.label.split()
        mentions = sum(person.forms.values())
        node = remap.get(person.key, person.key)  # "Vincent Cable" is Vince Cable's now
        if (len(words) > 1 and words[0].casefold() in names) or person.key in targets or node != person.key:
            for e in others:
                moved[e.key] = node
                why[e.key] = f"kind: {person.label} is a person's name"
            continue
        if person.key in remap:
            continue
        elsewhere = sum(sum(e.forms.values()) for e in others)
        if len(words) == 1 and elsewhere >= mentions:
            best = min(others, key=lambda e: (-sum(e.forms.values()), e.key))
            moved[person.key] = best.key
            why[person.key] = f"kind: {best.kind} in {elsewhere} mentions, person in {mentions}"
    moved.update(_surname_organizations(entities, remap, moved, why))
    return moved


#: A one-word organization is the person whose family name it is when that person's mentions
#: are at least this many times its own ("Kilroy-Silk" 6 beside "Robert Kilroy-Silk" 52;
#: "Scotland" 65 stays beside "Baroness Scotland").
SURNAME_OVER_ORGANIZATION = 3


def _surname_organizations(
    entities: Mapping[str, Any], remap: Mapping[str, str], moved: Mapping[str, str], why: dict[str, str]
) -> dict[str, str]:
    """One-word organizations named like the family name of one person of the store, who holds
    most of the mentions of that family name and is named far more often than the
    organization; never a company the knowledge base lists or a party."""
    from ..extractors.parties import parties
    from .actors import actors

    weight: Counter[str] = Counter()
    by_last: defaultdict[str, set[str]] = defaultdict(set)
    for key, e in entities.items():
        if e.kind != PERSON or key in moved:
            continue
        node = remap.get(key, key)
        weight[node] += sum(e.forms.values())
        words = e.label.split()
        if len(words) > 1:
            by_last[words[-1].casefold()].add(node)
    targets = set(remap.values()) | set(moved.values())
    kb, table = actors(), parties()
    found = {}
    for key, e in entities.items():
        if e.kind != "organization" or key in remap or key in moved or key in targets:
            continue
        label = e.label
        candidates = by_last.get(label.casefold()) if len(label.split()) == 1 else None
        if not candidates or kb.organization(label) or table.lookup(label) is not None:
            continue
        total = sum(weight[c] for c in candidates)
        best = min(candidates, key=lambda c: (-weight[c], c))
        mentions = sum(e.forms.values())
        if weight[best] >= SURNAME_SHARE * total and weight[best] >= SURNAME_OVER_ORGANIZATION * mentions:
            found[key] = best
            why[key] = f"kind: the family name of the person named in {weight[best]} of {total} mentions"
    return found

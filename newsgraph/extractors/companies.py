"""Names of one company written several ways: with or without a corporate suffix ("Siemens AG",
"Siemens"), or by the initials of its name ("Oil and Natural Gas Corporation", "ONGC").

Pure functions over names; ``entities.py`` uses them inside a document, ``resolve/`` across the
store.
"""

from __future__ import annotations

#: Words at the end of a company's name that tell no company from another ("Siemens AG" is
#: Siemens, "Reliance Group" is Reliance); compared case-folded, without a final dot.
CORPORATE_SUFFIXES = frozenset(
    {
        "group",
        "corp",
        "corporation",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "plc",
        "holdings",
        "holding",
        "co",
        "sa",
        "ag",
        "nv",
        "bv",
        "gmbh",
        "llc",
        "spa",
        "stores",
    }
)

#: Legal forms written before a company's name ("OAO Gazprom").
CORPORATE_PREFIXES = frozenset({"oao", "ooo", "zao", "pao", "ojsc", "jsc"})

#: Words an acronym leaves out ("Oil and Natural Gas Corporation" -> ONGC).
INITIAL_SKIP = frozenset({"and", "of", "the", "for", "&"})

#: Kind words that end a body's name and that its acronym may leave out: the Public and
#: Commercial Services Union is "PCS", the Scottish National Party "SNP" (either way).
KIND_ENDINGS = frozenset(
    {"union", "party", "association", "federation", "society", "group", "corporation", "company"}
)


def _word(w: str) -> str:
    return w.casefold().rstrip(".,")


def company_base(name: str) -> str | None:
    """The name without its corporate suffixes and prefixes ("Reliance Group" -> "Reliance",
    "OAO Gazprom" -> "Gazprom", "Wal-Mart Stores Inc" -> "Wal-Mart"); None when there is none
    to strip or nothing would be left."""
    words = name.split()
    start, end = 0, len(words)
    while end - start > 1 and _word(words[end - 1]) in CORPORATE_SUFFIXES:
        end -= 1
    while end - start > 1 and _word(words[start]) in CORPORATE_PREFIXES:
        start += 1
    if (start, end) == (0, len(words)) or words[end - 1].casefold() in INITIAL_SKIP:
        return None  # "Bank of Scotland Group" stays whole only if nothing is left to compare
    return " ".join(words[start:end]).rstrip(",")


def initials(name: str) -> str | None:
    """The acronym of a name of at least two capitalised words, leaving out and/of/the/for
    ("Oil & Natural Gas Corp" -> "ONGC"); None when a kept word is not capitalised."""
    words = [w for w in name.split() if w.casefold() not in INITIAL_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def is_acronym(text: str) -> bool:
    """Two to six capital letters ("ONGC", "WTO")."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


#: Trade words a company's full name ends with and its short name drops ("Nortel Networks" is
#: "Nortel", "Continental Airlines" "Continental"). Not the words of a group's arm ("Barclays
#: Capital", "Reliance Energy", "Tata Motors" are units of Barclays, Reliance and Tata).
NAME_TRADES = frozenset(
    {"airlines", "airways", "networks", "systems", "computers", "communications", "stores", "pharmaceuticals"}
    | {"bank"}  # "Riggs" for "Riggs Bank" (a bank's arms are named apart: "Barclays Capital")
)


def trade_short(short: str, long_: str, trade_words: frozenset[str] = NAME_TRADES) -> bool:
    """A one-word name that opens a longer one whose other words only name its trade or legal form
    ("Nortel" for "Nortel Networks", "Acme" for "Acme Systems Group")."""
    words = long_.split()
    return (
        len(short.split()) == 1
        and len(words) > 1
        and words[0] == short
        and words[1].casefold() in trade_words
        and all(w.casefold().rstrip(".,") in trade_words | CORPORATE_SUFFIXES for w in words[1:])
    )


def same_company(a: str, b: str, trade_words: frozenset[str] = NAME_TRADES) -> bool:
    """Two names of one company: one is the other with corporate suffixes or prefixes, or both
    the same name with different ones ("Siemens AG", "Siemens"); a partnership and its first
    partner ("Marsh & McLennan", "Marsh"); an acronym is the initials of the other name, with
    or without its kind word ("ONGC", "Oil and Natural Gas Corporation"; "PCS", "Public and
    Commercial Services Union"); a one-word name and the same name with words of its trade
    (``trade_words``: "Nortel", "Nortel Networks")."""
    if a == b:
        return True
    base_a, base_b = company_base(a) or a, company_base(b) or b
    if (base_a != a or base_b != b) and base_a.casefold() == base_b.casefold():
        return True
    if any(
        lead_partner(long_) == short or clipped(short, long_) or trade_short(short, long_, trade_words)
        for short, long_ in ((a, b), (b, a))
    ):
        return True
    return any(is_acronym(short) and short in acronyms(long_) for short, long_ in ((a, b), (b, a)))


def acronyms(name: str) -> tuple[str, ...]:
    """The acronyms a name may go by: its initials, and those of the name without a last kind
    word ("Public and Commercial Services Union" -> PCSU, PCS); three letters at least for the
    shorter one."""
    found = [x for x in (initials(name),) if x is not None]
    words = name.split()
    if len(words) > 3 and words[-1].casefold() in KIND_ENDINGS:
        shorter = initials(" ".join(words[:-1]))
        if shorter is not None and len(shorter) >= 3:
            found.append(shorter)
    return tuple(found)


def clipped(short: str, long_: str) -> bool:
    """A name whose last word is cut short ("GW Pharma" for "GW Pharmaceuticals",
    for "Acme Chemicals"): the same words before it, and a last word of four letters or more
    that opens the longer one's, which goes on for four more ("Acme Bank" is no "Acme Bankers")."""
    s, w = short.split(), long_.split()
    if len(s) < 2 or len(s) != len(w) or s[:-1] != w[:-1]:
        return False
    cut, full = s[-1], w[-1]
    return len(cut) >= 4 and len(full) >= len(cut) + 4 and full.casefold().startswith(cut.casefold())


def lead_partner(name: str) -> str | None:
    """The first partner of a firm named after two with "&" ("Marsh & McLennan" -> "Marsh"), by
    which the text calls it after naming it in full; None for a name that opens with no one-word
    partner ("Bank of Scotland") and for two names joined by "and", which the model often tags as
    one ("Dell and Hewlett-Packard")."""
    words = name.split()
    if len(words) < 3 or words[1] != "&" or not words[2][:1].isupper():
        return None  # "Dell and Hewlett-Packard", "Gazprom and Gazpromneft": two names run together
    lead = words[0]
    return lead if lead[:1].isupper() and lead.isalpha() else None


def company_token(name: str) -> str:
    """The key of the names one company goes by across the store: its name without corporate
    suffixes and prefixes, case-folded, "&" and "and" left out ("Oil & Natural Gas Corp" and
    "Oil and Natural Gas Corporation" share one)."""
    base = company_base(name) or name
    return "#co:" + " ".join(w for w in base.casefold().split() if w not in ("&", "and"))


def organization_tokens(text: str) -> tuple[str, ...]:
    """What an organization's surface form may share with another name of it in the store: its
    company token, and the acronym itself when the form is one ("#acr:ONGC")."""
    found = [company_token(text)]
    if is_acronym(text):
        found.append("#acr:" + text)
    letters = initials(text.replace(",", " "))
    if letters is not None and len(letters) >= 3:
        found.append("#acr:" + letters.upper())  # its acronym written as a word ("Acpo")
    return tuple(dict.fromkeys(found))

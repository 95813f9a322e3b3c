"""How two spellings of one name differ: "Beverley"/"Beverly", "Follet"/"Follett", "Kisrty"/"Kirsty".

Pure functions on words, shared by the in-document coreference of :mod:`.entities` (a titled
family name misspelt beside the full name, "Diane Abbot ... Ms Abbott") and the store-wide
merges of :mod:`newsgraph.resolve.names`.
"""

from __future__ import annotations

import functools
import re

__all__ = ["spelling_key", "spelling_variant"]

VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=65536)  # (pure; resolution compares the same names over and over)
def spelling_key(word: str) -> str:
    """One key for the ways a name is spelt: casefolded, "Mac" as "Mc", k as c, a doubled letter
    once, a final "ie"/"ey" as "y" (Beverley/Beverly, Viktor/Victor, Follett/Follet)."""
    w = word.casefold().strip(".")
    if w.startswith("mac") and len(w) > 4:
        w = "mc" + w[3:]
    w = w.replace("k", "c")
    w = re.sub(r"(.)\1+", r"\1", w)
    return re.sub(r"(ie|ey)$", "y", w)


def _transposed(a: str, b: str) -> bool:
    """Two neighbouring letters swapped ("Kisrty", "Kirsty")."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_letter(a: str, b: str) -> bool:
    """One letter more at the end (Forsyth/Forsythe, Clark/Clarke, Carol/Carole); a letter more
    inside makes another name (Davis/Davies, Sanders/Saunders, Peston/Preston)."""
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_[:-1] == short


def _vowel_for_vowel(a: str, b: str) -> bool:
    """One vowel for another inside the word, neither the first nor the last letter (Damian/Damien)."""
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 1 and 0 < diff[0] < len(a) - 1 and a[diff[0]] in VOWELS and b[diff[0]] in VOWELS


def spelling_variant(a: str, b: str, surname: bool = False) -> str | None:
    """How two spellings of one first name or surname differ ("same", "spelling", "swap",
    "letter"), or None when they are different names. A vowel for another makes a first name
    written two ways (Damian/Damien), but another surname (Hanson/Henson)."""
    x, y = a.casefold().strip("."), b.casefold().strip(".")
    if x == y:
        return "same"
    kx, ky = spelling_key(x), spelling_key(y)
    if kx == ky:
        return "spelling"
    if _transposed(x, y) or _transposed(kx, ky):
        return "swap"
    if min(len(x), len(y)) >= 4 and _one_letter(x, y):
        return "letter"
    if not surname and _vowel_for_vowel(x, y):
        return "letter"
    return None

#!/usr/bin/env python3
"""Build ``newsgraph/data/regions.tsv``: provinces, regions, states and other subdivisions of ISO
3166-2 and the ISO alpha-3 code of their state, from the ``pycountry`` package (its ISO 3166-2
data comes from Debian's iso-codes; pycountry and iso-codes: LGPL 2.1).

    pip install pycountry==26.2.16
    python tools/build_regions.py [WORDS_FILE]

Kept: each subdivision's name folded to lower case (accents removed), with the forms a reporter
writes: without a trailing type word ("Saratovskaya oblast'" -> "saratovskaya"), the stem of a
Russian or Ukrainian adjective ("Saratovskaya" -> "saratov", "Kharkivska" -> "kharkiv"), the
part before " de " ("Michoacán de Ocampo" -> "michoacan"). Dropped: names of subdivisions of two
states, names of states, capitals or common first names, names of towns of another state
(``cities.tsv``) unless the subdivision is of the first level ("Borno" state), names shorter
than four letters, names of the United Kingdom, and names that are common words: any word of
WORDS_FILE (one lower-case word a line, e.g. the lower-case words of a news corpus). A region of
several states (the Sahel, Kashmir, Kurdistan) is no ISO subdivision of one. Read after
``places.tsv`` (events.py ``struck_places``, ``_placed_in``).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "newsgraph" / "data" / "regions.tsv"
TYPE_WORDS = (
    "autonomous oblast",
    "oblast'",
    "oblast",
    "kray",
    "krai",
    "avtonomnyy okrug",
    "respublika",
    "province",
    "region",
    "governorate",
    "state",
    "department",
    "district",
    "prefecture",
    "county",
)
#: Regions that span states, whatever one state calls a subdivision of its own.
SPANNING = frozenset(
    {"sahel", "kashmir", "kurdistan", "punjab", "bengal", "macedonia", "galicia", "azerbaijan"}
)
#: States whose towns an English-language report means by a name they share with a subdivision of
#: another state ("Canterbury" is Kent's, not New Zealand's region).
ENGLISH = frozenset({"GBR", "IRL", "USA", "CAN", "AUS", "NZL"})
#: Region names that are English words, surnames or ethnic names (beside WORDS_FILE's).
COMMON = frozenset(
    [
        "afar",
        "alas",
        "ascension",
        "balkan",
        "batman",
        "bong",
        "cabanas",
        "cascade",
        "cascades",
        "chechen",
        "delta",
        "ebon",
        "encamp",
        "falcon",
        "grad",
        "ivanov",
        "lacs",
        "lakes",
        "luce",
        "mascara",
        "mayo",
        "roma",
        "ulster",
        "medea",
        "midlands",
        "mono",
        "perm",
        "pest",
        "pita",
        "quiche",
        "rivera",
        "slough",
        "harrow",
        "somali",
        "tarn",
        "tubas",
        "yuma",
        "zeta",
    ]
)
#: Words of waters and landscapes that a subdivision takes its name from and reporters use of the
#: water or land itself ("the Red Sea" is a Sudanese state, and a sea of Egypt, Yemen, Saudi Arabia).
NATURE = frozenset(
    [
        "sea",
        "gulf",
        "ocean",
        "lake",
        "lakes",
        "river",
        "rivers",
        "bay",
        "strait",
        "coast",
        "desert",
        "mountain",
        "mountains",
        "highlands",
    ]
)
HEADER = """\
# Provinces, regions and other ISO 3166-2 subdivisions and the ISO alpha-3 code of their state,
# from the pycountry package {version} (ISO 3166-2 data of Debian's iso-codes; LGPL 2.1), by
# tools/build_regions.py. Do not edit by hand. Only names of one state's subdivisions, no state
# names, capitals, first names, common words, or towns of another state (but for a first-level
# subdivision: "Borno" is Nigeria's state before a German town), none of the United Kingdom.
# Read after places.tsv.
"""


def forms(name: str) -> set[str]:
    from newsgraph.extractors.states import fold

    base = fold(name).replace("'", "").replace("\u02bb", "").replace("\u02bc", "")
    base = " ".join(base.split())
    out = {base}
    for word in TYPE_WORDS:
        if base.endswith(" " + word):
            out.add(base[: -len(word) - 1].strip())
    for f in list(out):
        if " de " in f:
            out.add(f.split(" de ")[0])
        for ending in ("skaya", "skiy", "ska", "ckaya", "aya", "iy", "ka"):
            if f.endswith(ending) and " " not in f and len(f) - len(ending) >= 4:
                out.add(f[: -len(ending)])
    return {f for f in out if len(f) >= 4 and re.fullmatch(r"[a-z][a-z' -]*[a-z]", f)}


def main(argv: list[str]) -> int:
    import pycountry

    from newsgraph.extractors.lexicon import data_lines
    from newsgraph.extractors.states import capital, fold, is_region, lookup

    words: set[str] = set()
    if argv:
        words = {w.strip() for w in Path(argv[0]).read_text(encoding="utf-8").split() if w.strip()}
    first = {line.split("\t")[0].casefold() for line in data_lines("first_names.tsv")}
    cities = {}
    for line in data_lines("cities.tsv"):
        name, _, iso3 = line.partition("\t")
        cities[name] = iso3.strip()
    places = {line.partition("\t")[0] for line in data_lines("places.tsv")}
    found: dict[str, set[str]] = defaultdict(set)
    top: set[str] = set()  # names of a state's first-level subdivisions ("Borno", "Michoacan")
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        for f in forms(sub.name):
            found[f].add(country.alpha_3)
            if getattr(sub, "parent_code", None) is None:
                top.add(f)
    rows = []
    for name, states in sorted(found.items()):
        if len(states) != 1:
            continue
        (iso3,) = states
        if iso3 == "GBR":
            continue  # (the BBC's home towns and counties stay places of no state, as in places.tsv)
        title = name.title()
        if (
            name in SPANNING
            or NATURE & set(name.split())
            or name in COMMON
            or name in first
            or name in words
            or name in places
            or lookup(title) is not None
            or is_region(title)
            or capital(title) is not None
            or (cities.get(name, iso3) != iso3 and (name not in top or cities[name] in ENGLISH))
            or fold(name) != name
        ):
            continue
        rows.append(f"{name}\t{iso3}")
    OUT.write_text(HEADER.format(version=pycountry_version()) + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} regions -> {OUT}")
    return 0


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

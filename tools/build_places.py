"""Generate ``newsgraph/data/places.tsv`` from the PETRARCH-2 Phoenix country dictionary (MIT).

``Phoenix.Countries.actors.txt`` lists each state as an entry (``IRAQ_`` ... ``[IRQ]``) whose
name variants (``+NAME`` lines) include its cities, provinces and regions (``+KIRKUK_``,
``+BASRA_``, ``+WEST_BANK_`` under Palestine, ``+ALASKA_`` under the United States). This
script keeps those places: the folded name and the ISO alpha-3 code of its state, so that a
place named in a text ("protested in Kirkuk") is known to lie in its state.

Left out: the state's own names, abbreviations, demonyms and capitals (``states.json`` has
them, and a capital may stand for its government), words of fewer than four letters, and
names the dictionary files under two states ("Georgia", "Punjab"), the seats of
international bodies ("Brussels" is the EU in the news), and the nations of the United Kingdom
(devolved governments the news treats as actors of their own).

Usage::

    python tools/build_places.py PETRARCH_DIR                    # rewrite the committed file
    python tools/build_places.py PETRARCH_DIR --output /tmp/places.tsv

The output is deterministic (sorted). Format and licence: ``newsgraph/data/README.md``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from build_actors import read_entries

from newsgraph.extractors.states import StateTable, fold

OUTPUT = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "places.tsv"
SOURCE = "Phoenix.Countries.actors.txt"
NOTICE = """\
# Places (cities, provinces, regions) and the ISO alpha-3 code of their state, converted from
# Phoenix.Countries.actors.txt of the PETRARCH-2 / Phoenix dictionaries (openeventdata/petrarch2,
# commit 676801cd9cb2924bbbad09f86d15c9323e7097bf) by tools/build_places.py. Do not edit by hand.
#
# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# data, to deal in it without restriction, subject to this notice being included in all
# copies or substantial portions. THE DATA IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
# folded place name<TAB>ISO3
"""


#: Seats of international bodies: in news they stand for the body ("Brussels wants ..." is
#: the EU), not for the state they lie in.
SEATS = frozenset({"brussels", "strasbourg", "geneva", "hague", "the hague"})
#: Nations of a state with their own governments, which the news treats as actors of their own
#: ("Scotland's sympathy", "Wales voted"): not made places of the United Kingdom.
NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})


def build(path: Path, table: StateTable) -> list[tuple[str, str]]:
    """(folded place name, ISO3) pairs, sorted."""
    owners: dict[str, set[str]] = {}
    for name, variants, roles, _malformed in read_entries(path):
        # a state's own entry: its name is a state's, and one of its roles is the bare code
        # (a person or body of the state has a sector: "IRQGOV")
        state = table.lookup(name.title())
        if state is None or not any(len(code) == 3 for code, _start, _end in roles):
            continue
        iso3 = state.iso3
        for variant in variants:
            form = variant.strip()
            if len(form.replace(" ", "")) < 4 or not all(w.isalpha() for w in form.split()):
                continue
            if form in SEATS or form in NATIONS:
                continue
            titled = form.title()
            if (
                table.lookup(titled)
                or table.demonym(titled)
                or table.capital(titled)
                or table.candidates(titled)
                or fold(titled) == name
            ):
                continue
            owners.setdefault(form, set()).add(iso3)
    return sorted((form, next(iter(states))) for form, states in owners.items() if len(states) == 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="folder holding Phoenix.Countries.actors.txt")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    source = args.directory / SOURCE
    if not source.is_file():
        print(f"error: {args.directory} lacks {SOURCE}", file=sys.stderr)
        return 1
    rows = build(source, StateTable.default())
    args.output.write_text(NOTICE + "".join(f"{form}\t{iso3}\n" for form, iso3 in rows), encoding="utf-8")
    print(f"wrote {args.output} ({len(rows)} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

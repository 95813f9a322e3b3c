"""Generate ``newsgraph/data/actors.tsv`` from the PETRARCH-2 Phoenix actor dictionaries (MIT).

The dictionaries (``Phoenix.Countries.actors.txt`` and ``Phoenix.International.actors.txt``,
format in the README next to them) list people with time-bounded roles
(``TONY_BLAIR_`` ... ``[GBRGOV 970502-070627]``: government of GBR from 1997-05-02 to
2007-06-27), their name variants (``+NAME`` lines), and organizations (companies, NGOs,
international bodies). This script keeps what newsgraph uses:

* persons: the folded full name, the folded name variants that are names (no titles,
  "administration", ...) or the surname the dictionary lists alone ("+OBAMA"), and each
  role as code, start and end (ISO dates, empty when open);
* organizations: folded names of companies, NGOs and international bodies, with their code.
  Every entry of the international file coded as a multinational company (``MNC`` + ISO3 +
  optional sector: ``ELI_LILLY_ [MNCUSAHLH]``) is a company, whatever its name looks like
  ("Eli Lilly", "Lockheed Martin" are not persons), except the few people the dictionary
  files under their company's code with a note saying so ("EARL_SLACK_ [MNCUSA] # Union
  Carbide spokesman"): those are dropped. A company whose ``MNC`` codes name two states
  (ownership changed) keeps the bare ``MNC`` code: no state.

Usage::

    python tools/build_actors.py PETRARCH_DIR                     # rewrite the committed file
    python tools/build_actors.py DICT_DIR --output /tmp/actors.tsv

The output is deterministic (sorted). Format and licence: ``newsgraph/data/README.md``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from newsgraph.extractors.states import fold

OUTPUT = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "actors.tsv"
SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")

ROLE = re.compile(r"\[([A-Z]{3,}[A-Z]*)\s*([<>]?\s*[0-9]*)(?:\s*-\s*([0-9]*))?\s*\]")
# Words that make an entry or a variant something other than a person's name.
_NOT_NAME_WORDS = """
    administration government ministry minister president prime secretary general chief leader
    party forces force army police council commission committee union bank company corporation
    corp inc ltd group agency office court university institute foundation association federation
    organization organisation fund program programme mission embassy the of and for us u s american
    british mr mrs ms dr sen gov governor senator king queen prince emir sheikh chairman spokesman
    vice deputy un nato eu sec gen chancellor ambassador envoy mayor commander colonel captain
"""
NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "SPY", "COP")
#: A note that makes an entry coded as a company a person ("# Union Carbide spokesman").
PERSON_NOTE = re.compile(
    r"\b(spokes(?:man|woman|person)|chairman|chairwoman|chief executive|ceo|director|president|official)\b",
    re.IGNORECASE,
)


def parse_date(text: str) -> str | None:
    """ "970502" -> "1997-05-02", "20100711" -> "2010-07-11"; None when malformed."""
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        month, day = text[2:4], text[4:6]
    elif len(text) == 8 and text.isdigit():
        year, month, day = int(text[:4]), text[4:6], text[6:8]
    else:
        return None
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year:04d}-{month}-{day}"


def roles_of(text: str) -> list[tuple[str, str, str]] | None:
    """The roles in a line: (code, start, end); None when a date is malformed."""
    found = []
    for code, first, second in ROLE.findall(text):
        first = first.replace(" ", "")
        start = end = ""
        if first.startswith(">"):
            start = first[1:]
        elif first.startswith("<"):
            end = first[1:]
        elif first:
            start, end = first, second or ""
        dates = []
        for value in (start, end):
            if not value:
                dates.append("")
                continue
            date = parse_date(value)
            if date is None:
                return None
            dates.append(date)
        found.append((code, dates[0], dates[1]))
    return found


def name_of(raw: str) -> str:
    """ "GEORGE_W._BUSH_" -> "george w bush"."""
    return fold(raw.strip().strip("+").replace("_", " "))


def is_name(folded: str) -> bool:
    words = folded.split()
    return 2 <= len(words) <= 6 and not any(w in NOT_NAME for w in words) and all(w.isalpha() for w in words)


def is_surname(variant: str, name: str) -> bool:
    """A one-word variant that is the last word of the full name: the short name the
    dictionary itself lists ("+OBAMA" for BARACK_OBAMA), never a place or a nickname."""
    return variant.isalpha() and len(variant) >= 4 and variant == name.split()[-1]


def read_entries(path: Path) -> list[tuple[str, list[str], list[tuple[str, str, str]], bool]]:
    """(name, variants, roles, malformed) per entry, in file order."""
    entries: list[tuple[str, list[str], list[tuple[str, str, str]], bool]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        if line[0] in " \t[":
            if entries:
                roles = roles_of(line)
                if roles is None:
                    entries[-1] = (*entries[-1][:3], True)
                else:
                    entries[-1][2].extend(roles)
            continue
        if line.startswith("+"):
            if entries:
                entries[-1][1].append(name_of(line.split("[", 1)[0]))
            continue
        name, _, rest = line.partition("[")
        roles = roles_of("[" + rest) if rest else []
        entries.append((name_of(name), [], roles or [], roles is None))
    return entries


def person_notes(path: Path) -> set[str]:
    """Folded names of the entries whose comment says they are a person ("# ... spokesman")."""
    found = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw[0] in " \t[+#":
            continue
        entry, _, note = raw.partition("#")
        if PERSON_NOTE.search(note):
            found.add(name_of(entry.split("[", 1)[0]))
    return found


def company_code(codes: list[str]) -> str:
    """The code of a company from its ``MNC`` codes: the first, unless they name two states
    (``[MNCGBR <040726][MNCESP]``), then the bare ``MNC`` (no state)."""
    from newsgraph.extractors.states import StateTable

    table = StateTable.default()
    states = set()
    for code in codes:
        try:
            states.add(table.get(code[3:6]).iso3)
        except KeyError:
            continue
    return codes[0] if len(states) <= 1 else "MNC"


def build(directory: Path) -> list[str]:
    persons: dict[str, tuple[set[str], set[tuple[str, str, str]]]] = {}
    organizations: dict[str, str] = {}
    for source in SOURCES:
        international = source.endswith("International.actors.txt")
        persons_noted = person_notes(directory / source) if international else set()
        for name, variants, roles, malformed in read_entries(directory / source):
            if not name or malformed or not roles:
                continue
            companies = [code for code, _s, _e in roles if code.startswith("MNC")]
            if international and companies:
                if name not in persons_noted:
                    code = company_code(companies)
                    for form in (name, *variants):
                        if len(form) >= 2:
                            organizations.setdefault(form, code)
                continue
            sectors = [code for code, _s, _e in roles if len(code) > 3 or code in ("ELI", "IGO")]
            codes = {code for code, _s, _e in roles}
            dated = any(s or e for _c, s, e in roles)
            if is_name(name) and (dated if international else (sectors or dated)):
                found = persons.setdefault(name, (set(), set()))
                found[0].update(v for v in variants if (is_name(v) or is_surname(v, name)) and v != name)
                found[1].update(roles)
            elif (
                international
                and (not is_name(name) or len(name.split()) == 1)
                and all(c.startswith(("MNC", "NGO", "IGO")) for c in codes)
            ):
                code = sorted(codes)[0]
                for form in (name, *variants):
                    if form and len(form) > 2:
                        organizations.setdefault(form, code)
    lines = [
        "# Persons and organizations converted from the PETRARCH-2 Phoenix actor dictionaries",
        "# (MIT, Open Event Data Alliance; see README.md) by tools/build_actors.py. Do not edit.",
        "# P<TAB>folded name<TAB>variants|...<TAB>CODE start end;...   O<TAB>folded name<TAB>CODE",
    ]
    for name in sorted(persons):
        variants, roles = persons[name]
        role_text = ";".join(" ".join(r).rstrip() for r in sorted(roles))
        lines.append(f"P\t{name}\t{'|'.join(sorted(variants))}\t{role_text}")
    for name in sorted(organizations):
        lines.append(f"O\t{name}\t{organizations[name]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="folder holding the Phoenix *.actors.txt files")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    missing = [s for s in SOURCES if not (args.directory / s).is_file()]
    if missing:
        print(f"error: {args.directory} lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    lines = build(args.directory)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(lines)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

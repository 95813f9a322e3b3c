"""Generate ``newsgraph/data/groups.tsv`` from PETRARCH-2's ``Phoenix.MilNonState.actors.txt`` (MIT).

That dictionary lists armed non-state groups (rebels, insurgents, militias) with a CAMEO actor
code whose first three letters say where the group is from (``HEZBOLLAH_ [LBNREB]``: rebels of
Lebanon; ``TALIBAN_ [AFGREB]``). This script keeps each name and name variant of a group coded
to one state of the state table, with that state's ISO3 code; groups coded to a region
(``MEA``, ``WEU``), to an international movement (``IMG``) or with dated roles are left out,
and so is a name listed for two states. A parenthesised acronym in a name
(``LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_``) is a form of its own.

Usage::

    python tools/build_groups.py PETRARCH_DIR                      # rewrite the committed file
    python tools/build_groups.py PETRARCH_DIR --output /tmp/groups.tsv

The output is deterministic (sorted). Format and licence: ``newsgraph/data/README.md``.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

from newsgraph.extractors.states import StateTable, fold

OUTPUT = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "groups.tsv"
SOURCE = "Phoenix.MilNonState.actors.txt"
_ACRONYM = re.compile(r"\(([A-Z-]{4,})\)")


def forms_of(raw: str) -> list[str]:
    """ "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_" -> the folded name without the parenthesis
    and the acronym: ["liberation tigers of tamil eelam", "ltte"]. A three-letter name is kept
    only when written bare ("PKK", "+ETA_"), not as the short form of a longer one ("(ANA)",
    "EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_"): those collide with other bodies' acronyms."""
    text = raw.strip().strip("+").replace("_", " ")
    acronyms = _ACRONYM.findall(text)
    bare = "(" not in text
    name = fold(re.sub(r"\([^)]*\)", " ", text))
    return [
        f
        for f in (name, *(fold(a) for a in acronyms))
        if any(ch.isalpha() for ch in f) and (len(f) > 3 or (len(f) == 3 and bare))
    ]


def _spelling(form: str, name: str) -> bool:
    """ "taleban" for "taliban", "hizbullah" for "hezbollah": another spelling of the name."""
    return difflib.SequenceMatcher(None, form, name).ratio() >= 0.6


def raw_entries(path: Path) -> list[tuple[list[str], list[str]]]:
    """(raw names of an entry: its name and variants, its codes) per entry."""
    found: list[tuple[list[str], list[str]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = line.split("[", 1)[0]
        if line[0] in " \t[":
            if found:
                found[-1][1].extend(codes)
        elif line.startswith("+"):
            if found:
                found[-1][0].append(head)
        else:
            found.append(([head], codes))
    return found


def build(directory: Path) -> list[str]:
    table = StateTable.default()
    states: dict[str, set[str]] = {}
    for names, codes in raw_entries(directory / SOURCE):
        codes = [c.strip() for c in codes]
        if not codes or any(not re.fullmatch(r"[A-Z]{3,}", c) for c in codes):
            continue  # no code, or a dated role (a person in the group)
        iso = {c[:3] for c in codes}
        if len(iso) != 1:
            continue
        try:
            state = table.get(next(iter(iso)))
        except KeyError:
            continue  # a region or an international movement
        primary = forms_of(names[0])
        one_word = len(primary[:1]) == 1 and " " not in primary[0]
        for raw in names:
            for form in forms_of(raw):
                if table.lookup(form.title()) is not None or table.demonym(form.title()) is not None:
                    continue  # "+BOLIVIA_": the state's name, not the group's
                if " " not in form and raw is not names[0] and not (one_word and _spelling(form, primary[0])):
                    continue  # "+YOUTH_", "+FALCON_": a word, a group's name only in context
                states.setdefault(form, set()).add(state.iso3)
    lines = [
        "# Armed non-state groups and the state each is from, converted from PETRARCH-2's",
        "# Phoenix.MilNonState.actors.txt (MIT, Open Event Data Alliance; see README.md) by",
        "# tools/build_groups.py. Do not edit. folded name<TAB>ISO3",
    ]
    lines += [f"{form}\t{next(iter(isos))}" for form, isos in sorted(states.items()) if len(isos) == 1]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help=f"folder holding {SOURCE}")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.directory / SOURCE).is_file():
        print(f"error: {args.directory} lacks {SOURCE}", file=sys.stderr)
        return 1
    lines = build(args.directory)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(lines)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

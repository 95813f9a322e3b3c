"""A family name written alone, in a document naming two people of that name (real pipeline).
Every text is written for these tests. The rule under test: when the document wrote the family
name alone ("Mr Howard") while only one of the namesakes was named yet, later short mentions
stay that person's, even after the other is named by full name as an aside; with no short
name before the second namesake, the nearest earlier full name keeps it; a title of the other
gender ("Mrs Howard") is never bound by a man's short name.
"""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def mentions(f: DocumentFacts) -> dict[str, list[str]]:
    return {e.label: [m.text for m in e.mentions] for e in f.entities if e.kind is Kind.PERSON}


@pytest.mark.parametrize(
    ("text", "owner", "other", "short"),
    [
        (
            "Tory leader Michael Howard launched the campaign. Mr Howard said taxes were too high. "
            "His strategist once worked for Australian premier John Howard. "
            "Mr Howard also promised more police.",
            "Michael Howard",
            "John Howard",
            "Howard",
        ),
        (
            "The campaign director denied warning Michael Howard the party could lose. Mr Howard later "
            "added there was no truth in the report. The strategist helped Australia's PM, John Howard, "
            "win four elections. Mr Howard appointed him last October.",
            "Michael Howard",
            "John Howard",
            "Howard",
        ),
        (
            "Chancellor Gordon Brown met bankers. Mr Brown said growth was strong. The former minister "
            "Nick Brown, who chairs a committee, was not invited. Mr Brown's aides declined to comment.",
            "Gordon Brown",
            "Nick Brown",
            "Brown",
        ),
        (
            "George W Bush arrived in Brussels. Mr Bush met Nato leaders. His father, George Bush, stayed "
            "in Texas. Mr Bush later dined with Jacques Chirac.",
            "George W Bush",
            "George Bush",
            "Bush",
        ),
        (
            "Housing minister Keith Hill opened the estate. Mr Hill said 500 homes would follow. "
            "Local builder Damon Hill, a namesake, won the contract. Mr Hill thanked the council.",
            "Keith Hill",
            "Damon Hill",
            "Hill",
        ),
    ],
)
def test_a_short_name_stays_with_the_namesake_it_was_first_written_for(facts, text, owner, other, short):
    got = mentions(facts(text))
    assert got[owner].count(short) == 2, got
    assert other in got
    assert short not in got[other], got


@pytest.mark.parametrize(
    ("text", "owner", "other", "short"),
    [
        # no short name before the second namesake: the nearest earlier full name keeps it
        (
            "Chancellor Gordon Brown met bankers. The former minister Nick Brown chairs a committee. "
            "Mr Brown said farmers had been ignored.",
            "Nick Brown",
            "Gordon Brown",
            "Brown",
        ),
        # a woman's title is not bound by a man's short name
        (
            "Michael Howard and his wife Sandra Howard visited Folkestone. Mrs Howard spoke to pupils "
            "while Mr Howard met the mayor.",
            "Sandra Howard",
            None,
            "Howard",
        ),
    ],
)
def test_controls_for_namesakes(facts, text, owner, other, short):
    got = mentions(facts(text))
    assert short in got[owner], got
    if other is not None:
        assert short not in got[other], got


def test_one_person_of_the_name_takes_every_short_mention(facts):
    got = mentions(
        facts(
            "Defence Secretary Geoff Hoon flew to Basra. Mr Hoon met troops. Mr Hoon said they had done well."
        )
    )
    assert got["Geoff Hoon"].count("Hoon") == 2

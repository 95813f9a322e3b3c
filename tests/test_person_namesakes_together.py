"""A family name alone after two namesakes were named together (real pipeline): neither's.

Every text is written for these tests. When a document names two people of one family name in
one sentence and then writes the family name alone, in a sentence naming neither, with no
earlier short name to tell whose it is, the mention is dropped: no node and no edge to either
(issue 10: '"Kim" alone can be two people in one article'). Controls: namesakes named in
different sentences (the nearest earlier keeps it), a title of the other gender, a short name
written while one namesake alone was named, a sentence naming one of them.
"""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def mentions(f: DocumentFacts) -> dict[str, list[str]]:
    return {e.label: [m.text for m in e.mentions] for e in f.entities if e.kind is Kind.PERSON}


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "North Korean leader Kim Jong-il met South Korean President Kim Dae-jung in Pyongyang. "
            "The summit lasted three days. Kim said the talks had opened a new era.",
            "Kim",
        ),
        (
            "Former chancellor Keith Darrow and Home Secretary Charles Darrow both spoke at the "
            "conference. Mr Darrow told delegates the country needed more police.",
            "Darrow",
        ),
        (
            "Health minister Ann Keogh and her predecessor Mary Keogh opened the hospital wing. "
            "Ms Keogh said waiting lists would fall.",
            "Keogh",
        ),
    ],
)
def test_a_family_name_after_namesakes_named_together_is_no_ones(facts, text, short):
    got = mentions(facts(text))
    assert not any(short in forms for forms in got.values()), got
    assert short not in got, got


@pytest.mark.parametrize(
    ("text", "owner", "short"),
    [
        # named in different sentences: the nearest earlier full name keeps it
        (
            "Chancellor Gordon Brown met bankers. The former minister Nick Brown chairs a committee. "
            "Mr Brown said farmers had been ignored.",
            "Nick Brown",
            "Brown",
        ),
        # a title of one gender: the one namesake of that gender
        (
            "Tony Blair and his wife Cherie Blair arrived in Rome. Mr Blair met the Pope.",
            "Tony Blair",
            "Blair",
        ),
        # the short name was first written while one namesake alone was named
        (
            "North Korean leader Kim Jong-il has ruled since 1994. Kim said the country would keep its "
            "weapons. His rival, President Kim Dae-jung, won the Nobel prize. Kim later praised the army.",
            "Kim Jong-il",
            "Kim",
        ),
    ],
)
def test_namesakes_told_apart_keep_the_short_name(facts, text, owner, short):
    got = mentions(facts(text))
    assert short in got[owner], got

"""Offices described rather than titled (session 14, issue 10).

- "X, one of Pakistan's top nuclear scientists," / "One of Egypt's senior judges, X,": the plural
  office after "one of" is the person's, with the state that owns it; "one of its top scientists"
  takes the state last named before it in the sentence (never a company or a person).
- "Metrojaya, one of the largest retail groups in Malaysia" / "the largest bank in Malaysia": a
  company ranked in a state is part of it.
- "has been managing director and chief executive of X": each coordinated office is read.
- "Mr Blair said": a surname alone with no office is the state of the members of government of
  that surname the knowledge base lists, among the states the document names.
Negative controls: a state only as topic, a company as the owner, a state the document does not
name, a plain company description with no rank.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import offices, part_of, tied

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Abdul Rashid, one of Pakistan's top nuclear scientists, admitted leaking secrets.",
            "Abdul Rashid",
            "Pakistan",
            id="after-the-name",
        ),
        pytest.param(
            "Judges split\n\nOne of Egypt's senior judges, Ahmed Fawzy, said the vote had been rigged.",
            "Ahmed Fawzy",
            "Egypt",
            id="before-the-name",
        ),
        pytest.param(
            "He is also worried about Pakistan after one of its top nuclear scientists, Farid Qazi, "
            "admitted leaking secrets.",
            "Farid Qazi",
            "Pakistan",
            id="its-state",
        ),
        pytest.param(
            "Karl Brandt, one of Germany's most senior diplomats, flew to Tehran on Monday.",
            "Karl Brandt",
            "Germany",
            id="senior-diplomats",
        ),
    ],
)
def test_one_of_a_states_offices(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "He talked about Pakistan with one of Acme's top scientists, Joe Bloggs, in London.",
            "Joe Bloggs",
            "Pakistan",
            id="company-owner-topic-state",
        ),
        pytest.param(
            "He is worried about Pakistan and Acme Corp after one of its top scientists, Joe Bloggs, quit.",
            "Joe Bloggs",
            "Pakistan",
            id="its-is-the-company",
        ),
        pytest.param(
            "Jane Moss, one of the protesters, said France was wrong.",
            "Jane Moss",
            "France",
            id="no-office-topic-state",
        ),
    ],
)
def test_no_state_from_one_of(facts, text: str, person: str, state: str) -> None:
    assert not tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "company", "state"),
    [
        pytest.param(
            "Lina Goh is chief executive of Metrojaya, one of the largest retail groups in Malaysia.",
            "Metrojaya",
            "Malaysia",
            id="one-of-the-largest-in",
        ),
        pytest.param(
            "Sara Lim heads Pantai Holdings, the largest bank in Malaysia.",
            "Pantai Holdings",
            "Malaysia",
            id="largest-in",
        ),
    ],
)
def test_company_ranked_in_a_state(facts, text: str, company: str, state: str) -> None:
    assert (company, state) in part_of(facts(text))


def test_unranked_company_with_offices_in_a_state(facts) -> None:  # type: ignore[no-untyped-def]
    assert not any(
        s == "France" for _c, s in part_of(facts("Joe Smith runs Acme Holdings, a small firm in France."))
    )


def test_coordinated_offices_after_a_copula(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Since 2002, Lina Goh has been deputy chairman and chief executive of Metrojaya.")
    assert any(p == "Lina Goh" and h == "Metrojaya" for p, h, _r in offices(f))


def test_surname_of_a_known_head_of_government(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Mr Blair said Africa was a scar. It was sad that Britain gave so little aid, he said.")
    assert tied(f, "Blair", "United Kingdom")


def test_surname_without_the_state_named(facts) -> None:  # type: ignore[no-untyped-def]
    # the knowledge base's Blair served the UK, but this story names no UK: nothing is derived
    f = facts("Mr Blair said Africa was a scar. America must do more, he said.")
    assert not tied(f, "Blair", "United States")
    assert not tied(f, "Blair", "United Kingdom")


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            'Gold\n\nThe US said it is looking at other ways of solving the problem. "The US is not '
            'convinced that is the right way," said Treasury Under Secretary Mark Delaney.',
            "Mark Delaney",
            "United States",
            id="title-parsed-as-subject",
        ),
        pytest.param(
            'Quotas\n\nJapan said it would keep the quotas. "Japan will not back down," Trade Minister '
            "Kenji Ono said.",
            "Kenji Ono",
            "Japan",
            id="speaker-after-the-quote",
        ),
    ],
)
def test_speaker_voices_the_state_the_text_had_speaking(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Row\n\nBritain wants a deal. France said it would block it. "
            '"France was wrong to block it," said Trade Secretary Mark Dunn.',
            "Mark Dunn",
            "France",
            id="a-judged-state",
        ),
        pytest.param(
            'Row\n\nBritain wants a deal. "Russia is not convinced," said Trade Secretary Mark Dunn.',
            "Mark Dunn",
            "Russia",
            id="state-not-speaking-before",
        ),
    ],
)
def test_no_voiced_state(facts, text: str, person: str, state: str) -> None:
    assert not tied(facts(text), person, state)


def test_lead_description_then_a_peer(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        "Judge warns\n\nThe UK's top judge has said he clashed with ministers over inquiries.\n\n"
        "Lord Harwell said he was determined to keep his veto."
    )
    assert tied(f, "Lord Harwell", "United Kingdom")


def test_lead_description_then_a_plain_surname_is_no_one(facts) -> None:  # type: ignore[no-untyped-def]
    # "Mr X" is never how a story introduces the person its lead described
    f = facts(
        "Judge warns\n\nThe UK's top judge has said he clashed with ministers over inquiries.\n\n"
        "Mr Harwell said he was determined to keep his veto."
    )
    assert not tied(f, "Harwell", "United Kingdom")


def test_managing_director_parsed_as_a_verb(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Boss\n\nSince 2002, Lina Goh has been managing director and chief executive of Tesco.")
    assert any(p == "Lina Goh" and h == "Tesco" for p, h, _r in offices(f))


def test_managing_a_team_is_no_office(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Boss\n\nJohn Hale has been managing the team at Acme Holdings since May.")
    assert not any(p == "John Hale" for p, _h, _r in offices(f))

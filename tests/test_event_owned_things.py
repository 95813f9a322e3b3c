"""Whose judged or asked-for thing it is (blind audit r18 kinds).

- "calls for the publication of the legal advice given by Lord Goldsmith": the author named by the
  participle's "by" wrote the document; the call is not made of him (as "Lord Goldsmith's advice").
- "called the UK's rebate from the European Union unjustified": a thing with a named owner is the
  owner's; where it comes from or what it is about is not acted upon.
- "said the Law Lords' ruling was right and praised their majority": "their" thing is the one body
  the sentence named before as an owner or a subject (not the one who says it); none when several.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-03-27"
HOWARD, CHIRAC = "person:michael-howard", "person:jacques-chirac"

ROWS = [
    argument_row(
        "Tory leader Michael Howard reiterated calls for the publication of the full legal advice given by"
        " Lord Goldsmith.",
        "02",
        HOWARD,
        absent=(),
        id="advice-given-by",
    ),
    argument_row(
        "Michael Howard demanded the release of the report written by Lord Butler.",
        "10",
        HOWARD,
        id="report-written-by",
    ),
    argument_row(
        'French president Jacques Chirac has called Britain\'s refund from the European Union "unfair".',
        "11",
        CHIRAC,
        "state:GBR",
        id="rebate-from",
    ),
    argument_row(
        "Jacques Chirac criticised Denmark's exemption from the European Union's fishing quotas.",
        "11",
        CHIRAC,
        "state:DNK",
        id="exemption-from",
    ),
    argument_row(
        "Jacques Chirac attacked Britain's stance on the European Union.",
        "11",
        CHIRAC,
        "state:GBR",
        id="stance-on",
    ),
    argument_row(
        "Mary Robinson said the Law Lords' ruling was right and praised their decisive majority.",
        "051",
        "person:mary-robinson",
        "organization:law-lords",
        id="their-majority",
    ),
    argument_row(
        "Gordon Brown said the Treasury's figures were sound and praised its staff.",
        "051",
        "person:gordon-brown",
        "organization:treasury",
        id="its-staff",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_owned_things(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    ("text", "code", "banned"),
    [
        (
            "Tory leader Michael Howard reiterated calls for the publication of the full legal advice"
            " given by Lord Goldsmith.",
            "02",
            "person:lord-goldsmith",
        ),
        (
            "Michael Howard demanded the release of the report written by Lord Butler.",
            "10",
            "person:lord-butler",
        ),
        (
            "Trade Secretary Ann Lee gave her ruling in May. John Dale repeated his calls for the"
            " publication of the report given by the trade secretary.",
            "02",
            "person:ann-lee",
        ),
        (
            'French president Jacques Chirac has called Britain\'s refund from the European Union "unfair".',
            "11",
            "organization:european-union",
        ),
        (
            "Jacques Chirac criticised Denmark's exemption from the European Union's fishing quotas.",
            "11",
            "organization:european-union",
        ),
        # (controls: whom the trigger names itself stays; a body said to act is not "their" owner)
        (
            "Amnesty said the Law Lords and the Commons had acted well and praised their courage.",
            "051",
            "organization:amnesty",
        ),
        ("Mary Robinson praised their courage.", "051", "person:mary-robinson"),
    ],
)
def test_not_acted_upon(facts, text, code, banned):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert all(banned not in e.targets for e in events), [(e.cameo, e.agents, e.targets) for e in events]


def test_the_author_asked_by_name_stays(facts):
    events = facts("Michael Howard urged Lord Goldsmith to publish the advice given by his officials.", DATE)
    assert any("person:lord-goldsmith" in e.targets for e in events.events if e.cameo.startswith("02"))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "But the claim was denied by a Green Party spokesman, who said: \"Mr Voss's accusations are"
            ' hollow."',
            "person:voss",
            id="passive-quoted-owner",
        ),
        pytest.param(
            "Labour denied the claim, saying Mr Hall's allegations were false.", "person:hall", id="saying"
        ),
        pytest.param("The Tories denied Labour's claims.", "organization:labour-party", id="object-owner"),
    ],
)
def test_denial_answers_the_claimant(facts, text, target):
    denials = [e for e in facts(text, DATE).events if e.cameo.startswith("016")]
    assert any(target in e.targets for e in denials), [(e.cameo, e.targets) for e in denials]


def test_denial_of_no_one_s_claim_has_no_target(facts):
    denials = [
        e for e in facts("Labour denied the claim on Monday.", DATE).events if e.cameo.startswith("016")
    ]
    assert denials
    assert all(not e.targets for e in denials)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "The Police Federation made its call for tougher sentences in a paper for the Home Office.",
            "organization:home-office",
            id="paper-for",
        ),
        pytest.param(
            "The Police Federation made its call for tougher sentences in a letter to the Home Office.",
            "organization:home-office",
            id="letter-to",
        ),
    ],
)
def test_call_made_in_a_paper_is_to_its_addressee(facts, text, target):
    calls = [e for e in facts(text, DATE).events if e.cameo.startswith("02")]
    assert any(target in e.targets for e in calls), [(e.cameo, e.targets) for e in calls]


def test_call_made_in_a_paper_about_something_has_no_addressee(facts):
    text = "The Police Federation made its call for tougher sentences in a paper on crime."
    calls = [e for e in facts(text, DATE).events if e.cameo.startswith("02")]
    assert calls
    assert all(not e.targets for e in calls)

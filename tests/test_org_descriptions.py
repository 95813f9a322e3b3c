"""An organization's state from descriptions elsewhere in the document, and a person's office in
an organization named by "its" / "the company's" (real pipeline).

Every sentence here is written for these tests. The rules under test:

* a definite description with a state and no name of its own ("the Japanese carmaker",
  "Turkey's biggest mobile firm", "the US stock market watchdog") points to the organization of
  that kind the document is about (named most, at least twice), which is then part of the state;
  never when that organization is the subject of the description's own clause, when the
  description is indefinite or a rival's, or when the document has no one main organization;
* a government body named "Bureau/Ministry/Department of X" is a state's body like "X Ministry";
* "X, its chief executive", "X, the firm's founder", "The company's founder, X" hold their office
  in the company the text was just speaking of.
"""

from __future__ import annotations

import pytest
from test_resolve import resolved

from newsgraph.model import DocumentFacts

pytestmark = pytest.mark.model


def graph_of(f: DocumentFacts):  # type: ignore[no-untyped-def]
    return resolved([f]).graph


def part_of(f: DocumentFacts) -> set[tuple[str, str]]:
    g = graph_of(f)
    return {
        (g.nodes[u]["label"], g.nodes[v]["label"])
        for u, v, d in g.edges(data=True)
        if d["relation"] == "part_of" and g.nodes[u]["kind"] == "organization"
    }


def offices(f: DocumentFacts) -> set[tuple[str, str, str | None]]:
    g = graph_of(f)
    return {
        (g.nodes[u]["label"], g.nodes[v]["label"], d.get("role"))
        for u, v, d in g.edges(data=True)
        if d["relation"] == "affiliated_with" and g.nodes[u]["kind"] == "person"
    }


def tied(f: DocumentFacts, person: str, state: str) -> bool:
    """The scorer's rule: a person -> state edge, or one through an organization."""
    g = graph_of(f)
    by_label = {d["label"]: n for n, d in g.nodes(data=True)}
    p, s = by_label.get(person), by_label.get(state)
    if p is None or s is None:
        return False

    def linked(a: str, b: str) -> bool:
        return any(
            d["relation"] in ("affiliated_with", "part_of") for d in (g.get_edge_data(a, b) or {}).values()
        )

    und = g.to_undirected(as_view=True)
    return linked(p, s) or any(linked(p, mid) and linked(mid, s) for mid in und.neighbors(p))


DESCRIBED = [
    pytest.param(
        "Hondex Motor said sales rose. Its rival Bolton Group owns 30% of the Japanese carmaker. "
        "Hondex Motor will build a plant.",
        ("Hondex Motor", "Japan"),
        id="object-of-a-relative-owner",
    ),
    pytest.param(
        "Poland's biggest bank could pull out of a deal in Ukraine. Kredix Bank said the ruling was "
        "unfair, and Kredix Bank may appeal.",
        ("Kredix Bank", "Poland"),
        id="possessive-superlative-lead",
    ),
    pytest.param(
        "Shares in Kessler Power AG rose on Monday. The German utility said demand was strong. "
        "Kessler Power AG will pay a dividend.",
        ("Kessler Power AG", "Germany"),
        id="demonym-subject-later",
    ),
    pytest.param(
        "Kessler Power AG cut jobs. Profits at the French firm have fallen for a year, and Kessler Power AG "
        "wants to save money.",
        ("Kessler Power AG", "France"),
        id="demonym-in-a-prepositional-phrase",
    ),
    pytest.param(
        "The Canadian regulator has fined three banks. The Financial Markets Authority (FMA) said the "
        "fines were a warning. The FMA will publish its report in May.",
        ("FMA", "Canada"),
        id="body-described-as-regulator",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_a_description_gives_the_main_organization_its_state(facts, text, expected):
    found = part_of(facts(text))
    assert {s for org, s in found if org == expected[0]} == {expected[1]}, found


NOT_DESCRIBED = [
    pytest.param(
        "Hondex Motor sales fell. Hondex Motor lost ground to Japan's biggest carmaker.",
        "Hondex Motor",
        id="subject-of-the-descriptions-clause",
    ),
    pytest.param(
        "Hondex Motor sales fell. Hondex Motor said a rival Japanese carmaker was cutting prices.",
        "Hondex Motor",
        id="indefinite-rival",
    ),
    pytest.param(
        "Hondex Motor and Bolton Group met. Sales at the Japanese carmaker fell.",
        "Hondex Motor",
        id="no-main-company",
    ),
    pytest.param(
        "Hondex Motor sales fell. Hondex Motor will buy the Japanese carmaker Sanko Motors.",
        "Hondex Motor",
        id="description-of-another-name",
    ),
    pytest.param(
        "Kredix Bank will merge with Bolt Bank. The deal is in line with a directive from the Polish "
        "central bank. Kredix Bank said so.",
        "Kredix Bank",
        id="a-states-central-bank",
    ),
    pytest.param(
        "Hondex Motor sales fell. Hondex Motor blamed the Japanese bank sector.",
        "Hondex Motor",
        id="noun-modifying-another-noun",
    ),
]


@pytest.mark.parametrize(("text", "org"), NOT_DESCRIBED)
def test_no_state_from_a_description_of_someone_else(facts, text, org):
    assert not any(o == org for o, _s in part_of(facts(text)))


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        pytest.param(
            "China's economy grew. Exports from China rose. China raised rates. Li Wen, head of the "
            "National Bureau of Statistics, said growth in China was strong.",
            "National Bureau of Statistics",
            "China",
            id="bureau-of",
        ),
        pytest.param(
            "Britain's army is stretched. Britain sent troops. Britain will send more. A spokesman for "
            "the Ministry of Defence said troops were ready.",
            "Ministry of Defence",
            "United Kingdom",
            id="ministry-of",
        ),
    ],
)
def test_a_body_named_by_its_head_before_of_is_its_states(facts, text, body, state):
    assert (body, state) in part_of(facts(text))


def test_a_union_named_national_is_no_states_body(facts):
    text = (
        "Britain's unions met. Britain voted. Britain waits. "
        "Tom Bell, president of the National Union of Students, spoke."
    )
    assert not any(o == "National Union of Students" for o, _s in part_of(facts(text)))


COMPANY_OFFICES = [
    pytest.param(
        "Acme Motors has named a new boss after Carl Brent, its chief executive, quit.",
        ("Carl Brent", "Acme Motors", "chief executive"),
        id="its-apposed-after-the-name",
    ),
    pytest.param(
        "Acme Motors said profits rose. Carl Brent, the company's chief executive, said sales were strong.",
        ("Carl Brent", "Acme Motors", "chief executive"),
        id="the-companys-apposed-next-sentence",
    ),
    pytest.param(
        "Acme Motors said profits rose, and Carl Brent, its boss, was pleased.",
        ("Carl Brent", "Acme Motors", "boss"),
        id="its-boss-coordinated-clause",
    ),
    pytest.param(
        "Shares in Acme Motors rose after Carl Brent, the firm's founder, returned.",
        ("Carl Brent", "Acme Motors", "founder"),
        id="the-firms-founder-object-of-preposition",
    ),
    pytest.param(
        "Regulators fined Bolt Industries last year. The firm's chairman, Ivan Petrov, resigned.",
        ("Ivan Petrov", "Bolt Industries", "chairman"),
        id="title-before-the-name-company-as-object",
    ),
    pytest.param(
        "Acme Holdings said costs rose. Its chief executive, Ivan Petrov, said so.",
        ("Ivan Petrov", "Acme Holdings", "chief executive"),
        id="its-title-before-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_OFFICES)
def test_its_office_is_the_companys_the_text_speaks_of(facts, text, expected):
    assert expected in offices(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Regulators fined Bolt Industries and Acme Holdings. The firm's chairman, Ivan Petrov, resigned.",
            id="two-companies-neither-a-subject",
        ),
        pytest.param(
            "The Home Office said crime fell. Ivan Petrov, its spokesman, said so.",
            id="its-is-a-government-bodys",
        ),
    ],
)
def test_no_company_office_when_its_antecedent_is_unclear_or_no_company(facts, text):
    assert not any(h in ("Bolt Industries", "Acme Holdings") for _p, h, _r in offices(facts(text)))


def test_a_person_reaches_the_state_through_a_described_company(facts):
    f = facts(
        "Acme Motors has named a new boss after Carl Brent, its chief executive, quit. "
        "Bolton Group owns 44% of the Japanese carmaker. Acme Motors makes cars."
    )
    assert tied(f, "Carl Brent", "Japan")


HELD = [
    pytest.param(
        "Carl Brent is the chief executive of Acme Motors.",
        ("Carl Brent", "Acme Motors", "chief executive"),
        id="copula-of",
    ),
    pytest.param(
        "Carl Brent is a director of Acme Motors.",
        ("Carl Brent", "Acme Motors", "director"),
        id="copula-indefinite-of",
    ),
    pytest.param(
        "Carl Brent remains chairman of Acme Motors.", ("Carl Brent", "Acme Motors", "chairman"), id="remains"
    ),
    pytest.param(
        "Carl Brent, 45, is an analyst at Acme Motors.",
        ("Carl Brent", "Acme Motors", "analyst"),
        id="copula-at",
    ),
    pytest.param(
        "Carl Brent will be Acme Motors's most senior Japan-based executive.",
        ("Carl Brent", "Acme Motors", "executive"),
        id="copula-possessive-superlative",
    ),
    pytest.param("Carl Brent runs Acme Motors.", ("Carl Brent", "Acme Motors", "head"), id="runs"),
    pytest.param("Carl Brent heads Acme Motors.", ("Carl Brent", "Acme Motors", "head"), id="heads"),
    pytest.param(
        "Carl Brent has led Acme Motors since 1999.", ("Carl Brent", "Acme Motors", "leader"), id="has-led"
    ),
    pytest.param(
        "As chief operating officer, Carl Brent will run Acme Motors on a daily basis.",
        ("Carl Brent", "Acme Motors", "chief operating officer"),
        id="as-role-will-run",
    ),
    pytest.param(
        "Carl Brent works for Acme Motors.", ("Carl Brent", "Acme Motors", "employee"), id="works-for"
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_a_main_clause_says_the_office_held(facts, text, expected):
    assert expected in offices(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Carl Brent is not the chairman of Acme Motors.", id="negated"),
        pytest.param("Carl Brent could be the next chairman of Acme Motors.", id="modal"),
        pytest.param("If Carl Brent is chairman of Acme Motors, shares will rise.", id="condition"),
        pytest.param("Carl Brent is a critic of Acme Motors.", id="no-office-word"),
        pytest.param("Carl Brent will not run Acme Motors.", id="negated-run"),
        pytest.param("Carl Brent could lead Acme Motors.", id="modal-lead"),
        pytest.param("Carl Brent led the protest against Acme Motors.", id="led-something-else"),
    ],
)
def test_no_office_from_a_hedged_or_other_clause(facts, text):
    assert not any(h == "Acme Motors" for _p, h, _r in offices(facts(text)))


def test_a_place_where_a_person_works_is_no_holder(facts):
    found = offices(facts("Carl Brent will be Acme Motors's most senior Japan-based executive."))
    assert not any(h == "Japan" for _p, h, _r in found)


GOVERNED = [
    pytest.param(
        "The Conservatives and the Liberal Democrats want the advice of the Attorney General Lord Barnes "
        "published. Downing Street said no. The Iraq war was lawful, Lord Barnes said, and Iraq was in "
        "breach. Iraq was warned. Legal action may be taken against the UK.",
        ("Lord Barnes", "United Kingdom"),
        id="law-officer-in-a-story-of-british-parties-and-bodies",
    ),
    pytest.param(
        "Solicitor General Anne Vale told MPs the case was closed. Labour and the Conservatives backed "
        "the Home Office, and Britain will not appeal. Iraq and Iraq's courts were not consulted about Iraq.",
        ("Anne Vale", "United Kingdom"),
        id="solicitor-general-fronted",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED)
def test_a_law_officer_serves_the_state_of_the_storys_parties_and_bodies(facts, text, expected):
    assert tied(facts(text), *expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Labour and the Tories clashed. Attorney General Peter Lane said Iraq was in breach. Iraq, Iraq.",
            id="one-party-only-and-iraq-named-most",
        ),
        pytest.param(
            "Attorney General Peter Lane said Iraq was in breach of the resolution. Iraq, Iraq and Iraq.",
            id="no-parties-or-bodies",
        ),
        pytest.param(
            "Shadow attorney general Peter Lane attacked Labour and the Home Office in Britain.",
            id="shadow",
        ),
    ],
)
def test_no_state_for_a_law_officer_without_the_governments_state(facts, text):
    f = facts(text)
    assert not tied(f, "Peter Lane", "Iraq")
    assert not tied(f, "Peter Lane", "United Kingdom")


INTRODUCED = [
    pytest.param(
        "The chief executive of Acme Motors has resigned. Carl Brent said he wanted to spend more time "
        "with his family.",
        ("Carl Brent", "Acme Motors"),
        id="of-complement-then-said",
    ),
    pytest.param(
        "The US stock market watchdog's chairman has said he is willing to soften rules. In a speech in "
        "London, William Dorman promised several initiatives.",
        ("William Dorman", "United States"),
        id="possessive-body-then-fronted-phrase",
    ),
    pytest.param(
        "Britain's foreign secretary has flown to Kabul. Jack Hale said the visit had long been planned.",
        ("Jack Hale", "United Kingdom"),
        id="state-possessive-office",
    ),
    pytest.param(
        "The head of Acme Motors was questioned by police on Monday. Carl Brent denies any wrongdoing.",
        ("Carl Brent", "Acme Motors"),
        id="passive-then-denies",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED)
def test_a_person_introduced_after_an_office_holds_it(facts, text, expected):
    assert tied(facts(text), *expected)


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "The chief executive of Acme Motors has resigned. Analyst Carl Brent said the move was expected.",
            "Carl Brent",
            "Acme Motors",
            id="an-office-of-their-own",
        ),
        pytest.param(
            "The prime minister has attacked the Tories. Michael Hale said the claims were false.",
            "Michael Hale",
            "United Kingdom",
            id="office-with-no-holder-named",
        ),
        pytest.param(
            "The chief executive of Acme Motors has resigned. Carl Brent and Jane Doe said it was expected.",
            "Carl Brent",
            "Acme Motors",
            id="coordinated",
        ),
        pytest.param(
            "A spokesman for Acme Motors said profits fell. Carl Brent said the move was expected.",
            "Carl Brent",
            "Acme Motors",
            id="indefinite-office",
        ),
        pytest.param(
            "The chief executive of Acme Motors has resigned. Shares fell. Carl Brent said the move was "
            "expected.",
            "Carl Brent",
            "Acme Motors",
            id="not-the-next-sentence",
        ),
        pytest.param(
            "The president of the European Commission has warned Britain. Tony Blair said the warning "
            "was wrong.",
            "Tony Blair",
            "European Commission",
            id="a-person-the-knowledge-base-knows",
        ),
        pytest.param(
            "Chief Executive Jane Doe of Acme Motors spoke. The chief executive of Acme Motors has resigned. "
            "Carl Brent said the move was expected.",
            "Carl Brent",
            "Acme Motors",
            id="office-held-by-someone-named",
        ),
    ],
)
def test_no_office_for_a_person_introduced_otherwise(facts, text, person, holder):
    assert not tied(facts(text), person, holder)


def test_a_citys_office_introduced_is_no_states(facts):
    f = facts(
        "London's most senior police officer has warned of attacks on the UK. Ian Hale said terror "
        "groups would remember the Madrid bomb."
    )
    assert not tied(f, "Ian Hale", "United Kingdom")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Council of Mortgage Lenders", id="trade-council"),
        pytest.param("European Court of Auditors", id="supranational-court"),
        pytest.param("Muslim Council of Britain", id="council-of-a-community"),
    ],
)
def test_a_council_or_court_of_something_is_no_department(facts, body):
    text = f"Britain's economy grew. Britain voted. Britain waits. The {body} said prices rose in Britain."
    assert not any(o == body for o, _s in part_of(facts(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Securities and Exchange Commission (SEC) fined Acme. The watchdog's chairman, Carl Brent, "
            "said it was fair. The SEC will act.",
            ("Carl Brent", "SEC", "chairman"),
            id="the-watchdogs-chairman-comma",
        ),
        pytest.param(
            "The Financial Markets Authority (FMA) fined Acme. The FMA said so, and the regulator's "
            "chairman Carl Brent said it was fair.",
            ("Carl Brent", "FMA", "chairman"),
            id="the-regulators-chairman-before-the-name",
        ),
    ],
)
def test_the_bodys_office_is_the_main_bodys(facts, text, expected):
    assert expected in offices(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Acme was fined. Acme said so, and the regulator's chairman Carl Brent said it was fair. "
            "Acme will appeal.",
            id="main-organization-no-body",
        ),
        pytest.param(
            "The oil firm Acme Holdings was fined. The US regulator said Acme Holdings broke the rules. "
            "Acme Holdings will appeal.",
            id="a-company-is-no-regulator",
        ),
    ],
)
def test_a_body_description_never_points_to_a_company(facts, text):
    f = facts(text)
    assert not any(h.startswith("Acme") for _p, h, _r in offices(f))
    assert not any(o.startswith("Acme") for o, _s in part_of(f))

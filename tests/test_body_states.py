"""Which state a government body belongs to, and offices read from business prose (real pipeline).

Every sentence here is written for these tests. The rules under test:

* a department whose name only one state uses ("Department of Defense", "Defense Department",
  "Department for Work and Pensions", "Treasury Department") is that state's wherever the
  story is set;
* a body named bare ("the Department of Health", "the Foreign Ministry") takes a state only
  when something ties it there: the dateline, the one state the document names, or the state
  whose parties and bodies the story is about; a story naming several states gives it none;
* "its UK chief executive X" and "the firm's US chief executive X" are the company's offices;
* a party's name inside a coordinated portfolio ("Economy and Labour Minister") is no party;
* "an analyst with Bank X" is employed by the bank; "Democratic Senator X" is the US party's;
* a hyphenated describer ("the straight-talking former head") is no part of the title;
* "said managing director X" after a sentence naming a body is not the document's one company's.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import offices, part_of

pytestmark = pytest.mark.model


STATE_DEPARTMENTS = [
    pytest.param(
        "British detainees held at Guantanamo Bay will be freed, Britain said. The Department of "
        "Defense said the men were dangerous. Jack Straw said Britain had pressed for months.",
        ("Department of Defense", "United States"),
        id="us-department-in-a-british-story",
    ),
    pytest.param(
        "The UK government said talks went well. The Defense Department said more troops would go. "
        "British ministers welcomed it.",
        ("Defense Department", "United States"),
        id="defense-department-word-order",
    ),
    pytest.param(
        "Washington and Paris disagree on trade. The Treasury Department said the dollar was strong. "
        "France said it was too weak.",
        ("Treasury Department", "United States"),
        id="treasury-department-with-two-states",
    ),
    pytest.param(
        "The Department for Work and Pensions will cut 30,000 jobs. Unions in France and the US "
        "watched closely.",
        ("Department for Work and Pensions", "United Kingdom"),
        id="department-for-in-a-multi-state-story",
    ),
    pytest.param(
        "The figures from Defra show fewer farms are closing. Farmers in Ireland and France are worried.",
        ("Defra", "United Kingdom"),
        id="acronym-of-a-british-department",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATE_DEPARTMENTS)
def test_a_department_only_one_state_has_is_that_states(facts, text, expected):
    found = part_of(facts(text))
    assert {s for org, s in found if org == expected[0]} == {expected[1]}, found


UNTIED_BODIES = [
    pytest.param(
        "US tycoon Max Gordon wants to buy a football club in Leeds. The US investor met the board. "
        "The Department of Trade and Industry said it would not intervene. Gordon has US backers.",
        "Department of Trade and Industry",
        id="british-department-in-a-story-about-an-american-bidder",
    ),
    pytest.param(
        "The Foreign Ministry said talks with France and Germany would go on. Germany wants a deal and "
        "France wants a deal, and Germany and France will meet again.",
        "Foreign Ministry",
        id="ministry-with-two-states-named",
    ),
    pytest.param(
        "Japan and China agreed to talk. The Ministry of Finance said Japan would cut rates, Japan's "
        "bankers said, while China kept its rates and China's exports rose.",
        "Ministry of Finance",
        id="ministry-of-with-two-states",
    ),
]


UNTIED_BODIES.append(
    pytest.param(
        "Dr Anna Weber has worked at the Department of Health. She trained at Oxford and Cambridge and "
        "in Switzerland.",
        "Department of Health",
        id="one-state-named-beside-places-of-none",
    )
)


@pytest.mark.parametrize(("text", "org"), UNTIED_BODIES)
def test_a_bare_body_in_a_story_of_several_states_gets_none(facts, text, org):
    found = part_of(facts(text))
    assert not {s for o, s in found if o == org}, found


TIED_BODIES = [
    pytest.param(
        "Britain will cut jobs at the Department of Health, Britain said. Unions in Britain "
        "were angry, and the Department of Health said the cuts were needed.",
        ("Department of Health", "United Kingdom"),
        id="the-one-state-named",
    ),
    pytest.param(
        "The Labour Party and the Conservatives clashed over the plan. The Home Office said Britain "
        "would act. The Department of Health said it would help. The Tories and Labour disagreed.",
        ("Department of Health", "United Kingdom"),
        id="the-states-parties-and-bodies",
    ),
]


TIED_BODIES.append(
    pytest.param(
        "China's economy grew fast. China raised rates, and China's exports rose, angering US lawmakers. "
        '"We need time," National Bureau of Statistics chief Li Deshui said.',
        ("National Bureau of Statistics", "China"),
        id="the-state-the-story-names-as-a-noun",
    )
)


@pytest.mark.parametrize(("text", "expected"), TIED_BODIES)
def test_a_bare_body_tied_to_one_state_is_its(facts, text, expected):
    found = part_of(facts(text))
    assert {s for org, s in found if org == expected[0]} == {expected[1]}, found


COMPANY_OFFICES = [
    pytest.param(
        "Vodafone has drafted in its UK chief executive William Morrow to run its Japanese arm.",
        ("William Morrow", "Vodafone", "chief executive"),
        id="its-state-chief-executive",
    ),
    pytest.param(
        "Kessler Power said profits rose, and its German finance director Anna Weber will retire.",
        ("Anna Weber", "Kessler Power", "finance director"),
        id="its-demonym-finance-director",
    ),
    pytest.param(
        '"To get growth they must cut costs," Ivo Geijsen, an analyst with Bank Oyens & Van Eeghen, '
        "told Bloomberg.",
        ("Ivo Geijsen", "Bank Oyens & Van Eeghen", "analyst"),
        id="analyst-with-a-bank",
    ),
    pytest.param(
        "Sales will rise, said Anna Weber, an economist with HSBC.",
        ("Anna Weber", "HSBC", "economist"),
        id="economist-with",
    ),
    pytest.param(
        "Charlie Bell, the straight-talking former head of fast-food giant McDonald's, has died.",
        ("Charlie Bell", "McDonald", "former head"),
        id="hyphenated-describer-left-out",
    ),
    pytest.param(
        "Anna Weber, the hard-nosed chief executive of Kessler Holdings, will retire.",
        ("Anna Weber", "Kessler Holdings", "chief executive"),
        id="hyphenated-adjective-left-out",
    ),
    pytest.param(
        "Tom Gray, the long-serving chairman of Acme Foods, said sales rose.",
        ("Tom Gray", "Acme Foods", "chairman"),
        id="hyphenated-participle-left-out",
    ),
    pytest.param(
        "However, Democratic Senator Kent Conrad said the proposals went too far.",
        ("Kent Conrad", "Democratic Party", "senator"),
        id="democratic-senator",
    ),
    pytest.param(
        "The bill passed after Democratic congressman Tom Lantos backed it.",
        ("Tom Lantos", "Democratic Party", "congressman"),
        id="democratic-congressman",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_OFFICES)
def test_company_and_party_offices(facts, text, expected):
    found = offices(facts(text))
    assert expected in found, found
    person = expected[0]
    assert all(h in (expected[1],) for p, h, _r in found if p == person), found


NO_STATE_OFFICE = [
    pytest.param(
        "The firm's US chief executive, Tom Baker, said sales were strong. Acme Foods has grown fast.",
        "Tom Baker",
        "United States",
        id="firms-state-chief-executive",
    ),
    pytest.param(
        "Economy and Labour Minister Wolfgang Clement called the dip mild. Germany said growth was weak.",
        "Wolfgang Clement",
        "Labour Party",
        id="labour-inside-a-portfolio",
    ),
    pytest.param(
        "Health, Labour and Welfare Minister Ken Sato said Japan would act.",
        "Ken Sato",
        "Labour Party",
        id="labour-in-a-list-of-fields",
    ),
    pytest.param(
        'Swiss Re said losses were high. "The IMF stands ready to help," said managing director '
        "Rodrigo Rato. Swiss Re shares fell.",
        "Rodrigo Rato",
        "Swiss Re",
        id="the-named-body-not-the-one-company",
    ),
]


@pytest.mark.parametrize(("text", "person", "holder"), NO_STATE_OFFICE)
def test_no_office_in_the_wrong_holder(facts, text, person, holder):
    found = offices(facts(text))
    assert not {h for p, h, _r in found if p == person and h == holder}, found


def test_labour_minister_alone_stays_the_party(facts):
    found = offices(facts("Labour Minister Peter Hain said the UK would act."))
    assert ("Peter Hain", "Labour Party", None) in found, found


def test_a_states_own_minister_after_its_stays_the_states(facts):
    found = offices(facts("Germany said its finance minister Hans Eichel would attend the talks."))
    assert ("Hans Eichel", "Germany", "finance minister") in found, found


CLAUSE_OFFICES = [
    pytest.param(
        "Kessler Holdings, run by Tom Gray, said profits rose.", ("Kessler Holdings", "head"), id="run-by"
    ),
    pytest.param(
        "Kessler Holdings, which is run by Tom Gray, said profits rose.",
        ("Kessler Holdings", "head"),
        id="which-is-run-by",
    ),
    pytest.param(
        "Kessler Holdings, headed by Tom Gray, said profits rose.",
        ("Kessler Holdings", "head"),
        id="headed-by",
    ),
    pytest.param(
        "Kessler Holdings is led by Tom Gray, who joined in May.",
        ("Kessler Holdings", "leader"),
        id="is-led-by",
    ),
    pytest.param(
        "Kessler Holdings, which was managed by Tom Gray until 2001, said profits rose.",
        ("Kessler Holdings", "former manager"),
        id="was-managed-by",
    ),
    pytest.param(
        "Tom Gray, who is chairman of Kessler Holdings, said profits rose.",
        ("Kessler Holdings", "chairman"),
        id="who-is-chairman-of",
    ),
    pytest.param(
        "Tom Gray, who is the chief economist at Kessler Holdings, said rates would rise.",
        ("Kessler Holdings", "chief economist"),
        id="who-is-the-economist-at",
    ),
    pytest.param(
        "Tom Gray, who will remain as chief executive of Kessler Holdings, said the offer was fair.",
        ("Kessler Holdings", "chief executive"),
        id="who-will-remain-as",
    ),
    pytest.param(
        "Tom Gray, who was chief executive of Kessler Holdings until 2003, said profits rose.",
        ("Kessler Holdings", "former chief executive"),
        id="who-was-chief-executive-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_OFFICES)
def test_offices_in_passive_and_relative_clauses(facts, text, expected):
    found = offices(facts(text))
    assert ("Tom Gray", *expected) in found, found


NO_CLAUSE_OFFICE = [
    pytest.param("The talks, chaired by Tom Gray, ended on Friday.", id="passive-subject-no-organization"),
    pytest.param("Tom Gray, who is not the chairman of Kessler Holdings, spoke.", id="negated-relative"),
    pytest.param(
        "Tom Gray, who is a friend of the chairman of Kessler Holdings, spoke.", id="relative-no-office"
    ),
    pytest.param("Tom Gray, who could be chairman of Kessler Holdings, spoke.", id="hedged-relative"),
]


@pytest.mark.parametrize("text", NO_CLAUSE_OFFICE)
def test_no_office_from_clauses_that_state_none(facts, text):
    found = offices(facts(text))
    assert not {h for p, h, _r in found if p == "Tom Gray"}, found


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        pytest.param(
            "The plan was drawn up with the involvement of Solicitor General Harriet Harman. Labour and "
            "the Tories argued about it in the UK.",
            "Harriet Harman",
            "solicitor general",
            id="solicitor-general-tagged-as-a-body",
        ),
        pytest.param(
            "The bill was backed by Solicitor General Harriet Harman. The Tories and Labour argued.",
            "Harriet Harman",
            "solicitor general",
            id="solicitor-general-by-agent",
        ),
    ],
)
def test_a_law_officers_title_tagged_as_a_body_is_the_title(facts, text, person, role):
    found = offices(facts(text))
    assert (person, "United Kingdom", role) in found, found
    assert not any(h == "Solicitor General" for _p, h, _r in found), found


COORDINATED = [
    pytest.param(
        '"We regret it," Kessler Holdings chief executive Tom Gray and chief operating officer Anna Weber '
        "said in the letter.",
        ("Anna Weber", "Kessler Holdings", "chief operating officer"),
        id="second-title-parsed-as-conjunct",
    ),
    pytest.param(
        "Kessler Holdings chairman Tom Gray and chief executive Anna Weber signed the deal.",
        ("Anna Weber", "Kessler Holdings", "chief executive"),
        id="second-name-as-conjunct",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_a_coordinated_company_title_shares_the_company(facts, text, expected):
    assert expected in offices(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Acme Foods chief executive Tom Gray and Labour MP Anna Weber met.", id="other-holder"),
        pytest.param(
            "Acme Foods chief executive Tom Gray and finance minister Anna Weber met.", id="no-company-office"
        ),
    ],
)
def test_no_coordinated_company_for_other_offices(facts, text):
    found = offices(facts(text))
    assert not {h for p, h, _r in found if p == "Anna Weber" and h == "Acme Foods"}, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tory defector Robert Jackson and his new Labour bosses met.", id="tory-defector"),
        pytest.param("The Tory defector Robert Jackson spoke in the Commons.", id="the-tory-defector"),
    ],
)
def test_a_defector_is_not_the_party_he_left(facts, text):
    found = offices(facts(text))
    assert not {h for p, h, _r in found if p == "Robert Jackson" and h == "Conservative Party"}, found

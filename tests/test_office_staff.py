"""Offices of staff, descriptions that are no office, and a story's home state (real pipeline).

Every sentence here is written for these tests. The rules under test:

* a person on the staff of a state's office holder ("a special adviser to Chancellor X", "senior
  aide to Prime Minister Y", "X is an aide to Foreign Secretary Z") holds that role in the state
  the holder serves; never for the staff of an opposition leader ("an adviser to Tory leader X");
* a plural title before coordinated names ("Tory parliamentary hopefuls X and Y") gives the
  role in the singular;
* a member of a people's or a faith's community ("a member of Britain's Jewish community") and
  "the country's richest man" hold no office of the state;
* an owner's possessive before an apposed ex-title ("X, Acme's ex-head of sales") names the
  holder;
* a headline is no lead: the story's first sentence of running text, and the subject of its
  reported clause ("Britain has offered troops to X, Downing Street said"), tell the home state
  of a bare minister's office; a minister named bare in a story about one country (its name a
  noun of its own three times, three times as often as any other) is that country's.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import offices, tied

pytestmark = pytest.mark.model

STAFF = [
    pytest.param(
        "Jane Hale, a special adviser to Home Secretary Charles Clarke, resigned on Monday. Britain will "
        "now review the rules.",
        ("Jane Hale", "United Kingdom", "special adviser"),
        id="apposed-adviser",
    ),
    pytest.param(
        "Tom Reid, senior aide to Prime Minister Tony Blair, said the plan for Britain was sound.",
        ("Tom Reid", "United Kingdom", "senior aide"),
        id="apposed-aide-no-article",
    ),
    pytest.param(
        "Ed Vole is a special adviser to Chancellor Gordon Brown. Britain needs growth.",
        ("Ed Vole", "United Kingdom", "special adviser"),
        id="copula-adviser",
    ),
    pytest.param(
        "Sam Reid, who is an aide to Foreign Secretary Jack Straw, flew to Britain on Monday.",
        ("Sam Reid", "United Kingdom", "aide"),
        id="relative-clause-aide",
    ),
    pytest.param(
        "Ann Gold, a spokeswoman for Britain, said so. Carl Dunn, an advisor to Chancellor Gordon Brown, "
        "agreed.",
        ("Carl Dunn", "United Kingdom", "advisor"),
        id="advisor-spelling",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAFF)
def test_staff_of_a_state_office_holder_serve_the_state(facts, text, expected):
    person, state, role = expected
    assert (person, state, role) in offices(facts(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Ann Gold, an adviser to Tory leader Michael Howard, said the party would win. Britain needs a "
            "change.",
            "Ann Gold",
            id="opposition-leader's-adviser",
        ),
        pytest.param(
            "Jane Hale wrote a letter to Chancellor Gordon Brown about Britain's debts.",
            "Jane Hale",
            id="letter-to-no-staff",
        ),
        pytest.param(
            "Tom Reid, a close friend of Prime Minister Tony Blair, said Britain would win.",
            "Tom Reid",
            id="friend-no-staff",
        ),
    ],
)
def test_no_state_for_others_around_an_office_holder(facts, text, person):
    f = facts(text)
    assert not tied(f, person, "United Kingdom")


def test_plural_title_before_names_is_each_one_s(facts):
    text = "Mr Howard will visit Tory parliamentary hopefuls Robert Vole and Ann Reid in Britain."
    assert ("Robert Vole", "Conservative Party", "parliamentary hopeful") in offices(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Former Labour MP Lord Vole, who is a high profile member of Britain's Jewish community, "
            "condemned the remarks.",
            id="member-of-a-community-relative",
        ),
        pytest.param(
            "Sam Levy, a leading member of France's Muslim community, said the law was unfair.",
            id="member-of-a-community-apposed",
        ),
        pytest.param(
            "The mill was sold cheaply in Ukraine. It went to a group including Oleg Dvornik, the country's "
            "richest man. Ukraine wants it back.",
            id="the-country's-richest-man",
        ),
    ],
)
def test_descriptions_are_no_state_office(facts, text):
    g = offices(facts(text))
    assert not [o for o in g if o[1] in ("United Kingdom", "France", "Ukraine") and o[0] != "Lord Vole"]
    assert not [o for o in g if o[0] == "Lord Vole" and o[1] == "United Kingdom"]


def test_owner_before_an_ex_title(facts):
    text = (
        "Cynthia Vole, WorldCom's ex-head of internal accounting, alerted directors to the fraud at the "
        "US telecoms giant."
    )
    assert ("Cynthia Vole", "WorldCom", "former head of internal accounting") in offices(facts(text))


GURKHAS = (
    "Troops to help flood victims\n\n"
    "Britain has offered to send 120 troops to help with the relief effort in Indonesia, Downing Street "
    "said. Talks have begun with Indonesia. Indonesia was the country worst hit, and Indonesia's army is "
    "stretched. Aceh and Sumatra in Indonesia were hit hardest. Development Minister Gareth Vole said the "
    "offer would focus on Aceh."
)


def test_headline_is_no_lead_and_the_reported_subject_votes(facts):
    # Indonesia is named most, but the lead is Britain's act: no Indonesian minister
    assert not tied(facts(GURKHAS), "Gareth Vole", "Indonesia")


def test_minister_of_the_led_state_with_a_cabinet_member_named(facts):
    text = GURKHAS + " The offer comes as the Foreign Secretary Jack Straw arrives in Indonesia."
    f = facts(text)
    assert tied(f, "Gareth Vole", "United Kingdom")
    assert not tied(f, "Gareth Vole", "Indonesia")


def test_lead_with_a_full_stop_is_read_after_a_headline_control(facts):
    # the same story led by Indonesia's act: the minister named bare is no British one
    text = GURKHAS.replace("Britain has offered", "Indonesia has asked Britain").replace(
        "Downing Street said", "officials in Jakarta said"
    )
    assert not tied(facts(text), "Gareth Vole", "United Kingdom")


def test_minister_of_the_story_s_one_country(facts):
    text = (
        "Russia's decision to bar foreign firms stunned investors. Russia may decide case by case, and "
        "Russia has courted foreign investment, officials in Mexico and Kuwait noted. The issue will "
        "follow Russia's law, natural resources minister Yuri Volkov was quoted as saying."
    )
    assert tied(facts(text), "Yuri Volkov", "Russia")


def test_minister_of_no_one_country_control(facts):
    text = (
        "Russia and Mexico met in Kuwait. Mexico wants oil and Russia wants gas, Kuwait said. The issue "
        "will follow the law, natural resources minister Yuri Volkov was quoted as saying."
    )
    f = facts(text)
    assert not tied(f, "Yuri Volkov", "Mexico")
    assert not tied(f, "Yuri Volkov", "Kuwait")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"We regret it," said Ivan Volkov, deputy chairman of Highland Silver - a mining firm that has '
            'the motto "Bringing Peru\'s Silver to Market".',
            id="motto-in-an-apposed-relative-clause",
        ),
        pytest.param(
            "Ann Vole, head of Greenfield Farms, a group that sells to Spain, said prices would rise.",
            id="control-relative-clause-of-the-object",
        ),
    ],
)
def test_a_state_inside_a_clause_on_the_holder_owns_no_office(facts, text):
    g = offices(facts(text))
    assert not [o for o in g if o[1] in ("Peru", "Spain")]


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "Jim Vole, vice president of Toyota's US sales arm, said sales rose.",
            "Jim Vole",
            "Toyota",
            id="possessive-owner",
        ),
        pytest.param(
            "John Westwood, managing director of oil industry analysts Douglas-Westwood, said prices rose.",
            "John Westwood",
            "Douglas-Westwood",
            id="apposed-owner",
        ),
    ],
)
def test_an_owner_inside_the_object_still_holds_it_control(facts, text, person, holder):
    assert any(o[0] == person and o[1] == holder for o in offices(facts(text)))


@pytest.mark.parametrize(
    ("text", "people", "holder", "role"),
    [
        pytest.param(
            "Mr Howard will visit Tory parliamentary hopefuls Robert Vole and Ann Reid in Britain.",
            ("Robert Vole", "Ann Reid"),
            "Conservative Party",
            "parliamentary hopeful",
            id="two-hopefuls",
        ),
        pytest.param(
            "Labour MPs Ann Vole and Tom Reid voted against the bill.",
            ("Ann Vole", "Tom Reid"),
            "Labour Party",
            "mp",
            id="two-mps",
        ),
        pytest.param(
            "Conservative MPs Ann Vole, Tom Reid and Sam Hill signed the letter.",
            ("Ann Vole", "Tom Reid", "Sam Hill"),
            "Conservative Party",
            "mp",
            id="three-mps-chained",
        ),
        pytest.param(
            "US Senators John Vole and Tom Reid visited Iraq.",
            ("John Vole", "Tom Reid"),
            "United States",
            "senator",
            id="two-senators",
        ),
    ],
)
def test_a_plural_title_is_each_conjunct_s(facts, text, people, holder, role):
    found = offices(facts(text))
    for person in people:
        assert (person, holder, role) in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Labour MP Ann Vole and Tom Reid voted against the bill.", "Tom Reid", id="singular-title"
        ),
        pytest.param(
            "Labour MPs Ann Vole and her husband Tom Reid attended.", "Tom Reid", id="described-conjunct"
        ),
    ],
)
def test_a_singular_title_or_a_described_conjunct_is_not_shared(facts, text, person):
    assert not [o for o in offices(facts(text)) if o[0] == person]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "While Tom Vole is seen as a key Blair ally his brother Sam Vole is a special adviser to "
            "Chancellor Gordon Brown. Britain needs him.",
            ("Sam Vole", "United Kingdom", "special adviser"),
            id="subjectless-verb-after-the-name",
        ),
        pytest.param(
            "While Ann Vole is seen as a rising star her sister Jo Vole is the chief executive of Tesco.",
            ("Jo Vole", "Tesco", "chief executive"),
            id="name-apposed-to-the-subject",
        ),
    ],
)
def test_the_name_of_a_copula_s_subject_holds_its_office(facts, text, expected):
    assert expected in offices(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "While Ann Vole is seen as a rising star her sister Jo Vole is not the chief executive of Tesco.",
            id="negated",
        ),
        pytest.param(
            "While Ann Vole is seen as a rising star her sister Jo Vole could be the chief executive of "
            "Tesco.",
            id="hedged",
        ),
    ],
)
def test_a_negated_or_hedged_copula_holds_nothing(facts, text):
    assert not [o for o in offices(facts(text)) if o[0] == "Jo Vole"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Liberal Democrat Sarah Vole, the most recent female MP to be elected, told researchers "
            "the place was sexist.",
            ("Sarah Vole", "Liberal Democrats", "mp"),
            id="seat-title-in-a-superlative-apposition",
        ),
        pytest.param(
            "Labour's Tom Reid, an MP since 1997, said the bill was wrong.",
            ("Tom Reid", "Labour Party", "mp"),
            id="seat-title-apposed-indefinite",
        ),
        pytest.param(
            "Tory Jo Vole, the shadow home secretary, said Britain must change.",
            ("Jo Vole", "Conservative Party", "shadow home secretary"),
            id="shadow-office-apposed",
        ),
        pytest.param(
            "Labour's Tom Reid, the party chairman, said Britain would win.",
            ("Tom Reid", "Labour Party", "chairman"),
            id="party-office-apposed",
        ),
        pytest.param(
            "Labour's Tom Reid, the foreign secretary, said the bill was wrong. Britain will vote.",
            ("Tom Reid", "United Kingdom", "foreign secretary"),
            id="state-office-apposed-after-a-party",
        ),
    ],
)
def test_an_apposed_title_after_a_party_premodifier(facts, text, expected):
    assert expected in offices(facts(text))


def test_a_committee_title_after_a_party_is_not_the_party_s_control(facts):
    text = "Labour's Tom Reid, the committee chairman, said Britain would win."
    assert not [o for o in offices(facts(text)) if o[0] == "Tom Reid" and o[2]]

"""Office roles kept whole and holders that own them (real pipeline), on sentences written here.

An office phrase names one office: its title with the words that narrow it ("deputy", "shadow",
"former", "of campaign strategy", "in the Lords"), and the state or organization it belongs to.
The rules under test: a role is never cut short until it claims its parent body; a title that
belongs to a sub-unit (a committee, an operation) keeps the sub-unit in the role; a shadow post
is the party's; a nationality is no office; a place or an adjective glued to a name is no holder.
"""

from __future__ import annotations

import pytest
from factories import ORG, P, S

from newsgraph.extractors.roles import role_core, role_head
from newsgraph.model import DocumentFacts, Kind, Relation, node_key

pytestmark = pytest.mark.model


LABOUR, TORIES, LIBDEMS = ORG("Labour Party"), ORG("Conservative Party"), ORG("Liberal Democrats")


def affiliations(f: DocumentFacts) -> set[tuple[str, str, str | None]]:
    return {(r.source, r.target, r.role) for r in f.relations if r.relation is Relation.AFFILIATED_WITH}


def offices_of(f: DocumentFacts, person: str) -> set[tuple[str, str | None]]:
    """(holder or "", role) of every office the person holds: explicit edges and claims."""
    found = {(t, role) for s, t, role in affiliations(f) if s == person}
    return found | {("", c.role) for c in f.claims if c.entity == person}


def labels(f: DocumentFacts) -> dict[str, Kind]:
    return {e.label: e.kind for e in f.entities}


def test_role_head_and_core():
    assert role_head("head of elections strategy") == "head"
    assert role_core("chairman of the public affairs committee") == "chairman"
    assert role_head("shadow home secretary") == "secretary"
    assert role_head("leader in the lords") == "leader"
    assert role_head(None) == ""


# -- titles kept whole -------------------------------------------------------------------------

WHOLE = [
    pytest.param(
        "Then deputy Liberal Democrat chairman Alan Pike was said to have planned cuts.",
        P("Alan Pike"),
        (LIBDEMS, "deputy chairman"),
        id="deputy-tagged-as-verb",
    ),
    pytest.param(
        "Ex-Labour minister Tom Reade told the programme there was a danger.",
        P("Tom Reade"),
        (S("GBR"), "former minister"),  # the party is his side only (see test_offices)
        id="ex-party-minister",
    ),
    pytest.param(
        "Tory ex-minister Ruth Dale said she opposed the plans for identity cards.",
        P("Ruth Dale"),
        (S("GBR"), "former minister"),
        id="party-ex-minister",
    ),
    pytest.param(
        "Alan Webb, Labour's head of campaign strategy, said the election would be in May.",
        P("Alan Webb"),
        (LABOUR, "head of campaign strategy"),
        id="head-of-a-field",
    ),
    pytest.param(
        "Lord Fenwick, Tory leader in the Lords, said the bill would be rewritten.",
        P("Lord Fenwick"),
        (TORIES, "leader in the lords"),
        id="leader-in-a-house",
    ),
    pytest.param(
        "Dr Paul Reed, the Conservative spokesman for the Cabinet Office, said he had found the papers.",
        P("Paul Reed"),
        (TORIES, "spokesman for the cabinet office"),
        id="party-spokesman-for-a-department",
    ),
    pytest.param(
        "Tory shadow local government secretary Carol Spence said the tax was unfair.",
        P("Carol Spence"),
        (TORIES, "shadow local government secretary"),
        id="party-shadow-secretary",
    ),
    pytest.param(
        "Committee chairman Labour MP Sue Kemp said the deaths were a scandal.",
        P("Sue Kemp"),
        (LABOUR, "mp"),
        id="two-titles-in-a-row",
    ),
]


@pytest.mark.parametrize(("text", "person", "office"), WHOLE)
def test_a_role_keeps_the_words_that_narrow_it(facts, text, person, office):
    found = offices_of(facts(text), person)
    assert office in found, found
    # no shorter form of the same title claiming the whole body
    assert not [(h, r) for h, r in found if h == office[0] and r != office[1] and r and r in office[1]]


def test_a_shadow_post_is_no_state_office(facts):
    f = facts("Shadow home secretary David Marsh said the bill had been badly drawn up.")
    assert ("", "shadow home secretary") in offices_of(f, P("David Marsh"))
    assert not [r for r in affiliations(f) if r[1].startswith("state:")]
    f = facts("He and his shadow Chancellor Owen Lette have been edging towards a pledge.")
    assert ("", "shadow chancellor") in offices_of(f, P("Owen Lette"))


def test_a_department_shadowed_is_no_holder(facts):
    f = facts(
        "Dr Paul Reed, the Conservative spokesman for the Cabinet Office, said he had found the papers."
    )
    assert not [r for r in affiliations(f) if r[1] == ORG("Cabinet Office")]


def test_coordinated_titles_are_two_offices(facts):
    f = facts("Veteran Labour MP and former Cabinet minister Ian Moss has said he will stand down.")
    found = offices_of(f, P("Ian Moss"))
    assert ("", "former cabinet minister") in found
    assert not [r for _h, r in found if r and (r.split()[0] == "and" or r.startswith("mp "))]
    assert (LABOUR, "mp") in found  # the first title is kept too, with its party


def test_the_first_of_two_coordinated_titles_keeps_its_holder(facts):
    f = facts("He met Tory MP and former minister Edwin Carrow in Leeds.")
    assert offices_of(f, P("Edwin Carrow")) == {(TORIES, "mp"), ("", "former minister")}


def test_a_clause_word_is_no_part_of_a_role(facts):
    f = facts("On Tuesday he will visit Leicester East, where Lib Dem MP Ravi Dhillon won the seat.")
    found = offices_of(f, P("Ravi Dhillon"))
    assert (LIBDEMS, "mp") in found
    assert not [r for _h, r in found if r and "where" in r.split()]


# -- sub-units: the holder is not the parent with the bare title ------------------------------

SUB_UNITS = [
    pytest.param(
        "Mrs Hale, 59, who led Red Cross operations in Sudan, was abducted in Khartoum.",
        P("Mrs Hale"),
        ORG("Red Cross"),
        "operations",
        id="led-operations",
    ),
    pytest.param(
        "Liberal Democrat Sir Ian Holt, who chairs the Commons transport committee, said it was wrong.",
        P("Ian Holt"),
        ORG("Commons"),
        "committee",
        id="chairs-a-committee",
    ),
    pytest.param(
        "The chairman of the MCB's public affairs committee, Omar Khan, said the war mattered to voters.",
        P("Omar Khan"),
        ORG("MCB"),
        "committee",
        id="chairman-of-a-bodys-committee",
    ),
    pytest.param(
        '"It is a tragedy," said the chairman of the Commons health select committee, Labour MP Barry Dale.',
        P("Barry Dale"),
        ORG("Commons"),
        "committee",
        id="chairman-of-a-house-committee",
    ),
]


@pytest.mark.parametrize(("text", "person", "parent", "unit"), SUB_UNITS)
def test_an_office_of_a_sub_unit_does_not_head_the_parent(facts, text, person, parent, unit):
    found = offices_of(facts(text), person)
    roles_for_parent = [r for h, r in found if h == parent]
    assert all(r and unit in r for r in roles_for_parent), found
    if "Commons" not in text:  # the model tags "Commons" in some sentences only
        assert roles_for_parent, found


def test_running_for_a_seat_heads_nothing(facts):
    f = facts("Mr Malik, who is himself running for the seat of Dewsbury, said shortlists had failed.")
    assert not [r for r in affiliations(f) if r[0] == P("Malik")]


# -- nationality, places and glued adjectives --------------------------------------------------

NATIONALITY = [
    pytest.param(
        "Australian Greg Tully told the party leader to focus on marginal seats.", P("Greg Tully"), "AUS"
    ),
    pytest.param("Irish republican Nora Devlin was elected to Parliament in 1969.", P("Nora Devlin"), "IRL"),
    pytest.param(
        "The credit must go to Greg Tully, the Australian strategist who ran the campaign.",
        P("Greg Tully"),
        "AUS",
    ),
]


@pytest.mark.parametrize(("text", "person", "iso3"), NATIONALITY)
def test_a_nationality_is_no_office(facts, text, person, iso3):
    assert not [r for r in affiliations(facts(text)) if r[0] == person and r[1] == S(iso3)]


STATE_OFFICES = [
    pytest.param(
        "Italian finance minister Marco Bruni agreed to share the research.", P("Marco Bruni"), "ITA"
    ),
    pytest.param(
        "Mr Straw and his Spanish counterpart Miguel Soto agreed to set up a forum.", P("Miguel Soto"), "ESP"
    ),
    pytest.param(
        "Palestinian leader Omar Hamdan said he would not tolerate attacks.", P("Omar Hamdan"), "PSE"
    ),
]


@pytest.mark.parametrize(("text", "person", "iso3"), STATE_OFFICES)
def test_a_demonym_before_a_state_office_names_the_state(facts, text, person, iso3):
    assert [r for r in affiliations(facts(text)) if r[0] == person and r[1] == S(iso3)]


def test_an_adjective_glued_to_a_name_is_no_part_of_it(facts):
    f = facts("Ex-Downing Street press chief Colin Ward will return to the campaign.")
    assert "Ex-Downing Street" not in labels(f)
    found = offices_of(f, P("Colin Ward"))
    assert found & {(ORG("Downing Street"), "former press chief"), ("", "former downing street press chief")}
    f = facts("New Metropolitan Police Commissioner Sir Ian Blake has backed the orders.")
    assert "New Metropolitan Police" not in labels(f)
    assert (ORG("Metropolitan Police"), "commissioner") in offices_of(f, P("Ian Blake"))


def test_new_in_a_name_stays(facts):
    f = facts("New York Times editor Jill Abram said the paper would appeal.")
    assert not [label for label in labels(f) if label.startswith("York")]


def test_a_county_is_no_holder_of_its_police_chief(facts):
    f = facts("Norfolk police chief Andy Hale also warned that work was needed.")
    assert not [r for r in affiliations(f) if r[1] in (ORG("Norfolk"), node_key(Kind.LOCATION, "Norfolk"))]
    f = facts("However, Notts police chief Steve Green said innocent people would suffer.")
    assert [r for r in affiliations(f) if r[0] == P("Steve Green")] == [
        (P("Steve Green"), ORG("Notts Police"), "chief")
    ]


def test_a_place_and_its_force_word_are_the_force(facts):
    f = facts("Chief Constable Alan Brough of Kesteven police said the man was arrested.")
    assert (P("Alan Brough"), ORG("Kesteven Police"), "chief constable") in affiliations(f)
    assert labels(f).get("Kesteven Police") is Kind.ORGANIZATION


def test_a_peers_territorial_name_is_no_holder(facts):
    f = facts("Ex-Welsh Office Minister Lord Roberts of Conwy denied the claims.")
    found = offices_of(f, P("Lord Roberts"))
    assert not [h for h, _r in found if "conwy" in h]
    assert "Ex-Welsh Office" not in labels(f)


def test_a_company_role_is_not_its_countrys(facts):
    f = facts('"Taxes were cut," said Aidan Carroll, KPMG\'s UK head of tax.')
    assert not [r for r in affiliations(f) if r[0] == P("Aidan Carroll") and r[1].startswith("state:")]


def test_a_portfolio_list_is_no_organization(facts):
    f = facts("The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at critics.")
    assert not [e for e in f.entities if e.kind is Kind.ORGANIZATION]
    assert ("", "secretary of state for culture, media and sport") in offices_of(f, P("Tessa Jowell"))


def test_a_complement_keeps_its_hyphens_and_drops_a_back_reference(facts):
    f = facts("Mr Johnson, MP for Henley-on-Thames, said he suspected a plot.")
    assert any(r and r.startswith("mp for henley-on-thames") for _h, r in offices_of(f, P("Johnson")))
    f = facts("Sir Andrew Green, chairman of the organisation, says there is no need for a body.")
    assert ("", "chairman") in offices_of(f, P("Andrew Green"))


def test_a_hyphened_rank_is_part_of_the_title(facts):
    f = facts("Vice-Prime Minister Ivan Sorokin called on the EU to act.")
    assert ("", "vice prime minister") in offices_of(f, P("Ivan Sorokin"))
    f = facts("Ravi Rao, vice-chairman of India Steel Limited, stayed away from the meeting.")
    assert (ORG("India Steel Limited"), "vice chairman") in offices_of(f, P("Ravi Rao"))
    assert any(r.source == ORG("India Steel Limited") and r.target == S("IND") for r in f.relations)


def test_the_second_of_two_titled_names_keeps_its_own_state(facts):
    f = facts(
        "Turkey's trade minister Mr Aksoy and Greek finance minister Nikos Pappas would discuss the deal."
    )
    found = offices_of(f, P("Nikos Pappas"))
    assert (S("GRC"), "finance minister") in found
    assert not [h for h, _r in found if h == S("TUR")]


def test_hyphened_and_coordinated_portfolios_stay_in_the_role(facts):
    f = facts("Firms are embracing online trading, e-commerce minister Mike Obi says.")
    assert ("", "e-commerce minister") in offices_of(f, P("Mike Obi"))
    f = facts("Work and pensions minister Alan Jones said it was wrong.")
    assert ("", "work and pensions minister") in offices_of(f, P("Alan Jones"))


def test_noise_and_acronyms_are_no_part_of_a_role(facts):
    f = facts("Scotland's only Conservative MP Peter Dunn said the campaign was superb.")
    assert (TORIES, "mp") in offices_of(f, P("Peter Dunn"))
    f = facts("NAO head Sir John Bowen said the deal was hard.")
    # the acronym is the holder (a company-like body before an office word), never part of the role
    assert {role for _h, role in offices_of(f, P("John Bowen"))} == {"head"}


def test_a_holder_deep_in_the_complement_is_cut_whole(facts):
    f = facts("Mr Rimmer, the service director for registrations at Brent Council in north London, said so.")
    found = offices_of(f, P("Rimmer"))
    assert [r for h, r in found if h == ORG("Brent Council")] == ["service director for registrations"]


def test_party_posts_are_offices(facts):
    f = facts("In 2001 he beat the Liberal Democrat candidate Peter Carr by 5,000 votes.")
    assert (LIBDEMS, "candidate") in offices_of(f, P("Peter Carr"))


def test_a_title_after_its_head_word_and_its_holder(facts):
    f = facts("But David Frost, director general of the British Chambers of Commerce, warned of costs.")
    assert (ORG("British Chambers of Commerce"), "director general") in offices_of(f, P("David Frost"))


def test_of_two_bodies_the_nearer_holds_the_office(facts):
    f = facts("A letter from Holyrood's Chamber Office chief Ken Hughes made it clear.")
    assert {h for h, _r in offices_of(f, P("Ken Hughes"))} == {ORG("Chamber Office")}


def test_words_the_parser_split_off_stay_in_the_title(facts):
    f = facts("Liam Fox, Tory co-chairman, said the return was a sign of new tactics.")
    assert (TORIES, "co chairman") in offices_of(f, P("Liam Fox"))
    f = facts("Conservative co-chairman Liam Fox likened the two men to schoolboys.")
    assert (TORIES, "co chairman") in offices_of(f, P("Liam Fox"))
    f = facts("He will meet Chinese counterpart Minister Li Zhao to discuss relations.")
    assert (S("CHN"), "minister") in offices_of(f, P("Li Zhao"))
    f = facts("However, Lifelong Learning Minister Jim Wallace said this would not cost places.")
    assert ("", "lifelong learning minister") in offices_of(f, P("Jim Wallace"))


def test_a_place_before_a_title_is_part_of_it(facts):
    f = facts("Wales Secretary Peter Hain and others promoted the news in Cardiff.")
    assert ("", "wales secretary") in offices_of(f, P("Peter Hain"))


def test_appointment_words_and_past_clauses(facts):
    f = facts("Sir Ian Blake, the newly-appointed Metropolitan Police commissioner, said he agreed.")
    assert (ORG("Metropolitan Police"), "commissioner") in offices_of(f, P("Ian Blake"))
    f = facts("Lord Kinley - who led Labour from 1983 until 1992 - was until recently a commissioner.")
    assert (LABOUR, "former leader") in offices_of(f, P("Lord Kinley"))


def test_portfolios_named_like_places_bodies_or_groups(facts):
    f = facts("It was the anniversary of former Culture Secretary Chris Smith coming out.")
    assert ("", "former culture secretary") in offices_of(f, P("Chris Smith"))
    f = facts("Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said it.")
    assert ("", "culture media and sport secretary") in offices_of(f, P("Tessa Jowell"))
    f = facts("Voters will meet Armed Forces Minister Adam Ingram in East Kilbride.")
    assert ("", "armed forces minister") in offices_of(f, P("Adam Ingram"))


def test_a_plural_apposition_is_no_title(facts):
    f = facts(
        "They will also speak to Mr Finnie, representatives of the Royal Society and the Fish Authority."
    )
    assert not [r for r in affiliations(f) if r[0] == P("Finnie")]


def test_a_founder_stays_a_founder(facts):
    f = facts("George Gallon, who founded the anti-war party Respect, is standing in the seat.")
    assert (ORG("Respect"), "founder") in offices_of(f, P("George Gallon"))


def test_the_end_of_an_untagged_name_is_no_part_of_the_title(facts):
    f = facts("Commission for Racial Equality chairman Trevor Phillips said applications were down.")
    assert ("", "chairman") in offices_of(f, P("Trevor Phillips"))


def test_an_indefinite_title_before_a_name_is_held_by_no_one(facts):
    f = facts("There will be an argument over just how good a prime minister Gordon Bryce will make.")
    assert not offices_of(f, P("Gordon Bryce"))


def test_an_owners_title_and_honorific_are_no_part_of_the_office(facts):
    f = facts("Rachel Whetstone, the Tory leader's chief of staff, said the claims were false.")
    assert (TORIES, "chief of staff") in offices_of(f, P("Rachel Whetstone"))
    f = facts("Mr Kennedy's chief of staff, Anna Werrin, said the party was ready.")
    assert ("", "chief of staff") in offices_of(f, P("Anna Werrin"))


def test_chief_before_a_body_is_part_of_the_title(facts):
    f = facts("Hans Blix, the former chief UN weapons inspector, said the war was illegal.")
    assert (ORG("UN"), "former chief weapons inspector") in offices_of(f, P("Hans Blix"))


def test_a_title_opening_with_an_honorific_word_keeps_it(facts):
    f = facts("Lord Chancellor Charles Hartwell said the plea was rejected.")
    assert ("", "lord chancellor") in offices_of(f, P("Charles Hartwell"))


def test_an_academic_form_of_address_is_no_office(facts):
    f = facts("Professor Rothwell, who is also a fellow, told the Times it would worry her.")
    assert not offices_of(f, P("Rothwell"))
    f = facts("Medical Research Council Professor Nancy Rothwell said it mattered.")
    assert (ORG("Medical Research Council"), "professor") in offices_of(f, P("Nancy Rothwell"))


def test_a_ministers_office_in_a_devolved_governments_story_is_not_the_states(facts):
    def homes(text: str) -> set[str | None]:
        return {
            c.home for c in facts(text).claims if c.entity == P("Ann Price") and c.role == "finance minister"
        }

    f = facts("The Welsh Assembly Government set the budget. Finance Minister Ann Price said it was fair.")
    assert offices_of(f, P("Ann Price")) == {(ORG("Welsh Assembly Government"), "finance minister")}
    assert homes(
        "The Welsh assembly set the budget. First Minister Rhodri Morris said Finance Minister Ann Price "
        "was right."
    ) == {None}
    text = "Britain and the UK set the budget. Finance Minister Ann Price said it was fair in Britain."
    assert homes(text) == {S("GBR")}


def test_ranks_the_parser_took_for_a_sentence_end(facts):
    f = facts("Navy Lt. Cmdr. Ann Ross, a Pentagon spokeswoman, declined to comment.")
    assert (ORG("Navy"), "lieutenant commander") in offices_of(f, P("Ann Ross"))


def test_a_title_between_commas_after_a_name_is_its_apposition(facts):
    f = facts("Kamal Nath, Commerce and Industry Minister, announced the decision in Delhi on Thursday.")
    assert ("", "commerce and industry minister") in offices_of(f, P("Kamal Nath"))
    f = facts("Tom Reade, 59, said he was sorry.")
    assert not offices_of(f, P("Tom Reade"))


def test_a_demonym_after_of_in_a_name_gives_its_state(facts):
    f = facts("Anil Mehta, president of the Federation of Indian Exporters, said orders fell.")
    assert any(r.relation is Relation.PART_OF and r.target == S("IND") for r in f.relations)


def test_a_name_apposed_to_the_body_of_a_title(facts):
    f = facts(
        "The head of the International Atomic Energy Agency, Mohamed Elbaz, said inspections would go on."
    )
    assert (ORG("International Atomic Energy Agency"), "head") in offices_of(f, P("Mohamed Elbaz"))


def test_a_hyphened_title(facts):
    f = facts("Kofi Amu, the secretary-general, urged restraint.")
    assert ("", "secretary-general") in offices_of(f, P("Kofi Amu"))


def test_a_holder_named_with_a_preposition_before_a_title(facts):
    f = facts("Bank of England governor Mervyn Kane warned of rising debt.")
    assert (ORG("Bank of England"), "governor") in offices_of(f, P("Mervyn Kane"))


def test_a_party_named_in_full_is_one_holder(facts):
    f = facts(
        "It came as the co-chairman of the Conservative Party, Liam Foy, on Saturday called him a failure."
    )
    assert offices_of(f, P("Liam Foy")) == {(TORIES, "co chairman")}
    assert ORG("Party") not in {e.key for e in f.entities}


def test_a_one_word_body_is_the_longer_body_of_the_document_ending_with_it():
    from newsgraph.extractors.entities import _longer_body, _Mention

    guards = _Mention(Kind.ORGANIZATION, 9, 10, "Guards")
    longer = [guards, _Mention(Kind.ORGANIZATION, 1, 3, "Revolutionary Guards")]
    assert _longer_body(guards, longer) == "Revolutionary Guards"
    two = [*longer, _Mention(Kind.ORGANIZATION, 5, 7, "Scots Guards")]
    assert _longer_body(guards, two) is None  # two bodies end so: neither
    party = [guards, _Mention(Kind.ORGANIZATION, 1, 3, "Conservative Guards", party="GBR")]
    assert _longer_body(guards, party) is None


def test_a_style_between_an_office_and_a_name_is_no_part_of_the_office(facts):
    f = facts("Saudi Foreign Minister Prince Khalid bin Saud called for calm.")
    assert (S("SAU"), "foreign minister") in offices_of(f, P("Khalid bin Saud"))


def test_a_regional_branch_of_a_party_narrows_the_title(facts):
    f = facts("Scottish Conservative leader, Dan Reid, said earlier it was beyond belief.")
    assert (TORIES, "scottish leader") in offices_of(f, P("Dan Reid"))


def test_a_minister_named_with_a_devolved_nation_is_not_the_states(facts):
    def homes(text: str, name: str) -> set[str | None]:
        return {c.home for c in facts(text).claims if c.entity == P(name)}

    text = "Britain and the UK set the quotas. Scottish fisheries minister Ian Crail said it was fair."
    assert homes(text, "Ian Crail") == {None}
    text = "Britain and the UK set the budget. Scotland's justice minister Ann Price said it was fair."
    assert homes(text, "Ann Price") == {None}
    text = "Britain and the UK set the quotas. Fisheries minister Ian Crail said it was fair in Britain."
    assert homes(text, "Ian Crail") == {S("GBR")}


def test_a_minister_in_a_document_set_in_a_devolved_nation_is_not_the_states(facts):
    """MPs touring Scotland talk to "Fisheries Minister X": the nation named in the first sentence
    sets the story there, and the bare minister is given no home state; a story naming Scotland
    and Wales, or Scotland only later, is the state's."""

    def homes(text: str) -> set[str | None]:
        return {c.home for c in facts(text).claims if c.entity == P("Ian Crail")}

    text = (
        "MPs are on a mission to Wales. Britain and the UK set the quotas. Fisheries minister Ian Crail "
        "met them in Britain."
    )
    assert homes(text) == {None}
    text = (
        "Britain and the UK set the quotas. MPs flew to the north on Monday. Fisheries minister "
        "Ian Crail met them in Britain. They will stay in Scotland for two days and meet fishermen "
        "in Scotland."
    )
    assert homes(text) == {S("GBR")}
    text = (
        "Pupils in Scotland and Wales did better. Britain and the UK set the quotas. Fisheries minister "
        "Ian Crail said it was fair in Britain."
    )
    assert homes(text) == {S("GBR")}


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        (
            "Ann Vole and Ian Crane met. The prime minister and Mr Crane disagreed about the euro.",
            "Ian Crane",
            "prime minister",
        ),
        (
            "The chancellor and Mrs Vole spoke on Monday, after Ann Vole met Ian Crane.",
            "Ann Vole",
            "chancellor",
        ),
        ("The prime minister and Chancellor Ian Crane met union leaders.", "Ian Crane", "prime minister"),
        ("He met the home secretary and Foreign Secretary Ian Crane.", "Ian Crane", "secretary"),
    ],
)
def test_a_title_before_x_and_a_name_is_nobody_named(facts, text, person, wrong):
    """An honorific after "and" is no second title, and a definite office coordinated with a
    name's own title is someone else's."""
    assert wrong not in {r for _h, r in offices_of(facts(text), P(person))}


def test_each_of_two_coordinated_titled_names_keeps_its_own(facts):
    f = facts("Prime Minister Ann Vole and Chancellor Ian Crane met in London.")
    assert "prime minister" in {r for _h, r in offices_of(f, P("Ann Vole"))}
    assert {r for _h, r in offices_of(f, P("Ian Crane"))} == {"chancellor"}


def test_a_rank_after_a_post_is_no_part_of_it(facts):
    f = facts("But former British Commander Colonel Rob Stewell said the verdict was sad.")
    assert offices_of(f, P("Rob Stewell")) == {(S("GBR"), "former commander")}


def test_a_rank_of_two_ranks_stays_whole(facts):
    f = facts("Major General Tim Crossley said the troops would stay.")
    assert {role for _holder, role in offices_of(f, P("Tim Crossley"))} == {"major general"}


def test_an_architect_of_something_holds_no_office(facts):
    f = facts("Apart from Nye Bevel himself, the architect of the NHS, nobody did the job so long.")
    assert offices_of(f, P("Nye Bevel")) == set()
    f = facts("Ravi Kumar, chief architect of the Kestrel Housing Association, said sales fell.")
    assert {role for _h, role in offices_of(f, P("Ravi Kumar"))} == {"chief architect"}


def test_the_organisation_named_is_no_word_of_the_title(facts):
    text = (
        "The Association of Directors of Care met in May. "
        "The organisation's president Tony Huntley said the plans could help."
    )
    f = facts(text)
    assert all(role == "president" for _h, role in offices_of(f, P("Tony Huntley")))


def test_a_party_member_chairing_a_committee_of_the_house_holds_no_party_office(facts):
    """ "Lib Dem constitutional affairs committee chairman X": X is of the party and chairs a
    committee named by a field of government; the chair is no office of the party's. A party's
    own committee ("policy committee") stays the party's."""
    f = facts("On Monday Lib Dem constitutional affairs committee chairman Alan Beath warned of harm.")
    assert offices_of(f, P("Alan Beath")) == {
        (LIBDEMS, None),
        ("", "constitutional affairs committee chairman"),
    }
    f = facts("Tory policy committee chairman John Reade agreed with the plan.")
    assert offices_of(f, P("John Reade")) == {(TORIES, "policy committee chairman")}


def test_a_company_office_with_no_holder_is_the_documents_one_companys(facts):
    f = facts(
        "The oil firm Norvex reported higher profits. Chief executive John Smyth said the company would grow."
    )
    assert offices_of(f, P("John Smyth")) == {(ORG("Norvex"), "chief executive")}
    f = facts(
        "The oil firm Norvex and the bank Gelder Holdings met. Chief executive John Smyth said the company "
        "would grow."
    )
    assert offices_of(f, P("John Smyth")) == {("", "chief executive")}


def test_a_company_office_in_a_sentence_the_company_speaks_is_the_last_subject_companys(facts):
    f = facts(
        "The oil firm Norvex and the bank Gelder Holdings met. "
        "Meanwhile Gelder Holdings is launching adverts. "
        "The move answers a report. In a letter from chief executive John Smyth, the company says the report "
        "is wrong."
    )
    assert offices_of(f, P("John Smyth")) == {(ORG("Gelder Holdings"), "chief executive")}
    f = facts(
        "The oil firm Norvex and the bank Gelder Holdings met. "
        "Meanwhile Gelder Holdings is launching adverts. "
        "In a letter, chief executive John Smyth says the report is wrong."
    )
    assert offices_of(f, P("John Smyth")) == {("", "chief executive")}


def test_a_devolved_ministers_office_is_the_one_devolved_government_the_document_names(facts):
    f = facts(
        "Welsh Health Minister Jane Hutton said waiting times would fall. The Welsh Assembly Government "
        "set the target. First Minister Rhodri Morris agreed. Scottish Fisheries Minister Ross Finley "
        "disagreed. Health Secretary John Reade spoke."
    )
    wag = ORG("Welsh Assembly Government")
    assert offices_of(f, P("Jane Hutton")) == {(wag, "health minister")}
    assert offices_of(f, P("Ross Finley")) == {("", "fisheries minister")}
    assert offices_of(f, P("John Reade")) == {("", "health secretary")}


def test_a_bare_ministers_office_is_no_devolved_governments_in_a_story_set_elsewhere(facts):
    f = facts(
        "Hospitals in England will cut waiting times. Health Minister John Reade said so. "
        "The Welsh Assembly Government has its own plans."
    )
    assert offices_of(f, P("John Reade")) == {("", "health minister")}

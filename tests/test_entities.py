"""Entity rules on the real pipeline: people, states, places, organizations, affiliations.

Each case is a fresh sentence run through ``extract_articles``; assertions are on node
keys, kinds, labels and relations. Cases the extractor gets wrong today are strict
xfails with the reason, so a fix shows up as an XPASS.
"""

from __future__ import annotations

import pytest
from factories import P, S

from newsgraph.extractors.entities import EntityExtractor
from newsgraph.model import Article, DocumentFacts, Kind, Relation

pytestmark = pytest.mark.model


def keys(f: DocumentFacts, kind: Kind | None = None) -> set[str]:
    return {e.key for e in f.entities if kind is None or e.kind is kind}


def entity(f: DocumentFacts, key: str):  # type: ignore[no-untyped-def]
    found = [e for e in f.entities if e.key == key]
    assert found, f"{key} not among {sorted(keys(f))}"
    return found[0]


def rels(f: DocumentFacts, relation: Relation) -> set[tuple[str, str, str | None]]:
    return {(r.source, r.target, r.role) for r in f.relations if r.relation is relation}


# -- persons ----------------------------------------------------------------------------------

PERSONS = [
    # (text, key, label, mention texts resolved to it)
    pytest.param(
        "German Chancellor Angela Merkel met Emmanuel Macron in Berlin. Merkel said the talks were useful.",
        "person:angela-merkel",
        "Angela Merkel",
        ["Angela Merkel", "Merkel"],
        id="short-after-full",
    ),
    pytest.param(
        "Foreign Secretary Jack Straw met officials in Paris. Mr Straw later flew home.",
        "person:jack-straw",
        "Jack Straw",
        ["Jack Straw", "Straw"],
        id="mr-short-form",
    ),
    pytest.param(
        "Mr Straw arrived in London on Tuesday. Jack Straw is the foreign secretary.",
        "person:jack-straw",
        "Jack Straw",
        ["Straw", "Jack Straw"],
        id="short-before-full",
    ),
    pytest.param(
        "Netanyahu spoke to reporters in Jerusalem.",
        "person:netanyahu",
        "Netanyahu",
        ["Netanyahu"],
        id="short-alone",
    ),
    pytest.param(
        "Mrs Merkel met Dr Manmohan Singh in New Delhi.",
        "person:mrs-merkel",
        "Mrs Merkel",
        ["Merkel"],
        id="honorific-short-alone",
    ),
    pytest.param(
        "President Emmanuel Macron spoke in Lyon.",
        "person:emmanuel-macron",
        "Emmanuel Macron",
        ["Emmanuel Macron"],
        id="title-stripped",
    ),
    pytest.param(
        "Mr Tony Blair addressed the Labour conference.",
        "person:tony-blair",
        "Tony Blair",
        ["Tony Blair"],
        id="mr-stripped",
    ),
    pytest.param(
        "Mrs Merkel met Dr Manmohan Singh in New Delhi.",
        "person:manmohan-singh",
        "Manmohan Singh",
        ["Manmohan Singh"],
        id="dr-stripped",
    ),
    pytest.param(
        "Narendra Modi's government announced new tariffs.",
        "person:narendra-modi",
        "Narendra Modi",
        ["Narendra Modi"],
        id="possessive-stripped",
    ),
    pytest.param(
        "Shehbaz Sharif's aides met the press.",
        "person:shehbaz-sharif",
        "Shehbaz Sharif",
        ["Shehbaz Sharif"],
        id="possessive-inside-ent",
    ),
    pytest.param(
        "Emmanuel Macron met Narendra Modi in Delhi. Merkel's aides declined to comment.",
        "person:merkel",
        "Merkel",
        ["Merkel"],
        id="possessive-short-alone",
    ),
    pytest.param(
        "Macron visits India\nEmmanuel Macron visited India on Thursday.",
        "person:emmanuel-macron",
        "Emmanuel Macron",
        ["Macron", "Emmanuel Macron"],
        id="headline-then-body-name",
        marks=pytest.mark.xfail(
            strict=True,
            reason="after a headline line the parser splits 'Emmanuel' into its own sentence and "
            "NER loses the full name; the body's person is never found",
        ),
    ),
    pytest.param(
        "Welsh leader Rhodri Morgan opened the debate. Lord Falconer and Baroness Morgan drafted the answer.",
        "person:baroness-morgan",
        "Baroness Morgan",
        ["Morgan"],
        id="peer-not-the-other-gender-namesake",
    ),
    pytest.param(
        "Lord Falconer and Baroness Morgan drafted the answer, officials said.",
        "person:lord-falconer",
        "Lord Falconer",
        ["Falconer"],
        id="peer-keeps-the-title-as-a-name",
    ),
    pytest.param(
        "Tony Blair arrived in Rome on Monday. Mrs Blair visited a hospital.",
        "person:mrs-blair",
        "Mrs Blair",
        ["Blair"],
        id="mrs-not-the-man-of-the-surname",
    ),
    pytest.param(
        "Germany's Olaf Scholz visited China.",
        "person:olaf-scholz",
        "Olaf Scholz",
        ["Olaf Scholz"],
        id="person-tagged-org",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the model tags 'Olaf Scholz' ORG after a possessive state; a first name after a "
            "state's possessive is no person cue ('Britain's Royal Mail')",
        ),
    ),
]


@pytest.mark.parametrize(("text", "key", "label", "mentions"), PERSONS)
def test_person(facts, text, key, label, mentions):
    f = facts(text)
    ent = entity(f, key)
    assert ent.kind is Kind.PERSON
    assert ent.label == label
    assert [m.text for m in ent.mentions] == mentions


def test_short_form_never_a_separate_node(facts):
    f = facts("Indian Prime Minister Narendra Modi visited Brazil. Modi praised the hosts.")
    assert keys(f, Kind.PERSON) == {"person:narendra-modi"}


def test_short_forms_of_two_people_resolve_separately(facts):
    f = facts(
        "Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Moscow. "
        "Putin thanked Pezeshkian for the visit."
    )
    assert keys(f, Kind.PERSON) == {"person:masoud-pezeshkian", "person:vladimir-putin"}
    assert [m.text for m in entity(f, "person:vladimir-putin").mentions] == ["Vladimir Putin", "Putin"]


# -- states, capitals, places -----------------------------------------------------------------

STATES = [
    # (text, state keys expected among the entities, mention texts of the first)
    pytest.param(
        "The U.S. and the UK imposed sanctions on the DPRK.",
        {"state:USA", "state:GBR", "state:PRK"},
        id="abbreviations",
    ),
    pytest.param(
        "The UK and the U.S. condemned the DPRK's launch.",
        {"state:USA", "state:GBR", "state:PRK"},
        id="abbreviation-possessive",
    ),
    pytest.param("French President Emmanuel Macron visited India.", {"state:FRA", "state:IND"}, id="demonym"),
    pytest.param("The Republic of Korea protested the decision.", {"state:KOR"}, id="formal-name"),
    pytest.param("Tehran rejected the proposal on Friday.", {"state:IRN"}, id="capital-acts-subject"),
    pytest.param(
        "Islamabad accused New Delhi of interference.",
        {"state:PAK", "state:IND"},
        id="capital-subject-and-object",
    ),
    pytest.param(
        "The Netherlands welcomed the Iranian delegation.", {"state:NLD", "state:IRN"}, id="leading-the"
    ),
]


@pytest.mark.parametrize(("text", "states"), STATES)
def test_states(facts, text, states):
    f = facts(text)
    assert keys(f, Kind.STATE) == states
    assert not keys(f, Kind.LOCATION)


def test_state_labels_and_iso3(facts):
    f = facts("The Republic of Korea protested the decision.")
    kor = entity(f, "state:KOR")
    assert (kor.label, kor.iso3, [m.text for m in kor.mentions]) == (
        "South Korea",
        "KOR",
        ["Republic of Korea"],
    )


def test_demonym_affiliation(facts):
    f = facts("French President Emmanuel Macron visited India.")
    assert rels(f, Relation.AFFILIATED_WITH) == {("person:emmanuel-macron", "state:FRA", "president")}
    assert [m.text for m in entity(f, "state:FRA").mentions] == ["French"]


def test_capital_as_government(facts):
    f = facts("Tehran rejected the proposal on Friday.")
    assert keys(f) == {"state:IRN"}
    assert [m.text for m in entity(f, "state:IRN").mentions] == ["Tehran"]


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [
        pytest.param("Diplomats held talks in Tehran on Friday.", "location:tehran", "state:IRN", id="in"),
        pytest.param("The talks in Tehran ended without a deal.", "location:tehran", "state:IRN", id="np-in"),
        pytest.param("Israeli jets struck targets near Tehran.", "location:tehran", "state:IRN", id="near"),
        pytest.param(
            "Mrs Merkel met Dr Manmohan Singh in New Delhi.",
            "location:new-delhi",
            "state:IND",
            id="two-word-capital",
        ),
        pytest.param(
            "The Agni 5 can reach Beijing.",
            "location:beijing",
            "state:CHN",
            id="object-of-motion",
        ),
    ],
)
def test_capital_as_place(facts, text, place, state):
    f = facts(text)
    loc = entity(f, place)
    assert loc.kind is Kind.LOCATION
    assert (place, state, None) in rels(f, Relation.PART_OF)
    # The state node exists for the edge but is not mentioned by the place name.
    assert entity(f, state).mentions == ()


def test_capital_both_roles_in_one_text(facts):
    f = facts("Seoul said the Republic of Korea would respond. Officials met in Seoul.")
    assert [m.text for m in entity(f, "state:KOR").mentions] == ["Seoul", "Republic of Korea"]
    assert [m.text for m in entity(f, "location:seoul").mentions] == ["Seoul"]
    assert ("location:seoul", "state:KOR", None) in rels(f, Relation.PART_OF)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "The governor of California met officials in Houston, Texas.",
            {"location:california", "location:houston", "location:texas"},
            id="us-states-cities",
        ),
        pytest.param(
            "Ohio and Florida sued the federal government.",
            {"location:ohio", "location:florida"},
            id="us-states-acting",
        ),
    ],
)
def test_us_states_are_locations(facts, text, places):
    f = facts(text)
    assert places <= keys(f, Kind.LOCATION)
    # no mention names a state; the United States is there only as the places' state
    assert not [e for e in f.entities if e.kind is Kind.STATE and e.mentions]
    assert {(p, "state:USA", None) for p in places} <= rels(f, Relation.PART_OF)


def test_ship_name_is_neither_person_nor_state(facts):
    f = facts("USS Ronald Reagan docked in Busan on Monday.")
    assert not keys(f, Kind.PERSON)
    assert not keys(f, Kind.STATE) - {"state:KOR"}
    assert "location:busan" in keys(f)
    assert not any("reagan" in k for k in keys(f))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Pakistan tested the Shahab 3 and India launched the Agni 5 missile.", id="two-designations"
        ),
        pytest.param("India test-fired the Agni 5 on Wednesday.", id="test-fired"),
        pytest.param(
            "Iran unveiled the Shahab 3 in a parade. Shahab 3 has a range of 1,300 km.", id="subject"
        ),
    ],
)
def test_weapon_designations_are_not_persons(facts, text):
    f = facts(text)
    assert not keys(f, Kind.PERSON)


# The model does not reliably mis-tag these, so force the label on the real parse and
# check the rule that must reject it.
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        pytest.param(
            "Officials said the prime minister of state had resigned.",
            "the prime minister of state",
            set(),
            id="lower-case-phrase",
        ),
        pytest.param("India launched the Agni 5 on Wednesday.", "Agni 5", set(), id="designation"),
        pytest.param("USS Ronald Reagan docked in Busan on Monday.", "USS Ronald Reagan", set(), id="ship"),
        pytest.param(
            "Officials said President Emmanuel Macron had resigned.",
            "President Emmanuel Macron",
            {"person:emmanuel-macron"},
            id="control-real-person",
        ),
        pytest.param(
            "Voters in Harbury West chose a new member on Thursday.",
            "Harbury West",
            set(),
            id="constituency-with-compass",
        ),
        pytest.param(
            "The campaign reached North Wessex on Friday.", "North Wessex", set(), id="compass-first"
        ),
        pytest.param(
            "Officials said Oliver North had testified.",
            "Oliver North",
            {"person:oliver-north"},
            id="control-first-name-with-compass",
        ),
        pytest.param(
            "The deal was backed by Harriet Crane - the minister said so.",
            "Harriet Crane - the",
            {"person:harriet-crane"},
            id="spaced-dash-ends-a-name",
        ),
        pytest.param(
            "He attacked a George Hartley-style tax cutting spree.",
            "George Hartley-style",
            set(),
            id="name-made-an-adjective",
        ),
        pytest.param(
            "Taiwan's President Lai Ching-te said on Monday that talks would go on.",
            "Lai Ching-te",
            {"person:lai-ching-te"},
            id="control-hyphen-and-lower-case-inside-a-name",
        ),
        pytest.param(
            "Lady Hale, sitting with Lords Bingham and Steyn, said so.",
            "Lords Bingham",
            {"person:lord-bingham", "person:lady-hale"},  # never "Lords Bingham"; peers by their titles
            id="plural-title",
        ),
        pytest.param(
            "Officials said Robert Kilroy-Silk had left.",
            "Robert Kilroy-Silk",
            {"person:robert-kilroy-silk"},
            id="control-hyphen-inside-a-name",
        ),
        pytest.param(
            "Entering Holyrood, she said she was proud.", "Entering Holyrood", set(), id="verb-and-name"
        ),
        pytest.param(
            "Farmer Alan Hughes said the ban was unfair.",
            "Farmer Alan Hughes",
            {"person:alan-hughes"},
            id="common-noun-before-name",
        ),
        pytest.param(
            "MSP Karen Lowther said the bill was flawed.",
            "MSP Karen Lowther",
            {"person:karen-lowther"},
            id="acronym-before-name",
        ),
        pytest.param(
            "Officials at Elder Concern said the scheme had failed.",
            "Elder Concern",
            set(),
            id="charity-word",
        ),
        pytest.param(
            "That is the question for Mr Hartley - can he win them over?",
            "Hartley - can",
            {"person:hartley"},
            id="spaced-dash-after-honorific",
        ),
        pytest.param(
            "She told the Westgate Hour on Sunday that taxes would rise.",
            "Westgate Hour",
            set(),
            id="article-before-a-programme",
        ),
        pytest.param(
            "He quoted the saying that an Englishman's home is his castle.",
            "Englishman",
            set(),
            id="article-before-one-word",
        ),
        pytest.param(
            "The minister defended the Tony Blair years at length.",
            "Tony Blair",
            {"person:tony-blair"},
            id="control-article-before-first-name",
        ),
        pytest.param(
            "Parents blamed the game Night Hunter for the attack.",
            "Night Hunter",
            set(),
            id="thing-noun-before",
        ),
        pytest.param(
            "The row began on the Harker Daily show on Monday.",
            "Harker Daily",
            set(),
            id="thing-noun-after",
        ),
        pytest.param(
            "The suspect ran off towards Kessock Road after the attack.",
            "Kessock Road",
            set(),
            id="place-head-word",
        ),
        pytest.param(
            "Across Wessex, pickets were held by striking staff.",
            "Across Wessex",
            set(),
            id="preposition-inside-the-span",
        ),
        pytest.param(
            "His new slogan is Vote Hartley, a doorstep favourite.",
            "Vote Hartley",
            set(),  # "Hartley" alone, named once and no subject, is no one; "Vote Hartley" is no name
            id="slogan-verb",
        ),
        pytest.param(
            "Officials said Ian Cowan QC had resigned from the panel.",
            "Ian Cowan QC",
            {"person:ian-cowan"},
            id="post-nominal-letters",
        ),
        pytest.param(
            "The boy was named by his stepson Sholto Adair on Monday.",
            "stepson Sholto Adair",
            {"person:sholto-adair"},
            id="lower-case-word-before-the-name",
        ),
        pytest.param(
            "Officials said Tom de la Mare had resigned.",
            "Tom de la Mare",
            {"person:tom-de-la-mare"},
            id="control-particles-inside-a-name",
        ),
        pytest.param(
            "Questions on Home Affairs were raised by the committee.",
            "Home Affairs",
            set(),
            id="portfolio-words-only",
        ),
        pytest.param(
            "The soldier named was Guardsman Allan Hendrie, aged 20.",
            "Guardsman Allan Hendrie",
            {"person:allan-hendrie"},
            id="person-noun-before-a-full-name",
        ),
        pytest.param(
            "The policy was attacked, said Dunmore City Councillor Brian Parfitt on Monday.",
            "Dunmore City",
            set(),
            id="office-and-name-after",
        ),
    ],
)
def test_forced_person_spans(nlp, text, span, expected):
    doc = nlp(text)
    start = text.index(span)
    forced = doc.char_span(start, start + len(span), label="PERSON")
    assert forced is not None
    doc.ents = [e for e in doc.ents if e.end <= forced.start or e.start >= forced.end] + [forced]
    found = EntityExtractor().extract(doc, Article(id="t", text=text))
    assert {k for k, e in found.entities.items() if e.kind is Kind.PERSON} == expected


# -- affiliations and organizations -----------------------------------------------------------

AFFILIATIONS = [
    pytest.param(
        "The bill was opposed by the present Labour spokesman on health, Ann Keene.",
        ("person:ann-keene", "organization:labour-party", "spokesman on health"),
        id="present-is-no-part-of-a-role",
    ),
    pytest.param(
        "Mr Straw and his Portuguese counterpart Rui Costa agreed to talk.",
        ("person:rui-costa", "state:PRT", None),
        id="counterpart-is-no-office",
    ),
    pytest.param(
        "Indian Prime Minister Narendra Modi visited Brazil.",
        ("person:narendra-modi", "state:IND", "prime minister"),
        id="premodifier-demonym",
    ),
    pytest.param(
        "Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Moscow.",
        ("person:vladimir-putin", "state:RUS", "president"),
        id="premodifier-object",
    ),
    pytest.param(
        "German Chancellor Angela Merkel met Emmanuel Macron in Berlin.",
        ("person:angela-merkel", "state:DEU", "chancellor"),
        id="premodifier-chancellor",
    ),
    pytest.param(
        "Penny Wong, Australia's foreign minister, said the talks were constructive.",
        ("person:penny-wong", "state:AUS", "foreign minister"),
        id="apposition-after",
    ),
    pytest.param(
        "Australia's foreign minister, Penny Wong, said the talks were constructive.",
        ("person:penny-wong", "state:AUS", "foreign minister"),
        id="apposition-before",
    ),
    pytest.param(
        "Brazil's President Lula da Silva visited China.",
        ("person:lula-da-silva", "state:BRA", "president"),
        id="possessive-premodifier",
    ),
    pytest.param(
        "Brazil's president Luiz Inacio Lula da Silva visited China.",
        ("person:luiz-inacio-lula-da-silva", "state:BRA", "president"),
        id="possessive-lowercase-office",
    ),
]


@pytest.mark.parametrize(("text", "relation"), AFFILIATIONS)
def test_affiliation(facts, text, relation):
    f = facts(text)
    assert relation in rels(f, Relation.AFFILIATED_WITH)


def test_affiliations_are_per_person(facts):
    f = facts("Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Moscow.")
    assert rels(f, Relation.AFFILIATED_WITH) == {
        ("person:masoud-pezeshkian", "state:IRN", "president"),
        ("person:vladimir-putin", "state:RUS", "president"),
    }


def test_title_alone_gives_no_affiliation(facts):
    f = facts("President Emmanuel Macron spoke in Lyon.")
    assert rels(f, Relation.AFFILIATED_WITH) == set()


@pytest.mark.parametrize(
    ("text", "org", "state"),
    [
        pytest.param(
            "Germany's Foreign Ministry summoned the Iranian ambassador.",
            "organization:foreign-ministry",
            "state:DEU",
            id="possessive",
        ),
        pytest.param(
            "The ambassador was summoned by the German Foreign Ministry.",
            "organization:german-foreign-ministry",
            "state:DEU",
            id="demonym-inside-name",
        ),
    ],
)
def test_organization_part_of_state(facts, text, org, state):
    f = facts(text)
    assert entity(f, org).kind is Kind.ORGANIZATION
    assert (org, state, None) in rels(f, Relation.PART_OF)


def test_organization_with_demonym_is_not_a_state(facts):
    f = facts("The Indian Army patrolled near Srinagar.")
    assert entity(f, "organization:indian-army").kind is Kind.ORGANIZATION
    assert "state:IND" not in {e.key for e in f.entities if e.mentions}


# -- evidence offsets -------------------------------------------------------------------------

EVIDENCE_TEXTS = [
    "German Chancellor Angela Merkel met Emmanuel Macron in Berlin. Merkel said the talks were useful.",
    "Penny Wong, Australia's foreign minister, said the talks were constructive.",
    "Macron visits India\nFrench President Emmanuel Macron visited India on Thursday.",
    "Seoul said the Republic of Korea would respond.  Officials met in Seoul.\n\nThe U.S. agreed.",
    # curly quotes and apostrophes, written as escapes so they are unambiguous here
    "\u201cTehran rejected the proposal,\u201d said Narendra Modi\u2019s spokesman. "
    "Israel\u2019s envoy left.",
]


@pytest.mark.parametrize("text", EVIDENCE_TEXTS)
def test_evidence_offsets(nlp, facts, text):
    f = facts(text)
    sentences = {(s.start_char, s.end_char) for s in nlp(text).sents}
    mentions = [m for e in f.entities for m in e.mentions]
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert (m.sentence.start, m.sentence.end) in sentences
        assert m.sentence.start <= m.start < m.end <= m.sentence.end
        assert m.doc_id == m.sentence.doc_id == "t"
    for r in f.relations:
        assert (r.evidence.start, r.evidence.end) in sentences
    for ev in f.events:
        assert (ev.evidence.start, ev.evidence.end) in sentences


def _with_labels(nlp, text, labels):  # type: ignore[no-untyped-def]
    """The real parse of ``text`` with the entities set by hand: (substring, occurrence, label)."""
    doc = nlp(text)
    spans = []
    for part, nth, label in labels:
        at = -1
        for _ in range(nth + 1):
            at = text.index(part, at + 1)
        spans.append(doc.char_span(at, at + len(part), label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return EntityExtractor().extract(doc, Article(id="t", text=text))


@pytest.mark.model
def test_a_name_built_on_a_place_of_the_document_is_no_person(nlp):
    text = "Campaigners in Harwick handed in leaflets. Harwick Unite said it would march."
    found = _with_labels(nlp, text, [("Harwick", 0, "GPE"), ("Harwick Unite", 0, "PERSON")])
    assert not [k for k, e in found.entities.items() if e.kind is Kind.PERSON]


@pytest.mark.model
def test_a_one_word_name_after_in_is_a_place(nlp):
    text = "She moved to Ardnagask in 1990 and still lives in Ardnagask now."
    found = _with_labels(nlp, text, [("Ardnagask", 0, "PERSON"), ("Ardnagask", 1, "PERSON")])
    assert not [k for k, e in found.entities.items() if e.kind is Kind.PERSON]
    assert "location:ardnagask" in found.entities


@pytest.mark.model
def test_a_word_the_document_uses_as_no_name_before_a_full_name(nlp):
    text = "Struggling families need help, said Families Margaret Hodley."
    found = _with_labels(nlp, text, [("Families Margaret Hodley", 0, "PERSON")])
    assert [e.label for e in found.entities.values() if e.kind is Kind.PERSON] == ["Margaret Hodley"]
    text = "Iain Duncan Smith said it was wrong."
    found = _with_labels(nlp, text, [("Iain Duncan Smith", 0, "PERSON")])
    assert [e.label for e in found.entities.values() if e.kind is Kind.PERSON] == ["Iain Duncan Smith"]


@pytest.mark.model
def test_a_name_the_document_puts_beside_a_thing_noun_is_a_thing_everywhere(nlp):
    text = "Parents blamed the game Nightraid. Police said Nightraid was not part of the case."
    found = _with_labels(nlp, text, [("Nightraid", 0, "PERSON"), ("Nightraid", 1, "PERSON")])
    assert not [k for k, e in found.entities.items() if e.kind is Kind.PERSON]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "A shortened Finance Bill would be rushed through.", "Bill", id="modifier-before-one-word"
        ),
        pytest.param(
            "The merger of the King's Own Scottish Borderers went ahead.", "Scottish Borderers", id="demonym"
        ),
    ],
)
def test_person_spans_naming_things(nlp, text, span):
    found = _with_labels(nlp, text, [(span, 0, "PERSON")])
    assert not [k for k, e in found.entities.items() if e.kind is Kind.PERSON]


@pytest.mark.model
def test_a_portfolio_before_a_full_name_is_no_part_of_it(nlp):
    text = "Along with the Minister for Work Jane Kenning, he went on to attack them."
    for span in ("Work Jane Kenning", "Jane Kenning"):  # the model's span, or one word more
        found = _with_labels(nlp, text, [(span, 0, "PERSON")])
        assert [e.label for e in found.entities.values() if e.kind is Kind.PERSON] == ["Jane Kenning"]


@pytest.mark.model
def test_a_first_name_ending_like_a_nation_stays(nlp):
    found = _with_labels(nlp, "Journalist Hamish Ardle said it was wrong.", [("Hamish Ardle", 0, "PERSON")])
    assert [e.label for e in found.entities.values() if e.kind is Kind.PERSON] == ["Hamish Ardle"]


@pytest.mark.model
def test_a_plural_before_a_full_name_is_no_part_of_it(nlp):
    text = "Minister for Children and Families Margaret Hodley said plans were ready."
    found = _with_labels(nlp, text, [("Families Margaret Hodley", 0, "PERSON")])
    assert [e.label for e in found.entities.values() if e.kind is Kind.PERSON] == ["Margaret Hodley"]


@pytest.mark.model
def test_a_one_word_name_the_document_writes_in_lower_case_is_no_one(nlp):
    text = "Help for children is vital. Children's Minister Jo Brand said so, and Children agreed."
    found = _with_labels(nlp, text, [("Children", 0, "PERSON"), ("Children", 1, "PERSON")])
    assert "person:children" not in found.entities
    text = "Robin Cook said the cook was late. Cook left."
    found = _with_labels(nlp, text, [("Robin Cook", 0, "PERSON"), ("Cook", 1, "PERSON")])
    assert [m.text for m in found.entities["person:robin-cook"].mentions] == ["Robin Cook", "Cook"]


@pytest.mark.model
def test_a_one_word_name_the_document_uses_in_the_plural_is_a_group(nlp):
    text = "Hutu militias fled. Moderate Hutus stayed, and Hutu leaders met."
    found = _with_labels(nlp, text, [("Hutu", 0, "PERSON"), ("Hutu", 2, "PERSON")])
    assert "person:hutu" not in found.entities


@pytest.mark.model
def test_an_honorific_makes_an_organization_span_a_person(nlp):
    text = "Speaking for the party, Mr Cabling accused the government of waste."
    found = _with_labels(nlp, text, [("Mr Cabling", 0, "ORG")])
    assert found.entities["person:cabling"].kind is Kind.PERSON
    assert "organization:mr-cabling" not in found.entities


@pytest.mark.model
def test_a_one_word_name_after_at_or_to_is_a_place(nlp):
    text = "He studied at Ardnagask and moved to Kilbrack in 1990."
    found = _with_labels(nlp, text, [("Ardnagask", 0, "PERSON"), ("Kilbrack", 0, "PERSON")])
    assert not [k for k, e in found.entities.items() if e.kind is Kind.PERSON]
    assert {"location:ardnagask", "location:kilbrack"} <= set(found.entities)


@pytest.mark.model
def test_the_first_of_three_names_the_model_dropped(nlp):
    text = "Rhodri Glyn Thomas, the health spokesman, said it was wrong."
    found = _with_labels(nlp, text, [("Glyn Thomas", 0, "PERSON")])
    assert [e.label for e in found.entities.values() if e.kind is Kind.PERSON] == ["Rhodri Glyn Thomas"]


@pytest.mark.model
def test_an_article_before_an_unresolved_one_word_name(nlp):
    text = "Ministers want the Bill passed soon. Peers said the Bill was unnecessary."
    found = _with_labels(nlp, text, [("Bill", 0, "PERSON"), ("Bill", 1, "PERSON")])
    assert not [k for k, e in found.entities.items() if e.kind is Kind.PERSON]
    text = "Tony Blair spoke. Critics attacked the Blair government on Monday."
    found = _with_labels(nlp, text, [("Tony Blair", 0, "PERSON"), ("Blair", 1, "PERSON")])
    assert [m.text for m in found.entities["person:tony-blair"].mentions] == ["Tony Blair", "Blair"]


@pytest.mark.model
def test_a_name_takes_its_majority_label_in_the_document(nlp):
    text = "Gazneft raised prices. Analysts said Gazneft was strong. Shares in Gazneft fell."
    found = _with_labels(nlp, text, [("Gazneft", 0, "ORG"), ("Gazneft", 1, "PERSON"), ("Gazneft", 2, "ORG")])
    assert set(found.entities) == {"organization:gazneft"}
    assert len(found.entities["organization:gazneft"].mentions) == 3


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        pytest.param("Output rose at the Yadavaran field last year.", "Yadavaran", False, id="object-once"),
        # a bare word saying something, with no sign of a person, is a body ("Datamonitor said")
        pytest.param("Yadavaran said output rose last year.", "Yadavaran", False, id="subject"),
        pytest.param("Yadavaran said he expected output to rise.", "Yadavaran", True, id="subject-he"),
        pytest.param("Output rose, according to Mr Yadavaran.", "Yadavaran", True, id="honorific"),
        pytest.param("Yadavaran's aides said output rose.", "Yadavaran", True, id="possessor"),
        pytest.param(
            "Ali Yadavaran spoke. Output rose, a report for Yadavaran said.",
            "Yadavaran",
            True,
            id="full-name",
        ),
    ],
)
def test_one_word_people_need_support(nlp, text, name, kept):
    labels = [(name, 0, "PERSON")]
    if text.startswith("Ali"):
        labels = [("Ali Yadavaran", 0, "PERSON"), (name, 1, "PERSON")]
    found = _with_labels(nlp, text, labels)
    people = {k for k, e in found.entities.items() if e.kind is Kind.PERSON}
    assert bool(people) is kept, people


@pytest.mark.model
@pytest.mark.parametrize(
    "second_label",
    [
        pytest.param("ORG", id="tagged-org"),
        pytest.param("GPE", id="tagged-place"),
        pytest.param(None, id="untagged"),
    ],
)
def test_a_family_name_is_the_person_named_in_full(nlp, second_label):
    text = "Ana Duarte met officials in Nairobi. Later Duarte lodged a formal protest."
    labels = [("Ana Duarte", 0, "PERSON")] + ([("Duarte", 1, second_label)] if second_label else [])
    found = _with_labels(nlp, text, labels)
    assert [e.key for e in found.entities.values() if e.kind is Kind.PERSON] == ["person:ana-duarte"]
    assert [m.text for m in found.entities["person:ana-duarte"].mentions] == ["Ana Duarte", "Duarte"]


@pytest.mark.model
def test_a_dateline_is_no_subject(facts):
    f = facts(
        "Talks end\nNAIROBI, May 3, 2024 (Wire) - Kenyan President William Ruto met Ana Duarte on Friday."
    )
    met = [e for e in f.events if e.cameo.startswith("04")]
    assert met, f.events
    assert met[0].agents[0] == "person:william-ruto"
    assert "location:nairobi" not in met[0].agents


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        pytest.param(
            "Kenya said it would respond. Defence Minister Aden Duale told reporters the army was ready.",
            "person:aden-duale",
            "defence minister",
            id="state-in-the-sentence-before",
        ),
        pytest.param(
            "Foreign Minister Ana Duarte told reporters in Lisbon that talks would resume.",
            "person:ana-duarte",
            "foreign minister",
            id="capital-in-the-sentence",
        ),
    ],
)
def test_an_office_without_a_holder_is_a_claim_not_the_state_nearby(facts, text, person, role):
    f = facts(text)
    assert not [r for r in f.relations if r.source == person and r.target.startswith("state:")]
    assert [(c.entity, c.role) for c in f.claims] == [(person, role)]


@pytest.mark.model
def test_a_company_office_takes_no_state_from_context(facts):
    f = facts("Kenya's economy grew. Chief executive Mary Wanjiku said sales rose.")
    assert not [r for r in f.relations if r.source == "person:mary-wanjiku" and r.target.startswith("state:")]


@pytest.mark.model
def test_a_bare_government_body_is_a_claim_not_the_state_around_it(facts):
    f = facts("In Nairobi, the Defence Ministry urged Uganda to show restraint.")
    assert not [r for r in f.relations if r.relation == "part_of" and r.source.startswith("organization:")]
    assert [(c.entity, c.role) for c in f.claims] == [("organization:defence-ministry", None)]
    urged = [e for e in f.events if e.cameo.startswith("02")]
    assert urged
    assert "organization:defence-ministry" in urged[0].agents
    assert "state:UGA" in urged[0].targets


@pytest.mark.model
def test_a_body_whose_name_says_its_state(facts):
    f = facts("In Nairobi, the State Department urged Uganda to show restraint.")
    assert ("organization:state-department", "state:USA") in {
        (r.source, r.target) for r in f.relations if r.relation == "part_of"
    }
    assert not f.claims


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        pytest.param("China stages 'Strait Thunder' drills.", "Strait Thunder", "PERSON", set(), id="quoted"),
        pytest.param("France also criticised Niamey.", "Niamey", "PERSON", {"state:NER"}, id="capital"),
        pytest.param("The Nigerien people protested.", "Nigerien", "PERSON", {"state:NER"}, id="demonym"),
        pytest.param(
            "Two soldiers, Sepoy Ramesh Kumar and another, died.",
            "Sepoy Ramesh Kumar",
            "PERSON",
            {"person:ramesh-kumar"},
            id="rank-stripped",
        ),
        pytest.param(
            "Defence Minister Gen Nakatani spoke.",
            "Gen Nakatani",
            "PERSON",
            {"person:gen-nakatani"},
            id="gen-name",
        ),
    ],
)
def test_person_spans_that_are_something_else(nlp, text, span, label, expected):
    found = _with_labels(nlp, text, [(span, 0, label)])
    people = {k for k, e in found.entities.items() if e.kind is Kind.PERSON}
    states = {k for k, e in found.entities.items() if e.kind is Kind.STATE}
    assert people == {k for k in expected if k.startswith("person:")}
    assert {k for k in expected if k.startswith("state:")} <= states


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state", "expected"),
    [
        pytest.param(
            "Kenya acted fast. Foreign Minister Musalia Mudavadi summoned the Ugandan diplomat.",
            "person:musalia-mudavadi",
            "state:UGA",
            False,
            id="what-he-acts-upon-is-not-his-state",
        ),
        pytest.param(
            "Kenya acted fast. Foreign Minister Musalia Mudavadi summoned the Ugandan diplomat.",
            "person:musalia-mudavadi",
            "state:KEN",
            False,
            id="nor-the-subject-state-before",
        ),
        pytest.param(
            "Ambassador Jane Doe said the Kenyan people had been misled.",
            "person:jane-doe",
            "state:KEN",
            False,
            id="a-diplomat-serves-abroad",
        ),
    ],
)
def test_no_context_states_for_offices(facts, text, person, state, expected):
    f = facts(text)
    found = any(r.source == person and r.target == state for r in f.relations)
    assert found is expected, f.relations


@pytest.mark.model
def test_its_body_belongs_to_the_state_just_named(facts):
    f = facts("Pakistan rejected the claims. Its Foreign Office summoned India's envoy, Geetika Rao.")
    assert any(r.source == "organization:foreign-office" and r.target == "state:PAK" for r in f.relations)
    assert any(r.source == "person:geetika-rao" and r.target == "state:IND" for r in f.relations)


@pytest.mark.model
def test_ethnic_is_no_state(facts):
    f = facts("Kosovo, whose population is mostly ethnic Albanian, held elections.")
    assert "state:ALB" not in {e.key for e in f.entities}


@pytest.mark.model
def test_a_shorter_form_of_a_full_name_is_that_person(facts):
    f = facts("Hassan Sheikh Mohamud flew to Cairo. Sisi hosted Hassan Sheikh there.")
    people = {e.key for e in f.entities if e.kind is Kind.PERSON}
    assert "person:hassan-sheikh" not in people
    assert "person:hassan-sheikh-mohamud" in people


@pytest.mark.model
@pytest.mark.parametrize(
    "name",
    [
        "Manchester United",
        "Lib Dems",
        "Gazprom Holdings",
        "Corrie Leisure",
        "Harlow Industries",
        "Bexley Foods",
    ],
)
def test_organization_words_make_a_person_span_an_organization(nlp, name):
    text = f"Analysts said {name} had gained."
    found = _with_labels(nlp, text, [(name, 0, "PERSON")])
    kinds = {e.kind for e in found.entities.values()}
    assert Kind.ORGANIZATION in kinds
    assert kinds <= {Kind.ORGANIZATION, Kind.STATE}  # a party is part of its state


def test_an_acronym_written_as_a_word_and_after_an_article_is_a_body(facts):
    f = facts("Acpo said the plans were unworkable. A spokesman for the Acpo said officers would comply.")
    assert "person:acpo" not in keys(f)
    assert entity(f, "organization:acpo").kind is Kind.ORGANIZATION
    f = facts("Hartley said the plans were unworkable. Mr Hartley spoke to the Hartley family later.")
    assert entity(f, "person:hartley").kind is Kind.PERSON
    f = facts("Critics of the Morton administration protested. Morton said he would not resign.")
    assert entity(f, "person:morton").kind is Kind.PERSON


def test_a_peers_family_name_alone_is_the_peer_of_the_document(facts):
    f = facts(
        "Lord Falconer and Baroness Morgan drafted the answer. Falconer denied it. "
        "Lady Morgan declined to comment."
    )
    assert [m.text for m in entity(f, "person:lord-falconer").mentions] == ["Falconer", "Falconer"]
    assert [m.text for m in entity(f, "person:baroness-morgan").mentions] == ["Morgan", "Morgan"]
    assert {"person:falconer", "person:lady-morgan"}.isdisjoint(keys(f))


def test_a_womans_titled_family_name_is_her_own_name_beside_her_husbands(facts):
    """ "Mrs Howart" beside "Michael Howart" is no "Howart" of his: a key of her own; a bare
    "Howart" in a document that writes "Mr Howart" stays his."""
    f = facts(
        "Michael Howart's wife will campaign. Mrs Howart will visit target seats. "
        "Mr Howart will host a news conference. Howart said he was pleased."
    )
    assert [m.text for m in entity(f, "person:mrs-howart").mentions] == ["Howart"]
    assert "person:howart" not in keys(f)
    f = facts("Mrs Pemberton will visit target seats. Later Mr Pemberton spoke. Pemberton was pleased.")
    assert [m.text for m in entity(f, "person:mrs-pemberton").mentions] == ["Pemberton"]
    assert len(entity(f, "person:pemberton").mentions) == 2


def test_a_field_in_a_ministers_list_of_fields_is_no_person(facts):
    f = facts("Minister for Children, Young People and Families Margaret Hodge said new plans will help.")
    assert keys(f, Kind.PERSON) == {"person:margaret-hodge"}
    f = facts("The Minister for Europe, Denis MacShane and Foreign Secretary Jack Straw met.")
    assert "person:denis-macshane" in keys(f, Kind.PERSON)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dorkshire said the hunt would go on.", "Dorkshire"),
        ("The hunt met at Tetbury, Dorkshire, on Saturday.", "Dorkshire"),
        ("The hunt met at Badminton, Avon, on Saturday.", "Avon"),
    ],
)
def test_a_county_is_no_person(nlp, text, word):
    """Whatever the model says, a county-suffixed word or a word right after "<place> ," in a
    place list is a region, not a person."""
    from spacy.tokens import Span

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    ents = [e for e in doc.ents if e.end <= i or e.start > i]
    doc.ents = sorted([*ents, Span(doc, i, i + 1, label="PERSON")], key=lambda e: e.start)
    found = EntityExtractor().extract(doc, Article(id="t", text=text))
    assert not [e for e in found.entities.values() if e.kind is Kind.PERSON and e.label == word]


def test_a_name_after_a_place_and_comma_is_still_a_person(facts):
    f = facts("In Leeds, John Vole said the hunt would go on.")
    assert "John Vole" in {e.label for e in f.entities if e.kind is Kind.PERSON}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He said Caerbryn Oswy were behind the fires.", "Caerbryn Oswy"),
        ("Police said Caerbryn Oswy have claimed the attacks.", "Caerbryn Oswy"),
        ("Three members of Caerbryn Oswy were jailed.", "Caerbryn Oswy"),
        ("The group Caerbryn Oswy burned cottages.", "Caerbryn Oswy"),
    ],
)
def test_a_name_used_as_a_groups_is_no_person(nlp, text, word):
    """A plural verb, "members of X" or "the group X" make a name with no first name a group's."""
    from spacy.tokens import Span

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word.split()[0])
    n = len(word.split())
    ents = [e for e in doc.ents if e.end <= i or e.start >= i + n]
    doc.ents = sorted([*ents, Span(doc, i, i + n, label="PERSON")], key=lambda e: e.start)
    found = EntityExtractor().extract(doc, Article(id="t", text=text))
    assert not [e for e in found.entities.values() if e.kind is Kind.PERSON and e.label == word]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arthur Vole and Ian Crane were at the meeting.", "Arthur Vole"),
        ("Glenys Crane are wrong, he said.", "Glenys Crane"),
        ("He is a member of Ian Crane's team.", "Ian Crane"),
    ],
)
def test_people_with_a_plural_verb_stay_people(facts, text, name):
    assert name in {e.label for e in facts(text).entities if e.kind is Kind.PERSON}


def test_an_office_and_a_first_name_make_an_org_tagged_name_a_person(nlp):
    """The model tags "Helena Vole" ORG after "Labour peer": the office word before it and a
    first name of known gender say person; the peer's title later is the same woman."""
    text = "Labour peer Helena Vole spoke. Baroness Vole said the bill was wrong."
    doc = nlp(text)
    found = EntityExtractor().extract(doc, Article(id="t", text=text))
    persons = {e.label for e in found.entities.values() if e.kind is Kind.PERSON}
    assert persons == {"Helena Vole"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Her lawyers - Peter Lane QC, Susan Ward QC, Harjit Singh Bains QC, Ed Moss and Ann Cole"
            " - argued.",
            "person:harjit-singh-bains",
        ),
        (
            "The team - Mark Hale QC, Ravinder Singh Sandhu QC, Joe Platt and Kim Ross - argued.",
            "person:ravinder-singh-sandhu",
        ),
    ],
)
def test_a_first_name_the_model_left_out_before_a_name_and_its_honour(facts, text, name):
    assert name in keys(facts(text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Auditors said Fenra had improved. A Fenra spokesman said the report was fair."
        " Fenra paid most bills.",
        "Ascol wants pubs to pay. A spokesman for Ascol said the plan was fair. Ascol said it would act.",
    ],
)
def test_a_word_with_a_spokesman_and_no_person_evidence_is_a_body(nlp, text):
    word = text.split()[0] if text.startswith("Ascol") else "Fenra"
    labels = [(word, n, "PERSON") for n in range(text.count(word))]
    found = _with_labels(nlp, text, labels)
    assert found.entities[f"organization:{word.lower()}"].kind is Kind.ORGANIZATION
    assert not [k for k, e in found.entities.items() if e.kind is Kind.PERSON]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Hartley spokesman said the claims were false. Hartley said he would fight them.",
        "A spokesman for Mr Hartley said the claims were false. Hartley will fight them.",
    ],
)
def test_a_spokesman_for_a_person_keeps_the_person(nlp, text):
    labels = [("Hartley", n, "PERSON") for n in range(text.count("Hartley"))]
    found = _with_labels(nlp, text, labels)
    assert found.entities["person:hartley"].kind is Kind.PERSON


def _people(found) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.label for e in found.entities.values() if e.kind is Kind.PERSON}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "labels", "person"),
    [
        pytest.param(
            "The plant went to a consortium of Dmitro Vasylenko, son-in-law of the former president.",
            [("Dmitro Vasylenko", 0, "ORG")],
            "Dmitro Vasylenko",
            id="son-in-law",
        ),
        pytest.param(
            "The stake went to Oleksiy Hrabar, the country's richest man, for $800m.",
            [("Oleksiy Hrabar", 0, "ORG")],
            "Oleksiy Hrabar",
            id="richest-man",
        ),
        pytest.param(
            "Ravindra Kothari, vice-chairman of Kestrel Petrochemicals, stayed away from the meeting.",
            [("Ravindra Kothari", 0, "ORG"), ("Kestrel Petrochemicals", 0, "ORG")],
            "Ravindra Kothari",
            id="vice-chairman-of",
        ),
        pytest.param(
            "The paper printed an open letter from company president Arlo Menge on Monday.",
            [("Arlo Menge", 0, "ORG")],
            "Arlo Menge",
            id="office-before",
        ),
        pytest.param(
            "He accused Anand Vohra, a confidant of his brother, of playing a negative role.",
            [("Anand Vohra", 0, "FAC")],
            "Anand Vohra",
            id="confidant-fac",
        ),
    ],
)
def test_a_name_the_sentence_describes_as_a_person_is_one_whatever_the_model_said(nlp, text, labels, person):
    assert person in _people(_with_labels(nlp, text, labels))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "labels", "name"),
    [
        (
            "Goldman Sachs, the investment bank, said profits rose.",
            [("Goldman Sachs", 0, "ORG")],
            "Goldman Sachs",
        ),
        (
            "Kestrel Mining, the country's biggest miner, said output fell.",
            [("Kestrel Mining", 0, "ORG")],
            "Kestrel Mining",
        ),
    ],
)
def test_an_organization_described_as_a_body_stays_one(nlp, text, labels, name):
    assert name not in _people(_with_labels(nlp, text, labels))


@pytest.mark.model
def test_a_name_once_described_as_a_person_is_a_person_in_every_mention(nlp):
    text = (
        "Anil demanded that Anand Vohra - another board member - be thrown out. "
        "He accused Anand Vohra, a confidant of his brother, of lying."
    )
    found = _with_labels(nlp, text, [("Anand Vohra", 0, "FAC"), ("Anand Vohra", 1, "ORG")])
    assert [e.kind for e in found.entities.values() if e.label == "Anand Vohra"] == [Kind.PERSON]


@pytest.mark.model
def test_a_first_name_the_model_once_took_for_a_place_is_no_place(nlp):
    text = "Ravi Kothari stayed away. Ravi said he would resign. Ravi left. Shares rose in Ravi's absence."
    labels = [("Ravi Kothari", 0, "PERSON"), ("Ravi", 1, "PERSON"), ("Ravi", 2, "PERSON"), ("Ravi", 3, "LOC")]
    found = _with_labels(nlp, text, labels)
    assert "Ravi Kothari" in _people(found)
    assert "organization:ravi-kothari" not in found.entities


@pytest.mark.model
def test_a_group_known_by_a_name_is_a_group_in_every_mention(nlp):
    text = (
        "The fires were attributed to a shadowy group known as Caerbryn Oswy. "
        "Caerbryn Oswy - which means sons of Oswy - began burning cottages in 1979."
    )
    found = _with_labels(nlp, text, [("Caerbryn Oswy", 0, "PERSON"), ("Caerbryn Oswy", 1, "PERSON")])
    assert "Caerbryn Oswy" not in _people(found)
    assert found.entities["organization:caerbryn-oswy"].kind is Kind.ORGANIZATION


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "The plan offers activities such as yoga and Kel Tao.", "Kel Tao", id="listed-with-a-thing"
        ),
        pytest.param(
            "The strike hit Workhubs, benefit agencies and tax offices.", "Workhubs", id="listed-plural"
        ),
        pytest.param("He said Vortonism was finished.", "Vortonism", id="an-ism"),
        pytest.param("He said Englishness was a theme.", "Englishness", id="a-quality"),
        pytest.param("Police said he drove a red Varden Corsa that night.", "Varden Corsa", id="a-red-thing"),
        pytest.param("Seats such as Holborn and St Pancras may swing.", "St Pancras", id="saint-place"),
        pytest.param("He added them at a late stage of the Criminal Justice Bill.", "Bill", id="bill-alone"),
        pytest.param("Judith Vole, in Melton Mowbray, said crowds came.", "Melton Mowbray", id="in-a-place"),
        pytest.param(
            "The report by consultants Booz Allen Harrow and HI Europe was published.",
            "Booz Allen Harrow",
            id="a-trade-before",
        ),
    ],
)
def test_names_of_things_are_no_people(nlp, text, span):
    assert span not in _people(_with_labels(nlp, text, [(span, 0, "PERSON")]))


@pytest.mark.model
def test_a_name_after_in_that_a_noun_governs_stays_a_person(nlp):
    text = "He said he had lost faith in Kofi Annan."
    assert "Kofi Annan" in _people(_with_labels(nlp, text, [("Kofi Annan", 0, "PERSON")]))


@pytest.mark.model
def test_people_listed_with_people_stay_people(nlp):
    text = "Ministers and Alan Vole met the farmers."
    assert "Alan Vole" in _people(_with_labels(nlp, text, [("Alan Vole", 0, "PERSON")]))


@pytest.mark.model
def test_a_title_alone_is_no_one(nlp):
    text = "The party repaid money to former Tory Treasurer Lord Ashcombe last year."
    found = _with_labels(nlp, text, [("Treasurer Lord", 0, "PERSON"), ("Ashcombe", 0, "PERSON")])
    assert "Lord" not in _people(found)


@pytest.mark.model
def test_mr_and_a_first_name_is_no_one_of_that_first_name(nlp):
    text = "Then deputy chairman Howard Fleet suggested Mr Howard was planning cuts."
    found = _with_labels(nlp, text, [("Howard Fleet", 0, "PERSON"), ("Howard", 1, "PERSON")])
    assert _people(found) == {"Howard Fleet", "Howard"}
    text = "Premier Wen Jiabao arrived. Mr Wen said trade would grow."
    found = _with_labels(nlp, text, [("Wen Jiabao", 0, "PERSON"), ("Wen", 1, "PERSON")])
    assert _people(found) == {"Wen Jiabao"}


@pytest.mark.model
def test_an_acronym_the_text_gives_a_body_is_that_body_whatever_the_model_said(nlp):
    text = "Kestrel Petrochemicals Limited (KPCL) met on Thursday. Another KPCL board member resigned."
    labels = [("Kestrel Petrochemicals Limited", 0, "ORG"), ("KPCL", 0, "ORG"), ("KPCL", 1, "GPE")]
    found = _with_labels(nlp, text, labels)
    assert not [e for e in found.entities.values() if e.kind is Kind.LOCATION]


@pytest.mark.model
def test_a_person_described_as_the_countrys_richest_holds_no_office_of_it(facts):
    # a description, no office or job: reviewers and every gold set read it so
    text = (
        "Ukraine has trimmed a privatisation review. Ukraine's president said the plant was sold "
        "cheaply. It was sold to a group including Oleg Dvornik, the country's richest man. "
        "Ukraine wants more."
    )
    assert (P("Oleg Dvornik"), S("UKR"), None) not in rels(facts(text), Relation.AFFILIATED_WITH)
    text = "The plant was sold to a group including Oleg Dvornik, the country's richest man."
    assert not [r for r in rels(facts(text), Relation.AFFILIATED_WITH) if r[0] == P("Oleg Dvornik")]


@pytest.mark.model
def test_a_lord_is_a_full_name_of_the_document_only_when_its_first_name_says_a_man(nlp):
    text = (
        "One man, Sion Aubrey Robbins, was convicted in 1993. "
        "Former minister Lord Robbins of Conwy denied the claims."
    )
    found = _with_labels(nlp, text, [("Sion Aubrey Robbins", 0, "PERSON"), ("Robbins", 1, "PERSON")])
    assert _people(found) == {"Sion Aubrey Robbins", "Lord Robbins"}
    text = "Attorney General Peter Goldsmyth gave advice. Lord Goldsmyth said it was legal."
    found = _with_labels(nlp, text, [("Peter Goldsmyth", 0, "PERSON"), ("Goldsmyth", 1, "PERSON")])
    assert _people(found) == {"Peter Goldsmyth"}


@pytest.mark.model
def test_people_named_after_their_plural_office_stay_people(nlp):
    text = "He met ministers Wen Jiabo and Li Zhaoxin in the capital."
    labels = [("Wen Jiabo", 0, "PERSON"), ("Li Zhaoxin", 0, "PERSON")]
    assert _people(_with_labels(nlp, text, labels)) == {"Wen Jiabo", "Li Zhaoxin"}


def test_a_state_named_like_a_first_name_is_the_state_unless_a_person_of_the_document_bears_it(facts):
    f = facts("Chad said it would close its border with Sudan on Monday.")
    assert "state:TCD" in keys(f)
    assert "person:chad" not in keys(f)
    f = facts("Chad Hurley founded the site in 2005. Chad said it would grow.")
    assert "state:TCD" not in keys(f)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Jordan and Britain signed a trade accord on Monday.", "state:JOR"),
        ("Egypt and Jordan have agreed to open their borders.", "state:JOR"),
        ("Chad and Niger will hold joint patrols along the border.", "state:TCD"),
    ],
)
def test_an_ambiguous_name_listed_with_a_state_is_a_state(facts, text, state):
    assert state in keys(facts(text))


def test_an_ambiguous_name_listed_with_a_person_or_region_is_no_state(facts):
    assert "state:JOR" not in keys(facts("Jordan and Smith met Tony Blair in London."))
    assert "state:GEO" not in keys(facts("Georgia and Florida passed new voting laws."))


def test_a_name_with_no_first_name_followed_by_which_is_a_firm_in_every_mention(facts):
    f = facts(
        "Her legal work with Pods Murrane was criticised. She had been a partner for Pods Murrane "
        "which has a client opposing the plan. Ian Pell, executive partner of Pods Murrane, said so."
    )
    assert "organization:pods-murrane" in keys(f)
    assert "person:pods-murrane" not in keys(f)
    f = facts("Tony Blair met Tom Vale. A letter from Tom Vale, which was leaked, angered him.")
    assert "person:tom-vale" in keys(f)


def test_a_name_the_model_cut_at_the_start_of_a_sentence_is_taken_whole(facts):
    """The model tags "Rhys James" of "Shani Rhys James" opening a paragraph: the word before
    it opening the sentence is the name's, and a later "Rhys James" is hers."""
    f = facts(
        "The gallery opened on Monday.\n\nShani Rhys James is angry that the museum may close. "
        "Rhys James said it was wrong."
    )
    assert keys(f, Kind.PERSON) == {"person:shani-rhys-james"}
    f = facts("Work and Pensions Minister Jane Kennedy spoke. Jane Kennedy said it was fine.")
    assert keys(f, Kind.PERSON) == {"person:jane-kennedy"}


def test_a_first_name_apposed_to_a_relatives_kin_noun_takes_the_family_name(facts):
    f = facts(
        "Michael Hollard's ex-model wife, Sandra, is to play a leading role in the campaign. "
        "Mr Fox said Sandra has already been campaigning."
    )
    assert [m.text for m in entity(f, "person:sandra-hollard").mentions] == ["Sandra", "Sandra"]
    assert "person:sandra" not in keys(f)
    f = facts("Sandra Gidwell spoke first. Michael Hollard's wife, Sandra, spoke later.")
    assert "person:sandra-hollard" not in keys(f)


def test_a_titled_name_the_model_left_untagged_is_a_person(facts):
    f = facts(
        "Meanwhile the likes of Health Secretary John Reid and Labour peer Lord Hasgood are warning "
        "of the dangers of allowing the feud to continue."
    )
    assert "person:lord-hasgood" in keys(f, Kind.PERSON)
    f = facts("The Lord Chancellor and Mr Speaker met on Monday.")
    assert not keys(f, Kind.PERSON)


def test_a_royal_title_ending_in_a_title_word_is_no_name(facts):
    f = facts("But only 40% think Mrs Parker Bowles should become Princess Consort as planned.")
    assert "person:consort" not in keys(f)
    f = facts("Prince Charles will marry on Friday.")
    assert "person:charles" in keys(f) or "person:prince-charles" in keys(f)


def test_a_rank_written_without_its_full_stop_is_stripped_from_the_name(facts):
    f = facts("Lt Col Tim Colling led the troops into Basra on Monday.")
    assert keys(f, Kind.PERSON) == {"person:tim-colling"}
    assert ("", "lieutenant colonel") in {(r.target, r.role) for r in f.relations} | {
        ("", c.role) for c in f.claims
    }


def test_a_lone_name_the_document_writes_as_a_plural_noun_is_no_one(facts):
    f = facts("Hunts met on Saturday. Fox hunting with dogs is now illegal. Hunts may chase foxes.")
    assert not keys(f, Kind.PERSON)


def test_a_hyphened_name_after_a_plural_trade_noun_is_a_firm(facts):
    f = facts("Output fell, according to oil industry analysts Dunmore-Westlake on Monday.")
    assert "person:dunmore-westlake" not in keys(f)
    f = facts("Labour MPs Diane Abbott-Smith and John Cryer voted against.")
    assert "person:diane-abbott-smith" in keys(f, Kind.PERSON)


def test_a_name_opening_with_a_lower_case_article_particle_is_a_movement(facts):
    f = facts(
        "Ethiopia has about 3,000 troops in Somalia fighting al Shabaab under an African Union mandate."
    )
    assert "person:al-shabaab" not in keys(f)
    f = facts("Ayman al Zawahri released a video. Later al Zawahri spoke again.")
    assert keys(f, Kind.PERSON) == {"person:ayman-al-zawahri"}


def test_a_naval_rank_opening_a_paragraph_is_no_part_of_the_name(facts):
    f = facts("The ships met.\n\nCommodore Jay Tarrant, a coast guard spokesman, released a video.")
    assert keys(f, Kind.PERSON) == {"person:jay-tarrant"}


def test_a_first_name_apposed_to_the_kin_of_a_family_name_takes_it(facts):
    f = facts("Gerry Conlan was freed. Mr Conlan's father Giuseppe was arrested when travelling to London.")
    assert "person:giuseppe-conlan" in keys(f, Kind.PERSON)


@pytest.mark.parametrize(
    ("text", "state", "other"),
    [
        ("Congolese soldiers shelled rebel positions near Goma on Monday.", "state:COD", "state:COG"),
        ("Burundi accused Congo of harbouring rebel fighters.", "state:COD", "state:COG"),
        ("The Congolese army said it had retaken the town.", "state:COD", "state:COG"),
        (
            "Officials of Congo-Brazzaville met in Brazzaville. Congolese ministers later criticised Gabon.",
            "state:COG",
            "state:COD",
        ),
        (
            "The Democratic Republic of Congo closed its border. Congolese troops were deployed.",
            "state:COD",
            "state:COG",
        ),
    ],
)
def test_a_two_state_name_is_the_one_named_apart_else_the_one_news_means(facts, text, state, other):
    found = keys(facts(text))
    assert state in found
    assert other not in found


def test_a_two_state_name_without_a_default_reading_stays_open(facts):
    found = keys(facts("Korean officials arrived in Beijing on Monday."))
    assert "state:KOR" not in found
    assert "state:PRK" not in found

"""A listed multinational company's state from the knowledge base when the text gives none
(``newsgraph.resolve.companies``): in memory and in the store, incrementally."""

from __future__ import annotations

import pytest
from factories import ORG, Doc, P, S
from test_resolve import resolved, stored, tables_of

from newsgraph.graph.store import Store
from newsgraph.model import Relation
from newsgraph.resolve import companies, tables
from newsgraph.resolve.actors import actors

USA, JPN, GBR, FRA = S("USA"), S("JPN"), S("GBR"), S("FRA")


def company_edges(builder, org: str) -> set[tuple[str, str | None]]:
    """(state, basis) of the organization's part_of edges; basis None for the text's own."""
    res = builder.resolution
    bases = {res.of(d.target): d.basis for d in res.derived if res.of(d.source) == org}
    return {
        (v, bases.get(v))
        for _, v, d in builder.graph.out_edges(org, data=True)
        if d["relation"] == Relation.PART_OF.value
    }


def both(docs: list[Doc], org: str) -> set[tuple[str, str | None]]:
    """The organization's part_of edges in memory, checked equal to the stored graph's."""
    memory = company_edges(resolved([d.facts() for d in docs]), org)
    with Store.open(":memory:") as store:
        store.add([d.facts() for d in docs])
        assert company_edges(stored(store), org) == memory
    return memory


def doc(doc_id: str, text: str, **names: str) -> Doc:
    d = Doc(doc_id)
    d.sentence(text, **names)
    return d


def test_the_converted_dictionary_keeps_companies_named_like_persons():
    kb = actors()
    assert kb.organization("Eli Lilly") == "MNCUSAHLH"  # "ELI_LILLY_ [MNCUSAHLH]"
    assert kb.organization("Lockheed Martin") == "MNCUSA"
    assert kb.organization("BP") == "MNCGBR"  # two letters
    assert kb.person("Eli Lilly") is None
    assert kb.person("ABN Amro") is None
    # a person the dictionary files under a company's code ("# Union Carbide spokesman") is neither
    assert kb.organization("Earl Slack") is None
    assert kb.person("Earl Slack") is None
    assert kb.organization("Abbey National") == "MNC"  # coded British, then Spanish: no state


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Eli Lilly", (USA, False)),
        ("Eli Lilly & Co", (USA, False)),  # suffix and a trailing "&"
        ("Exxon Mobil Corp", (USA, False)),
        ("Wal-Mart", (USA, False)),  # listed as "Wal-Mart Stores"
        ("Toyota", (JPN, True)),
        ("Apple", (USA, True)),  # "Apple Inc" without its suffix: one word
        ("Apple Inc", (USA, False)),
        ("Abbey National", (None, False)),
        ("Acme Widgets", (None, False)),
        ("Lilly", (None, False)),  # never a part of a name
    ],
)
def test_listed_state_matches_whole_names_and_base_forms_only(form, expected):
    assert companies.listed_state(form) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("Shares in ", True),
        ("", False),  # a sentence's first word
        ('"', False),
        ("Profits At ", False),  # a title-case headline
        ("the rail link through the ", False),  # "through the Borders"
        ("Analysts said that ", True),
    ],
)
def test_a_capital_counts_mid_sentence_only(prefix, expected):
    assert companies.placed(prefix) is expected


def test_a_listed_company_gets_its_state_from_knowledge():
    d = doc("a", "{p}, chief executive of {o}, spoke.", p="person|Sidney Taurel", o="organization|Eli Lilly")
    d.relate(P("Sidney Taurel"), ORG("Eli Lilly"), Relation.AFFILIATED_WITH, d.sentence("He left."), "ceo")
    assert both([d], ORG("Eli Lilly")) == {(USA, "knowledge")}
    graph = resolved([d.facts()]).graph
    assert graph.nodes[USA]["label"] == "United States"  # the state's node, named by no document


def test_the_texts_own_state_wins():
    d = doc("a", "The {s} firm {o} said it would appeal.", s="state|French|FRA", o="organization|Eli Lilly")
    d.relate(ORG("Eli Lilly"), FRA, Relation.PART_OF, d.sentence("It did."))
    assert both([d], ORG("Eli Lilly")) == {(FRA, None)}


def test_an_unlisted_company_gets_no_state():
    d = doc("a", "Shares in {o} rose in {s}.", o="organization|Acme Widgets", s="state|Japan|JPN")
    assert both([d], ORG("Acme Widgets")) == set()


def test_a_person_or_place_named_like_a_company_gets_none():
    d = doc("a", "Shares in {o} rose in {s}.", o="location|Eli Lilly", s="state|America|USA")
    with Store.open(":memory:") as store:
        store.add([d.facts()])
        assert store._db.execute("SELECT count(*) FROM derived_relations").fetchone()[0] == 0


def test_a_one_word_name_needs_a_capital_mid_sentence_and_its_state_in_the_document():
    apple = ORG("Apple")
    sentence_start = doc("a", "{o} said profits rose in {s}.", o="organization|Apple", s="state|America|USA")
    assert both([sentence_start], apple) == set()  # capitalised as a sentence's first word
    lower = doc("b", "Shares in {o} rose in {s}.", o="organization|apple|Apple", s="state|America|USA")
    assert both([lower], apple) == set()  # "apple" in lower case
    after_the = doc("c", "Sales of the {o} rose in {s}.", o="organization|Apple", s="state|America|USA")
    assert both([after_the], apple) == set()
    no_state = doc("d", "Shares in {o} rose.", o="organization|Apple")
    assert both([no_state], apple) == set()  # the listed Apple's state is named nowhere with it
    mid = doc("e", "Shares in {o} rose in {s}.", o="organization|Apple", s="state|America|USA")
    assert both([mid], apple) == {(USA, "knowledge")}
    assert both([sentence_start, mid], apple) == {(USA, "knowledge")}


def test_a_new_document_with_the_texts_state_replaces_the_knowledge_and_the_graph_follows():
    first = doc("a", "Shares in {o} fell.", o="organization|Eli Lilly")
    second = doc(
        "b", "The {s} firm {o} said it would appeal.", s="state|French|FRA", o="organization|Eli Lilly"
    )
    second.relate(ORG("Eli Lilly"), FRA, Relation.PART_OF, second.sentence("It did."))
    with Store.open(":memory:") as store:
        store.add([first.facts()])
        rows = sorted(store._db.execute("SELECT source, target, relation, basis FROM derived_relations"))
        assert rows == [(ORG("Eli Lilly"), USA, "part_of", "knowledge")]
        assert USA in stored(store).graph
        store.add([second.facts()])
        assert store._db.execute("SELECT count(*) FROM derived_relations").fetchone()[0] == 0
        graph = stored(store).graph
        assert USA not in graph  # the knowledge's state node goes with its edge
        assert company_edges(stored(store), ORG("Eli Lilly")) == {(FRA, None)}
        db = store._db
        db.execute("BEGIN")
        before = tables_of(store), sorted(db.execute("SELECT * FROM derived_relations"))
        tables.rebuild(db.cursor())
        after = tables_of(store), sorted(db.execute("SELECT * FROM derived_relations"))
        db.execute("ROLLBACK")
        assert before == after


def test_a_later_mention_mid_sentence_brings_a_one_word_company_in():
    first = doc("a", "{o} said profits rose in {s}.", o="organization|Toyota", s="state|Japan|JPN")
    second = doc("b", "Shares in {o} rose in {s}.", o="organization|Toyota", s="state|Japan|JPN")
    with Store.open(":memory:") as store:
        store.add([first.facts()])
        assert company_edges(stored(store), ORG("Toyota")) == set()
        store.add([second.facts()])
        assert company_edges(stored(store), ORG("Toyota")) == {(JPN, "knowledge")}


@pytest.mark.parametrize(
    ("text", "company", "expected"),
    [
        # the person reaches the state through the listed company
        (
            "Sidney Taurel, chief executive of Eli Lilly, said the company would cooperate.",
            "Eli Lilly",
            {(USA, "knowledge")},
        ),
        # the text's own state wins
        ("The French drug maker Eli Lilly said it would appeal.", "Eli Lilly", {(FRA, None)}),
        # an unlisted company gets none
        ("Shares in Hargreaves Widgets rose on Monday.", "Hargreaves Widgets", set()),
    ],
)
def test_real_sentences(facts, text, company, expected):
    builder = resolved([facts(text)])
    assert company_edges(builder, ORG(company)) == expected


def test_real_sentences_person_path(facts):
    builder = resolved(
        [facts("Sidney Taurel, chief executive of Eli Lilly, said the company would cooperate.")]
    )
    graph = builder.graph
    assert graph.has_edge(P("Sidney Taurel"), ORG("Eli Lilly"))
    assert graph.has_edge(ORG("Eli Lilly"), USA)
    assert not graph.has_edge(P("Sidney Taurel"), USA)  # the person's own state is not asserted


def test_real_sentences_one_word_company(facts):
    # "Apple" (listed as "Apple Inc"): written mid-sentence, with its state in the document
    mid = resolved([facts("Shares in Apple rose sharply in America on Monday.")])
    assert company_edges(mid, ORG("Apple")) == {(USA, "knowledge")}
    first = resolved([facts("Apple said its shares rose sharply in America on Monday.")])
    assert company_edges(first, ORG("Apple")) == set()

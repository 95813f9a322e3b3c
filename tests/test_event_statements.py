"""Plain statements about another actor (issue 11, BBC event recall): "X said Y had lost the
trust of the country" is X's statement (010) about Y when no rule reads a more specific meaning
in the words (criticism, praise, denial, a charge, an appeal). The one spoken of is the named
subject of a clause the verb reports, or the one "of" whom it was said; never a pronoun, a
thing, the speaker, nor the speaker's own state, party or employer.
"""

from __future__ import annotations

import pytest
from factories import P, S, argument_row, check_argument_row, show_events

from newsgraph.extractors.states import lookup

DATE = "2005-02-01"

ROWS = [
    argument_row(
        "Shadow chancellor Oliver Hartley said Gordon Brown had run out of ideas.",
        "010",
        P("Oliver Hartley"),
        P("Gordon Brown"),
        id="said-that-person",
    ),
    argument_row(
        "The Dutch prime minister said Belgium would host the next round of talks.",
        "010",
        S("NLD"),
        S("BEL"),
        id="state-speaker-state-subject",
    ),
    argument_row(
        "Jack Carlton insisted that Kenya had kept its side of the bargain.",
        "010",
        P("Jack Carlton"),
        S("KEN"),
        id="insisted",
    ),
    argument_row(
        "Union leader Derek Simms claimed that General Motors would move production abroad.",
        "010",
        P("Derek Simms"),
        "organization:general-motors",
        id="claimed-company",
    ),
    argument_row(
        '"Egypt will always be a friend to us," said Omar Haddad.',
        "0",
        P("Omar Haddad"),
        S("EGY"),
        id="quote-first",
    ),
    argument_row(
        '"Italy wants a deal before Christmas," the Austrian chancellor, Franz Huber, told reporters.',
        "010",
        P("Franz Huber"),
        S("ITA"),
        id="quote-first-told-reporters",
    ),
    argument_row(
        "Franz Huber argued that Italy wanted a deal before Christmas.",
        "010",
        P("Franz Huber"),
        S("ITA"),
        id="argued",
    ),
    argument_row(
        "Liberal Democrat Alan Marsh added that Tony Blair had not read the report.",
        "010",
        P("Alan Marsh"),
        P("Tony Blair"),
        id="added-negated-clause",
    ),
    argument_row(
        "Liberal Democrat spokesman Mark Owen said Labour was right to drop the plan.",
        "0",
        P("Mark Owen"),
        "organization:labour-party",
        id="party-by-another-party",
    ),
    argument_row(
        "Union leader Mark Doyle said the Iraqi government had lost control of the south.",
        "010",
        P("Mark Doyle"),
        S("IRQ"),
        id="government-a-state-names",
    ),
    argument_row(
        "The Fire Brigades Union said the British government was planning to cut pensions.",
        "010",
        "organization:fire-brigades-union",
        S("GBR"),
        id="a-body-of-the-government",
    ),
    argument_row(
        "According to Sean Farrell, Michael Howard had known about the deal for a year.",
        "010",
        P("Sean Farrell"),
        P("Michael Howard"),
        id="according-to",
    ),
    argument_row(
        'Peter Lyle said of Anna Kerr: "She has been an excellent minister."',
        "05",
        P("Peter Lyle"),
        P("Anna Kerr"),
        id="said-of-praise",
    ),
    argument_row(
        "Sir John Walsh wrote of Charles Clarke that he had never lost an argument in cabinet.",
        "010",
        P("John Walsh"),
        P("Charles Clarke"),
        id="wrote-of",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_statement_about_another(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


#: Statements about no other named actor: things, figures, the speaker, vague people, a
#: pronoun, the speaker's own state or firm, a name inside a phrase about something else.
CONTROLS = [
    ("Economist Jane Pryor said unemployment had fallen to 4.7%.", "Jane Pryor"),
    ("George Ames said house prices would rise again in the spring.", "George Ames"),
    ("Kate Rowe said she would not stand for the leadership.", "Kate Rowe"),
    ("Sam Boyd said he had been misquoted.", "Sam Boyd"),
    ("Lucy Chant said voters wanted answers on pensions.", "Lucy Chant"),
    ("Brian Osei said the meeting had lasted three hours.", "Brian Osei"),
    ("Italian minister Carlo Bassi said Italy would sign the treaty in May.", "Carlo Bassi"),
    ("A spokesman for BP, Neil Ward, said BP would cut 200 jobs.", "Neil Ward"),
    ("Martin Lowe said the German car industry had had a good year.", "Martin Lowe"),
    ("Ann Fisher said the bridge, which was designed by Norman Foster, would reopen.", "Ann Fisher"),
    ("The Times reported that Gordon Brown would resign.", "The Times"),
    # a thing that "says" or "adds up", a telling reported, a journalist, the speaker's own party
    ("And shadow chancellor Oliver Letwin said the Labour figures did not add up.", "Labour Party"),
    ("Government guidance said files should be kept for a year, Peter Dunn said.", "United Kingdom"),
    ("Moazzam Begg said an American officer told him the camp would close.", "United States"),
    ("BBC political correspondent Nick Rowe said Charles Clarke was likely to face questions.", "Nick Rowe"),
    ("The Foreign Office says 41 Britons are now confirmed to have died in the floods.", "Foreign Office"),
    ("Tony Blair said Labour would set out its plans for immigration next week.", "Tony Blair"),
    ("The Green Party said the Budget was a wasted opportunity for the environment.", "Green Party"),
    ("Home Secretary Jack Straw said the government had been negotiating since 2003.", "Jack Straw"),
    ("A transcript shows her telling how Charles Clarke passed by.", "United Kingdom"),
    ("Campaigners said the Mental Health Bill would allow abuse, Sarah Finch said.", "Sarah Finch"),
    (
        "Neil Herron runs the No campaign. Ray Mallon is a late recruit to the Yes campaign after rejecting"
        " offers from No campaigners including, he claims, Tory leader Michael Howard.",
        "Neil Herron",
    ),
    ("Home Office minister Ian Dale says the Government already checks people for TB.", "Ian Dale"),
    ("Tory leader Colin Hart said the shadow Cabinet had weighed up all the interests.", "Colin Hart"),
    # a source for an act the sentence tells: the act is the event (as CAMEO codes it)
    ("Chile freed three Peruvian fishermen on Monday, the Peruvian foreign ministry said.", "Peru"),
    ("Norway extradited two men to Sweden, the Swedish justice ministry said.", "Sweden"),
    ("Kenya sent 200 troops to Somalia on Friday, Kenyan army officials said.", "Kenya"),
    (
        'Conservative health spokeswoman Anne Lyle said: "The Conservatives believe this money is wasted."',
        "Anne Lyle",
    ),
]


def _names(key: str, speaker: str) -> bool:
    """Whether a node key is the speaker's: a state by its name, anyone else by the words of its key."""
    state = lookup(speaker)
    if state is not None:
        return key == S(state.iso3)
    return set(speaker.lower().replace("the ", "").split()) <= set(key.split(":")[-1].split("-"))


@pytest.mark.parametrize(("text", "speaker"), CONTROLS)
def test_no_statement_about_no_one_else(facts, text, speaker):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("01") and any(_names(a, speaker) for a in e.agents) for e in events), (
        show_events(events)
    )


def test_a_more_specific_meaning_wins(facts):
    """ "said Y had failed to ..." is a charge of failure (111), no plain statement besides."""
    events = facts(
        "Opposition leader Ruth Crane said Gordon Brown had failed to help pensioners.", DATE
    ).events
    codes = {e.cameo for e in events if P("Ruth Crane") in e.agents}
    assert "111" in codes, show_events(events)
    assert "010" not in codes, show_events(events)


def test_words_after_the_speaker_only_when_a_quote_ends(facts):
    """ "Tony Blair believes Michael Howard said ...": Howard's saying is Blair's belief, not
    Howard's words about Blair; "Belgium will host the talks, Jan Peeters said" is."""
    events = facts("Tony Blair believes Michael Howard said it.", DATE).events
    assert not any(e.cameo == "010" and P("Michael Howard") in e.agents for e in events), show_events(events)
    events = facts("Belgium will host the next round of talks, Dutch minister Jan Peeters said.", DATE).events
    check_argument_row(events, "010", P("Jan Peeters"), S("BEL"), ())


def test_an_appeal_is_no_plain_statement_besides(facts):
    """ "said Y should resign" is an appeal to Y (020), not also a statement about Y."""
    events = facts("Tory MP Rachel Moss said Charles Clarke should apologise to the families.", DATE).events
    codes = {e.cameo for e in events if P("Rachel Moss") in e.agents}
    assert "020" in codes, show_events(events)
    assert "010" not in codes, show_events(events)


def test_words_given_as_grounds_of_an_act_are_that_act(facts):
    """ "condemned X, saying Y had ...": the condemnation (11), no statement about Y besides."""
    events = facts(
        "Opposition leader Ruth Crane condemned the budget, saying Gordon Brown had ignored pensioners.", DATE
    ).events
    crane = [e for e in events if P("Ruth Crane") in e.agents]
    assert any(e.cameo.startswith("11") for e in crane), show_events(events)
    assert not any(e.cameo == "010" for e in crane), show_events(events)

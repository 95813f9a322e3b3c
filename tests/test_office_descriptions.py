"""An office named by a description ("the prime minister", "the ex-home secretary", "the Tory
leader", "the former PM") as an event's agent or target is the one person the document names with
that office (else, for a bare national title, the one the knowledge base has in government on the
document's date); nobody when two people fit, and no one in particular for "a minister".

Each row: the text, the trigger word, the agents and the targets the event must have (subsets;
``None`` for no check) and the persons it must not have.
"""

from __future__ import annotations

import pytest

UK = "The general election in Britain is due in May. "

ROWS = [
    # a former holder named with the office ("ex-" and "former" alike), as target and agent
    (
        UK + "Home Secretary David Blunkett quit in December. Tony Blair defended the ex-home secretary.",
        "defended",
        {"person:tony-blair"},
        {"person:david-blunkett"},
        set(),
    ),
    (
        UK
        + "Former foreign secretary Robin Cook spoke on Monday. "
        + "Labour praised the ex-foreign secretary.",
        "praised",
        None,
        {"person:robin-cook"},
        set(),
    ),
    (
        UK + "Former foreign secretary Robin Cook spoke on Monday. "
        "The ex-foreign secretary criticised Tony Blair.",
        "criticised",
        {"person:robin-cook"},
        {"person:tony-blair"},
        set(),
    ),
    # "PM" is the prime minister's office
    (
        UK + "Former prime minister John Major visited Kent. Tony Blair praised the former PM.",
        "praised",
        {"person:tony-blair"},
        {"person:john-major"},
        set(),
    ),
    (
        UK + "Tony Blair spoke in London on Monday. Michael Howard attacked the PM on immigration.",
        "attacked",
        {"person:michael-howard"},
        {"person:tony-blair"},
        set(),
    ),
    # a bare national title with a topic hung on it is still the title's holder
    (
        UK + "Tony Blair spoke in London on Monday. "
        "Charles Kennedy criticised the prime minister over the war in Iraq.",
        "criticised",
        {"person:charles-kennedy"},
        {"person:tony-blair"},
        set(),
    ),
    (
        UK + "Gordon Brown spoke in Leeds on Monday. "
        "Michael Howard attacked the chancellor over his plans for the NHS.",
        "attacked",
        {"person:michael-howard"},
        {"person:gordon-brown"},
        set(),
    ),
    # ... but "the president of France" is France's, no British minister's
    (
        UK + "Tony Blair spoke in London on Monday. Michael Howard praised the president of France.",
        "praised",
        {"person:michael-howard"},
        None,
        {"person:tony-blair"},
    ),
    # a party's office: its holder
    (
        UK + "Lib Dem leader Charles Kennedy spoke in Bath. Tony Blair attacked the Lib Dem leader.",
        "attacked",
        {"person:tony-blair"},
        {"person:charles-kennedy"},
        set(),
    ),
    # two people fit "the leader": neither
    (
        UK + "Tory leader Michael Howard and Lib Dem leader Charles Kennedy met voters. Tony Blair "
        "criticised the leader.",
        "criticised",
        {"person:tony-blair"},
        None,
        {"person:michael-howard", "person:charles-kennedy"},
    ),
    # ... but a party word picks the one of that party
    (
        UK + "Tory leader Michael Howard and Lib Dem leader Charles Kennedy met voters. Tony Blair "
        "criticised the Tory leader.",
        "criticised",
        {"person:tony-blair"},
        {"person:michael-howard"},
        {"person:charles-kennedy"},
    ),
    # a former holder is no one still holding the office
    (
        UK + "Home Secretary Charles Clarke spoke on Monday. Tony Blair attacked the ex-home secretary.",
        "attacked",
        {"person:tony-blair"},
        None,
        {"person:charles-clarke"},
    ),
    (
        UK + "Home Secretary Charles Clarke spoke on Monday. Tony Blair attacked the former home secretary.",
        "attacked",
        {"person:tony-blair"},
        None,
        {"person:charles-clarke"},
    ),
    # an indefinite description is nobody in particular
    (
        UK + "Home Secretary Charles Clarke spoke on Monday. Michael Howard criticised a home secretary.",
        "criticised",
        {"person:michael-howard"},
        None,
        {"person:charles-clarke"},
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "agents", "targets", "absent"), ROWS, ids=[r[0][47:95] for r in ROWS]
)
def test_office_description_is_its_holder(facts, text, trigger, agents, targets, absent):
    events = [e for e in facts(text, date="2005-03-01").events if e.trigger.split()[0] == trigger]
    shown = [(e.cameo, e.agents, e.targets) for e in events]
    assert events, shown
    event = events[0]
    if agents is not None:
        assert agents <= set(event.agents), shown
    if targets is not None:
        assert targets <= set(event.targets), shown
    assert not absent & (set(event.agents) | set(event.targets)), shown


@pytest.mark.parametrize(
    "text",
    [
        "The - criticised the \u2013 over the - in London.",
        "Tony Blair spoke. The ex - criticised the - PM and the ex-.",
        "The PM - the ex-PM - attacked the former - of the pm.",
    ],
)
def test_dashes_and_bare_forms_survive(facts, text):
    assert facts(text, date="2005-03-01").entities is not None


@pytest.mark.parametrize(
    ("words", "role"),
    [
        (["ex", "-", "home", "secretary"], "former home secretary"),
        (["former", "pm"], "former prime minister"),
        (["ex", "\u2013", "chancellor"], "former chancellor"),
        (["-"], ""),
        ([], ""),
    ],
)
def test_office_words_read_short_forms(words, role):
    from newsgraph.extractors.events import _office_head, _office_words

    assert _office_words(words) == role
    assert isinstance(_office_head(words[0] if words else ""), str)
    assert _office_head("pm") == "minister"
    assert _office_head("-") == "-"

"""Whom a message's act is upon: "wrote to X demanding ...", "sent a letter to X urging him",
"an e-mail, which named X and Y, accused them"; the speaker of a quotation's "I" acting upon
someone; a devolved government named as a body ("accused the Scottish Executive")."""

from __future__ import annotations

import pytest

HOWARD, BLAIR = "person:michael-howard", "person:tony-blair"

WRITTEN = [
    ("Michael Howard wrote to Tony Blair demanding an inquiry.", "demanding"),
    ("Michael Howard wrote a letter to Tony Blair demanding an inquiry.", "demanding"),
    ("Michael Howard sent a letter to Tony Blair urging him to resign.", "urging"),
    ("Michael Howard sent an e-mail to Tony Blair urging him to resign.", "urging"),
    ("Michael Howard sent Tony Blair a letter urging him to resign.", "urging"),
    ("Michael Howard has written to Tony Blair calling for his resignation.", "calling"),
    ("Michael Howard wrote to Tony Blair, accusing him of misleading voters.", "accusing"),
]


@pytest.mark.parametrize(("text", "trigger"), WRITTEN, ids=[r[0][14:50] for r in WRITTEN])
def test_an_act_a_message_tells_is_upon_its_addressee(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(e.agents == (HOWARD,) and e.targets == (BLAIR,) for e in events), facts(text).events


def test_a_message_to_no_one_named_has_no_addressee(facts):
    events = facts("Michael Howard wrote a letter demanding an inquiry.").events
    assert not [e for e in events if e.targets], events


def test_a_participle_of_another_verb_is_no_message(facts):
    """ "met Tony Blair, urging ..." is no message: the met one is not taken as its addressee
    by this rule (the older rules decide)."""
    events = facts("Michael Howard spoke in Leeds, demanding an inquiry.").events
    assert not [e for e in events if e.trigger == "demanding" and e.targets], events


GROUP_IN_SUBJECTS_CLAUSE = [
    (
        "Mr Kennedy's e-mail, which named Charles Clarke and David Blunkett,"
        " accused them of misleading voters.",
        "accused",
        {"person:charles-clarke", "person:david-blunkett"},
    ),
    (
        "Tony Blair, who met Jacques Chirac and Gerhard Schroeder on Monday, praised them for their courage.",
        "praised",
        {"person:jacques-chirac", "person:gerhard-schroeder"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "targets"), GROUP_IN_SUBJECTS_CLAUSE)
def test_them_may_be_named_in_the_subjects_own_clause(facts, text, trigger, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(set(e.targets) == targets for e in events), facts(text).events


def test_them_is_never_the_subject_itself(facts):
    events = facts("Charles Clarke and David Blunkett, who met Tony Blair, criticised them.").events
    assert not [e for e in events if e.trigger == "criticised" and e.targets], events


QUOTED_I = [
    (
        "John Prescott met Peter Hain in Cardiff on Monday."
        ' "I urged him to back the plan," Mr Prescott said.',
        "urged",
        "person:john-prescott",
        "person:peter-hain",
    ),
    (
        'John Prescott met Peter Hain on Monday. Mr Prescott said: "I have urged him to back the plan."',
        "urged",
        "person:john-prescott",
        "person:peter-hain",
    ),
    (
        '"I criticised Gordon Brown for that," Mr Prescott said.',
        "criticised",
        "person:prescott",
        "person:gordon-brown",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "agent", "target"), QUOTED_I, ids=[r[0][-30:] for r in QUOTED_I])
def test_a_quoted_i_acting_upon_someone_is_the_speaker(facts, text, trigger, agent, target):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(e.agents == (agent,) and e.targets == (target,) for e in events), facts(text).events


@pytest.mark.parametrize(
    "text",
    [
        '"I want to talk about schools," Mr Prescott said.',
        '"I don\'t rule out a deal with Labour," Charles Kennedy said.',
        '"I support a debate on it," Charles Kennedy said.',
    ],
)
def test_a_quoted_i_acting_upon_no_one_is_no_act(facts, text):
    assert not facts(text).events


DEVOLVED = [
    (
        "The Tories accused the Scottish Executive of incompetence.",
        "accused",
        "organization:scottish-executive",
    ),
    (
        "Plaid Cymru criticised the Welsh Assembly Government over hospital waiting lists.",
        "criticised",
        "organization:welsh-assembly-government",
    ),
    ("Labour urged the Scottish Parliament to back the bill.", "urged", "organization:scottish-parliament"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), DEVOLVED, ids=[r[2] for r in DEVOLVED])
def test_a_devolved_government_is_a_body_acted_upon(facts, text, trigger, target):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(target in e.targets for e in events), facts(text).events


def test_a_nation_adjective_alone_is_no_body(facts):
    keys = {e.key for e in facts("Scottish voters backed the plan in the Scottish elections.").entities}
    assert not [k for k in keys if k.startswith("organization:scottish")], keys


PROPOSED = [
    (
        "Alastair Campbell suggested that officials should ask Trevor Beattie to issue a statement.",
        "person:trevor-beattie",
    ),
    (
        "Mr Campbell's e-mail suggested they should get Trevor Beattie to issue a statement.",
        "person:trevor-beattie",
    ),
    ("Charles Kennedy suggested that Britain should join the euro.", "state:GBR"),
    (
        "Alan Milburn recommended that ministers should consult Gordon Brown on the plan.",
        "person:gordon-brown",
    ),
]


@pytest.mark.parametrize(("text", "target"), PROPOSED, ids=[r[1] for r in PROPOSED])
def test_whom_a_proposal_names_is_its_target(facts, text, target):
    events = [e for e in facts(text).events if e.trigger in ("suggested", "recommended")]
    assert any(target in e.targets for e in events), facts(text).events


@pytest.mark.parametrize(
    "text",
    [
        "Charles Kennedy suggested they should build more schools.",
        "Charles Kennedy suggested that schools should open longer.",
    ],
)
def test_a_proposal_naming_no_one_has_no_target(facts, text):
    assert not [e for e in facts(text).events if e.targets], facts(text).events

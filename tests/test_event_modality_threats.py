"""Threats coded by the class of the threatened noun, consequence clauses told as threats, and acts
held only in deliberation or in a supposed outcome (issue 11, session 16 round 2). Every sentence is
written for this file (invented people, real states); none is in a bench set.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Modality

DATE = "2024-03-14"


def _show(events):
    return "; ".join(f"{e.cameo} {e.trigger!r} {e.agents}->{e.targets} {e.modality}" for e in events)


THREATS = [
    # -- the threatened noun's class: force (138) ---------------------------------------------------
    (
        "Serbia threatened a military intervention in northern Kosovo if Pristina sent police there.",
        "138",
        None,
    ),
    ("Russia threatened the annexation of Transnistria unless Moldova lifted the blockade.", "138", None),
    ("Pyongyang threatened missile launches over Japan if the drills went ahead.", "138", None),
    ("Venezuela threatened an incursion into the disputed Essequibo region.", "138", None),
    # -- controls: a noun of work, trade or law, or the one threatened as object --------------------
    ("The teachers' union threatened a strike over pay.", None, "138"),
    ("Beijing threatened a trade war with Washington over the chip controls.", None, "138"),
    ("The airline threatened legal action against the regulator.", None, "138"),
    ("Turkey threatened the military government of Niger with sanctions.", None, "138"),
    # -- a consequence clause: another's act would bring the speaker's forces or measures -----------
    (
        "Any Serbian incursion into Kosovo would bring NATO troops to the border, NATO Secretary "
        "General Lars Holm warned.",
        "138",
        None,
    ),
    (
        "Any Iranian attempt to close the strait would provoke British sanctions, Foreign Secretary "
        "Alan Pryce warned.",
        "13",
        "138",
    ),
    (
        "Any Azerbaijani advance on Stepanakert would bring Russian warships into the Caspian, "
        "the Kremlin warned.",
        "138",
        None,
    ),
    # -- controls: a forecast brings nothing of the speaker's own -----------------------------------
    ("Any rise in oil prices would bring inflation to Britain, the economist Jane Roe warned.", None, "13"),
]


@pytest.mark.parametrize(("text", "code", "absent"), THREATS)
def test_threat_class(facts, text, code, absent):
    events = facts(text, DATE).events
    if code is not None:
        assert any(e.cameo.startswith(code) and not e.negated for e in events), _show(events)
    if absent is not None:
        assert not any(e.cameo.startswith(absent) and not e.negated for e in events), _show(events)


UNASSERTED = [
    # -- held in deliberation: never asserted --------------------------------------------------------
    ("Britain has an arms embargo on Sudan under discussion, officials said.", "16"),
    ("A ban on Russian trawlers is in the pipeline, Danish officials said.", "16"),
    ("Tariffs on Chinese steel remain on the table in Ottawa.", "16"),
    # -- a supposed outcome: "would see X do" ------------------------------------------------------
    ("The agreement would see Turkey return 3,000 refugees to Syria.", "08"),
    ("A deal could force Iran to ship its enriched uranium abroad.", "0"),
]


@pytest.mark.parametrize(("text", "root"), UNASSERTED)
def test_not_asserted(facts, text, root):
    events = facts(text, DATE).events
    assert not any(
        e.cameo.startswith(root) and e.modality is Modality.ASSERTED and not e.negated for e in events
    ), _show(events)


ASSERTED = [
    ("Britain imposed an arms embargo on Sudan after a long review.", "16"),
    ("Estonia expelled two Russian diplomats, a step long under discussion.", "1"),
]


@pytest.mark.parametrize(("text", "root"), ASSERTED)
def test_asserted_near_review(facts, text, root):
    events = facts(text, DATE).events
    assert any(
        e.cameo.startswith(root) and e.modality is Modality.ASSERTED and not e.negated for e in events
    ), _show(events)


READINESS = [
    # -- ready / willing / prepared to: the intent of whatever act its own class allows -----------
    ("Chile said it was prepared to underwrite the rebuilding of schools in Haiti.", "03", None),
    ("Morocco said it was willing to airlift tents to Libya.", "03", None),
    # -- controls: a hostile act, or no act of cooperation named ---------------------------------
    ("Russia said it was ready to shell Kyiv.", None, "03"),
    ("Peru was willing to wait for the ruling, its foreign minister said.", None, "03"),
]


@pytest.mark.parametrize(("text", "code", "absent"), READINESS)
def test_readiness(facts, text, code, absent):
    test_threat_class(facts, text, code, absent)


def test_readiness_needs_a_recipient(facts):
    """A willingness with no one to receive the act offers nothing.

    (BBC: "had been willing to buy the firm".)
    """
    events = facts(
        "The carmaker Volvo had been willing to buy the firm, but its founder refused.", DATE
    ).events
    assert not any(e.cameo.startswith("03") for e in events), _show(events)

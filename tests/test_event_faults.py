"""Fault kinds of the politics audits, on sentences written for this file: private killings are
assault (18x), "for" on whose behalf, travel on a carrier, goods arriving, the rest of a charge,
and the words an actor found inside a thing's phrase is named by."""

from __future__ import annotations

DATE = "2005-03-14"


def _events(facts, text):
    return facts(text, DATE).events


def test_a_private_killing_is_kill_by_assault_not_military_force(facts):
    (kill,) = [
        e for e in _events(facts, "Anna Lund was murdered by her neighbour Erik Holm.") if e.cameo[:1] == "1"
    ]
    assert kill.cameo == "1823"
    assert kill.agents == ("person:erik-holm",)
    assert kill.targets == ("person:anna-lund",)


def test_a_private_stabbing_is_assault_and_soldiers_killing_stays_force(facts):
    assert [e.cameo for e in _events(facts, "Erik Holm stabbed Anna Lund in Leeds.")] == ["182"]
    assert [e.cameo[:2] for e in _events(facts, "Danish soldiers killed Swedish civilians.")] == ["19"]


def test_for_whom_one_spies_is_no_target(facts):
    for e in _events(facts, "Erik Holm spied for the CIA in Moscow for ten years."):
        assert "organization:cia" not in e.targets


def test_travel_on_a_document_or_flight_names_no_destination(facts):
    for e in _events(facts, "Erik Holm was travelling on his Kenyan passport."):
        assert "state:KEN" not in e.targets
    for e in _events(facts, "Erik Holm arrived in Sudan on two RAF flights."):
        assert "organization:raf" not in e.targets


def test_goods_arriving_are_no_visit(facts):
    events = _events(facts, "Food supplies from France began to arrive in Chad on Monday.")
    assert not [e for e in events if e.cameo[:3] == "042"]


def test_the_rest_of_a_charge_is_no_act_of_the_accuser(facts):
    events = _events(
        facts, "Anna Lund accused Erik Holm of telling lies about the budget, and then attacking the lies."
    )
    assert [e.cameo[:3] for e in events] == ["112"]


def test_an_owner_is_named_by_its_own_words(facts):
    (event,) = _events(facts, "Anna Lund attacked Erik Holm's budget forecasts.")
    (target,) = [a for a in event.arguments if a.role == "target"]
    assert target.entity == "person:erik-holm"
    assert target.mention == "Erik Holm"


def test_criticism_received_is_no_act_of_the_one_receiving_it(facts):
    for text in (
        "Earlier Erik Holm defended the plans against criticism from one of his own backbenchers.",
        "Anna Lund resigned after sustained criticism over hospital waiting times.",
    ):
        events = _events(facts, text)
        assert not [
            e
            for e in events
            if e.cameo[:2] == "11" and set(e.agents) & {"person:erik-holm", "person:anna-lund"}
        ]


def test_talks_before_the_clause_are_still_its_subjects(facts):
    events = _events(facts, "After talks with his Omani counterpart, Abbas Araghchi said the deal was close.")
    # (the counterpart talked with is a side of the talks: an agent too)
    assert [(e.cameo[:2], e.agents) for e in events] == [("04", ("person:abbas-araghchi", "state:OMN"))]


def test_a_warning_with_a_condition_is_a_threat(facts):
    text = "Union leader Erik Holm warned that there could be more walkouts unless ministers changed course."
    assert [e.cameo[:2] for e in _events(facts, text)] == ["13"]
    assert [e.cameo for e in _events(facts, "Anna Lund warned that the economy could slow next year.")] == [
        "012"
    ]


def test_a_warning_that_something_must_be_done_is_a_demand(facts):
    assert [
        e.cameo[:2] for e in _events(facts, "Anna Lund warned that the inquiry must not be delayed.")
    ] == ["10"]


def test_custody_of_children_won_is_no_detention(facts):
    events = _events(facts, "Susan Berg won custody of her children from her husband Paul Berg.")
    assert not [e for e in events if e.cameo[:2] == "17"]

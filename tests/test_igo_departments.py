"""A department an international organisation possesses is that organisation's, never left for
resolution to give the document's home state (heldout_bbc16, read after its blind figures: two IMF
officials were tied through "the IMF's European Department" to the state their quoted words were
about). Words of the tests are my own."""

from __future__ import annotations

DATE = "2005-02-01"
LEAD = "Chile's economy grew strongly last year. "


def _claimed(facts, text: str, org: str) -> bool:
    return any(c.entity == org for c in facts(text, DATE).claims)


def test_an_igo_department_is_no_body_of_a_state(facts):
    text = (
        LEAD
        + '"Growth will slow," says Marta Oyelaran, deputy director of the IMF\'s Western Hemisphere '
        + "Department."
    )
    assert not _claimed(facts, text, "organization:western-hemisphere-department")


def test_a_department_the_world_bank_possesses_is_no_body_of_a_state(facts):
    text = (
        LEAD + "Amaka Ilori, an economist in the World Bank's Africa Department, said the loans would rise."
    )
    assert not _claimed(facts, text, "organization:africa-department")


def test_a_department_named_bare_is_still_left_to_the_home_state(facts):
    """Control: a department no international body possesses is a state's body, whose state
    resolution decides."""
    text = LEAD + '"Growth will slow," says Marta Oyelaran, deputy director of the Budget Department.'
    assert _claimed(facts, text, "organization:budget-department")

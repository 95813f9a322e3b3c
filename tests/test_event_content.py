"""An act inside what another act is about is that act's content, not a second act told as done.

Asked for or threatened ("demanded that the US stop selling weapons", "called on the EU to impose
sanctions", "a threat to strike Guam"), the act is hypothetical; investigated, alleged or denied
("investigated war crimes committed by soldiers", "accused X of firing water cannon", "denied
reports that troops had crossed"), it is no event of its own. A threat someone poses is a danger,
no threat made. Controls: an act judged ("condemned the bombing by X") and acts in clauses of
their own stay as they are.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS as FORCE
from factories import show_events

CONTENT = [
    # (sentence, the code prefix the outer act has, code prefixes no act may have as done)
    ("China demanded that the United States stop selling weapons to Taiwan.", "10", ("06",)),
    ("China demanded that Japan stop sending warships to the strait.", "10", ("15",)),
    ("The United States urged Japan to impose sanctions on Russia.", "02", ("16",)),
    ("North Korea's threat to strike Guam alarmed Japan.", "13", FORCE),
    ("Kuwait investigated war crimes committed by Iraqi soldiers.", "09", FORCE),
    (
        "The Philippines accused the Chinese coast guard of firing water cannon at a supply boat.",
        "112",
        ("17", *FORCE),
    ),
    ("Iraqi officials denied reports that Iranian forces had crossed into Iraq.", "016", FORCE),
    ("Serbia accused Albanian police of arresting two Serbian journalists.", "112", ("17",)),
    # content acts of those kinds themselves: an investigation called for, a threat alleged
    ("Labour called for an investigation by the information commissioner.", "02", ("09",)),
    ("Kenya accused Somalia of threatening its border towns.", "112", ("13",)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "outer", "not_done"), CONTENT, ids=[c[0][:40] for c in CONTENT])
def test_an_acts_content_is_not_told_as_done(facts, text: str, outer: str, not_done: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    events = facts(text).events
    assert any(e.cameo.startswith(outer) for e in events), show_events(events)
    done = [
        e for e in events if e.cameo.startswith(not_done) and e.modality.value in ("asserted", "reported")
    ]
    assert not done, show_events(events)


POSED = [
    "Israel rejected the plan, saying it did not address the threat posed by Hezbollah.",
    "The minister said the threat posed by North Korea was growing.",
    "The danger represented by the militias worries Kenya.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", POSED, ids=[t[:40] for t in POSED])
def test_a_threat_posed_is_a_danger_not_a_threat_made(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    events = facts(text).events
    assert not any(e.cameo.startswith("13") for e in events), show_events(events)


CONTROLS = [
    # (sentence, a code prefix that must stay, asserted)
    ("Egypt condemned the bombing of Gaza by Israel.", "111"),
    ("Russia made a threat against Ukraine on Monday.", "13"),
    ("North Korea threatened South Korea with a nuclear strike.", "13"),
    ("Britain expelled two Russian diplomats and demanded an apology.", "16"),
    ("Kenya accused Somalia of sheltering rebels, and arrested three Somali officials.", "17"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), CONTROLS, ids=[c[0][:40] for c in CONTROLS])
def test_acts_of_their_own_stay(facts, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    events = facts(text).events
    assert any(e.cameo.startswith(code) and e.modality.value == "asserted" for e in events), show_events(
        events
    )

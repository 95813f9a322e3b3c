"""A "his" or an infinitive's "him" is the person named before it in its own sentence, other
than the one acting, before the topic of the sentences before (blind audit r18: a quoted
commentator's name taken for the man asked to withdraw his comment)."""

from __future__ import annotations

import pytest

DATE = "2005-03-27"
BEFORE = "Tom Reid, a columnist, said the speech was a mistake. He added that voters would forget it. "
FOX, DOYLE, REID = "person:jane-fox", "person:sam-doyle", "person:tom-reid"


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        pytest.param(
            'Tom Reid, political editor of The Herald, said: "This was a stupid remark." However, he added'
            " that Sam Doyle could feel aggrieved. Opposition leader Jane Fox wrote to Mr Doyle on Tuesday"
            ' accusing him of an error and calling for him to apologise for his "hasty comment".',
            "02",
            DOYLE,
            id="for-him-to-apologise",
        ),
        pytest.param(
            BEFORE + "Jane Fox telephoned Sam Doyle and criticised his plans.", "111", DOYLE, id="his-plans"
        ),
        pytest.param(
            BEFORE + "Jane Fox wrote to Sam Doyle, urging him to resign.", "02", DOYLE, id="urging-him"
        ),
        # (control: no one else named in the sentence, the topic before is still "his")
        pytest.param(BEFORE + "Jane Fox said his plans were wrong.", "11", REID, id="topic-before"),
    ],
)
def test_pronoun_is_the_person_named_before_in_its_sentence(facts, text, code, target):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code) and FOX in e.agents]
    assert events
    assert all(e.targets == (target,) for e in events), [(e.cameo, e.targets) for e in events]

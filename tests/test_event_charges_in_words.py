"""Charges made in someone's words (recall, issue 11).

"X said that Y had lied to shareholders", "claimed the papers were backdated by Y": one who says
that a named person or body did a wrong (a verb of misconduct, ``[misconduct]``) charges them
(112). Words that are testimony - told to a court, a jury or an inquiry, said in court, testified,
or said by a witness or a prosecutor (``[testifiers]``), and a witness's later words in the story -
charge the one named with whatever act they tell ("told the jury that Mr Y often passed over
questions"). Near misses: the speaker's own acts, a pronoun, a state of being, an act denied or
only possible, an act that is no wrong outside testimony, testimony of an act of cooperation.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-03-09"
HALE, STONE = "person:mary-hale", "person:john-stone"
ENRON = "organization:enron"

ROWS = [
    argument_row(
        "Mary Hale said that John Stone had lied to shareholders about the debts.",
        "112",
        HALE,
        STONE,
        id="said-lied",
    ),
    argument_row(
        "Mary Hale claimed John Stone falsified the figures.", "112", HALE, STONE, id="claimed-falsified"
    ),
    argument_row(
        "Mary Hale insisted that John Stone had concealed the payments from the board.",
        "112",
        HALE,
        STONE,
        id="insisted-concealed",
    ),
    argument_row(
        "Mary Hale said the accounts had been doctored by John Stone.",
        "112",
        HALE,
        STONE,
        id="passive-by",
    ),
    argument_row(
        "Mary Hale said that the energy firm Enron had deceived its investors.",
        "112",
        HALE,
        ENRON,
        id="company-deceived",
    ),
    argument_row(
        "Mary Hale told the court that John Stone ordered the adjustments.",
        "112",
        HALE,
        STONE,
        id="told-court-any-act",
    ),
    argument_row(
        "Mary Hale told a jury in New York that John Stone often passed over questions.",
        "112",
        HALE,
        STONE,
        id="told-jury",
    ),
    argument_row(
        "Mary Hale testified that John Stone signed the letters.", "112", HALE, STONE, id="testified"
    ),
    argument_row(
        "The prosecution's star witness, Mary Hale, has said that John Stone ordered the payments.",
        "112",
        HALE,
        STONE,
        id="witness-said",
    ),
    argument_row(
        "Mary Hale told the inquiry that John Stone had approved the contract.",
        "112",
        HALE,
        STONE,
        id="told-inquiry",
    ),
    argument_row(
        "Mary Hale said in court that John Stone had moved the money.",
        "112",
        HALE,
        STONE,
        id="said-in-court",
    ),
    argument_row(
        "Prosecutor Mary Hale said that John Stone had moved the money to Jersey.",
        "112",
        HALE,
        STONE,
        id="prosecutor-said",
    ),
    argument_row(
        "Mary Hale told the jury that the money was gone. Mary Hale also said that John Stone moved it.",
        "112",
        HALE,
        STONE,
        id="witness-later-words",
    ),
    # near misses
    argument_row(
        "Mary Hale told the court that she had falsified the accounts herself.",
        None,
        absent=("112",),
        id="own-act",
    ),
    argument_row(
        "Mary Hale said that John Stone had moved to New York.", None, absent=("112",), id="no-wrong"
    ),
    argument_row(
        "Mary Hale told the jury that John Stone was a good boss.", None, absent=("112",), id="state-of-being"
    ),
    argument_row(
        "Mary Hale said that John Stone had not lied to shareholders.", None, absent=("112",), id="denied-act"
    ),
    argument_row(
        "Mary Hale said that John Stone could have misled the board.",
        None,
        absent=("112",),
        id="only-possible",
    ),
    argument_row(
        "John Stone told the court that he had never met Mary Hale.", None, absent=("112",), id="pronoun-self"
    ),
    argument_row(
        "Mary Hale said that John Stone said the figures were right.", None, absent=("112",), id="said-said"
    ),
    argument_row(
        "Mary Hale told the jury that John Stone had approved the accounts.",
        None,
        absent=("112",),
        id="testimony-of-cooperation",
    ),
    argument_row(
        "Mary Hale spoke to reporters on Monday. Mary Hale also said that John Stone moved the money.",
        None,
        absent=("112",),
        id="no-testimony-before",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_charges_in_words(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)

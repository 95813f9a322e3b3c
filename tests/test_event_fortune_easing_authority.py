"""Events told by their structure in BBC prose (issue 11, session 16): a predicate noun of good or bad
fortune said to befall an actor ("said the ruling was an embarrassment for the government": 111 / 051 by
the speaker, by the noun's valence, whatever the noun); a measure undone by a verb of undoing ("lifted its
ban on Canadian beef": 085 for trade and sanctions, else 081, upon whom the measure was laid); an act done
on someone's command ("held on the orders of Minister X": X its doer); "has X's blessing" (X backs the
subject); the possessor of a candidacy someone takes sides on ("backed his nomination": not the backer);
an inquiry opened after an allegation, upon whom the allegation names. Invented people, real states;
near misses after each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-01-11"
GBR, USA, CAN, CHN, JPN, LBY = "state:GBR", "state:USA", "state:CAN", "state:CHN", "state:JPN", "state:LBY"
BEVAN, HART, DOYLE, PRATT = "person:hugh-bevan", "person:leo-hart", "person:karen-doyle", "person:simon-pratt"
HOLM, STEINER, RIX = "person:greta-holm", "person:hal-steiner", "person:tom-rix"

ROWS = [
    # fortune befalling an actor, judged by the speaker (nouns of the valence table, none listed here)
    argument_row(
        "Liberal Democrat leader Hugh Bevan said the defeat was a humiliation for Prime Minister Leo Hart.",
        "111",
        BEVAN,
        HART,
        id="humiliation-for",
    ),
    argument_row(
        "Union boss Karen Doyle said the deal was a victory for Chancellor Simon Pratt.",
        "051",
        DOYLE,
        PRATT,
        id="victory-for",
    ),
    argument_row(
        "Opposition leader Hugh Bevan said the vote was a godsend for Prime Minister Leo Hart.",
        "051",
        BEVAN,
        HART,
        id="godsend-reach",
    ),
    argument_row(
        "Opposition leader Hugh Bevan said the vote was a catastrophe for Prime Minister Leo Hart.",
        "111",
        BEVAN,
        HART,
        id="catastrophe-reach",
    ),
    argument_row(
        "Tory spokesman Alan Prior said the court ruling was an embarrassment for the government.",
        "111",
        "person:alan-prior",
        GBR,
        id="embarrassment-for-the-government",
    ),
    argument_row(
        "The rain was a blow for the organisers, Hugh Bevan said.",
        None,
        absent=("11", "05"),
        id="no-actor-befallen",
    ),
    argument_row(
        "Hugh Bevan said the report was no embarrassment for Leo Hart.",
        None,
        absent=("111",),
        id="fortune-denied",
    ),
    # a measure undone, whatever the verb of undoing
    argument_row(
        "The United States lifted its ban on imports of Canadian beef on Friday.",
        "085",
        USA,
        CAN,
        id="lifted-ban",
    ),
    argument_row("The EU eased curbs on Chinese textile imports.", "085", None, CHN, id="eased-curbs"),
    argument_row("Japan waived its quotas on Chinese steel.", "085", JPN, CHN, id="waived-quotas-reach"),
    argument_row(
        "The US ban on trade with Tripoli was suspended in April.", "085", USA, LBY, id="passive-owner-undoes"
    ),
    argument_row("The US lifted a trade ban to reward Tripoli.", "085", USA, LBY, id="for-whom-purpose"),
    argument_row(
        "China relaxed restrictions on foreign banks on Tuesday.", "081", CHN, id="restrictions-081"
    ),
    argument_row(
        "Farmers urged the government to lift the ban on beef exports.",
        None,
        absent=("08",),
        id="lift-urged-not-done",
    ),
    argument_row(
        "The United States banned imports of Canadian beef.", None, absent=("08",), id="ban-imposed"
    ),
    # an act done on someone's command
    argument_row(
        "The suspects were held on the orders of Peruvian Interior Minister Raul Ibarra.",
        "173",
        "person:raul-ibarra",
        id="on-the-orders-of",
    ),
    argument_row(
        "The family was deported on Home Secretary Clara Mott's say-so.",
        "174",
        "person:clara-mott",
        id="say-so",
    ),
    argument_row(
        "The two men were detained at the behest of Interior Minister Ivan Petrov of Russia.",
        "173",
        "person:ivan-petrov",
        id="behest-reach",
    ),
    argument_row(
        "The men were arrested on suspicion of fraud.", None, absent=("17",), id="suspicion-no-command"
    ),
    # support received
    argument_row(
        "Mr Hal Steiner has the blessing of Chancellor Greta Holm to seek the post.",
        "051",
        HOLM,
        STEINER,
        id="has-blessing-of",
    ),
    argument_row(
        "Mr Hal Steiner's plan has Washington's blessing.", "051", USA, STEINER, id="has-possessive-blessing"
    ),
    argument_row(
        "The couple had the blessing of their parents.", None, absent=("05",), id="blessing-no-actor"
    ),
    # a candidacy someone else backs
    argument_row(
        "Stanley Fischer was picked for the job. Finance minister Binyamin Netanyahu backed his nomination.",
        "051",
        "person:binyamin-netanyahu",
        "person:stanley-fischer",
        id="backed-his-nomination",
    ),
    # an inquiry upon whom the allegation that prompted it names
    argument_row(
        "Scotland Yard began an investigation after a newspaper claimed that money had been paid to"
        " MP Tom Rix.",
        "09",
        None,
        RIX,
        id="inquiry-after-claim",
    ),
    argument_row(
        "Scotland Yard opened an inquiry following claims that cash had been handed to MP Tom Rix.",
        "09",
        None,
        RIX,
        id="inquiry-following-claims",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_fortune_easing_authority(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)

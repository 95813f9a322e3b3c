"""Verbal attacks as classes (session 13, issue 11), each on sentences written for this file, with
negative controls (the vocabulary: bench/meaning_dev20/vocabulary.txt):

- verbs of abuse and disparagement ("demonised", "smeared", "bad-mouthed", "heckled") and of
  railing with a preposition ("fulminated against", "ranted at", "sneered at", "laced into");
- idioms of a light verb with its noun ("took a pop at", "had a go at", "gave X both barrels",
  "put the boot into", "tore a strip off", "hauled X over the coals", "took X to task", "let rip
  at", "sounded off about") and received ("was on the receiving end of a tirade from X");
- force metaphors ("went to war with", "turned his guns on", "trained his fire on"): words between
  politicians, force between states or with arms;
- accusation: "charged that X had ...", blame laid ("pointed the finger at X", "put the blame on
  X"), charges levelled ("levelled accusations against X"), and wrongs told in a speaker's words
  ("X has sold out the miners, Y said", "X has turned the courts into a weapon, Y told reporters");
- controls: a criminal charge, a price charged, flags flying, a war on obesity, troops' guns.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")
WORDS = ("11",)

VERBS = [
    argument_row(
        "Labour MP Carol Hughes demonised the unions in a speech.", None, absent=FORCE, id="demonised-thing"
    ),
    argument_row(
        "Senator Paul Kerr smeared Governor Ellen Marsh in a radio advert.",
        "111",
        P("Paul Kerr"),
        P("Ellen Marsh"),
        absent=FORCE,
        id="smeared",
    ),
    argument_row(
        "Labour MP Dennis Reed heckled Prime Minister John Major in the Commons.",
        "111",
        P("Dennis Reed"),
        P("John Major"),
        absent=FORCE,
        id="heckled",
    ),
    argument_row(
        "The Hungarian prime minister fulminated against the European Commission on Friday.",
        "111",
        S("HUN"),
        ORG("European Commission"),
        absent=FORCE,
        id="fulminated-against",
    ),
    argument_row(
        "Tory MP James Reid sneered at the Liberal Democrats during the debate.",
        "111",
        P("James Reid"),
        ORG("Liberal Democrats"),
        absent=FORCE,
        id="sneered-at",
    ),
    argument_row(
        "Nationalist leader Aled Price laced into the Labour Party on Sunday.",
        "111",
        P("Aled Price"),
        ORG("Labour Party"),
        absent=FORCE,
        id="laced-into",
    ),
]

IDIOMS = [
    argument_row(
        "Labour's Sarah Dunn took a pop at the Conservative Party over school funding.",
        "111",
        P("Sarah Dunn"),
        ORG("Conservative Party"),
        absent=FORCE,
        id="took-a-pop-at",
    ),
    argument_row(
        "Former minister Alan Pike had a go at the Liberal Democrats on Tuesday.",
        "111",
        P("Alan Pike"),
        ORG("Liberal Democrats"),
        absent=FORCE,
        id="had-a-go-at",
    ),
    argument_row(
        "Senator Maria Lopez gave the Federal Reserve both barrels over interest rates.",
        "111",
        P("Maria Lopez"),
        ORG("Federal Reserve"),
        absent=FORCE,
        id="both-barrels",
    ),
    argument_row(
        "Conservative MP Hugh Bates put the boot into the Labour Party on Friday.",
        "111",
        P("Hugh Bates"),
        ORG("Labour Party"),
        absent=FORCE,
        id="put-the-boot-into",
    ),
    argument_row(
        "Committee chairman Tom Lowe tore a strip off Ofcom over its report.",
        "111",
        P("Tom Lowe"),
        ORG("Ofcom"),
        absent=FORCE,
        id="tore-a-strip-off",
    ),
    argument_row(
        "Senator Joan Hale took the Pentagon to task over its spending.",
        "111",
        P("Joan Hale"),
        ORG("Pentagon"),
        absent=FORCE,
        id="took-to-task",
    ),
    argument_row(
        "Liberal Democrat leader Mark Fenn let rip at the Labour Party on Saturday.",
        "111",
        P("Mark Fenn"),
        ORG("Labour Party"),
        absent=FORCE,
        id="let-rip-at",
    ),
    argument_row(
        "Senator Dan Ross sounded off about the Democratic Party on Friday.",
        "111",
        P("Dan Ross"),
        ORG("Democratic Party"),
        absent=FORCE,
        id="sounded-off-about",
    ),
    argument_row(
        "The Treasury was on the receiving end of a tirade from Labour MP Joan Pike on Monday.",
        "111",
        P("Joan Pike"),
        ORG("Treasury"),
        absent=FORCE,
        id="receiving-end",
    ),
    argument_row(
        "Mary Cole, the health secretary, went to war on obesity.",
        None,
        absent=WORDS + FORCE,
        id="war-on-a-thing",
    ),
    argument_row("The flag flew at half-mast over the town hall.", None, absent=WORDS, id="flag-flew-at"),
]

METAPHORS = [
    argument_row(
        "Senator Ruth Adler turned her guns on the Federal Reserve on Tuesday.",
        "111",
        P("Ruth Adler"),
        ORG("Federal Reserve"),
        absent=FORCE,
        id="turned-guns-on",
    ),
    argument_row(
        "The Polish president trained his fire on the Conservative Party.",
        "111",
        S("POL"),
        ORG("Conservative Party"),
        absent=FORCE,
        id="trained-fire-on",
    ),
    argument_row(
        "Britain went to war with Iraq in 2003.",
        "19",
        S("GBR"),
        S("IRQ"),
        absent=WORDS,
        id="war-between-states",
    ),
]

ACCUSATIONS = [
    argument_row(
        "Labour MP Anne Bell charged that the Conservative Party had misled voters.",
        "112",
        P("Anne Bell"),
        ORG("Conservative Party"),
        id="charged-that",
    ),
    argument_row(
        "Senator Bill Carter pointed the finger at the Pentagon for the delays.",
        "112",
        P("Bill Carter"),
        ORG("Pentagon"),
        id="pointed-the-finger",
    ),
    argument_row(
        "Liberal Democrat Tom Shaw levelled accusations against the Labour Party on Monday.",
        "112",
        P("Tom Shaw"),
        ORG("Labour Party"),
        id="levelled-accusations",
    ),
    argument_row(
        "The Conservatives have sold out the miners, Labour MP Sian Pryor said.",
        "112",
        P("Sian Pryor"),
        ORG("Conservative Party"),
        id="sold-out-said",
    ),
    argument_row(
        "The Labour Party has turned the police into a weapon against its critics, "
        "Tory MP Nick Dale told reporters.",
        "112",
        P("Nick Dale"),
        ORG("Labour Party"),
        id="turned-into-a-weapon-told",
    ),
    argument_row(
        "Police charged John Smith with fraud on Monday.", None, absent=("112",), id="charged-with-crime"
    ),
    argument_row(
        "The council charged residents £50 for the permits.", None, absent=("112",), id="charged-a-price"
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"), VERBS + IDIOMS + METAPHORS + ACCUSATIONS
)
def test_verbal_attacks_s13(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)

"""Codes of plans put forward, light verbs of attack, owed acts, deliberation, prices and
lawsuits, each written many ways (issue 11.3).

A row names the code prefix the sentence must give (with an agent and a target when given),
and code prefixes it must not give un-negated.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS as FORCE
from factories import TABLE_DATE as DATE
from factories import argument_row as row
from factories import check_argument_row

ROWS = [
    # -- a plan put forward is the intent it names (03x); a policy plan is none -------------
    row("France drew up a plan to send aid to Chad.", "033", "state:FRA", "state:TCD", id="drew-up-plan-aid"),
    row(
        "France unveiled a plan to send aid to Chad.", "033", "state:FRA", "state:TCD", id="unveiled-plan-aid"
    ),
    row("France set out a plan to send aid to Chad.", "033", "state:FRA", "state:TCD", id="set-out-plan-aid"),
    row(
        "Japan put forward a plan to resume talks with North Korea.",
        "036",
        "state:JPN",
        "state:PRK",
        id="put-forward-plan-talks",
    ),
    row(
        "Japan has drawn up plans to restore diplomatic ties with North Korea.",
        "032",
        "state:JPN",
        "state:PRK",
        id="drawn-up-plans-ties",
    ),
    row(
        "Britain tabled a proposal to lift sanctions on Libya.",
        "0354",
        "state:GBR",
        "state:LBY",
        id="tabled-proposal-lift-sanctions",
    ),
    row(
        "Russia floated a plan for talks with Georgia.",
        "036",
        "state:RUS",
        "state:GEO",
        id="floated-plan-talks",
    ),
    row(
        "Germany drew up a blueprint for a joint peacekeeping force with France.",
        "030",
        "state:DEU",
        "state:FRA",
        id="blueprint-joint-force",
    ),
    row(
        "The EU unveiled a scheme to provide humanitarian aid to Sudan.",
        "033",
        "organization:eu",
        "state:SDN",
        id="scheme-aid",
    ),
    row(
        "Iran proposed a plan for talks with the EU.",
        "036",
        "state:IRN",
        "organization:eu",
        id="proposed-plan-talks",
    ),
    row(
        "Gordon Brown launched an initiative to send aid to Sudan.",
        "033",
        "person:gordon-brown",
        "state:SDN",
        id="launched-initiative-aid",
    ),
    row(
        "A plan to send peacekeepers to Sudan was unveiled by the African Union.",
        "0334",
        "organization:african-union",
        absent=("01",),
        id="plan-unveiled-passive",
    ),
    row(
        "Proposals for a joint border force were tabled by France.",
        "030",
        "state:FRA",
        id="proposals-tabled-passive",
    ),
    row("The government drew up a plan to cut taxes.", None, absent=("03",), id="plan-cut-taxes"),
    row("The Tories unveiled plans to scrap tuition fees.", None, absent=("03",), id="plans-scrap-fees"),
    row("Critics attacked the plan to send aid to Chad.", None, absent=("03",), id="plan-attacked"),
    row("Michael Howard opposed the plan to send troops to Iraq.", None, absent=("03",), id="plan-opposed"),
    # -- mounted / staged an attack: the noun's act (words on people and plans, force by troops) --
    row(
        "Mr Kennedy mounted an attack on Gordon Brown.",
        "111",
        "person:kennedy",
        "person:gordon-brown",
        absent=FORCE,
        id="mounted-attack-person",
    ),
    row(
        "Mr Howard staged an attack on Tony Blair over Iraq.",
        "111",
        "person:howard",
        "person:tony-blair",
        absent=FORCE,
        id="staged-attack-person",
    ),
    row(
        "Mr Kennedy was mounting an attack on Gordon Brown.",
        "111",
        "person:kennedy",
        absent=FORCE,
        id="mounting-attack-progressive",
    ),
    row(
        "Mr Kennedy mounted a fierce attack on the government's tax plans.",
        "111",
        "person:kennedy",
        absent=FORCE,
        id="mounted-attack-plans",
    ),
    row(
        "Israeli forces staged an attack on the Palestinian camp.",
        "19",
        "state:ISR",
        id="staged-attack-forces",
    ),
    row("Russian troops mounted an attack on Grozny.", "19", "state:RUS", id="mounted-attack-troops"),
    # -- owed acts: "ought to (have)", "should know", "has to / needs to" ----------------------
    row(
        "Mr Kennedy said Mr Blair ought to have consulted the Cabinet.",
        "111",
        "person:kennedy",
        "person:blair",
        absent=("04",),
        id="ought-to-have",
    ),
    row("Mr Kennedy said Mr Blair ought to resign.", "020", "person:kennedy", "person:blair", id="ought-to"),
    row(
        "Mr Kennedy said Gordon Brown ought to publish the advice.",
        "020",
        "person:kennedy",
        "person:gordon-brown",
        id="ought-to-publish",
    ),
    row("Tony Blair ought to apologise to Gordon Brown.", None, absent=("05",), id="ought-not-done"),
    row("Mr Howard said Mr Blair should be aware of the risks.", None, absent=("02",), id="should-be-aware"),
    row(
        "Mr Howard said Mr Blair should realise that voters are angry.",
        None,
        absent=("02",),
        id="should-realise",
    ),
    row("Mr Howard said Tony Blair should know better.", None, absent=("02",), id="should-know"),
    row(
        "Mr Howard said Tony Blair should resign.",
        "020",
        "person:howard",
        "person:tony-blair",
        id="should-resign-still-appeal",
    ),
    row(
        "Russian authorities do not have to abide by the US court's decision.",
        None,
        absent=("08",),
        id="not-have-to-abide",
    ),
    row("Syria has to withdraw its troops from Lebanon.", None, absent=("16", "08"), id="has-to-withdraw"),
    row(
        "Syria needs to withdraw its troops from Lebanon.", None, absent=("16", "08"), id="needs-to-withdraw"
    ),
    row("Syria will have to withdraw its troops from Lebanon.", None, absent=("16", "08"), id="will-have-to"),
    row("Syria had to withdraw its troops from Lebanon.", "0874", "state:SYR", "state:LBN", id="had-to-done"),
    row("Syria withdrew its troops from Lebanon.", "0874", "state:SYR", "state:LBN", id="withdrew-done"),
    row("The Tories are yet to unveil their plans.", None, absent=("01",), id="yet-to-unveil"),
    row("Mr Blair is yet to apologise to Gordon Brown.", None, absent=("05",), id="is-yet-to"),
    row("Mr Blair had yet to apologise to Gordon Brown.", None, absent=("05",), id="had-yet-to"),
    row("Labour has yet to publish its manifesto.", None, absent=("01",), id="has-yet-to"),
    row("Mr Blair has still to apologise to Gordon Brown.", None, absent=("05",), id="has-still-to"),
    row(
        "Mr Blair is to apologise to Gordon Brown.",
        "055",
        "person:blair",
        "person:gordon-brown",
        id="is-to-planned",
    ),
    # -- denying a fact of others is no denial of blame (016) -------------------------------
    row("Ms Blears denied their role was changing.", None, absent=("016",), id="denied-role-changing"),
    row("Mr Howard denied the party was split over Europe.", None, absent=("016",), id="denied-party-split"),
    row("Labour denied its campaign was faltering.", None, absent=("016",), id="denied-campaign"),
    row("Ms Hewitt denied the figures had been changed.", None, absent=("016",), id="denied-figures"),
    row("Tony Blair denied he had lied to Parliament.", "016", "person:tony-blair", id="denied-own-lie"),
    row("Tony Blair denied the war was illegal.", "016", "person:tony-blair", id="denied-war-illegal"),
    row("Mr Straw denied Britain had known about the torture.", "016", "person:straw", id="denied-knew"),
    row("Syria denied its troops had killed the protesters.", "016", "state:SYR", id="denied-killing"),
    row("Iran denied the allegations.", "016", "state:IRN", id="denied-allegations"),
    row(
        "Uganda denied that its troops were fighting in Sudan.",
        "016",
        "state:UGA",
        id="denied-troops-fighting",
    ),
    row(
        "Israel denied that its soldiers had shot the journalist.",
        "016",
        "state:ISR",
        id="denied-soldiers-shot",
    ),
    row("Pakistan denied that its jets had bombed the village.", "016", "state:PAK", id="denied-jets-bombed"),
    # -- an attack on a place is force; on a post or a plan, words ---------------------------
    row(
        "Hamas stepped up its attacks on Israeli settlements.",
        "19",
        "organization:hamas",
        "state:ISR",
        absent=("11",),
        id="attacks-on-settlements",
    ),
    row(
        "Hamas fighters attacked an Israeli army post in Gaza.",
        "19",
        "organization:hamas",
        id="attacked-army-post",
    ),
    row(
        "Michael Howard attacked the post of Home Secretary.", "111", absent=FORCE, id="attacked-post-office"
    ),
    row(
        "Mr Brown attacked the Tories' plans for schools and hospitals.",
        "111",
        "person:brown",
        absent=FORCE,
        id="attacked-plans-schools",
    ),
    row("Hamas wants to increase the number of its attacks.", None, absent=FORCE, id="number-of-its-attacks"),
    row(
        "The IRA wanted to limit the death toll of their bombings.",
        None,
        absent=FORCE,
        id="toll-of-their-bombings",
    ),
    row(
        "Rebels sought to raise the scale of attacks on the army.", None, absent=FORCE, id="scale-of-attacks"
    ),
    row(
        "The death toll of the Israeli attack on Gaza rose to 50.", "19", "state:ISR", id="toll-of-the-attack"
    ),
    row(
        "Hamas carried out attacks on Israeli settlements.",
        "19",
        "organization:hamas",
        id="carried-out-attacks",
    ),
    # -- a headline's second clause is no apposition of the subject ---------------------------
    row(
        "China stages 'Strait Thunder' drills around Taiwan; U.S., Japan voice concern",
        "150",
        "state:CHN",
        "state:TWN",
        absent=("06",),
        id="headline-drills-semicolon",
    ),
    # -- weighing a proposal is no rejection ---------------------------------------------
    row(
        "Congress will spend several months debating George W Bush's proposal.",
        None,
        absent=("12",),
        id="debating-proposal",
    ),
    row("MPs debated the government's proposal.", None, absent=("12",), id="debated-proposal"),
    row("The Cabinet is considering Mr Brown's proposal.", None, absent=("12",), id="considering-proposal"),
    row("The committee discussed Mr Brown's proposal.", None, absent=("12",), id="discussed-proposal"),
    row(
        "Congress rejected George W Bush's proposal.",
        "120",
        "organization:congress",
        "person:george-w-bush",
        id="rejected-proposal",
    ),
    # -- a topic discussed is no one met ---------------------------------------------------
    row(
        "Labour doesn't want to discuss the EU constitution.",
        None,
        absent=("03", "04"),
        id="discuss-topic-neg",
    ),
    row("Labour wants to discuss the EU budget.", None, absent=("03", "04"), id="discuss-topic-intent"),
    row(
        "France wants to discuss Iran's nuclear programme.",
        None,
        absent=("03", "04"),
        id="discuss-owned-topic",
    ),
    row(
        "France discussed Iran's nuclear programme with Germany.",
        "040",
        "state:FRA",
        "state:DEU",
        id="discussed-topic-with",
    ),
    row(
        "France wants to discuss the issue with Germany.", "036", "state:FRA", "state:DEU", id="discuss-with"
    ),
    row(
        "Mr Blair discussed climate change with President Bush.",
        "040",
        "person:blair",
        "person:bush",
        id="discussed-with-person",
    ),
    # -- goods ordered are bought, not demanded ------------------------------------------
    row("Qantas ordered 12 Boeing aircraft.", None, absent=("10",), id="ordered-aircraft"),
    row("Ryanair has ordered 70 new aircraft from Boeing.", None, absent=("10",), id="ordered-aircraft-from"),
    row("Iran ordered missiles from Russia.", None, absent=("10",), id="ordered-missiles"),
    row(
        "President Bush ordered 5,000 more troops to Iraq.",
        "15",
        "person:bush",
        "state:IRQ",
        absent=("10",),
        id="ordered-troops-deployment",
    ),
    row(
        "Meanwhile, the budget airline Kingfisher Airlines is to buy 10 A320 aircraft from Airbus.",
        None,
        absent=("06",),
        id="airline-buys-aircraft",
    ),
    row("Lufthansa bought 20 aircraft from Airbus.", None, absent=("06",), id="company-bought-aircraft"),
    row(
        "The company will buy 30 new aircraft from Boeing.",
        None,
        absent=("06",),
        id="company-will-buy-aircraft",
    ),
    # -- "ended up doing": how it turned out, no act of ending --------------------------------
    row("The government ended up backing the plan.", None, absent=("16",), id="ended-up-backing"),
    row(
        "Mr Blair ended up apologising to Gordon Brown.",
        "055",
        "person:blair",
        "person:gordon-brown",
        absent=("16",),
        id="ended-up-apologising",
    ),
    # -- a price charged is no charge ------------------------------------------------------
    row(
        "The Commission could charge the companies up to 10% of their annual turnover.",
        None,
        absent=("11", "17"),
        id="charge-percent",
    ),
    row("Banks charge customers a fee for each withdrawal.", None, absent=("11", "17"), id="charge-fee"),
    row("The airline will charge passengers £5 for each bag.", None, absent=("11", "17"), id="charge-money"),
    row("Shell charged its customers 20% more.", None, absent=("11", "17"), id="charged-percent-more"),
    # -- lawsuits (115), not arrests or charges (173) -----------------------------------------
    row(
        "UKIP took legal action against two London Assembly members.",
        "115",
        "organization:uk-independence-party",
        "organization:london-assembly",
        id="took-legal-action",
    ),
    row(
        "The UK Independence Party has taken legal action to unseat two London Assembly members.",
        "115",
        "organization:uk-independence-party",
        "organization:london-assembly",
        absent=("17",),
        id="take-legal-action-to",
    ),
    row(
        "The EU will take legal action against France over its budget deficit.",
        "115",
        "organization:eu",
        "state:FRA",
        id="will-take-legal-action",
    ),
    row(
        "The Commission began legal proceedings against Germany.",
        "115",
        "organization:commission",
        "state:DEU",
        id="legal-proceedings",
    ),
    row(
        "Greenpeace's legal action against Shell was thrown out.",
        "115",
        "organization:greenpeace",
        "organization:shell",
        id="legal-action-possessive",
    ),
    row(
        "Microsoft filed a lawsuit against Sun Microsystems.",
        "115",
        "organization:microsoft",
        "organization:sun-microsystems",
        id="filed-lawsuit",
    ),
    row(
        "Labour has launched legal proceedings against the Daily Mail.",
        "115",
        "organization:labour-party",
        "organization:daily-mail",
        id="launched-proceedings",
    ),
    row(
        "Greenpeace launched legal action to stop Shell.",
        "115",
        "organization:greenpeace",
        "organization:shell",
        id="legal-action-to-stop",
    ),
    row("Shell sued Morgan Stanley.", "115", "organization:shell", "organization:morgan-stanley", id="sued"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_code(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)

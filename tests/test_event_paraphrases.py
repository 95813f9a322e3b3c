"""Codes that mean what the sentence says, each construction written many ways (issue 11.3).

Each rule of the meaning layer is checked on several wordings of one construction: active,
passive, nominal, fronted, quoted with the speaker after the quote, participles, and other
verbs or nouns of the same meaning. A row names the code prefix the sentence must give (with
an agent and a target when given), and code prefixes it must not give un-negated.
"""

from __future__ import annotations

import pytest

from newsgraph.model import EventFact

DATE = "2024-03-14"
FORCE = ("18", "19", "20")


def row(
    text: str,
    code: str | None,
    agent: str | None = None,
    target: str | None = None,
    *,
    absent: tuple[str, ...] = (),
    id: str,
) -> object:
    return pytest.param(text, code, agent, target, absent, id=id)


PARAPHRASES = [
    # -- verbal attacks: criticism (111), never force, on a person, a party or a policy --------
    row(
        "Michael Howard attacked the government's pension reform as unfair.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="attack-reform-active",
    ),
    row(
        "The pension reform was attacked by Michael Howard as unfair.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="attack-reform-passive",
    ),
    row(
        "Gordon Brown hit out at the central bank, calling its decision reckless.",
        "111",
        "person:gordon-brown",
        absent=FORCE,
        id="hit-out-at-unnamed-body",
    ),
    row(
        "Michael Howard lashed out at the government's plans.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="lashed-out-at-plans",
    ),
    row(
        "Michael Howard hit out at ministers over the delays.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="hit-out-at-ministers",
    ),
    row(
        "Michael Howard lambasted the government's asylum policy.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="lambasted-policy",
    ),
    row(
        "The asylum policy was lambasted by Michael Howard.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="lambasted-passive",
    ),
    row(
        "Michael Howard berated Gordon Brown over the budget.",
        "111",
        "person:michael-howard",
        "person:gordon-brown",
        absent=FORCE,
        id="berated-person",
    ),
    row(
        "Michael Howard castigated the Home Office over the delays.",
        "111",
        "person:michael-howard",
        "organization:home-office",
        absent=FORCE,
        id="castigated-body",
    ),
    row("Michael Howard savaged the bill.", "111", "person:michael-howard", absent=FORCE, id="savaged-bill"),
    row(
        "The Conservative Party decried the decision as a betrayal.",
        "111",
        "organization:conservative-party",
        absent=FORCE,
        id="decried",
    ),
    row(
        "Michael Howard took aim at the Labour Party's media law, calling it an assault on press freedom.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="took-aim-at-law",
    ),
    row(
        "Michael Howard took aim at Gordon Brown over the budget.",
        "111",
        "person:michael-howard",
        "person:gordon-brown",
        absent=FORCE,
        id="took-aim-at-person",
    ),
    row(
        "Michael Howard took a swipe at Gordon Brown.",
        "111",
        "person:michael-howard",
        "person:gordon-brown",
        absent=FORCE,
        id="took-a-swipe",
    ),
    row(
        '"This is a disgrace," Michael Howard said, launching a fierce attack on the Home Office.',
        "111",
        "person:michael-howard",
        "organization:home-office",
        absent=FORCE,
        id="said-launching-attack",
    ),
    row(
        "The Liberal Democrats launched a broadside against the Home Office.",
        "111",
        "organization:liberal-democrats",
        "organization:home-office",
        absent=FORCE,
        id="broadside",
    ),
    row(
        "The plan came under fire from the Conservative Party.",
        "111",
        "organization:conservative-party",
        absent=FORCE,
        id="plan-came-under-fire",
    ),
    row(
        "John Reid came under fire from the Conservative Party over the waiting lists.",
        "111",
        "organization:conservative-party",
        "person:john-reid",
        absent=FORCE,
        id="person-came-under-fire",
    ),
    row(
        "Michael Howard, who attacked the budget as reckless, spoke in Leeds.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="relative-clause-attack",
    ),
    row(
        "The budget, which Michael Howard attacked as reckless, was passed.",
        "111",
        "person:michael-howard",
        absent=FORCE,
        id="object-relative-clause-attack",
    ),
    row(
        "Russia launched an attack on Ukraine.", "19", "state:RUS", "state:UKR", id="control-physical-attack"
    ),
    row("The aim of UKIP is to withdraw from the EU.", None, absent=("111",), id="aim-is-no-criticism"),
    # -- no comment: an answer that declines comment is 011; no answer at all is no event ------
    row(
        "The Israeli military had no immediate comment on the strike.",
        "011",
        "state:ISR",
        id="had-no-comment",
    ),
    row(
        "The Chinese foreign ministry made no comment on the report.",
        "011",
        "state:CHN",
        id="made-no-comment",
    ),
    row(
        "The White House offered no comment on the claims.",
        "011",
        "state:USA",
        absent=("03",),
        id="offered-no-comment",
    ),
    row(
        '"We have nothing to say on that matter," a spokesman for the French foreign ministry said.',
        "011",
        "state:FRA",
        id="quoted-nothing-to-say",
    ),
    row(
        "The French foreign ministry said it had nothing to say on the matter.",
        "011",
        "state:FRA",
        id="reported-nothing-to-say",
    ),
    row(
        "Tony Blair would not be drawn on whether he would stand down.",
        "011",
        "person:tony-blair",
        id="would-not-be-drawn",
    ),
    row(
        "Gordon Brown will not be pinned down on a date.",
        "011",
        "person:gordon-brown",
        id="will-not-be-pinned-down",
    ),
    row(
        "Gordon Brown declined to be drawn on the date of the election.",
        "011",
        "person:gordon-brown",
        id="declined-to-be-drawn",
    ),
    row(
        "The Home Office refused to discuss the case.",
        "011",
        "organization:home-office",
        id="refused-to-discuss",
    ),
    row(
        "The Russian embassy did not respond to requests for comment.",
        None,
        absent=("01",),
        id="no-response-no-event",
    ),
    row("The Kremlin could not be reached for comment.", None, absent=("01",), id="not-reached-no-event"),
    row("The Home Office was not available for comment.", None, absent=("01",), id="not-available-no-event"),
    row(
        "Labour accused Michael Howard of having nothing to say on pensions.",
        "112",
        "organization:labour-party",
        "person:michael-howard",
        absent=("011",),
        id="accused-of-nothing-to-say",
    ),
    # -- offers and proposals: the intent (03x), by whom, for whom; the act never asserted -----
    row(
        "Saudi Arabia's offer of food aid to Syria was welcomed by Damascus.",
        "033",
        "state:SAU",
        "state:SYR",
        absent=("07",),
        id="possessive-offer-of-aid",
    ),
    row(
        "Iran's offer to mediate between Armenia and Azerbaijan was rejected by Azerbaijan.",
        "039",
        "state:IRN",
        "state:ARM",
        absent=("045",),
        id="possessive-offer-to-mediate",
    ),
    row(
        "Qatar made an offer to mediate between Israel and Hamas.",
        "039",
        "state:QAT",
        "state:ISR",
        absent=("045",),
        id="made-an-offer",
    ),
    row(
        "The offer by Qatar to mediate between Israel and Hamas was welcomed.",
        "039",
        "state:QAT",
        absent=("045",),
        id="offer-by",
    ),
    row(
        "Kazakhstan put forward a proposal for a regional water agreement with Uzbekistan.",
        "030",
        "state:KAZ",
        "state:UZB",
        absent=("057",),
        id="put-forward-a-proposal",
    ),
    row("Turkey tabled a proposal for a ceasefire in Syria.", "0356", "state:TUR", id="tabled-a-proposal"),
    row(
        "A plan for joint patrols along the border was proposed by Thailand.",
        "030",
        "state:THA",
        id="plan-was-proposed-by",
    ),
    row("A ceasefire was proposed by Egypt.", "0356", "state:EGY", id="ceasefire-was-proposed-by"),
    row("Egypt proposed a ceasefire.", "0356", "state:EGY", id="proposed-a-ceasefire"),
    row(
        "Brazil's proposal for a trade pact with Argentina was discussed on Monday.",
        "030",
        "state:BRA",
        "state:ARG",
        id="possessive-proposal",
    ),
    row(
        "Japan pledged $500m in aid to Indonesia.",
        "033",
        "state:JPN",
        "state:IDN",
        absent=("07",),
        id="pledged-money-in-aid",
    ),
    row(
        "Japan promised Indonesia more aid.",
        "033",
        "state:JPN",
        "state:IDN",
        absent=("07",),
        id="promised-aid",
    ),
    row("Germany vowed to support Ukraine.", "03", "state:DEU", "state:UKR", id="vowed-support"),
    row(
        "Ukraine rejected Russia's offer of talks.",
        "03",
        "state:RUS",
        absent=("04",),
        id="rejected-possessive-offer",
    ),
    row(
        "Syria welcomed Saudi Arabia's offer of food aid.",
        "033",
        "state:SAU",
        absent=("07",),
        id="welcomed-possessive-offer",
    ),
    row(
        '"We will restore full diplomatic ties with Venezuela," Panama promised on Monday.',
        "032",
        "state:PAN",
        absent=("04",),
        id="quoted-promise-speaker-after",
    ),
    row(
        "Panama promised to restore diplomatic ties with Venezuela.",
        "032",
        "state:PAN",
        "state:VEN",
        id="promised-to-restore-ties",
    ),
    row(
        "The Labour Party proposed a new tax on banks.", None, absent=("03",), id="policy-proposal-no-intent"
    ),
    # -- threats: force threatened in a quote is 138; aid, sanctions and ties have their own ---
    row(
        '"One more rocket and we will flatten their positions," Hezbollah warned Israel.',
        "138",
        "organization:hezbollah",
        "state:ISR",
        id="quoted-threat-speaker-after",
    ),
    row(
        '"We will strike back hard," the Iranian defence minister said, warning Israel.',
        "138",
        "state:IRN",
        "state:ISR",
        id="quoted-threat-said-warning",
    ),
    row(
        '"We will hit back," Israel warned Hamas on Monday.',
        "138",
        "state:ISR",
        "organization:hamas",
        id="quoted-hit-back",
    ),
    row("Israel warned Hezbollah it would strike back hard.", "138", "state:ISR", id="reported-strike-back"),
    row(
        '"We will beat Labour at the ballot box," the Conservative Party warned.',
        None,
        absent=("138",),
        id="ballot-box-no-force",
    ),
    row(
        "Washington has warned Guatemala that it will suspend military aid.",
        "1311",
        "state:USA",
        "state:GTM",
        absent=("138",),
        id="warned-suspend-aid",
    ),
    row(
        "The United States threatened to cut aid to Egypt.",
        "1311",
        "state:USA",
        "state:EGY",
        absent=("138",),
        id="threatened-cut-aid",
    ),
    row(
        "Germany threatened to suspend aid to Rwanda.",
        "1311",
        "state:DEU",
        absent=("138",),
        id="threatened-suspend-aid",
    ),
    row(
        "The European Union threatened sanctions against Belarus.",
        "1312",
        "organization:european-union",
        "state:BLR",
        absent=("138",),
        id="threatened-sanctions",
    ),
    row(
        "The United States threatened Iran with new sanctions.",
        "1312",
        "state:USA",
        "state:IRN",
        absent=("138",),
        id="threatened-with-sanctions",
    ),
    row(
        "Britain warned Zimbabwe that it would recall its ambassador.",
        "1313",
        "state:GBR",
        "state:ZWE",
        absent=("138",),
        id="warned-recall-ambassador",
    ),
    row(
        "The US State Department warned American citizens against travelling to Haiti.",
        None,
        absent=("13",),
        id="travel-warning-gerund",
    ),
    row(
        "The Foreign Office warned Britons against all travel to Libya.",
        None,
        absent=("13",),
        id="travel-warning-noun",
    ),
    row(
        "France warned tourists against visiting northern Mali.",
        None,
        absent=("13",),
        id="travel-warning-visiting",
    ),
    row(
        "Russia warned NATO against deploying troops in Ukraine.",
        "13",
        "state:RUS",
        "organization:nato",
        absent=("012",),
        id="warned-body-against-military-act",
    ),
    row(
        "The Labour Party warned the Conservative Party against deploying troops in Iraq.",
        None,
        absent=("13",),
        id="party-warning-is-advice",
    ),
    # -- a speaker's judgement told by a participle after the quote --------------------------
    row(
        '"This is a historic day for democracy," Kofi Annan said on Tuesday, praising the vote.',
        "051",
        "person:kofi-annan",
        id="said-praising",
    ),
    row(
        '"The election was fair," Kofi Annan said, praising Ghana.',
        "051",
        "person:kofi-annan",
        "state:GHA",
        id="said-praising-named",
    ),
    row(
        '"It is a disgrace," Michael Howard said, criticising the vote.',
        "111",
        "person:michael-howard",
        id="said-criticising",
    ),
    row(
        "The Labour Party, welcoming the ruling, said it was a victory.",
        "051",
        "organization:labour-party",
        id="subject-welcoming-said",
    ),
    # -- no act: vague deeds, sympathy, one's own troops sent in -----------------------------
    row(
        "He believes that elements of the British security services may have carried out renegade actions.",
        None,
        absent=("15",),
        id="renegade-actions-no-show-of-force",
    ),
    row(
        "Plaid Cymru claims British security services carried out illegal actions against the party.",
        None,
        absent=("15",),
        id="illegal-actions-no-show-of-force",
    ),
    row(
        "Russian troops carried out exercises near the border.",
        "15",
        "state:RUS",
        id="exercises-show-of-force",
    ),
    row(
        "Gordon Brown said he fully understood and appreciated Tony Blair's reasons for doing so.",
        None,
        absent=("03", "05"),
        id="appreciate-reasons",
    ),
    row(
        "Tony Blair said he appreciated the support of the United States.",
        "051",
        "person:tony-blair",
        "state:USA",
        id="appreciate-support",
    ),
    row(
        "Lord Goldsmith will receive a letter of resignation from Ian MacDonald on Monday.",
        None,
        absent=("04",),
        id="received-letter-no-meeting",
    ),
    row("Tony Blair received a report from the Home Office.", None, absent=("04",), id="received-report"),
    row(
        "Tony Blair received the Chinese delegation in Downing Street.",
        "04",
        "person:tony-blair",
        id="received-delegation",
    ),
    row(
        "Edward Heath ordered British troops to march into Belfast.",
        "150",
        "person:edward-heath",
        absent=("10",),
        id="ordered-troops-march",
    ),
    row(
        "Vladimir Putin ordered troops to move into Ukraine.",
        "150",
        "person:vladimir-putin",
        "state:UKR",
        absent=("10",),
        id="ordered-troops-move",
    ),
    row(
        "Tony Blair ordered the ambassador to leave.",
        "166",
        "person:tony-blair",
        absent=("15",),
        id="ordered-ambassador-leave",
    ),
]


def _show(events: tuple[EventFact, ...]) -> str:
    return "; ".join(
        f"{e.cameo} {e.trigger!r} {e.agents}->{e.targets} {e.modality} neg={e.negated}" for e in events
    )


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), PARAPHRASES)
def test_paraphrase(facts, text, code, agent, target, absent):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith(absent) and not e.negated for e in events), _show(events)
    if code is not None:
        assert any(
            e.cameo.startswith(code)
            and (agent is None or agent in e.agents)
            and (target is None or target in e.targets)
            for e in events
        ), _show(events)

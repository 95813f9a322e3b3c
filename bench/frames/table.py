#!/usr/bin/env python3
"""Frames bench: common news verbs x the constructions news writes them in.

Each row of VERBS is one verb (or noun) of news with the CAMEO roots a coder would give it, written from
the CAMEO codebook (shared cameo tables) before the tool was run on any sentence. The templates below turn
each row into one sentence per construction: active with and without a target, passive with "by", the
nominal "A's support for T", a to-infinitive complement that asserts the act ("was quick to"), a reported
"said" clause, a fronted adverbial, a relative clause and a person (a state's minister) as the actor.
States rotate over ten pairs so no pair carries a verb. `part` splits the verbs into a tuning half and a
held-out half (alternate rows within each family of meaning): rules are never tuned on the held-out half.

Usage: python bench/frames/table.py > bench/frames/sentences.jsonl
"""

from __future__ import annotations

import json

#: (state, iso3, demonym, minister's name): agents and targets rotate over these pairs.
PAIRS = [
    (("Spain", "ESP", "Spanish", "Elena Marquez"), ("Morocco", "MAR", "Moroccan", "Karim Bennani")),
    (("Japan", "JPN", "Japanese", "Kenji Morita"), ("China", "CHN", "Chinese", "Li Wenbo")),
    (("Brazil", "BRA", "Brazilian", "Paulo Ferreira"), ("Argentina", "ARG", "Argentine", "Diego Salas")),
    (("Kenya", "KEN", "Kenyan", "Grace Wanjiru"), ("Somalia", "SOM", "Somali", "Abdi Warsame")),
    (("Poland", "POL", "Polish", "Marek Zielinski"), ("Belarus", "BLR", "Belarusian", "Ivan Hurko")),
    (("India", "IND", "Indian", "Ravi Menon"), ("Pakistan", "PAK", "Pakistani", "Imran Qureshi")),
    (("Canada", "CAN", "Canadian", "Claire Dubois"), ("Mexico", "MEX", "Mexican", "Jorge Ibarra")),
    (("Egypt", "EGY", "Egyptian", "Tarek Mansour"), ("Ethiopia", "ETH", "Ethiopian", "Dawit Bekele")),
    (("Turkey", "TUR", "Turkish", "Mehmet Aydin"), ("Greece", "GRC", "Greek", "Nikos Pappas")),
    (("Vietnam", "VNM", "Vietnamese", "Tran Van Minh"), ("Indonesia", "IDN", "Indonesian", "Budi Santoso")),
]

# verb rows: name, part, roots, past, participle, object ({T} the target), object with no target,
# noun phrase for the nominal ("{A}'s support for {T}") or "", to-infinitive base or "", forbidden roots.
# part: "tune" or "held". Roots written from the CAMEO codebook before any run.
V = [
    # intent (03): promise, vow, pledge, offer, propose
    ("promise", "tune", "03", "promised", "promised", "{T} more aid", "to restore internet access within a week",
     "promise of aid to {T}", "promise", ""),
    ("vow", "held", "03", "vowed", "vowed", "to help {T} rebuild its ports", "to hand power back to civilians",
     "", "", ""),
    ("pledge", "tune", "03", "pledged", "pledged", "$500 million for the reconstruction of {T}",
     "$500 million for reconstruction", "pledge of $500 million to {T}", "pledge", ""),
    ("offer", "held", "03", "offered", "offered", "{T} help with its elections", "to mediate between the rivals",
     "offer of help to {T}", "offer", ""),
    ("propose", "tune", "03 02", "proposed", "proposed", "talks with {T}", "a halt to strikes on power plants",
     "proposal of talks with {T}", "propose", ""),
    # aid given (07)
    ("give", "tune", "07", "gave", "given", "{T} 300 million euros in budget support", "300 million euros in aid",
     "", "give", ""),
    ("grant", "held", "07", "granted", "granted", "{T} a loan of $2 billion", "asylum to the dissidents",
     "grant of $2 billion to {T}", "grant", ""),
    ("send aid", "tune", "07", "sent", "sent", "food aid to {T}", "food aid to the flood zone",
     "", "send", ""),
    ("donate", "held", "07", "donated", "donated", "$40 million to {T} for flood relief", "$40 million for flood relief",
     "donation of $40 million to {T}", "donate", ""),
    # support / praise (05)
    ("support", "tune", "05", "supported", "supported", "{T}'s peace plan", "the peace plan",
     "support for {T}'s peace plan", "support", ""),
    ("endorse", "held", "05", "endorsed", "endorsed", "{T}'s candidate for the UN post", "the candidate for the UN post",
     "endorsement of {T}'s candidate", "endorse", ""),
    ("praise", "tune", "05", "praised", "praised", "{T} for its handling of the crisis", "the handling of the crisis",
     "praise for {T}", "praise", ""),
    ("welcome", "held", "05", "welcomed", "welcomed", "{T}'s decision to free the prisoners", "the decision to free the prisoners",
     "", "welcome", ""),
    ("back", "tune", "05", "backed", "backed", "{T}'s bid to host the summit", "the bid to host the summit",
     "backing for {T}'s bid", "back", ""),
    # opposition / rejection (11/12)
    ("oppose", "tune", "11 12", "opposed", "opposed", "{T}'s proposal to lift the sanctions", "the proposal to lift the sanctions",
     "opposition to {T}'s proposal", "oppose", "04 05"),
    ("reject", "held", "12", "rejected", "rejected", "{T}'s offer of talks", "the offer of talks",
     "rejection of {T}'s offer", "reject", "04"),
    ("dismiss", "tune", "12 11", "dismissed", "dismissed", "{T}'s ceasefire terms as unrealistic", "the ceasefire terms as unrealistic",
     "dismissal of {T}'s terms", "dismiss", "04"),
    ("veto", "held", "12", "vetoed", "vetoed", "{T}'s draft resolution", "the draft resolution",
     "veto of {T}'s resolution", "veto", ""),
    ("turn down", "tune", "12", "turned down", "turned down", "{T}'s request for a loan", "the request for a loan",
     "", "turn down", ""),
    # disapproval (11)
    ("condemn", "held", "11", "condemned", "condemned", "{T} for the border raid", "the border raid",
     "condemnation of {T}", "condemn", "18 19 20"),
    ("criticise", "tune", "11", "criticised", "criticised", "{T} over its treatment of migrants", "the treatment of migrants",
     "criticism of {T}", "criticise", "18 19 20"),
    ("chide", "held", "11", "chided", "chided", "{T} for its slow response", "the slow response",
     "", "chide", ""),
    ("rebuke", "tune", "11", "rebuked", "rebuked", "{T} for its remarks", "the remarks",
     "rebuke of {T}", "rebuke", ""),
    ("accuse", "held", "11", "accused", "accused", "{T} of spying", "officials of spying",
     "accusation against {T}", "accuse", ""),
    ("blame", "tune", "11", "blamed", "blamed", "{T} for the attack on the pipeline", "rebels for the attack",
     "", "blame", "18 19 20"),
    ("denounce", "held", "11", "denounced", "denounced", "{T}'s nuclear tests", "the nuclear tests",
     "denunciation of {T}", "denounce", ""),
    ("attack verbally", "tune", "11", "attacked", "attacked", "{T}'s budget plans as reckless", "the budget plans as reckless",
     "attack on {T}'s budget plans", "attack", "18 19 20"),
    # demand / appeal (10 / 02)
    ("demand", "held", "10", "demanded", "demanded", "that {T} withdraw its troops", "the release of the hostages",
     "demand that {T} withdraw", "demand", ""),
    ("urge", "tune", "02 10", "urged", "urged", "{T} to release the journalists", "restraint",
     "", "urge", ""),
    ("call on", "held", "02 10", "called on", "called on", "{T} to hold fresh elections", "",
     "call for {T} to hold elections", "call on", ""),
    ("ask", "tune", "02", "asked", "asked", "{T} for military help", "for military help",
     "request to {T} for help", "ask", ""),
    ("appeal", "held", "02", "appealed", "appealed", "to {T} for food aid", "for food aid",
     "appeal to {T} for aid", "appeal", ""),
    # threats (13)
    ("threaten", "tune", "13", "threatened", "threatened", "{T} with sanctions", "to impose sanctions",
     "threat of sanctions against {T}", "threaten", "138 18 19 20"),
    ("warn tariffs", "held", "13", "warned", "warned", "{T} that it would slap tariffs on its steel", "that it would slap tariffs on steel",
     "warning to {T}", "warn", "138 18 19 20"),
    ("issue ultimatum", "tune", "13", "issued", "issued", "an ultimatum to {T}", "an ultimatum",
     "ultimatum to {T}", "issue", "18 19 20"),
    # consult (04)
    ("meet", "held", "04", "met", "met", "{T}'s foreign minister in Geneva", "in Geneva for talks",
     "meeting with {T}'s foreign minister", "meet", ""),
    ("host", "tune", "04", "hosted", "hosted", "{T}'s president for talks", "a summit on trade",
     "", "host", ""),
    ("visit", "held", "04", "visited", "visited", "{T}", "the region",
     "visit to {T}", "visit", ""),
    ("hold talks", "tune", "04", "held", "held", "talks with {T}", "talks on trade",
     "talks with {T}", "hold", ""),
    ("negotiate", "held", "04", "negotiated", "negotiated", "with {T} over the border", "over the border",
     "negotiations with {T}", "negotiate", ""),
    # cooperate / sign (05/06)
    ("sign", "tune", "05 06", "signed", "signed", "a trade agreement with {T}", "a trade agreement",
     "", "sign", ""),
    ("apologise", "held", "05", "apologised", "apologised", "to {T} for the incident", "for the incident",
     "apology to {T}", "apologise", ""),
    ("recognise", "tune", "05", "recognised", "recognised", "{T}'s new government", "the new government",
     "recognition of {T}'s government", "recognise", ""),
    # coercion (16/17)
    ("expel", "held", "16 17", "expelled", "expelled", "{T}'s ambassador", "two diplomats",
     "expulsion of {T}'s ambassador", "expel", ""),
    ("sanction", "tune", "16", "imposed", "imposed", "sanctions on {T}", "new sanctions",
     "sanctions on {T}", "impose", "18 19 20"),
    ("cut ties", "held", "16", "cut", "cut", "diplomatic ties with {T}", "diplomatic ties",
     "", "cut", ""),
    ("arrest", "tune", "17", "arrested", "arrested", "two {TD} citizens on spying charges", "two journalists",
     "arrest of two {TD} citizens", "arrest", ""),
    ("seize", "held", "17", "seized", "seized", "a {TD} oil tanker", "an oil tanker",
     "seizure of a {TD} tanker", "seize", ""),
    ("deport", "tune", "17", "deported", "deported", "dozens of {TD} migrants", "dozens of migrants",
     "deportation of {TD} migrants", "deport", ""),
    # force (18-20)
    ("attack military", "held", "18 19 20", "attacked", "attacked", "{T}'s border posts with artillery", "the border posts with artillery",
     "artillery attack on {T}", "attack", "11"),
    ("bomb", "tune", "18 19 20", "bombed", "bombed", "{T}'s air bases", "the air bases",
     "bombing of {T}'s air bases", "bomb", "11"),
    ("invade", "held", "18 19 20", "invaded", "invaded", "{T}", "the border region",
     "invasion of {T}", "invade", ""),
    ("shell", "tune", "18 19 20", "shelled", "shelled", "{TD} positions near the border", "positions near the border",
     "shelling of {TD} positions", "shell", ""),
    # yield / release (08)
    ("release", "held", "08", "released", "released", "{TD} fishermen held since May", "the fishermen held since May",
     "release of {TD} fishermen", "release", ""),
    ("lift sanctions", "tune", "08", "lifted", "lifted", "sanctions on {T}", "the sanctions",
     "lifting of sanctions on {T}", "lift", "16"),
    # investigate (09)
    ("investigate", "held", "09", "investigated", "investigated", "{T}'s role in the bombing", "the bombing",
     "investigation into {T}'s role", "investigate", ""),
]

# constructions: (name, template, needs). {A}: agent state, {T}: target state, {TD}: target demonym,
# {AD}: agent demonym, {AP}: agent minister. "obj": the row's object with the target.
CONSTRUCTIONS = [
    ("active", "{A} {past} {obj}."),
    ("no_target", "{A} {past} {bare}."),
    ("passive", "{T} was {pp} by {A} ..."),
    ("nominal", "{A}'s {noun} came as a surprise to diplomats."),
    ("quick_to", "{A} was quick to {base} {obj}."),
    ("said", "Officials said {A} had {pp} {obj}."),
    ("fronted", "On Monday, {A} {past} {obj}."),
    ("relative", "{A}, which {past} {obj} last week, has a new foreign minister."),
    ("person", "{AD} Foreign Minister {AP} {past} {obj}."),
]

#: Objects whose passive turns a possessive object into the subject, or has no natural passive.
PASSIVE = {
    "promise": "{T} was promised more aid|",
    "pledge": "$500 million was pledged| for the reconstruction of {T}",
    "offer": "{T} was offered help with its elections|",
    "propose": "Talks with {T} were proposed",
    "give": "{T} was given 300 million euros in budget support|",
    "grant": "{T} was granted a loan of $2 billion|",
    "send aid": "Food aid was sent to {T}",
    "donate": "$40 million was donated to {T} for flood relief",
    "support": "{T}'s peace plan was supported",
    "endorse": "{T}'s candidate for the UN post was endorsed",
    "praise": "{T} was praised for its handling of the crisis",
    "welcome": "{T}'s decision to free the prisoners was welcomed",
    "back": "{T}'s bid to host the summit was backed",
    "oppose": "{T}'s proposal to lift the sanctions was opposed",
    "reject": "{T}'s offer of talks was rejected",
    "dismiss": "{T}'s ceasefire terms were dismissed as unrealistic",
    "veto": "{T}'s draft resolution was vetoed",
    "turn down": "{T}'s request for a loan was turned down",
    "condemn": "{T} was condemned for the border raid",
    "criticise": "{T} was criticised over its treatment of migrants",
    "chide": "{T} was chided for its slow response",
    "rebuke": "{T} was rebuked for its remarks",
    "accuse": "{T} was accused of spying",
    "blame": "{T} was blamed for the attack on the pipeline",
    "denounce": "{T}'s nuclear tests were denounced",
    "attack verbally": "{T}'s budget plans were attacked as reckless",
    "demand": "",
    "urge": "{T} was urged to release the journalists",
    "call on": "{T} was called on to hold fresh elections",
    "ask": "{T} was asked for military help",
    "appeal": "",
    "threaten": "{T} was threatened with sanctions",
    "warn tariffs": "{T} was warned that tariffs would be slapped on its steel",
    "issue ultimatum": "An ultimatum was issued to {T}",
    "meet": "{T}'s foreign minister was met in Geneva",
    "host": "{T}'s president was hosted for talks",
    "visit": "{T} was visited",
    "hold talks": "Talks with {T} were held",
    "negotiate": "",
    "sign": "A trade agreement with {T} was signed",
    "apologise": "",
    "recognise": "{T}'s new government was recognised",
    "expel": "{T}'s ambassador was expelled",
    "sanction": "Sanctions were imposed on {T}",
    "cut ties": "Diplomatic ties with {T} were cut",
    "arrest": "Two {TD} citizens were arrested on spying charges",
    "seize": "A {TD} oil tanker was seized",
    "deport": "Dozens of {TD} migrants were deported",
    "attack military": "{T}'s border posts were attacked with artillery",
    "bomb": "{T}'s air bases were bombed",
    "invade": "{T} was invaded",
    "shell": "{TD} positions near the border were shelled",
    "release": "{TD} fishermen held since May were released",
    "lift sanctions": "Sanctions on {T} were lifted",
    "investigate": "{T}'s role in the bombing was investigated",
}


def rows():
    n = 0
    for i, (name, part, roots, past, pp, obj, bare, noun, base, forbid) in enumerate(V):
        for j, (cname, template) in enumerate(CONSTRUCTIONS):
            (a, a3, ad, ap), (t, t3, td, _tp) = PAIRS[(i + j) % len(PAIRS)]
            fill = {"A": a, "T": t, "TD": td, "AD": ad, "AP": ap}
            has_target = cname != "no_target"
            if cname == "no_target":
                if not bare:
                    continue
            elif cname == "nominal":
                if not noun:
                    continue
            elif cname == "quick_to":
                if not base:
                    continue
            elif cname == "passive":
                if not PASSIVE.get(name):
                    continue
            pobj = PASSIVE.get(name, "")
            if pobj:
                # the by-phrase right after the participle: "X was blamed by A for the attack"
                at = pobj.index("|") if "|" in pobj else pobj.index(" " + pp) + len(pp) + 1
                passive = (pobj[:at] + " by {A}" + pobj[at:].lstrip("|") + ".").format(**fill)
            else:
                passive = ""
            verb_past = past
            text = {
                "active": f"{a} {verb_past} {obj}.",
                "no_target": f"{a} {verb_past} {bare}.",
                "passive": passive,
                "nominal": f"{a}'s {noun} came as a surprise to diplomats.",
                "quick_to": f"{a} was quick to {base} {obj}.",
                "said": f"Officials said {a} had {pp} {obj}.",
                "fronted": f"On Monday, {a} {verb_past} {obj}.",
                "relative": f"{a}, which {verb_past} {obj} last week, has a new foreign minister.",
                "person": f"{ad} Foreign Minister {ap} {verb_past} {obj}.",
            }[cname]
            text = text.format(**fill).replace(" a I", " an I").replace("A I", "An I")
            text = text[0].upper() + text[1:]
            n += 1
            yield {
                "id": f"fr{n:03d}",
                "verb": name,
                "part": part,
                "construction": cname,
                "text": text,
                "roots": roots.split(),
                "forbid": forbid.split(),
                "agent": a3,
                "agent_person": ap if cname == "person" else "",
                "target": t3 if has_target and "{T" in (obj if cname != "passive" else pobj or obj) else "",
            }


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row, ensure_ascii=False))

"""Generate ``newsgraph/data/verbs.tsv`` from PETRARCH-2's CAMEO verb dictionary.

The source is ``CAMEO.2.0.txt`` (openeventdata/petrarch2, MIT, Open Event Data Alliance):
synonym sets (``&NAME`` then ``+WORD`` lines), then synonym blocks of verbs that share
patterns::

    ---  CANCEL   [---]  ---          a block and its default code
    +CALL_OFF [160]                    a multi-word verb with its own code
    HALT                               a verb (irregular forms in {...} are not needed: we match lemmas)
    - * TALKS                [160]     object pattern: "called off the talks"
    - EMBASSY *              [161]     subject pattern
    - * (WITH WARNING)       [012]     preposition phrase
    - * {BORDER CROSSING}    [160]     compound: consecutive words
    - * &CEASEFIRE           [196]     a synonym set
    - * BASE                 [---]     no event

Codes: ``[0841]``, ``[042:043]`` (the subject's code : the object's code, reciprocal
acts), ``[:054]`` (only the object acts: "won recognition from Y"), ``[---]`` none.
Actor markers (``$`` source, ``+`` target, ``%`` compound actor, ``^`` skip) are
dropped: the event extractor finds the participants on the parse.

The output is documented in ``newsgraph/data/README.md`` (section ``verbs.tsv``).
Usage::

    python tools/build_verbs.py --source PETRARCH_DIR/CAMEO.2.0.txt
    python tools/build_verbs.py --source CAMEO.2.0.txt --output /tmp/verbs.tsv

The output is deterministic. Patterns that cannot be used (an undefined synonym set,
no ``*``, a code outside CAMEO) are left out and counted on stderr.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "newsgraph" / "data" / "verbs.tsv"
CODES = ROOT / "newsgraph" / "data" / "cameo_codes.tsv"
FORMAT_VERSION = 1

#: Bare words after the verb that open a preposition phrase ("* OVER MEETING OF +").
PREPOSITIONS = frozenset(
    [
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "as",
        "at",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "between",
        "beyond",
        "by",
        "despite",
        "during",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "over",
        "through",
        "throughout",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "upon",
        "via",
        "with",
        "within",
        "without",
    ]
)
#: Particles stay object words: "- * DOWN" is "clamp down", spaCy's `prt`.
PARTICLES = frozenset({"up", "down", "off", "out", "away", "back", "over", "in", "on"})
MARKERS = frozenset("$+%^")
#: Forms of "be" and auxiliaries at the start of a multi-word verb ("IS_DETERMINED").
BE = frozenset({"is", "are", "am", "was", "were", "be", "been", "being"})

#: newsgraph's additions, in the source's format: wire verbs and frames the dictionary lacks
#: (issue 11). A block named like one of the source adds its verbs and patterns to it.
SUPPLEMENT = """
---  GRANT   [060]  ---
+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER } [---]
+TURN_OVER {+TURNS_OVER +TURNED_OVER +TURNING_OVER } [---]
- * MEDICINE                                        [073]
- * MEDICINES                                       [073]
- * {MEDICAL SUPPLIES}                              [073]
- * {RELIEF SUPPLIES}                               [073]
- * &HOSTAGE                                        [0841]

---  OBTAIN   [---]  ---
- * CUSTODY OF                                      [---]

---  SHARE   [---]  ---
- * EXPERTISE                                       [061]
- * KNOW-HOW                                        [061]
- * TECHNOLOGY                                      [061]
- * &INFORMATION                                    [064]

# Wire frames the dictionary lacks: drills begun, ties upgraded, forces strengthened, aid
# reduced, a retaken town, demands yielded to, people forced out, planes and ships seized, a
# mediator, a hijacking, an embassy stormed, a rival torn into, emergency rule eased.
---  START   [---]  ---
- * WAR_GAMES                                       [150]
- * &MILITARY EXERCISES                             [150]
- * MILITARY_EXERCISES                              [150]
- * DRILLS                                          [150]
- * ARTILLERY                                       [194]
- * SHELLING                                        [194]

---  UPGRADE   [---]  ---
- * TIES                                            [050]
- * RELATIONS                                       [050]

---  STRENGTHEN   [---]  ---
- * FORCES                                          [154]
- * &MILITARY                                       [154]
- * MILITARY_PRESENCE                               [154]

---  REDUCE   [---]  ---
- * AID                                             [162]
- * ASSISTANCE                                      [162]
- * SUPPLIES                                        [162]
- * FOOD_AID                                        [1623]
- * FOOD_SUPPLIES                                   [1623]
- * HUMANITARIAN_AID                                [1623]

---  RECAPTURE   [192]  ---
RETAKE {RETAKES RETOOK RETAKEN RETAKING } [192]

---  YIELD   [080]  ---
+CAVE_IN {+CAVES_IN +CAVED_IN +CAVING_IN } [---]
- * (TO DEMANDS)                                    [080]
- * (TO PRESSURE)                                   [080]

---  EMBRACE   [---]  ---
- * DEMANDS                                         [080]

---  EXPULSION   [174]  ---
+FORCE_OUT {+FORCES_OUT +FORCED_OUT +FORCING_OUT } [174]
+DRIVE_OUT {+DRIVES_OUT +DROVE_OUT +DRIVEN_OUT +DRIVING_OUT } [174]
- * &REFUGEE                                        [201]
- * RESIDENTS                                       [201]
- * VILLAGERS                                       [201]
- * FAMILIES                                        [201]

---  APPREHEND   [1711]  ---
- * PLANE                                           [1711]
- * AIRCRAFT                                        [1711]
- * SHIP                                            [1711]
- * VESSEL                                          [1711]
- * TANKER                                          [1711]
- * BOAT                                            [1711]
- * CARGO                                           [1711]
- * SHIPMENT                                        [1711]
- * ASSETS                                          [1711]
- * PROPERTY                                        [1711]

---  MEDIATE   [045]  ---
MEDIATE {MEDIATES MEDIATED MEDIATING } [045]

---  HIJACK   [181]  ---
HIJACK {HIJACKS HIJACKED HIJACKING } [181]

---  STORM   [190]  ---
STORM {STORMS STORMED STORMING } [190]

---  VERBAL_ASSAULT   [111]  ---
+TEAR_INTO {+TEARS_INTO +TORE_INTO +TORN_INTO +TEARING_INTO } [111]
+ROUND_ON {+ROUNDS_ON +ROUNDED_ON +ROUNDING_ON } [111]
+LAY_INTO {+LAYS_INTO +LAID_INTO +LAYING_INTO } [111]

---  LIFT   [---]  ---
- * MARTIAL_LAW                                     [0814]
- * EMERGENCY_MEASURES                              [0814]
- * EMERGENCY_RULE                                  [0814]

---  FACILITATE   [060]  ---
- * EMERGENCY_MEASURES                              [0814]
- * MARTIAL_LAW                                     [0814]
- * STATE (OF EMERGENCY)                            [0814]

# Restrictions kept in force or made harsher: a curfew or emergency rule extended or tightened
# is one imposed (1723, 1724), as the dictionary has it for "impose" and "declare".
---  EXTEND   [---]  ---
- * CURFEW                                          [1723]
- * MARTIAL_LAW                                     [1724]
- * EMERGENCY_RULE                                  [1724]
- * STATE (OF EMERGENCY)                            [1724]

---  TIGHTEN   [---]  ---
- * MARTIAL_LAW                                     [1724]
- * EMERGENCY_RULE                                  [1724]

# A beating (182): "beat up" is "beat" with its particle, which the dictionary does not list.
---  BEAT_UP   [182]  ---
+BEAT_UP {+BEATS_UP +BEATEN_UP +BEATING_UP } [182]

# Passage obstructed (144): roads, bridges, a border crossing blocked or barricaded; a protest
# stopped by the authorities (170).
---  OBSTRUCT   [---]  ---
BLOCK {BLOCKS BLOCKED BLOCKING }
BARRICADE {BARRICADES BARRICADED BARRICADING }
- * ROAD                                            [144]
- * ROADS                                           [144]
- * HIGHWAY                                         [144]
- * MOTORWAY                                        [144]
- * BRIDGE                                          [144]
- * RAILWAY                                         [144]
- * STREETS                                         [144]
- * TRAFFIC                                         [144]
- * BORDER_CROSSING                                 [144]
# ships kept in or out of a port: a blockade (191), "blocked grain vessels from leaving Odesa"
- * SHIPS                                           [191]
- * VESSELS                                         [191]
- * SHIPPING                                        [191]
- * PORT                                            [191]
- * PORTS                                           [191]

# Relations or talks broken off (161, 164), as the dictionary has them for "cut" and "sever".
---  BREAK_OFF   [---]  ---
+BREAK_OFF {+BREAKS_OFF +BROKE_OFF +BROKEN_OFF +BREAKING_OFF } [---]
- * RELATIONS                                       [161]
- * {DIPLOMATIC RELATIONS}                          [161]
- * TIES                                            [161]
- * {DIPLOMATIC TIES}                               [161]
- * TALKS                                           [164]
- * NEGOTIATIONS                                    [164]

# Going on strike (143) or on hunger strike (142).
---  GO_SOMEWHERE   [040]  ---
- * (ON STRIKE)                                     [143]
- * (ON {HUNGER STRIKE})                            [142]

---  PREVENT   [---]  ---
PREVENT {PREVENTS PREVENTED PREVENTING }
- * DEMONSTRATION                                   [170]
- * PROTEST                                         [170]
- * RALLY                                           [170]
- * MARCH                                           [170]

# Codes the bench of one sentence per CAMEO code (bench/cameo_codes) found without a pattern:
# aid frozen (162, 1621, 1622), a blockade or siege eased or ended (0872), mediation or talks
# ended (165, 164), relations downgraded (160) or restored (050), boats and property returned
# (0842), a request turned down (120), a party found guilty or liable (116), a hunger strike
# staged (142), pessimism or condolences voiced (012, 013, 018), atrocities committed or
# carried out (200, 202, 203), weapons of mass destruction used or detonated (204, 2041, 2042),
# passage obstructed at a border or a port (144).
---  FREEZE   [---]  ---
- * ASSISTANCE                                      [162]
- * FUNDING                                         [162]
- * {ECONOMIC AID}                                  [1621]
- * {ECONOMIC ASSISTANCE}                           [1621]
- * {MILITARY AID}                                  [1622]
- * {MILITARY ASSISTANCE}                           [1622]
- * {HUMANITARIAN AID}                              [1623]
- * ASSETS                                          [163]

---  CANCEL   [---]  ---
- * MEDIATION                                       [165]
- * {MEDIATION EFFORTS}                             [165]
- * NEGOTIATIONS                                    [164]
- * SIEGE                                           [0872]
- * CURFEW                                          [0813]
- * {MILITARY ASSISTANCE}                           [1622]
- * {MILITARY AID}                                  [1622]
- * {ECONOMIC AID}                                  [1621]
- * {HUMANITARIAN AID}                              [1623]

---  FACILITATE   [060]  ---
- * BLOCKADE                                        [0872]
- * SIEGE                                           [0872]
- * CURFEW                                          [0813]
- * SANCTIONS                                       [085]
- * EMBARGO                                         [085]

---  LIFT   [---]  ---
- * SIEGE                                           [0872]
- * EMBARGO                                         [085]

---  DOWNGRADE   [---]  ---
DOWNGRADE {DOWNGRADES DOWNGRADED DOWNGRADING }
- * RELATIONS                                       [160]
- * TIES                                            [160]
- * {DIPLOMATIC RELATIONS}                          [161]
- * {DIPLOMATIC TIES}                               [161]

---  RE_ESTABLISH   [---]  ---
NORMALIZE {NORMALIZES NORMALIZED NORMALIZING }
NORMALISE {NORMALISES NORMALISED NORMALISING }
- * RELATIONS                                       [050]
- * TIES                                            [050]
- * COOPERATION                                     [050]
- * {DIPLOMATIC RELATIONS}                          [050]

---  RETURN   [---]  ---
- * BOAT                                            [0842]
- * BOATS                                           [0842]
- * VESSEL                                          [0842]
- * VESSELS                                         [0842]
- * SHIP                                            [0842]
- * SHIPS                                           [0842]
- * ASSETS                                          [0842]
- * ARTEFACTS                                       [0842]
- * ARTIFACTS                                       [0842]
- * REMAINS                                         [0842]
- * &HOSTAGE                                        [0841]
- * DETAINEES                                       [0841]

---  TURN_DOWN   [120]  ---
+TURN_DOWN {+TURNS_DOWN +TURNED_DOWN +TURNING_DOWN } [120]
- * REQUEST                                         [120]
- * OFFER                                           [120]
- * PROPOSAL                                        [120]

---  DISCOVER   [---]  ---
- * LIABLE                                          [116]
- * RESPONSIBLE                                     [116]

---  ARRANGE   [---]  ---
- * {HUNGER STRIKE}                                 [142]

---  SOUND   [---]  ---
- * PESSIMISM                                       [012]
- * OPTIMISM                                        [013]
- * CONDOLENCES                                     [018]
- * SYMPATHY                                        [018]

---  PERPETUATE   [---]  ---
- * ATROCITIES                                      [200]
- * MASSACRE                                        [202]
- * MASSACRES                                       [202]
- * GENOCIDE                                        [202]
- * {MASS KILLINGS}                                 [202]
- * {ETHNIC CLEANSING}                              [203]

---  UTILIZE   [---]  ---
- * {CHEMICAL WEAPONS}                              [2041]
- * {BIOLOGICAL WEAPONS}                            [2041]
- * {NUCLEAR WEAPONS}                               [2042]
- * WEAPONS (OF {MASS DESTRUCTION})                 [204]
- * {NERVE GAS}                                     [2041]

---  EXPLOSIVE_DESTRUCTION   [190]  ---
- * {NUCLEAR WEAPON}                                [2042]
- * {NUCLEAR DEVICE}                                [2042]
- * {NUCLEAR BOMB}                                  [2042]
- * {ATOMIC BOMB}                                   [2042]

---  OBSTRUCT   [---]  ---
- * BORDER                                          [144]
- * CROSSINGS                                       [144]
- * CROSSING                                        [144]
- * PORT                                            [144]
- * PORTS                                           [144]
- * ENTRANCE                                        [144]

---  DEMOBILIZE   [0873]  ---
DEMOBILIZE {DEMOBILIZES DEMOBILIZED DEMOBILIZING } [0873]
DEMOBILISE {DEMOBILISES DEMOBILISED DEMOBILISING } [0873]

# A crowd's violence is a riot (145): protesters, rioters, a mob clash, torch, hurl stones.
---  PHYSICAL_CONFLICT   [---]  ---
@CROWD_RIOT@

---  EXPLOSIVE_DESTRUCTION   [---]  ---
@CROWD_RIOT@

---  HURL   [---]  ---
@CROWD_RIOT@

# People beaten (182) or beaten to death (1823), crowds dispersed (175).
---  BEAT_PEOPLE   [---]  ---
BEAT {BEATS BEATEN BEATING }
- * PROTESTER                                     [182]
- * DEMONSTRATOR                                  [182]
- * MIGRANT                                       [182]
- * PRISONER                                      [182]
- * DETAINEE                                      [182]
- * JOURNALIST                                    [182]
- * STUDENT                                       [182]
- * ACTIVIST                                      [182]
- * CIVILIAN                                      [182]
- * WORKER                                        [182]
- * REFUGEE                                       [182]
- * VILLAGER                                      [182]
- * WOMAN                                         [182]
- * MAN                                           [182]
- * CHILD                                         [182]
- * SUPPORTER                                     [182]
- * OPPONENT                                      [182]
- * TOURIST                                       [182]
- * FAN                                           [182]
- * (TO DEATH)                                    [1823]

---  DISPERSE_CROWD   [---]  ---
DISPERSE {DISPERSES DISPERSED DISPERSING }
- * PROTESTER                                     [175]
- * DEMONSTRATOR                                  [175]
- * CROWD                                         [175]
- * MOB                                           [175]
- * RALLY                                         [175]
- * PROTEST                                       [175]
- * DEMONSTRATION                                 [175]
- * MARCH                                         [175]
- * ACTIVIST                                      [175]
- * STUDENT                                       [175]

# Foreigners let in (0861-0863): peacekeepers, inspectors and observers, aid convoys and the
# trucks and lorries that carry aid (not aid itself: the block's "approve" passes aid budgets).
---  ALLOW   [---]  ---
- * PEACEKEEPERS                                    [0861]
- * INSPECTORS                                      [0862]
- * OBSERVERS                                       [0862]
- * MONITORS                                        [0862]
- * CONVOYS                                         [0863]
- * {AID CONVOYS}                                   [0863]
- * {AID WORKERS}                                   [0863]
- * {HUMANITARIAN ACCESS}                           [0863]
- * {AID TRUCKS}                                    [0863]
- * {AID LORRIES}                                   [0863]
- * {AID SHIPMENTS}                                 [0863]
- * {AID DELIVERIES}                                [0863]
- * {RELIEF CONVOYS}                                [0863]

# Property damaged (1712) and freedoms restricted (1721): the verbs alone are too general.
---  DAMAGE_PROPERTY   [---]  ---
DAMAGE {DAMAGES DAMAGED DAMAGING }
VANDALIZE {VANDALIZES VANDALIZED VANDALIZING } [1712]
VANDALISE {VANDALISES VANDALISED VANDALISING } [1712]
- * PROPERTY                                        [1712]
- * HOMES                                           [1712]
- * HOUSES                                          [1712]
- * SHOPS                                           [1712]
- * BUILDINGS                                       [1712]
- * CHURCHES                                        [1712]
- * MOSQUES                                         [1712]

---  RESTRICT_FREEDOMS   [---]  ---
RESTRICT {RESTRICTS RESTRICTED RESTRICTING }
CURB {CURBS CURBED CURBING }
- * JOURNALISTS                                     [1721]
- * {PRESS FREEDOM}                                 [1721]
- * {FREE SPEECH}                                   [1721]
- * (OF JOURNALISTS)                                [1721]
- * (OF {THE PRESS})                                [1721]
- * (OF ASSEMBLY)                                   [1721]
- * MEDIA                                           [1721]

# Goods carried to someone (07x): arms and armour delivered, sent, shipped or flown are military
# aid (072); medicine, tents, blankets and relief supplies humanitarian aid (073).
---  BRING   [---]  ---
@GOODS@

---  SEND   [---]  ---
@GOODS@

---  FLY   [---]  ---
AIRDROP {AIRDROPS AIRDROPPED AIRDROPPING }
@GOODS@

# Aid announced or unveiled is aid given (07x): "announced $150 million in humanitarian assistance
# for Sudan", "unveiled a $400 million military aid package for Ukraine" (wire coding codes the
# announcement of aid as the aid).
---  UNVEIL_AID   [---]  ---
ANNOUNCE {ANNOUNCES ANNOUNCED ANNOUNCING }
UNVEIL {UNVEILS UNVEILED UNVEILING }
- * AID                                             [070]
- * ASSISTANCE                                      [070]
- * {ECONOMIC AID}                                  [071]
- * {ECONOMIC ASSISTANCE}                           [071]
- * {FINANCIAL AID}                                 [071]
- * {FINANCIAL ASSISTANCE}                          [071]
- * {MILITARY AID}                                  [072]
- * {MILITARY ASSISTANCE}                           [072]
- * {HUMANITARIAN AID}                              [073]
- * {HUMANITARIAN ASSISTANCE}                       [073]
- * {EMERGENCY AID}                                 [073]
- * {RELIEF AID}                                    [073]
- * {FOOD AID}                                      [073]

# An embargo or a blockade imposed (163, 191); suspects handed over (063, as "extradite").
---  IMPOSE   [---]  ---
- * EMBARGO                                         [163]
- * {ARMS EMBARGO}                                  [163]
- * {TRADE EMBARGO}                                 [163]
- * BOYCOTT                                         [163]
- * BLOCKADE                                        [191]
- * {NAVAL BLOCKADE}                                [191]
- * SIEGE                                           [191]

---  GRANT   [---]  ---
# time given to act, an ultimatum (139): "gave Iran 60 days to comply" (events.py asks for the
# infinitive of what is to be done; "gave reporters two hours of his time" is none)
- * DAYS                                            [139]
- * WEEKS                                           [139]
- * MONTHS                                          [139]
- * DEADLINE                                        [139]
- * &SUSPECT                                        [063]
- * SUSPECTS                                        [063]
- * FUGITIVE                                        [063]
- * FUGITIVES                                       [063]

# A court finding someone guilty is a verdict (116), not an arrest (the source's 173).
---  DISCOVER   [---]  ---
- * GUILTY                                          [116]

# Chemical weapons used (2041): the gases by name.
---  UTILIZE   [---]  ---
- * {CHLORINE GAS}                                  [2041]
- * CHLORINE                                        [2041]
- * {POISON GAS}                                    [2041]
- * {TOXIC GAS}                                     [2041]
- * {MUSTARD GAS}                                   [2041]
- * SARIN                                           [2041]
- * &WMD                                            [204]

# Emergency rule or a curfew declared (1724, 1723), as the dictionary has it for "impose".
---  DECREE   [---]  ---
- * MARTIAL_LAW                                     [1724]
- * {MARTIAL LAW}                                   [1724]
- * STATE (OF EMERGENCY)                            [1724]
- * EMERGENCY                                       [1724]
- * {EMERGENCY RULE}                                [1724]
- * CURFEW                                          [1723]

# Crowd-control weapons fired or used on people (175, repression), not an attack with arms (19x):
# "fired water cannon at a supply boat", "used rubber bullets against protesters".
---  EXPLOSIVE_DESTRUCTION   [---]  ---
@CROWD_WEAPONS@
@FIRED_WEAPONS@

---  UTILIZE   [---]  ---
@CROWD_WEAPONS@
@WAR_WEAPONS@
"""

# The crowds whose clashes, torchings and stone-throwing are a riot (145), one subject line each.
RIOTING_CROWDS = (
    "RIOTER",
    "PROTESTER",
    "DEMONSTRATOR",
    "MOB",
    "CROWD",
    "YOUTH",
    "STUDENT",
    "ACTIVIST",
    "MARCHER",
    "VILLAGER",
    "FARMER",
    "FISHERMAN",
    "TRUCKER",
    "STRIKER",
    "SUPPORTER",
)
SUPPLEMENT = SUPPLEMENT.replace(
    "@CROWD_RIOT@", "\n".join(f"- {noun} *".ljust(50) + "[145]" for noun in RIOTING_CROWDS)
)

# The goods whose delivery to someone is aid (072 arms, 073 relief), one object line each.
MILITARY_GOODS = (
    "&WEAPON",
    "ARMS",
    "TANKS",
    "{ARMOURED VEHICLES}",
    "{ARMORED VEHICLES}",
    "{MILITARY EQUIPMENT}",
    "{MILITARY HARDWARE}",
    "MUNITIONS",
    "SHELLS",
    "DRONES",
    "{AIR DEFENCE SYSTEMS}",
    "{AIR DEFENSE SYSTEMS}",
)
RELIEF_GOODS = (
    "MEDICINE",
    "MEDICINES",
    "{MEDICAL SUPPLIES}",
    "{MEDICAL EQUIPMENT}",
    "{RELIEF SUPPLIES}",
    "{HUMANITARIAN SUPPLIES}",
    "{HUMANITARIAN AID}",
    "{EMERGENCY SUPPLIES}",
    "{FOOD AID}",
    "&FOOD",
    "TENTS",
    "BLANKETS",
    "VACCINES",
    "{DRINKING WATER}",
)
SUPPLEMENT = SUPPLEMENT.replace(
    "@GOODS@",
    "\n".join(
        [f"- * {noun}".ljust(50) + "[072]" for noun in MILITARY_GOODS]
        + [f"- * {noun}".ljust(50) + "[073]" for noun in RELIEF_GOODS]
    ),
)

# Weapons of crowd control, one object line each (175, "use tactics of violent repression").
CROWD_WEAPONS = (
    "{WATER CANNON}",
    "{WATER CANNONS}",
    "{TEAR GAS}",
    "{RUBBER BULLETS}",
    "{PLASTIC BULLETS}",
    "{STUN GRENADES}",
    "{PEPPER SPRAY}",
    "{SOUND CANNON}",
    "BATONS",
)
SUPPLEMENT = SUPPLEMENT.replace(
    "@CROWD_WEAPONS@", "\n".join(f"- * {noun}".ljust(50) + "[175]" for noun in CROWD_WEAPONS)
)

# Weapons of war used on someone: guns of artillery and armour are 194 (fight with artillery and
# tanks), aircraft and missiles 195 (employ aerial weapons), not crowd control (175) nor the
# block's 190: "used artillery against Armenia", "fired mortars at the border towns" (a missile
# fired at no one, "fired two missiles into the sea", is a test: the lexicon's 150).
ARTILLERY_WEAPONS = (
    "ARTILLERY",
    "MORTARS",
    "{MORTAR SHELLS}",
    "{MORTAR ROUNDS}",
    "HOWITZERS",
    "TANKS",
    "{HEAVY WEAPONS}",
    "{HEAVY ARTILLERY}",
    "{ROCKET LAUNCHERS}",
)
AERIAL_WEAPONS = (
    "MISSILES",
    "{CRUISE MISSILES}",
    "{BALLISTIC MISSILES}",
    "WARPLANES",
    "{FIGHTER JETS}",
    "BOMBERS",
    "DRONES",
    "{ATTACK DRONES}",
    "{COMBAT DRONES}",
    "{HELICOPTER GUNSHIPS}",
    "GUNSHIPS",
)
SUPPLEMENT = SUPPLEMENT.replace(
    "@WAR_WEAPONS@",
    "\n".join(
        # (only with someone it is used against or on: "was cheaper than using tanks" is no fight;
        # the preposition outweighs the source's "* &weapon" [175], which names artillery)
        [
            f"- * {noun} ({prep})".ljust(50) + "[194]"
            for noun in ARTILLERY_WEAPONS
            for prep in ("AGAINST", "ON")
        ]
        + [
            f"- * {noun} ({prep})".ljust(50) + "[195]"
            for noun in AERIAL_WEAPONS
            for prep in ("AGAINST", "ON")
        ]
    ),
)
# Shells and missiles fired at someone (the same kinds of fight).
FIRED_WEAPONS = (
    ("MISSILES", "195"),
    ("{CRUISE MISSILES}", "195"),
    ("{BALLISTIC MISSILES}", "195"),
    ("MORTARS", "194"),
    ("{MORTAR SHELLS}", "194"),
    ("{MORTAR ROUNDS}", "194"),
    ("{ARTILLERY SHELLS}", "194"),
)
SUPPLEMENT = SUPPLEMENT.replace(
    "@FIRED_WEAPONS@",
    "\n".join(
        f"- * {noun} ({prep})".ljust(50) + f"[{code}]"
        for noun, code in FIRED_WEAPONS
        for prep in ("AT", "ON")  # (not "into": "fired two missiles into the sea" is a test)
    ),
)

LICENCE = """\
# Converted from CAMEO.2.0.txt, the CAMEO verb pattern dictionary of PETRARCH-2
# (openeventdata/petrarch2, petrarch2/data/dictionaries, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf),
# by tools/build_verbs.py. Do not edit by hand: change the converter and rerun it.
#
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# Format (tab-separated; newsgraph/data/README.md has the details):
#   S  name   entries             a synonym set; entries are words, "a+b" = consecutive words
#   B  block  code  verbs         a synonym block: its default code and its verbs, "verb=code"
#                                 for a verb's own code, "call_off" for a verb with its particle
#   P  block  subject  object  preps  code
#                                 a pattern of the block above: items that must be on the
#                                 subject side, on the object side, and preposition phrases
#                                 "to:border" ("to:" a bare preposition; "on:a,b" two words)
"""


@dataclass
class Pattern:
    subject: list[str]
    obj: list[str]
    preps: list[str]
    code: str


@dataclass
class Block:
    name: str
    code: str
    verbs: list[str] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


def strip_comment(line: str) -> str:
    """The line without '#' or legacy ';' comments."""
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def word(raw: str) -> str:
    """A dictionary word in our spelling: lower case; '_' or spaces join consecutive words
    with '+'; a trailing '_' (PETRARCH's "no plural") dropped."""
    parts = [p for p in re.split(r"[_\s]+", raw.strip().lower()) if p]
    return "+".join(parts)


CODE = re.compile(r"\[([^\]]*)\]")


def normal_code(raw: str, known: frozenset[str]) -> str | None:
    """'0841', '042:043', ':054' or '---'; None when a part is not a CAMEO code."""
    raw = raw.strip()
    if raw.startswith("---") or raw == "":
        return "---"
    parts = raw.split(":")
    if len(parts) > 2 or any(p and p not in known for p in parts) or not any(parts):
        return None
    return ":".join(parts)


def tokenize(body: str) -> list[str]:
    """Pattern text to tokens: '{...}' and '(...)' groups kept whole."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+", body)


def item(token: str, synsets: dict[str, list[str]]) -> str | None:
    """One pattern item in our spelling; None for an actor marker; raises KeyError for an
    undefined synonym set."""
    if token in MARKERS:
        return None
    if token.startswith("{"):
        words = [w for w in token[1:-1].split() if w not in MARKERS]
        out = [item(w, synsets) for w in words]
        return "+".join(w for w in out if w)
    if token.startswith("&"):
        name = token[1:].rstrip("_").lower()
        if name not in synsets:
            raise KeyError(name)
        return "&" + name
    return word(token)


def parse_pattern(body: str, code: str, synsets: dict[str, list[str]]) -> Pattern | None:
    tokens = tokenize(body)
    if "*" not in tokens and "**" not in tokens:
        return None
    star = next(i for i, t in enumerate(tokens) if t in ("*", "**"))
    subject: list[str] = []
    for tok in tokens[:star]:
        # "DELIVERY (OF &FOOD) *": the subject's own phrase; its words count, not the preposition
        inner = tokenize(tok[1:-1])[1:] if tok.startswith("(") else [tok]
        subject += [w for t in inner if (w := item(t, synsets))]
    obj: list[str] = []
    preps: list[str] = []
    open_prep: list[str] | None = None  # a bare preposition takes the bare words after it

    def close() -> None:
        nonlocal open_prep
        if open_prep is not None:
            preps.append(open_prep[0] + ":" + ",".join(open_prep[1:]))
            open_prep = None

    for tok in tokens[star + 1 :]:
        if tok.startswith("("):
            close()
            inner = tokenize(tok[1:-1])
            if not inner:
                continue
            head = word(inner[0])
            rest = [w for t in inner[1:] if (w := item(t, synsets))]
            preps.append(head + ":" + ",".join(rest))
            continue
        w = item(tok, synsets)
        if not w:
            continue
        if w in PREPOSITIONS and w not in PARTICLES:
            close()
            open_prep = [w]
        elif open_prep is not None:
            open_prep.append(w)
        else:
            obj.append(w)
    close()
    return Pattern(subject, obj, preps, code)


def parse(text: str, known: frozenset[str], out: Dictionary | None = None) -> Dictionary:
    """Read a PETRARCH verb dictionary (into ``out``, to add to one already read: a pattern
    with the same words as one of ``out`` then replaces it)."""
    supplement = out is not None
    out = out if out is not None else Dictionary()
    # Whole-line comments are skipped; a blank line ends a synonym set.
    lines = [strip_comment(line) for line in text.splitlines() if not line.lstrip().startswith("#")]
    synset: list[str] | None = None
    block: Block | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            synset = None
            continue
        if stripped.startswith("~") or stripped.startswith("####"):
            continue  # TRANSFORMATIONS: rules over coded events, not verb patterns
        if stripped.startswith("&"):
            name = stripped[1:].split()[0].rstrip("_").lower()
            synset = out.synsets.setdefault(name, [])
            block = None
            continue
        if synset is not None and stripped.startswith("+"):
            synset.append(word(stripped[1:]))
            continue
        if stripped.startswith("---"):
            # "---  CANCEL   [---]  ---", also "---  DELAY   [120]---  ---"
            name = stripped.strip("- ").split()[0] if stripped.strip("- ") else "?"
            m = CODE.search(stripped)
            code = normal_code(m.group(1), known) if m else "---"
            key = word(name).replace("+", "_")
            block = next((b for b in out.blocks if b.name == key), None)
            if block is None:  # a block named again (the supplement) adds to the first
                block = Block(key, code or "---")
                out.blocks.append(block)
            synset = None
            continue
        if block is None:
            out.skipped["line outside a block"] += 1
            continue
        if stripped.startswith("-"):
            m = CODE.search(stripped)
            if m is None:
                out.skipped["pattern without a code"] += 1
                continue
            code = normal_code(m.group(1), known)
            if code is None:
                out.skipped["pattern with an unknown code"] += 1
                continue
            body = stripped[1 : m.start()]
            try:
                pattern = parse_pattern(body, code, out.synsets)
            except KeyError:
                out.skipped["pattern with an undefined synonym set"] += 1
                continue
            if pattern is None:
                out.skipped["pattern without '*'"] += 1
                continue
            if not (pattern.subject or pattern.obj or pattern.preps):
                out.skipped["pattern with no words"] += 1
                continue
            same = (pattern.subject, pattern.obj, pattern.preps)
            if supplement:
                # the supplement's pattern of the same words corrects the source's ("found guilty")
                block.patterns = [p for p in block.patterns if (p.subject, p.obj, p.preps) != same]
            block.patterns.append(pattern)
            continue
        # A verb line: WORD {forms} [code]  or  +MULTI_WORD {forms} [code]
        m = CODE.search(stripped)
        own = normal_code(m.group(1), known) if m else None
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", stripped).strip().lstrip("+").strip()
        if not head or not re.fullmatch(r"[A-Za-z'_ -]+", head):
            out.skipped["unreadable verb line"] += 1
            continue
        parts = word(head).split("+")
        if parts[0] in BE and len(parts) > 1:
            parts = parts[1:]  # "IS_DETERMINED": the participle carries the meaning
        verb = "_".join(parts)
        block.verbs.append(f"{verb}={own}" if own else verb)
    return out


def render(dictionary: Dictionary, source: str) -> str:
    lines = [LICENCE.rstrip("\n"), f"# version {FORMAT_VERSION}; source {source}", ""]
    for name, entries in dictionary.synsets.items():
        lines.append("\t".join(["S", name, " ".join(dict.fromkeys(entries))]))
    for block in dictionary.blocks:
        if not block.verbs:
            continue
        lines.append("\t".join(["B", block.name, block.code, " ".join(dict.fromkeys(block.verbs))]))
        seen: set[tuple[str, ...]] = set()
        for p in block.patterns:
            row = ("P", block.name, " ".join(p.subject), " ".join(p.obj), " ".join(p.preps), p.code)
            if row in seen:
                continue
            seen.add(row)
            lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def known_codes(path: Path = CODES) -> frozenset[str]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(r.split("\t")[0] for r in rows if r and not r.startswith("#"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="CAMEO.2.0.txt")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = args.source.read_text(encoding="utf-8", errors="replace")
    dictionary = parse(SUPPLEMENT, known_codes(), parse(text, known_codes()))
    args.output.write_text(
        render(dictionary, args.source.name + " + the supplement in tools/build_verbs.py"), encoding="utf-8"
    )
    patterns = sum(len(b.patterns) for b in dictionary.blocks)
    verbs = sum(len(b.verbs) for b in dictionary.blocks)
    print(
        f"{args.output}: {len(dictionary.synsets)} synonym sets, {len(dictionary.blocks)} blocks, "
        f"{verbs} verbs, {patterns} patterns",
        file=sys.stderr,
    )
    for reason, n in sorted(dictionary.skipped.items()):
        print(f"  left out: {n} {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

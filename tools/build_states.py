"""Generate ``newsgraph/data/states.json`` from pycountry plus the supplement below.

pycountry gives every ISO 3166-1 entry (alpha-3, alpha-2, name, official and common
name) and the ISO 3166-3 codes of the historical states news still writes about.
Everything news text adds on top (the label a newsroom uses, abbreviations,
demonyms, capitals and seats of government, forms that are deliberately left
ambiguous, regions that are not states) is kept by hand in this file, so the
knowledge is reviewable in one diff.

Usage::

    python tools/build_states.py                    # rewrite the committed file
    python tools/build_states.py --output /tmp/s.json

The output is deterministic: the same pycountry version gives the same bytes.
The script fails (non-zero exit) if the supplement names an unknown code or if a
surface form would map to two different states.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

from newsgraph.extractors.states import fold

OUTPUT = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "states.json"
FORMAT_VERSION = 1

# ISO 3166-1 entries that are dependent territories, not sovereign states (the
# other 196 are the 193 UN members, the two UN observers and Taiwan).
TERRITORIES = frozenset(
    [
        "ABW",
        "AIA",
        "ALA",
        "ASM",
        "ATA",
        "ATF",
        "BES",
        "BLM",
        "BMU",
        "BVT",
        "CCK",
        "COK",
        "CUW",
        "CXR",
        "CYM",
        "ESH",
        "FLK",
        "FRO",
        "GGY",
        "GIB",
        "GLP",
        "GRL",
        "GUF",
        "GUM",
        "HKG",
        "HMD",
        "IMN",
        "IOT",
        "JEY",
        "MAC",
        "MAF",
        "MNP",
        "MSR",
        "MTQ",
        "MYT",
        "NCL",
        "NFK",
        "NIU",
        "PCN",
        "PRI",
        "PYF",
        "REU",
        "SGS",
        "SHN",
        "SJM",
        "SPM",
        "SXM",
        "TCA",
        "TKL",
        "UMI",
        "VGB",
        "VIR",
        "WLF",
    ]
)

# Historical states (ISO 3166-3 codes) and states outside ISO 3166-1 that news writes about:
# iso3 -> (iso2, status, label). Kosovo uses the user-assigned XK/XKX codes most data sets use.
EXTRA_STATES = {
    "SUN": ("SU", "historic", "Soviet Union"),
    "YUG": ("YU", "historic", "Yugoslavia"),
    "DDR": ("DD", "historic", "East Germany"),
    "CSK": ("CS", "historic", "Czechoslovakia"),
    "XKX": ("XK", "state", "Kosovo"),
}

# The label a newsroom uses, where pycountry's common_name/name is not it.
LABELS = {
    "BES": "Caribbean Netherlands",
    "BRN": "Brunei",
    "CCK": "Cocos Islands",
    "CIV": "Ivory Coast",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "MAC": "Macau",
    "MAF": "Saint Martin",
    "PCN": "Pitcairn Islands",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "SXM": "Sint Maarten",
    "TLS": "East Timor",
    "TUR": "Turkey",
    "VAT": "Vatican",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
}

# Further names and spelling variants (no leading "the": lookups strip it).
NAMES = {
    "BHS": "Bahamas",
    "BIH": "Bosnia|Bosnia-Herzegovina",
    "CHN": "Mainland China",
    "CIV": "Côte d'Ivoire|Cote d'Ivoire",
    "COD": "Democratic Republic of the Congo|Democratic Republic of Congo|Congo-Kinshasa|Zaire",
    "KHM": "Kampuchea|Democratic Kampuchea",
    "LKA": "Ceylon",
    "THA": "Siam",
    "BFA": "Upper Volta",
    "BEN": "Dahomey",
    "COG": "Republic of Congo|Congo-Brazzaville|Congo Republic",
    "CPV": "Cabo Verde",
    "CUW": "Curacao",
    "CZE": "Czechia",
    "DEU": "West Germany",
    "FLK": "Falklands|Malvinas",
    "GBR": "Britain|Great Britain",
    "GEO": "Republic of Georgia",
    "IRN": "Persia",
    "JEY": "Bailiwick of Jersey",
    "KNA": "St Kitts and Nevis|St. Kitts and Nevis|St Kitts",
    "KOR": "Republic of Korea|Korea, South",
    "LAO": "Lao PDR",
    "LCA": "St Lucia|St. Lucia",
    "MAC": "Macao",
    "MKD": "Former Yugoslav Republic of Macedonia",
    "MMR": "Burma",
    "NLD": "Holland",
    "PRK": "Korea, North",
    "PSE": "Palestinian Territories|Occupied Palestinian Territories",
    "REU": "Reunion",
    "SAU": "Kingdom of Saudi Arabia",
    "STP": "São Tomé and Príncipe",
    "SWZ": "Swaziland",
    "TLS": "Timor-Leste",
    "TUR": "Türkiye|Turkiye|Republic of Turkey",
    "TWN": "Republic of China|Chinese Taipei",
    "USA": "United States of America|America",
    "VAT": "Vatican City|Holy See|Vatican City State",
    "VCT": "St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent",
    "VIR": "U.S. Virgin Islands",
    "VNM": "Socialist Republic of Vietnam",
    "SUN": "Union of Soviet Socialist Republics",
    "YUG": "Socialist Federal Republic of Yugoslavia|Federal Republic of Yugoslavia",
    "DDR": "German Democratic Republic",
    "XKX": "Republic of Kosovo",
}

# Short forms matched case-sensitively, exactly as written ("us" is a pronoun).
ABBREVIATIONS = {
    "ARE": "UAE|U.A.E.",
    "BIH": "BiH",
    "CHN": "PRC",
    "COD": "DRC",
    "DDR": "GDR",
    "DEU": "FRG",
    "GBR": "UK|U.K.",
    "KOR": "ROK",
    "MKD": "FYROM",
    "NZL": "NZ",
    "PRK": "DPRK",
    "SAU": "KSA",
    "SUN": "USSR|U.S.S.R.",
    "USA": "US|U.S.|USA|U.S.A.",
}

# Adjectives and nouns for the people, singular and plural (no leading "the").
DEMONYMS = {
    "ABW": "Aruban|Arubans",
    "AFG": "Afghan|Afghans",
    "AGO": "Angolan|Angolans",
    "ALB": "Albanian|Albanians",
    "AND": "Andorran|Andorrans",
    "ARE": "Emirati|Emiratis",
    "ARG": "Argentine|Argentines|Argentinian|Argentinians|Argentinean",
    "ARM": "Armenian|Armenians",
    "AUS": "Australian|Australians",
    "AUT": "Austrian|Austrians",
    "AZE": "Azerbaijani|Azerbaijanis|Azeri|Azeris",
    "BDI": "Burundian|Burundians",
    "BEL": "Belgian|Belgians",
    "BEN": "Beninese",
    "BFA": "Burkinabe|Burkinabè",
    "BGD": "Bangladeshi|Bangladeshis",
    "BGR": "Bulgarian|Bulgarians",
    "BHR": "Bahraini|Bahrainis",
    "BHS": "Bahamian|Bahamians",
    "BIH": "Bosnian|Bosnians",
    "BLR": "Belarusian|Belarusians|Belarussian|Belarusan|Belarusans",
    "BLZ": "Belizean|Belizeans",
    "BMU": "Bermudian|Bermudians",
    "BOL": "Bolivian|Bolivians",
    "BRA": "Brazilian|Brazilians",
    "BRB": "Barbadian|Barbadians",
    "BRN": "Bruneian|Bruneians",
    "BTN": "Bhutanese",
    "BWA": "Botswanan|Botswanans|Motswana|Batswana",
    "CAF": "Central African|Central Africans",
    "CAN": "Canadian|Canadians",
    "CHE": "Swiss",
    "CHL": "Chilean|Chileans",
    "CHN": "Chinese",
    "CIV": "Ivorian|Ivorians|Ivoirian|Ivoirians",
    "CMR": "Cameroonian|Cameroonians",
    "COL": "Colombian|Colombians",
    "COM": "Comoran|Comorian|Comorians",
    "CPV": "Cape Verdean|Cape Verdeans",
    "CRI": "Costa Rican|Costa Ricans",
    "CSK": "Czechoslovak|Czechoslovakian|Czechoslovaks",
    "CUB": "Cuban|Cubans",
    "CYM": "Caymanian|Caymanians",
    "CYP": "Cypriot|Cypriots",
    "CZE": "Czech|Czechs",
    "DDR": "East German|East Germans",
    "DEU": "German|Germans|West German|West Germans",
    "DJI": "Djiboutian|Djiboutians",
    "DNK": "Danish|Dane|Danes",
    "DZA": "Algerian|Algerians",
    "ECU": "Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans",
    "EGY": "Egyptian|Egyptians",
    "ERI": "Eritrean|Eritreans",
    "ESP": "Spanish|Spaniard|Spaniards",
    "EST": "Estonian|Estonians",
    "ETH": "Ethiopian|Ethiopians",
    "FIN": "Finnish|Finn|Finns",
    "FJI": "Fijian|Fijians",
    "FRA": "French|Frenchman|Frenchmen|Frenchwoman",
    "FRO": "Faroese",
    "GAB": "Gabonese",
    "GBR": "British|Briton|Britons|Brits",
    "GHA": "Ghanaian|Ghanaians",
    "GIB": "Gibraltarian|Gibraltarians",
    "GIN": "Guinean|Guineans",
    "GMB": "Gambian|Gambians",
    "GNB": "Bissau-Guinean|Bissau-Guineans",
    "GNQ": "Equatorial Guinean|Equatorial Guineans",
    "GRC": "Greek|Greeks",
    "GRD": "Grenadian|Grenadians",
    "GRL": "Greenlandic|Greenlander|Greenlanders",
    "GTM": "Guatemalan|Guatemalans",
    "GUY": "Guyanese",
    "HKG": "Hong Konger|Hong Kongers",
    "HND": "Honduran|Hondurans",
    "HRV": "Croatian|Croatians|Croat|Croats",
    "HTI": "Haitian|Haitians",
    "HUN": "Hungarian|Hungarians",
    "IDN": "Indonesian|Indonesians",
    "IND": "Indian|Indians",
    "IRL": "Irish|Irishman|Irishmen|Irishwoman",
    "IRN": "Iranian|Iranians",
    "IRQ": "Iraqi|Iraqis",
    "ISL": "Icelandic|Icelander|Icelanders",
    "ISR": "Israeli|Israelis",
    "ITA": "Italian|Italians",
    "JAM": "Jamaican|Jamaicans",
    "JOR": "Jordanian|Jordanians",
    "JPN": "Japanese",
    "KAZ": "Kazakh|Kazakhs|Kazakhstani|Kazakhstanis",
    "KEN": "Kenyan|Kenyans",
    "KGZ": "Kyrgyz|Kyrgyzstani|Kyrgyzstanis",
    "KHM": "Cambodian|Cambodians|Kampuchean|Kampucheans",
    "KOR": "South Korean|South Koreans",
    "KWT": "Kuwaiti|Kuwaitis",
    "LAO": "Laotian|Laotians",
    "LBN": "Lebanese",
    "LBR": "Liberian|Liberians",
    "LBY": "Libyan|Libyans",
    "LIE": "Liechtensteiner|Liechtensteiners",
    "LKA": "Sri Lankan|Sri Lankans|Ceylonese",
    "LTU": "Lithuanian|Lithuanians",
    "LUX": "Luxembourgish|Luxembourger|Luxembourgers",
    "LVA": "Latvian|Latvians",
    "MAR": "Moroccan|Moroccans",
    "MCO": "Monegasque|Monegasques",
    "MDA": "Moldovan|Moldovans",
    "MDG": "Malagasy",
    "MDV": "Maldivian|Maldivians",
    "MEX": "Mexican|Mexicans",
    "MKD": "North Macedonian|North Macedonians",
    "MLI": "Malian|Malians",
    "MLT": "Maltese",
    "MMR": "Burmese",
    "MNE": "Montenegrin|Montenegrins",
    "MNG": "Mongolian|Mongolians",
    "MOZ": "Mozambican|Mozambicans",
    "MRT": "Mauritanian|Mauritanians",
    "MUS": "Mauritian|Mauritians",
    "MWI": "Malawian|Malawians",
    "MYS": "Malaysian|Malaysians",
    "NAM": "Namibian|Namibians",
    "NER": "Nigerien|Nigeriens",
    "NGA": "Nigerian|Nigerians",
    "NIC": "Nicaraguan|Nicaraguans",
    "NLD": "Dutch|Dutchman|Dutchmen|Netherlander|Netherlanders",
    "NOR": "Norwegian|Norwegians",
    "NPL": "Nepali|Nepalis|Nepalese",
    "NZL": "New Zealander|New Zealanders",
    "OMN": "Omani|Omanis",
    "PAK": "Pakistani|Pakistanis",
    "PAN": "Panamanian|Panamanians",
    "PER": "Peruvian|Peruvians",
    "PHL": "Filipino|Filipinos|Filipina|Philippine",
    "PNG": "Papua New Guinean|Papua New Guineans",
    "POL": "Polish|Poles",
    "PRI": "Puerto Rican|Puerto Ricans",
    "PRK": "North Korean|North Koreans",
    "PRT": "Portuguese",
    "PRY": "Paraguayan|Paraguayans",
    "PSE": "Palestinian|Palestinians",
    "QAT": "Qatari|Qataris",
    "ROU": "Romanian|Romanians",
    "RUS": "Russian|Russians",
    "RWA": "Rwandan|Rwandans",
    "SAU": "Saudi|Saudis|Saudi Arabian|Saudi Arabians",
    "SDN": "Sudanese",
    "SEN": "Senegalese",
    "SGP": "Singaporean|Singaporeans",
    "SLE": "Sierra Leonean|Sierra Leoneans",
    "SLV": "Salvadoran|Salvadorans|Salvadorean|Salvadoreans",
    "SOM": "Somali|Somalis|Somalian|Somalians",
    "SRB": "Serbian|Serbians|Serb|Serbs",
    "SSD": "South Sudanese",
    "SUN": "Soviet|Soviets",
    "SUR": "Surinamese",
    "SVK": "Slovak|Slovaks|Slovakian",
    "SVN": "Slovenian|Slovenians|Slovene|Slovenes",
    "SWE": "Swedish|Swede|Swedes",
    "SWZ": "Swazi|Swazis",
    "SYC": "Seychellois",
    "SYR": "Syrian|Syrians",
    "TCD": "Chadian|Chadians",
    "TGO": "Togolese",
    "THA": "Thai|Thais",
    "TJK": "Tajik|Tajiks|Tajikistani",
    "TKM": "Turkmen|Turkmenistani",
    "TLS": "Timorese|East Timorese",
    "TON": "Tongan|Tongans",
    "TTO": "Trinidadian|Trinidadians",
    "TUN": "Tunisian|Tunisians",
    "TUR": "Turkish|Turk|Turks",
    "TWN": "Taiwanese",
    "TZA": "Tanzanian|Tanzanians",
    "UGA": "Ugandan|Ugandans",
    "UKR": "Ukrainian|Ukrainians",
    "URY": "Uruguayan|Uruguayans",
    "USA": "American|Americans",
    "UZB": "Uzbek|Uzbeks|Uzbekistani",
    "VEN": "Venezuelan|Venezuelans",
    "VNM": "Vietnamese",
    "WSM": "Samoan|Samoans",
    "XKX": "Kosovar|Kosovars|Kosovan|Kosovans",
    "YEM": "Yemeni|Yemenis",
    "YUG": "Yugoslav|Yugoslavs|Yugoslavian",
    "ZAF": "South African|South Africans",
    "ZMB": "Zambian|Zambians",
    "ZWE": "Zimbabwean|Zimbabweans",
    "ATG": "Antiguan|Antiguans|Barbudan|Barbudans",
    "FSM": "Micronesian|Micronesians",
    "KIR": "I-Kiribati",
    "KNA": "Kittitian|Kittitians|Nevisian|Nevisians",
    "LCA": "Saint Lucian|Saint Lucians|St Lucian|St Lucians",
    "LSO": "Basotho|Mosotho",
    "MHL": "Marshallese",
    "NRU": "Nauruan|Nauruans",
    "PLW": "Palauan|Palauans",
    "SLB": "Solomon Islander|Solomon Islanders",
    "SMR": "Sammarinese",
    "STP": "Sao Tomean|Sao Tomeans|Santomean|Santomeans",
    "TUV": "Tuvaluan|Tuvaluans",
    "VCT": "Vincentian|Vincentians",
    "VUT": "Ni-Vanuatu",
}

# Capital cities (and the seat of government where it differs), used as metonyms.
CAPITALS = {
    "AFG": "Kabul",
    "AGO": "Luanda",
    "ALB": "Tirana",
    "ARE": "Abu Dhabi",
    "ARG": "Buenos Aires",
    "ARM": "Yerevan",
    "AUS": "Canberra",
    "AUT": "Vienna",
    "AZE": "Baku",
    "BDI": "Gitega",
    "BFA": "Ouagadougou",
    "BGD": "Dhaka",
    "BGR": "Sofia",
    "BHR": "Manama",
    "BHS": "Nassau",
    "BIH": "Sarajevo",
    "BLR": "Minsk",
    "BOL": "La Paz|Sucre",
    "BRA": "Brasilia|Brasília",
    "BTN": "Thimphu",
    "BWA": "Gaborone",
    "CAF": "Bangui",
    "CAN": "Ottawa",
    "CHE": "Bern|Berne",
    "CHL": "Santiago",
    "CHN": "Beijing|Peking",
    "CIV": "Yamoussoukro|Abidjan",
    "CMR": "Yaounde|Yaoundé",
    "COD": "Kinshasa",
    "COG": "Brazzaville",
    "COL": "Bogota|Bogotá",
    "CUB": "Havana",
    "CYP": "Nicosia",
    "CZE": "Prague",
    "DEU": "Berlin",
    "DJI": "Djibouti",
    "DNK": "Copenhagen",
    "DOM": "Santo Domingo",
    "DZA": "Algiers",
    "ECU": "Quito",
    "EGY": "Cairo",
    "ERI": "Asmara",
    "ESP": "Madrid",
    "EST": "Tallinn",
    "ETH": "Addis Ababa",
    "FIN": "Helsinki",
    "FRA": "Paris",
    "GAB": "Libreville",
    "GBR": "London",
    "GEO": "Tbilisi",
    "GHA": "Accra",
    "GIN": "Conakry",
    "GMB": "Banjul",
    "GRC": "Athens",
    "GTM": "Guatemala City",
    "HND": "Tegucigalpa",
    "HRV": "Zagreb",
    "HTI": "Port-au-Prince",
    "HUN": "Budapest",
    "IDN": "Jakarta",
    "IND": "New Delhi",
    "IRL": "Dublin",
    "IRN": "Tehran|Teheran",
    "IRQ": "Baghdad",
    "ISL": "Reykjavik",
    "ISR": "Jerusalem",
    "ITA": "Rome",
    "JAM": "Kingston",
    "JOR": "Amman",
    "JPN": "Tokyo",
    "KAZ": "Astana",
    "KEN": "Nairobi",
    "KGZ": "Bishkek",
    "KHM": "Phnom Penh",
    "KOR": "Seoul",
    "KWT": "Kuwait City",
    "LAO": "Vientiane",
    "LBN": "Beirut",
    "LBR": "Monrovia",
    "LBY": "Tripoli",
    "LKA": "Colombo",
    "LTU": "Vilnius",
    "LUX": "Luxembourg",
    "LVA": "Riga",
    "MAR": "Rabat",
    "MDA": "Chisinau|Chișinău",
    "MDG": "Antananarivo",
    "MEX": "Mexico City",
    "MKD": "Skopje",
    "MLI": "Bamako",
    "MLT": "Valletta",
    "MMR": "Naypyidaw|Naypyitaw",
    "MNE": "Podgorica",
    "MNG": "Ulaanbaatar|Ulan Bator",
    "MOZ": "Maputo",
    "MRT": "Nouakchott",
    "MWI": "Lilongwe",
    "MYS": "Kuala Lumpur|Putrajaya",
    "NAM": "Windhoek",
    "NER": "Niamey",
    "NGA": "Abuja",
    "NIC": "Managua",
    "NLD": "Amsterdam",
    "NOR": "Oslo",
    "NPL": "Kathmandu",
    "NZL": "Wellington",
    "OMN": "Muscat",
    "PAK": "Islamabad",
    "PAN": "Panama City",
    "PER": "Lima",
    "PHL": "Manila",
    "PNG": "Port Moresby",
    "POL": "Warsaw",
    "PRK": "Pyongyang",
    "PRT": "Lisbon",
    "PRY": "Asuncion|Asunción",
    "PSE": "Ramallah",
    "QAT": "Doha",
    "ROU": "Bucharest",
    "RUS": "Moscow",
    "RWA": "Kigali",
    "SAU": "Riyadh",
    "SDN": "Khartoum",
    "SEN": "Dakar",
    "SLE": "Freetown",
    "SLV": "San Salvador",
    "SOM": "Mogadishu",
    "SRB": "Belgrade",
    "SSD": "Juba",
    "SVK": "Bratislava",
    "SVN": "Ljubljana",
    "SWE": "Stockholm",
    "SYR": "Damascus",
    "TCD": "N'Djamena|Ndjamena",
    "TGO": "Lome|Lomé",
    "THA": "Bangkok",
    "TJK": "Dushanbe",
    "TKM": "Ashgabat",
    "TLS": "Dili",
    "TUN": "Tunis",
    "TUR": "Ankara",
    "TWN": "Taipei",
    "TZA": "Dodoma|Dar es Salaam",
    "UGA": "Kampala",
    "UKR": "Kyiv|Kiev",
    "URY": "Montevideo",
    "USA": "Washington|Washington, D.C.|Washington DC",
    "UZB": "Tashkent",
    "VEN": "Caracas",
    "VNM": "Hanoi",
    "XKX": "Pristina|Prishtina",
    "YEM": "Sanaa|Sana'a",
    "ZAF": "Pretoria",
    "ZMB": "Lusaka",
    "ZWE": "Harare",
}

# Buildings and streets that stand for a government (no leading "the").
SEATS = {
    "BRA": "Planalto Palace|Planalto",
    "CHN": "Zhongnanhai",
    "ESP": "Moncloa Palace|Moncloa",
    "FRA": "Elysee|Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay|Matignon",
    "GBR": "Downing Street|Whitehall|Westminster|No 10|No. 10|Number 10|Number Ten"
    "|No 10 Downing Street|Number 10 Downing Street",
    "ITA": "Palazzo Chigi",
    "JPN": "Kasumigaseki",
    "KOR": "Blue House|Cheong Wa Dae",
    "RUS": "Kremlin",
    "UKR": "Bankova",
    "USA": "White House|Oval Office|Foggy Bottom",
    "VEN": "Miraflores Palace",
    "ARG": "Casa Rosada",
}

# Forms that could name a state but are not resolved without context. lookup()/demonym()
# answer None for them; candidates() gives the states in order of likelihood in news.
AMBIGUOUS = [
    ("Korea", "KOR PRK", "two states; news most often means South Korea, but not reliably"),
    ("Korean", "KOR PRK", "two states, and also the language and ethnicity"),
    ("Koreans", "KOR PRK", "two states, and also the ethnicity"),
    ("Congo", "COD COG", "two states; also the river"),
    ("Congolese", "COD COG", "two states"),
    ("Virgin Islands", "VIR VGB", "two territories"),
    ("Dominican", "DOM DMA", "Dominican Republic or Dominica; also the religious order"),
    ("Dominicans", "DOM DMA", "Dominican Republic or Dominica; also the religious order"),
    ("ROC", "TWN COG", "Republic of China (Taiwan) or Republic of the Congo"),
    ("Georgia", "GEO", "also a US state"),
    ("Georgian", "GEO", "also of the US state; also the architectural period"),
    ("Georgians", "GEO", "also people of the US state"),
    ("Jordan", "JOR", "also a common first and family name, and the river"),
    ("Chad", "TCD", "also a common first name"),
    ("Macedonia", "MKD", "also the Greek region and the ancient kingdom"),
    ("Macedonian", "MKD", "also of the Greek region"),
    ("Macedonians", "MKD", "also people of the Greek region"),
    ("Jersey", "JEY", "also short for New Jersey"),
]

# The reading of a two-state form when the document names neither state apart: the state the
# form means in news, as the CAMEO actor dictionaries read it (Phoenix.Countries.actors.txt lists
# CONGOLESE under the Democratic Republic of the Congo; Congo-Brazzaville has its own forms). Korea
# has none: "Korean" is as often the North as the South, the language or the ethnicity.
DEFAULT_READINGS = {"Congo": "COD", "Congolese": "COD"}

US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|"
    "Wyoming|District of Columbia"
)

# Places the NER tags GPE/LOC that are not states: continents, world regions, sub-national
# units and disputed areas. The extractor classifies them as locations. (Organizations such
# as the EU, NATO or the UN are not listed here: they are not places.)
REGIONS = US_STATES + (
    "|Europe|Asia|Africa|North America|South America|Latin America|Central America|Americas|"
    "Oceania|Eurasia|Antarctic|Arctic|West|East|Global South|Middle East|Near East|Far East|"
    "Eastern Europe|Western Europe|Central Europe|Southern Europe|Northern Europe|Balkans|"
    "Western Balkans|Baltics|Baltic States|Scandinavia|Nordics|Caucasus|South Caucasus|"
    "Central Asia|South Asia|East Asia|Southeast Asia|Asia-Pacific|Indo-Pacific|Pacific|"
    "Atlantic|Mediterranean|Caribbean|Levant|Maghreb|Sahel|Horn of Africa|Sub-Saharan Africa|"
    "North Africa|West Africa|East Africa|Southern Africa|Central Africa|Gulf|Persian Gulf|"
    "Arabian Peninsula|Korean Peninsula|Siberia|Kurdistan|Iraqi Kurdistan|Kashmir|Tibet|Xinjiang|"
    "Chechnya|Crimea|Donbas|Donbass|Gaza|Gaza Strip|West Bank|Golan Heights|Sinai|"
    "Nagorno-Karabakh|Abkhazia|South Ossetia|Transnistria|Somaliland|Northern Cyprus|Darfur|"
    "England|Scotland|Wales|Northern Ireland|Catalonia|Basque Country|Bavaria|Quebec|Ontario|"
    "British Columbia|Alberta"
)


def split(value: str) -> list[str]:
    return [part for part in value.split("|") if part]


def dedupe(items: list[str]) -> list[str]:
    """Unique non-empty forms in order, without a leading "the" (ISO writes "the State of Eritrea")."""
    return list(dict.fromkeys(item[4:] if item.startswith("the ") else item for item in items if item))


def iso_entries() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        common = getattr(country, "common_name", None)
        label = LABELS.get(iso3) or common or country.name
        if "," in label or "(" in label:
            raise SystemExit(f"{iso3}: label {label!r} needs a hand-kept entry in LABELS")
        names = [label, country.name, getattr(country, "official_name", None) or "", common or ""]
        rows.append(
            {
                "iso3": iso3,
                "iso2": country.alpha_2,
                "name": label,
                "status": "territory" if iso3 in TERRITORIES else "state",
                "names": names,
            }
        )
    for iso3, (iso2, status, label) in EXTRA_STATES.items():
        historic = pycountry.historic_countries.get(alpha_3=iso3)
        if status == "historic" and (historic is None or historic.alpha_2 != iso2):
            raise SystemExit(f"{iso3}: not an ISO 3166-3 code with alpha-2 {iso2}")
        rows.append({"iso3": iso3, "iso2": iso2, "name": label, "status": status, "names": [label]})
    return rows


def build() -> dict[str, object]:
    rows = iso_entries()
    codes = {str(row["iso3"]) for row in rows}
    for table in (NAMES, ABBREVIATIONS, DEMONYMS, CAPITALS, SEATS, LABELS):
        unknown = sorted(set(table) - codes)
        if unknown:
            raise SystemExit(f"supplement names unknown codes: {', '.join(unknown)}")
    ambiguous_forms = {fold(form) for form, _, _ in AMBIGUOUS}
    states = []
    for row in sorted(rows, key=lambda r: str(r["iso3"])):
        iso3 = str(row["iso3"])
        names = dedupe([*row["names"], *split(NAMES.get(iso3, ""))])  # type: ignore[misc]
        states.append(
            {
                "iso3": iso3,
                "iso2": row["iso2"],
                "name": row["name"],
                "status": row["status"],
                "names": [n for n in names if fold(n) not in ambiguous_forms],
                "abbreviations": split(ABBREVIATIONS.get(iso3, "")),
                "demonyms": split(DEMONYMS.get(iso3, "")),
                "capitals": split(CAPITALS.get(iso3, "")),
                "seats": split(SEATS.get(iso3, "")),
            }
        )
    check(states)
    return {
        "version": FORMAT_VERSION,
        "source": f"pycountry {version('pycountry')} (ISO 3166-1, ISO 3166-3) + tools/build_states.py",
        "states": states,
        "ambiguous": [
            {"form": form, "iso3": iso3s.split(), "note": note}
            | ({"default": DEFAULT_READINGS[form]} if form in DEFAULT_READINGS else {})
            for form, iso3s, note in AMBIGUOUS
        ],
        "regions": split(REGIONS),
    }


def check(states: list[dict[str, object]]) -> None:
    """Fail if a folded form names two states, or a region/ambiguous form names a state."""
    owner: dict[str, str] = {}
    for state in states:
        for field in ("names", "abbreviations", "demonyms", "capitals", "seats"):
            for form in state[field]:  # type: ignore[attr-defined]
                key = fold(form)
                if owner.setdefault(key, str(state["iso3"])) != state["iso3"]:
                    raise SystemExit(f"{form!r} names both {owner[key]} and {state['iso3']}")
    readings = {form: iso3s.split() for form, iso3s, _ in AMBIGUOUS}
    for form, default in DEFAULT_READINGS.items():
        if default not in readings.get(form, ()):
            raise SystemExit(f"default reading {default} of {form!r} is not one of its listed states")
    for form, _, _ in AMBIGUOUS:
        if fold(form) in owner:
            raise SystemExit(f"ambiguous form {form!r} is also listed for {owner[fold(form)]}")
    for region in split(REGIONS):
        if fold(region) in owner:
            raise SystemExit(f"region {region!r} is also listed for {owner[fold(region)]}")
    sovereign = sum(1 for s in states if s["status"] == "state" and s["iso3"] != "XKX")
    if sovereign != 196:
        raise SystemExit(f"expected 196 sovereign ISO 3166-1 entries, got {sovereign}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write states.json")
    args = parser.parse_args(argv)
    args.output.write_text(dumps(build()), encoding="utf-8")
    return 0


def dumps(data: dict[str, object]) -> str:
    """JSON with one state, ambiguous form or region per line: short, diff-friendly lines."""
    lines = ["{"]
    for index, (key, value) in enumerate(data.items()):
        comma = "," if index < len(data) - 1 else ""
        if isinstance(value, list):
            items = [json.dumps(item, ensure_ascii=False) for item in value]
            lines += [f" {json.dumps(key)}: [", ",\n".join(f"  {item}" for item in items), f" ]{comma}"]
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())

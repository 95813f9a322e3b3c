"""The state table: data invariants, lookups, and the generator's reproducibility."""

from __future__ import annotations

import json
import subprocess
import sys
import timeit
from importlib.metadata import version
from pathlib import Path

import pycountry
import pytest
import spacy

from newsgraph.errors import NewsGraphError
from newsgraph.extractors.entities import _token_table
from newsgraph.extractors.states import (
    FORM_FIELDS,
    State,
    StateTable,
    capital,
    demonym,
    fold,
    is_region,
    lookup,
    surface,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsgraph" / "data" / "states.json"


@pytest.fixture(scope="module")
def table() -> StateTable:
    return StateTable.default()


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def iso3(state: State | None) -> str | None:
    return state.iso3 if state else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fuzzy-matching pitfalls
        ("Republic of Korea", "KOR"),
        ("Korea, Republic of", "KOR"),
        ("DPRK", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Democratic People\u2019s Republic of Korea", "PRK"),
        ("Korea, Democratic People's Republic of", "PRK"),
        ("North Korea", "PRK"),
        ("ROK", "KOR"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("U.S.A.", "USA"),
        ("the U.S.", "USA"),
        ("the US's", "USA"),
        ("the United States'", "USA"),
        ("United States of America", "USA"),
        ("America", "USA"),
        ("South Korea\u2019s", "KOR"),
        ("SOUTH KOREA", "KOR"),
        ("Russian Federation", "RUS"),
        ("Russia's", "RUS"),
        ("People's Republic of China", "CHN"),
        ("PRC", "CHN"),
        ("Republic of China", "TWN"),
        ("Taiwan", "TWN"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("UAE", "ARE"),
        ("DRC", "COD"),
        ("DR Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Iran", "IRN"),
        ("Islamic Republic of Iran", "IRN"),
        ("Syria", "SYR"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("Laos", "LAO"),
        ("Czechia", "CZE"),
        ("Czech Republic", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Côte d\u2019Ivoire", "CIV"),
        ("Palestine", "PSE"),
        ("the Vatican", "VAT"),
        ("Holy See", "VAT"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("Kampuchea", "KHM"),
        ("Ceylon", "LKA"),
        ("Upper Volta", "BFA"),
        ("the Netherlands", "NLD"),
        ("The Gambia", "GMB"),
        ("Guinea Bissau", "GNB"),
        ("Trinidad & Tobago", "TTO"),
        ("St. Lucia", "LCA"),
        ("Kosovo", "XKX"),
        ("Soviet Union", "SUN"),
        ("USSR", "SUN"),
        ("Yugoslavia", "YUG"),
        ("East Germany", "DDR"),
        ("West Germany", "DEU"),
        ("  North\n Korea ", "PRK"),
        ("PRK", "PRK"),
        # not states
        ("us", None),
        ("Us", None),
        ("u.s.", None),
        ("turkey", None),
        ("china", None),
        ("EU", None),
        ("European Union", None),
        ("Europe", None),
        ("Texas", None),
        ("Korea", None),
        ("Georgia", None),
        ("Congo", None),
        ("Jordan", None),
        ("Chad", None),
        ("States", None),
        ("", None),
        ("the", None),
    ],
)
def test_lookup(table: StateTable, text: str, expected: str | None) -> None:
    assert iso3(table.lookup(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("North Korean", "PRK"),
        ("North Koreans", "PRK"),
        ("South Korean", "KOR"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("the British", "GBR"),
        ("Britons", "GBR"),
        ("French", "FRA"),
        ("the Dutch", "NLD"),
        ("German", "DEU"),
        ("Japanese", "JPN"),
        ("Ukrainian", "UKR"),
        ("Iranian", "IRN"),
        ("Israeli", "ISR"),
        ("Israelis'", "ISR"),
        ("Palestinian", "PSE"),
        ("Iraqi", "IRQ"),
        ("Syrian", "SYR"),
        ("Indian", "IND"),
        ("Pakistani", "PAK"),
        ("Afghan", "AFG"),
        ("Turkish", "TUR"),
        ("Saudi", "SAU"),
        ("Egyptian", "EGY"),
        ("Soviet", "SUN"),
        ("Filipino", "PHL"),
        ("Kampuchean", "KHM"),
        ("Ceylonese", "LKA"),
        ("Polish", "POL"),
        ("polish", None),
        ("Korean", None),
        ("Koreans", None),
        ("Congolese", None),
        ("Georgian", None),
        ("English", None),
        ("Russia", None),
    ],
)
def test_demonym(table: StateTable, text: str, expected: str | None) -> None:
    assert iso3(table.demonym(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang", "PRK"),
        ("Seoul", "KOR"),
        ("Beijing", "CHN"),
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Washington", "USA"),
        ("the White House", "USA"),
        ("White House", "USA"),
        ("London", "GBR"),
        ("Downing Street", "GBR"),
        ("Whitehall", "GBR"),
        ("Paris", "FRA"),
        ("the Elysee", "FRA"),
        ("the Élysée", "FRA"),
        ("Berlin", "DEU"),
        ("Tokyo", "JPN"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Tehran", "IRN"),
        ("Jerusalem", "ISR"),
        ("Damascus", "SYR"),
        ("Baghdad", "IRQ"),
        ("Kabul", "AFG"),
        ("Islamabad", "PAK"),
        ("New Delhi", "IND"),
        ("Ankara", "TUR"),
        ("Riyadh", "SAU"),
        ("Cairo", "EGY"),
        ("Tbilisi", "GEO"),
        ("Amman", "JOR"),
        ("Moscow's", "RUS"),
        ("Brussels", None),
        ("Texas", None),
        ("moscow", None),
    ],
)
def test_capital(table: StateTable, text: str, expected: str | None) -> None:
    assert iso3(table.capital(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kentucky",
        "Texas",
        "Europe",
        "the West",
        "Middle East",
        "Asia",
        "Gaza",
        "Crimea",
        "Scotland",
        "Korean Peninsula",
    ],
)
def test_regions_are_not_states(table: StateTable, text: str) -> None:
    assert table.is_region(text)
    assert table.lookup(text) is None
    assert table.candidates(text) == ()


@pytest.mark.parametrize("text", ["Russia", "Moscow", "Russian", "west", "Georgia", "EU"])
def test_not_regions(table: StateTable, text: str) -> None:
    assert not table.is_region(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korea", ["KOR", "PRK"]),
        ("Korean", ["KOR", "PRK"]),
        ("Congo", ["COD", "COG"]),
        ("Georgia", ["GEO"]),
        ("Jordan", ["JOR"]),
        ("Chad", ["TCD"]),
        ("Russia", ["RUS"]),
        ("Russians", ["RUS"]),
        ("Texas", []),
        ("korea", []),
    ],
)
def test_candidates(table: StateTable, text: str, expected: list[str]) -> None:
    assert [s.iso3 for s in table.candidates(text)] == expected


def test_module_functions_use_the_default_table() -> None:
    assert StateTable.default() is StateTable.default()
    assert iso3(lookup("DPRK")) == "PRK"
    assert iso3(demonym("Russians")) == "RUS"
    assert iso3(capital("the Kremlin")) == "RUS"
    assert is_region("Kentucky")
    assert not is_region("Kenya")


def test_state_value(table: StateTable) -> None:
    prk = table.get("PRK")
    assert prk == State("PRK", "North Korea", "KP", "state")
    assert prk.key == "state:PRK"
    assert table.get("SUN").status == "historic"
    assert table.get("PRI").status == "territory"
    with pytest.raises(KeyError, match="'XYZ'"):
        table.get("XYZ")


@pytest.mark.parametrize(
    ("iso3_code", "label"),
    [
        ("PRK", "North Korea"),
        ("KOR", "South Korea"),
        ("RUS", "Russia"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("VNM", "Vietnam"),
        ("LAO", "Laos"),
        ("TWN", "Taiwan"),
        ("BOL", "Bolivia"),
        ("VEN", "Venezuela"),
        ("TZA", "Tanzania"),
        ("MDA", "Moldova"),
        ("CIV", "Ivory Coast"),
        ("COD", "DR Congo"),
        ("PSE", "Palestine"),
        ("VAT", "Vatican"),
    ],
)
def test_labels_as_news_writes_them(table: StateTable, iso3_code: str, label: str) -> None:
    assert table.get(iso3_code).name == label


def test_every_iso_country_resolves_by_name_and_alpha3(table: StateTable, data: dict) -> None:
    ambiguous = {fold(row["form"]): row["iso3"] for row in data["ambiguous"]}
    for country in pycountry.countries:
        assert iso3(table.lookup(country.alpha_3)) == country.alpha_3
        assert table.get(country.alpha_3).iso2 == country.alpha_2
        if fold(country.name) in ambiguous:  # Congo, Georgia, Jordan, Chad, Jersey
            assert country.alpha_3 in [s.iso3 for s in table.candidates(country.name)]
        else:
            assert iso3(table.lookup(country.name)) == country.alpha_3, country.name


def test_every_state_resolves_by_its_listed_forms(table: StateTable, data: dict) -> None:
    for row in data["states"]:
        for name in row["names"] + row["abbreviations"]:
            assert iso3(table.lookup(name)) == row["iso3"], name
        for form in row["demonyms"]:
            assert iso3(table.demonym(form)) == row["iso3"], form
        for form in row["capitals"] + row["seats"]:
            assert iso3(table.capital(form)) == row["iso3"], form


def test_no_surface_form_names_two_states(data: dict) -> None:
    owners: dict[str, set[str]] = {}
    for row in data["states"]:
        for field in FORM_FIELDS:
            for form in row[field]:
                owners.setdefault(fold(form), set()).add(row["iso3"])
    clashes = {form: codes for form, codes in owners.items() if len(codes) > 1}
    assert clashes == {}
    listed = set(owners)
    assert {fold(r["form"]) for r in data["ambiguous"]} & listed == set()
    assert {fold(r) for r in data["regions"]} & listed == set()


def test_data_shape(data: dict) -> None:
    codes = [row["iso3"] for row in data["states"]]
    assert codes == sorted(set(codes))
    assert data["version"] == 1
    ambiguous = {fold(r["form"]) for r in data["ambiguous"]}
    for row in data["states"]:
        assert row["names"], row["iso3"]
        # the label is the first name, unless it is ambiguous ("Georgia") and so not listed
        assert row["names"][0] == row["name"] or fold(row["name"]) in ambiguous
        for field in FORM_FIELDS:
            for form in row[field]:
                assert form == form.strip(), form
                assert not form.casefold().startswith("the "), form
    sovereign = [row for row in data["states"] if row["status"] == "state"]
    assert len(sovereign) == 197  # 193 UN members, Vatican, Palestine, Taiwan, Kosovo
    with_demonyms = [row for row in sovereign if row["demonyms"]]
    with_capitals = [row for row in sovereign if row["capitals"]]
    assert len(with_demonyms) >= 150
    assert len(with_capitals) >= 150


def test_the_loader_rejects_a_clash_and_a_wrong_version(data: dict) -> None:
    clash = json.loads(json.dumps(data))
    clash["states"][0]["names"].append("Russia")
    with pytest.raises(NewsGraphError, match="'Russia' for both"):
        StateTable(clash)
    with pytest.raises(NewsGraphError, match="version 2 is not supported"):
        StateTable({**data, "version": 2})


def test_all_surface_forms(table: StateTable) -> None:
    forms = table.all_surface_forms()
    assert forms["U.S."].iso3 == "USA"
    assert forms["Democratic People's Republic of Korea"].iso3 == "PRK"
    assert "Russian" not in forms
    assert "Korea" not in forms
    assert "CAN" not in forms  # alpha-3 codes are not phrases
    wide = table.all_surface_forms(demonyms=True, capitals=True)
    assert wide["Russian"].iso3 == "RUS"
    assert wide["Kremlin"].iso3 == "RUS"
    assert set(forms) < set(wide)


def test_max_tokens_bounds_every_form(table: StateTable) -> None:
    nlp = spacy.blank("en")
    wide = table.all_surface_forms(demonyms=True, capitals=True)
    assert max(len(nlp.make_doc(form)) for form in wide) <= table.max_tokens


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia-DPRK cooperation grew.", [("Russia", "RUS"), ("DPRK", "PRK")]),
        ("The U.S. and South Korea's leaders met.", [("U.S.", "USA"), ("South Korea", "KOR")]),
        ("Talks in the United States of America ended.", [("United States of America", "USA")]),
        ("Let us roast a turkey in Georgia.", []),
        ("CAN THE REPUBLIC OF KOREA WIN?", [("REPUBLIC OF KOREA", "KOR")]),
    ],
)
def test_scan(table: StateTable, sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = spacy.blank("en")(sentence)
    assert [(doc[a:b].text, s.iso3) for a, b, s in table.scan(doc)] == expected
    # the token texts a caller has read already give the same spans
    assert [(doc[a:b].text, s.iso3) for a, b, s in table.scan(doc, [t.text for t in doc])] == expected
    # ... and so does the token table read from the doc's arrays
    texts, _, _, tokens = _token_table(doc)
    assert [(doc[a:b].text, s.iso3) for a, b, s in table.scan(doc, texts, table=tokens)] == expected


def test_scan_reads_names_across_irregular_spacing(table: StateTable) -> None:
    """A span's text is the document's text between its tokens, spaces and line breaks kept."""
    doc = spacy.blank("en")("Aid to  South\nKorea and to the United   States' allies rose.")
    assert [(doc[a:b].text, s.iso3) for a, b, s in table.scan(doc)] == [
        ("South\nKorea", "KOR"),
        ("United   States", "USA"),
    ]
    texts, _, _, tokens = _token_table(doc)
    assert [(doc[a:b].text, s.iso3) for a, b, s in table.scan(doc, texts, table=tokens)] == [
        ("South\nKorea", "KOR"),
        ("United   States", "USA"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Aid to  South\nKorea and to the United   States' allies rose.",
        '  Leading spaces, "quotes", the U.S.\u2019s envoy and 10.5% in Côte d\'Ivoire.\n\n',
    ],
)
def test_token_table_reads_what_the_tokens_say(text: str) -> None:
    """The per-document table read from the doc's arrays holds each token's text, lower-case
    text, offset and punctuation, and the doc's text, as the Tokens give them."""
    doc = spacy.blank("en")(text)
    texts, lowered, not_names, tokens = _token_table(doc)
    assert texts == [t.text for t in doc]
    assert lowered == [t.lower_ for t in doc]
    assert not_names == {t.lower_ for t in doc if t.is_lower and t.is_alpha}
    assert tokens.offsets == [t.idx for t in doc]
    assert tokens.punct == [t.is_punct for t in doc]
    assert tokens.text == doc.text == text


def test_normalisation() -> None:
    assert surface("the  U.S.\u2019s") == "U.S."
    assert surface("The Kremlin") == "Kremlin"
    assert fold("Côte d\u2019Ivoire") == "cote d'ivoire"
    assert fold("Guinea-Bissau") == fold("Guinea Bissau")


def test_lookup_is_fast(table: StateTable) -> None:
    texts = ["the United States'", "North Korea", "DPRK", "us", "Kentucky"]
    for text in texts:
        table.lookup(text)
    per_call = min(timeit.repeat(lambda: [table.lookup(t) for t in texts], number=2000, repeat=3)) / 10000
    assert per_call < 5e-6  # about half a microsecond on a laptop; generous for CI


def test_generator_is_reproducible(tmp_path: Path, data: dict) -> None:
    if data["source"].split()[1] != version("pycountry"):
        pytest.skip(
            f"states.json was built with {data['source'].split()[1]}; pycountry is {version('pycountry')}"
        )
    out = tmp_path / "states.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_states.py"), "--output", str(out)], check=True
    )
    assert out.read_bytes() == DATA.read_bytes()


def test_every_sovereign_state_has_a_national_adjective(table: StateTable, data: dict) -> None:
    """A news story names a state's army, court or people by its adjective ("Congolese troops"): every
    sovereign state has one in the table, as a demonym of its own or as the default reading of a
    two-state form; a state with only an ambiguous one ("Georgian") is listed in the ambiguous forms."""
    ambiguous = {code for row in data["ambiguous"] for code in row["iso3"]}
    defaults = {row["default"] for row in data["ambiguous"] if "default" in row}
    bare_name = {"VAT"}  # "the Vatican" is its own adjective ("Vatican officials")
    missing = [
        row["iso3"]
        for row in data["states"]
        if row["status"] == "state"
        and not any(not form.endswith("s") or form.endswith(("ese", "ois", "ss")) for form in row["demonyms"])
        and row["iso3"] not in defaults | ambiguous | bare_name
    ]
    assert missing == []
    for row in data["states"]:  # each singular adjective resolves to its state
        for form in row["demonyms"]:
            assert iso3(table.demonym(form)) == row["iso3"], form


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Central African", "CAF"),
        ("Somalian", "SOM"),
        ("Ivoirian", "CIV"),
        ("Belarusan", "BLR"),
        ("Motswana", "BWA"),
        ("Batswana", "BWA"),
        ("Sri Lankan", "LKA"),
        ("North Korean", "PRK"),
        ("South Sudanese", "SSD"),
        ("Emirati", "ARE"),
        ("Bahraini", "BHR"),
        ("Burkinabe", "BFA"),
    ],
)
def test_spelling_variants_of_national_adjectives(table: StateTable, form: str, code: str) -> None:
    assert iso3(table.demonym(form)) == code
    assert table.demonym(form.lower()) is None  # no capital letter, no state


def test_a_two_state_form_has_a_default_reading_only_where_news_has_one(
    table: StateTable, data: dict
) -> None:
    assert iso3(table.default_reading("Congolese")) == "COD"
    assert iso3(table.default_reading("the Congo")) == "COD"
    assert table.default_reading("Korean") is None  # North, South, the language or the ethnicity
    assert table.default_reading("Georgian") is None
    assert table.default_reading("congolese") is None
    assert table.demonym("Congolese") is None  # still no unconditional answer
    for row in data["ambiguous"]:
        if "default" in row:
            assert row["default"] in row["iso3"], row["form"]

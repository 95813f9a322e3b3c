"""Physical attacks (issue 11): a weapon's model name standing for its state's force, a state named
only as the place a blow fell on armed men or a group, and a state's forces upon their own people."""

from __future__ import annotations

import pytest

FORCE = ("18", "19", "20")


def _force(facts, text):  # type: ignore[no-untyped-def]
    return [e for e in facts(text, date="2024-03-14").events if e.cameo.startswith(FORCE)]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Turkish F-16s bombed PKK hideouts in the mountains.", "state:TUR"),
        ("Israeli F-35s struck a weapons depot near Damascus.", "state:ISR"),
        ("Egyptian MiG-29s pounded militant camps near the border.", "state:EGY"),
        ("A US Reaper drone killed two militants near Mosul.", "state:USA"),
    ],
)
def test_weapon_model_name_is_its_states_force(facts, text, agent):  # type: ignore[no-untyped-def]
    events = _force(facts, text)
    assert any(agent in e.agents for e in events), [(e.cameo, e.agents, e.targets) for e in events]
    keys = {x.key for x in facts(text, date="2024-03-14").entities}
    assert not any("-16" in k or "-35" in k or "-29" in k or "reaper" in k for k in keys), keys


def test_weapon_model_name_in_a_sale_is_no_attack(facts):  # type: ignore[no-untyped-def]
    assert not _force(facts, "Lockheed Martin will deliver 40 F-16s to Turkey next year.")
    assert not _force(facts, "Turkish F-16s escorted the president's plane on its arrival in Ankara.")


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Turkish jets bombed Kurdish militants in northern Iraq on Thursday.", set(), "state:IRQ"),
        (
            "American drones killed three al-Qaeda commanders in Yemen's Shabwa province.",
            {"organization:al-qaeda"},
            "state:YEM",
        ),
        (
            "Egyptian warplanes struck Islamic State targets in Libya.",
            {"organization:islamic-state"},
            "state:LBY",
        ),
        (
            "Israeli jets pounded Hezbollah positions in southern Lebanon.",
            {"organization:hezbollah"},
            "state:LBN",
        ),
    ],
)
def test_state_only_where_the_blow_fell_is_no_target(facts, text, kept, dropped):  # type: ignore[no-untyped-def]
    events = _force(facts, text)
    assert events
    assert all(dropped not in e.targets for e in events), [(e.cameo, e.agents, e.targets) for e in events]
    assert any(kept <= set(e.targets) for e in events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian forces shelled a maternity hospital in Kherson, wounding four nurses.", "state:UKR"),
        (
            "North Korean artillery fired dozens of shells at the South Korean island of Yeonpyeong.",
            "state:KOR",
        ),
        ("Indian troops opened fire on Chinese soldiers in the Galwan valley.", "state:CHN"),
    ],
)
def test_place_or_people_hit_keep_their_state(facts, text, target):  # type: ignore[no-untyped-def]
    events = _force(facts, text)
    assert any(target in e.targets for e in events), [(e.cameo, e.agents, e.targets) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese army drones hit a crowded market in Omdurman, killing 20 civilians.",
        "Syrian government jets bombed a bakery in Aleppo, killing 30 civilians.",
    ],
)
def test_forces_upon_their_own_civilians(facts, text):  # type: ignore[no-untyped-def]
    events = _force(facts, text)
    home = [e for e in events if set(e.agents) & set(e.targets)]
    assert home, [(e.cameo, e.agents, e.targets) for e in events]
    assert any(a.role == "target" and a.sector == "CVL" for e in home for a in e.arguments)


def test_foreign_victims_are_not_the_forces_own(facts):  # type: ignore[no-untyped-def]
    events = _force(facts, "Sudanese army drones hit a market in Omdurman, killing 20 Chadian traders.")
    assert not any(set(e.agents) & set(e.targets) for e in events), [(e.agents, e.targets) for e in events]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Islamic State Sinai Province gunmen attacked an army checkpoint near Rafah.",
            "islamic-state-sinai-province",
        ),
        ("Ahrar al-Sham fighters shelled a government checkpoint near Idlib.", "ahrar-al-sham"),
        ("Harakat al-Nujaba militants fired rockets at a US base in Syria.", "harakat-al-nujaba"),
        ("Tehrik-e-Nafaz fighters attacked a police station in Swat.", "tehrik-e-nafaz"),
    ],
)
def test_armed_group_name_kept_whole(facts, text, group):  # type: ignore[no-untyped-def]
    events = _force(facts, text)
    assert any(f"organization:{group}" in e.agents for e in events), [(e.cameo, e.agents) for e in events]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Abu Bakr al-Baghdadi met Ayman al-Zawahiri in Mosul.", "person:ayman-al-zawahiri"),
        (
            "The emir, Sheikh Hamad bin Khalifa al-Thani, received the French president.",
            "person:hamad-bin-khalifa-al-thani",
        ),
    ],
)
def test_arabic_personal_names_stay_persons(facts, text, person):  # type: ignore[no-untyped-def]
    keys = {x.key for x in facts(text, date="2024-03-14").entities}
    assert person in keys, keys


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Fire from Ethiopian army positions killed four Eritrean border guards.", "state:ETH", "state:ERI"),
        ("Artillery fire by Armenian forces destroyed two Azerbaijani trucks.", "state:ARM", "state:AZE"),
        ("Rocket fire from Hezbollah wounded three Israeli soldiers.", "organization:hezbollah", "state:ISR"),
    ],
)
def test_fire_from_someone_is_their_blow(facts, text, agent, target):  # type: ignore[no-untyped-def]
    events = [e for e in facts(text, date="2024-03-14").events if e.cameo[:2] in ("17", "18", "19", "20")]
    assert any(agent in e.agents and target in e.targets for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


def test_fire_of_no_one_is_no_blow(facts):  # type: ignore[no-untyped-def]
    assert not _force(facts, "Fire from a gas leak killed four workers in Lagos.")
    assert not _force(facts, "Fire swept through the market in Kano, killing nine traders.")


def test_strikes_that_set_a_thing_alight_are_done(facts):  # type: ignore[no-untyped-def]
    events = _force(facts, "Israeli air strikes set ablaze a fuel depot in the port of Hodeidah.")
    assert any(e.modality.value == "asserted" for e in events), [(e.cameo, e.modality) for e in events]
    talks = list(facts("Talks between Iran and the EU are set to resume next week.").events)
    assert all(e.modality.value != "asserted" for e in talks), [(e.cameo, e.modality) for e in talks]

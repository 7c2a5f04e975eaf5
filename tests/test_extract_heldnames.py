"""Names beside the posts their holders hold: a holder the model ran into the organ or place
of the post before it, a plural post over a list, a post shared with the person before "and",
an organ of an association, a foreign "provincial" post (kg/extract/entities/apposed.py,
kg/extract/people/prefixtitles.py, officials.py, jurisdiction.py, kg/extract/namekeys.py), on
invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Minister of the Office of the Council of Ministers of Laos Boun Sisavath attended "
         "the forum.", "Boun Sisavath", "Office of the Council of Ministers of Laos"),
        ("Minister in charge of the Office of the Council of Ministers of Laos Boun Sisavath "
         "attended the forum.", "Boun Sisavath", "Office of the Council of Ministers of Laos"),
        ("Deputy Prime Minister and Minister in charge of the Ministry of Finance of Vietnam "
         "Ho Duc Phoc attended the forum.", "Ho Duc Phoc", "Ministry of Finance of Vietnam"),
        ("Chairman of the State Committee of Laos Boun Sisavath attended the forum.",
         "Boun Sisavath", "State Committee of Laos"),
    ],
)
def test_holder_after_organ_of_country(extractor: Extractor, text: str, person: str,
                                       body: str) -> None:
    ex = run(rules_only(extractor), text)
    found = {m.text: m.cls for m in ex.mentions}
    assert found[person] == "Official"
    assert found[body] == "GovernmentBody"
    assert (person, body) in pairs(ex, "holdsPositionIn")


@pytest.mark.parametrize(
    "text",
    [
        "Premier Tom Hale was received by vice-mayors of Lanzhou Municipality Feng Daoming "
        "and Qiao Lingfei.",
        "Premier Tom Hale was received by vice mayors of Lanzhou Feng Daoming and Qiao "
        "Lingfei.",
    ],
)
def test_plural_post_of_place_unit(extractor: Extractor, text: str) -> None:
    ex = run(rules_only(extractor), text)
    found = {m.text: m.cls for m in ex.mentions}
    assert found["Feng Daoming"] == found["Qiao Lingfei"] == "Official"
    assert "Lanzhou Municipality Feng Daoming" not in found
    assert {("Feng Daoming", "Lanzhou"), ("Qiao Lingfei", "Lanzhou")} <= pairs(ex, "servesIn")


@pytest.mark.parametrize(
    ("text", "second", "cls"),
    [
        ("On Monday, NORCO Chairman Li Dawei and Vice President Zhou Wenbo met with the "
         "visiting delegation.", "Zhou Wenbo", "Person"),
        ("Ruritania Group's President Li Dawei and Vice President Zhou Wenbo met with the "
         "delegation.", "Zhou Wenbo", "Person"),
        # a state post after "and" is no company's
        ("NORCO Chairman Li Dawei and Vice Governor Zhou Wenbo met with the delegation.",
         "Zhou Wenbo", "Official"),
        ("Governor Li Dawei and Vice Governor Zhou Wenbo met with the visiting delegation.",
         "Zhou Wenbo", "Official"),
    ],
)
def test_post_shared_after_and(extractor: Extractor, text: str, second: str,
                               cls: str) -> None:
    assert classes(rules_only(extractor), text)[second] == cls


def test_post_after_body_before_comma(extractor: Extractor) -> None:
    text = ("Lanzhou Municipal Party Committee and Acting Mayor, Feng Daoming, recently "
            "conducted a visit to several companies.")
    assert classes(rules_only(extractor), text)["Feng Daoming"] == "Official"
    text = "The Lanzhou Municipal Party Committee, Feng Daoming said, will visit companies."
    assert classes(rules_only(extractor), text)["Feng Daoming"] == "Person"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The delegation was led by Zhou Wenbo, the Vice President of the Building Materials "
         "Committee of the China Construction Association.",
         "Building Materials Committee of the China Construction Association"),
        ("Zhou Wenbo, director of the Liaison Department of the Ruritania Federation of "
         "Industry, spoke.", "Liaison Department of the Ruritania Federation of Industry"),
    ],
)
def test_organ_of_association(extractor: Extractor, text: str, body: str) -> None:
    found = classes(rules_only(extractor), text)
    assert found[body] == "Organization"
    assert found["Zhou Wenbo"] == "Person"


def test_foreign_provincial_post(extractor: Extractor) -> None:
    text = ("The Provincial Executive Council led by MEC for Provincial Treasury Thandi "
            "Mokoena will meet a delegation from Hunan Province.")
    ex = run(rules_only(extractor), text)
    assert {m.text: m.cls for m in ex.mentions}["Thandi Mokoena"] == "Official"
    assert not pairs(ex, "servesIn")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Trucks shuttled back and forth at the Tarvik port, one of the busiest land ports.",
         "Tarvik port"),
        ("Mohan port, which is located on the border, is the most convenient link.",
         "Mohan port"),
        ("Tarvik port: a dry port shines.", "Tarvik port"),
        ("Land port construction sped up in the region.", None),
        ("Northern port cities grew.", None),
        ("Cargo reached the Eurasian port in May.", None),
        ("Dry port traffic rose, and the dry port grew.", None),
        ("The Yangling port area grew fast.", None),
    ],
)
def test_port_named_by_unknown_word(extractor: Extractor, text: str, zone: str | None) -> None:
    found = classes(rules_only(extractor), text)
    zones = {t for t, c in found.items() if c == "Zone"}
    assert zones == ({zone} if zone else set())


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Li Dawei met with the visiting delegation led by Feng Daoming - secretary of the "
         "Party Working Committee of Lanzhou New Area in Gansu.", "Official"),
        ("Li Dawei met Feng Daoming – Secretary of the Lanzhou Municipal Party Committee – on "
         "Monday.", "Official"),
        ("Li Dawei met Feng Daoming – a leading investor – on Monday.", "Person"),
    ],
)
def test_post_after_dash(extractor: Extractor, text: str, cls: str) -> None:
    assert classes(rules_only(extractor), text)["Feng Daoming"] == cls


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The South Ruritania Economic Corridor will link the two countries.",
         "South Ruritania Economic Corridor", "Initiative"),
        ("Lanzhou is a hub of the Southern Transport Corridor.", "Southern Transport Corridor",
         "Initiative"),
        ("Zhou Wenbo said the Ruritania-Arcadia Free Trade Zone will deepen trade.",
         "Ruritania-Arcadia Free Trade Zone", "Initiative"),
        ("The Lanzhou Free Trade Zone opened in May.", "Lanzhou Free Trade Zone", "Zone"),
    ],
)
def test_corridors_and_treaty_zones(extractor: Extractor, text: str, name: str,
                                    cls: str) -> None:
    assert classes(rules_only(extractor), text)[name] == cls


@pytest.mark.parametrize(
    ("text", "person", "cls"),
    [
        ("Taking part were Yu Bin, Director of the Lanzhou Commerce Bureau, Lu Ming "
         "Director-General of the Lanzhou Development Research Center, and Hou Yongzhi.",
         "Lu Ming", "Official"),
        ("Li Ming Deputy Director of the Lanzhou Commerce Bureau attended.", "Li Ming",
         "Official"),
    ],
)
def test_post_without_its_comma(extractor: Extractor, text: str, person: str,
                                cls: str) -> None:
    assert classes(rules_only(extractor), text)[person] == cls


def test_surname_left_out_by_the_model(extractor: Extractor) -> None:
    # (the model reads "Dang" as an English word and names "Haozheng" alone)
    text = ("Earlier at the airport, the Premier was received by vice-mayors of Lanzhou City "
            "Dang Haozheng and Qiao Lingfei.")
    found = classes(rules_only(extractor), text)
    assert found["Dang Haozheng"] == found["Qiao Lingfei"] == "Official"
    assert "Haozheng" not in found


@pytest.mark.parametrize(
    ("text", "body", "cls"),
    [
        ("Zhou Wenbo, Director of the Department of Latin American Affairs of the CPAFFC, "
         "met the guests.", "Department of Latin American Affairs of the CPAFFC",
         "Organization"),
        ("Zhou Wenbo, Director of the Department of Asian Affairs of the Ministry of Commerce, "
         "met the guests.", "Department of Asian Affairs of the Ministry of Commerce",
         "GovernmentBody"),
        ("Zhou Wenbo, Secretary of the Gansu Provincial Committee of the CPC, met the guests.",
         "Gansu Provincial Committee of the CPC", "GovernmentBody"),
        # a state body's branch is the state's, a company's branch the company's
        ("Zhang Wei, the Deputy Director of the Fujian Branch of the General Administration "
         "of Customs, said exports grew.",
         "Fujian Branch of the General Administration of Customs", "GovernmentBody"),
        ("Chen Bo, president of the Hunan Branch of the Bank of China, spoke.",
         "Hunan Branch of the Bank of China", "Enterprise"),
        ("Zhou Wenbo, member of the Political Bureau of the Central Committee of the Chinese "
         "Communist Party, met the guests.",
         "Political Bureau of the Central Committee of the Chinese Communist Party",
         "GovernmentBody"),
    ],
)
def test_organ_of_known_organisation(extractor: Extractor, text: str, body: str,
                                     cls: str) -> None:
    assert classes(rules_only(extractor), text)[body] == cls


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Jilin borders the Russian Far East region.", "Russian Far East", "Region"),
        ("Ports in the Indo-China Peninsula were linked to Guangxi.", "Indo-China Peninsula",
         "Region"),
        ("The Guangxi Beibu Gulf Economic Zone grew fast.", "Guangxi Beibu Gulf Economic Zone",
         "Region"),
    ],
)
def test_world_regions(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(rules_only(extractor), text)[name] == cls


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The delegation visited Tianfu New Area and Lanzhou New Area.", "Lanzhou New Area",
         "City"),
        ("Li Ming, Secretary of the Party Working Committee of Lanzhou New Area, met the "
         "guests.", "Party Working Committee of Lanzhou New Area", "GovernmentBody"),
    ],
)
def test_new_area_is_a_division(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(rules_only(extractor), text)[name] == cls


def test_firm_after_place_is_no_holder(extractor: Extractor) -> None:
    found = classes(rules_only(extractor),
                    "Zhou Wenbo is Chairman of China Allied Industrial Investment.")
    assert "Allied Industrial Investment" not in found
    found = classes(rules_only(extractor), "Ambassador to China Abebe Tadesse attended.")
    assert found["Abebe Tadesse"] == "Official"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sales of Samsung electronics rose in the city.", "Samsung"),
        ("Sales of Huawei technologies rose in the city.", "Huawei"),
    ],
)
def test_known_company_alias_in_lower_case(extractor: Extractor, text: str, name: str) -> None:
    found = classes(rules_only(extractor), text)
    assert found.get(name) == "Enterprise"
    assert not any(" " in t for t in found)


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The Ministry of Commerce sent Zhou Wenbo to the Lanzhou Trade Fair.",
         "Lanzhou Trade Fair", "Event"),
        ("The Governor welcomed Zhou Wenbo at the Lanzhou Trade Fair.", "Lanzhou Trade Fair",
         "Event"),
    ],
)
def test_name_after_post_or_person_preposition(extractor: Extractor, text: str, name: str,
                                               cls: str) -> None:
    found = classes(rules_only(extractor), text)
    assert found[name] == cls
    assert not any(t.startswith(("to ", "at ")) for t in found)


def test_customs_district_is_an_office(extractor: Extractor) -> None:
    text = "Exports declared at the Lanzhou Customs District rose 12 percent."
    assert classes(rules_only(extractor), text)["Lanzhou Customs District"] == "GovernmentBody"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The construction of expressways in Manzhouli and Tarvik is being accelerated.",
         "Tarvik", "City"),
        ("Manzhouli and Tarvik ports serve as the main entry points.", "Tarvik", "City"),
        ("Huawei and Velmora opened stores in Lanzhou.", "Velmora", "Enterprise"),
    ],
)
def test_town_coordinated_with_towns(extractor: Extractor, text: str, name: str,
                                     cls: str) -> None:
    assert classes(rules_only(extractor), text)[name] == cls

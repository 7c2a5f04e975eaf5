"""Posts written out before their holder's name (kg/extract/entities/postnames.py and the titles,
jurisdictions and officials it feeds), on invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Li Ming met Minister of Trade of Peru Ana Quispe in Chengdu.", "Ana Quispe", "Peru"),
        ("Minister of Foreign Affairs of Cambodia Sok Vanna met Vice Premier Liu Fang.",
         "Sok Vanna", "Cambodia"),
        # (the state's official long form is the gazetteer's name for Kazakhstan too)
        ("President of the Republic of Kazakhstan Aidar Nurlan visited Xi'an.", "Aidar Nurlan",
         "Republic of Kazakhstan"),
        ("Minister of Trade and Industry of Ghana Kofi Mensah toured the port.", "Kofi Mensah",
         "Ghana"),
    ],
)
def test_a_written_out_post_names_its_holder_and_state(
        extractor: Extractor, text: str, name: str, place: str) -> None:
    assert classes(extractor, text).get(name) == "Official"
    assert (name, place) in pairs(run(extractor, text), "servesIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Indonesian Minister of Trade Budi Hartono and Li Ming attended the expo.",
         "Budi Hartono"),
        ("Consul General of Japan in Chongqing Hiro Tanaka visited Yibin.", "Hiro Tanaka"),
        ("Li Ming met Ambassador of Hungary to China Gabor Nemeth.", "Gabor Nemeth"),
    ],
)
def test_the_holder_is_found_after_the_post(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Official"


@pytest.mark.parametrize(
    "text",
    [
        # consuls and ambassadors serve nowhere, whatever place their post names
        "Li Ming met Chinese Consul General in Mumbai Tang Wei.",
        "Consul General of Japan in Chongqing Hiro Tanaka visited Yibin.",
    ],
)
def test_diplomats_serve_nowhere(extractor: Extractor, text: str) -> None:
    assert not pairs(run(extractor, text), "servesIn")


def test_a_foreign_governor_is_not_the_sentences_province(extractor: Extractor) -> None:
    text = "Governor of Gyeonggi Province Kim Dong-yeon met Zhejiang Party Secretary Wang Hao."
    ex = run(extractor, text)
    assert ("Kim Dong-yeon", "Zhejiang") not in pairs(ex, "servesIn")
    assert ("Wang Hao", "Zhejiang") in pairs(ex, "servesIn")
    assert classes(extractor, text).get("Kim Dong-yeon") == "Official"


def test_a_state_before_the_post_is_its_jurisdiction(extractor: Extractor) -> None:
    text = "Li Hong, the governor of Jiangsu, met California Governor Tom Harlow."
    ex = run(extractor, text)
    assert ("Tom Harlow", "California") in pairs(ex, "servesIn")
    assert ("Tom Harlow", "Jiangsu") not in pairs(ex, "servesIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post in a body, not over a place: no state post, no name cut out of the body
        ("President of the Chamber of Commerce of Spain Luis Ortega spoke.", "Luis Ortega"),
        # a political consultative conference is no consulate
        ("Zhao Lei, Chairman of the Sichuan Committee of the Chinese People's Political "
         "Consultative Conference, attended.", "Zhao Lei"),
    ],
)
def test_not_a_foreign_state_post(extractor: Extractor, text: str, name: str) -> None:
    ex = run(extractor, text)
    assert (name, "Spain") not in pairs(ex, "servesIn")
    if "Sichuan" in text:
        assert (name, "Sichuan") in pairs(ex, "servesIn")


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Governor of the State of Jalisco Pablo Ruize led a delegation to Guangzhou.",
         "Pablo Ruize", "State of Jalisco"),
        ("Jalisco Governor Enrique Alvaro led a trade mission to Shanghai.", "Enrique Alvaro",
         "Jalisco"),
        ("Governor of Gyeonggi Province Kim Dong-yeol met Wang Hao.", "Kim Dong-yeol",
         "Gyeonggi Province"),
        ("Maharashtra Governor Ravi Kumbar met Li Ming in Mumbai.", "Ravi Kumbar",
         "Maharashtra"),
        ("Deputy Governor of Amur Oblast Ivan Petrovin attended the forum in Harbin.",
         "Ivan Petrovin", "Amur Oblast"),
    ],
)
def test_a_foreign_division_is_a_region_its_governor_serves_in(
        extractor: Extractor, text: str, name: str, region: str) -> None:
    assert classes(extractor, text).get(region) == "Region"
    assert (name, region) in pairs(run(extractor, text), "servesIn")


def test_korea_is_the_republic(extractor: Extractor) -> None:
    assert classes(extractor, "Korea and Japan are major trading partners of Shandong.").get(
        "Korea") == "Country"


@pytest.mark.parametrize(
    ("text", "officials", "not_mentions"),
    [
        # a title word alone is neither a place nor a person, whatever the model says
        ("Acting Consul General Zhou Jiang, Deputy Consul General Ma Lian and Commercial "
         "Counselor Xu Bai attended the reception.", ("Zhou Jiang", "Ma Lian", "Xu Bai"),
         ("Consul",)),
        ("The delegation met with Gov. Dale Porterfield and Sec. Anne Galeno of Nebraska.",
         ("Dale Porterfield",), ("Sec", "Gov")),
    ],
)
def test_diplomats_and_lone_title_words(extractor: Extractor, text: str,
                                        officials: tuple[str, ...],
                                        not_mentions: tuple[str, ...]) -> None:
    found = classes(extractor, text)
    assert {n: found.get(n) for n in officials} == dict.fromkeys(officials, "Official")
    assert not set(not_mentions) & set(found)


def test_a_foreign_provincial_committee_leaves_its_country_out(extractor: Extractor) -> None:
    text = ("Nguyen Van Binh, Secretary of the Ha Nam Provincial Party Committee of Vietnam, "
            "met Wang Hua.")
    found = classes(extractor, text)
    assert found.get("Ha Nam Provincial Party Committee") == "GovernmentBody"
    assert found.get("Vietnam") == "Country"
    assert ("Nguyen Van Binh", "Ha Nam Provincial Party Committee") in pairs(
        run(extractor, text), "holdsPositionIn")

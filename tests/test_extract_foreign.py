"""Foreign posts (kg/extract/people/foreign.py and the titles it reads), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Li Ming met Prime Minister of Norway Karl Olsen in Beijing.", ("Karl Olsen", "Norway")),
        ("Norway's Prime Minister Karl Olsen visited Chengdu.", ("Karl Olsen", "Norway")),
        ("Karl Olsen, Prime Minister of Norway, visited Chengdu.", ("Karl Olsen", "Norway")),
        ("President Luis Vega of Peru visited Chengdu.", ("Luis Vega", "Peru")),
        # a nationality names the state when the document names it too
        ("Anna Berg, the Swedish Minister for Foreign Trade, visited Chengdu. Sweden is a "
         "partner.", ("Anna Berg", "Sweden")),
        ("Thai Deputy Prime Minister Somchai Wongsa visited Chengdu. Thailand is a partner.",
         ("Somchai Wongsa", "Thailand")),
        # a foreign state's or province's governor or premier serves in that Region
        ("Ohio Governor Mark Hill visited Chengdu.", ("Mark Hill", "Ohio")),
        ("Mark Hill, Governor of the US state of Ohio, met Li Ming.", ("Mark Hill", "Ohio")),
        ("Premier Paul Roy of Quebec met Li Ming.", ("Paul Roy", "Quebec")),
    ],
)
def test_a_post_that_names_the_state(extractor: Extractor, text: str,
                                     expected: tuple[str, str]) -> None:
    assert expected in pairs(run(extractor, text), "servesIn")
    assert classes(extractor, text)[expected[0]] == "Official"


@pytest.mark.parametrize(
    "text",
    [
        # ambassadors and consuls serve nowhere
        "Karl Olsen, the Norwegian Ambassador to China, attended. Norway and China are friends.",
        "Paulo Cruz, Consul General of Brazil in Shanghai, said trade grew.",
        # a nationality alone, the country never named: no node to serve in
        "Peruvian President Luis Vega visited Chengdu.",
    ],
)
def test_no_jurisdiction(extractor: Extractor, text: str) -> None:
    ex = run(extractor, text)
    assert not pairs(ex, "servesIn")
    assert {m.cls for m in ex.mentions if m.text in ("Karl Olsen", "Paulo Cruz", "Luis Vega")
            } == {"Official"}


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Yuki Sato, Speaker of the Kobe City Council, said trade grew.", "Yuki Sato",
         "Official"),
        ("Mike Green, a member of the Ohio House of Representatives, said.", "Mike Green",
         "Official"),
        ("Mike Green, Ohio's Director of Economic Development, said.", "Mike Green", "Official"),
        # executives are Persons wherever their company is
        ("Mike Green, American CEO of Green Farms, said.", "Mike Green", "Person"),
        ("Mike Green, chairman of Ohio Steel Co., Ltd., said.", "Mike Green", "Person"),
    ],
)
def test_state_posts_make_officials(extractor: Extractor, text: str, name: str,
                                    cls: str) -> None:
    assert classes(extractor, text)[name] == cls


def test_a_post_in_a_body_is_the_bodys(extractor: Extractor) -> None:
    ex = run(extractor, "Wang Hao, President of the Nordic Friendship Association, said. "
                        "China is big.")
    assert ("Wang Hao", "Nordic Friendship Association") in pairs(ex, "holdsPositionIn")
    assert not pairs(ex, "servesIn")


@pytest.mark.parametrize(("text", "region"), [
    ("Nguyen Van Minh said Quang Tri Province hopes to export more fruit to Guangxi.",
     "Quang Tri"),
    ("The delegation from Chiang Rai Province toured the Kunming fair on Monday.",
     "Chiang Rai"),
])
def test_a_province_the_gazetteer_lacks_is_a_foreign_region(extractor: Extractor, text: str,
                                                            region: str) -> None:
    # the gazetteer holds every province of China, so any other "X Province" is abroad
    found = {m.text: m.cls for m in run(extractor, text).mentions}
    assert found.get(region) == "Region"
    assert not any(cls == "Province" for name, cls in found.items() if region in name)


def test_a_foreign_province_heading_an_organ_is_its_secretarys_jurisdiction(
        extractor: Extractor) -> None:
    # the organ's place is abroad: not the Chinese province the article is about
    found = run(extractor, "Lan Ming, Chairman of the Guangxi Zhuang Autonomous Region, met a "
                           "delegation led by Tran Van Hai, Secretary of the Quang Tri "
                           "Provincial Party Committee of Vietnam. Tran Van Hai said Quang Tri "
                           "Province hoped to export more fruit.")
    assert pairs(found, "servesIn") == {("Lan Ming", "Guangxi Zhuang Autonomous Region"),
                                        ("Tran Van Hai", "Quang Tri")}


@pytest.mark.parametrize(
    ("text", "official", "country"),
    [
        # "PM", the prime minister's post abbreviated
        ("Vietnam and China signed three deals. Vietnamese Deputy PM Tran Van Hoang met Li "
         "Wenkai.", "Tran Van Hoang", "Vietnam"),
        ("Singapore PM Lee Chen Wah visited Suzhou on Monday.", "Lee Chen Wah", "Singapore"),
    ],
)
def test_an_abbreviated_prime_ministers_post(extractor: Extractor, text: str, official: str,
                                             country: str) -> None:
    ex = run(extractor, text)
    assert {m.text: m.cls for m in ex.mentions}.get(official) == "Official"
    assert (official, country) in pairs(ex, "servesIn")


def test_a_time_of_day_is_no_post(extractor: Extractor) -> None:
    ex = run(rules_only(extractor), "At 3 pm Karl Olsen opened the talks in Oslo.")
    assert {m.text: m.cls for m in ex.mentions}.get("Karl Olsen") == "Person"
    assert not pairs(ex, "servesIn")


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        # a post in a government body of the state the post names
        ("Bimal Ghimar, vice chairperson of the National Assembly of Nepal, highlighted the "
         "expo's significance.", "Bimal Ghimar", "Nepal"),
        # a bare governor's or speaker's post leading a group named by its place
        ("Governor Li Ming met with the Ohio delegation led by Governor Mike Dewar.",
         "Mike Dewar", "Ohio"),
        ("Party Secretary Lou Qin met with the Jeollabuk-do delegation headed by Governor Song "
         "Hajun and Speaker Song Seonghun on 26 June.", "Song Seonghun", "Jeollabuk-do"),
    ],
)
def test_a_post_serves_in_the_state_it_names(extractor: Extractor, text: str, person: str,
                                             state: str) -> None:
    assert (person, state) in pairs(run(extractor, text), "servesIn")


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Alves, Ambassador of Brazil to the National Assembly of Nepal, met Governor Li.",
        "Anna Berg, former vice chairperson of the National Assembly of Nepal, spoke at the fair.",
    ],
)
def test_no_state_for_an_envoy_or_a_former_post(extractor: Extractor, text: str) -> None:
    assert not {p for p, _ in pairs(run(extractor, text), "servesIn")}


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # the place before a level word and the post
        ("On October 9, Shaanxi Provincial Secretary Lou Qinjun and Governor Hu Heming met "
         "with Karl Olsen.", "Lou Qinjun", "Shaanxi"),
        # the post's own words before the body it names
        ("Zhang Weiguang, Vice Chairman of Hubei Provincial committee of Chinese People's "
         "Political Consultative Conference (CPPCC), signed the agreement.", "Zhang Weiguang",
         "Hubei"),
        ("Shandong will improve its business environment, said Liu Jiayu, chief of the "
         "provincial committee of the Communist Party of China.", "Liu Jiayu", "Shandong"),
    ],
)
def test_a_chinese_post_serves_in_the_place_its_words_name(extractor: Extractor, text: str,
                                                           person: str, place: str) -> None:
    assert (person, place) in pairs(run(extractor, text), "servesIn")

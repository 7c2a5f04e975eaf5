"""Posts whose organ or shape decides who is an Official (kg/extract/people/officials.py,
prefixtitles.py, statepost.py, missionposts.py), on invented sentences: a president of a state
organ, a lowercase post after its organ, a nationality before a lowercase post, a field of
several words, a state named after the organ, a mission in apposition, a plural post over
names each with its place in parentheses, an Official's deputy, and a second post before a
university's "of"."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        # a president of a state organ holds a state post (not a business one)
        ("Later, a meeting was held with Hu Bin, Vice-President of the Wuhan People's "
         "Political Consultative Conference.", "Hu Bin",
         "Wuhan People's Political Consultative Conference"),
        ("The meeting was attended by Sheikh Omar bin Khalid, President of the Doha Civil "
         "Aviation Authority, and others.", "Omar bin Khalid", "Doha Civil Aviation Authority"),
        # a lowercase post right after the organ it is held in
        ("On Monday Morales met in Beijing with Premier Li Qiang, and with Communist Party "
         "Politburo member Wang Hua.", "Wang Hua", "Politburo"),
        ("The visitors were received by Wuxi Municipal People's Congress deputy Zhao Ke.",
         "Zhao Ke", "Wuxi Municipal People's Congress"),
        # the organ's short form and its country between the organ and the name
        ("Chairperson of the Government of the Ningxia Hui Autonomous Region (NHAR) of the "
         "People's Republic of China Ma Gang promised to help.", "Ma Gang",
         "Government of the Ningxia Hui Autonomous Region"),
        # an investment promotion agency is a government's
        ("Also present was the Director of the Lima Investment Promotion Agency Rosa Flores.",
         "Rosa Flores", "Lima Investment Promotion Agency"),
        # a diplomatic mission set after the name as its post
        ("The ceremony was attended by Ms. Anna Petrova, Consulate-General of Russia in "
         "Qingdao and Mr. Juan Cruz, Consulate-General of Peru in Qingdao.", "Juan Cruz",
         "Consulate-General of Peru in Qingdao"),
        ("Mr. Juan Cruz, Embassy of Peru in China, spoke at the ceremony.", "Juan Cruz",
         "Embassy of Peru in China"),
    ],
)
def test_post_in_a_state_organ(extractor: Extractor, text: str, name: str, body: str) -> None:
    ex = run(extractor, text)
    assert {m.text: m.cls for m in ex.mentions}.get(name) == "Official"
    assert (name, body) in pairs(ex, "holdsPositionIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the post's nationality between "the" and a lowercase post
        ("Meanwhile the Chinese minister of Education, Wang Lin, was in Lima last week.",
         "Wang Lin"),
        ("The governor met with the Peruvian ambassador in Spain, Carlos Ruiz Diaz, on Friday.",
         "Carlos Ruiz Diaz"),
        # a post "for" a field of several words
        ("Gong also met Minister for Culture, Community & Youth Daniel Koh in Singapore.",
         "Daniel Koh"),
        # an Official's deputy named right after the Official
        ("Kisii Governor Simba Otieno, his deputy Peter Kamau, and others are in China.",
         "Peter Kamau"),
        # the head of a government's foreign affairs, after the name
        ("Among them, Liu Fang, director of Foreign Affairs; and Bai Lin, president of the Wuxi "
         "tourism company.", "Liu Fang"),
    ],
)
def test_post_shapes(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Official"


def test_plural_post_over_names_with_places(extractor: Extractor) -> None:
    text = ("The summit drew ministers Jane Mwangi (Kenya), Paul Okello (Uganda) and Amina "
            "Juma (Tanzania).")
    ex = run(extractor, text)
    names = ["Jane Mwangi", "Paul Okello", "Amina Juma"]
    assert {m.text: m.cls for m in ex.mentions if m.text in names} == dict.fromkeys(
        names, "Official")
    assert {("Jane Mwangi", "Kenya"), ("Paul Okello", "Uganda"), ("Amina Juma", "Tanzania")} <= (
        pairs(ex, "servesIn"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a university's vice president with a second post before "of"
        ("The delegation met Mr. Dong Rui, Vice President and Provost of the University, and "
         "discussed exchanges.", "Dong Rui"),
        # a company's president beside a foreign affairs head
        ("Among them, Liu Fang, director of Foreign Affairs; and Bai Lin, president of the Wuxi "
         "tourism company.", "Bai Lin"),
        # a deputy of someone holding no post
        ("The founder Tom Fox, his deputy Ann Lee, and others toured Wuxi.", "Ann Lee"),
        # companies' chairmen in a list with their companies in parentheses
        ("The talks drew chairmen Li Gang (Acme Group) and Wu Bo (Delta Steel).", "Wu Bo"),
    ],
)
def test_persons(extractor: Extractor, text: str, name: str) -> None:
    assert classes(rules_only(extractor), text).get(name) == "Person"


def test_a_mission_in_a_list_of_parties_is_no_post(extractor: Extractor) -> None:
    text = "The talks were held between Li Gang, the Embassy of Peru in China and the city of Wuxi."
    assert classes(rules_only(extractor), text).get("Li Gang") == "Person"
